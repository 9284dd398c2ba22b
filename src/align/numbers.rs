//! Numbers as news text writes them — digits (`100,000`, `3.5`), words (`ten`,
//! `three decades`, `two hundred`), qualified (`at least`, `around`, `more than`) or
//! as ranges (`10-15`) — normalised so that "ten" and "10" compare equal.

use crate::text::words::{Token, TokenKind, normalize};

/// How a number is qualified in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    AtLeast,
    AtMost,
    About,
}

/// One quantity mentioned in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    pub value: f64,
    /// Upper end of a range (`10-15`), else equal to `value`.
    pub high: f64,
    pub qualifier: Qualifier,
    /// Byte span in the sentence, qualifier included.
    pub span: std::ops::Range<usize>,
    /// The normalised word counted (`journalists`, `people`), when one follows.
    pub unit: Option<String>,
    /// A four-digit number in a year's range with no unit: a year, not a count.
    pub is_year: bool,
}

impl Quantity {
    /// Whether two mentions can describe the same count.
    pub fn agrees_with(&self, other: &Quantity) -> bool {
        let close =
            |a: f64, b: f64, tolerance: f64| (a - b).abs() <= tolerance * a.abs().max(b.abs());
        let overlap = self.value <= other.high && other.value <= self.high;
        match (self.qualifier, other.qualifier) {
            _ if overlap && self.value == other.value => true,
            (Qualifier::AtLeast, _) => other.high >= self.value,
            (_, Qualifier::AtLeast) => self.high >= other.value,
            (Qualifier::AtMost, _) => other.value <= self.high,
            (_, Qualifier::AtMost) => self.value <= other.high,
            (Qualifier::About, _) | (_, Qualifier::About) => {
                overlap || close(self.value, other.value, 0.15)
            }
            _ => overlap,
        }
    }
}

/// The value of a number word, if `word` (lower case) is one.
pub fn word_value(word: &str) -> Option<f64> {
    const SMALL: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(i) = SMALL.iter().position(|&w| w == word) {
        return Some(i as f64);
    }
    if let Some(i) = TENS.iter().position(|&w| w == word) {
        return Some((i as f64 + 2.0) * 10.0);
    }
    if let Some((tens, ones)) = word.split_once('-') {
        return Some(word_value(tens)? + word_value(ones).filter(|&v| v < 10.0)?);
    }
    match word {
        "dozen" => Some(12.0),
        "hundred" => Some(100.0),
        "thousand" => Some(1e3),
        "million" => Some(1e6),
        "billion" => Some(1e9),
        "trillion" => Some(1e12),
        _ => None,
    }
}

fn multiplier(word: &str) -> Option<f64> {
    match word {
        "hundred" => Some(100.0),
        "thousand" | "k" => Some(1e3),
        "million" | "m" | "mn" => Some(1e6),
        "billion" | "bn" | "b" => Some(1e9),
        "trillion" | "tn" => Some(1e12),
        _ => None,
    }
}

fn qualifier_before(words: &[String], at: usize) -> (Qualifier, usize) {
    let w = |back: usize| {
        at.checked_sub(back)
            .and_then(|i| words.get(i))
            .map(String::as_str)
    };
    match (w(2), w(1)) {
        (Some("at"), Some("least")) | (Some("more"), Some("than")) => (Qualifier::AtLeast, 2),
        (Some("at"), Some("most"))
        | (Some("less"), Some("than"))
        | (Some("fewer"), Some("than"))
        | (Some("up"), Some("to")) => (Qualifier::AtMost, 2),
        (_, Some("over")) => (Qualifier::AtLeast, 1),
        (
            _,
            Some(
                "around" | "about" | "some" | "roughly" | "approximately" | "nearly" | "almost"
                | "approx" | "circa" | "estimated",
            ),
        ) => (Qualifier::About, 1),
        _ => (Qualifier::Exact, 0),
    }
}

/// Currency signs, which say what an amount counts ("$3.5 billion in aid").
const CURRENCY: &[&str] = &["$", "€", "£", "¥", "₹", "₽"];

/// What the number at `start..end` counts: the first word after it, past any
/// function words but not past punctuation ("ten journalists", "$3.5 billion in
/// cash"; "$1 million, the group said" counts nothing named), with the currency
/// written before it. A rank ("No. 2", "#3") is a label, not a count: two ranks in
/// one group are as often two people's as one person's.
fn counted(words: &[String], start: usize, end: usize) -> Option<String> {
    let before = |back: usize| start.checked_sub(back).map(|i| words[i].as_str());
    if before(1) == Some("#") || (before(1) == Some(".") && before(2) == Some("no")) {
        return None;
    }
    let sign = before(1).filter(|w| CURRENCY.contains(w)).unwrap_or("");
    let word = words[end.min(words.len())..]
        .iter()
        .take(UNIT_REACH)
        .take_while(|w| w.chars().all(char::is_alphabetic))
        .find(|w| w.len() > 1 && !crate::text::lexicon::is_stop_word(w))?;
    Some(format!("{sign}{word}"))
}

/// Most words read after a number for what it counts.
const UNIT_REACH: usize = 3;

/// All quantities in a sentence, given its tokens.
pub fn quantities(text: &str, tokens: &[Token]) -> Vec<Quantity> {
    // Most sentences hold no number: find out before lower-casing any word.
    let maybe_number = |t: &Token| {
        let w = t.text(text);
        t.kind == TokenKind::Number
            || (w.len() <= 12 && word_value(&w.to_ascii_lowercase()).is_some())
    };
    if !tokens.iter().any(maybe_number) {
        return Vec::new();
    }
    let words: Vec<String> = tokens.iter().map(|t| normalize(t.text(text))).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let digits = tokens[i].kind == TokenKind::Number;
        let raw = tokens[i].text(text).replace(',', "");
        // "10-15" is one token: a range.
        let joined_range = raw
            .split_once(['-', '–'])
            .and_then(|(a, b)| Some((a.parse::<f64>().ok()?, b.parse::<f64>().ok()?)));
        let parsed = if let Some((low, _)) = joined_range {
            Some(low)
        } else if digits {
            raw.parse::<f64>().ok()
        } else {
            word_value(&words[i]).filter(|_| {
                !matches!(
                    words[i].as_str(),
                    "one" | "hundred" | "thousand" | "million" | "billion" | "trillion" | "dozen"
                ) || i + 1 < tokens.len() && multiplier(&words[i + 1]).is_some()
            })
        };
        let Some(mut value) = parsed else {
            i += 1;
            continue;
        };
        let start = i;
        let mut end = i + 1;
        // "two hundred", "3.5 million", "twenty-one thousand"
        while let Some(m) = words.get(end).and_then(|w| multiplier(w)) {
            value *= m;
            end += 1;
        }
        let mut high = joined_range.map_or(value, |(_, h)| h.max(value));
        // Ranges: "10 - 15", "10 to 15".
        let dash = words
            .get(end)
            .is_some_and(|w| matches!(w.as_str(), "-" | "–" | "to"));
        let upper = words.get(end + 1).and_then(|w| {
            w.replace(',', "")
                .parse::<f64>()
                .ok()
                .or_else(|| word_value(w))
        });
        if let Some(h) = upper.filter(|&h| dash && h > value) {
            high = h;
            end += 2;
        }
        let (qualifier, back) = qualifier_before(&words, start);
        let unit = counted(&words, start, end);
        // A bare four-digit number in a year's range is a year when a date word
        // leads to it ("in 2020", "September 2020") or nothing is counted after it.
        let before = start.checked_sub(1).map(|b| words[b].as_str());
        let dated = before.is_some_and(|b| {
            matches!(
                b,
                "in" | "since"
                    | "of"
                    | "until"
                    | "by"
                    | "from"
                    | "early"
                    | "late"
                    | "mid"
                    | "before"
                    | "after"
                    | "during"
                    | "year"
                    | "spring"
                    | "summer"
                    | "autumn"
                    | "fall"
                    | "winter"
            ) || crate::ingest::dates::month_number(b).is_some() && b.len() >= 3
        });
        let year_like = digits
            && raw.len() == 4
            && !raw.contains('.')
            && (1900.0..=2100.0).contains(&value)
            && joined_range.is_none();
        let is_year = year_like && (unit.is_none() || dated);
        let unit = if is_year { None } else { unit };
        let first = &tokens[start - back];
        out.push(Quantity {
            value,
            high,
            qualifier,
            span: first.span.start..tokens[end - 1].span.end,
            unit,
            is_year,
        });
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::words::tokens;

    fn q(text: &str) -> Vec<Quantity> {
        quantities(text, &tokens(text))
    }

    #[test]
    fn case_table() {
        let cases: &[(&str, f64, Qualifier, &str)] = &[
            (
                "At least ten journalists were injured",
                10.0,
                Qualifier::AtLeast,
                "At least ten",
            ),
            ("including 17 police officers", 17.0, Qualifier::Exact, "17"),
            (
                "injuries to around 100 people",
                100.0,
                Qualifier::About,
                "around 100",
            ),
            (
                "expulsion of over 100,000 ethnic Armenians",
                100_000.0,
                Qualifier::AtLeast,
                "over 100,000",
            ),
            (
                "ended three decades of control",
                3.0,
                Qualifier::Exact,
                "three",
            ),
            ("two hundred people", 200.0, Qualifier::Exact, "two hundred"),
            (
                "a 3.5 million budget",
                3.5e6,
                Qualifier::Exact,
                "3.5 million",
            ),
            ("twenty-one soldiers", 21.0, Qualifier::Exact, "twenty-one"),
        ];
        for &(text, value, qualifier, span) in cases {
            let found = q(text);
            assert_eq!(found.len(), 1, "{text}: {found:?}");
            assert_eq!(found[0].value, value, "{text}");
            assert_eq!(found[0].qualifier, qualifier, "{text}");
            assert_eq!(&text[found[0].span.clone()], span, "{text}");
        }
    }

    #[test]
    fn years_ranges_and_units() {
        let found = q("In September 2020, between 10-15 people fled");
        assert!(found[0].is_year);
        assert_eq!((found[1].value, found[1].high), (10.0, 15.0));
        assert_eq!(found[1].unit.as_deref(), Some("people"));
        assert!(q("One of the few").is_empty(), "'one' alone is not a count");
    }

    #[test]
    fn agreement() {
        let one = |t: &str| q(t).remove(0);
        let cases = [
            ("ten journalists", "10 journalists", true),
            ("at least ten journalists", "10 journalists", true),
            ("at least ten journalists", "17 journalists", true),
            ("17 officers", "ten officers", false),
            ("around 100 people", "110 people", true),
            ("around 100 people", "150 people", false),
            ("10-15 people", "12 people", true),
            ("fewer than 20 people", "25 people", false),
        ];
        for (a, b, want) in cases {
            assert_eq!(one(a).agrees_with(&one(b)), want, "{a} vs {b}");
            assert_eq!(one(b).agrees_with(&one(a)), want, "{b} vs {a}");
        }
    }
}
