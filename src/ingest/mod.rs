//! Ingest: turns one input (scraped plain text, an HTML page, a JSON article) into
//! a clean [`Article`]: metadata, paragraphs and sentences, with the page furniture
//! it dropped and why. Every string is sanitised here, once, so nothing that comes
//! from a file can drive the terminal. Pure: reading files lives in [`input`].

pub mod dates;
mod furniture;
pub mod html;
pub mod input;
mod metadata;
mod plain;
mod zone;

pub use dates::Published;
pub use input::{IngestError, IngestErrorKind, read_article, read_article_bytes};
pub use plain::parse_plain;

use serde::{Deserialize, Serialize};

/// One outlet's text about one event, after cleaning.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Where it came from: the path as given, or a URL.
    pub source: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub author: Option<String>,
    pub published: Option<Published>,
    pub url: Option<String>,
    pub sentences: Vec<Sentence>,
    /// What cleaning removed, so that it can be inspected.
    #[serde(default)]
    pub dropped: Vec<Dropped>,
}

/// One sentence of an article's body, with the paragraph it belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub text: String,
    /// Index of the paragraph, counted from 0 over the article's body.
    pub paragraph: usize,
    /// True for a subheading (a short line with no final punctuation).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub heading: bool,
}

impl AsRef<str> for Sentence {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

/// A line that cleaning removed, with the reason.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dropped {
    pub text: String,
    pub why: String,
}

impl Article {
    /// The short name a person knows this article by: the outlet, else the URL's
    /// host, else the file name marked as an unknown outlet. Never the author: an
    /// author is not an outlet.
    pub fn label(&self) -> String {
        if let Some(outlet) = &self.outlet {
            return outlet.clone();
        }
        if let Some(host) = self.url.as_deref().and_then(url_host) {
            return host.to_string();
        }
        let name = self
            .source
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(&self.source);
        let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
        format!("{stem} (outlet unknown)")
    }

    /// Body text, paragraphs separated by blank lines.
    pub fn body(&self) -> String {
        self.paragraphs()
            .iter()
            .map(|p| p.join(" "))
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    /// Sentences grouped by paragraph.
    pub fn paragraphs(&self) -> Vec<Vec<&str>> {
        let mut out: Vec<Vec<&str>> = Vec::new();
        let mut last = None;
        for s in &self.sentences {
            if last != Some(s.paragraph) {
                out.push(Vec::new());
                last = Some(s.paragraph);
            }
            if let Some(p) = out.last_mut() {
                p.push(&s.text);
            }
        }
        out
    }
}

/// The host part of a URL, without `www.`.
pub fn url_host(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?;
    let host = host.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then_some(host)
}

/// Which parser reads an input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    PlainText,
    Html,
    Json,
}

impl Format {
    /// Decides from the file name and the first bytes of the content.
    pub fn detect(name: &str, text: &str) -> Self {
        let lower = name.to_lowercase();
        let head: String = text
            .trim_start()
            .chars()
            .take(512)
            .collect::<String>()
            .to_lowercase();
        if lower.ends_with(".json") || head.starts_with('{') {
            Format::Json
        } else if lower.ends_with(".html")
            || lower.ends_with(".htm")
            || head.starts_with("<!doctype html")
            || head.starts_with("<html")
            || (head.starts_with('<') && head.contains("<body"))
        {
            Format::Html
        } else {
            Format::PlainText
        }
    }
}

/// An article as a JSON file may give it: metadata plus the text to clean.
#[derive(Deserialize)]
struct JsonArticle {
    title: Option<String>,
    outlet: Option<String>,
    author: Option<String>,
    published: Option<String>,
    url: Option<String>,
    #[serde(alias = "body", alias = "content")]
    text: String,
}

/// The longest title kept, in characters: a headline is far shorter, so a longer
/// one is a paragraph taken for a title and is cut on a word boundary.
pub const MAX_TITLE_CHARS: usize = 200;

/// Parses text of any known [`Format`] into an article; `source` names it in errors.
pub fn parse(source: &str, text: &str) -> Result<Article, IngestErrorKind> {
    let mut article = parse_format(source, text)?;
    if let Some(title) = &mut article.title {
        *title = crate::text::wrap::shorten(title, MAX_TITLE_CHARS).into_owned();
    }
    Ok(article)
}

fn parse_format(source: &str, text: &str) -> Result<Article, IngestErrorKind> {
    match Format::detect(source, text) {
        Format::PlainText => Ok(parse_plain(source, text)),
        Format::Html => Ok(html::parse_html(source, text)),
        Format::Json => {
            let given: JsonArticle = serde_json::from_str(text)
                .map_err(|e| IngestErrorKind::Malformed(e.to_string()))?;
            let mut article = parse_plain(source, &given.text);
            let clean = |s: Option<String>| s.map(|s| text_clean(&s)).filter(|s| !s.is_empty());
            article.title = clean(given.title).or(article.title);
            article.outlet = clean(given.outlet).or(article.outlet);
            article.author = clean(given.author).or(article.author);
            article.url = clean(given.url).or(article.url);
            let published = given.published.as_deref().and_then(dates::find_date);
            article.published = published.map(|f| f.published).or(article.published);
            Ok(article)
        }
    }
}

/// Sanitises a one-line field and folds runs of white space.
pub(crate) fn text_clean(s: &str) -> String {
    crate::text::sanitize(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_prefers_outlet_then_host_then_file_never_author() {
        let mut a = Article {
            source: "dir/000_abc.txt".into(),
            ..Article::default()
        };
        assert_eq!(a.label(), "000_abc (outlet unknown)");
        a.author = Some("Emelie Rodriguez".into());
        assert_eq!(a.label(), "000_abc (outlet unknown)");
        a.url = Some("https://www.example.org/news/1".into());
        assert_eq!(a.label(), "example.org");
        a.outlet = Some("Example News".into());
        assert_eq!(a.label(), "Example News");
    }

    #[test]
    fn detects_formats() {
        assert_eq!(Format::detect("a.txt", "Title\n\nBody."), Format::PlainText);
        assert_eq!(Format::detect("a", "<!DOCTYPE html><html>"), Format::Html);
        assert_eq!(Format::detect("a.json", "{}"), Format::Json);
    }

    #[test]
    fn json_articles_keep_their_metadata() {
        let json = r#"{"title":"T \u001b[31m","outlet":"Wire","published":"2024-06-12","text":"Body one is here and long enough to be a paragraph of news."}"#;
        let a = parse("x.json", json).expect("parses");
        assert_eq!(a.title.as_deref(), Some("T"));
        assert_eq!(a.outlet.as_deref(), Some("Wire"));
        assert_eq!(
            a.published.map(|p| p.to_string()).as_deref(),
            Some("2024-06-12")
        );
        assert!(matches!(
            parse("x.json", "{not json"),
            Err(IngestErrorKind::Malformed(_))
        ));
    }

    #[test]
    fn a_paragraph_taken_for_a_title_is_cut() {
        // Too few words to count as prose, so the header line is taken for the title.
        let run_on = "Extraordinarily ".repeat(15);
        let text = format!("{run_on}\n\nThe body has a sentence of news that is long enough here.");
        let a = parse("x.txt", &text).expect("parses");
        let title = a.title.expect("a title");
        assert!(title.chars().count() <= MAX_TITLE_CHARS, "{}", title.len());
        assert!(title.ends_with("Extraordinarily…"), "{title}");
    }
}
