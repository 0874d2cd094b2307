// link: one entity node per real-world entity across all documents, with the
// evidence for every merge. The one door.
//
//   link::Linker linker(kb);
//   for (d : docs) linker.AddDocument(d_index, doc, extraction.mentions);
//   model::EntityTable table = linker.Resolve();
//
// Candidate pairs come from blocking keys (never all pairs); merges are the
// connected components of a Boost.Graph candidate graph that satisfy the
// cannot-link constraints. The result does not depend on the order in which
// documents were added (documents are processed in doc-id order) and entity
// keys are derived from canonical label and type only.
#ifndef CLAIMGRAPH_LINK_LINK_H_
#define CLAIMGRAPH_LINK_LINK_H_

#include <memory>
#include <vector>

#include "kb/kb.h"
#include "model/document.h"
#include "model/entity.h"
#include "model/extraction.h"

namespace claimgraph::link {

class Linker {
 public:
  explicit Linker(std::shared_ptr<const kb::KnowledgeBase> kb);
  ~Linker();
  // `doc_index` numbers documents 0..n-1 (each once); mention indices refer
  // to `mentions`. Not thread-safe: call from one thread.
  void AddDocument(uint32_t doc_index, const model::Document& doc,
                   const std::vector<model::Mention>& mentions);
  model::EntityTable Resolve();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimgraph::link

#endif  // CLAIMGRAPH_LINK_LINK_H_
