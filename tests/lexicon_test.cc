// The built-in lexicon is embedded in the binary wire format at build time:
// it must hold exactly what quotes/data/default_lexicon.textproto says.
#include "quotes/lexicon.h"

#include <fstream>
#include <sstream>
#include <string>

#include "gtest/gtest.h"

namespace quotes {
namespace {

std::string ReadSource() {
  std::ifstream in("quotes/data/default_lexicon.textproto");
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

TEST(LexiconTest, EmbeddedBytesEqualTheTextSource) {
  const std::string source = ReadSource();
  ASSERT_FALSE(source.empty());
  absl::StatusOr<v1::Lexicon> parsed = ParseLexicon(source);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(DefaultLexicon().SerializeAsString(), parsed->SerializeAsString());
  EXPECT_GT(DefaultLexicon().speech_verbs_size(), 10);
  EXPECT_GT(DefaultLexicon().title_words_size(), 10);
}

TEST(LexiconTest, MalformedTextNamesTheLine) {
  absl::StatusOr<v1::Lexicon> parsed =
      ParseLexicon("title_words: \"a\"\nno_such_field: 1\n");
  ASSERT_FALSE(parsed.ok());
  EXPECT_NE(parsed.status().message().find("line 2"), absl::string_view::npos)
      << parsed.status();
}

}  // namespace
}  // namespace quotes
