// Table tests for the tokenizer and the name model's word classes: the
// speaker logic reads every word through them.
#include "quotes/text/tokens.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_join.h"
#include "gtest/gtest.h"
#include "proto/lexicon.pb.h"
#include "quotes/attribution/quote_marks.h"
#include "quotes/text/re2_util.h"
#include "quotes/text/segmenter.h"
#include "quotes/speakers/speakers.h"
#include "quotes/text/utf8.h"
#include "quotes/lexicon.h"

namespace quotes {
namespace internal {
namespace {

std::vector<Token> All(absl::string_view text) {
  return Tokenize(text, {0, text.size()});
}

// Tokens joined with "|", so a table row reads like the text.
std::string Joined(absl::string_view text) {
  std::vector<std::string> parts;
  for (const Token& t : All(text)) parts.emplace_back(t.text);
  return absl::StrJoin(parts, "|");
}

struct SplitCase {
  const char* text;
  const char* tokens;
};

TEST(TokenizeTest, SplitsWordsAndPunctuation) {
  const SplitCase kCases[] = {
      {"He said.", "He|said|."},
      {"  leading and trailing  ", "leading|and|trailing"},
      {"tab\tnew\nline\r\nfeed\fvt\v", "tab|new|line|feed|vt"},
      // Spaces above ASCII: U+00A0, U+2009, U+202F, U+3000.
      {"a\u00a0b\u2009c\u202fd\u3000e", "a|b|c|d|e"},
      // Not spaces: U+00AD (soft hyphen), U+2010 (hyphen).
      {"co\u00adop re\u2010use", "co\u00adop|re\u2010use"},
      {"\u201cWe will,\u201d she said", "\u201c|We|will|,|\u201d|she|said"},
      {"\u2018Yes\u2019 \u00abOui\u00bb \u201eJa\u201c", "\u2018|Yes|\u2019|\u00ab|Oui|\u00bb|\u201e|Ja|\u201c"},
      {"(ICESCO), [sic]; wait: now! why?", "(|ICESCO|)|,|[|sic|]|;|wait|:|now|!|why|?"},
      {"war \u2014 peace \u2013 end\u2026", "war|\u2014|peace|\u2013|end|\u2026"},
      {"\"quoted\" 'single'", "\"|quoted|\"|'|single|'"},
      // Apostrophes inside words stay.
      {"don't ICESCO\u2019s rock 'n' roll", "don't|ICESCO\u2019s|rock|'|n|'|roll"},
      // The stop stays on initials and abbreviations, not on words.
      {"Salim M. AlMalik", "Salim|M.|AlMalik"},
      {"Sen. Rep. Dr. Mr. Gov. Lt. Col. Capt. Prof.",
       "Sen.|Rep.|Dr.|Mr.|Gov.|Lt.|Col.|Capt.|Prof."},
      {"the U.S. and G.K. went home.", "the|U.S.|and|G.K.|went|home|."},
      // A state's abbreviation keeps its stop before a comma, not at an end.
      {"Springfield, Va., said", "Springfield|,|Va.|,|said"},
      {"went to Springfield, Va.", "went|to|Springfield|,|Va|."},
      {"Go home, Pa., now", "Go|home|,|Pa.|,|now"},
      {"the idea., next", "the|idea|.|,|next"},
      {"end.\u201d", "end|.|\u201d"},
      {"ok.)", "ok|.|)"},
      {"", ""},
      {"   ", ""},
      {"\u201c\u201d", "\u201c|\u201d"},
  };
  for (const SplitCase& c : kCases) {
    EXPECT_EQ(Joined(c.text), c.tokens) << c.text;
  }
}

TEST(TokenizeTest, SpansSliceTheText) {
  const std::string text = "x \u201cAb,\u201d  said\u00a0Émile.";
  for (const Token& t : All(text)) {
    EXPECT_EQ(text.substr(t.span().begin, t.span().size()), t.text);
  }
  // Only the range is read: bytes 2..8 are "\u201cAb,".
  const std::vector<Token> part = Tokenize(text, {2, 8});
  ASSERT_EQ(part.size(), 3u);
  EXPECT_EQ(part[0].text, "\u201c");
  EXPECT_EQ(part[1].text, "Ab");
  EXPECT_EQ(part[2].text, ",");
}

// A token keeps its offset in 40 bits beside its flags: offsets past 4 GiB
// survive, and setting a flag or the classes leaves the offset and the
// other flags as they were.
class TokenOffsetTest : public ::testing::TestWithParam<uint64_t> {};

TEST_P(TokenOffsetTest, SpanKeepsTheOffsetBesideTheFlags) {
  const uint64_t offset = GetParam();
  Token t;
  t.begin = offset;
  t.text = "word";
  EXPECT_EQ(t.span().begin, offset);
  EXPECT_EQ(t.span().end, offset + 4);
  t.capitalized = true;
  t.alpha = true;
  t.lex = 0xFFFF;
  EXPECT_EQ(t.span().begin, offset) << "after the flags were set";
  EXPECT_TRUE(t.capitalized);
  EXPECT_TRUE(t.alpha);
  EXPECT_FALSE(t.punct);
  EXPECT_FALSE(t.lower);
  EXPECT_FALSE(t.acronym);
  t.punct = true;
  t.capitalized = false;
  EXPECT_EQ(t.span().begin, offset) << "after the flags were changed";
  EXPECT_TRUE(t.punct);
  EXPECT_FALSE(t.capitalized);
  EXPECT_EQ(t.lex, 0xFFFF);
}

INSTANTIATE_TEST_SUITE_P(Offsets, TokenOffsetTest,
                         ::testing::Values(uint64_t{0}, uint64_t{1}, uint64_t{0xFFFFFFFF},
                                           uint64_t{1} << 32, (uint64_t{1} << 40) - 5));

TEST(TokenizeTest, ClassifiesWords) {
  const std::vector<Token> t = All("ICESCO Émile said iPhone U.S. , x2");
  ASSERT_EQ(t.size(), 7u);
  EXPECT_TRUE(t[0].capitalized && t[0].acronym && !t[0].lower);
  EXPECT_TRUE(t[1].capitalized && !t[1].acronym);  // non-ASCII capital
  EXPECT_TRUE(t[2].lower && !t[2].capitalized && !t[2].punct);
  EXPECT_TRUE(t[3].lower && !t[3].acronym);
  EXPECT_TRUE(t[4].acronym);
  EXPECT_TRUE(t[5].punct && !t[5].lower && !t[5].capitalized);
  EXPECT_TRUE(t[6].lower);
}

TEST(TokenizeTest, SpacesBeyondAsciiSplitWordsAndLettersAreCounted) {
  // No-break space, thin space, ideographic space; "(NATO)" is an acronym
  // once its brackets are peeled; "Café" is not ASCII letters only.
  const std::vector<Token> t =
      All("Anna\u00a0Berg\u2009(NATO)\u3000Caf\u00e9 \u00e9t\u00e9 ab1");
  ASSERT_EQ(t.size(), 8u);
  EXPECT_EQ(t[0].text, "Anna");
  EXPECT_TRUE(t[0].alpha && t[0].capitalized);
  EXPECT_EQ(t[1].text, "Berg");
  EXPECT_EQ(t[3].text, "NATO");
  EXPECT_TRUE(t[3].acronym && t[3].alpha);
  EXPECT_EQ(t[5].text, "Caf\u00e9");
  EXPECT_FALSE(t[5].alpha);
  EXPECT_FALSE(t[5].acronym);
  EXPECT_FALSE(t[6].alpha || t[6].lower);  // "été"
  EXPECT_FALSE(t[7].alpha);  // a digit
  EXPECT_TRUE(t[7].lower);
}

TEST(WordClassTableTest, FindsEveryKeyInAnyCaseAndNothingElse) {
  WordClassTable table;
  // Keys of every length around the 4-, 8- and 16-byte reads, and longer.
  std::vector<std::string> keys;
  const std::string letters = "abcdefghijklmnopqrstuvwxyz";
  for (size_t n = 1; n <= 20; ++n) keys.push_back(letters.substr(0, n));
  keys.push_back("\u00e9lys\u00e9e");  // bytes above ASCII
  keys.push_back("o'neill");
  for (size_t i = 0; i < keys.size(); ++i) {
    table.Add(keys[i], static_cast<uint16_t>(1u << (i % 16)));
  }
  table.Add("ABC", 1u << 15);  // ORed into "abc"
  table.Freeze();
  for (size_t i = 0; i < keys.size(); ++i) {
    const uint16_t want =
        static_cast<uint16_t>((1u << (i % 16)) | (keys[i] == "abc" ? 1u << 15 : 0));
    EXPECT_EQ(table.Find(keys[i]), want) << keys[i];
    std::string upper = keys[i];
    for (char& c : upper) c = absl::ascii_toupper(static_cast<unsigned char>(c));
    EXPECT_EQ(table.Find(upper), want) << upper;
    // The same length, one byte changed at the start, the middle, the end.
    for (size_t at : {size_t{0}, keys[i].size() / 2, keys[i].size() - 1}) {
      std::string other = keys[i];
      other[at] = other[at] == 'z' ? 'y' : 'z';
      if (other == keys[i] || std::count(keys.begin(), keys.end(), other) > 0) continue;
      EXPECT_EQ(table.Find(other), 0) << other;
    }
    // A longer word is another word.
    EXPECT_EQ(table.Find(keys[i] + "!"), 0) << keys[i] << "!";
  }
  EXPECT_EQ(table.Find("\u00c9LYS\u00c9E"), 0);  // only ASCII letters fold
  EXPECT_EQ(table.Find("\u00e9LYS\u00e9E"), table.Find("\u00e9lys\u00e9e"));
  EXPECT_EQ(table.Find(""), 0);
  EXPECT_EQ(table.Find("O'NEILL"), table.Find("o'neill"));
  EXPECT_NE(table.Find("o'neill"), 0);
}

TEST(WordClassTableTest, FindsNothingBeforeFreeze) {
  WordClassTable table;
  table.Add("said", 1);
  EXPECT_EQ(table.Find("said"), 0);
  table.Freeze();
  EXPECT_EQ(table.Find("Said"), 1);
}

// Tokenize reads a WordClassTable's lower-cased slots directly: a table of
// keys as written must not reach it, and converts to no WordClassTable.
static_assert(!std::is_convertible_v<const ExactWordClassTable*, const WordClassTable*>,
              "an exact table is no WordClassTable");
static_assert(!std::is_convertible_v<const ExactWordClassTable&, const WordClassTable&>,
              "an exact table is no WordClassTable");

TEST(WordClassTableTest, ExactFindsKeysOnlyAsWritten) {
  ExactWordClassTable table;
  const std::vector<std::string> keys = {"Mary", "mary", "ICESCO",
                                         "Directorate-General", ""};
  for (size_t i = 0; i < keys.size(); ++i) {
    table.Add(keys[i], static_cast<uint16_t>(1u << i));
  }
  table.Add("Mary", 1u << 15);  // ORed into "Mary" alone
  table.Freeze();
  EXPECT_EQ(table.Find("Mary"), (1u << 0) | (1u << 15));
  EXPECT_EQ(table.Find("mary"), 1u << 1);
  EXPECT_EQ(table.Find("MARY"), 0);
  EXPECT_EQ(table.Find("ICESCO"), 1u << 2);
  EXPECT_EQ(table.Find("Icesco"), 0);
  EXPECT_EQ(table.Find("Directorate-General"), 1u << 3);  // a long key
  EXPECT_EQ(table.Find("directorate-general"), 0);
  EXPECT_EQ(table.Find(""), 1u << 4);  // as a set of the words would have it
  EXPECT_EQ(table.Find("Marya"), 0);
}

// Built at compile time from IsAsciiWordByte (constexpr), the table agrees
// with it on every byte: letters, digits and '_' in ASCII only.
static_assert(IsAsciiWordByte('a') && IsAsciiWordByte('Z') && IsAsciiWordByte('7') &&
                  IsAsciiWordByte('_') && !IsAsciiWordByte('-') && !IsAsciiWordByte(0xC3),
              "IsAsciiWordByte is constexpr");
TEST(AsciiWordBytesTest, TableIsIsAsciiWordByteOfEveryByte) {
  int words = 0;
  for (int c = 0; c < 256; ++c) {
    const bool word = IsAsciiWordByte(static_cast<unsigned char>(c));
    EXPECT_EQ(kAsciiWordBytes[c], word) << c;
    EXPECT_EQ(word, absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '_') << c;
    words += word;
  }
  EXPECT_EQ(words, 26 + 26 + 10 + 1);
}

TEST(TokenizeTest, ManyTrailingMarksKeepTheirOrder) {
  // More than the eight trailing marks peeled at once: the rest stays on
  // the word, and no byte is lost.
  const std::string text = "word.)\u201d\u2019)]:;,?!";
  std::string rebuilt;
  for (const Token& t : All(text)) rebuilt += std::string(t.text);
  EXPECT_EQ(rebuilt, text);
}

// The validator skips ASCII eight bytes at a time: a bad byte anywhere in or
// after such a run is still found at its offset.
TEST(ValidateUtf8Test, FindsTheFirstBadByteAtAnyOffset) {
  for (size_t at = 0; at < 20; ++at) {
    for (const char* bad : {"\xff", "\xc3", "\xe2\x80", "\xc0\xaf", "\xed\xa0\x80"}) {
      std::string text(at, 'a');
      text += bad;
      text += "tail text";
      const absl::Status status = ValidateUtf8(text);
      ASSERT_FALSE(status.ok()) << at;
      EXPECT_NE(status.message().find("at byte " + std::to_string(at) + ":"),
                absl::string_view::npos)
          << status;
    }
    const std::string good = std::string(at, 'a') + "\u00e9\u201c\U0001F600" +
                             std::string(at, 'b');
    EXPECT_TRUE(ValidateUtf8(good).ok()) << at;
  }
}

// Cue forms' first runs of word characters are a word class: the attributor
// runs its cue pattern anchored only there.
TEST(NameModelTest, CueStartsAreFirstWordRunsInAnyCase) {
  const NameModel model(v1::Lexicon(),
                        {"said", "pointed out", "re-iterated", "according to"});
  std::vector<Token> t = All("SAID Said pointed out re-iterated According sai x");
  model.Annotate(&t);
  ASSERT_EQ(t.size(), 8u);
  for (int i : {0, 1, 2, 5}) EXPECT_TRUE(model.MayStartCue(t[i])) << i;
  for (int i : {3, 6, 7}) EXPECT_FALSE(model.MayStartCue(t[i])) << i;
  for (const char* yes : {"said", "SAID", "pointed", "re", "according"}) {
    EXPECT_TRUE(model.MayStartCue(absl::string_view(yes))) << yes;
  }
  for (const char* no : {"sai", "saidx", "out", "iterated", "", "to"}) {
    EXPECT_FALSE(model.MayStartCue(absl::string_view(no))) << no;
  }
}

// ForEachMatchAt finds ForEachMatch's matches when the candidates cover
// every match start: here every byte that can open a mark.
TEST(ForEachMatchAtTest, SameMatchesAsAScan) {
  const RE2 re("''|[\"'\u201c\u201d\u00ab]");
  auto next = [](absl::string_view text) {
    return [text](size_t pos, size_t to) {
      while (pos < to && text[pos] != '"' && text[pos] != '\'' &&
             static_cast<unsigned char>(text[pos]) < 0x80) {
        ++pos;
      }
      return pos;
    };
  };
  const std::string texts[] = {
      "",
      "no marks at all in this long enough line",
      "\"a\" ''b'' '''c \u201cd\u201d \u00abe\u00bb \u2014 \u00e9t\u00e9",
      "'''''''",
      "x\"",
  };
  for (const std::string& text : texts) {
    for (size_t from = 0; from <= text.size(); from += 3) {
      std::vector<std::pair<size_t, size_t>> scan, at;
      ForEachMatch(re, text, from, text.size(),
                   [&](size_t b, size_t e) { scan.emplace_back(b, e); });
      ForEachMatchAt(re, text, from, text.size(), next(text),
                     [&](size_t b, size_t e) { at.emplace_back(b, e); });
      EXPECT_EQ(at, scan) << text << " from " << from;
      if (from == 0 && text.find('"') != std::string::npos) {
        EXPECT_FALSE(at.empty()) << text;
      }
    }
  }
}

// WordAlternation finds RE2's anchored match of \b(?:words)\b at every
// position and every end of range, in both cases: the default lexicon's cue
// forms and words that overlap, in texts with the two letters beyond ASCII
// that fold onto 'k' and 's' (U+212A, U+017F) and marks next to words.
TEST(WordAlternationTest, SameMatchesAsRE2) {
  std::vector<std::string> words = {"according to", "According to", "Said", "Says",
                                    "took issue", "took", "spoke", "k", "s_1", "pointed out",
                                    "pointed", "re-iterated", "say so", "say", "said"};
  for (const v1::SpeechVerb& v : DefaultLexicon().speech_verbs()) {
    for (const std::string& f : v.forms()) words.push_back(f);
  }
  ASSERT_TRUE(WordAlternation::Supports(words));
  EXPECT_FALSE(WordAlternation::Supports({"said", "-said"}));
  EXPECT_FALSE(WordAlternation::Supports({"said", "d\u00e9clar\u00e9"}));
  EXPECT_FALSE(WordAlternation::Supports({""}));
  const std::string pattern = "\\b(?:" + AlternationOf(words) + ")\\b";
  const std::string texts[] = {
      "",
      "He said. She SAID, they Said: \u201cno\u201d, said\u201d x",
      "pointed out pointed outx pointed  out re-iterated re-iterated_ re",
      "according to According TO accordingto according to\u2019s",
      "took issue took issuex TOOK ISSUE took i\u017Fsue \u017Fpoke spo\u212Ae",
      "\u212A k K ak k_ s_1 S_1 s_12 \u017F_1 \u017f_1x",
      "say so, say sox, Say So; says\u2014said_ unsaid saidx said",
      "warned, WARNED that Warns \u00e9said said\u00e9 _said",
  };
  for (bool case_sensitive : {true, false}) {
    RE2::Options options;
    options.set_case_sensitive(case_sensitive);
    const RE2 re(pattern, options);
    ASSERT_TRUE(re.ok()) << re.error();
    const WordAlternation alternation(words, case_sensitive);
    int matches = 0;
    for (const std::string& text : texts) {
      const re2::StringPiece all(text);
      for (size_t pos = 0; pos <= text.size(); ++pos) {
        for (size_t limit : {text.size(), pos + 4, pos + 11, pos + 12}) {
          if (limit > text.size()) continue;
          re2::StringPiece m;
          const size_t want =
              re.Match(all, pos, limit, RE2::ANCHOR_START, &m, 1) ? m.size() : 0;
          EXPECT_EQ(alternation.MatchAt(text, pos, limit), want)
              << (case_sensitive ? "" : "(any case) ") << text << " at " << pos
              << " to " << limit;
          matches += want > 0;
        }
      }
    }
    EXPECT_GT(matches, 40);
  }
}

TEST(FoldCaseAsRe2Test, TheKeyIsWhatRE2MatchesInAnyCase) {
  EXPECT_EQ(FoldCaseAsRe2("La\u017Ft WEE\u212A"), "last week");
  EXPECT_EQ(FoldCaseAsRe2("THOU\u017FAND"), "thousand");
  // Beyond ASCII only the two folds onto ASCII letters are made.
  EXPECT_EQ(FoldCaseAsRe2("D\u00CDAS \u00e9t\u00c9"), "d\u00CDas \u00e9t\u00c9");
  EXPECT_EQ(FoldCaseAsRe2(""), "");
  EXPECT_EQ(FoldCaseAsRe2("\u212A\xe2\x84"), "k\xe2\x84");  // a cut sign is kept
  // A text matches its key in RE2's any-case matching, and the key is lower
  // case in ASCII: whatever RE2 matched the pattern's ASCII word with is
  // looked up as that word.
  const std::string texts[] = {"last week", "LAST Week", "la\u017Ft wee\u212A",
                               "\u212A\u017F\u212A", "s\u017FS", "5\u212Ag",
                               "caf\u00e9 CAF\u00c9"};
  RE2::Options any_case;
  any_case.set_case_sensitive(false);
  for (const std::string& text : texts) {
    const std::string key = FoldCaseAsRe2(text);
    const RE2 re(RE2::QuoteMeta(key), any_case);
    ASSERT_TRUE(re.ok()) << text;
    EXPECT_TRUE(RE2::FullMatch(text, re)) << text;
    for (char c : key) {
      EXPECT_FALSE(absl::ascii_isupper(static_cast<unsigned char>(c))) << text;
    }
  }
}

// Word classes come from the lexicon, in any letter case, with or without
// the final stop as the list writes it.
TEST(NameModelTest, AnnotateReadsTheWordLists) {
  v1::Lexicon lexicon;
  lexicon.add_title_words("minister");
  lexicon.add_title_words("Gen.");
  lexicon.add_honorifics("Mr.");
  lexicon.add_name_particles("de");
  lexicon.add_group_nouns("the police");
  lexicon.add_cue_adverbs("also");
  const NameModel model(lexicon);
  std::vector<Token> t =
      All("Minister MINISTER Gen. Gen Mr Mr. de De Police also ALSO Ilham minister.");
  model.Annotate(&t);
  ASSERT_EQ(t.size(), 14u);
  EXPECT_TRUE(model.IsTitleWord(t[0]));
  EXPECT_TRUE(model.IsTitleWord(t[1]));
  EXPECT_TRUE(model.IsTitleWord(t[2]));   // "Gen." as listed
  EXPECT_FALSE(model.IsTitleWord(t[3]));  // "Gen" without the listed stop
  EXPECT_FALSE(model.IsNameToken(t[4]));  // honorific, stop or not
  EXPECT_FALSE(model.IsNameToken(t[5]));
  EXPECT_FALSE(model.IsNameToken(t[0]));  // title words are never names
  EXPECT_TRUE(model.IsNameToken(t[11]));  // "Ilham"
  EXPECT_FALSE(model.IsTitleWord(t[11]));
  EXPECT_TRUE(model.IsGroupNoun(t[8]));   // last word of "the police"
  EXPECT_FALSE(model.IsGroupNoun(t[6]));
  EXPECT_TRUE(model.IsCueAdverb(t[9]));
  EXPECT_TRUE(model.IsCueAdverb(t[10]));  // "ALSO"
  EXPECT_FALSE(model.IsCueAdverb(t[8]));
  EXPECT_TRUE(model.IsTitleWord(t[12]));  // "minister" before the final "."
  EXPECT_EQ(t[13].text, ".");
  EXPECT_EQ(t[13].lex, 0);
}

// NameModel::Tokenize looks the words up inside the tokenizer: the tokens
// and classes are Tokenize's and Annotate's, on texts that take both of the
// tokenizer's paths (words of up to 15 letters before a space, a comma or a
// stop, and the others) at every range.
TEST(NameModelTest, TokenizeIsTokenizeThenAnnotate) {
  const NameModel model(DefaultLexicon(), {"said", "according to"});
  const std::string texts[] = {
      "The minister SAID, Mr. Smith told reporters. President Ilham Aliyev "
      "and Ms Jones, R-Del., said on Monday.",
      "\u201cWe will,\u201d said al-Sisi (ICESCO) U.S. Gen. Sept. 12 ABCDEFGHIJKLMNO "
      "abcdefghijklmnopq Internationally Extraordinarily, they said. x",
      "   Police Jr. III Queen King, II. Burger King said\u00a0Monday\u3000ok",
  };
  for (const std::string& text : texts) {
    for (size_t begin = 0; begin <= text.size(); begin += 7) {
      const TextSpan range = {begin, text.size()};
      std::vector<Token> want = Tokenize(text, range);
      model.Annotate(&want);
      const std::vector<Token> got = model.Tokenize(text, range);
      ASSERT_EQ(got.size(), want.size()) << text << " from " << begin;
      for (size_t i = 0; i < got.size(); ++i) {
        EXPECT_EQ(got[i].text, want[i].text) << text << " from " << begin;
        EXPECT_EQ(got[i].lex, want[i].lex) << got[i].text;
        EXPECT_EQ(got[i].capitalized, want[i].capitalized) << got[i].text;
        EXPECT_EQ(got[i].lower, want[i].lower) << got[i].text;
      }
    }
  }
}

TEST(NameModelTest, UnannotatedTokensHaveNoClasses) {
  const NameModel model(DefaultLexicon());
  const std::vector<Token> t = All("President");
  EXPECT_FALSE(model.IsTitleWord(t[0]));  // Annotate was not called
}

// The scans that read 8, 16 or 32 bytes at a time (the tokenizer's fast
// path, the quote-mark and sentence-mark searches) must find the same
// things wherever a chunk boundary falls and never look past the range they
// are given. Each text is shifted by 0 to 47 bytes of filler, ASCII or
// two-byte UTF-8 (whose lead byte C3 starts no mark).
std::string Shifted(int pad, bool accented, absl::string_view tail) {
  std::string s;
  for (int i = 0; i < pad; ++i) s += accented ? "\xc3\xa9" : "x";
  if (pad > 0) s += " ";
  s.append(tail.data(), tail.size());
  return s;
}

TEST(ChunkedScanTest, QuoteMarksAtEveryOffset) {
  for (bool accented : {false, true}) {
    for (int pad = 0; pad < 48; ++pad) {
      const std::string text = Shifted(
          pad, accented, "He said \xe2\x80\x9cyes\xe2\x80\x9d and \"maybe\"");
      const std::vector<MarkedQuote> q = FindMarkedQuotes(text, {{0, text.size()}});
      ASSERT_EQ(q.size(), 2u) << text;
      EXPECT_EQ(text.substr(q[0].content.begin, q[0].content.size()), "yes") << text;
      EXPECT_EQ(text.substr(q[1].content.begin, q[1].content.size()), "maybe") << text;
      // The closing mark is the paragraph's last byte: a paragraph cut one
      // byte short leaves the quote open.
      const std::vector<MarkedQuote> cut =
          FindMarkedQuotes(text, {{0, text.size() - 1}});
      ASSERT_EQ(cut.size(), 2u) << text;
      EXPECT_FALSE(cut[1].balanced) << text;
    }
  }
}

TEST(ChunkedScanTest, SentenceEndsAtEveryOffset) {
  for (bool accented : {false, true}) {
    for (int pad = 0; pad < 48; ++pad) {
      const std::string text = Shifted(pad, accented, "one. Two? Three!");
      const std::vector<TextSpan> s = SplitSentences(text, {0, text.size()});
      ASSERT_EQ(s.size(), 3u) << text;
      EXPECT_EQ(text.substr(s[1].begin, s[1].size()), "Two?") << text;
      EXPECT_EQ(text.substr(s[2].begin, s[2].size()), "Three!") << text;
    }
  }
}

// Tokenizing a range gives the tokens of that range alone, shifted: the
// bytes after it (a word going on, a stop, a space) change nothing.
TEST(ChunkedScanTest, TokenizeReadsOnlyItsRange) {
  const NameModel model(DefaultLexicon());
  const std::string text =
      "Officials said Smith, of Acme Corp., told reporters: \"We won't stop.\" "
      "Then Mr. Jones\xe2\x80\x94the mayor\xe2\x80\x94replied (briefly).";
  for (size_t begin = 0; begin < text.size(); begin += 3) {
    for (size_t end = begin; end <= text.size(); ++end) {
      const std::string alone = text.substr(begin, end - begin);
      const std::vector<Token> want = model.Tokenize(alone, {0, alone.size()});
      const std::vector<Token> got = model.Tokenize(text, {begin, end});
      ASSERT_EQ(got.size(), want.size()) << "[" << begin << ", " << end << ")";
      for (size_t i = 0; i < got.size(); ++i) {
        EXPECT_EQ(got[i].span().begin, want[i].span().begin + begin);
        EXPECT_EQ(got[i].text, want[i].text) << "[" << begin << ", " << end << ")";
        EXPECT_EQ(got[i].lex, want[i].lex) << got[i].text;
        EXPECT_EQ(got[i].punct, want[i].punct) << got[i].text;
      }
    }
  }
}

}  // namespace
}  // namespace internal
}  // namespace quotes
