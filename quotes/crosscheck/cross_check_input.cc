// The compact records of CrossCheckInput, and a claim made back from one.
#include "quotes/crosscheck/cross_check_input.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "quotes/crosscheck/figure_check.h"

namespace quotes {
namespace internal {

namespace {

// Strings are copied into chunks of this size (a longer one gets its own).
constexpr size_t kChunkBytes = 256 << 10;

}  // namespace

namespace {
// The empty string as the pool gives it: a view of "" rather than a null
// pointer, which memcpy-based joins (absl::StrJoin, StrCat) must not be
// passed even with a length of 0.
constexpr absl::string_view kEmpty("", 0);
}  // namespace

StringPool::StringPool() {
  views_.push_back(kEmpty);
  ids_.emplace(kEmpty, 0);
}

char* StringPool::Allocate(size_t n) {
  if (n > left_) {
    if (n > kChunkBytes / 4) {
      // Its own chunk, so that the current one's rest is not wasted.
      chunks_.emplace_back(new char[n]);
      return chunks_.back().get();
    }
    chunks_.emplace_back(new char[kChunkBytes]);
    next_ = chunks_.back().get();
    left_ = kChunkBytes;
  }
  char* p = next_;
  next_ += n;
  left_ -= n;
  return p;
}

absl::string_view StringPool::Copy(absl::string_view s) {
  if (s.empty()) return kEmpty;
  char* p = Allocate(s.size());
  std::memcpy(p, s.data(), s.size());
  return absl::string_view(p, s.size());
}

uint32_t StringPool::Intern(absl::string_view s) {
  auto it = ids_.find(s);
  if (it != ids_.end()) return it->second;
  const absl::string_view kept = Copy(s);
  const uint32_t id = static_cast<uint32_t>(views_.size());
  views_.push_back(kept);
  ids_.emplace(kept, id);
  return id;
}

bool MayBeCompared(const v1::Claim& c) {
  // A value no reading gives, as a record made elsewhere may hold: a bound
  // that is NaN or infinite (an open side is has_lower or has_upper false),
  // or an empty interval. Never a verdict.
  if (c.has_value()) {
    const v1::Interval& v = c.value();
    if ((v.has_lower() && !std::isfinite(v.lower())) ||
        (v.has_upper() && !std::isfinite(v.upper())) ||
        (v.has_lower() && v.has_upper() && v.lower() > v.upper())) {
      return false;
    }
  }
  switch (c.type()) {
    case v1::QUANTITY:
      return EventOwned(c) || !c.measure().empty();
    case v1::NAME:
      return true;
    case v1::DATE:
      return !c.time().empty();  // the story-date check
    case v1::ORDINAL:
      return !c.event().empty();
    default:
      return false;
  }
}

void CrossCheckInput::Add(const v1::ArticleAnalysis& a) {
  ++analyses_;
  if (a.has_error()) return;
  claim_count_ += a.claims_size();
  Article art;
  art.id = pool_.Intern(a.article().id());
  art.headline = pool_.Intern(a.article().headline());
  art.source = pool_.Intern(a.article().source());
  art.date = pool_.Intern(a.article().date());
  art.url = pool_.Intern(a.article().url());
  art.text_size = a.article().text().size();
  art.claims_size = a.claims_size();
  art.quotes_size = a.quotes_size();
  const uint32_t article = static_cast<uint32_t>(articles_.size());

  art.claims_begin = static_cast<uint32_t>(claims_.size());
  art.sentences_begin = static_cast<uint32_t>(ids_.size());
  absl::flat_hash_set<uint32_t> sentences;
  for (const v1::Claim& c : a.claims()) {
    const bool first = sentences.insert(c.sentence_span().begin()).second;
    if (first) ids_.push_back(pool_.Intern(c.sentence()));
  }
  art.sentences_end = static_cast<uint32_t>(ids_.size());
  for (const v1::Claim& c : a.claims()) {
    if (!MayBeCompared(c)) continue;
    Claim k;
    k.value = c.value();
    if (c.has_second_value() && c.second_value().has_lower()) k.second = c.second_value().lower();
    k.span_begin = c.span().begin();
    k.article = article;
    k.measure = pool_.Intern(c.measure());
    k.qualifier = pool_.Intern(c.qualifier());
    k.text = pool_.Intern(c.text());
    k.event = pool_.Intern(c.event());
    k.time = pool_.Intern(c.time());
    k.event_title = pool_.Intern(c.event_title());
    k.frame = pool_.Intern(c.frame());
    k.subject = pool_.Intern(c.subject());
    k.subject_key = pool_.Intern(c.subject_key());
    k.scope = pool_.Intern(c.scope());
    k.date = pool_.Intern(c.date());
    k.article_id = pool_.Intern(c.article_id());
    k.sentence = pool_.Intern(c.sentence());
    k.source = pool_.Intern(c.source());
    k.headline = pool_.Intern(c.headline());
    k.url = pool_.Intern(c.url());
    k.context_begin = static_cast<uint32_t>(ids_.size());
    for (const std::string& w : c.context()) ids_.push_back(pool_.Intern(w));
    k.context_size = static_cast<uint32_t>(c.context_size());
    k.type = c.type();
    k.value_type = c.value_type();
    k.running = c.running();
    k.standing = c.standing();
    // The rest: what the fields above leave out, serialized (ids, spans,
    // the second value, fields this code does not know).
    scratch_ = c;
    for (auto clear : {&v1::Claim::clear_measure, &v1::Claim::clear_qualifier,
                       &v1::Claim::clear_text, &v1::Claim::clear_event, &v1::Claim::clear_time,
                       &v1::Claim::clear_event_title, &v1::Claim::clear_frame,
                       &v1::Claim::clear_subject, &v1::Claim::clear_subject_key,
                       &v1::Claim::clear_scope, &v1::Claim::clear_date,
                       &v1::Claim::clear_article_id, &v1::Claim::clear_sentence,
                       &v1::Claim::clear_source, &v1::Claim::clear_headline,
                       &v1::Claim::clear_url, &v1::Claim::clear_context}) {
      (scratch_.*clear)();
    }
    bytes_.clear();
    scratch_.AppendToString(&bytes_);
    k.rest = pool_.Copy(bytes_);
    claims_.push_back(k);
  }
  art.claims_end = static_cast<uint32_t>(claims_.size());

  art.quotes_begin = static_cast<uint32_t>(quotes_.size());
  for (const v1::Quote& q : a.quotes()) {
    Quote k;
    k.id = pool_.Intern(q.id());
    k.text = pool_.Intern(q.text());
    k.speaker = pool_.Intern(q.speaker().name());
    k.span_begin = q.span().begin();
    k.span_end = q.span().end();
    k.char_begin = q.char_span().begin();
    k.char_end = q.char_span().end();
    quotes_.push_back(k);
  }
  art.quotes_end = static_cast<uint32_t>(quotes_.size());

  art.speakers_begin = static_cast<uint32_t>(speakers_.size());
  for (const v1::Speaker& s : a.speakers()) {
    if (s.type() == v1::GROUP || s.title().empty()) continue;
    Speaker k;
    k.name = pool_.Intern(s.name());
    k.title = pool_.Intern(s.title());
    k.organization = pool_.Intern(s.organization());
    k.mentioned = s.has_title_span();
    if (k.mentioned) {
      k.span_begin = s.title_span().begin();
      k.span_end = s.title_span().end();
      k.char_begin = s.title_char_span().begin();
      k.char_end = s.title_char_span().end();
    }
    k.sentence = pool_.Intern(s.title_sentence());
    k.sentence_begin = s.title_sentence_span().begin();
    k.sentence_end = s.title_sentence_span().end();
    speakers_.push_back(k);
  }
  art.speakers_end = static_cast<uint32_t>(speakers_.size());

  art.terms_begin = static_cast<uint32_t>(ids_.size());
  for (const std::string& t : a.story_terms()) ids_.push_back(pool_.Intern(t));
  art.terms_end = static_cast<uint32_t>(ids_.size());
  articles_.push_back(art);
}

v1::Claim CrossCheckInput::MakeClaim(uint32_t i) const {
  const Claim& k = claims_[i];
  v1::Claim c;
  (void)c.ParseFromArray(k.rest.data(), static_cast<int>(k.rest.size()));
  auto set = [this](uint32_t id, std::string* field) {
    const absl::string_view s = pool_[id];
    field->assign(s.data(), s.size());
  };
  if (k.measure) set(k.measure, c.mutable_measure());
  if (k.qualifier) set(k.qualifier, c.mutable_qualifier());
  if (k.text) set(k.text, c.mutable_text());
  if (k.event) set(k.event, c.mutable_event());
  if (k.time) set(k.time, c.mutable_time());
  if (k.event_title) set(k.event_title, c.mutable_event_title());
  if (k.frame) set(k.frame, c.mutable_frame());
  if (k.subject) set(k.subject, c.mutable_subject());
  if (k.subject_key) set(k.subject_key, c.mutable_subject_key());
  if (k.scope) set(k.scope, c.mutable_scope());
  if (k.date) set(k.date, c.mutable_date());
  if (k.article_id) set(k.article_id, c.mutable_article_id());
  if (k.sentence) set(k.sentence, c.mutable_sentence());
  if (k.source) set(k.source, c.mutable_source());
  if (k.headline) set(k.headline, c.mutable_headline());
  if (k.url) set(k.url, c.mutable_url());
  for (uint32_t j = 0; j < k.context_size; ++j) {
    set(ids_[k.context_begin + j], c.add_context());
  }
  return c;
}

void CrossCheckInput::DropCheckOnly() {
  std::vector<Quote>().swap(quotes_);
  std::vector<Speaker>().swap(speakers_);
}

}  // namespace internal
}  // namespace quotes
