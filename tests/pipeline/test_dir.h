// A fresh, empty folder under the system's temporary directory, for tests
// that write files.
#ifndef CLAIMGRAPH_TESTS_PIPELINE_TEST_DIR_H_
#define CLAIMGRAPH_TESTS_PIPELINE_TEST_DIR_H_

#include <filesystem>
#include <string>

namespace claimgraph::pipeline {

inline std::string TestDir(const char* name) {
  const auto dir = std::filesystem::temp_directory_path() / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

}  // namespace claimgraph::pipeline

#endif  // CLAIMGRAPH_TESTS_PIPELINE_TEST_DIR_H_
