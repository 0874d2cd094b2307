// Internal to emit/: the streaming sink that RDF statements flow into.
//
// rdf_graph.cc turns model values into triples and pushes them into a
// TripleSink; the Serd sink writes Turtle or N-Triples (Serd does all the
// formatting and escaping), the memory sink keeps the triples for tests.
// Neighbours: rdf_vocab.h (IRIs), rdf_terms.h (IRI minting, literals),
// rdf_graph.h (the output model).
#ifndef CLAIMGRAPH_EMIT_RDF_SINK_H_
#define CLAIMGRAPH_EMIT_RDF_SINK_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace claimgraph::emit {

// One RDF term, viewing strings owned by the caller for the duration of a
// Triple() call. No blank nodes: the output model gives every node an IRI.
struct Term {
  enum class Kind : uint8_t { kIri, kLiteral };
  Kind kind = Kind::kIri;
  std::string_view value;     // IRI, or the literal's lexical form (UTF-8)
  std::string_view datatype;  // literal datatype IRI; empty means xsd:string

  static Term Iri(std::string_view iri) { return {Kind::kIri, iri, {}}; }
  static Term Literal(std::string_view text, std::string_view datatype = {}) {
    return {Kind::kLiteral, text, datatype};
  }
};

class TripleSink {
 public:
  virtual ~TripleSink() = default;
  // Declares a prefix (Turtle writes `@prefix`; N-Triples ignores it).
  virtual void Prefix(std::string_view name, std::string_view iri) = 0;
  // Subjects should arrive grouped (all triples of one subject in a row),
  // so Turtle can abbreviate them.
  virtual void Triple(const Term& s, const Term& p, const Term& o) = 0;
  // Ends the stream; the first write error since construction, if any.
  virtual Status Finish() = 0;
  uint64_t count() const { return count_; }

  // Writing documents on several threads: a fork is a sink of the same
  // syntax and prefixes (declared, not written) that keeps its output in
  // memory. Each thread writes a document into its own fork, takes the bytes
  // (TakeBytes), and the bytes are spliced into this sink in document order,
  // giving the bytes that writing every triple here would have given.
  // Fork() returns nullptr when this sink cannot be forked (then write
  // everything here).
  virtual std::unique_ptr<TripleSink> Fork() const { return nullptr; }
  // On a fork: ends the last statement and hands over the bytes and the
  // number of triples in them; the fork is empty again.
  struct Part {
    std::string bytes;
    uint64_t triples = 0;
  };
  virtual Part TakeBytes() { return {}; }
  // Appends a fork's part, after ending this sink's last statement.
  virtual void Splice(const Part& part) { (void)part; }

 protected:
  uint64_t count_ = 0;
};

enum class SerdSyntax { kTurtle, kNTriples };

// Writes through Serd's writer to `path` (created or truncated). Turtle is
// written abbreviated with CURIEs for the declared prefixes; N-Triples is
// ASCII-escaped. Finish() flushes and closes the file.
Result<std::unique_ptr<TripleSink>> OpenSerdFileSink(const std::string& path, SerdSyntax syntax);

// Keeps every triple as strings, in arrival order (for tests).
class MemorySink : public TripleSink {
 public:
  struct Stored {
    std::string s, p, o;
    bool o_literal = false;
    std::string datatype;
  };
  void Prefix(std::string_view name, std::string_view iri) override;
  void Triple(const Term& s, const Term& p, const Term& o) override;
  Status Finish() override { return Status::Ok(); }

  const std::vector<Stored>& triples() const { return triples_; }
  // Objects of (s, p), in arrival order.
  std::vector<const Stored*> Objects(std::string_view s, std::string_view p) const;
  // The single object value of (s, p), or "" when absent (several: the first).
  std::string Object(std::string_view s, std::string_view p) const;
  // Subjects having `p` with object value `o`.
  std::vector<std::string> Subjects(std::string_view p, std::string_view o) const;
  const std::vector<std::pair<std::string, std::string>>& prefixes() const { return prefixes_; }

 private:
  std::vector<Stored> triples_;
  std::vector<std::pair<std::string, std::string>> prefixes_;
};

}  // namespace claimgraph::emit

#endif  // CLAIMGRAPH_EMIT_RDF_SINK_H_
