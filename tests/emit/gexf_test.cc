// GexfWriter on hand-built model values: what the entity network and the
// claim-level view hold, dates, minimum weight, determinism.
#include "emit/gexf.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <pugixml.hpp>
#include <set>
#include <sstream>
#include <string>
#include <string_view>

#include "base/memory.h"

namespace claimgraph::emit {
namespace {

namespace fs = std::filesystem;
using model::EntityType;

// Builds documents over sentences written for these tests; mentions and
// spans are located by their text.
class Corpus {
 public:
  Corpus() {
    table_.entities = {
        Entity("country/east-land", "East Land", EntityType::kCountry, {"East Land", "the East"}),
        Entity("country/west-land", "West Land", EntityType::kCountry, {"West Land"}),
        Entity("org/defence-ministry", "Defence Ministry", EntityType::kGovernmentOrganization,
               {"Defence Ministry", "the ministry"}),
        Entity("person/ana-vale", "Ana Vale", EntityType::kPerson, {"Ana Vale", "Vale"}),
    };
  }
  static model::Entity Entity(std::string key, std::string_view label, EntityType type,
                              std::vector<std::string_view> aliases) {
    model::Entity e;
    e.key = std::move(key);
    e.label = label;
    e.type = type;
    e.aliases = std::move(aliases);
    return e;
  }

  struct Doc {
    model::Document doc;
    model::Extraction x;
    std::vector<int32_t> mention_entity;

    model::Span Find(const std::string& s, size_t from = 0) const {
      size_t at = doc.text.find(s, from);
      EXPECT_NE(at, std::string::npos) << s;
      return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + s.size())};
    }
    int32_t Mention(const std::string& s, int32_t entity, size_t from = 0) {
      model::Mention m;
      m.span = Find(s, from);
      m.label = s;
      x.mentions.push_back(m);
      mention_entity.push_back(entity);
      return static_cast<int32_t>(x.mentions.size() - 1);
    }
    // A claim: source mention (or -1), content text, about mentions, date index.
    model::Claim& Claim(int32_t source, const std::string& content, std::vector<int32_t> about) {
      model::Claim c;
      if (source >= 0) {
        c.source = x.mentions[source].span;
      }
      c.source_mention = source;
      c.unattributed = source < 0;
      c.cue_lemma = "say";
      c.content = {Find(content)};
      c.about = std::move(about);
      x.claims.push_back(c);
      return x.claims.back();
    }
  };

  Doc& Add(std::string id, std::string published, std::string text) {
    docs_.push_back({});
    Doc& d = docs_.back();
    d.doc.id = std::move(id);
    d.doc.published = std::move(published);
    d.doc.text = std::move(text);
    return d;
  }

  // Runs the writer over every document and returns the file's text.
  std::string Write(const Options& options) {
    GexfWriter w(options);
    for (const Doc& d : docs_) {
      w.AddDocument(d.doc, d.x, d.mention_entity, table_);
    }
    // One file per test: ctest runs the tests of this binary in parallel.
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    fs::path path = fs::path(::testing::TempDir()) / (std::string("gexf_test.") + info->name() +
                                                      "." + std::to_string(++writes_) + ".gexf");
    Status s = w.Write(path.string(), table_);
    EXPECT_TRUE(s.ok()) << s.message();
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    in.close();
    fs::remove(path);
    return ss.str();
  }

  model::EntityTable table_;
  std::vector<Doc> docs_;
  int writes_ = 0;
};

// Two reports: the ministry says East Land sent troops to West Land (twice,
// on different dates), and an unattributed hedge naming both countries.
Corpus TwoReports() {
  Corpus c;
  auto& a = c.Add("report-a", "2025-03-04",
                  "The Defence Ministry said on Monday that East Land had sent troops to "
                  "West Land. It is believed that West Land paid East Land in fuel.");
  int32_t ministry = a.Mention("Defence Ministry", 2);
  int32_t east = a.Mention("East Land", 0);
  int32_t west = a.Mention("West Land", 1);
  int32_t west2 = a.Mention("West Land", 1, a.doc.text.find("It is"));
  int32_t east2 = a.Mention("East Land", 0, a.doc.text.find("It is"));
  model::TimeExpr monday;
  monday.span = a.Find("on Monday");
  monday.value = "2025-03-03";
  a.x.times.push_back(monday);
  a.Claim(ministry, "East Land had sent troops to West Land", {east, west}).stated_on = 0;
  a.Claim(-1, "West Land paid East Land in fuel", {west2, east2});

  auto& b = c.Add("report-b", "2025-03-10",
                  "Ana Vale said the ministry now counts more East Land troops in West Land. "
                  "The ministry said East Land troops were moving.");
  int32_t vale = b.Mention("Ana Vale", 3);
  int32_t ministry_b = b.Mention("ministry", 2);
  int32_t east_b = b.Mention("East Land", 0);
  int32_t west_b = b.Mention("West Land", 1);
  size_t second = b.doc.text.find("The ministry");
  int32_t ministry_b2 = b.Mention("ministry", 2, second);
  int32_t east_b2 = b.Mention("East Land", 0, second);
  b.Claim(vale, "the ministry now counts more East Land troops in West Land",
          {ministry_b, east_b, west_b});
  b.Claim(ministry_b2, "East Land troops were moving", {east_b2});
  return c;
}

struct Parsed {
  pugi::xml_document xml;
  pugi::xml_node graph;
  explicit Parsed(const std::string& text) {
    pugi::xml_parse_result r = xml.load_string(text.c_str());
    EXPECT_TRUE(r) << r.description() << " at " << r.offset;
    graph = xml.child("gexf").child("graph");
  }
  pugi::xml_node Node(const std::string& id) const {
    return graph.child("nodes").find_child_by_attribute("node", "id", id.c_str());
  }
  pugi::xml_node Edge(const std::string& id) const {
    return graph.child("edges").find_child_by_attribute("edge", "id", id.c_str());
  }
  static std::string Att(pugi::xml_node el, const char* id) {
    return el.child("attvalues")
        .find_child_by_attribute("attvalue", "for", id)
        .attribute("value")
        .as_string("<none>");
  }
  size_t Count(const char* what) const {
    size_t n = 0;
    for (auto c : graph.child(what).children()) {
      n += c.type() == pugi::node_element;
    }
    return n;
  }
  // Every edge's ends are nodes of the file.
  void ExpectNoDanglingEdges() const {
    std::set<std::string> ids;
    for (auto n : graph.child("nodes").children("node")) {
      ids.insert(n.attribute("id").value());
    }
    for (auto e : graph.child("edges").children("edge")) {
      EXPECT_TRUE(ids.count(e.attribute("source").value())) << e.attribute("id").value();
      EXPECT_TRUE(ids.count(e.attribute("target").value())) << e.attribute("id").value();
    }
  }
};

TEST(GexfWriter, WritesGexf13RootWithVizNamespaceAndDynamicDates) {
  Parsed p(TwoReports().Write(Options{}));
  pugi::xml_node gexf = p.xml.child("gexf");
  EXPECT_STREQ(gexf.attribute("xmlns").value(), "http://gexf.net/1.3");
  EXPECT_STREQ(gexf.attribute("xmlns:viz").value(), "http://gexf.net/1.3/viz");
  EXPECT_STREQ(gexf.attribute("version").value(), "1.3");
  EXPECT_NE(std::string(gexf.attribute("xsi:schemaLocation").value()).find("gexf.xsd"),
            std::string::npos);
  EXPECT_STREQ(p.graph.attribute("mode").value(), "dynamic");
  EXPECT_STREQ(p.graph.attribute("timeformat").value(), "date");
  EXPECT_EQ(p.graph.child("nodes").attribute("count").as_uint(), 4u);
  EXPECT_EQ(p.Count("nodes"), 4u);
  EXPECT_EQ(p.graph.child("edges").attribute("count").as_uint(), p.Count("edges"));
  p.ExpectNoDanglingEdges();
}

TEST(GexfWriter, EntityNodesCarryTypedAttributesColourAndSize) {
  Parsed p(TwoReports().Write(Options{}));
  pugi::xml_node east = p.Node("country/east-land");
  ASSERT_TRUE(east);
  EXPECT_STREQ(east.attribute("label").value(), "East Land");
  EXPECT_EQ(Parsed::Att(east, "type"), "Country");
  EXPECT_EQ(Parsed::Att(east, "aliases"), "[East Land, the East]");
  EXPECT_EQ(Parsed::Att(east, "mentionCount"), "4");
  EXPECT_EQ(Parsed::Att(east, "documents"), "2");
  EXPECT_EQ(Parsed::Att(east, "claimsAbout"), "4");
  EXPECT_EQ(Parsed::Att(east, "claimCount"), "0");
  // The ministry and Vale talk about East Land; the hedge has no source.
  EXPECT_EQ(Parsed::Att(east, "sources"), "2");
  // Seen first in the claim stated on Monday 3 March, last in report-b.
  EXPECT_EQ(Parsed::Att(east, "firstSeen"), "2025-03-03");
  EXPECT_EQ(Parsed::Att(east, "lastSeen"), "2025-03-10");
  EXPECT_STREQ(east.attribute("start").value(), "2025-03-03");
  EXPECT_STREQ(east.attribute("end").value(), "2025-03-10");

  pugi::xml_node ministry = p.Node("org/defence-ministry");
  EXPECT_EQ(Parsed::Att(ministry, "claimCount"), "2");
  EXPECT_EQ(Parsed::Att(ministry, "type"), "GovernmentOrganization");
  // Colours differ by type; more mentions, larger node.
  auto rgb = [](pugi::xml_node n) {
    auto c = n.child("viz:color");
    return std::to_string(c.attribute("r").as_int()) + "," + c.attribute("g").value() + "," +
           c.attribute("b").value();
  };
  EXPECT_NE(rgb(east), rgb(ministry));
  EXPECT_EQ(rgb(east), rgb(p.Node("country/west-land")));
  EXPECT_GT(east.child("viz:size").attribute("value").as_double(),
            p.Node("person/ana-vale").child("viz:size").attribute("value").as_double());
}

TEST(GexfWriter, AssertsAboutEdgesAggregateClaimsPerSourceAndTarget) {
  Parsed p(TwoReports().Write(Options{}));
  // The ministry's claims about East Land: report-a and report-b.
  pugi::xml_node e = p.Edge("asserts-about:org/defence-ministry->country/east-land");
  ASSERT_TRUE(e);
  EXPECT_STREQ(e.attribute("weight").value(), "2");
  EXPECT_STREQ(e.attribute("kind").value(), "asserts-about");
  EXPECT_FALSE(e.attribute("type"));  // directed, the graph default
  EXPECT_EQ(Parsed::Att(e, "claims"), "2");
  EXPECT_EQ(Parsed::Att(e, "documents"), "2");
  EXPECT_EQ(Parsed::Att(e, "sources"), "1");
  EXPECT_EQ(Parsed::Att(e, "sourceNames"), "[Defence Ministry]");
  EXPECT_STREQ(e.attribute("start").value(), "2025-03-03");
  EXPECT_STREQ(e.attribute("end").value(), "2025-03-10");
  // Vale's claim is about the ministry too; no self edge for the ministry.
  EXPECT_TRUE(p.Edge("asserts-about:person/ana-vale->org/defence-ministry"));
  EXPECT_FALSE(p.Edge("asserts-about:org/defence-ministry->org/defence-ministry"));
  // The unattributed hedge adds no asserts-about edge from anyone.
  EXPECT_STREQ(
      p.Edge("asserts-about:org/defence-ministry->country/west-land").attribute("weight").value(),
      "1");
}

TEST(GexfWriter, RelatesEdgesAreUndirectedAndCountEveryClaimNamingBoth) {
  Parsed p(TwoReports().Write(Options{}));
  // East Land and West Land share three claims: the ministry's, the hedge
  // (no source) and Vale's; one edge, in key order, whatever the text order.
  pugi::xml_node e = p.Edge("relates:country/east-land->country/west-land");
  ASSERT_TRUE(e);
  EXPECT_FALSE(p.Edge("relates:country/west-land->country/east-land"));
  EXPECT_STREQ(e.attribute("type").value(), "undirected");
  EXPECT_STREQ(e.attribute("weight").value(), "3");
  EXPECT_EQ(Parsed::Att(e, "sources"), "2");
  EXPECT_EQ(Parsed::Att(e, "sourceNames"), "[Defence Ministry, Ana Vale]");
  EXPECT_EQ(Parsed::Att(e, "firstSeen"), "2025-03-03");
}

TEST(GexfWriter, MinimumWeightDropsLightEdgesAndNodesLeftAlone) {
  Options o;
  o.gexf_min_weight = 2;
  Parsed p(TwoReports().Write(o));
  EXPECT_TRUE(p.Edge("asserts-about:org/defence-ministry->country/east-land"));
  EXPECT_TRUE(p.Edge("relates:country/east-land->country/west-land"));
  EXPECT_FALSE(p.Edge("asserts-about:person/ana-vale->org/defence-ministry"));
  for (auto e : p.graph.child("edges").children("edge")) {
    EXPECT_GE(e.attribute("weight").as_uint(), 2u) << e.attribute("id").value();
  }
  // Ana Vale: one mention, no edge left.
  EXPECT_FALSE(p.Node("person/ana-vale"));
  EXPECT_TRUE(p.Node("org/defence-ministry"));
  EXPECT_EQ(p.graph.child("nodes").attribute("count").as_uint(), p.Count("nodes"));
  p.ExpectNoDanglingEdges();
}

TEST(GexfWriter, ClaimViewPutsClaimNodesBetweenSourceAndSubjects) {
  Options o;
  o.gexf_claims = true;
  Parsed p(TwoReports().Write(o));
  pugi::xml_node claim = p.Node("claim/report-a/0");
  ASSERT_TRUE(claim);
  EXPECT_EQ(Parsed::Att(claim, "type"), "Claim");
  EXPECT_STREQ(claim.attribute("label").value(), "East Land had sent troops to West Land");
  EXPECT_EQ(Parsed::Att(claim, "document"), "report-a");
  EXPECT_STREQ(claim.attribute("start").value(), "2025-03-03");
  EXPECT_TRUE(p.Edge("asserts:org/defence-ministry->claim/report-a/0"));
  EXPECT_TRUE(p.Edge("about:claim/report-a/0->country/east-land"));
  EXPECT_TRUE(p.Edge("about:claim/report-a/0->country/west-land"));
  // The hedge has no source edge, but is about both countries.
  EXPECT_TRUE(p.Node("claim/report-a/1"));
  EXPECT_TRUE(p.Edge("about:claim/report-a/1->country/west-land"));
  EXPECT_EQ(p.Count("nodes"), 4u + 4u);
  EXPECT_FALSE(p.Edge("relates:country/east-land->country/west-land"));
  p.ExpectNoDanglingEdges();
}

TEST(GexfWriter, StatementDateFallsBackToPublishedAndSkipsInvalidDates) {
  Corpus c;
  auto& d = c.Add("d", "2024-02-30", "Ana Vale said West Land was calm in early 2024.");
  int32_t vale = d.Mention("Ana Vale", 3);
  int32_t west = d.Mention("West Land", 1);
  model::TimeExpr t;
  t.span = d.Find("early 2024");
  t.value = "2024";  // a year: not a full date
  d.x.times.push_back(t);
  d.Claim(vale, "West Land was calm in early 2024", {west}).stated_on = 0;
  Parsed p(c.Write(Options{}));
  pugi::xml_node n = p.Node("person/ana-vale");
  EXPECT_FALSE(n.attribute("start"));
  EXPECT_EQ(Parsed::Att(n, "firstSeen"), "<none>");
  EXPECT_FALSE(p.Edge("asserts-about:person/ana-vale->country/west-land").attribute("start"));

  Corpus c2;
  auto& d2 = c2.Add("d", "2024-02-29", "Ana Vale said West Land was calm.");
  int32_t vale2 = d2.Mention("Ana Vale", 3);
  int32_t west2 = d2.Mention("West Land", 1);
  d2.Claim(vale2, "West Land was calm", {west2});
  Parsed p2(c2.Write(Options{}));
  EXPECT_STREQ(
      p2.Edge("asserts-about:person/ana-vale->country/west-land").attribute("start").value(),
      "2024-02-29");
}

TEST(GexfWriter, StatementDateTakesTheDatePartOfATimeOfDay) {
  Corpus c;
  auto& d = c.Add("d", "2025-01-05", "On Friday morning Ana Vale said West Land was calm.");
  int32_t vale = d.Mention("Ana Vale", 3);
  int32_t west = d.Mention("West Land", 1);
  model::TimeExpr t;
  t.span = d.Find("Friday morning");
  t.value = "2025-01-03TMO";
  d.x.times.push_back(t);
  d.Claim(vale, "West Land was calm", {west}).stated_on = 0;
  Parsed p(c.Write(Options{}));
  pugi::xml_node e = p.Edge("asserts-about:person/ana-vale->country/west-land");
  EXPECT_STREQ(e.attribute("start").value(), "2025-01-03");
  EXPECT_STREQ(e.attribute("end").value(), "2025-01-03");
  // Mentioned in a document published on the 5th: seen until then.
  EXPECT_STREQ(p.Node("person/ana-vale").attribute("end").value(), "2025-01-05");
}

TEST(GexfWriter, EntityNodesNameTheirIriInTheRdfGraph) {
  Options o;
  o.data_base = "https://example.org/kg/";
  Parsed p(TwoReports().Write(o));
  EXPECT_EQ(Parsed::Att(p.Node("country/east-land"), "iri"),
            "https://example.org/kg/entity/country/east-land");
}

TEST(GexfWriter, PronounSourcesResolveThroughTheirAntecedent) {
  Corpus c;
  auto& d = c.Add("d", "2025-01-02", "Ana Vale spoke. She said East Land would talk.");
  int32_t vale = d.Mention("Ana Vale", 3);
  int32_t she = d.Mention("She", -1);
  d.x.mentions[she].kind = model::MentionKind::kPronoun;
  d.x.mentions[she].antecedent = vale;
  int32_t east = d.Mention("East Land", 0);
  d.Claim(she, "East Land would talk", {east});
  Parsed p(c.Write(Options{}));
  EXPECT_TRUE(p.Edge("asserts-about:person/ana-vale->country/east-land"));
}

TEST(GexfWriter, StripsCharactersXmlCannotHoldAndEscapesTheRest) {
  Corpus c;
  c.table_.entities[3].label = "Ana \x01Vale <\"&\">";
  c.table_.entities[3].aliases = {"A, \"Vale\""};
  auto& d = c.Add("d", "", "Ana Vale spoke.");
  d.Mention("Ana Vale", 3);
  std::string text = c.Write(Options{});
  Parsed p(text);
  pugi::xml_node n = p.Node("person/ana-vale");
  EXPECT_STREQ(n.attribute("label").value(), "Ana Vale <\"&\">");
  EXPECT_EQ(Parsed::Att(n, "aliases"), R"(["A, \"Vale\""])");
  EXPECT_EQ(text.find('\x01'), std::string::npos);
}

TEST(GexfWriter, SameInputGivesSameBytes) {
  EXPECT_EQ(TwoReports().Write(Options{}), TwoReports().Write(Options{}));
  Options o;
  o.gexf_claims = true;
  EXPECT_EQ(TwoReports().Write(o), TwoReports().Write(o));
}

// The file is streamed in batches; it must be byte for byte what pugixml
// writes for the whole tree (checked by a load and save round trip), also
// across batch boundaries.
TEST(GexfWriter, StreamedFileIsExactlyPugixmlsFormattingOfTheTree) {
  Corpus c;
  c.table_.entities.clear();
  // The entities' names are views: their bytes are the table's.
  base::StringArena& names = c.table_.text.emplace_back();
  std::string text;
  for (int i = 0; i < 700; ++i) {
    std::string name = "Person " + std::to_string(1000 + i);
    const std::string_view kept = names.Keep(name);
    c.table_.entities.push_back(
        Corpus::Entity("person/p" + std::to_string(1000 + i), kept, EntityType::kPerson, {kept}));
    text += name + " said " + name + " & co. agreed. ";
  }
  auto& d = c.Add("many", "2025-06-01", text);
  for (int i = 0; i + 1 < 700; ++i) {
    std::string name = "Person " + std::to_string(1000 + i);
    size_t at = d.doc.text.find(name + " said");
    int32_t src = d.Mention(name, i, at);
    std::string next = "Person " + std::to_string(1001 + i);
    int32_t about = d.Mention(next, i + 1, d.doc.text.find(next + " said"));
    model::Claim cl;
    cl.source = d.x.mentions[src].span;
    cl.source_mention = src;
    cl.content = {d.x.mentions[about].span};
    cl.about = {about};
    d.x.claims.push_back(cl);
  }
  for (bool claims_view : {false, true}) {
    Options o;
    o.gexf_claims = claims_view;
    const std::string text_out = c.Write(o);
    pugi::xml_document xml;
    ASSERT_TRUE(xml.load_string(text_out.c_str(), pugi::parse_default | pugi::parse_declaration));
    std::ostringstream again;
    xml.save(again, "  ", pugi::format_default, pugi::encoding_utf8);
    EXPECT_EQ(again.str(), text_out) << "claims view: " << claims_view;
    Parsed p(text_out);
    EXPECT_EQ(p.Count("nodes"), claims_view ? 700u + 699u : 700u);
    EXPECT_EQ(p.graph.child("nodes").attribute("count").as_uint(), p.Count("nodes"));
    EXPECT_EQ(p.graph.child("edges").attribute("count").as_uint(), p.Count("edges"));
    EXPECT_EQ(p.Count("edges"), claims_view ? 2u * 699u : 699u);
  }
}

TEST(GexfWriter, ReportsAnUnwritablePath) {
  GexfWriter w(Options{});
  model::EntityTable table;
  Status s = w.Write("/nonexistent-dir/graph.gexf", table);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("/nonexistent-dir/graph.gexf"), std::string::npos);
}

TEST(IsFullDate, AcceptsOnlyRealCalendarDays) {
  EXPECT_TRUE(IsFullDate("2025-01-24"));
  EXPECT_TRUE(IsFullDate("2024-02-29"));
  EXPECT_TRUE(IsFullDate("2000-02-29"));
  EXPECT_FALSE(IsFullDate("1900-02-29"));
  EXPECT_FALSE(IsFullDate("2025-02-29"));
  EXPECT_FALSE(IsFullDate("2025-04-31"));
  EXPECT_FALSE(IsFullDate("2025-13-01"));
  EXPECT_FALSE(IsFullDate("2025-00-10"));
  EXPECT_FALSE(IsFullDate("0000-01-01"));
  EXPECT_FALSE(IsFullDate("2024-12"));
  EXPECT_FALSE(IsFullDate("2025"));
  EXPECT_FALSE(IsFullDate("2025-01-24T10:00"));
  EXPECT_FALSE(IsFullDate("2025-1-24"));
  EXPECT_FALSE(IsFullDate("PRESENT_REF"));
  EXPECT_FALSE(IsFullDate(""));
}

}  // namespace
}  // namespace claimgraph::emit
