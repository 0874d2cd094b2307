// base/permute.h and base/radix_sort.h: reordering in place and stable
// linear-time sorting, as the entity tagger and the linker use them.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "base/permute.h"
#include "base/radix_sort.h"

namespace claimgraph::base {
namespace {

TEST(Permute, ItemITakesOldItemOrderI) {
  // Fixed points (0, 5), a 2-cycle (1 4) and a 3-cycle (2 6 3).
  std::vector<std::string> v = {"a", "b", "c", "d", "e", "f", "g"};
  std::vector<uint32_t> order = {0, 4, 6, 2, 1, 5, 3};
  Permute(v, order);
  EXPECT_EQ(v, (std::vector<std::string>{"a", "e", "g", "c", "b", "f", "d"}));
  for (uint32_t i = 0; i < order.size(); ++i) {
    EXPECT_EQ(order[i], i);  // used up: the identity
  }
}

TEST(Permute, RandomPermutationsMatchACopy) {
  std::mt19937 rng(7);
  for (int round = 0; round < 50; ++round) {
    const uint32_t n = rng() % 40;
    std::vector<uint32_t> order(n);
    for (uint32_t i = 0; i < n; ++i) {
      order[i] = i;
    }
    std::shuffle(order.begin(), order.end(), rng);
    std::vector<int> v(n);
    for (uint32_t i = 0; i < n; ++i) {
      v[i] = static_cast<int>(i * 10);
    }
    std::vector<int> want(n);
    for (uint32_t i = 0; i < n; ++i) {
      want[i] = v[order[i]];
    }
    Permute(v, order);
    EXPECT_EQ(v, want);
  }
}

TEST(RadixSortByKey, SortsStablyByTheKey) {
  std::mt19937_64 rng(11);
  std::vector<std::pair<uint64_t, int>> items;
  for (int i = 0; i < 500; ++i) {
    // Few distinct keys spread over all eight bytes: many ties.
    items.emplace_back((rng() % 7) << (8 * (rng() % 8)), i);
  }
  auto want = items;
  std::stable_sort(want.begin(), want.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::pair<uint64_t, int>> scratch;
  RadixSortByKey(items, scratch, [](const auto& p) { return p.first; });
  EXPECT_EQ(items, want);
}

}  // namespace
}  // namespace claimgraph::base
