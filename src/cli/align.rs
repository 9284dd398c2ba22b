//! `parallax align` (the story's facts as JSON or a readable report) and
//! `parallax diff` (two articles side by side, aligned sentences on one row,
//! changed words emphasised — in colour on a terminal, with brackets without).

use super::parse::read_comparable;
use super::{CliError, Outcome, emit, finish, print_json};
use crate::align::Mark;
use crate::compare::look::Ink;
use crate::compare::{Comparison, json};
use crate::text::count;
use crate::text::wrap::{fit, width, wrap};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// Reads the files and compares those that parse; fewer than two is an error.
fn load(files: &[PathBuf]) -> Result<(Comparison, Vec<crate::ingest::IngestError>), CliError> {
    let (articles, errors) = read_comparable(files)?;
    let comparison = Comparison::new(articles);
    if let Some(note) = comparison.truncation_note() {
        eprintln!("parallax: {note}");
    }
    Ok((comparison, errors))
}

pub fn run_align(files: &[PathBuf], json: bool) -> Outcome {
    let (comparison, errors) = load(files)?;
    if json {
        print_json(&json::Align::new(&comparison))?;
    } else {
        emit(&report(&comparison, Ink::detect()))?;
    }
    Ok(finish(&errors))
}

/// The readable report of `parallax align`.
pub fn report(c: &Comparison, ink: Ink) -> String {
    let articles = &c.articles;
    let mut out = format!(
        "{} · {} stated by more than one outlet\n\n",
        count(articles.len(), "article"),
        count(c.shared_count(), "fact")
    );
    let cols = articles
        .iter()
        .map(|a| width(&a.label()))
        .max()
        .unwrap_or(0)
        .clamp(8, LABEL_COLS);
    for (a, s) in articles.iter().zip(&c.summary().articles) {
        out.push_str(&format!(
            "[{}] {} {}\n     {}: {} shared, {} only here\n",
            s.doc + 1,
            label_in(a, cols),
            a.title.as_deref().unwrap_or("(no title)"),
            count(s.sentences, "sentence"),
            s.shared,
            s.unique
        ));
    }
    out.push_str("\nShared facts\n");
    for (n, (row, group)) in c.facts().enumerate() {
        out.push_str(&format!(
            "\n{:>3}. {} outlets\n",
            n + 1,
            row.present().count()
        ));
        for doc in row.present() {
            let first = row.present().next() == Some(doc);
            let text = c.cell_text(row, doc, |t, m| ink.paint(t, m, first));
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
    for row in c.unique_rows() {
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
    if !c.summary().substitutions.is_empty() {
        out.push_str("\nRecurring substitutions\n");
        for sub in &c.summary().substitutions {
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
    let (comparison, errors) = load(&[a.to_path_buf(), b.to_path_buf()])?;
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
    emit(&side_by_side(&comparison, columns, Ink::detect()))?;
    Ok(finish(&errors))
}

/// Widest article label in the text report; longer ones are shortened.
const LABEL_COLS: usize = 36;

/// An article's label padded or shortened to `cols` columns: a long file name is
/// shortened, but "(outlet unknown)" is never cut off.
fn label_in(a: &crate::ingest::Article, cols: usize) -> String {
    const UNKNOWN: &str = " (outlet unknown)";
    let label = a.label();
    let (name, mark) = match label.strip_suffix(UNKNOWN) {
        Some(name) if a.outlet.is_none() => (name, UNKNOWN),
        _ => (label.as_str(), ""),
    };
    let room = cols.saturating_sub(width(mark)).max(4);
    let text = format!("{}{mark}", crate::text::wrap::shorten(name, room));
    format!("{text}{}", " ".repeat(cols.saturating_sub(width(&text))))
}

/// The gutter of a row both articles state, as the compare view marks it: a
/// detail that contradicts, one that differs, other words, or alike.
fn both_mark(
    c: &Comparison,
    row: &crate::align::layout::FactRow,
    discrepancies: &[crate::align::Discrepancy],
) -> &'static str {
    if discrepancies.iter().any(|d| !d.compatible()) {
        "≠"
    } else if !discrepancies.is_empty() {
        "≈"
    } else if (0..2).any(|doc| c.cell(row, doc).iter().any(|(_, m)| *m != Mark::Same)) {
        "~"
    } else {
        "="
    }
}

/// Two articles in two columns, one fact row after another.
pub fn side_by_side(c: &Comparison, columns: usize, ink: Ink) -> String {
    let articles = &c.articles;
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
                "[changed words] {only this side}  = alike  ~ reworded  ≈ a detail differs  ≠ contradicts  < left only  > right only",
                columns - 2
            )
        ));
    }
    for row in &c.rows {
        let sides: Vec<Vec<String>> = (0..2)
            .map(|doc| {
                let spans = ink.prepare(&c.cell(row, doc), doc == 0);
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
        let discrepancies = c.discrepancies(row);
        let gutter = match (row.cells[0].is_empty(), row.cells[1].is_empty()) {
            (false, false) => both_mark(c, row, discrepancies),
            (false, true) => "<",
            _ => ">",
        };
        let height = sides[0].len().max(sides[1].len());
        for i in 0..height {
            let cell = |d: usize| sides[d].get(i).cloned().unwrap_or_else(|| " ".repeat(col));
            let g = if i == 0 { gutter } else { " " };
            out.push_str(&format!("{g} {} │ {}\n", cell(0), cell(1)));
        }
        for d in discrepancies {
            let line = format!(
                "{} {}: {} — {}",
                if d.compatible() { "≈" } else { "≠" },
                d.kind.label(),
                d.values_text(),
                d.verdict()
            );
            out.push_str(&format!("  {}\n", fit(&line, columns - 2)));
        }
        out.push_str(&format!("  {} │ {}\n", " ".repeat(col), " ".repeat(col)));
    }
    out
}
