#include "link/link.h"

#include <algorithm>
#include <map>

namespace claimgraph::link {

// Placeholder until the linker lands: exact (label, type) matches only.
struct Linker::Impl {
  std::map<uint32_t, std::vector<model::Mention>> docs;
};

Linker::Linker(std::shared_ptr<const kb::KnowledgeBase>) : impl_(std::make_unique<Impl>()) {}
Linker::~Linker() = default;

void Linker::AddDocument(uint32_t doc_index, const model::Document&,
                         const std::vector<model::Mention>& mentions) {
  impl_->docs[doc_index] = mentions;
}

model::EntityTable Linker::Resolve() {
  model::EntityTable t;
  std::map<std::pair<std::string, int>, int32_t> ids;
  uint32_t n = impl_->docs.empty() ? 0 : impl_->docs.rbegin()->first + 1;
  t.mention_entity.resize(n);
  for (auto& [d, ms] : impl_->docs) {
    for (const auto& m : ms) {
      if (m.kind != model::MentionKind::kName) {
        t.mention_entity[d].push_back(-1);
        continue;
      }
      auto key = std::make_pair(m.label, static_cast<int>(m.type));
      auto it = ids.find(key);
      if (it == ids.end()) {
        it = ids.emplace(key, static_cast<int32_t>(t.entities.size())).first;
        model::Entity e;
        e.label = m.label;
        e.type = m.type;
        e.key = std::string(model::EntityTypeName(m.type)) + "/" + m.label;
        t.entities.push_back(e);
      }
      t.entities[it->second].mention_count++;
      t.mention_entity[d].push_back(it->second);
    }
  }
  return t;
}

}  // namespace claimgraph::link
