#include "quotes/text/re2_util.h"

#include <algorithm>
#include <utility>

#include "absl/base/attributes.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "quotes/text/tokens.h"

namespace quotes {
namespace internal {

// constexpr: constant-initialised, never dynamically. (External linkage
// from the declaration in re2_util.h.)
constexpr std::array<bool, 256> kAsciiWordBytes = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) table[c] = IsAsciiWordByte(static_cast<unsigned char>(c));
  return table;
}();

absl::StatusOr<std::unique_ptr<RE2>> CompilePattern(absl::string_view name,
                                                    absl::string_view pattern,
                                                    bool case_sensitive) {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(case_sensitive);
  options.set_max_mem(64 << 20);
  auto re = std::make_unique<RE2>(ToPiece(pattern), options);
  if (!re->ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat("pattern ", name, " does not compile: ", re->error()));
  }
  if (re->ProgramSize() > kMaxProgramSize) {
    return absl::InvalidArgumentError(absl::StrCat(
        "pattern ", name, " is too large: program size ", re->ProgramSize()));
  }
  return re;
}

namespace {

// The order in which an alternation tries `words`: longest first (RE2 is
// leftmost-first), then alphabetical; duplicates dropped.
void SortForAlternation(std::vector<std::string>* words) {
  std::sort(words->begin(), words->end(),
            [](const std::string& a, const std::string& b) {
              return a.size() != b.size() ? a.size() > b.size() : a < b;
            });
  words->erase(std::unique(words->begin(), words->end()), words->end());
}

// The characters beyond ASCII that RE2's any-case matching folds onto ASCII
// letters, the only ones in those letters' orbits: U+212A KELVIN SIGN onto
// 'k', U+017F LATIN SMALL LETTER LONG S onto 's'. Returns the letter the
// character at the start of `s` folds onto and sets `*len` to its bytes, or
// returns 0 when `s` starts with neither. Out of line: the callers' loops
// reach it only at a byte beyond ASCII, and inlined it kept WordAlternation's
// word match from being inlined into its loop.
ABSL_ATTRIBUTE_NOINLINE char FoldedLetterAt(absl::string_view s, size_t* len) {
  static constexpr absl::string_view kKelvinSign = "\u212A";
  static constexpr absl::string_view kLongS = "\u017F";
  if (absl::StartsWith(s, kKelvinSign)) {
    *len = kKelvinSign.size();
    return 'k';
  }
  if (absl::StartsWith(s, kLongS)) {
    *len = kLongS.size();
    return 's';
  }
  return 0;
}

}  // namespace

std::string FoldCaseAsRe2(absl::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t k = 0; k < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[k]);
    size_t len = 1;  // FoldedLetterAt sets it only for a folded letter
    char lower = static_cast<char>(c);
    if (c < 0x80) {
      lower = absl::ascii_tolower(c);
    } else if (const char letter = FoldedLetterAt(s.substr(k), &len); letter != 0) {
      lower = letter;
    }
    out.push_back(lower);
    k += len;
  }
  return out;
}

std::string AlternationOf(std::vector<std::string> words) {
  SortForAlternation(&words);
  std::vector<std::string> escaped;
  escaped.reserve(words.size());
  for (const std::string& w : words) {
    if (!w.empty()) escaped.push_back(RE2::QuoteMeta(ToPiece(w)));
  }
  return absl::StrJoin(escaped, "|");
}

namespace {

// Lower-cased first run of ASCII word bytes of `s` from `pos` to `limit`.
std::string FirstRun(absl::string_view s, size_t pos, size_t limit) {
  size_t end = pos;
  while (end < limit && IsAsciiWordByte(static_cast<unsigned char>(s[end]))) ++end;
  return absl::AsciiStrToLower(s.substr(pos, end - pos));
}

// RE2's \b at byte `k` of `text`: a word byte on one side only (outside the
// text counts as no word byte).
bool WordBoundaryAt(absl::string_view text, size_t k) {
  // The bounds are tested here: the bytes are read unchecked.
  const char* const s = text.data();
  const bool before = k > 0 && kAsciiWordBytes[static_cast<unsigned char>(s[k - 1])];
  const bool after = k < text.size() && kAsciiWordBytes[static_cast<unsigned char>(s[k])];
  return before != after;
}

}  // namespace

bool WordAlternation::Supports(const std::vector<std::string>& words) {
  for (const std::string& w : words) {
    if (w.empty() || !IsAsciiWordByte(static_cast<unsigned char>(w[0]))) return false;
    for (char c : w) {
      if (static_cast<unsigned char>(c) >= 0x80) return false;
    }
  }
  return true;
}

WordAlternation::WordAlternation(std::vector<std::string> words,
                                 bool case_sensitive)
    : case_sensitive_(case_sensitive) {
  // AlternationOf's order and deduplication.
  SortForAlternation(&words);
  words_ = std::move(words);
  for (size_t i = 0; i < words_.size(); ++i) {
    all_.push_back(static_cast<int>(i));
    by_run_[FirstRun(words_[i], 0, words_[i].size())].push_back(static_cast<int>(i));
  }
}

size_t WordAlternation::MatchWord(absl::string_view text, size_t pos,
                                  size_t limit, absl::string_view word) const {
  // Through the pointer: every byte read is below `limit`, which is within
  // the text (MatchAt), so string_view's checked operator[] only cost.
  const auto at = [&](size_t k) { return static_cast<unsigned char>(text.data()[k]); };
  size_t k = pos;
  for (char w : word) {
    if (k >= limit) return 0;
    const unsigned char c = static_cast<unsigned char>(w);
    if (at(k) == c) {
      ++k;
      continue;
    }
    if (case_sensitive_) return 0;
    const unsigned char lc = absl::ascii_tolower(c);
    if (at(k) < 0x80) {
      // Two bytes that differ only in case are two cases of a letter.
      if (absl::ascii_tolower(at(k)) != lc) return 0;
      ++k;
    } else {
      // A KELVIN SIGN for 'k', a LONG S for 's'.
      size_t len = 0;
      const absl::string_view rest(text.data() + k, limit - k);
      if (FoldedLetterAt(rest, &len) != static_cast<char>(lc)) return 0;
      k += len;
    }
  }
  return k - pos;
}

size_t WordAlternation::FirstMatch(absl::string_view text, size_t pos,
                                   size_t limit,
                                   const std::vector<int>& candidates,
                                   int* word) const {
  if (!WordBoundaryAt(text, pos)) return 0;
  for (int i : candidates) {
    const size_t n = MatchWord(text, pos, limit, words_[i]);
    if (n > 0 && WordBoundaryAt(text, pos + n)) {
      *word = i;
      return n;
    }
  }
  return 0;
}

size_t WordAlternation::MatchAt(absl::string_view text, size_t pos,
                                size_t limit, int* word) const {
  int unused = 0;
  if (word == nullptr) word = &unused;
  limit = std::min(limit, text.size());
  if (pos >= limit) return 0;
  const char* const s = text.data();  // read below `limit`: unchecked
  size_t run_end = pos;
  while (run_end < limit && kAsciiWordBytes[static_cast<unsigned char>(s[run_end])]) {
    ++run_end;
  }
  // Every word starts with a run of word bytes, matched by word bytes of
  // the text, and is followed by a byte that is no word byte (or \b): only
  // the words whose run is the text's can match. In any case a folded 'k'
  // or 's' beyond ASCII may stand in a word's run: then all are tried.
  const absl::string_view rest = text.substr(run_end, limit - run_end);
  size_t folded_size = 0;
  const bool folded_letter = !case_sensitive_ && !rest.empty() &&
                             static_cast<unsigned char>(rest[0]) >= 0x80 &&
                             FoldedLetterAt(rest, &folded_size) != 0;
  if (folded_letter) return FirstMatch(text, pos, limit, all_, word);
  if (run_end == pos) return 0;
  auto it = by_run_.find(LowerWord(text.substr(pos, run_end - pos)).view());
  return it == by_run_.end() ? 0 : FirstMatch(text, pos, limit, it->second, word);
}

}  // namespace internal
}  // namespace quotes
