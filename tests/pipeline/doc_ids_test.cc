#include "pipeline/doc_ids.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>

namespace claimgraph::pipeline {
namespace {

std::string TestDir(const char* name) {
  const auto dir = std::filesystem::temp_directory_path() / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

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

}  // namespace
}  // namespace claimgraph::pipeline
