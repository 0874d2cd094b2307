// JSON Lines: one article object per line. Internal to src/ingest.
//
// Lines are parsed one at a time (the file is never held as a DOM): a fast
// path reads flat objects (string, number, true/false/null values) directly
// into a Record; anything else (nested values, syntax errors) goes through
// nlohmann::json, which also words the error messages.
#ifndef CLAIMGRAPH_INGEST_JSON_LINES_H_
#define CLAIMGRAPH_INGEST_JSON_LINES_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "ingest/ingest.h"
#include "ingest/metadata.h"

namespace claimgraph::ingest {

// Parses a flat JSON object into `record`; false when the line is anything
// else (then nothing is known about `record`; fall back to a full parser).
bool ParseFlatObject(std::string_view line, Record& record);

// Turns lines into documents. `name` is the file name used in messages;
// ids default to FILESTEM-LINENUMBER.
class JsonLinesParser {
 public:
  JsonLinesParser(std::string name, const DocumentSink& on_document, const SkipSink& on_skip,
                  const WarningSink& on_warning, uint64_t max_document_bytes);

  // One line without its '\n' (a trailing '\r' is ignored); `line_number`
  // is 1-based. Blank lines are no records and are ignored.
  void Line(std::string_view line, uint64_t line_number);

  uint64_t records() const { return records_; }

 private:
  std::string name_;
  std::string stem_;
  const DocumentSink& on_document_;
  const SkipSink& on_skip_;
  const WarningSink& on_warning_;
  uint64_t max_document_bytes_;
  uint64_t records_ = 0;
};

// Feeds every line of `bytes` to `parser`; `on_progress(consumed)` is
// called every MiB with the number of bytes fully processed (the caller
// may release that part of a mapping: its pages count in the resident set
// until it does).
void ScanJsonLines(std::string_view bytes, JsonLinesParser& parser,
                   const std::function<void(size_t)>& on_progress = nullptr);

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_INGEST_JSON_LINES_H_
