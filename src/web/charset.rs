//! Bytes from the web → text. The encoding is taken, in order, from a byte-order
//! mark, the `Content-Type` header's `charset`, a `<meta charset>` (or
//! `http-equiv`) or XML declaration near the start; else UTF-8 when the bytes are
//! valid UTF-8, else windows-1252 (what browsers assume). `encoding_rs` decodes,
//! replacing what cannot be decoded rather than failing.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How far into a body a `<meta charset>` or XML declaration is looked for.
const SNIFF_BYTES: usize = 4096;

/// Decodes a body given its `Content-Type` header, if any.
pub fn decode(bytes: &[u8], content_type: Option<&str>) -> String {
    let encoding = Encoding::for_bom(bytes)
        .map(|(e, _)| e)
        .or_else(|| content_type.and_then(header_charset))
        .or_else(|| declared_in_body(bytes))
        .unwrap_or_else(|| {
            if std::str::from_utf8(bytes).is_ok() {
                UTF_8
            } else {
                WINDOWS_1252
            }
        });
    let (text, _, _) = encoding.decode(bytes);
    text.into_owned()
}

fn header_charset(content_type: &str) -> Option<&'static Encoding> {
    content_type.split(';').skip(1).find_map(|param| {
        let (key, value) = param.split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| Encoding::for_label(value.trim().trim_matches(['"', '\'']).as_bytes()))?
    })
}

/// `<meta charset="…">`, `<meta http-equiv … content="…; charset=…">` or
/// `<?xml … encoding="…"?>` in the first bytes.
fn declared_in_body(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    for key in ["charset=", "encoding="] {
        let mut rest = head.as_str();
        while let Some(at) = rest.find(key) {
            rest = &rest[at + key.len()..];
            let label: String = rest
                .trim_start_matches(['"', '\'', ' '])
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
                .collect();
            if let Some(found) = Encoding::for_label(label.as_bytes()) {
                // A page that says UTF-16 in ASCII bytes is not UTF-16.
                return Some(
                    if found == encoding_rs::UTF_16LE || found == encoding_rs::UTF_16BE {
                        UTF_8
                    } else {
                        found
                    },
                );
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_from_header_meta_and_bytes() {
        let (cyrillic, _, _) = encoding_rs::WINDOWS_1251.encode("Привет, мир");
        let mut meta_page = b"<html><head><meta charset=\"windows-1251\"></head><body>".to_vec();
        meta_page.extend_from_slice(&cyrillic);
        let cases: Vec<(Vec<u8>, Option<&str>, &str)> = vec![
            (
                cyrillic.to_vec(),
                Some("text/html; charset=windows-1251"),
                "Привет, мир",
            ),
            (meta_page, Some("text/html"), "Привет, мир"),
            ("Grüße".as_bytes().to_vec(), None, "Grüße"),
            (vec![b'G', 0xFC, b'e'], None, "Güe"),
            (
                b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>\xe9</a>".to_vec(),
                None,
                "é",
            ),
            (
                b"\xEF\xBB\xBFbom".to_vec(),
                Some("text/html; charset=latin1"),
                "bom",
            ),
        ];
        for (bytes, header, expected) in cases {
            let text = decode(&bytes, header);
            assert!(text.contains(expected), "{header:?}: {text}");
        }
    }
}
