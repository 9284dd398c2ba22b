//! Build step: stems every word of the WordNet synonym table once, at compile
//! time, so that a process does not stem ~25,000 words on its first comparison.
//! Writes `$OUT_DIR/synset_stems.txt`: one line per stem, `stem<TAB>id id …`
//! (synset ids = line numbers of `assets/lexicon/synonyms.txt`), sorted by stem.

use rust_stemmers::{Algorithm, Stemmer};
use std::collections::BTreeMap;
use std::fmt::Write as _;

fn main() {
    let source = "assets/lexicon/synonyms.txt";
    println!("cargo::rerun-if-changed={source}");
    println!("cargo::rerun-if-changed=build.rs");
    let table = std::fs::read_to_string(source).expect("assets/lexicon/synonyms.txt is readable");
    let stemmer = Stemmer::create(Algorithm::English);
    let mut by_stem: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for (id, line) in table.lines().enumerate() {
        let mut stems: Vec<String> = line
            .split(' ')
            .map(|w| stemmer.stem(w).into_owned())
            .collect();
        stems.sort_unstable();
        stems.dedup();
        if stems.len() < 2 {
            continue; // forms of one word (say/said) need no synset
        }
        for s in stems {
            by_stem.entry(s).or_default().push(id as u32);
        }
    }
    let mut out = String::new();
    for (stem, ids) in by_stem {
        let ids: Vec<String> = ids.iter().map(u32::to_string).collect();
        let _ = writeln!(out, "{stem}\t{}", ids.join(" "));
    }
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(format!("{dir}/synset_stems.txt"), out).expect("OUT_DIR is writable");
}
