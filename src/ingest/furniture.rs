//! Page furniture: the lines of a scraped page that are not the article — bylines,
//! datelines, counters, photo credits and captions, agency tags, navigation and
//! sharing widgets, comment boxes, teaser lists. Each test looks at one line (and
//! at most its neighbour) and never at the words of running text.

use regex::Regex;
use std::sync::LazyLock;

/// Why a line was dropped. The text is what `dropped[].why` says in JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    RepeatedHeadline,
    Repeated,
    Byline,
    Dateline,
    Counter,
    Credit,
    Caption,
    Navigation,
    Url,
    TeaserList,
    AfterArticle,
}

impl Why {
    pub fn as_str(self) -> &'static str {
        match self {
            Why::RepeatedHeadline => "repeated headline",
            Why::Repeated => "repeated paragraph",
            Why::Byline => "byline",
            Why::Dateline => "date line",
            Why::Counter => "view or comment counter",
            Why::Credit => "photo credit",
            Why::Caption => "photo caption",
            Why::Navigation => "navigation or sharing widget",
            Why::Url => "address line",
            Why::TeaserList => "teaser list after the article",
            Why::AfterArticle => "page furniture after the article",
        }
    }
}

/// Widget and navigation labels, compared in lower case without final `:`.
const NAVIGATION: &[&str] = &[
    "skip to content",
    "skip to main content",
    "skip to navigation",
    "share this post",
    "share this article",
    "share this story",
    "share this",
    "share",
    "share on facebook",
    "share on twitter",
    "share on x",
    "tweet",
    "email",
    "print",
    "copy link",
    "leave a comment",
    "leave a reply",
    "post a comment",
    "add a comment",
    "comments",
    "comment",
    "related articles",
    "related stories",
    "related",
    "read also",
    "read more",
    "see also",
    "more on this story",
    "recommended",
    "latest",
    "latest news",
    "most read",
    "most popular",
    "trending",
    "advertisement",
    "sponsored",
    "subscribe",
    "sign up",
    "log in",
    "login",
    "menu",
    "search",
    "home",
    "back to top",
    "follow us",
    "newsletter",
    "listen to this article",
    "you may also like",
    "top stories",
    "cookie settings",
    "accept cookies",
    "show comments",
    "load more",
    "next",
    "previous",
    "tags",
    "topics",
];

static COUNTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[•·|\-–*\s]*\d[\d,.]*\s*[kKmM]?\s*(comments?|views?|reads?|shares?|likes?|replies|reactions?)?$")
        .expect("valid counter pattern")
});
static CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:©|\(c\)|photo\b|photos\b|image\b|picture\b|credit\b|foto\b|bild\b|illustration\b|video\b|source:|getty|reuters/|\[?photo)|(?:/\s*(?:ap|afp|reuters|getty images|dpa|epa|anadolu|pool|tass|sputnik)\b)|\b(?:getty images|shutterstock)\b")
        .expect("valid credit pattern")
});
const BYLINE_PATTERN: &str = r"^(?:[•·|\-–*]\s*)?(?i:by\s+|written by\s+|author:\s*|von\s+|par\s+)?(?P<name>\p{Lu}[\p{L}'’.\-]+(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|de|da|van|von|der|al|bin|and|&)){1,4})\s*[/|,]?\s*$";
static BYLINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(BYLINE_PATTERN).expect("valid byline pattern"));
/// [`BYLINE`] with ASCII classes: a tenth of its cost to compile, and the same on a
/// line whose only non-ASCII characters are its bullets and apostrophe.
static ASCII_BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    let ascii = BYLINE_PATTERN
        .replace(r"\p{Lu}", "[A-Z]")
        .replace(r"\p{L}", "A-Za-z")
        .replace(r"\s", r"(?-u:\s)");
    Regex::new(&ascii).expect("valid ASCII byline pattern")
});
static URL_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:url:|source:|link:)?\s*(?P<url>https?://\S+)\s*$")
        .expect("valid url pattern")
});
static NUMBERED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:\d{1,2}[.)]|[•·*\-–])\s+\S").expect("valid list pattern"));

/// Lower case, letters and digits only: how lines are compared for repetition.
pub fn fingerprint(line: &str) -> String {
    if line.is_ascii() {
        // (The same, without Unicode case tables.)
        return line
            .bytes()
            .filter(u8::is_ascii_alphanumeric)
            .map(|b| char::from(b.to_ascii_lowercase()))
            .collect();
    }
    line.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

pub fn word_count(line: &str) -> usize {
    words_up_to(line, usize::MAX)
}

/// The words of a line counted up to `most`: enough to hold the count
/// against a bound without reading a long paragraph to its end.
pub fn words_up_to(line: &str, most: usize) -> usize {
    line.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(most)
        .count()
}

/// Ends like a sentence: `.`, `!`, `?`, `…`, possibly inside closing quotes.
pub fn ends_sentence(line: &str) -> bool {
    let trimmed = line.trim_end_matches(['"', '”', '’', '\'', ')', '»', ' ']);
    trimmed.ends_with(['.', '!', '?', '…', '。', '！', '？'])
}

/// Line lengths, in words, that tell furniture from prose. Set by hand on the demo
/// seeds and the case tables below (`bylines`, `furniture_lines`, `body_paragraphs`
/// keep them), and held by `score.py extraction` (F1 0.958 on 181 real pages).
/// A sentence of at least this many words is prose.
const PROSE_SENTENCE_WORDS: usize = 8;
/// A line of at least this many words is prose, punctuated or not.
const PROSE_LINE_WORDS: usize = 20;
/// Most words of a counter ("12 comments") and of a photo credit.
const COUNTER_WORDS: usize = 3;
const CREDIT_WORDS: usize = 16;
/// Most words of a byline ("By Jane Doe and John Roe").
const BYLINE_WORDS: usize = 7;
/// Most words of a short fragment (an agency tag, a comment prompt).
const FRAGMENT_WORDS: usize = 6;

/// A paragraph of running text: long enough and shaped like prose.
pub fn is_body(line: &str) -> bool {
    let words = words_up_to(line, PROSE_LINE_WORDS);
    (words >= PROSE_SENTENCE_WORDS && ends_sentence(line)) || words >= PROSE_LINE_WORDS
}

pub fn is_navigation(line: &str) -> bool {
    let lower = line
        .trim()
        .trim_end_matches([':', '›', '»', '>', '→'])
        .trim()
        .to_lowercase();
    let lower = lower.trim_start_matches(['•', '·', '|', '-', '*', ' ']);
    NAVIGATION.contains(&lower)
}

pub fn is_counter(line: &str) -> bool {
    // `\d` is a decimal digit (Nd), which `is_numeric` includes.
    words_up_to(line, COUNTER_WORDS + 1) <= COUNTER_WORDS
        && line.chars().any(char::is_numeric)
        && COUNTER.is_match(line.trim())
}

/// A photo credit: starts with © or a credit label, or names a photo agency after a slash.
pub fn is_credit(line: &str) -> bool {
    words_up_to(line, CREDIT_WORDS + 1) <= CREDIT_WORDS
        && !ends_with_period_sentence(line)
        && may_be_credit(line.trim())
        && CREDIT.is_match(line.trim())
}

/// What every line [`CREDIT`] matches holds: a slash, `©`, an agency name, or a credit
/// label at the start. `ſ` and the Kelvin sign (case-folded to `s` and `k` by the
/// pattern) send the line to the pattern itself.
fn may_be_credit(line: &str) -> bool {
    const STARTS: [&str; 12] = [
        "(c)",
        "photo",
        "image",
        "picture",
        "credit",
        "foto",
        "bild",
        "illustration",
        "video",
        "source:",
        "getty",
        "[photo",
    ];
    if line.contains(['/', '©', '\u{17F}', '\u{212A}']) {
        return true;
    }
    let lower = line.to_ascii_lowercase();
    lower.contains("getty")
        || lower.contains("shutterstock")
        || STARTS.iter().any(|s| lower.starts_with(s))
}

fn ends_with_period_sentence(line: &str) -> bool {
    words_up_to(line, PROSE_SENTENCE_WORDS) >= PROSE_SENTENCE_WORDS && ends_sentence(line)
}

/// The author's name when the line is a byline (`• Emelie Rodriguez`, `By Jane Doe`,
/// `Asatur Yesayants /`).
pub fn byline(line: &str) -> Option<String> {
    let line = line.trim();
    if words_up_to(line, BYLINE_WORDS + 1) > BYLINE_WORDS
        || ends_sentence(line) && !line.ends_with('.')
    {
        return None;
    }
    // Without an explicit marker, a bare run of capitalised words must look like a
    // name: 2–4 words, and marked by a bullet or a trailing slash. Checked first, so
    // that [`BYLINE`] is compiled only for a line that could be one.
    let marked = line.starts_with(BULLETS) || line.ends_with(['/', '|']) || explicit_byline(line);
    if !marked || !line.chars().any(char::is_uppercase) {
        return None;
    }
    let plain = line
        .chars()
        .all(|c| c.is_ascii() || matches!(c, '•' | '·' | '–' | '’'));
    let pattern = if plain { &*ASCII_BYLINE } else { &*BYLINE };
    let caps = pattern.captures(line)?;
    let name = caps
        .name("name")?
        .as_str()
        .trim_end_matches(['.', ','])
        .to_string();
    (2..=6).contains(&word_count(&name)).then_some(name)
}

/// Characters that open a bulleted line.
const BULLETS: [char; 6] = ['•', '·', '|', '-', '–', '*'];

/// Opens with a byline label (`By `, `Written by `, `Author:`, `Von `, `Par `) and
/// a space, in any case. (After a bullet the line counts as marked anyway.)
fn explicit_byline(line: &str) -> bool {
    ["by", "written by", "author:", "von", "par"]
        .iter()
        .any(|label| {
            line.get(..label.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(label))
                && line[label.len()..].starts_with(char::is_whitespace)
        })
}

pub fn url(line: &str) -> Option<String> {
    if !line.contains("://") {
        return None;
    }
    URL_LINE
        .captures(line.trim())
        .and_then(|c| c.name("url"))
        .map(|m| m.as_str().to_string())
}

pub fn is_list_item(line: &str) -> bool {
    // Every match opens (after white space) with a digit or a bullet.
    line.trim_start()
        .starts_with(|c: char| c.is_numeric() || "•·*-–".contains(c))
        && NUMBERED.is_match(line)
}

/// A short line of a page that is neither prose nor a heading one would keep:
/// agency tags (`AFP`, `cl`), comment prompts in any language.
pub fn is_short_fragment(line: &str) -> bool {
    words_up_to(line, FRAGMENT_WORDS + 1) <= FRAGMENT_WORDS && !ends_sentence(line)
}

/// Every line of the demo pages and the test fixtures, each also bulleted, slashed
/// and labelled, plus lines at the edges of the pre-checks: what the tests run the
/// pre-checked functions and the bare patterns over, to show they agree.
#[cfg(test)]
pub(crate) fn sample_lines() -> Vec<String> {
    fn walk(dir: &std::path::Path, lines: &mut Vec<String>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for path in entries.flatten().map(|e| e.path()) {
            if path.is_dir() {
                walk(&path, lines);
            } else if path.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                lines.extend(text.lines().map(str::to_string));
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut lines = Vec::new();
    walk(&root.join("assets/demo"), &mut lines);
    walk(&root.join("tests/fixtures"), &mut lines);
    assert!(lines.len() > 500, "fixtures missing: {} lines", lines.len());
    let edges = [
        "ſhutterstock",
        "\u{212A}eystone / AFP",
        "ſept. 9, 2022",
        "ſource: AP",
        "By\u{a0}Jane Doe",
        "written by  Ann Lee",
        "Author:Bo Kim",
        "VON Hans Weber /",
        "\u{2003}• Jean-Luc Picard",
        "١٢ comments",
        "٣. Item one",
        "  12) Item",
        "https://example.com/a",
        "URL: http://x.y",
        "Photo: Reuters",
        "(c) 2024",
        "[Photo by AP]",
        "2024-06-13",
        "13.06.2024",
        "Dec 1 2019",
        "Émile Zola /",
        "| Ana María López",
        "par Émile Zola",
        "BY JANE DOE",
    ];
    let base: Vec<String> = lines.into_iter().chain(edges.map(String::from)).collect();
    let mut all = Vec::new();
    for line in base {
        let words: Vec<&str> = line.split_whitespace().take(3).collect();
        let head = words.join(" ");
        all.extend([
            format!("• {line}"),
            format!("{line} /"),
            format!("By {line}"),
            format!("- {head}"),
            format!("{head} |"),
            format!("by {head}"),
            head,
            line,
        ]);
    }
    all
}

#[cfg(test)]
mod tests;
