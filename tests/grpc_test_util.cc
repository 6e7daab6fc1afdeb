#include "tests/grpc_test_util.h"

#include "gtest/gtest.h"
#include "quotes/input_reader.h"

namespace factcheck {
namespace testing {

std::vector<SeedArticle> ReadSeeds() {
  std::vector<SeedArticle> seeds;
  quotes::InputReader reader({"tests/testdata/seeds/"}, quotes::InputFormat::kText);
  quotes::InputRecord record;
  while (reader.Next(&record)) {
    EXPECT_TRUE(record.status.ok()) << record.hints.id() << ": " << record.status;
    seeds.push_back({record.text, record.hints});
  }
  EXPECT_EQ(seeds.size(), 5u);
  return seeds;
}

}  // namespace testing
}  // namespace factcheck
