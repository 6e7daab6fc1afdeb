// Pronouns resolved to their antecedents: "it" and "they" to a group that
// spoke or opened a sentence, "he" and "she" to the person named or
// speaking last.
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

// Whether the words before byte `pos` since the last full stop, question or
// exclamation mark, line break or start of text are few (a title) and hold
// no comma: a phrase at `pos` is its sentence's subject.
bool OpensSentence(absl::string_view text, size_t pos) {
  int words = 0;
  for (size_t i = pos; i > 0 && pos - i < 80; --i) {
    const char c = text[i - 1];
    if (c == '.' || c == '!' || c == '?' || c == '\n') return true;
    if (c == ',' || c == ';') return false;
    if (c == ' ' && ++words > 4) return false;
  }
  return pos < 80;
}


// Whether the word before byte `pos` is a preposition: the name at `pos` is
// its object ("under President Obama", "with Anna Berg").
bool AfterPreposition(const SpeakerWords& words, absl::string_view text, size_t pos) {
  absl::string_view before =
      absl::StripTrailingAsciiWhitespace(text.substr(0, std::min(pos, text.size())));
  const size_t space = before.find_last_of(" \n");
  const absl::string_view word = space == absl::string_view::npos ? before : before.substr(space + 1);
  return words.prepositions.Contains(word);
}

// The gender an unnamed spokesperson's word gives ("spokeswoman"), and
// whether `e`, a group by its phrase, is one person speaking for it: "a
// spokeswoman for the Electoral Commission", "the ministry spokesman", "the
// official".
bool OnePersonForGroup(const SpeakerWords& words, const Entity& e, v1::Gender* gender) {
  *gender = v1::GENDER_UNSPECIFIED;
  for (const std::string& w : e.tokens) {
    if (words.female_spokesperson_nouns.Contains(w)) {
      *gender = v1::FEMALE;
      return true;
    }
    if (words.male_spokesperson_nouns.Contains(w)) {
      *gender = v1::MALE;
      return true;
    }
    if (words.spokesperson_nouns.Contains(w)) return true;
  }
  return false;
}

// Whether a "he" or "she" of `gender` may stand for `e`, who spoke last: a
// person, or one person speaking for a group.
bool SpeaksAsOnePerson(const SpeakerWords& words, const Entity& e, v1::Gender gender) {
  if (e.type == v1::PERSON) return Compatible(e.gender, gender);
  v1::Gender own = v1::GENDER_UNSPECIFIED;
  return OnePersonForGroup(words, e, &own) && Compatible(own, gender) && Compatible(e.gender, gender);
}

// Whether the pronoun at `span` closes a tail attribution: "...,
// it said.", "..., they noted, ..." (a comma before it, a stop or a comma
// after its verb); not "In a court filing, it said the ...".
bool IsTailPronoun(absl::string_view text, TextSpan span) {
  if (span.end > text.size()) return false;
  if (!absl::EndsWith(absl::StripTrailingAsciiWhitespace(text.substr(0, span.begin)), ",")) {
    return false;
  }
  absl::string_view after = absl::StripLeadingAsciiWhitespace(text.substr(span.end));
  size_t verb = 0;
  while (verb < after.size() && absl::ascii_isalpha(static_cast<unsigned char>(after[verb]))) {
    ++verb;
  }
  return verb > 0 && (verb == after.size() || after[verb] == '.' || after[verb] == ',' ||
                      after[verb] == ';');
}

}  // namespace

int EntityRegistry::ResolvePronoun(const SpeakerPhrase& p, absl::string_view text,
                                   size_t position) {
  const std::string l = LowerAscii(p.name);
  if (l == "they" || l == "it" || l == "them") {
    return ResolveGroupPronoun(p, l, text, position);
  }
  if (l == "i" || l == "we") return -1;
  return ResolvePersonPronoun(p, text, position);
}

int EntityRegistry::ResolveGroupPronoun(const SpeakerPhrase& p, absl::string_view l,
                                        absl::string_view text, size_t position) {
  int idx = -1;
  const bool recent = last_speaker_ >= 0 &&
                      position < entities_[last_speaker_].last_position +
                                     kMaxPronounDistance;
  // "Monsanto admitted ... It said ...": a group that spoke, or a
  // one-word name that a later "it" shows to be an organisation; or a
  // group that opened a sentence since ("The firm insisted ...").
  int spoke = -1;
  if (recent) {
    Entity& e = entities_[last_speaker_];
    if (e.type == v1::GROUP || (l == "it" && e.tokens.size() == 1 &&
                                e.gender == v1::GENDER_UNSPECIFIED)) {
      spoke = last_speaker_;
    }
  }
  const SpeakerPhrase* named = nullptr;
  auto after = GroupsBefore(position);
  // The latest group that opened a sentence; for "it", a one-word
  // subject too ("Electrolux saw its shares rise after it said"),
  // unless a person of that name is known or it spoke as one.
  bool latest = true;
  const bool tail = IsTailPronoun(text, p.span);
  for (int seen = 0; after != known_groups_.cbegin() && seen < kMaxCandidates; ++seen) {
    const SpeakerPhrase& g = *--after;
    if (position - g.span.begin >= kMaxPronounDistance ||
        (spoke >= 0 && g.span.begin <= entities_[spoke].last_position)) {
      break;
    }
    // In a tail the sentence's own subject is what was said: "The
    // European Union was imposing new rules, it noted."
    if (tail && g.span.end <= p.span.begin &&
        text.substr(g.span.end, p.span.begin - g.span.end).find_first_of(".!?") ==
            absl::string_view::npos) {
      continue;
    }
    if (g.form == v1::ORGANIZATION) {
      named = &g;
      break;
    }
    // The one-word subject only when it is the latest and near, and
    // not for a tail ("Wine makers ... are worried, it said"), where
    // it opens what was said.
    if (latest && l == "it" && position - g.span.begin < kMaxOneWordSubjectDistance &&
        !tail && !IsKnownPersonName(g.name)) {
      named = &g;
      break;
    }
    latest = false;
  }
  if (named != nullptr) {
    auto found = groups_by_key_.find(NormalizeGroup(named->name));
    if (found != groups_by_key_.end()) {
      idx = found->second;
    } else {
      SpeakerPhrase group = *named;
      group.form = v1::ORGANIZATION;
      idx = Create(group);
    }
  } else if (spoke >= 0) {
    Entity& e = entities_[spoke];
    if (e.type != v1::GROUP) {
      e.type = v1::GROUP;
      groups_by_key_.emplace(NormalizeGroup(e.name), spoke);
    }
    idx = spoke;
  }
  return idx;
}

int EntityRegistry::SpeakerNamedBefore(const SpeakerPhrase& p, absl::string_view text,
                                       size_t position) const {
  // "... Clinton said. [Others spoke.] On Monday night, Clinton leaned in
  // heavy. “...,” she said": no one named since fits, but a person who
  // spoke is named again, by surname, close before the pronoun.
  const size_t end = std::min(p.span.begin, text.size());
  const size_t begin = end > kMaxPronounDistance ? end - kMaxPronounDistance : 0;
  const absl::string_view window = text.substr(begin, end - begin);
  int best = -1;
  size_t best_at = 0;
  for (int i = 0; i < static_cast<int>(entities_.size()); ++i) {
    const Entity& e = entities_[i];
    if (e.type != v1::PERSON || e.tokens.empty() || !Compatible(e.gender, p.gender)) continue;
    // A one-word speaker is a person's surname when it was used as one
    // ("Brewer said"), not a nationality ("the German said").
    if (e.tokens.size() == 1 && !CalledBySurname(e)) continue;
    const std::string& surname = e.tokens.back();
    if (surname.size() < 2 || !absl::ascii_isupper(static_cast<unsigned char>(surname[0]))) {
      continue;
    }
    for (size_t at = window.rfind(surname); at != absl::string_view::npos;
         at = at == 0 ? absl::string_view::npos : window.rfind(surname, at - 1)) {
      const size_t after = at + surname.size();
      const bool whole = (at == 0 || !absl::ascii_isalnum(static_cast<unsigned char>(window[at - 1]))) &&
                         (after == window.size() ||
                          !absl::ascii_isalnum(static_cast<unsigned char>(window[after])));
      if (!whole) continue;
      if (best < 0 || at > best_at) {
        best = i;
        best_at = at;
      }
      break;
    }
  }
  return best;
}

int EntityRegistry::ResolvePersonPronoun(const SpeakerPhrase& p, absl::string_view text,
                                         size_t position) {
  int idx = -1;
  const bool recent = last_speaker_ >= 0 &&
                      position < entities_[last_speaker_].last_position +
                                     kMaxPronounDistance;
  // Someone named after the last speaker spoke is the likelier
  // antecedent: "... Lopez said. Smith opened the meeting. He
  // explained ...".
  // A sentence's subject is likelier than a person named after it in
  // the sentence: "Spain coach Luis Aragones is furious after being
  // fined for his comments about Thierry Henry. “...,” he said."
  const SpeakerPhrase* newer = nullptr;
  const SpeakerPhrase* newer_subject = nullptr;
  const auto [near_begin, near_end] = KnownBefore(position, kMaxPronounDistance);
  for (int ki = near_begin; ki < near_end; ++ki) {
    const SpeakerPhrase& k = *known_[ki];
    // "... misgivings about the armed forces under President Barack
    // Obama. “...,” he said": a person named after a preposition is no
    // newer antecedent than the last speaker.
    if (!k.quoted && Compatible(k.gender, p.gender) &&
        (last_speaker_ < 0 ||
         (k.span.begin > entities_[last_speaker_].last_position &&
          !AfterPreposition(*words_, text, k.span.begin))) &&
        position < k.span.begin + kMaxPronounDistance) {
      newer = &k;
      if (OpensSentence(text, k.span.begin)) newer_subject = &k;
    }
  }
  if (newer_subject != nullptr) newer = newer_subject;
  if (newer != nullptr) {
    idx = EntityForKnown(*newer, text);
  } else if (recent && SpeaksAsOnePerson(*words_, entities_[last_speaker_], p.gender)) {
    idx = last_speaker_;
  } else {
    // The latest person named before the pronoun.
    const SpeakerPhrase* best = nullptr;
    for (int ki = near_begin; ki < near_end; ++ki) {
      if (!known_[ki]->quoted && Compatible(known_[ki]->gender, p.gender)) {
        best = known_[ki];
      }
    }
    // The last speaker is still the best guess when no one else was
    // named since.
    if (best == nullptr && last_speaker_ >= 0 &&
        SpeaksAsOnePerson(*words_, entities_[last_speaker_], p.gender)) {
      idx = last_speaker_;
    }
    if (best != nullptr) {
      idx = EntityForKnown(*best, text);
    }
  }
  if (idx < 0) idx = SpeakerNamedBefore(p, text, position);
  if (idx >= 0 && entities_[idx].gender == v1::GENDER_UNSPECIFIED) {
    entities_[idx].gender = p.gender;
  }
  return idx;
}

}  // namespace internal
}  // namespace quotes
