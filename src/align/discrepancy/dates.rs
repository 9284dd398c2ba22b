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

/// One date as written: a run of date words with only spaces and commas between
/// them ("Monday, July 1, 2024"), with the terms of what happened then.
struct Mention {
    spec: DateSpec,
    text: String,
    span: std::ops::Range<usize>,
    near: Vec<String>,
}

/// Every date a sentence gives, in order.
fn date_mentions(text: &str, f: &Features) -> Vec<Mention> {
    let mut pieces: Vec<Mention> = Vec::new();
    let toks = &f.tokens;
    let mut i = 0;
    while i < toks.len() {
        let w = toks[i].text(text);
        let lower = w.to_lowercase();
        let mut spec = DateSpec::default();
        let mut end = toks[i].span.end;
        if let Some(d) = weekday(&lower) {
            spec.weekday = Some(d);
        } else if let Some(m) = full_month(&lower).filter(|_| {
            // A month is capitalised; "may" is a verb unless written "May".
            w.chars().next().is_some_and(char::is_uppercase) && (lower != "may" || w == "May")
        }) {
            spec.month = Some(m);
            if let Some((day, t)) = toks
                .get(i + 1)
                .filter(|n| n.kind == TokenKind::Number)
                .and_then(|n| Some((n.text(text).parse::<u8>().ok()?, n)))
                .filter(|(d, _)| (1..=31).contains(d))
            {
                spec.day = Some(day);
                end = t.span.end;
            }
        } else {
            i += 1;
            continue;
        }
        let mut near = Vec::new();
        context(text, f, i, &mut near);
        pieces.push(Mention {
            spec,
            text: String::new(),
            span: toks[i].span.start..end,
            near,
        });
        i += 1;
    }
    for q in f.quantities.iter().filter(|q| q.is_year) {
        pieces.push(Mention {
            spec: DateSpec {
                year: Some(q.value as u16),
                ..DateSpec::default()
            },
            text: String::new(),
            span: q.span.clone(),
            near: Vec::new(),
        });
    }
    pieces.sort_by_key(|m| m.span.start);
    let mut out: Vec<Mention> = Vec::new();
    for piece in pieces {
        let joins = out.last().is_some_and(|last: &Mention| {
            last.span.end <= piece.span.start
                && text[last.span.end..piece.span.start]
                    .chars()
                    .all(|c| c.is_whitespace() || c == ',')
        });
        match out.last_mut() {
            Some(last) if joins => {
                let (s, p) = (&mut last.spec, piece.spec);
                s.year = s.year.or(p.year);
                s.month = s.month.or(p.month);
                s.day = s.day.or(p.day);
                s.weekday = s.weekday.or(p.weekday);
                last.span.end = piece.span.end;
                last.near.extend(piece.near);
            }
            _ => out.push(piece),
        }
    }
    for m in &mut out {
        m.text = text[m.span.clone()].to_string();
    }
    out
}

/// Whether two dates can both be true: no field of one contradicts the other's.
fn compatible(a: &DateSpec, b: &DateSpec) -> bool {
    let conflict = |a: Option<u8>, b: Option<u8>| a.zip(b).is_some_and(|(a, b)| a != b);
    a.year.zip(b.year).is_none_or(|(x, y)| x == y)
        && !conflict(a.month, b.month)
        && !conflict(a.day, b.day)
        && !conflict(a.weekday, b.weekday)
}

/// The dates the articles give for the group's event, when they differ. Dates
/// fill the same slot only when they give the same kind of field (a weekday and a
/// year may be the dates of two different facts), so each kind is read apart:
/// the full date (a month), then the weekday, then the year.
pub(super) fn dates(parts: &[Part]) -> Option<Discrepancy> {
    let per_part: Vec<(usize, Vec<Mention>)> = parts
        .iter()
        .map(|p| {
            let mentions = p
                .texts
                .iter()
                .zip(&p.feats)
                .flat_map(|(text, f)| date_mentions(text, f))
                .collect();
            (p.doc, mentions)
        })
        .collect();
    let kinds: [fn(&DateSpec) -> bool; 3] = [
        |s| s.month.is_some(),
        |s| s.weekday.is_some(),
        |s| s.year.is_some(),
    ];
    kinds.into_iter().find_map(|has| {
        let of_kind: Vec<(usize, Vec<&Mention>)> = per_part
            .iter()
            .map(|(doc, ms)| (*doc, ms.iter().filter(|m| has(&m.spec)).collect()))
            .filter(|(_, ms): &(usize, Vec<&Mention>)| !ms.is_empty())
            .collect();
        let found = super::slot_values(of_kind, |a, b| compatible(&a.spec, &b.spec));
        slot(&found)
    })
}

/// The discrepancy among one slot's dates, if they differ and date one happening.
fn slot(found: &[(usize, &Mention)]) -> Option<Discrepancy> {
    if found.len() < 2 {
        return None;
    }
    let agree = found.iter().all(|(_, m)| m.spec == found[0].1.spec);
    if agree {
        return None;
    }
    // Only when what happened then is named alike: a group may join sentences
    // that share a name and give the dates of two different happenings ("calls
    // stepped up Sunday night" / "voted to fund the government on Monday"). A
    // year alone carries no context: it stays comparable.
    let dated = |s: &DateSpec| s.weekday.is_some() || s.month.is_some();
    let anchored = found
        .iter()
        .all(|(_, m)| dated(&m.spec) && !m.near.is_empty());
    if anchored
        && !found
            .iter()
            .all(|(_, a)| found.iter().all(|(_, b)| same_happening(&a.near, &b.near)))
    {
        return None;
    }
    let compatible = found
        .iter()
        .all(|(_, a)| found.iter().all(|(_, b)| compatible(&a.spec, &b.spec)));
    let values = found
        .iter()
        .map(|(doc, m)| Value {
            doc: *doc,
            text: Some(m.text.clone()),
        })
        .collect();
    Some(Discrepancy {
        kind: Kind::Date,
        values,
        verdict: Verdict::of(false, compatible),
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
