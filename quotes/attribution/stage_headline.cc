// Headlines: a name and a colon, and quotes that repeat the body's.
#include "quotes/attribution/stage_headline.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "quotes/attribution/clause_words.h"

namespace quotes {
namespace internal {

void AttributeHeadlineColon(const AttributionModel& model, ArticleState* state) {
  if (!model.options.reported) return;
  const absl::string_view text = state->text;
  const std::vector<Block>& blocks = state->blocks;
  const std::vector<SpeakerPhrase>& persons = state->persons;
  std::vector<Draft>& drafts = state->drafts;
  for (int bi = 0; bi < static_cast<int>(blocks.size()); ++bi) {
    const Block& b = blocks[bi];
    if (!b.headline) continue;
    const std::vector<Token>& t = b.tokens;
    const int nt = static_cast<int>(t.size());
    int colon = -1;
    for (int k = 1; k < nt && k <= 5; ++k) {
      if (t[k].text == ":") {
        colon = k;
        break;
      }
    }
    if (colon < 0 || colon + 1 >= nt || IsOpeningMark(t[colon + 1].text)) continue;
    int next = 0;
    SpeakerPhrase p = model.names.ParseAfter(text, t, 0, &next);
    if (next != colon) continue;
    bool known = p.form == v1::FULL;
    if (p.form == v1::SURNAME) {
      for (const SpeakerPhrase& k : persons) {
        known |= absl::EndsWith(k.name, absl::StrCat(" ", p.name));
      }
    }
    if (!known) continue;
    int last = nt;
    while (last > colon + 1 && t[last - 1].punct) --last;
    if (last <= colon + 1) continue;
    Draft d;
    d.kind = v1::INDIRECT;
    d.block = bi;
    d.headline = true;
    d.phrase = std::move(p);
    d.rule = "headline_colon.name";
    d.cue = ":";
    d.cue_span = t[colon].span();
    d.confidence = 0.7f;
    d.content = {t[colon + 1].span().begin, t[last - 1].span().end};
    if (CountWords(t, d.content) < kMinReportedWords) continue;
    drafts.push_back(std::move(d));
  }
}

void MatchHeadlineQuotes(const AttributionModel& model, ArticleState* state) {
  const absl::string_view text = state->text;
  const std::vector<Block>& blocks = state->blocks;
  const std::vector<Draft*>& ordered = state->quotes;
  // A headline holds a few quotes at most; past four, the rest stay as
  // they are, so that each body quote is lower-cased once and compared a
  // bounded number of times.
  constexpr size_t kMaxHeadlineQuotes = 4;
  std::vector<std::pair<Draft*, std::string>> open;
  for (Draft* dp : ordered) {
    Draft& d = *dp;
    if (open.size() >= kMaxHeadlineQuotes) break;
    if (d.speaker >= 0 || d.kind != v1::DIRECT ||
        d.block >= static_cast<int>(blocks.size()) || !blocks[d.block].headline ||
        d.content.size() < 8) {
      continue;
    }
    open.emplace_back(&d, Lower(absl::StripTrailingAsciiWhitespace(absl::StripSuffix(
                              text.substr(d.content.begin, d.content.size()), ","))));
  }
  for (const Draft* bp : ordered) {
    const Draft& body = *bp;
    if (open.empty()) break;
    if (body.speaker < 0 || body.block >= static_cast<int>(blocks.size()) ||
        blocks[body.block].headline) {
      continue;
    }
    const std::string said = Lower(text.substr(body.content.begin, body.content.size()));
    for (auto it = open.begin(); it != open.end();) {
      if (absl::StrContains(said, it->second)) {
        Draft& d = *it->first;
        d.speaker = body.speaker;
        d.phrase = body.phrase;
        d.rule = "headline_quote.repeats_body";
        d.confidence = std::min(d.confidence, 0.7f);
        it = open.erase(it);
      } else {
        ++it;
      }
    }
  }
}

}  // namespace internal
}  // namespace quotes
