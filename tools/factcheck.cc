// factcheck: who said what in news articles, and which of their facts agree.
//
//   factcheck extract [flags] PATH...   one ArticleAnalysis per article
//   factcheck check   [flags] PATH...   a CrossCheckReport over all articles
//   factcheck serve   [flags]           the gRPC service (service/server.h)
//
// PATH is a text file, a folder (recursively, *.txt), a JSONL file (.jsonl),
// a delimited Article stream (.pb) or "-" for stdin; or analyses that
// `extract` wrote (a .jsonl of ArticleAnalysis, a .analyses.pb stream), which
// `check` cross-checks without analysing again and `extract` copies through.
//
// Exit codes (tools/command_line.h): 0 every input processed; 1
// --fail_on=conflict and a conflict was found; 2 usage error; 3 some inputs
// failed (each has an error record). When several apply: 2, then 3, then 1.
//
// With --threads=N the main thread reads records and writes results while N
// workers analyse them; results are written in input order, so the output is
// byte for byte the same as with one thread, and at most a bounded window of
// records is in flight, so memory stays flat however large the input.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/civil_time.h"
#include "google/protobuf/arena.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "google/protobuf/util/delimited_message_util.h"
#include "google/protobuf/util/json_util.h"
#include "quotes/analyzer.h"
#include "quotes/input_reader.h"
#include "quotes/crosscheck/cross_check.h"
#include "tools/archive_command.h"
#include "tools/command_line.h"
#include "tools/html_report.h"
#include "tools/output.h"
#include "tools/remote_command.h"
#include "tools/version.h"

ABSL_FLAG(std::string, format, "",
          "output format: jsonl (default for extract), json, textproto, binary "
          "(length-delimited protobuf), table (extract, for people), text "
          "(default for check), html (check: one page to open in a browser), "
          "csv (a row per quote or finding), claimreview (check: schema.org "
          "ClaimReview JSON-LD, one per finding)");
ABSL_FLAG(std::string, input_format, "auto",
          "input format: auto (by extension; a .jsonl by its first object), "
          "text, jsonl, delimited (articles), analysis_jsonl, "
          "analysis_delimited (extract's own jsonl and binary output)");
ABSL_FLAG(std::string, lexicon, "",
          "a quotes.v1.Lexicon textproto file whose word lists extend the "
          "built-in ones");
ABSL_FLAG(bool, replace_lexicon, false,
          "with --lexicon: replace the built-in word lists instead of extending");
ABSL_FLAG(std::string, strictness, "possible",
          "which quotes to report: possible, likely, certain");
ABSL_FLAG(bool, include_text, true,
          "copy each article's text into its record (spans index into it)");
ABSL_FLAG(bool, claims, true,
          "extract: find each article's claims, the figures check compares "
          "(false: quotes only, faster); check always does");
ABSL_FLAG(std::string, fail_on, "",
          "check: 'conflict' makes factcheck exit 1 when a conflict is found");
ABSL_FLAG(std::string, verdict, "",
          "check: write only findings of these verdicts, comma-separated "
          "(CONFLICT,DIFFERS,CONSISTENT,SINGLE_SOURCE,DISCREPANCY; any case); "
          "the text summary counts the findings written and says how many were "
          "left out; --fail_on still sees every finding");
ABSL_FLAG(std::string, review_author, "factcheck",
          "check --format=claimreview: the name of the Organization that "
          "publishes the reviews");
ABSL_FLAG(std::string, review_date, "",
          "check --format=claimreview: the reviews' datePublished, YYYY-MM-DD "
          "(default: the latest article date, so that the output depends on "
          "the input alone)");
ABSL_FLAG(std::string, output, "-",
          "where to write: a file (never one of the inputs, nor inside an input "
          "folder), or - for stdout");
ABSL_FLAG(int, max_article_mb, 64,
          "articles larger than this many MB (a text file, a JSONL line, a "
          "delimited record) get an error record instead of being read");
ABSL_FLAG(bool, progress, true,
          "show a progress line on stderr when stderr is a terminal");
ABSL_FLAG(bool, stats, false,
          "print articles/s, MB/s, quotes and peak RSS to stderr at the end");
ABSL_FLAG(int, threads, 1,
          "worker threads that analyse articles (0: one per core); output is "
          "in input order whatever the number");

namespace {

using factcheck::kExitConflict;
using factcheck::kExitOk;
using factcheck::kExitSomeFailed;
using factcheck::kExitUsage;

// OK unless `output` is one of `inputs` (a file, or a file inside an input
// folder): opening it for writing would empty an article before it is read.
absl::Status OutputIsNoInput(const std::string& output,
                             const std::vector<std::string>& inputs) {
  if (output == "-") return absl::OkStatus();
  std::error_code ec;
  const std::filesystem::path out = std::filesystem::weakly_canonical(output, ec);
  if (ec) return absl::OkStatus();  // opening it will say what is wrong
  for (const std::string& input : inputs) {
    if (input == "-") continue;
    const std::filesystem::path in = std::filesystem::weakly_canonical(input, ec);
    if (ec) continue;
    if (out == in) {
      return absl::InvalidArgumentError(
          absl::StrCat("--output=", output, " is an input: it would be emptied before it is read"));
    }
    const bool within =
        std::mismatch(in.begin(), in.end(), out.begin(), out.end()).first == in.end();
    if (within && std::filesystem::is_directory(in, ec)) {
      return absl::InvalidArgumentError(absl::StrCat(
          "--output=", output, " is inside the input folder ", input,
          ": it would be read as it is written"));
    }
  }
  return absl::OkStatus();
}

int Usage(const std::string& message) {
  std::cerr << "factcheck: " << message << "\n"
            << "usage: factcheck COMMAND [flags] [PATH...]   (factcheck --help for the "
               "commands, factcheck help COMMAND for a command's flags)\n";
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

// A one-line progress display on stderr when it is a terminal, redrawn at
// most ten times a second: records done, of how many when that is known
// (SetTotal), MB read and the rate, and with a total the time left at the
// rate so far.
class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled && isatty(STDERR_FILENO)) {}
  // The number of records the run will read; 0 when not known.
  void SetTotal(uint64_t total) { total_ = total; }
  void Update(uint64_t articles, uint64_t bytes, bool force = false) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (!force && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    const double secs =
        std::chrono::duration<double>(now - start_).count() + 1e-9;
    std::string line = absl::StrCat(articles);
    if (total_ > 0) absl::StrAppend(&line, "/", total_);
    absl::StrAppendFormat(&line, " articles, %.1f MB, %.1f MB/s", bytes / 1e6,
                          bytes / 1e6 / secs);
    if (total_ > 0 && articles > 0 && articles <= total_) {
      const int64_t left = static_cast<int64_t>(secs / articles * (total_ - articles) + 0.5);
      absl::StrAppendFormat(&line, ", %d:%02d left", left / 60, left % 60);
    }
    std::fprintf(stderr, "\r%s\033[K", line.c_str());
    shown_ = true;
  }
  void Done() {
    if (shown_) std::fprintf(stderr, "\r\033[K");
  }

 private:
  bool enabled_;
  bool shown_ = false;
  uint64_t total_ = 0;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_;
};

// How many records `paths` hold when that is cheap to know: every path a
// regular text file (one article each, by its name under --input_format=auto).
// 0 when not known: a folder, stdin, or a stream of records, whose count
// would cost a pass over it.
uint64_t KnownRecordCount(const std::vector<std::string>& paths, quotes::InputFormat format) {
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path == "-" || !std::filesystem::is_regular_file(path, ec)) return 0;
    if (format != quotes::InputFormat::kText &&
        !(format == quotes::InputFormat::kAuto && absl::EndsWithIgnoreCase(path, ".txt"))) {
      return 0;
    }
  }
  return paths.size();
}

// One record in, one ArticleAnalysis out: an error record when the input
// could not be read, the analysis itself when the input held one, else the
// analyzer's result.
quotes::v1::ArticleAnalysis AnalyzeRecord(const quotes::Analyzer& analyzer,
                                          quotes::InputRecord* record) {
  quotes::v1::ArticleAnalysis analysis;
  if (record->analysis.has_value()) {
    analysis.Swap(&*record->analysis);
    return analysis;
  }
  if (!record->status.ok()) {
    *analysis.mutable_article() = record->hints;
    analysis.mutable_error()->set_article_id(record->hints.id());
    analysis.mutable_error()->set_message(std::string(record->status.message()));
    return analysis;
  }
  // The text moves into the analysis rather than being copied: a huge
  // article is held once.
  analyzer.AnalyzeTakingText(&record->text, record->hints, &analysis);
  return analysis;
}

// How a worker hands a result back: the record itself, or (for the
// streaming formats) its output bytes, made in the worker so that the one
// writing thread only copies bytes. The bytes equal MessageWriter's.
enum class PreSerialize { kNone, kJsonl, kBinary };

// An allocator whose value-initialisation leaves the bytes as they are, so
// that resizing a vector of it does not zero what the serializer writes over
// at once (std::string::resize does: a memset of every output byte).
template <typename T>
struct NoFillAllocator : std::allocator<T> {
  template <typename U>
  struct rebind {
    using other = NoFillAllocator<U>;
  };
  NoFillAllocator() = default;
  template <typename U>
  NoFillAllocator(const NoFillAllocator<U>&) {}
  template <typename U>
  void construct(U* p) {
    ::new (static_cast<void*>(p)) U;
  }
  template <typename U, typename... Args>
  void construct(U* p, Args&&... args) {
    ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
  }
};
using OutputBytes = std::vector<char, NoFillAllocator<char>>;

// Appends to OutputBytes, for a printer that writes into a
// ZeroCopyOutputStream: it hands out the buffer's spare capacity, doubling
// it when full, so that a record is printed once, into its own bytes.
class OutputBytesStream : public google::protobuf::io::ZeroCopyOutputStream {
 public:
  explicit OutputBytesStream(OutputBytes* bytes) : bytes_(bytes), start_(bytes->size()) {}

  bool Next(void** data, int* size) override {
    constexpr size_t kMinimum = 4 << 10;
    const size_t at = bytes_->size();
    // The spare capacity, or (none left) a little more, which the vector
    // grows by doubling, and the next call hands out the rest.
    size_t end = std::max(bytes_->capacity(), at + kMinimum);
    end = std::min<size_t>(end, at + (1u << 30));  // an int's worth
    bytes_->resize(end);
    *data = bytes_->data() + at;
    *size = static_cast<int>(end - at);
    return true;
  }
  void BackUp(int count) override { bytes_->resize(bytes_->size() - count); }
  int64_t ByteCount() const override { return bytes_->size() - start_; }

 private:
  OutputBytes* const bytes_;
  const size_t start_;
};

struct Result {
  // The whole record with kNone or when `bytes` is empty (a huge article,
  // printed by the writer); else only what the writer counts and reports
  // (quotes are counted in `quotes`, errors kept whole).
  quotes::v1::ArticleAnalysis analysis;
  int quotes = 0;
  OutputBytes bytes;  // with kJsonl or kBinary: the record as written
  bool read = false;  // the analysis was read from the input, not made
  // Whether the writer notes the limits the record reached on stderr: not
  // with jsonl and binary, whose records are kept as bytes alone, also when
  // a huge one is kept whole, so that the notes do not depend on its size.
  bool note_limits = true;

  // Empties the result for the next record, keeping the buffer's capacity.
  void Clear() {
    analysis.Clear();
    quotes = 0;
    bytes.clear();
    read = false;
    note_limits = true;
  }
};

void Serialize(PreSerialize mode, const quotes::v1::ArticleAnalysis& a,
               OutputBytes* out) {
  if (mode == PreSerialize::kJsonl) {
    {
      OutputBytesStream stream(out);  // gives back what it did not fill
      factcheck::PrintJson(a, /*whitespace=*/false, &stream);
    }
    out->push_back('\n');
  } else if (mode == PreSerialize::kBinary) {
    // The length prefix and the message written straight into one buffer
    // of the final size (the bytes of SerializeDelimitedToZeroCopyStream).
    const size_t size = a.ByteSizeLong();
    const size_t prefix = google::protobuf::io::CodedOutputStream::VarintSize64(size);
    const size_t at = out->size();
    out->resize(at + prefix + size);
    uint8_t* p = reinterpret_cast<uint8_t*>(out->data() + at);
    p = google::protobuf::io::CodedOutputStream::WriteVarint64ToArray(size, p);
    a.SerializeWithCachedSizesToArray(p);
  }
}

// Analyses one record into `*result`. With a streaming format the record is
// built on an arena in a reused thread-local block and only its bytes (and an
// error, whole) are kept: the many small messages of a record cost a bump
// each and are freed at once.
void AnalyzeToResult(const quotes::Analyzer& analyzer,
                     quotes::InputRecord* record, PreSerialize mode,
                     Result* result) {
  result->read = record->analysis.has_value();
  // A huge article's record is kept whole and printed by the writer, a
  // piece at a time, rather than made into bytes here: its JSON is more
  // than twice its text, and would be held beside the analysis.
  constexpr size_t kWrittenWhole = 1 << 20;
  const bool whole = record->text.size() >= kWrittenWhole;
  if (mode == PreSerialize::kNone || !record->status.ok() || result->read || whole) {
    result->analysis = AnalyzeRecord(analyzer, record);
    result->quotes = result->analysis.quotes_size();
    if (mode != PreSerialize::kNone && !whole) {
      Serialize(mode, result->analysis, &result->bytes);
    }
    result->note_limits = mode == PreSerialize::kNone || !record->status.ok() || result->read;
    return;
  }
  constexpr size_t kBlock = 256 << 10;
  thread_local std::unique_ptr<char[]> block(new char[kBlock]);
  google::protobuf::ArenaOptions options;
  options.initial_block = block.get();
  options.initial_block_size = kBlock;
  google::protobuf::Arena arena(options);
  auto* analysis =
      google::protobuf::Arena::CreateMessage<quotes::v1::ArticleAnalysis>(&arena);
  // The text is lent to the analysis, not copied, and its buffer handed
  // back once the record is written, for the next record read into it.
  analyzer.AnalyzeTakingText(&record->text, record->hints, analysis);
  result->quotes = analysis->quotes_size();
  Serialize(mode, *analysis, &result->bytes);
  if (analysis->has_error()) {
    result->analysis = *analysis;
  } else {
    record->text.swap(*analysis->mutable_article()->mutable_text());
  }
}

// Analyses records in worker threads and hands the results back in the order
// the records were submitted. At most `max_records` records (and, beyond the
// first, `max_bytes` bytes of text) are in flight at once, so memory is
// bounded by the window, not by the input.
//
// A record and its result live in a Slot that the pool reuses: the reader
// parses the next record into a slot's strings and the worker serializes into
// its buffer, both keeping their capacity from record to record. Memory is
// then allocated and freed by the same thread, not allocated by the reader and
// freed by a worker (the text) or the other way round (the output bytes),
// which sent every buffer through the allocator's central lists.
//
// Acquire(), Submit(), Full(), TakeDone() and Release() are for one thread
// (the reader and writer); the workers are internal. The analyzer must
// outlive this object.
class OrderedPool {
 public:
  struct Slot {
    quotes::InputRecord record;
    Result result;
    size_t size = 0;
    bool done = false;
  };

  OrderedPool(const quotes::Analyzer* analyzer, PreSerialize mode, int threads,
              size_t max_records, size_t max_bytes)
      : analyzer_(analyzer),
        mode_(mode),
        max_records_(max_records),
        max_bytes_(max_bytes) {
    for (int i = 0; i < threads; ++i) workers_.emplace_back([this] { Work(); });
  }
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  // Stops the workers (records still queued are dropped) and joins them.
  ~OrderedPool() {
    {
      absl::MutexLock lock(&mu_);
      stopping_ = true;
      work_ready_.SignalAll();
    }
    for (std::thread& t : workers_) t.join();
  }

  // A slot to read the next record into: one released earlier, or a new one.
  Slot* Acquire() {
    if (free_.empty()) {
      owned_.push_back(std::make_unique<Slot>());
      return owned_.back().get();
    }
    Slot* slot = free_.back();
    free_.pop_back();
    return slot;
  }

  // Gives a slot taken by TakeDone() (or acquired and not submitted) back.
  // Buffers grown past 16 KB (the text of all but about 1% of news
  // articles, and its output) are dropped rather than kept for the rest of
  // the run: each slot would otherwise keep the largest it ever held, and a
  // window of those grows with the input towards the window times the
  // largest article. So kept, they add at most 32 KB a slot.
  void Release(Slot* slot) {
    constexpr size_t kKeep = 16 << 10;
    if (slot->record.text.capacity() > kKeep) slot->record.text = std::string();
    if (slot->result.bytes.capacity() > kKeep) slot->result.bytes = OutputBytes();
    free_.push_back(slot);
  }

  // True when the window is full: TakeDone() before the next Submit().
  bool Full() const {
    absl::MutexLock lock(&mu_);
    return queue_.size() >= max_records_ ||
           (!queue_.empty() && bytes_in_flight_ >= max_bytes_);
  }

  // Queues the record in `slot` (from Acquire()) for a worker.
  void Submit(Slot* slot) {
    slot->size = slot->record.text.size();
    slot->done = false;
    absl::MutexLock lock(&mu_);
    bytes_in_flight_ += slot->size;
    queue_.push_back(slot);
    work_ready_.Signal();
  }

  // Blocks until the `at_least` oldest records (or all in flight, when
  // fewer) are done, then moves every done slot at the head of the queue
  // into `*out`, oldest first; each goes back by Release() once written.
  // Returns how many; 0 when nothing is in flight. Waiting for a batch, not
  // for each record, saves a wake-up per record.
  size_t TakeDone(size_t at_least, std::vector<Slot*>* out) {
    out->clear();
    absl::MutexLock lock(&mu_);
    const size_t want = std::min(at_least, queue_.size());
    // One slot's flag a condition: a worker's unlock re-checks the
    // condition, and a scan of the `want` slots made that O(window) per
    // record. The last of the `want` is waited for first; the ones before
    // it are nearly always done by then, and their waits return at once.
    for (size_t i = want; i-- > 0;) mu_.Await(absl::Condition(&queue_[i]->done));
    while (!queue_.empty() && queue_.front()->done) {
      bytes_in_flight_ -= queue_.front()->size;
      out->push_back(queue_.front());
      queue_.pop_front();
      ++head_seq_;
    }
    return out->size();
  }

 private:
  void Work() {
    while (true) {
      Slot* slot;
      {
        absl::MutexLock lock(&mu_);
        while (!stopping_ && next_seq_ >= head_seq_ + queue_.size()) {
          work_ready_.Wait(&mu_);
        }
        if (stopping_) return;
        slot = queue_[next_seq_ - head_seq_];
        ++next_seq_;
      }
      // Analysed and serialized here, by this thread, not the writer.
      Result& result = slot->result;
      result.Clear();
      AnalyzeToResult(*analyzer_, &slot->record, mode_, &result);
      if (!result.bytes.empty() && !result.analysis.has_error()) {
        result.analysis.Clear();
      }
      absl::MutexLock lock(&mu_);  // unlocking re-checks TakeDone's condition
      slot->done = true;
    }
  }

  const quotes::Analyzer* const analyzer_;
  const PreSerialize mode_;
  const size_t max_records_;
  const size_t max_bytes_;
  std::vector<std::unique_ptr<Slot>> owned_;  // every slot made
  std::vector<Slot*> free_;                    // slots not in the queue
  mutable absl::Mutex mu_;
  absl::CondVar work_ready_;  // a slot waits for a worker, or stopping_
  std::deque<Slot*> queue_ ABSL_GUARDED_BY(mu_);  // in input order
  uint64_t head_seq_ ABSL_GUARDED_BY(mu_) = 0;  // sequence of queue_.front()
  uint64_t next_seq_ ABSL_GUARDED_BY(mu_) = 0;  // next slot for a worker
  size_t bytes_in_flight_ ABSL_GUARDED_BY(mu_) = 0;
  bool stopping_ ABSL_GUARDED_BY(mu_) = false;
  std::vector<std::thread> workers_;
};

// What one run of extract or check is asked to do, from the flags and the
// arguments after them.
struct RunConfig {
  std::string command;  // extract or check
  std::vector<std::string> paths;
  factcheck::OutputFormat format = factcheck::OutputFormat::kJsonl;
  quotes::InputFormat input_format = quotes::InputFormat::kAuto;
  bool fail_on_conflict = false;
  absl::flat_hash_set<int> verdicts;  // check --verdict: empty for all
  factcheck::ClaimReviewOptions review;  // check --format=claimreview
  uint64_t max_article_bytes = 0;
  int threads = 1;
  quotes::AnalyzerOptions options;
};

// The analyzer's options from the flags; a usage message when one is wrong.
absl::Status ReadAnalyzerOptions(const std::string& command,
                                 quotes::AnalyzerOptions* options) {
  const std::string strictness = absl::GetFlag(FLAGS_strictness);
  if (strictness == "possible") options->strictness = quotes::Strictness::kPossible;
  else if (strictness == "likely") options->strictness = quotes::Strictness::kLikely;
  else if (strictness == "certain") options->strictness = quotes::Strictness::kCertain;
  else return absl::InvalidArgumentError(absl::StrCat("unknown --strictness=", strictness));
  options->include_text = absl::GetFlag(FLAGS_include_text);
  // extract finds claims too, so that what check compares can be seen (and
  // its output checked again without analysing); serve's default follows.
  options->extract_claims = absl::GetFlag(FLAGS_claims);
  if (command == "check" && !options->extract_claims) {
    return absl::InvalidArgumentError(
        "check compares claims: --claims=false is for extract and serve");
  }
  options->replace_lexicon = absl::GetFlag(FLAGS_replace_lexicon);
  if (options->replace_lexicon && absl::GetFlag(FLAGS_lexicon).empty()) {
    return absl::InvalidArgumentError(
        "--replace_lexicon replaces the built-in word lists with --lexicon's: give --lexicon");
  }
  if (!absl::GetFlag(FLAGS_lexicon).empty()) {
    std::ifstream in(absl::GetFlag(FLAGS_lexicon));
    if (!in) {
      return absl::InvalidArgumentError(
          absl::StrCat("cannot open --lexicon=", absl::GetFlag(FLAGS_lexicon)));
    }
    options->lexicon_text_proto.assign(std::istreambuf_iterator<char>(in),
                                       std::istreambuf_iterator<char>());
  }
  return absl::OkStatus();
}

// --verdict=CONFLICT,DIFFERS into `*verdicts` (any case; "" for all).
absl::Status ParseVerdicts(const std::string& command, const std::string& list,
                           absl::flat_hash_set<int>* verdicts) {
  if (list.empty()) return absl::OkStatus();
  if (command != "check") return absl::InvalidArgumentError("--verdict is for check");
  for (absl::string_view name : absl::StrSplit(list, ',', absl::SkipWhitespace())) {
    quotes::v1::Verdict v;
    const std::string upper = absl::AsciiStrToUpper(absl::StripAsciiWhitespace(name));
    if (!quotes::v1::Verdict_Parse(upper, &v) || v == quotes::v1::VERDICT_UNSPECIFIED) {
      return absl::InvalidArgumentError(absl::StrCat(
          "unknown --verdict ", name,
          " (want: CONFLICT, DIFFERS, CONSISTENT, SINGLE_SOURCE, DISCREPANCY)"));
    }
    verdicts->insert(v);
  }
  return absl::OkStatus();
}

// The run's configuration from the command line after the flags were
// parsed (`args`: the program, the command, the paths); a usage message
// when something is wrong.
absl::Status ReadRunConfig(const std::vector<std::string>& args, RunConfig* config) {
  if (args.empty()) return absl::InvalidArgumentError("missing command");
  config->command = args[0];
  const std::string& command = config->command;
  if (command != "extract" && command != "check" && command != "serve" &&
      !factcheck::IsArchiveCommand(command)) {
    return absl::InvalidArgumentError(absl::StrCat("unknown command '", command, "'"));
  }
  config->paths.assign(args.begin() + 1, args.end());
  if (command == "serve" && !config->paths.empty()) {
    return absl::InvalidArgumentError("serve takes no PATH");
  }
  if (command == "quotes" && !config->paths.empty()) {
    return absl::InvalidArgumentError("quotes takes no PATH: it reads --db");
  }
  if (config->paths.empty() && command != "serve" && !factcheck::ArchiveAllowsNoPath(command)) {
    return absl::InvalidArgumentError("no input: give files, folders or - for stdin");
  }
  std::vector<std::string> read = config->paths;
  if (!factcheck::ArchiveFile().empty()) read.push_back(factcheck::ArchiveFile());  // --db
  if (absl::Status s = OutputIsNoInput(absl::GetFlag(FLAGS_output), read); !s.ok()) {
    return s;
  }
  const int max_article_mb = absl::GetFlag(FLAGS_max_article_mb);
  if (max_article_mb < 1 || max_article_mb > 4096) {
    return absl::InvalidArgumentError(
        absl::StrCat("--max_article_mb=", max_article_mb, " is not between 1 and 4096"));
  }
  config->max_article_bytes = static_cast<uint64_t>(max_article_mb) << 20;
  std::string format_name = absl::GetFlag(FLAGS_format);
  if (format_name.empty()) format_name = command == "check" ? "text" : "jsonl";
  if (!factcheck::ParseOutputFormat(format_name, &config->format) ||
      (command == "check" && config->format == factcheck::OutputFormat::kTable) ||
      (command == "extract" && config->format == factcheck::OutputFormat::kText) ||
      (command == "extract" && config->format == factcheck::OutputFormat::kClaimReview)) {
    return absl::InvalidArgumentError(
        absl::StrCat("unknown --format=", format_name, " for ", command));
  }
  if (!quotes::ParseInputFormat(absl::GetFlag(FLAGS_input_format), &config->input_format)) {
    return absl::InvalidArgumentError(
        absl::StrCat("unknown --input_format=", absl::GetFlag(FLAGS_input_format)));
  }
  const std::string fail_on = absl::GetFlag(FLAGS_fail_on);
  if (!fail_on.empty() && fail_on != "conflict") {
    return absl::InvalidArgumentError(
        absl::StrCat("unknown --fail_on=", fail_on, " (want: conflict)"));
  }
  config->fail_on_conflict = fail_on == "conflict";
  config->review.author = absl::GetFlag(FLAGS_review_author);
  config->review.date = absl::GetFlag(FLAGS_review_date);
  absl::CivilDay review_day;
  if (!config->review.date.empty() &&
      (config->review.date.size() != 10 ||
       !absl::ParseCivilTime(config->review.date, &review_day))) {
    return absl::InvalidArgumentError(
        absl::StrCat("--review_date=", config->review.date, " is not a date (YYYY-MM-DD)"));
  }
  if (absl::Status s = ParseVerdicts(command, absl::GetFlag(FLAGS_verdict), &config->verdicts);
      !s.ok()) {
    return s;
  }
  // Each worker keeps a window of records; thousands of threads would only
  // exhaust memory or the process's thread limit.
  constexpr int kMaxThreads = 256;
  config->threads = absl::GetFlag(FLAGS_threads);
  if (config->threads < 0 || config->threads > kMaxThreads) {
    return absl::InvalidArgumentError(absl::StrCat(
        "--threads=", config->threads, " is not between 0 and ", kMaxThreads));
  }
  if (config->threads == 0) {
    config->threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  }
  if (command != "check" && config->format == factcheck::OutputFormat::kHtml) {
    return absl::InvalidArgumentError("--format=html is for check");
  }
  return ReadAnalyzerOptions(command, &config->options);
}

// One run of extract or check: reads every input, analyses it (here, in
// worker threads, or on the server), writes each record (extract) or folds
// it into the cross-check (check), then writes the report.
class Run {
 public:
  Run(const RunConfig& config, const quotes::Analyzer* analyzer,
      const factcheck::QuoteClient* remote, std::ostream* out)
      : config_(config),
        analyzer_(analyzer),
        remote_(remote),
        out_(out),
        writer_(out, config.format, /*single=*/config.command == "check"),
        progress_(absl::GetFlag(FLAGS_progress)),
        reader_(config.paths, config.input_format) {
    reader_.set_max_article_bytes(config.max_article_bytes);
    progress_.SetTotal(KnownRecordCount(config.paths, config.input_format));
  }

  // The exit code.
  int Go() {
    const auto start = std::chrono::steady_clock::now();
    // index, and check --db: the archive (tools/archive_command.h); check
    // folds its articles in first.
    auto archive = factcheck::ArchiveRun::Open(config_.command, config_.options,
                                               config_.format, &collected_);
    if (!archive.ok()) {
      std::cerr << "factcheck: " << archive.status().message() << "\n";
      return factcheck::ArchiveExitCode(archive.status());
    }
    archive_ = std::move(*archive);
    const bool written = config_.threads == 1 || remote_ != nullptr ? ReadOneByOne()
                                                                   : ReadInWorkers();
    if (!written) return kExitSomeFailed;
    if (archive_ != nullptr && !archive_->Finish()) return kExitSomeFailed;
    PrintNotes();
    progress_.Done();
    int exit_code = failed_ > 0 ? kExitSomeFailed : kExitOk;
    if (analyses_read_ > 0 && read_without_claims_ == analyses_read_) {
      // Not an error (an input may hold no figures), but most often analyses
      // made with --claims=false, which leave nothing to compare.
      std::cerr << "factcheck: warning: none of the " << analyses_read_
                << " analyses read carries claims or story terms (made with "
                   "extract --claims=false?)\n";
    }
    if (config_.command == "check" && !WriteReport(&exit_code)) return kExitSomeFailed;
    if (!writer_.Finish()) {
      std::cerr << "factcheck: write failed\n";
      return kExitSomeFailed;
    }
    if (absl::GetFlag(FLAGS_stats)) PrintStats(start);
    if (failed_ > 0) {
      std::cerr << "factcheck: " << failed_ << " of " << articles_
                << (articles_ == 1 ? " input" : " inputs") << " failed (exit 3)\n";
    }
    return exit_code;
  }

 private:
  // The streaming formats are serialized as each record is made (by the
  // workers, with --threads).
  PreSerialize Mode() const {
    if (config_.command != "extract") return PreSerialize::kNone;
    if (config_.format == factcheck::OutputFormat::kJsonl) return PreSerialize::kJsonl;
    if (config_.format == factcheck::OutputFormat::kBinary) return PreSerialize::kBinary;
    return PreSerialize::kNone;
  }

  // What the reader passed over or changed (files of a folder that are not
  // articles, byte-order marks), on stderr as it goes.
  void PrintNotes() {
    for (const std::string& note : reader_.TakeNotes()) {
      std::cerr << "factcheck: " << note << "\n";
    }
  }

  // One record at a time, here or on the server. One result for every
  // record: its output buffer is kept, so a record allocates there only
  // when it is the largest yet. False when the output failed.
  bool ReadOneByOne() {
    const PreSerialize mode = Mode();
    quotes::InputRecord record;
    Result result;
    while (reader_.Next(&record)) {
      result.Clear();
      if (remote_ != nullptr && record.status.ok() && !record.analysis.has_value()) {
        // With --server the server does the work, one record at a time.
        result.analysis = remote_->Analyze(record.text, record.hints);
        result.quotes = result.analysis.quotes_size();
      } else {
        AnalyzeToResult(*analyzer_, &record, mode, &result);
      }
      if (!Emit(result)) return false;
    }
    return true;
  }

  // In --threads workers, written in input order. A window of 64 records a
  // thread keeps the workers busy while one long article holds up the head,
  // and the writer, which waits for half of it at a time, wakes (and takes a
  // core from a worker) once per 32 records a thread; 64 MB caps it when
  // articles are huge. False when the output failed.
  bool ReadInWorkers() {
    const size_t window = 64 * config_.threads;
    OrderedPool pool(analyzer_, Mode(), config_.threads, window, 64 << 20);
    std::vector<OrderedPool::Slot*> done;
    auto write_done = [&]() {
      for (OrderedPool::Slot* slot : done) {
        if (!Emit(slot->result)) return false;
        pool.Release(slot);
      }
      return true;
    };
    OrderedPool::Slot* slot = pool.Acquire();
    while (reader_.Next(&slot->record)) {
      // When the window is full, write the oldest half at once.
      while (pool.Full()) {
        pool.TakeDone(window / 2, &done);
        if (!write_done()) return false;
      }
      pool.Submit(slot);
      slot = pool.Acquire();
    }
    pool.Release(slot);
    while (pool.TakeDone(window, &done) > 0) {
      if (!write_done()) return false;
    }
    return true;
  }

  // Counts, reports and writes one result; false when the output failed.
  bool Emit(Result& result) {
    quotes::v1::ArticleAnalysis& analysis = result.analysis;
    PrintNotes();
    for (const std::string& limit : analysis.limits()) {
      if (!result.note_limits) break;
      std::cerr << "factcheck: " << analysis.article().id() << ": limit reached: " << limit
                << "\n";
    }
    ++articles_;
    if (analysis.has_error()) {
      ++failed_;
      std::cerr << "factcheck: " << analysis.error().article_id() << ": "
                << analysis.error().message() << "\n";
    }
    quotes_found_ += result.quotes;
    if (!result.bytes.empty()) {
      if (!out_->write(result.bytes.data(), result.bytes.size())) {
        std::cerr << "factcheck: write failed\n";
        return false;
      }
    } else if (config_.command == "extract") {
      if (!writer_.Write(analysis)) {
        std::cerr << "factcheck: write failed\n";
        return false;
      }
    } else if (config_.command == "index") {
      if (!analysis.has_error() && !archive_->Store(analysis)) return false;
    } else if (!analysis.has_error()) {
      if (result.read) {
        ++analyses_read_;
        if (analysis.claims_size() == 0 && analysis.story_terms_size() == 0) {
          ++read_without_claims_;
        }
      }
      // Every analysis, without its text, folded into compact records as
      // it comes (the analysis itself is then freed): the report's evidence
      // lives in the claims and quotes. With --server too: the server
      // analyses each article (one bounded message each way), and the
      // analyses merge here as they would locally, so a check of any size
      // works and gives the same bytes.
      if (config_.format == factcheck::OutputFormat::kHtml) {
        html_analyses_.push_back(factcheck::TrimmedForHtmlReport(analysis));
      }
      analysis.mutable_article()->clear_text();
      // Dates are YYYY-MM-DD (the reader normalises them): the latest
      // compares greatest.
      if (analysis.article().date().size() == 10 && analysis.article().date() > latest_date_) {
        latest_date_ = analysis.article().date();
      }
      collected_.Add(analysis);
    }
    progress_.Update(articles_, reader_.bytes_read());
    return true;
  }

  // The report as a summary and its findings one at a time, made a finding
  // at a time from the compact records, never whole in memory. Sets
  // *exit_code to kExitConflict when asked to fail on one. False when the
  // output failed.
  bool WriteReport(int* exit_code) {
    const quotes::internal::CrossCheckResult result =
        quotes::internal::CrossCheckCollected(std::move(collected_));
    factcheck::ReportStream stream = factcheck::StreamOf(result);
    stream.review = config_.review;
    if (stream.review.date.empty()) stream.review.date = latest_date_;
    if (config_.fail_on_conflict && *exit_code == kExitOk) {
      for (size_t i = 0; i < stream.findings; ++i) {
        if (stream.verdict(i) == quotes::v1::CONFLICT) *exit_code = kExitConflict;
      }
    }
    // --verdict: only findings of the verdicts asked for are written; the
    // conflict test above still sees them all.
    std::vector<size_t> kept;
    if (!config_.verdicts.empty()) {
      for (size_t i = 0; i < stream.findings; ++i) {
        if (config_.verdicts.contains(stream.verdict(i))) kept.push_back(i);
      }
      stream.left_out = stream.findings - kept.size();
      stream.findings = kept.size();
      stream.finding = [&result, &kept](size_t i) { return result.finding(kept[i]); };
      stream.verdict = [&result, &kept](size_t i) { return result.verdict(kept[i]); };
    }
    // The page shows the articles and takes the report whole.
    const bool written =
        config_.format == factcheck::OutputFormat::kHtml
            ? factcheck::WriteHtmlReport(html_analyses_, result.ToReport(), out_)
            : factcheck::WriteReportStream(stream, config_.format, out_);
    if (!written) {
      std::cerr << "factcheck: write failed\n";
      return false;
    }
    if (stream.left_out > 0) {
      std::cerr << "factcheck: --verdict: " << stream.findings << " findings written, "
                << stream.left_out << " of other verdicts left out\n";
    }
    return true;
  }

  void PrintStats(std::chrono::steady_clock::time_point start) const {
    const double secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::cerr << absl::StrFormat(
        "articles=%d failed=%d quotes=%d bytes=%d seconds=%.3f "
        "articles_per_s=%.1f MB_per_s=%.2f peak_rss_MB=%.1f\n",
        articles_, failed_, quotes_found_, reader_.bytes_read(), secs, articles_ / secs,
        reader_.bytes_read() / 1e6 / secs, PeakRssKb() / 1024.0);
  }

  const RunConfig& config_;
  const quotes::Analyzer* const analyzer_;
  const factcheck::QuoteClient* const remote_;  // null: analyse here
  std::ostream* const out_;
  factcheck::MessageWriter writer_;
  Progress progress_;
  quotes::InputReader reader_;
  quotes::internal::CrossCheckInput collected_;  // check
  // check --format=html: each article's text, metadata and quotes, kept to
  // the end (memory about the input's size again; other formats keep none).
  std::vector<quotes::v1::ArticleAnalysis> html_analyses_;
  std::unique_ptr<factcheck::ArchiveRun> archive_;  // index, check --db
  uint64_t articles_ = 0, failed_ = 0, quotes_found_ = 0;
  // check: analyses read from the input, and those of them with no claims
  // and no story terms (extract --claims=false wrote them).
  uint64_t analyses_read_ = 0, read_without_claims_ = 0;
  std::string latest_date_;  // check: the latest article date, claimreview's default
};

}  // namespace

int main(int argc, char** argv) {
  // Debian builds Abseil without NDEBUG, so every Mutex lock and unlock
  // updates a global lock-order graph (absl's deadlock detector, meant for
  // debug builds: its default is off under NDEBUG). With --threads that was
  // about 1.5% of the run. The tests keep the detector on.
  absl::SetMutexDeadlockDetectionMode(absl::OnDeadlockCycle::kIgnore);
  std::string help_for;
  switch (factcheck::WantsHelp(argc, argv, &help_for)) {
    case factcheck::HelpRequest::kVersion:
      std::cout << "factcheck " << factcheck::kVersion << "\n";
      return kExitOk;
    case factcheck::HelpRequest::kHelp:
      if (help_for.empty()) {
        factcheck::PrintCommandList(&std::cout);
      } else if (!factcheck::PrintCommandHelp(help_for, &std::cout)) {
        return Usage(absl::StrCat("unknown command '", help_for, "'"));
      }
      return kExitOk;
    case factcheck::HelpRequest::kHelpAll:
      factcheck::PrintCommandList(&std::cout);
      for (const factcheck::CommandInfo& c : factcheck::Commands()) {
        std::cout << "\n";
        factcheck::PrintCommandHelp(c.name, &std::cout);
      }
      return kExitOk;
    case factcheck::HelpRequest::kNone:
      break;
  }
  std::vector<std::string> args;
  if (absl::Status s = factcheck::ParseFlags(argc, argv, &args); !s.ok()) {
    return Usage(std::string(s.message()));
  }
  RunConfig config;
  if (absl::Status s = ReadRunConfig(args, &config); !s.ok()) {
    return Usage(std::string(s.message()));
  }
  // quotes reads the archive only: no analyzer to build (a third of its time).
  if (config.command == "quotes") {
    return factcheck::RunQuotesCommand(config.format, absl::GetFlag(FLAGS_output));
  }
  absl::StatusOr<std::unique_ptr<quotes::Analyzer>> analyzer =
      quotes::Analyzer::Create(config.options);
  if (!analyzer.ok()) return Usage(analyzer.status().ToString());
  if (config.command == "serve") return factcheck::RunServeCommand(config.options);
  // With --server=HOST:PORT the server analyses; records and output are the same.
  absl::StatusOr<std::unique_ptr<factcheck::QuoteClient>> remote =
      factcheck::ConnectToServerFlag(config.options);
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
  return Run(config, analyzer->get(), remote->get(), out).Go();
}
