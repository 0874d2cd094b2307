#include "pipeline/file_io.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <utility>

namespace claimgraph::pipeline {

Result<File> File::Temporary(const std::string& dir, std::string name, std::string_view kind,
                             uint64_t size) {
  std::string path = dir + "/.claimgraph-XXXXXX";
  const int fd = mkostemp(path.data(), O_CLOEXEC);
  if (fd < 0) {
    return Status::Error(dir + ": cannot create a " + std::string(kind) + ": " +
                         std::strerror(errno));
  }
  unlink(path.c_str());
  File f(fd, std::move(name));
  if (size > 0 && ftruncate(fd, static_cast<off_t>(size)) != 0) {
    return Status::Error(dir + ": cannot size a " + std::string(kind) + ": " +
                         std::strerror(errno));
  }
  return f;
}

Result<File> File::OpenForReading(const std::string& path, std::string name) {
  const int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return Status::Error(path + ": cannot open: " + std::strerror(errno));
  }
  return File(fd, name.empty() ? path : std::move(name));
}

Result<File> File::Create(const std::string& path) {
  const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
  if (fd < 0) {
    return Status::Error(path + ": " + std::strerror(errno));
  }
  return File(fd, path);
}

File& File::operator=(File&& o) noexcept {
  if (this != &o) {
    if (fd_ >= 0) {
      close(fd_);
    }
    fd_ = std::exchange(o.fd_, -1);
    name_ = std::move(o.name_);
  }
  return *this;
}

File::~File() {
  if (fd_ >= 0) {
    close(fd_);
  }
}

Status File::Failed(std::string_view what) const {
  const int error = errno;
  return Status::Error(name_ + ": " + std::string(what) + " failed: " +
                       (error != 0 ? std::strerror(error) : "unexpected end of file"));
}

Status File::ReadAt(uint64_t offset, void* data, size_t size) const {
  const int fd = fd_;
  auto call = [fd](char* p, size_t n, uint64_t at) {
    return pread(fd, p, n, static_cast<off_t>(at));
  };
  if (!WholeIo(call, static_cast<char*>(data), size, offset)) {
    return Failed("read");
  }
  return Status::Ok();
}

Status File::ReadAt(uint64_t offset, size_t size, std::string& out) const {
  out.resize(size);
  return ReadAt(offset, out.data(), size);
}

Status File::WriteAt(uint64_t offset, const void* data, size_t size) const {
  const int fd = fd_;
  auto call = [fd](char* p, size_t n, uint64_t at) {
    return pwrite(fd, p, n, static_cast<off_t>(at));
  };
  // pwrite reads the bytes only: the loop's pointer is not written through.
  if (!WholeIo(call, const_cast<char*>(static_cast<const char*>(data)), size, offset)) {
    if (errno == 0) {
      errno = EIO;  // nothing written and no reason given
    }
    return Failed("write");
  }
  return Status::Ok();
}

Status File::Close() {
  const int fd = std::exchange(fd_, -1);
  if (fd >= 0 && close(fd) != 0) {
    return Failed("close");
  }
  return Status::Ok();
}

Status AppendBuffer::Flush(const File& f) {
  Status s = f.WriteAt(flushed_, bytes_.data(), bytes_.size());
  if (s.ok()) {
    flushed_ += bytes_.size();
    bytes_.clear();
  }
  return s;
}

}  // namespace claimgraph::pipeline
