// Containers whose memory is handed on from one document to the next, so a
// per-document pass allocates only while its buffers still grow.
//
//   thread_local std::vector<Word> spare;    // one per thread: no locking
//   HandOver(spare, words_);                 // start: words_ empty, spare's capacity
//   ...
//   HandOver(words_, spare);                 // end: the capacity goes back
#ifndef CLAIMGRAPH_BASE_REUSE_H_
#define CLAIMGRAPH_BASE_REUSE_H_

namespace claimgraph::base {

// Empties both containers and moves `from`'s memory into `to`. Works for any
// container with clear() and swap() (std::vector, std::string).
template <typename Container>
void HandOver(Container& from, Container& to) {
  from.clear();
  to.clear();
  to.swap(from);
}

}  // namespace claimgraph::base

#endif  // CLAIMGRAPH_BASE_REUSE_H_
