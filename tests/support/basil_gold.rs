//! Gold sentence groups for three real BASIL-dev events (New York Times, Fox News,
//! HuffPost coverage of one event each), labelled by hand and blind to the aligner:
//! each article was read in full from `parallax parse --json` output, and every fact
//! stated by at least two outlets got a group.
//!
//! Selection rule (fixed before reading any article): sort the events of
//! `/work/shared/dev/basil/gold.json` by event id (string order) and take the first
//! three whose three articles each have between 8 and 60 sentences in gold.json's
//! own split. The nine article files are copied unchanged to tests/fixtures/basil/.
//!
//! Documents are indexed in the order of each `*_FILES` list: 0 = NYT, 1 = Fox News,
//! 2 = HuffPost. A prefix is the start of a sentence as parallax splits it; members
//! are preferred whose start is the same in parallax's split and in gold.json's.
//!
//! Events (groups / sure cross-article pairs, counted as in `gold::score`):
//! - EVENT_A `08bb9bee-c167-4c17-9c6d-4a1259231eb7`: Romney calls on Rep. Todd Akin
//!   to quit the Missouri Senate race over his "legitimate rape" remark; Akin
//!   refuses (Aug 2012). 9 groups, 28 sure pairs.
//! - EVENT_B `1bb79cc1-5d69-4136-a23d-6dbd300cbf25`: the White House releases the
//!   Benghazi talking-points e-mails (May 2013); Fox covers the State Department's
//!   ignored warnings instead, so it shares few facts. 15 groups, 23 sure pairs.
//! - EVENT_C `1ed4f378-b9d4-43b8-8d50-53d0cc063332`: Senate Democrats vote to end
//!   the January 2018 shutdown for a promised immigration vote; liberal groups
//!   attack Schumer. 11 groups, 20 sure pairs.
//!
//! Split notes (parallax parse at labelling time): Fox A cuts "former Sens." from
//! "John Ashcroft, ..."; HuffPost A cuts `?"` from "Akin continued."; HuffPost C
//! cuts "(D-N.Y.)" from "― for giving away leverage". Those tails are not used.
//!
//! Quotation split (updated after labelling, blind as before): the gold was labelled
//! when parallax kept a multi-sentence quotation as one sentence; it now splits
//! quotations like other text, so each labelled quotation was re-read part by part. A
//! continuation joins the groups whose fact it states, and a first part stays a
//! member only where its own words state the fact (else it is a `maybe`). Changed:
//! EVENT_A Fox `Today, his fellow Missourians…` is the member of the "Today…" group
//! and a maybe of Romney's call and of the senators' group; `Romney released a
//! statement…` (now only "As I said yesterday…") is a maybe of the "Today…" group,
//! stays a maybe of Romney's call and leaves the senators' group; Fox `The right
//! decision is to step aside` is a maybe beside `"The issues at stake…`. EVENT_B
//! HuffPost `The seemingly political nature…` is the member of Buck's group, `"Those
//! findings are confirmed…` a maybe there; HuffPost `To make clear what is…`
//! (Schultz: the White House released the e-mails) a maybe of the release group and
//! of Schultz's "providing the facts". EVENT_C Fox `… Let it be known…` is the member
//! of the A.C.L.U.'s threat, `“We cannot rely…` a maybe there; HuffPost `Any plan to
//! protect Dreamers…` is the member of "the promise cannot be trusted", `“It’s
//! official…` a maybe there; Fox `He failed in that today`, NYT `But Democrats are
//! still operating…` and HuffPost `Trump and Republicans in Congress stood…` are
//! maybes beside their quotations' first parts. The group and sure-pair counts above
//! are unchanged by this.

use super::gold::GoldGroup;

pub const EVENT_A_FILES: &[&str] = &[
    "article-1f4cce14-4cf2-42d6-9ac4-9123926ef54e.json",
    "article-4f4dc5fb-84a8-4cd9-bd3a-451bda7a7b70.json",
    "article-a4389be5-a63c-4f92-bca0-f89c69407a47.json",
];

pub const EVENT_A: &[GoldGroup] = &[
    GoldGroup {
        // Romney (on Tuesday) calls on Akin to withdraw from the race
        members: &[
            (0, "Mr. Akin said over the weekend that women’s bodies"),
            (1, "Mitt Romney joined several other Republicans Tuesday"),
            (2, "Presumptive GOP presidential nominee Mitt Romney"),
        ],
        maybe: &[
            (0, "“Today, his fellow Missourians urged him"),
            (1, "Romney released a statement late Tuesday saying:"),
            (1, "Today, his fellow Missourians urged him"),
            (2, "\"Today, his fellow Missourians urged him"),
        ],
    },
    GoldGroup {
        // Romney's statement: "Today, his fellow Missourians urged him to step aside ..."
        members: &[
            (0, "“Today, his fellow Missourians urged him"),
            (1, "Today, his fellow Missourians urged him"),
            (2, "\"Today, his fellow Missourians urged him"),
        ],
        maybe: &[
            (1, "Romney released a statement late Tuesday saying:"),
            (2, "\"As I said yesterday, Todd Akin's comments"),
        ],
    },
    GoldGroup {
        // Romney's statement: "As I said yesterday, Todd Akin's comments were offensive ..."
        members: &[
            (1, "Romney released a statement late Tuesday saying:"),
            (2, "\"As I said yesterday, Todd Akin's comments"),
        ],
        maybe: &[(2, "Romney had stopped short of calling on Akin")],
    },
    GoldGroup {
        // Missouri Republican (former) senators urged Akin to step aside
        members: &[
            (0, "“Today, his fellow Missourians urged him"),
            (1, "Romney added his voice after five past and present"),
            (1, "The statement came from Missouri Sen. Roy Blunt"),
            (2, "Other officials in the GOP, including five senior"),
        ],
        maybe: &[
            (1, "In a statement released Tuesday afternoon"),
            (1, "\"The issues at stake are too big"),
            (1, "The right decision is to step aside"),
            (1, "Today, his fellow Missourians urged him"),
            (2, "\"Today, his fellow Missourians urged him"),
        ],
    },
    GoldGroup {
        // Akin refuses on Tuesday to step down / stays in the race
        members: &[
            (0, "But Mr. Akin on Tuesday refused to step down"),
            (1, "Mitt Romney joined several other Republicans Tuesday"),
            (1, "Akin, though, told Fox News host Mike Huckabee"),
            (2, "Akin, however, continued his refusal to step down"),
            (2, "Akin had also vowed to remain in the race"),
        ],
        maybe: &[
            (1, "But Akin rebuffed calls late Monday"),
            (1, "Akin's ad, and claims Monday"),
            (1, "He tweeted Monday afternoon:"),
            (2, "Akin also claimed he would help Romney"),
        ],
    },
    GoldGroup {
        // Akin believes he can still win
        members: &[
            (1, "\"I believe that we can win this,\" Akin said"),
            (2, "During the interview, Akin said he would continue"),
        ],
        maybe: &[(1, "He tweeted Monday afternoon:")],
    },
    GoldGroup {
        // Akin's claim: the female body resists pregnancy in a "legitimate rape"
        members: &[
            (0, "Mr. Akin said over the weekend that women’s bodies"),
            (1, "He claimed a woman's body can typically fend off"),
            (1, "\"If it's a legitimate rape, the female body"),
            (2, "\"If it's a legitimate rape, the female body"),
        ],
        maybe: &[
            (1, "Akin made the remarks in an interview"),
            (2, "On Sunday, Akin prompted outrage"),
        ],
    },
    GoldGroup {
        // Akin: "from what I understand from doctors, that's really rare"
        members: &[
            (1, "\"It seems to me first of all, from what I understand"),
            (
                2,
                "\"From what I understand from doctors, that's really rare",
            ),
        ],
        maybe: &[(1, "He claimed a woman's body can typically fend off")],
    },
    GoldGroup {
        // the remark drew outrage / condemnation
        members: &[
            (0, "Mr. Akin said over the weekend that women’s bodies"),
            (2, "On Sunday, Akin prompted outrage"),
        ],
        maybe: &[
            (1, "Top Senate leaders including Senate Republican Leader"),
            (1, "Akin made the remarks in an interview"),
        ],
    },
];

pub const EVENT_B_FILES: &[&str] = &[
    "article-312676c4-7676-4bc8-a4e6-ed168947ba75.json",
    "article-cb62fdc6-242a-4a95-9f03-44e1a1cd7ba2.json",
    "article-3a92b2ca-738a-4aa2-a0cb-d8aee5823a80.json",
];

pub const EVENT_B: &[GoldGroup] = &[
    GoldGroup {
        // the White House released the Benghazi talking-points e-mails on Wednesday,
        // in response to Republican charges
        members: &[
            (0, "WASHINGTON — E-mails released by the White House"),
            (0, "The White House released the e-mails to reporters"),
            (2, "WASHINGTON –- The White House on Wednesday released"),
        ],
        maybe: &[
            (0, "The 100 pages of e-mails showed"),
            (2, "In a briefing with reporters at the White House"),
            (2, "To make clear what is and is not in these e-mails"),
        ],
    },
    GoldGroup {
        // Republicans charge the talking points were altered for political reasons
        members: &[
            (0, "The White House released the e-mails to reporters"),
            (2, "Republican lawmakers have argued that the State"),
        ],
        maybe: &[
            (0, "Republicans welcomed the release of the e-mails"),
            (2, "WASHINGTON –- The White House on Wednesday released"),
            (2, "Critics have said the role of State Department"),
        ],
    },
    GoldGroup {
        // the release is meant to show intelligence agencies, not (only) State or
        // political advisers, drove the changes
        members: &[
            (0, "In releasing the e-mails, the White House was hoping"),
            (2, "In a briefing with reporters at the White House"),
        ],
        maybe: &[(0, "While the e-mails portrayed White House officials")],
    },
    GoldGroup {
        // the talking points were the ones used by U.N. Ambassador Susan Rice
        members: &[
            (0, "The 100 pages of e-mails showed"),
            (2, "In a briefing with reporters at the White House"),
        ],
        maybe: &[(0, "With time short before Ms. Rice began taping")],
    },
    GoldGroup {
        // State Department / Nuland sought to strip the references to prior
        // warnings and attacks
        members: &[
            (0, "Mr. Morell, administration officials said, deleted"),
            (
                1,
                "Draft \"talking points\" obtained by The Weekly Standard",
            ),
            (2, "They have criticized Nuland for requesting"),
        ],
        maybe: &[
            (0, "Twenty-three minutes later, Ms. Nuland sent"),
            (0, "In an e-mail to Mr. Petraeus accompanying"),
            (0, "Still, the final version of the talking points"),
            (1, "According to the excerpts, she argued"),
            (2, "In particular, they pointed to the fact"),
            (2, "Nuland said in a Sept. 14 email"),
            (2, "Critics have said the role of State Department"),
            (2, "The cache of emails paint a fuller picture"),
        ],
    },
    GoldGroup {
        // Nuland: the talking points could be abused by Congress to beat up State
        members: &[
            (0, "Twenty-three minutes later, Ms. Nuland sent"),
            (1, "According to the excerpts, she argued"),
            (2, "Nuland said in a Sept. 14 email"),
        ],
        maybe: &[(2, "They have criticized Nuland for requesting")],
    },
    GoldGroup {
        // Morell (the C.I.A.) removed the reference to the warnings
        members: &[
            (0, "Mr. Morell, administration officials said, deleted"),
            (0, "It drew attention to a draft of the talking points"),
            (2, "But senior administration officials stressed"),
            (2, "But senior administration officials on Wednesday said"),
        ],
        maybe: &[
            (0, "Mr. Morell, officials said, acted on his own"),
            (0, "Still, the final version of the talking points"),
            (2, "In particular, they pointed to the fact"),
            (2, "CIA officers also removed the reference to al Qaeda"),
        ],
    },
    GoldGroup {
        // Morell acted on his own, separately from the State Department
        members: &[
            (0, "Mr. Morell, officials said, acted on his own"),
            (2, "But senior administration officials on Wednesday said"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // concern for the F.B.I. investigation shaped the drafting
        members: &[
            (0, "The process began in earnest at 4:20 p.m."),
            (2, "That review showed that many changes were made"),
        ],
        maybe: &[
            (0, "Ten minutes later, Benjamin J. Rhodes"),
            (2, "CIA officers also removed the reference to al Qaeda"),
            (2, "A reference to another terrorist group"),
        ],
    },
    GoldGroup {
        // leaked drafts/e-mail (ABC News) portrayed State protecting itself
        members: &[
            (
                1,
                "Draft \"talking points\" obtained by The Weekly Standard",
            ),
            (2, "The cache of emails paint a fuller picture"),
        ],
        maybe: &[
            (0, "The White House released the e-mails to reporters"),
            (0, "In a report that set off the latest tempest"),
        ],
    },
    GoldGroup {
        // Republicans: the e-mails confirm the account was changed for political reasons
        members: &[
            (0, "Republicans welcomed the release of the e-mails"),
            (2, "\"Those findings are confirmed by the emails"),
        ],
        maybe: &[
            (2, "\"The House interim report found"),
            (2, "In a response shortly after the emails were made public"),
        ],
    },
    GoldGroup {
        // Republicans: the e-mails belie the White House's "only one word changed"
        members: &[
            (0, "They also said the e-mails belied"),
            (2, "\"Those findings are confirmed by the emails"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // Buck: "The seemingly political nature of the State Department's concerns ..."
        members: &[
            (0, "“The seemingly political nature"),
            (2, "The seemingly political nature"),
        ],
        maybe: &[
            (2, "In a response shortly after the emails were made public"),
            (2, "\"Those findings are confirmed by the emails"),
        ],
    },
    GoldGroup {
        // Schultz: the e-mails were "selectively and inaccurately read out to the media"
        members: &[
            (0, "“In recent days, these e-mails have been selectively"),
            (2, "“Despite the fact that e-mails relating"),
        ],
        maybe: &[(2, "UPDATE: 9 p.m. -- White House spokesman")],
    },
    GoldGroup {
        // Schultz: the process was "focused on providing the facts as we knew them"
        members: &[
            (0, "By releasing them, he said, the White House"),
            (2, "\"You can now see what the Congress has seen"),
        ],
        maybe: &[(2, "To make clear what is and is not in these e-mails")],
    },
];

pub const EVENT_C_FILES: &[&str] = &[
    "article-ba818730-bd59-4a1c-94ff-58141a581896.json",
    "article-dba3c81f-9ecf-44f3-9b71-4e47f133520c.json",
    "article-71a88bdd-b74b-4d91-8144-c5de8a0550f2.json",
];

pub const EVENT_C: &[GoldGroup] = &[
    GoldGroup {
        // Senate Democrats vote on Monday to end the shutdown in exchange for a
        // promised immigration vote
        members: &[
            (0, "WASHINGTON — The decision by Senate Democrats"),
            (1, "Yet by the time Schumer said Monday afternoon"),
            (2, "WASHINGTON ― Democrats provided votes"),
        ],
        maybe: &[
            (0, "By noon, their own ostensible allies"),
            (1, "But by the time Republicans had the 60-plus votes"),
            (2, "MoveOn.org, one of the most influential"),
        ],
    },
    GoldGroup {
        // liberals angrily accuse Schumer and the Democrats of caving
        members: &[
            (0, "WASHINGTON — The decision by Senate Democrats"),
            (0, "They accused Senator Chuck Schumer of New York"),
            (1, "Senate Democratic Leader Chuck Schumer is taking heat"),
            (2, "Liberal groups, which are deeply skeptical"),
        ],
        maybe: &[
            (0, "“They blinked because"),
            (0, "By noon, their own ostensible allies"),
            (0, "“The grass-roots are rightly furious"),
            (0, "“Once again, the party’s leaders"),
            (1, "“Today’s cave by most Senate Democrats"),
            (1, "He suddenly faced calls to rally"),
            (1, "“This deal was morally reprehensible"),
            (1, "He failed in that today"),
            (1, "Democracy for America, the political action committee"),
            (1, "But by the time Republicans had the 60-plus votes"),
            (2, "“It’s official: Chuck Schumer is the worst negotiator"),
            (2, "MoveOn.org, one of the most influential"),
            (2, "“This is a bad, outrageous deal."),
            (2, "Trump and Republicans in Congress stood with"),
        ],
    },
    GoldGroup {
        // 33 Senate Democrats voted for the deal
        members: &[
            (0, "The hasty retreat by 33 Senate Democrats"),
            (1, "But by the time Republicans had the 60-plus votes"),
            (2, "MoveOn.org, one of the most influential"),
        ],
        maybe: &[],
    },
    GoldGroup {
        // MoveOn.org condemns the Democrats who backed the deal
        members: &[
            (0, "“The grass-roots are rightly furious"),
            (2, "MoveOn.org, one of the most influential"),
        ],
        maybe: &[
            (0, "“In the Obama years, Republicans learned"),
            (0, "But Democrats are still operating as though"),
            (2, "“This is a bad, outrageous deal."),
            (2, "Trump and Republicans in Congress stood with"),
        ],
    },
    GoldGroup {
        // the A.C.L.U. threatens electoral consequences for the yes-voters
        members: &[
            (0, "Faiz Shakir, the political director"),
            (1, "… Let it be known -- we will be watching"),
        ],
        maybe: &[
            (0, "WASHINGTON — The decision by Senate Democrats"),
            (0, "By appearing to retreat on Monday"),
            (0, "Mr. Shakir said of some Democrats"),
            (1, "“Enough is enough,” said Lorella Praeli"),
            (1, "“We cannot rely on empty promises"),
        ],
    },
    GoldGroup {
        // McConnell's stated intention to take up immigration (DACA) legislation
        // if the government stays open
        members: &[
            (1, "“Assuming that the government remains open"),
            (2, "McConnell said over the weekend that he intends"),
        ],
        maybe: &[
            (0, "WASHINGTON — The decision by Senate Democrats"),
            (1, "Members of the “No, DREAM, No Deal”"),
            (1, "Yet by the time Schumer said Monday afternoon"),
            (2, "WASHINGTON ― Democrats provided votes"),
        ],
    },
    GoldGroup {
        // the stopgap runs only to Feb. 8
        members: &[
            (
                1,
                "The short-term deal now only gives Congress until Feb. 8",
            ),
            (2, "And if McConnell doesn’t follow through"),
        ],
        maybe: &[
            (1, "\"Nobody knows for sure that the Republicans"),
            (2, "McConnell said over the weekend that he intends"),
        ],
    },
    GoldGroup {
        // liberals: the Republicans' promise cannot be trusted
        members: &[
            (1, "“We cannot rely on empty promises"),
            (2, "Liberal groups, which are deeply skeptical"),
            (2, "Any plan to protect Dreamers that relies"),
        ],
        maybe: &[
            (0, "Regardless of what happens in the Senate"),
            (0, "Mr. Shakir said of some Democrats"),
            (1, "Members of the “No, DREAM, No Deal”"),
            (2, "“It’s official: Chuck Schumer is the worst negotiator"),
            (2, "Other Democrats, such as Sen. Kamala Harris"),
            (2, "“I don’t believe he made any commitment"),
        ],
    },
    GoldGroup {
        // no assurance the House will take up / pass the bill
        members: &[
            (0, "Regardless of what happens in the Senate"),
            (2, "The admission left some Senate Democrats encouraged"),
        ],
        maybe: &[
            (2, "Liberal groups, which are deeply skeptical"),
            (2, "Other Democrats, such as Sen. Kamala Harris"),
            (2, "“I don’t think I can guarantee a House outcome"),
        ],
    },
    GoldGroup {
        // Democrats voted on Friday against (blocked) the funding bill
        members: &[
            (0, "Right now, only one Democratic senator faces"),
            (1, "The four-term New York senator and the dozens"),
        ],
        maybe: &[(1, "Schumer and fellow Senate Democrats forced the shutdown")],
    },
    GoldGroup {
        // Democrats who voted yes claim the bipartisan deal as a success
        members: &[
            (0, "Of the 10 Democrats who gathered outside"),
            (2, "For now, though, Democrats who voted to reopen"),
        ],
        maybe: &[
            (0, "“If you want results, you have to compromise"),
            (2, "The admission left some Senate Democrats encouraged"),
            (2, "“I don’t think I can guarantee a House outcome"),
        ],
    },
];
