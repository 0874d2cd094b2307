#include "extract/extract.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <span>
#include <string>
#include <vector>

#include "kb/kb.h"
#include "project_texts.h"
#include "text/text.h"

namespace claimgraph::extract {
namespace {

std::string SpanText(const model::Span& s) {
  return std::to_string(s.begin) + "-" + std::to_string(s.end);
}

// Everything the writer reads of an extraction, one line per item.
std::string Describe(const model::Extraction& x) {
  std::string out;
  for (const auto& m : x.mentions) {
    out += "M " + SpanText(m.span) + " " + m.label + " " + std::to_string(static_cast<int>(m.type)) +
           " " + std::to_string(static_cast<int>(m.kind)) + " " + m.kb_iri + " " + m.title + " " +
           std::to_string(m.antecedent) + " " + std::to_string(m.acting_for) + "\n";
  }
  for (const auto& t : x.times) {
    out += "T " + SpanText(t.span) + " " + t.value + " " + t.mod + "\n";
  }
  for (const auto& q : x.quantities) {
    char value[64];
    std::snprintf(value, sizeof value, "%.17g %.17g %.17g", q.value, q.low.value_or(-1),
                  q.high.value_or(-1));
    out += "Q " + SpanText(q.span) + " " + value + " " + q.unit + " " + q.counts + " " +
           std::to_string(q.claim) + "\n";
  }
  for (const auto& c : x.claims) {
    out += "C " + (c.source ? SpanText(*c.source) : "-") + " " + std::to_string(c.source_mention) +
           " " + (c.cue ? SpanText(*c.cue) : "-") + " " + c.cue_lemma + " " +
           std::to_string(c.negated) + std::to_string(c.unattributed) + " " +
           std::to_string(c.stated_on) + " " + std::to_string(c.reported_by) + " [";
    for (const auto& p : c.content) {
      out += SpanText(p) + " ";
    }
    out += "] about";
    for (int32_t m : c.about) {
      out += " " + std::to_string(m);
    }
    out += " quantities";
    for (int32_t q : c.quantities) {
      out += " " + std::to_string(q);
    }
    out += "\n";
  }
  return out;
}

// Run over many documents at once, one extractor at a time, gives each
// document what Run gives it alone: on the project's own articles and test
// inputs, in groups of every size up to kJobsPerRun, and on a document whose
// first sentence is boilerplate (a caption) standing between two others.
TEST(ExtractorTest, ManyDocumentsAtOnceGiveWhatEachGivesAlone) {
  auto kb = kb::KnowledgeBase::LoadEmbedded();
  ASSERT_TRUE(kb.ok());
  Extractor extractor(*kb);
  std::vector<model::Document> docs = testing_texts::ProjectTexts();
  ASSERT_GE(docs.size(), 5u);
  model::Document captioned;
  captioned.published = "2025-01-24";
  captioned.text =
      "Photo: Jane Roe at the harbour on Monday.\n\n"
      "The port of Lindby will hire up to 900 workers next year, its director, Tom Lund, "
      "said on Friday.";
  captioned.boilerplate.push_back({0, 41});
  docs.insert(docs.begin() + 2, captioned);

  std::vector<model::TextLayer> layers;
  std::vector<std::string> alone;
  size_t claims = 0;
  for (const auto& doc : docs) {
    layers.push_back(text::Segment(doc.text));
    model::Extraction x = extractor.Run(doc, layers.back());
    claims += x.claims.size();
    alone.push_back(Describe(x));
  }
  ASSERT_GE(claims, 20u);
  EXPECT_EQ(alone[2].find("Jane Roe"), std::string::npos);  // nothing from the caption
  EXPECT_NE(alone[2].find("Tom Lund"), std::string::npos);

  for (size_t group : {size_t{1}, size_t{2}, size_t{3}, Extractor::kJobsPerRun}) {
    std::vector<model::Extraction> xs(docs.size());
    std::vector<Extractor::Job> jobs;
    for (size_t i = 0; i < docs.size(); ++i) {
      jobs.push_back({&docs[i], &layers[i], &xs[i]});
    }
    for (size_t i = 0; i < jobs.size(); i += group) {
      extractor.Run(std::span<const Extractor::Job>(jobs).subspan(i, std::min(group, jobs.size() - i)));
    }
    for (size_t i = 0; i < docs.size(); ++i) {
      EXPECT_EQ(Describe(xs[i]), alone[i]) << "document " << i << ", groups of " << group;
    }
  }
}

}  // namespace
}  // namespace claimgraph::extract
