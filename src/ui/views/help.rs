//! The help overlay: every action with the keys bound to it now.

use crate::ui::app::App;
use crate::ui::keys::Action;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

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
    Action::Help,
];

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let theme = &app.theme;
    let mut lines = vec![
        Line::from(Span::styled(
            "Keys (rebind them in config.toml)",
            theme.title,
        )),
        Line::default(),
    ];
    for &action in ORDER {
        let keys = app.keys.keys_for(action).join(", ");
        lines.push(Line::from(vec![
            Span::styled(format!("{keys:>16}  "), theme.key),
            Span::styled(action.describe(), theme.text),
        ]));
    }
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(
        "Mouse: click selects, wheel scrolls.",
        theme.dim,
    )));
    let height = (lines.len() as u16 + 2).min(area.height);
    let rect = super::centered(area, 70, height);
    super::clear(frame, rect);
    let block = Block::bordered()
        .title(" Help ")
        .border_style(theme.focus_border);
    frame.render_widget(Paragraph::new(lines).block(block), rect);
}
