//! Word classes the sentence splitter consults: abbreviations that take a full
//! stop (titles with their plural forms, months, company suffixes), US state
//! abbreviations, words that open sentences, and the verbs that attribute speech.
//! General English and news-style resources, not lists drawn from any one text.

/// Words that take a full stop without ending a sentence. Titles come with their
/// plural forms (`Sens. Durbin and Feinstein`); a prefixed title (`then-Rep.`,
/// `ex-Gov.`) is looked up by the part after its hyphen.
#[rustfmt::skip] // One line per class of abbreviation.
pub const ABBREVIATIONS: &[&str] = &[
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
    // Months and weekdays.
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
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
pub const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "asked",
    "asks",
    "added",
    "adds",
    "continued",
    "continues",
    "recalled",
    "recalls",
    "wrote",
    "writes",
    "tweeted",
    "tweets",
    "posted",
    "told",
    "tells",
    "replied",
    "replies",
    "responded",
    "answered",
    "explained",
    "noted",
    "insisted",
    "argued",
    "declared",
    "stated",
    "remarked",
    "quipped",
    "joked",
    "shouted",
    "yelled",
    "cried",
    "exclaimed",
    "wondered",
    "demanded",
    "countered",
    "warned",
    "concluded",
    "acknowledged",
    "admitted",
    "quoted",
    "saying",
];

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
/// after `a.m.` or `p.m.` any other capitalised word opens a sentence.
pub const TIME_WORDS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Eastern",
    "Central",
    "Mountain",
    "Pacific",
    "Atlantic",
    "ET",
    "EST",
    "EDT",
    "CT",
    "CST",
    "CDT",
    "MT",
    "MST",
    "MDT",
    "PT",
    "PST",
    "PDT",
    "GMT",
    "UTC",
    "BST",
    "CET",
];
