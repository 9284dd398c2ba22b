//! The story view: its articles (outlet, headline, author, date, how much each
//! shares with the others) and the headlines compared; read one, or compare all
//! or the marked ones. Below, how much each pair of outlets shares and the
//! wordings they swap.

use super::{day, marked_lines};
use crate::align::summary::{ArticleSummary, Summary};
use crate::ingest::Article;
use crate::ui::app::{App, StoryState};
use crate::ui::layout;
use crate::ui::theme::Theme;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Row, StatefulWidget, Table, TableState, Widget};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let Some(state) = &app.story else { return };
    let [list, headlines, summary] = layout::story(area, state.story.articles.len());
    frame.render_widget(ArticleTable { state, theme }, list);
    frame.render_widget(Headlines { state, theme }, headlines);
    let summary_of = &state.story.alignment.summary;
    let n = summary_of.overlap.len();
    let [matrix, swaps] = Layout::horizontal([
        Constraint::Length((n as u16 * 5 + 12).max(30)),
        Constraint::Fill(1),
    ])
    .areas(summary);
    frame.render_widget(
        Overlap {
            summary: summary_of,
            theme,
        },
        matrix,
    );
    frame.render_widget(
        Swaps {
            summary: summary_of,
            theme,
        },
        swaps,
    );
}

/// The story's articles, one row each; the cursor's offset is settled.
struct ArticleTable<'a> {
    state: &'a StoryState,
    theme: &'a Theme,
}

impl ArticleTable<'_> {
    /// One article's row: mark, outlet, headline, author, date, shared/own.
    fn row(&self, i: usize, a: &Article, s: &ArticleSummary, outlet_cols: u16) -> Row<'static> {
        let (state, theme) = (self.state, self.theme);
        let mark = if state.marked[i] { "✓" } else { " " };
        Row::new(vec![
            Line::from(Span::styled(mark, theme.key)),
            // A name too long is shortened; "(outlet unknown)" always shows.
            Line::from(super::outlet_spans(
                a,
                i,
                usize::from(outlet_cols),
                theme.title,
                theme.dim,
            )),
            Line::from(Span::styled(
                a.title.clone().unwrap_or_else(|| "(no title)".into()),
                theme.text,
            )),
            Line::from(Span::styled(
                a.author.clone().unwrap_or_else(|| "—".into()),
                theme.dim,
            )),
            Line::from(Span::styled(
                day(a.published.map(|p| p.to_string()).as_deref()),
                theme.dim,
            )),
            Line::from(vec![
                Span::styled(format!("{:>3}", s.shared), theme.agree),
                Span::styled(" / ", theme.dim),
                Span::styled(format!("{:<3}", s.unique), theme.unique),
            ]),
        ])
    }
}

impl Widget for ArticleTable<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (state, theme) = (self.state, self.theme);
        let story = &state.story;
        // On narrow screens the headline keeps the room; author and date give way.
        let narrow = area.width < 120;
        // "shared / own", as wide as the largest counts (an article may have a
        // million sentences).
        let digits = |n: usize| n.to_string().len().max(3);
        let counts = story
            .alignment
            .summary
            .articles
            .iter()
            .map(|s| digits(s.shared) + 3 + digits(s.unique))
            .max()
            .unwrap_or(0)
            .max(10) as u16
            + 1;
        let outlet_cols = if narrow { 28 } else { 34 };
        let rows: Vec<Row> = story
            .articles
            .iter()
            .zip(&story.alignment.summary.articles)
            .enumerate()
            .map(|(i, (a, s))| self.row(i, a, s, outlet_cols))
            .collect();
        // One article shares with nobody: no share to give.
        let share = match story.articles.len() {
            0 | 1 => String::new(),
            _ => format!(
                " · outlets share {:.0}% of sentences",
                story.alignment.summary.agreement() * 100.0
            ),
        };
        let title = format!(
            " {} · {}{share} ",
            story.entry.title,
            crate::text::count(story.articles.len(), "article"),
        );
        let header = ["", "outlet", "headline", "author", "date", "shared/own"];
        let table = Table::new(
            rows,
            [
                Constraint::Length(1),
                Constraint::Length(outlet_cols),
                Constraint::Fill(1),
                Constraint::Length(if narrow { 0 } else { 18 }),
                Constraint::Length(if narrow { 0 } else { 10 }),
                Constraint::Length(counts),
            ],
        )
        .header(Row::new(header).style(theme.dim))
        .row_highlight_style(theme.selected)
        .highlight_symbol("▶ ")
        .block(super::panel(theme, title));
        let mut table_state = TableState::default()
            .with_selected(Some(state.cursor.selected))
            .with_offset(state.cursor.offset);
        StatefulWidget::render(table, area, buf, &mut table_state);
    }
}

/// Each headline, with the words no other headline uses highlighted.
struct Headlines<'a> {
    state: &'a StoryState,
    theme: &'a Theme,
}

impl Widget for Headlines<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (story, theme) = (&self.state.story, self.theme);
        let inner_width = area.width.saturating_sub(8) as usize;
        let mut lines = Vec::new();
        for (i, (a, marks)) in story.articles.iter().zip(&story.headlines).enumerate() {
            let title = a.title.as_deref().unwrap_or("");
            let spans: Vec<(&str, crate::align::Mark)> = marks
                .iter()
                .map(|s| (&title[s.range.clone()], s.mark))
                .collect();
            for (k, mut line) in marked_lines(theme, &spans, inner_width, theme.text)
                .into_iter()
                .enumerate()
            {
                let label = if k == 0 {
                    format!("[{}]  ", i + 1)
                } else {
                    "     ".to_string()
                };
                line.spans.insert(0, Span::styled(label, theme.dim));
                lines.push(line);
            }
        }
        let block = super::panel(
            theme,
            " Headlines — words no other headline uses are highlighted ",
        );
        Paragraph::new(lines).block(block).render(area, buf);
    }
}

/// How many facts each pair of outlets shares.
struct Overlap<'a> {
    summary: &'a Summary,
    theme: &'a Theme,
}

impl Widget for Overlap<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (summary, theme) = (self.summary, self.theme);
        let n = summary.overlap.len();
        let numbers: String = (1..=n).map(|d| format!("{d:>5}")).collect();
        let mut lines = vec![Line::from(Span::styled(
            format!("{:>8}{numbers}", ""),
            theme.dim,
        ))];
        for i in 0..n {
            let mut spans = vec![Span::styled(
                format!("{:>8}", format!("[{}]", i + 1)),
                theme.dim,
            )];
            for j in 0..n {
                let shared = summary.overlap[i][j];
                let cell = if i == j {
                    "    ·".to_string()
                } else {
                    format!("{shared:>5}")
                };
                let style = if i == j || shared == 0 {
                    theme.dim
                } else {
                    theme.text
                };
                spans.push(Span::styled(cell, style));
            }
            lines.push(Line::from(spans));
        }
        let block = super::panel(theme, " Facts shared by each pair ");
        Paragraph::new(lines).block(block).render(area, buf);
    }
}

/// The wordings outlets swap for one another, and in how many facts.
struct Swaps<'a> {
    summary: &'a Summary,
    theme: &'a Theme,
}

impl Widget for Swaps<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.theme;
        let mut lines: Vec<Line> = self
            .summary
            .substitutions
            .iter()
            .map(|s| {
                let facts = if s.groups == 1 {
                    "fact (or headline)"
                } else {
                    "facts"
                };
                Line::from(vec![
                    Span::styled(s.words.join(" ↔ "), theme.changed),
                    Span::styled(format!("  in {} {facts}", s.groups), theme.dim),
                ])
            })
            .collect();
        if lines.is_empty() {
            lines.push(Line::from(Span::styled(
                "No wording recurs across facts.",
                theme.dim,
            )));
        }
        let block = super::panel(theme, " Wordings outlets swap ");
        Paragraph::new(lines).block(block).render(area, buf);
    }
}
