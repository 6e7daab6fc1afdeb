#include "quotes/attribution/quote_marks.h"

#include <optional>
#include <utility>
#include <vector>

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

namespace {

// Pairs the marks of one article's paragraphs, paragraph by paragraph, into
// its quotes; a quote left open at a paragraph's end is pending until a
// later paragraph closes it, goes on with it or shows it never closes.
class QuotePairer {
 public:
  QuotePairer(absl::string_view text, const std::vector<TextSpan>& paragraphs)
      : text_(text), paragraphs_(paragraphs) {}

  std::vector<MarkedQuote> Pair() && {
    std::vector<Mark> marks;
    for (int pi = 0; pi < static_cast<int>(paragraphs_.size()); ++pi) {
      const TextSpan para = paragraphs_[pi];
      MarksOf(para, &marks);
      // The index of the last single mark that can close, or -1.
      int last_single_close = -1;
      for (int i = 0; i < static_cast<int>(marks.size()); ++i) {
        if (marks[i].level == Level::kSingle && marks[i].role != Role::kOpen) {
          last_single_close = i;
        }
      }
      const bool continuing_single = GoOnPending(para, &marks, &last_single_close);
      PairParagraph(marks, pi, para, last_single_close, continuing_single);
    }
    if (pending_) CutPending();
    return std::move(out_);
  }

 private:
  // The marks of `para` left to right, none overlapping (ForEachMatchAt's
  // walk).
  void MarksOf(TextSpan para, std::vector<Mark>* marks) const {
    marks->clear();
    for (size_t pos = NextMarkByte(text_, para.begin, para.end); pos < para.end;) {
      const size_t len = MarkAt(text_, pos, para.end);
      if (len > 0) {
        Mark m = Classify(text_, {pos, pos + len}, para);
        if (m.role != Role::kNone) marks->push_back(m);
      }
      pos += len > 0 ? len : 1;
      if (pos < para.end) pos = NextMarkByte(text_, pos, para.end);
    }
  }

  // What the pending quote does at paragraph `para`: goes on (its mark
  // opening the paragraph again is dropped from `marks`), waits for a
  // closing mark in it, or is cut. True when a single-quoted one goes on.
  bool GoOnPending(TextSpan para, std::vector<Mark>* all, int* last_single_close) {
    if (!pending_) return false;
    std::vector<Mark>& marks = *all;
    const Level level = pending_single_ ? Level::kSingle : Level::kDouble;
    const bool opens_paragraph =
        !marks.empty() && marks[0].level == level &&
        marks[0].role != Role::kClose && marks[0].span.begin == para.begin;
    const bool closes_first =
        pending_single_
            ? *last_single_close >= 0 && !opens_paragraph
            : !marks.empty() && marks[0].level == Level::kDouble &&
                  marks[0].role != Role::kOpen && !opens_paragraph;
    if (opens_paragraph) {
      // The convention for a quote over several paragraphs: each new
      // paragraph opens again. The quote goes on.
      marks.erase(marks.begin());
      if (*last_single_close >= 0) --*last_single_close;
      pending_gap_ = 0;
    } else if (closes_first || marks.empty()) {
      if (marks.empty() && ++pending_gap_ > kMaxContinuationParagraphs) {
        CutPending();
      }
    } else {
      CutPending();
    }
    return pending_.has_value() && pending_single_;
  }

  // The quotes that the marks of paragraph `pi` open and close.
  void PairParagraph(const std::vector<Mark>& marks, int pi, TextSpan para,
                     int last_single_close, bool continuing_single) {
    std::optional<Mark> open_double;
    std::optional<Mark> open_single;
    bool continuing = pending_.has_value() && !pending_single_;
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
        PairDouble(m, pi, para, &open_double, &open_single, &continuing, &nested);
        continue;
      }
      // Single marks: nested inside a double quote they only mask; on their
      // own they are quotes (British style).
      if (open_double || continuing) continue;
      // ‘Residents’ safety ...’: a possessive, when a later mark can close.
      if ((continuing_single || open_single) && m.role != Role::kOpen &&
          i < last_single_close && PluralPossessive(text_, m.span, para)) {
        continue;
      }
      if (continuing_single) {
        if (m.role == Role::kOpen) continue;
        ClosePending(m, pi);
        continuing_single = false;
        continue;
      }
      if (m.role == Role::kOpen || (m.role == Role::kEither && !open_single)) {
        if (!open_single) open_single = m;
      } else if (open_single) {
        PushClosed(*open_single, m, pi);
        open_single.reset();
      }
    }
    if (open_double) {
      StartPending(*open_double, para, pi, /*single=*/false);
    } else if (open_single && !pending_ && OpensSentence(text_, *open_single, para)) {
      // A single quote that opens a sentence and is not closed in its
      // paragraph: the British convention for a quote over several
      // paragraphs.
      StartPending(*open_single, para, pi, /*single=*/true);
    }
  }

  // A double mark `m` of paragraph `pi`: it closes the pending quote or the
  // open one, opens one, or opens a quote nested in the open one.
  void PairDouble(const Mark& m, int pi, TextSpan para,
                  std::optional<Mark>* open_double, std::optional<Mark>* open_single,
                  bool* continuing, int* nested) {
    const bool closes = m.role == Role::kClose ||
                        (m.role == Role::kEither &&
                         (open_double->has_value() || *continuing));
    if (closes && *nested > 0) {
      --*nested;
      return;
    }
    if (closes) {
      if (*continuing) {
        ClosePending(m, pi);
        *continuing = false;
      } else if (*open_double) {
        PushClosed(**open_double, m, pi);
        open_double->reset();
      }
      open_single->reset();
    } else if (!*continuing && !*open_double) {
      *open_double = m;
      open_single->reset();
    } else if (!AfterSentenceEnd(text_, m.span.begin, para)) {
      // A quote inside the open one; its closing mark is not ours.
      ++*nested;
    }
    // After a full stop, an opening mark inside an open quote is the
    // next paragraph of the same quote flattened onto one line ('...
    // there. "Communities who ...'): the quote goes on.
  }

  // Never closed: keep what its own first paragraph holds.
  void CutPending() {
    MarkedQuote q = *pending_;
    q.balanced = false;
    q.content.end = paragraphs_[q.first_paragraph].end;
    q.last_paragraph = q.first_paragraph;
    q.close_mark = {q.content.end, q.content.end};
    if (q.content.end > q.content.begin) out_.push_back(q);
    pending_.reset();
  }

  // The pending quote ends at mark `m` of paragraph `pi`.
  void ClosePending(const Mark& m, int pi) {
    MarkedQuote q = *pending_;
    q.content.end = m.span.begin;
    q.close_mark = m.span;
    q.last_paragraph = pi;
    out_.push_back(q);
    pending_.reset();
  }

  // A quote from `open` to `close`, both in paragraph `pi`.
  void PushClosed(const Mark& open, const Mark& close, int pi) {
    MarkedQuote q;
    q.open_mark = open.span;
    q.content = {SkipBlanks(text_, open.span.end, close.span.begin), close.span.begin};
    q.close_mark = close.span;
    q.first_paragraph = q.last_paragraph = pi;
    if (q.content.end > q.content.begin) out_.push_back(q);
  }

  // A quote opened by `open` and still open at the end of paragraph `pi`.
  void StartPending(const Mark& open, TextSpan para, int pi, bool single) {
    MarkedQuote q;
    q.open_mark = open.span;
    q.content = {SkipBlanks(text_, open.span.end, para.end), para.end};
    q.first_paragraph = q.last_paragraph = pi;
    pending_ = q;
    pending_single_ = single;
    pending_gap_ = 0;
  }

  const absl::string_view text_;
  const std::vector<TextSpan>& paragraphs_;
  std::vector<MarkedQuote> out_;
  // A quote left open at the end of a paragraph: a double quote, or a
  // single quote (British style) that opened its paragraph; and how many
  // paragraphs without marks it has gone on over.
  std::optional<MarkedQuote> pending_;
  bool pending_single_ = false;
  int pending_gap_ = 0;
};

}  // namespace

std::vector<MarkedQuote> FindMarkedQuotes(
    absl::string_view text, const std::vector<TextSpan>& paragraphs) {
  return QuotePairer(text, paragraphs).Pair();
}

}  // namespace internal
}  // namespace quotes
