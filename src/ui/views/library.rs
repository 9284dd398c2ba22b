//! The library view: stories with their outlets, dates and how much the outlets
//! agree, and how many articles are new since the interface opened; filter as
//! you type, sort, open. The cursor's offset is settled by the
//! state (`App::settle`); the widgets here draw.

use super::{bar, day};
use crate::ui::app::App;
use crate::ui::data::{StoryEntry, StoryKey};
use crate::ui::keys::{Action, Keymap};
use crate::ui::layout;
use crate::ui::lists::LibraryState;
use crate::ui::theme::Theme;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Row, StatefulWidget, Table, TableState, Widget, Wrap};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let (theme, lib) = (&app.theme, &app.library);
    let [hint, filter, list] = layout::library(area, lib.is_demo(), lib.filter_line());
    if lib.is_demo() {
        frame.render_widget(
            DemoHint {
                theme,
                keys: &app.keys,
            },
            hint,
        );
    }
    if lib.filter_line() {
        frame.render_widget(FilterLine { lib, theme }, filter);
    }
    frame.render_widget(StoryTable { lib, theme }, list);
    if lib.shown_len() == 0 {
        let msg = Paragraph::new(Span::styled(
            format!("No story matches “{}”.", lib.filter),
            theme.dim,
        ));
        frame.render_widget(msg, super::centered(list, 40, 1));
    }
}

/// Above an empty library: what the demo is and how to add articles.
struct DemoHint<'a> {
    theme: &'a Theme,
    keys: &'a Keymap,
}

impl Widget for DemoHint<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.theme;
        Paragraph::new(vec![
            Line::from(vec![
                Span::styled("Your library is empty", theme.title),
                Span::styled(" — here is the bundled demo story to try.", theme.text),
            ]),
            Line::from(vec![
                Span::styled(self.keys.hint(Action::Open), theme.key),
                Span::styled(" opens it, then ", theme.text),
                Span::styled(self.keys.hint(Action::Compare), theme.key),
                Span::styled(
                    " compares its outlets. Add your own articles with ",
                    theme.text,
                ),
                Span::styled("parallax add FILE_OR_FOLDER…", theme.key),
            ]),
        ])
        .wrap(Wrap { trim: true })
        .render(area, buf);
    }
}

/// The filter as typed, with a cursor while typing.
struct FilterLine<'a> {
    lib: &'a LibraryState,
    theme: &'a Theme,
}

impl Widget for FilterLine<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let cursor = if self.lib.filtering { "▏" } else { "" };
        Paragraph::new(Line::from(vec![
            Span::styled(" / ", self.theme.key),
            Span::styled(format!("{}{cursor}", self.lib.filter), self.theme.text),
        ]))
        .render(area, buf);
    }
}

/// The stories shown: title, outlets, dates, agreement.
struct StoryTable<'a> {
    lib: &'a LibraryState,
    theme: &'a Theme,
}

impl StoryTable<'_> {
    /// One story's row: title (marked demo or new), outlets, dates, agreement.
    fn row(&self, e: &StoryEntry, narrow: bool) -> Row<'static> {
        let (lib, theme) = (self.lib, self.theme);
        let dates = match (e.first.as_deref(), e.last.as_deref()) {
            (Some(a), Some(b)) if !narrow && day(Some(a)) != day(Some(b)) => {
                format!("{} – {}", day(Some(a)), day(Some(b)))
            }
            (a, b) => day(if narrow { b.or(a) } else { a }),
        };
        // A story from one outlet has nothing to agree with: no figure, not 0 %.
        // `·` is a figure not measured yet.
        let (agreement, agreement_style) = match e.agreement {
            _ if e.outlets < 2 => ("—".to_string(), theme.dim),
            None => ("·".to_string(), theme.dim),
            Some(a) => (
                format!("{} {:>3.0}%", bar(a, if narrow { 4 } else { 8 }), a * 100.0),
                theme.agree,
            ),
        };
        let mut title = vec![Span::styled(e.title.clone(), theme.text)];
        if e.key == StoryKey::Demo {
            title.insert(0, Span::styled("DEMO ", theme.demo));
        }
        let new = lib.new_articles(e);
        if new > 0 {
            title.insert(0, Span::styled(format!("+{new} new "), theme.only));
        }
        Row::new(vec![
            Line::from(title),
            Line::from(Span::styled(
                format!(
                    "{:>2} outlet{}",
                    e.outlets,
                    if e.outlets == 1 { "" } else { "s" }
                ),
                theme.text,
            )),
            Line::from(Span::styled(dates, theme.dim)),
            Line::from(Span::styled(agreement, agreement_style)),
        ])
    }
}

impl Widget for StoryTable<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (lib, theme) = (self.lib, self.theme);
        // On narrow screens the title keeps the room: one date, a short bar.
        let narrow = area.width < 110;
        let shown = lib.shown();
        let rows: Vec<Row> = shown.iter().map(|e| self.row(e, narrow)).collect();
        let fresh = lib
            .entries
            .iter()
            .filter(|e| lib.new_articles(e) > 0)
            .count();
        let fresh = if fresh > 0 {
            format!(" · {fresh} with new articles")
        } else {
            String::new()
        };
        let count = format!(
            " {} of {} stories{fresh} · sorted by {} ",
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
        .block(super::panel(theme, " Library ").title_bottom(Span::styled(count, theme.dim)));
        let mut state = TableState::default()
            .with_selected(Some(lib.cursor.selected))
            .with_offset(lib.cursor.offset);
        StatefulWidget::render(table, area, buf, &mut state);
    }
}
