//! Placing added articles in stories, one transaction at a time: the library
//! side of [`grouping`] — the document frequencies that weigh an article's
//! terms, the stories whose centroids share its terms, what they hold — and
//! the centroids that change as articles join. All of it is worked in memory
//! (the terms in a `Vocabulary`, the stories close in time in a
//! `StoryWindow`) and written once, at [`Placer::flush`].
//!
//! Cost stays bounded as the library grows: only the stories close enough in
//! time to the article are held (see the schema's `last_day`); a term in more
//! than one article of fifty, or carried by more than [`MAX_STORIES_PER_TERM`]
//! such stories, finds no story (it still counts in the cosine); at most
//! [`MAX_CANDIDATES`] stories are scored.

use super::cache::InMemory;
use super::centroid::{TermId, Vector};
use super::days::Days;
use super::schema::{ANY_DAY, LONG_STORY_DAYS, bucket};
use super::window::Slot;
use super::{Result, grouping, now};
use crate::ingest::Article;
use rusqlite::{Connection, params};

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
    held: InMemory,
    /// Articles the document frequencies count.
    total: i64,
    /// Room to score stories by slot (zeroed between articles).
    shared: Vec<(usize, f64)>,
}

/// Where an article goes: its story, and its vector's dot product with the
/// story's centroid before it joined.
pub(super) struct Placement {
    pub story: i64,
    pub dot: f64,
}

/// The days whose stories an article published on `day` may join (by week,
/// so that the articles of a batch ask for the same ranges; stored days are
/// rounded down to their week, and so is the range's start); an undated
/// article may join any story.
fn reach(day: Option<i64>) -> Days {
    day.map_or((i64::MIN, ANY_DAY - 1), |day| {
        let week = day.div_euclid(7) * 7;
        (
            bucket(week - grouping::MAX_DAYS_APART),
            week + 6 + grouping::MAX_DAYS_APART + LONG_STORY_DAYS,
        )
    })
}

impl<'c> Placer<'c> {
    /// A placer that starts from what an earlier transaction left in memory
    /// (still true of the library).
    pub fn new(conn: &'c Connection, held: InMemory) -> Result<Self> {
        let total: i64 = conn
            .prepare_cached("SELECT COUNT(*) FROM articles")?
            .query_row([], |r| r.get(0))?;
        Ok(Self {
            conn,
            held,
            total,
            shared: Vec::new(),
        })
    }

    /// What it holds, true of the library as of the last flush.
    pub fn into_held(self) -> InMemory {
        self.held
    }

    /// A placer for document frequencies and centroids being rebuilt from nothing.
    pub fn fresh(conn: &'c Connection) -> Self {
        Self {
            conn,
            held: InMemory::default(),
            total: 0,
            shared: Vec::new(),
        }
    }

    /// Counts an article's profile into the library's document frequencies —
    /// before it is placed, so that the articles of one batch weigh each
    /// other's terms (a fresh library learns from the whole batch). Returns
    /// the ids of its terms.
    pub fn count(&mut self, profile: &[(String, f64)]) -> Result<Vec<TermId>> {
        let ids = self.ids(profile)?;
        self.held.terms.count(&ids, 1);
        self.total += 1;
        Ok(ids)
    }

    /// The ids of a profile's terms.
    pub fn ids(&mut self, profile: &[(String, f64)]) -> Result<Vec<TermId>> {
        self.held.terms.ids(self.conn, profile)
    }

    /// An article's vector: its profile (whose terms have these ids) weighted
    /// by the library's document frequencies.
    pub fn vector(&self, profile: &[(String, f64)], ids: &[TermId]) -> Vector {
        let idf: Vec<f64> = ids
            .iter()
            .map(|&id| grouping::idf(self.held.terms.articles(id), self.total))
            .collect();
        grouping::vector(profile, &idf)
            .into_iter()
            .map(|(k, weight)| (ids[k], weight))
            .collect()
    }

    /// The story an article with this vector joins, or a new one — or,
    /// given `reuse`, that story, empty, started again under its old id (a
    /// regroup gives a group the id it had).
    pub fn place(
        &mut self,
        article: &Article,
        vector: &[(TermId, f64)],
        reuse: Option<i64>,
    ) -> Result<Placement> {
        let day = article.published.map(|p| p.days());
        let days = reach(day);
        let stories = &mut self.held.stories;
        stories.cover(self.conn, days)?;
        let common = (self.total / 50).max(30);
        let mut unindexed: Vec<(TermId, f64)> = Vec::new();
        // Per slot: identifying terms shared with the article, and their dot product.
        let shared = &mut self.shared;
        shared.resize(stories.slot_count(), (0, 0.0));
        let mut touched: Vec<Slot> = Vec::new();
        let mut carrying = Vec::new();
        for &(term, weight) in vector {
            // A term in more than one article of fifty is no event's own.
            if self.held.terms.articles(term) > common
                || !stories.stories_with(term, days, MAX_STORIES_PER_TERM, &mut carrying)
            {
                unindexed.push((term, weight));
                continue;
            }
            for &(slot, centroid) in &carrying {
                let e = &mut shared[slot as usize];
                if e.0 == 0 {
                    touched.push(slot);
                }
                e.0 += 1;
                e.1 += weight * centroid;
            }
        }
        let mut found: Vec<(i64, f64, Slot)> = Vec::new();
        for slot in touched {
            let (n, dot) = std::mem::take(&mut shared[slot as usize]);
            if n >= MIN_SHARED_TERMS {
                found.push((stories.at(slot).id, dot, slot));
            }
        }
        found.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        found.truncate(MAX_CANDIDATES);
        // The common terms count too, read from the story's centroid — but
        // only for the stories that could still win: by Cauchy–Schwarz they
        // add at most |their part of the vector| × |the centroid| to a story's
        // dot product, so a story whose similarity stays below the best one
        // found (or below the threshold) even with that much is not read.
        let unindexed_length = unindexed.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
        let mut bounded: Vec<(f64, grouping::Candidate, Slot)> = found
            .into_iter()
            .map(|(story, dot, slot)| {
                let held = stories.at(slot);
                let candidate = grouping::Candidate {
                    story,
                    dot,
                    norm2: held.norm2,
                    days: held.days,
                };
                let most = grouping::Candidate {
                    dot: dot + unindexed_length * held.norm2.sqrt(),
                    ..candidate
                };
                (grouping::similarity(day, &most), candidate, slot)
            })
            .collect();
        bounded.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.story.cmp(&b.1.story)));
        let mut best = grouping::JOIN_SIMILARITY;
        let mut candidates = Vec::with_capacity(bounded.len());
        for (most, mut candidate, slot) in bounded {
            if most < best - BOUND_SLACK {
                break;
            }
            candidate.dot += stories.at(slot).centroid.dot(&unindexed);
            best = best.max(grouping::similarity(day, &candidate));
            candidates.push(candidate);
        }
        if let Some(story) = grouping::choose(day, &candidates) {
            let dot = candidates
                .iter()
                .find(|c| c.story == story)
                .map_or(0.0, |c| c.dot);
            return Ok(Placement { story, dot });
        }
        if let Some(story) = reuse {
            self.held.stories.start(story);
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
            .prepare_cached("INSERT INTO stories (title, named, created_at) VALUES (?1, 0, ?2)")?
            .execute(params![title, now()])?;
        let story = self.conn.last_insert_rowid();
        self.held.stories.start(story);
        Ok(story)
    }

    /// Adds a placed article's vector to its story's centroid (`dot`: their
    /// dot product before), and its `day` to the story's dates.
    pub fn joined(
        &mut self,
        story: i64,
        vector: &[(TermId, f64)],
        dot: f64,
        day: Option<i64>,
    ) -> Result<()> {
        self.held.stories.join(self.conn, story, vector, dot, day)
    }

    /// The dot product of a vector with a story's centroid as it stands.
    pub fn dot(&mut self, story: i64, vector: &[(TermId, f64)]) -> Result<f64> {
        Ok(self
            .held
            .stories
            .story(self.conn, story)?
            .centroid
            .dot(vector))
    }

    /// Notes a story's dates as `refresh_story` left them.
    pub fn redated(&mut self, story: i64, days: Option<(i64, i64)>) -> Result<()> {
        self.held.stories.redated(self.conn, story, days)
    }

    /// Writes the document frequencies and centroids of every article placed.
    pub fn flush(&mut self) -> Result<()> {
        self.held.terms.flush(self.conn)?;
        self.held.stories.flush(self.conn)
    }
}
