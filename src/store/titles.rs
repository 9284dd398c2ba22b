//! A story's neutral title: the headline that shares the most words with the
//! other headlines of the story — the wording the outlets agree on — rather
//! than whichever outlet came first. A title a person gave is never replaced.

use super::Result;
use crate::align::terms::cached_content_key;
use crate::text::words::{TokenKind, tokens};
use rusqlite::{Connection, params};
use std::collections::HashSet;

/// Which of `titles` shares the most words with the others (the first of
/// equals); `None` when there is none.
pub fn most_shared(titles: &[&str]) -> Option<usize> {
    let words: Vec<HashSet<String>> = titles
        .iter()
        .map(|title| {
            tokens(title)
                .iter()
                .filter(|t| t.kind != TokenKind::Punct)
                .filter_map(|t| cached_content_key(t.text(title)))
                .collect()
        })
        .collect();
    let shared: Vec<usize> = (0..titles.len())
        .map(|i| {
            words
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .map(|(_, w)| w.intersection(&words[i]).count())
                .sum()
        })
        .collect();
    (0..titles.len()).max_by(|&a, &b| shared[a].cmp(&shared[b]).then(b.cmp(&a)))
}

/// Gives an automatically titled story the neutral title of its articles (of
/// its first 48: a story's wording is settled by then, and the cost stays bounded).
pub(super) fn retitle(tx: &Connection, story: i64) -> Result<()> {
    let titles: Vec<String> = tx
        .prepare_cached(
            "SELECT a.title FROM story_articles sa JOIN articles a ON a.id = sa.article_id
             WHERE sa.story_id = ?1 AND a.title IS NOT NULL
               AND NOT (SELECT named FROM stories WHERE id = ?1)
             ORDER BY a.published IS NULL, a.published, a.id LIMIT 48",
        )?
        .query_map([story], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let refs: Vec<&str> = titles.iter().map(String::as_str).collect();
    if let Some(best) = most_shared(&refs) {
        tx.prepare_cached("UPDATE stories SET title = ?2 WHERE id = ?1 AND named = 0")?
            .execute(params![story, titles[best]])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::most_shared;

    #[test]
    fn the_headline_most_shared_in_words_is_chosen() {
        let cases: &[(&[&str], Option<usize>)] = &[
            (&[], None),
            (&["Armenia freezes CSTO membership"], Some(0)),
            (
                &[
                    "Pashinyan lashes out at Moscow-led bloc",
                    "Armenia will leave the CSTO, says Pashinyan",
                    "Armenia to leave Russia-led CSTO military alliance",
                ],
                Some(1),
            ),
            // Equals: the first (earliest) wins.
            (&["Senate passes aid", "Senate passes aid"], Some(0)),
        ];
        for &(titles, want) in cases {
            assert_eq!(most_shared(titles), want, "{titles:?}");
        }
    }
}
