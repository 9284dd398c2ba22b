//! The help overlay: every action with the keys bound to it now.

use crate::ui::app::App;
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

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let help = Help {
        keys: &app.keys,
        theme: &app.theme,
    };
    let lines = help.lines();
    let height = (lines.len() as u16 + 2).min(area.height);
    let rect = super::centered(area, 70, height);
    super::clear(frame, rect);
    frame.render_widget(help, rect);
}

/// Every action with the keys bound to it now, and the filter's own keys.
struct Help<'a> {
    keys: &'a Keymap,
    theme: &'a Theme,
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
        for &action in ORDER {
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
        let block = Block::bordered()
            .title(" Help ")
            .border_style(self.theme.focus_border);
        Paragraph::new(self.lines()).block(block).render(area, buf);
    }
}
