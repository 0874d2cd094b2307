// Linked entities: what the linker makes of all documents' mentions.
#ifndef CLAIMGRAPH_MODEL_ENTITY_H_
#define CLAIMGRAPH_MODEL_ENTITY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/memory.h"
#include "model/extraction.h"

namespace claimgraph::model {

struct Entity {
  std::string key;  // stable IRI local part, from canonical label and type: "country/north-korea"
  // Canonical label: a view into EntityTable::text (or a static string), as
  // the aliases are.
  std::string_view label;
  EntityType type = EntityType::kOrganization;
  std::string kb_iri;  // knowledge-base entry it matched, if any
  // Every distinct surface name seen, sorted: views into EntityTable::text
  // (or static strings), as MergeEvidence's are, so that no string is made
  // per name.
  std::vector<std::string_view> aliases;
  std::vector<std::string> former_keys;  // keys this entity had before (owl:sameAs)
  uint32_t mention_count = 0;
  uint32_t document_count = 0;
};

// Why two names were joined: one edge of the linker's candidate graph that
// took part in a merge. The strings are views into EntityTable::text (or
// static strings): no string object or heap block per row.
struct MergeEvidence {
  uint32_t entity = 0;    // index into EntityTable::entities
  std::string_view left;  // the two surface names joined
  std::string_view right;
  std::string_view kind;  // "exact", "normalised", "acronym", "modifier", "surname",
                          // "short-name", "kb-alias", "transliteration", "anaphor",
                          // "legal-form"
  double confidence = 1.0;
  std::string_view left_doc;  // document ids where each name was seen first
  std::string_view right_doc;
};

struct EntityTable {
  std::vector<Entity> entities;  // sorted by key
  // mention_entity[d][m]: entity index of mention m of the document added as
  // number d (see link::Linker::AddDocument), or -1 when not linked.
  std::vector<std::vector<int32_t>> mention_entity;
  std::vector<MergeEvidence> merges;  // sorted by (entity, left, right)
  // The bytes the views of merges and of entities' labels and aliases point
  // into, owned here: the linker's string pool and document ids
  // (link::Linker::Resolve), a shard partition's rows as read
  // (pipeline/merge.cc). Arenas are never written again once here and their
  // blocks never move, so the views stay valid when the table or an arena is
  // moved: rows and entities moved into another table go with their arenas
  // (pipeline/keyed_link.cc). A table is moved, never copied (the arenas
  // cannot be). The whole pool is kept, not only the rows' bytes: it is freed
  // with the table. Whoever makes an entity by hand keeps its names here too
  // (base::StringArena::Keep) or uses static strings.
  std::vector<base::StringArena> text;
};

}  // namespace claimgraph::model

#endif  // CLAIMGRAPH_MODEL_ENTITY_H_
