//! Wording inside a group: verbs of saying that differ, and names one article gives that another leaves out.

use super::params::{MAX_NAME_DISCREPANCIES, NAME_WORD_MIN_CHARS};
use super::{Discrepancy, Kind, Part, StoryText, Value, Verdict};
use crate::align::terms::{Features, lemma, stem};
use crate::text::lexicon::{self, starts_month, weekday};
use crate::text::words::TokenKind;
use std::collections::HashSet;

/// Forms of "be", before a passive participle.
const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Verbs of saying (`text::lexicon`'s) that differ between articles ("said" in
/// one, "admitted" in another), when each article states the fact in one
/// sentence: with two, the verbs may attribute different claims (on the BASIL-dev
/// events most verb pairs flagged in such groups attributed different claims). A
/// list of the story's "action" verbs once sat beside this; its entries came from
/// the demo story, so it was removed.
pub(super) fn verbs(parts: &[Part]) -> Vec<Discrepancy> {
    if parts.iter().any(|p| p.texts.len() != 1) {
        return Vec::new();
    }
    let mut found = Vec::new();
    for p in parts {
        let verb = p.texts.iter().zip(&p.feats).find_map(|(text, f)| {
            let words: Vec<&str> = f.tokens.iter().map(|t| t.text(text)).collect();
            // A passive ("are confirmed by") says what was found, not who said it.
            let passive = |i: usize| i > 0 && BE.contains(&words[i - 1].to_lowercase().as_str());
            words
                .iter()
                .enumerate()
                .find(|&(i, w)| verb_like(w) && !passive(i) && lexicon::is_saying(&stem(w)))
                .map(|(_, w)| *w)
        });
        if let Some(v) = verb {
            found.push((p.doc, v.to_string()));
        }
    }
    if found.len() < 2 {
        return Vec::new();
    }
    let key = |w: &str| {
        let s = stem(w);
        if lexicon::is_neutral_saying(&s) {
            "neutral".to_string()
        } else {
            lemma(w)
        }
    };
    // Two neutral verbs of saying ("said", "told") are no news.
    if found.iter().all(|(_, v)| key(v) == key(&found[0].1)) {
        return Vec::new();
    }
    let values = found
        .into_iter()
        .map(|(doc, v)| Value { doc, text: Some(v) })
        .collect();
    // Another verb frames a claim differently; it never contradicts it.
    vec![Discrepancy {
        kind: Kind::Verb,
        values,
        verdict: Verdict::Compatible,
    }]
}

/// Nouns made from verbs ("warnings", "allegation", "statement") are not verbs,
/// and neither is a capitalised word ("State" of "State Department").
fn verb_like(word: &str) -> bool {
    let w = word.to_lowercase();
    w == word
        && !(w.ends_with("ings")
            || w.ends_with("ment")
            || w.ends_with("ments")
            || w.ends_with("tion")
            || w.ends_with("tions")
            || w.ends_with("al"))
}

/// Whether a word can be part of a name: capitalised (each part of a hyphenated
/// word), not a function word, not a day or month (those are dates).
fn name_word(w: &str) -> bool {
    let lower = w.to_lowercase();
    w.split('-')
        .all(|part| part.chars().next().is_some_and(char::is_uppercase))
        && !lexicon::is_stop_word(&lower)
        && weekday(&lower).is_none()
        && !starts_month(&lower)
}

/// A name without its possessive ending.
fn bare(w: &str) -> &str {
    w.strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .unwrap_or(w)
        .trim_end_matches(['’', '\''])
}

/// Runs of capitalised words that are not at the start of a sentence.
fn names_in(text: &str, f: &Features) -> Vec<String> {
    let mut out = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    for (i, t) in f.tokens.iter().enumerate() {
        let w = t.text(text);
        if t.kind == TokenKind::Word && i > 0 && name_word(bare(w)) {
            run.push(bare(w));
        } else if !run.is_empty() {
            out.push(run.join(" "));
            run.clear();
        }
    }
    if !run.is_empty() {
        out.push(run.join(" "));
    }
    out
}

/// Names one article gives that another leaves out (the story's own names
/// excepted).
pub(super) fn names(parts: &[Part], story: &StoryText) -> Vec<Discrepancy> {
    let story_wide = |name: &str| story.story_wide(name);
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    for p in parts {
        for (text, f) in p.texts.iter().zip(&p.feats) {
            for name in names_in(text, f) {
                if !seen.insert(name.to_lowercase()) || story_wide(&name) {
                    continue;
                }
                let lacks = |o: &Part| {
                    let joined = o.joined().to_lowercase();
                    !name
                        .to_lowercase()
                        .split_whitespace()
                        .any(|w| w.len() >= NAME_WORD_MIN_CHARS && joined.contains(w))
                };
                if parts.iter().any(lacks) {
                    let values = parts
                        .iter()
                        .map(|o| Value {
                            doc: o.doc,
                            text: (!lacks(o)).then(|| name.clone()),
                        })
                        .collect();
                    out.push(Discrepancy {
                        kind: Kind::Name,
                        values,
                        verdict: Verdict::Compatible,
                    });
                }
            }
        }
    }
    out.truncate(MAX_NAME_DISCREPANCIES);
    out
}
