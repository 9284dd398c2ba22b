//! Quotations inside a group: the same words quoted differently, or quoted by
//! one article and paraphrased by another.

use super::params::{
    OWN_QUOTE_SIMILARITY, PARAPHRASE_MIN_SHARED, PARAPHRASE_MIN_SIMILARITY,
    PARAPHRASE_WORDS_COUNTED, QUOTE_MIN_WORDS,
};
use super::{Discrepancy, Kind, Part, Value, Verdict};
use crate::align::worddiff::{Mark, diff_words};
use std::collections::HashSet;

/// Spans inside quotation marks, of two words or more.
fn quoted(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('“' | '«' | '„', _) => open = Some(i + c.len_utf8()),
            ('"', None)
                if text[..i]
                    .chars()
                    .next_back()
                    .is_none_or(|b| !b.is_alphanumeric()) =>
            {
                open = Some(i + 1)
            }
            ('”' | '»' | '"', Some(start)) => {
                let q = text[start..i].trim_matches(|c: char| c.is_whitespace() || c == ',');
                if q.split_whitespace().count() >= QUOTE_MIN_WORDS {
                    out.push(q);
                }
                open = None;
            }
            _ => {}
        }
    }
    out
}

fn fingerprint(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// How `part` renders `quote`: its own quotation that overlaps it, or the stretch
/// of its text from the first to the last word it shares with the quote.
fn rendering(quote: &str, part: &Part) -> Option<String> {
    let joined = part.joined();
    let d = diff_words(quote, &joined);
    if d.similarity < PARAPHRASE_MIN_SIMILARITY {
        return None;
    }
    let same: Vec<_> = d
        .right
        .iter()
        .filter(|s| {
            s.mark == Mark::Same && joined[s.range.clone()].chars().any(char::is_alphanumeric)
        })
        .collect();
    let shared_words: usize = same
        .iter()
        .map(|s| joined[s.range.clone()].split_whitespace().count())
        .sum();
    let counted = quote
        .split_whitespace()
        .count()
        .min(PARAPHRASE_WORDS_COUNTED);
    if shared_words < PARAPHRASE_MIN_SHARED || shared_words * 2 < counted {
        return None;
    }
    let (first, last) = (same.first()?, same.last()?);
    let text = joined[first.range.start..last.range.end]
        .trim()
        .trim_end_matches([',', ';']);
    Some(text.to_string())
}

/// Quotations one article gives that another renders differently.
pub(super) fn quotes(parts: &[Part]) -> Vec<Discrepancy> {
    let mut out = Vec::new();
    let mut done = HashSet::new();
    for p in parts {
        for text in &p.texts {
            for quote in quoted(text) {
                if !done.insert(fingerprint(quote)) {
                    continue;
                }
                let mut values = vec![Value {
                    doc: p.doc,
                    text: Some(quote.to_string()),
                }];
                for other in parts.iter().filter(|o| o.doc != p.doc) {
                    let own = other
                        .texts
                        .iter()
                        .flat_map(|t| quoted(t))
                        .find(|q| diff_words(quote, q).similarity >= OWN_QUOTE_SIMILARITY);
                    let r = own.map(str::to_string).or_else(|| rendering(quote, other));
                    if let Some(r) = r {
                        done.insert(fingerprint(&r));
                        values.push(Value {
                            doc: other.doc,
                            text: Some(r),
                        });
                    }
                }
                if values.len() >= 2 {
                    let prints: Vec<String> = values
                        .iter()
                        .filter_map(|v| v.text.as_deref().map(fingerprint))
                        .collect();
                    let agree = prints.iter().all(|p| *p == prints[0]);
                    // An excerpt of the same words is a shorter quote, not a misquote.
                    let longest = prints
                        .iter()
                        .max_by_key(|p| p.len())
                        .cloned()
                        .unwrap_or_default();
                    let compatible = prints.iter().all(|p| longest.contains(p.as_str()));
                    out.push(Discrepancy {
                        kind: Kind::Quote,
                        values,
                        verdict: Verdict::of(agree, compatible),
                    });
                }
            }
        }
    }
    out
}
