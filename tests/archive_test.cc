// Tests of quotes::Archive: files that are not archives are refused with a
// clear error, articles are replaced, deduplicated and read back in the
// order they were stored, speakers are found by name and surname, the
// words index follows the quotes (and a version 1 file is migrated), a second
// writer waits and then fails clearly, and a full disk leaves the archive as
// it was at the last commit.
#include "quotes/archive/archive.h"

#include <sqlite3.h>
#include <unistd.h>

#include <fstream>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace quotes {
namespace {

std::string TempPath(const std::string& name) {
  const char* dir = getenv("TEST_TMPDIR");
  const std::string path = std::string(dir != nullptr ? dir : "/tmp") + "/" + name;
  for (const char* suffix : {"", "-wal", "-shm"}) unlink((path + suffix).c_str());
  return path;
}

// Runs `sql` on the file with SQLite directly (to make foreign files).
void RawSql(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* error = nullptr;
  EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK)
      << (error != nullptr ? error : "");
  sqlite3_free(error);
  sqlite3_close(db);
}

// An analysis with one quote a speaker ("" for none).
v1::ArticleAnalysis MakeAnalysis(const std::string& id, const std::string& text,
                                 const std::vector<std::pair<std::string, std::string>>&
                                     quotes,  // speaker, words
                                 const std::string& date = "2024-05-01") {
  v1::ArticleAnalysis a;
  a.mutable_article()->set_id(id);
  a.mutable_article()->set_text(text);
  a.mutable_article()->set_date(date);
  a.mutable_article()->set_source("The Test Gazette");
  // The headline is part of the content: the same for the same text.
  a.mutable_article()->set_headline("Headline of " + text.substr(0, 5));
  int n = 0;
  for (const auto& [speaker, words] : quotes) {
    v1::Quote* q = a.add_quotes();
    q->set_id("q" + std::to_string(++n));
    q->set_text(words);
    if (!speaker.empty()) {
      q->mutable_speaker()->set_name(speaker);
      q->mutable_speaker()->set_title("Mayor");
    }
  }
  return a;
}

std::unique_ptr<Archive> OpenOrDie(const std::string& path, Archive::Options options = {}) {
  absl::StatusOr<std::unique_ptr<Archive>> archive = Archive::Open(path, options);
  EXPECT_TRUE(archive.ok()) << archive.status();
  return archive.ok() ? std::move(*archive) : nullptr;
}

struct ForeignCase {
  std::string name;
  // Makes the file at the path.
  std::function<void(const std::string&)> make;
  bool create;
  absl::StatusCode code;
  std::string message;  // a part of the error
};

void PrintTo(const ForeignCase& c, std::ostream* os) { *os << c.name; }

class ForeignFileTest : public ::testing::TestWithParam<ForeignCase> {};

TEST_P(ForeignFileTest, IsRefusedWithAClearError) {
  const ForeignCase& c = GetParam();
  const std::string path = TempPath("foreign_" + c.name + ".db");
  c.make(path);
  Archive::Options options;
  options.create = c.create;
  absl::StatusOr<std::unique_ptr<Archive>> archive = Archive::Open(path, options);
  ASSERT_FALSE(archive.ok()) << c.name << " opened";
  EXPECT_EQ(archive.status().code(), c.code) << c.name << ": " << archive.status();
  EXPECT_NE(archive.status().message().find(c.message), absl::string_view::npos)
      << c.name << ": " << archive.status();
  EXPECT_NE(archive.status().message().find(path), absl::string_view::npos)
      << c.name << " does not name the file: " << archive.status();
}

INSTANTIATE_TEST_SUITE_P(
    Files, ForeignFileTest,
    ::testing::Values(
        ForeignCase{"text_file",
                    [](const std::string& p) {
                      std::ofstream(p) << "Mayor Rosa Diaz said the river was rising.\n"
                                          "More lines of an ordinary text file follow.\n";
                    },
                    true, absl::StatusCode::kInvalidArgument, "not an SQLite database"},
        ForeignCase{"other_sqlite_db",
                    [](const std::string& p) {
                      RawSql(p, "CREATE TABLE people (name TEXT); "
                                "INSERT INTO people VALUES ('Rosa');");
                    },
                    true, absl::StatusCode::kInvalidArgument, "not a quotecheck archive"},
        ForeignCase{"newer_schema",
                    [](const std::string& p) {
                      {
                        auto made = Archive::Open(p);
                        ASSERT_TRUE(made.ok()) << made.status();
                      }
                      RawSql(p, "PRAGMA user_version = 99;");
                    },
                    true, absl::StatusCode::kFailedPrecondition, "schema version 99"},
        ForeignCase{"missing_for_a_reader", [](const std::string&) {}, false,
                    absl::StatusCode::kNotFound, "no archive at"},
        ForeignCase{"empty_for_a_reader",
                    [](const std::string& p) { std::ofstream{p}; }, false,
                    absl::StatusCode::kNotFound, "is empty"}),
    [](const ::testing::TestParamInfo<ForeignCase>& info) { return info.param.name; });

TEST(ArchiveTest, MakesTheSchemaAndOpensItAgain) {
  const std::string path = TempPath("schema.db");
  {
    std::unique_ptr<Archive> archive = OpenOrDie(path);
    ASSERT_NE(archive, nullptr);
    ASSERT_TRUE(archive->Put(MakeAnalysis("a1", "Text one.", {{"Rosa Diaz", "We rebuild."}}),
                             "Text one.")
                    .ok());
  }
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  sqlite3_stmt* s = nullptr;
  ASSERT_EQ(sqlite3_prepare_v2(db,
                               "SELECT (SELECT user_version FROM pragma_user_version), "
                               "(SELECT journal_mode FROM pragma_journal_mode)",
                               -1, &s, nullptr),
            SQLITE_OK);
  ASSERT_EQ(sqlite3_step(s), SQLITE_ROW);
  EXPECT_EQ(sqlite3_column_int(s, 0), Archive::kSchemaVersion);
  EXPECT_EQ(std::string(reinterpret_cast<const char*>(sqlite3_column_text(s, 1))), "wal");
  sqlite3_finalize(s);
  sqlite3_close(db);
  Archive::Options reader;
  reader.create = false;
  std::unique_ptr<Archive> again = OpenOrDie(path, reader);
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(*again->ArticleCount(), 1);
}

TEST(ArchiveTest, ReplacesAnIdAndStoresTheSameContentOnce) {
  std::unique_ptr<Archive> archive = OpenOrDie(TempPath("put.db"));
  ASSERT_NE(archive, nullptr);
  using R = Archive::PutResult;
  struct Step {
    v1::ArticleAnalysis analysis;
    R want;
  };
  const std::vector<Step> steps = {
      {MakeAnalysis("a", "Alpha text.", {{"Rosa Diaz", "first words"}}), R::kAdded},
      {MakeAnalysis("b", "Beta text.", {{"Tom Hale", "beta words"}}), R::kAdded},
      {MakeAnalysis("a", "Alpha text.", {{"Rosa Diaz", "first words"}}), R::kUnchanged},
      // Same id, new text: replaced, its old quote gone.
      {MakeAnalysis("a", "Alpha text, corrected.", {{"Rosa Diaz", "second words"}}),
       R::kReplaced},
      // Same content (text and metadata) under a new id: an alias.
      {MakeAnalysis("b-copy", "Beta text.", {{"Tom Hale", "beta words"}}), R::kAlias},
      {MakeAnalysis("b-copy", "Beta text.", {{"Tom Hale", "beta words"}}), R::kUnchanged},
  };
  for (size_t i = 0; i < steps.size(); ++i) {
    const v1::ArticleAnalysis& a = steps[i].analysis;
    absl::StatusOr<R> got = archive->Put(a, a.article().text());
    ASSERT_TRUE(got.ok()) << "step " << i << ": " << got.status();
    EXPECT_EQ(static_cast<int>(*got), static_cast<int>(steps[i].want)) << "step " << i;
  }
  EXPECT_EQ(*archive->ArticleCount(), 2);
  EXPECT_EQ(*archive->AliasCount(), 1);
  // The replaced article was stored last: b, then a.
  std::vector<std::string> order;
  ASSERT_TRUE(archive
                  ->ForEachPartial([&](const v1::ArticleAnalysis& p) {
                    EXPECT_TRUE(p.article().text().empty()) << p.article().id();
                    order.push_back(p.article().id());
                  })
                  .ok());
  EXPECT_EQ(order, (std::vector<std::string>{"b", "a"}));
  absl::StatusOr<v1::ArticleAnalysis> alias = archive->Get("b-copy");
  ASSERT_TRUE(alias.ok()) << alias.status();
  EXPECT_EQ(alias->article().id(), "b");
  // The whole analysis comes back, text and quotes, as it was stored.
  EXPECT_EQ(alias->SerializeAsString(), steps[1].analysis.SerializeAsString());
  EXPECT_EQ(archive->Get("zzz").status().code(), absl::StatusCode::kNotFound);

  Archive::QuoteQuery old_words;
  old_words.words = "first";
  EXPECT_TRUE(archive->FindQuotes(old_words)->empty()) << "the replaced quote is still found";
  Archive::QuoteQuery new_words;
  new_words.words = "SECOND words";
  ASSERT_EQ(archive->FindQuotes(new_words)->size(), 1u);
  EXPECT_EQ((*archive->FindQuotes(new_words))[0].quote().text(), "second words");
  // An alias's content is one article: its quote is found once.
  Archive::QuoteQuery beta;
  beta.speaker = "Tom Hale";
  EXPECT_EQ(archive->FindQuotes(beta)->size(), 1u);

  v1::ArticleAnalysis failed;
  failed.mutable_error()->set_article_id("bad");
  EXPECT_FALSE(archive->Put(failed, "").ok());
}

struct KeyCase {
  std::string name;
  std::string key;
};

class SpeakerKeyTest : public ::testing::TestWithParam<KeyCase> {};

TEST_P(SpeakerKeyTest, Normalises) {
  EXPECT_EQ(Archive::SpeakerKey(GetParam().name), GetParam().key)
      << "name: " << GetParam().name;
}

INSTANTIATE_TEST_SUITE_P(Names, SpeakerKeyTest,
                         ::testing::Values(KeyCase{"Rosa Diaz", "rosa diaz"},
                                           KeyCase{"  ROSA   diaz ", "rosa diaz"},
                                           KeyCase{"Donald J. Trump", "donald trump"},
                                           KeyCase{"Conan O'Brien", "conan obrien"},
                                           KeyCase{"Conan O\u2019Brien", "conan obrien"},
                                           KeyCase{"Jean-Luc Picard", "jean luc picard"},
                                           KeyCase{"Zoë Ball", "zo\u00eb ball"},
                                           KeyCase{"...", ""}));

class SpeakerQueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    archive_ = OpenOrDie(TempPath("speakers.db"));
    ASSERT_NE(archive_, nullptr);
    const std::vector<v1::ArticleAnalysis> analyses = {
        MakeAnalysis("x1", "One.", {{"Rosa Diaz", "the river is rising"}}, "2024-05-02"),
        MakeAnalysis("x2", "Two.", {{"Diaz", "we need sandbags"}, {"", "no one said this"}},
                     "2024-05-01"),
        MakeAnalysis("x3", "Three.", {{"Bill Hale", "the race goes on"}}),
        MakeAnalysis("x4", "Four.", {{"Tom Hale", "the race is off"}}),
        MakeAnalysis("x5", "Five.", {{"Hale", "a bare surname"}}),
    };
    ASSERT_TRUE(archive_->Begin().ok());
    for (const auto& a : analyses) ASSERT_TRUE(archive_->Put(a, a.article().text()).ok());
    ASSERT_TRUE(archive_->Commit().ok());
  }

  // The quotes' article ids, in order; "error" when the query failed.
  std::vector<std::string> Find(const std::string& speaker, const std::string& words = "") {
    Archive::QuoteQuery q;
    q.speaker = speaker;
    q.words = words;
    absl::StatusOr<std::vector<v1::ArchivedQuote>> found = archive_->FindQuotes(q);
    if (!found.ok()) return {"error: " + std::string(found.status().message())};
    std::vector<std::string> ids;
    for (const auto& f : *found) ids.push_back(f.article_id() + "/" + f.quote().id());
    return ids;
  }

  std::unique_ptr<Archive> archive_;
};

TEST_F(SpeakerQueryTest, MergesAnUnambiguousSurnameWithTheFullName) {
  // Ordered by date: x2 (May 1) before x1 (May 2).
  const std::vector<std::string> want = {"x2/q1", "x1/q1"};
  EXPECT_EQ(Find("Diaz"), want);
  EXPECT_EQ(Find("Rosa Diaz"), want);
  EXPECT_EQ(Find("rosa  DIAZ"), want);
  EXPECT_EQ(Find("Rosa Diaz", "river"), (std::vector<std::string>{"x1/q1"}));
}

TEST_F(SpeakerQueryTest, KeepsTwoPeopleOfOneSurnameApart) {
  EXPECT_EQ(Find("Tom Hale"), (std::vector<std::string>{"x4/q1"}));
  EXPECT_EQ(Find("Bill Hale"), (std::vector<std::string>{"x3/q1"}));
  const std::vector<std::string> ambiguous = Find("Hale");
  ASSERT_EQ(ambiguous.size(), 1u);
  EXPECT_NE(ambiguous[0].find("ambiguous"), std::string::npos) << ambiguous[0];
  EXPECT_NE(ambiguous[0].find("Bill Hale, Tom Hale"), std::string::npos) << ambiguous[0];
}

TEST_F(SpeakerQueryTest, MatchesWordsWithoutQuerySyntax) {
  EXPECT_EQ(Find("", "race"), (std::vector<std::string>{"x3/q1", "x4/q1"}));
  EXPECT_EQ(Find("", "race OFF"), (std::vector<std::string>{"x4/q1"}));
  // Query syntax is read as words: no error, nothing found.
  EXPECT_EQ(Find("", "race NEAR( \"off"), std::vector<std::string>{});
  EXPECT_EQ(Find("Nobody Known"), std::vector<std::string>{});
  EXPECT_EQ(Find("", "?!").size(), 1u);
  EXPECT_NE(Find("", "?!")[0].find("error"), std::string::npos);
}

// The error of `sql` run on the file with SQLite directly; "" when none.
std::string SqlError(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  if (sqlite3_open(path.c_str(), &db) != SQLITE_OK) return "cannot open " + path;
  char* error = nullptr;
  const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
  std::string message = rc == SQLITE_OK ? "" : (error != nullptr ? error : "error");
  sqlite3_free(error);
  sqlite3_close(db);
  return message;
}

// The number the query `sql` gives on the file; -1 on an error.
int64_t SqlInt(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  int64_t n = -1;
  sqlite3_stmt* s = nullptr;
  if (sqlite3_open(path.c_str(), &db) == SQLITE_OK &&
      sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) == SQLITE_OK &&
      sqlite3_step(s) == SQLITE_ROW) {
    n = sqlite3_column_int64(s, 0);
  }
  sqlite3_finalize(s);
  sqlite3_close(db);
  return n;
}

// One step on an archive: a Put (in the open transaction, or alone), a
// transaction's start or end, or a search for words that expects the given
// article ids.
struct FtsStep {
  enum Kind { kBegin, kPut, kCommit, kRollback, kFind, kReopenAsVersion1 } kind;
  std::string id, words;
  std::vector<std::string> found = {};
};

struct FtsCase {
  std::string name;
  std::vector<FtsStep> steps;
};

void PrintTo(const FtsCase& c, std::ostream* os) { *os << c.name; }

class FtsTest : public ::testing::TestWithParam<FtsCase> {};

// quotes_fts follows the quotes table through adds, replacements (in the
// transaction that stored the article or in a later one), rollbacks and the
// migration from version 1: every search finds what the table holds, and
// FTS5's integrity check against the table passes at the end.
TEST_P(FtsTest, WordsIndexFollowsTheQuotes) {
  const std::string path = TempPath("fts.db");
  std::unique_ptr<Archive> archive = OpenOrDie(path);
  ASSERT_NE(archive, nullptr);
  for (size_t i = 0; i < GetParam().steps.size(); ++i) {
    const FtsStep& step = GetParam().steps[i];
    const std::string where = GetParam().name + ", step " + std::to_string(i);
    switch (step.kind) {
      case FtsStep::kBegin:
        ASSERT_TRUE(archive->Begin().ok()) << where;
        break;
      case FtsStep::kPut: {
        const auto a = MakeAnalysis(step.id, "Text of " + step.id + ": " + step.words,
                                    {{"Rosa Diaz", step.words}});
        ASSERT_TRUE(archive->Put(a, a.article().text()).ok()) << where;
        break;
      }
      case FtsStep::kCommit:
        ASSERT_TRUE(archive->Commit().ok()) << where;
        break;
      case FtsStep::kRollback:
        archive->Rollback();
        break;
      case FtsStep::kFind: {
        Archive::QuoteQuery q;
        q.words = step.words;
        absl::StatusOr<std::vector<v1::ArchivedQuote>> got = archive->FindQuotes(q);
        ASSERT_TRUE(got.ok()) << where << ": " << got.status();
        std::vector<std::string> ids;
        for (const auto& f : *got) ids.push_back(f.article_id());
        EXPECT_EQ(ids, step.found) << where << ": words " << step.words;
        break;
      }
      case FtsStep::kReopenAsVersion1:
        // Version 1 kept quotes_fts by triggers; this makes one of it.
        archive.reset();
        RawSql(path,
               "CREATE TRIGGER quotes_insert AFTER INSERT ON quotes BEGIN "
               "INSERT INTO quotes_fts(rowid, text) VALUES (new.qid, new.text); END; "
               "CREATE TRIGGER quotes_delete AFTER DELETE ON quotes BEGIN "
               "INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES "
               "('delete', old.qid, old.text); END; PRAGMA user_version=1");
        archive = OpenOrDie(path);
        ASSERT_NE(archive, nullptr) << where;
        break;
    }
  }
  archive.reset();
  EXPECT_EQ(SqlError(path, "INSERT INTO quotes_fts(quotes_fts, rank) VALUES ('integrity-check', 1)"),
            "")
      << GetParam().name;
  EXPECT_EQ(SqlInt(path, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"), 0)
      << GetParam().name << ": version 1's triggers are left";
}

using S = FtsStep;
INSTANTIATE_TEST_SUITE_P(
    Steps, FtsTest,
    ::testing::Values(
        FtsCase{"AddedAlone", {{S::kPut, "a", "river rising"}, {S::kFind, "", "river", {"a"}}}},
        FtsCase{"FoundBeforeTheCommit",
                {{S::kBegin}, {S::kPut, "a", "river rising"}, {S::kFind, "", "rising", {"a"}},
                 {S::kPut, "b", "river falling"}, {S::kFind, "", "river", {"a", "b"}},
                 {S::kCommit}, {S::kFind, "", "river", {"a", "b"}}}},
        FtsCase{"ReplacedInTheSameTransaction",
                {{S::kBegin}, {S::kPut, "a", "old words"}, {S::kPut, "b", "other words"},
                 {S::kPut, "a", "new words"}, {S::kCommit}, {S::kFind, "", "old"},
                 {S::kFind, "", "words", {"a", "b"}}}},
        FtsCase{"ReplacedAfterASearchInItsTransaction",
                {{S::kBegin}, {S::kPut, "a", "old words"}, {S::kFind, "", "old", {"a"}},
                 {S::kPut, "a", "new words"}, {S::kCommit}, {S::kFind, "", "old"},
                 {S::kFind, "", "new", {"a"}}}},
        FtsCase{"ReplacedInALaterTransaction",
                {{S::kBegin}, {S::kPut, "a", "old words"}, {S::kPut, "b", "last words"},
                 {S::kCommit}, {S::kBegin}, {S::kPut, "b", "newer words"},
                 {S::kPut, "c", "more words"}, {S::kCommit}, {S::kFind, "", "last"},
                 {S::kFind, "", "words", {"a", "b", "c"}}}},
        FtsCase{"RolledBack",
                {{S::kPut, "a", "kept words"}, {S::kBegin}, {S::kPut, "b", "lost words"},
                 {S::kPut, "a", "lost too"}, {S::kRollback}, {S::kPut, "c", "later words"},
                 {S::kFind, "", "lost"}, {S::kFind, "", "words", {"a", "c"}}}},
        FtsCase{"MigratedFromVersion1",
                {{S::kPut, "a", "old words"}, {S::kPut, "b", "other words"},
                 {S::kReopenAsVersion1}, {S::kPut, "a", "new words"},
                 {S::kPut, "c", "more words"}, {S::kFind, "", "old"},
                 {S::kFind, "", "words", {"a", "b", "c"}}}}),
    [](const ::testing::TestParamInfo<FtsCase>& info) { return info.param.name; });

TEST(ArchiveTest, SecondWriterWaitsThenFailsClearly) {
  const std::string path = TempPath("writers.db");
  std::unique_ptr<Archive> first = OpenOrDie(path);
  Archive::Options quick;
  quick.busy_timeout_ms = 200;
  std::unique_ptr<Archive> second = OpenOrDie(path, quick);
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  ASSERT_TRUE(first->Begin().ok());
  const auto a = MakeAnalysis("w1", "Writer one.", {{"Rosa Diaz", "first"}});
  ASSERT_TRUE(first->Put(a, a.article().text()).ok());
  absl::Status busy = second->Begin();
  EXPECT_EQ(busy.code(), absl::StatusCode::kUnavailable) << busy;
  EXPECT_NE(busy.message().find("200 ms"), absl::string_view::npos) << busy;
  // A reader is not held up by the writer (WAL), and sees the last commit.
  EXPECT_EQ(*second->ArticleCount(), 0);
  ASSERT_TRUE(first->Commit().ok());
  ASSERT_TRUE(second->Begin().ok());
  const auto b = MakeAnalysis("w2", "Writer two.", {{"Tom Hale", "second"}});
  ASSERT_TRUE(second->Put(b, b.article().text()).ok());
  ASSERT_TRUE(second->Commit().ok());
  EXPECT_EQ(*first->ArticleCount(), 2);
}

TEST(ArchiveTest, AFullDiskKeepsWhatWasCommitted) {
  const std::string path = TempPath("full.db");
  Archive::Options small;
  small.max_page_count = 16;  // 256 KB
  int committed = 0;
  absl::Status full;
  {
    std::unique_ptr<Archive> archive = OpenOrDie(path, small);
    ASSERT_NE(archive, nullptr);
    // Letters that do not repeat, so that compression leaves them large.
    std::string text;
    uint32_t seed = 12345;
    for (int i = 0; i < 3000; ++i) {
      seed = seed * 1103515245u + 12345u;
      text.push_back(static_cast<char>('a' + (seed >> 16) % 26));
    }
    for (int batch = 0; batch < 200 && full.ok(); ++batch) {
      ASSERT_TRUE(archive->Begin().ok());
      for (int i = 0; i < 4 && full.ok(); ++i) {
        const std::string id = "f" + std::to_string(batch * 4 + i);
        const auto a = MakeAnalysis(id, text + id, {{"Rosa Diaz", "words " + id}});
        full = archive->Put(a, a.article().text()).status();
      }
      if (full.ok()) full = archive->Commit();
      if (full.ok()) committed += 4;
    }
    archive->Rollback();
  }
  EXPECT_EQ(full.code(), absl::StatusCode::kResourceExhausted) << full;
  EXPECT_NE(full.message().find("full"), absl::string_view::npos) << full;
  ASSERT_GT(committed, 0);
  std::unique_ptr<Archive> again = OpenOrDie(path);
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(*again->ArticleCount(), committed);
}

}  // namespace
}  // namespace quotes
