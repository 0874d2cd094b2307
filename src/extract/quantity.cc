#include "extract/quantity.h"

namespace claimgraph::extract {

struct QuantityTagger::Impl {};

QuantityTagger::QuantityTagger(const kb::KnowledgeBase&) : impl_(std::make_unique<Impl>()) {}
QuantityTagger::~QuantityTagger() = default;

std::vector<model::Quantity> QuantityTagger::Tag(const model::Document&, const model::TextLayer&,
                                                 const std::vector<model::TimeExpr>&) const {
  return {};
}

}  // namespace claimgraph::extract
