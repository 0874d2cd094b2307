// shard + merge: per-shard N-Triples with placeholders and text tables,
// merged into exactly the graph of one build over all parts.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "emit/emit.h"
#include "kb/kb.h"
#include "link/link.h"
#include "pipeline/keyed_link.h"
#include "pipeline/pipeline.h"

namespace claimgraph::pipeline {
namespace {

namespace fs = std::filesystem;

class ShardTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("cg-shard-" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + "-" +
            std::to_string(getpid()));
    fs::remove_all(dir_);
    for (const char* d : {"p1", "p2", "p3"}) {
      fs::create_directories(dir_ / d);
    }
    Write("p1/a1.txt",
          "The JCS said on Monday that the troops had left the border area.\n"
          "Officials in Kyiv said about 300 North Korean soldiers had been killed or wounded.\n");
    Write("p1/a1.meta.json", R"({"published": "2025-01-20", "title": "Border"})");
    Write("p2/b1.txt",
          "The Joint Chiefs of Staff (JCS) said on Tuesday that at least 1,100 North Korean "
          "soldiers had been killed or wounded.\n"
          "\xE2\x80\x9CWe are watching closely,\xE2\x80\x9D the JCS said.\n");
    Write("p2/b2.txt",
          "Ukrainian President Volodymyr Zelenskyy said on Wednesday that up to 1,200 soldiers "
          "had been killed. Zelenskyy added that Russia had lost ground near Kursk.\n");
    Write("p3/c1.txt",
          "Zelenskyy said on Thursday that 4,000 North Korean soldiers had been killed or "
          "wounded in the Kursk region, and Russia did not comment.\n");
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }

  Options Base(const std::string& out) {
    Options o;
    o.inputs.clear();
    o.out_dir = (dir_ / out).string();
    o.quiet = true;
    o.emit.format = emit::Format::kNTriples;
    o.emit.gexf = false;
    return o;
  }

  Result<Summary> Shard(const std::string& part, const std::string& out) {
    Options o = Base(out);
    o.inputs = {(dir_ / part).string()};
    o.shard = true;
    std::ostringstream log;
    return pipeline::Run(o, log);
  }

  Result<Summary> Merge(const std::vector<std::string>& shards, const std::string& out) {
    Options o = Base(out);
    for (const auto& s : shards) {
      o.merge_from.push_back((dir_ / s).string());
    }
    std::ostringstream log;
    return pipeline::Run(o, log);
  }

  void Build(const std::vector<std::string>& parts, const std::string& out) {
    Options o = Base(out);
    for (const auto& p : parts) {
      o.inputs.push_back((dir_ / p).string());
    }
    std::ostringstream log;
    auto r = pipeline::Run(o, log);
    ASSERT_TRUE(r.ok()) << r.status().message();
  }

  std::string Read(const std::string& path) {
    std::ifstream in(dir_ / path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  }

  std::vector<std::string> Sorted(const std::string& out) {
    std::istringstream in(Read(out + "/graph.nt"));
    std::vector<std::string> lines;
    for (std::string l; std::getline(in, l);) {
      lines.push_back(l);
    }
    std::sort(lines.begin(), lines.end());
    return lines;
  }

  fs::path dir_;
};

TEST_F(ShardTest, ShardsMergeIntoExactlyTheGraphOfOneBuild) {
  for (const char* p : {"p1", "p2", "p3"}) {
    auto r = Shard(p, std::string("s") + p);
    ASSERT_TRUE(r.ok()) << r.status().message();
  }
  // A shard's graph names no final entity, only document-local placeholders.
  const std::string shard_graph = Read("sp2/graph.nt");
  EXPECT_NE(shard_graph.find("<urn:claimgraph:local:b1:"), std::string::npos);
  EXPECT_EQ(shard_graph.find("/data/entity/"), std::string::npos);
  EXPECT_NE(Read("sp2/mentions.tsv").find("Joint Chiefs of Staff"), std::string::npos);
  EXPECT_NE(Read("sp2/keys.tsv").find("A|JCS\tb1\t"), std::string::npos);
  EXPECT_FALSE(Read("sp3/figures.tsv").empty());

  auto m = Merge({"sp3", "sp1", "sp2"}, "merged");
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_EQ(m->stored_documents, 4u);
  Build({"p1", "p2", "p3"}, "full");
  const auto full = Sorted("full");
  ASSERT_FALSE(full.empty());
  EXPECT_EQ(Sorted("merged"), full);
  // What needed every shard is there: one entity across documents, and a
  // figure conflict between shards.
  const std::string merged = Read("merged/graph.nt");
  EXPECT_NE(merged.find("conflictsWith"), std::string::npos);
  EXPECT_EQ(merged.find("urn:claimgraph:local:"), std::string::npos);
  EXPECT_EQ(m->triples, full.size());
}

// The merge's linking on separate nodes: each links one partition of the
// blocking-key components into OUT/partition-K-of-P.tsv, then one merge
// takes the links from those files. Same graph as one build.
TEST_F(ShardTest, PartitionsLinkedApartMergeIntoTheSameGraph) {
  for (const char* p : {"p1", "p2", "p3"}) {
    ASSERT_TRUE(Shard(p, std::string("s") + p).ok());
  }
  const std::vector<std::string> shards = {"sp1", "sp2", "sp3"};
  for (int k = 0; k < 3; ++k) {
    Options o = Base("merged");
    for (const auto& s : shards) {
      o.merge_from.push_back((dir_ / s).string());
    }
    o.partitions = 3;
    o.link_partition = k;
    std::ostringstream log;
    auto r = pipeline::Run(o, log);
    ASSERT_TRUE(r.ok()) << r.status().message();
    EXPECT_TRUE(fs::exists(dir_ / "merged" / ("partition-" + std::to_string(k) + "-of-3.tsv")));
  }
  EXPECT_FALSE(fs::exists(dir_ / "merged" / "graph.nt"));  // a partition writes no graph
  Options o = Base("merged");
  for (const auto& s : shards) {
    o.merge_from.push_back((dir_ / s).string());
  }
  o.partitions = 3;
  o.from_partitions = true;
  std::ostringstream log;
  auto r = pipeline::Run(o, log);
  ASSERT_TRUE(r.ok()) << r.status().message();
  Build({"p1", "p2", "p3"}, "full");
  EXPECT_EQ(Sorted("merged"), Sorted("full"));
  // A missing partition is an error, not a graph without its entities.
  fs::remove(dir_ / "merged" / "partition-1-of-3.tsv");
  EXPECT_FALSE(pipeline::Run(o, log).ok());
}

// The GEXF network is rebuilt from the tables (claims.tsv, mentions.tsv):
// the same bytes as build's, in both views.
TEST_F(ShardTest, TheMergedGexfIsTheBuildsGexf) {
  for (const char* p : {"p1", "p2", "p3"}) {
    ASSERT_TRUE(Shard(p, std::string("s") + p).ok());
  }
  for (bool claims_view : {false, true}) {
    Options m = Base("merged");
    m.emit.gexf = true;
    m.emit.gexf_claims = claims_view;
    for (const char* s : {"sp2", "sp3", "sp1"}) {
      m.merge_from.push_back((dir_ / s).string());
    }
    std::ostringstream log;
    auto r = pipeline::Run(m, log);
    ASSERT_TRUE(r.ok()) << r.status().message();
    Options b = Base("full");
    b.emit.gexf = true;
    b.emit.gexf_claims = claims_view;
    for (const char* p : {"p1", "p2", "p3"}) {
      b.inputs.push_back((dir_ / p).string());
    }
    ASSERT_TRUE(pipeline::Run(b, log).ok());
    const std::string gexf = Read("full/graph.gexf");
    EXPECT_NE(gexf.find("<edge"), std::string::npos);
    EXPECT_EQ(Read("merged/graph.gexf"), gexf) << (claims_view ? "claims view" : "entity view");
  }
}

// Ids with separators of every format in play (':' of placeholders, '/' of
// IRIs, tab and backslash of the tables, '%' of percent-encoding, non-ASCII)
// and an empty shard still merge into the graph of one build.
TEST_F(ShardTest, HostileIdsAndAnEmptyShardMergeToo) {
  fs::create_directories(dir_ / "p4");
  fs::create_directories(dir_ / "empty");
  Write(
      "p4/feed.jsonl",
      R"({"id": "a:b/c d\t%41\\x", "text": "The Harbour Authority said on Tuesday that 40 ships had docked in Portvale."})"
      "\n"
      R"({"id": "\u00e9t\u00e9:1", "text": "Mayor Lena Ortiz said the Harbour Authority would hire 40 pilots."})"
      "\n");
  ASSERT_TRUE(Shard("p4", "sp4").ok());
  ASSERT_TRUE(Shard("p1", "sp1").ok());
  ASSERT_TRUE(Shard("empty", "sempty").ok());
  auto m = Merge({"sp4", "sempty", "sp1"}, "merged");
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_EQ(m->stored_documents, 3u);
  Build({"p4", "p1"}, "full");
  EXPECT_EQ(Sorted("merged"), Sorted("full"));
}

TEST_F(ShardTest, ADocumentIdInTwoShardsIsKeptOnceFromTheFirst) {
  fs::create_directories(dir_ / "p4");
  Write("p4/b1.txt", "Another text, another claim: Russia said the border was calm.\n");
  ASSERT_TRUE(Shard("p2", "sp2").ok());
  ASSERT_TRUE(Shard("p4", "sp4").ok());
  auto m = Merge({"sp2", "sp4"}, "merged");
  ASSERT_TRUE(m.ok()) << m.status().message();
  ASSERT_EQ(m->skipped.size(), 1u);
  EXPECT_NE(m->skipped[0].reason.find("already read"), std::string::npos);
  Build({"p2"}, "full");
  EXPECT_EQ(Sorted("merged"), Sorted("full"));
}

TEST_F(ShardTest, AMergeRefusesShardsOfAnotherBase) {
  Options o = Base("sp1");
  o.inputs = {(dir_ / "p1").string()};
  o.shard = true;
  o.emit.data_base = "https://example.org/other/";
  std::ostringstream log;
  ASSERT_TRUE(pipeline::Run(o, log).ok());
  auto m = Merge({"sp1"}, "merged");
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("--base"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir_ / "merged" / "graph.nt"));
}

TEST_F(ShardTest, ATruncatedMentionTableIsAnErrorNotAWrongGraph) {
  ASSERT_TRUE(Shard("p2", "sp2").ok());
  std::string rows = Read("sp2/mentions.tsv");
  rows.erase(rows.rfind('\n', rows.size() - 2) + 1);  // drop the last row
  Write("sp2/mentions.tsv", rows);
  auto m = Merge({"sp2"}, "merged");
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("local entities"), std::string::npos);
}

// The per-line map alone: placeholders become entity IRIs, a mention type
// the entity already has is dropped, two locals that became one entity give
// one triple, and text that merely looks like a placeholder is left alone.
TEST(RewriteShardTriples, MapsPlaceholdersLineByLine) {
  model::EntityTable table;
  table.entities.push_back({});
  table.entities[0].key = "person/ada-lovelace";
  table.entities[0].type = model::EntityType::kPerson;
  emit::LocalEntityMap map(table, "https://example.org/d/");
  map.AddDocument("doc 1", {0, 0, -1});
  const std::string ns = "https://w3id.org/claimgraph/ns#";
  const std::string c = "<https://example.org/d/doc/doc%201/claim/0-5>";
  const std::string m = "<https://example.org/d/doc/doc%201/m/0-3>";
  std::string in = c + " <" + ns + "about> <urn:claimgraph:local:doc%201:0> .\n" + c + " <" + ns +
                   "about> <urn:claimgraph:local:doc%201:1> .\n" + m + " <" + ns +
                   "mentionType> <urn:claimgraph:local:doc%201:0:Person> .\n" + m + " <" + ns +
                   "mentionType> <urn:claimgraph:local:doc%201:1:Country> .\n" + m + " <" + ns +
                   "anchorOf> \"see <urn:claimgraph:local:doc%201:0> .\" .\n";
  std::FILE* src = std::tmpfile();
  std::FILE* dst = std::tmpfile();
  ASSERT_TRUE(src && dst);
  std::fwrite(in.data(), 1, in.size(), src);
  std::rewind(src);
  auto n = emit::RewriteShardTriples(src, dst, map);
  ASSERT_TRUE(n.ok()) << n.status().message();
  std::rewind(dst);
  std::string out;
  char buf[4096];
  for (size_t k; (k = std::fread(buf, 1, sizeof buf, dst)) > 0;) {
    out.append(buf, k);
  }
  std::fclose(src);
  std::fclose(dst);
  const std::string want = c + " <" + ns +
                           "about> <https://example.org/d/entity/person/ada-lovelace> .\n" + m +
                           " <" + ns + "mentionType> <" + ns + "Country> .\n" + m + " <" + ns +
                           "anchorOf> \"see <urn:claimgraph:local:doc%201:0> .\" .\n";
  EXPECT_EQ(out, want);
  EXPECT_EQ(*n, 3u);

  // A local without an entity is an error, never a silently wrong graph.
  src = std::tmpfile();
  dst = std::tmpfile();
  const std::string bad = c + " <" + ns + "about> <urn:claimgraph:local:doc%201:2> .\n";
  std::fwrite(bad.data(), 1, bad.size(), src);
  std::rewind(src);
  EXPECT_FALSE(emit::RewriteShardTriples(src, dst, map).ok());
  std::fclose(src);
  std::fclose(dst);
}

}  // namespace
}  // namespace claimgraph::pipeline

namespace claimgraph::pipeline {
namespace {

link::LocalEntity Local(const std::string& label, uint8_t cls, model::EntityType type,
                        uint32_t offset, bool full_person = false) {
  link::LocalEntity e;
  e.label = label;
  e.names = {label};
  e.type_class = cls;
  e.type_votes[static_cast<int>(type)] = 1;
  e.mentions = 1;
  e.first_offset = offset;
  e.full_person = full_person;
  return e;
}

std::vector<link::DocumentLocals> Docs() {
  using T = model::EntityType;
  std::vector<link::DocumentLocals> docs(3);
  docs[0].id = "d2";
  docs[0].locals = {
      Local("Port Vale", 2, T::kPlace, 0), Local("Harbour Authority", 1, T::kOrganization, 20),
      Local("Lena Ortiz", 0, T::kPerson, 40, true), Local("HA", 1, T::kOrganization, 60)};
  docs[0].merges.push_back({1, "Harbour Authority", "HA", "acronym", 0.9});
  docs[1].id = "d1";
  docs[1].locals = {Local("Port-Vale", 2, T::kPlace, 5),
                    Local("Harbour Authority", 1, T::kOrganization, 30)};
  docs[2].id = "d0";
  docs[2].locals = {Local("Ortiz", 0, T::kPerson, 3), Local("Lena Ortis", 0, T::kPerson, 9, true)};
  for (auto& d : docs) {
    d.mention_local.resize(d.locals.size());
    for (size_t l = 0; l < d.locals.size(); ++l) {
      d.mention_local[l] = static_cast<int32_t>(l);
    }
  }
  return docs;
}

// Company names with and without legal forms across documents, and one
// name ("Zentrovix Labs") between two different forms.
std::vector<link::DocumentLocals> LegalFormDocs() {
  using T = model::EntityType;
  std::vector<link::DocumentLocals> docs(4);
  docs[0].id = "e3";
  docs[0].locals = {Local("Norvane Optics Inc.", 1, T::kOrganization, 0),
                    Local("Zentrovix Labs AG", 1, T::kOrganization, 30)};
  docs[1].id = "e1";
  docs[1].locals = {Local("Norvane Optics", 1, T::kOrganization, 4),
                    Local("Zentrovix Labs", 1, T::kOrganization, 20),
                    Local("Harbour Authority", 1, T::kOrganization, 40)};
  docs[2].id = "e0";
  docs[2].locals = {Local("Zentrovix Labs Inc", 1, T::kOrganization, 2),
                    Local("Norvane Optics Corp", 1, T::kOrganization, 12)};
  docs[3].id = "e2";
  docs[3].locals = {Local("Norvane Optics Corporation", 1, T::kOrganization, 7),
                    Local("Harbour Authority Ltd", 1, T::kOrganization, 50)};
  for (auto& d : docs) {
    d.mention_local.resize(d.locals.size());
    for (size_t l = 0; l < d.locals.size(); ++l) {
      d.mention_local[l] = static_cast<int32_t>(l);
    }
  }
  return docs;
}

void ExpectKeyedEqualsOne(std::vector<link::DocumentLocals> (*make)(), size_t min_components,
                          const std::string& must_have_key) {
  auto kb = kb::KnowledgeBase::LoadEmbedded();
  ASSERT_TRUE(kb.ok());
  link::Linker one(*kb);
  auto docs = make();
  for (uint32_t d = 0; d < docs.size(); ++d) {
    one.AddLocals(d, docs[d]);
  }
  const model::EntityTable want = one.Resolve();
  bool has_key = false;
  for (const auto& e : want.entities) {
    has_key = has_key || e.key == must_have_key;
  }
  ASSERT_TRUE(has_key) << must_have_key;
  for (unsigned parts : {1u, 2u, 3u, 5u}) {
    KeyedLinkStats stats;
    const model::EntityTable got = LinkByBlockingKeys(*kb, make(), parts, 2, &stats);
    EXPECT_GE(stats.components, min_components);
    ASSERT_EQ(got.entities.size(), want.entities.size()) << parts;
    for (size_t i = 0; i < want.entities.size(); ++i) {
      const auto& a = got.entities[i];
      const auto& b = want.entities[i];
      EXPECT_EQ(a.key, b.key) << parts;
      EXPECT_EQ(a.label, b.label);
      EXPECT_EQ(a.type, b.type);
      EXPECT_EQ(a.aliases, b.aliases);
      EXPECT_EQ(a.mention_count, b.mention_count);
      EXPECT_EQ(a.document_count, b.document_count);
    }
    ASSERT_EQ(got.merges.size(), want.merges.size()) << parts;
    for (size_t i = 0; i < want.merges.size(); ++i) {
      EXPECT_EQ(got.merges[i].entity, want.merges[i].entity);
      EXPECT_EQ(got.merges[i].left, want.merges[i].left);
      EXPECT_EQ(got.merges[i].right, want.merges[i].right);
      EXPECT_EQ(got.merges[i].kind, want.merges[i].kind);
    }
    for (size_t d = 0; d < docs.size(); ++d) {
      EXPECT_EQ(got.mention_entity[d], want.mention_entity[d]) << parts << " doc " << d;
    }
  }
}

// Linking keyed by blocking key, in any number of partitions, is linking all
// at once: same entities, keys (numbered across partitions: "Port Vale" and
// "Port-Vale" share no key but one IRI slug), evidence and assignments.
TEST(LinkByBlockingKeys, EqualsOneLinkerForAnyPartitioning) {
  ExpectKeyedEqualsOne(Docs, 3, "place/port-vale-2");
}

// The same where company names join across their legal forms (the stem
// keys of BlockingKeys): "Norvane Optics" with its "Inc.", "Corp" and
// "Corporation"; "Zentrovix" with "Zentrovix Labs Inc" (first in document
// order), "Zentrovix Labs AG" apart.
TEST(LinkByBlockingKeys, EqualsOneLinkerAcrossLegalForms) {
  ExpectKeyedEqualsOne(LegalFormDocs, 2, "organization/zentrovix-labs-inc");
  auto kb = kb::KnowledgeBase::LoadEmbedded();
  ASSERT_TRUE(kb.ok());
  const model::EntityTable t = LinkByBlockingKeys(*kb, LegalFormDocs(), 3, 2, nullptr);
  size_t legal = 0;
  for (const auto& m : t.merges) {
    legal += m.kind == "legal-form";
  }
  EXPECT_EQ(legal, 5u);  // 3 Norvane Optics, 1 Zentrovix Labs, 1 Harbour Authority
  EXPECT_EQ(t.entities.size(), 4u);
}

}  // namespace
}  // namespace claimgraph::pipeline
