//! What a sentence says, as alignment sees it: its content terms (Snowball stems,
//! function words and attribution verbs left out, numbers normalised to their
//! value) in order, each with how common it is in English and its WordNet synsets
//! (from [`super::lexicon`]).

use super::lexicon;
use super::meaning::{self, Meaning};
use super::numbers::{Quantity, quantities};
use crate::text::words::{Token, TokenKind, normalize, tokens};
use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

/// Function words, and words so common in news that they carry no fact.
static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// Whether a normalised word is a function word or otherwise carries no fact
/// (the list is `text::lexicon`'s).
pub fn is_stopword(word: &str) -> bool {
    crate::text::lexicon::is_stop_word(word)
}

/// The comparison key of a word: its stem, or `None` for stop words.
pub fn content_key(word: &str) -> Option<String> {
    let w = normalize(word);
    if w.chars().count() < 2 && !w.chars().all(|c| c.is_numeric() || !c.is_ascii())
        || is_stopword(&w)
    {
        return None;
    }
    if !w.chars().any(char::is_alphanumeric) {
        return None;
    }
    let stem = if w.is_ascii() {
        STEMMER.stem(&w).into_owned()
    } else {
        w
    };
    // (Callers go through the per-thread cache in `analyse`.)
    Some(stem)
}

/// A word as analysis sees it, with ids from the per-thread [`Lexicon`].
#[derive(Clone, Copy)]
struct Analysed {
    form: u32,
    term: Option<u32>,
    stop: bool,
    /// How common the word is in English (Zipf).
    zipf: f32,
    /// The WordNet synsets of its stem.
    synsets: &'static [u32],
    /// Its row in the meaning table, with the weight it carries there.
    meaning: Option<(u32, f32)>,
}

/// Every word and term seen on this thread, interned once: reading a sentence then
/// allocates nothing per word (news repeats its words, and stemming is costly).
#[derive(Default)]
struct Lexicon {
    words: HashMap<String, Analysed>,
    strings: HashMap<String, u32>,
    /// Interned strings by id.
    names: Vec<String>,
}

impl Lexicon {
    fn intern(&mut self, s: String) -> u32 {
        if let Some(&id) = self.strings.get(&s) {
            return id;
        }
        let id = self.names.len() as u32;
        self.names.push(s.clone());
        self.strings.insert(s, id);
        id
    }

    fn analyse(&mut self, word: &str) -> Analysed {
        if let Some(&known) = self.words.get(word) {
            return known;
        }
        if self.words.len() > 500_000 {
            // Ids are only compared within one alignment; a fresh lexicon is safe
            // between alignments, and this bounds memory on a long-running process.
            *self = Lexicon::default();
        }
        let normal = normalize(word);
        let stop = is_stopword(&normal);
        let form = self.intern(format!("={normal}"));
        let key = content_key(word);
        let synsets = key.as_deref().map_or(&[][..], lexicon::synsets);
        let term = key.map(|k| self.intern(k));
        let zipf = lexicon::zipf(&normal);
        let found = Analysed {
            form,
            term,
            stop,
            zipf,
            synsets,
            meaning: meaning::row(&normal).map(|r| (r, meaning::word_weight(zipf))),
        };
        self.words.insert(word.to_string(), found);
        found
    }
}

thread_local! {
    static LEXICON: std::cell::RefCell<Lexicon> = Default::default();
}

thread_local! {
    static STEMS: std::cell::RefCell<HashMap<String, String>> = Default::default();
}

/// The Snowball stem of a word's normal form, remembered per thread.
pub fn stem(word: &str) -> String {
    STEMS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(known) = cache.get(word) {
            return known.clone();
        }
        if cache.len() > 200_000 {
            cache.clear();
        }
        let w = normalize(word);
        let stem = if w.is_ascii() {
            STEMMER.stem(&w).into_owned()
        } else {
            w
        };
        cache.insert(word.to_string(), stem.clone());
        stem
    })
}

/// [`content_key`] through the per-thread lexicon: each distinct word is stemmed
/// once per thread.
pub fn cached_content_key(word: &str) -> Option<String> {
    LEXICON.with(|l| {
        let mut l = l.borrow_mut();
        let term = l.analyse(word).term?;
        l.names.get(term as usize).cloned()
    })
}

/// The stem of a word without dropping stop words (for verbs).
pub fn lemma(word: &str) -> String {
    stem(word)
}

/// Interns term strings to small integers for one story.
#[derive(Default, Debug)]
pub struct Vocabulary {
    /// Terms made here (numbers), by text.
    ids: HashMap<String, u32>,
    pairs: HashMap<(u32, u32), u32>,
    /// Words and terms from the per-thread lexicon, by lexicon id.
    global: HashMap<u32, u32>,
    /// For each id, the two terms it pairs when it is a bigram.
    parts: Vec<Option<(u32, u32)>>,
    /// For each id, how common it is in English (Zipf; the most common of the
    /// words seen with that term).
    zipf: Vec<f32>,
    /// For each id, its WordNet synsets.
    synsets: Vec<&'static [u32]>,
    /// For each id, whether it is a number (made by [`Vocabulary::id`]).
    numbers: Vec<bool>,
    /// For each id, its row in the meaning table (that of the first word seen).
    rows: Vec<Option<u32>>,
}

/// Zipf value given to a number: a count is specific, but small counts recur.
const NUMBER_ZIPF: f32 = 4.0;

impl Vocabulary {
    /// The id of a number term (`#10`).
    pub fn id(&mut self, term: String) -> u32 {
        let next = self.parts.len() as u32;
        let id = *self.ids.entry(term).or_insert(next);
        if id == next {
            self.push(None, NUMBER_ZIPF, &[]);
            self.numbers[id as usize] = true;
        }
        id
    }

    /// The id of the pair of terms `a` then `b`.
    pub fn bigram_id(&mut self, a: u32, b: u32) -> u32 {
        if let Some(&id) = self.pairs.get(&(a, b)) {
            return id;
        }
        let id = self.parts.len() as u32;
        let zipf = self.zipf[a as usize].max(self.zipf[b as usize]);
        self.push(Some((a, b)), zipf, &[]);
        self.pairs.insert((a, b), id);
        id
    }

    fn push(&mut self, parts: Option<(u32, u32)>, zipf: f32, synsets: &'static [u32]) {
        self.parts.push(parts);
        self.zipf.push(zipf);
        self.synsets.push(synsets);
        self.numbers.push(false);
        self.rows.push(None);
    }

    /// Whether a term is a number.
    pub fn is_number(&self, id: u32) -> bool {
        self.numbers[id as usize]
    }

    /// How common a term is in English (Zipf).
    pub fn zipf(&self, id: u32) -> f32 {
        self.zipf[id as usize]
    }

    /// A term's WordNet synsets.
    pub fn synsets(&self, id: u32) -> &'static [u32] {
        self.synsets[id as usize]
    }

    /// A term's row in the meaning table, if its word has one.
    pub fn meaning_row(&self, id: u32) -> Option<u32> {
        self.rows[id as usize]
    }

    /// The two terms a bigram pairs, or `None` for a single term.
    pub fn parts(&self, id: u32) -> Option<(u32, u32)> {
        self.parts.get(id as usize).copied().flatten()
    }

    /// The ids of a word: its normalised form, its content term (none for a stop
    /// word), and whether it is a stop word. Stemming runs once per distinct word
    /// per thread.
    fn word(&mut self, word: &str) -> (u32, Option<u32>, bool, Option<(u32, f32)>) {
        let a = LEXICON.with(|l| l.borrow_mut().analyse(word));
        let form = self.local(a.form, a.zipf, &[]);
        let term = a.term.map(|t| self.local(t, a.zipf, a.synsets));
        if let (Some(t), Some((row, _))) = (term, a.meaning) {
            self.rows[t as usize].get_or_insert(row);
        }
        (form, term, a.stop, a.meaning)
    }

    /// This story's id for a lexicon id.
    fn local(&mut self, global: u32, zipf: f32, synsets: &'static [u32]) -> u32 {
        if let Some(&id) = self.global.get(&global) {
            let known = &mut self.zipf[id as usize];
            *known = known.max(zipf);
            return id;
        }
        let id = self.parts.len() as u32;
        self.push(None, zipf, synsets);
        self.global.insert(global, id);
        id
    }

    /// The id of a word's normal form, if any sentence of the story used it.
    pub fn form(&self, normal: &str) -> Option<u32> {
        let global = LEXICON.with(|l| l.borrow().strings.get(&format!("={normal}")).copied())?;
        self.global.get(&global).copied()
    }

    pub fn len(&self) -> usize {
        self.parts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }
}

/// A sentence analysed for comparison.
#[derive(Debug, Clone)]
pub struct Features {
    pub tokens: Vec<Token>,
    /// Content term ids in order of appearance (repeats kept).
    pub sequence: Vec<u32>,
    /// Content term ids, sorted and unique; adjacent pairs of the sequence are added
    /// as bigram terms so that word order counts a little.
    pub terms: Vec<u32>,
    pub quantities: Vec<Quantity>,
    /// Every word (stop words too) in normalised form, interned, for verbatim runs;
    /// with whether it is a stop word.
    pub words: Vec<(u32, bool)>,
    /// Headings state no fact of their own and are never linked.
    pub heading: bool,
    /// Hashes of the sentence's runs of one, two and three words (every word, by
    /// its term or, for stop words, its form), each sorted and unique.
    pub grams: [Vec<u64>; 3],
    /// Capitalised words after the first (names, mostly), by form, sorted, unique.
    pub names: Vec<u32>,
    /// Every word in order, by its term or, for stop words, its form.
    pub keys: Vec<u32>,
    /// Where the sentence sits among meanings (see [`meaning`]).
    pub meaning: Meaning,
}

/// Hashes of the runs of `n` keys, sorted and unique.
fn grams(keys: &[u32], n: usize) -> Vec<u64> {
    let mut out: Vec<u64> = keys
        .windows(n)
        .map(|w| {
            w.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &id| {
                (h ^ u64::from(id)).wrapping_mul(0x0100_0000_01b3)
            })
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Analyses a sentence, interning its terms into `vocabulary`.
pub fn features(text: &str, vocabulary: &mut Vocabulary) -> Features {
    let toks = tokens(text);
    let quantities = quantities(text, &toks);
    let mut sequence = Vec::new();
    let mut words = Vec::new();
    let mut keys = Vec::new();
    let mut names = Vec::new();
    let mut sense = Meaning::default();
    for token in &toks {
        if token.kind == TokenKind::Punct {
            continue;
        }
        let word = token.text(text);
        let (form, term, stop, row) = vocabulary.word(word);
        if let Some((r, weight)) = row {
            sense.add(r, weight);
        }
        if !words.is_empty() && word.starts_with(char::is_uppercase) {
            names.push(form);
        }
        words.push((form, stop));
        keys.push(term.unwrap_or(form));
        let id = match quantities
            .iter()
            .find(|q| q.span.contains(&token.span.start))
        {
            // Counts compare by value ("ten" = 10); their qualifiers are not content.
            Some(q) if !q.is_year => vocabulary.id(format!("#{}", q.value)),
            _ if token.kind == TokenKind::Number => {
                vocabulary.id(format!("#{}", normalize(word).replace(',', "")))
            }
            _ => match term {
                Some(id) => id,
                None => continue,
            },
        };
        if sequence.last() != Some(&id) {
            sequence.push(id);
        }
        // The numbers inside a compound ("a 134-to-63 vote", "the 43-year-old")
        // are numbers too: they meet "134 to 63" and "43" in another sentence.
        if token.kind == TokenKind::Word && word.contains('-') {
            for value in word.split('-').filter_map(|p| p.parse::<f64>().ok()) {
                sequence.push(vocabulary.id(format!("#{value}")));
            }
        }
    }
    let mut terms = sequence.clone();
    for pair in sequence.windows(2) {
        terms.push(vocabulary.bigram_id(pair[0], pair[1]));
    }
    terms.sort_unstable();
    terms.dedup();
    names.sort_unstable();
    names.dedup();
    Features {
        grams: [grams(&keys, 1), grams(&keys, 2), grams(&keys, 3)],
        names,
        keys,
        tokens: toks,
        sequence,
        terms,
        quantities,
        words,
        heading: false,
        meaning: sense.normalised(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_inside_a_compound_are_numbers() {
        let mut v = Vocabulary::default();
        let compound = features("She won by a 134-to-63 vote.", &mut v);
        let apart = features("Ms. Pelosi won, 134 to 63, over Mr. Ryan.", &mut v);
        for n in ["#134", "#63"] {
            let id = v.id(n.to_string());
            assert!(compound.terms.contains(&id), "{n} in the compound");
            assert!(apart.terms.contains(&id), "{n} apart");
        }
        let age = features("the 43-year-old congressman", &mut v);
        assert!(age.terms.contains(&v.id("#43".to_string())));
    }

    #[test]
    fn inflections_share_a_term() {
        for (a, b) in [
            ("withdraws", "withdrawing"),
            ("journalists", "journalist"),
            ("condemned", "condemns"),
        ] {
            assert_eq!(content_key(a), content_key(b), "{a} vs {b}");
        }
        assert_ne!(content_key("withdraw"), content_key("freeze"));
    }

    #[test]
    fn terms_carry_rarity_and_synsets() {
        let mut v = Vocabulary::default();
        let f = features("Armenia withdraws from the ceasefire talks", &mut v);
        let zipfs: Vec<f32> = f.sequence.iter().map(|&t| v.zipf(t)).collect();
        assert!(zipfs.iter().all(|z| *z < 6.0), "{zipfs:?}");
        assert!(f.sequence.iter().any(|&t| !v.synsets(t).is_empty()));
    }

    #[test]
    fn stop_words_and_attribution_carry_nothing() {
        for w in ["the", "said", "told", "However", "would"] {
            assert_eq!(content_key(w), None, "{w}");
        }
    }

    #[test]
    fn numbers_compare_by_value() {
        let mut v = Vocabulary::default();
        let a = features("At least ten journalists", &mut v);
        let b = features("10 journalists", &mut v);
        assert_eq!(a.sequence, b.sequence);
    }
}
