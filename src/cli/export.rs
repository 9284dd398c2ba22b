//! `parallax export`: a self-contained report of a story's comparison — its
//! articles, the facts they share with the differences and discrepancies, and
//! what only one outlet reports — as Markdown, HTML (no network needed) or JSON.

use super::{CliError, Outcome, library::open_existing};
use crate::align::Mark;
use crate::compare::look::{STYLE, mark_class, verdict_class};
use crate::compare::{Comparison, json};
use crate::store::StoryRow;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
    Json,
}

pub fn run(
    library: Option<&Path>,
    story: i64,
    format: Format,
    output: Option<&PathBuf>,
) -> Outcome {
    let mut lib = open_existing(library)?;
    let row = lib.story(story)?;
    let articles = crate::compare::story_articles(&lib, story)?;
    let comparison = Comparison::new(articles);
    lib.set_agreement(story, f64::from(comparison.agreement()))?;
    let text = match format {
        Format::Markdown => markdown(&row, &comparison),
        Format::Html => html(&row, &comparison),
        Format::Json => json::export(&row, &comparison)?,
    };
    match output {
        Some(path) => std::fs::write(path, text).map_err(|source| CliError::Write {
            path: path.clone(),
            source,
        })?,
        None => super::emit(&text)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Text from an article as inert Markdown: every character Markdown or HTML
/// gives a meaning to is escaped (`<`, `>`, `&` as entities, the others with a
/// backslash, `|` included for tables), line breaks become spaces, and the
/// start of a field cannot open a list or a heading.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut leading_digits = true;
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '(' | ')' | '!' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            // These only mean something at the start of a line (a field may be one).
            '#' | '+' | '-' if out.is_empty() => {
                out.push('\\');
                out.push(c);
            }
            '.' if leading_digits && !out.is_empty() => out.push_str("\\."),
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
        leading_digits &= c.is_ascii_digit();
    }
    out
}

/// The article table's rows, each written by `row(number, outlet, headline,
/// published, shared, only here)`.
fn article_rows(
    c: &Comparison,
    row: impl Fn(usize, String, &str, String, usize, usize) -> String,
) -> String {
    c.articles
        .iter()
        .zip(&c.summary().articles)
        .map(|(a, s)| {
            let published = a.published.map_or("—".to_string(), |p| p.to_string());
            row(
                s.doc + 1,
                a.label(),
                a.title.as_deref().unwrap_or("—"),
                published,
                s.shared,
                s.unique,
            )
        })
        .collect()
}

/// The line under the title: articles, shared facts, agreement.
fn overview(c: &Comparison) -> String {
    format!(
        "{} articles · {} facts stated by more than one outlet · outlets share {:.0}% of their sentences",
        c.articles.len(),
        c.shared_count(),
        c.agreement() * 100.0
    )
}

pub fn markdown(story: &StoryRow, c: &Comparison) -> String {
    let mut out = format!("# {}\n\n{}\n\n", md(&story.title), overview(c));
    out.push_str(
        "| # | outlet | headline | published | shared | only here |\n|---|---|---|---|---|---|\n",
    );
    out.push_str(&article_rows(
        c,
        |n, outlet, title, published, shared, unique| {
            format!(
                "| {n} | {} | {} | {} | {shared} | {unique} |\n",
                md(&outlet),
                md(title),
                md(&published)
            )
        },
    ));
    out.push_str("\n## Shared facts\n\nWords in **bold** differ between outlets.\n");
    for (n, (row, group)) in c.facts().enumerate() {
        out.push_str(&format!("\n### Fact {}\n\n", n + 1));
        for doc in row.present() {
            let text = c.cell_text(row, doc, |t, m| {
                if m == Mark::Same || t.trim().is_empty() {
                    md(t)
                } else {
                    format!("**{}**", md(t.trim())) + if t.ends_with(' ') { " " } else { "" }
                }
            });
            out.push_str(&format!(
                "- **[{}] {}**: {text}\n",
                doc + 1,
                md(&c.articles[doc].label())
            ));
        }
        for d in &group.discrepancies {
            out.push_str(&format!(
                "- ≠ *{}*: {} — {}\n",
                d.kind.label(),
                md(&d.values_text()),
                d.verdict()
            ));
        }
    }
    out.push_str("\n## Reported by one outlet only\n");
    for (doc, a) in c.articles.iter().enumerate() {
        let only: String = c.only_in(doc).map(|s| format!("- {}\n", md(s))).collect();
        if !only.is_empty() {
            out.push_str(&format!("\n### [{}] {}\n\n{only}", doc + 1, md(&a.label())));
        }
    }
    out
}

/// Text from an article as inert HTML (for element content and quoted attributes).
fn esc(t: &str) -> String {
    t.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

pub fn html(story: &StoryRow, c: &Comparison) -> String {
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>{}</title><style>{STYLE}</style></head><body>\n",
        esc(&story.title)
    );
    out.push_str(&format!("<h1>{}</h1>\n<p>{}. <mark class=\"changed\">Highlighted</mark> words differ between outlets; <mark class=\"only\">green</mark> words only one has.</p>\n", esc(&story.title), overview(c)));
    out.push_str("<table><tr><th>#</th><th>outlet</th><th>headline</th><th>published</th><th>shared</th><th>only here</th></tr>\n");
    out.push_str(&article_rows(c, |n, outlet, title, published, shared, unique| {
        format!(
            "<tr><td>{n}</td><td>{}</td><td>{}</td><td>{}</td><td>{shared}</td><td>{unique}</td></tr>\n",
            esc(&outlet),
            esc(title),
            esc(&published)
        )
    }));
    out.push_str("</table>\n<h2>Shared facts</h2>\n");
    for (row, group) in c.facts() {
        out.push_str("<div class=\"fact\">\n");
        for doc in row.present() {
            let text = c.cell_text(row, doc, |t, m| match mark_class(m) {
                None => esc(t),
                Some(class) => format!("<mark class=\"{class}\">{}</mark>", esc(t)),
            });
            out.push_str(&format!(
                "<p><span class=\"src\">[{}] {}</span> {text}</p>\n",
                doc + 1,
                esc(&c.articles[doc].label())
            ));
        }
        for d in &group.discrepancies {
            out.push_str(&format!(
                "<p class=\"{}\">≠ {}: {} — {}</p>\n",
                verdict_class(d.verdict),
                d.kind.label(),
                esc(&d.values_text()),
                d.verdict()
            ));
        }
        out.push_str("</div>\n");
    }
    out.push_str("<h2>Reported by one outlet only</h2>\n");
    for (doc, a) in c.articles.iter().enumerate() {
        let only: String = c
            .only_in(doc)
            .map(|s| format!("<li>{}</li>", esc(s)))
            .collect();
        if !only.is_empty() {
            out.push_str(&format!(
                "<h3>[{}] {}</h3><ul>{only}</ul>\n",
                doc + 1,
                esc(&a.label())
            ));
        }
    }
    out.push_str("</body></html>\n");
    out
}
