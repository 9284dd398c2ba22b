//! How a change looks outside the interface, decided here once: whether colour
//! is wanted at all (`NO_COLOR`, a terminal), the ANSI of `diff`, `align` and
//! `search` on a terminal and their bracket forms without colour, and the CSS
//! classes and style sheet of the HTML report. (The interface's styles are its
//! theme, `ui::theme`.)

use crate::align::Mark;
use crate::align::discrepancy::Verdict;
use std::io::IsTerminal;

/// Whether the environment asks for no colour: `NO_COLOR` set to anything but
/// the empty string (<https://no-color.org>).
pub fn no_color() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

/// How emphasis is shown on standard output.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ink {
    Colour,
    Brackets,
}

/// Bold red: a word the first (left) article words differently.
const LEFT: &str = "\u{1b}[1;31m";
/// Bold green: a word the other article words differently.
const RIGHT: &str = "\u{1b}[1;32m";
/// Bold yellow: a search match.
const MATCH: &str = "\u{1b}[1;33m";
const RESET: &str = "\u{1b}[0m";

impl Ink {
    /// Colour when standard output is a terminal and `NO_COLOR` is unset.
    pub fn detect() -> Self {
        if std::io::stdout().is_terminal() && !no_color() {
            Ink::Colour
        } else {
            Ink::Brackets
        }
    }

    /// `text` marked for its side (`left` is the first article): coloured, or
    /// `[changed]` and `{only here}`.
    pub fn paint(self, text: &str, mark: Mark, left: bool) -> String {
        match (self, mark) {
            (_, Mark::Same) => text.to_string(),
            (Ink::Colour, _) => format!("{}{text}{RESET}", if left { LEFT } else { RIGHT }),
            (Ink::Brackets, Mark::Changed) => format!("[{text}]"),
            (Ink::Brackets, Mark::Only) => format!("{{{text}}}"),
        }
    }

    /// Spans ready to wrap: with brackets, the marks become text (so that they
    /// are measured); with colour, they stay marks and are painted after wrapping.
    pub fn prepare(self, spans: &[(&str, Mark)], left: bool) -> Vec<(String, Mark)> {
        spans
            .iter()
            .map(|&(t, m)| match self {
                Ink::Brackets => (self.paint(t, m, left), Mark::Same),
                Ink::Colour => (t.to_string(), m),
            })
            .collect()
    }

    /// What opens and closes a search match.
    pub fn match_marks(self) -> (&'static str, &'static str) {
        match self {
            Ink::Colour => (MATCH, RESET),
            Ink::Brackets => ("[", "]"),
        }
    }
}

/// The HTML report's style sheet: the marks of changed and only-here words, the
/// discrepancy lines, light and dark.
pub const STYLE: &str = "body{font:16px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;background:#fff}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left}
.fact{border-left:4px solid #4a7;padding:.2rem 1rem;margin:1rem 0}.fact p{margin:.3rem 0}.src{color:#555;font-weight:600}
mark.changed{background:#ffe08a}mark.only{background:#b9e6c9}.disc{color:#a33}.agree{color:#357}
@media (prefers-color-scheme:dark){body{background:#161616;color:#ddd}mark.changed{background:#7a5d00;color:#fff}mark.only{background:#1f5c36;color:#fff}.src{color:#aaa}}";

/// The `<mark>` class of a marked run in the HTML report (`None`: not marked).
pub fn mark_class(mark: Mark) -> Option<&'static str> {
    match mark {
        Mark::Same => None,
        Mark::Changed => Some("changed"),
        Mark::Only => Some("only"),
    }
}

/// The class of a discrepancy's line in the HTML report.
pub fn verdict_class(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Agree => "agree",
        Verdict::Compatible | Verdict::Contradict => "disc",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_in_colour_and_in_brackets() {
        let cases = [
            (Ink::Brackets, Mark::Same, true, "word"),
            (Ink::Brackets, Mark::Changed, true, "[word]"),
            (Ink::Brackets, Mark::Only, false, "{word}"),
            (Ink::Colour, Mark::Same, false, "word"),
            (
                Ink::Colour,
                Mark::Changed,
                true,
                "\u{1b}[1;31mword\u{1b}[0m",
            ),
            (Ink::Colour, Mark::Only, false, "\u{1b}[1;32mword\u{1b}[0m"),
        ];
        for (ink, mark, left, want) in cases {
            assert_eq!(ink.paint("word", mark, left), want, "{ink:?} {mark:?}");
        }
    }

    #[test]
    fn every_class_the_report_writes_has_a_style() {
        for mark in [Mark::Changed, Mark::Only] {
            let class = mark_class(mark).expect("marked");
            assert!(STYLE.contains(&format!("mark.{class}{{")), "{class}");
        }
        for verdict in [Verdict::Agree, Verdict::Compatible, Verdict::Contradict] {
            let class = verdict_class(verdict);
            assert!(STYLE.contains(&format!(".{class}{{")), "{class}");
        }
    }
}
