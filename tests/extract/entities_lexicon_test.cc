// The entity lexicon's one-lookup word flags: Flags, by its packed form
// too, answers exactly as the table it reads; IsNameKey and the prefix
// tables answer as what they stand in for.
#include "extract/entities_lexicon.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "extract/word_table.h"
#include "kb/kb.h"

namespace claimgraph::extract {
namespace {

class EntityLexiconTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto kb = kb::KnowledgeBase::LoadEmbedded();
    ASSERT_TRUE(kb.ok()) << kb.status().message();
    lex_ = new EntityLexicon(**kb);
  }
  static void TearDownTestSuite() {
    delete lex_;
    lex_ = nullptr;
  }
  static uint16_t Slow(std::string_view w) {
    auto it = lex_->word_flags.find(w);
    return it ? it->second : 0;
  }
  // The lexicon's words in a shared word table, as EntityTagger::AddWords
  // puts them there.
  static const WordTable& Table() {
    static const WordTable* table = [] {
      auto* t = new WordTable();
      for (const auto& [key, flags] : lex_->word_flags.entries()) {
        t->Add(key).entity_flags = flags;
      }
      return t;
    }();
    return *table;
  }
  static EntityLexicon* lex_;
};

EntityLexicon* EntityLexiconTest::lex_ = nullptr;

// Each lexicon has a serial of its own, even one made where a destroyed one
// lay: the tagger's per-thread notes of words are kept for one serial.
TEST_F(EntityLexiconTest, EachLexiconHasItsOwnSerial) {
  auto kb = kb::KnowledgeBase::LoadEmbedded();
  ASSERT_TRUE(kb.ok());
  auto* first = new EntityLexicon(**kb);
  const uint64_t first_serial = first->serial;
  delete first;
  auto* second = new EntityLexicon(**kb);
  EXPECT_NE(second->serial, first_serial);
  EXPECT_NE(second->serial, lex_->serial);
  delete second;
}

TEST_F(EntityLexiconTest, FlagsOfEveryKeyMatchTheStringTable) {
  size_t short_keys = 0;
  for (const auto& [key, flags] : lex_->word_flags.entries()) {
    EXPECT_EQ(lex_->Flags(key), flags) << key;
    EXPECT_EQ(Table().Find(key).entity_flags, flags) << key;
    short_keys += base::ShortKey(key);
  }
  EXPECT_GT(short_keys, 100u);
}

TEST_F(EntityLexiconTest, FlagsOfNonKeysAreZeroLikeTheStringTable) {
  // Near misses of real keys: one letter more or less, a NUL appended,
  // inserted or in front, eight and nine bytes.
  for (const auto& [key, flags] : lex_->word_flags.entries()) {
    const std::string k(key);
    for (const std::string& probe :
         {k + "q", k.substr(0, k.size() - 1), k + std::string(1, '\0'), std::string(1, '\0') + k,
          k.substr(0, 1) + std::string(1, '\0') + k.substr(1), k + "zzzzzzzz"}) {
      EXPECT_EQ(lex_->Flags(probe), Slow(probe)) << probe;
      EXPECT_EQ(Table().Find(probe).entity_flags, Slow(probe)) << probe;
    }
  }
  EXPECT_EQ(lex_->Flags("qqqqqqqq"), 0);
  EXPECT_EQ(lex_->Flags("he"), Slow("he"));
  EXPECT_NE(lex_->Flags("he") & kPersonPronoun, 0);
}

// IsNameKey(x) never calls a text a key that NameKey would change, and
// says so for every other text but those holding a 0xE2 byte (it leaves all
// of them to NameKey): tried on every string of up to four pieces over the
// bytes that matter, alone and across the 8-byte steps.
TEST(IsNameKeyTest, SaysWhetherNameKeyKeepsTheText) {
  const std::string alphabet[] = {"a", " ", "-", "\t", "\n", "\x01", "\xE2\x80\x99", "\xE2"};
  std::vector<std::string> texts = {""};
  for (int len = 1; len <= 4; ++len) {
    std::vector<std::string> longer;
    for (const std::string& t : texts) {
      if (static_cast<int>(t.size()) + 1 >= len) {
        for (const std::string& a : alphabet) {
          longer.push_back(t + a);
        }
      }
    }
    texts.insert(texts.end(), longer.begin(), longer.end());
  }
  for (const std::string& pad :
       {std::string(), std::string("Abcdefg"), std::string("Abcdefghijk")}) {
    for (const std::string& t : texts) {
      for (const std::string& x : {pad + t, t + pad, pad + t + pad}) {
        const bool kept = NameKey(x) == x;
        if (x.find('\xE2') == std::string::npos) {
          EXPECT_EQ(IsNameKey(x), kept) << "[" << x << "]";
        } else {
          EXPECT_FALSE(IsNameKey(x)) << "[" << x << "]";
        }
      }
    }
  }
  EXPECT_TRUE(IsNameKey("Kyrylo Budanov"));
  EXPECT_TRUE(IsNameKey("Wal-Mart"));
  EXPECT_FALSE(IsNameKey("Wal - Mart"));
  EXPECT_FALSE(IsNameKey("North  Korea"));
  EXPECT_FALSE(IsNameKey("O\xE2\x80\x99Neil"));
}

// One lookup in the prefix tables answers what a second one in the
// gazetteer or the titles did.
TEST_F(EntityLexiconTest, PrefixTablesKnowTheWholeKeys) {
  size_t whole = 0;
  for (const auto& [prefix, entry] : lex_->gazetteer_prefixes.entries()) {
    EXPECT_EQ(entry, lex_->Find(prefix)) << prefix;
    whole += entry != nullptr;
  }
  EXPECT_EQ(whole, lex_->gazetteer.size());
  for (const auto& [prefix, is_title] : lex_->title_key_prefixes.entries()) {
    EXPECT_EQ(is_title, lex_->titles.contains(prefix)) << prefix;
  }
}

// The tagger looks a word up among the name heads only when its flags hold
// kNameHead: every head, ASCII-lowercased, and every part of it after a
// space ("center" of "Convention Center") must hold it.
TEST_F(EntityLexiconTest, EveryNameHeadAndItsPartsAfterASpaceAreFlagged) {
  auto lower = [](std::string_view s) {
    std::string out(s);
    for (char& c : out) {
      c = static_cast<char>(c | (c >= 'A' && c <= 'Z' ? 0x20 : 0));
    }
    return out;
  };
  size_t two_words = 0;
  for (const auto& [head, type] : lex_->name_heads.entries()) {
    EXPECT_TRUE(lex_->Flags(lower(head)) & kNameHead) << head;
    for (size_t space = head.find(' '); space != std::string_view::npos;
         space = head.find(' ', space + 1)) {
      EXPECT_TRUE(lex_->Flags(lower(head.substr(space + 1))) & kNameHead) << head;
      ++two_words;
    }
  }
  EXPECT_GT(lex_->name_heads.size(), 10u);
  EXPECT_GT(two_words, 0u);
  EXPECT_FALSE(lex_->Flags("said") & kNameHead);
}

}  // namespace
}  // namespace claimgraph::extract
