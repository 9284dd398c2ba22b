//! Case tables for the sentence splitter: general cases, then cuts of US
//! political news (titles, states, party affiliations, attributions).

use super::*;
use proptest::prelude::*;

#[test]
fn case_table() {
    let cases: &[(&str, &[&str])] = &[
        ("One. Two.", &["One.", "Two."]),
        (
            "Mr. Smith went to Washington. He stayed.",
            &["Mr. Smith went to Washington.", "He stayed."],
        ),
        (
            "Gen. Mark Milley spoke on Jan. 5 in Kyiv.",
            &["Gen. Mark Milley spoke on Jan. 5 in Kyiv."],
        ),
        (
            "The U.S. and the U.K. agreed.",
            &["The U.S. and the U.K. agreed."],
        ),
        (
            "Sanctions came from the U.S. The EU followed.",
            &["Sanctions came from the U.S.", "The EU followed."],
        ),
        ("J. K. Rowling wrote it.", &["J. K. Rowling wrote it."]),
        (
            "It fell 3.5 percent. Over 100,000 left.",
            &["It fell 3.5 percent.", "Over 100,000 left."],
        ),
        (
            "He paused... and went on. Then left.",
            &["He paused... and went on.", "Then left."],
        ),
        ("Wait… What happened?", &["Wait…", "What happened?"]),
        ("Really?! Yes.", &["Really?!", "Yes."]),
        ("Resolution No. 2 passed.", &["Resolution No. 2 passed."]),
        (
            "“We intend to contact them,” Kremlin spokesman Dmitry Peskov told agencies.",
            &["“We intend to contact them,” Kremlin spokesman Dmitry Peskov told agencies."],
        ),
        (
            "“We will leave. We will decide when to leave,” he said. Others disagreed.",
            &[
                "“We will leave.",
                "We will decide when to leave,” he said.",
                "Others disagreed.",
            ],
        ),
        (
            "He said: “It is over.” Then he left.",
            &["He said: “It is over.”", "Then he left."],
        ),
        (
            "“Are you sure?” she asked. He was.",
            &["“Are you sure?” she asked.", "He was."],
        ),
        ("Armenia goes West", &["Armenia goes West"]),
        (
            "Talks end at 5 p.m. on Friday. Nothing changed.",
            &["Talks end at 5 p.m. on Friday.", "Nothing changed."],
        ),
        (
            "It landed at 3 a.m. Residents were told to stay in.",
            &["It landed at 3 a.m.", "Residents were told to stay in."],
        ),
        (
            "Polls close at 8 p.m. Eastern time on Tuesday.",
            &["Polls close at 8 p.m. Eastern time on Tuesday."],
        ),
        (
            "Polls close at 8 p.m. ET on Tuesday.",
            &["Polls close at 8 p.m. ET on Tuesday."],
        ),
        (
            "They meet at 10 a.m. Monday in Geneva.",
            &["They meet at 10 a.m. Monday in Geneva."],
        ),
        (
            "Apple Inc. said profits rose. Shares fell.",
            &["Apple Inc. said profits rose.", "Shares fell."],
        ),
        (
            "Prices rose (by 2%). Wages did not.",
            &["Prices rose (by 2%).", "Wages did not."],
        ),
        ("Il a dit « non ». Fin.", &["Il a dit « non ».", "Fin."]),
        (
            "亚美尼亚宣布退出。俄罗斯回应。",
            &["亚美尼亚宣布退出。", "俄罗斯回应。"],
        ),
        ("Он сказал. Она ушла.", &["Он сказал.", "Она ушла."]),
        (
            "The vote was 52-48. It passed.",
            &["The vote was 52-48.", "It passed."],
        ),
        ("In 2024. 15 people died.", &["In 2024.", "15 people died."]),
        ("", &[]),
        ("   ", &[]),
    ];
    for (input, want) in cases {
        assert_eq!(&split_sentences(input), want, "input {input:?}");
    }
}

/// Cut from real US political news: titles in the plural or with a prefix,
/// states and party affiliations, post-nominals, attributions after `?”`.
#[test]
fn news_style_case_table() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Netanyahu told Sens. Dick Durbin and Dianne Feinstein that he regrets it.",
            &["Netanyahu told Sens. Dick Durbin and Dianne Feinstein that he regrets it."],
        ),
        (
            "Among the candidates are Reps. Stephen F. Lynch and Edward Markey.",
            &["Among the candidates are Reps. Stephen F. Lynch and Edward Markey."],
        ),
        (
            "He faces former Cong. Rob Simmons, a veteran.",
            &["He faces former Cong. Rob Simmons, a veteran."],
        ),
        (
            "She met then-Rep. Jay Inslee in 2011.",
            &["She met then-Rep. Jay Inslee in 2011."],
        ),
        (
            "It was the post-Sept. 11 law. It lapsed.",
            &["It was the post-Sept. 11 law.", "It lapsed."],
        ),
        (
            "He spoke with Wash. Gov. Jay Inslee on Monday.",
            &["He spoke with Wash. Gov. Jay Inslee on Monday."],
        ),
        (
            "They slammed Chuck Schumer (D-N.Y.) ― for giving away leverage.",
            &["They slammed Chuck Schumer (D-N.Y.) ― for giving away leverage."],
        ),
        (
            "Steny Hoyer (Md.) and James Clyburn (S.C.) ― both in their 70s ― stayed.",
            &["Steny Hoyer (Md.) and James Clyburn (S.C.) ― both in their 70s ― stayed."],
        ),
        (
            "Rep. Steve Israel, D-N.Y., said so. Sen. John Kerry, D-Mass., agreed.",
            &[
                "Rep. Steve Israel, D-N.Y., said so.",
                "Sen. John Kerry, D-Mass., agreed.",
            ],
        ),
        (
            "He drove for Thomas J. Bliley Jr. Reaching that post took years.",
            &[
                "He drove for Thomas J. Bliley Jr.",
                "Reaching that post took years.",
            ],
        ),
        (
            "Martin Luther King Jr. Boulevard was closed.",
            &["Martin Luther King Jr. Boulevard was closed."],
        ),
        (
            "He spoke in San Jose, Calif. \"These are lawful,\" he said.",
            &[
                "He spoke in San Jose, Calif.",
                "\"These are lawful,\" he said.",
            ],
        ),
        (
            "The family lived in Annapolis, Md. The children moved away.",
            &[
                "The family lived in Annapolis, Md.",
                "The children moved away.",
            ],
        ),
        (
            "\"Why speculate?\" Mr. Gowdy added. Others agreed.",
            &["\"Why speculate?\" Mr. Gowdy added.", "Others agreed."],
        ),
        (
            "“What difference does it make?” Mrs. Clinton said, her voice rising.",
            &["“What difference does it make?” Mrs. Clinton said, her voice rising."],
        ),
        (
            "“Can we meet?” Mr. Trump was quoted as saying. It worked.",
            &[
                "“Can we meet?” Mr. Trump was quoted as saying.",
                "It worked.",
            ],
        ),
        (
            "He yelled, \"Where are you going? Hold it!\" Holder recalled.",
            &[
                "He yelled, \"Where are you going?",
                "Hold it!\" Holder recalled.",
            ],
        ),
        (
            "“Who is next?” Reporters waited.",
            &["“Who is next?”", "Reporters waited."],
        ),
        (
            "“This is wrong.” Durbin said. “Truly.”",
            &["“This is wrong.” Durbin said.", "“Truly.”"],
        ),
        (
            "“This isn’t funny.” He added that it was beneath the court.",
            &[
                "“This isn’t funny.”",
                "He added that it was beneath the court.",
            ],
        ),
        (
            "“We need a director of the F.B.I. I cherish the F.B.I. It's special,” he said.",
            &[
                "“We need a director of the F.B.I.",
                "I cherish the F.B.I.",
                "It's special,” he said.",
            ],
        ),
        ("It ended. …", &["It ended. …"]),
        ("… And then?", &["… And then?"]),
        (
            "“It was an uphill battle. … We needed the message out.”",
            &["“It was an uphill battle.", "… We needed the message out.”"],
        ),
    ];
    for (input, want) in cases {
        assert_eq!(&split_sentences(input), want, "input {input:?}");
    }
}

proptest! {
    #[test]
    fn sentences_cover_all_non_space_text(s in "[A-Za-z .!?“”\"0-9,]{0,80}") {
        let joined: String = split_sentences(&s).concat();
        let strip = |t: &str| t.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        prop_assert_eq!(strip(&joined), strip(&s));
    }

    #[test]
    fn never_panics(s in any::<String>()) {
        for r in sentence_ranges(&s) {
            prop_assert!(!s[r].trim().is_empty());
        }
    }
}
