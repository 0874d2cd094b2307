// Whether a word is one of a few literals: IsIn(w, {"said", "says"}), or
// ends with one: EndsWith(w, "ing").
#ifndef CLAIMGRAPH_BASE_IS_IN_H_
#define CLAIMGRAPH_BASE_IS_IN_H_

#include <cstring>
#include <initializer_list>
#include <string_view>

namespace claimgraph::base {

// Inlined at every call, the lists being constant: each comparison becomes a
// size test and a memcmp of a constant length, expanded in place, with no
// call (the taggers test words against such lists on their hot paths).
[[gnu::always_inline]] inline bool IsIn(std::string_view w,
                                        std::initializer_list<std::string_view> list) {
  for (std::string_view x : list) {
    if (w.size() == x.size() && std::memcmp(w.data(), x.data(), x.size()) == 0) {
      return true;
    }
  }
  return false;
}

// Whether `w` ends with `suffix`, inlined the same way (a literal suffix
// becomes a size test and a memcmp of constant length).
[[gnu::always_inline]] inline bool EndsWith(std::string_view w, std::string_view suffix) {
  return w.size() >= suffix.size() &&
         std::memcmp(w.data() + (w.size() - suffix.size()), suffix.data(), suffix.size()) == 0;
}

}  // namespace claimgraph::base

#endif  // CLAIMGRAPH_BASE_IS_IN_H_
