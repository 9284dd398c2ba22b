//! Grouping the whole library again from scratch — after an upgrade or a big
//! import, when the library's term statistics have changed under the stories
//! — while keeping every correction a person made: an article a person put in
//! a story (moved, merged, split) stays there, and so does every article of a
//! story a person named. Every other article is placed again, oldest first,
//! against document frequencies counted over the whole library. A group that
//! comes out as it was keeps its story's id (and its agreement figure): an
//! article placed again that starts a story starts it under the id of its
//! old story, when no article holds that one yet.

use super::articles::read_article;
use super::batch::refresh_story;
use super::centroid::encode;
use super::place::Placer;
use super::{Library, Result};
use crate::ingest::Article;
use rusqlite::{Connection, params};
use std::collections::{HashMap, HashSet};

/// What a regroup did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Regrouped {
    pub articles: usize,
    /// Articles kept where a person put them.
    pub kept: usize,
    pub stories_before: usize,
    pub stories_after: usize,
}

/// Articles placed between flushes of the term tables (bounds memory).
const FLUSH_EVERY: usize = 512;

impl Library {
    /// Groups the whole library again (see the module doc). One transaction.
    pub fn regroup(&mut self) -> Result<Regrouped> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let done = rebuild(&tx, true)?;
        tx.commit()?;
        Ok(done)
    }
}

/// Rebuilds the term tables and centroids from the articles. With `regroup`,
/// articles no person placed are placed again; without, every article stays
/// in its story (a schema upgrade).
pub(super) fn rebuild(tx: &Connection, regroup: bool) -> Result<Regrouped> {
    let count = |sql: &str| -> Result<usize> {
        Ok(tx.query_row(sql, [], |r| r.get::<_, i64>(0))? as usize)
    };
    let stories_before = count("SELECT COUNT(*) FROM stories")?;
    // (id, story, kept where it is)
    let members: Vec<(i64, Option<i64>, bool)> = tx
        .prepare(
            "SELECT a.id, sa.story_id, COALESCE(sa.manual OR s.named, 0) FROM articles a
             LEFT JOIN story_articles sa ON sa.article_id = a.id
             LEFT JOIN stories s ON s.id = sa.story_id
             ORDER BY a.published IS NULL, a.published, a.id",
        )?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    // (Terms keep their ids: only their counts start again.)
    tx.execute_batch("DELETE FROM story_centroids; UPDATE terms SET articles = 0;")?;
    // Profiles are worked out again where they are needed rather than kept:
    // a library's worth of them (and of articles) would not fit in memory.
    let profile = |id: i64| -> Result<(Article, Vec<(String, f64)>)> {
        let article = read_article(tx, id)?;
        let profile = super::grouping::signature(&article);
        Ok((article, profile))
    };
    let mut placer = Placer::fresh(tx);
    for &(id, _, _) in &members {
        placer.count(&profile(id)?.1)?;
    }
    let mut kept = 0;
    // Articles placed again, by their index in `members`.
    let mut again: Vec<usize> = Vec::new();
    let mut signature = tx.prepare("UPDATE articles SET signature = ?2 WHERE id = ?1")?;
    for (k, &(id, story, keep)) in members.iter().enumerate() {
        match story {
            Some(story) if keep || !regroup => {
                let (article, profile) = profile(id)?;
                let ids = placer.ids(&profile)?;
                let vector = placer.vector(&profile, &ids);
                let dot = placer.dot(story, &vector)?;
                placer.joined(story, &vector, dot, day(&article))?;
                signature.execute(params![id, encode(vector.iter().copied())])?;
                kept += 1;
            }
            _ => {
                tx.execute("DELETE FROM story_articles WHERE article_id = ?1", [id])?;
                again.push(k);
            }
        }
        if k % FLUSH_EVERY == FLUSH_EVERY - 1 {
            placer.flush()?;
        }
    }
    placer.flush()?;
    // The stories that hold an article now; the others wait, empty, to be
    // given back to the first article placed again that starts a story, so
    // that a group regrouped as it was keeps its id.
    let mut held: HashSet<i64> = members
        .iter()
        .filter(|(_, _, keep)| *keep || !regroup)
        .filter_map(|(_, story, _)| *story)
        .collect();
    if regroup {
        for &story in &held {
            let days = refresh_story(tx, story)?;
            placer.redated(story, days)?;
        }
    }
    let mut joined =
        tx.prepare("INSERT INTO story_articles (article_id, story_id, manual) VALUES (?1, ?2, 0)")?;
    for (n, &k) in again.iter().enumerate() {
        let (id, before, _) = members[k];
        let (article, profile) = profile(id)?;
        let ids = placer.ids(&profile)?;
        let vector = placer.vector(&profile, &ids);
        let reuse = before.filter(|s| !held.contains(s));
        let placement = placer.place(&article, &vector, reuse)?;
        held.insert(placement.story);
        joined.execute(params![id, placement.story])?;
        placer.joined(placement.story, &vector, placement.dot, day(&article))?;
        signature.execute(params![id, encode(vector.iter().copied())])?;
        let days = refresh_story(tx, placement.story)?;
        placer.redated(placement.story, days)?;
        if n % FLUSH_EVERY == FLUSH_EVERY - 1 {
            placer.flush()?;
        }
    }
    placer.flush()?;
    drop(placer);
    let stories: Vec<i64> = tx
        .prepare("SELECT id FROM stories")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for story in stories {
        refresh_story(tx, story)?;
    }
    // A story whose articles changed is aligned again when next opened.
    let mut now: HashMap<i64, Vec<i64>> = HashMap::new();
    let rows: Vec<(i64, i64)> = tx
        .prepare("SELECT story_id, article_id FROM story_articles ORDER BY article_id")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (story, article) in rows {
        now.entry(story).or_default().push(article);
    }
    let mut was: HashMap<i64, Vec<i64>> = HashMap::new();
    for &(id, story, _) in &members {
        if let Some(story) = story {
            was.entry(story).or_default().push(id);
        }
    }
    let mut forget = tx.prepare("UPDATE stories SET agreement = NULL WHERE id = ?1")?;
    for (story, articles) in &now {
        let mut before = was.get(story).cloned().unwrap_or_default();
        before.sort_unstable();
        if &before != articles {
            forget.execute([story])?;
        }
    }
    drop(forget);
    Ok(Regrouped {
        articles: members.len(),
        kept,
        stories_before,
        stories_after: count("SELECT COUNT(*) FROM stories")?,
    })
}

fn day(article: &Article) -> Option<i64> {
    article.published.map(|p| p.days())
}
