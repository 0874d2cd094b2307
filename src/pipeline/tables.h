// Internal to pipeline/: a shard's text tables, what `claimgraph shard`
// writes next to its N-Triples and `claimgraph merge` reads (never the texts).
// Tab-separated, one row per line, fields escaped as in emit.h
// (AppendTsvField); rows of one document are contiguous, in input order.
//
//   SHARD/graph.nt       the shard's triples, local entities as placeholders (emit.h)
//   SHARD/figures.tsv    figures for claim relations (emit.h, FigureRow)
//   SHARD/documents.tsv  doc_id locals mentions claims times quantities bytes published
//   SHARD/claims.tsv     one row per claim, what the GEXF network needs:
//                        doc_id claim source_local about_locals stated category
//                        quote negated unattributed cue_lemma content
//                        (locals as the GEXF resolves them, through up to 8
//                        antecedents; about_locals comma-separated; stated: the
//                        TIMEX3 value of the time governing the cue; content:
//                        the content spans' text joined by " … ")
//   SHARD/mentions.tsv   one row per document-local entity (the linker's input):
//                        doc_id local class full_person mentions first_offset
//                        type_votes kb_iri qualifier label name...
//                        class 0 person 1 organisation 2 place 3 product;
//                        type_votes: mention counts per model::EntityType,
//                        comma-separated; names: every distinct name, sorted
//   SHARD/merges.tsv     within-document merge evidence:
//                        doc_id local kind confidence left right
//   SHARD/keys.tsv       blocking_key doc_id local, one row per blocking key
//                        of each local entity (link::BlockingKeys): the key a
//                        distributed engine groups candidate pairs by
//   SHARD/shard.tsv      name value: format, base (the data IRI base), documents
// Every file is written under a temporary name and renamed by Commit().
#ifndef CLAIMGRAPH_PIPELINE_TABLES_H_
#define CLAIMGRAPH_PIPELINE_TABLES_H_

#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "link/link.h"
#include "model/document.h"
#include "model/extraction.h"

namespace claimgraph::pipeline {

inline constexpr const char* kShardFormat = "claimgraph-shard/1";

class ShardTables {
 public:
  static Result<std::unique_ptr<ShardTables>> Create(const std::string& dir);
  ~ShardTables();
  void Append(const model::Document& doc, const model::Extraction& x,
              const link::DocumentLocals& locals);
  Status Commit(const std::string& data_base, uint64_t documents);

 private:
  ShardTables() = default;
  struct File {
    std::string name;
    std::FILE* f = nullptr;
    std::string buf;
  };
  Status FlushAll(bool force);
  std::string dir_;
  File docs_, mentions_, merges_, keys_, claims_;
  bool failed_ = false;
};

// True when `dir` holds a shard written by ShardTables.
bool IsTableShard(const std::string& dir);

struct ShardInfo {
  std::string format;
  std::string base;
  uint64_t documents = 0;
};
Result<ShardInfo> ReadShardInfo(const std::string& dir);

struct ShardDocument {
  std::string id;
  uint32_t locals = 0;
  uint64_t mentions = 0, claims = 0, times = 0, quantities = 0, bytes = 0;
  std::string published;
};
struct ShardClaim {
  uint32_t index = 0;
  int32_t source_local = -1;
  std::vector<int32_t> about_locals;
  std::string stated;
  uint8_t category = 0;
  bool quote = false, negated = false, unattributed = false;
  std::string cue_lemma;
  std::string content;
};
bool ParseClaimRow(const std::vector<std::string_view>& f, std::string& doc_id, ShardClaim& out);
// Calls `each` for every row of `dir`/`name`, split into raw fields; a row
// that `each` refuses (returns false) is an error naming the file and line.
Status ReadTable(const std::string& dir, const std::string& name,
                 const std::function<bool(const std::vector<std::string_view>&)>& each);
bool ParseDocumentRow(const std::vector<std::string_view>& f, ShardDocument& out);
// A mentions.tsv row into `out` (a local entity); `doc_id` and `local` are set.
bool ParseMentionRow(const std::vector<std::string_view>& f, std::string& doc_id, uint32_t& local,
                     link::LocalEntity& out);
bool ParseMergeRow(const std::vector<std::string_view>& f, std::string& doc_id,
                   link::LocalMerge& out);

// `claimgraph merge` over table shards (merge.cc): reads only the tables,
// links once, writes entities, merge evidence and claim relations, then each
// shard's graph.nt with its placeholders mapped.
struct Options;
struct Summary;
Result<Summary> MergeTableShards(const Options& options, std::ostream& log);

}  // namespace claimgraph::pipeline

#endif  // CLAIMGRAPH_PIPELINE_TABLES_H_
