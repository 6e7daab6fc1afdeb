#include "quotes/attribution/attributor.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/strip.h"
#include "quotes/attribution/quote_marks.h"
#include "quotes/text/re2_util.h"
#include "quotes/text/segmenter.h"
#include "quotes/text/tokens.h"
#include "quotes/text/word_list.h"

namespace quotes {
namespace internal {
namespace {

// A direct quote shorter than this, inside a sentence and with no cue, is a
// scare quote or a nickname, not speech.
constexpr int kMinEmbeddedWords = 6;
// Reported speech shorter than this is not a claim anyone made.
constexpr int kMinReportedWords = 3;
// How far (in tokens) "that" may follow its cue: "said on Monday that".
constexpr int kMaxThatDistance = 12;
// How far (in tokens) a sentence's subject may sit before its cue, and a cue
// after a quote. These bound the work per quote, so one enormous paragraph
// costs time linear in its length.
constexpr int kMaxSubjectDistance = 60;
constexpr int kMaxCueDistance = 24;
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
  float confidence = 0.9f;
  int block = 0;
  int speaker = -1;
};

std::string Lower(absl::string_view s) { return absl::AsciiStrToLower(s); }

int TokenAt(const std::vector<Token>& tokens, size_t pos) {
  // std::lower_bound without its branches: the halving steps select with a
  // conditional move, so a search costs no mispredictions (it runs for
  // every quote, cue and span).
  if (tokens.empty()) return 0;
  const Token* base = tokens.data();
  size_t n = tokens.size();
  while (n > 1) {
    const size_t half = n / 2;
    base = base[half].span.begin < pos ? base + half : base;
    n -= half;
  }
  return static_cast<int>(base - tokens.data()) + (base->span.begin < pos ? 1 : 0);
}

// The end of tokens [begin, end) without an agency's credit closing them:
// "..., Trend reports" and "..., AzerNews reported" end before the comma.
int WithoutAgencyCredit(const std::vector<Token>& t, int begin, int end) {
  if (end - begin < 4 || (t[end - 1].text != "reports" && t[end - 1].text != "reported")) {
    return end;
  }
  int i = end - 1;
  while (i > begin && end - 1 - i < 3 && t[i - 1].capitalized && !t[i - 1].punct) --i;
  return i < end - 1 && i - 1 > begin && t[i - 1].text == "," ? i - 1 : end;
}

bool IsWord(const Token& t) { return !t.punct; }

// The words of `tokens` inside `span`. `from`, when given, is a token at or
// before the first that starts inside the span (one that starts before it,
// or that first one): as tokens are in text order, all those before `from`
// start before the span too, so TokenAt(tokens, span.begin) is the first
// token from `from` on that does not, walked to in a step or two where the
// span starts right after `from` (a quote after its mark, the words after
// a comma), instead of a binary search.
int CountWords(const std::vector<Token>& tokens, TextSpan span, int from = -1) {
  const int size = static_cast<int>(tokens.size());
  int i = from;
  if (i < 0) {
    i = TokenAt(tokens, span.begin);
  } else {
    while (i < size && tokens[i].span.begin < span.begin) ++i;
  }
  int n = 0;
  for (; i < size && tokens[i].span.end <= span.end; ++i) n += IsWord(tokens[i]);
  return n;
}

// Auxiliaries and conjunctions: a reported clause never opens with one.
bool StartsWithVerb(absl::string_view w) {
  static constexpr absl::string_view kWords[] = {
      "was", "were", "is", "are", "had", "has", "have", "would", "could",
      "should", "will", "can", "may", "might", "must", "did", "do", "does",
      "and", "or", "but", "been", "being"};
  return IsOneOf(w, kWords);
}

// Whether tokens[k, s_end) open a clause without "that": a short subject
// and then an auxiliary or modal verb. "stressed the UK would abide by
// ...", "noted he had been ..."; not "stressed the importance of ..." or
// "noted in a speech". For the verbs that report only a that-clause
// otherwise.
bool BareClauseAt(const std::vector<Token>& t, int k, int s_end) {
  static constexpr absl::string_view kAuxiliaries[] = {
      "would", "will", "was", "were", "is", "are", "had", "has", "have",
      "could", "can", "should", "must", "may", "might"};
  static constexpr absl::string_view kNoSubject[] = {
      "in", "on", "at", "to", "for", "of", "with", "by", "from", "about", "as",
      "during", "after", "before", "that", "what", "how", "why", "whether",
      "if", "and", "or", "but", "it", "this", "him", "them", "us", "me"};
  if (k >= s_end || t[k].punct || IsOneOf(LowerWord(t[k].text), kNoSubject)) return false;
  constexpr int kMaxSubjectWords = 5;
  for (int j = k + 1; j < s_end && j <= k + kMaxSubjectWords; ++j) {
    if (t[j].punct) return false;
    if (IsOneOf(t[j].text, kAuxiliaries)) {
      // "who had", "which was": a relative clause inside the object.
      static constexpr absl::string_view kRelatives[] = {"who", "which", "that", "whom"};
      return !IsOneOf(t[j - 1].text, kRelatives);
    }
  }
  return false;
}

// Conjunctions that open a clause of their own: '“...,” while 73 percent
// said' quotes no one.
bool StartsClause(absl::string_view w) {
  static constexpr absl::string_view kWords[] = {
      "while", "and", "but", "or", "as", "when", "because", "although",
      "though", "whereas", "since", "if", "so", "after", "before"};
  return IsOneOf(w, kWords);
}

bool IsSubjectPronoun(absl::string_view w) {
  return w == "he" || w == "she" || w == "they" || w == "we" || w == "I" ||
         w == "it" || w == "you";
}

// Auxiliaries, modals and their negated forms: a finite clause holds one
// ("the city would build", "the plan had failed", "it isn't").
bool IsAuxiliary(absl::string_view w) {
  static constexpr absl::string_view kWords[] = {
      "was", "were", "is", "are", "had", "has", "have", "would", "could",
      "should", "will", "can", "may", "might", "must", "did", "does", "do"};
  return IsOneOf(w, kWords) || absl::EndsWith(w, "n't") || absl::EndsWith(w, "n\u2019t");
}

bool IsArticleOrPossessive(absl::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" ||
         w == "their" || w == "its" || w == "this" || w == "these" ||
         w == "those" || w == "our" || w == "my";
}

// True when the quoted words end with a full stop, question or exclamation
// mark: the quote is a sentence of its own.
bool EndsSentence(absl::string_view text, TextSpan content) {
  size_t e = content.end;
  while (e > content.begin && (text[e - 1] == ' ' || text[e - 1] == '\n')) --e;
  if (e == content.begin) return false;
  const char c = text[e - 1];
  return c == '.' || c == '!' || c == '?';
}

bool IsOpeningMark(absl::string_view t) {
  return t == "\"" || t == "'" || t == "“" || t == "‘" || t == "«" || t == "„";
}
bool IsClosingMark(absl::string_view t) {
  return t == "\"" || t == "'" || t == "”" || t == "’" || t == "»";
}

bool IsDash(absl::string_view t) {
  return t == "—" || t == "–" || t == "―" || t == "-";
}

// True when a line break separates token `k` from the one before it.
bool NewLineBefore(absl::string_view text, const std::vector<Token>& t, int k) {
  if (k <= 0 || k >= static_cast<int>(t.size())) return false;
  const size_t from = t[k - 1].span.end;
  return text.substr(from, t[k].span.begin - from).find('\n') !=
         absl::string_view::npos;
}

// True when the words from token `k` on close a signature line: the end of
// the paragraph, line or sentence, or a short comma-led tail that ends one
// with no quote mark inside (", 34, a nurse from Leeds").
bool SignatureEnds(absl::string_view text, const std::vector<Token>& t, int k) {
  const int n = static_cast<int>(t.size());
  if (k >= n || t[k].text == "." || NewLineBefore(text, t, k)) return true;
  if (t[k].text != "," && t[k].text != "(") return false;
  for (int m = k + 1; m < n && m - k <= 16; ++m) {
    if (NewLineBefore(text, t, m)) return true;
    if (IsOpeningMark(t[m].text) || IsClosingMark(t[m].text)) return false;
    if (t[m].text == "." || m + 1 >= n) return true;
  }
  return false;
}

// Words that open an adverbial phrase, not a subject: "With ...", "After ...".
bool IsOpeningPreposition(absl::string_view w) {
  static constexpr absl::string_view kWords[] = {
      "with", "after", "before", "during", "in", "at", "on", "from", "for",
      "by", "as", "since", "despite", "among", "amid", "under", "without",
      "while", "when", "if", "although", "though", "because", "until"};
  for (absl::string_view k : kWords) {
    if (absl::EqualsIgnoreCase(w, k)) return true;
  }
  return false;
}

// Words that open a phrase of time, place or channel after an attribution:
// "said on Thursday", "told reporters at a news conference in Ohio".
bool OpensAdjunct(absl::string_view w) {
  static constexpr absl::string_view kWords[] = {
      "on", "in", "at", "during", "after", "before", "via", "last", "this",
      "late", "early", "earlier", "over"};
  return IsOneOf(w, kWords);
}

// Words that make the phrase after a cue its complement, not an adjunct:
// "told the council at length about the delays", "said in reply to".
bool OpensComplement(absl::string_view w) {
  static constexpr absl::string_view kWords[] = {
      "about", "to", "for", "with", "of", "as", "that", "how", "what",
      "why", "whether", "which", "who"};
  return IsOneOf(w, kWords);
}

// Whether the phrase after the cue `form` ("said in a statement", "told")
// is an adjunct of time, place or channel rather than its object: the verbs
// of plain report.
bool TakesAdjunctPhrases(absl::string_view form) {
  static constexpr absl::string_view kVerbs[] = {
      "said", "says", "say", "told", "tells", "added", "adds", "wrote",
      "writes"};
  return IsOneOf(form.substr(0, form.find(' ')), kVerbs);
}

// Whether the cue `form` opens with a present participle: "saying",
// "pointing out".
bool IsParticiple(absl::string_view form) {
  return absl::EndsWith(form.substr(0, form.find(' ')), "ing");
}

// Where the adjuncts after an attribution that ends at token `k` stop:
// dates, adverbs and, after "say" and "tell" (`phrases`), a few short
// phrases of time, place or channel ("said Thursday", "said on Monday in a
// statement") up to punctuation or `s_end`; other verbs take such a phrase
// as their object ("hinted at a giveaway", "insisted on a vote").
// `k` itself when those words hold a clause, a pronoun, an auxiliary or a
// complement ("said in an interview he would resign", "told the council at
// length about the delays").
int SkipAdjuncts(const NameModel& names, const std::vector<Token>& t, int k,
                 int s_end, bool phrases) {
  int m = k;
  while (m < s_end && !t[m].punct) {
    if (IsAuxiliary(t[m].text)) return k;
    if (names.IsDateWord(t[m]) || (t[m].lower && names.IsCueAdverb(t[m]))) {
      ++m;
      continue;
    }
    if (!phrases || !t[m].lower || !OpensAdjunct(t[m].text)) return k;
    const int start = m;
    for (++m; m < s_end && !t[m].punct && !OpensAdjunct(t[m].text); ++m) {
      if (m - start > 6 || IsSubjectPronoun(t[m].text) ||
          IsAuxiliary(t[m].text) || OpensComplement(t[m].text)) {
        return k;
      }
    }
  }
  return m;
}

// Past a day right after a cue, where a clause follows it: "said on Monday
// a man had been ...", "said late on Sunday night the ...", "said Friday
// the ...", "said on March 5 ...". `k` itself when there is no such day.
int SkipDay(const NameModel& names, const std::vector<Token>& t, int k,
            int s_end) {
  static constexpr absl::string_view kBefore[] = {"on", "late", "early", "last"};
  static constexpr absl::string_view kPartOfDay[] = {"morning", "afternoon",
                                                     "evening", "night"};
  int m = k;
  while (m < s_end && m - k < 3 && IsOneOf(t[m].text, kBefore)) ++m;
  if (m >= s_end || !names.IsDateWord(t[m])) return k;
  ++m;
  if (m < s_end && !t[m].punct && !t[m].alpha) ++m;  // "March 5"
  if (m < s_end && IsOneOf(t[m].text, kPartOfDay)) ++m;
  return m < s_end && !t[m].punct ? m : k;
}

// "Democratic presidential nominee Hillary Clinton chimed in": a person
// named a few words after `k`, past modifiers the name parser does not read
// as a title, with a verb (a lower-case word) after the name. An auxiliary
// or "that" on the way is a verb: the name is no subject.
SpeakerPhrase PersonAfterModifiers(const NameModel& names,
                                   absl::string_view text,
                                   const std::vector<Token>& t, int k,
                                   int s_end) {
  if (t[k].punct) return {};
  for (int j = k + 1; j < s_end && j <= k + 4 && !t[j].punct; ++j) {
    if (StartsWithVerb(t[j].text) || t[j].text == "that") break;
    if (!t[j].capitalized) continue;
    int next = 0;
    SpeakerPhrase p = names.ParseAfter(text, t, j, &next);
    if (p.form == v1::FULL && next < s_end && t[next].lower) return p;
  }
  return {};
}

// The subject of the sentence held by tokens[s_begin, s_end): the first
// person phrase at its start or after a comma that a lower-case word (the
// verb) follows. "During the meeting, Karimov spoke ..." gives Karimov.
SpeakerPhrase SentenceSubject(const NameModel& names, absl::string_view text,
                              const std::vector<Token>& t, int s_begin,
                              int s_end) {
  for (int k = s_begin; k < s_end && k < s_begin + kMaxSubjectDistance; ++k) {
    if (k != s_begin && t[k - 1].text != ",") continue;
    // "With party leaders worried, Obama is ...": an opening phrase; "...,
    // saying that officials should ...": a participle's clause.
    if (IsOpeningPreposition(t[k].text) ||
        (t[k].lower && absl::EndsWith(t[k].text, "ing"))) {
      continue;
    }
    int next = 0;
    SpeakerPhrase p = names.ParseAfter(text, t, k, &next);
    // Groups only when named by a group noun ("Japanese government
    // officials played down the data, arguing that ..."), or by an acronym
    // or an organisation's name of two capitalised words or more before a
    // verb ("The LSE rejected the offer, saying ...", "Multiplex Group cut
    // its forecast, saying ..."; not "Democratic presidential nominee").
    bool named_group = false;
    if (p.form == v1::ORGANIZATION && next > k && next < s_end &&
        LooksLikeFiniteVerb(t[next]) && !p.name.empty() &&
        absl::ascii_isupper(static_cast<unsigned char>(p.name[0]))) {
      const Token& head = t[next - 1];
      named_group = (head.acronym && head.text != "US" && head.text != "UK") ||
                    (names.IsOrganizationWord(head) && next - 2 >= k &&
                     t[next - 2].capitalized);
    }
    if (!p.empty() && next < s_end && t[next].lower &&
        (p.form != v1::ORGANIZATION || names.IsGroupNoun(t[next - 1]) || named_group)) {
      return p;
    }
    if (k == s_begin) {
      p = PersonAfterModifiers(names, text, t, k, s_end);
      if (!p.empty()) return p;
    }
  }
  return {};
}

// Whether tokens[begin, end), the words before ", X said", can be what X
// said: not a name with its description ("Senator Dianne Feinstein,
// Democrat of California, said"), not an opening phrase ("During his years
// in office, he said"), not a few words ("All of this, he said").
bool FrontIsClause(const NameModel& names, absl::string_view text,
                   const std::vector<Token>& t, int begin, int end) {
  int words = 0;
  for (int k = begin; k < end; ++k) words += !t[k].punct;
  if (words < 4) return false;
  static constexpr absl::string_view kOpeners[] = {
      "during", "back", "in", "as", "for", "after", "before", "since",
      "though", "although", "while", "when", "if", "all", "because", "with",
      "without", "despite", "unlike", "like", "even", "including", "asked",
      "pressed", "speaking", "responding", "referring"};
  if (IsOneOf(LowerWord(t[begin].text), kOpeners)) return false;
  int next = 0;
  SpeakerPhrase lead = names.ParseAfter(text, t, begin, &next);
  if ((lead.form == v1::FULL || lead.form == v1::SURNAME) && next < end &&
      t[next].text == ",") {
    return false;
  }
  return true;
}

// Whether the words from token `from` to byte `end` are in title case: at
// least two words of three letters or more that are no function word ("the",
// "and", "for", "with"), seven in ten of them capitalised. "Face the
// Nation", "Make Your Kid a Millionaire".
bool IsTitleCase(const std::vector<Token>& t, int from, size_t end) {
  static constexpr absl::string_view kMinor[] = {"the", "and", "for", "from",
                                                 "with", "into", "over"};
  int caps = 0, long_words = 0;
  for (int m = from; m < static_cast<int>(t.size()) && t[m].span.end <= end;
       ++m) {
    if (t[m].punct || t[m].text.size() < 3 || IsOneOf(t[m].text, kMinor)) {
      continue;
    }
    ++long_words;
    caps += t[m].capitalized;
  }
  return long_words >= 2 && caps * 10 >= long_words * 7;
}

// "... with Mitch McConnell, who in 2010 said ...": the person a relative
// "who" right before the cue at token `tc` (past a few words of time) refers
// to, the phrase before its comma.
SpeakerPhrase RelativeSubject(const NameModel& names, absl::string_view text,
                              const std::vector<Token>& t, int tc,
                              int s_begin) {
  for (int k = tc - 1; k > s_begin + 1 && tc - k <= 4; --k) {
    if (t[k].punct) return {};
    if (t[k].text != "who") continue;
    if (t[k - 1].text != ",") return {};
    SpeakerPhrase p = names.ParseBefore(text, t, k - 1);
    if (p.form != v1::FULL && p.form != v1::SURNAME) return {};
    // "Democrats on Capitol Hill, who": a place names no one, before the
    // phrase or inside it.
    static constexpr absl::string_view kPlaces[] = {"on", "in", "at", "from",
                                                    "near", "across"};
    for (int m = std::max(0, TokenAt(t, p.span.begin) - 1); m < k; ++m) {
      if (IsOneOf(t[m].text, kPlaces)) return {};
    }
    return p;
  }
  return {};
}

// The object of the quote verb at token `v` of `ot` and the quote closing at
// byte `close_end` of `ct`, up to the punctuation after it: "the plan
// “unworkable”", "the fact that “billions” go hungry".
TextSpan ObjectAndQuote(const std::vector<Token>& ot, int v,
                        const std::vector<Token>& ct, size_t close_end) {
  int e = TokenAt(ct, close_end);
  while (e < static_cast<int>(ct.size()) && !ct[e].punct) ++e;
  return {ot[v + 1].span.begin, std::max(close_end, ct[e - 1].span.end)};
}

// Where the sentence around token `i` starts: after the last full stop,
// question or exclamation mark before it.
int SentenceStart(const std::vector<Token>& t, int i) {
  const int floor = std::max(0, i - kMaxSubjectDistance);
  while (i > floor && !(t[i - 1].punct && (t[i - 1].text == "." ||
                                           t[i - 1].text == "!" ||
                                           t[i - 1].text == "?"))) {
    --i;
  }
  return i;
}

// "AP quoted prosecutor Russell McGuire as saying": the phrase between
// "quoted" and "as", when the cue at token `tc` follows "as".
SpeakerPhrase QuotedAs(const NameModel& names, absl::string_view text,
                       const std::vector<Token>& t, int tc) {
  if (tc < 2 || t[tc - 1].text != "as") return {};
  for (int k = tc - 2; k >= 0 && k >= tc - 10; --k) {
    if (t[k].punct) break;
    if (t[k].text == "quoted") {
      int next = 0;
      SpeakerPhrase p = names.ParseAfter(text, t, k + 1, &next);
      if (next == tc - 1) return p;
      break;
    }
  }
  return {};
}

// Cues are in text order; the first that starts at or after `pos`.
std::vector<Cue>::const_iterator FirstCueFrom(const Block& b, size_t pos) {
  return std::lower_bound(
      b.cues.begin(), b.cues.end(), pos,
      [](const Cue& c, size_t p) { return c.span.begin < p; });
}

const Cue* CueStartingAt(const Block& b, size_t pos) {
  auto it = FirstCueFrom(b, pos);
  return it != b.cues.end() && it->span.begin == pos ? &*it : nullptr;
}

// Calls `f(begin, end)` for every non-overlapping match of the cue pattern
// that starts in a word of `tokens` and ends by `limit`, left to right:
// `match_at(pos)` (the length of the pattern's match anchored at byte `pos`
// and ending by `limit`, or 0) runs at each run of ASCII word characters
// that may start a cue form (NameModel::MayStartCue). As every cue form
// begins with such a run right after \b, these are exactly ForEachMatch's
// matches over the tokens' range, without scanning the text match by match
// (~250 ns a match).
template <typename MatchAt, typename F>
void ForEachWordStartMatch(MatchAt match_at, const NameModel& starts,
                           absl::string_view text,
                           const std::vector<Token>& tokens, F f) {
  size_t next = 0;  // matches do not overlap
  // Tries an anchored match at `pos`; on success reports it and moves `next`.
  auto try_at = [&](size_t pos) {
    const size_t n = match_at(pos);
    if (n == 0) return;
    f(pos, pos + n);
    next = pos + n;
  };
  for (const Token& t : tokens) {
    // One run, the whole word, and no punctuation (which has no letters):
    // most words. Tested first, as it needs no more; and its class bit
    // before its place, as few words may start a cue.
    if (t.alpha) {
      if (starts.MayStartCue(t) && t.span.begin >= next) try_at(t.span.begin);
      continue;
    }
    if (t.punct || t.span.end <= next) continue;
    // A token's bytes lie inside the text: read unchecked.
    auto word_byte = [&](size_t k) {
      return kAsciiWordBytes[static_cast<unsigned char>(text.data()[k])];
    };
    size_t i = t.span.begin;
    while (i < t.span.end) {
      while (i < t.span.end && !word_byte(i)) ++i;
      size_t j = i;
      while (j < t.span.end && word_byte(j)) ++j;
      if (j > i && i >= next &&
          starts.MayStartCue(absl::string_view(text.data() + i, j - i))) {
        try_at(i);
        j = std::max(j, next);
      }
      i = j;
    }
  }
}

// Whether tokens [begin, quote) can be the object of a verb of quoting,
// so that the quote is what the verb's subject called it: "the plan", "the
// budget as", "half of Trump's supporters" - a few words, no punctuation.
bool IsQuoteVerbObject(const std::vector<Token>& tokens, int begin, int quote) {
  if (quote - begin > 8) return false;
  for (int i = begin; i < quote; ++i) {
    if (tokens[i].punct) return false;
  }
  return true;
}

// Whether byte `pos` opens a sentence of the block that starts at byte
// `block_begin`: only spaces and quote marks after the block start or a
// full stop, question or exclamation mark.
bool OpensSentenceAt(absl::string_view text, size_t block_begin, size_t pos) {
  while (pos > block_begin) {
    const unsigned char c = static_cast<unsigned char>(text[pos - 1]);
    if (c == '.' || c == '!' || c == '?') return true;
    // Spaces, straight quotes and the bytes of curly ones.
    if (c != ' ' && c != '"' && c != '\'' && c < 0x80) return false;
    --pos;
  }
  return true;
}

// Every cue form: "according to" and the speech verbs' forms.
std::vector<std::string> CueForms(const v1::Lexicon& lexicon) {
  // "Said Ellis: “...”": the inverted cue opening a sentence.
  std::vector<std::string> forms = {"according to", "According to", "Said",
                                    "Says"};
  for (const v1::SpeechVerb& v : lexicon.speech_verbs()) {
    for (const std::string& f : v.forms()) forms.push_back(f);
  }
  return forms;
}

// Whether `b` goes on the quote `a` that an attribution interrupts:
// "“A,” said X. “B”", "“A,” X said, referring to Y, “b”". Both are direct
// quotes in one paragraph; a's cue lies between them and b has no other cue
// and a's speaker; between them stands nothing but the attribution (no
// other quote mark), which ends in a stop, comma, colon or dash, or in a
// comma and "but".
bool JoinsInterrupted(absl::string_view text, const std::vector<Block>& blocks,
                      const Draft& a, const Draft& b) {
  // b may take a's cue as its own introduction ("..., Tester said, “b”").
  const bool shares_cue = !b.cue.empty() && b.cue_span.begin == a.cue_span.begin;
  if (a.kind != v1::DIRECT || b.kind != v1::DIRECT || a.headline || b.headline ||
      a.cue.empty() || (!shares_cue && (!b.cue.empty() || !b.inherit)) ||
      a.speaker < 0 ||
      a.speaker != b.speaker || b.content.begin <= a.content.end ||
      a.cue_span.begin < a.content.end || a.cue_span.end > b.content.begin) {
    return false;
  }
  const absl::string_view gap =
      text.substr(a.content.end, b.content.begin - a.content.end);
  if (gap.size() > kMaxAttributionBytes || absl::StrContains(gap, "\n")) {
    return false;
  }
  if (a.close_mark.size() == 0 || b.open_mark.size() == 0 ||
      b.open_mark.begin < a.close_mark.end) {
    return false;
  }
  const absl::string_view between =
      text.substr(a.close_mark.end, b.open_mark.begin - a.close_mark.end);
  for (absl::string_view mark : {"\"", "\u201c", "\u201d", "\u00ab", "\u00bb",
                                 "\u201e", "\u2018"}) {
    if (absl::StrContains(between, mark)) return false;
  }
  // The attribution is one sentence at most: b opens inside the sentence of
  // a's cue or right after it ("“A,” he said. Later, the board voted. “B”"
  // is two quotes).
  size_t k = static_cast<size_t>(a.block);
  while (k < blocks.size() && !blocks[k].headline && blocks[k].span.end <= a.cue_span.begin) {
    ++k;
  }
  if (k >= blocks.size() || !blocks[k].span.Contains(a.cue_span.begin)) return false;
  const std::vector<TextSpan>& sentences = blocks[k].sentences;
  auto sentence = std::upper_bound(
      sentences.begin(), sentences.end(), a.cue_span.begin,
      [](size_t pos, const TextSpan& s) { return pos < s.begin; });
  if (sentence == sentences.begin()) return false;
  --sentence;
  if (sentence->end < b.open_mark.begin &&
      !IsBlank(text.substr(sentence->end, b.open_mark.begin - sentence->end))) {
    return false;
  }
  const absl::string_view tail = absl::StripTrailingAsciiWhitespace(between);
  // "“A,” he said, but “b”": the conjunction carries the sentence on into
  // the second piece.
  if (absl::EndsWith(tail, ", but")) return true;
  if (tail.empty()) return false;
  const char last = tail.back();
  return last == '.' || last == ',' || last == ':' || last == ';' ||
         absl::EndsWith(tail, "\u2014") || absl::EndsWith(tail, "\u2013");
}

// "Fowler said the politics would be more intense — and he noted that any
// change would come later": a reported clause ends where the next clause's
// subject (or cue) begins inside it, without the conjunction and
// punctuation that join them. `drafts` are sorted by where they begin.
void EndBeforeNextClause(absl::string_view text, const std::vector<Draft*>& drafts) {
  const std::vector<Draft*>& d = drafts;
  for (size_t i = 0; i + 1 < d.size(); ++i) {
    Draft& a = *d[i];
    if (a.kind != v1::INDIRECT || a.headline) continue;
    const Draft& b = *d[i + 1];
    if (b.kind == v1::DIRECT || b.headline || b.cue.empty() ||
        b.cue_span.begin <= a.content.begin || b.cue_span.begin >= a.content.end ||
        b.content.begin >= a.content.end + 1 + kMaxAttributionBytes) {
      continue;
    }
    size_t end = b.cue_span.begin;
    if (!b.phrase.empty() && b.phrase.span.begin > a.content.begin &&
        b.phrase.span.begin < end) {
      end = b.phrase.span.begin;
    }
    // Only a clause joined by a conjunction, a semicolon or a dash ends it;
    // "his government says it wants to help" or "the $20bn that Yukos says
    // it is worth" is speech reported inside the clause. The joint goes.
    absl::string_view kept = text.substr(a.content.begin, end - a.content.begin);
    bool joined = false;
    for (bool trimmed = true; trimmed;) {
      const size_t before = kept.size();
      kept = absl::StripTrailingAsciiWhitespace(kept);
      if (absl::ConsumeSuffix(&kept, ",")) continue;
      for (absl::string_view joint : {";", "\u2014", "\u2013", " and", " but", " while",
                                      " whereas", " though", " although"}) {
        if (absl::ConsumeSuffix(&kept, joint)) {
          // "sites such as Google, eBay and Yahoo showed": names joined in
          // one subject, not two clauses.
          const absl::string_view words = absl::StripTrailingAsciiWhitespace(kept);
          const size_t space = words.find_last_of(' ');
          const size_t last_word = space == absl::string_view::npos ? 0 : space + 1;
          const bool name = last_word < words.size() &&
                            absl::ascii_isupper(static_cast<unsigned char>(words[last_word]));
          joined = joint != " and" || !name;
          break;
        }
      }
      trimmed = kept.size() != before;
    }
    if (!joined) continue;
    // Only where a clause of a few words is left.
    if (kept.size() < 12) continue;
    a.content.end = a.content.begin + kept.size();
  }
}

// Interrupted quotes become one record; a fragment that no quote goes on
// after is dropped. `drafts` are sorted by where they begin; the first
// piece takes the others in, and the list keeps it alone.
void JoinInterrupted(absl::string_view text, const std::vector<Block>& blocks,
                     std::vector<Draft*>* drafts) {
  std::vector<Draft*>& out = *drafts;
  size_t n = 0;  // out[0, n) are kept, each read before it is written over
  for (size_t i = 0; i < out.size(); ++i) {
    const Draft& d = *out[i];
    if (n > 0 && JoinsInterrupted(text, blocks, *out[n - 1], d)) {
      Draft& a = *out[n - 1];
      if (a.parts.empty()) a.parts.push_back(a.content);
      a.parts.push_back(d.content);
      a.content.end = d.content.end;
      a.close_mark = d.close_mark;
      a.confidence = std::min(a.confidence, d.confidence);
      a.fragment = false;
      continue;
    }
    if (n > 0 && out[n - 1]->fragment) --n;
    out[n++] = out[i];
  }
  if (n > 0 && out[n - 1]->fragment) --n;
  out.resize(n);
}

// A record's id: its letter and its number `n` (positive), "q12", "s3".
// std::to_chars into the stack: StrCat's general path cost ~150
// instructions an id, for every quote and speaker.
std::string RecordId(char letter, int n) {
  char id[16] = {letter};
  const std::to_chars_result r = std::to_chars(id + 1, id + sizeof(id), n);
  return std::string(id, r.ptr);
}

// Pointers to `phrases` in text order; the phrases (strings and qualifiers,
// moved twice each by a sort) stay where they are. std::sort makes the same
// comparisons and moves on the pointers as on the phrases, so phrases that
// start together come out as sorting the phrases put them.
std::vector<SpeakerPhrase*> InTextOrder(std::vector<SpeakerPhrase>* phrases) {
  std::vector<SpeakerPhrase*> order;
  order.reserve(phrases->size());
  for (SpeakerPhrase& p : *phrases) order.push_back(&p);
  std::sort(order.begin(), order.end(), [](const SpeakerPhrase* a, const SpeakerPhrase* b) {
    return a->span.begin < b->span.begin;
  });
  return order;
}

// True when `pos` lies inside one of `spans` (sorted, not overlapping).
bool InsideAny(const std::vector<TextSpan>& spans, size_t pos) {
  auto it = std::upper_bound(
      spans.begin(), spans.end(), pos,
      [](size_t p, const TextSpan& s) { return p < s.begin; });
  return it != spans.begin() && pos < std::prev(it)->end;
}

}  // namespace

Attributor::Attributor(const v1::Lexicon& lexicon,
                       const AttributorOptions& options)
    : options_(options), names_(lexicon, CueForms(lexicon)) {
  // Stored with a leading space, so the check per quote is one EndsWith
  // with no string built.
  for (const std::string& c : lexicon.title_cues()) {
    title_cues_.push_back(absl::StrCat(" ", Lower(c)));
  }
  for (const std::string& n : lexicon.title_nouns()) title_nouns_.insert(Lower(n));
  for (const std::string& v : lexicon.quote_verbs()) quote_verbs_.insert(v);
  for (const std::string& n : lexicon.speech_nouns()) speech_nouns_.insert(n);
  // Written sources that speak for whoever issued them.
  for (const char* n : {"report", "statement", "press release", "release",
                        "communique", "communiqué", "filing", "document"}) {
    speech_nouns_.insert(n);
  }
}

int Attributor::QuoteVerbBefore(const std::vector<Token>& t,
                                int open_tok) const {
  const int s0 = SentenceStart(t, open_tok);
  for (int v = open_tok - 1; v > s0 && open_tok - v <= 10; --v) {
    if (t[v].punct && t[v].text != ",") return -1;
    if (t[v].punct || !t[v].lower || !quote_verbs_.contains(t[v].text)) continue;
    static constexpr absl::string_view kBe[] = {
        "was", "were", "is", "are", "be", "been", "being", "get", "got"};
    // "was called “...”": someone else's words.
    return IsOneOf(Lower(t[v - 1].text), kBe) ? -1 : v;
  }
  return -1;
}

bool Attributor::IsWhenWhereHead(const std::vector<Token>& t, int k,
                                 int s_end) const {
  static constexpr absl::string_view kEvents[] = {
      "news", "press", "conference", "briefing", "rally", "meeting", "event",
      "hearing", "summit", "ceremony", "parliament", "session", "debate"};
  if (k < s_end && IsArticleOrPossessive(t[k].text)) ++k;
  return k < s_end && (t[k].capitalized || names_.IsDateWord(t[k]) ||
                       speech_nouns_.contains(t[k].text) || IsOneOf(t[k].text, kEvents));
}

SpeakerPhrase Attributor::ParseAccordingTo(absl::string_view text,
                                           const std::vector<Token>& tokens,
                                           int begin, int* next) const {
  const int n = static_cast<int>(tokens.size());
  // "According to a statement issued by the ministry", "a report published
  // by the World Bank": the source after a document's participle.
  static constexpr absl::string_view kDocuments[] = {
      "report", "study", "survey", "release", "notice", "circular",
      "bulletin", "document", "analysis", "note", "order"};
  {
    static constexpr absl::string_view kArticles[] = {"a", "an", "the"};
    static constexpr absl::string_view kIssued[] = {
        "issued", "released", "published", "posted", "put", "sent",
        "circulated", "shared", "made", "compiled", "prepared", "carried"};
    int k = begin;
    if (k < n && IsOneOf(tokens[k].text, kArticles)) ++k;
    // "a joint statement", "a new report".
    if (k + 1 < n && tokens[k].lower && !speech_nouns_.contains(tokens[k].text) &&
        !IsOneOf(tokens[k].text, kDocuments)) {
      ++k;
    }
    if (k + 3 < n &&
        (speech_nouns_.contains(tokens[k].text) || IsOneOf(tokens[k].text, kDocuments)) &&
        IsOneOf(tokens[k + 1].text, kIssued)) {
      int b = k + 2;
      if (tokens[b].text == "out") ++b;  // "put out by"
      if (b + 1 < n && (tokens[b].text == "by" || tokens[b].text == "from")) {
        int after = 0;
        SpeakerPhrase source = names_.ParseAfter(text, tokens, b + 1, &after);
        if (!source.empty() && source.form != v1::PRONOUN) {
          *next = after;
          return source;
        }
      }
    }
  }
  SpeakerPhrase p = names_.ParseAfter(text, tokens, begin, next);
  if (p.empty() || *next <= begin || *next + 1 >= n) return p;
  // "according to the county sheriff's office": a group's office or
  // spokesperson, named by its owner in the possessive, is the source.
  if ((p.form == v1::ORGANIZATION || p.form == v1::DESCRIPTION) &&
      tokens[*next + 1].lower && !tokens[*next + 1].punct) {
    absl::string_view owner = tokens[*next].text;
    static constexpr absl::string_view kHeads[] = {
        "office", "department", "spokesman", "spokeswoman", "spokesperson",
        "press", "ministry", "agency", "service", "team", "lawyers", "lawyer"};
    if ((absl::ConsumeSuffix(&owner, "'s") || absl::ConsumeSuffix(&owner, "\u2019s")) &&
        !owner.empty() && IsOneOf(tokens[*next + 1].text, kHeads)) {
      size_t from = p.span.begin;
      const absl::string_view lead = text.substr(from, 4);
      if (lead == "the " || lead == "The ") from += 4;
      p.name = std::string(text.substr(from, tokens[*next + 1].span.end - from));
      p.form = v1::ORGANIZATION;
      p.title.clear();
      p.span.end = tokens[*next + 1].span.end;
      *next += 2;
      return p;
    }
  }
  const absl::string_view from = tokens[*next].text;
  if ((from != "from" && from != "by" && from != "of") ||
      (!speech_nouns_.contains(tokens[*next - 1].text) &&
       // "a survey of 500 farmers": whom it asked, not its source.
       (from == "of" || !IsOneOf(tokens[*next - 1].text, kDocuments)))) {
    return p;
  }
  int after = 0;
  SpeakerPhrase source = names_.ParseAfter(text, tokens, *next + 1, &after);
  if (source.empty() || source.form == v1::PRONOUN) return p;
  *next = after;
  return source;
}

absl::StatusOr<std::unique_ptr<Attributor>> Attributor::Create(
    const v1::Lexicon& lexicon, const AttributorOptions& options) {
  std::unique_ptr<Attributor> a(new Attributor(lexicon, options));
  const std::vector<std::string> forms = CueForms(lexicon);
  for (const std::string& f : forms) {
    a->cue_starts_cover_ &=
        !f.empty() && IsAsciiWordByte(static_cast<unsigned char>(f[0]));
  }
  for (const v1::SpeechVerb& v : lexicon.speech_verbs()) {
    for (const std::string& f : v.forms()) {
      auto [it, inserted] = a->needs_that_.emplace(f, v.needs_that());
      // A form listed twice needs "that" only if every listing says so.
      if (!inserted) it->second = it->second && v.needs_that();
    }
  }
  // Forms of ASCII that start with a word character (as the default
  // lexicon's do) are matched by word lookup, without compiling the
  // pattern below twice (a tenth of a 400-article run's instructions).
  if (a->cue_starts_cover_ && WordAlternation::Supports(forms)) {
    a->cue_words_ = std::make_unique<WordAlternation>(forms, true);
    a->headline_cue_words_ = std::make_unique<WordAlternation>(forms, false);
    for (size_t i = 0; i < a->cue_words_->size(); ++i) {
      a->cue_flags_.push_back(a->FlagsOf(a->cue_words_->word(i), false));
    }
    for (size_t i = 0; i < a->headline_cue_words_->size(); ++i) {
      a->headline_cue_flags_.push_back(a->FlagsOf(a->headline_cue_words_->word(i), true));
    }
    return a;
  }
  // Accepts "said", "pointed out"; rejects "saidx", "unsaid".
  const std::string pattern =
      absl::StrCat("\\b(?:", AlternationOf(forms), ")\\b");
  auto re = CompilePattern("cue", pattern);
  if (!re.ok()) return re.status();
  a->cue_re_ = *std::move(re);
  auto headline_re = CompilePattern("headline cue", pattern, false);
  if (!headline_re.ok()) return headline_re.status();
  a->headline_cue_re_ = *std::move(headline_re);
  return a;
}

Attributor::CueFlags Attributor::FlagsOf(absl::string_view form, bool headline) const {
  CueFlags flags;
  flags.according_to = absl::EqualsIgnoreCase(form, "according to");
  auto it = headline ? needs_that_.find(Lower(form)) : needs_that_.find(form);
  flags.needs_that = it != needs_that_.end() && it->second;
  return flags;
}

void Attributor::Attribute(v1::ArticleAnalysis* analysis) const {
  const v1::Article& article = analysis->article();
  const absl::string_view text = article.text();
  std::vector<TextSpan> paragraphs;
  paragraphs.reserve(article.paragraphs_size());
  for (const v1::Span& s : article.paragraphs()) {
    if (s.end() <= text.size() && s.begin() < s.end()) {
      paragraphs.push_back({s.begin(), s.end()});
    }
  }
  // Blocks: the body paragraphs, then the headline when it was read from the
  // text (quotes in headlines: "X says ...", "... – Director-General").
  std::vector<Block> blocks;
  blocks.reserve(paragraphs.size() + 1);
  blocks.resize(paragraphs.size());
  for (size_t i = 0; i < paragraphs.size(); ++i) blocks[i].span = paragraphs[i];
  if (article.headline_span().end() > article.headline_span().begin() &&
      article.headline_span().end() <= text.size()) {
    Block& h = blocks.emplace_back();
    h.span = {article.headline_span().begin(), article.headline_span().end()};
    h.headline = true;
  }

  EntityRegistry registry;
  std::vector<SpeakerPhrase> persons;
  for (Block& b : blocks) {
    b.tokens = names_.Tokenize(text, b.span);
    // `flags`: the form's, when the matcher knows them; else FlagsOf.
    auto add_cue = [&](size_t begin, size_t end, const CueFlags* flags) {
      // "Said" and "Says" are cues only where a sentence opens: not in
      // "Edward Said said".
      if (!b.headline && absl::ascii_isupper(static_cast<unsigned char>(text[begin])) &&
          !absl::StartsWith(text.substr(begin), "According") &&
          !OpensSentenceAt(text, b.span.begin, begin)) {
        return;
      }
      Cue c;
      c.span = {begin, end};
      const std::vector<Token>& t = b.tokens;
      c.first_token = TokenAt(t, begin);
      c.end_token = c.first_token;  // the cue's few words are walked
      while (c.end_token < static_cast<int>(t.size()) && t[c.end_token].span.begin < end) {
        ++c.end_token;
      }
      c.form = text.substr(begin, end - begin);
      const CueFlags f = flags != nullptr ? *flags : FlagsOf(c.form, b.headline);
      c.according_to = f.according_to;
      c.needs_that = f.needs_that;
      // Room for a paragraph's few cues at the first (no growth through 1
      // and 2).
      if (b.cues.empty()) b.cues.reserve(4);
      b.cues.push_back(c);
    };
    auto add_unknown_cue = [&](size_t begin, size_t end) { add_cue(begin, end, nullptr); };
    if (cue_words_ != nullptr) {
      const WordAlternation& words = b.headline ? *headline_cue_words_ : *cue_words_;
      const std::vector<CueFlags>& flags = b.headline ? headline_cue_flags_ : cue_flags_;
      int word = 0;  // the word of the last match
      ForEachWordStartMatch(
          [&](size_t pos) { return words.MatchAt(text, pos, b.span.end, &word); },
          names_, text, b.tokens, [&](size_t begin, size_t end) {
            // The text is the word itself, in the headline maybe in another
            // ASCII case, unless a folded K or long s made it longer.
            const bool as_word = end - begin == words.word(word).size();
            add_cue(begin, end, as_word ? &flags[word] : nullptr);
          });
    } else if (cue_starts_cover_) {
      const RE2& cue_re = b.headline ? *headline_cue_re_ : *cue_re_;
      const re2::StringPiece all = ToPiece(text);
      ForEachWordStartMatch(
          [&](size_t pos) -> size_t {
            re2::StringPiece m;
            return cue_re.Match(all, pos, b.span.end, RE2::ANCHOR_START, &m, 1)
                       ? m.size()
                       : 0;
          },
          names_, text, b.tokens, add_unknown_cue);
    } else {
      const RE2& cue_re = b.headline ? *headline_cue_re_ : *cue_re_;
      ForEachMatch(cue_re, text, b.span.begin, b.span.end, add_unknown_cue);
    }
    // Sentences matter only where a cue may start reported speech: up to
    // the one that holds the last cue.
    if (b.headline) {
      b.sentences = {b.span};
    } else if (!b.cues.empty()) {
      b.sentences = SplitSentences(text, b.span, b.cues.back().span.begin);
    }
    // Title-case headlines ("The Trends Are Clear") name no one reliably;
    // persons named there are named again in the body.
    if (!b.headline) names_.FindPersons(text, b.tokens, &persons);
  }
  // "Campese has tipped Wales to win ... “...,” he said": a sentence that
  // opens with the surname of a person named in full, then a verb, mentions
  // that person again, a newer antecedent for "he" than whoever spoke
  // before.
  {
    absl::flat_hash_map<absl::string_view, v1::Gender> surnames;
    for (const SpeakerPhrase& p : persons) {
      // A person by a known first name: "Stade de France" is no one whose
      // surname "France" opens sentences.
      if (p.form != v1::FULL || p.gender == v1::GENDER_UNSPECIFIED) continue;
      const size_t space = p.name.rfind(' ');
      if (space != std::string::npos) {
        surnames.emplace(absl::string_view(p.name).substr(space + 1), p.gender);
      }
    }
    std::vector<SpeakerPhrase> mentions;
    for (const Block& b : blocks) {
      if (b.headline || surnames.empty()) continue;
      const std::vector<Token>& t = b.tokens;
      if (t.size() < 2) continue;
      // Walked by pointer up to a bound held in a local: with an index, the
      // vector's size was computed again for every word (the push_back
      // below might, for all the compiler knew, change it).
      const Token* const first = t.data();
      const Token* const last = first + t.size() - 1;  // has no next word
      for (const Token* w = first; w < last; ++w) {
        // Cheap tests first: this looks at every word of the article.
        if (!w->capitalized || !w[1].lower) continue;
        if (w > first) {
          const absl::string_view prev = w[-1].text;
          if (prev.size() != 1 || (prev[0] != '.' && prev[0] != '!' && prev[0] != '?')) continue;
        }
        auto found = surnames.find(w->text);
        if (found == surnames.end()) continue;
        SpeakerPhrase m;
        m.form = v1::SURNAME;
        m.name = std::string(w->text);
        m.gender = found->second;
        m.span = w->span;
        mentions.push_back(std::move(m));
      }
    }
    for (SpeakerPhrase& m : mentions) persons.push_back(std::move(m));
  }
  const std::vector<SpeakerPhrase*> persons_in_order = InTextOrder(&persons);
  std::vector<MarkedQuote> marked =
      options_.direct ? FindMarkedQuotes(text, paragraphs)
                      : std::vector<MarkedQuote>();
  // Quotes in a headline read from the text ("'We will not give up,' says
  // minister"): the headline is the last block.
  if (options_.direct && !blocks.empty() && blocks.back().headline) {
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
    for (SpeakerPhrase* pp : persons_in_order) {
      SpeakerPhrase& p = *pp;
      while (m < marked.size() && marked[m].content.end <= p.span.begin) ++m;
      p.quoted = m < marked.size() && marked[m].content.begin <= p.span.begin &&
                 p.span.end <= marked[m].content.end;
    }
  }
  registry.AddKnownPersons(persons_in_order);
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
  std::vector<const Block*> blocks_in_order;
  blocks_in_order.reserve(blocks.size());
  for (const Block& b : blocks) blocks_in_order.push_back(&b);
  std::sort(blocks_in_order.begin(), blocks_in_order.end(),
            [](const Block* a, const Block* b) { return a->span.begin < b->span.begin; });
  bool blocks_overlap = false;
  for (size_t i = 1; i < blocks_in_order.size(); ++i) {
    blocks_overlap |= blocks_in_order[i - 1]->span.end > blocks_in_order[i]->span.begin;
  }
  if (blocks_overlap) {
    for (size_t i = 0; i < blocks.size(); ++i) blocks_in_order[i] = &blocks[i];
  }
  size_t blocks_searched = 0;
  registry.SetGroupSource([&](size_t position, std::vector<SpeakerPhrase>* out) {
    std::vector<SpeakerPhrase> groups;
    for (; blocks_searched < blocks_in_order.size() &&
           (blocks_overlap || blocks_in_order[blocks_searched]->span.begin < position);
         ++blocks_searched) {
      names_.FindGroups(text, blocks_in_order[blocks_searched]->tokens, &groups);
    }
    if (groups.empty()) return;
    if (out->empty()) out->reserve(groups.size());
    for (SpeakerPhrase* g : InTextOrder(&groups)) out->push_back(std::move(*g));
  });

  // Each marked quote, each cue and each paragraph (a transcript's turn,
  // a headline's colon) makes one draft at most: the list never grows
  // past this, so no draft is moved by its growth.
  std::vector<Draft> drafts;
  {
    size_t most = marked.size() + blocks.size();
    for (const Block& b : blocks) most += b.cues.size();
    drafts.reserve(most);
  }
  // Embedded quotes: candidates for MIXED reported speech.
  std::vector<TextSpan> embedded;
  std::vector<TextSpan> direct_spans;  // full quotes, to mask cues inside them
  direct_spans.reserve(marked.size());
  for (const MarkedQuote& q : marked) direct_spans.push_back(q.content);

  // Embedded quotes and quoted titles are recorded in text order as the
  // loop below meets them.
  std::vector<TextSpan> titles;
  auto IsIn = [](const std::vector<TextSpan>& spans, TextSpan span) {
    auto it = std::lower_bound(
        spans.begin(), spans.end(), span.begin,
        [](const TextSpan& e, size_t p) { return e.begin < p; });
    return it != spans.end() && it->begin == span.begin && it->end == span.end;
  };
  auto IsEmbedded = [&](TextSpan span) {
    return IsIn(embedded, span) || IsIn(titles, span);
  };
  auto inside_quote = [&](size_t pos) { return InsideAny(direct_spans, pos); };
  // Whether the quote whose opening mark starts at `pos` is a partial one
  // that the clause ending at `end` goes on after by a word or more.
  auto partial_at = [&](size_t pos, size_t end) {
    auto q = std::lower_bound(
        marked.begin(), marked.end(), pos,
        [](const MarkedQuote& m, size_t p) { return m.open_mark.begin < p; });
    return q != marked.end() && q->open_mark.begin == pos &&
           IsEmbedded(q->content) && q->close_mark.end + 3 < end;
  };

  // ---- Direct quotes ---------------------------------------------------
  std::string before;  // of one quote; reused
  for (const MarkedQuote& q : marked) {
    const Block& open_block = blocks[q.first_paragraph];
    const Block& close_block = blocks[q.last_paragraph];
    const std::vector<Token>& ot = open_block.tokens;
    const std::vector<Token>& ct = close_block.tokens;
    const int open_tok = TokenAt(ot, q.open_mark.begin);
    const int after_tok = TokenAt(ct, q.close_mark.end);
    // The quote's words start after its mark: walked to from the mark's
    // token, a step or two.
    const int words = CountWords(ot, q.content, open_tok) +
                      (q.last_paragraph != q.first_paragraph ? 10 : 0);

    // A crosshead: a paragraph of a few quoted words and nothing else, with
    // no final stop ("‘Frightening’" between two parts of a story), heads
    // what follows; it is nobody's speech there.
    if (!open_block.headline && q.first_paragraph == q.last_paragraph &&
        open_tok == 0 && after_tok >= static_cast<int>(ct.size()) &&
        words <= 5 && q.content.size() > 0) {
      const char last = text[q.content.end - 1];
      if (last != '.' && last != '!' && last != '?' && last != ',' &&
          !absl::EndsWith(text.substr(q.content.begin, q.content.size()), "\u2026")) {
        titles.push_back(q.content);
        continue;
      }
    }
    // A title starts with a capital or is a few words: "expects the
    // campaign “to continue calling out bias”" quotes speech, not a title.
    const int first_word = open_tok + 1 < static_cast<int>(ot.size()) &&
                                   ot[open_tok + 1].punct
                               ? open_tok + 2
                               : open_tok + 1;
    const bool title_like =
        words <= 4 || (first_word < static_cast<int>(ot.size()) &&
                       !ot[first_word].lower);
    bool title = false;
    if (title_like) {
      // Titles of events and documents: "conference on “Right to Return”",
      // the “Baku process” initiative. `before`: the words since the last
      // punctuation among the four tokens before the mark, lower case,
      // each after a space.
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
      for (const std::string& cue : title_cues_) {
        if (absl::EndsWith(before, cue)) {
          title = true;
          break;
        }
      }
    }
    // “Fox News Sunday,” after "broadcast of", "CBS's", "the anthem" or
    // "his 2002 book,": a short run of capitalised words that a word, or a
    // title noun and a comma, leads into is a title even when a cue follows.
    const bool led_by_word =
        open_tok > 0 &&
        (!ot[open_tok - 1].punct ||
         (ot[open_tok - 1].text == "," && open_tok >= 2 &&
          title_nouns_.contains(LowerWord(ot[open_tok - 2].text).view())));
    if (words <= 6 && led_by_word && IsTitleCase(ot, open_tok, q.content.end)) {
      title = true;
    }
    if (after_tok < static_cast<int>(ct.size()) && !ct[after_tok].punct &&
        title_nouns_.contains(LowerWord(ct[after_tok].text).view())) {
      title = true;
    }
    if (title) {
      // Not speech: reported speech around it may still hold it.
      titles.push_back(q.content);
      continue;
    }

    Draft d;
    d.kind = v1::DIRECT;
    d.content = q.content;
    d.open_mark = q.open_mark;
    d.close_mark = q.close_mark;
    d.block = q.first_paragraph;
    d.confidence = q.balanced ? 0.9f : 0.5f;
    bool attributed = false;

    // After the quote: “...,” said X / “...,” X said / “...,” X, a Y, said.
    int i = after_tok;
    while (i < static_cast<int>(ct.size()) &&
           (ct[i].text == "," || ct[i].text == "—" || ct[i].text == "–")) {
      ++i;
    }
    if (i < static_cast<int>(ct.size()) && q.balanced) {
      if (const Cue* c = CueStartingAt(close_block, ct[i].span.begin)) {
        int next = 0;
        int te = c->end_token;
        SpeakerPhrase p = c->according_to
                              ? ParseAccordingTo(text, ct, te, &next)
                              : names_.ParseAfter(text, ct, te, &next);
        if (!p.empty() && !c->according_to) {
          d.phrase = std::move(p), d.cue = c->form, d.cue_span = c->span;
          attributed = true;
        } else if (c->according_to) {
          attributed = !p.empty();
          d.phrase = std::move(p), d.cue = c->form, d.cue_span = c->span;
        }
      } else {
        // The first cue after the quote, before the sentence ends.
        for (auto it = FirstCueFrom(close_block, ct[i].span.begin + 1);
             it != close_block.cues.end(); ++it) {
          const Cue& c = *it;
          if (c.first_token - i > kMaxCueDistance) break;
          bool ended = false;
          for (int k = i; k < static_cast<int>(ct.size()) &&
                          ct[k].span.begin < c.span.begin;
               ++k) {
            if (ct[k].text == "." || ct[k].text == "!" || ct[k].text == "?" ||
                IsOpeningMark(ct[k].text)) {
              ended = true;
            }
          }
          if (ended) break;
          const int tc = c.first_token;
          SpeakerPhrase p = QuotedAs(names_, text, ct, tc);
          if (!p.empty()) {
            d.phrase = std::move(p), d.cue = c.form, d.cue_span = c.span;
            attributed = true;
            break;
          }
          p = names_.ParseBefore(text, ct, tc);
          // The phrase starts right after the quote, or after a word or two
          // in lower case: “...,” resident Tom Hale said.
          int lead = 0;
          for (int k = i; k < static_cast<int>(ct.size()) &&
                          !p.empty() && ct[k].span.begin < p.span.begin;
               ++k) {
            // "“...,” as one resident put it": "as" leads that cue's subject.
            const bool as_put = ct[k].text == "as" && absl::StartsWith(c.form, "put");
            lead += ct[k].lower && !ct[k].punct && (!StartsClause(ct[k].text) || as_put)
                        ? 1
                        : 10;
          }
          if (!p.empty() && lead <= 2) {
            d.phrase = std::move(p), d.cue = c.form, d.cue_span = c.span;
            attributed = true;
          }
          break;
        }
      }
    }
    // Vox-pop lines: “...” — Jane Doe / “...” ― Jane Doe, 34, a nurse. A
    // dash and a full name that closes the sentence, with at most an
    // appositive after it, sign the quote.
    if (!attributed && q.balanced && after_tok + 1 < static_cast<int>(ct.size()) &&
        IsDash(ct[after_tok].text)) {
      int next = 0;
      SpeakerPhrase p = names_.ParseAfter(text, ct, after_tok + 1, &next);
      if (p.form == v1::FULL && SignatureEnds(text, ct, next)) {
        d.phrase = std::move(p);
        attributed = true;
      }
    }
    // “That,” he added, “promises ...”: the fragment belongs to the quote
    // that goes on after the attribution, which takes the speaker.
    if (attributed && words < 3) {
      const int after_phrase = TokenAt(ct, d.phrase.span.end);
      const int after_cue = TokenAt(ct, d.cue_span.end);
      const int k = std::max(after_phrase, after_cue);
      if (k + 1 < static_cast<int>(ct.size()) && ct[k].text == "," &&
          IsOpeningMark(ct[k + 1].text)) {
        d.fragment = true;
      }
    }
    // “... office.” T-Mobile said it was ...: a quote that ends its sentence
    // belongs to a following cue only when that cue's sentence is nothing
    // but the attribution ("... office.” he said.").
    if (attributed && EndsSentence(text, q.content)) {
      const int after_phrase = TokenAt(ct, d.phrase.span.end);
      const int after_cue = TokenAt(ct, d.cue_span.end);
      const int k = SkipAdjuncts(names_, ct, std::max(after_phrase, after_cue),
                                 static_cast<int>(ct.size()), true);
      const bool bare = k >= static_cast<int>(ct.size()) || ct[k].text == "." ||
                        ct[k].text == "," || ct[k].text == "!" ||
                        IsOpeningMark(ct[k].text);
      if (!bare) {
        attributed = false;
        d.phrase = SpeakerPhrase();
        d.cue = {};
        d.cue_span = TextSpan();
      }
    }
    // Before the quote: X said: “...” / X said, “...” / According to X, “...”.
    bool introduced = false;
    if (open_tok > 0) {
      int k = open_tok - 1;
      if (ot[k].text == ":" || ot[k].text == ",") {
        introduced = ot[k].text == ":";
        --k;
      }
      auto last = FirstCueFrom(open_block, q.open_mark.begin);
      auto first = last;
      while (first != open_block.cues.begin() &&
             last - first < kMaxCueDistance) {
        --first;
      }
      // The nearest cue first: "In a video posted online, Berg said: “...”"
      // is Berg's, not the video's.
      for (auto rit = std::make_reverse_iterator(last); rit != std::make_reverse_iterator(first);
           ++rit) {
        const Cue& c = *rit;
        // Six tokens or more before the mark (its token `te` at k - 6 or
        // before): so is every cue before it.
        if (k >= 6 && ot[k - 6].span.begin >= c.span.end) break;
        if (c.span.end > q.open_mark.begin || inside_quote(c.span.begin)) continue;
        const int tc = c.first_token;
        const int te = c.end_token;
        if (k + 1 < te) continue;
        // The mark must follow the cue at once ("said “") or after a comma
        // or colon ("said in a statement: “"); "says he has “big plans”" is
        // a partial quote inside reported speech.
        if (te != open_tok && ot[open_tok - 1].text != ":" &&
            ot[open_tok - 1].text != ",") {
          continue;
        }
        // 'he said “budget reforms” and the collection of taxes would pay
        // for them': the clause goes on after the quote, which is part of it.
        if (te == open_tok && after_tok < static_cast<int>(ct.size()) &&
            ct[after_tok].lower) {
          continue;
        }
        bool clean = true;
        for (int m = te; m <= k; ++m) {
          if (ot[m].punct && ot[m].text != ",") clean = false;
        }
        if (!clean) continue;
        SpeakerPhrase p;
        int next = 0;
        if (c.according_to) {
          p = ParseAccordingTo(text, ot, te, &next);
        } else if (IsParticiple(c.form) && tc > 0 && ot[tc - 1].text != ",") {
          // "Matthew Taylor wrote to the watchdog saying: “...”": after a
          // cue of its sentence, a participle's subject is that of the
          // sentence's first cue ("Lynch said she recalled thinking, “...”"),
          // not the noun next to it; with none, the noun before it ("footage
          // of Trump saying “...”").
          // A person named right before it is its subject all the same.
          SpeakerPhrase next_to = names_.ParseBefore(text, ot, tc);
          if (next_to.form == v1::FULL || next_to.form == v1::SURNAME) {
            p = next_to;
          } else {
            const int s0 = SentenceStart(ot, tc);
            for (auto prev = std::next(rit); prev != std::make_reverse_iterator(first); ++prev) {
              const int pc = prev->first_token;
              if (pc < s0 || inside_quote(prev->span.begin)) break;
              SpeakerPhrase subject = names_.ParseBefore(text, ot, pc);
              if (!subject.empty()) p = subject;
            }
            if (p.empty()) p = next_to;
          }
        } else {
          p = QuotedAs(names_, text, ot, tc);
          if (p.empty()) p = names_.ParseBefore(text, ot, tc);
          if (p.empty()) p = names_.ParseAfter(text, ot, te, &next);
          // "Mr Kruger was quoted in the Guardian saying: ...".
          if (p.empty()) p = SentenceSubject(names_, text, ot, SentenceStart(ot, tc), tc);
        }
        introduced = true;
        if (!attributed && !p.empty()) {
          d.phrase = std::move(p), d.cue = c.form, d.cue_span = c.span;
          attributed = true;
        }
      }
    }
    // "Mayor Paul Grant was blunt: “...”": no cue, but the colon hands the
    // quote to the sentence's subject.
    if (!attributed && open_tok > 0 && ot[open_tok - 1].text == ":") {
      SpeakerPhrase p = SentenceSubject(names_, text, ot,
                                        SentenceStart(ot, open_tok - 1),
                                        open_tok - 1);
      if (!p.empty()) {
        d.phrase = std::move(p);
        d.confidence = std::min(d.confidence, 0.7f);
        attributed = true;
      }
    }
    // "Mayor Paul Grant said:" closing one paragraph, and the quote opening
    // the next: the introduction hands the quote over.
    if (!attributed && open_tok == 0 && q.first_paragraph > 0 &&
        !blocks[q.first_paragraph - 1].headline) {
      const Block& pb = blocks[q.first_paragraph - 1];
      const std::vector<Token>& pt = pb.tokens;
      const int colon = static_cast<int>(pt.size()) - 1;
      if (colon > 0 && pt[colon].text == ":") {
        const int s0 = SentenceStart(pt, colon);
        SpeakerPhrase p;
        absl::string_view form;
        TextSpan cue_span;
        for (auto it = pb.cues.rbegin(); it != pb.cues.rend(); ++it) {
          const int tc = it->first_token;
          const int te = it->end_token;
          if (tc < s0 || colon - te > 4 || inside_quote(it->span.begin)) continue;
          int next = 0;
          p = names_.ParseBefore(text, pt, tc);
          if (p.empty() && te < colon) p = names_.ParseAfter(text, pt, te, &next);
          if (p.empty()) p = SentenceSubject(names_, text, pt, s0, tc);
          form = it->form;
          cue_span = it->span;
          break;
        }
        if (!p.empty()) {
          d.phrase = std::move(p), d.cue = form, d.cue_span = cue_span;
          attributed = true;
        }
      }
    }
    // “Every time you say that,” Tester said, “you help ...”: after the
    // comma that closes the previous quote's attribution, the sentence goes
    // on in the same quote, which is no partial quote (JoinInterrupted makes
    // the two one).
    bool continues = false;
    if (!attributed && open_tok > 0 && ot[open_tok - 1].text == "," &&
        !drafts.empty()) {
      const Draft& p = drafts.back();
      continues = p.kind == v1::DIRECT && !p.cue.empty() &&
                  p.close_mark.size() > 0 && p.block == q.first_paragraph &&
                  p.cue_span.begin >= p.close_mark.end &&
                  p.cue_span.end <= q.open_mark.begin &&
                  q.open_mark.begin - p.close_mark.end <= kMaxAttributionBytes &&
                  !absl::StrContains(text.substr(p.close_mark.end,
                                                 q.open_mark.begin - p.close_mark.end),
                                     ". ");
    }
    // Inside a sentence with no cue around it: a partial quote.
    const bool starts_sentence =
        open_tok == 0 || ot[open_tok - 1].text == "." ||
        ot[open_tok - 1].text == ":" || ot[open_tok - 1].text == "?" ||
        ot[open_tok - 1].text == "!" || ot[open_tok - 1].text == "—" ||
        IsClosingMark(ot[open_tok - 1].text);
    bool short_partial = false;
    if (!attributed && !introduced && !starts_sentence && !continues) {
      embedded.push_back(q.content);
      // "Mayor Grant called the plan “...”", "She described it as “...”": a
      // verb that takes someone's words as its object, active, in the
      // quote's sentence: its subject said them, however few the words
      // ("He called the plan “unworkable”"). A short quote must follow the
      // verb's object, and right after "the" it names a thing ("described
      // the talks as part of the “Lisbon process”").
      const int v = QuoteVerbBefore(ot, open_tok);
      const bool short_quote = words < kMinEmbeddedWords;
      const bool object_ok =
          !short_quote || (v > 0 && IsQuoteVerbObject(ot, v + 1, open_tok) &&
                           ot[open_tok - 1].text != "the");
      SpeakerPhrase p =
          v > 0 && object_ok ? names_.ParseBefore(text, ot, v) : SpeakerPhrase();
      if (!p.empty()) {
        d.phrase = std::move(p);
        d.kind = v1::MIXED;
        d.cue = ot[v].text;
        d.cue_span = ot[v].span;
        attributed = true;
        short_partial = short_quote;
        // A few words make sense only with what they describe: the record
        // holds the verb's object too ("the plan “unworkable”").
        if (short_quote) d.content = ObjectAndQuote(ot, v, ct, q.close_mark.end);
      } else if (short_quote) {
        continue;  // a scare quote or a nickname
      }
      d.confidence = 0.6f;
    }
    // Short quotes with capitalised words and no cue: a name or a title
    // ("dubbed it “Operation Sunrise”" names no words anyone said).
    if ((!attributed || short_partial) && words <= 12 &&
        IsTitleCase(ot, open_tok, q.content.end)) {
      continue;
    }
    // In a headline every word may be capitalised: a word or two in marks
    // with no cue is emphasis ("General Reveals ‘Demoralizing’ Experience").
    if (!attributed && open_block.headline && words < 3) continue;
    if (!attributed) {
      d.inherit = true;
      d.opens = starts_sentence;
      d.confidence = std::min(d.confidence, 0.6f);
    }
    drafts.push_back(std::move(d));
  }

  // Cues that attribute a direct quote ("“...,” Obermann told a press
  // conference") do not also start reported speech. Their starts, sorted
  // for a binary search (a few: no hash set).
  std::vector<size_t> direct_cues;
  for (const Draft& d : drafts) {
    if (!d.cue.empty()) direct_cues.push_back(d.cue_span.begin);
  }
  std::sort(direct_cues.begin(), direct_cues.end());

  // ---- Reported speech -------------------------------------------------
  std::vector<const Cue*> cues;  // of one sentence; reused
  for (int bi = 0; options_.reported && bi < static_cast<int>(blocks.size()); ++bi) {
    const Block& b = blocks[bi];
    const std::vector<Token>& t = b.tokens;
    for (const TextSpan& sentence : b.sentences) {
      // Only a cue starts reported speech: a sentence with none is passed
      // over before its tokens are looked up.
      const auto first_cue = FirstCueFrom(b, sentence.begin);
      if (first_cue == b.cues.end() || first_cue->span.begin >= sentence.end) continue;
      const int s_begin = TokenAt(t, sentence.begin);
      int s_end = TokenAt(t, sentence.end);
      // Drop the sentence's final punctuation from contents.
      while (s_end > s_begin && t[s_end - 1].punct &&
             (t[s_end - 1].text == "." || t[s_end - 1].text == "!" ||
              t[s_end - 1].text == "?" || IsClosingMark(t[s_end - 1].text))) {
        if (IsClosingMark(t[s_end - 1].text)) break;
        --s_end;
      }
      // ", Trend reports.": the credit is nobody's words and no cue. In the
      // past tense only when someone speaks before it ("Malaysia said ...,
      // AFP reported"); alone, "..., Inbev reported." is the company's claim.
      int credit = WithoutAgencyCredit(t, s_begin, s_end);
      if (credit < s_end && t[s_end - 1].text == "reported" &&
          first_cue->span.begin >= t[credit].span.begin) {
        credit = s_end;
      }
      const size_t credit_begin = credit < s_end ? t[credit].span.begin : sentence.end;
      s_end = credit;
      cues.clear();
      for (auto it = first_cue;
           it != b.cues.end() && it->span.begin < sentence.end; ++it) {
        const Cue& c = *it;
        if (c.span.end <= sentence.end && c.span.begin < credit_begin &&
            !inside_quote(c.span.begin)) {
          cues.push_back(&c);
        }
      }
      // The sentence's subject, for "X spoke ..., stressed that ...".
      // Computed once a sentence, when first needed.
      std::optional<SpeakerPhrase> subject;
      auto sentence_subject = [&]() {
        if (!subject) subject = SentenceSubject(names_, text, t, s_begin, s_end);
        return *subject;
      };
      // The draft of the last clause in this sentence with a speaker's
      // phrase, or -1: the subject a later cue may share.
      int previous_subject = -1;
      // "He told the court, saying ...": a participle's subject is that of
      // the clause before it, else the sentence's.
      auto participle_subject = [&](size_t ci) {
        if (previous_subject >= 0) return drafts[previous_subject].phrase;
        if (ci > 0) {
          SpeakerPhrase p =
              names_.ParseBefore(text, t, cues[ci - 1]->first_token);
          if (!p.empty()) return p;
        }
        return sentence_subject();
      };
      for (size_t ci = 0; ci < cues.size(); ++ci) {
        const Cue& c = *cues[ci];
        const int tc = c.first_token;
        const int te = c.end_token;
        if (tc > s_begin) {
          // The cue's words are lower-cased on the stack (LowerWord) and
          // compared as views: a std::string and a strlen-and-memcmp compare
          // per word were 2% of the run.
          static constexpr absl::string_view kNoCueAfter[] = {
              "is", "was", "are", "were", "be", "been", "being", "the", "to"};
          if (IsOneOf(LowerWord(t[tc - 1].text), kNoCueAfter)) {
            continue;  // "is said to", "the said", "to say"
          }
        }
        // Where this cue's clause must stop: before the next cue's clause.
        auto clause_end = [&](size_t from) {
          size_t end = t[s_end - 1].span.end;
          for (size_t cj = ci + 1; cj < cues.size() && cj <= ci + 8; ++cj) {
            const int tn = cues[cj]->first_token;
            if (cues[cj]->span.begin <= from) continue;
            int k = tn - 1;
            while (k > s_begin && t[k].lower && names_.IsCueAdverb(t[k])) --k;
            // "said ..., but added that ...": "but" joins two cues too.
            const bool join = t[k].text == "and" || t[k].text == "but";
            if (k > s_begin && (join || t[k].text == ",")) {
              int cut = k;
              if (join && t[k - 1].text == ",") --cut;
              end = t[cut - 1].span.end;
              break;
            }
          }
          return end;
        };
        Draft d;
        d.kind = v1::INDIRECT;
        d.block = bi;
        d.cue = c.form;
        d.cue_span = c.span;
        d.confidence = 0.8f;
        d.headline = b.headline;
        size_t content_begin = 0, content_end = 0;
        if (c.according_to) {
          int next = 0;
          d.phrase = ParseAccordingTo(text, t, te, &next);
          if (d.phrase.empty()) continue;
          if (next < s_end && t[next].text == "," && next + 1 < s_end) {
            content_begin = t[next + 1].span.begin;
            content_end = clause_end(content_begin);
          } else if (tc - 2 >= s_begin &&
                     (t[tc - 1].text == "," || IsDash(t[tc - 1].text))) {
            // "..., according to X." or "... — according to X." The comma
            // or dash must have words before it.
            content_begin = t[s_begin].span.begin;
            content_end = t[tc - 2].span.end;
          } else {
            continue;
          }
        } else {
          SpeakerPhrase before = names_.ParseBefore(text, t, tc);
          // "The minister was quoted as saying ...", "Berg was quoted by
          // Reuters as saying": the passive's subject said it.
          if (before.empty() && tc - 3 >= s_begin && t[tc - 1].text == "as") {
            static constexpr absl::string_view kQuoted[] = {"quoted", "reported", "cited"};
            static constexpr absl::string_view kBe[] = {"was", "were", "is", "are", "been"};
            int q = tc - 2;
            while (q > s_begin && q > tc - 8 && !t[q].punct && !IsOneOf(t[q].text, kQuoted)) --q;
            if (IsOneOf(t[q].text, kQuoted) && q - 1 > s_begin && IsOneOf(t[q - 1].text, kBe) &&
                (q == tc - 2 || t[q + 1].text == "by" || t[q + 1].text == "in")) {
              int subject_end = q - 1;
              if (t[subject_end - 1].text == "has" || t[subject_end - 1].text == "have") {
                --subject_end;  // "has been quoted as saying"
              }
              before = names_.ParseBefore(text, t, subject_end);
              if (!before.empty()) before.span.end = t[tc - 1].span.end;
            }
          }
          const int pb = before.empty() ? tc : TokenAt(t, before.span.begin);
          int adv = tc - 1;
          while (adv >= s_begin && t[adv].lower && names_.IsCueAdverb(t[adv])) {
            --adv;
          }
          // "the ministry told Trend" when Trend published the story: a
          // credit for the news, like a press release. A person who "told
          // Reuters" in a Reuters story gave the agency an interview.
          const bool person_before = before.form == v1::FULL ||
                                     before.form == v1::SURNAME ||
                                     before.form == v1::PRONOUN;
          if (!person_before && te < s_end && !article.source().empty() &&
              t[te].text == article.source()) {
            continue;
          }
          // Find "that" within reach of the cue. A clause that has begun
          // before it ("says she hopes ... that", "said the demands that
          // come ...") owns it; "he said that would help" uses it as a
          // subject.
          const LowerWord lower_form(c.form);
          const absl::string_view form = lower_form;
          // "informed the Assembly that", "assured the council that": verbs
          // with a listener before their that-clause.
          static constexpr absl::string_view kListenerVerbs[] = {
              "informed", "informs", "inform", "informing", "assured",
              "assures", "assure", "assuring", "reminded", "reminds"};
          const bool tell = form == "told" || form == "tells" ||
                            form == "tell" || form == "telling" ||
                            IsOneOf(form, kListenerVerbs);
          const bool say = form == "said" || form == "says" ||
                           form == "say" || form == "saying";
          int that = -1;
          for (int k = te; k < s_end && k - te <= kMaxThatDistance; ++k) {
            if (t[k].text == "that") {
              that = k;
              break;
            }
            // "told MSNBC's “Morning Joe” that": marks around a name.
            if (t[k].punct && t[k].text != "," && !IsOpeningMark(t[k].text) &&
                !IsClosingMark(t[k].text)) {
              break;
            }
            if (IsSubjectPronoun(t[k].text) || t[k].text == "but") break;
            if (k == te && !tell && IsArticleOrPossessive(t[k].text)) break;
            // "..., Graham said, since most of them accept that ...": a
            // tail attribution's comma ends its reach.
            if (k == te && t[k].text == "," && pb > s_begin &&
                t[pb - 1].text == ",") {
              break;
            }
          }
          if (that >= 0 && that + 1 < s_end && StartsWithVerb(t[that + 1].text)) {
            that = -1;
          }
          // Where a tail attribution ends: after the cue, or after the
          // listener of "told" ("..., Anna Berg told Reuters.", "told
          // reporters", "told the Canadian Press").
          int tail_end = te;
          if (tell && !before.empty() && te < s_end && !t[te].punct) {
            int next = 0;
            if (t[te].lower && !IsArticleOrPossessive(t[te].text)) {
              tail_end = te + 1;
            } else if (!names_.ParseAfter(text, t, te, &next).empty()) {
              tail_end = next;
            }
          }
          {
            const int from = tail_end;
            tail_end = SkipAdjuncts(names_, t, from, s_end, TakesAdjunctPhrases(form));
            // "..., Anna Berg announced on Sunday.": closing a tail, a phrase
            // of time or place is no object of any verb.
            static constexpr absl::string_view kWhenWhere[] = {
                "on", "in", "at", "during", "after", "before", "to"};
            if (tail_end == from && !before.empty() && pb > s_begin &&
                t[pb - 1].text == "," && from + 1 < s_end &&
                IsOneOf(t[from].text, kWhenWhere) &&
                // "insist on being ...", "hinted at a budget giveaway": a
                // verb's object, no phrase of time, place or channel.
                IsWhenWhereHead(t, from + 1, s_end) &&
                SkipAdjuncts(names_, t, from, s_end, true) >= s_end) {
              tail_end = s_end;
            }
          }
          // "Grant defended the plan, saying the bridge was safe": a
          // participle after a comma reports what the sentence's subject said.
          const bool participle = before.empty() && adv >= s_begin &&
                                  t[adv].text == "," && IsParticiple(form);
          if (before.empty() && adv >= s_begin && t[adv].text == "," &&
              !participle) {
            // Inverted: "..., said X, a Y, Trend reports."
            int next = 0;
            SpeakerPhrase after = names_.ParseAfter(text, t, te, &next);
            if (!after.empty() && that < 0 && adv > s_begin &&
                FrontIsClause(names_, text, t, s_begin, adv)) {
              d.phrase = std::move(after);
              content_begin = t[s_begin].span.begin;
              content_end = t[adv - 1].span.end;
            } else if (!after.empty() && after.form != v1::PRONOUN && that < 0 &&
                       te < s_end && after.span.begin == t[te].span.begin &&
                       (!t[te].lower || IsArticleOrPossessive(t[te].text)) &&
                       adv > s_begin && next + 1 < s_end && t[next].text == "," &&
                       !IsOpeningMark(t[next + 1].text) &&
                       CountWords(t, {t[next].span.end, t[s_end - 1].span.end}, next) >= 3) {
              // "Then, says Mr Kotamaraja, the blogging world found out": an
              // inverted cue between commas inside the sentence it reports,
              // which is the whole sentence.
              d.phrase = std::move(after);
              content_begin = t[s_begin].span.begin;
              content_end = t[s_end - 1].span.end;
            } else if (that >= 0) {
              // "X spoke about ..., stressed that ...".
              d.phrase = sentence_subject();
              content_begin = that + 1 < s_end ? t[that + 1].span.begin : 0;
              content_end = clause_end(content_begin);
            } else {
              continue;
            }
          } else if (!before.empty() && pb > s_begin &&
                     t[pb - 1].text == "," && that < 0 &&
                     (tail_end >= s_end || t[tail_end].text == "," ||
                      t[tail_end].text == ".")) {
            // Tail: "..., Mbaye said, Trend reports."
            d.phrase = std::move(before);
            content_begin = t[s_begin].span.begin;
            content_end = t[pb - 2 >= s_begin ? pb - 2 : s_begin].span.end;
            if (pb - 1 <= s_begin) continue;
            // "If this fails, Mr. Castaneda argues, there are other ways":
            // the attribution sits inside the sentence it reports, and the
            // quote is the whole sentence.
            const bool credit =
                tail_end + 2 < s_end && t[tail_end + 2].text == "reports";
            // "Asked about ..., O'Neill said, “Not going to ...”": the cue
            // introduces a quote; the words before it are no part of it.
            if (tail_end + 1 < s_end && t[tail_end].text == "," &&
                IsOpeningMark(t[tail_end + 1].text)) {
              continue;
            }
            // "..., he said, adding that ...": a participle cue after the
            // comma ends the tail; the sentence goes on with it.
            const Cue* next = tail_end + 1 < s_end
                                  ? CueStartingAt(b, t[tail_end + 1].span.begin)
                                  : nullptr;
            const bool next_cue = next != nullptr && IsParticiple(next->form);
            const bool parenthetical =
                tail_end < s_end && t[tail_end].text == "," && !credit &&
                !next_cue &&
                CountWords(t, {t[tail_end].span.end, t[s_end - 1].span.end}, tail_end) >= 3;
            if (parenthetical) {
              content_end = t[s_end - 1].span.end;
            } else if (!FrontIsClause(names_, text, t, s_begin, pb - 1)) {
              continue;
            }
          } else {
            // "said ..., but added that ...": "but" only after a cue of the
            // same subject in this sentence.
            if (before.empty() && adv >= s_begin &&
                (t[adv].text == "and" ||
                 (t[adv].text == "but" && previous_subject >= 0))) {
              d.phrase = previous_subject < 0 ? sentence_subject()
                                              : drafts[previous_subject].phrase;
            } else if (participle) {
              d.phrase = participle_subject(ci);
            } else if (before.empty()) {
              d.phrase = RelativeSubject(names_, text, t, tc, s_begin);
              d.aside = true;
            } else {
              d.phrase = std::move(before);
            }
            // A participle's subject may be no name ("two speechwriters
            // implored her, arguing that ..."): the clause is still reported.
            if (d.phrase.empty() && !participle) continue;
            if (that >= 0) {
              if (that + 1 >= s_end) continue;
              content_begin = t[that + 1].span.begin;
            } else {
              // "I think Jason Gardener is struggling": a columnist's own
              // opinion, no reported speech, unless a "that" says so.
              const bool first_person = d.phrase.form == v1::PRONOUN &&
                                        (d.phrase.name == "I" ||
                                         absl::EqualsIgnoreCase(d.phrase.name, "we"));
              if (te >= s_end ||
                  (c.needs_that && (first_person || !BareClauseAt(t, te, s_end)))) {
                continue;
              }
              // A cue that attributes a direct quote and has no that-clause
              // reports nothing more: "“...,” Obermann told a press
              // conference at the trade show".
              if (std::binary_search(direct_cues.begin(), direct_cues.end(), c.span.begin)) {
                continue;
              }
              int k = te;
              // "told reporters", "told the BBC": skip the listener.
              const LowerWord lower_f(c.form);
              const absl::string_view f = lower_f;
              if (f == "told" || f == "tells" || f == "tell" || f == "telling") {
                int next = 0;
                // "told reporters the bridge ...": a bare plural listener is
                // one word; the words after it open the clause.
                const bool bare = k < s_end && t[k].lower &&
                                  !IsArticleOrPossessive(t[k].text);
                SpeakerPhrase listener =
                    bare ? SpeakerPhrase() : names_.ParseAfter(text, t, k, &next);
                if (!listener.empty()) k = next;
                else if (k < s_end && t[k].lower) ++k;
                // "told Fox News on Thursday how ...": skip the time.
                if (k + 1 < s_end && t[k].text == "on" && t[k + 1].capitalized) {
                  k += 2;
                } else if (k + 2 < s_end && (t[k].text == "in" || t[k].text == "at") &&
                           t[k + 1].capitalized) {
                  // "telling reporters in New Delhi the government would
                  // ...": skip the place when an article or a pronoun opens
                  // the clause after it.
                  int m = k + 1;
                  while (m < s_end && m <= k + 4 && t[m].capitalized) ++m;
                  if (m < s_end && (IsArticleOrPossessive(t[m].text) ||
                                    IsSubjectPronoun(t[m].text))) {
                    k = m;
                  }
                }
              }
              k = SkipDay(names_, t, k, s_end);
              if (k < s_end && (t[k].text == "," || t[k].text == ":")) ++k;
              if (k >= s_end || t[k].punct) {
                if (!(k < s_end && IsOpeningMark(t[k].text))) continue;
              }
              if (k < s_end && t[k].lower) {
                const LowerWord lower_w(t[k].text);
                const absl::string_view w = lower_w;
                static constexpr absl::string_view kNotClause[] = {
                    "in", "on", "at", "during", "after", "before", "for",
                    "about", "of", "with", "to", "by", "as", "from", "so",
                    "and", "or", "but", "when", "while", "if", "than"};
                bool bad = IsOneOf(w, kNotClause);
                // "said after the meeting he would resign", "said in an
                // interview it was over": a short phrase of time or place,
                // then a pronoun and its verb open the clause.
                if (bad && w != "and" && w != "or" && w != "but" && w != "so" &&
                    w != "if" && w != "than" && w != "as" && w != "when" &&
                    w != "while") {
                  for (int m = k + 1; m < s_end && m <= k + 6; ++m) {
                    if (t[m].punct && t[m].text != ",") break;
                    if (IsSubjectPronoun(t[m].text) && m + 1 < s_end &&
                        t[m + 1].lower) {
                      k = m;
                      bad = false;
                      break;
                    }
                  }
                }
                if (bad) continue;
              }
              // Verbs other than "say" also take a noun phrase ("announced
              // its plan", "denied the allegations", "wrote a letter"):
              // without "that", their complement must read as a clause, a
              // pronoun subject or an auxiliary within a few words.
              if (!say && !IsSubjectPronoun(t[k].text)) {
                bool clause = false;
                for (int m = k + 1; m < s_end && m <= k + 10 && !clause; ++m) {
                  if (t[m].punct && t[m].text != ",") break;
                  clause = IsAuxiliary(t[m].text);
                }
                if (!clause) continue;
              }
              content_begin = t[k].span.begin;
            }
            content_end = clause_end(content_begin);
          }
        }
        if (content_end <= content_begin) continue;
        // A clause runs to the end of its sentence; a "sentence" with no full
        // stop for megabytes is not one, and must not make every cue in it
        // copy the rest of the text.
        if (content_end - content_begin > kMaxReportedBytes) {
          const int cut = TokenAt(t, content_begin + kMaxReportedBytes);
          content_end = cut > 0 ? t[cut - 1].span.end : content_begin;
          d.confidence = std::min(d.confidence, 0.5f);
        }
        // Trim trailing commas and spaces.
        while (content_end > content_begin &&
               (text[content_end - 1] == ',' || text[content_end - 1] == ' ' ||
                text[content_end - 1] == ';' || text[content_end - 1] == ':')) {
          --content_end;
        }
        d.content = {content_begin, content_end};
        if (CountWords(t, d.content) < kMinReportedWords) continue;
        // 'X said: "..."' is a direct quote, reported as one, but 'tells
        // “Morning Joe” that “exactly who did it” remains' opens with a
        // partial quote; and a clause cannot start with a verb or a
        // conjunction ("what the senators said was economic
        // gerrymandering", "said and other scientists").
        {
          const int first = TokenAt(t, content_begin);
          if (first < s_end && IsOpeningMark(t[first].text) &&
              !partial_at(t[first].span.begin, content_end)) {
            continue;
          }
          if (first < s_end && StartsWithVerb(t[first].text)) continue;
        }
        // A direct quote introduced by this cue is already reported as one.
        size_t covered = 0;
        for (auto q = std::lower_bound(
                 marked.begin(), marked.end(), d.content.begin,
                 [](const MarkedQuote& m, size_t p) { return m.content.end < p; });
             q != marked.end() && q->open_mark.begin < d.content.end; ++q) {
          if (IsEmbedded(q->content)) continue;
          const size_t b0 = std::max(q->open_mark.begin, d.content.begin);
          const size_t e0 = std::min(q->close_mark.end, d.content.end);
          if (e0 > b0) covered += e0 - b0;
        }
        if (covered * 2 > d.content.size()) continue;
        for (auto e = std::lower_bound(
                 embedded.begin(), embedded.end(), d.content.begin,
                 [](const TextSpan& x, size_t p) { return x.begin < p; });
             e != embedded.end() && e->begin < d.content.end; ++e) {
          if (e->end <= d.content.end + 3) {
            d.kind = v1::MIXED;
          }
        }
        if (!d.phrase.empty()) previous_subject = static_cast<int>(drafts.size());
        drafts.push_back(std::move(d));
      }
    }
  }

  // "Pence: Flowers won't be at the debate": a headline that opens with a
  // person's name and a colon reports what that person said. The name must
  // be a full name or the surname of someone the body names in full
  // ("Analysis:", "Poll:" name no one).
  for (int bi = 0; options_.reported && bi < static_cast<int>(blocks.size()); ++bi) {
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
    SpeakerPhrase p = names_.ParseAfter(text, t, 0, &next);
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
    d.cue = ":";
    d.cue_span = t[colon].span;
    d.confidence = 0.7f;
    d.content = {t[colon + 1].span.begin, t[last - 1].span.end};
    if (CountWords(t, d.content) < kMinReportedWords) continue;
    drafts.push_back(std::move(d));
  }

  // 'The trend was "stupid", he said.': reported speech that holds a
  // partial quote of the same cue is one MIXED quote, not a reported clause
  // and a one-word direct quote.
  {
    // The direct quotes' contents by where their cue starts, sorted by it.
    std::vector<std::pair<size_t, TextSpan>> direct_by_cue;
    for (const Draft& d : drafts) {
      if (d.kind == v1::DIRECT && !d.headline && !d.cue.empty()) {
        direct_by_cue.emplace_back(d.cue_span.begin, d.content);
      }
    }
    auto by_cue = [](const std::pair<size_t, TextSpan>& a, const std::pair<size_t, TextSpan>& b) {
      return a.first < b.first;
    };
    std::sort(direct_by_cue.begin(), direct_by_cue.end(), by_cue);
    for (Draft& d : drafts) {
      if (d.kind != v1::INDIRECT || d.headline || d.cue.empty()) continue;
      for (auto it = std::lower_bound(direct_by_cue.begin(), direct_by_cue.end(),
                                      std::make_pair(d.cue_span.begin, TextSpan()), by_cue);
           it != direct_by_cue.end() && it->first == d.cue_span.begin; ++it) {
        const TextSpan& q = it->second;
        if (q.begin > d.content.begin && q.end <= d.content.end) d.kind = v1::MIXED;
      }
    }
  }

  // A partial quote inside reported speech is part of that MIXED quote.
  // MIXED spans are merged into disjoint, sorted ranges for the lookup.
  std::vector<TextSpan> mixed;
  std::vector<TextSpan> mixed_exact;
  for (const Draft& d : drafts) {
    if (d.kind == v1::MIXED) {
      mixed.push_back({d.content.begin, d.content.end + 3});
      mixed_exact.push_back(d.content);
    }
  }
  std::sort(mixed_exact.begin(), mixed_exact.end(),
            [](const TextSpan& a, const TextSpan& b) { return a.begin < b.begin; });
  std::sort(mixed.begin(), mixed.end(),
            [](const TextSpan& a, const TextSpan& b) { return a.begin < b.begin; });
  std::vector<TextSpan> merged;
  for (const TextSpan& m : mixed) {
    if (!merged.empty() && m.begin <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, m.end);
    } else {
      merged.push_back(m);
    }
  }
  // So is reported speech read inside one ('called the law “punitive” and
  // vowed to challenge it in court' reports no second clause).
  drafts.erase(std::remove_if(drafts.begin(), drafts.end(),
                              [&](const Draft& d) {
                                if (d.kind == v1::MIXED || d.headline) return false;
                                if (!InsideAny(merged, d.content.begin) ||
                                    !InsideAny(merged, d.content.end - 1)) {
                                  return false;
                                }
                                if (d.kind == v1::DIRECT) return true;
                                // Strictly inside the MIXED quote that opens
                                // last before it.
                                auto it = std::lower_bound(
                                    mixed_exact.begin(), mixed_exact.end(), d.content.begin,
                                    [](const TextSpan& m, size_t pos) { return m.begin < pos; });
                                if (it == mixed_exact.begin()) return false;
                                --it;
                                // With a subject of its own inside the MIXED
                                // clause ("... and he said public borrowing
                                // would fall") it is a clause of its own.
                                return d.content.end <= it->end &&
                                       (d.phrase.empty() || d.phrase.span.begin < it->begin);
                              }),
               drafts.end());

  // ---- Transcripts -------------------------------------------------------
  // "BROWN: I disagree.": a paragraph opened by a known speaker's name in
  // capitals and a colon is that speaker's words. Only persons named in the
  // article count, so "NOTE:" or "UPDATE:" never speak; a label that opens
  // two turns or more speaks too when another such label is a known person
  // ("WALLACE:" beside "PENCE:" in a transcript of an interview). A
  // transcript may sit inside quotation marks, one mark opening each turn:
  // its turns replace the quote that spans them.
  if (options_.direct && !persons.empty()) {
    struct Turn {
      std::string label;  // lower case
      TextSpan label_span;
      TextSpan colon;
      TextSpan content;
      int block = 0;
      const SpeakerPhrase* who = nullptr;
    };
    std::vector<Turn> turns;
    absl::flat_hash_map<std::string, const SpeakerPhrase*> known;
    absl::flat_hash_map<std::string, int> label_count;
    size_t named = 0;
    for (size_t bi = 0; bi < blocks.size(); ++bi) {
      const Block& b = blocks[bi];
      if (b.headline) continue;
      const std::vector<Token>& t = b.tokens;
      const int n = static_cast<int>(t.size());
      const int open = n > 0 && IsOpeningMark(t[0].text) ? 1 : 0;
      int k = open;
      while (k < n && k < open + 3 && t[k].acronym && t[k].alpha) ++k;
      if (k == open || k + 1 >= n || t[k].text != ":") continue;
      int last = n;
      if (open && last > k + 2 && IsClosingMark(t[last - 1].text)) --last;
      const TextSpan content = {t[k + 1].span.begin, t[last - 1].span.end};
      if (!open && inside_quote(content.begin)) continue;
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
      turn.label_span = {t[open].span.begin, t[k - 1].span.end};
      turn.label = Lower(text.substr(turn.label_span.begin, turn.label_span.size()));
      turn.colon = t[k].span;
      turn.content = content;
      turn.block = static_cast<int>(bi);
      auto found = known.find(turn.label);
      turn.who = found == known.end() ? nullptr : found->second;
      ++label_count[turn.label];
      turns.push_back(std::move(turn));
    }
    bool transcript = false;
    for (const Turn& turn : turns) {
      transcript |= turn.who != nullptr && label_count[turn.label] >= 2;
    }
    std::vector<TextSpan> quoted_turns;
    for (const Turn& turn : turns) {
      if (turn.who == nullptr && !(transcript && label_count[turn.label] >= 2)) continue;
      Draft d;
      d.kind = v1::DIRECT;
      d.content = turn.content;
      if (turn.who != nullptr) {
        // The known person, mentioned by the label.
        d.phrase = *turn.who;
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
      }
      d.phrase.span = turn.label_span;
      d.cue_span = turn.colon;
      d.confidence = 0.8f;
      d.block = turn.block;
      if (inside_quote(turn.content.begin)) quoted_turns.push_back(turn.content);
      drafts.push_back(std::move(d));
    }
    // The quote over the transcript's paragraphs gives way to its turns.
    // The turns are disjoint and in text order, so those a quote holds are
    // a run found by two binary searches.
    if (quoted_turns.size() >= 2) {
      drafts.erase(
          std::remove_if(drafts.begin(), drafts.end(),
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
          drafts.end());
    }
  }

  // ---- Speakers, in text order -----------------------------------------
  // The drafts stay where they were made from here on: the steps below
  // order, drop and join pointers to them. A Draft (strings, a phrase,
  // parts) is dear to move, and each sort moved every one of them.
  std::vector<Draft*> ordered;
  ordered.reserve(drafts.size());
  for (Draft& d : drafts) ordered.push_back(&d);
  std::stable_sort(ordered.begin(), ordered.end(), [](const Draft* a, const Draft* b) {
    if (a->headline != b->headline) return !a->headline;  // headline last
    return a->content.begin < b->content.begin;
  });
  int previous_direct = -1;
  // "..., Schiff said. “The other factor ...”": reported speech hands its
  // speaker on to a quote that opens the next sentence.
  int previous_reported = -1;
  for (size_t i = 0; i < ordered.size(); ++i) {
    Draft& d = *ordered[i];
    if (!d.phrase.empty()) {
      d.speaker = registry.Resolve(d.phrase, text, d.cue_span.begin);
    } else if (d.inherit) {
      int from = previous_direct;
      if (d.opens && previous_reported > from) from = previous_reported;
      if (from >= 0 && d.block - ordered[from]->block <= 1) {
        d.speaker = ordered[from]->speaker;
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
  // "‘We will not back down’: Prime Minister vows to fight on": a quote in
  // the headline repeats one of the body's, whose speaker it takes. A
  // headline holds a few quotes at most; past four, the rest stay as they
  // are, so that each body quote is lower-cased once and compared a bounded
  // number of times.
  {
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
          d.confidence = std::min(d.confidence, 0.7f);
          it = open.erase(it);
        } else {
          ++it;
        }
      }
    }
  }
  // Drop unattributed embedded fragments and duplicates of one span: the
  // first in speaker order stays. Equal spans meet in a list sorted by
  // span and then by that order (a few drafts: cheaper than a hash set).
  std::vector<Draft*> kept;
  kept.reserve(ordered.size());
  for (Draft* d : ordered) {
    if (d->confidence >= options_.min_confidence) kept.push_back(d);
  }
  {
    std::vector<std::pair<const Draft*, size_t>> by_span;  // a draft, its place in kept
    by_span.reserve(kept.size());
    for (size_t i = 0; i < kept.size(); ++i) by_span.emplace_back(kept[i], i);
    std::sort(by_span.begin(), by_span.end(), [](const auto& a, const auto& b) {
      return std::tie(a.first->content.begin, a.first->content.end, a.second) <
             std::tie(b.first->content.begin, b.first->content.end, b.second);
    });
    std::vector<bool> duplicate(kept.size());
    for (size_t i = 1; i < by_span.size(); ++i) {
      duplicate[by_span[i].second] =
          by_span[i].first->content.begin == by_span[i - 1].first->content.begin &&
          by_span[i].first->content.end == by_span[i - 1].first->content.end;
    }
    size_t n = 0;
    for (size_t i = 0; i < kept.size(); ++i) {
      if (!duplicate[i]) kept[n++] = kept[i];
    }
    kept.resize(n);
  }
  // std::sort on the pointers makes the comparisons and moves it would
  // make on the drafts, so drafts that begin together come out in the
  // order sorting the drafts gave them (std::sort is not stable).
  std::sort(kept.begin(), kept.end(), [](const Draft* a, const Draft* b) {
    return a->content.begin < b->content.begin;
  });
  JoinInterrupted(text, blocks, &kept);
  EndBeforeNextClause(text, kept);

  // ---- Records -------------------------------------------------------------
  std::vector<int> speaker_ids(registry.entities().size(), 0);
  int next_speaker = 0;
  for (const Draft* d : kept) {
    if (d->speaker >= 0 && speaker_ids[d->speaker] == 0) {
      speaker_ids[d->speaker] = ++next_speaker;
    }
  }
  // Speakers in order of first quote.
  std::vector<int> order(next_speaker);
  for (size_t e = 0; e < speaker_ids.size(); ++e) {
    if (speaker_ids[e] > 0) order[speaker_ids[e] - 1] = static_cast<int>(e);
  }
  // Empty strings are left unset: proto3 tells them from unset ones
  // neither on the wire nor in JSON, and each set one is a string made on
  // the arena. The quotes copy their speaker's id from it.
  std::vector<const std::string*> speaker_id_text(next_speaker);
  for (int e : order) {
    Entity& ent = registry.entity(e);
    SplitOrganizationFromTitle(&ent.title, &ent.organization);
    v1::Speaker* s = analysis->add_speakers();
    s->set_id(RecordId('s', speaker_ids[e]));
    speaker_id_text[speaker_ids[e] - 1] = &s->id();
    if (!ent.name.empty()) s->set_name(ent.name);
    if (!ent.title.empty()) s->set_title(ent.title);
    if (!ent.organization.empty()) s->set_organization(ent.organization);
    s->set_gender(ent.gender);
    s->set_type(ent.type);
    // The registry keeps a mention's span and form; its text is cut here.
    s->mutable_mentions()->Reserve(static_cast<int>(ent.mentions.size()));
    for (const EntityMention& m : ent.mentions) {
      v1::Mention* out = s->add_mentions();
      out->mutable_span()->set_begin(m.span.begin);
      out->mutable_span()->set_end(m.span.end);
      out->set_form(m.form);
      // The registry resolved the phrases against this text.
      if (m.span.begin < text.size() && m.span.end > m.span.begin) {
        const absl::string_view said = text.substr(m.span.begin, m.span.size());
        out->set_text(said.data(), said.size());
      }
    }
  }
  int qn = 0;
  for (const Draft* dp : kept) {
    const Draft& d = *dp;
    v1::Quote* q = analysis->add_quotes();
    q->set_id(RecordId('q', ++qn));
    q->set_kind(d.kind);
    q->set_text(std::string(text.substr(d.content.begin, d.content.size())));
    q->mutable_span()->set_begin(d.content.begin);
    q->mutable_span()->set_end(d.content.end);
    for (const TextSpan& part : d.parts) {
      v1::Span* ps = q->add_parts();
      ps->set_begin(part.begin);
      ps->set_end(part.end);
    }
    if (!d.cue.empty()) {
      q->set_cue(std::string(d.cue));
      q->mutable_cue_span()->set_begin(d.cue_span.begin);
      q->mutable_cue_span()->set_end(d.cue_span.end);
    }
    q->set_confidence(d.speaker >= 0 ? d.confidence : d.confidence * 0.5f);
    if (d.speaker >= 0) {
      const Entity& ent = registry.entities()[d.speaker];
      v1::QuoteSpeaker* sp = q->mutable_speaker();
      sp->set_id(*speaker_id_text[speaker_ids[d.speaker] - 1]);
      if (!ent.name.empty()) sp->set_name(ent.name);
      if (!ent.title.empty()) sp->set_title(ent.title);
      if (!ent.organization.empty()) sp->set_organization(ent.organization);
      v1::Mention* m = sp->mutable_mention();
      m->mutable_span()->set_begin(d.phrase.span.begin);
      m->mutable_span()->set_end(d.phrase.span.end);
      m->set_form(d.headline ? v1::HEADLINE : d.phrase.form);
      if (!d.phrase.empty()) {
        m->set_text(std::string(
            text.substr(d.phrase.span.begin, d.phrase.span.size())));
      }
    }
  }
}

}  // namespace internal
}  // namespace quotes
