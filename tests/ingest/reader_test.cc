// Reader: folders, sidecars, duplicate ids, bad paths, stdin, accounting.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "collector.h"
#include "ingest/ingest.h"

namespace claimgraph::ingest {
namespace {

namespace fs = std::filesystem;

const std::string kCorpus = std::string(CLAIMGRAPH_SOURCE_DIR) + "/tests/data/ingest/corpus";

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "cg-ingest-XXXXXX").string();
    path_ = ::mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string Write(const std::string& name, const std::string& bytes) const {
    fs::path p = fs::path(path_) / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

TEST(Reader, FolderIsReadRecursivelyInSortedOrder) {
  Collector c;
  Reader reader;
  uint64_t bytes = reader.Read({kCorpus}, c.doc_sink(), c.skip_sink(), c.warning_sink());
  EXPECT_GT(bytes, 1000u);
  std::vector<std::string> ids;
  for (const auto& d : c.docs) {
    ids.push_back(d.id);
  }
  // a-ferry.txt, b-buses.txt, c-briefs.jsonl (2 good lines), feeds/harbour.rss
  // (1 good item), feeds/page.html; hidden files, .md, .json and .csv unseen.
  EXPECT_EQ(ids, (std::vector<std::string>{"a-ferry", "b-buses", "c-1", "c-briefs-2",
                                           "harbour-pier", "page"}));
  std::string skips = c.SkipText();
  EXPECT_TRUE(Has(skips, "c-briefs.jsonl:3: invalid JSON")) << skips;
  EXPECT_TRUE(Has(skips, "c-briefs.jsonl:4: no \"text\"")) << skips;
  EXPECT_TRUE(Has(skips, "c-briefs.jsonl:5: \"text\" is a number")) << skips;
  EXPECT_TRUE(Has(skips, "c-briefs.jsonl:7: duplicate id \"a-ferry\" (first read from " + kCorpus +
                             "/a-ferry.txt)"))
      << skips;
  EXPECT_TRUE(Has(skips, "empty.txt: empty file")) << skips;
  EXPECT_TRUE(Has(skips, "feeds/broken.xml:5:28: malformed XML")) << skips;
  EXPECT_TRUE(Has(skips, "harbour.rss:item 2: no text")) << skips;
  EXPECT_FALSE(Has(skips, "secret")) << skips;
  EXPECT_FALSE(Has(skips, "notes.md")) << skips;
  EXPECT_FALSE(Has(skips, "table.csv")) << skips;
  EXPECT_EQ(c.skips.size(), 7u) << skips;
  // The broken sidecar of b-buses is one warning; the document still goes through.
  ASSERT_EQ(c.warnings.size(), 1u) << c.WarningText();
  EXPECT_TRUE(Has(c.warnings[0].where, "b-buses.meta.json"));
  EXPECT_TRUE(Has(c.warnings[0].message, "line 5, column 1"));
  const auto* ferry = c.Find("a-ferry");
  ASSERT_NE(ferry, nullptr);
  EXPECT_EQ(ferry->title, "Ferry service to resume");
  EXPECT_EQ(ferry->published, "2024-03-05");
}

TEST(Reader, EveryUnitIsDeliveredOrSkipped) {
  // read = processed + skipped: 6 documents, 7 skips, for 13 units (4 .txt
  // incl. empty, 6 JSON records, 2 RSS items, 1 broken XML, ... counted by hand).
  Collector c;
  Reader().Read({kCorpus}, c.doc_sink(), c.skip_sink(), c.warning_sink());
  EXPECT_EQ(c.docs.size() + c.skips.size(), 13u) << c.SkipText();
}

TEST(Reader, MissingPathsAndUnknownFilesNamedOnTheCommandLine) {
  TempDir tmp;
  std::string md = tmp.Write("notes.md", "# not an input\n");
  Collector c;
  Reader().Read({tmp.path() + "/nope", md}, c.doc_sink(), c.skip_sink());
  ASSERT_EQ(c.skips.size(), 2u);
  EXPECT_EQ(c.skips[0].where, tmp.path() + "/nope");
  EXPECT_TRUE(Has(c.skips[0].reason, "no such file or folder"));
  EXPECT_TRUE(Has(c.skips[1].reason, "not an input format"));
}

TEST(Reader, DanglingSymlinkIsUnreadable) {
  TempDir tmp;
  fs::create_symlink(tmp.path() + "/gone.txt", tmp.path() + "/link.txt");
  Collector c;
  Reader().Read({tmp.path()}, c.doc_sink(), c.skip_sink());
  ASSERT_EQ(c.skips.size(), 1u);
  EXPECT_EQ(c.skips[0].where, tmp.path() + "/link.txt");
  EXPECT_TRUE(Has(c.skips[0].reason, "cannot read: No such file or directory"))
      << c.skips[0].reason;
}

TEST(Reader, PermissionDeniedIsUnreadable) {
  if (::geteuid() == 0) {
    GTEST_SKIP() << "root reads every file";
  }
  TempDir tmp;
  std::string p = tmp.Write("locked.txt", "Text.");
  fs::permissions(p, fs::perms::none);
  Collector c;
  Reader().Read({p}, c.doc_sink(), c.skip_sink());
  ASSERT_EQ(c.skips.size(), 1u);
  EXPECT_TRUE(Has(c.skips[0].reason, "Permission denied"));
}

TEST(Reader, BadFilesAmongGoodOnesEachGetOneMessage) {
  TempDir tmp;
  tmp.Write("1-good.txt", "The ministry said on Monday the bridge was safe.\n");
  tmp.Write("2-binary.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  tmp.Write("3-latin1.txt", "Caf\xE9 owners said prices would rise.\n");
  tmp.Write("4-empty.html", "");
  tmp.Write("5-broken.nitf", "<nitf><body>");
  std::string big(50u << 20, 'a');
  for (size_t i = 7; i < big.size(); i += 8) {
    big[i] = ' ';
  }
  tmp.Write("6-big.txt", big);
  Collector c;
  Reader().Read({tmp.path()}, c.doc_sink(), c.skip_sink(), c.warning_sink());
  ASSERT_EQ(c.docs.size(), 2u) << c.SkipText();
  EXPECT_EQ(c.docs[0].id, "1-good");
  EXPECT_EQ(c.docs[1].id, "6-big");
  EXPECT_EQ(c.docs[1].text.size(), big.size());
  ASSERT_EQ(c.skips.size(), 4u) << c.SkipText();
  EXPECT_TRUE(Has(c.skips[0].reason, "binary file: NUL byte at byte 8"));
  EXPECT_TRUE(Has(c.skips[1].reason, "invalid UTF-8 at byte 3 (line 1, column 4)"));
  EXPECT_EQ(c.skips[2].reason, "empty file");
  EXPECT_TRUE(Has(c.skips[3].reason, "malformed XML"));
  EXPECT_TRUE(Has(c.skips[3].where, "5-broken.nitf:1:12")) << c.skips[3].where;
}

TEST(Reader, DuplicateIdsAcrossFormatsAreSkipped) {
  TempDir tmp;
  tmp.Write("a/story.txt", "First copy.");
  tmp.Write("b/story.txt", "Second copy.");
  tmp.Write("c.jsonl", "{\"id\": \"story\", \"text\": \"Third copy.\"}\n");
  Collector c;
  Reader().Read({tmp.path()}, c.doc_sink(), c.skip_sink());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "First copy.");
  ASSERT_EQ(c.skips.size(), 2u);
  EXPECT_EQ(c.skips[0].where, tmp.path() + "/b/story.txt");
  EXPECT_EQ(c.skips[0].reason,
            "duplicate id \"story\" (first read from " + tmp.path() + "/a/story.txt)");
  EXPECT_EQ(c.skips[1].where, tmp.path() + "/c.jsonl:1");
}

TEST(Reader, DuplicateIdNamesTheFileAndLineFirstRead) {
  // The reader keeps each JSON Lines file's name once, not per line: the
  // message still names file and line, across files too.
  TempDir tmp;
  tmp.Write("a.jsonl",
            "{\"id\": \"x\", \"text\": \"One.\"}\n{\"id\": \"y\", \"text\": \"Two.\"}\n");
  tmp.Write("b.jsonl",
            "{\"id\": \"z\", \"text\": \"Three.\"}\n{\"id\": \"y\", \"text\": \"Four.\"}\n"
            "{\"id\": \"z\", \"text\": \"Five.\"}\n");
  Collector c;
  Reader().Read({tmp.path() + "/a.jsonl", tmp.path() + "/b.jsonl"}, c.doc_sink(), c.skip_sink());
  ASSERT_EQ(c.docs.size(), 3u);
  ASSERT_EQ(c.skips.size(), 2u) << c.SkipText();
  EXPECT_EQ(c.skips[0].where, tmp.path() + "/b.jsonl:2");
  EXPECT_EQ(c.skips[0].reason, "duplicate id \"y\" (first read from " + tmp.path() + "/a.jsonl:2)");
  EXPECT_EQ(c.skips[1].reason, "duplicate id \"z\" (first read from " + tmp.path() + "/b.jsonl:1)");
}

TEST(Reader, DuplicateIdNamesWhereFirstReadAmongManyDocuments) {
  // Where each document was read is kept front-coded (the shared prefix with
  // the one before), in full every few documents: any of them is found again,
  // whatever its place between two full ones.
  TempDir tmp;
  std::string a, b;
  for (int i = 1; i <= 40; ++i) {
    a += "{\"id\": \"d" + std::to_string(i) + "\", \"text\": \"Text.\"}\n";
  }
  for (int i : {1, 9, 10, 16, 17, 40}) {
    b += "{\"id\": \"d" + std::to_string(i) + "\", \"text\": \"Again.\"}\n";
  }
  tmp.Write("a.jsonl", a);
  tmp.Write("long-name-b.jsonl", b);
  Collector c;
  Reader().Read({tmp.path() + "/a.jsonl", tmp.path() + "/long-name-b.jsonl"}, c.doc_sink(),
                c.skip_sink());
  ASSERT_EQ(c.docs.size(), 40u);
  ASSERT_EQ(c.skips.size(), 6u) << c.SkipText();
  const std::vector<int> lines = {1, 9, 10, 16, 17, 40};
  for (size_t k = 0; k < lines.size(); ++k) {
    const std::string id = "d" + std::to_string(lines[k]);
    EXPECT_EQ(c.skips[k].reason, "duplicate id \"" + id + "\" (first read from " + tmp.path() +
                                     "/a.jsonl:" + std::to_string(lines[k]) + ")");
  }
}

TEST(Reader, DuplicateIdsLongerThanABlockAreFound) {
  // An id longer than the blocks the ids are kept in gets a block of its
  // own; the ids after it are kept and found as usual.
  TempDir tmp;
  const std::string big(70000, 'x');
  std::string lines;
  for (const std::string& id : {big, std::string("small"), big + "y", std::string("small"), big}) {
    lines += "{\"id\": \"" + id + "\", \"text\": \"Text.\"}\n";
  }
  tmp.Write("ids.jsonl", lines);
  Collector c;
  Reader().Read({tmp.path() + "/ids.jsonl"}, c.doc_sink(), c.skip_sink());
  ASSERT_EQ(c.docs.size(), 3u);
  ASSERT_EQ(c.skips.size(), 2u) << c.SkipText();
  EXPECT_EQ(c.skips[0].where, tmp.path() + "/ids.jsonl:4");
  EXPECT_EQ(c.skips[1].where, tmp.path() + "/ids.jsonl:5");
  EXPECT_TRUE(Has(c.skips[1].reason, "(first read from " + tmp.path() + "/ids.jsonl:1)"));
}

TEST(Reader, ReadsJsonLinesFromStdin) {
  TempDir tmp;
  std::string path = tmp.Write("in.jsonl",
                               "{\"id\": \"s1\", \"text\": \"From a pipe.\"}\n"
                               "broken\n"
                               "{\"text\": \"No id.\"}");
  int saved = ::dup(STDIN_FILENO);
  int fd = ::open(path.c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  ::dup2(fd, STDIN_FILENO);
  ::close(fd);
  Collector c;
  uint64_t bytes = Reader().Read({"-"}, c.doc_sink(), c.skip_sink());
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);
  EXPECT_EQ(bytes, fs::file_size(path));
  ASSERT_EQ(c.docs.size(), 2u) << c.SkipText();
  EXPECT_EQ(c.docs[0].id, "s1");
  EXPECT_EQ(c.docs[1].id, "stdin-3");
  ASSERT_EQ(c.skips.size(), 1u);
  EXPECT_EQ(c.skips[0].where, "stdin:2");
}

TEST(Reader, LargeJsonLinesFileStreams) {
  TempDir tmp;
  std::string line =
      "{\"text\": \"The agency said on Tuesday that exports rose by 3.5 percent in March.\"}\n";
  std::string bytes;
  for (int i = 0; i < 200000; ++i) {
    bytes += line;
  }
  std::string path = tmp.Write("many.jsonl", bytes);
  size_t docs = 0;
  std::string last_id;
  Reader().Read(
      {path},
      [&](model::Document&& d) {
        ++docs;
        last_id = d.id;
      },
      [](const Skip& s) { FAIL() << s.where << ": " << s.reason; });
  EXPECT_EQ(docs, 200000u);
  EXPECT_EQ(last_id, "many-200000");
}

TEST(Reader, SeedFormatSamplesReadWithoutWarnings) {
  Collector c;
  Reader().Read({std::string(CLAIMGRAPH_SOURCE_DIR) + "/seeds/formats"}, c.doc_sink(),
                c.skip_sink(), c.warning_sink());
  EXPECT_TRUE(c.skips.empty()) << c.SkipText();
  EXPECT_TRUE(c.warnings.empty()) << c.WarningText();
  std::set<std::string> formats;
  for (const auto& d : c.docs) {
    formats.insert(d.format);
    EXPECT_FALSE(d.title.empty()) << d.id;
    EXPECT_FALSE(d.published.empty()) << d.id;
    EXPECT_FALSE(d.text.empty()) << d.id;
    EXPECT_TRUE(d.id.rfind('0', 0) != 0) << d.id;  // never like the .txt seeds' 01-...
  }
  EXPECT_EQ(formats, (std::set<std::string>{"jsonl", "rss", "atom", "nitf", "html"}));
  EXPECT_GE(c.docs.size(), 9u);
}

}  // namespace
}  // namespace claimgraph::ingest
