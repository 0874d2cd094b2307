// Internal to pipeline/: a temporary file where each document and its
// extraction wait, encoded compactly, until the linker has made entities
// final, and a second one with where each record ends (8 bytes a record),
// so a record is found by its number. Nothing stays in memory per document:
// until Resolve the linker keeps the distinct signatures of local entities
// (link.h; the mention -> signature array travels in the record), after it
// the entity of each signature (4 bytes, one array); the ids wait on disk
// too (doc_ids.h). So memory is the largest document plus the signatures
// and the entities. The files are unlinked as soon as they are opened, so
// nothing is left behind by a crash.
#ifndef CLAIMGRAPH_PIPELINE_SPOOL_H_
#define CLAIMGRAPH_PIPELINE_SPOOL_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "base/status.h"
#include "model/document.h"
#include "model/extraction.h"
#include "pipeline/file_io.h"

namespace claimgraph::pipeline {

// How a mention's KB entry is encoded: its IRI, for a file a later run
// reads (the state); or its number (kb/entry_numbers.h), which only this
// process can read back, for the spool.
enum class KbEntries : uint8_t { kIris, kNumbers };

// Encodes a document and its extraction into `out` (appends); Decode reverses
// it, given the same `kb`.
void Encode(const model::Document& doc, const model::Extraction& x, std::string& out,
            KbEntries kb = KbEntries::kIris);
bool Decode(std::string_view in, model::Document& doc, model::Extraction& x,
            KbEntries kb = KbEntries::kIris);

class Spool {
 public:
  struct Record {
    uint64_t offset = 0;
    uint64_t size = 0;
  };

  // Creates the spool files in `dir` (which must exist).
  static Result<Spool> Create(const std::string& dir);

  // A record also holds the document's mention -> signature array
  // (link::Linker::AddDocument), so the linker keeps nothing per mention.
  // Records follow one another from offset 0: each begins where the one
  // before ends. They are numbered from 0 in the order appended.
  Result<Record> Append(const model::Document& doc, const model::Extraction& x,
                        const std::vector<int32_t>& mention_sig);
  // Flushes pending writes; call before the first Read.
  Status Flush();
  Status Read(const Record& r, model::Document& doc, model::Extraction& x,
              std::vector<int32_t>& mention_sig) const;
  // Record number k (after Flush; thread-safe).
  Result<Record> Find(uint64_t k) const;

 private:
  Spool(File records, File ends) : records_file_(std::move(records)), ends_file_(std::move(ends)) {}
  static constexpr size_t kBlock = 64 << 10;
  File records_file_;
  File ends_file_;  // where each record ends, 8 bytes each
  AppendBuffer records_{kBlock};
  AppendBuffer ends_{kBlock};
};

}  // namespace claimgraph::pipeline

#endif  // CLAIMGRAPH_PIPELINE_SPOOL_H_
