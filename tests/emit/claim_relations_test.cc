#include "emit/claim_relations.h"

#include <gtest/gtest.h>

#include <cmath>

#include "emit/emit.h"
#include "emit/rdf_sink.h"
#include "emit/rdf_vocab.h"

namespace claimgraph::emit {
namespace {

namespace v = vocab;

model::Quantity Figure(double value, const char* counts,
                       model::QuantityQualifier q = model::QuantityQualifier::kApproximate) {
  model::Quantity x;
  x.value = value;
  x.counts = counts;
  x.qualifier = q;
  return x;
}

TEST(FigureKey, ReadsSubjectAndMeasureFromWhatIsCounted) {
  FigureKey k = KeyOfFigure("North Korean soldiers killed or wounded", "soldiers");
  EXPECT_EQ(k.subject, "north korean personnel");
  EXPECT_EQ(k.measure, "killed-or-wounded");
  EXPECT_EQ(KeyOfFigure("Russian troops killed", "troops").measure, "killed");
  EXPECT_EQ(KeyOfFigure("North Korean casualties", "").measure, "killed-or-wounded");
  EXPECT_EQ(KeyOfFigure("North Korean soldiers captured", "").measure, "captured");
}

TEST(FigureKey, NeedsBothASubjectAndAMeasure) {
  EXPECT_FALSE(KeyOfFigure("soldiers killed", "soldiers").ok());    // whose?
  EXPECT_FALSE(KeyOfFigure("North Korean troops", "troops").ok());  // a head count
  EXPECT_FALSE(KeyOfFigure("self-propelled howitzers", "howitzers").ok());
  EXPECT_FALSE(KeyOfFigure("", "").ok());
}

TEST(FigureKey, AHeadCountSentToANamedPlaceIsADeployment) {
  FigureKey k = KeyOfFigure("Norvanian troops deployed to North Varnia", "troops");
  EXPECT_EQ(k.subject, "norvanian personnel in north varnia");
  EXPECT_EQ(k.measure, "deployed");
  EXPECT_EQ(KeyOfFigure("Norvanian soldiers stationed in North Varnia", "soldiers").subject,
            "norvanian personnel in north varnia");
  EXPECT_EQ(KeyOfFigure("Norvanian troops sent to Lindby's north", "troops").subject,
            "norvanian personnel in lindby");
  EXPECT_EQ(KeyOfFigure("Norvanian troops sent to Lindby\u2019s north", "troops").subject,
            "norvanian personnel in lindby");
  EXPECT_FALSE(KeyOfFigure("Norvanian troops", "troops").ok());                      // where?
  EXPECT_FALSE(KeyOfFigure("troops deployed to Lindby", "troops").ok());             // whose?
  EXPECT_FALSE(KeyOfFigure("additional Norvanian troops sent to Lindby", "").ok());  // an increment
  EXPECT_FALSE(KeyOfFigure("Norvanian tanks deployed to Lindby", "tanks").ok());  // no head count
}

TEST(FigureRange, QualifiersStateRanges) {
  using Q = model::QuantityQualifier;
  auto range = [](double v, Q q, double high = 0) { return RangeOf({v, high, q}); };
  EXPECT_EQ(range(300, Q::kExact).low, 300);
  EXPECT_EQ(range(300, Q::kExact).high, 300);
  EXPECT_DOUBLE_EQ(range(4000, Q::kApproximate).low, 3600);
  EXPECT_DOUBLE_EQ(range(4000, Q::kApproximate).high, 4400);
  EXPECT_EQ(range(1100, Q::kLowerBound).low, 1100);
  EXPECT_TRUE(std::isinf(range(1100, Q::kLowerBound).high));
  EXPECT_EQ(range(12000, Q::kUpperBound).low, 0);
  EXPECT_EQ(range(20000, Q::kRange, 25000).high, 25000);
  EXPECT_FALSE(Disjoint(range(11000, Q::kApproximate), range(12000, Q::kUpperBound)));
  EXPECT_FALSE(Disjoint(range(1100, Q::kLowerBound), range(4000, Q::kApproximate)));
  EXPECT_TRUE(Disjoint(range(3000, Q::kApproximate), range(4000, Q::kApproximate)));
  EXPECT_TRUE(Disjoint(range(9000, Q::kUpperBound), range(20000, Q::kRange, 25000)));
}

TEST(FigureRow, AShardRowKeepsARangesUpperEnd) {
  std::string row;
  AppendFigureRow(row, "d1", {"norvanian personnel in lindby", "deployed"}, "http://x/c",
                  "http://x/q", 3, "2025-03-01", {20000, 25000, model::QuantityQualifier::kRange});
  ASSERT_FALSE(row.empty());
  row.pop_back();  // the line end
  FigureRow f;
  ASSERT_TRUE(ParseFigureRow(row, f));
  EXPECT_EQ(f.value, 20000);
  EXPECT_EQ(f.high, 25000);
  EXPECT_EQ(f.qualifier, model::QuantityQualifier::kRange);
  EXPECT_EQ(f.source_local, 3);
  EXPECT_EQ(f.measure, "deployed");
}

TEST(ClaimRelations, CompatibleFiguresOfDifferentSourcesAreNoConflict) {
  using Q = model::QuantityQualifier;
  ClaimRelations r;
  // "up to 12,000" allows "about 11,000"; "at least 1,100" allows "about 4,000".
  r.Add("http://x/a", "http://x/a/q", "http://x/s1", "2025-03-01",
        Figure(12000, "Norvanian troops deployed to Lindby", Q::kUpperBound));
  r.Add("http://x/b", "http://x/b/q", "http://x/s2", "2025-03-02",
        Figure(11000, "Norvanian soldiers stationed in Lindby"));
  r.Add("http://x/c", "http://x/c/q", "http://x/s1", "2025-03-01",
        Figure(1100, "Norvanian soldiers killed", Q::kLowerBound));
  r.Add("http://x/d", "http://x/d/q", "http://x/s2", "2025-03-02",
        Figure(4000, "Norvanian troops killed"));
  MemorySink sink;
  EXPECT_EQ(r.Write(sink, "http://x/"), 0u);
}

// Files `a` as claim http://x/a of source s1 stated on 2025-03-01 and `b` as
// http://x/b of source s2 on 2025-03-02, writes the links into `sink` and
// returns the relation nodes.
std::vector<std::string> LinkTwoSources(const model::Quantity& a, const model::Quantity& b,
                                        MemorySink& sink) {
  ClaimRelations r;
  r.Add("http://x/a", "http://x/a/q", "http://x/s1", "2025-03-01", a);
  r.Add("http://x/b", "http://x/b/q", "http://x/s2", "2025-03-02", b);
  r.Write(sink, "http://x/");
  return sink.Subjects(v::kType, v::kClaimRelation);
}

TEST(ClaimRelations, DisjointDeploymentsConflictAndTheReasonGivesBothRanges) {
  MemorySink sink;
  auto rel = LinkTwoSources(Figure(11000, "Norvanian troops deployed to Lindby"),
                            Figure(15000, "Norvanian soldiers sent to Lindby"), sink);
  ASSERT_EQ(rel.size(), 1u);
  EXPECT_EQ(sink.Object(rel[0], v::kMeasure), "deployed");
  EXPECT_EQ(sink.Object(rel[0], v::kSubjectKey), "norvanian personnel in lindby");
  EXPECT_EQ(sink.Object(rel[0], v::kReason),
            "deployed of norvanian personnel in lindby: about 11000 [9900 to 12100] (2025-03-01) "
            "vs about 15000 [13500 to 16500] (2025-03-02), different sources, the ranges they "
            "state do not overlap");
}

TEST(ClaimRelations, LinksDifferentFiguresFromDifferentSourcesBothWays) {
  MemorySink sink;
  auto rel = LinkTwoSources(Figure(1100, "North Korean soldiers killed or wounded"),
                            Figure(4000, "North Korean troops killed or wounded"), sink);
  EXPECT_EQ(sink.Object("http://x/a", v::kConflictsWith), "http://x/b");
  EXPECT_EQ(sink.Object("http://x/b", v::kConflictsWith), "http://x/a");
  ASSERT_EQ(rel.size(), 1u);
  EXPECT_EQ(sink.Object(rel[0], v::kRelationKind), "conflict");
  EXPECT_EQ(sink.Object(rel[0], v::kFromClaim), "http://x/a");
  EXPECT_EQ(sink.Object(rel[0], v::kFromFigure), "http://x/a/q");
  EXPECT_EQ(sink.Object(rel[0], v::kToFigure), "http://x/b/q");
  EXPECT_NE(sink.Object(rel[0], v::kReason).find("1100"), std::string::npos);
}

TEST(ClaimRelations, ASourceRestatingItsFigureLaterIsAnUpdate) {
  ClaimRelations r;
  r.Add("http://x/late", "http://x/late/q", "http://x/jcs", "2025-01-27",
        Figure(3000, "North Korean soldiers killed or wounded"));
  r.Add("http://x/early", "http://x/early/q", "http://x/jcs", "2024-12-23",
        Figure(1100, "North Korean soldiers killed or wounded"));
  MemorySink sink;
  EXPECT_EQ(r.Write(sink, "http://x/"), 1u);
  EXPECT_EQ(sink.Object("http://x/late", v::kUpdates), "http://x/early");
  EXPECT_EQ(sink.Object("http://x/early", v::kUpdates), "");
  EXPECT_EQ(sink.Object("http://x/late", v::kConflictsWith), "");
}

TEST(ClaimRelations, NoLinkAcrossMeasuresSubjectsOrEqualFigures) {
  ClaimRelations r;
  r.Add("http://x/a", "http://x/a/q", "http://x/s1", "2025-01-01",
        Figure(300, "North Korean soldiers killed"));
  r.Add("http://x/b", "http://x/b/q", "http://x/s2", "2025-01-02",
        Figure(2700, "North Korean soldiers wounded"));
  r.Add("http://x/c", "http://x/c/q", "http://x/s3", "2025-01-03",
        Figure(5000, "Russian soldiers killed"));
  r.Add("http://x/d", "http://x/d/q", "http://x/s4", "2025-01-04",
        Figure(300, "North Korean troops killed"));
  // Two figures of one statement by one source are not an update.
  r.Add("http://x/e", "http://x/e/q", "http://x/s5", "2025-01-05",
        Figure(10, "Chinese soldiers captured"));
  r.Add("http://x/f", "http://x/f/q", "http://x/s5", "2025-01-05",
        Figure(12, "Chinese soldiers captured"));
  MemorySink sink;
  EXPECT_EQ(r.Write(sink, "http://x/"), 0u);
  EXPECT_TRUE(sink.triples().empty());
}

TEST(ClaimRelations, ATollThatGrewOverWeeksIsNoConflict) {
  const FigureValue k3000{3000, 0, model::QuantityQualifier::kApproximate};
  const FigureValue k4000{4000, 0, model::QuantityQualifier::kApproximate};
  // Three weeks apart, the later toll higher: both may hold.
  EXPECT_TRUE(MayBothHoldAtTheirDates("killed", "2025-03-01", k3000, "2025-03-22", k4000));
  EXPECT_TRUE(MayBothHoldAtTheirDates("killed", "2025-03-22", k4000, "2025-03-01", k3000));
  // A toll does not shrink; days apart the figures disagree.
  EXPECT_FALSE(MayBothHoldAtTheirDates("killed", "2025-03-01", k4000, "2025-03-22", k3000));
  EXPECT_FALSE(MayBothHoldAtTheirDates("killed", "2025-03-01", k3000, "2025-03-05", k4000));
  // A deployment may shrink too.
  EXPECT_TRUE(MayBothHoldAtTheirDates("deployed", "2025-03-01", k4000, "2025-03-22", k3000));
  // A month or a year is not surely weeks before a day inside it; undated
  // figures have no time between them.
  EXPECT_FALSE(MayBothHoldAtTheirDates("killed", "2025-03", k3000, "2025-03-22", k4000));
  EXPECT_TRUE(MayBothHoldAtTheirDates("killed", "2025-02", k3000, "2025-03-22", k4000));
  EXPECT_FALSE(MayBothHoldAtTheirDates("killed", "2025", k3000, "2025-12-31", k4000));
  EXPECT_FALSE(MayBothHoldAtTheirDates("killed", "", k3000, "2025-03-22", k4000));
  EXPECT_FALSE(MayBothHoldAtTheirDates("killed", "2025-02-30", k3000, "2025-03-22", k4000));

  // Claim http://x/NAME of source http://x/SOURCE, stated on DATE: about VALUE killed.
  struct Killed {
    const char* name;
    const char* source;
    const char* date;
    double value;
  };
  ClaimRelations r;
  for (const Killed& k : {Killed{"march", "s1", "2025-03-01", 3000},
                          Killed{"april", "s2", "2025-04-02", 4000},
                          Killed{"days", "s3", "2025-03-03", 4000}}) {
    const std::string claim = std::string("http://x/") + k.name;
    r.Add(claim, claim + "/q", std::string("http://x/") + k.source, k.date,
          Figure(k.value, "Norvanian troops killed"));
  }
  MemorySink sink;
  EXPECT_EQ(r.Write(sink, "http://x/"), 1u);  // only march against days
  EXPECT_EQ(sink.Object("http://x/march", v::kConflictsWith), "http://x/days");
  EXPECT_EQ(sink.Object("http://x/april", v::kConflictsWith), "");
}

TEST(ClaimRelations, OutputDoesNotDependOnArrivalOrder) {
  auto run = [](bool reversed) {
    ClaimRelations r;
    std::vector<std::pair<std::string, double>> f = {
        {"http://x/1", 100}, {"http://x/2", 200}, {"http://x/3", 300}};
    if (reversed) {
      std::reverse(f.begin(), f.end());
    }
    for (const auto& [iri, val] : f) {
      r.Add(iri, iri + "/q", iri + "/src", "2025-02-0" + iri.substr(9),
            Figure(val, "Russian troops killed"));
    }
    MemorySink sink;
    r.Write(sink, "http://x/");
    std::string all;
    for (const auto& t : sink.triples()) {
      all += t.s + " " + t.p + " " + t.o + "\n";
    }
    return all;
  };
  EXPECT_EQ(run(false), run(true));
  EXPECT_FALSE(run(false).empty());
}

}  // namespace
}  // namespace claimgraph::emit
