#include "ingest/ingest.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "base/utf8.h"

namespace claimgraph::ingest {

namespace fs = std::filesystem;

// Placeholder until the readers land: NAME.txt with an optional sidecar.

Reader::Reader(ReaderOptions options) : options_(options) {}

namespace {

bool ReadFile(const fs::path& p, std::string& out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

void CollectFiles(const fs::path& p, std::vector<fs::path>& out) {
  if (fs::is_directory(p)) {
    std::vector<fs::path> children;
    for (const auto& e : fs::directory_iterator(p)) children.push_back(e.path());
    std::sort(children.begin(), children.end());
    for (const auto& c : children) CollectFiles(c, out);
  } else {
    out.push_back(p);
  }
}

}  // namespace

void ParseText(const std::string& name, std::string bytes, const std::string* sidecar_json,
               const DocumentSink& on_document, const SkipSink& on_skip, const WarningSink&) {
  size_t bad = utf8::FindInvalid(bytes);
  if (bad != utf8::kValid) {
    on_skip({name, "invalid UTF-8 at byte " + std::to_string(bad)});
    return;
  }
  model::Document d;
  d.id = fs::path(name).stem().string();
  d.text = std::move(bytes);
  d.origin = name;
  d.format = "text";
  if (sidecar_json) {
    auto j = nlohmann::json::parse(*sidecar_json, nullptr, false);
    if (j.is_object()) {
      auto get = [&](const char* k) {
        auto it = j.find(k);
        return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
      };
      d.title = get("title");
      d.publisher = get("publisher");
      d.author = get("author");
      d.url = get("url");
      d.published = get("published");
      d.language = get("language");
    }
  }
  on_document(std::move(d));
}

void ParseJsonLines(const std::string&, std::string_view, const DocumentSink&, const SkipSink&) {}
void ParseXml(const std::string&, std::string_view, const DocumentSink&, const SkipSink&) {}
void ParseHtml(const std::string&, std::string_view, const DocumentSink&, const SkipSink&) {}

uint64_t Reader::Read(const std::vector<std::string>& inputs, const DocumentSink& on_document,
                      const SkipSink& on_skip, const WarningSink& on_warning) {
  uint64_t total = 0;
  for (const auto& input : inputs) {
    std::vector<fs::path> files;
    CollectFiles(input, files);
    for (const auto& f : files) {
      if (f.extension() != ".txt") continue;
      std::string bytes;
      if (!ReadFile(f, bytes)) {
        on_skip({f.string(), "cannot read"});
        continue;
      }
      total += bytes.size();
      fs::path side = f;
      side.replace_extension(".meta.json");
      std::string sidecar;
      bool has = fs::exists(side) && ReadFile(side, sidecar);
      ParseText(f.string(), std::move(bytes), has ? &sidecar : nullptr, on_document, on_skip,
                on_warning);
    }
  }
  return total;
}

}  // namespace claimgraph::ingest
