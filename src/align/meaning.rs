//! Meaning vectors: where a sentence sits in a small space in which words of like
//! meaning lie close, so that "capitulating" and "caving" count as evidence of one
//! fact although they share no letters. Each word of English's 40,000 commonest has
//! a static vector distilled from the all-MiniLM-L6-v2 sentence encoder (Apache-2.0):
//! the encoder's mean-pooled output for the word alone, reduced by PCA to
//! [`DIMENSIONS`] and quantised to bytes (`assets/meaning/`, how it was made in its
//! README). A sentence's vector is the rarity-weighted sum of its words' vectors;
//! two sentences compare by cosine. Static vectors cost one table lookup per word, so
//! alignment stays as fast as before; the full encoder would cost tens of
//! milliseconds a sentence.

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// Components kept of each word vector.
pub const DIMENSIONS: usize = 64;

const WORDS: &str = include_str!("../../assets/meaning/words.txt");
const VECTORS: &[u8] = include_bytes!("../../assets/meaning/vectors.bin");

/// The table: a row per word, [`DIMENSIONS`] signed bytes a row, with one scale
/// per component (the header: `DIMENSIONS` little-endian f32s).
struct Table {
    rows: HashMap<&'static str, u32>,
    scales: [f32; DIMENSIONS],
    /// Each row's length, for the cosine of two words.
    norms: Vec<f32>,
}

impl Table {
    fn component(&self, row: u32, k: usize) -> f32 {
        let q = VECTORS[4 * DIMENSIONS + row as usize * DIMENSIONS + k] as i8;
        self.scales[k] * f32::from(q)
    }
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut scales = [0f32; DIMENSIONS];
    for (k, s) in scales.iter_mut().enumerate() {
        let b = &VECTORS[4 * k..4 * k + 4];
        *s = f32::from_le_bytes([b[0], b[1], b[2], b[3]]);
    }
    let rows: HashMap<&'static str, u32> = WORDS
        .lines()
        .enumerate()
        .map(|(i, w)| (w, i as u32))
        .collect();
    let mut table = Table {
        norms: Vec::new(),
        rows,
        scales,
    };
    table.norms = (0..table.rows.len() as u32)
        .map(|r| {
            (0..DIMENSIONS)
                .map(|k| table.component(r, k).powi(2))
                .sum::<f32>()
                .sqrt()
        })
        .collect();
    table
});

/// Cosine similarity of two words by their table rows, −1..1.
pub fn word_similarity(a: u32, b: u32) -> f32 {
    let table = &*TABLE;
    let dot: f32 = (0..DIMENSIONS)
        .map(|k| table.component(a, k) * table.component(b, k))
        .sum();
    let norms = table.norms[a as usize] * table.norms[b as usize];
    if norms > 0.0 { dot / norms } else { 0.0 }
}

/// The table row of a normalised (lower-case) word, if the table holds it.
pub fn row(word: &str) -> Option<u32> {
    TABLE.rows.get(word).copied()
}

/// What a sentence is about: a unit vector, or all zeros when none of its words is
/// in the table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Meaning([f32; DIMENSIONS]);

impl Default for Meaning {
    fn default() -> Self {
        Self([0.0; DIMENSIONS])
    }
}

/// How much a word of this Zipf frequency counts in its sentence's vector: smooth
/// inverse frequency, a / (a + p(word)) (Arora et al., 2017), so that "the" counts
/// for almost nothing and any word rarer than one in a thousand counts fully.
pub fn word_weight(zipf: f32) -> f32 {
    const A: f32 = 1e-3;
    A / (A + 10f32.powf(zipf - 9.0))
}

impl Meaning {
    /// Adds a table row, weighted.
    pub fn add(&mut self, row: u32, weight: f32) {
        let table = &*TABLE;
        for (k, x) in self.0.iter_mut().enumerate() {
            *x += weight * table.component(row, k);
        }
    }

    /// Scales the sum to unit length (an empty sum stays zero).
    pub fn normalised(mut self) -> Self {
        let norm = self.0.iter().map(|x| x * x).sum::<f32>().sqrt();
        if norm > 0.0 {
            self.0.iter_mut().for_each(|x| *x /= norm);
        }
        self
    }

    /// The vector of a run of normalised words, each weighed by [`word_weight`].
    pub fn of_words<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut m = Self::default();
        for w in words {
            if let Some(r) = row(w) {
                m.add(r, word_weight(super::lexicon::zipf(w)));
            }
        }
        m.normalised()
    }

    /// Cosine similarity, −1..1 (0 when either is empty).
    pub fn similarity(&self, other: &Self) -> f32 {
        self.0.iter().zip(&other.0).map(|(a, b)| a * b).sum()
    }

    /// Whether no word of the sentence was in the table.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|&x| x == 0.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(s: &str) -> Meaning {
        let lower = s.to_lowercase();
        Meaning::of_words(lower.split_whitespace())
    }

    #[test]
    fn the_table_is_whole() {
        assert_eq!(
            WORDS.lines().count() * DIMENSIONS + 4 * DIMENSIONS,
            VECTORS.len()
        );
        assert!(row("the").is_some() && row("zzqxj").is_none());
    }

    #[test]
    fn like_meanings_lie_closer_than_unlike_ones() {
        for (a, b, c) in [
            (
                "the senator caved",
                "the senator capitulated",
                "the senator swam",
            ),
            (
                "prices rose sharply",
                "costs climbed steeply",
                "the river froze",
            ),
            ("the car crashed", "the vehicle collided", "the bill passed"),
        ] {
            let (a, b, c) = (of(a), of(b), of(c));
            assert!(a.similarity(&b) > a.similarity(&c), "{a:?}");
        }
    }

    #[test]
    fn unknown_words_give_an_empty_vector() {
        let m = of("zzqxj qqzzv");
        assert!(m.is_empty());
        assert_eq!(m.similarity(&of("the senator")), 0.0);
        let s = of("the senator");
        assert!((s.similarity(&s) - 1.0).abs() < 1e-4);
    }
}
