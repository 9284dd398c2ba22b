//! The help overlay: every action with the keys bound to it now, the current
//! view's first. On a screen too short for the list it scrolls (the movement keys),
//! and its bottom border says how many lines are above and below.

use crate::ui::app::{App, Screen};
use crate::ui::keys::{Action, Keymap};
use crate::ui::theme::Theme;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

const ORDER: &[Action] = &[
    Action::Up,
    Action::Down,
    Action::PageUp,
    Action::PageDown,
    Action::Top,
    Action::Bottom,
    Action::Open,
    Action::Back,
    Action::Quit,
    Action::Filter,
    Action::Sort,
    Action::Mark,
    Action::Compare,
    Action::Matrix,
    Action::NextDifference,
    Action::PrevDifference,
    Action::NextDiscrepancy,
    Action::FocusNext,
    Action::FocusPrev,
    Action::PaneLeft,
    Action::PaneRight,
    Action::Zoom,
    Action::Swap,
    Action::ChooseOutlets,
    Action::Refresh,
    Action::Help,
];

/// The actions that matter most on each screen, listed first.
fn first(screen: Screen) -> &'static [Action] {
    match screen {
        Screen::Library => &[
            Action::Open,
            Action::Compare,
            Action::Filter,
            Action::Sort,
            Action::Refresh,
        ],
        Screen::Story => &[Action::Open, Action::Mark, Action::Compare, Action::Matrix],
        Screen::Reader => &[Action::Down, Action::Up, Action::PageDown, Action::PageUp],
        Screen::Compare => &[
            Action::NextDifference,
            Action::PrevDifference,
            Action::NextDiscrepancy,
            Action::FocusNext,
            Action::FocusPrev,
            Action::PaneLeft,
            Action::PaneRight,
            Action::Zoom,
            Action::Swap,
            Action::ChooseOutlets,
            Action::Matrix,
        ],
        Screen::Matrix => &[Action::Open],
    }
}

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let help = Help {
        keys: &app.keys,
        theme: &app.theme,
        screen: app.screen,
        scroll: app.help_scroll,
    };
    let lines = help.lines();
    let height = (lines.len() as u16 + 2).min(area.height);
    let rect = super::centered(area, 70, height);
    app.help_hidden.set(
        lines
            .len()
            .saturating_sub(usize::from(rect.height.saturating_sub(2))),
    );
    super::clear(frame, rect);
    frame.render_widget(help, rect);
}

/// Every action with the keys bound to it now, and the filter's own keys.
struct Help<'a> {
    keys: &'a Keymap,
    theme: &'a Theme,
    screen: Screen,
    /// The first line shown, as asked (clamped to what the height hides).
    scroll: usize,
}

impl Help<'_> {
    fn lines(&self) -> Vec<Line<'static>> {
        let theme = self.theme;
        let mut lines = vec![
            Line::from(Span::styled(
                "Keys (rebind them in config.toml)",
                theme.title,
            )),
            Line::default(),
        ];
        let here = first(self.screen);
        let rest = ORDER.iter().filter(|a| !here.contains(a));
        for &action in here.iter().chain(rest) {
            let keys = self.keys.keys_for(action).join(", ");
            lines.push(Line::from(vec![
                Span::styled(format!("{keys:>16}  "), theme.key),
                Span::styled(action.describe(), theme.text),
            ]));
        }
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(
            format!("Filter: {}.", super::status::filter_hint(self.keys)),
            theme.dim,
        )));
        lines.push(Line::from(Span::styled(
            "Mouse: click selects, wheel scrolls.",
            theme.dim,
        )));
        lines
    }
}

impl Widget for Help<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let lines = self.lines();
        let room = usize::from(area.height.saturating_sub(2));
        let hidden = lines.len().saturating_sub(room);
        let top = self.scroll.min(hidden);
        let mut block = Block::bordered()
            .title(" Help ")
            .border_style(self.theme.focus_border);
        if hidden > 0 {
            let (above, below) = (top, hidden - top);
            let (up, down) = (
                self.keys.keys_for(Action::Up).join("/"),
                self.keys.keys_for(Action::Down).join("/"),
            );
            block = block.title_bottom(Line::from(Span::styled(
                format!(" {above} more above ({up}) · {below} more below ({down}) "),
                self.theme.key,
            )));
        }
        Paragraph::new(lines)
            .scroll((u16::try_from(top).unwrap_or(u16::MAX), 0))
            .block(block)
            .render(area, buf);
    }
}
