// Linker: within- and cross-document merges, cannot-link constraints,
// stable keys and order independence, on hand-made mentions.
#include "link/link.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "kb/entry_numbers.h"
#include "kb/kb.h"

namespace claimgraph::link {
namespace {

using model::EntityType;
using model::Mention;
using model::MentionKind;

// Builds a document and its mentions from (surface, type) pairs laid out
// left to right, separated by " ... ".
struct DocBuilder {
  model::Document doc;
  std::vector<Mention> mentions;

  explicit DocBuilder(std::string id) { doc.id = std::move(id); }
  DocBuilder& Name(const std::string& surface, EntityType type, const std::string& kb = "",
                   const std::string& label = "") {
    return Add(surface, type, MentionKind::kName, kb, label, -1);
  }
  DocBuilder& Ref(const std::string& surface, EntityType type, MentionKind kind,
                  int32_t antecedent) {
    return Add(surface, type, kind, "", surface, antecedent);
  }
  // Appends raw text with no mention (e.g. a possessive "'s").
  DocBuilder& Text(const std::string& t) {
    doc.text += t;
    return *this;
  }
  DocBuilder& Add(const std::string& surface, EntityType type, MentionKind kind,
                  const std::string& kb, const std::string& label, int32_t antecedent) {
    if (!doc.text.empty() && doc.text.back() != ' ' && doc.text.back() != 's') {
      doc.text += " ... ";
    }
    Mention m;
    m.span.begin = static_cast<uint32_t>(doc.text.size());
    doc.text += surface;
    m.span.end = static_cast<uint32_t>(doc.text.size());
    m.type = type;
    m.kind = kind;
    m.kb_entry = kb::EntryNumber(kb);
    m.label = label.empty() ? surface : label;
    m.antecedent = antecedent;
    mentions.push_back(m);
    return *this;
  }
};

class LinkerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto kb = kb::KnowledgeBase::LoadTurtle({});
    ASSERT_TRUE(kb.ok());
    kb_ = *kb;
  }
  model::EntityTable Link(const std::vector<DocBuilder>& docs) {
    Linker linker(kb_);
    for (uint32_t i = 0; i < docs.size(); ++i) {
      linker.AddDocument(i, docs[i].doc, docs[i].mentions);
    }
    return linker.Resolve();
  }
  static const model::Entity& EntityOf(const model::EntityTable& t, size_t doc, size_t m) {
    return t.entities.at(t.mention_entity.at(doc).at(m));
  }
  static std::shared_ptr<const kb::KnowledgeBase> kb_;
};
std::shared_ptr<const kb::KnowledgeBase> LinkerTest::kb_;

const std::string kNk = "https://w3id.org/claimgraph/kb/country-kp";
const std::string kSk = "https://w3id.org/claimgraph/kb/country-kr";

TEST_F(LinkerTest, SameKbEntryAcrossDocumentsIsOneEntityWithStableKey) {
  DocBuilder a("a"), b("b");
  a.Name("North Korea", EntityType::kCountry, kNk);
  b.Name("Pyongyang", EntityType::kCountry, kNk, "North Korea");
  auto t = Link({a, b});
  ASSERT_EQ(t.entities.size(), 1u);
  EXPECT_EQ(t.entities[0].key, "country/north-korea");
  EXPECT_EQ(t.entities[0].document_count, 2u);
  EXPECT_EQ(t.mention_entity[0][0], t.mention_entity[1][0]);
}

// The linker keeps the label a KB entry's last mention had, to compare the
// next one's with: a mention with another label ("DPRK") is its own name all
// the same, and so is the first label when it comes back.
TEST_F(LinkerTest, KbEntryWithLabelsThatAlternateKeepsEachName) {
  DocBuilder a("a"), b("b"), c("c");
  a.Name("North Korea", EntityType::kCountry, kNk).Name("DPRK", EntityType::kCountry, kNk);
  b.Name("DPRK", EntityType::kCountry, kNk);
  c.Name("North Korea", EntityType::kCountry, kNk);
  auto t = Link({a, b, c});
  ASSERT_EQ(t.entities.size(), 1u);
  EXPECT_EQ(t.entities[0].aliases, (std::vector<std::string_view>{"DPRK", "North Korea"}));
  EXPECT_EQ(t.entities[0].mention_count, 4u);
  EXPECT_EQ(t.entities[0].document_count, 3u);
}

TEST_F(LinkerTest, SurnameWithinDocumentJoinsTheFullName) {
  DocBuilder a("a");
  a.Name("Olena Petrenko", EntityType::kPerson).Name("Petrenko", EntityType::kPerson);
  auto t = Link({a});
  ASSERT_EQ(t.entities.size(), 1u);
  EXPECT_EQ(t.entities[0].label, "Olena Petrenko");
  EXPECT_EQ(t.entities[0].mention_count, 2u);
  bool surname = std::any_of(t.merges.begin(), t.merges.end(),
                             [](const model::MergeEvidence& e) { return e.kind == "surname"; });
  EXPECT_TRUE(surname);
}

TEST_F(LinkerTest, DifferentGivenNamesNeverMerge) {
  // "Kim" joins the most recent Kim in its document; two different Kims in
  // two documents stay apart even though a bare "Kim" could bridge them.
  DocBuilder a("a"), b("b"), c("c");
  a.Name("Kim Il-hoon", EntityType::kPerson).Name("Kim", EntityType::kPerson);
  b.Name("Kim Jong Un", EntityType::kPerson);
  c.Name("Kim", EntityType::kPerson);
  auto t = Link({a, b, c});
  EXPECT_NE(t.mention_entity[0][0], t.mention_entity[1][0]);
  EXPECT_EQ(t.mention_entity[0][0], t.mention_entity[0][1]);
}

TEST_F(LinkerTest, TransliterationVariantsMerge) {
  DocBuilder a("a"), b("b");
  a.Name("Kim Jong Un", EntityType::kPerson);
  b.Name("Kim Dzong Un", EntityType::kPerson);
  auto t = Link({a, b});
  ASSERT_EQ(t.entities.size(), 1u);
  EXPECT_EQ(t.entities[0].aliases, (std::vector<std::string_view>{"Kim Dzong Un", "Kim Jong Un"}));
  bool translit = std::any_of(t.merges.begin(), t.merges.end(), [](const model::MergeEvidence& e) {
    return e.kind == "transliteration";
  });
  EXPECT_TRUE(translit);
}

TEST_F(LinkerTest, SimilarButDifferentNamesDoNotMerge) {
  DocBuilder a("a"), b("b");
  a.Name("John Smith", EntityType::kPerson);
  b.Name("Joan Smith", EntityType::kPerson);
  auto t = Link({a, b});
  EXPECT_EQ(t.entities.size(), 2u);
}

TEST_F(LinkerTest, ShortNameJoinsItsFullNameButIsNoNameAcrossDocuments) {
  // The tagger points "Norvane" to "Norvane Optics Corp" (its antecedent).
  DocBuilder a("a"), b("b");
  a.Name("Norvane Optics Corp", EntityType::kOrganization)
      .Add("Norvane", EntityType::kOrganization, MentionKind::kName, "", "", 0);
  // Elsewhere "Norvane" alone may be another firm ("Norvane Lasers Inc").
  b.Name("Norvane", EntityType::kOrganization);
  auto t = Link({a, b});
  EXPECT_EQ(t.mention_entity[0][0], t.mention_entity[0][1]);
  EXPECT_EQ(EntityOf(t, 0, 1).label, "Norvane Optics Corp");
  EXPECT_NE(t.mention_entity[1][0], t.mention_entity[0][0]);
  const auto e = std::find_if(t.merges.begin(), t.merges.end(),
                              [](const model::MergeEvidence& m) { return m.kind == "short-name"; });
  ASSERT_NE(e, t.merges.end());
  EXPECT_EQ(std::minmax(e->left, e->right),
            std::minmax(std::string_view("Norvane"), std::string_view("Norvane Optics Corp")));
  // A short name typed as another class stays apart.
  DocBuilder c("c");
  c.Name("Norvane Optics Corp", EntityType::kOrganization)
      .Add("Norvane", EntityType::kPerson, MentionKind::kName, "", "", 0);
  auto u = Link({c});
  EXPECT_NE(u.mention_entity[0][0], u.mention_entity[0][1]);
}

TEST_F(LinkerTest, CompanyNamesWithAndWithoutLegalFormJoinAcrossDocuments) {
  DocBuilder a("a"), b("b"), c("c"), d("d");
  a.Name("Norvane Optics", EntityType::kOrganization);
  b.Name("Norvane Optics Inc.", EntityType::kOrganization);
  c.Name("Norvane Optics Incorporated", EntityType::kOrganization);
  d.Name("Tessaly Brewing Corporation", EntityType::kOrganization);
  DocBuilder e("e"), f("f"), g("g"), h("h");
  e.Name("Tessaly Brewing Corp", EntityType::kOrganization);
  f.Name("Tessaly Brewing", EntityType::kOrganization);
  g.Name("Quayside Shipping Co", EntityType::kOrganization);
  h.Name("Quayside Shipping Co Ltd", EntityType::kOrganization);
  auto t = Link({a, b, c, d, e, f, g, h});
  ASSERT_EQ(t.entities.size(), 3u);
  EXPECT_EQ(t.mention_entity[6][0], t.mention_entity[7][0]);
  EXPECT_EQ(t.mention_entity[0][0], t.mention_entity[1][0]);
  EXPECT_EQ(t.mention_entity[0][0], t.mention_entity[2][0]);
  EXPECT_EQ(t.mention_entity[3][0], t.mention_entity[4][0]);
  EXPECT_EQ(t.mention_entity[3][0], t.mention_entity[5][0]);
  size_t legal = 0;
  for (const auto& m : t.merges) {
    if (m.kind == "legal-form") {
      ++legal;
      EXPECT_EQ(m.confidence, 0.85);
    }
  }
  EXPECT_EQ(legal, 5u);
  // Whichever comes first, the evidence is the same.
  auto u = Link({h, g, f, e, d, c, b, a});
  size_t legal_u = 0;
  for (const auto& m : u.merges) {
    legal_u += m.kind == "legal-form";
  }
  EXPECT_EQ(legal_u, 5u);
  EXPECT_EQ(u.entities.size(), 3u);
}

TEST_F(LinkerTest, LegalFormsJoinOnlyDistinctiveCompanyNamesAlike) {
  // Not persons or places; not a bare common word; not another name.
  DocBuilder a("a"), b("b"), c("c"), d("d"), e("e"), f("f"), g("g"), h("h");
  a.Name("Marlow Fenn", EntityType::kPerson);
  b.Name("Marlow Fenn Ltd", EntityType::kOrganization);
  c.Name("Caldera", EntityType::kPlace);
  d.Name("Caldera Inc", EntityType::kOrganization);
  e.Name("National", EntityType::kOrganization);
  f.Name("National Corp", EntityType::kOrganization);
  g.Name("Norvane", EntityType::kOrganization);
  h.Name("Norvane Optics Corp", EntityType::kOrganization);
  // The labels, not only a name, differ by the form alone: "Fenwick Mills
  // Co", called "FMC" in its document, is no "FMC Corp".
  DocBuilder i("i"), j("j");
  i.Name("Fenwick Mills Co", EntityType::kOrganization).Name("FMC", EntityType::kOrganization);
  j.Name("FMC Corp", EntityType::kOrganization);
  auto t = Link({a, b, c, d, e, f, g, h, i, j});
  EXPECT_EQ(t.mention_entity[8][0], t.mention_entity[8][1]);
  EXPECT_NE(t.mention_entity[8][0], t.mention_entity[9][0]);
  EXPECT_EQ(t.entities.size(), 10u);
  for (const auto& m : t.merges) {
    EXPECT_NE(m.kind, "legal-form") << m.left << " = " << m.right;
  }
}

TEST_F(LinkerTest, TwoDifferentLegalFormsStayApart) {
  // "Zentrovix Labs AG" and "Zentrovix Labs Inc" may be a parent and its
  // subsidiary: the bare name joins the first of them only.
  DocBuilder a("a"), b("b"), c("c");
  a.Name("Zentrovix Labs AG", EntityType::kOrganization);
  b.Name("Zentrovix Labs", EntityType::kOrganization);
  c.Name("Zentrovix Labs Inc", EntityType::kOrganization);
  for (const auto& order : {std::vector<DocBuilder>{a, b, c}, std::vector<DocBuilder>{c, b, a}}) {
    auto t = Link(order);
    EXPECT_EQ(t.entities.size(), 2u);
  }
  auto t = Link({a, b, c});
  EXPECT_EQ(t.mention_entity[0][0], t.mention_entity[1][0]);
  EXPECT_NE(t.mention_entity[0][0], t.mention_entity[2][0]);
}

TEST_F(LinkerTest, OneWordNameJoinsItsFormsOnlyWhenBothCarryOne) {
  // "Kelvor" may be a surname or a place: it stays apart from "Kelvor Inc";
  // "Kelvor Co" and "Kelvor Corp" are one company.
  DocBuilder a("a"), b("b"), c("c"), d("d");
  a.Name("Kelvor", EntityType::kOrganization);
  b.Name("Kelvor Inc", EntityType::kOrganization);
  c.Name("Kelvor Co", EntityType::kOrganization);
  d.Name("Kelvor Corp", EntityType::kOrganization);
  auto t = Link({a, b, c, d});
  EXPECT_NE(t.mention_entity[0][0], t.mention_entity[1][0]);
  EXPECT_EQ(t.mention_entity[2][0], t.mention_entity[3][0]);
}

TEST_F(LinkerTest, AcronymAndExpansionWithinAndAcrossDocuments) {
  DocBuilder a("a"), b("b");
  a.Name("Joint Chiefs of Staff", EntityType::kGovernmentOrganization)
      .Name("JCS", EntityType::kGovernmentOrganization);
  b.Name("JCS", EntityType::kOrganization);
  auto t = Link({a, b});
  ASSERT_EQ(t.entities.size(), 1u);
  EXPECT_EQ(t.entities[0].label, "Joint Chiefs of Staff");
  EXPECT_EQ(t.entities[0].type, EntityType::kGovernmentOrganization);
  EXPECT_EQ(t.entities[0].key, "government-organization/joint-chiefs-of-staff");
}

TEST_F(LinkerTest, TwoNamesWithOneAcronymStayApart) {
  // "Sagrell Corp" and "Salvik Corp" are both "SC": a bare "SC" elsewhere
  // joins one of them at most, and never the two together.
  DocBuilder a("a"), b("b"), c("c"), d("d");
  a.Name("Sagrell Corp", EntityType::kOrganization).Name("SC", EntityType::kOrganization);
  b.Name("Salvik Corp", EntityType::kOrganization).Name("SC", EntityType::kOrganization);
  c.Name("SC", EntityType::kOrganization);
  d.Name("Sagrell Corp", EntityType::kOrganization);
  for (const auto& order :
       {std::vector<DocBuilder>{a, b, c, d}, std::vector<DocBuilder>{d, c, b, a}}) {
    auto t = Link(order);
    size_t sagrell = 0, salvik = 0;
    for (const auto& e : t.entities) {
      sagrell += e.label == "Sagrell Corp";
      salvik += e.label == "Salvik Corp";
    }
    EXPECT_EQ(sagrell, 1u);
    EXPECT_EQ(salvik, 1u);
  }
  auto t = Link({a, b, c, d});
  EXPECT_NE(t.mention_entity[0][0], t.mention_entity[1][0]);
  EXPECT_EQ(t.mention_entity[0][0], t.mention_entity[3][0]);
}

TEST_F(LinkerTest, ContrastingCountryQualifiersKeepOrganisationsApart) {
  DocBuilder a("a"), b("b"), c("c");
  a.Name("South Korea", EntityType::kCountry, kSk)
      .Text("'s ")
      .Name("Joint Chiefs of Staff", EntityType::kGovernmentOrganization);
  b.Name("North Korea", EntityType::kCountry, kNk)
      .Text("'s ")
      .Name("Joint Chiefs of Staff", EntityType::kGovernmentOrganization);
  c.Name("Seoul", EntityType::kCountry, kSk, "South Korea")
      .Text("'s ")
      .Name("Joint Chiefs of Staff", EntityType::kGovernmentOrganization);
  auto t = Link({a, b, c});
  EXPECT_NE(t.mention_entity[0][1], t.mention_entity[1][1]);
  EXPECT_EQ(t.mention_entity[0][1], t.mention_entity[2][1]);
}

TEST_F(LinkerTest, DifferentTypeClassesNeverMerge) {
  DocBuilder a("a"), b("b");
  a.Name("Jordan", EntityType::kPerson);
  b.Name("Jordan", EntityType::kCountry);
  auto t = Link({a, b});
  EXPECT_EQ(t.entities.size(), 2u);
}

TEST_F(LinkerTest, NorthAndSouthNeverMerge) {
  DocBuilder a("a"), b("b");
  a.Name("North Sudan", EntityType::kPlace);
  b.Name("South Sudan", EntityType::kPlace);
  auto t = Link({a, b});
  EXPECT_EQ(t.entities.size(), 2u);
}

TEST_F(LinkerTest, PronounsAndNominalsFollowTheirAntecedent) {
  DocBuilder a("a");
  a.Name("Maria Santos", EntityType::kPerson)
      .Ref("she", EntityType::kPerson, MentionKind::kPronoun, 0);
  a.Ref("the official", EntityType::kPerson, MentionKind::kNominal, -1);
  auto t = Link({a});
  EXPECT_EQ(t.mention_entity[0][1], t.mention_entity[0][0]);
  EXPECT_EQ(t.mention_entity[0][2], -1);
  EXPECT_EQ(t.entities[0].mention_count, 2u);
}

// The within-document rules that look back through earlier names (a
// surname's full name, a short form before its full name, an acronym's
// expansion) answer the same in a long document, where they go through an
// index of the earlier names, as in a short one, where they look through
// every name.
TEST_F(LinkerTest, LongDocumentLinksSurnamesShortFormsAndAcronymsAsAShortOne) {
  // Lays out the test names with `fillers` other persons' full names before
  // and between them (past the index's threshold: 256 names).
  auto build = [](int fillers) {
    DocBuilder d("d");
    auto fill = [&](int from) {
      for (int i = from; i < from + fillers / 2; ++i) {
        d.Name("Filler" + std::to_string(i) + " Person" + std::to_string(i), EntityType::kPerson);
      }
    };
    fill(0);
    d.Name("John Harlow", EntityType::kPerson);                            // 1
    d.Name("Zelenskyy", EntityType::kPerson);                              // 2, short form first
    d.Name("Joint Chiefs of Staff", EntityType::kGovernmentOrganization);  // 3
    d.Name("Mary Harlow", EntityType::kPerson);                            // 4, the later Harlow
    fill(fillers / 2);
    d.Name("Harlow", EntityType::kPerson);               // 5: Mary Harlow, seen last
    d.Name("Volodymyr Zelenskyy", EntityType::kPerson);  // 6: joins 2
    d.Name("JCS", EntityType::kGovernmentOrganization);  // 7: joins 3
    d.Name("Kravets", EntityType::kPerson);              // 8: no full name: apart
    return d;
  };
  for (const int fillers : {0, 600}) {
    SCOPED_TRACE(fillers);
    DocBuilder d = build(fillers);
    auto t = Link({d});
    const size_t n = d.mentions.size(), f = static_cast<size_t>(fillers / 2);
    auto entity = [&](size_t k) { return t.mention_entity[0][k]; };
    const size_t john = f, zel = f + 1, jcs_long = f + 2, mary = f + 3;
    const size_t harlow = n - 4, volodymyr = n - 3, jcs = n - 2, kravets = n - 1;
    EXPECT_EQ(entity(harlow), entity(mary));
    EXPECT_NE(entity(harlow), entity(john));
    EXPECT_EQ(entity(volodymyr), entity(zel));
    EXPECT_EQ(entity(jcs), entity(jcs_long));
    EXPECT_NE(entity(kravets), entity(john));
    EXPECT_NE(entity(kravets), entity(mary));
    for (size_t k = 0; k < f; ++k) {  // no filler joins a test name
      EXPECT_NE(entity(k), entity(mary));
      EXPECT_NE(entity(k), entity(zel));
    }
  }
}

TEST_F(LinkerTest, ResultDoesNotDependOnInsertionOrder) {
  std::vector<DocBuilder> docs;
  docs.emplace_back("d1");
  docs.back().Name("Kim Jong Un", EntityType::kPerson).Name("Kim", EntityType::kPerson);
  docs.emplace_back("d2");
  docs.back().Name("Kim Dzong Un", EntityType::kPerson).Name("JCS", EntityType::kOrganization);
  docs.emplace_back("d3");
  docs.back()
      .Name("Joint Chiefs of Staff", EntityType::kGovernmentOrganization)
      .Name("Kim Il-hoon", EntityType::kPerson);
  Linker forward(kb_), backward(kb_);
  for (uint32_t i = 0; i < docs.size(); ++i) {
    forward.AddDocument(i, docs[i].doc, docs[i].mentions);
  }
  for (uint32_t i = docs.size(); i-- > 0;) {
    backward.AddDocument(i, docs[i].doc, docs[i].mentions);
  }
  auto x = forward.Resolve();
  auto y = backward.Resolve();
  ASSERT_EQ(x.entities.size(), y.entities.size());
  for (size_t i = 0; i < x.entities.size(); ++i) {
    EXPECT_EQ(x.entities[i].key, y.entities[i].key);
    EXPECT_EQ(x.entities[i].aliases, y.entities[i].aliases);
  }
  EXPECT_EQ(x.mention_entity, y.mention_entity);
  ASSERT_EQ(x.merges.size(), y.merges.size());
  for (size_t i = 0; i < x.merges.size(); ++i) {
    EXPECT_EQ(x.merges[i].left, y.merges[i].left);
    EXPECT_EQ(x.merges[i].kind, y.merges[i].kind);
  }
  EXPECT_TRUE(std::is_sorted(x.entities.begin(), x.entities.end(),
                             [](const auto& a, const auto& b) { return a.key < b.key; }));
}

// Thousands of documents, so the linker drops the documents its signatures
// no longer name several times while they arrive (most of them in the
// backward and shuffled orders): the first documents, merge evidence and
// origins are those of any other order.
TEST_F(LinkerTest, ManyDocumentsInAnyOrderGiveTheSameEntitiesAndEvidence) {
  const std::vector<std::string> people = {"Olena Petrenko", "Petrenko",     "Kim Jong Un",
                                           "Kim Dzong Un",   "Maria Santos", "Santos"};
  std::vector<DocBuilder> docs;
  for (uint32_t i = 0; i < 6000; ++i) {
    docs.emplace_back("doc-" + std::to_string((i * 7919) % 6000));
    DocBuilder& d = docs.back();
    d.Name(people[i % people.size()], EntityType::kPerson);
    d.Name("Agency " + std::to_string(i % 700), EntityType::kOrganization);
    if (i % 3 == 0) {
      d.Name("Joint Chiefs of Staff", EntityType::kGovernmentOrganization)
          .Name("JCS", EntityType::kOrganization);
    }
  }
  auto run = [&](const std::vector<uint32_t>& order, std::vector<EntityOrigin>& origins) {
    Linker linker(kb_);
    for (const uint32_t i : order) {
      linker.AddDocument(i, docs[i].doc, docs[i].mentions);
    }
    return linker.Resolve(&origins);
  };
  std::vector<uint32_t> forward(docs.size()), backward, shuffled;
  for (uint32_t i = 0; i < forward.size(); ++i) {
    forward[i] = i;
  }
  backward.assign(forward.rbegin(), forward.rend());
  for (uint32_t i = 0; i < forward.size(); ++i) {
    shuffled.push_back((i * 4099) % static_cast<uint32_t>(forward.size()));
  }
  std::vector<EntityOrigin> ox;
  const auto x = run(forward, ox);
  ASSERT_GT(x.merges.size(), 3u);
  for (const auto* order : {&backward, &shuffled}) {
    std::vector<EntityOrigin> oy;
    const auto y = run(*order, oy);
    ASSERT_EQ(x.entities.size(), y.entities.size());
    for (size_t i = 0; i < x.entities.size(); ++i) {
      EXPECT_EQ(x.entities[i].key, y.entities[i].key);
      EXPECT_EQ(x.entities[i].aliases, y.entities[i].aliases);
      EXPECT_EQ(x.entities[i].mention_count, y.entities[i].mention_count);
      EXPECT_EQ(x.entities[i].document_count, y.entities[i].document_count);
      EXPECT_EQ(ox[i].first_doc, oy[i].first_doc);
      EXPECT_EQ(ox[i].first_offset, oy[i].first_offset);
    }
    EXPECT_EQ(x.mention_entity, y.mention_entity);
    ASSERT_EQ(x.merges.size(), y.merges.size());
    for (size_t i = 0; i < x.merges.size(); ++i) {
      EXPECT_EQ(x.merges[i].left, y.merges[i].left);
      EXPECT_EQ(x.merges[i].right, y.merges[i].right);
      EXPECT_EQ(x.merges[i].kind, y.merges[i].kind);
      EXPECT_EQ(x.merges[i].left_doc, y.merges[i].left_doc);
      EXPECT_EQ(x.merges[i].right_doc, y.merges[i].right_doc);
    }
  }
  // The first documents in id order ("doc-0" < "doc-1" < "doc-10" ...).
  EXPECT_EQ(ox[0].first_doc.substr(0, 4), "doc-");
}

TEST_F(LinkerTest, CallerKeptMentionIndexFindsTheSameEntitiesThroughSignatures) {
  // The caller keeps mention -> signature; the signatures' entities are the
  // entities the linker gives when it keeps the mentions itself.
  std::vector<DocBuilder> docs;
  docs.emplace_back("d2");
  docs.back().Name("Olena Petrenko", EntityType::kPerson).Name("Petrenko", EntityType::kPerson);
  docs.emplace_back("d1");
  docs.back().Name("Petrenko", EntityType::kPerson).Name("JCS", EntityType::kOrganization);
  docs.emplace_back("d3");
  docs.back()
      .Name("Joint Chiefs of Staff", EntityType::kGovernmentOrganization)
      .Name("Olena Petrenko", EntityType::kPerson);
  docs.emplace_back("d0");
  docs.back().Name("Joint Chiefs of Staff", EntityType::kGovernmentOrganization);
  Linker keeps(kb_), caller(kb_);
  std::vector<std::vector<int32_t>> mention_sig(docs.size());
  for (uint32_t i = 0; i < docs.size(); ++i) {
    keeps.AddDocument(i, docs[i].doc, docs[i].mentions);
    caller.AddDocument(i, docs[i].doc, docs[i].mentions, mention_sig[i]);
    EXPECT_EQ(mention_sig[i].size(), docs[i].mentions.size());
  }
  std::vector<int32_t> sig_entity;
  auto x = keeps.Resolve();
  auto y = caller.Resolve(nullptr, &sig_entity);
  ASSERT_EQ(x.entities.size(), y.entities.size());
  EXPECT_TRUE(y.mention_entity.empty());  // no vector per document it does not keep
  for (uint32_t i = 0; i < docs.size(); ++i) {
    for (size_t m = 0; m < mention_sig[i].size(); ++m) {
      ASSERT_GE(mention_sig[i][m], 0);
      EXPECT_EQ(sig_entity.at(mention_sig[i][m]), x.mention_entity[i][m]);
    }
  }
  // "Joint Chiefs of Staff" alone is one signature in d3 and d0.
  EXPECT_EQ(mention_sig[2][0], mention_sig[3][0]);
}

TEST_F(LinkerTest, CollidingKeysAreNumbered) {
  DocBuilder a("a"), b("b");
  a.Name("Lee Min", EntityType::kPerson);
  b.Name("Lee Min", EntityType::kPerson);
  b.doc.text += " ... ";
  // Two people with one name in one document cannot be told apart; across
  // documents with contrasting context they could be. Same name -> one entity.
  auto t = Link({a, b});
  ASSERT_EQ(t.entities.size(), 1u);
  EXPECT_EQ(t.entities[0].key, "person/lee-min");
}

TEST_F(LinkerTest, AddDocumentAndAddLocalsGiveTheSameTable) {
  // The two ways into the index (the clusterer's views and a shard's strings)
  // must not differ in anything Resolve writes.
  std::vector<DocBuilder> docs;
  docs.emplace_back("w1");
  docs.back()
      .Name("North Korea", EntityType::kCountry, kNk)
      .Text("'s ")
      .Name("Maritime Energy Agency", EntityType::kGovernmentOrganization)
      .Name("MEA", EntityType::kGovernmentOrganization)
      .Name("Grace Nowak", EntityType::kPerson)
      .Name("Nowak", EntityType::kPerson)
      .Ref("she", EntityType::kPerson, MentionKind::kPronoun, 4);
  docs.emplace_back("w2");
  docs.back()
      .Name("Nowak", EntityType::kPerson)
      .Name("MEA", EntityType::kGovernmentOrganization)
      .Name("South Korea", EntityType::kCountry, kSk);
  docs.emplace_back("w0");
  docs.back()
      .Name("Grace Nowakk", EntityType::kPerson)
      .Name("the Agency", EntityType::kOrganization);
  Linker direct(kb_), via_locals(kb_);
  std::vector<EntityOrigin> oa, ob;
  for (uint32_t i = 0; i < docs.size(); ++i) {
    direct.AddDocument(i, docs[i].doc, docs[i].mentions);
    via_locals.AddLocals(i, ClusterDocument(docs[i].doc, docs[i].mentions));
  }
  const auto x = direct.Resolve(&oa);
  const auto y = via_locals.Resolve(&ob);
  ASSERT_EQ(x.entities.size(), y.entities.size());
  for (size_t i = 0; i < x.entities.size(); ++i) {
    EXPECT_EQ(x.entities[i].key, y.entities[i].key);
    EXPECT_EQ(x.entities[i].label, y.entities[i].label);
    EXPECT_EQ(x.entities[i].aliases, y.entities[i].aliases);
    EXPECT_EQ(x.entities[i].mention_count, y.entities[i].mention_count);
    EXPECT_EQ(x.entities[i].document_count, y.entities[i].document_count);
    EXPECT_EQ(oa[i].first_doc, ob[i].first_doc);
  }
  EXPECT_EQ(x.mention_entity, y.mention_entity);
  ASSERT_EQ(x.merges.size(), y.merges.size());
  ASSERT_FALSE(x.merges.empty());
  for (size_t i = 0; i < x.merges.size(); ++i) {
    EXPECT_EQ(x.merges[i].left, y.merges[i].left);
    EXPECT_EQ(x.merges[i].right, y.merges[i].right);
    EXPECT_EQ(x.merges[i].kind, y.merges[i].kind);
    EXPECT_EQ(x.merges[i].confidence, y.merges[i].confidence);
    EXPECT_EQ(x.merges[i].left_doc, y.merges[i].left_doc);
  }
}

TEST_F(LinkerTest, NothingOfOneDocumentIsLeftForTheNext) {
  // The clusterer's scratch is reused: an acronym in the second document is
  // joined to the first document's expansion across documents (0.8, two
  // documents), never as if both were in one document (0.9).
  DocBuilder a("a"), b("b");
  a.Name("Joint Chiefs of Staff", EntityType::kGovernmentOrganization);
  b.Name("JCS", EntityType::kGovernmentOrganization);
  auto t = Link({a, b});
  ASSERT_EQ(t.entities.size(), 1u);
  ASSERT_EQ(t.merges.size(), 1u);
  EXPECT_EQ(t.merges[0].kind, "acronym");
  EXPECT_DOUBLE_EQ(t.merges[0].confidence, 0.8);
  EXPECT_NE(t.merges[0].left_doc, t.merges[0].right_doc);
}

TEST_F(LinkerTest, ResolveConsumesTheDocuments) {
  DocBuilder a("a");
  a.Name("Lee Min", EntityType::kPerson);
  Linker linker(kb_);
  linker.AddDocument(0, a.doc, a.mentions);
  EXPECT_EQ(linker.Resolve().entities.size(), 1u);
  const auto again = linker.Resolve();
  EXPECT_TRUE(again.entities.empty());
  EXPECT_TRUE(again.mention_entity.empty());
}

TEST(NumberSharedKeys, NumbersRunsInOrderAndPassesOverTakenForms) {
  std::vector<std::string> k = {"org/apollo",   "org/apollo", "org/apollo",
                                "org/apollo-2", "org/zeta",   "org/zeta"};
  std::vector<std::string*> keys;
  for (auto& s : k) {
    keys.push_back(&s);
  }
  std::vector<size_t> renamed = NumberSharedKeys(keys);
  EXPECT_EQ(k, (std::vector<std::string>{"org/apollo", "org/apollo-3", "org/apollo-4",
                                         "org/apollo-2", "org/zeta", "org/zeta-2"}));
  EXPECT_EQ(renamed, (std::vector<size_t>{1, 2, 5}));
}

TEST_F(LinkerTest, IdenticalLocalsAreOneEntityWithTheirFirstTwoDocuments) {
  // Locals written alike are one vertex: one entity, even with no key that
  // chains them (a lone surname), and one "exact" row naming the two first
  // documents in id order, whatever order they are added in.
  DocBuilder a("a"), b("b"), c("c");
  a.Name("Petrenko", EntityType::kPerson);
  b.Name("Petrenko", EntityType::kPerson).Name("Petrenko", EntityType::kPerson);
  c.Name("Petrenko", EntityType::kPerson);
  for (const auto& docs : {std::vector<DocBuilder>{a, b, c}, std::vector<DocBuilder>{c, b, a}}) {
    auto t = Link(docs);
    ASSERT_EQ(t.entities.size(), 1u);
    EXPECT_EQ(t.entities[0].mention_count, 4u);
    EXPECT_EQ(t.entities[0].document_count, 3u);
    ASSERT_EQ(t.merges.size(), 1u);
    EXPECT_EQ(t.merges[0].kind, "exact");
    EXPECT_EQ(t.merges[0].left_doc, "a");
    EXPECT_EQ(t.merges[0].right_doc, "b");
  }
}

TEST_F(LinkerTest, NoTwoEntitiesShareAKeyWhenALabelEndsInANumber) {
  // Two "Smith"s of different KB entries stay two entities ("person/smith",
  // then numbered); "Smith 2" is a name of its own whose slug is that
  // numbered form.
  DocBuilder a("a"), b("b"), c("c");
  a.Name("Smith", EntityType::kPerson, "http://example.org/kb/smith-a");
  b.Name("Smith", EntityType::kPerson, "http://example.org/kb/smith-b");
  c.Name("Smith 2", EntityType::kPerson);
  auto t = Link({a, b, c});
  std::vector<std::string> seen;
  for (const auto& e : t.entities) {
    seen.push_back(e.key);
  }
  ASSERT_EQ(seen.size(), 3u);
  std::sort(seen.begin(), seen.end());
  EXPECT_EQ(std::adjacent_find(seen.begin(), seen.end()), seen.end()) << seen[0] << " " << seen[1];
  EXPECT_EQ(EntityOf(t, 2, 0).key, "person/smith-2");
}

}  // namespace
}  // namespace claimgraph::link
