#include "base/string_table.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace claimgraph::base {
namespace {

using std::string_view_literals::operator""sv;

TEST(StringTableTest, FindsWhatWasInsertedAndNothingElse) {
  StringTable<int> t;
  EXPECT_EQ(t.find("anything"), t.end());
  EXPECT_TRUE(t.emplace("minister", 1).second);
  EXPECT_TRUE(t.emplace("prime minister", 2).second);
  EXPECT_TRUE(t.emplace("", 3).second);
  EXPECT_FALSE(t.emplace("minister", 9).second);  // the first value stays
  ASSERT_NE(t.find("minister"), t.end());
  EXPECT_EQ(t.find("minister")->second, 1);
  EXPECT_EQ(t.at("prime minister"), 2);
  EXPECT_EQ(t.at(""), 3);
  EXPECT_EQ(t.count("Minister"), 0u);
  EXPECT_EQ(t.count("ministe"), 0u);
  EXPECT_EQ(t.size(), 3u);
}

TEST(StringTableTest, GrowsAndKeepsEntryAddresses) {
  StringTable<int> t;
  const auto* first = t.emplace("word0", 0).first;
  for (int k = 1; k < 5000; ++k) {
    t.emplace("word" + std::to_string(k), k);
  }
  EXPECT_EQ(t.find("word0"), first);
  for (int k = 0; k < 5000; k += 7) {
    ASSERT_NE(t.find("word" + std::to_string(k)), t.end()) << k;
    EXPECT_EQ(t.at("word" + std::to_string(k)), k);
  }
  EXPECT_EQ(t.count("word5000"), 0u);
  // Insertion order is kept for iteration.
  EXPECT_EQ(t.entries().front().first, "word0");
  EXPECT_EQ(t.entries().back().first, "word4999");
}

TEST(StringTableTest, OperatorBracketAccumulates) {
  StringTable<unsigned> flags;
  flags["he"] |= 1;
  flags["he"] |= 4;
  flags["she"] |= 2;
  EXPECT_EQ(flags.at("he"), 5u);
  EXPECT_EQ(flags.at("she"), 2u);
}

TEST(ViewSetTest, InsertCountClear) {
  const std::string text = "Seoul said Seoul and Tokyo agreed with Seoul";
  std::string_view v(text);
  ViewSet s;
  EXPECT_EQ(s.count("Seoul"), 0u);
  EXPECT_TRUE(s.insert(v.substr(0, 5)));
  EXPECT_FALSE(s.insert(v.substr(11, 5)));  // the same word elsewhere
  EXPECT_TRUE(s.insert(v.substr(21, 5)));
  EXPECT_EQ(s.count("Seoul"), 1u);
  EXPECT_EQ(s.count("Tokyo"), 1u);
  EXPECT_EQ(s.count("Seou"), 0u);
  EXPECT_EQ(s.size(), 2u);
  s.clear();
  EXPECT_EQ(s.count("Seoul"), 0u);
  std::vector<std::string> many;
  for (int k = 0; k < 1000; ++k) {
    many.push_back("w" + std::to_string(k));
  }
  for (const auto& w : many) {
    s.insert(w);
  }
  EXPECT_EQ(s.size(), 1000u);
  for (const auto& w : many) {
    EXPECT_EQ(s.count(w), 1u);
  }
}

TEST(ViewMapTest, KeepsTheFirstValueAndClears) {
  ViewMap<uint8_t> m;
  EXPECT_EQ(m.find("Seoul"), nullptr);
  EXPECT_TRUE(m.insert("Seoul", 3));
  EXPECT_FALSE(m.insert("Seoul", 7));  // the first value stays
  ASSERT_NE(m.find("Seoul"), nullptr);
  EXPECT_EQ(*m.find("Seoul"), 3);
  EXPECT_EQ(m.find("Tokyo"), nullptr);
  m.clear();
  EXPECT_EQ(m.find("Seoul"), nullptr);
  EXPECT_TRUE(m.insert("Seoul", 7));
  EXPECT_EQ(*m.find("Seoul"), 7);
}

TEST(HashStringTest, DiffersOnEveryByteAndLength) {
  EXPECT_NE(HashString("abcdefgh"), HashString("abcdefgi"));
  EXPECT_NE(HashString("abcdefghijk"), HashString("abcdefghijj"));
  EXPECT_NE(HashString("ab"), HashString(std::string_view("ab\0", 3)));
  EXPECT_NE(HashString(""), HashString("a"));
  EXPECT_EQ(HashString("same"), HashString(std::string("same")));
}

TEST(PackedKeysTest, FindsWhatTheStringTableHolds) {
  StringTable<int> t;
  const std::vector<std::string> keys = {"he", "said", "minister", "a", "according", "ministers"};
  for (size_t k = 0; k < keys.size(); ++k) {
    t.emplace(keys[k], static_cast<int>(k) + 1);
  }
  PackedKeys<int> packed;
  packed.Build(t);
  ASSERT_TRUE(packed.complete());
  for (const auto& key : keys) {
    const int* v = packed.Find(key, t);
    ASSERT_NE(v, nullptr) << key;
    EXPECT_EQ(*v, t.at(key)) << key;
  }
  // Near misses, short and long, and a NUL byte after a real key.
  for (std::string_view miss :
       {"h"sv, "hes"sv, "sai"sv, "ministe"sv, "accordin"sv, "minister\0"sv, ""sv}) {
    EXPECT_EQ(packed.Find(miss, t), nullptr) << miss;
  }
}

TEST(PackedKeysTest, ShortKeyWithNulLeavesEverythingToTheStringTable) {
  StringTable<int> t;
  t.emplace("a\0b"sv, 1);
  t.emplace("ab", 2);
  PackedKeys<int> packed;
  packed.Build(t);
  EXPECT_FALSE(packed.complete());
  ASSERT_NE(packed.Find("a\0b"sv, t), nullptr);
  EXPECT_EQ(*packed.Find("ab", t), 2);
  EXPECT_EQ(packed.Find("b", t), nullptr);
}

}  // namespace
}  // namespace claimgraph::base
