// Word lists for quotecheck's detectors: speech verbs, titles, agencies,
// boilerplate and the rest (see proto/lexicon.proto for each list).
//
// The built-in lists are compiled in from quotes/data/default_lexicon.textproto.
// A user's lists, in the same text format, extend them or replace them. Most
// callers never need this header: AnalyzerOptions.lexicon_text_proto takes the
// same text. Bazel target: `@quotecheck//quotes:lexicon`.
//
// Example:
//   quotes::v1::Lexicon lexicon = quotes::DefaultLexicon();
//   absl::StatusOr<quotes::v1::Lexicon> mine =
//       quotes::ParseLexicon("speech_verbs { forms: \"opined\" }");
//   if (mine.ok()) lexicon.MergeFrom(*mine);  // repeated fields append
#ifndef QUOTES_LEXICON_H_
#define QUOTES_LEXICON_H_

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/lexicon.pb.h"

namespace quotes {

// The built-in word lists, parsed once at first use. Thread-safe; the
// reference lives for the program and the lists never change, so callers that
// want to edit them take a copy.
//
// Example:
//   const quotes::v1::Lexicon& builtin = quotes::DefaultLexicon();
//   quotes::v1::Lexicon mine = builtin;  // a copy to extend
//   mine.add_title_words("Ombudsman");
const v1::Lexicon& DefaultLexicon();

// Parses a Lexicon in protobuf text format. Returns InvalidArgumentError with
// the parser's line and column on malformed input. Only the syntax is checked
// here: patterns are compiled, and named when they fail, by
// Analyzer::Create() and ArticleParser::Create(). Thread-safe; the result
// owns its data and `text_proto` need only live for the duration of the call.
//
// Example:
//   absl::StatusOr<quotes::v1::Lexicon> lexicon = quotes::ParseLexicon(
//       "title_words: \"Ombudsman\"\n"
//       "boilerplate_patterns: \"^Follow us on .*$\"\n");
//   if (!lexicon.ok()) return lexicon.status();  // "line 1, column 13: ..."
absl::StatusOr<v1::Lexicon> ParseLexicon(absl::string_view text_proto);

}  // namespace quotes

#endif  // QUOTES_LEXICON_H_
