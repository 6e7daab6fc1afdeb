#include "quotes/article_parser.h"

#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "quotes/lexicon.h"

namespace quotes {
namespace {

using ::testing::ElementsAreArray;
using ::testing::HasSubstr;

struct MetaCase {
  const char* name;
  std::string text;
  std::string date, dateline, source, distributor, headline;
  std::vector<std::string> authors;
  std::string first_paragraph;  // exact bytes of paragraph 0
};

std::ostream& operator<<(std::ostream& os, const MetaCase& c) { return os << c.name; }

class MetadataTest : public ::testing::TestWithParam<MetaCase> {
 protected:
  void SetUp() override {
    auto p = ArticleParser::Create(DefaultLexicon());
    ASSERT_TRUE(p.ok()) << p.status();
    parser_ = *std::move(p);
  }
  std::unique_ptr<ArticleParser> parser_;
};

TEST_P(MetadataTest, ReadsMetadata) {
  const MetaCase& c = GetParam();
  v1::Article hints;
  hints.set_id("x");
  absl::StatusOr<v1::Article> a = parser_->Parse(c.text, hints);
  ASSERT_TRUE(a.ok()) << a.status();
  EXPECT_EQ(a->date(), c.date);
  EXPECT_EQ(a->dateline(), c.dateline);
  EXPECT_EQ(a->source(), c.source);
  EXPECT_EQ(a->distributor(), c.distributor);
  EXPECT_EQ(a->headline(), c.headline);
  EXPECT_THAT(std::vector<std::string>(a->authors().begin(), a->authors().end()),
              ElementsAreArray(c.authors));
  ASSERT_GT(a->paragraphs_size(), 0);
  const v1::Span& p = a->paragraphs(0);
  EXPECT_EQ(a->text().substr(p.begin(), p.end() - p.begin()), c.first_paragraph);
  EXPECT_EQ(a->text(), c.text) << "text must stay byte for byte";
  // The article made from a taken text is the one made from a copy of it.
  std::string text = c.text;
  v1::Article taken;
  taken.set_headline("left over from an earlier article");
  ASSERT_TRUE(parser_->ParseTakingText(&text, hints, &taken).ok()) << c.name;
  EXPECT_EQ(taken.SerializeAsString(), a->SerializeAsString()) << c.name;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, MetadataTest,
    ::testing::Values(
        MetaCase{"header_and_dateline",
                 " date 2021-03-04 ROME, Italy, March 4. The council met today.",
                 "2021-03-04", "ROME, Italy", "", "", "", {}, "The council met today."},
        MetaCase{"dateline_with_year_and_no_header",
                 "PARIS, France, May 2, 2019: Talks resumed on Monday.",
                 "2019-05-02", "PARIS, France", "", "", "", {}, "Talks resumed on Monday."},
        MetaCase{"agency_dateline",
                 "LONDON (Reuters) - Shares fell sharply on Friday.",
                 "", "LONDON", "Reuters", "", "", {}, "Shares fell sharply on Friday."},
        MetaCase{"colon_dateline", "NEW DELHI: Exports rose in May.\n\nMore.",
                 "", "NEW DELHI", "", "", "", {}, "Exports rose in May."},
        MetaCase{"dateline_date_and_agency_in_parentheses",
                 "ISLAMABAD, Dec 5 (APP): The economy grew.\n\nMore.", "",
                 "ISLAMABAD", "APP", "", "", {}, "The economy grew."},
        MetaCase{"em_dash_dateline_with_agency",
                 "KABUL, Afghanistan (AP) \u2014 The road reopened.\n\nMore.", "",
                 "KABUL, Afghanistan", "AP", "", "", {}, "The road reopened."},
        MetaCase{"full_dated_agency_dateline",
                 "SYDNEY, Australia, March 3, 2021 (Reuters) - Shares rose.", "2021-03-03",
                 "SYDNEY, Australia", "Reuters", "", "", {}, "Shares rose."},
        MetaCase{"ordinary_case_place_needs_region_and_dash",
                 "Nairobi, Kenya - The plan is ready.\n\nMore.", "", "Nairobi, Kenya",
                 "", "", "", {}, "The plan is ready."},
        MetaCase{"ordinary_case_place_with_date_and_agency",
                 "Chennai, May 30 (PTI) The monsoon arrived.\n\nMore.", "",
                 "Chennai", "PTI", "", "", {}, "The monsoon arrived."},
        MetaCase{"ordinary_case_place_and_date_without_agency_is_no_dateline",
                 "Kerala, May 30 was a wet day. Rain fell.\n\nMore.", "", "", "",
                 "", "", {}, "Kerala, May 30 was a wet day. Rain fell."},
        MetaCase{"capitalised_word_is_not_a_dateline",
                 "NATO said the drill would go ahead. It starts in May.\n\nMore.", "",
                 "", "", "", "", {},
                 "NATO said the drill would go ahead. It starts in May."},
        MetaCase{"agency_credit_ends_lede",
                 "The talks went well, the minister said, Kabar reports.\n\nMore text.",
                 "", "", "Kabar", "", "", {},
                 "The talks went well, the minister said, Kabar reports."},
        MetaCase{"byline_person_and_agency",
                 " date 2020-01-02 By Agencia\n\n\nBy Ana Lopez\n\nThe mayor spoke.",
                 "2020-01-02", "", "Agencia", "", "", {"Ana Lopez"}, "The mayor spoke."},
        MetaCase{"byline_person_and_publisher",
                 "By Sarah Jones, BBC News\n\nThe council met.", "", "", "BBC News",
                 "", "", {"Sarah Jones"}, "The council met."},
        MetaCase{"byline_person_and_newspaper",
                 "By Tom Hale, Cape Times\n\nThe council met.", "", "", "Cape Times",
                 "", "", {"Tom Hale"}, "The council met."},
        MetaCase{"byline_two_people_stay_authors",
                 "By Tom Hale, Anna Berg\n\nThe council met.", "", "", "", "", "",
                 {"Tom Hale", "Anna Berg"}, "The council met."},
        MetaCase{"two_authors",
                 "By Ana Lopez and John Smith\n\nThe mayor spoke.", "", "", "", "",
                 "", {"Ana Lopez", "John Smith"}, "The mayor spoke."},
        MetaCase{"distributor_wraps_agency",
                 " date 2025-12-05 MENAFN - Kazinform) The forum opened.",
                 "2025-12-05", "", "Kazinform", "MENAFN", "", {}, "The forum opened."},
        MetaCase{"headline_line",
                 "Flood waters recede in the north – Governor\n\nBy Trend\n\nWater "
                 "levels fell overnight.",
                 "", "", "Trend", "", "Flood waters recede in the north – Governor",
                 {}, "Water levels fell overnight."},
        MetaCase{"lede_is_not_a_headline",
                 "Water levels fell overnight. Residents returned home.\n\nMore.",
                 "", "", "", "", "", {},
                 "Water levels fell overnight. Residents returned home."},
        MetaCase{"by_in_a_sentence_is_not_a_byline",
                 "By the end of the year, prices rose. Wages did not.\n\nMore.", "",
                 "", "", "", "", {}, "By the end of the year, prices rose. Wages did not."},
        MetaCase{"attributed_quote_is_a_lede_not_a_headline",
                 "\u201cWe will rebuild,\u201d President Jane Doe said.\n\nMore text.",
                 "", "", "", "", "", {},
                 "\u201cWe will rebuild,\u201d President Jane Doe said."},
        MetaCase{"attributed_quote_without_a_stop_is_a_headline",
                 "'We will not give up,' says climate minister\n\nBy Jane Smith\n\n"
                 "The minister has vowed to press ahead.",
                 "", "", "", "", "'We will not give up,' says climate minister",
                 {"Jane Smith"}, "The minister has vowed to press ahead."},
        MetaCase{"headline_and_deck_in_one_block",
                 "Harbour plan wins backing;\nCouncil votes 7-2 after a long debate.\n\n"
                 "The council met on Monday.",
                 "", "", "", "", "Harbour plan wins backing;", {},
                 "Council votes 7-2 after a long debate."},
        MetaCase{"headline_and_deck_question",
                 "Ready for the vote?\nWhat to watch tonight\n\nPolls close at 8.",
                 "", "", "", "", "Ready for the vote?", {}, "What to watch tonight"},
        MetaCase{"lede_over_two_lines_is_not_a_headline",
                 "Water levels fell overnight.\nResidents returned home.\n\nMore.",
                 "", "", "", "", "", {},
                 "Water levels fell overnight.\nResidents returned home."},
        MetaCase{"broken_sentence_is_not_a_headline",
                 "The council voted on Monday to approve the plan,\nwhich had been "
                 "debated for months.\n\nMore.",
                 "", "", "", "", "", {},
                 "The council voted on Monday to approve the plan,\nwhich had been "
                 "debated for months."},
        MetaCase{"two_short_sentences_before_a_longer_paragraph_are_a_headline",
                 "Harbour town could make history. Again.\n\nIn a tradition he has "
                 "kept for 40 years, the mayor opened his garden to the town.",
                 "", "", "", "", "Harbour town could make history. Again.", {},
                 "In a tradition he has kept for 40 years, the mayor opened his "
                 "garden to the town."},
        MetaCase{"two_short_sentences_before_a_shorter_paragraph_are_a_lede",
                 "The fire started at dawn. Nobody was hurt.\n\nCrews left.", "",
                 "", "", "", "", {}, "The fire started at dawn. Nobody was hurt."},
        MetaCase{"two_long_sentences_are_a_lede",
                 "The council voted on Monday to approve the harbour plan. Work "
                 "will start in the spring.\n\nThe plan had been debated for "
                 "months by the council and by residents of the town.",
                 "", "", "", "", "", {},
                 "The council voted on Monday to approve the harbour plan. Work "
                 "will start in the spring."},
        MetaCase{"one_sentence_first_line_is_a_headline",
                 "Old Hands Help Russia Navigate U.S. Media.\n\nThe story begins here.",
                 "", "", "", "", "Old Hands Help Russia Navigate U.S. Media.", {},
                 "The story begins here."}),
    [](const auto& info) { return std::string(info.param.name); });

class ParserTest : public MetadataTest {};

TEST_F(ParserTest, InvalidUtf8NamesTheByteOffset) {
  absl::StatusOr<v1::Article> a = parser_->Parse("abc\xff" "def", v1::Article());
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(std::string(a.status().message()), HasSubstr("byte 3"));
}

TEST_F(ParserTest, TruncatedSequenceIsInvalid) {
  EXPECT_FALSE(parser_->Parse("caf\xc3", v1::Article()).ok());
  EXPECT_FALSE(parser_->Parse("\xe2\x80", v1::Article()).ok());
  EXPECT_FALSE(parser_->Parse("\xc0\xaf", v1::Article()).ok()) << "overlong";
}

TEST_F(ParserTest, ParseToFillsAReusedMessageLikeParse) {
  const std::string text =
      " date 2021-03-04 ROME, Italy, March 4. The council met today.\n\nBy noon it had voted.";
  v1::Article hints;
  hints.set_id("x");
  absl::StatusOr<v1::Article> parsed = parser_->Parse(text, hints);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  v1::Article out;
  out.set_headline("left over from an earlier article");
  out.add_authors("Someone Else");
  ASSERT_TRUE(parser_->ParseTo(text, hints, &out).ok());
  EXPECT_EQ(out.SerializeAsString(), parsed->SerializeAsString());
  EXPECT_EQ(out.date(), "2021-03-04");
  EXPECT_EQ(out.paragraphs_size(), parsed->paragraphs_size());
}

TEST_F(ParserTest, ParseToLeavesTheMessageAloneOnAnError) {
  v1::Article out;
  out.set_id("kept");
  EXPECT_FALSE(parser_->ParseTo("abc\xff", v1::Article(), &out).ok());
  EXPECT_EQ(out.id(), "kept");
}

TEST_F(ParserTest, ParseTakingTextLeavesTextAndMessageAloneOnAnError) {
  for (const std::string& bad : {std::string("abc\xff"), std::string(" \n\t")}) {
    std::string text = bad;
    v1::Article out;
    out.set_id("kept");
    EXPECT_FALSE(parser_->ParseTakingText(&text, v1::Article(), &out).ok()) << bad;
    EXPECT_EQ(text, bad);
    EXPECT_EQ(out.id(), "kept");
  }
}

TEST_F(ParserTest, EmptyTextIsAnError) {
  EXPECT_FALSE(parser_->Parse("", v1::Article()).ok());
  EXPECT_FALSE(parser_->Parse(" \n\n\t", v1::Article()).ok());
}

TEST_F(ParserTest, HintsWinOverText) {
  v1::Article hints;
  hints.set_headline("Given headline");
  hints.set_date("2001-02-03");
  hints.set_source("bbc");
  absl::StatusOr<v1::Article> a =
      parser_->Parse(" date 2020-01-01 By Trend\n\nBody text here.", hints);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->headline(), "Given headline");
  EXPECT_EQ(a->date(), "2001-02-03");
  EXPECT_EQ(a->source(), "bbc");
}

TEST_F(ParserTest, BoilerplateIsNotBody) {
  absl::StatusOr<v1::Article> a = parser_->Parse(
      "Body one. Body two.\n\nStay up-to-date with more news at Trend News Agency's "
      "WhatsApp channel",
      v1::Article());
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->paragraphs_size(), 1);
  EXPECT_EQ(a->boilerplate_size(), 1);
}

TEST_F(ParserTest, ParagraphsAreLinesWhenThereAreNoBlankLines) {
  absl::StatusOr<v1::Article> a =
      parser_->Parse("First one. Here.\nSecond one here.\n", v1::Article());
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->paragraphs_size(), 2);
  EXPECT_EQ(a->paragraphs(1).begin(), 17u);
}

// A paragraph's text of the body, by index.
std::string Paragraph(const v1::Article& a, int i) {
  const v1::Span& s = a.paragraphs(i);
  return a.text().substr(s.begin(), s.end() - s.begin());
}

TEST_F(ParserTest, SingleSpacedParagraphsAfterABlankLineAreParagraphs) {
  // A headline, a blank line, then one paragraph a line: the body is not one
  // paragraph.
  const std::string first =
      "The harbour board met on Monday to decide the future of the old "
      "bridge, which has been closed since the storm in March.";
  const std::string second =
      "“The bridge is safe,” said Mayor Paul Grant. “We checked it twice.”";
  const std::string third = "The board will vote again in June.";
  absl::StatusOr<v1::Article> a = parser_->Parse(
      "Harbour board weighs bridge\n\n" + first + "\n" + second + "\n" + third + "\n",
      v1::Article());
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->headline(), "Harbour board weighs bridge");
  ASSERT_EQ(a->paragraphs_size(), 3);
  EXPECT_EQ(Paragraph(*a, 0), first);
  EXPECT_EQ(Paragraph(*a, 1), second);
  EXPECT_EQ(Paragraph(*a, 2), third);
}

TEST_F(ParserTest, WrappedLinesStayOneParagraph) {
  // Lines wrapped by hand (all short) are one paragraph, even where a line
  // happens to end a sentence; so is a long line broken in mid-sentence.
  const std::string wrapped =
      "The harbour board met on Monday to decide the future of the\n"
      "old bridge. It has been closed since the storm in March and\n"
      "the board will vote again in June.";
  const std::string broken =
      "The harbour board met on Monday to decide the future of the old bridge, "
      "which has been closed since the storm\nin March, and will vote in June.";
  absl::StatusOr<v1::Article> a =
      parser_->Parse("Headline here\n\n" + wrapped + "\n\n" + broken + "\n",
                     v1::Article());
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->paragraphs_size(), 2);
  EXPECT_EQ(Paragraph(*a, 0), wrapped);
  EXPECT_EQ(Paragraph(*a, 1), broken);
}

TEST_F(ParserTest, ClosingAgencyCreditIsTheSourceNotBody) {
  for (const char* credit : {"The Canadian Press", "\u2014 The Associated Press",
                             "(AFP)", "Reuters."}) {
    SCOPED_TRACE(credit);
    const std::string text =
        std::string("OTTAWA - The talks resumed on Monday.\n\nThey ended at noon.\n\n") +
        credit;
    absl::StatusOr<v1::Article> a = parser_->Parse(text, v1::Article());
    ASSERT_TRUE(a.ok());
    std::string want(credit);
    for (const std::string strip : {"\u2014 ", "(", ")", "."}) {
      const size_t at = want.find(strip);
      if (at != std::string::npos) want.erase(at, strip.size());
    }
    EXPECT_EQ(a->source(), want);
    ASSERT_EQ(a->paragraphs_size(), 2);
    EXPECT_EQ(Paragraph(*a, 1), "They ended at noon.");
    ASSERT_EQ(a->boilerplate_size(), 1);
  }
}

TEST_F(ParserTest, AgencyInALastSentenceStaysBody) {
  // Only the agency alone is a credit; a sentence naming it is text, and a
  // source read from the dateline is kept.
  absl::StatusOr<v1::Article> a = parser_->Parse(
      "LONDON (Reuters) - Shares fell.\n\nAP sources say the deal is off.",
      v1::Article());
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->source(), "Reuters");
  ASSERT_EQ(a->paragraphs_size(), 2);
  EXPECT_EQ(Paragraph(*a, 1), "AP sources say the deal is off.");
}

TEST_F(ParserTest, ReportingCreditNamesTheAuthors) {
  absl::StatusOr<v1::Article> a = parser_->Parse(
      "SYDNEY (Reuters) - Rates held.\n\nThe bank spoke.\n\n(Reporting by Wayne "
      "Cole and Jane Doe in Sydney; Editing by Sam Holmes)",
      v1::Article());
  ASSERT_TRUE(a.ok());
  EXPECT_THAT(a->authors(), ElementsAreArray({"Wayne Cole", "Jane Doe"}));
  EXPECT_EQ(a->paragraphs_size(), 2);
  // A byline wins over the credit.
  a = parser_->Parse(
      "By Ana Lopez\n\nRates held.\n\n(Reporting by Wayne Cole; Editing by Sam "
      "Holmes)",
      v1::Article());
  ASSERT_TRUE(a.ok());
  EXPECT_THAT(a->authors(), ElementsAreArray({"Ana Lopez"}));
}

TEST_F(ParserTest, ImpossibleHeaderDateIsDropped) {
  absl::StatusOr<v1::Article> a =
      parser_->Parse(" date 2021-02-30 Text of the story.", v1::Article());
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->date(), "");
}

}  // namespace
}  // namespace quotes
