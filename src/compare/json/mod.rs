//! The JSON that scripts read (the contract in `../shared/DESIGN.md`): `align
//! --json`, `parse --json` and `export --format json` here, the library's
//! listings (`stories`, `articles`, `search`, `feed list`) in [`library`]. These
//! types are the contract — the engine's structs can change without changing a
//! byte here (tests/golden.rs holds the exact output). They borrow from the
//! comparison and serialise sequences lazily, so a million sentences cost no copy.

use super::Comparison;
use crate::align::{Discrepancy, Group};
use crate::ingest::Article;
use crate::store::StoryRow;

mod library;
pub use library::{Articles, Feeds, Hits, Outlets, Stories};
use serde::{Serialize, Serializer};

/// A slice serialised item by item through `F`, without collecting a copy.
pub(crate) struct Each<'a, T, F>(pub(crate) &'a [T], pub(crate) F);

impl<'a, T, U: Serialize, F: Fn(&'a T) -> U> Serialize for Each<'a, T, F> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(&self.1))
    }
}

/// `{"documents": [...]}` of `parallax parse --json`.
#[derive(Serialize)]
pub struct Documents<'a> {
    #[serde(serialize_with = "documents")]
    documents: &'a [Article],
}

impl<'a> Documents<'a> {
    pub fn new(articles: &'a [Article]) -> Self {
        Self {
            documents: articles,
        }
    }
}

fn documents<S: Serializer>(articles: &&[Article], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(articles.iter().map(Document::of))
}

/// One article: metadata (unknown is `null`), sentences, what cleaning dropped.
#[derive(Serialize)]
struct Document<'a> {
    source: &'a str,
    title: Option<&'a str>,
    outlet: Option<&'a str>,
    author: Option<&'a str>,
    /// ISO 8601; the date alone when no time is known.
    published: Option<String>,
    url: Option<&'a str>,
    sentences: Each<'a, crate::ingest::Sentence, fn(&crate::ingest::Sentence) -> Sentence<'_>>,
    dropped: Each<'a, crate::ingest::Dropped, fn(&crate::ingest::Dropped) -> Dropped<'_>>,
}

impl<'a> Document<'a> {
    fn of(a: &'a Article) -> Self {
        Self {
            source: &a.source,
            title: a.title.as_deref(),
            outlet: a.outlet.as_deref(),
            author: a.author.as_deref(),
            published: a.published.map(|p| p.to_string()),
            url: a.url.as_deref(),
            sentences: Each(&a.sentences, |s| Sentence {
                text: &s.text,
                paragraph: s.paragraph,
                heading: s.heading,
            }),
            dropped: Each(&a.dropped, |d| Dropped {
                text: &d.text,
                why: &d.why,
            }),
        }
    }
}

#[derive(Serialize)]
struct Sentence<'a> {
    text: &'a str,
    paragraph: usize,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    heading: bool,
}

#[derive(Serialize)]
struct Dropped<'a> {
    text: &'a str,
    why: &'a str,
}

/// A sentence group: its members, its strongest link's score, its discrepancies.
#[derive(Serialize)]
struct GroupJson<'a> {
    members: Each<'a, crate::align::SentenceRef, fn(&crate::align::SentenceRef) -> Member>,
    score: f32,
    discrepancies: Each<'a, Discrepancy, fn(&Discrepancy) -> DiscrepancyJson<'_>>,
}

impl<'a> GroupJson<'a> {
    fn of(g: &'a Group) -> Self {
        Self {
            members: Each(&g.members, |m| Member {
                doc: m.doc,
                sentence: m.sentence,
            }),
            score: g.score,
            discrepancies: Each(&g.discrepancies, |d| DiscrepancyJson::of(d)),
        }
    }
}

#[derive(Serialize)]
struct Member {
    doc: usize,
    sentence: usize,
}

/// `agree` and `compatible` are the contract's two booleans for the verdict.
#[derive(Serialize)]
struct DiscrepancyJson<'a> {
    kind: &'static str,
    values: Each<
        'a,
        crate::align::discrepancy::Value,
        fn(&crate::align::discrepancy::Value) -> Value<'_>,
    >,
    agree: bool,
    compatible: bool,
}

impl<'a> DiscrepancyJson<'a> {
    fn of(d: &'a Discrepancy) -> Self {
        Self {
            kind: d.kind.label(),
            values: Each(&d.values, |v| Value {
                doc: v.doc,
                text: v.text.as_deref(),
            }),
            agree: d.verdict.agrees(),
            compatible: d.verdict.compatible(),
        }
    }
}

#[derive(Serialize)]
struct Value<'a> {
    doc: usize,
    text: Option<&'a str>,
}

/// The story at a glance (see `align::summary`).
#[derive(Serialize)]
struct SummaryJson<'a> {
    articles: Each<
        'a,
        crate::align::summary::ArticleSummary,
        fn(&crate::align::summary::ArticleSummary) -> ArticleSummary,
    >,
    overlap: &'a [Vec<usize>],
    headlines: Each<
        'a,
        crate::align::summary::Headline,
        fn(&crate::align::summary::Headline) -> Headline<'_>,
    >,
    substitutions: Each<
        'a,
        crate::align::summary::Substitution,
        fn(&crate::align::summary::Substitution) -> Substitution<'_>,
    >,
}

impl<'a> SummaryJson<'a> {
    fn of(c: &'a Comparison) -> Self {
        let s = c.summary();
        Self {
            articles: Each(&s.articles, |a| ArticleSummary {
                doc: a.doc,
                sentences: a.sentences,
                shared: a.shared,
                unique: a.unique,
            }),
            overlap: &s.overlap,
            headlines: Each(&s.headlines, |h| Headline {
                doc: h.doc,
                title: h.title.as_deref(),
                similarity: h.similarity,
            }),
            substitutions: Each(&s.substitutions, |x| Substitution {
                words: &x.words,
                groups: x.groups,
            }),
        }
    }
}

#[derive(Serialize)]
struct ArticleSummary {
    doc: usize,
    sentences: usize,
    shared: usize,
    unique: usize,
}

#[derive(Serialize)]
struct Headline<'a> {
    doc: usize,
    title: Option<&'a str>,
    similarity: f32,
}

#[derive(Serialize)]
struct Substitution<'a> {
    words: &'a [String],
    groups: usize,
}

/// `parallax align --json`: documents, groups, summary, and whether an article
/// was aligned in part only.
#[derive(Serialize)]
pub struct Align<'a> {
    #[serde(serialize_with = "documents")]
    documents: &'a [Article],
    groups: Each<'a, Group, fn(&Group) -> GroupJson<'_>>,
    summary: SummaryJson<'a>,
    truncated: bool,
}

impl<'a> Align<'a> {
    pub fn new(c: &'a Comparison) -> Self {
        Self {
            documents: &c.articles,
            groups: Each(&c.alignment.groups, |g| GroupJson::of(g)),
            summary: SummaryJson::of(c),
            truncated: c.alignment.truncated,
        }
    }
}

/// `parallax export --format json`: the story row beside the comparison. Its
/// keys have always come out sorted at every level (it was built as a
/// `serde_json::Value`), so it is still written through one.
pub fn export(story: &StoryRow, c: &Comparison) -> serde_json::Result<String> {
    #[derive(Serialize)]
    struct Export<'a> {
        story: &'a StoryRow,
        #[serde(serialize_with = "documents")]
        documents: &'a [Article],
        groups: Each<'a, Group, fn(&Group) -> GroupJson<'_>>,
        summary: SummaryJson<'a>,
    }
    let value = serde_json::to_value(Export {
        story,
        documents: &c.articles,
        groups: Each(&c.alignment.groups, |g| GroupJson::of(g)),
        summary: SummaryJson::of(c),
    })?;
    serde_json::to_string_pretty(&value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::discrepancy::{Kind, Value as Given, Verdict};

    #[test]
    fn a_discrepancy_keeps_the_contract_booleans_for_each_verdict() {
        let cases = [
            (Verdict::Agree, true, true),
            (Verdict::Compatible, false, true),
            (Verdict::Contradict, false, false),
        ];
        for (verdict, agree, compatible) in cases {
            let d = Discrepancy {
                kind: Kind::Number,
                values: vec![
                    Given {
                        doc: 0,
                        text: Some("ten".into()),
                    },
                    Given { doc: 2, text: None },
                ],
                verdict,
            };
            let json = serde_json::to_string(&DiscrepancyJson::of(&d)).expect("serialises");
            assert_eq!(
                json,
                format!(
                    r#"{{"kind":"number","values":[{{"doc":0,"text":"ten"}},{{"doc":2,"text":null}}],"agree":{agree},"compatible":{compatible}}}"#
                )
            );
        }
    }

    #[test]
    fn a_heading_is_marked_only_when_it_is_one() {
        let s = |heading| crate::ingest::Sentence {
            text: "Aftermath".into(),
            paragraph: 3,
            heading,
        };
        let article = Article {
            source: "a.txt".into(),
            sentences: vec![s(true), s(false)],
            ..Article::default()
        };
        let json = serde_json::to_string(&Documents::new(std::slice::from_ref(&article)))
            .expect("serialises");
        assert_eq!(
            json,
            r#"{"documents":[{"source":"a.txt","title":null,"outlet":null,"author":null,"published":null,"url":null,"sentences":[{"text":"Aftermath","paragraph":3,"heading":true},{"text":"Aftermath","paragraph":3}],"dropped":[]}]}"#
        );
    }
}
