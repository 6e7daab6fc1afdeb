// The cross-article fact-check: the claims of many articles compared where
// they say the same thing of the same subject at the same time, with a
// verdict each and its evidence; independent sources counted; and quotes,
// names and titles that disagree across articles.
//
// Example:
//   std::vector<v1::ArticleAnalysis> analyses = ...;  // claims extracted
//   v1::CrossCheckReport report = CrossCheckClaims(analyses);
//   for (const v1::Finding& f : report.findings()) {
//     if (f.verdict() == v1::CONFLICT) std::cout << f.explanation() << "\n";
//   }
#ifndef QUOTES_CROSSCHECK_CROSS_CHECK_H_
#define QUOTES_CROSSCHECK_CROSS_CHECK_H_

#include <cstddef>
#include <vector>

#include "proto/quotes.pb.h"
#include "quotes/crosscheck/cross_check_input.h"
#include "quotes/crosscheck/cross_check_util.h"

namespace quotes {
namespace internal {

// Checks the claims of `analyses` (records with `error` set are skipped).
//
// The articles are taken in order of id (the input's order never shows) and
// clustered into stories (stories.h) from the terms each record carries.
// Then:
//   - figures of those who take part in an event ("more than 100 delegates
//     from 51 countries" at "the Second International Conference") are
//     grouped by (event, measure) within one story; a group splits where its
//     claims share no context word; CONFLICT when some claim is allowed by
//     no claim of another article and the text names or dates the event
//     ("50" and "51" countries), else CONSISTENT or SINGLE_SOURCE (rule
//     "event-figure");
//   - every other figure and date by subject, frame and time (figure_check.h:
//     rules "subject-running-tally", "subject-fixed-figure", "scope-figure",
//     "frame-figure", "story-figure", "story-date"), with DIFFERS for
//     figures that may be one quantity told differently.
// Independent sources: articles with the same `source`, or whose texts share
// long passages word for word (estimated from 8-word shingles), count once.
//
// Also reported (verdict DISCREPANCY, kind as named): one quote attributed to
// different speakers (QUOTE_ATTRIBUTION); one speaker's quote worded
// differently (QUOTE_WORDING); an acronym expanded in two ways, or one
// expansion with two acronyms (NAME_VARIANT); one person with two titles
// (TITLE_VARIANT).
//
// Findings are ordered by verdict (CONFLICT, DIFFERS, CONSISTENT,
// SINGLE_SOURCE, DISCREPANCY), then by their key, then by their first
// claim's article and offset; claims within a finding by article and offset.
// The same analyses in any order give the same report, byte for byte. The
// report lists its stories and the comparisons a limit kept it from making.
// Time is near-linear in the number of claims and quotes; memory is
// proportional to them plus a fixed-size sketch per article.
v1::CrossCheckReport CrossCheckClaims(
    const std::vector<v1::ArticleAnalysis>& analyses);

// The report of CrossCheckCollected(): its findings are made one at a time,
// on request, from the compact input it keeps, so that a caller that prints
// them one by one never holds them all. Movable; not thread-safe.
class CrossCheckResult {
 public:
  // The report without its findings: the counts, the stories and the
  // comparisons skipped.
  const v1::CrossCheckReport& summary() const { return summary_; }
  size_t findings_size() const { return findings_.size(); }
  v1::Verdict verdict(size_t i) const { return findings_[i].finding.verdict(); }
  // Finding `i` of the report, whole.
  v1::Finding finding(size_t i) const;
  // The whole report, as CrossCheckClaims() gives it.
  v1::CrossCheckReport ToReport() const;

 private:
  friend CrossCheckResult CrossCheckCollected(CrossCheckInput input);

  CrossCheckInput input_;
  std::vector<FindingDraft> findings_;  // in the report's order
  v1::CrossCheckReport summary_;
};

// CrossCheckClaims() over the analyses folded into `input` (records with
// `error` only counted): the same report, byte for byte, but never whole in
// memory, and the analyses themselves need not be kept.
//
// Example:
//   CrossCheckInput input;
//   while (...) input.Add(analysis);
//   CrossCheckResult result = CrossCheckCollected(std::move(input));
//   for (size_t i = 0; i < result.findings_size(); ++i) Print(result.finding(i));
CrossCheckResult CrossCheckCollected(CrossCheckInput input);

// Cuts `*analysis` down to what CrossCheckClaims reads, so that many can be
// kept for one check: CrossCheckClaims gives the same report, byte for byte,
// over trimmed analyses as over the analyses themselves. Kept: the article's
// id, headline, source, date and text (the caller may drop the text, which
// the report never shows, for every record alike); each quote's id, text,
// span and speaker name; each titled speaker's name, title, organisation,
// type and first mention's span; the story terms; every claim, whole when a
// check may copy it into a finding (figures, names, event ordinals), else
// only the fields that keep it out and its sentence when it is the first of
// its sentence. An analysis with `error` set keeps only the error. The kept
// strings are allocated at their size, whatever their capacity was.
void TrimForCrossCheck(v1::ArticleAnalysis* analysis);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_CROSSCHECK_CROSS_CHECK_H_
