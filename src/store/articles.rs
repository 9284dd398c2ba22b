//! Articles in the library: adding one (deduplicated by content and by URL, in
//! its own savepoint, placed in a story), reading one back, listing, removing.

use super::{Library, Result, StoreError, grouping, now};
use crate::ingest::{Article, Published};
use rusqlite::{OptionalExtension, params};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

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

/// The hash that recognises the same article again: its cleaned sentences.
pub fn content_hash(article: &Article) -> String {
    let mut h = Sha256::new();
    for s in &article.sentences {
        h.update(s.text.as_bytes());
        h.update([0]);
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
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
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let outcome = add_in(&tx, article)?;
        tx.commit()?;
        Ok(outcome)
    }

    /// Adds several articles in one transaction. Should any article fail, the
    /// batch is rolled back and each article is added in a transaction of its
    /// own, so a failure costs only that article and never leaves half of one.
    /// (No savepoint per article: FTS5 flushes its index at every savepoint.)
    pub fn add_batch(&mut self, articles: &[Article]) -> Result<Vec<Result<AddOutcome>>> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut outcomes = Vec::with_capacity(articles.len());
        for article in articles {
            match add_in(&tx, article) {
                Ok(outcome) => outcomes.push(Ok(outcome)),
                Err(_) => {
                    drop(tx);
                    return Ok(articles.iter().map(|a| self.add(a)).collect());
                }
            }
        }
        tx.commit()?;
        Ok(outcomes)
    }

    /// The whole article, parsed back.
    pub fn article(&self, id: i64) -> Result<Article> {
        let found = self
            .conn
            .query_row(
                "SELECT source, url, title, outlet, author, published, body FROM articles WHERE id = ?1",
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
            .ok_or_else(|| StoreError(format!("no article {id} in the library")))?;
        let (source, url, title, outlet, author, published, body) = found;
        let (sentences, dropped) = serde_json::from_str(&body)
            .map_err(|e| StoreError(format!("article {id}: damaged body: {e}")))?;
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

    /// Articles of a story (or all), by date then id, without their bodies.
    pub fn articles(&self, story: Option<i64>) -> Result<Vec<ArticleRow>> {
        let sql = format!(
            "SELECT {ROW} FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id
             WHERE ?1 IS NULL OR sa.story_id = ?1 ORDER BY a.published IS NULL, a.published, a.id"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt
            .query_map([story], row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
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
            return Err(StoreError(format!("no article {id} in the library")));
        };
        let signature: Vec<(String, f64)> = serde_json::from_str(&signature).unwrap_or_default();
        if let Some(story) = story {
            add_story_terms(&tx, story, &signature, -1)?;
        }
        add_library_terms(&tx, &signature, -1)?;
        tx.execute("DELETE FROM articles_fts WHERE rowid = ?1", [id])?;
        tx.execute("DELETE FROM articles WHERE id = ?1", [id])?;
        if let Some(story) = story {
            refresh_story(&tx, story)?;
        }
        tx.commit()?;
        Ok(())
    }
}

/// Adds one article inside a transaction (or savepoint) the caller commits.
fn add_in(tx: &rusqlite::Connection, article: &Article) -> Result<AddOutcome> {
    let hash = content_hash(article);
    let existing: Option<i64> = tx
        .query_row(
            "SELECT id FROM articles WHERE content_hash = ?1 OR (url IS NOT NULL AND url = ?2)",
            params![hash, article.url],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = existing {
        return Ok(AddOutcome::Duplicate { article: id });
    }
    let signature = grouping::signature(article);
    let body = serde_json::to_string(&(&article.sentences, &article.dropped))
        .map_err(|e| StoreError(e.to_string()))?;
    let sig_json = serde_json::to_string(&signature).map_err(|e| StoreError(e.to_string()))?;
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
    tx.prepare_cached("INSERT INTO articles_fts (rowid, title, body) VALUES (?1, ?2, ?3)")?
        .execute(params![id, article.title, article.body()])?;
    let story = place(tx, article, &signature)?;
    tx.prepare_cached(
        "INSERT INTO story_articles (article_id, story_id, manual) VALUES (?1, ?2, 0)",
    )?
    .execute(params![id, story])?;
    add_story_terms(tx, story, &signature, 1)?;
    add_library_terms(tx, &signature, 1)?;
    refresh_story(tx, story)?;
    Ok(AddOutcome::Added { article: id, story })
}

/// Recomputes a story's size, outlets and date range from its articles (a story
/// is small, and this runs only when its membership changes); an emptied story
/// goes.
pub(super) fn refresh_story(tx: &rusqlite::Connection, story: i64) -> Result<()> {
    tx.prepare_cached(
        "UPDATE stories SET (articles, outlets, first, last) = (
             SELECT COUNT(a.id), COUNT(DISTINCT a.outlet) + COALESCE(SUM(a.outlet IS NULL), 0), MIN(a.published), MAX(a.published)
             FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ?1)
         WHERE id = ?1",
    )?
    .execute([story])?;
    tx.prepare_cached("DELETE FROM stories WHERE id = ?1 AND articles = 0")?
        .execute([story])?;
    Ok(())
}

/// Counts a signature's terms into (or, with `sign` −1, out of) a story.
pub(super) fn add_story_terms(
    tx: &rusqlite::Connection,
    story: i64,
    signature: &[(String, f64)],
    sign: i64,
) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO story_terms (term, story_id, count) VALUES (?1, ?2, ?3)
         ON CONFLICT (term, story_id) DO UPDATE SET count = count + excluded.count",
    )?;
    for (term, _) in signature {
        stmt.execute(params![term, story, sign])?;
    }
    tx.execute(
        "DELETE FROM story_terms WHERE story_id = ?1 AND count <= 0",
        [story],
    )?;
    Ok(())
}

/// Counts a signature's terms into (or out of) the library-wide term counts.
fn add_library_terms(
    tx: &rusqlite::Connection,
    signature: &[(String, f64)],
    sign: i64,
) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO term_articles (term, count) VALUES (?1, ?2)
         ON CONFLICT (term) DO UPDATE SET count = count + excluded.count",
    )?;
    for (term, _) in signature {
        stmt.execute(params![term, sign])?;
    }
    Ok(())
}

/// Most stories looked at closely when placing an article.
const MAX_CANDIDATES: usize = 25;

/// Finds the story an article joins, or starts one.
fn place(tx: &rusqlite::Connection, article: &Article, signature: &[(String, f64)]) -> Result<i64> {
    let total: f64 = tx.query_row("SELECT COALESCE(MAX(id), 0) FROM articles", [], |r| {
        r.get::<_, i64>(0)
    })? as f64;
    let mut rarity_of: BTreeMap<String, f64> = BTreeMap::new();
    let mut counts: BTreeMap<i64, BTreeMap<String, u32>> = BTreeMap::new();
    {
        let mut lib = tx.prepare_cached("SELECT count FROM term_articles WHERE term = ?1")?;
        let mut st =
            tx.prepare_cached("SELECT story_id, count FROM story_terms WHERE term = ?1")?;
        for (term, _) in signature {
            let df: i64 = lib.query_row([term], |r| r.get(0)).optional()?.unwrap_or(0);
            rarity_of.insert(term.clone(), ((total + 1.0) / (df as f64 + 1.0)).ln() + 1.0);
            // Terms every story has say nothing; skip the long posting lists.
            if (df as f64) > (total * 0.02).max(30.0) {
                continue;
            }
            let rows = st.query_map([term], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, u32>(1)?)))?;
            for row in rows {
                let (story, count) = row?;
                counts.entry(story).or_default().insert(term.clone(), count);
            }
        }
    }
    let mut candidates = Vec::new();
    let mut size = tx.prepare_cached("SELECT articles, first, last FROM stories WHERE id = ?1")?;
    // Only stories that share a real part of the signature are worth a closer look,
    // the ones that share most first.
    let mut shared: Vec<(i64, BTreeMap<String, u32>)> =
        counts.into_iter().filter(|(_, c)| c.len() >= 3).collect();
    shared.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
    shared.truncate(MAX_CANDIDATES);
    for (story, counts) in shared {
        let (articles, first, last): (u32, Option<String>, Option<String>) =
            size.query_row([story], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        let date = |d: Option<String>| {
            d.and_then(|d| crate::ingest::dates::find_date(&d))
                .map(|f| f.published)
        };
        let dates: Option<(Published, Published)> = date(first).zip(date(last));
        candidates.push(grouping::Candidate {
            story,
            articles,
            counts,
            dates,
        });
    }
    let rarity = |t: &str| rarity_of.get(t).copied().unwrap_or(1.0);
    if let Some(story) = grouping::choose(signature, article.published, &candidates, rarity) {
        return Ok(story);
    }
    let title = article
        .title
        .clone()
        .or_else(|| article.sentences.first().map(|s| s.text.clone()))
        .unwrap_or_else(|| article.source.clone());
    tx.execute(
        "INSERT INTO stories (title, named, created_at) VALUES (?1, 0, ?2)",
        params![title, now()],
    )?;
    Ok(tx.last_insert_rowid())
}
