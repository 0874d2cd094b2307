#include "link/names.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <utility>

#include "base/string_table.h"

namespace claimgraph::link {

namespace {

// ASCII capitals lowered, every other byte kept.
constexpr std::array<char, 256> kLower = [] {
  std::array<char, 256> t{};
  for (int c = 0; c < 256; ++c) {
    t[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return t;
}();

// NormalNameInto's byte as written (kLower's) for the usual bytes, one
// look-up a byte; 0 for those it treats apart: '.', a space, tab or newline,
// the first byte of a curly apostrophe (and NUL, kept as it is).
constexpr std::array<char, 256> kNormalByte = [] {
  std::array<char, 256> t = kLower;
  t['.'] = t[' '] = t['\t'] = t['\n'] = 0;
  t[0xE2] = 0;
  return t;
}();

// PhoneticKey's sound of one letter (lowercase): y -> i, w -> v, c and q -> k.
constexpr std::array<char, 256> kSound = [] {
  std::array<char, 256> t{};
  for (int c = 0; c < 256; ++c) {
    t[c] = static_cast<char>(c);
  }
  t['y'] = 'i';
  t['w'] = 'v';
  t['c'] = t['q'] = 'k';
  return t;
}();

// AppendSlug's bytes: kept as they are (lowercase letters, digits, non-ASCII)
// or lowered (capitals); 1 dropped ('.', '\''); 0 any other, a separator.
constexpr std::array<unsigned char, 256> kSlug = [] {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
      t[c] = static_cast<unsigned char>(c);
    } else if (c >= 'A' && c <= 'Z') {
      t[c] = static_cast<unsigned char>(c - 'A' + 'a');
    }
  }
  t['.'] = t['\''] = 1;  // "U.S." -> "us", "People's" -> "peoples"
  return t;
}();

}  // namespace

std::string NormalName(std::string_view label) {
  std::string out(label.size(), '\0');
  return std::string(NormalNameTo(label, out.data()));
}

std::string_view NormalNameTo(std::string_view label, char* out) {
  // (Read through pointers: fewer instructions a byte than an index into
  // `label`, on a path taken for every byte of every new name.)
  char* const begin = out;
  char* o = begin;
  const char* const end = label.data() + label.size();
  for (const char* p = label.data(); p != end; ++p) {
    const char c = *p;
    if (const char k = kNormalByte[static_cast<unsigned char>(c)]; k != 0) {
      *o++ = k;  // the usual byte: kept, lowercased
      continue;
    }
    if (c == '\xE2') {
      if (end - p >= 3 && p[1] == '\x80' && p[2] == '\x99') {  // ’
        *o++ = '\'';
        p += 2;
      } else {
        *o++ = c;
      }
      continue;
    }
    if (c == '.') {
      continue;
    }
    if (c == '\0') {
      *o++ = c;
      continue;
    }
    if (o != begin && o[-1] != ' ') {  // a space, tab or newline
      *o++ = ' ';
    }
  }
  while (o != begin && o[-1] == ' ') {
    --o;
  }
  const auto size = static_cast<size_t>(o - begin);
  if (size >= 4 && std::memcmp(begin, "the ", 4) == 0) {
    return {begin + 4, size - 4};
  }
  return {begin, size};
}

namespace {

// The space-separated word of `label` at or after `i`, moving `i` past it;
// empty at the end.
std::string_view NextWord(std::string_view label, size_t& i) {
  while (i < label.size() && label[i] == ' ') {
    ++i;
  }
  size_t j = i;
  while (j < label.size() && label[j] != ' ') {
    ++j;
  }
  const std::string_view w(label.data() + i, j - i);  // (no bound check: j <= size)
  i = j;
  return w;
}

// Names read eight bytes at a time (little-endian machines; the others
// take the byte loop that follows): per 8-byte block, the high bit of each
// byte that follows a space, found at once.
constexpr bool kBlocks = std::endian::native == std::endian::little;
constexpr uint64_t kSpaces = 0x2020202020202020ull, kLow7 = 0x7F7F7F7F7F7F7F7Full;

// The high bit of each byte of x that is 0, exactly (no carry crosses a
// byte): 0x4100 -> 0x8080808080800080 has the bits of bytes 0, 2 .. 7.
uint64_t ZeroBytes(uint64_t x) { return ~(((x & kLow7) + kLow7) | x | kLow7); }

// The 8 bytes at p as one number, byte k at bits 8k.
uint64_t Block(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}

// The bytes of block v whose predecessor is a space (`before`, the byte
// before the block, for the first): "Joint Ch" after a space gives the bits
// of 'J' and 'C'.
uint64_t AfterSpaces(uint64_t v, char before) {
  return ZeroBytes((v << 8 | static_cast<unsigned char>(before)) ^ kSpaces);
}

}  // namespace

std::vector<std::string_view> Words(std::string_view label) {
  std::vector<std::string_view> out;
  for (size_t i = 0; i < label.size();) {
    const std::string_view w = NextWord(label, i);
    if (!w.empty()) {
      out.push_back(w);
    }
  }
  return out;
}

WordEnds FirstAndLastWord(std::string_view label) {
  WordEnds out;
  for (size_t i = 0; i < label.size();) {
    const std::string_view w = NextWord(label, i);
    if (w.empty()) {
      continue;
    }
    if (out.count++ == 0) {
      out.first = w;
    }
    out.last = w;
  }
  return out;
}

bool IsAcronym(std::string_view label) {
  int caps = 0;
  for (char c : label) {
    if (c >= 'A' && c <= 'Z') {
      ++caps;
    } else if (c != '.' && c != '&') {
      return false;
    }
  }
  return caps >= 2 && caps <= 6;
}

std::string Initials(std::string_view label) {
  std::string out(label.size(), '\0');
  out.resize(InitialsTo(label, out.data()));
  return out;
}

size_t InitialsTo(std::string_view label, char* out) {
  // The first byte of each word (a byte after a space, or the first), when
  // a capital: by blocks, most of which hold one or two bytes after a space.
  size_t n = 0;
  char before = ' ';
  const char* p = label.data();
  const char* const end = p + label.size();
  if constexpr (kBlocks) {
    for (; end - p >= 8; p += 8) {
      for (uint64_t after = AfterSpaces(Block(p), before); after != 0; after &= after - 1) {
        const char c = p[std::countr_zero(after) / 8];
        if (c >= 'A' && c <= 'Z') {
          out[n++] = c;
        }
      }
      before = p[7];
    }
  }
  for (; p != end; ++p) {
    if (before == ' ' && *p >= 'A' && *p <= 'Z') {
      out[n++] = *p;
    }
    before = *p;
  }
  return n < 2 ? 0 : n;
}

std::string PhoneticKey(std::string_view label) {
  std::string out(label.size(), '\0');
  out.resize(PhoneticKeyTo(label, out.data(), true));
  return out;
}

size_t PhoneticKeyTo(std::string_view label, char* o, bool spaces) {
  // A word's key is never longer than the word, nor a space than the
  // spaces before its word.
  size_t n = 0;
  char s[64];
  std::string big;  // words longer than the stack buffer
  for (size_t i = 0; i < label.size();) {
    const std::string_view w = NextWord(label, i);
    if (w.empty()) {
      continue;
    }
    // Initials ("T.") carry no sound of their own.
    if (w.size() <= 2 && (w.size() == 1 || w[1] == '.')) {
      continue;
    }
    char* sp = s;
    if (w.size() > sizeof(s)) {
      big.resize(w.size());
      sp = big.data();
    }
    size_t sn = 0;
    for (char c : w) {
      if (c == '-' || c == '.' || c == '\'') {
        continue;
      }
      sp[sn++] = kLower[static_cast<unsigned char>(c)];
    }
    if (n > 0 && spaces) {
      o[n++] = ' ';
    }
    const size_t word_start = n;
    for (size_t k = 0; k < sn;) {
      // Digraphs by the first letter, then one test of the next; a digraph
      // is always written, a single letter's sound once when doubled.
      const char a = sp[k], b = k + 1 < sn ? sp[k + 1] : '\0';
      char c = 0;
      switch (a) {
        case 'd':
          if (b == 'z' && k + 2 < sn && sp[k + 2] == 'h') {
            c = 'j';
            k += 3;
          } else if (b == 'z' || b == 'j') {
            c = 'j';
            k += 2;
          }
          break;
        case 'z':
          if (b == 'h') {
            c = 'j';
            k += 2;
          }
          break;
        case 'k':
          if (b == 'h') {
            c = 'h';
            k += 2;
          }
          break;
        case 'p':
          if (b == 'h') {
            c = 'f';
            k += 2;
          }
          break;
        case 'c':
          if (b == 'k') {
            c = 'k';
            k += 2;
          }
          break;
        default:
          break;
      }
      if (c != 0) {
        o[n++] = c;
        continue;
      }
      c = kSound[static_cast<unsigned char>(a)];
      ++k;
      if (n > word_start && o[n - 1] == c) {
        continue;  // doubled sounds once
      }
      o[n++] = c;
    }
  }
  return n;
}

int BoundedEditDistance(std::string_view a, std::string_view b, int max_d) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > max_d) {
    return max_d + 1;
  }
  std::vector<int> prev(m + 1), cur(m + 1);
  for (int j = 0; j <= m; ++j) {
    prev[j] = j;
  }
  for (int i = 1; i <= n; ++i) {
    cur[0] = i;
    int row_min = cur[0];
    for (int j = 1; j <= m; ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > max_d) {
      return max_d + 1;
    }
    std::swap(prev, cur);
  }
  return prev[m];
}

std::string Slug(std::string_view s) {
  std::string out;
  AppendSlug(s, out);
  return out;
}

void AppendSlug(std::string_view s, std::string& out) {
  const size_t start = out.size();
  out.resize(start + SlugSize(s));
  out.resize(start + SlugInto(s, out.data() + start));
}

size_t SlugInto(std::string_view s, char* out) {
  char* o = out;
  for (const char ch : s) {
    const unsigned char c = kSlug[static_cast<unsigned char>(ch)];
    if (c > 1) {
      *o++ = static_cast<char>(c);
    } else if (c == 0 && o != out && o[-1] != '-') {
      *o++ = '-';
    }
  }
  while (o != out && o[-1] == '-') {
    --o;
  }
  if (o == out) {
    std::memcpy(out, "unnamed", 7);
    o = out + 7;
  }
  return static_cast<size_t>(o - out);
}

std::string_view Compass(std::string_view label) {
  for (size_t i = 0; i < label.size();) {
    const std::string_view w = NextWord(label, i);
    if (w.empty() || w[0] < 'E' || w[0] > 'W') {
      continue;
    }
    if (w == "North" || w == "Northern") {
      return "north";
    }
    if (w == "South" || w == "Southern") {
      return "south";
    }
    if (w == "East" || w == "Eastern") {
      return "east";
    }
    if (w == "West" || w == "Western") {
      return "west";
    }
  }
  return {};
}

namespace {

// The folded code of a legal form word of a normal name, 0 for none.
// Whether a word's length (periods left out) and first letter (either case)
// are those of a legal form: most last words of names fail here.
bool LegalFormShape(size_t size, char first) {
  constexpr uint32_t kLengths = 1u << 2 | 1u << 3 | 1u << 4 | 1u << 7 | 1u << 11 | 1u << 12;
  constexpr uint32_t kFirsts = 1u << ('a' - 'a') | 1u << ('b' - 'a') | 1u << ('c' - 'a') |
                               1u << ('g' - 'a') | 1u << ('i' - 'a') | 1u << ('l' - 'a') |
                               1u << ('n' - 'a') | 1u << ('o' - 'a') | 1u << ('p' - 'a') |
                               1u << ('s' - 'a');
  const char c = static_cast<char>(first | 0x20);  // ASCII letters lowered
  return size <= 12 && (kLengths >> size & 1) && c >= 'a' && c <= 'z' && (kFirsts >> (c - 'a') & 1);
}

uint8_t LegalFormCode(std::string_view w) {
  // Folded pairs share a code; lexicon.ttl lists the forms (names_test.cc
  // checks every cg:legalForm is read here, but the three left out).
  static constexpr std::pair<std::string_view, uint8_t> kForms[] = {
      {"inc", 1},  {"incorporated", 1}, {"corp", 2}, {"corporation", 2}, {"co", 3},  {"company", 3},
      {"ltd", 4},  {"limited", 4},      {"llc", 5},  {"plc", 6},         {"spa", 7}, {"ag", 8},
      {"gmbh", 9}, {"sa", 10},          {"nv", 11},  {"ab", 12},         {"bv", 13}, {"oy", 14},
      {"oyj", 14}, {"asa", 15},         {"pty", 16}, {"bhd", 17}};
  if (w.empty() || !LegalFormShape(w.size(), w[0]) || w[0] < 'a') {
    return 0;
  }
  if (w.size() <= 4) {
    // The short forms as one little-endian word each: integer compares.
    static constexpr auto kPacked = [] {
      std::array<std::pair<uint32_t, uint8_t>, std::size(kForms)> packed{};
      for (size_t k = 0; k < std::size(kForms); ++k) {
        const std::string_view s = kForms[k].first;
        uint32_t v = 0;
        for (size_t i = 0; i < s.size() && s.size() <= 4; ++i) {
          v |= static_cast<uint32_t>(static_cast<unsigned char>(s[i])) << (8 * i);
        }
        packed[k] = {v, kForms[k].second};  // 0 for a longer form: no word of 1-4 bytes is 0
      }
      return packed;
    }();
    uint32_t v = 0;
    std::memcpy(&v, w.data(), w.size());
    for (const auto& [packed, code] : kPacked) {
      if (v == packed) {
        return code;
      }
    }
    return 0;
  }
  for (const auto& [form, code] : kForms) {
    if (w == form) {
      return code;
    }
  }
  return 0;
}

// One common word that is no company's distinctive name on its own.
bool CommonNameWord(std::string_view w) {
  // Words of many names, and trades and goods: a bare "Petroleum Co" is
  // the tail of a longer name.
  static constexpr std::string_view kWords[] = {
      "&",
      "aerospace",
      "airlines",
      "airways",
      "allied",
      "american",
      "and",
      "associates",
      "atlantic",
      "auto",
      "aviation",
      "bank",
      "banking",
      "banks",
      "brewing",
      "broadcasting",
      "cable",
      "capital",
      "cement",
      "central",
      "chemical",
      "chemicals",
      "citizens",
      "city",
      "commercial",
      "commonwealth",
      "communications",
      "company",
      "computer",
      "computers",
      "consolidated",
      "construction",
      "continental",
      "corporation",
      "credit",
      "data",
      "development",
      "drug",
      "east",
      "eastern",
      "electric",
      "electronics",
      "energy",
      "engineering",
      "enterprises",
      "equipment",
      "exploration",
      "express",
      "federal",
      "finance",
      "financial",
      "first",
      "food",
      "foods",
      "forest",
      "fund",
      "funds",
      "gas",
      "general",
      "global",
      "gold",
      "government",
      "grain",
      "great",
      "group",
      "health",
      "holding",
      "holdings",
      "home",
      "housing",
      "industrial",
      "industries",
      "industry",
      "instruments",
      "insurance",
      "international",
      "investment",
      "investments",
      "investors",
      "laboratories",
      "land",
      "leasing",
      "light",
      "line",
      "lines",
      "livestock",
      "loan",
      "machinery",
      "management",
      "media",
      "medical",
      "metals",
      "metropolitan",
      "minerals",
      "mining",
      "mortgage",
      "motor",
      "motors",
      "mutual",
      "national",
      "new",
      "news",
      "north",
      "northern",
      "nursery",
      "of",
      "oil",
      "pacific",
      "paper",
      "partners",
      "people's",
      "peoples",
      "petroleum",
      "pharmaceuticals",
      "plastics",
      "power",
      "press",
      "products",
      "properties",
      "public",
      "publishing",
      "railroad",
      "railway",
      "realty",
      "republic",
      "research",
      "resources",
      "royal",
      "rubber",
      "savings",
      "securities",
      "security",
      "service",
      "services",
      "shipbuilding",
      "shipping",
      "software",
      "south",
      "southern",
      "space",
      "standard",
      "state",
      "steel",
      "store",
      "stores",
      "sugar",
      "systems",
      "technologies",
      "technology",
      "telecommunications",
      "telephone",
      "textiles",
      "the",
      "trade",
      "trading",
      "transport",
      "trust",
      "union",
      "united",
      "universal",
      "utilities",
      "ventures",
      "water",
      "west",
      "western",
      "world",
  };
  static const base::ViewSet words = [] {
    base::ViewSet set;
    for (const std::string_view word : kWords) {
      set.insert(word);
    }
    return set;
  }();
  return words.count(w) > 0;
}

}  // namespace

LegalFormSplit SplitLegalForm(std::string_view name) {
  LegalFormSplit out;
  std::string_view stem = name;
  uint16_t form = 0;  // the forms read so far, the last read (the first after the stem) lowest
  for (;;) {
    const size_t space = stem.rfind(' ');
    if (space == std::string_view::npos) {
      break;
    }
    const uint8_t code = LegalFormCode(stem.substr(space + 1));
    if (code == 0) {
      break;
    }
    form = static_cast<uint16_t>(form << 8 | code);
    stem = stem.substr(0, space);
    while (!stem.empty() && (stem.back() == ',' || stem.back() == ' ')) {
      stem.remove_suffix(1);
    }
  }
  if (form == 0 || stem.empty()) {
    return out;
  }
  if (stem.find(' ') == std::string_view::npos && (stem.size() < 2 || CommonNameWord(stem))) {
    return out;
  }
  out.stem = stem;
  out.form = form;
  return out;
}

bool CompatibleLegalForms(uint16_t a, uint16_t b) {
  if (a == 0 || b == 0) {
    return true;
  }
  // One American form each ("Inc", "Corp", "Co", "LLC"): written either
  // way of one company in American news ("Raytheon Co", "Raytheon Corp").
  auto american = [](uint16_t f) { return f == 1 || f == 2 || f == 3 || f == 5; };
  if (american(a) && american(b)) {
    return true;
  }
  // One begins the other: "co" and "co ltd".
  if ((a & 0xFF) == (b & 0xFF) && ((a >> 8) == 0 || (b >> 8) == 0 || (a >> 8) == (b >> 8))) {
    return true;
  }
  // Or ends it, the last form written alike: "ltd" and "co ltd".
  auto last = [](uint16_t f) { return f >> 8 != 0 ? f >> 8 : f & 0xFF; };
  return last(a) == last(b);
}

}  // namespace claimgraph::link
