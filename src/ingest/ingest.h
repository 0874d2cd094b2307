// ingest: turns input paths into Documents. The one door of the stage.
//
//   ingest::Reader reader(options);
//   reader.Read({"seeds/"}, [](model::Document&& d) { ... }, [](const ingest::Skip& s) { ... });
//
// Inputs are files or folders (recursive, visited in sorted path order) or "-"
// (JSON Lines on stdin). Formats by extension / content: NAME.txt (+ optional
// NAME.meta.json sidecar), *.jsonl, *.xml/*.rss/*.atom/*.nitf (RSS 2.0, Atom,
// NITF), *.html/*.htm. Other files (e.g. *.meta.json, *.md, *.json) are not
// inputs and are ignored silently.
// A bad input (binary, invalid UTF-8, malformed XML/HTML, empty, broken
// sidecar, duplicate id) is reported through `on_skip` with a message naming
// the file and line or byte, and reading goes on. Every input unit (a file,
// a JSON line, a feed item) is either delivered or skipped, never both.
#ifndef CLAIMGRAPH_INGEST_INGEST_H_
#define CLAIMGRAPH_INGEST_INGEST_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "model/document.h"

namespace claimgraph::ingest {

struct Skip {
  std::string where;   // "seeds/bad.txt", "corpus.jsonl:17", "feed.xml:item 3"
  std::string reason;  // "invalid UTF-8 at byte 1234 (line 7)"
};

struct Warning {
  std::string where;
  std::string message;  // e.g. missing sidecar fields; the document is still read
};

struct ReaderOptions {
  uint64_t max_document_bytes = 256ull << 20;  // larger documents are skipped
};

using DocumentSink = std::function<void(model::Document&&)>;
using SkipSink = std::function<void(const Skip&)>;
using WarningSink = std::function<void(const Warning&)>;

class Reader {
 public:
  explicit Reader(ReaderOptions options = {});
  // Reads every input; returns the number of bytes read.
  uint64_t Read(const std::vector<std::string>& inputs, const DocumentSink& on_document,
                const SkipSink& on_skip, const WarningSink& on_warning = nullptr);

 private:
  ReaderOptions options_;
};

// Parses one of the formats from memory (used by Reader, tests and fuzzers).
// `name` is used for ids and messages. Each returns the documents found and
// reports skips; never throws.
void ParseText(const std::string& name, std::string bytes, const std::string* sidecar_json,
               const DocumentSink& on_document, const SkipSink& on_skip,
               const WarningSink& on_warning = nullptr);
void ParseJsonLines(const std::string& name, std::string_view bytes, const DocumentSink& on_document,
                    const SkipSink& on_skip);
void ParseXml(const std::string& name, std::string_view bytes, const DocumentSink& on_document,
              const SkipSink& on_skip);
void ParseHtml(const std::string& name, std::string_view bytes, const DocumentSink& on_document,
               const SkipSink& on_skip);

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_INGEST_INGEST_H_
