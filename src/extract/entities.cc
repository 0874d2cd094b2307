#include "extract/entities.h"

namespace claimgraph::extract {

struct EntityTagger::Impl {};

EntityTagger::EntityTagger(const kb::KnowledgeBase&) : impl_(std::make_unique<Impl>()) {}
EntityTagger::~EntityTagger() = default;

std::vector<model::Mention> EntityTagger::Tag(const model::Document&, const model::TextLayer&) const {
  return {};
}

}  // namespace claimgraph::extract
