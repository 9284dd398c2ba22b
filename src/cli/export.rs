//! `parallax export`: a self-contained report of a story's comparison — its
//! articles, the facts they share with the differences and discrepancies, and
//! what only one outlet reports — as Markdown, HTML (no network needed) or JSON.

use super::{Outcome, library::open_existing};
use crate::align::layout::{FactRow, cell_spans, fact_rows};
use crate::align::{Alignment, Document, Mark, align};
use crate::ingest::Article;
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
    let row = lib.story(story).map_err(|e| e.to_string())?;
    let ids: Vec<i64> = lib
        .articles(Some(story))
        .map_err(|e| e.to_string())?
        .iter()
        .map(|a| a.id)
        .collect();
    let articles: Vec<Article> = ids
        .iter()
        .map(|&id| lib.article(id))
        .collect::<Result<_, _>>()
        .map_err(|e| e.to_string())?;
    let docs: Vec<Document> = articles.iter().map(Document::from_article).collect();
    let alignment = align(&docs);
    lib.set_agreement(story, f64::from(alignment.summary.agreement()))
        .map_err(|e| e.to_string())?;
    let text = match format {
        Format::Markdown => markdown(&row, &articles, &alignment),
        Format::Html => html(&row, &articles, &alignment),
        Format::Json => serde_json::to_string_pretty(&serde_json::json!({
            "story": row, "documents": articles, "groups": alignment.groups, "summary": alignment.summary,
        }))
        .map_err(|e| e.to_string())?,
    };
    match output {
        Some(path) => std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))?,
        None => super::emit(&text)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// A row's cell for one article, each marked run written by `mark`.
fn marked(
    articles: &[Article],
    alignment: &Alignment,
    row: &FactRow,
    doc: usize,
    mark: impl Fn(&str, Mark) -> String,
) -> String {
    cell_spans(alignment, row, doc, &articles[doc].sentences)
        .into_iter()
        .map(|(t, m)| mark(t, m))
        .collect()
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

pub fn markdown(story: &StoryRow, articles: &[Article], alignment: &Alignment) -> String {
    let mut out = format!("# {}\n\n", md(&story.title));
    out.push_str(&format!("{} articles · {} facts stated by more than one outlet · outlets share {:.0}% of their sentences\n\n", articles.len(), alignment.groups.len(), alignment.summary.agreement() * 100.0));
    out.push_str(
        "| # | outlet | headline | published | shared | only here |\n|---|---|---|---|---|---|\n",
    );
    for (a, s) in articles.iter().zip(&alignment.summary.articles) {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} |\n",
            s.doc + 1,
            md(&a.label()),
            md(a.title.as_deref().unwrap_or("—")),
            md(&a.published.map_or("—".to_string(), |p| p.to_string())),
            s.shared,
            s.unique
        ));
    }
    let lengths: Vec<usize> = articles.iter().map(|a| a.sentences.len()).collect();
    let rows = fact_rows(alignment, &lengths);
    out.push_str("\n## Shared facts\n\nWords in **bold** differ between outlets.\n");
    for (n, row) in rows.iter().filter(|r| r.group.is_some()).enumerate() {
        out.push_str(&format!("\n### Fact {}\n\n", n + 1));
        for doc in row.present() {
            let text = marked(articles, alignment, row, doc, |t, m| {
                if m == Mark::Same || t.trim().is_empty() {
                    md(t)
                } else {
                    format!("**{}**", md(t.trim())) + if t.ends_with(' ') { " " } else { "" }
                }
            });
            out.push_str(&format!(
                "- **[{}] {}**: {text}\n",
                doc + 1,
                md(&articles[doc].label())
            ));
        }
        for d in row
            .group
            .map(|g| &alignment.groups[g].discrepancies)
            .into_iter()
            .flatten()
        {
            out.push_str(&format!(
                "- ≠ *{}*: {} — {}\n",
                d.kind.label(),
                md(&d.values_text()),
                d.verdict()
            ));
        }
    }
    out.push_str("\n## Reported by one outlet only\n");
    for (doc, a) in articles.iter().enumerate() {
        let only: Vec<&str> = (0..a.sentences.len())
            .filter(|&s| alignment.group_of[doc][s].is_none())
            .map(|s| a.sentences[s].text.as_str())
            .collect();
        if !only.is_empty() {
            out.push_str(&format!("\n### [{}] {}\n\n", doc + 1, md(&a.label())));
            for s in only {
                out.push_str(&format!("- {}\n", md(s)));
            }
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

const STYLE: &str = "body{font:16px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;background:#fff}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left}
.fact{border-left:4px solid #4a7;padding:.2rem 1rem;margin:1rem 0}.fact p{margin:.3rem 0}.src{color:#555;font-weight:600}
mark.changed{background:#ffe08a}mark.only{background:#b9e6c9}.disc{color:#a33}.agree{color:#357}
@media (prefers-color-scheme:dark){body{background:#161616;color:#ddd}mark.changed{background:#7a5d00;color:#fff}mark.only{background:#1f5c36;color:#fff}.src{color:#aaa}}";

pub fn html(story: &StoryRow, articles: &[Article], alignment: &Alignment) -> String {
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>{}</title><style>{STYLE}</style></head><body>\n",
        esc(&story.title)
    );
    out.push_str(&format!("<h1>{}</h1>\n<p>{} articles · {} facts stated by more than one outlet · outlets share {:.0}% of their sentences. <mark class=\"changed\">Highlighted</mark> words differ between outlets; <mark class=\"only\">green</mark> words only one has.</p>\n", esc(&story.title), articles.len(), alignment.groups.len(), alignment.summary.agreement() * 100.0));
    out.push_str("<table><tr><th>#</th><th>outlet</th><th>headline</th><th>published</th><th>shared</th><th>only here</th></tr>\n");
    for (a, s) in articles.iter().zip(&alignment.summary.articles) {
        out.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            s.doc + 1,
            esc(&a.label()),
            esc(a.title.as_deref().unwrap_or("—")),
            esc(&a.published.map_or("—".to_string(), |p| p.to_string())),
            s.shared,
            s.unique
        ));
    }
    out.push_str("</table>\n<h2>Shared facts</h2>\n");
    let lengths: Vec<usize> = articles.iter().map(|a| a.sentences.len()).collect();
    for row in fact_rows(alignment, &lengths)
        .iter()
        .filter(|r| r.group.is_some())
    {
        out.push_str("<div class=\"fact\">\n");
        for doc in row.present() {
            let text = marked(articles, alignment, row, doc, |t, m| match m {
                Mark::Same => esc(t),
                Mark::Changed => format!("<mark class=\"changed\">{}</mark>", esc(t)),
                Mark::Only => format!("<mark class=\"only\">{}</mark>", esc(t)),
            });
            out.push_str(&format!(
                "<p><span class=\"src\">[{}] {}</span> {text}</p>\n",
                doc + 1,
                esc(&articles[doc].label())
            ));
        }
        for d in row
            .group
            .map(|g| &alignment.groups[g].discrepancies)
            .into_iter()
            .flatten()
        {
            let class = if d.agree { "agree" } else { "disc" };
            out.push_str(&format!(
                "<p class=\"{class}\">≠ {}: {} — {}</p>\n",
                d.kind.label(),
                esc(&d.values_text()),
                d.verdict()
            ));
        }
        out.push_str("</div>\n");
    }
    out.push_str("<h2>Reported by one outlet only</h2>\n");
    for (doc, a) in articles.iter().enumerate() {
        let only: Vec<String> = (0..a.sentences.len())
            .filter(|&s| alignment.group_of[doc][s].is_none())
            .map(|s| format!("<li>{}</li>", esc(&a.sentences[s].text)))
            .collect();
        if !only.is_empty() {
            out.push_str(&format!(
                "<h3>[{}] {}</h3><ul>{}</ul>\n",
                doc + 1,
                esc(&a.label()),
                only.join("")
            ));
        }
    }
    out.push_str("</body></html>\n");
    out
}
