#include "emit/claim_relations.h"

#include <gtest/gtest.h>

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

TEST(ClaimRelations, LinksDifferentFiguresFromDifferentSourcesBothWays) {
  ClaimRelations r;
  r.Add("http://x/c1", "http://x/c1/q", "http://x/jcs", "2024-12-23",
        Figure(1100, "North Korean soldiers killed or wounded",
               model::QuantityQualifier::kLowerBound));
  r.Add("http://x/c2", "http://x/c2/q", "http://x/ukraine", "2025-01-22",
        Figure(4000, "North Korean troops killed or wounded"));
  MemorySink sink;
  EXPECT_EQ(r.Write(sink, "http://x/"), 1u);
  EXPECT_EQ(sink.Object("http://x/c1", v::kConflictsWith), "http://x/c2");
  EXPECT_EQ(sink.Object("http://x/c2", v::kConflictsWith), "http://x/c1");
  auto rel = sink.Subjects(v::kType, v::kClaimRelation);
  ASSERT_EQ(rel.size(), 1u);
  EXPECT_EQ(sink.Object(rel[0], v::kRelationKind), "conflict");
  EXPECT_EQ(sink.Object(rel[0], v::kFromClaim), "http://x/c1");
  EXPECT_EQ(sink.Object(rel[0], v::kFromFigure), "http://x/c1/q");
  EXPECT_EQ(sink.Object(rel[0], v::kToFigure), "http://x/c2/q");
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
