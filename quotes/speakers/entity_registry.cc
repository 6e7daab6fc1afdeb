// The entity registry: an article's entities filed by surname and group
// name, the persons it names, and the dispatch of each phrase to its
// resolution by form.
#include "quotes/speakers/entity_registry.h"

#include <algorithm>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"
#include "quotes/speakers/name_keys.h"
#include "quotes/speakers/name_model.h"
#include "quotes/speakers/word_shapes.h"

namespace quotes {
namespace internal {

EntityRegistry::EntityRegistry() : words_(&SpeakerWords::BuiltIn()) {}

EntityRegistry::EntityRegistry(const NameModel& names) : words_(&names.words()) {}

void EntityRegistry::AddKnownPersons(const std::vector<SpeakerPhrase*>& persons) {
  // Room for all at once: the table and the list do not grow through 1, 3,
  // 7, ... entries, moving all they hold each time.
  known_.reserve(known_.size() + persons.size());
  known_by_last_.reserve(known_by_last_.size() + persons.size());
  for (const SpeakerPhrase* p : persons) {
    const absl::string_view last = LastNameWord(*words_, p->name);
    if (!last.empty()) {
      known_by_last_[LastKey(last)].push_back(static_cast<int>(known_.size()));
    }
    known_.push_back(p);
  }
}

void EntityRegistry::AddPossessiveNames(const std::vector<SpeakerPhrase>& names) {
  for (const SpeakerPhrase& p : names) {
    const absl::string_view last = LastNameWord(*words_, p.name);
    if (!last.empty()) possessive_by_last_[LastKey(last)].push_back(&p);
  }
}

std::pair<int, int> EntityRegistry::KnownBefore(size_t position,
                                                size_t window) const {
  const int end = static_cast<int>(
      std::lower_bound(known_.begin(), known_.end(), position,
                       [](const SpeakerPhrase* k, size_t pos) {
                         return k->span.begin < pos;
                       }) -
      known_.begin());
  int begin = end;
  while (begin > 0 && position - known_[begin - 1]->span.begin < window &&
         end - begin < kMaxCandidates) {
    --begin;
  }
  return {begin, end};
}

bool EntityRegistry::AmbiguousSurname(const std::string& last_key) const {
  auto found = known_by_last_.find(last_key);
  if (found == known_by_last_.end()) return false;
  char first = 0;
  for (int ki : found->second) {
    const NameWordList words = NameWords(*words_, known_[ki]->name);
    if (words.size() < 2 || words.front().empty()) continue;
    const char c = absl::ascii_tolower(static_cast<unsigned char>(words.front()[0]));
    if (first != 0 && c != first) return true;
    first = c;
  }
  return false;
}

bool EntityRegistry::CalledBySurname(const Entity& e) {
  for (const EntityMention& m : e.mentions) {
    if (m.form == v1::SURNAME) return true;
  }
  return false;
}

int EntityRegistry::FindByName(const SpeakerPhrase& p) const {
  return FindByName(NameParts(p.name, *words_));
}

int EntityRegistry::FindByName(const NameParts& name, v1::Gender gender, bool bare) const {
  const NameWordList& words = name.words;
  if (words.empty()) return -1;
  const std::string& key = name.last_key;
  auto found = entities_by_last_.find(key);
  if (found == entities_by_last_.end()) return -1;
  const Indexes& candidates = found->second;
  int best = -1;
  int ambiguous = -1;  // AmbiguousSurname(key), when first needed
  for (auto it = candidates.rbegin(); it != candidates.rend(); ++it) {
    const int i = *it;
    const Entity& e = entities_[i];
    if (e.type != v1::PERSON) continue;
    if (!SameLast(e.tokens, words)) continue;
    if (words.size() >= 2 && e.tokens.size() >= 2 &&
        FirstLetter(words.front()) != FirstLetter(e.tokens.front()) &&
        !EndsName(e.tokens, words) && !EndsName(words, e.tokens)) {
      continue;  // Two people with one surname.
    }
    // "Smith said" before "John Smith" and "Mary Smith" are named: the
    // surname alone may be either, and neither full name takes it.
    if (words.size() >= 2 && e.tokens.size() == 1) {
      if (ambiguous < 0) ambiguous = AmbiguousSurname(key) ? 1 : 0;
      if (ambiguous == 1) continue;
    }
    if (words.size() >= 2) return i;
    // A surname alone: the person with it mentioned most recently, of the
    // phrase's gender, and not one called "Mrs. Trump" for a bare "Trump".
    if (!Compatible(e.gender, gender)) continue;
    const bool fits = !(bare && e.honorific_surname);
    const bool best_fits = best >= 0 && !(bare && entities_[best].honorific_surname);
    if (best < 0 || (fits && !best_fits) ||
        (fits == best_fits && e.last_position > entities_[best].last_position)) {
      best = i;
    }
  }
  return best;
}

bool EntityRegistry::IsKnownPersonName(absl::string_view name) const {
  const std::string key = LastKey(name);
  if (known_by_last_.contains(key)) return true;
  auto it = entities_by_last_.find(key);
  return it != entities_by_last_.end() && !it->second.empty();
}

int EntityRegistry::Create(const SpeakerPhrase& p, const NameParts* name) {
  // An article has a few speakers: room for several at the first, not a
  // regrowth (which moves every entity, its strings and mentions) at the
  // second, third and fifth. The entity is built in its place; so is the
  // table that files it, at its first entry.
  constexpr size_t kFewEntities = 8;
  if (entities_.empty()) entities_.reserve(kFewEntities);
  const int index = static_cast<int>(entities_.size());
  Entity& e = entities_.emplace_back();
  e.name = p.name;
  if (name != nullptr) {
    e.tokens = std::vector<std::string>(name->words.begin(), name->words.end());
  } else {
    e.tokens = NameTokens(*words_, p.name);
  }
  e.title = p.title;
  e.organization = p.organization;
  e.gender = p.gender;
  if (p.form == v1::DESCRIPTION) e.qualifiers = p.qualifiers;
  e.type = p.form == v1::ORGANIZATION ? v1::GROUP : v1::PERSON;
  if (e.type == v1::GROUP) {
    if (groups_by_key_.empty()) groups_by_key_.reserve(kFewEntities);
    groups_by_key_[NormalizeGroup(e.name)] = index;
  } else if (!e.tokens.empty()) {
    if (entities_by_last_.empty()) entities_by_last_.reserve(kFewEntities);
    entities_by_last_[name != nullptr ? name->last_key : LastKey(e.tokens.back())]
        .push_back(index);
  }
  return index;
}

int EntityRegistry::EntityForKnown(const SpeakerPhrase& known,
                                   absl::string_view text) {
  if (known.form == v1::SURNAME) {
    return ResolveName(known, text, known.span.begin);
  }
  const int idx = FindByName(known);
  return idx >= 0 ? idx : Create(known);
}

std::vector<SpeakerPhrase>::const_iterator EntityRegistry::GroupsBefore(size_t position) {
  if (group_source_) group_source_(position, &known_groups_);
  return std::lower_bound(
      known_groups_.cbegin(), known_groups_.cend(), position,
      [](const SpeakerPhrase& g, size_t pos) { return g.span.begin < pos; });
}

int EntityRegistry::Resolve(const SpeakerPhrase& p, absl::string_view text,
                            size_t position) {
  int idx = -1;
  switch (p.form) {
    case v1::FULL:
    case v1::SURNAME:
      idx = ResolveName(p, text, position);
      break;
    case v1::PRONOUN:
      idx = ResolvePronoun(p, text, position);
      break;
    case v1::DESCRIPTION:
      idx = ResolveDescription(p, text, position);
      break;
    case v1::ORGANIZATION: {
      if (IsSpeakingDocument(p, text)) {
        idx = ResolveDocument(p, text);
        break;
      }
      idx = NamedSpokesperson(p, text, position);
      if (idx >= 0) break;
      idx = ResolveGroupDescription(p, text, position);
      if (idx >= 0) break;
      auto found = groups_by_key_.find(NormalizeGroup(p.name));
      idx = found != groups_by_key_.end() ? found->second : Create(p);
      break;
    }
    default:
      break;
  }
  if (idx >= 0) {
    entities_[idx].mentions.push_back({p.span, p.form});
    entities_[idx].last_position = position;
  }
  return idx;
}

int EntityRegistry::NamedSpokesperson(const SpeakerPhrase& p, absl::string_view text,
                                      size_t position) {
  // "A spokeswoman for the ministry, Emily Jones, said ... the spokeswoman
  // said": "the" and one noun of a person who speaks for a group, and a
  // person named with that noun in the title.
  if (p.name.find(' ') != std::string::npos ||
      !absl::StartsWithIgnoreCase(text.substr(std::min(p.span.begin, text.size())), "the ")) {
    return -1;
  }
  const std::string head = LowerAscii(p.name);
  // "a source at the station ... the source said": a source is unnamed.
  if (words_->anonymous_source_nouns.Contains(head)) return -1;
  if (!words_->spokesperson_nouns.Contains(head) &&
      !words_->male_spokesperson_nouns.Contains(head) &&
      !words_->female_spokesperson_nouns.Contains(head)) {
    return -1;
  }
  return HolderOfTitle(p, {head}, head, text, position);
}

void EntityRegistry::NoteSpeech(int index, size_t position) {
  if (index < 0) return;
  entities_[index].spoke = true;
  entities_[index].last_position = position;
  last_speaker_ = index;
}

}  // namespace internal
}  // namespace quotes
