#include "quotes/analyzer.h"

#include <algorithm>
#include <exception>
#include <new>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "quotes/article_parser.h"
#include "quotes/attribution/attributor.h"
#include "quotes/claims/claims.h"
#include "quotes/crosscheck/cross_check.h"
#include "quotes/lexicon.h"

namespace quotes {

namespace {

// Why text holding a NUL byte (at `nul`) is no article, saying what it
// looks like: UTF-16 (a byte-order mark, or NULs at every other byte of
// ASCII text), gzip (its magic number), or other binary data.
std::string NotTextMessage(absl::string_view text, size_t nul) {
  auto starts = [&](absl::string_view prefix) { return absl::StartsWith(text, prefix); };
  std::string what;
  if (starts("\xFF\xFE") || starts("\xFE\xFF")) {
    what = "UTF-16 text (a byte-order mark): convert it to UTF-8";
  } else if (starts("\x1F\x8B")) {
    what = "gzip-compressed data: name the file *.gz, or gunzip it";
  } else {
    // ASCII written as UTF-16: a NUL at every other byte of the first ones.
    size_t odd = 0, even = 0;
    const size_t n = std::min<size_t>(text.size(), 256);
    for (size_t i = 0; i < n; ++i) (i % 2 == 0 ? even : odd) += text[i] == '\0';
    if (n >= 8 && (odd * 4 >= n * 3 / 2 || even * 4 >= n * 3 / 2)) {
      what = "UTF-16 text (NUL at every other byte): convert it to UTF-8";
    } else {
      what = "binary data, not a text article";
    }
  }
  return absl::StrCat("NUL byte at byte ", nul, ": ", what);
}

}  // namespace


Analyzer::Analyzer() = default;
Analyzer::~Analyzer() = default;

absl::StatusOr<std::unique_ptr<Analyzer>> Analyzer::Create(
    const AnalyzerOptions& options) {
  std::unique_ptr<Analyzer> a(new Analyzer());
  a->options_ = options;
  if (!options.replace_lexicon) a->lexicon_ = DefaultLexicon();
  if (!options.lexicon_text_proto.empty()) {
    absl::StatusOr<v1::Lexicon> user = ParseLexicon(options.lexicon_text_proto);
    if (!user.ok()) return user.status();
    a->lexicon_.MergeFrom(*user);
  }
  auto parser = ArticleParser::Create(a->lexicon_);
  if (!parser.ok()) return parser.status();
  a->parser_ = *std::move(parser);
  internal::AttributorOptions ao;
  ao.direct = options.detect_direct;
  ao.reported = options.detect_reported;
  ao.min_confidence = options.strictness == Strictness::kCertain  ? 0.85f
                      : options.strictness == Strictness::kLikely ? 0.6f
                                                                  : 0.0f;
  auto attributor = internal::Attributor::Create(a->lexicon_, ao);
  if (!attributor.ok()) return attributor.status();
  a->attributor_ = *std::move(attributor);
  // The claim patterns are the costliest to compile: only when asked for.
  if (options.extract_claims) {
    auto claims = internal::ClaimExtractor::Create(a->lexicon_);
    if (!claims.ok()) return claims.status();
    a->claims_ = *std::move(claims);
  }
  return a;
}

v1::ArticleAnalysis Analyzer::Analyze(absl::string_view text,
                                      const v1::Article& hints) const {
  v1::ArticleAnalysis analysis;
  AnalyzeTo(text, hints, &analysis);
  return analysis;
}

void Analyzer::AnalyzeTo(absl::string_view text, const v1::Article& hints,
                         v1::ArticleAnalysis* out) const {
  AnalyzeGuarded(text, nullptr, hints, out);
}

void Analyzer::AnalyzeTakingText(std::string* text, const v1::Article& hints,
                                 v1::ArticleAnalysis* out) const {
  AnalyzeGuarded(*text, text, hints, out);
}

void Analyzer::AnalyzeGuarded(absl::string_view text, std::string* owned,
                              const v1::Article& hints,
                              v1::ArticleAnalysis* out) const {
  // Read before the text may be taken.
  const size_t size = text.size();
  // Never fails, as documented: a bug that throws (the standard library's
  // and Abseil's containers do, on a key or an index that is not there)
  // costs this article an error record, not the caller's whole batch. The
  // fuzzers count such a record as a crash.
  try {
    AnalyzeOrThrow(text, owned, hints, out);
  } catch (const std::bad_alloc&) {
    // Not a bug of the article's: the machine's memory (or a limit set on
    // the process) ran out.
    out->Clear();
    *out->mutable_article() = hints;
    out->mutable_error()->set_article_id(hints.id());
    out->mutable_error()->set_message(absl::StrCat(
        "out of memory analysing ", size,
        " bytes (a smaller --max_article_mb, or fewer --threads, bounds it)"));
  } catch (const std::exception& e) {
    out->Clear();
    *out->mutable_article() = hints;
    out->mutable_error()->set_article_id(hints.id());
    out->mutable_error()->set_message(
        absl::StrCat(kInternalError, e.what(), " (a bug: please report the article)"));
  }
}

void Analyzer::AnalyzeOrThrow(absl::string_view text, std::string* owned,
                              const v1::Article& hints,
                              v1::ArticleAnalysis* out) const {
  out->Clear();
  v1::ArticleAnalysis& analysis = *out;
  const size_t nul = text.find('\0');
  // Parsed straight into the analysis's own article: on an arena, a parsed
  // Article moved in would be copied field by field.
  const absl::Status parsed =
      nul != absl::string_view::npos
          ? absl::InvalidArgumentError(NotTextMessage(text, nul))
      : owned != nullptr
          ? parser_->ParseTakingText(owned, hints, analysis.mutable_article())
          : parser_->ParseTo(text, hints, analysis.mutable_article());
  if (!parsed.ok()) {
    *analysis.mutable_article() = hints;
    analysis.mutable_error()->set_article_id(hints.id());
    analysis.mutable_error()->set_message(std::string(parsed.message()));
    return;
  }
  // The stages in their order, each reading what the one before wrote: the
  // article parsed above (paragraphs, headline, date), then the quotes and
  // their speakers, then the claims, which take the speaker of the quote
  // they sit in.
  attributor_->Attribute(&analysis);
  if (options_.extract_claims) claims_->Extract(&analysis);
  if (!options_.include_text) analysis.mutable_article()->clear_text();
}

size_t Analyzer::AnalyzeStream(
    const std::function<bool(v1::Article*)>& next,
    const std::function<bool(v1::ArticleAnalysis)>& sink) const {
  size_t count = 0;
  v1::Article article;
  while (next(&article)) {
    std::string text = std::move(*article.mutable_text());
    article.clear_text();
    ++count;
    v1::ArticleAnalysis analysis;
    AnalyzeTakingText(&text, article, &analysis);
    if (!sink(std::move(analysis))) break;
    article.Clear();
  }
  return count;
}

v1::CrossCheckReport Analyzer::CrossCheck(
    const std::vector<v1::ArticleAnalysis>& analyses) const {
  return internal::CrossCheckClaims(analyses);
}

}  // namespace quotes
