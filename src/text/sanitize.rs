//! Terminal safety at the source: every string read from an input passes through
//! [`sanitize`] once, at ingest, so nothing from an article can drive a terminal.
//!
//! Removed: C0 and C1 control characters (tabs become spaces), complete escape
//! sequences (CSI `ESC [ … final`, OSC `ESC ] … BEL/ST`, DCS/SOS/PM/APC strings and
//! two-byte `ESC x` forms), bidirectional overrides and isolates, and other invisible
//! format characters (zero-width spaces, soft hyphens, BOM). Unicode spaces fold to a
//! plain space. Zero-width joiners survive: they are part of emoji and some scripts.

/// Returns `text` with every control or escape sequence and every invisible format
/// character removed. Line breaks are kept when `keep_newlines` is true.
pub fn sanitize_with(text: &str, keep_newlines: bool) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\u{1b}' => skip_escape(&mut chars),
            // C1 control-sequence and string introducers carry a payload like ESC forms.
            '\u{9b}' => skip_csi(&mut chars),
            '\u{90}' | '\u{98}' | '\u{9d}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            '\n' if keep_newlines => out.push('\n'),
            '\r' => {
                if keep_newlines && chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\t' | '\n' | '\u{0b}' | '\u{0c}' => out.push(' '),
            c if is_space(c) => out.push(' '),
            c if c.is_control() || is_invisible_format(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Sanitises a single-line string (titles, names, sentences): line breaks become spaces.
pub fn sanitize(text: &str) -> String {
    sanitize_with(text, false)
}

/// True when `text` holds nothing that [`sanitize`] would remove or replace.
pub fn is_clean(text: &str) -> bool {
    !text
        .chars()
        .any(|c| c.is_control() || is_invisible_format(c) || is_space(c) && c != ' ')
}

fn is_space(c: char) -> bool {
    matches!(
        c,
        '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

/// Invisible characters that can reorder or hide text: bidi controls, zero-width
/// spaces, word joiners, soft hyphen, BOM, interlinear annotations, tag characters.
fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{34f}'
            | '\u{61c}'
            | '\u{115f}'
            | '\u{1160}'
            | '\u{17b4}'
            | '\u{17b5}'
            | '\u{180b}'..='\u{180f}'
            | '\u{200b}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{206f}'
            | '\u{3164}'
            | '\u{fe00}'..='\u{fe0e}'
            | '\u{feff}'
            | '\u{ffa0}'
            | '\u{fff0}'..='\u{fffb}'
            | '\u{e0000}'..='\u{e007f}'
    )
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

fn skip_escape(chars: &mut Chars) {
    match chars.next() {
        Some('[') => skip_csi(chars),
        Some(']' | 'P' | 'X' | '^' | '_') => skip_string(chars),
        // Two-byte forms (ESC c, ESC 7, ESC ( B …): the intermediate bytes, then one final.
        Some(c) if ('\u{20}'..='\u{2f}').contains(&c) => {
            while chars
                .next_if(|c| ('\u{20}'..='\u{2f}').contains(c))
                .is_some()
            {}
            chars.next();
        }
        _ => {}
    }
}

/// Skips parameter and intermediate bytes up to and including the final byte.
fn skip_csi(chars: &mut Chars) {
    for c in chars.by_ref() {
        if ('\u{40}'..='\u{7e}').contains(&c) || !('\u{20}'..='\u{3f}').contains(&c) {
            break;
        }
    }
}

/// Skips an OSC/DCS/APC/PM/SOS payload up to BEL, ST (`ESC \`) or C1 ST.
fn skip_string(chars: &mut Chars) {
    while let Some(c) = chars.next() {
        match c {
            '\u{7}' | '\u{9c}' => break,
            '\u{1b}' => {
                chars.next_if_eq(&'\\');
                break;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn case_table() {
        let cases = [
            ("plain text", "plain text"),
            ("red \u{1b}[31mword\u{1b}[0m", "red word"),
            ("title \u{1b}]0;pwned\u{7} here", "title  here"),
            (
                "link \u{1b}]8;;http://x\u{1b}\\text\u{1b}]8;;\u{1b}\\",
                "link text",
            ),
            ("c1 \u{9b}2Jcsi", "c1 csi"),
            ("bidi \u{202e}cba\u{202c} ok", "bidi cba ok"),
            ("zero\u{200b}width\u{feff}", "zerowidth"),
            ("soft\u{ad}hyphen", "softhyphen"),
            ("tab\there", "tab here"),
            ("nbsp\u{a0}space", "nbsp space"),
            ("bell\u{7} and nul\u{0}", "bell and nul"),
            ("line\r\nbreak", "line break"),
            (
                "family 👨\u{200d}👩\u{200d}👧 ok",
                "family 👨\u{200d}👩\u{200d}👧 ok",
            ),
            ("Armenië, Ереван, 亚美尼亚", "Armenië, Ереван, 亚美尼亚"),
            ("reset \u{1b}c done", "reset  done"),
            ("charset \u{1b}(B done", "charset  done"),
            ("cut \u{1b}[", "cut "),
        ];
        for (input, want) in cases {
            assert_eq!(sanitize(input), want, "input {input:?}");
        }
    }

    #[test]
    fn keeps_newlines_when_asked() {
        assert_eq!(sanitize_with("a\r\nb\rc\n", true), "a\nb\nc\n");
    }

    proptest! {
        #[test]
        fn output_never_holds_a_control_character(s in any::<String>()) {
            let clean = sanitize(&s);
            prop_assert!(is_clean(&clean), "not clean: {:?}", clean);
            prop_assert!(!clean.contains(char::from(0x1b)));
        }

        #[test]
        fn sanitising_is_idempotent(s in any::<String>()) {
            let once = sanitize(&s);
            prop_assert_eq!(sanitize(&once), once);
        }
    }
}
