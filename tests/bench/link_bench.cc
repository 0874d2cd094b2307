// Linking time against corpus size: synthetic entity mentions of 10k and
// 100k documents (about 20 mentions each: countries with KB entries, people
// with surnames and transliteration variants, organisations with acronyms,
// pronouns). Google Benchmark fits the growth (expected: n log n or better).
//
//   build/link_bench [--benchmark_filter=...]
#include <benchmark/benchmark.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kb/entry_numbers.h"
#include "kb/kb.h"
#include "link/link.h"

namespace {

using namespace claimgraph;
using model::EntityType;
using model::MentionKind;

struct SynthDoc {
  model::Document doc;
  std::vector<model::Mention> mentions;
};

// A small deterministic generator (no <random> distribution differences
// between standard libraries).
struct Lcg {
  uint64_t s;
  uint32_t Next() {
    s = s * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<uint32_t>(s >> 33);
  }
};

const char* kGiven[] = {"Anna", "Boris", "Chen",  "Dmitri", "Elena", "Farid", "Grace", "Hiro",
                        "Ivan", "Jana",  "Karim", "Lena",   "Marco", "Nadia", "Oleg",  "Priya"};
const char* kFamily[] = {"Kovalenko", "Park",    "Smith", "Ivanova", "Garcia", "Tanaka", "Nowak",
                         "Haddad",    "Schmidt", "Rossi", "Dubois",  "Yilmaz", "Khan",   "Silva"};
const char* kOrgWords[] = {"National", "Maritime", "Energy", "Security",  "Trade",
                           "Research", "Defense",  "Health", "Transport", "Finance"};
const char* kOrgHeads[] = {"Agency", "Council", "Institute", "Ministry", "Commission"};

std::vector<SynthDoc> MakeCorpus(size_t n) {
  std::vector<SynthDoc> docs(n);
  Lcg rng{42};
  for (size_t d = 0; d < n; ++d) {
    SynthDoc& sd = docs[d];
    sd.doc.id = "doc" + std::to_string(d);
    auto add = [&](std::string surface, EntityType type, MentionKind kind, std::string_view kb,
                   int32_t antecedent) {
      model::Mention m;
      m.span.begin = static_cast<uint32_t>(sd.doc.text.size());
      sd.doc.text += surface;
      m.span.end = static_cast<uint32_t>(sd.doc.text.size());
      sd.doc.text += " said ";
      m.type = type;
      m.kind = kind;
      m.label = std::move(surface);
      m.kb_entry = kb::EntryNumber(kb);
      m.antecedent = antecedent;
      sd.mentions.push_back(std::move(m));
    };
    for (int k = 0; k < 5; ++k) {
      uint32_t c = rng.Next() % 200;
      add("Country " + std::to_string(c), EntityType::kCountry, MentionKind::kName,
          "https://w3id.org/claimgraph/kb/country-" + std::to_string(c), -1);
    }
    for (int k = 0; k < 3; ++k) {
      // People from a large population: 16 x 14 x 500 families.
      uint32_t g = rng.Next() % 16, f = rng.Next() % 14, clan = rng.Next() % 500;
      std::string family = std::string(kFamily[f]) + std::to_string(clan);
      std::string full = std::string(kGiven[g]) + " " + family;
      if (rng.Next() % 10 == 0) {
        full = std::string(kGiven[g]) + "a " + family;  // a variant
      }
      add(full, EntityType::kPerson, MentionKind::kName, "", -1);
      add(family, EntityType::kPerson, MentionKind::kName, "", -1);
      add("he", EntityType::kPerson, MentionKind::kPronoun, "",
          static_cast<int32_t>(sd.mentions.size() - 1));
    }
    for (int k = 0; k < 3; ++k) {
      uint32_t a = rng.Next() % 10, b = rng.Next() % 10, h = rng.Next() % 5, i = rng.Next() % 50;
      std::string name = std::string(kOrgWords[a]) + " " + kOrgWords[b] + " " + kOrgHeads[h] + " " +
                         std::to_string(i);
      add(name, EntityType::kGovernmentOrganization, MentionKind::kName, "", -1);
      std::string acr = {kOrgWords[a][0], kOrgWords[b][0], kOrgHeads[h][0]};
      add(acr, EntityType::kOrganization, MentionKind::kName, "", -1);
    }
  }
  return docs;
}

void BM_Link(benchmark::State& state) {
  const size_t n = static_cast<size_t>(state.range(0));
  const auto corpus = MakeCorpus(n);
  auto kb = kb::KnowledgeBase::LoadTurtle({});
  size_t mentions = 0;
  for (const auto& d : corpus) {
    mentions += d.mentions.size();
  }
  for (auto _ : state) {
    link::Linker linker(*kb);
    for (uint32_t i = 0; i < corpus.size(); ++i) {
      linker.AddDocument(i, corpus[i].doc, corpus[i].mentions);
    }
    model::EntityTable table = linker.Resolve();
    benchmark::DoNotOptimize(table.entities.data());
    state.counters["entities"] = static_cast<double>(table.entities.size());
  }
  state.counters["mentions"] = static_cast<double>(mentions);
  state.SetComplexityN(static_cast<int64_t>(n));
}
BENCHMARK(BM_Link)
    ->Arg(10000)
    ->Arg(100000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1)
    ->Complexity(benchmark::oNLogN);

}  // namespace

BENCHMARK_MAIN();
