// factcheck's archive commands: `index`, `check --db` and `quotes`
// (tools/archive_command.h), over quotes::Archive.
#include "tools/archive_command.h"

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <utility>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

ABSL_FLAG(std::string, db, "",
          "index, check, quotes: the archive file (SQLite; docs/archive.md). index "
          "makes it when missing; check --db checks the inputs (none is fine) "
          "together with every article stored");
ABSL_FLAG(int, db_batch, 256,
          "index: articles stored per transaction (a kill loses at most the "
          "open one)");
ABSL_FLAG(int, busy_timeout_ms, 5000,
          "index, check, quotes: how long to wait for another process's write "
          "to the archive before failing");
ABSL_FLAG(std::string, speaker, "",
          "quotes: a person's name; a bare surname matches the full name when "
          "the archive holds only one of that surname");
ABSL_FLAG(std::string, match, "",
          "quotes: words that must all be in the quote (full-text search)");

namespace factcheck {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;
constexpr int kExitSomeFailed = 3;

absl::StatusOr<std::unique_ptr<quotes::Archive>> OpenDb(bool create) {
  const std::string path = absl::GetFlag(FLAGS_db);
  quotes::Archive::Options options;
  options.create = create;
  options.busy_timeout_ms = std::max(0, absl::GetFlag(FLAGS_busy_timeout_ms));
  return quotes::Archive::Open(path, options);
}

// A quote for people: date, speaker and title, where, then the words.
void PrintQuoteText(const quotes::v1::ArchivedQuote& q, std::ostream* out) {
  const quotes::v1::QuoteSpeaker& s = q.quote().speaker();
  std::string who = s.name().empty() ? "(no speaker)" : s.name();
  if (!s.title().empty()) absl::StrAppend(&who, ", ", s.title());
  if (!s.organization().empty()) absl::StrAppend(&who, " (", s.organization(), ")");
  *out << (q.date().empty() ? "undated" : q.date()) << "  " << who << "  [" << q.article_id();
  if (!q.source().empty()) *out << ", " << q.source();
  *out << "]\n  \"" << q.quote().text() << "\"\n";
}

// The text form's head: how many quotes, and every title the speaker was
// given with how often (most often first).
void PrintQuotesSummary(const std::vector<quotes::v1::ArchivedQuote>& found,
                        std::ostream* out) {
  std::set<std::string> articles;
  std::map<std::string, int> titles;
  std::set<std::string> names;
  for (const quotes::v1::ArchivedQuote& q : found) {
    articles.insert(q.article_id());
    if (!q.quote().speaker().title().empty()) ++titles[q.quote().speaker().title()];
    if (!q.quote().speaker().name().empty()) names.insert(q.quote().speaker().name());
  }
  *out << found.size() << " quotes in " << articles.size() << " articles";
  if (!names.empty()) *out << " by " << absl::StrJoin(names, ", ");
  *out << "\n";
  if (!titles.empty()) {
    std::vector<std::pair<std::string, int>> sorted(titles.begin(), titles.end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    std::vector<std::string> parts;
    for (const auto& [title, n] : sorted) parts.push_back(absl::StrCat(title, " (", n, ")"));
    *out << "titles: " << absl::StrJoin(parts, "; ") << "\n";
  }
  *out << "\n";
}

}  // namespace

std::string ArchiveFile() { return absl::GetFlag(FLAGS_db); }

bool IsArchiveCommand(const std::string& command) {
  return command == "index" || command == "quotes";
}

bool ArchiveAllowsNoPath(const std::string& command) {
  return command == "quotes" || (command == "check" && !absl::GetFlag(FLAGS_db).empty());
}

int ArchiveExitCode(const absl::Status& status) {
  switch (status.code()) {
    case absl::StatusCode::kInvalidArgument:
    case absl::StatusCode::kNotFound:
    case absl::StatusCode::kFailedPrecondition:
      return kExitUsage;
    default:
      return kExitSomeFailed;
  }
}

absl::StatusOr<std::unique_ptr<ArchiveRun>> ArchiveRun::Open(
    const std::string& command, const quotes::AnalyzerOptions& options, OutputFormat format,
    quotes::internal::CrossCheckInput* input) {
  const std::string db = absl::GetFlag(FLAGS_db);
  if (command == "index") {
    if (db.empty()) return absl::InvalidArgumentError("index needs --db=FILE");
    if (!options.include_text) {
      return absl::InvalidArgumentError(
          "index keeps each article's text (its quotes' spans index into it): "
          "--include_text=false is for extract");
    }
    const int batch = absl::GetFlag(FLAGS_db_batch);
    if (batch < 1 || batch > 1000000) {
      return absl::InvalidArgumentError(
          absl::StrCat("--db_batch=", batch, " is not between 1 and 1000000"));
    }
    absl::StatusOr<std::unique_ptr<quotes::Archive>> archive = OpenDb(/*create=*/true);
    if (!archive.ok()) return archive.status();
    return std::unique_ptr<ArchiveRun>(new ArchiveRun(std::move(*archive), batch));
  }
  if (db.empty()) return nullptr;
  if (command != "check") {
    return absl::InvalidArgumentError(
        absl::StrCat("--db is for index, check and quotes, not ", command));
  }
  if (format == OutputFormat::kHtml) {
    return absl::InvalidArgumentError(
        "check --db has no --format=html: the page shows the articles' texts, and the "
        "archive's would be missing from it");
  }
  // check --db reads the archive and leaves it as it was: the new articles
  // are not stored (index them to keep them). Stored articles come first,
  // in the order they were stored, as if they were the run's first inputs.
  absl::StatusOr<std::unique_ptr<quotes::Archive>> archive = OpenDb(/*create=*/false);
  if (!archive.ok()) return archive.status();
  if (absl::Status s = (*archive)->ForEachPartial(
          [input](const quotes::v1::ArticleAnalysis& a) { input->Add(a); });
      !s.ok()) {
    return s;
  }
  return std::unique_ptr<ArchiveRun>(new ArchiveRun(std::move(*archive), 0));
}

bool ArchiveRun::Store(const quotes::v1::ArticleAnalysis& analysis) {
  if (in_batch_ == 0) {
    if (absl::Status s = archive_->Begin(); !s.ok()) {
      std::cerr << "factcheck: " << s.message() << "\n";
      return false;
    }
  }
  absl::StatusOr<quotes::Archive::PutResult> put =
      archive_->Put(analysis, analysis.article().text());
  if (!put.ok()) {
    std::cerr << "factcheck: " << analysis.article().id() << ": " << put.status().message()
              << "\n";
    archive_->Rollback();
    return false;
  }
  switch (*put) {
    case quotes::Archive::PutResult::kAdded: ++added_; break;
    case quotes::Archive::PutResult::kReplaced: ++replaced_; break;
    case quotes::Archive::PutResult::kUnchanged: ++unchanged_; break;
    case quotes::Archive::PutResult::kAlias: ++aliases_; break;
  }
  if (++in_batch_ == batch_) {
    in_batch_ = 0;
    if (absl::Status s = archive_->Commit(); !s.ok()) {
      std::cerr << "factcheck: " << s.message() << "\n";
      return false;
    }
  }
  return true;
}

bool ArchiveRun::Finish() {
  if (batch_ == 0) return true;  // check --db wrote nothing
  if (in_batch_ > 0) {
    in_batch_ = 0;
    if (absl::Status s = archive_->Commit(); !s.ok()) {
      std::cerr << "factcheck: " << s.message() << "\n";
      return false;
    }
  }
  absl::StatusOr<int64_t> articles = archive_->ArticleCount();
  std::cerr << "factcheck: " << absl::GetFlag(FLAGS_db) << ": " << added_ << " added, "
            << replaced_ << " replaced, " << unchanged_ << " unchanged, " << aliases_
            << " stored as aliases of the same content; "
            << (articles.ok() ? *articles : -1) << " articles in the archive\n";
  return true;
}

int RunQuotesCommand(OutputFormat format, const std::string& output) {
  if (absl::GetFlag(FLAGS_db).empty()) {
    std::cerr << "factcheck: quotes needs --db=FILE\n";
    return kExitUsage;
  }
  if (format == OutputFormat::kTable) {
    std::cerr << "factcheck: unknown --format=table for quotes\n";
    return kExitUsage;
  }
  quotes::Archive::QuoteQuery query;
  query.speaker = absl::GetFlag(FLAGS_speaker);
  query.words = absl::GetFlag(FLAGS_match);
  if (query.speaker.empty() && query.words.empty()) {
    std::cerr << "factcheck: quotes needs --speaker=NAME, --match=WORDS or both\n";
    return kExitUsage;
  }
  absl::StatusOr<std::unique_ptr<quotes::Archive>> archive = OpenDb(/*create=*/false);
  if (!archive.ok()) {
    std::cerr << "factcheck: " << archive.status().message() << "\n";
    return ArchiveExitCode(archive.status());
  }
  absl::StatusOr<std::vector<quotes::v1::ArchivedQuote>> found =
      (*archive)->FindQuotes(query);
  if (!found.ok()) {
    std::cerr << "factcheck: " << found.status().message() << "\n";
    return ArchiveExitCode(found.status());
  }
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (output != "-") {
    file.open(output, std::ios::binary);
    if (!file) {
      std::cerr << "factcheck: cannot write " << output << "\n";
      return kExitUsage;
    }
    out = &file;
  }
  if (format == OutputFormat::kText) {
    PrintQuotesSummary(*found, out);
    for (const quotes::v1::ArchivedQuote& q : *found) PrintQuoteText(q, out);
    out->flush();
  } else {
    MessageWriter writer(out, format);
    for (const quotes::v1::ArchivedQuote& q : *found) writer.Write(q);
    writer.Finish();
  }
  if (!out->good()) {
    std::cerr << "factcheck: write failed\n";
    return kExitSomeFailed;
  }
  return kExitOk;
}

}  // namespace factcheck
