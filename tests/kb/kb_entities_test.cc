// The knowledge-base files for entities load and hold what the tagger and
// linker rely on: countries from ISO 3166 with short forms, capitals and
// demonyms; organisations with acronyms; titles; the lexicon.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "kb/kb.h"

namespace claimgraph::kb {
namespace {

const std::string kKb = "https://w3id.org/claimgraph/kb/";
const std::string kSkosPref = std::string(kSkos) + "prefLabel";
const std::string kSkosAlt = std::string(kSkos) + "altLabel";

class KbEntitiesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto kb = KnowledgeBase::LoadEmbedded();
    ASSERT_TRUE(kb.ok()) << kb.status().message();
    kb_ = *kb;
  }
  static bool Has(const std::vector<Term>& terms, const std::string& v) {
    return std::any_of(terms.begin(), terms.end(), [&](const Term& t) { return t.value == v; });
  }
  static std::shared_ptr<const KnowledgeBase> kb_;
};
std::shared_ptr<const KnowledgeBase> KbEntitiesTest::kb_;

TEST_F(KbEntitiesTest, EveryIsoCountryIsThere) {
  auto countries = kb_->SubjectsOfType(Ns("Country"));
  EXPECT_GE(countries.size(), 240u);  // ISO 3166-1 has 249 entries
  EXPECT_TRUE(std::find(countries.begin(), countries.end(), kKb + "country-kp") != countries.end());
}

TEST_F(KbEntitiesTest, CountriesCarryShortFormsCapitalsAndDemonyms) {
  const std::string kp = kKb + "country-kp";
  EXPECT_TRUE(Has(kb_->Objects(kp, kSkosPref), "North Korea"));
  EXPECT_TRUE(Has(kb_->Objects(kp, kSkosAlt), "DPRK"));
  EXPECT_TRUE(Has(kb_->Objects(kp, Ns("capital")), "Pyongyang"));
  EXPECT_TRUE(Has(kb_->Objects(kp, Ns("demonym")), "North Korean"));
  const std::string ru = kKb + "country-ru";
  EXPECT_TRUE(Has(kb_->Objects(ru, kSkosPref), "Russia"));
  EXPECT_TRUE(Has(kb_->Objects(ru, kSkosAlt), "Russian Federation"));
  EXPECT_TRUE(Has(kb_->Objects(ru, Ns("seatOfGovernment")), "Kremlin"));
  EXPECT_TRUE(Has(kb_->Objects(kKb + "country-us", kSkosAlt), "U.S."));
}

TEST_F(KbEntitiesTest, OrganisationsHaveTypesAndAcronyms) {
  auto media = kb_->SubjectsOfType(Ns("NewsMediaOrganization"));
  EXPECT_TRUE(std::find(media.begin(), media.end(), kKb + "media-reuters") != media.end());
  EXPECT_TRUE(Has(kb_->Objects(kKb + "org-un", kSkosAlt), "U.N."));
  EXPECT_TRUE(Has(kb_->Objects(kKb + "org-nato", kSkosPref), "NATO"));
  auto gov = kb_->SubjectsOfType(Ns("GovernmentOrganization"));
  EXPECT_GE(gov.size(), 20u);
}

TEST_F(KbEntitiesTest, NoLabelBeginsWithAnArticle) {
  // Names are matched without their article ("the Fed" is the name "Fed"
  // after "the"): a label written with one would never match.
  for (const std::string& p : {kSkosPref, kSkosAlt}) {
    for (const auto& [subject, label] : kb_->Pairs(p)) {
      EXPECT_FALSE(label.value.rfind("the ", 0) == 0) << subject << " " << label.value;
    }
  }
}

TEST_F(KbEntitiesTest, TitlesAndLexicon) {
  auto titles = kb_->Objects(kKb + "titles", Ns("personTitle"));
  EXPECT_TRUE(Has(titles, "deputy permanent representative"));
  EXPECT_TRUE(Has(titles, "acting president"));
  EXPECT_TRUE(Has(kb_->Objects(kKb + "titles", Ns("militaryRank")), "Lt. Gen."));
  EXPECT_TRUE(Has(kb_->Objects(kKb + "lexicon", Ns("personPronoun")), "he"));
  EXPECT_TRUE(Has(kb_->Objects(kKb + "lexicon", Ns("weaponHead")), "howitzers"));
}

TEST_F(KbEntitiesTest, BrokenTurtleNamesFileAndLine) {
  auto kb =
      KnowledgeBase::LoadTurtle({{"bad.ttl", "@prefix cg: <x#> .\ncg:a cg:b \"unterminated .\n"}});
  ASSERT_FALSE(kb.ok());
  EXPECT_NE(kb.status().message().find("bad.ttl"), std::string::npos);
}

}  // namespace
}  // namespace claimgraph::kb
