//! The JSON of the library's listings: `stories --json` (its shape is in the
//! contract), `articles --json`, `search --json`, `feed list --json` and `outlet list --json`. Their keys have always come
//! out sorted (they were built as `serde_json::Value`s), so fields are declared in
//! that order.

use crate::store::search::{MATCH_END, MATCH_START};
use crate::store::{ArticleRow, FeedRow, Found, StoryRow};
use serde::Serialize;

/// `parallax stories --json`: each story with its articles. Fields are declared
/// in the sorted order this output has always had.
#[derive(Serialize)]
pub struct Stories<'a> {
    stories: Vec<Story<'a>>,
}

#[derive(Serialize)]
struct Story<'a> {
    agreement: Option<f64>,
    articles: Vec<StoryArticle<'a>>,
    first: Option<&'a str>,
    id: i64,
    last: Option<&'a str>,
    outlets: i64,
    title: &'a str,
}

#[derive(Serialize)]
struct StoryArticle<'a> {
    id: i64,
    outlet: Option<&'a str>,
    published: Option<&'a str>,
    source: &'a str,
    title: Option<&'a str>,
}

impl<'a> Stories<'a> {
    /// The stories in the order given, each with those of `articles` in it.
    pub fn new(stories: &'a [StoryRow], articles: &'a [ArticleRow]) -> Self {
        let mut members: std::collections::HashMap<i64, Vec<StoryArticle<'a>>> =
            std::collections::HashMap::new();
        for a in articles {
            if let Some(story) = a.story {
                members.entry(story).or_default().push(StoryArticle {
                    id: a.id,
                    outlet: a.outlet.as_deref(),
                    published: a.published.as_deref(),
                    source: &a.source,
                    title: a.title.as_deref(),
                });
            }
        }
        let stories = stories
            .iter()
            .map(|s| Story {
                agreement: s.agreement,
                articles: members.remove(&s.id).unwrap_or_default(),
                first: s.first.as_deref(),
                id: s.id,
                last: s.last.as_deref(),
                outlets: s.outlets,
                title: &s.title,
            })
            .collect();
        Self { stories }
    }
}

/// `parallax articles --json`: the listing's rows, metadata without bodies.
#[derive(Serialize)]
pub struct Articles<'a> {
    articles: Vec<Article<'a>>,
}

#[derive(Serialize)]
struct Article<'a> {
    author: Option<&'a str>,
    id: i64,
    outlet: Option<&'a str>,
    published: Option<&'a str>,
    sentences: i64,
    source: &'a str,
    story: Option<i64>,
    title: Option<&'a str>,
    url: Option<&'a str>,
}

impl<'a> Articles<'a> {
    pub fn new(rows: &'a [ArticleRow]) -> Self {
        let articles = rows
            .iter()
            .map(|a| Article {
                author: a.author.as_deref(),
                id: a.id,
                outlet: a.outlet.as_deref(),
                published: a.published.as_deref(),
                sentences: a.sentences,
                source: &a.source,
                story: a.story,
                title: a.title.as_deref(),
                url: a.url.as_deref(),
            })
            .collect();
        Self { articles }
    }
}

/// `parallax search --json`: ranked hits, each match in its snippet `[bracketed]`,
/// and whether every match was ranked.
#[derive(Serialize)]
pub struct Hits<'a> {
    all_ranked: bool,
    hits: Vec<Hit<'a>>,
}

#[derive(Serialize)]
struct Hit<'a> {
    article: i64,
    outlet: Option<&'a str>,
    rank: f64,
    snippet: String,
    story: Option<i64>,
    title: Option<&'a str>,
}

impl<'a> Hits<'a> {
    pub fn new(found: &'a Found) -> Self {
        let hits = found
            .hits
            .iter()
            .map(|h| Hit {
                article: h.article,
                outlet: h.outlet.as_deref(),
                rank: h.rank,
                snippet: h.snippet.replace(MATCH_START, "[").replace(MATCH_END, "]"),
                story: h.story,
                title: h.title.as_deref(),
            })
            .collect();
        Self {
            all_ranked: found.all_ranked,
            hits,
        }
    }
}

/// `parallax feed list --json`: the followed feeds (validators left out).
#[derive(Serialize)]
pub struct Feeds<'a> {
    feeds: Vec<Feed<'a>>,
}

#[derive(Serialize)]
struct Feed<'a> {
    checked_at: Option<&'a str>,
    /// Entries taken from it so far.
    entries: i64,
    id: i64,
    last_error: Option<&'a str>,
    outlet: Option<&'a str>,
    title: Option<&'a str>,
    url: &'a str,
}

impl<'a> Feeds<'a> {
    pub fn new(rows: &'a [FeedRow]) -> Self {
        let feeds = rows
            .iter()
            .map(|f| Feed {
                checked_at: f.checked_at.as_deref(),
                entries: f.entries,
                id: f.id,
                last_error: f.last_error.as_deref(),
                outlet: f.outlet.as_deref(),
                title: f.title.as_deref(),
                url: &f.url,
            })
            .collect();
        Self { feeds }
    }
}

/// `parallax outlet list --json`: each outlet with its article count, most
/// articles first, and how many articles name no outlet.
#[derive(Serialize)]
pub struct Outlets<'a> {
    outlets: Vec<Outlet<'a>>,
    unknown: i64,
}

#[derive(Serialize)]
struct Outlet<'a> {
    articles: i64,
    outlet: &'a str,
}

impl<'a> Outlets<'a> {
    pub fn new(outlets: &'a crate::store::Outlets) -> Self {
        Self {
            outlets: outlets
                .named
                .iter()
                .map(|o| Outlet {
                    articles: o.articles,
                    outlet: &o.name,
                })
                .collect(),
            unknown: outlets.unknown,
        }
    }
}
