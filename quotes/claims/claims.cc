// Claim extraction, per sentence:
//  1. time expressions (dates, years, relative times) become DATE claims and
//     give the sentence its own time;
//  2. event mentions ("the Second International Conference", "a similar
//     conference ... last year") resolve to an event key: noun, ordinal, year;
//  3. quantities ("more than 100 delegates") become QUANTITY claims about the
//     nearest event in the sentence, or, when they count participants, the
//     event in context; else about the sentence's subject.
// The article's main event is its first titled or numbered event mention
// ("Second International Conference"); "the conference" and "the event"
// refer back to it, or to the event the paragraph is about.
#include "quotes/claims/claims.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "quotes/claims/claim_subject.h"
#include "quotes/claims/claims_patterns.h"
#include "quotes/claims/claims_time.h"
#include "quotes/claims/claims_values.h"
#include "quotes/text/re2_util.h"
#include "quotes/text/segmenter.h"
#include "quotes/claims/story_terms.h"

namespace quotes {
namespace internal {

namespace {

// Bounds on the work per article, so adversarial text (one 50 MB sentence of
// numbers) costs time and memory linear in its length.
constexpr size_t kMaxMentionsPerSentence = 32;
constexpr int kMaxClaimsPerArticle = 4096;
// A claim keeps at most this much of its sentence on each side of it: the
// whole sentence of any news text, a window of an adversarial one.
constexpr size_t kSentenceContext = 1000;

// An event a claim describes.
struct Event {
  std::string noun;   // "conference": singular, lower case
  int ordinal = 0;    // 2 for "Second"; 0 when not numbered
  int year = 0;       // 0 unknown; -1 "another" instance with no time
  std::string title;  // as written, for people
  // The sentence that names the event: its places and names are context.
  size_t sentence_begin = 0;
  size_t sentence_end = 0;
  bool valid() const { return !noun.empty(); }
  std::string Key() const {
    std::string key = noun;
    if (ordinal > 0) absl::StrAppend(&key, " #", ordinal);
    if (year > 0) return absl::StrCat(key, " (", year, ")");
    return absl::StrCat(key, year < 0 ? " (another)" : " (?)");
  }
};

// One event noun in a sentence.
struct Mention {
  TextSpan span;
  std::string noun;
  int ordinal = 0;
  bool other = false;    // "a similar conference"
  bool generic = false;  // "the event"
  bool titled = false;   // "Conference" capitalised, or numbered
  std::string title;
  size_t title_end = 0;  // where a titled mention's name ends in the text
};

}  // namespace

ClaimExtractor::ClaimExtractor() = default;
ClaimExtractor::~ClaimExtractor() = default;

absl::StatusOr<std::unique_ptr<ClaimExtractor>> ClaimExtractor::Create(
    const v1::Lexicon& lexicon) {
  auto p = BuildClaimPatterns(lexicon);
  if (!p.ok()) return p.status();
  std::unique_ptr<ClaimExtractor> extractor(new ClaimExtractor());
  extractor->patterns_ = *std::move(p);
  auto subjects = SubjectFinder::Create(lexicon);
  if (!subjects.ok()) return subjects.status();
  extractor->subjects_ = *std::move(subjects);
  extractor->story_terms_ = std::make_unique<StoryTermFinder>(lexicon);
  return extractor;
}

namespace {

// What Extract() knows while it walks one article.
class ArticleWalker {
 public:
  ArticleWalker(const ClaimPatterns& p, const SubjectFinder& subjects,
                v1::ArticleAnalysis* a)
      : p_(p), a_(a), text_(a->article().text()), subjects_(subjects, text_) {
    article_date_ = ParseIsoDate(a->article().date());
  }

  void Run() {
    std::vector<TextSpan> paragraphs;
    const v1::Article& art = a_->article();
    if (art.headline_span().end() > art.headline_span().begin()) {
      paragraphs.push_back({art.headline_span().begin(), art.headline_span().end()});
    }
    for (const v1::Span& s : art.paragraphs()) paragraphs.push_back({s.begin(), s.end()});
    paragraphs_ = paragraphs;
    // Pass 1: sentences, their times and event mentions; the main event.
    for (size_t i = 0; i < paragraphs.size(); ++i) {
      if (paragraphs[i].end > text_.size() || paragraphs[i].begin >= paragraphs[i].end) continue;
      for (const TextSpan& s : SplitSentences(text_, paragraphs[i])) {
        Sentence sentence;
        sentence.span = s;
        sentence.paragraph = i;
        sentence.times = p_.times->Find(text_, s, article_date_);
        SettleClockDays(&sentence);
        FindMentions(&sentence);
        sentences_.push_back(std::move(sentence));
      }
    }
    FindMainEvent();
    // Pass 2: resolve events in order and extract claims.
    size_t paragraph = static_cast<size_t>(-1);
    for (Sentence& s : sentences_) {
      if (s.paragraph != paragraph) carry_ = Event();
      paragraph = s.paragraph;
      std::vector<Event> events;
      for (const Mention& m : s.mentions) {
        events.push_back(Resolve(s, m));
        // "the international conference dedicated to “...”" names the event
        // that "a similar conference" began: keep the fuller name.
        Event& e = events.back();
        if (!m.titled && e.noun == m.noun && m.title.size() > e.title.size() &&
            !(main_.valid() && e.Key() == main_.Key())) {
          e.title = m.title;
        }
        carry_ = e;
      }
      for (const TimeExpr& t : s.times) AddDateClaim(s, events, t);
      for (size_t i = 0; i < s.mentions.size(); ++i) {
        if (s.mentions[i].ordinal > 0) AddOrdinalClaim(s, s.mentions[i], events[i]);
      }
      FindQuantities(s, events);
      FindNames(s);
    }
    if (dropped_claims_ > 0) {
      a_->add_limits(absl::StrCat("claims: at most ", kMaxClaimsPerArticle,
                                  " an article; ", dropped_claims_, " more not kept"));
    }
  }

 private:
  struct Sentence {
    TextSpan span;
    size_t paragraph = 0;
    std::vector<TimeExpr> times;
    std::vector<Mention> mentions;
  };

  // A clock time with no day beside it ("shortly after 11 p.m.") is on the
  // last day or part of a day the sentence before it, in its paragraph,
  // names ("was elected Tuesday night."), not on the article's date.
  void SettleClockDays(Sentence* sentence) const {
    if (sentences_.empty() || sentences_.back().paragraph != sentence->paragraph) return;
    const TimeExpr* day = nullptr;
    for (const TimeExpr& t : sentences_.back().times) {
      if ((t.unit == TimeUnit::kDay || t.unit == TimeUnit::kPartOfDay) && t.date.year != 0 &&
          t.end.year == 0) {
        day = &t;
      }
    }
    if (day == nullptr) return;
    for (TimeExpr& t : sentence->times) {
      if (t.unit == TimeUnit::kMinute && t.day_from_article) SetClockDay(*day, &t);
    }
  }

  std::string Singular(std::string noun) const {
    if (noun.size() > 1 && noun.back() == 's' &&
        p_.event_nouns.contains(noun.substr(0, noun.size() - 1))) {
      noun.pop_back();
    }
    return noun;
  }

  void FindMentions(Sentence* s) {
    if ((p_.event_words.In(text_, s->span) & 1u) == 0) return;  // no event noun
    re2::StringPiece input = ToPiece(absl::string_view(text_).substr(0, s->span.end));
    re2::StringPiece g[5];
    size_t pos = s->span.begin;
    while (pos < s->span.end && s->mentions.size() < kMaxMentionsPerSentence &&
           p_.event->Match(input, pos, s->span.end, RE2::UNANCHORED, g, 5)) {
      Mention m;
      m.span = {static_cast<size_t>(g[0].data() - text_.data()),
                static_cast<size_t>(g[0].data() - text_.data() + g[0].size())};
      pos = m.span.end;
      const std::string noun = absl::AsciiStrToLower(ToView(g[4]));
      m.noun = Singular(noun);
      m.generic = p_.generic_nouns.contains(m.noun);
      if (!g[1].empty()) {
        // "the first day of the conference" numbers the day, not the event.
        bool adjectives_only = true;
        for (absl::string_view w : absl::StrSplit(ToView(g[2]), ' ', absl::SkipEmpty())) {
          if (p_.stop_words.contains(absl::AsciiStrToLower(w)) || w == "day") {
            adjectives_only = false;
          }
        }
        if (adjectives_only) m.ordinal = OrdinalValue(ToView(g[1]));
      }
      m.titled = m.ordinal > 0 ||
                 (absl::ascii_isupper(static_cast<unsigned char>(g[4][0])) &&
                  g[4].data() != text_.data() + s->span.begin);
      size_t title_begin = m.span.begin;
      if (!g[3].empty()) {
        // Drop a leading article: "The Conference".
        absl::string_view first = ToView(g[3]).substr(0, ToView(g[3]).find(' '));
        if (first == "The" || first == "A" || first == "An") {
          title_begin += first.size() + 1;
        }
      }
      m.title = m.titled ? ExtendTitle(title_begin, m.span.end)
                         : UntitledName(s->span.begin, m.span.begin, m.span.end);
      m.title_end = m.titled ? title_begin + m.title.size() : m.span.end;
      m.other = PrecededByOtherWord(s->span.begin, m.span.begin);
      s->mentions.push_back(std::move(m));
    }
  }

  int OrdinalValue(absl::string_view written) const {
    auto it = p_.ordinals.find(absl::AsciiStrToLower(written));
    if (it != p_.ordinals.end()) return static_cast<int>(it->second);
    int n = 0;
    for (char c : written) {
      if (!absl::ascii_isdigit(static_cast<unsigned char>(c))) break;
      n = n * 10 + (c - '0');
      if (n > 100000) return 0;
    }
    return n;
  }

  // "Second International Conference" + " of the Western Azerbaijan Community".
  std::string ExtendTitle(size_t begin, size_t end) const {
    size_t i = end, last = end;
    int words = 0;
    while (i < text_.size() && words < 8) {
      if (text_[i] != ' ') break;
      size_t j = i + 1;
      while (j < text_.size() && (IsAlnum(text_[j]) || text_[j] == '-')) ++j;
      absl::string_view w = absl::string_view(text_).substr(i + 1, j - i - 1);
      if (w.empty()) break;
      if (absl::ascii_isupper(static_cast<unsigned char>(w[0]))) {
        last = j;
      } else if (w != "of" && w != "the" && w != "for" && w != "and") {
        break;
      }
      i = j;
      ++words;
    }
    return absl::StrCat(text_.substr(begin, last - begin), QuotedTheme(last));
  }

  // An untitled event as written, for people: "international conference",
  // with its quoted theme when one follows. Adjectives that mark another
  // instance ("similar") and stop words are left out.
  std::string UntitledName(size_t sentence_begin, size_t begin, size_t end) const {
    size_t start = begin;
    for (int n = 0; n < 2; ++n) {
      const TextSpan w = WordBefore(sentence_begin, start);
      if (w.size() == 0 || !absl::ascii_islower(static_cast<unsigned char>(text_[w.begin]))) break;
      const std::string lower = absl::AsciiStrToLower(text_.substr(w.begin, w.size()));
      if (p_.stop_words.contains(lower) || p_.other_words.contains(lower)) break;
      start = w.begin;
    }
    return absl::StrCat(text_.substr(start, end - start), QuotedTheme(end));
  }

  // " on “Right to Return”", " dedicated to “Ensuring ...”": a quoted theme
  // right after an event's name, up to 160 bytes; empty when none.
  std::string QuotedTheme(size_t pos) const {
    static constexpr absl::string_view kLinks[] = {
        " on the topic ", " on the theme ", " on ",     " dedicated to ",
        " titled ",       " entitled ",     " themed ", " under "};
    for (absl::string_view link : kLinks) {
      if (text_.substr(pos, link.size()) != link) continue;
      const size_t open = pos + link.size();
      absl::string_view close;
      if (text_.substr(open, 1) == "\"") close = "\"";
      if (text_.substr(open, 3) == "\u201C") close = "\u201D";
      if (close.empty()) return "";
      const size_t end = text_.find(close, open + 1);
      if (end == absl::string_view::npos || end - open > 160) return "";
      return std::string(text_.substr(pos, end + close.size() - pos));
    }
    return "";
  }

  // The word that ends right before `pos` (spaces skipped), not before the
  // sentence: letters (and apostrophes, when asked). Empty at punctuation.
  TextSpan WordBefore(size_t sentence_begin, size_t pos, bool apostrophes = false) const {
    size_t end = pos;
    while (end > sentence_begin && text_[end - 1] == ' ') --end;
    size_t begin = end;
    while (begin > sentence_begin &&
           (IsAlpha(text_[begin - 1]) || (apostrophes && text_[begin - 1] == '\''))) {
      --begin;
    }
    return {begin, end};
  }

  bool PrecededByOtherWord(size_t sentence_begin, size_t pos) const {
    for (int n = 0; n < 3; ++n) {
      const TextSpan w = WordBefore(sentence_begin, pos);
      if (w.size() == 0) break;
      if (p_.other_words.contains(absl::AsciiStrToLower(text_.substr(w.begin, w.size())))) {
        return true;
      }
      pos = w.begin;
    }
    return false;
  }

  // The time of the sentence nearest `pos` that can date an event: a single
  // date, year or relative time, not a range or "since".
  const TimeExpr* NearestTime(const Sentence& s, size_t pos) const {
    const TimeExpr* best = nullptr;
    size_t best_distance = 0;
    for (const TimeExpr& t : s.times) {
      if (!t.can_date_event || t.date.year == 0) continue;
      const size_t d = t.span.begin > pos ? t.span.begin - pos : pos - t.span.end;
      if (best == nullptr || d < best_distance) {
        best = &t;
        best_distance = d;
      }
    }
    return best;
  }

  // The time of an event mention: a year in parentheses right after its name
  // ("Baku Summit of World Religious Leaders ( 2010)"), else the nearest.
  const TimeExpr* TimeOf(const Sentence& s, const Mention& m) const {
    for (const TimeExpr& t : s.times) {
      if (t.span.begin < m.title_end || t.span.begin > m.title_end + 3) continue;
      if (text_.substr(m.title_end, t.span.begin - m.title_end).find('(') !=
          absl::string_view::npos) {
        return &t;
      }
    }
    return NearestTime(s, m.span.begin);
  }

  void FindMainEvent() {
    for (int pass = 0; pass < 2 && !main_.valid(); ++pass) {
      for (const Sentence& s : sentences_) {
        for (const Mention& m : s.mentions) {
          if (m.other || (pass == 0 && (!m.titled || m.generic))) continue;
          main_.noun = m.noun;
          main_.ordinal = m.ordinal;
          main_.title = m.title;
          main_.sentence_begin = s.span.begin;
          main_.sentence_end = std::min(s.span.end, s.span.begin + 2 * kSentenceContext);
          const TimeExpr* t = TimeOf(s, m);
          main_.year = t != nullptr ? t->date.year : article_date_.year;
          return;
        }
      }
    }
  }

  Event Resolve(const Sentence& s, const Mention& m) const {
    Event e;
    e.noun = m.noun;
    e.ordinal = m.ordinal;
    e.title = m.title;
    e.sentence_begin = s.span.begin;
    e.sentence_end = std::min(s.span.end, s.span.begin + 2 * kSentenceContext);
    const TimeExpr* t = TimeOf(s, m);
    const int year = t != nullptr ? t->date.year : 0;
    if (m.generic && !m.titled) {
      if (carry_.valid()) return carry_;
      if (main_.valid()) return main_;
    }
    // An untitled "the conference" after "a similar conference was held last
    // year" in the same paragraph is that other conference.
    if (!m.titled && !m.other && year == 0 && carry_.valid() && carry_.noun == e.noun) {
      return carry_;
    }
    if (!m.other && main_.valid() && main_.noun == e.noun &&
        (year == 0 || year == main_.year) &&
        (m.ordinal == 0 || main_.ordinal == 0 || m.ordinal == main_.ordinal)) {
      Event same = main_;
      if (same.ordinal == 0) same.ordinal = m.ordinal;
      return same;
    }
    if (year != 0) {
      e.year = year;
      return e;
    }
    if (carry_.valid() && carry_.noun == e.noun &&
        (m.ordinal == 0 || carry_.ordinal == m.ordinal)) {
      return carry_;
    }
    e.year = m.other ? -1 : article_date_.year;
    return e;
  }

  // The number of code points in text_[0, pos): counted on from the last
  // position asked for, as claims come mostly in text order.
  uint32_t CodePointsTo(size_t pos) {
    if (pos < cp_pos_) cp_pos_ = cp_count_ = 0;
    for (; cp_pos_ < pos && cp_pos_ < text_.size(); ++cp_pos_) {
      cp_count_ += (static_cast<unsigned char>(text_[cp_pos_]) & 0xC0) != 0x80;
    }
    return cp_count_;
  }

  // The subject, frame and scope of a quantity claim (claim_subject.h); a
  // running tally holds on the article's day (a day its sentence names
  // dates an event more often than the tally: "after the debate on
  // Saturday").
  void SetKey(const Sentence& s, v1::Claim* c, const Quantity& q) {
    const TextSpan paragraph = s.paragraph < paragraphs_.size() ? paragraphs_[s.paragraph] : s.span;
    const TextSpan figure = q.span;
    ClaimKey k = c->value_type() == v1::AGE ? subjects_.AgeOf(s.span, figure)
                 : q.rival.size() > 0
                     ? subjects_.RivalOf(paragraph, s.span, figure, q.rival, q.of_rival)
                     : subjects_.Find(paragraph, s.span, figure);
    // The frame the figure's reading gave ("passed 52-48": vote) when no
    // word around it names one; a count cue's always ("the number of
    // injured stands at 387": injured, of nobody's).
    if (q.frame_overrides) {
      k.subject.clear();
      k.subject_key.clear();
      k.running = k.standing = false;
      k.frame = q.frame;
    } else if (k.frame.empty() && !q.frame.empty()) {
      k.frame = q.frame;
    }
    c->set_subject(k.subject);
    c->set_subject_key(k.subject_key);
    if (!k.frame.empty()) {
      // A figure with a frame of the lexicon is grouped by subject and
      // frame, not by the event nearby: "1,237 delegates needed" is one
      // figure whether the sentence names the convention or not.
      c->set_frame(k.frame);
      if (!c->event().empty()) {
        // Nor by that event's time: its own sentence's, else the article's.
        c->clear_event();
        c->clear_context();
        const TimeExpr* t = NearestTime(s, figure.begin);
        c->set_time(t != nullptr            ? t->Iso()
                    : article_date_.year > 0 ? absl::StrCat(article_date_.year)
                                             : std::string());
      }
    }
    c->set_scope(k.scope);
    // A part is compared only with parts of the same whole: "34 percent of
    // the vote" is not "40 percent support".
    const v1::ValueType type = c->value_type();
    if (!k.whole.empty() &&
        (type == v1::PERCENT || type == v1::PERCENTAGE_POINTS || type == v1::FRACTION)) {
      c->set_measure(absl::StrCat(c->measure(), " of ", k.whole));
    }
    c->set_running(k.running);
    c->set_standing(k.standing);
    // An age is the person's as the article is written, whatever date its
    // sentence gives ("Lorna Pettigrew, 58, ... an operation in 2014").
    if ((k.running || type == v1::AGE) && article_date_.day != 0) {
      TimeExpr moment;
      moment.date = article_date_;
      c->set_time(moment.Iso());
    }
  }

  // Null once the article has kMaxClaimsPerArticle claims.
  v1::Claim* NewClaim(const Sentence& s, v1::ClaimType type, TextSpan span) {
    if (a_->claims_size() >= kMaxClaimsPerArticle) {
      ++dropped_claims_;
      return nullptr;
    }
    v1::Claim* c = a_->add_claims();
    c->set_id(absl::StrCat("c", a_->claims_size()));
    c->set_article_id(a_->article().id());
    c->set_type(type);
    c->set_text(std::string(text_.substr(span.begin, span.size())));
    const v1::Article& art = a_->article();
    c->set_headline(art.headline());
    c->set_date(art.date());
    c->set_url(art.url());
    c->mutable_char_span()->set_begin(CodePointsTo(span.begin));
    c->mutable_char_span()->set_end(CodePointsTo(span.end));
    c->mutable_span()->set_begin(span.begin);
    c->mutable_span()->set_end(span.end);
    // A long sentence is cut to a window around the claim, at spaces.
    TextSpan window = s.span;
    if (span.begin > window.begin + kSentenceContext) {
      window.begin = span.begin - kSentenceContext;
      const size_t space = text_.find(' ', window.begin);
      if (space < span.begin) window.begin = space + 1;
    }
    if (span.end + kSentenceContext < window.end) {
      window.end = span.end + kSentenceContext;
      const size_t space = text_.rfind(' ', window.end);
      if (space != absl::string_view::npos && space > span.end) window.end = space;
    }
    c->set_sentence(std::string(text_.substr(window.begin, window.size())));
    c->mutable_sentence_span()->set_begin(window.begin);
    c->mutable_sentence_span()->set_end(window.end);
    c->set_source(a_->article().source().empty() ? a_->article().distributor()
                                                 : a_->article().source());
    // Quotes are in text order: look at the few that start before the claim.
    const auto& quotes = a_->quotes();
    auto it = std::upper_bound(quotes.begin(), quotes.end(), span.begin,
                               [](size_t pos, const v1::Quote& q) {
                                 return pos < q.span().begin();
                               });
    for (int n = 0; n < 8 && it != quotes.begin(); ++n) {
      --it;
      if (it->span().begin() <= span.begin && span.begin < it->span().end()) {
        c->set_speaker(it->speaker().name());
        break;
      }
    }
    return c;
  }

  // Capitalised words of text[begin, end) not at its start, lower case, that
  // may tell events apart, appended to `out` (at most kMaxContextWords).
  void AddContextWords(size_t begin, size_t end, bool skip_first,
                       std::vector<std::string>* out) const {
    constexpr size_t kMaxContextWords = 16;
    size_t i = begin;
    bool first = skip_first;
    while (i < end && out->size() < kMaxContextWords) {
      if (!IsAlpha(text_[i])) {
        first = first && (text_[i] == ' ' || text_[i] == '"');
        ++i;
        continue;
      }
      size_t j = i;
      while (j < end && (IsAlnum(text_[j]) || static_cast<unsigned char>(text_[j]) >= 0x80)) ++j;
      const absl::string_view w = text_.substr(i, j - i);
      if (!first && w.size() > 1 && absl::ascii_isupper(static_cast<unsigned char>(w[0]))) {
        std::string lower = absl::AsciiStrToLower(w);
        // "Azerbaijanis" and "Azerbaijani" tell apart nothing "Azerbaijan" does not.
        while (lower.size() > 4 && (lower.back() == 's' || lower.back() == 'i')) lower.pop_back();
        if (!p_.context_stop.contains(absl::AsciiStrToLower(w)) &&
            std::find(out->begin(), out->end(), lower) == out->end()) {
          out->push_back(std::move(lower));
        }
      }
      first = false;
      i = j;
    }
  }

  // The context of a claim about `e`: names in its sentence window, in the
  // event's title and in the dateline.
  void SetContext(v1::Claim* c, const Event& e) const {
    std::vector<std::string> words;
    AddContextWords(c->sentence_span().begin(), c->sentence_span().end(),
                    /*skip_first=*/true, &words);
    const v1::Article& art = a_->article();
    if (e.sentence_end > e.sentence_begin) {
      AddContextWords(e.sentence_begin, e.sentence_end, /*skip_first=*/true, &words);
    }
    if (!art.dateline().empty()) {
      // The dateline lives in the text too; read its words from there.
      const size_t at = text_.find(art.dateline());
      if (at != absl::string_view::npos) {
        AddContextWords(at, at + art.dateline().size(), false, &words);
      }
    }
    for (std::string& w : words) c->add_context(std::move(w));
  }

  // The nearest lower-case word before `pos` in the sentence that is not a
  // stop word, within three words: "won" in "who won 51 caps".
  std::string FrameWord(size_t sentence_begin, size_t pos) const {
    for (int n = 0; n < 3; ++n) {
      const TextSpan w = WordBefore(sentence_begin, pos, /*apostrophes=*/true);
      if (w.size() == 0) break;  // punctuation: the clause ends
      std::string lower = absl::AsciiStrToLower(text_.substr(w.begin, w.size()));
      if (!p_.stop_words.contains(lower) &&
          absl::ascii_islower(static_cast<unsigned char>(text_[w.begin]))) {
        return lower;
      }
      pos = w.begin;
    }
    return "";
  }

  static void SetEvent(v1::Claim* c, const Event& e) {
    if (!e.valid()) return;
    c->set_event(e.Key());
    c->set_event_title(e.title.empty() ? e.noun : e.title);
  }

  // The mention nearest `pos`, within `max_distance` bytes; -1 when none.
  static int NearestMention(const Sentence& s, size_t pos, size_t max_distance) {
    int best = -1;
    size_t best_distance = max_distance + 1;
    for (size_t i = 0; i < s.mentions.size(); ++i) {
      const TextSpan& m = s.mentions[i].span;
      const size_t d = m.begin > pos ? m.begin - pos : (m.end > pos ? 0 : pos - m.end);
      if (d < best_distance) {
        best = static_cast<int>(i);
        best_distance = d;
      }
    }
    return best;
  }

  void AddDateClaim(const Sentence& s, const std::vector<Event>& events,
                    const TimeExpr& t) {
    v1::Claim* c = NewClaim(s, v1::DATE, t.span);
    if (c == nullptr) return;
    c->set_measure("date");
    c->set_qualifier(t.qualifier);
    c->set_time(t.Iso());
    *c->mutable_value() = t.Value();
    const int m = NearestMention(s, t.span.begin, 80);
    if (m >= 0) SetEvent(c, events[m]);
  }

  void AddOrdinalClaim(const Sentence& s, const Mention& m, const Event& e) {
    v1::Claim* c = NewClaim(s, v1::ORDINAL, m.span);
    if (c == nullptr) return;
    c->set_measure(absl::StrCat("ordinal of ", m.noun));
    c->mutable_value()->set_has_lower(true);
    c->mutable_value()->set_lower(m.ordinal);
    c->mutable_value()->set_lower_inclusive(true);
    c->mutable_value()->set_has_upper(true);
    c->mutable_value()->set_upper(m.ordinal);
    c->mutable_value()->set_upper_inclusive(true);
    SetEvent(c, e);
    // The name as this mention writes it: the cross-check compares them.
    if (!m.title.empty()) c->set_event_title(m.title);
    if (e.year > 0) c->set_time(absl::StrCat(e.year));
  }

  // "about: shusha, armenian": the first proper nouns of the sentence (of
  // the window of it the claim keeps, so a huge sentence costs little).
  std::string SubjectKey(const Sentence& s, const v1::Span& window) const {
    std::vector<std::string> words;
    size_t i = window.begin();
    bool first = i == s.span.begin;
    while (i < window.end() && words.size() < 4) {
      if (!IsAlpha(text_[i])) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j < window.end() && IsAlnum(text_[j])) ++j;
      absl::string_view w = text_.substr(i, j - i);
      if (!first && absl::ascii_isupper(static_cast<unsigned char>(w[0]))) {
        std::string lower = absl::AsciiStrToLower(w);
        if (std::find(words.begin(), words.end(), lower) == words.end()) {
          words.push_back(lower);
        }
      }
      first = false;
      i = j;
    }
    return words.empty() ? "" : absl::StrCat("about: ", absl::StrJoin(words, ", "));
  }

  void FindQuantities(const Sentence& s, const std::vector<Event>& events);

  // NAME claims: "The Islamic ... Organization (ICESCO)". The expansion starts
  // at the last capitalised word with the acronym's initial, so "Salim M.
  // AlMalik, Director-General of the Islamic ..." yields "Islamic ...".
  void FindNames(const Sentence& s) {
    // The pattern's every match holds its "(": a sentence without one (most)
    // is not searched.
    if (text_.substr(s.span.begin, s.span.size()).find('(') == absl::string_view::npos) return;
    re2::StringPiece input = ToPiece(text_.substr(0, s.span.end));
    re2::StringPiece g[3];
    size_t pos = s.span.begin;
    while (pos < s.span.end &&
           p_.acronym->Match(input, pos, s.span.end, RE2::UNANCHORED, g, 3)) {
      pos = g[0].data() - text_.data() + g[0].size();
      const size_t run_begin = g[1].data() - text_.data();
      size_t run_end = run_begin + g[1].size();
      while (run_end > run_begin && (text_[run_end - 1] == ' ' || text_[run_end - 1] == ',')) {
        --run_end;
      }
      const char initial = absl::ascii_toupper(static_cast<unsigned char>(g[2][0]));
      size_t start = std::string::npos;
      int capitals_after = 0, capitals_at_start = 0;
      for (size_t i = run_end; i-- > run_begin;) {
        if (i > run_begin && text_[i - 1] != ' ') continue;
        if (!absl::ascii_isupper(static_cast<unsigned char>(text_[i]))) continue;
        ++capitals_after;
        if (text_[i] == initial && capitals_after >= 2) {
          start = i;
          capitals_at_start = capitals_after;
          break;
        }
      }
      if (start == std::string::npos || capitals_at_start < 2) continue;
      v1::Claim* c = NewClaim(s, v1::NAME, {start, run_end});
      if (c == nullptr) return;
      c->set_measure("acronym");
      c->set_event(std::string(ToView(g[2])));
      c->set_event_title(c->text());
    }
  }

  const ClaimPatterns& p_;
  v1::ArticleAnalysis* a_;
  absl::string_view text_;
  ArticleSubjects subjects_;
  std::vector<TextSpan> paragraphs_;
  size_t cp_pos_ = 0;     // CodePointsTo's cursor
  uint32_t cp_count_ = 0;
  CivilDate article_date_;
  std::vector<Sentence> sentences_;
  Event main_;
  Event carry_;
  QuantityReader values_{p_, text_};
  int64_t dropped_claims_ = 0;  // past kMaxClaimsPerArticle
};

void ArticleWalker::FindQuantities(const Sentence& s,
                                   const std::vector<Event>& events) {
  // The figures and their values (claims_values.h); what follows ties each
  // to its event, time and frame.
  for (Quantity& q : values_.Read(s.span, s.paragraph, s.times)) {
    const size_t begin = q.figure_begin;
    const size_t qualifier_begin = q.figure_begin;
    const std::string& measure = q.measure;
    v1::Claim* c = NewClaim(s, v1::QUANTITY, q.span);
    if (c == nullptr) return;
    c->set_measure(measure);
    c->set_value_type(q.type);
    if (!q.qualifier.empty()) c->set_qualifier(q.qualifier);
    *c->mutable_value() = std::move(q.value);
    if (q.has_second) *c->mutable_second_value() = std::move(q.second);
    // The event: the nearest mention (any distance for participants, close by
    // for other measures), else the event in context for participants.
    const bool participants = p_.participation.contains(measure);
    const int m = NearestMention(s, begin, participants ? s.span.size() : 60);
    Event e;
    if (m >= 0) {
      e = events[m];
    } else if (participants) {
      e = carry_.valid() ? carry_ : main_;
    }
    if (e.valid()) {
      SetEvent(c, e);
      SetContext(c, e);
      if (!participants) c->set_frame(FrameWord(s.span.begin, qualifier_begin));
      if (e.year > 0) c->set_time(absl::StrCat(e.year));
    } else {
      c->set_event(SubjectKey(s, c->sentence_span()));
      const TimeExpr* t = NearestTime(s, begin);
      if (t != nullptr) c->set_time(t->Iso());
    }
    if (c->time().empty() && article_date_.year > 0) {
      c->set_time(absl::StrCat(article_date_.year));
    }
    SetKey(s, c, q);
  }
}

}  // namespace

void ClaimExtractor::Extract(v1::ArticleAnalysis* analysis) const {
  if (analysis->has_error() || analysis->article().text().empty()) return;
  ArticleWalker(*patterns_, *subjects_, analysis).Run();
  for (std::string& t : story_terms_->Find(analysis->article())) {
    analysis->add_story_terms(std::move(t));
  }
}

}  // namespace internal
}  // namespace quotes
