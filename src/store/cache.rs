//! What placing holds in memory, kept from one transaction of an import to
//! the next: the terms looked up with their document frequencies, and the
//! stories close in time (see `terms` and `window`). Each batch of
//! `parallax add` needs much the same terms and stories as the batch before;
//! what a batch leaves is true of the library as it committed it, and the
//! library keeps it only while nothing else wrote: [`Kept::take`] hands it
//! to the next batch only when no other connection has committed since
//! (`PRAGMA data_version`) and this connection wrote nothing else (its total
//! count of changed rows), and a batch that fails drops it.

use super::Result;
use super::terms::Vocabulary;
use super::window::StoryWindow;
use rusqlite::Connection;

/// What placing holds in memory.
#[derive(Default)]
pub(super) struct InMemory {
    pub terms: Vocabulary,
    pub stories: StoryWindow,
}

/// Where an [`InMemory`] was left: the connection's `data_version` in the
/// transaction that left it and its total of changed rows after the commit.
#[derive(Default)]
pub(super) struct Kept {
    /// (Boxed: a library is passed around by value.)
    held: Option<Box<(InMemory, i64, u64)>>,
}

impl Kept {
    /// What the last batch left, if it is still true (called inside the
    /// next batch's write transaction), with the `data_version` to leave it
    /// at; otherwise an empty one.
    pub fn take(&mut self, conn: &Connection) -> Result<(InMemory, i64)> {
        let version: i64 = conn.query_row("PRAGMA data_version", [], |r| r.get(0))?;
        let held = match self.held.take().map(|kept| *kept) {
            Some((held, v, changes)) if v == version && changes == conn.total_changes() => held,
            _ => InMemory::default(),
        };
        Ok((held, version))
    }

    /// Keeps what a committed batch left.
    pub fn keep(&mut self, held: InMemory, version: i64, conn: &Connection) {
        self.held = Some(Box::new((held, version, conn.total_changes())));
    }
}

#[cfg(test)]
mod tests {
    use super::{InMemory, Kept};
    use rusqlite::Connection;

    fn held(conn: &Connection) -> InMemory {
        let mut held = InMemory::default();
        held.terms.id(conn, "bridg").unwrap();
        held
    }

    fn knows_bridge(held: &InMemory) -> bool {
        held.terms.knows("bridg")
    }

    #[test]
    fn what_is_held_goes_when_anything_else_writes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let mut one = Connection::open(&path).unwrap();
        crate::store::schema::migrate(&mut one, &path).unwrap();
        let two = Connection::open(&path).unwrap();
        one.execute_batch("PRAGMA journal_mode = WAL; CREATE TABLE t (x)")
            .unwrap();
        let mut kept = Kept::default();
        let (_, version) = kept.take(&one).unwrap();
        kept.keep(held(&one), version, &one);
        let (again, version) = kept.take(&one).unwrap();
        assert!(knows_bridge(&again), "nothing wrote");
        kept.keep(again, version, &one);
        two.execute("INSERT INTO t VALUES (1)", []).unwrap();
        let (after, version) = kept.take(&one).unwrap();
        assert!(!knows_bridge(&after), "another connection wrote");
        kept.keep(held(&one), version, &one);
        one.execute("INSERT INTO t VALUES (2)", []).unwrap();
        assert!(
            !knows_bridge(&kept.take(&one).unwrap().0),
            "this connection wrote something else"
        );
        assert!(!knows_bridge(&kept.take(&one).unwrap().0), "taken once");
    }
}
