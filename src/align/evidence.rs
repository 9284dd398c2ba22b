//! Evidence that two sentences state the same fact, and the one decision rule that
//! weighs it: a logistic model over a handful of general features (weighted term
//! overlap, synonyms, phrases, numbers, length, verbatim runs, meaning vectors), fitted once on
//! MSRP-train (4,076 news sentence pairs labelled same meaning or not) and used
//! unchanged for stories, `diff` and `align`.

use super::lexicon::share_synset;
use super::meaning::{word_similarity, word_weight};
use super::terms::{Features, Vocabulary};
use std::cmp::Ordering;

/// How many features the model reads.
pub const FEATURES: usize = 16;

/// What two sentences share, as the model reads it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct PairFeatures {
    /// Shared words (every word, stop words too, with synonyms) over the longer
    /// sentence's, and over the shorter's.
    pub words_min: f32,
    pub words_max: f32,
    /// The same for runs of two words, and of three.
    pub pairs_min: f32,
    pub pairs_max: f32,
    pub triples_min: f32,
    pub triples_max: f32,
    /// |ln(words of a / words of b)|.
    pub length_gap: f32,
    /// Share of the two sentences' numbers that only one of them states.
    pub number_mismatch: f32,
    /// Share of the two sentences' capitalised words (names) that only one has.
    pub name_mismatch: f32,
    /// Weight of the shared content terms (synonyms at [`SYNONYM_CREDIT`]) over the
    /// heavier sentence's, and over the lighter's: terms weighed by rarity in
    /// English and in the story (see `weights::blended_weights`).
    pub cover_min: f32,
    pub cover_max: f32,
    /// ln(1 + weight of what the heavier sentence says and the other does not).
    pub unshared: f32,
    /// Cosine of the two sentences' meaning vectors (see [`super::meaning`]).
    pub meaning: f32,
    /// How closely the content words only one sentence has are matched in meaning
    /// by the other's words (weighted mean of each word's best cosine; the weaker
    /// of the two directions, 1 when nothing is left unshared).
    pub soft_cover: f32,
    /// Longest common subsequence of words over the longer sentence's words, and
    /// over the shorter's: the same words in the same order.
    pub order_min: f32,
    pub order_max: f32,
    /// Not read by the model (measured on MSRP-train: adding them moved the
    /// engine's accuracy from 0.757 to 0.755), kept for fitting and measuring:
    /// weight of the shared content terms (synonyms at [`SYNONYM_CREDIT`]).
    pub shared_weight: f32,
    /// Capitalised words (names) both sentences have, and numbers both state.
    pub names_shared: u32,
    pub numbers_shared: u32,
}

/// A synonym (a WordNet synset shared by two different terms) counts for this share
/// of the lighter term's weight.
pub const SYNONYM_CREDIT: f32 = 0.7;

/// The model: a bias and one weight per feature, in [`PairFeatures`] order.
/// Fitted on MSRP-train (logistic regression, see `tests/align_eval.rs`
/// `msrp_fit`); see `Params::link_probability` for the threshold. The two meaning
/// features took the engine's MSRP-train accuracy from 0.759 to 0.761 (10-fold
/// cross-validated, the fit from 0.757 to 0.760).
pub const MODEL: [f32; FEATURES + 1] = [
    -4.59, 2.28, 2.18, 2.92, -2.63, -0.07, -3.17, 3.37, -0.30, 0.28, -1.77, 1.54, -0.86, 1.74,
    1.27, 12.17, -5.09,
];

impl PairFeatures {
    pub fn as_array(&self) -> [f32; FEATURES] {
        [
            self.words_min,
            self.words_max,
            self.pairs_min,
            self.pairs_max,
            self.triples_min,
            self.triples_max,
            self.length_gap,
            self.number_mismatch,
            self.name_mismatch,
            self.cover_min,
            self.cover_max,
            self.unshared,
            self.meaning,
            self.soft_cover,
            self.order_min,
            self.order_max,
        ]
    }

    /// The probability that the two sentences state the same fact.
    pub fn probability(&self, model: &[f32; FEATURES + 1]) -> f32 {
        1.0 / (1.0 + (-self.logit(model)).exp())
    }

    /// The model's log-odds.
    pub fn logit(&self, model: &[f32; FEATURES + 1]) -> f32 {
        model[0]
            + self
                .as_array()
                .iter()
                .zip(&model[1..])
                .map(|(x, w)| x * w)
                .sum::<f32>()
    }

    /// Fills in the word-order features (costly: quadratic in length) unless even
    /// their best value could not lift the pair to `probability`.
    pub fn with_order(
        mut self,
        a: &Features,
        b: &Features,
        model: &[f32; FEATURES + 1],
        probability: f32,
    ) -> Self {
        let (la, lb) = (a.keys.len(), b.keys.len());
        let (long, short) = (la.max(lb).max(1) as f32, la.min(lb).max(1) as f32);
        let best = self.logit(model)
            + model[FEATURES - 1].max(0.0) * (short / long)
            + model[FEATURES].max(0.0);
        if best < (probability / (1.0 - probability)).ln() {
            return self;
        }
        let common = lcs(&a.keys, &b.keys) as f32;
        self.order_min = common / long;
        self.order_max = common / short;
        self
    }
}

/// Length of the longest common subsequence of two sequences.
fn lcs(a: &[u32], b: &[u32]) -> usize {
    let mut row = vec![0usize; b.len() + 1];
    for &x in a {
        let mut diagonal = 0;
        for (j, &y) in b.iter().enumerate() {
            let up = row[j + 1];
            row[j + 1] = if x == y { diagonal + 1 } else { up.max(row[j]) };
            diagonal = up;
        }
    }
    row[b.len()]
}

/// How many values two sorted lists share.
pub fn shared_count<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Shared over the larger and over the smaller of two counts.
fn shares(shared: usize, a: usize, b: usize) -> (f32, f32) {
    let r = |d: usize| {
        if d == 0 {
            0.0
        } else {
            (shared as f32 / d as f32).min(1.0)
        }
    };
    (r(a.max(b)), r(a.min(b)))
}

/// The weighted mean, over the terms of `only` that have a meaning vector, of each
/// one's best cosine with a term of `other`; 1 when no such term is left.
fn soft_cover(only: &[u32], other: &[u32], vocabulary: &Vocabulary) -> f32 {
    let targets: Vec<u32> = other
        .iter()
        .filter_map(|&t| vocabulary.meaning_row(t))
        .collect();
    let (mut sum, mut total) = (0.0f32, 0.0f32);
    for &t in only {
        let Some(row) = vocabulary.meaning_row(t) else {
            continue;
        };
        let best = targets
            .iter()
            .map(|&u| word_similarity(row, u))
            .fold(0.0f32, f32::max);
        let weight = word_weight(vocabulary.zipf(t));
        sum += weight * best;
        total += weight;
    }
    if total > 0.0 { sum / total } else { 1.0 }
}

/// Whether a term id is a pair of terms.
fn is_bigram(vocabulary: &Vocabulary, t: u32) -> bool {
    vocabulary.parts(t).is_some()
}

/// Reads the evidence between two analysed sentences. `weights` are the story's
/// term weights.
pub fn pair_features(
    a: &Features,
    b: &Features,
    weights: &[f32],
    vocabulary: &Vocabulary,
) -> PairFeatures {
    let w = |t: u32| weights[t as usize];
    let (mut wa, mut wb, mut shared) = (0.0f32, 0.0f32, 0.0f32);
    let (mut pa, mut pb, mut pshared) = (0.0f32, 0.0f32, 0.0f32);
    let (mut na, mut nb, mut nshared) = (0u32, 0u32, 0u32);
    let mut only_a: Vec<u32> = Vec::new();
    let mut only_b: Vec<u32> = Vec::new();
    let (ta, tb) = (&a.terms, &b.terms);
    let (mut i, mut j) = (0, 0);
    let mut visit = |t: u32, side: u8| {
        let bigram = is_bigram(vocabulary, t);
        let number = vocabulary.is_number(t);
        match (side, bigram) {
            (0 | 2, false) => wa += w(t),
            (0 | 2, true) => pa += w(t),
            _ => {}
        }
        match (side, bigram) {
            (1 | 2, false) => wb += w(t),
            (1 | 2, true) => pb += w(t),
            _ => {}
        }
        match (side, bigram) {
            (2, false) => shared += w(t),
            (2, true) => pshared += w(t),
            (0, false) if !number => only_a.push(t),
            (1, false) if !number => only_b.push(t),
            _ => {}
        }
        if number && !bigram {
            match side {
                0 => na += 1,
                1 => nb += 1,
                _ => nshared += 1,
            }
        }
    };
    while i < ta.len() || j < tb.len() {
        let order = match (ta.get(i), tb.get(j)) {
            (Some(x), Some(y)) => x.cmp(y),
            (Some(_), None) => Ordering::Less,
            _ => Ordering::Greater,
        };
        match order {
            Ordering::Less => {
                visit(ta[i], 0);
                i += 1;
            }
            Ordering::Greater => {
                visit(tb[j], 1);
                j += 1;
            }
            Ordering::Equal => {
                visit(ta[i], 2);
                i += 1;
                j += 1;
            }
        }
    }
    // Synonyms: each unshared term of a may pair with one unshared term of b.
    let mut used = vec![false; only_b.len()];
    let mut synonyms = 0;
    for &x in &only_a {
        let sx = vocabulary.synsets(x);
        if sx.is_empty() {
            continue;
        }
        if let Some(k) = only_b
            .iter()
            .enumerate()
            .position(|(k, &y)| !used[k] && share_synset(sx, vocabulary.synsets(y)))
        {
            used[k] = true;
            synonyms += 1;
            shared += SYNONYM_CREDIT * w(x).min(w(only_b[k]));
        }
    }
    let (heavy, light) = (wa.max(wb), wa.min(wb));
    let ratio = |x: f32, y: f32| if y > 0.0 { (x / y).min(1.0) } else { 0.0 };
    let [a1, a2, a3] = &a.grams;
    let [b1, b2, b3] = &b.grams;
    let (words_min, words_max) = shares(shared_count(a1, b1) + synonyms, a1.len(), b1.len());
    let (pairs_min, pairs_max) = shares(shared_count(a2, b2), a2.len(), b2.len());
    let (triples_min, triples_max) = shares(shared_count(a3, b3), a3.len(), b3.len());
    let names_shared = shared_count(&a.names, &b.names);
    let names_all = a.names.len() + b.names.len() - names_shared;
    let numbers_all = na + nb + nshared;
    let _ = (pa, pb, pshared);
    PairFeatures {
        words_min,
        words_max,
        pairs_min,
        pairs_max,
        triples_min,
        triples_max,
        length_gap: (a.words.len().max(1) as f32 / b.words.len().max(1) as f32)
            .ln()
            .abs(),
        number_mismatch: if numbers_all == 0 {
            0.0
        } else {
            (na + nb) as f32 / numbers_all as f32
        },
        name_mismatch: if names_all == 0 {
            0.0
        } else {
            (names_all - names_shared) as f32 / names_all as f32
        },
        cover_min: ratio(shared, heavy),
        cover_max: ratio(shared, light),
        unshared: (1.0 + (heavy - shared).max(0.0)).ln(),
        meaning: a.meaning.similarity(&b.meaning),
        soft_cover: soft_cover(&only_a, tb, vocabulary).min(soft_cover(&only_b, ta, vocabulary)),
        order_min: 0.0,
        order_max: 0.0,
        shared_weight: shared,
        names_shared: names_shared as u32,
        numbers_shared: nshared,
    }
}
