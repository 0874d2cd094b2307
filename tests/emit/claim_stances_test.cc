#include "emit/claim_stances.h"

#include <gtest/gtest.h>

#include "emit/emit.h"
#include "emit/rdf_sink.h"
#include "emit/rdf_vocab.h"

namespace claimgraph::emit {
namespace {

namespace v = vocab;
using model::CueCategory;

// A claim of `text` with cue `cue` and content from `content` to the end
// (both found in the text).
model::Claim Cue(CueCategory category, const char* lemma, std::string_view text = "",
                 std::string_view cue = "", std::string_view content = "", bool negated = false) {
  model::Claim c;
  c.category = category;
  c.cue_lemma = lemma;
  c.negated = negated || category == CueCategory::kDenial;
  if (!cue.empty()) {
    const auto b = static_cast<uint32_t>(text.find(cue));
    c.cue = model::Span{b, static_cast<uint32_t>(b + cue.size())};
    const auto cb = static_cast<uint32_t>(text.find(content, b));
    c.content.push_back({cb, static_cast<uint32_t>(text.size())});
  }
  return c;
}

Polarity Of(CueCategory category, const char* lemma, std::string_view text, std::string_view cue,
            std::string_view content) {
  return PolarityOf(Cue(category, lemma, text, cue, content), text);
}

TEST(Polarity, DenialsOfAPropositionOnly) {
  const auto kDenial = CueCategory::kDenial;
  EXPECT_EQ(Of(kDenial, "deny", "Lindby denied that its troops crossed the border.", "denied",
               "its troops"),
            Polarity::kDenies);
  EXPECT_EQ(Of(kDenial, "reject", "Lindby rejected reports that its troops crossed the border.",
               "rejected", "its troops"),
            Polarity::kDenies);
  // No proposition denied: a motion, an offer; "did not deny" is no denial.
  EXPECT_EQ(Of(kDenial, "deny", "The court denied the motion to dismiss.", "denied", "the motion"),
            Polarity::kNone);
  EXPECT_EQ(Of(kDenial, "reject", "Norvane Optics rejected the offer of 12 dlrs.", "rejected",
               "the offer"),
            Polarity::kNone);
  EXPECT_EQ(Of(kDenial, "deny", "Lindby did not deny that its troops crossed the border.", "deny",
               "its troops"),
            Polarity::kNone);
  // Refusing to speak denies nothing: "declined to confirm or deny".
  EXPECT_EQ(Of(kDenial, "decline to confirm or deny",
               "Lindby declined to confirm or deny that its troops crossed the border.",
               "declined to confirm or deny", "its troops"),
            Polarity::kNone);
}

TEST(Polarity, StatementsAssertUnlessNegatedOrHedged) {
  EXPECT_EQ(PolarityOf(Cue(CueCategory::kStatement, "say"), ""), Polarity::kAsserts);
  EXPECT_EQ(PolarityOf(Cue(CueCategory::kReport, "report"), ""), Polarity::kAsserts);
  // "did not say C" asserts nothing; a hedge has no source; a warning is no claim of fact.
  EXPECT_EQ(PolarityOf(Cue(CueCategory::kStatement, "say", "", "", "", true), ""), Polarity::kNone);
  EXPECT_EQ(PolarityOf(Cue(CueCategory::kWarning, "warn"), ""), Polarity::kNone);
  const std::string negative = "Norvia said Lindby had not moved its troops.";
  EXPECT_EQ(PolarityOf(Cue(CueCategory::kStatement, "say", negative, "said", "Lindby"), negative),
            Polarity::kNone);
  model::Claim hedge = Cue(CueCategory::kStatement, "say");
  hedge.unattributed = true;
  EXPECT_EQ(PolarityOf(hedge, ""), Polarity::kNone);
}

TEST(ContentWords, LowercasedContentWordsWithoutFunctionWords) {
  // Names ("Lindbian", "Norvia") are compared through the entities, not here.
  const std::string text = "He said Lindbian troops crossed into Norvia, which they did.";
  const std::vector<model::Span> content = {{8, 43}, {51, 60}};
  EXPECT_EQ(ContentWords(text, content), (std::vector<std::string>{"crossed", "troops"}));
}

Stance Filed(const char* claim, const char* source, const char* date, Polarity p,
             std::vector<std::string> about, std::vector<std::string> words) {
  return {claim, source, date, p, std::move(about), std::move(words)};
}

const std::vector<std::string> kCrossing = {"border", "crossed", "heavy", "overnight", "troops"};

TEST(ClaimStances, LinksADenialToAnotherSourcesClaimOfTheSameMatter) {
  ClaimStances s;
  s.Add(Filed("http://x/claim", "http://x/norvia", "2025-05-02", Polarity::kAsserts,
              {"http://x/lindby", "http://x/norvia"}, kCrossing));
  s.Add(Filed("http://x/denial", "http://x/lindby", "2025-05-03", Polarity::kDenies,
              {"http://x/norvia"}, {"border", "crossed", "heavy", "troops", "tanks"}));
  MemorySink sink;
  EXPECT_EQ(s.Write(sink, "http://x/"), 1u);
  EXPECT_EQ(sink.Object("http://x/denial", v::kDenies), "http://x/claim");
  auto rel = sink.Subjects(v::kType, v::kClaimRelation);
  ASSERT_EQ(rel.size(), 1u);
  EXPECT_EQ(sink.Object(rel[0], v::kRelationKind), "denial");
  EXPECT_EQ(sink.Object(rel[0], v::kFromClaim), "http://x/denial");
  EXPECT_EQ(sink.Object(rel[0], v::kToClaim), "http://x/claim");
  EXPECT_EQ(sink.Object(rel[0], v::kSharedEntity), "http://x/norvia");
  EXPECT_EQ(sink.Object(rel[0], v::kOverlapScore), "0.80");
  EXPECT_EQ(sink.Object(rel[0], v::kReason),
            "a denial (2025-05-03) against another source's claim (2025-05-02): both about "
            "norvia; 4 of 5 content words shared");
}

TEST(ClaimStances, NoLinkWithoutStrongEvidence) {
  const std::vector<std::string> about = {"http://x/norvia"};
  ClaimStances s;
  s.Add(Filed("http://x/claim", "http://x/norvia", "2025-05-02", Polarity::kAsserts, about,
              kCrossing));
  // The same source; ten days later; no entity in common; three words in common;
  // a date without its day; a second claim of the first source (no denial).
  s.Add(Filed("http://x/d1", "http://x/norvia", "2025-05-03", Polarity::kDenies, about, kCrossing));
  s.Add(Filed("http://x/d2", "http://x/lindby", "2025-05-12", Polarity::kDenies, about, kCrossing));
  s.Add(Filed("http://x/d3", "http://x/lindby", "2025-05-03", Polarity::kDenies, {"http://x/varn"},
              kCrossing));
  s.Add(Filed("http://x/d4", "http://x/lindby", "2025-05-03", Polarity::kDenies, about,
              {"border", "crossed", "harbour", "ships", "yesterday"}));
  s.Add(Filed("http://x/d5", "http://x/lindby", "2025-05", Polarity::kDenies, about, kCrossing));
  s.Add(
      Filed("http://x/c2", "http://x/norvia", "2025-05-03", Polarity::kAsserts, about, kCrossing));
  MemorySink sink;
  EXPECT_EQ(s.Write(sink, "http://x/"), 0u);
  EXPECT_TRUE(sink.triples().empty());
}

TEST(ClaimStances, AClaimFiledAfterTheDenialIsLinkedToo) {
  ClaimStances s;
  s.Add(Filed("http://x/denial", "http://x/lindby", "2025-05-03", Polarity::kDenies,
              {"http://x/norvia"}, kCrossing));
  s.Add(Filed("http://x/claim", "http://x/norvia", "2025-05-01", Polarity::kAsserts,
              {"http://x/norvia"}, kCrossing));
  MemorySink sink;
  EXPECT_EQ(s.Write(sink, "http://x/"), 1u);
  EXPECT_EQ(sink.Object("http://x/denial", v::kDenies), "http://x/claim");
}

TEST(StanceRow, AShardRowReadsBack) {
  std::string row;
  AppendStanceRow(row, "d1", "http://x/c", 2, "2025-05-03", true, {0, 4}, kCrossing);
  ASSERT_FALSE(row.empty());
  row.pop_back();  // the line end
  StanceRow r;
  ASSERT_TRUE(ParseStanceRow(row, r));
  EXPECT_EQ(r.doc_id, "d1");
  EXPECT_EQ(r.claim, "http://x/c");
  EXPECT_EQ(r.date, "2025-05-03");
  EXPECT_TRUE(r.denial);
  EXPECT_EQ(r.source_local, 2);
  EXPECT_EQ(r.about_locals, (std::vector<int32_t>{0, 4}));
  EXPECT_EQ(r.words, kCrossing);
  FigureRow f;
  EXPECT_FALSE(ParseFigureRow(row, f));
}

}  // namespace
}  // namespace claimgraph::emit
