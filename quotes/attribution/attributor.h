// Finds the quotes of one parsed article and who said them: direct quotes
// from quotation marks, reported speech from cues, speakers resolved to one
// entity each. The work is an ordered list of stages (attributor.cc lists
// them; stage_*.h say what each does) over one shared ArticleState, in the
// manner of a list of sieves: each stage has one job, and can be switched
// off by its name to see what it contributes.
//
// Each quote with a speaker records the stage and rule that chose it in
// Quote.rule:
//   direct.cue_after_quote            “...,” said X
//   direct.according_to_after_quote   “...,” according to X
//   direct.quoted_as_after_quote      “...,” AP quoted X as saying
//   direct.subject_after_quote        “...,” X said / “...,” resident X said
//   direct.signature                  “...” — Jane Doe, 34, a nurse
//   direct.cue_before_quote           X said: “...” / X said, “...”
//   direct.according_to_before_quote  According to X, “...”
//   direct.participle_before_quote    X wrote to the board saying: “...”
//   direct.colon_subject              Mayor X was blunt: “...”
//   direct.introducing_paragraph      X said: ¶ “...”
//   direct.quote_verb                 X called the plan “...” (MIXED)
//   reported.according_to             According to X, ... / ..., according to X
//   reported.inverted                 ..., said X.
//   reported.inverted_inside          Then, says X, the world found out
//   reported.sentence_subject         X spoke ..., stressed that ...
//   reported.tail                     ..., X said.
//   reported.subject_before_cue       X said (that) ...
//   reported.shared_subject           X said ... and added that ...
//   reported.participle               X defended the plan, saying ...
//   reported.relative_who             ... Y, who said ...
//   reported.quoted_clause            X says on its website that “...” (the
//                                     direct quote the clause is)
//   headline_colon.name               Pence: Flowers won't be at the debate
//   transcript.known_person           BROWN: ... (Gordon Brown named before)
//   transcript.label                  WALLACE: ... (beside a known speaker)
//   resolve.inherit_direct            a quote with no attribution takes the
//                                     speaker of the direct quote before it
//   resolve.inherit_reported          ... or of the reported speech before it
//   headline_quote.repeats_body       a headline's quote repeats a body quote
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
  // Stages that do not run, by name ("titles", "direct", "resolve", ...;
  // Attributor::StageNames() lists them in order): a test switches one off
  // to see what it contributes. Create() fails on a name that is no stage
  // and on "blocks", "order" and "records", which the others build on.
  absl::flat_hash_set<std::string> disabled_stages;
};

// Immutable after Create(); Attribute() is const and thread-safe.
class Attributor {
 public:
  static absl::StatusOr<std::unique_ptr<Attributor>> Create(
      const v1::Lexicon& lexicon, const AttributorOptions& options);
  ~Attributor();

  // Reads analysis->article() and fills analysis->quotes and ->speakers.
  void Attribute(v1::ArticleAnalysis* analysis) const;

  // The names of the stages, in the order they run.
  static std::vector<std::string> StageNames();

 private:
  Attributor();

  std::unique_ptr<AttributionModel> model_;
  // The stages that run, in order.
  std::vector<const Stage*> stages_;
};

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_ATTRIBUTION_ATTRIBUTOR_H_
