#include "ingest/input_checks.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/utf8.h"

namespace claimgraph::ingest {

std::optional<std::string> BinaryReason(std::string_view bytes) {
  if (bytes.size() >= 2 &&
      ((bytes[0] == '\xFF' && bytes[1] == '\xFE') || (bytes[0] == '\xFE' && bytes[1] == '\xFF'))) {
    return std::string("UTF-16 text (byte-order mark ") + (bytes[0] == '\xFF' ? "FF FE" : "FE FF") +
           "): convert it to UTF-8";
  }
  if (const void* nul = std::memchr(bytes.data(), '\0', bytes.size())) {
    size_t at = static_cast<const char*>(nul) - bytes.data();
    auto lc = utf8::LocateByte(bytes, at);
    return "binary file: NUL byte at byte " + std::to_string(at) + " (line " +
           std::to_string(lc.line) + ")";
  }
  const size_t sample = std::min<size_t>(bytes.size(), kBinarySniffBytes);
  // Control characters other than \t \n \v \f \r (and DEL).
  static constexpr auto kControl = [] {
    std::array<uint8_t, 256> t{};
    for (int c = 0; c < 0x20; ++c) {
      t[c] = 1;
    }
    for (unsigned char c : {'\t', '\n', '\v', '\f', '\r'}) {
      t[c] = 0;
    }
    t[0x7F] = 1;
    return t;
  }();
  size_t control = 0;
  size_t i = 0;
#if defined(__SSE2__)
  // 16 bytes at a time: a byte <= 0x1F outside 0x09..0x0D, or 0x7F; the
  // matches (-1 each) are summed per byte lane, then the lanes added up.
  const __m128i zero = _mm_setzero_si128();
  while (i + 16 <= sample) {
    __m128i lanes = zero;
    for (int k = 0; k < 255 && i + 16 <= sample; ++k, i += 16) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes.data() + i));
      const __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(v, _mm_set1_epi8(0x1F)), v);
      const __m128i space = _mm_cmpeq_epi8(
          _mm_min_epu8(_mm_sub_epi8(v, _mm_set1_epi8('\t')), _mm_set1_epi8('\r' - '\t')),
          _mm_sub_epi8(v, _mm_set1_epi8('\t')));
      const __m128i del = _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F));
      lanes = _mm_sub_epi8(lanes, _mm_or_si128(_mm_andnot_si128(space, low), del));
    }
    const __m128i sums = _mm_sad_epu8(lanes, zero);
    control += static_cast<size_t>(_mm_cvtsi128_si32(sums)) +
               static_cast<size_t>(_mm_cvtsi128_si32(_mm_srli_si128(sums, 8)));
  }
#endif
  for (; i < sample; ++i) {
    control += kControl[static_cast<unsigned char>(bytes[i])];
  }
  // Text has next to no control characters; 5% of them is binary data.
  if (control >= 8 && control * 20 > sample) {
    return "binary file: " + std::to_string(control * 100 / sample) +
           "% control characters in the first " + std::to_string(sample) + " bytes";
  }
  return std::nullopt;
}

std::optional<std::string> Utf8Reason(std::string_view bytes) {
  size_t bad = utf8::FindInvalid(bytes);
  if (bad == utf8::kValid) {
    return std::nullopt;
  }
  auto lc = utf8::LocateByte(bytes, bad);
  return "invalid UTF-8 at byte " + std::to_string(bad) + " (line " + std::to_string(lc.line) +
         ", column " + std::to_string(lc.column) + ")";
}

std::optional<std::string> DeclaredLatin1ToUtf8(std::string_view bytes) {
  std::string head(bytes.substr(0, 1024));
  for (char& c : head) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c | 0x20);
    }
  }
  bool declared = false;
  for (std::string_view key : {"charset=", "encoding="}) {
    for (size_t at = head.find(key); at != std::string::npos && !declared;
         at = head.find(key, at + 1)) {
      std::string_view v = std::string_view(head).substr(at + key.size());
      while (!v.empty() && (v.front() == '"' || v.front() == '\'' || v.front() == ' ')) {
        v.remove_prefix(1);
      }
      for (std::string_view name :
           {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "windows-1252", "cp1252"}) {
        declared = declared || v.substr(0, name.size()) == name;
      }
    }
  }
  if (!declared) {
    return std::nullopt;
  }
  // Windows-1252 (what "iso-8859-1" means on the web): 0x80-0x9F are
  // typographic characters; the five unassigned bytes become U+FFFD.
  static constexpr char32_t k80To9F[32] = {
      0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char ch : bytes) {
    auto c = static_cast<unsigned char>(ch);
    if (c < 0x80) {
      out += ch;
    } else {
      utf8::Append(out, c < 0xA0 ? k80To9F[c - 0x80] : static_cast<char32_t>(c));
    }
  }
  return out;
}

bool IsBlank(std::string_view bytes) {
  return std::all_of(bytes.begin(), bytes.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  });
}

std::string_view StripBom(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    bytes.remove_prefix(3);
  }
  return bytes;
}

std::string FileStem(std::string_view path) {
  size_t slash = path.find_last_of('/');
  if (slash != std::string_view::npos) {
    path.remove_prefix(slash + 1);
  }
  size_t dot = path.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) {
    path = path.substr(0, dot);
  }
  return std::string(path);
}

std::optional<std::string> WholeFileProblem(std::string_view bytes, const ReaderOptions& options) {
  if (IsBlank(bytes)) {
    return bytes.empty() ? "empty file" : "empty file (white space only)";
  }
  if (bytes.size() > options.max_document_bytes) {
    return "file of " + std::to_string(bytes.size()) + " bytes is over the limit of " +
           std::to_string(options.max_document_bytes) + " bytes";
  }
  return BinaryReason(bytes);
}

std::optional<std::string> MarkupToUtf8(std::string_view& bytes,
                                        std::optional<std::string>& storage, const char* declared) {
  auto why = Utf8Reason(bytes);
  if (!why) {
    return std::nullopt;
  }
  storage = DeclaredLatin1ToUtf8(bytes);
  if (!storage) {
    return *why + " (and no Latin-1 / Windows-1252 " + declared + " declared)";
  }
  bytes = *storage;
  return std::nullopt;
}

std::optional<std::string> MarkupFileProblem(std::string_view& bytes,
                                             std::optional<std::string>& storage,
                                             const ReaderOptions& options, const char* declared) {
  if (auto why = WholeFileProblem(bytes, options)) {
    return why;
  }
  return MarkupToUtf8(bytes, storage, declared);
}

std::string CollapseSpace(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (IsMarkupSpace(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) {
      out += ' ';
    }
    space = false;
    out += c;
  }
  return out;
}

}  // namespace claimgraph::ingest
