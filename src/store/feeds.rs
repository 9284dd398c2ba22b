//! Feeds a person follows, the entries already taken from each, and the raw pages
//! that articles were extracted from (so that a better extractor can read them
//! again). Schema step 5. Outlet names across the library are in `outlets`.

use super::{Library, Result, StoreError, now};
use rusqlite::{OptionalExtension, params};

/// Schema step 5.
pub const SCHEMA: &str = r#"
CREATE TABLE feeds (
    id             INTEGER PRIMARY KEY,
    url            TEXT NOT NULL UNIQUE,
    -- the feed's own title, as last read
    title          TEXT,
    -- the outlet name a person gave (`feed add --outlet`); else the title names it
    outlet         TEXT,
    etag           TEXT,
    last_modified  TEXT,
    added_at       TEXT NOT NULL,
    checked_at     TEXT,
    last_error     TEXT
);
-- Entries already taken from a feed (by the entry's id, else its link), so a
-- second refresh adds nothing.
CREATE TABLE feed_entries (
    feed_id     INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    entry       TEXT NOT NULL,
    article_id  INTEGER,
    seen_at     TEXT NOT NULL,
    PRIMARY KEY (feed_id, entry)
) WITHOUT ROWID;
-- The page an article was extracted from, as fetched or read.
CREATE TABLE pages (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    url         TEXT,
    stored_at   TEXT NOT NULL,
    html        TEXT NOT NULL
);
"#;

/// A followed feed as listings show it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FeedRow {
    pub id: i64,
    pub url: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    #[serde(skip)]
    pub etag: Option<String>,
    #[serde(skip)]
    pub last_modified: Option<String>,
    pub checked_at: Option<String>,
    pub last_error: Option<String>,
    /// Entries taken from it so far.
    pub entries: i64,
}

impl FeedRow {
    /// The outlet name its articles carry: the given one, else the feed's title.
    pub fn outlet_name(&self) -> Option<&str> {
        self.outlet.as_deref().or(self.title.as_deref())
    }
}

/// A stored raw page.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredPage {
    pub article_id: i64,
    pub url: Option<String>,
    pub html: String,
}

impl Library {
    /// Follows a feed; an already followed URL keeps its row (the outlet is updated
    /// when one is given). Returns the feed's id.
    pub fn add_feed(&mut self, url: &str, outlet: Option<&str>) -> Result<i64> {
        self.conn.execute(
            "INSERT INTO feeds (url, outlet, added_at) VALUES (?1, ?2, ?3)
             ON CONFLICT(url) DO UPDATE SET outlet = COALESCE(excluded.outlet, feeds.outlet)",
            params![url, outlet, now()],
        )?;
        Ok(self
            .conn
            .query_row("SELECT id FROM feeds WHERE url = ?1", [url], |r| r.get(0))?)
    }

    /// The id of the feed followed at `url`, if it is.
    pub fn feed_at(&self, url: &str) -> Result<Option<i64>> {
        Ok(self
            .conn
            .query_row("SELECT id FROM feeds WHERE url = ?1", [url], |r| r.get(0))
            .optional()?)
    }

    /// Every followed feed, in the order they were added.
    pub fn feeds(&self) -> Result<Vec<FeedRow>> {
        let mut stmt = self.conn.prepare(
            "SELECT f.id, f.url, f.title, f.outlet, f.etag, f.last_modified, f.checked_at, f.last_error,
                    (SELECT COUNT(*) FROM feed_entries e WHERE e.feed_id = f.id)
             FROM feeds f ORDER BY f.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(FeedRow {
                id: r.get(0)?,
                url: r.get(1)?,
                title: r.get(2)?,
                outlet: r.get(3)?,
                etag: r.get(4)?,
                last_modified: r.get(5)?,
                checked_at: r.get(6)?,
                last_error: r.get(7)?,
                entries: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Stops following a feed, named by its id or URL; its articles stay.
    /// Returns the feed as it was.
    pub fn remove_feed(&mut self, feed: &str) -> Result<FeedRow> {
        let found = self
            .feeds()?
            .into_iter()
            .find(|f| f.url == feed || f.id.to_string() == feed)
            .ok_or_else(|| StoreError::NoFeed(crate::text::sanitize(feed)))?;
        self.conn
            .execute("DELETE FROM feeds WHERE id = ?1", [found.id])?;
        Ok(found)
    }

    /// Records what a fetch of a feed learnt: its title, validators and any error.
    pub fn feed_checked(
        &mut self,
        id: i64,
        title: Option<&str>,
        etag: Option<&str>,
        last_modified: Option<&str>,
        error: Option<&str>,
    ) -> Result<()> {
        self.conn.execute(
            "UPDATE feeds SET title = COALESCE(?2, title), etag = COALESCE(?3, etag),
                 last_modified = COALESCE(?4, last_modified), checked_at = ?5, last_error = ?6
             WHERE id = ?1",
            params![id, title, etag, last_modified, now(), error],
        )?;
        Ok(())
    }

    /// True when the feed's entry was already taken.
    pub fn entry_seen(&self, feed: i64, entry: &str) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached("SELECT 1 FROM feed_entries WHERE feed_id = ?1 AND entry = ?2")?
            .query_row(params![feed, entry], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// Records a feed's entry as taken (with the article it became, if any).
    pub fn mark_entry(&mut self, feed: i64, entry: &str, article: Option<i64>) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT OR REPLACE INTO feed_entries (feed_id, entry, article_id, seen_at)
                 VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![feed, entry, article, now()])?;
        Ok(())
    }

    /// Keeps the raw page an article was extracted from.
    pub fn keep_page(&mut self, article: i64, url: Option<&str>, html: &str) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT OR REPLACE INTO pages (article_id, url, stored_at, html) VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![article, url, now(), html])?;
        Ok(())
    }

    /// Every stored raw page (for re-extraction).
    pub fn pages(&self) -> Result<Vec<StoredPage>> {
        let mut stmt = self
            .conn
            .prepare("SELECT article_id, url, html FROM pages ORDER BY article_id")?;
        let rows = stmt.query_map([], |r| {
            Ok(StoredPage {
                article_id: r.get(0)?,
                url: r.get(1)?,
                html: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::parse_plain;

    fn library() -> (tempfile::TempDir, Library) {
        let dir = tempfile::tempdir().expect("temp dir");
        let lib = Library::open(&dir.path().join("l.db")).expect("opens");
        (dir, lib)
    }

    #[test]
    fn feeds_are_followed_listed_and_removed() {
        let (_dir, mut lib) = library();
        let id = lib.add_feed("http://x.test/feed", None).expect("adds");
        assert_eq!(
            lib.add_feed("http://x.test/feed", Some("X"))
                .expect("again"),
            id
        );
        lib.feed_checked(id, Some("X Daily"), Some("\"e1\""), None, None)
            .expect("checked");
        assert!(!lib.entry_seen(id, "e").expect("reads"));
        lib.mark_entry(id, "e", None).expect("marks");
        assert!(lib.entry_seen(id, "e").expect("reads"));
        let feeds = lib.feeds().expect("lists");
        assert_eq!(feeds.len(), 1);
        assert_eq!(feeds[0].outlet_name(), Some("X"));
        assert_eq!(feeds[0].etag.as_deref(), Some("\"e1\""));
        assert_eq!(feeds[0].entries, 1);
        assert!(lib.remove_feed("nope").is_err());
        lib.remove_feed(&id.to_string()).expect("removes");
        assert!(lib.feeds().expect("lists").is_empty());
    }

    #[test]
    fn pages_are_kept_and_go_with_their_article() {
        let (_dir, mut lib) = library();
        let a = parse_plain(
            "a.txt",
            "Title\n\nThe council voted on Monday to close the old bridge for repairs next spring.",
        );
        let id = match lib.add(&a).expect("adds") {
            crate::store::AddOutcome::Added { article, .. } => article,
            other => panic!("{other:?}"),
        };
        lib.keep_page(id, Some("http://x.test/a"), "<html></html>")
            .expect("keeps");
        assert_eq!(lib.pages().expect("pages")[0].article_id, id);
        lib.remove(id).expect("removes");
        assert!(lib.pages().expect("pages").is_empty());
    }
}
