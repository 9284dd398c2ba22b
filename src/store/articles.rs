//! Articles in the library: adding one (deduplicated by content and by URL, in
//! a transaction, placed in a story), reading one back, listing, removing.

use super::place::{Placer, renorm};
use super::schema::{ANY_DAY, last_day_of};
use super::terms::TermCounts;
use super::{Library, Result, StoreError, grouping, now};
use crate::ingest::Article;
use rusqlite::{OptionalExtension, params};
use sha2::{Digest, Sha256};
use std::collections::HashSet;

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
fn indexed_body(body: &str) -> &str {
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
    /// Adds an article, or recognises it as already there. All or nothing.
    pub fn add(&mut self, article: &Article) -> Result<AddOutcome> {
        // One outcome per article: never empty.
        self.add_all(std::slice::from_ref(article))?
            .pop()
            .ok_or(StoreError::Sqlite(rusqlite::Error::QueryReturnedNoRows))
    }

    /// Adds several articles in one transaction. Should any article fail, the
    /// batch is rolled back and each article is added in a transaction of its
    /// own, so a failure costs only that article and never leaves half of one.
    pub fn add_batch(&mut self, articles: &[Article]) -> Result<Vec<Result<AddOutcome>>> {
        match self.add_all(articles) {
            Ok(outcomes) => Ok(outcomes.into_iter().map(Ok).collect()),
            Err(_) => Ok(articles.iter().map(|a| self.add(a)).collect()),
        }
    }

    /// Adds articles in one transaction, all or nothing.
    fn add_all(&mut self, articles: &[Article]) -> Result<Vec<AddOutcome>> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut placer = Placer::new(&tx)?;
        // The new articles' terms are counted first: each is weighed against
        // the whole batch as well as the library.
        let mut profiles = Vec::with_capacity(articles.len());
        let mut seen = HashSet::new();
        for article in articles {
            let hash = content_hash(article);
            let new = existing(&tx, &hash, article.url.as_deref())?.is_none()
                && seen.insert(hash.clone())
                && article
                    .url
                    .as_ref()
                    .is_none_or(|u| seen.insert(format!("url {u}")));
            let profile = new.then(|| {
                let profile = grouping::signature(article);
                placer.count(&profile);
                profile
            });
            profiles.push((hash, profile));
        }
        let mut outcomes = Vec::with_capacity(articles.len());
        for (article, (hash, profile)) in articles.iter().zip(profiles) {
            outcomes.push(add_in(&tx, &mut placer, article, &hash, profile)?);
        }
        placer.flush()?;
        drop(placer);
        // Each story joined is counted and retitled once, for the whole batch.
        let mut joined = HashSet::new();
        for outcome in &outcomes {
            if let AddOutcome::Added { story, .. } = outcome
                && joined.insert(*story)
            {
                refresh_story(&tx, *story)?;
            }
        }
        // Full-text rows go in last, together: FTS5 writes out its pending
        // index whenever a statement opens a statement journal (foreign keys
        // and upserts do), and one write per batch keeps the index compact.
        let mut full_text =
            tx.prepare_cached("INSERT INTO articles_fts (rowid, title, body) VALUES (?1, ?2, ?3)")?;
        for (article, outcome) in articles.iter().zip(&outcomes) {
            if let AddOutcome::Added { article: id, .. } = outcome {
                let body = article.body();
                full_text.execute(params![id, article.title, indexed_body(&body)])?;
            }
        }
        drop(full_text);
        tx.commit()?;
        Ok(outcomes)
    }

    /// The whole article, parsed back.
    pub fn article(&self, id: i64) -> Result<Article> {
        read_article(&self.conn, id)
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
        let signature: Option<String> = tx
            .query_row("SELECT signature FROM articles WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?;
        let Some(signature) = signature else {
            return Err(StoreError::NoArticle(id));
        };
        let vector: Vec<(String, f64)> = serde_json::from_str(&signature).unwrap_or_default();
        let profile = grouping::signature(&read_article(&tx, id)?);
        let mut terms = TermCounts::new(&tx);
        if let Some(story) = story {
            terms.count_in_story(story, &vector, -1.0);
        }
        terms.count_in_library(&profile, -1);
        terms.flush()?;
        drop(terms);
        tx.execute("DELETE FROM articles_fts WHERE rowid = ?1", [id])?;
        tx.execute("DELETE FROM articles WHERE id = ?1", [id])?;
        if let Some(story) = story {
            renorm(&tx, story)?;
            refresh_story(&tx, story)?;
        }
        tx.commit()?;
        Ok(())
    }
}

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
    let (sentences, dropped) =
        serde_json::from_str(&body).map_err(|source| StoreError::DamagedArticle { id, source })?;
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
fn existing(tx: &rusqlite::Connection, hash: &str, url: Option<&str>) -> Result<Option<i64>> {
    Ok(tx
        .prepare_cached(
            "SELECT id FROM articles WHERE content_hash = ?1 OR (url IS NOT NULL AND url = ?2)",
        )?
        .query_row(params![hash, url], |r| r.get(0))
        .optional()?)
}

/// Adds one article inside a transaction the caller commits, placing it with
/// `placer`, which the caller flushes; its full-text row is the caller's too.
/// `hash` is its [`content_hash`]; `profile` is its profile when it was found
/// new (neither in the library nor earlier in the batch) and counted into the library.
fn add_in(
    tx: &rusqlite::Connection,
    placer: &mut Placer,
    article: &Article,
    hash: &str,
    profile: Option<Vec<(String, f64)>>,
) -> Result<AddOutcome> {
    let profile = match profile {
        Some(profile) => profile,
        None => {
            if let Some(id) = existing(tx, hash, article.url.as_deref())? {
                return Ok(AddOutcome::Duplicate { article: id });
            }
            let profile = grouping::signature(article);
            placer.count(&profile);
            profile
        }
    };
    let vector = placer.vector(&profile)?;
    let body = serde_json::to_string(&(&article.sentences, &article.dropped))?;
    let sig_json = serde_json::to_string(&vector)?;
    tx.prepare_cached(
        "INSERT INTO articles (source, url, title, outlet, author, published, content_hash, added_at, sentences, body, signature)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?
    .execute(params![
        article.source,
        article.url,
        article.title,
        article.outlet,
        article.author,
        article.published.map(|p| p.to_string()),
        hash,
        now(),
        article.sentences.len() as i64,
        body,
        sig_json
    ])?;
    let id = tx.last_insert_rowid();
    let placement = placer.place(article, &vector)?;
    let story = placement.story;
    tx.prepare_cached(
        "INSERT INTO story_articles (article_id, story_id, manual) VALUES (?1, ?2, 0)",
    )?
    .execute(params![id, story])?;
    placer.joined(story, &vector, placement.dot)?;
    if let Some((old, new)) = redate_story(tx, story, article)? {
        placer.redated(old, new);
    }
    Ok(AddOutcome::Added { article: id, story })
}

type Dates = (Option<String>, Option<String>);

/// A story's `last_day` (see the schema) before and after its dates changed,
/// when it changed.
pub(super) type Redated = Option<(i64, i64)>;

/// Widens a story's date range to an article that joined it, as placing the
/// next article needs; the rest of [`refresh_story`] waits for the end of the
/// batch.
fn redate_story(tx: &rusqlite::Connection, story: i64, article: &Article) -> Result<Redated> {
    let Some(published) = article.published.map(|p| p.to_string()) else {
        return Ok(None);
    };
    let before: Option<Dates> = tx
        .prepare_cached("SELECT first, last FROM stories WHERE id = ?1")?
        .query_row([story], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let after: Dates = tx
        .prepare_cached(
            "UPDATE stories SET
                 first = CASE WHEN first IS NULL OR ?2 < first THEN ?2 ELSE first END,
                 last = CASE WHEN last IS NULL OR ?2 > last THEN ?2 ELSE last END
             WHERE id = ?1 RETURNING first, last",
        )?
        .query_row(params![story, published], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .unwrap_or((None, None));
    redated(tx, story, before, after)
}

/// The `last_day` of a story with these dates.
fn last_day(tx: &rusqlite::Connection, (first, last): &Dates) -> Result<i64> {
    Ok(tx
        .prepare_cached(&format!(
            "SELECT COALESCE({}, {ANY_DAY})",
            last_day_of("?1", "?2")
        ))?
        .query_row(params![first, last], |r| r.get(0))?)
}

/// Whether a story's `last_day` changed with its dates going from `before`
/// to `after`; when it did, its term rows are given the new one.
fn redated(
    tx: &rusqlite::Connection,
    story: i64,
    before: Option<Dates>,
    after: Dates,
) -> Result<Redated> {
    if before.as_ref() == Some(&after) {
        return Ok(None);
    }
    let old = before.map(|dates| last_day(tx, &dates)).transpose()?;
    let new = last_day(tx, &after)?;
    if old == Some(new) {
        return Ok(None);
    }
    tx.prepare_cached("UPDATE story_terms SET last_day = ?2 WHERE story_id = ?1")?
        .execute([story, new])?;
    Ok(Some((old.unwrap_or(ANY_DAY), new)))
}

/// Recomputes a story's size, outlets and date range from its articles (a story
/// is small, and this runs only when its membership changes); an emptied story
/// goes. Says whether its `last_day` changed (its term rows carry it, and are
/// updated here).
pub(super) fn refresh_story(tx: &rusqlite::Connection, story: i64) -> Result<Redated> {
    let before: Option<Dates> = tx
        .prepare_cached("SELECT first, last FROM stories WHERE id = ?1")?
        .query_row([story], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let (articles, first, last): (i64, Option<String>, Option<String>) = tx
        .prepare_cached(
            "UPDATE stories SET (articles, outlets, first, last) = (
                 SELECT COUNT(a.id), COUNT(DISTINCT a.outlet) + COALESCE(SUM(a.outlet IS NULL), 0), MIN(a.published), MAX(a.published)
                 FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ?1)
             WHERE id = ?1 RETURNING articles, first, last",
        )?
        .query_row([story], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?
        .unwrap_or((0, None, None));
    if articles == 0 {
        tx.prepare_cached("DELETE FROM stories WHERE id = ?1")?
            .execute([story])?;
        return Ok(None);
    }
    super::titles::retitle(tx, story)?;
    redated(tx, story, before, (first, last))
}
