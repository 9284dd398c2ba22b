//! Typed discrepancies inside a sentence group: the numbers, dates, names, quotes
//! and verbs that members state differently, each with whether the values agree.
//! Members from the same article are read together.

use super::terms::{Features, Vocabulary, lemma, stem};
use super::worddiff::{Mark, diff_words};
use crate::ingest::dates::month_number;
use crate::text::words::TokenKind;
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};

/// What kind of detail differs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Number,
    Date,
    Name,
    Quote,
    Verb,
}

impl Kind {
    pub fn label(self) -> &'static str {
        match self {
            Kind::Number => "number",
            Kind::Date => "date",
            Kind::Name => "name",
            Kind::Quote => "quote",
            Kind::Verb => "verb",
        }
    }
}

/// One article's rendering of the detail; `text` is `None` where it lacks it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Value {
    pub doc: usize,
    pub text: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Discrepancy {
    pub kind: Kind,
    pub values: Vec<Value>,
    /// The values say the same thing.
    pub agree: bool,
    /// The values do not contradict each other (one may be vaguer, or missing).
    pub compatible: bool,
}

impl Discrepancy {
    /// How the values relate, as the reports and the interface say it.
    pub fn verdict(&self) -> &'static str {
        if self.agree {
            "agree"
        } else if self.compatible {
            "differ in detail"
        } else {
            "disagree"
        }
    }

    /// The values as `[1] “ten” · [3] “10”` (articles numbered from 1; `—` where
    /// an article lacks the detail).
    pub fn values_text(&self) -> String {
        self.values
            .iter()
            .map(|v| {
                format!(
                    "[{}] {}",
                    v.doc + 1,
                    v.text
                        .as_deref()
                        .map_or("—".to_string(), |t| format!("“{t}”"))
                )
            })
            .collect::<Vec<_>>()
            .join(" · ")
    }
}

/// One article's part of a group: its member sentences read together.
struct Part<'a> {
    doc: usize,
    texts: Vec<&'a str>,
    feats: Vec<&'a Features>,
}

impl Part<'_> {
    fn joined(&self) -> String {
        self.texts.join(" ")
    }
}

/// What discrepancy finding needs to know about the whole story, computed once.
pub struct StoryText<'v> {
    vocabulary: &'v Vocabulary,
    /// For each word form id, how many articles use it.
    articles_using: Vec<u32>,
    articles: usize,
}

impl<'v> StoryText<'v> {
    pub fn new(feats: &[Vec<Features>], vocabulary: &'v Vocabulary) -> Self {
        let mut articles_using = vec![0u32; vocabulary.len()];
        let mut last = vec![usize::MAX; vocabulary.len()];
        for (doc, fs) in feats.iter().enumerate() {
            for &(w, _) in fs.iter().flat_map(|f| &f.words) {
                if last[w as usize] != doc {
                    last[w as usize] = doc;
                    articles_using[w as usize] += 1;
                }
            }
        }
        Self {
            vocabulary,
            articles_using,
            articles: feats.len(),
        }
    }

    fn used_by(&self, word: &str) -> u32 {
        let normal = crate::text::words::normalize(word);
        let count = |n: &str| {
            self.vocabulary
                .form(n)
                .map_or(0, |id| self.articles_using[id as usize])
        };
        // "Armenian" and "Armenians" are one name.
        let plural = format!("{normal}s");
        count(&normal)
            .max(count(&plural))
            .max(normal.strip_suffix('s').map_or(0, count))
    }

    /// Names that most articles mention are the story's own, not news.
    fn story_wide(&self, name: &str) -> bool {
        let count = name
            .split_whitespace()
            .map(|w| self.used_by(w))
            .min()
            .unwrap_or(0) as usize;
        count * 5 >= self.articles * 3
    }
}

/// Finds the discrepancies among a group's members (text, features, article).
pub fn find(members: &[(&str, &Features, usize)], story: &StoryText) -> Vec<Discrepancy> {
    let mut by_doc: BTreeMap<usize, Part> = BTreeMap::new();
    for &(text, feats, doc) in members {
        let part = by_doc.entry(doc).or_insert_with(|| Part {
            doc,
            texts: Vec::new(),
            feats: Vec::new(),
        });
        part.texts.push(text);
        part.feats.push(feats);
    }
    let parts: Vec<Part> = by_doc.into_values().collect();
    if parts.len() < 2 {
        return Vec::new();
    }
    let mut out = numbers(&parts);
    out.extend(dates(&parts));
    out.extend(quotes(&parts));
    out.extend(verbs(&parts));
    out.extend(names(&parts, story));
    out
}

fn numbers(parts: &[Part]) -> Vec<Discrepancy> {
    // Quantities of the same thing (by the lemma of the word counted).
    let mut by_unit: BTreeMap<String, Vec<(usize, String, &super::numbers::Quantity)>> =
        BTreeMap::new();
    for p in parts {
        let mut seen = HashSet::new();
        for (text, f) in p.texts.iter().zip(&p.feats) {
            for q in f.quantities.iter().filter(|q| !q.is_year) {
                let Some(unit) = q.unit.as_deref().map(lemma) else {
                    continue;
                };
                if seen.insert(unit.clone()) {
                    by_unit.entry(unit).or_default().push((
                        p.doc,
                        text[q.span.clone()].to_string(),
                        q,
                    ));
                }
            }
        }
    }
    by_unit
        .into_values()
        .filter(|found| found.len() >= 2)
        .map(|found| {
            let agree = found
                .iter()
                .all(|(_, _, a)| found.iter().all(|(_, _, b)| a.agrees_with(b)));
            let values = found
                .iter()
                .map(|(doc, text, _)| Value {
                    doc: *doc,
                    text: Some(text.clone()),
                })
                .collect();
            Discrepancy {
                kind: Kind::Number,
                values,
                agree,
                compatible: agree,
            }
        })
        .collect()
}

/// A date as a sentence gives it; any field may be missing.
#[derive(Default, PartialEq, Eq, Clone, Copy)]
struct DateSpec {
    year: Option<u16>,
    month: Option<u8>,
    day: Option<u8>,
    weekday: Option<u8>,
}

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

fn date_mentions(text: &str, f: &Features) -> (DateSpec, Vec<String>) {
    let mut spec = DateSpec::default();
    let mut words = Vec::new();
    let toks = &f.tokens;
    for (i, t) in toks.iter().enumerate() {
        let w = t.text(text);
        let lower = w.to_lowercase();
        if let Some(d) = WEEKDAYS.iter().position(|&d| d == lower) {
            spec.weekday.get_or_insert(d as u8);
            words.push(w.to_string());
        } else if w.chars().next().is_some_and(char::is_uppercase)
            && w.len() >= 3
            && !matches!(lower.as_str(), "may" | "mar" | "jun" | "jan")
            || matches!(w, "May" | "March" | "June" | "January")
        {
            let full_month = [
                "january",
                "february",
                "march",
                "april",
                "may",
                "june",
                "july",
                "august",
                "september",
                "october",
                "november",
                "december",
            ];
            if let Some(m) = full_month
                .iter()
                .position(|&m| m == lower)
                .and_then(|_| month_number(&lower))
            {
                spec.month.get_or_insert(m);
                let mut phrase = w.to_string();
                if let Some(day) = toks
                    .get(i + 1)
                    .filter(|n| n.kind == TokenKind::Number)
                    .and_then(|n| n.text(text).parse::<u8>().ok())
                    .filter(|d| (1..=31).contains(d))
                {
                    spec.day.get_or_insert(day);
                    phrase = format!("{w} {day}");
                }
                words.push(phrase);
            }
        }
    }
    for q in f.quantities.iter().filter(|q| q.is_year) {
        spec.year.get_or_insert(q.value as u16);
        words.push(text[q.span.clone()].to_string());
    }
    (spec, words)
}

fn dates(parts: &[Part]) -> Option<Discrepancy> {
    let mut found = Vec::new();
    for p in parts {
        let mut spec = DateSpec::default();
        let mut words = Vec::new();
        for (text, f) in p.texts.iter().zip(&p.feats) {
            let (s, w) = date_mentions(text, f);
            spec.year = spec.year.or(s.year);
            spec.month = spec.month.or(s.month);
            spec.day = spec.day.or(s.day);
            spec.weekday = spec.weekday.or(s.weekday);
            words.extend(w);
        }
        if !words.is_empty() {
            found.push((p.doc, spec, words.join(" ")));
        }
    }
    if found.len() < 2 {
        return None;
    }
    let conflict = |a: Option<u16>, b: Option<u16>| a.zip(b).is_some_and(|(a, b)| a != b);
    let compatible = found.iter().all(|(_, a, _)| {
        found.iter().all(|(_, b, _)| {
            !conflict(a.year, b.year)
                && !conflict(a.month.map(u16::from), b.month.map(u16::from))
                && !conflict(a.day.map(u16::from), b.day.map(u16::from))
                && !conflict(a.weekday.map(u16::from), b.weekday.map(u16::from))
        })
    });
    let agree = found.iter().all(|(_, a, _)| *a == found[0].1);
    let values = found
        .into_iter()
        .map(|(doc, _, text)| Value {
            doc,
            text: Some(text),
        })
        .collect();
    Some(Discrepancy {
        kind: Kind::Date,
        values,
        agree,
        compatible,
    })
}

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
                if q.split_whitespace().count() >= 2 {
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
    if d.similarity < 0.05 {
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
    if shared_words < 3 || shared_words * 2 < quote.split_whitespace().count().min(8) {
        return None;
    }
    let (first, last) = (same.first()?, same.last()?);
    let text = joined[first.range.start..last.range.end]
        .trim()
        .trim_end_matches([',', ';']);
    Some(text.to_string())
}

fn quotes(parts: &[Part]) -> Vec<Discrepancy> {
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
                        .find(|q| diff_words(quote, q).similarity >= 0.4);
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
                        agree,
                        compatible,
                    });
                }
            }
        }
    }
    out
}

/// Verbs of saying (how a claim is attributed) and of the story's action (what
/// is being done), by stem. Neutral verbs of saying agree with one another.
const SAYING: &[&str] = &[
    "said",
    "say",
    "told",
    "tell",
    "state",
    "note",
    "add",
    "claim",
    "admit",
    "assert",
    "declar",
    "insist",
    "argu",
    "warn",
    "acknowledg",
    "conced",
    "alleg",
    "suggest",
    "deni",
    "justifi",
    "explain",
    "stress",
    "emphas",
    "emphasis",
    "confirm",
    "reveal",
    "mention",
    "announc",
    "unveil",
    "accus",
];
const NEUTRAL: &[&str] = &["said", "say", "told", "tell", "state", "note", "add"];
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

fn verbs(parts: &[Part]) -> Vec<Discrepancy> {
    let mut out = Vec::new();
    for (class, list) in [("saying", SAYING), ("action", ACTION)] {
        let mut found = Vec::new();
        for p in parts {
            let verb = p.texts.iter().zip(&p.feats).find_map(|(text, f)| {
                f.tokens
                    .iter()
                    .map(|t| t.text(text))
                    .find(|w| verb_like(w) && list.contains(&stem(w).as_str()))
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
            if class == "saying" && NEUTRAL.contains(&s.as_str()) {
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
                agree,
                // Another verb frames a claim differently; it never contradicts it.
                compatible: true,
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
    w.split('-').all(|part| part.chars().next().is_some_and(char::is_uppercase))
        && !super::terms::is_stopword(&lower)
        && !WEEKDAYS.contains(&lower.as_str())
        && month_number(&lower).is_none_or(|_| lower.len() < 3 || !"january february march april may june july august september october november december".contains(&lower))
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

fn names(parts: &[Part], story: &StoryText) -> Vec<Discrepancy> {
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
                        .any(|w| w.len() > 2 && joined.contains(w))
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
                        agree: false,
                        compatible: true,
                    });
                }
            }
        }
    }
    out.truncate(6);
    out
}
