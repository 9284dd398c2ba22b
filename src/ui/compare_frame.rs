//! The comparison's frame, settled before it is drawn: how many panes fit and
//! how wide, each shown cell wrapped once per pane width (cached, so scrolling
//! re-wraps nothing), and which rows fit from the first row kept on screen.
//! Tested without a terminal; the view only draws what is settled here.

use super::compare::CompareState;
use super::data::OpenStory;
use crate::align::Mark;
use crate::align::layout::cell_spans;
use ratatui::layout::Rect;
use std::collections::HashMap;
use std::sync::Arc;

/// Narrowest pane worth reading.
pub const MIN_PANE: u16 = 28;
/// The columns left of the panes, for the row marker.
pub const GUTTER: u16 = 2;

/// One wrapped line of a cell: runs of text with their marks.
pub type WrappedLine = Vec<(String, Mark)>;

/// Wrapped lines of cells, by (row, article), for one pane width: a frame then
/// costs drawing, not wrapping, and scrolling re-wraps nothing.
#[derive(Default)]
pub struct WrapCache {
    width: usize,
    cells: HashMap<(usize, usize), Vec<WrappedLine>>,
}

impl WrapCache {
    /// Wraps the cell of article `doc` in row `r` at `width`, unless it is.
    fn ensure(&mut self, story: &OpenStory, r: usize, doc: usize, width: usize) -> usize {
        if width != self.width {
            self.cells.clear();
            self.width = width;
        }
        self.cells
            .entry((r, doc))
            .or_insert_with(|| {
                let row = &story.rows[r];
                if row.cells[doc].is_empty() {
                    return Vec::new();
                }
                let spans = cell_spans(&story.alignment, row, doc, &story.articles[doc].sentences);
                crate::text::wrap::wrap(&spans, width)
            })
            .len()
    }

    /// The wrapped lines of a cell settled for this frame (none if it was not).
    pub fn lines(&self, r: usize, doc: usize) -> &[WrappedLine] {
        self.cells.get(&(r, doc)).map_or(&[], Vec::as_slice)
    }
}

/// Where the settled frame puts the comparison's parts.
#[derive(Default, Clone, Debug, PartialEq, Eq)]
pub struct CompareLayout {
    pub header: Rect,
    pub titles: Rect,
    pub body: Rect,
    pub detail: Rect,
    pub pane_width: u16,
    /// The panes drawn: article and left column.
    pub panes: Vec<(usize, u16)>,
    /// The rows drawn: row index and its area (text lines, then a blank line).
    pub rows: Vec<(usize, Rect)>,
}

impl CompareState {
    /// Settles the frame for the view's `area`: how many panes fit, their
    /// width, each shown cell wrapped, the first row drawn (kept while the
    /// selection still fits below it, else the highest row from which it does)
    /// and the rows that fit from there.
    pub fn settle(&mut self, area: Rect) {
        let [header, titles, body, detail] = super::layout::compare(area);
        let shown = self.shown().len();
        let room = area.width.saturating_sub(GUTTER);
        self.fit = (room / MIN_PANE).clamp(1, shown.max(1) as u16) as usize;
        let panes = self.panes();
        let pane_width = room / panes.len().max(1) as u16;
        let text_width = pane_width.saturating_sub(2) as usize;
        let story = Arc::clone(&self.story);
        let wrapped = &mut self.wrapped;
        let mut height_of = |r: usize| -> u16 {
            let lines = panes
                .iter()
                .map(|&d| wrapped.ensure(&story, r, d, text_width))
                .max()
                .unwrap_or(1);
            u16::try_from(lines.max(1))
                .unwrap_or(u16::MAX)
                .saturating_add(1)
        };
        let mut top = self.top.min(self.selected);
        let mut used = 0u16;
        let mut fits_from = self.selected;
        let visible = |r: &usize| {
            self.order
                .iter()
                .any(|&d| !self.hidden[d] && !story.rows[*r].cells[d].is_empty())
        };
        for r in (top..=self.selected).rev().filter(visible) {
            used = used.saturating_add(height_of(r));
            if used > body.height && r != self.selected {
                break;
            }
            fits_from = r;
        }
        top = top.max(fits_from);
        let mut rows = Vec::new();
        let mut y = body.y;
        for r in (top..story.rows.len()).filter(visible) {
            if y >= body.bottom() {
                break;
            }
            let height = height_of(r).min(body.bottom() - y);
            rows.push((r, Rect { y, height, ..body }));
            y += height;
        }
        self.top = top;
        self.layout = CompareLayout {
            header,
            titles,
            body,
            detail,
            pane_width,
            panes: panes
                .iter()
                .enumerate()
                .map(|(i, &d)| (d, titles.x + GUTTER + i as u16 * pane_width))
                .collect(),
            rows,
        };
    }
}
