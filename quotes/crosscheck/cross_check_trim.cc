// TrimForCrossCheck: an analysis cut down to what CrossCheckClaims reads.
// The analysis is rebuilt field by field into a fresh message and swapped in,
// so that every string it keeps is allocated at its own size: a cleared or
// trimmed string keeps its capacity (the article text of a parsed record,
// 2 to 3 KB an article), a copied one does not.
#include <cstdint>

#include "absl/container/flat_hash_set.h"
#include "quotes/crosscheck/cross_check.h"
#include "quotes/crosscheck/cross_check_input.h"

namespace quotes {
namespace internal {

namespace {

// What the checks read of a claim they never take: the fields that decide
// whether they take it, and the sentence (only the first claim of each
// sentence is read, for the near-copy sketch of the article).
void KeepUncompared(const v1::Claim& c, bool first_of_sentence, v1::Claim* out) {
  out->set_type(c.type());
  out->set_measure(c.measure());
  out->set_event(c.event());
  out->set_subject_key(c.subject_key());
  out->set_frame(c.frame());
  if (c.has_value()) *out->mutable_value() = c.value();
  if (c.has_sentence_span()) *out->mutable_sentence_span() = c.sentence_span();
  if (first_of_sentence) out->set_sentence(c.sentence());
}

// A quote as the near-copy sketch and the quote variants read it: its words,
// its place in bytes and code points, and its speaker's name (a finding
// names the quote by its id).
void KeepQuote(const v1::Quote& q, v1::Quote* out) {
  out->set_id(q.id());
  out->set_text(q.text());
  if (q.has_span()) *out->mutable_span() = q.span();
  if (q.has_char_span()) *out->mutable_char_span() = q.char_span();
  if (!q.speaker().name().empty()) out->mutable_speaker()->set_name(q.speaker().name());
}

// A speaker as the title check reads it; speakers it skips (groups, and
// speakers with no title) are left out.
bool KeepSpeaker(const v1::Speaker& s, v1::Speaker* out) {
  if (s.type() == v1::GROUP || s.title().empty()) return false;
  out->set_name(s.name());
  out->set_title(s.title());
  out->set_organization(s.organization());
  out->set_type(s.type());
  // The evidence for the title places the finding's claim.
  if (s.has_title_span()) *out->mutable_title_span() = s.title_span();
  if (s.has_title_char_span()) *out->mutable_title_char_span() = s.title_char_span();
  out->set_title_sentence(s.title_sentence());
  if (s.has_title_sentence_span()) *out->mutable_title_sentence_span() = s.title_sentence_span();
  return true;
}

}  // namespace

void TrimForCrossCheck(v1::ArticleAnalysis* analysis) {
  v1::ArticleAnalysis trimmed;
  if (analysis->has_error()) {
    // Skipped by the check: only the count of analyses reads it.
    *trimmed.mutable_error() = analysis->error();
    analysis->Swap(&trimmed);
    return;
  }
  const v1::Article& article = analysis->article();
  v1::Article* a = trimmed.mutable_article();
  a->set_id(article.id());
  a->set_headline(article.headline());
  a->set_source(article.source());
  a->set_date(article.date());
  a->set_url(article.url());
  // Kept as it is: the report's order of two records alike in everything
  // else reads its length. A caller that drops it does so for every record.
  a->set_text(article.text());

  trimmed.mutable_quotes()->Reserve(analysis->quotes_size());
  for (const v1::Quote& q : analysis->quotes()) KeepQuote(q, trimmed.add_quotes());
  for (const v1::Speaker& s : analysis->speakers()) {
    v1::Speaker kept;
    if (KeepSpeaker(s, &kept)) *trimmed.add_speakers() = std::move(kept);
  }
  // Every claim stays, in its place: the report counts them, and the order
  // of two records alike in everything else compares their numbers.
  trimmed.mutable_claims()->Reserve(analysis->claims_size());
  absl::flat_hash_set<uint32_t> sentences;
  for (const v1::Claim& c : analysis->claims()) {
    const bool first = sentences.insert(c.sentence_span().begin()).second;
    if (MayBeCompared(c)) {
      *trimmed.add_claims() = c;
    } else {
      KeepUncompared(c, first, trimmed.add_claims());
    }
  }
  trimmed.mutable_story_terms()->Reserve(analysis->story_terms_size());
  for (const std::string& t : analysis->story_terms()) trimmed.add_story_terms(t);
  analysis->Swap(&trimmed);
}

}  // namespace internal
}  // namespace quotes
