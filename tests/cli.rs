//! End-to-end runs of the parallax binary: output contracts, exit codes, and bad
//! input reported by path while the other inputs are still processed.

#[path = "support/files_run.rs"]
mod files_run;

use files_run::{demo, parallax};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn demo_files() -> Vec<String> {
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/demo"))
            .expect("assets/demo")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
    files.sort();
    files.iter().map(|p| p.display().to_string()).collect()
}

/// Runs `parallax CMD --json` on the demo files; returns the files and the output.
fn json_on_demo(cmd: &str) -> (Vec<String>, serde_json::Value) {
    let files = demo_files();
    let args: Vec<&str> = [cmd, "--json"]
        .into_iter()
        .chain(files.iter().map(String::as_str))
        .collect();
    let out = parallax(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        files,
        serde_json::from_slice(&out.stdout).expect("valid JSON"),
    )
}

#[test]
fn parse_json_follows_the_contract() {
    let (files, json) = json_on_demo("parse");
    let docs = json["documents"].as_array().expect("documents");
    assert_eq!(docs.len(), 5);
    for (doc, file) in docs.iter().zip(&files) {
        assert_eq!(doc["source"], file.as_str());
        assert!(doc["title"].is_string());
        assert!(doc["outlet"].is_null());
        assert!(doc.get("author").is_some() && doc.get("published").is_some());
        let sentences = doc["sentences"].as_array().expect("sentences");
        assert!(sentences.len() > 10);
        assert!(sentences.iter().all(|s| s["text"].is_string()));
        assert!(doc["dropped"].is_array());
    }
    assert_eq!(docs[0]["published"], "2024-06-13T06:03:00");
    assert_eq!(docs[0]["author"], "Emelie Rodriguez");
}

#[test]
fn bad_inputs_are_reported_and_the_rest_processed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let write = |name: &str, bytes: &[u8]| {
        let p = dir.path().join(name);
        std::fs::write(&p, bytes).expect("write");
        p.display().to_string()
    };
    let empty = write("empty.txt", b"");
    let binary = write("binary.txt", &[0u8, 159, 146, 150, 0, 1, 2]);
    let latin1 = write(
        "latin1.txt",
        b"Title\n\nA caf\xe9 closed today after a long dispute with the city.",
    );
    let missing = dir.path().join("missing.txt").display().to_string();
    let folder = dir.path().display().to_string();
    let good = demo("000_7aca94074207edf6.txt");
    let out = parallax(&[
        "parse", "--json", &empty, &binary, &good, &latin1, &missing, &folder,
    ]);
    assert_eq!(out.status.code(), Some(1), "some inputs failed");
    let stderr = String::from_utf8_lossy(&out.stderr);
    for (path, reason) in [
        (&empty, "empty"),
        (&binary, "binary"),
        (&latin1, "UTF-8"),
        (&missing, "no such file"),
        (&folder, "directory"),
    ] {
        assert!(
            stderr
                .lines()
                .any(|l| l.contains(path.as_str()) && l.contains(reason)),
            "{path} {reason}: {stderr}"
        );
    }
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(json["documents"].as_array().map(Vec::len), Some(1));
    assert!(!stderr.contains("panicked"));
}

#[test]
fn readable_parse_output_and_help() {
    let out = parallax(&["parse", &demo("002_23c11bec9f6658fd.txt")]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("Asatur Yesayants"));
    assert!(stdout.contains("Title      Armenia Exits"));
    let help = parallax(&["--help"]);
    assert!(String::from_utf8_lossy(&help.stdout).contains("parse"));
    let version = parallax(&["--version"]);
    assert!(String::from_utf8_lossy(&version.stdout).starts_with("parallax "));
}

#[test]
fn escape_sequences_in_a_file_never_reach_stdout() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = dir.path().join("evil.txt");
    std::fs::write(&p, "Evil \u{1b}]0;owned\u{7}title\n\nThe text \u{1b}[2J\u{1b}[31mclears the screen\u{9b}1m and sets \u{202e}colours today.\n").expect("write");
    for args in [
        vec!["parse", p.to_str().unwrap_or_default()],
        vec!["parse", "--json", p.to_str().unwrap_or_default()],
    ] {
        let out = parallax(&args);
        assert!(out.status.success());
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            !stdout
                .chars()
                .any(|c| c == '\u{1b}' || c == '\u{9b}' || c == '\u{202e}' || c == '\u{7}'),
            "{stdout:?}"
        );
    }
}

#[test]
fn align_json_follows_the_contract() {
    let (_, json) = json_on_demo("align");
    let docs = json["documents"].as_array().expect("documents");
    assert_eq!(docs.len(), 5);
    let groups = json["groups"].as_array().expect("groups");
    assert!(groups.len() >= 5, "{} groups", groups.len());
    let mut seen = std::collections::HashSet::new();
    for g in groups {
        let members = g["members"].as_array().expect("members");
        assert!(members.len() >= 2);
        for m in members {
            let (doc, sentence) = (
                m["doc"].as_u64().expect("doc") as usize,
                m["sentence"].as_u64().expect("sentence") as usize,
            );
            assert!(sentence < docs[doc]["sentences"].as_array().map_or(0, Vec::len));
            assert!(seen.insert((doc, sentence)), "a sentence in two groups");
        }
        for d in g["discrepancies"].as_array().expect("discrepancies") {
            assert!(
                ["number", "date", "name", "quote", "verb"]
                    .contains(&d["kind"].as_str().unwrap_or(""))
            );
            assert!(d["agree"].is_boolean());
            for v in d["values"].as_array().expect("values") {
                assert!(v["doc"].as_u64().is_some_and(|d| d < 5));
            }
        }
    }
    // Every discrepancy names values from at least two documents.
    for d in groups
        .iter()
        .flat_map(|g| g["discrepancies"].as_array().cloned().unwrap_or_default())
    {
        let docs: std::collections::HashSet<u64> = d["values"]
            .as_array()
            .map(|v| v.iter().filter_map(|v| v["doc"].as_u64()).collect())
            .unwrap_or_default();
        assert!(docs.len() >= 2, "{d}");
    }
    assert!(
        json["summary"]["articles"]
            .as_array()
            .is_some_and(|a| a.len() == 5)
    );
}

#[test]
fn align_and_diff_need_two_readable_articles() {
    let one = demo("000_7aca94074207edf6.txt");
    let out = parallax(&["align", &one, "/nonexistent/file.txt"]);
    assert_eq!(out.status.code(), Some(1), "too few inputs could be read");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("/nonexistent/file.txt: no such file"),
        "{stderr}"
    );
    assert!(stderr.contains("at least two"), "{stderr}");
}

#[test]
fn diff_puts_aligned_sentences_on_one_row() {
    let out = parallax(&[
        "diff",
        "--width",
        "120",
        &demo("000_7aca94074207edf6.txt"),
        &demo("002_23c11bec9f6658fd.txt"),
    ]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    // Without a terminal there is no colour: changes are bracketed.
    assert!(!text.contains('\u{1b}'));
    let row = text
        .lines()
        .find(|l| l.contains("The Union of Journalists"))
        .expect("union row");
    assert!(
        row.contains("│ The {country’s} Union of Journalists"),
        "{row}"
    );
    assert!(
        text.lines().all(|l| parallax::text::wrap::width(l) <= 120),
        "a line wider than --width"
    );
}

/// Runs parallax on a library with standard output going to `stdout`.
fn parallax_to(library: &Path, args: &[&str], stdout: std::fs::File) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
        .arg("--library")
        .arg(library)
        .args(args)
        .env("NO_COLOR", "1")
        .stdout(stdout)
        .output()
        .expect("parallax runs")
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_a_one_line_error_for_every_command() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lib = dir.path().join("lib.db");
    let files = demo_files();
    let mut add = vec!["add"];
    add.extend(files.iter().map(String::as_str));
    let null = || std::fs::File::create("/dev/null").expect("/dev/null");
    assert!(parallax_to(&lib, &add, null()).status.success());
    let (a, b) = (files[0].as_str(), files[1].as_str());
    let commands: Vec<Vec<&str>> = vec![
        vec!["parse", a],
        vec!["parse", "--json", a],
        vec!["align", a, b],
        vec!["align", "--json", a, b],
        vec!["diff", a, b],
        vec!["stories"],
        vec!["stories", "--json"],
        vec!["articles"],
        vec!["articles", "--json"],
        vec!["show", "1"],
        vec!["search", "Armenia"],
        vec!["search", "--json", "Armenia"],
        vec!["export", "1"],
        vec!["export", "1", "--format", "html"],
        vec!["export", "1", "--format", "json"],
        vec!["story", "rename", "1", "Armenia and the CSTO"],
    ];
    let fresh = dir.path().join("fresh.db");
    let add_verbose = vec!["add", "--verbose", a];
    for args in commands.into_iter().chain([add_verbose]) {
        // `add --verbose` prints what it adds: into a library without it.
        let lib = if args[0] == "add" { &fresh } else { &lib };
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let out = parallax_to(lib, &args, full);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let code = out.status.code();
        assert_eq!(code, Some(4), "{args:?}: output not written: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.contains("No space left"), "{args:?}: {stderr}");
    }
}

#[test]
fn a_mistyped_library_is_not_created_by_reading_commands() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lib = dir.path().join("libary.db");
    for args in [
        vec!["stories"],
        vec!["articles"],
        vec!["show", "1"],
        vec!["search", "x"],
        vec!["export", "1"],
        vec!["remove", "1"],
    ] {
        let out = parallax_to(
            &lib,
            &args,
            std::fs::File::create("/dev/null").expect("null"),
        );
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(3), "{args:?}: a library error");
        assert!(stderr.contains("no such library"), "{args:?}: {stderr}");
        assert!(!lib.exists(), "{args:?} created the library");
    }
}

/// A JSON article whose every field tries to inject HTML or links.
fn hostile(outlet: &str, n: usize) -> String {
    let evil =
        "<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) | cell";
    serde_json::json!({
        "title": format!("{evil} headline {n}"),
        "outlet": outlet,
        "published": "2024-06-12",
        "text": format!(
            "The minister resigned on Tuesday after the vote in parliament. {evil}\n\n\
             [click](javascript:alert(2)) and <a href=\"http://evil.example\">here</a> said the minister.\n\n\
             1. A list item? | a | table | *bold* _em_ `code` # heading\n\n\
             Officials said {n}00 people attended the session in the capital city."
        ),
    })
    .to_string()
}

#[test]
fn exports_of_a_hostile_story_carry_no_live_html_or_links() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lib = dir.path().join("lib.db");
    let a = dir.path().join("a.json");
    let b = dir.path().join("b.json");
    std::fs::write(&a, hostile("Wire](http://evil.example)", 1)).expect("write");
    std::fs::write(&b, hostile("<b>Paper</b> | x", 2)).expect("write");
    let null = || std::fs::File::create("/dev/null").expect("/dev/null");
    let a = a.to_str().expect("utf-8");
    let b = b.to_str().expect("utf-8");
    assert!(parallax_to(&lib, &["add", a, b], null()).status.success());
    let lib_arg = lib.to_str().expect("utf-8");
    let stories = parallax(&["--library", lib_arg, "stories", "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&stories.stdout).expect("json");
    for story in json["stories"].as_array().expect("stories") {
        let id = story["id"].to_string();
        let md = parallax(&["--library", lib_arg, "export", &id, "--format", "markdown"]);
        assert!(md.status.success());
        let md = String::from_utf8(md.stdout).expect("utf-8");
        let options =
            pulldown_cmark::Options::ENABLE_TABLES | pulldown_cmark::Options::ENABLE_STRIKETHROUGH;
        let mut rendered = String::new();
        pulldown_cmark::html::push_html(
            &mut rendered,
            pulldown_cmark::Parser::new_ext(&md, options),
        );
        for live in ["<script", "<img", "<a", "<b>", "<ol", "<h2>1"] {
            assert!(
                !rendered.contains(live),
                "{live} in\n{rendered}\nfrom\n{md}"
            );
        }
        // The hostile text is still there, as text.
        assert!(rendered.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(rendered.contains("Wire](http://evil.example)"));
        // Every table row keeps its six cells.
        let rows = rendered.matches("<tr>").count();
        assert_eq!(
            rendered.matches("<td>").count(),
            6 * (rows - 1),
            "{rendered}"
        );

        let html = parallax(&["--library", lib_arg, "export", &id, "--format", "html"]);
        let html = String::from_utf8(html.stdout).expect("utf-8");
        for live in ["<script", "<img", "<a", "<b>"] {
            assert!(!html.contains(live), "{live} in\n{html}");
        }
    }
}

#[test]
fn align_json_flags_a_differing_figure() {
    let dir = tempfile::tempdir().expect("temp dir");
    let write = |name: &str, text: &str| {
        let path = dir.path().join(name);
        std::fs::write(&path, text).expect("write");
        path.display().to_string()
    };
    let a = write(
        "a.txt",
        "Report A\n\nPolice said 12 people were injured in the clashes outside parliament in Yerevan on Tuesday evening.\n",
    );
    let b = write(
        "b.txt",
        "Report B\n\nPolice said 15 people were injured in the clashes outside parliament in Yerevan on Tuesday evening.\n",
    );
    let out = parallax(&["align", "--json", &a, &b]);
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let d = &json["groups"][0]["discrepancies"][0];
    assert_eq!(d["kind"], "number", "{json}");
    assert_eq!(d["agree"], false);
    assert_eq!(d["values"][0]["text"], "12");
    assert_eq!(d["values"][1]["text"], "15");
}

#[test]
fn exit_codes_say_what_went_wrong() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lib = dir.path().join("library.db");
    let null = || std::fs::File::create("/dev/null").expect("null");
    let a = demo("000_7aca94074207edf6.txt");
    assert!(parallax_to(&lib, &["add", &a], null()).status.success());
    let cases: [(&[&str], i32); 5] = [
        (&["stories"], 0),
        (&["parse", &a, "/nonexistent/x.txt"], 1),
        (&["no-such-command"], 2),
        (&["show", "999"], 3),
        (&["export", "999"], 3),
    ];
    for (args, code) in cases {
        let out = parallax_to(&lib, args, null());
        assert_eq!(
            out.status.code(),
            Some(code),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let help = parallax(&["--help"]);
    assert!(String::from_utf8_lossy(&help.stdout).contains("Exit codes: 0 success"));
}
