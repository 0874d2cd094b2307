#include "pipeline/doc_ids.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "base/string_table.h"

namespace claimgraph::pipeline {

namespace {

constexpr size_t kLogBufferBytes = 64 << 10;

// The bits that choose a bucket (the stored hash stays HashString's).
uint64_t Spread(uint64_t hash) {
  hash *= 0x9E3779B97F4A7C15ull;
  return hash ^ hash >> 29;
}

}  // namespace

Result<std::unique_ptr<DocIds>> DocIds::Create(const std::string& dir) {
  // The log, the table, the overflow pages and the runs; the table starts
  // with the first buckets, empty (a hole reads as zeros).
  File files[4];
  for (int i = 0; i < 4; ++i) {
    auto f = File::Temporary(dir, "document id index", "temporary file",
                             i == 1 ? kFirstBuckets * kPageBytes : 0);
    if (!f.ok()) {
      return f.status();
    }
    files[i] = std::move(*f);
  }
  return std::unique_ptr<DocIds>(new DocIds(std::move(files[0]), std::move(files[1]),
                                            std::move(files[2]), std::move(files[3])));
}

DocIds::DocIds(File log, File table, File overflow, File runs)
    : log_file_(std::move(log)),
      table_(std::move(table)),
      overflow_(std::move(overflow)),
      runs_file_(std::move(runs)),
      log_(kLogBufferBytes),
      page_(std::make_unique<Page>()),
      other_(std::make_unique<Page>()) {}

DocIds::~DocIds() = default;

void DocIds::Fail(const std::string& what) {
  if (status_.ok()) {
    status_ = Status::Error("document id index: " + what + ": " + std::strerror(errno));
  }
}

bool DocIds::Check(Status s) {
  if (s.ok()) {
    return true;
  }
  if (status_.ok()) {
    status_ = std::move(s);
  }
  return false;
}

bool DocIds::ParseRecord(std::string_view in, bool origins, Record& r) {
  size_t pos = 4;
  uint64_t n = 0;
  if (in.size() < pos || !GetVarint(in, pos, n) || n > in.size() - pos) {
    return false;
  }
  r.id = in.substr(pos, n);
  pos += n;
  if (origins) {
    if (!GetVarint(in, pos, n) || n > in.size() - pos) {
      return false;
    }
    r.origin = in.substr(pos, n);
    pos += n;
  }
  r.number = GetFixed32(in.data());
  r.size = pos;
  return true;
}

void DocIds::PutRecord(std::string& out, uint32_t number, std::string_view id) {
  PutFixed32(out, number);
  PutVarint(out, id.size());
  out.append(id);
}

uint64_t DocIds::BucketOf(uint64_t hash) const {
  const uint64_t k = Spread(hash);
  const uint64_t b = k & (level_buckets_ - 1);
  return b < split_ ? k & (2 * level_buckets_ - 1) : b;
}

bool DocIds::ReadPage(const Where& w, Page& page) {
  return Check(FileOf(w).ReadAt(OffsetOf(w), &page, kPageBytes));
}

bool DocIds::WritePage(const Where& w, const Page& page) {
  return Check(FileOf(w).WriteAt(OffsetOf(w), &page, kPageBytes));
}

std::optional<DocIds::Entry> DocIds::Look(std::string_view id, uint64_t hash, Where& last,
                                          Page& page, size_t& free) {
  Where w{BucketOf(hash), 0};
  for (;;) {
    if (!ReadPage(w, page)) {
      return std::nullopt;
    }
    // Entries fill a chain from its front and are never removed: the first
    // empty slot ends it.
    for (size_t i = 0; i < kSlots; ++i) {
      const Slot& s = page.slots[i];
      if (s.place == 0) {
        last = w, free = i;
        return std::nullopt;
      }
      if (s.hash == hash) {
        Record r;
        if (!ReadRecord(s.place - 1, r)) {
          return std::nullopt;
        }
        if (r.id == id) {
          return Entry{r.number, std::string(r.origin)};
        }
      }
    }
    if (page.next == 0) {
      last = w, free = kSlots;
      return std::nullopt;
    }
    w.page = page.next;
  }
}

std::optional<DocIds::Entry> DocIds::Find(std::string_view id) {
  if (!status_.ok()) {
    return std::nullopt;
  }
  Where last;
  size_t free = 0;
  return Look(id, base::HashString(id), last, *page_, free);
}

std::optional<DocIds::Entry> DocIds::Insert(std::string_view id, uint32_t number,
                                            std::string_view origin) {
  if (!status_.ok()) {
    return std::nullopt;
  }
  const uint64_t hash = base::HashString(id);
  Where last;
  size_t free = 0;
  Page& page = *page_;
  if (auto found = Look(id, hash, last, page, free)) {
    return found;
  }
  if (!status_.ok()) {
    return std::nullopt;
  }
  const Slot slot{hash, Append(id, number, origin) + 1};
  if (free < kSlots) {
    Check(FileOf(last).WriteAt(OffsetOf(last) + offsetof(Page, slots) + free * sizeof(Slot), &slot,
                               sizeof slot));
  } else {
    // A new overflow page, linked from the chain's last one.
    Page& fresh = *other_;
    fresh = Page{};
    fresh.slots[0] = slot;
    const uint64_t number_plus_one = ++overflow_pages_;
    WritePage({last.bucket, number_plus_one}, fresh);
    page.next = number_plus_one;
    WritePage(last, page);
  }
  ++count_;
  if (count_ * 2 > (level_buckets_ + split_) * kSlots) {
    Split();
  }
  return std::nullopt;
}

// Bucket split_'s entries are shared between it and bucket split_ +
// level_buckets_ by one more bit of their hash; both chains are written
// anew (their old overflow pages are left unused).
void DocIds::Split() {
  const uint64_t from = split_, to = split_ + level_buckets_;
  std::vector<Slot> stay, move;
  Page& page = *page_;
  for (Where w{from, 0};;) {
    if (!ReadPage(w, page)) {
      return;
    }
    for (const Slot& s : page.slots) {
      if (s.place == 0) {
        break;
      }
      ((Spread(s.hash) & (2 * level_buckets_ - 1)) == to ? move : stay).push_back(s);
    }
    if (page.next == 0) {
      break;
    }
    w.page = page.next;
  }
  auto write = [&](uint64_t bucket, const std::vector<Slot>& slots) {
    size_t at = 0;
    Where w{bucket, 0};
    do {
      page = Page{};
      const size_t n = std::min(kSlots, slots.size() - at);
      std::memcpy(page.slots, slots.data() + at, n * sizeof(Slot));
      at += n;
      Where next{bucket, 0};
      if (at < slots.size()) {
        next.page = ++overflow_pages_;
        page.next = next.page;
      }
      WritePage(w, page);
      w = next;
    } while (at < slots.size());
  };
  write(from, stay);
  write(to, move);
  if (++split_ == level_buckets_) {
    level_buckets_ *= 2;
    split_ = 0;
  }
}

uint64_t DocIds::Append(std::string_view id, uint32_t number, std::string_view origin) {
  const uint64_t offset = log_.end();
  PutRecord(log_.bytes(), number, id);
  PutVarint(log_.bytes(), origin.size());
  log_.bytes().append(origin);
  Check(log_.Appended(log_file_));
  return offset;
}

bool DocIds::ReadRecord(uint64_t offset, Record& r) {
  // A record is wholly in the file or wholly in the buffer.
  if (offset >= log_.flushed()) {
    if (!ParseRecord(std::string_view(log_.bytes()).substr(offset - log_.flushed()), true, r)) {
      Fail("corrupt log record");
      return false;
    }
    return true;
  }
  // Read again, larger, until the whole record is in.
  const uint64_t most = log_.flushed() - offset;
  record_.resize(std::min<uint64_t>(most, 256));
  for (;;) {
    if (!Check(log_file_.ReadAt(offset, record_.data(), record_.size()))) {
      return false;
    }
    if (ParseRecord(record_, true, r)) {
      return true;
    }
    if (record_.size() == most) {
      Fail("corrupt log record");
      return false;
    }
    record_.resize(std::min<uint64_t>(most, record_.size() * 4));
  }
}

bool DocIds::RecordReader::Have(size_t n) {
  if (buf_.size() - pos_ >= n) {
    return true;
  }
  if (at_ >= to_) {
    return false;
  }
  buf_.erase(0, pos_);
  pos_ = 0;
  const size_t old = buf_.size();
  const auto more = static_cast<size_t>(std::min<uint64_t>(to_ - at_, std::max(n, buffer_bytes_)));
  buf_.resize(old + more);
  if (!file_.ReadAt(at_, buf_.data() + old, more).ok()) {
    failed_ = true;
    return false;
  }
  at_ += more;
  return buf_.size() - pos_ >= n;
}

bool DocIds::RecordReader::Next(Record& r) {
  for (size_t want = 64;; want *= 2) {
    const bool enough = Have(want);
    const std::string_view in = std::string_view(buf_).substr(pos_);
    if (in.empty() && !enough) {
      return false;  // the end (or failed_)
    }
    if (ParseRecord(in, origins_, r)) {
      pos_ += r.size;
      return true;
    }
    if (!enough) {
      failed_ = true;  // a record cut short
      return false;
    }
  }
}

bool DocIds::WriteRun(std::string& records, std::vector<uint64_t>& items) {
  // An item: the place of its record in `records`.
  auto record_at = [&](uint64_t at) {
    Record r;
    ParseRecord(std::string_view(records).substr(at), false, r);
    return r;
  };
  std::sort(items.begin(), items.end(), [&](uint64_t a, uint64_t b) {
    const Record x = record_at(a), y = record_at(b);
    return x.id != y.id ? x.id < y.id : x.number < y.number;
  });
  AppendBuffer out(kLogBufferBytes, runs_end_);
  for (const uint64_t at : items) {
    out.bytes().append(records, at, record_at(at).size);
    if (!Check(out.Appended(runs_file_))) {
      return false;
    }
  }
  if (!Check(out.Flush(runs_file_))) {
    return false;
  }
  runs_.push_back({runs_end_, out.end(), nullptr, {}});
  runs_end_ = out.end();
  records.clear();
  items.clear();
  return true;
}

Status DocIds::Sort(size_t run_bytes) {
  if (status_.ok()) {
    Check(log_.Flush(log_file_));
  }
  std::string ids;
  std::vector<uint64_t> items;
  {
    RecordReader log(log_file_, 0, log_.flushed(), kLogBufferBytes, true);
    Record r;
    while (status_.ok() && log.Next(r)) {
      items.push_back(ids.size());
      PutRecord(ids, r.number, r.id);
      if (ids.size() + items.size() * sizeof(uint64_t) >= run_bytes) {
        WriteRun(ids, items);
      }
    }
    if (log.failed()) {
      Fail("cannot read the log back");
    }
  }
  if (status_.ok() && !items.empty()) {
    WriteRun(ids, items);
  }
  std::string().swap(ids);
  std::vector<uint64_t>().swap(items);
  // Each run's first record; then the runs as a heap. The runs share
  // 4 * kLogBufferBytes of buffers (at least 4 KB each).
  const size_t buffer =
      std::max<size_t>(4096, 4 * kLogBufferBytes / std::max<size_t>(1, runs_.size()));
  for (uint32_t r = 0; r < runs_.size() && status_.ok(); ++r) {
    Run& run = runs_[r];
    run.reader = std::make_unique<RecordReader>(runs_file_, run.begin, run.end, buffer, false);
    if (run.reader->Next(run.next)) {
      heap_.push_back(r);
      std::push_heap(heap_.begin(), heap_.end(), Later{&runs_});
    } else if (run.reader->failed()) {
      Fail("cannot read a sorted run back");
    }
  }
  return status_;
}

bool DocIds::Next(uint32_t& number) {
  if (heap_.empty() || !status_.ok()) {
    return false;
  }
  std::pop_heap(heap_.begin(), heap_.end(), Later{&runs_});
  Run& run = runs_[heap_.back()];
  number = run.next.number;
  if (run.reader->Next(run.next)) {
    std::push_heap(heap_.begin(), heap_.end(), Later{&runs_});
  } else {
    if (run.reader->failed()) {
      Fail("cannot read a sorted run back");
    }
    run.reader.reset();
    heap_.pop_back();
  }
  return true;
}

}  // namespace claimgraph::pipeline
