// Golden test: the five seed articles against their hand-labelled gold
// (tests/testdata/seeds/gold.jsonl, copied from the project's seed data).
// Quotes match as the project's scorer matches them: Dice >= 0.5 over word
// multisets, one to one.
#include <fstream>
#include <algorithm>
#include <map>
#include <tuple>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_replace.h"
#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "quotes/analyzer.h"

namespace quotes {
namespace {

using google::protobuf::Struct;
using google::protobuf::Value;

const char kDir[] = "tests/testdata/seeds/";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> Words(std::string s) {
  s = absl::StrReplaceAll(s, {{"\u2019", "'"}});
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    const unsigned char u = c;
    if (absl::ascii_isalnum(u) || c == '\'' || c == '_' || u >= 0x80) {
      cur.push_back(absl::ascii_tolower(u));
    } else if (!cur.empty()) {
      out.push_back(cur);
      cur.clear();
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

double Dice(const std::string& a, const std::string& b) {
  std::map<std::string, int> ca, cb;
  auto wa = Words(a), wb = Words(b);
  for (auto& w : wa) ++ca[w];
  for (auto& w : wb) ++cb[w];
  int inter = 0;
  for (auto& [w, n] : ca) inter += std::min(n, cb[w]);
  return wa.size() + wb.size() ? 2.0 * inter / (wa.size() + wb.size()) : 0;
}

bool NameOk(const std::string& predicted, const std::string& gold) {
  auto p = Words(predicted);
  for (const std::string& g : Words(gold)) {
    if (std::find(p.begin(), p.end(), g) == p.end()) return false;
  }
  return true;
}

std::string Str(const Struct& s, const std::string& key) {
  auto it = s.fields().find(key);
  return it == s.fields().end() ? "" : it->second.string_value();
}

struct Gold {
  Struct record;
};

std::vector<Struct> LoadGold() {
  std::vector<Struct> out;
  std::ifstream in(std::string(kDir) + "gold.jsonl");
  std::string line;
  while (std::getline(in, line)) {
    Struct s;
    EXPECT_TRUE(google::protobuf::util::JsonStringToMessage(line, &s).ok());
    out.push_back(s);
  }
  return out;
}

class SeedsTest : public ::testing::TestWithParam<int> {
 protected:
  static void SetUpTestSuite() {
    auto a = Analyzer::Create(AnalyzerOptions());
    ASSERT_TRUE(a.ok()) << a.status();
    analyzer_ = a->release();
    gold_ = new std::vector<Struct>(LoadGold());
  }
  static Analyzer* analyzer_;
  static std::vector<Struct>* gold_;
};
Analyzer* SeedsTest::analyzer_ = nullptr;
std::vector<Struct>* SeedsTest::gold_ = nullptr;

TEST_P(SeedsTest, MatchesGold) {
  ASSERT_EQ(gold_->size(), 5u);
  const Struct& g = (*gold_)[GetParam()];
  const std::string id = Str(g, "article");
  SCOPED_TRACE(id);
  v1::Article hints;
  hints.set_id(id);
  v1::ArticleAnalysis a = analyzer_->Analyze(ReadFile(kDir + id), hints);
  ASSERT_FALSE(a.has_error()) << a.error().message();

  // Metadata: each labelled field is contained in ours (as the scorer reads it).
  const Struct& meta = g.fields().at("metadata").struct_value();
  auto check = [&](const char* field, const std::string& got) {
    auto it = meta.fields().find(field);
    if (it == meta.fields().end() || it->second.has_null_value()) return;
    EXPECT_NE(absl::AsciiStrToLower(got).find(
                  absl::AsciiStrToLower(it->second.string_value())),
              std::string::npos)
        << field << ": got '" << got << "'";
  };
  check("date", a.article().date());
  check("source", a.article().source());
  check("dateline", a.article().dateline());
  check("headline", a.article().headline());
  check("distributor", a.article().distributor());
  check("author", a.article().authors_size() ? a.article().authors(0) : "");

  // Quotes: every gold quote found with its kind and speaker; nothing else
  // except optional ones; no title reported.
  // Pairs are taken best first, one to one, as the scorer takes them.
  std::vector<Struct> gold_quotes;
  for (const Value& v : g.fields().at("quotes").list_value().values()) {
    gold_quotes.push_back(v.struct_value());
  }
  std::vector<std::tuple<double, int, int>> pairs;
  for (int i = 0; i < a.quotes_size(); ++i) {
    for (int j = 0; j < static_cast<int>(gold_quotes.size()); ++j) {
      const double d = Dice(a.quotes(i).text(), Str(gold_quotes[j], "text"));
      if (d >= 0.5) pairs.emplace_back(d, i, j);
    }
  }
  std::sort(pairs.rbegin(), pairs.rend());
  std::vector<bool> used(a.quotes_size(), false);
  std::vector<int> match(gold_quotes.size(), -1);
  for (const auto& [d, i, j] : pairs) {
    if (used[i] || match[j] >= 0) continue;
    used[i] = true;
    match[j] = i;
  }
  for (size_t j = 0; j < gold_quotes.size(); ++j) {
    const Struct& q = gold_quotes[j];
    const bool optional = q.fields().count("optional") &&
                          q.fields().at("optional").bool_value();
    if (match[j] < 0) {
      EXPECT_TRUE(optional) << "missed: " << Str(q, "text");
      continue;
    }
    if (optional) continue;
    const v1::Quote& got = a.quotes(match[j]);
    EXPECT_EQ(got.kind() == v1::DIRECT, Str(q, "kind") == "direct") << got.text();
    EXPECT_TRUE(NameOk(got.speaker().name(), Str(q, "speaker")))
        << "speaker of '" << got.text() << "': got '" << got.speaker().name()
        << "', want '" << Str(q, "speaker") << "'";
    EXPECT_EQ(a.article().text().substr(got.span().begin(),
                                        got.span().end() - got.span().begin()),
              got.text())
        << "span must slice the quoted bytes";
  }
  for (int i = 0; i < a.quotes_size(); ++i) {
    EXPECT_TRUE(used[i]) << "spurious quote: " << a.quotes(i).text();
  }
}

INSTANTIATE_TEST_SUITE_P(Seeds, SeedsTest, ::testing::Range(0, 5));

}  // namespace
}  // namespace quotes
