#include "pipeline/state.h"

#include <cstdio>
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
  auto opened = File::OpenForReading(path, "state");  // Read's messages: "state: ..."
  if (!opened.ok()) {
    return opened.status();
  }
  st->file_ = std::move(*opened);
  const File& file = st->file_;
  const uint64_t size = fs::file_size(path);
  std::string buf;
  if (size < kMagicSize || !file.ReadAt(0, kMagicSize, buf).ok() || buf != kMagic) {
    return Status::Error(path +
                         ": not a claimgraph state file of this version (rebuild without --into)");
  }
  uint64_t pos = kMagicSize;
  model::Document doc;
  model::Extraction x;
  char head[8];
  while (pos < size) {
    if (size - pos < 8 || !file.ReadAt(pos, head, 8).ok()) {
      break;
    }
    const uint64_t doc_size = GetFixed64(head);
    if (doc_size > size - pos - 8) {
      break;
    }
    Entry e;
    e.record = {pos + 8, doc_size};
    const uint64_t keys_at = pos + 8 + doc_size;
    if (size - keys_at < 8 || !file.ReadAt(keys_at, head, 8).ok()) {
      break;
    }
    const uint64_t keys_size = GetFixed64(head);
    std::string keys;
    if (keys_size > size - keys_at - 8 || !file.ReadAt(keys_at + 8, keys_size, keys).ok()) {
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

StateFile::~StateFile() = default;

Status StateFile::Read(const Spool::Record& r, model::Document& doc, model::Extraction& x) const {
  std::string buf;
  if (Status s = file_.ReadAt(r.offset, r.size, buf); !s.ok()) {
    return s;
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
  auto file = File::Create(w->dir_ + "/state.tmp");
  if (!file.ok()) {
    return file.status();
  }
  w->file_ = std::move(*file);
  w->buffer_.bytes().append(kMagic, kMagicSize);
  return w;
}

StateWriter::~StateWriter() {
  if (file_.is_open()) {
    file_.Close();
    std::remove((dir_ + "/state.tmp").c_str());
  }
}

Status StateWriter::Append(const model::Document& doc, const model::Extraction& x,
                           const std::vector<std::string>& mention_keys) {
  // Each part after its size (8 bytes, filled in once the part is in).
  std::string& out = buffer_.bytes();
  auto sized = [&out](auto&& write) {
    const size_t at = out.size();
    out.append(8, '\0');
    write();
    std::string size;
    PutFixed64(size, out.size() - at - 8);
    out.replace(at, 8, size);
  };
  sized([&] { Encode(doc, x, out); });
  sized([&] {
    for (const auto& k : mention_keys) {
      out += EscapeKey(k);
      out += '\n';
    }
  });
  return buffer_.Appended(file_);
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
  if (Status s = buffer_.Flush(file_); !s.ok()) {
    return s;
  }
  if (Status s = file_.Close(); !s.ok()) {
    return s;
  }
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
