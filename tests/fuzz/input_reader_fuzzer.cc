// libFuzzer target for quotes::InputReader's streams: any bytes, read as a
// text file, a JSONL file, a delimited Article or ArticleAnalysis stream,
// and gzipped, never crash, and every input yields at least one record (its
// records or an error record), each with an id, and an error record never
// carries text.
//
// Built and run by tests/fuzz/run_fuzzers.sh (clang-14, -fsanitize=fuzzer).
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "quotes/input_reader.h"

namespace {

// The bytes as a file: an anonymous memory file, named by its /proc path.
class MemoryFile {
 public:
  explicit MemoryFile(const uint8_t* data, size_t size)
      : fd_(memfd_create("input", MFD_CLOEXEC)) {
    if (fd_ < 0) std::abort();
    size_t done = 0;
    while (done < size) {
      const ssize_t n = write(fd_, data + done, size - done);
      if (n <= 0) std::abort();
      done += static_cast<size_t>(n);
    }
  }
  ~MemoryFile() { close(fd_); }
  std::string path() const { return "/proc/self/fd/" + std::to_string(fd_); }

 private:
  int fd_;
};

void ReadAs(const std::string& path, quotes::InputFormat format) {
  quotes::InputReader reader({path}, format);
  reader.set_max_article_bytes(1 << 16);
  quotes::InputRecord record;
  int records = 0;
  while (reader.Next(&record)) {
    ++records;
    if (record.hints.id().empty()) std::abort();
    if (!record.status.ok() && (record.status.message().empty() || !record.text.empty())) {
      std::abort();
    }
    if (records > 1 << 20) std::abort();  // more records than bytes: a loop
  }
  if (records == 0) std::abort();
  (void)reader.TakeNotes();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const MemoryFile file(data, size);
  for (quotes::InputFormat format :
       {quotes::InputFormat::kText, quotes::InputFormat::kJsonl,
        quotes::InputFormat::kDelimited, quotes::InputFormat::kAnalysisJsonl,
        quotes::InputFormat::kAnalysisDelimited}) {
    ReadAs(file.path(), format);
  }
  // Gunzipped by name: a link whose name ends in .gz.
  char link[] = "/tmp/input_reader_fuzz.XXXXXX";
  if (mkdtemp(link) == nullptr) std::abort();
  const std::string gz = std::string(link) + "/in.jsonl.gz";
  if (symlink(file.path().c_str(), gz.c_str()) != 0) std::abort();
  ReadAs(gz, quotes::InputFormat::kAuto);
  unlink(gz.c_str());
  rmdir(link);
  return 0;
}
