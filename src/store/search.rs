//! Full-text search over titles and bodies (SQLite FTS5, ranked by BM25), with
//! snippets whose matches are marked by [`MATCH_START`] and [`MATCH_END`].
//! At most [`RANKED_AT_MOST`] matches are ranked, so a search of common words
//! stays quick however large the library grows. The index keeps no copy of the
//! text (schema 9); snippets are cut here from the article's own sentences,
//! around the first match in the first [`SCANNED`] bytes of its body (FTS5's
//! snippet scoring, which also needs the copy, weighs every match of a
//! document: a minute on one huge article full of the word searched for).

use super::articles::body_text;
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
        let fts = fts_query(query).ok_or(StoreError::EmptySearch)?;
        // The newest match beyond those ranked, if there are that many.
        let beyond: Option<i64> = self
            .conn
            .prepare_cached(&format!(
                "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?1
                 ORDER BY rowid DESC LIMIT 1 OFFSET {most}"
            ))?
            .query_row([&fts], |r| r.get(0))
            .optional()?;
        // FTS5 ranks (ORDER BY rank); the joins run for the best rows only.
        // The index keeps no copy of the text: snippets come from the article.
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT h.id, sa.story_id, a.title, a.outlet, a.body, h.rank FROM (
                 SELECT rowid AS id, rank
                 FROM articles_fts
                 WHERE articles_fts MATCH ?1 AND rowid > ?2 AND rank MATCH 'bm25(5.0, 1.0)'
                 ORDER BY rank LIMIT {limit}
             ) h JOIN articles a ON a.id = h.id
             LEFT JOIN story_articles sa ON sa.article_id = h.id
             ORDER BY h.rank, h.id"
        ))?;
        let words = query_words(query);
        let rows = stmt
            .query_map(rusqlite::params![fts, beyond.unwrap_or(i64::MIN)], |r| {
                let hit = Hit {
                    article: r.get(0)?,
                    story: r.get(1)?,
                    title: r.get(2)?,
                    outlet: r.get(3)?,
                    snippet: String::new(),
                    rank: r.get(5)?,
                };
                Ok((hit, r.get::<_, String>(4)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let hits = rows
            .into_iter()
            .map(|(mut hit, stored)| {
                let body = body_text(hit.article, &stored)?;
                hit.snippet = snippet(scanned(&body), &words);
                Ok(hit)
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Found {
            hits,
            all_ranked: beyond.is_none(),
        })
    }
}

/// Bytes of a body searched for a snippet: a match further in (in an
/// article of megabytes) gives the body's start instead.
pub const SCANNED: usize = 256 * 1024;

/// The first [`SCANNED`] bytes of `body`, cut at a character boundary.
fn scanned(body: &str) -> &str {
    let mut end = body.len().min(SCANNED);
    while !body.is_char_boundary(end) {
        end -= 1;
    }
    &body[..end]
}

/// Words shown before and after the first match.
const BEFORE: usize = 6;
const AFTER: usize = 10;

/// The query's words as FTS5 tokenises them (letters and digits), lowercased.
fn query_words(input: &str) -> Vec<String> {
    input
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// A stretch of `body` around the first place where most of `words` stand
/// close together, matches marked, on one line; the body's start when no word
/// matches.
fn snippet(body: &str, words: &[String]) -> String {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in body.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, body.len()));
    }
    // Which query word each word of the body is, if any.
    let which: Vec<Option<usize>> = spans
        .iter()
        .map(|&(s, e)| {
            let word = &body[s..e];
            words
                .iter()
                .position(|w| word.chars().flat_map(char::to_lowercase).eq(w.chars()))
        })
        .collect();
    let is_match = |n: usize| which[n].is_some();
    // The first stretch holding the most of the query's words.
    let mut first = None;
    let mut best = 0;
    for i in (0..spans.len()).filter(|&i| is_match(i)) {
        let mut seen: Vec<usize> = which[i..(i + AFTER).min(spans.len())]
            .iter()
            .flatten()
            .copied()
            .collect();
        seen.sort_unstable();
        seen.dedup();
        if seen.len() > best {
            (first, best) = (Some(i), seen.len());
            if best == words.len() {
                break;
            }
        }
    }
    let from = first.map_or(0, |i| i.saturating_sub(BEFORE));
    let to = first.map_or(BEFORE + AFTER, |i| i + AFTER).min(spans.len());
    if spans.is_empty() {
        return String::new();
    }
    let mut out = String::new();
    // Text between words, on one line (any run of spaces or breaks is one space).
    let push_gap = |out: &mut String, gap: &str| {
        let mut last_space = false;
        for c in gap.chars() {
            let space = c.is_whitespace();
            if !(space && last_space) {
                out.push(if space { ' ' } else { c });
            }
            last_space = space;
        }
    };
    if from > 0 {
        out.push('…');
    } else {
        push_gap(&mut out, body[..spans[0].0].trim_start());
    }
    for (n, span) in spans[from..to].iter().enumerate() {
        if n > 0 {
            push_gap(&mut out, &body[spans[from + n - 1].1..span.0]);
        }
        let word = &body[span.0..span.1];
        if is_match(from + n) {
            out.push(MATCH_START);
            out.push_str(word);
            out.push(MATCH_END);
        } else {
            out.push_str(word);
        }
    }
    if to < spans.len() {
        out.push('…');
    } else {
        push_gap(&mut out, body[spans[to - 1].1..].trim_end());
    }
    // Adjacent matches ("Union of Journalists") read as one stretch.
    out.replace(&format!("{MATCH_END} {MATCH_START}"), " ")
}

#[cfg(test)]
mod tests {
    /// The snippet with its marks shown as brackets.
    fn snippet(body: &str, query: &str) -> String {
        super::snippet(body, &super::query_words(query))
            .replace(super::MATCH_START, "[")
            .replace(super::MATCH_END, "]")
    }

    #[test]
    fn snippets_mark_the_first_match_on_one_line() {
        let cases = [
            ("The minister spoke.", "minister", "The [minister] spoke."),
            (
                "A\n\nUnion of  Journalists\r\nsaid",
                "union of journalists",
                "A [Union of Journalists] said",
            ),
            (
                "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen MINISTER x",
                "minister",
                "…twelve thirteen fourteen fifteen sixteen seventeen [MINISTER] x",
            ),
            (
                "no match in the body here",
                "absent",
                "no match in the body here",
            ),
            ("Élysée palace", "élysée", "[Élysée] palace"),
            (
                "One of them said so. Later the Union of Journalists met.",
                "union of journalists",
                "One [of] them said so. Later the [Union of Journalists] met.",
            ),
            ("", "x", ""),
        ];
        for (body, query, want) in cases {
            assert_eq!(snippet(body, query), want, "{body:?}");
        }
        let long: String = (0..40).map(|i| format!("w{i} ")).collect();
        assert!(snippet(&long, "nothing").ends_with('…'));
    }

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
