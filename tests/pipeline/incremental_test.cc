// --into: adding documents to an existing graph gives the graph a full
// rebuild gives, and IRIs retired by a merge stay valid through owl:sameAs.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline/pipeline.h"

namespace claimgraph::pipeline {
namespace {

namespace fs = std::filesystem;

class IncrementalTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // One folder per test and process: ctest -j runs the cases concurrently.
    dir_ = fs::temp_directory_path() /
           ("cg-incremental-" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + "-" +
            std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "day1");
    fs::create_directories(dir_ / "day2");
    Write("day1/a1.txt",
          "The JCS said on Monday that the troops had left the border area.\n"
          "Officials in Kyiv said about 300 soldiers had been wounded.\n");
    Write("day2/b1.txt",
          "The Joint Chiefs of Staff (JCS) said on Tuesday that the drills were over.\n"
          "\xE2\x80\x9CWe are watching closely,\xE2\x80\x9D the JCS said.\n");
    Write("day2/b2.txt", "Ukraine said on Wednesday that up to 1,200 soldiers had been killed.\n");
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }

  Summary Build(std::vector<std::string> inputs, const std::string& out, bool into) {
    Options o;
    for (auto& i : inputs) {
      o.inputs.push_back((dir_ / i).string());
    }
    o.inputs.erase(o.inputs.begin());  // the default "seeds/"
    o.out_dir = (dir_ / out).string();
    o.incremental = into;
    o.quiet = true;
    o.emit.format = emit::Format::kNTriples;
    o.emit.gexf = false;
    std::ostringstream log;
    auto r = pipeline::Run(o, log);
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? *r : Summary();
  }

  // The N-Triples of `out`, sorted, with or without the owl:sameAs lines.
  std::vector<std::string> Lines(const std::string& out, bool same_as) {
    std::ifstream in(dir_ / out / "graph.nt");
    std::vector<std::string> lines;
    for (std::string l; std::getline(in, l);) {
      bool is_same = l.find("<http://www.w3.org/2002/07/owl#sameAs>") != std::string::npos;
      if (is_same == same_as) {
        lines.push_back(l);
      }
    }
    std::sort(lines.begin(), lines.end());
    return lines;
  }

  fs::path dir_;
};

TEST_F(IncrementalTest, AddingDocumentsEqualsAFullRebuild) {
  Summary first = Build({"day1"}, "inc", true);
  EXPECT_EQ(first.documents, 1u);
  Summary second = Build({"day2"}, "inc", true);
  EXPECT_EQ(second.stored_documents, 1u);  // re-linked from the state, not re-read
  EXPECT_EQ(second.documents, 2u);
  Build({"day1", "day2"}, "full", false);
  auto full = Lines("full", false);
  ASSERT_FALSE(full.empty());
  EXPECT_EQ(Lines("inc", false), full);
  EXPECT_TRUE(Lines("full", true).empty());
}

TEST_F(IncrementalTest, RetiredEntityIrisStayValidThroughSameAs) {
  Build({"day1"}, "inc", true);
  std::ifstream before(dir_ / "inc" / "graph.nt");
  std::string day1((std::istreambuf_iterator<char>(before)), std::istreambuf_iterator<char>());
  Build({"day2"}, "inc", true);
  // Every entity IRI of day 1 is still an entity IRI, or the object of a sameAs.
  std::ifstream after(dir_ / "inc" / "graph.nt");
  std::string day2((std::istreambuf_iterator<char>(after)), std::istreambuf_iterator<char>());
  const std::string marker = "/data/entity/";
  size_t checked = 0;
  for (size_t p = day1.find(marker); p != std::string::npos; p = day1.find(marker, p + 1)) {
    size_t b = day1.rfind('<', p);
    size_t e = day1.find('>', p);
    std::string iri = day1.substr(b, e - b + 1);
    if (iri.find("/merge/") != std::string::npos) {
      continue;
    }
    ++checked;
    EXPECT_NE(day2.find(iri), std::string::npos) << iri << " vanished";
  }
  EXPECT_GT(checked, 0u);
  // "The JCS" of day 1 became "Joint Chiefs of Staff (JCS)" on day 2.
  EXPECT_FALSE(Lines("inc", true).empty());
}

TEST_F(IncrementalTest, ShardsMergeIntoTheGraphOfASingleRun) {
  Options shard;
  shard.inputs = {(dir_ / "day1").string()};
  shard.out_dir = (dir_ / "shard1").string();
  shard.shard = true;
  shard.quiet = true;
  std::ostringstream log;
  ASSERT_TRUE(pipeline::Run(shard, log).ok());
  shard.inputs = {(dir_ / "day2").string()};
  shard.out_dir = (dir_ / "shard2").string();
  ASSERT_TRUE(pipeline::Run(shard, log).ok());
  // A shard's graph holds no entity IRI: only the merge knows them.
  {
    std::ifstream in(dir_ / "shard1" / "graph.nt");
    std::string nt((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_EQ(nt.find("/data/entity/"), std::string::npos);
    EXPECT_NE(nt.find("urn:claimgraph:local:"), std::string::npos);
  }

  Options merge;
  merge.inputs.clear();
  merge.merge_from = {(dir_ / "shard2").string(), (dir_ / "shard1").string()};
  merge.out_dir = (dir_ / "merged").string();
  merge.quiet = true;
  merge.emit.format = emit::Format::kNTriples;
  merge.emit.gexf = false;
  auto r = pipeline::Run(merge, log);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->stored_documents, 3u);
  Build({"day1", "day2"}, "full", false);
  EXPECT_EQ(Lines("merged", false), Lines("full", false));
}

TEST_F(IncrementalTest, AnIdAlreadyInTheGraphIsSkipped) {
  Build({"day1"}, "inc", true);
  fs::create_directories(dir_ / "again");
  Write("again/a1.txt", "A different text under the same id.\n");
  Summary s = Build({"again"}, "inc", true);
  EXPECT_EQ(s.documents, 0u);
  ASSERT_EQ(s.skipped.size(), 1u);
  EXPECT_NE(s.skipped[0].reason.find("already"), std::string::npos);
}

// A stored id read twice: the first copy is already in the graph, the second
// a duplicate of the first (as the reader reports it); a new id read twice is
// a duplicate of its first copy.
TEST_F(IncrementalTest, AStoredIdReadTwiceIsADuplicateTheSecondTime) {
  Build({"day1"}, "inc", true);
  fs::create_directories(dir_ / "again");
  Write("again/x.jsonl",
        "{\"id\": \"a1\", \"text\": \"A different text under the same id.\"}\n"
        "{\"id\": \"n1\", \"text\": \"Kyiv said on Monday that the talks were over.\"}\n"
        "{\"id\": \"a1\", \"text\": \"A third text under the same id.\"}\n"
        "{\"id\": \"n1\", \"text\": \"A copy under a new id.\"}\n");
  Summary s = Build({"again"}, "inc", true);
  EXPECT_EQ(s.documents, 1u);
  ASSERT_EQ(s.skipped.size(), 3u);
  const std::string file = (dir_ / "again" / "x.jsonl").string();
  EXPECT_EQ(s.skipped[0].where, file + ":1");
  EXPECT_NE(s.skipped[0].reason.find("already in the graph"), std::string::npos);
  EXPECT_EQ(s.skipped[1].where, file + ":3");
  EXPECT_EQ(s.skipped[1].reason, "duplicate id \"a1\" (first read from " + file + ":1)");
  EXPECT_EQ(s.skipped[2].where, file + ":4");
  EXPECT_EQ(s.skipped[2].reason, "duplicate id \"n1\" (first read from " + file + ":2)");
  EXPECT_EQ(s.inputs_seen, 4u);
}

}  // namespace
}  // namespace claimgraph::pipeline
