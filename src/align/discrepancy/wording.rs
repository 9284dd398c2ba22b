//! Wording inside a group: verbs of saying that differ, and names that articles spell differently.

use super::params::{MAX_NAME_DISCREPANCIES, NAME_WORD_MIN_CHARS};
use super::{Discrepancy, Kind, Part, StoryText, Value, Verdict};
use crate::align::terms::{Features, cached_content_key, lemma, stem};
use crate::text::lexicon::{self, starts_month, weekday};
use crate::text::words::TokenKind;
use std::collections::HashSet;

/// Forms of "be", before a passive participle.
const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Words after which a noun follows, not a verb.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "these", "those", "other", "many", "some", "all", "both", "several", "each",
    "every", "no", "their", "its", "his", "her", "our", "your", "my",
];

/// Tokens after a participle read for the "by" of a passive's agent.
const AGENT_WORDS: usize = 8;

/// Tokens before a verb of saying read for who says it: about a clause, so that a
/// subject with a long predicate between it and the verb is still read
/// ("Republicans seized on snippets … that became public on Friday to suggest").
const SPEAKER_WORDS: usize = 16;

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
            let before = |i: usize| i.checked_sub(1).map(|b| words[b].to_lowercase());
            // A passive ("are confirmed by") says what was found, not who said it,
            // and after a determiner the word is a noun ("other states").
            let verb_here = |i: usize| {
                before(i)
                    .is_none_or(|b| !BE.contains(&b.as_str()) && !DETERMINERS.contains(&b.as_str()))
            };
            // Followed by a determiner, it takes a thing, not a claim ("denied a
            // request", "mentioned the letter").
            let object_follows = |i: usize| {
                words
                    .get(i + 1)
                    .is_some_and(|w| DETERMINERS.contains(&w.to_lowercase().as_str()))
            };
            // A participle with its agent after it is a passive too ("the letter,
            // delivered to Reid and mentioned on the floor by McConnell").
            let agent_follows = |i: usize| {
                words[i].ends_with("ed")
                    && words[i + 1..]
                        .iter()
                        .take(AGENT_WORDS)
                        .any(|w| w.eq_ignore_ascii_case("by"))
            };
            let at = (0..words.len()).find(|&i| {
                verb_like(words[i])
                    && verb_here(i)
                    && !object_follows(i)
                    && !agent_follows(i)
                    && lexicon::is_saying(&stem(words[i]))
            })?;
            // Who says it: the content words before the verb in its sentence.
            let speaker: HashSet<String> = words[at.saturating_sub(SPEAKER_WORDS)..at]
                .iter()
                .filter_map(|w| cached_content_key(w))
                .collect();
            Some((words[at].to_string(), speaker))
        });
        if let Some((v, speaker)) = verb {
            found.push((p.doc, v, speaker));
        }
    }
    // Verbs frame one claim only when one speaker says it: two articles' verbs
    // with no word of their speakers in common attribute two claims ("the
    // official said" / "they acknowledge").
    if found.len() < 2
        || !found
            .iter()
            .all(|(_, _, a)| found.iter().all(|(_, _, b)| !a.is_disjoint(b)))
    {
        return Vec::new();
    }
    let found: Vec<(usize, String)> = found.into_iter().map(|(d, v, _)| (d, v)).collect();
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

/// Nouns made from verbs ("warnings", "allegation", "statement") and adverbs
/// ("allegedly") are not verbs,
/// and neither is a capitalised word ("State" of "State Department").
fn verb_like(word: &str) -> bool {
    let w = word.to_lowercase();
    w == word
        && !(w.ends_with("ings")
            || w.ends_with("ly")
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

/// A name of `part` that differs from `name` only in spelling: as many words,
/// each the same or one letter off ([`misspelt`]), not all the same.
fn spelled_otherwise(name: &str, part: &Part) -> Option<String> {
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    part.texts
        .iter()
        .zip(&part.feats)
        .flat_map(|(text, f)| names_in(text, f))
        .find(|other| {
            let theirs: Vec<String> = other.split_whitespace().map(str::to_lowercase).collect();
            theirs.len() == words.len()
                && theirs != words
                && theirs
                    .iter()
                    .zip(&words)
                    .all(|(a, b)| a == b || misspelt(a, b))
        })
}

/// Whether one letter changed, added or dropped inside a word of five letters or
/// more turns `a` into `b` ("smith" / "smyth"). Shorter words are too often other
/// names ("Iran" / "Iraq"), and a letter added at the end makes another form of
/// the same word ("Russia" / "Russian"), not another spelling.
fn misspelt(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if short.len() < 5 || long.len() - short.len() > 1 || long.starts_with(short) {
        return false;
    }
    let head = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if short.len() == long.len() {
        short[head + 1..] == long[head + 1..]
    } else {
        short[head..] == long[head + 1..]
    }
}

/// Names that one article spells otherwise than another (the story's own names
/// excepted). A name one article gives and another leaves out is no discrepancy:
/// leaving out is what the row's unique words already show.
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
                // Where an article lacks the name, it may spell it otherwise
                // ("Smith" / "Smyth"): that is the value it gives.
                let whole = name.to_lowercase();
                let values: Vec<Value> = parts
                    .iter()
                    .map(|o| Value {
                        doc: o.doc,
                        text: if o.joined().to_lowercase().contains(&whole) {
                            Some(name.clone())
                        } else if let Some(other) = spelled_otherwise(&name, o) {
                            Some(other)
                        } else {
                            (!lacks(o)).then(|| name.clone())
                        },
                    })
                    .collect();
                // A name that one article gives and another leaves out is no
                // value against it; only another spelling is.
                if values
                    .iter()
                    .all(|v| v.text.as_ref().is_none_or(|t| *t == name))
                {
                    continue;
                }
                // The other spelling is this discrepancy, not another one.
                seen.extend(
                    values
                        .iter()
                        .filter_map(|v| v.text.as_deref().map(str::to_lowercase)),
                );
                out.push(Discrepancy {
                    kind: Kind::Name,
                    values,
                    verdict: Verdict::Compatible,
                });
            }
        }
    }
    out.truncate(MAX_NAME_DISCREPANCIES);
    out
}
