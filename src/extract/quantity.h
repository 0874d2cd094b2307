// Internal to extract/: counts and measures with qualifier, bounds, unit and
// what they count. Years, dates (the `times` spans) and credit numbers are not
// quantities. Included only by extract.cc and tests.
//
// The span holds the qualifier ("[up to 12,000]", "[between 20,000 and
// 25,000]"), a currency ("[$12bn]" = 12e9 USD), a percent sign ("[55%]") and a
// glued or hyphenated unit ("[240mm]", "[40-kilometer]"). value is the number
// as written (a range's first); low/high are set only for bounds the text
// states: lower ("at least", "more than", "over"), upper ("up to", "as many
// as"), range. Vague amounts of counted things get the bounds their words
// imply ("[hundreds] of protesters" lowerBound 200, "[several hundred]
// troops" range 200..900, value = low). Ordinals, codes ("555-1234",
// "#8523328"), numbers in names ("Chapter 11", "iPhone 4") and "one" alone
// are skipped.
#ifndef CLAIMGRAPH_EXTRACT_QUANTITY_H_
#define CLAIMGRAPH_EXTRACT_QUANTITY_H_

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "kb/kb.h"
#include "model/document.h"
#include "model/extraction.h"
#include "model/text.h"

namespace claimgraph::extract {

class Words;
class WordTable;
struct TimexTokens;

class QuantityTagger {
 public:
  // The tagger reads a quantity only where one can start (numbers, currency
  // signs, words marked as starters; "a", "at", "up" ... only
  // before their partner words). `try_every_token` turns those filters off:
  // slower, and meant to give the same result, which the tests check, so
  // that a pattern added later cannot be hidden by a filter.
  explicit QuantityTagger(const kb::KnowledgeBase& kb, bool try_every_token = false);
  ~QuantityTagger();
  // Sorted by span; `claim` is left -1 (extract.cc ties them to claims).
  std::vector<model::Quantity> Tag(const model::Document& doc, const model::TextLayer& layer,
                                   const std::vector<model::TimeExpr>& times) const;
  // The same with the document's lower-cased words already made (of `doc`
  // and `layer`), shared with the other taggers, and looked up in a table
  // this tagger added its words to (AddWords). `starts`, when given, are
  // the tokens where a quantity may start as another pass over every token
  // listed them (TimeTagger::Tag's, with QuantityStartTest of words.h): this
  // tagger then makes no pass of its own. `time_tokens`, when given, are
  // the tokens of each of `times` (TimeTagger::Tag's, in the same order):
  // they are not looked up by their spans then.
  std::vector<model::Quantity> Tag(const model::Document& doc, const model::TextLayer& layer,
                                   const std::vector<model::TimeExpr>& times, const Words& words,
                                   const std::vector<uint32_t>* starts = nullptr,
                                   const std::vector<TimexTokens>* time_tokens = nullptr) const;
  // Marks the words that may open a quantity (WordRecord::quantity_start)
  // in `table`, the one `words` are looked up in.
  void AddWords(WordTable& table) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_QUANTITY_H_
