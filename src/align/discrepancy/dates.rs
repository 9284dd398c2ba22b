//! Dates inside a group: which day, month, year or weekday each article gives,
//! and whether they agree, differ only in detail, or contradict.

use super::{Discrepancy, Kind, Part, Value, Verdict};
use crate::align::terms::Features;
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

fn date_mentions(text: &str, f: &Features) -> (DateSpec, Vec<String>) {
    let mut spec = DateSpec::default();
    let mut words = Vec::new();
    let toks = &f.tokens;
    for (i, t) in toks.iter().enumerate() {
        let w = t.text(text);
        let lower = w.to_lowercase();
        if let Some(d) = weekday(&lower) {
            spec.weekday.get_or_insert(d);
            words.push(w.to_string());
        } else if let Some(m) = full_month(&lower).filter(|_| {
            // A month is capitalised; "may" is a verb unless written "May".
            w.chars().next().is_some_and(char::is_uppercase) && (lower != "may" || w == "May")
        }) {
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
    // Dates fill the same slot only when every article gives the same kind of
    // field (a weekday and a year may be the dates of two different facts).
    let all = |field: fn(&DateSpec) -> bool| found.iter().all(|(_, s, _)| field(s));
    let comparable =
        all(|s| s.year.is_some()) || all(|s| s.month.is_some()) || all(|s| s.weekday.is_some());
    if found.len() < 2 || !comparable {
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
        verdict: Verdict::of(agree, compatible),
    })
}
