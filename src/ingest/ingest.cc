// Reader: walks the inputs, reads files and hands their bytes to the format
// parsers (text_reader.cc, json_lines.cc, xml_reader.cc, html_reader.cc).
#include "ingest/ingest.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <deque>
#include <filesystem>
#include <optional>
#include <unordered_set>

#include "base/memory.h"
#include "base/string_table.h"
#include "ingest/input_checks.h"
#include "ingest/json_lines.h"

namespace claimgraph::ingest {

namespace fs = std::filesystem;

namespace {

enum class Format { kNone, kText, kJsonLines, kXml, kHtml };

Format FormatOf(const std::string& path) {
  std::string name = path.substr(path.find_last_of('/') + 1);
  for (char& c : name) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c | 0x20);
    }
  }
  auto ends = [&](std::string_view suffix) {
    return name.size() > suffix.size() &&
           name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (ends(".txt")) {
    return Format::kText;
  }
  if (ends(".jsonl")) {
    return Format::kJsonLines;
  }
  if (ends(".xml") || ends(".rss") || ends(".atom") || ends(".nitf")) {
    return Format::kXml;
  }
  if (ends(".html") || ends(".htm")) {
    return Format::kHtml;
  }
  return Format::kNone;
}

std::string ErrnoText(int err) { return std::strerror(err); }

// An open file descriptor, closed on scope exit.
class Fd {
 public:
  explicit Fd(const std::string& path) : fd_(::open(path.c_str(), O_RDONLY | O_CLOEXEC)) {}
  ~Fd() {
    if (fd_ >= 0) {
      ::close(fd_);
    }
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

// Reads a whole file; on failure returns false with `error` set ("Permission
// denied", "Is a directory").
bool ReadWhole(const std::string& path, std::string& out, std::string& error) {
  Fd fd(path);
  if (fd.get() < 0) {
    error = ErrnoText(errno);
    return false;
  }
  struct stat st;
  if (::fstat(fd.get(), &st) != 0) {
    error = ErrnoText(errno);
    return false;
  }
  out.clear();
  if (S_ISREG(st.st_mode)) {
    out.reserve(static_cast<size_t>(st.st_size));
  }
  char buf[1 << 16];
  for (;;) {
    size_t want = out.capacity() - out.size();
    if (want >= sizeof buf) {
      // Read straight into the string's spare capacity.
      size_t old = out.size();
      out.resize(out.capacity());
      ssize_t n = ::read(fd.get(), out.data() + old, want);
      if (n < 0) {
        if (errno == EINTR) {
          out.resize(old);
          continue;
        }
        error = ErrnoText(errno);
        return false;
      }
      out.resize(old + static_cast<size_t>(n));
      if (n == 0) {
        return true;
      }
      continue;
    }
    ssize_t n = ::read(fd.get(), buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) {
        continue;
      }
      error = ErrnoText(errno);
      return false;
    }
    if (n == 0) {
      return true;
    }
    out.append(buf, static_cast<size_t>(n));
  }
}

// A read-only mapping of a whole file (large JSON Lines files).
class MappedFile {
 public:
  bool Open(const std::string& path, std::string& error) {
    Fd fd(path);
    if (fd.get() < 0) {
      error = ErrnoText(errno);
      return false;
    }
    struct stat st;
    if (::fstat(fd.get(), &st) != 0) {
      error = ErrnoText(errno);
      return false;
    }
    if (!S_ISREG(st.st_mode)) {
      error = S_ISDIR(st.st_mode) ? "Is a directory" : "not a regular file";
      return false;
    }
    size_ = static_cast<size_t>(st.st_size);
    if (size_ == 0) {
      return true;
    }
    void* p = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd.get(), 0);
    if (p == MAP_FAILED) {
      error = ErrnoText(errno);
      return false;
    }
    data_ = static_cast<const char*>(p);
    ::madvise(p, size_, MADV_SEQUENTIAL);
    return true;
  }
  ~MappedFile() {
    if (data_) {
      ::munmap(const_cast<char*>(data_), size_);
    }
  }
  std::string_view view() const { return {data_ ? data_ : "", size_}; }
  // Drops the pages of [0, upto) from memory (they were read).
  void Release(size_t upto) {
    const size_t page = static_cast<size_t>(::sysconf(_SC_PAGESIZE));
    upto -= upto % page;
    if (data_ && upto > released_) {
      ::madvise(const_cast<char*>(data_) + released_, upto - released_, MADV_DONTNEED);
      released_ = upto;
    }
  }

 private:
  const char* data_ = nullptr;
  size_t size_ = 0;
  size_t released_ = 0;
};

bool IsHidden(const fs::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

bool IsSidecar(const std::string& path) {
  return path.size() > 10 && path.compare(path.size() - 10, 10, ".meta.json") == 0;
}

// Files under `dir` in a format we read, and the sidecars beside them;
// hidden names skipped. Folders that cannot be listed are reported.
void Collect(const fs::path& dir, int depth, std::vector<std::string>& out,
             std::unordered_set<std::string>& sidecars, const SkipSink& on_skip) {
  if (depth > 64) {
    on_skip({dir.string(), "folders nested more than 64 deep (symbolic-link loop?)"});
    return;
  }
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) {
    on_skip({dir.string(), "cannot open folder: " + ec.message()});
    return;
  }
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) {
      break;
    }
    const fs::path& p = it->path();
    if (IsHidden(p)) {
      continue;
    }
    std::error_code dec;
    if (it->is_directory(dec)) {
      Collect(p, depth + 1, out, sidecars, on_skip);
    } else if (std::string name = p.string(); FormatOf(name) != Format::kNone) {
      out.push_back(std::move(name));
    } else if (IsSidecar(name)) {
      sidecars.insert(std::move(name));
    }
  }
  if (ec) {
    on_skip({dir.string(), "cannot list folder: " + ec.message()});
  }
}

}  // namespace

namespace {

// Variable-length sizes (7 bits a byte), into an id record or an origin log.
template <typename Out>
void PutSize(Out& out, uint64_t n) {
  for (; n >= 0x80; n >>= 7) {
    out.push_back(static_cast<char>(0x80 | (n & 0x7F)));
  }
  out.push_back(static_cast<char>(n));
}
template <typename In>
uint64_t GetSize(const In& in, size_t& pos) {
  uint64_t n = 0;
  for (int shift = 0;; shift += 7) {
    const auto b = static_cast<unsigned char>(in[pos++]);
    n |= static_cast<uint64_t>(b & 0x7F) << shift;
    if (b < 0x80) {
      return n;
    }
  }
}

}  // namespace

void OriginLog::Add(std::string_view origin) {
  size_t shared = 0;
  if (count_ % kRestart == 0) {
    restarts_.push_back(bytes_.size());
  } else {
    const size_t most = std::min(origin.size(), last_.size());
    while (shared < most && origin[shared] == last_[shared]) {
      ++shared;
    }
  }
  PutSize(bytes_, shared);
  PutSize(bytes_, origin.size() - shared);
  bytes_.insert(bytes_.end(), origin.begin() + static_cast<std::ptrdiff_t>(shared), origin.end());
  last_.assign(origin);
  ++count_;
}

std::string OriginLog::Get(uint64_t n) const {
  size_t pos = restarts_[n / kRestart];
  std::string origin;
  for (uint64_t k = n - n % kRestart;; ++k) {
    const size_t shared = GetSize(bytes_, pos);
    const size_t rest = GetSize(bytes_, pos);
    origin.resize(std::min(shared, origin.size()));
    const auto from = bytes_.begin() + static_cast<std::ptrdiff_t>(pos);
    origin.append(from, from + static_cast<std::ptrdiff_t>(rest));
    pos += rest;
    if (k == n) {
      return origin;
    }
  }
}

std::string DuplicateIdReason(std::string_view id, std::string_view first_origin) {
  std::string reason = "duplicate id \"";
  reason.append(id);
  reason += "\" (first read from ";
  reason.append(first_origin);
  reason += ")";
  return reason;
}

// Every id read, for the duplicate check, kept for the whole run in about
// its own bytes: each id as one record (its size, its bytes, its number in
// reading order) in blocks that never move, found through flat arrays of
// 8-byte slots (a hash tag and the record's place; up to three in four
// taken), with no entry object or string per id; where each was read in an
// OriginLog.
class Reader::SeenIds {
 public:
  // Empty when `id` is new (and now recorded), else where it was first read.
  std::optional<std::string> Insert(std::string_view id, std::string_view origin) {
    const uint64_t hash = base::HashString(id);
    Part& part = parts_[Of(hash)];
    if ((part.count + 1) * 4 > part.slots.size() * 3) {
      Grow(part);
    }
    std::vector<uint64_t>& slots = part.slots;
    const size_t mask = slots.size() - 1;
    size_t i = hash & mask;
    for (; slots[i] != 0; i = (i + 1) & mask) {
      if (slots[i] >> kPlaceBits == hash >> kPlaceBits) {
        uint64_t number = 0;
        if (Key(slots[i] & kPlaceMask, number) == id) {
          return origins_.Get(number);
        }
      }
    }
    slots[i] = (hash >> kPlaceBits << kPlaceBits) | Store(id);
    ++part.count;
    origins_.Add(origin);
    return std::nullopt;
  }

 private:
  // A slot: the hash's top 20 bits over the place of its record (block
  // number << 16 | offset) + 1; 0 is empty.
  static constexpr int kPlaceBits = 44;
  static constexpr uint64_t kPlaceMask = (uint64_t{1} << kPlaceBits) - 1;
  // Records id (numbered origins_.size()); its place + 1.
  uint64_t Store(std::string_view id) {
    record_.clear();
    PutSize(record_, id.size());
    record_.append(id);
    PutSize(record_, origins_.size());
    // An arena handle (block << 32 | offset) with the offset in 16 bits:
    // blocks are 64 KB, and a larger record has a block of its own.
    const uint64_t handle = records_.Add(record_);
    return ((handle >> 32) << 16 | (handle & 0xFFFF)) + 1;
  }
  // The id recorded at `place` + 1 (a slot's low bits), and its number.
  std::string_view Key(uint64_t place, uint64_t& number) const {
    --place;
    const char* record = records_.Data((place >> 16) << 32 | (place & 0xFFFF));
    size_t pos = 0;
    const size_t size = GetSize(record, pos);
    const std::string_view id(record + pos, size);
    pos += size;
    number = GetSize(record, pos);
    return id;
  }
  // The slots are split in kParts tables by 6 bits of the hash (neither the
  // tag's nor, below 2^32 slots, the first slot's), each grown on its own:
  // while one doubles, its old slots are 1/64 of all, not a third of the
  // memory they and the new ones take.
  static constexpr size_t kParts = 64;
  struct Part {
    std::vector<uint64_t> slots;
    size_t count = 0;
  };
  static size_t Of(uint64_t hash) { return (hash >> 32) & (kParts - 1); }
  void Grow(Part& part) {
    std::vector<uint64_t> old(part.slots.empty() ? 64 : part.slots.size() * 2, 0);
    old.swap(part.slots);
    const size_t mask = part.slots.size() - 1;
    for (const uint64_t slot : old) {
      if (slot != 0) {
        uint64_t number = 0;
        size_t i = base::HashString(Key(slot & kPlaceMask, number)) & mask;
        while (part.slots[i] != 0) {
          i = (i + 1) & mask;
        }
        part.slots[i] = slot;
      }
    }
  }
  std::array<Part, kParts> parts_;
  base::StringArena records_;
  std::string record_;  // scratch
  OriginLog origins_;
};

Reader::Reader(ReaderOptions options) : options_(options), seen_(std::make_unique<SeenIds>()) {}
Reader::~Reader() = default;

uint64_t Reader::Read(const std::vector<std::string>& inputs, const DocumentSink& on_document,
                      const SkipSink& on_skip, const WarningSink& on_warning) {
  uint64_t bytes_read = 0;
  const DocumentSink deliver = [&](model::Document&& d) {
    if (options_.check_duplicate_ids) {
      if (auto first = seen_->Insert(d.id, d.origin)) {
        on_skip({d.origin, DuplicateIdReason(d.id, *first)});
        return;
      }
    }
    on_document(std::move(d));
  };

  // Sidecars seen while listing folders; nullptr: look on disk.
  const std::unordered_set<std::string>* listed_sidecars = nullptr;
  auto read_file = [&](const std::string& path, Format format) {
    std::string error;
    if (format == Format::kJsonLines) {
      MappedFile file;
      if (!file.Open(path, error)) {
        on_skip({path, "cannot read: " + error});
        return;
      }
      bytes_read += file.view().size();
      std::string_view bytes = file.view();
      if (bytes.empty()) {
        on_skip({path, "empty file"});
        return;
      }
      if (auto why = BinaryReason(bytes.substr(0, kBinarySniffBytes))) {
        on_skip({path, *why});
        return;
      }
      JsonLinesParser parser(path, deliver, on_skip, on_warning, options_.max_document_bytes);
      ScanJsonLines(bytes, parser, [&](size_t consumed) { file.Release(consumed); });
      if (parser.records() == 0) {
        on_skip({path, "no JSON records (blank lines only)"});
      }
      return;
    }
    std::string bytes;
    if (!ReadWhole(path, bytes, error)) {
      on_skip({path, "cannot read: " + error});
      return;
    }
    bytes_read += bytes.size();
    switch (format) {
      case Format::kText: {
        std::string sidecar_path = path.substr(0, path.size() - 4) + ".meta.json";
        std::string sidecar;
        bool has_sidecar = false;
        std::error_code ec;
        if (listed_sidecars ? listed_sidecars->count(sidecar_path) > 0
                            : fs::exists(sidecar_path, ec)) {
          std::string side_error;
          has_sidecar = ReadWhole(sidecar_path, sidecar, side_error);
          if (!has_sidecar && on_warning) {
            on_warning({sidecar_path, "cannot read sidecar: " + side_error +
                                          "; the document is read without metadata"});
          }
        }
        ParseText(path, std::move(bytes), has_sidecar ? &sidecar : nullptr, deliver, on_skip,
                  on_warning, options_);
        break;
      }
      case Format::kXml:
        ParseXml(path, bytes, deliver, on_skip, on_warning, options_);
        break;
      case Format::kHtml:
        ParseHtml(path, bytes, deliver, on_skip, on_warning, options_);
        break;
      default:
        break;
    }
  };

  for (const std::string& input : inputs) {
    if (input == "-") {
      JsonLinesParser parser("stdin", deliver, on_skip, on_warning, options_.max_document_bytes);
      std::string pending;
      std::vector<char> buf(1 << 20);
      uint64_t line_number = 0;
      for (;;) {
        ssize_t n = ::read(STDIN_FILENO, buf.data(), buf.size());
        if (n < 0 && errno == EINTR) {
          continue;
        }
        if (n < 0) {
          on_skip({"stdin", "cannot read: " + ErrnoText(errno)});
          break;
        }
        if (n == 0) {
          break;
        }
        bytes_read += static_cast<uint64_t>(n);
        std::string_view chunk(buf.data(), static_cast<size_t>(n));
        size_t start = 0;
        for (size_t nl = chunk.find('\n'); nl != std::string_view::npos;
             nl = chunk.find('\n', start)) {
          if (pending.empty()) {
            parser.Line(chunk.substr(start, nl - start), ++line_number);
          } else {
            pending.append(chunk.substr(start, nl - start));
            parser.Line(pending, ++line_number);
            pending.clear();
          }
          start = nl + 1;
        }
        pending.append(chunk.substr(start));
      }
      if (!pending.empty()) {
        parser.Line(pending, ++line_number);
      }
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(input, ec);
    if (ec || !fs::exists(st)) {
      std::error_code lec;
      bool dangling = fs::is_symlink(fs::symlink_status(input, lec));
      on_skip({input, dangling ? "cannot read: broken symbolic link"
                               : "cannot read: no such file or folder"});
      continue;
    }
    if (fs::is_directory(st)) {
      std::vector<std::string> files;
      std::unordered_set<std::string> sidecars;
      Collect(input, 0, files, sidecars, on_skip);
      std::sort(files.begin(), files.end());
      listed_sidecars = &sidecars;
      for (const std::string& f : files) {
        read_file(f, FormatOf(f));
      }
      listed_sidecars = nullptr;
      continue;
    }
    Format format = FormatOf(input);
    if (format == Format::kNone) {
      on_skip({input,
               "not an input format (expected .txt, .jsonl, .xml, .rss, .atom, .nitf, "
               ".html or .htm)"});
      continue;
    }
    read_file(input, format);
  }
  return bytes_read;
}

}  // namespace claimgraph::ingest
