//! Full-text search over titles and bodies (SQLite FTS5, ranked by BM25), with
//! snippets whose matches are marked by [`MATCH_START`] and [`MATCH_END`].

use super::{Library, Result, StoreError};

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

impl Library {
    /// Articles matching every word of `query`, best first.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<Hit>> {
        let fts =
            fts_query(query).ok_or_else(|| StoreError("search for at least one word".into()))?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT f.rowid, sa.story_id, a.title, a.outlet,
                    snippet(articles_fts, 1, char(2), char(3), '…', 16), bm25(articles_fts, 5.0, 1.0)
             FROM articles_fts f JOIN articles a ON a.id = f.rowid LEFT JOIN story_articles sa ON sa.article_id = a.id
             WHERE articles_fts MATCH ?1 ORDER BY bm25(articles_fts, 5.0, 1.0) LIMIT ?2",
        )?;
        let hits = stmt
            .query_map(rusqlite::params![fts, limit as i64], |r| {
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
        Ok(hits)
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
