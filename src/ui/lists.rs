//! The state of lists: a cursor with its scroll offset, and the library's
//! stories as shown — filtered by title, sorted as asked.

use super::data::{StoryEntry, StoryKey};
use super::keys::Action;
use std::cell::Cell;

/// How the library view orders its stories.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sort {
    Recent,
    Title,
    Outlets,
    Agreement,
}

impl Sort {
    pub fn label(self) -> &'static str {
        match self {
            Sort::Recent => "newest",
            Sort::Title => "title",
            Sort::Outlets => "most outlets",
            Sort::Agreement => "least agreement",
        }
    }
}

/// A selection in a list, with the scroll offset the last frame used.
#[derive(Default, Debug)]
pub struct Cursor {
    pub selected: usize,
    pub offset: Cell<usize>,
}

impl Cursor {
    pub fn apply(&mut self, action: Action, len: usize, page: usize) {
        let last = len.saturating_sub(1);
        self.selected = match action {
            Action::Up => self.selected.saturating_sub(1),
            Action::Down => (self.selected + 1).min(last),
            Action::PageUp => self.selected.saturating_sub(page.max(1)),
            Action::PageDown => (self.selected + page.max(1)).min(last),
            Action::Top => 0,
            Action::Bottom => last,
            _ => self.selected,
        }
        .min(last);
    }
}

pub struct LibraryState {
    pub entries: Vec<StoryEntry>,
    pub filter: String,
    pub filtering: bool,
    pub sort: Sort,
    pub cursor: Cursor,
    /// Indices of the entries shown, filtered and sorted; recomputed by
    /// [`LibraryState::refresh`] when the filter, the sort or the entries change,
    /// not on every frame (a large library has thousands of stories).
    order: Vec<usize>,
}

impl LibraryState {
    pub fn new(entries: Vec<StoryEntry>) -> Self {
        let mut state = Self {
            entries,
            filter: String::new(),
            filtering: false,
            sort: Sort::Recent,
            cursor: Cursor::default(),
            order: Vec::new(),
        };
        state.refresh();
        state
    }

    /// Recomputes which entries are shown, and in what order.
    pub fn refresh(&mut self) {
        let needle = self.filter.to_lowercase();
        let titles: Vec<String> = self
            .entries
            .iter()
            .map(|e| e.title.to_lowercase())
            .collect();
        let mut order: Vec<usize> = (0..self.entries.len())
            .filter(|&i| titles[i].contains(&needle))
            .collect();
        let entries = &self.entries;
        match self.sort {
            Sort::Recent => {}
            Sort::Title => order.sort_by(|&a, &b| titles[a].cmp(&titles[b])),
            Sort::Outlets => order.sort_by_key(|&i| std::cmp::Reverse(entries[i].outlets)),
            Sort::Agreement => order.sort_by(|&a, &b| {
                entries[a]
                    .agreement
                    .unwrap_or(2.0)
                    .total_cmp(&entries[b].agreement.unwrap_or(2.0))
            }),
        }
        self.order = order;
    }

    /// The entries shown, filtered and sorted.
    pub fn shown(&self) -> Vec<&StoryEntry> {
        self.order.iter().map(|&i| &self.entries[i]).collect()
    }

    pub fn is_demo(&self) -> bool {
        self.entries.iter().any(|e| e.key == StoryKey::Demo)
    }
}
