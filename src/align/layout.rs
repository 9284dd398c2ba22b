//! Fact rows: the alignment laid out for reading across. Each row holds, for each
//! article, the sentences it contributes — all of one sentence group, or one
//! sentence no other outlet states. Rows follow the first article's order; every
//! other article's sentences keep their own order, its unshared sentences placed
//! after the row of its previous sentence.

use super::Alignment;

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

/// Lays out the rows of an alignment of articles with `lengths[d]` sentences each.
pub fn fact_rows(alignment: &Alignment, lengths: &[usize]) -> Vec<FactRow> {
    let docs = lengths.len();
    let mut rows: Vec<FactRow> = Vec::new();
    // Where each group's row is, kept up to date as rows are inserted.
    let mut group_row: Vec<Option<usize>> = vec![None; alignment.groups.len()];
    for (doc, &len) in lengths.iter().enumerate() {
        let mut after: Option<usize> = None;
        for sentence in 0..len {
            let group = alignment
                .group_of
                .get(doc)
                .and_then(|g| g.get(sentence))
                .copied()
                .flatten();
            let existing = group.and_then(|g| group_row[g]);
            let at = match existing {
                Some(r) => r,
                None => {
                    // The first article appends; the others insert after their previous
                    // sentence's row (or at the top, before their first one).
                    let at = if doc == 0 {
                        rows.len()
                    } else {
                        after.map_or(0, |a| a + 1)
                    };
                    rows.insert(
                        at,
                        FactRow {
                            group,
                            cells: vec![Vec::new(); docs],
                        },
                    );
                    for r in group_row.iter_mut().flatten() {
                        if *r >= at {
                            *r += 1;
                        }
                    }
                    if let Some(g) = group {
                        group_row[g] = Some(at);
                    }
                    at
                }
            };
            rows[at].cells[doc].push(sentence);
            after = Some(at);
        }
    }
    rows
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
