//! The general vocabularies of English in one place. The word classes the
//! sentence splitter consults — abbreviations that take a full stop (titles with
//! their plural forms, months, company suffixes), US state abbreviations, words
//! that open sentences, the verbs that attribute speech — and the calendar
//! (month and weekday names), verbs of saying and stop words that ingest and the
//! engine share. The lists that are plain vocabulary live as data files under
//! `assets/lexicon/` (embedded, read once on first use); a test checks that each
//! parses. General English and news-style resources, not lists drawn from any one text.

use std::collections::HashSet;
use std::sync::LazyLock;

/// A set of words read from a data file or built from lists.
pub struct Words(HashSet<String>);

impl Words {
    /// Whether `word` is in the set (called like a slice's `contains`).
    pub fn contains(&self, word: &&str) -> bool {
        self.0.contains(*word)
    }

    fn of<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        Words(words.into_iter().map(str::to_string).collect())
    }
}

/// The entries of a data file: one per line, its words separated by white space;
/// blank lines and lines starting with `#` are skipped.
fn entries(text: &'static str) -> Vec<Vec<&'static str>> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| l.split_whitespace().collect())
        .collect()
}

/// Every word of a data file that lists words.
fn words(text: &'static str) -> impl Iterator<Item = &'static str> {
    entries(text).into_iter().flatten()
}

const MONTHS_FILE: &str = include_str!("../../assets/lexicon/months.txt");
const WEEKDAYS_FILE: &str = include_str!("../../assets/lexicon/weekdays.txt");
const SPEECH_VERBS_FILE: &str = include_str!("../../assets/lexicon/speech_verbs.txt");
const SAYING_FILE: &str = include_str!("../../assets/lexicon/saying_stems.txt");
const STOP_WORDS_FILE: &str = include_str!("../../assets/lexicon/stop_words.txt");

/// The twelve months, January first: the full name, then its abbreviations.
pub static MONTHS: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| entries(MONTHS_FILE));
/// The seven weekdays, Monday first: the full name, then its abbreviations.
pub static WEEKDAYS: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| entries(WEEKDAYS_FILE));

/// The month (1–12) whose name starts with the first three letters of `word`,
/// in any case, a final full stop ignored (`Sept.`, `JAN`, `December`).
pub fn month_by_prefix(word: &str) -> Option<u8> {
    let lower = word.trim_end_matches('.').to_lowercase();
    let prefix = lower.get(..3)?;
    MONTHS
        .iter()
        .position(|names| names[0].get(..3) == Some(prefix))
        .map(|i| i as u8 + 1)
}

/// The month (1–12) that a lower-case word names in full (`march`, not `mar`).
pub fn full_month(lower: &str) -> Option<u8> {
    MONTHS
        .iter()
        .position(|names| names[0] == lower)
        .map(|i| i as u8 + 1)
}

/// Whether a lower-case word is the start of a month's full name, three letters
/// or more (`sept`, `novem`).
pub fn starts_month(lower: &str) -> bool {
    lower.len() >= 3 && MONTHS.iter().any(|names| names[0].starts_with(lower))
}

/// The weekday (0 = Monday) that a lower-case word names in full.
pub fn weekday(lower: &str) -> Option<u8> {
    WEEKDAYS
        .iter()
        .position(|names| names[0] == lower)
        .map(|i| i as u8)
}

/// A name as it opens a sentence: `january` → `January`.
fn capitalised(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// The calendar's names, capitalised: the full names (`full`) or the abbreviations.
fn calendar(full: bool) -> impl Iterator<Item = String> {
    MONTHS.iter().chain(WEEKDAYS.iter()).flat_map(move |names| {
        let (first, rest) = names.split_at(1);
        if full { first } else { rest }
            .iter()
            .map(|w| capitalised(w))
    })
}

/// Verbs of saying (by Snowball stem) and whether each is plain (`neutral`).
static SAYING: LazyLock<Vec<(&'static str, bool)>> = LazyLock::new(|| {
    entries(SAYING_FILE)
        .into_iter()
        .map(|e| (e[0], e[1..].contains(&"neutral")))
        .collect()
});

/// Whether a stem is a verb of saying.
pub fn is_saying(stem: &str) -> bool {
    SAYING.iter().any(|&(s, _)| s == stem)
}

/// Whether a stem is a plain verb of saying ("said", "told"): such verbs agree
/// with one another.
pub fn is_neutral_saying(stem: &str) -> bool {
    SAYING.iter().any(|&(s, neutral)| neutral && s == stem)
}

static STOP_WORDS: LazyLock<Words> = LazyLock::new(|| Words::of(words(STOP_WORDS_FILE)));

/// Whether a normalised word is a function word or otherwise carries no fact.
pub fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.contains(&word)
}

/// Words that take a full stop without ending a sentence. Titles come with their
/// plural forms (`Sens. Durbin and Feinstein`); a prefixed title (`then-Rep.`,
/// `ex-Gov.`) is looked up by the part after its hyphen.
/// The calendar's abbreviations (`Jan`, `Sept`, `Thurs`) come from the data files.
pub static ABBREVIATIONS: LazyLock<Words> = LazyLock::new(|| {
    let mut words = Words::of(OTHER_ABBREVIATIONS.iter().copied());
    words.0.extend(calendar(false));
    words
});

#[rustfmt::skip] // One line per class of abbreviation.
const OTHER_ABBREVIATIONS: &[&str] = &[
    // Courtesy and professional titles.
    "Mr", "Mrs", "Ms", "Mx", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Profs", "Rev", "Revs", "Hon",
    "Hons", "Fr", "Msgr", "Atty", "Attys", "Supt", "Supts", "Insp", "Det", "Dets", "Amb", "Pres",
    // Political titles.
    "Gov", "Govs", "Sen", "Sens", "Rep", "Reps", "Cong", "Del", "Dels", "Assemb", "Ald", "Comm", "Commr",
    // Military ranks.
    "Gen", "Gens", "Lt", "Lts", "Col", "Cols", "Maj", "Majs", "Capt", "Capts", "Cmdr", "Cmdrs",
    "Comdr", "Sgt", "Sgts", "Adm", "Adms", "Brig", "Cpl", "Cpls", "Pvt", "Pfc", "Spc", "Ens",
    // Post-nominals (see `POST_NOMINALS`).
    "Jr", "Sr",
    // Everything else.
    "St", "vs", "v", "etc", "approx", "est", "Inc", "Ltd", "Co", "Corp", "Bros", "Dept", "Univ",
    "Assn", "Ave", "Blvd", "Rd", "Mt", "Ft", "cf", "al", "ca", "min", "max", "fig", "Fig", "Vol",
    "vol", "pp", "Ch", "Art", "Sec", "Gov't", "Nr", "nr", "Nos", "Op",
];

/// Abbreviations that often end a sentence too: they end one when a usual sentence
/// opener follows (`… Apple Inc. The …`).
pub const CLOSING_ABBREVIATIONS: &[&str] = &["etc", "Inc", "Ltd", "Co", "Corp", "Bros", "al"];

/// Titles that follow a name (`Thomas J. Bliley Jr.`): a sentence can end on them.
pub const POST_NOMINALS: &[&str] = &["Jr", "Sr"];

/// US state abbreviations without internal full stops, in the forms news style
/// uses (AP and older postal-era forms); the dotted ones (`N.Y.`, `W.Va.`) are
/// read as acronyms. They stand after a city (`Annapolis, Md.`), in a party
/// affiliation (`D-Calif.`), or before a title (`Wash. Gov. Jay Inslee`).
pub const STATES: &[&str] = &[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky",
    "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore",
    "Oreg", "Pa", "Penn", "Tenn", "Tex", "Vt", "Va", "Wash", "Wis", "Wisc", "Wyo",
];

/// Words that start sentences, used to decide after an acronym or closing abbreviation.
pub const SENTENCE_OPENERS: &[&str] = &[
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

/// Verbs that attribute speech or writing, in the forms an attribution takes
/// after a quotation (`“…?” Justice Breyer asked.`).
pub static SPEECH_VERBS: LazyLock<Words> = LazyLock::new(|| Words::of(words(SPEECH_VERBS_FILE)));

/// Lower-case words that may stand between a speaker's name and the verb of an
/// attribution (`Mr. Trump was quoted as saying`, `she later wrote`).
pub const ATTRIBUTION_FILLERS: &[&str] = &[
    "was", "is", "has", "had", "then", "later", "also", "again", "once", "quickly", "simply",
];

/// Nouns that follow a person's name in the name of a place, day or prize
/// (`Martin Luther King Jr. Boulevard`): after `Jr.` they continue the sentence.
pub const EPONYM_NOUNS: &[&str] = &[
    "Day",
    "Boulevard",
    "Blvd",
    "Avenue",
    "Ave",
    "Street",
    "Drive",
    "Road",
    "Highway",
    "Parkway",
    "Bridge",
    "Park",
    "Plaza",
    "Square",
    "Center",
    "Centre",
    "Library",
    "Memorial",
    "Museum",
    "High",
    "Middle",
    "Elementary",
    "School",
    "College",
    "University",
    "Hospital",
    "Airport",
    "Stadium",
    "Arena",
    "Hall",
    "Building",
    "Institute",
    "Foundation",
    "Award",
    "Prize",
    "Act",
];

/// Words that continue a time of day (`10 a.m. Monday`, `3 p.m. Eastern time`):
/// after `a.m.` or `p.m.` any other capitalised word opens a sentence. The
/// weekdays and months come from the data files.
pub static TIME_WORDS: LazyLock<Words> = LazyLock::new(|| {
    let mut words = Words::of(TIME_ZONES.iter().copied());
    words.0.extend(calendar(true));
    words
});

/// Time zones and their names, as they follow a time of day.
const TIME_ZONES: &[&str] = &[
    "Eastern", "Central", "Mountain", "Pacific", "Atlantic", "ET", "EST", "EDT", "CT", "CST",
    "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT", "UTC", "BST", "CET",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_data_file_parses() {
        let months = entries(MONTHS_FILE);
        assert_eq!(months.len(), 12);
        assert_eq!((months[0][0], months[11][0]), ("january", "december"));
        let weekdays = entries(WEEKDAYS_FILE);
        assert_eq!(weekdays.len(), 7);
        assert_eq!((weekdays[0][0], weekdays[6][0]), ("monday", "sunday"));
        for (file, least) in [
            (SPEECH_VERBS_FILE, 30),
            (SAYING_FILE, 20),
            (STOP_WORDS_FILE, 200),
            (MONTHS_FILE, 12),
            (WEEKDAYS_FILE, 7),
        ] {
            let all: Vec<&str> = words(file).collect();
            assert!(all.len() >= least, "{} words", all.len());
            let mut seen = HashSet::new();
            for w in all {
                assert!(
                    w == w.to_lowercase() && !w.contains('#'),
                    "{w:?}: lower case, no comment mark"
                );
                assert!(seen.insert(w) || file == SAYING_FILE, "{w} twice");
            }
        }
        assert!(SAYING.iter().filter(|(_, n)| *n).count() >= 2);
    }

    #[test]
    fn calendar_lookups() {
        let cases = [
            ("Sept.", Some(9)),
            ("JAN", Some(1)),
            ("December", Some(12)),
            ("ma", None),
            ("Mayor", Some(5)),
        ];
        for (word, month) in cases {
            assert_eq!(month_by_prefix(word), month, "{word}");
        }
        assert_eq!(full_month("march"), Some(3));
        assert_eq!(full_month("mar"), None);
        assert!(starts_month("sept") && starts_month("novem") && !starts_month("ma"));
        assert!(!starts_month("marx"));
        assert_eq!(weekday("wednesday"), Some(2));
        assert!(ABBREVIATIONS.contains(&"Sept") && ABBREVIATIONS.contains(&"Thurs"));
        assert!(ABBREVIATIONS.contains(&"Gov") && !ABBREVIATIONS.contains(&"May"));
        assert!(TIME_WORDS.contains(&"Monday") && TIME_WORDS.contains(&"May"));
        assert!(TIME_WORDS.contains(&"GMT") && !TIME_WORDS.contains(&"Mon"));
        assert!(SPEECH_VERBS.contains(&"asked") && is_stop_word("the"));
        assert!(is_saying("declar") && !is_neutral_saying("declar") && is_neutral_saying("said"));
    }
}
