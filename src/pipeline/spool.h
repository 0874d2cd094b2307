// Internal to pipeline/: a temporary file where each document and its
// extraction wait, encoded compactly, until the linker has made entities
// final. What stays in memory per document is small and flat: the size of
// its record (about 2 bytes, RecordIndex), until Resolve the linker's index
// (link.h: a 16-byte row and the id, and the distinct signatures of local
// entities; the mention -> signature array travels in the record), after it
// the entity of each signature (4 bytes, one array).
// So memory is the largest document plus these rows (which still grow with
// the corpus), the signatures and the entities. The file is unlinked as soon as it is opened,
// so nothing is left behind by a crash.
#ifndef CLAIMGRAPH_PIPELINE_SPOOL_H_
#define CLAIMGRAPH_PIPELINE_SPOOL_H_

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "base/memory.h"
#include "base/status.h"
#include "model/document.h"
#include "model/extraction.h"

namespace claimgraph::pipeline {

// Encodes a document and its extraction into `out` (appends); Decode reverses it.
void Encode(const model::Document& doc, const model::Extraction& x, std::string& out);
bool Decode(std::string_view in, model::Document& doc, model::Extraction& x);

class Spool {
 public:
  struct Record {
    uint64_t offset = 0;
    uint64_t size = 0;
  };

  // Creates the spool file in `dir` (which must exist).
  static Result<Spool> Create(const std::string& dir);
  Spool(Spool&& o) noexcept : file_(o.file_), fd_(o.fd_) { o.file_ = nullptr; }
  Spool(const Spool&) = delete;
  ~Spool();

  // A record also holds the document's mention -> signature array
  // (link::Linker::AddDocument), so the linker keeps nothing per mention.
  // Records follow one another from offset 0: each begins where the one
  // before ends.
  Result<Record> Append(const model::Document& doc, const model::Extraction& x,
                        const std::vector<int32_t>& mention_sig);
  // Flushes pending writes; call before the first Read.
  Status Flush();
  Status Read(const Record& r, model::Document& doc, model::Extraction& x,
              std::vector<int32_t>& mention_sig) const;

 private:
  Spool(std::FILE* f, int fd) : file_(f), fd_(fd) {}
  std::FILE* file_ = nullptr;
  int fd_ = -1;
  uint64_t end_ = 0;
  std::string buffer_;
};

// Where each record of a spool is, in about 2 bytes a record, not an 8-byte
// offset: records follow one another from offset 0 (Spool::Append), so a
// record is found from the sizes before it. Sizes are kept as varints (7
// bits a byte), and every kStride-th record's offset and the place of its
// size, so Get adds up at most kStride - 1 sizes. Get is const (thread-safe).
class RecordIndex {
 public:
  void Add(uint64_t size);
  Spool::Record Get(uint64_t k) const;  // record k (k < size())
  uint64_t size() const { return count_; }

 private:
  static constexpr uint64_t kStride = 64;
  struct Mark {
    uint64_t offset = 0;  // of record j * kStride
    uint64_t at = 0;      // where its size begins in sizes_
  };
  base::ChunkedArray<uint8_t> sizes_;
  std::vector<Mark> marks_;
  uint64_t count_ = 0;
  uint64_t end_ = 0;  // of the records added
};

}  // namespace claimgraph::pipeline

#endif  // CLAIMGRAPH_PIPELINE_SPOOL_H_
