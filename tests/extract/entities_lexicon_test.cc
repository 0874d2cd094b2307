// The entity lexicon's one-lookup word flags: the packed table for short
// words answers exactly as the string table it is built from.
#include "extract/entities_lexicon.h"

#include <gtest/gtest.h>

#include <string>

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
  static EntityLexicon* lex_;
};

EntityLexicon* EntityLexiconTest::lex_ = nullptr;

TEST(PackedWordFlagsTest, PackPutsEachByteAtItsPlace) {
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
      EXPECT_EQ(PackedWordFlags::Pack(w), want) << from << " " << n;
    }
  }
}

TEST_F(EntityLexiconTest, FlagsOfEveryKeyMatchTheStringTable) {
  ASSERT_TRUE(lex_->short_word_flags.complete());
  size_t short_keys = 0;
  for (const auto& [key, flags] : lex_->word_flags.entries()) {
    EXPECT_EQ(lex_->Flags(key), flags) << key;
    short_keys += PackedWordFlags::Packable(key);
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
    }
  }
  EXPECT_EQ(lex_->Flags("qqqqqqqq"), 0);
  EXPECT_EQ(lex_->Flags("he"), Slow("he"));
  EXPECT_NE(lex_->Flags("he") & kPersonPronoun, 0);
}

}  // namespace
}  // namespace claimgraph::extract
