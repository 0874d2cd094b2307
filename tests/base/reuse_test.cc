#include "base/reuse.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace claimgraph::base {
namespace {

TEST(HandOverTest, MovesTheMemoryAndEmptiesBoth) {
  std::vector<int> spare(100, 1);
  const int* memory = spare.data();
  std::vector<int> words;
  HandOver(spare, words);
  EXPECT_TRUE(words.empty());
  EXPECT_TRUE(spare.empty());
  EXPECT_EQ(words.data(), memory);  // the capacity came along
}

TEST(SparePoolTest, ContainersAliveAtOnceGetMemoryOfTheirOwnAndGiveItBack) {
  SparePool<std::string> pool;
  std::string a;
  std::string b;
  pool.Take(a);  // nothing spare yet: a stays as it was made
  pool.Take(b);
  a.assign(1000, 'a');
  b.assign(2000, 'b');
  const char* a_memory = a.data();
  const char* b_memory = b.data();
  pool.Give(a);
  pool.Give(b);
  EXPECT_TRUE(a.empty());
  EXPECT_TRUE(b.empty());
  // The next group takes both blocks back, the last given first, and the two
  // never share one.
  std::string c;
  std::string d;
  pool.Take(c);
  pool.Take(d);
  EXPECT_TRUE(c.empty());
  EXPECT_TRUE(d.empty());
  EXPECT_EQ(c.data(), b_memory);
  EXPECT_EQ(d.data(), a_memory);
  EXPECT_GE(c.capacity(), 2000u);
  EXPECT_GE(d.capacity(), 1000u);
  // A third container alive at once gets no spare, only memory of its own.
  std::string e;
  pool.Take(e);
  e.assign(500, 'e');
  EXPECT_NE(e.data(), c.data());
  EXPECT_NE(e.data(), d.data());
}

}  // namespace
}  // namespace claimgraph::base
