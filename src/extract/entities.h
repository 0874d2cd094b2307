// Internal to extract/: entity mention tagger (names, nominals, pronouns with
// their antecedents). Included only by extract.cc and tests.
#ifndef CLAIMGRAPH_EXTRACT_ENTITIES_H_
#define CLAIMGRAPH_EXTRACT_ENTITIES_H_

#include <memory>
#include <vector>

#include "kb/kb.h"
#include "model/document.h"
#include "model/extraction.h"
#include "model/text.h"

namespace claimgraph::extract {

class Words;

class EntityTagger {
 public:
  explicit EntityTagger(const kb::KnowledgeBase& kb);
  ~EntityTagger();
  // Mentions sorted by span; antecedent/acting_for index into the result.
  std::vector<model::Mention> Tag(const model::Document& doc, const model::TextLayer& layer) const;
  // The same with the document's lower-cased words already made (of `doc`
  // and `layer`), shared with the other taggers.
  std::vector<model::Mention> Tag(const model::Document& doc, const model::TextLayer& layer,
                                  const Words& words) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_ENTITIES_H_
