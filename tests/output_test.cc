// factcheck's JSON printing: PrintJson, which prints into a stream, gives
// the bytes of protobuf's MessageToJsonString, which json and jsonl printed
// before, for records and reports, with and without whitespace.
#include "tools/output.h"

#include <sstream>
#include <string>

#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"
#include "proto/quotes.pb.h"

namespace factcheck {
namespace {

struct JsonCase {
  const char* name;
  bool whitespace;
};

std::ostream& operator<<(std::ostream& os, const JsonCase& c) { return os << c.name; }

class PrintJsonTest : public ::testing::TestWithParam<JsonCase> {};

quotes::v1::ArticleAnalysis SampleAnalysis() {
  quotes::v1::ArticleAnalysis a;
  a.mutable_article()->set_id("harbour-1");
  a.mutable_article()->set_text("\u201cWe will reopen,\u201d Mayor Jane Doe said.\n\tTabs \\ \"marks\"");
  quotes::v1::Quote* q = a.add_quotes();
  q->set_text("We will reopen,");
  q->mutable_span()->set_begin(3);
  q->mutable_span()->set_end(18);
  q->mutable_speaker()->set_name("Jane Doe");
  a.add_limits("claims: at most 4096 an article");
  return a;
}

TEST_P(PrintJsonTest, EqualsMessageToJsonString) {
  const JsonCase& c = GetParam();
  quotes::v1::CrossCheckReport report;
  report.add_findings()->set_measure("schools");
  const quotes::v1::ArticleAnalysis sample = SampleAnalysis();
  const quotes::v1::ArticleAnalysis empty;  // every field at its default
  const google::protobuf::Message* messages[] = {&sample, &empty, &report};
  for (const google::protobuf::Message* m : messages) {
    std::string want;
    ASSERT_TRUE(
        google::protobuf::util::MessageToJsonString(*m, &want, JsonOptions(c.whitespace)).ok());
    std::string got = "kept";
    {
      google::protobuf::io::StringOutputStream stream(&got);
      PrintJson(*m, c.whitespace, &stream);
    }
    EXPECT_EQ(got, "kept" + want) << c.name << ": " << m->GetDescriptor()->full_name();
  }
}

// MessageWriter prints json as an array of the records and jsonl a line
// each, in those bytes.
TEST_P(PrintJsonTest, WriterFramesTheRecords) {
  const JsonCase& c = GetParam();
  const quotes::v1::ArticleAnalysis records[] = {SampleAnalysis(), quotes::v1::ArticleAnalysis()};
  std::ostringstream out;
  MessageWriter writer(&out, c.whitespace ? OutputFormat::kJson : OutputFormat::kJsonl);
  std::string want;
  for (const quotes::v1::ArticleAnalysis& a : records) {
    ASSERT_TRUE(writer.Write(a));
    std::string json;
    ASSERT_TRUE(
        google::protobuf::util::MessageToJsonString(a, &json, JsonOptions(c.whitespace)).ok());
    want += c.whitespace ? (want.empty() ? "[\n" : ",\n") + json : json + "\n";
  }
  ASSERT_TRUE(writer.Finish());
  if (c.whitespace) want += "\n]\n";
  EXPECT_EQ(out.str(), want) << c.name;
}

INSTANTIATE_TEST_SUITE_P(Options, PrintJsonTest,
                         ::testing::Values(JsonCase{"json", true}, JsonCase{"jsonl", false}),
                         [](const ::testing::TestParamInfo<JsonCase>& info) {
                           return info.param.name;
                         });

}  // namespace
}  // namespace factcheck
