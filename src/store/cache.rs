//! What placing articles has read of the term tables, kept from one
//! transaction of an import to the next. Each batch of `parallax add` reads
//! the same library-wide counts and the same stories by term and week as the
//! batch before; a [`Stored`] keeps those reads true through the batch's own
//! writes (each change is applied to what was read, as a read afterwards
//! would see it), and the library keeps it only while nothing else wrote:
//! [`Kept::take`] hands it to the next batch only when no other connection
//! has committed since (`PRAGMA data_version`) and this connection wrote
//! nothing else (its total count of changed rows), and a batch that fails
//! drops it.

use super::Result;
use super::terms::Days;
use rusqlite::Connection;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// A story and its centroid's weight for a term.
pub(super) type StoryCount = (i64, f64);

/// Per term and day range: the limit read with, and the stories carrying the
/// term as stored (`None`: more than the limit).
type ByTerm = HashMap<(String, Days), (usize, Option<Vec<StoryCount>>)>;

/// Most library-wide counts kept between batches.
const MAX_COUNTS: usize = 1 << 20;
/// Most reads of stories by term and day range kept between batches.
const MAX_READS: usize = 1 << 17;
/// Most stories whose weights are kept between batches.
const MAX_STORIES: usize = 1 << 12;

/// The term tables as stored, for what was read of them.
#[derive(Default)]
pub(super) struct Stored {
    /// Library-wide article counts, for the terms asked about.
    pub library: HashMap<String, i64>,
    /// Stories by term and day range.
    pub stories: ByTerm,
    /// Per story, its centroid weights, for the terms asked about.
    pub weights: HashMap<i64, HashMap<String, f64>>,
    /// The day ranges asked about since the last flush: what is kept of
    /// `stories` at a flush (an import moves on through time).
    pub ranges: HashSet<Days>,
    /// The day ranges of `stories` since the last flush.
    kept: Vec<Days>,
}

impl Stored {
    /// Forgets the reads of stories by day whose range a story's `last_day`
    /// moved into or out of (from `old` to `new`); a range that holds both,
    /// or neither, was read right.
    pub fn redated(&mut self, old: i64, new: i64) {
        let holds = |days: &Days, day: i64| super::terms::holds(days, day);
        self.stories
            .retain(|(_, days), _| holds(days, old) == holds(days, new));
    }

    /// A library-wide count was written `change` higher.
    pub fn counted(&mut self, term: &str, change: i64) {
        if let Some(count) = self.library.get_mut(term) {
            *count += change;
        }
    }

    /// Drops the reads of day ranges no longer asked about, and bounds what is kept.
    pub fn prune(&mut self) {
        let ranges = std::mem::take(&mut self.ranges);
        self.stories.retain(|(_, days), _| ranges.contains(days));
        if self.stories.len() > MAX_READS {
            self.stories.clear();
        }
        self.kept = ranges.into_iter().collect();
        if self.library.len() > MAX_COUNTS {
            self.library.clear();
        }
        if self.weights.len() > MAX_STORIES {
            self.weights.clear();
        }
    }

    /// A story's centroid weights for `term` were written `change` higher;
    /// `day` is the story's `last_day`, `gone` the weight at or below which a
    /// row is deleted. (After [`Stored::prune`], which says which day ranges
    /// are kept.)
    pub fn weighed(&mut self, term: &str, story: i64, day: i64, change: f64, gone: f64) {
        if let Some(weight) = self.weights.get_mut(&story).and_then(|w| w.get_mut(term)) {
            *weight += change;
            if *weight <= gone {
                *weight = 0.0;
            }
        }
        let mut key = (term.to_owned(), (0, 0));
        for &days in &self.kept {
            key.1 = days;
            if change < 0.0 {
                // Taking out may bring a range under its limit: read it again.
                self.stories.remove(&key);
                continue;
            }
            if !super::terms::holds(&days, day) {
                continue;
            }
            let Some((limit, entry)) = self.stories.get_mut(&key) else {
                continue;
            };
            let Some(list) = entry else { continue };
            match list.iter_mut().find(|(s, _)| *s == story) {
                Some((_, weight)) => *weight += change,
                None => list.push((story, change)),
            }
            if list.len() > *limit {
                *entry = None;
            }
        }
    }
}

/// Where a [`Stored`] was left: the connection's `data_version` in the
/// transaction that left it and its total of changed rows after the commit.
#[derive(Default)]
pub(super) struct Kept {
    /// (Boxed: a library is passed around by value.)
    stored: Option<Box<(Stored, i64, u64)>>,
}

impl Kept {
    /// What the last batch left, if it is still true (called inside the
    /// next batch's write transaction), with the `data_version` to leave it
    /// at; otherwise an empty one.
    pub fn take(&mut self, conn: &Connection) -> Result<(Stored, i64)> {
        let version: i64 = conn.query_row("PRAGMA data_version", [], |r| r.get(0))?;
        let stored = match self.stored.take().map(|kept| *kept) {
            Some((stored, v, changes)) if v == version && changes == conn.total_changes() => stored,
            _ => Stored::default(),
        };
        Ok((stored, version))
    }

    /// Keeps what a committed batch left.
    pub fn keep(&mut self, stored: Stored, version: i64, conn: &Connection) {
        self.stored = Some(Box::new((stored, version, conn.total_changes())));
    }
}

#[cfg(test)]
mod tests {
    use super::{Kept, Stored};
    use rusqlite::Connection;

    fn stored() -> Stored {
        let mut s = Stored::default();
        s.library.insert("bridg".into(), 3);
        s
    }

    #[test]
    fn kept_reads_go_when_anything_else_writes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let one = Connection::open(&path).unwrap();
        let two = Connection::open(&path).unwrap();
        one.execute_batch("PRAGMA journal_mode = WAL; CREATE TABLE t (x)")
            .unwrap();
        let mut kept = Kept::default();
        let (_, version) = kept.take(&one).unwrap();
        kept.keep(stored(), version, &one);
        let (again, version) = kept.take(&one).unwrap();
        assert_eq!(again.library.get("bridg"), Some(&3), "nothing wrote");
        kept.keep(again, version, &one);
        two.execute("INSERT INTO t VALUES (1)", []).unwrap();
        let (after, version) = kept.take(&one).unwrap();
        assert!(after.library.is_empty(), "another connection wrote");
        kept.keep(stored(), version, &one);
        one.execute("INSERT INTO t VALUES (2)", []).unwrap();
        assert!(
            kept.take(&one).unwrap().0.library.is_empty(),
            "this connection wrote something else"
        );
        assert!(kept.take(&one).unwrap().0.library.is_empty(), "taken once");
    }

    #[test]
    fn writes_are_applied_to_what_was_read() {
        let mut s = Stored::default();
        s.stories
            .insert(("bridg".into(), (10, 20)), (2, Some(vec![(7, 1.0)])));
        s.stories
            .insert(("bridg".into(), (30, 40)), (2, Some(vec![])));
        s.weights.entry(7).or_default().insert("bridg".into(), 1.0);
        s.ranges.extend([(10, 20), (30, 40)]);
        s.prune();
        s.weighed("bridg", 7, 14, 0.5, 1e-9);
        s.weighed("bridg", 8, 14, 0.25, 1e-9);
        assert_eq!(
            s.stories[&("bridg".into(), (10, 20))].1,
            Some(vec![(7, 1.5), (8, 0.25)])
        );
        assert_eq!(s.stories[&("bridg".into(), (30, 40))].1, Some(vec![]));
        assert_eq!(s.weights[&7]["bridg"], 1.5);
        s.weighed("bridg", 9, 1_000_000_000, 0.5, 1e-9);
        assert_eq!(
            s.stories[&("bridg".into(), (10, 20))].1,
            None,
            "over the limit"
        );
        assert_eq!(
            s.stories[&("bridg".into(), (30, 40))].1,
            Some(vec![(9, 0.5)])
        );
        s.weighed("bridg", 9, 14, -0.5, 1e-9);
        assert!(s.stories.is_empty(), "taking out drops the term's reads");
        s.ranges.insert((10, 20));
        s.stories.insert(("senat".into(), (10, 20)), (2, None));
        s.stories.insert(("senat".into(), (30, 40)), (2, None));
        s.stories.insert(("senat".into(), (0, 9)), (2, None));
        s.prune();
        assert_eq!(s.stories.len(), 1);
    }
}
