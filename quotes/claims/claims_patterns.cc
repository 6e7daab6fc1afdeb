#include "quotes/claims/claims_patterns.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "quotes/text/re2_util.h"

namespace quotes {
namespace internal {

std::string Lower(absl::string_view s) {
  std::string out = FoldCaseAsRe2(s);
  // Collapse runs of spaces so "more  than" finds "more than".
  std::string squeezed;
  squeezed.reserve(out.size());
  for (char c : out) {
    const bool space = absl::ascii_isspace(static_cast<unsigned char>(c));
    if (space && (squeezed.empty() || squeezed.back() == ' ')) continue;
    squeezed.push_back(space ? ' ' : c);
  }
  while (!squeezed.empty() && squeezed.back() == ' ') squeezed.pop_back();
  return squeezed;
}

namespace {

template <typename Message>
void AddForms(const google::protobuf::RepeatedPtrField<Message>& list,
              absl::flat_hash_map<std::string, double>* map,
              std::vector<std::string>* forms) {
  for (const Message& w : list) {
    for (const std::string& f : w.forms()) {
      (*map)[Lower(f)] = w.value();
      forms->push_back(f);
    }
  }
}

absl::flat_hash_set<std::string> SetOf(
    const google::protobuf::RepeatedPtrField<std::string>& list) {
  absl::flat_hash_set<std::string> out;
  for (const std::string& w : list) out.insert(Lower(w));
  return out;
}

// A digit number: "1,200", "1.13", "76". Rejects "1,20" as one number.
constexpr char kDigits[] = R"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)";

// Ordinals written with digits: "40th", "2nd". Rejects "40".
constexpr char kDigitOrdinal[] = R"(\d+(?:st|nd|rd|th))";

// A word that may sit in an event's title: "International", "Azerbaijan’s".
// Rejects "international" (lower case).
constexpr char kTitleWord[] = R"([A-Z][\w’'-]*)";

// An adjective between an ordinal and its event noun: "international" in
// "second international conference". Rejects "2024".
constexpr char kAnyWord[] = R"([A-Za-z][\w’'-]*)";

std::string Group(const std::string& alternation) {
  // An empty list matches nothing (RE2 has no "(?!)").
  return alternation.empty() ? "(?:\\b\\B)" : "(?:" + alternation + ")";
}

absl::StatusOr<std::unique_ptr<RE2>> QuantityPattern(
    const std::string& qualifiers, const std::string& prefix_units,
    const std::string& number_words, const std::string& fractions,
    const std::string& multipliers, const std::string& vague) {
  // A number as words: "two-thirds", "twenty-five", "a dozen". Rejects
  // "someone" (the leading boundary is checked in code). Fractions come
  // first, so "one-third" is not "one"; "half a million" is read in code.
  const std::string word_number =
      absl::StrCat("(?:", Group(fractions), "|", Group(number_words), "(?:-",
                   Group(number_words), ")?)\\b");
  // An amount given by its order of magnitude comes first: "half-dozen" is
  // one amount, not "half" to "dozen".
  const std::string exact = absl::StrCat(kDigits, "|", word_number);
  const std::string number = absl::StrCat("(?:", Group(vague), "\\b|", exact, ")");
  const std::string multiplier = absl::StrCat("(?:(\\s?)(", multipliers, ")\\b)?");
  // Accepts "more than 100", "$1.13bn", "some 80", "10-15", "between 10 and
  // 20", "1.5 million", "between $10 million and $25 million", "134-to-63",
  // "dozens"; rejects "delegates".
  const std::string pattern = absl::StrCat(
      "(?:\\b(", qualifiers, ")\\s+)?",                   // 1 qualifier
      "(?:(", prefix_units, ")\\s?)?",                    // 2 prefix unit
      "(", number, ")",                                   // 3 number
      multiplier,                                         // 4 space, 5 mult
      "(?:\\s*(-to-|\u2013to\u2013|-|\u2013|to|and)\\s*(?:", prefix_units,
      ")?\\s?(", exact, ")",                              // 6 separator, 7 end
      multiplier, ")?");                                  // 8 space, 9 mult
  return CompilePattern("claims.quantity", pattern, /*case_sensitive=*/false);
}

absl::StatusOr<std::unique_ptr<RE2>> RankPattern(const std::string& ordinals) {
  // Accepts "eighth term", "Third place", "second-largest", "3rd place",
  // "No. 2"; rejects "40" and "Nos."; the word after an ordinal is checked in
  // code ("the second said" is no rank).
  const std::string pattern = absl::StrCat(
      "\\b(?:((?i:", ordinals, "))|(\\d{1,4})(?:st|nd|rd|th))",  // 1 word, 2 digits
      "(?:(-)|\\s+)([A-Za-z][A-Za-z]*)",                      // 3 hyphen, 4 noun
      "|\\b(No\\.) ?(\\d{1,4})\\b");                         // 5 "No.", 6 digits
  return CompilePattern("claims.rank", pattern, /*case_sensitive=*/true);
}

absl::StatusOr<std::unique_ptr<RE2>> EventPattern(
    const std::string& ordinals, const std::string& nouns) {
  // Accepts "Second International Conference", "40th session", "second
  // international conference", "Baku Summit", "the conference"; rejects
  // "conferences" only as a different noun form (listed separately).
  const std::string pattern = absl::StrCat(
      "(?:\\b((?i:", ordinals, ")|", kDigitOrdinal, ")\\s+((?:", kAnyWord,
      "\\s+){0,3}?)|((?:", kTitleWord, "\\s+)+))?",
      "\\b((?i:", nouns, "))\\b");
  return CompilePattern("claims.event", pattern, /*case_sensitive=*/true);
}

// Accepts "Islamic Educational, Scientific and Cultural Organization (ICESCO)",
// "World Health Organization ( WHO )"; rejects "in 2007 (ISESCO)" and "Baku
// (Azerbaijan)" (no capitals after the first letter).
constexpr char kAcronymPattern[] =
    R"(((?:[A-Z][\w’'-]*,?\s+(?:(?:of|for|and|the|on|in|de|des|du|la|al|el)\s+)*){2,14})\(\s*([A-Z][A-Za-z&-]*[A-Z][A-Za-z&-]*)\s*\))";

}  // namespace

namespace {

// "delegates", "Democrats", "children": a word that reads as a plural. A
// capitalised word ending in "-as" is a name ("Texas", "Kansas").
bool LooksPlural(absl::string_view w, bool capital) {
  if (w.size() <= 3 || w.back() != 's') return false;
  const char before = w[w.size() - 2];
  return before != 's' && before != 'u' && before != 'i' && !(capital && before == 'a');
}

}  // namespace

bool CanBeMeasure(absl::string_view lower, const ClaimPatterns& p) {
  if (p.non_measure.contains(lower)) return false;
  return !(lower.size() > 3 && absl::EndsWith(lower, "ed") && !absl::EndsWith(lower, "eed"));
}

// Words after a number that say what is counted: "delegates" in "100
// delegates from", "foreign journalists" -> "journalists". Empty when none.
std::string ReadMeasure(absl::string_view text, size_t pos, size_t limit,
                        const ClaimPatterns& p, size_t* end) {
  struct Word {
    std::string lower;
    size_t end;
    bool capital;
    bool noun;
  };
  std::vector<Word> words;
  size_t i = pos;
  while (words.size() < 4 && i < limit) {
    size_t j = i;
    while (j < limit && text[j] == ' ') ++j;
    if (j == i && !words.empty()) break;
    if (j >= limit || !IsAlpha(text[j])) break;
    size_t k = j;
    while (k < limit && (IsAlpha(text[k]) || text[k] == '-' || text[k] == '\'')) ++k;
    absl::string_view word = text.substr(j, k - j);
    std::string lower = absl::AsciiStrToLower(word);
    // "51 countries' delegates": the possessive mark is not the measure's.
    while (!lower.empty() && lower.back() == '\'') lower.pop_back();
    // A verb ends the phrase: "the two met three times" counts no times.
    if (p.stop_words.contains(lower) || p.non_measure.contains(lower) ||
        p.numbers.contains(lower) || p.ordinals.contains(lower)) {
      break;
    }
    // "100 registered voters": a past form may describe what is counted.
    const bool noun = CanBeMeasure(lower, p);
    words.push_back({std::move(lower), k,
                     absl::ascii_isupper(static_cast<unsigned char>(word[0])), noun});
    i = k;
  }
  if (words.empty()) return "";
  for (const Word& w : words) {
    // A capitalised word only by its plural form: "10 Democrats", not "One Nation".
    if (w.noun && (LooksPlural(w.lower, w.capital) ||
                   (!w.capital && (p.irregular_plurals.contains(w.lower) ||
                                   p.participation.contains(w.lower))))) {
      *end = w.end;
      return w.lower;
    }
  }
  // A singular noun, lower case: "1 delegate"; never a name ("2 Trump") nor
  // a verb ("the two agreed").
  if (words.front().capital || !words.front().noun) return "";
  *end = words.front().end;
  return words.front().lower;
}

std::string SingularNoun(absl::string_view noun, const ClaimPatterns& p) {
  if (auto it = p.singulars.find(noun); it != p.singulars.end()) return it->second;
  if (p.irregular_plurals.contains(noun)) return std::string(noun);
  const size_t n = noun.size();
  if (n > 4 && absl::EndsWith(noun, "ies")) return absl::StrCat(noun.substr(0, n - 3), "y");
  for (absl::string_view ending : {"sses", "shes", "ches", "xes", "zzes"}) {
    if (n > ending.size() + 1 && absl::EndsWith(noun, ending)) {
      return std::string(noun.substr(0, n - 2));
    }
  }
  if (n < 3 || noun.back() != 's') return std::string(noun);
  const char before = noun[n - 2];
  if (before == 's' || before == 'u' || before == 'i' || (n == 3 && before == 'a')) {
    return std::string(noun);  // "class", "status", "crisis", "gas"
  }
  return std::string(noun.substr(0, n - 1));
}

// The value of a number as written: "1,200", "twenty-five", "two-thirds".
bool ParseNumber(absl::string_view written, const ClaimPatterns& p,
                 double* value, bool* fraction) {
  *fraction = false;
  std::string lower = Lower(written);
  if (!lower.empty() && absl::ascii_isdigit(static_cast<unsigned char>(lower[0]))) {
    // A digit string past the range of a double reads as infinity.
    return absl::SimpleAtod(absl::StrReplaceAll(lower, {{",", ""}}), value) &&
           std::isfinite(*value);
  }
  if (auto it = p.fractions.find(lower); it != p.fractions.end()) {
    *value = it->second;
    *fraction = true;
    return true;
  }
  if (auto it = p.numbers.find(lower); it != p.numbers.end()) {
    *value = it->second;
    return true;
  }
  std::vector<std::string> parts = absl::StrSplit(lower, '-');
  if (parts.size() != 2) return false;
  auto tens = p.numbers.find(parts[0]);
  auto units = p.numbers.find(parts[1]);
  if (tens == p.numbers.end() || units == p.numbers.end()) return false;
  *value = tens->second + units->second;
  return true;
}

v1::Interval IntervalFor(v1::QualifierKind kind, double lo, double hi) {
  v1::Interval v;
  auto lower = [&v](double x, bool inclusive) {
    v.set_has_lower(true);
    v.set_lower(x);
    v.set_lower_inclusive(inclusive);
  };
  auto upper = [&v](double x, bool inclusive) {
    v.set_has_upper(true);
    v.set_upper(x);
    v.set_upper_inclusive(inclusive);
  };
  switch (kind) {
    case v1::MORE_THAN: lower(hi, false); break;
    case v1::AT_LEAST: lower(hi, true); break;
    case v1::LESS_THAN: lower(0, true); upper(lo, false); break;
    case v1::AT_MOST: lower(0, true); upper(lo, true); break;
    case v1::ABOUT: lower(lo * 0.9, true); upper(hi * 1.1, true); break;
    case v1::ALMOST: lower(lo * 0.9, true); upper(lo, false); break;
    case v1::JUST_OVER: lower(hi, false); upper(hi * 1.1, true); break;
    default: lower(lo, true); upper(hi, true); break;
  }
  return v;
}

absl::StatusOr<std::unique_ptr<const ClaimPatterns>> BuildClaimPatterns(
    const v1::Lexicon& lexicon) {
  auto p = std::make_unique<ClaimPatterns>();
  std::vector<std::string> number_forms, fraction_forms, multiplier_forms,
      ordinal_forms, qualifier_forms, prefix_forms;
  AddForms(lexicon.number_words(), &p->numbers, &number_forms);
  AddForms(lexicon.fraction_words(), &p->fractions, &fraction_forms);
  AddForms(lexicon.multiplier_words(), &p->multipliers, &multiplier_forms);
  AddForms(lexicon.ordinal_words(), &p->ordinals, &ordinal_forms);
  for (const v1::QuantityQualifier& q : lexicon.qualifiers()) {
    for (const std::string& f : q.forms()) {
      p->qualifiers[Lower(f)] = q.kind();
      qualifier_forms.push_back(f);
    }
  }
  for (const v1::MeasureUnit& u : lexicon.measure_units()) {
    for (const std::string& f : u.forms()) {
      if (u.prefix()) {
        p->prefix_units[Lower(f)] = u.name();
        prefix_forms.push_back(f);
      } else {
        p->suffix_units.emplace_back(Lower(f), u.name());
      }
    }
  }
  std::sort(p->suffix_units.begin(), p->suffix_units.end(),
            [](const auto& a, const auto& b) {
              return a.first.size() > b.first.size();
            });
  p->event_nouns = SetOf(lexicon.event_nouns());
  p->generic_nouns = SetOf(lexicon.generic_event_nouns());
  p->other_words = SetOf(lexicon.other_instance_words());
  p->participation = SetOf(lexicon.participation_measures());
  p->stop_words = SetOf(lexicon.measure_stop_words());
  p->irregular_plurals = SetOf(lexicon.irregular_plurals());
  p->context_stop = SetOf(lexicon.context_stop_words());
  for (const auto* list : {&lexicon.ordinal_words(), &lexicon.months(), &lexicon.weekdays()}) {
    for (const v1::NumberWord& w : *list) {
      for (const std::string& f : w.forms()) p->context_stop.insert(Lower(f));
    }
  }
  for (const std::string& w : p->event_nouns) p->context_stop.insert(w);

  // Claim values: fields 65-69.
  std::vector<std::string> vague_forms;
  for (const v1::VagueAmount& v : lexicon.vague_amounts()) {
    for (const std::string& f : v.forms()) {
      p->vague[Lower(f)] = {v.lower(), v.upper()};
      vague_forms.push_back(f);
    }
  }
  for (const v1::NounForms& n : lexicon.noun_forms()) {
    for (const std::string& f : n.plurals()) p->singulars[Lower(f)] = Lower(n.singular());
  }
  p->duration_units = SetOf(lexicon.duration_units());
  p->non_measure = SetOf(lexicon.non_measure_words());
  // "the two said": a speech verb is no measure, but "three claims" may be.
  for (const v1::SpeechVerb& v : lexicon.speech_verbs()) {
    for (const std::string& f : v.forms()) {
      if (f.find(' ') == std::string::npos && !absl::EndsWith(f, "s")) {
        p->non_measure.insert(Lower(f));
      }
    }
  }
  p->places_before = SetOf(lexicon.subject_blocking_words());
  for (const v1::ValueCue& cue : lexicon.value_cues()) {
    absl::flat_hash_set<std::string>* set = nullptr;
    switch (cue.kind()) {
      case v1::CUE_POSSESSION: set = &p->possession_cues; break;
      case v1::CUE_POLL: set = &p->poll_cues; break;
      case v1::CUE_VOTE: set = &p->vote_cues; break;
      case v1::CUE_TALLY: set = &p->tally_cues; break;
      case v1::CUE_AGE: set = &p->age_cues; break;
      case v1::CUE_FIRST_RANK: set = &p->first_rank_nouns; break;
      case v1::CUE_RANK_MODIFIER: set = &p->rank_modifiers; break;
      case v1::CUE_LEAD: set = &p->lead_cues; break;
      case v1::CUE_TRAIL: set = &p->trail_cues; break;
      default: break;
    }
    if (set == nullptr) continue;
    for (const std::string& f : cue.forms()) set->insert(Lower(f));
  }
  for (const v1::CountCue& cue : lexicon.count_cues()) {
    ClaimPatterns::CountCue c;
    for (const std::string& n : cue.nouns()) {
      std::vector<std::string> words = absl::StrSplit(Lower(n), ' ', absl::SkipEmpty());
      if (!words.empty()) c.nouns.push_back(std::move(words));
    }
    for (const std::string& v : cue.verbs()) c.verbs.insert(Lower(v));
    c.frame = cue.frame();
    c.measure = cue.measure();
    if (c.frame.empty() || c.measure.empty()) continue;
    p->count_measures.insert(c.measure);
    p->count_cues.push_back(std::move(c));
  }
  // A measure is singular ("delegate"); participation is looked up in both forms.
  std::vector<std::string> singular_participation;
  for (const std::string& w : p->participation) {
    singular_participation.push_back(SingularNoun(w, *p));
  }
  p->participation.insert(singular_participation.begin(), singular_participation.end());

  auto quantity = QuantityPattern(
      Group(AlternationOf(qualifier_forms)), Group(AlternationOf(prefix_forms)),
      AlternationOf(number_forms), AlternationOf(fraction_forms),
      Group(AlternationOf(multiplier_forms)), AlternationOf(vague_forms));
  if (!quantity.ok()) return quantity.status();
  p->quantity = *std::move(quantity);
  std::vector<std::string> nouns(lexicon.event_nouns().begin(),
                                 lexicon.event_nouns().end());
  auto event = EventPattern(Group(AlternationOf(ordinal_forms)),
                            Group(AlternationOf(nouns)));
  if (!event.ok()) return event.status();
  p->event = *std::move(event);
  // Each event match ends in a noun between \b's.
  p->event_words.AddWords(0, nouns, /*case_sensitive=*/false);
  auto rank = RankPattern(Group(AlternationOf(ordinal_forms)));
  if (!rank.ok()) return rank.status();
  p->rank = *std::move(rank);
  auto acronym = CompilePattern("claims.acronym", kAcronymPattern);
  if (!acronym.ok()) return acronym.status();
  p->acronym = *std::move(acronym);
  auto times = TimeFinder::Create(lexicon);
  if (!times.ok()) return times.status();
  p->times = *std::move(times);

  return std::unique_ptr<const ClaimPatterns>(std::move(p));
}

}  // namespace internal
}  // namespace quotes
