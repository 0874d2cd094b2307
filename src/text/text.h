// text: paragraphs, sentences and tokens of a document. The one door.
// Survives news English: "Lt. Gen.", "U.S.", "Jan. 5", initials, decimals and
// thousands, quotes closing after the full stop, dashes, curly quotes and
// apostrophes, headlines without a full stop. Linear time; never fails.
#ifndef CLAIMGRAPH_TEXT_TEXT_H_
#define CLAIMGRAPH_TEXT_TEXT_H_

#include <string_view>

#include "model/text.h"

namespace claimgraph::text {

// `title`: the document's title where its source gives one; a short first
// line that is not the title is read as text, not as a headline, when it is
// hard-wrapped.
model::TextLayer Segment(std::string_view text, std::string_view title = {});

}  // namespace claimgraph::text

#endif  // CLAIMGRAPH_TEXT_TEXT_H_
