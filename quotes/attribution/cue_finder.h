// Cues: "said", "according to", "pointed out" and every other form of the
// lexicon's speech verbs, found in a block's words. A cue is where
// reported speech may start and what hands a quote to its speaker.
#ifndef QUOTES_ATTRIBUTION_CUE_FINDER_H_
#define QUOTES_ATTRIBUTION_CUE_FINDER_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/lexicon.pb.h"
#include "quotes/attribution/article_state.h"
#include "quotes/speakers/speakers.h"
#include "quotes/text/re2_util.h"
#include "quotes/text/word_list.h"
#include "re2/re2.h"

namespace quotes {
namespace internal {

// Every cue form: "according to" and the speech verbs' forms.
std::vector<std::string> CueForms(const v1::Lexicon& lexicon);

// Finds the cues of a block. Immutable after Create(); Find() is const and
// thread-safe.
//
// Example:
//   auto cues = CueFinder::Create(lexicon);
//   if (!cues.ok()) return cues.status();
//   (*cues)->Find(text, names, &block);  // block.tokens from names.Tokenize
class CueFinder {
 public:
  // Fails when a cue form makes an invalid pattern.
  static absl::StatusOr<std::unique_ptr<CueFinder>> Create(
      const v1::Lexicon& lexicon);

  // Appends the cues of `block` (its span and tokens set, from
  // `names.Tokenize`) to block->cues, in text order. "Said" and "Says" are
  // cues only where a sentence opens; a headline's cues are found in any
  // case.
  void Find(absl::string_view text, const NameModel& names, Block* block) const;

 private:
  CueFinder() = default;

  // What a cue form found in the text is: "according to", or a verb that
  // reports only a that-clause. `headline`: found in any case.
  struct CueFlags {
    bool needs_that = false;
    bool according_to = false;
  };
  CueFlags FlagsOf(absl::string_view form, bool headline) const;

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
  // anchored where names.MayStartCue() says, not scanned over the text.
  bool cue_starts_cover_ = true;
  absl::flat_hash_map<std::string, bool> needs_that_;  // cue form -> needs "that"
};

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_ATTRIBUTION_CUE_FINDER_H_
