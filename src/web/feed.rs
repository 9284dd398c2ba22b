//! A feed (RSS, Atom or JSON Feed, read by `feed-rs`) → its title and entries, each
//! with the key that recognises it again, its link, and its text when the feed
//! carries the whole article. An entry whose feed holds only a summary is read from
//! its page instead (see [`super::refresh`]).

use crate::ingest::{Article, dates, html};

/// The most entries taken from one feed in one refresh, newest first; a feed with
/// more says so in its summary line.
pub const MAX_ENTRIES: usize = 200;

/// Feed text shorter than this (in characters of text, markup aside) is a summary:
/// the entry's page is fetched for the article.
pub const FULL_TEXT_CHARS: usize = 1200;

/// A parsed feed.
#[derive(Debug, Clone)]
pub struct FeedDoc {
    pub title: Option<String>,
    pub entries: Vec<Entry>,
    /// Entries the feed held beyond [`MAX_ENTRIES`], left for later.
    pub skipped: usize,
}

/// One entry of a feed.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The entry's id, else its link: what marks it as taken.
    pub key: String,
    pub link: Option<String>,
    pub title: Option<String>,
    pub author: Option<String>,
    pub published: Option<dates::Published>,
    /// The entry's HTML when it carries the whole article.
    pub full_html: Option<String>,
}

/// Parses a feed's bytes; the error says why it is not a feed.
pub fn parse_feed(bytes: &[u8], base_url: &str) -> Result<FeedDoc, String> {
    let parser = feed_rs::parser::Builder::new()
        .base_uri(Some(base_url))
        .sanitize_content(false)
        .build();
    let feed = parser
        .parse(bytes)
        .map_err(|e| format!("not a readable feed: {e}"))?;
    let title = feed
        .title
        .map(|t| crate::ingest::text_clean(&t.content))
        .filter(|t| !t.is_empty());
    let mut entries: Vec<Entry> = feed.entries.into_iter().map(entry).collect();
    entries.sort_by_key(|e| std::cmp::Reverse(e.published));
    let skipped = entries.len().saturating_sub(MAX_ENTRIES);
    entries.truncate(MAX_ENTRIES);
    Ok(FeedDoc {
        title,
        entries,
        skipped,
    })
}

fn entry(e: feed_rs::model::Entry) -> Entry {
    let link = e
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .or(e.links.first())
        .map(|l| l.href.clone())
        .filter(|h| h.starts_with("http"));
    let stamp = e.published.or(e.updated);
    let published =
        stamp.and_then(|t| dates::find_date(&t.naive_utc().to_string()).map(|f| f.published));
    let html_text = e
        .content
        .and_then(|c| c.body)
        .or_else(|| e.summary.map(|s| s.content));
    let full_html = html_text.filter(|h| text_chars(h) >= FULL_TEXT_CHARS);
    let key = if e.id.trim().is_empty() {
        link.clone().unwrap_or_default()
    } else {
        e.id
    };
    Entry {
        key,
        link,
        title: e.title.map(|t| crate::ingest::text_clean(&t.content)),
        author: e
            .authors
            .first()
            .and_then(|p| p.name.clone())
            .map(|n| crate::ingest::text_clean(&n)),
        published,
        full_html,
    }
}

/// Characters of text in an HTML fragment (outside tags).
fn text_chars(html: &str) -> usize {
    let mut inside = false;
    html.chars()
        .filter(|c| {
            match c {
                '<' => inside = true,
                '>' => inside = false,
                _ => return !inside && !c.is_whitespace(),
            }
            false
        })
        .count()
}

/// An article from an entry that carries its whole text.
pub fn article_from_entry(entry: &Entry, html_text: &str) -> Article {
    let page = format!(
        "<html><head><title>{}</title></head><body><article>{html_text}</article></body></html>",
        entry.title.as_deref().unwrap_or("")
    );
    let source = entry.link.as_deref().unwrap_or(&entry.key);
    let mut article = html::parse_html(source, &page);
    complete(&mut article, entry);
    article
}

/// Fills what a page left unknown from the feed's entry.
pub fn complete(article: &mut Article, entry: &Entry) {
    if article.title.is_none() {
        article.title.clone_from(&entry.title);
    }
    if article.author.is_none() {
        article.author.clone_from(&entry.author);
    }
    if article.published.is_none() {
        article.published = entry.published;
    }
    if article.url.is_none() {
        article.url.clone_from(&entry.link);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
        <item><title>Bridge closes</title><link>http://x.test/a</link><guid>a-1</guid>
          <pubDate>Tue, 11 Jun 2024 10:00:00 GMT</pubDate><description>Short teaser.</description></item>
        <item><title>Vote held</title><link>http://x.test/b</link>
          <pubDate>Wed, 12 Jun 2024 10:00:00 GMT</pubDate></item>
        </channel></rss>"#;

    #[test]
    fn reads_rss_entries_newest_first() {
        let feed = parse_feed(RSS.as_bytes(), "http://x.test/feed.xml").expect("parses");
        assert_eq!(feed.title.as_deref(), Some("Example Wire"));
        assert_eq!(feed.entries.len(), 2);
        assert_eq!(feed.entries[0].link.as_deref(), Some("http://x.test/b"));
        assert_eq!(feed.entries[1].key, "a-1");
        assert!(feed.entries[1].full_html.is_none());
        assert_eq!(
            feed.entries[1].published.map(|p| p.to_string()).as_deref(),
            Some("2024-06-11T10:00:00")
        );
    }

    #[test]
    fn atom_and_json_feeds_and_garbage() {
        let atom = r#"<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Daily</title>
            <entry><id>urn:1</id><title>T</title><link href="http://x.test/1"/><updated>2024-01-02T03:04:05Z</updated></entry></feed>"#;
        let json = r#"{"version":"https://jsonfeed.org/version/1.1","title":"Json Times","items":[{"id":"j1","url":"http://x.test/j1","content_text":"x"}]}"#;
        let a = parse_feed(atom.as_bytes(), "http://x.test/").expect("atom");
        assert_eq!(a.title.as_deref(), Some("Atom Daily"));
        assert_eq!(a.entries[0].key, "urn:1");
        let j = parse_feed(json.as_bytes(), "http://x.test/").expect("json feed");
        assert_eq!(j.title.as_deref(), Some("Json Times"));
        assert_eq!(j.entries[0].link.as_deref(), Some("http://x.test/j1"));
        let e = parse_feed(b"<html><body>not a feed</body></html>", "http://x.test/")
            .expect_err("refused");
        assert!(e.starts_with("not a readable feed"), "{e}");
    }

    #[test]
    fn huge_feeds_are_capped() {
        let items: String = (0..MAX_ENTRIES + 50)
            .map(|i| format!("<item><title>N{i}</title><link>http://x.test/{i}</link></item>"))
            .collect();
        let rss =
            format!("<rss version=\"2.0\"><channel><title>Big</title>{items}</channel></rss>");
        let feed = parse_feed(rss.as_bytes(), "http://x.test/").expect("parses");
        assert_eq!(feed.entries.len(), MAX_ENTRIES);
        assert_eq!(feed.skipped, 50);
    }
}
