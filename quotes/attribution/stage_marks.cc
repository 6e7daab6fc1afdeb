// Quote marks and titles.
#include "quotes/attribution/stage_marks.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/strip.h"
#include "quotes/attribution/clause_words.h"

namespace quotes {
namespace internal {
namespace {

// A crosshead: a paragraph of a few quoted words and nothing else, with
// no final stop ("‘Frightening’" between two parts of a story), heads
// what follows; it is nobody's speech there.
bool IsCrosshead(absl::string_view text, const QuoteWords& w) {
  const MarkedQuote& q = w.q;
  if (!w.open_block.headline && q.first_paragraph == q.last_paragraph &&
      w.open_tok == 0 && w.after_tok >= static_cast<int>(w.ct.size()) &&
      w.words <= 5 && q.content.size() > 0) {
    const char last = text[q.content.end - 1];
    return last != '.' && last != '!' && last != '?' && last != ',' &&
           !absl::EndsWith(text.substr(q.content.begin, q.content.size()), "\u2026");
  }
  return false;
}

// Titles of events and documents: "conference on “Right to Return”", the
// “Baku process” initiative, "known as the “Buffett rule”": a naming cue in
// the words before the mark. `before` is a buffer, reused.
bool NamedByCue(const AttributionModel& model, const QuoteWords& w,
                std::string* buffer) {
  const std::vector<Token>& ot = w.ot;
  const int open_tok = w.open_tok;
  // `before`: the words since the last punctuation among the four tokens
  // before the mark, lower case, each after a space.
  std::string& before = *buffer;
  bool title = false;
  before.clear();
  for (int i = std::max(0, open_tok - 4); i < open_tok; ++i) {
    if (ot[i].punct) {
      before.clear();
      continue;
    }
    before.push_back(' ');
    for (char ch : ot[i].text) before.push_back(absl::ascii_tolower(ch));
  }
  // "known as the “Buffett rule”": a determiner may follow a naming cue
  // (not "on the “margins of society”", a partial quote).
  absl::string_view before_noun = before;
  for (absl::string_view det : {" the", " a", " an"}) {
    if (absl::ConsumeSuffix(&before_noun, det)) break;
  }
  static constexpr absl::string_view kNamingCues[] = {" known as", " dubbed",
                                                      " nicknamed"};
  for (absl::string_view cue : kNamingCues) {
    title |= before_noun.size() < before.size() && absl::EndsWith(before_noun, cue);
  }
  for (const std::string& cue : model.title_cues) {
    if (absl::EndsWith(before, cue)) {
      title = true;
      break;
    }
  }
  return title;
}

// Whether the quote names a thing: after a naming cue (when it starts with
// a capital or is a few words: "expects the campaign “to continue calling
// out bias”" quotes speech, not a title), a short run of capitalised
// words, or before a title noun.
bool IsTitle(const AttributionModel& model, const QuoteWords& w,
             std::string* before) {
  const MarkedQuote& q = w.q;
  const std::vector<Token>& ot = w.ot;
  const std::vector<Token>& ct = w.ct;
  const int open_tok = w.open_tok;
  const int words = w.words;
  const int first_word = open_tok + 1 < static_cast<int>(ot.size()) &&
                                 ot[open_tok + 1].punct
                             ? open_tok + 2
                             : open_tok + 1;
  const bool title_like =
      words <= 4 || (first_word < static_cast<int>(ot.size()) &&
                     !ot[first_word].lower);
  bool title = title_like && NamedByCue(model, w, before);
  // “Fox News Sunday,” after "broadcast of", "CBS's", "the anthem" or
  // "his 2002 book,": a short run of capitalised words that a word, or a
  // title noun and a comma, leads into is a title even when a cue follows.
  const bool led_by_word =
      open_tok > 0 &&
      (!ot[open_tok - 1].punct ||
       (ot[open_tok - 1].text == "," && open_tok >= 2 &&
        model.title_nouns.contains(LowerWord(ot[open_tok - 2].text).view())));
  if (words <= 6 && led_by_word && IsTitleCase(ot, open_tok, q.content.end)) {
    title = true;
  }
  if (w.after_tok < static_cast<int>(ct.size()) && !ct[w.after_tok].punct &&
      model.title_nouns.contains(LowerWord(ct[w.after_tok].text).view())) {
    title = true;
  }
  return title;
}

}  // namespace

QuoteWords WordsOf(const ArticleState& state, const MarkedQuote& q) {
  const Block& open_block = state.blocks[q.first_paragraph];
  const Block& close_block = state.blocks[q.last_paragraph];
  const int open_tok = TokenAt(open_block.tokens, q.open_mark.begin);
  const int after_tok = TokenAt(close_block.tokens, q.close_mark.end);
  // The quote's words start after its mark: walked to from the mark's
  // token, a step or two.
  const int words = CountWords(open_block.tokens, q.content, open_tok) +
                    (q.last_paragraph != q.first_paragraph ? 10 : 0);
  return {q,         open_block, close_block, open_block.tokens, close_block.tokens,
          open_tok,  after_tok,  words};
}

void PairQuoteMarks(const AttributionModel& model, ArticleState* state) {
  const absl::string_view text = state->text;
  const std::vector<Block>& blocks = state->blocks;
  std::vector<MarkedQuote>& marked = state->marked;
  if (model.options.direct) marked = FindMarkedQuotes(text, state->paragraphs);
  // Quotes in a headline read from the text ("'We will not give up,' says
  // minister"): the headline is the last block.
  if (model.options.direct && !blocks.empty() && blocks.back().headline) {
    const int h = static_cast<int>(blocks.size()) - 1;
    for (MarkedQuote q : FindMarkedQuotes(text, {blocks.back().span})) {
      q.first_paragraph = q.last_paragraph = h;
      marked.push_back(q);
    }
  }
  std::sort(marked.begin(), marked.end(),
            [](const MarkedQuote& a, const MarkedQuote& b) {
              return a.content.begin < b.content.begin;
            });
  {
    // Persons named inside quotation marks; both lists are in text order.
    size_t m = 0;
    for (SpeakerPhrase* pp : state->persons_in_order) {
      SpeakerPhrase& p = *pp;
      while (m < marked.size() && marked[m].content.end <= p.span.begin) ++m;
      p.quoted = m < marked.size() && marked[m].content.begin <= p.span.begin &&
                 p.span.end <= marked[m].content.end;
    }
  }
  state->direct_spans.reserve(marked.size());
  for (const MarkedQuote& q : marked) state->direct_spans.push_back(q.content);
  // Each marked quote, each cue and each paragraph (a transcript's turn,
  // a headline's colon) makes one draft at most: the list never grows
  // past this, so no draft is moved by its growth.
  size_t most = marked.size() + blocks.size();
  for (const Block& b : blocks) most += b.cues.size();
  state->drafts.reserve(most);
}

void SetAsideTitles(const AttributionModel& model, ArticleState* state) {
  std::string before;  // of one quote; reused
  state->title_marks.assign(state->marked.size(), false);
  for (size_t i = 0; i < state->marked.size(); ++i) {
    const MarkedQuote& q = state->marked[i];
    const QuoteWords w = WordsOf(*state, q);
    if (IsCrosshead(state->text, w) || IsTitle(model, w, &before)) {
      state->title_marks[i] = true;
      state->titles.push_back(q.content);
    }
  }
}

}  // namespace internal
}  // namespace quotes
