#include "tools/remote_command.h"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "absl/flags/flag.h"
#include "absl/strings/match.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/time/time.h"
#include "service/server.h"

ABSL_FLAG(std::string, server, "",
          "extract, check: HOST:PORT of a `factcheck serve` to send the work "
          "to; the output is the same as a local run's");
ABSL_FLAG(absl::Duration, rpc_timeout, absl::Seconds(60),
          "extract, check with --server: how long one call may take");
ABSL_FLAG(std::string, address, "127.0.0.1",
          "serve: the address to listen on (default loopback only; 0.0.0.0 "
          "or :: for every interface)");
ABSL_FLAG(int, port, 50051, "serve: the port to listen on; 0 picks a free one");
ABSL_FLAG(int, max_message_mb, 64,
          "serve, --server: the largest request or response, in MB (1 to 2047)");
ABSL_FLAG(std::string, tls_cert, "",
          "serve: the server's TLS certificate chain (PEM file); with --tls_key, "
          "calls are encrypted");
ABSL_FLAG(std::string, tls_key, "", "serve: the private key of --tls_cert (PEM file)");
ABSL_FLAG(std::string, tls_ca, "",
          "--server: the certificates that may sign the server's (PEM file); "
          "speaks TLS to the server when given");
ABSL_FLAG(std::string, token_file, "",
          "serve: every call must carry the token this file holds; --server: "
          "send it (a file, so that it shows in no process list)");
ABSL_FLAG(absl::Duration, shutdown_grace, absl::Seconds(10),
          "serve: on SIGTERM or SIGINT, how long calls in flight may take to "
          "finish before they are cancelled");

namespace factcheck {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;

// The contents of the file a flag names into `*out` ("" when the flag is
// empty); false, with a message on stderr, when it cannot be read.
bool ReadFlagFile(const char* flag, const std::string& path, std::string* out) {
  out->clear();
  if (path.empty()) return true;
  std::ifstream in(path, std::ios::binary);
  if (in) out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (!in && !in.eof()) {
    std::cerr << "factcheck: --" << flag << "=" << path << ": cannot read it\n";
    return false;
  }
  return true;
}

// The token of --token_file, its line end dropped.
bool ReadToken(std::string* token) {
  if (!ReadFlagFile("token_file", absl::GetFlag(FLAGS_token_file), token)) return false;
  *token = std::string(absl::StripTrailingAsciiWhitespace(*token));
  if (!absl::GetFlag(FLAGS_token_file).empty() && token->empty()) {
    std::cerr << "factcheck: --token_file=" << absl::GetFlag(FLAGS_token_file)
              << " is empty\n";
    return false;
  }
  return true;
}

// gRPC's own log lines (a 700-character one before "address in use") say
// nothing our messages do not; GRPC_VERBOSITY=ERROR in the environment
// brings them back. Set before gRPC starts, which reads it once.
void QuietGrpcLog() { setenv("GRPC_VERBOSITY", "NONE", /*overwrite=*/0); }

int MaxMessageBytes() {
  const int mb = absl::GetFlag(FLAGS_max_message_mb);
  if (mb < 1 || mb > 2047) return -1;
  return mb * (1 << 20);
}

}  // namespace

int RunServeCommand(const quotes::AnalyzerOptions& defaults) {
  QuietGrpcLog();
  ServerOptions options;
  options.defaults = defaults;
  options.max_message_bytes = MaxMessageBytes();
  if (options.max_message_bytes < 0) {
    std::cerr << "factcheck: --max_message_mb must be 1 to 2047\n";
    return kExitUsage;
  }
  const int port = absl::GetFlag(FLAGS_port);
  if (port < 0 || port > 65535) {
    std::cerr << "factcheck: --port must be 0 to 65535\n";
    return kExitUsage;
  }
  std::string host = absl::GetFlag(FLAGS_address);
  // An IPv6 literal needs brackets before the port.
  if (absl::StrContains(host, ':') && !absl::StartsWith(host, "[")) {
    host = absl::StrCat("[", host, "]");
  }
  options.address = absl::StrCat(host, ":", port);
  if (absl::GetFlag(FLAGS_tls_cert).empty() != absl::GetFlag(FLAGS_tls_key).empty()) {
    std::cerr << "factcheck: --tls_cert and --tls_key go together\n";
    return kExitUsage;
  }
  if (!ReadFlagFile("tls_cert", absl::GetFlag(FLAGS_tls_cert), &options.tls_cert_pem) ||
      !ReadFlagFile("tls_key", absl::GetFlag(FLAGS_tls_key), &options.tls_key_pem) ||
      !ReadToken(&options.token)) {
    return kExitUsage;
  }
  absl::Status s = ServeUntilSignalled(options, absl::GetFlag(FLAGS_shutdown_grace),
                                       &std::cerr);
  if (!s.ok()) {
    std::cerr << "factcheck: serve: " << s.message() << "\n";
    return kExitUsage;
  }
  return kExitOk;
}

absl::StatusOr<std::unique_ptr<QuoteClient>> ConnectToServerFlag(
    const quotes::AnalyzerOptions& options) {
  const std::string target = absl::GetFlag(FLAGS_server);
  if (target.empty()) return nullptr;
  QuietGrpcLog();
  ClientOptions client_options;
  client_options.analyzer = options;
  client_options.call_timeout = absl::GetFlag(FLAGS_rpc_timeout);
  client_options.max_message_bytes = MaxMessageBytes();
  if (client_options.max_message_bytes < 0) {
    return absl::InvalidArgumentError("--max_message_mb must be 1 to 2047");
  }
  if (!ReadFlagFile("tls_ca", absl::GetFlag(FLAGS_tls_ca), &client_options.tls_ca_pem) ||
      !ReadToken(&client_options.token)) {
    return absl::InvalidArgumentError("cannot read --tls_ca or --token_file");
  }
  return QuoteClient::Connect(target, client_options);
}

}  // namespace factcheck
