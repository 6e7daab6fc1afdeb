// Finds the quotes of one parsed article and who said them: direct quotes
// from quotation marks, reported speech from cues, speakers resolved to one
// entity each. The work is an ordered list of stages (attributor.cc lists
// them; stage_*.h say what each does) over one shared ArticleState, in the
// manner of a list of sieves: each stage has one job, and can be switched
// off by its name to see what it contributes.
#ifndef QUOTES_ATTRIBUTION_ATTRIBUTOR_H_
#define QUOTES_ATTRIBUTION_ATTRIBUTOR_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "proto/lexicon.pb.h"
#include "proto/quotes.pb.h"

namespace quotes {
namespace internal {

struct AttributionModel;
struct Stage;

struct AttributorOptions {
  bool direct = true;    // quotes in quotation marks
  bool reported = true;  // reported speech
  // Quotes below this confidence are dropped.
  float min_confidence = 0.0f;
};

// Immutable after Create(); Attribute() is const and thread-safe.
class Attributor {
 public:
  static absl::StatusOr<std::unique_ptr<Attributor>> Create(
      const v1::Lexicon& lexicon, const AttributorOptions& options);
  ~Attributor();

  // Reads analysis->article() and fills analysis->quotes and ->speakers.
  void Attribute(v1::ArticleAnalysis* analysis) const;

 private:
  Attributor();

  std::unique_ptr<AttributionModel> model_;
  // The stages that run, in order.
  std::vector<const Stage*> stages_;
};

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_ATTRIBUTION_ATTRIBUTOR_H_
