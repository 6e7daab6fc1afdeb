// Tests of WordList and WordShape: the size and first-letter pretests the
// speaker model's word tests take from their lists.
#include "quotes/text/word_list.h"

#include <iterator>

#include "gtest/gtest.h"

namespace quotes {
namespace internal {
namespace {

constexpr WordList kPronouns{"he", "She", "they", "it"};

// Worked out at compile time: the lists are `static constexpr`.
static_assert(kPronouns.max_size() == 4, "\"they\"");
static_assert(kPronouns.first_letters() ==
                  ((1u << ('h' - 'a')) | (1u << ('s' - 'a')) | (1u << ('t' - 'a')) |
                   (1u << ('i' - 'a'))),
              "h, s, t, i");
static_assert(kPronouns.Contains("they") && !kPronouns.Contains("then"), "");

TEST(WordListTest, ShapeIsTheLongestWordAndTheFirstLetters) {
  EXPECT_EQ(kPronouns.max_size(), 4u);
  EXPECT_EQ(std::size(kPronouns.words()), 4u);
  EXPECT_TRUE(IsOneOf("they", kPronouns.words()));
  for (char c = 'a'; c <= 'z'; ++c) {
    const bool first = c == 'h' || c == 's' || c == 't' || c == 'i';
    EXPECT_EQ(((kPronouns.first_letters() >> (c - 'a')) & 1) != 0, first) << c;
  }
}

TEST(WordListTest, ContainsTheWordsAsWritten) {
  for (absl::string_view w : {"he", "She", "they", "it"}) {
    EXPECT_TRUE(kPronouns.Contains(w)) << w;
  }
  // Another case, a prefix, a word as long as the longest, and one longer
  // than any ("theyre": rejected by its size alone).
  for (absl::string_view w : {"He", "she", "h", "them", "theyre", "", "i"}) {
    EXPECT_FALSE(kPronouns.Contains(w)) << w;
  }
}

TEST(WordListTest, MayHoldAnyCaseByTheSizeAndTheFirstLetter) {
  const WordShape& shape = kPronouns.shape();
  // In either case, and words that merely begin and are sized as one does.
  for (absl::string_view w : {"he", "HE", "sHE", "SHE", "Tom", "ink", "tent"}) {
    EXPECT_TRUE(shape.MayHoldAnyCase(w)) << w;
  }
  // Longer than any, empty, a first letter no word has, or a first byte no
  // ASCII letter (only 'A' to 'Z' and 'a' to 'z' OR with 0x20 to a letter).
  for (absl::string_view w : {"there", "", "we", "And", "(he", "\xC3\xA9t", "1t"}) {
    EXPECT_FALSE(shape.MayHoldAnyCase(w)) << w;
  }
  EXPECT_TRUE(shape.MayHold("we"));
  EXPECT_FALSE(shape.MayHold("there"));
  EXPECT_TRUE(shape.MayHold(""));  // a pretest: "" is no word either
}

TEST(WordListTest, AWordOfNoLetterFirstPassesEveryByteThatIsNoLetter) {
  static constexpr WordList kConnectors{"of", "and", "&"};
  static_assert(kConnectors.max_size() == 3, "");
  EXPECT_TRUE(kConnectors.Contains("&"));
  EXPECT_FALSE(kConnectors.Contains("&&&&"));
  EXPECT_TRUE(kConnectors.shape().MayHoldAnyCase("&"));
  EXPECT_TRUE(kConnectors.shape().MayHoldAnyCase("+"));  // no letter: may be
  EXPECT_TRUE(kConnectors.shape().MayHoldAnyCase("OF"));
  EXPECT_FALSE(kConnectors.shape().MayHoldAnyCase("in"));
}

TEST(WordListTest, TheShapeOfTwoListsHoldsTheWordsOfEither) {
  static constexpr WordList kMale{"mr", "sir", "lord"};
  static constexpr WordList kFemale{"mrs", "ms", "miss", "dame", "lady"};
  static constexpr WordShape kShape = kMale.shape() | kFemale.shape();
  static_assert(kShape.max_size() == 4, "");
  static_assert(kShape.first_letters() == (kMale.first_letters() | kFemale.first_letters()),
                "");
  for (absl::string_view w : {"Mr", "SIR", "Lord", "Dame", "lady", "Dr"}) {
    EXPECT_TRUE(kShape.MayHoldAnyCase(w)) << w;
  }
  for (absl::string_view w : {"madam", "Herr", "Prof", "Sirs."}) {
    EXPECT_FALSE(kShape.MayHoldAnyCase(w)) << w;
  }
}

TEST(WordListTest, MatchesWithoutTheSizeTest) {
  EXPECT_TRUE(kPronouns.Matches("She"));
  EXPECT_FALSE(kPronouns.Matches("she"));
  EXPECT_FALSE(kPronouns.Matches("theyre"));
}

TEST(IsOneOfTest, ComparesEveryWordAsWritten) {
  static constexpr absl::string_view kWords[] = {"was", "were", "is", ""};
  EXPECT_TRUE(IsOneOf("was", kWords));
  EXPECT_TRUE(IsOneOf("is", kWords));
  EXPECT_TRUE(IsOneOf("", kWords));
  EXPECT_FALSE(IsOneOf("Was", kWords));
  EXPECT_FALSE(IsOneOf("wass", kWords));
  EXPECT_FALSE(IsOneOf("i", kWords));
}

}  // namespace
}  // namespace internal
}  // namespace quotes
