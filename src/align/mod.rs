//! The comparison engine: pure functions, no I/O, no terminal. Given the sentences
//! of 2..N articles of one story it finds the sentence groups (facts stated by more
//! than one outlet), the word-level differences inside each group, the typed
//! discrepancies (numbers, dates, names, quotes, verbs), and a story summary.

pub mod discrepancy;
pub mod evidence;
pub mod grouping;
pub mod layout;
pub mod lexicon;
pub mod meaning;
pub mod numbers;
pub mod summary;
pub mod terms;
pub mod weights;
pub mod worddiff;

pub use discrepancy::{Discrepancy, Kind as DiscrepancyKind};
pub use evidence::PairFeatures;
pub use grouping::{Params, SentenceRef};
pub use summary::Summary;
pub use worddiff::{Mark, Segment, WordDiff, diff_words};

use serde::Serialize;
use std::hash::{Hash, Hasher};
use terms::{Features, Vocabulary, features};

/// One article as the engine sees it.
#[derive(Clone, Debug)]
pub struct Document<'a> {
    pub title: Option<&'a str>,
    pub sentences: Vec<&'a str>,
    /// Which sentences are subheadings (never linked; empty means none).
    pub headings: Vec<bool>,
}

impl<'a> Document<'a> {
    pub fn from_article(article: &'a crate::ingest::Article) -> Self {
        Self {
            title: article.title.as_deref(),
            sentences: article.sentences.iter().map(|s| s.text.as_str()).collect(),
            headings: article.sentences.iter().map(|s| s.heading).collect(),
        }
    }
}

/// The word diff between two members of a group (indexes into `members`).
#[derive(Clone, Debug, Serialize)]
pub struct PairDiff {
    pub a: usize,
    pub b: usize,
    pub score: f32,
    pub diff: WordDiff,
}

/// Sentences from different articles that state the same fact.
#[derive(Clone, Debug, Serialize)]
pub struct Group {
    pub members: Vec<SentenceRef>,
    /// The strongest link's score, 0..1.
    pub score: f32,
    pub discrepancies: Vec<Discrepancy>,
    #[serde(skip)]
    pub pairs: Vec<PairDiff>,
    /// For each member, its sentence marked against the other members: a word is
    /// shared when any other member has it.
    #[serde(skip)]
    pub emphasis: Vec<Vec<Segment>>,
}

impl Group {
    /// Members from article `doc`.
    pub fn members_of(&self, doc: usize) -> impl Iterator<Item = (usize, &SentenceRef)> {
        self.members
            .iter()
            .enumerate()
            .filter(move |(_, m)| m.doc == doc)
    }

    pub fn docs(&self) -> Vec<usize> {
        let mut docs: Vec<usize> = self.members.iter().map(|m| m.doc).collect();
        docs.dedup();
        docs
    }
}

/// The whole comparison of a story.
#[derive(Clone, Debug, Serialize)]
pub struct Alignment {
    pub groups: Vec<Group>,
    pub summary: Summary,
    /// For each article, for each sentence, the group it belongs to.
    #[serde(skip)]
    pub group_of: Vec<Vec<Option<usize>>>,
    /// Whether some article was longer than [`MAX_SENTENCES_PER_ARTICLE`]: its
    /// sentences beyond that were not aligned (they show as stated only there).
    pub truncated: bool,
}

/// Most sentences of one article that are aligned. Memory and time grow with the
/// sentences aligned (features, postings, candidate pairs), so an 11 MB file of a
/// million paragraphs is aligned on its first part only, and the alignment says so.
/// A long news article has 100–200 sentences.
pub const MAX_SENTENCES_PER_ARTICLE: usize = 2_000;

/// Largest group for which every pair of members is diffed; larger ones diff only
/// the pairs that were linked.
const ALL_PAIRS_UP_TO: usize = 8;

/// Aligns the documents of one story with the default parameters.
pub fn align(docs: &[Document]) -> Alignment {
    align_with(docs, &Params::default())
}

/// The evidence of every candidate pair of sentences of a story (for fitting and
/// measuring the decision rule).
pub fn candidate_evidence(docs: &[Document]) -> Vec<(grouping::Link, PairFeatures)> {
    let mut vocabulary = Vocabulary::default();
    let feats = analyse(docs, &mut vocabulary);
    let mut out = Vec::new();
    grouping::candidates(&feats, &vocabulary, |link, e| {
        let (fa, fb) = (
            &feats[link.a.doc][link.a.sentence],
            &feats[link.b.doc][link.b.sentence],
        );
        out.push((
            link,
            e.with_order(fa, fb, &[0.0; evidence::FEATURES + 1], 0.0),
        ));
    });
    out
}

/// Each sentence of each document analysed, with its heading flag.
fn analyse(docs: &[Document], vocabulary: &mut Vocabulary) -> Vec<Vec<Features>> {
    docs.iter()
        .map(|d| {
            d.sentences
                .iter()
                .take(MAX_SENTENCES_PER_ARTICLE)
                .enumerate()
                .map(|(i, s)| {
                    let mut f = features(s, vocabulary);
                    f.heading = d.headings.get(i).copied().unwrap_or(false);
                    f
                })
                .collect()
        })
        .collect()
}

pub fn align_with(docs: &[Document], params: &Params) -> Alignment {
    let mut vocabulary = Vocabulary::default();
    let feats = analyse(docs, &mut vocabulary);
    let text = |r: SentenceRef| docs[r.doc].sentences[r.sentence];
    let order_key = |r: SentenceRef| {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        text(r).hash(&mut h);
        h.finish()
    };
    let links = grouping::score_pairs(&feats, &vocabulary, params);
    let links = grouping::select_links(&links, params);
    let merged = grouping::merge(links, params, order_key);

    let story = discrepancy::StoryText::new(&feats, &vocabulary);
    let mut group_of: Vec<Vec<Option<usize>>> =
        docs.iter().map(|d| vec![None; d.sentences.len()]).collect();
    let mut groups = Vec::with_capacity(merged.len());
    for (g, (members, links)) in merged.into_iter().enumerate() {
        for m in &members {
            group_of[m.doc][m.sentence] = Some(g);
        }
        let index = |r: SentenceRef| members.iter().position(|&m| m == r).unwrap_or(0);
        let score_of = |a: usize, b: usize| {
            links
                .iter()
                .find(|l| (index(l.a), index(l.b)) == (a, b) || (index(l.a), index(l.b)) == (b, a))
                .map_or(0.0, |l| l.score)
        };
        let pair_list: Vec<(usize, usize)> = if members.len() <= ALL_PAIRS_UP_TO {
            (0..members.len())
                .flat_map(|a| (a + 1..members.len()).map(move |b| (a, b)))
                .filter(|&(a, b)| members[a].doc != members[b].doc)
                .collect()
        } else {
            links
                .iter()
                .map(|l| (index(l.a).min(index(l.b)), index(l.a).max(index(l.b))))
                .collect()
        };
        let pairs: Vec<PairDiff> = pair_list
            .into_iter()
            .map(|(a, b)| PairDiff {
                a,
                b,
                score: score_of(a, b),
                diff: diff_words(text(members[a]), text(members[b])),
            })
            .collect();
        let emphasis = (0..members.len())
            .map(|m| emphasis(text(members[m]), m, &pairs))
            .collect();
        // Discrepancies are read only between members joined by a strong link: a
        // member that joined on weaker evidence may state a neighbouring fact, and
        // its date or number would fill another slot.
        let firm = |r: &SentenceRef| {
            links
                .iter()
                .any(|l| (l.a == *r || l.b == *r) && l.score >= params.strong_score)
        };
        let member_feats: Vec<(&str, &Features, usize)> = members
            .iter()
            .filter(|r| firm(r))
            .map(|&r| (text(r), &feats[r.doc][r.sentence], r.doc))
            .collect();
        let discrepancies = discrepancy::find(&member_feats, &story);
        let score = links.iter().map(|l| l.score).fold(0.0, f32::max);
        groups.push(Group {
            members,
            score,
            discrepancies,
            pairs,
            emphasis,
        });
    }
    let summary = summary::summarize(docs, &groups, &group_of);
    Alignment {
        groups,
        summary,
        group_of,
        truncated: docs
            .iter()
            .any(|d| d.sentences.len() > MAX_SENTENCES_PER_ARTICLE),
    }
}

/// Marks `text` (member `m`) against every other member it was diffed with: a byte
/// keeps the mildest mark any pair gave it (shared beats changed beats only-here).
pub(crate) fn emphasis(text: &str, m: usize, pairs: &[PairDiff]) -> Vec<Segment> {
    let mut marks: Option<Vec<Mark>> = None;
    for p in pairs {
        let side = if p.a == m {
            &p.diff.left
        } else if p.b == m {
            &p.diff.right
        } else {
            continue;
        };
        let marks = marks.get_or_insert_with(|| vec![Mark::Only; text.len()]);
        for seg in side {
            for b in &mut marks[seg.range.clone()] {
                *b = (*b).min(seg.mark);
            }
        }
    }
    let Some(marks) = marks else {
        return vec![Segment {
            range: 0..text.len(),
            mark: Mark::Same,
        }];
    };
    let mut out: Vec<Segment> = Vec::new();
    for (i, &mark) in marks.iter().enumerate() {
        match out.last_mut() {
            Some(last) if last.mark == mark => last.range.end = i + 1,
            _ => out.push(Segment {
                range: i..i + 1,
                mark,
            }),
        }
    }
    out
}

#[cfg(test)]
mod discrepancy_tests;
#[cfg(test)]
mod tests;
