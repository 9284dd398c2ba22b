//! Word wrapping of marked-up text to a width in terminal columns, measured with
//! Unicode widths (CJK and emoji take two columns, combining marks none). Words
//! longer than the width are cut. Shared by the command line and the interface.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// A run of text with a tag (a style, a mark) that wrapping carries along.
pub type Span<T> = (String, T);

/// Display width of a string in terminal columns.
pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// Wraps tagged spans into lines of at most `width` columns. Breaks at spaces; a
/// word wider than a line is split between grapheme clusters. Never returns an
/// empty list for non-empty input; returns no lines for empty input.
pub fn wrap<T: Copy + PartialEq>(spans: &[(&str, T)], max: usize) -> Vec<Vec<Span<T>>> {
    let max = max.max(1);
    let mut lines: Vec<Vec<Span<T>>> = Vec::new();
    let mut line: Vec<Span<T>> = Vec::new();
    let mut used = 0;
    let push = |line: &mut Vec<Span<T>>, text: &str, tag: T| match line.last_mut() {
        Some((t, g)) if *g == tag => t.push_str(text),
        _ => line.push((text.to_string(), tag)),
    };
    // Words keep the tag of each of their pieces; a word may span several spans.
    let mut words: Vec<Vec<(&str, T)>> = vec![Vec::new()];
    let mut spaces_before: Vec<Option<T>> = vec![None];
    for &(text, tag) in spans {
        for piece in text.split_word_bounds() {
            if piece.chars().all(char::is_whitespace) {
                if words.last().is_some_and(|w| !w.is_empty()) {
                    words.push(Vec::new());
                    spaces_before.push(Some(tag));
                }
            } else if let Some(w) = words.last_mut() {
                w.push((piece, tag));
            }
        }
    }
    for (word, space) in words.iter().zip(&spaces_before) {
        if word.is_empty() {
            continue;
        }
        let w: usize = word.iter().map(|(p, _)| width(p)).sum();
        if used > 0 && used + 1 + w > max {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        if used > 0 {
            push(&mut line, " ", space.unwrap_or(word[0].1));
            used += 1;
        }
        for &(piece, tag) in word {
            for g in piece.graphemes(true) {
                let gw = width(g);
                if used + gw > max && used > 0 {
                    lines.push(std::mem::take(&mut line));
                    used = 0;
                }
                push(&mut line, g, tag);
                used += gw;
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Pads or cuts `text` to exactly `cols` columns.
pub fn fit(text: &str, cols: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for g in text.graphemes(true) {
        let w = width(g);
        if used + w > cols {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.push_str(&" ".repeat(cols - used));
    out
}

/// Cuts `text` to at most `max` characters on a word boundary, marking the cut
/// with an ellipsis (a title made of a whole run-on paragraph, say).
pub fn shorten(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    if text.chars().nth(max).is_none() {
        return text.into();
    }
    // Room for the ellipsis: the head keeps at most `max - 1` characters.
    let cut = text
        .char_indices()
        .nth(max.saturating_sub(1))
        .map_or(0, |(b, _)| b);
    let head = &text[..cut];
    let whole_words = text[cut..].starts_with(char::is_whitespace);
    let head = match head.rfind(char::is_whitespace) {
        _ if whole_words => head,
        // A word boundary in the last third; else cut inside the (very long) word.
        Some(space) if space >= cut / 3 * 2 => &head[..space],
        _ => head,
    };
    format!(
        "{}…",
        head.trim_end_matches(|c: char| c.is_whitespace() || c == ',')
    )
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn plain(lines: &[Vec<Span<u8>>]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.iter().map(|(t, _)| t.as_str()).collect())
            .collect()
    }

    #[test]
    fn case_table() {
        let cases: &[(&str, usize, &[&str])] = &[
            ("one two three", 7, &["one two", "three"]),
            ("one two three", 100, &["one two three"]),
            ("abcdefghij", 4, &["abcd", "efgh", "ij"]),
            ("亚美尼亚宣布", 5, &["亚美", "尼亚", "宣布"]),
            ("", 10, &[]),
            ("e\u{301}te\u{301} ok", 4, &["e\u{301}te\u{301}", "ok"]),
        ];
        for &(text, w, want) in cases {
            assert_eq!(plain(&wrap(&[(text, 0u8)], w)), want, "{text:?} at {w}");
        }
    }

    #[test]
    fn tags_survive_wrapping() {
        let lines = wrap(&[("keep ", 0u8), ("this", 1), (" plain", 0)], 9);
        assert_eq!(
            lines[0],
            vec![("keep ".to_string(), 0), ("this".to_string(), 1)]
        );
        assert_eq!(lines[1], vec![("plain".to_string(), 0)]);
    }

    #[test]
    fn fit_pads_and_cuts_by_columns() {
        assert_eq!(fit("ab", 4), "ab  ");
        assert_eq!(fit("亚美尼亚", 5), "亚美 ");
    }

    #[test]
    fn shorten_cuts_long_text_on_a_word_boundary() {
        let cases: &[(&str, usize, &str)] = &[
            ("Short title", 20, "Short title"),
            ("exactly ten", 11, "exactly ten"),
            (
                "The senate voted on the budget, late",
                32,
                "The senate voted on the budget…",
            ),
            ("Onewordthatgoesonandon", 10, "Onewordth…"),
            ("亚美尼亚宣布退出集体安全条约组织", 6, "亚美尼亚宣…"),
        ];
        for (text, max, want) in cases {
            assert_eq!(shorten(text, *max), *want, "{text:?} at {max}");
        }
    }

    proptest! {
        #[test]
        fn shortened_text_fits(text in "\\PC{0,300}", max in 1usize..120) {
            prop_assert!(shorten(&text, max).chars().count() <= max);
        }

        #[test]
        fn no_line_is_wider_than_asked(text in "\\PC{0,120}", w in 1usize..40) {
            for line in wrap(&[(text.as_str(), 0u8)], w) {
                let joined: String = line.iter().map(|(t, _)| t.as_str()).collect();
                // Only a single grapheme wider than the line itself may overflow it.
                prop_assert!(width(&joined) <= w || joined.graphemes(true).count() == 1, "{:?} at {}", joined, w);
            }
        }
    }
}
