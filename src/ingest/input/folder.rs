//! Walking a folder for article files: recursively, in name order, hidden entries
//! left out, each directory read once however many links lead to it. Files whose
//! ending is not an article's are skipped, never silently: each is recorded with
//! what it is (an image, a compressed file, by its first bytes, else its ending),
//! and [`skipped_summary`] says it in one line. A folder that holds no article
//! file at all is an input that failed ([`IngestErrorKind::NoArticleFiles`]).

use super::{IngestError, IngestErrorKind, Unsupported, fail, sniff};
use std::collections::{BTreeMap, HashSet};
use std::io::Read;
use std::path::{Path, PathBuf};

/// File endings taken from folders (files named directly are always tried).
pub const ARTICLE_ENDINGS: &[&str] = &["txt", "text", "html", "htm", "json", "md"];

/// A file of a folder that was not read, and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: PathBuf,
    /// What the file is: "image (PNG)", "compressed file (gzip)", "file ending .csv".
    pub what: String,
}

/// Appends the article files under `dir` to `out` and returns the files it
/// skipped. An unreadable folder is an error in `errors`; so is a folder that
/// holds no article file (the skipped files named in its reason).
pub fn walk_folder(
    dir: &Path,
    out: &mut Vec<PathBuf>,
    errors: &mut Vec<IngestError>,
) -> Vec<Skipped> {
    let (before, failed) = (out.len(), errors.len());
    let mut skipped = Vec::new();
    walk(dir, out, errors, &mut skipped, &mut HashSet::new());
    if out.len() == before && errors.len() == failed {
        let shown = dir.display().to_string();
        let why = IngestErrorKind::NoArticleFiles(skipped_summary(&skipped));
        errors.push(fail(&shown, why));
        skipped.clear();
    }
    skipped
}

/// One line on what was skipped: "skipped 3 files (2 × image (PNG), 1 ×
/// compressed file (gzip)); from a folder only … files are read". Empty when
/// nothing was.
pub fn skipped_summary(skipped: &[Skipped]) -> String {
    if skipped.is_empty() {
        return String::new();
    }
    let mut by_kind: BTreeMap<&str, usize> = BTreeMap::new();
    for s in skipped {
        *by_kind.entry(&s.what).or_default() += 1;
    }
    let kinds: Vec<String> = by_kind
        .iter()
        .map(|(what, n)| format!("{n} × {what}"))
        .collect();
    let endings: Vec<String> = ARTICLE_ENDINGS.iter().map(|e| format!(".{e}")).collect();
    format!(
        "skipped {} {} ({}); from a folder only {} files are read",
        skipped.len(),
        if skipped.len() == 1 { "file" } else { "files" },
        kinds.join(", "),
        endings.join(" ")
    )
}

fn walk(
    dir: &Path,
    out: &mut Vec<PathBuf>,
    errors: &mut Vec<IngestError>,
    skipped: &mut Vec<Skipped>,
    seen: &mut HashSet<PathBuf>,
) {
    let shown = dir.display().to_string();
    let canonical = match std::fs::canonicalize(dir) {
        Ok(path) => path,
        Err(e) => {
            return errors.push(fail(&shown, super::folder(&e)));
        }
    };
    if !seen.insert(canonical) {
        return;
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            return errors.push(fail(&shown, super::folder(&e)));
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
        let ending = p.extension().map(|e| e.to_string_lossy().to_lowercase());
        if p.is_dir() {
            walk(&p, out, errors, skipped, seen);
        } else if ending
            .as_deref()
            .is_some_and(|e| ARTICLE_ENDINGS.contains(&e))
        {
            out.push(p);
        } else {
            let what = what_it_is(&p, ending.as_deref());
            skipped.push(Skipped { path: p, what });
        }
    }
}

/// What a skipped file is: by its first bytes when they say, else by its ending.
fn what_it_is(path: &Path, ending: Option<&str>) -> String {
    let mut head = Vec::with_capacity(512);
    let read = std::fs::File::open(path).and_then(|f| f.take(512).read_to_end(&mut head));
    if let Some(kind) = read.ok().and_then(|_| sniff(&head)) {
        return kind.what();
    }
    match ending {
        Some(e) => format!("file ending .{}", crate::text::sanitize(e)),
        None => "no file ending".into(),
    }
}

impl Unsupported {
    /// The kind of file, without the advice.
    pub fn what(&self) -> String {
        match self {
            Unsupported::Compressed(name) => format!("compressed file ({name})"),
            Unsupported::Archive(name) => format!("archive ({name})"),
            Unsupported::Image(name) => format!("image ({name})"),
            Unsupported::Document(name) => format!("{name} document"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skipped_files_are_said_by_kind_and_a_folder_of_none_fails() {
        let dir = tempfile::tempdir().expect("tempdir");
        let write = |name: &str, bytes: &[u8]| {
            std::fs::write(dir.path().join(name), bytes).expect("write");
        };
        write("photo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
        write("scan.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
        write("story.txt.gz", b"\x1f\x8b\x08\0\0\0\0\0");
        write("data.csv", b"a,b\n1,2\n");
        let (mut out, mut errors) = (Vec::new(), Vec::new());
        let skipped = walk_folder(dir.path(), &mut out, &mut errors);
        assert!(out.is_empty() && skipped.is_empty());
        let [e] = errors.as_slice() else {
            panic!("{errors:?}")
        };
        let line = e.to_string();
        assert!(
            line.ends_with(
                ": no article files: skipped 4 files (1 × compressed file (gzip), 1 × file ending .csv, 2 × image (PNG)); from a folder only .txt .text .html .htm .json .md files are read"
            ),
            "{line}"
        );

        write(
            "a.txt",
            b"Title\n\nThe council voted on Monday to close the bridge.",
        );
        let (mut out, mut errors) = (Vec::new(), Vec::new());
        let skipped = walk_folder(dir.path(), &mut out, &mut errors);
        assert_eq!(out, [dir.path().join("a.txt")]);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(skipped.len(), 4);
        assert!(skipped_summary(&skipped).starts_with("skipped 4 files (1 × compressed"));

        let empty = dir.path().join("empty");
        std::fs::create_dir(&empty).expect("mkdir");
        let (mut out, mut errors) = (Vec::new(), Vec::new());
        walk_folder(&empty, &mut out, &mut errors);
        assert!(
            errors[0].to_string().ends_with("empty: no article files"),
            "{}",
            errors[0]
        );
    }
}
