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
// Stages run one after another on one thread, batch by batch as the pipeline
// streams, so that each figure is that stage's own cost per core; the write
// stage is timed in a second pass that holds the corpus in memory. Not part of the test suite:
// timing goals live here, never in tests.
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

// `rss`: the peak RSS when the stage ended (the stages before writing keep
// their own, not the writing pass's).
void Row(const char* stage, double secs, double mb, size_t docs, long rss = PeakRssMb()) {
  std::printf("%-10s %9.3f s %9.1f MB/s %11.0f docs/s %8ld MB peak RSS\n", stage, secs,
              secs > 0 ? mb / secs : 0.0, secs > 0 ? docs / secs : 0.0, rss);
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

  // Pass 0 (unless --no-breakdown): each extractor alone on each document,
  // streaming the same way, for the breakdown of the extract stage. A pass
  // of its own: run between the stages, its taggers would share the
  // per-thread buffers (base/reuse.h) with the extractor's and slow both.
  double te = 0, tt = 0, tq = 0, ta = 0;
  if (breakdown) {
    extract::EntityTagger entities(**kb);
    extract::TimeTagger times(**kb);
    extract::QuantityTagger quantities(**kb);
    extract::AttributionExtractor attribution(**kb);
    ingest::Reader reader;
    reader.Read(
        inputs,
        [&](model::Document&& d) {
          const model::TextLayer layer = text::Segment(d.text, d.title);
          auto c0 = Clock::now();
          auto ms = entities.Tag(d, layer);
          auto c1 = Clock::now();
          auto ts = times.Tag(d, layer);
          auto c2 = Clock::now();
          auto qs = quantities.Tag(d, layer, ts);
          auto c3 = Clock::now();
          attribution.Extract(d, layer, ms, ts);
          auto c4 = Clock::now();
          te += Seconds(c0, c1);
          tt += Seconds(c1, c2);
          tq += Seconds(c2, c3);
          ta += Seconds(c3, c4);
        },
        [&](const ingest::Skip&) {});
  }

  // Pass 1, the stages before writing, streaming as the pipeline runs them
  // (pipeline.cc): documents in batches of 256 (or 8 MB of text), each batch
  // segmented, extracted and given to the linker, then dropped, so that a
  // stage's figure is its cost on a batch that is still in cache, not on a
  // corpus held in memory. The read stage is the reader's time outside the
  // batches.
  constexpr size_t kBatchDocs = 256;
  constexpr size_t kBatchBytes = 8u << 20;
  double t_text = 0, t_extract = 0, t_add = 0, t_batches = 0;
  double mb = 0;
  size_t ndocs = 0, skipped = 0, claims = 0, mentions = 0, batch_bytes = 0;
  std::vector<model::Document> batch;
  std::vector<model::TextLayer> layers;
  std::vector<model::Extraction> xs;
  std::vector<extract::Extractor::Job> jobs;
  std::vector<int32_t> mention_sig;
  link::Linker linker(*kb);
  auto process = [&] {
    auto a = Clock::now();
    layers.resize(batch.size());
    for (size_t i = 0; i < batch.size(); ++i) {
      text::Segment(batch[i].text, batch[i].title, layers[i]);  // as the pipeline: memory reused
    }
    auto b = Clock::now();
    xs.resize(batch.size());
    jobs.clear();
    for (size_t i = 0; i < batch.size(); ++i) {
      jobs.push_back({&batch[i], &layers[i], &xs[i]});
    }
    extractor.Run(jobs);  // as the pipeline: stage by stage over groups of documents
    auto c = Clock::now();
    for (size_t i = 0; i < batch.size(); ++i) {
      linker.AddDocument(static_cast<uint32_t>(ndocs + i), batch[i], xs[i].mentions, mention_sig);
      claims += xs[i].claims.size();
      mentions += xs[i].mentions.size();
    }
    auto d = Clock::now();
    t_text += Seconds(a, b);
    t_extract += Seconds(b, c);
    t_add += Seconds(c, d);
    for (const auto& doc : batch) {
      mb += doc.text.size() / 1e6;
    }
    ndocs += batch.size();
    batch.clear();
    batch_bytes = 0;
    t_batches += Seconds(a, Clock::now());
  };
  ingest::Reader reader;
  auto t0 = Clock::now();
  reader.Read(
      inputs,
      [&](model::Document&& d) {
        batch_bytes += d.text.size();
        batch.push_back(std::move(d));
        if (batch.size() == kBatchDocs || batch_bytes >= kBatchBytes) {
          process();
        }
      },
      [&](const ingest::Skip&) { ++skipped; });
  if (!batch.empty()) {
    process();
  }
  auto t1 = Clock::now();
  std::vector<int32_t> sig_entity;
  model::EntityTable table = linker.Resolve(nullptr, &sig_entity);
  auto t2 = Clock::now();
  const double t_read = Seconds(t0, t1) - t_batches;
  const double t_link = t_add + Seconds(t1, t2);
  const double t_prewrite = t_read + t_text + t_extract + t_link;
  const long prewrite_rss = PeakRssMb();
  const size_t entities = table.entities.size();

  if (breakdown) {
    Row("  entities", te, mb, ndocs, prewrite_rss);
    Row("  times", tt, mb, ndocs, prewrite_rss);
    Row("  quantity", tq, mb, ndocs, prewrite_rss);
    Row("  attrib", ta, mb, ndocs, prewrite_rss);
  }
  auto stages = [&] {
    Row("read", t_read, mb, ndocs, prewrite_rss);
    Row("text", t_text, mb, ndocs, prewrite_rss);
    Row("extract", t_extract, mb, ndocs, prewrite_rss);
    Row("link", t_link, mb, ndocs, prewrite_rss);
  };
  if (!write) {
    std::printf(
        "corpus: %zu documents (%zu skipped), %.1f MB of text; %zu mentions, %zu claims, "
        "%zu entities\n",
        ndocs, skipped, mb, mentions, claims, entities);
    stages();
    Row("pre-write", t_prewrite, mb, ndocs, prewrite_rss);
    return 0;
  }
  // Pass 2, writing: every document, extraction and the entity table in
  // memory, linked in id order (as the pipeline writes), then written; only
  // the writing is timed here.
  std::vector<model::Document> docs;
  ingest::Reader writer_reader;  // a reader of its own: the first saw every id
  writer_reader.Read(
      inputs, [&](model::Document&& d) { docs.push_back(std::move(d)); },
      [&](const ingest::Skip&) {});
  xs.assign(docs.size(), {});
  for (size_t i = 0; i < docs.size(); ++i) {
    xs[i] = extractor.Run(docs[i], text::Segment(docs[i].text, docs[i].title));
  }
  std::vector<uint32_t> order(docs.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](uint32_t a, uint32_t b) { return docs[a].id < docs[b].id; });
  link::Linker writer_linker(*kb);
  for (uint32_t i = 0; i < order.size(); ++i) {
    writer_linker.AddDocument(i, docs[order[i]], xs[order[i]].mentions);
  }
  table = writer_linker.Resolve();
  table.mention_entity.resize(order.size());

  auto t4 = Clock::now();
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

  const double t_write = Seconds(t4, t5);
  std::printf(
      "corpus: %zu documents (%zu skipped), %.1f MB of text; %zu mentions, %zu claims, "
      "%zu entities, %llu triples\n",
      ndocs, skipped, mb, mentions, claims, entities,
      static_cast<unsigned long long>((*em)->triple_count()));
  stages();
  Row("write", t_write, mb, ndocs);
  Row("pre-write", t_prewrite, mb, ndocs, prewrite_rss);
  Row("total", t_prewrite + t_write, mb, ndocs);
  return 0;
}
