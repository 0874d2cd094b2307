// Internal to extract/: attributed claims (source, cue, content, statement
// date). Included only by extract.cc and tests.
#ifndef CLAIMGRAPH_EXTRACT_ATTRIBUTION_H_
#define CLAIMGRAPH_EXTRACT_ATTRIBUTION_H_

#include <algorithm>
#include <cstdint>
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

namespace attribution_internal {

// Whether the first byte `b` of a token lies inside a date or a time of
// `times` (sorted by begin): inside the last expression starting at or
// before it, when that is a date or a time (not a set, "daily", nor a
// duration). A binary search per token asked about.
bool InTimeSearch(const std::vector<model::TimeExpr>& times, uint32_t b);

// Walks `times` (sorted by begin) over `tokens` (in text order) once. For
// each expression t in turn, calls start(t, k) with k the first token
// starting at or after it (tokens.size() for none), then, for a date or a
// time, covered(q) for each token q that InTimeSearch holds for and whose
// expression is t: from k up to t's end or the next expression's start,
// whichever comes first. Tokens "on Friday morning", times "Friday
// morning" (a time) and "morning" (a time): "Friday" then "morning".
template <class Start, class Covered>
void WalkTimes(const std::vector<model::Token>& tokens, const std::vector<model::TimeExpr>& times,
               Start start, Covered covered) {
  const model::Token* const first = tokens.data();
  const model::Token* const end = first + tokens.size();
  const model::Token* k = first;
  for (size_t t = 0; t < times.size(); ++t) {
    const model::TimeExpr& x = times[t];
    // Nine tokens at a time while the ninth still starts before x (the next
    // time lies a few tokens on), then one at a time.
    while (end - k > 8 && k[8].span.begin < x.span.begin) {
      k += 9;
    }
    while (k != end && k->span.begin < x.span.begin) {
      ++k;
    }
    start(t, static_cast<size_t>(k - first));
    if (x.type != model::TimexType::kDate && x.type != model::TimexType::kTime) {
      continue;
    }
    const uint32_t stop =
        t + 1 < times.size() ? std::min(x.span.end, times[t + 1].span.begin) : x.span.end;
    for (const model::Token* q = k; q != end && q->span.begin < stop; ++q) {
      covered(static_cast<size_t>(q - first));
    }
  }
}

}  // namespace attribution_internal

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_ATTRIBUTION_H_
