// Internal to emit/: the GEXF 1.3 entity network (through pugixml). Used by
// emit.cc's GraphEmitter only.
//
// What the file holds (GEXF 1.3, mode="dynamic", timeformat="date"):
//   nodes  every linked entity of the EntityTable, id = its key
//          ("country/north-korea"), label = canonical label, viz:color by
//          type, viz:size by mention count, attributes type, aliases,
//          mentionCount, claimCount (claims it is the source of),
//          claimsAbout, sources (distinct named sources of the claims
//          about it), documents, firstSeen, lastSeen (YYYY-MM-DD), iri
//          (the entity's IRI in the RDF graph), kb (knowledge-base entry);
//          start/end = firstSeen/lastSeen when known.
//   edges  claims aggregated per (kind, source, target), weight = claims:
//          "asserts-about" (directed): claim source -> each entity the claim
//          is about; "relates" (undirected): two entities named in one
//          claim's content. Attributes kind, claims, sources, sourceNames,
//          documents, firstSeen, lastSeen; start/end from statement dates.
//   With Options::gexf_claims the claim-level view is written instead of the
//   aggregated edges: one node per claim, source -(asserts)-> claim
//   -(about)-> entity.
// A statement date is the date part of the claim's stated_on time value when
// that is a full valid date ("2025-01-24", "2025-01-24TMO"), else the
// document's published date when a full date; anything else is left out
// (every start/end and date attribute is a valid xsd:date).
// Options::gexf_min_weight > 1 drops lighter aggregated edges, then entities
// left without an edge unless they have at least that many mentions.
// Output is sorted (entity order of the table, edges by kind and endpoints),
// so the same input gives the same bytes.
#ifndef CLAIMGRAPH_EMIT_GEXF_H_
#define CLAIMGRAPH_EMIT_GEXF_H_

#include <memory>
#include <string>
#include <string_view>
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

// True when `s` is a full, valid xsd:date without time zone: "2025-02-29" is
// not (2025 is no leap year), "2024-12" is not (no day).
bool IsFullDate(std::string_view s);

}  // namespace claimgraph::emit

#endif  // CLAIMGRAPH_EMIT_GEXF_H_
