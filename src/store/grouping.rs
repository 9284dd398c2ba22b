//! Which story an added article belongs to. An article's signature is the terms
//! that identify its event — the title's words, the names it mentions, its
//! numbers, its lead — weighted. A story's terms are its articles' signatures
//! counted together. Only terms carried by few stories identify an event. The
//! new article joins the story that covers most of its identifying terms
//! (weighted by how rare each term is in the library), when that is enough and
//! their dates are close; otherwise it starts a story.
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
    /// For each identifying term of the article, how many of the story's
    /// articles carry it.
    pub counts: Vec<u32>,
    pub dates: Option<(Published, Published)>,
}

/// How much an identifying term weighs: its weight in the signature times how
/// rare it is among the library's `total` articles (`articles` carry it).
pub fn term_weight(weight: f64, articles: i64, total: i64) -> f64 {
    weight * (((total + 1) as f64 / (articles + 1) as f64).ln() + 1.0)
}

/// How well a story covers an article's identifying terms (their weights in
/// `weights`), 0..1: each term counts by the share of the story's articles
/// that carry it.
pub fn coverage(weights: &[f64], candidate: &Candidate) -> f64 {
    let total: f64 = weights.iter().sum();
    let covered: f64 = weights
        .iter()
        .zip(&candidate.counts)
        .map(|(w, &c)| w * (f64::from(c) / f64::from(candidate.articles.max(1))).min(1.0))
        .sum();
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
    weights: &[f64],
    published: Option<Published>,
    candidates: &[Candidate],
) -> Option<i64> {
    candidates
        .iter()
        .filter(|c| close_in_time(published, c.dates))
        .map(|c| (coverage(weights, c), c.story))
        .filter(|&(score, _)| score >= JOIN_SCORE)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(&a.1)))
        .map(|(_, story)| story)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn candidate(
        story: i64,
        articles: u32,
        counts: &[u32],
        dates: Option<(Published, Published)>,
    ) -> Candidate {
        Candidate {
            story,
            articles,
            counts: counts.to_vec(),
            dates,
        }
    }

    #[test]
    fn coverage_weighs_terms_by_the_share_of_articles_carrying_them() {
        let weights = [3.0, 1.0];
        let cases: &[(&[u32], u32, f64)] = &[
            (&[4, 4], 4, 1.0),
            (&[4, 0], 4, 0.75),
            (&[0, 4], 4, 0.25),
            (&[2, 2], 4, 0.5),
            (&[0, 0], 4, 0.0),
        ];
        for &(counts, articles, want) in cases {
            let got = coverage(&weights, &candidate(1, articles, counts, None));
            assert!(
                (got - want).abs() < 1e-9,
                "{counts:?}/{articles}: {got} ≠ {want}"
            );
        }
        assert_eq!(coverage(&[], &candidate(1, 1, &[], None)), 0.0);
    }

    #[test]
    fn rarer_terms_weigh_more() {
        assert!(term_weight(1.0, 3, 10_000) > term_weight(1.0, 300, 10_000));
        assert!((term_weight(2.0, 0, 0) - 2.0).abs() < 1e-9);
    }

    #[test]
    fn the_best_story_above_the_bar_and_close_in_time_is_chosen() {
        let june = |d| Published::date(2024, 6, d);
        let weights = [1.0, 1.0, 1.0, 1.0];
        let near = Some((june(10).unwrap(), june(12).unwrap()));
        let far = Some((
            Published::date(2023, 1, 1).unwrap(),
            Published::date(2023, 1, 2).unwrap(),
        ));
        let stories = [
            candidate(1, 2, &[2, 2, 0, 0], near),
            candidate(2, 2, &[2, 2, 2, 2], far),
            candidate(3, 2, &[2, 2, 2, 0], near),
            candidate(4, 2, &[1, 0, 0, 0], near),
        ];
        assert_eq!(choose(&weights, june(13), &stories), Some(3));
        assert_eq!(choose(&weights, None, &stories), Some(2));
        assert_eq!(choose(&weights, june(13), &stories[3..]), None);
    }
}
