#include "pipeline/keyed_link.h"

#include <algorithm>
#include <atomic>
#include <numeric>
#include <string>
#include <thread>
#include <tuple>
#include <unordered_map>

namespace claimgraph::pipeline {

model::EntityTable LinkByBlockingKeys(std::shared_ptr<const kb::KnowledgeBase> kb,
                                      std::vector<link::DocumentLocals> docs, unsigned partitions,
                                      unsigned jobs, KeyedLinkStats* stats) {
  const size_t n_docs = docs.size();
  return CombinePartitions(LinkPartitions(std::move(kb), std::move(docs), partitions, jobs, stats),
                           n_docs);
}

std::vector<LinkedPartition> LinkPartitions(std::shared_ptr<const kb::KnowledgeBase> kb,
                                            std::vector<link::DocumentLocals> docs,
                                            unsigned partitions, unsigned jobs,
                                            KeyedLinkStats* stats, int only) {
  partitions = std::max(1u, partitions);
  // 1. Components of the key graph: a union-find over every local entity
  // (global number = base[d] + l), joined through each key's first holder.
  std::vector<uint32_t> base(docs.size() + 1, 0);
  for (size_t d = 0; d < docs.size(); ++d) {
    base[d + 1] = base[d] + static_cast<uint32_t>(docs[d].locals.size());
  }
  const uint32_t n = base[docs.size()];
  std::vector<uint32_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  auto find = [&](uint32_t x) {
    while (parent[x] != x) {
      x = parent[x] = parent[parent[x]];
    }
    return x;
  };
  {
    // Keys by their 64-bit hash: a collision only joins two components that
    // could have stayed apart, which never changes the result.
    std::unordered_map<uint64_t, uint32_t> holder;
    holder.reserve(n * 2);
    const std::hash<std::string> hash;
    for (size_t d = 0; d < docs.size(); ++d) {
      for (size_t l = 0; l < docs[d].locals.size(); ++l) {
        const uint32_t v = base[d] + static_cast<uint32_t>(l);
        for (const auto& key : link::BlockingKeys(docs[d].locals[l])) {
          auto [it, fresh] = holder.emplace(hash(key), v);
          if (!fresh) {
            const uint32_t a = find(it->second), b = find(v);
            if (a != b) {
              parent[std::max(a, b)] = std::min(a, b);
            }
          }
        }
      }
    }
  }
  if (stats) {
    std::vector<uint32_t> size(n, 0);
    for (uint32_t v = 0; v < n; ++v) {
      ++size[find(v)];
    }
    stats->components = 0;
    stats->largest_component = 0;
    for (uint32_t v = 0; v < n; ++v) {
      if (size[v] > 0) {
        ++stats->components;
      }
      stats->largest_component = std::max<size_t>(stats->largest_component, size[v]);
    }
  }

  // 2. Partitions of whole components, each linked on its own. A partition
  // sees, per document, only its locals (renumbered) and their evidence.
  std::vector<LinkedPartition> parts(partitions);
  std::vector<std::unique_ptr<link::Linker>> linkers;
  for (unsigned p = 0; p < partitions; ++p) {
    parts[p].original.resize(docs.size());
    linkers.push_back(std::make_unique<link::Linker>(kb));
  }
  auto wanted = [&](unsigned p) { return only < 0 || static_cast<unsigned>(only) == p; };
  for (size_t d = 0; d < docs.size(); ++d) {
    link::DocumentLocals& doc = docs[d];
    std::vector<link::DocumentLocals> split(partitions);
    std::vector<uint32_t> sub_of(doc.locals.size());
    for (size_t l = 0; l < doc.locals.size(); ++l) {
      const unsigned p = find(base[d] + static_cast<uint32_t>(l)) % partitions;
      sub_of[l] = static_cast<uint32_t>(split[p].locals.size());
      if (!wanted(p)) {
        continue;
      }
      parts[p].original[d].push_back(static_cast<uint32_t>(l));
      split[p].locals.push_back(std::move(doc.locals[l]));
    }
    for (auto& m : doc.merges) {
      if (m.local >= sub_of.size()) {
        continue;
      }
      const unsigned p = find(base[d] + m.local) % partitions;
      if (!wanted(p)) {
        continue;
      }
      m.local = sub_of[m.local];
      split[p].merges.push_back(std::move(m));
    }
    for (unsigned p = 0; p < partitions; ++p) {
      if (split[p].locals.empty()) {
        continue;
      }
      split[p].id = doc.id;
      split[p].mention_local.resize(split[p].locals.size());
      std::iota(split[p].mention_local.begin(), split[p].mention_local.end(), 0);
      linkers[p]->AddLocals(static_cast<uint32_t>(d), std::move(split[p]));
    }
    doc.locals.clear();
    doc.merges.clear();
  }
  {
    std::atomic<unsigned> next{0};
    auto work = [&] {
      for (unsigned p = next++; p < partitions; p = next++) {
        if (wanted(p)) {
          parts[p].table = linkers[p]->Resolve(&parts[p].origins);
        }
        linkers[p].reset();
      }
    };
    const unsigned threads = std::max(1u, std::min(jobs, partitions));
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) {
      pool.emplace_back(work);
    }
    work();
    for (auto& t : pool) {
      t.join();
    }
  }

  return parts;
}

model::EntityTable CombinePartitions(std::vector<LinkedPartition> parts, size_t n_docs) {
  const auto partitions = static_cast<unsigned>(parts.size());
  // 3. Keys numbered across partitions as Resolve() numbers them: entities
  // sharing a key by first appearance (document id, offset), then label.
  struct Ref {
    unsigned p;
    uint32_t i;
  };
  std::vector<Ref> refs;
  for (unsigned p = 0; p < partitions; ++p) {
    for (uint32_t i = 0; i < parts[p].table.entities.size(); ++i) {
      refs.push_back({p, i});
    }
  }
  auto origin = [&](const Ref& r) -> const link::EntityOrigin& { return parts[r.p].origins[r.i]; };
  auto entity = [&](const Ref& r) -> model::Entity& { return parts[r.p].table.entities[r.i]; };
  std::sort(refs.begin(), refs.end(), [&](const Ref& a, const Ref& b) {
    const auto& x = origin(a);
    const auto& y = origin(b);
    return std::tie(x.base_key, x.first_doc, x.first_offset, entity(a).label) <
           std::tie(y.base_key, y.first_doc, y.first_offset, entity(b).label);
  });
  {
    std::vector<std::string*> keys;
    keys.reserve(refs.size());
    for (const Ref& r : refs) {
      entity(r).key = origin(r).base_key;
      keys.push_back(&entity(r).key);
    }
    link::NumberSharedKeys(keys);
  }
  std::sort(refs.begin(), refs.end(),
            [&](const Ref& a, const Ref& b) { return entity(a).key < entity(b).key; });
  std::vector<std::vector<int32_t>> global(partitions);
  for (unsigned p = 0; p < partitions; ++p) {
    global[p].resize(parts[p].table.entities.size());
  }
  model::EntityTable table;
  table.entities.reserve(refs.size());
  for (const Ref& r : refs) {
    global[r.p][r.i] = static_cast<int32_t>(table.entities.size());
    table.entities.push_back(std::move(entity(r)));
  }
  for (unsigned p = 0; p < partitions; ++p) {
    for (auto& m : parts[p].table.merges) {
      m.entity = static_cast<uint32_t>(global[p][m.entity]);
      table.merges.push_back(m);
    }
    // The rows' strings are views into the partition's arenas.
    for (base::StringArena& arena : parts[p].table.text) {
      table.text.push_back(std::move(arena));
    }
  }
  std::sort(table.merges.begin(), table.merges.end(),
            [](const model::MergeEvidence& a, const model::MergeEvidence& b) {
              return std::tie(a.entity, a.left, a.right, a.kind) <
                     std::tie(b.entity, b.left, b.right, b.kind);
            });
  table.mention_entity.resize(n_docs);
  for (size_t d = 0; d < n_docs; ++d) {
    auto& out = table.mention_entity[d];
    for (unsigned p = 0; p < partitions; ++p) {
      if (d >= parts[p].original.size()) {
        continue;
      }
      const auto& orig = parts[p].original[d];
      if (orig.empty()) {
        continue;
      }
      if (d >= parts[p].table.mention_entity.size()) {
        continue;
      }
      const auto& ents = parts[p].table.mention_entity[d];
      for (size_t sub = 0; sub < orig.size(); ++sub) {
        if (out.size() <= orig[sub]) {
          out.resize(orig[sub] + 1, -1);
        }
        if (sub < ents.size() && ents[sub] >= 0) {
          out[orig[sub]] = global[p][ents[sub]];
        }
      }
    }
  }
  return table;
}

}  // namespace claimgraph::pipeline
