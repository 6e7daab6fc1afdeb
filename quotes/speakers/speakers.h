// Speaker phrases and speaker resolution: reads the words around a cue as a
// person (name, title, organisation), a pronoun, a description or a group,
// and resolves each to one entity per article.
#ifndef QUOTES_SPEAKERS_SPEAKERS_H_
#define QUOTES_SPEAKERS_SPEAKERS_H_

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/container/inlined_vector.h"
#include "absl/strings/string_view.h"
#include "proto/lexicon.pb.h"
#include "proto/quotes.pb.h"
#include "quotes/text/text_span.h"
#include "quotes/text/tokens.h"

namespace quotes {
namespace internal {

// What one phrase says about who speaks.
struct SpeakerPhrase {
  v1::MentionForm form = v1::MENTION_FORM_UNSPECIFIED;
  TextSpan span;      // the whole phrase, title and appositive included
  std::string name;   // person name, honorifics dropped; or the group's name
  std::string title;
  std::string organization;
  v1::Gender gender = v1::GENDER_UNSPECIFIED;
  // Named inside quotation marks (a title, someone a speaker mentions): no
  // antecedent for a pronoun outside them.
  bool quoted = false;
  // A description's capitalised modifiers and organisation, lower-cased
  // ("the Federal Reserve head": "federal", "reserve"): the person it refers
  // to has each in their title or organisation.
  std::vector<std::string> qualifiers;
  bool empty() const { return form == v1::MENTION_FORM_UNSPECIFIED; }
};

// Immutable word knowledge built from a Lexicon. Thread-safe.
class NameModel {
 public:
  // `cue_forms` are the speech cues ("said", "according to"): their first
  // runs of ASCII word characters are a word class too (MayStartCue).
  explicit NameModel(const v1::Lexicon& lexicon,
                     const std::vector<std::string>& cue_forms = {});

  // The phrase that ends right before token `end` of `tokens` (the cue),
  // skipping adverbs such as "also". Reads "X, a Y," appositives. With
  // `first_of_pair`, "A and B said" gives A, else B.
  SpeakerPhrase ParseBefore(absl::string_view text,
                            const std::vector<Token>& tokens, int end,
                            bool first_of_pair = true) const;
  // "the Ministry of Finance", "the Reserve Bank of Australia": whether an
  // organisation word followed by "of" stands in tokens [begin, end).
  bool NamesBodyOf(const std::vector<Token>& tokens, int begin, int end) const;
  // When tokens[j], a lower-case agent noun, heads the object of a title's
  // or group's "of", "for" or "at" ("the chief executive of a leading
  // European car maker", "critics of the takeover"): the index of the title
  // or group word; else -1.
  int TitleOfObject(const std::vector<Token>& tokens, int j) const;
  // "a source familiar with the matter", "people close to the talks": an
  // unnamed source ending right before token `end`, or an empty phrase.
  SpeakerPhrase ParseAnonymousSource(absl::string_view text,
                                     const std::vector<Token>& tokens,
                                     int end) const;
  // The phrase that starts at token `begin` (right after a cue), with a
  // following appositive (", a Polish political analyst,").
  SpeakerPhrase ParseAfter(absl::string_view text,
                           const std::vector<Token>& tokens, int begin,
                           int* next) const;
  // Person names with their titles anywhere in `range`: "President Ilham
  // Aliyev", "Salim M. AlMalik, Director-General of ... (ICESCO)".
  void FindPersons(absl::string_view text, const std::vector<Token>& tokens,
                   std::vector<SpeakerPhrase>* out) const;
  // Organisations and groups that open a sentence as its subject ("The firm
  // insisted ...", "BA reported ..."): antecedents for a later "it"/"they".
  void FindGroups(absl::string_view text, const std::vector<Token>& tokens,
                  std::vector<SpeakerPhrase>* out) const;

  // Sets Token::lex on every word of `tokens`: one word-list lookup per word,
  // so that the predicates below are bit tests. Call it on every token
  // vector before handing it to the methods above.
  void Annotate(std::vector<Token>* tokens) const;
  // Tokenize(text, range) and Annotate in one: the words are looked up by
  // the tokenizer, which has their bytes in hand.
  std::vector<Token> Tokenize(absl::string_view text, TextSpan range) const;

  // Whether a cue form may start at this word (an annotated token of ASCII
  // letters) or at this run of ASCII word characters, in any case. The
  // first is inline: the attributor asks it of every word.
  bool MayStartCue(const Token& t) const { return (t.lex & kCueStartClass) != 0; }
  bool MayStartCue(absl::string_view run) const;
  // The bit of Token::lex that MayStartCue tests (WordClass kCueStart in
  // speakers.cc).
  static constexpr uint16_t kCueStartClass = 1 << 10;

  bool IsTitleWord(const Token& t) const;
  bool IsNameToken(const Token& t) const;
  bool IsCueAdverb(const Token& t) const;
  // A capitalised weekday or month ("Thursday", "Sept."): "said Thursday".
  bool IsDateWord(const Token& t) const;
  bool IsGroupNoun(const Token& t) const;
  // A word that ends an organisation's name: "Group", "Bank", "Ministry".
  bool IsOrganizationWord(const Token& t) const;
  // A capitalised word that may name a company when it opens a sentence:
  // not a plural, an adverb, a participle, a title or a first name.
  bool LooksLikeCompanySubject(const Token& t) const;

 private:
  // ParseAnonymousSource's words: the source's first token and its name's
  // (after the determiners), or begin -1 for none.
  struct SourceWords {
    int begin = -1;
    int name_begin = -1;
  };
  SourceWords AnonymousSourceAt(const std::vector<Token>& tokens, int end) const;
  SpeakerPhrase SourcePhrase(absl::string_view text, const std::vector<Token>& tokens,
                             SourceWords source, int end) const;
  SpeakerPhrase Classify(absl::string_view text, const std::vector<Token>& tokens,
                         int begin, int end) const;
  // Classify, into `p` as it is default-constructed: a parser that returns
  // one phrase from all its paths builds it in place (GCC then builds that
  // phrase in the caller's object) instead of moving a classified one out.
  void ClassifyInto(absl::string_view text, const std::vector<Token>& tokens,
                    int begin, int end, SpeakerPhrase* p) const;
  // ParseBefore's reading of the phrase whose last word is token `last`,
  // once the adverbs, asides and brackets before the cue are crossed.
  SpeakerPhrase ParsePhraseEndingAt(absl::string_view text,
                                    const std::vector<Token>& tokens, int last,
                                    bool first_of_pair) const;
  // The name before an appositive that ends at token `comma`; with
  // `second_appositive`, also the name before two of them.
  SpeakerPhrase ParseAppositiveBefore(absl::string_view text,
                                      const std::vector<Token>& tokens,
                                      int comma,
                                      bool second_appositive = true) const;
  void SplitTitle(absl::string_view text, const std::vector<Token>& tokens,
                  int begin, int end, SpeakerPhrase* p) const;
  // Whether tokens[begin, end) read as a role: title words with a few
  // modifiers, then perhaps "of"/"for"/"at" and the organisation.
  bool RoleAppositive(const std::vector<Token>& tokens, int begin, int end) const;

  // What Annotate adds to the words' classes: article-prefixed names
  // capitalised, and kNameToken.
  void MarkNameShapes(std::vector<Token>* tokens) const;
  // The classes of a word already without its final stop (0 for none).
  uint16_t ClassesOf(absl::string_view key) const;
  bool IsParticle(const Token& t) const;
  // A title that is also a surname ("King", "Dean"), capitalised.
  bool IsSurnameTitle(const Token& t) const;
  // Whether tokens[i] is such a title closing a name that starts at or
  // after `begin`: after an honorific or a first name, before no name.
  bool SurnameTitleAt(const std::vector<Token>& tokens, int begin, int i) const;
  // SurnameTitleAt's reading of the words around tokens[i], a surname title
  // with a word of the name before it.
  bool SurnameTitleClosesName(const std::vector<Token>& tokens, int i) const;
  bool IsHonorific(const Token& t) const;  // with or without its stop
  // Whether the word, as written, is a not-name, organisation or weekday
  // word of the lexicon (in written_).
  bool InNotNames(const Token& t) const;
  bool InOrgWords(const Token& t) const;
  bool InWeekdays(const Token& t) const;

  // Word without one final full stop, in any case -> its classes (the
  // WordClass bits of speakers.cc): the word lists of the lexicon merged into
  // one table, looked up once per token by Annotate.
  WordClassTable classes_;
  // Word as written -> the lists it is in (the WrittenList bits of
  // speakers.cc): the not-name words, the first names with the gender they
  // tell, the organisation words, the speech nouns ("statement",
  // "interview") and the weekdays' forms, each read byte for byte.
  ExactWordClassTable written_;
  // Whether `w`, as written, is in the lists of `lists`.
  bool InWritten(absl::string_view w, uint16_t lists) const;
  // The gender a first name tells, GENDER_UNSPECIFIED for a word that is
  // none.
  v1::Gender FirstNameGender(absl::string_view w) const;
  bool IsFirstName(absl::string_view w) const;
};

// Where an entity is named, and how: the record's Mention without its text,
// which the span gives (plain data: an article's mentions cost no protobuf
// message, heap-allocated span or copied string each).
struct EntityMention {
  TextSpan span;
  v1::MentionForm form = v1::MENTION_FORM_UNSPECIFIED;
};

// One speaker entity of an article.
struct Entity {
  std::string name;
  std::vector<std::string> tokens;  // name words
  std::string title;
  std::string organization;
  v1::Gender gender = v1::GENDER_UNSPECIFIED;
  v1::SpeakerType type = v1::PERSON;
  std::vector<EntityMention> mentions;
  // Of an entity named only by a description: its qualifiers, which a later
  // description must share to refer to it.
  std::vector<std::string> qualifiers;
  size_t last_position = 0;  // byte offset of the latest mention
  bool spoke = false;
};

// A lower-case word that reads as a verb after a subject: "has", "saw",
// "reported", "plans". A guess from a short list and the "-ed" ending:
// "-s" alone would take plural nouns too ("DRM systems", "Gadget lovers").
bool LooksLikeFiniteVerb(const Token& t);

// The organisation a title names at its end, moved out of it when
// `organization` is empty: "Director-General of the Nordic Trade Council
// (NTC)" gives the acronym NTC, "chief economist at RBC Capital Markets"
// gives "RBC Capital Markets" and the title "chief economist".
void SplitOrganizationFromTitle(std::string* title, std::string* organization);

// Resolves phrases to entities, in text order. Not thread-safe: one per
// article.
class EntityRegistry {
 public:
  // Persons named anywhere in the article, in text order, for surnames and
  // descriptions. Not copied: each must stay alive and unchanged while the
  // registry resolves.
  void AddKnownPersons(const std::vector<SpeakerPhrase*>& persons);
  // Appends to `groups`, in text order after those it appended before, the
  // groups that open sentences before byte `position` (and perhaps some
  // after it). A one-word subject that may be a surname comes as a SURNAME,
  // for "it" alone.
  using GroupSource =
      std::function<void(size_t position, std::vector<SpeakerPhrase>* groups)>;
  // Asked each time a pronoun or a description needs the groups named
  // before it: the text after the last such speaker is never searched.
  void SetGroupSource(GroupSource source) { group_source_ = std::move(source); }
  // Returns the entity index for `p` at byte `position`, or -1 when the phrase
  // cannot be resolved (a pronoun with no antecedent).
  int Resolve(const SpeakerPhrase& p, absl::string_view text, size_t position);
  // Marks that `index` spoke at `position` (antecedent for later pronouns).
  void NoteSpeech(int index, size_t position);
  const std::vector<Entity>& entities() const { return entities_; }
  Entity& entity(int i) { return entities_[i]; }

 private:
  // A name's words (without a closing suffix) and its surname's key,
  // worked out once for all the lookups of the name and its entity.
  struct NameParts;
  int FindByName(const SpeakerPhrase& p) const;
  int FindByName(const NameParts& name) const;
  // The entity of a full name or surname at `position`, created when new.
  int ResolveName(const SpeakerPhrase& p, absl::string_view text,
                  size_t position);
  int EntityForKnown(const SpeakerPhrase& known, absl::string_view text);
  // "The company said", "the ministry added": the organisation named last
  // before `position` that the description fits, or -1.
  int ResolveGroupDescription(const SpeakerPhrase& p, absl::string_view text,
                              size_t position);
  // The first of the groups that open sentences at or after `position`
  // (those before it found from the group source first).
  std::vector<SpeakerPhrase>::const_iterator GroupsBefore(size_t position);
  // Whether a mention of `e` so far was the surname alone.
  static bool CalledBySurname(const Entity& e);
  // Whether the article names two people with surname `last_key` and
  // different first names ("John Smith", "Mary Smith").
  bool AmbiguousSurname(const std::string& last_key) const;
  // `name`: the parts of p.name, when the caller has them.
  int Create(const SpeakerPhrase& p, const NameParts* name = nullptr);
  // Whether a person whose last name is `name` is known or has spoken.
  bool IsKnownPersonName(absl::string_view name) const;
  // [begin, end) of known_ named before `position`, at most `window` bytes
  // before it, and at most a bounded number of them.
  std::pair<int, int> KnownBefore(size_t position, size_t window) const;

  std::vector<Entity> entities_;
  // The one person named in known_[0, before_end), never with a title, whom
  // a definite single-holder office `p` ("the Prime Minister") may name.
  const SpeakerPhrase* SoleUntitledHolder(const SpeakerPhrase& p,
                                          const std::vector<std::string>& words,
                                          absl::string_view text,
                                          int before_end) const;

  std::vector<const SpeakerPhrase*> known_;  // in text order
  std::vector<SpeakerPhrase> known_groups_;  // in text order
  GroupSource group_source_;
  // Lower-case last name word -> indexes into known_ / entities_ (persons).
  // Most surnames are one person's: their indexes are kept inline.
  using Indexes = absl::InlinedVector<int, 2>;
  absl::flat_hash_map<std::string, Indexes> known_by_last_;
  absl::flat_hash_map<std::string, Indexes> entities_by_last_;
  // Normalised group name -> index into entities_.
  absl::flat_hash_map<std::string, int> groups_by_key_;
  int last_speaker_ = -1;
};

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_SPEAKERS_SPEAKERS_H_
