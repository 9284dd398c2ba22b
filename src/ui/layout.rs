//! Where each view's parts go on a screen of a given size: pure geometry, shared
//! by the state (which settles scroll offsets and click areas from it before a
//! frame) and by the views (which draw into the same rectangles).

use ratatui::layout::{Constraint, Layout, Rect};

/// The smallest screen parallax draws on.
pub const MIN_WIDTH: u16 = 40;
pub const MIN_HEIGHT: u16 = 10;

/// True when the screen is too small to draw the views on.
pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// The view above, the status bar below.
pub fn screen(area: Rect) -> [Rect; 2] {
    Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area)
}

/// The rows of a bordered table with a header line that fit in `list`.
pub fn table_rows(list: Rect) -> usize {
    list.height.saturating_sub(3) as usize
}

/// The library: the demo hint (when the demo is shown), the filter line (while
/// there is a filter), and the list of stories.
pub fn library(main: Rect, demo: bool, filter: bool) -> [Rect; 3] {
    Layout::vertical([
        Constraint::Length(if demo { 3 } else { 0 }),
        Constraint::Length(u16::from(filter)),
        Constraint::Min(1),
    ])
    .areas(main)
}

/// The story: its articles, their headlines compared, and the summary.
pub fn story(main: Rect, articles: usize) -> [Rect; 3] {
    let n = u16::try_from(articles).unwrap_or(u16::MAX);
    Layout::vertical([
        Constraint::Max(n.saturating_add(4)),
        Constraint::Max(n.saturating_mul(2).saturating_add(2)),
        Constraint::Fill(1),
    ])
    .areas(main)
}

/// The coverage matrix: the grid of facts, the per-outlet summary beside it, and
/// the selected fact below.
pub fn matrix(main: Rect) -> [Rect; 3] {
    let [top, bottom] =
        Layout::vertical([Constraint::Min(6), Constraint::Length(main.height / 3)]).areas(main);
    let [grid, summary] =
        Layout::horizontal([Constraint::Min(30), Constraint::Length(34)]).areas(top);
    [grid, summary, bottom]
}

/// The reader's text width (at most 100 columns, for reading) and the lines
/// inside its border.
pub fn reader(main: Rect) -> (usize, usize) {
    (
        main.width.saturating_sub(4).clamp(1, 100) as usize,
        main.height.saturating_sub(2) as usize,
    )
}

/// The comparison: a header line, the pane titles, the rows, and the selected
/// row's detail.
pub fn compare(main: Rect) -> [Rect; 4] {
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(3),
        Constraint::Min(3),
        Constraint::Length(5),
    ])
    .areas(main)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_parts_of_each_view_fill_the_screen() {
        let area = Rect::new(0, 0, 80, 24);
        let [main, bar] = screen(area);
        assert_eq!((main.height, bar.y), (23, 23));
        let [hint, filter, list] = library(main, true, false);
        assert_eq!(
            (hint.height, filter.height, list.y, list.height),
            (3, 0, 3, 20)
        );
        assert_eq!(table_rows(list), 17);
        let [list, headlines, _] = story(main, 5);
        assert_eq!((list.height, headlines.height), (9, 12));
        let [header, titles, body, detail] = compare(main);
        assert_eq!(
            (header.height, titles.y, body.y, body.height, detail.height),
            (1, 1, 4, 14, 5)
        );
        assert_eq!(reader(Rect::new(0, 0, 200, 49)), (100, 47));
        assert!(too_small(Rect::new(0, 0, 39, 24)) && !too_small(area));
        assert_eq!(centered(area, 100, 4), Rect::new(0, 10, 80, 4));
    }
}
