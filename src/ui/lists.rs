//! The state of lists: a cursor with its scroll offset, and the library's
//! stories as shown — filtered by title, sorted as asked.

use super::data::{StoryEntry, StoryKey};
use super::keys::Action;
use std::collections::HashMap;

/// How the library view orders its stories.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sort {
    Recent,
    Title,
    Outlets,
    Agreement,
}

impl Sort {
    /// The order after this one, round.
    pub fn next(self) -> Self {
        match self {
            Sort::Recent => Sort::Title,
            Sort::Title => Sort::Outlets,
            Sort::Outlets => Sort::Agreement,
            Sort::Agreement => Sort::Recent,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Sort::Recent => "newest",
            Sort::Title => "title",
            Sort::Outlets => "most outlets",
            Sort::Agreement => "least agreement",
        }
    }
}

/// A selection in a list, with the scroll offset settled for the frame.
#[derive(Default, Debug)]
pub struct Cursor {
    pub selected: usize,
    pub offset: usize,
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

    /// Settles the scroll offset for a frame showing `rows` of a list of `len`:
    /// kept while the selection is on screen, else moved as little as shows it.
    pub fn settle(&mut self, len: usize, rows: usize) {
        let rows = rows.max(1);
        self.selected = self.selected.min(len.saturating_sub(1));
        let mut offset = self.offset.min(len.saturating_sub(1));
        if self.selected < offset {
            offset = self.selected;
        } else if self.selected >= offset + rows {
            offset = self.selected + 1 - rows;
        }
        self.offset = offset;
    }
}

pub struct LibraryState {
    pub entries: Vec<StoryEntry>,
    pub filter: String,
    pub filtering: bool,
    pub sort: Sort,
    pub cursor: Cursor,
    /// Each library story's articles when the interface opened: what is new
    /// since is marked.
    baseline: HashMap<i64, usize>,
    /// Indices of the entries shown, filtered and sorted; recomputed by
    /// [`LibraryState::refresh`] when the filter, the sort or the entries change,
    /// not on every frame (a large library has thousands of stories).
    order: Vec<usize>,
}

impl LibraryState {
    pub fn new(entries: Vec<StoryEntry>) -> Self {
        let baseline = entries
            .iter()
            .filter_map(|e| match e.key {
                StoryKey::Library(id) => Some((id, e.articles)),
                _ => None,
            })
            .collect();
        let mut state = Self {
            baseline,
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

    /// Puts freshly read entries in place of the old ones, keeping the
    /// selection on the story it was on.
    pub fn replace(&mut self, entries: Vec<StoryEntry>) {
        let selected = self
            .order
            .get(self.cursor.selected)
            .map(|&i| self.entries[i].key);
        self.entries = entries;
        self.refresh();
        if let Some(key) = selected {
            self.cursor.selected = self
                .order
                .iter()
                .position(|&i| self.entries[i].key == key)
                .unwrap_or(0);
        }
    }

    /// How many of a story's articles arrived since the interface opened.
    pub fn new_articles(&self, entry: &StoryEntry) -> usize {
        match entry.key {
            StoryKey::Library(id) => entry
                .articles
                .saturating_sub(self.baseline.get(&id).copied().unwrap_or(0)),
            _ => 0,
        }
    }

    /// How many entries are shown.
    pub fn shown_len(&self) -> usize {
        self.order.len()
    }

    /// True while the filter line is on screen.
    pub fn filter_line(&self) -> bool {
        self.filtering || !self.filter.is_empty()
    }

    /// The entries shown, filtered and sorted.
    pub fn shown(&self) -> Vec<&StoryEntry> {
        self.order.iter().map(|&i| &self.entries[i]).collect()
    }

    pub fn is_demo(&self) -> bool {
        self.entries.iter().any(|e| e.key == StoryKey::Demo)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_offset_moves_only_to_show_the_selection() {
        // (selected, offset before, len, rows) → (selected, offset after)
        let cases = [
            ((0, 0, 10, 4), (0, 0)),
            ((3, 0, 10, 4), (3, 0)),
            ((4, 0, 10, 4), (4, 1)),
            ((9, 0, 10, 4), (9, 6)),
            ((2, 5, 10, 4), (2, 2)),
            ((5, 3, 10, 4), (5, 3)),
            ((7, 0, 5, 4), (4, 1)),
            ((0, 3, 0, 4), (0, 0)),
            ((6, 0, 10, 0), (6, 6)),
        ];
        for ((selected, offset, len, rows), want) in cases {
            let mut c = Cursor { selected, offset };
            c.settle(len, rows);
            assert_eq!(
                (c.selected, c.offset),
                want,
                "{selected} {offset} {len} {rows}"
            );
        }
    }
}
