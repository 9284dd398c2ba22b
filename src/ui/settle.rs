//! Settling a frame: before the views draw, the app settles the current view
//! for the screen's size (scroll offsets, the comparison's panes and rows, the
//! reader's layout, the page size) and notes where things went, so that a
//! click selects what is under it. Views then only draw.

use super::app::{App, Screen};
use super::layout;
use ratatui::layout::Rect;

/// Where the last frame drew what a mouse can point at.
#[derive(Default)]
pub struct Hits {
    /// The main list: its area, header lines, and scroll offset.
    pub list: Option<(Rect, u16, usize)>,
    /// Compare rows on screen: area and row index.
    pub rows: Vec<(Rect, usize)>,
    /// Compare panes: columns from, to, and pane index.
    pub panes: Vec<(u16, u16, usize)>,
}

impl App {
    /// A click at a cell of the screen: selects the list row, fact row or pane there.
    pub fn click(&mut self, x: u16, y: u16) {
        let hits = &self.hits;
        let pos = ratatui::layout::Position { x, y };
        if self.screen == Screen::Compare {
            let row = hits
                .rows
                .iter()
                .find(|(rect, _)| rect.contains(pos))
                .map(|(_, r)| *r);
            let pane = hits
                .panes
                .iter()
                .find(|(from, to, _)| (*from..*to).contains(&x))
                .map(|(_, _, p)| *p);
            if let Some(c) = &mut self.compare {
                if let Some(r) = row {
                    c.selected = r;
                }
                if let Some(p) = pane.filter(|_| !c.zoom) {
                    c.focus = p;
                }
            }
            return;
        }
        let Some((area, header, offset)) = hits.list else {
            return;
        };
        if !area.contains(pos) || y < area.y + header {
            return;
        }
        let index = offset + (y - area.y - header) as usize;
        match self.screen {
            Screen::Library if index < self.library.shown().len() => {
                self.library.cursor.selected = index
            }
            Screen::Story => {
                if let Some(s) = self
                    .story
                    .as_mut()
                    .filter(|s| index < s.story.articles.len())
                {
                    s.cursor.selected = index;
                }
            }
            Screen::Matrix => {
                self.matrix.selected = index.min(
                    self.compare
                        .as_ref()
                        .map_or(0, |c| c.facts().len().saturating_sub(1)),
                )
            }
            _ => {}
        }
    }

    /// Settles the next frame for a screen of `area`: the current view's
    /// scroll offset, its page size, and where it puts what a click can select.
    /// Views then only draw.
    pub fn settle(&mut self, area: Rect) {
        self.hits = Hits::default();
        if layout::too_small(area) {
            return;
        }
        let [main, _] = layout::screen(area);
        let list = match self.screen {
            Screen::Library => {
                let lib = &mut self.library;
                let [_, _, list] = layout::library(main, lib.is_demo(), lib.filter_line());
                lib.cursor.settle(lib.shown_len(), layout::table_rows(list));
                Some((list, lib.cursor.offset))
            }
            Screen::Story => self.story.as_mut().map(|s| {
                let [list, _, _] = layout::story(main, s.story.articles.len());
                s.cursor
                    .settle(s.story.articles.len(), layout::table_rows(list));
                (list, s.cursor.offset)
            }),
            Screen::Matrix => self.compare.as_ref().map(|c| {
                let [grid, _, _] = layout::matrix(main);
                self.matrix
                    .settle(c.facts().len(), layout::table_rows(grid));
                (grid, self.matrix.offset)
            }),
            Screen::Reader => {
                let (width, inner) = layout::reader(main);
                if let Some(s) = &self.story {
                    self.reader.settle(&s.story, width, inner);
                }
                self.page = inner.saturating_sub(1);
                None
            }
            Screen::Compare => {
                if let Some(c) = &mut self.compare {
                    c.settle(main);
                    self.page = c.layout.rows.len().max(2) - 1;
                    self.hits.rows = c.layout.rows.iter().map(|&(r, rect)| (rect, r)).collect();
                    let shown = c.shown();
                    let width = c.layout.pane_width;
                    self.hits.panes = c
                        .layout
                        .panes
                        .iter()
                        .map(|&(d, x)| {
                            (
                                x,
                                x + width,
                                shown.iter().position(|&s| s == d).unwrap_or(0),
                            )
                        })
                        .collect();
                }
                None
            }
        };
        if let Some((list, offset)) = list {
            self.page = layout::table_rows(list).saturating_sub(1);
            self.hits.list = Some((list, 2, offset));
        }
    }
}
