#include "quotes/text/tokens.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__) && !defined(QUOTECHECK_NO_SSE2)
#include <emmintrin.h>
#endif

#include "absl/base/attributes.h"
#include "absl/base/optimization.h"
#include "absl/numeric/bits.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/strip.h"
#include "quotes/text/byte_scan.h"

namespace quotes {
namespace internal {
namespace {

// ASCII byte classes for the tokenizer's inner loop.
enum ByteClass : uint8_t { kSpace = 1, kPunct = 2, kUpper = 4, kLowerCase = 8 };

struct ByteTable {
  uint8_t c[256] = {};
  constexpr ByteTable() {
    for (int b : {' ', '\t', '\n', '\v', '\f', '\r'}) c[b] = kSpace;
    for (int b : {',', ';', ':', '.', '!', '?', '(', ')', '[', ']', '"', '\''}) {
      c[b] = kPunct;
    }
    for (int b = 'A'; b <= 'Z'; ++b) c[b] = kUpper;
    for (int b = 'a'; b <= 'z'; ++b) c[b] = kLowerCase;
  }
};
constexpr ByteTable kBytes;

// What the word scan adds up for each byte: one in the low 31 bits for a
// capital, one in the high 32 bits for a small letter; kWordStop on the bytes
// that may start a space (ASCII white space, and the lead bytes C2, E2, E3
// of the spaces beyond ASCII).
constexpr uint64_t kWordStop = uint64_t{1} << 31;
struct WordScanTable {
  uint64_t c[256] = {};
  constexpr WordScanTable() {
    for (int b = 0; b < 128; ++b) {
      c[b] = (kBytes.c[b] & kSpace)       ? kWordStop
             : (kBytes.c[b] & kUpper)     ? uint64_t{1}
             : (kBytes.c[b] & kLowerCase) ? (uint64_t{1} << 32)
                                          : uint64_t{0};
    }
    c[0xC2] = c[0xE2] = c[0xE3] = kWordStop;
  }
};
constexpr WordScanTable kWordScan;

// Bytes of the space character at `p` (ASCII white space, U+00A0,
// U+2000-U+200A, U+202F, U+3000), or 0. `n` bytes are readable.
inline int SpaceAt(const unsigned char* p, size_t n) {
  const unsigned char b = p[0];
  if (b < 0x80) return (kBytes.c[b] & kSpace) ? 1 : 0;
  if (b == 0xC2) return n >= 2 && p[1] == 0xA0 ? 2 : 0;
  if (b == 0xE2) {
    return n >= 3 && p[1] == 0x80 && (p[2] <= 0x8A || p[2] == 0xAF) ? 3 : 0;
  }
  if (b == 0xE3) return n >= 3 && p[1] == 0x80 && p[2] == 0x80 ? 3 : 0;
  return 0;
}

// The third byte of the punctuation marks E2 80 xx: ‘ ’ “ ” „ – — ― ….
bool IsPunctE280(unsigned char c) {
  return c == 0x95 || c == 0x98 || c == 0x99 || c == 0x9C || c == 0x9D || c == 0x9E ||
         c == 0x93 || c == 0x94 || c == 0xA6;
}

// Bytes of the punctuation mark that starts at `p` (, ; : . ! ? ( ) [ ] " '
// and the quote marks, dashes and ellipsis above ASCII), or 0.
inline int PunctAt(const unsigned char* p, size_t n) {
  const unsigned char b = p[0];
  if (b < 0x80) return (kBytes.c[b] & kPunct) ? 1 : 0;
  if (b == 0xC2) return n >= 2 && (p[1] == 0xAB || p[1] == 0xBB) ? 2 : 0;
  if (b == 0xE2) return n >= 3 && p[1] == 0x80 && IsPunctE280(p[2]) ? 3 : 0;
  return 0;
}

// Bytes of the punctuation mark that ends at `word + n`, or 0.
inline int PunctBefore(const unsigned char* word, size_t n) {
  const unsigned char* e = word + n;
  if (e[-1] < 0x80) return (kBytes.c[e[-1]] & kPunct) ? 1 : 0;
  if (n >= 2 && e[-2] == 0xC2 && (e[-1] == 0xAB || e[-1] == 0xBB)) return 2;
  if (n >= 3 && e[-3] == 0xE2 && e[-2] == 0x80 && IsPunctE280(e[-1])) return 3;
  return 0;
}

// A full stop stays on initials and short abbreviations: "M.", "Sen.",
// "U.S.". `word` is what comes before the stop.
bool KeepsFullStop(absl::string_view word) {
  if (word.size() == 1 && absl::ascii_isupper(static_cast<unsigned char>(word[0]))) {
    return true;
  }
  if (word.find('.') != absl::string_view::npos) return true;
  // Every sentence's last word comes here: most are longer than any of these.
  if (word.size() > 5) return false;
  return word == "Mr" || word == "Mrs" || word == "Ms" || word == "Dr" ||
         word == "Sen" || word == "Rep" || word == "Gov" || word == "Gen" ||
         word == "Jr" || word == "Sr" || word == "St" || word == "Prof" ||
         word == "Lt" || word == "Col" || word == "Capt" || word == "Rev" ||
         word == "Sgt" || word == "Adm" || word == "Maj" || word == "Cmdr" ||
         word == "Supt" || word == "Brig" || word == "Hon" || word == "Const" ||
         word == "Cst" || word == "Det" || word == "Insp" || word == "Cpl" ||
         word == "Atty" || word == "Asst" || word == "Cllr";
}

// The tokens' spans are inside `text`: their views are cut without substr's
// bounds check.
Token PunctToken(absl::string_view text, size_t begin, size_t end) {
  Token t;
  t.begin = begin;
  t.text = absl::string_view(text.data() + begin, end - begin);
  t.punct = true;
  return t;
}

// A word token; `acronym` and `alpha` as in Token.
Token WordToken(absl::string_view text, size_t begin, size_t end, bool acronym,
                bool alpha) {
  Token t;
  t.begin = begin;
  t.text = absl::string_view(text.data() + begin, end - begin);
  const unsigned char c = static_cast<unsigned char>(text[begin]);
  t.lower = c < 0x80 && (kBytes.c[c] & kLowerCase);
  t.capitalized = (c < 0x80 && (kBytes.c[c] & kUpper)) || (c >= 0xC3 && c < 0xE0);
  t.acronym = acronym;
  t.alpha = alpha;
  return t;
}

// The run of ASCII letters that opens the 16 bytes at `p`: its length (0
// when the first byte is no letter or all 16 are letters), what the word
// token of the run alone says of it, and the run in lower case as
// WordClassTable keys it. With SSE2 the 16 bytes are compared at once;
// without it, words of up to seven letters, most of them, read only the
// first eight bytes.
struct LetterRun {
  size_t size = 0;
  bool acronym = false;  // two or more capitals, no small letter
  uint64_t lo = 0, hi = 0;  // the run's bytes in lower case, zero past it
};

#if defined(__SSE2__) && !defined(QUOTECHECK_NO_SSE2)
// All 16 bytes compared at once: a letter is a byte that, with 0x20 set,
// lies in a-z (as signed bytes, so that none above ASCII does).
inline LetterRun LeadingLetters(const unsigned char* p) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
  const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
                                       _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
  const unsigned letters = static_cast<unsigned>(_mm_movemask_epi8(letter));
  LetterRun run;
  const unsigned other = ~letters & 0xFFFFu;
  if (other == 0) return run;
  const unsigned n = static_cast<unsigned>(absl::countr_zero(other));
  if (n == 0) return run;
  run.size = n;
  const unsigned in_run = (1u << n) - 1;
  // Of the run's letters, those with 0x20 set are small.
  const unsigned small =
      static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, folded))) & in_run;
  const unsigned capitals = in_run & ~small;
  run.acronym = small == 0 && (capitals & (capitals - 1)) != 0;
  // The run's bytes in lower case (every one is a letter), zero past it.
  const __m128i keep = _mm_cmpgt_epi8(_mm_set1_epi8(static_cast<char>(n)),
                                      _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
                                                    11, 12, 13, 14, 15));
  const __m128i key = _mm_and_si128(folded, keep);
  run.lo = static_cast<uint64_t>(_mm_cvtsi128_si64(key));
  run.hi = static_cast<uint64_t>(_mm_cvtsi128_si64(_mm_unpackhi_epi64(key, key)));
  return run;
}
#else
inline LetterRun LeadingLetters(const unsigned char* p) {
  uint64_t v = swar::Load(p);
  uint64_t letter = swar::AsciiLetters(v);
  LetterRun run;
  size_t skipped = 0;  // bytes of the first eight, all letters, when the run is longer
  uint64_t small_before = 0;  // their small letters
  if (letter == swar::kHighs) {
    small_before = letter & (v << 2);
    run.lo = v | ((letter ^ small_before) >> 2);  // 0x20 on each capital
    v = swar::Load(p + 8);
    letter = swar::AsciiLetters(v);
    skipped = 8;
  }
  const uint64_t other = letter ^ swar::kHighs;
  if (other == 0) return run;
  // The run's bytes: those below the first that is no letter.
  const uint64_t bytes = swar::BytesBelowLowest(other);
  const uint64_t in_run = letter & bytes;
  run.size = skipped + swar::LowestByte(other);
  const uint64_t small = in_run & (v << 2);  // 0x20 moved to the high bit
  const uint64_t capitals = in_run ^ small;
  run.acronym = (small | small_before) == 0 &&
                (skipped > 0 || (capitals & (capitals - 1)) != 0);
  (skipped > 0 ? run.hi : run.lo) = (v & bytes) | (capitals >> 2);
  return run;
}
#endif  // SSE2

}  // namespace

size_t AsciiCaseInsensitiveHash::operator()(absl::string_view s) const {
  // FNV-1a over the lower-case bytes, then a final mix for the table's use
  // of both the low and the high bits.
  uint64_t h = 14695981039346656037ull;
  for (char c : s) {
    h ^= static_cast<unsigned char>(absl::ascii_tolower(static_cast<unsigned char>(c)));
    h *= 1099511628211ull;
  }
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ull;
  return static_cast<size_t>(h ^ (h >> 32));
}

bool AsciiCaseInsensitiveEq::operator()(absl::string_view a,
                                        absl::string_view b) const {
  return absl::EqualsIgnoreCase(a, b);
}

namespace {

// The bytes of `w` (1 to 16 of them) as two little-endian integers, zero
// past the end: overlapping loads and shifts, no loop.
inline void ReadShort(absl::string_view w, uint64_t* lo, uint64_t* hi) {
  const char* p = w.data();
  const size_t n = w.size();
  if (n >= 8) {
    *lo = swar::Load(p);
    *hi = n > 8 ? swar::Load(p + n - 8) >> (8 * (16 - n)) : 0;
  } else if (n >= 4) {
    *lo = swar::Load32(p) | (uint64_t{swar::Load32(p + n - 4)} << (8 * (n - 4)));
    *hi = 0;
  } else {
    const auto b = [p](size_t i) -> uint64_t {
      return static_cast<unsigned char>(p[i]);
    };
    *lo = b(0) | (b(n / 2) << (8 * (n / 2))) | (b(n - 1) << (8 * (n - 1)));
    *hi = 0;
  }
}

// Multiplicative hashing: the high bits of the product depend on every
// byte, and the two products are independent (a short dependency chain:
// the lookup's latency is its cost).
uint64_t HashShort(uint64_t lo, uint64_t hi, size_t size) {
  return (lo ^ size) * 0x9E3779B97F4A7C15ull + hi * 0xC2B2AE3D27D4EB4Full;
}

// 16 bits below the slot index's, the lowest set: never 0.
uint16_t TagOf(uint64_t h) { return static_cast<uint16_t>(h >> 24) | 1; }

}  // namespace

LowerWord::LowerWord(absl::string_view w) {
  const char* in = w.data();
  const size_t n = w.size();
  char* out = buf_;
  if (n > sizeof(buf_)) {
    long_.resize(n);
    out = long_.data();
  }
  // Eight bytes at a time, the last eight overlapping the ones before (the
  // same bytes lower-cased twice); four and four below eight bytes.
  const auto store = [](char* to, uint64_t v, size_t bytes) { std::memcpy(to, &v, bytes); };
  if (n >= 8) {
    for (size_t i = 0; i + 8 < n; i += 8) store(out + i, swar::LowerAscii8(swar::Load(in + i)), 8);
    store(out + n - 8, swar::LowerAscii8(swar::Load(in + n - 8)), 8);
  } else if (n >= 4) {
    store(out, swar::LowerAscii8(swar::Load32(in)), 4);
    store(out + n - 4, swar::LowerAscii8(swar::Load32(in + n - 4)), 4);
  } else {
    for (size_t i = 0; i < n; ++i) {
      out[i] = absl::ascii_tolower(static_cast<unsigned char>(in[i]));
    }
  }
  view_ = absl::string_view(out, n);
}

void WordClassTable::Add(absl::string_view word, uint16_t classes) {
  // Kept in a list, merged by Freeze: the table's own probe finds a key
  // added again at less cost than a hash map of strings, which also grew
  // through every power of two as the lexicon's lists were added.
  pending_.emplace_back(exact_ ? std::string(word) : absl::AsciiStrToLower(word),
                        classes);
}

void WordClassTable::Freeze() {
  // At most a quarter full (a key added twice counts twice here): most
  // probes end at their first slot, on an empty tag or the key (the default
  // lexicon's 1,120 keys take 8,192 slots, 16 KB of tags).
  size_t capacity = 16;
  shift_ = 60;
  while (capacity < 4 * pending_.size()) {
    capacity *= 2;
    --shift_;
  }
  slots_.assign(capacity, Slot());
  tags_.assign(capacity, 0);
  mask_ = capacity - 1;
  long_keys_.clear();
  empty_classes_ = 0;
  for (const auto& [key, classes] : pending_) {
    if (key.empty()) {
      if (exact_) empty_classes_ |= classes;
      continue;
    }
    if (key.size() > kShortKey) {
      long_keys_[key] |= classes;
      continue;
    }
    uint64_t lo, hi;
    ReadShort(key, &lo, &hi);
    const uint64_t h = HashShort(lo, hi, key.size());
    const uint16_t tag = TagOf(h);
    // The key's slot if it was added before, else the first empty one.
    size_t i = h >> shift_;
    while (tags_[i] != 0 && !(tags_[i] == tag && slots_[i].lo == lo && slots_[i].hi == hi &&
                              slots_[i].size == key.size())) {
      i = (i + 1) & mask_;
    }
    tags_[i] = tag;
    slots_[i].lo = lo;
    slots_[i].hi = hi;
    slots_[i].classes |= classes;
    slots_[i].size = static_cast<uint8_t>(key.size());
  }
  pending_.clear();
  pending_.shrink_to_fit();
}

inline const WordClassTable::Slot* WordClassTable::FindShort(uint64_t lo,
                                                             uint64_t hi,
                                                             size_t size) const {
  const uint64_t h = HashShort(lo, hi, size);
  const uint16_t tag = TagOf(h);
  for (size_t i = h >> shift_; tags_[i] != 0; i = (i + 1) & mask_) {
    if (tags_[i] != tag) continue;
    const Slot& s = slots_[i];
    if (s.lo == lo && s.hi == hi && s.size == size) return &s;
  }
  return nullptr;
}

ABSL_ATTRIBUTE_NOINLINE uint16_t WordClassTable::FindLong(absl::string_view word) const {
  if (long_keys_.empty()) return 0;
  auto it = exact_ ? long_keys_.find(word) : long_keys_.find(absl::AsciiStrToLower(word));
  return it != long_keys_.end() ? it->second : 0;
}

uint16_t WordClassTable::Find(absl::string_view word) const {
  if (slots_.empty()) return 0;
  if (word.empty()) return empty_classes_;
  // The rare long key's lower-cased copy is out of line: inlined, its
  // std::string made every lookup pay for a stack frame and a canary.
  if (ABSL_PREDICT_FALSE(word.size() > kShortKey)) return FindLong(word);
  uint64_t lo, hi;
  ReadShort(word, &lo, &hi);
  if (!exact_) {
    lo = swar::LowerAscii8(lo);
    // Below nine bytes `hi` is 0, in lower case already: most words are
    // that short, and lower-case half the bytes.
    if (word.size() > 8) hi = swar::LowerAscii8(hi);
  }
  const Slot* s = FindShort(lo, hi, word.size());
  return s != nullptr ? s->classes : 0;
}

bool IsPartyStateTag(absl::string_view word) {
  return word.size() >= 4 && word.size() <= 8 &&
         (word[0] == 'R' || word[0] == 'D' || word[0] == 'I') && word[1] == '-' &&
         absl::ascii_isupper(static_cast<unsigned char>(word[2])) &&
         absl::ascii_islower(static_cast<unsigned char>(word[3]));
}

bool IsStateAbbreviation(absl::string_view word) {
  static constexpr absl::string_view kStates[] = {
      "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga",
      "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn",
      "Miss", "Mo", "Mont", "Neb", "Nev", "N.H", "N.J", "N.M", "N.Y", "N.C",
      "N.D", "Okla", "Ore", "Pa", "R.I", "S.C", "S.D", "Tenn", "Tex", "Vt",
      "Va", "Wash", "W.Va", "Wis", "Wyo"};
  if (word.size() < 2 || word.size() > 5) return false;
  for (absl::string_view s : kStates) {
    if (word == s) return true;
  }
  return false;
}

std::vector<Token> Tokenize(absl::string_view text, TextSpan range,
                            const WordClassTable* classes, const WordMarker* marker) {
  // Before Freeze, the table finds nothing.
  if (classes != nullptr && classes->slots_.empty()) classes = nullptr;
  if (classes == nullptr) marker = nullptr;
  // The marker's classes in registers (no class without a marker): the
  // stores of the tokens may alias its fields.
  const uint16_t not_name = marker != nullptr ? marker->not_name_classes_ : 0;
  const uint16_t name_class = marker != nullptr ? marker->name_class_ : 0;
  std::vector<Token> out;
  // Room for a token every 4 bytes, more than news prose has (one every 5.4
  // bytes in bbc.jsonl): the vector seldom grows, and a growth step holds
  // the old array and one twice as large at once (3 times the tokens' size:
  // the peak of a long article). A large block's pages that are never
  // written are never resident.
  out.reserve(range.size() / 4 + 4);
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t end = std::min(range.end, text.size());
  size_t i = range.begin;
  while (i < end) {
    // Most words are up to 15 ASCII letters and a space, or one ASCII mark
    // (a comma, a stop, a bracket) and a space: one or two eight-byte reads
    // find them, with no scan and no peeling. Below, a stop after letters
    // alone stays only on up to five of them (KeepsFullStop; party tags hold
    // a hyphen, and a state keeps it before a comma); other marks never stay.
    if (end - i > 16) {
      const LetterRun run = LeadingLetters(s + i);
      const size_t n = run.size;
      if (n > 0) {
        const unsigned char next = s[i + n];
        // 1 for a mark before the space, 2 for anything else.
        const size_t mark = next == ' ' ? 0
                            : (kBytes.c[next] & kPunct) && (next != '.' || n > 5) &&
                                    s[i + n + 1] == ' '
                                ? 1
                                : 2;
        if (mark < 2) {
          Token t;
          t.begin = i;
          t.text = absl::string_view(text.data() + i, n);
          t.lower = (s[i] & 0x20) != 0;  // an ASCII letter
          t.capitalized = !t.lower;
          t.acronym = run.acronym;
          t.alpha = true;
          if (classes != nullptr) {
            const WordClassTable::Slot* slot = classes->FindShort(run.lo, run.hi, n);
            if (slot != nullptr) t.lex = slot->classes;
            if (ABSL_PREDICT_FALSE(run.acronym)) {
              if (marker != nullptr) marker->Mark(&t);
            } else {
              const bool name = t.capitalized & ((t.lex & not_name) == 0);
              t.lex |= name ? name_class : 0;
            }
          }
          out.push_back(t);
          if (mark > 0) out.push_back(PunctToken(text, i + n, i + n + 1));
          i += n + 1 + mark;
          continue;
        }
      }
    }
    const int space = SpaceAt(s + i, end - i);
    if (space > 0) {
      i += space;
      continue;
    }
    // An ASCII mark that opens a word ("(ICESCO", "\"We") is always peeled
    // off first (below): it is cut here and the word goes on from the next
    // byte, where the fast path may take it.
    if (s[i] < 0x80 && (kBytes.c[s[i]] & kPunct)) {
      out.push_back(PunctToken(text, i, i + 1));
      ++i;
      continue;
    }
    // One word: up to the next space. Letters are counted on the way (the
    // marks peeled off below are not letters, so the counts hold for the
    // word without them). Bytes above ASCII are stepped one at a time: only
    // the lead bytes C2, E2 and E3 may start a space, and continuation
    // bytes are never lead bytes.
    // One pointer and no masking in the loop: it runs once per byte of text.
    const unsigned char* p = s + i;
    const unsigned char* const stop = s + end;
    uint64_t letters = 0;
    for (; p < stop; ++p) {
      const uint64_t k = kWordScan.c[*p];
      if (ABSL_PREDICT_FALSE(k & kWordStop)) {
        if (*p < 0x80 || SpaceAt(p, stop - p) > 0) break;
        continue;  // the lead byte of another character: no letter
      }
      letters += k;
    }
    const size_t word_end = p - s;
    const size_t upper = static_cast<size_t>(letters & 0x7FFFFFFF);
    const size_t lower = static_cast<size_t>(letters >> 32);
    // Peel punctuation off both ends. The trailing marks are found right to
    // left and pushed after the word (words rarely end in more than three).
    size_t wb = i, we = word_end;
    while (wb < we) {
      const int len = PunctAt(s + wb, we - wb);
      if (len == 0) break;
      out.push_back(PunctToken(text, wb, wb + len));
      wb += len;
    }
    // The trailing marks are adjacent: their lengths, right to left, are
    // enough to cut [we, word_end) into tokens.
    uint8_t tail_len[8];
    int tail_size = 0;
    while (we > wb && tail_size < 8) {
      const int len = PunctBefore(s + wb, we - wb);
      if (len == 0) break;
      if (len == 1 && s[we - 1] == '.') {
        const absl::string_view word = text.substr(wb, we - wb - 1);
        // "(R-Fla.)", "(D-Md.)": a party tag's state, not a sentence end.
        const bool tag = (tail_size > 0 && s[we] == ')' && !word.empty() &&
                          absl::ascii_isupper(static_cast<unsigned char>(word[0])) &&
                          word.size() <= 8) ||
                         IsPartyStateTag(word) ||
                         // "of Springfield, Va., said": a state, mid-sentence.
                         (tail_size > 0 && s[we] == ',' && IsStateAbbreviation(word));
        if (tag || KeepsFullStop(word)) break;
      }
      tail_len[tail_size++] = static_cast<uint8_t>(len);
      we -= len;
    }
    if (we > wb) {
      Token t = WordToken(text, wb, we, upper >= 2 && lower == 0, upper + lower == we - wb);
      if (classes != nullptr) t.lex = classes->Find(absl::StripSuffix(t.text, "."));
      if (marker != nullptr) marker->Mark(&t);
      out.push_back(t);
    }
    for (size_t at = we; tail_size > 0;) {
      const size_t len = tail_len[--tail_size];
      out.push_back(PunctToken(text, at, at + len));
      at += len;
    }
    i = word_end;
  }
  return out;
}

}  // namespace internal
}  // namespace quotes
