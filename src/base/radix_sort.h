// Stable sort by a 64-bit key in linear time: for the linker's large sorts
// (documents by id head, entities by key head, candidate edges by vertices),
// where std::sort spends n log n comparisons through an index.
#ifndef CLAIMGRAPH_BASE_RADIX_SORT_H_
#define CLAIMGRAPH_BASE_RADIX_SORT_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace claimgraph::base {

// Sorts `items` by key_of(item) (a uint64_t), stably: least significant byte
// first, one counting pass per byte in which the keys differ (none when all
// keys are equal). `scratch` is working space (left with unspecified items).
template <typename T, typename KeyOf>
void RadixSortByKey(std::vector<T>& items, std::vector<T>& scratch, KeyOf key_of) {
  const size_t n = items.size();
  if (n < 2) {
    return;
  }
  std::array<std::array<uint32_t, 256>, 8> count{};
  const uint64_t first = key_of(items[0]);
  uint64_t differ = 0;
  for (const T& x : items) {
    const uint64_t k = key_of(x);
    differ |= k ^ first;
    for (int b = 0; b < 8; ++b) {
      ++count[b][(k >> (8 * b)) & 0xFF];
    }
  }
  scratch.resize(n);
  for (int b = 0; b < 8; ++b) {
    if (((differ >> (8 * b)) & 0xFF) == 0) {
      continue;
    }
    std::array<uint32_t, 256>& next = count[b];
    uint32_t sum = 0;
    for (uint32_t& c : next) {
      const uint32_t here = c;
      c = sum;
      sum += here;
    }
    for (const T& x : items) {
      scratch[next[(key_of(x) >> (8 * b)) & 0xFF]++] = x;
    }
    items.swap(scratch);
  }
}

}  // namespace claimgraph::base

#endif  // CLAIMGRAPH_BASE_RADIX_SORT_H_
