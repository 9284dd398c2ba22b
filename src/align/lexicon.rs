//! General knowledge of English that alignment uses beside a story's own text:
//! how common a word is in English at large (wordfreq, CC-BY-SA 4.0), and which
//! words WordNet 3.1 (WordNet licence) lists in one synset. Both tables are shipped
//! in `assets/lexicon/` (how they were made: `assets/lexicon/README.md`), embedded
//! in the binary and read once, on first use.

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

const FREQUENCY: &str = include_str!("../../assets/lexicon/frequency.txt");

/// Zipf value (log10 of occurrences per 10⁹ words) given to a word the table does
/// not hold: a little rarer than its rarest word (2.72), as such words are names,
/// rare words or typos.
pub const UNSEEN_ZIPF: f32 = 2.5;

/// Zipf value of a word with (almost) no information: `the` is 7.73.
const CEILING_ZIPF: f32 = 7.5;

static ZIPF: LazyLock<HashMap<&'static str, f32>> = LazyLock::new(|| {
    let mut map = HashMap::default();
    for line in FREQUENCY.lines() {
        let Some((zipf, words)) = line.split_once('\t') else {
            continue;
        };
        let Ok(centi) = zipf.parse::<f32>() else {
            continue;
        };
        for w in words.split(' ') {
            map.entry(w).or_insert(centi / 100.0);
        }
    }
    map
});

/// Synset ids by Snowball stem: words whose stems share an id can mean the same.
/// The table is stemmed at compile time (`build.rs`); reading it is all that is
/// left for the first comparison.
static SYNSETS: LazyLock<HashMap<&'static str, Vec<u32>>> = LazyLock::new(|| {
    const STEMS: &str = include_str!(concat!(env!("OUT_DIR"), "/synset_stems.txt"));
    let mut map: HashMap<&'static str, Vec<u32>> = HashMap::default();
    map.reserve(STEMS.len() / 16);
    for line in STEMS.lines() {
        if let Some((stem, ids)) = line.split_once('\t') {
            map.insert(
                stem,
                ids.split(' ').filter_map(|i| i.parse().ok()).collect(),
            );
        }
    }
    map
});

/// How common a normalised word is in English: its Zipf value.
pub fn zipf(word: &str) -> f32 {
    ZIPF.get(word).copied().unwrap_or(UNSEEN_ZIPF)
}

/// The information a word carries by its rarity in English at large, from about
/// 0.2 (`the`) to 5 (a word the table does not know).
pub fn background_weight(zipf: f32) -> f32 {
    (CEILING_ZIPF - zipf).max(0.2)
}

/// The WordNet synsets a stem's words belong to (sorted), or none.
pub fn synsets(stem: &str) -> &'static [u32] {
    SYNSETS.get(stem).map_or(&[], Vec::as_slice)
}

/// Whether two sorted synset lists share a synset.
pub fn share_synset(a: &[u32], b: &[u32]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_words_weigh_less_than_rare_ones() {
        assert!(zipf("the") > 7.0);
        assert!(zipf("said") > zipf("withdraw"));
        assert!(background_weight(zipf("the")) < background_weight(zipf("ceasefire")));
        assert_eq!(zipf("zzqxj"), UNSEEN_ZIPF);
    }

    #[test]
    fn synonyms_share_a_synset_by_stem() {
        for (a, b, same) in [
            ("withdraw", "retreat", true),
            ("expel", "oust", true),
            ("purchas", "buy", true),
            ("withdraw", "bread", false),
        ] {
            assert_eq!(share_synset(synsets(a), synsets(b)), same, "{a} vs {b}");
        }
    }
}
