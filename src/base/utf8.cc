#include "base/utf8.h"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimgraph::utf8 {

size_t FindInvalid(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    // Fast path: 64 ASCII bytes at a time (SSE2), then 32, then 8.
#if defined(__SSE2__)
    while (i + 64 <= n) {
      const auto* q = reinterpret_cast<const __m128i*>(p + i);
      const __m128i any =
          _mm_or_si128(_mm_or_si128(_mm_loadu_si128(q), _mm_loadu_si128(q + 1)),
                       _mm_or_si128(_mm_loadu_si128(q + 2), _mm_loadu_si128(q + 3)));
      if (_mm_movemask_epi8(any) != 0) {
        break;
      }
      i += 64;
    }
#endif
    while (i + 32 <= n) {
      uint64_t w[4];
      __builtin_memcpy(w, p + i, 32);
      if ((w[0] | w[1] | w[2] | w[3]) & 0x8080808080808080ULL) {
        break;
      }
      i += 32;
    }
    while (i + 8 <= n) {
      uint64_t w;
      __builtin_memcpy(&w, p + i, 8);
      if (w & 0x8080808080808080ULL) {
        break;
      }
      i += 8;
    }
    if (i >= n) {
      break;
    }
    unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len;
    uint32_t min;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + len > n) {
      return i;
    }
    uint32_t cp = c & (0xFF >> (len + 1));
    for (size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) {
        return i;
      }
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return i;
    }
    i += len;
  }
  return kValid;
}

char32_t Decode(std::string_view s, size_t& pos) {
  auto c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) {
    ++pos;
    return c;
  }
  size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : 4;
  char32_t cp = c & (0xFF >> (len + 1));
  for (size_t k = 1; k < len && pos + k < s.size(); ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[pos + k]) & 0x3F);
  }
  pos += len;
  return cp;
}

void Append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

size_t CodePointCount(std::string_view s) {
  size_t count = 0;
  for (unsigned char c : s) {
    count += (c & 0xC0) != 0x80;
  }
  return count;
}

OffsetMap::OffsetMap(std::string_view text) : text_(text) {
  checkpoints_.reserve(text.size() / 64 + 1);
  uint32_t cps = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % 64 == 0) {
      checkpoints_.push_back(cps);
    }
    cps += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  }
  if (cps == text.size()) {  // most news text is ASCII
    ascii_ = true;
    checkpoints_.clear();
  }
}

uint32_t OffsetMap::ToCodePoint(size_t byte) const {
  if (byte == 0) {
    return 0;
  }
  if (ascii_) {
    return static_cast<uint32_t>(std::min(byte, text_.size()));
  }
  size_t block = byte / 64;
  if (block >= checkpoints_.size()) {
    block = checkpoints_.size() - 1;
  }
  uint32_t cps = checkpoints_[block];
  for (size_t i = block * 64; i < byte && i < text_.size(); ++i) {
    cps += (static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80;
  }
  return cps;
}

LineCol LocateByte(std::string_view text, size_t pos) {
  LineCol lc;
  size_t line_start = 0;
  for (size_t i = 0; i < pos && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++lc.line;
      line_start = i + 1;
    }
  }
  lc.column = pos - line_start + 1;
  return lc;
}

}  // namespace claimgraph::utf8
