// Speaker phrases and speaker resolution: reads the words around a cue as a
// person (name, title, organisation), a pronoun, a description or a group
// (name_model.h), and resolves each to one entity per article
// (entity_registry.h).
#ifndef QUOTES_SPEAKERS_SPEAKERS_H_
#define QUOTES_SPEAKERS_SPEAKERS_H_

#include "quotes/speakers/entity_registry.h"  // IWYU pragma: export
#include "quotes/speakers/name_model.h"       // IWYU pragma: export
#include "quotes/speakers/speaker_phrase.h"   // IWYU pragma: export

#endif  // QUOTES_SPEAKERS_SPEAKERS_H_
