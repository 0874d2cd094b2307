#include "pipeline/doc_ids.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "test_dir.h"

namespace claimgraph::pipeline {
namespace {

TEST(DocIds, FindsTheFirstCopyOfEveryIdAndItsOrigin) {
  const std::string dir = TestDir("cg_doc_ids_test");
  auto ids = DocIds::Create(dir);
  ASSERT_TRUE(ids.ok()) << ids.status().message();
  DocIds& seen = **ids;
  // Enough ids for many bucket splits and overflow pages (ids of one
  // length, long and short, and some that share their first bytes).
  std::map<std::string, uint32_t> want;
  for (uint32_t i = 0; i < 60000; ++i) {
    const std::string id = i % 7 == 0 ? std::string(300 + i % 50, 'x') + std::to_string(i)
                                      : "reuters-" + std::to_string(i);
    EXPECT_FALSE(seen.Insert(id, i, "in/a.jsonl:" + std::to_string(i + 1)));
    want[id] = i;
  }
  EXPECT_EQ(seen.size(), want.size());
  for (const auto& [id, number] : want) {
    auto found = seen.Insert(id, 999999, "elsewhere");
    ASSERT_TRUE(found) << id;
    EXPECT_EQ(found->number, number);
    EXPECT_EQ(found->origin, "in/a.jsonl:" + std::to_string(number + 1));
  }
  EXPECT_EQ(seen.size(), want.size());  // a second copy is not added
  EXPECT_FALSE(seen.Find("reuters-60000"));
  EXPECT_FALSE(seen.Find(""));
  EXPECT_FALSE(seen.Insert("", 7, ""));
  EXPECT_EQ(seen.Find("")->number, 7u);
  EXPECT_TRUE(seen.status().ok()) << seen.status().message();
  std::filesystem::remove_all(dir);
}

// The numbers come back in (id, number) order, from many runs merged (a
// small run size) or from one.
TEST(DocIds, SortsTheNumbersByIdOnDisk) {
  const std::string dir = TestDir("cg_doc_ids_sort_test");
  for (const size_t run_bytes : {size_t{1} << 10, size_t{64} << 20}) {
    auto ids = DocIds::Create(dir);
    ASSERT_TRUE(ids.ok()) << ids.status().message();
    DocIds& seen = **ids;
    std::vector<std::pair<std::string, uint32_t>> want;
    for (uint32_t i = 0; i < 5000; ++i) {
      // Not in id order, of many lengths, some long.
      const uint32_t k = (i * 7919) % 5000;
      std::string id = "doc-" + std::to_string(k);
      if (k % 97 == 0) {
        id += std::string(500, 'z');
      }
      EXPECT_FALSE(seen.Insert(id, i, "in:" + std::to_string(i)));
      want.emplace_back(id, i);
    }
    std::sort(want.begin(), want.end());
    ASSERT_TRUE(seen.Sort(run_bytes).ok()) << seen.status().message();
    std::vector<uint32_t> got;
    for (uint32_t number = 0; seen.Next(number);) {
      got.push_back(number);
    }
    ASSERT_EQ(got.size(), want.size());
    for (size_t k = 0; k < got.size(); ++k) {
      EXPECT_EQ(got[k], want[k].second) << k;
    }
    EXPECT_TRUE(seen.status().ok()) << seen.status().message();
  }
  auto empty = DocIds::Create(dir);
  ASSERT_TRUE(empty.ok());
  ASSERT_TRUE((*empty)->Sort().ok());
  uint32_t number = 0;
  EXPECT_FALSE((*empty)->Next(number));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace claimgraph::pipeline
