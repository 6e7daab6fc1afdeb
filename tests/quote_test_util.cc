#include "tests/quote_test_util.h"

#include <memory>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "quotes/analyzer.h"

namespace quotes {
namespace testing {

const std::vector<Context>& Contexts() {
  // A headline line opens every context but the dateline one: the parser
  // reads a short first line as the headline, so a case there would be
  // metadata, not body text.
  static const std::vector<Context>* const kContexts = new std::vector<Context>{
      {"paragraph_start", "Council approves new budget\n\n", "", "",
       "\n\nThe council will meet again next week.\n"},
      {"dateline", "", "LISBON, Portugal, May 3. ", "",
       "\n\nThe council will meet again next week.\n"},
      {"inside_paragraph",
       "Council approves new budget\n\n"
       "The city council met on Tuesday to discuss the budget.\n\n",
       "Residents filled the hall. ", " The session ended at noon.",
       "\n\nThe council will meet again next week.\n"},
      {"after_paragraph",
       "Council approves new budget\n\n"
       "The city council met on Tuesday to discuss the budget.\n\n",
       "", "", "\n\nThe council will meet again next week.\n"},
      {"after_another_quote",
       "Council approves new budget\n\n"
       "“We cannot delay the budget again,” Councillor Maria Lopez "
       "said.\n\n",
       "", "", "\n\nThe council will meet again next week.\n",
       /*before_holds_quote=*/true},
      {"end_of_article",
       "Council approves new budget\n\n"
       "The city council met on Tuesday to discuss the budget.\n\n"
       "Residents filled the hall.\n\n",
       "", "", "\n"},
  };
  return *kContexts;
}

const std::vector<Context>& ContextsWithoutOtherSpeaker() {
  static const std::vector<Context>* const kContexts = [] {
    auto* contexts = new std::vector<Context>;
    for (const Context& c : Contexts()) {
      if (!c.before_holds_quote) contexts->push_back(c);
    }
    return contexts;
  }();
  return *kContexts;
}

std::ostream& operator<<(std::ostream& os, const Context& c) {
  return os << "context " << c.name;
}

std::ostream& operator<<(std::ostream& os, const QuoteCase& c) {
  return os << "case " << c.name << ": \"" << c.text << "\" expecting "
            << v1::QuoteKind_Name(c.kind) << " quote containing \""
            << c.expected << "\" by "
            << (c.speaker == nullptr ? "(any speaker)" : c.speaker);
}

std::ostream& operator<<(std::ostream& os, const NonQuoteCase& c) {
  return os << "case " << c.name << ": \"" << c.text
            << "\" expecting no quote containing \"" << c.forbidden << "\"";
}

std::ostream& operator<<(std::ostream& os, const WrongSpeakerCase& c) {
  return os << "case " << c.name << ": \"" << c.text
            << "\" expecting no quote attributed to " << c.not_speaker;
}

Placed Place(const std::string& case_text, const Context& context) {
  Placed p;
  p.article = context.before;
  p.before_end = p.article.size();
  p.before_holds_quote = context.before_holds_quote;
  absl::StrAppend(&p.article, context.lead);
  absl::StrAppend(&p.article, case_text, context.tail);
  p.after_begin = p.article.size();
  absl::StrAppend(&p.article, context.after);
  return p;
}

v1::ArticleAnalysis AnalyzeText(const std::string& article) {
  static const Analyzer* const kAnalyzer = [] {
    absl::StatusOr<std::unique_ptr<Analyzer>> analyzer =
        Analyzer::Create(AnalyzerOptions());
    if (!analyzer.ok()) {
      ADD_FAILURE() << "Analyzer::Create: " << analyzer.status();
      return static_cast<Analyzer*>(nullptr);
    }
    return analyzer->release();
  }();
  if (kAnalyzer == nullptr) return v1::ArticleAnalysis();
  return kAnalyzer->Analyze(article, v1::Article());
}

std::string Describe(const v1::ArticleAnalysis& a) {
  std::string out = absl::StrCat(a.quotes_size(), " quote(s) found");
  if (!a.article().headline().empty()) {
    absl::StrAppend(&out, " (headline read: \"", a.article().headline(), "\")");
  }
  absl::StrAppend(&out, "\n");
  for (const v1::Quote& q : a.quotes()) {
    absl::StrAppendFormat(
        &out, "  %s [%d,%d) \"%s\" cue=\"%s\" speaker=\"%s\" (%s)\n",
        v1::QuoteKind_Name(q.kind()), q.span().begin(), q.span().end(),
        q.text(), q.cue(), q.speaker().name(),
        v1::MentionForm_Name(q.speaker().mention().form()));
  }
  return out;
}

const v1::Quote* FindQuote(const v1::ArticleAnalysis& a,
                           const std::string& words) {
  for (const v1::Quote& q : a.quotes()) {
    if (q.text().find(words) != std::string::npos) return &q;
  }
  return nullptr;
}

void ExpectWellFormed(const Placed& placed, const v1::ArticleAnalysis& a) {
  EXPECT_TRUE(a.error().message().empty()) << a.error().message();
  ASSERT_EQ(a.article().text(), placed.article);
  const std::string& text = a.article().text();
  for (const v1::Quote& q : a.quotes()) {
    const uint32_t begin = q.span().begin(), end = q.span().end();
    ASSERT_LE(begin, end) << q.id();
    ASSERT_LE(end, text.size()) << q.id();
    if (q.parts_size() == 0) {
      EXPECT_EQ(text.substr(begin, end - begin), q.text())
          << q.id() << ": the span must slice exactly the quote's text";
    } else {
      // An interrupted quote's text is its pieces, joined by a space.
      std::string pieces;
      for (const v1::Span& p : q.parts()) {
        ASSERT_LE(begin, p.begin()) << q.id();
        ASSERT_LE(p.end(), end) << q.id();
        if (!pieces.empty()) pieces.push_back(' ');
        pieces += text.substr(p.begin(), p.end() - p.begin());
      }
      EXPECT_EQ(pieces, q.text()) << q.id() << ": the text must be the pieces joined";
    }
    if (!placed.before_holds_quote || end > placed.before_end) {
      EXPECT_GE(begin, placed.before_end)
          << q.id() << " reaches back into the paragraphs before the case";
    }
    EXPECT_LE(end, placed.after_begin)
        << q.id() << " runs on into the paragraphs after the case";
  }
}

v1::ArticleAnalysis AnalyzeInContext(const std::string& case_text,
                                     const Context& context) {
  const Placed placed = Place(case_text, context);
  v1::ArticleAnalysis a = AnalyzeText(placed.article);
  SCOPED_TRACE(Describe(a));
  ExpectWellFormed(placed, a);
  return a;
}

void CheckQuoteCase(const QuoteCase& c, const Context& context) {
  SCOPED_TRACE(::testing::Message() << c << ", " << context);
  const v1::ArticleAnalysis a = AnalyzeInContext(c.text, context);
  SCOPED_TRACE(Describe(a));
  const v1::Quote* q = FindQuote(a, c.expected);
  ASSERT_NE(q, nullptr) << "no quote contains \"" << c.expected << "\"";
  EXPECT_EQ(v1::QuoteKind_Name(q->kind()), v1::QuoteKind_Name(c.kind));
  if (c.speaker != nullptr) {
    EXPECT_EQ(q->speaker().name(), c.speaker);
  }
}

void CheckNonQuoteCase(const NonQuoteCase& c, const Context& context) {
  SCOPED_TRACE(::testing::Message() << c << ", " << context);
  const v1::ArticleAnalysis a = AnalyzeInContext(c.text, context);
  SCOPED_TRACE(Describe(a));
  const v1::Quote* q = FindQuote(a, c.forbidden);
  EXPECT_TRUE(q == nullptr) << "a quote holds \"" << c.forbidden
                            << "\", which is not speech: " << q->text();
}

void CheckWrongSpeakerCase(const WrongSpeakerCase& c, const Context& context) {
  SCOPED_TRACE(::testing::Message() << c << ", " << context);
  const v1::ArticleAnalysis a = AnalyzeInContext(c.text, context);
  SCOPED_TRACE(Describe(a));
  if (c.in_quote != nullptr) {
    ASSERT_NE(FindQuote(a, c.in_quote), nullptr) << "no quote holds \"" << c.in_quote << "\"";
  }
  for (const v1::Quote& q : a.quotes()) {
    if (c.in_quote != nullptr && !absl::StrContains(q.text(), c.in_quote)) continue;
    EXPECT_NE(q.speaker().name(), c.not_speaker)
        << q.id() << " \"" << q.text() << "\" is not theirs";
  }
}

}  // namespace testing
}  // namespace quotes
