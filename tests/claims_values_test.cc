// Table-driven tests of the value reader (quotes/claims/claims_values.h):
// each sentence, written for the rule it tests, gives one figure with its
// text, type, interval and measure; a second table lists sentences with no
// figure, a third values that must never reach a claim (infinite, NaN). Each
// case runs alone, after another sentence and inside a quote; the failing
// case is streamed into the message.
#include "quotes/claims/claims_values.h"

#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "gtest/gtest.h"
#include "quotes/claims/claims_patterns.h"
#include "quotes/text/segmenter.h"
#include "quotes/lexicon.h"

namespace quotes {
namespace internal {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNone = -1;  // no second figure

const ClaimPatterns& Patterns() {
  static const ClaimPatterns* const patterns =
      BuildClaimPatterns(DefaultLexicon()).value().release();
  return *patterns;
}

// The figures of `text`, one paragraph per "\n\n"-separated part, read
// sentence by sentence as the claim extractor does.
std::vector<Quantity> ReadAll(const std::string& text) {
  QuantityReader reader(Patterns(), text);
  std::vector<Quantity> out;
  size_t begin = 0, paragraph = 0;
  while (begin < text.size()) {
    size_t end = text.find("\n\n", begin);
    if (end == std::string::npos) end = text.size();
    for (const TextSpan& s : SplitSentences(text, {begin, end})) {
      const std::vector<TimeExpr> times =
          Patterns().times->Find(text, s, ParseIsoDate("2016-03-15"));
      for (Quantity& q : reader.Read(s, paragraph, times)) out.push_back(std::move(q));
    }
    begin = end + 2;
    ++paragraph;
  }
  return out;
}

std::string TextOf(const std::string& text, const Quantity& q) {
  return text.substr(q.span.begin, q.span.size());
}

double Lower(const v1::Interval& v) { return v.has_lower() ? v.lower() : -kInf; }
double Upper(const v1::Interval& v) { return v.has_upper() ? v.upper() : kInf; }

// Equal within 1e-6, relatively; infinities equal themselves.
bool Near(double a, double b) {
  if (std::isinf(a) || std::isinf(b)) return a == b;
  return std::fabs(a - b) <= 1e-6 * std::max(1.0, std::fabs(b));
}

// ---------------------------------------------------------------- figures

struct ValueCase {
  std::string sentence;
  std::string text;  // the figure as written
  v1::ValueType type;
  double lower;
  double upper;
  std::string measure;
  double second = kNone;  // a tally's second figure
};

std::ostream& operator<<(std::ostream& os, const ValueCase& c) {
  return os << "\"" << c.sentence << "\" (" << c.text << ")";
}

class ValueTest : public testing::TestWithParam<ValueCase> {};

TEST_P(ValueTest, ReadsTypeIntervalAndMeasure) {
  const ValueCase& c = GetParam();
  const std::pair<std::string, std::string> kGrid[] = {
      {"", ""},
      {"Officials met on Monday. ", ""},
      {"\"", "\" the mayor said."},
  };
  for (const auto& [prefix, suffix] : kGrid) {
    const std::string text = prefix + c.sentence + suffix;
    const std::vector<Quantity> all = ReadAll(text);
    const Quantity* q = nullptr;
    std::string seen;
    for (const Quantity& x : all) {
      seen += "[" + TextOf(text, x) + " " + v1::ValueType_Name(x.type) + " " + x.measure + "] ";
      if (TextOf(text, x) == c.text) q = &x;
    }
    ASSERT_NE(q, nullptr) << c << " in \"" << text << "\"; read " << seen;
    EXPECT_EQ(v1::ValueType_Name(q->type), v1::ValueType_Name(c.type)) << c;
    EXPECT_EQ(q->measure, c.measure) << c;
    EXPECT_TRUE(Near(Lower(q->value), c.lower)) << c << " lower " << Lower(q->value);
    EXPECT_TRUE(Near(Upper(q->value), c.upper)) << c << " upper " << Upper(q->value);
    EXPECT_EQ(q->has_second, c.second != kNone) << c;
    if (q->has_second) {
      EXPECT_TRUE(Near(q->second.lower(), c.second)) << c << " second " << q->second.lower();
      EXPECT_TRUE(Near(q->second.upper(), c.second)) << c;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(
    Vague, ValueTest,
    testing::Values(
        // "half-dozen" was read as "half" (50 percent) to "dozen" (12).
        ValueCase{"A half-dozen aides quit.", "A half-dozen aides", v1::VAGUE, 5, 7, "aide"},
        ValueCase{"Half a dozen senators objected.", "Half a dozen senators", v1::VAGUE, 5, 7,
                  "senator"},
        ValueCase{"Dozens of delegates left.", "Dozens of delegates", v1::VAGUE, 24, 99,
                  "delegate"},
        ValueCase{"He met hundreds of voters.", "hundreds of voters", v1::VAGUE, 200, 999,
                  "voter"},
        ValueCase{"Thousands of people marched.", "Thousands of people", v1::VAGUE, 2000, 9999,
                  "person"},
        ValueCase{"Tens of thousands of people marched.", "Tens of thousands of people",
                  v1::VAGUE, 20000, 99999, "person"},
        ValueCase{"They raised millions of dollars.", "millions of dollars", v1::VAGUE, 2e6,
                  999999999, "USD"},
        ValueCase{"It cost billions of dollars.", "billions of dollars", v1::VAGUE, 2e9,
                  999999999999, "USD"}));

INSTANTIATE_TEST_SUITE_P(
    Ages, ValueTest,
    testing::Values(
        ValueCase{"Weiner, 46, resigned on Friday.", "Weiner, 46", v1::AGE, 46, 46, "age"},
        ValueCase{"The seat went to Anthony Weiner, 46.", "Anthony Weiner, 46", v1::AGE, 46, 46,
                  "age"},
        ValueCase{"The 69-year-old senator spoke.", "69-year-old", v1::AGE, 69, 69, "age"},
        ValueCase{"He died aged 46 in Boston.", "aged 46", v1::AGE, 46, 46, "age"},
        ValueCase{"She is 46 years old.", "46 years old", v1::AGE, 46, 46, "age"},
        ValueCase{"Voters ages 18-34 backed him.", "ages 18-34", v1::AGE, 18, 34, "age"},
        ValueCase{"A HEADLINE ON 13-YEAR-OLDS RAN.", "13-YEAR-OLDS", v1::AGE, 13, 13, "age"}));

INSTANTIATE_TEST_SUITE_P(
    Tallies, ValueTest,
    testing::Values(
        ValueCase{"The House voted 134-to-63 for the bill.", "134-to-63", v1::TALLY, 134, 134,
                  "votes", 63},
        ValueCase{"The Senate vote was 52-48.", "52-48", v1::TALLY, 52, 52, "votes", 48},
        ValueCase{"The court ruled in a 5-4 decision.", "5-4", v1::TALLY, 5, 5, "score", 4},
        ValueCase{"The Mets won 7-2 on Sunday.", "7-2", v1::TALLY, 7, 7, "score", 2},
        ValueCase{"The Mets lost 2-7 on Sunday.", "2-7", v1::TALLY, 2, 2, "score", 7},
        ValueCase{"The bill passed 234 to 193 in a vote.", "234 to 193", v1::TALLY, 234, 234,
                  "votes", 193}));

INSTANTIATE_TEST_SUITE_P(
    Durations, ValueTest,
    testing::Values(
        ValueCase{"It was a two-year investigation.", "two-year", v1::DURATION, 2, 2, "year"},
        ValueCase{"A three-day visit began.", "three-day", v1::DURATION, 3, 3, "day"},
        ValueCase{"He served for two years.", "two years", v1::DURATION, 2, 2, "year"},
        ValueCase{"The strike lasted 10 hours.", "10 hours", v1::DURATION, 10, 10, "hour"},
        ValueCase{"It took nearly six months.", "nearly six months", v1::DURATION, 5.4, 6,
                  "month"},
        ValueCase{"It lasted 10-15 days in all.", "10-15 days", v1::DURATION, 10, 15, "day"}));

INSTANTIATE_TEST_SUITE_P(
    Ranks, ValueTest,
    testing::Values(
        ValueCase{"She won an eighth term.", "eighth term", v1::RANK, 8, 8, "term"},
        ValueCase{"He finished in third place.", "third place", v1::RANK, 3, 3, "place"},
        ValueCase{"He finished in 3rd place.", "3rd place", v1::RANK, 3, 3, "place"},
        ValueCase{"It is the second-largest city.", "second-largest", v1::RANK, 2, 2,
                  "largest"},
        ValueCase{"He is the No. 2 official.", "No. 2 official", v1::RANK, 2, 2, "official"},
        ValueCase{"He was ranked No. 2.", "No. 2", v1::RANK, 2, 2, "rank"},
        ValueCase{"She took first place.", "first place", v1::RANK, 1, 1, "place"},
        ValueCase{"It fell for a fifth straight year.", "fifth straight year", v1::RANK, 5, 5,
                  "year"},
        // A fraction word as an ordinal: no 20 or 50 percent.
        ValueCase{"A fifth superdelegate was named.", "fifth superdelegate", v1::RANK, 5, 5,
                  "superdelegate"},
        ValueCase{"It opens in the second half of the month.", "second half", v1::RANK, 2, 2,
                  "half"}));

INSTANTIATE_TEST_SUITE_P(
    UnitsAndPoints, ValueTest,
    testing::Values(
        ValueCase{"He won 52 percent of the vote.", "52 percent", v1::PERCENT, 52, 52,
                  "percent"},
        ValueCase{"He won 52% of the vote.", "52%", v1::PERCENT, 52, 52, "percent"},
        ValueCase{"Two-thirds of voters agreed.", "Two-thirds", v1::FRACTION, 200.0 / 3,
                  200.0 / 3, "percent"},
        ValueCase{"Clinton has a 5-point lead in the poll.", "5-point", v1::PERCENTAGE_POINTS, 5,
                  5, "points"},
        ValueCase{"In the poll she is up 3 points.", "3 points", v1::PERCENTAGE_POINTS, 3, 3,
                  "points"},
        ValueCase{"He leads by 12 points in the survey.", "12 points", v1::PERCENTAGE_POINTS,
                  12, 12, "points"},
        ValueCase{"Support fell 4 percentage points.", "4 percentage points",
                  v1::PERCENTAGE_POINTS, 4, 4, "points"},
        // No poll: a player's or an index's points.
        ValueCase{"He scored 30 points on Sunday.", "30 points", v1::COUNT, 30, 30, "point"},
        ValueCase{"The firm spent $5.7 billion.", "$5.7 billion", v1::MONEY, 5.7e9, 5.7e9,
                  "USD"},
        ValueCase{"The firm spent $12 million.", "$12 million", v1::MONEY, 12e6, 12e6, "USD"},
        ValueCase{"The club paid \u00A33m for him.", "\u00A33m", v1::MONEY, 3e6, 3e6, "GBP"},
        ValueCase{"It cost 5 million dollars.", "5 million dollars", v1::MONEY, 5e6, 5e6,
                  "USD"},
        ValueCase{"He gave between $10 million and $25 million.",
                  "between $10 million and $25 million", v1::MONEY, 10e6, 25e6, "USD"},
        ValueCase{"He lost half a million votes.", "half a million votes", v1::COUNT, 5e5,
                  5e5, "vote"},
        ValueCase{"Polls gave him 23% to 27% then.", "23% to 27%", v1::PERCENT, 23, 27,
                  "percent"},
        ValueCase{"Nearly two dozen chairs spoke.", "Nearly two dozen chairs", v1::COUNT, 21.6,
                  24, "chair"},
        ValueCase{"He made a list of 9 outrageous things.", "9 outrageous things", v1::COUNT, 9,
                  9, "thing"},
        // A ratio is a share.
        ValueCase{"About 6 in 10 voters agreed.", "About 6 in 10", v1::FRACTION, 54, 66,
                  "percent"},
        ValueCase{"One in five voters agreed.", "One in five", v1::FRACTION, 20, 20,
                  "percent"},
        ValueCase{"Two out of three Americans agree.", "Two out of three", v1::FRACTION,
                  200.0 / 3, 200.0 / 3, "percent"},
        ValueCase{"The odds are 1 in 64, he said.", "1 in 64", v1::FRACTION, 1.5625, 1.5625,
                  "percent"},
        // The lexicon's "a third" is 0.333333.
        ValueCase{"A third of voters agreed.", "A third", v1::FRACTION, 33.3333, 33.3333,
                  "percent"}));

INSTANTIATE_TEST_SUITE_P(
    CountsAndMeasures, ValueTest,
    testing::Values(
        // The measure is a singular noun, so "1 delegate" and "739 delegates" share it.
        ValueCase{"Trump has 739 delegates.", "739 delegates", v1::COUNT, 739, 739, "delegate"},
        ValueCase{"Kasich won 1 delegate.", "1 delegate", v1::COUNT, 1, 1, "delegate"},
        ValueCase{"Kasich won one delegate.", "one delegate", v1::COUNT, 1, 1, "delegate"},
        ValueCase{"Envoys of 51 countries came.", "51 countries", v1::COUNT, 51, 51, "country"},
        ValueCase{"Some 20 children came.", "Some 20 children", v1::COUNT, 18, 22, "child"},
        ValueCase{"Nine classes closed.", "Nine classes", v1::COUNT, 9, 9, "class"},
        ValueCase{"The state raised 3 taxes.", "3 taxes", v1::COUNT, 3, 3, "tax"},
        ValueCase{"It polled 552 likely Democratic primary voters.",
                  "552 likely Democratic primary voters", v1::COUNT, 552, 552, "voter"},
        ValueCase{"Some 100 registered voters came.", "Some 100 registered voters", v1::COUNT,
                  90, 110, "voter"},
        ValueCase{"Only 10 Senate Republicans came.", "Only 10 Senate Republicans", v1::COUNT,
                  10, 10, "republican"},
        ValueCase{"The 2 men spoke.", "2 men", v1::COUNT, 2, 2, "man"},
        // A bare figure after a verb of having counts the noun counted last.
        ValueCase{"Trump has 739 delegates to Cruz's 465.", "465", v1::COUNT, 465, 465,
                  "delegate"},
        ValueCase{"Trump has 739 delegates to Cruz\u2019s 465.", "465", v1::COUNT, 465, 465,
                  "delegate"},
        // A name ending in "s" takes the possessive mark alone.
        ValueCase{"Clinton has 1,163 delegates to Sanders' 844.", "844", v1::COUNT, 844, 844,
                  "delegate"},
        ValueCase{"Clinton had won 1,944 delegates, compared to Sanders\u2019 1,192.", "1,192",
                  v1::COUNT, 1192, 1192, "delegate"},
        ValueCase{"Trump has 739 delegates. Rubio has 10.", "10", v1::COUNT, 10, 10,
                  "delegate"},
        ValueCase{"Cruz won 5 delegates and Kasich got 3.", "3", v1::COUNT, 3, 3,
                  "delegate"},
        // Two rivals' figures are two counts, of the noun after them or
        // else of the noun counted last.
        ValueCase{"Clinton leads Sanders 1,428 to 1,153 in pledged delegates.", "1,428",
                  v1::COUNT, 1428, 1428, "delegate"},
        ValueCase{"Clinton leads Sanders 1,428 to 1,153 in pledged delegates.", "1,153",
                  v1::COUNT, 1153, 1153, "delegate"},
        ValueCase{"Trump has 739 delegates. Cruz trails Trump, 458-359.", "359", v1::COUNT, 359,
                  359, "delegate"},
        ValueCase{"Trump leads Cruz 739 to 465 among bound delegates.", "739", v1::COUNT, 739,
                  739, "delegate"},
        // Or before a cue: "the 1,237 needed", "It takes 2,383 to win".
        ValueCase{"Trump has 739 delegates, short of the 1,237 needed to win.", "1,237",
                  v1::COUNT, 1237, 1237, "delegate"},
        ValueCase{"Clinton has 1,410 delegates. It takes 2,383 to win.", "2,383", v1::COUNT,
                  2383, 2383, "delegate"},
        ValueCase{"691 delegates are at stake in five states. It takes 2,383 to win.", "2,383",
                  v1::COUNT, 2383, 2383, "delegate"},
        ValueCase{"In all, 691 delegates are up for grabs.\n\nClinton now has a total of "
                  "at least 1,410.",
                  "at least 1,410", v1::COUNT, 1410, std::numeric_limits<double>::infinity(),
                  "delegate"}));

// ---------------------------------------------------------------- no figure

class NoValueTest : public testing::TestWithParam<std::string> {};

TEST_P(NoValueTest, ReadsNone) {
  const std::string& text = GetParam();
  std::string seen;
  for (const Quantity& q : ReadAll(text)) seen += "[" + TextOf(text, q) + "] ";
  EXPECT_TRUE(seen.empty()) << "\"" << text << "\" read " << seen;
}

INSTANTIATE_TEST_SUITE_P(
    NotFigures, NoValueTest,
    testing::Values(
        // Clock times ("7:19 p.m." was a count of 19 "p").
        "Polls closed at 7:19 p.m. on Tuesday.", "The show airs at 9 p.m. Eastern.",
        "He spoke at 10 am sharp.", "It began at 8:40.",
        // A spelled number used as a pronoun, followed by a verb.
        "The two met in Iowa.", "The three said they would run.", "The two agreed.",
        "The two spoke by phone.", "The two embraced warmly.",
        // "one" as a word, not a count.
        "One advantage is money.", "He said it at one time or another.",
        "There is no one tougher.",
        // Codes, dates and shorthands.
        "The 9/11 attacks changed that.", "It runs 24/7 now.", "He served in 1987-91.",
        "The 2015-16 season ended.", "He finished 40th in the race.",
        // A bare figure with no noun counted before it.
        "Rubio has 10.", "The index rose to 52.",
        // "first" ranks only places and terms; event ordinals are ORDINAL claims.
        "It was the first time he spoke.", "The second international conference opened.",
        "A third-party candidate ran.",
        "Eight years ago he ran.",
        // A fraction word as a part of no whole.
        "It took a quarter century.", "A two-thirds majority is needed.",
        // A name, a verb, an adjective after a number.
        "One Nation began an ad campaign.", "Hundreds cast their votes.",
        "They are the two last hurdles.", "He may be the only one because it is so.",
        "The case, No. 15-674, was argued.", "It is a one-size-fits-all test.",
        "He signed the HB 1523 lawsuit."));

TEST(NoValueTest, RoseToIsNoPossession) {
  // "to" makes a bare figure a count only before a possessive.
  const std::string text = "Trump has 739 delegates. His share rose to 52.";
  for (const Quantity& q : ReadAll(text)) {
    EXPECT_NE(TextOf(text, q), "52") << q.measure;
  }
}

TEST(NoValueTest, PollLeadIsNoCount) {
  // A lead in a poll, or in percent, counts nothing the paragraph counted.
  for (const std::string text :
       {"Trump has 739 delegates. In the new poll, Clinton leads Trump 46 to 41.",
        "Trump has 739 delegates. Clinton leads Trump 46-41 percent.",
        "Trump has 739 delegates. Clinton leads Trump 46-41%.",
        "Clinton leads Trump 46 to 41."}) {
    for (const Quantity& q : ReadAll(text)) {
      if (TextOf(text, q) == "739 delegates") continue;
      EXPECT_NE(q.measure, "delegate") << text << ": " << TextOf(text, q);
      EXPECT_EQ(q.rival.size(), 0u) << text << ": " << TextOf(text, q);
    }
  }
}

TEST(ValueTest, ListLinesCountTheNounOfTheirHeading) {
  // An agency's update: headings in capitals, then "Name: figure." lines.
  const std::string text =
      "It takes 2,383 delegates to win.\n\nPLEDGED DELEGATES.\n\nHillary Clinton: 1,769."
      "\n\nBernie Sanders: 1,501.\n\n___.\n\nSUPERDELEGATES.\n\nClinton: 547.\n\n"
      "Sanders: 46.\n\nTHE TOTAL.\n\nClinton: 2,316.\n\nClinton: 547 and more.";
  std::map<std::string, std::string> measures;
  for (const Quantity& q : ReadAll(text)) measures[TextOf(text, q)] = q.measure;
  const std::map<std::string, std::string> want = {
      {"2,383 delegates", "delegate"},
      {"1,769", "delegate"},
      {"1,501", "delegate"},
      {"547", "superdelegate"},
      {"46", "superdelegate"},
  };
  EXPECT_EQ(measures, want);
}

TEST(ValueTest, RivalsFiguresSayWhoseEachIs) {
  // The leader holds the larger figure, whichever is written first.
  const struct {
    std::string text;
    std::string figure;
    bool of_rival;
  } kCases[] = {
      {"Clinton leads Sanders 1,428 to 1,153 in pledged delegates.", "1,428", false},
      {"Clinton leads Sanders 1,428 to 1,153 in pledged delegates.", "1,153", true},
      {"Cruz trails Trump 458 to 359 in delegates.", "458", true},
      {"Cruz trails Trump 458 to 359 in delegates.", "359", false},
      {"Cruz trails Trump 359-458 in delegates.", "458", true},
  };
  for (const auto& c : kCases) {
    bool found = false;
    for (const Quantity& q : ReadAll(c.text)) {
      if (TextOf(c.text, q) != c.figure) continue;
      found = true;
      EXPECT_EQ(q.of_rival, c.of_rival) << c.text << ": " << c.figure;
      const std::string rival = c.text.substr(q.rival.begin, q.rival.size());
      EXPECT_EQ(rival, c.text.find("trails") != std::string::npos ? "Trump" : "Sanders")
          << c.text;
    }
    EXPECT_TRUE(found) << c.text << ": " << c.figure;
  }
}

TEST(NoValueTest, CountedNounIsForgottenParagraphsLater) {
  // Counted into a close paragraph, not past 600 bytes of others.
  std::string text = "Trump has 739 delegates.\n\n";
  for (int i = 0; i < 12; ++i) {
    text += "The rally ran long into the evening, and the crowd stayed on.\n\n";
  }
  text += "Rubio has 10.";
  for (const Quantity& q : ReadAll(text)) {
    EXPECT_NE(TextOf(text, q), "10") << q.measure;
  }
}

// ---------------------------------------------------------------- bad values

struct BadCase {
  std::string sentence;
  std::string text;  // the figure read, or "" when none may be
  double value = 0;
};

std::ostream& operator<<(std::ostream& os, const BadCase& c) {
  return os << "\"" << c.sentence.substr(0, 80) << "\"";
}

class BadValueTest : public testing::TestWithParam<BadCase> {};

TEST_P(BadValueTest, ReadsFiniteOrSkips) {
  const BadCase& c = GetParam();
  const std::vector<Quantity> all = ReadAll(c.sentence);
  for (const Quantity& q : all) {
    EXPECT_TRUE(std::isfinite(q.value.lower()) && std::isfinite(q.value.upper())) << c;
    EXPECT_FALSE(q.value.has_lower() && std::isinf(Lower(q.value))) << c;
  }
  if (c.text.empty()) {
    EXPECT_TRUE(all.empty()) << c << " read " << TextOf(c.sentence, all.front());
    return;
  }
  ASSERT_EQ(all.size(), 1u) << c;
  EXPECT_EQ(TextOf(c.sentence, all[0]), c.text) << c;
  EXPECT_TRUE(Near(all[0].value.lower(), c.value)) << c << " " << all[0].value.lower();
}

INSTANTIATE_TEST_SUITE_P(
    BadValues, BadValueTest,
    testing::Values(
        BadCase{"It cost 1e308 dollars.", ""}, BadCase{"It was -5 people.", ""},
        BadCase{"It was NaN people.", ""}, BadCase{"It was inf people.", ""},
        BadCase{"It was 1234567890123456789012345 people.",
                "1234567890123456789012345 people", 1.2345678901234568e24},
        BadCase{"It was 1,000,000,000,000,000,000,000 people.",
                "1,000,000,000,000,000,000,000 people", 1e21},
        // Beyond a double's range: no claim rather than an infinite one.
        BadCase{"It was " + std::string(400, '9') + " people.", ""},
        // 1.7e308 is finite, but "about" it reaches 1.87e308, which is not.
        BadCase{"It was about 17" + std::string(307, '0') + " people.", ""},
        BadCase{"It cost $" + std::string(300, '9') + " trillion.", ""}));

// ---------------------------------------------------------------- nouns

struct NounCase {
  std::string plural;
  std::string singular;
};

class SingularTest : public testing::TestWithParam<NounCase> {};

TEST_P(SingularTest, Singular) {
  EXPECT_EQ(SingularNoun(GetParam().plural, Patterns()), GetParam().singular);
}

INSTANTIATE_TEST_SUITE_P(
    Nouns, SingularTest,
    testing::Values(NounCase{"delegates", "delegate"}, NounCase{"countries", "country"},
                    NounCase{"people", "person"}, NounCase{"children", "child"},
                    NounCase{"classes", "class"}, NounCase{"churches", "church"},
                    NounCase{"taxes", "tax"}, NounCase{"status", "status"},
                    NounCase{"crisis", "crisis"}, NounCase{"series", "series"},
                    NounCase{"lives", "life"}, NounCase{"ads", "ad"}, NounCase{"gas", "gas"},
                    NounCase{"areas", "area"}, NounCase{"votes", "vote"},
                    NounCase{"delegate", "delegate"}, NounCase{"staff", "staff"}));

}  // namespace
}  // namespace internal
}  // namespace quotes
