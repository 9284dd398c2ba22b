//! Measuring the agreement of stories nobody has opened yet, so the library
//! view shows how much each story's outlets share without a story being opened
//! first. A thread of its own opens a second connection to the library (as the
//! feed refresh does), aligns each story that has no agreement yet, in the order
//! the list holds them, stores the figure and sends it; the app writes it into
//! the list as it arrives. When the app lets go of the [`Measure`], the thread
//! stops after the story it is on.

use super::app::App;
use super::data::{Source, StoryKey};
use crate::compare::{Comparison, story_articles};
use crate::store::Library;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// Stories being measured in the background.
pub struct Measure {
    rx: Receiver<(i64, f32)>,
}

impl Measure {
    /// Starts measuring `stories` of the library at `path`; `None` when there is
    /// nothing to measure or no thread could be had.
    fn start(path: PathBuf, stories: Vec<i64>) -> Option<Self> {
        if stories.is_empty() {
            return None;
        }
        let (tx, rx) = channel();
        std::thread::Builder::new()
            .name("parallax-measure".into())
            .spawn(move || {
                // A story that cannot be read or aligned keeps its blank figure;
                // the interface goes on either way.
                let _ = super::terminal::catching_panics(move || {
                    let Ok(mut lib) = Library::open(&path) else {
                        return;
                    };
                    for id in stories {
                        let Ok(articles) = story_articles(&lib, id) else {
                            continue;
                        };
                        let agreement = Comparison::new(articles).agreement();
                        // Kept in memory even when the library is busy or read-only.
                        let _ = lib.set_agreement(id, f64::from(agreement));
                        if tx.send((id, agreement)).is_err() {
                            return;
                        }
                    }
                });
            })
            .ok()?;
        Some(Self { rx })
    }

    /// The figures measured since the last call, and whether more may come.
    fn take(&self) -> (Vec<(i64, f32)>, bool) {
        let mut got = Vec::new();
        loop {
            match self.rx.try_recv() {
                Ok(figure) => got.push(figure),
                Err(TryRecvError::Empty) => return (got, true),
                Err(TryRecvError::Disconnected) => return (got, false),
            }
        }
    }
}

impl App {
    /// Starts measuring the listed library stories that have no agreement yet
    /// (replacing a measurement under way).
    pub(super) fn measure_missing(&mut self) {
        let Source::Library(lib) = &self.source else {
            return;
        };
        let missing: Vec<i64> = self
            .library
            .entries
            .iter()
            .filter(|e| e.agreement.is_none())
            .filter_map(|e| match e.key {
                StoryKey::Library(id) => Some(id),
                _ => None,
            })
            .collect();
        self.measure = Measure::start(lib.path().to_path_buf(), missing);
    }

    /// Writes the figures measured so far into the list.
    pub(super) fn poll_measure(&mut self) {
        let Some(measure) = &self.measure else {
            return;
        };
        let (figures, more) = measure.take();
        if !more {
            self.measure = None;
        }
        if figures.is_empty() {
            return;
        }
        for (id, agreement) in figures {
            for e in self
                .library
                .entries
                .iter_mut()
                .filter(|e| e.key == StoryKey::Library(id))
            {
                e.agreement = Some(agreement);
            }
        }
        self.library.refresh();
    }
}

#[cfg(test)]
mod tests {
    use crate::ingest::parse;
    use crate::store::Library;
    use crate::ui::app::App;
    use crate::ui::data::Source;
    use crate::ui::keys::Keymap;
    use crate::ui::theme::{Palette, Theme};

    #[test]
    fn stories_never_opened_get_their_agreement_in_the_background() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("lib.db");
        let mut lib = Library::open(&path).expect("library");
        let texts = [
            "Bridge to close\n\nThe city council voted on Monday to close the old river bridge for repairs.\n\nWork starts in June and lasts a year, officials said.\n",
            "Council shuts bridge\n\nThe city council voted Monday to close the old river bridge for repairs.\n\nDrivers will be sent over the new bridge downstream.\n",
        ];
        let articles: Vec<_> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| parse(&format!("{i}.txt"), t).expect("article"))
            .collect();
        lib.add_batch(&articles).expect("add");
        drop(lib);

        let lib = Library::open(&path).expect("library");
        let mut app = App::new(
            Source::Library(lib),
            Keymap::default(),
            Theme::new(Palette::Mono),
        )
        .expect("app");
        assert!(app.library.entries.iter().all(|e| e.agreement.is_none()));
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
        while app.measure.is_some() && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(10));
            app.poll(false);
        }
        assert!(app.measure.is_none(), "the measurement never ended");
        let shown: Vec<Option<f32>> = app.library.entries.iter().map(|e| e.agreement).collect();
        assert!(
            shown.iter().all(|a| a.is_some_and(|a| a > 0.0)),
            "{shown:?}"
        );
        // Stored, so the next start shows it at once and measures nothing.
        let lib = Library::open(&path).expect("library");
        let again = App::new(
            Source::Library(lib),
            Keymap::default(),
            Theme::new(Palette::Mono),
        )
        .expect("app");
        assert!(again.measure.is_none());
        let stored: Vec<Option<f32>> = again.library.entries.iter().map(|e| e.agreement).collect();
        assert_eq!(stored, shown);
    }
}
