// Shards: placeholder IRIs, text tables, the shard emitter and the per-line
// rewrite of a shard's N-Triples (emit.h).
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>

#include "base/numbers.h"
#include "emit/claim_relations.h"
#include "emit/emit.h"
#include "emit/rdf_graph.h"
#include "emit/rdf_sink.h"
#include "emit/rdf_terms.h"
#include "emit/rdf_vocab.h"

namespace claimgraph::emit {

namespace fs = std::filesystem;

std::string LocalEntityIri(std::string_view doc_id, uint32_t local) {
  std::string out(kLocalEntityPrefix);
  AppendPathPart(out, doc_id, /*keep_slash=*/false);
  out.push_back(':');
  AppendUint(out, local);
  return out;
}

std::string LocalTypeIri(std::string_view local_iri, model::EntityType type) {
  std::string out(local_iri);
  out.push_back(':');
  out.append(model::EntityTypeName(type));
  return out;
}

void AppendTsvField(std::string& out, std::string_view field) {
  for (char c : field) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out.push_back(c);
    }
  }
}

std::string UnescapeTsvField(std::string_view field) {
  std::string out;
  out.reserve(field.size());
  for (size_t i = 0; i < field.size(); ++i) {
    if (field[i] == '\\' && i + 1 < field.size()) {
      const char n = field[++i];
      out.push_back(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
    } else {
      out.push_back(field[i]);
    }
  }
  return out;
}

void SplitTsv(std::string_view row, std::vector<std::string_view>& fields) {
  fields.clear();
  size_t start = 0;
  for (size_t i = 0; i <= row.size(); ++i) {
    if (i == row.size() || row[i] == '\t') {
      fields.push_back(row.substr(start, i - start));
      start = i + 1;
    }
  }
}

namespace {

void AppendDouble(std::string& out, double v) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

using base::ParseWhole;

model::EntityType TypeNamed(std::string_view name, bool& ok) {
  for (int t = 0; t < model::kEntityTypeCount; ++t) {
    const auto type = static_cast<model::EntityType>(t);
    if (name == model::EntityTypeName(type)) {
      ok = true;
      return type;
    }
  }
  ok = false;
  return model::EntityType::kOrganization;
}

}  // namespace

void AppendFigureRow(std::string& out, std::string_view doc_id, const FigureKey& key,
                     std::string_view claim_iri, std::string_view quantity_iri,
                     int32_t source_local, std::string_view date, const FigureValue& value) {
  if (!key.ok() || claim_iri.empty()) {
    return;
  }
  AppendTsvField(out, doc_id);
  out.push_back('\t');
  AppendTsvField(out, key.subject);
  out.push_back('\t');
  AppendTsvField(out, key.measure);
  out.push_back('\t');
  AppendTsvField(out, date);
  out.push_back('\t');
  AppendDouble(out, value.value);
  out.push_back('\t');
  AppendUint(out, static_cast<uint64_t>(value.qualifier));
  out.push_back('\t');
  AppendTsvField(out, claim_iri);
  out.push_back('\t');
  AppendTsvField(out, quantity_iri);
  out.push_back('\t');
  out += std::to_string(source_local);
  out.push_back('\t');
  AppendDouble(out, value.high);
  out.push_back('\n');
}

void AppendStanceRow(std::string& out, std::string_view doc_id, std::string_view claim_iri,
                     int32_t source_local, std::string_view date, bool denial,
                     const std::vector<int32_t>& about_locals,
                     const std::vector<std::string>& words) {
  out += kStanceRowMark;
  out.push_back('\t');
  AppendTsvField(out, doc_id);
  out.push_back('\t');
  AppendTsvField(out, claim_iri);
  out.push_back('\t');
  AppendTsvField(out, date);
  out.push_back('\t');
  out.push_back(denial ? '1' : '0');
  out.push_back('\t');
  out += std::to_string(source_local);
  out.push_back('\t');
  for (size_t i = 0; i < about_locals.size(); ++i) {
    if (i) {
      out.push_back(' ');
    }
    out += std::to_string(about_locals[i]);
  }
  out.push_back('\t');
  for (size_t i = 0; i < words.size(); ++i) {
    if (i) {
      out.push_back(' ');
    }
    AppendTsvField(out, words[i]);
  }
  out.push_back('\n');
}

bool ParseStanceRow(std::string_view row, StanceRow& f) {
  std::vector<std::string_view> c;
  SplitTsv(row, c);
  if (c.size() < 8 || c[0] != kStanceRowMark || (c[4] != "0" && c[4] != "1") ||
      !ParseWhole(c[5], f.source_local)) {
    return false;
  }
  f.doc_id = UnescapeTsvField(c[1]);
  f.claim = UnescapeTsvField(c[2]);
  f.date = UnescapeTsvField(c[3]);
  f.denial = c[4] == "1";
  f.about_locals.clear();
  f.words.clear();
  auto each_word = [](std::string_view list, auto&& fn) {
    while (!list.empty()) {
      const size_t sp = std::min(list.find(' '), list.size());
      if (sp > 0 && !fn(list.substr(0, sp))) {
        return false;
      }
      list.remove_prefix(std::min(sp + 1, list.size()));
    }
    return true;
  };
  return each_word(c[6],
                   [&](std::string_view w) {
                     int32_t l = -1;
                     f.about_locals.push_back(l);
                     return ParseWhole(w, f.about_locals.back());
                   }) &&
         each_word(c[7], [&](std::string_view w) {
           f.words.push_back(UnescapeTsvField(w));
           return true;
         });
}

bool ParseFigureRow(std::string_view row, FigureRow& f) {
  std::vector<std::string_view> c;
  SplitTsv(row, c);
  if (c.size() < 10) {
    return false;
  }
  unsigned qualifier = 0;
  if (!ParseWhole(c[4], f.value) || !ParseWhole(c[5], qualifier) || qualifier > 4 ||
      !ParseWhole(c[8], f.source_local) || !ParseWhole(c[9], f.high)) {
    return false;
  }
  f.doc_id = UnescapeTsvField(c[0]);
  f.subject = UnescapeTsvField(c[1]);
  f.measure = UnescapeTsvField(c[2]);
  f.date = UnescapeTsvField(c[3]);
  f.qualifier = static_cast<model::QuantityQualifier>(qualifier);
  f.claim = UnescapeTsvField(c[6]);
  f.quantity = UnescapeTsvField(c[7]);
  return true;
}

namespace {

class ShardFiles : public ShardEmitter {
 public:
  ShardFiles(std::string dir, std::unique_ptr<TripleSink> sink, std::FILE* figures,
             const Options& options)
      : dir_(std::move(dir)),
        sink_(std::move(sink)),
        writer_(*sink_, options.data_base, options.profile == Profile::kFull),
        figures_(figures) {}
  ~ShardFiles() override {
    if (!finished_) {
      Abort();
    }
  }

  void AddDocument(const model::Document& doc, const model::Extraction& x,
                   const std::vector<int32_t>& mention_local, uint32_t locals) override {
    rows_.clear();
    writer_.AddShardDocument(doc, x, mention_local, locals, rows_);
    if (!rows_.empty() && std::fwrite(rows_.data(), 1, rows_.size(), figures_) != rows_.size()) {
      write_failed_ = true;
    }
  }

  Status Finish() override {
    Status st = sink_->Finish();
    const bool closed = std::fclose(figures_) == 0;
    figures_ = nullptr;
    if (!st.ok()) {
      return st;
    }
    if (!closed || write_failed_) {
      return Status::Error(Temp("figures.tsv") + ": write failed");
    }
    for (const char* name : {"graph.nt", "figures.tsv"}) {
      std::error_code ec;
      fs::rename(Temp(name), dir_ + "/" + name, ec);
      if (ec) {
        return Status::Error("cannot move " + Temp(name) + ": " + ec.message());
      }
      files_.push_back(dir_ + "/" + name);
    }
    finished_ = true;
    return Status::Ok();
  }

  void Abort() override {
    if (sink_) {
      sink_->Finish();
    }
    if (figures_) {
      std::fclose(figures_);
    }
    figures_ = nullptr;
    std::error_code ec;
    fs::remove(Temp("graph.nt"), ec);
    fs::remove(Temp("figures.tsv"), ec);
    finished_ = true;
  }

  uint64_t triple_count() const override { return sink_->count(); }
  std::vector<std::string> files() const override { return files_; }

  static std::string TempName(const std::string& dir, const std::string& name) {
    return dir + "/." + name + "." + std::to_string(::getpid()) + ".tmp";
  }

 private:
  std::string Temp(const std::string& name) const { return TempName(dir_, name); }

  std::string dir_;
  std::unique_ptr<TripleSink> sink_;
  RdfGraphWriter writer_;
  std::FILE* figures_ = nullptr;
  std::string rows_;
  std::vector<std::string> files_;
  bool write_failed_ = false;
  bool finished_ = false;
};

}  // namespace

Result<std::unique_ptr<ShardEmitter>> ShardEmitter::Open(const std::string& shard_dir,
                                                         const Options& options) {
  if (!IsAbsoluteIri(options.data_base)) {
    return Status::Error("data base IRI '" + options.data_base + "' is not an absolute IRI");
  }
  std::error_code ec;
  fs::create_directories(shard_dir, ec);
  if (ec || !fs::is_directory(shard_dir)) {
    return Status::Error("cannot create shard folder " + shard_dir);
  }
  auto sink = OpenSerdFileSink(ShardFiles::TempName(shard_dir, "graph.nt"), SerdSyntax::kNTriples);
  if (!sink.ok()) {
    return sink.status();
  }
  const std::string figures_path = ShardFiles::TempName(shard_dir, "figures.tsv");
  std::FILE* figures = std::fopen(figures_path.c_str(), "wb");
  if (!figures) {
    return Status::Error(figures_path + ": " + std::strerror(errno));
  }
  return std::unique_ptr<ShardEmitter>(
      new ShardFiles(shard_dir, std::move(*sink), figures, options));
}

LocalEntityMap::LocalEntityMap(const model::EntityTable& table, const std::string& data_base) {
  MemorySink unused;
  RdfGraphWriter w(unused, data_base);
  iris_.reserve(table.entities.size());
  types_.reserve(table.entities.size());
  for (const auto& e : table.entities) {
    iris_.push_back(w.EntityIri(e.key));
    types_.push_back(e.type);
  }
  doc_prefix_.assign(1, '<');
  doc_prefix_ += w.DocumentIri("");
}

LocalEntityMap::LocalEntityMap(const std::string& data_base) {
  MemorySink unused;
  RdfGraphWriter w(unused, data_base);
  doc_prefix_.assign(1, '<');
  doc_prefix_ += w.DocumentIri("");
}

bool LocalEntityMap::ReadMapRow(const std::vector<std::string_view>& f) {
  if (f.size() == 2 && f[1] == "-") {
    dropped_.insert(std::string(f[0]));
    return true;
  }
  uint32_t local = 0;
  bool ok = false;
  if (f.size() < 4 || !ParseWhole(f[1], local) || !IsAbsoluteIri(f[2])) {
    return false;
  }
  const model::EntityType type = TypeNamed(f[3], ok);
  if (!ok) {
    return false;
  }
  auto [it, fresh] = iri_index_.emplace(std::string(f[2]), static_cast<int32_t>(iris_.size()));
  if (fresh) {
    iris_.emplace_back(f[2]);
    types_.push_back(type);
  }
  auto& locals = docs_[std::string(f[0])];
  if (locals.size() <= local) {
    locals.resize(local + 1, -1);
  }
  locals[local] = it->second;
  return true;
}

void LocalEntityMap::WriteDroppedRow(std::string_view doc_id, std::string& out) {
  AppendPathPart(out, doc_id, /*keep_slash=*/false);
  out += "\t-\n";
}

void LocalEntityMap::AddDocument(std::string_view doc_id, std::vector<int32_t> entity_of_local) {
  std::string enc;
  AppendPathPart(enc, doc_id, /*keep_slash=*/false);
  docs_[std::move(enc)] = std::move(entity_of_local);
}

void LocalEntityMap::SetDropped(std::unordered_set<std::string> doc_ids) {
  dropped_.clear();
  for (const auto& id : doc_ids) {
    std::string enc;
    AppendPathPart(enc, id, /*keep_slash=*/false);
    dropped_.insert(std::move(enc));
  }
}

bool LocalEntityMap::Dropped(std::string_view enc_id) const {
  return !dropped_.empty() && dropped_.count(std::string(enc_id)) > 0;
}

LocalEntityMap::Target LocalEntityMap::Find(std::string_view enc_id, uint32_t local) const {
  auto it = docs_.find(std::string(enc_id));
  if (it == docs_.end() || local >= it->second.size()) {
    return {};
  }
  const int32_t e = it->second[local];
  if (e < 0 || static_cast<size_t>(e) >= iris_.size()) {
    return {};
  }
  return {&iris_[e], types_[e]};
}

LocalEntityMap::Target LocalEntityMap::FindLocal(std::string_view doc_id, uint32_t local) const {
  std::string enc;
  AppendPathPart(enc, doc_id, /*keep_slash=*/false);
  return Find(enc, local);
}

void LocalEntityMap::WriteRows(std::string_view doc_id, std::string& out) const {
  std::string enc;
  AppendPathPart(enc, doc_id, /*keep_slash=*/false);
  auto it = docs_.find(enc);
  if (it == docs_.end()) {
    return;
  }
  for (size_t l = 0; l < it->second.size(); ++l) {
    const int32_t e = it->second[l];
    if (e < 0) {
      continue;
    }
    out += enc;
    out.push_back('\t');
    AppendUint(out, l);
    out.push_back('\t');
    out += iris_[e];
    out.push_back('\t');
    out += model::EntityTypeName(types_[e]);
    out.push_back('\n');
  }
}

namespace {

// Reads lines of any length from a FILE.
class LineReader {
 public:
  explicit LineReader(std::FILE* f) : f_(f), buf_(1 << 20) {}
  // The next line without its '\n'; false at the end.
  bool Next(std::string_view& line) {
    for (;;) {
      const char* nl = static_cast<const char*>(std::memchr(buf_.data() + pos_, '\n', end_ - pos_));
      if (nl) {
        line = std::string_view(buf_.data() + pos_, nl - (buf_.data() + pos_));
        pos_ = nl - buf_.data() + 1;
        return true;
      }
      if (eof_) {
        if (pos_ == end_) {
          return false;
        }
        line = std::string_view(buf_.data() + pos_, end_ - pos_);
        pos_ = end_;
        return true;
      }
      // Move the partial line to the front, grow when it fills the buffer.
      std::memmove(buf_.data(), buf_.data() + pos_, end_ - pos_);
      end_ -= pos_;
      pos_ = 0;
      if (end_ == buf_.size()) {
        buf_.resize(buf_.size() * 2);
      }
      const size_t n = std::fread(buf_.data() + end_, 1, buf_.size() - end_, f_);
      if (n == 0) {
        eof_ = true;
      }
      end_ += n;
    }
  }
  bool failed() const { return std::ferror(f_) != 0; }

 private:
  std::FILE* f_;
  std::vector<char> buf_;
  size_t pos_ = 0, end_ = 0;
  bool eof_ = false;
};

}  // namespace

Result<uint64_t> RewriteShardTriples(std::FILE* in, std::FILE* out, const LocalEntityMap& map) {
  LineReader reader(in);
  std::string_view line;
  std::string buf;  // output, flushed in large writes
  std::string subject;
  std::vector<std::string> written;  // rewritten lines of the current subject
  std::string mapped;
  const std::string cg_ns = vocab::kCgNs;
  uint64_t lines = 0;
  auto flush = [&] {
    if (!buf.empty() && std::fwrite(buf.data(), 1, buf.size(), out) != buf.size()) {
      return false;
    }
    buf.clear();
    return true;
  };
  while (reader.Next(line)) {
    if (line.empty()) {
      continue;
    }
    const std::string_view s = line.substr(0, line.find(' '));
    if (s != subject) {
      subject.assign(s);
      written.clear();
    }
    if (map.any_dropped() && s.size() > map.doc_prefix().size() &&
        s.compare(0, map.doc_prefix().size(), map.doc_prefix()) == 0) {
      const std::string_view rest = s.substr(map.doc_prefix().size());
      const std::string_view enc = rest.substr(0, rest.find_first_of("/>"));
      if (map.Dropped(enc)) {
        continue;
      }
    }
    // A placeholder is only ever a whole object IRI: the line ends "> ." and
    // its last '<' (IRIs hold none) follows a space, not a literal's "^^".
    const size_t open = line.rfind('<');
    if (line.size() < 3 || line.compare(line.size() - 3, 3, "> .") != 0 ||
        open == std::string_view::npos || open == 0 || line[open - 1] != ' ' ||
        line.compare(open + 1, kLocalEntityPrefix.size(), kLocalEntityPrefix) != 0) {
      buf.append(line);
      buf.push_back('\n');
      ++lines;
      if (buf.size() >= (1u << 20) && !flush()) {
        return Status::Error("write failed");
      }
      continue;
    }
    const size_t close = line.find('>', open);
    if (close == std::string_view::npos) {
      return Status::Error("bad placeholder line");
    }
    std::string_view ph = line.substr(open + 1 + kLocalEntityPrefix.size(),
                                      close - open - 1 - kLocalEntityPrefix.size());
    const size_t c1 = ph.find(':');
    if (c1 == std::string_view::npos) {
      return Status::Error("bad placeholder line");
    }
    const std::string_view enc = ph.substr(0, c1);
    std::string_view num = ph.substr(c1 + 1);
    std::string_view type_name;
    if (const size_t c2 = num.find(':'); c2 != std::string_view::npos) {
      type_name = num.substr(c2 + 1);
      num = num.substr(0, c2);
    }
    uint32_t local = 0;
    if (!ParseWhole(num, local)) {
      return Status::Error("bad placeholder line");
    }
    const LocalEntityMap::Target t = map.Find(enc, local);
    if (t.iri == nullptr) {
      return Status::Error("no entity for local " + std::string(num) + " of document " +
                           std::string(enc) + " (is its mentions.tsv row missing?)");
    }
    mapped.assign(line.substr(0, open + 1));
    if (!type_name.empty()) {
      bool ok = false;
      const model::EntityType type = TypeNamed(type_name, ok);
      if (!ok) {
        return Status::Error("bad placeholder type " + std::string(type_name));
      }
      if (type == t.type) {
        continue;  // the entity has the mention's type already
      }
      mapped.append(cg_ns).append(type_name);
    } else {
      mapped.append(*t.iri);
    }
    mapped.append(line.substr(close));
    bool repeated = false;
    for (const auto& w : written) {
      repeated = repeated || w == mapped;
    }
    if (repeated) {
      continue;
    }
    written.push_back(mapped);
    buf.append(mapped);
    buf.push_back('\n');
    ++lines;
    if (buf.size() >= (1u << 20) && !flush()) {
      return Status::Error("write failed");
    }
  }
  if (reader.failed()) {
    return Status::Error("read failed");
  }
  if (!flush()) {
    return Status::Error("write failed");
  }
  return lines;
}

}  // namespace claimgraph::emit
