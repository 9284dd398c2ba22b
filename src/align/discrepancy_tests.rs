//! The case table of discrepancy kinds: one pair of one-sentence articles per
//! case, the discrepancy of one kind it must (or must not) give.

use super::tests::docs;
use super::*;

#[test]
fn discrepancy_kinds() {
    let case = |a: &'static str, b: &'static str, kind: DiscrepancyKind| -> Option<Discrepancy> {
        let (sa, sb): (&[&str], &[&str]) = (&[a][..], &[b][..]);
        let alignment = align(&docs(&[sa, sb]));
        assert_eq!(alignment.groups.len(), 1, "{a} | {b}: not grouped");
        alignment.groups[0]
            .discrepancies
            .iter()
            .find(|d| d.kind == kind)
            .cloned()
    };
    let n = case(
        "At least ten journalists were injured in the clashes in Yerevan.",
        "Ten journalists and 17 police officers were injured in the Yerevan clashes.",
        DiscrepancyKind::Number,
    );
    assert_eq!(n, None, "agreeing values are no difference");
    let n = case(
        "Police said 17 journalists were injured in the clashes in Yerevan.",
        "Police said ten journalists were injured in the clashes in Yerevan.",
        DiscrepancyKind::Number,
    );
    assert!(n.as_ref().is_some_and(|d| !d.agrees()), "{n:?}");
    let d = case(
        "Azerbaijan's offensive in September 2020 ended separatist control of Karabakh.",
        "Azerbaijan's offensive in September ended separatist control of Karabakh.",
        DiscrepancyKind::Date,
    );
    assert!(
        d.as_ref().is_some_and(|d| !d.agrees() && d.compatible()),
        "{d:?}"
    );
    let d = case(
        "The treaty was signed in Tashkent in 1992 by six republics.",
        "The treaty was signed in Tashkent in 1994 by six republics.",
        DiscrepancyKind::Date,
    );
    assert!(d.as_ref().is_some_and(|d| !d.compatible()), "{d:?}");
    let m = case(
        "The CSTO includes Russia, Belarus, Kazakhstan, Kyrgyzstan and Tajikistan.",
        "The CSTO includes Russia, Kazakhstan, Kyrgyzstan and Tajikistan.",
        DiscrepancyKind::Name,
    );
    assert_eq!(
        m, None,
        "a name only one article gives is no value against another"
    );
    let d = case(
        "On Wednesday the alliance, founded in 1992, met in Tashkent to discuss the border.",
        "In February the alliance, founded as a treaty, met in Tashkent to discuss the border.",
        DiscrepancyKind::Date,
    );
    assert_eq!(d, None, "a weekday and a year fill different slots");
    let d = case(
        "The earthquake struck the coastal city of Izmir on Monday, officials said.",
        "The earthquake hit the coastal city of Izmir on Tuesday, officials said.",
        DiscrepancyKind::Date,
    );
    assert!(d.as_ref().is_some_and(|d| !d.compatible()), "{d:?}");
    let q = case(
        "Pashinyan told parliament: “We will leave. We will decide when to leave.”",
        "Pashinyan told parliament: “We will leave (the CSTO). We will decide when.”",
        DiscrepancyKind::Quote,
    );
    assert!(
        q.as_ref()
            .is_some_and(|d| !d.agrees() && d.values.len() == 2),
        "{q:?}"
    );
    let n = case(
        "The agency approved $600 million in aid for the flooded region on Monday.",
        "The agency approved $200 million in aid for housing in the flooded region, of $600 million in aid.",
        DiscrepancyKind::Number,
    );
    assert_eq!(n, None, "the article's other amount is another fact's");
    let n = case(
        "The company agreed to buy the rival chip maker for $3.5 billion in cash.",
        "The company agreed to buy the rival chip maker for $3.6 billion in cash.",
        DiscrepancyKind::Number,
    );
    assert!(n.as_ref().is_some_and(|d| !d.compatible()), "{n:?}");
    let n = case(
        "The senator, the party's No. 2 leader, said the vote would fail on Tuesday.",
        "The senator, the party's No. 3 leader, said the vote would fail on Tuesday.",
        DiscrepancyKind::Number,
    );
    assert_eq!(n, None, "a rank is a label, not a count");
    let d = case(
        "The law, signed on July 1, takes effect on August 1 across the state.",
        "The law takes effect on August 1 across the state, the governor said on Monday.",
        DiscrepancyKind::Date,
    );
    assert_eq!(d, None, "the other date is another fact's");
    let d = case(
        "The senator announced on Wednesday that he would run again in 2014 for the seat.",
        "The senator announced on Thursday that he would run again for the seat.",
        DiscrepancyKind::Date,
    );
    assert!(
        d.as_ref().is_some_and(|d| d
            .values
            .iter()
            .all(|v| matches!(v.text.as_deref(), Some("Wednesday" | "Thursday")))),
        "each value is one date as written: {d:?}"
    );
    let m = case(
        "Police named the suspect as Daniel Smith, a former employee of the plant.",
        "Police named the suspect as Daniel Smyth, a former employee of the plant.",
        DiscrepancyKind::Name,
    );
    assert!(
        m.as_ref()
            .is_some_and(|d| d.values.len() == 2 && !d.agrees()),
        "another spelling of a name: {m:?}"
    );
    let m = case(
        "Officials in Russia said the talks with the Armenian side would resume.",
        "Russian officials said the talks with the Armenian side would resume.",
        DiscrepancyKind::Name,
    );
    assert_eq!(m, None, "another form of a word is not another spelling");
    let q = case(
        "Aides said “Senator Reid thinks that the mosque should be built someplace else,” in a statement.",
        "Aides said “Sen. Reid thinks that the mosque should be built someplace else,” in a statement.",
        DiscrepancyKind::Quote,
    );
    assert_eq!(q, None, "an abbreviated title says the same word");
    let q = case(
        "The president said “he is determined to prevent Iran from getting nuclear weapons” on Friday.",
        "The president said “he’s determined to prevent Iran from getting nuclear weapons” on Friday.",
        DiscrepancyKind::Quote,
    );
    assert_eq!(q, None, "a contraction says the same words");
    let q = case(
        "The law bars anyone who “promises any employment, position, compensation, contract, appointment” to a voter.",
        "The law bars anyone who “promises any employment, position, compensation...appointment” to a voter.",
        DiscrepancyKind::Quote,
    );
    assert!(
        q.as_ref().is_some_and(|d| d.compatible()),
        "words left out are an excerpt, not a misquote: {q:?}"
    );
    let q = case(
        "Trump said “we will win at the Supreme Court, just like the ban” at the rally.",
        "Trump said “we will win in the Supreme Court, just like the ban” at the rally.",
        DiscrepancyKind::Quote,
    );
    assert!(q.as_ref().is_some_and(|d| !d.compatible()), "{q:?}");
    let v = case(
        "The official said the program is subject to oversight by the court and Congress.",
        "But they acknowledge the program is subject to oversight by the court and Congress.",
        DiscrepancyKind::Verb,
    );
    assert_eq!(v, None, "two speakers' verbs attribute two claims");
    let v = case(
        "Pashinyan admitted that the talks on the border had failed badly.",
        "Pashinyan claimed that the talks on the border had failed badly.",
        DiscrepancyKind::Verb,
    );
    assert!(v.as_ref().is_some_and(|d| !d.agrees()), "{v:?}");
}
