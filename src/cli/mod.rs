//! The command line: clap subcommands over the same library functions the
//! interface uses. Each subcommand lives in its own file; this one holds the
//! definitions and the dispatch, and turns outcomes into exit codes.

mod align;
pub mod error;
mod export;
mod feed;
mod interface;
mod library;
mod parse;
mod regroup;
mod shell;

pub use error::CliError;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Compare how different outlets cover the same news story.
#[derive(Parser, Debug)]
#[command(name = "parallax", version, about, long_about = None, after_help = error::EXIT_CODES_HELP)]
pub struct Cli {
    /// The library file (default: the platform data directory).
    #[arg(long, global = true, env = "PARALLAX_LIBRARY", value_name = "PATH")]
    pub library: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Parse article files and print them clean (title, metadata, sentences).
    Parse {
        /// Print JSON ({"documents": [...]}) instead of text.
        #[arg(long)]
        json: bool,
        /// Also list the lines that cleaning dropped, with the reason.
        #[arg(long)]
        dropped: bool,
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Align the sentences of several articles on one story: shared facts, what only
    /// one outlet has, and the details they state differently.
    Align {
        /// Print JSON (documents, groups with members and discrepancies, summary).
        #[arg(long)]
        json: bool,
        #[arg(required = true, num_args = 2.., value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Add article files, folders and web addresses (http://, https://) to the
    /// library; they are grouped into stories.
    Add {
        /// Print each article on standard output once it is safely stored.
        #[arg(long, short)]
        verbose: bool,
        /// The outlet that published these articles (overrides what they say).
        #[arg(long, value_name = "NAME")]
        outlet: Option<String>,
        #[arg(required = true, value_name = "PATH_OR_URL")]
        paths: Vec<PathBuf>,
    },
    /// Follow news feeds: add, list, remove, import and export (OPML).
    #[command(subcommand)]
    Feed(feed::FeedCommand),
    /// Fetch every followed feed's new articles into the library.
    Refresh,
    /// Extract every stored web page again (after an upgrade of the extractor).
    Reextract,
    /// Outlet names across the library.
    #[command(subcommand)]
    Outlet(feed::OutletCommand),
    /// List the library's stories.
    Stories {
        #[arg(long)]
        json: bool,
    },
    /// List articles, all or of one story.
    Articles {
        story: Option<i64>,
        #[arg(long)]
        json: bool,
    },
    /// Print one article of the library.
    Show { article: i64 },
    /// Full-text search over titles and bodies.
    Search {
        /// Words every match must contain (quoting them is not needed).
        #[arg(required = true)]
        query: Vec<String>,
        #[arg(long)]
        json: bool,
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Remove articles from the library.
    Remove {
        #[arg(required = true)]
        articles: Vec<i64>,
    },
    /// Group the whole library into stories again, keeping a person's corrections.
    Regroup,
    /// Correct the grouping of stories: rename, merge, move, split.
    #[command(subcommand)]
    Story(library::StoryCommand),
    /// Write a self-contained report of a story's comparison.
    Export {
        story: i64,
        #[arg(long, value_enum, default_value = "markdown")]
        format: export::Format,
        /// Write to this file instead of standard output.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Open the side-by-side comparison of article files (no library needed).
    Compare {
        #[arg(required = true, num_args = 2.., value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Two articles side by side, aligned sentences on one row, changed words emphasised.
    Diff {
        a: PathBuf,
        b: PathBuf,
        /// Total width in columns (default: the terminal's, or 160).
        #[arg(long, value_name = "N")]
        width: Option<usize>,
    },
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions {
        #[arg(value_enum)]
        shell: shell::Shell,
    },
    /// Print the manual page (roff), e.g. `parallax man > parallax.1`.
    Man {
        /// Write every page (parallax.1 and one per subcommand) into this folder.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

/// Runs parallax with the process's arguments.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    // A closed pipe (`| head`) ends quietly, as a filter killed by SIGPIPE would.
    run(cli).unwrap_or_else(|e| error::exit(&e))
}

/// A failed write to standard output as the error a command returns.
pub(crate) fn write_error(e: std::io::Error) -> CliError {
    CliError::stdout(e)
}

/// Writes `text` to standard output and flushes it; a failure is an error,
/// never a panic.
pub(crate) fn emit(text: &str) -> Result<(), CliError> {
    emit_bytes(text.as_bytes())
}

/// Writes bytes to standard output and flushes them.
pub(crate) fn emit_bytes(bytes: &[u8]) -> Result<(), CliError> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .map_err(write_error)
}

/// What a subcommand reports: its exit code (inputs may have failed and been
/// reported), or the error that stopped it.
pub type Outcome = Result<ExitCode, CliError>;

fn run(cli: Cli) -> Outcome {
    let lib = cli.library.as_deref();
    match cli.command {
        Some(Command::Parse {
            json,
            dropped,
            files,
        }) => parse::run(&files, json, dropped),
        Some(Command::Align { json, files }) => align::run_align(&files, json),
        Some(Command::Add {
            verbose,
            outlet,
            paths,
        }) => library::add(lib, &paths, outlet.as_deref(), verbose),
        Some(Command::Feed(command)) => feed::feed(lib, &command),
        Some(Command::Refresh) => feed::refresh(lib),
        Some(Command::Reextract) => feed::reextract(lib),
        Some(Command::Outlet(command)) => feed::outlet(lib, &command),
        Some(Command::Stories { json }) => library::stories(lib, json),
        Some(Command::Articles { story, json }) => library::articles(lib, story, json),
        Some(Command::Show { article }) => library::show(lib, article),
        Some(Command::Search { query, json, limit }) => {
            library::search(lib, &query.join(" "), json, limit)
        }
        Some(Command::Remove { articles }) => library::remove(lib, &articles),
        Some(Command::Story(command)) => library::story(lib, &command),
        Some(Command::Regroup) => regroup::run(lib),
        Some(Command::Export {
            story,
            format,
            output,
        }) => export::run(lib, story, format, output.as_ref()),
        Some(Command::Diff { a, b, width }) => align::run_diff(&a, &b, width),
        Some(Command::Compare { files }) => interface::compare(&files),
        Some(Command::Completions { shell }) => shell::completions(shell),
        Some(Command::Man { dir }) => shell::manual(dir.as_deref()),
        None => interface::library(lib),
    }
}

/// Writes a JSON value to stdout, pretty-printed.
pub(crate) fn print_json(value: &impl serde::Serialize) -> Result<(), CliError> {
    use std::io::Write;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    serde_json::to_writer_pretty(&mut out, value).map_err(|e| match e.io_error_kind() {
        Some(_) => write_error(e.into()),
        None => CliError::Json(e),
    })?;
    writeln!(out)
        .and_then(|()| out.flush())
        .map_err(write_error)
}

/// Reports each error on stderr; the exit code says whether any input failed.
pub(crate) fn finish(errors: &[impl std::fmt::Display]) -> ExitCode {
    for e in errors {
        eprintln!("parallax: {e}");
    }
    error::inputs(errors.len())
}
