//! Case tables for reading inputs: files, folders, encodings, limits.
use super::*;
use proptest::prelude::*;
use std::path::PathBuf;

#[test]
fn bad_inputs_are_named_with_a_reason() {
    use IngestErrorKind::*;
    type Is = fn(&IngestErrorKind) -> bool;
    let cases: &[(&[u8], Is, &str)] = &[
        (b"", |k| *k == Empty, "empty"),
        (b"  \n\t\n", |k| *k == Empty, "empty"),
        (b"\x00\x01\x02binary\x00", |k| *k == Binary, "binary"),
        (
            b"Title\n\nA caf\xe9 in the town square was closed on Monday by police.",
            |k| *k == Encoding(super::Encoding::NotUtf8(12)),
            "UTF-8",
        ),
        (
            b"Share this\n\nRelated articles",
            |k| *k == NoText,
            "no article text",
        ),
        (b"{\"title\": 3", |k| matches!(k, Malformed(_)), "JSON"),
        (
            b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03",
            |k| *k == Unsupported(super::Unsupported::Compressed("gzip")),
            "compressed file (gzip), not supported",
        ),
        (
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
            |k| *k == Unsupported(super::Unsupported::Image("PNG")),
            "image (PNG), not an article",
        ),
        (
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
            |k| matches!(k, Unsupported(_)),
            "PDF document",
        ),
    ];
    for (bytes, is, said) in cases {
        let err = read_article_bytes("in.txt", bytes).expect_err("must fail");
        assert!(is(&err.kind), "{err:?}");
        assert!(err.to_string().starts_with("in.txt: "), "{err}");
        assert!(err.to_string().contains(said), "{err}");
    }
}

#[test]
fn text_that_opens_like_a_signature_is_still_text() {
    let text = b"BZh and GIF8 are words here\n\nThe council voted on Monday to close the bridge.";
    let a = read_article_bytes("in.txt", text).expect("text");
    assert_eq!(a.title.as_deref(), Some("BZh and GIF8 are words here"));
}

#[test]
fn missing_and_directory_paths() {
    let dir = tempfile::tempdir().expect("tempdir");
    let err = read_article(&dir.path().join("nope.txt")).expect_err("missing");
    assert_eq!(err.kind, IngestErrorKind::Missing, "{err}");
    assert!(err.to_string().ends_with("nope.txt: no such file"), "{err}");
    let err = read_article(dir.path()).expect_err("directory");
    assert_eq!(err.kind, IngestErrorKind::Directory, "{err}");
    let (mut out, mut errors) = (Vec::new(), Vec::new());
    let skipped = walk_folder(&dir.path().join("gone"), &mut out, &mut errors);
    assert!(skipped.is_empty());
    let missing = Box::new(IngestErrorKind::Missing);
    assert_eq!(errors[0].kind, IngestErrorKind::Folder(missing));
    assert!(
        errors[0]
            .to_string()
            .ends_with("cannot read folder: no such file")
    );
}

#[test]
fn huge_files_are_refused_before_reading() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("huge.txt");
    let file = std::fs::File::create(&path).expect("create");
    file.set_len(200 * 1024 * 1024).expect("sparse file");
    let err = read_article(&path).expect_err("too big");
    let size = Some(200 * 1024 * 1024);
    assert_eq!(err.kind, IngestErrorKind::TooLarge { size }, "{err}");
    assert!(
        err.to_string()
            .ends_with("file is 200.0 MiB, larger than the 16.0 MiB limit for one article"),
        "{err}"
    );
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
    let surrogate = Encoding::Utf16Surrogate {
        name: "UTF-16LE",
        at: 2,
    };
    let cases: &[(&[u8], Encoding, &str)] = &[
        (
            &le[..le.len() - 1],
            Encoding::Utf16Odd("UTF-16LE"),
            "odd number of bytes",
        ),
        (
            &[0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00],
            surrogate,
            "unpaired surrogate",
        ),
        (
            &le[2..],
            Encoding::Utf16WithoutMark,
            "without a byte-order mark",
        ),
        (
            &[0xff, 0xfe, 0, 0, 0x41, 0, 0, 0],
            Encoding::Utf32,
            "UTF-32",
        ),
    ];
    for (bytes, encoding, said) in cases {
        let err = read_article_bytes("in.txt", bytes).expect_err("must fail");
        assert_eq!(
            err.kind,
            IngestErrorKind::Encoding(encoding.clone()),
            "{err}"
        );
        assert!(err.to_string().contains(said), "{err}");
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
    assert_eq!(err.kind, IngestErrorKind::NotAFile(Special::Fifo), "{err}");
    assert!(err.to_string().contains("named pipe"), "{err}");
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
    let skipped = walk_folder(dir.path(), &mut out, &mut errors);
    assert_eq!(skipped.len(), 1, "{skipped:?}");
    assert_eq!(skipped[0].what, "file ending .csv");
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
