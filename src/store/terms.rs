//! The library's terms (`terms`): each content term's id — what centroids
//! and article vectors are kept by — and its document frequency, how many
//! articles of the library carry it. Read through a [`Vocabulary`], which
//! looks each term up once, keeps the counts in memory while articles are
//! counted in and out, and writes each changed count once, at
//! [`Vocabulary::flush`]; an import keeps it from one batch to the next (see
//! `cache`). A term keeps its id for good: rows are never deleted, only
//! counted down, so that every stored vector stays readable.

use super::Result;
use super::centroid::TermId;
use rusqlite::{Connection, OptionalExtension, params};
use rustc_hash::FxHashMap as HashMap;

/// Most terms a vocabulary keeps between batches (about 60 MiB).
const MAX_TERMS: usize = 1 << 20;

/// The terms looked up, with their document frequencies and the changes
/// not yet written.
#[derive(Default)]
pub(super) struct Vocabulary {
    ids: HashMap<String, TermId>,
    /// Per term looked up: articles carrying it as stored, and now.
    counts: HashMap<TermId, (i64, i64)>,
    /// Terms whose count changed since the last flush (maybe twice over).
    changed: Vec<TermId>,
    /// Terms new to the library since the last flush.
    new: Vec<(TermId, String)>,
    /// The id the next new term gets, once read.
    next: Option<TermId>,
}

impl Vocabulary {
    /// A term's id, given it here if the library has never seen it.
    pub fn id(&mut self, conn: &Connection, term: &str) -> Result<TermId> {
        if let Some(&id) = self.ids.get(term) {
            return Ok(id);
        }
        let found: Option<(TermId, i64)> = conn
            .prepare_cached("SELECT id, articles FROM terms WHERE term = ?1")?
            .query_row([term], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let (id, articles) = match found {
            Some(found) => found,
            None => {
                let id = match self.next {
                    Some(id) => id,
                    None => conn
                        .prepare_cached("SELECT COALESCE(MAX(id), 0) + 1 FROM terms")?
                        .query_row([], |r| r.get(0))?,
                };
                self.next = Some(id + 1);
                self.new.push((id, term.to_owned()));
                (id, 0)
            }
        };
        self.ids.insert(term.to_owned(), id);
        self.counts.insert(id, (articles, articles));
        Ok(id)
    }

    /// Whether a term was looked up (and is still held).
    #[cfg(test)]
    pub fn knows(&self, term: &str) -> bool {
        self.ids.contains_key(term)
    }

    /// How many articles carry a term looked up (pending changes included).
    pub fn articles(&self, id: TermId) -> i64 {
        self.counts.get(&id).map_or(0, |&(_, now)| now)
    }

    /// The ids of a profile's terms, in its order.
    pub fn ids(&mut self, conn: &Connection, profile: &[(String, f64)]) -> Result<Vec<TermId>> {
        profile
            .iter()
            .map(|(term, _)| self.id(conn, term))
            .collect()
    }

    /// Counts terms looked up into (`sign` 1) or out of (−1) the library.
    pub fn count(&mut self, ids: &[TermId], sign: i64) {
        for id in ids {
            if let Some((stored, now)) = self.counts.get_mut(id) {
                if *stored == *now {
                    self.changed.push(*id);
                }
                *now += sign;
            }
        }
    }

    /// Writes the new terms and the changed counts, in the table's order.
    pub fn flush(&mut self, conn: &Connection) -> Result<()> {
        let mut insert =
            conn.prepare_cached("INSERT INTO terms (id, term, articles) VALUES (?1, ?2, ?3)")?;
        for (id, term) in self.new.drain(..) {
            let counts = self.counts.get_mut(&id);
            let now = counts.as_ref().map_or(0, |c| c.1);
            insert.execute(params![id, term, now])?;
            if let Some(counts) = counts {
                counts.0 = now;
            }
        }
        let mut update = conn.prepare_cached("UPDATE terms SET articles = ?2 WHERE id = ?1")?;
        self.changed.sort_unstable();
        self.changed.dedup();
        for id in self.changed.drain(..) {
            if let Some(counts) = self.counts.get_mut(&id)
                && counts.0 != counts.1
            {
                update.execute(params![id, counts.1])?;
                counts.0 = counts.1;
            }
        }
        if self.ids.len() > MAX_TERMS {
            self.ids.clear();
            self.counts.clear();
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::Vocabulary;
    use rusqlite::Connection;

    fn profile(terms: &[&str]) -> Vec<(String, f64)> {
        terms.iter().map(|t| (t.to_string(), 1.0)).collect()
    }

    #[test]
    fn terms_keep_their_ids_and_counts_are_written_once() {
        let mut conn = Connection::open_in_memory().unwrap();
        crate::store::schema::migrate(&mut conn, std::path::Path::new(":memory:")).unwrap();
        let count = |terms: &mut Vocabulary, words: &[&str], sign| {
            let ids = terms.ids(&conn, &profile(words)).unwrap();
            terms.count(&ids, sign);
        };
        let mut terms = Vocabulary::default();
        count(&mut terms, &["senat", "vote"], 1);
        count(&mut terms, &["senat"], 1);
        let senate = terms.id(&conn, "senat").unwrap();
        assert_eq!(terms.articles(senate), 2);
        terms.flush(&conn).unwrap();
        count(&mut terms, &["senat"], -1);
        count(&mut terms, &["bridg"], 1);
        terms.flush(&conn).unwrap();
        let mut again = Vocabulary::default();
        assert_eq!(again.id(&conn, "senat").unwrap(), senate);
        let vote = again.id(&conn, "vote").unwrap();
        let bridge = again.id(&conn, "bridg").unwrap();
        assert_eq!(
            (
                again.articles(senate),
                again.articles(vote),
                again.articles(bridge)
            ),
            (1, 1, 1)
        );
        let rows: i64 = conn
            .query_row("SELECT COUNT(*) FROM terms", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, 3);
    }
}
