//! Text utilities shared by ingest and align: terminal-safe sanitising, sentence
//! segmentation, word tokens. Pure functions, no I/O.

pub mod lexicon;
pub mod sanitize;
pub mod segment;
pub mod words;
pub mod wrap;

pub use sanitize::{is_clean, sanitize};
pub use segment::split_sentences;

/// `n` and a noun, the noun plural unless `n` is one: "1 article", "3 entries".
/// The plural is English's regular one (a consonant's "y" becomes "ies").
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        return format!("1 {noun}");
    }
    let consonant_y = noun.strip_suffix('y').filter(|stem| {
        stem.chars()
            .next_back()
            .is_some_and(|c| !"aeiou".contains(c))
    });
    match consonant_y {
        Some(stem) => format!("{n} {stem}ies"),
        None => format!("{n} {noun}s"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_agree_with_their_noun() {
        for (n, noun, want) in [
            (1, "article", "1 article"),
            (0, "article", "0 articles"),
            (2, "entry", "2 entries"),
            (1, "entry", "1 entry"),
            (3, "story", "3 stories"),
            (2, "day", "2 days"),
        ] {
            assert_eq!(super::count(n, noun), want);
        }
    }
}
