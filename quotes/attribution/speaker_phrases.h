// Speaker phrases around a cue: the subject of a sentence, the source
// after "according to", the person a relative "who" or "quoted ... as"
// names. Built on NameModel's phrase parser (speakers/); the stages call
// these to find who a cue or a colon hands a quote to.
#ifndef QUOTES_ATTRIBUTION_SPEAKER_PHRASES_H_
#define QUOTES_ATTRIBUTION_SPEAKER_PHRASES_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "proto/lexicon.pb.h"
#include "quotes/speakers/speakers.h"
#include "quotes/text/tokens.h"
#include "quotes/text/word_list.h"

namespace quotes {
namespace internal {

// The subject of the sentence held by tokens[s_begin, s_end): the first
// person phrase at its start or after a comma that a lower-case word (the
// verb) follows. "During the meeting, Karimov spoke ..." gives Karimov.
SpeakerPhrase SentenceSubject(const NameModel& names, absl::string_view text,
                              const std::vector<Token>& t, int s_begin,
                              int s_end);

// Whether tokens[begin, end), the words before ", X said", can be what X
// said: not a name with its description ("Senator Dianne Feinstein,
// Democrat of California, said"), not an opening phrase ("During his years
// in office, he said"), not a few words ("All of this, he said").
bool FrontIsClause(const NameModel& names, absl::string_view text,
                   const std::vector<Token>& t, int begin, int end);

// "... with Mitch McConnell, who in 2010 said ...": the person a relative
// "who" right before the cue at token `tc` (past a few words of time) refers
// to, the phrase before its comma.
SpeakerPhrase RelativeSubject(const NameModel& names, absl::string_view text,
                              const std::vector<Token>& t, int tc,
                              int s_begin);

// "AP quoted prosecutor Russell McGuire as saying": the phrase between
// "quoted" and "as", when the cue at token `tc` follows "as".
SpeakerPhrase QuotedAs(const NameModel& names, absl::string_view text,
                       const std::vector<Token>& t, int tc);

// The phrase parsers that need the lexicon's nouns and verbs of speech.
// Immutable after construction and thread-safe; keeps a reference to
// `names`, which must outlive it.
class PhraseFinder {
 public:
  PhraseFinder(const v1::Lexicon& lexicon, const NameModel& names);
  PhraseFinder(const PhraseFinder&) = delete;
  PhraseFinder& operator=(const PhraseFinder&) = delete;

  const NameModel& names() const { return names_; }

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

 private:
  const NameModel& names_;
  // Verbs whose object may be someone's words ("called it “...”").
  absl::flat_hash_set<std::string, AsciiCaseInsensitiveHash,
                      AsciiCaseInsensitiveEq>
      quote_verbs_;
  // Nouns of speech: "statement", "remarks" (lexicon speech_nouns).
  absl::flat_hash_set<std::string, AsciiCaseInsensitiveHash,
                      AsciiCaseInsensitiveEq>
      speech_nouns_;
  // Documents that speak for whoever issued them: "report", "survey"
  // (lexicon source_documents, as written).
  absl::flat_hash_set<std::string> source_documents_;
};

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_ATTRIBUTION_SPEAKER_PHRASES_H_
