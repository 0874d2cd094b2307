// Name keys of the linker: normalisation, acronyms, transliteration keys,
// bounded edit distance and slugs.
#include "link/names.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kb/kb.h"

namespace claimgraph::link {
namespace {

TEST(SplitLegalForm, StripsTrailingFormsOfDistinctiveNames) {
  auto split = [](std::string_view label) {
    const std::string normal = NormalName(label);
    const LegalFormSplit s = SplitLegalForm(normal);
    return std::pair<std::string, int>(std::string(s.stem), s.form);
  };
  EXPECT_EQ(split("Norvane Optics Inc.").first, "norvane optics");
  EXPECT_EQ(split("Norvane Optics Inc").first, "norvane optics");
  EXPECT_EQ(split("Quayside Co. Ltd.").first, "quayside");
  EXPECT_EQ(split("Zentrovix, Inc.").first, "zentrovix");
  // Folded pairs share a form; others do not.
  EXPECT_EQ(split("Zentrovix Corp").second, split("Zentrovix Corporation").second);
  EXPECT_EQ(split("Zentrovix Co").second, split("Zentrovix Company").second);
  EXPECT_EQ(split("Zentrovix Inc").second, split("Zentrovix Incorporated").second);
  EXPECT_NE(split("Zentrovix Corp").second, split("Zentrovix Inc").second);
  EXPECT_NE(split("Zentrovix AG").second, split("Zentrovix AB").second);
  // No form, or nothing distinctive left: no stem.
  EXPECT_EQ(split("Norvane Optics").first, "");
  EXPECT_EQ(split("Norvane Optics").second, 0);
  EXPECT_EQ(split("General Corp").first, "");
  EXPECT_EQ(split("National Co").first, "");
  EXPECT_EQ(split("First Inc").first, "");
  EXPECT_EQ(split("Bank Ltd").first, "");
  EXPECT_EQ(split("Group PLC").first, "");
  EXPECT_EQ(split("K Corp").first, "");
  EXPECT_EQ(split("Corp").first, "");
  EXPECT_EQ(split("The Company").first, "");
  // "Group" and "Holdings" are names of a company family, not forms.
  EXPECT_EQ(split("Norvane Group").first, "");
  EXPECT_EQ(split("Norvane Holdings Ltd").first, "norvane holdings");
  EXPECT_EQ(split("Petroleum Co Plc").first, "");
  // Two words are distinctive enough together.
  EXPECT_EQ(split("General Lathe Corp").first, "general lathe");
  // One's forms beginning the other's are one company's.
  auto compatible = [&](std::string_view a, std::string_view b) {
    return CompatibleLegalForms(split(a).second, split(b).second);
  };
  EXPECT_TRUE(compatible("Quayside Co", "Quayside Company Ltd"));
  EXPECT_TRUE(compatible("Quayside Co Ltd", "Quayside Company Limited"));
  EXPECT_TRUE(compatible("Quayside Corp", "Quayside Corporation"));
  EXPECT_TRUE(compatible("Quayside Co Ltd", "Quayside Ltd"));
  EXPECT_FALSE(compatible("Quayside Co Ltd", "Quayside Inc"));
  EXPECT_TRUE(compatible("Quayside Corp", "Quayside Inc"));
  EXPECT_TRUE(compatible("Quayside Co", "Quayside LLC"));
  EXPECT_FALSE(compatible("Quayside Co Ltd", "Quayside Corp"));
  EXPECT_FALSE(compatible("Quayside Plc", "Quayside Ltd"));
  EXPECT_FALSE(compatible("Quayside AG", "Quayside Inc"));
  EXPECT_FALSE(compatible("Quayside Co Ltd", "Quayside Co Inc"));
  EXPECT_TRUE(CompatibleLegalForms(0, split("Quayside AG").second));
}

// Every legal form of the lexicon is read, but the three that name company
// families.
TEST(SplitLegalForm, ReadsEveryLexiconLegalForm) {
  auto kb = kb::KnowledgeBase::LoadEmbedded();
  ASSERT_TRUE(kb.ok());
  size_t forms = 0;
  for (const auto& [s, o] : (*kb)->Pairs(kb::Ns("legalForm"))) {
    const std::string normal = NormalName("Zentrovix " + o.value);
    const LegalFormSplit split = SplitLegalForm(normal);
    if (o.value == "Group" || o.value == "Holding" || o.value == "Holdings") {
      EXPECT_EQ(split.form, 0) << o.value;
      continue;
    }
    ++forms;
    EXPECT_EQ(split.stem, "zentrovix") << o.value;
    EXPECT_NE(split.form, 0) << o.value;
  }
  EXPECT_GT(forms, 20u);
}

TEST(NormalName, DropsDeterminerPeriodsAndCase) {
  EXPECT_EQ(NormalName("The U.S."), "us");
  EXPECT_EQ(NormalName("Korea’s  People"), "korea's people");
  EXPECT_EQ(NormalName("Theodore"), "theodore");
}

TEST(NormalName, DropsTheOnlyBeforeAWord) {
  const std::pair<std::string_view, std::string_view> kCases[] = {{"The", "the"},
                                                                  {"the ", "the"},
                                                                  {"The  Times", "times"},
                                                                  {"The The", "the"},
                                                                  {"Then", "then"}};
  for (const auto& [label, normal] : kCases) {
    EXPECT_EQ(NormalName(label), normal) << label;
  }
  // Written in place: the view begins past "the " in the buffer.
  std::string buffer(12, '\0');
  EXPECT_EQ(NormalNameTo("The Times.", buffer.data()), "times");
  EXPECT_EQ(NormalNameTo("", buffer.data()), "");
}

// The names the linker keys, with odd spacing, initials and long words.
const char* const kNames[] = {"Joint Chiefs of Staff", "  Anna  -- Schiff", "Kim Dzong Un",
                              "Xavier T. Brunson", "U.S. Forces Korea", "the Bank of Korea",
                              "Reuters", "A B", "a B C", "Mykhailo Podolyak", "",
                              "Norvane Optics Corp.", "Zentrovix, Inc.", "T.", "Dzhokhar  Tsarnaev",
                              "Ann Nash", "Anna Annan", "Kh Han", "Kim Il-Hoon",
                              // Capitals first in a block of eight bytes, after a
                              // space last in the block before.
                              "Abcdefg Hijklmn Opqrstu V W", "ABCDEFGH IJKLMNOP QRSTUVW X"};

TEST(Acronym, InitialsAreTheCapitalFirstBytesOfWords) {
  for (const std::string_view name : kNames) {
    std::string expected;  // the words' first bytes, by the word list
    for (const std::string_view w : Words(name)) {
      if (w[0] >= 'A' && w[0] <= 'Z') {
        expected.push_back(w[0]);
      }
    }
    if (expected.size() < 2) {
      expected.clear();
    }
    EXPECT_EQ(Initials(name), expected) << name;
  }
}

TEST(FirstAndLastWord, AreThoseOfTheWordList) {
  for (const std::string_view name : kNames) {
    const std::vector<std::string_view> words = Words(name);
    const WordEnds ends = FirstAndLastWord(name);
    ASSERT_EQ(ends.count, words.size()) << name;
    if (!words.empty()) {
      // The same bytes of the name, not only equal strings.
      EXPECT_EQ(ends.first.data(), words.front().data()) << name;
      EXPECT_EQ(ends.first, words.front()) << name;
      EXPECT_EQ(ends.last.data(), words.back().data()) << name;
      EXPECT_EQ(ends.last, words.back()) << name;
    }
  }
}

TEST(PhoneticKey, SpacelessKeyIsTheKeyWithoutItsSpaces) {
  // A sound doubled across two words is kept twice ("an" "nash").
  for (const std::string_view name : kNames) {
    std::string key = PhoneticKey(name);
    key.erase(std::remove(key.begin(), key.end(), ' '), key.end());
    std::string spaceless(name.size(), '\0');
    spaceless.resize(PhoneticKeyTo(name, spaceless.data(), false));
    EXPECT_EQ(spaceless, key) << name;
  }
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
