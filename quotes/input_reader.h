// Reads articles from files, folders, JSONL streams, delimited protobuf
// streams and stdin, one record at a time, so memory stays flat whatever the
// size of the input.
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
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "proto/quotes.pb.h"

namespace quotes {

enum class InputFormat {
  kAuto,       // by extension: .jsonl/.ndjson JSONL, .pb/.binpb delimited, else text
  kText,       // each file is one article
  kJsonl,      // one JSON object a line: id, headline (or title), date, source, url, text
  kDelimited,  // length-delimited quotes.v1.Article messages
};

// Parses "auto", "text", "jsonl", "delimited".
bool ParseInputFormat(const std::string& name, InputFormat* format);

struct InputRecord {
  // id, headline, date, source, url, authors as the input gives them.
  v1::Article hints;
  std::string text;
  // Not OK when this record could not be read; hints.id() says which.
  absl::Status status;
};

// Not thread-safe; one reader per stream. Folders are walked recursively for
// *.txt files in sorted order. A path that cannot be read yields one record
// with an error status; reading goes on with the next path.
class InputReader {
 public:
  InputReader(std::vector<std::string> paths, InputFormat format);
  ~InputReader();
  InputReader(const InputReader&) = delete;
  InputReader& operator=(const InputReader&) = delete;

  // Fills `record` with the next article; false at the end of all input.
  bool Next(InputRecord* record);

  // Bytes of article text read so far.
  uint64_t bytes_read() const { return bytes_read_; }

 private:
  struct Source;
  bool OpenNext(InputRecord* record);

  std::vector<std::string> pending_;  // paths still to expand, in order
  size_t next_path_ = 0;
  InputFormat format_;
  std::unique_ptr<Source> source_;  // the open JSONL or delimited stream
  uint64_t bytes_read_ = 0;
};

// Parses one JSONL line into a record (exposed for tests and fuzzing).
// `fallback_id` names the record when the line has no "id".
InputRecord ParseJsonLine(const std::string& line, const std::string& fallback_id);

}  // namespace quotes

#endif  // QUOTES_INPUT_READER_H_
