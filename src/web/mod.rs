//! The web: fetching pages and feeds over HTTP ([`fetch`], [`charset`]), reading
//! feeds ([`feed`]) and subscription lists ([`opml`]), and refreshing every followed
//! feed into the library ([`refresh`]). No async: a blocking client on a few threads.

pub mod charset;
pub mod feed;
pub mod fetch;
pub mod opml;
pub mod refresh;

pub use fetch::{FetchError, Fetcher, Limits, Want};

use crate::ingest::{Article, Format, html, parse_plain, url_host};

/// True when an input names a web address rather than a file.
pub fn is_url(input: &str) -> bool {
    let lower = input.get(..8).unwrap_or(input).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// A page fetched and read as an article, with the raw page it came from.
pub struct FetchedArticle {
    pub article: Article,
    pub html: Option<String>,
}

/// True when a body opens as RSS or Atom does (whatever its content type said).
fn looks_like_feed(text: &str) -> bool {
    let head: String = text
        .trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n'])
        .chars()
        .take(1024)
        .collect::<String>()
        .to_ascii_lowercase();
    (head.starts_with("<?xml") || head.starts_with("<rss") || head.starts_with("<feed"))
        && ["<rss", "<feed", "<rdf:rdf"]
            .iter()
            .any(|t| head.contains(t))
}

/// Fetches `url` and extracts its article; the error names the URL and the reason.
/// A feed is refused with the command that follows it.
pub fn fetch_article(fetcher: &Fetcher, url: &str) -> Result<FetchedArticle, FetchError> {
    let fail = |reason: &str| FetchError {
        url: crate::text::sanitize(url),
        reason: reason.to_string(),
    };
    let fetch::Response::Fresh(page) = fetcher.get(url, Want::Page, (None, None))? else {
        return Err(fail(
            "the server answered 'not modified' to a plain request",
        ));
    };
    let kind = page.content_type.as_deref().unwrap_or("");
    if fetch::is_feed_type(kind) || looks_like_feed(&page.text) {
        if feed::parse_feed(page.text.as_bytes(), &page.url).is_ok() {
            return Err(fail(&format!(
                "a news feed, not an article page; follow it with `parallax feed add {}`",
                crate::text::sanitize(url)
            )));
        }
        if fetch::is_feed_type(kind) {
            let kind = kind.split(';').next().unwrap_or(kind).trim();
            return Err(fail(&format!(
                "not a web page or feed (content type {kind})"
            )));
        }
    }
    let is_html = page
        .content_type
        .as_deref()
        .is_some_and(|t| t.to_ascii_lowercase().contains("html"))
        || Format::detect(url, &page.text) == Format::Html;
    let (mut article, raw) = if is_html {
        (html::parse_html(url, &page.text), Some(page.text))
    } else {
        (parse_plain(url, &page.text), None)
    };
    if article.sentences.is_empty() {
        return Err(fail("no article text found on the page"));
    }
    if article.url.is_none() {
        article.url = Some(crate::ingest::text_clean(&page.url));
    }
    if article.outlet.is_none() {
        article.outlet = article
            .url
            .as_deref()
            .and_then(url_host)
            .map(str::to_string);
    }
    Ok(FetchedArticle { article, html: raw })
}
