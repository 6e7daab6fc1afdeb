// Shared by the gRPC tests: the seed articles as the CLI reads them.
#ifndef TESTS_GRPC_TEST_UTIL_H_
#define TESTS_GRPC_TEST_UTIL_H_

#include <string>
#include <vector>

#include "proto/quotes.pb.h"

namespace factcheck {
namespace testing {

// The five seed articles (tests/testdata/seeds/*.txt), read by
// quotes::InputReader as `factcheck extract` reads them: text, and hints with
// the file's id. Fails the test (and returns none) when they are missing.
struct SeedArticle {
  std::string text;
  quotes::v1::Article hints;
};
std::vector<SeedArticle> ReadSeeds();

}  // namespace testing
}  // namespace factcheck

#endif  // TESTS_GRPC_TEST_UTIL_H_
