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

// `docs[d]` are the locals of document d (ids distinct). Returns the entity
// table with `mention_entity[d][l]` = the entity of local l of document d.
model::EntityTable LinkByBlockingKeys(std::shared_ptr<const kb::KnowledgeBase> kb,
                                      std::vector<link::DocumentLocals> docs, unsigned partitions,
                                      unsigned jobs, KeyedLinkStats* stats = nullptr);

}  // namespace claimgraph::pipeline

#endif  // CLAIMGRAPH_PIPELINE_KEYED_LINK_H_
