//! One comparison of a story's articles — the single entry point from articles to
//! what every view and report shows: the articles are aligned once
//! ([`crate::align::align`]), laid out in fact rows, and their headlines marked
//! against each other. The interface (`ui::data`), `parallax align`, `diff` and
//! every export read the same [`Comparison`]; how it is written out lives beside
//! it: [`json`] (the JSON contract's own types) and [`look`] (how a change looks
//! in ANSI, in HTML, and whether colour is wanted at all).

pub mod json;
pub mod look;

use crate::align::layout::{FactRow, cell_spans, fact_rows};
use crate::align::summary::headline_marks;
use crate::align::{Alignment, Discrepancy, Document, Group, Mark, Segment, Summary, align};
use crate::ingest::Article;
use crate::store::{Library, StoreError};

/// The articles of a library story, read in full, in the library's order.
pub fn story_articles(lib: &Library, story: i64) -> Result<Vec<Article>, StoreError> {
    lib.articles(Some(story))?
        .iter()
        .map(|row| lib.article(row.id))
        .collect()
}

/// A story's articles with their alignment, fact rows and marked headlines.
pub struct Comparison {
    pub articles: Vec<Article>,
    pub alignment: Alignment,
    /// The alignment laid out for reading across, in the first article's order.
    pub rows: Vec<FactRow>,
    /// Each headline marked against the others.
    pub headlines: Vec<Vec<Segment>>,
}

impl Comparison {
    /// Aligns the articles and lays them out. Pure, and the slow part of
    /// opening a story (the interface runs it off the input thread).
    pub fn new(articles: Vec<Article>) -> Self {
        let docs: Vec<Document> = articles.iter().map(Document::from_article).collect();
        let alignment = align(&docs);
        let lengths: Vec<usize> = articles.iter().map(|a| a.sentences.len()).collect();
        let rows = fact_rows(&alignment, &lengths);
        let titles: Vec<&str> = articles
            .iter()
            .map(|a| a.title.as_deref().unwrap_or(""))
            .collect();
        let headlines = headline_marks(&titles);
        Self {
            articles,
            alignment,
            rows,
            headlines,
        }
    }

    pub fn summary(&self) -> &Summary {
        &self.alignment.summary
    }

    /// Share of their sentences the outlets share, 0..1 (kept with the story).
    pub fn agreement(&self) -> f32 {
        self.alignment.summary.agreement()
    }

    /// Sentence groups: facts stated by more than one outlet.
    pub fn shared_count(&self) -> usize {
        self.alignment.groups.len()
    }

    /// What to tell a person when an article was too long to align whole.
    pub fn truncation_note(&self) -> Option<String> {
        let most = crate::align::MAX_SENTENCES_PER_ARTICLE;
        self.alignment.truncated.then(|| {
            format!("an article has more than {most} sentences; only its first {most} were aligned")
        })
    }

    /// One article's cell of a row as marked runs (see [`cell_spans`]).
    pub fn cell(&self, row: &FactRow, doc: usize) -> Vec<(&str, Mark)> {
        cell_spans(&self.alignment, row, doc, &self.articles[doc].sentences)
    }

    /// One article's cell of a row, each marked run written by `write`.
    pub fn cell_text(
        &self,
        row: &FactRow,
        doc: usize,
        write: impl Fn(&str, Mark) -> String,
    ) -> String {
        self.cell(row, doc)
            .into_iter()
            .map(|(t, m)| write(t, m))
            .collect()
    }

    /// The rows of shared facts, in reading order, each with its group.
    pub fn facts(&self) -> impl Iterator<Item = (&FactRow, &Group)> {
        self.rows
            .iter()
            .filter_map(|row| row.group.map(|g| (row, &self.alignment.groups[g])))
    }

    /// The rows of sentences only one outlet states, in reading order.
    pub fn unique_rows(&self) -> impl Iterator<Item = &FactRow> {
        self.rows.iter().filter(|r| r.group.is_none())
    }

    /// The discrepancies of a row (none for a unique sentence).
    pub fn discrepancies(&self, row: &FactRow) -> &[Discrepancy] {
        row.group
            .map_or(&[][..], |g| &self.alignment.groups[g].discrepancies)
    }

    /// The sentences of article `doc` that no other outlet states, in its order.
    pub fn only_in(&self, doc: usize) -> impl Iterator<Item = &str> {
        let article = &self.articles[doc];
        let group_of = &self.alignment.group_of[doc];
        article
            .sentences
            .iter()
            .enumerate()
            .filter(move |&(s, _)| group_of.get(s).is_none_or(Option::is_none))
            .map(|(_, s)| s.text.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::read_article_bytes;

    fn article(name: &str, text: &str) -> Article {
        read_article_bytes(name, text.as_bytes()).expect("parses")
    }

    #[test]
    fn one_build_serves_rows_facts_and_unique_sentences() {
        let a = article(
            "a.txt",
            "Bridge closes\n\nThe city council voted on Monday to close the old river bridge for repairs.\n\nTraffic will be diverted through the northern ring road.",
        );
        let b = article(
            "b.txt",
            "Old bridge shut\n\nOn Monday the city council voted to close the old river bridge for repairs.\n\nThe mayor abstained.",
        );
        let c = Comparison::new(vec![a, b]);
        assert_eq!(c.shared_count(), 1, "{:?}", c.alignment.groups);
        let facts: Vec<_> = c.facts().collect();
        assert_eq!(facts.len(), 1);
        assert_eq!(facts[0].0.present().collect::<Vec<_>>(), [0, 1]);
        assert_eq!(c.unique_rows().count(), 2);
        assert_eq!(
            c.only_in(0).collect::<Vec<_>>(),
            ["Traffic will be diverted through the northern ring road."]
        );
        assert_eq!(c.only_in(1).collect::<Vec<_>>(), ["The mayor abstained."]);
        assert_eq!(c.headlines.len(), 2);
        assert!(c.truncation_note().is_none());
        let cell = c.cell_text(facts[0].0, 0, |t, _| t.to_string());
        assert_eq!(cell, c.articles[0].sentences[0].text);
        assert!(c.discrepancies(facts[0].0).is_empty());
    }
}
