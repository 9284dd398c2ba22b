//! Running the binary on a library and reading what it says of its stories, for
//! the end-to-end tests of the library, its inputs, feeds and fetched pages.

use std::path::Path;
use std::process::{Command, Output};

/// The binary on `library` with `args`, colours off.
pub fn parallax(library: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
        .arg("--library")
        .arg(library)
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("parallax runs")
}

pub fn stories(library: &Path) -> serde_json::Value {
    let out = parallax(library, &["stories", "--json"]);
    serde_json::from_slice(&out.stdout).expect("stories --json is JSON")
}

pub fn outlets(library: &Path) -> Vec<(String, serde_json::Value)> {
    let json = stories(library);
    let mut found: Vec<(String, serde_json::Value)> = json["stories"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|s| s["articles"].as_array().cloned().unwrap_or_default())
        .map(|a| {
            (
                a["source"].as_str().unwrap_or("").to_string(),
                a["outlet"].clone(),
            )
        })
        .collect();
    found.sort_by(|a, b| a.0.cmp(&b.0));
    found
}
