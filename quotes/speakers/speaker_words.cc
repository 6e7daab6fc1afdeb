#include "quotes/speakers/speaker_words.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/container/inlined_vector.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"
#include "quotes/lexicon.h"

namespace quotes {
namespace internal {
namespace {

using Case = WordSet::Case;

// The name suffixes written in capitals alone: Roman numerals.
std::vector<std::string> RomanSuffixes(const v1::Lexicon& lexicon) {
  std::vector<std::string> out;
  for (const std::string& w : lexicon.name_suffixes()) {
    bool capitals = !w.empty();
    for (char c : w) capitals &= absl::ascii_isupper(static_cast<unsigned char>(c));
    if (capitals) out.push_back(w);
  }
  return out;
}

std::vector<std::pair<std::string, std::vector<std::string>>> OfficeAbbreviations(
    const v1::Lexicon& lexicon) {
  std::vector<std::pair<std::string, std::vector<std::string>>> out;
  for (const v1::OfficeAbbreviation& a : lexicon.office_abbreviations()) {
    out.emplace_back(a.form(), absl::StrSplit(a.office(), ' ', absl::SkipEmpty()));
  }
  return out;
}

std::vector<std::pair<WordSet, WordSet>> GroupDescriptionWords(const v1::Lexicon& lexicon) {
  std::vector<std::pair<WordSet, WordSet>> out;
  for (const v1::GroupDescriptionWords& g : lexicon.group_description_words()) {
    out.emplace_back(WordSet(g.heads(), Case::kAsWritten), WordSet(g.name_words(), Case::kAny));
  }
  return out;
}

}  // namespace

SpeakerWords::SpeakerWords(const v1::Lexicon& lexicon)
    : determiners(lexicon.determiners(), Case::kOrCapitalized),
      possessive_determiners(lexicon.possessive_determiners(), Case::kOrCapitalized),
      indefinite_numbers(lexicon.indefinite_numbers(), Case::kOrCapitalized),
      name_connectors(lexicon.name_connectors(), Case::kAsWritten),
      object_prepositions(lexicon.object_prepositions(), Case::kAsWritten),
      place_prepositions(lexicon.place_prepositions(), Case::kAsWritten),
      prepositions(lexicon.prepositions(), Case::kAsWritten),
      pronouns(lexicon.pronouns(), Case::kAny),
      male_pronouns(lexicon.male_pronouns(), Case::kAny),
      female_pronouns(lexicon.female_pronouns(), Case::kAny),
      male_honorifics(lexicon.male_honorifics(), Case::kAny),
      female_honorifics(lexicon.female_honorifics(), Case::kAny),
      plain_honorifics(lexicon.plain_honorifics(), Case::kAsWritten),
      peerage_honorifics(lexicon.peerage_honorifics(), Case::kAsWritten),
      knight_honorifics(lexicon.knight_honorifics(), Case::kAsWritten),
      name_suffixes(lexicon.name_suffixes(), Case::kAsWritten),
      roman_suffixes(RomanSuffixes(lexicon), Case::kAsWritten),
      person_demonyms(lexicon.person_demonyms(), Case::kAny),
      title_modifiers(lexicon.title_modifiers(), Case::kAsWritten),
      exclusive_title_ranks(lexicon.exclusive_title_ranks().begin(),
                            lexicon.exclusive_title_ranks().end()),
      past_title_ranks(lexicon.past_title_ranks().begin(), lexicon.past_title_ranks().end()),
      sentence_openers(lexicon.sentence_openers(), Case::kAsWritten),
      discourse_asides(lexicon.discourse_asides(), Case::kAsWritten),
      aside_clause_openers(lexicon.aside_clause_openers(), Case::kAsWritten),
      appositive_end_verbs(lexicon.appositive_end_verbs(), Case::kAsWritten),
      finite_verbs(lexicon.finite_verbs(), Case::kAsWritten),
      not_agent_nouns(lexicon.not_agent_nouns(), Case::kAsWritten),
      anonymous_source_nouns(lexicon.anonymous_source_nouns(), Case::kAny),
      source_links(lexicon.source_links(), Case::kAsWritten),
      source_link_prepositions(lexicon.source_link_prepositions(), Case::kAsWritten),
      country_acronyms(lexicon.country_acronyms(), Case::kAsWritten),
      country_initials(lexicon.country_initials(), Case::kAsWritten),
      country_abbreviations(lexicon.country_abbreviations(), Case::kAsWritten),
      single_holder_offices(lexicon.single_holder_offices(), Case::kAsWritten),
      company_nouns(lexicon.company_nouns(), Case::kAsWritten),
      public_body_nouns(lexicon.public_body_nouns(), Case::kAny),
      company_name_connectors(lexicon.company_name_connectors(), Case::kAsWritten),
      not_company_name_words(lexicon.not_company_name_words(), Case::kAny),
      male_spokesperson_nouns(lexicon.male_spokesperson_nouns(), Case::kAsWritten),
      female_spokesperson_nouns(lexicon.female_spokesperson_nouns(), Case::kAsWritten),
      spokesperson_nouns(lexicon.spokesperson_nouns(), Case::kAsWritten),
      speaking_documents(lexicon.speaking_documents(), Case::kAsWritten),
      office_abbreviations(OfficeAbbreviations(lexicon)),
      group_description_words(GroupDescriptionWords(lexicon)) {}

const SpeakerWords& SpeakerWords::BuiltIn() {
  static const SpeakerWords* const kWords = new SpeakerWords(DefaultLexicon());
  return *kWords;
}

bool SpeakerWords::LooksLikeAgentNoun(absl::string_view w) const {
  if (w.size() < 5) return false;
  absl::ConsumeSuffix(&w, "s");
  if (not_agent_nouns.Contains(w)) return false;
  for (absl::string_view suffix : {"or", "er", "ist", "ian", "man", "men"}) {
    if (absl::EndsWith(w, suffix)) return true;
  }
  // "agent", "student", "correspondent"; not "statement".
  return absl::EndsWith(w, "ent") && !absl::EndsWith(w, "ment");
}

bool SpeakerWords::LooksLikeFiniteVerb(absl::string_view w) const {
  // "-s" alone would take plural nouns too ("DRM systems", "Gadget lovers").
  return finite_verbs.Contains(w) || (w.size() > 3 && absl::EndsWith(w, "ed"));
}

bool SpeakerWords::IsCompanyDescription(const std::vector<std::string>& words) const {
  return !words.empty() && company_nouns.Contains(words.back());
}

bool SpeakerWords::FitsGroupDescription(const std::vector<std::string>& words,
                                        absl::string_view name) const {
  if (words.empty() || name.empty() ||
      !absl::ascii_isupper(static_cast<unsigned char>(name[0]))) {
    return false;
  }
  // The name's words, split once and compared in any case without copies:
  // this runs for every organisation named before each description.
  const absl::InlinedVector<absl::string_view, 8> parts =
      absl::StrSplit(name, ' ', absl::SkipEmpty());
  auto has = [&](absl::string_view w) {
    for (absl::string_view part : parts) {
      if (absl::EqualsIgnoreCase(part, w)) return true;
    }
    return false;
  };
  auto has_any = [&](const WordSet& words) {
    for (absl::string_view part : parts) {
      if (words.Contains(part)) return true;
    }
    return false;
  };
  const std::string& head = words.back();
  if (has(head)) return true;
  // "the force": a police force; "the regulator": a commission, an authority.
  for (const auto& [heads, name_words] : group_description_words) {
    if (heads.Contains(head)) return has_any(name_words);
  }
  if (!IsCompanyDescription(words) || has_any(public_body_nouns)) return false;
  // A company's own name: capitalised words (and connectors) only, so that
  // "Russian prosecutors" or "Opera spokeswoman" is none.
  for (absl::string_view w : parts) {
    if (!company_name_connectors.Contains(w) &&
        !absl::ascii_isupper(static_cast<unsigned char>(w[0]))) {
      return false;
    }
  }
  return !has_any(not_company_name_words);
}

bool SpeakerWords::RanksDiffer(absl::string_view title,
                               absl::string_view description) const {
  for (const std::string& rank : exclusive_title_ranks) {
    if (absl::StrContains(title, rank) && !absl::StrContains(description, rank)) return true;
  }
  for (const std::string& rank : past_title_ranks) {
    if (absl::StrContains(description, rank) && !absl::StrContains(title, rank)) return true;
  }
  return false;
}

}  // namespace internal
}  // namespace quotes
