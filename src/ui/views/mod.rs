//! Drawing: one file per view, each made of small widgets. Views read the
//! [`App`] that [`App::settle`] has prepared for the frame (scroll offsets,
//! wrapped lines, where each part goes) and write into the buffer; they never
//! change state.

mod compare;
mod help;
mod library;
mod matrix;
mod reader;
mod status;
mod story;

use super::app::{App, Loading, Screen};
use crate::align::Mark;
use crate::ui::keys::{Action, Keymap};
use crate::ui::layout;
use crate::ui::theme::Theme;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

pub use crate::ui::layout::{MIN_HEIGHT, MIN_WIDTH, centered};

/// Draws the frame the app has settled (see [`App::settle`]).
pub fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    if layout::too_small(area) {
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
    let [main, bar] = layout::screen(area);
    match app.screen {
        Screen::Library => library::draw(app, frame, main),
        Screen::Story => story::draw(app, frame, main),
        Screen::Reader => reader::draw(app, frame, main),
        Screen::Compare => compare::draw(app, frame, main),
        Screen::Matrix => matrix::draw(app, frame, main),
    }
    frame.render_widget(status::StatusBar { app }, bar);
    if let Some(loading) = &app.loading {
        let area = centered(main, 60, 4);
        clear(frame, area);
        frame.render_widget(
            Progress {
                loading,
                theme: &app.theme,
                keys: &app.keys,
            },
            area,
        );
    }
    if app.help {
        help::draw(app, frame, main);
    }
}

/// The popup while a story is being aligned: what, and for how long.
struct Progress<'a> {
    loading: &'a Loading,
    theme: &'a Theme,
    keys: &'a Keymap,
}

impl Widget for Progress<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let block = Block::bordered().border_style(self.theme.focus_border);
        let spinner = ['|', '/', '-', '\\'];
        let elapsed = self.loading.started.elapsed();
        let progress = format!(
            "{} {} s   ({} stops, {} quits)",
            spinner[(elapsed.as_millis() / 250) as usize % spinner.len()],
            elapsed.as_secs(),
            self.keys.hint(Action::Back),
            self.keys.hint(Action::Quit),
        );
        Paragraph::new(vec![
            Line::from(self.loading.what.as_str()),
            Line::from(progress),
        ])
        .style(self.theme.text)
        .block(block)
        .render(area, buf);
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

/// One wrapped line of marked runs, styled.
pub fn styled_line<'a>(theme: &Theme, line: &'a [(String, Mark)], base: Style) -> Line<'a> {
    Line::from(
        line.iter()
            .map(|(t, m)| Span::styled(t.as_str(), mark_style(theme, base, *m)))
            .collect::<Vec<_>>(),
    )
}

/// What marks an article whose outlet is unknown (see `Article::label`).
const UNKNOWN: &str = " (outlet unknown)";

/// "[n] outlet" in at most `cols` columns: a name too long is shortened, but
/// an unknown outlet keeps its "(outlet unknown)" mark, dimmed.
pub fn outlet_spans(
    article: &crate::ingest::Article,
    doc: usize,
    cols: usize,
    style: Style,
    dim: Style,
) -> Vec<Span<'static>> {
    let label = article.label();
    let number = format!("[{}] ", doc + 1);
    let (name, unknown) = match label.strip_suffix(UNKNOWN) {
        Some(name) if article.outlet.is_none() => (name.to_string(), true),
        _ => (label, false),
    };
    let mark = if unknown { UNKNOWN } else { "" };
    let room = cols.saturating_sub(number.chars().count() + mark.chars().count());
    let mut spans = vec![
        Span::styled(number, style),
        Span::styled(
            crate::text::wrap::shorten(&name, room.max(4)).into_owned(),
            style,
        ),
    ];
    if unknown {
        spans.push(Span::styled(mark, dim));
    }
    spans
}

/// A bordered panel titled in the title style.
pub fn panel<'a>(theme: &Theme, title: impl Into<std::borrow::Cow<'a, str>>) -> Block<'a> {
    Block::bordered()
        .title(Span::styled(title, theme.title))
        .border_style(theme.border)
}
