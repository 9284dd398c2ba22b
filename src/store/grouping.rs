//! Which story an added article belongs to. An article's signature is the terms
//! that identify its event — the title's words, the names it mentions, its
//! numbers, its lead — weighted. A story's terms are its articles' signatures
//! counted together. The new article joins the story whose terms cover most of
//! its own signature (weighted by how rare each term is in the library), when
//! that is enough and their dates are close; otherwise it starts a story.
//! Pure scoring; the SQL that feeds it lives with the library.

use crate::align::terms::{cached_content_key, is_stopword};
use crate::ingest::{Article, Published};
use crate::text::words::{TokenKind, normalize, tokens};
use std::collections::BTreeMap;

/// Most terms kept in a signature.
const SIGNATURE_TERMS: usize = 32;
/// Least weighted coverage for an article to join a story.
pub const JOIN_SCORE: f64 = 0.28;
/// Articles further apart than this in days are about different events.
pub const MAX_DAYS_APART: i64 = 10;

/// The identifying terms of an article, heaviest first.
pub fn signature(article: &Article) -> Vec<(String, f64)> {
    let mut weights: BTreeMap<String, f64> = BTreeMap::new();
    let mut add = |key: String, w: f64| {
        let e = weights.entry(key).or_insert(0.0);
        *e = e.max(w);
    };
    let mut take = |text: &str, weight: f64, names_only: bool| {
        let toks = tokens(text);
        for (i, t) in toks.iter().enumerate() {
            let word = t.text(text);
            match t.kind {
                TokenKind::Number => add(format!("#{}", normalize(word)), weight * 0.75),
                TokenKind::Word => {
                    let name = i > 0
                        && word.chars().next().is_some_and(char::is_uppercase)
                        && !is_stopword(&normalize(word));
                    if names_only && !name {
                        continue;
                    }
                    if let Some(key) = cached_content_key(word) {
                        add(key, if name { weight * 1.5 } else { weight });
                    }
                }
                TokenKind::Punct => {}
            }
        }
    };
    if let Some(title) = &article.title {
        take(title, 2.0, false);
    }
    let body: Vec<&str> = article
        .sentences
        .iter()
        .filter(|s| !s.heading)
        .map(|s| s.text.as_str())
        .collect();
    for lead in body.iter().take(3) {
        take(lead, 1.0, false);
    }
    for sentence in body.iter().skip(3) {
        take(sentence, 0.8, true);
    }
    let mut out: Vec<(String, f64)> = weights.into_iter().collect();
    out.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out.truncate(SIGNATURE_TERMS);
    out
}

/// What the library knows of one candidate story.
pub struct Candidate {
    pub story: i64,
    pub articles: u32,
    /// For the article's terms, how many of the story's articles carry each.
    pub counts: BTreeMap<String, u32>,
    pub dates: Option<(Published, Published)>,
}

/// How well a story covers an article's signature, 0..1. `rarity(term)` weighs a
/// term by how few articles of the library carry it.
pub fn coverage(
    signature: &[(String, f64)],
    candidate: &Candidate,
    rarity: impl Fn(&str) -> f64,
) -> f64 {
    let mut covered = 0.0;
    let mut total = 0.0;
    for (term, w) in signature {
        let weight = w * rarity(term);
        total += weight;
        if let Some(&c) = candidate.counts.get(term) {
            covered += weight * (f64::from(c) / f64::from(candidate.articles.max(1))).min(1.0);
        }
    }
    if total == 0.0 { 0.0 } else { covered / total }
}

/// Whether a date falls close enough to a story's dates (unknown dates do not object).
pub fn close_in_time(published: Option<Published>, dates: Option<(Published, Published)>) -> bool {
    match (published, dates) {
        (Some(p), Some((first, last))) => {
            p.days() >= first.days() - MAX_DAYS_APART && p.days() <= last.days() + MAX_DAYS_APART
        }
        _ => true,
    }
}

/// Picks the story an article joins, if any: the best coverage above the bar.
pub fn choose(
    signature: &[(String, f64)],
    published: Option<Published>,
    candidates: &[Candidate],
    rarity: impl Fn(&str) -> f64,
) -> Option<i64> {
    candidates
        .iter()
        .filter(|c| close_in_time(published, c.dates))
        .map(|c| (coverage(signature, c, &rarity), c.story))
        .filter(|&(score, _)| score >= JOIN_SCORE)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(&a.1)))
        .map(|(_, story)| story)
}
