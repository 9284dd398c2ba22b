//! Quotations inside a group: the same words quoted differently, or quoted by
//! one article and paraphrased by another.

use super::params::{
    OWN_QUOTE_SIMILARITY, PARAPHRASE_MIN_SHARED, PARAPHRASE_MIN_SIMILARITY,
    PARAPHRASE_WORDS_COUNTED, QUOTE_MIN_WORDS,
};
use super::{Discrepancy, Kind, Part, Value, Verdict};
use crate::align::worddiff::{Mark, diff_words};
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

/// Whether a stretch of text holds a content word (not a stop word).
fn has_content(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .any(|w| !w.is_empty() && !crate::align::terms::is_stopword(&w.to_lowercase()))
}

/// How `part` renders `quote`: the stretch of its text from the first to the last
/// content word it shares with the quote, when it shares at least three content
/// words and half of the quote's first eight words' worth (a paraphrase, not the
/// same stop words).
fn rendering(quote: &str, part: &Part) -> Option<String> {
    let joined = part.joined();
    let d = diff_words(quote, &joined);
    if d.similarity < PARAPHRASE_MIN_SIMILARITY {
        return None;
    }
    let content = |s: &crate::align::worddiff::Segment| {
        s.mark == Mark::Same && has_content(&joined[s.range.clone()])
    };
    let shared_words: usize = d
        .right
        .iter()
        .filter(|s| content(s))
        .map(|s| joined[s.range.clone()].split_whitespace().count())
        .sum();
    let counted = quote
        .split_whitespace()
        .count()
        .min(PARAPHRASE_WORDS_COUNTED);
    if shared_words < PARAPHRASE_MIN_SHARED || shared_words * 2 < counted {
        return None;
    }
    // From the first to the last shared content word, widened over the shared
    // words right beside them ("The" before a quote's first noun).
    let mut first = d.right.iter().position(content)?;
    let mut last = d.right.iter().rposition(content)?;
    let same_or_blank = |s: &crate::align::worddiff::Segment| {
        s.mark == Mark::Same || joined[s.range.clone()].trim().is_empty()
    };
    while first > 0 && same_or_blank(&d.right[first - 1]) {
        first -= 1;
    }
    while last + 1 < d.right.len() && same_or_blank(&d.right[last + 1]) {
        last += 1;
    }
    let text = joined[d.right[first].range.start..d.right[last].range.end]
        .trim()
        .trim_end_matches([',', ';']);
    Some(text.to_string())
}

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
                let mut values = vec![Value {
                    doc: p.doc,
                    text: Some(quote.to_string()),
                }];
                let mut paraphrased = false;
                for other in parts.iter().filter(|o| o.doc != p.doc) {
                    let own = other
                        .texts
                        .iter()
                        .flat_map(|t| quoted(t))
                        .find(|q| diff_words(quote, q).similarity >= OWN_QUOTE_SIMILARITY);
                    let r = match own {
                        Some(q) => Some(q.to_string()),
                        None => rendering(quote, other).inspect(|_| paraphrased = true),
                    };
                    if let Some(r) = r {
                        done.insert(fingerprint(&r));
                        values.push(Value {
                            doc: other.doc,
                            text: Some(r),
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
                    // and neither is a quote with words left out ("…"). A paraphrase
                    // renders a quote in other words: it cannot misquote it.
                    let longest = said
                        .iter()
                        .max_by_key(|w| w.len())
                        .cloned()
                        .unwrap_or_default();
                    let compatible = paraphrased
                        || values.iter().all(|v| {
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
    use super::{fingerprint, quoted};

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
                r#"A "two word" and "three more words" pair"#,
                vec!["two word", "three more words"],
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
