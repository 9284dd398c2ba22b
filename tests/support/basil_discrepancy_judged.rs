//! Hand judgements of every discrepancy the engine flagged on the 45 BASIL-dev
//! events (NYT, Fox News, HuffPost), by helpers who judged the flags blind to the
//! engine's rules: whether the values fill the same slot of the same fact (for a
//! quote: render one utterance) and the verdict is the right one. Read by
//! `tests/discrepancy_eval.rs`. An entry is (event id prefix, kind, verdict,
//! values as (article in file-name order, text), right, why).

pub type Judged = (
    &'static str,
    &'static str,
    &'static str,
    &'static [(usize, &'static str)],
    bool,
    &'static str,
);

pub const JUDGED: &[Judged] = &[
    (
        "08bb9bee",
        "quote",
        "compatible",
        &[
            (
                1,
                "It seems to me first of all, from what I understand from doctors, that's really rare",
            ),
            (2, "From what I understand from doctors, that's really rare"),
        ],
        true,
        "The Fox value is an excerpt of the longer NYT quote.",
    ),
    (
        "1bb79cc1",
        "verb",
        "compatible",
        &[(0, "suggest"), (1, "argued")],
        true,
        "Republicans 'suggest'/'argued' the same claim (talking points altered for political reasons).",
    ),
    (
        "2153fb3e",
        "quote",
        "compatible",
        &[
            (0, "I trust in God"),
            (
                2,
                "I trust in God, but God wants to see us help ourselves by putting people back to work",
            ),
        ],
        true,
        "Same Obama utterance; 'I trust in God' is an excerpt of the full quote, no words changed.",
    ),
    (
        "2153fb3e",
        "quote",
        "compatible",
        &[
            (
                0,
                "but God wants to see us help ourselves by putting people back to work!",
            ),
            (
                2,
                "I trust in God, but God wants to see us help ourselves by putting people back to work",
            ),
        ],
        true,
        "Same utterance; the second half is an excerpt of the full sentence, only punctuation differs.",
    ),
    (
        "2153fb3e",
        "quote",
        "contradict",
        &[
            (2, "not putting people back to work"),
            (
                0,
                "but God wants to see us help ourselves by putting people back to work!",
            ),
        ],
        false,
        "'Not putting people back to work' is a different remark (about the House vote) from the 'God wants' line.",
    ),
    (
        "22b6e900",
        "quote",
        "compatible",
        &[
            (0, "farmer from Iowa who never went to law school"),
            (
                1,
                "a farmer from Iowa who never went to law school, never practiced law",
            ),
            (
                2,
                "Or you might have a farmer from Iowa who never went to law school, never practiced law, serving as the next chair of the Senate Judiciary Committee",
            ),
        ],
        true,
        "Same Braley remark quoted in shorter and longer cuts with identical shared words.",
    ),
    (
        "22b6e900",
        "quote",
        "compatible",
        &[
            (1, "anyone I may have offended"),
            (
                2,
                "I apologize to Sen. Grassley and anyone I may have offended",
            ),
        ],
        true,
        "Excerpt of Braley's apology.",
    ),
    (
        "22b6e900",
        "quote",
        "compatible",
        &[
            (
                0,
                "To put this in stark contrast, if you help me win this race you may have someone with your background, your experience, your voice, someone who’s been literally fighting tort reform for thirty years, in a visible or public way, on the Senate Judiciary Committee",
            ),
            (
                2,
                "If you help me win this race, you may have someone with your background, your experience, your voice ... on the Senate Judiciary Committee",
            ),
        ],
        true,
        "HuffPost uses an ellipsis to excerpt the same Braley line.",
    ),
    (
        "2b9468af",
        "verb",
        "compatible",
        &[(0, "said"), (2, "warned")],
        true,
        "(coordinator) Rice said / warned that the speech will be destructive: one speaker, one claim, two verbs of saying.",
    ),
    (
        "2b9468af",
        "quote",
        "contradict",
        &[
            (
                0,
                "What has happened over the last several weeks, by virtue of the invitation that was issued by the Speaker [John Boehner] and the acceptance of it by Prime Minister Netanyahu two weeks in advance of his election, is that on both sides, there has now been injected a degree of partisanship, which is not only unfortunate, I think it's destructive of the fabric of the relationship",
            ),
            (
                1,
                "injected a degree of partisanship, which is not only unfortunate, I think it’s destructive of the fabric of the relationship",
            ),
            (2, "It's destructive to the fabric of the relationship"),
        ],
        true,
        "Same Rice utterance; HuffPost has 'destructive to the fabric' where the others have 'destructive of', a changed word.",
    ),
    (
        "2b9468af",
        "quote",
        "compatible",
        &[
            (
                1,
                "We offered the prime minister an opportunity to balance the politically divisive invitation from Speaker Boehner with a private meeting with Democrats who are committed to keeping the bipartisan support of Israel strong",
            ),
            (
                2,
                "We offered the prime minister an opportunity to balance the politically divisive invitation from Speaker Boehner.",
            ),
        ],
        true,
        "HuffPost cuts Durbin's statement short.",
    ),
    (
        "2b9468af",
        "quote",
        "compatible",
        &[
            (
                1,
                "could compound the misperception of partisanship regarding my upcoming visit.",
            ),
            (2, "compound the misperception of partisanship"),
        ],
        true,
        "Excerpt of Netanyahu's letter phrase.",
    ),
    (
        "2ec04201",
        "quote",
        "compatible",
        &[
            (
                0,
                "Mitt Romney’s Medicare ad is dishonest and hypocritical.",
            ),
            (2, "dishonest and hypocritical"),
        ],
        true,
        "Same Lis Smith statement; 'dishonest and hypocritical' is an excerpt.",
    ),
    (
        "2ec04201",
        "quote",
        "compatible",
        &[
            (0, "do not cut a single guaranteed Medicare benefit."),
            (
                2,
                "The savings his ad attacks do not cut a single guaranteed Medicare benefit, and Mitt Romney embraced the very same savings when he promised he’d sign Paul Ryan’s budget",
            ),
        ],
        true,
        "Same Smith statement; the shorter version is an excerpt of the longer one.",
    ),
    (
        "38f7cbb7",
        "quote",
        "contradict",
        &[
            (
                1,
                "who directly or indirectly, promises any employment, position, compensation, contract, appointment, or any other benefit",
            ),
            (
                2,
                "Whoever, directly or indirectly, promises any employment, position, compensation...appointment...provided for or made possible in whole or in part by any Act of Congress...to any person as consideration, favor, or reward for any political activity...or in connection with any primary election ...shall be fined under this title or imprisoned not more than one year, or both.",
            ),
        ],
        true,
        "Same statute text, but 'who' versus 'Whoever' is a changed word in the shared part.",
    ),
    (
        "3ae35b16",
        "quote",
        "contradict",
        &[
            (
                0,
                "We’re going to confront the national security crisis on our southern border … one way or the other, we have to do it",
            ),
            (
                1,
                "We’re going to confront the national security crisis on our southern border, and we’re going to do it one way or the other",
            ),
        ],
        false,
        "Fox's ellipsis marks an omission ('... one way or the other, we have to do it'), so it's an excerpt, not a disagreement.",
    ),
    (
        "3ae35b16",
        "quote",
        "contradict",
        &[
            (
                0,
                "Then we’ll end up in the Supreme Court, and hopefully we’ll get a fair shake, and we’ll win at the Supreme Court -- just like the [travel] ban.",
            ),
            (1, "And we’ll win in the Supreme Court"),
        ],
        true,
        "Same Trump Rose Garden line; 'win at the Supreme Court' vs 'win in the Supreme Court' is a changed word.",
    ),
    (
        "3ae35b16",
        "quote",
        "compatible",
        &[
            (
                1,
                "I didn’t need to do this, but I’d rather do it much faster",
            ),
            (2, "But I’d rather do it much faster."),
        ],
        true,
        "Excerpt.",
    ),
    (
        "472158a1",
        "quote",
        "contradict",
        &[
            (
                0,
                "Throughout his career, Trump has left behind a well-documented record of bankruptcies, thousands of lawsuits, angry stockholders and contractors who feel cheated and disillusioned customers who feel ripped off",
            ),
            (
                2,
                "left behind a well-documented record of bankruptcies and thousands of lawsuits and angry shareholders and contractors who feel cheated and disillusioned customers who feel ripped off.",
            ),
        ],
        true,
        "'stockholders' vs 'shareholders' and the added 'and's are real word differences in the same Bloomberg line.",
    ),
    (
        "472158a1",
        "quote",
        "compatible",
        &[
            (
                0,
                "Truth be told, the richest thing about Donald Trump is his hypocrisy",
            ),
            (2, "the richest thing about Donald Trump is his hypocrisy."),
        ],
        true,
        "Excerpt without 'Truth be told'.",
    ),
    (
        "70c744ad",
        "quote",
        "compatible",
        &[
            (
                0,
                "committed and loving gay and lesbian married couples will now be treated equally under our nation’s federal tax laws, regardless of what state they call home.",
            ),
            (
                1,
                "Committed and loving gay and lesbian married couples will now be treated equally under our nation’s federal tax laws, regardless of what state they call home",
            ),
            (
                2,
                "With today’s ruling, committed and loving gay and lesbian married couples will now be treated equally under our nation’s federal tax laws, regardless of what state they call home",
            ),
        ],
        true,
        "HuffPost adds 'With today's ruling'; the others are excerpts.",
    ),
    (
        "74708dbf",
        "quote",
        "compatible",
        &[
            (
                0,
                "Dear Members, Please join me for a private conference call",
            ),
            (1, "for a private conference call"),
        ],
        true,
        "Excerpt of Steele's note.",
    ),
    (
        "79bf99c6",
        "quote",
        "contradict",
        &[
            (
                0,
                "differentiate between us and the administration coming in January.",
            ),
            (
                1,
                "How we go forward in our caucus to put forth our values, which are what unite us a caucus, to differentiate between us and the administration that will come into Washington in January, to take that message clearly to the public, is something that is a historic challenge.",
            ),
        ],
        true,
        "Same Pelosi post-vote remark; 'administration coming in January' vs 'administration that will come into Washington in January' changes the words.",
    ),
    (
        "79bf99c6",
        "date",
        "contradict",
        &[(0, "2002"), (1, "2003")],
        true,
        "Same fact (leader since when): 2002 vs 2003 conflict.",
    ),
    (
        "7a97de89",
        "quote",
        "contradict",
        &[
            (0, "D-Money, Smoothie (and) Shifty"),
            (1, "Smoothie, D-Money and Shifty"),
        ],
        true,
        "Same LePage names in a different order.",
    ),
    (
        "7a97de89",
        "verb",
        "compatible",
        &[(0, "said"), (1, "claimed")],
        true,
        "'said' vs 'claimed' for LePage's same January claim.",
    ),
    (
        "7a97de89",
        "quote",
        "compatible",
        &[
            (
                1,
                "What I have is a backbone, and I want to move Maine forward.",
            ),
            (2, "What I have is a backbone."),
        ],
        true,
        "Excerpt.",
    ),
    (
        "7a97de89",
        "quote",
        "contradict",
        &[
            (
                1,
                "With all due respect, I completely disagree with Fredette’s position",
            ),
            (
                2,
                "With all due respect, I completely disagree with Representative Fredette’s position",
            ),
        ],
        true,
        "'Representative' inserted in the middle of Thibodeau's quote is a word difference (borderline, arguably a word left out).",
    ),
    (
        "7f9c83f7",
        "quote",
        "compatible",
        &[
            (0, "ineffective at best and dangerously negligent at worst."),
            (
                2,
                "We simply cannot afford to elect as our next president one of the leading agents of this administration's foreign policy — a leader from yesterday whose tenure as secretary of state was ineffective at best and dangerously negligent at worst",
            ),
        ],
        true,
        "Same Rubio line; the shorter one is an excerpt.",
    ),
    (
        "8385a996",
        "quote",
        "compatible",
        &[
            (
                1,
                "highly inappropriate that a United States Supreme Court judge gets involved in a political campaign.",
            ),
            (
                2,
                "I think it’s highly inappropriate that a United States Supreme Court judge gets involved in a political campaign, frankly",
            ),
        ],
        true,
        "Excerpt of Trump's line.",
    ),
    (
        "84b3c118",
        "quote",
        "compatible",
        &[
            (
                0,
                "When you open your heart to patriotism, there is no room for prejudice",
            ),
            (2, "There is no room for prejudice."),
        ],
        true,
        "Excerpt of Trump's inaugural line.",
    ),
    (
        "84b3c118",
        "quote",
        "compatible",
        &[
            (
                0,
                "This American carnage stops right here and stops right now",
            ),
            (2, "stops right here and stops right now."),
        ],
        true,
        "Same line; Fox splits it around 'he declared'.",
    ),
    (
        "84b3c118",
        "quote",
        "compatible",
        &[
            (2, "This American carnage"),
            (
                0,
                "This American carnage stops right here and stops right now",
            ),
        ],
        true,
        "Same inaugural line, which HuffPost splits; 'This American carnage' is an excerpt.",
    ),
    (
        "85475456",
        "name",
        "compatible",
        &[(0, "Paris Island"), (1, "Parris Island")],
        true,
        "Parris Island misspelled as Paris Island.",
    ),
    (
        "85475456",
        "quote",
        "contradict",
        &[
            (
                0,
                "We have learned something very important since the days that I served in Vietnam... whatever we think about the war, whatever we call it 'Afghanistan or Iraq, we owe our military men and women unconditional support.",
            ),
            (
                2,
                "We have learned something important since the days that I served in Vietnam",
            ),
        ],
        true,
        "Same Blumenthal sentence; 'very' is dropped in one version.",
    ),
    (
        "8dc7ccfe",
        "quote",
        "contradict",
        &[
            (
                1,
                "I believe that, based upon the interview he gave today on ABC, it said that he had changed his view, but you’re a better judge of that than I am",
            ),
            (
                2,
                "I believe that based upon the interview that he gave today on ABC it said that he had changed his view, but you’re a better judge of that than I",
            ),
        ],
        true,
        "Same Romney line with 'that' added and 'am' dropped: a real word difference.",
    ),
    (
        "96b7046f",
        "date",
        "contradict",
        &[(0, "Monday"), (2, "Friday")],
        false,
        "Monday is when she resigned and Friday is when she apologized: dates of different events.",
    ),
    (
        "96b7046f",
        "quote",
        "contradict",
        &[
            (0, "dress like you deserve respect, not a spot at a bar."),
            (1, "a spot at the bar."),
            (2, "dress like you deserve respect, not a spot at a bar"),
        ],
        true,
        "Same Lauten post; 'a spot at the bar' vs 'a spot at a bar' changes a word.",
    ),
    (
        "96b7046f",
        "quote",
        "compatible",
        &[
            (
                0,
                "coming up a little short in the ‘good role model’ department",
            ),
            (
                1,
                "your mother and father don’t respect their positions very much, or the nation for that matter, so I’m guessing you’re coming up a little short in the 'good role model' department.",
            ),
        ],
        true,
        "Same Lauten sentence; NYT quotes an excerpt with identical words.",
    ),
    (
        "96b7046f",
        "quote",
        "compatible",
        &[
            (
                0,
                "don’t respect their positions very much, or the nation for that matter.",
            ),
            (
                1,
                "your mother and father don’t respect their positions very much, or the nation for that matter, so I’m guessing you’re coming up a little short in the 'good role model' department.",
            ),
        ],
        true,
        "Same Lauten sentence; NYT quotes an excerpt with identical words.",
    ),
    (
        "96b7046f",
        "quote",
        "compatible",
        &[
            (
                0,
                "judged the two young ladies in a way that I would never have wanted to be judged myself as a teenager.",
            ),
            (
                2,
                "I reacted to an article and quickly judged the two young ladies in a way that I would never have wanted to be judged myself as a teenager",
            ),
        ],
        true,
        "Same apology sentence; the shorter one is an excerpt.",
    ),
    (
        "97566c74",
        "quote",
        "compatible",
        &[
            (
                0,
                "It is very important to me that the right Republican candidate be chosen to defeat the failed and very destructive Obama administration, but if that Republican, in my opinion, is not the right candidate, I am not willing to give up my right to run as an independent candidate",
            ),
            (
                1,
                "But if that Republican, in my opinion, is not the right candidate, I am not willing to give up my right to run as an independent candidate.",
            ),
        ],
        true,
        "Second half vs full statement.",
    ),
    (
        "97566c74",
        "quote",
        "compatible",
        &[
            (
                1,
                "It is very important to me that the right Republican candidate be chosen to defeat the failed and very destructive Obama administration",
            ),
            (
                0,
                "It is very important to me that the right Republican candidate be chosen to defeat the failed and very destructive Obama administration, but if that Republican, in my opinion, is not the right candidate, I am not willing to give up my right to run as an independent candidate",
            ),
        ],
        true,
        "NYT splits Trump's statement; excerpt.",
    ),
    (
        "aab91277",
        "quote",
        "contradict",
        &[
            (
                0,
                "contacted by senior Trump Campaign officials to inquire about future releases",
            ),
            (
                2,
                "A senior Trump campaign official was directed to contact Stone about any additional releases and what other damaging information Organization 1 had regarding the Clinton campaign",
            ),
        ],
        false,
        "Two different passages of the indictment (officials contacted Stone vs an official directed to contact Stone), not one utterance.",
    ),
    (
        "aab91277",
        "quote",
        "contradict",
        &[
            (0, "I look forward to being fully and completely vindicated"),
            (1, "looks forward to being fully and completely vindicated."),
            (2, "I look forward to being fully and completely vindicated"),
        ],
        false,
        "'I look' vs Fox's reported 'looks forward' is a shift to third person for indirect framing, not genuinely different words (borderline).",
    ),
    (
        "aab91277",
        "quote",
        "compatible",
        &[
            (
                1,
                "There is no circumstance whatsoever under which I will bear false witness against the president, nor will I make up lies.",
            ),
            (
                2,
                "There is no circumstance whatsoever under which I will bear false witness against the president, nor will I make up lies to ease the pressure on myself",
            ),
        ],
        true,
        "Fox cuts Stone's line short.",
    ),
    (
        "ae243a95",
        "quote",
        "compatible",
        &[
            (
                0,
                "[W]e write to inform you that we will not agree to invoke cloture on the motion to proceed to any legislative item until the Senate has acted to fund the government and we have prevented the tax increase that is currently awaiting all American taxpayers.",
            ),
            (
                1,
                "any legislative item until the Senate has acted to fund the government and we have prevented the tax increase that is currently awaiting all American taxpayers.",
            ),
        ],
        true,
        "Excerpt of the GOP letter.",
    ),
    (
        "ae243a95",
        "verb",
        "compatible",
        &[(0, "stated"), (2, "warning")],
        true,
        "(coordinator) the letter stated / was warning that they will block business: one speaker (the letter), one claim.",
    ),
    (
        "b4dbeda7",
        "quote",
        "contradict",
        &[
            (
                0,
                "The fact is that every day that passes, Iran gets closer and closer to a nuclear bomb",
            ),
            (
                2,
                "The fact is that every day that passes, Iran gets closer and closer to nuclear arms",
            ),
        ],
        true,
        "'a nuclear bomb' vs 'nuclear arms' in the same Netanyahu line.",
    ),
    (
        "b4dbeda7",
        "quote",
        "compatible",
        &[
            (
                0,
                "President Obama has said that he is determined to prevent Iran from getting nuclear weapons",
            ),
            (
                1,
                "President Obama has said that he’s determined to prevent Iran from getting nuclear weapons and I appreciate that and I respect that",
            ),
        ],
        true,
        "Longer vs shorter cut; he is/he's is just a contraction.",
    ),
    (
        "b5eefefb",
        "quote",
        "contradict",
        &[
            (
                0,
                "As the vice president very well knows ... sometimes the words don't come out of your mouth the right way.",
            ),
            (
                1,
                "With respect to that quote, I think the vice president very well knows that sometimes the words don't come out of your mouth the right way.",
            ),
            (
                2,
                "I think the vice president very well knows that sometimes the words don’t come out of your mouth the right way",
            ),
        ],
        true,
        "Fox's 'As the vice president very well knows' changes Ryan's 'I think the vice president...'.",
    ),
    (
        "c5534b7e",
        "quote",
        "compatible",
        &[
            (0, "highly unusual, if not unprecedented"),
            (
                1,
                "email arrangement with herself is highly unusual, if not unprecedented",
            ),
        ],
        true,
        "Excerpt of Gowdy's letter.",
    ),
    (
        "c5534b7e",
        "quote",
        "compatible",
        &[
            (
                0,
                "Toward that end and because of the Secretary’s unique arrangement with herself as it relates to public records during and after her tenure as Secretary of State, this Committee is left with no alternative but to request Secretary Clinton appear before this Committee for a transcribed interview to better understand decisions the Secretary made relevant to the creation, maintenance, retention, and ultimately deletion of public records",
            ),
            (
                2,
                "This committee is left with no alternative but to request Secretary Clinton appear before this committee for a transcribed interview to better understand decisions the secretary made relevant to the creation, maintenance, retention, and ultimately deletion of public records",
            ),
        ],
        true,
        "Excerpt of Gowdy's letter.",
    ),
    (
        "c5534b7e",
        "quote",
        "compatible",
        &[
            (
                1,
                "a transcribed interview would best protect Secretary Clinton’s privacy, the security of the information queried and the public’s interest in ensuring this committee has all information needed to accomplish the task set before it.",
            ),
            (
                2,
                "The committee believes a transcribed interview would best protect Secretary Clinton’s privacy, the security of the information queried, and the public’s interest in ensuring this committee has all information needed to accomplish the task set before it",
            ),
        ],
        true,
        "NYT drops 'The committee believes'; excerpt.",
    ),
    (
        "c6a0e65c",
        "quote",
        "contradict",
        &[
            (
                0,
                "There should be no one-on-one meeting between this president and Putin",
            ),
            (
                2,
                "There should be no one-on-one meeting between President Trump and Vladimir Putin",
            ),
        ],
        true,
        "Same Warner remark: 'this president and Putin' vs 'President Trump and Vladimir Putin'.",
    ),
    (
        "c6a0e65c",
        "quote",
        "compatible",
        &[
            (
                1,
                "If President Trump is not prepared to hold Putin accountable, the summit in Helsinki should not move forward.",
            ),
            (2, "should not move forward."),
        ],
        true,
        "Same McCain tweet; 'should not move forward' is an excerpt.",
    ),
    (
        "c6a0e65c",
        "quote",
        "compatible",
        &[
            (2, "is not prepared to hold Putin accountable"),
            (
                1,
                "If President Trump is not prepared to hold Putin accountable, the summit in Helsinki should not move forward.",
            ),
        ],
        true,
        "Same McCain tweet; the quoted clause is an excerpt with identical words.",
    ),
    (
        "c6a0e65c",
        "quote",
        "compatible",
        &[
            (
                1,
                "until Russia takes demonstrable and transparent steps to prove that they won’t interfere in future elections.",
            ),
            (
                2,
                "Russia takes demonstrable and transparent steps to prove that they won’t interfere in future elections.",
            ),
        ],
        true,
        "Excerpt of Schumer's line.",
    ),
    (
        "c9e4d35f",
        "verb",
        "compatible",
        &[(0, "claimed"), (1, "said")],
        false,
        "Different speakers and claims: BuzzFeed's report 'claimed' vs the officials 'said' Cohen acknowledged being told to lie.",
    ),
    (
        "c9e4d35f",
        "quote",
        "compatible",
        &[
            (
                0,
                "Our committee is already working to secure additional witness testimony and documents related to the Trump Tower Moscow deal and other investigative matters",
            ),
            (
                2,
                "already working to secure additional witness testimony and documents related to the Trump Tower Moscow deal and other investigative matters.",
            ),
        ],
        true,
        "Excerpt of Schiff's line.",
    ),
    (
        "ccf19ab6",
        "quote",
        "contradict",
        &[
            (
                0,
                "The principles aren't combined, written out yet, but in my personal belief I think it'll go with legal status that will allow you to work and pay your taxes",
            ),
            (
                2,
                "The principles aren’t written yet, but in my personal belief, I think it’ll go with legal status that will allow you to work and pay taxes",
            ),
        ],
        true,
        "McCarthy line: 'combined, written out' vs 'written' and 'your taxes' vs 'taxes'.",
    ),
    (
        "d3a1ce0a",
        "date",
        "compatible",
        &[(1, "June 25"), (2, "June")],
        true,
        "Special election date: 'June 25' vs the vaguer 'June'.",
    ),
    (
        "d3a1ce0a",
        "quote",
        "contradict",
        &[
            (
                0,
                "Tom Brady, George Clooney, James Bond, the president have nothing on Mo.",
            ),
            (
                1,
                "Tom Brady, George Clooney, James Bond and the president have nothing on Mo.",
            ),
        ],
        true,
        "'James Bond, the president' vs 'James Bond and the president': a word added.",
    ),
    (
        "d3a1ce0a",
        "name",
        "compatible",
        &[(1, "Stacey"), (2, "Stacy")],
        true,
        "Stacey vs Stacy, same person.",
    ),
    (
        "df5fe55a",
        "quote",
        "compatible",
        &[
            (0, "would significantly increase the risk"),
            (1, "significantly increase the risk"),
        ],
        true,
        "Same Summers phrase; 'would' lies outside the quote in one version, and no word inside it is changed.",
    ),
    (
        "df5fe55a",
        "quote",
        "contradict",
        &[
            (
                1,
                "If they [Democrats] don't pass this bill in the next couple weeks it will materially increase the risk that the economy would stall out and we would have a double dip",
            ),
            (
                2,
                "materially increases the risk that this economy will stall out.",
            ),
        ],
        false,
        "Fox's 'materially increases the risk that this economy will stall out' is a separate remark; Fox quotes the matching line separately.",
    ),
    (
        "df5fe55a",
        "quote",
        "contradict",
        &[
            (
                2,
                "To pass this bill in the next couple of weeks would materially increase the risk that the economy would stall out and we would have a double dip",
            ),
            (
                1,
                "If they [Democrats] don't pass this bill in the next couple weeks it will materially increase the risk that the economy would stall out and we would have a double dip",
            ),
        ],
        true,
        "Same Summers line: 'If they don't pass... it will' vs 'To pass... would'.",
    ),
    (
        "df6a55fb",
        "quote",
        "contradict",
        &[
            (
                0,
                "We need to use whatever compulsory mechanism necessary to get the information he possesses … the Fifth Amendment right not to provide materials or documents is limited",
            ),
            (
                2,
                "And I think we need to use whatever compulsory methods are necessary to get the information that he possesses.",
            ),
        ],
        true,
        "Schiff: 'compulsory mechanism' vs 'compulsory methods are', plus 'I think' and 'that'.",
    ),
    (
        "df6a55fb",
        "quote",
        "compatible",
        &[
            (
                0,
                "will be designed to maximize our chance of getting the information that we need",
            ),
            (
                2,
                "Those subpoenas will be designed to maximize our chance of getting the information that we need",
            ),
        ],
        true,
        "Excerpt.",
    ),
    (
        "eb17fa36",
        "quote",
        "compatible",
        &[
            (0, "tens of thousands of dollars"),
            (
                2,
                "tens of thousands of dollars on smaller purchases, including fast food, movie tickets, golf outings, video games, coffee, groceries, home utilities and expensive meals",
            ),
        ],
        true,
        "Same indictment phrase; 'tens of thousands of dollars' is an excerpt of the longer quote.",
    ),
    (
        "eb17fa36",
        "quote",
        "compatible",
        &[
            (
                0,
                "Family dental bills paid with campaign funds were characterized as a charitable contribution to ‘Smiles for Life,’",
            ),
            (2, "Smiles for Life."),
        ],
        true,
        "Same press-release sentence; HuffPost quotes only the 'Smiles for Life' part, with identical words.",
    ),
    (
        "eb17fa36",
        "quote",
        "compatible",
        &[
            (
                0,
                "According to the indictment, the Hunters knew that many of their desired purchases could be made only by using campaign funds, since they did not otherwise have sufficient personal funds to pay for their purchases",
            ),
            (
                1,
                "The Hunters knew that many of their desired purchases could be made only by using campaign funds, since they did not otherwise have sufficient personal funds to pay for their purchases.",
            ),
        ],
        true,
        "Fox adds 'According to the indictment'; otherwise the same.",
    ),
];
