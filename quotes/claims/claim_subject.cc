// A figure's subject and frame, from the words of its sentence:
//  1. a frame after the figure and its measure ("1,237 delegates needed",
//     "50 delegates at stake"), else the nearest frame before it ("Cruz has
//     11", "won at least 38"), else a possessive ("Cruz's 465": has);
//  2. the subject: for a frame that names none ("at stake"), nothing; else
//     the possessor, else the nearest name before the frame in its clause
//     that no preposition governs ("in Florida", "against Cruz"), else a
//     pronoun's antecedent earlier in the paragraph, else "for/to <Name>"
//     after the figure;
//  3. the scope: "in <Name>" after the figure in its clause, or a sentence
//     that opens with "In <Name>,".
#include "quotes/claims/claim_subject.h"

#include <algorithm>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"

namespace quotes {
namespace internal {

namespace {

// Words before a figure searched for its frame, and before a frame for its
// subject: a clause's reach in news English.
constexpr int kFrameReach = 3;
constexpr int kSubjectReach = 14;
// A name has at most this many words.
constexpr int kMaxNameWords = 5;
// How far back in the paragraph a pronoun looks for its antecedent.
constexpr size_t kPronounReach = 600;
// The words read around a figure: its clause in any news sentence, and a
// bound on the work for one huge sentence of numbers.
constexpr size_t kWindowBytes = 400;
// Surnames whose full names are looked up in one article (each costs a pass
// over the text); further ones keep the name as written.
constexpr size_t kMaxFullNameLookups = 64;

bool IsWordByte(unsigned char c) {
  return absl::ascii_isalnum(c) || c >= 0x80 || c == '\'' || c == '-' || c == '&';
}

// Quote marks and dashes beyond ASCII end a word: “ ” — –.
bool IsPunctSequence(absl::string_view text, size_t i, size_t* len) {
  if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
      static_cast<unsigned char>(text[i + 1]) == 0x80) {
    const unsigned char c = static_cast<unsigned char>(text[i + 2]);
    if (c == 0x9C || c == 0x9D || c == 0x94 || c == 0x93 || c == 0x98) {
      *len = 3;
      return true;
    }
  }
  return false;
}

std::string StripPossessive(absl::string_view w) {
  if (absl::EndsWith(w, "'s") || absl::EndsWith(w, "'S")) w.remove_suffix(2);
  if (absl::EndsWith(w, "\xE2\x80\x99s")) w.remove_suffix(4);
  if (absl::EndsWith(w, "'") || absl::EndsWith(w, "\xE2\x80\x99")) {
    w.remove_suffix(w.back() == '\'' ? 1 : 3);
  }
  return std::string(w);
}

// "Cruz's", "Cruz’s", and a name ending in "s" with the mark alone:
// "Sanders'", "Sanders’".
bool IsPossessive(absl::string_view w) {
  return absl::EndsWith(w, "'s") || absl::EndsWith(w, "\xE2\x80\x99s") ||
         absl::EndsWith(w, "s'") || absl::EndsWith(w, "s\xE2\x80\x99");
}

// A subject pronoun: "her" and "his" are determiners as often ("her email").
bool IsPronoun(absl::string_view lower) { return lower == "he" || lower == "she"; }

// What SubjectBefore returns for "he" and "she", for the caller to resolve.
constexpr char kHe[] = "\x01he";
constexpr char kShe[] = "\x01she";
bool IsPronounMark(const std::string& s) { return !s.empty() && s[0] == '\x01'; }

}  // namespace

absl::StatusOr<std::unique_ptr<SubjectFinder>> SubjectFinder::Create(
    const v1::Lexicon& lexicon) {
  std::unique_ptr<SubjectFinder> f(new SubjectFinder());
  for (const v1::ClaimFrame& cf : lexicon.claim_frames()) {
    if (cf.name().empty() || cf.forms().empty()) {
      return absl::InvalidArgumentError(
          "lexicon: a claim_frames entry needs a name and forms");
    }
    for (const std::string& form : cf.forms()) {
      Frame frame;
      frame.words = absl::StrSplit(absl::AsciiStrToLower(form), ' ', absl::SkipEmpty());
      if (frame.words.empty()) continue;
      frame.name = cf.name();
      frame.running = cf.running();
      frame.no_subject = cf.no_subject();
      frame.standing = cf.standing();
      frame.silent = cf.silent();
      frame.subject_before = cf.subject_before();
      (cf.after() ? f->after_ : f->before_).push_back(std::move(frame));
    }
  }
  for (auto* list : {&f->before_, &f->after_}) {
    std::stable_sort(list->begin(), list->end(), [](const Frame& a, const Frame& b) {
      return a.words.size() > b.words.size();
    });
  }
  for (const std::string& w : lexicon.subject_blocking_words()) {
    f->blocking_.insert(absl::AsciiStrToLower(w));
  }
  for (const std::string& w : lexicon.frame_gap_words()) {
    f->gap_.insert(absl::AsciiStrToLower(w));
  }
  for (const std::string& w : lexicon.naming_words()) {
    std::vector<std::string> words =
        absl::StrSplit(absl::AsciiStrToLower(w), ' ', absl::SkipEmpty());
    if (!words.empty()) f->naming_.push_back(std::move(words));
  }
  for (const std::string& w : lexicon.clause_openers()) {
    f->clause_openers_.insert(absl::AsciiStrToLower(w));
  }
  for (const std::string& w : lexicon.subject_stop_words()) f->not_names_.insert(w);
  for (const std::string& w : lexicon.agencies()) f->not_names_.insert(w);
  for (const auto* list : {&lexicon.months(), &lexicon.weekdays()}) {
    for (const v1::NumberWord& w : *list) {
      for (const std::string& form : w.forms()) {
        f->not_names_.insert(form);
        f->not_names_.insert(std::string(absl::StripSuffix(form, ".")));
      }
    }
  }
  for (const auto* list : {&lexicon.honorifics(), &lexicon.title_words()}) {
    for (const std::string& w : *list) {
      f->titles_.insert(std::string(absl::StripSuffix(w, ".")));
    }
  }
  for (const auto* list : {&lexicon.group_nouns(), &lexicon.organization_words()}) {
    for (const std::string& w : *list) {
      std::string lower = absl::AsciiStrToLower(w);
      // "the ministry" names a group by its last word.
      const size_t space = lower.rfind(' ');
      f->group_words_.insert(space == std::string::npos ? lower : lower.substr(space + 1));
    }
  }
  for (const v1::SpeechVerb& v : lexicon.speech_verbs()) {
    for (const std::string& w : v.forms()) f->not_wholes_.insert(absl::AsciiStrToLower(w));
  }
  for (const std::string& w : lexicon.non_measure_words()) {
    f->not_wholes_.insert(absl::AsciiStrToLower(w));
  }
  for (const auto* list : {&lexicon.female_first_names(), &lexicon.male_first_names()}) {
    for (const std::string& w : *list) f->first_names_.insert(w);
  }
  for (const std::string& w : lexicon.female_first_names()) f->female_names_.insert(w);
  for (const std::string& w : lexicon.male_first_names()) f->male_names_.insert(w);
  return f;
}

std::vector<ArticleSubjects::Word> ArticleSubjects::Words(TextSpan range) const {
  std::vector<Word> words;
  size_t i = range.begin;
  while (i < range.end) {
    const unsigned char c = static_cast<unsigned char>(text_[i]);
    size_t len = 0;
    if (IsPunctSequence(text_, i, &len)) {
      words.push_back({{i, i + len}, false, true});
      i += len;
      continue;
    }
    if (absl::ascii_isspace(c)) {
      ++i;
      continue;
    }
    if (!IsWordByte(c)) {
      words.push_back({{i, i + 1}, false, true});
      ++i;
      continue;
    }
    size_t j = i;
    while (j < range.end && IsWordByte(static_cast<unsigned char>(text_[j])) &&
           !IsPunctSequence(text_, j, &len)) {
      ++j;
      // "U.S.", "J.": a full stop inside a word or after an initial.
      if (j + 1 < range.end && text_[j] == '.' &&
          (absl::ascii_isalpha(static_cast<unsigned char>(text_[j + 1])) ||
           (j - i <= 4 && absl::ascii_isupper(static_cast<unsigned char>(text_[i])) &&
            text_[j + 1] == ' '))) {
        ++j;
      }
    }
    words.push_back({{i, j}, absl::ascii_isupper(c) != 0, false});
    i = j;
  }
  return words;
}

std::string ArticleSubjects::LowerAt(const Word& w) const {
  return absl::AsciiStrToLower(At(w));
}

int ArticleSubjects::MatchBefore(const std::vector<Word>& words, int end,
                                 const SubjectFinder::Frame** frame) const {
  // Up to kFrameReach gap words may stand between the frame and the figure.
  for (int gap = 0; gap <= kFrameReach && end - gap > 0; ++gap) {
    if (gap > 0) {
      const Word& g = words[end - gap];
      if (g.punct || !f_.gap_.contains(LowerAt(g))) break;
    }
    const int last = end - gap - 1;  // the frame's last word
    for (const SubjectFinder::Frame& fr : f_.before_) {
      const int n = static_cast<int>(fr.words.size());
      if (last - n + 1 < 0) continue;
      bool match = true;
      for (int k = 0; k < n && match; ++k) {
        const Word& w = words[last - n + 1 + k];
        // The frame's words are lower case: compared so, without a copy
        // of the text's word per frame tried.
        match = !w.punct && absl::EqualsIgnoreCase(At(w), fr.words[k]);
      }
      if (match) {
        *frame = &fr;
        return last - n + 1;
      }
    }
  }
  return -1;
}

const SubjectFinder::Frame* ArticleSubjects::MatchAfter(const std::vector<Word>& words,
                                                        int begin, int* next) const {
  int i = begin;
  // "delegates that were available", "delegates still needed".
  while (i < static_cast<int>(words.size()) && i < begin + 2 && !words[i].punct) {
    const std::string w = LowerAt(words[i]);
    if (w != "that" && w != "which" && w != "were" && w != "are" && w != "is" &&
        w != "was" && w != "still") {
      break;
    }
    ++i;
  }
  for (const SubjectFinder::Frame& fr : f_.after_) {
    const int n = static_cast<int>(fr.words.size());
    if (i + n > static_cast<int>(words.size())) continue;
    bool match = true;
    for (int k = 0; k < n && match; ++k) {
      match = !words[i + k].punct && absl::EqualsIgnoreCase(At(words[i + k]), fr.words[k]);
    }
    if (match) {
      *next = i + n;
      return &fr;
    }
  }
  return nullptr;
}

std::string ArticleSubjects::NameEndingAt(const std::vector<Word>& words, int end,
                                          int* first) const {
  auto name_word = [&](const Word& w) {
    if (!w.capital || w.punct) return false;
    const std::string bare = StripPossessive(At(w));
    return !f_.not_names_.contains(bare) &&
           absl::ascii_isalpha(static_cast<unsigned char>(bare[0]));
  };
  if (end < 0 || !name_word(words[end])) return "";
  int begin = end;
  while (begin > 0 && end - begin + 1 < kMaxNameWords && name_word(words[begin - 1]) &&
         !IsPossessive(At(words[begin - 1]))) {
    --begin;
  }
  // Titles and honorifics before the name are not part of it: "Sen. Ted Cruz".
  while (begin < end &&
         f_.titles_.contains(absl::StripSuffix(At(words[begin]), "."))) {
    ++begin;
  }
  if (begin == end && f_.titles_.contains(absl::StripSuffix(At(words[begin]), "."))) {
    return "";
  }
  *first = begin;
  std::vector<std::string> parts;
  for (int k = begin; k <= end; ++k) parts.push_back(StripPossessive(At(words[k])));
  return absl::StrJoin(parts, " ");
}

bool ArticleSubjects::Governed(const std::vector<Word>& words, int first, int depth) const {
  // "against Mr. Trump": the preposition stands before the title.
  while (first > 0 && !words[first - 1].punct &&
         f_.titles_.contains(absl::StripSuffix(At(words[first - 1]), "."))) {
    --first;
  }
  if (first == 0 || words[first - 1].punct) return false;
  const std::string before = LowerAt(words[first - 1]);
  if (f_.blocking_.contains(before)) return true;
  // "the director of the Millbrook Housing Authority spent": the article
  // between preposition and name.
  if ((before == "the" || before == "a" || before == "an") && first >= 2 &&
      !words[first - 2].punct && f_.blocking_.contains(LowerAt(words[first - 2]))) {
    return true;
  }
  // "in Florida and North Carolina": a name joined to a governed one is too.
  if (depth == 0 || (before != "and" && before != "or")) return false;
  const int other = first - 2;
  int other_first = other;
  if (NameEndingAt(words, other, &other_first).empty()) return false;
  return Governed(words, other_first, depth - 1);
}

std::string ArticleSubjects::SubjectBefore(const std::vector<Word>& words, int end,
                                           bool at_start) {
  for (int i = end - 1; i >= 0 && i >= end - kSubjectReach; --i) {
    const Word& w = words[i];
    if (w.punct) {
      const absl::string_view p = At(w);
      if (p == "(") continue;  // "Marco Rubio (who has 110 delegates)"
      if (p == ")") {
        // A parenthesis between subject and frame is passed over whole.
        while (i > 0 && At(words[i]) != "(") --i;
        continue;
      }
      if (p == ";" || p == ":" || p == "\"" || p.size() == 3) {
        break;  // a clause or quotation ends here
      }
      continue;
    }
    const std::string lower = LowerAt(w);
    // "He has 739", "she has 739": resolved by the caller.
    if (IsPronoun(lower)) return lower == "she" ? kShe : kHe;
    if (!w.capital) {
      // "for Hillary Clinton, who leads": the relative pronoun's antecedent,
      // whatever governs it.
      if (lower == "who" && i >= 2 && At(words[i - 1]) == ",") {
        int first = i - 2;
        std::string name = NameEndingAt(words, i - 2, &first);
        // "Ted Cruz of Texas, who": the person, not the place.
        int person_first = first;
        const std::string person =
            first >= 2 && LowerAt(words[first - 1]) == "of"
                ? NameEndingAt(words, first - 2, &person_first)
                : std::string();
        if (!person.empty()) name = person;
        if (!name.empty()) return name;
      }
      continue;
    }
    int first = i;
    std::string name = NameEndingAt(words, i, &first);
    if (name.empty()) continue;
    if (at_start && first == 0 && name.find(' ') == std::string::npos && !Named(name)) {
      i = first;  // "Four people were killed", "Federal prosecutors said"
      continue;
    }
    if (!Governed(words, first, /*depth=*/3) && !Modifier(words, first, i)) return name;
    i = first;
  }
  return "";
}

bool ArticleSubjects::Named(const std::string& word) {
  bool acronym = word.size() >= 2;
  for (char c : word) acronym = acronym && absl::ascii_isupper(static_cast<unsigned char>(c));
  return acronym || f_.first_names_.contains(word) ||
         FullName(word).find(' ') != std::string::npos;
}

bool ArticleSubjects::Modifier(const std::vector<Word>& words, int first, int last) const {
  if (first == 0 || last + 1 >= static_cast<int>(words.size())) return false;
  const Word& before = words[first - 1];
  const Word& after = words[last + 1];
  if (before.punct || after.punct || after.capital) return false;
  const std::string det = LowerAt(before);
  if (det != "the" && det != "a" && det != "an") return false;
  // "the GOP has": a frame after the name makes it the subject.
  const std::string next = LowerAt(after);
  for (const SubjectFinder::Frame& fr : f_.before_) {
    if (fr.words.front() == next) return false;
  }
  return true;
}

std::string ArticleSubjects::FullName(const std::string& name) {
  if (name.find(' ') != std::string::npos) return name;
  if (full_names_.size() >= kMaxFullNameLookups) {
    auto it = full_names_.find(name);
    return it != full_names_.end() ? it->second : name;
  }
  auto [it, inserted] = full_names_.try_emplace(name, name);
  if (!inserted) return it->second;
  // "Donald Trump" for "Trump": the first "<first name> <name>" in the article.
  size_t pos = 0;
  while ((pos = text_.find(name, pos)) != absl::string_view::npos) {
    const size_t at = pos;
    pos += name.size();
    if (at < 2 || text_[at - 1] != ' ') continue;
    if (pos < text_.size() && absl::ascii_isalpha(static_cast<unsigned char>(text_[pos]))) {
      continue;
    }
    size_t b = at - 1;
    while (b > 0 && absl::ascii_isalpha(static_cast<unsigned char>(text_[b - 1]))) --b;
    const std::string first(text_.substr(b, at - 1 - b));
    if (f_.first_names_.contains(first)) {
      it->second = absl::StrCat(first, " ", name);
      break;
    }
  }
  return it->second;
}

std::string ArticleSubjects::KeyOf(const std::string& name) const {
  std::vector<std::string> parts = absl::StrSplit(absl::AsciiStrToLower(name), ' ');
  const std::vector<absl::string_view> written = absl::StrSplit(name, ' ');
  // A person is keyed by surname, so "Trump" and "Donald Trump" meet; a
  // group or place by all its words ("house democrats", "new york").
  const bool group = f_.group_words_.contains(parts.back());
  if (!group && (parts.size() == 1 || f_.first_names_.contains(written.front()))) {
    return parts.back();
  }
  return absl::StrJoin(parts, " ");
}

std::vector<ArticleSubjects::Word> ArticleSubjects::WindowWords(TextSpan sentence,
                                                              TextSpan figure,
                                                              bool* at_start) const {
  TextSpan window = sentence;
  if (figure.begin > window.begin + kWindowBytes) {
    window.begin = figure.begin - kWindowBytes;
    while (window.begin < figure.begin && text_[window.begin] != ' ') ++window.begin;
  }
  if (figure.end + kWindowBytes < window.end) {
    window.end = figure.end + kWindowBytes;
    while (window.end > figure.end && text_[window.end - 1] != ' ') --window.end;
  }
  *at_start = window.begin == sentence.begin;
  return Words(window);
}

ClaimKey ArticleSubjects::AgeOf(TextSpan sentence, TextSpan figure) {
  ClaimKey key;
  const std::vector<Word> in = Words(figure);
  std::string name;
  for (int i = static_cast<int>(in.size()) - 1; i >= 0 && name.empty(); --i) {
    int first = i;
    name = NameEndingAt(in, i, &first);
  }
  if (name.empty()) {
    bool at_start = false;
    const std::vector<Word> words = WindowWords(sentence, figure, &at_start);
    int fig_begin = 0;
    while (fig_begin < static_cast<int>(words.size()) &&
           words[fig_begin].span.end <= figure.begin) {
      ++fig_begin;
    }
    int fig_end = fig_begin;
    while (fig_end < static_cast<int>(words.size()) && words[fig_end].span.begin < figure.end) {
      ++fig_end;
    }
    name = AppositiveName(words, fig_begin, fig_end, at_start);
    // "the 31-year-old" with no comma before it refers on its own: "Agent
    // Brian Hassell insists that the 31-year-old midfielder".
    const bool definite = fig_begin > 0 && LowerAt(words[fig_begin - 1]) == "the";
    if (name.empty() && !definite) name = SubjectBefore(words, fig_begin, at_start);
    if (IsPronounMark(name)) name.clear();
  }
  // "The 25-year-old" alone is nobody's age a reader could compare.
  if (!name.empty()) {
    key.subject = FullName(name);
    key.subject_key = KeyOf(key.subject);
    key.frame = "age";
  }
  return key;
}

std::string ArticleSubjects::AppositiveName(const std::vector<Word>& words, int first, int end,
                                            bool at_start) {
  const int n = static_cast<int>(words.size());
  // "Lorna Pettigrew, a 58-year-old woman": the name before the comma,
  // even when a preposition governs it ("a verdict for Lorna Pettigrew,").
  int i = first - 1;
  if (i >= 0 && !words[i].punct) {
    const std::string det = LowerAt(words[i]);
    if (det == "a" || det == "an" || det == "the") --i;
  }
  if (i >= 1 && At(words[i]) == ",") {
    int name_first = i - 1;
    const std::string name = NameEndingAt(words, i - 1, &name_first);
    // A name a preposition governs is described by "a 58-year-old ..."
    // after it, not by "the 60-year-old" that opens the main clause after
    // an opening phrase ("On a visit to India, the 60-year-old actor
    // said", "On the outskirts of Kyoto, 83-year-old Yuji Shimizu").
    const bool governed = !name.empty() && Governed(words, name_first, /*depth=*/3);
    // "In Oster Falls, a 58-year-old woman was hurt": the phrase that
    // opens the sentence with a preposition.
    bool opening = governed && at_start && f_.blocking_.contains(LowerAt(words[0]));
    for (int k = 0; k < name_first && opening; ++k) opening = At(words[k]) != ",";
    const bool indefinite = i + 1 < first && LowerAt(words[i + 1]) != "the";
    const bool lone_opener = at_start && name_first == 0 &&
                             name.find(' ') == std::string::npos && !Named(name);
    if (!name.empty() && !lone_opener && (!governed || (indefinite && !opening))) return name;
  }
  // "the 74-year-old Eastwood.", "the 74-year-old Sanders on NBC": a name
  // right after, ending its phrase (not "the 35-year-old Cobh runner").
  if (end < n && words[end].capital && !words[end].punct) {
    int last = end;
    while (last + 1 < n && words[last + 1].capital && !words[last + 1].punct &&
           last + 1 - end < kMaxNameWords) {
      ++last;
    }
    // Not a body ("the 44-year-old Boca West Country Club") nor a line in
    // capitals ("PAYING 13-YEAR-OLDS FOR SEX").
    const bool ends = (last + 1 >= n || words[last + 1].punct ||
                       f_.blocking_.contains(LowerAt(words[last + 1]))) &&
                      !f_.group_words_.contains(LowerAt(words[last])) &&
                      !f_.blocking_.contains(LowerAt(words[end]));
    int name_first = end;
    const std::string name = ends ? NameEndingAt(words, last, &name_first) : "";
    if (!name.empty() && name_first == end &&
        (name.find(' ') != std::string::npos || Named(name))) {
      return name;
    }
  }
  // "a 23-year-old Brisbee Township man named Travis Osgood".
  for (int j = end; j < n && j < end + 6 && !words[j].punct; ++j) {
    for (const std::vector<std::string>& form : f_.naming_) {
      const int k = static_cast<int>(form.size());
      bool match = j + k < n;
      for (int m = 0; m < k && match; ++m) {
        match = !words[j + m].punct && absl::EqualsIgnoreCase(At(words[j + m]), form[m]);
      }
      if (!match) continue;
      const int name_begin = j + k;
      int last = name_begin;
      while (last + 1 < n && words[last + 1].capital && !words[last + 1].punct &&
             last + 1 - name_begin < kMaxNameWords) {
        ++last;
      }
      int name_first = name_begin;
      const std::string name = NameEndingAt(words, last, &name_first);
      if (!name.empty() && name_first == name_begin) return name;
      return "";
    }
  }
  return "";
}

std::string ArticleSubjects::Antecedent(TextSpan paragraph, TextSpan sentence, bool she) {
  const size_t from = sentence.begin > paragraph.begin + kPronounReach
                          ? sentence.begin - kPronounReach
                          : paragraph.begin;
  const std::vector<Word> before = Words({from, sentence.begin});
  for (int i = static_cast<int>(before.size()) - 1; i >= 0; --i) {
    int first = i;
    const std::string name = NameEndingAt(before, i, &first);
    if (name.empty()) continue;
    const std::string full = FullName(name);
    const std::string first_name = full.substr(0, full.find(' '));
    if (full.find(' ') != std::string::npos &&
        (she ? f_.female_names_ : f_.male_names_).contains(first_name)) {
      return full;
    }
    i = first;
  }
  return "";
}

void ArticleSubjects::SetSubject(const std::string& subject, ClaimKey* key) {
  if (subject.empty()) return;
  key->subject = FullName(subject);
  key->subject_key = KeyOf(key->subject);
}

ClaimKey ArticleSubjects::RivalOf(TextSpan paragraph, TextSpan sentence, TextSpan figure,
                                  TextSpan rival, bool of_rival) {
  ClaimKey key;
  key.frame = "has";
  key.running = true;
  bool at_start = false;
  const std::vector<Word> words = WindowWords(sentence, {rival.begin, figure.end}, &at_start);
  int first = 0;  // the rival's first word
  while (first < static_cast<int>(words.size()) && words[first].span.end <= rival.begin) {
    ++first;
  }
  int last = first;  // and its last
  while (last + 1 < static_cast<int>(words.size()) && words[last + 1].span.end <= rival.end) {
    ++last;
  }
  if (first >= static_cast<int>(words.size()) || first == 0) return key;
  key.frame_text = std::string(At(words[first - 1]));
  std::string subject;
  if (of_rival) {
    int name_first = last;
    subject = NameEndingAt(words, last, &name_first);
  } else {
    subject = SubjectBefore(words, first - 1, at_start);
    if (IsPronounMark(subject)) subject = Antecedent(paragraph, sentence, subject == kShe);
  }
  SetSubject(subject, &key);
  return key;
}

ArticleSubjects::Window ArticleSubjects::WindowAround(TextSpan sentence, TextSpan figure) const {
  Window w;
  w.words = WindowWords(sentence, figure, &w.at_start);
  const int n = static_cast<int>(w.words.size());
  while (w.fig_begin < n && w.words[w.fig_begin].span.end <= figure.begin) ++w.fig_begin;
  w.fig_end = w.fig_begin;
  while (w.fig_end < n && w.words[w.fig_end].span.begin < figure.end) ++w.fig_end;
  return w;
}

const SubjectFinder::Frame* ArticleSubjects::ReadFrame(const Window& w, int* frame_begin,
                                                       int* after_end,
                                                       std::string* frame_text) const {
  const std::vector<Word>& words = w.words;
  if (const SubjectFinder::Frame* fr = MatchAfter(words, w.fig_end, after_end)) {
    const int first = *after_end - static_cast<int>(fr->words.size());
    *frame_text = std::string(
        text_.substr(words[first].span.begin, words[*after_end - 1].span.end -
                                                  words[first].span.begin));
    return fr;
  }
  const SubjectFinder::Frame* frame = nullptr;
  const int at = MatchBefore(words, w.fig_begin, &frame);
  if (at >= 0) {
    *frame_begin = at;
    *frame_text = std::string(text_.substr(
        words[at].span.begin, words[at + frame->words.size() - 1].span.end - words[at].span.begin));
  }
  return frame;
}

std::string ArticleSubjects::PossessorBefore(const Window& w) const {
  for (int i = w.fig_begin - 1, n = 0; i >= 0 && n < 3; --i, ++n) {
    const Word& word = w.words[i];
    if (word.punct) break;
    if (word.capital && IsPossessive(At(word))) {
      int first = i;
      return NameEndingAt(w.words, i, &first);
    }
    if (word.capital || !f_.gap_.contains(LowerAt(word))) break;
  }
  return "";
}

std::string ArticleSubjects::ListedName(const Window& w) {
  const std::vector<Word>& words = w.words;
  const int n_words = static_cast<int>(words.size());
  if (!w.at_start || w.fig_begin < 2 || At(words[w.fig_begin - 1]) != ":" ||
      !(w.fig_end == n_words || (w.fig_end + 1 == n_words && At(words[w.fig_end]) == "."))) {
    return "";
  }
  int first = w.fig_begin - 2;
  std::string listed = NameEndingAt(words, w.fig_begin - 2, &first);
  if (first != 0 || (listed.find(' ') == std::string::npos && !Named(listed))) listed.clear();
  return listed;
}

std::string ArticleSubjects::ReadSubject(TextSpan paragraph, TextSpan sentence, const Window& w,
                                         const SubjectFinder::Frame* frame, int frame_begin,
                                         int after_end, const std::string& possessor) {
  const std::vector<Word>& words = w.words;
  std::string subject = possessor;
  // A frame after the figure makes the figure's noun the grammatical
  // subject ("12 people were killed"): only a possessor names another,
  // unless the frame says its subject stands before ("Clinton is 71
  // delegates short of").
  if (subject.empty() && frame != nullptr &&
      (frame_begin < w.fig_begin || frame->subject_before)) {
    subject = SubjectBefore(words, frame_begin, w.at_start);
  }
  if (IsPronounMark(subject)) subject = Antecedent(paragraph, sentence, subject == kShe);
  if (subject.empty() && frame != nullptr) {
    // "delegates for Cruz", "delegates to Trump".
    const int i = after_end;
    if (i + 1 < static_cast<int>(words.size()) && !words[i].punct &&
        (LowerAt(words[i]) == "for" || LowerAt(words[i]) == "to")) {
      int last = i + 1;
      while (last + 1 < static_cast<int>(words.size()) && words[last + 1].capital &&
             last - i < kMaxNameWords) {
        ++last;
      }
      int first = i + 1;
      subject = NameEndingAt(words, last, &first);
      if (first != i + 1) subject.clear();
    }
  }
  return subject;
}

std::string ArticleSubjects::ReadScope(const Window& w) const {
  const std::vector<Word>& words = w.words;
  for (int i = w.fig_end; i < static_cast<int>(words.size()) && i < w.fig_end + 8; ++i) {
    if (words[i].punct) break;
    const std::string lower = LowerAt(words[i]);
    // "rose to 12 as rescuers reached towns in Marceau Parish": another
    // clause's place.
    if (f_.clause_openers_.contains(lower)) break;
    if (lower != "in") continue;
    int j = i + 1;
    if (j < static_cast<int>(words.size()) && LowerAt(words[j]) == "the") ++j;
    int last = j;
    while (last < static_cast<int>(words.size()) && words[last].capital &&
           last - j < kMaxNameWords) {
      ++last;
    }
    int first = j;
    const std::string name = last > j ? NameEndingAt(words, last - 1, &first) : "";
    if (!name.empty() && first == j) return absl::AsciiStrToLower(name);
    break;
  }
  if (w.at_start && words.size() > 2 && LowerAt(words[0]) == "in") {
    int last = 1;
    while (last < static_cast<int>(words.size()) && words[last].capital &&
           last < kMaxNameWords) {
      ++last;
    }
    int first = 1;
    if (last > 1 && last < static_cast<int>(words.size()) && At(words[last]) == ",") {
      const std::string name = NameEndingAt(words, last - 1, &first);
      if (!name.empty() && first == 1) return absl::AsciiStrToLower(name);
    }
  }
  return "";
}

std::string ArticleSubjects::ReadWhole(const Window& w) const {
  const std::vector<Word>& words = w.words;
  if (w.fig_end >= static_cast<int>(words.size()) || words[w.fig_end].punct) return "";
  std::string whole;
  int i = w.fig_end;
  const bool of = LowerAt(words[i]) == "of";
  if (of) ++i;
  if (i < static_cast<int>(words.size()) && !words[i].punct &&
      (LowerAt(words[i]) == "the" || LowerAt(words[i]) == "a" || LowerAt(words[i]) == "all")) {
    ++i;
  }
  for (int n = 0; n < 3 && i < static_cast<int>(words.size()); ++n, ++i) {
    const Word& word = words[i];
    if (word.punct) break;
    const std::string lower = LowerAt(word);
    if (f_.blocking_.contains(lower) || lower == "and" || lower == "or" || lower == "who" ||
        lower == "that" || lower == "which") {
      break;
    }
    if (!absl::ascii_isalpha(static_cast<unsigned char>(lower[0]))) break;
    // A verb after the part ends its whole: "of voters agreed".
    if (f_.not_wholes_.contains(lower) || (n > 0 && absl::EndsWith(lower, "ed"))) break;
    whole = lower;
    if (!of) break;  // "40 percent support": one word
  }
  if (!of && !whole.empty()) {
    // A verb after the figure is no whole: "52 percent said", "rose".
    for (const SubjectFinder::Frame& fr : f_.before_) {
      if (fr.words.front() == whole) whole.clear();
    }
    if (f_.not_wholes_.contains(whole) || absl::EndsWith(whole, "ed")) whole.clear();
  }
  return whole;
}

ClaimKey ArticleSubjects::Find(TextSpan paragraph, TextSpan sentence, TextSpan figure) {
  ClaimKey key;
  const Window w = WindowAround(sentence, figure);
  // 1. The frame, after the figure or before it.
  int frame_begin = w.fig_begin;
  int after_end = w.fig_end;
  const SubjectFinder::Frame* frame = ReadFrame(w, &frame_begin, &after_end, &key.frame_text);
  // A possessive right before the figure: "Cruz's 465", "Trump's current 739".
  std::string possessor = PossessorBefore(w);
  // A list line: "Clinton: 547." opens with the name the figure is of, and
  // ends with the figure.
  const std::string listed = frame == nullptr && possessor.empty() ? ListedName(w) : "";
  if (frame != nullptr && frame->silent) {
    key.frame_text.clear();
  } else if (!listed.empty()) {
    key.frame = "has";
    key.frame_text = ":";
    key.running = true;
    possessor = listed;
  } else if (frame != nullptr) {
    key.frame = frame->name;
    key.running = frame->running;
    key.standing = frame->standing;
  } else if (!possessor.empty()) {
    key.frame = "has";
    key.frame_text = "'s";
    key.running = true;
  }
  // 2. The subject.
  std::string subject;
  if (frame == nullptr || !frame->no_subject) {
    subject = ReadSubject(paragraph, sentence, w, frame, frame_begin, after_end, possessor);
  }
  SetSubject(subject, &key);
  // 3. The scope: "in <Name>" after the figure, or "In <Name>," opening it.
  key.scope = ReadScope(w);
  // 4. What a part is of: "34 percent of the vote", "40 percent support",
  // "17 percent of likely Democratic voters" (the last of up to three words).
  key.whole = ReadWhole(w);
  // A result in a named contest is fixed once stated.
  if (!key.scope.empty()) key.running = false;
  return key;
}

}  // namespace internal
}  // namespace quotes
