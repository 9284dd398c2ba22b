//! A story's centroid — the sum of its articles' vectors — by term id, and
//! how the library keeps centroids and article vectors: each as one BLOB of
//! (term id, weight) pairs, little-endian `u32` and `f64`, 12 bytes a term (a
//! centroid's in term order, a vector's heaviest first). A story's centroid is
//! read and written whole: one row per story, not one per term.

use rusqlite::types::ValueRef;

/// A term of the library (`terms.id`).
pub(super) type TermId = u32;

/// An article's vector by term id, heaviest first (see `grouping::vector`).
pub(super) type Vector = Vec<(TermId, f64)>;

/// A centroid weight at or below this is what is left of taking articles out.
pub(super) const GONE: f64 = 1e-9;

/// Bytes of one (term, weight) pair.
const PAIR: usize = 12;

/// (Term, weight) pairs as the library stores them.
pub(super) fn encode(pairs: impl ExactSizeIterator<Item = (TermId, f64)>) -> Vec<u8> {
    let mut blob = Vec::with_capacity(pairs.len() * PAIR);
    for (term, weight) in pairs {
        blob.extend_from_slice(&term.to_le_bytes());
        blob.extend_from_slice(&weight.to_le_bytes());
    }
    blob
}

/// The pairs of a stored BLOB; anything else (a damaged or pre-schema-8
/// value) holds none.
pub(super) fn decode(value: ValueRef) -> Vec<(TermId, f64)> {
    let ValueRef::Blob(blob) = value else {
        return Vec::new();
    };
    blob.chunks_exact(PAIR)
        .map(|pair| {
            let (term, weight) = pair.split_at(4);
            let term = TermId::from_le_bytes(term.try_into().unwrap_or_default());
            let weight = f64::from_le_bytes(weight.try_into().unwrap_or_default());
            (term, weight)
        })
        .collect()
}

/// A story's centroid: its weight for each term any of its articles carries.
#[derive(Debug, Clone, Default, PartialEq)]
pub(super) struct Centroid {
    /// Ascending.
    terms: Vec<TermId>,
    weights: Vec<f64>,
}

impl Centroid {
    /// A centroid as stored.
    pub fn decode(value: ValueRef) -> Self {
        let mut pairs = decode(value);
        pairs.sort_unstable_by_key(|&(term, _)| term);
        pairs.dedup_by_key(|&mut (term, _)| term);
        let (terms, weights) = pairs.into_iter().unzip();
        Self { terms, weights }
    }

    /// The centroid as stored.
    pub fn encode(&self) -> Vec<u8> {
        encode(self.terms.iter().copied().zip(self.weights.iter().copied()))
    }

    /// Its terms, ascending.
    pub fn terms(&self) -> &[TermId] {
        &self.terms
    }

    /// Its weights, in term order.
    pub fn weights(&self) -> &[f64] {
        &self.weights
    }

    /// Where `term` sits among its terms.
    pub fn position(&self, term: TermId) -> Option<usize> {
        self.terms.binary_search(&term).ok()
    }

    /// Adds `change` to the weight of its term at `at`; returns the weight.
    pub fn raise(&mut self, at: usize, change: f64) -> f64 {
        self.weights[at] += change;
        self.weights[at]
    }

    /// Its weight for `term` (0 for a term it lacks).
    pub fn weight(&self, term: TermId) -> f64 {
        self.terms
            .binary_search(&term)
            .map_or(0.0, |at| self.weights[at])
    }

    /// Its dot product with a vector.
    pub fn dot(&self, vector: &[(TermId, f64)]) -> f64 {
        vector.iter().map(|&(t, w)| w * self.weight(t)).sum()
    }

    /// Its squared length.
    pub fn norm2(&self) -> f64 {
        self.weights.iter().map(|w| w * w).sum()
    }

    /// Adds a vector to the centroid (`sign` 1) or takes it out (−1); a weight
    /// taken down to [`GONE`] goes. Returns the terms new to the centroid.
    pub fn add(&mut self, vector: &[(TermId, f64)], sign: f64) -> Vec<TermId> {
        let mut change = vector.to_vec();
        change.sort_unstable_by_key(|&(term, _)| term);
        let size = self.terms.len() + change.len();
        let (mut terms, mut weights) = (Vec::with_capacity(size), Vec::with_capacity(size));
        let mut new = Vec::new();
        let mut keep = |term, weight: f64, change: f64| {
            if !(change < 0.0 && weight <= GONE) {
                terms.push(term);
                weights.push(weight);
            }
        };
        let mut old = self.terms.iter().zip(&self.weights).peekable();
        for (term, w) in change {
            while let Some((&t, &weight)) = old.next_if(|&(&t, _)| t < term) {
                keep(t, weight, 0.0);
            }
            match old.next_if(|&(&t, _)| t == term) {
                Some((_, &weight)) => keep(term, weight + sign * w, sign * w),
                None => {
                    keep(term, sign * w, sign * w);
                    if sign > 0.0 {
                        new.push(term);
                    }
                }
            }
        }
        for (&t, &weight) in old {
            keep(t, weight, 0.0);
        }
        self.terms = terms;
        self.weights = weights;
        new
    }
}

#[cfg(test)]
mod tests {
    use super::{Centroid, decode, encode};
    use rusqlite::types::ValueRef;

    #[test]
    fn centroids_add_take_out_and_keep_as_stored() {
        let mut c = Centroid::default();
        assert_eq!(c.add(&[(7, 0.5), (3, 0.25)], 1.0), vec![3, 7]);
        assert_eq!(c.add(&[(5, 0.5), (7, 0.5)], 1.0), vec![5]);
        assert_eq!(c.terms(), &[3, 5, 7]);
        assert_eq!((c.weight(7), c.weight(4)), (1.0, 0.0));
        assert_eq!(c.dot(&[(7, 2.0), (3, 4.0), (9, 1.0)]), 3.0);
        assert_eq!(c.norm2(), 0.0625 + 0.25 + 1.0);
        let blob = c.encode();
        assert_eq!(blob.len(), 36);
        assert_eq!(Centroid::decode(ValueRef::Blob(&blob)), c);
        assert!(c.add(&[(5, 0.5), (3, 0.125)], -1.0).is_empty());
        assert_eq!(c.terms(), &[3, 7], "taken down to nothing, a term goes");
        assert_eq!(c.weight(3), 0.125);
        let vector = [(9, 0.75), (2, 0.5)];
        let stored = encode(vector.iter().copied());
        assert_eq!(
            decode(ValueRef::Blob(&stored)),
            vector,
            "in the order given"
        );
        assert!(decode(ValueRef::Text(b"[[\"bridg\",0.5]]")).is_empty());
    }
}
