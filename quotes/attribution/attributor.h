// Finds the quotes of one parsed article and who said them: direct quotes
// from quotation marks, reported speech from cues, speakers resolved to one
// entity each. The pieces are in quote_marks, speakers and segmenter; this
// unit puts them together.
#ifndef QUOTES_ATTRIBUTION_ATTRIBUTOR_H_
#define QUOTES_ATTRIBUTION_ATTRIBUTOR_H_

#include <memory>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "proto/lexicon.pb.h"
#include "proto/quotes.pb.h"
#include "quotes/text/re2_util.h"
#include "quotes/speakers/speakers.h"
#include "quotes/text/tokens.h"
#include "re2/re2.h"

namespace quotes {
namespace internal {

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

  // Reads analysis->article() and fills analysis->quotes and ->speakers.
  void Attribute(v1::ArticleAnalysis* analysis) const;

 private:
  Attributor(const v1::Lexicon& lexicon, const AttributorOptions& options);
  // The source after "according to" at token `begin`: "according to a
  // statement from the ministry" names the ministry, not the statement.
  SpeakerPhrase ParseAccordingTo(absl::string_view text,
                                 const std::vector<Token>& tokens, int begin,
                                 int* next) const;
  // Whether token `k` (after a preposition, perhaps after an article) heads
  // a phrase of time, place or channel: "on Sunday", "in a letter", "at a
  // news conference"; not "at a budget giveaway", "on being ...".
  bool IsWhenWhereHead(const std::vector<Token>& t, int k, int s_end) const;

  // The active verb that takes someone's words as its object ("called the
  // plan", "described it as") before the quote opening at token
  // `open_tok`, in its sentence; -1 when there is none.
  int QuoteVerbBefore(const std::vector<Token>& t, int open_tok) const;

  // What a cue form found in the text is: "according to", or a verb that
  // reports only a that-clause. `headline`: found in any case.
  struct CueFlags {
    bool needs_that = false;
    bool according_to = false;
  };
  CueFlags FlagsOf(absl::string_view form, bool headline) const;

  AttributorOptions options_;
  NameModel names_;
  // The cue forms, matched as \b(?:forms)\b; and the same forms in any
  // case, for headlines: "..., Lindsey Graham Says". The word matchers when
  // the forms allow them (WordAlternation::Supports), else the RE2s.
  std::unique_ptr<WordAlternation> cue_words_;
  std::unique_ptr<WordAlternation> headline_cue_words_;
  // FlagsOf each word of cue_words_ and headline_cue_words_, by its number:
  // found once, not looked up for every cue in the text.
  std::vector<CueFlags> cue_flags_;
  std::vector<CueFlags> headline_cue_flags_;
  std::unique_ptr<RE2> cue_re_;
  std::unique_ptr<RE2> headline_cue_re_;
  // Every cue form starts with an ASCII word character: cue_re_ is tried
  // anchored where names_.MayStartCue() says, not scanned over the text.
  bool cue_starts_cover_ = true;
  absl::flat_hash_map<std::string, bool> needs_that_;  // cue form -> needs "that"
  std::vector<std::string> title_cues_;  // " on", " titled": lower case, space first
  absl::flat_hash_set<std::string> title_nouns_;        // lower case
  // Verbs whose object may be someone's words ("called it “...”").
  absl::flat_hash_set<std::string, AsciiCaseInsensitiveHash,
                      AsciiCaseInsensitiveEq>
      quote_verbs_;
  // Nouns of speech: "statement", "remarks" (lexicon speech_nouns).
  absl::flat_hash_set<std::string, AsciiCaseInsensitiveHash,
                      AsciiCaseInsensitiveEq>
      speech_nouns_;
};

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_ATTRIBUTION_ATTRIBUTOR_H_
