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
class WordTable;

// For tests only: true makes the tagger work out every word's note (its
// bits and lists) from its text and flags, instead of reading a word of
// lowercase letters' or of a capital and lowercase letters' from its record
// in the word table. Set it while no extractor runs.
inline bool notes_made_always = false;

class EntityTagger {
 public:
  explicit EntityTagger(const kb::KnowledgeBase& kb);
  ~EntityTagger();
  // Mentions sorted by span; antecedent/acting_for index into the result.
  std::vector<model::Mention> Tag(const model::Document& doc, const model::TextLayer& layer) const;
  // The same with the document's lower-cased words already made (of `doc`
  // and `layer`), shared with the other taggers, and looked up in a table
  // this tagger added its words to (AddWords).
  std::vector<model::Mention> Tag(const model::Document& doc, const model::TextLayer& layer,
                                  const Words& words) const;
  // Adds the lexicon's words with their flags (WordRecord::entity_flags) to
  // `table`, the one `words` are looked up in.
  void AddWords(WordTable& table) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_ENTITIES_H_
