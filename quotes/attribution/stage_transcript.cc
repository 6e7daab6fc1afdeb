// Transcripts: each turn a direct quote of the speaker its label names.
#include "quotes/attribution/stage_transcript.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "quotes/attribution/clause_words.h"

namespace quotes {
namespace internal {
namespace {

// A paragraph opened by a label in capitals and a colon.
struct Turn {
  std::string label;  // lower case
  TextSpan label_span;
  TextSpan colon;
  TextSpan content;
  int block = 0;
  // The person named before the paragraph whose name or surname the label
  // is, or nullptr.
  const SpeakerPhrase* who = nullptr;
};

// The article's turns, and how many open with each label.
struct Turns {
  std::vector<Turn> turns;
  absl::flat_hash_map<std::string, int> label_count;
};

// Where the label of block `b` ends (at its colon), past an opening mark;
// 0 when the block opens with no label.
int LabelColon(const ArticleState& state, const Block& b, int* open) {
  const std::vector<Token>& t = b.tokens;
  const int n = static_cast<int>(t.size());
  *open = n > 0 && IsOpeningMark(t[0].text) ? 1 : 0;
  int k = *open;
  while (k < n && k < *open + 3 && t[k].acronym && t[k].alpha) ++k;
  if (k == *open || k + 1 >= n || t[k].text != ":") return 0;
  return k;
}

Turns FindTurns(const ArticleState& state) {
  const absl::string_view text = state.text;
  const std::vector<SpeakerPhrase*>& persons_in_order = state.persons_in_order;
  Turns out;
  absl::flat_hash_map<std::string, const SpeakerPhrase*> known;
  size_t named = 0;
  for (size_t bi = 0; bi < state.blocks.size(); ++bi) {
    const Block& b = state.blocks[bi];
    if (b.headline) continue;
    const std::vector<Token>& t = b.tokens;
    int open = 0;
    const int k = LabelColon(state, b, &open);
    if (k == 0) continue;
    int last = static_cast<int>(t.size());
    if (open && last > k + 2 && IsClosingMark(t[last - 1].text)) --last;
    const TextSpan content = {t[k + 1].span().begin, t[last - 1].span().end};
    if (!open && state.InsideQuote(content.begin)) continue;
    // Persons named before this paragraph, by surname and by full name,
    // in lower case; the latest one named wins. Built as the paragraphs
    // go, so the pass stays linear.
    for (; named < persons_in_order.size() &&
           persons_in_order[named]->span.begin < b.span.begin;
         ++named) {
      const SpeakerPhrase& p = *persons_in_order[named];
      if (p.form != v1::FULL || p.quoted) continue;
      const size_t space = p.name.rfind(' ');
      known[Lower(p.name)] = &p;
      if (space != std::string::npos) known[Lower(p.name.substr(space + 1))] = &p;
    }
    Turn turn;
    turn.label_span = {t[open].span().begin, t[k - 1].span().end};
    turn.label = Lower(text.substr(turn.label_span.begin, turn.label_span.size()));
    turn.colon = t[k].span();
    turn.content = content;
    turn.block = static_cast<int>(bi);
    auto found = known.find(turn.label);
    turn.who = found == known.end() ? nullptr : found->second;
    ++out.label_count[turn.label];
    out.turns.push_back(std::move(turn));
  }
  return out;
}

// The direct quote of one turn.
Draft TurnDraft(absl::string_view text, const Turn& turn) {
  Draft d;
  d.kind = v1::DIRECT;
  d.content = turn.content;
  if (turn.who != nullptr) {
    // The known person, mentioned by the label.
    d.phrase = *turn.who;
    d.rule = "transcript.known_person";
  } else {
    // "WALLACE": the label names the speaker ("Wallace").
    std::string name(text.substr(turn.label_span.begin, turn.label_span.size()));
    for (size_t c = 1; c < name.size(); ++c) {
      if (absl::ascii_isalpha(static_cast<unsigned char>(name[c - 1]))) {
        name[c] = absl::ascii_tolower(static_cast<unsigned char>(name[c]));
      }
    }
    d.phrase.form = v1::SURNAME;
    d.phrase.name = name;
    d.rule = "transcript.label";
  }
  d.phrase.span = turn.label_span;
  d.cue_span = turn.colon;
  d.confidence = 0.8f;
  d.block = turn.block;
  return d;
}

// The quote over the transcript's paragraphs gives way to its turns.
// The turns are disjoint and in text order, so those a quote holds are
// a run found by two binary searches.
void DropQuotesOverTurns(const std::vector<TextSpan>& quoted_turns,
                         std::vector<Draft>* drafts) {
  drafts->erase(
      std::remove_if(drafts->begin(), drafts->end(),
                     [&](const Draft& d) {
                       if (d.kind != v1::DIRECT || !d.phrase.empty()) return false;
                       auto first = std::lower_bound(
                           quoted_turns.begin(), quoted_turns.end(), d.content.begin,
                           [](const TextSpan& q, size_t pos) { return q.begin < pos; });
                       auto last = std::upper_bound(
                           first, quoted_turns.end(), d.content.end + 3,
                           [](size_t pos, const TextSpan& q) { return pos < q.end; });
                       return last - first >= 2;
                     }),
      drafts->end());
}

}  // namespace

void ReadTranscripts(const AttributionModel& model, ArticleState* state) {
  if (!model.options.direct || state->persons.empty()) return;
  Turns found = FindTurns(*state);
  bool transcript = false;
  for (const Turn& turn : found.turns) {
    transcript |= turn.who != nullptr && found.label_count[turn.label] >= 2;
  }
  std::vector<TextSpan> quoted_turns;
  for (const Turn& turn : found.turns) {
    if (turn.who == nullptr && !(transcript && found.label_count[turn.label] >= 2)) {
      continue;
    }
    if (state->InsideQuote(turn.content.begin)) quoted_turns.push_back(turn.content);
    state->drafts.push_back(TurnDraft(state->text, turn));
  }
  if (quoted_turns.size() >= 2) DropQuotesOverTurns(quoted_turns, &state->drafts);
}

}  // namespace internal
}  // namespace quotes
