#include "extract/words.h"

#include <gtest/gtest.h>

#include <string>

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

}  // namespace
}  // namespace claimgraph::extract
