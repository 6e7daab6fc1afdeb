// Tests of CrossCheckInput and CrossCheckCollected (the compact records the
// cross-check keeps instead of the analyses): a kept claim is made back byte
// for byte, whatever fields it has set (every field of v1::Claim, found by
// reflection, so that a field added later is covered too); claims no check
// compares are counted but not kept; the pool keeps each string once; and
// the findings made one at a time are those of CrossCheckClaims.
#include "quotes/crosscheck/cross_check_input.h"

#include <algorithm>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/message.h"
#include "google/protobuf/unknown_field_set.h"
#include "gtest/gtest.h"
#include "quotes/analyzer.h"
#include "quotes/crosscheck/cross_check.h"

namespace quotes {
namespace {

using google::protobuf::FieldDescriptor;
using google::protobuf::Message;
using internal::CrossCheckInput;

// Sets every field of `m` (and of its messages) to a value that is not the
// default, the same for the same `seed`; repeated fields get two values, one
// of them the default.
void FillEveryField(Message* m, int seed) {
  const auto* d = m->GetDescriptor();
  const auto* r = m->GetReflection();
  for (int i = 0; i < d->field_count(); ++i) {
    const FieldDescriptor* f = d->field(i);
    const std::string text = absl::StrCat(f->name(), " ", seed);
    switch (f->cpp_type()) {
      case FieldDescriptor::CPPTYPE_STRING:
        if (f->is_repeated()) {
          r->AddString(m, f, text);
          r->AddString(m, f, "");
        } else {
          r->SetString(m, f, text);
        }
        break;
      case FieldDescriptor::CPPTYPE_MESSAGE:
        ASSERT_FALSE(f->is_repeated()) << f->full_name();
        FillEveryField(r->MutableMessage(m, f), seed + i);
        break;
      case FieldDescriptor::CPPTYPE_BOOL:
        ASSERT_FALSE(f->is_repeated()) << f->full_name();
        r->SetBool(m, f, true);
        break;
      case FieldDescriptor::CPPTYPE_ENUM:
        ASSERT_FALSE(f->is_repeated()) << f->full_name();
        r->SetEnumValue(m, f, f->enum_type()->value(f->enum_type()->value_count() - 1)->number());
        break;
      case FieldDescriptor::CPPTYPE_UINT32:
        ASSERT_FALSE(f->is_repeated()) << f->full_name();
        r->SetUInt32(m, f, 7 + seed + i);
        break;
      case FieldDescriptor::CPPTYPE_DOUBLE:
        ASSERT_FALSE(f->is_repeated()) << f->full_name();
        r->SetDouble(m, f, 1.5 + seed + i);
        break;
      default:
        FAIL() << f->full_name() << ": a field type this test does not fill";
    }
  }
}

struct KeptCase {
  std::string name;
  v1::ClaimType type;
};

std::ostream& operator<<(std::ostream& os, const KeptCase& c) { return os << c.name; }

class KeptClaimTest : public testing::TestWithParam<KeptCase> {};

TEST_P(KeptClaimTest, MadeBackByteForByte) {
  const KeptCase& c = GetParam();
  v1::ArticleAnalysis a;
  a.mutable_article()->set_id("a1");
  v1::Claim whole;
  FillEveryField(&whole, 1);
  whole.set_type(c.type);
  // A field this code does not know (a newer writer's) comes back too.
  whole.GetReflection()->MutableUnknownFields(&whole)->AddVarint(999, 42);
  *a.add_claims() = whole;
  // A second claim of the same article sharing the strings: kept apart.
  v1::Claim other = whole;
  other.set_id("second");
  other.mutable_span()->set_begin(99);
  other.clear_context();
  *a.add_claims() = other;
  ASSERT_TRUE(internal::MayBeCompared(whole)) << c;

  CrossCheckInput input;
  input.Add(a);
  ASSERT_EQ(input.claims().size(), 2u) << c;
  EXPECT_EQ(input.claim_count(), 2) << c;
  EXPECT_EQ(input.MakeClaim(0).SerializeAsString(), whole.SerializeAsString())
      << c << ":\n" << input.MakeClaim(0).DebugString() << "\nwanted:\n" << whole.DebugString();
  EXPECT_EQ(input.MakeClaim(1).SerializeAsString(), other.SerializeAsString())
      << c << ":\n" << input.MakeClaim(1).DebugString() << "\nwanted:\n" << other.DebugString();
  // A claim with nothing set but its type comes back as that.
  v1::ArticleAnalysis bare;
  bare.mutable_article()->set_id("a2");
  bare.add_claims()->set_type(v1::NAME);
  input.Add(bare);
  ASSERT_EQ(input.claims().size(), 3u) << c;
  EXPECT_EQ(input.MakeClaim(2).SerializeAsString(), bare.claims(0).SerializeAsString()) << c;
}

INSTANTIATE_TEST_SUITE_P(
    EveryComparedType, KeptClaimTest,
    testing::Values(KeptCase{"quantity", v1::QUANTITY}, KeptCase{"date", v1::DATE},
                    KeptCase{"ordinal", v1::ORDINAL}, KeptCase{"name", v1::NAME}),
    [](const testing::TestParamInfo<KeptCase>& info) { return info.param.name; });

TEST(CrossCheckInputTest, UncomparedClaimsAreCountedNotKept) {
  v1::ArticleAnalysis a;
  a.mutable_article()->set_id("a1");
  v1::Claim* no_measure = a.add_claims();  // a figure of nothing
  no_measure->set_type(v1::QUANTITY);
  no_measure->set_sentence("Five were seen.");
  no_measure->mutable_sentence_span()->set_begin(0);
  v1::Claim* undated = a.add_claims();  // a date with no value
  undated->set_type(v1::DATE);
  undated->set_sentence("Five were seen.");
  undated->mutable_sentence_span()->set_begin(0);
  v1::Claim* measured = a.add_claims();
  measured->set_type(v1::QUANTITY);
  measured->set_measure("people");
  measured->set_sentence("Six people came.");
  measured->mutable_sentence_span()->set_begin(20);
  CrossCheckInput input;
  input.Add(a);
  v1::ArticleAnalysis failed;
  failed.mutable_error()->set_message("unreadable");
  *failed.add_claims() = *measured;
  input.Add(failed);
  EXPECT_EQ(input.analyses(), 2);
  EXPECT_EQ(input.claim_count(), 3);  // the failed analysis's claim is not counted
  ASSERT_EQ(input.claims().size(), 1u);
  EXPECT_EQ(input.MakeClaim(0).measure(), "people");
  ASSERT_EQ(input.articles().size(), 1u);
  // One sentence per sentence start, for the near-copy sketch.
  const CrossCheckInput::Article& art = input.articles()[0];
  ASSERT_EQ(art.sentences_end - art.sentences_begin, 2u);
  EXPECT_EQ(input.str(input.id(art.sentences_begin)), "Five were seen.");
  EXPECT_EQ(input.str(input.id(art.sentences_begin + 1)), "Six people came.");
}

TEST(StringPoolTest, EachStringOnceAndViewsStay) {
  internal::StringPool pool;
  EXPECT_EQ(pool.Intern(""), 0u);
  std::vector<std::string> strings;
  for (int i = 0; i < 5000; ++i) {
    // Short ones, and some longer than a chunk's quarter.
    strings.push_back(i % 500 == 0 ? std::string(70000 + i, 'x') : absl::StrCat("word ", i));
  }
  std::vector<uint32_t> ids;
  for (const std::string& s : strings) ids.push_back(pool.Intern(s));
  for (size_t i = 0; i < strings.size(); ++i) {
    EXPECT_EQ(pool.Intern(strings[i]), ids[i]) << i;
    EXPECT_EQ(pool[ids[i]], strings[i]) << i;
  }
  std::vector<uint32_t> sorted = ids;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_TRUE(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());
}

const Analyzer& TheAnalyzer() {
  static const Analyzer* const analyzer = [] {
    AnalyzerOptions options;
    options.extract_claims = true;
    return Analyzer::Create(options).value().release();
  }();
  return *analyzer;
}

v1::ArticleAnalysis Article(const std::string& id, const std::string& source,
                            const std::string& text) {
  v1::Article hints;
  hints.set_id(id);
  hints.set_source(source);
  hints.set_date("2019-05-14");
  hints.set_headline("Warehouse fire in Dunmore");
  hints.set_url(absl::StrCat("https://example.com/", id));
  return TheAnalyzer().Analyze(text, hints);
}

TEST(CrossCheckCollectedTest, FindingsOneAtATimeAreTheReportsInAnyOrder) {
  std::vector<v1::ArticleAnalysis> analyses = {
      Article("b-herald", "Herald",
              "A fire at a warehouse in Dunmore killed 12 people on Monday. The "
              "Dunmore Fire Department (DFD) said 40 firefighters fought the blaze. "
              "Fire chief Anna Novak said: \"We have never seen a fire spread this "
              "fast in an old building like that one.\""),
      Article("a-courier", "Courier",
              "Twelve people died when fire swept through a Dunmore warehouse on "
              "Monday. The Dunmore Fire Department (DFD) sent 45 firefighters. "
              "Deputy chief Anna Novak said: \"We have never seen a fire spread this "
              "fast in an old building like this.\""),
      Article("c-post", "Post",
              "A Dunmore warehouse fire on Monday killed 13 people, police said. "
              "Dunmore Fire Dept. (DFD) crews were at the scene for six hours."),
  };
  const v1::CrossCheckReport expected = internal::CrossCheckClaims(analyses);
  ASSERT_GE(expected.findings_size(), 2);
  for (bool reversed : {false, true}) {
    CrossCheckInput input;
    std::vector<v1::ArticleAnalysis> copies = analyses;
    if (reversed) std::reverse(copies.begin(), copies.end());
    for (const v1::ArticleAnalysis& a : copies) input.Add(a);
    copies.clear();  // the result needs none of them
    const internal::CrossCheckResult result = internal::CrossCheckCollected(std::move(input));
    ASSERT_EQ(result.findings_size(), static_cast<size_t>(expected.findings_size()));
    for (size_t i = 0; i < result.findings_size(); ++i) {
      const v1::Finding f = result.finding(i);
      EXPECT_EQ(f.SerializeAsString(), expected.findings(i).SerializeAsString())
          << "finding " << i << (reversed ? " (input reversed)" : "") << ":\n"
          << f.DebugString();
      EXPECT_EQ(result.verdict(i), expected.findings(i).verdict()) << i;
    }
    v1::CrossCheckReport summary = expected;
    summary.clear_findings();
    EXPECT_EQ(result.summary().SerializeAsString(), summary.SerializeAsString());
    EXPECT_EQ(result.ToReport().SerializeAsString(), expected.SerializeAsString());
  }
}

}  // namespace
}  // namespace quotes
