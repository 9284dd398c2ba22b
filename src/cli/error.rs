//! What can stop a command, as a type, and the one place that maps each kind to
//! the exit code parallax documents (README, `parallax --help`, the manual):
//!
//! | code | meaning |
//! | --- | --- |
//! | 0 | success |
//! | 1 | some inputs failed (each named on standard error; the others were processed), or too few could be read to compare |
//! | 2 | usage: the command line is wrong (clap's own errors too; a blank title or outlet name, a search with no word), or the interface was asked for without a terminal |
//! | 3 | the library: missing, unreadable, newer than this parallax, or it has no such story, article, feed or outlet |
//! | 4 | output could not be written (standard output, `--output`, `man --dir`) |
//! | 128 + n | stopped by signal n (141: the reader of standard output went away) |

use crate::store::StoreError;
use std::path::PathBuf;
use std::process::ExitCode;

/// The exit codes, by name.
pub mod code {
    pub const OK: u8 = 0;
    /// Some inputs failed; the others were processed.
    pub const INPUTS_FAILED: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const LIBRARY: u8 = 3;
    pub const OUTPUT: u8 = 4;
    /// 128 + SIGPIPE: standard output was closed (`| head`).
    pub const CLOSED_PIPE: u8 = 128 + 13;
}

/// The exit codes as `--help` and the manual print them.
pub const EXIT_CODES_HELP: &str = "Exit codes: 0 success · 1 some inputs failed (the others were processed) · 2 usage · 3 library error (missing, unreadable, no such story, article, feed or outlet) · 4 output could not be written · 128+N stopped by signal N";

/// A command that could not go on.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The library, in the store's words (which name what is missing).
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The library failed while writing; the message names its file.
    #[error("{}: {source}", path.display())]
    StoreAt { path: PathBuf, source: StoreError },
    #[error("{}: no such library (`parallax add` creates one)", .0.display())]
    NoLibrary(PathBuf),
    #[error("no data directory on this system; name a library with --library PATH")]
    NoDataDirectory,
    #[error("need at least two readable articles to compare, got {0}")]
    TooFewArticles(usize),
    #[error("{0}: not a web address (http:// or https://)")]
    NotAUrl(String),
    /// A search that cannot be run as given.
    #[error("search: '{query}' is not a valid query: {reason}")]
    BadQuery { query: String, reason: String },
    #[error(
        "the interface needs a terminal; for scripts use `parallax align`, `diff` or `stories`"
    )]
    NoTerminal,
    /// A file named on the command line (an OPML list) could not be read.
    #[error("{}: cannot read: {source}", path.display())]
    Unreadable {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A file named on the command line is not what it should be.
    #[error("{}: {reason}", path.display())]
    Malformed { path: PathBuf, reason: String },
    /// A file or folder could not be written.
    #[error("{}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot write to standard output: {0}")]
    Stdout(std::io::Error),
    /// The reader of standard output went away: not reported, only the exit code says it.
    #[error("standard output closed")]
    ClosedPipe,
    #[error("rendering the manual: {0}")]
    Manual(std::io::Error),
    #[error("serialising JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// The terminal interface stopped (its own words).
    #[error("{0}")]
    Interface(String),
}

impl CliError {
    /// The store error with the library's file named.
    pub fn at(path: &std::path::Path) -> impl FnOnce(StoreError) -> CliError + '_ {
        |source| CliError::StoreAt {
            path: path.to_path_buf(),
            source,
        }
    }

    /// The documented exit code of this error.
    pub fn code(&self) -> u8 {
        match self {
            CliError::TooFewArticles(_) | CliError::Unreadable { .. } => code::INPUTS_FAILED,
            CliError::Malformed { .. } | CliError::Interface(_) => code::INPUTS_FAILED,
            CliError::NotAUrl(_) | CliError::NoTerminal | CliError::BadQuery { .. } => code::USAGE,
            CliError::Store(e) if e.is_usage() => code::USAGE,
            CliError::Store(_) | CliError::StoreAt { .. } => code::LIBRARY,
            CliError::NoLibrary(_) | CliError::NoDataDirectory => code::LIBRARY,
            CliError::Write { .. } | CliError::Stdout(_) | CliError::Manual(_) => code::OUTPUT,
            CliError::Json(_) => code::OUTPUT,
            CliError::ClosedPipe => code::CLOSED_PIPE,
        }
    }

    /// A failed write to standard output: one line (a full disk, a closed
    /// terminal), or [`CliError::ClosedPipe`] for a closed pipe.
    pub fn stdout(e: std::io::Error) -> CliError {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            CliError::ClosedPipe
        } else {
            CliError::Stdout(e)
        }
    }
}

/// Reports an error on standard error (a closed pipe quietly) and gives its exit code.
pub fn exit(error: &CliError) -> ExitCode {
    if !matches!(error, CliError::ClosedPipe) {
        eprintln!("parallax: {error}");
    }
    ExitCode::from(error.code())
}

/// The exit code after inputs were processed: [`code::INPUTS_FAILED`] if any failed.
pub fn inputs(failed: usize) -> ExitCode {
    ExitCode::from(if failed == 0 {
        code::OK
    } else {
        code::INPUTS_FAILED
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_has_its_documented_code() {
        let io = || std::io::Error::other("disk full");
        let cases = [
            (CliError::TooFewArticles(1), 1),
            (CliError::NotAUrl("ftp://x".into()), 2),
            (CliError::NoTerminal, 2),
            (
                CliError::BadQuery {
                    query: "*".into(),
                    reason: "no word".into(),
                },
                2,
            ),
            (CliError::Store(StoreError::BlankTitle), 2),
            (CliError::Store(StoreError::NoStory(7)), 3),
            (CliError::NoLibrary("x.db".into()), 3),
            (CliError::NoDataDirectory, 3),
            (CliError::Stdout(io()), 4),
            (
                CliError::Write {
                    path: "out.html".into(),
                    source: io(),
                },
                4,
            ),
            (CliError::stdout(std::io::ErrorKind::BrokenPipe.into()), 141),
        ];
        for (error, want) in cases {
            assert_eq!(error.code(), want, "{error}");
            let listed = format!(" {want} ");
            assert!(
                want > 128
                    || EXIT_CODES_HELP.contains(&listed)
                    || EXIT_CODES_HELP.contains(&format!(": {want} ")),
                "{want} is not in the help"
            );
        }
        assert_eq!(inputs(0), ExitCode::SUCCESS);
        assert_eq!(inputs(2), ExitCode::from(1));
    }
}
