//! The comparison: one pane per outlet, side by side. Each fact row puts what the
//! outlets say about one fact on the same lines (blank where an outlet says
//! nothing); changed words are emphasised, sentences no other outlet has are
//! marked, and a gutter marker flags rows whose details differ or contradict. The
//! selected row's discrepancies are spelled out below. Only visible rows are laid
//! out, so a frame costs the same for a short story and a long one.

use super::marked_lines;
use crate::align::layout::cell_spans;
use crate::ui::app::App;
use crate::ui::compare::{CompareState, RowKind};
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, List, ListItem, ListState, Paragraph};

/// Narrowest pane worth reading.
const MIN_PANE: u16 = 28;
const GUTTER: u16 = 2;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let Some(state) = &app.compare else { return };
    let theme = &app.theme;
    let [header, titles, body, detail] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(3),
        Constraint::Min(3),
        Constraint::Length(5),
    ])
    .areas(area);

    let shown = state.shown().len();
    let fit =
        ((area.width.saturating_sub(GUTTER)) / MIN_PANE).clamp(1, shown.max(1) as u16) as usize;
    state.fit.set(fit);
    let panes = state.panes();
    let pane_width = (area.width.saturating_sub(GUTTER)) / panes.len().max(1) as u16;

    let story = &state.story;
    let hidden = state.hidden.iter().filter(|h| **h).count();
    let more = if panes.len() < shown {
        format!(
            " · panes {}–{} of {} (h/l scroll)",
            state.first + 1,
            state.first + panes.len(),
            shown
        )
    } else {
        String::new()
    };
    let hidden_note = if hidden > 0 {
        format!(" · {hidden} hidden")
    } else {
        String::new()
    };
    let line = Line::from(vec![
        Span::styled(format!(" {} ", story.entry.title), theme.title),
        Span::styled(
            format!(
                "· {} facts shared{more}{hidden_note} · ",
                story.alignment.groups.len()
            ),
            theme.dim,
        ),
        Span::styled("changed", theme.changed),
        Span::styled(" · ", theme.dim),
        Span::styled("only here", theme.only),
        Span::styled(" · ", theme.dim),
        Span::styled("unique sentence", theme.unique),
    ]);
    frame.render_widget(Paragraph::new(line), header);

    let mut hits = app.hits.borrow_mut();
    hits.panes.clear();
    hits.rows.clear();
    for (i, &doc) in panes.iter().enumerate() {
        let x = titles.x + GUTTER + i as u16 * pane_width;
        let rect = Rect {
            x,
            y: titles.y,
            width: pane_width,
            height: titles.height,
        };
        let focused = state.zoom || state.shown().get(state.focus) == Some(&doc);
        let article = &story.articles[doc];
        let border = if focused {
            theme.focus_border
        } else {
            theme.border
        };
        let block = Block::new().borders(Borders::BOTTOM).border_style(border);
        let label = Line::from(Span::styled(
            match &article.author {
                Some(author) => format!("  [{}] {} · by {author}", doc + 1, article.label()),
                None => format!("  [{}] {}", doc + 1, article.label()),
            },
            if focused { theme.title } else { theme.text },
        ));
        let headline = Line::from(Span::styled(
            format!("  {}", article.title.clone().unwrap_or_default()),
            theme.dim,
        ));
        frame.render_widget(Paragraph::new(vec![label, headline]).block(block), rect);
        hits.panes.push((
            x,
            x + pane_width,
            state.shown().iter().position(|&d| d == doc).unwrap_or(0),
        ));
    }

    // Each cell's wrapped lines (cached), and a row's height with its blank line.
    let text_width = pane_width.saturating_sub(2) as usize;
    let lines_of = |r: usize, doc: usize| {
        state.wrapped.borrow_mut().get(r, doc, text_width, || {
            let row = &story.rows[r];
            if row.cells[doc].is_empty() {
                return Vec::new();
            }
            let base = if row.group.is_none() {
                theme.unique
            } else {
                theme.text
            };
            marked_lines(
                theme,
                &cell_spans(&story.alignment, row, doc, &story.articles[doc].sentences),
                text_width,
                base,
            )
        })
    };
    let height_of = |r: usize| -> u16 {
        panes
            .iter()
            .map(|&d| lines_of(r, d).len())
            .max()
            .unwrap_or(1)
            .max(1) as u16
            + 1
    };
    // The top row: kept if the selection still fits below it, else the highest
    // row from which the selection fits (walking up from the selection once).
    let mut top = state.top.get().min(state.selected);
    let mut used = 0u16;
    let mut fits_from = state.selected;
    for r in (top..=state.selected).rev().filter(|&r| state.visible(r)) {
        used = used.saturating_add(height_of(r));
        if used > body.height && r != state.selected {
            break;
        }
        fits_from = r;
    }
    if fits_from > top {
        top = fits_from;
    }
    state.top.set(top);

    let buf = frame.buffer_mut();
    let mut y = body.y;
    let mut drawn = 0;
    for r in (top..story.rows.len()).filter(|&r| state.visible(r)) {
        if y >= body.bottom() {
            break;
        }
        let h = height_of(r).min(body.bottom() - y);
        let rect = Rect {
            x: body.x,
            y,
            width: body.width,
            height: h,
        };
        let cells: Vec<_> = panes.iter().map(|&d| lines_of(r, d)).collect();
        draw_row(app, state, r, rect, &panes, &cells, pane_width, buf);
        hits.rows.push((rect, r));
        y += h;
        drawn += 1;
    }
    app.page.set(drawn.max(2) - 1);
    drop(hits);
    draw_detail(app, state, frame, detail);
    if state.choosing.is_some() {
        draw_chooser(app, state, frame, area);
    }
}

#[allow(clippy::too_many_arguments)] // one row's geometry and content, drawn in one place
fn draw_row(
    app: &App,
    state: &CompareState,
    r: usize,
    rect: Rect,
    panes: &[usize],
    cells: &[std::rc::Rc<Vec<Line<'static>>>],
    pane_width: u16,
    buf: &mut Buffer,
) {
    let theme = &app.theme;
    let row = &state.story.rows[r];
    let selected = r == state.selected;
    let text_height = rect.height.saturating_sub(1).max(1);
    if selected {
        buf.set_style(
            Rect {
                height: text_height,
                ..rect
            },
            theme.selected,
        );
    }
    let (marker, style) = match state.kind(r) {
        RowKind::Disagrees => ("≠", theme.disagree),
        RowKind::Differs => ("≈", theme.differ),
        RowKind::Worded => ("~", theme.changed),
        RowKind::Unique => ("+", theme.unique),
        RowKind::Same => ("=", theme.dim),
    };
    let marker = if selected {
        format!("▶{marker}")
    } else {
        format!(" {marker}")
    };
    buf.set_string(rect.x, rect.y, marker, style);
    for (i, (&doc, lines)) in panes.iter().zip(cells).enumerate() {
        let x = rect.x + GUTTER + i as u16 * pane_width;
        for dy in 0..text_height {
            buf.set_string(x, rect.y + dy, "│", theme.border);
        }
        if row.cells[doc].is_empty() {
            buf.set_string(x + 2, rect.y, "·", theme.dim);
            continue;
        }
        let area = Rect {
            x: x + 2,
            y: rect.y,
            width: pane_width.saturating_sub(2),
            height: text_height,
        };
        for (dy, line) in lines.iter().take(text_height as usize).enumerate() {
            buf.set_line(area.x, area.y + dy as u16, line, area.width);
        }
    }
}

fn draw_detail(app: &App, state: &CompareState, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let story = &state.story;
    let row = &story.rows[state.selected.min(story.rows.len().saturating_sub(1))];
    let outlets: Vec<usize> = row.present().filter(|&d| !state.hidden[d]).collect();
    let label = |d: usize| format!("[{}] {}", d + 1, story.articles[d].label());
    let mut lines = Vec::new();
    match row.group {
        None => lines.push(Line::from(vec![
            Span::styled("Only ", theme.text),
            Span::styled(
                outlets.first().map(|&d| label(d)).unwrap_or_default(),
                theme.unique,
            ),
            Span::styled(" reports this; no other outlet states it.", theme.text),
        ])),
        Some(g) => {
            let group = &story.alignment.groups[g];
            lines.push(Line::from(Span::styled(
                format!(
                    "Stated by {} of {} outlets: {}",
                    outlets.len(),
                    story.articles.len(),
                    outlets
                        .iter()
                        .map(|&d| label(d))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                theme.text,
            )));
            if group.discrepancies.is_empty() {
                lines.push(Line::from(Span::styled(
                    "No number, date, name, quote or verb differs.",
                    theme.dim,
                )));
            }
            for d in &group.discrepancies {
                let style: Style = if d.agrees() {
                    theme.agree
                } else if d.compatible() {
                    theme.differ
                } else {
                    theme.disagree
                };
                let verdict = d.verdict();
                let mut spans = vec![Span::styled(format!("{}: ", d.kind.label()), style)];
                for (k, v) in d.values.iter().enumerate() {
                    if k > 0 {
                        spans.push(Span::styled(" · ", theme.dim));
                    }
                    spans.push(Span::styled(format!("[{}] ", v.doc + 1), theme.dim));
                    spans.push(Span::styled(
                        v.text
                            .as_deref()
                            .map_or("—".to_string(), |t| format!("“{t}”")),
                        theme.text,
                    ));
                }
                spans.push(Span::styled(format!(" — {verdict}"), style));
                lines.push(Line::from(spans));
            }
        }
    }
    let (position, total) = state.place();
    let block = Block::new()
        .borders(Borders::TOP)
        .border_style(theme.border)
        .title(Span::styled(
            format!(" row {position} of {total} "),
            theme.dim,
        ));
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(ratatui::widgets::Wrap { trim: true }),
        area,
    );
}

fn draw_chooser(app: &App, state: &CompareState, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let items: Vec<ListItem> = state
        .order
        .iter()
        .map(|&d| {
            let check = if state.hidden[d] { "[ ]" } else { "[x]" };
            ListItem::new(format!(
                "{check} [{}] {}",
                d + 1,
                state.story.articles[d].label()
            ))
        })
        .collect();
    let rect = super::centered(area, 50, state.order.len() as u16 + 4);
    super::clear(frame, rect);
    let list = List::new(items).highlight_style(theme.selected).block(
        Block::bordered()
            .title(" Outlets shown ")
            .title_bottom(" Space toggles · Esc closes ")
            .border_style(theme.focus_border),
    );
    let mut list_state = ListState::default().with_selected(state.choosing);
    frame.render_stateful_widget(list, rect, &mut list_state);
}
