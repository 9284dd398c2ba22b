//! HTML pages → [`Article`]. Metadata comes from the page's own tags (OpenGraph,
//! `article:*`, `<title>`, canonical link); the body is the text of the headings,
//! paragraphs and list items inside `<article>` (else `<main>`, else `<body>`),
//! skipping navigation, headers, footers, asides, figures, forms and scripts. The
//! lines then go through the same furniture cleaning as scraped text.

use super::{Article, dates, parse_plain, text_clean};
use scraper::{ElementRef, Html, Selector};

const SKIPPED: &[&str] = &[
    "script", "style", "nav", "header", "footer", "aside", "form", "figure", "noscript", "button",
    "svg", "iframe", "template", "select",
];

fn selector(css: &str) -> Option<Selector> {
    Selector::parse(css).ok()
}

/// Parses an HTML page.
pub fn parse_html(source: &str, text: &str) -> Article {
    let page = Html::parse_document(text);
    let meta = |keys: &[&str]| -> Option<String> {
        keys.iter().find_map(|key| {
            let sel = selector(&format!("meta[property=\"{key}\"], meta[name=\"{key}\"]"))?;
            let content = page.select(&sel).find_map(|m| m.value().attr("content"))?;
            Some(text_clean(content)).filter(|s| !s.is_empty())
        })
    };
    let first_text = |css: &str| -> Option<String> {
        let sel = selector(css)?;
        page.select(&sel)
            .map(|e| text_clean(&e.text().collect::<String>()))
            .find(|s| !s.is_empty())
    };
    let title = meta(&["og:title", "twitter:title"])
        .or_else(|| first_text("h1"))
        .or_else(|| first_text("title"));
    let lines = body_lines(&page);

    let mut text_form = String::new();
    if let Some(title) = &title {
        text_form.push_str(title);
        text_form.push_str("\n\n");
    }
    text_form.push_str(&lines.join("\n\n"));
    let mut article = parse_plain(source, &text_form);

    article.title = title.or(article.title);
    article.outlet = meta(&["og:site_name", "application-name", "publisher"]);
    let author = meta(&["author", "article:author", "byl", "parsely-author"])
        .filter(|a| !a.starts_with("http"))
        .or_else(|| first_text("[rel=author], .byline, .author"));
    article.author = author.or(article.author);
    let time_attr = selector("time[datetime]").and_then(|sel| {
        page.select(&sel)
            .find_map(|t| t.value().attr("datetime").map(str::to_string))
    });
    let published = meta(&[
        "article:published_time",
        "datePublished",
        "date",
        "pubdate",
        "dc.date",
    ])
    .or(time_attr)
    .and_then(|d| dates::find_date(&d).map(|f| f.published));
    article.published = published.or(article.published);
    let canonical = selector("link[rel=canonical]").and_then(|sel| {
        page.select(&sel)
            .find_map(|l| l.value().attr("href").map(text_clean))
    });
    article.url = canonical
        .filter(|u| u.starts_with("http"))
        .or_else(|| meta(&["og:url"]))
        .or(article.url);
    article
}

/// The text of each block element in the page's main content, in order.
fn body_lines(page: &Html) -> Vec<String> {
    let Some(blocks) = selector("h1, h2, h3, h4, h5, h6, p, li, blockquote, pre") else {
        return Vec::new();
    };
    let root = ["article", "main", "[role=main]", "body"]
        .iter()
        .filter_map(|css| selector(css))
        .find_map(|sel| {
            page.select(&sel)
                .max_by_key(|e| e.text().map(str::len).sum::<usize>())
        });
    let Some(root) = root else { return Vec::new() };
    root.select(&blocks)
        .filter(|e| !inside_skipped(e, &root) && !has_block_child(e))
        .map(|e| text_clean(&e.text().collect::<String>()))
        .filter(|s| !s.is_empty())
        .collect()
}

fn inside_skipped(element: &ElementRef, root: &ElementRef) -> bool {
    element
        .ancestors()
        .take_while(|a| a.id() != root.id())
        .filter_map(ElementRef::wrap)
        .chain(std::iter::once(*element))
        .any(|a| SKIPPED.contains(&a.value().name()))
}

/// A `<li>` or `<blockquote>` that holds paragraphs is read through its paragraphs.
fn has_block_child(element: &ElementRef) -> bool {
    matches!(element.value().name(), "li" | "blockquote")
        && element
            .descendants()
            .filter_map(ElementRef::wrap)
            .any(|d| matches!(d.value().name(), "p" | "li" | "h2" | "h3") && d.id() != element.id())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html><head>
        <title>Vote passes | The Daily Example</title>
        <meta property="og:title" content="Senate passes the budget bill">
        <meta property="og:site_name" content="The Daily Example">
        <meta name="author" content="Jane Doe">
        <meta property="article:published_time" content="2024-06-13T06:03:00+02:00">
        <link rel="canonical" href="https://example.org/news/budget">
        <script>var x = "Do not read me.";</script>
        </head><body>
        <nav><ul><li>Home</li><li>World</li></ul></nav>
        <article>
          <h1>Senate passes the budget bill</h1>
          <p>The senate passed the budget bill on Tuesday after a debate that lasted <b>two</b> days.</p>
          <figure><img src="x.jpg"><figcaption>Senators vote. Photo: AP</figcaption></figure>
          <h2>What comes next</h2>
          <p>The bill now goes to the president, who is expected to sign it this week.</p>
          <aside><p>Read also: something else entirely that is long enough to be prose.</p></aside>
        </article>
        <footer><p>© 2024 The Daily Example. All rights reserved to the owners of this site.</p></footer>
        </body></html>"#;

    #[test]
    fn reads_metadata_and_main_text() {
        let a = parse_html("page.html", PAGE);
        assert_eq!(a.title.as_deref(), Some("Senate passes the budget bill"));
        assert_eq!(a.outlet.as_deref(), Some("The Daily Example"));
        assert_eq!(a.author.as_deref(), Some("Jane Doe"));
        assert_eq!(
            a.published.map(|p| p.to_string()).as_deref(),
            Some("2024-06-13T06:03:00")
        );
        assert_eq!(a.url.as_deref(), Some("https://example.org/news/budget"));
        let texts: Vec<&str> = a.sentences.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "The senate passed the budget bill on Tuesday after a debate that lasted two days.",
                "What comes next",
                "The bill now goes to the president, who is expected to sign it this week.",
            ]
        );
    }

    #[test]
    fn broken_html_still_parses() {
        let a = parse_html(
            "x.html",
            "<html><body><p>Unclosed paragraph about a vote in the senate that passed today.<div><p>Second one",
        );
        assert!(!a.sentences.is_empty());
    }
}
