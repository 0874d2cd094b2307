#include "emit/rdf_sink.h"

#include <serd/serd.h>

#include <cerrno>
#include <cstring>

namespace claimgraph::emit {

namespace {

const uint8_t* U8(std::string_view s) { return reinterpret_cast<const uint8_t*>(s.data()); }

// Nodes are built here rather than by serd_node_from_substring(), which
// stops at a NUL byte (a literal may hold U+0000, from a JSON "\u0000";
// Serd's writer escapes it once the node spans it) and, scanning every IRI,
// cost as much as the writer itself.
//
// Serd's writer reads an IRI node's bytes only (not its code-point count or
// flags), so an IRI is not scanned at all.
SerdNode UriNode(std::string_view iri) {
  return SerdNode{U8(iri), iri.size(), iri.size(), 0, SERD_URI};
}

// A literal's code points and the newline and quote flags that choose
// Turtle's long string form, in one branch-free pass.
SerdNode LiteralNode(std::string_view text) {
  size_t chars = 0;
  bool newline = false, quote = false;
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    chars += (c & 0xC0) != 0x80;
    newline |= (c == '\n') | (c == '\r');
    quote |= c == '"';
  }
  SerdNodeFlags flags = 0;
  if (newline) {
    flags |= SERD_HAS_NEWLINE;
  }
  if (quote) {
    flags |= SERD_HAS_QUOTE;
  }
  return SerdNode{U8(text), text.size(), chars, flags, SERD_LITERAL};
}

// Serd writes small pieces; they are gathered here and handed to stdio in
// large blocks. The first failure is remembered and reported by Finish().
class FileBuffer {
 public:
  FileBuffer(std::FILE* file, std::string path) : file_(file), path_(std::move(path)) {
    buffer_.reserve(kFlushAt + 4096);
  }
  ~FileBuffer() {
    if (file_ != nullptr) {
      std::fclose(file_);
    }
  }
  static size_t Write(const void* buf, size_t len, void* self) {
    auto* b = static_cast<FileBuffer*>(self);
    b->buffer_.append(static_cast<const char*>(buf), len);
    if (b->buffer_.size() >= kFlushAt) {
      b->Flush();
    }
    return len;
  }
  void Flush() {
    if (!buffer_.empty() && error_.empty() &&
        std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) {
      error_ = std::strerror(errno);
    }
    buffer_.clear();
  }
  Status Close() {
    Flush();
    if (file_ != nullptr) {
      if (std::fflush(file_) != 0 && error_.empty()) {
        error_ = std::strerror(errno);
      }
      if (std::fclose(file_) != 0 && error_.empty()) {
        error_ = std::strerror(errno);
      }
      file_ = nullptr;
    }
    if (!error_.empty()) {
      return Status::Error("cannot write " + path_ + ": " + error_);
    }
    return Status::Ok();
  }
  void Fail(std::string why) {
    if (error_.empty()) {
      error_ = std::move(why);
    }
  }

 private:
  static constexpr size_t kFlushAt = 1 << 20;
  std::FILE* file_;
  std::string path_;
  std::string buffer_;
  std::string error_;
};

class SerdFileSink : public TripleSink {
 public:
  SerdFileSink(std::FILE* file, const std::string& path, SerdSyntax syntax)
      : out_(file, path), env_(serd_env_new(nullptr)) {
    const bool turtle = syntax == SerdSyntax::kTurtle;
    const auto style = static_cast<SerdStyle>(
        (turtle ? (SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED) : SERD_STYLE_ASCII) |
        SERD_STYLE_BULK);
    writer_ = serd_writer_new(turtle ? SERD_TURTLE : SERD_NTRIPLES, style, env_, nullptr,
                              &FileBuffer::Write, &out_);
  }
  ~SerdFileSink() override {
    if (writer_ != nullptr) {
      serd_writer_free(writer_);
    }
    serd_env_free(env_);
  }

  void Prefix(std::string_view name, std::string_view iri) override {
    SerdNode n = serd_node_from_substring(SERD_LITERAL, U8(name), name.size());
    SerdNode u = UriNode(iri);
    serd_writer_set_prefix(writer_, &n, &u);
  }

  void Triple(const Term& s, const Term& p, const Term& o) override {
    SerdNode sn = UriNode(s.value);
    SerdNode pn = UriNode(p.value);
    SerdNode on;
    SerdNode dn = SERD_NODE_NULL;
    if (o.kind == Term::Kind::kIri) {
      on = UriNode(o.value);
    } else {
      on = LiteralNode(o.value);
      if (!o.datatype.empty()) {
        dn = UriNode(o.datatype);
      }
    }
    SerdStatus st = serd_writer_write_statement(writer_, 0, nullptr, &sn, &pn, &on,
                                                o.datatype.empty() ? nullptr : &dn, nullptr);
    if (st != SERD_SUCCESS) {
      out_.Fail(std::string("Serd refused a statement about <") + std::string(s.value) +
                ">: " + reinterpret_cast<const char*>(serd_strerror(st)));
    }
    ++count_;
  }

  Status Finish() override {
    if (writer_ != nullptr) {
      serd_writer_finish(writer_);
      serd_writer_free(writer_);
      writer_ = nullptr;
    }
    return out_.Close();
  }

 private:
  FileBuffer out_;
  SerdEnv* env_;
  SerdWriter* writer_ = nullptr;
};

}  // namespace

Result<std::unique_ptr<TripleSink>> OpenSerdFileSink(const std::string& path, SerdSyntax syntax) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) {
    return Status::Error("cannot write " + path + ": " + std::strerror(errno) +
                         " (check that the output folder is writable)");
  }
  return std::unique_ptr<TripleSink>(new SerdFileSink(f, path, syntax));
}

void MemorySink::Prefix(std::string_view name, std::string_view iri) {
  prefixes_.emplace_back(std::string(name), std::string(iri));
}

void MemorySink::Triple(const Term& s, const Term& p, const Term& o) {
  triples_.push_back({std::string(s.value), std::string(p.value), std::string(o.value),
                      o.kind == Term::Kind::kLiteral, std::string(o.datatype)});
  ++count_;
}

std::vector<const MemorySink::Stored*> MemorySink::Objects(std::string_view s,
                                                           std::string_view p) const {
  std::vector<const Stored*> out;
  for (const auto& t : triples_) {
    if (t.s == s && t.p == p) {
      out.push_back(&t);
    }
  }
  return out;
}

std::string MemorySink::Object(std::string_view s, std::string_view p) const {
  for (const auto& t : triples_) {
    if (t.s == s && t.p == p) {
      return t.o;
    }
  }
  return "";
}

std::vector<std::string> MemorySink::Subjects(std::string_view p, std::string_view o) const {
  std::vector<std::string> out;
  for (const auto& t : triples_) {
    if (t.p == p && t.o == o) {
      out.push_back(t.s);
    }
  }
  return out;
}

}  // namespace claimgraph::emit
