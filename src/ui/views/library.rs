//! The library view: stories with their outlets, dates and how much the outlets
//! agree; filter as you type, sort, open.

use super::{bar, day};
use crate::ui::app::App;
use crate::ui::data::StoryKey;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Row, Table, TableState};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let lib = &app.library;
    let demo = lib.is_demo();
    let hint_height = if demo { 3 } else { 0 };
    let filter_height = u16::from(lib.filtering || !lib.filter.is_empty());
    let [hint, filter, list] = Layout::vertical([
        Constraint::Length(hint_height),
        Constraint::Length(filter_height),
        Constraint::Min(1),
    ])
    .areas(area);
    if demo {
        let text = vec![
            Line::from(vec![
                Span::styled("Your library is empty", theme.title),
                Span::styled(" — here is the bundled demo story to try.", theme.text),
            ]),
            Line::from(vec![
                Span::styled("Enter", theme.key),
                Span::styled(" opens it, then ", theme.text),
                Span::styled(app.keys.hint(crate::ui::keys::Action::Compare), theme.key),
                Span::styled(
                    " compares its outlets. Add your own articles with ",
                    theme.text,
                ),
                Span::styled("parallax add FILE_OR_FOLDER…", theme.key),
            ]),
        ];
        frame.render_widget(Paragraph::new(text), hint);
    }
    if filter_height > 0 {
        let cursor = if lib.filtering { "▏" } else { "" };
        let line = Line::from(vec![
            Span::styled(" / ", theme.key),
            Span::styled(format!("{}{cursor}", lib.filter), theme.text),
        ]);
        frame.render_widget(Paragraph::new(line), filter);
    }

    // On narrow screens the title keeps the room: one date, a short bar.
    let narrow = list.width < 110;
    let shown = lib.shown();
    let rows: Vec<Row> = shown
        .iter()
        .map(|e| {
            let dates = match (e.first.as_deref(), e.last.as_deref()) {
                (Some(a), Some(b)) if !narrow && day(Some(a)) != day(Some(b)) => {
                    format!("{} – {}", day(Some(a)), day(Some(b)))
                }
                (a, b) => day(if narrow { b.or(a) } else { a }),
            };
            let agreement = e.agreement.map_or_else(
                || format!("{:<8} ", "·"),
                |a| format!("{} {:>3.0}%", bar(a, if narrow { 4 } else { 8 }), a * 100.0),
            );
            let mut title = vec![Span::styled(e.title.clone(), theme.text)];
            if e.key == StoryKey::Demo {
                title.insert(0, Span::styled("DEMO ", theme.demo));
            }
            Row::new(vec![
                Line::from(title),
                Line::from(Span::styled(
                    format!("{:>2} outlets", e.outlets),
                    theme.text,
                )),
                Line::from(Span::styled(dates, theme.dim)),
                Line::from(Span::styled(agreement, theme.agree)),
            ])
        })
        .collect();
    let count = format!(
        " {} of {} stories · sorted by {} ",
        shown.len(),
        lib.entries.len(),
        lib.sort.label()
    );
    let table = Table::new(
        rows,
        [
            Constraint::Fill(1),
            Constraint::Length(10),
            Constraint::Length(if narrow { 10 } else { 23 }),
            Constraint::Length(if narrow { 9 } else { 14 }),
        ],
    )
    .header(Row::new(vec!["story", "outlets", "dates", "agreement"]).style(theme.dim))
    .row_highlight_style(theme.selected)
    .highlight_symbol("▶ ")
    .block(
        Block::bordered()
            .title(Span::styled(" Library ", theme.title))
            .title_bottom(Span::styled(count, theme.dim))
            .border_style(theme.border),
    );
    let mut state = TableState::default()
        .with_selected(Some(lib.cursor.selected))
        .with_offset(lib.cursor.offset.get());
    frame.render_stateful_widget(table, list, &mut state);
    lib.cursor.offset.set(state.offset());
    app.page.set(list.height.saturating_sub(4) as usize);
    app.hits.borrow_mut().list = Some((list, 2, state.offset()));
    if shown.is_empty() {
        let msg = Paragraph::new(Span::styled(
            format!("No story matches “{}”.", lib.filter),
            theme.dim,
        ));
        frame.render_widget(msg, super::centered(list, 40, 1));
    }
}
