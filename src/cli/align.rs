//! `parallax align` (the story's facts as JSON or a readable report) and
//! `parallax diff` (two articles side by side, aligned sentences on one row,
//! changed words emphasised — in colour on a terminal, with brackets without).

use super::parse::read_comparable;
use super::{Outcome, emit, finish, print_json};
use crate::align::layout::{self, FactRow, fact_rows};
use crate::align::{Alignment, Document, Mark, align};
use crate::ingest::Article;
use crate::text::wrap::{fit, width, wrap};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// How emphasis is shown on stdout.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Ink {
    Colour,
    Brackets,
}

impl Ink {
    /// Colour when stdout is a terminal and NO_COLOR is unset.
    pub fn detect() -> Self {
        let colour = std::io::stdout().is_terminal()
            && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        if colour { Ink::Colour } else { Ink::Brackets }
    }

    /// `text` marked for the side (`left` is the first article).
    fn paint(self, text: &str, mark: Mark, left: bool) -> String {
        match (self, mark) {
            (_, Mark::Same) => text.to_string(),
            (Ink::Colour, _) => format!(
                "{}{text}\u{1b}[0m",
                if left { "\u{1b}[1;31m" } else { "\u{1b}[1;32m" }
            ),
            (Ink::Brackets, Mark::Changed) => format!("[{text}]"),
            (Ink::Brackets, Mark::Only) => format!("{{{text}}}"),
        }
    }

    /// Spans ready to wrap: with brackets, the marks become text (so that they
    /// are measured); with colour, they stay marks and are painted after wrapping.
    fn prepare(self, spans: &[(&str, Mark)], left: bool) -> Vec<(String, Mark)> {
        spans
            .iter()
            .map(|&(t, m)| match self {
                Ink::Brackets => (self.paint(t, m, left), Mark::Same),
                Ink::Colour => (t.to_string(), m),
            })
            .collect()
    }
}

/// Reads the files and aligns those that parse; fewer than two is an error.
fn load(
    files: &[PathBuf],
) -> Result<(Vec<Article>, Alignment, Vec<crate::ingest::IngestError>), String> {
    let (articles, errors) = read_comparable(files)?;
    let docs: Vec<Document> = articles.iter().map(Document::from_article).collect();
    let alignment = align(&docs);
    if alignment.truncated {
        let most = crate::align::MAX_SENTENCES_PER_ARTICLE;
        eprintln!(
            "parallax: an article has more than {most} sentences; only its first {most} were aligned"
        );
    }
    Ok((articles, alignment, errors))
}

/// The JSON of `parallax align`, serialised straight from the engine's values
/// (an intermediate `serde_json::Value` of a million sentences took gigabytes).
#[derive(serde::Serialize)]
struct AlignOutput<'a> {
    documents: &'a [Article],
    groups: &'a [crate::align::Group],
    summary: &'a crate::align::Summary,
    truncated: bool,
}

pub fn run_align(files: &[PathBuf], json: bool) -> Outcome {
    let (articles, alignment, errors) = load(files)?;
    if json {
        print_json(&AlignOutput {
            documents: &articles,
            groups: &alignment.groups,
            summary: &alignment.summary,
            truncated: alignment.truncated,
        })?;
    } else {
        emit(&report(&articles, &alignment, Ink::detect()))?;
    }

    Ok(finish(&errors))
}

/// The spans of one cell: its sentences, marked against the row's other members.
fn cell_spans<'a>(
    articles: &'a [Article],
    alignment: &Alignment,
    row: &FactRow,
    doc: usize,
) -> Vec<(&'a str, Mark)> {
    layout::cell_spans(alignment, row, doc, &articles[doc].sentences)
}

/// The readable report of `parallax align`.
pub fn report(articles: &[Article], alignment: &Alignment, ink: Ink) -> String {
    let mut out = String::new();
    let shared = alignment.groups.len();
    out.push_str(&format!(
        "{} articles · {} facts stated by more than one outlet\n\n",
        articles.len(),
        shared
    ));
    for (a, s) in articles.iter().zip(&alignment.summary.articles) {
        out.push_str(&format!(
            "[{}] {:<24} {}\n     {} sentences: {} shared, {} only here\n",
            s.doc + 1,
            fit(&a.label(), 24),
            a.title.as_deref().unwrap_or("(no title)"),
            s.sentences,
            s.shared,
            s.unique
        ));
    }
    let lengths: Vec<usize> = articles.iter().map(|a| a.sentences.len()).collect();
    let rows = fact_rows(alignment, &lengths);
    out.push_str("\nShared facts\n");
    for (n, row) in rows.iter().filter(|r| r.group.is_some()).enumerate() {
        let Some(g) = row.group else { continue };
        let group = &alignment.groups[g];
        out.push_str(&format!(
            "\n{:>3}. {} outlets\n",
            n + 1,
            row.present().count()
        ));
        for doc in row.present() {
            let first = row.present().next() == Some(doc);
            let text: String = cell_spans(articles, alignment, row, doc)
                .iter()
                .map(|&(t, m)| ink.paint(t, m, first))
                .collect();
            out.push_str(&format!("     [{}] {text}\n", doc + 1));
        }
        for d in &group.discrepancies {
            out.push_str(&format!(
                "     ≠ {}: {} — {}\n",
                d.kind.label(),
                d.values_text(),
                d.verdict()
            ));
        }
    }
    out.push_str("\nOnly one outlet\n");
    for row in rows.iter().filter(|r| r.group.is_none()) {
        for doc in row.present() {
            for &s in &row.cells[doc] {
                out.push_str(&format!(
                    "     [{}] {}\n",
                    doc + 1,
                    articles[doc].sentences[s].text
                ));
            }
        }
    }
    if !alignment.summary.substitutions.is_empty() {
        out.push_str("\nRecurring substitutions\n");
        for sub in &alignment.summary.substitutions {
            let facts = if sub.groups == 1 { "fact" } else { "facts" };
            out.push_str(&format!(
                "     {} ({} {facts})\n",
                sub.words.join(" ↔ "),
                sub.groups
            ));
        }
    }
    out
}

pub fn run_diff(a: &Path, b: &Path, columns: Option<usize>) -> Outcome {
    let (articles, alignment, errors) = load(&[a.to_path_buf(), b.to_path_buf()])?;
    let columns = columns
        .or_else(|| {
            std::io::stdout()
                .is_terminal()
                .then(|| ratatui::crossterm::terminal::size().ok())
                .flatten()
                .map(|(w, _)| w as usize)
        })
        .unwrap_or(160)
        .max(20);
    emit(&side_by_side(&articles, &alignment, columns, Ink::detect()))?;
    Ok(finish(&errors))
}

/// Two articles in two columns, one fact row after another.
pub fn side_by_side(
    articles: &[Article],
    alignment: &Alignment,
    columns: usize,
    ink: Ink,
) -> String {
    let col = (columns - 5) / 2;
    let mut out = String::new();
    let title = |d: usize| {
        format!(
            "{} — {}",
            articles[d].label(),
            articles[d].title.as_deref().unwrap_or("")
        )
    };
    out.push_str(&format!(
        "  {} │ {}\n",
        fit(&title(0), col),
        fit(&title(1), col)
    ));
    out.push_str(&format!("  {}─┼─{}\n", "─".repeat(col), "─".repeat(col)));
    if ink == Ink::Brackets {
        out.push_str(&format!(
            "  {}\n",
            fit(
                "[changed words] {words only on this side}  = same fact  < only left  > only right",
                columns - 2
            )
        ));
    }
    let lengths: Vec<usize> = articles.iter().map(|a| a.sentences.len()).collect();
    for row in fact_rows(alignment, &lengths) {
        let sides: Vec<Vec<String>> = (0..2)
            .map(|doc| {
                let spans = ink.prepare(&cell_spans(articles, alignment, &row, doc), doc == 0);
                let spans: Vec<(&str, Mark)> =
                    spans.iter().map(|(t, m)| (t.as_str(), *m)).collect();
                wrap(&spans, col)
                    .into_iter()
                    .map(|line| {
                        let used: usize = line.iter().map(|(t, _)| width(t)).sum();
                        let text: String = line
                            .iter()
                            .map(|(t, m)| ink.paint(t, *m, doc == 0))
                            .collect();
                        format!("{text}{}", " ".repeat(col.saturating_sub(used)))
                    })
                    .collect()
            })
            .collect();
        let gutter = match (row.cells[0].is_empty(), row.cells[1].is_empty()) {
            (false, false) => "=",
            (false, true) => "<",
            _ => ">",
        };
        let height = sides[0].len().max(sides[1].len());
        for i in 0..height {
            let cell = |d: usize| sides[d].get(i).cloned().unwrap_or_else(|| " ".repeat(col));
            let g = if i == 0 { gutter } else { " " };
            out.push_str(&format!("{g} {} │ {}\n", cell(0), cell(1)));
        }
        out.push_str(&format!("  {} │ {}\n", " ".repeat(col), " ".repeat(col)));
    }
    out
}
