//! Text utilities shared by ingest and align: terminal-safe sanitising, sentence
//! segmentation, word tokens. Pure functions, no I/O.

pub mod lexicon;
pub mod sanitize;
pub mod segment;
pub mod words;
pub mod wrap;

pub use sanitize::{is_clean, sanitize};
pub use segment::split_sentences;
