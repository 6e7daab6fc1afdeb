#include "quotes/text/utf8.h"

#include <cstdint>
#include <string>
#include <utility>

#if defined(__SSE2__) && !defined(QUOTECHECK_NO_SSE2)
#include <emmintrin.h>
#endif

#include "absl/numeric/bits.h"
#include "absl/strings/str_cat.h"
#include "quotes/text/byte_scan.h"

namespace quotes {
namespace internal {
namespace {

// The first position in [i, n) that holds a byte beyond ASCII, or n. News
// text is nearly all ASCII, so this is where validation spends its time.
size_t SkipAscii(const unsigned char* s, size_t i, size_t n) {
#if defined(__SSE2__) && !defined(QUOTECHECK_NO_SSE2)
  // A byte beyond ASCII has its top bit set, which movemask gathers: 64
  // bytes OR-ed into one test a step, then 16 a step to find the byte.
  const auto load = [s](size_t at) {
    return _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + at));
  };
  for (; i + 64 <= n; i += 64) {
    const __m128i any = _mm_or_si128(_mm_or_si128(load(i), load(i + 16)),
                                     _mm_or_si128(load(i + 32), load(i + 48)));
    if (_mm_movemask_epi8(any) != 0) break;
  }
  for (; i + 16 <= n; i += 16) {
    const int mask = _mm_movemask_epi8(load(i));
    if (mask != 0) return i + absl::countr_zero(static_cast<uint32_t>(mask));
  }
#else
  // Sixteen bytes at a time (two words tested as one), then eight.
  while (i + 16 <= n) {
    if (swar::NonAscii(swar::Load(s + i) | swar::Load(s + i + 8)) != 0) break;
    i += 16;
  }
  while (i + 8 <= n) {
    if (swar::NonAscii(swar::Load(s + i)) != 0) break;
    i += 8;
  }
#endif
  while (i < n && s[i] < 0x80) ++i;
  return i;
}

}  // namespace

absl::Status ValidateUtf8(absl::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const size_t n = text.size();
  size_t i = 0;
  while (true) {
    i = SkipAscii(s, i, n);
    if (i >= n) break;
    const unsigned char c = s[i];
    int len = 0;
    char32_t min = 0;
    char32_t cp = 0;
    if ((c & 0xE0) == 0xC0) {
      len = 2, min = 0x80, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3, min = 0x800, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4, min = 0x10000, cp = c & 0x07;
    } else {
      return absl::InvalidArgumentError(
          absl::StrCat("invalid UTF-8 at byte ", i, ": unexpected byte 0x",
                       absl::Hex(c)));
    }
    if (i + len > n) {
      return absl::InvalidArgumentError(
          absl::StrCat("invalid UTF-8 at byte ", i, ": truncated sequence"));
    }
    for (int k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) {
        return absl::InvalidArgumentError(absl::StrCat(
            "invalid UTF-8 at byte ", i, ": bad continuation byte"));
      }
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return absl::InvalidArgumentError(absl::StrCat(
          "invalid UTF-8 at byte ", i, ": overlong or out-of-range sequence"));
    }
    i += len;
  }
  return absl::OkStatus();
}

char32_t DecodeAt(absl::string_view text, size_t pos, int* len) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char c = s[pos];
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  int n = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
  if (pos + n > text.size()) {
    *len = 1;
    return 0xFFFD;
  }
  char32_t cp = c & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
  for (int k = 1; k < n; ++k) cp = (cp << 6) | (s[pos + k] & 0x3F);
  *len = n;
  return cp;
}

char32_t DecodeBefore(absl::string_view text, size_t pos, int* len) {
  if (pos == 0) {
    *len = 0;
    return 0;
  }
  size_t start = pos - 1;
  while (start > 0 && pos - start < 4 &&
         (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
    --start;
  }
  int n = 0;
  char32_t cp = DecodeAt(text, start, &n);
  *len = static_cast<int>(pos - start);
  return cp;
}

bool IsSpaceChar(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v' || c == 0xA0 || c == 0x2009 || c == 0x202F ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x3000;
}

bool IsInvisibleChar(char32_t c) {
  return c == 0xAD || (c >= 0x200B && c <= 0x200F) || (c >= 0x2060 && c <= 0x2064) ||
         c == 0xFEFF;
}

void NormalizeNameText(std::string* s) {
  bool plain = true;
  for (size_t i = 0; i < s->size(); ++i) {
    const unsigned char b = static_cast<unsigned char>((*s)[i]);
    // ASCII spaces other than ' ', or a doubled or edge space, also need
    // the pass below.
    if (b >= 0x80 || (b < 0x20) ||
        (b == ' ' && (i == 0 || i + 1 == s->size() || (*s)[i + 1] == ' '))) {
      plain = false;
      break;
    }
  }
  if (plain) return;
  std::string out;
  out.reserve(s->size());
  const absl::string_view text(*s);
  size_t pos = 0;
  while (pos < text.size()) {
    int len = 1;
    const unsigned char b = static_cast<unsigned char>(text[pos]);
    const char32_t c = b < 0x80 ? b : DecodeAt(text, pos, &len);
    if (IsSpaceChar(c)) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else if (!IsInvisibleChar(c)) {
      out.append(text.data() + pos, len);
    }
    pos += len;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  *s = std::move(out);
}

bool IsWordChar(char32_t c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9');
  }
  if (c < 0xC0) return false;  // Latin-1 punctuation and symbols.
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x206F) return false;  // General punctuation.
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation.
  if (IsSpaceChar(c)) return false;
  return true;
}

}  // namespace internal
}  // namespace quotes
