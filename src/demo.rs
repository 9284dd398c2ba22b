//! The bundled demo story: five outlets' articles on one event (Armenia freezing
//! its CSTO membership, June 2024), embedded in the binary so parallax works from
//! any directory with an empty library.

use crate::ingest::{Article, read_article_bytes};

/// The demo articles as shipped in `assets/demo/`, by file name.
pub const FILES: [(&str, &str); 5] = [
    (
        "000_7aca94074207edf6.txt",
        include_str!("../assets/demo/000_7aca94074207edf6.txt"),
    ),
    (
        "001_46da3cbaf8e3bbae.txt",
        include_str!("../assets/demo/001_46da3cbaf8e3bbae.txt"),
    ),
    (
        "002_23c11bec9f6658fd.txt",
        include_str!("../assets/demo/002_23c11bec9f6658fd.txt"),
    ),
    (
        "003_b3ba5b312ea64dc1.txt",
        include_str!("../assets/demo/003_b3ba5b312ea64dc1.txt"),
    ),
    (
        "004_fb0d9f57f16703eb.txt",
        include_str!("../assets/demo/004_fb0d9f57f16703eb.txt"),
    ),
];

/// The demo story's title as the library lists it.
pub const TITLE: &str = "Demo: Armenia and the CSTO (five outlets)";

/// The parsed demo articles, each sourced as `demo/<file>`.
pub fn articles() -> Vec<Article> {
    FILES
        .iter()
        .filter_map(|(name, text)| {
            read_article_bytes(&format!("demo/{name}"), text.as_bytes()).ok()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn all_five_parse() {
        assert_eq!(super::articles().len(), 5);
    }
}
