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

TEST(PackKeyTest, PutsEachByteAtItsPlace) {
  const std::string bytes =
      "ab\xE2\x80\x99"
      "cdefgh";  // split: \x99c would be one escape
  for (size_t from = 0; from < 3; ++from) {
    for (size_t n = 1; n <= 8 && from + n <= bytes.size(); ++n) {
      const std::string_view w = std::string_view(bytes).substr(from, n);
      uint64_t want = 0;
      for (size_t k = 0; k < n; ++k) {
        want |= uint64_t{static_cast<unsigned char>(w[k])} << (8 * k);
      }
      EXPECT_EQ(PackKey(w), want) << from << " " << n;
    }
  }
}

TEST(ShortKeyTest, OneToEightBytesNotEndingInNul) {
  EXPECT_FALSE(ShortKey(""));
  EXPECT_TRUE(ShortKey("a"));
  EXPECT_TRUE(ShortKey("abcdefg"));
  EXPECT_TRUE(ShortKey("abcdefgh"));
  EXPECT_FALSE(ShortKey("abcdefghi"));
  EXPECT_TRUE(ShortKey("a\0b"sv));
  EXPECT_TRUE(ShortKey("\0b"sv));
  EXPECT_FALSE(ShortKey("ab\0"sv));  // packs as "ab" would
  EXPECT_FALSE(ShortKey("\0"sv));
}

// Keys on both sides of every edge of the packed path: empty, 1, 7, 8 and
// 9 bytes, bytes of 0x80 and above, NUL inside, first and last, and keys
// that differ only in a trailing NUL or in one byte.
const std::vector<std::string_view>& EdgeKeys() {
  static const std::vector<std::string_view> keys = {""sv,
                                                     "a"sv,
                                                     "\0"sv,
                                                     "a\0"sv,
                                                     "\0a"sv,
                                                     "\xFF"sv,
                                                     "\x80"sv,
                                                     "abcdefg"sv,
                                                     "abcdefg\0"sv,
                                                     "abcdefgh"sv,
                                                     "abcdefgi"sv,
                                                     "abcdefghi"sv,
                                                     "abcdefgh\0"sv,
                                                     "\xE2\x80\x99s"sv,
                                                     "caf\xC3\xA9"sv,
                                                     "\xC3\xA9t\xC3\xA9s\xC3\xA9"sv,
                                                     "a\0b\0c\0d\0"sv,
                                                     "a\0b\0c\0d\0e"sv,
                                                     "a\0\0"sv,
                                                     "\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF"sv};
  return keys;
}

TEST(StringTableTest, EdgeKeysFindThemselvesOnly) {
  const auto& keys = EdgeKeys();
  StringTable<size_t> t;
  // Every other key first: the rest must then be absent.
  for (size_t k = 0; k < keys.size(); k += 2) {
    EXPECT_TRUE(t.emplace(keys[k], k).second) << k;
  }
  for (size_t k = 0; k < keys.size(); ++k) {
    const auto* e = t.find(keys[k]);
    if (k % 2 == 1) {
      EXPECT_EQ(e, t.end()) << k;
      continue;
    }
    ASSERT_NE(e, t.end()) << k;
    EXPECT_EQ(e->first, keys[k]) << k;
    EXPECT_EQ(e->second, k);
  }
  for (size_t k = 1; k < keys.size(); k += 2) {
    EXPECT_TRUE(t.emplace(keys[k], k).second) << k;
  }
  for (size_t k = 0; k < keys.size(); ++k) {
    EXPECT_FALSE(t.emplace(keys[k], 99).second) << k;
    EXPECT_EQ(t.at(keys[k]), k) << k;
    if (ShortKey(keys[k])) {
      EXPECT_EQ(t.FindPacked(PackKey(keys[k])), t.find(keys[k])) << k;
    }
  }
  EXPECT_EQ(t.size(), keys.size());
  EXPECT_EQ(t.count("abcdefghij"), 0u);
  EXPECT_EQ(t.FindPacked(PackKey("zz")), nullptr);
}

TEST(StringTableTest, MovedTablesFind) {
  StringTable<int> a;
  a.emplace("he", 1);
  a.emplace("according", 2);
  StringTable<int> b(std::move(a));
  EXPECT_EQ(b.at("he"), 1);
  EXPECT_EQ(b.at("according"), 2);
  StringTable<int> c;
  c.emplace("she", 3);
  c = std::move(b);  // c's own keys are gone
  EXPECT_EQ(c.at("he"), 1);
  EXPECT_EQ(c.at("according"), 2);
  EXPECT_EQ(c.find("she"), c.end());
  a = StringTable<int>();
  EXPECT_EQ(a.find("he"), a.end());
  EXPECT_EQ(a.find("according"), a.end());
}

TEST(ViewMapTest, EdgeKeysFindThemselvesOnlyAndClear) {
  const auto& keys = EdgeKeys();
  ViewMap<uint32_t> m;
  for (int round = 0; round < 2; ++round) {
    for (size_t k = 0; k < keys.size(); k += 2) {
      EXPECT_TRUE(m.insert(keys[k], static_cast<uint32_t>(k))) << k;
    }
    for (size_t k = 0; k < keys.size(); ++k) {
      const uint32_t* v = m.find(keys[k]);
      if (k % 2 == 1) {
        EXPECT_EQ(v, nullptr) << k;
      } else {
        ASSERT_NE(v, nullptr) << k;
        EXPECT_EQ(*v, k);
        EXPECT_FALSE(m.insert(keys[k], 99)) << k;
      }
    }
    EXPECT_EQ(m.size(), (keys.size() + 1) / 2);
    m.clear();
    EXPECT_EQ(m.size(), 0u);
    for (const auto& key : keys) {
      EXPECT_EQ(m.count(key), 0u);
    }
  }
}

TEST(ViewSetTest, ManyShortAndLongWordsAfterAClear) {
  std::vector<std::string> many;
  for (int k = 0; k < 3000; ++k) {
    many.push_back((k % 3 == 0 ? "longer-word-" : "w") + std::to_string(k));
  }
  ViewSet s;
  for (int round = 0; round < 3; ++round) {
    // A large use, then a small one: the clear between them cuts back.
    const size_t n = round == 1 ? 10 : many.size();
    for (size_t k = 0; k < n; ++k) {
      EXPECT_TRUE(s.insert(many[k]));
    }
    EXPECT_EQ(s.size(), n);
    for (size_t k = 0; k < many.size(); ++k) {
      EXPECT_EQ(s.count(many[k]), k < n ? 1u : 0u) << many[k];
    }
    s.clear();
  }
}

TEST(PackedIndexTest, InsertFindClear) {
  PackedIndex<uint16_t> index;
  EXPECT_EQ(index.Find(PackKey("he")), nullptr);  // nothing inserted yet
  EXPECT_TRUE(index.Insert(PackKey("he"), 4).second);
  EXPECT_FALSE(index.Insert(PackKey("he"), 5).second);
  for (uint16_t k = 1; k < 500; ++k) {
    index.Insert(PackKey("k" + std::to_string(k)), k);
  }
  ASSERT_NE(index.Find(PackKey("he")), nullptr);
  EXPECT_EQ(*index.Find(PackKey("he")), 4);
  EXPECT_EQ(*index.Find(PackKey("k499")), 499);
  EXPECT_EQ(index.Find(PackKey("k500")), nullptr);
  EXPECT_EQ(index.size(), 500u);
  PackedIndex<uint16_t> moved(std::move(index));
  EXPECT_EQ(*moved.Find(PackKey("k7")), 7);
  EXPECT_EQ(index.Find(PackKey("k7")), nullptr);  // NOLINT(bugprone-use-after-move): empty
  PackedIndex<uint16_t> other;
  other.Insert(PackKey("she"), 1);
  other = std::move(moved);
  EXPECT_EQ(*other.Find(PackKey("k7")), 7);
  EXPECT_EQ(other.Find(PackKey("she")), nullptr);
  EXPECT_EQ(moved.Find(PackKey("k7")), nullptr);  // NOLINT(bugprone-use-after-move): empty
  EXPECT_EQ(moved.size(), 0u);                    // NOLINT(bugprone-use-after-move)
  moved = std::move(other);
  moved.Clear();
  EXPECT_EQ(moved.size(), 0u);
  EXPECT_EQ(moved.Find(PackKey("k7")), nullptr);
  EXPECT_TRUE(moved.Insert(PackKey("k7"), 8).second);
  EXPECT_EQ(*moved.Find(PackKey("k7")), 8);
}

}  // namespace
}  // namespace claimgraph::base
