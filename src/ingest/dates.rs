//! Publication dates as outlets print them, and the [`Published`] timestamp that
//! articles carry (ISO 8601 in JSON: `2024-06-13T06:03:00`, or `2024-06-13` when no
//! time is known).
//!
//! Understood: ISO dates and times; `June 13, 2024 06:03am`; `12 June 2024, 16:18`;
//! `Thursday, June 13, 2024 at 6:03 p.m.`; `Jun. 13 2024`; `13.06.2024`; `2024/06/13`.

use regex::Regex;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::sync::LazyLock;

/// A publication date with an optional time of day (local to the outlet; no zone).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Published {
    pub year: u16,
    pub month: u8,
    pub day: u8,
    pub time: Option<(u8, u8, u8)>,
}

impl Published {
    pub fn date(year: u16, month: u8, day: u8) -> Option<Self> {
        let valid = (1900..=2200).contains(&year)
            && (1..=12).contains(&month)
            && (1..=days_in_month(year, month)).contains(&day);
        valid.then_some(Self {
            year,
            month,
            day,
            time: None,
        })
    }

    pub fn at(self, hour: u8, minute: u8, second: u8) -> Option<Self> {
        (hour < 24 && minute < 60 && second < 61).then_some(Self {
            time: Some((hour, minute, second)),
            ..self
        })
    }

    /// Days since 1970-01-01, for measuring how far apart two dates are.
    pub fn days(&self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
    }

    /// The day `days` after 1970-01-01, the inverse of [`Published::days`]
    /// (Howard Hinnant's civil_from_days); `None` outside the years accepted.
    pub fn from_days(days: i64) -> Option<Self> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Self::date(u16::try_from(year).ok()?, month as u8, day as u8)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Published {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)?;
        if let Some((h, m, s)) = self.time {
            write!(f, "T{h:02}:{m:02}:{s:02}")?;
        }
        Ok(())
    }
}

impl Serialize for Published {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Published {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        find_date(&text)
            .map(|found| found.published)
            .ok_or_else(|| serde::de::Error::custom(format!("not a date: {text}")))
    }
}

/// A date found in a line, with the byte span it covered.
#[derive(Clone, Debug, PartialEq)]
pub struct FoundDate {
    pub published: Published,
    pub span: std::ops::Range<usize>,
}

/// Every month name and abbreviation of `text::lexicon`, longest first (a full
/// stop after an abbreviation is matched by the patterns that use this).
fn months() -> String {
    let mut names: Vec<&str> = crate::text::lexicon::MONTHS
        .iter()
        .flatten()
        .copied()
        .collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.join("|")
}
const TIME: &str = r"(?:,?\s*(?:at\s+|-\s+|\|\s*)?(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?P<ampm>[ap]\.?\s?m\.?)?)?";

const ISO: &str = r"\b(?P<y>(?:19|20|21)\d{2})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})(?:[T ](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?)?";

fn month_first() -> String {
    format!(
        r"(?i)\b(?P<mon>{})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20|21)\d{{2}})\b{TIME}",
        months()
    )
}
fn day_first() -> String {
    format!(
        r"(?i)\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?(?P<mon>{})\.?\s+(?P<y>(?:19|20|21)\d{{2}})\b{TIME}",
        months()
    )
}
fn dotted() -> String {
    format!(r"\b(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>(?:19|20|21)\d{{2}})\b{TIME}")
}

/// A date pattern compiled twice, each on first use: with Unicode classes, and with
/// ASCII ones (`\b`, `\d`, `\s`, case folding), far cheaper to compile and the same
/// on text whose only non-ASCII characters are bullets, dashes and curly quotes.
struct DatePattern {
    unicode: LazyLock<Regex>,
    ascii: LazyLock<Regex>,
}

impl DatePattern {
    fn for_text(&self, text: &str) -> &Regex {
        let plain = text
            .chars()
            .all(|c| c.is_ascii() || matches!(c, '•' | '–' | '—' | '‘' | '’' | '“' | '”'));
        if plain { &self.ascii } else { &self.unicode }
    }
}

fn compile(pattern: &str, ascii: bool) -> Regex {
    let flags = if ascii { "(?-u)" } else { "" };
    Regex::new(&format!("{flags}{pattern}")).expect("valid date pattern")
}

static ISO_DATE: DatePattern = DatePattern {
    unicode: LazyLock::new(|| compile(ISO, false)),
    ascii: LazyLock::new(|| compile(ISO, true)),
};
static MONTH_FIRST: DatePattern = DatePattern {
    unicode: LazyLock::new(|| compile(&month_first(), false)),
    ascii: LazyLock::new(|| compile(&month_first(), true)),
};
static DAY_FIRST: DatePattern = DatePattern {
    unicode: LazyLock::new(|| compile(&day_first(), false)),
    ascii: LazyLock::new(|| compile(&day_first(), true)),
};
static DOTTED: DatePattern = DatePattern {
    unicode: LazyLock::new(|| compile(&dotted(), false)),
    ascii: LazyLock::new(|| compile(&dotted(), true)),
};

/// Month number for an English month name or abbreviation (by its first three
/// letters; the names are `text::lexicon`'s).
pub fn month_number(name: &str) -> Option<u8> {
    crate::text::lexicon::month_by_prefix(name)
}

/// Finds the first complete date (with year) in `text`, with a time when one follows.
///
/// A pattern is tried (and compiled, on first use) only when `text` holds what every
/// match of it must: a year's `19`/`20`/`21`, and the pattern's separator or a month
/// name. Most lines of prose hold none, so most commands never compile these patterns.
pub fn find_date(text: &str) -> Option<FoundDate> {
    if !has_century(text) {
        return None;
    }
    let candidates: [(&DatePattern, bool); 4] = [
        (&ISO_DATE, may_be_iso(text)),
        (&MONTH_FIRST, may_name_month(text)),
        (&DAY_FIRST, may_name_month(text)),
        (
            &DOTTED,
            [".19", ".20", ".21"].iter().any(|y| text.contains(y)),
        ),
    ];
    find_with(
        text,
        candidates
            .into_iter()
            .filter(|&(_, possible)| possible)
            .map(|(pattern, _)| pattern.for_text(text)),
    )
}

/// `19`, `20` or `21`: the start of every year the patterns accept.
fn has_century(text: &str) -> bool {
    text.as_bytes()
        .windows(2)
        .any(|w| matches!(w, [b'1', b'9'] | [b'2', b'0' | b'1']))
}

/// A year's four digits then `-` or `/`; with digits of other scripts (which `\d`
/// accepts), any `-` or `/` at all.
fn may_be_iso(text: &str) -> bool {
    if text.chars().any(|c| !c.is_ascii() && c.is_numeric()) {
        return text.contains(['-', '/']);
    }
    text.as_bytes().windows(5).any(|w| {
        matches!(w[..2], [b'1', b'9'] | [b'2', b'0' | b'1'])
            && w[2..4].iter().all(u8::is_ascii_digit)
            && matches!(w[4], b'-' | b'/')
    })
}

/// Holds the first three letters of a month in any case at the start of a word, or
/// a long `ſ`, which the patterns' Unicode case folding equates with `s` (`ſept`).
fn may_name_month(text: &str) -> bool {
    static PREFIXES: LazyLock<Vec<&'static [u8]>> = LazyLock::new(|| {
        let full = crate::text::lexicon::MONTHS.iter().map(|names| names[0]);
        full.filter_map(|name| name.as_bytes().get(..3)).collect()
    });
    text.contains('\u{17F}')
        || text.as_bytes().windows(4).any(|w| {
            !(w[0].is_ascii_alphanumeric() || w[0] == b'_')
                && PREFIXES.iter().any(|p| w[1..].eq_ignore_ascii_case(p))
        })
        || PREFIXES.iter().any(|p| {
            text.as_bytes()
                .get(..3)
                .is_some_and(|h| h.eq_ignore_ascii_case(p))
        })
}

/// The leftmost date any of `patterns` finds (the earlier pattern on a tie).
fn find_with<'a>(text: &str, patterns: impl Iterator<Item = &'a Regex>) -> Option<FoundDate> {
    let mut best: Option<FoundDate> = None;
    for pattern in patterns {
        let Some(caps) = pattern.captures(text) else {
            continue;
        };
        let num = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<u16>().ok());
        let month = match caps.name("mon") {
            Some(m) => month_number(m.as_str()).map(u16::from),
            None => num("m"),
        };
        let (Some(year), Some(month), Some(day)) = (num("y"), month, num("d")) else {
            continue;
        };
        let Some(mut published) = Published::date(year, month as u8, day as u8) else {
            continue;
        };
        if let (Some(h), Some(mi)) = (num("h"), num("mi")) {
            let pm = caps
                .name("ampm")
                .map(|m| m.as_str().to_lowercase().starts_with('p'));
            let hour = match pm {
                Some(true) if h < 12 => h + 12,
                Some(false) if h == 12 => 0,
                _ => h,
            };
            published = published
                .at(hour as u8, mi as u8, num("s").unwrap_or(0) as u8)
                .unwrap_or(published);
        }
        let whole = caps.get(0).map_or(0..0, |m| m.range());
        if best.as_ref().is_none_or(|b| whole.start < b.span.start) {
            best = Some(FoundDate {
                published,
                span: whole,
            });
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_table() {
        let cases = [
            ("June 13, 2024 06:03am", "2024-06-13T06:03:00"),
            ("• June 13, 2024 06:03am", "2024-06-13T06:03:00"),
            ("12 June 2024, 16:18", "2024-06-12T16:18:00"),
            ("2024-06-13T06:03:00", "2024-06-13T06:03:00"),
            ("2024-06-13", "2024-06-13"),
            ("Published 2024/06/13 14:05", "2024-06-13T14:05:00"),
            (
                "Thursday, June 13, 2024 at 6:03 p.m.",
                "2024-06-13T18:03:00",
            ),
            ("Jun. 13 2024", "2024-06-13"),
            ("13.06.2024 09:15", "2024-06-13T09:15:00"),
            ("Updated: 1st March 2023", "2023-03-01"),
            ("December 31, 2023 12:30 am", "2023-12-31T00:30:00"),
            ("Sept. 9, 2022", "2022-09-09"),
        ];
        for (input, want) in cases {
            let found = find_date(input).unwrap_or_else(|| panic!("no date in {input:?}"));
            assert_eq!(found.published.to_string(), want, "input {input:?}");
        }
    }

    #[test]
    fn pre_checks_never_hide_a_date() {
        let mut found = 0;
        for line in crate::ingest::furniture::sample_lines() {
            let all = [&ISO_DATE, &MONTH_FIRST, &DAY_FIRST, &DOTTED].map(|p| &*p.unicode);
            let want = find_with(&line, all.into_iter());
            found += usize::from(want.is_some());
            assert_eq!(find_date(&line), want, "line {line:?}");
        }
        assert!(found >= 10, "only {found} dates in the samples");
    }

    #[test]
    fn rejects_non_dates() {
        for input in [
            "400",
            "February 30, 2024",
            "in 2024",
            "0 Comments",
            "13.13.2024",
            "June 12",
        ] {
            assert_eq!(find_date(input), None, "input {input:?}");
        }
    }

    #[test]
    fn days_count_from_the_epoch() {
        assert_eq!(Published::date(1970, 1, 1).map(|d| d.days()), Some(0));
        let a = Published::date(2024, 6, 13).map(|d| d.days());
        let b = Published::date(2024, 6, 12).map(|d| d.days());
        assert_eq!(a.zip(b).map(|(a, b)| a - b), Some(1));
    }

    #[test]
    fn days_convert_back() {
        for text in ["1970-01-01", "2000-02-29", "2019-12-31", "2024-03-01"] {
            let day = find_date(text).expect("a date").published;
            assert_eq!(Published::from_days(day.days()), Some(day), "{text}");
        }
    }

    #[test]
    fn json_round_trip() {
        let p = find_date("2024-06-13T06:03:00").map(|f| f.published);
        let json = serde_json::to_string(&p).unwrap_or_default();
        assert_eq!(json, "\"2024-06-13T06:03:00\"");
        let back: Option<Published> = serde_json::from_str(&json).ok().flatten();
        assert_eq!(back, p);
    }
}
