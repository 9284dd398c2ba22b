//! Wording inside a group: verbs of saying and of the story's action that
//! differ, and names one article gives that another leaves out.

use super::params::{MAX_NAME_DISCREPANCIES, NAME_WORD_MIN_CHARS};
use super::{Discrepancy, Kind, Part, StoryText, Value, Verdict};
use crate::align::terms::{Features, lemma, stem};
use crate::text::lexicon::{self, starts_month, weekday};
use crate::text::words::TokenKind;
use std::collections::HashSet;

/// Verbs of the story's action (what is being done), by stem; verbs of saying
/// (how a claim is attributed) are `text::lexicon`'s, where the plain ones agree
/// with one another.
const ACTION: &[&str] = &[
    "withdraw",
    "withdrew",
    "withdrawn",
    "leav",
    "left",
    "exit",
    "quit",
    "abandon",
    "freez",
    "froze",
    "frozen",
    "suspend",
    "eject",
    "expel",
    "pull",
];

/// The first verb of the story's action ("withdraws", "freezes", "eject") in a text.
pub fn action_verb(text: &str) -> Option<&str> {
    crate::text::words::tokens(text)
        .into_iter()
        .map(|t| &text[t.span])
        .find(|w| verb_like(w) && ACTION.contains(&stem(w).as_str()))
}

/// Verbs of saying or of the action that differ between articles.
pub(super) fn verbs(parts: &[Part]) -> Vec<Discrepancy> {
    let mut out = Vec::new();
    let saying: fn(&str) -> bool = lexicon::is_saying;
    let action: fn(&str) -> bool = |s| ACTION.contains(&s);
    for (class, listed) in [("saying", saying), ("action", action)] {
        let mut found = Vec::new();
        for p in parts {
            let verb = p.texts.iter().zip(&p.feats).find_map(|(text, f)| {
                f.tokens
                    .iter()
                    .map(|t| t.text(text))
                    .find(|w| verb_like(w) && listed(&stem(w)))
            });
            if let Some(v) = verb {
                found.push((p.doc, v.to_string()));
            }
        }
        if found.len() < 2 {
            continue;
        }
        let key = |w: &str| {
            let s = stem(w);
            if class == "saying" && lexicon::is_neutral_saying(&s) {
                "neutral".to_string()
            } else {
                lemma(w)
            }
        };
        let agree = found.iter().all(|(_, v)| key(v) == key(&found[0].1));
        let differ = found.iter().any(|(_, v)| stem(v) != stem(&found[0].1));
        // Two neutral verbs of saying ("said", "told") are no news; two framings of
        // the action ("withdraw", "leave") are, even when they mean the same.
        if differ && (class == "action" || !agree) {
            let values = found
                .into_iter()
                .map(|(doc, v)| Value { doc, text: Some(v) })
                .collect();
            out.push(Discrepancy {
                kind: Kind::Verb,
                values,
                // Another verb frames a claim differently; it never contradicts it.
                verdict: Verdict::of(agree, true),
            });
        }
    }
    out
}

/// Nouns made from verbs ("warnings", "allegation", "statement") are not verbs.
fn verb_like(word: &str) -> bool {
    let w = word.to_lowercase();
    !(w.ends_with("ings")
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
