//! How much each term of a story weighs as evidence that two sentences state the
//! same fact: its rarity in the story (sentence-level IDF), how specific it is to
//! some outlets (a term every article uses is the story's topic), and, for the
//! model, its rarity in English at large, blended with the story's own statistics
//! as the story grows (so two sentences are compared as sensibly as ten articles).

use super::lexicon::background_weight;
use super::terms::{Features, Vocabulary};

/// How often each term occurs in a story: in how many sentences (`df`), in how
/// many articles (`af`), and the story's sentence count.
struct TermCounts {
    df: Vec<u32>,
    af: Vec<u32>,
    total: usize,
}

impl TermCounts {
    fn of(docs: &[Vec<Features>], vocabulary: &Vocabulary) -> Self {
        let size = vocabulary.len();
        let mut counts = Self {
            df: vec![0; size],
            af: vec![0; size],
            total: 0,
        };
        let mut last_doc = vec![usize::MAX; size];
        for (doc, fs) in docs.iter().enumerate() {
            for f in fs {
                counts.total += 1;
                for &t in &f.terms {
                    counts.df[t as usize] += 1;
                }
                for t in f.terms.iter().copied().chain(f.words.iter().map(|w| w.0)) {
                    if last_doc[t as usize] != doc {
                        last_doc[t as usize] = doc;
                        counts.af[t as usize] += 1;
                    }
                }
            }
        }
        counts
    }
}

/// How specific to some outlets a term used by `articles` of the story's `n`
/// articles is: 1 for a term two articles use, down to 0.1 for one all use.
fn article_factor(n: usize, articles: u32) -> f32 {
    let n = n as f32;
    let pair_specific = ((n + 1.0) / 2.0).ln().max(f32::EPSILON);
    (((n + 1.0) / articles.max(1) as f32).ln() / pair_specific).clamp(0.1, 1.0)
}

/// A term is not evidence when more than this share of the story's sentences use
/// it (at least [`CROWDED_MIN`] sentences). Set by hand (wave 1); not swept yet.
const CROWDED_SHARE: f32 = 0.25;
const CROWDED_MIN: f32 = 3.0;

/// A term whose article factor (see [`article_factor`]) is below this is the
/// story's topic, not evidence. Set by hand (wave 1); not swept yet.
const TOPIC_FACTOR: f32 = 0.3;

/// The weight of each term in this story. Sentence-level IDF says how rare a term
/// is in the story; the article factor says how specific it is to some outlets: a
/// term that every article uses is the story's topic (its names, its place), not a
/// fact two outlets share, and weighs a fraction of one that two articles use.
pub fn term_weights(docs: &[Vec<Features>], vocabulary: &Vocabulary) -> (Vec<f32>, Vec<bool>) {
    let size = vocabulary.len();
    let TermCounts { df, af, total } = TermCounts::of(docs, vocabulary);
    let factor = |a: u32| article_factor(docs.len(), a);
    let mut weights: Vec<f32> = df
        .iter()
        .zip(&af)
        .map(|(&d, &a)| {
            if d == 0 {
                0.0
            } else {
                ((total as f32 + 1.0) / d as f32).ln() * factor(a)
            }
        })
        .collect();
    // A term counts as evidence unless nearly every article uses it, or (with few
    // articles, where that says little) a large share of the story's sentences.
    let crowded = (total as f32 * CROWDED_SHARE).max(CROWDED_MIN);
    let mut specific: Vec<bool> = af
        .iter()
        .zip(&df)
        .map(|(&a, &d)| factor(a) >= TOPIC_FACTOR && (d as f32) <= crowded)
        .collect();
    // A pair of topic words is topic too: a bigram weighs at most its parts' mean.
    for id in 0..size {
        if let Some((a, b)) = vocabulary.parts(id as u32) {
            let (a, b) = (a as usize, b as usize);
            weights[id] = weights[id].min((weights[a] + weights[b]) / 2.0);
            specific[id] = specific[a] && specific[b];
        }
    }
    (weights, specific)
}

/// How many sentences a story must have for its own statistics to weigh as much as
/// English at large in a term's weight: below it, two articles or two sentences
/// are compared mostly by general rarity.
const STORY_PRIOR: f32 = 60.0;

/// The weight of each term for the model (see [`super::evidence`]). The weight is the term's rarity in English
/// times the article factor (a term all articles use is topic, a fraction of one
/// that two use) times the story's sentence-level IDF, blended in as the story grows.
pub fn blended_weights(docs: &[Vec<Features>], vocabulary: &Vocabulary) -> Vec<f32> {
    let size = vocabulary.len();
    let TermCounts { df, af, total } = TermCounts::of(docs, vocabulary);
    let factor = |a: u32| article_factor(docs.len(), a);
    let story = total as f32 / (total as f32 + STORY_PRIOR);
    let max_idf = (total as f32 + 1.0).ln().max(f32::EPSILON);
    let mut weights: Vec<f32> = (0..size)
        .map(|t| {
            let d = df[t];
            if d == 0 {
                return 0.0;
            }
            let idf = ((total as f32 + 1.0) / d as f32).ln() / max_idf;
            background_weight(vocabulary.zipf(t as u32))
                * factor(af[t])
                * (1.0 - story + story * idf)
        })
        .collect();
    // A pair of topic words is topic too: a bigram weighs at most its parts' mean.
    for id in 0..size {
        if let Some((a, b)) = vocabulary.parts(id as u32) {
            let (a, b) = (a as usize, b as usize);
            weights[id] = weights[id].min((weights[a] + weights[b]) / 2.0);
        }
    }
    weights
}
