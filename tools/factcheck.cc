// factcheck: who said what in news articles, and which of their facts agree.
//
//   factcheck extract [flags] PATH...   one ArticleAnalysis per article
//   factcheck check   [flags] PATH...   a CrossCheckReport over all articles
//   factcheck serve   [flags]           the gRPC service (tools/server.h)
//
// PATH is a text file, a folder (recursively, *.txt), a JSONL file (.jsonl),
// a delimited Article stream (.pb) or "-" for stdin.
//
// Exit codes: 0 every input processed; 1 --fail_on=conflict and a conflict was
// found; 2 usage error; 3 some inputs failed (each has an error record).
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/internal/usage.h"
#include "absl/flags/parse.h"
#include "absl/flags/usage.h"
#include "absl/flags/usage_config.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "quotes/analyzer.h"
#include "quotes/input_reader.h"
#include "tools/output.h"
#include "tools/remote_command.h"

ABSL_FLAG(std::string, format, "",
          "output format: jsonl (default for extract), json, textproto, binary "
          "(length-delimited protobuf), table (extract, for people), text "
          "(default for check)");
ABSL_FLAG(std::string, input_format, "auto",
          "input format: auto (by extension), text, jsonl, delimited");
ABSL_FLAG(std::string, lexicon, "",
          "a quotes.v1.Lexicon textproto file whose word lists extend the "
          "built-in ones");
ABSL_FLAG(bool, replace_lexicon, false,
          "with --lexicon: replace the built-in word lists instead of extending");
ABSL_FLAG(std::string, strictness, "possible",
          "which quotes to report: possible, likely, certain");
ABSL_FLAG(bool, include_text, true,
          "copy each article's text into its record (spans index into it)");
ABSL_FLAG(std::string, fail_on, "",
          "check: 'conflict' makes factcheck exit 1 when a conflict is found");
ABSL_FLAG(std::string, output, "-", "where to write: a file, or - for stdout");
ABSL_FLAG(bool, progress, true,
          "show a progress line on stderr when stderr is a terminal");
ABSL_FLAG(bool, stats, false,
          "print articles/s, MB/s, quotes and peak RSS to stderr at the end");

namespace {

constexpr int kExitOk = 0;
constexpr int kExitConflict = 1;
constexpr int kExitUsage = 2;
constexpr int kExitSomeFailed = 3;

int Usage(const std::string& message) {
  std::cerr << "factcheck: " << message << "\n"
            << "usage: factcheck extract|check [flags] PATH...  or  factcheck serve [flags]   (--help for flags)\n";
  return kExitUsage;
}

long PeakRssKb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (absl::StartsWith(line, "VmHWM:")) return std::atol(line.c_str() + 6);
  }
  return 0;
}

// A one-line progress display, redrawn at most ten times a second.
class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled && isatty(STDERR_FILENO)) {}
  void Update(uint64_t articles, uint64_t bytes, bool force = false) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (!force && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    const double secs =
        std::chrono::duration<double>(now - start_).count() + 1e-9;
    const int bar = static_cast<int>((articles / 50) % 21);
    std::string cells(20, ' ');
    for (int i = 0; i < 20 && i < bar; ++i) cells[i] = '#';
    std::fprintf(stderr, "\r[%s] %llu articles, %.1f MB, %.1f MB/s ", cells.c_str(),
                 static_cast<unsigned long long>(articles), bytes / 1e6,
                 bytes / 1e6 / secs);
    shown_ = true;
  }
  void Done() {
    if (shown_) std::fprintf(stderr, "\r\033[K");
  }

 private:
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_;
};

// "--fail-on=x" is accepted as "--fail_on=x": conventional dashed flags.
std::vector<char*> NormalizeFlags(int argc, char** argv,
                                  std::vector<std::string>* storage) {
  storage->reserve(argc);
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    if (absl::StartsWith(a, "--") && a.size() > 2) {
      size_t end = a.find('=');
      if (end == std::string::npos) end = a.size();
      for (size_t k = 2; k < end; ++k) {
        if (a[k] == '-') a[k] = '_';
      }
    }
    storage->push_back(a);
  }
  std::vector<char*> out;
  for (std::string& s : *storage) out.push_back(s.data());
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  absl::SetProgramUsageMessage(
      "who said what in news articles, and which of their facts agree.\n"
      "usage: factcheck extract|check [flags] PATH...  or  factcheck serve [flags]\n"
      "PATH: a text file, a folder (*.txt, recursively), a .jsonl file, a "
      ".pb delimited Article stream, or - for stdin.\n"
      "exit codes: 0 all inputs processed; 1 conflict found with "
      "--fail_on=conflict; 2 usage error; 3 some inputs failed.");
  // --help prints the flags and exits 0, as a conventional CLI does.
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--help" || a == "-h" || a == "--helpfull" || a == "-help") {
      absl::flags_internal::FlagsHelp(std::cout, "", absl::flags_internal::HelpFormat::kHumanReadable,
                                      absl::ProgramUsageMessage());
      return kExitOk;
    }
  }
  std::vector<std::string> storage;
  std::vector<char*> args_in = NormalizeFlags(argc, argv, &storage);
  std::vector<char*> args =
      absl::ParseCommandLine(static_cast<int>(args_in.size()), args_in.data());
  if (args.size() < 2) return Usage("missing command");
  const std::string command = args[1];
  if (command != "extract" && command != "check" && command != "serve") {
    return Usage(absl::StrCat("unknown command '", command, "'"));
  }
  std::vector<std::string> paths(args.begin() + 2, args.end());
  if (command == "serve" && !paths.empty()) return Usage("serve takes no PATH");
  if (paths.empty() && command != "serve") {
    return Usage("no input: give files, folders or - for stdin");
  }

  std::string format_name = absl::GetFlag(FLAGS_format);
  if (format_name.empty()) format_name = command == "check" ? "text" : "jsonl";
  factcheck::OutputFormat format;
  if (!factcheck::ParseOutputFormat(format_name, &format) ||
      (command == "check" && format == factcheck::OutputFormat::kTable) ||
      (command == "extract" && format == factcheck::OutputFormat::kText)) {
    return Usage(absl::StrCat("unknown --format=", format_name, " for ", command));
  }
  quotes::InputFormat input_format;
  if (!quotes::ParseInputFormat(absl::GetFlag(FLAGS_input_format), &input_format)) {
    return Usage(absl::StrCat("unknown --input_format=",
                              absl::GetFlag(FLAGS_input_format)));
  }
  const std::string fail_on = absl::GetFlag(FLAGS_fail_on);
  if (!fail_on.empty() && fail_on != "conflict") {
    return Usage(absl::StrCat("unknown --fail_on=", fail_on, " (want: conflict)"));
  }

  quotes::AnalyzerOptions options;
  const std::string strictness = absl::GetFlag(FLAGS_strictness);
  if (strictness == "possible") options.strictness = quotes::Strictness::kPossible;
  else if (strictness == "likely") options.strictness = quotes::Strictness::kLikely;
  else if (strictness == "certain") options.strictness = quotes::Strictness::kCertain;
  else return Usage(absl::StrCat("unknown --strictness=", strictness));
  options.include_text = absl::GetFlag(FLAGS_include_text);
  options.extract_claims = command != "extract";
  options.replace_lexicon = absl::GetFlag(FLAGS_replace_lexicon);
  if (!absl::GetFlag(FLAGS_lexicon).empty()) {
    std::ifstream in(absl::GetFlag(FLAGS_lexicon));
    if (!in) return Usage(absl::StrCat("cannot open --lexicon=", absl::GetFlag(FLAGS_lexicon)));
    options.lexicon_text_proto.assign(std::istreambuf_iterator<char>(in),
                                      std::istreambuf_iterator<char>());
  }
  absl::StatusOr<std::unique_ptr<quotes::Analyzer>> analyzer =
      quotes::Analyzer::Create(options);
  if (!analyzer.ok()) return Usage(analyzer.status().ToString());
  if (command == "serve") return factcheck::RunServeCommand(options);
  // With --server=HOST:PORT the server analyses; records and output are the same.
  absl::StatusOr<std::unique_ptr<factcheck::QuoteClient>> remote =
      factcheck::ConnectToServerFlag(options);
  if (!remote.ok()) {
    std::cerr << "factcheck: " << remote.status().message() << "\n";
    return kExitSomeFailed;
  }

  std::ofstream file;
  std::ostream* out = &std::cout;
  if (absl::GetFlag(FLAGS_output) != "-") {
    file.open(absl::GetFlag(FLAGS_output), std::ios::binary);
    if (!file) return Usage(absl::StrCat("cannot write ", absl::GetFlag(FLAGS_output)));
    out = &file;
  }
  std::ios::sync_with_stdio(false);
  factcheck::MessageWriter writer(out, format);
  Progress progress(absl::GetFlag(FLAGS_progress));
  const auto start = std::chrono::steady_clock::now();

  quotes::InputReader reader(paths, input_format);
  quotes::InputRecord record;
  uint64_t articles = 0, failed = 0, quotes_found = 0;
  std::vector<quotes::v1::ArticleAnalysis> kept;  // check only
  while (reader.Next(&record)) {
    quotes::v1::ArticleAnalysis analysis;
    if (!record.status.ok()) {
      *analysis.mutable_article() = record.hints;
      analysis.mutable_error()->set_article_id(record.hints.id());
      analysis.mutable_error()->set_message(std::string(record.status.message()));
    } else {
      analysis = *remote ? (*remote)->Analyze(record.text, record.hints)
                         : (*analyzer)->Analyze(record.text, record.hints);
    }
    ++articles;
    if (analysis.has_error()) {
      ++failed;
      std::cerr << "factcheck: " << analysis.error().article_id() << ": "
                << analysis.error().message() << "\n";
    }
    quotes_found += analysis.quotes_size();
    if (command == "extract") {
      if (!writer.Write(analysis)) {
        std::cerr << "factcheck: write failed\n";
        return kExitSomeFailed;
      }
    } else if (!analysis.has_error()) {
      analysis.mutable_article()->clear_text();
      kept.push_back(std::move(analysis));
    }
    progress.Update(articles, reader.bytes_read());
  }
  progress.Done();
  int exit_code = failed > 0 ? kExitSomeFailed : kExitOk;
  if (command == "check") {
    absl::StatusOr<quotes::v1::CrossCheckReport> checked =
        *remote ? (*remote)->CrossCheck(kept) : (*analyzer)->CrossCheck(kept);
    if (!checked.ok()) {
      std::cerr << "factcheck: " << checked.status().message() << "\n";
      return kExitSomeFailed;
    }
    const quotes::v1::CrossCheckReport& report = *checked;
    writer.Write(report);
    if (fail_on == "conflict" && exit_code == kExitOk) {
      for (const auto& f : report.findings()) {
        if (f.verdict() == quotes::v1::CONFLICT) exit_code = kExitConflict;
      }
    }
  }
  if (!writer.Finish()) {
    std::cerr << "factcheck: write failed\n";
    return kExitSomeFailed;
  }
  if (absl::GetFlag(FLAGS_stats)) {
    const double secs = std::chrono::duration<double>(
                            std::chrono::steady_clock::now() - start).count();
    std::cerr << absl::StrFormat(
        "articles=%d failed=%d quotes=%d bytes=%d seconds=%.3f "
        "articles_per_s=%.1f MB_per_s=%.2f peak_rss_MB=%.1f\n",
        articles, failed, quotes_found, reader.bytes_read(), secs,
        articles / secs, reader.bytes_read() / 1e6 / secs, PeakRssKb() / 1024.0);
  }
  return exit_code;
}
