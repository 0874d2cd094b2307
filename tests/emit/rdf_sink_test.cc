// TripleSink forks (--jobs): documents written on other threads and spliced
// back in order give the bytes of writing every triple into one sink.
#include "emit/rdf_sink.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace claimgraph::emit {
namespace {

namespace fs = std::filesystem;

struct Statement {
  std::string s, p, o;
  bool literal = false;
};
using Block = std::vector<Statement>;  // one document's triples

const std::string kEx = "https://example.org/";

std::vector<Block> Documents() {
  return {
      {{kEx + "doc/a", kEx + "ns#title", "Troops \"moved\" north\nat dawn", true},
       {kEx + "doc/a", kEx + "ns#mentions", kEx + "entity/kyiv"},
       {kEx + "doc/a/m/0-4", kEx + "ns#anchor", "Kyiv", true}},
      {{kEx + "doc/b", kEx + "ns#title", "Second report", true}},
      {{kEx + "doc/c", kEx + "ns#mentions", kEx + "entity/kyiv"},
       {kEx + "doc/c/claim/3-9", kEx + "ns#cue", "said", true}},
  };
}

Block Entities() { return {{kEx + "entity/kyiv", kEx + "ns#label", "Kyiv", true}}; }

void Put(TripleSink& sink, const Block& block) {
  for (const auto& t : block) {
    sink.Triple(Term::Iri(t.s), Term::Iri(t.p), t.literal ? Term::Literal(t.o) : Term::Iri(t.o));
  }
}

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

fs::path TempFile(const std::string& name) {
  return fs::path(::testing::TempDir()) /
         ("rdf_sink_test_" + name + "_" + std::to_string(::getpid()));
}

// Writes the documents then (optionally) the entities, either every triple
// into the file's sink, or each document through a fork and Splice.
std::string Write(SerdSyntax syntax, bool forked, bool entities, uint64_t* count) {
  const fs::path path = TempFile(std::string(forked ? "forked" : "direct") +
                                 (syntax == SerdSyntax::kTurtle ? ".ttl" : ".nt"));
  auto sink = OpenSerdFileSink(path.string(), syntax);
  EXPECT_TRUE(sink.ok());
  (*sink)->Prefix("ex", kEx + "ns#");
  (*sink)->Prefix("doc", kEx + "doc/");
  if (forked) {
    auto fork = (*sink)->Fork();
    EXPECT_NE(fork, nullptr);
    std::vector<TripleSink::Part> parts;
    for (const auto& d : Documents()) {
      Put(*fork, d);
      parts.push_back(fork->TakeBytes());
      EXPECT_EQ(parts.back().triples, d.size());
    }
    for (const auto& part : parts) {
      (*sink)->Splice(part);
    }
  } else {
    for (const auto& d : Documents()) {
      Put(**sink, d);
    }
  }
  if (entities) {
    Put(**sink, Entities());
  }
  EXPECT_TRUE((*sink)->Finish().ok());
  *count = (*sink)->count();
  std::string bytes = Slurp(path);
  fs::remove(path);
  return bytes;
}

TEST(RdfSinkFork, SplicedTurtleEqualsDirectTurtle) {
  for (bool entities : {true, false}) {
    uint64_t direct_count = 0, forked_count = 0;
    const std::string direct = Write(SerdSyntax::kTurtle, false, entities, &direct_count);
    const std::string forked = Write(SerdSyntax::kTurtle, true, entities, &forked_count);
    EXPECT_EQ(direct, forked) << (entities ? "with" : "without") << " entities after the parts";
    EXPECT_EQ(direct_count, forked_count);
    // The forks knew the prefixes without writing them again.
    EXPECT_EQ(forked.find("@prefix ex:"), forked.rfind("@prefix ex:"));
    EXPECT_NE(forked.find("ex:title"), std::string::npos);
  }
}

TEST(RdfSinkFork, SplicedNTriplesEqualsDirectNTriples) {
  uint64_t direct_count = 0, forked_count = 0;
  const std::string direct = Write(SerdSyntax::kNTriples, false, true, &direct_count);
  const std::string forked = Write(SerdSyntax::kNTriples, true, true, &forked_count);
  EXPECT_EQ(direct, forked);
  EXPECT_EQ(direct_count, 7u);
  EXPECT_EQ(forked_count, 7u);
}

TEST(RdfSinkFork, AnEmptyPartChangesNothing) {
  const fs::path path = TempFile("empty.ttl");
  auto sink = OpenSerdFileSink(path.string(), SerdSyntax::kTurtle);
  ASSERT_TRUE(sink.ok());
  auto fork = (*sink)->Fork();
  (*sink)->Splice(fork->TakeBytes());
  Put(**sink, Entities());
  ASSERT_TRUE((*sink)->Finish().ok());
  EXPECT_EQ((*sink)->count(), 1u);
  const std::string bytes = Slurp(path);
  fs::remove(path);
  EXPECT_EQ(bytes.rfind("<https://example.org/entity/kyiv>", 0), 0u) << bytes;
}

TEST(RdfSinkFork, MemorySinkCannotFork) {
  MemorySink memory;
  EXPECT_EQ(memory.Fork(), nullptr);
}

}  // namespace
}  // namespace claimgraph::emit
