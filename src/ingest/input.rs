//! Reading inputs from disk with the checks a user is owed: a missing path, a
//! directory, a named pipe or device, a file too large, an empty file, binary data
//! (said for what it is when its first bytes tell: compressed, an archive, an
//! image, a PDF) or invalid UTF-8 each get an [`IngestError`] naming the path and
//! the reason, and nothing panics. UTF-16 with a byte-order mark is decoded, a
//! UTF-8 one dropped. Folders are walked in [`folder`].

mod folder;

pub use folder::{ARTICLE_ENDINGS, Skipped, skipped_summary, walk_folder};

use super::{Article, parse};
use std::io::Read;
use std::path::Path;

/// The largest input read as one article. News pages are far smaller; anything
/// this big is a mistake (a log, a dump) and is refused before it is read.
pub const MAX_INPUT_BYTES: u64 = 16 * 1024 * 1024;

/// An input that could not be turned into an article: the path (or URL) as
/// given, made terminal-safe, and what was wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {kind}")]
pub struct IngestError {
    pub path: String,
    pub kind: IngestErrorKind,
}

/// What was wrong with an input. Each says itself in one line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IngestErrorKind {
    #[error("no such file")]
    Missing,
    #[error("permission denied")]
    PermissionDenied,
    /// Any other failure to read (the system's words).
    #[error("{0}")]
    Io(String),
    #[error("is a directory, not an article file")]
    Directory,
    /// A named pipe, socket or device: never opened (a pipe would wait for ever).
    #[error("{0}")]
    NotAFile(Special),
    #[error("cannot read folder: {0}")]
    Folder(Box<IngestErrorKind>),
    /// Larger than [`MAX_INPUT_BYTES`]; the size when known before reading.
    #[error("{}", too_large(*.size))]
    TooLarge { size: Option<u64> },
    #[error("file is empty")]
    Empty,
    #[error("binary data, not text")]
    Binary,
    /// Binary data whose first bytes say what it is.
    #[error("{0}")]
    Unsupported(Unsupported),
    /// A folder with no article file in it (what it skipped, if anything).
    #[error("no article files{}", if .0.is_empty() { String::new() } else { format!(": {}", .0) })]
    NoArticleFiles(String),
    #[error("{0}")]
    Encoding(Encoding),
    /// A JSON article that does not parse.
    #[error("malformed JSON article: {0}")]
    Malformed(String),
    #[error("no article text found (only page furniture or a title)")]
    NoText,
}

/// A path that is neither a file nor a directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Special {
    #[error("is a named pipe (FIFO), not a regular file; not read")]
    Fifo,
    #[error("is a socket, not a regular file; not read")]
    Socket,
    #[error("is a device, not a regular file; not read")]
    Device,
    #[error("is not a regular file; not read")]
    Other,
}

/// A kind of file that is not an article, known by its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Unsupported {
    #[error("compressed file ({0}), not supported; unpack it first")]
    Compressed(&'static str),
    #[error("archive ({0}), not supported; unpack it first")]
    Archive(&'static str),
    #[error("image ({0}), not an article")]
    Image(&'static str),
    #[error("{0} document, not supported; save it as text or HTML")]
    Document(&'static str),
}

/// What binary data is, from its first bytes (`None`: text, or nothing known).
/// `bytes` may be the start of a file only.
pub fn sniff(bytes: &[u8]) -> Option<Unsupported> {
    let text = match std::str::from_utf8(bytes) {
        Ok(_) => true,
        // Cut inside a character at the end: the start may still be text.
        Err(e) => e.error_len().is_none(),
    };
    if text && !bytes[..bytes.len().min(8192)].contains(&0) {
        return None;
    }
    signature(bytes)
}

fn signature(bytes: &[u8]) -> Option<Unsupported> {
    use Unsupported::*;
    const SIGNATURES: &[(&[u8], Unsupported)] = &[
        (b"\x1f\x8b", Compressed("gzip")),
        (b"BZh", Compressed("bzip2")),
        (b"\xfd7zXZ\0", Compressed("xz")),
        (b"\x28\xb5\x2f\xfd", Compressed("zstd")),
        (b"PK\x03\x04", Archive("zip")),
        (b"7z\xbc\xaf\x27\x1c", Archive("7z")),
        (b"Rar!\x1a\x07", Archive("rar")),
        (b"\x89PNG\r\n\x1a\n", Image("PNG")),
        (b"\xff\xd8\xff", Image("JPEG")),
        (b"GIF8", Image("GIF")),
        (b"%PDF-", Document("PDF")),
        (b"SQLite format 3\0", Document("SQLite database")),
    ];
    if let Some((_, kind)) = SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
    {
        return Some(*kind);
    }
    if bytes.len() >= 12 && bytes.starts_with(b"RIFF") && &bytes[8..12] == b"WEBP" {
        return Some(Image("WebP"));
    }
    (bytes.get(257..262) == Some(b"ustar")).then_some(Archive("tar"))
}

/// Text that is not UTF-8 (or UTF-16 with a byte-order mark, which is decoded).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Encoding {
    #[error("UTF-32 text (byte-order mark); save it as UTF-8")]
    Utf32,
    #[error("looks like UTF-16 text without a byte-order mark; save it as UTF-8")]
    Utf16WithoutMark,
    #[error("{0} text with an odd number of bytes (cut short?)")]
    Utf16Odd(&'static str),
    #[error("not valid {name} (unpaired surrogate near byte {at})")]
    Utf16Surrogate { name: &'static str, at: usize },
    #[error("not valid UTF-8 (first bad byte at offset {0})")]
    NotUtf8(usize),
}

impl From<Encoding> for IngestErrorKind {
    fn from(e: Encoding) -> Self {
        IngestErrorKind::Encoding(e)
    }
}

fn too_large(size: Option<u64>) -> String {
    let limit = human_size(MAX_INPUT_BYTES);
    match size {
        Some(bytes) => format!(
            "file is {}, larger than the {limit} limit for one article",
            human_size(bytes)
        ),
        None => format!("input is larger than the {limit} limit for one article"),
    }
}

fn fail(path: &str, kind: impl Into<IngestErrorKind>) -> IngestError {
    IngestError {
        path: crate::text::sanitize(path),
        kind: kind.into(),
    }
}

/// Reads and parses the file at `path`.
pub fn read_article(path: &Path) -> Result<Article, IngestError> {
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| fail(&shown, io_kind(&e)))?;
    if meta.is_dir() {
        return Err(fail(&shown, IngestErrorKind::Directory));
    }
    if !meta.is_file() {
        // Opening a named pipe would wait for a writer for ever.
        return Err(fail(&shown, IngestErrorKind::NotAFile(not_regular(&meta))));
    }
    if meta.len() > MAX_INPUT_BYTES {
        let size = Some(meta.len());
        return Err(fail(&shown, IngestErrorKind::TooLarge { size }));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(path)
        .and_then(|file| file.take(MAX_INPUT_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| fail(&shown, io_kind(&e)))?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(fail(&shown, IngestErrorKind::TooLarge { size: None }));
    }
    read_article_bytes(&shown, &bytes)
}

/// Parses bytes already in memory; `source` names them.
pub fn read_article_bytes(source: &str, bytes: &[u8]) -> Result<Article, IngestError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(fail(source, IngestErrorKind::Empty));
    }
    if bytes.starts_with(&[0xff, 0xfe, 0, 0]) || bytes.starts_with(&[0, 0, 0xfe, 0xff]) {
        return Err(fail(source, Encoding::Utf32));
    }
    if let Some(decoded) = decode_utf16(bytes) {
        let text = decoded.map_err(|e| fail(source, e))?;
        return read_article_bytes(source, text.as_bytes());
    }
    // Data that is not text, said for what it is when its first bytes tell.
    if let Some(kind) = sniff(bytes) {
        return Err(fail(source, IngestErrorKind::Unsupported(kind)));
    }
    let sample = &bytes[..bytes.len().min(8192)];
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x09 || (0x0e..0x20).contains(&b) && b != 0x1b)
        .count();
    if looks_like_bomless_utf16(sample) {
        return Err(fail(source, Encoding::Utf16WithoutMark));
    }
    if sample.contains(&0) || controls * 20 > sample.len() {
        return Err(fail(source, IngestErrorKind::Binary));
    }
    let text =
        std::str::from_utf8(bytes).map_err(|e| fail(source, Encoding::NotUtf8(e.valid_up_to())))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let article = parse(source, text).map_err(|kind| fail(source, kind))?;
    if article.sentences.is_empty() {
        return Err(fail(source, IngestErrorKind::NoText));
    }
    Ok(article)
}

/// The text of a file that is UTF-8 (a byte-order mark dropped) or UTF-16 with a
/// byte-order mark, as article files are read; for the raw page kept beside an
/// HTML file.
pub fn decode_text(bytes: &[u8]) -> Result<String, Encoding> {
    if bytes.starts_with(&[0xff, 0xfe, 0, 0]) || bytes.starts_with(&[0, 0, 0xfe, 0xff]) {
        return Err(Encoding::Utf32);
    }
    if let Some(decoded) = decode_utf16(bytes) {
        return decoded;
    }
    let text = std::str::from_utf8(bytes).map_err(|e| Encoding::NotUtf8(e.valid_up_to()))?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text).to_string())
}

/// Decodes UTF-16 that starts with a byte-order mark (`None` without one).
fn decode_utf16(bytes: &[u8]) -> Option<Result<String, Encoding>> {
    let (name, read): (&str, fn([u8; 2]) -> u16) = match bytes {
        [0xff, 0xfe, ..] => ("UTF-16LE", u16::from_le_bytes),
        [0xfe, 0xff, ..] => ("UTF-16BE", u16::from_be_bytes),
        _ => return None,
    };
    let body = &bytes[2..];
    if !body.len().is_multiple_of(2) {
        return Some(Err(Encoding::Utf16Odd(name)));
    }
    let units = body.chunks_exact(2).map(|pair| read([pair[0], pair[1]]));
    let mut text = String::with_capacity(body.len() / 2);
    for (i, unit) in char::decode_utf16(units).enumerate() {
        match unit {
            Ok(c) => text.push(c),
            Err(_) => {
                let at = 2 + 2 * i;
                return Some(Err(Encoding::Utf16Surrogate { name, at }));
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

/// What a path that is neither a file nor a directory is.
fn not_regular(meta: &std::fs::Metadata) -> Special {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        if kind.is_fifo() {
            return Special::Fifo;
        }
        if kind.is_socket() {
            return Special::Socket;
        }
        if kind.is_block_device() || kind.is_char_device() {
            return Special::Device;
        }
    }
    let _ = meta;
    Special::Other
}

fn io_kind(e: &std::io::Error) -> IngestErrorKind {
    match e.kind() {
        std::io::ErrorKind::NotFound => IngestErrorKind::Missing,
        std::io::ErrorKind::PermissionDenied => IngestErrorKind::PermissionDenied,
        _ => IngestErrorKind::Io(e.to_string()),
    }
}

fn folder(e: &std::io::Error) -> IngestErrorKind {
    IngestErrorKind::Folder(Box::new(io_kind(e)))
}

fn human_size(bytes: u64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MiB", bytes as f64 / (1024.0 * 1024.0))
    } else {
        format!("{} bytes", bytes)
    }
}

#[cfg(test)]
mod tests;
