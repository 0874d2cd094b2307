// Internal to extract/: attributed claims (source, cue, content, statement
// date). Included only by extract.cc and tests.
#ifndef CLAIMGRAPH_EXTRACT_ATTRIBUTION_H_
#define CLAIMGRAPH_EXTRACT_ATTRIBUTION_H_

#include <memory>
#include <vector>

#include "kb/kb.h"
#include "model/document.h"
#include "model/extraction.h"
#include "model/text.h"

namespace claimgraph::extract {

class Words;
class WordTable;

class AttributionExtractor {
 public:
  explicit AttributionExtractor(const kb::KnowledgeBase& kb);
  ~AttributionExtractor();
  // Claims sorted by first content span. May append mentions for sources the
  // tagger missed ("the official", "he"), with antecedents resolved; never
  // reorders existing ones. `stated_on` indexes `times`. `about`,
  // `mentioned_times` and `quantities` are filled by extract.cc.
  std::vector<model::Claim> Extract(const model::Document& doc, const model::TextLayer& layer,
                                    std::vector<model::Mention>& mentions,
                                    const std::vector<model::TimeExpr>& times) const;
  // The same with the document's lower-cased words already made (of `doc`
  // and `layer`), shared with the other taggers, and looked up in a table
  // this tagger added its words to (AddWords).
  std::vector<model::Claim> Extract(const model::Document& doc, const model::TextLayer& layer,
                                    std::vector<model::Mention>& mentions,
                                    const std::vector<model::TimeExpr>& times,
                                    const Words& words) const;
  // Adds the cue lexicon's words with their flags and cues
  // (WordRecord::attribution_flags, cues, contraction) to `table`, the one
  // `words` are looked up in.
  void AddWords(WordTable& table) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_ATTRIBUTION_H_
