#include "base/memory.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::base {
namespace {

struct Row {
  uint32_t a = 7;
  uint64_t b = 0;
};

TEST(StringArenaTest, KeepsCopiesUntilClearedAndReusesItsFirstBlock) {
  StringArena arena;
  std::string source = "Kyrylo Budanov";
  const std::string_view kept = arena.Keep(source);
  source.assign("changed");
  EXPECT_EQ(kept, "Kyrylo Budanov");   // a copy, not a view of the source
  const std::string big(100000, 'x');  // more than a block: a block of its own
  EXPECT_EQ(arena.Keep(big), big);
  EXPECT_EQ(arena.Keep(""), "");
  arena.Clear();
  const std::string_view again = arena.Keep("Norvane");
  EXPECT_EQ(again, "Norvane");
  EXPECT_EQ(again.data(), kept.data());  // the first block again, from its start
}

TEST(ChunkedArrayTest, KeepsElementsInPlaceAcrossBlocks) {
  ChunkedArray<Row> rows;
  EXPECT_TRUE(rows.empty());
  Row& first = rows.emplace_back();
  EXPECT_EQ(first.a, 7u);  // default member initialisers hold
  first.b = 1;
  constexpr size_t kCount = 40000;  // more than two blocks
  for (size_t i = 1; i < kCount; ++i) {
    rows.push_back({static_cast<uint32_t>(i), i * 3});
  }
  EXPECT_EQ(&first, &rows[0]);  // growing never moves an element
  ASSERT_EQ(rows.size(), kCount);
  EXPECT_EQ(rows[0].b, 1u);
  EXPECT_EQ(rows[kCount - 1].a, kCount - 1);
  EXPECT_EQ(rows[20000].b, 60000u);
}

TEST(ChunkedArrayTest, MovesToAVectorOfExactSize) {
  ChunkedArray<int32_t> ints;
  const std::vector<int32_t> some = {3, -1, 4};
  for (int k = 0; k < 10000; ++k) {
    ints.append(some.begin(), some.end());
  }
  std::vector<int32_t> out = {99};
  ints.MoveTo(out);
  EXPECT_TRUE(ints.empty());
  ASSERT_EQ(out.size(), 30000u);
  EXPECT_EQ(out.capacity(), 30000u);
  EXPECT_EQ(out[0], 3);
  EXPECT_EQ(out[29999], 4);
  EXPECT_EQ(out[16384], -1);  // the first of the second block
  ints.push_back(5);          // usable again
  EXPECT_EQ(ints.size(), 1u);
  EXPECT_EQ(ints[0], 5);
  ChunkedArray<int32_t> moved = std::move(ints);
  EXPECT_EQ(moved[0], 5);
  EXPECT_TRUE(ints.empty());  // NOLINT(bugprone-use-after-move): moved-from is empty
}

}  // namespace
}  // namespace claimgraph::base
