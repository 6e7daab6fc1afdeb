// The gRPC side of the factcheck CLI: `factcheck serve` and the --server
// client flag of `extract` and `check`, with their flags, so tools/factcheck.cc
// only dispatches.
//
// Flags defined here: --address, --port, --max_message_mb, --shutdown_grace
// (serve); --server, --rpc_timeout (extract, check).
#ifndef TOOLS_REMOTE_COMMAND_H_
#define TOOLS_REMOTE_COMMAND_H_

#include <memory>

#include "absl/status/statusor.h"
#include "quotes/analyzer.h"
#include "service/client.h"

namespace factcheck {

// `factcheck serve`: serves quotes.v1.QuoteService on --address:--port until
// SIGTERM or SIGINT, then lets in-flight calls finish (up to
// --shutdown_grace). `defaults` (from --strictness, --lexicon, ...) apply to
// requests that leave an option unset. Returns the exit code: 0 after a clean
// shutdown, 2 when the server cannot start (the reason is on stderr).
int RunServeCommand(const quotes::AnalyzerOptions& defaults);

// With --server=HOST:PORT: a client connected to that server that sends
// `options` with every request. Without --server: nullptr (analyse locally).
// UnavailableError when the server cannot be reached or is not SERVING.
absl::StatusOr<std::unique_ptr<QuoteClient>> ConnectToServerFlag(
    const quotes::AnalyzerOptions& options);

}  // namespace factcheck

#endif  // TOOLS_REMOTE_COMMAND_H_
