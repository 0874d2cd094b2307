#include "extract/lowercase_map.h"

#include <gtest/gtest.h>

#include <string>

namespace claimgraph::extract {
namespace {

// Maps `text`, its lowercase copy made and dropped.
void Map(LowercaseMap& map, const std::string& text) {
  std::string lower(text.size(), '\0');
  map.Make(text, lower.data());
}

TEST(LowercaseMapTest, TellsWordsOfLowercaseLettersOnly) {
  LowercaseMap map;
  const std::string text = "The mayor's office said, in Lindby: \xE2\x80\x9Cwait\xE2\x80\x9D";
  Map(map, text);
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
  Map(map, std::string(200, 'x'));
  for (size_t n = 1; n <= 80; ++n) {
    std::string text(n, 'a');
    for (size_t k = 0; k < n; ++k) {
      text[k] = alphabet[(k * 7 + n * 3) % alphabet.size()];
      if ((k + n) % 3 == 0) {
        text[k] = static_cast<char>('a' + (k % 26));  // lowercase runs, too
      }
    }
    Map(map, text);
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

// Make(text, lower) writes the text with its ASCII capitals lowered ("Zoë
// SAID" -> "zoë said") and nothing past it, for every length up to 80 bytes
// (the sixteen-byte steps and the bytes after them; the map is checked
// above).
TEST(LowercaseMapTest, MakeLowersTheText) {
  const std::string alphabet = "abyzAZ`{@[ '-09\x80\xE2";
  LowercaseMap map;
  for (size_t n = 0; n <= 80; ++n) {
    std::string text(n, 'a'), expected(n, 'a');
    for (size_t k = 0; k < n; ++k) {
      text[k] = alphabet[(k * 5 + n) % alphabet.size()];
      const unsigned char c = static_cast<unsigned char>(text[k]);
      expected[k] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : text[k];
    }
    std::string lower(n + 1, '#');  // the byte past the text stays
    map.Make(text, lower.data());
    ASSERT_EQ(lower, expected + "#") << n;
  }
}

}  // namespace
}  // namespace claimgraph::extract
