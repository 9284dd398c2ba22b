//! Adding articles, a batch to a transaction: each deduplicated (by content
//! hash and URL), stored, placed in a story (in memory, see `place`); the
//! stories joined are counted, dated and retitled once per batch; full-text
//! rows go in last. What depends on an article alone — its content hash and
//! grouping profile — is a [`Prepared`], which `parallax add` works out on its
//! parsing threads while the batch before is stored.

use super::articles::{AddOutcome, INDEX_ROW, content_hash, existing, indexed_body};
use super::centroid::{TermId, encode};
use super::days::days_of;
use super::place::Placer;
use super::schema::story_day;
use super::{Library, Result, StoreError, grouping, now};
use crate::ingest::Article;
use rusqlite::{OptionalExtension, params};
use std::collections::HashSet;

/// An article with what storing it needs that depends on it alone.
pub struct Prepared {
    pub article: Article,
    hash: String,
    profile: Vec<(String, f64)>,
}

impl Prepared {
    /// Works out an article's content hash and grouping profile (the
    /// article's outlet may still be changed: neither depends on it).
    pub fn new(article: Article) -> Self {
        Self {
            hash: content_hash(&article),
            profile: grouping::signature(&article),
            article,
        }
    }
}

impl Library {
    /// Adds an article, or recognises it as already there. All or nothing.
    pub fn add(&mut self, article: &Article) -> Result<AddOutcome> {
        // One outcome per article: never empty.
        self.add_all(&[Prepared::new(article.clone())])?
            .pop()
            .ok_or(StoreError::Sqlite(rusqlite::Error::QueryReturnedNoRows))
    }

    /// Adds several articles in one transaction (see [`Library::add_prepared`]).
    pub fn add_batch(&mut self, articles: &[Article]) -> Result<Vec<Result<AddOutcome>>> {
        let prepared: Vec<Prepared> = articles.iter().cloned().map(Prepared::new).collect();
        self.add_prepared(&prepared)
    }

    /// Adds several articles in one transaction. Should any article fail, the
    /// batch is rolled back and each article is added in a transaction of its
    /// own, so a failure costs only that article and never leaves half of one.
    pub fn add_prepared(&mut self, batch: &[Prepared]) -> Result<Vec<Result<AddOutcome>>> {
        match self.add_all(batch) {
            Ok(outcomes) => Ok(outcomes.into_iter().map(Ok).collect()),
            Err(_) => Ok(batch
                .iter()
                .map(|p| {
                    self.add_all(std::slice::from_ref(p))?
                        .pop()
                        .ok_or(StoreError::Sqlite(rusqlite::Error::QueryReturnedNoRows))
                })
                .collect()),
        }
    }

    /// Adds articles in one transaction, all or nothing.
    fn add_all(&mut self, batch: &[Prepared]) -> Result<Vec<AddOutcome>> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        // What the batch before held in memory, if still true.
        let (held, version) = self.kept.take(&tx)?;
        let mut placer = Placer::new(&tx, held)?;
        // The new articles' terms are counted first: each is weighed against
        // the whole batch as well as the library.
        let mut counted = Vec::with_capacity(batch.len());
        let mut seen = HashSet::new();
        for Prepared {
            article,
            hash,
            profile,
        } in batch
        {
            let new = existing(&tx, hash, article.url.as_deref())?.is_none()
                && seen.insert(hash.clone())
                && article
                    .url
                    .as_ref()
                    .is_none_or(|u| seen.insert(format!("url {u}")));
            counted.push(if new {
                Some(placer.count(profile)?)
            } else {
                None
            });
        }
        let mut outcomes = Vec::with_capacity(batch.len());
        for (prepared, counted) in batch.iter().zip(counted) {
            outcomes.push(add_in(&tx, &mut placer, prepared, counted)?);
        }
        placer.flush()?;
        // Each story joined is counted, dated and retitled once, for the whole batch.
        let mut joined = HashSet::new();
        for outcome in &outcomes {
            if let AddOutcome::Added { story, .. } = outcome
                && joined.insert(*story)
            {
                let days = refresh_story(&tx, *story)?;
                placer.redated(*story, days)?;
            }
        }
        let held = placer.into_held();
        // Full-text rows go in last, together: FTS5 writes out its pending
        // index whenever a statement opens a statement journal (foreign keys
        // and upserts do), and one write per batch keeps the index compact.
        let mut full_text = tx.prepare_cached(INDEX_ROW)?;
        for (prepared, outcome) in batch.iter().zip(&outcomes) {
            if let AddOutcome::Added { article: id, .. } = outcome {
                let article = &prepared.article;
                let body = article.body();
                full_text.execute(params![id, article.title, indexed_body(&body)])?;
            }
        }
        drop(full_text);
        tx.commit()?;
        self.kept.keep(held, version, &self.conn);
        Ok(outcomes)
    }
}

/// Adds one article inside a transaction the caller commits, placing it with
/// `placer`, which the caller flushes; its full-text row is the caller's too.
/// `counted` holds its terms' ids when it was found new (neither in the
/// library nor earlier in the batch) and its profile counted into the library.
fn add_in(
    tx: &rusqlite::Connection,
    placer: &mut Placer,
    prepared: &Prepared,
    counted: Option<Vec<TermId>>,
) -> Result<AddOutcome> {
    let Prepared {
        article,
        hash,
        profile,
    } = prepared;
    let ids = match counted {
        Some(ids) => ids,
        None => {
            if let Some(id) = existing(tx, hash, article.url.as_deref())? {
                return Ok(AddOutcome::Duplicate { article: id });
            }
            placer.count(profile)?
        }
    };
    let vector = placer.vector(profile, &ids);
    let body = serde_json::to_string(&(&article.sentences, &article.dropped))?;
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
        encode(vector.iter().copied())
    ])?;
    let id = tx.last_insert_rowid();
    let placement = placer.place(article, &vector, None)?;
    let story = placement.story;
    tx.prepare_cached(
        "INSERT INTO story_articles (article_id, story_id, manual) VALUES (?1, ?2, 0)",
    )?
    .execute(params![id, story])?;
    let day = article.published.map(|p| p.days());
    placer.joined(story, &vector, placement.dot, day)?;
    Ok(AddOutcome::Added { article: id, story })
}

/// Recomputes a story's size, outlets and date range from its articles (a story
/// is small, and this runs only when its membership changes), and its stored
/// day with them; an emptied story goes. Returns the story's days (see
/// `days::days_of`).
pub(super) fn refresh_story(tx: &rusqlite::Connection, story: i64) -> Result<Option<(i64, i64)>> {
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
    let days = days_of(first.as_deref(), last.as_deref());
    tx.prepare_cached(
        "UPDATE story_centroids SET last_day = ?2 WHERE story_id = ?1 AND last_day <> ?2",
    )?
    .execute(params![story, story_day(days)])?;
    Ok(days)
}
