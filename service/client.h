// QuoteClient: calls a quotes.v1.QuoteService server (`factcheck serve`) and
// returns the same records a local quotes::Analyzer would, so `factcheck
// extract --server=HOST:PORT` and `check --server` share their output code
// with local runs and print the same bytes.
//
// Example:
//   factcheck::ClientOptions options;
//   options.analyzer.extract_claims = false;
//   absl::StatusOr<std::unique_ptr<factcheck::QuoteClient>> client =
//       factcheck::QuoteClient::Connect("127.0.0.1:50051", options);
//   if (!client.ok()) return client.status();  // unreachable or not SERVING
//   quotes::v1::Article hints;
//   hints.set_id("story-1");
//   quotes::v1::ArticleAnalysis a = (*client)->Analyze(text, hints);
#ifndef SERVICE_CLIENT_H_
#define SERVICE_CLIENT_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/time.h"
#include "proto/quotes.pb.h"
#include "quotes/analyzer.h"

namespace grpc {
class Channel;
class ClientContext;
}  // namespace grpc

namespace factcheck {

struct ClientOptions final {
  // How long one call may take, from sending to the last byte of the answer.
  absl::Duration call_timeout = absl::Seconds(60);
  // How long Connect() waits for the server to accept a connection and say
  // it is SERVING.
  absl::Duration connect_timeout = absl::Seconds(10);
  // The largest message sent or received, in bytes; the server has its own.
  int max_message_bytes = 64 << 20;
  // Sent with every request (all fields set), so the server analyses as a
  // local quotes::Analyzer with these options would.
  quotes::AnalyzerOptions analyzer;
  // Open a TCP connection of this client's own, even when another client in
  // the process talks to the same server (gRPC shares them otherwise).
  bool own_connection = false;
  // TLS: the certificates (PEM) that may sign the server's; empty for a
  // plaintext connection.
  std::string tls_ca_pem;
  // Sent as "authorization: Bearer <token>" with every call when set.
  std::string token;
};

// Thread-safe: one client may be shared by any number of threads. Not
// copyable or movable.
class QuoteClient {
 public:
  // Connects to `target` ("host:port", or any gRPC target name) and checks
  // the health service. UnavailableError when it cannot connect within
  // connect_timeout or the server is not SERVING.
  static absl::StatusOr<std::unique_ptr<QuoteClient>> Connect(
      const std::string& target, const ClientOptions& options);

  QuoteClient(const QuoteClient&) = delete;
  QuoteClient& operator=(const QuoteClient&) = delete;
  ~QuoteClient();

  // quotes::Analyzer::Analyze on the server. Never fails: when the call
  // fails, the record has `error` set to the hints' id and a message naming
  // the server and the gRPC status, like an article that could not be read.
  // `text` may be any bytes (it travels as AnalyzeRequest.raw_text).
  quotes::v1::ArticleAnalysis Analyze(absl::string_view text,
                                      const quotes::v1::Article& hints) const;

  // The same, with the call's status for callers that tell failures apart.
  absl::StatusOr<quotes::v1::ArticleAnalysis> AnalyzeOrStatus(
      absl::string_view text, const quotes::v1::Article& hints) const;

  // One AnalyzeStream call: `articles` (text in Article.text, which must be
  // valid UTF-8) in, one analysis each out, in order. The options travel as
  // request metadata. call_timeout covers the whole stream.
  absl::StatusOr<std::vector<quotes::v1::ArticleAnalysis>> AnalyzeStream(
      const std::vector<quotes::v1::Article>& articles) const;

  // quotes::Analyzer::CrossCheck on the server.
  absl::StatusOr<quotes::v1::CrossCheckReport> CrossCheck(
      const std::vector<quotes::v1::ArticleAnalysis>& analyses) const;

  // OK when the server's health service says quotes.v1.QuoteService is
  // SERVING; UnavailableError otherwise.
  absl::Status CheckHealth() const;

  const std::string& target() const { return target_; }

 private:
  // Adds the token, when there is one, to a call's metadata.
  void Authorize(grpc::ClientContext* context) const;
  struct Stub;
  QuoteClient() = default;

  std::string target_;
  ClientOptions options_;
  std::shared_ptr<grpc::Channel> channel_;
  std::unique_ptr<Stub> stub_;
};

}  // namespace factcheck

#endif  // SERVICE_CLIENT_H_
