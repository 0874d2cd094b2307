// Internal to pipeline/: the merge's linking, keyed by the linker's blocking
// keys. The linker only ever compares local entities that share a blocking
// key (link::BlockingKeys), so the connected components of the key graph are
// independent linking problems. They are grouped into partitions, each
// linked by its own link::Linker (on several threads here; on several nodes
// of a distributed engine the same way), and the entity keys are then
// numbered across partitions as a single Resolve() numbers them. The result
// equals one Linker over all documents.
#ifndef CLAIMGRAPH_PIPELINE_KEYED_LINK_H_
#define CLAIMGRAPH_PIPELINE_KEYED_LINK_H_

#include <memory>
#include <vector>

#include "kb/kb.h"
#include "link/link.h"
#include "model/entity.h"

namespace claimgraph::pipeline {

struct KeyedLinkStats {
  size_t components = 0;         // of the blocking-key graph
  size_t largest_component = 0;  // local entities in the largest one
};

// One partition linked: its entities (keys not yet numbered across
// partitions; `origins` hold what numbering needs), their evidence, and the
// entity of each of its locals: table.mention_entity[d][sub] is the entity
// of local original[d][sub] of document d.
struct LinkedPartition {
  model::EntityTable table;
  std::vector<link::EntityOrigin> origins;
  std::vector<std::vector<uint32_t>> original;
};

// Steps 1 and 2: the key graph's components grouped into `partitions`, each
// linked on its own (all, or only partition `only` when >= 0; the others
// stay empty). The result has `partitions` entries.
std::vector<LinkedPartition> LinkPartitions(std::shared_ptr<const kb::KnowledgeBase> kb,
                                            std::vector<link::DocumentLocals> docs,
                                            unsigned partitions, unsigned jobs,
                                            KeyedLinkStats* stats = nullptr, int only = -1);
// Step 3: keys numbered across partitions; the table of all `n_docs`
// documents, `mention_entity[d][l]` = the entity of local l of document d.
model::EntityTable CombinePartitions(std::vector<LinkedPartition> parts, size_t n_docs);

// All three steps. `docs[d]` are the locals of document d (ids distinct).
model::EntityTable LinkByBlockingKeys(std::shared_ptr<const kb::KnowledgeBase> kb,
                                      std::vector<link::DocumentLocals> docs, unsigned partitions,
                                      unsigned jobs, KeyedLinkStats* stats = nullptr);

}  // namespace claimgraph::pipeline

#endif  // CLAIMGRAPH_PIPELINE_KEYED_LINK_H_
