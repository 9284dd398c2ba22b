//! Typed discrepancies inside a sentence group: the numbers, dates, names, quotes
//! and verbs that members state differently, each with its [`Verdict`]: the values
//! agree, are compatible, or contradict.
//! Members from the same article are read together.

use super::terms::{Features, Vocabulary, lemma};
use serde::Serialize;
use std::collections::BTreeMap;

mod dates;
pub mod params;
mod quotes;
mod wording;

use dates::dates;
use quotes::quotes;
use wording::{names, verbs};

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

/// How the values of a discrepancy relate: exactly one of three, so no
/// impossible "agree but contradict" state can be written.
/// (Serialised for debugging only: the JSON contract is written by `crate::compare::json`.)
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The values say the same thing ("ten" and "10").
    Agree,
    /// They do not contradict each other: one is vaguer, shorter or framed
    /// differently ("September" and "September 2020").
    Compatible,
    /// They cannot both be true ("1992" and "1994").
    Contradict,
}

impl Verdict {
    /// From the two tests a finder makes: do the values say the same thing, and
    /// if not, can they both be true.
    pub fn of(agree: bool, compatible: bool) -> Self {
        match (agree, compatible) {
            (true, _) => Verdict::Agree,
            (false, true) => Verdict::Compatible,
            (false, false) => Verdict::Contradict,
        }
    }

    /// As the reports and the interface say it.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Agree => "agree",
            Verdict::Compatible => "differ in detail",
            Verdict::Contradict => "disagree",
        }
    }

    /// The values say the same thing.
    pub fn agrees(self) -> bool {
        self == Verdict::Agree
    }

    /// The values can both be true (they agree, or differ only in detail).
    pub fn compatible(self) -> bool {
        self != Verdict::Contradict
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Discrepancy {
    pub kind: Kind,
    pub values: Vec<Value>,
    pub verdict: Verdict,
}

impl Discrepancy {
    /// How the values relate, as the reports and the interface say it.
    pub fn verdict(&self) -> &'static str {
        self.verdict.label()
    }

    /// The values say the same thing.
    pub fn agrees(&self) -> bool {
        self.verdict.agrees()
    }

    /// The values can both be true.
    pub fn compatible(&self) -> bool {
        self.verdict.compatible()
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
        let (share, of) = params::STORY_WIDE_SHARE;
        count * of >= self.articles * share
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
    // A discrepancy is a difference between values given by two articles or more:
    // an article that lacks the detail gives no value, and agreeing values are
    // no difference.
    out.retain_mut(|d| {
        d.values
            .retain(|v| v.text.as_deref().is_some_and(|t| !t.trim().is_empty()));
        let mut docs: Vec<usize> = d.values.iter().map(|v| v.doc).collect();
        docs.dedup();
        let text = |v: &Value| v.text.as_deref().unwrap_or("").to_lowercase();
        let same = d.values.iter().all(|v| text(v) == text(&d.values[0]));
        !d.agrees() && !same && docs.len() >= 2
    });
    out
}

/// Each article's value for one slot of the fact, from every mention it makes of
/// one kind of detail. An article with one mention gives that one. An article
/// with several gives the one another article states alike — its others belong
/// to other facts — and otherwise none, since which of them fills the slot is
/// not known ("$600 million, including $200 million for housing").
fn slot_values<M>(
    mentions: Vec<(usize, Vec<M>)>,
    alike: impl Fn(&M, &M) -> bool,
) -> Vec<(usize, M)> {
    let chosen: Vec<Option<usize>> = mentions
        .iter()
        .enumerate()
        .map(|(i, (_, ms))| match ms.len() {
            0 => None,
            1 => Some(0),
            _ => ms.iter().position(|m| {
                mentions
                    .iter()
                    .enumerate()
                    .any(|(j, (_, others))| j != i && others.iter().any(|o| alike(m, o)))
            }),
        })
        .collect();
    mentions
        .into_iter()
        .zip(chosen)
        .filter_map(|((doc, ms), at)| Some((doc, ms.into_iter().nth(at?)?)))
        .collect()
}

fn numbers(parts: &[Part]) -> Vec<Discrepancy> {
    // Quantities of the same thing (by the lemma of the word counted).
    type Mention<'q> = (String, &'q super::numbers::Quantity);
    let mut by_unit: BTreeMap<String, Vec<(usize, Vec<Mention>)>> = BTreeMap::new();
    for p in parts {
        let mut mine: BTreeMap<String, Vec<Mention>> = BTreeMap::new();
        for (text, f) in p.texts.iter().zip(&p.feats) {
            for q in f.quantities.iter().filter(|q| !q.is_year) {
                if let Some(unit) = q.unit.as_deref().map(lemma) {
                    mine.entry(unit)
                        .or_default()
                        .push((text[q.span.clone()].to_string(), q));
                }
            }
        }
        for (unit, ms) in mine {
            by_unit.entry(unit).or_default().push((p.doc, ms));
        }
    }
    by_unit
        .into_values()
        .filter(|found| found.len() >= 2)
        .filter_map(|found| {
            let found = slot_values(found, |(_, a), (_, b)| a.agrees_with(b));
            if found.len() < 2 {
                return None;
            }
            let agree = found
                .iter()
                .all(|(_, (_, a))| found.iter().all(|(_, (_, b))| a.agrees_with(b)));
            let values = found
                .into_iter()
                .map(|(doc, (text, _))| Value {
                    doc,
                    text: Some(text),
                })
                .collect();
            Some(Discrepancy {
                kind: Kind::Number,
                values,
                verdict: Verdict::of(agree, agree),
            })
        })
        .collect()
}
