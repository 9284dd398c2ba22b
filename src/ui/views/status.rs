//! The status bar: where you are, and the keys that matter here (the live
//! bindings), or the last message.

use crate::ui::app::{App, Screen};
use crate::ui::keys::Action;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let place = match app.screen {
        Screen::Library => "Library",
        Screen::Story => "Story",
        Screen::Reader => "Reader",
        Screen::Compare => "Compare",
        Screen::Matrix => "Coverage",
    };
    let keys: &[(Action, &str)] = match app.screen {
        Screen::Library if app.library.filtering => &[],
        Screen::Library => &[
            (Action::Open, "open"),
            (Action::Compare, "compare"),
            (Action::Filter, "filter"),
            (Action::Sort, "sort"),
            (Action::Help, "help"),
            (Action::Back, "quit"),
        ],
        Screen::Story => &[
            (Action::Open, "read"),
            (Action::Mark, "mark"),
            (Action::Compare, "compare"),
            (Action::Matrix, "coverage"),
            (Action::Help, "help"),
            (Action::Back, "back"),
        ],
        Screen::Reader => &[
            (Action::Down, "scroll"),
            (Action::PageDown, "page"),
            (Action::Help, "help"),
            (Action::Back, "back"),
        ],
        Screen::Compare => &[
            (Action::NextDifference, "next diff"),
            (Action::NextDiscrepancy, "discrepancy"),
            (Action::FocusNext, "focus"),
            (Action::Zoom, "zoom"),
            (Action::ChooseOutlets, "outlets"),
            (Action::Matrix, "coverage"),
            (Action::Help, "help"),
            (Action::Back, "back"),
        ],
        Screen::Matrix => &[
            (Action::Open, "show in comparison"),
            (Action::Help, "help"),
            (Action::Back, "back"),
        ],
    };
    let mut spans = vec![Span::styled(
        format!(" parallax › {place} "),
        theme.status.patch(theme.title),
    )];
    if let Some(message) = &app.message {
        spans.push(Span::styled(format!(" {message}"), theme.status));
    } else if app.library.filtering && app.screen == Screen::Library {
        spans.push(Span::styled(
            " type to filter · Enter keep · Esc clear",
            theme.status,
        ));
    } else {
        for (action, label) in keys {
            spans.push(Span::styled(
                format!(" {} ", app.keys.hint(*action)),
                theme.status.patch(theme.key),
            ));
            spans.push(Span::styled(format!("{label} "), theme.status));
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)).style(theme.status), area);
}
