// Word tests and token walks that the attribution stages share: where a
// token sits, which words open or close a clause, what follows a cue.
// Pure functions of the tokens and the text; the small ones that run for
// every word or quote are inline.
#ifndef QUOTES_ATTRIBUTION_CLAUSE_WORDS_H_
#define QUOTES_ATTRIBUTION_CLAUSE_WORDS_H_

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/string_view.h"
#include "quotes/speakers/speakers.h"
#include "quotes/text/text_span.h"
#include "quotes/text/tokens.h"

namespace quotes {
namespace internal {

// How far (in tokens) "that" may follow its cue: "said on Monday that".
constexpr int kMaxThatDistance = 12;
// How far (in tokens) a sentence's subject may sit before its cue, and a cue
// after a quote. These bound the work per quote, so one enormous paragraph
// costs time linear in its length.
constexpr int kMaxSubjectDistance = 60;
constexpr int kMaxCueDistance = 24;

inline std::string Lower(absl::string_view s) { return absl::AsciiStrToLower(s); }

inline int TokenAt(const std::vector<Token>& tokens, size_t pos) {
  // std::lower_bound without its branches: the halving steps select with a
  // conditional move, so a search costs no mispredictions (it runs for
  // every quote, cue and span).
  if (tokens.empty()) return 0;
  const Token* base = tokens.data();
  size_t n = tokens.size();
  while (n > 1) {
    const size_t half = n / 2;
    base = base[half].span().begin < pos ? base + half : base;
    n -= half;
  }
  return static_cast<int>(base - tokens.data()) + (base->span().begin < pos ? 1 : 0);
}

inline bool IsWord(const Token& t) { return !t.punct; }

// The words of `tokens` inside `span`. `from`, when given, is a token at or
// before the first that starts inside the span (one that starts before it,
// or that first one): as tokens are in text order, all those before `from`
// start before the span too, so TokenAt(tokens, span.begin) is the first
// token from `from` on that does not, walked to in a step or two where the
// span starts right after `from` (a quote after its mark, the words after
// a comma), instead of a binary search.
inline int CountWords(const std::vector<Token>& tokens, TextSpan span, int from = -1) {
  const int size = static_cast<int>(tokens.size());
  int i = from;
  if (i < 0) {
    i = TokenAt(tokens, span.begin);
  } else {
    while (i < size && tokens[i].span().begin < span.begin) ++i;
  }
  int n = 0;
  for (; i < size && tokens[i].span().end <= span.end; ++i) n += IsWord(tokens[i]);
  return n;
}

inline bool IsSubjectPronoun(absl::string_view w) {
  return w == "he" || w == "she" || w == "they" || w == "we" || w == "I" ||
         w == "it" || w == "you";
}

inline bool IsArticleOrPossessive(absl::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" ||
         w == "their" || w == "its" || w == "this" || w == "these" ||
         w == "those" || w == "our" || w == "my";
}

inline bool IsOpeningMark(absl::string_view t) {
  return t == "\"" || t == "'" || t == "“" || t == "‘" || t == "«" || t == "„";
}
inline bool IsClosingMark(absl::string_view t) {
  return t == "\"" || t == "'" || t == "”" || t == "’" || t == "»";
}

inline bool IsDash(absl::string_view t) {
  return t == "—" || t == "–" || t == "―" || t == "-";
}

// True when `pos` lies inside one of `spans` (sorted, not overlapping).
inline bool InsideAny(const std::vector<TextSpan>& spans, size_t pos) {
  auto it = std::upper_bound(
      spans.begin(), spans.end(), pos,
      [](size_t p, const TextSpan& s) { return p < s.begin; });
  return it != spans.begin() && pos < std::prev(it)->end;
}

// The end of tokens [begin, end) without an agency's credit closing them:
// "..., Trend reports" and "..., AzerNews reported" end before the comma.
int WithoutAgencyCredit(const std::vector<Token>& t, int begin, int end);

// Auxiliaries and conjunctions: a reported clause never opens with one.
bool StartsWithVerb(absl::string_view w);

// Whether tokens[k, s_end) open a clause without "that": a short subject
// and then an auxiliary or modal verb. "stressed the UK would abide by
// ...", "noted he had been ..."; not "stressed the importance of ..." or
// "noted in a speech". For the verbs that report only a that-clause
// otherwise.
bool BareClauseAt(const std::vector<Token>& t, int k, int s_end);

// Conjunctions that open a clause of their own: '“...,” while 73 percent
// said' quotes no one.
bool StartsClause(absl::string_view w);

// Auxiliaries, modals and their negated forms: a finite clause holds one
// ("the city would build", "the plan had failed", "it isn't").
bool IsAuxiliary(absl::string_view w);

// True when the quoted words end with a full stop, question or exclamation
// mark: the quote is a sentence of its own.
bool EndsSentence(absl::string_view text, TextSpan content);

// True when a line break separates token `k` from the one before it.
bool NewLineBefore(absl::string_view text, const std::vector<Token>& t, int k);

// True when the words from token `k` on close a signature line: the end of
// the paragraph, line or sentence, or a short comma-led tail that ends one
// with no quote mark inside (", 34, a nurse from Leeds").
bool SignatureEnds(absl::string_view text, const std::vector<Token>& t, int k);

// Words that open an adverbial phrase, not a subject: "With ...", "After ...".
bool IsOpeningPreposition(absl::string_view w);

// Words that open a phrase of time, place or channel after an attribution:
// "said on Thursday", "told reporters at a news conference in Ohio".
bool OpensAdjunct(absl::string_view w);

// Words that make the phrase after a cue its complement, not an adjunct:
// "told the council at length about the delays", "said in reply to".
bool OpensComplement(absl::string_view w);

// Whether the phrase after the cue `form` ("said in a statement", "told")
// is an adjunct of time, place or channel rather than its object: the verbs
// of plain report.
bool TakesAdjunctPhrases(absl::string_view form);

// Whether the cue `form` opens with a present participle: "saying",
// "pointing out".
bool IsParticiple(absl::string_view form);

// Where the adjuncts after an attribution that ends at token `k` stop:
// dates, adverbs and, after "say" and "tell" (`phrases`), a few short
// phrases of time, place or channel ("said Thursday", "said on Monday in a
// statement") up to punctuation or `s_end`; other verbs take such a phrase
// as their object ("hinted at a giveaway", "insisted on a vote").
// `k` itself when those words hold a clause, a pronoun, an auxiliary or a
// complement ("said in an interview he would resign", "told the council at
// length about the delays").
int SkipAdjuncts(const NameModel& names, const std::vector<Token>& t, int k,
                 int s_end, bool phrases);

// Past a day right after a cue, where a clause follows it: "said on Monday
// a man had been ...", "said late on Sunday night the ...", "said Friday
// the ...", "said on March 5 ...". `k` itself when there is no such day.
int SkipDay(const NameModel& names, const std::vector<Token>& t, int k,
            int s_end);

// Whether the words from token `from` to byte `end` are in title case: at
// least two words of three letters or more that are no function word ("the",
// "and", "for", "with"), seven in ten of them capitalised. "Face the
// Nation", "Make Your Kid a Millionaire".
bool IsTitleCase(const std::vector<Token>& t, int from, size_t end);

// The object of the quote verb at token `v` of `ot` and the quote closing at
// byte `close_end` of `ct`, up to the punctuation after it: "the plan
// “unworkable”", "the fact that “billions” go hungry".
TextSpan ObjectAndQuote(const std::vector<Token>& ot, int v,
                        const std::vector<Token>& ct, size_t close_end);

// Where the sentence around token `i` starts: after the last full stop,
// question or exclamation mark before it.
int SentenceStart(const std::vector<Token>& t, int i);

// Whether tokens [begin, quote) can be the object of a verb of quoting,
// so that the quote is what the verb's subject called it: "the plan", "the
// budget as", "half of Trump's supporters" - a few words, no punctuation.
bool IsQuoteVerbObject(const std::vector<Token>& tokens, int begin, int quote);

// Whether byte `pos` opens a sentence of the block that starts at byte
// `block_begin`: only spaces and quote marks after the block start or a
// full stop, question or exclamation mark.
bool OpensSentenceAt(absl::string_view text, size_t block_begin, size_t pos);

// A record's id: its letter and its number `n` (positive), "q12", "s3".
// std::to_chars into the stack: StrCat's general path cost ~150
// instructions an id, for every quote and speaker.
std::string RecordId(char letter, int n);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_ATTRIBUTION_CLAUSE_WORDS_H_
