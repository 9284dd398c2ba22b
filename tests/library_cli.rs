//! End-to-end runs of the library subcommands on a temporary library.

#[path = "support/library_run.rs"]
#[allow(dead_code)] // the shared helpers' story readers serve the feed tests, not these
mod library_run;

use library_run::parallax;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn add_list_search_export() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lib = dir.path().join("lib.db");
    let demo = root().join("assets/demo");
    let junk = dir.path().join("junk.txt");
    std::fs::write(&junk, [0u8, 1, 2, 3]).expect("write");
    let out = parallax(
        &lib,
        &[
            "add",
            demo.to_str().unwrap_or_default(),
            junk.to_str().unwrap_or_default(),
        ],
    );
    assert!(
        !out.status.success(),
        "a failed file makes the exit status non-zero"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("junk.txt: binary data"), "{stderr}");
    assert!(
        stderr.contains("added 5, duplicates 0, failed 1"),
        "{stderr}"
    );

    let again = parallax(&lib, &["add", demo.to_str().unwrap_or_default()]);
    assert!(again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("added 0, duplicates 5, failed 0"));

    let out = parallax(&lib, &["stories", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let stories = json["stories"].as_array().expect("stories");
    assert_eq!(stories.len(), 1);
    let story = &stories[0];
    assert!(story["id"].is_i64() && story["title"].is_string());
    let articles = story["articles"].as_array().expect("articles");
    assert_eq!(articles.len(), 5);
    for a in articles {
        assert!(a["id"].is_i64() && a["source"].as_str().is_some_and(|s| s.ends_with(".txt")));
        assert!(
            a.get("title").is_some() && a.get("outlet").is_some() && a.get("published").is_some()
        );
    }

    let out = parallax(&lib, &["search", "--json", "Mirzoyan"]);
    let hits: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(hits["hits"].as_array().map(Vec::len), Some(2));
    assert!(
        hits["hits"][0]["snippet"]
            .as_str()
            .is_some_and(|s| s.contains("[Mirzoyan]"))
    );
    assert_eq!(hits["all_ranked"], serde_json::Value::Bool(true));
    // Several words need no quotes; every one must match.
    let out = parallax(&lib, &["search", "--json", "Union", "of", "Journalists"]);
    let hits: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(hits["hits"].as_array().map(Vec::len), Some(2));
    assert!(
        hits["hits"][0]["snippet"]
            .as_str()
            .is_some_and(|s| s.contains("[Union of Journalists]"))
    );

    let id = story["id"].to_string();
    let html = dir.path().join("report.html");
    let out = parallax(
        &lib,
        &[
            "export",
            &id,
            "--format",
            "html",
            "-o",
            html.to_str().unwrap_or_default(),
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let page = std::fs::read_to_string(&html).expect("report");
    assert!(page.starts_with("<!DOCTYPE html>") && page.contains("<mark class=\"changed\">"));
    assert!(
        !page.contains("http://") && !page.contains("https://"),
        "a self-contained page loads nothing"
    );
    let md = parallax(&lib, &["export", &id]);
    assert!(String::from_utf8_lossy(&md.stdout).contains("## Shared facts"));

    let out = parallax(&lib, &["show", &articles[0]["id"].to_string()]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Title "));
    let out = parallax(&lib, &["show", "9999"]);
    assert!(
        !out.status.success() && String::from_utf8_lossy(&out.stderr).contains("no article 9999")
    );
}

#[test]
fn a_file_that_is_not_a_library_is_refused_and_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let not_lib = dir.path().join("thesis.docx");
    std::fs::write(&not_lib, "PK\u{3}\u{4} not a database").expect("write");
    let out = parallax(&not_lib, &["stories"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a parallax library"));
    assert_eq!(
        std::fs::read(&not_lib).expect("read"),
        b"PK\x03\x04 not a database"
    );
}

#[test]
fn a_story_cannot_be_renamed_to_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lib = dir.path().join("lib.db");
    let demo = root().join("assets/demo");
    parallax(&lib, &["add", demo.to_str().unwrap_or_default()]);
    assert!(
        parallax(&lib, &["story", "rename", "1", "CSTO"])
            .status
            .success()
    );
    for blank in ["", "   ", "\u{1b}[2J\t"] {
        let out = parallax(&lib, &["story", "rename", "1", blank]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{blank:?}: {stderr}");
        assert_eq!(stderr, "parallax: a story's title cannot be blank\n");
        assert!(out.stdout.is_empty());
    }
    let out = parallax(&lib, &["story", "split", "1", "--title", " "]);
    assert_eq!(out.status.code(), Some(2));
    let stories = parallax(&lib, &["stories"]);
    let text = String::from_utf8_lossy(&stories.stdout);
    assert!(
        text.lines().nth(1).is_some_and(|l| l.ends_with("  CSTO")),
        "{text}"
    );
    assert_eq!(text.lines().count(), 2, "{text}");
}

#[test]
fn outlets_are_listed_renamed_merged_and_an_unknown_one_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lib = dir.path().join("lib.db");
    let demo = |n: usize| {
        let mut files: Vec<_> = std::fs::read_dir(root().join("assets/demo"))
            .expect("demo")
            .filter_map(|e| e.ok().map(|e| e.path().display().to_string()))
            .collect();
        files.sort();
        files[n].clone()
    };
    let add = |outlet: &str, files: &[String]| {
        let mut args = vec!["add", "--outlet", outlet];
        args.extend(files.iter().map(String::as_str));
        assert!(parallax(&lib, &args).status.success());
    };
    add("Harbour Post", &[demo(0), demo(1)]);
    add("River Times", &[demo(2)]);
    assert!(parallax(&lib, &["add", &demo(3)]).status.success());

    let list = parallax(&lib, &["outlet", "list"]);
    assert_eq!(
        String::from_utf8_lossy(&list.stdout),
        "articles  outlet\n       2  Harbour Post\n       1  River Times\n       1  (outlet unknown)\n"
    );
    let out = parallax(&lib, &["outlet", "rename", "Harbor Post", "X"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{stderr}");
    assert_eq!(
        stderr,
        "parallax: no outlet \"Harbor Post\" in the library; did you mean \"Harbour Post\"?\n"
    );
    let out = parallax(&lib, &["outlet", "rename", "Gazette", "X"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("(`parallax outlet list` lists them)"));
    let out = parallax(&lib, &["outlet", "rename", "River Times", " "]);
    assert_eq!(out.status.code(), Some(2));

    let out = parallax(&lib, &["outlet", "rename", "River Times", "Harbour Post"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(
        stderr,
        "merged outlet \"River Times\" into \"Harbour Post\", which already existed: 1 article renamed\n"
    );
    let out = parallax(
        &lib,
        &["outlet", "rename", "Harbour Post", "The Harbour Post"],
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "renamed outlet \"Harbour Post\" to \"The Harbour Post\" on 3 articles\n"
    );
    let list = parallax(&lib, &["outlet", "list", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&list.stdout).expect("json");
    assert_eq!(
        json,
        serde_json::json!({"outlets": [{"articles": 3, "outlet": "The Harbour Post"}], "unknown": 1})
    );
}

#[test]
fn a_search_with_no_word_is_a_usage_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lib = dir.path().join("lib.db");
    let demo = root().join("assets/demo");
    parallax(&lib, &["add", demo.to_str().unwrap_or_default()]);
    for query in ["*", "?!", "\"", "(", ""] {
        for json in [false, true] {
            let mut args = vec!["search", query];
            args.extend(json.then_some("--json"));
            let out = parallax(&lib, &args);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{query:?}: {stderr}");
            assert_eq!(
                stderr,
                format!(
                    "parallax: search: '{query}' is not a valid query: it has no word to search for (letters or digits)\n"
                )
            );
            assert!(out.stdout.is_empty());
        }
    }
    let out = parallax(&lib, &["search", "Armenia*"]);
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn removing_says_what_was_removed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lib = dir.path().join("lib.db");
    let file = root().join("assets/demo/000_7aca94074207edf6.txt");
    parallax(&lib, &["add", file.to_str().unwrap_or_default()]);
    let out = parallax(&lib, &["remove", "1", "999"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "removed article 1: Armenia Breaks Ties with Russian-Led Security Alliance Amidst Rising Tensions (outlet unknown)\n"
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "parallax: no article 999 in the library\n"
    );

    let feed = "http://127.0.0.1:1/wire.xml";
    parallax(&lib, &["feed", "add", feed, "--outlet", "Wire"]);
    parallax(&lib, &["feed", "add", "http://127.0.0.1:1/other.xml"]);
    for (given, line) in [
        (feed, format!("stopped following feed 1: {feed} (Wire); the articles taken from it stay\n")),
        ("2", "stopped following feed 2: http://127.0.0.1:1/other.xml; the articles taken from it stay\n".to_string()),
    ] {
        let out = parallax(&lib, &["feed", "remove", given]);
        assert!(out.status.success());
        assert_eq!(String::from_utf8_lossy(&out.stderr), line);
    }
    let out = parallax(&lib, &["feed", "remove", "2"]);
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "parallax: 2: no such feed\n"
    );
}

#[test]
fn articles_have_a_header_and_never_show_an_author_as_outlet() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lib = dir.path().join("lib.db");
    let article = dir.path().join("bridge.txt");
    std::fs::write(
        &article,
        "Author: Dana Reyes\n---\nBridge to close\n\nThe city council voted on Monday to close the old river bridge.\n",
    )
    .expect("write");
    assert!(
        parallax(&lib, &["add", article.to_str().unwrap_or_default()])
            .status
            .success()
    );
    let out = parallax(&lib, &["articles"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    let mut lines = stdout.lines();
    let header = lines.next().unwrap_or_default();
    for column in ["article", "story", "published", "outlet", "title"] {
        assert!(header.contains(column), "{header}");
    }
    let row = lines.next().unwrap_or_default();
    assert!(row.contains("Bridge to close"), "{stdout}");
    assert!(
        !row.contains("Dana Reyes"),
        "an author is not an outlet: {row}"
    );
}
