// A small hand-made document with its extraction and entity table, as the
// pipeline would hand them to the emitter. The text mixes a byte-order mark,
// curly quotes and an emoji so byte and code-point offsets differ.
#ifndef CLAIMGRAPH_TESTS_EMIT_SAMPLE_H_
#define CLAIMGRAPH_TESTS_EMIT_SAMPLE_H_

#include <cassert>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"
#include "model/entity.h"
#include "model/extraction.h"

namespace claimgraph::emit::testing {

// Byte span of the `nth` occurrence of `needle` in `text`.
inline model::Span Find(std::string_view text, std::string_view needle, int nth = 0) {
  size_t at = text.find(needle);
  while (nth-- > 0 && at != std::string_view::npos) at = text.find(needle, at + 1);
  assert(at != std::string_view::npos);
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

struct Sample {
  model::Document doc;
  model::Extraction x;
  model::EntityTable table;
};

// "\uFEFF“We will hold the line,” said Gen. Maria Olsen on Friday. 🚀 She
//  estimated that about 4,000 troops had reached Eastport by March 2024,
//  according to the Northland Defence Ministry."
inline Sample MakeSample() {
  Sample s;
  s.doc.id = "sample-1";
  s.doc.text =
      "\xEF\xBB\xBF\xE2\x80\x9CWe will hold the line,\xE2\x80\x9D said Gen. Maria Olsen on Friday. "
      "\xF0\x9F\x9A\x80 She estimated that about 4,000 troops had reached Eastport by March 2024, "
      "according to the Northland Defence Ministry.";
  s.doc.title = "Olsen: \"hold the line\"";
  s.doc.publisher = "The Example Herald";
  s.doc.author = "A. Writer";
  s.doc.url = "https://news.example.org/2024/03/olsen";
  s.doc.published = "2024-03-15";
  s.doc.language = "en";
  const std::string_view t = s.doc.text;

  // Mentions, sorted by span.
  auto mention = [&](std::string_view surface, model::EntityType type, model::MentionKind kind,
                     std::string label, int32_t antecedent = -1) {
    model::Mention m;
    m.span = Find(t, surface);
    m.type = type;
    m.kind = kind;
    m.label = std::move(label);
    m.antecedent = antecedent;
    s.x.mentions.push_back(m);
  };
  using model::EntityType;
  using model::MentionKind;
  mention("Maria Olsen", EntityType::kPerson, MentionKind::kName, "Maria Olsen");  // 0
  mention("She", EntityType::kPerson, MentionKind::kPronoun, "", 0);               // 1
  mention("Eastport", EntityType::kPlace, MentionKind::kName, "Eastport");         // 2
  mention("Northland", EntityType::kCountry, MentionKind::kName, "Northland");     // 3
  mention("Northland Defence Ministry", EntityType::kGovernmentOrganization,       // 4
          MentionKind::kName, "Northland Defence Ministry");
  std::sort(s.x.mentions.begin(), s.x.mentions.end(),
            [](const model::Mention& a, const model::Mention& b) { return a.span < b.span; });

  model::TimeExpr friday{Find(t, "Friday"), model::TimexType::kDate, "2024-03-15", ""};
  model::TimeExpr march{Find(t, "March 2024"), model::TimexType::kDate, "2024-03", ""};
  s.x.times = {friday, march};

  model::Quantity q;
  q.span = Find(t, "about 4,000");
  q.value = 4000;
  q.qualifier = model::QuantityQualifier::kApproximate;
  q.unit = "troops";
  q.counts = "troops";
  q.claim = 1;
  s.x.quantities = {q};

  // Claim 0: the direct quote; claim 1: the estimate, sourced to "She".
  model::Claim quote;
  quote.source = Find(t, "Gen. Maria Olsen");
  quote.source_mention = 0;
  quote.cue = Find(t, "said");
  quote.cue_lemma = "say";
  quote.content = {Find(t, "We will hold the line,")};
  quote.direct_quote = true;
  quote.stated_on = 0;
  model::Claim estimate;
  estimate.source = Find(t, "She");
  estimate.source_mention = 1;
  estimate.cue = Find(t, "estimated");
  estimate.cue_lemma = "estimate";
  estimate.category = model::CueCategory::kEstimate;
  estimate.content = {Find(t, "about 4,000 troops had reached Eastport by March 2024")};
  estimate.about = {2, 2};
  estimate.mentioned_times = {1};
  estimate.quantities = {0};
  s.x.claims = {quote, estimate};

  // Entities sorted by key; mention 1 ("She") is not linked itself.
  model::Entity olsen{"person/maria-olsen",
                      "Maria Olsen",
                      EntityType::kPerson,
                      "",
                      {"Maria Olsen", "Gen. Maria Olsen"},
                      {"person/olsen"},
                      2,
                      1};
  model::Entity eastport{
      "place/eastport", "Eastport", EntityType::kPlace, "", {"Eastport"}, {}, 1, 1};
  model::Entity ministry{"government-organization/northland-defence-ministry",
                         "Northland Defence Ministry",
                         EntityType::kGovernmentOrganization,
                         "",
                         {"Northland Defence Ministry"},
                         {},
                         1,
                         1};
  model::Entity northland{
      "country/northland", "Northland", EntityType::kCountry, "", {"Northland"}, {}, 1, 1};
  s.table.entities = {northland, ministry, olsen, eastport};  // keys sorted
  // mentions (sorted): Maria Olsen, She, Eastport, Northland, Northland Defence Ministry
  s.table.mention_entity = {{2, -1, 3, 0, 1}};
  s.table.merges = {{2, "Maria Olsen", "Olsen", "surname", 0.9, "sample-1", "sample-1"}};
  return s;
}

}  // namespace claimgraph::emit::testing

#endif  // CLAIMGRAPH_TESTS_EMIT_SAMPLE_H_
