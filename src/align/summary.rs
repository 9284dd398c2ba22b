//! The story at a glance: per article how much it shares with other outlets and
//! how much only it reports, a pairwise overlap matrix, the headlines side by side,
//! and the word substitutions that recur across groups (the story's framing).

use super::{Document, Group};
use crate::text::words::normalize;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Clone, Debug, Serialize)]
pub struct ArticleSummary {
    pub doc: usize,
    pub sentences: usize,
    /// Sentences in a group with at least one other outlet.
    pub shared: usize,
    /// Sentences no other outlet states.
    pub unique: usize,
}

impl ArticleSummary {
    /// Share of sentences that another outlet also states, 0..1.
    pub fn shared_ratio(&self) -> f32 {
        self.shared as f32 / self.sentences.max(1) as f32
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct Headline {
    pub doc: usize,
    pub title: Option<String>,
    /// Share of this headline's words that another headline also uses, 0..1.
    pub similarity: f32,
}

/// Two wordings that outlets swap for each other, and in how many groups.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Substitution {
    pub words: Vec<String>,
    pub groups: usize,
}

#[derive(Clone, Debug, Serialize)]
pub struct Summary {
    pub articles: Vec<ArticleSummary>,
    /// `overlap[i][j]`: how many groups articles i and j both belong to.
    pub overlap: Vec<Vec<usize>>,
    pub headlines: Vec<Headline>,
    pub substitutions: Vec<Substitution>,
}

impl Summary {
    /// How much the outlets agree overall: the mean shared ratio, 0..1.
    pub fn agreement(&self) -> f32 {
        let n = self.articles.len().max(1) as f32;
        self.articles
            .iter()
            .map(ArticleSummary::shared_ratio)
            .sum::<f32>()
            / n
    }
}

pub fn summarize(docs: &[Document], groups: &[Group], group_of: &[Vec<Option<usize>>]) -> Summary {
    let articles = group_of
        .iter()
        .enumerate()
        .map(|(doc, gs)| {
            let shared = gs.iter().filter(|g| g.is_some()).count();
            ArticleSummary {
                doc,
                sentences: gs.len(),
                shared,
                unique: gs.len() - shared,
            }
        })
        .collect();
    let mut overlap = vec![vec![0; docs.len()]; docs.len()];
    for g in groups {
        let present = g.docs();
        for &i in &present {
            for &j in &present {
                overlap[i][j] += 1;
            }
        }
    }
    Summary {
        articles,
        overlap,
        headlines: headlines(docs),
        substitutions: substitutions(groups),
    }
}

fn headlines(docs: &[Document]) -> Vec<Headline> {
    docs.iter()
        .enumerate()
        .map(|(doc, d)| {
            let similarity = d.title.map_or(0.0, |t| {
                docs.iter()
                    .enumerate()
                    .filter(|(o, _)| *o != doc)
                    .filter_map(|(_, o)| o.title)
                    .map(|o| super::diff_words(t, o).similarity)
                    .fold(0.0, f32::max)
            });
            Headline {
                doc,
                title: d.title.map(str::to_string),
                similarity,
            }
        })
        .collect()
}

/// Each headline marked against the others: a word is shared when any other
/// headline has it.
pub fn headline_marks(titles: &[&str]) -> Vec<Vec<super::Segment>> {
    let mut pairs = Vec::new();
    for a in 0..titles.len() {
        for b in a + 1..titles.len() {
            pairs.push(super::PairDiff {
                a,
                b,
                score: 0.0,
                diff: super::diff_words(titles[a], titles[b]),
            });
        }
    }
    (0..titles.len())
        .map(|i| super::emphasis(titles[i], i, &pairs))
        .collect()
}

/// Wordings that outlets swap for one another: short runs one member replaced
/// with another's, and differing verbs of the story's action or of attribution —
/// counted once per fact (the headlines count as one more).
fn substitutions(groups: &[Group]) -> Vec<Substitution> {
    let mut counts: BTreeMap<Vec<String>, usize> = BTreeMap::new();
    let mut count = |pairs: Vec<(String, String)>| {
        let mut seen: Vec<Vec<String>> = Vec::new();
        for (a, b) in pairs {
            let short =
                |s: &str| s.split_whitespace().count() <= 3 && s.chars().any(char::is_alphabetic);
            if !short(&a) || !short(&b) {
                continue;
            }
            let mut key = vec![phrase(&a), phrase(&b)];
            key.sort();
            if key[0] != key[1] && !seen.contains(&key) {
                seen.push(key);
            }
        }
        for key in seen {
            *counts.entry(key).or_default() += 1;
        }
    };
    for g in groups {
        let mut pairs: Vec<(String, String)> = g
            .pairs
            .iter()
            .flat_map(|p| p.diff.substitutions.iter().cloned())
            .collect();
        for d in g
            .discrepancies
            .iter()
            .filter(|d| d.kind == super::DiscrepancyKind::Verb)
        {
            let texts: Vec<&str> = d.values.iter().filter_map(|v| v.text.as_deref()).collect();
            for (i, a) in texts.iter().enumerate() {
                pairs.extend(
                    texts[i + 1..]
                        .iter()
                        .map(|b| (a.to_string(), b.to_string())),
                );
            }
        }
        count(pairs);
    }
    let mut out: Vec<Substitution> = counts
        .into_iter()
        .filter(|(_, groups)| *groups >= 2)
        .map(|(words, groups)| Substitution { words, groups })
        .collect();
    out.sort_by(|a, b| b.groups.cmp(&a.groups).then_with(|| a.words.cmp(&b.words)));
    out.truncate(20);
    out
}

/// A wording in comparable form: lower case, auxiliaries dropped ("has suspended"
/// and "suspended" are one wording).
fn phrase(s: &str) -> String {
    const AUXILIARIES: &[&str] = &[
        "has", "have", "had", "is", "are", "was", "were", "be", "been", "will", "would",
    ];
    let words: Vec<String> = s.split_whitespace().map(normalize).collect();
    let kept: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|w| !AUXILIARIES.contains(w))
        .collect();
    if kept.is_empty() {
        words.join(" ")
    } else {
        kept.join(" ")
    }
}
