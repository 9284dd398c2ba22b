//! Dates inside a group: which day, month, year or weekday each article gives,
//! and whether they agree, differ only in detail, or contradict.

use super::{Discrepancy, Kind, Part, Value, Verdict};
use crate::align::lexicon::{share_synset, synsets};
use crate::align::terms::{Features, cached_content_key};
use crate::text::lexicon::{full_month, weekday};
use crate::text::words::TokenKind;

/// A date as a sentence gives it; any field may be missing.
#[derive(Default, PartialEq, Eq, Clone, Copy)]
struct DateSpec {
    year: Option<u16>,
    month: Option<u8>,
    day: Option<u8>,
    weekday: Option<u8>,
}

/// Words either side of a date that say what happened then.
const CONTEXT: usize = 4;

/// The content terms within [`CONTEXT`] words of token `i`, dates excluded.
fn context(text: &str, f: &Features, i: usize, into: &mut Vec<String>) {
    let words: Vec<usize> = (0..f.tokens.len())
        .filter(|&k| f.tokens[k].kind == TokenKind::Word)
        .collect();
    let Some(at) = words.iter().position(|&k| k == i) else {
        return;
    };
    let near = &words[at.saturating_sub(CONTEXT)..(at + CONTEXT + 1).min(words.len())];
    for &k in near {
        let w = f.tokens[k].text(text);
        let lower = w.to_lowercase();
        if k != i && weekday(&lower).is_none() && full_month(&lower).is_none() {
            into.extend(cached_content_key(w));
        }
    }
}

/// Whether two dates' contexts name the same happening: a shared content term, or
/// two terms of one WordNet synset ("struck" / "hit").
fn same_happening(a: &[String], b: &[String]) -> bool {
    a.iter().any(|x| {
        b.iter()
            .any(|y| x == y || share_synset(synsets(x), synsets(y)))
    })
}

fn date_mentions(text: &str, f: &Features, near: &mut Vec<String>) -> (DateSpec, Vec<String>) {
    let mut spec = DateSpec::default();
    let mut words = Vec::new();
    let toks = &f.tokens;
    for (i, t) in toks.iter().enumerate() {
        let w = t.text(text);
        let lower = w.to_lowercase();
        if let Some(d) = weekday(&lower) {
            spec.weekday.get_or_insert(d);
            context(text, f, i, near);
            words.push(w.to_string());
        } else if let Some(m) = full_month(&lower).filter(|_| {
            // A month is capitalised; "may" is a verb unless written "May".
            w.chars().next().is_some_and(char::is_uppercase) && (lower != "may" || w == "May")
        }) {
            spec.month.get_or_insert(m);
            context(text, f, i, near);
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
    for q in f.quantities.iter().filter(|q| q.is_year) {
        spec.year.get_or_insert(q.value as u16);
        words.push(text[q.span.clone()].to_string());
    }
    (spec, words)
}

/// The dates the articles give for the group's event, when they differ.
pub(super) fn dates(parts: &[Part]) -> Option<Discrepancy> {
    let mut found = Vec::new();
    for p in parts {
        let mut spec = DateSpec::default();
        let mut words = Vec::new();
        let mut near = Vec::new();
        for (text, f) in p.texts.iter().zip(&p.feats) {
            let (s, w) = date_mentions(text, f, &mut near);
            spec.year = spec.year.or(s.year);
            spec.month = spec.month.or(s.month);
            spec.day = spec.day.or(s.day);
            spec.weekday = spec.weekday.or(s.weekday);
            words.extend(w);
        }
        if !words.is_empty() {
            found.push((p.doc, spec, words.join(" "), near));
        }
    }
    // And only when what happened then is named alike: a group may join sentences
    // that share a name and give the dates of two different happenings ("calls
    // stepped up Sunday night" / "voted to fund the government on Monday"). Years
    // are read from quantities and carry no context: they stay comparable.
    let dated = |s: &DateSpec| s.weekday.is_some() || s.month.is_some();
    let unanchored = found
        .iter()
        .any(|(_, s, _, near)| dated(s) && near.is_empty());
    if !unanchored
        && found.iter().all(|(_, s, _, _)| dated(s))
        && !found
            .iter()
            .all(|(_, _, _, a)| found.iter().all(|(_, _, _, b)| same_happening(a, b)))
    {
        return None;
    }
    // Dates fill the same slot only when every article gives the same kind of
    // field (a weekday and a year may be the dates of two different facts).
    let all = |field: fn(&DateSpec) -> bool| found.iter().all(|(_, s, _, _)| field(s));
    let comparable =
        all(|s| s.year.is_some()) || all(|s| s.month.is_some()) || all(|s| s.weekday.is_some());
    if found.len() < 2 || !comparable {
        return None;
    }
    let conflict = |a: Option<u16>, b: Option<u16>| a.zip(b).is_some_and(|(a, b)| a != b);
    let compatible = found.iter().all(|(_, a, _, _)| {
        found.iter().all(|(_, b, _, _)| {
            !conflict(a.year, b.year)
                && !conflict(a.month.map(u16::from), b.month.map(u16::from))
                && !conflict(a.day.map(u16::from), b.day.map(u16::from))
                && !conflict(a.weekday.map(u16::from), b.weekday.map(u16::from))
        })
    });
    let agree = found.iter().all(|(_, a, _, _)| *a == found[0].1);
    let values = found
        .into_iter()
        .map(|(doc, _, text, _)| Value {
            doc,
            text: Some(text),
        })
        .collect();
    Some(Discrepancy {
        kind: Kind::Date,
        values,
        verdict: Verdict::of(agree, compatible),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::terms::{Vocabulary, features};

    /// The date discrepancy between two one-sentence parts, if any.
    fn between(a: &str, b: &str) -> Option<Discrepancy> {
        let mut v = Vocabulary::default();
        let (fa, fb) = (features(a, &mut v), features(b, &mut v));
        let part = |doc, text, f| Part {
            doc,
            texts: vec![text],
            feats: vec![f],
        };
        dates(&[part(0, a, &fa), part(1, b, &fb)])
    }

    #[test]
    fn dates_compare_only_when_they_date_the_same_happening() {
        for (a, b, flagged) in [
            (
                "Activists stepped up their calls for a strike on Sunday night.",
                "Lawmakers voted to fund the government on Monday.",
                false,
            ),
            (
                "The quake struck the coastal city on Monday.",
                "The quake hit the coastal city on Tuesday.",
                true,
            ),
            (
                "Voters went to the polls on Sunday.",
                "The polls closed on Monday.",
                true,
            ),
            (
                "The treaty was signed in 1992.",
                "The treaty was signed in 1994.",
                true,
            ),
        ] {
            assert_eq!(between(a, b).is_some(), flagged, "{a} | {b}");
        }
    }
}
