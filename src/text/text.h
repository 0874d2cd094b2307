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

// The same into `layer`, replacing what it held and reusing its vectors'
// memory: a thread that segments one document after another passes the same
// layer each time and allocates only for a document longer than any before.
void Segment(std::string_view text, std::string_view title, model::TextLayer& layer);

}  // namespace claimgraph::text

#endif  // CLAIMGRAPH_TEXT_TEXT_H_
