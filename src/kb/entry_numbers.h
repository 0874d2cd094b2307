// Numbers for knowledge-base IRIs, so that what refers to a KB entry holds
// 4 bytes instead of a copy of the IRI: model::Mention::kb_entry holds one,
// the entity tagger's gazetteer hands them out, the linker turns each into
// its own string id once, and only what is written (an entity's IRI, a state
// file) looks the IRI up.
//
//   const uint32_t n = kb::EntryNumber("https://example.org/kb/ukraine");
//   kb::EntryNumber("https://example.org/kb/ukraine") == n  // the same IRI, the same number
//   kb::EntryIri(n) == "https://example.org/kb/ukraine"
//   kb::EntryNumber("") == 0 && kb::EntryIri(0) == ""      // 0: no entry
//
// The numbers are the process's own, given in the order IRIs are first
// asked for (by the lexicon as it loads, by a stored document as it is read
// back): they are never written to a file another process reads, and
// nothing is ordered by them; compare them for equality only. An IRI, once
// numbered, stays for the life of the process (a few thousand: the KB's
// entries). Thread-safe. One table for the process, not one per
// KnowledgeBase: a stored document read back may name an entry the loaded
// KB no longer has, and neither the spool's decoder nor the within-document
// clusterer (link::ClusterDocument) is given a KB.
#ifndef CLAIMGRAPH_KB_ENTRY_NUMBERS_H_
#define CLAIMGRAPH_KB_ENTRY_NUMBERS_H_

#include <cstdint>
#include <string_view>

namespace claimgraph::kb {

// The number of `iri`, given now when it has none yet; 0 for "".
uint32_t EntryNumber(std::string_view iri);

// The IRI of `number` (given by EntryNumber, or 0: ""). The view stays
// valid for the life of the process.
std::string_view EntryIri(uint32_t number);

}  // namespace claimgraph::kb

#endif  // CLAIMGRAPH_KB_ENTRY_NUMBERS_H_
