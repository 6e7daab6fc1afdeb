// Conversions between quotes::AnalyzerOptions and the wire form
// quotes.v1.AnalyzeOptions (proto/quotes_service.proto), shared by the gRPC
// server (service/server.h) and client (service/client.h) so both read options the
// same way.
//
// Example:
//   quotes::v1::AnalyzeOptions wire = factcheck::OptionsToProto(local);
//   absl::StatusOr<quotes::AnalyzerOptions> back =
//       factcheck::ResolveOptions(server_defaults, wire);
#ifndef SERVICE_SERVICE_OPTIONS_H_
#define SERVICE_SERVICE_OPTIONS_H_

#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/quotes_service.pb.h"
#include "quotes/analyzer.h"

namespace factcheck {

// The fully qualified service name, as the health service knows it.
inline constexpr char kQuoteServiceName[] = "quotes.v1.QuoteService";

// Request metadata that sets AnalyzeStream's options (which has no request
// message of its own to carry them). Values: "possible", "likely", "certain";
// "true", "false".
inline constexpr char kStrictnessMetadata[] = "quotes-strictness";
inline constexpr char kIncludeTextMetadata[] = "quotes-include-text";
inline constexpr char kExtractClaimsMetadata[] = "quotes-extract-claims";

// Every field set, so the receiver's defaults do not matter.
quotes::v1::AnalyzeOptions OptionsToProto(const quotes::AnalyzerOptions& options);

// `request` over `defaults`: fields set in `request` win. Fails with
// InvalidArgumentError when a strictness value is out of range.
absl::StatusOr<quotes::AnalyzerOptions> ResolveOptions(
    const quotes::v1::AnalyzeOptions& defaults,
    const quotes::v1::AnalyzeOptions& request);

// Sets the field of `options` that metadata `key` names. Keys that are not
// one of the k*Metadata above are ignored; a bad value is InvalidArgumentError
// naming the key and the values it accepts.
absl::Status ApplyMetadata(absl::string_view key, absl::string_view value,
                           quotes::v1::AnalyzeOptions* options);

// "possible", "likely", "certain".
std::string StrictnessName(quotes::Strictness strictness);

}  // namespace factcheck

#endif  // SERVICE_SERVICE_OPTIONS_H_
