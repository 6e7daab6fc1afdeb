// Whose figure a quantity is, and what it says of them: the subject ("Donald
// Trump"), the frame ("has", "won", "needed"), the scope ("south carolina")
// and whether it is a running tally, read from the words around the figure
// in its sentence. The cross-check (cross_check.h) compares only claims that
// agree on all four.
//
// Example:
//   auto finder = SubjectFinder::Create(quotes::DefaultLexicon());
//   std::string text = "Ted Cruz has 11 delegates and Rubio has 10.";
//   ArticleSubjects article(**finder, text);
//   ClaimKey k = article.Find({0, text.size()}, {0, text.size()}, {13, 25});
//   // k.subject "Ted Cruz", k.subject_key "cruz", k.frame "has",
//   // k.running true
#ifndef QUOTES_CLAIMS_CLAIM_SUBJECT_H_
#define QUOTES_CLAIMS_CLAIM_SUBJECT_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/lexicon.pb.h"
#include "quotes/text/text_span.h"

namespace quotes {
namespace internal {

// What a figure is about. Empty strings where the sentence does not say.
struct ClaimKey {
  std::string subject;      // at its fullest in the article: "Donald Trump"
  std::string subject_key;  // grouping key: "trump", "house democrats"
  std::string frame;        // the frame's name: "has", "won", "needed"
  std::string frame_text;   // the frame as written: "now has"
  std::string scope;        // "south carolina", lower case
  std::string whole;        // what a part is of: "vote" in "34 percent of the vote"
  bool running = false;     // a running tally: holds only at its moment
  bool standing = false;    // the same in every story that states it
};

// The word lists the finder reads, compiled once. Immutable after Create();
// thread-safe. Not copyable.
class SubjectFinder {
 public:
  // Reads claim_frames, subject_blocking_words, subject_stop_words,
  // frame_gap_words, clause_openers, naming_words, honorifics, title_words, agencies, months, weekdays,
  // group_nouns, organization_words, first names, speech verbs and
  // non_measure_words. Fails with InvalidArgumentError on a frame without
  // a name or forms.
  static absl::StatusOr<std::unique_ptr<SubjectFinder>> Create(
      const v1::Lexicon& lexicon);
  SubjectFinder(const SubjectFinder&) = delete;
  SubjectFinder& operator=(const SubjectFinder&) = delete;

 private:
  friend class ArticleSubjects;
  SubjectFinder() = default;

  struct Frame {
    std::vector<std::string> words;  // one form, lower case, split at spaces
    std::string name;
    bool running = false;
    bool no_subject = false;
    bool standing = false;
    bool silent = false;
    bool subject_before = false;
  };
  std::vector<Frame> before_, after_;  // longest forms first
  absl::flat_hash_set<std::string> blocking_;   // lower case
  absl::flat_hash_set<std::string> not_names_;  // as written
  absl::flat_hash_set<std::string> titles_;     // as written, no final "."
  absl::flat_hash_set<std::string> group_words_;  // lower case
  absl::flat_hash_set<std::string> gap_;          // lower case
  absl::flat_hash_set<std::string> clause_openers_;  // lower case
  std::vector<std::vector<std::string>> naming_;   // lower case, split at spaces
  absl::flat_hash_set<std::string> first_names_;  // as written
  absl::flat_hash_set<std::string> female_names_, male_names_;  // as written
  // Verbs that follow a figure and name no whole: speech verbs, the
  // lexicon's non_measure_words. Lower case.
  absl::flat_hash_set<std::string> not_wholes_;
};

// The subjects of one article's claims. Keeps a view of `text`, which must
// outlive it, and a cache of the full names of the surnames it has looked up
// (so each claim costs one pass over its sentence, and each new surname one
// pass over the article). Not thread-safe.
class ArticleSubjects {
 public:
  ArticleSubjects(const SubjectFinder& finder, absl::string_view text)
      : f_(finder), text_(text) {}

  // The key of the figure text[figure.begin, figure.end) (qualifier, number
  // and measure as written) in `sentence`, which lies in `paragraph`.
  ClaimKey Find(TextSpan paragraph, TextSpan sentence, TextSpan figure);

  // The key of one of two rivals' figures, "has" and running: `rival` is
  // the rival's name ("Sanders" in "Clinton leads Sanders 1,428 to
  // 1,153"); the figure is the rival's when `of_rival`, else the subject's
  // of the clause the rival's name stands in.
  ClaimKey RivalOf(TextSpan paragraph, TextSpan sentence, TextSpan figure, TextSpan rival,
                   bool of_rival);

  // The key of an age (frame "age", fixed): whose age is the name the
  // figure's span holds ("Weiner, 46"), else the name its description is in
  // apposition to ("Lorna Pettigrew, a 58-year-old woman", whatever governs
  // the name), else a name right after it ("the 74-year-old Eastwood."), or
  // one a naming word gives after it ("a 23-year-old man named Travis
  // Osgood"), else the nearest name before it in its
  // clause ("Weiner is a 46-year-old", not "X insists that the 31-year-old
  // midfielder"); no frame when there is none.
  ClaimKey AgeOf(TextSpan sentence, TextSpan figure);

 private:
  struct Word {
    TextSpan span;
    bool capital = false;  // starts with an ASCII capital or is beyond ASCII
    bool punct = false;    // one punctuation byte (or a quote mark)
  };
  std::vector<Word> Words(TextSpan range) const;
  absl::string_view At(const Word& w) const {
    return text_.substr(w.span.begin, w.span.size());
  }
  std::string LowerAt(const Word& w) const;
  // The words of `sentence` within reach of `figure`; *at_start is set when
  // they begin where the sentence does.
  std::vector<Word> WindowWords(TextSpan sentence, TextSpan figure, bool* at_start) const;
  // The index of the last word of a frame that ends at words[end - 1]; the
  // frame found is written to *frame. -1 when none.
  int MatchBefore(const std::vector<Word>& words, int end,
                  const SubjectFinder::Frame** frame) const;
  const SubjectFinder::Frame* MatchAfter(const std::vector<Word>& words,
                                         int begin, int* next) const;
  // The name that ends at words[end] and the index of its first word; empty
  // when words[end] is not part of a name.
  std::string NameEndingAt(const std::vector<Word>& words, int end,
                           int* first) const;
  // True when a preposition governs the name that starts at words[first]
  // ("in Florida"), or a name it is joined to by "and" or "or",
  // up to `depth` names back.
  bool Governed(const std::vector<Word>& words, int first, int depth) const;
  // True when the name words[first..last] modifies the noun after it: "the
  // GOP nomination", "a Trump rally".
  bool Modifier(const std::vector<Word>& words, int first, int last) const;
  // The nearest subject name before words[end] in its clause.
  // `at_start`: words[0] opens the sentence, where any word is capitalised,
  // so a one-word name there counts only when Named().
  std::string SubjectBefore(const std::vector<Word>& words, int end, bool at_start);
  // The person "he" (or "she", when `she`) in `sentence` stands for: the
  // last full name earlier in the paragraph whose first name is a man's (a
  // woman's); empty when none.
  std::string Antecedent(TextSpan paragraph, TextSpan sentence, bool she);
  // The words around a figure, and which of them are the figure's.
  struct Window {
    std::vector<Word> words;
    bool at_start = false;  // words[0] opens the sentence
    int fig_begin = 0;      // [fig_begin, fig_end): the figure's words
    int fig_end = 0;
  };
  Window WindowAround(TextSpan sentence, TextSpan figure) const;
  // The steps of Find(), in order. The frame after the figure, else before
  // it; *frame_begin and *after_end are moved to where it stands, and
  // *frame_text set to its words. Null when none.
  const SubjectFinder::Frame* ReadFrame(const Window& w, int* frame_begin, int* after_end,
                                        std::string* frame_text) const;
  // The possessive name within three words before the figure: "Cruz's 465".
  std::string PossessorBefore(const Window& w) const;
  // The name a list line opens with: "Clinton: 547."; empty when none.
  std::string ListedName(const Window& w);
  std::string ReadSubject(TextSpan paragraph, TextSpan sentence, const Window& w,
                          const SubjectFinder::Frame* frame, int frame_begin, int after_end,
                          const std::string& possessor);
  // "in Iowa" after the figure, or "In Iowa," opening the sentence, lower case.
  std::string ReadScope(const Window& w) const;
  // What a part is of: "of the vote", "support"; lower case.
  std::string ReadWhole(const Window& w) const;
  // The key of `subject` as written: its full name and grouping key.
  void SetSubject(const std::string& subject, ClaimKey* key);
  // The name an age's description stands beside: before it, "<Name>, a"
  // (not a sentence's opening "In <Place>,"), or after it, "the 74-year-old
  // Eastwood." or "named <Name>" within a few words. `first` and `end` are the figure's first and
  // one-past-last word. Empty when none.
  std::string AppositiveName(const std::vector<Word>& words, int first, int end,
                             bool at_start);
  // True when a capitalised word is a name wherever it stands: an acronym
  // ("GOP"), a first name, or a surname the article gives in full.
  bool Named(const std::string& word);
  std::string FullName(const std::string& name);
  std::string KeyOf(const std::string& name) const;

  const SubjectFinder& f_;
  absl::string_view text_;
  absl::flat_hash_map<std::string, std::string> full_names_;
};

}  // namespace internal
}  // namespace quotes

#endif  // QUOTES_CLAIMS_CLAIM_SUBJECT_H_
