//! `parallax regroup`: groups the whole library into stories again from
//! scratch (after an upgrade or a big import), keeping every correction a
//! person made.

use super::Outcome;
use super::library::open;
use std::path::Path;
use std::process::ExitCode;

pub fn run(library: Option<&Path>) -> Outcome {
    let mut lib = open(library)?;
    let done = lib.regroup()?;
    println!(
        "regrouped {} articles ({} kept where a person put them): {} stories before, {} now",
        done.articles, done.kept, done.stories_before, done.stories_after
    );
    Ok(ExitCode::SUCCESS)
}
