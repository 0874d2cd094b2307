// Internal to extract/: counts and measures with qualifier, bounds, unit and
// what they count. Years, dates (the `times` spans) and credit numbers are not
// quantities. Included only by extract.cc and tests.
#ifndef CLAIMGRAPH_EXTRACT_QUANTITY_H_
#define CLAIMGRAPH_EXTRACT_QUANTITY_H_

#include <memory>
#include <vector>

#include "kb/kb.h"
#include "model/document.h"
#include "model/extraction.h"
#include "model/text.h"

namespace claimgraph::extract {

class QuantityTagger {
 public:
  explicit QuantityTagger(const kb::KnowledgeBase& kb);
  ~QuantityTagger();
  // Sorted by span; `claim` is left -1 (extract.cc ties them to claims).
  std::vector<model::Quantity> Tag(const model::Document& doc, const model::TextLayer& layer,
                                   const std::vector<model::TimeExpr>& times) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_QUANTITY_H_
