// In-process tests of the gRPC service (service/server.h) and client
// (service/client.h): every RPC against a local quotes::Analyzer with the same
// options, and every error a caller can provoke.
#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <grpcpp/grpcpp.h>
#include <grpcpp/impl/client_unary_call.h>
#include <grpcpp/impl/codegen/sync_stream.h>
#include <grpcpp/impl/rpc_method.h>

#include "absl/strings/str_cat.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"
#include "proto/quotes_service.grpc.pb.h"
#include "proto/quotes_service.pb.h"
#include "quotes/analyzer.h"
#include "tests/grpc_test_util.h"
#include "service/client.h"
#include "service/server.h"

namespace factcheck {
namespace {

using google::protobuf::util::MessageDifferencer;
using quotes::v1::ArticleAnalysis;
using testing::ReadSeeds;
using testing::SeedArticle;

std::unique_ptr<QuoteServer> StartServer(ServerOptions options = {}) {
  absl::StatusOr<std::unique_ptr<QuoteServer>> server = QuoteServer::Start(options);
  EXPECT_TRUE(server.ok()) << server.status();
  return server.ok() ? *std::move(server) : nullptr;
}

std::unique_ptr<QuoteClient> ConnectTo(const QuoteServer& server,
                                       ClientOptions options = {}) {
  absl::StatusOr<std::unique_ptr<QuoteClient>> client =
      QuoteClient::Connect(server.address(), options);
  EXPECT_TRUE(client.ok()) << client.status();
  return client.ok() ? *std::move(client) : nullptr;
}

std::unique_ptr<quotes::Analyzer> LocalAnalyzer(const quotes::AnalyzerOptions& o) {
  auto analyzer = quotes::Analyzer::Create(o);
  EXPECT_TRUE(analyzer.ok()) << analyzer.status();
  return *std::move(analyzer);
}

// Sends raw bytes as the request of a unary method, bypassing the client's
// serialization: what a broken or hostile client could send.
grpc::Status CallRaw(const QuoteServer& server, const std::string& method,
                     const std::string& bytes) {
  auto channel = grpc::CreateChannel(server.address(),
                                     grpc::InsecureChannelCredentials());
  grpc::internal::RpcMethod rpc(method.c_str(), grpc::internal::RpcMethod::NORMAL_RPC);
  grpc::Slice slice(bytes);
  grpc::ByteBuffer request(&slice, 1), response;
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
  return grpc::internal::BlockingUnaryCall(channel.get(), rpc, &context, request,
                                           &response);
}

// An AnalyzeRequest whose Article.text (field 1 > field 9, both
// length-delimited) holds invalid UTF-8: valid wire format, invalid proto3.
std::string RequestWithInvalidUtf8() {
  const std::string text = "bad \xff\xfe bytes";
  std::string article = absl::StrCat("\x4a", std::string(1, char(text.size())), text);
  return absl::StrCat("\x0a", std::string(1, char(article.size())), article);
}

class GrpcServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    seeds_ = ReadSeeds();
    server_ = StartServer();
    ASSERT_NE(server_, nullptr);
    options_.analyzer.extract_claims = false;  // as `factcheck extract --claims=false`
    client_ = ConnectTo(*server_, options_);
    ASSERT_NE(client_, nullptr);
  }

  std::vector<SeedArticle> seeds_;
  ClientOptions options_;
  std::unique_ptr<QuoteServer> server_;
  std::unique_ptr<QuoteClient> client_;
};

TEST_F(GrpcServerTest, AnalyzeEqualsLocalAnalysis) {
  auto local = LocalAnalyzer(options_.analyzer);
  for (const SeedArticle& seed : seeds_) {
    absl::StatusOr<ArticleAnalysis> remote =
        client_->AnalyzeOrStatus(seed.text, seed.hints);
    ASSERT_TRUE(remote.ok()) << seed.hints.id() << ": " << remote.status();
    const ArticleAnalysis want = local->Analyze(seed.text, seed.hints);
    EXPECT_TRUE(MessageDifferencer::Equals(*remote, want)) << seed.hints.id();
    EXPECT_GT(remote->quotes_size(), 0) << seed.hints.id();
    EXPECT_EQ(remote->claims_size(), 0) << "extract_claims=false was not sent";
  }
}

TEST_F(GrpcServerTest, AnalyzeHonoursClaimsAndStrictnessOptions) {
  ClientOptions options;
  options.analyzer.extract_claims = true;
  options.analyzer.strictness = quotes::Strictness::kCertain;
  options.analyzer.include_text = false;
  auto client = ConnectTo(*server_, options);
  auto local = LocalAnalyzer(options.analyzer);
  for (const SeedArticle& seed : seeds_) {
    const ArticleAnalysis remote = client->Analyze(seed.text, seed.hints);
    EXPECT_TRUE(MessageDifferencer::Equals(remote, local->Analyze(seed.text, seed.hints)))
        << seed.hints.id();
    EXPECT_TRUE(remote.article().text().empty());
  }
}

TEST_F(GrpcServerTest, UnanalysableArticleIsAnErrorRecordNotAnRpcError) {
  auto local = LocalAnalyzer(options_.analyzer);
  quotes::v1::Article hints;
  hints.set_id("bad.txt");
  for (const std::string& text : {std::string("bad \xff\xfe bytes\n"),
                                 std::string("nul\0byte", 8), std::string()}) {
    absl::StatusOr<ArticleAnalysis> remote = client_->AnalyzeOrStatus(text, hints);
    ASSERT_TRUE(remote.ok()) << remote.status();
    EXPECT_TRUE(remote->has_error());
    EXPECT_EQ(remote->error().article_id(), "bad.txt");
    EXPECT_TRUE(MessageDifferencer::Equals(*remote, local->Analyze(text, hints)))
        << remote->DebugString();
  }
}

TEST_F(GrpcServerTest, AnalyzeStreamAnswersInOrder) {
  std::vector<quotes::v1::Article> articles;
  for (int round = 0; round < 3; ++round) {
    for (const SeedArticle& seed : seeds_) {
      quotes::v1::Article a = seed.hints;
      a.set_id(absl::StrCat(seed.hints.id(), "#", round));
      a.set_text(seed.text);
      articles.push_back(a);
    }
  }
  absl::StatusOr<std::vector<ArticleAnalysis>> remote = client_->AnalyzeStream(articles);
  ASSERT_TRUE(remote.ok()) << remote.status();
  ASSERT_EQ(remote->size(), articles.size());
  auto local = LocalAnalyzer(options_.analyzer);
  for (size_t i = 0; i < articles.size(); ++i) {
    quotes::v1::Article hints = articles[i];
    hints.clear_text();
    EXPECT_TRUE(MessageDifferencer::Equals(
        (*remote)[i], local->Analyze(articles[i].text(), hints)))
        << articles[i].id();
  }
  // An empty stream is fine too.
  remote = client_->AnalyzeStream({});
  ASSERT_TRUE(remote.ok()) << remote.status();
  EXPECT_TRUE(remote->empty());
}

TEST_F(GrpcServerTest, AnalyzeStreamRejectsBadMetadata) {
  auto channel = grpc::CreateChannel(server_->address(),
                                     grpc::InsecureChannelCredentials());
  auto stub = quotes::v1::QuoteService::NewStub(channel);
  grpc::ClientContext context;
  context.AddMetadata("quotes-strictness", "very");
  auto stream = stub->AnalyzeStream(&context);
  ArticleAnalysis out;
  EXPECT_FALSE(stream->Read(&out));
  grpc::Status s = stream->Finish();
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(s.error_message().find("quotes-strictness"), std::string::npos)
      << s.error_message();
}

TEST_F(GrpcServerTest, AnalyzeStreamRejectsAMalformedMessage) {
  auto channel = grpc::CreateChannel(server_->address(),
                                     grpc::InsecureChannelCredentials());
  grpc::internal::RpcMethod rpc("/quotes.v1.QuoteService/AnalyzeStream",
                                grpc::internal::RpcMethod::BIDI_STREAMING);
  grpc::ClientContext context;
  std::unique_ptr<grpc::ClientReaderWriter<grpc::ByteBuffer, grpc::ByteBuffer>> stream(
      grpc::internal::ClientReaderWriterFactory<grpc::ByteBuffer, grpc::ByteBuffer>::
          Create(channel.get(), rpc, &context));
  quotes::v1::Article good;
  good.set_id("good");
  good.set_text(seeds_[0].text);
  grpc::Slice good_slice(good.SerializeAsString());
  grpc::Slice bad_slice(std::string("\x0a\xff\xff\xff", 4));  // length runs off the end
  grpc::ByteBuffer good_bytes(&good_slice, 1), bad_bytes(&bad_slice, 1), out;
  ASSERT_TRUE(stream->Write(good_bytes));
  ASSERT_TRUE(stream->Read(&out));  // the good one is answered
  stream->Write(bad_bytes);
  EXPECT_FALSE(stream->Read(&out));
  stream->WritesDone();
  grpc::Status s = stream->Finish();
  EXPECT_EQ(s.error_code(), grpc::StatusCode::INVALID_ARGUMENT);
  EXPECT_NE(s.error_message().find("stream message #1"), std::string::npos)
      << s.error_message();
}

TEST_F(GrpcServerTest, CrossCheckEqualsLocalCrossCheck) {
  quotes::AnalyzerOptions options;  // as `factcheck check`: claims on
  options.include_text = false;
  auto local = LocalAnalyzer(options);
  std::vector<ArticleAnalysis> analyses;
  for (const SeedArticle& seed : seeds_) {
    analyses.push_back(local->Analyze(seed.text, seed.hints));
  }
  const quotes::v1::CrossCheckReport want = local->CrossCheck(analyses);
  EXPECT_EQ(want.articles(), 5);

  absl::StatusOr<quotes::v1::CrossCheckReport> remote = client_->CrossCheck(analyses);
  ASSERT_TRUE(remote.ok()) << remote.status();
  EXPECT_TRUE(MessageDifferencer::Equals(*remote, want)) << remote->DebugString();

  // The same from articles, analysed on the server.
  auto channel = grpc::CreateChannel(server_->address(),
                                     grpc::InsecureChannelCredentials());
  auto stub = quotes::v1::QuoteService::NewStub(channel);
  quotes::v1::CrossCheckRequest request;
  for (const SeedArticle& seed : seeds_) {
    quotes::v1::Article* a = request.add_articles();
    *a = seed.hints;
    a->set_text(seed.text);
  }
  grpc::ClientContext context;
  quotes::v1::CrossCheckReport from_articles;
  grpc::Status s = stub->CrossCheck(&context, request, &from_articles);
  ASSERT_TRUE(s.ok()) << s.error_message();
  EXPECT_TRUE(MessageDifferencer::Equals(from_articles, want));
}

// Each bad request gets its code and a message that says what was wrong.
struct BadRequestCase {
  const char* name;
  const char* method;
  std::string bytes;
  grpc::StatusCode code;
  const char* detail;
};

TEST_F(GrpcServerTest, BadRequestsGetInvalidArgumentWithADetail) {
  quotes::v1::AnalyzeRequest bad_lexicon;
  bad_lexicon.mutable_article()->set_text("Text.");
  bad_lexicon.mutable_options()->set_lexicon_text_proto("no_such_field: 1");
  quotes::v1::AnalyzeRequest bad_strictness;
  bad_strictness.mutable_article()->set_text("Text.");
  bad_strictness.mutable_options()->set_strictness(
      static_cast<quotes::v1::Strictness>(9));
  const std::vector<BadRequestCase> cases = {
      {"garbage", "/quotes.v1.QuoteService/Analyze", "\xff\xff\xff\xff\xff",
       grpc::StatusCode::INVALID_ARGUMENT, "not a valid quotes.v1.AnalyzeRequest"},
      {"invalid utf-8 in a string", "/quotes.v1.QuoteService/Analyze",
       RequestWithInvalidUtf8(), grpc::StatusCode::INVALID_ARGUMENT, "raw_text"},
      {"no article", "/quotes.v1.QuoteService/Analyze", "",
       grpc::StatusCode::INVALID_ARGUMENT, "article is missing"},
      {"bad lexicon", "/quotes.v1.QuoteService/Analyze",
       bad_lexicon.SerializeAsString(), grpc::StatusCode::INVALID_ARGUMENT,
       "options:"},
      {"bad strictness", "/quotes.v1.QuoteService/Analyze",
       bad_strictness.SerializeAsString(), grpc::StatusCode::INVALID_ARGUMENT,
       "strictness"},
      {"garbage cross-check", "/quotes.v1.QuoteService/CrossCheck", "\x12\x05xx",
       grpc::StatusCode::INVALID_ARGUMENT, "not a valid quotes.v1.CrossCheckRequest"},
      {"empty cross-check", "/quotes.v1.QuoteService/CrossCheck", "",
       grpc::StatusCode::INVALID_ARGUMENT, "no articles and no analyses"},
  };
  for (const BadRequestCase& c : cases) {
    grpc::Status s = CallRaw(*server_, c.method, c.bytes);
    EXPECT_EQ(s.error_code(), c.code) << c.name << ": " << s.error_message();
    EXPECT_NE(s.error_message().find(c.detail), std::string::npos)
        << c.name << ": " << s.error_message();
  }
  // And the server is still serving.
  EXPECT_TRUE(client_->CheckHealth().ok());
  EXPECT_FALSE(client_->Analyze(seeds_[0].text, seeds_[0].hints).has_error());
}

TEST(GrpcServerLimitsTest, OversizedRequestGetsResourceExhausted) {
  ServerOptions options;
  options.max_message_bytes = 1 << 20;
  auto server = StartServer(options);
  auto client = ConnectTo(*server);  // the client's own limit is 64 MB
  quotes::v1::Article hints;
  hints.set_id("big");
  const std::string big(2 << 20, 'a');
  absl::StatusOr<ArticleAnalysis> a = client->AnalyzeOrStatus(big, hints);
  EXPECT_EQ(a.status().code(), absl::StatusCode::kResourceExhausted) << a.status();
  EXPECT_FALSE(a.status().message().empty());
  // The CLI's form of the same failure is an error record naming the article.
  const ArticleAnalysis record = client->Analyze(big, hints);
  EXPECT_EQ(record.error().article_id(), "big");
  EXPECT_NE(record.error().message().find("RESOURCE_EXHAUSTED"), std::string::npos)
      << record.error().message();
  EXPECT_TRUE(client->CheckHealth().ok());
}

// More option sets than the server keeps: the least recently used analyzer
// is dropped and built again when asked for; no call is refused, however
// many lexicons the calls bring.
TEST(GrpcServerLimitsTest, MoreOptionSetsThanKeptAreNeverRefused) {
  ServerOptions options;
  options.max_analyzers = 2;  // the default one and one more
  auto server = StartServer(options);
  quotes::v1::Article hints;
  const std::string text = "\"We will rebuild,\" Mayor Paul Grant said.";
  absl::StatusOr<ArticleAnalysis> first;
  for (int i = 0; i < 20; ++i) {
    ClientOptions client;
    // Each call its own lexicon: a distinct option set every time.
    client.analyzer.lexicon_text_proto = absl::StrCat("agencies: \"Agency ", i, "\"");
    client.analyzer.strictness =
        i % 2 == 0 ? quotes::Strictness::kLikely : quotes::Strictness::kCertain;
    absl::StatusOr<ArticleAnalysis> a = ConnectTo(*server, client)->AnalyzeOrStatus(text, hints);
    ASSERT_TRUE(a.ok()) << "call " << i << ": " << a.status();
    EXPECT_EQ(a->quotes_size(), 1) << "call " << i;
  }
  // The defaults' analyzer was kept throughout and gives what it gave.
  absl::StatusOr<ArticleAnalysis> plain = ConnectTo(*server)->AnalyzeOrStatus(text, hints);
  ASSERT_TRUE(plain.ok()) << plain.status();
  EXPECT_EQ(plain->quotes_size(), 1);
}

TEST(GrpcServerLimitsTest, BadDefaultLexiconFailsStart) {
  ServerOptions options;
  options.defaults.lexicon_text_proto = "not a lexicon {";
  absl::StatusOr<std::unique_ptr<QuoteServer>> server = QuoteServer::Start(options);
  EXPECT_EQ(server.status().code(), absl::StatusCode::kInvalidArgument);
}

TEST(GrpcServerLimitsTest, PortInUseFailsStart) {
  auto first = StartServer();
  ServerOptions options;
  options.address = first->address();
  absl::StatusOr<std::unique_ptr<QuoteServer>> second = QuoteServer::Start(options);
  EXPECT_EQ(second.status().code(), absl::StatusCode::kUnavailable) << second.status();
}

TEST(GrpcServerDeadlineTest, DeadlineIsHonoured) {
  auto server = StartServer();
  // Many articles in one CrossCheck, a deadline far too short for them.
  quotes::v1::CrossCheckRequest request;
  const std::vector<SeedArticle> seeds = ReadSeeds();
  for (int i = 0; i < 4000; ++i) {
    quotes::v1::Article* a = request.add_articles();
    *a = seeds[i % seeds.size()].hints;
    a->set_text(seeds[i % seeds.size()].text);
  }
  auto channel = grpc::CreateChannel(server->address(),
                                     grpc::InsecureChannelCredentials());
  auto stub = quotes::v1::QuoteService::NewStub(channel);
  grpc::ClientContext context;
  context.set_deadline(std::chrono::system_clock::now() + std::chrono::milliseconds(200));
  quotes::v1::CrossCheckReport report;
  const auto start = std::chrono::steady_clock::now();
  grpc::Status s = stub->CrossCheck(&context, request, &report);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::DEADLINE_EXCEEDED) << s.error_message();
  // The server stops at the next article, not after all 4,000: a shutdown
  // right away does not wait for them.
  server->Shutdown(absl::Seconds(30));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  EXPECT_LT(server->articles(), 4000);
}

TEST(GrpcServerShutdownTest, InFlightCallFinishesOnShutdown) {
  auto server = StartServer();
  auto client = ConnectTo(*server);
  const std::vector<SeedArticle> seeds = ReadSeeds();
  std::vector<quotes::v1::Article> articles;
  for (int i = 0; i < 400; ++i) {
    quotes::v1::Article a = seeds[i % seeds.size()].hints;
    a.set_id(absl::StrCat("a", i));
    a.set_text(seeds[i % seeds.size()].text);
    articles.push_back(a);
  }
  const int64_t calls_before = server->calls();
  absl::StatusOr<std::vector<ArticleAnalysis>> result;
  std::thread call([&] { result = client->AnalyzeStream(articles); });
  // Wait until the stream is in flight and under way, then shut down.
  while (server->calls() == calls_before || server->articles() < 5) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  server->Shutdown(absl::Seconds(60));
  call.join();
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_EQ(result->size(), articles.size());
  // New calls are refused.
  ClientOptions quick;
  quick.connect_timeout = absl::Milliseconds(300);
  EXPECT_FALSE(QuoteClient::Connect(server->address(), quick).ok());
}

// An AnalyzeStream call left open after one article was sent and answered.
struct OpenStream {
  explicit OpenStream(const QuoteServer& server)
      : channel(grpc::CreateChannel(server.address(), grpc::InsecureChannelCredentials())),
        stub(quotes::v1::QuoteService::NewStub(channel)),
        stream(stub->AnalyzeStream(&context)) {
    quotes::v1::Article a;
    a.set_text("\"We did it,\" she said.");
    ArticleAnalysis out;
    EXPECT_TRUE(stream->Write(a));
    EXPECT_TRUE(stream->Read(&out));
  }
  std::shared_ptr<grpc::Channel> channel;
  std::unique_ptr<quotes::v1::QuoteService::Stub> stub;
  grpc::ClientContext context;
  std::unique_ptr<grpc::ClientReaderWriter<quotes::v1::Article, ArticleAnalysis>> stream;
};

// Shutdown refuses new calls at once, lets a call under way finish with its
// status delivered, and returns soon after it ends, not at the grace's end.
TEST(GrpcServerShutdownTest, DrainsCallsUnderWayAndRefusesNewOnes) {
  auto server = StartServer();
  OpenStream open(*server);
  auto& stream = open.stream;
  quotes::v1::Article a;
  ArticleAnalysis out;

  std::atomic<bool> returned{false};
  std::thread shutdown([&] {
    server->Shutdown(absl::Seconds(30));
    returned = true;
  });
  // A new call, on a connection of its own, is refused while the stream is
  // still open.
  auto other = grpc::CreateChannel(server->address(),
                                   grpc::InsecureChannelCredentials());
  auto other_stub = quotes::v1::QuoteService::NewStub(other);
  grpc::Status refused;
  for (int i = 0; i < 200; ++i) {
    grpc::ClientContext c;
    c.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
    quotes::v1::AnalyzeRequest request;
    request.mutable_article()->set_text("Nothing said here.");
    ArticleAnalysis response;
    refused = other_stub->Analyze(&c, request, &response);
    if (!refused.ok()) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  EXPECT_EQ(refused.error_code(), grpc::StatusCode::UNAVAILABLE);
  EXPECT_NE(refused.error_message().find("shutting down"), std::string::npos)
      << refused.error_message();
  EXPECT_FALSE(returned);

  // The stream under way goes on and ends normally.
  a.set_text("\"Again,\" he said.");
  ASSERT_TRUE(stream->Write(a));
  ASSERT_TRUE(stream->Read(&out));
  EXPECT_EQ(out.quotes_size(), 1);
  const auto closed = std::chrono::steady_clock::now();
  stream->WritesDone();
  EXPECT_TRUE(stream->Finish().ok());
  shutdown.join();
  EXPECT_LT(std::chrono::steady_clock::now() - closed, std::chrono::seconds(5));
}

TEST(GrpcServerShutdownTest, GraceEndsAStreamThatNeverCloses) {
  auto server = StartServer();
  OpenStream open(*server);
  auto& stream = open.stream;
  ArticleAnalysis out;
  // The client keeps the stream open; shutdown cancels it after the grace.
  const auto start = std::chrono::steady_clock::now();
  server->Shutdown(absl::Milliseconds(200));
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
  EXPECT_FALSE(stream->Read(&out));
  EXPECT_FALSE(stream->Finish().ok());
}

TEST(GrpcClientTest, ConnectFailsClearlyWhenNoServer) {
  auto server = StartServer();
  const std::string address = server->address();
  server.reset();  // nothing listens there now
  ClientOptions options;
  options.connect_timeout = absl::Milliseconds(300);
  absl::StatusOr<std::unique_ptr<QuoteClient>> client =
      QuoteClient::Connect(address, options);
  EXPECT_EQ(client.status().code(), absl::StatusCode::kUnavailable);
  EXPECT_NE(client.status().message().find(address), std::string::npos)
      << client.status();
}

}  // namespace
}  // namespace factcheck
