// Timed bench target: builds the graph from a corpus and prints, for each
// stage (read, text, extract, link, write) and end to end, the wall time,
// MB/s on one core, documents/s and the peak RSS after the stage.
//
//   build/claimgraph_bench CORPUS... [-o OUTDIR] [--format turtle|ntriples]
//                          [--no-write] [--no-breakdown]
//
// --no-write stops after the link stage (for profiling the stages before
// writing); --no-breakdown skips the per-extractor timing pass.
//
// Stages run one after another on one thread so that each figure is that
// stage's own cost per core. Not part of the test suite: timing goals live
// here, never in tests.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <numeric>
#include <string>
#include <vector>

#include "emit/emit.h"
#include "extract/attribution.h"
#include "extract/entities.h"
#include "extract/extract.h"
#include "extract/quantity.h"
#include "extract/timex.h"
#include "ingest/ingest.h"
#include "kb/kb.h"
#include "link/link.h"
#include "text/text.h"

namespace {

using Clock = std::chrono::steady_clock;
using namespace claimgraph;

double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

long PeakRssMb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024;
}

void Row(const char* stage, double secs, double mb, size_t docs) {
  std::printf("%-10s %9.3f s %9.1f MB/s %11.0f docs/s %8ld MB peak RSS\n", stage, secs,
              secs > 0 ? mb / secs : 0.0, secs > 0 ? docs / secs : 0.0, PeakRssMb());
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> inputs;
  std::string out = "/tmp/claimgraph-bench-out";
  emit::Options eo;
  bool write = true, breakdown = true;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "-o" && i + 1 < argc) {
      out = argv[++i];
    } else if (a == "--format" && i + 1 < argc) {
      eo.format =
          std::string(argv[++i]) == "ntriples" ? emit::Format::kNTriples : emit::Format::kTurtle;
    } else if (a == "--no-write") {
      write = false;
    } else if (a == "--no-breakdown") {
      breakdown = false;
    } else if (a == "-h" || a == "--help") {
      inputs.clear();
      break;
    } else {
      inputs.push_back(a);
    }
  }
  if (inputs.empty()) {
    std::fprintf(stderr,
                 "usage: claimgraph_bench CORPUS... [-o OUTDIR] [--format F] "
                 "[--no-write] [--no-breakdown]\n");
    return 2;
  }
  auto kb = kb::KnowledgeBase::LoadEmbedded();
  if (!kb.ok()) {
    std::fprintf(stderr, "%s\n", kb.status().message().c_str());
    return 3;
  }
  extract::Extractor extractor(*kb);

  auto t0 = Clock::now();
  std::vector<model::Document> docs;
  size_t skipped = 0;
  ingest::Reader reader;
  reader.Read(
      inputs, [&](model::Document&& d) { docs.push_back(std::move(d)); },
      [&](const ingest::Skip&) { ++skipped; });
  auto t1 = Clock::now();
  double mb = 0;
  for (const auto& d : docs) {
    mb += d.text.size() / 1e6;
  }

  std::vector<model::TextLayer> layers(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) {
    layers[i] = text::Segment(docs[i].text, docs[i].title);  // as the pipeline does
  }
  auto t2 = Clock::now();

  // Each extractor alone, for the breakdown of the extract stage.
  if (breakdown) {
    extract::EntityTagger entities(**kb);
    extract::TimeTagger times(**kb);
    extract::QuantityTagger quantities(**kb);
    extract::AttributionExtractor attribution(**kb);
    double te = 0, tt = 0, tq = 0, ta = 0;
    for (size_t i = 0; i < docs.size(); ++i) {
      auto a = Clock::now();
      auto ms = entities.Tag(docs[i], layers[i]);
      auto b = Clock::now();
      auto ts = times.Tag(docs[i], layers[i]);
      auto c = Clock::now();
      auto qs = quantities.Tag(docs[i], layers[i], ts);
      auto d = Clock::now();
      attribution.Extract(docs[i], layers[i], ms, ts);
      auto e = Clock::now();
      te += Seconds(a, b);
      tt += Seconds(b, c);
      tq += Seconds(c, d);
      ta += Seconds(d, e);
    }
    Row("  entities", te, mb, docs.size());
    Row("  times", tt, mb, docs.size());
    Row("  quantity", tq, mb, docs.size());
    Row("  attrib", ta, mb, docs.size());
  }
  auto t2b = Clock::now();
  std::vector<model::Extraction> xs(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) {
    xs[i] = extractor.Run(docs[i], layers[i]);
  }
  layers.clear();
  layers.shrink_to_fit();
  auto t3 = Clock::now();

  std::vector<uint32_t> order(docs.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](uint32_t a, uint32_t b) { return docs[a].id < docs[b].id; });
  link::Linker linker(*kb);
  for (uint32_t i = 0; i < order.size(); ++i) {
    linker.AddDocument(i, docs[order[i]], xs[order[i]].mentions);
  }
  model::EntityTable table = linker.Resolve();
  table.mention_entity.resize(order.size());
  auto t4 = Clock::now();

  size_t claims = 0, mentions = 0;
  for (const auto& x : xs) {
    claims += x.claims.size();
    mentions += x.mentions.size();
  }
  if (!write) {
    std::printf(
        "corpus: %zu documents (%zu skipped), %.1f MB of text; %zu mentions, %zu claims, "
        "%zu entities\n",
        docs.size(), skipped, mb, mentions, claims, table.entities.size());
    Row("read", Seconds(t0, t1), mb, docs.size());
    Row("text", Seconds(t1, t2), mb, docs.size());
    Row("extract", Seconds(t2b, t3), mb, docs.size());
    Row("link", Seconds(t3, t4), mb, docs.size());
    Row("pre-write", Seconds(t0, t4) - Seconds(t2, t2b), mb, docs.size());
    return 0;
  }

  auto em = emit::GraphEmitter::Open(out, eo);
  if (!em.ok()) {
    std::fprintf(stderr, "%s\n", em.status().message().c_str());
    return 3;
  }
  for (uint32_t i = 0; i < order.size(); ++i) {
    (*em)->AddDocument(docs[order[i]], xs[order[i]], table.mention_entity[i], table);
  }
  Status st = (*em)->Finish(table);
  auto t5 = Clock::now();
  if (!st.ok()) {
    std::fprintf(stderr, "%s\n", st.message().c_str());
    return 3;
  }

  std::printf(
      "corpus: %zu documents (%zu skipped), %.1f MB of text; %zu mentions, %zu claims, "
      "%zu entities, %llu triples\n",
      docs.size(), skipped, mb, mentions, claims, table.entities.size(),
      static_cast<unsigned long long>((*em)->triple_count()));
  Row("read", Seconds(t0, t1), mb, docs.size());
  Row("text", Seconds(t1, t2), mb, docs.size());
  Row("extract", Seconds(t2b, t3), mb, docs.size());
  Row("link", Seconds(t3, t4), mb, docs.size());
  Row("write", Seconds(t4, t5), mb, docs.size());
  Row("pre-write", Seconds(t0, t4) - Seconds(t2, t2b), mb, docs.size());
  Row("total", Seconds(t0, t5) - Seconds(t2, t2b), mb, docs.size());
  return 0;
}
