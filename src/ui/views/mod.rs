//! Drawing: one file per view. Views read the [`App`] and write into the frame;
//! they never change state (scroll offsets the frame settles are kept in cells).

mod compare;
mod help;
mod library;
mod matrix;
mod reader;
mod status;
mod story;

use super::app::{App, Screen};
use crate::align::Mark;
use crate::ui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

/// The smallest screen parallax draws on.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;

pub fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let text = format!(
            "Terminal too small ({}×{}): parallax needs at least {MIN_WIDTH}×{MIN_HEIGHT}.",
            area.width, area.height
        );
        frame.render_widget(
            Paragraph::new(text)
                .wrap(Wrap { trim: true })
                .style(app.theme.text),
            area,
        );
        return;
    }
    let [main, bar] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
    match app.screen {
        Screen::Library => library::draw(app, frame, main),
        Screen::Story => story::draw(app, frame, main),
        Screen::Reader => reader::draw(app, frame, main),
        Screen::Compare => compare::draw(app, frame, main),
        Screen::Matrix => matrix::draw(app, frame, main),
    }
    status::draw(app, frame, bar);
    if let Some(loading) = &app.loading {
        let area = centered(main, 60, 4);
        clear(frame, area);
        let block = ratatui::widgets::Block::bordered().border_style(app.theme.focus_border);
        let spinner = ['|', '/', '-', '\\'];
        let elapsed = loading.started.elapsed();
        let progress = format!(
            "{} {} s   (Esc stops, q quits)",
            spinner[(elapsed.as_millis() / 250) as usize % spinner.len()],
            elapsed.as_secs()
        );
        frame.render_widget(
            Paragraph::new(vec![
                ratatui::text::Line::from(loading.what.as_str()),
                ratatui::text::Line::from(progress),
            ])
            .style(app.theme.text)
            .block(block),
            area,
        );
    }
    if app.help {
        help::draw(app, frame, main);
    }
}

/// Clears `rect` for a popup. A wide character just left of it would spill
/// into its first column (and the terminal diff would then skip the border
/// there): it is blanked.
pub fn clear(frame: &mut Frame, rect: Rect) {
    frame.render_widget(Clear, rect);
    if rect.x == 0 {
        return;
    }
    let buf = frame.buffer_mut();
    for y in rect.y..rect.bottom() {
        let cell = &mut buf[(rect.x - 1, y)];
        if crate::text::wrap::width(cell.symbol()) > 1 {
            cell.set_symbol(" ");
        }
    }
}

/// A rectangle of at most `width`×`height` in the middle of `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// The style a mark carries on top of the base style.
pub fn mark_style(theme: &Theme, base: Style, mark: Mark) -> Style {
    match mark {
        Mark::Same => base,
        Mark::Changed => base.patch(theme.changed),
        Mark::Only => base.patch(theme.only),
    }
}

/// Wrapped, marked text as lines of styled spans.
pub fn marked_lines(
    theme: &Theme,
    spans: &[(&str, Mark)],
    width: usize,
    base: Style,
) -> Vec<Line<'static>> {
    crate::text::wrap::wrap(spans, width)
        .into_iter()
        .map(|line| {
            Line::from(
                line.into_iter()
                    .map(|(t, m)| Span::styled(t, mark_style(theme, base, m)))
                    .collect::<Vec<_>>(),
            )
        })
        .collect()
}

/// A short date from an ISO timestamp.
pub fn day(iso: Option<&str>) -> String {
    iso.map_or("—".to_string(), |d| d.chars().take(10).collect())
}

/// A bar of `width` cells filled to `ratio`.
pub fn bar(ratio: f32, width: usize) -> String {
    let filled = ((ratio.clamp(0.0, 1.0) * width as f32).round() as usize).min(width);
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}
