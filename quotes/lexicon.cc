#include "quotes/lexicon.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "google/protobuf/io/tokenizer.h"
#include "google/protobuf/text_format.h"

namespace quotes {

// Generated from quotes/data/default_lexicon.textproto by //quotes:embed_lexicon.
extern const char kDefaultLexiconTextProto[];

namespace {

// Collects the text-format parser's complaints instead of logging them.
class ErrorCollector : public google::protobuf::io::ErrorCollector {
 public:
  void AddError(int line, google::protobuf::io::ColumnNumber column,
                const std::string& message) override {
    if (first_.empty()) {
      first_ = absl::StrCat("line ", line + 1, ", column ", column + 1, ": ",
                            message);
    }
  }
  const std::string& first() const { return first_; }

 private:
  std::string first_;
};

}  // namespace

absl::StatusOr<v1::Lexicon> ParseLexicon(absl::string_view text_proto) {
  v1::Lexicon lexicon;
  google::protobuf::TextFormat::Parser parser;
  ErrorCollector errors;
  parser.RecordErrorsTo(&errors);
  if (!parser.ParseFromString(std::string(text_proto), &lexicon)) {
    return absl::InvalidArgumentError(
        absl::StrCat("malformed lexicon: ", errors.first()));
  }
  return lexicon;
}

const v1::Lexicon& DefaultLexicon() {
  static const v1::Lexicon* const kLexicon = [] {
    absl::StatusOr<v1::Lexicon> parsed = ParseLexicon(kDefaultLexiconTextProto);
    // The built-in file is checked by lexicon_test; a broken build is a bug.
    return new v1::Lexicon(parsed.ok() ? *std::move(parsed) : v1::Lexicon());
  }();
  return *kLexicon;
}

}  // namespace quotes
