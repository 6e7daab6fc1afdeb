// Helpers of the cross-check (cross_check.h): independent sources, and the
// findings about quotes, names and titles that differ across articles.
#ifndef QUOTES_CROSSCHECK_CROSS_CHECK_UTIL_H_
#define QUOTES_CROSSCHECK_CROSS_CHECK_UTIL_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "proto/quotes.pb.h"
#include "quotes/crosscheck/cross_check_input.h"

namespace quotes {
namespace internal {

// A finding as the checks make it: its claims of the input by number (in
// the finding's order), made into messages only when it is printed. The
// findings of quotes and titles hold their own claims in `finding` instead.
struct FindingDraft {
  v1::Finding finding;
  std::vector<uint32_t> claims;  // into CrossCheckInput::claims()
};

// Bounds of a claim's interval; a missing bound is infinite.
double LowerOf(const ClaimView& c);
double UpperOf(const ClaimView& c);

// True when every value `a` allows is above every value `b` allows.
bool Above(const ClaimView& a, const ClaimView& b);

// True when the two claims' intervals share a value.
bool Compatible(const ClaimView& a, const ClaimView& b);

// Hashes of the 8-word shingles of `text` (words: lower-cased runs of letters
// and digits; any non-ASCII byte counts as a letter), appended to `out`.
void AppendShingles(absl::string_view text, std::vector<uint64_t>* out);

// Which articles are one source. Articles with the same `source` (case
// folded) are one; so are articles whose claim sentences and quotes share at
// least `min_shared` shingles (a long passage word for word). The text of an
// article is not needed (the CLI drops it before the check): each article
// keeps a sketch of at most 256 shingle hashes, built on first use.
//
// Not thread-safe (the sketches are built lazily). Keeps a reference to
// `input`, which must outlive it.
class SourceIndex {
 public:
  explicit SourceIndex(const CrossCheckInput& input);

  // How many independent sources `articles` (indices into input.articles())
  // are.
  // Only the first `max_pairwise` articles are compared text to text.
  int CountIndependent(const std::vector<int>& articles, size_t max_pairwise,
                       int min_shared);

  // Shingle hashes the two articles' sketches share.
  int SharedShingles(int a, int b);

 private:
  const std::vector<uint64_t>& Sketch(int article);

  const CrossCheckInput& input_;
  std::vector<std::string> sources_;
  absl::flat_hash_map<int, std::vector<uint64_t>> sketches_;
};

// The functions below read the articles of `input` in `order` (indices into
// input.articles()), which is the order of their findings' claims: the
// caller passes the report's order.

// One quote in several articles (clusters of quotes sharing 10 or more words
// in a row): QUOTE_ATTRIBUTION when the speakers differ, QUOTE_WORDING when
// one speaker's words differ. Appends findings with verdict DISCREPANCY. A
// shingle that more than 32 quotes share (a stock phrase) links none of
// them; the pairs it would have compared are added to *skipped.
void FindQuoteVariants(const CrossCheckInput& input, const std::vector<int>& order,
                       std::vector<FindingDraft>* out, int64_t* skipped);

// NAME claims: one acronym expanded in different ways ("ICESCO": "Islamic
// Educational, ..." and "Islamic World Educational, ..."), or one expansion
// with different acronyms (ISESCO, ICESCO). Appends NAME_VARIANT findings.
void FindNameVariants(const CrossCheckInput& input, const std::vector<int>& order,
                      std::vector<FindingDraft>* out);

// One event (ORDINAL claims of one event key) named with different quoted
// themes: "Right to Return: Advancing Justice ..." and "Right of Return –
// Ensuring Justice ...". Appends NAME_VARIANT findings.
void FindEventNameVariants(const CrossCheckInput& input, const std::vector<int>& order,
                           std::vector<FindingDraft>* out);

// One speaker (by name) with different titles across articles: "Director
// General" and "Director-General" are one title. Appends TITLE_VARIANT.
void FindTitleVariants(const CrossCheckInput& input, const std::vector<int>& order,
                       std::vector<FindingDraft>* out);

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_CROSSCHECK_CROSS_CHECK_UTIL_H_
