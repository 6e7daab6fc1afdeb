// Reads articles from files, folders, JSONL streams, delimited protobuf
// streams and stdin, one record at a time, so memory stays flat whatever the
// size of the input. It also reads analyses already made (the JSONL and
// delimited output of `factcheck extract`), so that a cross-check need not
// analyse its articles again. Bazel target: `@quotecheck//quotes:input_reader`.
//
// Records are raw: the text is not checked here (Analyzer::Analyze() checks
// UTF-8), and an input that cannot be read is a record with an error status,
// never a silent skip.
//
// Example:
//   quotes::InputReader reader({"articles/", "more.jsonl", "-"},
//                              quotes::InputFormat::kAuto);
//   quotes::InputRecord record;
//   while (reader.Next(&record)) {
//     if (!record.status.ok()) { /* report record.hints.id() and go on */ }
//   }
#ifndef QUOTES_INPUT_READER_H_
#define QUOTES_INPUT_READER_H_

#include <cstdint>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "proto/quotes.pb.h"

namespace quotes {

// How a path's bytes are split into articles. A folder is always walked for
// *.txt files, each read as text.
//
// Example:
//   quotes::InputReader reader({"feed.ndjson"}, quotes::InputFormat::kJsonl);
enum class InputFormat {
  // By extension: .analyses.pb analyses as kAnalysisDelimited; .jsonl and
  // .ndjson JSONL, of analyses when the first JSON object of the file has an
  // "article" key (kAnalysisJsonl), else of articles (kJsonl); other .pb and
  // .binpb kDelimited; anything else text. "-" (stdin) is text.
  kAuto,
  kText,       // each file is one article
  kJsonl,      // one JSON object a line: id, headline (or title), date, source, url, text
  kDelimited,  // length-delimited quotes.v1.Article messages
  // One quotes.v1.ArticleAnalysis a line in protobuf's JSON mapping, as
  // `factcheck extract --format=jsonl` writes them.
  kAnalysisJsonl,
  // Length-delimited quotes.v1.ArticleAnalysis messages, as
  // `factcheck extract --format=binary` writes them.
  kAnalysisDelimited,
};

// Parses "auto", "text", "jsonl", "delimited", "analysis_jsonl" and
// "analysis_delimited" into `*format`. Returns false, leaving `*format` as it
// was, for any other name.
//
// Example:
//   quotes::InputFormat format = quotes::InputFormat::kAuto;
//   if (!quotes::ParseInputFormat(flag_value, &format)) return Usage();
bool ParseInputFormat(const std::string& name, InputFormat* format);

// One article as read, before analysis: the text and the metadata the input
// itself carries; or, from an input of analyses, the analysis as read. A
// plain value that owns its data.
//
// Example:
//   quotes::InputRecord record = quotes::ParseJsonLine(
//       R"({"id": "a1", "title": "Harbour reopens", "text": "..."})", "feed:1");
//   // record.hints.id() == "a1", record.hints.headline() == "Harbour reopens"
struct InputRecord {
  // id, headline, date, source, url, authors as the input gives them. The id
  // is the file's base name for text files ("stdin" for "-"), the "id" field
  // for JSONL and delimited records, or "NAME:LINE" when a record has none.
  v1::Article hints;
  // The article's raw bytes, unchecked; empty when `status` is not OK and for
  // an analysis.
  std::string text;
  // Not OK when this record could not be read; hints.id() says which.
  absl::Status status;
  // Set when the input holds analyses (kAnalysisJsonl, kAnalysisDelimited):
  // the analysis as read, exactly, including one whose `error` is set (an
  // article its maker could not analyse). Then `hints` holds the article's
  // id and `text` is empty. Unset for articles and for records that could
  // not be read (`status` not OK).
  std::optional<v1::ArticleAnalysis> analysis;
};

// Reads articles from a list of paths, in order, one record per Next() call.
//
// Not thread-safe; one reader per stream. Folders are walked recursively for
// *.txt files in sorted order. A path that cannot be read yields one record
// with an error status; reading goes on with the next path. "-" is stdin.
// In a stream of analyses, a line or a record that is not an ArticleAnalysis
// with an article id yields a record with an error status naming the file
// and the line (JSONL) or record number (delimited), and reading goes on; a
// delimited stream whose length prefix or record is cut short ends there,
// with such a record.
//
// Example:
//   quotes::InputReader reader({"seeds/"}, quotes::InputFormat::kAuto);
//   quotes::InputRecord record;
//   while (reader.Next(&record)) {
//     if (!record.status.ok()) continue;  // or report it
//     analyses.push_back(analyzer->Analyze(record.text, record.hints));
//   }
//   std::cerr << reader.bytes_read() << " bytes read\n";
class InputReader {
 public:
  // Takes the paths (files, folders or "-") to read in order; nothing is
  // opened until the first Next(). `format` applies to every file path;
  // kAuto picks each file's format by its extension and reads "-" as text.
  InputReader(std::vector<std::string> paths, InputFormat format);
  ~InputReader();
  InputReader(const InputReader&) = delete;
  InputReader& operator=(const InputReader&) = delete;

  // Fills `record` with the next article; false at the end of all input.
  // `record` is overwritten whole on each call and owns its data, so a caller
  // may keep it (or move from it) before calling Next() again.
  bool Next(InputRecord* record);

  // Bytes of article text read so far; for analyses, the bytes of their
  // records (JSON lines or serialized messages).
  uint64_t bytes_read() const { return bytes_read_; }

 private:
  struct Source;
  bool OpenNext(InputRecord* record);
  void NextJsonl(Source& s, std::string& line, InputRecord* record);
  bool NextAnalysisDelimited(Source& s, InputRecord* record);

  std::vector<std::string> pending_;  // paths still to expand, in order
  size_t next_path_ = 0;
  InputFormat format_;
  std::unique_ptr<Source> source_;  // the open JSONL or delimited stream
  uint64_t bytes_read_ = 0;
};

// Parses one JSONL line into a record (exposed for tests and fuzzing).
// `fallback_id` names the record when the line has no "id". A line that is not
// a JSON object, or has no string "text", is a record with an
// InvalidArgumentError status.
//
// Example:
//   quotes::InputRecord r = quotes::ParseJsonLine("not json", "feed:7");
//   // !r.status.ok(), r.hints.id() == "feed:7"
InputRecord ParseJsonLine(const std::string& line, const std::string& fallback_id);

}  // namespace quotes

#endif  // QUOTES_INPUT_READER_H_
