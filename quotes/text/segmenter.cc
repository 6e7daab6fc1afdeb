#include "quotes/text/segmenter.h"

#include "absl/strings/ascii.h"
#include "quotes/text/byte_scan.h"
#include "quotes/text/tokens.h"

namespace quotes {
namespace internal {
namespace {

bool IsAbbreviation(absl::string_view word) {
  static const WordClassTable* const kAbbrev = [] {
    auto* table = new WordClassTable;
    for (const char* w : {
        "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col",
        "capt", "sgt", "prof", "jr", "sr", "inc", "corp", "co", "ltd", "no",
        "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "mt", "ft", "ave", "blvd", "dept", "est",
        "approx", "fig", "vol", "rev", "hon", "pres", "supt", "cmdr", "adm",
        "maj", "brig", "messrs", "mme", "mlle", "e.g", "i.e", "u.s", "u.k",
        // Police and legal ranks before a name ("Const. Caroline de Kloet").
        "const", "cst", "det", "insp", "cpl", "atty", "asst", "cllr",
        "u.n", "a.m", "p.m", "d.c", "u.s.a", "e.u", "n.y", "l.a",
        // States' abbreviations that are no English words ("Dover, Del.").
        "ala", "ariz", "calif", "colo", "conn", "del", "fla", "kan", "ky", "md",
        "mich", "minn", "neb", "nev", "okla", "tenn", "vt", "wis", "wyo"}) {
      table->Add(w, 1);
    }
    table->Freeze();
    return table;
  }();
  // Looked up in any ASCII case, without a lower-cased copy.
  if (word.size() <= 6 && kAbbrev->Find(word) != 0) return true;
  // Initials: "M", "J.R".
  if (word.size() == 1 && absl::ascii_isupper(word[0])) return true;
  // Dotted acronyms: "U.S", "D.C".
  if (word.size() >= 3 && word[1] == '.') return true;
  return false;
}

// The first '.', '!' or '?' in `text[pos, to)`, or `to`. Sentences are long
// and these marks rare, so most words pass in a few instructions.
size_t NextSentenceMark(absl::string_view text, size_t pos, size_t to) {
  return FindFirstByteOf<'.', '!', '?'>(text, pos, to);
}

bool IsClosingMark(absl::string_view text, size_t pos, size_t* len) {
  static constexpr absl::string_view kMarks[] = {"\"", "'", "\u201D", "\u2019",
                                                 "\u00BB", ")"};
  if (pos >= text.size()) return false;
  // The first byte before the rest: after most stops it is a space, and
  // each substr and compare cost a dozen instructions a mark.
  const char first = text[pos];
  for (absl::string_view m : kMarks) {
    if (m[0] == first && text.substr(pos, m.size()) == m) {
      *len = m.size();
      return true;
    }
  }
  return false;
}

}  // namespace

bool IsBlank(absl::string_view s) {
  for (char c : s) {
    if (!absl::ascii_isspace(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

std::vector<TextSpan> SplitSentences(absl::string_view text,
                                     TextSpan paragraph, size_t until) {
  // Room for a news paragraph's one to four sentences at once.
  std::vector<TextSpan> out;
  out.reserve(4);
  size_t start = paragraph.begin;
  size_t i = paragraph.begin;
  while (i < paragraph.end) {
    i = NextSentenceMark(text, i, paragraph.end);
    if (i >= paragraph.end) break;
    const char c = text[i];
    size_t end = i + 1;
    size_t len = 0;
    while (end < paragraph.end && IsClosingMark(text, end, &len)) end += len;
    if (end >= paragraph.end) break;
    if (!absl::ascii_isspace(static_cast<unsigned char>(text[end]))) {
      i = end;
      continue;
    }
    size_t next = end;
    while (next < paragraph.end &&
           absl::ascii_isspace(static_cast<unsigned char>(text[next]))) {
      ++next;
    }
    const unsigned char n = next < paragraph.end ? text[next] : 0;
    const bool next_starts = absl::ascii_isupper(n) || absl::ascii_isdigit(n) ||
                             n == '"' || n == '\'' || n >= 0x80;
    bool abbreviation = false;
    if (c == '.') {
      // Read through the pointer: string_view's checked operator[] doubled
      // the cost of each byte of the word.
      const char* const s = text.data();
      size_t w = i;
      while (w > start &&
             (absl::ascii_isalpha(static_cast<unsigned char>(s[w - 1])) || s[w - 1] == '.')) {
        --w;
      }
      // "R-Del.", "D-Calif.": a party and a state, which an appositive
      // closes with a comma ("Anna Berg, D-Calif., said") or a sentence
      // end ("... Anna Berg, D-Calif. Schumer said"): before a capital it
      // ends the sentence, though "Calif." alone does not.
      const bool party_tag =
          w >= start + 2 && i - w >= 2 &&
          IsPartyStateTag(text.substr(w - 2, i - w + 3)) &&
          (w == start + 2 ||
           !absl::ascii_isalpha(static_cast<unsigned char>(text[w - 3])));
      abbreviation = party_tag ? !absl::ascii_isupper(n)
                               : IsAbbreviation(text.substr(w, i - w));
    }
    if (next_starts && !abbreviation) {
      out.push_back({start, end});
      start = next;
      if (start > until) return out;
    }
    i = end;
  }
  size_t end = paragraph.end;
  while (end > start &&
         absl::ascii_isspace(static_cast<unsigned char>(text[end - 1]))) {
    --end;
  }
  if (end > start) out.push_back({start, end});
  return out;
}

}  // namespace internal
}  // namespace quotes
