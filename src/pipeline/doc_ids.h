// Internal to pipeline/: every document id of a run, with its number and
// where it was read, on disk, for the duplicate check, so memory does not
// grow with the documents. Temporary files (unlinked as soon as they are
// opened): a log of records (number, id, origin) in the order added, a hash
// table of (hash, log offset) entries in 4 KB buckets with a file of
// overflow pages, and the sorted runs of Sort. The table grows one bucket
// at a time (linear hashing: a bucket split moves half its entries to one
// new bucket). A look-up reads one bucket (4 KB, more only for the rare
// overflow page) and, for an entry whose 64-bit hash matches, its log
// record; an insertion writes one 16-byte entry. What stays in memory is a
// few buckets and the log's write buffer. Once every id is in, Sort gives
// the numbers in (id, number) order, the order documents are written in:
// an external merge sort of the log, in runs of bounded size.
//
//   auto ids = DocIds::Create(dir);
//   if (auto first = (*ids)->Insert("d1", 0, "corpus.jsonl:1")) { ... a duplicate ... }
//   (*ids)->Sort();
//   for (uint32_t number; (*ids)->Next(number);) { ... }
//
// An I/O error makes every later call find nothing; status() then says what
// failed.
#ifndef CLAIMGRAPH_PIPELINE_DOC_IDS_H_
#define CLAIMGRAPH_PIPELINE_DOC_IDS_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "pipeline/file_io.h"

namespace claimgraph::pipeline {

class DocIds {
 public:
  // The temporary files are made in `dir` (which must exist).
  static Result<std::unique_ptr<DocIds>> Create(const std::string& dir);
  ~DocIds();
  DocIds(const DocIds&) = delete;
  DocIds& operator=(const DocIds&) = delete;

  struct Entry {
    uint32_t number = 0;
    std::string origin;
  };
  // The entry of `id`, if it was added.
  std::optional<Entry> Find(std::string_view id);
  // The entry of `id` when it was added before (and nothing is added), else
  // adds it with `number` and `origin` and returns nothing.
  std::optional<Entry> Insert(std::string_view id, uint32_t number, std::string_view origin);
  uint64_t size() const { return count_; }
  // Sorts the ids added by (id, number) in runs of about `run_bytes` of
  // memory each (written to the runs file), merged as Next is called. No
  // Find or Insert after it.
  Status Sort(size_t run_bytes = 2 << 20);
  // The number of the next id in (id, number) order; false after the last.
  bool Next(uint32_t& number);
  const Status& status() const { return status_; }

 private:
  DocIds(File log, File table, File overflow, File runs);
  struct Slot {
    uint64_t hash = 0;
    uint64_t place = 0;  // log offset + 1; 0: empty
  };
  static constexpr size_t kPageBytes = 4096;
  static constexpr size_t kSlots = kPageBytes / sizeof(Slot) - 1;  // the first holds the link
  struct Page {
    uint64_t next = 0;  // overflow page number + 1; 0: none
    uint64_t unused = 0;
    Slot slots[kSlots];
  };
  static_assert(sizeof(Page) == kPageBytes);
  // A page of a bucket's chain: the primary page `bucket` of the table file,
  // or overflow page `page` - 1.
  struct Where {
    uint64_t bucket = 0;
    uint64_t page = 0;  // 0: the primary page
  };
  // A record of the log (number, varint-sized id, varint-sized origin) or of
  // a sorted run (no origin), as views into the bytes it was parsed from.
  struct Record {
    uint32_t number = 0;
    std::string_view id, origin;
    size_t size = 0;  // its bytes
  };
  // The record at the front of `in`, if all of it is there.
  static bool ParseRecord(std::string_view in, bool origins, Record& r);
  static void PutRecord(std::string& out, uint32_t number, std::string_view id);

  uint64_t BucketOf(uint64_t hash) const;
  const File& FileOf(const Where& w) const { return w.page == 0 ? table_ : overflow_; }
  static uint64_t OffsetOf(const Where& w) {
    return (w.page == 0 ? w.bucket : w.page - 1) * kPageBytes;
  }
  bool ReadPage(const Where& w, Page& page);
  bool WritePage(const Where& w, const Page& page);
  // Keeps the first failure in status_; false on one.
  bool Check(Status s);
  // Looks for `id`; on a miss, `last` is the chain's last page and `free`
  // its first empty slot (kSlots when it is full).
  std::optional<Entry> Look(std::string_view id, uint64_t hash, Where& last, Page& page,
                            size_t& free);
  // The log record at `offset` (views valid until the next call).
  bool ReadRecord(uint64_t offset, Record& r);
  uint64_t Append(std::string_view id, uint32_t number, std::string_view origin);
  void Split();
  void Fail(const std::string& what);

  // Reads records from [from, to) of a file, a buffer at a time.
  class RecordReader {
   public:
    RecordReader(const File& file, uint64_t from, uint64_t to, size_t buffer, bool origins)
        : file_(file), at_(from), to_(to), buffer_bytes_(buffer), origins_(origins) {}
    // The next record (views valid until the next call), false at the end
    // or on an error (then `failed`).
    bool Next(Record& r);
    bool failed() const { return failed_; }

   private:
    bool Have(size_t n);  // at least n bytes from pos_ in buf_, unless the range ends
    const File& file_;
    uint64_t at_, to_;  // the file's bytes not read yet
    size_t buffer_bytes_;
    bool origins_;
    bool failed_ = false;
    std::string buf_;
    size_t pos_ = 0;
  };
  bool WriteRun(std::string& records, std::vector<uint64_t>& items);
  struct Run {
    uint64_t begin = 0, end = 0;  // in the runs file
    std::unique_ptr<RecordReader> reader;
    Record next;  // its next record (views into the reader's buffer)
  };
  // The heap's order: a run comes later when its next record does.
  struct Later {
    const std::vector<Run>* runs;
    bool operator()(uint32_t a, uint32_t b) const {
      const Record &x = (*runs)[a].next, &y = (*runs)[b].next;
      return x.id != y.id ? x.id > y.id : x.number > y.number;
    }
  };

  File log_file_, table_, overflow_, runs_file_;
  // Linear hashing: 2^level_ * kFirstBuckets buckets before the split
  // pointer's round, buckets below split_ split already.
  static constexpr uint64_t kFirstBuckets = 16;
  uint64_t level_buckets_ = kFirstBuckets;
  uint64_t split_ = 0;
  uint64_t overflow_pages_ = 0;
  uint64_t count_ = 0;
  AppendBuffer log_;  // the log's bytes not written yet
  std::string record_;
  std::unique_ptr<Page> page_, other_;
  uint64_t runs_end_ = 0;
  std::vector<Run> runs_;
  std::vector<uint32_t> heap_;  // runs not at their end, a heap by (id, number)
  Status status_;
};

}  // namespace claimgraph::pipeline

#endif  // CLAIMGRAPH_PIPELINE_DOC_IDS_H_
