#include "extract/attribution.h"

namespace claimgraph::extract {

struct AttributionExtractor::Impl {};

AttributionExtractor::AttributionExtractor(const kb::KnowledgeBase&)
    : impl_(std::make_unique<Impl>()) {}
AttributionExtractor::~AttributionExtractor() = default;

std::vector<model::Claim> AttributionExtractor::Extract(const model::Document&,
                                                        const model::TextLayer&,
                                                        std::vector<model::Mention>&,
                                                        const std::vector<model::TimeExpr>&) const {
  return {};
}

}  // namespace claimgraph::extract
