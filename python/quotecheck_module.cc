// quotecheck._quotecheck: the C++ analyzer and cross-check for Python
// (pybind11). Records cross the boundary serialized (quotes.v1 wire format)
// and python/quotecheck/__init__.py parses them: no C++ message is ever
// handed to the Python protobuf runtime, whose classes and descriptor pool
// are its own even though it loads the same libprotobuf.so.
//
// Every call that analyses or checks releases the GIL, so Python threads
// run beside it; analyze_many() and extract_jsonl() also run their own
// threads. Errors are Python exceptions (ValueError, TypeError) with the
// library's message; input that cannot be analysed is an error record, as
// in the CLI.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <memory>
#include <sstream>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "proto/quotes.pb.h"
#include "quotes/analyzer.h"
#include "quotes/crosscheck/cross_check.h"
#include "quotes/input_reader.h"
#include "tools/output.h"

namespace py = pybind11;

namespace {

constexpr int kMaxThreads = 256;

// The CLI's limit on one article (--max_article_mb's default).
constexpr uint64_t kDefaultMaxArticleBytes = quotes::InputReader::kDefaultMaxArticleBytes;

quotes::Strictness ParseStrictness(const std::string& name) {
  if (name == "possible") return quotes::Strictness::kPossible;
  if (name == "likely") return quotes::Strictness::kLikely;
  if (name == "certain") return quotes::Strictness::kCertain;
  throw py::value_error(
      absl::StrCat("strictness must be possible, likely or certain, not \"", name, "\""));
}

factcheck::OutputFormat ParseReportFormat(const std::string& name) {
  factcheck::OutputFormat format;
  // html needs each article's text and quotes, which the trimmed records
  // drop: factcheck check --format=html makes it.
  if (!factcheck::ParseOutputFormat(name, &format) || format == factcheck::OutputFormat::kTable ||
      format == factcheck::OutputFormat::kHtml) {
    throw py::value_error(absl::StrCat(
        "format must be text, json, jsonl, textproto or binary, not \"", name, "\""));
  }
  return format;
}

int ThreadCount(int threads, size_t items) {
  if (threads < 0 || threads > kMaxThreads) {
    throw py::value_error(absl::StrCat("threads must be 0 (one per core) to ", kMaxThreads,
                                       ", not ", threads));
  }
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  return static_cast<int>(std::min<size_t>(threads, std::max<size_t>(items, 1)));
}

// Runs work(i) for every i < n in `threads` threads (the caller's among
// them), each taking the next index as it is free.
template <typename Work>
void ParallelFor(size_t n, int threads, const Work& work) {
  std::atomic<size_t> next{0};
  auto loop = [&]() {
    for (size_t i = next++; i < n; i = next++) work(i);
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(loop);
  loop();
  for (std::thread& t : pool) t.join();
}

// One article to analyse, copied out of its Python objects while the GIL is
// held.
struct Item {
  std::string text;
  quotes::v1::Article hints;
};

// A str is taken as UTF-8 (a str that cannot be encoded, such as one with a
// lone surrogate, raises UnicodeEncodeError); bytes as they are, checked by
// the analyzer like the CLI's input.
std::string TextOf(const py::handle& text, const char* what) {
  if (py::isinstance<py::bytes>(text)) return text.cast<std::string>();
  if (py::isinstance<py::str>(text)) {
    Py_ssize_t size = 0;
    const char* utf8 = PyUnicode_AsUTF8AndSize(text.ptr(), &size);
    if (utf8 == nullptr) throw py::error_already_set();  // UnicodeEncodeError
    return std::string(utf8, static_cast<size_t>(size));
  }
  throw py::type_error(absl::StrCat(what, " must be str or bytes, not ",
                                    std::string(py::str(py::type::of(text).attr("__name__")))));
}

// An article given as a dict: "text" (required), "id", "date", "source",
// "headline" (or "title", as in the JSONL input), "url".
Item ItemOfDict(const py::dict& d, size_t index) {
  Item item;
  if (!d.contains("text")) {
    throw py::value_error(absl::StrCat("article ", index, " has no \"text\""));
  }
  item.text = TextOf(d["text"], "text");
  auto field = [&](const char* key, std::string* out) {
    if (!d.contains(key) || d[key].is_none()) return;
    py::handle v = d[key];
    if (!py::isinstance<py::str>(v)) {
      throw py::type_error(absl::StrCat("article ", index, ": \"", key, "\" must be str"));
    }
    *out = v.cast<std::string>();
  };
  field("id", item.hints.mutable_id());
  field("date", item.hints.mutable_date());
  field("source", item.hints.mutable_source());
  field("title", item.hints.mutable_headline());
  field("headline", item.hints.mutable_headline());
  field("url", item.hints.mutable_url());
  for (auto kv : d) {
    const std::string key = py::str(kv.first);
    if (key != "text" && key != "id" && key != "date" && key != "source" && key != "title" &&
        key != "headline" && key != "url") {
      throw py::value_error(absl::StrCat("article ", index, ": unknown field \"", key,
                                         "\" (text, id, date, source, headline, url)"));
    }
  }
  return item;
}

// An error record like the CLI's for an input it could not read.
quotes::v1::ArticleAnalysis ErrorRecord(const quotes::v1::Article& hints,
                                        const std::string& message) {
  quotes::v1::ArticleAnalysis analysis;
  *analysis.mutable_article() = hints;
  analysis.mutable_error()->set_article_id(hints.id());
  analysis.mutable_error()->set_message(message);
  return analysis;
}

std::string MegaBytes(uint64_t bytes) { return absl::StrCat(bytes / (1 << 20), " MB"); }

class PyAnalyzer {
 public:
  PyAnalyzer(const std::string& lexicon, const std::string& strictness, bool claims,
             bool detect_direct, bool detect_reported, bool replace_lexicon,
             bool include_text, double max_article_mb) {
    quotes::AnalyzerOptions options;
    options.lexicon_text_proto = lexicon;
    options.strictness = ParseStrictness(strictness);
    options.extract_claims = claims;
    options.detect_direct = detect_direct;
    options.detect_reported = detect_reported;
    options.replace_lexicon = replace_lexicon;
    options.include_text = include_text;
    if (!(max_article_mb > 0)) {
      throw py::value_error("max_article_mb must be more than 0");
    }
    max_article_bytes_ = static_cast<uint64_t>(max_article_mb * (1 << 20));
    absl::StatusOr<std::unique_ptr<quotes::Analyzer>> analyzer;
    {
      py::gil_scoped_release release;
      analyzer = quotes::Analyzer::Create(options);
    }
    if (!analyzer.ok()) throw py::value_error(std::string(analyzer.status().message()));
    analyzer_ = std::move(*analyzer);
  }

  py::bytes Analyze(const py::handle& text, const std::string& id, const std::string& date,
                    const std::string& source, const std::string& headline,
                    const std::string& url) const {
    Item item;
    item.text = TextOf(text, "text");
    item.hints.set_id(id);
    item.hints.set_date(date);
    item.hints.set_source(source);
    item.hints.set_headline(headline);
    item.hints.set_url(url);
    std::string out;
    {
      py::gil_scoped_release release;
      out = AnalyzeItem(item).SerializeAsString();
    }
    return py::bytes(out);
  }

  py::list AnalyzeMany(const py::iterable& items, int threads) const {
    std::vector<Item> work;
    size_t index = 0;
    for (py::handle h : items) {
      if (py::isinstance<py::dict>(h)) {
        work.push_back(ItemOfDict(h.cast<py::dict>(), index));
      } else {
        work.push_back({TextOf(h, "an article"), quotes::v1::Article()});
      }
      ++index;
    }
    const int n = ThreadCount(threads, work.size());
    std::vector<std::string> out(work.size());
    {
      py::gil_scoped_release release;
      ParallelFor(work.size(), n,
                  [&](size_t i) { out[i] = AnalyzeItem(work[i]).SerializeAsString(); });
    }
    py::list result;
    for (const std::string& s : out) result.append(py::bytes(s));
    return result;
  }

  // The lines of a JSONL partition, analysed and trimmed as `factcheck
  // check` folds them: see the binding's docstring.
  py::tuple ExtractJsonl(const py::bytes& data, const std::string& base, int64_t first_line,
                         int threads) const {
    std::string bytes = data;  // copied while the GIL is held
    std::vector<std::string> out;
    std::vector<std::string> messages;
    int64_t failed = 0;
    {
      py::gil_scoped_release release;
      // Split into lines as InputReader does: '\n' ends a line, a last line
      // need not end in one, and a blank line (spaces, tabs, '\r') is no
      // record.
      struct Line {
        absl::string_view text;
        int64_t number;
      };
      std::vector<Line> lines;
      absl::string_view rest = bytes;
      int64_t number = first_line;
      while (!rest.empty()) {
        const size_t nl = rest.find('\n');
        absl::string_view line = rest.substr(0, nl);
        rest.remove_prefix(nl == absl::string_view::npos ? rest.size() : nl + 1);
        if (number == 1 && absl::StartsWith(line, "\xEF\xBB\xBF")) line.remove_prefix(3);
        if (line.find_first_not_of(" \t\r") != absl::string_view::npos) {
          lines.push_back({line, number});
        }
        ++number;
      }
      std::vector<quotes::v1::ArticleAnalysis> analyses(lines.size());
      ParallelFor(lines.size(), ThreadCount(threads, lines.size()), [&](size_t i) {
        const Line& line = lines[i];
        if (line.text.size() > max_article_bytes_) {
          quotes::v1::Article hints;
          hints.set_id(absl::StrCat(base, ":", line.number));
          analyses[i] = ErrorRecord(
              hints, absl::StrCat(base, " line ", line.number,
                                  ": longer than the largest article read, ",
                                  MegaBytes(max_article_bytes_), " (--max_article_mb)"));
        } else {
          quotes::InputRecord record = quotes::ParseJsonLine(
              std::string(line.text), absl::StrCat(base, ":", line.number));
          if (!record.status.ok()) {
            analyses[i] = ErrorRecord(record.hints, absl::StrCat(base, " line ", line.number,
                                                                 ": ", record.status.message()));
          } else {
            analyses[i] = analyzer_->Analyze(record.text, record.hints);
          }
        }
        // What check folds in: the analysis without its text, trimmed to
        // what the cross-check reads (the same report, byte for byte).
        analyses[i].mutable_article()->clear_text();
        quotes::internal::TrimForCrossCheck(&analyses[i]);
      });
      out.reserve(analyses.size());
      for (const quotes::v1::ArticleAnalysis& a : analyses) {
        if (a.has_error()) {
          ++failed;
          messages.push_back(absl::StrCat(a.error().article_id(), ": ", a.error().message()));
        }
        out.push_back(a.SerializeAsString());
      }
    }
    std::string joined;
    {
      py::gil_scoped_release release;
      google::protobuf::io::StringOutputStream stream(&joined);
      google::protobuf::io::CodedOutputStream coded(&stream);
      for (const std::string& s : out) {
        coded.WriteVarint32(static_cast<uint32_t>(s.size()));
        coded.WriteString(s);
      }
    }
    return py::make_tuple(py::bytes(joined), static_cast<int64_t>(out.size()), failed,
                          messages);
  }

 private:
  quotes::v1::ArticleAnalysis AnalyzeItem(const Item& item) const {
    if (item.text.size() > max_article_bytes_) {
      return ErrorRecord(item.hints,
                         absl::StrCat(item.hints.id().empty() ? "article" : item.hints.id(),
                                      " is larger than the largest article read, ",
                                      MegaBytes(max_article_bytes_), " (max_article_mb)"));
    }
    return analyzer_->Analyze(item.text, item.hints);
  }

  std::unique_ptr<quotes::Analyzer> analyzer_;
  uint64_t max_article_bytes_ = kDefaultMaxArticleBytes;
};

// Reads length-delimited ArticleAnalysis records from each of `streams`, in
// order, into `*input`, in place (the GIL is held: the bytes are not copied).
// Throws ValueError naming the first that does not parse.
void FoldStreams(const std::vector<py::bytes>& streams,
                 quotes::internal::CrossCheckInput* input) {
  quotes::v1::ArticleAnalysis analysis;
  for (size_t s = 0; s < streams.size(); ++s) {
    char* data = nullptr;
    Py_ssize_t size = 0;
    if (PyBytes_AsStringAndSize(streams[s].ptr(), &data, &size) != 0) {
      throw py::error_already_set();
    }
    google::protobuf::io::CodedInputStream coded(reinterpret_cast<const uint8_t*>(data),
                                                 static_cast<int>(size));
    coded.SetTotalBytesLimit(INT32_MAX);
    for (int64_t record = 1; coded.CurrentPosition() < size; ++record) {
      uint32_t length = 0;
      bool parsed = coded.ReadVarint32(&length);
      if (parsed) {
        const auto limit = coded.PushLimit(static_cast<int>(length));
        analysis.Clear();
        parsed = analysis.MergeFromCodedStream(&coded) && coded.ConsumedEntireMessage() &&
                 coded.BytesUntilLimit() == 0;
        coded.PopLimit(limit);
      }
      if (!parsed) {
        throw py::value_error(absl::StrCat("partial ", s, ", record ", record,
                                           ": not a length-delimited quotes.v1.ArticleAnalysis"));
      }
      // As factcheck check: an analysis with `error` set is a failed input,
      // named on stderr, not part of the report.
      if (analysis.has_error()) continue;
      analysis.mutable_article()->clear_text();
      input->Add(analysis);
    }
  }
}

std::string WriteReport(quotes::internal::CrossCheckInput input, factcheck::OutputFormat format) {
  const quotes::internal::CrossCheckResult result =
      quotes::internal::CrossCheckCollected(std::move(input));
  const factcheck::ReportStream stream = factcheck::StreamOf(result);
  std::ostringstream out;
  // As factcheck check writes its report: a single-record writer finished
  // after the report.
  factcheck::MessageWriter writer(&out, format, /*single=*/true);
  if (!factcheck::WriteReportStream(stream, format, &out) || !writer.Finish()) {
    throw std::runtime_error("the report could not be written");
  }
  return out.str();
}

py::bytes Check(const std::vector<py::bytes>& analyses) {
  std::vector<std::string> records;
  records.reserve(analyses.size());
  for (const py::bytes& b : analyses) records.push_back(b);
  std::string out;
  {
    py::gil_scoped_release release;
    quotes::internal::CrossCheckInput input;
    quotes::v1::ArticleAnalysis analysis;
    for (size_t i = 0; i < records.size(); ++i) {
      if (!analysis.ParseFromString(records[i])) {
        py::gil_scoped_acquire acquire;
        throw py::value_error(
            absl::StrCat("analysis ", i, " does not parse as quotes.v1.ArticleAnalysis"));
      }
      if (analysis.has_error()) continue;  // as factcheck check
      analysis.mutable_article()->clear_text();
      input.Add(analysis);
    }
    out = quotes::internal::CrossCheckCollected(std::move(input)).ToReport().SerializeAsString();
  }
  return py::bytes(out);
}

py::bytes ReportFromPartials(const std::vector<py::bytes>& partials, const std::string& format) {
  const factcheck::OutputFormat f = ParseReportFormat(format);
  quotes::internal::CrossCheckInput input;
  FoldStreams(partials, &input);  // may throw: with the GIL held
  std::string out;
  {
    py::gil_scoped_release release;
    out = WriteReport(std::move(input), f);
  }
  return py::bytes(out);
}

}  // namespace

PYBIND11_MODULE(_quotecheck, m) {
  m.doc() =
      "quotecheck's C++ analyzer and cross-check. Records are quotes.v1 messages "
      "serialized to bytes; use the quotecheck package, which parses them.";

  py::class_<PyAnalyzer>(m, "Analyzer",
                         "Finds quotes, speakers and claims in news articles. Thread-safe: one "
                         "Analyzer may be used from many Python threads; its calls release "
                         "the GIL.")
      .def(py::init<const std::string&, const std::string&, bool, bool, bool, bool, bool,
                    double>(),
           py::arg("lexicon") = "", py::arg("strictness") = "possible",
           py::arg("claims") = true, py::arg("detect_direct") = true,
           py::arg("detect_reported") = true, py::arg("replace_lexicon") = false,
           py::arg("include_text") = true,
           py::arg("max_article_mb") = static_cast<double>(kDefaultMaxArticleBytes >> 20),
           "Builds an analyzer. lexicon: extra word lists in quotes.v1.Lexicon text "
           "format; strictness: possible, likely or certain. Raises ValueError when the "
           "lexicon does not parse or a pattern does not compile.")
      .def("analyze", &PyAnalyzer::Analyze, py::arg("text"), py::kw_only(),
           py::arg("id") = "", py::arg("date") = "", py::arg("source") = "",
           py::arg("headline") = "", py::arg("url") = "",
           "Analyses one article (str, or bytes that should be UTF-8) into a serialized "
           "quotes.v1.ArticleAnalysis. Input that cannot be analysed gives a record with "
           "`error` set.")
      .def("analyze_many", &PyAnalyzer::AnalyzeMany, py::arg("articles"), py::kw_only(),
           py::arg("threads") = 0,
           "Analyses texts (str or bytes) or dicts (text, id, date, source, headline, "
           "url) in `threads` threads (0: one per core); serialized records in input "
           "order.")
      .def("extract_jsonl", &PyAnalyzer::ExtractJsonl, py::arg("data"), py::arg("base"),
           py::arg("first_line"), py::kw_only(), py::arg("threads") = 1,
           "Reads JSONL article lines (bytes; whole lines, the first being line "
           "`first_line` of the file named `base`) as factcheck does, analyses them and "
           "trims each to what the cross-check reads. Returns (records, count, failed, "
           "messages): the records length-delimited, how many, how many are error "
           "records, and each error's message.");

  m.def("check", &Check, py::arg("analyses"),
        "Cross-checks serialized quotes.v1.ArticleAnalysis records into a serialized "
        "quotes.v1.CrossCheckReport, as factcheck check does. Raises ValueError for "
        "bytes that do not parse.");
  m.def("report_from_partials", &ReportFromPartials, py::arg("partials"),
        py::arg("format") = "text",
        "Cross-checks the length-delimited records of extract_jsonl() results, in order, "
        "and writes the report as `factcheck check --format=FORMAT` does (text, json, "
        "jsonl, textproto, binary), byte for byte.");
}
