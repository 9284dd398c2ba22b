//! The tuning of discrepancy finding, one documented constant each. None was
//! fitted by a search; each was set by hand, two of them (`QUOTE_MIN_WORDS`,
//! `SAME_QUOTE_COVERAGE`) read off the hand judgements of every flag on the 45
//! BASIL-dev events. They are held by the case table `discrepancy_kinds` in
//! `align/discrepancy_tests.rs` (17 vs ten journalists, September vs September
//! 2020, 1992 vs 1994, a quote and its excerpt, said vs declared, Smith vs
//! Smyth), by the demo story's hand-judged discrepancies
//! (`demo_discrepancies_are_hand_judged_and_precise`: none flagged today), by the
//! golden outputs of `tests/fixtures/discrepancies`, and by the precision over
//! those judgements (`tests/discrepancy_eval.rs`, bar 0.9).

/// Fewest words inside quotation marks that make a quotation: one or two quoted
/// words are a term, a label or a scare quote ("back door", "Organization 1"),
/// not a statement (on the BASIL-dev events every two-word quote flagged was
/// one).
pub const QUOTE_MIN_WORDS: usize = 3;

/// Least share of the shorter of two quotations that the longer says, word for
/// word and in order, for the two to render one utterance. Read off the hand
/// judgements of every quote discrepancy on the 45 BASIL-dev events: below 0.7
/// about half the pairs were different utterances that share a phrase, from 0.7
/// to 0.8 one in four, above it fewer still.
pub const SAME_QUOTE_COVERAGE: f32 = 0.7;

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
