#include "quotes/input_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <filesystem>
#include <set>
#include <iostream>
#include <iterator>
#include <sstream>
#include <system_error>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "absl/time/civil_time.h"
#include "absl/time/time.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/gzip_stream.h"
#include "google/protobuf/stubs/logging.h"
#include "google/protobuf/io/zero_copy_stream_impl.h"
#include "google/protobuf/util/delimited_message_util.h"
#include "google/protobuf/util/json_util.h"
#include "simdjson.h"

namespace quotes {
namespace {

namespace fs = std::filesystem;

std::string BaseName(const std::string& path) {
  absl::string_view p = path;
  while (p.size() > 1 && p.back() == '/') p.remove_suffix(1);
  const size_t slash = p.find_last_of('/');
  return std::string(slash == absl::string_view::npos || p.size() == 1
                         ? p
                         : p.substr(slash + 1));
}

bool HasSuffixIgnoringCase(absl::string_view s, absl::string_view suffix) {
  return s.size() >= suffix.size() &&
         absl::EqualsIgnoreCase(s.substr(s.size() - suffix.size()), suffix);
}

// With kAuto a JSONL file is kJsonl here; its first JSON object then says
// whether it holds articles or analyses (JsonlKind).
InputFormat FormatOf(const std::string& path, InputFormat requested) {
  if (requested != InputFormat::kAuto) return requested;
  if (HasSuffixIgnoringCase(path, ".jsonl") || HasSuffixIgnoringCase(path, ".ndjson") ||
      HasSuffixIgnoringCase(path, ".json")) {
    return InputFormat::kJsonl;
  }
  // A delimited stream does not say what it holds (an Article and an
  // ArticleAnalysis both begin with field 1, length-delimited), so analyses
  // are named so by their file name.
  if (HasSuffixIgnoringCase(path, ".analyses.pb") ||
      HasSuffixIgnoringCase(path, ".analyses.binpb")) {
    return InputFormat::kAnalysisDelimited;
  }
  if (HasSuffixIgnoringCase(path, ".pb") || HasSuffixIgnoringCase(path, ".binpb")) {
    return InputFormat::kDelimited;
  }
  return InputFormat::kText;
}

// Whether a folder's file is read as an input: a name of one of the
// formats FormatOf knows (with kAuto), or of the format asked for, in any
// case, gzipped or not: `--input_format=text folder/` reads its *.txt.
bool IsArticleFileName(absl::string_view name, InputFormat format) {
  if (HasSuffixIgnoringCase(name, ".gz")) name.remove_suffix(3);
  const bool text = HasSuffixIgnoringCase(name, ".txt");
  const bool jsonl = HasSuffixIgnoringCase(name, ".jsonl") ||
                     HasSuffixIgnoringCase(name, ".ndjson") ||
                     HasSuffixIgnoringCase(name, ".json");
  const bool delimited =
      HasSuffixIgnoringCase(name, ".pb") || HasSuffixIgnoringCase(name, ".binpb");
  switch (format) {
    case InputFormat::kAuto: return text || jsonl || delimited;
    case InputFormat::kText: return text;
    case InputFormat::kJsonl:
    case InputFormat::kAnalysisJsonl: return jsonl;
    case InputFormat::kDelimited:
    case InputFormat::kAnalysisDelimited: return delimited;
  }
  return false;
}

// Sets `*out` to a field of a JSON object as a string: strings as they are,
// integers printed; anything else, or no field (nullptr), is "". Assigned in
// place, so that a reused record's strings keep their capacity.
void SetField(const simdjson::dom::element* v, std::string* out) {
  out->clear();
  if (v == nullptr) return;
  std::string_view sv;
  if (v->get_string().get(sv) == simdjson::SUCCESS) {
    out->assign(sv.data(), sv.size());
    return;
  }
  int64_t i = 0;
  if (v->get_int64().get(i) == simdjson::SUCCESS) absl::StrAppend(out, i);
}

// The fields of a record's object, found in one pass over its keys instead
// of one at_key() scan for each name. As with at_key(), the first of
// duplicate keys wins.
class RecordFields {
 public:
  enum Name { kId, kHeadline, kTitle, kDate, kSource, kUrl, kText, kNames };

  explicit RecordFields(simdjson::dom::object obj) {
    static constexpr std::string_view kKeys[kNames] = {
        "id", "headline", "title", "date", "source", "url", "text"};
    for (simdjson::dom::key_value_pair field : obj) {
      for (int n = 0; n < kNames; ++n) {
        if (!found_[n] && field.key == kKeys[n]) {
          values_[n] = field.value;
          found_[n] = true;
          break;
        }
      }
    }
  }

  // The value of field `n`, or nullptr when the object has none.
  const simdjson::dom::element* Get(Name n) const {
    return found_[n] ? &values_[n] : nullptr;
  }

 private:
  simdjson::dom::element values_[kNames];
  bool found_[kNames] = {};
};

// One parser a thread: it keeps its buffers between lines.
simdjson::dom::parser& ThreadParser() {
  thread_local simdjson::dom::parser parser;
  return parser;
}

// Empties `*r` for the next record; its strings keep their capacity.
void ResetRecord(InputRecord* r) {
  r->hints.Clear();
  r->dropped_date.clear();
  r->text.clear();
  r->status = absl::OkStatus();
  r->analysis.reset();
}

// The input's date as YYYY-MM-DD, read from the forms feeds use: ISO 8601
// (a time after the date is dropped), "2016/10/12", "October 12, 2016",
// "Oct. 12, 2016", "12 October 2016" and RFC 2822 ("Wed, 12 Oct 2016
// 08:00:00 +0000"). False for anything else, or a day the calendar does not
// have ("2024-02-30"; absl::ParseTime rejects fields that would normalise).
bool NormalizeDate(absl::string_view in, std::string* out) {
  std::string date(absl::StripAsciiWhitespace(in));
  // "Oct." and "Sept." as strptime's "%b" reads them.
  date = absl::StrReplaceAll(date, {{"Sept.", "Sep"}, {"Sept ", "Sep "}, {".", ""}});
  if (date.size() > 10 && date[4] == '-' && (date[10] == 'T' || date[10] == ' ')) {
    date.resize(10);
  }
  static constexpr const char* kFormats[] = {
      "%Y-%m-%d", "%Y/%m/%d", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y",
      "%d %B %Y", "%d %b %Y", "%a, %d %b %Y %H:%M:%S %z", "%a, %d %b %Y"};
  for (const char* format : kFormats) {
    absl::Time t;
    std::string error;
    if (absl::ParseTime(format, date, absl::UTCTimeZone(), &t, &error)) {
      const absl::CivilDay day = absl::ToCivilDay(t, absl::UTCTimeZone());
      // Year 0 and years past 9999 are no news dates.
      if (day.year() < 1 || day.year() > 9999) return false;
      *out = absl::FormatCivilTime(day);
      return true;
    }
  }
  return false;
}

// Normalises `article`'s date in place (NormalizeDate); one that is not a
// date is cleared and returned, so that no finding rests on it (the text's
// own date, if any, is used). "" when the date was kept or absent.
std::string NormalizeArticleDate(v1::Article* article) {
  if (article->date().empty()) return "";
  std::string date;
  if (NormalizeDate(article->date(), &date)) {
    article->set_date(date);
    return "";
  }
  std::string dropped = std::move(*article->mutable_date());
  article->clear_date();
  return dropped;
}

// ParseJsonLine into `*r`, overwritten whole; its strings keep their
// capacity, so that the reader, which parses every line into one record,
// does not allocate them again for each line.
void ParseJsonLineTo(const std::string& line, absl::string_view fallback_id,
                     InputRecord* r) {
  ResetRecord(r);
  simdjson::dom::element doc;
  if (auto error = ThreadParser().parse(line).get(doc); error != simdjson::SUCCESS) {
    r->hints.set_id(std::string(fallback_id));
    r->status = absl::InvalidArgumentError(
        absl::StrCat("not valid JSON: ", simdjson::error_message(error)));
    return;
  }
  simdjson::dom::object obj;
  if (doc.get_object().get(obj) != simdjson::SUCCESS) {
    r->hints.set_id(std::string(fallback_id));
    r->status = absl::InvalidArgumentError("not a JSON object");
    return;
  }
  const RecordFields fields(obj);
  std::string* id = r->hints.mutable_id();
  SetField(fields.Get(RecordFields::kId), id);
  if (id->empty()) id->assign(fallback_id.data(), fallback_id.size());
  std::string* headline = r->hints.mutable_headline();
  SetField(fields.Get(RecordFields::kHeadline), headline);
  if (headline->empty()) SetField(fields.Get(RecordFields::kTitle), headline);
  SetField(fields.Get(RecordFields::kDate), r->hints.mutable_date());
  r->dropped_date = NormalizeArticleDate(&r->hints);
  SetField(fields.Get(RecordFields::kSource), r->hints.mutable_source());
  SetField(fields.Get(RecordFields::kUrl), r->hints.mutable_url());
  const simdjson::dom::element* t = fields.Get(RecordFields::kText);
  std::string_view text;
  if (t == nullptr || t->get_string().get(text) != simdjson::SUCCESS) {
    r->status = absl::InvalidArgumentError("record has no string field \"text\"");
    return;
  }
  r->text.assign(text.data(), text.size());
}

// What a JSONL stream holds. Given --input_format=jsonl it is articles; read
// by extension, the first line that is a JSON object decides.
enum class JsonlKind { kUndecided, kArticles, kAnalyses };

// kAnalyses when `line` is a JSON object with an "article" key (an
// ArticleAnalysis, whose first field that is), kArticles for any other
// object, kUndecided when it is not an object at all: that line is an error
// record either way, and the next one decides.
JsonlKind KindOfFirstObject(const std::string& line) {
  simdjson::dom::element doc;
  simdjson::dom::object obj;
  if (ThreadParser().parse(line).get(doc) != simdjson::SUCCESS ||
      doc.get_object().get(obj) != simdjson::SUCCESS) {
    return JsonlKind::kUndecided;
  }
  return obj.at_key("article").error() == simdjson::SUCCESS ? JsonlKind::kAnalyses
                                                            : JsonlKind::kArticles;
}

// `r->analysis`, just parsed, is the record when it names its article; else
// the record is an error (a JSON object or a message of some other type
// parses as an empty or partial analysis).
void AcceptAnalysis(absl::string_view fallback_id, absl::string_view what,
                    InputRecord* r) {
  if (r->analysis->article().id().empty()) {
    r->analysis.reset();
    r->hints.set_id(std::string(fallback_id));
    r->status = absl::InvalidArgumentError(absl::StrCat(
        what, " has no article id: not a quotes.v1.ArticleAnalysis"));
    return;
  }
  r->hints.set_id(r->analysis->article().id());
}

// One line of kAnalysisJsonl into `*r`, overwritten whole. Fields this
// build does not know are skipped, as the binary parser skips them, so that
// analyses written by a newer factcheck still read.
void ParseAnalysisLineTo(const std::string& line, absl::string_view fallback_id,
                         InputRecord* r) {
  ResetRecord(r);
  r->analysis.emplace();
  google::protobuf::util::JsonParseOptions options;
  options.ignore_unknown_fields = true;
  const auto status =
      google::protobuf::util::JsonStringToMessage(line, &*r->analysis, options);
  if (!status.ok()) {
    // Its first line: protobuf goes on to quote the line itself, which may
    // be a whole article.
    absl::string_view why(status.message().data(), status.message().size());
    why = why.substr(0, why.find('\n'));
    r->analysis.reset();
    r->hints.set_id(std::string(fallback_id));
    r->status = absl::InvalidArgumentError(
        absl::StrCat("not a quotes.v1.ArticleAnalysis in JSON: ", why));
    return;
  }
  AcceptAnalysis(fallback_id, "the object", r);
}

}  // namespace

bool ParseInputFormat(const std::string& name, InputFormat* format) {
  if (name == "auto") *format = InputFormat::kAuto;
  else if (name == "text") *format = InputFormat::kText;
  else if (name == "jsonl") *format = InputFormat::kJsonl;
  else if (name == "delimited") *format = InputFormat::kDelimited;
  else if (name == "analysis_jsonl") *format = InputFormat::kAnalysisJsonl;
  else if (name == "analysis_delimited") *format = InputFormat::kAnalysisDelimited;
  else return false;
  return true;
}

InputRecord ParseJsonLine(const std::string& line,
                          const std::string& fallback_id) {
  InputRecord r;
  ParseJsonLineTo(line, fallback_id, &r);
  return r;
}

namespace {
enum class LineRead { kLine, kTooLong, kEnd };
}  // namespace

// The bytes of one input, read through protobuf's zero-copy streams: a
// file descriptor (which keeps the read's errno), gunzipped when the name
// ends in ".gz".
struct InputReader::Source {
  std::string name;  // path or "-"
  std::string base;  // what record ids are made of: the id or "stdin"
  InputFormat format;
  JsonlKind kind = JsonlKind::kArticles;  // JSONL only
  // Delimited, read by extension or content: its first record says whether
  // it holds articles or analyses.
  bool undecided_delimited = false;
  // A JSON document read whole (a .json file, a JSON array on stdin): its
  // records, each one JSON object on one line, read as JSONL lines.
  bool json_document = false;
  std::vector<std::string> json_records;
  size_t next_json_record = 0;
  bool at_end = false;  // cut short or unreadable: nothing more to read
  std::unique_ptr<google::protobuf::io::FileInputStream> file;
  std::unique_ptr<google::protobuf::io::GzipInputStream> gzip;
  google::protobuf::io::ZeroCopyInputStream* in = nullptr;
  // JSONL: the unread rest of the stream's last buffer.
  const char* chunk = nullptr;
  size_t chunk_size = 0;
  int64_t line = 0;     // JSONL: lines read; delimited: records read
  int64_t records = 0;  // records yielded (blank lines are none)
  // JSONL: one buffer for every line, with room for simdjson's padding so
  // that it parses the line in place.
  std::string line_buffer;
  std::string fallback_id;  // "BASE:LINE", rewritten for every record

  // Why the stream stopped early, or OK at its clean end (or while it reads
  // on): the errno of a failed read, or gzip's complaint.
  absl::Status ReadError() const {
    if (file != nullptr && file->GetErrno() != 0) {
      return absl::DataLossError(
          absl::StrCat("cannot read ", name, ": ", std::strerror(file->GetErrno())));
    }
    if (gzip != nullptr && gzip->ZlibErrorCode() < 0) {
      const char* why = gzip->ZlibErrorMessage();
      return absl::DataLossError(absl::StrCat("cannot read ", name, ": not valid gzip (",
                                              why != nullptr ? why : "zlib error", ")"));
    }
    return absl::OkStatus();
  }

  // The next line of a JSONL stream into `*line` (without its '\n'); a line
  // longer than `max` bytes is kTooLong and is skipped to its end without
  // being kept. kEnd at the end of the stream or on a read error (the
  // caller asks Source::ReadError()).
  LineRead ReadLine(uint64_t max, std::string* line) {
    line->clear();
    bool any = false, too_long = false;
    while (true) {
      if (chunk_size == 0) {
        const void* data = nullptr;
        int size = 0;
        if (!in->Next(&data, &size)) {
          if (!any) return LineRead::kEnd;
          return too_long ? LineRead::kTooLong : LineRead::kLine;
        }
        chunk = static_cast<const char*>(data);
        chunk_size = static_cast<size_t>(size);
        continue;
      }
      any = true;
      const void* nl = std::memchr(chunk, '\n', chunk_size);
      const size_t take =
          nl == nullptr ? chunk_size : static_cast<const char*>(nl) - chunk;
      if (!too_long && line->size() + take > max) {
        too_long = true;
        std::string().swap(*line);  // the part read so far is not kept
      }
      if (!too_long) line->append(chunk, take);
      const size_t used = take + (nl != nullptr ? 1 : 0);
      chunk += used;
      chunk_size -= used;
      if (nl != nullptr) return too_long ? LineRead::kTooLong : LineRead::kLine;
    }
  }
};

namespace {

using google::protobuf::io::ZeroCopyInputStream;

// Appends the whole of `in` to `*text`, at most `max` bytes: false when
// there are more (then `*text` holds the first `max`).
bool ReadAll(ZeroCopyInputStream* in, uint64_t max, std::string* text) {
  const void* data = nullptr;
  int size = 0;
  while (in->Next(&data, &size)) {
    if (text->size() + size > max) {
      text->append(static_cast<const char*>(data), max - text->size());
      return false;
    }
    text->append(static_cast<const char*>(data), size);
  }
  return true;
}

constexpr char kByteOrderMark[] = "\xEF\xBB\xBF";

// Removes a UTF-8 byte-order mark that opens `*s`; whether there was one.
bool StripByteOrderMark(std::string* s) {
  if (!absl::StartsWith(*s, kByteOrderMark)) return false;
  s->erase(0, 3);
  return true;
}

// One buffer a thread for a delimited record's bytes: it keeps its
// capacity from record to record.
std::string& RecordBuffer() {
  thread_local std::string buffer;
  return buffer;
}

enum class Framed { kRecord, kUnparsed, kTooLarge, kTruncated, kEnd };

// Reads the next length-delimited message of `in` into `*message`:
// kRecord; kUnparsed when its bytes do not parse as one (it is skipped, so
// the next is read after it); kTooLarge when its length prefix says more
// than `max` bytes (skipped unread); kTruncated when the length prefix or
// the bytes are cut short; kEnd when no bytes are left (or on a read
// error: the caller asks Source::ReadError()). `*length` is the record's
// length.
Framed ReadDelimited(ZeroCopyInputStream* in, uint64_t max,
                     google::protobuf::Message* message, uint32_t* length) {
  google::protobuf::io::CodedInputStream coded(in);
  const void* data = nullptr;
  int size = 0;
  if (!coded.GetDirectBufferPointer(&data, &size)) return Framed::kEnd;
  *length = 0;
  if (!coded.ReadVarint32(length) || *length > INT32_MAX) return Framed::kTruncated;
  if (*length > max) {
    return coded.Skip(static_cast<int>(*length)) ? Framed::kTooLarge : Framed::kTruncated;
  }
  // The record's bytes first (at most `max`: the length is not trusted with
  // a larger allocation), so that one cut short is told from one that does
  // not parse, and a record that does not parse leaves the stream at the
  // next. protobuf logs why a string field does not parse (not UTF-8); the
  // error record says it instead.
  std::string& bytes = RecordBuffer();
  if (!coded.ReadString(&bytes, static_cast<int>(*length))) return Framed::kTruncated;
  bool parsed;
  {
    google::protobuf::LogSilencer quiet;
    parsed = message->ParseFromString(bytes);
  }
  return parsed ? Framed::kRecord : Framed::kUnparsed;
}

// A large record's buffer is not kept for the small ones after it.
void ShrinkRecordBuffer() {
  std::string& bytes = RecordBuffer();
  if (bytes.capacity() > (size_t{4} << 20)) std::string().swap(bytes);
}

// The first bytes of `in` (at most `max`), left unread.
std::string Peek(ZeroCopyInputStream* in, size_t max) {
  const void* data = nullptr;
  int size = 0;
  while (in->Next(&data, &size)) {
    if (size == 0) continue;
    std::string head(static_cast<const char*>(data), std::min<size_t>(size, max));
    in->BackUp(size);
    return head;
  }
  return "";
}

bool IsGzip(absl::string_view head) { return absl::StartsWith(head, "\x1f\x8b"); }

// Whether `head` opens a stream of length-delimited Article or
// ArticleAnalysis messages: a length, then field 1 as bytes (tag 0x0A, the
// id of an Article, the article of an analysis), and, when the whole first
// record is in `head`, a record that parses as one with an id. A text
// rarely opens with a byte below 0x20 or a letter followed by a line feed
// that then parses.
bool LooksDelimited(absl::string_view head) {
  google::protobuf::io::CodedInputStream coded(
      reinterpret_cast<const uint8_t*>(head.data()), static_cast<int>(head.size()));
  uint32_t length = 0;
  if (!coded.ReadVarint32(&length) || length < 2) return false;
  const size_t prefix = static_cast<size_t>(coded.CurrentPosition());
  if (prefix >= head.size() || head[prefix] != '\x0A') return false;
  if (prefix + length > head.size()) {
    const unsigned char first = static_cast<unsigned char>(head[0]);
    return first < 0x20 && first != '\t' && first != '\n' && first != '\r';
  }
  const absl::string_view bytes = head.substr(prefix, length);
  google::protobuf::LogSilencer quiet;
  v1::ArticleAnalysis analysis;
  if (analysis.ParseFromArray(bytes.data(), static_cast<int>(bytes.size())) &&
      !analysis.article().id().empty()) {
    return true;
  }
  v1::Article article;
  return article.ParseFromArray(bytes.data(), static_cast<int>(bytes.size())) &&
         !article.id().empty();
}

// What a stream whose name does not say holds, by its first bytes: a JSON
// array (`*document` set: read whole), JSON objects a line, delimited
// records, else text.
InputFormat SniffFormat(absl::string_view head, bool* document) {
  absl::string_view rest = head;
  if (absl::StartsWith(rest, "\xEF\xBB\xBF")) rest.remove_prefix(3);
  rest = absl::StripLeadingAsciiWhitespace(rest);
  *document = false;
  if (absl::StartsWith(rest, "[")) {
    *document = true;
    return InputFormat::kJsonl;
  }
  if (absl::StartsWith(rest, "{")) return InputFormat::kJsonl;
  if (LooksDelimited(head)) return InputFormat::kDelimited;
  return InputFormat::kText;
}

// The records of a JSON document: an array's elements, or the document
// itself when it is an object, each printed on one line; else (JSON
// objects a line that are not one document) its lines, each then read (and
// its error reported) as a JSONL line.
void SplitJsonDocument(std::string* text, std::vector<std::string>* records) {
  text->reserve(text->size() + simdjson::SIMDJSON_PADDING);
  simdjson::dom::element doc;
  simdjson::dom::array array;
  if (ThreadParser().parse(*text).get(doc) == simdjson::SUCCESS) {
    if (doc.get_array().get(array) == simdjson::SUCCESS) {
      for (simdjson::dom::element e : array) records->push_back(simdjson::minify(e));
    } else {
      records->push_back(simdjson::minify(doc));
    }
    return;
  }
  // Not one document: JSONL in a .json file, or broken JSON whose lines
  // each get their error record.
  for (absl::string_view line : absl::StrSplit(*text, '\n')) {
    records->emplace_back(line);
  }
}

std::string MegaBytes(uint64_t bytes) {
  return absl::StrCat(bytes / (1 << 20), " MB");
}

}  // namespace

InputReader::InputReader(std::vector<std::string> paths, InputFormat format)
    : format_(format) {
  for (std::string& path : paths) {
    std::string id = path == "-" ? "stdin" : BaseName(path);
    pending_.push_back({std::move(path), std::move(id), absl::OkStatus()});
  }
}
InputReader::~InputReader() = default;

std::vector<std::string> InputReader::TakeNotes() {
  std::vector<std::string> notes;
  notes.swap(notes_);
  return notes;
}

void InputReader::WalkFolder(const std::string& root, std::vector<Pending>* found) {
  namespace fs = std::filesystem;
  std::vector<fs::path> folders = {fs::path(root)};
  std::set<std::string> seen;  // canonical paths of folders walked: no loops
  std::vector<std::string> skipped;
  while (!folders.empty()) {
    const fs::path folder = std::move(folders.back());
    folders.pop_back();
    std::error_code ec;
    const std::string canonical = fs::canonical(folder, ec).string();
    if (!ec && !seen.insert(canonical).second) continue;
    const std::string rel = folder.lexically_relative(root).string();
    // An unreadable folder is an error record of its own; what is beside it
    // is still read.
    fs::directory_iterator it(folder, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      std::error_code kind_ec;
      const fs::path& path = it->path();
      // is_directory follows a link: a linked folder is walked too.
      if (it->is_directory(kind_ec)) {
        folders.push_back(path);
        continue;
      }
      const std::string name = path.filename().string();
      if (IsArticleFileName(name, format_)) {
        found->push_back({path.string(), path.lexically_relative(root).string(),
                          absl::OkStatus()});
      } else {
        skipped.push_back(path.lexically_relative(root).string());
      }
    }
    if (ec) {
      found->push_back({folder.string(), rel == "." ? BaseName(root) : rel,
                        absl::PermissionDeniedError(absl::StrCat(
                            "cannot read folder ", folder.string(), ": ", ec.message()))});
    }
  }
  std::sort(found->begin(), found->end(),
            [](const Pending& a, const Pending& b) { return a.path < b.path; });
  std::sort(skipped.begin(), skipped.end());
  for (const std::string& name : skipped) {
    notes_.push_back(absl::StrCat(root, ": skipped ", name,
                                  format_ == InputFormat::kAuto
                                      ? ": not an article file (*.txt, *.jsonl, *.ndjson, "
                                        "*.json, *.pb, *.binpb, each also .gz)"
                                      : ": not of the --input_format asked for"));
  }
}

bool InputReader::OpenNext(InputRecord* record) {
  while (next_path_ < pending_.size()) {
    const Pending p = pending_[next_path_++];
    *record = InputRecord();
    record->hints.set_id(p.id);
    if (!p.error.ok()) {
      record->status = p.error;
      return true;
    }
    const std::string& path = p.path;
    std::error_code ec;
    if (path != "-" && std::filesystem::is_directory(path, ec)) {
      std::vector<Pending> found;
      WalkFolder(path, &found);
      if (found.empty()) {
        // Most often a wrong path or an unmounted archive: say so.
        record->status = absl::NotFoundError(
            absl::StrCat("folder ", path, " holds no article files"));
        return true;
      }
      pending_.insert(pending_.begin() + next_path_, found.begin(), found.end());
      continue;
    }
    const bool gz_name = HasSuffixIgnoringCase(path, ".gz");
    const std::string inner = gz_name ? path.substr(0, path.size() - 3) : path;
    InputFormat format = FormatOf(inner, format_);
    auto source = std::make_unique<Source>();
    source->name = path;
    source->base = p.id;
    int fd = 0;  // stdin
    if (path != "-") {
      fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
      if (fd < 0) {
        record->status = absl::NotFoundError(
            absl::StrCat("cannot open ", path, ": ", std::strerror(errno)));
        return true;
      }
    }
    source->file = std::make_unique<google::protobuf::io::FileInputStream>(fd);
    source->file->SetCloseOnDelete(path != "-");
    source->in = source->file.get();
    // gzip by its magic bytes, whatever the name says.
    if (gz_name || IsGzip(Peek(source->in, 2))) {
      source->gzip = std::make_unique<google::protobuf::io::GzipInputStream>(
          source->file.get(), google::protobuf::io::GzipInputStream::AUTO);
      source->in = source->gzip.get();
    }
    // With --input_format=auto, stdin, a .json file and a name of no known
    // kind are read by what they hold.
    const bool named = HasSuffixIgnoringCase(inner, ".txt") ||
                       (format != InputFormat::kText && !HasSuffixIgnoringCase(inner, ".json"));
    if (format_ == InputFormat::kAuto && (path == "-" || !named)) {
      const InputFormat sniffed = SniffFormat(Peek(source->in, 4096), &source->json_document);
      // A .json file is read whole: one object, an array, or JSONL.
      if (HasSuffixIgnoringCase(inner, ".json") && sniffed == InputFormat::kJsonl) {
        source->json_document = true;
      }
      format = sniffed;
    }
    source->format = format;
    if (format == InputFormat::kAnalysisJsonl) {
      source->kind = JsonlKind::kAnalyses;
    } else if (format == InputFormat::kJsonl && format_ == InputFormat::kAuto) {
      source->kind = JsonlKind::kUndecided;
    }
    source->undecided_delimited =
        format == InputFormat::kDelimited && format_ == InputFormat::kAuto;
    if (format == InputFormat::kText) {
      ReadText(*source, record);
      return true;
    }
    source_ = std::move(source);
    return false;  // records come from the stream
  }
  return false;
}

void InputReader::ReadText(Source& s, InputRecord* record) {
  std::string text;
  const bool whole = ReadAll(s.in, max_article_bytes_, &text);
  if (absl::Status error = s.ReadError(); !error.ok()) {
    record->status = error;
    return;
  }
  if (!whole) {
    record->status = absl::ResourceExhaustedError(absl::StrCat(
        s.name, " is larger than the largest article read, ", MegaBytes(max_article_bytes_),
        " (--max_article_mb)"));
    return;
  }
  if (StripByteOrderMark(&text)) {
    notes_.push_back(absl::StrCat(s.name, ": a UTF-8 byte-order mark was removed"));
  }
  bytes_read_ += text.size();
  record->text = std::move(text);
}

void InputReader::NextJsonl(Source& s, std::string& line, InputRecord* record) {
  bytes_read_ += line.size();
  s.fallback_id.assign(s.base);
  s.fallback_id.push_back(':');
  absl::StrAppend(&s.fallback_id, s.line);
  if (s.kind == JsonlKind::kUndecided) s.kind = KindOfFirstObject(line);
  // The caller's record is parsed into, not replaced: its strings keep
  // their capacity from line to line.
  if (s.kind == JsonlKind::kAnalyses) {
    ParseAnalysisLineTo(line, s.fallback_id, record);
  } else {
    ParseJsonLineTo(line, s.fallback_id, record);
  }
  if (!record->status.ok()) {
    record->status = absl::InvalidArgumentError(absl::StrCat(
        s.base, " line ", s.line, ": ", record->status.message()));
  }
  if (!record->dropped_date.empty()) {
    notes_.push_back(absl::StrCat(s.base, " line ", s.line, ": date \"",
                                  record->dropped_date,
                                  "\" is not a date (YYYY-MM-DD, \"October 12, 2016\", ...): "
                                  "left out"));
  }
}

bool InputReader::NextJsonlRecord(Source& s, InputRecord* record) {
  std::string& line = s.line_buffer;
  if (s.json_document) return NextJsonDocumentRecord(s, record);
  while (true) {
    const LineRead read = s.ReadLine(max_article_bytes_, &line);
    if (read == LineRead::kEnd) return false;
    ++s.line;
    if (read == LineRead::kTooLong) {
      ResetRecord(record);
      record->hints.set_id(absl::StrCat(s.base, ":", s.line));
      record->status = absl::ResourceExhaustedError(absl::StrCat(
          s.base, " line ", s.line, ": longer than the largest article read, ",
          MegaBytes(max_article_bytes_), " (--max_article_mb)"));
      return true;
    }
    if (s.line == 1 && StripByteOrderMark(&line)) {
      notes_.push_back(absl::StrCat(s.name, ": a UTF-8 byte-order mark was removed"));
    }
    if (line.capacity() < line.size() + simdjson::SIMDJSON_PADDING) {
      line.reserve(line.size() + simdjson::SIMDJSON_PADDING);
    }
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    NextJsonl(s, line, record);
    return true;
  }
}

bool InputReader::NextJsonDocumentRecord(Source& s, InputRecord* record) {
  if (s.line == 0 && s.json_records.empty()) {
    // A JSON document is read whole, at most kMaxJsonDocumentBytes.
    std::string text;
    const bool whole = ReadAll(s.in, std::max(max_article_bytes_, kMaxJsonDocumentBytes), &text);
    if (!whole) {
      ResetRecord(record);
      record->hints.set_id(s.base);
      record->status = absl::ResourceExhaustedError(absl::StrCat(
          s.name, ": a JSON document larger than ", MegaBytes(kMaxJsonDocumentBytes),
          " (write JSONL instead)"));
      s.at_end = true;
      ++s.line;
      return true;
    }
    if (StripByteOrderMark(&text)) {
      notes_.push_back(absl::StrCat(s.name, ": a UTF-8 byte-order mark was removed"));
    }
    SplitJsonDocument(&text, &s.json_records);
  }
  std::string& line = s.line_buffer;
  while (s.next_json_record < s.json_records.size()) {
    line = std::move(s.json_records[s.next_json_record++]);
    ++s.line;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    line.reserve(line.size() + simdjson::SIMDJSON_PADDING);
    NextJsonl(s, line, record);
    return true;
  }
  return false;
}

bool InputReader::NextDelimited(Source& s, InputRecord* record) {
  ResetRecord(record);
  v1::Article article;
  google::protobuf::Message* message = &article;
  if (s.format == InputFormat::kAnalysisDelimited || s.undecided_delimited) {
    message = &record->analysis.emplace();
  }
  uint32_t length = 0;
  Framed framed = ReadDelimited(s.in, max_article_bytes_, message, &length);
  if (framed == Framed::kEnd) {
    record->analysis.reset();
    return false;
  }
  if (s.undecided_delimited && (framed == Framed::kRecord || framed == Framed::kUnparsed)) {
    // The first record that parses decides: an ArticleAnalysis names its
    // article; an Article's id does not parse as one, or leaves it without
    // an id.
    if (framed == Framed::kRecord && !record->analysis->article().id().empty()) {
      s.format = InputFormat::kAnalysisDelimited;
      s.undecided_delimited = false;
    } else {
      record->analysis.reset();
      google::protobuf::LogSilencer quiet;
      framed = article.ParseFromString(RecordBuffer()) ? Framed::kRecord : Framed::kUnparsed;
      s.undecided_delimited = framed != Framed::kRecord;
    }
  } else if (s.undecided_delimited) {
    record->analysis.reset();
  }
  ShrinkRecordBuffer();
  const bool analyses = s.format == InputFormat::kAnalysisDelimited;
  ++s.line;
  s.fallback_id = absl::StrCat(s.base, ":", s.line);
  const char* kind = analyses ? "ArticleAnalysis" : "Article";
  if (framed != Framed::kRecord) {
    record->analysis.reset();
    record->hints.set_id(s.fallback_id);
    if (framed == Framed::kTruncated) {
      record->status = absl::DataLossError(absl::StrCat(
          s.base, " record ", s.line, ": truncated delimited ", kind,
          " (its length prefix or its bytes are cut short)"));
      s.at_end = true;
    } else if (framed == Framed::kTooLarge) {
      record->status = absl::ResourceExhaustedError(absl::StrCat(
          s.base, " record ", s.line, ": ", length,
          " bytes, larger than the largest article read, ", MegaBytes(max_article_bytes_),
          " (--max_article_mb)"));
    } else {
      record->status = absl::InvalidArgumentError(absl::StrCat(
          s.base, " record ", s.line, ": not a quotes.v1.", kind,
          " (its bytes do not parse; a text that is not UTF-8 does not)"));
    }
    return true;
  }
  if (analyses) {
    bytes_read_ += length;
    AcceptAnalysis(s.fallback_id, "the message", record);
    if (!record->status.ok()) {
      record->status = absl::InvalidArgumentError(
          absl::StrCat(s.base, " record ", s.line, ": ", record->status.message()));
    }
    return true;
  }
  record->text = std::move(*article.mutable_text());
  article.clear_text();
  if (const std::string dropped = NormalizeArticleDate(&article); !dropped.empty()) {
    notes_.push_back(absl::StrCat(s.base, " record ", s.line, ": date \"", dropped,
                                  "\" is not a date: left out"));
  }
  if (article.id().empty()) article.set_id(s.fallback_id);
  record->hints = std::move(article);
  bytes_read_ += record->text.size();  // the text, as for text input
  return true;
}

bool InputReader::Next(InputRecord* record) {
  while (true) {
    if (source_ != nullptr) {
      Source& s = *source_;
      const bool jsonl =
          s.format == InputFormat::kJsonl || s.format == InputFormat::kAnalysisJsonl;
      if (!s.at_end &&
          (jsonl ? NextJsonlRecord(s, record) : NextDelimited(s, record))) {
        ++s.records;
        return true;
      }
      // The stream's end: a read error, or nothing in it at all, is a record
      // of its own, so that no input passes unseen.
      absl::Status error = s.ReadError();
      if (error.ok() && s.records == 0) {
        error = absl::InvalidArgumentError(
            absl::StrCat(s.name, " holds no records"));
      }
      const bool report = !error.ok() && !s.at_end;
      const int64_t records = s.records;
      const std::string id = records == 0 ? s.base : absl::StrCat(s.base, ":", s.line + 1);
      source_.reset();  // `s` is gone from here on
      if (report) {
        *record = InputRecord();
        record->hints.set_id(id);
        record->status = std::move(error);
        if (record->status.code() == absl::StatusCode::kDataLoss) {
          record->status = absl::DataLossError(absl::StrCat(
              record->status.message(), " (after ", records, " records)"));
        }
        return true;
      }
    }
    if (next_path_ >= pending_.size()) return false;
    if (OpenNext(record)) return true;
  }
}

}  // namespace quotes
