// The archive side of the factcheck CLI (quotes/archive, docs/archive.md):
// `factcheck index --db=FILE PATH...` stores analyses, `check --db=FILE`
// checks new articles together with everything stored, and `factcheck quotes
// --db=FILE --speaker=NAME` lists what one person said. tools/factcheck.cc
// reads and analyses the inputs as for extract and check and hands each
// analysis here, so --threads, --server, --stats and the exit codes work
// alike.
//
// Flags defined here: --db, --db_batch, --busy_timeout_ms (index, check,
// quotes); --speaker, --match (quotes).
#ifndef TOOLS_ARCHIVE_COMMAND_H_
#define TOOLS_ARCHIVE_COMMAND_H_

#include <cstdint>
#include <memory>
#include <ostream>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "proto/quotes.pb.h"
#include "quotes/analyzer.h"
#include "quotes/archive/archive.h"
#include "quotes/crosscheck/cross_check_input.h"
#include "tools/output.h"

namespace factcheck {

// The --db flag: the archive file, or "" when none is given.
std::string ArchiveFile();

// True for the commands of this file: index and quotes.
bool IsArchiveCommand(const std::string& command);

// True when `command` may be given no PATH: quotes, and check with --db
// (the archive alone is checked).
bool ArchiveAllowsNoPath(const std::string& command);

// The exit code of a failed archive open: 2 for a --db that is missing, not
// an archive or of a newer schema; 3 for a locked, full or failing one.
int ArchiveExitCode(const absl::Status& status);

// The archive of one run of index, or of check with --db.
class ArchiveRun {
 public:
  // For index: the --db archive opened for writing. For check with --db:
  // every stored article folded into `input` (before the new ones, in the
  // order they were stored), the archive left as it was. nullptr for any
  // other command, or check without --db. check --db --format=html is
  // refused: the page shows each article's text, which it would lack for
  // the stored ones. An error names what is wrong
  // (ArchiveExitCode() gives its exit code).
  static absl::StatusOr<std::unique_ptr<ArchiveRun>> Open(
      const std::string& command, const quotes::AnalyzerOptions& options, OutputFormat format,
      quotes::internal::CrossCheckInput* input);

  // index: stores one analysis (with its text: index keeps it) in the open
  // batch, committing every --db_batch articles. False, with the reason on
  // stderr, when the archive could not be written.
  bool Store(const quotes::v1::ArticleAnalysis& analysis);

  // index: commits the last batch and prints what was stored to stderr.
  // False, with the reason on stderr, when the commit failed.
  bool Finish();

 private:
  ArchiveRun(std::unique_ptr<quotes::Archive> archive, int batch)
      : archive_(std::move(archive)), batch_(batch) {}

  std::unique_ptr<quotes::Archive> archive_;
  const int batch_;
  int in_batch_ = 0;
  int64_t added_ = 0, replaced_ = 0, unchanged_ = 0, aliases_ = 0;
};

// `factcheck quotes --db=FILE --speaker=NAME [--match=WORDS]`: the quotes
// found, as quotes.v1.ArchivedQuote records in `format` (jsonl, json,
// textproto, binary, or text for people) to `output` ("-": stdout).
// Returns the exit code.
int RunQuotesCommand(OutputFormat format, const std::string& output);

}  // namespace factcheck

#endif  // TOOLS_ARCHIVE_COMMAND_H_
