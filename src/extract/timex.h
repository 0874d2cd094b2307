// Internal to extract/: time expressions normalised to TIMEX3 values against
// the publication date (Document::published). Included only by extract.cc and tests.
//
// Extents follow TempEval-3: prepositions stay outside ("on [Friday]", "in
// [December]", "within [the next two months]"), determiners, modifiers and
// hedges stay inside ("[last year]", "[early next year]", "[about four
// months]"). Values: dates "2025-01-24" / "2024-12" / "2025" / "2025-W04" /
// "2025-Q1" / "2024-SU" / decades "199X"; times "2025-01-24T10:35"; durations
// "P4M", "PT3H", "P10Y" (a decade), "PXW" (a few weeks); sets "P1D" (daily);
// PRESENT_REF / PAST_REF / FUTURE_REF. Weekdays and months without a year take
// the direction of the governing verb ("said on Friday" the past one, "will
// arrive on Friday" the next). Without a publication date, weekdays become
// "XXXX-WXX-5", months "XXXX-12", and "last year" PAST_REF.
#ifndef CLAIMGRAPH_EXTRACT_TIMEX_H_
#define CLAIMGRAPH_EXTRACT_TIMEX_H_

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
struct TimexTokens;

class TimeTagger {
 public:
  // The tagger tries its patterns only at tokens that can open an
  // expression, passing over the rest with cheap filters (most numbers in
  // news count money or shares; "at" opens only "at least", "at most").
  // `try_every_token` turns the filters off: slower, and meant to give the
  // same result, which the tests check, so that a pattern added later cannot
  // be hidden by a filter that was not told about it.
  explicit TimeTagger(const kb::KnowledgeBase& kb, bool try_every_token = false);
  ~TimeTagger();
  // Sorted by span, non-overlapping.
  std::vector<model::TimeExpr> Tag(const model::Document& doc, const model::TextLayer& layer) const;
  // The same with the document's lower-cased words already made (of `doc`
  // and `layer`), shared with the other taggers, and looked up in a table
  // this tagger added its words to (AddWords). `quantity_starts`, when
  // given, receives from the same pass over every token the tokens where a
  // quantity may start (QuantityStartTest, words.h), for QuantityTagger::Tag;
  // `time_tokens`, when given, the tokens of each expression returned, in
  // the same order.
  std::vector<model::TimeExpr> Tag(const model::Document& doc, const model::TextLayer& layer,
                                   const Words& words,
                                   std::vector<uint32_t>* quantity_starts = nullptr,
                                   std::vector<TimexTokens>* time_tokens = nullptr) const;
  // Adds the time lexicon's words with their entries (WordRecord::time_*)
  // to `table`, the one `words` are looked up in.
  void AddWords(WordTable& table) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_TIMEX_H_
