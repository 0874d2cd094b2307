// Internal to extract/: time expressions normalised to TIMEX3 values against
// the publication date (Document::published). Included only by extract.cc and tests.
#ifndef CLAIMGRAPH_EXTRACT_TIMEX_H_
#define CLAIMGRAPH_EXTRACT_TIMEX_H_

#include <memory>
#include <vector>

#include "kb/kb.h"
#include "model/document.h"
#include "model/extraction.h"
#include "model/text.h"

namespace claimgraph::extract {

class TimeTagger {
 public:
  explicit TimeTagger(const kb::KnowledgeBase& kb);
  ~TimeTagger();
  // Sorted by span, non-overlapping.
  std::vector<model::TimeExpr> Tag(const model::Document& doc, const model::TextLayer& layer) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_TIMEX_H_
