// The project's own sample articles and test inputs (seeds/ and the golden
// cases' .txt files), with their publication dates: real text for tests that
// compare two ways of tagging it.
#ifndef CLAIMGRAPH_TESTS_EXTRACT_PROJECT_TEXTS_H_
#define CLAIMGRAPH_TESTS_EXTRACT_PROJECT_TEXTS_H_

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "model/document.h"

namespace claimgraph::extract::testing_texts {

inline std::string ReadAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream body;
  body << in.rdbuf();
  return body.str();
}

// Each .txt with `published` from its .meta.json sidecar (empty when none).
inline std::vector<model::Document> ProjectTexts() {
  namespace fs = std::filesystem;
  const fs::path root = CLAIMGRAPH_SOURCE_DIR;
  const std::regex published(R"re("published"\s*:\s*"([0-9-]+)")re");
  std::vector<model::Document> docs;
  for (const fs::path& dir : {root / "seeds", root / "tests/golden/cases/attribution/input",
                              root / "tests/golden/cases/boilerplate/input"}) {
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() == ".txt") {
        paths.push_back(entry.path());
      }
    }
    std::sort(paths.begin(), paths.end());
    for (const fs::path& path : paths) {
      model::Document doc;
      doc.id = path.stem().string();
      doc.text = ReadAll(path);
      fs::path meta = path;
      meta.replace_extension(".meta.json");
      const std::string meta_text = fs::exists(meta) ? ReadAll(meta) : std::string();
      std::smatch m;
      if (std::regex_search(meta_text, m, published)) {
        doc.published = m[1];
      }
      docs.push_back(std::move(doc));
    }
  }
  return docs;
}

}  // namespace claimgraph::extract::testing_texts

#endif  // CLAIMGRAPH_TESTS_EXTRACT_PROJECT_TEXTS_H_
