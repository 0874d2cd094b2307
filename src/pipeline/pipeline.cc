#include "pipeline/pipeline.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <thread>

#include "base/memory.h"
#include "extract/extract.h"
#include "ingest/ingest.h"
#include "kb/kb.h"
#include "link/link.h"
#include "model/extraction.h"
#include "pipeline/doc_ids.h"
#include "pipeline/spool.h"
#include "pipeline/state.h"
#include "pipeline/tables.h"
#include "text/text.h"

namespace claimgraph::pipeline {

namespace {

using Clock = std::chrono::steady_clock;

struct Processed {
  model::Document doc;
  model::Extraction x;
  link::DocumentLocals locals;  // shard mode: the within-document linking
  // A new document's mention -> signature (the linker's, kept in the spool).
  std::vector<int32_t> mention_sig;
};

// Sum of the sizes of the regular files under the inputs, for the progress ETA
// (measured against the text extracted so far, so the ETA errs long for markup
// and JSON, whose files are larger than their text).
uint64_t InputBytes(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  uint64_t total = 0;
  std::error_code ec;
  for (const auto& in : inputs) {
    if (in == "-") {
      continue;
    }
    if (fs::is_directory(in, ec)) {
      for (auto it = fs::recursive_directory_iterator(in, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec)) {
          total += it->file_size(ec);
        }
      }
    } else if (fs::is_regular_file(in, ec)) {
      total += fs::file_size(in, ec);
    }
  }
  return total;
}

class Progress {
 public:
  Progress(bool on, uint64_t total) : on_(on), total_(total), start_(Clock::now()) {}
  void Update(uint64_t docs, uint64_t bytes, bool force = false) {
    if (!on_) {
      return;
    }
    auto now = Clock::now();
    if (!force && now - last_ < std::chrono::milliseconds(200)) {
      return;
    }
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    double mbps = secs > 0 ? bytes / 1e6 / secs : 0;
    std::string eta = "?";
    if (total_ > 0 && bytes > 0 && mbps > 0 && bytes <= total_) {
      eta = std::to_string(static_cast<long>((total_ - bytes) / 1e6 / mbps)) + "s";
    }
    std::fprintf(stderr, "\r\033[Kclaimgraph: %llu documents, %.1f MB, %.1f MB/s, ETA %s",
                 static_cast<unsigned long long>(docs), bytes / 1e6, mbps, eta.c_str());
  }
  void Done() {
    if (on_) {
      std::fprintf(stderr, "\r\033[K");
    }
  }

 private:
  bool on_;
  uint64_t total_;
  Clock::time_point start_;
  Clock::time_point last_{};
};

// Segments and extracts a batch of documents on `jobs` threads, each taking
// the next group of Extractor::kGroup documents; results keep the batch order.
void ExtractBatch(std::vector<Processed>& batch, size_t from, const extract::Extractor& ex,
                  unsigned jobs, bool cluster) {
  constexpr size_t kGroup = extract::Extractor::kGroup;
  std::atomic<size_t> next{from};
  auto work = [&] {
    // This thread's, their memory reused from group to group.
    std::vector<model::TextLayer> layers(kGroup);
    std::vector<extract::Extractor::Job> group;
    for (size_t first = next.fetch_add(kGroup); first < batch.size();
         first = next.fetch_add(kGroup)) {
      const size_t n = std::min(kGroup, batch.size() - first);
      group.clear();
      for (size_t k = 0; k < n; ++k) {
        Processed& p = batch[first + k];
        text::Segment(p.doc.text, p.doc.title, layers[k]);
        group.push_back({&p.doc, &layers[k], &p.x});
      }
      ex.Run(group);
      for (size_t k = 0; cluster && k < n; ++k) {
        Processed& p = batch[first + k];
        p.locals = link::ClusterDocument(p.doc, p.x.mentions);
      }
    }
  };
  if (jobs <= 1 || batch.size() - from <= kGroup) {
    work();
    return;
  }
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < jobs; ++t) {
    threads.emplace_back(work);
  }
  for (auto& t : threads) {
    t.join();
  }
}

}  // namespace

Result<Summary> Run(const Options& options, std::ostream& log) {
  if (!options.merge_from.empty() && !options.incremental) {
    // Shards of this version hold text tables; those of earlier versions a
    // state file (merged by the path below).
    size_t tables = 0;
    for (const auto& dir : options.merge_from) {
      std::error_code ec;
      if (IsTableShard(dir)) {
        ++tables;
      } else if (!std::filesystem::exists(dir + "/.claimgraph/state", ec)) {
        return Status::Error(dir +
                             " is not a shard folder (no shard.tsv; write it with "
                             "`claimgraph shard INPUT -o " +
                             dir + "`)");
      }
    }
    if (tables == options.merge_from.size()) {
      return MergeTableShards(options, log);
    }
    if (tables > 0) {
      return Status::Error("cannot merge shards of two formats; re-shard the older ones");
    }
  }
  const auto start = Clock::now();
  Summary summary;

  auto kb = kb::KnowledgeBase::LoadEmbedded();
  if (!kb.ok()) {
    return Status::Error("knowledge base: " + kb.status().message());
  }
  // Freed once every document is extracted, as is the reader (its ids).
  auto extractor = std::make_unique<extract::Extractor>(*kb);

  // shard: each document's triples (local entities as placeholders) and its
  // rows of the text tables (tables.h) for a later `claimgraph merge`.
  std::unique_ptr<emit::GraphEmitter> emitter;
  std::unique_ptr<emit::ShardEmitter> shard;
  std::unique_ptr<ShardTables> tables;
  if (options.shard) {
    auto e = emit::ShardEmitter::Open(options.out_dir, options.emit);
    if (!e.ok()) {
      return e.status();
    }
    shard = std::move(*e);
    auto t = ShardTables::Create(options.out_dir);
    if (!t.ok()) {
      return t.status();
    }
    tables = std::move(*t);
  } else {
    auto e = emit::GraphEmitter::Open(options.out_dir, options.emit);
    if (!e.ok()) {
      return e.status();
    }
    emitter = std::move(*e);
  }
  auto fail = [&](Status st) -> Result<Summary> {
    if (emitter) {
      emitter->Abort();
    }
    if (shard) {
      shard->Abort();
    }
    return st;
  };

  auto spool = Spool::Create(options.out_dir);
  if (!spool.ok()) {
    return fail(spool.status());
  }
  link::Linker linker(*kb);
  // Every document's id, number and origin, on disk: the duplicate check (of
  // the stored documents, and of the new ones when they are linked).
  auto ids = DocIds::Create(options.out_dir);
  if (!ids.ok()) {
    return fail(ids.status());
  }
  DocIds& seen = **ids;

  // Where each document waiting for the graph is, found by its number (the
  // linker's document index), which is its arrival number. The documents
  // stored by an earlier run or a shard arrive first: number d < stored.size()
  // is stored[d]. A new document keeps nothing in memory: its spool record
  // is found by its number, and its id, number and origin are in `seen`,
  // which gives the order to write documents in.
  struct Stored {
    const StateFile* state = nullptr;
    const StateFile::Entry* entry = nullptr;
    uint64_t entities = 0;  // its mentions' entities begin here in stored_entities
  };
  std::vector<Stored> stored;
  auto skip = [&](std::string where, std::string reason) {
    log << "claimgraph: skipped " << where << ": " << reason << "\n";
    summary.skipped.push_back({std::move(where), std::move(reason)});
  };

  // 0. documents stored by earlier --into runs (OUT itself) and by shards
  // (merge): re-linked, never re-extracted.
  std::vector<std::unique_ptr<StateFile>> states;
  const StateFile* own_state = nullptr;
  std::vector<std::string> state_dirs = options.merge_from;
  if (options.incremental) {
    state_dirs.insert(state_dirs.begin(), options.out_dir);
  }
  for (size_t k = 0; k < state_dirs.size(); ++k) {
    std::vector<bool> keep;
    uint32_t added = 0;
    auto opened =
        StateFile::Open(state_dirs[k], [&](const model::Document& d, const model::Extraction& x) {
          const auto index = static_cast<uint32_t>(stored.size()) + added;
          const bool fresh = !seen.Insert(d.id, index, "");
          keep.push_back(fresh);
          if (fresh) {
            linker.AddDocument(index, d, x.mentions);
            ++added;
          }
        });
    if (!opened.ok()) {
      return fail(opened.status());
    }
    const StateFile* sf = opened->get();
    if (options.incremental && k == 0) {
      own_state = sf;
    }
    for (size_t i = 0; i < sf->entries().size(); ++i) {
      const auto& e = sf->entries()[i];
      if (!keep[i]) {
        skip(state_dirs[k] + ":" + e.doc_id,
             "document id '" + e.doc_id + "' already read from another shard");
        continue;
      }
      stored.push_back({sf, &e});
    }
    states.push_back(std::move(*opened));
  }
  summary.stored_documents = stored.size();

  // 1. ingest -> text -> extract, streaming in batches; each document then
  // waits in the spool file while the linker keeps only its signatures.
  std::vector<Processed> batch;
  Progress progress(options.progress, InputBytes(options.inputs));
  const unsigned jobs = std::max(1u, options.jobs);
  constexpr size_t kBatchDocs = 256;
  constexpr uint64_t kBatchBytes = 8u << 20;
  uint64_t batch_bytes = 0;
  uint64_t extracted = 0;
  uint64_t text_bytes = 0;  // of the documents extracted so far, for the progress line
  uint64_t linked = 0;      // new documents given to the linker
  Status failure;
  // The serial part, in arrival order: the shard tables, or the linker's
  // index and the spool.
  auto take = [&](std::vector<Processed>& done) {
    for (auto& p : done) {
      ++extracted;
      summary.mentions += p.x.mentions.size();
      summary.claims += p.x.claims.size();
      summary.times += p.x.times.size();
      summary.quantities += p.x.quantities.size();
      if (shard) {
        shard->AddDocument(p.doc, p.x, p.locals.mention_local,
                           static_cast<uint32_t>(p.locals.locals.size()));
        tables->Append(p.doc, p.x, p.locals);
        continue;
      }
      const auto index = static_cast<uint32_t>(stored.size() + linked++);
      linker.AddDocument(index, p.doc, p.x.mentions, p.mention_sig);
      auto rec = spool->Append(p.doc, p.x, p.mention_sig);
      if (!rec.ok() && failure.ok()) {
        failure = rec.status();
      }
    }
    done.clear();
  };
  // --jobs 1: each batch is extracted, then taken. --jobs N: a batch is
  // extracted on N threads while this thread takes the one before and reads
  // the next.
  std::vector<Processed> in_flight, done;
  std::thread extracting;
  auto flush = [&] {
    if (jobs <= 1) {
      ExtractBatch(batch, 0, *extractor, jobs, shard != nullptr);
      take(batch);
    } else {
      if (extracting.joinable()) {
        extracting.join();
      }
      done.swap(in_flight);
      in_flight.swap(batch);
      if (!in_flight.empty()) {
        extracting =
            std::thread([&] { ExtractBatch(in_flight, 0, *extractor, jobs, shard != nullptr); });
      }
      take(done);
    }
    text_bytes += batch_bytes;
    batch.clear();
    batch_bytes = 0;
    progress.Update(extracted, text_bytes);
  };
  auto drain = [&] {
    flush();  // the last batch into flight
    flush();  // and taken
  };

  // Duplicate ids, for a graph and a shard alike: in `seen`, on disk,
  // adding each new id with where it was read as it is read (so a duplicate
  // is never extracted). A stored document's id read again is not a
  // duplicate, but "already in the graph"; where it was read is kept (in
  // reread) for a second copy of it, which is.
  ingest::ReaderOptions reader_options;
  reader_options.check_duplicate_ids = false;
  uint64_t accepted = 0;  // new documents numbered
  std::map<std::string, std::string, std::less<>> reread;
  auto already_read = [&](const model::Document& d) -> bool {
    const auto index = static_cast<uint32_t>(stored.size() + accepted);
    const auto first = seen.Insert(d.id, index, d.origin);
    if (!first) {
      ++accepted;
      return false;
    }
    if (first->number >= stored.size()) {
      skip(d.origin, ingest::DuplicateIdReason(d.id, first->origin));
    } else if (auto [it, fresh] = reread.emplace(d.id, d.origin); !fresh) {
      skip(d.origin, ingest::DuplicateIdReason(d.id, it->second));
    } else {
      // Checked before extraction: a stored document is never redone.
      skip(d.origin,
           "id '" + d.id + "' is already in the graph" + " (an updated article needs a new id)");
    }
    return true;
  };
  auto reader = std::make_unique<ingest::Reader>(reader_options);
  summary.bytes = reader->Read(
      options.inputs,
      [&](model::Document&& d) {
        if (already_read(d)) {
          return;
        }
        batch_bytes += d.text.size();
        batch.push_back({std::move(d), {}});
        if (batch.size() >= kBatchDocs || batch_bytes >= kBatchBytes) {
          flush();
        }
      },
      [&](const ingest::Skip& s) { skip(s.where, s.reason); },
      [&](const ingest::Warning& w) {
        if (!options.quiet) {
          log << "claimgraph: warning: " << w.where << ": " << w.message << "\n";
        }
      });
  drain();
  progress.Done();
  reader.reset();
  extractor.reset();
  reread.clear();
  base::ReleaseFreedMemory();
  for (std::vector<Processed>* v : {&batch, &in_flight, &done}) {
    std::vector<Processed>().swap(*v);
  }
  if (failure.ok()) {
    failure = seen.status();
  }
  if (failure.ok()) {
    failure = spool->Flush();
  }
  if (!failure.ok()) {
    return fail(failure);
  }
  summary.documents = extracted;
  summary.inputs_seen = summary.documents + summary.skipped.size();

  if (shard) {
    Status st = shard->Finish();
    if (!st.ok()) {
      return fail(st);
    }
    st = tables->Commit(options.emit.data_base, extracted);
    if (!st.ok()) {
      return st;
    }
    summary.triples = shard->triple_count();
    summary.files = shard->files();
    for (const char* name :
         {"documents.tsv", "mentions.tsv", "merges.tsv", "keys.tsv", "claims.tsv", "shard.tsv"}) {
      summary.files.push_back(options.out_dir + "/" + name);
    }
    summary.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return summary;
  }

  // 2. link. The linker's result does not depend on the order documents
  // arrived in; 3. emit in doc-id order (the numbers as `seen` sorts them
  // on disk), so the bytes do not either.
  failure = seen.Sort();
  if (!failure.ok()) {
    return fail(failure);
  }
  base::ReleaseFreedMemory();
  std::vector<int32_t> sig_entity;  // a new document's signatures' entities
  model::EntityTable table = linker.Resolve(nullptr, &sig_entity);
  base::ReleaseFreedMemory();
  // Resolve gives a mention index only for the stored documents (the first
  // numbers); the new ones' is in their spool records.
  table.mention_entity.resize(stored.size());
  std::unique_ptr<StateWriter> next_state;
  std::map<std::string, std::string> formers;
  if (options.incremental) {
    std::vector<const std::vector<std::string>*> old_keys(stored.size(), nullptr);
    for (size_t d = 0; d < stored.size(); ++d) {
      if (stored[d].state == own_state) {
        old_keys[d] = &stored[d].entry->mention_keys;
      }
    }
    formers = CarryFormerKeys(old_keys, own_state->formers(), table);
    auto w = StateWriter::Create(options.out_dir);
    if (!w.ok()) {
      return fail(w.status());
    }
    next_state = std::move(*w);
  }
  // Each stored document's entity numbers in one flat array, not a vector
  // each (whose header and slack cost more than its numbers), until the
  // graph is written; a new document's mentions find theirs through their
  // signatures (the mention -> signature array is in its spool record).
  std::vector<int32_t> stored_entities;
  {
    uint64_t total = 0;
    for (const auto& ents : table.mention_entity) {
      total += ents.size();
    }
    stored_entities.reserve(total);
    for (size_t d = 0; d < stored.size(); ++d) {
      stored[d].entities = stored_entities.size();
      stored_entities.insert(stored_entities.end(), table.mention_entity[d].begin(),
                             table.mention_entity[d].end());
    }
    std::vector<std::vector<int32_t>>().swap(table.mention_entity);
    base::ReleaseFreedMemory();
  }
  // Document `index`'s mention -> entity array, once `p` is read.
  auto entities_of = [&](uint32_t index, const Processed& p,
                         std::vector<int32_t>& out) -> const std::vector<int32_t>& {
    if (index < stored.size()) {
      const uint64_t end =
          index + 1 < stored.size() ? stored[index + 1].entities : stored_entities.size();
      out.assign(stored_entities.begin() + static_cast<std::ptrdiff_t>(stored[index].entities),
                 stored_entities.begin() + static_cast<std::ptrdiff_t>(end));
      return out;
    }
    out.resize(p.mention_sig.size());
    for (size_t m = 0; m < out.size(); ++m) {
      const int32_t sig = p.mention_sig[m];
      out[m] = sig >= 0 && static_cast<size_t>(sig) < sig_entity.size() ? sig_entity[sig] : -1;
    }
    return out;
  };
  // Documents are read in doc-id order, not copied into it.
  auto read = [&](uint32_t index, Processed& p) {
    if (index < stored.size()) {
      return stored[index].state->Read(stored[index].entry->record, p.doc, p.x);
    }
    auto rec = spool->Find(index - stored.size());
    if (!rec.ok()) {
      return rec.status();
    }
    return spool->Read(*rec, p.doc, p.x, p.mention_sig);
  };
  // Each entity's documents, counted again as the documents are written (the
  // linker counts a new document once per signature of the entity in it).
  for (model::Entity& e : table.entities) {
    e.document_count = 0;
  }
  std::vector<uint32_t> counted_in(table.entities.size(), UINT32_MAX);
  uint32_t written = 0;
  auto count_documents = [&](const std::vector<int32_t>& ents) {
    for (const int32_t e : ents) {
      if (e >= 0 && counted_in[e] != written) {
        counted_in[e] = written;
        ++table.entities[e].document_count;
      }
    }
    ++written;
  };
  // After the emitter has the document: its row of the next --into state.
  auto keep_state = [&](const Processed& p, const std::vector<int32_t>& ents) -> Status {
    if (!next_state) {
      return Status::Ok();
    }
    std::vector<std::string> keys(p.x.mentions.size());
    for (size_t m = 0; m < keys.size() && m < ents.size(); ++m) {
      if (ents[m] >= 0) {
        keys[m] = table.entities[ents[m]].key;
      }
    }
    return next_state->Append(p.doc, p.x, keys);
  };
  // --jobs N: windows of documents are read back and written on N threads,
  // then added in doc-id order (the same bytes as one thread).
  std::vector<std::unique_ptr<emit::DocumentRenderer>> renderers;
  for (unsigned t = 0; jobs > 1 && t < jobs; ++t) {
    auto r = emitter->NewRenderer(table);
    if (r == nullptr) {
      renderers.clear();
      break;
    }
    renderers.push_back(std::move(r));
  }
  if (renderers.empty()) {
    Processed p;
    std::vector<int32_t> scratch;
    for (uint32_t index = 0; seen.Next(index);) {
      Status st = read(index, p);
      if (!st.ok()) {
        return fail(st);
      }
      const auto& ents = entities_of(index, p, scratch);
      count_documents(ents);
      emitter->AddDocument(p.doc, p.x, ents, table);
      st = keep_state(p, ents);
      if (!st.ok()) {
        return fail(st);
      }
    }
  } else {
    struct Slot {
      Processed p;
      std::vector<int32_t> ents;
      Status st;
      std::unique_ptr<emit::RenderedDocument> rendered;
    };
    const size_t window = 64 * renderers.size();
    std::vector<Slot> slots(window);
    std::vector<uint32_t> order(window);  // the window's documents
    for (;;) {
      size_t n = 0;
      while (n < window && seen.Next(order[n])) {
        ++n;
      }
      if (n == 0) {
        break;
      }
      std::atomic<size_t> next{0};
      auto work = [&](emit::DocumentRenderer& renderer) {
        for (size_t i = next++; i < n; i = next++) {
          const uint32_t index = order[i];
          Slot& slot = slots[i];
          slot.st = read(index, slot.p);
          if (slot.st.ok()) {
            slot.rendered =
                renderer.Render(slot.p.doc, slot.p.x, entities_of(index, slot.p, slot.ents), table);
          }
        }
      };
      std::vector<std::thread> threads;
      for (size_t t = 1; t < renderers.size(); ++t) {
        threads.emplace_back(work, std::ref(*renderers[t]));
      }
      work(*renderers[0]);
      for (auto& t : threads) {
        t.join();
      }
      for (size_t i = 0; i < n; ++i) {
        Slot& slot = slots[i];
        if (!slot.st.ok()) {
          return fail(slot.st);
        }
        const auto& ents = slot.ents;
        count_documents(ents);
        emitter->AddRendered(slot.p.doc, slot.p.x, ents, table, *slot.rendered);
        slot.rendered.reset();
        Status st = keep_state(slot.p, ents);
        if (!st.ok()) {
          return fail(st);
        }
      }
    }
  }
  if (!seen.status().ok()) {
    return fail(seen.status());
  }
  Status st = emitter->Finish(table);
  if (!st.ok()) {
    return fail(st);
  }
  if (next_state) {
    st = next_state->Commit(formers);
    if (!st.ok()) {
      return st;
    }
  }

  summary.entities = table.entities.size();
  summary.triples = emitter->triple_count();
  summary.files = emitter->files();
  summary.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return summary;
}

}  // namespace claimgraph::pipeline
