// What the attribution stages of one article share: its blocks (paragraphs
// and headline) with their tokens, cues and sentences; the persons it
// names; its paired quote marks; the drafts of quotes the stages make and
// the registry of the speakers they resolve to. Attributor::Attribute
// builds one ArticleState per article and hands it to each stage in turn
// (attributor.cc lists them); each field says which stage fills it.
#ifndef QUOTES_ATTRIBUTION_ARTICLE_STATE_H_
#define QUOTES_ATTRIBUTION_ARTICLE_STATE_H_

#include <algorithm>
#include <vector>

#include "absl/strings/string_view.h"
#include "proto/quotes.pb.h"
#include "quotes/attribution/clause_words.h"
#include "quotes/attribution/quote_marks.h"
#include "quotes/speakers/speakers.h"
#include "quotes/text/text_span.h"
#include "quotes/text/tokens.h"

namespace quotes {
namespace internal {

// A direct quote shorter than this, inside a sentence and with no cue, is a
// scare quote or a nickname, not speech.
constexpr int kMinEmbeddedWords = 6;
// Reported speech shorter than this is not a claim anyone made.
constexpr int kMinReportedWords = 3;
// Longest reported-speech clause, in bytes.
constexpr size_t kMaxReportedBytes = 2000;
// Longest attribution between the pieces of an interrupted quote, in bytes.
constexpr size_t kMaxAttributionBytes = 300;

struct Cue {
  TextSpan span;
  // TokenAt of the span's begin and end in its block's tokens: found once,
  // as each quote and sentence near the cue asks for them.
  int first_token = 0;
  int end_token = 0;
  absl::string_view form;  // the cue as written: a view into the article text
  bool needs_that = false;
  bool according_to = false;
};

// One paragraph (or the headline) with what the finders need.
struct Block {
  TextSpan span;
  std::vector<Token> tokens;
  std::vector<TextSpan> sentences;
  std::vector<Cue> cues;
  bool headline = false;
};

// A quote as the stages find it, before it is written as a v1::Quote.
struct Draft {
  v1::QuoteKind kind = v1::DIRECT;
  TextSpan content;
  TextSpan cue_span;
  // The cue's words: a view into the article text (or ":" for a headline's
  // colon), which outlives every draft.
  absl::string_view cue;
  SpeakerPhrase phrase;
  bool inherit = false;     // takes the previous quote's speaker
  // A word or two before an attribution that the quote goes on after
  // ("“That,” he added, “promises ...”"): kept only as a first piece.
  bool fragment = false;
  // The quoted pieces of an interrupted quote, when it has more than one.
  std::vector<TextSpan> parts;
  // A direct quote's marks (empty for other kinds).
  TextSpan open_mark;
  TextSpan close_mark;
  bool headline = false;
  // Reported in passing ("met Pullman, who had told him ..."): no antecedent
  // for the pronouns after it.
  bool aside = false;
  // A quote that opens its sentence or paragraph.
  bool opens = false;
  // How sure the detection is that this is attributed speech (the marks
  // balance, the clause is whole).
  float confidence = 0.9f;
  // Set by the select stage: how often the rule that chose the speaker is
  // right (kNoSpeaker without one). The quote's confidence is the product.
  float speaker_certainty = 1.0f;
  int block = 0;
  int speaker = -1;
  // The stage and rule that chose `phrase` (or, for an inherited speaker,
  // `speaker`): "direct.cue_after_quote", "resolve.inherit_direct"; a
  // literal, written as Quote.rule. Stage names are those of attributor.cc.
  absl::string_view rule;
};

// Cues are in text order; the first that starts at or after `pos`.
inline std::vector<Cue>::const_iterator FirstCueFrom(const Block& b, size_t pos) {
  return std::lower_bound(
      b.cues.begin(), b.cues.end(), pos,
      [](const Cue& c, size_t p) { return c.span.begin < p; });
}

// The cue that starts at byte `pos`, or nullptr.
inline const Cue* CueStartingAt(const Block& b, size_t pos) {
  auto it = FirstCueFrom(b, pos);
  return it != b.cues.end() && it->span.begin == pos ? &*it : nullptr;
}

// Pointers to `phrases` in text order; the phrases (strings and qualifiers,
// moved twice each by a sort) stay where they are. std::sort makes the same
// comparisons and moves on the pointers as on the phrases, so phrases that
// start together come out as sorting the phrases put them.
std::vector<SpeakerPhrase*> InTextOrder(std::vector<SpeakerPhrase>* phrases);

// One article's attribution in progress. Not copyable: the registry's
// source of groups (set by the resolve stage) reads the blocks in place.
struct ArticleState {
  // `names` (the attributor's, from its lexicon) must outlive the state:
  // the registry resolves phrases by its words.
  ArticleState(v1::ArticleAnalysis* analysis, const NameModel& names)
      : analysis(analysis), article(analysis->article()), text(article.text()),
        registry(names) {}
  ArticleState(const ArticleState&) = delete;
  ArticleState& operator=(const ArticleState&) = delete;

  // Whether byte `pos` lies inside a direct quote's marks.
  bool InsideQuote(size_t pos) const { return InsideAny(direct_spans, pos); }
  // Whether `span` is exactly an embedded (partial) quote or a title.
  bool IsEmbedded(TextSpan span) const;
  // Whether the quote whose opening mark starts at `pos` is a partial one
  // that the clause ending at `end` goes on after by a word or more.
  bool PartialAt(size_t pos, size_t end) const;

  v1::ArticleAnalysis* const analysis;  // written by the records stage
  const v1::Article& article;
  const absl::string_view text;

  // blocks: the body paragraphs inside the text; the blocks (those
  // paragraphs, then the headline when it was read from the text) and
  // their tokens. cues: each block's cues and sentences.
  std::vector<TextSpan> paragraphs;
  std::vector<Block> blocks;
  // persons: the persons the body names, and the surnames that open its
  // sentences; in text order (marks flags those inside quotes).
  std::vector<SpeakerPhrase> persons;
  std::vector<SpeakerPhrase*> persons_in_order;
  // Names seen only as owners, of first names the lexicon does not know
  // ("Damon Green’s office"): full names for a later surname alone.
  std::vector<SpeakerPhrase> possessive_names;
  // marks: the quotes in quotation marks, sorted by where they begin, and
  // their contents (to mask cues inside them).
  std::vector<MarkedQuote> marked;
  std::vector<TextSpan> direct_spans;
  // titles: for each marked quote, whether it is a title or a crosshead,
  // not speech; and those quotes' contents, in text order.
  std::vector<bool> title_marks;
  std::vector<TextSpan> titles;
  // direct: partial quotes inside a sentence, candidates for MIXED speech,
  // in text order.
  std::vector<TextSpan> embedded;
  // Every stage that finds quotes adds its drafts here; they stay where
  // they are made from the order stage on, which lists pointers to them.
  std::vector<Draft> drafts;
  // order: the drafts in text order, headline last; select filters and
  // sorts them, join joins them, records writes them.
  std::vector<Draft*> quotes;
  // resolve: the speakers the drafts' phrases resolve to, and the blocks
  // in text order for its source of groups.
  EntityRegistry registry;
  std::vector<const Block*> blocks_in_order;
  bool blocks_overlap = false;
  size_t blocks_searched = 0;
};

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_ATTRIBUTION_ARTICLE_STATE_H_
