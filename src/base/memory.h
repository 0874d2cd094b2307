// Memory kept for a whole run, and memory given back.
//
//   base::StringArena ids;              // one string per document, never moved
//   uint64_t h = ids.Add("doc-17");
//   ids.Get(h, 6);                      // "doc-17"
//   base::ReleaseFreedMemory();         // after a stage frees its large arrays
#ifndef CLAIMGRAPH_BASE_MEMORY_H_
#define CLAIMGRAPH_BASE_MEMORY_H_

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace claimgraph::base {

// Strings that are only added and read back (document ids kept for a whole
// run): copied one after another into blocks that never move, so there is no
// string object, no hash table and no regrowth copy per string. The caller
// keeps each string's size beside its handle.
class StringArena {
 public:
  // A handle for Get.
  uint64_t Add(std::string_view s) {
    if (blocks_.empty() || s.size() > kBlock - used_) {
      blocks_.push_back(std::make_unique<char[]>(std::max(kBlock, s.size())));
      used_ = 0;
    }
    std::memcpy(blocks_.back().get() + used_, s.data(), s.size());
    const uint64_t handle = (blocks_.size() - 1) << 32 | used_;
    used_ += s.size();
    return handle;
  }
  std::string_view Get(uint64_t handle, size_t size) const {
    return {blocks_[handle >> 32].get() + (handle & 0xFFFFFFFFu), size};
  }

 private:
  static constexpr size_t kBlock = 64 << 10;
  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t used_ = 0;
};

// Gives the pages of freed heap memory back to the system. After a stage
// frees its large arrays, malloc keeps them (its top cannot shrink past a
// live block, and after a large free it serves blocks of that size from the
// heap rather than new mappings), and they would stay in the resident set.
// A no-op outside glibc.
inline void ReleaseFreedMemory() {
#ifdef __GLIBC__
  malloc_trim(0);
#endif
}

}  // namespace claimgraph::base

#endif  // CLAIMGRAPH_BASE_MEMORY_H_
