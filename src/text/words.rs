//! Word tokens: the units that alignment compares and word diffs emphasise.
//!
//! A token is a run of letters and digits with the joiners that belong inside words
//! and numbers (`don’t`, `Nagorno-Karabakh`, `100,000`, `3.5`, `U.S.`), or a single
//! other visible character. White space is never a token; a token knows its byte span
//! so callers can slice the original text.

use std::ops::Range;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

/// One token of a text, by byte span.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Range<usize>,
    pub kind: TokenKind,
}

impl Token {
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        &source[self.span.clone()]
    }
}

fn joins_inside_word(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐' | '.' | ',' | '·')
}

/// Splits `text` into word, number and punctuation tokens.
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Token {
                span: start..start + c.len_utf8(),
                kind: TokenKind::Punct,
            });
            continue;
        }
        let mut end = start + c.len_utf8();
        let mut all_digits = c.is_numeric();
        loop {
            match chars.peek().copied() {
                Some((i, d)) if d.is_alphanumeric() || is_mark(d) => {
                    all_digits &= d.is_numeric() || is_mark(d);
                    end = i + d.len_utf8();
                    chars.next();
                }
                // A joiner stays inside only when a letter or digit follows it, and
                // `,`/`.` only between digits (`100,000`) or in dotted acronyms.
                Some((i, j)) if joins_inside_word(j) => {
                    let after = text[i + j.len_utf8()..].chars().next();
                    let before = text[..i].chars().next_back();
                    let ok = match (before, after) {
                        (Some(b), Some(a)) if matches!(j, ',' | '.') => {
                            (b.is_numeric() && a.is_numeric())
                                || (j == '.'
                                    && a.is_alphabetic()
                                    && is_acronym_piece(&text[start..i]))
                        }
                        (_, Some(a)) => a.is_alphanumeric(),
                        _ => false,
                    };
                    if !ok {
                        break;
                    }
                    end = i + j.len_utf8();
                    chars.next();
                }
                _ => break,
            }
        }
        // Keep the final period of an acronym (`U.S.`) with it.
        if text[start..end].contains('.') && text[end..].starts_with('.') && !all_digits {
            end += 1;
            chars.next();
        }
        let kind = if all_digits {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        out.push(Token {
            span: start..end,
            kind,
        });
    }
    out
}

fn is_mark(c: char) -> bool {
    // Combining marks (accents written separately, Indic vowel signs) stay in the word.
    matches!(c, '\u{300}'..='\u{36f}' | '\u{900}'..='\u{97f}' | '\u{200d}') && !c.is_alphanumeric()
}

fn is_acronym_piece(piece: &str) -> bool {
    piece.split('.').all(|p| p.chars().count() == 1)
}

/// The form words are compared in: lower case, curly apostrophes straightened, the
/// possessive `'s` and acronym dots removed.
pub fn normalize(word: &str) -> String {
    normalized_chars(word).collect()
}

/// The characters of [`normalize`]'s result, without allocating.
pub fn normalized_chars(word: &str) -> impl Iterator<Item = char> + '_ {
    let bare = match word.as_bytes() {
        [.., b'\'', b's' | b'S'] => &word[..word.len() - 2],
        [.., b'\''] => &word[..word.len() - 1],
        _ if word.ends_with("’s") || word.ends_with("’S") => &word[..word.len() - 4],
        _ if word.ends_with('’') => &word[..word.len() - 3],
        _ => word,
    };
    let acronym = bare.chars().any(char::is_alphabetic);
    bare.chars()
        .map(|c| if c == '’' { '\'' } else { c })
        .filter(move |&c| c != '.' || !acronym)
        .flat_map(char::to_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokens(s).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn case_table() {
        let cases: &[(&str, &[&str])] = &[
            ("Armenia’s CSTO exit", &["Armenia’s", "CSTO", "exit"]),
            (
                "over 100,000 people, 3.5%",
                &["over", "100,000", "people", ",", "3.5", "%"],
            ),
            ("the U.S. said", &["the", "U.S.", "said"]),
            (
                "Nagorno-Karabakh — again.",
                &["Nagorno-Karabakh", "—", "again", "."],
            ),
            (
                "“We will leave,” he said",
                &["“", "We", "will", "leave", ",", "”", "he", "said"],
            ),
            ("end. Next", &["end", ".", "Next"]),
            ("Ереван, 亚美尼亚", &["Ереван", ",", "亚美尼亚"]),
            ("rock-", &["rock", "-"]),
        ];
        for (input, want) in cases {
            assert_eq!(&texts(input), want, "input {input:?}");
        }
    }

    #[test]
    fn numbers_are_typed() {
        let t = tokens("17 police and ten");
        assert_eq!(t[0].kind, TokenKind::Number);
        assert_eq!(t[3].kind, TokenKind::Word);
    }

    #[test]
    fn normalizes_case_possessive_and_dots() {
        assert_eq!(normalize("Armenia’s"), "armenia");
        assert_eq!(normalize("U.S."), "us");
        assert_eq!(normalize("Russia"), "russia");
        assert_eq!(normalize("3.5"), "3.5");
    }
}
