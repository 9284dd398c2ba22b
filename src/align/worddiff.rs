//! Word-level differences between two sentences, built on `similar` and wrapped in
//! our own types so that nothing else in parallax sees its API.
//!
//! Words are compared in normalised form (case, curly quotes and possessives do not
//! count as changes). Each side comes back as [`Segment`]s — byte ranges that
//! concatenate back to the original sentence exactly, white space included — marked
//! as shared, changed (replaced by other words on the other side) or only on this
//! side. A size guard bounds the diff on pathological input.

use crate::text::words::{Token, TokenKind, normalized_chars, tokens};
use serde::Serialize;
use similar::{Algorithm, DiffOp, capture_diff_slices};
use std::ops::Range;

/// Sentences longer than this (in tokens) are compared as wholes: changed. Myers'
/// diff is O(N·D), so this bounds one diff to well under a millisecond; a deadline
/// would cost a clock read inside the diff's loop on every call.
const MAX_TOKENS: usize = 400;
/// Up to this many table cells (tokens × tokens) the LCS table is used.
const LCS_CELLS: usize = 10_000;

/// How a stretch of one side relates to the other side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    Same,
    Changed,
    Only,
}

/// A stretch of a sentence, by byte range, with its mark.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Segment {
    pub range: Range<usize>,
    pub mark: Mark,
}

/// The word diff of a pair of sentences.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WordDiff {
    pub left: Vec<Segment>,
    pub right: Vec<Segment>,
    /// Pairs of word runs that one side replaced with the other, as text.
    pub substitutions: Vec<(String, String)>,
    /// Share of words that are the same on both sides, 0..1.
    pub similarity: f32,
}

/// The comparison key of a token: a hash of its normalised form, computed without
/// allocating (the diff runs per sentence pair, often).
fn key(text: &str, t: &Token) -> u64 {
    // FNV-1a over the characters: cheap, and collisions only blur a highlight.
    let fnv = |chars: &mut dyn Iterator<Item = char>| {
        chars.fold(0xcbf2_9ce4_8422_2325u64, |h, c| {
            (h ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3)
        })
    };
    match t.kind {
        TokenKind::Punct => match t.text(text) {
            "“" | "”" | "„" | "«" | "»" => fnv(&mut "\"".chars()),
            "‘" | "’" => fnv(&mut "'".chars()),
            "–" | "—" => fnv(&mut "-".chars()),
            p => fnv(&mut p.chars()),
        },
        _ => {
            let word = t.text(text);
            if word.is_ascii() && !word.contains(['.', '\'']) {
                fnv(&mut word.bytes().map(|b| char::from(b.to_ascii_lowercase())))
            } else {
                fnv(&mut normalized_chars(word))
            }
        }
    }
}

/// Diffs two sentences word by word.
pub fn diff_words(left: &str, right: &str) -> WordDiff {
    let (lt, rt) = (tokens(left), tokens(right));
    if lt.len() > MAX_TOKENS || rt.len() > MAX_TOKENS {
        return WordDiff {
            left: whole(left, Mark::Changed),
            right: whole(right, Mark::Changed),
            substitutions: Vec::new(),
            similarity: 0.0,
        };
    }
    let lk: Vec<u64> = lt.iter().map(|t| key(left, t)).collect();
    let rk: Vec<u64> = rt.iter().map(|t| key(right, t)).collect();
    // Sentences are short: the classic LCS table is exact and, at this size,
    // cheaper than Myers' divide and conquer on two dissimilar sentences.
    let algorithm = if lk.len() * rk.len() <= LCS_CELLS {
        Algorithm::Lcs
    } else {
        Algorithm::Myers
    };
    let ops = capture_diff_slices(algorithm, &lk, &rk);
    let mut lmarks = vec![Mark::Same; lt.len()];
    let mut rmarks = vec![Mark::Same; rt.len()];
    let mut substitutions = Vec::new();
    let mut same_words = 0;
    for op in ops {
        match op {
            DiffOp::Equal { old_index, len, .. } => {
                same_words += lt[old_index..old_index + len]
                    .iter()
                    .filter(|t| t.kind != TokenKind::Punct)
                    .count();
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => lmarks[old_index..old_index + old_len].fill(Mark::Only),
            DiffOp::Insert {
                new_index, new_len, ..
            } => rmarks[new_index..new_index + new_len].fill(Mark::Only),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                lmarks[old_index..old_index + old_len].fill(Mark::Changed);
                rmarks[new_index..new_index + new_len].fill(Mark::Changed);
                let span = |toks: &[Token], text: &str| {
                    text[toks[0].span.start..toks[toks.len() - 1].span.end].to_string()
                };
                substitutions.push((
                    span(&lt[old_index..old_index + old_len], left),
                    span(&rt[new_index..new_index + new_len], right),
                ));
            }
        }
    }
    let words = |ts: &[Token]| ts.iter().filter(|t| t.kind != TokenKind::Punct).count();
    let total = words(&lt).max(words(&rt)).max(1);
    WordDiff {
        left: segments(left, &lt, &lmarks),
        right: segments(right, &rt, &rmarks),
        substitutions,
        similarity: same_words as f32 / total as f32,
    }
}

fn whole(text: &str, mark: Mark) -> Vec<Segment> {
    if text.is_empty() {
        Vec::new()
    } else {
        vec![Segment {
            range: 0..text.len(),
            mark,
        }]
    }
}

/// Turns per-token marks into runs covering the whole text: white space between
/// two tokens of one mark takes that mark, otherwise it counts as shared.
fn segments(text: &str, toks: &[Token], marks: &[Mark]) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::new();
    let mut push = |range: Range<usize>, mark: Mark| {
        if range.is_empty() {
            return;
        }
        match out.last_mut() {
            Some(last) if last.mark == mark && last.range.end == range.start => {
                last.range.end = range.end
            }
            _ => out.push(Segment { range, mark }),
        }
    };
    let mut at = 0;
    for (i, t) in toks.iter().enumerate() {
        let gap_mark = match (i.checked_sub(1).map(|p| marks[p]), marks[i]) {
            (Some(p), m) if p == m => m,
            _ => Mark::Same,
        };
        push(at..t.span.start, gap_mark);
        push(t.span.clone(), marks[i]);
        at = t.span.end;
    }
    push(at..text.len(), Mark::Same);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn marked(text: &str, segs: &[Segment], mark: Mark) -> Vec<String> {
        segs.iter()
            .filter(|s| s.mark == mark)
            .map(|s| text[s.range.clone()].trim().to_string())
            .collect()
    }

    #[test]
    fn case_table() {
        // left, right, changed on the left, changed on the right, only on the right
        type Case<'a> = (
            &'a str,
            &'a str,
            &'a [&'a str],
            &'a [&'a str],
            &'a [&'a str],
        );
        let cases: &[Case] = &[
            // left, right, changed on the left, changed on the right, only on the right
            (
                "Armenia withdraws from the CSTO.",
                "Armenia freezes the CSTO.",
                &["withdraws from"],
                &["freezes"],
                &[],
            ),
            (
                "At least ten journalists were injured.",
                "At least 10 journalists were injured.",
                &["ten"],
                &["10"],
                &[],
            ),
            ("Russia said no.", "russia said no.", &[], &[], &[]),
            ("He said “yes”.", "He said \"yes\".", &[], &[], &[]),
            (
                "The vote passed.",
                "The vote passed on Tuesday.",
                &[],
                &[],
                &["on Tuesday"],
            ),
        ];
        for &(l, r, lc, rc, ro) in cases {
            let d = diff_words(l, r);
            assert_eq!(marked(l, &d.left, Mark::Changed), lc, "{l} | {r}");
            assert_eq!(marked(r, &d.right, Mark::Changed), rc, "{l} | {r}");
            assert_eq!(marked(r, &d.right, Mark::Only), ro, "{l} | {r}");
        }
    }

    #[test]
    fn substitutions_and_similarity() {
        let d = diff_words(
            "Armenia withdraws from the alliance",
            "Armenia leaves the alliance",
        );
        assert_eq!(
            d.substitutions,
            vec![("withdraws from".to_string(), "leaves".to_string())]
        );
        assert!(d.similarity > 0.5 && d.similarity < 1.0);
        assert_eq!(diff_words("same words", "Same words").similarity, 1.0);
    }

    #[test]
    fn pathological_input_is_bounded() {
        let a = "word ".repeat(5_000);
        let b = "other ".repeat(5_000);
        let started = std::time::Instant::now();
        let d = diff_words(&a, &b);
        assert_eq!(d.left.len(), 1);
        // The largest pair that is still diffed word by word: all different.
        let a = "alpha ".repeat(MAX_TOKENS);
        let b = "beta ".repeat(MAX_TOKENS);
        assert!(
            diff_words(&a, &b)
                .left
                .iter()
                .all(|s| s.mark != Mark::Same || a[s.range.clone()].trim().is_empty())
        );
        assert!(
            started.elapsed() < std::time::Duration::from_secs(2),
            "{:?}",
            started.elapsed()
        );
    }

    proptest! {
        #[test]
        fn segments_concatenate_back_to_the_text(a in "[a-zA-Z ,.“”0-9]{0,60}", b in "[a-zA-Z ,.“”0-9]{0,60}") {
            let d = diff_words(&a, &b);
            let join = |text: &str, segs: &[Segment]| segs.iter().map(|s| &text[s.range.clone()]).collect::<String>();
            prop_assert_eq!(join(&a, &d.left), a.clone());
            prop_assert_eq!(join(&b, &d.right), b.clone());
        }
    }
}
