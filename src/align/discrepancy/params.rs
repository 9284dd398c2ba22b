//! The tuning of discrepancy finding, one documented constant each. None was
//! fitted: there is no labelled set of discrepancies yet. Each was set by hand
//! and is held by the case table `discrepancy_kinds` in `align/tests.rs` (17 vs
//! ten journalists, September vs September 2020, 1992 vs 1994, a quote and its
//! excerpt, said vs declared, a dropped name), by the demo story's hand-judged
//! discrepancies (`demo_discrepancies_are_hand_judged_and_precise`: none flagged
//! today) and by the golden outputs of `tests/fixtures/discrepancies`. A labelled
//! set of discrepancies is what would let these be measured.

/// Fewest words inside quotation marks that make a quotation: one quoted word is
/// a term or a scare quote, not a statement.
pub const QUOTE_MIN_WORDS: usize = 2;

/// Least word similarity (0..1, `worddiff`) at which another article's own
/// quotation renders the same quote; below it, the two quote different things.
pub const OWN_QUOTE_SIMILARITY: f32 = 0.4;

/// Least word similarity of an article's text to a quote before a paraphrase of
/// it is looked for (below it the article does not render the quote at all).
pub const PARAPHRASE_MIN_SIMILARITY: f32 = 0.05;

/// Fewest words a paraphrase shares with the quote it renders.
pub const PARAPHRASE_MIN_SHARED: usize = 3;

/// A paraphrase shares at least half of the quote's words, counted up to this
/// many (so a long quote needs four shared words, not half of forty).
pub const PARAPHRASE_WORDS_COUNTED: usize = 8;

/// A name used by at least this share of a story's articles (numerator,
/// denominator: three in five) is the story's own subject, not a detail one
/// outlet adds or leaves out.
pub const STORY_WIDE_SHARE: (usize, usize) = (3, 5);

/// Shortest word of a name that is looked for in another article: shorter ones
/// ("Al", "de") are found inside other words by accident.
pub const NAME_WORD_MIN_CHARS: usize = 3;

/// Most name discrepancies kept for one group: past a few, a row lists names
/// instead of showing what differs.
pub const MAX_NAME_DISCREPANCIES: usize = 6;
