// Word lists for quotecheck's detectors: speech verbs, titles, agencies,
// boilerplate and the rest (see proto/lexicon.proto for each list).
//
// The built-in lists are compiled in from quotes/data/default_lexicon.textproto.
// A user's lists, in the same text format, extend them or replace them.
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

// The built-in word lists. Thread-safe; the reference lives for the program.
const v1::Lexicon& DefaultLexicon();

// Parses a Lexicon in protobuf text format. Returns InvalidArgumentError with
// the parser's line and column on malformed input.
absl::StatusOr<v1::Lexicon> ParseLexicon(absl::string_view text_proto);

}  // namespace quotes

#endif  // QUOTES_LEXICON_H_
