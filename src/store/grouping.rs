//! Which story an added article belongs to — the pure scoring.
//!
//! An article's *profile* is its content terms (stems, numbers) with sublinear
//! term frequencies, raised where the term is in the title, a name or a number.
//! Weighted by inverse document frequency — learned from the library itself,
//! smoothed so that a small library weighs every term alike rather than
//! wildly — and scaled to unit length, it becomes the article's *vector*. A
//! story's *centroid* is the sum of its articles' vectors. An article joins
//! the story whose centroid is closest by cosine, discounted by how many days
//! lie between the article and the story, when that is at least
//! [`JOIN_SIMILARITY`]; otherwise it starts a story (after Miranda et al., EMNLP
//! 2018, "Multilingual clustering of streaming news"). The SQL that feeds it
//! lives with the library.

use crate::align::terms::cached_content_key;
use crate::ingest::Article;
use crate::text::words::{TokenKind, normalize, tokens};
use rustc_hash::FxHashMap as HashMap;

/// Most terms kept in an article's vector (the heaviest; the rest weigh little).
pub const VECTOR_TERMS: usize = 150;
/// Least time-discounted cosine for an article to join a story. Measured on
/// BASIL-dev (`score.py stories`, 45 real events): F1 0.992 (P 1.000, R 0.985);
/// the same setting serves the generated 100k corpus (P 1.000, R 1.000).
pub const JOIN_SIMILARITY: f64 = 0.2;
/// Articles further apart than this in days are about different events.
pub const MAX_DAYS_APART: i64 = 10;
/// Days over which closeness in time decays by a factor e.
const DECAY_DAYS: f64 = 10.0;
/// How much more a term counts in the title, as a name, as a number: set after
/// Miranda et al. (EMNLP 2018), who weigh title and entities apart; held by the
/// BASIL-dev figure above, not swept one by one.
const TITLE_BOOST: f64 = 3.0;
const NAME_BOOST: f64 = 1.5;
const NUMBER_BOOST: f64 = 2.0;

/// An article's profile: every content term with its strength (sublinear
/// frequency times its boost), in term order. Its terms are what the library's
/// document frequencies count.
pub fn signature<'a>(article: &'a Article) -> Vec<(String, f64)> {
    // Each distinct word is looked up once: its occurrences, its strongest
    // boost, and whether it stood as a name (capitalised, not first; a word
    // with a content key is no stop word).
    let mut words: HashMap<&'a str, (u32, f64, bool)> = HashMap::default();
    let mut seen: HashMap<String, (u32, f64)> = HashMap::default();
    let mut take = |text: &'a str, boost: f64| {
        let toks = tokens(text);
        for (i, t) in toks.iter().enumerate() {
            let word = t.text(text);
            match t.kind {
                TokenKind::Number => {
                    let e = seen
                        .entry(format!("#{}", normalize(word)))
                        .or_insert((0, 1.0));
                    e.0 += 1;
                    e.1 = e.1.max(boost).max(NUMBER_BOOST);
                }
                TokenKind::Word => {
                    let e = words.entry(word).or_insert((0, 1.0, false));
                    e.0 += 1;
                    e.1 = e.1.max(boost);
                    e.2 |= i > 0 && word.chars().next().is_some_and(char::is_uppercase);
                }
                TokenKind::Punct => {}
            }
        }
    };
    if let Some(title) = &article.title {
        take(title, TITLE_BOOST);
    }
    for s in article.sentences.iter().filter(|s| !s.heading) {
        take(&s.text, 1.0);
    }
    for (word, (n, boost, name)) in words {
        let Some(key) = cached_content_key(word) else {
            continue;
        };
        let e = seen.entry(key).or_insert((0, 1.0));
        e.0 += n;
        e.1 = e.1.max(boost).max(if name { NAME_BOOST } else { 1.0 });
    }
    let mut out: Vec<(String, f64)> = seen
        .into_iter()
        .map(|(k, (n, boost))| (k, (1.0 + f64::from(n).ln()) * boost))
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// How rare a term is: smoothed inverse document frequency among `total`
/// articles of which `articles` carry it (1 for a term every article carries).
pub fn idf(articles: i64, total: i64) -> f64 {
    (((total + 1) as f64) / ((articles.max(0) + 1) as f64)).ln() + 1.0
}

/// An article's vector: its profile weighted by `idf` (one value per profile
/// term), scaled to unit length, then cut to the [`VECTOR_TERMS`] heaviest
/// (so its length may fall a little below one). Each term is given by its
/// place in the profile; heaviest first, equals in profile (term) order.
pub fn vector(profile: &[(String, f64)], idf: &[f64]) -> Vec<(usize, f64)> {
    let mut v: Vec<(usize, f64)> = profile
        .iter()
        .zip(idf)
        .enumerate()
        .map(|(k, ((_, s), i))| (k, s * i))
        .collect();
    let norm = v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
    if norm > 0.0 {
        for (_, w) in &mut v {
            *w /= norm;
        }
    }
    v.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v.truncate(VECTOR_TERMS);
    v
}

/// What the library knows of one candidate story.
pub struct Candidate {
    pub story: i64,
    /// The dot product of the article's vector with the story's centroid.
    pub dot: f64,
    /// The squared length of the story's centroid.
    pub norm2: f64,
    /// The days (since 1970-01-01) of its first and latest dated articles.
    pub days: Option<(i64, i64)>,
}

/// Days between an article's day and a story's span (0 inside it); `None`
/// when either is unknown.
pub fn days_apart(day: Option<i64>, days: Option<(i64, i64)>) -> Option<i64> {
    let (d, (first, last)) = (day?, days?);
    Some((first - d).max(d - last).max(0))
}

/// How similar an article published on `day` is to a story: the cosine of
/// its vector with the story's centroid, discounted by the days between
/// them; 0 beyond [`MAX_DAYS_APART`]. Unknown dates do not discount.
pub fn similarity(day: Option<i64>, candidate: &Candidate) -> f64 {
    if candidate.norm2 <= 0.0 {
        return 0.0;
    }
    let cosine = candidate.dot / candidate.norm2.sqrt();
    match days_apart(day, candidate.days) {
        Some(gap) if gap > MAX_DAYS_APART => 0.0,
        Some(gap) => cosine * (-(gap as f64) / DECAY_DAYS).exp(),
        None => cosine,
    }
}

/// Picks the story an article joins, if any: the most similar at or above
/// [`JOIN_SIMILARITY`].
pub fn choose(day: Option<i64>, candidates: &[Candidate]) -> Option<i64> {
    candidates
        .iter()
        .map(|c| (similarity(day, c), c.story))
        .filter(|&(score, _)| score >= JOIN_SIMILARITY)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(&a.1)))
        .map(|(_, story)| story)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::Published;

    fn candidate(story: i64, dot: f64, norm2: f64, days: Option<(i64, i64)>) -> Candidate {
        Candidate {
            story,
            dot,
            norm2,
            days,
        }
    }

    #[test]
    fn rarer_terms_weigh_more_and_a_new_library_weighs_alike() {
        assert!(idf(3, 10_000) > idf(300, 10_000));
        assert!((idf(1, 1) - 1.0).abs() < 1e-9);
        assert!((idf(0, 0) - idf(1, 1)).abs() < 1e-9);
    }

    #[test]
    fn vectors_have_unit_length_before_the_cut() {
        let profile: Vec<(String, f64)> = (0..200).map(|i| (format!("t{i:03}"), 1.0)).collect();
        let v = vector(&profile, &[2.0; 200]);
        assert_eq!(v.len(), VECTOR_TERMS);
        let len2: f64 = v.iter().map(|(_, w)| w * w).sum();
        assert!((len2 - 0.75).abs() < 1e-9, "{len2}");
        let short = vector(&profile[..3], &[1.0, 2.0, 2.0]);
        assert_eq!(short[2].0, 0, "equals in profile order");
        assert!((short.iter().map(|(_, w)| w * w).sum::<f64>() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn the_most_similar_story_close_in_time_is_chosen() {
        let day = |y, m, d| Published::date(y, m, d).map(|p| p.days());
        let june = |d| day(2024, 6, d);
        let near = june(10).zip(june(12));
        let far = day(2023, 1, 1).zip(day(2023, 1, 2));
        let stories = [
            candidate(1, 0.3, 1.0, near),
            candidate(2, 0.9, 1.0, far),
            candidate(3, 0.5, 1.0, near),
            candidate(4, 0.1, 1.0, near),
        ];
        assert_eq!(choose(june(13), &stories), Some(3));
        assert_eq!(choose(None, &stories), Some(2));
        assert_eq!(choose(june(13), &stories[3..]), None);
        // A day's gap costs a tenth; eleven days rule a story out.
        let s = similarity(june(13), &candidate(5, 0.5, 1.0, near));
        assert!((s - 0.5 * (-0.1f64).exp()).abs() < 1e-9, "{s}");
        assert_eq!(similarity(june(23), &candidate(5, 0.9, 1.0, near)), 0.0);
        // The centroid of two articles is longer than one: cosine, not dot.
        assert!((similarity(None, &candidate(6, 1.0, 4.0, None)) - 0.5).abs() < 1e-9);
    }
}
