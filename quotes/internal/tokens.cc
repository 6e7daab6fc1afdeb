#include "quotes/internal/tokens.h"

#include "absl/strings/ascii.h"
#include "quotes/internal/utf8.h"

namespace quotes {
namespace internal {
namespace {

bool IsPunct(char32_t c) {
  switch (c) {
    case ',': case ';': case ':': case '.': case '!': case '?': case '(':
    case ')': case '[': case ']': case '"': case '\'': case U'“': case U'”':
    case U'‘': case U'’': case U'«': case U'»': case U'„': case U'—':
    case U'–': case U'…':
      return true;
    default:
      return false;
  }
}

void Classify(Token* t) {
  const unsigned char c = t->text.empty() ? 0 : t->text[0];
  t->lower = absl::ascii_islower(c);
  t->capitalized = absl::ascii_isupper(c) || (c >= 0xC3 && c < 0xE0);
  int upper = 0, lower = 0;
  for (char ch : t->text) {
    if (absl::ascii_isupper(static_cast<unsigned char>(ch))) ++upper;
    if (absl::ascii_islower(static_cast<unsigned char>(ch))) ++lower;
  }
  t->acronym = upper >= 2 && lower == 0;
}

}  // namespace

LowerWord::LowerWord(absl::string_view w) {
  char* out = buf_;
  if (w.size() > sizeof(buf_)) {
    long_.resize(w.size());
    out = long_.data();
  }
  for (size_t i = 0; i < w.size(); ++i) {
    out[i] = absl::ascii_tolower(static_cast<unsigned char>(w[i]));
  }
  view_ = absl::string_view(out, w.size());
}

std::vector<Token> Tokenize(absl::string_view text, TextSpan range) {
  std::vector<Token> out;
  out.reserve(range.size() / 4 + 4);
  size_t i = range.begin;
  while (i < range.end) {
    int len = 0;
    const unsigned char b = text[i];
    if (b < 0x80) {
      if (b == ' ' || (b >= '\t' && b <= '\r')) {
        ++i;
        continue;
      }
    } else if (IsSpaceChar(DecodeAt(text, i, &len))) {
      i += len;
      continue;
    }
    // One word: up to the next space.
    size_t end = i;
    while (end < range.end) {
      const unsigned char e = text[end];
      if (e < 0x80) {
        if (e == ' ' || (e >= '\t' && e <= '\r')) break;
        ++end;
        continue;
      }
      int l = 0;
      if (IsSpaceChar(DecodeAt(text, end, &l))) break;
      end += l;
    }
    // Peel punctuation off both ends. The trailing marks are found right to
    // left and pushed after the word, so they are kept in a small stack
    // (words rarely end in more than three marks).
    size_t wb = i, we = end;
    while (wb < we) {
      char32_t p = static_cast<unsigned char>(text[wb]) < 0x80
                       ? (len = 1, static_cast<char32_t>(text[wb]))
                       : DecodeAt(text, wb, &len);
      if (!IsPunct(p)) break;
      Token t;
      t.span = {wb, wb + len};
      t.text = text.substr(wb, len);
      t.punct = true;
      out.push_back(t);
      wb += len;
    }
    TextSpan tail[8];
    int tail_size = 0;
    while (we > wb && tail_size < 8) {
      char32_t p = static_cast<unsigned char>(text[we - 1]) < 0x80
                       ? (len = 1, static_cast<char32_t>(text[we - 1]))
                       : DecodeBefore(text, we, &len);
      if (!IsPunct(p)) break;
      if (p == '.') {
        // Keep the stop on initials and short abbreviations: "M.", "Sen.".
        absl::string_view word = text.substr(wb, we - wb - 1);
        const bool initial = word.size() == 1 && absl::ascii_isupper(word[0]);
        const bool dotted = word.find('.') != absl::string_view::npos;
        const bool abbrev = word == "Mr" || word == "Mrs" || word == "Ms" ||
                            word == "Dr" || word == "Sen" || word == "Rep" ||
                            word == "Gov" || word == "Gen" || word == "Jr" ||
                            word == "Sr" || word == "St" || word == "Prof" ||
                            word == "Lt" || word == "Col" || word == "Capt" ||
                            word == "Rev" || word == "Sgt" || word == "Adm" ||
                            word == "Maj" || word == "Cmdr" || word == "Supt" ||
                            word == "Brig" || word == "Hon";
        // "(R-Fla.)", "(D-Md.)": a party tag's state, not a sentence end.
        const bool tag = tail_size > 0 && text[tail[tail_size - 1].begin] == ')' &&
                         !word.empty() && absl::ascii_isupper(word[0]) &&
                         word.size() <= 8;
        if (initial || dotted || abbrev || tag) break;
      }
      tail[tail_size++] = {we - len, we};
      we -= len;
    }
    if (we > wb) {
      Token t;
      t.span = {wb, we};
      t.text = text.substr(wb, we - wb);
      Classify(&t);
      out.push_back(t);
    }
    while (tail_size > 0) {
      const TextSpan sp = tail[--tail_size];
      Token t;
      t.span = sp;
      t.text = text.substr(sp.begin, sp.size());
      t.punct = true;
      out.push_back(t);
    }
    i = end;
  }
  return out;
}

}  // namespace internal
}  // namespace quotes
