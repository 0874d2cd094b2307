// Test helper: collects what a reader delivers, skips and warns about.
#ifndef CLAIMGRAPH_TESTS_INGEST_COLLECTOR_H_
#define CLAIMGRAPH_TESTS_INGEST_COLLECTOR_H_

#include <string>
#include <vector>

#include "ingest/ingest.h"

namespace claimgraph::ingest {

struct Collector {
  std::vector<model::Document> docs;
  std::vector<Skip> skips;
  std::vector<Warning> warnings;

  DocumentSink doc_sink() {
    return [this](model::Document&& d) { docs.push_back(std::move(d)); };
  }
  SkipSink skip_sink() {
    return [this](const Skip& s) { skips.push_back(s); };
  }
  WarningSink warning_sink() {
    return [this](const Warning& w) { warnings.push_back(w); };
  }
  const model::Document* Find(const std::string& id) const {
    for (const auto& d : docs) {
      if (d.id == id) {
        return &d;
      }
    }
    return nullptr;
  }
  std::string SkipText() const {
    std::string out;
    for (const auto& s : skips) {
      out += s.where + ": " + s.reason + "\n";
    }
    return out;
  }
  std::string WarningText() const {
    std::string out;
    for (const auto& w : warnings) {
      out += w.where + ": " + w.message + "\n";
    }
    return out;
  }
};

inline bool Has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_TESTS_INGEST_COLLECTOR_H_
