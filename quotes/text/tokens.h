// A small tokenizer for the speaker and cue logic: words with their byte
// spans, and punctuation as separate tokens.
#ifndef QUOTES_TEXT_TOKENS_H_
#define QUOTES_TEXT_TOKENS_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "quotes/text/text_span.h"

namespace quotes {
namespace internal {

// 24 bytes: a long article has a token for every word and mark (a 34 MB
// article about 7 million), all held while the attribution stages run, so
// the offset and the flags share one word (the offset in 40 bits: articles
// of up to 1 TiB) and the span is worked out from the offset and the text.
struct Token {
  Token() : begin(0), punct(false), capitalized(false), lower(false), acronym(false),
            alpha(false) {}

  // The token's bytes in the article text: [begin, begin + text.size()).
  TextSpan span() const {
    return {static_cast<size_t>(begin), static_cast<size_t>(begin) + text.size()};
  }

  absl::string_view text;  // a view into the article text
  uint64_t begin : 40;     // byte offset of `text` in the article text
  bool punct : 1;          // , ; : . ! ? ( ) quote marks, dashes
  bool capitalized : 1;    // first letter upper case (any script: non-ASCII counts)
  bool lower : 1;          // first letter lower case ASCII
  bool acronym : 1;        // two or more capitals, no lower case: "ICESCO"
  bool alpha : 1;          // ASCII letters only
  // Word-list classes of the word, set by NameModel::Annotate or
  // NameModel::Tokenize (0 before).
  uint16_t lex = 0;
};
static_assert(sizeof(Token) == 24, "Token is meant to stay at 24 bytes");

// Hash and equality of words in ASCII case-insensitive form, so that a
// token's text can be looked up without lower-casing a copy of it.
struct AsciiCaseInsensitiveHash {
  using is_transparent = void;
  size_t operator()(absl::string_view s) const;
};
struct AsciiCaseInsensitiveEq {
  using is_transparent = void;
  bool operator()(absl::string_view a, absl::string_view b) const;
};

// ASCII word characters, as RE2's \b and \w see them. Constexpr for the
// table of it (kAsciiWordBytes, re2_util.h), built at compile time.
constexpr bool IsAsciiWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_';
}

// A word in ASCII lower case without a heap allocation for short words:
// the hot lookups of the speaker model go through it.
class LowerWord {
 public:
  explicit LowerWord(absl::string_view w);
  operator absl::string_view() const { return view_; }  // NOLINT
  absl::string_view view() const { return view_; }

 private:
  char buf_[48];
  std::string long_;
  absl::string_view view_;
};

// Words -> 16 bits of classes, looked up in any ASCII case (or as written,
// in an ExactWordClassTable). Built once (Add, then Freeze), then read by
// many threads. Words of up to 16 bytes - nearly all - are read as two
// 64-bit integers, lower-cased eight bytes at a time and found in an
// open-addressing table by integer comparison: a lookup costs a few
// predictable branches, not a loop per byte (the per-byte loops' mispredicted
// exits were a tenth of factcheck's time).
class WordClassTable;

// What a caller of Tokenize adds to each word token as it is pushed, while
// the token is hot (NameModel's name shapes): no second pass over the
// tokens. Tokenize marks the common word itself, without a call: ASCII
// letters alone, no acronym, get `name_class` when capitalised and of none of
// `not_name_classes`.
class WordMarker {
 public:
  WordMarker(uint16_t not_name_classes, uint16_t name_class)
      : not_name_classes_(not_name_classes), name_class_(name_class) {}
  // Any other word token, its classes looked up.
  virtual void Mark(Token* t) const = 0;

 protected:
  ~WordMarker() = default;

 private:
  friend std::vector<Token> Tokenize(absl::string_view text, TextSpan range,
                                     const WordClassTable* classes,
                                     const WordMarker* marker);
  uint16_t not_name_classes_;
  uint16_t name_class_;
};

// Tokens of `text[range.begin, range.end)`. A trailing full stop stays on
// abbreviations and initials ("M.", "Sen.", "U.S."), else it is punctuation.
// With `classes` (keys in any ASCII case; an ExactWordClassTable converts to
// no WordClassTable, so it cannot be passed), each word's `lex` is
// `classes->Find` of the word without a final stop, looked up while its
// bytes are at hand; with `marker` too, each word is then marked by it.
std::vector<Token> Tokenize(absl::string_view text, TextSpan range,
                            const WordClassTable* classes = nullptr,
                            const WordMarker* marker = nullptr);

class WordClassTable {
 public:
  // Keys match in any ASCII case (the word lists the tokenizer looks up).
  WordClassTable() = default;

  // ORs `classes` into the classes of `word`. Only before Freeze.
  void Add(absl::string_view word, uint16_t classes);
  // Builds the table; Find before it finds nothing.
  void Freeze();
  // The classes of `word` (0 when it is not in the table). In any case, an
  // empty word has none; as written, the classes added to "".
  uint16_t Find(absl::string_view word) const;

 protected:
  // For ExactWordClassTable: keys match byte for byte as written.
  struct AsWritten {};
  explicit WordClassTable(AsWritten) : exact_(true) {}

 private:
  static constexpr size_t kShortKey = 16;
  struct Slot {
    uint64_t lo = 0, hi = 0;  // the key's bytes (lower-cased unless exact_), zero-padded
    uint16_t classes = 0;
    uint8_t size = 0;
  };
  // `lo`, `hi`: the key's bytes as the slots hold them, zero past `size`.
  const Slot* FindShort(uint64_t lo, uint64_t hi, size_t size) const;
  // Tokenize has its ASCII words' keys in hand, lower-cased: it calls
  // FindShort, which is right for a table of any case and never given an
  // exact one (see ExactWordClassTable).
  friend std::vector<Token> Tokenize(absl::string_view text, TextSpan range,
                                     const WordClassTable* classes,
                                     const WordMarker* marker);
  // Find for keys longer than kShortKey.
  uint16_t FindLong(absl::string_view word) const;

  bool exact_ = false;  // an ExactWordClassTable
  // The classes of the empty key, as written (Freeze keeps no slot for it).
  uint16_t empty_classes_ = 0;
  // The keys added (lower-cased unless exact_) and their classes, in order.
  std::vector<std::pair<std::string, uint16_t>> pending_;
  // tags_[i]: 16 bits of the hash of slots_[i]'s key, never 0; 0 for an
  // empty slot. Most words of a text are in no list: their probes read only
  // this small array, which stays in the L1 cache.
  std::vector<uint16_t> tags_;
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  int shift_ = 64;  // the slot of hash h is h >> shift_
  // Keys longer than kShortKey, lower-cased unless exact_.
  absl::flat_hash_map<std::string, uint16_t> long_keys_;
};

// A WordClassTable whose keys match byte for byte as written, as a hash set
// of the words would (the lists NameModel reads as written: an exact table
// probes in a few instructions where a set's string hash costs a hundred).
// Its base is private, so that it converts to no WordClassTable: Tokenize,
// which reads a table's lower-cased slots directly, cannot be given one.
class ExactWordClassTable : private WordClassTable {
 public:
  ExactWordClassTable() : WordClassTable(AsWritten()) {}

  using WordClassTable::Add;
  using WordClassTable::Find;
  using WordClassTable::Freeze;
};

// "R-Del", "D-Calif", "R-Del.": a party's initial and a state's
// abbreviation, as in "John Smith, R-Del., said".
bool IsPartyStateTag(absl::string_view word);

// An AP-style US state abbreviation without its full stop: "Va", "Calif",
// "N.Y". "Springfield, Va., said": the stop belongs to the word.
bool IsStateAbbreviation(absl::string_view word);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_TEXT_TOKENS_H_
