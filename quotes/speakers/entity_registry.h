// The people and bodies an article names, and the resolution of each
// speaker phrase to one of them: a full name, a surname, a pronoun, a
// description or a group.
#ifndef QUOTES_SPEAKERS_ENTITY_REGISTRY_H_
#define QUOTES_SPEAKERS_ENTITY_REGISTRY_H_

#include <cstddef>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/inlined_vector.h"
#include "absl/strings/string_view.h"
#include "proto/quotes.pb.h"
#include "quotes/speakers/speaker_phrase.h"
#include "quotes/text/text_span.h"

namespace quotes {
namespace internal {

class NameModel;
struct SpeakerWords;

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
  // Called by an honorific and the surname ("Mrs. Trump") at least once.
  bool honorific_surname = false;
  bool spoke = false;
};

// The organisation a title names at its end, moved out of it when
// `organization` is empty: "Director-General of the Nordic Trade Council
// (NTC)" gives the acronym NTC, "chief economist at RBC Capital Markets"
// gives "RBC Capital Markets" and the title "chief economist".
void SplitOrganizationFromTitle(std::string* title, std::string* organization);

// Resolves phrases to entities, in text order. Not thread-safe: one per
// article.
class EntityRegistry {
 public:
  // Resolves by the built-in lexicon's words (SpeakerWords::BuiltIn()).
  EntityRegistry();
  // Resolves by the words of the lexicon `names` was built from; `names`
  // must outlive the registry.
  explicit EntityRegistry(const NameModel& names);

  // Persons named anywhere in the article, in text order, for surnames and
  // descriptions. Not copied: each must stay alive and unchanged while the
  // registry resolves.
  void AddKnownPersons(const std::vector<SpeakerPhrase*>& persons);
  // Full names seen only as owners ("Damon Green’s office"), in text order:
  // what a surname alone names when no person the article names in full
  // bears it. Kept alive and unchanged like the known persons.
  void AddPossessiveNames(const std::vector<SpeakerPhrase>& names);
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
  // A bare surname whose person `idx` is called by honorific and surname:
  // the other person named in full with it before `position`, else `idx`.
  int NotTheHonorificOne(const SpeakerPhrase& p, const NameParts& name, int idx,
                         size_t position);
  // For a surname alone, `gender` (the phrase's) rules out people of the
  // other, and a surname without an honorific (`bare`) goes to someone the
  // article has not called by honorific and surname when there is one:
  // "Melania Trump ... Mrs. Trump said ... Trump said" is Donald Trump.
  int FindByName(const NameParts& name, v1::Gender gender = v1::GENDER_UNSPECIFIED,
                 bool bare = false) const;
  // The entity of a full name or surname at `position`, created when new.
  int ResolveName(const SpeakerPhrase& p, absl::string_view text,
                  size_t position);
  // ResolveName's steps. "John Smith said ... Mary Smith arrived ... Smith
  // said": the entity of the full name named last with the surname of
  // entity `idx`, when it is someone else; else `idx`.
  int SurnameOfLatestFullName(const SpeakerPhrase& p, const NameParts& name, int idx,
                              size_t position);
  // The entity of a name no entity has yet: the person the article names in
  // full, by surname or first name, or a new one. `plain`: the name opens
  // with a plain honorific ("Mr Blair", no "Sir Ian Blair").
  int CreateForName(const SpeakerPhrase& p, absl::string_view text, size_t position,
                    const NameParts& name, bool plain);
  // The person named in full whose name ends with `name` (a surname alone:
  // one named before, or only one named after), or whose family name
  // written first it is ("Mao Ning ... Mao said"); null for none.
  const SpeakerPhrase* KnownFullName(const SpeakerPhrase& p, absl::string_view text,
                                     size_t position, const NameParts& name,
                                     bool plain) const;
  // The one person named before with the first name `first`, when a
  // knight's honorific opens `p` or two people share that person's surname.
  const SpeakerPhrase* KnownByFirstName(const SpeakerPhrase& p, absl::string_view text,
                                        size_t position, absl::string_view first) const;
  // A person the article names (`known`): a surname alone resolves as it
  // would before a cue ("Mr. Chidambaram" is the "Palaniappan Chidambaram"
  // named before), a full name to its entity.
  int EntityForKnown(const SpeakerPhrase& known, absl::string_view text);
  // "he", "she", "they", "it": the entity a pronoun at `position` stands
  // for, or -1 ("I", "we", or no antecedent).
  int ResolvePronoun(const SpeakerPhrase& p, absl::string_view text,
                     size_t position);
  // "it", "they", "them": a group that spoke or opened a sentence, or a
  // one-word subject that a later "it" shows to be an organisation.
  int ResolveGroupPronoun(const SpeakerPhrase& p, absl::string_view lower,
                          absl::string_view text, size_t position);
  // "he", "she": the person named or speaking last before `position`.
  int ResolvePersonPronoun(const SpeakerPhrase& p, absl::string_view text,
                           size_t position);
  // "the minister", "the 54-year-old", "the Spaniard": the person a
  // description fits, created when none does.
  // "the spokeswoman" as the person named with that title, when there is
  // one; else -1 (and the phrase is a group's).
  int NamedSpokesperson(const SpeakerPhrase& p, absl::string_view text, size_t position);
  // "the statement", "the report" (lexicon speaking_documents after "the"):
  // resolved by ResolveDocument, never a group of its own.
  bool IsSpeakingDocument(const SpeakerPhrase& p, absl::string_view text) const;
  // The issuer of the document mentioned last before `p`: a speaker or a
  // person of the sentence that mentions it, or the body named with it;
  // -1 when the article names none.
  int ResolveDocument(const SpeakerPhrase& p, absl::string_view text);
  // The issuer of the document whose `size` bytes begin at byte `at`, or -1.
  int IssuerAt(absl::string_view text, size_t at, size_t size);
  // The person who spoke and whose surname the text holds last within
  // kMaxPronounDistance before the pronoun `p`, of its gender; or -1.
  int SpeakerNamedBefore(const SpeakerPhrase& p, absl::string_view text, size_t position) const;
  int ResolveDescription(const SpeakerPhrase& p, absl::string_view text,
                         size_t position);
  // The head word of a description's lower-case `words`, or the whole
  // office when they end in an office of several words ("chief minister"
  // is no "minister").
  std::string DescriptionHead(const std::vector<std::string>& words) const;
  // "the 54-year-old said": the person whose age `age` was given, else the
  // latest person named close before or who spoke since; -1 for none.
  int ResolveAgeNoun(absl::string_view text, size_t position, absl::string_view age);
  // Whether a person of `title` and `org` fits the description `p` with
  // its `head` and lower-cased name: the title holds the head and no
  // other rank, and the title or organisation each of its qualifiers.
  // A lower-case title with each abbreviation followed by the offices it
  // stands for (lexicon office_abbreviations): "indiana gov. governor".
  std::string ExpandTitleAbbreviations(std::string title) const;
  bool DescriptionFits(const SpeakerPhrase& p, absl::string_view head,
                       absl::string_view lower_name, const std::string& title,
                       const std::string& org) const;
  // The entity whose title fits the description `p` (lower-case `words`,
  // its `head`), or the person named before or after with such a title, or
  // the sole untitled holder of a single-holder office; -1 for none.
  int HolderOfTitle(const SpeakerPhrase& p, const std::vector<std::string>& words,
                    absl::string_view head, absl::string_view text, size_t position);
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

  const SpeakerWords* words_;
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
  // Lower-case last name word -> the possessive names that end in it.
  absl::flat_hash_map<std::string, std::vector<const SpeakerPhrase*>> possessive_by_last_;
  // Normalised group name -> index into entities_.
  absl::flat_hash_map<std::string, int> groups_by_key_;
  int last_speaker_ = -1;
};

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_SPEAKERS_ENTITY_REGISTRY_H_
