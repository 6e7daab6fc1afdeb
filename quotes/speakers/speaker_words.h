// The lexicon's word lists that the speaker model reads phrases and
// resolves them by (proto/lexicon.proto, fields 75 on), each a WordSet built
// once from the lexicon with the size and first-letter pretest of its words,
// and the tests of words the speaker files share.
//
// Example:
//
//   const SpeakerWords words(lexicon);
//   words.determiners.Contains("The");       // true
//   words.PronounGender("She");              // v1::FEMALE
//   words.IsCompanyDescription({"the", "firm"});
//
// Immutable once built; thread-safe. SpeakerWords::BuiltIn() is the built-in
// lexicon's, for an EntityRegistry made without a NameModel.
#ifndef QUOTES_SPEAKERS_SPEAKER_WORDS_H_
#define QUOTES_SPEAKERS_SPEAKER_WORDS_H_

#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"
#include "proto/lexicon.pb.h"
#include "proto/quotes.pb.h"
#include "quotes/text/word_set.h"

namespace quotes {
namespace internal {

struct SpeakerWords {
  explicit SpeakerWords(const v1::Lexicon& lexicon);
  // The words of the built-in lexicon (quotes/lexicon.h), built at first use.
  static const SpeakerWords& BuiltIn();

  // Each list is the lexicon field of its name, matched as that field says.
  WordSet determiners;             // as written or capitalised
  WordSet possessive_determiners;  // as written or capitalised
  WordSet indefinite_numbers;      // as written or capitalised
  WordSet name_connectors;
  WordSet object_prepositions;
  WordSet place_prepositions;
  WordSet prepositions;
  WordSet pronouns;         // any case
  WordSet male_pronouns;    // any case
  WordSet female_pronouns;  // any case
  WordSet male_honorifics;    // any case, without a final stop
  WordSet female_honorifics;  // any case, without a final stop
  WordSet plain_honorifics;
  WordSet peerage_honorifics;
  WordSet knight_honorifics;
  WordSet name_suffixes;
  // The name suffixes in capitals alone ("II", "III"): name words though
  // they look like acronyms.
  WordSet roman_suffixes;
  WordSet person_demonyms;  // any case
  WordSet title_modifiers;
  std::vector<std::string> exclusive_title_ranks;  // found anywhere in a title
  std::vector<std::string> past_title_ranks;       // found anywhere in a title
  WordSet sentence_openers;
  WordSet discourse_asides;
  WordSet aside_clause_openers;
  WordSet appositive_end_verbs;
  WordSet finite_verbs;
  WordSet not_agent_nouns;
  WordSet anonymous_source_nouns;  // any case
  WordSet source_links;
  WordSet source_link_prepositions;
  WordSet country_acronyms;
  WordSet country_initials;
  WordSet country_abbreviations;
  WordSet single_holder_offices;
  WordSet company_nouns;
  WordSet public_body_nouns;  // any case
  WordSet company_name_connectors;
  WordSet not_company_name_words;  // any case
  WordSet male_spokesperson_nouns;
  WordSet female_spokesperson_nouns;
  WordSet spokesperson_nouns;
  WordSet speaking_documents;
  // office_abbreviations: the short form and the office's words.
  std::vector<std::pair<std::string, std::vector<std::string>>> office_abbreviations;
  // group_description_words: heads, and the words of a name that fit them.
  std::vector<std::pair<WordSet, WordSet>> group_description_words;

  // "His lawyer said" etc.: one word of each list, as the list matches it.
  bool IsDeterminer(absl::string_view w) const { return determiners.Contains(w); }
  bool IsPossessiveDeterminer(absl::string_view w) const {
    return possessive_determiners.Contains(w);
  }
  bool IsOne(absl::string_view w) const { return indefinite_numbers.Contains(w); }
  bool IsConnector(absl::string_view w) const { return name_connectors.Contains(w); }
  bool IsObjectPreposition(absl::string_view w) const {
    return object_prepositions.Contains(w);
  }
  bool IsPlacePreposition(absl::string_view w) const {
    return place_prepositions.Contains(w);
  }
  bool IsPronoun(absl::string_view w) const { return pronouns.Contains(w); }
  bool IsSentenceOpener(absl::string_view w) const { return sentence_openers.Contains(w); }
  bool IsRankWord(absl::string_view w) const { return title_modifiers.Contains(w); }
  bool IsPersonDemonym(absl::string_view w) const { return person_demonyms.Contains(w); }
  bool IsCountryAcronym(absl::string_view w) const { return country_acronyms.Contains(w); }
  bool IsNameSuffix(absl::string_view w) const { return name_suffixes.Contains(w); }
  bool IsRomanSuffix(absl::string_view w) const { return roman_suffixes.Contains(w); }

  // The gender a pronoun tells ("she": FEMALE), GENDER_UNSPECIFIED for none.
  v1::Gender PronounGender(absl::string_view w) const {
    return GenderOf(w, male_pronouns, female_pronouns);
  }
  // The gender an honorific tells, with or without its stop ("Mrs.":
  // FEMALE), GENDER_UNSPECIFIED for none.
  v1::Gender HonorificGender(absl::string_view w) const {
    return GenderOf(absl::StripSuffix(w, "."), male_honorifics, female_honorifics);
  }
  // A lower-case noun shaped like the name of someone who does something:
  // "narrator", "founder", "organisers", "pianist", "guardian", "chairman",
  // "agent"; not "letter" or "statement".
  bool LooksLikeAgentNoun(absl::string_view w) const;
  // A lower-case word that reads as a verb after a subject: "has", "saw",
  // "reported", "plans".
  bool LooksLikeFiniteVerb(absl::string_view w) const;
  // Whether a description's last word (`words`, lower case) names a
  // business: "the company", "the firm", "the carmaker".
  bool IsCompanyDescription(const std::vector<std::string>& words) const;
  // Whether the organisation `name` fits the description `words` (lower
  // case): its head is a word of the name ("the ministry", "the bank"),
  // another word names it ("the force": a police force), or a company's
  // words ("the firm") describe an organisation that is no public body.
  bool FitsGroupDescription(const std::vector<std::string>& words,
                            absl::string_view name) const;
  // Whether `title` (lower case) holds a rank of exclusive_title_ranks that
  // `description` (lower case) does not, or `description` one of
  // past_title_ranks that `title` does not: "the minister" is no deputy
  // minister, "the former president" not the president.
  bool RanksDiffer(absl::string_view title, absl::string_view description) const;

 private:
  static v1::Gender GenderOf(absl::string_view w, const WordSet& male,
                             const WordSet& female) {
    // One pretest for both lists: most words are neither's.
    if (!(male.shape() | female.shape()).MayHoldAnyCase(w)) return v1::GENDER_UNSPECIFIED;
    if (male.Contains(w)) return v1::MALE;
    if (female.Contains(w)) return v1::FEMALE;
    return v1::GENDER_UNSPECIFIED;
  }
};

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_SPEAKERS_SPEAKER_WORDS_H_
