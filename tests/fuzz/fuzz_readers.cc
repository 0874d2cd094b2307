// libFuzzer target for the readers: every format parser gets the same bytes.
// Build: cmake -DCLAIMGRAPH_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ ...; run:
//   build-fuzz/fuzz_readers tests/fuzz/seeds/readers -max_total_time=600
#include <cstddef>
#include <cstdint>
#include <string>

#include "ingest/ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimgraph;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  size_t docs = 0;
  auto on_doc = [&](model::Document&& d) {
    ++docs;
    // Every delivered document must hold spans inside its text.
    for (const auto& b : d.boilerplate) {
      if (b.end > d.text.size() || b.begin > b.end) __builtin_trap();
    }
  };
  auto on_skip = [](const ingest::Skip& s) {
    if (s.reason.empty()) __builtin_trap();
  };
  ingest::ParseText("fuzz.txt", bytes, &bytes, on_doc, on_skip);
  ingest::ParseJsonLines("fuzz.jsonl", bytes, on_doc, on_skip);
  ingest::ParseXml("fuzz.xml", bytes, on_doc, on_skip);
  ingest::ParseHtml("fuzz.html", bytes, on_doc, on_skip);
  return 0;
}
