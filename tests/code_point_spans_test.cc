// Quotes, cues and speaker mentions carry their spans in Unicode code points
// beside the byte spans: each code-point span must count the code points of
// the article text before the same byte offsets, over texts with accents,
// curly quotation marks and emoji (2, 3 and 4 bytes a code point).
#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"
#include "gtest/gtest.h"
#include "quotes/analyzer.h"

namespace quotes {
namespace {

// Code points of text[0, byte): the reference the records must agree with.
uint32_t CodePointsBefore(absl::string_view text, uint32_t byte) {
  uint32_t n = 0;
  for (size_t i = 0; i < byte && i < text.size(); ++i) {
    n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  }
  return n;
}

struct Case {
  const char* name;
  const char* text;
  // The first quote's text and its span in code points, counted by hand.
  const char* quote;
  uint32_t char_begin;
  uint32_t char_end;
};

class CodePointSpansTest : public testing::TestWithParam<Case> {};

void ExpectSame(absl::string_view text, const v1::Span& bytes, const v1::Span& chars,
                const std::string& what) {
  EXPECT_EQ(chars.begin(), CodePointsBefore(text, bytes.begin())) << what << " begin";
  EXPECT_EQ(chars.end(), CodePointsBefore(text, bytes.end())) << what << " end";
}

TEST_P(CodePointSpansTest, EverySpanHasItsCodePoints) {
  const Case& c = GetParam();
  auto analyzer = Analyzer::Create(AnalyzerOptions());
  ASSERT_TRUE(analyzer.ok()) << analyzer.status();
  v1::Article hints;
  hints.set_id(c.name);
  const v1::ArticleAnalysis a = (*analyzer)->Analyze(c.text, hints);
  ASSERT_FALSE(a.has_error()) << c.name << ": " << a.error().message();
  ASSERT_GT(a.quotes_size(), 0) << c.name << ": no quote in " << c.text;
  const std::string& text = a.article().text();
  const v1::Quote& first = a.quotes(0);
  EXPECT_EQ(first.text(), c.quote) << c.name;
  EXPECT_EQ(first.char_span().begin(), c.char_begin) << c.name;
  EXPECT_EQ(first.char_span().end(), c.char_end) << c.name;
  for (const v1::Quote& q : a.quotes()) {
    const std::string what = std::string(c.name) + " " + q.id();
    ExpectSame(text, q.span(), q.char_span(), what + " span");
    if (q.has_cue_span()) ExpectSame(text, q.cue_span(), q.cue_char_span(), what + " cue");
    ASSERT_EQ(q.part_char_spans_size(), q.parts_size()) << what;
    for (int i = 0; i < q.parts_size(); ++i) {
      ExpectSame(text, q.parts(i), q.part_char_spans(i), what + " part");
    }
    if (q.has_speaker() && q.speaker().has_mention()) {
      ExpectSame(text, q.speaker().mention().span(), q.speaker().mention().char_span(),
                 what + " mention");
    }
  }
  for (const v1::Speaker& s : a.speakers()) {
    for (const v1::Mention& m : s.mentions()) {
      ExpectSame(text, m.span(), m.char_span(), std::string(c.name) + " " + s.id());
    }
  }
}

INSTANTIATE_TEST_SUITE_P(
    Texts, CodePointSpansTest,
    testing::Values(
        Case{"ascii", "\"We will rebuild,\" Mayor Jane Smith said.", "We will rebuild,", 1, 17},
        // “ is 3 bytes, é and ñ 2: the quote begins at byte 3, code point 1.
        Case{"accents", "“Ça va très bien,” said José Núñez, the mayor.", "Ça va très bien,", 1,
             17},
        // An emoji (4 bytes) and accents before the quote.
        Case{"emoji",
             "Café owners 😀 cheered. “We are open again,” said Renée Dubois, who runs one.",
             "We are open again,", 24, 42},
        // An interrupted quote: its parts after non-ASCII text.
        Case{"interrupted",
             "Zoë Ortiz spoke first. “The bridge is safe,” said Zoë Ortiz. “It opens "
             "on Monday.”",
             "The bridge is safe, It opens on Monday.", 24, 81}));

}  // namespace
}  // namespace quotes
