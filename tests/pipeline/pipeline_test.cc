#include "pipeline/pipeline.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace claimgraph::pipeline {
namespace {

namespace fs = std::filesystem;

class PipelineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("cg-pipeline-" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + "-" +
            std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "in");
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / "in" / name, std::ios::binary) << bytes;
  }
  std::string Read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  Options MakeOptions(const std::string& out) {
    Options o;
    o.inputs = {(dir_ / "in").string()};
    o.out_dir = (dir_ / out).string();
    o.quiet = true;
    return o;
  }

  fs::path dir_;
};

constexpr const char* kArticle =
    "Officials in Seoul said on Monday that about 300 soldiers had been wounded.\n"
    "\xE2\x80\x9CWe are watching closely,\xE2\x80\x9D the ministry said.\n";

TEST_F(PipelineTest, AccountsForEveryInput) {
  Write("good.txt", kArticle);
  Write("good.meta.json", R"({"title": "T", "published": "2025-01-20"})");
  Write("broken.txt", "valid start \xFF\xFE then junk");
  std::ostringstream log;
  auto r = pipeline::Run(MakeOptions("out"), log);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->documents, 1u);
  ASSERT_EQ(r->skipped.size(), 1u);
  EXPECT_NE(r->skipped[0].where.find("broken.txt"), std::string::npos);
  EXPECT_EQ(r->inputs_seen, r->documents + r->skipped.size());
  EXPECT_NE(log.str().find("broken.txt"), std::string::npos);
}

// The pipeline checks duplicate ids in its own index on disk (doc_ids.h),
// not the reader's: the same skips, messages and graph as the reader's check.
TEST_F(PipelineTest, DuplicateIdsAreSkippedAndNamedWhereFirstRead) {
  std::string lines;
  for (int i = 0; i < 600; ++i) {  // more than a batch, so some wait in flight
    lines += "{\"id\": \"d" + std::to_string(i % 500) +
             "\", \"text\": \"Officials in Seoul said on Monday that " + std::to_string(i) +
             " soldiers had been wounded.\"}\n";
  }
  Write("a.jsonl", lines);
  Write("b.jsonl", "{\"id\": \"d7\", \"text\": \"Another text.\"}\n");
  for (unsigned jobs : {1u, 2u}) {
    Options o = MakeOptions("out" + std::to_string(jobs));
    o.jobs = jobs;
    std::ostringstream log;
    auto r = pipeline::Run(o, log);
    ASSERT_TRUE(r.ok()) << r.status().message();
    EXPECT_EQ(r->documents, 500u);
    ASSERT_EQ(r->skipped.size(), 101u);
    EXPECT_EQ(r->inputs_seen, 601u);
    const std::string a = (dir_ / "in" / "a.jsonl").string();
    EXPECT_EQ(r->skipped[0].where, a + ":501");
    EXPECT_EQ(r->skipped[0].reason, "duplicate id \"d0\" (first read from " + a + ":1)");
    EXPECT_EQ(r->skipped[99].reason, "duplicate id \"d99\" (first read from " + a + ":100)");
    EXPECT_EQ(r->skipped[100].where, (dir_ / "in" / "b.jsonl").string() + ":1");
    EXPECT_EQ(r->skipped[100].reason, "duplicate id \"d7\" (first read from " + a + ":8)");
  }
  EXPECT_EQ(Read(dir_ / "out1" / "graph.ttl"), Read(dir_ / "out2" / "graph.ttl"));
}

TEST_F(PipelineTest, OutputIsIdenticalAcrossRunsAndJobCounts) {
  for (int i = 0; i < 12; ++i) {
    Write("doc" + std::to_string(i) + ".txt",
          std::string(kArticle) + "Item " + std::to_string(i) + ".\n");
  }
  std::ostringstream log;
  auto a = MakeOptions("a");
  auto b = MakeOptions("b");
  b.jobs = 2;
  ASSERT_TRUE(pipeline::Run(a, log).ok());
  ASSERT_TRUE(pipeline::Run(b, log).ok());
  for (const char* f : {"graph.ttl", "graph.gexf"}) {
    if (!fs::exists(dir_ / "a" / f)) {
      continue;
    }
    EXPECT_EQ(Read(dir_ / "a" / f), Read(dir_ / "b" / f)) << f;
  }
}

TEST_F(PipelineTest, ReportsAnUnwritableOutputFolder) {
  Write("good.txt", kArticle);
  Write("blocker", "a file where the output folder should be");
  auto o = MakeOptions("unused");
  o.out_dir = (dir_ / "in" / "blocker" / "out").string();
  std::ostringstream log;
  auto r = pipeline::Run(o, log);
  EXPECT_FALSE(r.ok());
}

}  // namespace
}  // namespace claimgraph::pipeline
