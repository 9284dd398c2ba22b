//! Stories in the library: listing them with their outlets and dates, and the
//! corrections a person makes — rename, merge, move an article, split — which
//! automatic grouping never undoes (it only places articles as they are added,
//! and `regroup` keeps every article a person placed). A correction speaks
//! for the articles a person saw together: moving an article into a story, or
//! merging two, pins the story's members as well as the ones moved; a split
//! pins both halves, so that grouping again cannot put them back together.

use super::batch::refresh_story;
use super::centroid::{Vector, decode};
use super::window::adjust;
use super::{Library, Result, StoreError, now};
use rusqlite::{OptionalExtension, params};

/// A story as the library lists it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct StoryRow {
    pub id: i64,
    pub title: String,
    pub articles: i64,
    /// Distinct known outlets (articles without an outlet count once each).
    pub outlets: i64,
    pub first: Option<String>,
    pub last: Option<String>,
    /// Share of sentences the outlets share, once the story has been aligned.
    pub agreement: Option<f64>,
}

fn story_row(r: &rusqlite::Row) -> rusqlite::Result<StoryRow> {
    Ok(StoryRow {
        id: r.get(0)?,
        title: r.get(1)?,
        articles: r.get(2)?,
        outlets: r.get(3)?,
        first: r.get(4)?,
        last: r.get(5)?,
        agreement: r.get(6)?,
    })
}

impl Library {
    /// All stories, most recent first (by their latest article), without bodies.
    pub fn stories(&self) -> Result<Vec<StoryRow>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, title, articles, outlets, first, last, agreement FROM stories
             WHERE articles > 0",
        )?;
        let mut rows = stmt
            .query_map([], story_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        // Sorted here, not by SQLite: a scan and a sort in memory are several
        // times quicker than its sorter or than reading through the date index.
        // Undated stories come last (None sorts below any date).
        rows.sort_unstable_by(|a, b| (&b.last, b.id).cmp(&(&a.last, a.id)));
        Ok(rows)
    }

    pub fn story(&self, id: i64) -> Result<StoryRow> {
        self.conn
            .prepare_cached(
                "SELECT id, title, articles, outlets, first, last, agreement FROM stories
                 WHERE id = ?1 AND articles > 0",
            )?
            .query_row([id], story_row)
            .optional()?
            .ok_or_else(|| StoreError::NoStory(id))
    }

    fn require_story(&self, id: i64) -> Result<()> {
        let found: Option<i64> = self
            .conn
            .query_row("SELECT id FROM stories WHERE id = ?1", [id], |r| r.get(0))
            .optional()?;
        found.map(|_| ()).ok_or_else(|| StoreError::NoStory(id))
    }

    /// Names a story; the name sticks. A name with nothing to read in it (blank,
    /// or only control characters) is refused.
    pub fn rename_story(&mut self, id: i64, title: &str) -> Result<()> {
        let title = story_title(title)?;
        self.require_story(id)?;
        self.conn.execute(
            "UPDATE stories SET title = ?1, named = 1 WHERE id = ?2",
            params![title, id],
        )?;
        Ok(())
    }

    /// Moves every article of `from` into `into`, as a person's decision.
    pub fn merge_stories(&mut self, into: i64, from: i64) -> Result<()> {
        if into == from {
            return Err(StoreError::MergeIntoItself);
        }
        self.require_story(into)?;
        self.require_story(from)?;
        let ids: Vec<i64> = self.articles(Some(from))?.iter().map(|a| a.id).collect();
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        pin_members(&tx, into)?;
        for id in ids {
            move_one(&tx, id, into)?;
        }
        tx.execute("DELETE FROM stories WHERE id = ?1", [from])?;
        tx.execute("UPDATE stories SET agreement = NULL WHERE id = ?1", [into])?;
        tx.commit()?;
        Ok(())
    }

    /// Puts an article in another story, as a person's decision.
    pub fn move_article(&mut self, article: i64, story: i64) -> Result<()> {
        self.require_story(story)?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        pin_members(&tx, story)?;
        move_one(&tx, article, story)?;
        tx.commit()?;
        Ok(())
    }

    /// Takes the given articles out of their story into a new one; returns its id.
    pub fn split_story(&mut self, articles: &[i64], title: Option<&str>) -> Result<i64> {
        let first = *articles.first().ok_or(StoreError::NothingToSplit)?;
        let default_title: Option<String> = self
            .conn
            .query_row("SELECT title FROM articles WHERE id = ?1", [first], |r| {
                r.get(0)
            })
            .optional()?
            .flatten();
        let title = title
            .map(story_title)
            .transpose()?
            .or(default_title)
            .unwrap_or_else(|| format!("Story of article {first}"));
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO stories (title, named, created_at) VALUES (?1, ?2, ?3)",
            params![title, 1, now()],
        )?;
        let story = tx.last_insert_rowid();
        for &id in articles {
            if let Some(from) = story_of(&tx, id)? {
                pin_members(&tx, from)?;
            }
            move_one(&tx, id, story)?;
        }
        tx.commit()?;
        Ok(story)
    }

    /// Remembers how much a story's outlets agree (from an alignment).
    pub fn set_agreement(&mut self, story: i64, agreement: f64) -> Result<()> {
        self.conn.execute(
            "UPDATE stories SET agreement = ?1 WHERE id = ?2",
            params![agreement, story],
        )?;
        Ok(())
    }
}

/// A title a person gave: terminal-safe, white space folded; refused when
/// nothing is left.
fn story_title(given: &str) -> Result<String> {
    let title = crate::ingest::text_clean(given);
    if title.is_empty() {
        return Err(StoreError::BlankTitle);
    }
    Ok(title)
}

/// Marks every article of a story as placed by a person.
fn pin_members(tx: &rusqlite::Transaction, story: i64) -> Result<()> {
    tx.prepare_cached("UPDATE story_articles SET manual = 1 WHERE story_id = ?1")?
        .execute([story])?;
    Ok(())
}

fn story_of(tx: &rusqlite::Transaction, article: i64) -> Result<Option<i64>> {
    Ok(tx
        .prepare_cached("SELECT story_id FROM story_articles WHERE article_id = ?1")?
        .query_row([article], |r| r.get(0))
        .optional()?)
}

fn move_one(tx: &rusqlite::Transaction, article: i64, story: i64) -> Result<()> {
    let found: Option<(Option<i64>, Vector)> = tx
        .query_row(
            "SELECT sa.story_id, a.signature FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id WHERE a.id = ?1",
            [article],
            |r| Ok((r.get(0)?, decode(r.get_ref(1)?))),
        )
        .optional()?;
    let (old, vector) = found.ok_or(StoreError::NoArticle(article))?;
    if let Some(old) = old {
        adjust(tx, old, &vector, -1.0)?;
        tx.execute("UPDATE stories SET agreement = NULL WHERE id = ?1", [old])?;
    }
    adjust(tx, story, &vector, 1.0)?;
    tx.execute(
        "INSERT INTO story_articles (article_id, story_id, manual) VALUES (?1, ?2, 1)
         ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, manual = 1",
        params![article, story],
    )?;
    tx.execute("UPDATE stories SET agreement = NULL WHERE id = ?1", [story])?;
    if let Some(old) = old {
        refresh_story(tx, old)?;
    }
    refresh_story(tx, story)?;
    Ok(())
}
