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

fn substitutions(groups: &[Group]) -> Vec<Substitution> {
    let mut counts: BTreeMap<Vec<String>, usize> = BTreeMap::new();
    for g in groups {
        let mut in_group: Vec<Vec<String>> = Vec::new();
        for p in &g.pairs {
            for (a, b) in &p.diff.substitutions {
                let short = |s: &str| {
                    s.split_whitespace().count() <= 3 && s.chars().any(char::is_alphabetic)
                };
                if !short(a) || !short(b) {
                    continue;
                }
                let mut key = vec![phrase(a), phrase(b)];
                key.sort();
                if key[0] != key[1] && !in_group.contains(&key) {
                    in_group.push(key);
                }
            }
        }
        for key in in_group {
            *counts.entry(key).or_default() += 1;
        }
    }
    let mut out: Vec<Substitution> = counts
        .into_iter()
        .filter(|(_, n)| *n >= 2)
        .map(|(words, groups)| Substitution { words, groups })
        .collect();
    out.sort_by(|a, b| b.groups.cmp(&a.groups).then_with(|| a.words.cmp(&b.words)));
    out.truncate(20);
    out
}

fn phrase(s: &str) -> String {
    s.split_whitespace()
        .map(normalize)
        .collect::<Vec<_>>()
        .join(" ")
}
