//! The web's subcommands: `feed add|list|remove|import|export`, `refresh`,
//! `reextract` (read every stored raw page again with today's extractor), `outlet
//! rename|list`, and the URLs that `add` fetches.

use super::library::{open, open_existing};
use super::{CliError, Outcome, emit, print_json};
use crate::store::{AddOutcome, Library};
use crate::web::{self, Fetcher, Limits, refresh};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Threads that fetch at once.
const WORKERS: usize = 4;

#[derive(clap::Subcommand, Debug)]
pub enum FeedCommand {
    /// Follow a feed (RSS, Atom or JSON Feed); `parallax refresh` reads it.
    Add {
        url: String,
        /// The outlet name its articles carry (default: the feed's title).
        #[arg(long, value_name = "NAME")]
        outlet: Option<String>,
    },
    /// List followed feeds.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Stop following a feed (by its id or URL); its articles stay.
    Remove { feed: String },
    /// Follow every feed of an OPML file.
    Import { file: PathBuf },
    /// Print the followed feeds as OPML.
    Export,
}

#[derive(clap::Subcommand, Debug)]
pub enum OutletCommand {
    /// Rename an outlet on every article and feed that carries the name; onto a
    /// name in use, the two outlets merge.
    Rename { old: String, new: String },
    /// List the outlets with their article counts.
    List {
        #[arg(long)]
        json: bool,
    },
}

pub fn feed(library: Option<&Path>, command: &FeedCommand) -> Outcome {
    let mut lib = open(library)?;
    match command {
        FeedCommand::Add { url, outlet } => {
            if !web::is_url(url) {
                return Err(CliError::NotAUrl(url.clone()));
            }
            let id = lib.add_feed(url, outlet.as_deref())?;
            eprintln!("following feed {id}: {url} — `parallax refresh` reads it");
        }
        FeedCommand::List { json } => {
            let feeds = lib.feeds()?;
            if *json {
                print_json(&crate::compare::json::Feeds::new(&feeds))?;
            } else if feeds.is_empty() {
                emit("No feeds. Follow one with: parallax feed add URL\n")?;
            } else {
                let lines: String = feeds.iter().map(feed_line).collect();
                emit(&crate::text::sanitize::sanitize_with(&lines, true))?;
            }
        }
        FeedCommand::Remove { feed } => {
            let f = lib.remove_feed(feed)?;
            let name = f.outlet_name().map_or(String::new(), |n| format!(" ({n})"));
            let line = format!(
                "stopped following feed {}: {}{name}; the articles taken from it stay",
                f.id, f.url
            );
            eprintln!("{}", crate::text::sanitize(&line));
        }
        FeedCommand::Import { file } => {
            let bytes = std::fs::read(file).map_err(|source| CliError::Unreadable {
                path: file.clone(),
                source,
            })?;
            // Byte-order mark (UTF-16 too), XML declaration, else UTF-8 or windows-1252.
            let text = web::charset::decode(&bytes, None);
            let subscriptions =
                web::opml::read_opml(&text).map_err(|reason| CliError::Malformed {
                    path: file.clone(),
                    reason,
                })?;
            // A feed already followed keeps its row and its name.
            let mut already = 0;
            for s in &subscriptions {
                if lib.feed_at(&s.url)?.is_some() {
                    already += 1;
                } else {
                    lib.add_feed(&s.url, s.title.as_deref())?;
                }
            }
            let new = subscriptions.len() - already;
            let mut line = format!(
                "following {new} new {} from {}",
                if new == 1 { "feed" } else { "feeds" },
                crate::text::sanitize(&file.display().to_string())
            );
            if already > 0 {
                line.push_str(&format!("; {already} already followed"));
            }
            eprintln!("{line}");
        }
        FeedCommand::Export => {
            let feeds: Vec<(String, Option<String>)> = lib
                .feeds()?
                .into_iter()
                .map(|f| (f.url.clone(), f.outlet_name().map(str::to_string)))
                .collect();
            print!("{}", web::opml::write_opml(&feeds));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// One feed of `feed list`: id, name, URL, entries taken, and how its last
/// refresh went (when, and why it failed).
fn feed_line(f: &crate::store::FeedRow) -> String {
    let name = f.outlet_name().unwrap_or("(no name yet)");
    let when = |at: &str| format!("{} UTC", at.replacen('T', " ", 1));
    let state = match (f.checked_at.as_deref(), f.last_error.as_deref()) {
        (None, _) => "not read yet".to_string(),
        (Some(at), Some(error)) => format!("last refresh failed {}: {error}", when(at)),
        (Some(at), None) => format!("read {}", when(at)),
    };
    let entries = if f.entries == 1 { "entry" } else { "entries" };
    format!(
        "{:>4}  {name}  {}  {} {entries}  {state}\n",
        f.id, f.url, f.entries
    )
}

pub fn outlet(library: Option<&Path>, command: &OutletCommand) -> Outcome {
    let mut lib = open_existing(library)?;
    match command {
        OutletCommand::Rename { old, new } => {
            let done = lib.rename_outlet(old, new)?;
            let new = crate::ingest::text_clean(new);
            let old = crate::text::sanitize(old);
            let plural = |n: usize, one: &str, many: &str| {
                format!("{n} {}", if n == 1 { one } else { many })
            };
            let mut on = plural(done.articles, "article", "articles");
            if done.feeds > 0 {
                on.push_str(&format!(" and {}", plural(done.feeds, "feed", "feeds")));
            }
            if done.merged {
                eprintln!(
                    "merged outlet \"{old}\" into \"{new}\", which already existed: {on} renamed"
                );
            } else {
                eprintln!("renamed outlet \"{old}\" to \"{new}\" on {on}");
            }
        }
        OutletCommand::List { json } => {
            let outlets = lib.outlets()?;
            if *json {
                print_json(&crate::compare::json::Outlets::new(&outlets))?;
            } else if outlets.named.is_empty() && outlets.unknown == 0 {
                emit(
                    "No outlets: the library is empty. Add articles with: parallax add FILE_OR_URL...\n",
                )?;
            } else {
                let mut text = format!("{:>8}  outlet\n", "articles");
                for o in &outlets.named {
                    text.push_str(&format!(
                        "{:>8}  {}\n",
                        o.articles,
                        crate::text::sanitize(&o.name)
                    ));
                }
                if outlets.unknown > 0 {
                    text.push_str(&format!("{:>8}  (outlet unknown)\n", outlets.unknown));
                }
                emit(&text)?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn progress_bar(label: &str) -> Option<indicatif::ProgressBar> {
    std::io::stderr().is_terminal().then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template(&format!(
                "{{spinner}} {label} {{pos}} {{msg}}"
            ))
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar
    })
}

pub fn refresh(library: Option<&Path>) -> Outcome {
    let mut lib = open(library)?;
    let fetcher = Fetcher::new(Limits::default());
    let bar = progress_bar("reading entries");
    let say = |line: String| {
        let line = crate::text::sanitize(&line);
        match &bar {
            Some(bar) => bar.println(line),
            None => eprintln!("{line}"),
        }
    };
    let mut report = |event: refresh::Event| match event {
        refresh::Event::Failed { url, reason } => say(format!("parallax: {url}: {reason}")),
        // A feed that could not be read was named with its reason when it failed.
        refresh::Event::FeedDone(summary) if summary.error.is_some() => {}
        refresh::Event::FeedDone(summary) => say(summary.line()),
    };
    let progress = |n: usize| {
        if let Some(bar) = &bar {
            bar.inc(n as u64);
        }
    };
    let totals = refresh::refresh(&mut lib, &fetcher, WORKERS, &mut report, &progress)
        .map_err(CliError::at(lib.path()))?;
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    if totals.feeds == 0 {
        eprintln!("No feeds to refresh. Follow one with: parallax feed add URL");
        return Ok(ExitCode::SUCCESS);
    }
    eprintln!(
        "refreshed {} feeds: added {}, failed {} entries, {} feeds unreadable",
        totals.feeds, totals.added, totals.failed, totals.feeds_failed
    );
    // As every command: 1 when any input (a feed, an entry) failed, each named
    // above; nothing new is no failure.
    Ok(super::error::inputs(totals.feeds_failed + totals.failed))
}

/// Fetches URLs given to `add` and stores their articles; returns (added,
/// duplicates, failed) and reports each failure through `say`.
pub fn add_urls(
    lib: &mut Library,
    urls: &[String],
    outlet: Option<&str>,
    verbose: bool,
    say: &dyn Fn(String),
) -> Result<(usize, usize, usize), CliError> {
    let fetcher = Fetcher::new(Limits::default());
    let fetched = refresh::parallel_map(urls, WORKERS, |url| web::fetch_article(&fetcher, url));
    let (mut added, mut duplicates, mut failed) = (0, 0, 0);
    for (url, result) in urls.iter().zip(fetched) {
        match result {
            Err(e) => {
                failed += 1;
                say(format!("parallax: {e}"));
            }
            Ok(web::FetchedArticle { mut article, html }) => {
                if let Some(name) = outlet {
                    article.outlet = Some(name.to_string());
                }
                let outcome = lib.add(&article).map_err(CliError::at(lib.path()))?;
                match outcome {
                    AddOutcome::Added { article: id, story } => {
                        added += 1;
                        if let Some(html) = &html {
                            lib.keep_page(id, article.url.as_deref(), html)?;
                        }
                        if verbose {
                            println!("added {id} story {story} {}", crate::text::sanitize(url));
                        }
                    }
                    AddOutcome::Duplicate { .. } => duplicates += 1,
                }
            }
        }
    }
    Ok((added, duplicates, failed))
}

/// Reads every stored raw page again; an article whose text changed is replaced.
pub fn reextract(library: Option<&Path>) -> Outcome {
    let mut lib = open(library)?;
    let (mut changed, mut same) = (0, 0);
    for page in lib.pages()? {
        let old = lib.article(page.article_id)?;
        let mut article = crate::ingest::html::parse_html(&old.source, &page.html);
        if article.sentences.is_empty() || article.sentences == old.sentences {
            same += 1;
            continue;
        }
        // The outlet a person or a feed named stays.
        article.outlet = old.outlet.or(article.outlet);
        article.url = article.url.or(old.url);
        lib.remove(page.article_id)?;
        if let AddOutcome::Added { article: id, .. } = lib.add(&article)? {
            lib.keep_page(id, page.url.as_deref(), &page.html)?;
            changed += 1;
        }
    }
    eprintln!("re-extracted {changed} articles; {same} unchanged");
    Ok(ExitCode::SUCCESS)
}
