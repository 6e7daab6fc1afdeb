// Byte arithmetic for the scans over article text: eight bytes held in a
// 64-bit integer and tested at once (SWAR, in namespace swar), and the search
// for the first byte of a small set that the quote-mark and sentence-mark
// scans share (FindFirstByteOf).
//
// FindFirstByteOf has two paths: SSE2, sixteen bytes a compare, where the
// compiler targets it and QUOTECHECK_NO_SSE2 is not defined; else eight bytes
// a step in portable C++. The header chooses where it is included, so every
// file of one program must see the same choice: //quotes:byte_scan_portable
// defines QUOTECHECK_NO_SSE2 for every target that depends on it.
//
// Example:
//   // The first '.', '!' or '?' of text[pos, to), or `to`.
//   const size_t stop = FindFirstByteOf<'.', '!', '?'>(text, pos, to);
//   // The eight bytes at `p` with ASCII capitals made small.
//   const uint64_t lower = swar::LowerAscii8(swar::Load(p));
#ifndef QUOTES_TEXT_BYTE_SCAN_H_
#define QUOTES_TEXT_BYTE_SCAN_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <utility>

#if defined(__SSE2__) && !defined(QUOTECHECK_NO_SSE2)
#include <emmintrin.h>
#endif

#include "absl/numeric/bits.h"
#include "absl/strings/string_view.h"

namespace quotes {
namespace internal {
namespace swar {

// Byte k of a word is bits 8k to 8k+7: the byte at `p + k` after Load, as on
// every little-endian processor this builds for.
inline constexpr uint64_t kOnes = 0x0101010101010101ull;
inline constexpr uint64_t kHighs = 0x8080808080808080ull;

// `b` in each of the eight bytes.
constexpr uint64_t Broadcast(unsigned char b) { return kOnes * b; }

// The eight bytes at `p`.
inline uint64_t Load(const void* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

// The four bytes at `p`, as the low half of a word.
inline uint32_t Load32(const void* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

// The results below are masks with the high bit (0x80) of each byte that
// answers, the other bits clear.

// The high bit of each zero byte of `v`. Exact up to the lowest zero byte;
// above it a 0x01 byte answers too (the borrow of the subtraction), so the
// mask tells whether there is a zero byte and which is the first, not which
// are zero.
constexpr uint64_t ZeroBytes(uint64_t v) { return (v - kOnes) & ~v & kHighs; }

// The high bit of each byte of `v` equal to `b`; exact as ZeroBytes is, up to
// the first.
constexpr uint64_t BytesEqual(uint64_t v, unsigned char b) {
  return ZeroBytes(v ^ Broadcast(b));
}

// The high bit of each byte of `v` beyond ASCII (0x80 and above).
constexpr uint64_t NonAscii(uint64_t v) { return v & kHighs; }

// The high bit of each byte of `seven`, whose bytes are all below 0x80, in
// [kLo, kHi], an ASCII range; the other bits are noise. b + (0x80 - kLo)
// sets the high bit when b >= kLo, and b + (0x7F - kHi) when b > kHi; the
// sums are of seven-bit bytes, so none carries into another.
template <unsigned char kLo, unsigned char kHi>
constexpr uint64_t InSevenBitRange(uint64_t seven) {
  static_assert(kLo <= kHi && kHi < 0x80, "an ASCII range");
  return (seven + Broadcast(0x80 - kLo)) & ~(seven + Broadcast(0x7F - kHi));
}

// The high bit of each byte of `v` in [kLo, kHi], an ASCII range; exact in
// every byte.
template <unsigned char kLo, unsigned char kHi>
constexpr uint64_t InAsciiRange(uint64_t v) {
  return InSevenBitRange<kLo, kHi>(v & ~kHighs) & ~v & kHighs;
}

// The high bit of each ASCII letter of `v`: a byte that, with 0x20 set, is in
// a-z. The same as InAsciiRange<'a', 'z'>(v | Broadcast(0x20)), but 0x20 is
// set after the high bits are cleared: the other way GCC 12 spent 0.8% more
// instructions in the portable tokenizer (bbc400).
constexpr uint64_t AsciiLetters(uint64_t v) {
  return InSevenBitRange<'a', 'z'>((v & ~kHighs) | Broadcast(0x20)) & ~v & kHighs;
}

// `v` with ASCII A-Z made a-z, every other byte as it is.
constexpr uint64_t LowerAscii8(uint64_t v) { return v | (InAsciiRange<'A', 'Z'>(v) >> 2); }

// 0xFF in each byte below the lowest that `mask` (high bits only, not 0)
// sets, 0 from it on: `mask & -mask` is its lowest bit.
constexpr uint64_t BytesBelowLowest(uint64_t mask) {
  return ((mask & (0 - mask)) >> 7) - 1;
}

// The index (0 to 7) of the lowest byte that `mask` (high bits only, not 0)
// sets.
inline size_t LowestByte(uint64_t mask) {
  return static_cast<size_t>(absl::countr_zero(mask)) >> 3;
}

}  // namespace swar

namespace byte_scan_internal {

// The bytes b with (b & mask) == value: one byte (mask 0xFF), or two that
// differ in one bit, that bit cleared in the mask.
struct ByteMatch {
  unsigned char value = 0;
  unsigned char mask = 0xFF;
};

template <size_t N>
struct ByteMatches {
  ByteMatch at[N] = {};
  size_t size = 0;
};

// `bytes` as masked compares: two that differ in one bit (the lead bytes C2
// and E2, apart by 0x20) become one, so the SSE2 test of the quote marks'
// four bytes takes three compares.
template <size_t N>
constexpr ByteMatches<N> PairUp(const unsigned char (&bytes)[N]) {
  ByteMatches<N> out;
  bool paired[N] = {};
  for (size_t i = 0; i < N; ++i) {
    if (paired[i]) continue;
    ByteMatch m;
    m.value = bytes[i];
    for (size_t j = i + 1; j < N; ++j) {
      const unsigned diff = bytes[i] ^ bytes[j];
      if (!paired[j] && diff != 0 && (diff & (diff - 1)) == 0) {
        m.value = static_cast<unsigned char>(bytes[i] & ~diff);
        m.mask = static_cast<unsigned char>(~diff);
        paired[j] = true;
        break;
      }
    }
    out.at[out.size++] = m;
  }
  return out;
}

template <unsigned char... kBytes>
struct ByteSet {
  static constexpr unsigned char kList[] = {kBytes...};
  static constexpr ByteMatches<sizeof...(kBytes)> kMatches = PairUp(kList);

  static constexpr bool Contains(unsigned char b) { return ((b == kBytes) || ...); }

#if defined(__SSE2__) && !defined(QUOTECHECK_NO_SSE2)
  // Bit i: byte `p[i]` is in the set.
  static unsigned Hits(const char* p) {
    return HitsOf(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p)),
                  std::make_index_sequence<kMatches.size>());
  }

 private:
  template <unsigned char kValue, unsigned char kMask>
  static __m128i Match(__m128i w) {
    const __m128i value = _mm_set1_epi8(static_cast<char>(kValue));
    if constexpr (kMask == 0xFF) {
      return _mm_cmpeq_epi8(w, value);
    } else {
      return _mm_cmpeq_epi8(_mm_and_si128(w, _mm_set1_epi8(static_cast<char>(kMask))),
                            value);
    }
  }
  static __m128i Or(__m128i a) { return a; }
  template <typename... Rest>
  static __m128i Or(__m128i a, __m128i b, Rest... rest) {
    return Or(_mm_or_si128(a, b), rest...);
  }
  template <size_t... I>
  static unsigned HitsOf(__m128i w, std::index_sequence<I...>) {
    return static_cast<unsigned>(_mm_movemask_epi8(
        Or(Match<kMatches.at[I].value, kMatches.at[I].mask>(w)...)));
  }
#else
  // The high bit of each byte of `w` that may be in the set: those equal to
  // an ASCII member (exact up to the first, as swar::BytesEqual), and when
  // the set has a member beyond ASCII every byte beyond ASCII, whose eight
  // bytes are then read one by one (cheaper than exact tests of lead bytes,
  // which text with accents seldom holds).
  static uint64_t Candidates(uint64_t w) {
    constexpr bool kAnyBeyondAscii = ((kBytes >= 0x80) || ...);
    return ((kAnyBeyondAscii ? swar::NonAscii(w) : 0) | ... |
            (kBytes < 0x80 ? swar::BytesEqual(w, kBytes) : 0));
  }
#endif
};

}  // namespace byte_scan_internal

// The first position in `text[pos, to)` whose byte is one of `kBytes`, or
// `to`. Requires pos <= to <= text.size(). May read any byte of
// `text[0, to)` (with SSE2 the last few are read by one load of the sixteen
// that end at `to`) and none from `to` on.
//
// 32 bytes a step with SSE2, eight without: text without the bytes is passed
// over in a few instructions a step. For up to four bytes, or a few more.
template <unsigned char... kBytes>
size_t FindFirstByteOf(absl::string_view text, size_t pos, size_t to) {
  using Set = byte_scan_internal::ByteSet<kBytes...>;
  const char* s = text.data();
#if defined(__SSE2__) && !defined(QUOTECHECK_NO_SSE2)
  for (; pos + 32 <= to; pos += 32) {
    const unsigned mask = Set::Hits(s + pos) | (Set::Hits(s + pos + 16) << 16);
    if (mask != 0) return pos + static_cast<size_t>(absl::countr_zero(mask));
  }
  for (; pos + 16 <= to; pos += 16) {
    const unsigned mask = Set::Hits(s + pos);
    if (mask != 0) return pos + static_cast<size_t>(absl::countr_zero(mask));
  }
  // The last few bytes: the sixteen that end at `to`, those before `pos`
  // shifted out.
  if (pos < to && to >= 16) {
    const unsigned mask = Set::Hits(s + to - 16) >> (16 - (to - pos));
    return mask != 0 ? pos + static_cast<size_t>(absl::countr_zero(mask)) : to;
  }
#else
  while (pos + 8 <= to) {
    if (Set::Candidates(swar::Load(s + pos)) != 0) {
      // Maybe only a byte beyond ASCII that is no member: the eight are read
      // one by one, and the scan goes on by words after them.
      for (const size_t end = pos + 8; pos < end; ++pos) {
        if (Set::Contains(static_cast<unsigned char>(s[pos]))) return pos;
      }
      continue;
    }
    pos += 8;
  }
#endif
  for (; pos < to; ++pos) {
    if (Set::Contains(static_cast<unsigned char>(s[pos]))) return pos;
  }
  return to;
}

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_TEXT_BYTE_SCAN_H_
