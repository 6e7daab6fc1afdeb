// Full names and surnames resolved to people: a surname to the person named
// in full, a knight's first name, two people of one surname, a family name
// written first.
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
#include "quotes/speakers/word_shapes.h"

namespace quotes {
namespace internal {

namespace {

// Whether one of the first words at `begin` is an honorific of a knight or
// a peer ("Sir Ian Blair", "Dame Judi Dench", "Lord Holme"), or a plain one
// ("Mr Blair", "But Mr Blair"): Sir Ian Blair is "Sir Ian", never "Mr
// Blair".
bool HasHonorificAmong(absl::string_view text, size_t begin, const WordSet& honorifics) {
  size_t pos = std::min(begin, text.size());
  for (int seen = 0; seen < 3 && pos < text.size(); ++seen) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    size_t end = pos;
    while (end < text.size() && end - pos < 12 && text[end] != ' ') ++end;
    const absl::string_view w = text.substr(pos, end - pos);
    if (honorifics.Contains(w)) return true;
    pos = end;
  }
  return false;
}

}  // namespace

// A full name or a surname: the person it names, created when new.
int EntityRegistry::ResolveName(const SpeakerPhrase& p, absl::string_view text,
                                size_t position) {
  const NameParts name(p.name, *words_);
  // "Sir Ian Blair said ... But Mr Blair insisted": another Blair.
  const bool plain =
      p.form == v1::SURNAME && HasHonorificAmong(text, p.span.begin, words_->plain_honorifics);
  int idx = FindByName(name, p.gender, p.form == v1::SURNAME && !plain);
  if (idx >= 0 && plain) {
    for (const EntityMention& m : entities_[idx].mentions) {
      if (HasHonorificAmong(text, m.span.begin, words_->peerage_honorifics)) {
        idx = -1;
        break;
      }
    }
  }
  bool other_one = false;
  if (idx >= 0 && p.form == v1::SURNAME && !plain && entities_[idx].honorific_surname) {
    const int other = NotTheHonorificOne(p, name, idx, position);
    other_one = other != idx;
    idx = other;
  }
  if (idx >= 0 && !other_one && p.form == v1::SURNAME && entities_[idx].tokens.size() >= 2) {
    idx = SurnameOfLatestFullName(p, name, idx, position);
  }
  if (idx < 0) {
    idx = CreateForName(p, text, position, name, plain);
    if (plain) entities_[idx].honorific_surname = true;
    return idx;
  }
  Entity& e = entities_[idx];
  if (plain) e.honorific_surname = true;
  if (p.name.size() > e.name.size()) {
    e.name = p.name;
    e.tokens = NameTokens(*words_, p.name);
  }
  if (e.title.empty()) e.title = p.title;
  if (e.organization.empty()) e.organization = p.organization;
  if (e.gender == v1::GENDER_UNSPECIFIED) e.gender = p.gender;
  return idx;
}

int EntityRegistry::NotTheHonorificOne(const SpeakerPhrase& p, const NameParts& name,
                                       int idx, size_t position) {
  // "Donald Trump ... his wife, Melania Trump ... Mrs. Trump said ... Trump
  // said": the other person named in full with the surname, the latest
  // named before, when the one found is called by honorific and surname.
  auto found = known_by_last_.find(name.last_key);
  if (found == known_by_last_.end()) return idx;
  const Entity& e = entities_[idx];
  const SpeakerPhrase* other = nullptr;
  for (int ki : found->second) {
    const SpeakerPhrase& k = *known_[ki];
    if (k.span.begin >= position) break;
    if (k.form != v1::FULL || k.quoted || !Compatible(k.gender, p.gender)) continue;
    const NameWordList kw = NameWords(*words_, k.name);
    if (kw.size() < 2 || e.tokens.empty() || FirstLetter(kw.front()) == FirstLetter(e.tokens.front())) {
      continue;
    }
    other = &k;
  }
  if (other == nullptr) return idx;
  const int named = FindByName(*other);
  return named >= 0 && named != idx ? named : Create(*other);
}

int EntityRegistry::SurnameOfLatestFullName(const SpeakerPhrase& p, const NameParts& name,
                                            int idx, size_t position) {
  // "John Smith said ... Mary Smith arrived ... Smith said": the full
  // name named last, when it is someone else. (FindByName found the
  // entity by the key of the surname they share.)
  auto found = known_by_last_.find(name.last_key);
  const SpeakerPhrase* latest = nullptr;
  if (found != known_by_last_.end()) {
    for (int ki : found->second) {
      const SpeakerPhrase& k = *known_[ki];
      if (k.span.begin >= position) break;
      if (k.name.size() > p.name.size() && Compatible(k.gender, p.gender)) {
        latest = &k;
      }
    }
  }
  // Once the article calls someone by the surname alone, the surname
  // stays theirs: "Cruz said ... his wife, Heidi Cruz ... Cruz said".
  if (latest != nullptr && latest->span.begin > entities_[idx].last_position &&
      !CalledBySurname(entities_[idx])) {
    const NameWordList lw = NameWords(*words_, latest->name);
    const Entity& e = entities_[idx];
    if (lw.size() >= 2 && FirstLetter(lw.front()) != FirstLetter(e.tokens.front()) &&
        !EndsName(e.tokens, lw) && !EndsName(lw, e.tokens)) {
      idx = FindByName(*latest);
      if (idx < 0) {
        SpeakerPhrase merged = *latest;
        if (merged.gender == v1::GENDER_UNSPECIFIED) merged.gender = p.gender;
        idx = Create(merged);
      }
    }
  }
  return idx;
}

int EntityRegistry::CreateForName(const SpeakerPhrase& p, absl::string_view text,
                                  size_t position, const NameParts& name, bool plain) {
  // A surname alone: the person named in full elsewhere in the article.
  const NameWordList& words = name.words;
  const SpeakerPhrase* best = KnownFullName(p, text, position, name, plain);
  // "Sir John Bourn ... Sir John said", "Serena Williams ... Venus
  // Williams ... Serena added": a knight's first name, or a first name
  // where two people share a surname, names the one person named before
  // who bears it. Any other first name alone may be someone else's
  // ("Paul Hale ... Paul said" is no Paul Hale).
  bool by_first_name = false;
  if (best == nullptr && words.size() == 1) {
    best = KnownByFirstName(p, text, position, words.front());
    by_first_name = best != nullptr;
  }
  if (best == nullptr) return Create(p, &name);
  SpeakerPhrase merged = *best;
  if (merged.title.empty()) merged.title = p.title;
  if (merged.organization.empty()) merged.organization = p.organization;
  if (merged.gender == v1::GENDER_UNSPECIFIED) merged.gender = p.gender;
  const int idx = by_first_name ? FindByName(merged) : -1;
  return idx >= 0 ? idx : Create(merged);
}

const SpeakerPhrase* EntityRegistry::KnownFullName(const SpeakerPhrase& p,
                                                   absl::string_view text, size_t position,
                                                   const NameParts& name, bool plain) const {
  const NameWordList& words = name.words;
  const SpeakerPhrase* best = nullptr;
  auto found = words.empty() ? known_by_last_.end() : known_by_last_.find(name.last_key);
  if (found != known_by_last_.end()) {
    for (int ki : found->second) {
      const SpeakerPhrase& k = *known_[ki];
      if (k.name.size() <= p.name.size()) continue;
      if (!Compatible(k.gender, p.gender)) continue;
      // "... than working Crooked Hillary Clinton.”": a name inside
      // someone's words may be a nickname.
      if (k.quoted) continue;
      if (plain && HasHonorificAmong(text, k.span.begin, words_->peerage_honorifics)) continue;
      // "Larry King" is no part of "Martin Luther King".
      if (words.size() >= 2 && !EndsName(NameWords(*words_, k.name), words)) continue;
      // "President Obama" is not the "Michelle Obama" named only
      // later without that title.
      if (!p.title.empty() && k.span.begin > position &&
          absl::StartsWith(text.substr(p.span.begin), p.title) &&
          TitleFit(p.title, k.title) <= 0) {
        continue;
      }
      if (best == nullptr || k.span.begin < position) best = &k;
    }
  }
  // Named in full only later, as two people ("John Smith", "Mary
  // Smith"): the surname stays unresolved rather than guessed.
  if (best != nullptr && best->span.begin > position && words.size() == 1 &&
      AmbiguousSurname(name.last_key)) {
    best = nullptr;
  }
  // "Damon Green’s office ... Green said": a name seen only as an owner,
  // when it is one name wherever it is seen.
  if (best == nullptr && words.size() == 1 && !possessive_by_last_.empty()) {
    auto owners = possessive_by_last_.find(name.last_key);
    if (owners != possessive_by_last_.end()) {
      for (const SpeakerPhrase* k : owners->second) {
        if (best != nullptr && best->name != k->name) {
          best = nullptr;
          break;
        }
        best = k;
      }
    }
  }
  // "Mao Ning said ... Mao said": a family name written first (Chinese,
  // Korean, Vietnamese names in agency copy). Only one such person named
  // before, and no known first name ("Jordan Peterson" is no Jordan).
  if (best == nullptr && words.size() == 1) {
    for (const SpeakerPhrase* known : known_) {
      const SpeakerPhrase& k = *known;
      if (k.span.begin >= position) break;
      if (k.form != v1::FULL || k.quoted || k.gender != v1::GENDER_UNSPECIFIED) continue;
      // A name without the word anywhere in it is passed over unsplit.
      if (!absl::StrContains(k.name, words.front())) continue;
      const NameWordList kw = NameWords(*words_, k.name);
      if (kw.size() != 2 || kw.front() != words.front()) continue;
      if (best != nullptr && best->name != k.name) {
        best = nullptr;
        break;
      }
      best = &k;
    }
  }
  return best;
}

const SpeakerPhrase* EntityRegistry::KnownByFirstName(const SpeakerPhrase& p,
                                                      absl::string_view text,
                                                      size_t position,
                                                      absl::string_view first) const {
  const bool knight = HasHonorificAmong(text, p.span.begin, words_->knight_honorifics);
  // The newest persons named before only: bounded work a mention.
  const auto [near_begin, near_end] = KnownBefore(position, std::numeric_limits<size_t>::max());
  const SpeakerPhrase* best = nullptr;
  for (int ki = near_begin; ki < near_end; ++ki) {
    const SpeakerPhrase& k = *known_[ki];
    if (k.form != v1::FULL || k.quoted || !absl::StrContains(k.name, first)) continue;
    const NameWordList kw = NameWords(*words_, k.name);
    if (kw.size() < 2 || kw.front() != first ||
        !(knight || AmbiguousSurname(LastKey(kw.back())))) {
      continue;
    }
    if (best != nullptr && best->name != k.name) return nullptr;
    best = &k;
  }
  return best;
}

}  // namespace internal
}  // namespace quotes
