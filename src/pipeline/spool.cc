#include "pipeline/spool.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

namespace claimgraph::pipeline {

namespace {

// Field-by-field encoding: unsigned LEB128 varints, zigzag for signed
// indices, length-prefixed strings, raw IEEE doubles.
class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}
  void U(uint64_t v) {
    while (v >= 0x80) {
      out_ += static_cast<char>((v & 0x7F) | 0x80);
      v >>= 7;
    }
    out_ += static_cast<char>(v);
  }
  void I(int64_t v) { U((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63)); }
  void S(const std::string& s) {
    U(s.size());
    out_ += s;
  }
  void D(double d) {
    char b[8];
    std::memcpy(b, &d, 8);
    out_.append(b, 8);
  }
  void Sp(const model::Span& s) {
    U(s.begin);
    U(s.end - s.begin);
  }
  void OptD(const std::optional<double>& d) {
    U(d.has_value());
    if (d) {
      D(*d);
    }
  }
  void OptSp(const std::optional<model::Span>& s) {
    U(s.has_value());
    if (s) {
      Sp(*s);
    }
  }
  void Ints(const std::vector<int32_t>& v) {
    U(v.size());
    for (int32_t i : v) {
      I(i);
    }
  }

 private:
  std::string& out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  size_t pos() const { return pos_; }
  uint64_t U() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= in_.size()) {
        return Fail();
      }
      auto b = static_cast<unsigned char>(in_[pos_++]);
      v |= static_cast<uint64_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) {
        return v;
      }
    }
    return Fail();
  }
  int64_t I() {
    uint64_t z = U();
    return static_cast<int64_t>((z >> 1) ^ (~(z & 1) + 1));
  }
  std::string S() {
    uint64_t n = U();
    if (n > in_.size() - pos_) {
      return Fail(), std::string();
    }
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  double D() {
    if (in_.size() - pos_ < 8) {
      return Fail();
    }
    double d;
    std::memcpy(&d, in_.data() + pos_, 8);
    pos_ += 8;
    return d;
  }
  model::Span Sp() {
    model::Span s;
    s.begin = static_cast<uint32_t>(U());
    s.end = s.begin + static_cast<uint32_t>(U());
    return s;
  }
  std::optional<double> OptD() {
    if (!U()) {
      return std::nullopt;
    }
    return D();
  }
  std::optional<model::Span> OptSp() {
    if (!U()) {
      return std::nullopt;
    }
    return Sp();
  }
  std::vector<int32_t> Ints() {
    std::vector<int32_t> v(Count());
    for (auto& i : v) {
      i = static_cast<int32_t>(I());
    }
    return v;
  }
  // A element count that cannot exceed the bytes left (guards corrupt input).
  size_t Count() {
    uint64_t n = U();
    if (n > in_.size() - pos_) {
      return Fail(), 0;
    }
    return n;
  }

 private:
  uint64_t Fail() {
    ok_ = false;
    pos_ = in_.size();
    return 0;
  }
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace

void Encode(const model::Document& d, const model::Extraction& x, std::string& out) {
  Writer w(out);
  for (const std::string* s : {&d.id, &d.text, &d.title, &d.publisher, &d.author, &d.url,
                               &d.published, &d.language, &d.origin, &d.format}) {
    w.S(*s);
  }
  w.U(d.boilerplate.size());
  for (const auto& s : d.boilerplate) {
    w.Sp(s);
  }

  w.U(x.mentions.size());
  for (const auto& m : x.mentions) {
    w.Sp(m.span);
    w.U(static_cast<uint8_t>(m.type));
    w.U(static_cast<uint8_t>(m.kind));
    w.S(m.label);
    w.S(m.kb_iri);
    w.S(m.title);
    w.I(m.antecedent);
    w.I(m.acting_for);
  }
  w.U(x.times.size());
  for (const auto& t : x.times) {
    w.Sp(t.span);
    w.U(static_cast<uint8_t>(t.type));
    w.S(t.value);
    w.S(t.mod);
  }
  w.U(x.quantities.size());
  for (const auto& q : x.quantities) {
    w.Sp(q.span);
    w.D(q.value);
    w.OptD(q.low);
    w.OptD(q.high);
    w.U(static_cast<uint8_t>(q.qualifier));
    w.S(q.unit);
    w.S(q.counts);
    w.I(q.claim);
  }
  w.U(x.claims.size());
  for (const auto& c : x.claims) {
    w.OptSp(c.source);
    w.I(c.source_mention);
    w.OptSp(c.cue);
    w.S(c.cue_lemma);
    w.U(static_cast<uint8_t>(c.category));
    w.U(c.content.size());
    for (const auto& s : c.content) {
      w.Sp(s);
    }
    w.U(c.direct_quote | (c.negated << 1) | (c.unattributed << 2));
    w.I(c.stated_on);
    w.I(c.reported_by);
    w.OptSp(c.via);
    w.I(c.via_mention);
    w.Ints(c.about);
    w.Ints(c.mentioned_times);
    w.Ints(c.quantities);
  }
}

bool Decode(std::string_view in, model::Document& d, model::Extraction& x) {
  Reader r(in);
  for (std::string* s : {&d.id, &d.text, &d.title, &d.publisher, &d.author, &d.url, &d.published,
                         &d.language, &d.origin, &d.format}) {
    *s = r.S();
  }
  d.boilerplate.resize(r.Count());
  for (auto& s : d.boilerplate) {
    s = r.Sp();
  }

  x = model::Extraction();
  x.mentions.resize(r.Count());
  for (auto& m : x.mentions) {
    m.span = r.Sp();
    m.type = static_cast<model::EntityType>(r.U());
    m.kind = static_cast<model::MentionKind>(r.U());
    m.label = r.S();
    m.kb_iri = r.S();
    m.title = r.S();
    m.antecedent = static_cast<int32_t>(r.I());
    m.acting_for = static_cast<int32_t>(r.I());
  }
  x.times.resize(r.Count());
  for (auto& t : x.times) {
    t.span = r.Sp();
    t.type = static_cast<model::TimexType>(r.U());
    t.value = r.S();
    t.mod = r.S();
  }
  x.quantities.resize(r.Count());
  for (auto& q : x.quantities) {
    q.span = r.Sp();
    q.value = r.D();
    q.low = r.OptD();
    q.high = r.OptD();
    q.qualifier = static_cast<model::QuantityQualifier>(r.U());
    q.unit = r.S();
    q.counts = r.S();
    q.claim = static_cast<int32_t>(r.I());
  }
  x.claims.resize(r.Count());
  for (auto& c : x.claims) {
    c.source = r.OptSp();
    c.source_mention = static_cast<int32_t>(r.I());
    c.cue = r.OptSp();
    c.cue_lemma = r.S();
    c.category = static_cast<model::CueCategory>(r.U());
    c.content.resize(r.Count());
    for (auto& s : c.content) {
      s = r.Sp();
    }
    uint64_t flags = r.U();
    c.direct_quote = flags & 1;
    c.negated = flags & 2;
    c.unattributed = flags & 4;
    c.stated_on = static_cast<int32_t>(r.I());
    c.reported_by = static_cast<int32_t>(r.I());
    c.via = r.OptSp();
    c.via_mention = static_cast<int32_t>(r.I());
    c.about = r.Ints();
    c.mentioned_times = r.Ints();
    c.quantities = r.Ints();
  }
  return r.ok();
}

Result<Spool> Spool::Create(const std::string& dir) {
  std::string path = dir + "/.claimgraph-spool-XXXXXX";
  int fd = mkstemp(path.data());
  if (fd < 0) {
    return Status::Error(dir + ": cannot create a spool file: " + std::strerror(errno));
  }
  unlink(path.c_str());
  std::string ends_path = dir + "/.claimgraph-spool-XXXXXX";
  const int ends_fd = mkstemp(ends_path.data());
  if (ends_fd < 0) {
    close(fd);
    return Status::Error(dir + ": cannot create a spool file: " + std::strerror(errno));
  }
  unlink(ends_path.c_str());
  std::FILE* f = fdopen(fd, "w+b");
  if (!f) {
    close(fd);
    close(ends_fd);
    return Status::Error(dir + ": cannot open the spool file");
  }
  return Spool(f, fd, ends_fd);
}

Spool::~Spool() {
  if (file_) {
    std::fclose(file_);
  }
  if (ends_fd_ >= 0) {
    close(ends_fd_);
  }
}

Status Spool::WriteEnds() {
  for (size_t done = 0; done < ends_.size();) {
    const ssize_t n = pwrite(ends_fd_, ends_.data() + done, ends_.size() - done,
                             static_cast<off_t>(ends_written_ + done));
    if (n <= 0) {
      return Status::Error("spool: write failed: " + std::string(std::strerror(errno)));
    }
    done += static_cast<size_t>(n);
  }
  ends_written_ += ends_.size();
  ends_.clear();
  return Status::Ok();
}

Result<Spool::Record> Spool::Find(uint64_t k) const {
  // The end of record k - 1 (its beginning) and of record k.
  uint64_t ends[2] = {0, 0};
  const size_t skip = k == 0 ? 1 : 0;
  const size_t want = (2 - skip) * sizeof(uint64_t);
  size_t done = 0;
  while (done < want) {
    const ssize_t n = pread(ends_fd_, reinterpret_cast<char*>(ends + skip) + done, want - done,
                            static_cast<off_t>((k - 1 + skip) * sizeof(uint64_t) + done));
    if (n <= 0) {
      return Status::Error("spool: read failed");
    }
    done += static_cast<size_t>(n);
  }
  return Record{ends[0], ends[1] - ends[0]};
}

Result<Spool::Record> Spool::Append(const model::Document& doc, const model::Extraction& x,
                                    const std::vector<int32_t>& mention_sig) {
  buffer_.clear();
  Writer(buffer_).Ints(mention_sig);
  Encode(doc, x, buffer_);
  if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) {
    return Status::Error("spool: write failed: " + std::string(std::strerror(errno)));
  }
  Record r{end_, buffer_.size()};
  end_ += buffer_.size();
  char end[sizeof end_];
  std::memcpy(end, &end_, sizeof end_);
  ends_.append(end, sizeof end);
  if (ends_.size() >= (64u << 10)) {
    Status st = WriteEnds();
    if (!st.ok()) {
      return st;
    }
  }
  return r;
}

Status Spool::Flush() {
  if (std::fflush(file_) != 0) {
    return Status::Error("spool: flush failed");
  }
  return WriteEnds();
}

Status Spool::Read(const Record& r, model::Document& doc, model::Extraction& x,
                   std::vector<int32_t>& mention_sig) const {
  std::string buf(r.size, '\0');
  size_t done = 0;
  while (done < r.size) {
    ssize_t n = pread(fd_, buf.data() + done, r.size - done, static_cast<off_t>(r.offset + done));
    if (n <= 0) {
      return Status::Error("spool: read failed");
    }
    done += static_cast<size_t>(n);
  }
  Reader in(buf);
  mention_sig = in.Ints();
  if (!in.ok() || !Decode(std::string_view(buf).substr(in.pos()), doc, x)) {
    return Status::Error("spool: corrupt record");
  }
  return Status::Ok();
}

}  // namespace claimgraph::pipeline
