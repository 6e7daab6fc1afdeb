// InputReader under faults and odd input: every input yields its records or
// an error record naming it (count in equals count out), for each reader
// (text, JSONL, delimited Article, delimited ArticleAnalysis) and each
// fault: read errors (/proc/self/mem, whose first page is unmapped: reading
// it fails with EIO), empty files, a bad record mid-stream, an article over
// the size limit, a byte-order mark, gzip, and folders (case, links, names).
#include "quotes/input_reader.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "google/protobuf/io/gzip_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "google/protobuf/util/delimited_message_util.h"
#include "gtest/gtest.h"
#include "proto/quotes.pb.h"

namespace quotes {
namespace {

namespace fs = std::filesystem;

// What a reader yielded: one line a record, "ID ok" or "ID CODE: message".
struct Read {
  std::vector<std::string> records;
  std::vector<std::string> notes;
  std::vector<std::string> texts;  // of the records read without error
};

Read ReadAll(const std::vector<std::string>& paths,
             InputFormat format = InputFormat::kAuto,
             uint64_t max_bytes = InputReader::kDefaultMaxArticleBytes) {
  InputReader reader(paths, format);
  reader.set_max_article_bytes(max_bytes);
  InputRecord record;
  Read out;
  while (reader.Next(&record)) {
    if (record.status.ok()) {
      out.records.push_back(absl::StrCat(record.hints.id(), " ok"));
      out.texts.push_back(record.text);
    } else {
      out.records.push_back(absl::StrCat(
          record.hints.id(), " ", absl::StatusCodeToString(record.status.code()),
          ": ", record.status.message()));
    }
  }
  out.notes = reader.TakeNotes();
  return out;
}

std::string Dump(const Read& r) {
  return absl::StrCat("records:\n  ", absl::StrJoin(r.records, "\n  "), "\nnotes:\n  ",
                      absl::StrJoin(r.notes, "\n  "));
}

class InputReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           absl::StrCat("input_reader_", ::testing::UnitTest::GetInstance()
                                             ->current_test_info()
                                             ->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  std::string Write(const std::string& name, const std::string& bytes) {
    const fs::path path = dir_ / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
    return path.string();
  }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }
  fs::path dir_;
};

std::string Delimited(const std::vector<v1::Article>& articles) {
  std::string bytes;
  google::protobuf::io::StringOutputStream out(&bytes);
  for (const v1::Article& a : articles) {
    EXPECT_TRUE(google::protobuf::util::SerializeDelimitedToZeroCopyStream(a, &out));
  }
  return bytes;
}

v1::Article Article(const std::string& id, const std::string& text) {
  v1::Article a;
  a.set_id(id);
  a.set_text(text);
  return a;
}

constexpr char kJsonl[] =
    "{\"id\":\"j1\",\"text\":\"One.\"}\n"
    "{\"id\":\"j2\",\"text\":\"Two.\"}\n";

// A read error after the path opened: the records before it are kept and
// the error is a record of its own, in every reader.
TEST_F(InputReaderTest, ReadErrorIsARecordInEveryFormat) {
  const std::string good = Write("good.jsonl", kJsonl);
  for (InputFormat format : {InputFormat::kText, InputFormat::kJsonl,
                             InputFormat::kDelimited, InputFormat::kAnalysisDelimited,
                             InputFormat::kAnalysisJsonl}) {
    const Read r = ReadAll({"/proc/self/mem", good}, format);
    ASSERT_GE(r.records.size(), 2u) << Dump(r);
    EXPECT_EQ(r.records[0].rfind("mem DATA_LOSS: cannot read /proc/self/mem: ", 0), 0u)
        << "format " << static_cast<int>(format) << "\n" << Dump(r);
  }
}

TEST_F(InputReaderTest, EmptyFilesOfEveryKindAreErrorRecords) {
  const Read r = ReadAll({Write("e.txt", ""), Write("e.jsonl", ""), Write("b.jsonl", "\n \n"),
                          Write("e.pb", ""), Write("e.analyses.pb", "")});
  // The empty text file is read (the analyzer says "no text"); the streams
  // say they hold nothing.
  EXPECT_EQ(r.records,
            (std::vector<std::string>{
                "e.txt ok", absl::StrCat("e.jsonl INVALID_ARGUMENT: ", Path("e.jsonl"), " holds no records"),
                absl::StrCat("b.jsonl INVALID_ARGUMENT: ", Path("b.jsonl"), " holds no records"),
                absl::StrCat("e.pb INVALID_ARGUMENT: ", Path("e.pb"), " holds no records"),
                absl::StrCat("e.analyses.pb INVALID_ARGUMENT: ", Path("e.analyses.pb"),
                             " holds no records")}))
      << Dump(r);
}

// The 5th of 10 Articles has a text that is not UTF-8 but a sound length
// prefix: it is an error record, and the 5 after it are read.
TEST_F(InputReaderTest, BadDelimitedRecordDoesNotEndTheStream) {
  std::vector<v1::Article> articles;
  for (int i = 1; i <= 10; ++i) {
    articles.push_back(Article(absl::StrCat("a", i), absl::StrCat("Article ", i, ".")));
  }
  std::string bytes = Delimited(articles);
  // Turn the 5th text's "A" into 0xFF: same length, not UTF-8.
  const size_t at = bytes.find("Article 5.");
  ASSERT_NE(at, std::string::npos);
  bytes[at] = '\xFF';
  const Read r = ReadAll({Write("ten.pb", bytes)});
  ASSERT_EQ(r.records.size(), 10u) << Dump(r);
  EXPECT_EQ(r.records[3], "a4 ok");
  EXPECT_EQ(r.records[4].rfind("ten.pb:5 INVALID_ARGUMENT: ten.pb record 5: not a quotes.v1.Article", 0), 0u)
      << Dump(r);
  EXPECT_EQ(r.records[5], "a6 ok");
  EXPECT_EQ(r.records[9], "a10 ok");
}

TEST_F(InputReaderTest, CutShortDelimitedStreamEndsWithAnErrorRecord) {
  std::string bytes = Delimited({Article("a1", "One."), Article("a2", "Two.")});
  bytes.resize(bytes.size() - 2);
  const Read r = ReadAll({Write("cut.pb", bytes)});
  ASSERT_EQ(r.records.size(), 2u) << Dump(r);
  EXPECT_EQ(r.records[0], "a1 ok");
  EXPECT_EQ(r.records[1].rfind("cut.pb:2 DATA_LOSS: cut.pb record 2: truncated", 0), 0u) << Dump(r);
}

// An article over the limit is an error record in each reader, and the
// next one is read.
TEST_F(InputReaderTest, ArticlesOverTheLimitAreErrorRecords) {
  const std::string big(5000, 'x');
  const std::string jsonl =
      absl::StrCat("{\"id\":\"big\",\"text\":\"", big, "\"}\n{\"id\":\"small\",\"text\":\"Hi.\"}\n");
  const std::string pb = Delimited({Article("big", big), Article("small", "Hi.")});
  const Read r = ReadAll({Write("big.txt", big), Write("big.jsonl", jsonl), Write("big.pb", pb),
                          Write("small.txt", "Hi.")},
                         InputFormat::kAuto, 1000);
  ASSERT_EQ(r.records.size(), 6u) << Dump(r);
  EXPECT_EQ(r.records[0].rfind("big.txt RESOURCE_EXHAUSTED: ", 0), 0u) << Dump(r);
  EXPECT_EQ(r.records[1].rfind("big.jsonl:1 RESOURCE_EXHAUSTED: big.jsonl line 1: longer", 0), 0u)
      << Dump(r);
  EXPECT_EQ(r.records[2], "small ok");
  EXPECT_EQ(r.records[3].rfind("big.pb:1 RESOURCE_EXHAUSTED: big.pb record 1: ", 0), 0u) << Dump(r);
  EXPECT_EQ(r.records[4], "small ok");
  EXPECT_EQ(r.records[5], "small.txt ok");
}

TEST_F(InputReaderTest, ByteOrderMarkIsRemovedAndNoted) {
  const Read r = ReadAll({Write("bom.txt", "\xEF\xBB\xBF date 2024-12-05 Text."),
                          Write("bom.jsonl", absl::StrCat("\xEF\xBB\xBF", kJsonl))});
  EXPECT_EQ(r.records, (std::vector<std::string>{"bom.txt ok", "j1 ok", "j2 ok"})) << Dump(r);
  ASSERT_EQ(r.texts.size(), 3u);
  EXPECT_EQ(r.texts[0], " date 2024-12-05 Text.");
  EXPECT_EQ(r.notes.size(), 2u) << Dump(r);
}

TEST_F(InputReaderTest, GzippedFilesAreReadByTheNameBeforeGz) {
  std::string gz;
  {
    google::protobuf::io::StringOutputStream raw(&gz);
    google::protobuf::io::GzipOutputStream zipped(&raw);
    void* data = nullptr;
    int size = 0;
    const std::string text = kJsonl;
    ASSERT_TRUE(zipped.Next(&data, &size));
    ASSERT_GE(size, static_cast<int>(text.size()));
    memcpy(data, text.data(), text.size());
    zipped.BackUp(size - static_cast<int>(text.size()));
    ASSERT_TRUE(zipped.Close());
  }
  const Read r = ReadAll({Write("feed.jsonl.gz", gz), Write("broken.txt.gz", "not gzip at all")});
  ASSERT_EQ(r.records.size(), 3u) << Dump(r);
  EXPECT_EQ(r.records[0], "j1 ok");
  EXPECT_EQ(r.records[1], "j2 ok");
  EXPECT_EQ(r.records[2].rfind("broken.txt.gz DATA_LOSS: cannot read ", 0), 0u) << Dump(r);
}

// A folder's articles in any case and format, through linked folders, named
// by their path within it; other files noted, not read.
TEST_F(InputReaderTest, FolderReadsEveryArticleFileWithUniqueIds) {
  Write("tree/2023/story.txt", "One.");
  Write("tree/2024/story.txt", "Two.");
  Write("tree/B.TXT", "Three.");
  Write("tree/.jsonl", kJsonl);
  Write("tree/README.md", "not an article");
  Write("elsewhere/linked.txt", "Four.");
  fs::create_directory_symlink(dir_ / "elsewhere", dir_ / "tree" / "link");
  // A link back up makes a loop, which is walked once.
  fs::create_directory_symlink(dir_ / "tree", dir_ / "tree" / "2024" / "up");
  const Read r = ReadAll({Path("tree")});
  EXPECT_EQ(r.records, (std::vector<std::string>{"j1 ok", "j2 ok", "2023/story.txt ok",
                                                 "2024/story.txt ok", "B.TXT ok",
                                                 "link/linked.txt ok"}))
      << Dump(r);
  ASSERT_EQ(r.notes.size(), 1u) << Dump(r);
  EXPECT_NE(r.notes[0].find("skipped README.md"), std::string::npos) << Dump(r);
  // Asked for text, a folder gives its text files only.
  EXPECT_EQ(ReadAll({Path("tree")}, InputFormat::kText).records.size(), 4u);
}

// Run as root the permission is not enforced; the CLI test runs this case
// as an unprivileged user (setpriv).
TEST_F(InputReaderTest, UnreadableSubfolderIsOneRecordAndTheRestIsRead) {
  if (geteuid() == 0) GTEST_SKIP() << "root reads a mode-000 folder; see cli_test.sh";
  Write("tree/a.txt", "One.");
  Write("tree/locked/b.txt", "Two.");
  Write("tree/z.txt", "Three.");
  fs::permissions(dir_ / "tree" / "locked", fs::perms::none);
  const Read r = ReadAll({Path("tree")});
  fs::permissions(dir_ / "tree" / "locked", fs::perms::owner_all);
  ASSERT_EQ(r.records.size(), 3u) << Dump(r);
  EXPECT_EQ(r.records[0], "a.txt ok");
  EXPECT_EQ(r.records[1].rfind("locked PERMISSION_DENIED: cannot read folder ", 0), 0u) << Dump(r);
  EXPECT_EQ(r.records[2], "z.txt ok");
}


struct DateCase {
  std::string given;
  std::string want;  // "" when the date is left out
};

class JsonlDateTest : public ::testing::TestWithParam<DateCase> {};

// A JSONL record's date in the forms feeds use is read as YYYY-MM-DD; one
// that is not a date is left out and kept in dropped_date, never passed on.
TEST_P(JsonlDateTest, NormalisedOrLeftOut) {
  const DateCase& c = GetParam();
  const InputRecord r = ParseJsonLine(
      absl::StrCat("{\"id\":\"d\",\"date\":\"", c.given, "\",\"text\":\"Hi.\"}"), "f:1");
  ASSERT_TRUE(r.status.ok()) << r.status;
  EXPECT_EQ(r.hints.date(), c.want) << "date \"" << c.given << "\"";
  EXPECT_EQ(r.dropped_date, c.want.empty() ? c.given : "") << "date \"" << c.given << "\"";
}

INSTANTIATE_TEST_SUITE_P(
    Dates, JsonlDateTest,
    ::testing::Values(DateCase{"2016-10-12", "2016-10-12"},
                      DateCase{"2016-10-12T08:15:00Z", "2016-10-12"},
                      DateCase{"2016/10/12", "2016-10-12"},
                      DateCase{"October 12, 2016", "2016-10-12"},
                      DateCase{"Oct. 12, 2016", "2016-10-12"},
                      DateCase{"Sept. 3, 2016", "2016-09-03"},
                      DateCase{"12 October 2016", "2016-10-12"},
                      DateCase{"Wed, 12 Oct 2016 08:00:00 +0000", "2016-10-12"},
                      DateCase{"2024-02-29", "2024-02-29"},
                      DateCase{"2024-02-30", ""}, DateCase{"2023-02-29", ""},
                      DateCase{"yesterday", ""}, DateCase{"0000-01-01", ""},
                      DateCase{"2016-13-01", ""}));

}  // namespace
}  // namespace quotes
