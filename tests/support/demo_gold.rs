//! Gold sentence groups for the demo story (assets/demo, articles 0..4 in file
//! order), labelled by hand from a full reading of the five articles.
//!
//! Quotation split: the gold was labelled when parallax kept a multi-sentence
//! quotation as one sentence; it now splits quotations like other text, so article
//! 2's `Pashinyan declared …, “We will leave. We will decide when to leave. We won’t
//! come back, there is no other way.”` is three sentences. `We will decide when to
//! leave.` is a member of the "We will leave. We will decide when" group and, like
//! article 3's `We will decide when, said…`, a maybe of "no date given" (the fact
//! that put the whole quotation there); `We won’t come back` is a maybe of the
//! former. The first part keeps its entries.

use super::gold::GoldGroup;

pub const DEMO: &[GoldGroup] = &[
    GoldGroup {
        // Armenia announces it will leave the CSTO
        members: &[
            (0, "Armenia has announced its intention"),
            (2, "On Wednesday, Armenian Prime Minister"),
            (3, "Armenia has announced its plans to leave"),
        ],
        maybe: &[
            (1, "Armenia has suspended its participation"),
            (0, "He announced Armenia's intention"),
            (
                3,
                "The Prime Minister of Armenia, Nikol Pashinyan, unveiled",
            ),
            (4, "This comes as a response"),
            (1, "Armenia is seeking solidarity"),
        ],
    },
    GoldGroup {
        // some members sided with Azerbaijan
        members: &[
            (0, "Armenian Prime Minister Nikol Pashinyan cited"),
            (0, "Prime Minister Pashinyan has denounced"),
            (2, "Pashinyan expressed his dissatisfaction"),
            (3, "The Prime Minister of Armenia also suggested"),
        ],
        maybe: &[(1, "The CSTO “did not meet its goals")],
    },
    GoldGroup {
        // relations soured after Azerbaijan's offensive
        members: &[
            (
                0,
                "Armenia's relationship with Russia, its traditional ally",
            ),
            (2, "The move comes amid strained relations"),
            (1, "After Azerbaijan’s military offensive"),
            (1, "Azerbaijan took complete control"),
        ],
        maybe: &[
            (1, "Tensions between Yerevan and Moscow"),
            (1, "Armenia felt abandoned"),
            (4, "Since the bitter defeat"),
            (2, "This decision marks a significant shift"),
            (0, "Armenia accused Russian peacekeepers"),
        ],
    },
    GoldGroup {
        // peacekeepers failed to prevent the offensive
        members: &[
            (0, "Armenia accused Russian peacekeepers"),
            (2, "Armenia has criticized Russian peacekeepers"),
        ],
        maybe: &[
            (1, "Tensions between Yerevan and Moscow"),
            (1, "Armenia felt abandoned"),
            (4, "Many Armenians feel let down"),
            (3, "In the face of escalating regional tensions"),
            (4, "In a further show of displeasure"),
        ],
    },
    GoldGroup {
        // Mirzoyan walks it back
        members: &[
            (0, "Foreign Minister Ararat Mirzoyan"),
            (2, "This statement was later clarified"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // Russia balances, focuses on Ukraine
        members: &[
            (0, "Moscow has pursued a delicate balancing act"),
            (2, "Russia, balancing its relationships"),
            (0, "Russia has downplayed the differences"),
        ],
        maybe: &[(0, "Russia's balancing act between Armenia")],
    },
    GoldGroup {
        // turn to the West angers Moscow
        members: &[
            (0, "Pashinyan's efforts to strengthen"),
            (2, "Pashinyan’s government has also been moving"),
            (1, "Against the background of a further"),
            (4, "Since the bitter defeat"),
        ],
        maybe: &[
            (1, "Despite Russian warnings"),
            (0, "Armenia seeks closer ties"),
            (1, "Armenia is seeking solidarity"),
            (3, "Pashinyan mentioned the possibility"),
            (1, "This means that Armenia would have to arrest"),
        ],
    },
    GoldGroup {
        // protests over four border villages
        members: &[
            (0, "Pashinyan's announcement comes amidst"),
            (2, "Domestically, Pashinyan faces opposition"),
        ],
        maybe: &[(4, "Russia's refusal to endorse")],
    },
    GoldGroup {
        // violent clashes and injuries, journalists among them
        members: &[
            (0, "Violent clashes erupted"),
            (2, "The protests turned violent"),
            (0, "At least ten journalists"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // Union of Journalists
        members: &[
            (0, "The Union of Journalists condemned"),
            (2, "The country’s Union of Journalists"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // a shift in foreign policy
        members: &[
            (0, "Pashinyan's decision to withdraw from the CSTO is seen"),
            (2, "This decision marks a significant shift"),
        ],
        maybe: &[
            (3, "Pashinyan mentioned the possibility"),
            (3, "Armenia's decision shows"),
        ],
    },
    GoldGroup {
        // who the CSTO's members are
        members: &[
            (0, "The CSTO includes Russia"),
            (1, "The Russian-dominated organization includes"),
            (3, "Its members include Russia"),
        ],
        maybe: &[
            (0, "It was established in 2002"),
            (3, "Additionally, Vladimir Putin can count"),
            (3, "This intergovernmental military organization"),
        ],
    },
    GoldGroup {
        // membership frozen
        members: &[
            (1, "“In practice, we have frozen"),
            (4, "This shift in alliances saw Armenia freezing"),
        ],
        maybe: &[(1, "Armenia has suspended its participation")],
    },
    GoldGroup {
        // "We will leave. We will decide when"
        members: &[
            (2, "Pashinyan declared during a parliamentary session"),
            (2, "We will decide when to leave."),
            (3, "We will leave (the CSTO)."),
            (3, "We will decide when, said"),
        ],
        maybe: &[
            (2, "We won’t come back"),
            (
                3,
                "The Prime Minister of Armenia, Nikol Pashinyan, unveiled",
            ),
            (0, "He announced Armenia's intention"),
        ],
    },
    GoldGroup {
        // no date given for leaving
        members: &[
            (0, "He announced Armenia's intention"),
            (4, "If the CSTO fails to oblige"),
        ],
        maybe: &[
            (2, "Pashinyan declared during a parliamentary session"),
            (2, "We will decide when to leave."),
            (3, "We will decide when, said"),
            (4, "One of the few bargaining chips"),
        ],
    },
    GoldGroup {
        // the ICC and Putin
        members: &[],
        maybe: &[
            (0, "Pashinyan's efforts to strengthen"),
            (1, "Despite Russian warnings"),
            (1, "This means that Armenia would have to arrest"),
        ],
    },
];
