#include "quotes/input_reader.h"

#include <algorithm>
#include <cerrno>
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

InputFormat FormatOf(const std::string& path, InputFormat requested) {
  if (requested != InputFormat::kAuto) return requested;
  if (absl::EndsWith(path, ".jsonl") || absl::EndsWith(path, ".ndjson")) {
    return InputFormat::kJsonl;
  }
  if (absl::EndsWith(path, ".pb") || absl::EndsWith(path, ".binpb")) {
    return InputFormat::kDelimited;
  }
  return InputFormat::kText;
}

// A field of a JSON object as a string: strings as they are, integers
// printed; anything else (or absent) is "".
std::string Field(simdjson::dom::object obj, const char* name) {
  simdjson::dom::element v;
  if (obj.at_key(name).get(v) != simdjson::SUCCESS) return "";
  std::string_view sv;
  if (v.get_string().get(sv) == simdjson::SUCCESS) return std::string(sv);
  int64_t i = 0;
  if (v.get_int64().get(i) == simdjson::SUCCESS) return absl::StrCat(i);
  return "";
}

}  // namespace

bool ParseInputFormat(const std::string& name, InputFormat* format) {
  if (name == "auto") *format = InputFormat::kAuto;
  else if (name == "text") *format = InputFormat::kText;
  else if (name == "jsonl") *format = InputFormat::kJsonl;
  else if (name == "delimited") *format = InputFormat::kDelimited;
  else return false;
  return true;
}

InputRecord ParseJsonLine(const std::string& line,
                          const std::string& fallback_id) {
  InputRecord r;
  r.hints.set_id(fallback_id);
  // One parser a thread: it keeps its buffers between lines.
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element doc;
  if (auto error = parser.parse(line).get(doc); error != simdjson::SUCCESS) {
    r.status = absl::InvalidArgumentError(
        absl::StrCat("not valid JSON: ", simdjson::error_message(error)));
    return r;
  }
  simdjson::dom::object obj;
  if (doc.get_object().get(obj) != simdjson::SUCCESS) {
    r.status = absl::InvalidArgumentError("not a JSON object");
    return r;
  }
  const std::string id = Field(obj, "id");
  if (!id.empty()) r.hints.set_id(id);
  std::string headline = Field(obj, "headline");
  if (headline.empty()) headline = Field(obj, "title");
  r.hints.set_headline(headline);
  r.hints.set_date(Field(obj, "date"));
  r.hints.set_source(Field(obj, "source"));
  r.hints.set_url(Field(obj, "url"));
  std::string_view text;
  simdjson::dom::element t;
  if (obj.at_key("text").get(t) != simdjson::SUCCESS ||
      t.get_string().get(text) != simdjson::SUCCESS) {
    r.status = absl::InvalidArgumentError("record has no string field \"text\"");
    return r;
  }
  r.text.assign(text.data(), text.size());
  return r;
}

struct InputReader::Source {
  std::string name;  // path or "-"
  InputFormat format;
  std::unique_ptr<std::ifstream> file;
  std::istream* in = nullptr;
  std::unique_ptr<google::protobuf::io::IstreamInputStream> zero_copy;
  int64_t line = 0;
  // JSONL: one buffer for every line, with room for simdjson's padding so
  // that it parses the line in place.
  std::string line_buffer;
};

InputReader::InputReader(std::vector<std::string> paths, InputFormat format)
    : pending_(std::move(paths)), format_(format) {}
InputReader::~InputReader() = default;

bool InputReader::OpenNext(InputRecord* record) {
  while (next_path_ < pending_.size()) {
    const std::string path = pending_[next_path_++];
    *record = InputRecord();
    record->hints.set_id(path == "-" ? "stdin" : BaseName(path));
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
    source->format = format;
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
    if (format == InputFormat::kDelimited) {
      source->zero_copy =
          std::make_unique<google::protobuf::io::IstreamInputStream>(source->in);
    }
    source_ = std::move(source);
    return false;  // records come from the stream
  }
  return false;
}

bool InputReader::Next(InputRecord* record) {
  while (true) {
    if (source_ != nullptr) {
      Source& s = *source_;
      const std::string base = s.name == "-" ? "stdin" : BaseName(s.name);
      if (s.format == InputFormat::kJsonl) {
        std::string& line = s.line_buffer;
        while (std::getline(*s.in, line)) {
          ++s.line;
          if (line.capacity() < line.size() + simdjson::SIMDJSON_PADDING) {
            line.reserve(line.size() + simdjson::SIMDJSON_PADDING);
          }
          if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
          bytes_read_ += line.size();
          *record = ParseJsonLine(line, absl::StrCat(base, ":", s.line));
          if (!record->status.ok()) {
            record->status = absl::InvalidArgumentError(absl::StrCat(
                base, " line ", s.line, ": ", record->status.message()));
          }
          return true;
        }
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
