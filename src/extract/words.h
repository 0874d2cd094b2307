// Internal to extract/: the lexical view of one document the taggers share.
#ifndef CLAIMGRAPH_EXTRACT_WORDS_H_
#define CLAIMGRAPH_EXTRACT_WORDS_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "model/text.h"

namespace claimgraph::extract {

// The lower-cased (ASCII) view of every token of one document: one copy of
// the text, made once per document by extract.cc and shared by the entity,
// time, quantity and attribution taggers, so lookups need no per-token
// allocation. Its memory is kept per thread for the next document
// (base/reuse.h).
//
//   const Words words(doc.text, layer);
//   words.lower(i);        // "reuters" for the token "Reuters"
//   words.lower_text();    // the whole text, token spans index it
class Words {
 public:
  Words(std::string_view text, const model::TextLayer& layer);
  ~Words();
  Words(const Words&) = delete;
  Words& operator=(const Words&) = delete;
  size_t size() const { return layer_.tokens.size(); }
  const model::Token& token(size_t i) const { return layer_.tokens[i]; }
  model::TokenKind kind(size_t i) const { return layer_.tokens[i].kind; }
  // Lowercased text of token i; "" past the end.
  [[gnu::always_inline]] std::string_view lower(size_t i) const {
    if (i >= size()) {
      return {};
    }
    const model::Span& s = layer_.tokens[i].span;
    return std::string_view(lower_.data() + s.begin, s.size());  // spans lie in the text
  }
  // The whole document lowercased (token spans index it).
  std::string_view lower_text() const { return lower_; }
  // Text as written.
  std::string_view raw(size_t i) const {
    if (i >= size()) {
      return {};
    }
    const model::Span& s = layer_.tokens[i].span;
    return text_.substr(s.begin, s.size());
  }
  // Token i is a word starting with a capital letter.
  bool Capitalized(size_t i) const;
  // Tokens i and i+1 touch (no space between them).
  bool Touch(size_t i) const { return i + 1 < size() && !layer_.tokens[i + 1].space_before; }

 private:
  std::string_view text_;
  std::string lower_;
  const model::TextLayer& layer_;
};

// Equality of a word with a string literal, inlined at every test: a size
// test and a memcmp of constant length, which the compiler expands in place
// (std::string_view's own == calls compare() out of line once the sizes
// match). Taken in per file, by `using literal_eq::operator==;` (then `!=`
// too, rewritten from it): `L(j) == "the"` reads as before.
namespace literal_eq {
template <size_t N>
[[gnu::always_inline]] inline bool operator==(std::string_view w, const char (&literal)[N]) {
  return w.size() == N - 1 && std::memcmp(w.data(), literal, N - 1) == 0;
}
}  // namespace literal_eq

// A tagger that lists, in one pass over the document, the tokens where
// something can start (`starts`, ascending) visits them sentence by sentence:
// returns the position of the first one at or after `first_token`, walking on
// from `from` (where the last sentence stopped) while sentences come in text
// order, and searching afresh when they do not.
inline size_t FirstStartFrom(const std::vector<uint32_t>& starts, size_t from, size_t first_token) {
  if (from > 0 && starts[from - 1] >= first_token) {  // a sentence out of order
    from = static_cast<size_t>(std::lower_bound(starts.begin(), starts.end(), first_token) -
                               starts.begin());
  }
  while (from < starts.size() && starts[from] < first_token) {
    ++from;
  }
  return from;
}

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_WORDS_H_
