//! Gold sentence groups for a second story written for evaluation
//! (tests/fixtures/stories/bridge: a wire report, a broadcaster's explainer and a
//! newspaper feature on the Baltimore Key Bridge collapse of March 2024, written
//! independently of the demo story and never used for tuning). Articles in the
//! order wire (0), broadcast (1), paper (2).
//!
//! Quotation split: the gold was labelled when parallax kept a multi-sentence
//! quotation as one sentence; it now splits quotations like other text, so the
//! wire's `"These people are heroes. They saved lives last night," Maryland Governor
//! Wes Moore told reporters.` is two sentences. Each states Moore's praise, so `They
//! saved lives last night` joined both groups the whole quotation was in (a member
//! of "heroes who saved lives", a maybe of the mayday group).

use super::gold::GoldGroup;

pub const BRIDGE: &[GoldGroup] = &[
    GoldGroup {
        // the ship struck the bridge and it collapsed
        members: &[
            (0, "A container ship lost power"),
            (1, "The Francis Scott Key Bridge in Baltimore collapsed"),
            (2, "The Dali, a 300-metre container ship"),
        ],
        maybe: &[(1, "The vessel had reported a loss")],
    },
    GoldGroup {
        // six workers presumed dead
        members: &[
            (0, "Six members of a road crew"),
            (1, "Authorities suspended the search"),
            (2, "The four other workers are still missing"),
        ],
        maybe: &[
            (1, "The workers had been repairing potholes"),
            (2, "Eight workers were on the bridge"),
        ],
    },
    GoldGroup {
        // the workers were filling potholes
        members: &[(1, "The workers had been repairing potholes")],
        maybe: &[(0, "Six members of a road crew")],
    },
    GoldGroup {
        // two people rescued
        members: &[
            (0, "Two people were pulled from the water"),
            (1, "Two people were rescued from the river"),
            (2, "Eight workers were on the bridge"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // mayday let police stop traffic
        members: &[
            (0, "The ship, the Singapore-flagged Dali, issued a mayday"),
            (1, "Governor Wes Moore said the crew's distress call"),
            (2, "Its crew had warned the authorities"),
        ],
        maybe: &[
            (0, "\"These people are heroes"),
            (0, "They saved lives last night"),
            (1, "The vessel had reported a loss"),
        ],
    },
    GoldGroup {
        // Moore: heroes who saved lives
        members: &[
            (0, "\"These people are heroes"),
            (0, "They saved lives last night"),
            (1, "Governor Wes Moore said the crew's distress call"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // 22 crew, all accounted for
        members: &[
            (0, "All 22 crew members aboard"),
            (1, "The ship had 22 crew members on board"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // the port is closed
        members: &[
            (0, "The collapse closed the Port of Baltimore"),
            (1, "Shipping in and out of the port"),
            (2, "The port, which handled a record"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // the federal government will pay
        members: &[
            (0, "President Joe Biden said the federal government"),
            (1, "Biden promised that Washington would cover"),
            (2, "Mr Biden has said the federal government"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // opened in 1977
        members: &[(0, "The bridge, which opened in 1977")],
        maybe: &[(2, "Baltimore woke on Wednesday")],
    },
    GoldGroup {
        // investigators recover the data recorder
        members: &[
            (
                0,
                "Investigators from the National Transportation Safety Board",
            ),
            (2, "Federal investigators have recovered"),
        ],
        maybe: &[],
    },
];
