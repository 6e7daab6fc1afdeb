// Direct quotes: the attribution around each quote in quotation marks.
#include "quotes/attribution/stage_direct.h"

#include <algorithm>
#include <iterator>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "quotes/attribution/clause_words.h"
#include "quotes/attribution/speaker_phrases.h"
#include "quotes/attribution/stage_marks.h"

namespace quotes {
namespace internal {
namespace {

// Hands `d` to the phrase `p` by the cue `c`, by `rule`.
void Take(SpeakerPhrase p, const Cue& c, absl::string_view rule, Draft* d) {
  d->phrase = std::move(p), d->cue = c.form, d->cue_span = c.span;
  d->rule = rule;
}

// "“...,” said X" / "“...,” according to X": a cue right after the quote's
// mark (past a comma or dash) at token `i`, with the phrase after it.
bool AttributeByCueAt(const AttributionModel& model, absl::string_view text,
                      const QuoteWords& w, const Cue& c, Draft* d) {
  int next = 0;
  int te = c.end_token;
  SpeakerPhrase p = c.according_to
                        ? model.phrases.ParseAccordingTo(text, w.ct, te, &next)
                        : model.names.ParseAfter(text, w.ct, te, &next);
  if (!p.empty() && !c.according_to) {
    Take(std::move(p), c, "direct.cue_after_quote", d);
    return true;
  }
  if (c.according_to) {
    const bool attributed = !p.empty();
    Take(std::move(p), c, "direct.according_to_after_quote", d);
    return attributed;
  }
  return false;
}

// "“...,” X said", "“...,” resident Tom Hale said", "“...,” AP quoted X as
// saying": the first cue after the quote, before its sentence ends, with
// the phrase before it starting right after the quote (at token `i`) or
// after a word or two in lower case.
bool AttributeByLaterCue(const AttributionModel& model, absl::string_view text,
                         const QuoteWords& w, int i, Draft* d) {
  const std::vector<Token>& ct = w.ct;
  for (auto it = FirstCueFrom(w.close_block, ct[i].span().begin + 1);
       it != w.close_block.cues.end(); ++it) {
    const Cue& c = *it;
    if (c.first_token - i > kMaxCueDistance) break;
    bool ended = false;
    for (int k = i; k < static_cast<int>(ct.size()) &&
                    ct[k].span().begin < c.span.begin;
         ++k) {
      if (ct[k].text == "." || ct[k].text == "!" || ct[k].text == "?" ||
          IsOpeningMark(ct[k].text)) {
        ended = true;
      }
    }
    if (ended) break;
    const int tc = c.first_token;
    SpeakerPhrase p = QuotedAs(model.names, text, ct, tc);
    if (!p.empty()) {
      Take(std::move(p), c, "direct.quoted_as_after_quote", d);
      return true;
    }
    p = model.names.ParseBefore(text, ct, tc);
    int lead = 0;
    for (int k = i; k < static_cast<int>(ct.size()) &&
                    !p.empty() && ct[k].span().begin < p.span.begin;
         ++k) {
      // "“...,” as one resident put it": "as" leads that cue's subject.
      const bool as_put = ct[k].text == "as" && absl::StartsWith(c.form, "put");
      lead += ct[k].lower && !ct[k].punct && (!StartsClause(ct[k].text) || as_put)
                  ? 1
                  : 10;
    }
    if (!p.empty() && lead <= 2) {
      Take(std::move(p), c, "direct.subject_after_quote", d);
      return true;
    }
    return false;
  }
  return false;
}

// After the quote: “...,” said X / “...,” X said / “...,” X, a Y, said.
bool AttributeAfter(const AttributionModel& model, absl::string_view text,
                    const QuoteWords& w, Draft* d) {
  const std::vector<Token>& ct = w.ct;
  int i = w.after_tok;
  while (i < static_cast<int>(ct.size()) &&
         (ct[i].text == "," || ct[i].text == "—" || ct[i].text == "–")) {
    ++i;
  }
  if (i >= static_cast<int>(ct.size()) || !w.q.balanced) return false;
  if (const Cue* c = CueStartingAt(w.close_block, ct[i].span().begin)) {
    return AttributeByCueAt(model, text, w, *c, d);
  }
  return AttributeByLaterCue(model, text, w, i, d);
}

// Vox-pop lines: “...” — Jane Doe / “...” ― Jane Doe, 34, a nurse. A
// dash and a full name that closes the sentence, with at most an
// appositive after it, sign the quote.
bool AttributeBySignature(const AttributionModel& model, absl::string_view text,
                          const QuoteWords& w, Draft* d) {
  const std::vector<Token>& ct = w.ct;
  if (!w.q.balanced || w.after_tok + 1 >= static_cast<int>(ct.size()) ||
      !IsDash(ct[w.after_tok].text)) {
    return false;
  }
  int next = 0;
  SpeakerPhrase p = model.names.ParseAfter(text, ct, w.after_tok + 1, &next);
  if (p.form == v1::FULL && SignatureEnds(text, ct, next)) {
    d->phrase = std::move(p);
    d->rule = "direct.signature";
    return true;
  }
  return false;
}

// For an attributed quote: “That,” he added, “promises ...”: the fragment
// belongs to the quote that goes on after the attribution, which takes the
// speaker. And “... office.” T-Mobile said it was ...: a quote that ends
// its sentence belongs to a following cue only when that cue's sentence is
// nothing but the attribution ("... office.” he said."); false when it
// does not, and the attribution is undone.
bool KeepAttribution(const AttributionModel& model, absl::string_view text,
                     const QuoteWords& w, Draft* d) {
  const std::vector<Token>& ct = w.ct;
  if (w.words < 3) {
    const int after_phrase = TokenAt(ct, d->phrase.span.end);
    const int after_cue = TokenAt(ct, d->cue_span.end);
    const int k = std::max(after_phrase, after_cue);
    if (k + 1 < static_cast<int>(ct.size()) && ct[k].text == "," &&
        IsOpeningMark(ct[k + 1].text)) {
      d->fragment = true;
    }
  }
  if (!EndsSentence(text, w.q.content)) return true;
  const int after_phrase = TokenAt(ct, d->phrase.span.end);
  const int after_cue = TokenAt(ct, d->cue_span.end);
  const int k = SkipAdjuncts(model.names, ct, std::max(after_phrase, after_cue),
                             static_cast<int>(ct.size()), true);
  const bool bare = k >= static_cast<int>(ct.size()) || ct[k].text == "." ||
                    ct[k].text == "," || ct[k].text == "!" ||
                    IsOpeningMark(ct[k].text);
  if (bare) return true;
  d->phrase = SpeakerPhrase();
  d->cue = {};
  d->cue_span = TextSpan();
  d->rule = {};
  return false;
}

// "Matthew Taylor wrote to the watchdog saying: “...”": after a cue of its
// sentence, a participle's subject is that of the sentence's first cue
// ("Lynch said she recalled thinking, “...”"), not the noun next to it;
// with none, the noun before it ("footage of Trump saying “...”"). A
// person named right before it is its subject all the same. `rit` is the
// participle's cue, `first` the end of the cues to look back at.
SpeakerPhrase ParticipleSubject(const AttributionModel& model,
                                const ArticleState& state, const std::vector<Token>& ot,
                                std::reverse_iterator<std::vector<Cue>::const_iterator> rit,
                                std::reverse_iterator<std::vector<Cue>::const_iterator> first) {
  const absl::string_view text = state.text;
  const int tc = rit->first_token;
  SpeakerPhrase next_to = model.names.ParseBefore(text, ot, tc);
  if (next_to.form == v1::FULL || next_to.form == v1::SURNAME) return next_to;
  SpeakerPhrase p;
  const int s0 = SentenceStart(ot, tc);
  for (auto prev = std::next(rit); prev != first; ++prev) {
    const int pc = prev->first_token;
    if (pc < s0 || state.InsideQuote(prev->span.begin)) break;
    SpeakerPhrase subject = model.names.ParseBefore(text, ot, pc);
    if (!subject.empty()) p = subject;
  }
  if (p.empty()) p = next_to;
  return p;
}

// Whether the cue `c` before the quote can introduce it: the mark follows
// the cue at once ("said “") or after a comma or colon ("said in a
// statement: “"), with only commas between them, where `k` is the last
// token before the mark and its comma or colon.
bool IntroducesQuote(const QuoteWords& w, const Cue& c, int k) {
  const std::vector<Token>& ot = w.ot;
  const int open_tok = w.open_tok;
  const int te = c.end_token;
  if (k + 1 < te) return false;
  // A cue that reports only with "that" ("reported", "reports") introduces
  // a quote after a colon or a comma, not right before the mark: "calling
  // the investigative reports “inaccurate”" is a noun's.
  if (c.needs_that && te == open_tok) return false;
  // "says he has “big plans”" is a partial quote inside reported speech.
  if (te != open_tok && ot[open_tok - 1].text != ":" &&
      ot[open_tok - 1].text != ",") {
    return false;
  }
  // 'he said “budget reforms” and the collection of taxes would pay
  // for them': the clause goes on after the quote, which is part of it.
  if (te == open_tok && w.after_tok < static_cast<int>(w.ct.size()) &&
      w.ct[w.after_tok].lower) {
    return false;
  }
  for (int m = te; m <= k; ++m) {
    if (ot[m].punct && ot[m].text != ",") return false;
  }
  return true;
}

// Before the quote: X said: “...” / X said, “...” / According to X, “...”.
// The nearest cue first: "In a video posted online, Berg said: “...”" is
// Berg's, not the video's. Sets `introduced` when a cue (or a colon)
// introduces the quote, whoever it names; true when it attributes `d`,
// which `attributed` says was already done.
bool AttributeBefore(const AttributionModel& model, const ArticleState& state,
                     const QuoteWords& w, bool attributed, Draft* d,
                     bool* introduced) {
  const absl::string_view text = state.text;
  const std::vector<Token>& ot = w.ot;
  int k = w.open_tok - 1;
  if (ot[k].text == ":" || ot[k].text == ",") {
    *introduced = ot[k].text == ":";
    --k;
  }
  auto last = FirstCueFrom(w.open_block, w.q.open_mark.begin);
  auto first = last;
  while (first != w.open_block.cues.begin() && last - first < kMaxCueDistance) {
    --first;
  }
  bool found = false;
  const auto rend = std::make_reverse_iterator(first);
  for (auto rit = std::make_reverse_iterator(last); rit != rend; ++rit) {
    const Cue& c = *rit;
    // Six tokens or more before the mark (its token `te` at k - 6 or
    // before): so is every cue before it.
    if (k >= 6 && ot[k - 6].span().begin >= c.span.end) break;
    if (c.span.end > w.q.open_mark.begin || state.InsideQuote(c.span.begin)) continue;
    if (!IntroducesQuote(w, c, k)) continue;
    const int tc = c.first_token;
    const int te = c.end_token;
    SpeakerPhrase p;
    int next = 0;
    absl::string_view rule = "direct.cue_before_quote";
    if (c.according_to) {
      p = model.phrases.ParseAccordingTo(text, ot, te, &next);
      rule = "direct.according_to_before_quote";
    } else if (IsParticiple(c.form) && tc > 0 && ot[tc - 1].text != ",") {
      p = ParticipleSubject(model, state, ot, rit, rend);
      rule = "direct.participle_before_quote";
    } else {
      p = QuotedAs(model.names, text, ot, tc);
      if (p.empty()) p = model.names.ParseBefore(text, ot, tc);
      if (p.empty()) p = model.names.ParseAfter(text, ot, te, &next);
      // "Mr Kruger was quoted in the Guardian saying: ...".
      if (p.empty()) {
        p = SentenceSubject(model.names, text, ot, SentenceStart(ot, tc), tc);
      }
    }
    *introduced = true;
    if (!attributed && !found && !p.empty()) {
      Take(std::move(p), c, rule, d);
      found = true;
    }
  }
  return found;
}

// "Mayor Paul Grant was blunt: “...”": no cue, but the colon hands the
// quote to the sentence's subject.
bool AttributeByColon(const AttributionModel& model, absl::string_view text,
                      const QuoteWords& w, Draft* d) {
  const std::vector<Token>& ot = w.ot;
  const int open_tok = w.open_tok;
  if (open_tok == 0 || ot[open_tok - 1].text != ":") return false;
  SpeakerPhrase p = SentenceSubject(model.names, text, ot,
                                    SentenceStart(ot, open_tok - 1), open_tok - 1);
  if (p.empty()) return false;
  d->phrase = std::move(p);
  d->rule = "direct.colon_subject";
  d->confidence = std::min(d->confidence, 0.7f);
  return true;
}

// "Mayor Paul Grant said:" closing one paragraph, and the quote opening
// the next: the introduction hands the quote over.
bool AttributeByIntroduction(const AttributionModel& model,
                             const ArticleState& state, const QuoteWords& w,
                             Draft* d) {
  const absl::string_view text = state.text;
  const MarkedQuote& q = w.q;
  if (w.open_tok != 0 || q.first_paragraph == 0 ||
      state.blocks[q.first_paragraph - 1].headline) {
    return false;
  }
  const Block& pb = state.blocks[q.first_paragraph - 1];
  const std::vector<Token>& pt = pb.tokens;
  const int colon = static_cast<int>(pt.size()) - 1;
  if (colon <= 0 || pt[colon].text != ":") return false;
  const int s0 = SentenceStart(pt, colon);
  for (auto it = pb.cues.rbegin(); it != pb.cues.rend(); ++it) {
    const int tc = it->first_token;
    const int te = it->end_token;
    if (tc < s0 || colon - te > 4 || state.InsideQuote(it->span.begin)) continue;
    int next = 0;
    SpeakerPhrase p = model.names.ParseBefore(text, pt, tc);
    if (p.empty() && te < colon) p = model.names.ParseAfter(text, pt, te, &next);
    if (p.empty()) p = SentenceSubject(model.names, text, pt, s0, tc);
    if (p.empty()) return false;
    Take(std::move(p), *it, "direct.introducing_paragraph", d);
    return true;
  }
  return false;
}

// “Every time you say that,” Tester said, “you help ...”: after the
// comma that closes the previous quote's attribution, the sentence goes
// on in the same quote, which is no partial quote (the join stage makes
// the two one).
bool ContinuesPrevious(const ArticleState& state, const QuoteWords& w) {
  const MarkedQuote& q = w.q;
  if (w.open_tok == 0 || w.ot[w.open_tok - 1].text != "," || state.drafts.empty()) {
    return false;
  }
  const Draft& p = state.drafts.back();
  return p.kind == v1::DIRECT && !p.cue.empty() &&
         p.close_mark.size() > 0 && p.block == q.first_paragraph &&
         p.cue_span.begin >= p.close_mark.end &&
         p.cue_span.end <= q.open_mark.begin &&
         q.open_mark.begin - p.close_mark.end <= kMaxAttributionBytes &&
         !absl::StrContains(state.text.substr(p.close_mark.end,
                                              q.open_mark.begin - p.close_mark.end),
                            ". ");
}

// What a partial quote (inside a sentence, with no cue around it) is.
enum class Partial {
  kUnattributed,  // a partial quote nobody is named for
  kAttributed,    // the object of a verb of quoting: MIXED
  kShort,         // as kAttributed, a few words
  kDropped,       // a scare quote or a nickname
};

// "Mayor Grant called the plan “...”", "She described it as “...”": a
// verb that takes someone's words as its object, active, in the quote's
// sentence: its subject said them, however few the words ("He called the
// plan “unworkable”"). A short quote must follow the verb's object, and
// right after "the" it names a thing ("described the talks as part of the
// “Lisbon process”"). The quote is recorded as embedded either way.
Partial ReadPartialQuote(const AttributionModel& model, ArticleState* state,
                         const QuoteWords& w, Draft* d) {
  const std::vector<Token>& ot = w.ot;
  const int open_tok = w.open_tok;
  state->embedded.push_back(w.q.content);
  const int v = model.phrases.QuoteVerbBefore(ot, open_tok);
  const bool short_quote = w.words < kMinEmbeddedWords;
  const bool object_ok =
      !short_quote || (v > 0 && IsQuoteVerbObject(ot, v + 1, open_tok) &&
                       ot[open_tok - 1].text != "the");
  SpeakerPhrase p =
      v > 0 && object_ok ? model.names.ParseBefore(state->text, ot, v) : SpeakerPhrase();
  Partial result = Partial::kUnattributed;
  if (!p.empty()) {
    d->phrase = std::move(p);
    d->rule = "direct.quote_verb";
    d->kind = v1::MIXED;
    d->cue = ot[v].text;
    d->cue_span = ot[v].span();
    result = short_quote ? Partial::kShort : Partial::kAttributed;
    // A few words make sense only with what they describe: the record
    // holds the verb's object too ("the plan “unworkable”").
    if (short_quote) d->content = ObjectAndQuote(ot, v, w.ct, w.q.close_mark.end);
  } else if (short_quote) {
    return Partial::kDropped;
  }
  d->confidence = 0.6f;
  return result;
}

// Whether the quote opens a sentence: at its block's start, or after a
// stop, a colon, a dash or another quote.
bool StartsSentence(const QuoteWords& w) {
  const std::vector<Token>& ot = w.ot;
  const int open_tok = w.open_tok;
  return open_tok == 0 || ot[open_tok - 1].text == "." ||
         ot[open_tok - 1].text == ":" || ot[open_tok - 1].text == "?" ||
         ot[open_tok - 1].text == "!" || ot[open_tok - 1].text == "—" ||
         IsClosingMark(ot[open_tok - 1].text);
}

// The draft of one marked quote, or false when it makes none.
bool DraftDirectQuote(const AttributionModel& model, ArticleState* state,
                      const QuoteWords& w, Draft* out) {
  const MarkedQuote& q = w.q;
  const absl::string_view text = state->text;
  Draft& d = *out;
  d.kind = v1::DIRECT;
  d.content = q.content;
  d.open_mark = q.open_mark;
  d.close_mark = q.close_mark;
  d.block = q.first_paragraph;
  d.confidence = q.balanced ? 0.9f : 0.5f;
  bool attributed = AttributeAfter(model, text, w, &d) ||
                    AttributeBySignature(model, text, w, &d);
  if (attributed) attributed = KeepAttribution(model, text, w, &d);
  bool introduced = false;
  if (w.open_tok > 0) {
    attributed |= AttributeBefore(model, *state, w, attributed, &d, &introduced);
  }
  attributed = attributed || AttributeByColon(model, text, w, &d) ||
               AttributeByIntroduction(model, *state, w, &d);
  const bool continues = !attributed && ContinuesPrevious(*state, w);
  const bool starts_sentence = StartsSentence(w);
  bool short_partial = false;
  if (!attributed && !introduced && !starts_sentence && !continues) {
    const Partial partial = ReadPartialQuote(model, state, w, &d);
    if (partial == Partial::kDropped) return false;
    attributed = partial != Partial::kUnattributed;
    short_partial = partial == Partial::kShort;
  }
  // Short quotes with capitalised words and no cue: a name or a title
  // ("dubbed it “Operation Sunrise”" names no words anyone said).
  if ((!attributed || short_partial) && w.words <= 12 &&
      IsTitleCase(w.ot, w.open_tok, q.content.end)) {
    return false;
  }
  // In a headline every word may be capitalised: a word or two in marks
  // with no cue is emphasis ("General Reveals ‘Demoralizing’ Experience").
  if (!attributed && w.open_block.headline && w.words < 3) return false;
  if (!attributed) {
    d.inherit = true;
    d.opens = starts_sentence;
    d.confidence = std::min(d.confidence, 0.6f);
  }
  return true;
}

}  // namespace

void AttributeDirectQuotes(const AttributionModel& model, ArticleState* state) {
  for (size_t i = 0; i < state->marked.size(); ++i) {
    if (i < state->title_marks.size() && state->title_marks[i]) continue;
    const QuoteWords w = WordsOf(*state, state->marked[i]);
    Draft d;
    if (DraftDirectQuote(model, state, w, &d)) state->drafts.push_back(std::move(d));
  }
}

}  // namespace internal
}  // namespace quotes
