// QuantityReader's second half (claims_values.h): what a figure counts or
// measures once its number is read (a hyphenated unit, an age, a unit or a
// measure noun, the noun counted last), two rivals' counts, and ranks.
#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "quotes/claims/claims_values.h"
#include "quotes/claims/claims_values_internal.h"
#include "quotes/text/re2_util.h"

namespace quotes {
namespace internal {

namespace {

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

// ISO 4217 codes, the names of the lexicon's currencies ("USD", "GBP"), are
// three capital letters; other units ("percent", "km") are not.
bool IsCurrency(absl::string_view unit) {
  return unit.size() == 3 && values::IsUpper(unit[0]) && values::IsUpper(unit[1]) &&
         values::IsUpper(unit[2]);
}

}  // namespace

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
    if (values::Finite(fig->q.value)) out->push_back(std::move(fig->q));
    return true;
  }
  return false;
}

bool QuantityReader::ReadAge(const Sentence& s, Figure* fig, std::vector<Quantity>* out) {
  size_t word_begin = 0;
  // An age: "aged 46", "ages 18-34", "Weiner, 46," (a capitalised name, a
  // comma, a figure from 18 to 110, then a comma or the sentence's end).
  if (fig->bare && values::IsPlainInteger(ToView(fig->g[values::kNumber])) &&
      fig->lo >= 0 && fig->hi <= 110) {
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
          values::IsUpper(name[0]) && !p_.context_stop.contains(absl::AsciiStrToLower(name))) {
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
          if (w.empty() || !values::IsUpper(w[0]) || b + w.size() + 1 != age_begin) break;
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
      if (values::Finite(fig->q.value)) out->push_back(std::move(fig->q));
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
        while (e < s.span.end && (values::IsDigit(text_[e]) ||
                                  text_[e] == '.' || text_[e] == ','))
          ++e;
        while (e > d && (text_[e - 1] == '.' || text_[e - 1] == ',')) --e;
        double other = 0;
        bool other_fraction = false;
        if (skip > 0 && e > d && values::IsDigit(text_[d]) &&
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
  if (values::Finite(fig->q.value)) out->push_back(std::move(fig->q));
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
    if (values::Finite(fig->q.value)) out->push_back(std::move(fig->q));
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
    if (name.empty() || !values::IsUpper(name[0])) return false;
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
    if (w.empty() || !values::IsUpper(w[0]) ||
        word_begin + w.size() + (n > 0 ? 1 : 0) != name_begin) {
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
    q.value = values::Point(k == 0 ? lo : hi);
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
          values::IsDigit(text_[match_end + 1])) {
        continue;
      }
      size_t word_end = 0;
      absl::string_view word = WordAfter(match_end, s.span.end, &word_end);
      const std::string lower = absl::AsciiStrToLower(word);
      q.measure = "rank";
      if (!word.empty() && !values::IsUpper(word[0]) && !p_.stop_words.contains(lower) &&
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
          if (word.empty() || values::IsUpper(word[0])) continue;
          noun = absl::AsciiStrToLower(word);
          end = word_end;
        }
        if (values::IsUpper(g[kRankNoun][0]) || p_.stop_words.contains(noun) ||
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
    q.value = values::Point(n);
    if (values::Finite(q.value)) out->push_back(std::move(q));
  }
}

}  // namespace internal
}  // namespace quotes
