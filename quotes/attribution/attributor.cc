// The attribution pipeline: the stages, in order, over one article.
#include "quotes/attribution/attributor.h"

#include <string>
#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "quotes/attribution/article_state.h"
#include "quotes/attribution/stage.h"
#include "quotes/attribution/stage_blocks.h"
#include "quotes/attribution/stage_direct.h"
#include "quotes/attribution/stage_headline.h"
#include "quotes/attribution/stage_marks.h"
#include "quotes/attribution/stage_mixed.h"
#include "quotes/attribution/stage_records.h"
#include "quotes/attribution/stage_reported.h"
#include "quotes/attribution/stage_select.h"
#include "quotes/attribution/stage_speakers.h"
#include "quotes/attribution/stage_transcript.h"

namespace quotes {
namespace internal {
namespace {

// The pipeline, in the order it runs. Each stage reads what those before
// it left in the ArticleState (article_state.h says which fills what).
constexpr Stage kStages[] = {
    {"blocks", SplitBlocks, false},
    {"cues", FindCues, true},
    {"persons", FindPersons, true},
    {"marks", PairQuoteMarks, true},
    {"titles", SetAsideTitles, true},
    {"direct", AttributeDirectQuotes, true},
    {"reported", FindReportedSpeech, true},
    {"headline_colon", AttributeHeadlineColon, true},
    {"mixed", MergeMixedQuotes, true},
    {"transcript", ReadTranscripts, true},
    {"order", OrderDrafts, false},
    {"resolve", ResolveSpeakers, true},
    {"headline_quote", MatchHeadlineQuotes, true},
    {"select", SelectQuotes, true},
    {"join", JoinInterruptedQuotes, true},
    {"records", WriteRecords, false},
};

// The stage named `name`, or nullptr.
const Stage* StageNamed(absl::string_view name) {
  for (const Stage& stage : kStages) {
    if (stage.name == name) return &stage;
  }
  return nullptr;
}

}  // namespace

AttributionModel::AttributionModel(const v1::Lexicon& lexicon,
                                   const AttributorOptions& options)
    : options(options), names(lexicon, CueForms(lexicon)), phrases(lexicon, names) {
  for (const std::string& c : lexicon.title_cues()) {
    title_cues.push_back(absl::StrCat(" ", Lower(c)));
  }
  for (const std::string& n : lexicon.title_nouns()) title_nouns.insert(Lower(n));
  for (const std::string& v : lexicon.listener_verbs()) listener_verbs.insert(Lower(v));
  for (const std::string& w : lexicon.subordinators()) subordinators.insert(w);
}

Attributor::Attributor() = default;
Attributor::~Attributor() = default;

absl::StatusOr<std::unique_ptr<Attributor>> Attributor::Create(
    const v1::Lexicon& lexicon, const AttributorOptions& options) {
  std::unique_ptr<Attributor> a(new Attributor());
  a->model_ = std::make_unique<AttributionModel>(lexicon, options);
  auto cues = CueFinder::Create(lexicon);
  if (!cues.ok()) return cues.status();
  a->model_->cues = *std::move(cues);
  for (const std::string& name : options.disabled_stages) {
    const Stage* stage = StageNamed(name);
    if (stage == nullptr) {
      return absl::InvalidArgumentError(
          absl::StrCat("disabled_stages: no attribution stage is named \"", name, "\""));
    }
    if (!stage->optional) {
      return absl::InvalidArgumentError(absl::StrCat(
          "disabled_stages: the attribution stage \"", name,
          "\" cannot be switched off: the stages after it build on it"));
    }
  }
  for (const Stage& stage : kStages) {
    if (!options.disabled_stages.contains(stage.name)) a->stages_.push_back(&stage);
  }
  return a;
}

std::vector<std::string> Attributor::StageNames() {
  std::vector<std::string> names;
  for (const Stage& stage : kStages) names.emplace_back(stage.name);
  return names;
}

void Attributor::Attribute(v1::ArticleAnalysis* analysis) const {
  ArticleState state(analysis, model_->names);
  for (const Stage* stage : stages_) stage->run(*model_, &state);
}

}  // namespace internal
}  // namespace quotes
