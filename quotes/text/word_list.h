// Short fixed word lists of the speaker model and the attributor ("the",
// "a", "an"; "he", "she", "they"), and what the words of a list have in
// common, worked out from the list at compile time.
//
// The hot word tests reject most words they are asked about by their size
// or first letter before comparing them with each word of a list: most
// words are longer than any determiner, and few begin as a pronoun does.
// A WordList derives those pretests from its words, so a word added to the
// list can never be missed by a pretest that still states the old list.
//
// Example:
//
//   bool IsDeterminer(absl::string_view w) {
//     static constexpr WordList kWords{"the", "The", "a", "A", "an", "An"};
//     return kWords.Contains(w);  // false for "then" by its size alone
//   }
//
// All is constexpr and holds views of the literals it is given: declare a
// list `static constexpr`, and its tests, always inlined, compile to
// comparisons with constants (a size, a 26-bit mask of letters, each word's
// bytes) as if written out by hand. Out of line, a test would read the
// words through `this` and call memcmp for each.
#ifndef QUOTES_TEXT_WORD_LIST_H_
#define QUOTES_TEXT_WORD_LIST_H_

#include <cstddef>
#include <cstdint>
#include <utility>

#include "absl/base/attributes.h"
#include "absl/strings/string_view.h"

namespace quotes {
namespace internal {

// Whether `w` is one of `words`, as written: a loop, for the attributor's
// longer lists. The first bytes are compared before the rest: most words
// differ there, and a memcmp call is dearer. (Not constexpr, which would
// make GCC inline it more eagerly than the attributor's callers gain by.)
template <size_t N>
bool IsOneOf(absl::string_view w, const absl::string_view (&words)[N]) {
  for (absl::string_view k : words) {
    if (w.size() == k.size() && (k.empty() || w[0] == k[0]) && w == k) return true;
  }
  return false;
}

// What the words of one or more lists have in common: the size of the
// longest, and the first bytes they begin with, in either ASCII case. A
// word is in none of the lists when it is longer, or begins otherwise.
// Copyable plain data.
class WordShape {
 public:
  // The shape of `words`: of no word when empty. Words must not be empty.
  template <typename Words>
  static constexpr WordShape Of(const Words& words) {
    WordShape shape;
    for (absl::string_view k : words) {
      if (k.empty()) EmptyWordInList();  // not constexpr: a compile error
      if (k.size() > shape.max_size_) shape.max_size_ = k.size();
      const unsigned letter = FoldedLetter(k[0]);
      if (letter < 26) {
        shape.first_letters_ |= uint32_t{1} << letter;
      } else {
        shape.other_first_ = true;
      }
    }
    return shape;
  }

  // The shape of the words of both: a pretest for a word in either list.
  constexpr WordShape operator|(const WordShape& other) const {
    WordShape shape;
    shape.max_size_ = max_size_ > other.max_size_ ? max_size_ : other.max_size_;
    shape.first_letters_ = first_letters_ | other.first_letters_;
    shape.other_first_ = other_first_ || other.other_first_;
    return shape;
  }

  // The size of the longest word (0 for no word).
  constexpr size_t max_size() const { return max_size_; }
  // Bit i set when a word begins with 'a' + i or 'A' + i.
  constexpr uint32_t first_letters() const { return first_letters_; }

  // Whether `w` is not longer than the longest word: a longer word is none
  // of the words, in any case. (True of an empty `w`, which is none either:
  // the test is one comparison.)
  ABSL_ATTRIBUTE_ALWAYS_INLINE constexpr bool MayHold(absl::string_view w) const {
    return w.size() <= max_size_;
  }
  // Whether `w` is not empty, not longer than the longest word and begins,
  // in either ASCII case, as a word does: a word that fails is none of the
  // words in any case. Where every word begins with an ASCII letter, the
  // test of the letter is one subtraction, one comparison and one bit test.
  ABSL_ATTRIBUTE_ALWAYS_INLINE constexpr bool MayHoldAnyCase(absl::string_view w) const {
    if (w.empty() || w.size() > max_size_) return false;
    const unsigned letter = FoldedLetter(w[0]);
    if (letter < 26) return ((first_letters_ >> letter) & 1) != 0;
    return other_first_;
  }

 private:
  // The letter index of `c` in either case ('H' and 'h': 7), 26 or more for
  // a byte that is no ASCII letter: a byte ORed with 0x20 is 'h' only for
  // 'H' and 'h'.
  static constexpr unsigned FoldedLetter(char c) {
    return (static_cast<unsigned char>(c) | 0x20u) - static_cast<unsigned>('a');
  }
  static void EmptyWordInList() {}

  size_t max_size_ = 0;
  uint32_t first_letters_ = 0;
  bool other_first_ = false;  // a word begins with a byte no ASCII letter
};

// A fixed list of N words and its WordShape. Construct it `static
// constexpr` from string literals (CTAD counts them); it holds views of
// them. Copyable; thread-safe, being constant.
template <size_t N>
class WordList {
 public:
  template <typename... Literals>
  constexpr explicit WordList(const Literals&... words)
      : words_{absl::string_view(words)...}, shape_(WordShape::Of(words_)) {}

  using Words = absl::string_view[N];
  constexpr const Words& words() const { return words_; }
  constexpr const WordShape& shape() const { return shape_; }
  constexpr size_t max_size() const { return shape_.max_size(); }
  constexpr uint32_t first_letters() const { return shape_.first_letters(); }

  // Whether `w` is one of the words, as written; a word longer than all is
  // rejected by its size alone.
  ABSL_ATTRIBUTE_ALWAYS_INLINE constexpr bool Contains(absl::string_view w) const {
    return shape_.MayHold(w) && Matches(w);
  }
  // Contains without the test of the size, for a word past a pretest of
  // its own (a lower-cased copy of a word MayHoldAnyCase passed).
  ABSL_ATTRIBUTE_ALWAYS_INLINE constexpr bool Matches(absl::string_view w) const {
    return Matches(w, std::make_index_sequence<N>());
  }

 private:
  // `w == words_[0] || w == words_[1] || ...`, written out at compile time:
  // each comparison is with a literal of known size, which GCC compiles to
  // a size test and a load or two, where a loop over the words would call
  // memcmp.
  template <size_t... I>
  ABSL_ATTRIBUTE_ALWAYS_INLINE constexpr bool Matches(absl::string_view w,
                                                      std::index_sequence<I...>) const {
    return ((w == words_[I]) || ...);
  }

  // A plain array, not a std::array: GCC folds a read of its element to the
  // literal before it expands the comparison's memcmp, but not a call of
  // std::array's operator[], inlined later.
  absl::string_view words_[N];
  WordShape shape_;
};

template <typename... Literals>
WordList(const Literals&...) -> WordList<sizeof...(Literals)>;

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_TEXT_WORD_LIST_H_
