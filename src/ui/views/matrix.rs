//! The coverage matrix: facts down, outlets across. A cell says whether the outlet
//! states the fact, words it differently, or disagrees on a detail; beside it, a
//! summary per outlet; below, the selected fact's sentences stacked.

use super::marked_lines;
use crate::align::Mark;
use crate::align::layout::cell_spans;
use crate::ui::app::App;
use crate::ui::compare::{CompareState, RowKind, verdict};
use crate::ui::keys::{Action, Keymap};
use crate::ui::layout;
use crate::ui::lists::Cursor;
use crate::ui::theme::Theme;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Row, StatefulWidget, Table, TableState, Widget};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let Some(state) = &app.compare else { return };
    let [grid, summary, bottom] = layout::matrix(area);
    let cursor = &app.matrix;
    frame.render_widget(
        Grid {
            state,
            theme,
            cursor,
        },
        grid,
    );
    frame.render_widget(OutletSummary { state, theme }, summary);
    frame.render_widget(
        FactDetail {
            state,
            theme,
            keys: &app.keys,
            fact: cursor.selected,
        },
        bottom,
    );
}

/// The grid of facts × outlets; the cursor's offset is settled.
struct Grid<'a> {
    state: &'a CompareState,
    theme: &'a Theme,
    cursor: &'a Cursor,
}

impl Grid<'_> {
    /// How outlet `d` states the fact of row `r`.
    fn cell(&self, r: usize, d: usize) -> (&'static str, Style) {
        let (story, theme) = (&self.state.story, self.theme);
        let row = &story.rows[r];
        if row.cells[d].is_empty() {
            return ("·", theme.dim);
        }
        let Some(g) = row.group.map(|g| &story.alignment.groups[g]) else {
            return ("●", theme.agree);
        };
        let of_d = |want: RowKind| {
            g.discrepancies
                .iter()
                .any(|x| verdict(x) == want && x.values.iter().any(|v| v.doc == d))
        };
        let worded = g
            .members
            .iter()
            .zip(&g.emphasis)
            .any(|(m, e)| m.doc == d && e.iter().any(|s| s.mark != Mark::Same));
        if of_d(RowKind::Disagrees) {
            ("✖", theme.disagree)
        } else if of_d(RowKind::Differs) {
            ("≈", theme.differ)
        } else if worded {
            ("◐", theme.changed)
        } else {
            ("●", theme.agree)
        }
    }
}

impl Widget for Grid<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (story, theme) = (&self.state.story, self.theme);
        let n = story.articles.len();
        if self.state.facts().is_empty() {
            // An empty grid would look broken: say why it is empty.
            Paragraph::new(Line::from(Span::styled(
                "No fact is stated by two outlets or more: each says its own things \
                 (the comparison shows them side by side).",
                theme.dim,
            )))
            .wrap(ratatui::widgets::Wrap { trim: true })
            .block(super::panel(theme, " Coverage: facts × outlets "))
            .render(area, buf);
            return;
        }
        let rows: Vec<Row> = self
            .state
            .facts()
            .iter()
            .enumerate()
            .map(|(i, &r)| {
                let row = &story.rows[r];
                let first = row.present().next().unwrap_or(0);
                let text = row.cells[first]
                    .first()
                    .map(|&s| story.articles[first].sentences[s].text.clone())
                    .unwrap_or_default();
                let mut cells = vec![
                    Line::from(Span::styled(format!("{:>3}", i + 1), theme.dim)),
                    Line::from(Span::styled(text, theme.text)),
                ];
                cells.extend((0..n).map(|d| {
                    let (symbol, style) = self.cell(r, d);
                    Line::from(Span::styled(format!(" {symbol}"), style))
                }));
                Row::new(cells)
            })
            .collect();
        let mut widths = vec![Constraint::Length(3), Constraint::Fill(1)];
        widths.extend(std::iter::repeat_n(Constraint::Length(3), n));
        let mut header = vec!["#".to_string(), "fact".to_string()];
        header.extend((1..=n).map(|d| format!("{d:>2}")));
        let legend = " ● same  ◐ worded differently  ≈ differs in detail  ✖ disagrees  · absent ";
        let table = Table::new(rows, widths)
            .header(Row::new(header).style(theme.dim))
            .row_highlight_style(theme.selected)
            .block(
                super::panel(theme, " Coverage: facts × outlets ")
                    .title_bottom(Span::styled(legend, theme.dim)),
            );
        let mut table_state = TableState::default()
            .with_selected(Some(self.cursor.selected))
            .with_offset(self.cursor.offset);
        StatefulWidget::render(table, area, buf, &mut table_state);
    }
}

/// Per outlet: the share of its sentences others state, and its own.
struct OutletSummary<'a> {
    state: &'a CompareState,
    theme: &'a Theme,
}

impl Widget for OutletSummary<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (story, theme) = (&self.state.story, self.theme);
        let lines: Vec<Line> = story
            .articles
            .iter()
            .zip(&story.alignment.summary.articles)
            .enumerate()
            .map(|(d, (a, s))| {
                Line::from(vec![
                    Span::styled(format!("{:>2} ", d + 1), theme.dim),
                    Span::styled(crate::text::wrap::fit(&a.label(), 14), theme.text),
                    Span::styled(format!(" {:>3.0}% ", s.shared_ratio() * 100.0), theme.agree),
                    Span::styled(format!("{:>3} own", s.unique), theme.unique),
                ])
            })
            .collect();
        let block = super::panel(theme, " Outlets: shared · own ");
        Paragraph::new(lines).block(block).render(area, buf);
    }
}

/// The selected fact's sentences, one outlet under another.
struct FactDetail<'a> {
    state: &'a CompareState,
    theme: &'a Theme,
    keys: &'a Keymap,
    fact: usize,
}

impl Widget for FactDetail<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (story, theme) = (&self.state.story, self.theme);
        let Some(&r) = self.state.facts().get(self.fact) else {
            return;
        };
        let row = &story.rows[r];
        let width = area.width.saturating_sub(10) as usize;
        let mut lines = Vec::new();
        for d in row.present() {
            let spans = cell_spans(&story.alignment, row, d, &story.articles[d].sentences);
            for (k, mut line) in marked_lines(theme, &spans, width, theme.text)
                .into_iter()
                .enumerate()
            {
                let label = if k == 0 {
                    format!("[{}]  ", d + 1)
                } else {
                    "     ".to_string()
                };
                line.spans.insert(0, Span::styled(label, theme.dim));
                lines.push(line);
            }
        }
        let title = format!(
            " Fact {} — {} shows it in the comparison ",
            self.fact + 1,
            self.keys.hint(Action::Open)
        );
        let block = super::panel(theme, title);
        Paragraph::new(lines).block(block).render(area, buf);
    }
}
