// Shared fixtures for the table-driven quote and speaker tests
// (quote_detection_test.cc, speaker_test.cc).
//
// Each case is a short piece of news text. The tests run every case inside
// every context of `Contexts()` (start of the first paragraph, after a
// dateline, inside a paragraph, after another paragraph, at the end of the
// article), so a detector that only works at offset 0 or only mid-article
// shows up as a failure in one column of the grid.
//
// Example:
//   const QuoteCase kReported[] = {
//       {"said_that", "Mayor Paul Grant said that the bridge would reopen.",
//        "the bridge would reopen", kIndirect, "Paul Grant"},
//   };
//   QUOTE_GRID(ReportedSpeechTest, kReported);  // 1 case x 5 contexts
#ifndef TESTS_QUOTE_TEST_UTIL_H_
#define TESTS_QUOTE_TEST_UTIL_H_

#include <ostream>
#include <string>
#include <tuple>
#include <vector>

#include "gtest/gtest.h"
#include "proto/quotes.pb.h"

namespace quotes {
namespace testing {

// Short names for the kinds, to keep the case tables readable.
constexpr v1::QuoteKind kDirect = v1::DIRECT;
constexpr v1::QuoteKind kIndirect = v1::INDIRECT;
constexpr v1::QuoteKind kMixed = v1::MIXED;

// Text placed around a case. The article is
//   before + lead + case + tail + after
// where `before` and `after` are whole paragraphs (ending / starting with a
// blank line) and `lead` / `tail` sit in the case's own paragraph.
struct Context {
  const char* name;
  const char* before;
  const char* lead;
  const char* tail;
  const char* after;
  // True when `before` holds a quote of its own (by someone the cases never
  // name). Quotes may then sit inside `before`, but none may cross into the
  // case.
  bool before_holds_quote = false;
};

// The grid of surrounding texts every case is run in: the start of the first
// body paragraph (after a headline), after a dateline, inside a paragraph,
// after another paragraph, after another speaker's quote, at the end of the
// article. Only the "after another quote" context names a person or holds a
// quotation mark, and its speaker is never one a case expects.
const std::vector<Context>& Contexts();

// Contexts() without the ones that quote another speaker before the case.
// For pronoun tables while the attributor resolves "she"/"he" to the last
// speaker rather than the last person named (see speaker_test.cc).
const std::vector<Context>& ContextsWithoutOtherSpeaker();

// A case that must yield a quote.
struct QuoteCase {
  // Test-name fragment: letters, digits and '_' only.
  const char* name;
  const char* text;
  // Words the quote's text must contain. The first quote that contains them
  // is the one checked.
  const char* expected;
  v1::QuoteKind kind;
  // The speaker's full name (QuoteSpeaker.name); nullptr: not checked.
  const char* speaker;
};

// A case that must not yield a quote: no quote's text may contain
// `forbidden` (a quoted title, a nickname, the text after an unbalanced mark).
struct NonQuoteCase {
  const char* name;
  const char* text;
  const char* forbidden;
};

// A case with a name in it that must not become a speaker: a name inside the
// quote, the person spoken to. No quote may be attributed to `not_speaker`;
// with `in_quote`, no quote whose text holds those words (the case's other
// quotes may be theirs).
struct WrongSpeakerCase {
  const char* name;
  const char* text;
  const char* not_speaker;
  const char* in_quote = nullptr;
};

std::ostream& operator<<(std::ostream& os, const Context& c);
std::ostream& operator<<(std::ostream& os, const WrongSpeakerCase& c);
std::ostream& operator<<(std::ostream& os, const QuoteCase& c);
std::ostream& operator<<(std::ostream& os, const NonQuoteCase& c);

// A case placed in a context, with the byte ranges of the context's own
// paragraphs, which no quote may overlap (or, when the context holds a quote
// itself, cross into from the case).
struct Placed {
  std::string article;
  // [0, before_end) holds the context's paragraphs before the case.
  size_t before_end = 0;
  // [after_begin, article.size()) holds the context's paragraphs after it.
  size_t after_begin = 0;
  bool before_holds_quote = false;
};

Placed Place(const std::string& case_text, const Context& context);

// Runs a default Analyzer (built once) on `article` with empty hints.
v1::ArticleAnalysis AnalyzeText(const std::string& article);

// Every quote of `a`, one a line, for failure messages.
std::string Describe(const v1::ArticleAnalysis& a);

// The first quote whose text contains `words`, or nullptr.
const v1::Quote* FindQuote(const v1::ArticleAnalysis& a,
                           const std::string& words);

// Checks that apply to every analysis: no error, the article text is the
// input byte for byte, every quote's span slices exactly its text, and no
// quote reaches into the context's own paragraphs.
void ExpectWellFormed(const Placed& placed, const v1::ArticleAnalysis& a);

// Places `case_text` in `context`, analyses the article and checks
// ExpectWellFormed on it: the first steps of every grid cell.
v1::ArticleAnalysis AnalyzeInContext(const std::string& case_text,
                                     const Context& context);

// The whole check of one grid cell: the case's quote is found, its text
// holds `expected`, its span slices exactly that text, and kind and speaker
// are as expected; plus ExpectWellFormed.
void CheckQuoteCase(const QuoteCase& c, const Context& context);

// The whole check of one non-match grid cell: no quote holds `forbidden`;
// plus ExpectWellFormed.
void CheckNonQuoteCase(const NonQuoteCase& c, const Context& context);

// The whole check of one wrong-speaker grid cell; plus ExpectWellFormed.
void CheckWrongSpeakerCase(const WrongSpeakerCase& c, const Context& context);

// Fixtures: each test file aliases these under its own suite names.
class QuoteGridTest
    : public ::testing::TestWithParam<std::tuple<QuoteCase, Context>> {};
class NonQuoteGridTest
    : public ::testing::TestWithParam<std::tuple<NonQuoteCase, Context>> {};
class WrongSpeakerGridTest
    : public ::testing::TestWithParam<std::tuple<WrongSpeakerCase, Context>> {};

// Name generator for INSTANTIATE_TEST_SUITE_P over Combine(cases, contexts).
template <typename Case>
std::string GridName(
    const ::testing::TestParamInfo<std::tuple<Case, Context>>& info) {
  return std::string(std::get<0>(info.param).name) + "_" +
         std::get<1>(info.param).name;
}

}  // namespace testing
}  // namespace quotes

// One suite per case table: a fixture named after the construction, one test
// body, and the table crossed with every context of Contexts() (or of
// `contexts` for QUOTE_GRID_IN). Use at namespace scope, e.g.
// QUOTE_GRID(ReportedSpeechTest, kReported);
#define QUOTECHECK_GRID_(Suite, Fixture, Check, Case, table, contexts) \
  class Suite : public ::quotes::testing::Fixture {};                  \
  TEST_P(Suite, Holds) {                                               \
    ::quotes::testing::Check(std::get<0>(GetParam()),                  \
                             std::get<1>(GetParam()));                 \
  }                                                                    \
  INSTANTIATE_TEST_SUITE_P(                                            \
      Grid, Suite,                                                     \
      ::testing::Combine(::testing::ValuesIn(table),                   \
                         ::testing::ValuesIn(contexts)),               \
      ::quotes::testing::GridName<::quotes::testing::Case>)
#define QUOTE_GRID(Suite, table)                                           \
  QUOTECHECK_GRID_(Suite, QuoteGridTest, CheckQuoteCase, QuoteCase, table, \
                   ::quotes::testing::Contexts())
#define QUOTE_GRID_IN(Suite, table, contexts)                              \
  QUOTECHECK_GRID_(Suite, QuoteGridTest, CheckQuoteCase, QuoteCase, table, \
                   contexts)
#define NON_QUOTE_GRID(Suite, table)                                         \
  QUOTECHECK_GRID_(Suite, NonQuoteGridTest, CheckNonQuoteCase, NonQuoteCase, \
                   table, ::quotes::testing::Contexts())
#define WRONG_SPEAKER_GRID(Suite, table)                               \
  QUOTECHECK_GRID_(Suite, WrongSpeakerGridTest, CheckWrongSpeakerCase, \
                   WrongSpeakerCase, table, ::quotes::testing::Contexts())

#endif  // TESTS_QUOTE_TEST_UTIL_H_
