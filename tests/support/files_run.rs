//! Running the binary on article files without a library (`diff`, `align`,
//! `parse` and the other file commands), and the demo story's files, for the
//! end-to-end tests of those commands.

use std::path::Path;
use std::process::{Command, Output};

/// The binary with `args`, colours off, pointed at a library path no test
/// creates (a file command never opens one).
pub fn parallax(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(args)
        .env(
            "PARALLAX_LIBRARY",
            std::env::temp_dir().join("parallax-cli-test-unused.db"),
        )
        .env("NO_COLOR", "1")
        .output()
        .expect("parallax runs")
}

/// The path of one of the demo story's files in `assets/demo`.
pub fn demo(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/demo")
        .join(name)
        .display()
        .to_string()
}
