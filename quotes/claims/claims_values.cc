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
#include "quotes/claims/claims_values_internal.h"
#include "quotes/text/re2_util.h"

namespace quotes {
namespace internal {

using values::Finite;
using values::IsDigit;
using values::IsPlainInteger;
using values::IsUpper;
using values::Point;
using values::kEnd;
using values::kEndMultiplier;
using values::kEndMultiplierSpace;
using values::kGroups;
using values::kMultiplier;
using values::kMultiplierSpace;
using values::kNumber;
using values::kPrefixUnit;
using values::kQualifier;
using values::kSeparator;
using values::kWhole;

namespace {

size_t DigitCount(absl::string_view s) {
  return std::count_if(s.begin(), s.end(), IsDigit);
}

// The frame of a tally of votes (Quantity::frame).
constexpr char kVoteFrame[] = "vote";

}  // namespace

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

}  // namespace internal
}  // namespace quotes
