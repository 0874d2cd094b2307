// GraphEmitter end to end on hand-made model values: files appear only when
// finished, parse with serdi, and are byte-identical across runs.
#include "emit/emit.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "emit/rdf_sink.h"
#include "sample.h"

namespace claimgraph::emit {
namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

fs::path FreshDir(const std::string& name) {
  fs::path dir =
      fs::path(::testing::TempDir()) / ("emit_test_" + name + "_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  return dir;
}

Status WriteSample(const fs::path& dir, Options options) {
  auto sample = testing::MakeSample();
  auto em = GraphEmitter::Open(dir.string(), options);
  if (!em.ok()) {
    return em.status();
  }
  (*em)->AddDocument(sample.doc, sample.x, sample.table.mention_entity[0], sample.table);
  return (*em)->Finish(sample.table);
}

// serdi's verdict on a file: 0 when it parses without error.
int Serdi(const std::string& syntax, const fs::path& file) {
  std::string cmd = "serdi -q -i " + syntax + " -o ntriples '" + file.string() + "' > /dev/null";
  return std::system(cmd.c_str());
}

TEST(GraphEmitter, WritesTurtleThatSerdiParses) {
  fs::path dir = FreshDir("turtle") / "nested" / "out";  // created when missing
  Options o;
  o.gexf = false;
  ASSERT_TRUE(WriteSample(dir, o).ok());
  ASSERT_TRUE(fs::exists(dir / "graph.ttl"));
  std::string ttl = Slurp(dir / "graph.ttl");
  EXPECT_NE(ttl.find("@prefix cg: <https://w3id.org/claimgraph/ns#>"), std::string::npos);
  EXPECT_NE(ttl.find("<https://w3id.org/claimgraph/data/doc/sample-1>"), std::string::npos);
  EXPECT_EQ(ttl.find("_:"), std::string::npos) << "no blank nodes";
  EXPECT_EQ(Serdi("turtle", dir / "graph.ttl"), 0);
  // Only the final file is left behind.
  int files = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    files += e.is_regular_file();
  }
  EXPECT_EQ(files, 1);
  if (const char* keep = std::getenv("CLAIMGRAPH_EMIT_SAMPLE_DIR")) {
    fs::create_directories(keep);
    fs::copy_file(dir / "graph.ttl", fs::path(keep) / "graph.ttl",
                  fs::copy_options::overwrite_existing);
  }
}

TEST(GraphEmitter, WritesAsciiNTriples) {
  fs::path dir = FreshDir("nt");
  Options o;
  o.format = Format::kNTriples;
  o.gexf = false;
  ASSERT_TRUE(WriteSample(dir, o).ok());
  ASSERT_TRUE(fs::exists(dir / "graph.nt"));
  EXPECT_FALSE(fs::exists(dir / "graph.ttl"));
  std::string nt = Slurp(dir / "graph.nt");
  for (unsigned char c : nt) {
    ASSERT_LT(c, 0x80) << "N-Triples output is ASCII-escaped";
  }
  EXPECT_NE(nt.find("\\U0001F680"), std::string::npos) << "the emoji, escaped";
  EXPECT_EQ(nt.find("@prefix"), std::string::npos);
  EXPECT_EQ(Serdi("ntriples", dir / "graph.nt"), 0);
}

TEST(GraphEmitter, TwoRunsAreByteIdentical) {
  Options o;
  o.gexf = false;
  fs::path a = FreshDir("det_a"), b = FreshDir("det_b");
  ASSERT_TRUE(WriteSample(a, o).ok());
  ASSERT_TRUE(WriteSample(b, o).ok());
  EXPECT_EQ(Slurp(a / "graph.ttl"), Slurp(b / "graph.ttl"));
}

TEST(GraphEmitter, CountsTriplesAndNamesItsFiles) {
  fs::path dir = FreshDir("count");
  Options o;
  o.gexf = false;
  auto sample = testing::MakeSample();
  auto em = GraphEmitter::Open(dir.string(), o);
  ASSERT_TRUE(em.ok());
  (*em)->AddDocument(sample.doc, sample.x, sample.table.mention_entity[0], sample.table);
  ASSERT_TRUE((*em)->Finish(sample.table).ok());
  // serdi -> one line per triple.
  std::string cmd = "serdi -q -i turtle -o ntriples '" + (dir / "graph.ttl").string() +
                    "' | wc -l > '" + (dir / "n").string() + "'";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  EXPECT_EQ(std::stoull(Slurp(dir / "n")), (*em)->triple_count());
  EXPECT_GT((*em)->triple_count(), 50u);
  ASSERT_EQ((*em)->files().size(), 1u);
  EXPECT_EQ((*em)->files()[0], (dir / "graph.ttl").string());
}

TEST(GraphEmitter, AbortLeavesNothingBehind) {
  fs::path dir = FreshDir("abort");
  Options o;
  auto sample = testing::MakeSample();
  {
    auto em = GraphEmitter::Open(dir.string(), o);
    ASSERT_TRUE(em.ok());
    (*em)->AddDocument(sample.doc, sample.x, sample.table.mention_entity[0], sample.table);
    (*em)->Abort();
  }
  EXPECT_TRUE(fs::is_empty(dir));
  {
    // Dropped without Finish(): the same.
    auto em = GraphEmitter::Open(dir.string(), o);
    ASSERT_TRUE(em.ok());
  }
  EXPECT_TRUE(fs::is_empty(dir));
}

TEST(GraphEmitter, KeepsThePreviousGraphUntilFinished) {
  fs::path dir = FreshDir("keep");
  Options o;
  o.gexf = false;
  ASSERT_TRUE(WriteSample(dir, o).ok());
  const std::string before = Slurp(dir / "graph.ttl");
  auto em = GraphEmitter::Open(dir.string(), o);
  ASSERT_TRUE(em.ok());
  EXPECT_EQ(Slurp(dir / "graph.ttl"), before);
  (*em)->Abort();
  EXPECT_EQ(Slurp(dir / "graph.ttl"), before);
}

TEST(GraphEmitter, UnwritableFolderIsAClearError) {
  // Root writes through file modes; /proc/self is a folder nobody can write to.
  fs::path dir = ::geteuid() == 0 ? fs::path("/proc/self") : FreshDir("ro");
  if (::geteuid() != 0) {
    fs::create_directories(dir);
    ::chmod(dir.c_str(), 0555);
  }
  auto em = GraphEmitter::Open(dir.string(), Options{});
  if (::geteuid() != 0) {
    ::chmod(dir.c_str(), 0755);
  }
  ASSERT_FALSE(em.ok());
  EXPECT_NE(em.status().message().find("cannot write " + dir.string()), std::string::npos)
      << em.status().message();
}

TEST(GraphEmitter, OutputPathThatIsAFileIsAClearError) {
  fs::path dir = FreshDir("file");
  fs::create_directories(dir);
  std::ofstream(dir / "plain") << "x";
  auto em = GraphEmitter::Open((dir / "plain").string(), Options{});
  ASSERT_FALSE(em.ok());
  EXPECT_NE(em.status().message().find("plain"), std::string::npos);
}

TEST(SerdFileSink, AFullDiskIsReportedByFinish) {
  if (!fs::exists("/dev/full")) {
    GTEST_SKIP() << "no /dev/full";
  }
  auto sink = OpenSerdFileSink("/dev/full", SerdSyntax::kTurtle);
  ASSERT_TRUE(sink.ok());
  std::string text(1 << 21, 'x');  // larger than any buffer on the way
  (*sink)->Triple(Term::Iri("https://example.org/s"), Term::Iri("https://example.org/p"),
                  Term::Literal(text));
  Status st = (*sink)->Finish();
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("/dev/full"), std::string::npos) << st.message();
}

TEST(GraphEmitter, RejectsARelativeDataBase) {
  Options o;
  o.data_base = "data/";
  auto em = GraphEmitter::Open(FreshDir("base").string(), o);
  ASSERT_FALSE(em.ok());
  EXPECT_NE(em.status().message().find("data/"), std::string::npos);
}

}  // namespace
}  // namespace claimgraph::emit
