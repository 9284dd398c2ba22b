//! Articles in the library: what an article is to it (its content hash, the
//! part of its body the full-text index holds), reading one back, listing,
//! removing. Adding is `batch`'s.

use super::batch::refresh_story;
use super::centroid::{Vector, decode};
use super::terms::Vocabulary;
use super::window::adjust;
use super::{Library, Result, StoreError, grouping};
use crate::ingest::{Article, Dropped, Sentence};
use rusqlite::{OptionalExtension, params};
use sha2::{Digest, Sha256};

/// What adding an article did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddOutcome {
    Added {
        article: i64,
        story: i64,
    },
    /// Already in the library (same content or same URL) as this article.
    Duplicate {
        article: i64,
    },
}

/// An article's metadata as listings show it (no body).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ArticleRow {
    pub id: i64,
    pub source: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub author: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub sentences: i64,
    pub story: Option<i64>,
}

/// Most bytes of an article's body the full-text index holds. Ranking walks
/// every position of a matched word, so one huge article would slow every
/// search for a common word; a news article's words are in its first pages.
pub(super) const INDEXED_BODY_BYTES: usize = 256 * 1024;

/// The part of a body the full-text index holds: at most
/// [`INDEXED_BODY_BYTES`], cut at a character boundary before a space so no
/// word is cut in two.
pub(super) fn indexed_body(body: &str) -> &str {
    if body.len() <= INDEXED_BODY_BYTES {
        return body;
    }
    let mut end = INDEXED_BODY_BYTES;
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    let cut = &body[..end];
    cut.rfind(char::is_whitespace).map_or(cut, |at| &cut[..at])
}

/// The hash that recognises the same article again: its cleaned sentences.
pub fn content_hash(article: &Article) -> String {
    let mut h = Sha256::new();
    for s in &article.sentences {
        h.update(s.text.as_bytes());
        h.update([0]);
    }
    const HEX: &[u8; 16] = b"0123456789abcdef";
    h.finalize()
        .iter()
        .flat_map(|b| [HEX[usize::from(b >> 4)], HEX[usize::from(b & 15)]])
        .map(char::from)
        .collect()
}

const ROW: &str =
    "a.id, a.source, a.title, a.outlet, a.author, a.published, a.url, a.sentences, sa.story_id";

fn row(r: &rusqlite::Row) -> rusqlite::Result<ArticleRow> {
    Ok(ArticleRow {
        id: r.get(0)?,
        source: r.get(1)?,
        title: r.get(2)?,
        outlet: r.get(3)?,
        author: r.get(4)?,
        published: r.get(5)?,
        url: r.get(6)?,
        sentences: r.get(7)?,
        story: r.get(8)?,
    })
}

impl Library {
    /// The whole article, parsed back.
    pub fn article(&self, id: i64) -> Result<Article> {
        read_article(&self.conn, id)
    }

    /// One article's listing row (no body).
    pub fn article_row(&self, id: i64) -> Result<ArticleRow> {
        self.conn
            .prepare_cached(&format!(
                "SELECT {ROW} FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id
                 WHERE a.id = ?1"
            ))?
            .query_row([id], row)
            .optional()?
            .ok_or(StoreError::NoArticle(id))
    }

    /// Articles of a story (or all), by date then id, without their bodies.
    pub fn articles(&self, story: Option<i64>) -> Result<Vec<ArticleRow>> {
        let mut rows = match story {
            Some(story) => self
                .conn
                .prepare_cached(&format!(
                    "SELECT {ROW} FROM story_articles sa JOIN articles a ON a.id = sa.article_id
                     WHERE sa.story_id = ?1"
                ))?
                .query_map([story], row)?
                .collect::<rusqlite::Result<Vec<_>>>()?,
            None => self
                .conn
                .prepare_cached(&format!(
                    "SELECT {ROW} FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id"
                ))?
                .query_map([], row)?
                .collect::<rusqlite::Result<Vec<_>>>()?,
        };
        // Sorted here: SQLite would sort whole rows on disk-sized records.
        rows.sort_by(|a, b| {
            (a.published.is_none(), &a.published, a.id).cmp(&(
                b.published.is_none(),
                &b.published,
                b.id,
            ))
        });
        Ok(rows)
    }

    /// Removes an article; a story left empty goes with it.
    pub fn remove(&mut self, id: i64) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let story: Option<i64> = tx
            .query_row(
                "SELECT story_id FROM story_articles WHERE article_id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?;
        let vector: Option<Vector> = tx
            .query_row("SELECT signature FROM articles WHERE id = ?1", [id], |r| {
                Ok(decode(r.get_ref(0)?))
            })
            .optional()?;
        let Some(vector) = vector else {
            return Err(StoreError::NoArticle(id));
        };
        let article = read_article(&tx, id)?;
        let profile = grouping::signature(&article);
        let mut terms = Vocabulary::default();
        let ids = terms.ids(&tx, &profile)?;
        terms.count(&ids, -1);
        terms.flush(&tx)?;
        if let Some(story) = story {
            adjust(&tx, story, &vector, -1.0)?;
        }
        // The index keeps no text: its row goes by the values it was made of.
        tx.execute(
            "INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', ?1, ?2, ?3)",
            params![id, article.title, indexed_body(&article.body())],
        )?;
        tx.execute("DELETE FROM articles WHERE id = ?1", [id])?;
        if let Some(story) = story {
            refresh_story(&tx, story)?;
        }
        tx.commit()?;
        Ok(())
    }
}

/// An article's stored body (`articles.body`): its sentences and what was
/// dropped from it.
fn decode_body(id: i64, json: &str) -> Result<(Vec<Sentence>, Vec<Dropped>)> {
    serde_json::from_str(json).map_err(|source| StoreError::DamagedArticle { id, source })
}

/// The text of the article whose stored body is `json`, paragraphs apart, as
/// [`Article::body`] gives it and the full-text index holds it.
pub(super) fn body_text(id: i64, json: &str) -> Result<String> {
    let (sentences, _) = decode_body(id, json)?;
    Ok(Article {
        sentences,
        ..Article::default()
    }
    .body())
}

/// Puts every article of the library into the full-text index (an empty one).
pub(super) fn index_all(tx: &rusqlite::Connection) -> Result<()> {
    let mut read = tx.prepare("SELECT id, title, body FROM articles ORDER BY id")?;
    let mut insert = tx.prepare(INDEX_ROW)?;
    let mut rows = read.query([])?;
    while let Some(row) = rows.next()? {
        let id: i64 = row.get(0)?;
        let stored: String = row.get(2)?;
        let body = body_text(id, &stored)?;
        insert.execute(params![
            id,
            row.get::<_, Option<String>>(1)?,
            indexed_body(&body)
        ])?;
    }
    Ok(())
}

/// Inserts an article's row of the full-text index: its id, title and
/// [`indexed_body`].
pub(super) const INDEX_ROW: &str =
    "INSERT INTO articles_fts (rowid, title, body) VALUES (?1, ?2, ?3)";

/// An article of the library, parsed back.
pub(super) fn read_article(conn: &rusqlite::Connection, id: i64) -> Result<Article> {
    let found = conn
        .prepare_cached("SELECT source, url, title, outlet, author, published, body FROM articles WHERE id = ?1")?
        .query_row(
            [id],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, String>(6)?,
                ))
            },
        )
        .optional()?
        .ok_or(StoreError::NoArticle(id))?;
    let (source, url, title, outlet, author, published, body) = found;
    let (sentences, dropped) = decode_body(id, &body)?;
    let published = published
        .and_then(|p| crate::ingest::dates::find_date(&p))
        .map(|f| f.published);
    Ok(Article {
        source,
        title,
        outlet,
        author,
        published,
        url,
        sentences,
        dropped,
    })
}

/// The article already in the library with this content or URL.
pub(super) fn existing(
    tx: &rusqlite::Connection,
    hash: &str,
    url: Option<&str>,
) -> Result<Option<i64>> {
    Ok(tx
        .prepare_cached(
            "SELECT id FROM articles WHERE content_hash = ?1 OR (url IS NOT NULL AND url = ?2)",
        )?
        .query_row(params![hash, url], |r| r.get(0))
        .optional()?)
}
