//! Reading inputs from disk with the checks a user is owed: a missing path, a
//! directory, a file too large, an empty file, binary data or invalid UTF-8 each get
//! an [`IngestError`] naming the path and the reason, and nothing panics.

use super::{Article, parse};
use std::fmt;
use std::io::Read;
use std::path::Path;

/// The largest input read as one article. News pages are far smaller; anything
/// this big is a mistake (a log, a dump) and is refused before it is read.
pub const MAX_INPUT_BYTES: u64 = 16 * 1024 * 1024;

/// An input that could not be turned into an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IngestError {
    pub path: String,
    pub reason: String,
}

impl fmt::Display for IngestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.reason)
    }
}

impl std::error::Error for IngestError {}

fn fail(path: &str, reason: impl Into<String>) -> IngestError {
    IngestError {
        path: crate::text::sanitize(path),
        reason: reason.into(),
    }
}

/// Reads and parses the file at `path`.
pub fn read_article(path: &Path) -> Result<Article, IngestError> {
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| fail(&shown, io_reason(&e)))?;
    if meta.is_dir() {
        return Err(fail(&shown, "is a directory, not an article file"));
    }
    if meta.len() > MAX_INPUT_BYTES {
        return Err(fail(
            &shown,
            format!(
                "file is {}, larger than the {} limit for one article",
                size(meta.len()),
                size(MAX_INPUT_BYTES)
            ),
        ));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(path)
        .and_then(|file| file.take(MAX_INPUT_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| fail(&shown, io_reason(&e)))?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(fail(
            &shown,
            format!(
                "input is larger than the {} limit for one article",
                size(MAX_INPUT_BYTES)
            ),
        ));
    }
    read_article_bytes(&shown, &bytes)
}

/// Parses bytes already in memory; `source` names them.
pub fn read_article_bytes(source: &str, bytes: &[u8]) -> Result<Article, IngestError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(fail(source, "file is empty"));
    }
    let sample = &bytes[..bytes.len().min(8192)];
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x09 || (0x0e..0x20).contains(&b) && b != 0x1b)
        .count();
    if sample.contains(&0) || controls * 20 > sample.len() {
        return Err(fail(source, "binary data, not text"));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        fail(
            source,
            format!(
                "not valid UTF-8 (first bad byte at offset {})",
                e.valid_up_to()
            ),
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let article = parse(source, text).map_err(|reason| fail(source, reason))?;
    if article.sentences.is_empty() {
        return Err(fail(
            source,
            "no article text found (only page furniture or a title)",
        ));
    }
    Ok(article)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

fn size(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{} bytes", bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn bad_inputs_are_named_with_a_reason() {
        let cases: &[(&[u8], &str)] = &[
            (b"", "empty"),
            (b"  \n\t\n", "empty"),
            (b"\x00\x01\x02binary\x00", "binary"),
            (
                b"Title\n\nA caf\xe9 in the town square was closed on Monday by police.",
                "UTF-8",
            ),
            (b"Share this\n\nRelated articles", "no article text"),
            (b"{\"title\": 3", "JSON"),
        ];
        for (bytes, reason) in cases {
            let err = read_article_bytes("in.txt", bytes).expect_err("must fail");
            assert!(err.reason.contains(reason), "{err}");
            assert!(err.to_string().starts_with("in.txt: "), "{err}");
        }
    }

    #[test]
    fn missing_and_directory_paths() {
        let dir = tempfile::tempdir().expect("tempdir");
        let err = read_article(&dir.path().join("nope.txt")).expect_err("missing");
        assert!(err.reason.contains("no such file"), "{err}");
        let err = read_article(dir.path()).expect_err("directory");
        assert!(err.reason.contains("directory"), "{err}");
    }

    #[test]
    fn huge_files_are_refused_before_reading() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("huge.txt");
        let file = std::fs::File::create(&path).expect("create");
        file.set_len(200 * 1024 * 1024).expect("sparse file");
        let err = read_article(&path).expect_err("too big");
        assert!(err.reason.contains("larger than"), "{err}");
    }

    proptest! {
        #[test]
        fn parsing_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
            let _ = read_article_bytes("fuzz", &bytes);
        }

        #[test]
        fn parsing_never_panics_on_arbitrary_text(text in "(?s).{0,600}") {
            if let Ok(article) = read_article_bytes("fuzz.txt", text.as_bytes()) {
                prop_assert!(article.sentences.iter().all(|s| crate::text::is_clean(&s.text)));
            }
        }
    }
}
