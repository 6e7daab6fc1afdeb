// Writers for factcheck's output formats: jsonl, json, textproto, binary
// (length-delimited) and a table for people.
#ifndef TOOLS_OUTPUT_H_
#define TOOLS_OUTPUT_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <ostream>
#include <string>

#include "google/protobuf/io/zero_copy_stream.h"
#include "google/protobuf/message.h"
#include "google/protobuf/util/json_util.h"
#include "proto/quotes.pb.h"
#include "quotes/crosscheck/cross_check.h"
#include "tools/claim_review.h"

namespace factcheck {

// kHtml: check's report as one page (tools/html_report.h), which needs the
// articles and is written there; MessageWriter writes nothing for it.
enum class OutputFormat {
  kJsonl,
  kJson,
  kTextproto,
  kBinary,
  kTable,
  kText,
  kHtml,
  kCsv,          // RFC 4180: a row per quote (extract) or finding (check)
  kClaimReview,  // check: a JSON array of schema.org ClaimReview, one a finding
};

bool ParseOutputFormat(const std::string& name, OutputFormat* format);

// How json and jsonl print a record: every field, zero values and empty
// lists included, so that a consumer sees `"confidence": 0` and `"quotes":
// []` instead of having to know protobuf's defaults. `whitespace` for json.
google::protobuf::util::JsonPrintOptions JsonOptions(bool whitespace);

// Prints `message` in JSON with JsonOptions(whitespace) into `*out`, the
// bytes MessageToJsonString gives, without making the whole output one
// string first: a huge article's JSON is more than twice its text, and the
// string doubles its buffer as it grows.
void PrintJson(const google::protobuf::Message& message, bool whitespace,
               google::protobuf::io::ZeroCopyOutputStream* out);

// Writes a stream of messages of one type. Not thread-safe.
class MessageWriter {
 public:
  // With `single` true the stream holds exactly one record (a check report):
  // --format=json prints that object itself, not a one-element array.
  MessageWriter(std::ostream* out, OutputFormat format, bool single = false);
  ~MessageWriter();
  // Writes one record; false when the stream failed.
  bool Write(const google::protobuf::Message& message);
  // Closes a JSON array; call once after the last Write().
  bool Finish();

 private:
  std::ostream* out_;
  OutputFormat format_;
  bool single_;
  int count_ = 0;
};

// A check's report whose findings are made one at a time, on request.
struct ReportStream {
  // The report without its findings.
  const quotes::v1::CrossCheckReport* summary = nullptr;
  size_t findings = 0;
  // Finding i, whole; its verdict alone.
  std::function<quotes::v1::Finding(size_t)> finding;
  std::function<quotes::v1::Verdict(size_t)> verdict;
  // Findings of other verdicts left out (check --verdict): the text summary
  // says so.
  size_t left_out = 0;
  // --format=claimreview: the reviews' author and date.
  ClaimReviewOptions review;
};

// Writes `report` as MessageWriter(out, format, /*single=*/true).Write()
// writes the whole report (Finish() still to be called), byte for byte, one
// finding at a time, each freed once written: the report is never whole in
// memory. Streams json, jsonl and text; textproto and binary are written
// whole. False when the stream failed.
bool WriteReportStream(const ReportStream& report, OutputFormat format, std::ostream* out);

// The stream of a whole check result: its summary and every finding, made
// on request from `result`, which must outlive the stream.
ReportStream StreamOf(const quotes::internal::CrossCheckResult& result);

// The human-readable forms.
void PrintAnalysisTable(const quotes::v1::ArticleAnalysis& a, std::ostream* out);
void PrintReportText(const quotes::v1::CrossCheckReport& r, std::ostream* out);

}  // namespace factcheck

#endif  // TOOLS_OUTPUT_H_
