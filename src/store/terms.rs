//! The term tables behind story grouping — how many articles of the library
//! carry each term (`term_articles`) and each story's centroid, the sum of its
//! articles' vector weights per term (`story_terms`) — read and counted
//! through a write-back cache that lives for one transaction. A batch of articles touches the same terms again and again:
//! the cache reads each library-wide count once and writes each changed sum
//! once, at [`TermCounts::flush`], instead of two upserts per term per article.
//! A story's term rows carry its `last_day` (see the schema; `refresh_story`
//! keeps it), so that a dated article reads only stories close to it in time.
//! What was read is a [`Stored`], which an import keeps from batch to batch
//! (see `cache`).

use super::Result;
use super::cache::{Stored, StoryCount};
use super::schema::{ANY_DAY, story_last_day};
use rusqlite::{Connection, OptionalExtension, params};
use rustc_hash::FxHashMap as HashMap;

/// A centroid weight at or below this is what is left of taking articles out.
const GONE: f64 = 1e-9;

/// A range of days (since 1970-01-01), both ends included.
pub(super) type Days = (i64, i64);

/// Whether a stored `last_day` falls in a range of days read (any-day
/// stories are in every range).
pub(super) fn holds(days: &Days, day: i64) -> bool {
    day == ANY_DAY || (days.0..=days.1).contains(&day)
}

/// The term tables as one transaction sees them, with its pending changes.
pub(super) struct TermCounts<'c> {
    conn: &'c Connection,
    /// What was read, as stored (kept true through each flush).
    stored: Stored,
    /// Changes to library-wide counts not yet written.
    library_pending: HashMap<String, i64>,
    /// Per term, changes to stories' weights not yet written.
    stories_pending: HashMap<String, HashMap<i64, f64>>,
}

impl<'c> TermCounts<'c> {
    pub fn new(conn: &'c Connection) -> Self {
        Self::with(conn, Stored::default())
    }

    /// The term tables as `stored` says they are (what an earlier transaction read).
    pub fn with(conn: &'c Connection, stored: Stored) -> Self {
        Self {
            conn,
            stored,
            library_pending: HashMap::default(),
            stories_pending: HashMap::default(),
        }
    }

    /// What was read, true as of the last flush.
    pub fn into_stored(self) -> Stored {
        self.stored
    }

    /// How many articles of the library carry `term`.
    pub fn articles_with(&mut self, term: &str) -> Result<i64> {
        let stored = match self.stored.library.get(term) {
            Some(&count) => count,
            None => {
                let count = self
                    .conn
                    .prepare_cached("SELECT count FROM term_articles WHERE term = ?1")?
                    .query_row([term], |r| r.get(0))
                    .optional()?
                    .unwrap_or(0);
                self.stored.library.insert(term.to_owned(), count);
                count
            }
        };
        Ok(stored + self.library_pending.get(term).copied().unwrap_or(0))
    }

    /// The stories carrying `term` whose `last_day` (see the schema) falls in
    /// `days` (which ends before [`ANY_DAY`]) or is any day, with their
    /// centroid's weight for it, by story; `None` when more than `limit`
    /// stories do. Stories changed in this transaction are included whatever
    /// their day. Reads are kept until a flush, or until a story's day
    /// moves into or out of their range ([`TermCounts::redated`]).
    pub fn stories_with(
        &mut self,
        term: &str,
        days: Days,
        limit: usize,
    ) -> Result<Option<Vec<(i64, f64)>>> {
        let key = (term.to_owned(), days);
        self.stored.ranges.insert(days);
        if self.stored.stories.get(&key).is_none_or(|e| e.0 != limit) {
            let rows = self
                .conn
                // (The limit is written out: SQLite re-prepares a statement whose
                // LIMIT is a parameter each time it runs.)
                .prepare_cached(&format!(
                    "SELECT story_id, weight FROM story_terms INDEXED BY story_terms_by_term
                     WHERE term = ?1 AND last_day BETWEEN ?2 AND ?3
                     UNION ALL
                     SELECT story_id, weight FROM story_terms INDEXED BY story_terms_by_term
                     WHERE term = ?1 AND last_day = {ANY_DAY}
                     LIMIT {}",
                    limit + 1
                ))?
                .query_map(params![term, days.0, days.1], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })?
                .collect::<rusqlite::Result<Vec<StoryCount>>>()?;
            self.stored
                .stories
                .insert(key.clone(), (limit, (rows.len() <= limit).then_some(rows)));
        }
        let Some(stored) = &self.stored.stories[&key].1 else {
            return Ok(None);
        };
        // (At most `limit` stories, and few pending: a list beats a map.)
        let mut out = stored.clone();
        for (&story, &change) in self.stories_pending.get(term).into_iter().flatten() {
            match out.iter_mut().find(|(s, _)| *s == story) {
                Some((_, weight)) => *weight += change,
                None => out.push((story, change)),
            }
        }
        out.retain(|&(_, weight)| weight > GONE);
        if out.len() > limit {
            return Ok(None);
        }
        out.sort_unstable_by_key(|&(story, _)| story);
        Ok(Some(out))
    }

    /// A story's centroid weight for each of `terms` (0 where it has none),
    /// pending changes included.
    pub fn story_weights(&mut self, story: i64, terms: &[&str]) -> Result<Vec<f64>> {
        let mut read = self
            .conn
            .prepare_cached("SELECT weight FROM story_terms WHERE story_id = ?1 AND term = ?2")?;
        let known = self.stored.weights.entry(story).or_default();
        let mut out = Vec::with_capacity(terms.len());
        for term in terms {
            let stored = match known.get(*term) {
                Some(&weight) => weight,
                None => {
                    let weight: f64 = read
                        .query_row(params![story, term], |r| r.get(0))
                        .optional()?
                        .unwrap_or(0.0);
                    known.insert((*term).to_owned(), weight);
                    weight
                }
            };
            let pending = self
                .stories_pending
                .get(*term)
                .and_then(|p| p.get(&story))
                .copied()
                .unwrap_or(0.0);
            out.push(stored + pending);
        }
        Ok(out)
    }

    /// Forgets what was read of stories by day for the ranges of days a
    /// story's `last_day` moved into or out of (from `old` to `new`); a range
    /// that holds both, or neither, was read right.
    pub fn redated(&mut self, old: i64, new: i64) {
        self.stored.redated(old, new);
    }

    /// Adds an article's vector to (`sign` 1) or takes it from (−1) a story's centroid.
    pub fn count_in_story(&mut self, story: i64, vector: &[(String, f64)], sign: f64) {
        for (term, weight) in vector {
            let per_story = match self.stories_pending.get_mut(term.as_str()) {
                Some(per_story) => per_story,
                None => self.stories_pending.entry(term.clone()).or_default(),
            };
            *per_story.entry(story).or_insert(0.0) += sign * weight;
        }
    }

    /// Counts a signature's terms into (`sign` 1) or out of (−1) the library.
    pub fn count_in_library(&mut self, signature: &[(String, f64)], sign: i64) {
        for (term, _) in signature {
            match self.library_pending.get_mut(term.as_str()) {
                Some(change) => *change += sign,
                None => {
                    self.library_pending.insert(term.clone(), sign);
                }
            }
        }
    }

    /// Writes the pending changes, and applies them to what was read;
    /// counts and weights that fall to zero are deleted.
    pub fn flush(&mut self) -> Result<()> {
        let mut library = self.conn.prepare_cached(
            "INSERT INTO term_articles (term, count) VALUES (?1, ?2)
             ON CONFLICT (term) DO UPDATE SET count = count + excluded.count",
        )?;
        let mut library_gone = self
            .conn
            .prepare_cached("DELETE FROM term_articles WHERE term = ?1 AND count <= 0")?;
        for (term, change) in self.library_pending.drain() {
            if change != 0 {
                library.execute(params![term, change])?;
            }
            if change < 0 {
                library_gone.execute([&term])?;
            }
            self.stored.counted(&term, change);
        }
        self.stored.prune();
        let mut story = self.conn.prepare_cached(
            "INSERT INTO story_terms (term, story_id, weight, last_day) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (story_id, term) DO UPDATE SET weight = weight + excluded.weight",
        )?;
        // A story's day, worked out once for all its rows.
        let mut day_of = self
            .conn
            .prepare_cached(&format!("SELECT {}", story_last_day("?1")))?;
        let mut days: HashMap<i64, i64> = HashMap::default();
        let mut story_gone = self.conn.prepare_cached(
            "DELETE FROM story_terms WHERE story_id = ?2 AND term = ?1 AND weight <= ?3",
        )?;
        // Written in the table's order, a story's rows together: each insert
        // lands beside the one before, on a page already in hand.
        let mut rows: Vec<(i64, String, f64)> = Vec::new();
        for (term, per_story) in self.stories_pending.drain() {
            rows.extend(
                per_story
                    .into_iter()
                    .map(|(id, change)| (id, term.clone(), change)),
            );
        }
        rows.sort_unstable_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
        for (id, term, change) in rows {
            {
                if change != 0.0 {
                    let day = match days.get(&id) {
                        Some(&day) => day,
                        None => {
                            let day: i64 = day_of.query_row([id], |r| r.get(0))?;
                            days.insert(id, day);
                            day
                        }
                    };
                    story.execute(params![term, id, change, day])?;
                    self.stored.weighed(&term, id, day, change, GONE);
                }
                if change < 0.0 {
                    story_gone.execute(params![term, id, GONE])?;
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::{ANY_DAY, TermCounts};
    use rusqlite::Connection;

    fn tables() -> Connection {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::store::schema::migrate(&mut conn, std::path::Path::new(":memory:")).unwrap();
        conn.execute_batch(
            "INSERT INTO stories (id, title, created_at, last) VALUES
                 (1, 'Bridge', '', '2024-03-26'), (7, 'Senate', '', '2024-04-23'), (9, 'Vote', '', NULL);",
        )
        .unwrap();
        conn
    }

    const ALL: (i64, i64) = (i64::MIN, ANY_DAY - 1);

    fn sig(terms: &[&str]) -> Vec<(String, f64)> {
        terms.iter().map(|t| (t.to_string(), 1.0)).collect()
    }

    fn w(pairs: &[(i64, f64)]) -> Option<Vec<(i64, f64)>> {
        Some(pairs.to_vec())
    }

    #[test]
    fn pending_counts_are_seen_before_and_after_flush() {
        let conn = tables();
        let mut terms = TermCounts::new(&conn);
        terms.count_in_story(7, &sig(&["senate", "vote"]), 1.0);
        terms.count_in_library(&sig(&["senate", "vote"]), 1);
        terms.count_in_story(7, &sig(&["senate"]), 1.0);
        terms.count_in_library(&sig(&["senate"]), 1);
        terms.count_in_story(9, &sig(&["senate"]), 1.0);
        terms.count_in_library(&sig(&["senate"]), 1);
        assert_eq!(terms.articles_with("senate").unwrap(), 3);
        assert_eq!(
            terms.stories_with("senate", ALL, 5).unwrap(),
            w(&[(7, 2.0), (9, 1.0)])
        );
        assert_eq!(terms.stories_with("senate", ALL, 1).unwrap(), None);
        terms.flush().unwrap();
        let stored: f64 = conn
            .query_row(
                "SELECT SUM(weight) FROM story_terms WHERE term = 'senate'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(stored, 3.0);
        assert_eq!(
            TermCounts::new(&conn)
                .story_weights(7, &["senate", "bridge"])
                .unwrap(),
            vec![2.0, 0.0]
        );
        let mut again = TermCounts::new(&conn);
        assert_eq!(again.articles_with("senate").unwrap(), 3);
        assert_eq!(again.articles_with("vote").unwrap(), 1);
        let senate =
            |t: &mut TermCounts, since| t.stories_with("senate", (since, since + 30), 5).unwrap();
        // Story 7's latest article is from 2024-04-23 (day 19,836), stored
        // by its week (day 19,831); story 9 is undated.
        assert_eq!(senate(&mut again, 19_801), w(&[(7, 2.0), (9, 1.0)]));
        assert_eq!(senate(&mut again, 19_800), w(&[(9, 1.0)]));
        assert_eq!(again.stories_with("senate", ALL, 1).unwrap(), None);
        assert_eq!(senate(&mut again, 19_831), w(&[(7, 2.0), (9, 1.0)]));
        assert_eq!(senate(&mut again, 19_832), w(&[(9, 1.0)]));
        conn.execute(
            "UPDATE story_terms SET last_day = 19838 WHERE story_id = 7",
            [],
        )
        .unwrap();
        assert_eq!(
            senate(&mut again, 19_832),
            w(&[(9, 1.0)]),
            "read once per day"
        );
        again.redated(19_831, 19_838);
        assert_eq!(
            senate(&mut again, 19_832),
            w(&[(7, 2.0), (9, 1.0)]),
            "a range the story moved into is read again"
        );
        conn.execute(
            "UPDATE story_terms SET last_day = 19845 WHERE story_id = 7",
            [],
        )
        .unwrap();
        again.redated(19_838, 19_845);
        assert_eq!(
            senate(&mut again, 19_832),
            w(&[(7, 2.0), (9, 1.0)]),
            "a range that holds both days is still right"
        );
    }

    #[test]
    fn counts_that_reach_zero_are_deleted() {
        let conn = tables();
        let mut terms = TermCounts::new(&conn);
        terms.count_in_story(1, &sig(&["bridge"]), 1.0);
        terms.count_in_library(&sig(&["bridge"]), 1);
        terms.flush().unwrap();
        terms.count_in_story(1, &sig(&["bridge"]), -1.0);
        terms.count_in_library(&sig(&["bridge"]), -1);
        assert_eq!(terms.stories_with("bridge", ALL, 5).unwrap(), Some(vec![]));
        assert_eq!(terms.articles_with("bridge").unwrap(), 0);
        terms.flush().unwrap();
        let rows: i64 = conn
            .query_row(
                "SELECT (SELECT COUNT(*) FROM story_terms) + (SELECT COUNT(*) FROM term_articles)",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(rows, 0);
    }
}
