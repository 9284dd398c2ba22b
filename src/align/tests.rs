//! Case tables and properties of the engine as a whole: what is grouped, what is
//! kept apart, what each kind of discrepancy reports.

use super::*;
use proptest::prelude::*;

pub(super) fn docs<'a>(articles: &'a [&'a [&'a str]]) -> Vec<Document<'a>> {
    articles
        .iter()
        .map(|s| Document {
            title: None,
            sentences: s.to_vec(),
            headings: Vec::new(),
        })
        .collect()
}

/// A small story: filler that every article shares topic words with, plus facts.
const A: &[&str] = &[
    "Armenia said on Monday that it would leave the regional security alliance led by Russia.",
    "At least ten journalists were among the injured during the protests in Yerevan.",
    "The Union of Journalists condemned the police response.",
    "Armenia has been a member of the alliance for decades.",
    "Tensions between Armenia and Russia remain high.",
];
const B: &[&str] = &[
    "Protesters clashed with police in Yerevan, and 10 journalists were injured.",
    "Armenia will withdraw from the Russian-led security alliance, the government announced.",
    "The country's Union of Journalists called for accountability over police actions.",
    "Russia's economy grew slowly this year, according to official figures.",
    "Tensions rose after Russia expelled two Armenian diplomats on Friday.",
];

fn grouped(alignment: &Alignment, a: (usize, usize), b: (usize, usize)) -> bool {
    let g = |(d, s): (usize, usize)| alignment.group_of[d][s];
    g(a).is_some() && g(a) == g(b)
}

#[test]
fn groups_case_table() {
    let alignment = align(&docs(&[A, B]));
    let cases = [
        // "leave ≈ withdraw" was grouped through a concept list made from the demo
        // story; WordNet gives no shared synset for them, so it is a recall loss.
        (
            (0, 0),
            (1, 1),
            false,
            "leave vs withdraw: no general evidence",
        ),
        ((0, 1), (1, 0), true, "ten ≈ 10 journalists injured"),
        ((0, 2), (1, 2), true, "Union of Journalists"),
        (
            (0, 4),
            (1, 4),
            false,
            "generic tensions vs a specific claim",
        ),
        ((0, 3), (1, 3), false, "unrelated claims sharing names"),
    ];
    for (a, b, want, why) in cases {
        assert_eq!(grouped(&alignment, a, b), want, "{why}");
    }
}

#[test]
fn an_article_past_the_limit_is_aligned_in_part_and_says_so() {
    let filler: Vec<String> = (0..MAX_SENTENCES_PER_ARTICLE)
        .map(|i| format!("Line {i} of a very long file."))
        .collect();
    let mut long: Vec<&str> = filler.iter().map(String::as_str).collect();
    long[0] = A[1];
    long.push(A[2]); // the first sentence past the limit
    let alignment = align(&docs(&[&long, B]));
    assert!(alignment.truncated);
    assert!(grouped(&alignment, (0, 0), (1, 0)), "within the limit");
    assert_eq!(alignment.group_of[0][MAX_SENTENCES_PER_ARTICLE], None);
    assert!(!align(&docs(&[A, B])).truncated);
}

/// Two articles of 200,000 sentences each: bounded time and memory
/// (`cargo test --release --lib huge -- --ignored`).
#[test]
#[ignore = "a stress run, not a check to run every time"]
fn huge_articles_stay_bounded() {
    let text: Vec<String> = (0..200_000)
        .map(|i| format!("Paragraph {i} says that item {} moved.", i % 977))
        .collect();
    let long: Vec<&str> = text.iter().map(String::as_str).collect();
    let alignment = align(&docs(&[&long, &long]));
    assert!(alignment.truncated);
}

#[test]
fn demo_story_examples() {
    let articles = crate::demo::articles();
    let d: Vec<Document> = articles.iter().map(Document::from_article).collect();
    let alignment = align(&d);
    let find = |doc: usize, prefix: &str| {
        let s = articles[doc]
            .sentences
            .iter()
            .position(|s| s.text.starts_with(prefix));
        (doc, s.unwrap_or_else(|| panic!("{prefix}")))
    };
    assert!(grouped(
        &alignment,
        find(0, "The Union of Journalists"),
        find(2, "The country’s Union of Journalists")
    ));
    // "At least ten journalists …" and "The protests turned violent …" state the
    // same fact but share little wording: a recall loss since the demo-made concept
    // table went (align_eval lists it among the misses).
    assert!(grouped(
        &alignment,
        find(0, "Foreign Minister Ararat Mirzoyan"),
        find(2, "This statement was later clarified")
    ));
    assert!(grouped(
        &alignment,
        find(0, "The CSTO includes"),
        find(3, "Its members include")
    ));
    assert!(!grouped(
        &alignment,
        find(0, "The situation in the South Caucasus"),
        find(2, "This period of political upheaval")
    ));
    // Every discrepancy flagged is a difference between values two articles give.
    for d in alignment.groups.iter().flat_map(|g| &g.discrepancies) {
        assert!(!d.agrees(), "{d:?}");
        assert!(
            d.values
                .iter()
                .all(|v| v.text.as_deref().is_some_and(|t| !t.is_empty()))
        );
        let mut docs: Vec<usize> = d.values.iter().map(|v| v.doc).collect();
        docs.dedup();
        assert!(docs.len() >= 2, "{d:?}");
    }
}

/// Every discrepancy flagged on the demo story, judged by hand: (kind, articles,
/// whether the values fill the same slot of the same fact and really differ).
const DEMO_JUDGED: &[(DiscrepancyKind, &[usize], bool)] = &[
    // The full quote against the part another outlet gives: differ in detail.
    (DiscrepancyKind::Quote, &[2, 3], true),
    // "declared" against "said" for the same statement: differ in tone.
    (DiscrepancyKind::Verb, &[2, 3], true),
];

#[test]
fn demo_discrepancies_are_hand_judged_and_precise() {
    let articles = crate::demo::articles();
    let d: Vec<Document> = articles.iter().map(Document::from_article).collect();
    let alignment = align(&d);
    let mut flagged = 0;
    let mut right = 0;
    for disc in alignment.groups.iter().flat_map(|g| &g.discrepancies) {
        let mut docs: Vec<usize> = disc.values.iter().map(|v| v.doc).collect();
        docs.dedup();
        let judged = DEMO_JUDGED
            .iter()
            .find(|(k, ds, _)| *k == disc.kind && *ds == docs.as_slice())
            .unwrap_or_else(|| panic!("not judged yet: {disc:?}"));
        flagged += 1;
        right += usize::from(judged.2);
    }
    // Since quotations are split like other text, the demo's quote discrepancy
    // is gone: nothing is flagged today, and anything flagged must be judged.
    assert!(
        flagged == 0 || right * 10 >= flagged * 9,
        "{right}/{flagged}"
    );
}

#[test]
fn summary_counts_shared_and_unique() {
    let alignment = align(&docs(&[A, B]));
    for s in &alignment.summary.articles {
        assert_eq!(s.shared + s.unique, s.sentences);
    }
    let shared_groups = alignment.groups.len();
    assert_eq!(alignment.summary.overlap[0][1], shared_groups);
}

fn sentence() -> impl Strategy<Value = String> {
    let words = [
        "Armenia",
        "Russia",
        "alliance",
        "leave",
        "ten",
        "journalists",
        "injured",
        "police",
        "Yerevan",
        "protest",
        "border",
        "villages",
        "minister",
        "said",
        "the",
        "of",
        "17",
        "CSTO",
        "quit",
        "freeze",
    ];
    proptest::collection::vec(proptest::sample::select(words.to_vec()), 3..12)
        .prop_map(|w| w.join(" ") + ".")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn grouping_is_symmetric_in_article_order(a in proptest::collection::vec(sentence(), 1..8), b in proptest::collection::vec(sentence(), 1..8)) {
        let (ra, rb): (Vec<&str>, Vec<&str>) = (a.iter().map(String::as_str).collect(), b.iter().map(String::as_str).collect());
        let forward = align(&docs(&[&ra, &rb]));
        let backward = align(&docs(&[&rb, &ra]));
        let pairs = |al: &Alignment, swap: bool| {
            let mut out: Vec<Vec<(usize, usize)>> = al.groups.iter().map(|g| {
                let mut m: Vec<(usize, usize)> = g.members.iter().map(|r| (if swap { 1 - r.doc } else { r.doc }, r.sentence)).collect();
                m.sort();
                m
            }).collect();
            out.sort();
            out
        };
        prop_assert_eq!(pairs(&forward, false), pairs(&backward, true));
    }

    #[test]
    fn a_sentence_is_in_at_most_one_group(a in proptest::collection::vec(sentence(), 1..10), b in proptest::collection::vec(sentence(), 1..10), c in proptest::collection::vec(sentence(), 1..10)) {
        let all: Vec<Vec<&str>> = [&a, &b, &c].iter().map(|v| v.iter().map(String::as_str).collect()).collect();
        let refs: Vec<&[&str]> = all.iter().map(Vec::as_slice).collect();
        let alignment = align(&docs(&refs));
        let mut seen = std::collections::HashSet::new();
        for g in &alignment.groups {
            prop_assert!(g.members.len() >= 2);
            prop_assert!(g.docs().len() >= 2);
            for m in &g.members {
                prop_assert!(seen.insert(*m), "{:?} twice", m);
                prop_assert_eq!(alignment.group_of[m.doc][m.sentence].is_some(), true);
            }
            for (i, e) in g.emphasis.iter().enumerate() {
                let text = refs[g.members[i].doc][g.members[i].sentence];
                let joined: String = e.iter().map(|s| &text[s.range.clone()]).collect();
                prop_assert_eq!(joined, text);
            }
        }
    }
}

/// One sentence against one: no alternatives to choose among, so the link model alone
/// decides, weak cosine or not.
#[test]
fn one_sentence_each_is_judged_by_the_model_alone() {
    let params = Params::default();
    let at = |doc| SentenceRef { doc, sentence: 0 };
    let weak = |lone| grouping::Link {
        a: at(0),
        b: at(1),
        score: params.min_score / 2.0,
        evidence: 0,
        lone,
    };
    assert_eq!(grouping::select_links(&[weak(true)], &params).len(), 1);
    assert!(grouping::select_links(&[weak(false)], &params).is_empty());
    for (a, b, same) in [
        (
            "Shares of the carmaker fell 4 percent after it cut its sales forecast.",
            "The carmaker's stock dropped 4 percent once it lowered its sales outlook.",
            true,
        ),
        (
            "The senator caved to pressure from the liberal base of her party on Tuesday.",
            "The senator will visit a school in her home state on Tuesday.",
            false,
        ),
    ] {
        let (sa, sb) = ([a], [b]);
        let both: [&[&str]; 2] = [&sa, &sb];
        let alignment = align(&docs(&both));
        assert_eq!(grouped(&alignment, (0, 0), (1, 0)), same, "{a} | {b}");
    }
}
