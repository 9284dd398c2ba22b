//! Hand-labelled sentence groups for evaluating alignment, and the pairwise
//! precision/recall measure. A gold group lists the sentences (by article and the
//! start of their text) that state one fact; `maybe` members are defensible links
//! that count neither for nor against.

use parallax::align::SentenceRef;
use parallax::ingest::Article;
use std::collections::HashSet;

pub struct GoldGroup {
    pub members: &'static [(usize, &'static str)],
    pub maybe: &'static [(usize, &'static str)],
}

pub struct Scores {
    pub true_pos: usize,
    pub false_pos: usize,
    pub false_neg: usize,
    pub wrong: Vec<(SentenceRef, SentenceRef)>,
    pub missed: Vec<(SentenceRef, SentenceRef)>,
}

impl Scores {
    /// The counts of several scorings together (their pairs are not kept).
    pub fn pooled<'a>(all: impl IntoIterator<Item = &'a Scores>) -> Scores {
        let mut sum = Scores {
            true_pos: 0,
            false_pos: 0,
            false_neg: 0,
            wrong: Vec::new(),
            missed: Vec::new(),
        };
        for s in all {
            sum.true_pos += s.true_pos;
            sum.false_pos += s.false_pos;
            sum.false_neg += s.false_neg;
        }
        sum
    }

    pub fn precision(&self) -> f64 {
        self.true_pos as f64 / (self.true_pos + self.false_pos).max(1) as f64
    }
    pub fn recall(&self) -> f64 {
        self.true_pos as f64 / (self.true_pos + self.false_neg).max(1) as f64
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn resolve(articles: &[Article], (doc, prefix): (usize, &str)) -> SentenceRef {
    let sentence = articles[doc]
        .sentences
        .iter()
        .position(|s| s.text.starts_with(prefix))
        .unwrap_or_else(|| panic!("gold sentence not found in article {doc}: {prefix:?}"));
    SentenceRef { doc, sentence }
}

pub fn key(a: SentenceRef, b: SentenceRef) -> (SentenceRef, SentenceRef) {
    if a < b { (a, b) } else { (b, a) }
}

/// The gold's cross-article pairs, each ordered: the sure ones (both sentences
/// members of one group), and every allowed one (members or maybe members).
pub type PairSet = HashSet<(SentenceRef, SentenceRef)>;

pub fn gold_pairs(articles: &[Article], gold: &[GoldGroup]) -> (PairSet, PairSet) {
    let mut sure = HashSet::new();
    let mut allowed = HashSet::new();
    for g in gold {
        let members: Vec<SentenceRef> = g.members.iter().map(|&m| resolve(articles, m)).collect();
        let maybe: Vec<SentenceRef> = g.maybe.iter().map(|&m| resolve(articles, m)).collect();
        let all: Vec<SentenceRef> = members.iter().chain(&maybe).copied().collect();
        for &a in &all {
            for &b in &all {
                if a.doc != b.doc {
                    allowed.insert(key(a, b));
                    if members.contains(&a) && members.contains(&b) {
                        sure.insert(key(a, b));
                    }
                }
            }
        }
    }
    (sure, allowed)
}

/// Scores predicted groups (lists of members) against gold, over cross-article pairs.
pub fn score(articles: &[Article], gold: &[GoldGroup], predicted: &[Vec<SentenceRef>]) -> Scores {
    let (sure, allowed) = gold_pairs(articles, gold);
    let mut found = HashSet::new();
    for group in predicted {
        for &a in group {
            for &b in group {
                if a.doc != b.doc {
                    found.insert(key(a, b));
                }
            }
        }
    }
    let mut wrong: Vec<_> = found
        .iter()
        .filter(|p| !allowed.contains(p))
        .copied()
        .collect();
    let mut missed: Vec<_> = sure
        .iter()
        .filter(|p| !found.contains(p))
        .copied()
        .collect();
    wrong.sort();
    missed.sort();
    Scores {
        true_pos: found.iter().filter(|p| sure.contains(p)).count(),
        false_pos: wrong.len(),
        false_neg: missed.len(),
        wrong,
        missed,
    }
}
