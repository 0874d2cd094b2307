// Whole-field number parsing for the text tables (shard tables, partition
// files): a field is a number only if every byte of it is.
#ifndef CLAIMGRAPH_BASE_NUMBERS_H_
#define CLAIMGRAPH_BASE_NUMBERS_H_

#include <charconv>
#include <string_view>
#include <system_error>

namespace claimgraph::base {

template <typename T>
bool ParseWhole(std::string_view s, T& out) {
  auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

}  // namespace claimgraph::base

#endif  // CLAIMGRAPH_BASE_NUMBERS_H_
