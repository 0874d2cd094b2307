#include "pipeline/tables.h"

#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "base/numbers.h"
#include "emit/emit.h"

namespace claimgraph::pipeline {

namespace fs = std::filesystem;

namespace {

constexpr size_t kFlushBytes = 1 << 20;

void Tab(std::string& out) { out.push_back('\t'); }

void Num(std::string& out, uint64_t v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

using base::ParseWhole;

std::string Temp(const std::string& dir, const std::string& name) {
  return dir + "/." + name + ".tmp";
}

}  // namespace

Result<std::unique_ptr<ShardTables>> ShardTables::Create(const std::string& dir) {
  std::unique_ptr<ShardTables> t(new ShardTables());
  t->dir_ = dir;
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) {
    return Status::Error(dir + ": " + ec.message());
  }
  t->docs_.name = "documents.tsv";
  t->mentions_.name = "mentions.tsv";
  t->merges_.name = "merges.tsv";
  t->keys_.name = "keys.tsv";
  t->claims_.name = "claims.tsv";
  for (File* f : {&t->docs_, &t->mentions_, &t->merges_, &t->keys_, &t->claims_}) {
    const std::string path = Temp(dir, f->name);
    f->f = std::fopen(path.c_str(), "wb");
    if (!f->f) {
      return Status::Error(path + ": " + std::strerror(errno));
    }
  }
  return t;
}

ShardTables::~ShardTables() {
  for (File* f : {&docs_, &mentions_, &merges_, &keys_, &claims_}) {
    if (f->f) {
      std::fclose(f->f);
      std::remove(Temp(dir_, f->name).c_str());
    }
  }
}

void ShardTables::Append(const model::Document& doc, const model::Extraction& x,
                         const link::DocumentLocals& locals) {
  std::string id;
  emit::AppendTsvField(id, doc.id);
  std::string& d = docs_.buf;
  d += id;
  for (uint64_t n :
       {static_cast<uint64_t>(locals.locals.size()), static_cast<uint64_t>(x.mentions.size()),
        static_cast<uint64_t>(x.claims.size()), static_cast<uint64_t>(x.times.size()),
        static_cast<uint64_t>(x.quantities.size()), static_cast<uint64_t>(doc.text.size())}) {
    Tab(d);
    Num(d, n);
  }
  Tab(d);
  emit::AppendTsvField(d, doc.published);
  d.push_back('\n');
  for (size_t l = 0; l < locals.locals.size(); ++l) {
    const link::LocalEntity& e = locals.locals[l];
    std::string& m = mentions_.buf;
    m += id;
    Tab(m);
    Num(m, l);
    Tab(m);
    Num(m, e.type_class);
    Tab(m);
    m.push_back(e.full_person ? '1' : '0');
    Tab(m);
    Num(m, e.mentions);
    Tab(m);
    Num(m, e.first_offset);
    Tab(m);
    for (size_t t = 0; t < e.type_votes.size(); ++t) {
      if (t) {
        m.push_back(',');
      }
      Num(m, e.type_votes[t]);
    }
    for (const std::string* s : {&e.kb_iri, &e.qualifier, &e.label}) {
      Tab(m);
      emit::AppendTsvField(m, *s);
    }
    for (const auto& name : e.names) {
      Tab(m);
      emit::AppendTsvField(m, name);
    }
    m.push_back('\n');
    for (const auto& key : link::BlockingKeys(e)) {
      std::string& k = keys_.buf;
      emit::AppendTsvField(k, key);
      Tab(k);
      k += id;
      Tab(k);
      Num(k, l);
      k.push_back('\n');
    }
  }
  for (const auto& mg : locals.merges) {
    std::string& m = merges_.buf;
    m += id;
    Tab(m);
    Num(m, mg.local);
    Tab(m);
    emit::AppendTsvField(m, mg.kind);
    Tab(m);
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, mg.confidence);
    m.append(buf, r.ptr);
    Tab(m);
    emit::AppendTsvField(m, mg.left);
    Tab(m);
    emit::AppendTsvField(m, mg.right);
    m.push_back('\n');
  }
  // Claims, for the GEXF network (emit/gexf.cc reads them the same way).
  auto gexf_local = [&](int32_t m) -> int32_t {
    for (int hops = 0; m >= 0 && hops < 8; ++hops) {
      const auto i = static_cast<size_t>(m);
      if (i >= x.mentions.size()) {
        return -1;
      }
      if (i < locals.mention_local.size() && locals.mention_local[i] >= 0) {
        return locals.mention_local[i];
      }
      m = x.mentions[i].antecedent;
    }
    return -1;
  };
  for (size_t ci = 0; ci < x.claims.size(); ++ci) {
    const model::Claim& c = x.claims[ci];
    std::string& r = claims_.buf;
    r += id;
    Tab(r);
    Num(r, ci);
    Tab(r);
    r += std::to_string(gexf_local(c.source_mention));
    Tab(r);
    bool first = true;
    for (int32_t m : c.about) {
      const int32_t l = gexf_local(m);
      if (l < 0) {
        continue;
      }
      if (!first) {
        r.push_back(',');
      }
      first = false;
      Num(r, static_cast<uint64_t>(l));
    }
    Tab(r);
    if (c.stated_on >= 0 && static_cast<size_t>(c.stated_on) < x.times.size()) {
      emit::AppendTsvField(r, x.times[c.stated_on].value);
    }
    Tab(r);
    Num(r, static_cast<uint64_t>(c.category));
    for (bool b : {c.direct_quote, c.negated, c.unattributed}) {
      Tab(r);
      r.push_back(b ? '1' : '0');
    }
    Tab(r);
    emit::AppendTsvField(r, c.cue_lemma);
    Tab(r);
    std::string content;
    for (const model::Span& sp : c.content) {
      if (!content.empty()) {
        content += " \xE2\x80\xA6 ";
      }
      if (sp.begin < sp.end && sp.end <= doc.text.size()) {
        content.append(doc.text, sp.begin, sp.size());
      }
    }
    emit::AppendTsvField(r, content);
    r.push_back('\n');
  }
  if (!FlushAll(false).ok()) {
    failed_ = true;
  }
}

Status ShardTables::FlushAll(bool force) {
  for (File* f : {&docs_, &mentions_, &merges_, &keys_, &claims_}) {
    if (f->buf.empty() || (!force && f->buf.size() < kFlushBytes)) {
      continue;
    }
    if (std::fwrite(f->buf.data(), 1, f->buf.size(), f->f) != f->buf.size()) {
      return Status::Error(Temp(dir_, f->name) + ": write failed: " + std::strerror(errno));
    }
    f->buf.clear();
  }
  return Status::Ok();
}

Status ShardTables::Commit(const std::string& data_base, uint64_t documents) {
  Status st = FlushAll(true);
  if (!st.ok()) {
    return st;
  }
  if (failed_) {
    return Status::Error(dir_ + ": write failed");
  }
  {
    std::ofstream info(Temp(dir_, "shard.tsv"), std::ios::binary);
    std::string base;
    emit::AppendTsvField(base, data_base);
    info << "format\t" << kShardFormat << "\nbase\t" << base << "\ndocuments\t" << documents
         << "\n";
    if (!info) {
      return Status::Error(Temp(dir_, "shard.tsv") + ": write failed");
    }
  }
  for (File* f : {&docs_, &mentions_, &merges_, &keys_, &claims_}) {
    const bool ok = std::fclose(f->f) == 0;
    f->f = nullptr;
    if (!ok) {
      return Status::Error(Temp(dir_, f->name) + ": close failed");
    }
  }
  // shard.tsv last: its presence marks a complete shard.
  for (const char* name :
       {"documents.tsv", "mentions.tsv", "merges.tsv", "keys.tsv", "claims.tsv", "shard.tsv"}) {
    std::error_code ec;
    fs::rename(Temp(dir_, name), dir_ + "/" + name, ec);
    if (ec) {
      return Status::Error(dir_ + "/" + name + ": " + ec.message());
    }
  }
  return Status::Ok();
}

bool IsTableShard(const std::string& dir) {
  std::error_code ec;
  return fs::is_regular_file(dir + "/shard.tsv", ec);
}

Result<ShardInfo> ReadShardInfo(const std::string& dir) {
  ShardInfo info;
  Status st = ReadTable(dir, "shard.tsv", [&](const std::vector<std::string_view>& f) {
    if (f.size() < 2) {
      return false;
    }
    if (f[0] == "format") {
      info.format = emit::UnescapeTsvField(f[1]);
    }
    if (f[0] == "base") {
      info.base = emit::UnescapeTsvField(f[1]);
    }
    if (f[0] == "documents" && !ParseWhole(f[1], info.documents)) {
      return false;
    }
    return true;
  });
  if (!st.ok()) {
    return st;
  }
  if (info.format != kShardFormat) {
    return Status::Error(dir + "/shard.tsv: format '" + info.format + "', expected " +
                         kShardFormat);
  }
  return info;
}

Status ReadTable(const std::string& dir, const std::string& name,
                 const std::function<bool(const std::vector<std::string_view>&)>& each) {
  const std::string path = dir + "/" + name;
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) {
    return Status::Error(path + ": " + std::strerror(errno));
  }
  std::vector<char> buf(1 << 20);
  std::string carry;
  std::vector<std::string_view> fields;
  uint64_t line_no = 0;
  Status st;
  auto row = [&](std::string_view line) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    if (line.empty()) {
      return true;
    }
    emit::SplitTsv(line, fields);
    if (!each(fields)) {
      st = Status::Error(path + ":" + std::to_string(line_no) + ": malformed row");
      return false;
    }
    return true;
  };
  bool go = true;
  while (go) {
    const size_t n = std::fread(buf.data(), 1, buf.size(), f);
    if (n == 0) {
      break;
    }
    std::string_view chunk(buf.data(), n);
    size_t start = 0;
    for (size_t nl; go && (nl = chunk.find('\n', start)) != std::string_view::npos;
         start = nl + 1) {
      if (!carry.empty()) {
        carry.append(chunk.substr(start, nl - start));
        go = row(carry);
        carry.clear();
      } else {
        go = row(chunk.substr(start, nl - start));
      }
    }
    if (go) {
      carry.append(chunk.substr(start));
    }
  }
  if (go && !carry.empty()) {
    row(carry);
  }
  const bool read_error = std::ferror(f) != 0;
  std::fclose(f);
  if (read_error) {
    return Status::Error(path + ": read failed");
  }
  return st;
}

bool ParseDocumentRow(const std::vector<std::string_view>& f, ShardDocument& d) {
  if (f.size() < 7) {
    return false;
  }
  d.id = emit::UnescapeTsvField(f[0]);
  d.published = f.size() > 7 ? emit::UnescapeTsvField(f[7]) : std::string();
  return ParseWhole(f[1], d.locals) && ParseWhole(f[2], d.mentions) && ParseWhole(f[3], d.claims) &&
         ParseWhole(f[4], d.times) && ParseWhole(f[5], d.quantities) && ParseWhole(f[6], d.bytes);
}

bool ParseMentionRow(const std::vector<std::string_view>& f, std::string& doc_id, uint32_t& local,
                     link::LocalEntity& e) {
  if (f.size() < 10) {
    return false;
  }
  doc_id = emit::UnescapeTsvField(f[0]);
  unsigned cls = 0;
  if (!ParseWhole(f[1], local) || !ParseWhole(f[2], cls) || cls > 3 ||
      !ParseWhole(f[4], e.mentions) || !ParseWhole(f[5], e.first_offset)) {
    return false;
  }
  e.type_class = static_cast<uint8_t>(cls);
  e.full_person = f[3] == "1";
  std::string_view votes = f[6];
  for (size_t t = 0; t < e.type_votes.size(); ++t) {
    const size_t comma = votes.find(',');
    if (!ParseWhole(votes.substr(0, comma), e.type_votes[t])) {
      return false;
    }
    votes = comma == std::string_view::npos ? std::string_view() : votes.substr(comma + 1);
  }
  e.kb_iri = emit::UnescapeTsvField(f[7]);
  e.qualifier = emit::UnescapeTsvField(f[8]);
  e.label = emit::UnescapeTsvField(f[9]);
  e.names.clear();
  for (size_t i = 10; i < f.size(); ++i) {
    e.names.push_back(emit::UnescapeTsvField(f[i]));
  }
  return true;
}

bool ParseMergeRow(const std::vector<std::string_view>& f, std::string& doc_id,
                   link::LocalMerge& m) {
  if (f.size() < 6) {
    return false;
  }
  doc_id = emit::UnescapeTsvField(f[0]);
  if (!ParseWhole(f[1], m.local) || !ParseWhole(f[3], m.confidence)) {
    return false;
  }
  m.kind = emit::UnescapeTsvField(f[2]);
  m.left = emit::UnescapeTsvField(f[4]);
  m.right = emit::UnescapeTsvField(f[5]);
  return true;
}

bool ParseClaimRow(const std::vector<std::string_view>& f, std::string& doc_id, ShardClaim& c) {
  if (f.size() < 11) {
    return false;
  }
  doc_id = emit::UnescapeTsvField(f[0]);
  unsigned category = 0;
  if (!ParseWhole(f[1], c.index) || !ParseWhole(f[2], c.source_local) ||
      !ParseWhole(f[5], category) || category > 5) {
    return false;
  }
  c.about_locals.clear();
  for (std::string_view a = f[3]; !a.empty();) {
    const size_t comma = a.find(',');
    int32_t l = 0;
    if (!ParseWhole(a.substr(0, comma), l)) {
      return false;
    }
    c.about_locals.push_back(l);
    a = comma == std::string_view::npos ? std::string_view() : a.substr(comma + 1);
  }
  c.stated = emit::UnescapeTsvField(f[4]);
  c.category = static_cast<uint8_t>(category);
  c.quote = f[6] == "1";
  c.negated = f[7] == "1";
  c.unattributed = f[8] == "1";
  c.cue_lemma = emit::UnescapeTsvField(f[9]);
  c.content = emit::UnescapeTsvField(f[10]);
  return true;
}

}  // namespace claimgraph::pipeline
