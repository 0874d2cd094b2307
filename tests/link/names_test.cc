// Name keys of the linker: normalisation, acronyms, transliteration keys,
// bounded edit distance and slugs.
#include "link/names.h"

#include <gtest/gtest.h>

#include <string>

namespace claimgraph::link {
namespace {

TEST(NormalName, DropsDeterminerPeriodsAndCase) {
  EXPECT_EQ(NormalName("The U.S."), "us");
  EXPECT_EQ(NormalName("Korea’s  People"), "korea's people");
  EXPECT_EQ(NormalName("Theodore"), "theodore");
}

TEST(Acronym, DetectsAndExpands) {
  EXPECT_TRUE(IsAcronym("JCS"));
  EXPECT_TRUE(IsAcronym("U.N."));
  EXPECT_FALSE(IsAcronym("Jcs"));
  EXPECT_FALSE(IsAcronym("A"));
  EXPECT_EQ(Initials("Joint Chiefs of Staff"), "JCS");
  EXPECT_EQ(Initials("Reuters"), "");
}

TEST(PhoneticKey, FoldsRomanisationVariants) {
  EXPECT_EQ(PhoneticKey("Kim Dzong Un"), PhoneticKey("Kim Jong Un"));
  EXPECT_EQ(PhoneticKey("Volodymyr Zelensky"), PhoneticKey("Volodymyr Zelenskyy"));
  EXPECT_EQ(PhoneticKey("Xavier T. Brunson"), PhoneticKey("Xavier Brunson"));
  EXPECT_NE(PhoneticKey("Kim Il-hoon"), PhoneticKey("Kim Jong Un"));
}

TEST(PhoneticKey, ExactKeys) {
  EXPECT_EQ(PhoneticKey("Mykhailo Podolyak"), "mihailo podoliak");
  // Doubled letters once; a word without letters keeps its separator.
  EXPECT_EQ(PhoneticKey("  Anna  -- Schiff"), "ana  skhif");
  EXPECT_EQ(PhoneticKey("T."), "");
  EXPECT_EQ(PhoneticKey(std::string(80, 'k') + "h"), "kh");
}

TEST(BoundedEditDistance, StopsEarly) {
  EXPECT_EQ(BoundedEditDistance("kitten", "sitting", 5), 3);
  EXPECT_EQ(BoundedEditDistance("abc", "abc", 0), 0);
  EXPECT_GT(BoundedEditDistance("abcdef", "uvwxyz", 2), 2);
}

TEST(Slug, LowercaseAsciiWithHyphens) {
  EXPECT_EQ(Slug("North Korea"), "north-korea");
  EXPECT_EQ(Slug("U.S. Forces Korea"), "us-forces-korea");
  EXPECT_EQ(Slug("Spółka"), "spółka");
  EXPECT_EQ(Slug("!!"), "unnamed");
}

TEST(Compass, FindsDirectionWords) {
  EXPECT_EQ(Compass("North Korea"), "north");
  EXPECT_EQ(Compass("Southern Command"), "south");
  EXPECT_EQ(Compass("Korea"), "");
}

}  // namespace
}  // namespace claimgraph::link
