// The attribution pipeline's parts: what every stage reads (the model, built
// once from the lexicon) and what a stage is (a name and a function of the
// article's state). The stages and their order are listed once, in
// attributor.cc; each stage_*.h says what its stages do.
#ifndef QUOTES_ATTRIBUTION_STAGE_H_
#define QUOTES_ATTRIBUTION_STAGE_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "proto/lexicon.pb.h"
#include "quotes/attribution/article_state.h"
#include "quotes/attribution/attributor.h"
#include "quotes/attribution/cue_finder.h"
#include "quotes/attribution/speaker_phrases.h"
#include "quotes/speakers/speakers.h"

namespace quotes {
namespace internal {

// What the stages read besides the article: the options and the models
// built from the lexicon. Immutable after Attributor::Create, shared by
// every call; not copyable (`phrases` refers to `names`).
struct AttributionModel {
  AttributionModel(const v1::Lexicon& lexicon, const AttributorOptions& options);
  AttributionModel(const AttributionModel&) = delete;
  AttributionModel& operator=(const AttributionModel&) = delete;

  AttributorOptions options;
  NameModel names;
  PhraseFinder phrases;
  std::unique_ptr<CueFinder> cues;  // set by Attributor::Create
  // Words that make the quote after them a title: " on", " titled"; lower
  // case, a space first, so the check per quote is one EndsWith.
  std::vector<std::string> title_cues;
  // Nouns that a quoted title goes with: "book", "show" (lower case).
  absl::flat_hash_set<std::string> title_nouns;
  // Verbs with a listener before their that-clause, besides "tell":
  // "informed", "assured" (lexicon listener_verbs, lower case).
  absl::flat_hash_set<std::string> listener_verbs;
  // "When", "If", "Although" (lexicon subordinators, as written): a
  // sentence that opens with one holds the reported clause up to its comma.
  absl::flat_hash_set<std::string> subordinators;
};

// One stage: reads and writes `state`, reads `model`.
using StageFunction = void (*)(const AttributionModel& model, ArticleState* state);

struct Stage {
  // Its name in AttributorOptions::disabled_stages and in Quote.rule.
  absl::string_view name;
  StageFunction run;
  // False for the stages the others build on (blocks, order, records),
  // which cannot be switched off.
  bool optional;
};

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_ATTRIBUTION_STAGE_H_
