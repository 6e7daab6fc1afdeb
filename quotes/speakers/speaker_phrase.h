// A speaker phrase: what the words around a cue say about who speaks (a
// name with its title and organisation, a pronoun, a description or a
// group), before it is resolved to one of the article's entities.
#ifndef QUOTES_SPEAKERS_SPEAKER_PHRASE_H_
#define QUOTES_SPEAKERS_SPEAKER_PHRASE_H_

#include <string>
#include <vector>

#include "proto/quotes.pb.h"
#include "quotes/text/text_span.h"

namespace quotes {
namespace internal {

// What one phrase says about who speaks.
struct SpeakerPhrase {
  v1::MentionForm form = v1::MENTION_FORM_UNSPECIFIED;
  TextSpan span;      // the whole phrase, title and appositive included
  std::string name;   // person name, honorifics dropped; or the group's name
  std::string title;
  std::string organization;
  v1::Gender gender = v1::GENDER_UNSPECIFIED;
  // Named inside quotation marks (a title, someone a speaker mentions): no
  // antecedent for a pronoun outside them.
  bool quoted = false;
  // A description's capitalised modifiers and organisation, lower-cased
  // ("the Federal Reserve head": "federal", "reserve"): the person it refers
  // to has each in their title or organisation.
  std::vector<std::string> qualifiers;
  bool empty() const { return form == v1::MENTION_FORM_UNSPECIFIED; }
};

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_SPEAKERS_SPEAKER_PHRASE_H_
