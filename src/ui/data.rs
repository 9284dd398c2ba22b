//! Where the interface's stories come from — the library, the bundled demo when
//! the library is empty, or files given on the command line — and opening one:
//! reading its articles and aligning them (off the input thread; see `app`).

use crate::compare::Comparison;
use crate::ingest::Article;
use crate::store::Library;

/// Which story an entry names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoryKey {
    /// The bundled demo story (shown while the library is empty).
    Demo,
    Library(i64),
    /// The files given to `parallax compare`.
    Files,
}

/// A story as the library view lists it.
#[derive(Clone, Debug, PartialEq)]
pub struct StoryEntry {
    pub key: StoryKey,
    pub title: String,
    pub articles: usize,
    pub outlets: usize,
    pub first: Option<String>,
    pub last: Option<String>,
    pub agreement: Option<f32>,
}

/// An opened story: its entry and its [`Comparison`] (articles, alignment, fact
/// rows, marked headlines), read through `Deref` as `story.rows`, `story.articles`.
pub struct OpenStory {
    pub entry: StoryEntry,
    pub comparison: Comparison,
}

impl OpenStory {
    /// Compares the articles. Pure, and the slow part of opening a story.
    pub fn build(mut entry: StoryEntry, articles: Vec<Article>) -> Self {
        let comparison = Comparison::new(articles);
        entry.agreement = Some(comparison.agreement());
        Self { entry, comparison }
    }
}

impl std::ops::Deref for OpenStory {
    type Target = Comparison;

    fn deref(&self) -> &Comparison {
        &self.comparison
    }
}

/// What the interface reads stories from.
pub enum Source {
    Library(Library),
    Files(Vec<Article>),
}

fn demo_entry(articles: &[Article]) -> StoryEntry {
    let dates: Vec<String> = articles
        .iter()
        .filter_map(|a| a.published.map(|p| p.to_string()))
        .collect();
    StoryEntry {
        key: StoryKey::Demo,
        title: crate::demo::TITLE.to_string(),
        articles: articles.len(),
        outlets: articles.len(),
        first: dates.iter().min().cloned(),
        last: dates.iter().max().cloned(),
        agreement: None,
    }
}

impl Source {
    /// The stories to list; the demo story when the library is empty.
    pub fn entries(&self) -> Result<Vec<StoryEntry>, String> {
        match self {
            Source::Files(articles) => {
                let mut e = demo_entry(articles);
                e.key = StoryKey::Files;
                e.title = articles
                    .first()
                    .and_then(|a| a.title.clone())
                    .unwrap_or_else(|| "Files".to_string());
                Ok(vec![e])
            }
            Source::Library(lib) => {
                let stories = lib.stories().map_err(|e| e.to_string())?;
                if stories.is_empty() {
                    // The demo is small: align it now so the list shows its agreement.
                    let articles = crate::demo::articles();
                    let entry = demo_entry(&articles);
                    return Ok(vec![OpenStory::build(entry, articles).entry]);
                }
                Ok(stories
                    .into_iter()
                    .map(|s| StoryEntry {
                        key: StoryKey::Library(s.id),
                        title: s.title,
                        articles: s.articles as usize,
                        outlets: s.outlets as usize,
                        first: s.first,
                        last: s.last,
                        agreement: s.agreement.map(|a| a as f32),
                    })
                    .collect())
            }
        }
    }

    /// The articles of a story, read in full.
    pub fn articles(&self, key: StoryKey) -> Result<Vec<Article>, String> {
        match (self, key) {
            (_, StoryKey::Demo) => Ok(crate::demo::articles()),
            (Source::Files(articles), StoryKey::Files) => Ok(articles.clone()),
            (Source::Library(lib), StoryKey::Library(id)) => {
                crate::compare::story_articles(lib, id).map_err(|e| e.to_string())
            }
            _ => Err("that story is not in this source".to_string()),
        }
    }

    /// Remembers a story's agreement once it has been aligned.
    pub fn remember(&mut self, key: StoryKey, agreement: f32) {
        if let (Source::Library(lib), StoryKey::Library(id)) = (self, key) {
            let _ = lib.set_agreement(id, f64::from(agreement));
        }
    }
}
