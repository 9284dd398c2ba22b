//! Fact rows: the alignment laid out for reading across. Each row holds, for each
//! article, the sentences it contributes — all of one sentence group, or one
//! sentence no other outlet states. Rows follow the first article's order; every
//! other article's sentences keep their own order, its unshared sentences placed
//! after the row of its previous sentence.

use super::{Alignment, Mark};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FactRow {
    /// The sentence group, or `None` for a unique sentence.
    pub group: Option<usize>,
    /// For each article, its sentence indices in this row (empty where it has none).
    pub cells: Vec<Vec<usize>>,
}

impl FactRow {
    /// The articles that have something in this row.
    pub fn present(&self) -> impl Iterator<Item = usize> + '_ {
        self.cells
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.is_empty())
            .map(|(d, _)| d)
    }
}

/// The text of one cell as marked runs: each of the article's sentences in the
/// row, marked against the row's other members (all shared for a unique sentence).
/// `sentences` are the article's sentence texts.
pub fn cell_spans<'a, S: AsRef<str>>(
    alignment: &Alignment,
    row: &FactRow,
    doc: usize,
    sentences: &'a [S],
) -> Vec<(&'a str, Mark)> {
    let mut spans = Vec::new();
    for (k, &s) in row.cells[doc].iter().enumerate() {
        let text = sentences[s].as_ref();
        if k > 0 {
            spans.push((" ", Mark::Same));
        }
        let member = row.group.and_then(|g| {
            let group = &alignment.groups[g];
            group
                .members
                .iter()
                .position(|m| m.doc == doc && m.sentence == s)
                .map(|i| &group.emphasis[i])
        });
        match member {
            Some(segments) => spans.extend(
                segments
                    .iter()
                    .map(|seg| (&text[seg.range.clone()], seg.mark)),
            ),
            None => spans.push((text, Mark::Same)),
        }
    }
    spans
}

/// Lays out the rows of an alignment of articles with `lengths[d]` sentences each.
pub fn fact_rows(alignment: &Alignment, lengths: &[usize]) -> Vec<FactRow> {
    let mut layout = Layout {
        alignment,
        rows: Vec::new(),
        group_row: vec![None; alignment.groups.len()],
        docs: lengths.len(),
    };
    for (doc, &len) in lengths.iter().enumerate() {
        // Sentences without a row yet wait for the article's next sentence that
        // has one, and go just before it, so they keep their neighbours.
        let mut pending: Vec<usize> = Vec::new();
        let mut after: Option<usize> = None;
        for sentence in 0..len {
            let anchor = layout
                .group(doc, sentence)
                .and_then(|g| layout.group_row[g]);
            let Some(at) = anchor else {
                pending.push(sentence);
                continue;
            };
            let start = match after {
                Some(a) if a >= at => a + 1,
                _ => at,
            };
            let inserted = layout.place(doc, &pending, start);
            pending.clear();
            let at = if start <= at { at + inserted } else { at };
            layout.rows[at].cells[doc].push(sentence);
            after = Some(at.max(after.map_or(0, |a| a + inserted)));
        }
        let start = after.map_or(layout.rows.len(), |a| a + 1);
        layout.place(doc, &pending, start);
    }
    layout.rows
}

struct Layout<'a> {
    alignment: &'a Alignment,
    rows: Vec<FactRow>,
    /// Where each group's row is, kept up to date as rows are inserted.
    group_row: Vec<Option<usize>>,
    docs: usize,
}

impl Layout<'_> {
    fn group(&self, doc: usize, sentence: usize) -> Option<usize> {
        self.alignment
            .group_of
            .get(doc)
            .and_then(|g| g.get(sentence))
            .copied()
            .flatten()
    }

    /// Places sentences of `doc` in new rows from `at` (or in their group's row
    /// once it exists); returns how many rows were inserted.
    fn place(&mut self, doc: usize, sentences: &[usize], mut at: usize) -> usize {
        let begin = at;
        for &s in sentences {
            let group = self.group(doc, s);
            if let Some(r) = group.and_then(|g| self.group_row[g]) {
                self.rows[r].cells[doc].push(s);
                continue;
            }
            self.rows.insert(
                at,
                FactRow {
                    group,
                    cells: vec![Vec::new(); self.docs],
                },
            );
            for r in self.group_row.iter_mut().flatten() {
                if *r >= at {
                    *r += 1;
                }
            }
            if let Some(g) = group {
                self.group_row[g] = Some(at);
            }
            self.rows[at].cells[doc].push(s);
            at += 1;
        }
        at - begin
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::{Document, align};

    #[test]
    fn every_sentence_appears_once_in_order() {
        let articles = crate::demo::articles();
        let docs: Vec<Document> = articles.iter().map(Document::from_article).collect();
        let alignment = align(&docs);
        let lengths: Vec<usize> = docs.iter().map(|d| d.sentences.len()).collect();
        let rows = fact_rows(&alignment, &lengths);
        for (doc, &len) in lengths.iter().enumerate() {
            let seen: Vec<usize> = rows
                .iter()
                .flat_map(|r| r.cells[doc].iter().copied())
                .collect();
            assert_eq!(seen.len(), len, "article {doc}");
            let mut sorted = seen.clone();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted.len(), len, "article {doc}: a sentence twice");
        }
        // The first article reads top to bottom (a row may hold two of its sentences).
        let first: Vec<usize> = rows
            .iter()
            .filter_map(|r| r.cells[0].first().copied())
            .collect();
        assert!(first.windows(2).all(|w| w[0] < w[1]));
        // A group sits on one row.
        let grouped = rows.iter().filter(|r| r.group.is_some()).count();
        assert_eq!(grouped, alignment.groups.len());
    }
}
