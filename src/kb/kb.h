// kb: general world knowledge and lexicons, kept as Turtle in ontology/kb/
// and compiled into the binary; loaded once with Sord. Each stage builds its
// own fast lookup tables from it at start-up through this small generic door.
//
//   auto kb = kb::KnowledgeBase::LoadEmbedded();
//   for (const auto& s : kb->SubjectsOfType(kb::Ns("Country"))) ...
#ifndef CLAIMGRAPH_KB_KB_H_
#define CLAIMGRAPH_KB_KB_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace claimgraph::kb {

inline constexpr std::string_view kNs = "https://w3id.org/claimgraph/ns#";
inline constexpr std::string_view kRdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
inline constexpr std::string_view kSkos = "http://www.w3.org/2004/02/skos/core#";
inline std::string Ns(std::string_view local) { return std::string(kNs) + std::string(local); }

// An object of a triple: an IRI or a literal's lexical form.
struct Term {
  std::string value;
  bool is_iri = false;
  std::string lang;  // literal language tag, if any
};

class KnowledgeBase {
 public:
  // The files of ontology/kb/ compiled into the binary.
  static Result<std::shared_ptr<const KnowledgeBase>> LoadEmbedded();
  // Turtle documents given as (name, text) pairs; errors name the file and line.
  static Result<std::shared_ptr<const KnowledgeBase>> LoadTurtle(
      const std::vector<std::pair<std::string, std::string>>& files);

  ~KnowledgeBase();
  KnowledgeBase(const KnowledgeBase&) = delete;
  KnowledgeBase& operator=(const KnowledgeBase&) = delete;

  // Every subject with rdf:type `type_iri`, sorted.
  std::vector<std::string> SubjectsOfType(std::string_view type_iri) const;
  // Every object of (subject, predicate), sorted.
  std::vector<Term> Objects(std::string_view subject_iri, std::string_view predicate_iri) const;
  // Every (subject, object) pair with `predicate`, sorted.
  std::vector<std::pair<std::string, Term>> Pairs(std::string_view predicate_iri) const;
  size_t TripleCount() const;

 private:
  KnowledgeBase();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimgraph::kb

#endif  // CLAIMGRAPH_KB_KB_H_
