//! An HTML page's own statement of what it is: headline, author, outlet (site name,
//! JSON-LD publisher, else the URL's host), publication date and canonical URL.
//! The `trafilatura` crate reads most of it (OpenGraph, `<meta>`, JSON-LD, `<title>`
//! minus the site's suffix, `<h1>`); this module adds what it leaves out — the time of
//! day of publication (JSON-LD `datePublished`, `article:published_time`, `<time>`) —
//! and merges the two into an [`Article`], sanitising every field.

use super::{Article, dates, text_clean, url_host};
use trafilatura::dom::Document;

/// What the page's tags say, beyond what the extractor reports.
#[derive(Debug, Default)]
pub struct Found {
    /// Candidate publication stamps, best first.
    pub published: Vec<String>,
    pub site_name: Option<String>,
    pub title: Option<String>,
    pub canonical: Option<String>,
}

/// `<meta>` keys (property, name or itemprop) that carry the publication stamp.
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "datepublished",
    "og:published_time",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
];

/// Reads the page's tags.
pub fn read(doc: &Document) -> Found {
    let mut found = Found::default();
    let root = doc.root();
    for id in doc.scripts_with_type(&["application/ld+json"]) {
        let text = doc.text_content(id);
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(text.trim()) {
            json_ld(&value, &mut found, 0);
        }
    }
    let mut by_key: Vec<(usize, String)> = Vec::new();
    for id in doc.query_selector_all(root, "meta") {
        let key = ["property", "name", "itemprop"]
            .iter()
            .find_map(|a| doc.get_attribute(id, a))
            .unwrap_or_default()
            .to_ascii_lowercase();
        let content = doc
            .get_attribute(id, "content")
            .or_else(|| doc.get_attribute(id, "datetime"))
            .unwrap_or_default();
        if content.trim().is_empty() {
            continue;
        }
        if let Some(rank) = DATE_KEYS.iter().position(|k| *k == key) {
            by_key.push((rank, content));
        } else if key == "og:site_name" && found.site_name.is_none() {
            found.site_name = Some(content);
        } else if key == "og:title" && found.title.is_none() {
            found.title = Some(content);
        }
    }
    by_key.sort_by_key(|(rank, _)| *rank);
    found.published.extend(by_key.into_iter().map(|(_, c)| c));
    for id in doc.query_selector_all(root, "time[datetime]") {
        if let Some(stamp) = doc.get_attribute(id, "datetime") {
            found.published.push(stamp);
        }
    }
    found.canonical = doc
        .query_selector(root, "link[rel=canonical]")
        .and_then(|id| doc.get_attribute(id, "href"))
        .filter(|href| href.starts_with("http"));
    found
}

/// Walks a JSON-LD value for an article's `datePublished` and publisher.
fn json_ld(value: &serde_json::Value, found: &mut Found, depth: usize) {
    use serde_json::Value;
    if depth > 8 {
        return;
    }
    match value {
        Value::Array(items) => items.iter().for_each(|v| json_ld(v, found, depth + 1)),
        Value::Object(map) => {
            if let Some(graph) = map.get("@graph") {
                json_ld(graph, found, depth + 1);
            }
            let is_article = match map.get("@type") {
                Some(Value::String(t)) => is_article_type(t),
                Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(is_article_type),
                _ => false,
            };
            if !is_article {
                return;
            }
            if let Some(Value::String(stamp)) = map.get("datePublished") {
                found.published.insert(0, stamp.clone());
            }
            let publisher = match map.get("publisher") {
                Some(Value::Object(p)) => p.get("name").and_then(Value::as_str),
                Some(Value::Array(ps)) => ps
                    .first()
                    .and_then(|p| p.get("name"))
                    .and_then(Value::as_str),
                _ => None,
            };
            if let Some(name) = publisher.filter(|n| !n.trim().is_empty()) {
                found.site_name.get_or_insert_with(|| name.to_string());
            }
        }
        _ => {}
    }
}

fn is_article_type(t: &str) -> bool {
    t.ends_with("Article") || matches!(t, "BlogPosting" | "Report" | "LiveBlogPosting")
}

/// Merges what the page says into `article`.
pub fn fill(article: &mut Article, found: Found, meta: Option<&trafilatura::Metadata>) {
    let clean = |s: &str| Some(text_clean(s)).filter(|s| !s.is_empty());
    let given = |pick: fn(&trafilatura::Metadata) -> &str| meta.map(pick).and_then(clean);
    article.title = given(|m| &m.title).or_else(|| found.title.as_deref().and_then(clean));
    article.author = given(|m| &m.author)
        .filter(|a| !a.starts_with("http"))
        .map(|a| a.replace("; ", ", "));
    article.url = found
        .canonical
        .as_deref()
        .and_then(clean)
        .or_else(|| given(|m| &m.url));
    let host_name = article
        .url
        .as_deref()
        .and_then(url_host)
        .map(str::to_string);
    article.outlet = found
        .site_name
        .as_deref()
        .and_then(clean)
        .or_else(|| given(|m| &m.sitename))
        .or(host_name);
    if let (Some(title), Some(outlet)) = (&article.title, &article.outlet) {
        article.title = Some(without_site_suffix(title, outlet).to_string());
    }
    let stamped = found
        .published
        .iter()
        .find_map(|s| dates::find_date(s).map(|d| d.published));
    let day_only = meta.and_then(|m| m.date).and_then(|d| {
        use chrono::Datelike;
        dates::Published::date(
            u16::try_from(d.year()).ok()?,
            u8::try_from(d.month()).ok()?,
            u8::try_from(d.day()).ok()?,
        )
    });
    article.published = stamped.or(day_only);
}

/// A headline without a trailing ` | Site`, ` - Site` or ` — Site` that names the
/// outlet (compared on letters and digits, so `SpaceNews.com` matches `SpaceNews`).
fn without_site_suffix<'a>(title: &'a str, outlet: &str) -> &'a str {
    let key = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let outlet = key(outlet);
    let outlet = outlet.strip_suffix("com").unwrap_or(&outlet).to_string();
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let tail = key(tail);
            let tail = tail.strip_suffix("com").unwrap_or(&tail);
            let names_outlet = !tail.is_empty()
                && !outlet.is_empty()
                && (tail == outlet || tail.contains(&outlet) || outlet.contains(tail));
            if names_outlet && head.split_whitespace().count() >= 2 {
                return head.trim_end();
            }
        }
    }
    title
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article_of(head: &str) -> Article {
        let page = format!("<html><head>{head}</head><body><p>Text.</p></body></html>");
        let doc = Document::parse(&page);
        let mut article = Article::default();
        fill(&mut article, read(&doc), None);
        article
    }

    #[test]
    fn dates_and_outlets_from_tags() {
        let cases: &[(&str, Option<&str>, Option<&str>)] = &[
            (
                r#"<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"H","datePublished":"2021-03-04T10:20:00Z","publisher":{"@type":"Organization","name":"Wire Daily"}}</script>"#,
                Some("2021-03-04T10:20:00"),
                Some("Wire Daily"),
            ),
            (
                r#"<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["Article"],"datePublished":"2020-01-02"}]}</script><meta property="og:site_name" content="The Paper">"#,
                Some("2020-01-02"),
                Some("The Paper"),
            ),
            (
                r#"<meta property="article:published_time" content="2019-12-31T23:59:00+01:00"><link rel="canonical" href="https://www.example.com/a">"#,
                Some("2019-12-31T23:59:00"),
                Some("example.com"),
            ),
            (r#"<meta name="description" content="x">"#, None, None),
        ];
        for (head, date, outlet) in cases {
            let a = article_of(head);
            assert_eq!(
                a.published.map(|p| p.to_string()).as_deref(),
                *date,
                "{head}"
            );
            assert_eq!(a.outlet.as_deref(), *outlet, "{head}");
        }
    }

    #[test]
    fn site_suffixes_leave_headlines() {
        let cases = [
            (
                "Meal Prep for Busy People | The Beachbody Blog",
                "The Beachbody Blog",
                "Meal Prep for Busy People",
            ),
            (
                "NASA adds five companies - SpaceNews.com",
                "SpaceNews",
                "NASA adds five companies",
            ),
            (
                "Attorney General investigating WeWork – TechCrunch",
                "TechCrunch",
                "Attorney General investigating WeWork",
            ),
            ("Left - Right", "Daily", "Left - Right"),
            ("Stadia | Review", "Wccftech", "Stadia | Review"),
        ];
        for (title, outlet, expected) in cases {
            assert_eq!(without_site_suffix(title, outlet), expected);
        }
    }

    #[test]
    fn broken_json_ld_is_ignored() {
        let a =
            article_of(r#"<script type="application/ld+json">{"@type": "NewsArticle",</script>"#);
        assert_eq!(a.published, None);
    }
}
