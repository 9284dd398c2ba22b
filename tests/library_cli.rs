//! End-to-end runs of the library subcommands on a temporary library.

use std::path::Path;
use std::process::{Command, Output};

fn parallax(library: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
        .arg("--library")
        .arg(library)
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("parallax runs")
}

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
fn files_a_folder_cannot_give_are_said_and_a_folder_of_none_fails() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lib = dir.path().join("lib.db");
    let pictures = dir.path().join("pictures");
    std::fs::create_dir(&pictures).expect("mkdir");
    let gz = pictures.join("story.txt.gz");
    std::fs::write(pictures.join("photo.png"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").expect("write");
    std::fs::write(&gz, b"\x1f\x8b\x08\0\0\0\0\0\0\x03").expect("write");
    let shown = pictures.display().to_string();
    let out = parallax(&lib, &["add", &shown]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "nothing added: {stderr}");
    let line = format!(
        "parallax: {shown}: no article files: skipped 2 files (1 × compressed file (gzip), 1 × image (PNG)); from a folder only .txt .text .html .htm .json .md files are read"
    );
    assert!(stderr.lines().any(|l| l == line), "{stderr}");
    assert!(
        stderr.contains("added 0, duplicates 0, failed 1"),
        "{stderr}"
    );

    // Named directly, a compressed file is said to be one, not "binary data".
    let out = parallax(&lib, &["add", gz.to_str().unwrap_or_default()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("story.txt.gz: compressed file (gzip), not supported; unpack it first"),
        "{stderr}"
    );

    // Beside articles, the skipped files are one line and no failure.
    std::fs::copy(
        root().join("assets/demo/000_7aca94074207edf6.txt"),
        pictures.join("a.txt"),
    )
    .expect("copy");
    let out = parallax(&lib, &["add", &shown]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "parallax: {shown}: skipped 2 files (1 × compressed file (gzip), 1 × image (PNG))"
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains("added 1, duplicates 0, failed 0"),
        "{stderr}"
    );
}

/// `text` as UTF-16 (little- or big-endian) with its byte-order mark.
fn utf16(text: &str, little: bool) -> Vec<u8> {
    let mut out = if little {
        vec![0xff, 0xfe]
    } else {
        vec![0xfe, 0xff]
    };
    for unit in text.encode_utf16() {
        out.extend(if little {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        });
    }
    out
}

#[test]
fn byte_order_marks_are_read_not_shown() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lib = dir.path().join("lib.db");
    let body = |what: &str| {
        format!(
            "Café report on the {what}\r\n\r\nThe café on the square was closed by police on Monday morning after a dispute over the {what}.\r\n"
        )
    };
    let page = format!(
        "<!DOCTYPE html><html><head><title>Ferry café opens</title></head><body><article><h1>Ferry café opens</h1><p>{}</p><p>{}</p></article></body></html>",
        "A new ferry café opened on the harbour on Tuesday, the transport office said in a statement.",
        "The café will serve passengers on the new ferry line until the old bridge reopens next year."
    );
    let files: [(&str, Vec<u8>); 4] = [
        ("le.txt", utf16(&body("rent"), true)),
        ("be.txt", utf16(&body("noise"), false)),
        (
            "bom8.txt",
            [&[0xef, 0xbb, 0xbf][..], body("music").as_bytes()].concat(),
        ),
        ("le.html", utf16(&page, true)),
    ];
    for (name, bytes) in &files {
        std::fs::write(dir.path().join(name), bytes).expect("write");
    }
    let out = parallax(&lib, &["add", dir.path().to_str().unwrap_or_default()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("added 4, duplicates 0, failed 0"),
        "{stderr}"
    );
    let out = parallax(&lib, &["articles", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let mut titles: Vec<&str> = json["articles"]
        .as_array()
        .expect("articles")
        .iter()
        .filter_map(|a| a["title"].as_str())
        .collect();
    titles.sort_unstable();
    assert_eq!(
        titles,
        [
            "Café report on the music",
            "Café report on the noise",
            "Café report on the rent",
            "Ferry café opens"
        ]
    );
    for id in 1..=4 {
        let shown = parallax(&lib, &["show", &id.to_string()]);
        let text = String::from_utf8_lossy(&shown.stdout);
        assert!(text.contains("café"), "{text}");
        assert!(!text.contains(['\u{feff}', '\u{fffd}', '\0']), "{text:?}");
    }
    // The UTF-16 page was kept beside its article, for `reextract`.
    let again = parallax(&lib, &["reextract"]);
    let stderr = String::from_utf8_lossy(&again.stderr);
    assert!(
        stderr.contains("re-extracted 0 articles; 1 unchanged"),
        "{stderr}"
    );

    // An OPML list saved as UTF-16 is read too.
    let opml = dir.path().join("feeds.opml");
    let list = r#"<?xml version="1.0" encoding="UTF-16"?><opml version="2.0"><body><outline text="Café Wire" xmlUrl="http://127.0.0.1:1/rss"/></body></opml>"#;
    std::fs::write(&opml, utf16(list, true)).expect("write");
    let out = parallax(&lib, &["feed", "import", opml.to_str().unwrap_or_default()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let out = parallax(&lib, &["feed", "list", "--json"]);
    let feeds: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(feeds["feeds"][0]["url"], "http://127.0.0.1:1/rss");
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
fn add_never_writes_a_control_sequence_from_a_name() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lib = dir.path().join("lib.db");
    let evil = dir.path().join("evil\u{1b}[2J\u{1b}]0;owned\u{7}.txt");
    std::fs::copy(root().join("assets/demo/000_7aca94074207edf6.txt"), &evil).expect("copy");
    let out = parallax(
        &lib,
        &["add", "--verbose", evil.to_str().unwrap_or_default()],
    );
    assert!(out.status.success());
    for stream in [&out.stdout, &out.stderr] {
        let text = String::from_utf8_lossy(stream);
        assert!(!text.contains(['\u{1b}', '\u{7}']), "{text:?}");
    }
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("added 1 story 1 "));
}
