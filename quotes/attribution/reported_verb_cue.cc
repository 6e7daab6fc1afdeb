// Reported speech: the clause a verb cue reports, and who it reports.
#include <algorithm>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "quotes/attribution/clause_words.h"
#include "quotes/attribution/reported_sentence.h"
#include "quotes/attribution/speaker_phrases.h"
#include "quotes/text/word_list.h"

namespace quotes {
namespace internal {
namespace reported {
namespace {

// What a verb cue (any cue but "according to") has around it.
struct VerbCue {
  const Cue& c;
  size_t ci = 0;  // its place in Sentence::cues
  int tc = 0;     // its first token
  int te = 0;     // the token after it
  // The phrase right before it (or the subject of "was quoted as"), and
  // its first token (tc when there is none).
  SpeakerPhrase before;
  int pb = 0;
  // The token before the cue and the adverbs right before it.
  int adv = 0;
  absl::string_view form;  // lower case
  bool tell = false;       // "told", "informed": a listener follows
  bool say = false;        // "said", "says": a clause follows, with or without "that"
  int that = -1;           // the "that" it reports, or -1
  int tail_end = 0;        // where a tail attribution ends
  bool participle = false;  // "..., saying ...": the subject is before it
};

// Whether the sentence around `sentence` has a cue to read: sets the

// The phrase right before the cue at token `tc`; or "The minister was
// quoted as saying ...", "Berg was quoted by Reuters as saying": the
// passive's subject, who said it.
SpeakerPhrase PhraseBeforeCue(const Sentence& s, int tc) {
  const std::vector<Token>& t = s.t;
  const int s_begin = s.s_begin;
  const absl::string_view text = s.state.text;
  SpeakerPhrase before = s.model.names.ParseBefore(text, t, tc);
  if (!before.empty() || tc - 3 < s_begin || t[tc - 1].text != "as") return before;
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
    before = s.model.names.ParseBefore(text, t, subject_end);
    if (!before.empty()) before.span.end = t[tc - 1].span().end;
  }
  return before;
}

// Find "that" within reach of the cue. A clause that has begun before it
// ("says she hopes ... that", "said the demands that come ...") owns it;
// "he said that would help" uses it as a subject.
int FindThat(const Sentence& s, const VerbCue& v) {
  const std::vector<Token>& t = s.t;
  const int te = v.te;
  int that = -1;
  for (int k = te; k < s.s_end && k - te <= kMaxThatDistance; ++k) {
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
    if (k == te && !v.tell && IsArticleOrPossessive(t[k].text)) break;
    // "..., Graham said, since most of them accept that ...": a
    // tail attribution's comma ends its reach.
    if (k == te && t[k].text == "," && v.pb > s.s_begin && t[v.pb - 1].text == ",") {
      break;
    }
  }
  if (that >= 0 && that + 1 < s.s_end && StartsWithVerb(t[that + 1].text)) {
    that = -1;
  }
  return that;
}

// Where a tail attribution ends: after the cue, or after the listener of
// "told" ("..., Anna Berg told Reuters.", "told reporters", "told the
// Canadian Press"), and the adjuncts after them.
int TailEnd(const Sentence& s, const VerbCue& v) {
  const std::vector<Token>& t = s.t;
  const int te = v.te;
  const int s_end = s.s_end;
  const NameModel& names = s.model.names;
  int tail_end = te;
  if (v.tell && !v.before.empty() && te < s_end && !t[te].punct) {
    int next = 0;
    if (t[te].lower && !IsArticleOrPossessive(t[te].text)) {
      tail_end = te + 1;
    } else if (!names.ParseAfter(s.state.text, t, te, &next).empty()) {
      tail_end = next;
    }
  }
  const int from = tail_end;
  tail_end = SkipAdjuncts(names, t, from, s_end, TakesAdjunctPhrases(v.form));
  // "..., Anna Berg announced on Sunday.": closing a tail, a phrase
  // of time or place is no object of any verb.
  static constexpr absl::string_view kWhenWhere[] = {
      "on", "in", "at", "during", "after", "before", "to"};
  if (tail_end == from && !v.before.empty() && v.pb > s.s_begin &&
      t[v.pb - 1].text == "," && from + 1 < s_end &&
      IsOneOf(t[from].text, kWhenWhere) &&
      // "insist on being ...", "hinted at a budget giveaway": a
      // verb's object, no phrase of time, place or channel.
      s.model.phrases.IsWhenWhereHead(t, from + 1, s_end) &&
      SkipAdjuncts(names, t, from, s_end, true) >= s_end) {
    tail_end = s_end;
  }
  return tail_end;
}

// A cue after a comma with no subject before it: inverted, "..., said X,
// a Y, Trend reports." (the words before), or between commas inside the
// sentence it reports; or "X spoke about ..., stressed that ..." (the
// sentence's subject, the clause after "that").
bool ReadInverted(Sentence* s, const VerbCue& v, Draft* d, Clause* out) {
  const std::vector<Token>& t = s->t;
  const int s_begin = s->s_begin, s_end = s->s_end;
  const int te = v.te, adv = v.adv, that = v.that;
  const absl::string_view text = s->state.text;
  const NameModel& names = s->model.names;
  int next = 0;
  SpeakerPhrase after = names.ParseAfter(text, t, te, &next);
  if (!after.empty() && that < 0 && adv > s_begin &&
      FrontIsClause(names, text, t, s_begin, adv)) {
    d->phrase = std::move(after);
    d->rule = "reported.inverted";
    out->begin = t[s_begin].span().begin;
    out->end = t[adv - 1].span().end;
  } else if (!after.empty() && after.form != v1::PRONOUN && that < 0 &&
             te < s_end && after.span.begin == t[te].span().begin &&
             (!t[te].lower || IsArticleOrPossessive(t[te].text)) &&
             adv > s_begin && next + 1 < s_end && t[next].text == "," &&
             !IsOpeningMark(t[next + 1].text) &&
             CountWords(t, {t[next].span().end, t[s_end - 1].span().end}, next) >= 3) {
    // "Then, says Mr Kotamaraja, the blogging world found out": an
    // inverted cue between commas inside the sentence it reports,
    // which is the whole sentence.
    d->phrase = std::move(after);
    d->rule = "reported.inverted_inside";
    out->begin = t[s_begin].span().begin;
    out->end = t[s_end - 1].span().end;
  } else if (that >= 0) {
    d->phrase = SubjectOf(s);
    d->rule = "reported.sentence_subject";
    out->begin = that + 1 < s_end ? t[that + 1].span().begin : 0;
    out->end = ClauseEnd(*s, v.ci, out->begin);
  } else {
    return false;
  }
  return true;
}

// Tail: "..., Mbaye said, Trend reports." reports the words before the
// comma; "If this fails, Mr. Castaneda argues, there are other ways" the
// whole sentence it sits inside.
bool ReadTail(const Sentence& s, VerbCue* v, Draft* d, Clause* out) {
  const std::vector<Token>& t = s.t;
  const int s_begin = s.s_begin, s_end = s.s_end;
  const int pb = v->pb, tail_end = v->tail_end;
  d->phrase = std::move(v->before);
  d->rule = "reported.tail";
  out->begin = t[s_begin].span().begin;
  out->end = t[pb - 2 >= s_begin ? pb - 2 : s_begin].span().end;
  if (pb - 1 <= s_begin) return false;
  const bool credit = tail_end + 2 < s_end && t[tail_end + 2].text == "reports";
  // "Asked about ..., O'Neill said, “Not going to ...”": the cue
  // introduces a quote; the words before it are no part of it.
  if (tail_end + 1 < s_end && t[tail_end].text == "," &&
      IsOpeningMark(t[tail_end + 1].text)) {
    return false;
  }
  // "..., he said, adding that ...": a participle cue after the
  // comma ends the tail; the sentence goes on with it.
  const Cue* next = tail_end + 1 < s_end ? CueStartingAt(s.b, t[tail_end + 1].span().begin)
                                         : nullptr;
  const bool next_cue = next != nullptr && IsParticiple(next->form);
  const bool parenthetical =
      tail_end < s_end && t[tail_end].text == "," && !credit && !next_cue &&
      CountWords(t, {t[tail_end].span().end, t[s_end - 1].span().end}, tail_end) >= 3;
  if (parenthetical) {
    out->end = t[s_end - 1].span().end;
    return true;
  }
  return FrontIsClause(s.model.names, s.state.text, t, s_begin, pb - 1);
}

// Past the listener of "told" at token `k`: "told reporters", "told the
// BBC", "told Fox News on Thursday how ...", "telling reporters in New
// Delhi the government would ...".
int PastListener(const Sentence& s, int k) {
  const std::vector<Token>& t = s.t;
  const int s_end = s.s_end;
  int next = 0;
  // "told reporters the bridge ...": a bare plural listener is
  // one word; the words after it open the clause.
  const bool bare = k < s_end && t[k].lower && !IsArticleOrPossessive(t[k].text);
  SpeakerPhrase listener =
      bare ? SpeakerPhrase() : s.model.names.ParseAfter(s.state.text, t, k, &next);
  if (!listener.empty()) {
    k = next;
  } else if (k < s_end && t[k].lower) {
    ++k;
  }
  // "told Fox News on Thursday how ...": skip the time.
  if (k + 1 < s_end && t[k].text == "on" && t[k + 1].capitalized) {
    k += 2;
  } else if (k + 2 < s_end && (t[k].text == "in" || t[k].text == "at") &&
             t[k + 1].capitalized) {
    // Skip the place when an article or a pronoun opens the clause after it.
    int m = k + 1;
    while (m < s_end && m <= k + 4 && t[m].capitalized) ++m;
    if (m < s_end && (IsArticleOrPossessive(t[m].text) || IsSubjectPronoun(t[m].text))) {
      k = m;
    }
  }
  return k;
}

// Whether the lower-case word at token `*k` can open a clause; "said after
// the meeting he would resign", "said in an interview it was over": a short
// phrase of time or place, then a pronoun and its verb open it (and `*k`
// moves to the pronoun).
bool OpensClauseAt(const Sentence& s, int* k) {
  const std::vector<Token>& t = s.t;
  const LowerWord lower_w(t[*k].text);
  const absl::string_view w = lower_w;
  static constexpr absl::string_view kNotClause[] = {
      "in", "on", "at", "during", "after", "before", "for",
      "about", "of", "with", "to", "by", "as", "from", "so",
      "and", "or", "but", "when", "while", "if", "than"};
  if (!IsOneOf(w, kNotClause)) return true;
  if (w == "and" || w == "or" || w == "but" || w == "so" || w == "if" ||
      w == "than" || w == "as" || w == "when" || w == "while") {
    return false;
  }
  for (int m = *k + 1; m < s.s_end && m <= *k + 6; ++m) {
    if (t[m].punct && t[m].text != ",") break;
    if (IsSubjectPronoun(t[m].text) && m + 1 < s.s_end && t[m + 1].lower) {
      *k = m;
      return true;
    }
  }
  return false;
}

// Where the clause after a cue with no "that" starts, or -1 when the words
// after it are no clause it reports.
int ClauseStartWithoutThat(const Sentence& s, const VerbCue& v, const Draft& d) {
  const std::vector<Token>& t = s.t;
  const int s_end = s.s_end;
  const int te = v.te;
  // "I think Jason Gardener is struggling": a columnist's own
  // opinion, no reported speech, unless a "that" says so.
  const bool first_person = d.phrase.form == v1::PRONOUN &&
                            (d.phrase.name == "I" ||
                             absl::EqualsIgnoreCase(d.phrase.name, "we"));
  if (te >= s_end || (v.c.needs_that && (first_person || !BareClauseAt(t, te, s_end)))) {
    return -1;
  }
  // A cue that attributes a direct quote and has no that-clause
  // reports nothing more: "“...,” Obermann told a press
  // conference at the trade show".
  if (std::binary_search(s.direct_cues.begin(), s.direct_cues.end(), v.c.span.begin)) {
    return -1;
  }
  int k = te;
  if (v.form == "told" || v.form == "tells" || v.form == "tell" || v.form == "telling") {
    k = PastListener(s, k);
  }
  k = SkipDay(s.model.names, t, k, s_end);
  if (k < s_end && (t[k].text == "," || t[k].text == ":")) ++k;
  if (k >= s_end || t[k].punct) {
    if (!(k < s_end && IsOpeningMark(t[k].text))) return -1;
  }
  if (k < s_end && t[k].lower && !OpensClauseAt(s, &k)) return -1;
  // Verbs other than "say" also take a noun phrase ("announced
  // its plan", "denied the allegations", "wrote a letter"):
  // without "that", their complement must read as a clause, a
  // pronoun subject or an auxiliary within a few words.
  if (!v.say && !IsSubjectPronoun(t[k].text)) {
    bool clause = false;
    for (int m = k + 1; m < s_end && m <= k + 10 && !clause; ++m) {
      if (t[m].punct && t[m].text != ",") break;
      clause = IsAuxiliary(t[m].text);
    }
    if (!clause) return -1;
  }
  return k;
}

// "X said (that) ...": the clause after the cue, and as its speaker the
// phrase before it, the subject shared with the clause before ("and",
// "but"), a participle's subject or a relative "who"'s antecedent.
bool ReadForward(Sentence* s, VerbCue* v, Draft* d, Clause* out) {
  const std::vector<Token>& t = s->t;
  const int adv = v->adv;
  // "said ..., but added that ...": "but" only after a cue of the
  // same subject in this sentence.
  if (v->before.empty() && adv >= s->s_begin &&
      (t[adv].text == "and" || (t[adv].text == "but" && s->previous_subject >= 0))) {
    d->phrase = s->previous_subject < 0 ? SubjectOf(s)
                                        : s->state.drafts[s->previous_subject].phrase;
    d->rule = "reported.shared_subject";
  } else if (v->participle) {
    d->phrase = ParticipleSubjectAt(s, v->ci);
    d->rule = "reported.participle";
  } else if (v->before.empty()) {
    d->phrase = RelativeSubject(s->model.names, s->state.text, t, v->tc, s->s_begin);
    d->rule = "reported.relative_who";
    d->aside = true;
  } else {
    d->phrase = std::move(v->before);
    d->rule = "reported.subject_before_cue";
  }
  // A participle's subject may be no name ("two speechwriters
  // implored her, arguing that ..."): the clause is still reported.
  if (d->phrase.empty() && !v->participle) return false;
  if (v->that >= 0) {
    if (v->that + 1 >= s->s_end) return false;
    out->begin = t[v->that + 1].span().begin;
  } else {
    const int k = ClauseStartWithoutThat(*s, *v, *d);
    if (k < 0) return false;
    out->begin = t[k].span().begin;
  }
  out->end = ClauseEnd(*s, v->ci, out->begin);
  // "When Anna Berg noted that the plan was late, the mayor laughed": in a
  // subordinate clause that opens the sentence, what was said ends at the
  // comma before the main clause.
  if (d->rule == "reported.subject_before_cue" && v->pb - 1 == s->s_begin &&
      s->model.subordinators.contains(t[s->s_begin].text)) {
    for (int m = TokenAt(t, out->begin); m + 1 < s->s_end && t[m].span().begin < out->end; ++m) {
      if (t[m].text == "," && !t[m + 1].punct) {
        out->end = t[m].span().begin;
        break;
      }
    }
  }
  return true;
}

}  // namespace

bool ReadVerbCue(Sentence* s, const Cue& c, size_t ci, Draft* d, Clause* out) {
  const std::vector<Token>& t = s->t;
  const int s_begin = s->s_begin, s_end = s->s_end;
  VerbCue v{c, ci, c.first_token, c.end_token};
  v.before = PhraseBeforeCue(*s, v.tc);
  v.pb = v.before.empty() ? v.tc : TokenAt(t, v.before.span.begin);
  v.adv = v.tc - 1;
  while (v.adv >= s_begin && t[v.adv].lower && s->model.names.IsCueAdverb(t[v.adv])) {
    --v.adv;
  }
  // "the ministry told Trend" when Trend published the story: a
  // credit for the news, like a press release. A person who "told
  // Reuters" in a Reuters story gave the agency an interview.
  const bool person_before = v.before.form == v1::FULL ||
                             v.before.form == v1::SURNAME ||
                             v.before.form == v1::PRONOUN;
  const std::string& source = s->state.article.source();
  if (!person_before && v.te < s_end && !source.empty() && t[v.te].text == source) {
    return false;
  }
  const LowerWord lower_form(c.form);
  v.form = lower_form;
  // "informed the Assembly that", "assured the council that": verbs
  // with a listener before their that-clause (lexicon listener_verbs).
  v.tell = v.form == "told" || v.form == "tells" || v.form == "tell" ||
           v.form == "telling" || s->model.listener_verbs.contains(v.form);
  v.say = v.form == "said" || v.form == "says" || v.form == "say" || v.form == "saying";
  v.that = FindThat(*s, v);
  v.tail_end = TailEnd(*s, v);
  // "Grant defended the plan, saying the bridge was safe": a
  // participle after a comma reports what the sentence's subject said.
  const bool after_comma = v.before.empty() && v.adv >= s_begin && t[v.adv].text == ",";
  v.participle = after_comma && IsParticiple(v.form);
  if (after_comma && !v.participle) return ReadInverted(s, v, d, out);
  if (!v.before.empty() && v.pb > s_begin && t[v.pb - 1].text == "," && v.that < 0 &&
      (v.tail_end >= s_end || t[v.tail_end].text == "," || t[v.tail_end].text == ".")) {
    return ReadTail(*s, &v, d, out);
  }
  return ReadForward(s, &v, d, out);
}

}  // namespace reported
}  // namespace internal
}  // namespace quotes
