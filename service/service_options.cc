#include "service/service_options.h"

#include "absl/strings/str_cat.h"

namespace factcheck {
namespace {

quotes::v1::Strictness StrictnessToProto(quotes::Strictness s) {
  switch (s) {
    case quotes::Strictness::kPossible: return quotes::v1::STRICTNESS_POSSIBLE;
    case quotes::Strictness::kLikely: return quotes::v1::STRICTNESS_LIKELY;
    case quotes::Strictness::kCertain: return quotes::v1::STRICTNESS_CERTAIN;
  }
  return quotes::v1::STRICTNESS_UNSPECIFIED;
}

absl::Status ParseBool(absl::string_view key, absl::string_view value, bool* out) {
  if (value == "true" || value == "1") {
    *out = true;
  } else if (value == "false" || value == "0") {
    *out = false;
  } else {
    return absl::InvalidArgumentError(absl::StrCat(
        "metadata ", key, ": '", value, "' is not true or false"));
  }
  return absl::OkStatus();
}

}  // namespace

std::string StrictnessName(quotes::Strictness strictness) {
  switch (strictness) {
    case quotes::Strictness::kPossible: return "possible";
    case quotes::Strictness::kLikely: return "likely";
    case quotes::Strictness::kCertain: return "certain";
  }
  return "possible";
}

quotes::v1::AnalyzeOptions OptionsToProto(const quotes::AnalyzerOptions& options) {
  quotes::v1::AnalyzeOptions p;
  p.set_strictness(StrictnessToProto(options.strictness));
  p.set_include_text(options.include_text);
  p.set_extract_claims(options.extract_claims);
  p.set_detect_direct(options.detect_direct);
  p.set_detect_reported(options.detect_reported);
  p.set_lexicon_text_proto(options.lexicon_text_proto);
  p.set_replace_lexicon(options.replace_lexicon);
  return p;
}

absl::StatusOr<quotes::AnalyzerOptions> ResolveOptions(
    const quotes::v1::AnalyzeOptions& defaults,
    const quotes::v1::AnalyzeOptions& request) {
  // MergeFrom gives exactly "set fields win": optional scalars by presence,
  // the enum and the string when non-default.
  quotes::v1::AnalyzeOptions p = defaults;
  p.MergeFrom(request);
  quotes::AnalyzerOptions o;
  switch (p.strictness()) {
    case quotes::v1::STRICTNESS_UNSPECIFIED:
    case quotes::v1::STRICTNESS_POSSIBLE:
      o.strictness = quotes::Strictness::kPossible;
      break;
    case quotes::v1::STRICTNESS_LIKELY:
      o.strictness = quotes::Strictness::kLikely;
      break;
    case quotes::v1::STRICTNESS_CERTAIN:
      o.strictness = quotes::Strictness::kCertain;
      break;
    default:
      return absl::InvalidArgumentError(absl::StrCat(
          "options.strictness: unknown value ", p.strictness(),
          " (want 1 possible, 2 likely, 3 certain)"));
  }
  if (p.has_include_text()) o.include_text = p.include_text();
  if (p.has_extract_claims()) o.extract_claims = p.extract_claims();
  if (p.has_detect_direct()) o.detect_direct = p.detect_direct();
  if (p.has_detect_reported()) o.detect_reported = p.detect_reported();
  if (p.has_replace_lexicon()) o.replace_lexicon = p.replace_lexicon();
  o.lexicon_text_proto = p.lexicon_text_proto();
  return o;
}

absl::Status ApplyMetadata(absl::string_view key, absl::string_view value,
                           quotes::v1::AnalyzeOptions* options) {
  if (key == kStrictnessMetadata) {
    if (value == "possible") {
      options->set_strictness(quotes::v1::STRICTNESS_POSSIBLE);
    } else if (value == "likely") {
      options->set_strictness(quotes::v1::STRICTNESS_LIKELY);
    } else if (value == "certain") {
      options->set_strictness(quotes::v1::STRICTNESS_CERTAIN);
    } else {
      return absl::InvalidArgumentError(absl::StrCat(
          "metadata ", key, ": '", value, "' is not possible, likely or certain"));
    }
    return absl::OkStatus();
  }
  bool flag = false;
  if (key == kIncludeTextMetadata) {
    absl::Status s = ParseBool(key, value, &flag);
    if (s.ok()) options->set_include_text(flag);
    return s;
  }
  if (key == kExtractClaimsMetadata) {
    absl::Status s = ParseBool(key, value, &flag);
    if (s.ok()) options->set_extract_claims(flag);
    return s;
  }
  return absl::OkStatus();
}

}  // namespace factcheck
