//! `parallax parse`: articles as ingest sees them, as text or as JSON.

use super::{CliError, Outcome, emit, finish, print_json};
use crate::ingest::{Article, IngestError, IngestErrorKind, read_article};
use crate::text::count;
use std::path::PathBuf;

/// Reads every file; the good ones are printed, the bad ones reported.
pub fn read_all(files: &[PathBuf]) -> (Vec<Article>, Vec<IngestError>) {
    let mut articles = Vec::new();
    let mut errors = Vec::new();
    for path in files {
        // These commands read files; a web address is fetched by `add`.
        if path.to_str().is_some_and(crate::web::is_url) {
            errors.push(IngestError {
                path: path.display().to_string(),
                kind: IngestErrorKind::Io(
                    "a web address, not a file: `parallax add URL` fetches it into the library"
                        .into(),
                ),
            });
            continue;
        }
        match read_article(path) {
            Ok(article) => articles.push(article),
            Err(e) => errors.push(e),
        }
    }
    (articles, errors)
}

/// Reads the files for a comparison: fewer than two readable articles is an
/// error (the unreadable ones reported first).
pub fn read_comparable(files: &[PathBuf]) -> Result<(Vec<Article>, Vec<IngestError>), CliError> {
    let (articles, errors) = read_all(files);
    if articles.len() < 2 {
        super::finish(&errors);
        return Err(CliError::TooFewArticles(articles.len()));
    }
    Ok((articles, errors))
}

pub fn run(files: &[PathBuf], json: bool, show_dropped: bool) -> Outcome {
    let (articles, errors) = read_all(files);
    if json {
        print_json(&crate::compare::json::Documents::new(&articles))?;
    } else {
        for article in &articles {
            emit(&render(article, show_dropped))?;
        }
    }
    Ok(finish(&errors))
}

/// A readable page for one article.
pub fn render(article: &Article, show_dropped: bool) -> String {
    let none = || "—".to_string();
    let mut out = format!("== {}\n", article.source);
    let fields = [
        ("Title", article.title.clone()),
        ("Outlet", article.outlet.clone()),
        ("Author", article.author.clone()),
        ("Published", article.published.map(|p| p.to_string())),
        ("URL", article.url.clone()),
    ];
    for (name, value) in fields {
        out.push_str(&format!("{name:<10} {}\n", value.unwrap_or_else(none)));
    }
    let paragraphs = article.paragraphs();
    out.push_str(&format!(
        "{:<10} {} in {}; {} dropped{}\n\n",
        "Body",
        count(article.sentences.len(), "sentence"),
        count(paragraphs.len(), "paragraph"),
        count(article.dropped.len(), "line"),
        if article.sentences.iter().any(|s| s.heading) {
            " (# marks a heading)"
        } else {
            ""
        }
    ));
    for (n, s) in article.sentences.iter().enumerate() {
        let marker = if s.heading { "#" } else { " " };
        out.push_str(&format!("{marker}{:>4}  {}\n", n + 1, s.text));
    }
    if show_dropped && !article.dropped.is_empty() {
        out.push_str("\n  dropped:\n");
        for d in &article.dropped {
            out.push_str(&format!("    [{}] {}\n", d.why, d.text));
        }
    }
    out.push('\n');
    out
}
