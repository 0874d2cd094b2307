// ontology/claimgraph.ttl documents every cg: term the emitter writes, with a
// label, a comment and its alignment to PROV-O, schema.org, NIF and SKOS.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>

#include "emit/rdf_graph.h"
#include "emit/rdf_vocab.h"
#include "ntriples.h"
#include "sample.h"

namespace claimgraph::emit {
namespace {

namespace fs = std::filesystem;

const std::string kCg = vocab::kCgNs;
const std::string kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
const std::string kSchema = "https://schema.org/";
const std::string kProv = "http://www.w3.org/ns/prov#";
const std::string kNif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";

struct Ontology {
  std::map<std::string, std::multimap<std::string, std::string>> about;  // s -> (p -> o)
  bool Has(const std::string& s, const std::string& p, const std::string& o = "") const {
    auto it = about.find(s);
    if (it == about.end()) {
      return false;
    }
    auto [b, e] = it->second.equal_range(p);
    for (auto i = b; i != e; ++i) {
      if (o.empty() || i->second == o) {
        return true;
      }
    }
    return false;
  }
};

// Reads serdi's N-Triples through a pipe: ctest runs these tests in parallel,
// so a shared temporary file would be truncated under a reader.
Ontology Load() {
  const fs::path src = fs::path(CLAIMGRAPH_SOURCE_DIR) / "ontology" / "claimgraph.ttl";
  const std::string cmd = "serdi -q -i turtle -o ntriples '" + src.string() + "'";
  std::string nt;
  if (FILE* pipe = ::popen(cmd.c_str(), "r")) {
    char buf[1 << 14];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;) {
      nt.append(buf, n);
    }
    EXPECT_EQ(::pclose(pipe), 0) << "serdi rejects " << src;
  } else {
    ADD_FAILURE() << "cannot run serdi";
  }
  Ontology o;
  for (const auto& t : testing::ParseNt(nt)) {
    o.about[t.s].emplace(t.p, t.o);
  }
  return o;
}

// Every cg: term in a graph written from a sample that exercises every
// optional part of the model.
std::set<std::string> TermsTheEmitterWrites() {
  auto s = testing::MakeSample();
  s.x.claims[1].negated = true;
  s.x.claims[1].unattributed = true;
  s.x.claims[1].reported_by = 0;
  s.x.quantities[0].low = 1;
  s.x.quantities[0].high = 2;
  s.x.times[1].mod = "START";
  s.x.mentions[3].type = model::EntityType::kGovernmentOrganization;
  s.table.entities[0].kb_iri = "https://example.org/kb/northland";
  MemorySink sink;
  RdfGraphWriter w(sink, "https://example.org/data/");
  w.AddDocument(s.doc, s.x, s.table.mention_entity[0], s.table);
  w.WriteEntities(s.table);
  std::set<std::string> terms;
  for (const auto& t : sink.triples()) {
    if (t.p.rfind(kCg, 0) == 0) {
      terms.insert(t.p);
    }
    if (!t.o_literal && t.o.rfind(kCg, 0) == 0) {
      terms.insert(t.o);
    }
  }
  for (int i = 0; i < model::kEntityTypeCount; ++i) {
    terms.insert(kCg + model::EntityTypeName(static_cast<model::EntityType>(i)));
  }
  return terms;
}

TEST(Ontology, EveryTermTheEmitterWritesIsDocumented) {
  Ontology o = Load();
  std::set<std::string> terms = TermsTheEmitterWrites();
  EXPECT_GT(terms.size(), 50u);
  for (const auto& term : terms) {
    EXPECT_TRUE(o.Has(term, kRdfs + "label")) << term << " has no rdfs:label";
    EXPECT_TRUE(o.Has(term, kRdfs + "comment")) << term << " has no rdfs:comment";
  }
}

TEST(Ontology, EveryDeclaredTermHasLabelCommentAndPlace) {
  Ontology o = Load();
  const std::string type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
  int classes = 0, properties = 0;
  for (const auto& [s, po] : o.about) {
    if (s.rfind(kCg, 0) != 0) {
      continue;
    }
    EXPECT_TRUE(o.Has(s, kRdfs + "label")) << s;
    EXPECT_TRUE(o.Has(s, kRdfs + "comment")) << s;
    if (o.Has(s, type, "http://www.w3.org/2002/07/owl#Class")) {
      ++classes;
      EXPECT_TRUE(o.Has(s, kRdfs + "subClassOf")) << s << " is aligned to nothing";
    } else {
      ++properties;
      EXPECT_TRUE(o.Has(s, kRdfs + "domain")) << s << " has no domain";
    }
  }
  EXPECT_GE(classes, 17);
  EXPECT_GE(properties, 35);
}

TEST(Ontology, AlignmentsOfTheCoreClasses) {
  Ontology o = Load();
  const std::string sub = kRdfs + "subClassOf";
  EXPECT_TRUE(o.Has(kCg + "Document", sub, kSchema + "NewsArticle"));
  EXPECT_TRUE(o.Has(kCg + "Document", sub, kProv + "Entity"));
  EXPECT_TRUE(o.Has(kCg + "Claim", sub, kSchema + "Claim"));
  EXPECT_TRUE(o.Has(kCg + "Mention", sub, kNif + "Phrase"));
  EXPECT_TRUE(o.Has(kCg + "Person", sub, kSchema + "Person"));
  EXPECT_TRUE(o.Has(kCg + "Person", sub, kProv + "Agent"));
  EXPECT_TRUE(o.Has(kCg + "Organization", sub, kProv + "Agent"));
  EXPECT_TRUE(o.Has(kCg + "GovernmentOrganization", sub, kCg + "Organization"));
  EXPECT_TRUE(o.Has(kCg + "GovernmentOrganization", sub, kSchema + "GovernmentOrganization"));
  EXPECT_TRUE(o.Has(kCg + "NewsMediaOrganization", sub, kSchema + "NewsMediaOrganization"));
  EXPECT_TRUE(o.Has(kCg + "MilitaryUnit", sub, kCg + "Organization"));
  EXPECT_TRUE(o.Has(kCg + "Country", sub, kCg + "Place"));
  EXPECT_TRUE(o.Has(kCg + "Country", sub, kSchema + "Country"));
  EXPECT_TRUE(o.Has(kCg + "Place", sub, kSchema + "Place"));
  EXPECT_TRUE(o.Has(kCg + "Weapon", sub, kCg + "Product"));
  EXPECT_TRUE(o.Has(kCg + "Product", sub, kSchema + "Product"));
}

}  // namespace
}  // namespace claimgraph::emit
