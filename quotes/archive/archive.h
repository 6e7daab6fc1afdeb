// A quote archive: analysed articles kept in one SQLite file, so that later
// articles can be cross-checked against all of them and everything a person
// said can be looked up without analysing again. The schema and its versions
// are described in docs/archive.md.
//
// Example:
//   absl::StatusOr<std::unique_ptr<Archive>> archive = Archive::Open("news.db");
//   if (!archive.ok()) return archive.status();
//   (*archive)->Begin();
//   (*archive)->Put(analysis, text);  // once per article
//   (*archive)->Commit();
//   (*archive)->ForEachPartial([&](const v1::ArticleAnalysis& a) { input.Add(a); });
//
// One Archive is one SQLite connection: not thread-safe. Several processes
// may open one file: readers never wait (WAL mode), and a writer waits up to
// Options::busy_timeout_ms for another writer's transaction to end.
#ifndef QUOTES_ARCHIVE_ARCHIVE_H_
#define QUOTES_ARCHIVE_ARCHIVE_H_

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/quotes.pb.h"

struct sqlite3;
struct sqlite3_stmt;

namespace quotes {

// Analysed articles and their quotes in one SQLite file (docs/archive.md):
// what `factcheck index` stores, `check --db` checks new articles against
// and `quotes` searches. One object is one connection: not thread-safe;
// several processes may share a file (WAL, a busy timeout for writers).
class Archive {
 public:
  // The schema version this code writes (PRAGMA user_version). Older
  // archives are migrated on Open(); newer ones are refused.
  static constexpr int kSchemaVersion = 2;
  // PRAGMA application_id of an archive: "QCKA". An SQLite file without it
  // (and with tables) is someone else's database.
  static constexpr int32_t kApplicationId = 0x51434B41;

  // How Open() opens the file.
  struct Options {
    // Make the file (and the schema in an empty file) when missing; when
    // false, a missing or empty file is an error (for readers).
    bool create = true;
    // How long a write waits for another connection's write to end before
    // it fails with "database is locked".
    int busy_timeout_ms = 5000;
    // When above 0, the file may not grow past this many pages (PRAGMA
    // max_page_count; 16 KB a page): a write past it fails as a full
    // disk does. For tests.
    int64_t max_page_count = 0;
  };

  // What Put() did with an article.
  enum class PutResult {
    kAdded,      // a new id with new content
    kReplaced,   // an id stored before, now with other content
    kUnchanged,  // the same id with the same content: nothing written
    kAlias,      // a new id whose content is stored under another id
  };

  // Opens (or, with options.create, makes) the archive at `path`.
  // InvalidArgumentError naming the file when it is not an SQLite database
  // (a text file, a corrupt header), an SQLite database without this schema,
  // or an archive of a newer schema version; the error of the open
  // otherwise. Migrates an archive of an older version.
  static absl::StatusOr<std::unique_ptr<Archive>> Open(const std::string& path,
                                                       const Options& options);
  // Open(path, Options()).
  static absl::StatusOr<std::unique_ptr<Archive>> Open(const std::string& path) {
    return Open(path, Options());
  }

  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;
  ~Archive();

  // A write transaction (BEGIN IMMEDIATE: it waits for another writer up to
  // the busy timeout, then fails). Put() outside one commits its article
  // alone; a Put() that fails inside one rolls the whole transaction back.
  absl::Status Begin();
  // Ends the transaction Begin() opened, writing what it holds.
  absl::Status Commit();
  // Drops what was written since Begin(); safe to call when none is open.
  void Rollback();

  // Stores `analysis` (without `error`), made from the article whose text
  // is `text`, under its article id. The content is the text with the
  // headline, source, date and URL (ContentHash()). An id stored before is
  // replaced, its quotes and aliases with it; a new id whose content is
  // already stored becomes an alias of that article (counted once by a
  // check). InvalidArgumentError for an analysis with `error` set or no id
  // (nothing is written, the transaction stays open). When a write fails
  // (a full disk, an I/O error), the open transaction is rolled back: every
  // article since Begin() is dropped, and the caller stores them again.
  absl::StatusOr<PutResult> Put(const v1::ArticleAnalysis& analysis, absl::string_view text);

  // Calls `fn` with every stored article's cross-check partial (the
  // analysis as TrimForCrossCheck leaves it, without the text), in the
  // order the articles were stored (a replaced article counts as stored
  // when it was replaced). Aliases are not visited.
  absl::Status ForEachPartial(const std::function<void(const v1::ArticleAnalysis&)>& fn);

  // The analysis stored under `id` (an alias gives its article's); NotFound
  // when there is none.
  absl::StatusOr<v1::ArticleAnalysis> Get(const std::string& id);

  // Articles stored.
  absl::StatusOr<int64_t> ArticleCount();
  // Alias ids: ids whose content is stored under another id.
  absl::StatusOr<int64_t> AliasCount();

  // A query of quotes: by speaker, by words, or both (at least one).
  struct QuoteQuery {
    // A person's name as written ("Hillary Clinton", "Clinton"). Matched by
    // SpeakerKey(): the full name, and a bare surname when the archive
    // holds one full name of that surname; a bare surname of several full
    // names is FailedPrecondition naming them.
    std::string speaker;
    // Words that must all be in the quote (FTS5, case-insensitive; each a
    // plain word, no query syntax).
    std::string words;
  };
  // The quotes found, ordered by article date, article id and place in the
  // article.
  absl::StatusOr<std::vector<v1::ArchivedQuote>> FindQuotes(const QuoteQuery& query);

  // The archive's key of a speaker's name: lower case, punctuation dropped
  // and initials left out, so "Donald J. Trump" and "donald trump" are one
  // key. Empty for a name with no letters.
  static std::string SpeakerKey(absl::string_view name);

  // The content hash of an article (16 bytes, FNV-1a 128 over the text,
  // headline, source, date and URL, each with its length): the same for
  // the same article under another id.
  static std::string ContentHash(const v1::Article& article, absl::string_view text);

 private:
  Archive(sqlite3* db, std::string path);
  absl::Status Exec(const char* sql);
  absl::Status Error(const char* what) const;
  absl::Status Setup(const Options& options);
  absl::Status Migrate();
  absl::StatusOr<PutResult> PutArticle(const v1::ArticleAnalysis& analysis,
                                       absl::string_view text);

  // A value bound to a statement's parameter: text, a blob or an integer.
  struct Arg {
    Arg(absl::string_view text) : bytes(text) {}  // NOLINT: implicit, for brevity
    Arg(const std::string& text) : bytes(text) {}  // NOLINT
    Arg(int64_t n) : number(n), kind(kInt) {}      // NOLINT
    static Arg Blob(absl::string_view b) {
      Arg a(b);
      a.kind = kBlob;
      return a;
    }
    absl::string_view bytes;
    int64_t number = 0;
    enum Kind { kText, kBlob, kInt } kind = kText;
  };
  // Runs `sql` with `args` bound to ?1, ?2, ...: `row` on each row it gives
  // (stopping at the first error it returns); the statement is reset after.
  // `what` names the step in an error.
  absl::Status Run(const char* sql, std::initializer_list<Arg> args, const char* what,
                   const std::function<absl::Status(sqlite3_stmt*)>& row = nullptr);

  // The one number `sql` gives.
  absl::StatusOr<int64_t> Count(const char* sql);
  // A prepared statement of `sql` (a string literal), made once and reset
  // for each use; null with the error in *status when it does not prepare.
  sqlite3_stmt* Statement(const char* sql, absl::Status* status);

  // Adds the quotes stored since the last call to quotes_fts: one
  // statement, so FTS5 writes one segment (not one a quote).
  absl::Status SyncFts();
  // Reads, once a transaction, the largest quote number, from which the
  // transaction numbers its quotes.
  absl::Status NumberQuotes();

  // The blobs' compression (archive.cc).
  class Zlib;

  sqlite3* db_;
  const std::string path_;
  std::unique_ptr<Zlib> zlib_;
  int busy_timeout_ms_ = 0;
  std::vector<std::pair<const char*, sqlite3_stmt*>> statements_;
  bool in_transaction_ = false;
  // The transaction's next quote number (qid); -1 before its first Put().
  int64_t next_qid_ = -1;
  // Quotes numbered up to this are in quotes_fts.
  int64_t fts_synced_ = 0;
};

}  // namespace quotes

#endif  // QUOTES_ARCHIVE_ARCHIVE_H_
