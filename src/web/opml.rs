//! OPML subscription lists: reading the feeds out of one (`feed import`) and writing
//! the library's feeds as one (`feed export`).

use quick_xml::Reader;
use quick_xml::events::Event;

/// A feed named in an OPML file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscription {
    pub url: String,
    pub title: Option<String>,
}

/// The feeds (outlines with an `xmlUrl`) of an OPML document.
pub fn read_opml(text: &str) -> Result<Vec<Subscription>, String> {
    let mut reader = Reader::from_str(text);
    let mut found = Vec::new();
    let mut saw_opml = false;
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) => {
                let name = e.name();
                if name.as_ref().eq_ignore_ascii_case("opml") {
                    saw_opml = true;
                }
                if !name.as_ref().eq_ignore_ascii_case("outline") {
                    continue;
                }
                let (mut url, mut title) = (None, None);
                for attr in e.attributes().flatten() {
                    let value = attr
                        .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .map(|v| v.into_owned())
                        .unwrap_or_default();
                    match attr.key.as_ref() {
                        "xmlUrl" | "xmlurl" => url = Some(value),
                        "title" => title = Some(value),
                        "text" if title.is_none() => title = Some(value),
                        _ => {}
                    }
                }
                if let Some(url) = url.filter(|u| super::is_url(u)) {
                    // A list may name a feed by its address alone: that is no name.
                    let title = title
                        .map(|t: String| crate::ingest::text_clean(&t))
                        .filter(|t| !t.is_empty() && *t != url);
                    found.push(Subscription { url, title });
                }
            }
            Ok(Event::Eof) => break,
            Err(e) => return Err(format!("not a readable OPML file: {e}")),
            Ok(_) => {}
        }
    }
    if !saw_opml {
        return Err("not an OPML file (no <opml> element)".into());
    }
    Ok(found)
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// An OPML document listing `feeds` as (URL, outlet name): the name in `text`
/// and `title` (what [`read_opml`] reads back), the URL in `text` alone when a
/// feed has no name yet (OPML requires `text`).
pub fn write_opml(feeds: &[(String, Option<String>)]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head><title>parallax feeds</title></head>\n  <body>\n",
    );
    for (url, name) in feeds {
        let names = match name {
            Some(name) => format!("text=\"{0}\" title=\"{0}\"", escape(name)),
            None => format!("text=\"{}\"", escape(url)),
        };
        out.push_str(&format!(
            "    <outline type=\"rss\" {names} xmlUrl=\"{}\"/>\n",
            escape(url)
        ));
    }
    out.push_str("  </body>\n</opml>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_refusals() {
        let feeds = vec![
            (
                "http://x.test/a?x=1&y=2".to_string(),
                Some("A & Co".to_string()),
            ),
            ("https://y.test/feed".to_string(), None),
        ];
        let text = write_opml(&feeds);
        let read = read_opml(&text).expect("reads");
        assert_eq!(read.len(), 2);
        assert_eq!(read[0].url, "http://x.test/a?x=1&y=2");
        assert_eq!(read[0].title.as_deref(), Some("A & Co"));
        assert_eq!(read[1].title, None, "{text}");
        let nested = r#"<opml version="1.0"><body><outline text="News"><outline text="Wire" xmlUrl="http://w.test/rss"/></outline></body></opml>"#;
        assert_eq!(
            read_opml(nested).expect("nested")[0].title.as_deref(),
            Some("Wire")
        );
        assert!(read_opml("<html><body/></html>").is_err());
    }
}
