// Internal to emit/: the GEXF 1.3 entity network (through pugixml). Used by
// emit.cc's GraphEmitter only.
#ifndef CLAIMGRAPH_EMIT_GEXF_H_
#define CLAIMGRAPH_EMIT_GEXF_H_

#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "emit/emit.h"
#include "model/document.h"
#include "model/entity.h"
#include "model/extraction.h"

namespace claimgraph::emit {

class GexfWriter {
 public:
  explicit GexfWriter(const Options& options);
  ~GexfWriter();
  // Accumulates the document's claims into aggregated edges (called in
  // doc-id order, same arguments as GraphEmitter::AddDocument).
  void AddDocument(const model::Document& doc, const model::Extraction& x,
                   const std::vector<int32_t>& mention_entity, const model::EntityTable& table);
  // Writes the whole GEXF file to `path` (the caller renames it into place).
  Status Write(const std::string& path, const model::EntityTable& table) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimgraph::emit

#endif  // CLAIMGRAPH_EMIT_GEXF_H_
