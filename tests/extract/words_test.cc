#include "extract/words.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/text.h"

namespace claimgraph::extract {
namespace {

TEST(WordsTest, LowerCasesAsciiLettersOnlyAndKeepsOffsets) {
  const std::string text = "The Mayor of \xC3\x89vry SAID 42 things.";
  const model::TextLayer layer = text::Segment(text);
  const Words words(text, layer);
  EXPECT_EQ(words.lower_text(), "the mayor of \xC3\x89vry said 42 things.");
  ASSERT_GE(words.size(), 4u);
  EXPECT_EQ(words.lower(0), "the");
  EXPECT_EQ(words.raw(1), "Mayor");
  EXPECT_TRUE(words.Capitalized(1));
  EXPECT_FALSE(words.Capitalized(2));
  EXPECT_EQ(words.lower(words.size()), "");  // past the end
}

TEST(WordsTest, ANewDocumentDoesNotSeeTheLastOnesText) {
  const std::string first = "A LONG FIRST DOCUMENT WITH MANY WORDS";
  const model::TextLayer first_layer = text::Segment(first);
  { const Words words(first, first_layer); }
  const std::string second = "Short";
  const model::TextLayer second_layer = text::Segment(second);
  const Words words(second, second_layer);
  EXPECT_EQ(words.lower_text(), "short");
}

TEST(WordsTest, RawTokensAreTheWordsWithinABound) {
  const std::string text = "Prices rose 5pct";
  const model::TextLayer layer = text::Segment(text);
  const Words words(text, layer);
  const RawTokens raw(words);
  ASSERT_EQ(words.size(), 4u);
  EXPECT_EQ(raw.lower(0), "prices");
  EXPECT_EQ(raw.kind(2), model::TokenKind::kNumber);
  EXPECT_EQ(raw.lower(3, 4), "pct");
  EXPECT_EQ(raw.lower(3, 3), "");  // at the bound
  EXPECT_TRUE(raw.Touch(2, 4));    // "5" and "pct"
  EXPECT_FALSE(raw.Touch(2, 3));
  EXPECT_FALSE(raw.Touch(1, 4));
}

// The words of `text` where a quantity may start, each followed by a space.
std::string QuantityStarts(const std::string& text) {
  WordTable table;
  AddQuantityStarters(table);
  const model::TextLayer layer = text::Segment(text);
  const Words words(text, layer, table);
  const QuantityStartTest may_start(RawTokens(words), words.size());
  std::string starts;
  for (size_t i = 0; i < words.size(); ++i) {
    if (may_start.At(i)) {
      starts += std::string(words.lower(i)) + " ";
    }
  }
  return starts;
}

// Where a quantity may start: numbers, currency signs, starter words; the
// commonest starters only before a partner word ("in excess", "a dozen").
TEST(WordsTest, QuantityStartTestListsNumbersCurrencyAndStarters) {
  EXPECT_EQ(QuantityStarts("In May about $12 went to a dozen of several hundred men in town."),
            "about $ 12 a dozen several ");  // not "in" before "May" or "town"
  // Counts in words: "twenty-five" as before the words had records, when
  // the starter filter turned it away.
  EXPECT_EQ(QuantityStarts("Thousands left and twenty-five stayed."), "thousands ");
}

// The tokens listed for the time and quantity taggers: every number and
// symbol, and the words whose record is time_quantity; no other word, and no
// punctuation.
TEST(WordsTest, TimeQuantityTokensAreNumbersSymbolsAndMarkedWords) {
  WordTable table;
  table.Add("friday").time_quantity = true;
  table.Add("about").time_quantity = true;
  table.Add("said");  // a record, but no time or quantity word
  const std::string text = "On Friday he said about $12, or 5%.";
  const model::TextLayer layer = text::Segment(text);
  const Words words(text, layer, table);
  std::string listed;
  for (const uint32_t i : words.time_quantity_tokens()) {
    listed += std::string(words.lower(i)) + " ";
  }
  EXPECT_EQ(listed, "friday about $ 12 5 % ");
  // A document after it lists its own tokens only.
  const std::string second = "Friday";
  const model::TextLayer second_layer = text::Segment(second);
  const Words next(second, second_layer, table);
  EXPECT_EQ(next.time_quantity_tokens(), std::vector<uint32_t>{0});
}

}  // namespace
}  // namespace claimgraph::extract
