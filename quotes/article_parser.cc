#include "quotes/article_parser.h"

#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "absl/time/civil_time.h"
#include "quotes/text/re2_util.h"
#include "quotes/text/segmenter.h"
#include "quotes/text/utf8.h"

namespace quotes {
namespace {

using internal::ConsumeIfMatch;
using internal::ToPiece;
using internal::ToView;

constexpr char kMonth[] =
    "January|February|March|April|May|June|July|August|September|October|"
    "November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|"
    "Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";

// A headline longer than this is a lede paragraph, not a headline.
constexpr int kMaxHeadlineWords = 25;
constexpr size_t kMaxHeadlineBytes = 300;
// A first line of two sentences is a headline only when this short.
constexpr int kMaxTwoSentenceHeadlineWords = 12;

int MonthNumber(absl::string_view m) {
  static constexpr const char* kNames[] = {"jan", "feb", "mar", "apr",
                                           "may", "jun", "jul", "aug",
                                           "sep", "oct", "nov", "dec"};
  std::string lower = absl::AsciiStrToLower(m.substr(0, 3));
  for (int i = 0; i < 12; ++i) {
    if (lower == kNames[i]) return i + 1;
  }
  return 0;
}

// "2024-12-05" when the three numbers make a real day, else "".
std::string IsoDate(int year, int month, int day) {
  absl::CivilDay d(year, month, day);
  if (d.year() != year || d.month() != month || d.day() != day) return "";
  return absl::StrFormat("%04d-%02d-%02d", year, month, day);
}

struct Line {
  size_t begin;  // first non-blank byte
  size_t end;    // one past the last non-blank byte
};

using internal::IsBlank;

// Lines wrapped by hand are at most this long (in bytes); a longer line is
// a paragraph of its own.
constexpr size_t kMaxWrappedLine = 100;

// Whether a line ends where a paragraph may: after a sentence's final stop,
// a closing quotation mark or bracket, or a colon.
bool EndsParagraph(absl::string_view line) {
  line = absl::StripTrailingAsciiWhitespace(line);
  if (line.empty()) return false;
  const char c = line.back();
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == ')' ||
      c == '\'') {
    return true;
  }
  for (absl::string_view mark : {"\u201d", "\u2019", "\u2026", "\u00bb"}) {
    if (absl::EndsWith(line, mark)) return true;
  }
  return false;
}

// Splits `text[from, to)` into paragraphs: blocks between blank lines when the
// text has any (each split further when it holds one paragraph a line), else
// single lines. Each span is trimmed of ASCII blanks.
std::vector<Line> SplitBlocks(absl::string_view text, size_t from, size_t to) {
  // Room for a news article's 20 to 40 lines at once, not grown through 1,
  // 2, 4, ... 32 lines.
  std::vector<Line> lines;
  lines.reserve(64);
  // memchr, not string_view::find, which Debian's Abseil keeps out of line:
  // a call more for each line.
  size_t pos = from;
  while (pos < to) {
    const void* found = std::memchr(text.data() + pos, '\n', to - pos);
    const size_t nl =
        found == nullptr ? to : static_cast<const char*>(found) - text.data();
    lines.push_back({pos, nl});
    pos = nl + 1;
  }
  bool has_blank = false;
  for (const Line& l : lines) {
    if (IsBlank(text.substr(l.begin, l.end - l.begin))) has_blank = true;
  }
  std::vector<Line> blocks;
  blocks.reserve(lines.size());
  auto trim = [&](Line l) {
    while (l.begin < l.end &&
           absl::ascii_isspace(static_cast<unsigned char>(text[l.begin]))) {
      ++l.begin;
    }
    while (l.end > l.begin &&
           absl::ascii_isspace(static_cast<unsigned char>(text[l.end - 1]))) {
      --l.end;
    }
    return l;
  };
  // Lines of one block between blank lines. Text wrapped by hand keeps its
  // lines short; a block with a line longer than any wrap width holds one
  // paragraph a line (a headline, a blank line, then single-spaced
  // paragraphs), split where a line ends a sentence.
  std::vector<Line> run;
  auto flush = [&]() {
    if (run.empty()) return;
    bool one_a_line = false;
    for (size_t k = 0; k + 1 < run.size(); ++k) {
      one_a_line |= trim(run[k]).end - trim(run[k]).begin > kMaxWrappedLine;
    }
    Line current = run[0];
    for (size_t k = 1; k < run.size(); ++k) {
      if (one_a_line && EndsParagraph(text.substr(current.begin, current.end - current.begin))) {
        blocks.push_back(trim(current));
        current = run[k];
      } else {
        current.end = run[k].end;
      }
    }
    blocks.push_back(trim(current));
    run.clear();
  };
  for (const Line& l : lines) {
    const bool blank = IsBlank(text.substr(l.begin, l.end - l.begin));
    if (blank) {
      flush();
      continue;
    }
    if (!has_blank) {
      blocks.push_back(trim(l));
      continue;
    }
    run.push_back(l);
  }
  flush();
  return blocks;
}

// Whether a byline's part names a publisher, not a person: an agency with
// a desk ("BBC News", "Reuters Staff") or a name that ends like a
// publication's ("Cape Times", "Press Trust of India" does not: it is in
// the agency list or stays an author).
bool IsPublisherName(const absl::flat_hash_set<std::string>& agencies,
                     absl::string_view part) {
  const size_t space = part.find(' ');
  if (space != absl::string_view::npos &&
      agencies.contains(part.substr(0, space))) {
    return true;
  }
  static constexpr absl::string_view kEndings[] = {
      " News", " Press", " Times", " Post", " Agency", " Herald", " Tribune",
      " Journal", " Telegraph", " Gazette", " Wire", " Newswire", " Online",
      " Network", " Staff", " Desk", " Bureau"};
  for (absl::string_view e : kEndings) {
    if (absl::EndsWith(part, e)) return true;
  }
  return false;
}

// The agency alone on an article's last line: "The Canadian Press", "— The
// Associated Press", "(AFP)", "Reuters."; not "AP sources say ...". Sets
// `agency` to it as written, "The" included.
bool ClosingCredit(const absl::flat_hash_set<std::string>& agencies,
                   absl::string_view line, std::string* agency) {
  if (line.size() > 60) return false;
  for (absl::string_view dash : {"-", "\u2013", "\u2014"}) {
    if (absl::ConsumePrefix(&line, dash)) break;
  }
  line = absl::StripLeadingAsciiWhitespace(line);
  const bool bracket = absl::ConsumePrefix(&line, "(");
  if (bracket && !absl::ConsumeSuffix(&line, ")")) return false;
  absl::ConsumeSuffix(&line, ".");
  absl::string_view name = line;
  if (!absl::ConsumePrefix(&name, "The ")) absl::ConsumePrefix(&name, "the ");
  if (!agencies.contains(name)) return false;
  *agency = std::string(line);
  return true;
}

// The reporters of "Reporting by Wayne Cole and Jane Doe in Sydney":
// names split at commas and "and", each cut before " in " (a place).
std::vector<std::string> ReporterNames(absl::string_view list) {
  std::vector<std::string> names;
  for (absl::string_view item : absl::StrSplit(list, ',')) {
    for (absl::string_view name : absl::StrSplit(item, " and ")) {
      const size_t in = name.find(" in ");
      if (in != absl::string_view::npos) name = name.substr(0, in);
      name = absl::StripAsciiWhitespace(name);
      if (!name.empty() && absl::ascii_isupper(static_cast<unsigned char>(name[0]))) {
        names.emplace_back(name);
      }
    }
  }
  return names;
}

// RE2::FullMatch(text, re) without arguments, asked of RE2::Match itself:
// FullMatch's argument handling is ~100 instructions of the ~700 that the
// boilerplate test takes on each paragraph.
bool MatchesWhole(const RE2& re, absl::string_view text) {
  return re.Match(ToPiece(text), 0, text.size(), RE2::ANCHOR_BOTH, nullptr, 0);
}

int CountWords(absl::string_view s) {
  int words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = absl::ascii_isspace(static_cast<unsigned char>(c));
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

namespace internal {

// The patterns of an article's layout, compiled once from the lexicon.
struct ArticlePatterns {
  std::unique_ptr<RE2> header;        // " date 2024-12-05"
  std::unique_ptr<RE2> distributor;   // "MENAFN - AzerNews)"
  std::unique_ptr<RE2> dateline;      // "BAKU, Azerbaijan, December 5."
  std::unique_ptr<RE2> agency_dateline;  // "Nairobi, Kenya - "
  std::unique_ptr<RE2> dated_agency_dateline;  // "Chennai, May 30 (PTI) "
  std::unique_ptr<RE2> byline;        // "By Laman Ismayilova"
  std::unique_ptr<RE2> agency_credit;  // ", Trend reports."
  std::unique_ptr<RE2> boilerplate;   // whole-line patterns, one alternation
  std::unique_ptr<RE2> attributed_quote;  // '...," Jane Doe said.'
  std::unique_ptr<RE2> reporting_by;    // "(Reporting by A; Editing by B)"

  absl::flat_hash_set<std::string> agencies;
};

}  // namespace internal

namespace {

using internal::ArticlePatterns;

// Adds the names of a byline ("By Jane Doe and Reuters", "By A, B"):
// people to authors, an agency or publisher to the source when it has none.
void AddBylineNames(const ArticlePatterns& p, absl::string_view who,
                    v1::Article* article) {
  for (absl::string_view name : absl::StrSplit(who, ',')) {
    for (absl::string_view part : absl::StrSplit(name, " and ")) {
      part = absl::StripAsciiWhitespace(part);
      if (part.empty()) continue;
      const bool agency = p.agencies.contains(part) ||
                          part.find(' ') == absl::string_view::npos ||
                          IsPublisherName(p.agencies, part);
      if (agency) {
        if (article->source().empty()) article->set_source(std::string(part));
      } else {
        article->add_authors(std::string(part));
      }
    }
  }
}

// Whether t[begin, end), the first line of blocks[index], reads as a
// headline: a short single line, one sentence at most (with or without a
// final full stop: some feeds add one). Two sentences in very few words are
// a headline too when a longer paragraph follows ("Virginian could make
// history. Again."; "The real Trump showed up at debate. GOP must live with
// it."); the next block's words count none when it is boilerplate.
bool HeadlineLike(const ArticlePatterns& p, absl::string_view t,
                  const std::vector<Line>& blocks, size_t index, size_t begin,
                  size_t end) {
  auto next_words = [&]() {
    if (index + 1 >= blocks.size()) return 0;
    const Line& n = blocks[index + 1];
    const absl::string_view next = t.substr(n.begin, n.end - n.begin);
    return MatchesWhole(*p.boilerplate, next) ? 0 : CountWords(next);
  };
  const absl::string_view line = t.substr(begin, end - begin);
  const int words = CountWords(line);
  const size_t sentences = internal::SplitSentences(t, {begin, end}).size();
  return line.find('\n') == absl::string_view::npos &&
         line.size() <= kMaxHeadlineBytes && words <= kMaxHeadlineWords &&
         (sentences == 1 ||
          (sentences == 2 && words <= kMaxTwoSentenceHeadlineWords &&
           next_words() > words)) &&
         !RE2::PartialMatch(ToPiece(line), *p.agency_credit) &&
         // A quote and its cue closed by a full stop is a lede; without the
         // stop, a headline ("'We will not give up,' says minister").
         !(absl::EndsWith(line, ".") &&
           RE2::PartialMatch(ToPiece(line), *p.attributed_quote)) &&
         !RE2::PartialMatch(ToPiece(line), *p.dateline) &&
         !RE2::PartialMatch(ToPiece(line), *p.agency_dateline) &&
         !RE2::PartialMatch(ToPiece(line), *p.dated_agency_dateline);
}

void SetHeadline(absl::string_view t, size_t begin, size_t end,
                 v1::Article* article) {
  article->set_headline(std::string(t.substr(begin, end - begin)));
  article->mutable_headline_span()->set_begin(begin);
  article->mutable_headline_span()->set_end(end);
}

// A headline and its deck (standfirst) on the next line of blocks[0], with
// no blank line between them: the first line is the headline, the deck
// opens the body (blocks[0] is cut to it). Only when the headline line ends
// without a full stop, so that a lede broken over two lines is not cut.
void SplitHeadlineFromDeck(const ArticlePatterns& p, absl::string_view t,
                           std::vector<Line>* blocks, v1::Article* article) {
  const Line& b = (*blocks)[0];
  const absl::string_view block = t.substr(b.begin, b.end - b.begin);
  const size_t nl = block.find('\n');
  if (nl == absl::string_view::npos ||
      block.find('\n', nl + 1) != absl::string_view::npos) {
    return;
  }
  size_t line_end = b.begin + nl;
  while (line_end > b.begin &&
         absl::ascii_isspace(static_cast<unsigned char>(t[line_end - 1]))) {
    --line_end;
  }
  size_t deck = b.begin + nl + 1;
  while (deck < b.end && absl::ascii_isspace(static_cast<unsigned char>(t[deck]))) {
    ++deck;
  }
  const char last = line_end > b.begin ? t[line_end - 1] : '.';
  if (last != '.' && last != ',' && deck < b.end &&
      HeadlineLike(p, t, *blocks, 0, b.begin, line_end)) {
    SetHeadline(t, b.begin, line_end, article);
    (*blocks)[0].begin = deck;
  }
}

// Reads the header lines before the first body paragraph: bylines ("By
// Agency" or names) and, when the input gives none, a headline in the
// first block. Returns the index of the first body block.
size_t ReadHeaderLines(const ArticlePatterns& p, absl::string_view t,
                       const v1::Article& hints, std::vector<Line>* blocks,
                       v1::Article* article) {
  size_t first_body = 0;
  bool saw_headline = false;
  for (; first_body < blocks->size(); ++first_body) {
    const Line& b = (*blocks)[first_body];
    const absl::string_view block = t.substr(b.begin, b.end - b.begin);
    std::string who;
    if (block.find('\n') == absl::string_view::npos &&
        RE2::FullMatch(ToPiece(block), *p.byline, &who)) {
      AddBylineNames(p, who, article);
      continue;
    }
    if (saw_headline || first_body != 0 || blocks->size() < 2 ||
        !hints.headline().empty()) {
      break;
    }
    if (HeadlineLike(p, t, *blocks, first_body, b.begin, b.end)) {
      SetHeadline(t, b.begin, b.end, article);
      saw_headline = true;
      continue;
    }
    SplitHeadlineFromDeck(p, t, blocks, article);
    break;
  }
  return first_body;
}

void AddSpan(size_t begin, size_t end,
             google::protobuf::RepeatedPtrField<v1::Span>* spans) {
  v1::Span* s = spans->Add();
  s->set_begin(begin);
  s->set_end(end);
}

// The last line may credit the agency ("The Canadian Press") or its
// reporters ("(Reporting by Wayne Cole; Editing by Sam Holmes)"): metadata,
// not body. Returns whether `b` was such a credit (then recorded as
// boilerplate).
bool ReadClosingCredit(const ArticlePatterns& p, absl::string_view t, Line b,
                       v1::Article* article) {
  // Credits are short lines: longer ones are not matched at all.
  constexpr size_t kMaxCreditBytes = 400;
  const absl::string_view block = t.substr(b.begin, b.end - b.begin);
  if (block.size() > kMaxCreditBytes) return false;
  std::string agency, reporters;
  if (ClosingCredit(p.agencies, block, &agency)) {
    if (article->source().empty()) article->set_source(agency);
  } else if (block[0] == '(' &&
             RE2::FullMatch(ToPiece(block), *p.reporting_by, &reporters)) {
    if (article->authors_size() == 0) {
      for (const std::string& name : ReporterNames(reporters)) {
        article->add_authors(name);
      }
    }
  } else {
    return false;
  }
  AddSpan(b.begin, b.end, article->mutable_boilerplate());
  return true;
}

// The first body paragraph may open with a distributor credit and a
// dateline, which are metadata, not body, and its first line may close
// with an agency credit (", Trend reports."). Reads them into `article`
// and returns where the paragraph's body begins.
size_t ReadLedeMetadata(const ArticlePatterns& p, absl::string_view t, Line b,
                        v1::Article* article) {
  re2::StringPiece head = ToPiece(t.substr(b.begin, b.end - b.begin));
  std::string distributor, source;
  if (ConsumeIfMatch(&head, *p.distributor, &distributor, &source)) {
    article->set_distributor(distributor);
    if (article->source().empty()) article->set_source(source);
  }
  std::string place, region, month, day, year, agency, undated_agency;
  const bool dated =
      ConsumeIfMatch(&head, *p.dateline, &place, &region, &month, &day, &year,
                     &agency, &undated_agency) ||
      ConsumeIfMatch(&head, *p.agency_dateline, &place, &region, &agency) ||
      ConsumeIfMatch(&head, *p.dated_agency_dateline, &place, &month, &day,
                     &agency);
  if (agency.empty()) agency = undated_agency;
  if (dated) {
    article->set_dateline(region.empty() ? place : absl::StrCat(place, ", ", region));
    if (article->date().empty() && !year.empty() && !day.empty()) {
      article->set_date(IsoDate(std::stoi(year), MonthNumber(month), std::stoi(day)));
    }
    if (article->source().empty() && !agency.empty()) article->set_source(agency);
  }
  const size_t begin = head.data() - t.data();
  const absl::string_view block = t.substr(begin, b.end - begin);
  std::string credit;
  const absl::string_view first_line = block.substr(0, block.find('\n'));
  if (RE2::PartialMatch(ToPiece(first_line), *p.agency_credit, &credit) &&
      article->source().empty()) {
    article->set_source(credit);
  }
  return begin;
}

// Body paragraphs from blocks[first_body]: closing credits and boilerplate
// lines are recorded as boilerplate, the first paragraph's metadata read.
void ReadBody(const ArticlePatterns& p, absl::string_view t,
              const std::vector<Line>& blocks, size_t first_body,
              v1::Article* article) {
  // Room for one a block at once, not grown through 1, 2, 4, ...
  article->mutable_paragraphs()->Reserve(static_cast<int>(blocks.size() - first_body));
  bool first = true;
  for (size_t i = first_body; i < blocks.size(); ++i) {
    Line b = blocks[i];
    if (i + 1 == blocks.size() && i > first_body && ReadClosingCredit(p, t, b, article)) {
      continue;
    }
    if (MatchesWhole(*p.boilerplate, t.substr(b.begin, b.end - b.begin))) {
      AddSpan(b.begin, b.end, article->mutable_boilerplate());
      continue;
    }
    if (first) {
      first = false;
      b.begin = ReadLedeMetadata(p, t, b, article);
    }
    if (b.end > b.begin) AddSpan(b.begin, b.end, article->mutable_paragraphs());
  }
}

}  // namespace

ArticleParser::ArticleParser(std::unique_ptr<const ArticlePatterns> patterns)
    : patterns_(std::move(patterns)) {}
ArticleParser::~ArticleParser() = default;

absl::StatusOr<std::unique_ptr<ArticleParser>> ArticleParser::Create(
    const v1::Lexicon& lexicon) {
  auto p = std::make_unique<ArticlePatterns>();
  std::vector<std::string> agencies(lexicon.agencies().begin(),
                                    lexicon.agencies().end());
  std::vector<std::string> distributors(lexicon.distributors().begin(),
                                        lexicon.distributors().end());
  for (const std::string& a : agencies) p->agencies.insert(a);
  struct Spec {
    std::unique_ptr<RE2>* re;
    const char* name;
    std::string pattern;
  };
  std::vector<std::string> boiler;
  for (const std::string& b : lexicon.boilerplate_patterns()) {
    boiler.push_back(absl::StrCat("(?:", b, ")"));
  }
  const std::string distributor_alt =
      distributors.empty() ? "MENAFN" : internal::AlternationOf(distributors);
  Spec specs[] = {
      // Accepts " date 2024-12-05 BAKU"; rejects "dated 2024".
      {&p->header, "header", R"(^\s*date[ \t]+(\d{4})-(\d{2})-(\d{2})\b[ \t]*)"},
      // Accepts "MENAFN - AzerNews) "; rejects "MENAFN reports".
      {&p->distributor, "distributor",
       absl::StrCat(R"(^\s*()", distributor_alt,
                    R"()[ \t]*[-–—][ \t]*([^()\n]{1,60}?)[ \t]*\)[ \t]*)")},
      // A dateline opens the first paragraph: an upper-case place, an
      // optional region, an optional date, an optional agency, a separator.
      // Accepts "BAKU, Azerbaijan, December 5. ", "NEW DELHI: ",
      // "ISLAMABAD, Dec 5 (APP): ", "WASHINGTON (AP) — ",
      // "SYDNEY, Australia, March 3 (Reuters) - "; rejects "NATO said".
      {&p->dateline, "dateline",
       absl::StrCat(
           R"(^([A-Z][A-Z'.\-]+(?:[ ][A-Z][A-Z'.\-]+){0,3})(?:,[ \t]*([A-Z][A-Za-z'.\-]+(?:[ ][A-Z][A-Za-z'.\-]+){0,2}))?)",
           // With a date the separator may be a full stop or nothing;
           // without one it is a colon or a dash ("E.U. leaders" is no
           // dateline).
           R"((?:,?[ \t]+()", kMonth, R"()[ \t]+(\d{1,2})(?:,[ \t]*(\d{4}))?)",
           R"([ \t]*(?:\(([A-Za-z][\w .&-]{0,30})\))?(?:[ \t]*:|[ \t]+[-–—]|\.)?)",
           R"(|[ \t]*(?:\(([A-Za-z][\w .&-]{0,30})\))?(?:[ \t]*:|[ \t]+[-–—])))",
           R"([ \t]+)")},
      // A place in ordinary case needs a region or an agency and a dash.
      // Accepts "Nairobi, Kenya - "; rejects "Tuesday - the day".
      {&p->agency_dateline, "mixed_case_dateline",
       R"(^([A-Z][a-z'.\-]+(?:[ ][A-Z][a-z'.\-]+)?)(?:,[ \t]*([A-Z][A-Za-z'.\-]+(?:[ ][A-Z][A-Za-z'.\-]+){0,2}))?[ \t]*(?:\(([A-Za-z][\w .&-]{0,30})\))?[ \t]+[-–—][ \t]+)"},
      // A place in ordinary case with a date and an agency needs no
      // separator. Accepts "Thiruvananthapuram, May 30 (PTI) "; rejects
      // "Kerala, May 30" without the agency.
      {&p->dated_agency_dateline, "dated_agency_dateline",
       absl::StrCat(R"(^([A-Z][a-z'.\-]+(?:[ ][A-Z][a-z'.\-]+)?),[ \t]*()", kMonth,
                    R"()[ \t]+(\d{1,2})[ \t]*\(([A-Za-z][\w .&-]{0,30})\)(?:[ \t]*:|[ \t]+[-–—])?[ \t]+)")},
      // Accepts "By Laman Ismayilova"; rejects "By the end of the year, ...".
      {&p->byline, "byline",
       R"(^[Bb][Yy][ \t]+([A-Z][\w.'’-]*(?:(?:[ \t]+|,[ \t]*|[ \t]+and[ \t]+)[A-Z][\w.'’-]*){0,7})[ \t]*$)"},
      // Accepts ", Trend reports."; rejects "The company reports profits".
      {&p->agency_credit, "agency_credit",
       R"(,[ \t]+([A-Z][\w-]*(?:[ \t][A-Z][\w-]*)?)[ \t]+reports\.?\s*$)"},
      // Accepts '“We will,” President Jane Doe said.'; rejects 'Clinton
      // says Trump is ‘unfit’'. A first line like it is a lede, not a headline.
      {&p->attributed_quote, "attributed_quote",
       R"([,.!?]["”’']\s+(?:\S+\s+){0,5}(?:said|says|added|told)\b)"},
      // Reuters' closing credit. Accepts "(Reporting by Wayne Cole; Editing
      // by Sam Holmes)"; rejects "Reporting by the BBC found ...". No
      // counted repeats: RE2 would unroll them (the caller bounds the line).
      {&p->reporting_by, "reporting_by",
       R"(^\((?:Additional )?[Rr]eporting by ([^;()]+)(?:;[^()]*)?\)$)"},
      {&p->boilerplate, "boilerplate",
       boiler.empty() ? std::string("$^") : absl::StrJoin(boiler, "|")},
  };
  for (Spec& s : specs) {
    auto re = internal::CompilePattern(s.name, s.pattern);
    if (!re.ok()) return re.status();
    *s.re = *std::move(re);
  }
  return std::unique_ptr<ArticleParser>(new ArticleParser(std::move(p)));
}

absl::StatusOr<v1::Article> ArticleParser::Parse(
    absl::string_view text, const v1::Article& hints) const {
  v1::Article article;
  if (absl::Status s = ParseTo(text, hints, &article); !s.ok()) return s;
  return article;
}

absl::Status ArticleParser::ParseTo(absl::string_view text, const v1::Article& hints,
                                    v1::Article* out) const {
  if (absl::Status s = CheckText(text); !s.ok()) return s;
  out->Clear();
  out->set_text(std::string(text));
  ReadFields(hints, out);
  return absl::OkStatus();
}

absl::Status ArticleParser::ParseTakingText(std::string* text, const v1::Article& hints,
                                            v1::Article* out) const {
  if (absl::Status s = CheckText(*text); !s.ok()) return s;
  out->Clear();
  out->set_text(std::move(*text));
  ReadFields(hints, out);
  return absl::OkStatus();
}

absl::Status ArticleParser::CheckText(absl::string_view text) {
  if (absl::Status s = internal::ValidateUtf8(text); !s.ok()) {
    return s;
  }
  if (IsBlank(text)) {
    return absl::InvalidArgumentError("article has no text");
  }
  return absl::OkStatus();
}

void ArticleParser::ReadFields(const v1::Article& hints, v1::Article* out) const {
  const ArticlePatterns& p = *patterns_;
  v1::Article& article = *out;
  article.set_id(hints.id());
  article.set_url(hints.url());
  const absl::string_view t = article.text();
  size_t pos = 0;

  // 1. " date YYYY-MM-DD" header.
  re2::StringPiece rest = ToPiece(t);
  int y = 0, m = 0, d = 0;
  if (RE2::Consume(&rest, *p.header, &y, &m, &d)) {
    article.set_date(IsoDate(y, m, d));
    pos = rest.data() - t.data();
  }
  // 2. Header lines: a byline, "By Agency", a headline.
  std::vector<Line> blocks = SplitBlocks(t, pos, t.size());
  const size_t first_body = ReadHeaderLines(p, t, hints, &blocks, &article);
  // 3. Body paragraphs, with the lede's and the closing line's metadata.
  ReadBody(p, t, blocks, first_body, &article);
  // 4. The input's own metadata wins.
  if (!hints.headline().empty()) article.set_headline(hints.headline());
  if (!hints.date().empty()) article.set_date(hints.date());
  if (!hints.source().empty()) article.set_source(hints.source());
  if (hints.authors_size() > 0) *article.mutable_authors() = hints.authors();
}

}  // namespace quotes
