#include "extract/lowercase_map.h"

#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimgraph::extract {

void LowercaseMap::Make(std::string_view text, char* lower) {
  const size_t n = text.size();
  other_.resize((n + 31) / 32 * 4 + 8);
  uint8_t* out = other_.data();
  size_t pos = 0;
#if defined(__SSE2__)
  // Thirty-two bytes at a time, as two halves of sixteen: a byte minus 'a'
  // is at most 'z' - 'a' exactly for a lowercase letter (a saturating
  // subtraction of the range's width then leaves zero), so the compare's
  // mask bits are the letters; the capitals alike from 'A', whose bytes
  // take 0x20 when lowering ("Seoul" -> "seoul"). One 4-byte store per step.
  const __m128i a = _mm_set1_epi8('a'), width = _mm_set1_epi8('z' - 'a');
  const __m128i cap_a = _mm_set1_epi8('A'), case_bit = _mm_set1_epi8(0x20);
  auto in_range = [&](__m128i v, __m128i from) {
    return _mm_cmpeq_epi8(_mm_subs_epu8(_mm_sub_epi8(v, from), width), _mm_setzero_si128());
  };
  auto lower_bits = [&](size_t at) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + at));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(lower + at),
                     _mm_or_si128(v, _mm_and_si128(in_range(v, cap_a), case_bit)));
    return static_cast<uint32_t>(_mm_movemask_epi8(in_range(v, a)));
  };
  static_assert(std::endian::native == std::endian::little, "bit k of the mask: byte k");
  for (; pos + 32 <= n; pos += 32, out += 4) {
    const uint32_t other = ~(lower_bits(pos) | lower_bits(pos + 16) << 16);
    std::memcpy(out, &other, 4);  // little-endian: byte k holds the bits of bytes 8k..8k+7
  }
  if (pos + 16 <= n) {
    const uint32_t other = ~lower_bits(pos);
    out[0] = static_cast<uint8_t>(other);
    out[1] = static_cast<uint8_t>(other >> 8);
    pos += 16;
    out += 2;
  }
#endif
  // The rest byte by byte (all of it without SSE2), from a byte boundary of
  // the map.
  std::memset(out, 0, other_.data() + other_.size() - out);
  for (; pos < n; ++pos) {
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    if (static_cast<unsigned>(c - 'a') > static_cast<unsigned>('z' - 'a')) {
      other_[pos >> 3] |= static_cast<uint8_t>(1u << (pos & 7));
    }
    lower[pos] = static_cast<char>(c | (static_cast<unsigned char>(c - 'A') < 26 ? 0x20 : 0));
  }
}

}  // namespace claimgraph::extract
