//! Fuzzing on stable: proptest strategies feed arbitrary bytes, HTML-shaped and
//! article-shaped inputs to every entry point (ingest of text, HTML and JSON;
//! alignment of what ingest made; feeds and OPML) for `PARALLAX_FUZZ_SECS` seconds (default 10).
//! Nothing may panic, and nothing from an input may come out as a control
//! character. Ignored by default; run it with
//! `PARALLAX_FUZZ_SECS=300 cargo test --release --test fuzz -- --ignored --nocapture`.

use parallax::align::{Document, align};
use parallax::ingest::{Article, read_article_bytes};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use std::time::{Duration, Instant};

fn budget() -> Duration {
    let secs = std::env::var("PARALLAX_FUZZ_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    Duration::from_secs(secs)
}

/// Words, punctuation, numbers, quotes, odd Unicode and escape sequences.
fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[A-Za-z]{1,10}",
        2 => "[0-9]{1,4}([.,][0-9]{1,3})?",
        2 => prop::sample::select(vec![
            ".", ",", "!", "?", "…", "\"", "“", "”", "'", "’", "(", ")", "-", "—", ":", ";",
            "\n", "\n\n", "  ", "\t", "\r\n", "Mr.", "U.S.", "e.g.", "No.", "10 a.m.", "1.5",
            "By ", "Reuters", "Published", "June 12, 2024", "2024-06-12", "Share", "©",
        ]).prop_map(str::to_string),
        1 => prop::sample::select(vec![
            "\u{1b}[31m", "\u{1b}]0;title\u{7}", "\u{9b}2J", "\u{202e}", "\u{200b}", "\u{0}",
            "中文", "😀", "é", "e\u{301}", "ﷺ", "\u{fffd}", "\u{feff}",
        ]).prop_map(str::to_string),
    ]
}

fn prose() -> impl Strategy<Value = String> {
    prop::collection::vec(token(), 0..300).prop_map(|t| t.join(" "))
}

fn html() -> impl Strategy<Value = String> {
    let tag = prop::sample::select(vec![
        "p",
        "div",
        "article",
        "h1",
        "h2",
        "span",
        "a",
        "script",
        "style",
        "nav",
        "footer",
        "header",
        "li",
        "ul",
        "figure",
        "figcaption",
        "time",
        "main",
        "section",
        "br",
        "meta",
    ]);
    // Attributes as real pages write them, some of those prepare cuts among them.
    let attributes = prop::sample::select(vec![
        "",
        " class=\"x\"",
        " data-track=\"a>b\" id=k",
        " data-n=1",
        " data-flag",
        " srcset='a 1x' class=y",
        " data-src=\"i.jpg\"  DATA-X = 'q'",
    ]);
    let node = (tag, attributes, prose(), any::<bool>()).prop_map(|(t, a, text, close)| {
        if close {
            format!("<{t}{a}>{text}</{t}>")
        } else {
            format!("<{t}{a}>{text}")
        }
    });
    (prose(), prop::collection::vec(node, 0..40)).prop_map(|(title, nodes)| {
        format!(
            "<html><head><title>{title}</title><meta property=\"og:site_name\" content=\"{}\"></head><body>{}</body></html>",
            title.chars().take(20).collect::<String>(),
            nodes.concat()
        )
    })
}

fn json() -> impl Strategy<Value = String> {
    (prose(), prose(), prose(), prose()).prop_map(|(title, outlet, published, text)| {
        serde_json::json!({"title": title, "outlet": outlet, "published": published, "text": text})
            .to_string()
    })
}

/// Nothing that reaches a terminal may carry a control character.
fn check_clean(article: &Article) -> Result<(), TestCaseError> {
    let fields = [
        &article.title,
        &article.outlet,
        &article.author,
        &article.url,
    ];
    let texts = fields
        .into_iter()
        .flatten()
        .map(String::as_str)
        .chain(article.sentences.iter().map(|s| s.text.as_str()));
    for t in texts {
        prop_assert!(
            !t.chars().any(char::is_control),
            "control character in {t:?}"
        );
    }
    Ok(())
}

/// Ingests every input under its name, checks what came out, and aligns it.
fn ingest_and_align(inputs: &[(&str, Vec<u8>)]) -> Result<(), TestCaseError> {
    let articles: Vec<Article> = inputs
        .iter()
        .filter_map(|(name, bytes)| read_article_bytes(name, bytes).ok())
        .collect();
    for a in &articles {
        check_clean(a)?;
    }
    let docs: Vec<Document> = articles.iter().map(Document::from_article).collect();
    let alignment = align(&docs);
    prop_assert_eq!(alignment.group_of.len(), docs.len());
    for (doc, groups) in docs.iter().zip(&alignment.group_of) {
        prop_assert_eq!(groups.len(), doc.sentences.len());
    }
    Ok(())
}

/// Runs `test` on values of `strategy` until the time budget is spent.
fn fuzz<S: Strategy>(name: &str, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    // Four entry points share the budget.
    let until = Instant::now() + budget() / 4;
    let mut rounds = 0;
    while Instant::now() < until {
        let mut runner = TestRunner::new(Config {
            cases: 64,
            failure_persistence: None,
            ..Config::default()
        });
        if let Err(e) = runner.run(&strategy, &test) {
            panic!("{name}: {e}");
        }
        rounds += 1;
    }
    eprintln!("{name}: {} cases, no failure", rounds * 64);
}

#[test]
#[ignore = "fuzzing runs for PARALLAX_FUZZ_SECS; see README"]
fn fuzz_ingest_and_align() {
    fuzz(
        "arbitrary bytes",
        prop::collection::vec(any::<u8>(), 0..4096),
        |bytes| {
            ingest_and_align(&[
                ("a.txt", bytes.clone()),
                ("a.html", bytes.clone()),
                ("a.json", bytes),
            ])
        },
    );
    fuzz("articles", (prose(), prose(), prose()), |(a, b, c)| {
        ingest_and_align(&[
            ("a.txt", a.into_bytes()),
            ("b.txt", b.into_bytes()),
            ("c.md", c.into_bytes()),
        ])
    });
    fuzz("html pages", (html(), html()), |(a, b)| {
        ingest_and_align(&[("a.html", a.into_bytes()), ("b.htm", b.into_bytes())])
    });
    fuzz("json articles", (json(), json()), |(a, b)| {
        ingest_and_align(&[("a.json", a.into_bytes()), ("b.json", b.into_bytes())])
    });
}

/// Escapes a token for XML text, so that the generated feed stays well formed
/// as often as not (raw tokens still reach the parser through arbitrary bytes).
fn xml_text(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// RSS 2.0 and Atom documents whose titles, links, dates and bodies are prose
/// tokens (escape sequences and odd Unicode included), with HTML in the bodies.
fn feed() -> impl Strategy<Value = String> {
    let entry = (prose(), prose(), html(), "[a-z0-9/:.?=&-]{0,40}", token());
    (any::<bool>(), prose(), prop::collection::vec(entry, 0..8)).prop_map(
        |(atom, title, entries)| {
            let items: String = entries
                .iter()
                .map(|(t, summary, body, link, date)| {
                    let (t, summary, body) = (xml_text(t), xml_text(summary), xml_text(body));
                    let (link, date) = (xml_text(link), xml_text(date));
                    if atom {
                        format!(
                            "<entry><title>{t}</title><id>{link}</id><link href=\"{link}\"/>\
                             <updated>{date}</updated><summary>{summary}</summary>\
                             <content type=\"html\">{body}</content></entry>"
                        )
                    } else {
                        format!(
                            "<item><title>{t}</title><link>{link}</link><guid>{link}</guid>\
                             <pubDate>{date}</pubDate><description>{summary}</description>\
                             <content:encoded>{body}</content:encoded></item>"
                        )
                    }
                })
                .collect();
            let title = xml_text(&title);
            if atom {
                format!(
                    "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">\
                     <title>{title}</title>{items}</feed>"
                )
            } else {
                format!(
                    "<?xml version=\"1.0\"?><rss version=\"2.0\" \
                     xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\
                     <channel><title>{title}</title>{items}</channel></rss>"
                )
            }
        },
    )
}

/// Parses a feed; every entry with a body becomes an article that must be clean.
fn read_feed(bytes: &[u8]) -> Result<(), TestCaseError> {
    let Ok(doc) = parallax::web::feed::parse_feed(bytes, "http://127.0.0.1/feed.xml") else {
        return Ok(());
    };
    for entry in &doc.entries {
        if let Some(body) = &entry.full_html {
            check_clean(&parallax::web::feed::article_from_entry(entry, body))?;
        }
    }
    Ok(())
}

#[test]
#[ignore = "fuzzing runs for PARALLAX_FUZZ_SECS; see README"]
fn fuzz_feeds() {
    fuzz(
        "feed bytes",
        prop::collection::vec(any::<u8>(), 0..4096),
        |bytes| read_feed(&bytes),
    );
    fuzz("feeds", feed(), |text| read_feed(text.as_bytes()));
    fuzz("opml", prose(), |text| {
        let _ = parallax::web::opml::read_opml(&text);
        Ok(())
    });
}
