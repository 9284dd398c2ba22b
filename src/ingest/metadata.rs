//! An HTML page's own statement of what it is: headline, author, outlet (site name,
//! JSON-LD publisher or site, else the URL's host; never an address), publication
//! date and canonical URL. The `trafilatura` crate reads most of it (OpenGraph,
//! `<meta>`, JSON-LD, `<title>` minus the site's suffix, `<h1>`); this module adds
//! what it leaves out — the time of day and the sources htmldate reads (JSON-LD
//! anywhere in the page, see [`linked`]; the common `<meta>` keys; microdata
//! `itemprop="datePublished"`; `<time datetime>`; a date in the address) — and
//! merges the two into an [`Article`], sanitising every field.

use super::{Article, dates, text_clean, url_host, zone};
use trafilatura::dom::Document;

mod linked;

use linked::LinkedData;

/// What the page's tags say, beyond what the extractor reports.
#[derive(Debug, Default)]
pub struct Found {
    /// Candidate publication stamps, best first.
    pub published: Vec<String>,
    pub site_name: Option<String>,
    /// The name a JSON-LD `WebSite` gives itself: the outlet when nothing better says.
    pub website: Option<String>,
    pub title: Option<String>,
    pub canonical: Option<String>,
}

/// `<meta>` keys (property, name or itemprop, compared in lower case) that carry
/// the publication stamp, best first (after htmldate's list of common keys).
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "og:published_time",
    "article.published",
    "parsely-pub-date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dc.date.created",
    "dcterms.created",
    "dcterms.date",
    "sailthru.date",
    "cxenseparse:recs:publishtime",
    "datecreated",
];

/// Reads the page's tags. Publication stamps, best first: a JSON-LD article's
/// `datePublished`, the `<meta>` keys above, other elements marked
/// `itemprop="datePublished"`, a `datePublished` on any other JSON-LD object (a
/// `WebPage` in a `@graph`), then `<time datetime>`.
pub fn read(doc: &Document) -> Found {
    let mut found = Found::default();
    let root = doc.root();
    let mut linked = LinkedData::default();
    for id in doc.scripts_with_type(&["application/ld+json"]) {
        let text = doc.text_content(id);
        if let Ok(value) = serde_json::from_str::<serde_json::Value>(text.trim()) {
            linked.read(&value);
        }
    }
    found.published.append(&mut linked.article_dates);
    found.website = linked.website.take();
    let mut site_name = None;
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
        } else if key == "og:site_name" && site_name.is_none() {
            site_name = Some(content);
        } else if key == "og:title" && found.title.is_none() {
            found.title = Some(content);
        }
    }
    found.site_name = match (site_name.filter(|n| !is_address(n)), linked.publisher()) {
        (Some(site), Some(publisher)) => Some(fuller_spelling(site, publisher)),
        (site, publisher) => site.or(publisher),
    };
    by_key.sort_by_key(|(rank, _)| *rank);
    found.published.extend(by_key.into_iter().map(|(_, c)| c));
    for id in doc.query_selector_all(root, "[itemprop]") {
        let marked = doc
            .get_attribute(id, "itemprop")
            .is_some_and(|p| p.eq_ignore_ascii_case("datepublished"));
        if marked && doc.tag_name(id) != "meta" {
            let stamp = ["content", "datetime"]
                .iter()
                .find_map(|a| doc.get_attribute(id, a))
                .unwrap_or_else(|| doc.text_content(id));
            found.published.push(stamp);
        }
    }
    found.published.append(&mut linked.other_dates);
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

/// True for a "name" that is an address (`article:publisher` often holds the
/// outlet's social-media page), which no reader takes for an outlet's name.
fn is_address(name: &str) -> bool {
    name.contains("://") || name.starts_with("www.")
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
    let name = |s: &str| clean(s).filter(|n| !is_address(n));
    article.outlet = found
        .site_name
        .as_deref()
        .and_then(name)
        .or_else(|| meta.map(|m| m.sitename.as_str()).and_then(name))
        .or_else(|| found.website.as_deref().and_then(name))
        .or(host_name);
    if let (Some(title), Some(outlet)) = (&article.title, &article.outlet) {
        article.title = Some(without_site_suffix(title, outlet).to_string());
    }
    // The best stamp's day, with the time of day from the first stamp of that day
    // that has one (a JSON-LD date alone, a `<time datetime>` with the hour).
    // A stamp stated in UTC then moves into the page's own zone (`zone::local`).
    let mut stamps = found
        .published
        .iter()
        .take(32)
        .filter_map(|s| dates::find_date(s).map(|d| (s.as_str(), d.published)));
    let stamped = stamps.next().map(|(raw, first)| match first.time {
        Some(_) => (raw, first),
        None => stamps
            .find(|(_, p)| {
                p.time.is_some() && (p.year, p.month, p.day) == (first.year, first.month, first.day)
            })
            .unwrap_or((raw, first)),
    });
    let address = article.url.as_deref().and_then(zone::address_day);
    let stamped = stamped.map(|(raw, p)| zone::local(p, raw, &found.published, address));
    let day_only = meta.and_then(|m| m.date).and_then(|d| {
        use chrono::Datelike;
        dates::Published::date(
            u16::try_from(d.year()).ok()?,
            u8::try_from(d.month()).ok()?,
            u8::try_from(d.day()).ok()?,
        )
    });
    // Last, a date in the article's address (`/2024/06/13/…`), as htmldate reads it.
    let in_address = || {
        let url = article.url.as_deref()?;
        let path = url.split_once("://").map_or(url, |(_, rest)| rest);
        dates::find_date(path.split_once('/')?.1).map(|d| d.published)
    };
    article.published = stamped.or(day_only).or_else(in_address);
}

/// A headline without a trailing ` | Site`, ` - Site` or ` — Site` that names the
/// outlet (compared on letters and digits, so `SpaceNews.com` matches `SpaceNews`).
fn without_site_suffix<'a>(title: &'a str, outlet: &str) -> &'a str {
    let outlet = name_key(outlet);
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let tail = name_key(tail);
            let names_outlet = !tail.is_empty()
                && !outlet.is_empty()
                && (tail == outlet || tail.contains(&outlet) || outlet.contains(&tail));
            if names_outlet && head.split_whitespace().count() >= 2 {
                return head.trim_end();
            }
        }
    }
    title
}

/// A name's letters and digits in lower case, without a trailing `com`: the same
/// name however a site spells it (`USA TODAY`, `usatoday`; `Live Science`,
/// `livescience.com`).
fn name_key(name: &str) -> String {
    let key: String = name
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    key.strip_suffix("com").map(str::to_string).unwrap_or(key)
}

/// The site's own name (`og:site_name`), or the JSON-LD publisher's when that is
/// the same name spelled out in more words (`The Detroit News` for `detroitnews`).
/// Different names stay the site's: a paper that runs a wire story is its outlet.
fn fuller_spelling(site: String, publisher: String) -> String {
    let (a, b) = (name_key(&site), name_key(&publisher));
    let same = !a.is_empty() && !b.is_empty() && (a.contains(&b) || b.contains(&a));
    let words = |s: &str| s.split_whitespace().count();
    if same && words(&publisher) > words(&site) {
        publisher
    } else {
        site
    }
}

#[cfg(test)]
mod tests;
