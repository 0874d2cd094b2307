#include "base/utf8.h"

#include <gtest/gtest.h>

namespace claimgraph::utf8 {
namespace {

TEST(Utf8, AcceptsValidTextIncludingAstralPlane) {
  EXPECT_EQ(FindInvalid("plain ascii"), kValid);
  EXPECT_EQ(FindInvalid("North\xE2\x80\x99s \xF0\x9F\x98\x80"), kValid);
}

TEST(Utf8, RejectsBrokenSequencesAtTheirByte) {
  EXPECT_EQ(FindInvalid("abc\xFF"), 3u);
  EXPECT_EQ(FindInvalid("ab\xC0\xAF"), 2u);        // overlong '/'
  EXPECT_EQ(FindInvalid("a\xED\xA0\x80"), 1u);     // surrogate
  EXPECT_EQ(FindInvalid("xyz\xE2\x80"), 3u);       // truncated
  EXPECT_EQ(FindInvalid("\xF4\x90\x80\x80"), 0u);  // above U+10FFFF
}

TEST(Utf8, MapsByteOffsetsToCodePoints) {
  std::string s = "\xEF\xBB\xBF";  // BOM counts as one code point
  s += "North\xE2\x80\x99s";
  for (int i = 0; i < 100; ++i) {
    s += "\xF0\x9F\x98\x80x";
  }
  OffsetMap map(s);
  EXPECT_EQ(map.ToCodePoint(0), 0u);
  EXPECT_EQ(map.ToCodePoint(3), 1u);
  EXPECT_EQ(map.ToCodePoint(8), 6u);
  EXPECT_EQ(map.ToCodePoint(11), 7u);
  EXPECT_EQ(map.ToCodePoint(s.size()), CodePointCount(s));
}

TEST(Utf8, MapsAsciiTextOneToOne) {
  std::string s;
  for (int i = 0; i < 50; ++i) {
    s += "Officials said on Friday. ";
  }
  OffsetMap map(s);
  EXPECT_EQ(map.ToCodePoint(0), 0u);
  EXPECT_EQ(map.ToCodePoint(9), 9u);
  EXPECT_EQ(map.ToCodePoint(1000), 1000u);
  EXPECT_EQ(map.ToCodePoint(s.size()), s.size());
  OffsetMap empty("");
  EXPECT_EQ(empty.ToCodePoint(0), 0u);
}

TEST(Utf8, RoundTripsEncodeDecode) {
  std::string out;
  for (char32_t cp : {U'a', U'\u00e9', U'\u2019', U'\U0001F600'}) {
    Append(out, cp);
  }
  size_t pos = 0;
  EXPECT_EQ(Decode(out, pos), U'a');
  EXPECT_EQ(Decode(out, pos), U'\u00e9');
  EXPECT_EQ(Decode(out, pos), U'\u2019');
  EXPECT_EQ(Decode(out, pos), U'\U0001F600');
  EXPECT_EQ(pos, out.size());
}

}  // namespace
}  // namespace claimgraph::utf8
