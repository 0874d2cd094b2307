#include "text/text.h"

namespace claimgraph::text {

// Placeholder until the segmenter lands: one paragraph, one sentence, no tokens.
model::TextLayer Segment(std::string_view text) {
  model::TextLayer layer;
  model::Span all{0, static_cast<uint32_t>(text.size())};
  layer.paragraphs.push_back(all);
  layer.sentences.push_back({all, 0, 0, 0});
  return layer;
}

}  // namespace claimgraph::text
