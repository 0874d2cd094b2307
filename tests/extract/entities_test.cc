// Entity mention tagger: names, titles, types, nominals and pronouns, on
// sentences written for these tests.
#include "extract/entities.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "extract/entities_lexicon.h"
#include "extract/scan_limit.h"
#include "extract/word_table.h"
#include "kb/entry_numbers.h"
#include "kb/kb.h"
#include "project_texts.h"
#include "text/text.h"

namespace claimgraph::extract {
namespace {

using model::EntityType;
using model::Mention;
using model::MentionKind;

class EntityTaggerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto kb = kb::KnowledgeBase::LoadEmbedded();
    ASSERT_TRUE(kb.ok()) << kb.status().message();
    kb_ = *kb;
    tagger_ = new EntityTagger(*kb_);
  }
  static void TearDownTestSuite() {
    delete tagger_;
    tagger_ = nullptr;
    kb_.reset();
  }

  std::vector<Mention> Tag(const std::string& text) {
    doc_.text = text;
    doc_.id = "test";
    return tagger_->Tag(doc_, text::Segment(doc_.text));
  }
  // Tag(text) as in a short document, then with every lookup through its
  // index (index_always, as in a long document).
  std::array<std::vector<Mention>, 2> TagBothWays(const std::string& text) {
    std::array<std::vector<Mention>, 2> both;
    both[0] = Tag(text);
    index_always = true;
    both[1] = Tag(text);
    index_always = false;
    return both;
  }
  std::string Surface(const Mention& m) const {
    return doc_.text.substr(m.span.begin, m.span.size());
  }
  const Mention* Find(const std::vector<Mention>& ms, const std::string& surface) const {
    for (const auto& m : ms) {
      if (Surface(m) == surface) {
        return &m;
      }
    }
    return nullptr;
  }

  // Each of `surfaces` is a mention of type `type`.
  void ExpectTyped(const std::vector<Mention>& ms, std::initializer_list<const char*> surfaces,
                   EntityType type) const {
    for (const char* s : surfaces) {
      const Mention* m = Find(ms, s);
      ASSERT_NE(m, nullptr) << s;
      EXPECT_EQ(m->type, type) << s;
    }
  }

  model::Document doc_;
  static std::shared_ptr<const kb::KnowledgeBase> kb_;
  static EntityTagger* tagger_;
};

std::shared_ptr<const kb::KnowledgeBase> EntityTaggerTest::kb_;
EntityTagger* EntityTaggerTest::tagger_ = nullptr;

TEST_F(EntityTaggerTest, CountriesFromTheGazetteerWithCanonicalLabels) {
  auto ms =
      Tag("Officials in Poland met envoys from the Russian Federation and North Korea on Tuesday.");
  const Mention* pl = Find(ms, "Poland");
  ASSERT_NE(pl, nullptr);
  EXPECT_EQ(pl->type, EntityType::kCountry);
  const Mention* ru = Find(ms, "the Russian Federation");
  ASSERT_NE(ru, nullptr);
  EXPECT_EQ(ru->label, "Russia");
  EXPECT_EQ(Find(ms, "Officials"), nullptr);
  ASSERT_NE(Find(ms, "North Korea"), nullptr);
  EXPECT_EQ(kb::EntryIri(Find(ms, "North Korea")->kb_entry),
            "https://w3id.org/claimgraph/kb/country-kp");
}

TEST_F(EntityTaggerTest, ACompanysShortNameIsTheCompany) {
  auto ms =
      Tag("Norvane Optics Corp said it would build a plant in Lindby. Analysts said Norvane "
          "had little choice. Norvane said the plant would open next year.");
  const Mention* full = Find(ms, "Norvane Optics Corp");
  ASSERT_NE(full, nullptr);
  int short_names = 0;
  for (const Mention& m : ms) {
    if (Surface(m) != "Norvane") {
      continue;
    }
    ++short_names;
    EXPECT_EQ(m.type, EntityType::kOrganization) << "not a person, though it 'said'";
    EXPECT_EQ(m.kind, MentionKind::kName);
    ASSERT_GE(m.antecedent, 0);
    EXPECT_EQ(&ms[m.antecedent], full);
  }
  EXPECT_EQ(short_names, 2);
  // Two companies begin so: the one that is the word and a legal form.
  ms =
      Tag("Norvane AB said its unit Norvane Lasers Inc would be sold. Analysts said Norvane "
          "needed cash.");
  const Mention* bare = Find(ms, "Norvane AB");
  ASSERT_NE(bare, nullptr);
  const Mention* cut = Find(ms, "Norvane");
  ASSERT_NE(cut, nullptr);
  ASSERT_GE(cut->antecedent, 0);
  EXPECT_EQ(&ms[cut->antecedent], bare);
  // Two that are not: no antecedent.
  ms =
      Tag("Norvane Optics Corp said its unit Norvane Lasers Inc would be sold. Analysts said "
          "Norvane needed cash.");
  cut = Find(ms, "Norvane");
  if (cut != nullptr) {
    EXPECT_LT(cut->antecedent, 0);
  }
}

TEST_F(EntityTaggerTest, TheDocumentsOwnPublisherIsANewsOrganisation) {
  const std::string text =
      "HARBOURTON, March 3 (Marlow Wire) - Port officials said Tuesday that 40 ships had docked.";
  auto before = Tag(text);
  const Mention* m = Find(before, "Marlow Wire");
  ASSERT_NE(m, nullptr);
  EXPECT_NE(m->type, EntityType::kNewsMedia) << "no publisher known: nothing to go by";
  doc_.publisher = "Marlow Wire";
  auto after = Tag(text);
  m = Find(after, "Marlow Wire");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, EntityType::kNewsMedia);
  const Mention* other = Find(after, "HARBOURTON");
  if (other != nullptr) {
    EXPECT_NE(other->type, EntityType::kNewsMedia);
  }
  doc_.publisher.clear();
}

TEST_F(EntityTaggerTest, TheDocumentsAuthorIsAPerson) {
  const std::string text =
      "Ferry fares rise again\n\nBy Hyeon-ju Varga and Tilde Osk\n\nThe harbour board raised "
      "fares on Monday. Readers wrote to Varga about it.";
  auto before = Tag(text);
  EXPECT_EQ(Find(before, "Hyeon-ju Varga"), nullptr) << "unknown words in a byline";
  doc_.author = "By Hyeon-ju Varga and Tilde Osk";
  auto after = Tag(text);
  for (const char* name : {"Hyeon-ju Varga", "Tilde Osk"}) {
    const Mention* m = Find(after, name);
    ASSERT_NE(m, nullptr) << name;
    EXPECT_EQ(m->type, EntityType::kPerson) << name;
  }
  // A newsroom is no person.
  doc_.author = "Harbour Desk";
  auto desk = Tag("Fares rise\n\nBy Harbour Desk\n\nThe board raised fares.");
  const Mention* d = Find(desk, "Harbour Desk");
  EXPECT_TRUE(d == nullptr || d->type != EntityType::kPerson);
  doc_.author.clear();
}

TEST_F(EntityTaggerTest, TheFedIsTheFederalReserve) {
  // The knowledge base's short name, also across a hard line break.
  for (const char* text :
       {"Sources close to the\nFed say rates will rise.", "The Fed Board said rates will rise."}) {
    auto ms = Tag(text);
    bool found = false;
    for (const auto& m : ms) {
      found = found || m.label == "Federal Reserve";
    }
    EXPECT_TRUE(found) << text;
  }
}

// An appositive's type reaches every mention of the name it describes, the
// same through the index a long document uses (index_always).
TEST_F(EntityTaggerTest, AnAppositiveTypesTheNameItDescribes) {
  // Without the appositive, the tagger reads the two-word names as persons.
  for (const auto& ms :
       TagBothWays("Officials met on Monday. The Ferry Watch, a regional news site, cited Mayor "
                   "Jane Roe as saying the ferry would stop. Lindby Brisk, a shipping company, "
                   "denied it. Later the Ferry Watch said the ferry would run.")) {
    int watches = 0;
    for (const auto& m : ms) {
      if (m.label == "Ferry Watch") {
        EXPECT_EQ(m.type, EntityType::kNewsMedia) << Surface(m);
        ++watches;
      }
    }
    EXPECT_EQ(watches, 2);
    const Mention* firm = Find(ms, "Lindby Brisk");
    ASSERT_NE(firm, nullptr);
    EXPECT_EQ(firm->type, EntityType::kOrganization);
  }
  // A medium's head noun right after the name.
  auto agency =
      Tag("Officials met on Monday. The official Quaysend news agency said the ferry "
          "would stop.");
  const Mention* quaysend = nullptr;
  for (const auto& m : agency) {
    if (m.label == "Quaysend") {
      quaysend = &m;
    }
  }
  ASSERT_NE(quaysend, nullptr);
  EXPECT_EQ(quaysend->type, EntityType::kNewsMedia);
  // A person described by a person noun, or owning a company or a group,
  // stays a person.
  for (const char* text : {"Jane Roe, a senior official, said the ferry would stop.",
                           "Officials met on Monday. Later Jane Roe's company bought the ferry.",
                           "Officials met on Monday. The Jane Roe group bought the ferry."}) {
    auto people = Tag(text);
    const Mention* roe = Find(people, "Jane Roe");
    ASSERT_NE(roe, nullptr) << text;
    EXPECT_EQ(roe->type, EntityType::kPerson) << text;
  }
}

TEST_F(EntityTaggerTest, TitlesAreStrippedAndKept) {
  auto ms =
      Tag("Maj. Gen. Olena Petrenko, a spokeswoman, spoke to reporters. Petrenko said more was "
          "coming.");
  const Mention* p = Find(ms, "Olena Petrenko");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->type, EntityType::kPerson);
  EXPECT_EQ(p->title, "Maj. Gen.");
  const Mention* s = Find(ms, "Petrenko");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type, EntityType::kPerson);
}

TEST_F(EntityTaggerTest, LowercaseRolesBeforeNames) {
  auto ms = Tag("The talks were led by acting president Lee Jae-won and envoy Maria Santos.");
  const Mention* lee = Find(ms, "Lee Jae-won");
  ASSERT_NE(lee, nullptr);
  EXPECT_EQ(lee->type, EntityType::kPerson);
  EXPECT_EQ(lee->title, "acting president");
  ASSERT_NE(Find(ms, "Maria Santos"), nullptr);
  EXPECT_EQ(Find(ms, "Maria Santos")->title, "envoy");
}

TEST_F(EntityTaggerTest, PossessiveIsNotPartOfTheName) {
  auto ms = Tag("Seoul denied the report, and Japan’s Defense Ministry declined to comment.");
  const Mention* jp = Find(ms, "Japan");
  ASSERT_NE(jp, nullptr);
  EXPECT_EQ(jp->type, EntityType::kCountry);
  const Mention* mod = Find(ms, "Defense Ministry");
  ASSERT_NE(mod, nullptr);
  EXPECT_EQ(mod->type, EntityType::kGovernmentOrganization);
}

TEST_F(EntityTaggerTest, CapitalStandsForItsCountryButNotInCityState) {
  auto ms = Tag("Moscow said it would respond. The fair was held in Taipei, Taiwan, last year.");
  const Mention* moscow = Find(ms, "Moscow");
  ASSERT_NE(moscow, nullptr);
  EXPECT_EQ(moscow->type, EntityType::kCountry);
  EXPECT_EQ(moscow->label, "Russia");
  const Mention* taipei = Find(ms, "Taipei");
  ASSERT_NE(taipei, nullptr);
  EXPECT_EQ(taipei->type, EntityType::kPlace);
  EXPECT_EQ(taipei->label, "Taipei");
}

TEST_F(EntityTaggerTest, OrganisationByHeadWordAndAcronym) {
  auto ms = Tag("The Baltic Maritime Agency (BMA) published figures. The BMA later revised them.");
  // The determiner stays with a name that ends its noun phrase.
  const Mention* org = Find(ms, "The Baltic Maritime Agency");
  ASSERT_NE(org, nullptr);
  EXPECT_EQ(org->type, EntityType::kGovernmentOrganization);
  EXPECT_EQ(org->label, "Baltic Maritime Agency");
  const Mention* acr = Find(ms, "BMA");
  ASSERT_NE(acr, nullptr);
  EXPECT_EQ(acr->type, EntityType::kGovernmentOrganization);
}

TEST_F(EntityTaggerTest, PronounTakesTheMostRecentPerson) {
  auto ms =
      Tag("Defense Minister Tomas Varga visited the base. He said the drills would continue.");
  const Mention* he = Find(ms, "He");
  ASSERT_NE(he, nullptr);
  EXPECT_EQ(he->kind, MentionKind::kPronoun);
  ASSERT_GE(he->antecedent, 0);
  EXPECT_EQ(Surface(ms[he->antecedent]), "Tomas Varga");
}

TEST_F(EntityTaggerTest, TheNorthRefersToNorthKoreaInContext) {
  auto ms = Tag(
      "North Korea fired a missile on Monday. Analysts said the North was testing a new engine.");
  const Mention* n = Find(ms, "the North");
  ASSERT_NE(n, nullptr);
  EXPECT_EQ(n->kind, MentionKind::kNominal);
  EXPECT_EQ(n->label, "North Korea");
  ASSERT_GE(n->antecedent, 0);
  EXPECT_EQ(Surface(ms[n->antecedent]), "North Korea");
  // Without North Korea in context "the North" is nothing.
  EXPECT_EQ(Find(Tag("Storms hit the North overnight."), "the North"), nullptr);
}

TEST_F(EntityTaggerTest, OfficialFromAnAgencyActsForIt) {
  auto ms = Tag("An official from the Coast Guard Command said the search had ended.");
  const Mention* off = Find(ms, "An official from the Coast Guard Command");
  ASSERT_NE(off, nullptr);
  EXPECT_EQ(off->type, EntityType::kPerson);
  ASSERT_GE(off->acting_for, 0);
  EXPECT_EQ(ms[off->acting_for].label, "Coast Guard Command");
}

TEST_F(EntityTaggerTest, TheChairmanOfOrASpokesmanForACompanyActsForIt) {
  for (const char* text : {"The chairman of Norvane Optics Corp said the plant would close.",
                           "A spokesman for Norvane Optics Corp said the plant would close."}) {
    auto ms = Tag(text);
    const std::string person = std::string(text).substr(0, std::string(text).find(" said"));
    const Mention* p = Find(ms, person);
    ASSERT_NE(p, nullptr) << text;
    EXPECT_EQ(p->type, EntityType::kPerson);
    EXPECT_EQ(p->kind, MentionKind::kNominal);
    ASSERT_GE(p->acting_for, 0);
    EXPECT_EQ(ms[p->acting_for].label, "Norvane Optics Corp");
  }
  // In apposition the description is the named person's, not a second person.
  auto ms = Tag("Jane Roe, a spokesman for Norvane Optics Corp, said the plant would close.");
  EXPECT_EQ(Find(ms, "a spokesman for Norvane Optics Corp"), nullptr);
}

TEST_F(EntityTaggerTest, ANameEndingTheSpeakersPhraseIsNoPersonForTheVerbAfterIt) {
  // "Holt said" types Holt a person; after "of" or "for" the name ends the
  // speaker's phrase and the verb is the phrase's; after an organisation's
  // descriptor ("the oil company Lindby") the name is the organisation's.
  auto ms = Tag("The reports were late. Officials said Holt said the bridge would open.");
  ASSERT_NE(Find(ms, "Holt"), nullptr);
  EXPECT_EQ(Find(ms, "Holt")->type, EntityType::kPerson);
  for (const char* text : {"The reports were late. The government of Lindby said it would act.",
                           "The reports were late. A spokesman for Lindby said it would act.",
                           "The reports were late, the state oil company Lindby said."}) {
    ms = Tag(text);
    const Mention* m = Find(ms, "Lindby");
    ASSERT_NE(m, nullptr) << text;
    EXPECT_NE(m->type, EntityType::kPerson) << text;
  }
}

TEST_F(EntityTaggerTest, NominalAgencyRefersBack) {
  auto ms = Tag("The Federal Bureau of Investigation opened a case. The agency did not say why.");
  const Mention* a = Find(ms, "The agency");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->kind, MentionKind::kNominal);
  ASSERT_GE(a->antecedent, 0);
  EXPECT_EQ(ms[a->antecedent].label, "Federal Bureau of Investigation");
}

TEST_F(EntityTaggerTest, MilitaryUnitsAndWeapons) {
  auto ms = Tag(
      "Hundreds of Iranian troops and missile and artillery units moved south with "
      "122mm multiple rocket launchers, KN-25 short-range ballistic missiles and suicide drones.");
  ASSERT_NE(Find(ms, "Iranian troops"), nullptr);
  EXPECT_EQ(Find(ms, "Iranian troops")->type, EntityType::kMilitaryUnit);
  ASSERT_NE(Find(ms, "Iranian"), nullptr);
  EXPECT_EQ(Find(ms, "Iranian")->type, EntityType::kCountry);
  ASSERT_NE(Find(ms, "missile and artillery units"), nullptr);
  const Mention* mrl = Find(ms, "122mm multiple rocket launchers");
  ASSERT_NE(mrl, nullptr);
  EXPECT_EQ(mrl->type, EntityType::kWeapon);
  EXPECT_EQ(mrl->label, "122mm multiple rocket launcher");
  ASSERT_NE(Find(ms, "KN-25 short-range ballistic missiles"), nullptr);
  ASSERT_NE(Find(ms, "suicide drones"), nullptr);
  // A bare head noun is no weapon mention.
  EXPECT_EQ(Find(Tag("They found missiles in the truck."), "missiles"), nullptr);
}

// The mentions come sorted by span: by where they begin, the longer first
// where two begin alike ("Iranian troops", a unit, before "Iranian", its
// country); an antecedent indexes the sorted mentions.
TEST_F(EntityTaggerTest, MentionsComeInSpanOrderLongestFirst) {
  auto ms =
      Tag("Kyrylo Budanov said Hundreds of Iranian troops moved south. He said Iranian troops "
          "and Iranian drones left.");
  for (size_t k = 1; k < ms.size(); ++k) {
    EXPECT_TRUE(ms[k - 1].span.begin < ms[k].span.begin ||
                (ms[k - 1].span.begin == ms[k].span.begin && ms[k - 1].span.end > ms[k].span.end))
        << Surface(ms[k - 1]) << " before " << Surface(ms[k]);
  }
  const Mention* troops = Find(ms, "Iranian troops");
  const Mention* country = Find(ms, "Iranian");
  ASSERT_NE(troops, nullptr);
  ASSERT_NE(country, nullptr);
  EXPECT_EQ(troops->span.begin, country->span.begin);
  EXPECT_LT(troops, country);
  const Mention* he = Find(ms, "He");
  ASSERT_NE(he, nullptr);
  ASSERT_GE(he->antecedent, 0);
  EXPECT_EQ(Surface(ms[static_cast<size_t>(he->antecedent)]), "Kyrylo Budanov");
}

// The tagger notes a capitalised word once (its bits, the lists that take
// it, a possessive's length) and finds its repeats in that note, in the
// same document and the next: words alike in their first bytes ("The",
// "Theo"; "Lindqvist", "Lindqvist's") each keep their own.
TEST_F(EntityTaggerTest, RepeatedCapitalisedWordsKeepTheirOwnReading) {
  for (int document = 0; document < 2; ++document) {
    auto ms =
        Tag("The talks ended. Theo Lindqvist said the talks were over. The end came. Lindqvist's "
            "aide said Lindqvist left.");
    const Mention* theo = Find(ms, "Theo Lindqvist");
    ASSERT_NE(theo, nullptr) << document;
    EXPECT_EQ(theo->type, EntityType::kPerson);
    EXPECT_EQ(Find(ms, "The"), nullptr) << document;
    EXPECT_EQ(Find(ms, "Lindqvist's"), nullptr) << document;
    size_t lindqvist = 0;
    for (const Mention& m : ms) {
      lindqvist += Surface(m) == "Lindqvist";
    }
    EXPECT_EQ(lindqvist, 2u) << document;
  }
}

TEST_F(EntityTaggerTest, SentenceInitialCommonWordsAreNoNames) {
  auto ms = Tag("Residents fled the town. Meanwhile, Reuters reported shelling.");
  EXPECT_EQ(Find(ms, "Residents"), nullptr);
  EXPECT_EQ(Find(ms, "Meanwhile"), nullptr);
  ASSERT_NE(Find(ms, "Reuters"), nullptr);
  EXPECT_EQ(Find(ms, "Reuters")->type, EntityType::kNewsMedia);
}

TEST_F(EntityTaggerTest, HyphenatedCompoundOfNames) {
  auto ms = Tag("The Japan-China summit ended without a statement.");
  ASSERT_NE(Find(ms, "Japan"), nullptr);
  ASSERT_NE(Find(ms, "China"), nullptr);
  EXPECT_EQ(Find(ms, "Japan-China summit"), nullptr);
}

TEST_F(EntityTaggerTest, ProductWithModel) {
  auto ms = Tag("Shoppers queued for the iPhone 5 outside the store.");
  const Mention* p = Find(ms, "the iPhone 5");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->type, EntityType::kProduct);
}

TEST_F(EntityTaggerTest, ProductKeepsItsDeterminerAndDescribingWords) {
  auto ms =
      Tag("Norvane Optics Corp released the much-anticipated Xbox on Friday. Jane Roe owns an Xbox "
          "and its new Xbox, a console.");
  ExpectTyped(ms, {"the much-anticipated Xbox", "an Xbox", "its new Xbox"}, EntityType::kProduct);
}

// Before a head noun the determiner is the head's: the product is its modifier.
TEST_F(EntityTaggerTest, ProductAsModifierLeavesTheDeterminer) {
  auto ms = Tag("The new Xbox line sold well, and their Xbox library is large.");
  EXPECT_EQ(Find(ms, "The new Xbox"), nullptr);
  EXPECT_EQ(Find(ms, "their Xbox"), nullptr);
  EXPECT_NE(Find(ms, "Xbox"), nullptr);
}

TEST_F(EntityTaggerTest, DescriptionsNameTheirEntity) {
  auto ms = Tag("Shares of carmaker Toyota rose after Deputy Prime Minister Anna Berg spoke.");
  const Mention* d = Find(ms, "carmaker Toyota");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->kind, MentionKind::kNominal);
  ASSERT_GE(d->antecedent, 0);
  EXPECT_EQ(Surface(ms[d->antecedent]), "Toyota");
  const Mention* p = Find(ms, "Deputy Prime Minister Anna Berg");
  ASSERT_NE(p, nullptr);
  ASSERT_GE(p->antecedent, 0);
  EXPECT_EQ(Surface(ms[p->antecedent]), "Anna Berg");
  EXPECT_EQ(ms[p->antecedent].title, "Deputy Prime Minister");
}

TEST_F(EntityTaggerTest, TitleOfAnOrganisationInAppositionDescribesThePerson) {
  auto ms =
      Tag("Jane Roe, the chief executive of Norvane Optics Corp, said sales rose. Tom Lund, "
          "Prime Minister of Lindby, said he agreed.");
  ExpectTyped(ms,
              {"the chief executive of Norvane Optics Corp", "Prime Minister of Lindby",
               "Jane Roe, the chief executive of Norvane Optics Corp",
               "Tom Lund, Prime Minister of Lindby"},
              EntityType::kPerson);
  const Mention* d = Find(ms, "the chief executive of Norvane Optics Corp");
  ASSERT_GE(d->antecedent, 0);
  EXPECT_EQ(Surface(ms[d->antecedent]), "Jane Roe");
  ASSERT_NE(Find(ms, "Norvane Optics Corp"), nullptr);
  ASSERT_NE(Find(ms, "Lindby"), nullptr);
  // The role word at the title's start is no mention of its own.
  EXPECT_EQ(Find(ms, "the chief"), nullptr);
  // The object does not close the phrase: no description.
  ms = Tag("Jane Roe, the chairman of Norvane Optics Corp and Lindby Bank, said sales rose.");
  EXPECT_EQ(Find(ms, "the chairman of Norvane Optics Corp"), nullptr);
  ms = Tag("Jane Roe, president of Lindby, Calif.-based Norvane Optics Corp, said sales rose.");
  EXPECT_EQ(Find(ms, "president of Lindby"), nullptr);
}

// "Vice Chairman of Norvane Optics Corp": a capitalised title of several
// words before "of" is no part of an unknown company's name.
TEST_F(EntityTaggerTest, CapitalisedTitleBeforeOfIsNoPartOfTheCompany) {
  auto ms =
      Tag("Tom Baker, Vice Chairman of Norvane Optics Corp, said margins improved. Sales rose, "
          "said Jane Roe, Chief Executive Officer of Kestrel Data Systems Inc. The deal was "
          "signed by the Vice Chairman of Harlow Lens Corp on Monday.");
  ExpectTyped(ms, {"Norvane Optics Corp", "Kestrel Data Systems Inc.", "Harlow Lens Corp"},
              EntityType::kOrganization);
  ExpectTyped(ms,
              {"Vice Chairman of Norvane Optics Corp",
               "Chief Executive Officer of Kestrel Data Systems Inc."},
              EntityType::kPerson);
  EXPECT_EQ(Find(ms, "the Vice Chairman of Harlow Lens Corp"), nullptr);
  EXPECT_EQ(Find(ms, "Executive Officer of Kestrel Data Systems Inc."), nullptr);
}

// "Norvane Optics Corp ... Norvane said C": a company's first word opening a
// sentence before a speech verb is the company's short name, as it is inside
// a sentence; a surname of a person named before is the person. An unknown
// word never named before stays no name of the tagger's there.
TEST_F(EntityTaggerTest, ShortNameOpeningASentenceBeforeASpeechVerb) {
  auto ms =
      Tag("Norvane Optics Corp cut its prices on Monday. Norvane also said demand was strong. "
          "Jane Brisco joined the board in May. Brisco said the plan would work. Kestrel said "
          "sales were flat.");
  ExpectTyped(ms, {"Norvane"}, EntityType::kOrganization);
  ASSERT_GE(Find(ms, "Norvane")->antecedent, 0);
  EXPECT_EQ(Surface(ms[Find(ms, "Norvane")->antecedent]), "Norvane Optics Corp");
  ExpectTyped(ms, {"Brisco"}, EntityType::kPerson);
  EXPECT_EQ(Find(ms, "Kestrel"), nullptr);
}

// "Jane Petrosian said C": a name ending like an adjective ("-ian", "-ic",
// "-ean") before a speech verb is a person's, unless the document writes it
// as the start of a company's name ("Norvane Electric Corp ... Norvane
// Electric said"). The same through the index a long document uses
// (index_always), with the company's name before the speaker's and after.
TEST_F(EntityTaggerTest, NameEndingLikeAnAdjectiveBeforeASpeechVerbIsAPerson) {
  for (const auto& ms : TagBothWays(
           "Demand was weak. Jane Petrosian said the plan would work. Dragan Petrovic told "
           "reporters it would not. Norvane Electric Corp cut jobs. Norvane Electric said "
           "sales fell. Lindby Pacific said costs rose, and Lindby Pacific Power Co agreed.")) {
    ExpectTyped(ms, {"Jane Petrosian", "Dragan Petrovic"}, EntityType::kPerson);
    for (const char* company : {"Norvane Electric", "Lindby Pacific"}) {
      const Mention* co = Find(ms, company);
      EXPECT_TRUE(co == nullptr || co->type != EntityType::kPerson) << company;
    }
  }
}

TEST_F(EntityTaggerTest, CompanyFollowedByModelIsAProduct) {
  auto ms = Tag("Dealers said the Toyota Corolla sold well, and Apple Inc. agreed.");
  const Mention* car = Find(ms, "the Toyota Corolla");
  ASSERT_NE(car, nullptr);
  EXPECT_EQ(car->type, EntityType::kProduct);
  ASSERT_NE(Find(ms, "Toyota"), nullptr);
  EXPECT_EQ(Find(ms, "Toyota")->type, EntityType::kOrganization);
  // A legal form keeps the company's entry.
  const Mention* apple = Find(ms, "Apple Inc.");
  ASSERT_NE(apple, nullptr);
  EXPECT_EQ(apple->label, "Apple");
}

TEST_F(EntityTaggerTest, CurrencyCodeIsNoCountry) {
  auto ms = Tag("The deal is worth US$40 million to the company.");
  EXPECT_EQ(Find(ms, "US"), nullptr);
}

TEST_F(EntityTaggerTest, AbbreviatedMonthBeforeADayIsNoName) {
  auto ms = Tag("OSLO, Jan. 24 - Norsk Hydro said on Sept. 3 that Jan Tore Sanner will lead it.");
  EXPECT_EQ(Find(ms, "Jan"), nullptr);
  EXPECT_EQ(Find(ms, "Sept"), nullptr);
  const Mention* person = Find(ms, "Jan Tore Sanner");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->type, EntityType::kPerson);
}

// A known name that goes on past its first token's end through attached
// punctuation ("Amazon" "." "com") matches whole, like a name of several words.
TEST_F(EntityTaggerTest, GazetteerNameRunsOnThroughAttachedPunctuation) {
  auto ms = Tag("Holiday sales at Amazon.com and at New York stores rose, analysts said.");
  const Mention* shop = Find(ms, "Amazon.com");
  ASSERT_NE(shop, nullptr);
  EXPECT_EQ(shop->label, "Amazon");
  EXPECT_EQ(kb::EntryIri(shop->kb_entry), "https://w3id.org/claimgraph/kb/co-amazon");
  EXPECT_EQ(Find(ms, "Amazon"), nullptr);
  EXPECT_NE(Find(ms, "New York"), nullptr);
}

TEST_F(EntityTaggerTest, CapitalisedCompanyTitleIsNoPersonName) {
  auto ms =
      Tag("Sales rose, said the Chief Financial Officer of Brightwell Foods. Its Chief "
          "Executive Officer, Maria Okafor, agreed.");
  EXPECT_EQ(Find(ms, "Financial Officer"), nullptr);
  EXPECT_EQ(Find(ms, "Executive Officer"), nullptr);
  const Mention* person = Find(ms, "Maria Okafor");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->type, EntityType::kPerson);
}

TEST_F(EntityTaggerTest, RegionAdjectivesArePlaces) {
  auto ms =
      Tag("Its North American plants and European stores did well, and the Asian "
          "Development Bank lent more.");
  const Mention* na = Find(ms, "North American");
  ASSERT_NE(na, nullptr);
  EXPECT_EQ(na->type, EntityType::kPlace);
  EXPECT_EQ(Find(ms, "American"), nullptr);
  const Mention* eu = Find(ms, "European");
  ASSERT_NE(eu, nullptr);
  EXPECT_EQ(eu->type, EntityType::kPlace);
  EXPECT_EQ(Find(ms, "Asian"), nullptr);
  const Mention* bank = Find(ms, "the Asian Development Bank");
  if (bank == nullptr) {
    bank = Find(ms, "Asian Development Bank");
  }
  ASSERT_NE(bank, nullptr);
  EXPECT_NE(bank->type, EntityType::kPlace);
}

TEST_F(EntityTaggerTest, ShortLegalFormsCloseACompanyName) {
  auto ms =
      Tag("Prices rose, said the chairman of Brightwell LLC Tom Baker. Talks with "
          "Harlow Motors Co. ended, and Kestrel Holding LLC agreed.");
  const Mention* org = Find(ms, "Brightwell LLC");
  ASSERT_NE(org, nullptr);
  EXPECT_EQ(org->type, EntityType::kOrganization);
  const Mention* person = Find(ms, "Tom Baker");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->type, EntityType::kPerson);
  const Mention* co = Find(ms, "Harlow Motors Co.");
  ASSERT_NE(co, nullptr);
  EXPECT_EQ(co->type, EntityType::kOrganization);
  EXPECT_NE(Find(ms, "Kestrel Holding LLC"), nullptr);
}

TEST_F(EntityTaggerTest, LegalFormsWithoutAPeriodTypeAnOrganisation) {
  // Newswire drops the period: "Corp", "Co", "Inc" end a company's name as
  // "Corp." does, and a company is no person by default.
  auto ms =
      Tag("Brandle Tool Co said its board met. Talks with Harlow Motors Corp ended, and "
          "Quenby Foods Inc agreed. Ann Moe spoke.");
  for (const char* name : {"Brandle Tool Co", "Harlow Motors Corp", "Quenby Foods Inc"}) {
    const Mention* m = Find(ms, name);
    ASSERT_NE(m, nullptr) << name;
    EXPECT_EQ(m->type, EntityType::kOrganization) << name;
  }
  const Mention* person = Find(ms, "Ann Moe");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->type, EntityType::kPerson);
}

TEST_F(EntityTaggerTest, PersonNamedAfterALegalFormThatMayGoOn) {
  // "Corp" and "Co" may go on ("Harlow Corp International"), but not into
  // a speaker's name before a speech verb or a comma.
  auto ms =
      Tag("Vice Chairman of Brandle Optics Corp Tom Baker said sales rose. Kestrel Tool Co "
          "Ann Moe, a director, left. Harlow Corp International said costs fell.");
  ExpectTyped(ms, {"Brandle Optics Corp", "Kestrel Tool Co", "Harlow Corp International"},
              EntityType::kOrganization);
  ExpectTyped(ms, {"Tom Baker", "Ann Moe"}, EntityType::kPerson);
  // The person after "<title> of <company>" acts for the company.
  const Mention* baker = Find(ms, "Tom Baker");
  ASSERT_GE(baker->acting_for, 0);
  EXPECT_EQ(ms[baker->acting_for].label, "Brandle Optics Corp");
  auto cut = Tag("The unit was renamed Kestrel Tool Corp. Ann Moe said costs fell.");
  const Mention* moe = Find(cut, "Ann Moe");
  ASSERT_NE(moe, nullptr);
  EXPECT_LT(moe->acting_for, 0);
}

TEST_F(EntityTaggerTest, DocumentShowsAPersonShapedNameIsACompany) {
  // Two title-case words are a person by default; the document's own
  // evidence makes them a company's name, at every mention.
  struct Case {
    const char* text;
    const char* name;
  };
  for (const Case& c : {
           Case{"Harlow Bream said its profit fell. Harlow Bream met on Monday.", "Harlow Bream"},
           Case{"Sales rose, said analysts at Kestrel Dunmore. Kestrel Dunmore said nothing.",
                "Kestrel Dunmore"},
           Case{"A Quenby Marsh economist said rates would rise.", "Quenby Marsh"},
           Case{"Talks stalled. Ossian Fairlie's subsidiary closed a plant.", "Ossian Fairlie"},
           Case{"Brandle Tate said costs fell. Talks with Brandle Tate Inc ended.", "Brandle Tate"},
           Case{"Orrin Vale, which makes tools, said costs fell.", "Orrin Vale"},
           Case{"Sales rose at Tobin Gale, the investment bank, on Monday.", "Tobin Gale"},
       }) {
    ExpectTyped(Tag(c.text), {c.name}, EntityType::kOrganization);
  }
  // A person's name without such evidence stays a person's.
  ExpectTyped(Tag("Ann Moe said her shares rose. Ann Moe's shares were sold."), {"Ann Moe"},
              EntityType::kPerson);
}

TEST_F(EntityTaggerTest, AndCoGoesOnWithAFirmsName) {
  auto ms =
      Tag("The notes were sold through Harlow Bream and Co Inc, while Quenby and Ann Moe "
          "stayed out.");
  const Mention* firm = Find(ms, "Harlow Bream and Co Inc");
  ASSERT_NE(firm, nullptr);
  EXPECT_EQ(firm->type, EntityType::kOrganization);
  EXPECT_EQ(Find(ms, "Co Inc"), nullptr);
  EXPECT_NE(Find(ms, "Ann Moe"), nullptr);
}

TEST_F(EntityTaggerTest, PlaceOpeningAnOrganisationNameIsPartOfIt) {
  auto ms =
      Tag("Markets were calm. Traders said Tokyo Metals Bank fell in Tokyo, and the Chicago "
          "Mercantile Exchange halted trading.");
  const Mention* bank = Find(ms, "Tokyo Metals Bank");
  ASSERT_NE(bank, nullptr);
  EXPECT_NE(bank->type, EntityType::kPlace);
  EXPECT_NE(Find(ms, "Tokyo"), nullptr);
  EXPECT_EQ(Find(ms, "Metals Bank"), nullptr);
}

TEST_F(EntityTaggerTest, CityWithItsRegionIsOneMention) {
  auto ms = Tag("Jane Roe opened a store in San Jose, California on Monday.");
  ExpectTyped(ms, {"San Jose, California", "California"}, EntityType::kPlace);
}

// A list of places stays a list; a country after the comma stays apart.
TEST_F(EntityTaggerTest, PlacesInAListStayApart) {
  auto ms = Tag(
      "Jane Roe has stores in Boston, Chicago and Denver, in Boston, Denver, Lindby and Orvane, "
      "and one in Taipei, Taiwan.");
  EXPECT_EQ(Find(ms, "Boston, Chicago"), nullptr);
  EXPECT_EQ(Find(ms, "Boston, Denver"), nullptr);
  EXPECT_NE(Find(ms, "Boston"), nullptr);
  EXPECT_EQ(Find(ms, "Taipei, Taiwan"), nullptr);
}

TEST_F(EntityTaggerTest, GovernmentOfACountryIsAMentionOfIt) {
  auto ms =
      Tag("Norvane Optics Corp will get loans from the government of Canada and the provincial "
          "government of Ontario.");
  ExpectTyped(ms, {"the government of Canada"}, EntityType::kCountry);
  EXPECT_NE(Find(ms, "the provincial government of Ontario"), nullptr);
}

TEST_F(EntityTaggerTest, OneWordPlaceTakesNoArticle) {
  auto ms = Tag("Output fell. By June the Denver and Boston plants will close, the firm said.");
  EXPECT_EQ(Find(ms, "the Denver"), nullptr);
  EXPECT_NE(Find(ms, "Denver"), nullptr);
}

TEST_F(EntityTaggerTest, CompanyArmNamedAfterAPlaceIsOneName) {
  auto ms = Tag("Sales were flat. The bank lent money to IBM Canada, and IBM sold more in Canada.");
  const Mention* arm = Find(ms, "IBM Canada");
  ASSERT_NE(arm, nullptr);
  EXPECT_EQ(arm->type, EntityType::kOrganization);
  const Mention* country = Find(ms, "Canada");
  ASSERT_NE(country, nullptr);
  EXPECT_EQ(country->type, EntityType::kCountry);
}

TEST_F(EntityTaggerTest, QuotedNameWithoutEvidenceIsNoPerson) {
  auto ms =
      Tag("The strategy, called \"Fresh Start\", was drafted last year. The \u201CBig Four\u201D "
          "lenders objected, but chairman Tomas Varga backed it.");
  for (const char* s : {"Fresh Start", "Big Four"}) {
    const Mention* m = Find(ms, s);
    EXPECT_TRUE(m == nullptr || m->type != EntityType::kPerson) << s;
  }
  const Mention* person = Find(ms, "Tomas Varga");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->type, EntityType::kPerson);
}

TEST_F(EntityTaggerTest, VenueNamesArePlaces) {
  auto ms =
      Tag("The fair opened at the Harbourside Convention Center on Monday. Fans filled "
          "Kestrel Park Stadium and the Lumen Arena, and the Kestrel Research Center hired staff.");
  for (const char* s :
       {"the Harbourside Convention Center", "Kestrel Park Stadium", "the Lumen Arena"}) {
    const Mention* m = Find(ms, s);
    ASSERT_NE(m, nullptr) << s;
    EXPECT_EQ(m->type, EntityType::kPlace) << s;
  }
  const Mention* org = Find(ms, "the Kestrel Research Center");
  ASSERT_NE(org, nullptr);
  EXPECT_EQ(org->type, EntityType::kOrganization);
}

TEST_F(EntityTaggerTest, InstitutionWordOpeningANameMakesAnOrganisation) {
  auto ms =
      Tag("The regulator approved the sale of the Hungarian assembly plant Automobile Kolos, and "
          "shares of Bank Harvell rose.");
  for (const char* s : {"Automobile Kolos", "Bank Harvell"}) {
    const Mention* m = Find(ms, s);
    ASSERT_NE(m, nullptr) << s;
    EXPECT_EQ(m->type, EntityType::kOrganization) << s;
  }
}

TEST_F(EntityTaggerTest, CurrencyPrefixIsNoName) {
  auto ms =
      Tag("The state will lend the plant AU$48.25 million, and NZ$12 million more next year.");
  EXPECT_EQ(Find(ms, "AU"), nullptr);
  EXPECT_EQ(Find(ms, "NZ"), nullptr);
}

TEST_F(EntityTaggerTest, PersonOfCompanyIsTwoNames) {
  auto ms =
      Tag("\"Demand is weak,\" said Jane Roe of Norvane Analytics Inc, and shares of Brisk Yogurt "
          "Shops of Florida Inc rose.");
  ExpectTyped(ms, {"Jane Roe"}, EntityType::kPerson);
  // A place after "of" keeps a company's name whole.
  ExpectTyped(ms, {"Norvane Analytics Inc", "Brisk Yogurt Shops of Florida Inc"},
              EntityType::kOrganization);
}

TEST_F(EntityTaggerTest, LetteredSeriesIsNoPerson) {
  auto ms =
      Tag("The board set a dividend on its Class A and Class B stock and sold Series C preferred "
          "shares, said Mary Lindt of the Joint Chiefs of Staff.");
  for (const char* s : {"Class A", "Class B", "Series C", "Joint Chiefs"}) {
    EXPECT_EQ(Find(ms, s), nullptr) << s;
  }
  ASSERT_NE(Find(ms, "Mary Lindt"), nullptr);
  // A name cut short after its initial stays a person's.
  ms = Tag("Did the mayor help Jane R become a citizen?");
  ASSERT_NE(Find(ms, "Jane R"), nullptr);
}

TEST_F(EntityTaggerTest, TimesOfAPlaceIsANewspaper) {
  auto ms =
      Tag("The ferry was late. The Times of Lindby said the port would close, and the Herald of "
          "Chile agreed.");
  ExpectTyped(ms, {"The Times of Lindby", "the Herald of Chile"}, EntityType::kNewsMedia);
  EXPECT_EQ(Find(ms, "Chile"), nullptr);
}

TEST_F(EntityTaggerTest, TitleWordOpeningACompanyNameIsPartOfIt) {
  auto ms =
      Tag("The deal lifted General Norvane Corp, said Jane Roe, and Lindby General Corp fell. "
          "General Mary Lindt said the army would wait.");
  ExpectTyped(ms, {"General Norvane Corp", "Lindby General Corp"}, EntityType::kOrganization);
  ExpectTyped(ms, {"Mary Lindt"}, EntityType::kPerson);
}

TEST_F(EntityTaggerTest, BusinessWordsEndCompanyNames) {
  auto ms =
      Tag("Depositors left Norvane Savings, and Lindby Bancorp and Brisk Petroleum said they would "
          "buy Jane Roe's stake in Tarvel International.");
  ExpectTyped(ms, {"Norvane Savings", "Lindby Bancorp", "Brisk Petroleum", "Tarvel International"},
              EntityType::kOrganization);
}

// The portfolio before "Minister" or "Secretary" is part of the title, no
// organisation: "Oil Minister Jane Roe" is Jane Roe, titled; a title
// without a name after it ("Lindby's Oil Minister,") names nothing.
TEST_F(EntityTaggerTest, PortfolioBeforeMinisterIsPartOfTheTitle) {
  auto ms = Tag("Oil Minister Jane Roe met Agriculture Secretary Sam Poe in Lindby on Monday.");
  EXPECT_EQ(Find(ms, "Oil"), nullptr);
  EXPECT_EQ(Find(ms, "Agriculture"), nullptr);
  ExpectTyped(ms, {"Jane Roe", "Sam Poe", "Oil Minister Jane Roe", "Agriculture Secretary"},
              EntityType::kPerson);
  ms = Tag("The minister arrived. Lindby's Oil Minister, in remarks published today, said so.");
  for (const auto& m : ms) {
    EXPECT_NE(m.type, EntityType::kOrganization) << Surface(m);
  }
}

// A model number after a determiner, or "model" after the name, makes an
// unknown capitalised name a product's model, no person ("the 911 Targa",
// "the Lindby Sport model"); a count ("the 20,000 Norvane shares") or a
// year does not.
TEST_F(EntityTaggerTest, ModelNamesAfterAModelNumberAreProducts) {
  auto ms =
      Tag("Prices rose for the 944 Turbo Coupe and the 911 Targa, and sales of the "
          "Lindby Sport model fell.");
  ExpectTyped(ms, {"Turbo Coupe", "Targa"}, EntityType::kProduct);
  const Mention* sport = Find(ms, "the Lindby Sport");
  ASSERT_NE(sport, nullptr);
  EXPECT_EQ(sport->type, EntityType::kProduct);
  ms =
      Tag("Norvane Mining Corp holds the 20,000 Norvane shares, and Jane Roe spoke at the 1987 "
          "Lindby Forum.");
  for (const auto& m : ms) {
    EXPECT_NE(m.type, EntityType::kProduct) << Surface(m);
  }
}

// One capitalised word before "of <company>" is a person's surname where
// the document named that person before, and no name at all where it is a
// common word opening the sentence; without such evidence the words stay
// one company's name ("Monfort of Lindby Inc").
// The same through the index a long document uses (index_always).
TEST_F(EntityTaggerTest, OneWordBeforeOfCompanyOnTheDocumentsEvidence) {
  for (const auto& ms : TagBothWays(
           "Lindby Gear Inc said sales rose.\n\nShares of Norvane Optics Corp rose as its "
           "shares gained. Jane Harlow of Whale Securities Inc said the rise would last, and "
           "Harlow of Whale Securities Inc said so again. Monfort of Lindby Inc agreed.")) {
    EXPECT_EQ(Find(ms, "Shares of Norvane Optics Corp"), nullptr);
    EXPECT_EQ(Find(ms, "Harlow of Whale Securities Inc"), nullptr);
    ExpectTyped(ms, {"Norvane Optics Corp", "Whale Securities Inc", "Monfort of Lindby Inc"},
                EntityType::kOrganization);
    ExpectTyped(ms, {"Harlow"}, EntityType::kPerson);
  }
}

// The tagger reads a word written in lowercase letters ("president") from
// its record (WordRecord::entity_lowercase): the word's flags and, 16 bits
// up, the bits they give it (a title, no name), with those every such word
// has XOR-ed out, so the empty record's 0 serves the words the lexicon does
// not hold.
TEST_F(EntityTaggerTest, ARecordHoldsTheNoteOfItsWordInLowercase) {
  WordTable table;
  tagger_->AddWords(table);
  const EntityLexicon lex(*kb_);
  size_t with_bits = 0;
  for (const auto& [word, flags] : lex.word_flags.entries()) {
    const uint32_t bits = flags & (kTitleWord | kNotANameItself);
    EXPECT_EQ(table.Find(word).entity_lowercase, flags | bits << 16) << word;
    with_bits += bits != 0;
  }
  EXPECT_GT(with_bits, 10u);
  EXPECT_EQ(table.Find("zzyzx").entity_lowercase, 0u);
}

// The notes MakeWords reads from the word table for a word of lowercase
// letters ("said") or of a capital and lowercase letters ("Seoul") are the
// notes it makes of every other word (notes_made_always): the same mentions
// both ways, on every lexicon word written both ways in sentences and on
// the project's texts.
TEST_F(EntityTaggerTest, NotesFromTheWordTableAreTheNotesMade) {
  const EntityLexicon lex(*kb_);
  std::string every_word;
  for (const auto& [word, flags] : lex.word_flags.entries()) {
    if (std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      std::string title(word);
      title[0] = static_cast<char>(title[0] - 'a' + 'A');
      every_word += "Jane Roe met " + title + " and the " + std::string(word) + " of " + title +
                    " Lindby. " + title + " said so.\n";
    }
  }
  std::vector<std::string> texts = {every_word};
  for (const model::Document& d : testing_texts::ProjectTexts()) {
    texts.push_back(d.text);
  }
  auto describe = [&](const std::vector<Mention>& ms) {
    std::string out;
    for (const Mention& m : ms) {
      out += Surface(m) + " " + std::to_string(static_cast<int>(m.type)) + " " +
             std::to_string(static_cast<int>(m.kind)) + " " + m.label + " " +
             std::to_string(m.kb_entry) + " " + m.title + " " + std::to_string(m.antecedent) + " " +
             std::to_string(m.acting_for) + "\n";
    }
    return out;
  };
  for (const std::string& text : texts) {
    const std::string read = describe(Tag(text));
    notes_made_always = true;
    const std::string made = describe(Tag(text));
    notes_made_always = false;
    EXPECT_EQ(read, made) << text.substr(0, 80);
    EXPECT_FALSE(read.empty());
  }
}

TEST_F(EntityTaggerTest, MentionsAreSortedAndInsideTheText) {
  const std::string text = "Kim Jong Un met Vladimir Putin in Vladivostok. He praised Russia.";
  auto ms = Tag(text);
  ASSERT_FALSE(ms.empty());
  for (size_t i = 0; i < ms.size(); ++i) {
    EXPECT_LE(ms[i].span.end, text.size());
    if (i > 0) {
      EXPECT_LE(ms[i - 1].span.begin, ms[i].span.begin);
    }
    EXPECT_LT(ms[i].antecedent, static_cast<int32_t>(ms.size()));
  }
  EXPECT_TRUE(Tag("").empty());
}

}  // namespace
}  // namespace claimgraph::extract
