// extract: entity mentions, time expressions, quantities and attributed
// claims of one document. The one door.
//
//   extract::Extractor ex(kb);                       // builds lexicon tables once
//   model::Extraction x = ex.Run(doc, layer);       // thread-safe, const
//
// Nothing is produced inside Document::boilerplate spans.
#ifndef CLAIMGRAPH_EXTRACT_EXTRACT_H_
#define CLAIMGRAPH_EXTRACT_EXTRACT_H_

#include <memory>

#include "kb/kb.h"
#include "model/document.h"
#include "model/extraction.h"
#include "model/text.h"

namespace claimgraph::extract {

class Extractor {
 public:
  explicit Extractor(std::shared_ptr<const kb::KnowledgeBase> kb);
  ~Extractor();
  model::Extraction Run(const model::Document& doc, const model::TextLayer& layer) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_EXTRACT_H_
