//! (doc written below)

use super::gold::GoldGroup;

pub const TRAIN_1_FILES: &[&str] = &[
    "article-73e9fe54-0fdd-44ba-b29e-f59572dc47d5.json",
    "article-8b81b63a-ba3f-4d5e-9a73-079b1828c525.json",
    "article-7af8a225-e94f-4ea6-bbff-77f84f4e9884.json",
];

pub const TRAIN_1: &[GoldGroup] = &[
    GoldGroup {
        // Obama gives a speech on Wednesday pushing his jobs plan
        members: &[
            (0, "President Obama on Wednesday visited another bridge"),
            (1, "The House vote to reaffirm that \"In God We Trust\""),
            (2, "President Barack Obama urged lawmakers to move"),
        ],
        maybe: &[
            (0, "But in pressing for approval of $60 billion"),
            (1, "\"I trust in God, but God wants to see us help ourselves"),
            (2, "In a speech from beneath the D.C. area's Key Bridge"),
        ],
    },
    GoldGroup {
        // the speech is given at the Key Bridge (between Washington and Virginia)
        members: &[
            (0, "President Obama on Wednesday visited another bridge"),
            (0, "Mr. Obama’s transportation secretary, Ray LaHood"),
            (1, "\"I trust in God, but God wants to see us help ourselves"),
            (2, "In a speech from beneath the D.C. area's Key Bridge"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // he presses for federal infrastructure (transportation) spending
        members: &[
            (0, "But in pressing for approval of $60 billion"),
            (1, "\"I trust in God, but God wants to see us help ourselves"),
            (2, "President Barack Obama urged lawmakers to move"),
        ],
        maybe: &[
            (0, "President Obama on Wednesday visited another bridge"),
            (0, "“Not when there are so many roads and bridges"),
            (1, "The Senate is preparing to take up a portion"),
        ],
    },
    GoldGroup {
        // Obama mocks the House for reaffirming "In God We Trust" instead of
        // creating jobs
        members: &[
            (0, "He tweaked House Republicans for passing a resolution"),
            (1, "The House vote to reaffirm that \"In God We Trust\""),
            (2, "President Barack Obama urged lawmakers to move"),
            (2, "You've had legislation reaffirming"),
            (2, "That's not putting people back to work."),
        ],
        maybe: &[
            (0, "But in pressing for approval of $60 billion"),
            (1, "Carney said the particular reference by the president"),
            (2, "In a speech from beneath the D.C. area's Key Bridge"),
        ],
    },
    GoldGroup {
        // Obama: "I trust in God, but God wants to see us help ourselves by putting
        // people back to work"
        members: &[
            (0, "“I trust in God,” Mr. Obama said"),
            (1, "\"I trust in God, but God wants to see us help ourselves"),
            (2, "I trust in God, but God wants to see us help ourselves"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // Obama singles out Speaker Boehner
        members: &[
            (0, "Mr. Obama singled out the Republican leaders"),
            (1, "During his remarks, the president also called out"),
            (2, "\"In the House of Representatives, what have you guys"),
        ],
        maybe: &[(1, "\"What have you guys been debating, John?")],
    },
    GoldGroup {
        // Obama: "What have you guys been debating/doing, John? ... a commemorative
        // coin for baseball"
        members: &[
            (1, "\"What have you guys been debating, John?"),
            (1, "You've been debating a commemorative coin"),
            (2, "\"In the House of Representatives, what have you guys"),
            (2, "\"You've been debating a commemorative coin"),
        ],
        maybe: &[
            (1, "During his remarks, the president also called out"),
            (1, "Carney said the particular reference by the president"),
        ],
    },
    GoldGroup {
        // Obama: Congress has time for trivial measures but not for jobs
        members: &[
            (1, "During his remarks, the president also called out"),
            (2, "In a speech from beneath the D.C. area's Key Bridge"),
        ],
        maybe: &[
            (0, "He tweaked House Republicans for passing a resolution"),
            (1, "Carney said the particular reference by the president"),
            (1, "So his point was simply that the House should get busy"),
            (2, "\"And if Congress tells you they don't have time"),
            (2, "President Barack Obama urged lawmakers to move"),
        ],
    },
    GoldGroup {
        // the House passed the motto resolution (Tuesday per NYT and Fox,
        // Wednesday per HuffPost), 396-9
        members: &[
            (0, "He tweaked House Republicans for passing a resolution"),
            (1, "The House resolution on the national motto passed Tuesday"),
            (1, "It passed in a 396-9 vote."),
            (2, "On Wednesday, the House voted 396-9"),
        ],
        maybe: &[
            (1, "The House vote to reaffirm that \"In God We Trust\""),
            (1, "After the vote, Rep. Bobby Scott"),
            (2, "You've had legislation reaffirming"),
        ],
    },
    GoldGroup {
        // Rep. Randy Forbes (R-Va.) sponsored the resolution
        members: &[
            (1, "The House resolution on the national motto passed Tuesday"),
            (2, "The bill's sponsor, Rep. Randy Forbes"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // the full $447 billion jobs package failed in the Senate
        members: &[
            (0, "The House has declined to take up Mr. Obama’s jobs package"),
            (1, "The Senate is preparing to take up a portion"),
        ],
        maybe: &[
            (0, "But Republicans oppose Mr. Obama’s $447 billion"),
            (0, "The outcome in the Senate on the infrastructure spending"),
        ],
    },
    GoldGroup {
        // the Senate takes up the infrastructure part of the jobs bill next
        members: &[
            (0, "President Obama on Wednesday visited another bridge"),
            (0, "With White House support, Senate Democrats have broken"),
            (1, "The Senate is preparing to take up a portion"),
        ],
        maybe: &[
            (0, "But in pressing for approval of $60 billion"),
            (0, "The outcome in the Senate on the infrastructure spending"),
            (2, "President Barack Obama urged lawmakers to move"),
        ],
    },
    GoldGroup {
        // House Republicans: their job bills (15 / some 16) are ignored by the
        // Democratic-led Senate
        members: &[
            (0, "In response to Mr. Obama, House Republicans said"),
            (1, "They add that they have brought up 15 bills"),
        ],
        maybe: &[(0, "Mr. Boehner facetiously said that Mr. Obama")],
    },
];

pub const TRAIN: &[(&[&str], &[GoldGroup])] = &[(TRAIN_1_FILES, TRAIN_1)];
