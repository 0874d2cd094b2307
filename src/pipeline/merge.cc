// `claimgraph merge` over table shards (tables.h): the tables in, the graph
// out, the texts never read again.
#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include "base/memory.h"
#include "base/numbers.h"
#include "emit/emit.h"
#include "kb/kb.h"
#include "link/link.h"
#include "pipeline/keyed_link.h"
#include "pipeline/pipeline.h"
#include "pipeline/tables.h"

namespace claimgraph::pipeline {

namespace {

// The data base as the writers normalise it (a '/' appended unless it ends
// in '/' or '#'), so "https://x/data" and "https://x/data/" agree.
std::string NormalBase(std::string b) {
  if (!b.empty() && b.back() != '/' && b.back() != '#') {
    b.push_back('/');
  }
  return b;
}

}  // namespace

// A linked partition as text (OUT/partition-K-of-P.tsv), rows:
//   E index base_key first_doc first_offset type label kb_iri mentions documents alias...
//   M entity kind confidence left_doc right_doc left right
//   A doc_id local entity
Status WritePartition(const std::string& path, const LinkedPartition& part,
                      const std::vector<std::string>& doc_ids) {
  std::string out;
  auto field = [&](std::string_view v) {
    out.push_back('\t');
    emit::AppendTsvField(out, v);
  };
  auto number = [&](double v) {
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.push_back('\t');
    out.append(buf, r.ptr);
  };
  const auto& ents = part.table.entities;
  for (size_t i = 0; i < ents.size(); ++i) {
    const auto& e = ents[i];
    const auto& o = part.origins[i];
    out += "E\t" + std::to_string(i);
    field(o.base_key);
    field(o.first_doc);
    out += "\t" + std::to_string(o.first_offset) + "\t" + std::to_string(static_cast<int>(e.type));
    field(e.label);
    field(e.kb_iri);
    out += "\t" + std::to_string(e.mention_count) + "\t" + std::to_string(e.document_count);
    for (const auto& a : e.aliases) {
      field(a);
    }
    out.push_back('\n');
  }
  for (const auto& m : part.table.merges) {
    out += "M\t" + std::to_string(m.entity);
    field(m.kind);
    number(m.confidence);
    field(m.left_doc);
    field(m.right_doc);
    field(m.left);
    field(m.right);
    out.push_back('\n');
  }
  for (size_t d = 0; d < part.original.size() && d < part.table.mention_entity.size(); ++d) {
    const auto& orig = part.original[d];
    const auto& me = part.table.mention_entity[d];
    for (size_t sub = 0; sub < orig.size() && sub < me.size(); ++sub) {
      out += "A";
      field(doc_ids[d]);
      out += "\t" + std::to_string(orig[sub]) + "\t" + std::to_string(me[sub]) + "\n";
    }
  }
  const std::string tmp = path + ".tmp";
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  const bool ok = f && std::fwrite(out.data(), 1, out.size(), f) == out.size();
  if ((f && std::fclose(f) != 0) || !ok || std::rename(tmp.c_str(), path.c_str()) != 0) {
    return Status::Error(path + ": write failed: " + std::strerror(errno));
  }
  return Status::Ok();
}

Status ReadPartition(const std::string& path,
                     const std::unordered_map<std::string, uint32_t>& index_of,
                     LinkedPartition& part) {
  const size_t n_docs = index_of.size();
  part.original.assign(n_docs, {});
  part.table.mention_entity.assign(n_docs, {});
  auto num = [](std::string_view s, auto& out) { return base::ParseWhole(s, out); };
  // The merge rows' strings and the entities' labels and aliases, kept once read
  // (their views point here).
  base::StringArena& text = part.table.text.emplace_back();
  auto keep = [&](std::string_view field) {
    const std::string s = emit::UnescapeTsvField(field);
    return text.Get(text.Add(s), s.size());
  };
  const auto slash = path.rfind('/');
  return ReadTable(
      path.substr(0, slash), path.substr(slash + 1), [&](const std::vector<std::string_view>& f) {
        if (f[0] == "E" && f.size() >= 11) {
          size_t i = 0;
          int type = 0;
          model::Entity e;
          link::EntityOrigin o;
          if (!num(f[1], i) || i != part.table.entities.size() || !num(f[4], o.first_offset) ||
              !num(f[5], type) || type < 0 || type >= model::kEntityTypeCount ||
              !num(f[8], e.mention_count) || !num(f[9], e.document_count)) {
            return false;
          }
          o.base_key = emit::UnescapeTsvField(f[2]);
          o.first_doc = emit::UnescapeTsvField(f[3]);
          e.type = static_cast<model::EntityType>(type);
          e.label = keep(f[6]);
          e.kb_iri = emit::UnescapeTsvField(f[7]);
          for (size_t k = 10; k < f.size(); ++k) {
            e.aliases.push_back(keep(f[k]));
          }
          e.key = o.base_key;
          part.table.entities.push_back(std::move(e));
          part.origins.push_back(std::move(o));
          return true;
        }
        if (f[0] == "M" && f.size() >= 8) {
          model::MergeEvidence m;
          if (!num(f[1], m.entity) || m.entity >= part.table.entities.size() ||
              !num(f[3], m.confidence)) {
            return false;
          }
          m.kind = keep(f[2]);
          m.left_doc = keep(f[4]);
          m.right_doc = keep(f[5]);
          m.left = keep(f[6]);
          m.right = keep(f[7]);
          part.table.merges.push_back(std::move(m));
          return true;
        }
        if (f[0] == "A" && f.size() >= 4) {
          auto it = index_of.find(emit::UnescapeTsvField(f[1]));
          uint32_t local = 0;
          int32_t entity = 0;
          if (it == index_of.end() || !num(f[2], local) || !num(f[3], entity) ||
              entity >= static_cast<int32_t>(part.table.entities.size())) {
            return false;
          }
          part.original[it->second].push_back(local);
          part.table.mention_entity[it->second].push_back(entity);
          return true;
        }
        return false;
      });
}

Result<Summary> MergeTableShards(const Options& options, std::ostream& log) {
  const auto start = std::chrono::steady_clock::now();
  Summary summary;
  auto kb = kb::KnowledgeBase::LoadEmbedded();
  if (!kb.ok()) {
    return Status::Error("knowledge base: " + kb.status().message());
  }
  std::vector<link::DocumentLocals> all_docs;  // by linker index
  auto skip = [&](std::string where, std::string reason) {
    log << "claimgraph: skipped " << where << ": " << reason << "\n";
    summary.skipped.push_back({std::move(where), std::move(reason)});
  };

  // 1. The mention tables, shard by shard. A document id seen in an earlier
  // shard is skipped (its rows here and its triples in this shard's graph).
  const std::vector<std::string>& shards = options.merge_from;
  std::unordered_map<std::string, uint32_t> index_of;  // doc id -> linker index
  std::vector<std::string> doc_ids;                    // by linker index
  std::vector<uint32_t> shard_of;                      // by linker index
  std::vector<std::unordered_set<std::string>> dropped(shards.size());
  // For the GEXF network only: mentions per local, published date, claims.
  const bool gexf = options.emit.gexf;
  std::vector<std::vector<uint32_t>> local_mentions;
  std::vector<std::string> published;
  std::vector<std::vector<ShardClaim>> claims_of;
  for (size_t k = 0; k < shards.size(); ++k) {
    const std::string& dir = shards[k];
    auto info = ReadShardInfo(dir);
    if (!info.ok()) {
      return info.status();
    }
    if (NormalBase(info->base) != NormalBase(options.emit.data_base)) {
      return Status::Error(dir + ": written with --base " + info->base + ", merging with " +
                           options.emit.data_base + " (use the same --base for shard and merge)");
    }
    const uint32_t first = static_cast<uint32_t>(doc_ids.size());
    std::vector<link::DocumentLocals> docs;
    std::unordered_map<std::string, uint32_t> pos;  // doc id -> position in `docs`
    ShardDocument d;
    Status st = ReadTable(dir, "documents.tsv", [&](const std::vector<std::string_view>& f) {
      if (!ParseDocumentRow(f, d)) {
        return false;
      }
      if (!index_of.emplace(d.id, static_cast<uint32_t>(doc_ids.size())).second) {
        skip(dir + ":" + d.id, "document id '" + d.id + "' already read from another shard");
        dropped[k].insert(d.id);
        return true;
      }
      pos[d.id] = static_cast<uint32_t>(docs.size());
      doc_ids.push_back(d.id);
      shard_of.push_back(static_cast<uint32_t>(k));
      docs.emplace_back();
      docs.back().id = d.id;
      docs.back().locals.resize(d.locals);
      if (gexf) {
        published.push_back(d.published);
      }
      summary.bytes += d.bytes;
      summary.mentions += d.mentions;
      summary.claims += d.claims;
      summary.times += d.times;
      summary.quantities += d.quantities;
      return true;
    });
    if (!st.ok()) {
      return st;
    }
    std::string id;
    uint32_t local = 0;
    link::LocalEntity e;
    std::vector<uint32_t> filled(docs.size(), 0);
    st = ReadTable(dir, "mentions.tsv", [&](const std::vector<std::string_view>& f) {
      if (!ParseMentionRow(f, id, local, e)) {
        return false;
      }
      auto it = pos.find(id);
      if (it == pos.end()) {
        return dropped[k].count(id) > 0;  // a skipped duplicate
      }
      auto& locals = docs[it->second].locals;
      if (local >= locals.size()) {
        return false;
      }
      locals[local] = std::move(e);
      ++filled[it->second];
      return true;
    });
    if (!st.ok()) {
      return st;
    }
    for (size_t i = 0; i < docs.size(); ++i) {
      if (filled[i] != docs[i].locals.size()) {
        return Status::Error(dir + "/mentions.tsv: document '" + docs[i].id + "' has " +
                             std::to_string(filled[i]) + " of its " +
                             std::to_string(docs[i].locals.size()) + " local entities");
      }
    }
    link::LocalMerge m;
    st = ReadTable(dir, "merges.tsv", [&](const std::vector<std::string_view>& f) {
      if (!ParseMergeRow(f, id, m)) {
        return false;
      }
      auto it = pos.find(id);
      if (it == pos.end()) {
        return dropped[k].count(id) > 0;
      }
      docs[it->second].merges.push_back(std::move(m));
      return true;
    });
    if (!st.ok()) {
      return st;
    }
    if (gexf) {
      claims_of.resize(doc_ids.size());
      ShardClaim c;
      st = ReadTable(dir, "claims.tsv", [&](const std::vector<std::string_view>& f) {
        if (!ParseClaimRow(f, id, c)) {
          return false;
        }
        auto it = pos.find(id);
        if (it == pos.end()) {
          return dropped[k].count(id) > 0;
        }
        auto& list = claims_of[first + it->second];
        if (c.index != list.size()) {
          return false;
        }
        list.push_back(std::move(c));
        return true;
      });
      if (!st.ok()) {
        return st;
      }
    }
    for (size_t i = 0; i < docs.size(); ++i) {
      if (gexf) {
        std::vector<uint32_t> counts;
        for (const auto& l : docs[i].locals) {
          counts.push_back(l.mentions);
        }
        local_mentions.push_back(std::move(counts));
      }
      // One "mention" per local: the linker's mention_entity then says where
      // each local went.
      docs[i].mention_local.resize(docs[i].locals.size());
      std::iota(docs[i].mention_local.begin(), docs[i].mention_local.end(), 0);
      all_docs.push_back(std::move(docs[i]));
    }
  }
  summary.stored_documents = doc_ids.size();
  summary.inputs_seen = summary.skipped.size();

  // 2. Link once, keyed by blocking key: independent partitions of the key
  // graph's components, linked on --jobs threads (keyed_link.h).
  const unsigned jobs = std::max(1u, options.jobs);
  const unsigned partitions = options.partitions ? options.partitions : 4 * jobs;
  auto partition_path = [&](unsigned k) {
    return options.out_dir + "/partition-" + std::to_string(k) + "-of-" +
           std::to_string(partitions) + ".tsv";
  };
  KeyedLinkStats stats;
  model::EntityTable table;
  if (options.link_partition >= 0) {
    // One node's share: link partition K only and write it down.
    const auto k = static_cast<unsigned>(options.link_partition);
    if (k >= partitions) {
      return Status::Error("--partition K/P needs K < P");
    }
    auto parts =
        LinkPartitions(*kb, std::move(all_docs), partitions, jobs, &stats, options.link_partition);
    std::error_code ec;
    std::filesystem::create_directories(options.out_dir, ec);
    Status st = WritePartition(partition_path(k), parts[k], doc_ids);
    if (!st.ok()) {
      return st;
    }
    summary.entities = parts[k].table.entities.size();
    summary.files.push_back(partition_path(k));
    summary.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return summary;
  }
  if (options.from_partitions) {
    std::vector<LinkedPartition> parts(partitions);
    for (unsigned k = 0; k < partitions; ++k) {
      Status st = ReadPartition(partition_path(k), index_of, parts[k]);
      if (!st.ok()) {
        return st;
      }
    }
    table = CombinePartitions(std::move(parts), doc_ids.size());
  } else {
    table = LinkByBlockingKeys(*kb, std::move(all_docs), partitions, jobs, &stats);
    if (!options.quiet) {
      log << "claimgraph: linked in " << stats.components
          << " independent blocking-key components (largest: " << stats.largest_component
          << " local entities), " << partitions << " partitions on " << jobs << " thread(s)\n";
    }
  }
  table.mention_entity.resize(doc_ids.size());

  // 3. Entities, merge evidence, claim relations, the GEXF network; then
  // every shard's triples.
  auto opened = emit::GraphEmitter::Open(options.out_dir, options.emit);
  if (!opened.ok()) {
    return opened.status();
  }
  auto& emitter = *opened;
  if (gexf) {
    // Each document as the GEXF writer sees it, rebuilt from the tables:
    // a mention per mention of each local, a claim per claim row, the
    // content's text for a claim node's label. In doc-id order, as build.
    std::vector<uint32_t> order(doc_ids.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](uint32_t a, uint32_t b) { return doc_ids[a] < doc_ids[b]; });
    model::Document doc;
    model::Extraction x;
    std::vector<int32_t> mention_entity;
    std::vector<int32_t> first_mention;
    for (uint32_t i : order) {
      doc.id = doc_ids[i];
      doc.published = published[i];
      doc.text.clear();
      x.mentions.clear();
      x.claims.clear();
      x.times.clear();
      mention_entity.clear();
      first_mention.clear();
      const auto& ents = table.mention_entity[i];
      for (size_t l = 0; l < local_mentions[i].size(); ++l) {
        first_mention.push_back(static_cast<int32_t>(x.mentions.size()));
        for (uint32_t k = 0; k < local_mentions[i][l]; ++k) {
          x.mentions.emplace_back();
          mention_entity.push_back(l < ents.size() ? ents[l] : -1);
        }
      }
      auto mention_of = [&](int32_t l) {
        return l >= 0 && static_cast<size_t>(l) < first_mention.size() ? first_mention[l] : -1;
      };
      for (const ShardClaim& sc : claims_of[i]) {
        model::Claim c;
        c.source_mention = mention_of(sc.source_local);
        for (int32_t l : sc.about_locals) {
          c.about.push_back(mention_of(l));
        }
        if (!sc.stated.empty()) {
          c.stated_on = static_cast<int32_t>(x.times.size());
          x.times.emplace_back();
          x.times.back().value = sc.stated;
        }
        c.category = static_cast<model::CueCategory>(sc.category);
        c.direct_quote = sc.quote;
        c.negated = sc.negated;
        c.unattributed = sc.unattributed;
        c.cue_lemma = sc.cue_lemma;
        if (!sc.content.empty()) {
          const auto b = static_cast<uint32_t>(doc.text.size());
          doc.text += sc.content;
          c.content.push_back({b, static_cast<uint32_t>(doc.text.size())});
        }
        x.claims.push_back(std::move(c));
      }
      emitter->AddGexfDocument(doc, x, mention_entity, table);
    }
  }
  emit::LocalEntityMap map(table, options.emit.data_base);
  for (size_t i = 0; i < doc_ids.size(); ++i) {
    map.AddDocument(doc_ids[i], std::move(table.mention_entity[i]));
  }
  std::vector<emit::FigureRow> figures;
  std::vector<emit::StanceRow> stances;
  for (size_t k = 0; k < shards.size(); ++k) {
    emit::FigureRow row;
    emit::StanceRow stance;
    Status st = ReadTable(shards[k], "figures.tsv", [&](const std::vector<std::string_view>& f) {
      std::string line;
      for (size_t i = 0; i < f.size(); ++i) {
        if (i) {
          line.push_back('\t');
        }
        line.append(f[i]);
      }
      auto mine = [&](const std::string& doc_id) {
        auto it = index_of.find(doc_id);
        return it != index_of.end() && shard_of[it->second] == k;
      };
      if (!f.empty() && f[0] == emit::kStanceRowMark) {
        if (!emit::ParseStanceRow(line, stance)) {
          return false;
        }
        if (mine(stance.doc_id)) {
          stances.push_back(stance);
        }
        return true;
      }
      if (!emit::ParseFigureRow(line, row)) {
        return false;
      }
      if (mine(row.doc_id)) {
        figures.push_back(row);
      }
      return true;
    });
    if (!st.ok()) {
      emitter->Abort();
      return st;
    }
  }
  // In document-id order, each document's figures in their order, as a
  // single run files them.
  std::stable_sort(
      figures.begin(), figures.end(),
      [](const emit::FigureRow& a, const emit::FigureRow& b) { return a.doc_id < b.doc_id; });
  std::stable_sort(
      stances.begin(), stances.end(),
      [](const emit::StanceRow& a, const emit::StanceRow& b) { return a.doc_id < b.doc_id; });
  const std::string none;
  auto entity = [&](const std::string& doc_id, int32_t local) {
    const std::string* iri = &none;
    if (local >= 0) {
      auto t = map.FindLocal(doc_id, static_cast<uint32_t>(local));
      if (t.iri) {
        iri = t.iri;
      }
    }
    return iri;
  };
  for (const auto& f : figures) {
    emitter->AddFigure(f, *entity(f.doc_id, f.source_local));
  }
  for (const auto& s : stances) {
    std::vector<std::string> about;
    for (int32_t l : s.about_locals) {
      if (const std::string* e = entity(s.doc_id, l); !e->empty()) {
        about.push_back(*e);
      }
    }
    emitter->AddStance(s, *entity(s.doc_id, s.source_local), std::move(about));
  }
  if (!options.rewrite_shards) {
    // The maps for `claimgraph rewrite`, one per shard, written atomically.
    std::vector<std::string> rows(shards.size());
    for (size_t i = 0; i < doc_ids.size(); ++i) {
      map.WriteRows(doc_ids[i], rows[shard_of[i]]);
    }
    for (size_t k = 0; k < shards.size(); ++k) {
      for (const auto& id : dropped[k]) {
        emit::LocalEntityMap::WriteDroppedRow(id, rows[k]);
      }
      const std::string path = shards[k] + "/entity-map.tsv";
      std::FILE* f = std::fopen((path + ".tmp").c_str(), "wb");
      const bool ok = f && std::fwrite(rows[k].data(), 1, rows[k].size(), f) == rows[k].size();
      if ((f && std::fclose(f) != 0) || !ok ||
          std::rename((path + ".tmp").c_str(), path.c_str()) != 0) {
        emitter->Abort();
        return Status::Error(path + ": write failed: " + std::strerror(errno));
      }
      summary.files.push_back(path);
    }
  } else {
    emitter->SetTail([&](std::FILE* out) -> Result<uint64_t> {
      uint64_t lines = 0;
      for (size_t k = 0; k < shards.size(); ++k) {
        const std::string path = shards[k] + "/graph.nt";
        std::FILE* in = std::fopen(path.c_str(), "rb");
        if (!in) {
          return Status::Error(path + ": " + std::strerror(errno));
        }
        map.SetDropped(dropped[k]);
        auto n = emit::RewriteShardTriples(in, out, map);
        std::fclose(in);
        if (!n.ok()) {
          return Status::Error(path + ": " + n.status().message());
        }
        lines += *n;
      }
      return lines;
    });
  }
  Status st = emitter->Finish(table);
  if (!st.ok()) {
    emitter->Abort();
    return st;
  }
  summary.entities = table.entities.size();
  summary.triples = emitter->triple_count();
  for (const auto& f : emitter->files()) {
    summary.files.push_back(f);
  }
  summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return summary;
}

Result<uint64_t> RewriteShard(const std::string& shard_dir, std::FILE* out) {
  auto info = ReadShardInfo(shard_dir);
  if (!info.ok()) {
    return info.status();
  }
  emit::LocalEntityMap map(info->base);
  Status st = ReadTable(shard_dir, "entity-map.tsv",
                        [&](const std::vector<std::string_view>& f) { return map.ReadMapRow(f); });
  if (!st.ok()) {
    return Status::Error(st.message() + " (run `claimgraph merge --no-rewrite` first)");
  }
  const std::string path = shard_dir + "/graph.nt";
  std::FILE* in = std::fopen(path.c_str(), "rb");
  if (!in) {
    return Status::Error(path + ": " + std::strerror(errno));
  }
  auto n = emit::RewriteShardTriples(in, out, map);
  std::fclose(in);
  if (!n.ok()) {
    return Status::Error(path + ": " + n.status().message());
  }
  return *n;
}

}  // namespace claimgraph::pipeline
