#include "extract/extract.h"

#include <algorithm>

#include "extract/attribution.h"
#include "extract/entities.h"
#include "extract/quantity.h"
#include "extract/timex.h"

namespace claimgraph::extract {

struct Extractor::Impl {
  std::shared_ptr<const kb::KnowledgeBase> kb;
  EntityTagger entities;
  TimeTagger times;
  QuantityTagger quantities;
  AttributionExtractor attribution;

  explicit Impl(std::shared_ptr<const kb::KnowledgeBase> k)
      : kb(std::move(k)), entities(*kb), times(*kb), quantities(*kb), attribution(*kb) {}
};

Extractor::Extractor(std::shared_ptr<const kb::KnowledgeBase> kb)
    : impl_(std::make_unique<Impl>(std::move(kb))) {}
Extractor::~Extractor() = default;

namespace {

// Drops the sentences that overlap site boilerplate (captions, credits,
// licence notices), so no extractor sees them.
model::TextLayer WithoutBoilerplate(const model::Document& doc, const model::TextLayer& layer) {
  model::TextLayer out;
  out.paragraphs = layer.paragraphs;
  out.tokens = layer.tokens;
  for (const auto& s : layer.sentences) {
    bool inside = std::any_of(doc.boilerplate.begin(), doc.boilerplate.end(),
                              [&](const model::Span& b) { return b.Overlaps(s.span); });
    if (!inside) out.sentences.push_back(s);
  }
  return out;
}

bool InContent(const model::Claim& c, const model::Span& s) {
  return std::any_of(c.content.begin(), c.content.end(),
                     [&](const model::Span& p) { return p.Contains(s); });
}

uint32_t ContentSize(const model::Claim& c) {
  uint32_t n = 0;
  for (const auto& p : c.content) n += p.size();
  return n;
}

// Ties mentions, time expressions and quantities to the claims whose content
// holds them. A quantity belongs to the innermost (shortest) such claim.
void TieToClaims(model::Extraction& x) {
  for (auto& c : x.claims) {
    c.about.clear();
    c.mentioned_times.clear();
    c.quantities.clear();
    for (size_t i = 0; i < x.mentions.size(); ++i) {
      if (InContent(c, x.mentions[i].span)) c.about.push_back(static_cast<int32_t>(i));
    }
    for (size_t i = 0; i < x.times.size(); ++i) {
      if (InContent(c, x.times[i].span)) c.mentioned_times.push_back(static_cast<int32_t>(i));
    }
  }
  for (size_t q = 0; q < x.quantities.size(); ++q) {
    int32_t best = -1;
    for (size_t ci = 0; ci < x.claims.size(); ++ci) {
      const auto& c = x.claims[ci];
      if (!InContent(c, x.quantities[q].span)) continue;
      if (best < 0 || ContentSize(c) < ContentSize(x.claims[best])) best = static_cast<int32_t>(ci);
    }
    x.quantities[q].claim = best;
    if (best >= 0) x.claims[best].quantities.push_back(static_cast<int32_t>(q));
  }
}

}  // namespace

model::Extraction Extractor::Run(const model::Document& doc, const model::TextLayer& full) const {
  const model::TextLayer layer =
      doc.boilerplate.empty() ? full : WithoutBoilerplate(doc, full);
  model::Extraction x;
  x.mentions = impl_->entities.Tag(doc, layer);
  x.times = impl_->times.Tag(doc, layer);
  x.quantities = impl_->quantities.Tag(doc, layer, x.times);
  x.claims = impl_->attribution.Extract(doc, layer, x.mentions, x.times);
  TieToClaims(x);
  return x;
}

}  // namespace claimgraph::extract
