// Finds site boilerplate pasted into article text: photo credits, copyright
// lines, "related content" blocks and terms-of-use notices. The text is left
// unchanged (offsets must hold); the spans go to Document::boilerplate and the
// extractors produce nothing inside them. Internal to src/ingest.
//
// Conservative by design: only general patterns that news sites share, never
// a site's wording; a line of article prose is never marked because of one
// word. A reprint note at the top ("This article was originally published
// by X and is reprinted with permission.") is provenance, not furniture: it
// names the original publisher and is left alone; the same kind of notice in
// the document's tail is marked. Linear in the text (a few memchr/memmem passes plus a prefix test
// per line); the phrase scoring of notices only looks at the document's tail.
#ifndef CLAIMGRAPH_INGEST_BOILERPLATE_H_
#define CLAIMGRAPH_INGEST_BOILERPLATE_H_

#include <string_view>
#include <vector>

#include "model/document.h"

namespace claimgraph::ingest {

// Sorted, non-overlapping byte spans of `text` that are boilerplate. Spans
// start and end at code-point boundaries and exclude surrounding whitespace.
std::vector<model::Span> FindBoilerplate(std::string_view text);

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_INGEST_BOILERPLATE_H_
