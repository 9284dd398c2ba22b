//! Adding what the library cannot take as it is, end to end through the binary:
//! folders holding other files (said by kind, a folder of none failing), files
//! with byte-order marks (UTF-16, UTF-8) and names that carry control sequences.

#[path = "support/library_run.rs"]
#[allow(dead_code)] // the shared helpers' story readers serve the feed tests, not these
mod library_run;

use library_run::parallax;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
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
