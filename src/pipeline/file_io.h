// Internal to pipeline/: the file primitives of the run's temporary files
// (doc_ids.h, spool.h) and of the state an `--into` run keeps (state.h), in
// one place: varints and fixed-width numbers, reads and writes at an offset
// that go on after a short count or an interrupted call, a file that names
// itself in its messages, and an append buffer written a block at a time.
//
//   auto f = File::Temporary(dir, "spool", "spool file");  // unlinked at once
//   AppendBuffer out(64 << 10);
//   PutVarint(out.bytes(), 300);                            // encode in place
//   Status s = out.Appended(*f);                            // a block: written
//   s = out.Flush(*f);
//   s = f->ReadAt(0, 2, buf);  // "spool: read failed: unexpected end of file"
//
// Messages name the file and the reason: "NAME: read failed: REASON",
// "NAME: write failed: REASON" (REASON is the system's, or "unexpected end
// of file" for a read the file ends before).
#ifndef CLAIMGRAPH_PIPELINE_FILE_IO_H_
#define CLAIMGRAPH_PIPELINE_FILE_IO_H_

#include <sys/types.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "base/status.h"

namespace claimgraph::pipeline {

// Unsigned LEB128: 7 bits a byte, low bits first, the high bit set on every
// byte but the last (1 to 10 bytes).
inline void PutVarint(std::string& out, uint64_t n) {
  for (; n >= 0x80; n >>= 7) {
    out.push_back(static_cast<char>(0x80 | (n & 0x7F)));
  }
  out.push_back(static_cast<char>(n));
}

// The varint of `in` at `pos` (moved past it); false when it runs past the
// end of `in` or past 10 bytes.
inline bool GetVarint(std::string_view in, size_t& pos, uint64_t& n) {
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

// Fixed-width little-endian numbers.
inline void PutFixed32(std::string& out, uint32_t v) {
  const char b[4] = {static_cast<char>(v), static_cast<char>(v >> 8), static_cast<char>(v >> 16),
                     static_cast<char>(v >> 24)};
  out.append(b, 4);
}
inline void PutFixed64(std::string& out, uint64_t v) {
  PutFixed32(out, static_cast<uint32_t>(v));
  PutFixed32(out, static_cast<uint32_t>(v >> 32));
}
// The number at `p` (4 or 8 bytes there).
inline uint32_t GetFixed32(const char* p) {
  const auto* b = reinterpret_cast<const unsigned char*>(p);
  return static_cast<uint32_t>(b[0]) | static_cast<uint32_t>(b[1]) << 8 |
         static_cast<uint32_t>(b[2]) << 16 | static_cast<uint32_t>(b[3]) << 24;
}
inline uint64_t GetFixed64(const char* p) {
  return GetFixed32(p) | static_cast<uint64_t>(GetFixed32(p + 4)) << 32;
}

// The loop under File::ReadAt and WriteAt: calls `call(data, size, offset)`
// (a pread or pwrite) until all `size` bytes are done, again after a short
// count and after EINTR. False on an error (errno says which) or when a call
// does nothing (errno 0: the file ended).
template <typename Call>
bool WholeIo(Call call, char* data, size_t size, uint64_t offset) {
  while (size > 0) {
    const ssize_t n = call(data, size, offset);
    if (n < 0 && errno == EINTR) {
      continue;
    }
    if (n <= 0) {
      if (n == 0) {
        errno = 0;
      }
      return false;
    }
    data += n, size -= static_cast<size_t>(n), offset += static_cast<uint64_t>(n);
  }
  return true;
}

// An open file descriptor, closed with the File, and the name its messages
// give it (a path, or what a temporary file holds).
class File {
 public:
  // A new file in `dir` (which must exist) of `size` bytes (a hole, read as
  // zeros), unlinked at once: nothing is left behind by a crash. Fails with
  // "DIR: cannot create a KIND: REASON" (or "cannot size a KIND").
  static Result<File> Temporary(const std::string& dir, std::string name,
                                std::string_view kind = "temporary file", uint64_t size = 0);
  // `path` for reading, called `name` in later messages (the path when
  // empty); fails with "PATH: cannot open: REASON".
  static Result<File> OpenForReading(const std::string& path, std::string name = {});
  // `path` made empty (created if absent) for writing; fails with
  // "PATH: REASON".
  static Result<File> Create(const std::string& path);

  File() = default;
  File(File&& o) noexcept : fd_(o.fd_), name_(std::move(o.name_)) { o.fd_ = -1; }
  File& operator=(File&& o) noexcept;
  File(const File&) = delete;
  File& operator=(const File&) = delete;
  ~File();

  bool is_open() const { return fd_ >= 0; }
  const std::string& name() const { return name_; }

  // Exactly `size` bytes at `offset` (thread-safe: no file position).
  Status ReadAt(uint64_t offset, void* data, size_t size) const;
  // The same into `out`, resized to `size`.
  Status ReadAt(uint64_t offset, size_t size, std::string& out) const;
  Status WriteAt(uint64_t offset, const void* data, size_t size) const;
  // Closes now (a close can report a failed write); "NAME: close failed: REASON".
  Status Close();

 private:
  File(int fd, std::string name) : fd_(fd), name_(std::move(name)) {}
  Status Failed(std::string_view what) const;
  int fd_ = -1;
  std::string name_;
};

// Bytes appended at the end of a file, kept until they fill a block: the
// caller encodes into bytes() and then calls Appended, which writes them out
// when a block is full. Bytes from flushed() on are still here, the ones
// before it in the file.
class AppendBuffer {
 public:
  // The file's bytes end at `start`; a block is `block` bytes.
  explicit AppendBuffer(size_t block, uint64_t start = 0) : block_(block), flushed_(start) {}
  std::string& bytes() { return bytes_; }
  const std::string& bytes() const { return bytes_; }
  uint64_t flushed() const { return flushed_; }
  // Where the next byte appended lies in the file.
  uint64_t end() const { return flushed_ + bytes_.size(); }
  // After appending to bytes(): writes them to `f` once they fill a block.
  Status Appended(const File& f) { return bytes_.size() >= block_ ? Flush(f) : Status::Ok(); }
  // Writes every byte held to `f`.
  Status Flush(const File& f);

 private:
  std::string bytes_;
  size_t block_;
  uint64_t flushed_;
};

}  // namespace claimgraph::pipeline

#endif  // CLAIMGRAPH_PIPELINE_FILE_IO_H_
