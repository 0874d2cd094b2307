#include "kb/entry_numbers.h"

#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace claimgraph::kb {

namespace {

// One table for the process. Both calls take the lock: EntryNumber runs
// while tables load and records are read back, EntryIri once per entry
// where an IRI is written or first interned, never per token.
struct Registry {
  std::mutex mu;
  std::deque<std::string> iris{std::string()};             // by number; a deque never moves them
  std::unordered_map<std::string_view, uint32_t> numbers;  // views into iris
};

// Never destroyed, so numbers and views stay valid in static destructors.
Registry& TheRegistry() {
  static auto* registry = new Registry();
  return *registry;
}

}  // namespace

uint32_t EntryNumber(std::string_view iri) {
  if (iri.empty()) {
    return 0;
  }
  Registry& r = TheRegistry();
  const std::lock_guard<std::mutex> lock(r.mu);
  if (const auto it = r.numbers.find(iri); it != r.numbers.end()) {
    return it->second;
  }
  const auto number = static_cast<uint32_t>(r.iris.size());
  r.numbers.emplace(r.iris.emplace_back(iri), number);
  return number;
}

std::string_view EntryIri(uint32_t number) {
  if (number == 0) {
    return {};
  }
  Registry& r = TheRegistry();
  const std::lock_guard<std::mutex> lock(r.mu);
  return number < r.iris.size() ? std::string_view(r.iris[number]) : std::string_view();
}

}  // namespace claimgraph::kb
