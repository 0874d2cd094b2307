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
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/status.h"
#include "model/document.h"
#include "model/entity.h"
#include "model/extraction.h"

namespace claimgraph::emit {

inline constexpr const char* kDefaultDataBase = "https://w3id.org/claimgraph/data/";
inline constexpr const char* kOntologyBase = "https://w3id.org/claimgraph/ns#";

enum class Format { kTurtle, kNTriples };

// What the graph says beyond the lean default. kFull adds what a reader can
// derive or rarely needs: nif:Sentence nodes (offsets, text, nif:nextSentence)
// with a nif:sentence link from every span node, cg:TextSpan types and
// nif:referenceContext on cue, content and source spans, cg:mentionKind
// "name", and the false flags (cg:directQuote, cg:negated, cg:unattributed).
// Every lean triple is also in the full graph.
enum class Profile { kLean, kFull };

struct Options {
  std::string data_base = kDefaultDataBase;
  Format format = Format::kTurtle;
  Profile profile = Profile::kLean;
  bool gexf = true;
  bool gexf_claims = false;      // claim-level view: claim nodes between source and subject
  uint32_t gexf_min_weight = 1;  // drop aggregated edges lighter than this
};

struct FigureRow;  // below
struct StanceRow;  // below

// A document's triples written on another thread (GraphEmitter::NewRenderer),
// waiting to be added in document order.
class RenderedDocument {
 public:
  virtual ~RenderedDocument() = default;
};

// Writes documents apart; one per thread.
class DocumentRenderer {
 public:
  virtual ~DocumentRenderer() = default;
  virtual std::unique_ptr<RenderedDocument> Render(const model::Document& doc,
                                                   const model::Extraction& x,
                                                   const std::vector<int32_t>& mention_entity,
                                                   const model::EntityTable& table) = 0;
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
  // Several threads (--jobs): each thread renders documents with its own
  // renderer, made here on the calling thread; AddRendered() then adds them
  // in doc-id order, giving the bytes AddDocument would. nullptr when this
  // output cannot be written apart.
  virtual std::unique_ptr<DocumentRenderer> NewRenderer(const model::EntityTable& table) = 0;
  virtual void AddRendered(const model::Document& doc, const model::Extraction& x,
                           const std::vector<int32_t>& mention_entity,
                           const model::EntityTable& table, const RenderedDocument& r) = 0;
  // Writes entities and merge evidence, closes and renames every file.
  virtual Status Finish(const model::EntityTable& table) = 0;
  // Removes the temporary files (when a run is abandoned).
  virtual void Abort() = 0;
  virtual uint64_t triple_count() const = 0;
  // Paths written by Finish(), for the summary.
  virtual std::vector<std::string> files() const = 0;

  // Merge of shards (below): a figure read back from a shard's figures.tsv,
  // its source already mapped to an entity IRI (or empty).
  virtual void AddFigure(const FigureRow& row, const std::string& source_iri) = 0;
  // Merge: a claim for the polarity links read back from a shard, its source
  // and the entities it is about already mapped to entity IRIs.
  virtual void AddStance(const StanceRow& row, const std::string& source_iri,
                         std::vector<std::string> about_iris) = 0;
  // Merge: Finish() runs `tail` after the triples written here and before
  // the files are renamed, with the graph file open for appending (N-Triples
  // lines, which are Turtle too); `tail` returns the triples it appended.
  virtual void SetTail(std::function<Result<uint64_t>(std::FILE*)> tail) = 0;
  // Merge: a document for the GEXF network only (rebuilt from a shard's
  // tables), in doc-id order like AddDocument; nothing goes to the RDF.
  virtual void AddGexfDocument(const model::Document& doc, const model::Extraction& x,
                               const std::vector<int32_t>& mention_entity,
                               const model::EntityTable& table) = 0;
};

// ---------------------------------------------------------------------------
// Shards: a distributed run (README "Beyond one machine", docs/loading.md).
//
// A shard writes, per document, every triple that does not depend on linking
// across documents, with a placeholder IRI for each document-local entity:
//   urn:claimgraph:local:ID:N        local entity N of document ID
//   urn:claimgraph:local:ID:N:TYPE   as the object of cg:mentionType: the
//                                    mention's type, written only when the
//                                    entity's final type differs
// (ID percent-encoded as in document IRIs, so it holds no ':' or '/'). The
// merge links the shards' mention tables once and maps each placeholder line
// to its final form (RewriteShardTriples), a pure per-line map.

inline constexpr std::string_view kLocalEntityPrefix = "urn:claimgraph:local:";
std::string LocalEntityIri(std::string_view doc_id, uint32_t local);
std::string LocalTypeIri(std::string_view local_iri, model::EntityType type);

// Text tables: fields separated by tabs, rows by '\n'; a backslash, tab,
// line feed or carriage return inside a field is written \\ \t \n \r.
void AppendTsvField(std::string& out, std::string_view field);
std::string UnescapeTsvField(std::string_view field);
// Splits one row (without its line end) into raw (still escaped) fields.
void SplitTsv(std::string_view row, std::vector<std::string_view>& fields);

// One row of a shard's figures.tsv: a figure stated in a claim, for the
// cg:conflictsWith / cg:updates links the merge writes. Columns:
//   doc_id subject measure date value qualifier claim_iri quantity_iri source_local high
// (value in shortest round-trip form, qualifier 0 exact 1 approximate
// 2 lowerBound 3 upperBound 4 range, source_local -1 when no source entity,
// high a range's upper end, else 0).
struct FigureRow {
  std::string doc_id, subject, measure, date, claim, quantity;
  double value = 0;
  double high = 0;
  model::QuantityQualifier qualifier = model::QuantityQualifier::kExact;
  int32_t source_local = -1;
};
bool ParseFigureRow(std::string_view row, FigureRow& out);

// A row of figures.tsv that starts with the field "~" (no document id is
// "~"): a claim for the polarity links (a denial, or a claim a denial may
// contradict). Columns:
//   ~ doc_id claim_iri date denial source_local about_locals words
// (denial 1 or 0, about_locals the local entities the content is about and
// words its content words, each list separated by spaces).
inline constexpr std::string_view kStanceRowMark = "~";
struct StanceRow {
  std::string doc_id, claim, date;
  bool denial = false;
  int32_t source_local = -1;
  std::vector<int32_t> about_locals;
  std::vector<std::string> words;
};
bool ParseStanceRow(std::string_view row, StanceRow& out);

// Writes SHARD/graph.nt (N-Triples with placeholders) and SHARD/figures.tsv,
// under temporary names until Finish().
class ShardEmitter {
 public:
  static Result<std::unique_ptr<ShardEmitter>> Open(const std::string& shard_dir,
                                                    const Options& options);
  virtual ~ShardEmitter() = default;
  // `mention_local[m]`: the local entity of mention m (-1 none), of `locals`.
  virtual void AddDocument(const model::Document& doc, const model::Extraction& x,
                           const std::vector<int32_t>& mention_local, uint32_t locals) = 0;
  virtual Status Finish() = 0;
  virtual void Abort() = 0;
  virtual uint64_t triple_count() const = 0;
  virtual std::vector<std::string> files() const = 0;
};

// Where each local entity ended up: entity IRIs and types by entity index,
// and per document the entity index of each local (-1 none).
class LocalEntityMap {
 public:
  LocalEntityMap(const model::EntityTable& table, const std::string& data_base);
  // Empty, to be filled from entity-map.tsv rows (ReadMapRow).
  explicit LocalEntityMap(const std::string& data_base);
  // One entity-map.tsv row (see WriteRows); false when malformed.
  bool ReadMapRow(const std::vector<std::string_view>& fields);
  void AddDocument(std::string_view doc_id, std::vector<int32_t> entity_of_local);
  // Lines of these documents are dropped (a document id already read from
  // an earlier shard).
  void SetDropped(std::unordered_set<std::string> doc_ids);
  // The entity-map.tsv rows of a document: one per local with an entity,
  //   encoded-doc-id local entity-IRI entity-type
  // (`claimgraph merge --no-rewrite` writes them for `claimgraph rewrite`);
  // a document dropped from a shard is one row "encoded-doc-id -".
  void WriteRows(std::string_view doc_id, std::string& out) const;
  static void WriteDroppedRow(std::string_view doc_id, std::string& out);

  struct Target {
    const std::string* iri = nullptr;
    model::EntityType type = model::EntityType::kOrganization;
  };
  // The entity of local `local` of the document whose encoded id is `enc_id`.
  Target Find(std::string_view enc_id, uint32_t local) const;
  // Same, by the document's own id.
  Target FindLocal(std::string_view doc_id, uint32_t local) const;
  bool Dropped(std::string_view enc_id) const;
  bool any_dropped() const { return !dropped_.empty(); }
  const std::string& doc_prefix() const { return doc_prefix_; }

 private:
  std::unordered_map<std::string, int32_t> iri_index_;  // when read from rows
  std::vector<std::string> iris_;
  std::vector<model::EntityType> types_;
  std::unordered_map<std::string, std::vector<int32_t>> docs_;  // by encoded id
  std::unordered_set<std::string> dropped_;                     // encoded ids
  std::string doc_prefix_;                                      // "<B doc/"
};

// Copies a shard's N-Triples from `in` to `out`, each placeholder line mapped
// to its final form (a mention type the entity already has is dropped, and
// so is a triple repeated within one subject, as when two locals of a
// document became one entity). Returns the lines written.
Result<uint64_t> RewriteShardTriples(std::FILE* in, std::FILE* out, const LocalEntityMap& map);

}  // namespace claimgraph::emit

#endif  // CLAIMGRAPH_EMIT_EMIT_H_
