// Tests of a figure's subject, frame and scope (quotes/claims/claim_subject.h):
// a table of sentences, each with the figure marked by [brackets], and what
// the finder must read; the article around them is the sentence alone unless
// a case gives an earlier paragraph text.
#include "quotes/claims/claim_subject.h"

#include <memory>
#include <ostream>
#include <string>

#include "gtest/gtest.h"
#include "quotes/lexicon.h"

namespace quotes {
namespace internal {
namespace {

struct SubjectCase {
  std::string before;    // earlier text of the paragraph, if any
  std::string sentence;  // the figure in [brackets]
  std::string subject;
  std::string subject_key;
  std::string frame;
  std::string scope;
  bool running;
};

std::ostream& operator<<(std::ostream& os, const SubjectCase& c) {
  return os << "\"" << c.before << c.sentence << "\"";
}

const SubjectFinder& Finder() {
  static const SubjectFinder* const finder =
      SubjectFinder::Create(DefaultLexicon()).value().release();
  return *finder;
}

// `marked` without its [brackets]; *open and *close are where they stood
// (the figure's begin and end in the result).
std::string Unmarked(const std::string& marked, size_t* open, size_t* close) {
  std::string text = marked;
  *open = text.find('[');
  text.erase(*open, 1);
  *close = text.find(']');
  text.erase(*close, 1);
  return text;
}

class SubjectTest : public testing::TestWithParam<SubjectCase> {};

TEST_P(SubjectTest, ReadsKey) {
  const SubjectCase& c = GetParam();
  size_t open = 0, close = 0;
  const std::string sentence = Unmarked(c.sentence, &open, &close);
  const std::string text = c.before + sentence;
  const size_t b = c.before.size();
  ArticleSubjects article(Finder(), text);
  const ClaimKey k =
      article.Find({0, text.size()}, {b, text.size()}, {b + open, b + close});
  EXPECT_EQ(k.subject, c.subject) << c;
  EXPECT_EQ(k.subject_key, c.subject_key) << c;
  EXPECT_EQ(k.frame, c.frame) << c;
  EXPECT_EQ(k.scope, c.scope) << c;
  EXPECT_EQ(k.running, c.running) << c;
}

INSTANTIATE_TEST_SUITE_P(
    Sentences, SubjectTest,
    testing::Values(
        SubjectCase{"", "Ted Cruz has [11 delegates] and Rubio has 10.", "Ted Cruz",
                    "cruz", "has", "", true},
        SubjectCase{"Marco Rubio spoke. ", "Ted Cruz has 11 delegates and Rubio has [10].",
                    "Marco Rubio", "rubio", "has", "", true},
        SubjectCase{"", "Including superdelegates, Clinton now has [at least 882 delegates].",
                    "Clinton", "clinton", "has", "", true},
        SubjectCase{"", "Trump has 739 delegates to Cruz's [465].", "Cruz", "cruz", "has", "",
                    true},
        SubjectCase{"", "Clinton has 1,163 delegates to Sanders\u2019 [844].", "Sanders",
                    "sanders", "has", "", true},
        SubjectCase{"", "Clinton had 1,944 delegates, compared to Sanders' [1,192].", "Sanders",
                    "sanders", "has", "", true},
        // "who" after a comma stands for the name before it, a person
        // rather than the place the person is of.
        SubjectCase{"", "It was a win for Ted Cruz of Texas, who has [11 delegates].",
                    "Ted Cruz", "cruz", "has", "", true},
        SubjectCase{"", "Clinton had 2,205, compared with Sanders, who had [1,401].",
                    "Sanders", "sanders", "has", "", true},
        // A list line under a heading.
        SubjectCase{"Hillary Clinton won. ", "Clinton: [547].", "Hillary Clinton", "clinton",
                    "has", "", true},
        SubjectCase{"", "Bernie Sanders: [1,501 delegates].", "Bernie Sanders", "sanders", "has",
                    "", true},
        SubjectCase{"", "Pledged: [781].", "", "", "", "", false},
        SubjectCase{"", "UN: [5,000 people] fled the town.", "", "", "", "", false},
        // What a subject lacks, written after the figure.
        SubjectCase{"", "Counting superdelegates, Hillary Clinton is [71 delegates] short of "
                        "the 2,383 needed.",
                    "Hillary Clinton", "clinton", "needs", "", true},
        SubjectCase{"", "Donald Trump is now [100 delegates] shy of the nomination.",
                    "Donald Trump", "trump", "needs", "", true},
        // "away from" is as often of a place.
        SubjectCase{"", "Labour set up [three doors] away from the Tories.", "", "", "", "",
                    false},
        SubjectCase{"", "It takes [2,383 delegates] to win the nomination.", "", "",
                    "needed", "", false},
        SubjectCase{"", "Trump is short of the [1,237 delegates] needed to clinch.", "", "",
                    "needed", "", false},
        SubjectCase{"", "Donald Trump won [at least 44] of the 50 delegates at stake in "
                        "the South Carolina primary.",
                    "Donald Trump", "trump", "won", "south carolina", false},
        SubjectCase{"", "Donald Trump won at least 44 of the [50 delegates] at stake in "
                        "the South Carolina primary.",
                    "", "", "at stake", "south carolina", false},
        SubjectCase{"", "Trump gets 58 of the [98 delegates] in Arizona.", "", "", "",
                    "arizona", false},
        SubjectCase{"Hillary Clinton spoke. ",
                    "Clinton already scored victories in Florida and North Carolina, "
                    "earning [175 additional delegates].",
                    "Hillary Clinton", "clinton", "won", "", true},
        SubjectCase{"Hillary Clinton campaigned in Ohio. ",
                    "On Monday she won [40 delegates].", "Hillary Clinton", "clinton", "won",
                    "", true},
        SubjectCase{"", "Sen. Ted Cruz, with [329 delegates], needs to win 80 percent.",
                    "Ted Cruz", "cruz", "has", "", true},
        SubjectCase{"", "House Democrats have [188 seats].", "House Democrats",
                    "house democrats", "has", "", true},
        SubjectCase{"", "Police said [12 people] were killed.", "", "", "killed", "", false},
        SubjectCase{"", "The report counted [12 people].", "", "", "", "", false},
        SubjectCase{"", "In Florida, Trump won [99 delegates].", "Trump", "trump", "won",
                    "florida", false},
        SubjectCase{"", "The rally drew [5,000 people] on Tuesday.", "", "", "", "", false},
        SubjectCase{"", "Sen. Marco Rubio (who has [110 delegates]) must win 64 percent.",
                    "Marco Rubio", "rubio", "has", "", true},
        SubjectCase{"", "Donald Trump (R-N.Y.) has [739 delegates].", "Donald Trump", "trump",
                    "has", "", true},
        SubjectCase{"", "The group's efforts against Mr. Trump raised [$4 million].", "", "",
                    "raised", "", false},
        SubjectCase{"", "To secure the GOP nomination, a candidate must win [1,237 delegates].",
                    "", "", "needs", "", true},
        SubjectCase{"", "The GOP has [247 seats].", "GOP", "gop", "has", "", true},
        // A sentence's first word is no name unless the article says so.
        SubjectCase{"", "Federal prosecutors said they have [12 witnesses].", "", "", "has", "",
                    true},
        SubjectCase{"Donald Trump spoke. ", "Trump has [739 delegates].", "Donald Trump",
                    "trump", "has", "", true},
        // A toll is of its victims, whoever killed them.
        SubjectCase{"", "Hurricane Odalys killed [12 people] on Sunday.", "", "", "killed", "",
                    false},
        SubjectCase{"", "[A half-dozen aides] left at 7:19 p.m.", "", "", "", "", false},
        SubjectCase{"", "He needs 61 percent of the rest to reach [1,237].", "", "", "needed",
                    "", false},
        SubjectCase{"", "It could lift him above the [1,237 delegate] threshold.", "", "",
                    "needed", "", false},
        SubjectCase{"", "Asked about her emails, 46 percent said yes, compared with [23 percent].",
                    "", "", "", "", false},
        // A name after "of the" is what the subject is of, not the subject.
        SubjectCase{"", "The director of the Millbrook Housing Authority spent [$1.5 million] "
                        "on trips.",
                    "", "", "spent", "", false},
        SubjectCase{"", "The head of the authority misspent [$1.6 million].", "", "", "spent",
                    "", false},
        SubjectCase{"", "Auditors accused David Pyle of wasting [$1.5 million].", "David Pyle",
                    "pyle", "spent", "", false}));

struct RivalCase {
  std::string before;    // earlier text of the paragraph, if any
  std::string sentence;
  std::string rival;     // as written in the sentence
  std::string figure;    // as written in the sentence
  bool of_rival;
  std::string subject;
};

std::ostream& operator<<(std::ostream& os, const RivalCase& c) {
  return os << "\"" << c.before << c.sentence << "\" (" << c.figure << ")";
}

class RivalTest : public testing::TestWithParam<RivalCase> {};

TEST_P(RivalTest, ReadsWhoseFigure) {
  const RivalCase& c = GetParam();
  const std::string text = c.before + c.sentence;
  const size_t b = c.before.size();
  const size_t rival = text.find(c.rival, b);
  const size_t figure = text.find(c.figure, rival);
  ArticleSubjects article(Finder(), text);
  const ClaimKey k = article.RivalOf({0, text.size()}, {b, text.size()},
                                     {figure, figure + c.figure.size()},
                                     {rival, rival + c.rival.size()}, c.of_rival);
  EXPECT_EQ(k.subject, c.subject) << c;
  EXPECT_EQ(k.frame, "has") << c;
  EXPECT_TRUE(k.running) << c;
}

INSTANTIATE_TEST_SUITE_P(
    Sentences, RivalTest,
    testing::Values(
        RivalCase{"Hillary Clinton won. ", "Clinton leads Bernie Sanders 1,428 to 1,153.",
                  "Bernie Sanders", "1,428", false, "Hillary Clinton"},
        RivalCase{"Hillary Clinton won. ", "Clinton leads Bernie Sanders 1,428 to 1,153.",
                  "Bernie Sanders", "1,153", true, "Bernie Sanders"},
        // A relative clause: "who" stands for the name before it, whatever
        // governs that name.
        RivalCase{"", "It helps Hillary Clinton, who leads Sanders, 1,428 to 1,153.", "Sanders",
                  "1,428", false, "Hillary Clinton"},
        RivalCase{"Ted Cruz spoke. ", "Cruz trails Donald Trump 458 to 359.", "Donald Trump",
                  "359", false, "Ted Cruz"},
        // A pronoun: the person named before in the paragraph.
        RivalCase{"Donald Trump won Arizona. ", "He leads Ted Cruz 739 to 465.", "Ted Cruz",
                  "739", false, "Donald Trump"}));

TEST(SubjectFinderTest, AgeIsOfTheNameItFollows) {
  const std::string text = "Former congressman Anthony Weiner, 46, pleaded guilty.";
  ArticleSubjects article(Finder(), text);
  const size_t begin = text.find("Weiner");
  const ClaimKey k = article.AgeOf({0, text.size()}, {begin, text.find(", p")});
  EXPECT_EQ(k.subject, "Anthony Weiner");
  EXPECT_EQ(k.subject_key, "weiner");
  EXPECT_EQ(k.frame, "age");
  EXPECT_FALSE(k.running);
}

struct AgeCase {
  std::string before;    // earlier text of the paragraph, if any
  std::string sentence;  // the age in [brackets]
  std::string subject;   // empty: nobody's, and no frame
};

std::ostream& operator<<(std::ostream& os, const AgeCase& c) {
  return os << "\"" << c.before << c.sentence << "\"";
}

class AgeTest : public testing::TestWithParam<AgeCase> {};

TEST_P(AgeTest, ReadsWhoseAge) {
  const AgeCase& c = GetParam();
  size_t open = 0, close = 0;
  const std::string sentence = Unmarked(c.sentence, &open, &close);
  const std::string text = c.before + sentence;
  const size_t b = c.before.size();
  ArticleSubjects article(Finder(), text);
  const ClaimKey k = article.AgeOf({b, text.size()}, {b + open, b + close});
  EXPECT_EQ(k.subject, c.subject) << c;
  EXPECT_EQ(k.frame, c.subject.empty() ? "" : "age") << c;
  EXPECT_FALSE(k.running) << c;
}

INSTANTIATE_TEST_SUITE_P(
    Sentences, AgeTest,
    testing::Values(
        AgeCase{"", "Former congressman Anthony Weiner, [46], pleaded guilty.",
                "Anthony Weiner"},
        // In apposition to a name, whatever governs the name.
        AgeCase{"", "The verdict went to Lorna Pettigrew, a [58-year-old] woman from Oster "
                    "Falls.",
                "Lorna Pettigrew"},
        AgeCase{"John Sankus was jailed. ",
                "The longest sentence went to Sankus, a [28-year-old] from Philadelphia.",
                "John Sankus"},
        AgeCase{"", "Opinion was divided over Rodney Hylton-Potts, a [59-year-old] fraudster.",
                "Rodney Hylton-Potts"},
        // Named after the description.
        AgeCase{"", "The gunman, a [23-year-old] Brisbee Township man named Travis Osgood, "
                    "died.",
                "Travis Osgood"},
        AgeCase{"", "Police said a [46-year-old] man identified as Darnell Whitcomb was held.",
                "Darnell Whitcomb"},
        // A place or source in a phrase that opens the sentence is nobody's
        // age; the age opens the main clause.
        AgeCase{"", "In Oster Falls, a [58-year-old] woman was hurt.", ""},
        AgeCase{"", "On a visit to India, the [60-year-old] actor said he was happy.", ""},
        AgeCase{"", "On the outskirts of Kyoto, [83-year-old] Yuji Shimizu plays golf.", ""},
        AgeCase{"", "Speaking to Le Matin, the [24-year-old] Swiss added a word.", ""},
        AgeCase{"", "Federal prosecutors charged a [46-year-old] former official.", ""},
        // "the 31-year-old" refers on its own, unless a name follows it and
        // ends the phrase.
        AgeCase{"", "Agent Brian Hassell insists that the [31-year-old] midfielder is fit.",
                ""},
        AgeCase{"Paul Eastwood won. ", "Swank said to the [74-year-old] Eastwood.",
                "Paul Eastwood"},
        AgeCase{"", "He lost his place to [18-year-old] Aiden McGeady in March.",
                "Aiden McGeady"},
        AgeCase{"", "The firm renovated the [44-year-old] Boca West Country Club.", ""},
        AgeCase{"", "Athletics Ireland hinted that the [35-year-old] Cobh runner may run.",
                ""}));

struct WholeCase {
  std::string sentence;  // the figure in [brackets]
  std::string whole;
};

class WholeTest : public testing::TestWithParam<WholeCase> {};

TEST_P(WholeTest, ReadsWhatAPartIsOf) {
  size_t open = 0, close = 0;
  const std::string text = Unmarked(GetParam().sentence, &open, &close);
  ArticleSubjects article(Finder(), text);
  EXPECT_EQ(article.Find({0, text.size()}, {0, text.size()}, {open, close}).whole,
            GetParam().whole)
      << GetParam().sentence;
}

INSTANTIATE_TEST_SUITE_P(
    Parts, WholeTest,
    testing::Values(WholeCase{"Trump was leading with [34 percent] of the vote.", "vote"},
                    WholeCase{"Trump leads with [40 percent] support.", "support"},
                    WholeCase{"With [17 percent] of likely Democratic voters undecided.",
                              "voters"},
                    WholeCase{"[52 percent] said yes.", ""},
                    WholeCase{"Clinton won [55 percent] in Ohio.", ""}));

TEST(SubjectFinderTest, RejectsFrameWithoutName) {
  v1::Lexicon lexicon;
  lexicon.add_claim_frames()->add_forms("has");
  EXPECT_FALSE(SubjectFinder::Create(lexicon).ok());
}

}  // namespace
}  // namespace internal
}  // namespace quotes
