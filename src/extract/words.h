// Internal to extract/: the lexical view of one document the taggers share.
#ifndef CLAIMGRAPH_EXTRACT_WORDS_H_
#define CLAIMGRAPH_EXTRACT_WORDS_H_

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/lowercase_map.h"
#include "extract/word_table.h"
#include "model/text.h"

namespace claimgraph::extract {

// The lower-cased (ASCII) view of every token of one document: one copy of
// the text, made once per document by extract.cc and shared by the entity,
// time, quantity and attribution taggers, so lookups need no per-token
// allocation; and each word token's record in the taggers' merged lexicon
// (word_table.h), looked up once here so no tagger probes a table of its
// own per token. Its memory is kept per thread for the next document
// (base/reuse.h).
//
//   const Words words(doc.text, layer, table);
//   words.lower(i);        // "reuters" for the token "Reuters"
//   words.lower_text();    // the whole text, token spans index it
//   words.record(i);       // table.Find(words.lower(i)) for a word token
class Words {
 public:
  // Every record empty (for a tagger that reads none).
  Words(std::string_view text, const model::TextLayer& layer);
  Words(std::string_view text, const model::TextLayer& layer, const WordTable& table);
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
  std::string_view lower_text() const { return {lower_.data(), text_.size()}; }
  // Which bytes of the text are lowercase ASCII letters (the entity
  // tagger's test for a word like "said"), made in the pass that lowercases.
  const LowercaseMap& lowercase_map() const { return lowercase_map_; }
  // The table's record of word token i's lowercased text; the empty record
  // for other tokens (and for every token without a table).
  const WordRecord& record(size_t i) const { return *records_[i]; }
  // Every token's record, indexed by token.
  const WordRecord* const* records() const { return records_.data(); }
  // The tokens a time expression or a quantity may start at or be marked
  // on, ascending, listed in the pass that looks the words up: every number
  // and symbol, and every word whose record is time_quantity ("1986", "$",
  // "friday", "about"; not "said", not ","). The time and quantity taggers
  // visit only these instead of every token.
  const std::vector<uint32_t>& time_quantity_tokens() const { return time_quantity_; }
  // Text as written.
  std::string_view raw(size_t i) const {
    if (i >= size()) {
      return {};
    }
    const model::Span& s = layer_.tokens[i].span;
    return text_.substr(s.begin, s.size());
  }
  // Token i is a word starting with a capital letter ("Seoul", not "said"
  // or "12"). Inline: the time, quantity and attribution taggers ask it per
  // word, and a call cost more than the test.
  bool Capitalized(size_t i) const {
    if (i >= size() || layer_.tokens[i].kind != model::TokenKind::kWord) {
      return false;
    }
    const char c = text_[layer_.tokens[i].span.begin];
    return c >= 'A' && c <= 'Z';
  }
  // Tokens i and i+1 touch (no space between them).
  bool Touch(size_t i) const { return i + 1 < size() && !layer_.tokens[i + 1].space_before; }

 private:
  // A vector whose resize leaves new elements uninitialised: every record
  // slot is written once by the constructor's pass, so zeroing them first
  // (a memset of 8 bytes a token) would be wasted.
  template <typename T>
  struct Uninitialized : std::allocator<T> {
    template <typename U>
    struct rebind {
      using other = Uninitialized<U>;
    };
    template <typename U>
    void construct(U* p) noexcept {
      ::new (static_cast<void*>(p)) U;
    }
    template <typename U, typename... Args>
    void construct(U* p, Args&&... args) {
      ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
    }
  };

 public:
  using RecordVector = std::vector<const WordRecord*, Uninitialized<const WordRecord*>>;
  using LowerVector = std::vector<char, Uninitialized<char>>;

 private:
  std::string_view text_;
  // The text lowercased, then kPadding NUL bytes, so a word's first 8 bytes
  // can be loaded at once whatever its place. Its resize leaves the bytes
  // unset: LowercaseMap::Make writes the text's, a memset the padding.
  static constexpr size_t kPadding = 8;
  LowerVector lower_;
  LowercaseMap lowercase_map_;
  RecordVector records_;
  std::vector<uint32_t> time_quantity_;
  const model::TextLayer& layer_;
};

// Tokens of a Words through raw pointers, for the taggers' inner loops:
// the words' own accessors test the index against the token count again,
// and two pointers loaded once stay in registers where a one-byte store
// (which may alias anything) would make a vector's pointer be reloaded. The
// caller keeps i below the token count, or passes the bound (a sentence's
// end, or the count).
class RawTokens {
 public:
  explicit RawTokens(const Words& w)
      : toks_(w.size() == 0 ? nullptr : &w.token(0)),
        lower_(w.lower_text().data()),
        records_(w.records()) {}
  const model::Token* tokens() const { return toks_; }
  // Token i's record (Words::record).
  const WordRecord& record(size_t i) const { return *records_[i]; }
  const model::Token& token(size_t i) const { return toks_[i]; }
  model::TokenKind kind(size_t i) const { return toks_[i].kind; }
  // Lowercased text of token i.
  [[gnu::always_inline]] std::string_view lower(size_t i) const {
    return std::string_view(lower_ + toks_[i].span.begin, toks_[i].span.size());
  }
  // The same below `end`; "" at or after it.
  [[gnu::always_inline]] std::string_view lower(size_t i, size_t end) const {
    return i < end ? lower(i) : std::string_view();
  }
  // Tokens i and i+1 touch (no space between them), both below `end`.
  bool Touch(size_t i, size_t end) const { return i + 1 < end && !toks_[i + 1].space_before; }

 private:
  const model::Token* toks_;
  const char* lower_;
  const WordRecord* const* records_;
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

// A quick membership pre-test for small lexicons of lowercase words, keyed by
// the first two letters and the length: most words of a text fail it without
// hashing. False positives are possible, false negatives are not.
class WordFilter {
 public:
  void Add(std::string_view w) {
    size_t row = Row(w);
    if (row != kNone) {
      rows_[row] |= uint32_t{1} << Second(w);
    }
  }
  bool MayContain(std::string_view w) const {
    size_t row = Row(w);
    return row != kNone && (rows_[row] >> Second(w) & 1);
  }

 private:
  static constexpr size_t kNone = static_cast<size_t>(-1);
  // One 32-bit row per first letter and length (16 for longer words), one
  // bit per second byte's low five bits (0 for one-letter words).
  static size_t Row(std::string_view w) {
    if (w.empty()) {
      return kNone;
    }
    size_t c0 = static_cast<unsigned char>(w[0]) - static_cast<size_t>('a');
    if (c0 >= 26) {
      return kNone;  // only lowercase words are keys
    }
    size_t len = w.size() < 16 ? w.size() : 16;
    return c0 * 17 + len;
  }
  static uint32_t Second(std::string_view w) {
    return w.size() > 1 ? static_cast<unsigned char>(w[1]) & 31u : 0;
  }
  uint32_t rows_[26 * 17] = {};
};

// Where a quantity may start (QuantityTagger), tested token by token in a
// pass over every token: the time tagger's, which lists the starts for the
// quantity tagger (extract.cc), and the quantity tagger's own when it is
// given none. A number always starts one; a word when its record says so
// (WordRecord::quantity_start) and it is no common starter ("a", "in",
// "more" ...) without a partner word after it; a symbol when it is a
// currency sign ("$12bn"). The word lists are quantity.cc's, which marks
// them in a table of words (QuantityTagger::AddWords).
void AddQuantityStarters(WordTable& table);
// One of the commonest starters (`t`, of 1, 2 or 4 letters, passed the
// filter; `next` the word after it, "" at the end, and its record) opens a
// quantity here.
bool QuantityCommonWordStart(std::string_view t, std::string_view next,
                             const WordRecord& next_record);
bool QuantitySymbolStart(std::string_view s);

class QuantityStartTest {
 public:
  // Over tokens [0, n) of `raw`, whose words were looked up in a table
  // AddQuantityStarters marked.
  QuantityStartTest(const RawTokens& raw, size_t n) : raw_(raw), n_(n) {}
  // Word i, its lowercase text `t` and its record `r`.
  bool Word(size_t i, std::string_view t, const WordRecord& r) const {
    return r.quantity_start &&
           ((t.size() != 1 && t.size() != 2 && t.size() != 4) ||
            QuantityCommonWordStart(t, raw_.lower(i + 1, n_),
                                    i + 1 < n_ ? raw_.record(i + 1) : WordTable::Empty()));
  }
  // A symbol, its lowercase text `s`.
  static bool Symbol(std::string_view s) { return QuantitySymbolStart(s); }
  // Any token i.
  bool At(size_t i) const {
    const model::TokenKind kind = raw_.kind(i);
    if (kind == model::TokenKind::kNumber) {
      return true;
    }
    if (kind == model::TokenKind::kWord) {
      return Word(i, raw_.lower(i), raw_.record(i));
    }
    return kind == model::TokenKind::kSymbol && Symbol(raw_.lower(i));
  }

 private:
  const RawTokens raw_;
  const size_t n_;
};

// The tokens [first, end) of one time expression (TimeTagger::Tag lists
// them, QuantityTagger::Tag marks them as timed).
struct TimexTokens {
  uint32_t first = 0;
  uint32_t end = 0;
};

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
