// Speakers as news copy writes them on the web: names with invisible
// characters inside, a full name seen only as an owner, a party-state tag
// that ends a sentence, a place and its state between the name and a
// relative clause. Each case runs in the grid of contexts of
// quote_test_util.h.
#include "tests/quote_test_util.h"

namespace quotes {
namespace testing {
namespace {

// Web copy carries zero-width spaces, soft hyphens and no-break spaces in
// names; a speaker's name is the words a reader sees.
const QuoteCase kInvisibleCharacters[] = {
    {"zero_width_space_after_a_first_name",
     "“We did more than anyone asked,” said Anne\u200b Marie Fox.",
     "We did more than anyone asked", kDirect, "Anne Marie Fox"},
    {"zero_width_space_inside_a_surname",
     "Dolores La\u200bPlante was at the meeting on Monday. “I am angry about "
     "the delay,” LaPlante said.",
     "I am angry about the delay", kDirect, "Dolores LaPlante"},
    {"soft_hyphen_inside_a_surname",
     "“We did our best with the money,” said Thomas Mul\u00adcair.",
     "We did our best with the money", kDirect, "Thomas Mulcair"},
    {"no_break_space_between_names",
     "The ministry hired Laura\u00a0Chen as an adviser. “It was a hard job,” "
     "Chen said.",
     "It was a hard job", kDirect, "Laura Chen"},
};
QUOTE_GRID(InvisibleCharactersTest, kInvisibleCharacters);

// Police and legal ranks abbreviated before a name, as crime and court
// copy writes them: the stop after the rank ends no sentence, and the rank
// is the speaker's title.
const QuoteCase kRanks[] = {
    {"constable_before_a_name_with_a_particle",
     "“The victim was taken to hospital,” Const. Caroline de Kloet said.",
     "The victim was taken to hospital", kDirect, "Caroline de Kloet"},
    {"constable_after_said",
     "“We are asking for witnesses,” said Const. Caroline Smith of Toronto "
     "police.",
     "We are asking for witnesses", kDirect, "Caroline Smith"},
    {"rcmp_constable",
     "“The road will stay closed overnight,” Cst. Mark Dubois said.",
     "The road will stay closed overnight", kDirect, "Mark Dubois"},
    {"detective",
     "Det. Ana Ruiz said the suspect fled on foot.",
     "the suspect fled on foot", kIndirect, "Ana Ruiz"},
    {"inspector",
     "“No one else was hurt,” Insp. Paul Hart said.",
     "No one else was hurt", kDirect, "Paul Hart"},
    {"corporal",
     "“The driver was not injured,” Cpl. Joe Lee said.",
     "The driver was not injured", kDirect, "Joe Lee"},
    {"attorney_general",
     "“The law is clear,” Atty. Gen. Maura Dale said.",
     "The law is clear", kDirect, "Maura Dale"},
};
QUOTE_GRID(RanksTest, kRanks);

// A surname alone names the person the article names in full, wherever the
// full name stands.
const QuoteCase kSurnames[] = {
    {"full_name_seen_only_as_an_owner",
     "The plan was drafted by Damon Green’s office last spring. “We did our "
     "best,” Green said.",
     "We did our best", kDirect, "Damon Green"},
    {"full_name_seen_only_as_an_owner_with_a_straight_apostrophe",
     "The report came from Odile Marchand's team. Marchand said the figures "
     "were checked twice.",
     "the figures were checked twice", kIndirect, "Odile Marchand"},
    {"party_state_tag_ends_the_sentence_before_a_surname",
     "The bill was backed by Sen. Richard Blumenthal, D-Conn. Schumer said he "
     "would vote for it as well.",
     "he would vote for it as well", kIndirect, "Schumer"},
    {"place_and_state_before_a_relative_clause",
     "Mary Kent, 44, of Dover, Del., who came by bus, said the hall was too "
     "hot.",
     "the hall was too hot", kIndirect, "Mary Kent"},
    {"place_and_state_after_of_before_a_relative_clause",
     "Joan Fry, of Springfield, Ill., who watched the ceremony on a screen, "
     "said the event was moving.",
     "the event was moving", kIndirect, "Joan Fry"},
};
QUOTE_GRID(SurnamesTest, kSurnames);

// Two people of one surname: an honorific's gender tells them apart, and a
// bare surname is the one the article does not call by honorific and
// surname.
const QuoteCase kOneSurnameTwoPeople[] = {
    {"honorific_gender_picks_the_wife",
     "Former first lady Michelle Obama spoke first. President Barack Obama "
     "agreed. “It matters,” Obama said. “Vote in November,” Mrs. Obama said.",
     "Vote in November", kDirect, "Michelle Obama"},
    {"bare_surname_is_not_the_one_called_mrs",
     "Donald Trump spoke at the rally on Monday. His wife, Melania Trump, also "
     "attended. “I am so proud of my husband,” Mrs. Trump said. “She is a "
     "great woman,” Trump said.",
     "She is a great woman", kDirect, "Donald Trump"},
};
QUOTE_GRID(OneSurnameTwoPeopleTest, kOneSurnameTwoPeople);

// An honorific before a name after "the" makes it a person's: "the Rev. Al
// Sharpton".
const QuoteCase kHonorificAfterArticle[] = {
    {"reverend_after_the",
     "By 9 a.m. Sunday, the Rev. Al Sharpton began taking calls. “Not voting "
     "is an insult to the president,” Mr. Sharpton said.",
     "Not voting is an insult to the president", kDirect, "Al Sharpton"},
};
QUOTE_GRID(HonorificAfterArticleTest, kHonorificAfterArticle);

// A pronoun far from its speaker's last quote: the person who spoke and is
// named again close before it.
const QuoteCase kPronounAfterRenaming[] = {
    {"she_after_the_surname_again",
     "“He started his business with borrowed money,” Anna Berg said.\n\n"
     "The line may as well have been lifted from the script the party used in "
     "2012, when the president painted his rival as a rich man who inherited "
     "much of his wealth, gamed the tax code and looked down on most voters. "
     "The question is why it took so long to use it. In the weeks before the "
     "debate, aides were coy about whether they would change their approach, "
     "despite weeks of falling poll numbers and growing concern in the party "
     "about the direction of the campaign and its message to working people.\n\n"
     "Party officials had urged a change for months. Some argued that the "
     "economic message had been lost in a summer of attacks on temperament, "
     "others that the two lines of attack could run side by side without "
     "confusing anyone. Polls taken in three states over the summer showed "
     "voters unsure of what the campaign stood for, and donors asked for a "
     "sharper message in meetings across the country in August and September, "
     "several people who attended those meetings said afterwards.\n\n"
     "“We argued both,” said Paul Grant, a campaign spokesman. “Both matter.”\n\n"
     "On Monday night, Berg leaned in heavy and often. She started off with "
     "the minimum wage, then turned to his record.\n\n"
     "“Why won’t he release his tax returns?” she said.",
     "Why won’t he release his tax returns", kDirect, "Anna Berg"},
};
QUOTE_GRID(PronounAfterRenamingTest, kPronounAfterRenaming);

// A subordinate clause that opens the sentence ends what was said at its
// comma, and its opening word is no title.
const QuoteCase kSubordinateClauses[] = {
    {"when_clause",
     "When Anna Berg noted that the plan was late, the mayor laughed.",
     "the plan was late", kIndirect, "Anna Berg"},
};
QUOTE_GRID(SubordinateClausesTest, kSubordinateClauses);

const NonQuoteCase kMainClauseIsNotSaid[] = {
    {"main_clause_after_when",
     "When Anna Berg noted that the plan was late, the mayor laughed.",
     "the mayor laughed"},
};
NON_QUOTE_GRID(MainClauseIsNotSaidTest, kMainClauseIsNotSaid);

TEST(SubordinateOpenerTest, OpeningWordIsNoTitle) {
  const v1::ArticleAnalysis a =
      AnalyzeText("Head\n\nIf Paul Grant said the bridge was safe, nobody believed him.\n");
  ASSERT_EQ(a.quotes_size(), 1) << a.DebugString();
  EXPECT_EQ(a.quotes(0).speaker().name(), "Paul Grant");
  EXPECT_EQ(a.quotes(0).speaker().title(), "");
}

// A possessive whose words name a place or a body completes no surname.
const WrongSpeakerCase kNoOwnerName[] = {
    {"place_owner_is_no_full_name",
     "The money went to New York’s schools. “It is not enough,” York said.",
     "New York"},
    {"owner_after_an_article_is_no_full_name",
     "The plan was drafted by the Green Party’s office. “We did our best,” "
     "Party said.",
     "Green Party"},
    {"party_state_tag_is_no_title",
     "The bill was backed by Sen. Richard Blumenthal, D-Conn. Schumer said he "
     "would vote for it as well.",
     "D-Conn. Schumer"},
};
WRONG_SPEAKER_GRID(NoOwnerNameTest, kNoOwnerName);

// A description names the person the article gave that title, written
// short ("Gov.", "Sen.") or in full, when one fits.
const QuoteCase kDescriptions[] = {
    {"governor_after_gov",
     "Indiana Gov. Mike Pence spoke first at the rally. “We will win this "
     "state,” the Indiana governor said.",
     "We will win this state", kDirect, "Mike Pence"},
    {"senator_after_sen",
     "Sen. Anna Berg opened the hearing on Monday. “We are ready for the "
     "vote,” the senator said.",
     "We are ready for the vote", kDirect, "Anna Berg"},
    {"spokeswoman_named_in_an_appositive",
     "A spokeswoman for the ministry, Emily Jones, said the money would flow "
     "in January. “The money is coming,” the spokeswoman said.",
     "The money is coming", kDirect, "Emily Jones"},
};
QUOTE_GRID(DescriptionsTest, kDescriptions);

// Descriptions that fit no one named: another rank, another party, a
// source left unnamed.
const WrongSpeakerCase kDescriptionsOfNoOne[] = {
    {"governor_is_no_lieutenant_governor",
     "Lt. Gov. Anna Berg spoke first at the rally. “We will sign it,” the "
     "governor said.",
     "Anna Berg"},
    {"republican_governor_is_no_democratic_governor",
     "Democratic Gov. Paul Grant praised the plan. In the next state, the "
     "state's Republican governor said he would not sign it.",
     "Paul Grant"},
    {"source_is_unnamed",
     "Paul Grant, a source at the station, was there. The source said the "
     "meeting was tense.",
     "Paul Grant"},
};
WRONG_SPEAKER_GRID(DescriptionsOfNoOneTest, kDescriptionsOfNoOne);

// A reported clause that is all in quotation marks is that direct quote,
// and the clause's subject its speaker.
const QuoteCase kQuotedClauses[] = {
    {"that_clause_in_marks_after_words_between",
     "The harbour board says on its website that “the bridge will reopen for "
     "traffic next week.”",
     "the bridge will reopen for traffic next week", kDirect, "harbour board"},
    {"partial_quote_then_tail",
     "“We have no money for it” in this year’s budget, Mayor Paul Grant said "
     "on Monday.",
     "We have no money for it", kDirect, "Paul Grant"},
};
QUOTE_GRID(QuotedClausesTest, kQuotedClauses);

// A newspaper "reports": with "that", or before a colon that introduces the
// quote in the next paragraph.
const QuoteCase kReports[] = {
    {"reports_that",
     "The Toronto Star reports that the bridge will stay closed until the spring.",
     "the bridge will stay closed until the spring", kIndirect, "Toronto Star"},
    {"reports_with_a_colon_before_the_quote",
     "The Toronto Star reports:\n\n“Only a quarter of the donors gave small sums "
     "this year.”",
     "Only a quarter of the donors", kDirect, "Toronto Star"},
};
QUOTE_GRID(ReportsTest, kReports);

// The words before a participle's that-clause name no one when they open
// with a conjunction.
const WrongSpeakerCase kQuotedClausesOfNoOne[] = {
    {"participle_after_and",
     "The president went on television, declaring war on oil, and telling "
     "Americans that “we need to shift to plentiful coal.”",
     "telling Americans"},
};
WRONG_SPEAKER_GRID(QuotedClausesOfNoOneTest, kQuotedClausesOfNoOne);

// A document speaks for whoever issued it: the speaker of "said in a
// statement", the body a report is by, the pollster a poll is named for.
const QuoteCase kDocuments[] = {
    {"statement_of_the_speaker_who_issued_it",
     "Premier Doug Ford said in a statement on Tuesday that the money would "
     "arrive soon. The statement said the first trains would run in 2027.",
     "the first trains would run in 2027", kIndirect, "Doug Ford"},
    {"report_by_a_body",
     "A report released Monday by the Fraser Institute found that costs had "
     "doubled. The report said the province had underestimated the work.",
     "the province had underestimated the work", kIndirect, "Fraser Institute"},
    {"poll_named_for_its_pollster",
     "A new Quinnipiac University poll shows the mayor trailing. The poll said "
     "54 percent of voters disapproved of the plan.",
     "54 percent of voters disapproved of the plan", kIndirect, "Quinnipiac University"},
    {"poll_named_across_no_break_spaces",
     "A\u00a0Bloomberg poll\u00a0shows the mayor trailing. The mayor trails by "
     "four points, according to the poll.",
     "The mayor trails by four points", kIndirect, "Bloomberg"},
};
QUOTE_GRID(DocumentsTest, kDocuments);

// A document whose issuer the article does not give is no speaker; a
// newspaper named like a document is one.
const WrongSpeakerCase kDocumentsOfNoOne[] = {
    {"letter_without_a_sender",
     "The council met on Monday. The letter said the council had no choice.",
     "letter"},
    {"statement_of_a_sentence_that_names_no_issuer",
     "Reporters asked for a statement on Monday. The statement said the "
     "talks would go on.",
     "statement"},
};
WRONG_SPEAKER_GRID(DocumentsOfNoOneTest, kDocumentsOfNoOne);

// A headline in sentence case names people in full as the body does; a
// title-case headline's run of capitals names no one.
// The speaker of the quote of `article` that holds `words`.
std::string SpeakerOf(const std::string& article, const std::string& words) {
  const v1::ArticleAnalysis a = AnalyzeText(article);
  for (const v1::Quote& q : a.quotes()) {
    if (q.text().find(words) != std::string::npos) return q.speaker().name();
  }
  ADD_FAILURE() << "no quote holds \"" << words << "\"\n" << a.DebugString();
  return "";
}

TEST(HeadlineNamesTest, SentenceCaseHeadlineGivesTheFullName) {
  EXPECT_EQ(SpeakerOf("Jane Philpott resigns from cabinet over the bridge contract\n\n"
                      "A second minister quit the cabinet on Monday.\n\n"
                      "“I must abide by my core values,” Philpott said in a letter.\n",
                      "I must abide by my core values"),
            "Jane Philpott");
}

TEST(HeadlineNamesTest, TitleCaseHeadlineNamesKnownFirstNames) {
  EXPECT_EQ(SpeakerOf("Hillary Clinton Goes After Donald Trump On Taxes\n\n"
                      "The Democratic nominee spoke for an hour.\n\n"
                      "“He has not paid his share,” Clinton said.\n",
                      "He has not paid his share"),
            "Hillary Clinton");
}

TEST(HeadlineNamesTest, TitleCaseHeadlineNamesNoOne) {
  const std::string speaker = SpeakerOf(
      "Smith Slams Anna Grant\n\nThe council met on Monday.\n\n"
      "“The plan is a disgrace,” Grant said.\n",
      "The plan is a disgrace");
  EXPECT_EQ(speaker.find("Slams"), std::string::npos) << speaker;
}

}  // namespace
}  // namespace testing
}  // namespace quotes
