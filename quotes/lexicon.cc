#include "quotes/lexicon.h"

#include <cstddef>
#include <string>

#include "absl/strings/str_cat.h"
#include "google/protobuf/io/tokenizer.h"
#include "google/protobuf/text_format.h"

namespace quotes {

// quotes/data/default_lexicon.textproto in the binary wire format, generated
// by //quotes:embed_lexicon.
extern const unsigned char kDefaultLexicon[];
extern const size_t kDefaultLexiconSize;

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
    auto* lexicon = new v1::Lexicon();
    // protoc checked the text at build time; lexicon_test checks the bytes.
    lexicon->ParseFromArray(kDefaultLexicon, static_cast<int>(kDefaultLexiconSize));
    return lexicon;
  }();
  return *kLexicon;
}

}  // namespace quotes
