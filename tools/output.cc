#include "tools/output.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "google/protobuf/io/zero_copy_stream_impl.h"
#include "google/protobuf/text_format.h"
#include "google/protobuf/util/delimited_message_util.h"
#include "google/protobuf/util/json_util.h"

namespace factcheck {

bool ParseOutputFormat(const std::string& name, OutputFormat* format) {
  if (name == "jsonl") *format = OutputFormat::kJsonl;
  else if (name == "json") *format = OutputFormat::kJson;
  else if (name == "textproto") *format = OutputFormat::kTextproto;
  else if (name == "binary") *format = OutputFormat::kBinary;
  else if (name == "table") *format = OutputFormat::kTable;
  else if (name == "text") *format = OutputFormat::kText;
  else return false;
  return true;
}

MessageWriter::MessageWriter(std::ostream* out, OutputFormat format, bool single)
    : out_(out), format_(format), single_(single) {}
MessageWriter::~MessageWriter() = default;

bool MessageWriter::Write(const google::protobuf::Message& message) {
  std::string s;
  switch (format_) {
    case OutputFormat::kJsonl:
    case OutputFormat::kJson: {
      google::protobuf::util::JsonPrintOptions options;
      options.add_whitespace = format_ == OutputFormat::kJson;
      (void)google::protobuf::util::MessageToJsonString(message, &s, options);
      if (format_ == OutputFormat::kJson && single_) {
        *out_ << s;
      } else if (format_ == OutputFormat::kJson) {
        *out_ << (count_ == 0 ? "[\n" : ",\n") << s;
      } else {
        *out_ << s << '\n';
      }
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
    case OutputFormat::kTable:
    case OutputFormat::kText:
      if (auto* a = dynamic_cast<const quotes::v1::ArticleAnalysis*>(&message)) {
        PrintAnalysisTable(*a, out_);
      } else if (auto* r =
                     dynamic_cast<const quotes::v1::CrossCheckReport*>(&message)) {
        PrintReportText(*r, out_);
      }
      break;
  }
  ++count_;
  return out_->good();
}

bool MessageWriter::Finish() {
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

void PrintAnalysisTable(const quotes::v1::ArticleAnalysis& a, std::ostream* out) {
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
    if (q.parts_size() > 0 && q.has_span()) {
      said.clear();
      for (const auto& p : q.parts()) {
        if (p.begin() < q.span().begin() || p.end() > q.span().end() ||
            p.end() < p.begin()) {
          said = q.text();
          break;
        }
        absl::StrAppend(&said, said.empty() ? "" : " … ",
                        q.text().substr(p.begin() - q.span().begin(),
                                        p.end() - p.begin()));
      }
    }
    *out << absl::StrFormat("   %-8s [%u-%u] %s %s: \"%s\"\n", KindName(q.kind()),
                            q.span().begin(), q.span().end(), who,
                            q.cue().empty() ? "" : "(" + q.cue() + ")",
                            OneLine(said, 160));
  }
  *out << "\n";
}

void PrintReportText(const quotes::v1::CrossCheckReport& r, std::ostream* out) {
  int by_verdict[8] = {};
  for (const auto& f : r.findings()) {
    if (f.verdict() >= 0 && f.verdict() < 8) ++by_verdict[f.verdict()];
  }
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
  *out << "\n\n";
  for (const auto& f : r.findings()) {
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
  for (const auto& story : r.stories()) {
    *out << story.id() << " (" << story.article_ids_size() << " articles): "
         << OneLine(story.headline(), 100);
    if (story.terms_size() > 0) *out << "  [" << absl::StrJoin(story.terms(), ", ") << "]";
    *out << "\n   " << absl::StrJoin(story.article_ids(), ", ") << "\n";
  }
}

}  // namespace factcheck
