// link: one entity node per real-world entity across all documents, with the
// evidence for every merge. The one door.
//
//   link::Linker linker(kb);
//   for (d : docs) linker.AddDocument(d_index, doc, extraction.mentions);
//   model::EntityTable table = linker.Resolve();
//
// Candidate pairs come from blocking keys (never all pairs); merges are the
// connected components of the candidate edges accepted under the cannot-link
// constraints. The result does not depend on the order in which documents
// were added (documents are processed in doc-id order) and entity keys are
// derived from canonical label and type only. Locals written alike (the
// same label, KB entry, qualifier, class and names) are one vertex of the
// cross-document graph, so always one entity. Between AddDocument and
// Resolve the linker keeps flat tables, not the mentions: nothing per
// document but the ids (and numbers) of those its signatures and merge rows
// name as their first documents (no more than about four per signature,
// those no longer named dropped as the table grows); per distinct signature
// (the entity index) its string ids (into one string pool) and its counts
// summed over its locals; the within-document merge evidence once per
// signature; nothing per local entity; per mention one int (its signature), all
// documents in one array, unless the caller keeps that index itself
// (AddDocument with mention_sig: the pipeline puts it in its spool record and
// finds each mention's entity in Resolve's signature -> entity table).
#ifndef CLAIMGRAPH_LINK_LINK_H_
#define CLAIMGRAPH_LINK_LINK_H_

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "kb/kb.h"
#include "model/document.h"
#include "model/entity.h"
#include "model/extraction.h"

namespace claimgraph::link {

// One document's within-document entities, as AddDocument computes them
// before any cross-document step. A shard writes these to its mention table
// (pipeline/tables.h), and a merge feeds them back with AddLocals, so the
// linker never needs the texts again.
struct LocalEntity {
  std::string label;  // its best name in the document
  std::string kb_iri;
  std::string qualifier;           // country IRI qualifying an organisation
  uint8_t type_class = 1;          // 0 person, 1 organisation, 2 place, 3 product
  std::vector<std::string> names;  // distinct name labels, sorted
  std::array<uint32_t, model::kEntityTypeCount> type_votes{};
  uint32_t mentions = 0;
  uint32_t first_offset = 0;
  bool full_person = false;
};
struct LocalMerge {
  uint32_t local = 0;  // the local entity the two names joined into
  std::string left, right, kind;
  double confidence = 1.0;
};
struct DocumentLocals {
  std::string id;
  std::vector<LocalEntity> locals;
  std::vector<int32_t> mention_local;  // mention -> local or -1
  std::vector<LocalMerge> merges;      // within-document merge evidence
};

// The within-document step alone (thread-safe; needs no knowledge base).
DocumentLocals ClusterDocument(const model::Document& doc,
                               const std::vector<model::Mention>& mentions);

// The linker's blocking keys of a local entity ("K|kb-iri", "N|class|name",
// "F|phonetic", "S|surname", "A|acronym", "E|initials"; an organisation's
// name with a legal form also gives "N|class|stem", its name without it,
// "N|1|norvane optics" for "Norvane Optics Inc."): two locals can only be
// joined when they share one. For keyed grouping outside the linker.
std::vector<std::string> BlockingKeys(const LocalEntity& local);

// Distinct keys for entities that share one. `keys` holds every entity's
// key, equal keys next to each other in the order they are numbered (first
// appearance first). The first of each run keeps its key; the others become
// "KEY-2", "KEY-3", ..., passing over a form that is some entity's key
// already ("org/apollo-2" of "Apollo 2" beside two "Apollo"s), so no two
// entities ever share an IRI. Returns the positions renamed, in order.
std::vector<size_t> NumberSharedKeys(const std::vector<std::string*>& keys);

// Where an entity was first seen, and its key before the numbering that keeps
// keys distinct ("person/john-smith" for "person/john-smith-2"): what a merge
// of separately linked partitions needs to number keys as one run does.
struct EntityOrigin {
  std::string base_key;
  std::string first_doc;
  uint32_t first_offset = 0;
};

class Linker {
 public:
  explicit Linker(std::shared_ptr<const kb::KnowledgeBase> kb);
  ~Linker();
  // `doc_index` numbers documents 0..n-1 (each once); mention indices refer
  // to `mentions`. Not thread-safe: call from one thread.
  void AddDocument(uint32_t doc_index, const model::Document& doc,
                   const std::vector<model::Mention>& mentions);
  // Same, but the caller keeps the document's mention index: `mention_sig`
  // is set to mention -> signature number (or -1), and Resolve()'s
  // mention_entity[doc_index] stays empty (mention_entity ends with the last
  // document whose index the linker keeps, so it is empty when it keeps
  // none: nothing per document): mention m's entity is
  // sig_entity[mention_sig[m]] (-1 when that is -1), sig_entity filled by
  // Resolve. The linker then keeps nothing per mention or local entity of
  // the document. Its entities' document_count counts the document once per
  // signature (twice where two signatures of an entity meet in it): a caller
  // that needs the number of documents counts them itself.
  void AddDocument(uint32_t doc_index, const model::Document& doc,
                   const std::vector<model::Mention>& mentions, std::vector<int32_t>& mention_sig);
  // Same as AddDocument, from locals computed earlier (ClusterDocument);
  // Resolve()'s mention_entity[doc_index] then follows locals.mention_local.
  void AddLocals(uint32_t doc_index, DocumentLocals locals);
  // Links all documents added so far. Consumes them: afterwards the linker
  // is empty (call Resolve once, after the last AddDocument).
  model::EntityTable Resolve();
  // Same, also filling `origins` (one per entity, in table order).
  model::EntityTable Resolve(std::vector<EntityOrigin>* origins);
  // Same, also filling `sig_entity` (when not null): the entity of every
  // signature number AddDocument gave.
  model::EntityTable Resolve(std::vector<EntityOrigin>* origins, std::vector<int32_t>* sig_entity);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimgraph::link

#endif  // CLAIMGRAPH_LINK_LINK_H_
