// UTF-8 helpers. Internally every span is a byte range into a document's
// UTF-8 text; the output speaks Unicode code points (NIF offsets), so the
// emitters convert through an OffsetMap built once per document.
#ifndef CLAIMGRAPH_BASE_UTF8_H_
#define CLAIMGRAPH_BASE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::utf8 {

// Where the first invalid sequence starts, or npos when `text` is valid UTF-8
// (no overlongs, no surrogates, nothing above U+10FFFF).
constexpr size_t kValid = static_cast<size_t>(-1);
size_t FindInvalid(std::string_view text);

// Decodes the code point at `pos` (valid UTF-8 assumed) and advances `pos`.
char32_t Decode(std::string_view text, size_t& pos);

// Appends the UTF-8 encoding of `cp`.
void Append(std::string& out, char32_t cp);

// Number of code points in `text`.
size_t CodePointCount(std::string_view text);

// Maps byte offsets of one text to code-point offsets in O(log n) per query,
// O(n / 64) memory.
class OffsetMap {
 public:
  explicit OffsetMap(std::string_view text);
  // `byte` must be at a code-point boundary or text.size().
  uint32_t ToCodePoint(size_t byte) const;

 private:
  std::string_view text_;
  bool ascii_ = false;                 // then a byte offset is its code point
  std::vector<uint32_t> checkpoints_;  // code points before byte i*64
};

// Line (1-based) and column (1-based, in bytes) of byte `pos`, for messages.
struct LineCol {
  size_t line = 1;
  size_t column = 1;
};
LineCol LocateByte(std::string_view text, size_t pos);

}  // namespace claimgraph::utf8

#endif  // CLAIMGRAPH_BASE_UTF8_H_
