//! Quotations inside a group: the same words quoted differently by two articles.
//! A paraphrase is not compared with the quote it renders: on the BASIL-dev
//! events, half of the quote–paraphrase pairs found by shared words rendered
//! another utterance (judged by hand, 12 of 25 right).

use super::params::{QUOTE_MIN_WORDS, SAME_QUOTE_COVERAGE};
use super::{Discrepancy, Kind, Part, Value, Verdict};
use crate::text::lexicon;
use std::collections::HashSet;

/// Spans inside quotation marks, of two words or more. A sentence may begin or
/// end inside a quotation (quotations are split like other text): a closing
/// mark with no opening one, or an opening one never closed, quotes nothing.
fn quoted(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        // A straight mark opens after a space, a bracket or a dash (or at the start)
        // and before a word; any other straight mark closes.
        let opens_straight = c == '"'
            && text[..i]
                .chars()
                .next_back()
                .is_none_or(|b| b.is_whitespace() || "([{—–-―".contains(b))
            && text[i + 1..]
                .chars()
                .next()
                .is_some_and(|a| !a.is_whitespace());
        match (c, open) {
            ('“' | '«' | '„', _) => open = Some(i + c.len_utf8()),
            ('"', _) if opens_straight => open = Some(i + 1),
            ('"', None) => {}
            ('”' | '»' | '"', Some(start)) => {
                let q = text[start..i].trim_matches(|c: char| c.is_whitespace() || c == ',');
                if q.split_whitespace().count() >= QUOTE_MIN_WORDS {
                    out.push(q);
                }
                open = None;
            }
            _ => {}
        }
    }
    out
}

/// Articles, which a rendering may take or leave at a quotation's edges.
const ARTICLES: &[&str] = &["the", "a", "an"];

/// A quotation's letters and digits, lower case, without articles at either end
/// ("The seemingly political nature …" and "seemingly political nature …" are one
/// quotation; "not" or "never" at an edge still counts).
fn fingerprint(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let stop = |w: &&str| {
        let w: String = w.chars().filter(|c| c.is_alphanumeric()).collect();
        ARTICLES.contains(&w.to_lowercase().as_str())
    };
    let start = words.iter().position(|w| !stop(w)).unwrap_or(words.len());
    let end = words
        .iter()
        .rposition(|w| !stop(w))
        .map_or(start, |e| e + 1);
    words[start..end.max(start)]
        .concat()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// One word of a quotation, compared as said: lower case, letters and digits;
/// `abbreviated` when written as a known abbreviation ("Sen."), which then
/// stands for any word it begins ("Senator").
#[derive(Clone, Debug)]
struct Word {
    letters: String,
    abbreviated: bool,
}

impl Word {
    fn says(&self, other: &Word) -> bool {
        let short = |a: &Word, b: &Word| a.abbreviated && b.letters.starts_with(&a.letters);
        self.letters == other.letters || short(self, other) || short(other, self)
    }
}

/// A quotation's words, without articles at either end (see [`fingerprint`]).
fn words(text: &str) -> Vec<Word> {
    let all: Vec<Word> = text
        .replace("...", " ")
        .replace('…', " ")
        .replace('’', "'")
        .replace(['-', '–', '—'], " ")
        .split_whitespace()
        .flat_map(uncontracted)
        .map(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
            let stem = bare.trim_end_matches('.');
            Word {
                letters: stem
                    .chars()
                    .filter(|c| c.is_alphanumeric())
                    .flat_map(char::to_lowercase)
                    .collect(),
                abbreviated: bare.ends_with('.') && lexicon::ABBREVIATIONS.contains(&stem),
            }
        })
        .filter(|w| !w.letters.is_empty())
        .collect();
    let edge = |w: &Word| ARTICLES.contains(&w.letters.as_str());
    let start = all.iter().position(|w| !edge(w)).unwrap_or(all.len());
    let end = all.iter().rposition(|w| !edge(w)).map_or(start, |e| e + 1);
    all[start..end.max(start)].to_vec()
}

/// A word with its contraction written out ("don't" → "do not", "he's" → "he
/// is"), so that two renderings of one quote compare word by word. "'s" is
/// written out only after a pronoun: after a name it is a possessive.
fn uncontracted(word: &str) -> Vec<String> {
    let lower = word.to_lowercase();
    let core = lower.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
    let split = |stem: &str, full: &str| vec![stem.to_string(), full.to_string()];
    match core {
        "can't" => split("can", "not"),
        "won't" => split("will", "not"),
        _ => match core.rsplit_once('\'') {
            Some((stem, "t")) if stem.ends_with('n') => split(&stem[..stem.len() - 1], "not"),
            Some((stem, "ll")) => split(stem, "will"),
            Some((stem, "re")) => split(stem, "are"),
            Some((stem, "ve")) => split(stem, "have"),
            Some((stem, "m")) => split(stem, "am"),
            Some((stem, "s")) if PRONOUNS.contains(&stem) => split(stem, "is"),
            _ => vec![word.to_string()],
        },
    }
}

/// Words after which "'s" is "is" (or "has"), not a possessive.
const PRONOUNS: &[&str] = &[
    "he", "she", "it", "that", "there", "here", "what", "who", "where", "how",
];

/// Whether two quotations say the same words.
fn same(a: &[Word], b: &[Word]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.says(y))
}

/// Whether `piece` is said, word for word, somewhere inside `whole`.
fn within(piece: &[Word], whole: &[Word]) -> bool {
    piece.is_empty() || whole.windows(piece.len()).any(|window| same(window, piece))
}

/// The stretches of a quotation between marks of words left out ("…", "...",
/// "[...]"), each as its words.
fn excerpts(text: &str) -> Vec<Vec<Word>> {
    text.replace("...", "…")
        .split('…')
        .map(words)
        .filter(|w| !w.is_empty())
        .collect()
}

/// How much of the shorter of two quotations the longer renders, in order (0..1):
/// the words they share in their longest common sequence, plus the words one
/// changed in place of the other's (a gap of at most [`CHANGED_WORDS`] words on
/// both sides between two shared words: "We *will not* allow this" / "We *shall
/// never* allow this"), over the shorter's words. An excerpt is covered whole;
/// two sentences that share a phrase are not ("I trust in God" / "In God We
/// Trust": a half).
fn coverage(a: &[Word], b: &[Word]) -> f32 {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.is_empty() || long.len() > MAX_QUOTE_WORDS {
        return 0.0;
    }
    // The longest common subsequence: table, then the matched pairs in order.
    let (n, m) = (long.len(), short.len());
    let mut table = vec![0u16; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[at(i, j)] = if long[i].says(&short[j]) {
                table[at(i + 1, j + 1)] + 1
            } else {
                table[at(i + 1, j)].max(table[at(i, j + 1)])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    // Where the last shared word ended; none yet (a gap before the first shared
    // word, or after the last, is a quote cut elsewhere, not a changed word).
    let mut last: Option<(usize, usize)> = None;
    let mut covered = 0;
    let changed = |gap_long: usize, gap_short: usize| {
        if gap_long > 0 && gap_short > 0 && gap_long.max(gap_short) <= CHANGED_WORDS {
            gap_short.min(gap_long)
        } else {
            0
        }
    };
    while i < n && j < m {
        if long[i].says(&short[j]) && table[at(i, j)] == table[at(i + 1, j + 1)] + 1 {
            covered += 1 + last.map_or(0, |(li, lj)| changed(i - li, j - lj));
            i += 1;
            j += 1;
            last = Some((i, j));
        } else if table[at(i + 1, j)] >= table[at(i, j + 1)] {
            i += 1;
        } else {
            j += 1;
        }
    }
    covered.min(m) as f32 / m as f32
}

/// Most words one quotation may change in place of another's between shared
/// words and still render it.
const CHANGED_WORDS: usize = 3;

/// Longest quotation compared word by word; longer ones are not matched.
const MAX_QUOTE_WORDS: usize = 400;

/// Quotations one article gives that another renders differently.
pub(super) fn quotes(parts: &[Part]) -> Vec<Discrepancy> {
    let mut out = Vec::new();
    let mut done = HashSet::new();
    for p in parts {
        for text in &p.texts {
            for quote in quoted(text) {
                if !done.insert(fingerprint(quote)) {
                    continue;
                }
                let mine = words(quote);
                let mut values = vec![Value {
                    doc: p.doc,
                    text: Some(quote.to_string()),
                }];
                // Another article's rendering is its own quotation of the same
                // words: the one that covers the most of the shorter of the two.
                for other in parts.iter().filter(|o| o.doc != p.doc) {
                    let best = other
                        .texts
                        .iter()
                        .flat_map(|t| quoted(t))
                        .map(|q| (coverage(&mine, &words(q)), q))
                        .filter(|(c, _)| *c >= SAME_QUOTE_COVERAGE)
                        .max_by(|a, b| a.0.total_cmp(&b.0));
                    if let Some((_, q)) = best {
                        done.insert(fingerprint(q));
                        values.push(Value {
                            doc: other.doc,
                            text: Some(q.to_string()),
                        });
                    }
                }
                if values.len() >= 2 {
                    let said: Vec<Vec<Word>> = values
                        .iter()
                        .filter_map(|v| v.text.as_deref().map(words))
                        .collect();
                    let agree = said.iter().all(|w| same(w, &said[0]));
                    // An excerpt of the same words is a shorter quote, not a misquote,
                    // and neither is a quote with words left out ("…").
                    let longest = said
                        .iter()
                        .max_by_key(|w| w.len())
                        .cloned()
                        .unwrap_or_default();
                    let compatible = values.iter().all(|v| {
                        excerpts(v.text.as_deref().unwrap_or(""))
                            .iter()
                            .all(|piece| within(piece, &longest))
                    });
                    out.push(Discrepancy {
                        kind: Kind::Quote,
                        values,
                        verdict: Verdict::of(agree, compatible),
                    });
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{coverage, fingerprint, quoted, words};

    #[test]
    fn coverage_tells_one_utterance_from_two_that_share_a_phrase() {
        for (a, b, least, most) in [
            (
                "We will not allow this",
                "We shall never allow this",
                1.0,
                1.0,
            ),
            ("I trust in God", "In God We Trust", 0.5, 0.5),
            (
                "from what I understand from doctors, that's really rare",
                "It seems to me first of all, from what I understand from doctors, that's really rare",
                1.0,
                1.0,
            ),
            (
                "Senator Reid respects that",
                "Sen. Reid respects that",
                1.0,
                1.0,
            ),
            (
                "the charges have nothing to do with the president",
                "he has nothing to hide",
                0.0,
                0.6,
            ),
        ] {
            let c = coverage(&words(a), &words(b));
            assert!((least..=most).contains(&c), "{a} | {b}: {c}");
        }
    }

    #[test]
    fn quotations_are_found_only_between_an_opening_and_a_closing_mark() {
        for (text, want) in [
            (
                r#"He said "we will win this" today."#,
                vec!["we will win this"],
            ),
            (
                "He said “we will win this” today.",
                vec!["we will win this"],
            ),
            // A sentence that begins inside a quotation: its closing mark opens nothing.
            (
                r#"that's really rare." He added "no more talks" later."#,
                vec!["no more talks"],
            ),
            (r#"it is rare," said Akin."#, vec![]),
            // An opening mark never closed in the sentence quotes nothing.
            ("He said “we will", vec![]),
            (
                r#"A "three good words" and "three more words" pair"#,
                vec!["three good words", "three more words"],
            ),
        ] {
            assert_eq!(quoted(text), want, "{text}");
        }
    }

    #[test]
    fn fingerprints_drop_edge_articles_but_keep_negations() {
        assert_eq!(
            fingerprint("The seemingly political nature"),
            fingerprint("seemingly political nature")
        );
        assert_ne!(
            fingerprint("We will not allow this"),
            fingerprint("We will allow this")
        );
        assert_ne!(fingerprint("not now"), fingerprint("now"));
    }
}
