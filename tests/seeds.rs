//! The five demo articles as a fixture: real scraped text from five outlets, with
//! all their debris. Cleaning must keep every body sentence and drop the furniture.

use parallax::ingest::{Article, read_article};
use std::path::Path;

fn seed(name: &str) -> Article {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/demo")
        .join(name);
    read_article(&path).unwrap_or_else(|e| panic!("{e}"))
}

fn texts(a: &Article) -> Vec<&str> {
    a.sentences.iter().map(|s| s.text.as_str()).collect()
}

struct Expect {
    file: &'static str,
    title: &'static str,
    author: Option<&'static str>,
    published: Option<&'static str>,
    first: &'static str,
    last: &'static str,
}

const SEEDS: [Expect; 5] = [
    Expect {
        file: "000_7aca94074207edf6.txt",
        title: "Armenia Breaks Ties with Russian-Led Security Alliance Amidst Rising Tensions",
        author: Some("Emelie Rodriguez"),
        published: Some("2024-06-13T06:03:00"),
        first: "Armenia has announced its intention to withdraw from the Collective Security Treaty Organization (CSTO), a Russian-dominated security alliance, as tensions escalate between the two allies.",
        last: "It is unclear how the move will affect regional security and the broader geopolitical landscape.",
    },
    Expect {
        file: "001_46da3cbaf8e3bbae.txt",
        title: "Armenia withdraws from Russian security alliance",
        author: None,
        published: None,
        first: "After Azerbaijan’s military offensive, relations between Armenia and Russia have cooled.",
        last: "This means that Armenia would have to arrest Russian President Vladimir Putin, who has been sentenced by the court, during a visit.",
    },
    Expect {
        file: "002_23c11bec9f6658fd.txt",
        title: "Armenia Exits the Collective Security Treaty Organization Amid Growing Tensions",
        author: Some("Asatur Yesayants"),
        published: None,
        first: "On Wednesday, Armenian Prime Minister Nikol Pashinyan announced his country’s intention to withdraw from the Collective Security Treaty Organization (CSTO), a military alliance dominated by Russia.",
        last: "This period of political upheaval in Armenia underscores the complex dynamics at play both domestically and in its international alliances as the country navigates its path forward amidst regional tensions and global shifts.",
    },
    Expect {
        file: "003_b3ba5b312ea64dc1.txt",
        title: "Armenia abandons Russian alliance, eyes European Union membership",
        author: None,
        published: None,
        first: "This is a serious blow to Vladimir Putin.",
        last: "We are witnessing a moment that could define future power dynamics in this part of the world and Armenia's future on the international stage.",
    },
    Expect {
        file: "004_fb0d9f57f16703eb.txt",
        title: "Russia intends to eject Armenia from the Collective Security Treaty Organization (CSTO) per their wishes",
        author: None,
        published: None,
        first: "In a bold move, Russia is urging Armenia's Prime Minister, Nikol Pashinyan, to step up and pull Armenia out of the Moscow-dominated Collective Security Treaty Organization (CSTO).",
        last: "Russia's refusal to endorse CSTO recognition of the Armenian frontier at this time adds another layer of challenge to Pashinyan, who's already grappling with a wave of domestic discontent, including a protest march led by opponents of recent territorial concessions made by the government.",
    },
];

/// Debris seen on these pages; none of it may reach a sentence.
const BOILERPLATE: &[&str] = &[
    "Skip to content",
    "Share this",
    "Leave a comment",
    "Comments",
    "Related articles",
    "Read also",
    "Latest",
    "©",
    "AFP",
    "source site",
    "Emelie Rodriguez",
    "Asatur Yesayants",
    "June 13, 2024",
    "Chưa",
    "policy-and-legislation",
    "Pool Sputnik",
];

#[test]
fn titles_and_metadata() {
    for want in &SEEDS {
        let a = seed(want.file);
        assert_eq!(a.title.as_deref(), Some(want.title), "{}", want.file);
        assert_eq!(a.author.as_deref(), want.author, "{}", want.file);
        assert_eq!(
            a.published.map(|p| p.to_string()).as_deref(),
            want.published,
            "{}",
            want.file
        );
    }
}

#[test]
fn first_and_last_body_sentences_survive() {
    for want in &SEEDS {
        let a = seed(want.file);
        let t = texts(&a);
        let body: Vec<&&str> = t
            .iter()
            .filter(|s| !a.sentences.iter().any(|x| x.heading && &x.text == *s))
            .collect();
        assert_eq!(body.first().map(|s| **s), Some(want.first), "{}", want.file);
        assert_eq!(t.last().copied(), Some(want.last), "{}", want.file);
    }
}

#[test]
fn no_boilerplate_in_sentences_and_title_is_not_a_sentence() {
    for want in &SEEDS {
        let a = seed(want.file);
        for s in texts(&a) {
            for junk in BOILERPLATE {
                assert!(!s.contains(junk), "{}: {junk:?} in {s:?}", want.file);
            }
            assert_ne!(s, want.title, "{}: title repeated as a sentence", want.file);
            assert!(
                s.split_whitespace().count() >= 2,
                "{}: fragment {s:?}",
                want.file
            );
        }
    }
}

#[test]
fn every_line_of_prose_in_the_source_is_kept() {
    // Each long line of the raw file that ends like a sentence (except the teaser
    // list) must reappear, whole, across the kept sentences.
    for want in &SEEDS {
        let a = seed(want.file);
        let kept = texts(&a).join(" ");
        let raw = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("assets/demo")
                .join(want.file),
        )
        .unwrap_or_default();
        for line in raw.lines().map(str::trim) {
            let prose =
                line.split_whitespace().count() >= 8 && line.ends_with(['.', '?', '"', '”']);
            let teaser = line.starts_with(|c: char| c.is_ascii_digit()) && line.contains(". ");
            if prose && !teaser {
                assert!(kept.contains(line), "{}: lost {line:?}", want.file);
            }
        }
    }
}

#[test]
fn dropped_lines_say_why() {
    let a = seed("001_46da3cbaf8e3bbae.txt");
    let whys: Vec<(&str, &str)> = a
        .dropped
        .iter()
        .map(|d| (d.text.as_str(), d.why.as_str()))
        .collect();
    assert!(whys.contains(&(
        "© Vladimir Smirnov / Pool Sputnik Kremlin / AP / DPA",
        "photo credit"
    )));
    assert!(whys.contains(&(
        "Nikol Pashinyan, Prime Minister of Armenia",
        "photo caption"
    )));
    assert!(whys.iter().any(|(t, _)| *t == "AFP"));
}
