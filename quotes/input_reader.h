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

// How a path's bytes are split into articles; it applies to a folder's
// files too.
//
// Example:
//   quotes::InputReader reader({"feed.ndjson"}, quotes::InputFormat::kJsonl);
enum class InputFormat {
  // By extension: .analyses.pb analyses as kAnalysisDelimited; .jsonl and
  // .ndjson JSONL, of analyses when the first JSON object of the file has an
  // "article" key (kAnalysisJsonl), else of articles (kJsonl); other .pb and
  // .binpb delimited, of analyses when the first record is an
  // ArticleAnalysis with an article id, else of Articles; .txt text.
  // Extensions in any case; gzip (a ".gz" name or the magic bytes 1F 8B, in
  // any format) is gunzipped and read by the name before ".gz". By content:
  // stdin, a .json file and a name of no known kind: a JSON array (read
  // whole, each element a record), JSON objects a line, delimited records,
  // else text. A .json file is read whole: an array, one object, or JSONL.
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
  // is the file's name for text files (its path within the folder given,
  // for a folder's files; "stdin" for "-"), the "id" field for JSONL and
  // delimited records, or "NAME:LINE" when a record has none.
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
  // The input's date when it is not one (hints.date() is then empty): "2024-
  // 02-30", "yesterday". Dates that are are normalised to YYYY-MM-DD in
  // hints ("October 12, 2016" is "2016-10-12").
  std::string dropped_date;
};

// Reads articles from a list of paths, in order, one record per Next() call.
//
// Not thread-safe; one reader per stream. Folders are walked recursively,
// linked folders too, in sorted order, for files whose names end (in any
// case) in .txt, .jsonl, .ndjson, .pb or .binpb, each also gzipped (.gz);
// other files are noted (TakeNotes). A folder's records are named by their
// path within it ("2024/story.txt"), so two files of one name differ. "-"
// is stdin. Nothing is lost silently: every input yields its records or an
// error record naming it and why, and reading goes on with the next:
//   - a path, file or subfolder that cannot be opened or read (the records
//     read before a read error are kept, the error is a record after them);
//   - an empty JSONL or delimited file ("holds no records");
//   - a JSONL line or delimited record that does not parse, or is not an
//     ArticleAnalysis with an article id in a stream of analyses (named by
//     file and line or record number; the next one is read after it);
//   - an article larger than set_max_article_bytes();
//   - a delimited stream whose length prefix or record is cut short (it
//     ends there).
// A UTF-8 byte-order mark opening a text or JSONL file is removed (and
// noted), so that the text's metadata and the first JSON line still read.
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

 // Articles (text, a JSONL line, a delimited record) larger than this are
  // not read: each is an error record (RESOURCE_EXHAUSTED) and reading goes
  // on with the next. Default kDefaultMaxArticleBytes.
  void set_max_article_bytes(uint64_t bytes) { max_article_bytes_ = bytes; }

  // What was read but is no record, since the last call: files a folder
  // holds that are not articles (README.md), byte-order marks removed. For
  // the caller to show (factcheck prints them on stderr); in reading order.
  std::vector<std::string> TakeNotes();

  // The largest article read unless set_max_article_bytes() says otherwise:
  // 64 MB, factcheck's --max_article_mb default.
  static constexpr uint64_t kDefaultMaxArticleBytes = uint64_t{64} << 20;

  // The largest JSON document (a .json file, a JSON array on stdin) read:
  // it is read whole, unlike JSONL. 1 GB, or the largest article if larger.
  static constexpr uint64_t kMaxJsonDocumentBytes = uint64_t{1} << 30;

 private:
  struct Source;  // the open JSONL or delimited stream
  // A path still to read, with the id its records are named by, or an
  // error found while walking a folder.
  struct Pending {
    std::string path;
    std::string id;
    absl::Status error;
  };
  bool OpenNext(InputRecord* record);
  void WalkFolder(const std::string& root, std::vector<Pending>* found);
  void ReadText(Source& s, InputRecord* record);
  bool NextJsonlRecord(Source& s, InputRecord* record);
  void NextJsonl(Source& s, std::string& line, InputRecord* record);
  bool NextDelimited(Source& s, InputRecord* record);
  bool NextJsonDocumentRecord(Source& s, InputRecord* record);

  std::vector<Pending> pending_;  // paths still to expand, in order
  size_t next_path_ = 0;
  InputFormat format_;
  std::unique_ptr<Source> source_;
  uint64_t bytes_read_ = 0;
  uint64_t max_article_bytes_ = kDefaultMaxArticleBytes;
  std::vector<std::string> notes_;
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
