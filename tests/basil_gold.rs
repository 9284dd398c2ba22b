//! Checks the hand-labelled BASIL alignment gold (tests/support/basil_gold.rs)
//! against the fixture articles: every labelled prefix names exactly one sentence
//! of its article as parallax splits it, and every group links at least two
//! articles. Fails when the splitter or a fixture changes under the gold.

#[allow(dead_code)] // the scorer in support::gold is used by align_eval, not here
mod support {
    pub mod basil_gold;
    pub mod gold;
}

use parallax::ingest::{Article, read_article};
use std::collections::HashSet;
use std::path::Path;
use support::basil_gold::*;
use support::gold::GoldGroup;

fn articles(files: &[&str]) -> Vec<Article> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/basil");
    files
        .iter()
        .map(|f| {
            let path = dir.join(f);
            read_article(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        })
        .collect()
}

/// Problems with one event's gold, one line each (empty when the gold is sound);
/// prints the number of groups and of sure cross-article pairs.
fn problems(files: &[&str], gold: &[GoldGroup]) -> Vec<String> {
    let articles = articles(files);
    let mut out = Vec::new();
    let mut sure = HashSet::new();
    for (g, group) in gold.iter().enumerate() {
        for &(doc, prefix) in group.members.iter().chain(group.maybe) {
            let Some(article) = articles.get(doc) else {
                out.push(format!("group {g}: no document {doc}"));
                continue;
            };
            let hits = article
                .sentences
                .iter()
                .filter(|s| s.text.starts_with(prefix))
                .count();
            if hits != 1 {
                out.push(format!("group {g}: doc {doc} {prefix:?} matches {hits}"));
            }
        }
        let resolved: Vec<(usize, Option<usize>)> = group
            .members
            .iter()
            .map(|&(doc, prefix)| {
                let sentence = articles
                    .get(doc)
                    .and_then(|a| a.sentences.iter().position(|s| s.text.starts_with(prefix)));
                (doc, sentence)
            })
            .collect();
        for &a in &resolved {
            for &b in &resolved {
                if a.0 < b.0 {
                    sure.insert((a, b));
                }
            }
        }
        let docs: HashSet<usize> = group.members.iter().map(|&(d, _)| d).collect();
        if docs.len() < 2 {
            out.push(format!("group {g}: members from {} article(s)", docs.len()));
        }
    }
    println!(
        "{} groups, {} sure cross-article pairs",
        gold.len(),
        sure.len()
    );
    out
}

#[test]
fn event_a_gold_resolves() {
    let p = problems(EVENT_A_FILES, EVENT_A);
    assert!(p.is_empty(), "{}", p.join("\n"));
}

#[test]
fn event_b_gold_resolves() {
    let p = problems(EVENT_B_FILES, EVENT_B);
    assert!(p.is_empty(), "{}", p.join("\n"));
}

#[test]
fn event_c_gold_resolves() {
    let p = problems(EVENT_C_FILES, EVENT_C);
    assert!(p.is_empty(), "{}", p.join("\n"));
}
