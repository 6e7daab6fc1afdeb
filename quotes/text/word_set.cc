#include "quotes/text/word_set.h"

#include <string>

#include "absl/strings/ascii.h"
#include "quotes/text/tokens.h"

namespace quotes {
namespace internal {

std::string LowerAscii(absl::string_view w) { return absl::AsciiStrToLower(w); }

void WordSet::Add(absl::string_view w) {
  if (w.empty()) return;
  switch (case_) {
    case Case::kAsWritten:
      words_.emplace_back(w);
      break;
    case Case::kOrCapitalized: {
      words_.emplace_back(w);
      std::string capitalized(w);
      capitalized[0] = absl::ascii_toupper(static_cast<unsigned char>(capitalized[0]));
      if (capitalized != w) words_.push_back(std::move(capitalized));
      break;
    }
    case Case::kAny:
      words_.push_back(LowerAscii(w));
      break;
  }
}

void WordSet::Build() {
  // One copy of each form, in the order first given: a lexicon merged with
  // a user's may list a word twice.
  std::vector<std::string> unique;
  absl::flat_hash_set<std::string> seen;
  for (std::string& w : words_) {
    if (seen.insert(w).second) unique.push_back(std::move(w));
  }
  words_ = std::move(unique);
  shape_ = WordShape::Of(words_);
  if (words_.size() > kMaxLinear) set_.insert(words_.begin(), words_.end());
  linear_as_written_ = case_ != Case::kAny && set_.empty();
}

bool WordSet::FindAsWritten(absl::string_view w) const {
  if (!set_.empty()) return set_.contains(w);
  for (const std::string& k : words_) {
    if (w.size() == k.size() && w[0] == k[0] && w == k) return true;
  }
  return false;
}

bool WordSet::Find(absl::string_view w) const {
  if (case_ != Case::kAny) return FindAsWritten(w);
  return FindAsWritten(LowerWord(w));
}

}  // namespace internal
}  // namespace quotes
