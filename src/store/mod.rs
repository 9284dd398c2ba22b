//! The library on disk: one SQLite database (WAL, crash-safe) holding articles,
//! stories and a full-text index. Everything SQL lives in this module; the rest
//! of parallax sees [`Library`] and plain types.

mod articles;
mod batch;
mod cache;
mod centroid;
mod days;
mod feeds;
mod grouping;
mod outlets;
mod place;
mod regroup;
mod schema;
pub mod search;
mod stories;
mod terms;
mod titles;
mod window;

pub use articles::{AddOutcome, ArticleRow};
pub use batch::Prepared;
pub use feeds::{FeedRow, StoredPage};
pub use grouping::signature;
pub use outlets::{OutletRow, Outlets, Renamed};
pub use regroup::Regrouped;
pub use search::{Found, Hit};
pub use stories::StoryRow;

use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Articles in the first transaction of `parallax add` (see
/// [`Library::add_batch`]); each next batch is twice as large, up to
/// [`ADD_BATCH_MAX`]: a small import commits soon, a large one in few commits
/// (the term tables are read and written once per batch), and a crash loses
/// at most the batch under way.
pub const ADD_BATCH: usize = 256;
/// The most articles in one transaction of `parallax add`. Every batch rewrites
/// most pages of the indexes kept in hash or term order (content hashes, URLs,
/// terms) and the centroids of the stories it joins, so fewer, larger batches
/// write less: at 100k articles, 4,096 wrote 2.9 GB where 1,024 wrote 3.6 GB.
pub const ADD_BATCH_MAX: usize = 4096;

/// What can go wrong with the library, each said plainly — with the library's
/// path when the error is about the file itself.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}: is a directory, not a library file", path.display())]
    IsADirectory { path: PathBuf },
    #[error("{}: not a parallax library (not a SQLite database); it was left untouched", path.display())]
    NotALibrary { path: PathBuf },
    #[error(
        "{}: this library was written by a newer parallax (schema {found}; this one knows up to {supported}); it was left untouched",
        path.display()
    )]
    NewerSchema {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("{}: cannot create the library folder: {source}", path.display())]
    CreateFolder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {source}", path.display())]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("{}: not a usable library: {source}", path.display())]
    Unusable {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("{}: cannot use write-ahead logging here", path.display())]
    NoWriteAheadLog { path: PathBuf },
    #[error("{}: {}: {source}", path.display(), schema::step_name(*step))]
    Migration {
        path: PathBuf,
        step: i64,
        source: Box<StoreError>,
    },
    #[error("no story {0} in the library")]
    NoStory(i64),
    #[error("no article {0} in the library")]
    NoArticle(i64),
    #[error("{0}: no such feed")]
    NoFeed(String),
    #[error("no outlet \"{name}\" in the library{}", did_you_mean(close))]
    NoOutlet { name: String, close: Vec<String> },
    #[error("an outlet's name cannot be blank")]
    BlankOutlet,
    #[error("article {id}: damaged body: {source}")]
    DamagedArticle { id: i64, source: serde_json::Error },
    #[error("a story's title cannot be blank")]
    BlankTitle,
    #[error("cannot merge a story into itself")]
    MergeIntoItself,
    #[error("name the articles to split off")]
    NothingToSplit,
    #[error("search for at least one word")]
    EmptySearch,
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    #[error("cannot encode for the library: {0}")]
    Encode(#[from] serde_json::Error),
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// The close names an unknown name's error offers, else where to find them.
fn did_you_mean(close: &[String]) -> String {
    if close.is_empty() {
        return " (`parallax outlet list` lists them)".into();
    }
    let names: Vec<String> = close.iter().map(|n| format!("\"{n}\"")).collect();
    format!("; did you mean {}?", names.join(", "))
}

impl StoreError {
    /// True when the request itself was wrong (a usage error), not the library.
    pub fn is_usage(&self) -> bool {
        matches!(
            self,
            StoreError::BlankTitle
                | StoreError::BlankOutlet
                | StoreError::MergeIntoItself
                | StoreError::NothingToSplit
        )
    }
}

/// An open library.
pub struct Library {
    conn: Connection,
    path: PathBuf,
    /// What the last batch added left in memory (see `cache`).
    kept: cache::Kept,
}

/// Where the library lives when no path is given: `<data dir>/parallax/library.db`.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "parallax").map(|d| d.data_dir().join("library.db"))
}

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

impl Library {
    /// Opens (creating if needed) the library at `path`. A file that is not a
    /// SQLite database, or one from a newer parallax, is refused and left as is.
    pub fn open(path: &Path) -> Result<Self> {
        if let Ok(meta) = std::fs::metadata(path) {
            if meta.is_dir() {
                return Err(StoreError::IsADirectory {
                    path: path.to_path_buf(),
                });
            }
            if meta.len() > 0 {
                let mut head = [0u8; 16];
                let read = std::fs::File::open(path)
                    .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut head));
                if read.is_err() || &head != SQLITE_MAGIC {
                    return Err(StoreError::NotALibrary {
                        path: path.to_path_buf(),
                    });
                }
            }
        } else if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| StoreError::CreateFolder {
                path: dir.to_path_buf(),
                source,
            })?;
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn =
            Connection::open_with_flags(path, flags).map_err(|source| StoreError::Open {
                path: path.to_path_buf(),
                source,
            })?;
        conn.busy_timeout(Duration::from_secs(10))?;
        let wal = journal_mode_wal(&conn).map_err(|source| StoreError::Unusable {
            path: path.to_path_buf(),
            source,
        })?;
        if !wal.eq_ignore_ascii_case("wal") {
            return Err(StoreError::NoWriteAheadLog {
                path: path.to_path_buf(),
            });
        }
        // Checkpoints every 128 MiB of log rather than SQLite's 4 MiB: pages
        // that batches keep changing (term counts, the full-text index) are
        // written back once instead of many times. A page cache of up to 256
        // MiB (filled only as pages are read) holds the indexes an import
        // writes into at random (content hashes, URLs, terms) at 100,000
        // articles, so that adding does not slow down with the library.
        conn.execute_batch(
            "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -262144;
             PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 32768;",
        )?;
        schema::migrate(&mut conn, path)?;
        Ok(Self {
            conn,
            path: path.to_path_buf(),
            kept: cache::Kept::default(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs SQLite's own consistency check.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }

    /// How many articles the library holds.
    pub fn articles_count(&self) -> Result<usize> {
        Ok(self
            .conn
            .query_row("SELECT COUNT(*) FROM articles", [], |r| r.get::<_, i64>(0))?
            as usize)
    }

    /// True when the library holds no article.
    pub fn is_empty(&self) -> Result<bool> {
        Ok(self
            .conn
            .query_row("SELECT NOT EXISTS (SELECT 1 FROM articles)", [], |r| {
                r.get(0)
            })?)
    }
}

fn now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let t = secs % 86_400;
    let day = crate::ingest::Published::from_days((secs / 86_400) as i64)
        .map_or_else(|| "1970-01-01".to_string(), |d| d.to_string());
    format!("{day}T{:02}:{:02}:{:02}", t / 3600, t / 60 % 60, t % 60)
}

/// Switches a connection to write-ahead logging. Changing the journal mode takes
/// an exclusive lock that SQLite's busy handler does not wait for, so while
/// another process is creating the same new library it is retried, within the
/// same ten seconds a busy write waits.
fn journal_mode_wal(conn: &Connection) -> rusqlite::Result<String> {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        match conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0)) {
            Err(rusqlite::Error::SqliteFailure(e, _))
                if e.code == rusqlite::ErrorCode::DatabaseBusy
                    && std::time::Instant::now() < deadline =>
            {
                std::thread::sleep(Duration::from_millis(20));
            }
            other => return other,
        }
    }
}

#[cfg(test)]
mod tests;
