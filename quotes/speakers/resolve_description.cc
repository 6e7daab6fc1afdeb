// Descriptions resolved to people and groups: "the minister" to the person
// with that title, "the 54-year-old" to the person of that age, "the
// company" to the organisation that spoke, "the Prime Minister" to the
// one untitled person who can hold the office.
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

std::string EntityRegistry::DescriptionHead(const std::vector<std::string>& words) const {
  if (words.empty()) return "";
  for (const auto& abbreviation : words_->office_abbreviations) {
    const std::vector<std::string>& office = abbreviation.second;
    if (office.size() >= 2 && words.size() >= office.size() &&
        std::equal(office.begin(), office.end(), words.end() - office.size())) {
      return absl::StrJoin(office, " ");
    }
  }
  return words.back();
}

int EntityRegistry::ResolveDescription(const SpeakerPhrase& p, absl::string_view text,
                                       size_t position) {
  std::vector<std::string> words = NameTokens(*words_, LowerAscii(p.name));
  // "the PM", "the CM": the office written out, as titles spell it.
  for (const auto& [form, office] : words_->office_abbreviations) {
    if (!words.empty() && words.back() == form) {
      words.pop_back();
      words.insert(words.end(), office.begin(), office.end());
      break;
    }
  }
  const std::string head = DescriptionHead(words);
  absl::string_view age;
  // "“They deserved to win,” the Spaniard said": a nationality names the
  // person who just spoke, else no one for sure.
  if (words.size() == 1 && words_->IsPersonDemonym(head)) {
    const bool recent = last_speaker_ >= 0 &&
                        entities_[last_speaker_].type == v1::PERSON &&
                        position < entities_[last_speaker_].last_position +
                                       kMaxPronounDistance;
    return recent ? last_speaker_ : Create(p);
  }
  if (IsAgeNoun(head, &age)) {
    const int idx = ResolveAgeNoun(text, position, age);
    if (idx >= 0) return idx;
  }
  const int idx = head.empty() ? -1 : HolderOfTitle(p, words, head, text, position);
  return idx >= 0 ? idx : Create(p);
}

int EntityRegistry::ResolveAgeNoun(absl::string_view text, size_t position,
                                   absl::string_view age) {
  int idx = -1;
  // "the 54-year-old said": the person whose age was given ("Paul
  // Grant, 54,"), else the latest person named close before.
  const SpeakerPhrase* best = nullptr;
  const auto [near_begin, near_end] = KnownBefore(position, kMaxPronounDistance);
  for (int ki = near_end - 1; ki >= near_begin && best == nullptr; --ki) {
    const size_t e = known_[ki]->span.end;
    absl::string_view after = text.substr(e, std::min<size_t>(8, text.size() - e));
    if ((absl::ConsumePrefix(&after, ", ") || absl::ConsumePrefix(&after, " (")) &&
        absl::StartsWith(after, age) && after.size() > age.size() &&
        !absl::ascii_isdigit(static_cast<unsigned char>(after[age.size()]))) {
      best = known_[ki];
    }
  }
  if (best == nullptr && near_end > near_begin) {
    best = known_[near_end - 1];
    // A person who spoke since, named by surname ("Saka said ... the
    // 22-year-old replied"), is the nearer one.
    if (last_speaker_ >= 0 && entities_[last_speaker_].type == v1::PERSON &&
        entities_[last_speaker_].last_position > best->span.end &&
        position < entities_[last_speaker_].last_position + kMaxPronounDistance) {
      best = nullptr;
      idx = last_speaker_;
    }
  }
  if (best != nullptr) {
    idx = EntityForKnown(*best, text);
  }
  return idx;
}

std::string EntityRegistry::ExpandTitleAbbreviations(std::string title) const {
  // "indiana gov." holds "governor", "sen." "senator": each short form of
  // the title, its stop dropped, followed by the offices it stands for.
  if (title.find('.') == std::string::npos) return title;
  std::string out;
  for (absl::string_view w : absl::StrSplit(title, ' ', absl::SkipEmpty())) {
    if (!out.empty()) out.push_back(' ');
    absl::StrAppend(&out, w);
    if (!absl::ConsumeSuffix(&w, ".")) continue;
    for (const auto& [form, office] : words_->office_abbreviations) {
      if (form == w) absl::StrAppend(&out, " ", absl::StrJoin(office, " "));
    }
  }
  return out;
}

bool EntityRegistry::DescriptionFits(const SpeakerPhrase& p, absl::string_view head,
                                     absl::string_view lower_name, const std::string& title,
                                     const std::string& org) const {
  // The title holds the head; and a description with a capitalised
  // modifier ("the Federal Reserve head") needs it in the title or the
  // organisation, not just any "head of currency strategy".
  const std::string t = ExpandTitleAbbreviations(LowerAscii(title));
  if (!absl::StrContains(t, head)) return false;
  // "the transport secretary" is not the shadow transport secretary,
  // nor "the minister" a deputy or former one; nor is "the former
  // president" the president. (A deputy may be described by a rank that
  // a title cut short has lost: "First Deputy Minister of Culture, Acting
  // Minister Anar Karimov".)
  if (words_->RanksDiffer(t, lower_name)) return false;
  if (p.qualifiers.empty()) return true;
  const std::string o = LowerAscii(org);
  for (const std::string& q : p.qualifiers) {
    if (!absl::StrContains(t, q) && !absl::StrContains(o, q)) return false;
  }
  return true;
}

int EntityRegistry::HolderOfTitle(const SpeakerPhrase& p, const std::vector<std::string>& words,
                                  absl::string_view head, absl::string_view text,
                                  size_t position) {
  const std::string lower_name = LowerAscii(p.name);
  int idx = -1;
  const int oldest = std::max(0, static_cast<int>(entities_.size()) - kMaxCandidates);
  for (int i = static_cast<int>(entities_.size()) - 1; i >= oldest; --i) {
    // "the department head" is not "the Federal Reserve head" either.
    bool shared = true;
    for (const std::string& q : entities_[i].qualifiers) {
      shared &= std::find(p.qualifiers.begin(), p.qualifiers.end(), q) != p.qualifiers.end();
    }
    if (shared &&
        DescriptionFits(p, head, lower_name, entities_[i].title, entities_[i].organization)) {
      idx = i;
      break;
    }
  }
  if (idx < 0) {
    // The latest person with that title named before, else the first
    // named after (a description can come before the full name).
    const SpeakerPhrase* best = nullptr;
    const auto [before_begin, before_end] =
        KnownBefore(position, std::numeric_limits<size_t>::max());
    for (int ki = before_end - 1; ki >= before_begin && best == nullptr; --ki) {
      if (DescriptionFits(p, head, lower_name, known_[ki]->title, known_[ki]->organization)) {
        best = known_[ki];
      }
    }
    for (int ki = before_end; best == nullptr && ki < static_cast<int>(known_.size()) &&
                              ki < before_end + kMaxCandidates;
         ++ki) {
      if (DescriptionFits(p, head, lower_name, known_[ki]->title, known_[ki]->organization)) {
        best = known_[ki];
      }
    }
    if (best == nullptr) best = SoleUntitledHolder(p, words, text, before_end);
    if (best != nullptr) {
      idx = EntityForKnown(*best, text);
    }
  }
  return idx;
}

const SpeakerPhrase* EntityRegistry::SoleUntitledHolder(
    const SpeakerPhrase& p, const std::vector<std::string>& words,
    absl::string_view text, int before_end) const {
  // Offices with one holder: "the Prime Minister said" after "Anthony
  // Albanese" was named without a title is Albanese when no one else could
  // be meant.
  if (!absl::StartsWithIgnoreCase(text.substr(p.span.begin), "the ")) return nullptr;
  size_t w = !words.empty() && words.front() == "the" ? 1 : 0;
  const std::string office = absl::StrJoin(words.begin() + w, words.end(), " ");
  if (!words_->single_holder_offices.Contains(office)) return nullptr;
  // Of the people named before, exactly one was never given a title (those
  // with one hold another office: none fits the description).
  absl::flat_hash_set<std::string> titled;
  for (int ki = 0; ki < before_end; ++ki) {
    const SpeakerPhrase& k = *known_[ki];
    if (!k.title.empty()) titled.insert(k.name.substr(k.name.rfind(' ') + 1));
  }
  const SpeakerPhrase* sole = nullptr;
  for (int ki = 0; ki < before_end; ++ki) {
    const SpeakerPhrase& k = *known_[ki];
    if (k.form != v1::FULL && k.form != v1::SURNAME) continue;
    const std::string last = k.name.substr(k.name.rfind(' ') + 1);
    if (titled.contains(last)) continue;
    if (sole != nullptr && sole->name.substr(sole->name.rfind(' ') + 1) != last) {
      return nullptr;
    }
    if (sole == nullptr || (k.form == v1::FULL && sole->form != v1::FULL)) sole = &k;
  }
  return sole != nullptr && sole->form == v1::FULL ? sole : nullptr;
}

int EntityRegistry::ResolveGroupDescription(const SpeakerPhrase& p,
                                            absl::string_view text,
                                            size_t position) {
  // Only a definite description in lower case: "The company", not "Apple".
  if (p.name.empty() || !absl::ascii_islower(static_cast<unsigned char>(p.name[0])) ||
      p.span.begin >= text.size() ||
      !absl::StartsWithIgnoreCase(text.substr(p.span.begin), "the ")) {
    return -1;
  }
  const std::vector<std::string> words = NameTokens(*words_, LowerAscii(p.name));
  // Organisations that spoke before, and those that opened a sentence.
  // The newest entities only: an article with thousands of speakers costs
  // a bounded number of comparisons a description.
  int best_entity = -1;
  size_t best_position = 0;
  const int oldest = std::max(0, static_cast<int>(entities_.size()) - kMaxCandidates);
  for (int i = oldest; i < static_cast<int>(entities_.size()); ++i) {
    const Entity& e = entities_[i];
    if (e.last_position >= position) continue;
    // A one-word name with no gender or title that spoke ("Acme said") may
    // be a company: "the company", "the firm" name it, not "the ministry".
    // Not a plural noun opening a sentence ("Analysts said", "Experts
    // say"), which reads as a name there.
    const bool plural = e.tokens.size() == 1 && e.tokens[0].size() > 3 &&
                        absl::EndsWith(e.tokens[0], "s") && !absl::EndsWith(e.tokens[0], "ss");
    const bool one_word_name = e.type == v1::PERSON && e.tokens.size() == 1 && !plural &&
                               e.gender == v1::GENDER_UNSPECIFIED && e.title.empty() &&
                               e.spoke && words_->IsCompanyDescription(words);
    if (e.type != v1::GROUP && !one_word_name) continue;
    if (words_->FitsGroupDescription(words, e.name) &&
        (best_entity < 0 || e.last_position >= best_position)) {
      best_entity = i;
      best_position = e.last_position;
    }
  }
  // An organisation that spoke is the likelier referent; the groups that
  // opened sentences (costly to find) are asked only when none fits.
  if (best_entity >= 0) return best_entity;
  // The latest group named before, among the last few.
  auto after = GroupsBefore(position);
  for (int seen = 0; after != known_groups_.begin() && seen < kMaxCandidates; ++seen) {
    --after;
    if (after->span.begin == p.span.begin || after->form != v1::ORGANIZATION) continue;
    if (words_->FitsGroupDescription(words, after->name)) {
      auto found = groups_by_key_.find(NormalizeGroup(after->name));
      return found != groups_by_key_.end() ? found->second : Create(*after);
    }
  }
  return -1;
}

}  // namespace internal
}  // namespace quotes
