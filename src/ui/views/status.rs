//! The status bar: where you are, and the keys that matter here (the live
//! bindings, so a rebound key shows as bound), or the last message.

use crate::ui::app::{App, Screen};
use crate::ui::keys::{Action, Keymap};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// The actions worth a hint on each screen, with what they do there.
pub fn hints(screen: Screen) -> &'static [(Action, &'static str)] {
    match screen {
        Screen::Library => &[
            (Action::Open, "open"),
            (Action::Compare, "compare"),
            (Action::Filter, "filter"),
            (Action::Sort, "sort"),
            (Action::Refresh, "refresh"),
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
    }
}

/// The hint while the library filter takes typing: the keys that end it.
pub fn filter_hint(keys: &Keymap) -> String {
    format!(
        "type to filter · {} keep · {} clear",
        keys.command_hint(Action::Open),
        keys.command_hint(Action::Back)
    )
}

pub struct StatusBar<'a> {
    pub app: &'a App,
}

impl StatusBar<'_> {
    /// The current screen's hints that fit in `room` columns, in order; help
    /// and back (or quit) always show.
    fn hints(&self, mut room: usize) -> Vec<Span<'static>> {
        let (app, theme) = (self.app, &self.app.theme);
        let hints: Vec<(String, &str, bool)> = hints(app.screen)
            .iter()
            .map(|&(action, label)| {
                let always = matches!(action, Action::Help | Action::Back);
                (app.keys.hint(action), label, always)
            })
            .collect();
        let width = |key: &str, label: &str| key.chars().count() + label.chars().count() + 3;
        let kept: usize = hints
            .iter()
            .filter(|h| h.2)
            .map(|(k, l, _)| width(k, l))
            .sum();
        room = room.saturating_sub(kept);
        let mut spans = Vec::new();
        for (key, label, always) in hints {
            if !always {
                if width(&key, label) > room {
                    continue;
                }
                room -= width(&key, label);
            }
            spans.push(Span::styled(
                format!(" {key} "),
                theme.status.patch(theme.key),
            ));
            spans.push(Span::styled(format!("{label} "), theme.status));
        }
        spans
    }
}

impl Widget for StatusBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let theme = &app.theme;
        let place = match app.screen {
            Screen::Library => "Library",
            Screen::Story => "Story",
            Screen::Reader => "Reader",
            Screen::Compare => "Compare",
            Screen::Matrix => "Coverage",
        };
        let mut spans = vec![Span::styled(
            format!(" parallax › {place} "),
            theme.status.patch(theme.title),
        )];
        if let Some(refresh) = &app.refresh {
            spans.push(Span::styled(
                format!(" {} ", refresh.progress()),
                theme.status,
            ));
        }
        if let Some(message) = &app.message {
            // Messages can quote a server or a feed (a failing URL and its reason):
            // nothing of theirs reaches the terminal as a control sequence.
            let message = crate::text::sanitize(message);
            // A message too long for the bar takes the place's room too.
            let wanted =
                spans.iter().map(|s| s.width()).sum::<usize>() + 1 + message.chars().count();
            if wanted > area.width as usize {
                spans.clear();
            }
            spans.push(Span::styled(format!(" {message}"), theme.status));
        } else if app.library.filtering && app.screen == Screen::Library {
            spans.push(Span::styled(
                format!(" {}", filter_hint(&app.keys)),
                theme.status,
            ));
        } else {
            let used: usize = spans.iter().map(|s| s.width()).sum();
            spans.extend(self.hints((area.width as usize).saturating_sub(used)));
        }
        Paragraph::new(Line::from(spans))
            .style(theme.status)
            .render(area, buf);
    }
}
