//! Golden outputs: the exact text of `align --json`, `diff`, `parse --json`,
//! the Markdown and HTML exports and every `--help`, for real fixtures, kept as
//! snapshot files under tests/snapshots/. A change of shape fails here until a
//! person has read the new output and accepted it (`INSTA_UPDATE=always cargo
//! test --test golden`, then review `git diff tests/snapshots`).

use std::path::Path;
use std::process::Command;

/// Runs the binary from the crate root, so that paths in the output are the
/// relative ones given here, with colour off; commands that need no library get none.
fn run(library: Option<&Path>, args: &[&str]) -> String {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut command = Command::new(env!("CARGO_BIN_EXE_parallax"));
    command
        .current_dir(root)
        .args(args)
        .env_remove("PARALLAX_LIBRARY")
        .env("NO_COLOR", "1")
        .env("COLUMNS", "120");
    if let Some(library) = library {
        command.env("PARALLAX_LIBRARY", library);
    }
    let out = command.output().expect("parallax runs");
    assert!(
        out.status.success(),
        "parallax {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("output is UTF-8")
}

const DEMO: [&str; 5] = [
    "assets/demo/000_7aca94074207edf6.txt",
    "assets/demo/001_46da3cbaf8e3bbae.txt",
    "assets/demo/002_23c11bec9f6658fd.txt",
    "assets/demo/003_b3ba5b312ea64dc1.txt",
    "assets/demo/004_fb0d9f57f16703eb.txt",
];

const BRIDGE: [&str; 3] = [
    "tests/fixtures/stories/bridge/wire.txt",
    "tests/fixtures/stories/bridge/broadcast.txt",
    "tests/fixtures/stories/bridge/paper.txt",
];

/// Two cut articles whose shared facts differ in a number, dates, a quote and a
/// verb: every verdict a discrepancy can carry, in every output.
const DISCREPANCIES: [&str; 2] = [
    "tests/fixtures/discrepancies/first.txt",
    "tests/fixtures/discrepancies/second.txt",
];

fn with(cmd: &[&'static str], files: &[&'static str]) -> Vec<&'static str> {
    cmd.iter().chain(files).copied().collect()
}

#[test]
fn align_json_of_the_demo_story() {
    insta::assert_snapshot!(run(None, &with(&["align", "--json"], &DEMO)));
}

#[test]
fn align_json_of_the_bridge_story() {
    insta::assert_snapshot!(run(None, &with(&["align", "--json"], &BRIDGE)));
}

#[test]
fn align_json_and_report_of_discrepancies() {
    insta::assert_snapshot!(
        "align_json_of_discrepancies",
        run(None, &with(&["align", "--json"], &DISCREPANCIES))
    );
    insta::assert_snapshot!(
        "align_report_of_discrepancies",
        run(None, &with(&["align"], &DISCREPANCIES))
    );
}

#[test]
fn parse_json_of_the_demo_story() {
    insta::assert_snapshot!(run(None, &with(&["parse", "--json"], &DEMO)));
}

#[test]
fn diff_of_two_demo_articles() {
    insta::assert_snapshot!(run(None, &["diff", "--width", "120", DEMO[0], DEMO[2]]));
}

#[test]
fn exports_of_the_demo_story() {
    let dir = tempfile::tempdir().expect("temp dir");
    let library = dir.path().join("library.db");
    run(Some(&library), &with(&["add"], &DEMO));
    let stories: serde_json::Value =
        serde_json::from_str(&run(Some(&library), &["stories", "--json"])).expect("JSON");
    let id = stories["stories"][0]["id"].to_string();
    for format in ["markdown", "html"] {
        let report = run(Some(&library), &["export", &id, "--format", format]);
        insta::assert_snapshot!(format!("export_{format}"), report);
    }
}

#[test]
fn exports_of_discrepancies() {
    let dir = tempfile::tempdir().expect("temp dir");
    let library = dir.path().join("library.db");
    run(Some(&library), &with(&["add"], &DISCREPANCIES));
    let listed = run(Some(&library), &["stories", "--json"]);
    insta::assert_snapshot!("stories_json_of_discrepancies", listed);
    let stories: serde_json::Value = serde_json::from_str(&listed).expect("JSON");
    assert_eq!(
        stories["stories"].as_array().map(Vec::len),
        Some(1),
        "{stories}"
    );
    let id = stories["stories"][0]["id"].to_string();
    for format in ["markdown", "html", "json"] {
        let report = run(Some(&library), &["export", &id, "--format", format]);
        insta::assert_snapshot!(format!("export_discrepancies_{format}"), report);
    }
    let articles = run(Some(&library), &["articles", "--json"]);
    insta::assert_snapshot!("articles_json_of_discrepancies", articles);
    let found = run(Some(&library), &["search", "--json", "journalists"]);
    insta::assert_snapshot!("search_json_of_discrepancies", found);
    let feed = "https://news.example.org/feed.xml";
    run(
        Some(&library),
        &["feed", "add", feed, "--outlet", "Example News"],
    );
    let feeds = run(Some(&library), &["feed", "list", "--json"]);
    insta::assert_snapshot!("feed_list_json", feeds);
}

#[test]
fn help_of_every_command() {
    let top = run(None, &["--help"]);
    let mut all = format!("$ parallax --help\n{top}");
    let names: Vec<String> = top
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .filter(|n| n != "help")
        .collect();
    assert!(names.len() > 5, "commands listed: {names:?}");
    for name in names {
        all.push_str(&format!("\n$ parallax {name} --help\n"));
        all.push_str(&run(None, &[&name, "--help"]));
    }
    insta::assert_snapshot!(all);
}
