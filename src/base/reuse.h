// Containers whose memory is handed on from one document to the next, so a
// per-document pass allocates only while its buffers still grow.
//
//   thread_local std::vector<Word> spare;    // one per thread: no locking
//   HandOver(spare, words_);                 // start: words_ empty, spare's capacity
//   ...
//   HandOver(words_, spare);                 // end: the capacity goes back
#ifndef CLAIMGRAPH_BASE_REUSE_H_
#define CLAIMGRAPH_BASE_REUSE_H_

#include <vector>

namespace claimgraph::base {

// Empties both containers and moves `from`'s memory into `to`. Works for any
// container with clear() and swap() (std::vector, std::string).
template <typename Container>
void HandOver(Container& from, Container& to) {
  from.clear();
  to.clear();
  to.swap(from);
}

// The same for several containers alive at once (each document of a group
// with its own buffer): Take hands a spare's memory to a container, Give
// keeps a container's memory as a spare.
//
//   thread_local SparePool<std::vector<Word>> pool;
//   pool.Take(words_);                       // start: words_ empty, a spare's capacity
//   ...
//   pool.Give(words_);                       // end: the capacity kept for the next
template <typename Container>
class SparePool {
 public:
  void Take(Container& to) {
    to.clear();
    if (!spares_.empty()) {
      to.swap(spares_.back());
      spares_.pop_back();
    }
  }
  void Give(Container& from) {
    from.clear();
    spares_.emplace_back();
    spares_.back().swap(from);
  }

 private:
  std::vector<Container> spares_;
};

}  // namespace claimgraph::base

#endif  // CLAIMGRAPH_BASE_REUSE_H_
