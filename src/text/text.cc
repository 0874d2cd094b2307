// The segmenter: one left-to-right pass makes tokens and paragraphs, a second
// pass over the tokens of each paragraph finds sentence ends. Both are linear
// in the text; nothing allocates per token beyond the output vectors.
#include "text/text.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/is_in.h"
#include "base/utf8.h"

namespace claimgraph::text {
namespace {

using base::IsIn;
using model::Token;
using model::TokenKind;

enum class CharClass : uint8_t { kSpace, kBreak, kLetter, kDigit, kOther };

struct Char {
  char32_t cp = 0;
  uint32_t len = 0;  // 0 at the end of the text
  CharClass cls = CharClass::kOther;
};

constexpr std::array<CharClass, 128> MakeAsciiTable() {
  std::array<CharClass, 128> t{};
  for (auto& c : t) {
    c = CharClass::kOther;
  }
  for (int c = 0; c < 32; ++c) {
    t[c] = CharClass::kSpace;  // controls count as space
  }
  t[' '] = CharClass::kSpace;
  t['\n'] = CharClass::kBreak;
  t['\r'] = CharClass::kBreak;
  t['\v'] = CharClass::kBreak;
  t['\f'] = CharClass::kBreak;
  for (int c = 'a'; c <= 'z'; ++c) {
    t[c] = CharClass::kLetter;
  }
  for (int c = 'A'; c <= 'Z'; ++c) {
    t[c] = CharClass::kLetter;
  }
  for (int c = '0'; c <= '9'; ++c) {
    t[c] = CharClass::kDigit;
  }
  t[127] = CharClass::kSpace;
  return t;
}
constexpr std::array<CharClass, 128> kAscii = MakeAsciiTable();

// ASCII letters and digits: the bytes a word runs on without further tests.
constexpr std::array<bool, 256> MakeWordByteTable() {
  std::array<bool, 256> t{};
  for (int c = 0; c < 128; ++c) {
    t[c] = kAscii[c] == CharClass::kLetter || kAscii[c] == CharClass::kDigit;
  }
  return t;
}
constexpr std::array<bool, 256> kWordByte = MakeWordByteTable();

// ASCII bytes that end a word where its run of letters and digits stops: all
// but the apostrophe, hyphen and period (and the word bytes themselves).
constexpr std::array<bool, 256> MakeEndsWordTable() {
  std::array<bool, 256> t{};
  for (int c = 0; c < 128; ++c) {
    t[c] = c != '\'' && c != '-' && c != '.';
  }
  return t;
}
constexpr std::array<bool, 256> kEndsWord = MakeEndsWordTable();

constexpr std::array<bool, 256> MakeAsciiLetterTable() {
  std::array<bool, 256> t{};
  for (int c = 0; c < 128; ++c) {
    t[c] = kAscii[c] == CharClass::kLetter;
  }
  return t;
}
constexpr std::array<bool, 256> kAsciiLetter = MakeAsciiLetterTable();

// The punctuation that the loop over words takes right after a word as a
// token of its own ("said, adding", "rose. The"), as the general path would:
// one byte (a period with the periods after it), kPunct.
constexpr std::array<bool, 256> kPunctAfterWord = [] {
  std::array<bool, 256> t{};
  for (char c : std::string_view(",;:).")) {
    t[static_cast<unsigned char>(c)] = true;
  }
  return t;
}();

// The end of the run of ASCII letters and digits starting at `pos`: sixteen
// bytes at a time (SSE2), then eight (SWAR), then byte by byte near the end
// of the text.
[[gnu::always_inline]] inline size_t WordByteRun(std::string_view text, size_t pos) {
#if defined(__SSE2__)
  // Sixteen bytes at a time while they last: a letter folded to lowercase
  // minus 'a', or a byte minus '0', is in range when subtracting the range's
  // width (saturating) leaves zero.
  while (pos + 16 <= text.size()) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + pos));
    const __m128i letter =
        _mm_subs_epu8(_mm_sub_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8('a')),
                      _mm_set1_epi8('z' - 'a'));
    const __m128i digit =
        _mm_subs_epu8(_mm_sub_epi8(v, _mm_set1_epi8('0')), _mm_set1_epi8('9' - '0'));
    const __m128i word = _mm_cmpeq_epi8(_mm_min_epu8(letter, digit), _mm_setzero_si128());
    const unsigned stop = static_cast<unsigned>(_mm_movemask_epi8(word)) ^ 0xFFFFu;
    if (stop != 0) {
      return pos + static_cast<size_t>(std::countr_zero(stop));
    }
    pos += 16;
  }
#endif
  if constexpr (std::endian::native == std::endian::little) {
    constexpr uint64_t kOnes = 0x0101010101010101ull;
    constexpr uint64_t kHigh = 0x8080808080808080ull;
    while (pos + 8 <= text.size()) {
      uint64_t x;
      std::memcpy(&x, text.data() + pos, 8);
      const uint64_t h = x & ~kHigh;          // low seven bits of each byte
      const uint64_t l = h | (0x20 * kOnes);  // letters folded to lowercase
      const uint64_t letter = ((l + (0x80 - 'a') * kOnes) & ~(l + (0x7F - 'z') * kOnes)) & kHigh;
      const uint64_t digit = ((h + (0x80 - '0') * kOnes) & ~(h + (0x7F - '9') * kOnes)) & kHigh;
      const uint64_t stop = ~((letter | digit) & ~x) & kHigh;  // high bit: not a word byte
      if (stop != 0) {
        return pos + static_cast<size_t>(std::countr_zero(stop) / 8);
      }
      pos += 8;
    }
  }
  while (pos < text.size() && kWordByte[static_cast<unsigned char>(text[pos])]) {
    ++pos;
  }
  return pos;
}

// What the loop over words reads off 64 bytes of text at once.
struct BlockBits {
  uint64_t word;          // bit i: byte i is an ASCII letter or digit
  uint64_t space_letter;  // bit i: byte i is a space and byte i + 1 an ASCII letter
};

// The BlockBits of the 64 bytes from `p`, of which `avail` are there (the
// rest count as zero bytes: no bit is set for them). Bits 15, 31, 47 and 63
// of space_letter are never set (a space before the next 16 bytes, which
// the caller takes the slower way): each 16 bytes are tested apart.
//   "said the " -> word 0b011101111 (bits 0-3 and 5-7), space_letter bit 4.
inline BlockBits ClassifyBlock(const char* p, size_t avail) {
  char pad[64];
  if (avail < 64) {
    std::memset(pad, 0, sizeof pad);
    std::memcpy(pad, p, avail);
    p = pad;
  }
  uint64_t word = 0;
  uint64_t space_letter = 0;
#if defined(__SSE2__)
  for (int i = 0; i < 4; ++i) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * i));
    // A range test in two steps: adding 0x80 - first moves the range to the
    // bottom of the signed bytes (first -> -128), where one signed compare
    // finds it. Letters are folded to lowercase first (digits keep bit 0x20).
    const __m128i letter = _mm_cmplt_epi8(
        _mm_add_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8(0x80 - 'a')),
        _mm_set1_epi8(-128 + 26));
    const __m128i digit =
        _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(0x80 - '0')), _mm_set1_epi8(-128 + 10));
    const auto bits = [i](__m128i m) {
      return static_cast<uint64_t>(static_cast<uint16_t>(_mm_movemask_epi8(m))) << (16 * i);
    };
    word |= bits(_mm_or_si128(letter, digit));
    // Byte j a space, byte j + 1 a letter: the letter bytes moved one down.
    space_letter |=
        bits(_mm_and_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')), _mm_srli_si128(letter, 1)));
  }
#else
  for (int i = 0; i < 64; ++i) {
    const auto c = static_cast<unsigned char>(p[i]);
    word |= static_cast<uint64_t>(kWordByte[c]) << i;
    if (i % 16 != 15) {
      space_letter |=
          static_cast<uint64_t>(c == ' ' && kAsciiLetter[static_cast<unsigned char>(p[i + 1])])
          << i;
    }
  }
#endif
  return {word, space_letter};
}

CharClass ClassifyNonAscii(char32_t cp) {
  if (cp == 0x2028 || cp == 0x2029 || cp == 0x85) {
    return CharClass::kBreak;
  }
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(cp))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:  // non-ASCII digits travel with words
      return CharClass::kLetter;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:  // BOM, zero-width space, soft hyphen
      return CharClass::kSpace;
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
      return CharClass::kBreak;
    default:
      return CharClass::kOther;
  }
}

[[gnu::noinline]] Char AtNonAscii(std::string_view text, size_t pos) {
  size_t next = pos;
  char32_t cp = utf8::Decode(text, next);
  return {cp, static_cast<uint32_t>(next - pos), ClassifyNonAscii(cp)};
}

// The character at `pos` (len 0 at the end); ASCII without a call.
inline Char At(std::string_view text, size_t pos) {
  if (pos >= text.size()) {
    return {};
  }
  unsigned char b = static_cast<unsigned char>(text[pos]);
  if (b < 0x80) {
    [[likely]] return {b, 1, kAscii[b]};
  }
  return AtNonAscii(text, pos);
}

bool IsWordChar(const Char& c) { return c.cls == CharClass::kLetter || c.cls == CharClass::kDigit; }
bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }
bool IsInnerHyphen(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }
bool IsDash(char32_t cp) { return cp == 0x2012 || cp == 0x2013 || cp == 0x2014 || cp == 0x2015; }

// Letters from `pos` up to the first non-letter; returns the count and where it stopped.
size_t LetterRun(std::string_view text, size_t pos, size_t* end) {
  size_t n = 0;
  for (Char c = At(text, pos); c.cls == CharClass::kLetter; c = At(text, pos)) {
    pos += c.len;
    ++n;
  }
  *end = pos;
  return n;
}

// The word [begin, end) that ScanWord read may end a sentence: it ends in a
// period ("U.S.", "Inc."). The sentence pass looks at such words and at ". !
// ? ... …" only (Tokenized::terminators).
bool EndsInPeriod(std::string_view text, size_t begin, size_t end) {
  return end - begin > 1 && text[end - 1] == '.';
}

// A word starting at `pos` (a letter): letters and digits, with inner
// apostrophes ("North's"), inner hyphens ("Il-hoon", "KN-23") and the periods
// of short-segment abbreviations ("U.S.", "a.m.", "Ph.D.").
// ScanWord goes on from `run`, where the word's first run of ASCII letters
// and digits (from `pos`) ended; the caller took the words that end there.
size_t ScanWord(std::string_view text, size_t pos, size_t run) {
  size_t segment = 0;  // letters since the start or the last inner period
  bool dotted = false;
  for (bool first = true;; first = false) {
    // Fast path: a run of ASCII letters and digits.
    if (!first) {
      run = WordByteRun(text, pos);
    }
    segment += run - pos;
    pos = run;
    if (pos >= text.size()) {
      break;
    }
    // Any other ASCII byte but an apostrophe, hyphen or period ends the word.
    if (kEndsWord[static_cast<unsigned char>(text[pos])]) {
      break;
    }
    Char c = At(text, pos);
    if (IsWordChar(c)) {
      pos += c.len;
      ++segment;
      continue;
    }
    if (c.len == 0) {
      break;
    }
    Char next = At(text, pos + c.len);
    if (IsApostrophe(c.cp) && next.cls == CharClass::kLetter && segment > 0) {
      pos += c.len;
      continue;
    }
    if (IsInnerHyphen(c.cp) && IsWordChar(next) && !dotted) {
      pos += c.len;
      segment = 0;
      continue;
    }
    if (c.cp == '.') {
      if (segment <= 3 && next.cls == CharClass::kLetter) {
        size_t run_end = 0;
        size_t run = LetterRun(text, pos + 1, &run_end);
        if (run <= 3 && At(text, run_end).cp == '.') {
          pos = run_end;
          segment = run;
          dotted = true;
          continue;
        }
      }
      if (dotted) {
        ++pos;  // the abbreviation's own final period: "U.S."
      }
    }
    break;
  }
  return pos;
}

// Digits with inner thousands/decimal separators: "1,100", "3.5".
size_t ScanNumber(std::string_view text, size_t pos) {
  const char* const s = text.data();
  const size_t n = text.size();
  auto digit = [s](size_t i) { return static_cast<unsigned char>(s[i] - '0') < 10; };
  for (;;) {
    while (pos < n && digit(pos)) {
      ++pos;
    }
    if (pos + 1 < n && (s[pos] == ',' || s[pos] == '.') && digit(pos + 1)) {
      pos += 2;
      continue;
    }
    return pos;
  }
}

bool IsOpeningContext(const Token* prev, bool space_before) {
  if (prev == nullptr || space_before) {
    return true;
  }
  return prev->kind == TokenKind::kOpenQuote ||
         (prev->kind == TokenKind::kPunct && prev->span.size() >= 1);  // "(", "—"
}

// Words after which a line never ends a paragraph, headline or list line:
// articles, prepositions, conjunctions, possessives ("the", "of", "and").
bool IsLinkWord(std::string_view w) {
  switch (w[0]) {
    case 'a':
      return IsIn(w, {"a", "an", "and", "at", "as"});
    case 'b':
      return IsIn(w, {"by", "but"});
    case 'f':
      return IsIn(w, {"for", "from"});
    case 'h':
      return IsIn(w, {"his", "her"});
    case 'i':
      return IsIn(w, {"its", "into"});
    case 'n':
      return IsIn(w, {"nor"});
    case 'o':
      return IsIn(w, {"of", "or", "our"});
    case 't':
      return IsIn(w, {"the", "to", "than", "their"});
    case 'w':
      return IsIn(w, {"with"});
    default:
      return false;
  }
}

// Whether the first line of `s` (its first `split` bytes) is `title`, or the
// first two lines (up to `end`) begin it, comparing letters and digits only,
// ASCII case folded ("Port fees rise." is "PORT FEES RISE"). One pass that
// stops at the first difference.
bool IsTitleLine(const char* s, size_t split, size_t end, std::string_view title) {
  auto alnum = [](unsigned char c) { return c >= 0x80 || kWordByte[c]; };
  auto fold = [](unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; };
  auto skip = [&](size_t j) {
    while (j < title.size() && !alnum(static_cast<unsigned char>(title[j]))) {
      ++j;
    }
    return j;
  };
  size_t j = 0;
  for (size_t i = 0; i < end; ++i) {
    if (i == split && (j = skip(j)) == title.size()) {
      return true;  // the first line is the title
    }
    const auto c = static_cast<unsigned char>(s[i]);
    if (!alnum(c)) {
      continue;
    }
    j = skip(j);
    if (j == title.size() || fold(static_cast<unsigned char>(title[j])) != fold(c)) {
      return false;
    }
    ++j;
  }
  return true;  // the two lines begin the title: a wrapped headline
}

// Whether the text's first line, `length` bytes short of wrap width (a
// dateline such as "BOSTON, March 3 - " cut from its start), goes on the
// line at `next`: when that line is of wrap width (50 to 100 bytes) and
// itself goes on (ends in no . ! ? : ; quote or non-ASCII byte), and the
// first line is no headline. Where the document's `title` is known, the
// headline is the title: a first line that is not the title, and with the
// line after it does not begin the title (a wrapped headline), is text
// ("Lindby Harbour Crane" before "Holdings Inc said ..." under the title
// "LINDBY HARBOUR <LHC> ORDERS CRANES"). Otherwise a
// headline is in capitals or has every word capitalized ("Port Fees Rise
// Again"), unless it ends in a comma or a possessive ("Acme Corp's", "The
// Harbour Board,").
bool FirstLineContinues(const char* s, size_t size, size_t length, size_t next,
                        std::string_view title) {
  const void* feed = std::memchr(s + next, '\n', size - next);
  if (feed == nullptr) {
    return false;
  }
  size_t end = static_cast<size_t>(static_cast<const char*>(feed) - s);
  while (end > next && (s[end - 1] == ' ' || s[end - 1] == '\r')) {
    --end;
  }
  const size_t next_length = end - next;
  const unsigned char lc = static_cast<unsigned char>(s[end - 1]);
  if (next_length < 50 || next_length > 100 || lc >= 0x80 ||
      std::string_view(".!?:;\"'").find(static_cast<char>(lc)) != std::string_view::npos) {
    return false;
  }
  if (!title.empty()) {
    return !IsTitleLine(s, length, end, title);
  }
  const char tail = s[length - 1];
  if (tail == ',' || tail == '\'' || (tail == 's' && length >= 2 && s[length - 2] == '\'')) {
    return true;
  }
  // A headline: no lowercase letter at the start of a word ("Fees"), and
  // so none at all in capitals. Letters after a letter, digit or
  // apostrophe ("Corp's") are inside a word.
  for (size_t i = 0; i < length; ++i) {
    const char c = s[i];
    if (c >= 'a' && c <= 'z' &&
        (i == 0 || !(kWordByte[static_cast<unsigned char>(s[i - 1])] || s[i - 1] == '\''))) {
      return true;
    }
  }
  return false;
}

// Whether `token`, the first of a line, goes on the paragraph of `last`,
// the last token of the line before, as hard-wrapped text: after a single
// line feed, on an unindented line, a capital, digit or "<" ("March", "1,200")
// that starts no numbered item ("2. ", "3) ") after a word (not "U.S."),
// number, comma or hyphen ending a line of wrap width (50 to 100 bytes:
// shorter lines are headlines, list lines or bylines, longer ones whole
// paragraphs) or a link word ("of"). Lines ending a sentence (". ! ? : ;" or
// a quote) start a paragraph.
bool IsSentenceOpener(std::string_view w);

// Whether the period ending at `end` closes a middle initial after a first
// name: "said Jane R." (a capital letter after a capitalised word).
bool EndsMiddleInitial(const char* s, size_t end) {
  if (end < 5 || s[end - 1] != '.' || s[end - 2] < 'A' || s[end - 2] > 'Z' || s[end - 3] != ' ' ||
      s[end - 4] < 'a' || s[end - 4] > 'z') {
    return false;
  }
  size_t b = end - 4;
  while (b > 0 && s[b - 1] >= 'a' && s[b - 1] <= 'z') {
    --b;
  }
  return b > 0 && s[b - 1] >= 'A' && s[b - 1] <= 'Z' && (b == 1 || s[b - 2] == ' ');
}

bool ContinuesWrapped(const char* s, size_t size, const Token& last, model::Span token,
                      std::string_view title) {
  const unsigned char first = static_cast<unsigned char>(s[token.begin]);
  // ("<" opens a company's name as newswires mark it: "said it and\n<Lindby
  // Inc> will ...".)
  if (!((first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9') || first == '(' ||
        first == '<') ||
      s[token.begin - 1] != '\n') {
    return false;  // not a capital, digit, parenthesis or "<", or after an indent
  }
  const char lc = s[last.span.end - 1];
  // The line feed before the last line (no token holds one), or none:
  // searched for once, where a rule below first asks.
  const void* feed = nullptr;
  bool searched = false;
  auto line_feed = [&] {
    if (!searched) {
      feed = memrchr(s, '\n', last.span.begin);
      searched = true;
    }
    return static_cast<const char*>(feed);
  };
  // "Lindby Corp said <Norvane\nShipping Ltd> will": a line break inside a
  // name in newswire angle brackets (a "<" on the line before, with no ">"
  // after it). Only that line is searched, so the cost is the line's length.
  if (last.kind == TokenKind::kWord) {
    const char* const end = s + last.span.end;
    const char* const line = line_feed() == nullptr ? s : line_feed() + 1;
    const auto* open = static_cast<const char*>(memrchr(line, '<', end - line));
    if (open != nullptr && open + 1 < end && memchr(open, '>', end - open) == nullptr) {
      return true;
    }
  }
  // "said Jane R.\nRoe, the firm's president": a name wrapped after its
  // middle initial goes on, unless a sentence opener follows ("J.\nThe").
  const bool initial = lc == '.' && EndsMiddleInitial(s, last.span.end) && first >= 'A' &&
                       first <= 'Z' &&
                       !IsSentenceOpener(std::string_view(s + token.begin, token.size()));
  if (!(last.kind == TokenKind::kWord || last.kind == TokenKind::kNumber || lc == ',' ||
        (last.kind == TokenKind::kPunct && lc == '-') || initial) ||
      (lc == '.' && !initial)) {
    return false;
  }
  // One line feed: none before the one that ends the line.
  if (std::memchr(s + last.span.end, '\n', token.begin - 1 - last.span.end) != nullptr) {
    return false;
  }
  const size_t end = token.end;
  if (end - token.begin <= 2 && end + 1 < size && (s[end] == '.' || s[end] == ')') &&
      s[end + 1] == ' ') {
    return false;  // "2. Next item"
  }
  const size_t line_start = line_feed() == nullptr ? 0 : static_cast<size_t>(line_feed() - s) + 1;
  const size_t length = last.span.end - line_start;
  if (length >= 50 && length <= 100) {
    // Hard-wrapped text goes on in a line no longer than the one before; a
    // longer line after a line of this length is a paragraph after a
    // heading ("Talks on the Border Dispute\nIn a statement on ...").
    const void* next_feed = std::memchr(s + token.begin, '\n', size - token.begin);
    const size_t next_end =
        next_feed == nullptr ? size : static_cast<size_t>(static_cast<const char*>(next_feed) - s);
    return next_end - token.begin <= 100;
  }
  if (initial) {
    return false;  // a short line's initial: a list or a byline
  }
  if (last.kind == TokenKind::kWord &&
      IsLinkWord(std::string_view(s + last.span.begin, last.span.size()))) {
    return true;
  }
  return line_feed() == nullptr && length < 50 &&
         FirstLineContinues(s, size, length, token.begin, title);
}

// Drops from `paragraph_first` the starts that go on a hard-wrapped line
// (ContinuesWrapped), once the tokens are known.
[[gnu::noinline]] void DropWrappedStarts(const char* s, size_t size, const Token* tokens,
                                         std::string_view title,
                                         std::vector<uint32_t>& paragraph_first) {
  size_t kept = 0;
  for (uint32_t first : paragraph_first) {
    if (first == 0 || !ContinuesWrapped(s, size, tokens[first - 1], tokens[first].span, title)) {
      paragraph_first[kept++] = first;
    }
  }
  paragraph_first.resize(kept);
}

// Per-thread buffers of one document's tokenization: their memory passes
// from one document to the next.
struct Tokenized {
  std::vector<uint32_t> paragraph_first;  // first token index of each paragraph
  std::vector<uint32_t> terminators;      // indices of the tokens that may end a sentence
};

// Tokenizes `text` (of a document titled `title`, or untitled) into `tokens`
// (those of a document before, or none), its paragraph starts and
// terminators into `out`. The tokens are written where they stay (no scratch
// copy), through a pointer up to the vector's size (grown as they need), not
// pushed to; only the elements past those of the document before are
// constructed for that.
[[gnu::noinline]] void Tokenize(std::string_view text, std::string_view title, Tokenized& out,
                                std::vector<Token>& tokens) {
  out.paragraph_first.clear();
  out.terminators.clear();
  // Memory for most text: news averages 6 to 7 bytes a token (Reuters 6.7),
  // so a token for every five bytes, reserved (by doubling) but not
  // constructed. The vector starts at the size the document before left it
  // and grows (constructing each element it grows by: 12 bytes, about five
  // instructions) only as far as the tokens need, by about as many as the
  // rest of the text holds (a token for every eight bytes) and 16 more.
  // Resizing to a token for every five bytes at the start constructed 0.1 M
  // instructions more on the 1 MB slice; a token for every four, 0.45 M.
  if (const size_t need = text.size() / 5 + 16; tokens.capacity() < need) {
    tokens.reserve(std::max(need, 2 * tokens.capacity()));
  }
  Token* base = tokens.data();
  Token* w = base;  // the next token
  Token* w_end = base + tokens.size();
  const char* const s = text.data();
  const size_t size = text.size();
  size_t pos = 0;
  bool space = false;
  bool broken = true;  // a line break since the last token
  int newlines = 0;    // line feeds since the last token
  // A token starts a paragraph after a line break unless a hard-wrapped line
  // goes on: a single line break before a lowercase word, after a line that
  // did not end a sentence ("... regularly\nincites ..."); other line starts
  // are weighed once the text is done (ContinuesWrapped). `lower_word`: the
  // token is a word starting with an ASCII lowercase letter.
  auto paragraph = [&](bool lower_word) {
    if (newlines == 1 && w != base && lower_word) {
      const Token& last = w[-1];
      char lc = s[last.span.end - 1];
      // "the Exporting Countries'\nefforts": a plural's possessive
      // apostrophe ends no sentence either.
      const bool possessive = last.kind == TokenKind::kCloseQuote && last.span.begin > 0 &&
                              s[last.span.begin - 1] == 's' &&
                              (lc == '\'' || (last.span.size() == 3 && lc == '\x99'));
      // "<Lindby Inc>\nsaid": nor a name's closing angle bracket.
      if (last.kind == TokenKind::kWord || last.kind == TokenKind::kNumber || lc == ',' ||
          (last.kind == TokenKind::kPunct && lc == '-') || possessive || lc == '>') {
        return;  // "... issuing a 100\nmln dlr bond"
      }
    }
    out.paragraph_first.push_back(static_cast<uint32_t>(w - base));
  };
  auto grow = [&] {
    const size_t done = static_cast<size_t>(w - base);
    tokens.resize(tokens.size() + (size - pos) / 8 + 16);
    base = tokens.data();
    w = base + done;
    w_end = base + tokens.size();
  };
  // Bit i of nonword_mask: byte block + i is no ASCII letter or digit (none
  // classified yet: the first word classifies).
  size_t block = static_cast<size_t>(0) - 64;
  uint64_t nonword_mask = 0;
  uint64_t spaced_mask = 0;  // BlockBits::space_letter of that block
  while (pos < size) {
    unsigned char b = static_cast<unsigned char>(s[pos]);
    // The common word: ASCII letters and digits from an ASCII letter up to a
    // byte that ends any word. Words separated by single spaces or by a line
    // feed (and an indent), each with a comma, colon, semicolon, closing
    // parenthesis or full stop after it or none ("traders said, adding"),
    // are taken in a loop of their own, on copies of the few values it needs
    // (the loop over every token keeps too many to hold them in registers):
    // about 25 instructions a word instead of 50. It leaves at a byte that
    // starts no word; at a word that ScanWord must read, the general path
    // below takes it.
    if (kAsciiLetter[b]) {
      if (broken) {
        // Asked of the word whether the loop or the general path takes it.
        paragraph(b >= 'a');
        broken = false;
        newlines = 0;
      }
      if (w_end - w < 2) [[unlikely]] {
        grow();  // room for a word and a punctuation mark
      }
      size_t p = pos;
      Token* o = w;
      size_t blk = block;
      uint64_t nonword = nonword_mask;
      uint64_t spaced = spaced_mask;
      bool sp = space;
      bool scan = false;                // the word at p needs the general path
      Token* const o_last = w_end - 1;  // while o < o_last, room for two tokens
      // The block's non-word bits at p and after it; none when p lies past
      // the block ("said the" from p = 0: the bits of 4 and 8 on).
      const auto nonword_from = [&](size_t at) {
        const size_t off = at - blk;
        return off < 64 ? nonword >> off << off : 0;
      };
      uint64_t rest = nonword_from(p);
      for (;;) {
        // The run's end: the lowest of those bits, or, when the word runs
        // past the block, where the word bytes of the next 64 stop. A word
        // that runs on into the next block is followed there (the blocks
        // are classified one after another: about one a 64 bytes of text,
        // not one at every word that crosses a block's end); after the
        // general path, the block is classified from p.
        if (rest == 0) {
          blk = p - blk < 64 ? blk + 64 : p;
          const BlockBits bits = ClassifyBlock(s + blk, size - blk);
          nonword = ~bits.word;
          spaced = bits.space_letter;
          rest = nonword;
          if (rest == 0) {
            scan = true;  // a run of 64 letters and digits or more
            break;
          }
        }
        size_t run_off = static_cast<unsigned>(std::countr_zero(rest));
        // Most words: one space after the word and a letter after it ("said
        // the"), one bit of the block to test instead of two bytes of text
        // and their bounds. The next word's end is then the lowest bit left
        // once the space's is cleared, and the words of such a run are taken
        // in a loop of their own (about 13 instructions a word; 36 reading
        // the bytes, 21 shifting the block's bits down to p). It leaves at
        // the first word ended otherwise, whose end is then known, or at
        // the block's end.
        if ((spaced >> run_off & 1) != 0) {
          *o++ = Token{{static_cast<uint32_t>(p), static_cast<uint32_t>(blk + run_off)},
                       TokenKind::kWord,
                       sp};
          sp = true;
          p = blk + run_off + 1;
          rest &= rest - 1;
          // The run's words after the first; `bounded`: with a test of the
          // room left at each, where there may be less than for the 32
          // words a block holds at most (a letter and a space each).
          const auto run_of_words = [&](auto bounded) {
            for (; rest != 0; rest &= rest - 1) {
              if (bounded && o >= o_last) {
                break;
              }
              run_off = static_cast<unsigned>(std::countr_zero(rest));
              if ((spaced >> run_off & 1) == 0) {
                break;
              }
              *o++ = Token{{static_cast<uint32_t>(p), static_cast<uint32_t>(blk + run_off)},
                           TokenKind::kWord,
                           true};
              p = blk + run_off + 1;
            }
          };
          if (o_last - o > 32) {
            run_of_words(std::false_type());
          } else {
            run_of_words(std::true_type());
          }
          if (rest == 0) {
            if (o < o_last) {
              continue;
            }
            break;
          }
          if (o >= o_last) {
            break;
          }
        }
        const size_t run = blk + run_off;
        const unsigned char next = run < size ? static_cast<unsigned char>(s[run]) : 0;
        if (next == ' ') {  // the common space after a word, taken here
          *o++ =
              Token{{static_cast<uint32_t>(p), static_cast<uint32_t>(run)}, TokenKind::kWord, sp};
          sp = true;
          p = run + 1;
          rest &= rest - 1;  // the space's bit
          if (p < size && kAsciiLetter[static_cast<unsigned char>(s[p])] && o < o_last) {
            continue;
          }
          // A number after the word ("of 155,221 bags", "at 5.93 mln"), as
          // the general path would take it: the loop goes on where a space
          // and a letter follow it.
          if (p < size && static_cast<unsigned char>(s[p] - '0') < 10 && o < o_last) {
            const size_t end = ScanNumber(text, p);
            *o++ = Token{
                {static_cast<uint32_t>(p), static_cast<uint32_t>(end)}, TokenKind::kNumber, true};
            sp = end < size && s[end] == ' ';
            p = end + (sp ? 1 : 0);
            if (sp && p < size && kAsciiLetter[static_cast<unsigned char>(s[p])] && o < o_last) {
              rest = nonword_from(p);
              continue;
            }
          }
          break;
        }
        // An apostrophe or hyphen goes on the word (ScanWord), and so does a
        // period after at most three letters before a letter ("U.S.", "a.m.":
        // a byte from 0x80 may begin one); 0 ends a word. ScanWord reads it
        // as the general path would, and the loop goes on where a space and
        // a letter follow it ("the U.S. said", "it's not").
        if (!kEndsWord[next] &&
            (next != '.' || (run - p <= 3 && run + 1 < size &&
                             (kAsciiLetter[static_cast<unsigned char>(s[run + 1])] ||
                              static_cast<unsigned char>(s[run + 1]) >= 0x80)))) {
          const size_t end = ScanWord(text, p, run);
          if (EndsInPeriod(text, p, end)) {
            out.terminators.push_back(static_cast<uint32_t>(o - base));
          }
          *o++ =
              Token{{static_cast<uint32_t>(p), static_cast<uint32_t>(end)}, TokenKind::kWord, sp};
          sp = end < size && s[end] == ' ';
          p = end + (sp ? 1 : 0);
          if (sp && p < size && kAsciiLetter[static_cast<unsigned char>(s[p])] && o < o_last) {
            rest = nonword_from(p);
            continue;
          }
          break;
        }
        *o++ = Token{{static_cast<uint32_t>(p), static_cast<uint32_t>(run)}, TokenKind::kWord, sp};
        size_t end = run;  // past the word and the punctuation after it
        if (kPunctAfterWord[next]) {
          ++end;
          if (next == '.') {
            while (end < size && s[end] == '.') {
              ++end;  // "..." is one token
            }
            out.terminators.push_back(static_cast<uint32_t>(o - base));
          }
          *o++ = Token{
              {static_cast<uint32_t>(run), static_cast<uint32_t>(end)}, TokenKind::kPunct, false};
        }
        sp = end < size && s[end] == ' ';
        p = end + (sp ? 1 : 0);
        if (!sp && end < size && s[end] == '\n') {
          // One line feed and an indent or none before a letter: the loop
          // goes on at the letter, as the general path would after
          // asking `paragraph` ("said\nthe" goes on the paragraph, "said.\n
          // The" and "said\nThe" start one, the latter perhaps to be
          // dropped as a hard-wrapped line by DropWrappedStarts).
          size_t q = end + 1;
          while (q < size && s[q] == ' ') {
            ++q;
          }
          if (q < size && kAsciiLetter[static_cast<unsigned char>(s[q])] && o < o_last) {
            const bool goes_on =
                s[q] >= 'a' && (o[-1].kind == TokenKind::kWord || s[end - 1] == ',');
            if (!goes_on) {
              out.paragraph_first.push_back(static_cast<uint32_t>(o - base));
            }
            sp = true;
            p = q;
            rest = nonword_from(p);
            continue;
          }
          break;
        }
        if (!sp || p >= size || !kAsciiLetter[static_cast<unsigned char>(s[p])] || o >= o_last) {
          break;
        }
        rest = nonword_from(p);
      }
      pos = p;
      w = o;
      block = blk;
      nonword_mask = nonword;
      spaced_mask = spaced;
      space = sp;
      if (!scan) {
        continue;
      }
      b = static_cast<unsigned char>(s[pos]);
    }
    if (b == ' ') {  // the common spaces without decoding: "    The" indents a paragraph
      space = true;
      do {
        ++pos;
      } while (pos < size && s[pos] == ' ');
      continue;
    }
    const Char c = b < 0x80 ? Char{b, 1, kAscii[b]} : AtNonAscii(text, pos);
    if (c.cls == CharClass::kSpace || c.cls == CharClass::kBreak) {
      space = true;
      if (c.cls == CharClass::kBreak) {
        broken = true;
        if (c.cp != '\r') {
          ++newlines;
        }
      }
      pos += c.len;
      continue;
    }
    size_t end = pos + c.len;
    TokenKind kind = TokenKind::kSymbol;
    bool terminator = false;
    // The token before on the same line, asked only by quotes.
    auto prev = [&]() -> const Token* { return w == base || broken ? nullptr : w - 1; };
    if (c.cls == CharClass::kLetter) {
      // Most words are one run of ASCII letters and digits ended by a byte
      // that ends any word; only the others need ScanWord.
      const size_t run = WordByteRun(text, pos);
      if (run < size && !kEndsWord[static_cast<unsigned char>(s[run])]) {
        end = ScanWord(text, pos, run);
        terminator = EndsInPeriod(text, pos, end);
      } else {
        end = run;  // ends in a letter or digit
      }
      kind = TokenKind::kWord;
    } else if (c.cls == CharClass::kDigit) {
      end = ScanNumber(text, pos);
      kind = TokenKind::kNumber;
    } else {
      switch (c.cp) {
        case 0x201C:
        case 0x201E:
        case 0x00AB:
        case 0x2039:
        case 0x2018:
        case 0x201A:
          kind = TokenKind::kOpenQuote;
          break;
        case 0x201D:
        case 0x00BB:
        case 0x203A:
          kind = TokenKind::kCloseQuote;
          break;
        case '"': {
          // Opening after a space or bracket and before text: ' "We', ',"We'.
          Char after = At(text, end);
          bool before_text =
              after.len != 0 && after.cls != CharClass::kSpace && after.cls != CharClass::kBreak;
          kind = IsOpeningContext(prev(), space) && before_text ? TokenKind::kOpenQuote
                                                                : TokenKind::kCloseQuote;
          break;
        }
        case '\'':
        case 0x2019:
        case 0x02BC:
          // Closing unless it opens a quotation: ' Go' after a space.
          kind = IsOpeningContext(prev(), space) && IsWordChar(At(text, end)) &&
                         !(At(text, end).cls == CharClass::kDigit)
                     ? TokenKind::kOpenQuote
                     : TokenKind::kCloseQuote;
          if (c.cp != '\'' && kind == TokenKind::kOpenQuote) {
            kind = TokenKind::kSymbol;  // ’em
          }
          if (At(text, end).cls == CharClass::kDigit) {
            kind = TokenKind::kSymbol;  // ’90s
          }
          break;
        case '.':
          while (At(text, end).cp == '.') {
            ++end;  // "..." is one token
          }
          kind = TokenKind::kPunct;
          terminator = true;
          break;
        case '!':
        case '?':
          while (At(text, end).cp == '!' || At(text, end).cp == '?') {
            ++end;
          }
          kind = TokenKind::kPunct;
          terminator = true;
          break;
        case '-':
          while (At(text, end).cp == '-') {
            ++end;  // "--"
          }
          kind = TokenKind::kPunct;
          break;
        case 0x2026:
          kind = TokenKind::kPunct;
          terminator = true;
          break;
        case ',':
        case ';':
        case ':':
        case '(':
        case ')':
        case '[':
        case ']':
        case '{':
        case '}':
        case 0x2010:
        case 0x2011:
          kind = TokenKind::kPunct;
          break;
        default:
          kind = IsDash(c.cp) ? TokenKind::kPunct : TokenKind::kSymbol;
      }
    }
    if (broken) {
      paragraph(c.cls == CharClass::kLetter && c.cp >= 'a' && c.cp <= 'z');
    }
    // A terminator, decided above where the token's kind and first character
    // are at hand: a word ending in a period ("U.S."), or ". ! ? ... …".
    if (terminator) {
      out.terminators.push_back(static_cast<uint32_t>(w - base));
    }
    if (w == w_end) [[unlikely]] {
      grow();
    }
    *w++ = Token{{static_cast<uint32_t>(pos), static_cast<uint32_t>(end)}, kind, space};
    space = end < size && s[end] == ' ';  // the common space after the token, taken here
    broken = false;
    newlines = 0;
    pos = end + (space ? 1 : 0);
  }
  DropWrappedStarts(s, size, base, title, out.paragraph_first);
  tokens.resize(static_cast<size_t>(w - base));
}

// ---------------------------------------------------------------- sentences

// The word lists below are split by first letter: a word is compared with the
// few that share it, not the whole list.

// Abbreviations that never end a sentence when followed by a period: titles
// and the like ("Lt. Gen. Smith", "Dr. Lee", "vs. Chelsea").
bool IsTitleAbbreviation(std::string_view w) {
  if (w.empty()) {
    return false;
  }
  switch (w[0]) {
    case 'A':
      return IsIn(w, {"Adm", "Amb", "Atty"});
    case 'B':
      return IsIn(w, {"Brig"});
    case 'C':
      return IsIn(w, {"Col", "Capt", "Cpt", "Cpl", "Cmdr", "Cdr"});
    case 'D':
      return IsIn(w, {"Dr", "Det", "Dep", "Dist"});
    case 'F':
      return IsIn(w, {"Fr", "Ft"});
    case 'G':
      return IsIn(w, {"Gen", "Gov", "Gens"});
    case 'H':
      return IsIn(w, {"Hon"});
    case 'I':
      return IsIn(w, {"Insp"});
    case 'L':
      return IsIn(w, {"Lt", "Lieut"});
    case 'M':
      return IsIn(w, {"Mr", "Mrs", "Ms", "Mx", "Maj", "Messrs", "Mmes", "Mt", "Mgr", "Msgr"});
    case 'P':
      return IsIn(w, {"Prof", "Pvt", "Pres"});
    case 'R':
      return IsIn(w, {"Rep", "Reps", "Rev"});
    case 'S':
      return IsIn(w, {"Sgt", "Sen", "Sens", "Supt", "St", "Sec", "Secs"});
    case 'a':
      return IsIn(w, {"approx"});
    case 'c':
      return IsIn(w, {"ca", "cf"});
    case 'i':
      return IsIn(w, {"incl"});
    case 'v':
      return IsIn(w, {"vs", "v"});
    default:
      return false;
  }
}

bool IsMonthAbbreviation(std::string_view w) {
  if (w.empty()) {
    return false;
  }
  switch (w[0]) {
    case 'A':
      return IsIn(w, {"Apr", "Aug"});
    case 'D':
      return IsIn(w, {"Dec"});
    case 'F':
      return IsIn(w, {"Feb"});
    case 'J':
      return IsIn(w, {"Jan", "Jun", "Jul"});
    case 'M':
      return IsIn(w, {"Mar"});
    case 'N':
      return IsIn(w, {"Nov"});
    case 'O':
      return IsIn(w, {"Oct"});
    case 'S':
      return IsIn(w, {"Sep", "Sept"});
    default:
      return false;
  }
}

bool IsNumberAbbreviation(std::string_view w) {
  if (w.empty()) {
    return false;
  }
  switch (w[0]) {
    case 'A':
      return IsIn(w, {"Art"});
    case 'C':
      return IsIn(w, {"Ch"});
    case 'F':
      return IsIn(w, {"Fig"});
    case 'N':
      return IsIn(w, {"No", "Nos", "Nr"});
    case 'O':
      return IsIn(w, {"Op"});
    case 'R':
      return IsIn(w, {"Rte"});
    case 'S':
      return IsIn(w, {"Sec"});
    case 'V':
      return IsIn(w, {"Vol"});
    case 'a':
      return IsIn(w, {"art"});
    case 'c':
      return IsIn(w, {"ch"});
    case 'f':
      return IsIn(w, {"fig"});
    case 'n':
      return IsIn(w, {"no", "nos", "nr"});
    case 'o':
      return IsIn(w, {"op"});
    case 'p':
      return IsIn(w, {"p", "pp", "para"});
    case 'v':
      return IsIn(w, {"vol"});
    default:
      return false;
  }
}

// Abbreviations that end a sentence only before a typical sentence opener:
// "Acme Inc. The company ..." but "Acme Inc. President Lee".
bool IsSoftAbbreviation(std::string_view w) {
  if (w.empty()) {
    return false;
  }
  switch (w[0]) {
    case 'B':
      return IsIn(w, {"Bros"});
    case 'C':
      return IsIn(w, {"Corp", "Co"});
    case 'D':
      return IsIn(w, {"Dept"});
    case 'I':
      return IsIn(w, {"Inc"});
    case 'J':
      return IsIn(w, {"Jr"});
    case 'L':
      return IsIn(w, {"Ltd", "LLC"});
    case 'P':
      return IsIn(w, {"Plc"});
    case 'S':
      return IsIn(w, {"Sr"});
    case 'U':
      return IsIn(w, {"Univ"});
    case 'a':
      return IsIn(w, {"al"});
    case 'e':
      return IsIn(w, {"etc", "est"});
    case 'p':
      return IsIn(w, {"plc"});
    default:
      return false;
  }
}

bool IsSentenceOpener(std::string_view w) {
  if (w.empty()) {
    return false;
  }
  switch (w[0]) {
    case 'A':
      return IsIn(w, {"A", "An", "And", "At", "As", "After", "Also", "According"});
    case 'B':
      return IsIn(w, {"But", "Before"});
    case 'E':
      return IsIn(w, {"Earlier"});
    case 'F':
      return IsIn(w, {"For"});
    case 'H':
      return IsIn(w, {"He", "His", "Her", "However", "How"});
    case 'I':
      return IsIn(w, {"It", "I", "In", "If", "Its"});
    case 'L':
      return IsIn(w, {"Last"});
    case 'M':
      return IsIn(w, {"Many", "Most", "Meanwhile"});
    case 'N':
      return IsIn(w, {"Now"});
    case 'O':
      return IsIn(w, {"On", "Our", "Officials"});
    case 'S':
      return IsIn(w, {"She", "Some", "So", "Still", "Since"});
    case 'T':
      return IsIn(w, {"The", "They", "This", "That", "These", "Those", "There", "Their"});
    case 'W':
      return IsIn(w, {"We", "When", "While", "What", "Who", "Why"});
    case 'Y':
      return IsIn(w, {"You", "Yet"});
    default:
      return false;
  }
}

bool StartsUpper(std::string_view text, const Token& t) {
  Char c = At(text, t.span.begin);
  if (c.cp < 0x80) {
    return c.cp >= 'A' && c.cp <= 'Z';
  }
  auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c.cp));
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

std::string_view TextOf(std::string_view text, const Token& t) {
  return text.substr(t.span.begin, t.span.size());
}

bool IsCloser(std::string_view text, const Token& t) {
  if (t.kind == TokenKind::kCloseQuote) {
    return true;
  }
  if (t.kind != TokenKind::kPunct) {
    return false;
  }
  std::string_view s = TextOf(text, t);
  return s == ")" || s == "]" || s == "}";
}

// Whether a sentence ends after tokens[term] (a terminator) and the closing
// quotes/brackets before tokens[next].
bool EndsSentence(std::string_view text, const std::vector<Token>& tokens, uint32_t first,
                  uint32_t term, uint32_t next) {
  const Token& n = tokens[next];
  std::string_view ts = TextOf(text, tokens[term]);
  bool upper = n.kind == TokenKind::kWord && StartsUpper(text, n);
  if (!n.space_before && next == term + 1) {
    // "U.S.-led", "example.com"; but a missing space after a lowercase word
    // before a capitalised one is a sentence end: "by law.Detailed".
    if (ts != "." || !upper || n.span.size() < 2 || term == first) {
      return false;
    }
    const Token& p = tokens[term - 1];
    std::string_view pw = TextOf(text, p);
    return p.kind == TokenKind::kWord && pw.size() >= 2 && !StartsUpper(text, p) &&
           pw.find('.') == std::string_view::npos;
  }
  // Asked only where it decides (a list lookup).
  auto opener = [&] { return upper && IsSentenceOpener(TextOf(text, n)); };
  if (n.kind == TokenKind::kWord && !upper) {
    return false;  // "approx. five", "? he asked"
  }
  if (n.kind == TokenKind::kPunct) {
    std::string_view ns = TextOf(text, n);
    if (ns != "(" && ns != "[" && ns != "-" && ns != "--" && !IsDash(At(text, n.span.begin).cp)) {
      return false;  // ". ," and friends
    }
  }
  if (tokens[term].kind == TokenKind::kWord) {  // "in the U.S. The"
    return opener() || n.kind == TokenKind::kOpenQuote;
  }
  if (ts == "..." || ts == "\u2026") {
    return upper || n.kind == TokenKind::kOpenQuote;
  }
  if (ts != ".") {
    return true;  // "!" "?"
  }
  if (term == first || tokens[term].space_before) {
    return true;
  }
  const Token& p = tokens[term - 1];
  if (p.kind != TokenKind::kWord) {
    return true;
  }
  std::string_view pw = TextOf(text, p);
  if (pw.size() > 6) {
    return true;  // longer than any abbreviation below ("Messrs", "approx") or an initial
  }
  if (IsTitleAbbreviation(pw)) {
    return false;
  }
  if (n.kind == TokenKind::kNumber && (IsMonthAbbreviation(pw) || IsNumberAbbreviation(pw))) {
    return false;
  }
  if (IsSoftAbbreviation(pw)) {
    return opener() || n.kind == TokenKind::kOpenQuote;
  }
  // An initial: "J. R. Smith", "George W. Bush".
  if (pw.size() == 1 && pw[0] >= 'A' && pw[0] <= 'Z') {
    return !upper || opener();
  }
  return true;
}

}  // namespace

model::TextLayer Segment(std::string_view text, std::string_view title) {
  model::TextLayer layer;
  Segment(text, title, layer);
  return layer;
}

void Segment(std::string_view text, std::string_view title, model::TextLayer& layer) {
  layer.paragraphs.clear();
  layer.sentences.clear();
  thread_local Tokenized tk;
  Tokenize(text, title, tk, layer.tokens);
  const auto& tokens = layer.tokens;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  layer.paragraphs.reserve(tk.paragraph_first.size());
  layer.sentences.reserve(n / 16 + 1);
  size_t term = 0;  // index into tk.terminators
  for (size_t p = 0; p < tk.paragraph_first.size(); ++p) {
    uint32_t first = tk.paragraph_first[p];
    uint32_t last = p + 1 < tk.paragraph_first.size() ? tk.paragraph_first[p + 1] : n;
    layer.paragraphs.push_back({tokens[first].span.begin, tokens[last - 1].span.end});
    uint32_t start = first;
    auto emit = [&](uint32_t end) {
      bool has_text = false;  // a line of bullets or symbols is no sentence
      for (uint32_t t = start; t < end && !has_text; ++t) {
        has_text = tokens[t].kind == TokenKind::kWord || tokens[t].kind == TokenKind::kNumber;
      }
      if (!has_text) {
        start = end;
        return;
      }
      layer.sentences.push_back({{tokens[start].span.begin, tokens[end - 1].span.end},
                                 start,
                                 end,
                                 static_cast<uint32_t>(p)});
      start = end;
    };
    // The paragraph's terminators in order; the tokens between are no
    // terminators, so going from one to the next skips what the scan over
    // every token would pass over.
    for (; term < tk.terminators.size() && tk.terminators[term] < first; ++term) {
    }
    for (; term < tk.terminators.size() && tk.terminators[term] < last; ++term) {
      uint32_t i = tk.terminators[term];
      uint32_t j = i + 1;
      while (j < last && IsCloser(text, tokens[j])) {
        ++j;
      }
      if (j >= last) {
        break;
      }
      if (EndsSentence(text, tokens, start, i, j)) {
        emit(j);
      }
    }
    if (start < last) {
      emit(last);
    }
  }
}

}  // namespace claimgraph::text
