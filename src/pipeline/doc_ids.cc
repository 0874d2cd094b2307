#include "pipeline/doc_ids.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
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

void PutVarint(std::string& out, uint64_t n) {
  for (; n >= 0x80; n >>= 7) {
    out.push_back(static_cast<char>(0x80 | (n & 0x7F)));
  }
  out.push_back(static_cast<char>(n));
}

// A varint of `in` at `pos`, or false when it runs past the end.
bool GetVarint(std::string_view in, size_t& pos, uint64_t& n) {
  n = 0;
  for (int shift = 0; shift < 64 && pos < in.size(); shift += 7) {
    const auto b = static_cast<unsigned char>(in[pos++]);
    n |= static_cast<uint64_t>(b & 0x7F) << shift;
    if (b < 0x80) {
      return true;
    }
  }
  return false;
}

int TempFile(const std::string& dir, std::string& error) {
  std::string path = dir + "/.claimgraph-ids-XXXXXX";
  const int fd = mkstemp(path.data());
  if (fd < 0) {
    error = dir + ": cannot create a temporary file: " + std::strerror(errno);
    return -1;
  }
  unlink(path.c_str());
  return fd;
}

}  // namespace

Result<std::unique_ptr<DocIds>> DocIds::Create(const std::string& dir) {
  std::string error;
  int fds[4] = {-1, -1, -1, -1};
  for (int& fd : fds) {
    fd = TempFile(dir, error);
    if (fd < 0) {
      for (const int f : fds) {
        if (f >= 0) {
          close(f);
        }
      }
      return Status::Error(error);
    }
  }
  std::unique_ptr<DocIds> ids(new DocIds(fds[0], fds[1], fds[2], fds[3]));
  // The first buckets, empty (a hole reads as zeros).
  if (ftruncate(ids->table_fd_, static_cast<off_t>(kFirstBuckets * kPageBytes)) != 0) {
    return Status::Error(dir + ": cannot size a temporary file: " + std::strerror(errno));
  }
  return ids;
}

DocIds::DocIds(int log_fd, int table_fd, int overflow_fd, int runs_fd)
    : log_fd_(log_fd),
      table_fd_(table_fd),
      overflow_fd_(overflow_fd),
      runs_fd_(runs_fd),
      page_(std::make_unique<Page>()),
      other_(std::make_unique<Page>()) {}

DocIds::~DocIds() {
  for (const int fd : {log_fd_, table_fd_, overflow_fd_, runs_fd_}) {
    close(fd);
  }
}

void DocIds::Fail(const std::string& what) {
  if (status_.ok()) {
    status_ = Status::Error("document id index: " + what + ": " + std::strerror(errno));
  }
}

bool DocIds::WriteAt(int fd, const void* data, size_t size, uint64_t offset) {
  const char* p = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t n = pwrite(fd, p, size, static_cast<off_t>(offset));
    if (n <= 0) {
      Fail("write failed");
      return false;
    }
    p += n, size -= static_cast<size_t>(n), offset += static_cast<uint64_t>(n);
  }
  return true;
}

bool DocIds::ReadAt(int fd, void* data, size_t size, uint64_t offset) {
  char* p = static_cast<char*>(data);
  while (size > 0) {
    const ssize_t n = pread(fd, p, size, static_cast<off_t>(offset));
    if (n <= 0) {
      Fail("read failed");
      return false;
    }
    p += n, size -= static_cast<size_t>(n), offset += static_cast<uint64_t>(n);
  }
  return true;
}

uint64_t DocIds::BucketOf(uint64_t hash) const {
  const uint64_t k = Spread(hash);
  const uint64_t b = k & (level_buckets_ - 1);
  return b < split_ ? k & (2 * level_buckets_ - 1) : b;
}

bool DocIds::ReadPage(const Where& w, Page& page) {
  return w.page == 0 ? ReadAt(table_fd_, &page, kPageBytes, w.bucket * kPageBytes)
                     : ReadAt(overflow_fd_, &page, kPageBytes, (w.page - 1) * kPageBytes);
}

bool DocIds::WritePage(const Where& w, const Page& page) {
  return w.page == 0 ? WriteAt(table_fd_, &page, kPageBytes, w.bucket * kPageBytes)
                     : WriteAt(overflow_fd_, &page, kPageBytes, (w.page - 1) * kPageBytes);
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
        Entry e;
        if (!ReadRecord(s.place - 1, e.number, scratch_id_, &e.origin)) {
          return std::nullopt;
        }
        if (scratch_id_ == id) {
          return e;
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
    const uint64_t base = last.page == 0 ? last.bucket * kPageBytes : (last.page - 1) * kPageBytes;
    WriteAt(last.page == 0 ? table_fd_ : overflow_fd_, &slot, sizeof slot,
            base + offsetof(Page, slots) + free * sizeof(Slot));
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
  const uint64_t offset = log_flushed_ + log_buffer_.size();
  char n[4];
  std::memcpy(n, &number, 4);
  log_buffer_.append(n, 4);
  PutVarint(log_buffer_, id.size());
  log_buffer_.append(id);
  PutVarint(log_buffer_, origin.size());
  log_buffer_.append(origin);
  if (log_buffer_.size() >= kLogBufferBytes) {
    FlushLog();
  }
  return offset;
}

bool DocIds::FlushLog() {
  if (!WriteAt(log_fd_, log_buffer_.data(), log_buffer_.size(), log_flushed_)) {
    return false;
  }
  log_flushed_ += log_buffer_.size();
  log_buffer_.clear();
  return true;
}

bool DocIds::ReadRecord(uint64_t offset, uint32_t& number, std::string& id, std::string* origin) {
  // A record is wholly in the file or wholly in the buffer.
  std::string_view in;
  if (offset >= log_flushed_) {
    in = std::string_view(log_buffer_).substr(offset - log_flushed_);
  } else {
    const uint64_t most = log_flushed_ - offset;
    record_.resize(std::min<uint64_t>(most, 256));
    for (;;) {
      if (!ReadAt(log_fd_, record_.data(), record_.size(), offset)) {
        return false;
      }
      // The whole record, or read again with its size.
      size_t pos = 4;
      uint64_t id_size = 0, origin_size = 0;
      std::string_view got(record_);
      if (GetVarint(got, pos, id_size) && id_size <= got.size() - pos) {
        pos += id_size;
        if (GetVarint(got, pos, origin_size) && origin_size <= got.size() - pos) {
          break;
        }
      }
      if (record_.size() == most) {
        Fail("corrupt log record");
        return false;
      }
      record_.resize(std::min<uint64_t>(most, record_.size() * 4));
    }
    in = record_;
  }
  size_t pos = 4;
  uint64_t id_size = 0, origin_size = 0;
  if (in.size() < 4 || !GetVarint(in, pos, id_size) || id_size > in.size() - pos) {
    Fail("corrupt log record");
    return false;
  }
  std::memcpy(&number, in.data(), 4);
  id.assign(in.substr(pos, id_size));
  pos += id_size;
  if (origin != nullptr) {
    if (!GetVarint(in, pos, origin_size) || origin_size > in.size() - pos) {
      Fail("corrupt log record");
      return false;
    }
    origin->assign(in.substr(pos, origin_size));
  }
  return true;
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
  for (size_t done = 0; done < more;) {
    const ssize_t got =
        pread(fd_, buf_.data() + old + done, more - done, static_cast<off_t>(at_ + done));
    if (got <= 0) {
      failed_ = true;
      return false;
    }
    done += static_cast<size_t>(got);
  }
  at_ += more;
  return buf_.size() - pos_ >= n;
}

namespace {

// Where the id of the record at the front of `in` is and the record's size,
// if all of it is in `in`.
bool WholeRecord(std::string_view in, bool origins, size_t& id_at, size_t& id_size, size_t& size) {
  size_t pos = 4;
  uint64_t n = 0;
  if (in.size() < pos || !GetVarint(in, pos, n) || n > in.size() - pos) {
    return false;
  }
  id_at = pos, id_size = n;
  pos += n;
  if (origins && (!GetVarint(in, pos, n) || n > in.size() - pos)) {
    return false;
  }
  size = origins ? pos + n : pos;
  return true;
}

}  // namespace

bool DocIds::RecordReader::Next(uint32_t& number, std::string_view& id) {
  size_t id_at = 0, id_size = 0, size = 0;
  for (size_t want = 64;; want *= 2) {
    const bool enough = Have(want);
    const std::string_view in = std::string_view(buf_).substr(pos_);
    if (in.empty() && !enough) {
      return false;  // the end (or failed_)
    }
    if (WholeRecord(in, origins_, id_at, id_size, size)) {
      break;
    }
    if (!enough) {
      failed_ = true;  // a record cut short
      return false;
    }
  }
  std::memcpy(&number, buf_.data() + pos_, 4);
  id = std::string_view(buf_).substr(pos_ + id_at, id_size);
  pos_ += size;
  return true;
}

bool DocIds::WriteRun(std::string& ids, std::vector<uint64_t>& items) {
  // An item: the place of its record in `ids` (number, size, id).
  auto id_of = [&](uint64_t at) {
    size_t pos = at + 4;
    uint64_t n = 0;
    GetVarint(ids, pos, n);
    return std::string_view(ids).substr(pos, n);
  };
  auto number_of = [&](uint64_t at) {
    uint32_t number = 0;
    std::memcpy(&number, ids.data() + at, 4);
    return number;
  };
  std::sort(items.begin(), items.end(), [&](uint64_t a, uint64_t b) {
    const std::string_view x = id_of(a), y = id_of(b);
    return x != y ? x < y : number_of(a) < number_of(b);
  });
  std::string out;
  const uint64_t begin = runs_end_;
  auto flush = [&] {
    const bool ok = WriteAt(runs_fd_, out.data(), out.size(), runs_end_);
    runs_end_ += out.size();
    out.clear();
    return ok;
  };
  for (const uint64_t at : items) {
    const std::string_view id = id_of(at);
    out.append(ids, at, 4);
    PutVarint(out, id.size());
    out.append(id);
    if (out.size() >= kLogBufferBytes && !flush()) {
      return false;
    }
  }
  if (!flush()) {
    return false;
  }
  runs_.push_back({begin, runs_end_, nullptr, {}, 0});
  ids.clear();
  items.clear();
  return true;
}

Status DocIds::Sort(size_t run_bytes) {
  if (status_.ok()) {
    FlushLog();
  }
  std::string ids;
  std::vector<uint64_t> items;
  {
    RecordReader log(log_fd_, 0, log_flushed_, kLogBufferBytes, true);
    uint32_t number = 0;
    std::string_view id;
    while (status_.ok() && log.Next(number, id)) {
      items.push_back(ids.size());
      const char n[4] = {static_cast<char>(number), static_cast<char>(number >> 8),
                         static_cast<char>(number >> 16), static_cast<char>(number >> 24)};
      ids.append(n, 4);
      PutVarint(ids, id.size());
      ids.append(id);
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
    run.reader = std::make_unique<RecordReader>(runs_fd_, run.begin, run.end, buffer, false);
    if (run.reader->Next(run.number, run.id)) {
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
  number = run.number;
  if (run.reader->Next(run.number, run.id)) {
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
