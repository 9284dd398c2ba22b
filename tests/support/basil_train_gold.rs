//! Training gold: sentence groups for eight more real BASIL-dev events (New York
//! Times, Fox News, HuffPost coverage of one event each), labelled by hand and blind
//! to the aligner, with the protocol and conventions of `basil_gold.rs`: each article
//! was read in full from `parallax parse --json` output, and every fact stated by at
//! least two outlets got a group. `members` clearly state the fact; `maybe` members
//! (partial, implied, or the same claim by another speaker) count neither for nor
//! against. For training the aligner; `basil_gold.rs` stays the held-out check.
//!
//! Selection rule (fixed before reading any article): sort the events of
//! `/work/shared/dev/basil/gold.json` by event id (string order), skip the three of
//! `basil_gold.rs` (EVENT_A/B/C), and take the next events in that order whose three
//! articles (one per outlet) each have between 8 and 60 sentences in gold.json's own
//! split. That gives the eight below, in order (`3ae35b16-…` is skipped: its NYT
//! article has 76 sentences). The article files are NOT copied into the repository:
//! each `*_FILES` list names files in `/work/shared/dev/basil/`.
//!
//! Documents are indexed in the order of each `*_FILES` list: 0 = NYT, 1 = Fox News,
//! 2 = HuffPost. A prefix is the start of a sentence as parallax splits it, unique in
//! its article; members are preferred whose start is the same in parallax's split
//! and in gold.json's.
//!
//! Events (groups / sure cross-article pairs, counted as in `gold::score`):
//! - TRAIN_1 `2153fb3e-6b09-410c-bfea-d095c49a54ba`: at the Key Bridge, Obama pushes
//!   the infrastructure part of his jobs bill and mocks the House for reaffirming
//!   "In God We Trust" (Nov 2011). 13 groups, 38 sure pairs.
//! - TRAIN_2 `22b6e900-4826-4b09-a9f8-5d7afe46e78b`: Rep. Bruce Braley apologizes
//!   after a video shows him mocking Sen. Grassley as "a farmer from Iowa who never
//!   went to law school" (Mar 2014). 16 groups, 38 sure pairs.
//! - TRAIN_3 `2b9468af-4ab0-4f25-85f4-c3ef93d72006`: Susan Rice calls Netanyahu's
//!   planned speech to Congress "destructive" to U.S.-Israel ties; Netanyahu turns
//!   down Senate Democrats (Feb 2015). 19 groups, 36 sure pairs.
//! - TRAIN_4 `2b95d2cf-e979-4f9c-ae27-9a5370934f23`: RNC chairman Michael Steele
//!   calls Afghanistan "a war of Obama's choosing"; Kristol and others call for his
//!   resignation (Jul 2010). 18 groups, 37 sure pairs.
//! - TRAIN_5 `2ec04201-2016-4227-baf7-ba8289058203`: after the Ryan pick, the
//!   campaigns fight over the $716 billion of Medicare savings that Ryan's budget
//!   also assumes (Aug 2012); HuffPost mostly recalls Obama's 2008 attack on McCain.
//!   22 groups, 65 sure pairs.
//! - TRAIN_6 `38f7cbb7-5d6a-4c89-bcbd-8e164144172a`: the White House says Emanuel
//!   used Bill Clinton to offer Joe Sestak an unpaid advisory post to stay out of the
//!   Senate primary (May 2010). 29 groups, 73 sure pairs.
//! - TRAIN_7 `45bd61bc-c356-4450-9e3a-cbfc862b09fd`: Harry Reid breaks with Obama
//!   and says the mosque near ground zero should be built elsewhere (Aug 2010).
//!   15 groups, 41 sure pairs.
//! - TRAIN_8 `472158a1-4e39-4214-8397-904e66f2b4c5`: Bloomberg attacks Trump and
//!   endorses Clinton at the Democratic convention (Jul 2016); NYT writes on the two
//!   men's once-cordial ties. 20 groups, 38 sure pairs.
//!
//! Total: 8 events, 152 groups, 366 sure pairs.
//!
//! Split notes (parallax parse at labelling time; gold.json keeps each as one
//! sentence): TRAIN_1 Fox splits `"What have you guys been debating, John? | You've
//! been debating ..."` (both halves members); TRAIN_3 Fox splits `It's always been
//! bipartisan. | We need to keep it that way."` (both members) and TRAIN_3 HuffPost
//! splits `"We need to keep it that way. | We want it that way. | ...` (only the
//! first used); TRAIN_5 NYT and Fox split `Why? | To pay for Obamacare.` (the second
//! is the member, `Why?` a maybe); TRAIN_8 HuffPost splits `... running his
//! business? | God help us.` (both members). Prefixes were checked to match exactly
//! one sentence start of their article.

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
            (1, "\"I trust in God, but God wants to see us help"),
            (2, "In a speech from beneath the D.C. area's Key Bridge"),
        ],
    },
    GoldGroup {
        // the speech is given at the Key Bridge (between Washington and Virginia)
        members: &[
            (0, "President Obama on Wednesday visited another bridge"),
            (0, "Mr. Obama’s transportation secretary, Ray LaHood"),
            (1, "\"I trust in God, but God wants to see us help"),
            (2, "In a speech from beneath the D.C. area's Key Bridge"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // he presses for federal infrastructure (transportation) spending
        members: &[
            (0, "But in pressing for approval of $60 billion"),
            (1, "\"I trust in God, but God wants to see us help"),
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
            (1, "After the vote, Rep. Bobby Scott"),
            (1, "\"Instead of facing these challenges"),
            (2, "In a speech from beneath the D.C. area's Key Bridge"),
        ],
    },
    GoldGroup {
        // Obama: "I trust in God, but God wants to see us help ourselves by putting
        // people back to work"
        members: &[
            (0, "“I trust in God,” Mr. Obama said"),
            (1, "\"I trust in God, but God wants to see us help"),
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
            (1, "The House resolution on the national motto passed"),
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
            (1, "The House resolution on the national motto passed"),
            (2, "The bill's sponsor, Rep. Randy Forbes"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // the full $447 billion jobs package failed in the Senate
        members: &[
            (0, "The House has declined to take up Mr. Obama’s jobs"),
            (1, "The Senate is preparing to take up a portion"),
        ],
        maybe: &[
            (0, "But Republicans oppose Mr. Obama’s $447 billion"),
            (0, "The outcome in the Senate on the infrastructure"),
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
            (0, "The outcome in the Senate on the infrastructure"),
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

pub const TRAIN_2_FILES: &[&str] = &[
    "article-4707111b-4833-4655-87dd-402d78b16383.json",
    "article-3cee11ac-7cd0-40f3-bbe4-c16ef043b090.json",
    "article-7a35344d-1a8b-4e96-861f-4f9380342ba8.json",
];

pub const TRAIN_2: &[GoldGroup] = &[
    GoldGroup {
        // Rep. Bruce Braley, an Iowa Democrat, is running for the Senate
        members: &[
            (0, "The latest candidate to learn the hard way"),
            (1, "Iowa Democratic Rep. Bruce Braley is under fire"),
            (2, "Rep. Bruce Braley (D-Iowa), who is running"),
        ],
        maybe: &[(1, "Braley says if elected to the Senate")],
    },
    GoldGroup {
        // he would succeed the retiring Democratic Sen. Tom Harkin
        members: &[
            (1, "Braley says if elected to the Senate"),
            (2, "Rep. Bruce Braley (D-Iowa), who is running"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // Braley comes under fire / Republicans condemn his remarks about Grassley
        members: &[
            (0, "Other Republicans quickly criticized Mr. Braley."),
            (1, "Iowa Democratic Rep. Bruce Braley is under fire"),
            (2, "Rep. Bruce Braley (D-Iowa), who is running"),
            (2, "Braley apologized to Grassley in person"),
        ],
        maybe: &[
            (0, "The latest candidate to learn the hard way"),
            (0, "Mr. Braley apologized to Senator Charles E. Grassley"),
            (1, "A spokesperson for Grassley fired back Tuesday"),
            (2, "One of the Republican primary field's leading"),
            (2, "Both the Des Moines Register and the Quad-City Times"),
        ],
    },
    GoldGroup {
        // the video came out on Tuesday
        members: &[
            (0, "America Rising, a conservative political action"),
            (1, "Iowa Democratic Rep. Bruce Braley is under fire"),
            (2, "Rep. Bruce Braley (D-Iowa), who is running"),
            (2, "Braley's remarks were released Tuesday"),
        ],
        maybe: &[
            (0, "Mr. Braley apologized to Senator Charles E. Grassley"),
            (1, "Braley apologized for the remarks in a written"),
        ],
    },
    GoldGroup {
        // the conservative PAC America Rising posted/released the video
        members: &[
            (0, "America Rising, a conservative political action"),
            (1, "The video, which was posted online by the conservative"),
            (2, "Braley's remarks were released Tuesday"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // he spoke (to lawyers) at a January fund-raiser in Texas
        members: &[
            (0, "Mr. Braley, speaking at a January fund-raiser"),
            (1, "The video, which was posted online by the conservative"),
            (2, "At a January fundraiser in Texas"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // Braley: "if you help me win this race you may have someone with your
        // background, your experience, your voice ... on the Senate Judiciary Committee"
        members: &[
            (1, "“To put this in stark contrast, if you help me win"),
            (2, "\"If you help me win this race, you may have someone"),
        ],
        maybe: &[
            (0, "Mr. Braley, speaking at a January fund-raiser"),
            (1, "Braley says if elected to the Senate"),
            (2, "At a January fundraiser in Texas"),
        ],
    },
    GoldGroup {
        // Braley: "a farmer from Iowa who never went to law school, never practiced
        // law" could serve as the next chair of the Judiciary Committee
        members: &[
            (0, "Mr. Braley apologized to Senator Charles E. Grassley"),
            (1, "Iowa Democratic Rep. Bruce Braley is under fire"),
            (1, "“Or, you might have a farmer from Iowa"),
            (2, "\"Or you might have a farmer from Iowa"),
        ],
        maybe: &[
            (1, "He said Grassley, though, would likely become chairman"),
            (2, "At a January fundraiser in Texas"),
        ],
    },
    GoldGroup {
        // Grassley could become Judiciary chairman if Republicans take the Senate
        members: &[
            (0, "But as the ranking Republican on the Judiciary"),
            (1, "He said Grassley, though, would likely become chairman"),
        ],
        maybe: &[
            (0, "Mr. Braley apologized to Senator Charles E. Grassley"),
            (1, "“Or, you might have a farmer from Iowa"),
            (2, "\"Or you might have a farmer from Iowa"),
        ],
    },
    GoldGroup {
        // Braley apologized (to Grassley) after the video emerged
        members: &[
            (0, "Mr. Braley apologized to Senator Charles E. Grassley"),
            (1, "Braley apologized for the remarks in a written"),
            (2, "Braley apologized to Grassley in person"),
            (2, "The representative also posted a statement Tuesday"),
            (2, "“I apologize to Sen. Grassley and anyone"),
        ],
        maybe: &[
            (0, "Mr. Braley’s apology noted his family’s history"),
            (1, "He said he “respects” Grassley"),
        ],
    },
    GoldGroup {
        // the apology: "to Sen. Grassley and anyone I may have offended"
        members: &[
            (0, "Mr. Braley apologized to Senator Charles E. Grassley"),
            (2, "“I apologize to Sen. Grassley and anyone"),
        ],
        maybe: &[
            (1, "Braley apologized for the remarks in a written"),
            (2, "The representative also posted a statement Tuesday"),
        ],
    },
    GoldGroup {
        // the apology cites his family's farm background
        members: &[
            (0, "Mr. Braley’s apology noted his family’s history"),
            (2, "The representative also posted a statement Tuesday"),
            (2, "“My parents both grew up on Iowa farms"),
        ],
        maybe: &[(2, "It deeply influenced who they are")],
    },
    GoldGroup {
        // the apology professes respect / appreciation for (Iowa) farmers
        members: &[
            (1, "He said he “respects” Grassley"),
            (1, "“I have tremendous respect for Iowa farmers"),
            (2, "It deeply influenced who they are"),
        ],
        maybe: &[
            (0, "Mr. Braley’s apology noted his family’s history"),
            (2, "The representative also posted a statement Tuesday"),
        ],
    },
    GoldGroup {
        // Iowa is an agricultural state
        members: &[
            (0, "Though their numbers are declining, farmers"),
            (1, "Iowa Democratic Rep. Bruce Braley is under fire"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // Grassley is a farmer (and not a lawyer)
        members: &[
            (1, "“Alongside that, Sen. Grassley’s one of only two"),
            (2, "Grassley, who owns a farm, often notes"),
        ],
        maybe: &[
            (0, "Mr. Braley apologized to Senator Charles E. Grassley"),
            (1, "A spokesperson for Grassley fired back Tuesday"),
        ],
    },
    GoldGroup {
        // Braley is a (trial) lawyer
        members: &[
            (1, "A spokesperson for Grassley fired back Tuesday"),
            (2, "Braley went to the University of Iowa's law school"),
        ],
        maybe: &[(1, "“To put this in stark contrast, if you help me win")],
    },
];

pub const TRAIN_3_FILES: &[&str] = &[
    "article-428ef98c-26e1-4a69-80fb-e95cd2b2b4ab.json",
    "article-8b93035f-edd3-48b7-b617-59399ccddca4.json",
    "article-32d3eab9-fd13-46e6-ab3a-d1eb680e1978.json",
];

pub const TRAIN_3: &[GoldGroup] = &[
    GoldGroup {
        // national security adviser Susan Rice says Netanyahu's planned speech to
        // Congress hurts ("destructive") U.S.-Israel relations
        members: &[
            (0, "WASHINGTON — Susan E. Rice, President Obama’s national"),
            (1, "National Security Adviser Susan Rice warned"),
            (2, "Susan Rice, President Barack Obama's national security"),
        ],
        maybe: &[
            (0, "Mr. Netanyahu’s decision to travel to Washington"),
            (0, "It is also the frankest acknowledgment yet"),
            (1, "\"It's destructive to the fabric of the relationship,\""),
            (2, "\"What has happened over the last several weeks"),
        ],
    },
    GoldGroup {
        // Rice on PBS's "Charlie Rose": partisanship "destructive of the fabric of
        // the relationship"
        members: &[
            (0, "Mr. Netanyahu’s decision to travel to Washington"),
            (1, "\"It's destructive to the fabric of the relationship,\""),
            (2, "\"What has happened over the last several weeks"),
        ],
        maybe: &[
            (1, "National Security Adviser Susan Rice warned"),
            (2, "Susan Rice, President Barack Obama's national security"),
        ],
    },
    GoldGroup {
        // Rice: "It's always been bipartisan. We need to keep it that way."
        members: &[
            (1, "“It’s always been bipartisan."),
            (1, "We need to keep it that way.\""),
            (2, "\"It's always been bipartisan,\" Rice added."),
            (2, "\"We need to keep it that way."),
        ],
        maybe: &[
            (0, "“Allowing this relationship to be subjected"),
            (0, "“The point is, we want the relationship"),
            (2, "When it becomes injected or infused with politics"),
        ],
    },
    GoldGroup {
        // Speaker Boehner invited Netanyahu to address Congress
        members: &[
            (0, "Her comments marked the strongest public rebuke"),
            (0, "The speech, scheduled for March 3, was arranged"),
            (1, "Netanyahu was invited by House Speaker John Boehner"),
            (2, "\"What has happened over the last several weeks"),
            (2, "Netanyahu was invited to speak in front of a joint"),
        ],
        maybe: &[
            (0, "WASHINGTON — Susan E. Rice, President Obama’s national"),
            (1, "Such a move is generally considered a diplomatic no-no"),
            (2, "Susan Rice, President Barack Obama's national security"),
        ],
    },
    GoldGroup {
        // ... without consulting the White House
        members: &[
            (0, "The speech, scheduled for March 3, was arranged"),
            (1, "Netanyahu was invited by House Speaker John Boehner"),
            (2, "Netanyahu was invited to speak in front of a joint"),
        ],
        maybe: &[(1, "Such a move is generally considered a diplomatic no-no")],
    },
    GoldGroup {
        // that is a breach of protocol / a diplomatic no-no
        members: &[
            (0, "The speech, scheduled for March 3, was arranged"),
            (1, "Such a move is generally considered a diplomatic no-no"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // the speech is set for March 3
        members: &[
            (0, "The speech, scheduled for March 3, was arranged"),
            (1, "Rice's statements were among the Obama administration's"),
        ],
        maybe: &[(2, "Obama has said he will not meet with Netanyahu")],
    },
    GoldGroup {
        // the speech comes two weeks before the Israeli elections
        members: &[
            (0, "Mr. Netanyahu’s decision to travel to Washington"),
            (2, "\"What has happened over the last several weeks"),
            (2, "Obama has said he will not meet with Netanyahu"),
        ],
        maybe: &[
            (0, "The president has said he will not meet"),
            (1, "To date, administration officials had maintained"),
        ],
    },
    GoldGroup {
        // Obama will not meet Netanyahu, so as not to influence the Israeli elections
        members: &[
            (0, "The president has said he will not meet"),
            (1, "To date, administration officials had maintained"),
            (2, "Obama has said he will not meet with Netanyahu"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // Rice's remarks are the administration's toughest rebuke yet
        members: &[
            (0, "Her comments marked the strongest public rebuke"),
            (1, "Rice's statements were among the Obama administration's"),
        ],
        maybe: &[
            (0, "It is also the frankest acknowledgment yet"),
            (0, "Top administration officials have hinted more openly"),
            (1, "To date, administration officials had maintained"),
        ],
    },
    GoldGroup {
        // the episode strains the already tense Obama-Netanyahu relationship
        members: &[
            (0, "The episode is a low point in the tense relationship"),
            (1, "The visit, though, has further challenged"),
        ],
        maybe: &[(1, "But tensions are rising on all sides.")],
    },
    GoldGroup {
        // Netanyahu comes to argue against (derail) a nuclear deal with Iran
        members: &[
            (0, "Her comments marked the strongest public rebuke"),
            (0, "Mr. Netanyahu said Tuesday that he was making the trip"),
            (1, "\"I can assure you that my sole intention"),
            (1, "U.S. officials suggest Netanyahu’s trip is aimed"),
        ],
        maybe: &[
            (0, "“Therefore, I will go to Washington"),
            (1, "Such a move is generally considered a diplomatic no-no"),
            (1, "While Netanyahu has long been skeptical"),
            (2, "Several lawmakers have spoken out against the speech"),
        ],
    },
    GoldGroup {
        // the Iran deal is a priority (signature objective) of Obama's
        members: &[
            (0, "Her comments marked the strongest public rebuke"),
            (1, "U.S. officials suggest Netanyahu’s trip is aimed"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // Netanyahu turns down Senate Democrats' offer of a private meeting
        members: &[
            (0, "The Israeli prime minister himself has turned down"),
            (1, "Rice's comments came as Netanyahu turned down"),
        ],
        maybe: &[
            (0, "“We offered the prime minister an opportunity"),
            (0, "“His refusal to meet is disappointing"),
            (1, "Durbin said he regretted that Netanyahu could not meet"),
            (1, "\"His refusal to meet is disappointing"),
        ],
    },
    GoldGroup {
        // Netanyahu's letter: such a meeting "could compound the misperception of
        // partisanship"
        members: &[
            (0, "In a letter released by Mr. Durbin’s office"),
            (1, "Rice's comments came as Netanyahu turned down"),
        ],
        maybe: &[(1, "Netanyahu told Sens. Dick Durbin, of Illinois")],
    },
    GoldGroup {
        // Durbin: "We offered the prime minister an opportunity to balance ..."
        members: &[
            (0, "“We offered the prime minister an opportunity"),
            (1, "\"We offered the prime minister an opportunity"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // Durbin: "His refusal to meet is disappointing ..."
        members: &[
            (0, "“His refusal to meet is disappointing"),
            (1, "\"His refusal to meet is disappointing"),
        ],
        maybe: &[(1, "Durbin said he regretted that Netanyahu could not meet")],
    },
    GoldGroup {
        // Vice President Biden will not attend
        members: &[
            (0, "Vice President Joseph R. Biden Jr., who as president"),
            (1, "Vice President Biden won't attend the Netanyahu speech."),
        ],
        maybe: &[
            (1, "But Republican Sen. Lindsey Graham"),
            (1, "\"I don’t know where Joe Biden will be"),
        ],
    },
    GoldGroup {
        // Democratic lawmakers object to the speech (affront / strain on the Iran talks)
        members: &[
            (1, "And more than a half-dozen House and Senate Democrats"),
            (2, "Several lawmakers have spoken out against the speech"),
        ],
        maybe: &[(2, "Sen. Patrick Leahy (D-Vt.) called Netanyahu's speech")],
    },
];

pub const TRAIN_4_FILES: &[&str] = &[
    "article-d2e17368-b2da-4ee4-a7d9-8a5cccdebefd.json",
    "article-238b97e4-c6f7-4fbb-87c2-3c92c5fb3b03.json",
    "article-f03b6656-7eb7-4446-968a-d6aa805fd4a3.json",
];

pub const TRAIN_4: &[GoldGroup] = &[
    GoldGroup {
        // RNC chairman Michael Steele called Afghanistan "a war of Obama's choosing"
        members: &[
            (0, "WASHINGTON — Michael Steele, chairman of the Republican"),
            (1, "Republican senators kept up pressure on party Chairman"),
            (2, "Several prominent conservatives offered swift"),
        ],
        maybe: &[
            (0, "“It was the president who was trying to be cute"),
            (0, "But he sought to make the case that Afghanistan"),
            (2, "In a bit of irony, Steele’s most recent comments"),
        ],
    },
    GoldGroup {
        // ... and suggested the war cannot be won
        members: &[
            (1, "Republican senators kept up pressure on party Chairman"),
            (2, "Several prominent conservatives offered swift"),
        ],
        maybe: &[
            (0, "WASHINGTON — Michael Steele, chairman of the Republican"),
            (0, "“Well, if he’s such a student of history"),
            (2, "Indeed, even Steele himself declared back in December"),
            (2, "In a bit of irony, Steele’s most recent comments"),
        ],
    },
    GoldGroup {
        // Steele: the one thing you don't do is "engage in a land war in Afghanistan"
        members: &[
            (0, "“Well, if he’s such a student of history"),
            (2, "Indeed, even Steele himself declared back in December"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // he spoke on Thursday night at a (Connecticut) fund-raiser
        members: &[
            (0, "“This is not something the United States had actively"),
            (0, "When Mr. Steele made the remarks, he was speaking"),
            (2, "Indeed, even Steele himself declared back in December"),
        ],
        maybe: &[(0, "WASHINGTON — Michael Steele, chairman of the Republican")],
    },
    GoldGroup {
        // he was caught on (hidden) camera
        members: &[
            (0, "The video appears to have been taken by a hidden camera"),
            (1, "Republican senators kept up pressure on party Chairman"),
            (2, "Several prominent conservatives offered swift"),
        ],
        maybe: &[
            (0, "“It was the president who was trying to be cute"),
            (0, "Republican officials did not dispute the authenticity"),
        ],
    },
    GoldGroup {
        // the remarks drew a swift, fierce backlash (from Friday)
        members: &[
            (0, "WASHINGTON — Michael Steele, chairman of the Republican"),
            (1, "The backlash built quickly over the weekend"),
            (2, "Several prominent conservatives offered swift"),
        ],
        maybe: &[
            (1, "Republican senators kept up pressure on party Chairman"),
            (1, "The GOP chairman is known for off-the-cuff"),
            (1, "He called Steele's comments \"unacceptable\""),
            (1, "Speaking on ABC's \"This Week,\" Sen. John McCain"),
            (1, "That didn't seem to quiet the controversy"),
            (2, "But the Weekly Standard editor was not alone."),
            (2, "Another major neoconservative figure, Dan Senor"),
        ],
    },
    GoldGroup {
        // conservatives, led by Weekly Standard editor Bill Kristol, call for his
        // resignation
        members: &[
            (0, "WASHINGTON — Michael Steele, chairman of the Republican"),
            (0, "Mr. Steele’s comments prompted William Kristol"),
            (1, "The backlash built quickly over the weekend"),
            (1, "Weekly Standard Editor Bill Kristol, who led the charge"),
            (2, "The pushback crested with Bill Kristol"),
        ],
        maybe: &[
            (0, "“Your tenure has, of course, been marked by gaffes"),
            (0, "In his statement on Friday afternoon, Mr. Steele did"),
            (1, "\"I think it would be better if he went,\" he said."),
            (2, "Kristol’s was the harshest of all the reactions"),
            (2, "Shortly after Kristol called for his resignation"),
        ],
    },
    GoldGroup {
        // Kristol: "the war in Afghanistan was not 'a war of Obama's choosing.' It has
        // been prosecuted by the United States under Presidents Bush and Obama."
        members: &[
            (0, "He added, “Needless to say, the war in Afghanistan"),
            (0, "It has been prosecuted by the United States"),
            (2, "“Needless to say, the war in Afghanistan"),
            (2, "It has been prosecuted by the United States"),
        ],
        maybe: &[
            (0, "The war in Afghanistan, which has entered its ninth"),
            (1, "\"This is America's war."),
            (1, "It's not Obama's war.\""),
        ],
    },
    GoldGroup {
        // Kristol: "There are, of course, those who think we should pull out ...
        // But one of them shouldn't be the chairman of the Republican Party."
        members: &[
            (0, "He added, “There are, of course, those who think"),
            (0, "But one of them shouldn’t be the chairman"),
            (2, "There are, of course, those who think we should pull"),
            (2, "But one of them shouldn’t be the chairman"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // a DNC spokesman (Woodhouse) attacked the remark
        members: &[
            (0, "A spokesman for the Democratic National Committee"),
            (2, "Indeed, as the DNC Communications Director"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // Steele tried to clarify / quell the furor with a statement
        members: &[
            (0, "Mr. Steele, seeking to clarify his remarks"),
            (1, "Trying to quell the furor, Steele issued a statement"),
            (1, "He sent an e-mail to RNC members saying he hoped"),
            (2, "Kristol’s was the harshest of all the reactions"),
        ],
        maybe: &[
            (0, "In his statement on Friday afternoon, Mr. Steele did"),
            (0, "But he sought to make the case that Afghanistan"),
        ],
    },
    GoldGroup {
        // statement: "There is no question that America must win the war on terror."
        members: &[
            (0, "Mr. Steele, seeking to clarify his remarks"),
            (1, "Trying to quell the furor, Steele issued a statement"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // statement: "for the sake of the security of the free world, our country must
        // give our troops the support necessary to win this war"
        members: &[
            (0, "“For the sake of the security of the free world"),
            (1, "... And, for the sake of the security of the free world"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // Steele's point was a critique of Obama's (winning) strategy
        members: &[
            (0, "“This is not something the United States had actively"),
            (2, "Kristol’s was the harshest of all the reactions"),
        ],
        maybe: &[(0, "“It was the president who was trying to be cute")],
    },
    GoldGroup {
        // Steele is known for a string of controversial / troublesome remarks
        members: &[
            (0, "His remarks were the latest in a string"),
            (1, "The GOP chairman is known for off-the-cuff"),
        ],
        maybe: &[
            (0, "“Your tenure has, of course, been marked by gaffes"),
            (2, "He is the figurehead of the Republican Party"),
        ],
    },
    GoldGroup {
        // Obama's troop increase (surge) in Afghanistan last year
        members: &[
            (0, "Mr. Obama shifted the focus on the war on terrorism"),
            (2, "Senor, who served under the Bush administration"),
        ],
        maybe: &[(0, "He added, with a reference to Gen. David H. Petraeus:")],
    },
    GoldGroup {
        // Steele had himself supported the surge / the war before
        members: &[
            (0, "He added, with a reference to Gen. David H. Petraeus:"),
            (2, "Senor, who served under the Bush administration"),
        ],
        maybe: &[(2, "Indeed, even Steele himself declared back in December")],
    },
    GoldGroup {
        // Gen. Petraeus is taking over the command (confirmation)
        members: &[
            (0, "He added, with a reference to Gen. David H. Petraeus:"),
            (2, "At a time when Gen. Petraeus has just taken over"),
        ],
        maybe: &[],
    },
];

pub const TRAIN_5_FILES: &[&str] = &[
    "article-35201557-afda-420e-a12e-e9310bcaf28a.json",
    "article-f2b98b6f-651d-4747-8242-adbf8317d2d7.json",
    "article-847d3a62-f06b-449e-8be1-f864e4d88a2d.json",
];

pub const TRAIN_5: &[GoldGroup] = &[
    GoldGroup {
        // Romney picked Ryan as his running mate
        members: &[
            (1, "Ryan, in his first one-on-one interview since being"),
            (1, "“You may have heard that Governor Romney just chose"),
            (2, "WASHINGTON -- In the wake of Mitt Romney's choice"),
        ],
        maybe: &[(1, "Ryan offered new insight as well on how Romney")],
    },
    GoldGroup {
        // the campaigns are fighting over Medicare
        members: &[
            (0, "As the partisan brawl over Medicare continued"),
            (1, "The comments signal Ryan and Romney are prepared"),
            (2, "The most recent back-and-forth between the Romney"),
        ],
        maybe: &[
            (0, "With 50 million beneficiaries, Medicare is a major"),
            (0, "The current fight centers on changes in the program"),
            (1, "Paul Ryan went on offense Tuesday"),
            (1, "Both sides are being selective"),
            (2, "WASHINGTON -- In the wake of Mitt Romney's choice"),
            (2, "That rejoinder is now a subject of intense debate."),
        ],
    },
    GoldGroup {
        // the Obama campaign: Ryan's plan "would end Medicare as we know it"
        // (a voucher in place of guaranteed benefits)
        members: &[
            (0, "As the partisan brawl over Medicare continued"),
            (1, "The comments signal Ryan and Romney are prepared"),
            (1, "The Obama campaign used that line Monday"),
            (1, "The truth is that the Romney-Ryan budget would end"),
            (2, "While the president's team has pointed"),
        ],
        maybe: &[
            (1, "The video pointed to Ryan’s budget proposals"),
            (1, "Ryan says this is to preserve Medicare, not “end” it"),
        ],
    },
    GoldGroup {
        // Ryan's plan: a fixed government payment per beneficiary, to buy private
        // insurance or stay in traditional Medicare
        members: &[
            (0, "The government would contribute a fixed amount"),
            (1, "The Ryan proposal, submitted again in the House"),
            (2, "While the president's team has pointed"),
        ],
        maybe: &[
            (0, "Mr. Ryan and Mr. Romney would limit the government’s"),
            (1, "The truth is that the Romney-Ryan budget would end"),
        ],
    },
    GoldGroup {
        // the change applies to future beneficiaries (a decade from now), not to
        // current retirees
        members: &[
            (0, "The government would contribute a fixed amount"),
            (1, "Ryan wants to make changes to Medicare for those"),
            (1, "… And so we propose no changes to anybody"),
            (1, "The Ryan proposal, submitted again in the House"),
        ],
        maybe: &[(1, "… We're the ones continuing the guarantee")],
    },
    GoldGroup {
        // Romney endorsed Ryan's budget / has a similar Medicare proposal
        members: &[
            (0, "As the partisan brawl over Medicare continued"),
            (0, "Mr. Romney has offered a Medicare proposal similar"),
            (1, "“The savings his ad attacks do not cut a single"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // Ryan's budget keeps (assumes) the same ~$700 billion of Medicare savings
        // as Obama's health law
        members: &[
            (0, "WASHINGTON - Representative Paul D. Ryan’s budget"),
            (0, "Democrats hope to deflect such attacks this year"),
            (0, "Austin Smythe, the panel’s Republican staff director"),
            (1, "“The savings his ad attacks do not cut a single"),
            (2, "Senator McCain and Governor Romney have subsequently"),
        ],
        maybe: &[
            (0, "Representative Allyson Y. Schwartz"),
            (0, "We devote them to solvency of Medicare"),
            (1, "But while Ryan slams the health care overhaul"),
        ],
    },
    GoldGroup {
        // Republicans respond (Tuesday) with a TV ad: the Romney-Ryan plan protects
        // Medicare
        members: &[
            (0, "The Republicans hit back on Tuesday"),
            (1, "Paul Ryan went on offense Tuesday"),
            (1, "The Romney campaign retorted with an ad"),
        ],
        maybe: &[
            (0, "Lis Smith, a spokeswoman for the Obama campaign"),
            (1, "Obama campaign spokeswoman Lis Smith described"),
            (2, "While the president's team has pointed"),
        ],
    },
    GoldGroup {
        // the ad: "You paid into Medicare for years ... now when you need it, Obama
        // has cut $716 billion from Medicare. Why? To pay for Obamacare."
        members: &[
            (0, "“You paid into Medicare for years"),
            (0, "“Now when you need it, Obama has cut"),
            (0, "To pay for Obamacare."),
            (1, "The ad says: “You paid in to Medicare"),
            (1, "To pay for ObamaCare.”"),
        ],
        maybe: &[(0, "Why?"), (1, "Why?")],
    },
    GoldGroup {
        // the Republican charge: Obama took ~$700 billion ($716 billion) out of
        // Medicare to pay for his health care law
        members: &[
            (0, "“Now when you need it, Obama has cut"),
            (0, "“Mitt Romney and Paul Ryan have always been fully"),
            (1, "The ad says: “You paid in to Medicare"),
            (1, "“They turned Medicare into a piggy bank"),
            (2, "While the president's team has pointed"),
            (2, "\"He stole $700 billion from Medicare"),
        ],
        maybe: &[
            (0, "To pay for Obamacare."),
            (0, "So now the money you paid"),
            (1, "Paul Ryan went on offense Tuesday"),
            (1, "\"We're the ones who are not raiding Medicare"),
            (1, "To pay for ObamaCare.”"),
            (1, "And we want to … restore those cuts"),
        ],
    },
    GoldGroup {
        // Republicans won in 2010 by charging that the health law raided Medicare
        members: &[
            (0, "Republicans won control of the House in 2010"),
            (2, "Republicans also used the charge that Obamacare raided"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // Lis Smith: the Romney ad is "dishonest and hypocritical"
        members: &[
            (0, "Lis Smith, a spokeswoman for the Obama campaign"),
            (1, "Obama campaign spokeswoman Lis Smith described"),
        ],
        maybe: &[(1, "The Obama campaign is disputing that argument.")],
    },
    GoldGroup {
        // Smith: the savings "do not cut a single guaranteed Medicare benefit"
        members: &[
            (0, "The savings, she said, “do not cut a single"),
            (1, "“The savings his ad attacks do not cut a single"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // the law's savings come from payments to providers / insurers, waste and
        // fraud, not from benefits
        members: &[
            (0, "The new health care law, by contrast, will reduce"),
            (1, "“Because the president is eliminating subsidies"),
            (1, "And the ObamaCare cuts he referenced would likely come"),
            (2, "The savings come predominantly from limiting waste"),
            (2, "\"President Obama achieved a third as much savings"),
        ],
        maybe: &[
            (0, "The savings, she said, “do not cut a single"),
            (1, "“The savings his ad attacks do not cut a single"),
            (2, "The money being taken out of the system"),
        ],
    },
    GoldGroup {
        // Obama uses the savings to pay for covering the uninsured under the law
        members: &[
            (0, "Mr. Obama would use the savings to help offset"),
            (2, "The savings come predominantly from limiting waste"),
        ],
        maybe: &[
            (0, "We devote them to solvency of Medicare"),
            (1, "“They turned Medicare into a piggy bank"),
        ],
    },
    GoldGroup {
        // the savings improve Medicare's finances (extend its life)
        members: &[
            (0, "Mr. Obama would use the savings to help offset"),
            (1, "“Because the president is eliminating subsidies"),
        ],
        maybe: &[(0, "We devote them to solvency of Medicare")],
    },
    GoldGroup {
        // the health law's savings limit the growth of Medicare spending
        members: &[
            (0, "Mr. Ryan and Mr. Obama would impose similar"),
            (2, "The money being taken out of the system"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // Ryan's plan, too, slows the growth of Medicare spending
        members: &[
            (0, "Mr. Ryan and Mr. Obama would impose similar"),
            (1, "Though he doesn’t use the word “cuts,”"),
        ],
        maybe: &[(1, "But while Ryan slams the health care overhaul")],
    },
    GoldGroup {
        // a Romney-Ryan administration would restore the money to Medicare
        members: &[
            (0, "But the Romney campaign said Tuesday"),
            (0, "“A Romney-Ryan administration will restore"),
            (1, "And we want to … restore those cuts"),
        ],
        maybe: &[(0, "Mr. Ryan says he would use the money to shore up")],
    },
    GoldGroup {
        // Ryan's interview with Fox News on Tuesday
        members: &[
            (0, "In an interview with Fox News on Tuesday"),
            (1, "Paul Ryan went on offense Tuesday"),
            (1, "Ryan, in his first one-on-one interview since being"),
        ],
        maybe: &[
            (1, "Ryan told Fox News the campaign is trying"),
            (1, "In his interview with Fox News, Ryan also hammered"),
        ],
    },
    GoldGroup {
        // Ryan: "this is a debate we want to have"
        members: &[
            (0, "“This is a debate we want to have,” he said."),
            (1, "It's irrefutable and that's why I think"),
        ],
        maybe: &[
            (0, "In an interview with Fox News on Tuesday"),
            (1, "Ryan, in his first one-on-one interview since being"),
        ],
    },
    GoldGroup {
        // Ryan: "We're the ones who are offering a plan to save Medicare, to protect
        // Medicare, to strengthen Medicare."
        members: &[
            (0, "“We’re the ones who are offering a plan"),
            (1, "\"We're the ones who are offering a plan"),
        ],
        maybe: &[],
    },
];

pub const TRAIN_6_FILES: &[&str] = &[
    "article-73b9c883-1fce-456d-8f13-29006e58ff13.json",
    "article-9fb5214f-563a-4fc5-b204-fac51cb2ca31.json",
    "article-333aa94a-629a-4025-9af2-40bdc51c5bf1.json",
];

pub const TRAIN_6: &[GoldGroup] = &[
    GoldGroup {
        // Emanuel (the White House) used Bill Clinton as intermediary to approach
        // Sestak
        members: &[
            (0, "President Obama’s chief of staff used former President"),
            (0, "Rahm Emanuel, the chief of staff, asked Mr. Clinton"),
            (1, "The White House asked former President Bill Clinton"),
            (1, "Clinton initiated conversations with Sestak"),
            (2, "The offer was made by White House Chief of Staff"),
        ],
        maybe: &[
            (0, "In a statement Friday, Mr. Sestak said Mr. Clinton"),
            (0, "In tapping Mr. Clinton as the go-between"),
            (2, "The White House initiated the conversation"),
        ],
    },
    GoldGroup {
        // a position was offered if Sestak would drop out of / stay out of the
        // Pennsylvania Democratic Senate primary (as the White House told on Friday)
        members: &[
            (0, "President Obama’s chief of staff used former President"),
            (1, "The White House asked former President Bill Clinton"),
            (2, "Rep. Joe Sestak (D-Penn.) was offered a prominent"),
        ],
        maybe: &[
            (0, "Rahm Emanuel, the chief of staff, asked Mr. Clinton"),
            (2, "The offer was made by White House Chief of Staff"),
        ],
    },
    GoldGroup {
        // the position: an unpaid (uncompensated) advisory board post
        members: &[
            (0, "President Obama’s chief of staff used former President"),
            (0, "The White House did not offer Mr. Sestak a full-time"),
            (1, "Batting down allegations that the White House dangled"),
            (2, "Rep. Joe Sestak (D-Penn.) was offered a prominent"),
        ],
        maybe: &[
            (0, "Rahm Emanuel, the chief of staff, asked Mr. Clinton"),
            (0, "In a statement Friday, Mr. Sestak said Mr. Clinton"),
            (0, "Representative Darrell Issa of California"),
            (2, "\"By virtue of his career in public service"),
        ],
    },
    GoldGroup {
        // the approach was made last summer (June-July 2009)
        members: &[
            (0, "Rahm Emanuel, the chief of staff, asked Mr. Clinton"),
            (1, "At hastily arranged news conference Friday afternoon"),
            (2, "The offer was made by White House Chief of Staff"),
        ],
        maybe: &[(0, "Mr. Emanuel was eager last summer")],
    },
    GoldGroup {
        // Sestak would have stayed in the House while serving on the board
        members: &[
            (0, "The White House did not offer Mr. Sestak a full-time"),
            (0, "In a statement Friday, Mr. Sestak said Mr. Clinton"),
            (1, "But a White House official said the plan always was"),
            (2, "It would have allowed Sestak to remain in the House"),
            (2, "\"By virtue of his career in public service"),
        ],
        maybe: &[
            (0, "“The Democratic Party leadership had a legitimate"),
            (1, "At hastily arranged news conference Friday afternoon"),
        ],
    },
    GoldGroup {
        // one option was the President's Intelligence Advisory Board
        members: &[
            (0, "The White House did not disclose what those options"),
            (1, "One of the jobs Clinton specifically discussed"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // ... but he could not serve on it while in Congress
        members: &[
            (0, "But White House officials discovered that it would not"),
            (1, "But a White House official said the plan always was"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // the White House denies it offered him Secretary of the Navy
        members: &[
            (0, "While many have speculated that the White House offered"),
            (1, "Batting down allegations that the White House dangled"),
            (2, "The source challenged one major aspect of the story"),
        ],
        maybe: &[(2, "The offer for that position was made more than a month")],
    },
    GoldGroup {
        // Sestak said no
        members: &[
            (0, "Mr. Sestak said no and went on to win"),
            (0, "In a statement Friday, Mr. Sestak said Mr. Clinton"),
            (2, "Sestak ultimately rejected the overture"),
        ],
        maybe: &[
            (0, "“I told President Clinton that my only consideration"),
            (1, "Sestak said he almost interrupted Clinton"),
        ],
    },
    GoldGroup {
        // ... and went on to beat Sen. Arlen Specter in the primary
        members: &[
            (0, "Mr. Sestak said no and went on to win"),
            (2, "Sestak ultimately rejected the overture"),
        ],
        maybe: &[
            (0, "Mr. Sestak endorsed Hillary Rodham Clinton"),
            (1, "Sestak's opponent in the general election"),
        ],
    },
    GoldGroup {
        // Sestak's account (Friday): Clinton called / conveyed the suggestion
        members: &[
            (0, "In a statement Friday, Mr. Sestak said Mr. Clinton"),
            (1, "At hastily arranged news conference Friday afternoon"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // Sestak: his only consideration was what is right for Pennsylvania('s)
        // working families, "not any offer"
        members: &[
            (0, "“I told President Clinton that my only consideration"),
            (1, "Sestak said he almost interrupted Clinton"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // Clinton said he knew Sestak would say that; the conversation moved on
        members: &[
            (0, "“The former president said he knew I’d say that"),
            (1, "And he said 'I knew you'd say that,'\""),
        ],
        maybe: &[],
    },
    GoldGroup {
        // White House counsel Bauer's memo/report: there was no impropriety, no law
        // was broken
        members: &[
            (0, "The White House disputed Republican claims"),
            (0, "“There was no such impropriety,” Robert F. Bauer"),
            (1, "But the report, by White House Counsel Robert Bauer"),
            (1, "The White House report disputed any suggestion"),
            (2, "The source insisted that no laws were broken"),
        ],
        maybe: &[
            (0, "“Such discussions are fully consistent"),
            (1, "\"Such discussions are fully consistent"),
            (2, "Press Secretary Robert Gibbs declined repeated attempts"),
            (2, "Behind the scenes, White House Counsel Bob Bauer's"),
        ],
    },
    GoldGroup {
        // such offers are common in past administrations
        members: &[
            (0, "Mr. Bauer went on to say that such horse-trading"),
            (0, "“There have been numerous, reported instances"),
            (0, "Democrats and some Republicans have said it is hardly"),
            (1, "\"There have been numerous, reported instances"),
            (2, "It certainly wasn't historically unique."),
            (2, "As the Huffington Post reported on Thursday"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // Bauer: "There have been numerous, reported instances in the past ..."
        members: &[
            (0, "“There have been numerous, reported instances"),
            (1, "\"There have been numerous, reported instances"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // Bauer: "Such discussions are fully consistent with the relevant law and
        // ethical requirements."
        members: &[
            (0, "“Such discussions are fully consistent"),
            (1, "\"Such discussions are fully consistent"),
        ],
        maybe: &[(2, "The source insisted that no laws were broken")],
    },
    GoldGroup {
        // the conversations were informal, not a precise job offer
        members: &[
            (1, "The report also described the Clinton conversations"),
            (2, "What resulted were the informal conversation(s)."),
        ],
        maybe: &[(2, "The source said it would not be surprising")],
    },
    GoldGroup {
        // Republicans / critics say the offer may have been a crime
        members: &[
            (0, "The White House disputed Republican claims"),
            (0, "But Republicans have suggested such actions"),
            (1, "Critics say the Sestak job offer may have violated"),
        ],
        maybe: &[
            (0, "Mr. Sestak first mentioned publicly in February"),
            (0, "Representative Darrell Issa of California"),
            (0, "Whether that constitutes ordinary political"),
            (1, "\"This is punishable by prison."),
            (1, "This is a felony,\" said Rep. Darrell Issa"),
            (2, "The source insisted that no laws were broken"),
        ],
    },
    GoldGroup {
        // Rep. Darrell Issa: it was illegal (an illegal quid pro quo / a felony)
        members: &[
            (0, "Representative Darrell Issa of California"),
            (1, "\"This is punishable by prison."),
            (1, "This is a felony,\" said Rep. Darrell Issa"),
        ],
        maybe: &[(0, "“It is abundantly clear that this kind of conduct")],
    },
    GoldGroup {
        // the federal statute: whoever promises any employment, position, ... as
        // reward for political activity
        members: &[
            (0, "Federal law makes it a crime for anyone"),
            (1, "Critics say the Sestak job offer may have violated"),
        ],
        maybe: &[(0, "It is also illegal for a government official")],
    },
    GoldGroup {
        // Obama said on Thursday that "nothing improper" took place
        members: &[
            (0, "While declining to discuss what happened"),
            (1, "The report comes one day after President Obama insisted"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // Clinton had lunch with Obama (at the White House) on Thursday
        members: &[
            (0, "Mr. Clinton was at the White House on Thursday"),
            (1, "On that same day, Obama had lunch with Clinton."),
        ],
        maybe: &[],
    },
    GoldGroup {
        // the White House wanted to clear the field for Specter, who had switched
        // to the Democrats
        members: &[
            (0, "Mr. Emanuel was eager last summer"),
            (2, "Administration officials had spent time and capital"),
            (2, "Part of that arrangement entailed clearing the field"),
            (2, "When Sestak began making overtures that he would run"),
        ],
        maybe: &[
            (0, "“The Democratic Party leadership had a legitimate"),
            (1, "The White House asked former President Bill Clinton"),
        ],
    },
    GoldGroup {
        // Sestak had served under Clinton (National Security Council / director of
        // defense policy)
        members: &[
            (0, "In tapping Mr. Clinton as the go-between"),
            (1, "As president, Clinton promoted Sestak"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // Sestak's military career (retired admiral)
        members: &[
            (0, "Mr. Sestak, a retired admiral"),
            (1, "As president, Clinton promoted Sestak"),
            (2, "\"By virtue of his career in public service"),
        ],
        maybe: &[(1, "At hastily arranged news conference Friday afternoon")],
    },
    GoldGroup {
        // Sestak backed Hillary Clinton in the 2008 primaries
        members: &[
            (0, "Mr. Sestak endorsed Hillary Rodham Clinton"),
            (1, "Sestak was also a loyal and tireless supporter"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // Sestak had mentioned a job offer early but gave no details
        members: &[
            (0, "Mr. Sestak first mentioned publicly in February"),
            (2, "Sestak brought the issue to the surface"),
            (2, "But he refused to provide details"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // the White House had for months refused to discuss it
        members: &[
            (0, "Mr. Sestak first mentioned publicly in February"),
            (2, "The White House, when pressed on the matter, had been"),
        ],
        maybe: &[
            (1, "Sestak's opponent in the general election"),
            (1, "\"If this explanation is as innocent as it looks"),
            (2, "Press Secretary Robert Gibbs declined repeated attempts"),
        ],
    },
];

pub const TRAIN_7_FILES: &[&str] = &[
    "article-ae5c9925-6003-40b6-bff6-61e8cf269ed4.json",
    "article-bfb98e01-ba5d-4bef-adb7-01415979a4b8.json",
    "article-fb62ca48-9a76-4321-b2be-f13ea6c0100b.json",
];

pub const TRAIN_7: &[GoldGroup] = &[
    GoldGroup {
        // Senate Majority Leader Harry Reid says on Monday the mosque near ground zero
        // should be built elsewhere
        members: &[
            (0, "WASHINGTON — Republican Congressional candidates"),
            (0, "Senator Harry Reid of Nevada, the Senate majority"),
            (1, "Senate Majority Leader Harry Reid broke with"),
            (2, "And on Monday the highest-ranking Democrat"),
        ],
        maybe: &[
            (0, "“Senator Reid respects that but thinks"),
            (1, "But at the same time, Manley put Reid on the record"),
            (1, "\"Sen. Reid respects that but thinks"),
            (2, "\"Senator Reid respects that but thinks"),
        ],
    },
    GoldGroup {
        // ... in a statement from his spokesman Jim Manley (his office)
        members: &[
            (0, "Senator Harry Reid of Nevada, the Senate majority"),
            (0, "“The First Amendment protects freedom of religion,”"),
            (1, "Spokesman Jim Manley said in a written statement"),
            (1, "But at the same time, Manley put Reid on the record"),
            (2, "\"The First Amendment protects freedom of religion,\""),
        ],
        maybe: &[(1, "\"The First Amendment protects freedom of religion,\"")],
    },
    GoldGroup {
        // "The First Amendment protects freedom of religion."
        members: &[
            (0, "“The First Amendment protects freedom of religion,”"),
            (1, "\"The First Amendment protects freedom of religion,\""),
            (2, "\"The First Amendment protects freedom of religion,\""),
        ],
        maybe: &[],
    },
    GoldGroup {
        // "Senator Reid respects that but thinks that the mosque should be built
        // someplace else."
        members: &[
            (0, "“Senator Reid respects that but thinks"),
            (1, "\"Sen. Reid respects that but thinks"),
            (2, "\"Senator Reid respects that but thinks"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // that puts Reid at odds with Obama
        members: &[
            (0, "That separates Mr. Reid from President Obama’s support"),
            (1, "Senate Majority Leader Harry Reid broke with"),
        ],
        maybe: &[(2, "Combined, Obama's clarification and Reid's opposition")],
    },
    GoldGroup {
        // Reid's statement: if sincere, Republicans should back (stop blocking) the
        // bill for the health of 9/11 first responders
        members: &[
            (1, "Spokesman Jim Manley said in a written statement"),
            (2, "If the Republicans are being sincere"),
        ],
        maybe: &[(0, "Democratic campaign officials accused Republicans")],
    },
    GoldGroup {
        // Republicans opposed / stalled the health program for ground-zero workers
        members: &[
            (0, "Democratic campaign officials accused Republicans"),
            (1, "Spokesman Jim Manley said in a written statement"),
            (2, "If the Republicans are being sincere"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // Obama appeared to endorse the project on Friday (night) at a White House
        // (Ramadan) dinner
        members: &[
            (1, "The president first stepped into the fray Friday"),
            (1, "Burton said that he \"can't speak to the politics"),
            (2, "President Barack Obama's endorsement of the"),
        ],
        maybe: &[
            (0, "Some also said the White House should not have put"),
            (0, "Before Mr. Obama spoke out, leading Republican figures"),
            (1, "\"So for the president to raise it in the way he did"),
        ],
    },
    GoldGroup {
        // Obama supports the developers' right (religious freedom) to build
        members: &[
            (0, "That separates Mr. Reid from President Obama’s support"),
            (0, "Republicans said Mr. Obama’s defense of the right"),
            (1, "The next day, he clarified that he was merely"),
            (2, "By Saturday, the president clarified"),
        ],
        maybe: &[
            (0, "Some leading Democrats said it was the president’s role"),
            (1, "Burton said Monday that the president weighed in"),
            (1, "\"So for the president to raise it in the way he did"),
            (2, "President Barack Obama's endorsement of the"),
        ],
    },
    GoldGroup {
        // the next day (Saturday) he clarified he was not speaking to the "wisdom"
        // of the project
        members: &[
            (1, "The next day, he clarified that he was merely"),
            (2, "By Saturday, the president clarified"),
        ],
        maybe: &[
            (1, "Rep. Peter King, R-N.Y., who opposes the mosque project"),
            (2, "Combined, Obama's clarification and Reid's opposition"),
        ],
    },
    GoldGroup {
        // Republicans criticize Obama's position
        members: &[
            (0, "Republicans said Mr. Obama’s defense of the right"),
            (1, "Republicans have since both criticized his position"),
        ],
        maybe: &[
            (0, "“It is very troubling to see President Obama"),
            (1, "He said Obama was \"clearly\" taking a side"),
            (1, "\"So for the president to raise it in the way he did"),
        ],
    },
    GoldGroup {
        // Republicans press Democrats to take a stand on the mosque (campaign issue)
        members: &[
            (0, "WASHINGTON — Republican Congressional candidates"),
            (0, "In a number of releases and statements"),
            (1, "Republicans have since both criticized his position"),
            (1, "But the issue was quickly feeding fuel to Republicans"),
            (2, "Reid, after all, only issued the above statement"),
        ],
        maybe: &[
            (1, "Though Reid is on the record, the National Republican"),
            (1, "Citing an article that said the normally chatty Schumer"),
            (1, "\"It's time for Chuck Schumer to stand up"),
        ],
    },
    GoldGroup {
        // Reid faces Republican opponents in his re-election race
        members: &[
            (0, "Senator Harry Reid of Nevada, the Senate majority"),
            (2, "Reid, after all, only issued the above statement"),
        ],
        maybe: &[(1, "\"While it's commendable that Senator Reid now agrees")],
    },
    GoldGroup {
        // Democrats wish the issue had not come up / want it to go away
        members: &[
            (0, "Privately, many Democrats were not pleased"),
            (2, "If anything, it's clearer now than it was last week"),
        ],
        maybe: &[
            (0, "Some also said the White House should not have put"),
            (1, "But the issue was quickly feeding fuel to Republicans"),
        ],
    },
    GoldGroup {
        // the president's role / obligation is to speak up for constitutional rights
        members: &[
            (0, "Some leading Democrats said it was the president’s role"),
            (1, "\"The president thinks that it's his obligation"),
        ],
        maybe: &[
            (0, "Representative James E. Clyburn, the No. 3 House"),
            (1, "He spoke about it because he feels he has an obligation"),
            (1, "Burton said Monday that the president weighed in"),
        ],
    },
];

pub const TRAIN_8_FILES: &[&str] = &[
    "article-aa0d8255-1e70-4563-9aad-2538d1cb57e4.json",
    "article-ded2909d-3f05-4ba2-a9f5-777a69b215db.json",
    "article-9889aa14-9681-46c9-92af-36fb1bf108b1.json",
];

pub const TRAIN_8: &[GoldGroup] = &[
    GoldGroup {
        // Bloomberg attacks Trump in a speech at the Democratic National Convention
        // on Wednesday
        members: &[
            (0, "Listening to Michael R. Bloomberg rage about"),
            (1, "Former New York City Mayor Michael Bloomberg formally"),
            (2, "PHILADELPHIA ― Americans should vote for Hillary"),
        ],
        maybe: &[
            (0, "“Trump says he wants to run the nation"),
            (1, "Bloomberg, who has an estimated net worth"),
            (2, "The line was an unscripted addition"),
            (2, "Bloomberg’s scathing speech seemed designed"),
        ],
    },
    GoldGroup {
        // Bloomberg endorses Hillary Clinton
        members: &[
            (1, "Former New York City Mayor Michael Bloomberg formally"),
            (2, "PHILADELPHIA ― Americans should vote for Hillary"),
            (2, "The billionaire ex-Republican, who has endorsed"),
        ],
        maybe: &[(1, "\"This is just too important to sit out,\"")],
    },
    GoldGroup {
        // he hints Trump is not sane (Clinton is "sane, competent")
        members: &[
            (0, "Listening to Michael R. Bloomberg rage about"),
            (2, "PHILADELPHIA ― Americans should vote for Hillary"),
        ],
        maybe: &[
            (0, "“As a former Republican presidential campaign manager"),
            (0, "“And you can’t fix crazy.”"),
        ],
    },
    GoldGroup {
        // "Trump says he wants to run the nation like he's running his business?
        // God help us."
        members: &[
            (0, "“Trump says he wants to run the nation"),
            (0, "“God help us.”"),
            (1, "\"Trump says he wants to run the nation"),
            (1, "God help us,\" said Bloomberg"),
            (2, "“Trump says he wants to run the nation"),
            (2, "God help us."),
        ],
        maybe: &[],
    },
    GoldGroup {
        // "the richest thing about Donald Trump is his hypocrisy"
        members: &[
            (1, "God help us,\" said Bloomberg"),
            (2, "“Truth be told, the richest thing"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // Trump is a "dangerous demagogue"
        members: &[
            (1, "Bloomberg, who has an estimated net worth"),
            (2, "The line was an unscripted addition"),
        ],
        maybe: &[(0, "Listening to Michael R. Bloomberg rage about")],
    },
    GoldGroup {
        // Bloomberg contrasts his own business record with Trump's
        members: &[
            (1, "Bloomberg contrasted his business history"),
            (2, "Bloomberg ― who rivals Trump in unwavering"),
        ],
        maybe: &[
            (2, "The billionaire ex-Republican, who has endorsed"),
            (2, "Bloomberg’s scathing speech seemed designed"),
            (2, "I’ve built a business ― and I didn’t start it"),
        ],
    },
    GoldGroup {
        // "I've built a business, and I didn't start it with a million-dollar check
        // from my father"
        members: &[
            (1, "Bloomberg contrasted his business history"),
            (2, "I’ve built a business ― and I didn’t start it"),
        ],
        maybe: &[(2, "Bloomberg’s scathing speech seemed designed")],
    },
    GoldGroup {
        // Trump "left behind a well-documented record of bankruptcies ... thousands
        // of lawsuits ..."
        members: &[
            (1, "Bloomberg also charged that Trump had"),
            (2, "“Throughout his career, Trump has left behind"),
        ],
        maybe: &[(2, "The billionaire ex-Republican, who has endorsed")],
    },
    GoldGroup {
        // Trump's economic (business) plan is "a disaster in the making"
        members: &[
            (1, "He deemed Trump's economic plan"),
            (2, "“But Trump’s business plan is a disaster"),
        ],
        maybe: &[
            (2, "The line was an unscripted addition"),
            (2, "And Bloomberg made dire predictions"),
        ],
    },
    GoldGroup {
        // Trump is "a con"
        members: &[
            (1, "He deemed Trump's economic plan"),
            (2, "“I’m a New Yorker,” he said"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // Bloomberg weighed an independent (third-party) run this year
        members: &[
            (0, "Mr. Bloomberg began exploring his own presidential bid"),
            (1, "Bloomberg considered making a third-party run"),
            (2, "Bloomberg weighed an independent bid for president"),
        ],
        maybe: &[(0, "And when Mr. Bloomberg ruled out running")],
    },
    GoldGroup {
        // ... and dropped it lest he siphon votes and help elect Trump
        members: &[
            (0, "And when Mr. Bloomberg ruled out running"),
            (1, "Bloomberg considered making a third-party run"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // Bloomberg and Trump had been on cordial terms / friends
        members: &[
            (0, "But in all their time in New York City"),
            (0, "“We used to be friends,” Mr. Trump told CNN."),
            (1, "He did, as well, with Trump"),
            (2, "Bloomberg was a vocal critic of the Republican"),
        ],
        maybe: &[
            (0, "Mr. Trump, an avid user of Twitter, made positive"),
            (0, "But the cordiality dissipated not long after"),
            (0, "“I guess we’re not friends anymore.”"),
        ],
    },
    GoldGroup {
        // as mayor, Bloomberg dealt with Trump as a developer
        members: &[
            (0, "In 2013, he praised Mr. Bloomberg’s administration"),
            (1, "He did, as well, with Trump"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // the relationship soured once Trump ran (his campaign alienated Bloomberg)
        members: &[
            (0, "But the cordiality dissipated not long after"),
            (1, "But Trump's hardline approach to immigration"),
        ],
        maybe: &[
            (0, "“I guess we’re not friends anymore.”"),
            (2, "Bloomberg was a vocal critic of the Republican"),
        ],
    },
    GoldGroup {
        // Bloomberg opposes Trump on immigration
        members: &[
            (1, "But Trump's hardline approach to immigration"),
            (2, "The financial industry tycoon ridiculed"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // Bloomberg is a former Republican (later independent)
        members: &[
            (1, "\"This is just too important to sit out,\""),
            (2, "The billionaire ex-Republican, who has endorsed"),
        ],
        maybe: &[(0, "Mr. Bloomberg began exploring his own presidential bid")],
    },
    GoldGroup {
        // Bloomberg was mayor of New York (three terms, 12 years)
        members: &[
            (0, "In 2007, when Mr. Bloomberg was in the second"),
            (2, "“Because of my success in the private sector"),
        ],
        maybe: &[
            (1, "Former New York City Mayor Michael Bloomberg formally"),
            (1, "\"This is just too important to sit out,\""),
            (1, "While in office, Bloomberg had a cordial relationship"),
            (2, "PHILADELPHIA ― Americans should vote for Hillary"),
        ],
    },
    GoldGroup {
        // Bloomberg acknowledges disagreements with Clinton / the Democrats
        members: &[
            (1, "\"There are times when I disagree with Hillary,\""),
            (2, "The line was an unscripted addition"),
        ],
        maybe: &[(1, "\"But let me tell you, whatever our disagreements")],
    },
];

pub const TRAIN: &[(&[&str], &[GoldGroup])] = &[
    (TRAIN_1_FILES, TRAIN_1),
    (TRAIN_2_FILES, TRAIN_2),
    (TRAIN_3_FILES, TRAIN_3),
    (TRAIN_4_FILES, TRAIN_4),
    (TRAIN_5_FILES, TRAIN_5),
    (TRAIN_6_FILES, TRAIN_6),
    (TRAIN_7_FILES, TRAIN_7),
    (TRAIN_8_FILES, TRAIN_8),
];
