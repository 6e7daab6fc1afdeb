// QuoteServer: quotes.v1.QuoteService (proto/quotes_service.proto) over gRPC,
// backed by quotes::Analyzer, plus the standard grpc.health.v1.Health service.
// `factcheck serve` runs one; tests start one in-process on a free port.
//
// Requests are parsed by the service itself, not by gRPC, so a request that
// is not valid protobuf (or has invalid UTF-8 in a string field) gets
// INVALID_ARGUMENT with a message instead of gRPC's bare INTERNAL; a request
// over `max_message_bytes` gets RESOURCE_EXHAUSTED from gRPC's transport.
// Deadlines are checked before each article is analysed; an article under
// analysis is finished (the analyzer is linear in its input and not
// interruptible).
//
// Example:
//   factcheck::ServerOptions options;  // 127.0.0.1, a free port
//   absl::StatusOr<std::unique_ptr<factcheck::QuoteServer>> server =
//       factcheck::QuoteServer::Start(options);
//   if (!server.ok()) return server.status();
//   std::cout << "listening on " << (*server)->address() << "\n";
//   ...
//   (*server)->Shutdown(absl::Seconds(10));  // in-flight calls finish
#ifndef SERVICE_SERVER_H_
#define SERVICE_SERVER_H_

#include <memory>
#include <ostream>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/time.h"
#include "quotes/analyzer.h"
#include "service/service_options.h"

namespace grpc {
class Server;
}  // namespace grpc

namespace factcheck {

class QuoteServiceImpl;

struct ServerOptions final {
  // TLS: the server's certificate chain and private key, PEM. Both empty:
  // plaintext (fit for loopback); one without the other fails Start().
  std::string tls_cert_pem;
  std::string tls_key_pem;
  // When set, every QuoteService call must carry the metadata
  // "authorization: Bearer <token>", else UNAUTHENTICATED (the health
  // service stays open). Send it over TLS only: in plaintext anyone on the
  // path reads it.
  std::string token;
  // Where to listen, "host:port". Port 0 picks a free port; address() says
  // which. The default is loopback only: nothing outside this machine can
  // call a server unless it is asked to listen elsewhere.
  std::string address = "127.0.0.1:0";
  // The largest request or response in bytes. Larger requests are refused
  // with RESOURCE_EXHAUSTED, as are responses that would be larger.
  int max_message_bytes = 64 << 20;
  // How to analyse when a request leaves an option unset. Its lexicon must
  // compile, or Start() fails.
  quotes::AnalyzerOptions defaults;
  // Distinct option sets kept (one analyzer each, built on first use). A
  // request needing one more drops the least recently used (never the
  // defaults'; a call using it keeps it until the call ends): never a
  // refusal, and memory stays bounded. At least 2.
  int max_analyzers = 16;
};

// Thread-safe. Not copyable or movable. Destroying a running server shuts it
// down at once, cancelling calls in flight.
class QuoteServer {
 public:
  // Builds the default analyzer and starts listening. Fails with
  // InvalidArgumentError for a bad lexicon and UnavailableError when the
  // address cannot be bound.
  static absl::StatusOr<std::unique_ptr<QuoteServer>> Start(
      const ServerOptions& options);

  QuoteServer(const QuoteServer&) = delete;
  QuoteServer& operator=(const QuoteServer&) = delete;
  ~QuoteServer();

  // The port listened on (the chosen one when ServerOptions asked for 0).
  int port() const { return port_; }
  // "host:port" with the actual port, for clients.
  const std::string& address() const { return address_; }
  // Whether it speaks TLS.
  bool tls() const { return tls_; }

  // Stops accepting calls and marks the health service NOT_SERVING; calls in
  // flight have `grace` to finish, then are cancelled. Returns when all are
  // done. Later calls return at once.
  void Shutdown(absl::Duration grace);

  // Calls and articles served so far (every RPC counted once; failed ones
  // too), for logs.
  int64_t calls() const;
  int64_t articles() const;

 private:
  QuoteServer() = default;

  std::unique_ptr<QuoteServiceImpl> service_;
  std::unique_ptr<grpc::Server> server_;
  int port_ = 0;
  std::string address_;
  bool tls_ = false;
  absl::Mutex shutdown_mu_;
  bool shut_down_ ABSL_GUARDED_BY(shutdown_mu_) = false;
};

// `factcheck serve`: starts a server, prints "listening on HOST:PORT" to
// `log`, and serves until SIGTERM or SIGINT; then stops accepting calls, gives
// those in flight `grace` to finish and returns OK. SIGTERM and SIGINT are
// blocked in every thread of the process from the call on (they are taken with
// sigwait), so call it from the main thread before starting other threads.
absl::Status ServeUntilSignalled(const ServerOptions& options,
                                 absl::Duration grace, std::ostream* log);

}  // namespace factcheck

#endif  // SERVICE_SERVER_H_
