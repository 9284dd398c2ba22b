//! Placing added articles in stories, one transaction at a time: the library
//! side of [`grouping`] — the document frequencies that weigh an article's
//! terms, the stories whose centroids share its terms, what they hold — and
//! the centroids that change as articles join.
//!
//! Cost stays bounded as the library grows: stories are found through an
//! index of terms by story and day, and only those close enough in time to the
//! article are read (see the schema's `last_day`); a term in more than one
//! article of fifty, or carried by more than [`MAX_STORIES_PER_TERM`] such
//! stories, finds no story (it still counts in the cosine); at most
//! [`MAX_CANDIDATES`] stories are scored.

use super::cache::Stored;
use super::schema::{ANY_DAY, LONG_STORY_DAYS, bucket};
use super::terms::TermCounts;
use super::{Result, grouping, now};
use crate::ingest::{Article, Published};
use rusqlite::{Connection, params};
use rustc_hash::FxHashMap as HashMap;

/// A term carried by more recent stories than this says nothing about which
/// event an article reports.
const MAX_STORIES_PER_TERM: usize = 64;
/// Most stories scored when placing an article.
const MAX_CANDIDATES: usize = 10;
/// Least identifying terms a story must share with an article to be scored.
const MIN_SHARED_TERMS: usize = 3;
/// Rounding room when a story is passed over because even its best possible
/// similarity is below the best found: only a clearly lower bound skips it.
const BOUND_SLACK: f64 = 1e-9;

/// Places articles within one transaction; [`Placer::flush`] before commit.
pub(super) struct Placer<'c> {
    conn: &'c Connection,
    terms: TermCounts<'c>,
    /// Articles the document frequencies count.
    total: i64,
    /// Squared centroid lengths changed in this transaction.
    norms: HashMap<i64, f64>,
}

/// Where an article goes: its story, and its vector's dot product with the
/// story's centroid before it joined.
pub(super) struct Placement {
    pub story: i64,
    pub dot: f64,
}

impl<'c> Placer<'c> {
    /// A placer that reads the term tables as `stored` says they are (what
    /// an earlier transaction read and left true).
    pub fn new(conn: &'c Connection, stored: Stored) -> Result<Self> {
        let total: i64 = conn
            .prepare_cached("SELECT COUNT(*) FROM articles")?
            .query_row([], |r| r.get(0))?;
        Ok(Self {
            conn,
            terms: TermCounts::with(conn, stored),
            total,
            norms: HashMap::default(),
        })
    }

    /// What was read of the term tables, true as of the last flush.
    pub fn into_stored(self) -> Stored {
        self.terms.into_stored()
    }

    /// A placer for term tables being rebuilt from nothing.
    pub fn fresh(conn: &'c Connection) -> Self {
        Self {
            conn,
            terms: TermCounts::new(conn),
            total: 0,
            norms: HashMap::default(),
        }
    }

    /// Counts an article's profile into the library's document frequencies —
    /// before it is placed, so that the articles of one batch weigh each
    /// other's terms (a fresh library learns from the whole batch).
    pub fn count(&mut self, profile: &[(String, f64)]) {
        self.terms.count_in_library(profile, 1);
        self.total += 1;
    }

    /// An article's vector: its profile weighted by the library's document frequencies.
    pub fn vector(&mut self, profile: &[(String, f64)]) -> Result<Vec<(String, f64)>> {
        let mut idf = Vec::with_capacity(profile.len());
        for (term, _) in profile {
            idf.push(grouping::idf(self.terms.articles_with(term)?, self.total));
        }
        Ok(grouping::vector(profile, &idf))
    }

    /// The story an article with this vector joins, or a new one — or,
    /// given `reuse`, that story, empty, started again under its old id (a
    /// regroup gives a group the id it had).
    pub fn place(
        &mut self,
        article: &Article,
        vector: &[(String, f64)],
        reuse: Option<i64>,
    ) -> Result<Placement> {
        // Only stories close enough in time are read (by week, so that the
        // articles of a batch share reads; stored days are rounded down to
        // their week, and so is the range's start).
        let days = article.published.map_or((i64::MIN, ANY_DAY - 1), |p| {
            let week = p.days().div_euclid(7) * 7;
            (
                bucket(week - grouping::MAX_DAYS_APART),
                week + 6 + grouping::MAX_DAYS_APART + LONG_STORY_DAYS,
            )
        });
        let common = (self.total / 50).max(30);
        let mut unindexed: Vec<(&str, f64)> = Vec::new();
        let mut shared: HashMap<i64, (usize, f64)> = HashMap::default();
        for (term, weight) in vector {
            // A term in more than one article of fifty is no event's own.
            let stories = if self.terms.articles_with(term)? > common {
                None
            } else {
                self.terms.stories_with(term, days, MAX_STORIES_PER_TERM)?
            };
            let Some(stories) = stories else {
                unindexed.push((term, *weight));
                continue;
            };
            for (story, centroid) in stories {
                let e = shared.entry(story).or_insert((0, 0.0));
                e.0 += 1;
                e.1 += weight * centroid;
            }
        }
        let mut shared: Vec<(i64, f64)> = shared
            .into_iter()
            .filter(|(_, (n, _))| *n >= MIN_SHARED_TERMS)
            .map(|(story, (_, dot))| (story, dot))
            .collect();
        shared.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        shared.truncate(MAX_CANDIDATES);
        // The common terms count too, read from the story itself — but only
        // for the stories that could still win: by Cauchy–Schwarz they add at
        // most |their part of the vector| × |the centroid| to a story's dot
        // product, so a story whose similarity stays below the best one found
        // (or below the threshold) even with that much is never read.
        let unindexed_terms: Vec<&str> = unindexed.iter().map(|(t, _)| *t).collect();
        let unindexed_length = unindexed.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
        let mut bounded = Vec::with_capacity(shared.len());
        for (story, dot) in shared {
            let candidate = self.candidate(story, dot)?;
            let most = grouping::Candidate {
                dot: dot + unindexed_length * candidate.norm2.sqrt(),
                ..candidate
            };
            bounded.push((grouping::similarity(article.published, &most), candidate));
        }
        bounded.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.story.cmp(&b.1.story)));
        let mut best = grouping::JOIN_SIMILARITY;
        let mut candidates = Vec::with_capacity(bounded.len());
        for (most, mut candidate) in bounded {
            if most < best - BOUND_SLACK {
                break;
            }
            let weights = self
                .terms
                .story_weights(candidate.story, &unindexed_terms)?;
            candidate.dot += unindexed
                .iter()
                .zip(weights)
                .map(|((_, w), c)| w * c)
                .sum::<f64>();
            best = best.max(grouping::similarity(article.published, &candidate));
            candidates.push(candidate);
        }
        if let Some(story) = grouping::choose(article.published, &candidates) {
            let dot = candidates
                .iter()
                .find(|c| c.story == story)
                .map_or(0.0, |c| c.dot);
            return Ok(Placement { story, dot });
        }
        if let Some(story) = reuse {
            self.norms.insert(story, 0.0);
            return Ok(Placement { story, dot: 0.0 });
        }
        let title = article
            .title
            .clone()
            .or_else(|| article.sentences.first().map(|s| s.text.clone()))
            .unwrap_or_else(|| article.source.clone());
        let story = self.start(&title)?;
        Ok(Placement { story, dot: 0.0 })
    }

    /// Starts an empty story with this title.
    pub fn start(&mut self, title: &str) -> Result<i64> {
        self.conn
            .prepare_cached(
                "INSERT INTO stories (title, named, created_at, norm2) VALUES (?1, 0, ?2, 0)",
            )?
            .execute(params![title, now()])?;
        let story = self.conn.last_insert_rowid();
        self.norms.insert(story, 0.0);
        Ok(story)
    }

    /// Adds a placed article's vector to its story's centroid (`dot`: their
    /// dot product before).
    pub fn joined(&mut self, story: i64, vector: &[(String, f64)], dot: f64) -> Result<()> {
        let before = self.norm2(story)?;
        let own: f64 = vector.iter().map(|(_, w)| w * w).sum();
        self.norms.insert(story, before + 2.0 * dot + own);
        self.terms.count_in_story(story, vector, 1.0);
        Ok(())
    }

    /// The dot product of a vector with a story's centroid as it stands.
    pub fn dot(&mut self, story: i64, vector: &[(String, f64)]) -> Result<f64> {
        let terms: Vec<&str> = vector.iter().map(|(t, _)| t.as_str()).collect();
        let weights = self.terms.story_weights(story, &terms)?;
        Ok(vector.iter().zip(weights).map(|((_, w), c)| w * c).sum())
    }

    /// Notes that a story's `last_day` changed from `old` to `new`: what was
    /// read of stories by day may be out of date.
    pub fn redated(&mut self, old: i64, new: i64) {
        self.terms.redated(old, new);
    }

    /// Writes the centroids and counts of every article placed.
    pub fn flush(&mut self) -> Result<()> {
        let mut norm = self
            .conn
            .prepare_cached("UPDATE stories SET norm2 = ?2 WHERE id = ?1")?;
        for (story, norm2) in self.norms.drain() {
            norm.execute(params![story, norm2])?;
        }
        self.terms.flush()
    }

    fn norm2(&self, story: i64) -> Result<f64> {
        if let Some(&n) = self.norms.get(&story) {
            return Ok(n);
        }
        Ok(self
            .conn
            .prepare_cached("SELECT norm2 FROM stories WHERE id = ?1")?
            .query_row([story], |r| r.get(0))?)
    }

    fn candidate(&self, story: i64, dot: f64) -> Result<grouping::Candidate> {
        let (first, last): (Option<String>, Option<String>) = self
            .conn
            .prepare_cached("SELECT first, last FROM stories WHERE id = ?1")?
            .query_row([story], |r| Ok((r.get(0)?, r.get(1)?)))?;
        let date = |d: Option<String>| {
            d.and_then(|d| crate::ingest::dates::find_date(&d))
                .map(|f| f.published)
        };
        let dates: Option<(Published, Published)> = date(first).zip(date(last));
        Ok(grouping::Candidate {
            story,
            dot,
            norm2: self.norm2(story)?,
            dates,
        })
    }
}

/// Recomputes a story's squared centroid length from its term rows (after
/// articles were taken out or moved in by a person).
pub(super) fn renorm(tx: &Connection, story: i64) -> Result<()> {
    tx.prepare_cached(
        "UPDATE stories SET norm2 = COALESCE((SELECT SUM(weight * weight) FROM story_terms WHERE story_id = ?1), 0)
         WHERE id = ?1",
    )?
    .execute([story])?;
    Ok(())
}
