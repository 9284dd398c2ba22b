//! Full-text search over titles and bodies (SQLite FTS5, ranked by BM25), with
//! snippets whose matches are marked by [`MATCH_START`] and [`MATCH_END`].
//! At most [`RANKED_AT_MOST`] matches are ranked, so a search of common words
//! stays quick however large the library grows.

use super::{Library, Result, StoreError};
use rusqlite::OptionalExtension;

/// Marks the start of a matched stretch in a snippet (never in article text:
/// control characters are removed at ingest).
pub const MATCH_START: char = '\u{2}';
pub const MATCH_END: char = '\u{3}';

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Hit {
    pub article: i64,
    pub story: Option<i64>,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub snippet: String,
    pub rank: f64,
}

/// The user's words as an FTS5 query: each word quoted (so punctuation and
/// operators in the input are taken literally), all required.
fn fts_query(input: &str) -> Option<String> {
    let words: Vec<String> = input
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{}\"", w.replace('"', "")))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// Most matches ranked for one search. A query matching more articles than
/// this (common words only) ranks the newest this many: ranking costs time
/// for every article it looks at, and a search must stay quick at any size.
pub const RANKED_AT_MOST: usize = 5_000;

/// What a search found.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Found {
    /// The best matches, best first.
    pub hits: Vec<Hit>,
    /// False when more than [`RANKED_AT_MOST`] articles matched and only the
    /// newest of them were ranked.
    pub all_ranked: bool,
}

impl Library {
    /// Articles matching every word of `query`, best first (BM25, titles
    /// weighing five times the body).
    pub fn search(&self, query: &str, limit: usize) -> Result<Found> {
        self.search_ranking(query, limit, RANKED_AT_MOST)
    }

    /// [`Library::search`], ranking at most `most` matches.
    pub(super) fn search_ranking(&self, query: &str, limit: usize, most: usize) -> Result<Found> {
        let fts =
            fts_query(query).ok_or_else(|| StoreError("search for at least one word".into()))?;
        // The newest match beyond those ranked, if there are that many.
        let beyond: Option<i64> = self
            .conn
            .prepare_cached(&format!(
                "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?1
                 ORDER BY rowid DESC LIMIT 1 OFFSET {most}"
            ))?
            .query_row([&fts], |r| r.get(0))
            .optional()?;
        // FTS5 ranks (ORDER BY rank) and makes snippets for the best rows
        // only; the joins run for those.
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT h.id, sa.story_id, a.title, a.outlet, h.snippet, h.rank FROM (
                 SELECT rowid AS id, rank,
                        snippet(articles_fts, 1, char(2), char(3), '…', 16) AS snippet
                 FROM articles_fts
                 WHERE articles_fts MATCH ?1 AND rowid > ?2 AND rank MATCH 'bm25(5.0, 1.0)'
                 ORDER BY rank LIMIT {limit}
             ) h JOIN articles a ON a.id = h.id LEFT JOIN story_articles sa ON sa.article_id = h.id
             ORDER BY h.rank, h.id"
        ))?;
        let hits = stmt
            .query_map(rusqlite::params![fts, beyond.unwrap_or(i64::MIN)], |r| {
                let snippet: String = r.get(4)?;
                // Adjacent matches ("Union of Journalists") read as one stretch.
                let snippet = snippet.replace(&format!("{MATCH_END} {MATCH_START}"), " ");
                Ok(Hit {
                    article: r.get(0)?,
                    story: r.get(1)?,
                    title: r.get(2)?,
                    outlet: r.get(3)?,
                    snippet,
                    rank: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Found {
            hits,
            all_ranked: beyond.is_none(),
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn queries_are_quoted_words() {
        assert_eq!(
            super::fts_query("Union of Journalists").as_deref(),
            Some("\"Union\" \"of\" \"Journalists\"")
        );
        assert_eq!(
            super::fts_query("NEAR(\"x\" OR y*)").as_deref(),
            Some("\"NEAR\" \"x\" \"OR\" \"y\"")
        );
        assert_eq!(super::fts_query("  ,. "), None);
    }
}
