#include "tools/output.h"

#include <memory>
#include <sstream>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/io/zero_copy_stream_impl.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "google/protobuf/text_format.h"
#include "google/protobuf/util/delimited_message_util.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/type_resolver.h"
#include "google/protobuf/util/type_resolver_util.h"
#include "tools/csv_output.h"

namespace factcheck {

namespace {

// The prefix of the type URLs MessageToJsonString resolves types by.
constexpr char kTypeUrlPrefix[] = "type.googleapis.com";

}  // namespace

bool ParseOutputFormat(const std::string& name, OutputFormat* format) {
  if (name == "jsonl") *format = OutputFormat::kJsonl;
  else if (name == "json") *format = OutputFormat::kJson;
  else if (name == "textproto") *format = OutputFormat::kTextproto;
  else if (name == "binary") *format = OutputFormat::kBinary;
  else if (name == "table") *format = OutputFormat::kTable;
  else if (name == "text") *format = OutputFormat::kText;
  else if (name == "html") *format = OutputFormat::kHtml;
  else if (name == "csv") *format = OutputFormat::kCsv;
  else if (name == "claimreview") *format = OutputFormat::kClaimReview;
  else return false;
  return true;
}

google::protobuf::util::JsonPrintOptions JsonOptions(bool whitespace) {
  google::protobuf::util::JsonPrintOptions options;
  options.add_whitespace = whitespace;
  options.always_print_primitive_fields = true;
  return options;
}

void PrintJson(const google::protobuf::Message& message, bool whitespace,
               google::protobuf::io::ZeroCopyOutputStream* out) {
  // What MessageToJsonString does: the message serialized, and printed from
  // those bytes by a type resolver for its pool under the same URL prefix
  // (the one for the generated pool made once, as there).
  const google::protobuf::DescriptorPool* pool = message.GetDescriptor()->file()->pool();
  static google::protobuf::util::TypeResolver* const generated =
      google::protobuf::util::NewTypeResolverForDescriptorPool(
          kTypeUrlPrefix, google::protobuf::DescriptorPool::generated_pool());
  std::unique_ptr<google::protobuf::util::TypeResolver> own;
  if (pool != google::protobuf::DescriptorPool::generated_pool()) {
    own.reset(google::protobuf::util::NewTypeResolverForDescriptorPool(kTypeUrlPrefix, pool));
  }
  const std::string binary = message.SerializeAsString();
  google::protobuf::io::ArrayInputStream in(binary.data(), static_cast<int>(binary.size()));
  (void)google::protobuf::util::BinaryToJsonStream(
      own != nullptr ? own.get() : generated,
      absl::StrCat(kTypeUrlPrefix, "/", message.GetDescriptor()->full_name()), &in, out,
      JsonOptions(whitespace));
}

MessageWriter::MessageWriter(std::ostream* out, OutputFormat format, bool single)
    : out_(out), format_(format), single_(single) {}
MessageWriter::~MessageWriter() = default;

bool MessageWriter::Write(const google::protobuf::Message& message) {
  std::string s;
  switch (format_) {
    case OutputFormat::kJsonl:
    case OutputFormat::kJson: {
      if (format_ == OutputFormat::kJson && !single_) *out_ << (count_ == 0 ? "[\n" : ",\n");
      {
        // Flushed into *out_ when it goes out of scope.
        google::protobuf::io::OstreamOutputStream stream(out_);
        PrintJson(message, format_ == OutputFormat::kJson, &stream);
      }
      if (format_ == OutputFormat::kJsonl) *out_ << '\n';
      break;
    }
    case OutputFormat::kTextproto:
      google::protobuf::TextFormat::PrintToString(message, &s);
      if (count_ > 0) *out_ << "\n";
      *out_ << "# " << message.GetDescriptor()->full_name() << "\n" << s;
      break;
    case OutputFormat::kBinary:
      google::protobuf::util::SerializeDelimitedToOstream(message, out_);
      break;
    case OutputFormat::kCsv:
      if (auto* a = dynamic_cast<const quotes::v1::ArticleAnalysis*>(&message)) {
        if (count_ == 0) WriteQuoteCsvHeader(out_);
        WriteQuoteCsvRows(*a, out_);
      }
      break;
    case OutputFormat::kClaimReview:  // check's, by WriteReportStream
    case OutputFormat::kTable:
    case OutputFormat::kText:
      if (auto* a = dynamic_cast<const quotes::v1::ArticleAnalysis*>(&message)) {
        PrintAnalysisTable(*a, out_);
      } else if (auto* r =
                     dynamic_cast<const quotes::v1::CrossCheckReport*>(&message)) {
        PrintReportText(*r, out_);
      }
      break;
    case OutputFormat::kHtml:
      break;
  }
  ++count_;
  return out_->good();
}

bool MessageWriter::Finish() {
  if (format_ == OutputFormat::kCsv && count_ == 0 && !single_) WriteQuoteCsvHeader(out_);
  if (format_ == OutputFormat::kJson && single_) {
    *out_ << "\n";
  } else if (format_ == OutputFormat::kJson) {
    *out_ << (count_ == 0 ? "[]\n" : "\n]\n");
  }
  out_->flush();
  return out_->good();
}

namespace {

std::string OneLine(std::string s, size_t max) {
  s = absl::StrReplaceAll(s, {{"\n\n", " ¶ "}, {"\n", " "}});
  if (s.size() > max) {
    size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    s = s.substr(0, cut) + "…";
  }
  return s;
}

const char* KindName(quotes::v1::QuoteKind k) {
  switch (k) {
    case quotes::v1::DIRECT: return "direct";
    case quotes::v1::INDIRECT: return "indirect";
    case quotes::v1::MIXED: return "mixed";
    default: return "?";
  }
}

}  // namespace

namespace {

// `s` with terminal controls written out: C0 controls other than tab and
// line feed as "\x1b", DEL, and the C1 controls (U+0080 to U+009F) as
// "\u009b". An article's id or headline holding ESC [ ... would otherwise
// drive the terminal that shows the table or the text report.
std::string ForTerminal(absl::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
      absl::StrAppendFormat(&out, "\\x%02x", c);
      continue;
    }
    const unsigned char next = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    if (c == 0xC2 && next >= 0x80 && next <= 0x9F) {
      absl::StrAppendFormat(&out, "\\u%04x", next);
      ++i;
      continue;
    }
    out.push_back(s[i]);
  }
  return out;
}

// Runs `print` into a buffer and writes what it printed for a terminal.
template <typename Print>
void PrintForTerminal(std::ostream* out, Print print) {
  std::ostringstream buffer;
  print(&buffer);
  *out << ForTerminal(buffer.str());
}

void PrintAnalysisTableRaw(const quotes::v1::ArticleAnalysis& a, std::ostream* out) {
  const auto& art = a.article();
  *out << "== " << art.id();
  if (a.has_error()) {
    *out << "  ERROR: " << a.error().message() << "\n\n";
    return;
  }
  *out << "\n";
  auto line = [&](const char* k, const std::string& v) {
    if (!v.empty()) *out << "   " << k << ": " << v << "\n";
  };
  line("headline", art.headline());
  line("source", art.source());
  line("distributor", art.distributor());
  std::string authors;
  for (const auto& au : art.authors()) absl::StrAppend(&authors, authors.empty() ? "" : ", ", au);
  line("byline", authors);
  line("dateline", art.dateline());
  line("date", art.date());
  if (a.quotes_size() == 0) *out << "   (no quotes found)\n";
  for (const auto& q : a.quotes()) {
    std::string who = q.has_speaker() ? q.speaker().name() : "(unknown)";
    if (q.has_speaker() && !q.speaker().title().empty()) {
      absl::StrAppend(&who, " (", q.speaker().title(),
                      q.speaker().organization().empty() ? "" : ", ",
                      q.speaker().organization(), ")");
    }
    // An interrupted quote prints its pieces, without the attribution
    // between them.
    std::string said = q.text();
    if (q.parts_size() > 0) {
      said.clear();
      for (const auto& p : q.parts()) {
        if (p.end() > art.text().size() || p.end() < p.begin()) {
          said = q.text();
          break;
        }
        absl::StrAppend(&said, said.empty() ? "" : " … ",
                        art.text().substr(p.begin(), p.end() - p.begin()));
      }
    }
    *out << absl::StrFormat("   %-8s [%u-%u] %s %s: \"%s\"\n", KindName(q.kind()),
                            q.span().begin(), q.span().end(), who,
                            q.cue().empty() ? "" : "(" + q.cue() + ")",
                            OneLine(said, 160));
  }
  *out << "\n";
}

}  // namespace

void PrintAnalysisTable(const quotes::v1::ArticleAnalysis& a, std::ostream* out) {
  PrintForTerminal(out, [&a](std::ostream* o) { PrintAnalysisTableRaw(a, o); });
}

namespace {

// The text report's first line: counts by verdict, stories, skipped.
void PrintReportTextHead(const quotes::v1::CrossCheckReport& summary, const int by_verdict[8],
                         size_t left_out, std::ostream* out) {
  const quotes::v1::CrossCheckReport& r = summary;
  *out << "Cross-check of " << r.articles() << " articles, " << r.claims() << " claims: "
       << by_verdict[quotes::v1::CONFLICT] << " conflict, "
       << by_verdict[quotes::v1::DIFFERS] << " differ, "
       << by_verdict[quotes::v1::CONSISTENT] << " consistent, "
       << by_verdict[quotes::v1::SINGLE_SOURCE] << " single source, "
       << by_verdict[quotes::v1::DISCREPANCY] << " to look at; " << r.stories_size()
       << " stories";
  if (r.skipped_comparisons() > 0) {
    *out << "; " << r.skipped_comparisons() << " comparisons skipped by a limit";
  }
  if (left_out > 0) *out << "; " << left_out << " findings of other verdicts left out (--verdict)";
  *out << "\n\n";
}

void PrintFindingText(const quotes::v1::Finding& f, std::ostream* out) {
  // What was compared: "delegate of Donald Trump (has) on 2016-03-15".
  std::string key = f.measure();
  if (!f.subject().empty()) absl::StrAppend(&key, " of ", f.subject());
  if (!f.frame().empty()) absl::StrAppend(&key, " (", f.frame(), ")");
  if (!f.event().empty()) absl::StrAppend(&key, " at ", f.event());
  if (!f.time().empty()) absl::StrAppend(&key, ", ", f.time());
  *out << quotes::v1::Verdict_Name(f.verdict()) << "  " << key << "\n   "
       << quotes::v1::FindingKind_Name(f.kind());
  if (!f.rule().empty()) *out << ", rule " << f.rule();
  if (!f.story().empty()) *out << ", " << f.story();
  *out << ", " << f.independent_sources() << " independent source"
       << (f.independent_sources() == 1 ? "" : "s") << "\n";
  if (!f.explanation().empty()) *out << "   " << f.explanation() << "\n";
  for (const auto& c : f.claims()) {
    // The evidence, enough to check without opening the article.
    *out << "   - " << c.article_id();
    for (const std::string* part : {&c.source(), &c.date(), &c.headline()}) {
      if (!part->empty()) *out << " | " << OneLine(*part, 100);
    }
    *out << "\n     \"" << OneLine(c.text(), 100) << "\" at bytes " << c.span().begin()
         << "-" << c.span().end();
    if (c.has_char_span()) {
      *out << " (characters " << c.char_span().begin() << "-" << c.char_span().end() << ")";
    }
    if (!c.speaker().empty()) *out << ", said by " << c.speaker();
    *out << "\n";
    if (!c.sentence().empty()) *out << "     in: \"" << OneLine(c.sentence(), 300) << "\"\n";
    if (!c.url().empty()) *out << "     " << c.url() << "\n";
  }
  *out << "\n";
}

void PrintStoriesText(const quotes::v1::CrossCheckReport& r, std::ostream* out) {
  for (const auto& story : r.stories()) {
    *out << story.id() << " (" << story.article_ids_size() << " articles): "
         << OneLine(story.headline(), 100);
    if (story.terms_size() > 0) *out << "  [" << absl::StrJoin(story.terms(), ", ") << "]";
    *out << "\n   " << absl::StrJoin(story.article_ids(), ", ") << "\n";
  }
}

// The report as JSON (`whitespace`, --format=json) or one line (jsonl), one
// finding at a time. The printer's own output of each finding is spliced
// into that of the rest: with whitespace a finding sits two levels deep, so
// each of its lines is indented by two more spaces (JSON strings hold no raw
// line breaks).
void WriteReportJson(const ReportStream& r, bool whitespace, std::ostream* out) {
  const google::protobuf::util::JsonPrintOptions options = JsonOptions(whitespace);
  std::string json;
  if (r.findings == 0) {
    // Nothing to splice into, or no field after the findings: printed whole.
    quotes::v1::CrossCheckReport whole = *r.summary;
    for (size_t i = 0; i < r.findings; ++i) *whole.add_findings() = r.finding(i);
    (void)google::protobuf::util::MessageToJsonString(whole, &json, options);
    *out << json;
    if (!whitespace) *out << '\n';
    return;
  }
  (void)google::protobuf::util::MessageToJsonString(*r.summary, &json, options);
  // The other fields, after the opening brace and the empty findings (field
  // 1, printed first): `"articles": ...}`.
  const std::string empty_findings = whitespace ? "{\n \"findings\": [],\n" : "{\"findings\":[],";
  const std::string rest = absl::StartsWith(json, empty_findings)
                               ? json.substr(empty_findings.size())
                               : json.substr(whitespace ? 2 : 1);
  *out << (whitespace ? "{\n \"findings\": [\n" : "{\"findings\":[");
  for (size_t i = 0; i < r.findings; ++i) {
    json.clear();
    (void)google::protobuf::util::MessageToJsonString(r.finding(i), &json, options);
    if (i > 0) *out << (whitespace ? ",\n" : ",");
    if (whitespace) {
      if (!json.empty() && json.back() == '\n') json.pop_back();
      *out << "  " << absl::StrReplaceAll(json, {{"\n", "\n  "}});
    } else {
      *out << json;
    }
  }
  *out << (whitespace ? "\n ],\n" : "],") << rest;
  if (!whitespace) *out << '\n';
}

}  // namespace

void PrintReportText(const quotes::v1::CrossCheckReport& r, std::ostream* out) {
  int by_verdict[8] = {};
  for (const auto& f : r.findings()) {
    if (f.verdict() >= 0 && f.verdict() < 8) ++by_verdict[f.verdict()];
  }
  PrintReportTextHead(r, by_verdict, 0, out);
  for (const auto& f : r.findings()) {
    PrintForTerminal(out, [&f](std::ostream* o) { PrintFindingText(f, o); });
  }
  PrintForTerminal(out, [&r](std::ostream* o) { PrintStoriesText(r, o); });
}

bool WriteReportStream(const ReportStream& report, OutputFormat format, std::ostream* out) {
  switch (format) {
    case OutputFormat::kJson:
    case OutputFormat::kJsonl:
      WriteReportJson(report, format == OutputFormat::kJson, out);
      break;
    case OutputFormat::kText:
    case OutputFormat::kTable: {
      int by_verdict[8] = {};
      for (size_t i = 0; i < report.findings; ++i) {
        const quotes::v1::Verdict v = report.verdict(i);
        if (v >= 0 && v < 8) ++by_verdict[v];
      }
      PrintReportTextHead(*report.summary, by_verdict, report.left_out, out);
      for (size_t i = 0; i < report.findings; ++i) {
        const quotes::v1::Finding f = report.finding(i);
        PrintForTerminal(out, [&f](std::ostream* o) { PrintFindingText(f, o); });
      }
      PrintForTerminal(out, [&report](std::ostream* o) { PrintStoriesText(*report.summary, o); });
      break;
    }
    case OutputFormat::kCsv:
      WriteFindingCsvHeader(out);
      for (size_t i = 0; i < report.findings; ++i) WriteFindingCsvRow(report.finding(i), out);
      break;
    case OutputFormat::kClaimReview:
      *out << "[";
      for (size_t i = 0; i < report.findings; ++i) {
        *out << (i == 0 ? "\n" : ",\n") << FindingToClaimReview(report.finding(i), report.review);
      }
      *out << (report.findings == 0 ? "]\n" : "\n]\n");
      break;
    default: {
      quotes::v1::CrossCheckReport whole = *report.summary;
      for (size_t i = 0; i < report.findings; ++i) *whole.add_findings() = report.finding(i);
      MessageWriter writer(out, format, /*single=*/true);
      return writer.Write(whole);
    }
  }
  return out->good();
}

ReportStream StreamOf(const quotes::internal::CrossCheckResult& result) {
  ReportStream stream;
  stream.summary = &result.summary();
  stream.findings = result.findings_size();
  stream.finding = [&result](size_t i) { return result.finding(i); };
  stream.verdict = [&result](size_t i) { return result.verdict(i); };
  return stream;
}

}  // namespace factcheck
