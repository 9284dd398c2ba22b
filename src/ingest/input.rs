//! Reading inputs from disk with the checks a user is owed: a missing path, a
//! directory, a named pipe or device, a file too large, an empty file, binary data
//! or invalid UTF-8 each get an [`IngestError`] naming the path and the reason, and
//! nothing panics. UTF-16 with a byte-order mark is decoded. Folders are walked
//! here too, each directory read once however many links lead to it.

use super::{Article, parse};
use std::collections::HashSet;
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

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
    if !meta.is_file() {
        // Opening a named pipe would wait for a writer for ever.
        return Err(fail(&shown, not_regular(&meta)));
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
    if bytes.starts_with(&[0xff, 0xfe, 0, 0]) || bytes.starts_with(&[0, 0, 0xfe, 0xff]) {
        return Err(fail(
            source,
            "UTF-32 text (byte-order mark); save it as UTF-8",
        ));
    }
    if let Some(decoded) = decode_utf16(bytes) {
        let text = decoded.map_err(|reason| fail(source, reason))?;
        return read_article_bytes(source, text.as_bytes());
    }
    let sample = &bytes[..bytes.len().min(8192)];
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x09 || (0x0e..0x20).contains(&b) && b != 0x1b)
        .count();
    if looks_like_bomless_utf16(sample) {
        return Err(fail(
            source,
            "looks like UTF-16 text without a byte-order mark; save it as UTF-8",
        ));
    }
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

/// Decodes UTF-16 that starts with a byte-order mark (`None` without one).
fn decode_utf16(bytes: &[u8]) -> Option<Result<String, String>> {
    let (name, read): (&str, fn([u8; 2]) -> u16) = match bytes {
        [0xff, 0xfe, ..] => ("UTF-16LE", u16::from_le_bytes),
        [0xfe, 0xff, ..] => ("UTF-16BE", u16::from_be_bytes),
        _ => return None,
    };
    let body = &bytes[2..];
    if !body.len().is_multiple_of(2) {
        return Some(Err(format!(
            "{name} text with an odd number of bytes (cut short?)"
        )));
    }
    let units = body.chunks_exact(2).map(|pair| read([pair[0], pair[1]]));
    let mut text = String::with_capacity(body.len() / 2);
    for (i, unit) in char::decode_utf16(units).enumerate() {
        match unit {
            Ok(c) => text.push(c),
            Err(_) => {
                return Some(Err(format!(
                    "not valid {name} (unpaired surrogate near byte {})",
                    2 + 2 * i
                )));
            }
        }
    }
    Some(Ok(text))
}

/// Text in UTF-16 without a byte-order mark: mostly ASCII with a zero byte in
/// every other place.
fn looks_like_bomless_utf16(sample: &[u8]) -> bool {
    let pairs = sample.len() / 2;
    if pairs < 4 {
        return false;
    }
    let zeros_at = |parity: usize| {
        sample
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|&&b| b == 0)
            .count()
    };
    let (even, odd) = (zeros_at(0), zeros_at(1));
    even.max(odd) * 10 >= pairs * 9 && even.min(odd) * 10 <= pairs
}

/// Why a path that is neither a file nor a directory is not read.
fn not_regular(meta: &std::fs::Metadata) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_fifo() {
            return "is a named pipe (FIFO), not a regular file; not read";
        }
        if kind.is_socket() {
            return "is a socket, not a regular file; not read";
        }
        if kind.is_block_device() || kind.is_char_device() {
            return "is a device, not a regular file; not read";
        }
    }
    let _ = meta;
    "is not a regular file; not read"
}

/// File endings taken from folders (files named directly are always tried).
pub const ARTICLE_ENDINGS: &[&str] = &["txt", "text", "html", "htm", "json", "md"];

/// Appends the article files under `dir` to `out`: walked recursively in name
/// order, hidden entries skipped, each directory read once (a link back to a
/// folder already walked, `loop -> .`, is not followed again).
pub fn walk_folder(dir: &Path, out: &mut Vec<PathBuf>, errors: &mut Vec<IngestError>) {
    walk(dir, out, errors, &mut HashSet::new());
}

fn walk(
    dir: &Path,
    out: &mut Vec<PathBuf>,
    errors: &mut Vec<IngestError>,
    seen: &mut HashSet<PathBuf>,
) {
    let shown = dir.display().to_string();
    let canonical = match std::fs::canonicalize(dir) {
        Ok(path) => path,
        Err(e) => {
            return errors.push(fail(
                &shown,
                format!("cannot read folder: {}", io_reason(&e)),
            ));
        }
    };
    if !seen.insert(canonical) {
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            return errors.push(fail(
                &shown,
                format!("cannot read folder: {}", io_reason(&e)),
            ));
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let hidden = p
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        if p.is_dir() {
            walk(&p, out, errors, seen);
        } else if p
            .extension()
            .is_some_and(|e| ARTICLE_ENDINGS.contains(&e.to_string_lossy().to_lowercase().as_str()))
        {
            out.push(p);
        }
    }
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

    fn utf16(text: &str, bom: [u8; 2], unit: fn(u16) -> [u8; 2]) -> Vec<u8> {
        let mut out = bom.to_vec();
        out.extend(text.encode_utf16().flat_map(unit));
        out
    }

    #[test]
    fn utf16_with_a_byte_order_mark_is_decoded() {
        let text = "Título\n\nThe café on the square was closed by police on Monday morning.";
        let le = utf16(text, [0xff, 0xfe], u16::to_le_bytes);
        let be = utf16(text, [0xfe, 0xff], u16::to_be_bytes);
        for bytes in [le.clone(), be] {
            let a = read_article_bytes("in.txt", &bytes).expect("decoded");
            assert_eq!(a.title.as_deref(), Some("Título"));
            assert!(a.sentences[0].text.starts_with("The café"), "{a:?}");
        }
        let cases: &[(&[u8], &str)] = &[
            (&le[..le.len() - 1], "odd number of bytes"),
            (&[0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00], "unpaired surrogate"),
            (&le[2..], "UTF-16 text without a byte-order mark"),
            (&[0xff, 0xfe, 0, 0, 0x41, 0, 0, 0], "UTF-32"),
        ];
        for (bytes, reason) in cases {
            let err = read_article_bytes("in.txt", bytes).expect_err("must fail");
            assert!(err.reason.contains(reason), "{err}");
        }
    }

    #[cfg(unix)]
    fn mkfifo(path: &Path) {
        use std::os::unix::ffi::OsStrExt;
        let c = std::ffi::CString::new(path.as_os_str().as_bytes()).expect("no NUL in path");
        // SAFETY: `c` is a valid NUL-terminated path that outlives the call.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo");
    }

    #[cfg(unix)]
    #[test]
    fn a_named_pipe_is_reported_not_waited_on() {
        let dir = tempfile::tempdir().expect("tempdir");
        let pipe = dir.path().join("x.txt");
        mkfifo(&pipe);
        let err = read_article(&pipe).expect_err("not a regular file");
        assert!(err.reason.contains("named pipe"), "{err}");
        assert!(err.path.ends_with("x.txt"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn folders_are_walked_once_through_link_loops() {
        let dir = tempfile::tempdir().expect("tempdir");
        let sub = dir.path().join("sub");
        std::fs::create_dir(&sub).expect("mkdir");
        std::fs::write(dir.path().join("a.txt"), "A").expect("write");
        std::fs::write(sub.join("b.html"), "B").expect("write");
        std::fs::write(sub.join("notes.csv"), "C").expect("write");
        std::os::unix::fs::symlink(".", dir.path().join("loop")).expect("link");
        std::os::unix::fs::symlink("..", sub.join("up")).expect("link");
        let (mut out, mut errors) = (Vec::new(), Vec::new());
        walk_folder(dir.path(), &mut out, &mut errors);
        let names: Vec<_> = out
            .iter()
            .map(|p| p.strip_prefix(dir.path()).expect("inside").to_path_buf())
            .collect();
        assert_eq!(names, [PathBuf::from("a.txt"), PathBuf::from("sub/b.html")]);
        assert!(errors.is_empty(), "{errors:?}");
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
