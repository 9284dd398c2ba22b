//! The coverage matrix: facts down, outlets across. A cell says whether the outlet
//! states the fact, words it differently, or disagrees on a detail; beside it, a
//! summary per outlet; below, the selected fact's sentences stacked.

use super::marked_lines;
use crate::align::Mark;
use crate::align::layout::cell_spans;
use crate::ui::app::App;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Row, Table, TableState};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let Some(state) = &app.compare else { return };
    let story = &state.story;
    let facts = state.facts();
    let n = story.articles.len();
    let [top, bottom] =
        Layout::vertical([Constraint::Min(6), Constraint::Length(area.height / 3)]).areas(area);
    let [grid, summary] =
        Layout::horizontal([Constraint::Min(30), Constraint::Length(34)]).areas(top);

    let rows: Vec<Row> = facts
        .iter()
        .enumerate()
        .map(|(i, &r)| {
            let row = &story.rows[r];
            let group = row.group.map(|g| &story.alignment.groups[g]);
            let first = row.present().next().unwrap_or(0);
            let text = row.cells[first]
                .first()
                .map(|&s| story.articles[first].sentences[s].text.clone())
                .unwrap_or_default();
            let mut cells = vec![
                Line::from(Span::styled(format!("{:>3}", i + 1), theme.dim)),
                Line::from(Span::styled(text, theme.text)),
            ];
            for d in 0..n {
                let (symbol, style) = match group {
                    _ if row.cells[d].is_empty() => ("·", theme.dim),
                    Some(g)
                        if g.discrepancies
                            .iter()
                            .any(|x| !x.compatible() && x.values.iter().any(|v| v.doc == d)) =>
                    {
                        ("✖", theme.disagree)
                    }
                    Some(g)
                        if g.discrepancies
                            .iter()
                            .any(|x| !x.agrees() && x.values.iter().any(|v| v.doc == d)) =>
                    {
                        ("≈", theme.differ)
                    }
                    Some(g)
                        if g.members
                            .iter()
                            .zip(&g.emphasis)
                            .any(|(m, e)| m.doc == d && e.iter().any(|s| s.mark != Mark::Same)) =>
                    {
                        ("◐", theme.changed)
                    }
                    _ => ("●", theme.agree),
                };
                cells.push(Line::from(Span::styled(format!(" {symbol}"), style)));
            }
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
            Block::bordered()
                .title(Span::styled(" Coverage: facts × outlets ", theme.title))
                .title_bottom(Span::styled(legend, theme.dim))
                .border_style(theme.border),
        );
    let mut table_state = TableState::default()
        .with_selected(Some(app.matrix.selected))
        .with_offset(app.matrix.offset.get());
    frame.render_stateful_widget(table, grid, &mut table_state);
    app.matrix.offset.set(table_state.offset());
    app.page.set(grid.height.saturating_sub(4) as usize);
    app.hits.borrow_mut().list = Some((grid, 2, table_state.offset()));

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
    let block = Block::bordered()
        .title(Span::styled(" Outlets: shared · own ", theme.title))
        .border_style(theme.border);
    frame.render_widget(Paragraph::new(lines).block(block), summary);

    let Some(&r) = facts.get(app.matrix.selected) else {
        return;
    };
    let row = &story.rows[r];
    let width = bottom.width.saturating_sub(10) as usize;
    let mut lines = Vec::new();
    for d in row.present() {
        let spans = cell_spans(&story.alignment, row, d, &story.articles[d].sentences);
        for (k, mut line) in marked_lines(theme, &spans, width, theme.text)
            .into_iter()
            .enumerate()
        {
            line.spans.insert(
                0,
                Span::styled(
                    if k == 0 {
                        format!("[{}]  ", d + 1)
                    } else {
                        "     ".to_string()
                    },
                    theme.dim,
                ),
            );
            lines.push(line);
        }
    }
    let block = Block::bordered()
        .title(Span::styled(
            format!(
                " Fact {} — Enter shows it in the comparison ",
                app.matrix.selected + 1
            ),
            theme.title,
        ))
        .border_style(theme.border);
    frame.render_widget(Paragraph::new(lines).block(block), bottom);
}
