// What the cross-check keeps of each article: a compact record, not the
// analysis. Many thousands of analyses are folded in one at a time and freed
// by the caller; the check reads these records, and a finding's claims are
// made back into v1::Claim messages only when the finding is printed.
//
// Strings are interned in one pool (a measure, a frame, a sentence or a
// headline that many claims share is stored once) and referred to by number.
// A claim a check may compare keeps the fields the checks read as numbers,
// and the rest of its message serialized, without the strings the pool holds;
// a claim no check compares keeps nothing but its sentence, when it is the
// first claim of that sentence (the near-copy sketch reads it).
//
// Example:
//   CrossCheckInput input;
//   for (...) { v1::ArticleAnalysis a = ...; input.Add(a); }  // `a` freed
//   CrossCheckResult result = CrossCheckCollected(std::move(input));
#ifndef QUOTES_CROSSCHECK_CROSS_CHECK_INPUT_H_
#define QUOTES_CROSSCHECK_CROSS_CHECK_INPUT_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "proto/quotes.pb.h"

namespace quotes {
namespace internal {

// Strings stored once each, numbered from 1 (0 is the empty string). Views
// stay valid as long as the pool. Not thread-safe; movable, not copyable.
class StringPool {
 public:
  StringPool();
  StringPool(StringPool&&) = default;
  StringPool& operator=(StringPool&&) = default;

  // The number of `s`, stored when it is new.
  uint32_t Intern(absl::string_view s);
  // A copy of `s` kept as long as the pool, not looked up (for bytes that
  // are seldom the same twice).
  absl::string_view Copy(absl::string_view s);
  absl::string_view operator[](uint32_t id) const { return views_[id]; }

 private:
  char* Allocate(size_t n);

  std::vector<std::unique_ptr<char[]>> chunks_;
  char* next_ = nullptr;
  size_t left_ = 0;
  std::vector<absl::string_view> views_;
  absl::flat_hash_map<absl::string_view, uint32_t> ids_;
};

// Everything the cross-check reads of the analyses folded into it.
// Not thread-safe; movable, not copyable.
class CrossCheckInput {
 public:
  // A claim a check may compare: the fields the checks read (strings by
  // their number in the pool) and what makes the whole claim again.
  struct Claim {
    v1::Interval value;
    // The second figure of a tally ("48" of "52-48"); 0 when none. Also in
    // `rest`.
    double second = 0;
    uint32_t span_begin = 0;
    uint32_t article = 0;  // index into articles()
    uint32_t measure = 0, qualifier = 0, text = 0, event = 0, time = 0, event_title = 0,
             frame = 0, subject = 0, subject_key = 0, scope = 0, date = 0, article_id = 0;
    uint32_t sentence = 0, source = 0, headline = 0, url = 0;
    uint32_t context_begin = 0, context_size = 0;  // into ids()
    v1::ClaimType type = v1::CLAIM_TYPE_UNSPECIFIED;
    v1::ValueType value_type = v1::VALUE_TYPE_UNSPECIFIED;
    bool running = false;
    bool standing = false;
    // The claim serialized without the strings above.
    absl::string_view rest;
  };
  // A quote as the near-copy sketch and the quote variants read it.
  struct Quote {
    uint32_t id = 0, text = 0, speaker = 0;
    uint32_t span_begin = 0, span_end = 0;
    uint32_t char_begin = 0, char_end = 0;  // the span in code points
  };
  // A speaker with a title, not a group, as the title check reads it.
  struct Speaker {
    uint32_t name = 0, title = 0, organization = 0;
    bool mentioned = false;  // has a place that gives the title: this one
    uint32_t span_begin = 0, span_end = 0;
    uint32_t char_begin = 0, char_end = 0;  // the span in code points
    uint32_t sentence = 0;                  // that mention's sentence
    uint32_t sentence_begin = 0, sentence_end = 0;
  };
  // An analysis without `error`.
  struct Article {
    uint32_t id = 0, headline = 0, source = 0, date = 0, url = 0;
    uint64_t text_size = 0;
    int claims_size = 0, quotes_size = 0;  // as the analysis had them
    uint32_t claims_begin = 0, claims_end = 0;      // into claims()
    uint32_t quotes_begin = 0, quotes_end = 0;      // into quotes()
    uint32_t speakers_begin = 0, speakers_end = 0;  // into speakers()
    uint32_t terms_begin = 0, terms_end = 0;        // into ids(): story terms
    // Into ids(): the sentence of the first claim of each sentence.
    uint32_t sentences_begin = 0, sentences_end = 0;
  };

  CrossCheckInput() = default;
  CrossCheckInput(CrossCheckInput&&) = default;
  CrossCheckInput& operator=(CrossCheckInput&&) = default;

  // Folds in one analysis; it may be freed afterwards. An analysis with
  // `error` set is only counted.
  void Add(const v1::ArticleAnalysis& analysis);

  // The analyses added, those with `error` included.
  int64_t analyses() const { return analyses_; }
  // The claims of the analyses without `error`.
  int64_t claim_count() const { return claim_count_; }

  const std::vector<Article>& articles() const { return articles_; }
  const std::vector<Claim>& claims() const { return claims_; }
  const std::vector<Quote>& quotes() const { return quotes_; }
  const std::vector<Speaker>& speakers() const { return speakers_; }
  uint32_t id(size_t i) const { return ids_[i]; }
  absl::string_view str(uint32_t id) const { return pool_[id]; }

  // Claim `i` as the analysis had it, byte for byte.
  v1::Claim MakeClaim(uint32_t i) const;

  // Frees what only the checks read (quotes, speakers, sketch sentences,
  // story terms); claims stay, to be made again.
  void DropCheckOnly();

 private:
  int64_t analyses_ = 0;
  int64_t claim_count_ = 0;
  StringPool pool_;
  std::vector<Article> articles_;
  std::vector<Claim> claims_;
  std::vector<Quote> quotes_;
  std::vector<Speaker> speakers_;
  std::vector<uint32_t> ids_;
  v1::Claim scratch_;  // reused while serializing a claim's rest
  std::string bytes_;
};

// True when `c` may be taken into a finding whole: a figure the event or the
// figure check compares, an acronym's expansion, a dated DATE, an event's
// ordinal. A superset of what the checks take is safe; a subset is not.
bool MayBeCompared(const v1::Claim& c);

// A claim of the input as the checks read it: its fields by the names of
// v1::Claim's. Cheap to copy; valid as long as the input.
class ClaimView {
 public:
  ClaimView() = default;
  ClaimView(const CrossCheckInput* in, uint32_t index)
      : in_(in), c_(&in->claims()[index]), index_(index) {}

  uint32_t index() const { return index_; }
  uint32_t article() const { return c_->article; }
  v1::ClaimType type() const { return c_->type; }
  v1::ValueType value_type() const { return c_->value_type; }
  const v1::Interval& value() const { return c_->value; }
  // A tally's second figure (the lower bound of Claim.second_value); 0 when
  // there is none.
  double second() const { return c_->second; }
  bool running() const { return c_->running; }
  bool standing() const { return c_->standing; }
  uint32_t span_begin() const { return c_->span_begin; }
  absl::string_view measure() const { return in_->str(c_->measure); }
  absl::string_view qualifier() const { return in_->str(c_->qualifier); }
  absl::string_view text() const { return in_->str(c_->text); }
  absl::string_view event() const { return in_->str(c_->event); }
  absl::string_view time() const { return in_->str(c_->time); }
  absl::string_view event_title() const { return in_->str(c_->event_title); }
  absl::string_view frame() const { return in_->str(c_->frame); }
  absl::string_view subject() const { return in_->str(c_->subject); }
  absl::string_view subject_key() const { return in_->str(c_->subject_key); }
  absl::string_view scope() const { return in_->str(c_->scope); }
  absl::string_view date() const { return in_->str(c_->date); }
  absl::string_view article_id() const { return in_->str(c_->article_id); }
  int context_size() const { return static_cast<int>(c_->context_size); }
  absl::string_view context(int i) const {
    return in_->str(in_->id(c_->context_begin + static_cast<uint32_t>(i)));
  }

 private:
  const CrossCheckInput* in_ = nullptr;
  const CrossCheckInput::Claim* c_ = nullptr;
  uint32_t index_ = 0;
};

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_CROSSCHECK_CROSS_CHECK_INPUT_H_
