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
static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[•·|\-–*]\s*)?(?i:by\s+|written by\s+|author:\s*|von\s+|par\s+)?(?P<name>\p{Lu}[\p{L}'’.\-]+(?:\s+(?:\p{Lu}[\p{L}'’.\-]*|de|da|van|von|der|al|bin|and|&)){1,4})\s*[/|,]?\s*$")
        .expect("valid byline pattern")
});
static EXPLICIT_BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[•·|\-–*]\s*)?(?:by|written by|author:|von|par)\s")
        .expect("valid explicit byline pattern")
});
static URL_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:url:|source:|link:)?\s*(?P<url>https?://\S+)\s*$")
        .expect("valid url pattern")
});
static NUMBERED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:\d{1,2}[.)]|[•·*\-–])\s+\S").expect("valid list pattern"));

/// Lower case, letters and digits only: how lines are compared for repetition.
pub fn fingerprint(line: &str) -> String {
    line.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

pub fn word_count(line: &str) -> usize {
    line.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Ends like a sentence: `.`, `!`, `?`, `…`, possibly inside closing quotes.
pub fn ends_sentence(line: &str) -> bool {
    let trimmed = line.trim_end_matches(['"', '”', '’', '\'', ')', '»', ' ']);
    trimmed.ends_with(['.', '!', '?', '…', '。', '！', '？'])
}

/// A paragraph of running text: long enough and shaped like prose.
pub fn is_body(line: &str) -> bool {
    let words = word_count(line);
    (words >= 8 && ends_sentence(line)) || words >= 20
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
    word_count(line) <= 3 && COUNTER.is_match(line.trim())
}

/// A photo credit: starts with © or a credit label, or names a photo agency after a slash.
pub fn is_credit(line: &str) -> bool {
    word_count(line) <= 16 && !ends_with_period_sentence(line) && CREDIT.is_match(line.trim())
}

fn ends_with_period_sentence(line: &str) -> bool {
    word_count(line) >= 8 && ends_sentence(line)
}

/// The author's name when the line is a byline (`• Emelie Rodriguez`, `By Jane Doe`,
/// `Asatur Yesayants /`).
pub fn byline(line: &str) -> Option<String> {
    let line = line.trim();
    if word_count(line) > 7 || ends_sentence(line) && !line.ends_with('.') {
        return None;
    }
    let caps = BYLINE.captures(line)?;
    let name = caps
        .name("name")?
        .as_str()
        .trim_end_matches(['.', ','])
        .to_string();
    // Without an explicit marker, a bare run of capitalised words must look like a
    // name: 2–4 words, and marked by a bullet or a trailing slash.
    let marked = EXPLICIT_BYLINE.is_match(line)
        || line.starts_with(['•', '·', '|', '-', '–', '*'])
        || line.ends_with(['/', '|']);
    (marked && (2..=6).contains(&word_count(&name))).then_some(name)
}

pub fn url(line: &str) -> Option<String> {
    URL_LINE
        .captures(line.trim())
        .and_then(|c| c.name("url"))
        .map(|m| m.as_str().to_string())
}

pub fn is_list_item(line: &str) -> bool {
    NUMBERED.is_match(line)
}

/// A short line of a page that is neither prose nor a heading one would keep:
/// agency tags (`AFP`, `cl`), comment prompts in any language.
pub fn is_short_fragment(line: &str) -> bool {
    word_count(line) <= 6 && !ends_sentence(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines() {
        let cases = [
            ("  • Emelie Rodriguez", Some("Emelie Rodriguez")),
            ("Asatur Yesayants /", Some("Asatur Yesayants")),
            ("By Jane van der Berg", Some("Jane van der Berg")),
            ("by Ann Lee and Bo Kim", Some("Ann Lee and Bo Kim")),
            ("Armenia goes West", None),
            ("Nikol Pashinyan, Prime Minister of Armenia", None),
            (
                "The Kremlin said Friday it had not received confirmation.",
                None,
            ),
        ];
        for (line, want) in cases {
            assert_eq!(byline(line).as_deref(), want, "line {line:?}");
        }
    }

    #[test]
    fn furniture_lines() {
        for line in [
            "Skip to content",
            "Share this Post:",
            "Leave a comment",
            "Related articles",
            "Read also:",
            "Latest",
        ] {
            assert!(is_navigation(line), "{line:?}");
        }
        for line in ["  • 400", "0 Comments", "1.2K views", "12"] {
            assert!(is_counter(line), "{line:?}");
        }
        for line in [
            "© Vladimir Smirnov / Pool Sputnik Kremlin / AP / DPA",
            "Photo: Reuters",
            "(Getty Images)",
        ] {
            assert!(is_credit(line), "{line:?}");
        }
        for line in [
            "Armenia goes West",
            "One of Russia's allies is leaving",
            "Armenia’s CSTO exit: what it means for Russia",
        ] {
            assert!(
                !is_navigation(line) && !is_counter(line) && !is_credit(line),
                "{line:?}"
            );
        }
    }

    #[test]
    fn body_paragraphs() {
        assert!(is_body(
            "The Union of Journalists condemned the disproportionate police response."
        ));
        assert!(!is_body("Armenia goes West"));
        assert!(!is_body("Read also:"));
    }
}
