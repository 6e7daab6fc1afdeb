// The quote archive on SQLite: opening (and telling a foreign or newer file
// from ours), the schema's migrations, storing an analysis with its quotes,
// and the queries. docs/archive.md describes the schema.
#include "quotes/archive/archive.h"

#include <sqlite3.h>
#include <zlib.h>

#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "quotes/crosscheck/cross_check.h"

namespace quotes {
namespace {

// Schema version 1. Articles are numbered by `seq` in the order they were
// stored; the check reads them in that order. A quote's `text` is indexed by
// the FTS5 table quotes_fts, which reads the text from `quotes` (external
// content); version 1 kept it up to date by the two triggers, which version
// 2 drops.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  content_hash BLOB NOT NULL UNIQUE,
  source TEXT NOT NULL,
  date TEXT NOT NULL,
  headline TEXT NOT NULL,
  url TEXT NOT NULL,
  analysis BLOB NOT NULL,
  partial BLOB NOT NULL
);
CREATE TABLE aliases (
  id TEXT PRIMARY KEY,
  article_seq INTEGER NOT NULL
);
CREATE INDEX aliases_article ON aliases(article_seq);
CREATE TABLE quotes (
  qid INTEGER PRIMARY KEY,
  article_seq INTEGER NOT NULL,
  quote_index INTEGER NOT NULL,
  speaker TEXT NOT NULL,
  speaker_key TEXT NOT NULL,
  speaker_surname TEXT NOT NULL,
  title TEXT NOT NULL,
  date TEXT NOT NULL,
  text TEXT NOT NULL,
  quote BLOB NOT NULL,
  UNIQUE (article_seq, quote_index)
);
CREATE INDEX quotes_speaker ON quotes(speaker_key);
CREATE INDEX quotes_surname ON quotes(speaker_surname, speaker_key, speaker);
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='qid');
CREATE TRIGGER quotes_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, text) VALUES (new.qid, new.text);
END;
CREATE TRIGGER quotes_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.qid, old.text);
END;
)sql";

// Schema version 2: quotes_fts is kept up to date by the Archive, one
// statement per transaction (SyncFts()), instead of by triggers. A trigger's
// INSERT is a statement with a statement journal, and FTS5 writes its
// pending terms out as a new segment at every such statement: a segment per
// quote, and merging them was an eighth of index's time.
constexpr const char* kSchemaV2 = R"sql(
DROP TRIGGER quotes_insert;
DROP TRIGGER quotes_delete;
)sql";

// Migration i takes an archive of version i - 1 to version i, inside the
// transaction Migrate() opened. Version 0 is an empty file.
const char* const kMigrations[] = {nullptr, kSchemaV1, kSchemaV2};
static_assert(sizeof(kMigrations) / sizeof(kMigrations[0]) == Archive::kSchemaVersion + 1,
              "one migration per schema version");

// A statement's text column as a view (empty for NULL).
absl::string_view Column(sqlite3_stmt* s, int i) {
  const void* p = sqlite3_column_blob(s, i);
  const int n = sqlite3_column_bytes(s, i);
  if (p == nullptr) return absl::string_view();
  return absl::string_view(static_cast<const char*>(p), static_cast<size_t>(n));
}

void Bind(sqlite3_stmt* s, int i, absl::string_view v) {
  sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}

void BindBlob(sqlite3_stmt* s, int i, absl::string_view v) {
  sqlite3_bind_blob(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}

// Resets a statement on every way out, so that it holds no read lock.
class Reset {
 public:
  explicit Reset(sqlite3_stmt* s) : s_(s) {}
  ~Reset() {
    if (s_ != nullptr) {
      sqlite3_reset(s_);
      sqlite3_clear_bindings(s_);
    }
  }

 private:
  sqlite3_stmt* s_;
};

std::string Surname(const std::string& key) {
  const size_t space = key.rfind(' ');
  return space == std::string::npos ? key : key.substr(space + 1);
}

// The FTS5 query of plain words: each word quoted (so no word is read as
// query syntax), all required.
std::string FtsQuery(absl::string_view words) {
  std::vector<std::string> terms;
  std::string word;
  auto flush = [&]() {
    if (!word.empty()) terms.push_back(absl::StrCat("\"", word, "\""));
    word.clear();
  };
  for (char c : words) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (absl::ascii_isalnum(u) || u >= 0x80) {
      word.push_back(c);
    } else {
      flush();
    }
  }
  flush();
  return absl::StrJoin(terms, " ");
}

}  // namespace

// A message as stored in an archive's blob: its bytes compressed with zlib
// (RFC 1950) at level 1. An analysis compresses about 3 times (a partial
// 2.5), and the archive is written a third as much. One stream each way,
// reset for every message: setting one up for each blob (as protobuf's
// GzipOutputStream did) allocates and clears a few hundred KB.
class Archive::Zlib {
 public:
  Zlib() {
    deflateInit(&deflate_, 1);
    inflateInit(&inflate_);
  }
  ~Zlib() {
    deflateEnd(&deflate_);
    inflateEnd(&inflate_);
  }

  // The compressed bytes of `message`, in *out.
  void Pack(const google::protobuf::MessageLite& message, std::string* out) {
    message.SerializeToString(&plain_);
    deflateReset(&deflate_);
    out->resize(deflateBound(&deflate_, plain_.size()));
    deflate_.next_in = reinterpret_cast<Bytef*>(plain_.data());
    deflate_.avail_in = static_cast<uInt>(plain_.size());
    deflate_.next_out = reinterpret_cast<Bytef*>(out->data());
    deflate_.avail_out = static_cast<uInt>(out->size());
    deflate(&deflate_, Z_FINISH);  // Z_STREAM_END: deflateBound leaves room
    out->resize(out->size() - deflate_.avail_out);
  }

  // Pack()'s inverse; false when the bytes are not such a message.
  bool Unpack(absl::string_view bytes, google::protobuf::MessageLite* message) {
    inflateReset(&inflate_);
    inflate_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    inflate_.avail_in = static_cast<uInt>(bytes.size());
    // Records grow a few times in size when inflated.
    if (plain_.size() < 4 * bytes.size()) plain_.resize(4 * bytes.size());
    size_t done = 0;
    for (;;) {
      inflate_.next_out = reinterpret_cast<Bytef*>(plain_.data() + done);
      inflate_.avail_out = static_cast<uInt>(plain_.size() - done);
      const int rc = inflate(&inflate_, Z_NO_FLUSH);
      done = plain_.size() - inflate_.avail_out;
      if (rc == Z_STREAM_END) break;
      // Output room is all it may lack; anything else is a damaged blob.
      if (rc != Z_OK || inflate_.avail_out != 0) return false;
      plain_.resize(2 * plain_.size());
    }
    return message->ParseFromArray(plain_.data(), static_cast<int>(done));
  }

 private:
  z_stream deflate_{};
  z_stream inflate_{};
  std::string plain_;
};

Archive::Archive(sqlite3* db, std::string path)
    : db_(db), path_(std::move(path)), zlib_(new Zlib) {}

Archive::~Archive() {
  Rollback();
  for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
  sqlite3_close_v2(db_);
}

absl::Status Archive::Error(const char* what) const {
  const int code = sqlite3_extended_errcode(db_);
  const std::string detail = absl::StrCat(what, ": ", sqlite3_errmsg(db_));
  switch (code & 0xff) {
    case SQLITE_FULL:
      return absl::ResourceExhaustedError(
          absl::StrCat("archive ", path_, ": the disk is full or the file reached its size "
                       "limit (", detail, "); what was committed before is kept"));
    case SQLITE_IOERR:
      return absl::DataLossError(absl::StrCat(
          "archive ", path_, ": I/O error, the disk may be full or the file at its size limit (",
          detail, "); what was committed before is kept"));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return absl::UnavailableError(absl::StrCat(
          "archive ", path_, " is being written by another process and stayed locked for ",
          busy_timeout_ms_, " ms (", detail, "); try again when it is done"));
    case SQLITE_NOTADB:
      return absl::InvalidArgumentError(absl::StrCat(
          path_, " is not a quotecheck archive: not an SQLite database (", detail, ")"));
    case SQLITE_CORRUPT:
      return absl::DataLossError(
          absl::StrCat("archive ", path_, " is corrupt (", detail, ")"));
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
      return absl::PermissionDeniedError(
          absl::StrCat("archive ", path_, ": cannot write (", detail, ")"));
    default:
      return absl::InternalError(absl::StrCat("archive ", path_, ": ", detail));
  }
}

absl::Status Archive::Exec(const char* sql) {
  if (sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) != SQLITE_OK) return Error(sql);
  return absl::OkStatus();
}

sqlite3_stmt* Archive::Statement(const char* sql, absl::Status* status) {
  for (auto& [text, stmt] : statements_) {
    if (text == sql) return stmt;
  }
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v3(db_, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) != SQLITE_OK) {
    *status = Error("prepare");
    return nullptr;
  }
  statements_.emplace_back(sql, stmt);
  return stmt;
}

absl::Status Archive::Run(const char* sql, std::initializer_list<Arg> args, const char* what,
                          const std::function<absl::Status(sqlite3_stmt*)>& row) {
  absl::Status status;
  sqlite3_stmt* s = Statement(sql, &status);
  if (s == nullptr) return status;
  Reset reset(s);
  int i = 0;
  for (const Arg& arg : args) {
    ++i;
    if (arg.kind == Arg::kInt) {
      sqlite3_bind_int64(s, i, arg.number);
    } else if (arg.kind == Arg::kBlob) {
      BindBlob(s, i, arg.bytes);
    } else {
      Bind(s, i, arg.bytes);
    }
  }
  int rc;
  while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
    if (row == nullptr) continue;
    if (absl::Status r = row(s); !r.ok()) return r;
  }
  if (rc != SQLITE_DONE) return Error(what);
  return absl::OkStatus();
}

absl::StatusOr<std::unique_ptr<Archive>> Archive::Open(const std::string& path,
                                                       const Options& options) {
  sqlite3* db = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
  if (options.create) flags |= SQLITE_OPEN_CREATE;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    const std::string message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close_v2(db);
    if (!options.create && (rc & 0xff) == SQLITE_CANTOPEN) {
      return absl::NotFoundError(absl::StrCat("no archive at ", path, " (", message,
                                              "): make one with factcheck index"));
    }
    return absl::InvalidArgumentError(
        absl::StrCat("cannot open archive ", path, ": ", message));
  }
  std::unique_ptr<Archive> archive(new Archive(db, path));
  if (absl::Status s = archive->Setup(options); !s.ok()) return s;
  return archive;
}

absl::Status Archive::Setup(const Options& options) {
  sqlite3_extended_result_codes(db_, 1);
  busy_timeout_ms_ = options.busy_timeout_ms;
  sqlite3_busy_timeout(db_, options.busy_timeout_ms);
  // Identify the file before anything writes to it: a foreign file is
  // refused untouched.
  int64_t app_id = 0, version = 0, tables = 0;
  absl::Status read = Run(
      "SELECT (SELECT application_id FROM pragma_application_id), "
      "(SELECT user_version FROM pragma_user_version), "
      "(SELECT count(*) FROM sqlite_master)",
      {}, "reading the header", [&](sqlite3_stmt* s) {
        app_id = sqlite3_column_int64(s, 0);
        version = sqlite3_column_int64(s, 1);
        tables = sqlite3_column_int64(s, 2);
        return absl::OkStatus();
      });
  if (!read.ok()) return read;
  const bool empty = app_id == 0 && version == 0 && tables == 0;
  if (!empty && app_id != kApplicationId) {
    return absl::InvalidArgumentError(absl::StrCat(
        path_, " is an SQLite database but not a quotecheck archive (application_id ",
        app_id, ", ", tables, " schema objects)"));
  }
  if (version > kSchemaVersion) {
    return absl::FailedPreconditionError(absl::StrCat(
        "archive ", path_, " has schema version ", version,
        ", newer than this factcheck reads (up to ", kSchemaVersion,
        "): use a newer factcheck"));
  }
  if (empty && !options.create) {
    return absl::NotFoundError(absl::StrCat(
        path_, " is empty, not a quotecheck archive: make one with factcheck index"));
  }
  // 16 KB pages: an article's blobs take a page or two instead of several
  // overflow pages, and writing a batch takes a quarter of the system calls
  // of 4 KB pages. Only an empty file takes it (before WAL mode is set).
  if (empty) {
    if (absl::Status s = Exec("PRAGMA page_size=16384"); !s.ok()) return s;
  }
  // WAL: readers never wait for the writer, and a process killed mid-write
  // loses only its open transaction. NORMAL syncs at checkpoints, not at
  // every commit: a commit survives the process, not a power cut.
  // Setting the mode takes the file's exclusive lock, and SQLite answers
  // SQLITE_BUSY at once, without its busy handler, while another process
  // is making the same new file: tried again until the busy timeout.
  const absl::Time deadline = absl::Now() + absl::Milliseconds(busy_timeout_ms_);
  for (;;) {
    absl::Status s = Exec("PRAGMA journal_mode=WAL");
    if (s.ok()) break;
    if (!absl::IsUnavailable(s) || absl::Now() >= deadline) return s;
    absl::SleepFor(absl::Milliseconds(5));
  }
  if (absl::Status s = Exec("PRAGMA synchronous=NORMAL"); !s.ok()) return s;
  // A writer: SQLite's default page cache is 2 MB, and the indexes of
  // random keys (the content hash, speaker keys, FTS) then miss it on nearly
  // every insert once the archive is large. A reader (check --db, quotes)
  // reads the file mapped instead: a one-off lookup then neither copies
  // each page it reads nor faults in a fresh cache for it.
  const char* cache = options.create ? "PRAGMA cache_size=-65536" : "PRAGMA mmap_size=4294967296";
  if (absl::Status s = Exec(cache); !s.ok()) return s;
  if (options.max_page_count > 0) {
    const std::string sql = absl::StrCat("PRAGMA max_page_count=", options.max_page_count);
    if (absl::Status s = Exec(sql.c_str()); !s.ok()) return s;
  }
  if (version < kSchemaVersion) return Migrate();
  return absl::OkStatus();
}

absl::Status Archive::Migrate() {
  if (absl::Status s = Begin(); !s.ok()) return s;
  // Read again inside the transaction: another process may have migrated
  // the file while this one waited for the lock.
  int64_t version = 0;
  absl::Status read = Run("SELECT user_version FROM pragma_user_version", {},
                          "reading the schema version", [&](sqlite3_stmt* s) {
                            version = sqlite3_column_int64(s, 0);
                            return absl::OkStatus();
                          });
  if (!read.ok()) {
    Rollback();
    return read;
  }
  for (int64_t v = version + 1; v <= kSchemaVersion; ++v) {
    absl::Status s = Exec(kMigrations[v]);
    const std::string mark =
        absl::StrCat("PRAGMA application_id=", kApplicationId, "; PRAGMA user_version=", v);
    if (s.ok()) s = Exec(mark.c_str());
    if (!s.ok()) {
      Rollback();
      return s;
    }
  }
  return Commit();
}

absl::Status Archive::Begin() {
  if (absl::Status s = Exec("BEGIN IMMEDIATE"); !s.ok()) return s;
  in_transaction_ = true;
  next_qid_ = -1;
  return absl::OkStatus();
}

absl::Status Archive::Commit() {
  absl::Status s = SyncFts();
  if (s.ok()) s = Exec("COMMIT");
  if (!s.ok()) {
    Rollback();
    return s;
  }
  in_transaction_ = false;
  next_qid_ = -1;
  return absl::OkStatus();
}

void Archive::Rollback() {
  if (!sqlite3_get_autocommit(db_)) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  in_transaction_ = false;
  next_qid_ = -1;
}

absl::Status Archive::SyncFts() {
  if (next_qid_ < 0 || next_qid_ - 1 == fts_synced_) return absl::OkStatus();
  absl::Status s = Run(
      "INSERT INTO quotes_fts (rowid, text) SELECT qid, text FROM quotes WHERE qid > ?",
      {fts_synced_}, "indexing the quotes' words");
  if (s.ok()) fts_synced_ = next_qid_ - 1;
  return s;
}

absl::Status Archive::NumberQuotes() {
  if (next_qid_ >= 0) return absl::OkStatus();
  // Read under the write lock, so that no other writer adds quotes until
  // the transaction ends. Numbers are given from the largest ever used in
  // this transaction on, so a quote stored after the last one was deleted
  // still counts as not yet in quotes_fts.
  absl::StatusOr<int64_t> max = Count("SELECT coalesce(max(qid), 0) FROM quotes");
  if (!max.ok()) return max.status();
  fts_synced_ = *max;
  next_qid_ = *max + 1;
  return absl::OkStatus();
}

std::string Archive::SpeakerKey(absl::string_view name) {
  std::vector<std::string> words(1);
  for (size_t i = 0; i < name.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    // An apostrophe inside a name joins its parts: O'Brien, O’Brien.
    if (c == '\'') continue;
    if (c == 0xE2 && i + 2 < name.size() && name[i + 1] == '\x80' && name[i + 2] == '\x99') {
      i += 2;
      continue;
    }
    if (absl::ascii_isalnum(c) || c >= 0x80) {
      words.back().push_back(static_cast<char>(absl::ascii_tolower(c)));
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
  }
  // Initials ("J." of "Donald J. Trump") are given in some mentions and not
  // in others.
  std::vector<std::string> kept;
  for (std::string& w : words) {
    if (w.size() > 1) kept.push_back(std::move(w));
  }
  return absl::StrJoin(kept, " ");
}

std::string Archive::ContentHash(const v1::Article& article, absl::string_view text) {
  // FNV-1a, 128 bits: stable across builds and machines (absl::Hash is not),
  // and 2^-64 odds of a collision among 10^9 articles.
  using u128 = unsigned __int128;
  const u128 prime = (static_cast<u128>(1) << 88) + 0x13B;
  u128 h = (static_cast<u128>(0x6C62272E07BB0142ULL) << 64) | 0x62B821756295C58DULL;
  auto add = [&](absl::string_view part) {
    const uint64_t n = part.size();
    for (int i = 0; i < 8; ++i) {
      h ^= static_cast<unsigned char>(n >> (8 * i));
      h *= prime;
    }
    for (char c : part) {
      h ^= static_cast<unsigned char>(c);
      h *= prime;
    }
  };
  add(text);
  add(article.headline());
  add(article.source());
  add(article.date());
  add(article.url());
  std::string out(16, '\0');
  for (int i = 0; i < 16; ++i) out[i] = static_cast<char>(h >> (8 * (15 - i)));
  return out;
}

absl::StatusOr<Archive::PutResult> Archive::Put(const v1::ArticleAnalysis& analysis,
                                                absl::string_view text) {
  if (analysis.has_error()) {
    return absl::InvalidArgumentError(
        absl::StrCat("article ", analysis.error().article_id(), " failed: not archived"));
  }
  if (analysis.article().id().empty()) {
    return absl::InvalidArgumentError("an article without an id");
  }
  // An article is stored whole or not at all. Inside a transaction a failed
  // write rolls the whole transaction back rather than to a savepoint per
  // article: a savepoint copies every page the article touches to a
  // sub-journal first (3.2 GB of writes for 5,000 BBC articles), and the
  // writes that fail (a full disk, an I/O error) leave the transaction
  // unusable anyway.
  const bool alone = !in_transaction_;
  if (alone) {
    if (absl::Status s = Begin(); !s.ok()) return s;
  }
  absl::StatusOr<PutResult> result = PutArticle(analysis, text);
  if (!result.ok()) {
    Rollback();
    return result;
  }
  if (alone) {
    if (absl::Status s = Commit(); !s.ok()) return s;
  }
  return result;
}

absl::StatusOr<Archive::PutResult> Archive::PutArticle(const v1::ArticleAnalysis& analysis,
                                                       absl::string_view text) {
  const v1::Article& article = analysis.article();
  const std::string hash = ContentHash(article, text);
  const Arg id(article.id());
  PutResult result = PutResult::kAdded;
  bool unchanged = false;
  auto same_content = [&](sqlite3_stmt* s) {
    unchanged = Column(s, 0) == hash;
    if (!unchanged) result = PutResult::kReplaced;
    return absl::OkStatus();
  };
  // The id as a stored article, or as an alias: unchanged when it names
  // this content still, else replaced.
  int64_t old_seq = -1;
  absl::Status s = Run("SELECT content_hash, seq FROM articles WHERE id = ?", {id},
                       "looking up the id", [&](sqlite3_stmt* st) {
                         old_seq = sqlite3_column_int64(st, 1);
                         return same_content(st);
                       });
  if (s.ok() && !unchanged && old_seq < 0) {
    s = Run("SELECT a.content_hash FROM aliases l JOIN articles a ON a.seq = l.article_seq "
            "WHERE l.id = ?",
            {id}, "looking up the id", same_content);
  }
  if (!s.ok()) return s;
  if (unchanged) return PutResult::kUnchanged;
  if (s = NumberQuotes(); !s.ok()) return s;
  if (old_seq >= 0) {
    // Its quotes leave quotes_fts first (an external-content table is told
    // the text it indexed); those stored by this transaction are not in it.
    s = Run("INSERT INTO quotes_fts (quotes_fts, rowid, text) SELECT 'delete', qid, text "
            "FROM quotes WHERE article_seq = ? AND qid <= ?",
            {old_seq, fts_synced_}, "replacing an article");
    if (!s.ok()) return s;
    for (const char* sql : {"DELETE FROM quotes WHERE article_seq = ?",
                            "DELETE FROM aliases WHERE article_seq = ?",
                            "DELETE FROM articles WHERE seq = ?"}) {
      if (s = Run(sql, {old_seq}, "replacing an article"); !s.ok()) return s;
    }
  }
  const bool was_alias = result == PutResult::kReplaced && old_seq < 0;
  if (was_alias) {
    if (s = Run("DELETE FROM aliases WHERE id = ?", {id}, "replacing an alias"); !s.ok()) {
      return s;
    }
  }
  // The content under another id: this id becomes its alias.
  int64_t stored = -1;
  s = Run("SELECT seq FROM articles WHERE content_hash = ?", {Arg::Blob(hash)},
          "looking up the content", [&](sqlite3_stmt* st) {
            stored = sqlite3_column_int64(st, 0);
            return absl::OkStatus();
          });
  if (!s.ok()) return s;
  if (stored >= 0) {
    s = Run("INSERT INTO aliases (id, article_seq) VALUES (?, ?)", {id, stored},
            "storing an alias");
    if (!s.ok()) return s;
    return PutResult::kAlias;
  }

  // What a check reads of it, without the text, as `factcheck check` folds
  // each analysis in (the same bytes of report either way).
  v1::ArticleAnalysis partial = analysis;
  internal::TrimForCrossCheck(&partial);
  partial.mutable_article()->clear_text();
  std::string analysis_bytes, partial_bytes;
  zlib_->Pack(analysis, &analysis_bytes);
  zlib_->Pack(partial, &partial_bytes);
  s = Run("INSERT INTO articles (id, content_hash, source, date, headline, url, analysis, "
          "partial) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          {id, Arg::Blob(hash), article.source(), article.date(), article.headline(),
           article.url(), Arg::Blob(analysis_bytes), Arg::Blob(partial_bytes)},
          "storing an article");
  if (!s.ok()) return s;
  const int64_t seq = sqlite3_last_insert_rowid(db_);
  std::string quote_bytes;
  v1::Quote without_text;
  for (int i = 0; i < analysis.quotes_size(); ++i) {
    const v1::Quote& q = analysis.quotes(i);
    const std::string key = SpeakerKey(q.speaker().name());
    // The text is in its own column (for FTS5), not twice.
    without_text = q;
    without_text.clear_text();
    without_text.SerializeToString(&quote_bytes);
    s = Run("INSERT INTO quotes (qid, article_seq, quote_index, speaker, speaker_key, "
            "speaker_surname, title, date, text, quote) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            {next_qid_, seq, int64_t{i}, q.speaker().name(), key, Surname(key),
             q.speaker().title(), article.date(), q.text(), Arg::Blob(quote_bytes)},
            "storing a quote");
    ++next_qid_;
    if (!s.ok()) return s;
  }
  return result;
}

absl::Status Archive::ForEachPartial(
    const std::function<void(const v1::ArticleAnalysis&)>& fn) {
  v1::ArticleAnalysis partial;
  return Run("SELECT partial, id FROM articles ORDER BY seq", {}, "reading the articles",
             [&](sqlite3_stmt* s) {
               const absl::string_view bytes = Column(s, 0);
               if (!zlib_->Unpack(bytes, &partial)) {
                 return absl::DataLossError(absl::StrCat(
                     "archive ", path_, " is corrupt: article ", Column(s, 1),
                     " does not parse"));
               }
               fn(partial);
               return absl::OkStatus();
             });
}

absl::StatusOr<v1::ArticleAnalysis> Archive::Get(const std::string& id) {
  v1::ArticleAnalysis analysis;
  bool found = false;
  absl::Status s = Run(
      "SELECT analysis FROM articles WHERE id = ?1 UNION ALL "
      "SELECT a.analysis FROM aliases l JOIN articles a ON a.seq = l.article_seq "
      "WHERE l.id = ?1",
      {id}, "reading an article", [&](sqlite3_stmt* st) {
        const absl::string_view bytes = Column(st, 0);
        found = true;
        if (!zlib_->Unpack(bytes, &analysis)) {
          return absl::DataLossError(
              absl::StrCat("archive ", path_, " is corrupt: article ", id, " does not parse"));
        }
        return absl::OkStatus();
      });
  if (!s.ok()) return s;
  if (!found) return absl::NotFoundError(absl::StrCat("no article ", id));
  return analysis;
}

absl::StatusOr<int64_t> Archive::Count(const char* sql) {
  int64_t n = 0;
  absl::Status s = Run(sql, {}, "counting", [&](sqlite3_stmt* st) {
    n = sqlite3_column_int64(st, 0);
    return absl::OkStatus();
  });
  if (!s.ok()) return s;
  return n;
}

absl::StatusOr<int64_t> Archive::ArticleCount() {
  return Count("SELECT count(*) FROM articles");
}

absl::StatusOr<int64_t> Archive::AliasCount() { return Count("SELECT count(*) FROM aliases"); }

absl::StatusOr<std::vector<v1::ArchivedQuote>> Archive::FindQuotes(const QuoteQuery& query) {
  std::vector<std::string> keys;
  if (!query.speaker.empty()) {
    const std::string key = SpeakerKey(query.speaker);
    if (key.empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat("--speaker=", query.speaker, " holds no name"));
    }
    const std::string surname = Surname(key);
    // The full names of that surname, with one spelling of each.
    std::vector<std::pair<std::string, std::string>> full;
    absl::Status s = Run(
        "SELECT speaker_key, min(speaker) FROM quotes WHERE speaker_surname = ?1 AND "
        "speaker_key <> ?1 GROUP BY speaker_key ORDER BY speaker_key",
        {surname}, "looking up the speaker", [&](sqlite3_stmt* st) {
          full.emplace_back(std::string(Column(st, 0)), std::string(Column(st, 1)));
          return absl::OkStatus();
        });
    if (!s.ok()) return s;
    keys.push_back(key);
    if (key == surname) {
      // A bare surname: the one full name that has it, with it.
      if (full.size() > 1) {
        std::vector<std::string> names;
        for (const auto& f : full) names.push_back(f.second);
        return absl::FailedPreconditionError(
            absl::StrCat("--speaker=", query.speaker, " is ambiguous: the archive holds ",
                         absl::StrJoin(names, ", "), "; give the full name"));
      }
      if (full.size() == 1) keys.push_back(full[0].first);
    } else if (full.size() == 1 && full[0].first == key) {
      // A full name whose surname names no one else: the bare surname too.
      keys.push_back(surname);
    }
  }
  std::string fts;
  if (!query.words.empty()) {
    fts = FtsQuery(query.words);
    if (fts.empty()) {
      return absl::InvalidArgumentError(
          absl::StrCat("--match=", query.words, " holds no word"));
    }
  }
  if (keys.empty() && fts.empty()) {
    return absl::InvalidArgumentError("give a speaker, words to match, or both");
  }
  // Quotes stored by the open transaction are found by their words too.
  if (!fts.empty()) {
    if (absl::Status s = SyncFts(); !s.ok()) return s;
  }
  // Four statements, one per combination, each using its index.
  const char* sql;
  if (!keys.empty() && !fts.empty()) {
    sql =
        "SELECT q.quote, a.id, a.headline, a.source, a.date, a.url, q.text FROM quotes q "
        "JOIN articles a ON a.seq = q.article_seq WHERE q.speaker_key IN (?1, ?2) AND "
        "q.qid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?3) "
        "ORDER BY a.date, a.id, q.quote_index";
  } else if (!keys.empty()) {
    sql =
        "SELECT q.quote, a.id, a.headline, a.source, a.date, a.url, q.text FROM quotes q "
        "JOIN articles a ON a.seq = q.article_seq WHERE q.speaker_key IN (?1, ?2) "
        "ORDER BY a.date, a.id, q.quote_index";
  } else {
    sql =
        "SELECT q.quote, a.id, a.headline, a.source, a.date, a.url, q.text FROM quotes q "
        "JOIN articles a ON a.seq = q.article_seq WHERE "
        "q.qid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?3) "
        "ORDER BY a.date, a.id, q.quote_index";
  }
  const std::string key1 = keys.empty() ? "" : keys[0];
  const std::string key2 = keys.size() > 1 ? keys[1] : key1;
  std::vector<v1::ArchivedQuote> out;
  absl::Status s = Run(sql, {key1, key2, fts}, "reading quotes", [&](sqlite3_stmt* st) {
    v1::ArchivedQuote& q = out.emplace_back();
    const absl::string_view bytes = Column(st, 0);
    if (!q.mutable_quote()->ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
      return absl::DataLossError(absl::StrCat("archive ", path_, " is corrupt: a quote of ",
                                              Column(st, 1), " does not parse"));
    }
    q.set_article_id(std::string(Column(st, 1)));
    q.set_headline(std::string(Column(st, 2)));
    q.set_source(std::string(Column(st, 3)));
    q.set_date(std::string(Column(st, 4)));
    q.set_url(std::string(Column(st, 5)));
    q.mutable_quote()->set_text(std::string(Column(st, 6)));
    return absl::OkStatus();
  });
  if (!s.ok()) return s;
  return out;
}

}  // namespace quotes
