//! Sentence segmentation for news text.
//!
//! A rule-based splitter that knows what news copy does to a full stop: titles and
//! abbreviations (`Mr.`, `Gen.`, `Jan.`, `No. 2`), initials (`J. K.`), dotted acronyms
//! (`U.S.`), decimals and thousands, ellipses, and quotations whose attribution
//! follows the closing quote (`“We will leave,” he said.` is one sentence; so is a
//! quotation of several sentences when the quotes balance). Paragraphs are segmented
//! one at a time; a heading with no final punctuation is one sentence.

use std::ops::Range;

/// Words that take a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sr", "Jr", "St", "Rev", "Hon", "Gen", "Lt", "Col",
    "Maj", "Capt", "Cmdr", "Sgt", "Adm", "Brig", "Cpl", "Pvt", "Gov", "Sen", "Rep", "Pres", "Amb",
    "Supt", "Insp", "Det", "Fr", "Msgr", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
    "Sun", "vs", "v", "etc", "approx", "est", "Inc", "Ltd", "Co", "Corp", "Bros", "Dept", "Univ",
    "Assn", "Ave", "Blvd", "Rd", "Mt", "Ft", "cf", "al", "ca", "min", "max", "fig", "Fig", "Vol",
    "vol", "pp", "Ch", "Art", "Sec", "Gov't", "Nr", "nr", "Nos", "Op",
];

/// Abbreviations that often end a sentence too: they end one when a usual sentence
/// opener follows (`… in the U.S. The …`).
const CLOSING_ABBREVIATIONS: &[&str] = &["etc", "Inc", "Ltd", "Co", "Corp", "Bros", "al"];

/// Words that start sentences, used to decide after an acronym or closing abbreviation.
const SENTENCE_OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "But",
    "And",
    "In",
    "On",
    "At",
    "As",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "Some",
    "Many",
    "Most",
    "Meanwhile",
    "However",
    "Still",
    "Yet",
    "So",
    "Now",
    "Then",
    "According",
    "Officials",
    "Police",
];

const TERMINATORS: &[char] = &['.', '!', '?', '…', '。', '！', '？', '؟', '।'];
const CLOSERS: &[char] = &['"', '\'', '”', '’', '»', '›', ')', ']', '」', '』'];
/// Full-width terminators end a sentence with no space after them.
const SPACELESS: &[char] = &['。', '！', '？'];

/// Splits one paragraph into sentences (trimmed, never empty).
pub fn split_sentences(paragraph: &str) -> Vec<&str> {
    sentence_ranges(paragraph)
        .into_iter()
        .map(|r| &paragraph[r])
        .collect()
}

/// Byte ranges of the sentences of `paragraph`, trimmed of surrounding white space.
pub fn sentence_ranges(paragraph: &str) -> Vec<Range<usize>> {
    let chars: Vec<(usize, char)> = paragraph.char_indices().collect();
    let quotes_balance = quotes_balance(paragraph);
    let mut ranges = Vec::new();
    let mut start = 0;
    let mut depth: i32 = 0;
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        depth += quote_step(&chars, i);
        if !TERMINATORS.contains(&c) {
            i += 1;
            continue;
        }
        // Take the whole run of terminators (`?!`, `...`) and closing marks.
        let mut j = i + 1;
        while j < chars.len() && TERMINATORS.contains(&chars[j].1) {
            j += 1;
        }
        loop {
            // French typography puts a space before the closing guillemet: `. »`.
            let spaced = chars.get(j).is_some_and(|c| c.1 == ' ' || c.1 == '\u{a0}')
                && chars.get(j + 1).is_some_and(|c| matches!(c.1, '»' | '›'));
            if spaced {
                j += 1;
            }
            if j >= chars.len() || !CLOSERS.contains(&chars[j].1) {
                break;
            }
            depth += quote_step(&chars, j);
            j += 1;
        }
        let end = chars.get(j).map_or(paragraph.len(), |&(b, _)| b);
        let inside_quote = quotes_balance && depth > 0;
        if !inside_quote && is_boundary(paragraph, &chars, i, j) {
            push_trimmed(&mut ranges, paragraph, start..end);
            start = end;
        }
        i = j;
    }
    push_trimmed(&mut ranges, paragraph, start..paragraph.len());
    ranges
}

/// Decides whether the terminator run `chars[at..after]` ends a sentence.
fn is_boundary(text: &str, chars: &[(usize, char)], at: usize, after: usize) -> bool {
    let c = chars[at].1;
    if SPACELESS.contains(&c) {
        return true;
    }
    // A boundary needs white space and then something that can open a sentence.
    let mut k = after;
    if k < chars.len() && !chars[k].1.is_whitespace() {
        return false;
    }
    while k < chars.len() && chars[k].1.is_whitespace() {
        k += 1;
    }
    let Some(&(next_at, next)) = chars.get(k) else {
        return true;
    };
    if next.is_lowercase() || matches!(next, ',' | ';' | ':' | '-' | '–' | '—') {
        return false;
    }
    let run_is_period = after - at == 1 && c == '.';
    if !run_is_period || at + 1 < after && chars[at + 1].1 != '.' {
        return true;
    }
    let word = word_before(text, chars[at].0);
    let next_word = word_at(text, next_at);
    if word.is_empty() {
        return true;
    }
    if next.is_ascii_digit() && matches!(word, "No" | "no" | "Nos" | "Art" | "Vol" | "p" | "pp") {
        return false;
    }
    if ABBREVIATIONS.contains(&word) {
        return CLOSING_ABBREVIATIONS.contains(&word) && SENTENCE_OPENERS.contains(&next_word);
    }
    // Initials (`J. K. Rowling`) and dotted acronyms (`U.S.`, `a.m.`).
    let single_letter = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
    let acronym = word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2);
    if single_letter && word.chars().all(char::is_uppercase) {
        return false;
    }
    if acronym {
        return SENTENCE_OPENERS.contains(&next_word);
    }
    true
}

/// +1 for an opening quotation mark at `i`, -1 for a closing one, 0 otherwise.
fn quote_step(chars: &[(usize, char)], i: usize) -> i32 {
    match chars[i].1 {
        '“' | '«' | '„' | '「' | '『' => 1,
        '”' | '»' | '」' | '』' => -1,
        '"' => {
            let before = i.checked_sub(1).map(|p| chars[p].1);
            let opens = before.is_none_or(|b| b.is_whitespace() || "([{—–-/".contains(b));
            if opens { 1 } else { -1 }
        }
        _ => 0,
    }
}

/// Quote depth is trusted only when the paragraph's quotation marks pair up.
fn quotes_balance(paragraph: &str) -> bool {
    let chars: Vec<(usize, char)> = paragraph.char_indices().collect();
    let mut depth = 0;
    for i in 0..chars.len() {
        depth += quote_step(&chars, i);
        if !(0..=3).contains(&depth) {
            return false;
        }
    }
    depth == 0
}

/// The token that ends at byte `end` (the terminator's position), without any
/// leading punctuation: `(U.S` → `U.S`.
fn word_before(text: &str, end: usize) -> &str {
    let head = &text[..end];
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || "(\"“'‘[—–/".contains(c))
        .map_or(0, |(b, c)| b + c.len_utf8());
    &head[start..]
}

fn word_at(text: &str, start: usize) -> &str {
    let tail = &text[start..];
    let end = tail
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric() && c != '\'')
        .map_or(tail.len(), |(b, _)| b);
    &tail[..end]
}

fn push_trimmed(ranges: &mut Vec<Range<usize>>, text: &str, range: Range<usize>) {
    let piece = &text[range.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if lead + trail < piece.len() {
        ranges.push(range.start + lead..range.end - trail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn case_table() {
        let cases: &[(&str, &[&str])] = &[
            ("One. Two.", &["One.", "Two."]),
            (
                "Mr. Smith went to Washington. He stayed.",
                &["Mr. Smith went to Washington.", "He stayed."],
            ),
            (
                "Gen. Mark Milley spoke on Jan. 5 in Kyiv.",
                &["Gen. Mark Milley spoke on Jan. 5 in Kyiv."],
            ),
            (
                "The U.S. and the U.K. agreed.",
                &["The U.S. and the U.K. agreed."],
            ),
            (
                "Sanctions came from the U.S. The EU followed.",
                &["Sanctions came from the U.S.", "The EU followed."],
            ),
            ("J. K. Rowling wrote it.", &["J. K. Rowling wrote it."]),
            (
                "It fell 3.5 percent. Over 100,000 left.",
                &["It fell 3.5 percent.", "Over 100,000 left."],
            ),
            (
                "He paused... and went on. Then left.",
                &["He paused... and went on.", "Then left."],
            ),
            ("Wait… What happened?", &["Wait…", "What happened?"]),
            ("Really?! Yes.", &["Really?!", "Yes."]),
            ("Resolution No. 2 passed.", &["Resolution No. 2 passed."]),
            (
                "“We intend to contact them,” Kremlin spokesman Dmitry Peskov told agencies.",
                &["“We intend to contact them,” Kremlin spokesman Dmitry Peskov told agencies."],
            ),
            (
                "“We will leave. We will decide when to leave,” he said. Others disagreed.",
                &[
                    "“We will leave. We will decide when to leave,” he said.",
                    "Others disagreed.",
                ],
            ),
            (
                "He said: “It is over.” Then he left.",
                &["He said: “It is over.”", "Then he left."],
            ),
            (
                "“Are you sure?” she asked. He was.",
                &["“Are you sure?” she asked.", "He was."],
            ),
            ("Armenia goes West", &["Armenia goes West"]),
            (
                "Talks end at 5 p.m. on Friday. Nothing changed.",
                &["Talks end at 5 p.m. on Friday.", "Nothing changed."],
            ),
            (
                "Apple Inc. said profits rose. Shares fell.",
                &["Apple Inc. said profits rose.", "Shares fell."],
            ),
            (
                "Prices rose (by 2%). Wages did not.",
                &["Prices rose (by 2%).", "Wages did not."],
            ),
            ("Il a dit « non ». Fin.", &["Il a dit « non ».", "Fin."]),
            (
                "亚美尼亚宣布退出。俄罗斯回应。",
                &["亚美尼亚宣布退出。", "俄罗斯回应。"],
            ),
            ("Он сказал. Она ушла.", &["Он сказал.", "Она ушла."]),
            (
                "The vote was 52-48. It passed.",
                &["The vote was 52-48.", "It passed."],
            ),
            ("In 2024. 15 people died.", &["In 2024.", "15 people died."]),
            ("", &[]),
            ("   ", &[]),
        ];
        for (input, want) in cases {
            assert_eq!(&split_sentences(input), want, "input {input:?}");
        }
    }

    proptest! {
        #[test]
        fn sentences_cover_all_non_space_text(s in "[A-Za-z .!?“”\"0-9,]{0,80}") {
            let joined: String = split_sentences(&s).concat();
            let strip = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            prop_assert_eq!(strip(&joined), strip(&s));
        }

        #[test]
        fn never_panics(s in any::<String>()) {
            for r in sentence_ranges(&s) {
                prop_assert!(!s[r].trim().is_empty());
            }
        }
    }
}
