// Internal to emit/: the output model. Turns one document's extraction, and
// at the end the linked entities, into triples pushed into a TripleSink.
// ontology/claimgraph.ttl documents every term; queries/*.rq read them.
//
// IRIs (B = the data base): B doc/ID, B doc/ID/text (nif:Context),
// B doc/ID/m/BEGIN-END (mention), B doc/ID/claim/BEGIN-END[-N],
// B doc/ID/span/BEGIN-END (cue, content, a source that is no mention),
// B doc/ID/t/BEGIN-END, B doc/ID/q/BEGIN-END, B entity/KEY,
// B entity/KEY/merge/N, and in the full profile B doc/ID/s/BEGIN-END
// (nif:Sentence). Offsets are Unicode code points; ID and KEY are
// percent-encoded (rdf_terms.h). No blank nodes.
#ifndef CLAIMGRAPH_EMIT_RDF_GRAPH_H_
#define CLAIMGRAPH_EMIT_RDF_GRAPH_H_

#include <cstdint>
#include <string>
#include <vector>

#include "emit/claim_relations.h"
#include "emit/claim_stances.h"
#include "emit/rdf_sink.h"
#include "model/document.h"
#include "model/entity.h"
#include "model/extraction.h"

namespace claimgraph::emit {

class RdfGraphWriter {
 public:
  // `sink` must outlive the writer; `data_base` gets a '/' appended unless it
  // ends in '/' or '#'. `full` writes the full profile (emit.h, Profile).
  RdfGraphWriter(TripleSink& sink, std::string data_base, bool full = false);

  // Declares the prefixes of the standard vocabularies.
  void WritePrefixes();
  // Writes the document, its text context, mentions, time expressions,
  // quantities, claims and their spans. Spans outside the text or not on
  // code-point boundaries are skipped (never written wrong).
  void AddDocument(const model::Document& doc, const model::Extraction& x,
                   const std::vector<int32_t>& mention_entity, const model::EntityTable& table);
  // Writes every entity (sorted by key) with its merge evidence, then the
  // links between claims that disagree or update each other.
  void WriteEntities(const model::EntityTable& table);

  // Writing documents on several threads, with the bytes AddDocument gives:
  // Prepare(table) once; then Render() on any thread, each with its own fork
  // of the sink (TripleSink::Fork); then Splice() the results in document
  // order.
  struct Rendered {
    struct Figure {  // a figure for the claim relations, filed by Splice
      FigureKey key;
      std::string claim, quantity, source, date;
      FigureValue value;
    };
    TripleSink::Part part;
    std::vector<Figure> figures;
    std::vector<Stance> stances;  // claims for the polarity links, filed by Splice
  };
  void Prepare(const model::EntityTable& table);
  void Render(TripleSink& fork, const model::Document& doc, const model::Extraction& x,
              const std::vector<int32_t>& mention_entity, const model::EntityTable& table,
              Rendered& out) const;
  void Splice(const Rendered& r);

  // Shard mode (a distributed run): the same triples as AddDocument, except
  // that every entity IRI is the placeholder of a document-local entity
  // (LocalEntityIri; `mention_local[m]` is the local of mention m, -1 none,
  // `locals` their count), a mention's cg:mentionType whose need depends on
  // the final entity type is written as LocalTypeIri, and the figures for
  // claim relations and the claims for the polarity links are appended to
  // `figure_rows` (emit.h, figures.tsv: FigureRow, StanceRow) instead of
  // being kept.
  void AddShardDocument(const model::Document& doc, const model::Extraction& x,
                        const std::vector<int32_t>& mention_local, uint32_t locals,
                        std::string& figure_rows);
  // Merge: a figure read back from a shard's figures.tsv (`source` already
  // the entity IRI, or empty), filed as AddDocument files it.
  void AddFigure(std::string subject, std::string measure, const std::string& claim_iri,
                 const std::string& quantity_iri, const std::string& source,
                 const std::string& date, const FigureValue& value);

  // Merge: a claim for the polarity links read back from a shard, its
  // entities already mapped, filed as AddDocument files it.
  void AddStance(Stance s);

  // B entity/KEY and B doc/ID (exposed for tests).
  std::string EntityIri(const std::string& key) const;
  std::string DocumentIri(std::string_view id) const;

 private:
  struct DocState;
  struct ShardDoc;
  // Into `sink`; figures and stances go to `kept`, or to the shard's rows.
  void WriteDocument(TripleSink& sink, const model::Document& doc, const model::Extraction& x,
                     const std::vector<int32_t>& mention_entity, const model::EntityTable* table,
                     ShardDoc* shard, Rendered* kept) const;
  void File(const Rendered& kept);

  TripleSink& sink_;
  std::string base_;
  bool full_ = false;
  std::vector<std::string> entity_iris_;  // index = entity index; Prepare() fills it
  ClaimRelations relations_;
  ClaimStances stances_;
};

}  // namespace claimgraph::emit

#endif  // CLAIMGRAPH_EMIT_RDF_GRAPH_H_
