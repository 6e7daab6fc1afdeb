// The first stages: blocks, cues, persons.
#include "quotes/attribution/stage_blocks.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "quotes/text/segmenter.h"

namespace quotes {
namespace internal {
namespace {

// "Campese has tipped Wales to win ... “...,” he said": a sentence that
// opens with the surname of a person named in full, then a verb, mentions
// that person again, a newer antecedent for "he" than whoever spoke
// before. The mentions of such surnames in `blocks`, given `persons`.
std::vector<SpeakerPhrase> SurnamesOpeningSentences(
    const std::vector<SpeakerPhrase>& persons, const std::vector<Block>& blocks) {
  absl::flat_hash_map<absl::string_view, v1::Gender> surnames;
  for (const SpeakerPhrase& p : persons) {
    // A person by a known first name: "Stade de France" is no one whose
    // surname "France" opens sentences.
    if (p.form != v1::FULL || p.gender == v1::GENDER_UNSPECIFIED) continue;
    const size_t space = p.name.rfind(' ');
    if (space != std::string::npos) {
      surnames.emplace(absl::string_view(p.name).substr(space + 1), p.gender);
    }
  }
  std::vector<SpeakerPhrase> mentions;
  for (const Block& b : blocks) {
    if (b.headline || surnames.empty()) continue;
    const std::vector<Token>& t = b.tokens;
    if (t.size() < 2) continue;
    // Walked by pointer up to a bound held in a local: with an index, the
    // vector's size was computed again for every word (the push_back
    // below might, for all the compiler knew, change it).
    const Token* const first = t.data();
    const Token* const last = first + t.size() - 1;  // has no next word
    for (const Token* w = first; w < last; ++w) {
      // Cheap tests first: this looks at every word of the article.
      if (!w->capitalized || !w[1].lower) continue;
      if (w > first) {
        const absl::string_view prev = w[-1].text;
        if (prev.size() != 1 || (prev[0] != '.' && prev[0] != '!' && prev[0] != '?')) continue;
      }
      auto found = surnames.find(w->text);
      if (found == surnames.end()) continue;
      SpeakerPhrase m;
      m.form = v1::SURNAME;
      m.name = std::string(w->text);
      m.gender = found->second;
      m.span = w->span();
      mentions.push_back(std::move(m));
    }
  }
  return mentions;
}

}  // namespace

void SplitBlocks(const AttributionModel& model, ArticleState* state) {
  const v1::Article& article = state->article;
  const absl::string_view text = state->text;
  std::vector<TextSpan>& paragraphs = state->paragraphs;
  paragraphs.reserve(article.paragraphs_size());
  for (const v1::Span& s : article.paragraphs()) {
    if (s.end() <= text.size() && s.begin() < s.end()) {
      paragraphs.push_back({s.begin(), s.end()});
    }
  }
  std::vector<Block>& blocks = state->blocks;
  blocks.reserve(paragraphs.size() + 1);
  blocks.resize(paragraphs.size());
  for (size_t i = 0; i < paragraphs.size(); ++i) blocks[i].span = paragraphs[i];
  if (article.headline_span().end() > article.headline_span().begin() &&
      article.headline_span().end() <= text.size()) {
    Block& h = blocks.emplace_back();
    h.span = {article.headline_span().begin(), article.headline_span().end()};
    h.headline = true;
  }
  for (Block& b : blocks) b.tokens = model.names.Tokenize(text, b.span);
}

void FindCues(const AttributionModel& model, ArticleState* state) {
  const absl::string_view text = state->text;
  for (Block& b : state->blocks) {
    model.cues->Find(text, model.names, &b);
    // Sentences matter only where a cue may start reported speech: up to
    // the one that holds the last cue.
    if (b.headline) {
      b.sentences = {b.span};
    } else if (!b.cues.empty()) {
      b.sentences = SplitSentences(text, b.span, b.cues.back().span.begin);
    }
  }
}

namespace {

// Whether most of a line's words are capitalised, as a title-case headline's
// are: more than half of the words of letters after the first.
bool TitleCase(const std::vector<Token>& tokens) {
  int words = 0;
  int capitals = 0;
  for (size_t i = 1; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    if (t.punct || t.text.empty() || !absl::ascii_isalpha(static_cast<unsigned char>(t.text[0]))) {
      continue;
    }
    ++words;
    capitals += t.capitalized;
  }
  return capitals * 2 > words;
}

}  // namespace

void FindPersons(const AttributionModel& model, ArticleState* state) {
  std::vector<SpeakerPhrase>& persons = state->persons;
  for (const Block& b : state->blocks) {
    if (!b.headline) {
      model.names.FindPersons(state->text, b.tokens, &persons, &state->possessive_names);
    } else if (!TitleCase(b.tokens)) {
      // "Jane Philpott resigns from cabinet": a headline in sentence case
      // names people as the body does, and often only there in full. In
      // title case ("Trump Slams Hillary Clinton") a run of capitals is no
      // name.
      std::vector<SpeakerPhrase> named;
      model.names.FindPersons(state->text, b.tokens, &named);
      for (SpeakerPhrase& p : named) {
        if (p.form == v1::FULL) persons.push_back(std::move(p));
      }
    } else {
      // In title case, only a first name the lexicon knows starts a name:
      // "Hillary Clinton Goes After Donald Trump".
      model.names.FindPersonsInTitleCase(state->text, b.tokens, &persons);
    }
  }
  for (SpeakerPhrase& m : SurnamesOpeningSentences(persons, state->blocks)) {
    persons.push_back(std::move(m));
  }
  state->persons_in_order = InTextOrder(&persons);
}

}  // namespace internal
}  // namespace quotes
