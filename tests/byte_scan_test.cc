// Tests of the byte arithmetic and the byte-set search of byte_scan.h, each
// against a byte-at-a-time reference. Built twice: byte_scan_test on the
// SSE2 path, byte_scan_portable_test on the portable one.
#include "quotes/text/byte_scan.h"

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "gtest/gtest.h"

namespace quotes {
namespace internal {
namespace {

// Eight bytes as a word, byte 0 lowest.
uint64_t Word(const unsigned char (&bytes)[8]) { return swar::Load(bytes); }

// The index of the lowest byte whose high bit `mask` sets, or 8.
int Lowest(uint64_t mask) {
  for (int k = 0; k < 8; ++k) {
    if ((mask >> (8 * k + 7)) & 1) return k;
  }
  return 8;
}

// Words whose bytes are drawn from `pool`, from a fixed seed: 0x00 and 0x01
// next to each other are where a borrow could go wrong.
std::vector<uint64_t> Words(const std::vector<unsigned char>& pool) {
  std::vector<uint64_t> out;
  uint64_t state = 0x2545F4914F6CDD1Dull;
  for (int i = 0; i < 4000; ++i) {
    unsigned char b[8];
    for (unsigned char& c : b) {
      state = state * 6364136223846793005ull + 1442695040888963407ull;
      c = pool[(state >> 33) % pool.size()];
    }
    out.push_back(Word(b));
  }
  return out;
}

TEST(SwarTest, BroadcastAndLoad) {
  EXPECT_EQ(swar::Broadcast(0x2E), 0x2E2E2E2E2E2E2E2Eull);
  const unsigned char b[8] = {1, 2, 3, 4, 5, 6, 7, 0x80};
  EXPECT_EQ(swar::Load(b), 0x8007060504030201ull);
  EXPECT_EQ(swar::Load32(b), 0x04030201u);
  EXPECT_EQ(swar::Load32(b + 4), 0x80070605u);
}

TEST(SwarTest, ZeroBytesFindsTheFirstZeroByte) {
  for (uint64_t v : Words({0x00, 0x01, 0x02, 0x7F, 0x80, 0x81, 0xFF, 'a'})) {
    int first = 8;
    for (int k = 7; k >= 0; --k) {
      if (((v >> (8 * k)) & 0xFF) == 0) first = k;
    }
    const uint64_t mask = swar::ZeroBytes(v);
    EXPECT_EQ(mask & ~swar::kHighs, 0u) << std::hex << v;
    EXPECT_EQ(Lowest(mask), first) << std::hex << v;
  }
}

TEST(SwarTest, BytesEqualFindsTheFirstEqualByte) {
  for (unsigned char b : {0x00, 0x22, 0x2E, 0x7F, 0x80, 0xC2, 0xFF}) {
    std::vector<unsigned char> pool = {b, static_cast<unsigned char>(b ^ 1),
                                       static_cast<unsigned char>(b ^ 0x80), 0x00, 'x'};
    for (uint64_t v : Words(pool)) {
      int first = 8;
      for (int k = 7; k >= 0; --k) {
        if (((v >> (8 * k)) & 0xFF) == b) first = k;
      }
      EXPECT_EQ(Lowest(swar::BytesEqual(v, b)), first)
          << std::hex << v << " for byte " << int{b};
    }
  }
}

// Each of the 256 byte values at each of the eight places, among bytes that
// test the neighbours of the ranges (@ [ ` {, A Z a z, 0x80 and above): what
// a per-byte test says of each byte, the word test says of its high bit.
template <typename WordTest, typename ByteTest>
void ExpectEachByteAsAlone(WordTest word_test, ByteTest byte_test, const char* what) {
  const unsigned char around[] = {'@', '[', '`', '{', 'A', 'z', 0x80, 0xDA};
  for (int b = 0; b < 256; ++b) {
    for (int k = 0; k < 8; ++k) {
      unsigned char bytes[8];
      for (int i = 0; i < 8; ++i) bytes[i] = around[(i + b) % 8];
      bytes[k] = static_cast<unsigned char>(b);
      const uint64_t got = word_test(Word(bytes));
      EXPECT_EQ(got & ~swar::kHighs, 0u) << what << " of byte " << b << " at " << k;
      for (int i = 0; i < 8; ++i) {
        EXPECT_EQ(((got >> (8 * i + 7)) & 1) != 0, byte_test(bytes[i]))
            << what << " of byte " << int{bytes[i]} << " at " << i;
      }
    }
  }
}

TEST(SwarTest, ByteClassesAsAByteAtATime) {
  ExpectEachByteAsAlone(swar::NonAscii, [](unsigned char c) { return c >= 0x80; },
                        "NonAscii");
  ExpectEachByteAsAlone(swar::InAsciiRange<'A', 'Z'>,
                        [](unsigned char c) { return c >= 'A' && c <= 'Z'; },
                        "InAsciiRange<A, Z>");
  ExpectEachByteAsAlone(swar::InAsciiRange<0, 0x7F>, [](unsigned char c) { return c < 0x80; },
                        "InAsciiRange<0, 0x7F>");
  ExpectEachByteAsAlone(swar::InAsciiRange<'0', '9'>,
                        [](unsigned char c) { return c >= '0' && c <= '9'; },
                        "InAsciiRange<0, 9>");
  ExpectEachByteAsAlone(swar::AsciiLetters, [](unsigned char c) { return absl::ascii_isalpha(c); },
                        "AsciiLetters");
}

TEST(SwarTest, LowerAscii8LowersCapitalsOnly) {
  for (int b = 0; b < 256; ++b) {
    for (int k = 0; k < 8; ++k) {
      unsigned char bytes[8] = {'Q', 'u', 'O', 0xC3, 0x89, '@', '[', 'Z'};
      bytes[k] = static_cast<unsigned char>(b);
      unsigned char want[8];
      for (int i = 0; i < 8; ++i) want[i] = absl::ascii_tolower(bytes[i]);
      EXPECT_EQ(swar::LowerAscii8(Word(bytes)), Word(want)) << "byte " << b << " at " << k;
    }
  }
}

TEST(SwarTest, BytesBelowLowestAndLowestByte) {
  for (int k = 0; k < 8; ++k) {
    for (int above = k; above < 8; ++above) {
      const uint64_t mask = (uint64_t{0x80} << (8 * k)) | (uint64_t{0x80} << (8 * above));
      EXPECT_EQ(swar::LowestByte(mask), static_cast<size_t>(k)) << std::hex << mask;
      EXPECT_EQ(swar::BytesBelowLowest(mask), k == 0 ? 0 : ~uint64_t{0} >> (64 - 8 * k))
          << std::hex << mask;
    }
  }
}

// FindFirstByteOf<kBytes...> against a scan byte by byte: each member at
// each offset of a text of `filler`, every [pos, to) around it. The text
// ends at `to`: a member there or after it is not found.
template <unsigned char... kBytes>
void ExpectFindsAsAScan(const std::vector<unsigned char>& filler) {
  const auto member = [](unsigned char b) { return ((b == kBytes) || ...); };
  constexpr size_t kSize = 72;
  for (unsigned char m : {kBytes...}) {
    for (size_t at = 0; at < kSize; ++at) {
      std::string buf;
      for (size_t i = 0; i < kSize; ++i) buf += static_cast<char>(filler[i % filler.size()]);
      buf[at] = static_cast<char>(m);
      for (size_t to = 0; to <= kSize; ++to) {
        const absl::string_view text(buf.data(), to);
        for (size_t pos = 0; pos <= to; ++pos) {
          size_t want = pos;
          while (want < to && !member(static_cast<unsigned char>(buf[want]))) ++want;
          ASSERT_EQ((FindFirstByteOf<kBytes...>(text, pos, to)), want)
              << "member " << int{m} << " at " << at << ", [" << pos << ", " << to << ")";
        }
      }
    }
  }
}

// FindFirstByteOf<kBytes...> stops at a byte exactly when it is a member:
// each of the 256 values in a run of 'x', early and in the last sixteen.
template <unsigned char... kBytes>
void ExpectStopsAtMembersOnly() {
  for (int b = 0; b < 256; ++b) {
    const bool member = ((b == kBytes) || ...);
    for (size_t at : {3, 20, 37, 44}) {
      std::string text(48, 'x');
      text[at] = static_cast<char>(b);
      EXPECT_EQ((FindFirstByteOf<kBytes...>(text, 0, text.size())),
                member ? at : text.size())
          << "byte " << b << " at " << at;
    }
  }
}

// The quote marks' first bytes: two ASCII, and C2 and E2, apart by one bit.
// The filler holds their neighbours: '#' and '&' (one bit from '"' and '\''),
// C3 and E3 (the lead bytes of accents and of CJK), continuation bytes.
// C2 and E2 are one SSE2 compare (the quote-mark scan's speed); '.', '!'
// and '?' are three, no two a bit apart.
static_assert(byte_scan_internal::ByteSet<'"', '\'', 0xC2, 0xE2>::kMatches.size == 3);
static_assert(byte_scan_internal::ByteSet<'"', '\'', 0xC2, 0xE2>::kMatches.at[2].mask == 0xDF);
static_assert(byte_scan_internal::ByteSet<'.', '!', '?'>::kMatches.size == 3);

TEST(FindFirstByteOfTest, QuoteMarkBytes) {
  ExpectFindsAsAScan<'"', '\'', 0xC2, 0xE2>(
      {'x', ' ', '#', '&', 0xC3, 0xA9, 0xE3, 0x80, 0x82, 0xC0, 0xA2});
  ExpectStopsAtMembersOnly<'"', '\'', 0xC2, 0xE2>();
}

TEST(FindFirstByteOfTest, SentenceMarkBytes) {
  ExpectFindsAsAScan<'.', '!', '?'>({'w', 'o', 'r', 'd', ' ', ',', 0xE2, 0x80, 0x9D});
  ExpectStopsAtMembersOnly<'.', '!', '?'>();
}

TEST(FindFirstByteOfTest, OneByteAndTwoOneBitApart) {
  ExpectFindsAsAScan<0>({'x', 0x01, 0x80});
  ExpectStopsAtMembersOnly<0>();
  ExpectFindsAsAScan<'a', 'A'>({'b', 'B', 'q', 0xE1});
  ExpectStopsAtMembersOnly<'a', 'A'>();
}

}  // namespace
}  // namespace internal
}  // namespace quotes
