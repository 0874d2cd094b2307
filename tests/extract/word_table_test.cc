#include "extract/word_table.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "extract/attribution.h"
#include "extract/entities.h"
#include "extract/quantity.h"
#include "extract/timex.h"
#include "extract/words.h"
#include "text/text.h"

namespace claimgraph::extract {
namespace {

TEST(WordTableTest, FindsShortAndLongWordsAndNothingElse) {
  WordTable table;
  table.Add("said").entity_flags = 3;
  table.Add("spokeswoman").attribution_flags = 5;
  table.Add("said").attribution_flags = 7;  // the same record, filled by a second lexicon
  EXPECT_EQ(table.size(), 2u);
  EXPECT_EQ(table.Find("said").entity_flags, 3);
  EXPECT_EQ(table.Find("said").attribution_flags, 7u);
  EXPECT_EQ(table.Find("spokeswoman").attribution_flags, 5u);
  // Unknown words, one sharing a long key's first 8 bytes, and "" find the
  // empty record.
  EXPECT_EQ(&table.Find("sad"), &WordTable::Empty());
  EXPECT_EQ(&table.Find("spokeswomen"), &WordTable::Empty());
  EXPECT_EQ(&table.Find("spokeswo"), &WordTable::Empty());
  EXPECT_EQ(&table.Find(""), &WordTable::Empty());
}

TEST(WordTableTest, WordsHoldEachWordTokensRecord) {
  WordTable table;
  table.Add("mayor").entity_flags = 1;
  const std::string text = "The Mayor of Lindby, 42.";
  const model::TextLayer layer = text::Segment(text);
  const Words words(text, layer, table);
  ASSERT_EQ(words.size(), 7u);
  EXPECT_EQ(words.record(1).entity_flags, 1);  // "Mayor", looked up lower-cased
  EXPECT_EQ(&words.record(0), &WordTable::Empty());
  EXPECT_EQ(&words.record(5), &WordTable::Empty());  // "42": no word
  const Words without(text, layer);
  EXPECT_EQ(&without.record(1), &WordTable::Empty());
}

// Words packs a word of up to 8 bytes from a load of 8 (the text is padded)
// and tells a longer one by its first 8: each word token's record is the
// table's Find of its lowercase text, at the text's end too, for a key and
// its prefixes and extensions, and for a word ending in a NUL byte (no
// packed key: "ab\0" is not "ab").
TEST(WordTableTest, WordsFindWhatTheTableFindsAtEveryLength) {
  WordTable table;
  const std::string keys[] = {"a",        "ab",        "abc",          "abcdefg",
                              "abcdefgh", "abcdefghi", "abcdefghijkl", std::string("ab\0", 3)};
  uint16_t flag = 1;
  for (const std::string& k : keys) {
    table.Add(k).entity_flags = flag++;
  }
  const std::string words_text =
      "A ab ABC abcd abcdefg abcdefgh ABCDEFGHI abcdefghij abcdefghijkl abcdefghijklm "
      "abcdefgx abcdefghx abcdefgh";
  for (const std::string& text :
       {words_text, words_text + " ab", std::string("abcdefgh"), std::string("ab")}) {
    const model::TextLayer layer = text::Segment(text);
    const Words words(text, layer, table);
    ASSERT_GT(words.size(), 0u);
    for (size_t i = 0; i < words.size(); ++i) {
      EXPECT_EQ(&words.record(i), &table.Find(words.lower(i))) << text << " @" << i;
    }
  }
  // A token ending in NUL, made by hand (the tokenizer makes none).
  const std::string text("xx ab\0", 6);
  model::TextLayer layer;
  layer.tokens.push_back({{0, 2}, model::TokenKind::kWord, false});
  layer.tokens.push_back({{3, 6}, model::TokenKind::kWord, true});
  const Words words(text, layer, table);
  EXPECT_EQ(words.record(1).entity_flags, table.Find(std::string_view("ab\0", 3)).entity_flags);
  EXPECT_NE(words.record(1).entity_flags, table.Find("ab").entity_flags);
}

// The time and quantity taggers' marks: a possessive of a time word has its
// stem's entry and is listed (time_quantity) but is no number word; the
// quantity reader's word sets are bits of the record, and mark no start.
TEST(WordTableTest, TimeAndQuantityMarks) {
  auto kb = kb::KnowledgeBase::LoadEmbedded();
  ASSERT_TRUE(kb.ok()) << kb.status().message();
  WordTable table;
  TimeTagger(**kb).AddWords(table);
  QuantityTagger(**kb).AddWords(table);
  const WordRecord& friday = table.Find("friday");
  for (const char* possessive : {"friday's", "friday\u2019s"}) {
    const WordRecord& r = table.Find(possessive);
    EXPECT_EQ(r.time_cat, friday.time_cat) << possessive;
    EXPECT_EQ(r.time_v, friday.time_v) << possessive;
    EXPECT_TRUE(r.time_quantity) << possessive;
  }
  EXPECT_TRUE(table.Find("one").time_number);
  EXPECT_FALSE(table.Find("one's").time_number);
  // Strong words carry an expression alone; hints ("the") only open one
  // before a strong word, but "latest" carries "the latest period".
  for (const char* strong : {"friday", "friday's", "one", "latest", "year"}) {
    EXPECT_TRUE(table.Find(strong).time_strong) << strong;
  }
  for (const char* weak : {"the", "a", "earlier", "at"}) {
    EXPECT_FALSE(table.Find(weak).time_strong) << weak;
  }
  EXPECT_TRUE(table.Find("about").time_quantity);  // a quantity starter
  const WordRecord& were = table.Find("were");
  EXPECT_NE(were.quantity_words, 0);
  EXPECT_FALSE(were.time_quantity);
  EXPECT_NE(table.Find("killed").quantity_words, 0);
  EXPECT_NE(table.Find("killed").quantity_words, were.quantity_words);
  EXPECT_EQ(table.Find("troops").quantity_words, 0);
  // "least" after "at" lets a quantity start there: a mark of its own.
  EXPECT_NE(table.Find("least").quantity_words, 0);
  EXPECT_NE(table.Find("least").quantity_words, were.quantity_words);
  // Units and currency words after a number: "3.5 km", "5 billion dollars".
  EXPECT_NE(table.Find("km").quantity_words, 0);
  EXPECT_NE(table.Find("dollars").quantity_words, 0);
  EXPECT_NE(table.Find("km").quantity_words, table.Find("dollars").quantity_words);
}

// The taggers read their bits from one table of all their words (as
// extract.cc builds it) and find what each finds with a table of its own
// words only: no lexicon's bits are lost where two lexicons share a word
// ("second", "he's", "said", "official").
TEST(WordTableTest, TaggersFindTheSameWithTheSharedTable) {
  auto kb = kb::KnowledgeBase::LoadEmbedded();
  ASSERT_TRUE(kb.ok()) << kb.status().message();
  const EntityTagger entities(**kb);
  const TimeTagger times(**kb);
  const AttributionExtractor attribution(**kb);
  WordTable shared;
  entities.AddWords(shared);
  times.AddWords(shared);
  attribution.AddWords(shared);
  model::Document doc;
  doc.id = "lindby";
  doc.published = "2025-03-14";
  doc.text =
      "Lindby Mayor Jane Roe said on Tuesday that the second bridge would open next month. "
      "\"He's convinced the council will vote for it,\" an official told reporters. "
      "Norvane Optics Corp. plans to hire 200 workers over three years, its chief executive "
      "said in a statement.";
  const model::TextLayer layer = text::Segment(doc.text);
  const Words words(doc.text, layer, shared);

  const auto own_mentions = entities.Tag(doc, layer);
  const auto shared_mentions = entities.Tag(doc, layer, words);
  ASSERT_EQ(own_mentions.size(), shared_mentions.size());
  for (size_t k = 0; k < own_mentions.size(); ++k) {
    EXPECT_EQ(own_mentions[k].span.begin, shared_mentions[k].span.begin);
    EXPECT_EQ(own_mentions[k].span.end, shared_mentions[k].span.end);
    EXPECT_EQ(own_mentions[k].type, shared_mentions[k].type);
  }
  const auto own_times = times.Tag(doc, layer);
  const auto shared_times = times.Tag(doc, layer, words);
  ASSERT_EQ(own_times.size(), shared_times.size());
  ASSERT_GE(own_times.size(), 2u);  // "Tuesday", "next month", "three years"
  for (size_t k = 0; k < own_times.size(); ++k) {
    EXPECT_EQ(own_times[k].span.begin, shared_times[k].span.begin);
    EXPECT_EQ(own_times[k].value, shared_times[k].value);
  }
  std::vector<model::Mention> m1 = own_mentions, m2 = own_mentions;
  const auto own_claims = attribution.Extract(doc, layer, m1, own_times);
  const auto shared_claims = attribution.Extract(doc, layer, m2, own_times, words);
  ASSERT_EQ(own_claims.size(), shared_claims.size());
  ASSERT_GE(own_claims.size(), 2u);
  for (size_t k = 0; k < own_claims.size(); ++k) {
    ASSERT_TRUE(own_claims[k].cue && shared_claims[k].cue);
    EXPECT_EQ(own_claims[k].cue->begin, shared_claims[k].cue->begin);
    EXPECT_EQ(own_claims[k].content.size(), shared_claims[k].content.size());
  }
}

}  // namespace
}  // namespace claimgraph::extract
