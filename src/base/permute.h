// base: reordering a vector in place by an index of positions.
//
//   std::vector<uint32_t> order = ...;  // order[i]: the old position of new item i
//   base::Permute(items, order);        // items[i] = old items[order[i]]; order used up
#ifndef CLAIMGRAPH_BASE_PERMUTE_H_
#define CLAIMGRAPH_BASE_PERMUTE_H_

#include <cstdint>
#include <utility>
#include <vector>

namespace claimgraph::base {

// v[i] = old v[order[i]] for every i, in place, cycle by cycle: each item is
// moved once, and the items already in their place (order[i] == i) not at
// all. `order` must be a permutation of 0..v.size()-1; it is used up.
template <typename T>
void Permute(std::vector<T>& v, std::vector<uint32_t>& order) {
  for (uint32_t i = 0; i < order.size(); ++i) {
    if (order[i] == i) {
      continue;
    }
    T first = std::move(v[i]);
    uint32_t j = i;
    while (order[j] != i) {
      const uint32_t k = order[j];
      v[j] = std::move(v[k]);
      order[j] = j;
      j = k;
    }
    v[j] = std::move(first);
    order[j] = j;
  }
}

}  // namespace claimgraph::base

#endif  // CLAIMGRAPH_BASE_PERMUTE_H_
