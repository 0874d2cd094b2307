#include "extract/lowercase_map.h"

#include <gtest/gtest.h>

#include <string>

namespace claimgraph::extract {
namespace {

TEST(LowercaseMapTest, TellsWordsOfLowercaseLettersOnly) {
  LowercaseMap map;
  const std::string text = "The mayor's office said, in Lindby: \xE2\x80\x9Cwait\xE2\x80\x9D";
  map.Make(text);
  EXPECT_FALSE(map.AllLowercase(0, 3));   // "The"
  EXPECT_TRUE(map.AllLowercase(1, 2));    // "he"
  EXPECT_TRUE(map.AllLowercase(4, 5));    // "mayor"
  EXPECT_FALSE(map.AllLowercase(4, 7));   // "mayor's"
  EXPECT_TRUE(map.AllLowercase(12, 6));   // "office"
  EXPECT_FALSE(map.AllLowercase(23, 2));  // ", "
  EXPECT_FALSE(map.AllLowercase(28, 6));  // "Lindby"
  EXPECT_FALSE(map.AllLowercase(36, 4));  // a curly quote's bytes
  EXPECT_TRUE(map.AllLowercase(39, 4));   // "wait"
}

// Every run of every length at every offset of texts of every length up to
// 80 bytes (the sixteen-byte steps and the bytes after them), against a
// byte-by-byte answer; each text mapped after a longer one, whose map it
// replaces.
TEST(LowercaseMapTest, AgreesWithBytewiseTestEverywhere) {
  const std::string alphabet = "abyzAZ`{@[ '-09\x80\xE2";
  LowercaseMap map;
  map.Make(std::string(200, 'x'));
  for (size_t n = 1; n <= 80; ++n) {
    std::string text(n, 'a');
    for (size_t k = 0; k < n; ++k) {
      text[k] = alphabet[(k * 7 + n * 3) % alphabet.size()];
      if ((k + n) % 3 == 0) {
        text[k] = static_cast<char>('a' + (k % 26));  // lowercase runs, too
      }
    }
    map.Make(text);
    for (size_t begin = 0; begin < n; ++begin) {
      bool lower = true;
      for (size_t size = 1; begin + size <= n && size <= LowercaseMap::kMaxSize; ++size) {
        const unsigned char c = static_cast<unsigned char>(text[begin + size - 1]);
        lower = lower && c >= 'a' && c <= 'z';
        ASSERT_EQ(map.AllLowercase(begin, size), lower) << n << " " << begin << " " << size;
      }
    }
  }
}

// Make(text, lower) maps as Make(text) does and writes the text with its
// ASCII capitals lowered ("Zoë SAID" -> "zoë said"), for every length up to
// 80 bytes (the sixteen-byte steps and the bytes after them).
TEST(LowercaseMapTest, MakeWithLowerMapsAlikeAndLowers) {
  const std::string alphabet = "abyzAZ`{@[ '-09\x80\xE2";
  LowercaseMap plain, lowering;
  for (size_t n = 0; n <= 80; ++n) {
    std::string text(n, 'a'), expected(n, 'a');
    for (size_t k = 0; k < n; ++k) {
      text[k] = alphabet[(k * 5 + n) % alphabet.size()];
      const unsigned char c = static_cast<unsigned char>(text[k]);
      expected[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : text[k];
    }
    std::string lower(n + 1, '#');  // the byte past the text stays
    plain.Make(text);
    lowering.Make(text, lower.data());
    ASSERT_EQ(lower, expected + "#") << n;
    for (size_t begin = 0; begin < n; ++begin) {
      for (size_t size = 1; begin + size <= n && size <= LowercaseMap::kMaxSize; ++size) {
        ASSERT_EQ(lowering.AllLowercase(begin, size), plain.AllLowercase(begin, size))
            << n << " " << begin << " " << size;
      }
    }
  }
}

}  // namespace
}  // namespace claimgraph::extract
