// Reading a figure: the quantity pattern (claims_patterns.cc) finds a
// candidate; cheap checks on its neighbours then say what it is, in order:
//   1. not a figure at all: part of a word or code ("A1", "9/11"), a clock
//      time ("7:19", "9 p.m."), a date, "no one";
//   2. an amount by its order of magnitude ("dozens of", "a half-dozen");
//   3. a tally ("134-to-63", "a 5-4 decision", "won 7-2");
//   4. a hyphenated unit ("a two-year inquiry", "the 69-year-old", "a 5-point
//      lead") or an age ("Weiner, 46,", "aged 46", "46 years old");
//   5. a unit (percent, money, percentage points) or a measure noun, which
//      makes a count, a duration or points;
//   6. with no noun, after a possession verb ("Rubio has 10"), a count of the
//      noun counted last in the paragraph.
// Ranks ("eighth term", "No. 2") come from their own pattern.
#include "quotes/claims/claims_values.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "quotes/text/re2_util.h"

namespace quotes {
namespace internal {

namespace {

// The quantity pattern's groups (claims_patterns.cc, QuantityPattern).
enum QuantityGroup {
  kWhole = 0,
  kQualifier = 1,
  kPrefixUnit = 2,
  kNumber = 3,
  kMultiplierSpace = 4,
  kMultiplier = 5,
  kSeparator = 6,
  kEnd = 7,
  kEndMultiplierSpace = 8,
  kEndMultiplier = 9,
  kGroups = 10,
};

// The rank pattern's groups (RankPattern).
enum RankGroup {
  kOrdinalWord = 1,
  kOrdinalDigits = 2,
  kRankHyphen = 3,
  kRankNoun = 4,
  kNumberSign = 5,
  kNumberSignDigits = 6,
  kRankGroups = 7,
};

bool IsDigit(char c) { return absl::ascii_isdigit(static_cast<unsigned char>(c)); }
bool IsUpper(char c) { return absl::ascii_isupper(static_cast<unsigned char>(c)); }

// "1,200" and "46", not "1.5" or "twelve": a tally or an age is written so.
bool IsPlainInteger(absl::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!IsDigit(c) && c != ',') return false;
  }
  return true;
}

size_t DigitCount(absl::string_view s) {
  return std::count_if(s.begin(), s.end(), IsDigit);
}

// The frame of a tally of votes (Quantity::frame).
constexpr char kVoteFrame[] = "vote";

v1::Interval Point(double x) { return IntervalFor(v1::QUALIFIER_KIND_UNSPECIFIED, x, x); }

// A claim must never carry an infinite or NaN bound (a 310-digit number
// "about" it overflows).
bool Finite(const v1::Interval& v) {
  return std::isfinite(v.lower()) && std::isfinite(v.upper()) &&
         (!v.has_lower() || !v.has_upper() || v.lower() <= v.upper());
}

// ISO 4217 codes, the names of the lexicon's currencies ("USD", "GBP"), are
// three capital letters; other units ("percent", "km") are not.
bool IsCurrency(absl::string_view unit) {
  return unit.size() == 3 && IsUpper(unit[0]) && IsUpper(unit[1]) && IsUpper(unit[2]);
}

}  // namespace

struct QuantityReader::Sentence {
  TextSpan span;
  const std::vector<TimeExpr>* times;

  bool InTime(size_t begin, size_t end) const {
    for (const TimeExpr& t : *times) {
      if (begin < t.span.end && t.span.begin < end) return true;
    }
    return false;
  }
};

// One candidate of the quantity pattern, as the steps of ReadFigure read it.
struct QuantityReader::Figure {
  const re2::StringPiece* g = nullptr;  // the pattern's groups (QuantityGroup)
  size_t begin = 0;                     // the match's start
  size_t end = 0;                       // where the figure ends, so far
  size_t pos = 0;                       // where the next search starts
  size_t number_begin = 0;              // the first number as written
  size_t number_end = 0;
  size_t lead = 0;  // the first byte: the qualifier's or unit's, else the number's
  size_t first_end = 0;        // the first number's end, its multiplier included
  size_t qualifier_begin = 0;  // where the claim's words start
  std::string written;         // the first number, lower case
  std::string sep;             // a range's separator, lower case
  v1::QualifierKind kind = v1::QUALIFIER_KIND_UNSPECIFIED;
  bool range = false;  // two numbers: a range, a tally or two rivals' counts
  double lo = 0;
  double hi = 0;
  bool fraction = false;      // "half", "a third": a share, in percent
  bool fraction_end = false;  // the range's end is a fraction too
  std::string unit;           // a unit's name: "percent", "dollar"
  bool has_first = false;     // a multiplier after the first number
  bool has_end = false;       // a multiplier after the range's end
  bool bare = false;          // no unit, no multiplier, no fraction
  std::string measure;
  size_t measure_end = 0;
  Quantity q;
};

absl::string_view QuantityReader::WordBefore(size_t sentence_begin, size_t pos,
                                             size_t* begin) const {
  size_t end = pos;
  while (end > sentence_begin && text_[end - 1] == ' ') --end;
  size_t b = end;
  while (b > sentence_begin && IsAlpha(text_[b - 1])) --b;
  *begin = b;
  return text_.substr(b, end - b);
}

absl::string_view QuantityReader::WordAfter(size_t pos, size_t limit, size_t* end) const {
  size_t b = pos;
  while (b < limit && text_[b] == ' ') ++b;
  size_t e = b;
  while (e < limit && IsAlpha(text_[e])) ++e;
  *end = e;
  return text_.substr(b, e - b);
}

bool QuantityReader::SentenceHas(const Sentence& s,
                                 const absl::flat_hash_set<std::string>& cues) const {
  size_t i = s.span.begin;
  while (i < s.span.end) {
    if (!IsAlpha(text_[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s.span.end && IsAlpha(text_[j])) ++j;
    if (cues.contains(absl::AsciiStrToLower(text_.substr(i, j - i)))) return true;
    i = j;
  }
  return false;
}

const ClaimPatterns::CountCue* QuantityReader::CountCueBefore(const Sentence& s,
                                                              size_t pos) const {
  // The words of the clause before the figure, nearest first, up to the
  // reach of a subject and its verb ("the death toll from Hurricane Odalys
  // rose to"); punctuation ends the clause.
  constexpr int kReach = 10;
  absl::string_view words[kReach];  // as written; compared in any case
  int n = 0;
  size_t b = pos, word_begin = 0;
  while (n < kReach) {
    const absl::string_view w = WordBefore(s.span.begin, b, &word_begin);
    if (w.empty()) break;
    words[n++] = w;
    b = word_begin;
  }
  if (n == 0) return nullptr;
  const std::string verb = absl::AsciiStrToLower(words[0]);
  for (const ClaimPatterns::CountCue& cue : p_.count_cues) {
    if (cue.verbs.contains(verb)) return &cue;
  }
  for (int i = 0; i < n; ++i) {
    for (const ClaimPatterns::CountCue& cue : p_.count_cues) {
      for (const std::vector<std::string>& noun : cue.nouns) {
        const int k = static_cast<int>(noun.size());
        if (i + k > n) continue;
        bool match = true;
        // words[] runs backwards: the noun's last word is words[i].
        for (int j = 0; j < k && match; ++j) {
          match = absl::EqualsIgnoreCase(words[i + j], noun[k - 1 - j]);
        }
        if (match) return &cue;
      }
    }
  }
  return nullptr;
}

bool QuantityReader::SkipToMatch(const RE2& re, TextSpan sentence, size_t* next) const {
  // A leftmost match found in the whole text from the sentence's start is
  // the first one a search bounded by the sentence finds (RE2 reads \b
  // across the bounds), when it starts inside the sentence.
  if (*next <= sentence.begin) {
    re2::StringPiece whole;
    *next = re.Match(ToPiece(text_), sentence.begin, text_.size(), RE2::UNANCHORED, &whole, 1)
                ? static_cast<size_t>(whole.data() - text_.data())
                : text_.size();
  }
  return *next < sentence.end;
}

std::vector<Quantity> QuantityReader::Read(TextSpan sentence, size_t paragraph,
                                           const std::vector<TimeExpr>& times) {
  // The noun counted last holds into the next paragraphs while they are
  // close: live updates write "... 691 delegates are up for grabs." and
  // then, a paragraph on, "Clinton now has a total of at least 1,410".
  if (paragraph != paragraph_ && sentence.begin > counted_end_ + kCountedReach) {
    counted_.clear();
  }
  paragraph_ = paragraph;
  ReadHeading(sentence);
  const Sentence s{sentence, &times};
  std::vector<Quantity> out;
  ReadQuantities(s, &out);
  const size_t quantities = out.size();
  ReadRanks(s, &out);
  if (out.size() > quantities) {
    std::stable_sort(out.begin(), out.end(), [](const Quantity& a, const Quantity& b) {
      return a.span.begin < b.span.begin;
    });
  }
  return out;
}

void QuantityReader::ReadHeading(TextSpan sentence) {
  size_t letters = 0, spaces = 0;
  for (size_t i = sentence.begin; i < sentence.end; ++i) {
    const char c = text_[i];
    // Most sentences end this loop at their second byte.
    if (absl::ascii_islower(static_cast<unsigned char>(c)) || IsDigit(c)) return;
    letters += IsAlpha(c);
    spaces += c == ' ';
  }
  if (letters < 4 || spaces > 4) return;  // "___." is no heading
  size_t e = sentence.end;
  while (e > sentence.begin && !IsAlpha(text_[e - 1])) --e;
  size_t b = e;
  while (b > sentence.begin && IsAlpha(text_[b - 1])) --b;
  const std::string last = absl::AsciiStrToLower(text_.substr(b, e - b));
  const std::string singular = SingularNoun(last, p_);
  if (singular != last && CanBeMeasure(last, p_) && !p_.stop_words.contains(last)) {
    counted_ = singular;
    counted_end_ = sentence.end;
  } else {
    counted_.clear();
  }
}

bool QuantityReader::ListLine(const Sentence& s, size_t begin, size_t end) const {
  // After the figure, only the sentence's full stop.
  size_t a = end;
  if (a < s.span.end && text_[a] == '.') ++a;
  while (a < s.span.end && text_[a] == ' ') ++a;
  if (a != s.span.end) return false;
  // Before it, a colon after one to four capitalised words opening the
  // sentence.
  size_t b = begin;
  while (b > s.span.begin && text_[b - 1] == ' ') --b;
  if (b == s.span.begin || text_[b - 1] != ':') return false;
  --b;
  size_t word_begin = 0;
  for (int n = 0; n < 4; ++n) {
    const absl::string_view w = WordBefore(s.span.begin, b, &word_begin);
    if (w.empty() || !IsUpper(w[0])) return false;
    b = word_begin;
    while (b > s.span.begin && text_[b - 1] == ' ') --b;
    if (b == s.span.begin) return true;
  }
  return false;
}

size_t QuantityReader::At(const re2::StringPiece& piece) const {
  return static_cast<size_t>(piece.data() - text_.data());
}

size_t QuantityReader::After(const re2::StringPiece& piece) const {
  return At(piece) + piece.size();
}

bool QuantityReader::RunsOn(const Sentence& s, size_t e) const {
  return e + 1 < s.span.end && (text_[e] == '/' || text_[e] == ':') && IsDigit(text_[e + 1]);
}

void QuantityReader::ReadQuantities(const Sentence& s, std::vector<Quantity>* out) {
  re2::StringPiece input = ToPiece(text_.substr(0, s.span.end));
  re2::StringPiece g[kGroups];
  size_t pos = s.span.begin;
  while (pos < s.span.end &&
         p_.quantity->Match(input, pos, s.span.end, RE2::UNANCHORED, g, kGroups)) {
    Figure f;
    f.g = g;
    f.begin = At(g[kWhole]);
    f.end = After(g[kWhole]);
    f.pos = std::max(f.end, f.begin + 1);
    f.number_begin = At(g[kNumber]);
    f.number_end = After(g[kNumber]);
    ReadFigure(s, &f, out);
    pos = f.pos;
  }
}

// The steps of the file's opening comment, each ending the candidate when it
// has read it (appended or refused) or going on to the next.
void QuantityReader::ReadFigure(const Sentence& s, Figure* f, std::vector<Quantity>* out) {
  if (!OpenFigure(s, f)) return;     // 1.
  if (ReadVague(s, f, out)) return;  // 2.
  if (!ReadEnds(s, f, out)) return;
  if (ReadTally(s, f, out)) return;       // 3.
  if (f->range && f->hi < f->lo) return;  // "1987-91" style shorthands and typos
  if (!ReadScale(s, f)) return;
  if (ReadRatio(s, f, out) || ReadHyphenatedUnit(s, f, out) || ReadAge(s, f, out)) return;  // 4.
  ReadUnitAfter(s, f);                                                                      // 5.
  ReadUnitOrMeasure(s, f, out);  // 5. and 6.
}

bool QuantityReader::OpenFigure(const Sentence& s, Figure* fig) {
  size_t word_begin = 0;
  // The number must stand alone: not "someone", "A1", "1.5" cut at "5",
  // the "11" of "9/11" or the "19" of "7:19".
  fig->lead =
      fig->g[kQualifier].empty() && fig->g[kPrefixUnit].empty() ? fig->begin : fig->number_begin;
  if (fig->lead > 0 && (IsAlnum(text_[fig->lead - 1]) || text_[fig->lead - 1] == '.' ||
                        text_[fig->lead - 1] == ',' || text_[fig->lead - 1] == '-' ||
                        text_[fig->lead - 1] == '/' || text_[fig->lead - 1] == ':')) {
    return false;
  }
  // ... nor run on into one: "9/11", "24/7", "7:19", "3-2-2016".
  if (RunsOn(s, fig->number_end) || RunsOn(s, fig->end)) return false;
  // "No. 2" is a rank (ReadRanks).
  if (fig->lead >= 4 && text_.substr(fig->lead - 4, 3) == "No.") return false;
  if (fig->lead >= 3 && text_.substr(fig->lead - 3, 3) == "No.") return false;
  if (s.InTime(fig->number_begin, fig->end)) return false;
  fig->written = Lower(ToView(fig->g[kNumber]));
  // A code: "HB 1523", "SB 5" (a bill); not a headline in capitals ("ON
  // 13-YEAR-OLDS"). "I-95" was refused above.
  {
    const absl::string_view code = WordBefore(s.span.begin, fig->lead, &word_begin);
    size_t next = fig->end;
    while (next < s.span.end && (text_[next] == ' ' || text_[next] == '-')) ++next;
    if (code.size() >= 2 && code.size() <= 4 && word_begin + code.size() + 1 == fig->lead &&
        std::all_of(code.begin(), code.end(), IsUpper) &&
        !(next < s.span.end && IsUpper(text_[next]))) {
      return false;
    }
  }
  if (fig->written == "one" &&
      absl::AsciiStrToLower(WordBefore(s.span.begin, fig->lead, &word_begin)) == "no") {
    return false;  // "no one"
  }
  // A clock time: "9 p.m.", "10:30 am" (its minutes were refused above).
  {
    size_t t = fig->number_end;
    while (t < s.span.end && text_[t] == ' ') ++t;
    const std::string next = absl::AsciiStrToLower(text_.substr(t, 4));
    if (absl::StartsWith(next, "a.m") || absl::StartsWith(next, "p.m") ||
        ((absl::StartsWith(next, "am") || absl::StartsWith(next, "pm")) &&
         (next.size() == 2 || !IsAlnum(next[2])))) {
      return false;
    }
  }
  // The tables are keyed by Lower of the lexicon's words, and Lower folds a
  // match as RE2 did (FoldCaseAsRe2: a KELVIN SIGN is a 'k'), so a word is
  // missing only when it is beyond ASCII and in another case than the
  // lexicon's ("DÍAS" for "días"); its match is then no quantity.
  if (!fig->g[kQualifier].empty()) {
    const auto it = p_.qualifiers.find(Lower(ToView(fig->g[kQualifier])));
    if (it == p_.qualifiers.end()) return false;
    fig->kind = it->second;
  }
  fig->q.figure_begin = fig->begin;
  if (fig->kind != v1::QUALIFIER_KIND_UNSPECIFIED)
    fig->q.qualifier = Lower(ToView(fig->g[kQualifier]));
  return true;
}

bool QuantityReader::ReadVague(const Sentence& s, Figure* fig, std::vector<Quantity>* out) {
  // 2. An order of magnitude: "dozens of delegates", "millions of dollars".
  const auto vague = p_.vague.find(fig->written);
  if (vague == p_.vague.end()) return false;
  size_t m = fig->number_end;
  size_t word_end = 0;
  if (absl::AsciiStrToLower(WordAfter(m, s.span.end, &word_end)) == "of") m = word_end;
  size_t measure_end = m;
  std::string measure;
  size_t u = m;
  while (u < s.span.end && text_[u] == ' ') ++u;
  for (const auto& [form, name] : p_.suffix_units) {
    if (u + form.size() > s.span.end ||
        absl::AsciiStrToLower(text_.substr(u, form.size())) != form ||
        (u + form.size() < text_.size() && IsAlpha(text_[u + form.size()]))) {
      continue;
    }
    measure = name;
    measure_end = u + form.size();
    break;
  }
  if (measure.empty()) {
    // A plural noun: "hundreds of bills", not "hundreds cast their votes".
    const std::string written_measure = ReadMeasure(text_, m, s.span.end, p_, &measure_end);
    measure = SingularNoun(written_measure, p_);
    if (measure.empty() ||
        (measure == written_measure && !p_.irregular_plurals.contains(measure))) {
      return true;
    }
    counted_ = measure;
    counted_end_ = measure_end;
  }
  // "from dozens of countries": "from" is a preposition here.
  if (fig->kind == v1::BETWEEN) fig->q.qualifier.clear();
  fig->q.span = {fig->kind == v1::BETWEEN ? fig->number_begin : fig->begin, measure_end};
  fig->q.measure = std::move(measure);
  fig->q.type = v1::VAGUE;
  fig->q.value =
      IntervalFor(v1::QUALIFIER_KIND_UNSPECIFIED, vague->second.first, vague->second.second);
  fig->pos = std::max(fig->pos, measure_end);
  if (Finite(fig->q.value)) out->push_back(std::move(fig->q));
  return true;
}

bool QuantityReader::ReadEnds(const Sentence& s, Figure* fig, std::vector<Quantity>* out) {
  // A range needs "between ... and", or "-" / "to".
  fig->sep = fig->g[kSeparator].empty() ? "" : Lower(ToView(fig->g[kSeparator]));
  fig->range = !fig->g[kEnd].empty() && (fig->sep != "and" || fig->kind == v1::BETWEEN);
  fig->first_end = fig->g[kMultiplier].empty() ? fig->number_end : After(fig->g[kMultiplier]);
  if (!fig->g[kEnd].empty() && !fig->range) {
    fig->end = fig->first_end;
    fig->pos = fig->end;
  }
  fig->qualifier_begin = fig->begin;
  if (fig->kind == v1::BETWEEN && !fig->range) {
    // "from 51 countries": "from" is a preposition here.
    fig->kind = v1::QUALIFIER_KIND_UNSPECIFIED;
    fig->q.qualifier.clear();
    fig->qualifier_begin =
        fig->g[kPrefixUnit].empty() ? fig->number_begin : At(fig->g[kPrefixUnit]);
  }
  if (!ParseNumber(ToView(fig->g[kNumber]), p_, &fig->lo, &fig->fraction)) return false;
  fig->hi = fig->lo;
  if (fig->range && !ParseNumber(ToView(fig->g[kEnd]), p_, &fig->hi, &fig->fraction_end)) {
    // "dozens" cannot end a range: read the first figure alone.
    fig->range = false;
    fig->end = fig->first_end;
    fig->pos = fig->end;
  }

  // 3. Two rivals' counts: "Clinton leads Sanders 1,428 to 1,153".
  if (fig->range && fig->kind == v1::QUALIFIER_KIND_UNSPECIFIED && fig->g[kPrefixUnit].empty() &&
      fig->g[kMultiplier].empty() && fig->g[kEndMultiplier].empty() &&
      IsPlainInteger(ToView(fig->g[kNumber])) && IsPlainInteger(ToView(fig->g[kEnd])) &&
      fig->sep != "and") {
    const size_t rivals_end =
        ReadRivals(s, fig->begin, {fig->number_begin, fig->number_end},
                   {At(fig->g[kEnd]), After(fig->g[kEnd])}, fig->lo, fig->hi, out);
    if (rivals_end > 0) {
      fig->pos = std::max(fig->pos, rivals_end);
      return false;
    }
  }
  return true;
}

bool QuantityReader::ReadTally(const Sentence& s, Figure* fig, std::vector<Quantity>* out) {
  size_t word_begin = 0;
  // A tally: "134-to-63", "52-48", "a 5-4 decision", "voted 134 to 63";
  // not "1987-91" (a year and its shorthand) nor "10-15 days" (a range).
  if (fig->range && fig->g[kPrefixUnit].empty() && fig->g[kMultiplier].empty() &&
      fig->g[kEndMultiplier].empty() && IsPlainInteger(ToView(fig->g[kNumber])) &&
      IsPlainInteger(ToView(fig->g[kEnd]))) {
    const size_t a = DigitCount(ToView(fig->g[kNumber])), b = DigitCount(ToView(fig->g[kEnd]));
    const bool hyphen = fig->sep == "-" || fig->sep == "\u2013";
    const bool spelled = fig->sep == "-to-" || fig->sep == "\u2013to\u2013";
    const size_t tally_end = After(fig->g[kEnd]);
    bool tally = false;
    // Nor "18-to-34-year-olds": a compound word that runs on.
    if ((a > b ? a - b : b - a) <= 1 && !RunsOn(s, tally_end) &&
        !(tally_end + 1 < s.span.end && text_[tally_end] == '-' && IsAlnum(text_[tally_end + 1]))) {
      size_t cue_end = 0;
      const std::string before =
          absl::AsciiStrToLower(WordBefore(s.span.begin, fig->qualifier_begin, &word_begin));
      const std::string next = absl::AsciiStrToLower(WordAfter(tally_end, s.span.end, &cue_end));
      // "lost 48-52" is a tally, "won 10-15 delegates" a range.
      size_t measure_end = 0;
      const bool cue = p_.tally_cues.contains(next) ||
                       (p_.tally_cues.contains(before) &&
                        ReadMeasure(text_, tally_end, s.span.end, p_, &measure_end).empty());
      tally = spelled || (hyphen && (fig->hi < fig->lo || cue)) ||
              (fig->sep == "to" && fig->hi < fig->lo &&
               (cue || SentenceHas(s, p_.vote_cues) || SentenceHas(s, p_.tally_cues)));
    }
    if (tally) {
      fig->q.span = {fig->qualifier_begin, tally_end};
      fig->q.measure = SentenceHas(s, p_.vote_cues) ? "votes" : "score";
      // "passed 52-48", "the vote was 52-48": a vote on what the story
      // is about, whatever verb or subject stands near it; "decided by
      // 5-to-4 votes" is many votes, none of them one the story tells.
      size_t after_end = 0;
      const std::string after = absl::AsciiStrToLower(WordAfter(tally_end, s.span.end, &after_end));
      const std::string one = SingularNoun(after, p_);
      const bool many = one != after && (p_.vote_cues.contains(one) || p_.tally_cues.contains(one));
      if (fig->q.measure == "votes" && !many) fig->q.frame = kVoteFrame;
      fig->q.type = v1::TALLY;
      fig->q.value = Point(fig->lo);
      fig->q.has_second = true;
      fig->q.second = Point(fig->hi);
      fig->q.qualifier.clear();
      fig->pos = std::max(fig->pos, tally_end);
      out->push_back(std::move(fig->q));
      return true;
    }
  }
  return false;
}

bool QuantityReader::ReadScale(const Sentence& s, Figure* fig) {
  size_t word_begin = 0;
  if (!fig->g[kPrefixUnit].empty()) {
    const auto it = p_.prefix_units.find(Lower(ToView(fig->g[kPrefixUnit])));
    if (it == p_.prefix_units.end()) return false;
    fig->unit = it->second;
  }
  // Multipliers: "10 million to 15 million", "10-15 million" (the last
  // applies to both), "5m". "5 m" is five metres.
  auto multiplier = [this](const re2::StringPiece& space, const re2::StringPiece& word,
                           double* factor) {
    const std::string mult = Lower(ToView(word));
    if (mult.size() <= 2 && !space.empty()) return false;
    const auto it = p_.multipliers.find(mult);
    if (it == p_.multipliers.end()) return false;
    *factor = it->second;
    return true;
  };
  double first_factor = 1, end_factor = 1;
  fig->has_first = !fig->g[kMultiplier].empty();
  // "half a million votes" is a count: the fraction of a multiplier.
  if (fig->fraction && !fig->range && !fig->has_first) {
    size_t a_end = 0, mult_end = 0;
    if (absl::AsciiStrToLower(WordAfter(fig->end, s.span.end, &a_end)) == "a") {
      const auto it =
          p_.multipliers.find(absl::AsciiStrToLower(WordAfter(a_end, s.span.end, &mult_end)));
      if (it != p_.multipliers.end() && mult_end - a_end > 3) {
        fig->lo = fig->hi = fig->lo * it->second;
        fig->fraction = false;
        fig->has_first = true;  // no bare figure: not an age nor a hyphenated unit
        fig->end = mult_end;
        fig->pos = std::max(fig->pos, fig->end);
      }
    }
  }
  fig->has_end = fig->range && !fig->g[kEndMultiplier].empty();
  if (!fig->g[kMultiplier].empty() &&
      !multiplier(fig->g[kMultiplierSpace], fig->g[kMultiplier], &first_factor)) {
    // "5 m" or a word beyond ASCII: the figure ends at its number.
    fig->has_first = false;
    fig->range = false;
    fig->end = fig->number_end;
    fig->pos = fig->end;
  } else if (fig->has_end &&
             !multiplier(fig->g[kEndMultiplierSpace], fig->g[kEndMultiplier], &end_factor)) {
    fig->end = At(fig->g[kEndMultiplier]) - fig->g[kEndMultiplierSpace].size();
    fig->pos = fig->end;
  }
  if (fig->range) {
    fig->lo *= fig->has_first ? first_factor : end_factor;
    fig->hi *= fig->has_end ? end_factor : first_factor;
  } else {
    fig->lo *= first_factor;
    fig->hi = fig->lo;
  }
  // "half million": a count, not a percent.
  if (fig->fraction && !fig->g[kMultiplier].empty() && !fig->range) fig->fraction = false;
  if (!std::isfinite(fig->lo) || !std::isfinite(fig->hi) || (fig->range && fig->hi < fig->lo))
    return false;
  // A letter right after a digit ("40th", "3rd", "1e308") is an ordinal or code.
  if (fig->end < text_.size() && IsAlpha(text_[fig->end]) && IsDigit(text_[fig->end - 1]))
    return false;
  fig->bare = fig->unit.empty() && !fig->has_first && !fig->has_end && !fig->fraction;
  if (fig->fraction) {
    // "a third-party candidate", "a half-hearted try": no fraction.
    if (fig->end + 1 < s.span.end && text_[fig->end] == '-' && IsAlpha(text_[fig->end + 1]))
      return false;
    // "a fifth superdelegate", "a quarter century", "the second half of
    // July": an ordinal, or a part of no whole. "a third of voters", "half
    // the seats" stay.
    size_t word_end = 0;
    const std::string next = absl::AsciiStrToLower(WordAfter(fig->end, s.span.end, &word_end));
    const std::string before =
        absl::AsciiStrToLower(WordBefore(s.span.begin, fig->qualifier_begin, &word_begin));
    if ((!next.empty() && !p_.stop_words.contains(next) && !p_.non_measure.contains(next)) ||
        p_.ordinals.contains(before)) {
      return false;
    }
  }
  return true;
}

bool QuantityReader::ReadRatio(const Sentence& s, Figure* fig, std::vector<Quantity>* out) {
  // A ratio: "6 in 10 voters", "one in five", "two out of three" is a
  // share, in percent.
  const std::string link = absl::AsciiStrToLower(text_.substr(fig->end, 8));
  const size_t link_size = absl::StartsWith(link, " in ")       ? 4
                           : absl::StartsWith(link, " out of ") ? 8
                                                                : 0;
  if (!fig->range && fig->unit.empty() && !fig->has_first && !fig->fraction && fig->lo >= 0 &&
      link_size > 0) {
    const size_t whole_begin = fig->end + link_size;
    size_t whole_end = whole_begin;
    while (whole_end < s.span.end && (IsDigit(text_[whole_end]) || text_[whole_end] == ',')) {
      ++whole_end;
    }
    while (whole_end > whole_begin && text_[whole_end - 1] == ',') --whole_end;
    double whole = 0;
    bool whole_fraction = false;
    if (whole_end == whole_begin) {
      const absl::string_view word = WordAfter(whole_begin, s.span.end, &whole_end);
      if (!ParseNumber(word, p_, &whole, &whole_fraction) || whole_fraction) whole = 0;
    } else if (!ParseNumber(text_.substr(whole_begin, whole_end - whole_begin), p_, &whole,
                            &whole_fraction)) {
      whole = 0;
    }
    if (whole > fig->lo && !s.InTime(fig->end, whole_end) &&
        !(whole_end < s.span.end && (IsAlnum(text_[whole_end]) || text_[whole_end] == '.'))) {
      fig->q.span = {fig->qualifier_begin, whole_end};
      fig->q.measure = "percent";
      fig->q.type = v1::FRACTION;
      fig->q.value = IntervalFor(fig->kind, fig->lo / whole * 100, fig->lo / whole * 100);
      fig->pos = std::max(fig->pos, whole_end);
      if (Finite(fig->q.value)) out->push_back(std::move(fig->q));
      return true;
    }
  }
  return false;
}

bool QuantityReader::ReadHyphenatedUnit(const Sentence& s, Figure* fig,
                                        std::vector<Quantity>* out) {
  // 4. A hyphenated unit: "a two-year inquiry", "the 69-year-old", "a
  // 5-point lead", "a 10-member panel".
  if (fig->bare && !fig->range && fig->end + 1 < s.span.end && text_[fig->end] == '-' &&
      IsAlpha(text_[fig->end + 1])) {
    size_t word_end = 0;
    const std::string word = absl::AsciiStrToLower(WordAfter(fig->end + 1, s.span.end, &word_end));
    const std::string singular = SingularNoun(word, p_);
    fig->q.span = {fig->qualifier_begin, word_end};
    // "one-size-fits-all" is a compound word, not a size.
    if (word_end + 1 < s.span.end && text_[word_end] == '-' && IsAlpha(text_[word_end + 1]) &&
        absl::AsciiStrToLower(text_.substr(word_end, 4)) != "-old") {
      return true;
    }
    if (singular == "year" && absl::AsciiStrToLower(text_.substr(word_end, 4)) == "-old") {
      // "the 69-year-old", "13-YEAR-OLDS".
      fig->q.span.end = word_end + 4;
      if (fig->q.span.end < s.span.end &&
          (text_[fig->q.span.end] == 's' || text_[fig->q.span.end] == 'S')) {
        ++fig->q.span.end;
      }
      fig->q.measure = "age";
      fig->q.type = v1::AGE;
    } else if (p_.duration_units.contains(singular)) {
      fig->q.measure = singular;
      fig->q.type = v1::DURATION;
    } else if (singular == "point") {
      // Percentage points never pass 100; an index's points may.
      const bool poll = fig->hi <= 100 && SentenceHas(s, p_.poll_cues);
      fig->q.measure = poll ? "points" : "point";
      fig->q.type = poll ? v1::PERCENTAGE_POINTS : v1::COUNT;
    } else if (!p_.stop_words.contains(word) && CanBeMeasure(word, p_) &&
               !p_.numbers.contains(word)) {
      fig->q.measure = singular;
    } else {
      return true;
    }
    fig->q.value = IntervalFor(fig->kind, fig->lo, fig->hi);
    fig->pos = std::max(fig->pos, fig->q.span.end);
    if (Finite(fig->q.value)) out->push_back(std::move(fig->q));
    return true;
  }
  return false;
}

bool QuantityReader::ReadAge(const Sentence& s, Figure* fig, std::vector<Quantity>* out) {
  size_t word_begin = 0;
  // An age: "aged 46", "ages 18-34", "Weiner, 46," (a capitalised name, a
  // comma, a figure from 18 to 110, then a comma or the sentence's end).
  if (fig->bare && IsPlainInteger(ToView(fig->g[kNumber])) && fig->lo >= 0 && fig->hi <= 110) {
    const std::string before =
        absl::AsciiStrToLower(WordBefore(s.span.begin, fig->qualifier_begin, &word_begin));
    size_t age_begin = std::string::npos;
    if (p_.age_cues.contains(before)) {
      age_begin = word_begin;
    } else if (!fig->range && fig->kind == v1::QUALIFIER_KIND_UNSPECIFIED && fig->lo >= 18 &&
               fig->number_begin >= s.span.begin + 3 && text_[fig->number_begin - 1] == ' ' &&
               text_[fig->number_begin - 2] == ',') {
      size_t e = fig->end;
      while (e < s.span.end && (text_[e] == '"' || text_[e] == '\'' || text_[e] == ' ')) ++e;
      bool closes = e >= s.span.end || text_[e] == ',' || text_[e] == ';' || text_[e] == ')';
      if (!closes && text_[e] == '.') {
        // The sentence's end, perhaps inside a quote: 'Weiner, 46."'.
        size_t f = e + 1;
        while (f < s.span.end &&
               (text_[f] == '"' || text_[f] == '\'' || text_.substr(f, 3) == "\u201D" ||
                text_.substr(f, 3) == "\u2019")) {
          f += text_[f] == '"' || text_[f] == '\'' ? 1 : 3;
        }
        closes = f >= s.span.end || text_[f] == ' ';
      }
      size_t name_begin = 0;
      absl::string_view name = WordBefore(s.span.begin, fig->number_begin - 2, &name_begin);
      if (closes && name_begin + name.size() == fig->number_begin - 2 && !name.empty() &&
          IsUpper(name[0]) && !p_.context_stop.contains(absl::AsciiStrToLower(name))) {
        // "Anthony Weiner, 46": the name's earlier capitalised words too,
        // and the parts of a joined one ("Delgado-Voss, 44", "O'Brien").
        age_begin = name_begin;
        while (age_begin >= s.span.begin + 2 &&
               (text_[age_begin - 1] == '-' || text_[age_begin - 1] == '\'') &&
               IsAlpha(text_[age_begin - 2])) {
          size_t b = 0;
          WordBefore(s.span.begin, age_begin - 1, &b);
          age_begin = b;
        }
        for (int n = 0; n < 3; ++n) {
          size_t b = 0;
          absl::string_view w = WordBefore(s.span.begin, age_begin, &b);
          if (w.empty() || !IsUpper(w[0]) || b + w.size() + 1 != age_begin) break;
          age_begin = b;
        }
      }
    }
    if (age_begin != std::string::npos) {
      fig->q.span = {age_begin, fig->end};
      fig->q.figure_begin = std::min(fig->q.figure_begin, age_begin);
      fig->q.measure = "age";
      fig->q.type = v1::AGE;
      fig->q.value = IntervalFor(fig->range ? v1::BETWEEN : fig->kind, fig->lo, fig->hi);
      if (Finite(fig->q.value)) out->push_back(std::move(fig->q));
      return true;
    }
  }
  return false;
}

void QuantityReader::ReadUnitAfter(const Sentence& s, Figure* fig) {
  // 5. A unit: "percentage points", "76%", "5 per cent", "10 manat",
  // "5 million dollars".
  fig->measure_end = fig->end;
  if (fig->unit.empty()) {
    size_t u = fig->end;
    if (u < s.span.end && text_[u] == ' ') ++u;
    static constexpr absl::string_view kPercentagePoint = "percentage point";
    if (absl::AsciiStrToLower(text_.substr(u, kPercentagePoint.size())) == kPercentagePoint) {
      fig->unit = "points";
      fig->measure_end = u + kPercentagePoint.size();
      if (fig->measure_end < s.span.end && text_[fig->measure_end] == 's') ++fig->measure_end;
    }
  }
  if (fig->unit.empty()) {
    size_t u = fig->end;
    if (u < s.span.end && text_[u] == ' ') ++u;
    for (const auto& [form, name] : p_.suffix_units) {
      if (u + form.size() > s.span.end) continue;
      if (absl::AsciiStrToLower(text_.substr(u, form.size())) != form) continue;
      const size_t next = u + form.size();
      if (next < text_.size() && IsAlpha(text_[next]) && IsAlpha(form.back())) continue;
      fig->unit = name;
      fig->measure_end = next;
      // "23% to 27%": the unit written after both ends of a range.
      if (!fig->range) {
        size_t r = next;
        while (r < s.span.end && text_[r] == ' ') ++r;
        const absl::string_view rest = text_.substr(r, s.span.end - r);
        const size_t skip = absl::StartsWith(rest, "to ")      ? 3
                            : absl::StartsWith(rest, "-")      ? 1
                            : absl::StartsWith(rest, "\u2013") ? 3
                                                               : 0;
        size_t d = r + skip;
        while (skip > 0 && d < s.span.end && text_[d] == ' ') ++d;
        size_t e = d;
        while (e < s.span.end && (IsDigit(text_[e]) || text_[e] == '.' || text_[e] == ',')) ++e;
        while (e > d && (text_[e - 1] == '.' || text_[e - 1] == ',')) --e;
        double other = 0;
        bool other_fraction = false;
        if (skip > 0 && e > d && IsDigit(text_[d]) &&
            ParseNumber(text_.substr(d, e - d), p_, &other, &other_fraction) && other > fig->lo) {
          size_t f = e;
          if (f < s.span.end && text_[f] == ' ') ++f;
          if (absl::AsciiStrToLower(text_.substr(f, form.size())) == form &&
              !(f + form.size() < text_.size() && IsAlpha(text_[f + form.size()]) &&
                IsAlpha(form.back()))) {
            fig->range = true;
            fig->hi = other;
            fig->measure_end = f + form.size();
            fig->pos = std::max(fig->pos, fig->measure_end);
          }
        }
      }
      break;
    }
  }
}

void QuantityReader::ReadUnitOrMeasure(const Sentence& s, Figure* fig, std::vector<Quantity>* out) {
  size_t word_begin = 0;
  if (fig->fraction) {
    fig->unit = "percent";
    fig->lo *= 100;
    if (!fig->range || fig->fraction_end) fig->hi *= 100;
    if (fig->hi < fig->lo) return;  // "half-twelve" and the like
  }
  if (!fig->unit.empty()) {
    fig->measure = fig->unit;
    fig->q.type = fig->fraction            ? v1::FRACTION
                  : fig->unit == "percent" ? v1::PERCENT
                  : fig->unit == "points"  ? v1::PERCENTAGE_POINTS
                  : IsCurrency(fig->unit)  ? v1::MONEY
                                           : v1::COUNT;
  } else {
    fig->measure = ReadMeasure(text_, fig->end, s.span.end, p_, &fig->measure_end);
    if (!fig->measure.empty()) {
      const bool participation = p_.participation.contains(fig->measure);
      fig->measure = SingularNoun(fig->measure, p_);
      size_t next_end = 0;
      const std::string next =
          absl::AsciiStrToLower(WordAfter(fig->measure_end, s.span.end, &next_end));
      const std::string before =
          absl::AsciiStrToLower(WordBefore(s.span.begin, fig->qualifier_begin, &word_begin));
      if (next == "ago") return;  // "eight years ago" is a time
      // "One advantage", "at one time": a spelled "one" counts only what
      // takes part, or after a verb of having or a qualifier.
      if (fig->written == "one" && !participation && fig->kind == v1::QUALIFIER_KIND_UNSPECIFIED &&
          !p_.possession_cues.contains(before)) {
        return;
      }
      if (fig->measure == "year" && next == "old") {
        fig->measure = "age";
        fig->q.type = v1::AGE;
        fig->measure_end = next_end;
      } else if (p_.duration_units.contains(fig->measure)) {
        fig->q.type = v1::DURATION;
      } else if (fig->measure == "point") {
        if (fig->hi <= 100 && SentenceHas(s, p_.poll_cues)) {
          fig->measure = "points";
          fig->q.type = v1::PERCENTAGE_POINTS;
        }
      } else if (!p_.places_before.contains(before)) {
        // "in five states" counts places, not what the paragraph counts.
        counted_ = fig->measure;
        counted_end_ = fig->measure_end;
      }
      // "the death toll rose to 12 people": the toll's frame.
      if (const ClaimPatterns::CountCue* cue = p_.count_measures.contains(fig->measure)
                                                   ? CountCueBefore(s, fig->qualifier_begin)
                                                   : nullptr;
          cue != nullptr && cue->measure == fig->measure) {
        fig->q.frame = cue->frame;
        fig->q.frame_overrides = true;
      }
    } else if (const ClaimPatterns::CountCue* cue = fig->bare && !p_.count_cues.empty()
                                                        ? CountCueBefore(s, fig->qualifier_begin)
                                                        : nullptr) {
      // "the death toll rose to 12", "killing 12": people of the cue's
      // frame, as "12 people were killed" is.
      fig->measure = cue->measure;
      fig->q.frame = cue->frame;
      fig->q.frame_overrides = true;
      fig->measure_end = fig->end;
    } else if (!ReadCountedLast(s, fig, out)) {
      return;
    }
  }
  fig->q.span = {fig->qualifier_begin, fig->measure_end};
  fig->q.measure = std::move(fig->measure);
  fig->q.value = IntervalFor(fig->range ? v1::BETWEEN : fig->kind, fig->lo, fig->hi);
  if (Finite(fig->q.value)) out->push_back(std::move(fig->q));
}

bool QuantityReader::ReadCountedLast(const Sentence& s, Figure* fig, std::vector<Quantity>* out) {
  size_t word_begin = 0;
  // 6. "Rubio has 10", "to Cruz's 465", a list line "Clinton: 547.":
  // the noun counted last.
  if (counted_.empty() || !fig->bare) return false;
  if (!fig->range && ListLine(s, fig->qualifier_begin, fig->end)) {
    counted_end_ = fig->end;  // a list keeps its noun line after line
    fig->q.span = {fig->qualifier_begin, fig->end};
    fig->q.measure = counted_;
    fig->q.value = IntervalFor(fig->kind, fig->lo, fig->hi);
    if (Finite(fig->q.value)) out->push_back(std::move(fig->q));
    return false;
  }
  size_t b = fig->qualifier_begin;
  while (b > s.span.begin && text_[b - 1] == ' ') --b;
  // A possessive name before the figure: skip it and its mark.
  bool possessive = false;
  // "Cruz's", "Cruz’s"; a name ending in "s" takes the mark alone:
  // "Sanders' 1,192", "Sanders’ 844".
  size_t mark = 0;
  if (b >= s.span.begin + 2 && text_[b - 1] == 's' && text_[b - 2] == '\'') {
    mark = 2;
  } else if (b >= s.span.begin + 4 && text_[b - 1] == 's' && text_.substr(b - 4, 3) == "\u2019") {
    mark = 4;
  } else if (b >= s.span.begin + 2 && text_[b - 1] == '\'' && text_[b - 2] == 's') {
    mark = 1;
  } else if (b >= s.span.begin + 4 && text_.substr(b - 3, 3) == "\u2019" && text_[b - 4] == 's') {
    mark = 3;
  }
  if (mark > 0) {
    b -= mark;
    size_t name_begin = 0;
    absl::string_view name = WordBefore(s.span.begin, b, &name_begin);
    if (name.empty() || !IsUpper(name[0])) return false;
    b = name_begin;
    possessive = true;
  }
  std::string before = absl::AsciiStrToLower(WordBefore(s.span.begin, b, &word_begin));
  // "has a total of at least 1,410": the cue before "of".
  if (before == "of" && !possessive) {
    size_t total_begin = 0;
    const std::string total =
        absl::AsciiStrToLower(WordBefore(s.span.begin, word_begin, &total_begin));
    if (p_.possession_cues.contains(total)) before = total;
  }
  size_t after_end = 0;
  const std::string after = absl::AsciiStrToLower(WordAfter(fig->end, s.span.end, &after_end));
  // "to" only before a possessive: "739 delegates to Cruz's 465", but
  // "rose to 52" says nothing of delegates. A cue after the figure
  // counts too: "the 1,237 needed to win".
  const bool cued_before = p_.possession_cues.contains(before) && (before != "to" || possessive);
  if (!cued_before && (possessive || !p_.possession_cues.contains(after) || after == "to")) {
    return false;
  }
  fig->measure = counted_;
  fig->measure_end = fig->end;
  return true;
}

size_t QuantityReader::ReadRivals(const Sentence& s, size_t begin, TextSpan first, TextSpan second,
                                  double lo, double hi, std::vector<Quantity>* out) {
  // The rival's name right before the pair, a comma between them allowed:
  // "leads Bernie Sanders 1,428 to", "leads Sanders, 1,428 to".
  size_t b = begin;
  while (b > s.span.begin && text_[b - 1] == ' ') --b;
  if (b > s.span.begin && text_[b - 1] == ',') --b;
  size_t name_begin = b, word_begin = 0;
  for (int n = 0; n < 4; ++n) {
    const absl::string_view w = WordBefore(s.span.begin, name_begin, &word_begin);
    if (w.empty() || !IsUpper(w[0]) || word_begin + w.size() + (n > 0 ? 1 : 0) != name_begin) {
      break;
    }
    name_begin = word_begin;
  }
  if (name_begin == b) return 0;
  const std::string cue = absl::AsciiStrToLower(WordBefore(s.span.begin, name_begin, &word_begin));
  const bool lead = p_.lead_cues.contains(cue);
  if (!lead && !p_.trail_cues.contains(cue)) return 0;
  // What is counted: a noun after the pair, "in" or "among" allowed ("in
  // pledged delegates"), else the noun counted last when the sentence is
  // no poll's ("leads Trump 46 to 41" in a poll is no count).
  size_t m = second.end, word_end = 0;
  const std::string link = absl::AsciiStrToLower(WordAfter(m, s.span.end, &word_end));
  if (link == "in" || link == "among") m = word_end;
  size_t measure_end = second.end;
  std::string written = ReadMeasure(text_, m, s.span.end, p_, &measure_end);
  if (written.empty()) {
    // A participle before the noun may be a verb of speech ("pledged"),
    // which ReadMeasure stops at: "in pledged delegates".
    const absl::string_view participle = WordAfter(m, s.span.end, &word_end);
    if (participle.size() > 3 && absl::EndsWith(participle, "ed")) {
      written = ReadMeasure(text_, word_end, s.span.end, p_, &measure_end);
    }
  }
  std::string measure = SingularNoun(written, p_);
  // A plural noun counts ("delegates"); a singular word after the pair is
  // as often a verb or another word ("1,428 to 1,153 going into Tuesday").
  if (measure == written && !p_.participation.contains(written)) measure.clear();
  if (p_.duration_units.contains(measure)) return 0;
  if (measure.empty()) {
    // A unit: "46-41 percent", "52 to 48%".
    size_t u = second.end;
    while (u < s.span.end && text_[u] == ' ') ++u;
    for (const auto& [form, name] : p_.suffix_units) {
      if (u + form.size() <= s.span.end &&
          absl::AsciiStrToLower(text_.substr(u, form.size())) == form &&
          !(u + form.size() < s.span.end && IsAlpha(text_[u + form.size()]) &&
            IsAlpha(form.back()))) {
        return 0;
      }
    }
    // A poll's figures are no count: "leads Trump 46 to 41 in the poll".
    for (size_t i = s.span.begin; i < s.span.end;) {
      if (!IsAlpha(text_[i])) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < s.span.end && IsAlpha(text_[j])) ++j;
      const std::string w = absl::AsciiStrToLower(text_.substr(i, j - i));
      if (p_.poll_cues.contains(w) && !p_.lead_cues.contains(w) && !p_.trail_cues.contains(w)) {
        return 0;
      }
      i = j;
    }
    if (counted_.empty()) return 0;
    measure = counted_;
    measure_end = second.end;
  }
  // The leader holds the larger figure: the subject of "leads", the rival of
  // "trails".
  const bool first_is_rivals = lead ? lo < hi : lo >= hi;
  const TextSpan rival{name_begin, b};
  for (int k = 0; k < 2; ++k) {
    Quantity q;
    q.span = k == 0 ? first : second;
    q.figure_begin = q.span.begin;
    q.measure = measure;
    q.type = v1::COUNT;
    q.value = Point(k == 0 ? lo : hi);
    q.rival = rival;
    q.of_rival = (k == 0) == first_is_rivals;
    out->push_back(std::move(q));
  }
  counted_ = measure;
  counted_end_ = measure_end;
  return std::max(measure_end, second.end);
}

void QuantityReader::ReadRanks(const Sentence& s, std::vector<Quantity>* out) {
  re2::StringPiece g[kRankGroups];
  if (!SkipToMatch(*p_.rank, s.span, &next_rank_)) return;
  re2::StringPiece input = ToPiece(text_.substr(0, s.span.end));
  const size_t quantities = out->size();
  size_t pos = next_rank_;
  next_rank_ = 0;  // searched again from the next sentence
  while (pos < s.span.end &&
         p_.rank->Match(input, pos, s.span.end, RE2::UNANCHORED, g, kRankGroups)) {
    const size_t begin = g[0].data() - text_.data();
    const size_t match_end = begin + g[0].size();
    pos = std::max(match_end, begin + 1);
    Quantity q;
    q.type = v1::RANK;
    q.figure_begin = begin;
    double n = 0;
    size_t end = match_end;
    if (!g[kNumberSign].empty()) {
      // "No. 2", "the No. 2 official"; not a docket number ("No. 15-674").
      if (!absl::SimpleAtod(ToView(g[kNumberSignDigits]), &n)) continue;
      if (match_end + 1 < s.span.end && (text_[match_end] == '-' || text_[match_end] == '/') &&
          IsDigit(text_[match_end + 1])) {
        continue;
      }
      size_t word_end = 0;
      absl::string_view word = WordAfter(match_end, s.span.end, &word_end);
      const std::string lower = absl::AsciiStrToLower(word);
      q.measure = "rank";
      if (!word.empty() && !IsUpper(word[0]) && !p_.stop_words.contains(lower) &&
          CanBeMeasure(lower, p_)) {
        q.measure = SingularNoun(lower, p_);
        end = word_end;
      }
    } else {
      if (!g[kOrdinalWord].empty()) {
        const auto it = p_.ordinals.find(Lower(ToView(g[kOrdinalWord])));
        if (it == p_.ordinals.end()) continue;
        n = it->second;
      } else if (!absl::SimpleAtod(ToView(g[kOrdinalDigits]), &n)) {
        continue;
      }
      std::string noun = absl::AsciiStrToLower(ToView(g[kRankNoun]));
      // The noun must end there: not "second-in-command"'s "in".
      if (match_end < s.span.end && text_[match_end] == '-') continue;
      if (!g[kRankHyphen].empty()) {
        // "second-largest", "third-most": only a superlative ranks; "third-party"
        // and "first-time" do not.
        if (!absl::EndsWith(noun, "est") && noun != "most") continue;
        q.measure = noun;
      } else {
        // "fifth straight year" ranks the year.
        if (p_.rank_modifiers.contains(noun)) {
          size_t word_end = 0;
          const absl::string_view word = WordAfter(end, s.span.end, &word_end);
          if (word.empty() || IsUpper(word[0])) continue;
          noun = absl::AsciiStrToLower(word);
          end = word_end;
        }
        if (IsUpper(g[kRankNoun][0]) || p_.stop_words.contains(noun) ||
            !CanBeMeasure(noun, p_) || p_.numbers.contains(noun) ||
            p_.ordinals.contains(noun) || p_.multipliers.contains(noun)) {
          continue;
        }
        // "second international conference" is an event's ordinal (an ORDINAL
        // claim), not a rank.
        bool event = false;
        size_t w = begin + g[0].size() - g[kRankNoun].size();
        for (int k = 0; k < 4 && !event; ++k) {
          size_t word_end = 0;
          const std::string word = absl::AsciiStrToLower(WordAfter(w, s.span.end, &word_end));
          if (word.empty()) break;
          event = p_.event_nouns.contains(word) || p_.event_nouns.contains(SingularNoun(word, p_));
          w = word_end;
        }
        if (event) continue;
        q.measure = SingularNoun(noun, p_);
        // "first" is too common a word to rank anything but a place or term.
        if (n == 1 && !p_.first_rank_nouns.contains(q.measure)) continue;
      }
    }
    if (s.InTime(begin, end)) continue;
    bool overlaps = false;
    for (size_t i = 0; i < quantities && !overlaps; ++i) {
      overlaps = begin < (*out)[i].span.end && (*out)[i].span.begin < end;
    }
    if (overlaps) continue;
    q.span = {begin, end};
    q.value = Point(n);
    if (Finite(q.value)) out->push_back(std::move(q));
  }
}

}  // namespace internal
}  // namespace quotes
