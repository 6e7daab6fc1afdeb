// Cues in a block's words.
#include "quotes/attribution/cue_finder.h"

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "quotes/attribution/clause_words.h"
#include "quotes/text/re2_util.h"

namespace quotes {
namespace internal {
namespace {

// Calls `f(begin, end)` for every non-overlapping match of the cue pattern
// that starts in a word of `tokens` and ends by `limit`, left to right:
// `match_at(pos)` (the length of the pattern's match anchored at byte `pos`
// and ending by `limit`, or 0) runs at each run of ASCII word characters
// that may start a cue form (NameModel::MayStartCue). As every cue form
// begins with such a run right after \b, these are exactly ForEachMatch's
// matches over the tokens' range, without scanning the text match by match
// (~250 ns a match).
template <typename MatchAt, typename F>
void ForEachWordStartMatch(MatchAt match_at, const NameModel& starts,
                           absl::string_view text,
                           const std::vector<Token>& tokens, F f) {
  size_t next = 0;  // matches do not overlap
  // Tries an anchored match at `pos`; on success reports it and moves `next`.
  auto try_at = [&](size_t pos) {
    const size_t n = match_at(pos);
    if (n == 0) return;
    f(pos, pos + n);
    next = pos + n;
  };
  for (const Token& t : tokens) {
    // One run, the whole word, and no punctuation (which has no letters):
    // most words. Tested first, as it needs no more; and its class bit
    // before its place, as few words may start a cue.
    if (t.alpha) {
      if (starts.MayStartCue(t) && t.span().begin >= next) try_at(t.span().begin);
      continue;
    }
    if (t.punct || t.span().end <= next) continue;
    // A token's bytes lie inside the text: read unchecked.
    auto word_byte = [&](size_t k) {
      return kAsciiWordBytes[static_cast<unsigned char>(text.data()[k])];
    };
    size_t i = t.span().begin;
    while (i < t.span().end) {
      while (i < t.span().end && !word_byte(i)) ++i;
      size_t j = i;
      while (j < t.span().end && word_byte(j)) ++j;
      if (j > i && i >= next &&
          starts.MayStartCue(absl::string_view(text.data() + i, j - i))) {
        try_at(i);
        j = std::max(j, next);
      }
      i = j;
    }
  }
}

}  // namespace

// Every cue form: "according to" and the speech verbs' forms.
std::vector<std::string> CueForms(const v1::Lexicon& lexicon) {
  // "Said Ellis: “...”": the inverted cue opening a sentence.
  std::vector<std::string> forms = {"according to", "According to", "Said",
                                    "Says"};
  for (const v1::SpeechVerb& v : lexicon.speech_verbs()) {
    for (const std::string& f : v.forms()) forms.push_back(f);
  }
  return forms;
}

absl::StatusOr<std::unique_ptr<CueFinder>> CueFinder::Create(
    const v1::Lexicon& lexicon) {
  std::unique_ptr<CueFinder> a(new CueFinder());
  const std::vector<std::string> forms = CueForms(lexicon);
  for (const std::string& f : forms) {
    a->cue_starts_cover_ &=
        !f.empty() && IsAsciiWordByte(static_cast<unsigned char>(f[0]));
  }
  for (const v1::SpeechVerb& v : lexicon.speech_verbs()) {
    for (const std::string& f : v.forms()) {
      auto [it, inserted] = a->needs_that_.emplace(f, v.needs_that());
      // A form listed twice needs "that" only if every listing says so.
      if (!inserted) it->second = it->second && v.needs_that();
    }
  }
  // Forms of ASCII that start with a word character (as the default
  // lexicon's do) are matched by word lookup, without compiling the
  // pattern below twice (a tenth of a 400-article run's instructions).
  if (a->cue_starts_cover_ && WordAlternation::Supports(forms)) {
    a->cue_words_ = std::make_unique<WordAlternation>(forms, true);
    a->headline_cue_words_ = std::make_unique<WordAlternation>(forms, false);
    for (size_t i = 0; i < a->cue_words_->size(); ++i) {
      a->cue_flags_.push_back(a->FlagsOf(a->cue_words_->word(i), false));
    }
    for (size_t i = 0; i < a->headline_cue_words_->size(); ++i) {
      a->headline_cue_flags_.push_back(a->FlagsOf(a->headline_cue_words_->word(i), true));
    }
    return a;
  }
  // Accepts "said", "pointed out"; rejects "saidx", "unsaid".
  const std::string pattern =
      absl::StrCat("\\b(?:", AlternationOf(forms), ")\\b");
  auto re = CompilePattern("cue", pattern);
  if (!re.ok()) return re.status();
  a->cue_re_ = *std::move(re);
  auto headline_re = CompilePattern("headline cue", pattern, false);
  if (!headline_re.ok()) return headline_re.status();
  a->headline_cue_re_ = *std::move(headline_re);
  return a;
}

CueFinder::CueFlags CueFinder::FlagsOf(absl::string_view form, bool headline) const {
  CueFlags flags;
  flags.according_to = absl::EqualsIgnoreCase(form, "according to");
  auto it = headline ? needs_that_.find(Lower(form)) : needs_that_.find(form);
  flags.needs_that = it != needs_that_.end() && it->second;
  return flags;
}

void CueFinder::Find(absl::string_view text, const NameModel& names,
                     Block* block) const {
  Block& b = *block;
  // `flags`: the form's, when the matcher knows them; else FlagsOf.
  auto add_cue = [&](size_t begin, size_t end, const CueFlags* flags) {
    // "Said" and "Says" are cues only where a sentence opens: not in
    // "Edward Said said".
    if (!b.headline && absl::ascii_isupper(static_cast<unsigned char>(text[begin])) &&
        !absl::StartsWith(text.substr(begin), "According") &&
        !OpensSentenceAt(text, b.span.begin, begin)) {
      return;
    }
    Cue c;
    c.span = {begin, end};
    const std::vector<Token>& t = b.tokens;
    c.first_token = TokenAt(t, begin);
    c.end_token = c.first_token;  // the cue's few words are walked
    while (c.end_token < static_cast<int>(t.size()) && t[c.end_token].span().begin < end) {
      ++c.end_token;
    }
    c.form = text.substr(begin, end - begin);
    const CueFlags f = flags != nullptr ? *flags : FlagsOf(c.form, b.headline);
    c.according_to = f.according_to;
    c.needs_that = f.needs_that;
    // Room for a paragraph's few cues at the first (no growth through 1
    // and 2).
    if (b.cues.empty()) b.cues.reserve(4);
    b.cues.push_back(c);
  };
  auto add_unknown_cue = [&](size_t begin, size_t end) { add_cue(begin, end, nullptr); };
  if (cue_words_ != nullptr) {
    const WordAlternation& words = b.headline ? *headline_cue_words_ : *cue_words_;
    const std::vector<CueFlags>& flags = b.headline ? headline_cue_flags_ : cue_flags_;
    int word = 0;  // the word of the last match
    ForEachWordStartMatch(
        [&](size_t pos) { return words.MatchAt(text, pos, b.span.end, &word); },
        names, text, b.tokens, [&](size_t begin, size_t end) {
          // The text is the word itself, in the headline maybe in another
          // ASCII case, unless a folded K or long s made it longer.
          const bool as_word = end - begin == words.word(word).size();
          add_cue(begin, end, as_word ? &flags[word] : nullptr);
        });
  } else if (cue_starts_cover_) {
    const RE2& cue_re = b.headline ? *headline_cue_re_ : *cue_re_;
    const re2::StringPiece all = ToPiece(text);
    ForEachWordStartMatch(
        [&](size_t pos) -> size_t {
          re2::StringPiece m;
          return cue_re.Match(all, pos, b.span.end, RE2::ANCHOR_START, &m, 1)
                     ? m.size()
                     : 0;
        },
        names, text, b.tokens, add_unknown_cue);
  } else {
    const RE2& cue_re = b.headline ? *headline_cue_re_ : *cue_re_;
    ForEachMatch(cue_re, text, b.span.begin, b.span.end, add_unknown_cue);
  }
}

}  // namespace internal
}  // namespace quotes
