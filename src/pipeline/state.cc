#include "pipeline/state.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace claimgraph::pipeline {

namespace fs = std::filesystem;

namespace {

constexpr char kMagic[] = "CLAIMGRAPH-STATE-2\n";  // 2: claims carry their channel (via)
constexpr size_t kMagicSize = sizeof(kMagic) - 1;

std::string StateDir(const std::string& out) { return out + "/.claimgraph"; }

void PutU64(std::string& out, uint64_t v) {
  for (int i = 0; i < 8; ++i) {
    out += static_cast<char>((v >> (8 * i)) & 0xFF);
  }
}

uint64_t GetU64(const unsigned char* p) {
  uint64_t v = 0;
  for (int i = 0; i < 8; ++i) {
    v |= static_cast<uint64_t>(p[i]) << (8 * i);
  }
  return v;
}

bool PRead(int fd, uint64_t offset, size_t size, std::string& out) {
  out.resize(size);
  size_t done = 0;
  while (done < size) {
    ssize_t n = pread(fd, out.data() + done, size - done, static_cast<off_t>(offset + done));
    if (n <= 0) {
      return false;
    }
    done += static_cast<size_t>(n);
  }
  return true;
}

// Keys are written one per line; they never hold a line break or a tab
// (the linker derives them from slugs), but are escaped anyway.
std::string EscapeKey(const std::string& k) {
  std::string out;
  for (char c : k) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else {
      out += c;
    }
  }
  return out;
}

std::string UnescapeKey(const std::string& k) {
  std::string out;
  for (size_t i = 0; i < k.size(); ++i) {
    if (k[i] == '\\' && i + 1 < k.size()) {
      char n = k[++i];
      out += n == 'n' ? '\n' : n == 't' ? '\t' : n;
    } else {
      out += k[i];
    }
  }
  return out;
}

}  // namespace

Result<std::unique_ptr<StateFile>> StateFile::Open(
    const std::string& out_dir,
    const std::function<void(const model::Document&, const model::Extraction&)>& each) {
  std::unique_ptr<StateFile> st(new StateFile());
  const std::string path = StateDir(out_dir) + "/state";
  if (!fs::exists(path)) {
    return st;
  }
  st->fd_ = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (st->fd_ < 0) {
    return Status::Error(path + ": cannot open: " + std::strerror(errno));
  }
  const uint64_t size = fs::file_size(path);
  std::string buf;
  if (size < kMagicSize || !PRead(st->fd_, 0, kMagicSize, buf) || buf != kMagic) {
    return Status::Error(path +
                         ": not a claimgraph state file of this version (rebuild without --into)");
  }
  uint64_t pos = kMagicSize;
  model::Document doc;
  model::Extraction x;
  while (pos < size) {
    std::string head;
    if (size - pos < 8 || !PRead(st->fd_, pos, 8, head)) {
      break;
    }
    const uint64_t doc_size = GetU64(reinterpret_cast<const unsigned char*>(head.data()));
    if (doc_size > size - pos - 8) {
      break;
    }
    Entry e;
    e.record = {pos + 8, doc_size};
    std::string keys_head;
    const uint64_t keys_at = pos + 8 + doc_size;
    if (size - keys_at < 8 || !PRead(st->fd_, keys_at, 8, keys_head)) {
      break;
    }
    const uint64_t keys_size = GetU64(reinterpret_cast<const unsigned char*>(keys_head.data()));
    std::string keys;
    if (keys_size > size - keys_at - 8 || !PRead(st->fd_, keys_at + 8, keys_size, keys)) {
      break;
    }
    Status s = st->Read(e.record, doc, x);
    if (!s.ok()) {
      return Status::Error(path + ": " + s.message());
    }
    std::istringstream in(keys);
    for (std::string line; std::getline(in, line);) {
      e.mention_keys.push_back(UnescapeKey(line));
    }
    e.mention_keys.resize(x.mentions.size());
    e.doc_id = doc.id;
    each(doc, x);
    st->entries_.push_back(std::move(e));
    pos = keys_at + 8 + keys_size;
  }
  if (pos != size) {
    return Status::Error(path + ": truncated at byte " + std::to_string(pos) +
                         " (rebuild without --into)");
  }
  std::ifstream formers(StateDir(out_dir) + "/formers");
  for (std::string line; std::getline(formers, line);) {
    auto tab = line.find('\t');
    if (tab != std::string::npos) {
      st->formers_[UnescapeKey(line.substr(0, tab))] = UnescapeKey(line.substr(tab + 1));
    }
  }
  return st;
}

StateFile::~StateFile() {
  if (fd_ >= 0) {
    close(fd_);
  }
}

Status StateFile::Read(const Spool::Record& r, model::Document& doc, model::Extraction& x) const {
  std::string buf;
  if (!PRead(fd_, r.offset, r.size, buf)) {
    return Status::Error("state: read failed");
  }
  if (!Decode(buf, doc, x)) {
    return Status::Error("state: corrupt record");
  }
  return Status::Ok();
}

Result<std::unique_ptr<StateWriter>> StateWriter::Create(const std::string& out_dir) {
  std::unique_ptr<StateWriter> w(new StateWriter());
  w->dir_ = StateDir(out_dir);
  std::error_code ec;
  fs::create_directories(w->dir_, ec);
  if (ec) {
    return Status::Error(w->dir_ + ": " + ec.message());
  }
  w->file_ = std::fopen((w->dir_ + "/state.tmp").c_str(), "wb");
  if (!w->file_) {
    return Status::Error(w->dir_ + "/state.tmp: " + std::strerror(errno));
  }
  std::fwrite(kMagic, 1, kMagicSize, w->file_);
  return w;
}

StateWriter::~StateWriter() {
  if (file_) {
    std::fclose(file_);
    std::remove((dir_ + "/state.tmp").c_str());
  }
}

Status StateWriter::Append(const model::Document& doc, const model::Extraction& x,
                           const std::vector<std::string>& mention_keys) {
  std::string encoded;
  Encode(doc, x, encoded);
  std::string keys;
  for (const auto& k : mention_keys) {
    keys += EscapeKey(k) + "\n";
  }
  buffer_.clear();
  PutU64(buffer_, encoded.size());
  buffer_ += encoded;
  PutU64(buffer_, keys.size());
  buffer_ += keys;
  if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) {
    return Status::Error(dir_ + "/state.tmp: write failed: " + std::strerror(errno));
  }
  return Status::Ok();
}

Status StateWriter::Commit(const std::map<std::string, std::string>& formers) {
  {
    std::ofstream f(dir_ + "/formers.tmp", std::ios::binary);
    for (const auto& [from, to] : formers) {
      f << EscapeKey(from) << '\t' << EscapeKey(to) << '\n';
    }
    if (!f) {
      return Status::Error(dir_ + "/formers.tmp: write failed");
    }
  }
  if (std::fclose(file_) != 0) {
    file_ = nullptr;
    return Status::Error(dir_ + "/state.tmp: close failed");
  }
  file_ = nullptr;
  std::error_code ec;
  fs::rename(dir_ + "/formers.tmp", dir_ + "/formers", ec);
  if (!ec) {
    fs::rename(dir_ + "/state.tmp", dir_ + "/state", ec);
  }
  if (ec) {
    return Status::Error(dir_ + ": cannot replace the state: " + ec.message());
  }
  return Status::Ok();
}

std::map<std::string, std::string> CarryFormerKeys(
    const std::vector<const std::vector<std::string>*>& old_keys,
    const std::map<std::string, std::string>& old_formers, model::EntityTable& table) {
  std::set<std::string> current;
  for (const auto& e : table.entities) {
    current.insert(e.key);
  }
  // old key -> (new entity -> mentions carried over)
  std::map<std::string, std::map<int32_t, uint32_t>> votes;
  for (size_t d = 0; d < old_keys.size() && d < table.mention_entity.size(); ++d) {
    if (!old_keys[d]) {
      continue;
    }
    const auto& keys = *old_keys[d];
    const auto& ents = table.mention_entity[d];
    for (size_t m = 0; m < keys.size() && m < ents.size(); ++m) {
      if (keys[m].empty() || ents[m] < 0 || current.count(keys[m])) {
        continue;
      }
      votes[keys[m]][ents[m]]++;
    }
  }
  std::map<std::string, std::string> now;  // gone key -> current key
  for (const auto& [key, v] : votes) {
    int32_t best = -1;
    uint32_t best_n = 0;
    for (const auto& [e, n] : v) {
      if (n > best_n || (n == best_n && table.entities[e].key < table.entities[best].key)) {
        best = e;
        best_n = n;
      }
    }
    now[key] = table.entities[best].key;
  }
  std::map<std::string, std::string> formers;
  for (const auto& [from, to] : old_formers) {
    if (current.count(from)) {
      continue;  // the key is in use again
    }
    std::string target = to;
    if (!current.count(target)) {
      auto it = now.find(target);
      if (it == now.end()) {
        continue;  // its entity is gone altogether
      }
      target = it->second;
    }
    formers[from] = target;
  }
  for (const auto& [from, to] : now) {
    formers[from] = to;
  }
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < table.entities.size(); ++i) {
    index[table.entities[i].key] = i;
  }
  for (const auto& [from, to] : formers) {
    table.entities[index[to]].former_keys.push_back(from);
  }
  for (auto& e : table.entities) {
    std::sort(e.former_keys.begin(), e.former_keys.end());
  }
  return formers;
}

}  // namespace claimgraph::pipeline
