// Names as the entity registry files and finds them: a name's words
// without a closing suffix, its surname's lookup key, and the tests of two
// names, titles and genders. Internal to quotes/speakers.
#ifndef QUOTES_SPEAKERS_NAME_KEYS_H_
#define QUOTES_SPEAKERS_NAME_KEYS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/string_view.h"
#include "proto/quotes.pb.h"
#include "quotes/speakers/entity_registry.h"
#include "quotes/speakers/word_shapes.h"

namespace quotes {
namespace internal {

// The words of a name without a closing suffix: "Paul Grant Jr." matches
// "Grant" by its surname. Views into `name`, kept inline: the lookups of
// every name resolved or recorded read them and allocate nothing.
using NameWordList = absl::InlinedVector<absl::string_view, 4>;
inline NameWordList NameWords(const SpeakerWords& lexicon, absl::string_view name) {
  NameWordList out;
  size_t i = 0;
  while (i < name.size()) {
    if (name[i] == ' ') {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < name.size() && name[end] != ' ') ++end;
    out.push_back(name.substr(i, end - i));
    i = end;
  }
  while (out.size() > 1 && lexicon.IsNameSuffix(out.back())) out.pop_back();
  return out;
}

// NameWords(name).back(), read back from the end alone: the surname a
// person is filed under. Empty for a name of no words.
inline absl::string_view LastNameWord(const SpeakerWords& lexicon, absl::string_view name) {
  absl::string_view word;
  size_t end = name.size();
  while (true) {
    while (end > 0 && name[end - 1] == ' ') --end;
    if (end == 0) return word;  // the first word, when all after it are suffixes
    size_t begin = end;
    while (begin > 0 && name[begin - 1] != ' ') --begin;
    word = name.substr(begin, end - begin);
    if (!lexicon.IsNameSuffix(word)) return word;
    end = begin;
  }
}

// NameWords as strings, for an entity to keep.
inline std::vector<std::string> NameTokens(const SpeakerWords& lexicon, absl::string_view name) {
  const NameWordList words = NameWords(lexicon, name);
  return std::vector<std::string>(words.begin(), words.end());
}

// A surname as a lookup key: lower case, with the typographic apostrophe
// read as the plain one ("O’Neill" is "O'Neill").
inline std::string LastKey(absl::string_view w) {
  std::string key = LowerAscii(w);
  // Few names hold the mark: they alone pay for StrReplaceAll's copy and
  // setup (it ran for every name resolved or recorded).
  if (key.find("\u2019") != std::string::npos) {
    key = absl::StrReplaceAll(key, {{"\u2019", "'"}});
  }
  return key;
}

// Whether LastKey(a) == LastKey(b), without building the keys unless a word
// may hold the typographic apostrophe (its first byte E2).
inline bool SameKey(absl::string_view a, absl::string_view b) {
  if (a.find('\xE2') == absl::string_view::npos &&
      b.find('\xE2') == absl::string_view::npos) {
    return absl::EqualsIgnoreCase(a, b);
  }
  return LastKey(a) == LastKey(b);
}

// The first letter of a name word, in lower case: "Mary" and "mark" share
// one.
inline char FirstLetter(absl::string_view w) {
  return w.empty() ? '\0' : absl::ascii_tolower(static_cast<unsigned char>(w[0]));
}

// The word lists below are an entity's strings or a name's NameWords.
template <typename A, typename B>
inline bool SameLast(const A& a, const B& b) {
  return !a.empty() && !b.empty() && SameKey(a.back(), b.back());
}

// "De Blasio" and "Bill de Blasio": the shorter name ends the longer one.
template <typename A, typename B>
inline bool EndsName(const A& longer, const B& shorter) {
  if (shorter.size() > longer.size()) return false;
  const size_t off = longer.size() - shorter.size();
  for (size_t i = 0; i < shorter.size(); ++i) {
    if (!SameKey(longer[off + i], shorter[i])) return false;
  }
  return true;
}

// Whether two titles can be one person's: 1 when the head word of `a`
// appears in `b`, -1 when both are set and it does not, 0 when one is empty.
inline int TitleFit(absl::string_view a, absl::string_view b) {
  if (a.empty() || b.empty()) return 0;
  absl::string_view head = a.substr(a.rfind(' ') + 1);
  if (head.empty()) return 0;
  for (size_t at = 0; at + head.size() <= b.size(); ++at) {
    if (absl::EqualsIgnoreCase(b.substr(at, head.size()), head)) return 1;
  }
  return -1;
}

inline bool Compatible(v1::Gender a, v1::Gender b) {
  return a == v1::GENDER_UNSPECIFIED || b == v1::GENDER_UNSPECIFIED || a == b;
}

inline std::string NormalizeGroup(absl::string_view s) {
  // "the " is cut from the lower-cased copy itself, not by copying the rest.
  std::string l = LowerAscii(s);
  if (absl::StartsWith(l, "the ")) l.erase(0, 4);
  return l;
}

struct EntityRegistry::NameParts {
  NameParts(absl::string_view name, const SpeakerWords& lexicon)
      : words(NameWords(lexicon, name)), last_key(words.empty() ? "" : LastKey(words.back())) {}
  NameWordList words;
  std::string last_key;  // LastKey(words.back())
};

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_SPEAKERS_NAME_KEYS_H_
