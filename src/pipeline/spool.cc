#include "pipeline/spool.h"

#include <cstring>
#include <utility>

#include "kb/entry_numbers.h"

namespace claimgraph::pipeline {

namespace {

// Field-by-field encoding: unsigned LEB128 varints, zigzag for signed
// indices, length-prefixed strings, raw IEEE doubles.
class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}
  void U(uint64_t v) { PutVarint(out_, v); }
  void I(int64_t v) { U((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63)); }
  void S(std::string_view s) {
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
    return GetVarint(in_, pos_, v) ? v : Fail();
  }
  int64_t I() {
    uint64_t z = U();
    return static_cast<int64_t>((z >> 1) ^ (~(z & 1) + 1));
  }
  std::string S() { return std::string(View()); }
  // A string as a view into the input.
  std::string_view View() {
    uint64_t n = U();
    if (n > in_.size() - pos_) {
      return Fail(), std::string_view();
    }
    const std::string_view s = in_.substr(pos_, n);
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

void Encode(const model::Document& d, const model::Extraction& x, std::string& out, KbEntries kb) {
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
    if (kb == KbEntries::kNumbers) {
      w.U(m.kb_entry);
    } else {
      w.S(kb::EntryIri(m.kb_entry));
    }
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

bool Decode(std::string_view in, model::Document& d, model::Extraction& x, KbEntries kb) {
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
    m.kb_entry =
        kb == KbEntries::kNumbers ? static_cast<uint32_t>(r.U()) : kb::EntryNumber(r.View());
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
  auto records = File::Temporary(dir, "spool", "spool file");
  if (!records.ok()) {
    return records.status();
  }
  auto ends = File::Temporary(dir, "spool", "spool file");
  if (!ends.ok()) {
    return ends.status();
  }
  return Spool(std::move(*records), std::move(*ends));
}

Result<Spool::Record> Spool::Find(uint64_t k) const {
  // The end of record k - 1 (its beginning) and of record k.
  char ends[2 * sizeof(uint64_t)] = {};
  const size_t skip = k == 0 ? sizeof(uint64_t) : 0;
  Status s =
      ends_file_.ReadAt((k == 0 ? 0 : k - 1) * sizeof(uint64_t), ends + skip, sizeof ends - skip);
  if (!s.ok()) {
    return s;
  }
  const uint64_t begin = GetFixed64(ends), end = GetFixed64(ends + sizeof(uint64_t));
  return Record{begin, end - begin};
}

Result<Spool::Record> Spool::Append(const model::Document& doc, const model::Extraction& x,
                                    const std::vector<int32_t>& mention_sig) {
  const uint64_t begin = records_.end();
  Writer(records_.bytes()).Ints(mention_sig);
  Encode(doc, x, records_.bytes(), KbEntries::kNumbers);
  const Record r{begin, records_.end() - begin};
  PutFixed64(ends_.bytes(), records_.end());
  if (Status s = records_.Appended(records_file_); !s.ok()) {
    return s;
  }
  if (Status s = ends_.Appended(ends_file_); !s.ok()) {
    return s;
  }
  return r;
}

Status Spool::Flush() {
  if (Status s = records_.Flush(records_file_); !s.ok()) {
    return s;
  }
  return ends_.Flush(ends_file_);
}

Status Spool::Read(const Record& r, model::Document& doc, model::Extraction& x,
                   std::vector<int32_t>& mention_sig) const {
  std::string buf;
  if (Status s = records_file_.ReadAt(r.offset, r.size, buf); !s.ok()) {
    return s;
  }
  Reader in(buf);
  mention_sig = in.Ints();
  if (!in.ok() || !Decode(std::string_view(buf).substr(in.pos()), doc, x, KbEntries::kNumbers)) {
    return Status::Error("spool: corrupt record");
  }
  return Status::Ok();
}

}  // namespace claimgraph::pipeline
