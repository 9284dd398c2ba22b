//! Following feeds from the command line, against a real HTTP server on 127.0.0.1:
//! what `refresh` reports and how it exits, how `feed list` tells a failed feed,
//! OPML export and import (outlet names kept, feeds already followed counted), and
//! a feed given to `add` named as one.

#[path = "support/library_run.rs"]
mod library_run;
#[path = "support/web_server.rs"]
mod web_server;

use library_run::{outlets, parallax};

use std::path::Path;

#[test]
fn refresh_names_each_failure_once_and_exits_one_only_for_failures() {
    let server = web_server::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let lib = dir.path().join("lib.db");
    let good = format!("{}/plain-feed.xml", server.base);
    let gone = format!("{}/no-feed.xml", server.base);
    parallax(&lib, &["feed", "add", &good]);
    parallax(&lib, &["feed", "add", &gone]);
    for round in ["new articles", "nothing new"] {
        let out = parallax(&lib, &["refresh"]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{round}: a feed failed: {err}");
        let naming: Vec<&str> = err.lines().filter(|l| l.contains(&gone)).collect();
        assert_eq!(
            naming,
            [format!("parallax: {gone}: HTTP 404 Not Found")],
            "{round}: {err}"
        );
        assert_eq!(
            err.lines()
                .filter(|l| l.starts_with("River City Wire:"))
                .count(),
            1,
            "{round}: {err}"
        );
    }
    // The list says how each feed's last refresh went: when, and why it failed.
    let list = parallax(&lib, &["feed", "list"]);
    let text = String::from_utf8_lossy(&list.stdout);
    let line = text.lines().find(|l| l.contains(&gone)).unwrap_or_default();
    assert!(
        line.starts_with(&format!(
            "   2  (no name yet)  {gone}  0 entries  last refresh failed 20"
        )),
        "{text}"
    );
    assert!(line.ends_with(" UTC: HTTP 404 Not Found"), "{text}");
    let line = text.lines().find(|l| l.contains(&good)).unwrap_or_default();
    assert!(
        line.starts_with(&format!("   1  River City Wire  {good}  1 entry  read 20")),
        "{text}"
    );
    assert!(parallax(&lib, &["feed", "remove", &gone]).status.success());
    let never = format!("{}/never.xml", server.base);
    parallax(&lib, &["feed", "add", &never]);
    let list = parallax(&lib, &["feed", "list"]);
    let text = String::from_utf8_lossy(&list.stdout);
    assert!(
        text.contains(&format!(
            "  (no name yet)  {never}  0 entries  not read yet"
        )),
        "{text}"
    );
    parallax(&lib, &["feed", "remove", &never]);
    let out = parallax(&lib, &["refresh"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(0),
        "nothing new is no failure: {err}"
    );
    assert!(err.contains("River City Wire: added 0"), "{err}");
}

#[test]
fn a_feed_given_to_add_is_named_a_feed_with_the_command_that_follows_it() {
    let server = web_server::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let lib = dir.path().join("lib.db");
    let page = format!("{}/ferry.html", server.base);
    for path in ["/plain-feed.xml", "/feed-as-xml", "/feed-as-text"] {
        let feed = format!("{}{path}", server.base);
        let out = parallax(&lib, &["add", &feed, &page]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{path}: {err}");
        let line = format!(
            "parallax: {feed}: a news feed, not an article page; follow it with `parallax feed add {feed}`"
        );
        assert!(err.lines().any(|l| l == line), "{path}: {err}");
    }
    // The page beside it was added (once; then recognised).
    assert_eq!(outlets(&lib), [(page, "Harbour Post".into())]);
    let bad = format!("{}/bad-feed.xml", server.base);
    let out = parallax(&lib, &["add", &bad]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(&format!(
            "{bad}: not a web page or feed (content type application/rss+xml)"
        )),
        "{err}"
    );
}

fn feed_outlets(library: &Path) -> Vec<(String, serde_json::Value)> {
    let out = parallax(library, &["feed", "list", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    json["feeds"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| {
            (
                f["url"].as_str().unwrap_or("").to_string(),
                f["outlet"].clone(),
            )
        })
        .collect()
}

#[test]
fn opml_export_and_import_keep_each_feeds_outlet_and_say_what_was_followed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (from, to) = (dir.path().join("from.db"), dir.path().join("to.db"));
    let feeds = [
        ("http://127.0.0.1:1/wire.xml", Some("River Wire")),
        ("http://127.0.0.1:1/plain.xml", None),
        ("http://127.0.0.1:1/co.xml?a=1&b=2", Some("A & Co <Daily>")),
    ];
    for (url, outlet) in feeds {
        let mut args = vec!["feed", "add", url];
        args.extend(outlet.iter().flat_map(|o| ["--outlet", o]));
        assert!(parallax(&from, &args).status.success());
    }
    let opml = dir.path().join("feeds.opml");
    let out = parallax(&from, &["feed", "export"]);
    std::fs::write(&opml, &out.stdout).expect("write");
    let opml = opml.to_str().unwrap_or_default();
    let out = parallax(&to, &["feed", "import", opml]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert_eq!(err, format!("following 3 new feeds from {opml}\n"));
    let expected: Vec<(String, serde_json::Value)> = feeds
        .iter()
        .map(|(url, outlet)| (url.to_string(), (*outlet).into()))
        .collect();
    assert_eq!(feed_outlets(&to), expected);

    // Again, with one feed more: the three are not followed twice, and said so.
    assert!(
        parallax(&from, &["feed", "add", "http://127.0.0.1:1/new.xml"])
            .status
            .success()
    );
    std::fs::write(opml, parallax(&from, &["feed", "export"]).stdout).expect("write");
    let out = parallax(&to, &["feed", "import", opml]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert_eq!(
        err,
        format!("following 1 new feed from {opml}; 3 already followed\n")
    );
    assert_eq!(feed_outlets(&to).len(), 4);
}
