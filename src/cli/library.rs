//! The library's subcommands: `add`, `stories`, `articles`, `show`, `search`,
//! `remove` and the `story` corrections.

use super::{CliError, Outcome, emit, finish, print_json, write_error};
use crate::ingest::{IngestError, read_article};
use crate::store::{AddOutcome, Library, Prepared, StoreError};
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{Receiver, sync_channel};

/// Opens the library named on the command line, else the default one.
pub fn open(path: Option<&Path>) -> Result<Library, CliError> {
    let path = path
        .map(Path::to_path_buf)
        .or_else(crate::store::default_path)
        .ok_or(CliError::NoDataDirectory)?;
    Ok(Library::open(&path)?)
}

/// Opens a library that must already exist, for the commands that only read or
/// correct it: a mistyped `--library` is an error, not a new empty library.
/// (The default library is created on first use by any command.)
pub fn open_existing(path: Option<&Path>) -> Result<Library, CliError> {
    if let Some(path) = path.filter(|p| !p.exists()) {
        return Err(CliError::NoLibrary(path.to_path_buf()));
    }
    open(path)
}

/// The files under the given paths, folders walked by [`crate::ingest::input::walk_folder`];
/// a line for each folder that had files it skipped goes into `notes`.
fn collect(
    paths: &[PathBuf],
    errors: &mut Vec<IngestError>,
    notes: &mut Vec<String>,
) -> Vec<PathBuf> {
    use crate::ingest::input::{skipped_summary, walk_folder};
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            let skipped = walk_folder(path, &mut out, errors);
            if !skipped.is_empty() {
                let dir = crate::text::sanitize(&path.display().to_string());
                notes.push(format!("{dir}: {}", skipped_summary(&skipped)));
            }
        } else {
            out.push(path.clone());
        }
    }
    out
}

/// Threads that read and parse the files of `add` (parsing and working out
/// profiles is about half of an import's work).
const PARSE_THREADS: usize = 2;

/// Reads and parses files on [`PARSE_THREADS`] threads of their own (each
/// taking every other file), and works out what storing each needs from it
/// alone (its grouping profile); yields them in order. What the threads send
/// waits in queues as long as the largest batch.
fn parse_in_background(
    files: Vec<PathBuf>,
) -> impl Iterator<Item = (PathBuf, Result<Prepared, IngestError>)> {
    let total = files.len();
    let queues: Vec<Receiver<_>> = (0..PARSE_THREADS)
        .map(|k| {
            let (sender, receiver) = sync_channel(crate::store::ADD_BATCH_MAX / PARSE_THREADS);
            let mine: Vec<PathBuf> = files
                .iter()
                .skip(k)
                .step_by(PARSE_THREADS)
                .cloned()
                .collect();
            std::thread::spawn(move || {
                for path in mine {
                    let article = read_article(&path).map(Prepared::new);
                    if sender.send((path, article)).is_err() {
                        break;
                    }
                }
            });
            receiver
        })
        .collect();
    (0..total).map_while(move |i| queues[i % PARSE_THREADS].recv().ok())
}

pub fn add(
    library: Option<&Path>,
    paths: &[PathBuf],
    outlet: Option<&str>,
    verbose: bool,
) -> Outcome {
    let mut lib = open(library)?;
    let mut errors = Vec::new();
    let (urls, paths): (Vec<&PathBuf>, Vec<&PathBuf>) = paths
        .iter()
        .partition(|p| crate::web::is_url(&p.to_string_lossy()));
    let urls: Vec<String> = urls
        .iter()
        .map(|u| u.to_string_lossy().into_owned())
        .collect();
    let paths: Vec<PathBuf> = paths.into_iter().cloned().collect();
    let mut notes = Vec::new();
    let files = collect(&paths, &mut errors, &mut notes);
    let bar = (std::io::stderr().is_terminal() && files.len() > 20).then(|| {
        let bar = indicatif::ProgressBar::new(files.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} adding {pos}/{len} [{bar:30}] {per_sec} {eta} left {msg}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let say = |line: String| {
        let line = crate::text::sanitize(&line);
        match &bar {
            Some(bar) => bar.println(line),
            None => eprintln!("{line}"),
        }
    };
    for line in errors.iter().map(ToString::to_string).chain(notes) {
        say(format!("parallax: {line}"));
    }
    let (mut added, mut duplicates, mut failed) = if urls.is_empty() {
        (0, 0, errors.len())
    } else {
        let (a, d, f) = super::feed::add_urls(&mut lib, &urls, outlet, verbose, &say)?;
        (a, d, f + errors.len())
    };
    // Files are read and parsed on threads of their own while the library
    // stores the batch before: the two halves of an import overlap. A batch
    // is one transaction: a crash loses at most the batch under way, never
    // half an article.
    let mut incoming = parse_in_background(files);
    let mut batch = crate::store::ADD_BATCH;
    let mut paths = Vec::with_capacity(crate::store::ADD_BATCH_MAX);
    let mut articles = Vec::with_capacity(crate::store::ADD_BATCH_MAX);
    loop {
        let mut read = 0;
        for (path, article) in incoming.by_ref() {
            read += 1;
            match article {
                Ok(mut article) => {
                    if let Some(name) = outlet {
                        article.article.outlet = Some(name.to_string());
                    }
                    paths.push(path);
                    articles.push(article);
                }
                Err(e) => {
                    failed += 1;
                    say(format!("parallax: {e}"));
                }
            }
            if articles.len() == batch {
                break;
            }
        }
        if read == 0 {
            break;
        }
        let outcomes = if articles.is_empty() {
            Vec::new()
        } else {
            lib.add_prepared(&articles)
                .map_err(CliError::at(lib.path()))?
        };
        for (path, outcome) in paths.drain(..).zip(outcomes) {
            match outcome {
                Ok(AddOutcome::Added { article, story }) => {
                    added += 1;
                    // An HTML file keeps its raw page, as a fetched page does, for `reextract`.
                    if let Some(page) = crate::ingest::html::raw_page(&path)
                        && let Err(e) = lib.keep_page(article, None, &page)
                    {
                        say(format!("parallax: {}: {e}", path.display()));
                    }
                    if verbose {
                        let shown = crate::text::sanitize(&path.display().to_string());
                        emit(&format!("added {article} story {story} {shown}\n"))?;
                    }
                }
                Ok(AddOutcome::Duplicate { .. }) => duplicates += 1,
                Err(e) => {
                    failed += 1;
                    say(format!("parallax: {}: {e}", path.display()));
                }
            }
        }
        articles.clear();
        batch = (2 * batch).min(crate::store::ADD_BATCH_MAX);
        if let Some(bar) = &bar {
            bar.inc(read);
        }
    }
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    eprintln!(
        "added {added}, duplicates {duplicates}, failed {failed} — library {}",
        lib.path().display()
    );
    Ok(super::error::inputs(failed))
}

pub fn stories(library: Option<&Path>, json: bool) -> Outcome {
    let lib = open_existing(library)?;
    let stories = lib.stories()?;
    if json {
        let articles = lib.articles(None)?;
        print_json(&crate::compare::json::Stories::new(&stories, &articles))?;
    } else if stories.is_empty() {
        emit("The library is empty. Add articles with: parallax add FILE_OR_FOLDER...\n")?;
    } else {
        let day = |d: &str| d.get(..10).unwrap_or(d).to_owned();
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        writeln!(
            out,
            "{:>5}  {:>8}  {:>7}  {:<23}  title",
            "story", "articles", "outlets", "dates"
        )
        .map_err(write_error)?;
        for s in &stories {
            let dates = match (s.first.as_deref().map(day), s.last.as_deref().map(day)) {
                (Some(a), Some(b)) if a == b => a,
                (Some(a), Some(b)) => format!("{a} – {b}"),
                _ => "—".to_string(),
            };
            writeln!(
                out,
                "{:>5}  {:>8}  {:>7}  {:<23}  {}",
                s.id, s.articles, s.outlets, dates, s.title
            )
            .map_err(write_error)?;
        }
        out.flush().map_err(write_error)?;
    }
    Ok(ExitCode::SUCCESS)
}

pub fn articles(library: Option<&Path>, story: Option<i64>, json: bool) -> Outcome {
    let lib = open_existing(library)?;
    if let Some(story) = story {
        lib.story(story)?;
    }
    let rows = lib.articles(story)?;
    if json {
        print_json(&crate::compare::json::Articles::new(&rows))?;
    } else {
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        // Like `stories`: a header names the columns.
        writeln!(
            out,
            "{:>7}  {:<11} {:<19}  {:<20}  title",
            "article", "story", "published", "outlet"
        )
        .map_err(write_error)?;
        for a in &rows {
            writeln!(
                out,
                "{:>7}  story {:<5} {:<19}  {:<20}  {}",
                a.id,
                a.story.map_or("—".to_string(), |s| s.to_string()),
                a.published.as_deref().unwrap_or("—"),
                // An author is not an outlet: an unknown outlet reads "—".
                crate::text::wrap::fit(a.outlet.as_deref().unwrap_or("—"), 20),
                a.title.as_deref().unwrap_or("(no title)")
            )
            .map_err(write_error)?;
        }
        out.flush().map_err(write_error)?;
    }
    Ok(ExitCode::SUCCESS)
}

pub fn show(library: Option<&Path>, id: i64) -> Outcome {
    let lib = open_existing(library)?;
    let article = lib.article(id)?;
    emit(&super::parse::render(&article, false))?;
    Ok(ExitCode::SUCCESS)
}

pub fn search(library: Option<&Path>, query: &str, json: bool, limit: usize) -> Outcome {
    use crate::store::search::{MATCH_END, MATCH_START};
    let lib = open_existing(library)?;
    let bad = |reason: String| CliError::BadQuery {
        query: crate::text::sanitize(query),
        reason,
    };
    let found = lib.search(query, limit).map_err(|e| match e {
        StoreError::EmptySearch => bad("it has no word to search for (letters or digits)".into()),
        // Full-text syntax the query's quoting did not cover.
        StoreError::Sqlite(e) if e.to_string().starts_with("fts5:") => bad(e.to_string()),
        e => e.into(),
    })?;
    let hits = &found.hits;
    if json {
        print_json(&crate::compare::json::Hits::new(&found))?;
        return Ok(ExitCode::SUCCESS);
    }
    let (on, off) = crate::compare::look::Ink::detect().match_marks();
    let mut text = String::new();
    if hits.is_empty() {
        text.push_str(&format!("No article matches {query:?}.\n"));
    }
    for h in hits {
        text.push_str(&format!(
            "{:>5}  {}  ({})\n       {}\n",
            h.article,
            h.title.as_deref().unwrap_or("(no title)"),
            h.outlet.as_deref().unwrap_or("outlet unknown"),
            h.snippet.replace(MATCH_START, on).replace(MATCH_END, off)
        ));
    }
    emit(&text)?;
    if !found.all_ranked {
        eprintln!(
            "More than {} articles match; the newest {0} were ranked. Add a word to narrow the search.",
            crate::store::search::RANKED_AT_MOST
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// Removes articles, one line for each: what it was (title, outlet), or why not.
pub fn remove(library: Option<&Path>, ids: &[i64]) -> Outcome {
    let mut lib = open_existing(library)?;
    let (mut removed, mut errors) = (String::new(), Vec::<StoreError>::new());
    for &id in ids {
        match lib.article_row(id).and_then(|a| lib.remove(id).map(|()| a)) {
            Ok(a) => removed.push_str(&format!(
                "removed article {id}: {} ({})\n",
                a.title.as_deref().unwrap_or("no title"),
                a.outlet.as_deref().unwrap_or("outlet unknown")
            )),
            Err(e) => errors.push(e),
        }
    }
    emit(&crate::text::sanitize::sanitize_with(&removed, true))?;
    Ok(finish(&errors))
}

/// `parallax story …`: the corrections a person makes.
#[derive(clap::Subcommand, Debug)]
pub enum StoryCommand {
    /// Give a story a title of your own.
    Rename { story: i64, title: String },
    /// Move every article of story B into story A.
    Merge { a: i64, b: i64 },
    /// Put an article in another story.
    Move { article: i64, story: i64 },
    /// Take articles out of their story into a new one.
    Split {
        #[arg(required = true)]
        articles: Vec<i64>,
        #[arg(long)]
        title: Option<String>,
    },
}

pub fn story(library: Option<&Path>, command: &StoryCommand) -> Outcome {
    let mut lib = open_existing(library)?;
    let done = match command {
        StoryCommand::Rename { story, title } => lib
            .rename_story(*story, title)
            .map(|()| format!("story {story} renamed")),
        StoryCommand::Merge { a, b } => lib
            .merge_stories(*a, *b)
            .map(|()| format!("story {b} merged into story {a}")),
        StoryCommand::Move { article, story } => lib
            .move_article(*article, *story)
            .map(|()| format!("article {article} moved to story {story}")),
        StoryCommand::Split { articles, title } => lib
            .split_story(articles, title.as_deref())
            .map(|s| format!("new story {s}")),
    };
    let message = done?;
    emit(&format!("{message}\n"))?;
    Ok(ExitCode::SUCCESS)
}
