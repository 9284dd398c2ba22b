//! The comparison's state: which outlets are shown and in what order, which pane
//! has focus, which fact row is selected, and the moves between rows that differ.
//! Kept apart from drawing so that navigation is tested without a terminal.

pub use super::compare_frame::{CompareLayout, GUTTER, MIN_PANE, WrapCache, WrappedLine};
use super::data::OpenStory;
use super::keys::Action;
use crate::align::Mark;
use crate::align::layout::FactRow;
use std::sync::Arc;

/// How a fact row reads across outlets, from the gutter marker's point of view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    /// All shown outlets word it alike.
    Same,
    /// Worded differently.
    Worded,
    /// A detail (number, date, name, quote, verb) differs without contradiction.
    Differs,
    /// A detail contradicts another outlet's.
    Disagrees,
    /// Only one outlet states it.
    Unique,
}

/// How one discrepancy reads: its values agree (`Same`), differ without
/// contradicting (`Differs`), or contradict (`Disagrees`). The one place the
/// interface reads the engine's verdict.
pub fn verdict(d: &crate::align::Discrepancy) -> RowKind {
    match d.verdict {
        crate::align::discrepancy::Verdict::Agree => RowKind::Same,
        crate::align::discrepancy::Verdict::Compatible => RowKind::Differs,
        crate::align::discrepancy::Verdict::Contradict => RowKind::Disagrees,
    }
}

pub struct CompareState {
    pub story: Arc<OpenStory>,
    /// Articles in pane order.
    pub order: Vec<usize>,
    /// Articles the user chose to hide, by article.
    pub hidden: Vec<bool>,
    /// First pane drawn (index into `shown()`).
    pub first: usize,
    /// Focused pane (index into `shown()`).
    pub focus: usize,
    pub zoom: bool,
    /// Selected fact row (index into the story's rows).
    pub selected: usize,
    /// First row drawn by the settled frame.
    pub top: usize,
    /// How many panes the settled frame fits side by side.
    pub fit: usize,
    /// The outlet chooser's cursor, while it is open.
    pub choosing: Option<usize>,
    pub wrapped: WrapCache,
    /// Where the settled frame puts things.
    pub layout: CompareLayout,
    /// For each row, how many visible rows come before it (and the total at the
    /// end); recounted when the set of shown outlets changes.
    visible_before: Vec<u32>,
}

impl CompareState {
    pub fn new(story: Arc<OpenStory>) -> Self {
        let n = story.articles.len();
        let mut state = Self {
            story,
            order: (0..n).collect(),
            hidden: vec![false; n],
            first: 0,
            focus: 0,
            zoom: false,
            selected: 0,
            top: 0,
            fit: n.max(1),
            choosing: None,
            wrapped: WrapCache::default(),
            layout: CompareLayout::default(),
            visible_before: Vec::new(),
        };
        state.recount();
        state.selected = state.next_row(0, true, |_, _| true).unwrap_or(0);
        state
    }

    /// Articles shown, in pane order.
    pub fn shown(&self) -> Vec<usize> {
        self.order
            .iter()
            .copied()
            .filter(|&d| !self.hidden[d])
            .collect()
    }

    /// Articles drawn in the current frame: the zoomed pane, or a window of panes.
    pub fn panes(&self) -> Vec<usize> {
        let shown = self.shown();
        if self.zoom {
            return shown.get(self.focus).map(|&d| vec![d]).unwrap_or_default();
        }
        shown
            .into_iter()
            .skip(self.first)
            .take(self.fit.max(1))
            .collect()
    }

    pub fn rows(&self) -> &[FactRow] {
        &self.story.rows
    }

    /// Whether a row has anything in the shown outlets.
    pub fn visible(&self, r: usize) -> bool {
        let row = &self.story.rows[r];
        self.order
            .iter()
            .any(|&d| !self.hidden[d] && !row.cells[d].is_empty())
    }

    /// Counts the visible rows before each row.
    fn recount(&mut self) {
        let mut counts = Vec::with_capacity(self.story.rows.len() + 1);
        let mut n = 0u32;
        for r in 0..self.story.rows.len() {
            counts.push(n);
            n += u32::from(self.visible(r));
        }
        counts.push(n);
        self.visible_before = counts;
    }

    /// The selected row's place among the visible rows, and how many there are.
    pub fn place(&self) -> (usize, usize) {
        let counts = &self.visible_before;
        let at = self.selected.min(self.story.rows.len().saturating_sub(1));
        (
            counts.get(at).copied().unwrap_or(0) as usize + 1,
            counts.last().copied().unwrap_or(0) as usize,
        )
    }

    pub fn kind(&self, r: usize) -> RowKind {
        let row = &self.story.rows[r];
        let shown: Vec<usize> = (0..self.hidden.len())
            .filter(|&d| !self.hidden[d] && !row.cells[d].is_empty())
            .collect();
        let Some(g) = row.group.filter(|_| shown.len() >= 2) else {
            return RowKind::Unique;
        };
        let group = &self.story.alignment.groups[g];
        let involved = |d: &crate::align::Discrepancy| {
            d.values.iter().filter(|v| shown.contains(&v.doc)).count() >= 2
        };
        let verdicts: Vec<RowKind> = group
            .discrepancies
            .iter()
            .filter(|d| involved(d))
            .map(verdict)
            .collect();
        if verdicts.contains(&RowKind::Disagrees) {
            return RowKind::Disagrees;
        }
        if verdicts.contains(&RowKind::Differs) {
            return RowKind::Differs;
        }
        let worded = group
            .members
            .iter()
            .zip(&group.emphasis)
            .any(|(m, e)| shown.contains(&m.doc) && e.iter().any(|s| s.mark != Mark::Same));
        if worded {
            RowKind::Worded
        } else {
            RowKind::Same
        }
    }

    /// The next (or previous) visible row from `from` that passes `test`.
    fn next_row(
        &self,
        from: usize,
        forward: bool,
        test: impl Fn(&Self, usize) -> bool,
    ) -> Option<usize> {
        let n = self.story.rows.len();
        let candidates: Box<dyn Iterator<Item = usize>> = if forward {
            Box::new(from..n)
        } else {
            Box::new((0..=from.min(n.saturating_sub(1))).rev())
        };
        candidates
            .into_iter()
            .find(|&r| self.visible(r) && test(self, r))
    }

    fn step(
        &mut self,
        forward: bool,
        test: impl Fn(&Self, usize) -> bool,
        what: &str,
    ) -> Option<String> {
        let from = if forward {
            self.selected + 1
        } else {
            self.selected.checked_sub(1)?
        };
        match self.next_row(from, forward, test) {
            Some(r) => {
                self.selected = r;
                None
            }
            None => Some(format!(
                "no {} {what}",
                if forward { "further" } else { "earlier" }
            )),
        }
    }

    /// Applies a navigation action; returns a note for the status bar.
    pub fn update(&mut self, action: Action, page: usize) -> Option<String> {
        match action {
            Action::PaneLeft
            | Action::PaneRight
            | Action::FocusNext
            | Action::FocusPrev
            | Action::Zoom
            | Action::Swap
            | Action::ChooseOutlets => self.update_panes(action),
            _ => self.update_rows(action, page),
        }
    }

    /// Moves between rows: by one, by a page, to an end, to the next row that
    /// differs or the next discrepancy.
    fn update_rows(&mut self, action: Action, page: usize) -> Option<String> {
        match action {
            Action::Up => self.step(false, |_, _| true, "rows"),
            Action::Down => self.step(true, |_, _| true, "rows"),
            Action::PageUp | Action::PageDown => {
                for _ in 0..page.max(1) {
                    if self
                        .step(action == Action::PageDown, |_, _| true, "rows")
                        .is_some()
                    {
                        break;
                    }
                }
                None
            }
            Action::Top => {
                self.selected = self.next_row(0, true, |_, _| true).unwrap_or(0);
                None
            }
            Action::Bottom => {
                self.selected = self
                    .next_row(self.story.rows.len().saturating_sub(1), false, |_, _| true)
                    .unwrap_or(0);
                None
            }
            Action::NextDifference => {
                self.step(true, |s, r| s.kind(r) != RowKind::Same, "differences")
            }
            Action::PrevDifference => {
                self.step(false, |s, r| s.kind(r) != RowKind::Same, "differences")
            }
            Action::NextDiscrepancy => {
                let note = self.step(
                    true,
                    |s, r| matches!(s.kind(r), RowKind::Differs | RowKind::Disagrees),
                    "discrepancies",
                );
                if note.is_some() {
                    // Wrap around once: the first discrepancy from the top.
                    if let Some(r) = self.next_row(0, true, |s, r| {
                        matches!(s.kind(r), RowKind::Differs | RowKind::Disagrees)
                    }) {
                        self.selected = r;
                        return Some("back to the first discrepancy".to_string());
                    }
                    // None from the top either: say so, rather than "no further".
                    return Some(
                        "no discrepancy in this story (no number, date, name, quote or verb \
                         stated differently)"
                            .to_string(),
                    );
                }
                note
            }
            _ => None,
        }
    }

    /// Scrolls, focuses, zooms and swaps panes; opens the outlet chooser.
    fn update_panes(&mut self, action: Action) -> Option<String> {
        let shown = self.shown().len();
        match action {
            // Zoomed, one pane fills the view: left and right go to its neighbours.
            Action::PaneLeft | Action::PaneRight if self.zoom => {
                self.update_panes(if action == Action::PaneLeft {
                    Action::FocusPrev
                } else {
                    Action::FocusNext
                })
            }
            Action::PaneLeft => {
                self.first = self.first.saturating_sub(1);
                self.focus = self
                    .focus
                    .clamp(self.first, (self.first + self.fit).saturating_sub(1));
                None
            }
            Action::PaneRight => {
                let max_first = shown.saturating_sub(self.fit.max(1));
                self.first = (self.first + 1).min(max_first);
                self.focus = self.focus.max(self.first);
                None
            }
            Action::FocusNext | Action::FocusPrev => {
                if shown > 0 {
                    self.focus = if action == Action::FocusNext {
                        (self.focus + 1) % shown
                    } else {
                        (self.focus + shown - 1) % shown
                    };
                    self.reveal_focus();
                }
                None
            }
            Action::Zoom => {
                self.zoom = !self.zoom;
                None
            }
            Action::Swap => {
                let order = self.shown();
                if let (Some(&a), Some(&b)) = (order.get(self.focus), order.get(self.focus + 1)) {
                    let (i, j) = (self.position(a), self.position(b));
                    self.order.swap(i, j);
                    self.focus += 1;
                    self.reveal_focus();
                    None
                } else {
                    Some("the focused pane is already the last".to_string())
                }
            }
            Action::ChooseOutlets => {
                self.choosing = Some(0);
                None
            }
            _ => None,
        }
    }

    fn position(&self, doc: usize) -> usize {
        self.order.iter().position(|&d| d == doc).unwrap_or(0)
    }

    fn reveal_focus(&mut self) {
        let fit = self.fit.max(1);
        if self.focus < self.first {
            self.first = self.focus;
        } else if self.focus >= self.first + fit {
            self.first = self.focus + 1 - fit;
        }
    }

    /// Keys while the outlet chooser is open.
    pub fn choose(&mut self, action: Action) {
        let Some(cursor) = self.choosing else { return };
        let n = self.order.len();
        match action {
            Action::Up => self.choosing = Some(cursor.saturating_sub(1)),
            Action::Down => self.choosing = Some((cursor + 1).min(n.saturating_sub(1))),
            Action::Mark | Action::Open => {
                let doc = self.order[cursor];
                let shown = self.shown().len();
                // At least one outlet stays on screen.
                if self.hidden[doc] || shown > 1 {
                    self.hidden[doc] = !self.hidden[doc];
                    self.recount();
                }
                let shown = self.shown().len();
                self.focus = self.focus.min(shown.saturating_sub(1));
                self.first = self.first.min(self.focus);
                if !self.visible(self.selected) {
                    self.selected = self
                        .next_row(self.selected, true, |_, _| true)
                        .or_else(|| self.next_row(self.selected, false, |_, _| true))
                        .unwrap_or(0);
                }
            }
            Action::Back | Action::ChooseOutlets => self.choosing = None,
            _ => {}
        }
    }

    /// The rows that are shared facts, in reading order (the matrix's rows).
    pub fn facts(&self) -> Vec<usize> {
        (0..self.story.rows.len())
            .filter(|&r| self.story.rows[r].group.is_some())
            .collect()
    }
}
