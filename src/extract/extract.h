// extract: entity mentions, time expressions, quantities and attributed
// claims of one document. The one door.
//
//   extract::Extractor ex(kb);                       // builds lexicon tables once
//   model::Extraction x = ex.Run(doc, layer);       // thread-safe, const
//   ex.Run(jobs);                                    // the same for many documents
//
// Nothing is produced inside Document::boilerplate spans.
#ifndef CLAIMGRAPH_EXTRACT_EXTRACT_H_
#define CLAIMGRAPH_EXTRACT_EXTRACT_H_

#include <cstddef>
#include <memory>
#include <span>

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

  // One document of a group: *out = Run(*doc, *layer).
  struct Job {
    const model::Document* doc;
    const model::TextLayer* layer;
    model::Extraction* out;
  };
  // The documents in groups of kGroup, each tagger over a whole group before
  // the next tagger starts: the taggers' code (some 100 KB together) stays in
  // the instruction cache for the group instead of being fetched again for
  // every document. On 1 MB of newswire, simulated instruction-cache misses
  // of the extractors fall from 1.9 M to 0.33 M and branch mispredictions
  // from 2.9 M to 2.5 M (docs/benchmarks.md). The results are Run's.
  static constexpr size_t kGroup = 32;
  void Run(std::span<const Job> jobs) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_EXTRACT_H_
