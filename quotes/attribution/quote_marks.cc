#include "quotes/attribution/quote_marks.h"

#include <optional>

#include "absl/strings/ascii.h"
#include "quotes/text/byte_scan.h"
#include "quotes/text/utf8.h"

namespace quotes {
namespace internal {
namespace {

enum class Role { kOpen, kClose, kEither, kNone };
enum class Level { kDouble, kSingle };

struct Mark {
  TextSpan span;
  Role role;
  Level level;
};

// Every character that can be a quotation mark, and two apostrophes typed for
// a double mark (''Yes,'' she said), which archived copy often has: the
// bytes of the mark that starts at `pos` and ends by `to`, or 0. "''" before
// "'", as the alternation ''|["'“”„‟«»‘’‚‹›] would take them; a byte test
// and a switch, where an anchored RE2 match cost ~600 instructions a mark.
// Gives 1 for "'" and 3 for "“"; 0 for "-".
size_t MarkAt(absl::string_view text, size_t pos, size_t to) {
  const auto at = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const size_t n = to - pos;
  if (n == 0) return 0;
  if (at(pos) == '\'') return n >= 2 && at(pos + 1) == '\'' ? 2 : 1;
  if (at(pos) == '"') return 1;
  if (n >= 2 && at(pos) == 0xC2) {
    return at(pos + 1) == 0xAB || at(pos + 1) == 0xBB ? 2 : 0;  // « »
  }
  if (n >= 3 && at(pos) == 0xE2 && at(pos + 1) == 0x80) {
    switch (at(pos + 2)) {
      case 0x98:  // ‘
      case 0x99:  // ’
      case 0x9A:  // ‚
      case 0x9C:  // “
      case 0x9D:  // ”
      case 0x9E:  // „
      case 0x9F:  // ‟
      case 0xB9:  // ‹
      case 0xBA:  // ›
        return 3;
      default:
        return 0;
    }
  }
  return 0;
}

// The first position in [pos, to) that can start a mark: " or ' or the
// lead byte C2 or E2 (every other mark's UTF-8 starts with one of them).
// Text without marks is passed over in a few instructions, and so is text
// with other characters beyond ASCII (accents, dashes), which only the lead
// bytes stop.
size_t NextMarkByte(absl::string_view text, size_t pos, size_t to) {
  return FindFirstByteOf<'"', '\'', 0xC2, 0xE2>(text, pos, to);
}

bool IsOpenPunct(char32_t c) {
  return c == '(' || c == '[' || c == '{' || c == 0x2014 || c == 0x2013 ||
         c == '-' || c == '/' || c == ':';
}

bool IsApostropheChar(char32_t c) { return c == U'\'' || c == U'’' || c == U'‘'; }

// Apostrophes of elision that stand before a word (rock ’n’ roll, ’em, ’til,
// ’cause, ’tis, ’twas): the lower-case letters after the mark, up to a
// non-letter, are one of these (or the "s" of a possessive whose name was
// lost). The ’ after the n of ’n’ is one too.
bool IsElision(absl::string_view text, TextSpan span, TextSpan paragraph,
               char32_t before, char32_t after) {
  if (after == 'n' || after == 'e' || after == 't' || after == 'c' ||
      after == 's') {
    size_t e = span.end;
    while (e < paragraph.end && e - span.end < 6 && text[e] >= 'a' &&
           text[e] <= 'z') {
      ++e;
    }
    const absl::string_view w = text.substr(span.end, e - span.end);
    int len = 0;
    const char32_t next = e < paragraph.end ? DecodeAt(text, e, &len) : 0;
    if (IsWordChar(next) && !IsApostropheChar(next)) return false;
    if (w == "n") return IsApostropheChar(next);
    // "s": a possessive cut from its name ('s thunder).
    return w == "s" || w == "em" || w == "til" || w == "cause" || w == "tis" ||
           w == "twas";
  }
  // The second mark of ’n’: "n" between two apostrophes, a blank before.
  if (before == 'n' && span.begin >= paragraph.begin + 2) {
    int len = 0;
    const char32_t m = DecodeBefore(text, span.begin - 1, &len);
    if (!IsApostropheChar(m) || span.begin - 1 - len <= paragraph.begin) {
      return false;
    }
    int len2 = 0;
    const char32_t b = DecodeBefore(text, span.begin - 1 - len, &len2);
    return IsSpaceChar(b);
  }
  return false;
}

// Decides what one mark does from the characters on either side.
Mark Classify(absl::string_view text, TextSpan span, TextSpan paragraph) {
  int len = 0;
  const char32_t mark = DecodeAt(text, span.begin, &len);
  char32_t before = 0, after = 0;
  if (span.begin > paragraph.begin) before = DecodeBefore(text, span.begin, &len);
  if (span.end < paragraph.end) after = DecodeAt(text, span.end, &len);
  const bool word_before = IsWordChar(before);
  const bool word_after = IsWordChar(after);
  const bool space_before = before == 0 || IsSpaceChar(before) || IsOpenPunct(before);
  const bool space_after = after == 0 || IsSpaceChar(after);
  Mark m{span, Role::kNone, Level::kDouble};
  // '' is a straight double mark typed as two apostrophes.
  switch (span.size() == 2 && mark == U'\'' ? U'"' : mark) {
    case U'“':
      // German quotes close with “: „Wir bauen“, sagte sie.
      m.role = (!space_before && (space_after || !word_after)) ? Role::kClose
                                                                : Role::kOpen;
      return m;
    case U'„':
    case U'‟':
    case U'«':
      m.role = Role::kOpen;
      return m;
    case U'”':
      // Typed to open as well ("”Fear. I am truly afraid ...", a paragraph
      // opening "” … what I learned"): before a word, or first in its
      // paragraph, it closes an open quote and opens one otherwise.
      m.role = (space_before && (word_after || before == 0)) ? Role::kEither : Role::kClose;
      return m;
    case U'»':
      m.role = Role::kClose;
      return m;
    case U'"':
      if (space_before && !space_after) m.role = Role::kOpen;
      else if (!space_before && (space_after || !word_after)) m.role = Role::kClose;
      else m.role = Role::kEither;
      return m;
    default:
      break;
  }
  m.level = Level::kSingle;
  switch (mark) {
    case U'‹':
    case U'‚':
      m.role = Role::kOpen;
      return m;
    case U'›':
      m.role = Role::kClose;
      return m;
    default:
      break;
  }
  // ' ‘ ’: apostrophes in words (don't, ICESCO’s) and before numbers ('90s)
  // are not marks.
  if (word_before && word_after) return m;
  if (after >= '0' && after <= '9' && !word_before) return m;
  if (IsElision(text, span, paragraph, before, after)) return m;
  if (mark == U'‘' || (mark != U'’' && space_before)) {
    m.role = (space_before && !space_after) ? Role::kOpen : Role::kNone;
    return m;
  }
  if (mark == U'’' && space_before && !space_after) {
    m.role = Role::kOpen;  // Typographers' mistake: ’ used to open.
    return m;
  }
  if (!space_before && (space_after || !word_after)) {
    m.role = Role::kClose;  // Or a plural possessive: decided by the pairer.
    return m;
  }
  return m;
}

// True when the single mark at `span` reads as a plural possessive inside
// a quote: after an "s", before a lower-case word that is no pronoun or
// cue ("‘Residents’ safety comes first,’"; not "‘... the Tories’ he said").
bool PluralPossessive(absl::string_view text, TextSpan span, TextSpan paragraph) {
  if (span.begin <= paragraph.begin || text[span.begin - 1] != 's') return false;
  size_t i = span.end;
  if (i >= paragraph.end || text[i] != ' ') return false;
  ++i;
  size_t e = i;
  while (e < paragraph.end && absl::ascii_islower(static_cast<unsigned char>(text[e]))) ++e;
  if (e == i) return false;
  static constexpr absl::string_view kNotNouns[] = {
      "he", "she", "they", "we", "it", "said", "says", "added", "told",
      "and", "or", "but", "writes", "wrote", "asked"};
  const absl::string_view w = text.substr(i, e - i);
  for (absl::string_view n : kNotNouns) {
    if (w == n) return false;
  }
  return true;
}

// The first byte in [pos, end) that is no space or tab: "” … what I
// learned" quotes from the ellipsis.
size_t SkipBlanks(absl::string_view text, size_t pos, size_t end) {
  while (pos < end && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  return pos;
}

// True when only blanks separate `pos` from a preceding '.', '!' or '?'.
bool AfterSentenceEnd(absl::string_view text, size_t pos, TextSpan paragraph) {
  size_t i = pos;
  while (i > paragraph.begin && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
  if (i == pos || i == paragraph.begin) return false;
  const char c = text[i - 1];
  return c == '.' || c == '!' || c == '?';
}

// True when `m` starts its paragraph or follows a sentence end or a colon.
bool OpensSentence(absl::string_view text, const Mark& m, TextSpan paragraph) {
  if (m.span.begin == paragraph.begin) return true;
  if (AfterSentenceEnd(text, m.span.begin, paragraph)) return true;
  size_t i = m.span.begin;
  while (i > paragraph.begin && (text[i - 1] == ' ' || text[i - 1] == '\t')) --i;
  return i < m.span.begin && i > paragraph.begin && text[i - 1] == ':';
}

}  // namespace

std::vector<MarkedQuote> FindMarkedQuotes(
    absl::string_view text, const std::vector<TextSpan>& paragraphs) {
  std::vector<MarkedQuote> out;
  // A quote left open at the end of a paragraph: a double quote, or a single
  // quote (British style) that opened its paragraph.
  std::optional<MarkedQuote> pending;
  bool pending_single = false;
  int pending_gap = 0;
  auto cut_pending = [&] {
    // Never closed: keep what its own first paragraph holds.
    MarkedQuote q = *pending;
    q.balanced = false;
    q.content.end = paragraphs[q.first_paragraph].end;
    q.last_paragraph = q.first_paragraph;
    q.close_mark = {q.content.end, q.content.end};
    if (q.content.end > q.content.begin) out.push_back(q);
    pending.reset();
  };
  // The pending quote ends at mark `m` of paragraph `pi`.
  auto close_pending = [&](const Mark& m, int pi) {
    MarkedQuote q = *pending;
    q.content.end = m.span.begin;
    q.close_mark = m.span;
    q.last_paragraph = pi;
    out.push_back(q);
    pending.reset();
  };
  // A quote from `open` to `close`, both in paragraph `pi`.
  auto push_closed = [&](const Mark& open, const Mark& close, int pi) {
    MarkedQuote q;
    q.open_mark = open.span;
    q.content = {SkipBlanks(text, open.span.end, close.span.begin), close.span.begin};
    q.close_mark = close.span;
    q.first_paragraph = q.last_paragraph = pi;
    if (q.content.end > q.content.begin) out.push_back(q);
  };
  // A quote opened by `open` and still open at the end of paragraph `pi`.
  auto start_pending = [&](const Mark& open, TextSpan para, int pi, bool single) {
    MarkedQuote q;
    q.open_mark = open.span;
    q.content = {SkipBlanks(text, open.span.end, para.end), para.end};
    q.first_paragraph = q.last_paragraph = pi;
    pending = q;
    pending_single = single;
    pending_gap = 0;
  };

  std::vector<Mark> marks;
  for (int pi = 0; pi < static_cast<int>(paragraphs.size()); ++pi) {
    const TextSpan para = paragraphs[pi];
    marks.clear();
    // The marks left to right, none overlapping (ForEachMatchAt's walk).
    for (size_t pos = NextMarkByte(text, para.begin, para.end); pos < para.end;) {
      const size_t len = MarkAt(text, pos, para.end);
      if (len > 0) {
        Mark m = Classify(text, {pos, pos + len}, para);
        if (m.role != Role::kNone) marks.push_back(m);
      }
      pos += len > 0 ? len : 1;
      if (pos < para.end) pos = NextMarkByte(text, pos, para.end);
    }
    // The index of the last single mark that can close, or -1.
    int last_single_close = -1;
    for (int i = 0; i < static_cast<int>(marks.size()); ++i) {
      if (marks[i].level == Level::kSingle && marks[i].role != Role::kOpen) {
        last_single_close = i;
      }
    }
    bool continuing_single = false;
    if (pending) {
      const Level level = pending_single ? Level::kSingle : Level::kDouble;
      const bool opens_paragraph =
          !marks.empty() && marks[0].level == level &&
          marks[0].role != Role::kClose && marks[0].span.begin == para.begin;
      const bool closes_first =
          pending_single
              ? last_single_close >= 0 && !opens_paragraph
              : !marks.empty() && marks[0].level == Level::kDouble &&
                    marks[0].role != Role::kOpen && !opens_paragraph;
      if (opens_paragraph) {
        // The convention for a quote over several paragraphs: each new
        // paragraph opens again. The quote goes on.
        marks.erase(marks.begin());
        if (last_single_close >= 0) --last_single_close;
        pending_gap = 0;
      } else if (closes_first || marks.empty()) {
        if (marks.empty() && ++pending_gap > kMaxContinuationParagraphs) {
          cut_pending();
        }
      } else {
        cut_pending();
      }
      continuing_single = pending.has_value() && pending_single;
    }

    std::optional<Mark> open_double;
    std::optional<Mark> open_single;
    bool continuing = pending.has_value() && !pending_single;
    // Double quotes opened inside the open one: «On m’a dit “attendez”».
    int nested = 0;
    for (int i = 0; i < static_cast<int>(marks.size()); ++i) {
      const Mark& m = marks[i];
      if (m.level == Level::kDouble) {
        // Inside a single quote that closes later in the paragraph (or goes
        // on from the last one), double marks are a quote within the quote
        // (British style): ‘They told us “enough”,’ she said.
        if (continuing_single || (open_single && i < last_single_close)) {
          continue;
        }
        const bool closes = m.role == Role::kClose ||
                            (m.role == Role::kEither &&
                             (open_double.has_value() || continuing));
        if (closes && nested > 0) {
          --nested;
          continue;
        }
        if (closes) {
          if (continuing) {
            close_pending(m, pi);
            continuing = false;
          } else if (open_double) {
            push_closed(*open_double, m, pi);
            open_double.reset();
          }
          open_single.reset();
        } else if (!continuing && !open_double) {
          open_double = m;
          open_single.reset();
        } else if (!AfterSentenceEnd(text, m.span.begin, para)) {
          // A quote inside the open one; its closing mark is not ours.
          ++nested;
        }
        // After a full stop, an opening mark inside an open quote is the
        // next paragraph of the same quote flattened onto one line ('...
        // there. "Communities who ...'): the quote goes on.
        continue;
      }
      // Single marks: nested inside a double quote they only mask; on their
      // own they are quotes (British style).
      if (open_double || continuing) continue;
      // ‘Residents’ safety ...’: a possessive, when a later mark can close.
      if ((continuing_single || open_single) && m.role != Role::kOpen &&
          i < last_single_close && PluralPossessive(text, m.span, para)) {
        continue;
      }
      if (continuing_single) {
        if (m.role == Role::kOpen) continue;
        close_pending(m, pi);
        continuing_single = false;
        continue;
      }
      if (m.role == Role::kOpen || (m.role == Role::kEither && !open_single)) {
        if (!open_single) open_single = m;
      } else if (open_single) {
        push_closed(*open_single, m, pi);
        open_single.reset();
      }
    }
    if (open_double) {
      start_pending(*open_double, para, pi, /*single=*/false);
    } else if (open_single && !pending && OpensSentence(text, *open_single, para)) {
      // A single quote that opens a sentence and is not closed in its
      // paragraph: the British convention for a quote over several
      // paragraphs.
      start_pending(*open_single, para, pi, /*single=*/true);
    }
  }
  if (pending) cut_pending();
  return out;
}

}  // namespace internal
}  // namespace quotes
