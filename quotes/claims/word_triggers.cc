// WordTriggers (word_triggers.h).
#include "quotes/claims/word_triggers.h"

#include <algorithm>

#include "absl/strings/ascii.h"

namespace quotes {
namespace internal {

void WordTriggers::AddWords(int bit, const std::vector<std::string>& forms,
                            bool case_sensitive) {
  named_ |= 1u << bit;
  std::vector<absl::string_view> keys;
  for (const std::string& form : forms) {
    absl::string_view best;
    for (size_t i = 0; i < form.size();) {
      if (!absl::ascii_isalpha(static_cast<unsigned char>(form[i]))) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < form.size() && absl::ascii_isalpha(static_cast<unsigned char>(form[j]))) ++j;
      if (j - i >= best.size()) best = absl::string_view(form).substr(i, j - i);
      i = j;
    }
    if (best.empty() || best.size() > kMaxRun) return;
    keys.push_back(best);
  }
  keyed_by_words_ |= 1u << bit;
  for (absl::string_view run : keys) {
    Key& key = runs_[absl::AsciiStrToLower(run)];
    if (case_sensitive) {
      key.exact.emplace_back(std::string(run), 1u << bit);
    } else {
      key.any_case |= 1u << bit;
    }
    letters_[run.size()] |= 1u << (absl::ascii_tolower(static_cast<unsigned char>(run[0])) - 'a');
  }
}

void WordTriggers::AddNumbers(int bit, uint8_t numbers) {
  named_ |= 1u << bit;
  numbers_[bit] |= numbers;
}

uint32_t WordTriggers::In(absl::string_view text, TextSpan span) const {
  uint32_t words = 0;
  uint8_t numbers = 0;
  char lower[kMaxRun];
  size_t i = span.begin;
  while (i < span.end) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (absl::ascii_isalpha(c)) {
      size_t j = i + 1;
      while (j < span.end && absl::ascii_isalpha(static_cast<unsigned char>(text[j]))) ++j;
      const size_t n = j - i;
      if (n <= kMaxRun && (letters_[n] >> (absl::ascii_tolower(c) - 'a') & 1u) != 0) {
        for (size_t k = 0; k < n; ++k) {
          lower[k] = absl::ascii_tolower(static_cast<unsigned char>(text[i + k]));
        }
        const auto it = runs_.find(absl::string_view(lower, n));
        if (it != runs_.end()) {
          words |= it->second.any_case;
          for (const auto& [written, bits] : it->second.exact) {
            if (text.substr(i, n) == written) words |= bits;
          }
        }
      }
      i = j;
      continue;
    }
    if (absl::ascii_isdigit(c)) {
      size_t j = i + 1;
      while (j < span.end && absl::ascii_isdigit(static_cast<unsigned char>(text[j]))) ++j;
      numbers |= kAnyNumber;
      if (j - i <= 2) numbers |= kShortNumber;
      if (j - i == 4 && ((c == '1' && text[i + 1] >= '6') || (c == '2' && text[i + 1] == '0'))) {
        numbers |= kYearNumber;
      }
      i = j;
      continue;
    }
    // LONG S or KELVIN SIGN: RE2's any-case match may read a letter here.
    if ((c == 0xC5 && text.substr(i, 2) == "\xC5\xBF") ||
        (c == 0xE2 && text.substr(i, 3) == "\xE2\x84\xAA")) {
      return ~0u;
    }
    ++i;
  }
  uint32_t out = ~named_;
  for (int bit = 0; bit < 32; ++bit) {
    if ((named_ >> bit & 1u) == 0) continue;
    const bool has_words = (keyed_by_words_ >> bit & 1u) == 0 || (words >> bit & 1u) != 0;
    if (has_words && (numbers_[bit] & ~numbers) == 0) out |= 1u << bit;
  }
  return out;
}

}  // namespace internal
}  // namespace quotes
