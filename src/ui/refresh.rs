//! Refreshing every followed feed from the interface. A thread of its own opens
//! a second connection to the library (SQLite in WAL mode lets it write while
//! the interface reads) and runs the same refresh as `parallax refresh`; what it
//! reports arrives over a channel and shows in the status line, and when it is
//! done the library view reloads its stories. A panic in the thread is caught
//! and reported as an error: the interface goes on.

use super::data::Source;
use crate::text::count;
use crate::web::refresh::{self, Event, Totals};
use crate::web::{Fetcher, Limits};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::Instant;

/// Threads fetching at once, as `parallax refresh` uses.
const WORKERS: usize = 4;

/// What the refresh thread sends.
enum Update {
    Failed(String),
    FeedDone,
    Finished(Result<Totals, String>),
}

/// A refresh under way.
pub struct Refresh {
    rx: Receiver<Update>,
    /// Entries read so far (the web refresh counts them from its workers).
    read: Arc<AtomicUsize>,
    started: Instant,
    feeds: usize,
    feeds_done: usize,
    /// Each failure: its URL and reason, as one line.
    pub failures: Vec<String>,
}

/// How a refresh ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Done(Totals),
    Failed(String),
}

impl Refresh {
    /// Starts refreshing the `feeds` followed by the library at `path`.
    pub fn start(path: PathBuf, feeds: usize, limits: Limits) -> Self {
        let (tx, rx) = channel();
        let read = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&read);
        let spawned = std::thread::Builder::new()
            .name("parallax-refresh".into())
            .spawn(move || {
                let events = tx.clone();
                let result = super::terminal::catching_panics(move || {
                    let mut lib = crate::store::Library::open(&path).map_err(|e| e.to_string())?;
                    let fetcher = Fetcher::new(limits);
                    let mut report = |event: Event| {
                        let update = match event {
                            Event::Failed { url, reason } => {
                                Update::Failed(format!("{url}: {reason}"))
                            }
                            Event::FeedDone(_) => Update::FeedDone,
                        };
                        let _ = events.send(update);
                    };
                    let progress = |n: usize| {
                        counter.fetch_add(n, Ordering::Relaxed);
                    };
                    refresh::refresh(&mut lib, &fetcher, WORKERS, &mut report, &progress)
                        .map_err(|e| e.to_string())
                });
                let outcome = match result {
                    Ok(r) => r,
                    Err(panic) => Err(format!("the refresh stopped: {panic}")),
                };
                let _ = tx.send(Update::Finished(outcome));
            });
        let (tx, failed_rx) = channel();
        let rx = match spawned {
            Ok(_) => rx,
            Err(e) => {
                let _ = tx.send(Update::Finished(Err(format!("cannot start a thread: {e}"))));
                failed_rx
            }
        };
        Self {
            rx,
            read,
            started: Instant::now(),
            feeds,
            feeds_done: 0,
            failures: Vec::new(),
        }
    }

    /// Takes what the thread has sent; how it ended, once it has.
    pub fn poll(&mut self) -> Option<Outcome> {
        loop {
            match self.rx.try_recv() {
                Ok(Update::Failed(line)) => self.failures.push(line),
                Ok(Update::FeedDone) => self.feeds_done += 1,
                Ok(Update::Finished(Ok(totals))) => return Some(Outcome::Done(totals)),
                Ok(Update::Finished(Err(e))) => return Some(Outcome::Failed(e)),
                Err(TryRecvError::Empty) => return None,
                Err(TryRecvError::Disconnected) => {
                    return Some(Outcome::Failed("the refresh stopped".into()));
                }
            }
        }
    }

    /// One line on how far the refresh has got.
    pub fn progress(&self) -> String {
        let mut line = format!(
            "refreshing {}… {} read",
            count(self.feeds, "feed"),
            count(self.read.load(Ordering::Relaxed), "entry")
        );
        if !self.failures.is_empty() {
            line.push_str(&format!(", {} failed", self.failures.len()));
        }
        line.push_str(&format!(" ({} s)", self.started.elapsed().as_secs()));
        line
    }

    /// One line on how the refresh ended, with the first failure when any.
    pub fn summary(&self, outcome: &Outcome) -> String {
        let totals = match outcome {
            Outcome::Failed(e) => return format!("refresh failed: {e}"),
            Outcome::Done(totals) => totals,
        };
        if totals.feeds == 0 {
            return "no feeds to refresh — follow one with: parallax feed add URL".into();
        }
        let mut line = format!(
            "refreshed {}: {}",
            count(totals.feeds, "feed"),
            count(totals.added, "new article"),
        );
        if totals.failed > 0 {
            line.push_str(&format!(", {} failed", count(totals.failed, "entry")));
        }
        if totals.feeds_failed > 0 {
            line.push_str(&format!(
                ", {} unreadable",
                count(totals.feeds_failed, "feed")
            ));
        }
        if let Some(first) = self.failures.first() {
            line.push_str(&format!(" — {first}"));
        }
        line
    }
}

impl super::app::App {
    /// Starts refreshing every followed feed on a thread of its own.
    pub fn start_refresh(&mut self, limits: crate::web::Limits) {
        if self.refresh.is_some() {
            self.message = Some("a refresh is already under way".into());
            return;
        }
        let Source::Library(lib) = &self.source else {
            self.message =
                Some("refresh reads feeds into the library; open parallax without files".into());
            return;
        };
        match lib.feeds() {
            Ok(feeds) => {
                self.refresh = Some(Refresh::start(
                    lib.path().to_path_buf(),
                    feeds.len(),
                    limits,
                ))
            }
            Err(e) => self.message = Some(format!("refresh: {e}")),
        }
    }

    /// Takes the refresh thread's news; when it is done, says how it went and
    /// reads the library's stories again, so new articles show in their stories.
    pub(super) fn poll_refresh(&mut self) {
        let Some(refresh) = &mut self.refresh else {
            return;
        };
        let Some(outcome) = refresh.poll() else {
            return;
        };
        self.message = Some(refresh.summary(&outcome));
        self.refresh = None;
        match self.source.entries() {
            Ok(entries) => {
                self.library.replace(entries);
                self.measure_missing();
            }
            Err(e) => self.message = Some(format!("reading the library again: {e}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_says_what_was_added_and_what_failed() {
        let dir = tempfile::tempdir().expect("tempdir");
        // No feed followed: the thread ends at once.
        let mut r = Refresh::start(dir.path().join("lib.db"), 0, Limits::default());
        let outcome = loop {
            if let Some(o) = r.poll() {
                break o;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        };
        assert_eq!(outcome, Outcome::Done(Totals::default()));
        assert!(r.summary(&outcome).starts_with("no feeds to refresh"));
        r.failures.push("http://x.invalid/a: no such host".into());
        let totals = Totals {
            feeds: 2,
            feeds_failed: 1,
            added: 1,
            failed: 3,
        };
        assert_eq!(
            r.summary(&Outcome::Done(totals)),
            "refreshed 2 feeds: 1 new article, 3 entries failed, 1 feed unreadable — http://x.invalid/a: no such host"
        );
        assert_eq!(
            r.summary(&Outcome::Failed("disk full".into())),
            "refresh failed: disk full"
        );
        assert!(
            r.progress()
                .starts_with("refreshing 0 feeds… 0 entries read, 1 failed")
        );
    }

    #[test]
    fn a_panic_in_the_work_is_an_error() {
        let caught = super::super::terminal::catching_panics(|| -> usize { panic!("boom") });
        assert_eq!(caught, Err("boom".to_string()));
        assert_eq!(super::super::terminal::catching_panics(|| 7), Ok(7));
    }
}
