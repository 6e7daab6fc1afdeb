// The built-in lexicon is embedded in the binary wire format at build time:
// it must hold exactly what quotes/data/default_lexicon.textproto says. The
// speaker model's lists (fields 75 on) must be there, each read from the
// lexicon: a user's lexicon that extends one changes what the model reads.
#include "quotes/lexicon.h"

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "google/protobuf/descriptor.h"
#include "gtest/gtest.h"
#include "quotes/analyzer.h"
#include "quotes/speakers/speakers.h"
#include "quotes/text/word_set.h"

namespace quotes {
namespace {

using internal::NameModel;
using internal::SpeakerPhrase;
using internal::Token;
using internal::WordSet;

std::string ReadSource() {
  std::ifstream in("quotes/data/default_lexicon.textproto");
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

TEST(LexiconTest, EmbeddedBytesEqualTheTextSource) {
  const std::string source = ReadSource();
  ASSERT_FALSE(source.empty());
  absl::StatusOr<v1::Lexicon> parsed = ParseLexicon(source);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(DefaultLexicon().SerializeAsString(), parsed->SerializeAsString());
  EXPECT_GT(DefaultLexicon().speech_verbs_size(), 10);
  EXPECT_GT(DefaultLexicon().title_words_size(), 10);
}

TEST(LexiconTest, MalformedTextNamesTheLine) {
  absl::StatusOr<v1::Lexicon> parsed =
      ParseLexicon("title_words: \"a\"\nno_such_field: 1\n");
  ASSERT_FALSE(parsed.ok());
  EXPECT_NE(parsed.status().message().find("line 2"), absl::string_view::npos)
      << parsed.status();
}

// --- The speaker model's lists ----------------------------------------------

class SpeakerListTest : public ::testing::TestWithParam<const char*> {};

TEST_P(SpeakerListTest, BuiltInListIsNotEmpty) {
  const google::protobuf::FieldDescriptor* field =
      v1::Lexicon::descriptor()->FindFieldByName(GetParam());
  ASSERT_NE(field, nullptr) << GetParam() << " is no field of quotes.v1.Lexicon";
  ASSERT_TRUE(field->is_repeated()) << GetParam();
  EXPECT_GT(DefaultLexicon().GetReflection()->FieldSize(DefaultLexicon(), field), 0)
      << GetParam() << " is empty in default_lexicon.textproto";
}

INSTANTIATE_TEST_SUITE_P(
    Speakers, SpeakerListTest,
    ::testing::Values("determiners", "possessive_determiners", "indefinite_numbers",
                      "name_connectors", "object_prepositions", "place_prepositions",
                      "prepositions", "pronouns", "male_pronouns", "female_pronouns",
                      "male_honorifics", "female_honorifics", "plain_honorifics",
                      "peerage_honorifics", "knight_honorifics", "name_suffixes",
                      "person_demonyms", "title_modifiers", "exclusive_title_ranks",
                      "past_title_ranks", "sentence_openers", "discourse_asides",
                      "aside_clause_openers", "appositive_end_verbs", "finite_verbs",
                      "not_agent_nouns", "anonymous_source_nouns", "source_links",
                      "source_link_prepositions", "country_acronyms", "country_initials",
                      "country_abbreviations", "single_holder_offices", "company_nouns",
                      "public_body_nouns", "company_name_connectors",
                      "not_company_name_words", "male_spokesperson_nouns",
                      "female_spokesperson_nouns", "spokesperson_nouns",
                      "office_abbreviations", "group_description_words",
                      "place_name_openers", "speaking_documents", "subordinators"));

// A phrase read before the cue "said" by a model of the built-in lexicon
// with `extra` merged in, as --lexicon merges a user's file.
SpeakerPhrase PhraseBeforeSaid(const std::string& sentence, const std::string& extra) {
  v1::Lexicon lexicon = DefaultLexicon();
  absl::StatusOr<v1::Lexicon> mine = ParseLexicon(extra);
  EXPECT_TRUE(mine.ok()) << mine.status();
  if (mine.ok()) lexicon.MergeFrom(*mine);
  const NameModel model(lexicon, {"said"});
  const std::vector<Token> tokens = model.Tokenize(sentence, {0, sentence.size()});
  for (int i = 0; i < static_cast<int>(tokens.size()); ++i) {
    if (tokens[i].text == "said") return model.ParseBefore(sentence, tokens, i);
  }
  ADD_FAILURE() << "no \"said\" in " << sentence;
  return {};
}

struct OverrideCase {
  const char* list;      // the lexicon field the user extends
  const char* extra;     // the user's lexicon
  const char* sentence;  // read before its "said"
  v1::MentionForm form_before, form_after;
  const char* name_before;
  const char* name_after;
};

void PrintTo(const OverrideCase& c, std::ostream* os) { *os << c.list; }

class LexiconOverrideTest : public ::testing::TestWithParam<OverrideCase> {};

TEST_P(LexiconOverrideTest, UserListChangesThePhrase) {
  const OverrideCase& c = GetParam();
  const SpeakerPhrase before = PhraseBeforeSaid(c.sentence, "");
  const SpeakerPhrase after = PhraseBeforeSaid(c.sentence, c.extra);
  EXPECT_EQ(before.form, c.form_before) << c.sentence << " (" << before.name << ")";
  EXPECT_EQ(before.name, c.name_before) << c.sentence;
  EXPECT_EQ(after.form, c.form_after) << c.sentence << " with " << c.extra;
  EXPECT_EQ(after.name, c.name_after) << c.sentence << " with " << c.extra;
}

INSTANTIATE_TEST_SUITE_P(
    Speakers, LexiconOverrideTest,
    ::testing::Values(
        // A nationality names the person just named: a description, no
        // surname "Martian".
        OverrideCase{"person_demonyms", "person_demonyms: \"martian\"",
                     "Later the Martian said the harbour would reopen.", v1::SURNAME,
                     v1::DESCRIPTION, "Martian", "Martian"},
        // An unnamed source, "a negotiator familiar with the talks", not "the
        // talks" as a body that speaks.
        OverrideCase{"anonymous_source_nouns", "anonymous_source_nouns: \"negotiator\"",
                     "A negotiator familiar with the talks said a deal was near.",
                     v1::ORGANIZATION, v1::DESCRIPTION, "talks",
                     "negotiator familiar with the talks"},
        // A sentence opener before the subject is no part of the name.
        OverrideCase{"sentence_openers", "sentence_openers: \"Thereafter\"",
                     "Thereafter Anna Berg said the harbour would reopen.", v1::FULL, v1::FULL,
                     "Thereafter Anna Berg", "Anna Berg"}),
    [](const ::testing::TestParamInfo<OverrideCase>& info) {
      return std::string(info.param.list);
    });

// The entity "The sheriff" resolves to in `text`, by a registry of a model
// of the built-in lexicon with `extra` merged in: the sole person named
// before without a title when the office has one holder.
std::string SheriffIs(const std::string& extra) {
  const std::string text = "Anna Berg arrived at noon. The sheriff said the road was shut.";
  v1::Lexicon lexicon = DefaultLexicon();
  absl::StatusOr<v1::Lexicon> mine = ParseLexicon(extra);
  EXPECT_TRUE(mine.ok()) << mine.status();
  if (mine.ok()) lexicon.MergeFrom(*mine);
  const NameModel model(lexicon, {"said"});
  const std::vector<Token> tokens = model.Tokenize(text, {0, text.size()});
  std::vector<SpeakerPhrase> persons;
  model.FindPersons(text, tokens, &persons);
  std::vector<SpeakerPhrase*> known;
  for (SpeakerPhrase& p : persons) known.push_back(&p);
  internal::EntityRegistry registry(model);
  registry.AddKnownPersons(known);
  int said = 0;
  while (said < static_cast<int>(tokens.size()) && tokens[said].text != "said") ++said;
  const SpeakerPhrase sheriff = model.ParseBefore(text, tokens, said);
  EXPECT_EQ(sheriff.form, v1::DESCRIPTION) << sheriff.name;
  const int index = registry.Resolve(sheriff, text, tokens[said].span().begin);
  return index < 0 ? "" : registry.entities()[index].name;
}

TEST(LexiconOverrideTest, SingleHolderOfficeNamesTheUntitledPerson) {
  EXPECT_EQ(SheriffIs(""), "The sheriff");
  EXPECT_EQ(SheriffIs("single_holder_offices: \"sheriff\""), "Anna Berg");
}

// The same through the public Analyzer (AnalyzerOptions.lexicon_text_proto,
// as --lexicon): the user's list reaches the attribution's registry.
std::string SheriffQuoteSpeaker(const std::string& extra) {
  AnalyzerOptions options;
  options.lexicon_text_proto = extra;
  absl::StatusOr<std::unique_ptr<Analyzer>> analyzer = Analyzer::Create(options);
  EXPECT_TRUE(analyzer.ok()) << analyzer.status();
  if (!analyzer.ok()) return "";
  const v1::ArticleAnalysis a = (*analyzer)->Analyze(
      "Anna Berg arrived at noon. The sheriff said the road was shut.", v1::Article());
  for (const v1::Quote& q : a.quotes()) {
    if (q.has_speaker()) return q.speaker().name();
  }
  return "";
}

TEST(LexiconOverrideTest, UserListReachesTheAnalyzersRegistry) {
  EXPECT_EQ(SheriffQuoteSpeaker(""), "The sheriff");
  EXPECT_EQ(SheriffQuoteSpeaker("single_holder_offices: \"sheriff\""), "Anna Berg");
}

// --- WordSet: how a list's words are matched --------------------------------

struct WordSetCase {
  WordSet::Case word_case;
  const char* word;
  bool in;
};

class WordSetTest : public ::testing::TestWithParam<WordSetCase> {};

TEST_P(WordSetTest, MatchesAsTheCaseSays) {
  const WordSetCase& c = GetParam();
  const std::vector<std::string> words = {"the", "an", "Mr", "prime minister"};
  const WordSet set(words, c.word_case);
  EXPECT_EQ(set.Contains(c.word), c.in)
      << "\"" << c.word << "\" with case " << static_cast<int>(c.word_case);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, WordSetTest,
    ::testing::Values(WordSetCase{WordSet::Case::kAsWritten, "the", true},
                      WordSetCase{WordSet::Case::kAsWritten, "The", false},
                      WordSetCase{WordSet::Case::kAsWritten, "Mr", true},
                      WordSetCase{WordSet::Case::kAsWritten, "mr", false},
                      WordSetCase{WordSet::Case::kAsWritten, "prime minister", true},
                      WordSetCase{WordSet::Case::kAsWritten, "then", false},
                      WordSetCase{WordSet::Case::kAsWritten, "", false},
                      WordSetCase{WordSet::Case::kOrCapitalized, "The", true},
                      WordSetCase{WordSet::Case::kOrCapitalized, "An", true},
                      WordSetCase{WordSet::Case::kOrCapitalized, "THE", false},
                      WordSetCase{WordSet::Case::kOrCapitalized, "tHe", false},
                      WordSetCase{WordSet::Case::kAny, "THE", true},
                      WordSetCase{WordSet::Case::kAny, "mR", true},
                      WordSetCase{WordSet::Case::kAny, "Prime Minister", true},
                      WordSetCase{WordSet::Case::kAny, "thee", false},
                      WordSetCase{WordSet::Case::kAny, "a", false}));

// Sets of more words than a scan reads are hashed: the same answers.
TEST(WordSetTest, LongListMatchesEachWordAndNoOther) {
  std::vector<std::string> words;
  for (int i = 0; i < 40; ++i) words.push_back("word" + std::to_string(i));
  for (WordSet::Case c : {WordSet::Case::kAsWritten, WordSet::Case::kOrCapitalized,
                          WordSet::Case::kAny}) {
    const WordSet set(words, c);
    for (const std::string& w : words) EXPECT_TRUE(set.Contains(w)) << w;
    EXPECT_EQ(set.Contains("Word7"), c != WordSet::Case::kAsWritten);
    EXPECT_EQ(set.Contains("WORD7"), c == WordSet::Case::kAny);
    EXPECT_FALSE(set.Contains("word40"));
    EXPECT_FALSE(set.Contains("words"));
  }
}

}  // namespace
}  // namespace quotes
