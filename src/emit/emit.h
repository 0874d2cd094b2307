// emit: the graph as RDF (Turtle or N-Triples through Serd) and GEXF 1.3
// (through pugixml). The one door.
//
//   auto em = emit::GraphEmitter::Open("out", options);
//   for (each document in doc-id order) em->AddDocument(doc, x, table.mention_entity[d], table);
//   Status s = em->Finish(table);   // entities, merges, GEXF; then atomic renames
//
// Files are written under temporary names in the output folder and renamed
// into place by Finish(), so a crash never leaves a half-written graph.
// Same input, same bytes: nothing depends on time, addresses or hash order.
#ifndef CLAIMGRAPH_EMIT_EMIT_H_
#define CLAIMGRAPH_EMIT_EMIT_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "model/document.h"
#include "model/entity.h"
#include "model/extraction.h"

namespace claimgraph::emit {

inline constexpr const char* kDefaultDataBase = "https://w3id.org/claimgraph/data/";
inline constexpr const char* kOntologyBase = "https://w3id.org/claimgraph/ns#";

enum class Format { kTurtle, kNTriples };

struct Options {
  std::string data_base = kDefaultDataBase;
  Format format = Format::kTurtle;
  bool gexf = true;
  bool gexf_claims = false;     // claim-level view: claim nodes between source and subject
  uint32_t gexf_min_weight = 1; // drop aggregated edges lighter than this
};

class GraphEmitter {
 public:
  static Result<std::unique_ptr<GraphEmitter>> Open(const std::string& out_dir,
                                                    const Options& options);
  virtual ~GraphEmitter() = default;
  // `mention_entity[m]` is the entity index of mention m (or -1).
  virtual void AddDocument(const model::Document& doc, const model::Extraction& x,
                           const std::vector<int32_t>& mention_entity,
                           const model::EntityTable& table) = 0;
  // Writes entities and merge evidence, closes and renames every file.
  virtual Status Finish(const model::EntityTable& table) = 0;
  // Removes the temporary files (when a run is abandoned).
  virtual void Abort() = 0;
  virtual uint64_t triple_count() const = 0;
  // Paths written by Finish(), for the summary.
  virtual std::vector<std::string> files() const = 0;
};

}  // namespace claimgraph::emit

#endif  // CLAIMGRAPH_EMIT_EMIT_H_
