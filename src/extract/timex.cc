#include "extract/timex.h"

namespace claimgraph::extract {

struct TimeTagger::Impl {};

TimeTagger::TimeTagger(const kb::KnowledgeBase&) : impl_(std::make_unique<Impl>()) {}
TimeTagger::~TimeTagger() = default;

std::vector<model::TimeExpr> TimeTagger::Tag(const model::Document&, const model::TextLayer&) const {
  return {};
}

}  // namespace claimgraph::extract
