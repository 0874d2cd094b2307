// ASCII case folding for words already known to be mostly ASCII: letters
// A-Z fold to a-z, every other byte (UTF-8 included) stays as it is.
#ifndef CLAIMGRAPH_BASE_ASCII_H_
#define CLAIMGRAPH_BASE_ASCII_H_

#include <string_view>

namespace claimgraph::base {

inline char AsciiLower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// Whether `word`, lowered (AsciiLower), equals `lower`: "Official" and
// "official".
inline bool EqualsAsciiLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) {
    return false;
  }
  for (size_t i = 0; i < word.size(); ++i) {
    if (AsciiLower(word[i]) != lower[i]) {
      return false;
    }
  }
  return true;
}

}  // namespace claimgraph::base

#endif  // CLAIMGRAPH_BASE_ASCII_H_
