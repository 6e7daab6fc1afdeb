#include "quotes/input_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <sstream>
#include <system_error>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "google/protobuf/io/coded_stream.h"
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

// With kAuto a JSONL file is kJsonl here; its first JSON object then says
// whether it holds articles or analyses (JsonlKind).
InputFormat FormatOf(const std::string& path, InputFormat requested) {
  if (requested != InputFormat::kAuto) return requested;
  if (absl::EndsWith(path, ".jsonl") || absl::EndsWith(path, ".ndjson")) {
    return InputFormat::kJsonl;
  }
  // A delimited stream does not say what it holds (an Article and an
  // ArticleAnalysis both begin with field 1, length-delimited), so analyses
  // are named so by their file name.
  if (absl::EndsWith(path, ".analyses.pb") || absl::EndsWith(path, ".analyses.binpb")) {
    return InputFormat::kAnalysisDelimited;
  }
  if (absl::EndsWith(path, ".pb") || absl::EndsWith(path, ".binpb")) {
    return InputFormat::kDelimited;
  }
  return InputFormat::kText;
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
  r->text.clear();
  r->status = absl::OkStatus();
  r->analysis.reset();
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

struct InputReader::Source {
  std::string name;  // path or "-"
  std::string base;  // what record ids are made of: the base name or "stdin"
  InputFormat format;
  JsonlKind kind = JsonlKind::kArticles;  // JSONL only
  bool at_end = false;  // analyses, delimited: cut short, nothing more to read
  std::unique_ptr<std::ifstream> file;
  std::istream* in = nullptr;
  std::unique_ptr<google::protobuf::io::IstreamInputStream> zero_copy;
  int64_t line = 0;  // JSONL: lines read; delimited: records read
  // JSONL: one buffer for every line, with room for simdjson's padding so
  // that it parses the line in place.
  std::string line_buffer;
  std::string fallback_id;  // JSONL: "BASE:LINE", rewritten for every line
};

InputReader::InputReader(std::vector<std::string> paths, InputFormat format)
    : pending_(std::move(paths)), format_(format) {}
InputReader::~InputReader() = default;

bool InputReader::OpenNext(InputRecord* record) {
  while (next_path_ < pending_.size()) {
    const std::string path = pending_[next_path_++];
    *record = InputRecord();
    const std::string base = path == "-" ? "stdin" : BaseName(path);
    record->hints.set_id(base);
    const InputFormat format =
        path == "-" && format_ == InputFormat::kAuto ? InputFormat::kText
                                                     : FormatOf(path, format_);
    std::error_code ec;
    if (path != "-" && fs::is_directory(path, ec)) {
      std::vector<std::string> files;
      fs::recursive_directory_iterator it(path, ec), end;
      for (; !ec && it != end; it.increment(ec)) {
        // Anything named *.txt that is not a folder is an input: a dangling
        // link or an unreadable file gets an error record, not silence.
        std::error_code kind_ec;
        if (it->path().extension() == ".txt" && !it->is_directory(kind_ec)) {
          files.push_back(it->path().string());
        }
      }
      if (ec) {
        record->status = absl::NotFoundError(
            absl::StrCat("cannot read folder ", path, ": ", ec.message()));
        return true;
      }
      if (files.empty()) {
        // Most often a wrong path or an unmounted archive: say so.
        record->status = absl::NotFoundError(
            absl::StrCat("folder ", path, " holds no *.txt articles"));
        return true;
      }
      std::sort(files.begin(), files.end());
      pending_.insert(pending_.begin() + next_path_, files.begin(), files.end());
      continue;
    }
    auto source = std::make_unique<Source>();
    source->name = path;
    source->base = base;
    source->format = format;
    if (format == InputFormat::kAnalysisJsonl) {
      source->kind = JsonlKind::kAnalyses;
    } else if (format == InputFormat::kJsonl && format_ == InputFormat::kAuto) {
      source->kind = JsonlKind::kUndecided;
    }
    if (path == "-") {
      source->in = &std::cin;
    } else {
      source->file = std::make_unique<std::ifstream>(path, std::ios::binary);
      if (!*source->file) {
        record->status = absl::NotFoundError(
            absl::StrCat("cannot open ", path, ": ", std::strerror(errno)));
        return true;
      }
      source->in = source->file.get();
    }
    if (format == InputFormat::kText) {
      std::string text((std::istreambuf_iterator<char>(*source->in)),
                       std::istreambuf_iterator<char>());
      if (source->in->bad()) {
        record->status = absl::DataLossError(absl::StrCat("cannot read ", path));
        return true;
      }
      bytes_read_ += text.size();
      record->text = std::move(text);
      return true;
    }
    if (format == InputFormat::kDelimited ||
        format == InputFormat::kAnalysisDelimited) {
      source->zero_copy =
          std::make_unique<google::protobuf::io::IstreamInputStream>(source->in);
    }
    source_ = std::move(source);
    return false;  // records come from the stream
  }
  return false;
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
}

// One record of a kAnalysisDelimited stream into `*record`; false at its
// clean end. A record that does not parse is an error record and the next
// one is read after it (its length prefix says where it ends); a length
// prefix or record cut short ends the stream with an error record.
bool InputReader::NextAnalysisDelimited(Source& s, InputRecord* record) {
  google::protobuf::io::CodedInputStream coded(s.zero_copy.get());
  const void* data = nullptr;
  int size = 0;
  if (!coded.GetDirectBufferPointer(&data, &size)) return false;  // no bytes left
  ResetRecord(record);
  ++s.line;
  s.fallback_id = absl::StrCat(s.base, ":", s.line);
  uint32_t length = 0;
  bool parsed = false;
  bool whole = coded.ReadVarint32(&length) && length <= INT32_MAX;
  if (whole) {
    // Parsed within the record's bounds and from the stream's own buffer;
    // a record that does not parse is skipped to its end, so that the
    // records after it are still read. The length is not trusted with an
    // allocation: a cut-short stream can claim any length.
    const auto limit = coded.PushLimit(static_cast<int>(length));
    record->analysis.emplace();
    parsed = record->analysis->ParseFromCodedStream(&coded) &&
             coded.BytesUntilLimit() == 0;
    if (!parsed) whole = coded.Skip(coded.BytesUntilLimit());
    coded.PopLimit(limit);
  }
  if (!whole) {
    record->analysis.reset();
    record->hints.set_id(s.fallback_id);
    record->status = absl::DataLossError(absl::StrCat(
        s.base, " record ", s.line,
        ": truncated delimited ArticleAnalysis (its length prefix or its "
        "bytes are cut short)"));
    s.at_end = true;
    return true;
  }
  bytes_read_ += length;
  if (!parsed) {
    record->analysis.reset();
    record->hints.set_id(s.fallback_id);
    record->status = absl::InvalidArgumentError(absl::StrCat(
        s.base, " record ", s.line,
        ": not a quotes.v1.ArticleAnalysis (its bytes do not parse)"));
    return true;
  }
  AcceptAnalysis(s.fallback_id, "the message", record);
  if (!record->status.ok()) {
    record->status = absl::InvalidArgumentError(
        absl::StrCat(s.base, " record ", s.line, ": ", record->status.message()));
  }
  return true;
}

bool InputReader::Next(InputRecord* record) {
  while (true) {
    if (source_ != nullptr) {
      Source& s = *source_;
      const std::string& base = s.base;
      if (s.format == InputFormat::kJsonl || s.format == InputFormat::kAnalysisJsonl) {
        std::string& line = s.line_buffer;
        while (std::getline(*s.in, line)) {
          ++s.line;
          if (line.capacity() < line.size() + simdjson::SIMDJSON_PADDING) {
            line.reserve(line.size() + simdjson::SIMDJSON_PADDING);
          }
          if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
          NextJsonl(s, line, record);
          return true;
        }
      } else if (s.format == InputFormat::kAnalysisDelimited) {
        if (!s.at_end && NextAnalysisDelimited(s, record)) return true;
      } else {
        *record = InputRecord();
        v1::Article article;
        bool clean_eof = false;
        if (google::protobuf::util::ParseDelimitedFromZeroCopyStream(
                &article, s.zero_copy.get(), &clean_eof)) {
          ++s.line;
          record->text = article.text();
          article.clear_text();
          if (article.id().empty()) article.set_id(absl::StrCat(base, ":", s.line));
          record->hints = std::move(article);
          bytes_read_ += record->text.size();
          return true;
        }
        // protobuf calls a length it cannot read at all a clean end; it is
        // one only when no bytes are left.
        if (clean_eof) {
          const void* data = nullptr;
          int size = 0;
          while (s.zero_copy->Next(&data, &size)) {
            if (size > 0) {
              clean_eof = false;
              break;
            }
          }
        }
        if (!clean_eof) {
          record->hints.set_id(absl::StrCat(base, ":", s.line + 1));
          record->status = absl::DataLossError(absl::StrCat(
              base, ": truncated or malformed delimited Article after record ",
              s.line));
          source_.reset();
          return true;
        }
      }
      source_.reset();
    }
    if (next_path_ >= pending_.size()) return false;
    if (OpenNext(record)) return true;
  }
}

}  // namespace quotes
