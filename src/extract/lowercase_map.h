// Internal to extract/: which bytes of a text are lowercase ASCII letters,
// one bit per byte, so the entity tagger tells a word of lowercase letters
// only ("said", "government": most words of a text) with one load and a
// mask instead of looking at its bytes. Made once per document, 32 bytes
// at a time, by Words (words.h) in the pass that lowercases the text; its
// memory is kept for the next document. Neighbour:
// entities.cc (DocTagger::MakeWords).
//
//   LowercaseMap map;
//   char lower[14];
//   map.Make("The mayor said", lower);  // lower: "the mayor said"
//   map.AllLowercase(4, 5);  // true: "mayor"
//   map.AllLowercase(0, 3);  // false: "The"
#ifndef CLAIMGRAPH_EXTRACT_LOWERCASE_MAP_H_
#define CLAIMGRAPH_EXTRACT_LOWERCASE_MAP_H_

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace claimgraph::extract {

class LowercaseMap {
 public:
  // The longest run AllLowercase answers for.
  static constexpr size_t kMaxSize = 56;

  // kLowBits[n]: the low n bits set; one load where a shift needs the
  // count moved into its register first (AllLowercase runs once a word).
  static constexpr auto kLowBits = [] {
    std::array<uint64_t, kMaxSize + 1> t{};
    for (size_t n = 0; n <= kMaxSize; ++n) {
      t[n] = (uint64_t{1} << n) - 1;
    }
    return t;
  }();

  // The map's bits through a raw pointer, for a loop that stores through
  // other pointers meanwhile (which could alias the vector's own, so it
  // would be loaded again each time). Valid until the next Make.
  class Reader {
   public:
    explicit Reader(const uint8_t* other) : other_(other) {}
    // Whether the `size` bytes from `begin` (1 <= size <= kMaxSize, inside
    // the text mapped) are all in 'a'..'z'.
    bool AllLowercase(size_t begin, size_t size) const {
      uint64_t m;
      std::memcpy(&m, other_ + (begin >> 3), 8);  // padded: 8 bytes are there
      m >>= begin & 7;                            // bit k: byte begin + k, for k below 57
      return (m & kLowBits[size]) == 0;
    }

   private:
    const uint8_t* other_;
  };

  // Maps `text` (replacing the last text mapped) and writes it with its
  // ASCII capitals lowered to `lower` (text.size() bytes) in the same pass:
  // Words' lowercase copy, made without a pass of its own ("Seoul said" ->
  // "seoul said").
  void Make(std::string_view text, char* lower);
  // For base::HandOver (the map's memory kept per thread for the next text).
  void clear() { other_.clear(); }
  void swap(LowercaseMap& o) noexcept { other_.swap(o.other_); }
  Reader reader() const { return Reader(other_.data()); }
  bool AllLowercase(size_t begin, size_t size) const { return reader().AllLowercase(begin, size); }

 private:
  // Bit k % 8 of byte k / 8 set: text byte k is no lowercase ASCII letter;
  // then 8 bytes of padding.
  std::vector<uint8_t> other_;
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_LOWERCASE_MAP_H_
