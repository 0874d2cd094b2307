// Hostile names and text survive the whole pipeline: a folder of inputs whose
// file names and texts hold quotes, backslashes, angle brackets, control
// characters, right-to-left marks and astral-plane characters is built into
// Turtle and N-Triples; serdi parses both, and every document id and text
// reads back exactly from the graph.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "ntriples.h"
#include "pipeline/pipeline.h"

namespace claimgraph {
namespace {

namespace fs = std::filesystem;

const std::string kDocId = "https://w3id.org/claimgraph/ns#docId";
const std::string kIsString =
    "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString";
const std::string kDocument = "https://w3id.org/claimgraph/ns#document";

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void Spit(const fs::path& p, const std::string& s) {
  std::ofstream out(p, std::ios::binary);
  out << s;
}

std::vector<std::string> SortedLines(const std::string& s) {
  std::vector<std::string> lines;
  std::istringstream in(s);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) {
      lines.push_back(line);
    }
  }
  std::sort(lines.begin(), lines.end());
  return lines;
}

// Runs `cmd`, returns its exit status and stdout.
int Shell(const std::string& cmd, std::string& out, const fs::path& tmp) {
  int rc = std::system((cmd + " > '" + tmp.string() + "'").c_str());
  out = Slurp(tmp);
  return rc;
}

class HostileRoundTrip : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::path(::testing::TempDir()) / ("hostile_" + std::to_string(::getpid()));
    fs::remove_all(root_);
    fs::create_directories(root_ / "in");
    // name -> text. Names become document ids (and IRIs).
    docs_ = {
        {"q\"uote\\back<angle>",
         "He said \"\"\"triple\"\"\" and 'single' quotes, a back\\slash\\\\ and <b>tags</b>.\r\n"
         "A second line with a tab\there and a form\ffeed.\nEnds with a quote\""},
        {"ctl\x01\x1f",
         "Control \x01 and \x1b[31m escape \x7f"
         " delete, then text goes on.\n"},
        {"rtl\xE2\x80\xAE"
         "abc",
         "Right-to-left \xE2\x80\xAE override \xE2\x80\x8F mark, Arabic "
         "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xA9 and Hebrew "
         "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D."},
        {"astral\xF0\x9F\x98\x80",
         "\xEF\xBB\xBF"
         "Emoji \xF0\x9F\x98\x80 and math \xF0\x9D\x95\x8F and "
         "\xE2\x80\x9C"
         "curly\xE2\x80\x9D quotes, ending in a backslash \\"},
        {"%41", "Percent-sign id."},
        {"A", "Plain id that a careless encoder would confuse with %41."},
        {"a b#c?d&e=f", "Reserved URL characters in the id."},
        {"tab\tand\nnewline", "Whitespace in the id."},
    };
    for (const auto& [name, text] : docs_) {
      Spit(root_ / "in" / (name + ".txt"), text);
    }
    // JSON Lines can carry what no file name can: U+0000, in the id and the text.
    Spit(root_ / "in" / "lines.jsonl",
         R"({"id": "nul\u0000id", "text": "NUL \u0000 inside, \u2028 line separator."})"
         "\n");
    docs_[std::string("nul\0id", 6)] =
        std::string("NUL \0 inside, \xE2\x80\xA8 line separator.", 33);
    Spit(root_ / "in" / "q\"uote\\back<angle>.meta.json",
         R"({"title": "Title with \"quotes\", \\ and <angle> and \u0007 bell",
             "publisher": "Pub\u202eRTL", "author": "O'Brien \ud83d\ude00",
             "url": "not a url", "published": "2024-02-29", "language": "en"})");
  }
  void TearDown() override { fs::remove_all(root_); }

  Result<pipeline::Summary> Build(const fs::path& out, emit::Format format) {
    pipeline::Options o;
    o.inputs = {(root_ / "in").string()};
    o.out_dir = out.string();
    o.quiet = true;
    o.emit.format = format;
    o.emit.gexf = false;
    std::ostringstream log;
    auto r = pipeline::Run(o, log);
    log_ = log.str();
    return r;
  }

  fs::path root_;
  std::map<std::string, std::string> docs_;
  std::string log_;
};

TEST_F(HostileRoundTrip, SerdiParsesTheGraphAndIdsAndTextsReadBack) {
  auto ttl_run = Build(root_ / "ttl", emit::Format::kTurtle);
  ASSERT_TRUE(ttl_run.ok()) << ttl_run.status().message();
  EXPECT_EQ(ttl_run->documents, docs_.size()) << log_;
  auto nt_run = Build(root_ / "nt", emit::Format::kNTriples);
  ASSERT_TRUE(nt_run.ok()) << nt_run.status().message();

  const fs::path ttl = root_ / "ttl" / "graph.ttl";
  const fs::path nt = root_ / "nt" / "graph.nt";
  std::string from_ttl, from_nt;
  ASSERT_EQ(Shell("serdi -a -i turtle -o ntriples '" + ttl.string() + "'", from_ttl, root_ / "a"),
            0)
      << "serdi rejects the Turtle";
  ASSERT_EQ(Shell("serdi -a -i ntriples -o ntriples '" + nt.string() + "'", from_nt, root_ / "b"),
            0)
      << "serdi rejects the N-Triples";

  // Turtle and N-Triples hold the same triples.
  EXPECT_EQ(SortedLines(from_ttl), SortedLines(Slurp(nt)));
  EXPECT_EQ(SortedLines(from_nt), SortedLines(Slurp(nt)));

  // Every id and text reads back byte for byte.
  std::map<std::string, std::string> id_of_doc, text_of_doc;
  std::map<std::string, std::string> ctx_doc;
  for (const auto& t : emit::testing::ParseNt(from_ttl)) {
    if (t.p == kDocId) {
      id_of_doc[t.s] = t.o;
    }
    if (t.p == kIsString) {
      text_of_doc[t.s] = t.o;
    }
    if (t.p == kDocument) {
      ctx_doc[t.s] = t.o;
    }
  }
  std::map<std::string, std::string> text_by_id;
  for (const auto& [ctx, doc] : ctx_doc) {
    text_by_id[id_of_doc[doc]] = text_of_doc[ctx];
  }
  EXPECT_EQ(id_of_doc.size(), docs_.size()) << "one IRI per id: no two ids collide";
  for (const auto& [name, text] : docs_) {
    ASSERT_TRUE(text_by_id.count(name)) << "missing id " << name;
    EXPECT_EQ(text_by_id[name], text) << name;
  }
}

TEST_F(HostileRoundTrip, TwoBuildsAreByteIdentical) {
  ASSERT_TRUE(Build(root_ / "one", emit::Format::kTurtle).ok());
  ASSERT_TRUE(Build(root_ / "two", emit::Format::kTurtle).ok());
  EXPECT_EQ(Slurp(root_ / "one" / "graph.ttl"), Slurp(root_ / "two" / "graph.ttl"));
}

}  // namespace
}  // namespace claimgraph
