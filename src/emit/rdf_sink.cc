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
// Without a file (a fork), everything stays in the buffer.
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
    b->Append(std::string_view(static_cast<const char*>(buf), len));
    return len;
  }
  void Append(std::string_view bytes) {
    buffer_.append(bytes);
    if (file_ != nullptr && buffer_.size() >= kFlushAt) {
      Flush();
    }
  }
  // A fork's bytes so far; the buffer is empty afterwards.
  std::string Take() {
    std::string out;
    out.swap(buffer_);
    return out;
  }
  void Flush() {
    if (file_ == nullptr) {
      return;
    }
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

// Turtle or N-Triples through Serd's writer, into a file, or into memory for
// a fork.
class SerdFileSink : public TripleSink {
 public:
  SerdFileSink(std::FILE* file, const std::string& path, SerdSyntax syntax)
      : out_(file, path), syntax_(syntax), env_(serd_env_new(nullptr)) {
    NewWriter();
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
    prefixes_.emplace_back(name, iri);
  }

  std::unique_ptr<TripleSink> Fork() const override {
    auto fork = std::make_unique<SerdFileSink>(nullptr, "", syntax_);
    for (const auto& [name, iri] : prefixes_) {
      SerdNode n = serd_node_from_substring(SERD_LITERAL, U8(name), name.size());
      SerdNode u = UriNode(iri);
      serd_env_set_prefix(fork->env_, &n, &u);  // known to the writer, not written
      fork->prefixes_.emplace_back(name, iri);
    }
    return fork;
  }

  Part TakeBytes() override {
    serd_writer_finish(writer_);  // ends the last statement (Turtle: and a blank line)
    // A finished writer still separates its next statement from the last
    // one; the next part starts from a new writer, as the first did.
    serd_writer_free(writer_);
    NewWriter();
    Part part{out_.Take(), count_};
    count_ = 0;
    if (turtle() && part.bytes.size() >= 2 && part.bytes.back() == '\n') {
      part.bytes.pop_back();  // the blank line comes before the next subject
    }
    return part;
  }

  // Turtle: Serd's writer puts a blank line between subjects and after the
  // prefixes; a part holds its own blank lines, and the one before it is
  // written here. This sink's writer never writes again once a part is in
  // (a finished writer would separate oddly); a new one takes over.
  void Splice(const Part& part) override {
    if (part.bytes.empty()) {
      return;
    }
    // Its buffered bytes out first; an open statement ends with " .\n\n".
    serd_writer_finish(writer_);
    if (turtle() && !open_) {
      out_.Append("\n");
    }
    out_.Append(part.bytes);
    count_ += part.triples;
    open_ = false;
    after_part_ = true;
  }

  void Triple(const Term& s, const Term& p, const Term& o) override {
    if (after_part_) {
      serd_writer_free(writer_);
      NewWriter();
      if (turtle()) {
        out_.Append("\n");
      }
      after_part_ = false;
    }
    open_ = true;
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
      if (after_part_ && turtle()) {
        out_.Append("\n");  // the blank line Serd ends a Turtle file with
      }
    }
    return out_.Close();
  }

 private:
  bool turtle() const { return syntax_ == SerdSyntax::kTurtle; }
  void NewWriter() {
    const auto style = static_cast<SerdStyle>(
        (turtle() ? (SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED) : SERD_STYLE_ASCII) |
        SERD_STYLE_BULK);
    writer_ = serd_writer_new(turtle() ? SERD_TURTLE : SERD_NTRIPLES, style, env_, nullptr,
                              &FileBuffer::Write, &out_);
  }

  FileBuffer out_;
  SerdSyntax syntax_;
  SerdEnv* env_;
  SerdWriter* writer_ = nullptr;
  std::vector<std::pair<std::string, std::string>> prefixes_;
  bool open_ = false;        // the writer has written a statement
  bool after_part_ = false;  // the last bytes are a part's
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
