// What the reported-speech stage shares between its files: one sentence as
// it reads it, and the readers of a verb cue's clause (reported_verb_cue.cc).
#ifndef QUOTES_ATTRIBUTION_REPORTED_SENTENCE_H_
#define QUOTES_ATTRIBUTION_REPORTED_SENTENCE_H_

#include <optional>
#include <vector>

#include "quotes/attribution/article_state.h"
#include "quotes/attribution/stage.h"

namespace quotes {
namespace internal {
namespace reported {

// One sentence as the stage reads it: its tokens [s_begin, s_end) without
// its final stop and an agency's credit, and its cues outside quotes.
struct Sentence {
  const AttributionModel& model;
  ArticleState& state;
  // The starts of the cues that attribute a direct quote, sorted.
  const std::vector<size_t>& direct_cues;
  const Block& b;
  int bi = 0;
  const std::vector<Token>& t;
  int s_begin = 0;
  int s_end = 0;
  std::vector<const Cue*>& cues;  // a buffer the sentences share
  // The sentence's subject, for "X spoke ..., stressed that ...", found
  // once a sentence, when first needed.
  std::optional<SpeakerPhrase> subject;
  // The draft of the last clause in this sentence with a speaker's
  // phrase, or -1: the subject a later cue may share.
  int previous_subject = -1;
};

// A reported clause's bytes.
struct Clause {
  size_t begin = 0;
  size_t end = 0;
};

// The sentence's subject, found once (SentenceSubject).
SpeakerPhrase SubjectOf(Sentence* s);

// "He told the court, saying ...": a participle's subject is that of
// the clause before it, else the sentence's.
SpeakerPhrase ParticipleSubjectAt(Sentence* s, size_t ci);

// Where the clause of cue `ci` that begins at byte `from` must stop: before
// the next cue's clause.
size_t ClauseEnd(const Sentence& s, size_t ci, size_t from);

// A verb cue (any cue but "according to"), the `ci`th of the sentence: its
// speaker phrase into `d` and the clause it reports into `out`, by where
// its subject and clause stand (inverted, tail, forward); false when it
// reports none.
bool ReadVerbCue(Sentence* s, const Cue& c, size_t ci, Draft* d, Clause* out);

}  // namespace reported
}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_ATTRIBUTION_REPORTED_SENTENCE_H_
