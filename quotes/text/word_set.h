// A set of words read from a lexicon list at run time, with the pretest of
// WordList (word_list.h) worked out from its words when it is built: a word
// longer than all of them, or beginning with a letter none begins with, is
// rejected by one size comparison and one bit test before any comparison of
// bytes. Most words a speaker phrase is asked about are in none of the
// short lists of function words (determiners, pronouns, prepositions), and
// pay only that.
//
// Example:
//
//   const WordSet determiners({"the", "a", "an"}, WordSet::Case::kOrCapitalized);
//   determiners.Contains("The");   // true
//   determiners.Contains("THE");   // false: only as written or capitalised
//   determiners.Contains("then");  // false by its size alone
//
// Immutable once built; thread-safe; copyable and movable. Contains holds no
// view of its argument.
#ifndef QUOTES_TEXT_WORD_SET_H_
#define QUOTES_TEXT_WORD_SET_H_

#include <initializer_list>
#include <string>
#include <vector>

#include "absl/base/attributes.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "quotes/text/word_list.h"

namespace quotes {
namespace internal {

// A copy of `w` in ASCII lower case, to keep (LowerWord, tokens.h, lowers
// into a buffer for a lookup).
std::string LowerAscii(absl::string_view w);

class WordSet {
 public:
  // How a word is matched against the set's words.
  enum class Case {
    kAsWritten,      // byte for byte: "But" matches "But" alone
    kOrCapitalized,  // as written, or with its first letter upper case: "the", "The"
    kAny,            // in any ASCII case: "he", "He", "HE"
  };

  // The empty set: Contains is false for every word.
  WordSet() = default;
  // The set of `words` (a list of strings; empty ones are left out), matched
  // as `word_case` says.
  template <typename Words>
  WordSet(const Words& words, Case word_case) : case_(word_case) {
    for (absl::string_view w : words) Add(w);
    Build();
  }
  WordSet(std::initializer_list<absl::string_view> words, Case word_case)
      : case_(word_case) {
    for (absl::string_view w : words) Add(w);
    Build();
  }

  // Whether `w` is one of the words, matched as the set's Case says.
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool Contains(absl::string_view w) const {
    if (!shape_.MayHoldAnyCase(w)) return false;
    // A short list matched as written (most of the hot ones: determiners,
    // prepositions) is scanned here, without a call.
    if (!linear_as_written_) return Find(w);
    for (const std::string& k : words_) {
      if (w.size() == k.size() && w[0] == k[0] && w == k) return true;
    }
    return false;
  }
  // What the words have in common (their longest size, their first
  // letters): a pretest a caller may run before Contains of a word it must
  // first take apart.
  const WordShape& shape() const { return shape_; }
  bool empty() const { return words_.empty(); }
  // The words as matched: lower-cased for kAny, each with its capitalised
  // twin for kOrCapitalized.
  const std::vector<std::string>& words() const { return words_; }

 private:
  // Lists of up to this many forms are searched word by word, which beats a
  // hash of the word for so few.
  static constexpr size_t kMaxLinear = 16;

  void Add(absl::string_view w);
  void Build();
  bool Find(absl::string_view w) const;
  bool FindAsWritten(absl::string_view w) const;

  Case case_ = Case::kAsWritten;
  // Whether the words are matched as written (kAsWritten, kOrCapitalized)
  // and few enough to scan.
  bool linear_as_written_ = true;
  WordShape shape_;
  std::vector<std::string> words_;
  // The words again, for a set of more than kMaxLinear of them.
  absl::flat_hash_set<std::string> set_;
};

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_TEXT_WORD_SET_H_
