#include "extract/lowercase_map.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimgraph::extract {

void LowercaseMap::Make(std::string_view text) {
  const size_t n = text.size();
  other_.resize((n + 15) / 16 * 2 + 8);
  uint8_t* out = other_.data();
  size_t pos = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time: a byte minus 'a' is at most 'z' - 'a' exactly
  // for a lowercase letter (a saturating subtraction of the range's width
  // then leaves zero), so the compare's mask bits are the letters.
  for (; pos + 16 <= n; pos += 16, out += 2) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
    const __m128i lower =
        _mm_cmpeq_epi8(_mm_subs_epu8(_mm_sub_epi8(v, _mm_set1_epi8('a')), _mm_set1_epi8('z' - 'a')),
                       _mm_setzero_si128());
    const unsigned other = static_cast<unsigned>(_mm_movemask_epi8(lower)) ^ 0xFFFFu;
    out[0] = static_cast<uint8_t>(other);
    out[1] = static_cast<uint8_t>(other >> 8);
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
  }
}

}  // namespace claimgraph::extract
