//! The interface's state and how actions change it. Views only read this; input
//! maps keys to [`Action`]s; `update` applies them. Opening a story aligns it on a
//! worker thread, so input never waits for the engine.

use super::compare::CompareState;
use super::data::{OpenStory, Source, StoryEntry};
use super::keys::{Action, Keymap};
use super::lists::{Cursor, LibraryState};
use super::measure::Measure;
use super::reader::ReaderState;
use super::refresh::Refresh;
use super::settle::Hits;
use super::theme::Theme;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// The views, in the order one usually goes through them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Library,
    Story,
    Reader,
    Compare,
    Matrix,
}

pub struct StoryState {
    pub story: Arc<OpenStory>,
    pub cursor: Cursor,
    pub marked: Vec<bool>,
}

/// Work under way on the worker thread.
pub struct Loading {
    pub what: String,
    pub started: std::time::Instant,
    rx: Receiver<Result<OpenStory, String>>,
    then: Screen,
}

pub struct App {
    pub source: Source,
    pub keys: Keymap,
    pub theme: Theme,
    pub screen: Screen,
    history: Vec<Screen>,
    pub library: LibraryState,
    pub story: Option<StoryState>,
    pub reader: ReaderState,
    pub compare: Option<CompareState>,
    pub matrix: Cursor,
    pub help: bool,
    /// The help overlay's first shown line, when the screen is too short for it all.
    pub help_scroll: usize,
    /// How many help lines the last frame could not show (set when it is drawn).
    pub help_hidden: std::cell::Cell<usize>,
    pub message: Option<String>,
    pub loading: Option<Loading>,
    /// A refresh of the followed feeds under way.
    pub refresh: Option<Refresh>,
    /// Stories' agreement being measured in the background (see `measure`).
    pub measure: Option<Measure>,
    pub quit: bool,
    /// Rows in the settled frame's main list, for paging.
    pub page: usize,
    /// Where the settled frame puts what a mouse can point at.
    pub hits: Hits,
}

impl App {
    pub fn new(source: Source, keys: Keymap, theme: Theme) -> Result<Self, String> {
        let entries = source.entries()?;
        let library = LibraryState::new(entries);
        let message = empty_library_note(&source, &library);
        let mut app = Self {
            source,
            keys,
            theme,
            screen: Screen::Library,
            history: Vec::new(),
            library,
            story: None,
            reader: ReaderState::default(),
            compare: None,
            matrix: Cursor::default(),
            help: false,
            help_scroll: 0,
            help_hidden: Default::default(),
            message,
            loading: None,
            refresh: None,
            measure: None,
            quit: false,
            page: 10,
            hits: Hits::default(),
        };
        app.measure_missing();
        Ok(app)
    }

    fn go(&mut self, screen: Screen) {
        if self.screen != screen {
            self.history.push(self.screen);
            self.screen = screen;
        }
    }

    fn back(&mut self) {
        match self.history.pop() {
            Some(previous) => self.screen = previous,
            None => self.quit = true,
        }
    }

    /// Starts aligning `articles` on a worker thread; `then` is shown when done.
    fn load(&mut self, entry: StoryEntry, then: Screen) {
        let articles = match self.source.articles(entry.key) {
            Ok(a) => a,
            Err(e) => {
                self.message = Some(e);
                return;
            }
        };
        self.start(entry, articles, then);
    }

    fn start(&mut self, entry: StoryEntry, articles: Vec<crate::ingest::Article>, then: Screen) {
        let (tx, rx) = channel();
        let what = format!(
            "Aligning {} of “{}”…",
            crate::text::count(articles.len(), "article"),
            entry.title
        );
        std::thread::spawn(move || {
            let built = super::terminal::catching_panics(|| OpenStory::build(entry, articles));
            let _ = tx.send(built.map_err(|e| format!("aligning the story failed: {e}")));
        });
        self.loading = Some(Loading {
            what,
            started: std::time::Instant::now(),
            rx,
            then,
        });
    }

    /// Takes the worker's result if it is ready (or waits for it when `block`),
    /// and the refresh's news.
    pub fn poll(&mut self, block: bool) {
        self.poll_refresh();
        self.poll_measure();
        let Some(loading) = &self.loading else { return };
        let result = if block {
            loading.rx.recv().map_err(|_| TryRecvError::Disconnected)
        } else {
            loading.rx.try_recv()
        };
        let then = loading.then;
        match result {
            Err(TryRecvError::Empty) => {}
            Err(TryRecvError::Disconnected) => {
                self.loading = None;
                self.message = Some("aligning the story failed".to_string());
            }
            Ok(Err(e)) => {
                self.loading = None;
                self.message = Some(e);
            }
            Ok(Ok(story)) => {
                self.loading = None;
                self.opened(Arc::new(story), then);
            }
        }
    }

    fn opened(&mut self, story: Arc<OpenStory>, then: Screen) {
        if let Some(agreement) = story.entry.agreement {
            self.source.remember(story.entry.key, agreement);
            for e in self
                .library
                .entries
                .iter_mut()
                .filter(|e| e.key == story.entry.key)
            {
                e.agreement = Some(agreement);
            }
            self.library.refresh();
        }
        match then {
            Screen::Compare => {
                self.compare = Some(CompareState::new(Arc::clone(&story)));
                if self.story.is_none() {
                    self.story = Some(StoryState {
                        marked: vec![false; story.articles.len()],
                        story,
                        cursor: Cursor::default(),
                    });
                }
            }
            _ => {
                self.story = Some(StoryState {
                    marked: vec![false; story.articles.len()],
                    story,
                    cursor: Cursor::default(),
                })
            }
        }
        self.go(then);
    }

    /// True while work runs on a worker thread (the loop then wakes often to show
    /// its progress and its result).
    pub fn busy(&self) -> bool {
        self.loading.is_some()
            || self.refresh.is_some()
            || (self.screen == Screen::Reader && self.reader.busy())
    }

    /// Opens the comparison of a source's only story (for `parallax compare`).
    pub fn open_first(&mut self, then: Screen) {
        if let Some(entry) = self.library.entries.first().cloned() {
            self.load(entry, then);
        }
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        self.message = None;
        if action == Action::Quit {
            self.quit = true;
            return;
        }
        if action == Action::Help {
            self.help = !self.help;
            self.help_scroll = 0;
            return;
        }
        if action == Action::Refresh {
            self.start_refresh(crate::web::Limits::default());
            return;
        }
        if self.help {
            let hidden = self.help_hidden.get();
            let s = &mut self.help_scroll;
            match action {
                Action::Back => self.help = false,
                Action::Down => *s = s.saturating_add(1),
                Action::Up => *s = s.saturating_sub(1),
                Action::PageDown => *s = s.saturating_add(10),
                Action::PageUp => *s = s.saturating_sub(10),
                Action::Top => *s = 0,
                Action::Bottom => *s = hidden,
                _ => {}
            }
            *s = (*s).min(hidden);
            return;
        }
        if self.loading.is_some() {
            if action == Action::Back {
                // The worker finishes on its own; its result is dropped.
                self.loading = None;
                self.message = Some("stopped opening the story".to_string());
            }
            return;
        }
        if self.compare.as_ref().is_some_and(|c| c.choosing.is_some())
            && self.screen == Screen::Compare
        {
            if let Some(c) = &mut self.compare {
                c.choose(action);
            }
            return;
        }
        let page = self.page;
        match (self.screen, action) {
            (_, Action::Back) => self.back(),
            (Screen::Library, a) => self.update_library(a, page),
            (Screen::Story, a) => self.update_story(a, page),
            (Screen::Reader, a) => self.reader.scroll(a, page),
            (Screen::Compare, Action::Matrix) => self.go(Screen::Matrix),
            (Screen::Compare, a) => {
                if let Some(note) = self.compare.as_mut().and_then(|c| c.update(a, page)) {
                    self.message = Some(note);
                }
            }
            (Screen::Matrix, a) => self.update_matrix(a, page),
        }
    }

    fn update_library(&mut self, action: Action, page: usize) {
        match action {
            Action::Filter => self.library.filtering = true,
            Action::Sort => {
                self.library.sort = self.library.sort.next();
                self.library.refresh();
                self.message = Some(format!("sorted by {}", self.library.sort.label()));
            }
            Action::Open | Action::Compare => {
                let selected = self
                    .library
                    .shown()
                    .get(self.library.cursor.selected)
                    .copied();
                if let Some(entry) = selected.cloned() {
                    let then = if action == Action::Compare {
                        Screen::Compare
                    } else {
                        Screen::Story
                    };
                    self.story = None;
                    self.load(entry, then);
                }
            }
            a => {
                let len = self.library.shown_len();
                self.library.cursor.apply(a, len, page);
            }
        }
    }

    fn update_matrix(&mut self, action: Action, page: usize) {
        match action {
            Action::Open | Action::Compare => {
                let selected = self.matrix.selected;
                if let Some(c) = &mut self.compare {
                    if let Some(&row) = c.facts().get(selected) {
                        c.selected = row;
                    }
                    self.screen = Screen::Compare;
                }
            }
            a => {
                let len = self.compare.as_ref().map_or(0, |c| c.facts().len());
                self.matrix.apply(a, len, page);
            }
        }
    }

    fn update_story(&mut self, action: Action, page: usize) {
        let Some(state) = &mut self.story else { return };
        let len = state.story.articles.len();
        match action {
            Action::Open => {
                self.reader = ReaderState::new(state.cursor.selected);
                self.go(Screen::Reader);
            }
            Action::Mark => {
                let i = state.cursor.selected;
                state.marked[i] = !state.marked[i];
                state.cursor.apply(Action::Down, len, page);
            }
            Action::Compare | Action::Matrix => {
                let marked: Vec<usize> = (0..len).filter(|&i| state.marked[i]).collect();
                let then = if action == Action::Matrix {
                    Screen::Matrix
                } else {
                    Screen::Compare
                };
                match marked.len() {
                    0 => {
                        self.compare = Some(CompareState::new(Arc::clone(&state.story)));
                        self.go(then);
                    }
                    1 => {
                        self.message = Some(
                            "mark at least two articles to compare them (or none for all)"
                                .to_string(),
                        )
                    }
                    _ => {
                        let articles = marked
                            .iter()
                            .map(|&i| state.story.articles[i].clone())
                            .collect();
                        let mut entry = state.story.entry.clone();
                        entry.articles = marked.len();
                        self.start(entry, articles, Screen::Compare);
                    }
                }
            }
            a => state.cursor.apply(a, len, page),
        }
    }

    /// Keys typed into the library filter.
    pub fn type_filter(&mut self, c: Option<char>) {
        match c {
            Some(c) => self.library.filter.push(c),
            None => {
                self.library.filter.pop();
            }
        }
        self.library.refresh();
        self.library.cursor.selected = 0;
    }

    pub fn end_filter(&mut self, keep: bool) {
        self.library.filtering = false;
        if !keep {
            self.library.filter.clear();
            self.library.refresh();
        }
    }
}

/// The note for an empty library: where it is, and whether it was just made
/// (a mistyped `--library` makes a new one), since the demo story shows instead.
fn empty_library_note(source: &Source, library: &LibraryState) -> Option<String> {
    let Source::Library(lib) = source else {
        return None;
    };
    if !library.is_demo() {
        return None;
    }
    let path = crate::text::sanitize(&lib.path().display().to_string());
    // Made in the last few seconds: by this run.
    let new = std::fs::metadata(lib.path())
        .and_then(|m| m.created())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_some_and(|age| age < std::time::Duration::from_secs(5));
    Some(if new {
        format!("new empty library at {path} — showing the demo story")
    } else {
        format!("the library at {path} is empty — showing the demo story")
    })
}
