// Reported speech: each cue of a sentence, the clause it reports and who.
#include "quotes/attribution/stage_reported.h"

#include <algorithm>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "quotes/attribution/clause_words.h"
#include "quotes/attribution/reported_sentence.h"
#include "quotes/attribution/speaker_phrases.h"
#include "quotes/text/word_list.h"

namespace quotes {
namespace internal {
namespace reported {

SpeakerPhrase SubjectOf(Sentence* s) {
  if (!s->subject) {
    s->subject = SentenceSubject(s->model.names, s->state.text, s->t, s->s_begin, s->s_end);
  }
  return *s->subject;
}

// "He told the court, saying ...": a participle's subject is that of
// the clause before it, else the sentence's.
SpeakerPhrase ParticipleSubjectAt(Sentence* s, size_t ci) {
  if (s->previous_subject >= 0) return s->state.drafts[s->previous_subject].phrase;
  if (ci > 0) {
    SpeakerPhrase p =
        s->model.names.ParseBefore(s->state.text, s->t, s->cues[ci - 1]->first_token);
    if (!p.empty()) return p;
  }
  return SubjectOf(s);
}

// Where the clause of cue `ci` that begins at byte `from` must stop: before
// the next cue's clause.
size_t ClauseEnd(const Sentence& s, size_t ci, size_t from) {
  const std::vector<Token>& t = s.t;
  const std::vector<const Cue*>& cues = s.cues;
  size_t end = t[s.s_end - 1].span().end;
  for (size_t cj = ci + 1; cj < cues.size() && cj <= ci + 8; ++cj) {
    const int tn = cues[cj]->first_token;
    if (cues[cj]->span.begin <= from) continue;
    int k = tn - 1;
    while (k > s.s_begin && t[k].lower && s.model.names.IsCueAdverb(t[k])) --k;
    // "said ..., but added that ...": "but" joins two cues too.
    const bool join = t[k].text == "and" || t[k].text == "but";
    if (k > s.s_begin && (join || t[k].text == ",")) {
      int cut = k;
      if (join && t[k - 1].text == ",") --cut;
      end = t[cut - 1].span().end;
      break;
    }
  }
  return end;
}

namespace {

// Whether the sentence around `sentence` has a cue to read: sets the
// bounds and cues of `s`.
bool Prepare(TextSpan sentence, Sentence* s) {
  const Block& b = s->b;
  const std::vector<Token>& t = s->t;
  // Only a cue starts reported speech: a sentence with none is passed
  // over before its tokens are looked up.
  const auto first_cue = FirstCueFrom(b, sentence.begin);
  if (first_cue == b.cues.end() || first_cue->span.begin >= sentence.end) return false;
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
      first_cue->span.begin >= t[credit].span().begin) {
    credit = s_end;
  }
  const size_t credit_begin = credit < s_end ? t[credit].span().begin : sentence.end;
  s->s_begin = s_begin;
  s->s_end = credit;
  s->cues.clear();
  for (auto it = first_cue; it != b.cues.end() && it->span.begin < sentence.end; ++it) {
    const Cue& c = *it;
    if (c.span.end <= sentence.end && c.span.begin < credit_begin &&
        !s->state.InsideQuote(c.span.begin)) {
      s->cues.push_back(&c);
    }
  }
  return true;
}

// "According to X, ..." (the clause after its comma) and "..., according
// to X." or "... — according to X." (the words before it).
bool ReadAccordingTo(const Sentence& s, const Cue& c, size_t ci, Draft* d,
                     Clause* out) {
  const std::vector<Token>& t = s.t;
  const int tc = c.first_token;
  int next = 0;
  d->phrase = s.model.phrases.ParseAccordingTo(s.state.text, t, c.end_token, &next);
  if (d->phrase.empty()) return false;
  d->rule = "reported.according_to";
  if (next < s.s_end && t[next].text == "," && next + 1 < s.s_end) {
    out->begin = t[next + 1].span().begin;
    out->end = ClauseEnd(s, ci, out->begin);
    return true;
  }
  // The comma or dash must have words before it.
  if (tc - 2 >= s.s_begin && (t[tc - 1].text == "," || IsDash(t[tc - 1].text))) {
    out->begin = t[s.s_begin].span().begin;
    out->end = t[tc - 2].span().end;
    return true;
  }
  return false;
}

// The checks and trims every reported clause goes through; false when the
// draft is to be dropped.
bool Finish(const Sentence& s, Clause clause, Draft* d) {
  const std::vector<Token>& t = s.t;
  const absl::string_view text = s.state.text;
  size_t content_begin = clause.begin, content_end = clause.end;
  if (content_end <= content_begin) return false;
  // A clause runs to the end of its sentence; a "sentence" with no full
  // stop for megabytes is not one, and must not make every cue in it
  // copy the rest of the text.
  if (content_end - content_begin > kMaxReportedBytes) {
    const int cut = TokenAt(t, content_begin + kMaxReportedBytes);
    content_end = cut > 0 ? t[cut - 1].span().end : content_begin;
    d->confidence = std::min(d->confidence, 0.5f);
  }
  // Trim trailing commas and spaces.
  while (content_end > content_begin &&
         (text[content_end - 1] == ',' || text[content_end - 1] == ' ' ||
          text[content_end - 1] == ';' || text[content_end - 1] == ':')) {
    --content_end;
  }
  d->content = {content_begin, content_end};
  if (CountWords(t, d->content) < kMinReportedWords) return false;
  // 'X said: "..."' is a direct quote, reported as one, but 'tells
  // “Morning Joe” that “exactly who did it” remains' opens with a
  // partial quote; and a clause cannot start with a verb or a
  // conjunction ("what the senators said was economic
  // gerrymandering", "said and other scientists").
  const int first = TokenAt(t, content_begin);
  if (first < s.s_end && IsOpeningMark(t[first].text) &&
      !s.state.PartialAt(t[first].span().begin, content_end)) {
    return false;
  }
  if (first < s.s_end && StartsWithVerb(t[first].text)) return false;
  return true;
}

// Whether a direct quote (not a partial one) covers most of the clause: it
// is already reported as one. Else marks the clause MIXED when it holds a
// partial quote.
bool CoveredByDirectQuote(const ArticleState& state, Draft* d) {
  const std::vector<MarkedQuote>& marked = state.marked;
  size_t covered = 0;
  for (auto q = std::lower_bound(
           marked.begin(), marked.end(), d->content.begin,
           [](const MarkedQuote& m, size_t p) { return m.content.end < p; });
       q != marked.end() && q->open_mark.begin < d->content.end; ++q) {
    if (state.IsEmbedded(q->content)) continue;
    const size_t b0 = std::max(q->open_mark.begin, d->content.begin);
    const size_t e0 = std::min(q->close_mark.end, d->content.end);
    if (e0 > b0) covered += e0 - b0;
  }
  if (covered * 2 > d->content.size()) return true;
  for (auto e = std::lower_bound(
           state.embedded.begin(), state.embedded.end(), d->content.begin,
           [](const TextSpan& x, size_t p) { return x.begin < p; });
       e != state.embedded.end() && e->begin < d->content.end; ++e) {
    if (e->end <= d->content.end + 3) d->kind = v1::MIXED;
  }
  return false;
}

// "The commission says on its website that “there were issues ...”": a
// clause in marks is the direct quote's, and the clause's subject and cue
// are the speaker and cue of that quote when it has neither.
void GiveClauseToDirectQuote(ArticleState* state, const Draft& clause) {
  if (clause.phrase.empty() || clause.headline || clause.content.size() == 0) return;
  // "..., adding that “...”", "and telling Americans that “...”": a
  // participle's subject is read from the words before it, which may be
  // no one's; the quote's own speaker (the one before it) stays.
  const bool participle =
      clause.rule == "reported.participle" || clause.rule == "reported.shared_subject";
  // A subject that opens with a lower-case word other than an article ("and
  // telling Americans", "shift of black voters") is no one's.
  const absl::string_view opening = state->text.substr(
      clause.phrase.span.begin, std::min<size_t>(clause.phrase.span.size(), 4));
  if (!opening.empty() && absl::ascii_islower(static_cast<unsigned char>(opening[0])) &&
      clause.phrase.form != v1::PRONOUN && !absl::StartsWith(opening, "the ") &&
      !absl::StartsWith(opening, "a ") && !absl::StartsWith(opening, "an ")) {
    return;
  }
  constexpr size_t kMarkSlack = 3;  // the mark opens the clause
  for (Draft& q : state->drafts) {
    if (q.kind != v1::DIRECT || q.headline || !q.phrase.empty() || !q.cue.empty() ||
        q.open_mark.begin < clause.content.begin ||
        q.open_mark.begin > clause.content.begin + kMarkSlack) {
      continue;
    }
    const size_t covered = std::min(q.close_mark.end, clause.content.end) - q.open_mark.begin;
    if (covered * 2 <= clause.content.size() || (participle && q.inherit)) continue;
    q.phrase = clause.phrase;
    q.cue = clause.cue;
    q.cue_span = clause.cue_span;
    q.inherit = false;
    q.rule = "reported.quoted_clause";
    return;
  }
}

void ReadSentence(Sentence* s) {
  const std::vector<Token>& t = s->t;
  for (size_t ci = 0; ci < s->cues.size(); ++ci) {
    const Cue& c = *s->cues[ci];
    const int tc = c.first_token;
    if (tc > s->s_begin) {
      // The cue's words are lower-cased on the stack (LowerWord) and
      // compared as views: a std::string and a strlen-and-memcmp compare
      // per word were 2% of the run.
      static constexpr absl::string_view kNoCueAfter[] = {
          "is", "was", "are", "were", "be", "been", "being", "the", "to"};
      if (IsOneOf(LowerWord(t[tc - 1].text), kNoCueAfter)) {
        continue;  // "is said to", "the said", "to say"
      }
    }
    Draft d;
    d.kind = v1::INDIRECT;
    d.block = s->bi;
    d.cue = c.form;
    d.cue_span = c.span;
    d.confidence = 0.8f;
    d.headline = s->b.headline;
    Clause clause;
    const bool read = c.according_to ? ReadAccordingTo(*s, c, ci, &d, &clause)
                                     : ReadVerbCue(s, c, ci, &d, &clause);
    if (!read) continue;
    if (!Finish(*s, clause, &d) || CoveredByDirectQuote(s->state, &d)) {
      GiveClauseToDirectQuote(&s->state, d);
      continue;
    }
    if (!d.phrase.empty()) s->previous_subject = static_cast<int>(s->state.drafts.size());
    s->state.drafts.push_back(std::move(d));
  }
}

}  // namespace
}  // namespace reported

void FindReportedSpeech(const AttributionModel& model, ArticleState* state) {
  if (!model.options.reported) return;
  // Cues that attribute a direct quote ("“...,” Obermann told a press
  // conference") do not also start reported speech. Their starts, sorted
  // for a binary search (a few: no hash set).
  std::vector<size_t> direct_cues;
  for (const Draft& d : state->drafts) {
    if (!d.cue.empty()) direct_cues.push_back(d.cue_span.begin);
  }
  std::sort(direct_cues.begin(), direct_cues.end());
  std::vector<const Cue*> cues;  // of one sentence; reused
  for (int bi = 0; bi < static_cast<int>(state->blocks.size()); ++bi) {
    const Block& b = state->blocks[bi];
    for (const TextSpan& sentence : b.sentences) {
      reported::Sentence s{model, *state, direct_cues, b, bi, b.tokens, 0, 0, cues};
      if (reported::Prepare(sentence, &s)) reported::ReadSentence(&s);
    }
  }
}

}  // namespace internal
}  // namespace quotes
