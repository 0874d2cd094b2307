// Lookups over one document's items (candidates by word, quantities
// against claims, the mentions and claims attribution has found) look
// through a few items one by one and build an index past a limit, where a
// scan of every item for every question would cost the square of a long
// document's length. The two ways must give the same answers; a test sets
// index_always so that every lookup goes through its index, and compares.
#ifndef CLAIMGRAPH_EXTRACT_SCAN_LIMIT_H_
#define CLAIMGRAPH_EXTRACT_SCAN_LIMIT_H_

#include <cstddef>

namespace claimgraph::extract {

// For tests only: true makes every limit 0. Set it while no extractor runs.
// (A plain variable, not a function's static: read on every lookup.)
inline bool index_always = false;

// `limit`, or 0 under index_always: "look through at most this many".
inline size_t ScanLimit(size_t limit) { return index_always ? 0 : limit; }

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_SCAN_LIMIT_H_
