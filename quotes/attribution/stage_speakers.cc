// Speakers: order and resolution.
#include "quotes/attribution/stage_speakers.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "quotes/text/utf8.h"

namespace quotes {
namespace internal {
namespace {

// A phrase's name, title and organisation as words a reader sees: "La<U+200B>Plante"
// and "LaPlante" are one surname, and no record carries an invisible mark.
void NormalizePhraseText(SpeakerPhrase* p) {
  NormalizeNameText(&p->name);
  NormalizeNameText(&p->title);
  NormalizeNameText(&p->organization);
}

// The persons the article names, and a source of the groups named before
// a position, for the registry to resolve phrases against.
void PrepareRegistry(const NameModel& names, ArticleState* state) {
  const std::vector<Block>& blocks = state->blocks;
  EntityRegistry& registry = state->registry;
  std::vector<const Block*>& blocks_in_order = state->blocks_in_order;
  bool& blocks_overlap = state->blocks_overlap;
  for (SpeakerPhrase* p : state->persons_in_order) NormalizePhraseText(p);
  registry.AddKnownPersons(state->persons_in_order);
  for (SpeakerPhrase& p : state->possessive_names) NormalizePhraseText(&p);
  registry.AddPossessiveNames(state->possessive_names);
  // Groups that open sentences matter only to an "it" or "they" speaker or
  // a group's description, and only those named before it: searched for
  // block by block, in text order, as far as the speakers' positions ask.
  // A block's groups lie inside it, so the blocks that begin before a
  // position hold all the groups before it; and when no two blocks overlap,
  // each batch, sorted, follows the one before: the list is the one that
  // sorting all the groups at once gives. (Two groups at one word are one
  // phrase, read from one start: no order among equals is left to the
  // sort.) Blocks that overlap, which the parser never makes, are searched
  // all at once, in the blocks' order.
  blocks_in_order.reserve(blocks.size());
  for (const Block& b : blocks) blocks_in_order.push_back(&b);
  std::sort(blocks_in_order.begin(), blocks_in_order.end(),
            [](const Block* a, const Block* b) { return a->span.begin < b->span.begin; });
  for (size_t i = 1; i < blocks_in_order.size(); ++i) {
    blocks_overlap |= blocks_in_order[i - 1]->span.end > blocks_in_order[i]->span.begin;
  }
  if (blocks_overlap) {
    for (size_t i = 0; i < blocks.size(); ++i) blocks_in_order[i] = &blocks[i];
  }
  // The source runs while the state lives (in the resolve stage): it holds
  // the state and the name model, not this function's locals.
  const NameModel* model_names = &names;
  registry.SetGroupSource([state, model_names](size_t position,
                                               std::vector<SpeakerPhrase>* out) {
    const std::vector<const Block*>& in_order = state->blocks_in_order;
    size_t& searched = state->blocks_searched;
    std::vector<SpeakerPhrase> groups;
    for (; searched < in_order.size() &&
           (state->blocks_overlap || in_order[searched]->span.begin < position);
         ++searched) {
      model_names->FindGroups(state->text, in_order[searched]->tokens, &groups);
    }
    if (groups.empty()) return;
    if (out->empty()) out->reserve(groups.size());
    for (SpeakerPhrase* g : InTextOrder(&groups)) out->push_back(std::move(*g));
  });
}

}  // namespace

void OrderDrafts(const AttributionModel& model, ArticleState* state) {
  std::vector<Draft*>& ordered = state->quotes;
  ordered.reserve(state->drafts.size());
  for (Draft& d : state->drafts) ordered.push_back(&d);
  std::stable_sort(ordered.begin(), ordered.end(), [](const Draft* a, const Draft* b) {
    if (a->headline != b->headline) return !a->headline;  // headline last
    return a->content.begin < b->content.begin;
  });
}

void ResolveSpeakers(const AttributionModel& model, ArticleState* state) {
  PrepareRegistry(model.names, state);
  const absl::string_view text = state->text;
  EntityRegistry& registry = state->registry;
  const std::vector<Draft*>& ordered = state->quotes;
  int previous_direct = -1;
  // "..., Schiff said. “The other factor ...”": reported speech hands its
  // speaker on to a quote that opens the next sentence.
  int previous_reported = -1;
  for (size_t i = 0; i < ordered.size(); ++i) {
    Draft& d = *ordered[i];
    if (!d.phrase.empty()) {
      NormalizePhraseText(&d.phrase);
      d.speaker = registry.Resolve(d.phrase, text, d.cue_span.begin);
    } else if (d.inherit) {
      int from = previous_direct;
      if (d.opens && previous_reported > from) from = previous_reported;
      if (from >= 0 && d.block - ordered[from]->block <= 1) {
        d.speaker = ordered[from]->speaker;
        d.rule = from == previous_direct ? "resolve.inherit_direct"
                                         : "resolve.inherit_reported";
      }
    }
    // Up to the end of what was said: a person named inside it ("Cable
    // warned the picture was not as rosy as Mr Brown would like") is no
    // newer antecedent for a "he" after it.
    if (!d.aside) registry.NoteSpeech(d.speaker, d.content.end);
    if (d.kind == v1::DIRECT) {
      previous_direct = static_cast<int>(i);
    } else if (!d.aside && d.speaker >= 0) {
      previous_reported = static_cast<int>(i);
    }
  }
}

}  // namespace internal
}  // namespace quotes
