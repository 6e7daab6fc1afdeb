// Load test on loopback: 8 concurrent clients, each with its own connection,
// send 1,000 articles each (the seed articles, round robin) to one in-process
// server with unary Analyze calls, as `factcheck extract --server` does. Every
// call must succeed and equal the local analysis; the throughput is printed
// (bazel test --test_output=all //tests:grpc_load_test shows it).
#include <atomic>
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "quotes/analyzer.h"
#include "tests/grpc_test_util.h"
#include "service/client.h"
#include "service/server.h"

namespace factcheck {
namespace {

constexpr int kClients = 8;
constexpr int kArticlesPerClient = 1000;

TEST(GrpcLoadTest, EightClientsThousandArticlesEachWithoutErrors) {
  const std::vector<testing::SeedArticle> seeds = testing::ReadSeeds();
  ASSERT_FALSE(seeds.empty());
  ClientOptions options;
  options.analyzer.extract_claims = false;
  options.own_connection = true;
  // What each seed must come back as (ids aside, which differ per call).
  auto local = quotes::Analyzer::Create(options.analyzer);
  ASSERT_TRUE(local.ok());
  std::vector<quotes::v1::ArticleAnalysis> want;
  size_t seed_bytes = 0;
  for (const auto& seed : seeds) {
    want.push_back((*local)->Analyze(seed.text, seed.hints));
    seed_bytes += seed.text.size();
  }

  absl::StatusOr<std::unique_ptr<QuoteServer>> server = QuoteServer::Start({});
  ASSERT_TRUE(server.ok()) << server.status();
  std::vector<std::unique_ptr<QuoteClient>> clients;
  for (int c = 0; c < kClients; ++c) {
    auto client = QuoteClient::Connect((*server)->address(), options);
    ASSERT_TRUE(client.ok()) << client.status();
    clients.push_back(*std::move(client));
  }

  std::atomic<int> errors{0}, mismatches{0}, quotes{0};
  std::atomic<int64_t> bytes{0};
  std::vector<std::string> first_error(kClients);
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  for (int c = 0; c < kClients; ++c) {
    threads.emplace_back([&, c] {
      for (int i = 0; i < kArticlesPerClient; ++i) {
        const size_t k = (c + i) % seeds.size();
        quotes::v1::Article hints = seeds[k].hints;
        absl::StatusOr<quotes::v1::ArticleAnalysis> a =
            clients[c]->AnalyzeOrStatus(seeds[k].text, hints);
        if (!a.ok()) {
          errors.fetch_add(1);
          if (first_error[c].empty()) first_error[c] = std::string(a.status().message());
          continue;
        }
        if (!google::protobuf::util::MessageDifferencer::Equals(*a, want[k])) {
          mismatches.fetch_add(1);
        }
        quotes.fetch_add(a->quotes_size());
        bytes.fetch_add(seeds[k].text.size());
      }
    });
  }
  for (std::thread& t : threads) t.join();
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  (*server)->Shutdown(absl::Seconds(10));

  const int total = kClients * kArticlesPerClient;
  for (int c = 0; c < kClients; ++c) {
    EXPECT_TRUE(first_error[c].empty()) << "client " << c << ": " << first_error[c];
  }
  EXPECT_EQ(errors.load(), 0);
  EXPECT_EQ(mismatches.load(), 0);
  EXPECT_EQ((*server)->articles(), total);
  std::printf(
      "grpc load: %d clients x %d articles = %d calls in %.2f s: %.0f articles/s, "
      "%.2f MB/s of text, %d quotes, %d errors (seed texts %zu bytes)\n",
      kClients, kArticlesPerClient, total, secs, total / secs,
      bytes.load() / 1e6 / secs, quotes.load(), errors.load(), seed_bytes);
  RecordProperty("articles_per_second", static_cast<int>(total / secs));
}

}  // namespace
}  // namespace factcheck
