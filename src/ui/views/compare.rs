//! The comparison: one pane per outlet, side by side. Each fact row puts what the
//! outlets say about one fact on the same lines (blank where an outlet says
//! nothing); changed words are emphasised, sentences no other outlet has are
//! marked, and a gutter marker flags rows whose details differ or contradict. The
//! selected row's discrepancies are spelled out below. The state has settled
//! which rows and panes fit and wrapped their cells (`CompareState::settle`);
//! the widgets here draw them.

use super::styled_line;
use crate::ui::app::App;
use crate::ui::compare::{CompareState, GUTTER, RowKind};
use crate::ui::keys::{Action, Keymap};
use crate::ui::theme::Theme;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
/// The fewest title characters worth keeping the legend for.
const MIN_TITLE: usize = 24;

use ratatui::widgets::{
    Block, Borders, List, ListItem, ListState, Paragraph, StatefulWidget, Widget, Wrap,
};

pub fn draw(app: &App, frame: &mut Frame, area: Rect) {
    let Some(state) = &app.compare else { return };
    let theme = &app.theme;
    let layout = &state.layout;
    frame.render_widget(
        Header {
            state,
            theme,
            keys: &app.keys,
        },
        layout.header,
    );
    for &(doc, x) in &layout.panes {
        let rect = Rect {
            x,
            width: layout.pane_width,
            ..layout.titles
        };
        frame.render_widget(PaneTitle { state, theme, doc }, rect);
    }
    for &(row, rect) in &layout.rows {
        frame.render_widget(FactRowView { state, theme, row }, rect);
    }
    frame.render_widget(Detail { state, theme }, layout.detail);
    if state.choosing.is_some() {
        let rect = super::centered(area, 50, state.order.len() as u16 + 4);
        super::clear(frame, rect);
        frame.render_widget(
            Chooser {
                state,
                theme,
                keys: &app.keys,
            },
            rect,
        );
    }
}

/// The story's title, how many facts are shared, which panes are on screen,
/// and the legend.
struct Header<'a> {
    state: &'a CompareState,
    theme: &'a Theme,
    keys: &'a Keymap,
}

impl Widget for Header<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (state, theme) = (self.state, self.theme);
        let shown = state.shown().len();
        let panes = state.layout.panes.len();
        let mut facts = format!(" · {} facts shared", state.story.alignment.groups.len());
        if state.zoom && shown > 1 {
            facts.push_str(&format!(
                " · pane {} of {} ({}/{} next)",
                state.focus.min(shown - 1) + 1,
                shown,
                self.keys.hint(Action::PaneLeft),
                self.keys.hint(Action::PaneRight),
            ));
        } else if panes < shown {
            facts.push_str(&format!(
                " · panes {}–{} of {} ({}/{} scroll)",
                state.first + 1,
                state.first + panes,
                shown,
                self.keys.hint(Action::PaneLeft),
                self.keys.hint(Action::PaneRight),
            ));
        }
        let hidden = state.hidden.iter().filter(|h| **h).count();
        if hidden > 0 {
            facts.push_str(&format!(" · {hidden} hidden"));
        }
        let legend = [
            Span::styled(" · ", theme.dim),
            Span::styled("changed", theme.changed),
            Span::styled(" · ", theme.dim),
            Span::styled("only here", theme.only),
            Span::styled(" · ", theme.dim),
            Span::styled("unique sentence", theme.unique),
        ];
        // The counts and panes always show; the legend while the title keeps
        // a readable width; the title takes what is left.
        let width = area.width as usize;
        let fixed = facts.chars().count() + 1;
        let legend_width: usize = legend.iter().map(|s| s.width()).sum();
        let title = &state.story.entry.title;
        let with_legend =
            width.saturating_sub(fixed + legend_width) >= MIN_TITLE.min(title.chars().count());
        let room = width.saturating_sub(fixed + if with_legend { legend_width } else { 0 });
        let mut spans = vec![
            Span::styled(
                format!(" {}", crate::text::wrap::shorten(title, room.max(1))),
                theme.title,
            ),
            Span::styled(facts, theme.dim),
        ];
        if with_legend {
            spans.extend(legend);
        }
        Paragraph::new(Line::from(spans)).render(area, buf);
    }
}

/// A pane's outlet (and author) and the article's headline.
struct PaneTitle<'a> {
    state: &'a CompareState,
    theme: &'a Theme,
    doc: usize,
}

impl Widget for PaneTitle<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (state, theme, doc) = (self.state, self.theme, self.doc);
        let focused = state.zoom || state.shown().get(state.focus) == Some(&doc);
        let article = &state.story.articles[doc];
        let border = if focused {
            theme.focus_border
        } else {
            theme.border
        };
        let name_style = if focused { theme.title } else { theme.text };
        let cols = (area.width as usize).saturating_sub(2);
        let mut label = vec![Span::raw("  ")];
        label.extend(super::outlet_spans(
            article, doc, cols, name_style, theme.dim,
        ));
        let used: usize = label.iter().map(|s| s.width()).sum();
        if let Some(author) = &article.author {
            let by = format!(" · by {author}");
            if used + by.chars().count() <= area.width as usize {
                label.push(Span::styled(by, theme.dim));
            }
        }
        let headline = article.title.as_deref().unwrap_or_default();
        let headline = Line::from(Span::styled(
            format!("  {}", crate::text::wrap::shorten(headline, cols.max(1))),
            theme.dim,
        ));
        Paragraph::new(vec![Line::from(label), headline])
            .block(Block::new().borders(Borders::BOTTOM).border_style(border))
            .render(area, buf);
    }
}

/// One fact row across the panes: the gutter marker, then each pane's cell.
struct FactRowView<'a> {
    state: &'a CompareState,
    theme: &'a Theme,
    row: usize,
}

impl FactRowView<'_> {
    /// The gutter marker and its style: how the row reads across outlets.
    fn marker(&self) -> (String, Style) {
        let theme = self.theme;
        let (marker, style) = match self.state.kind(self.row) {
            RowKind::Disagrees => ("≠", theme.disagree),
            RowKind::Differs => ("≈", theme.differ),
            RowKind::Worded => ("~", theme.changed),
            RowKind::Unique => ("+", theme.unique),
            RowKind::Same => ("=", theme.dim),
        };
        let pointer = if self.row == self.state.selected {
            "▶"
        } else {
            " "
        };
        (format!("{pointer}{marker}"), style)
    }
}

impl Widget for FactRowView<'_> {
    fn render(self, rect: Rect, buf: &mut Buffer) {
        let (state, theme) = (self.state, self.theme);
        let row = &state.story.rows[self.row];
        let text_height = rect.height.saturating_sub(1).max(1);
        if self.row == state.selected {
            buf.set_style(
                Rect {
                    height: text_height,
                    ..rect
                },
                theme.selected,
            );
        }
        let (marker, style) = self.marker();
        buf.set_string(rect.x, rect.y, marker, style);
        let base = if row.group.is_none() {
            theme.unique
        } else {
            theme.text
        };
        let pane_width = state.layout.pane_width;
        for (i, &(doc, _)) in state.layout.panes.iter().enumerate() {
            let x = rect.x + GUTTER + i as u16 * pane_width;
            for dy in 0..text_height {
                buf.set_string(x, rect.y + dy, "│", theme.border);
            }
            if row.cells[doc].is_empty() {
                buf.set_string(x + 2, rect.y, "·", theme.dim);
                continue;
            }
            let lines = state.wrapped.lines(self.row, doc);
            for (dy, line) in lines.iter().take(text_height as usize).enumerate() {
                let line = styled_line(theme, line, base);
                buf.set_line(
                    x + 2,
                    rect.y + dy as u16,
                    &line,
                    pane_width.saturating_sub(2),
                );
            }
        }
    }
}

/// The selected row explained: who states it, and each discrepancy with its
/// values and verdict.
struct Detail<'a> {
    state: &'a CompareState,
    theme: &'a Theme,
}

impl Detail<'_> {
    fn lines(&self) -> Vec<Line<'static>> {
        let (state, theme) = (self.state, self.theme);
        let story = &state.story;
        let row = &story.rows[state.selected.min(story.rows.len().saturating_sub(1))];
        let present: Vec<usize> = row.present().collect();
        let outlets: Vec<usize> = present
            .iter()
            .copied()
            .filter(|&d| !state.hidden[d])
            .collect();
        let label = |d: usize| format!("[{}] {}", d + 1, story.articles[d].label());
        let Some(g) = row.group else {
            return vec![Line::from(vec![
                Span::styled("Only ", theme.text),
                Span::styled(
                    outlets.first().map(|&d| label(d)).unwrap_or_default(),
                    theme.unique,
                ),
                Span::styled(" reports this; no other outlet states it.", theme.text),
            ])];
        };
        let group = &story.alignment.groups[g];
        let names: Vec<String> = outlets.iter().map(|&d| label(d)).collect();
        // Panes are articles: when an outlet has two, both counts are said.
        let distinct = |docs: &mut dyn Iterator<Item = usize>| {
            docs.map(|d| story.articles[d].label())
                .collect::<std::collections::HashSet<_>>()
                .len()
        };
        let (n, all_outlets) = (
            story.articles.len(),
            distinct(&mut (0..story.articles.len())),
        );
        let mut stated = if all_outlets == n {
            format!("Stated by {} of {n} outlets: ", present.len())
        } else {
            format!(
                "Stated by {} of {n} articles ({} of {all_outlets} outlets): ",
                present.len(),
                distinct(&mut present.iter().copied())
            )
        };
        stated.push_str(&names.join(", "));
        if present.len() > outlets.len() {
            stated.push_str(&format!(" · {} more hidden", present.len() - outlets.len()));
        }
        let mut lines = vec![Line::from(Span::styled(stated, theme.text))];
        if group.discrepancies.is_empty() {
            lines.push(Line::from(Span::styled(
                "No number, date, name, quote or verb differs.",
                theme.dim,
            )));
        }
        for d in &group.discrepancies {
            let style = match crate::ui::compare::verdict(d) {
                RowKind::Disagrees => theme.disagree,
                RowKind::Differs => theme.differ,
                _ => theme.agree,
            };
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
            spans.push(Span::styled(format!(" — {}", d.verdict()), style));
            lines.push(Line::from(spans));
        }
        lines
    }
}

impl Widget for Detail<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (position, total) = self.state.place();
        let block = Block::new()
            .borders(Borders::TOP)
            .border_style(self.theme.border)
            .title(Span::styled(
                format!(" row {position} of {total} "),
                self.theme.dim,
            ));
        Paragraph::new(self.lines())
            .block(block)
            .wrap(Wrap { trim: true })
            .render(area, buf);
    }
}

/// The outlet chooser: which outlets are shown.
struct Chooser<'a> {
    state: &'a CompareState,
    theme: &'a Theme,
    keys: &'a Keymap,
}

impl Widget for Chooser<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let state = self.state;
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
        let list = List::new(items).highlight_style(self.theme.selected).block(
            Block::bordered()
                .title(" Outlets shown ")
                .title_bottom(format!(
                    " {} toggles · {} closes ",
                    self.keys.hint(Action::Mark),
                    self.keys.hint(Action::Back)
                ))
                .border_style(self.theme.focus_border),
        );
        let mut list_state = ListState::default().with_selected(state.choosing);
        StatefulWidget::render(list, area, buf, &mut list_state);
    }
}
