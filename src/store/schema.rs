//! The library's schema and its migrations. The schema version lives in SQLite's
//! `user_version`; the migrations run in one transaction that takes the write
//! lock first and reads the version under it, so that two processes opening a
//! new library at once create it once. A library written by a newer parallax
//! is refused, never rewritten.

use super::StoreError;
use rusqlite::{Connection, Transaction};
use std::path::Path;

/// The version this build writes.
pub const VERSION: i64 = 9;

const V1: &str = r#"
CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    source        TEXT NOT NULL,
    url           TEXT,
    title         TEXT,
    outlet        TEXT,
    author        TEXT,
    published     TEXT,
    content_hash  TEXT NOT NULL UNIQUE,
    added_at      TEXT NOT NULL,
    sentences     INTEGER NOT NULL,
    -- the cleaned article (sentences, paragraphs, what was dropped) as JSON
    body          TEXT NOT NULL,
    -- the terms that identify the event, as JSON [[term, weight], ...]
    signature     TEXT NOT NULL
);
CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;

CREATE TABLE stories (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    -- 1 when a person named the story; automatic titles never replace it
    named       INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    -- cached share of sentences the outlets share, 0..1, once aligned
    agreement   REAL
);

CREATE TABLE story_articles (
    article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    story_id    INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    -- 1 when a person put the article here; automatic grouping never moves it
    manual      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX story_articles_story ON story_articles(story_id);

-- Each story's identifying terms with how many of its articles carry them, for
-- incremental grouping (an added article looks up only the stories it shares terms with).
CREATE TABLE story_terms (
    term      TEXT NOT NULL,
    story_id  INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    count     INTEGER NOT NULL,
    PRIMARY KEY (term, story_id)
) WITHOUT ROWID;
CREATE INDEX story_terms_story ON story_terms(story_id);

-- How many articles carry each term, for weighting.
CREATE TABLE term_articles (
    term   TEXT PRIMARY KEY,
    count  INTEGER NOT NULL
) WITHOUT ROWID;

CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
"#;

/// Each story's size, outlet count and date range, kept up to date as its
/// membership changes, so that listing stories reads no article.
const V2: &str = r#"
ALTER TABLE stories ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN outlets INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN first TEXT;
ALTER TABLE stories ADD COLUMN last TEXT;
CREATE INDEX stories_last ON stories(last);
UPDATE stories SET (articles, outlets, first, last) = (
    SELECT COUNT(a.id), COUNT(DISTINCT a.outlet) + COALESCE(SUM(a.outlet IS NULL), 0), MIN(a.published), MAX(a.published)
    FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = stories.id);
"#;

/// Stories whose articles span more days than this are long stories.
pub const LONG_STORY_DAYS: i64 = 14;

/// The `last_day` of a story any dated article may be close to in time: one
/// with no dated article, or a long story. After every real day.
pub const ANY_DAY: i64 = 1_000_000_000;

/// Each story term carries its story's `last_day` — the day (since 1970-01-01)
/// of the story's latest article, or [`ANY_DAY`] — indexed, so that placing a
/// dated article reads only the stories close enough in time to join: those
/// whose latest article is at most `MAX_DAYS_APART` days before it and at most
/// `MAX_DAYS_APART` + [`LONG_STORY_DAYS`] days after it, and any-day ones.
/// Kept up to date when a story's dates change. The rows are kept by story
/// (a story's terms sit together, so adding to a story writes few pages) and
/// indexed by term and day.
fn v3() -> String {
    format!(
        r#"
CREATE TABLE story_terms_by_story (
    story_id  INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    term      TEXT NOT NULL,
    count     INTEGER NOT NULL,
    last_day  INTEGER NOT NULL,
    PRIMARY KEY (story_id, term)
) WITHOUT ROWID;
INSERT INTO story_terms_by_story (story_id, term, count, last_day)
    SELECT story_id, term, count, {} FROM story_terms ORDER BY story_id, term;
DROP TABLE story_terms;
ALTER TABLE story_terms_by_story RENAME TO story_terms;
CREATE INDEX story_terms_by_term ON story_terms(term, last_day);
"#,
        story_last_day("story_terms.story_id")
    )
}

/// An expression for the `last_day` of the story whose id is `id` (a column
/// or a parameter).
pub fn story_last_day(id: &str) -> String {
    format!(
        "COALESCE((SELECT {} FROM stories s WHERE s.id = {id}), {ANY_DAY})",
        last_day_of("s.first", "s.last")
    )
}

/// Since schema 7 a story's `last_day` is its latest article's day rounded
/// down to a multiple of this many days: a story's day changes, and all its
/// term rows with it, about once a week rather than with every day its
/// articles reach; a reader of a range of days rounds its start down the same
/// way (and checks the story's real dates itself).
pub const DAY_BUCKET: i64 = 7;

/// A day rounded down as a stored `last_day` is ([`DAY_BUCKET`]).
pub fn bucket(day: i64) -> i64 {
    day - day.rem_euclid(DAY_BUCKET)
}

/// The `last_day` of a story whose first and latest dated articles are of
/// these days (since 1970-01-01), as [`last_day_of`] works it out in SQL.
pub fn story_day(days: Option<(i64, i64)>) -> i64 {
    match days {
        Some((first, last)) if last - first <= LONG_STORY_DAYS => bucket(last),
        _ => ANY_DAY,
    }
}

/// An expression for the `last_day` of a story whose first and latest
/// articles' dates are `first` and `last` (columns or parameters); NULL for a
/// date SQLite cannot read (callers make that [`ANY_DAY`]).
pub fn last_day_of(first: &str, last: &str) -> String {
    let day = |value: &str| format!("julianday(substr({value}, 1, 10))");
    let (l, f) = (day(last), day(first));
    let since_1970 = format!("CAST({l} - 2440587.5 AS INTEGER)");
    format!(
        "CASE WHEN {last} IS NULL OR {l} - {f} > {LONG_STORY_DAYS} THEN {ANY_DAY}
              ELSE {since_1970} - (({since_1970} % {DAY_BUCKET}) + {DAY_BUCKET}) % {DAY_BUCKET} END",
    )
}

/// Story days by the week ([`DAY_BUCKET`]).
fn v7() -> String {
    format!(
        "UPDATE story_terms SET last_day = last_day - ((last_day % {DAY_BUCKET}) + {DAY_BUCKET}) % {DAY_BUCKET}
         WHERE last_day <> {ANY_DAY};"
    )
}

/// Story grouping by centroid (see `grouping`): a story's terms carry the sum
/// of its articles' vector weights and the story its centroid's squared
/// length; the library's term counts become document frequencies over every
/// content term. Both are rebuilt from the articles, memberships kept.
const V4: &str = r#"
DROP TABLE story_terms;
CREATE TABLE story_terms (
    story_id  INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    term      TEXT NOT NULL,
    weight    REAL NOT NULL,
    last_day  INTEGER NOT NULL,
    PRIMARY KEY (story_id, term)
) WITHOUT ROWID;
CREATE INDEX story_terms_by_term ON story_terms(term, last_day);
DELETE FROM term_articles;
ALTER TABLE stories ADD COLUMN norm2 REAL NOT NULL DEFAULT 0;
"#;

/// Term ids and story centroids as BLOBs (see `centroid`): the library's
/// terms get ids and keep their document frequencies in `terms`; a story's
/// centroid is one row of `story_centroids` (its day, by the week as since
/// schema 7, and its squared length with it), found by day; an article's
/// vector (`articles.signature`) is a BLOB of term ids too. Centroids and
/// vectors are rebuilt from the articles, memberships kept.
const V8: &str = r#"
DROP TABLE story_terms;
DROP TABLE term_articles;
ALTER TABLE stories DROP COLUMN norm2;
CREATE TABLE terms (
    id        INTEGER PRIMARY KEY,
    term      TEXT NOT NULL UNIQUE,
    -- how many articles carry the term
    articles  INTEGER NOT NULL
);
CREATE TABLE story_centroids (
    story_id  INTEGER PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
    last_day  INTEGER NOT NULL,
    norm2     REAL NOT NULL,
    -- (term id, weight) pairs, u32 and f64 little-endian, in term order
    terms     BLOB NOT NULL
);
CREATE INDEX story_centroids_by_day ON story_centroids(last_day);
INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 16777216);
"#;

/// A full-text index that keeps no copy of the text (`content=''`): the text is
/// the article's own, read from `articles` when a snippet needs it. Storing it
/// again was more than a quarter of the library and of what an import writes.
/// BM25 still weighs columns by their lengths. A row is deleted with the values
/// it was made of (the `'delete'` command), as a table with content does it:
/// `contentless_delete` tombstones instead made a search five times slower
/// after a few hundred removals. The index is rebuilt from the articles.
const V9: &str = r#"
DROP TABLE articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content = '',
    tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 16777216);
"#;

/// Everything a listing shows of an article, in an index of its own: listing
/// the library reads these small entries, never the article rows, whose
/// bodies spread them over a page or more each.
const V6: &str = r#"
CREATE INDEX articles_listing ON articles(id, source, title, outlet, author, published, url, sentences);
"#;

#[cfg(test)]
pub const V1_FOR_TESTS: &str = V1;

/// Brings the library at `path` up to [`VERSION`]; refuses one from a newer version.
pub fn migrate(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
    migrate_to(conn, path, VERSION)
}

/// Brings the library at `path` up to schema `target` (tests make older
/// libraries this way).
pub fn migrate_to(conn: &mut Connection, path: &Path, target: i64) -> Result<(), StoreError> {
    let read = |conn: &Connection| -> Result<i64, StoreError> {
        let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if found > VERSION {
            return Err(StoreError::NewerSchema {
                path: path.to_path_buf(),
                found,
                supported: VERSION,
            });
        }
        Ok(found)
    };
    if read(conn)? >= target {
        return Ok(());
    }
    // The write lock first, then the version again: another process may have
    // migrated the library meanwhile.
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let version = read(&tx)?;
    if version >= target {
        return Ok(());
    }
    for step in version + 1..=target {
        apply(&tx, step).map_err(|source| StoreError::Migration {
            path: path.to_path_buf(),
            step,
            source: Box::new(source),
        })?;
    }
    tx.pragma_update(None, "user_version", target)?;
    Ok(tx.commit()?)
}

/// What migration `step` does, as an error message says it.
pub fn step_name(step: i64) -> String {
    match step {
        1 => "creating the library".to_owned(),
        _ => format!("updating the library to schema {step}"),
    }
}

fn apply(tx: &Transaction, step: i64) -> Result<(), StoreError> {
    match step {
        1 => tx.execute_batch(V1)?,
        2 => tx.execute_batch(V2)?,
        3 => tx.execute_batch(&v3())?,
        // (Its centroids are rebuilt by step 8.)
        4 => tx.execute_batch(V4)?,
        // Step 5: feeds, their seen entries, and the raw pages articles came from.
        5 => tx.execute_batch(super::feeds::SCHEMA)?,
        6 => tx.execute_batch(V6)?,
        7 => tx.execute_batch(&v7())?,
        8 => {
            tx.execute_batch(V8)?;
            super::regroup::rebuild(tx, false)?;
        }
        9 => {
            tx.execute_batch(V9)?;
            super::articles::index_all(tx)?;
        }
        // Unreachable: steps run up to VERSION.
        _ => return Err(rusqlite::Error::InvalidQuery.into()),
    }
    Ok(())
}
