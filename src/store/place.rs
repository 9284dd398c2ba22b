//! Placing added articles in stories, one transaction at a time: the library
//! side of [`grouping`] — which stories share the article's identifying terms,
//! what they hold — and the term counts that change as articles join.
//!
//! Cost stays bounded as the library grows: only stories close enough in time
//! to the article are read (see the schema's `last_day`); a term in more than
//! one article of fifty, or carried by more than [`MAX_STORIES_PER_TERM`] such
//! stories, identifies no event (it still weighs in what a story must cover,
//! but no story is credited with it); at most [`MAX_CANDIDATES`] stories are
//! scored.

use super::schema::{ANY_DAY, LONG_STORY_DAYS};
use super::terms::TermCounts;
use super::{Result, grouping, now};
use crate::ingest::{Article, Published};
use rusqlite::{Connection, params};
use std::collections::{HashMap, HashSet};

/// A term carried by more recent stories than this says nothing about which
/// event an article reports.
const MAX_STORIES_PER_TERM: usize = 64;
/// Most stories scored when placing an article.
const MAX_CANDIDATES: usize = 25;
/// Least identifying terms a story must share with an article to be scored.
const MIN_SHARED_TERMS: usize = 3;

/// Places articles within one transaction; [`Placer::flush`] before commit.
pub(super) struct Placer<'c> {
    conn: &'c Connection,
    terms: TermCounts<'c>,
    /// Stories started in this transaction.
    started: HashSet<i64>,
}

impl<'c> Placer<'c> {
    pub fn new(conn: &'c Connection) -> Self {
        Self {
            conn,
            terms: TermCounts::new(conn),
            started: HashSet::new(),
        }
    }

    /// The story an article with this signature joins, or a new one.
    pub fn place(&mut self, article: &Article, signature: &[(String, f64)]) -> Result<i64> {
        let total: i64 = self
            .conn
            .prepare_cached("SELECT COALESCE(MAX(id), 0) FROM articles")?
            .query_row([], |r| r.get(0))?;
        // Only stories close enough in time are read (by week, so that the
        // articles of a batch share reads).
        let days = article.published.map_or((i64::MIN, ANY_DAY - 1), |p| {
            let week = p.days().div_euclid(7) * 7;
            (
                week - grouping::MAX_DAYS_APART,
                week + 6 + grouping::MAX_DAYS_APART + LONG_STORY_DAYS,
            )
        });
        let common = (total / 50).max(30);
        let mut weights = Vec::with_capacity(signature.len());
        let mut shared: HashMap<i64, Vec<(usize, u32)>> = HashMap::new();
        for (k, (term, weight)) in signature.iter().enumerate() {
            let articles = self.terms.articles_with(term)?;
            weights.push(grouping::term_weight(*weight, articles, total));
            // A term in more than one article of fifty is no event's own.
            if articles > common {
                continue;
            }
            let Some(stories) = self.terms.stories_with(term, days, MAX_STORIES_PER_TERM)? else {
                continue;
            };
            for (story, count) in stories {
                shared.entry(story).or_default().push((k, count));
            }
        }
        let mut shared: Vec<(i64, Vec<(usize, u32)>)> = shared
            .into_iter()
            .filter(|(_, terms)| terms.len() >= MIN_SHARED_TERMS)
            .collect();
        shared.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
        shared.truncate(MAX_CANDIDATES);
        let mut candidates = Vec::with_capacity(shared.len());
        for (story, terms) in shared {
            let mut counts = vec![0; weights.len()];
            for (term, count) in terms {
                counts[term] = count;
            }
            candidates.push(self.candidate(story, counts)?);
        }
        if let Some(story) = grouping::choose(&weights, article.published, &candidates) {
            return Ok(story);
        }
        let title = article
            .title
            .clone()
            .or_else(|| article.sentences.first().map(|s| s.text.clone()))
            .unwrap_or_else(|| article.source.clone());
        self.conn
            .prepare_cached("INSERT INTO stories (title, named, created_at) VALUES (?1, 0, ?2)")?
            .execute(params![title, now()])?;
        let story = self.conn.last_insert_rowid();
        self.started.insert(story);
        Ok(story)
    }

    /// Counts a placed article's signature into its story and the library.
    pub fn joined(&mut self, story: i64, signature: &[(String, f64)]) {
        self.terms.count_in_story(story, signature, 1);
        self.terms.count_in_library(signature, 1);
    }

    /// Notes that the days of a story's first or latest article changed: what
    /// was read of stories by day may be out of date.
    pub fn redated(&mut self, story: i64) {
        if !self.started.contains(&story) {
            self.terms.forget_stories();
        }
    }

    /// Writes the counts of every article placed.
    pub fn flush(&mut self) -> Result<()> {
        self.terms.flush()
    }

    fn candidate(&self, story: i64, counts: Vec<u32>) -> Result<grouping::Candidate> {
        let (articles, first, last): (u32, Option<String>, Option<String>) = self
            .conn
            .prepare_cached("SELECT articles, first, last FROM stories WHERE id = ?1")?
            .query_row([story], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        let date = |d: Option<String>| {
            d.and_then(|d| crate::ingest::dates::find_date(&d))
                .map(|f| f.published)
        };
        let dates: Option<(Published, Published)> = date(first).zip(date(last));
        Ok(grouping::Candidate {
            story,
            articles,
            counts,
            dates,
        })
    }
}
