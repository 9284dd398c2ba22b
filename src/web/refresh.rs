//! `parallax refresh`: fetches every followed feed (conditional GET with the ETag and
//! Last-Modified it last sent), takes the entries not taken before, reads each one's
//! article (from the feed when it carries the whole text, else from its page), and
//! adds them to the library under the feed's outlet name, each placed into a story.
//! Fetching runs on a few threads; the library is written from the calling thread
//! only. A feed or an entry that fails is reported with its URL and reason while the
//! rest goes on; a failed entry is tried again at the next refresh.

use super::feed::{self, Entry, FeedDoc};
use super::fetch::{FetchError, Fetcher, Response, Want};
use super::{FetchedArticle, fetch_article};
use crate::store::{AddOutcome, FeedRow, Library, StoreError};
use std::sync::Mutex;

/// Something a refresh reports while it runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A feed or an entry could not be read.
    Failed { url: String, reason: String },
    /// One feed is done.
    FeedDone(FeedSummary),
}

/// What a refresh did with one feed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeedSummary {
    pub url: String,
    pub name: Option<String>,
    pub added: usize,
    pub duplicates: usize,
    pub failed: usize,
    /// Entries beyond the per-refresh cap, left for later.
    pub skipped: usize,
    pub not_modified: bool,
    /// The feed itself could not be read.
    pub error: Option<String>,
}

/// Totals over every feed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    pub feeds: usize,
    pub feeds_failed: usize,
    pub added: usize,
    pub failed: usize,
}

/// Runs `work` over `items` on at most `workers` threads; results keep the order.
pub fn parallel_map<T: Sync, R: Send>(
    items: &[T],
    workers: usize,
    work: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let next = Mutex::new(0usize);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..workers.clamp(1, items.len().max(1)) {
            scope.spawn(|| {
                loop {
                    let i = {
                        let Ok(mut n) = next.lock() else { return };
                        let i = *n;
                        *n += 1;
                        i
                    };
                    let Some(item) = items.get(i) else { return };
                    let r = work(item);
                    if let Ok(mut out) = results.lock() {
                        out[i] = Some(r);
                    }
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_default()
        .into_iter()
        .flatten()
        .collect()
}

/// Fetches a feed; `None` when it has not changed since the last fetch.
fn fetch_feed(
    fetcher: &Fetcher,
    feed: &FeedRow,
) -> Result<Option<(FeedDoc, Response)>, FetchError> {
    let response = fetcher.get(
        &feed.url,
        Want::Feed,
        (feed.etag.as_deref(), feed.last_modified.as_deref()),
    )?;
    let Response::Fresh(page) = &response else {
        return Ok(None);
    };
    let doc = feed::parse_feed(page.text.as_bytes(), &page.url).map_err(|reason| FetchError {
        url: crate::text::sanitize(&feed.url),
        reason,
    })?;
    Ok(Some((doc, response)))
}

/// Reads one entry's article.
fn read_entry(fetcher: &Fetcher, entry: &Entry) -> Result<FetchedArticle, FetchError> {
    if let Some(html) = &entry.full_html {
        let article = feed::article_from_entry(entry, html);
        if !article.sentences.is_empty() {
            return Ok(FetchedArticle {
                article,
                html: Some(html.clone()),
            });
        }
    }
    let Some(link) = &entry.link else {
        return Err(FetchError {
            url: crate::text::sanitize(&entry.key),
            reason: "the entry has neither its text nor a link".into(),
        });
    };
    let mut fetched = fetch_article(fetcher, link)?;
    feed::complete(&mut fetched.article, entry);
    Ok(fetched)
}

/// Refreshes every followed feed; `report` hears of each failure and each feed done,
/// `progress` of each entry read. Only a library error stops it.
pub fn refresh(
    lib: &mut Library,
    fetcher: &Fetcher,
    workers: usize,
    report: &mut dyn FnMut(Event),
    progress: &(dyn Fn(usize) + Sync),
) -> Result<Totals, StoreError> {
    let feeds = lib.feeds()?;
    let fetched = parallel_map(&feeds, workers, |f| fetch_feed(fetcher, f));
    let mut totals = Totals {
        feeds: feeds.len(),
        ..Totals::default()
    };
    let mut summaries: Vec<FeedSummary> = Vec::with_capacity(feeds.len());
    let mut jobs: Vec<(usize, Entry)> = Vec::new();
    for (i, (feed, result)) in feeds.iter().zip(fetched).enumerate() {
        let mut summary = FeedSummary {
            url: feed.url.clone(),
            name: feed.outlet_name().map(str::to_string),
            ..FeedSummary::default()
        };
        match result {
            Err(e) => {
                lib.feed_checked(feed.id, None, None, None, Some(&e.reason))?;
                report(Event::Failed {
                    url: e.url.clone(),
                    reason: e.reason.clone(),
                });
                totals.feeds_failed += 1;
                summary.error = Some(e.reason);
            }
            Ok(None) => {
                lib.feed_checked(feed.id, None, None, None, None)?;
                summary.not_modified = true;
            }
            Ok(Some((doc, response))) => {
                let (etag, modified) = match &response {
                    Response::Fresh(p) => (p.etag.as_deref(), p.last_modified.as_deref()),
                    Response::NotModified => (None, None),
                };
                lib.feed_checked(feed.id, doc.title.as_deref(), etag, modified, None)?;
                if summary.name.is_none() {
                    summary.name.clone_from(&doc.title);
                }
                summary.skipped = doc.skipped;
                for entry in doc.entries {
                    if !lib.entry_seen(feed.id, &entry.key)? {
                        jobs.push((i, entry));
                    }
                }
            }
        }
        summaries.push(summary);
    }
    let read = parallel_map(&jobs, workers, |(_, entry)| {
        let r = read_entry(fetcher, entry);
        progress(1);
        r
    });
    for ((i, entry), result) in jobs.iter().zip(read) {
        let (feed, summary) = (&feeds[*i], &mut summaries[*i]);
        match result {
            Err(e) => {
                summary.failed += 1;
                totals.failed += 1;
                report(Event::Failed {
                    url: e.url,
                    reason: e.reason,
                });
            }
            Ok(FetchedArticle { mut article, html }) => {
                if let Some(name) = &summary.name {
                    article.outlet = Some(name.clone());
                }
                let id = match lib.add(&article)? {
                    AddOutcome::Added { article: id, .. } => {
                        summary.added += 1;
                        totals.added += 1;
                        if let Some(html) = &html {
                            lib.keep_page(id, article.url.as_deref(), html)?;
                        }
                        id
                    }
                    AddOutcome::Duplicate { article: id } => {
                        summary.duplicates += 1;
                        id
                    }
                };
                lib.mark_entry(feed.id, &entry.key, Some(id))?;
            }
        }
    }
    for summary in summaries {
        report(Event::FeedDone(summary));
    }
    Ok(totals)
}

impl FeedSummary {
    /// The one line a person reads about this feed.
    pub fn line(&self) -> String {
        let name = self.name.as_deref().unwrap_or(&self.url);
        if let Some(error) = &self.error {
            return format!("{name}: failed: {error}");
        }
        if self.not_modified {
            return format!("{name}: not modified");
        }
        let mut line = format!(
            "{name}: added {}, already had {}, failed {}",
            self.added, self.duplicates, self.failed
        );
        if self.skipped > 0 {
            line.push_str(&format!(" ({} older entries left for later)", self.skipped));
        }
        line
    }
}
