#include "ingest/boilerplate.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>

namespace claimgraph::ingest {
namespace {

using model::Span;

constexpr size_t kMaxCreditLine = 300;  // a credit is a short line
constexpr size_t kMaxCopyrightLine = 400;
constexpr size_t kMaxNoticeParagraph = 5000;
constexpr size_t kMaxRelatedItem = 200;
constexpr size_t kMaxRelatedItems = 12;

constexpr std::array<char, 256> kLower = [] {
  std::array<char, 256> t{};
  for (int c = 0; c < 256; ++c) {
    t[c] = static_cast<char>((c >= 'A' && c <= 'Z') ? (c | 0x20) : c);
  }
  return t;
}();

char Lower(char c) { return kLower[static_cast<unsigned char>(c)]; }

// The first four bytes of `s` (fewer when shorter, the rest zero),
// lower-cased, as one number: a prefix test compares these first.
uint32_t Head(std::string_view s) {
  uint32_t h = 0;
  for (size_t i = 0; i < 4 && i < s.size(); ++i) {
    h |= static_cast<uint32_t>(static_cast<unsigned char>(Lower(s[i]))) << (8 * i);
  }
  return h;
}

constexpr char Upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

// The lists of the pair tables below (StartTable, NoticeTable) by their
// first two bytes, read with a text's raw bytes in any case: the pair with
// bit 0x20 set in both bytes ("Ed", "ED" and "ed" are one pair), hashed into
// 1024 slots, each holding a list's number + 1 (0: none). Pairs that share a
// slot share a list, whose entries are each compared with the text anyway;
// 1 KB to clear, not a table of every pair (64 KB or more) at each start.
class PairSlots {
 public:
  uint8_t Get(char a, char b) const { return slots_[Hash(a, b)]; }
  void Set(char a, char b, uint8_t slot) { slots_[Hash(a, b)] = slot; }

 private:
  static size_t Hash(char a, char b) {
    const uint32_t key = (static_cast<uint32_t>(static_cast<unsigned char>(a)) << 8 |
                          static_cast<unsigned char>(b)) |
                         0x2020u;
    return (key * 0x9E3779B1u) >> 22;  // 10 bits
  }
  std::array<uint8_t, 1024> slots_{};
};

bool StartsWithCI(std::string_view s, std::string_view lower_prefix) {
  if (s.size() < lower_prefix.size()) {
    return false;
  }
  for (size_t i = 0; i < lower_prefix.size(); ++i) {
    if (Lower(s[i]) != lower_prefix[i]) {
      return false;
    }
  }
  return true;
}

bool EndsWithCI(std::string_view s, std::string_view lower_suffix) {
  return s.size() >= lower_suffix.size() &&
         StartsWithCI(s.substr(s.size() - lower_suffix.size()), lower_suffix);
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f'; }

// Whether [b, e) needs no trimming: it starts and ends in a byte above the
// space that neither begins nor ends a U+00A0 (C2 A0), as most lines do.
bool Trimmed(std::string_view text, size_t b, size_t e) {
  if (b >= e) {
    return false;
  }
  const unsigned char first = text[b];
  const unsigned char last = text[e - 1];
  return first > ' ' && first != 0xC2 && last > ' ' && last != 0xA0;
}

// Trims ASCII white space and U+00A0 from both ends of [b, e). Out of line:
// its callers ask Trimmed first, in line, and most lines need no more.
[[gnu::noinline]] void TrimSlow(std::string_view text, size_t& b, size_t& e) {
  // The indent of a paragraph's first line ("    The dry period means"),
  // eight bytes at a time: a byte is a space where `x` is zero, so the
  // number of trailing zero bits of x (little endian) counts the spaces.
  // One step for the usual indent instead of a compare per space.
  while (b + 8 <= e) {
    uint64_t x;
    std::memcpy(&x, text.data() + b, 8);
    x ^= 0x2020202020202020u;
    if (x != 0) {
      if constexpr (std::endian::native == std::endian::little) {
        b += static_cast<size_t>(std::countr_zero(x)) / 8;
      }
      break;
    }
    b += 8;
  }
  while (b < e && text[b] == ' ') {  // the rest, and every space on a big-endian machine
    ++b;
  }
  if (Trimmed(text, b, e)) {  // the indented line of prose
    return;
  }
  for (;;) {
    if (b < e && IsSpace(text[b])) {
      ++b;
    } else if (b + 1 < e && text[b] == '\xC2' && text[b + 1] == '\xA0') {
      b += 2;
    } else {
      break;
    }
  }
  for (;;) {
    if (e > b && IsSpace(text[e - 1])) {
      --e;
    } else if (e >= b + 2 && text[e - 2] == '\xC2' && text[e - 1] == '\xA0') {
      e -= 2;
    } else {
      break;
    }
  }
}

void Trim(std::string_view text, size_t& b, size_t& e) {
  if (!Trimmed(text, b, e)) {
    TrimSlow(text, b, e);
  }
}

bool IsAlnumAscii(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

// A line with no letter or digit at all: "·", "|", "***", "—".
bool IsSymbolLine(std::string_view line) {
  if (line.size() > 8) {
    return false;
  }
  for (unsigned char c : line) {
    if (IsAlnumAscii(c)) {
      return false;
    }
  }
  // Non-ASCII letters are rare in such separators; accept only punctuation
  // (ASCII) and the common bullets/dashes (U+00B7, U+2022, U+2013, U+2014).
  for (size_t i = 0; i < line.size();) {
    unsigned char c = line[i];
    if (c < 0x80) {
      ++i;
    } else if (line.substr(i, 2) == "\xC2\xB7") {
      i += 2;
    } else if (line.substr(i, 3) == "\xE2\x80\xA2" || line.substr(i, 3) == "\xE2\x80\x93" ||
               line.substr(i, 3) == "\xE2\x80\x94") {
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

// "Photo: Jane Doe / Example Agency", "Images source: © Agency",
// "(Photo by Jane Doe/Example Agency)", "Image credit: ...".
constexpr std::string_view kCreditPrefixes[] = {
    "photo:",         "photos:",      "photo by ",       "photos by ",     "photograph:",
    "photograph by ", "photographs:", "picture:",        "pictures:",      "picture by ",
    "image:",         "images:",      "image source:",   "images source:", "image credit",
    "image courtesy", "image by ",    "photo credit",    "photo courtesy", "photo source:",
    "credit:",        "credits:",     "source of image", "illustration:",  "illustration by ",
    "(photo:",        "(photo by ",   "(image:",         "(image by ",     "(ap photo",
    "[photo:",        "[image:",      "[photo by ",      "main image:",    "top image:",
    "file photo:",    "pictured:",    "video credit",    "graphic:",       "lead image:",
};

constexpr std::string_view kFooterPrefixes[] = {
    "reporting by ", "additional reporting by ", "editing by ", "writing by ", "compiled by ",
    "edited by ",    "translated by ",
};

constexpr std::string_view kRelatedHeaders[] = {
    "related",
    "related content",
    "related articles",
    "related stories",
    "related news",
    "related coverage",
    "related posts",
    "related reading",
    "related topics",
    "read more",
    "read also",
    "see also",
    "more on this story",
    "more stories",
    "recommended",
    "recommended for you",
    "you may also like",
    "you might also like",
    "most read",
    "most popular",
    "trending now",
    "more from this section",
    "also read",
    "further reading",
    "continue reading",
    "read the full story",
    "read the full article",
    "read full story",
    "read full article",
};

// A set of strings of three or four bytes, asked with raw text in any case:
// a key is the bytes as one little-endian number with bit 0x20 set in each
// ("PHOTO", "Photo" and "photo" all give the key of "phot"), hashed into a
// table of 4096 bytes. Bytes that differ in bit 0x20 only ('[' and '{') and
// hash collisions give a few false yes, never a false no: a prefilter that
// passes over most lines of prose with one multiply and one load.
class GramSet {
 public:
  // `gram` is three or four bytes.
  constexpr void Add(std::string_view gram) {
    uint32_t key = 0;
    for (size_t i = 0; i < gram.size(); ++i) {
      key |= static_cast<uint32_t>(static_cast<unsigned char>(gram[i])) << (8 * i);
    }
    has_[Hash(key | kCase >> (8 * (4 - gram.size())))] = true;
  }
  // The four bytes at `p`.
  bool HasFour(const char* p) const { return has_[Hash(Load(p) | kCase)]; }
  // The three bytes before `end` (which has four bytes or more before it).
  bool HasThreeBefore(const char* end) const { return has_[Hash(Load(end - 4) >> 8 | kCase >> 8)]; }
  // The first position i at or after `from` where the four bytes of `s` at
  // i are in the set, or npos. Eight bytes read at once hold the four bytes
  // of five positions: a shift per position instead of a load.
  size_t Next(std::string_view s, size_t from) const {
    size_t i = from;
    if constexpr (std::endian::native == std::endian::little) {
      for (; i + 8 <= s.size(); i += 5) {
        uint64_t x;
        std::memcpy(&x, s.data() + i, 8);
        x |= 0x2020202020202020u;
        for (int k = 0; k < 5; ++k) {
          if (has_[Hash(static_cast<uint32_t>(x >> (8 * k)))]) {
            return i + static_cast<size_t>(k);
          }
        }
      }
    }
    for (; i + 4 <= s.size(); ++i) {
      if (HasFour(s.data() + i)) {
        return i;
      }
    }
    return std::string_view::npos;
  }

 private:
  static constexpr uint32_t kCase = 0x20202020u;
  static uint32_t Load(const char* p) {
    uint32_t x;
    std::memcpy(&x, p, 4);
    if constexpr (std::endian::native == std::endian::big) {
      x = __builtin_bswap32(x);
    }
    return x;
  }
  static constexpr size_t Hash(uint32_t key) { return (key * 0x9E3779B1u) >> 20; }  // 12 bits
  std::array<bool, 4096> has_{};  // a byte per hash, not a bit: a test is one load
};

// Which test a line start leads to.
enum class Start : uint8_t { kCredit, kFooter, kRelated, kCopyright, kEditor };

// The line patterns indexed by their first two (lower-cased) bytes: most
// lines of prose miss in one lookup, the others try only a few prefixes.
class StartTable {
 public:
  struct Entry {
    std::string_view prefix;
    Start start;
    uint32_t head;       // Head(prefix)
    uint32_t head_mask;  // the bytes of head that prefix has
  };
  StartTable() {
    for (auto p : kCreditPrefixes) {
      Add(p, Start::kCredit);
    }
    for (auto p : kFooterPrefixes) {
      Add(p, Start::kFooter);
    }
    for (auto p : kRelatedHeaders) {
      Add(p, Start::kRelated);
    }
    for (auto p : {"\xC2\xA9", "(c", "co"}) {
      Add(p, Start::kCopyright);
    }
    Add("ed", Start::kEditor);
    // The entries shorter than four bytes hold only for lines that start
    // with these (IsCopyrightLine, IsEditorInitialsLine), or with the byte
    // 0xC2 of "\xC2\xA9", which MayStart's callers never pass over.
    for (auto h : {"(c) ", "copy", "ed. ", "ed: "}) {
      heads_.Add(h);
    }
  }
  // Whether a line starting with the four bytes at `p` may start with an
  // entry that holds (false for most lines of prose), the short entries'
  // lines aside: see above.
  bool MayStart(const char* p) const { return heads_.HasFour(p); }
  // The entries whose first two bytes are the line's, or nullptr; nullptr
  // too where all of them are four bytes or longer and none has the line's
  // head (Head(line), set in `head` when the first two bytes are found):
  // then none can match.
  const std::vector<Entry>* Find(std::string_view line, uint32_t& head) const {
    const uint8_t slot = pairs_.Get(line[0], line.size() > 1 ? line[1] : '\0');
    if (slot == 0) {
      return nullptr;
    }
    head = Head(line);
    const List& list = lists_[slot - 1];
    if (!list.always && std::find(list.heads.begin(), list.heads.end(), head) == list.heads.end()) {
      return nullptr;
    }
    return &list.entries;
  }

 private:
  struct List {
    std::vector<Entry> entries;
    std::vector<uint32_t> heads;  // the distinct heads of the entries
    bool always = false;          // an entry is shorter than four bytes: always try
  };
  void Add(std::string_view p, Start start) {
    const char second = p.size() > 1 ? p[1] : '\0';
    if (pairs_.Get(p[0], second) == 0) {
      lists_.emplace_back();
      pairs_.Set(p[0], second, static_cast<uint8_t>(lists_.size()));
    }
    const uint32_t mask = p.size() >= 4 ? 0xFFFFFFFFu : (1u << (8 * p.size())) - 1;
    List& list = lists_[pairs_.Get(p[0], second) - 1];
    list.entries.push_back({p, start, Head(p), mask});
    if (p.size() < 4) {
      list.always = true;
      return;
    }
    heads_.Add(p.substr(0, 4));
    if (std::find(list.heads.begin(), list.heads.end(), Head(p)) == list.heads.end()) {
      list.heads.push_back(Head(p));
    }
  }
  PairSlots pairs_;
  std::vector<List> lists_;
  GramSet heads_;  // the first four bytes of every entry (and those above)
};

// A short line ending in a photo agency after a separator:
// "Jane Doe / Getty Images", "Staff photographer | AFP".
bool IsAgencyCreditLine(std::string_view line) {
  if (line.size() > 150 || line.size() < 4) {
    return false;
  }
  // The agencies ending in the line's last letter (in the order of the
  // original list), or none: most lines are rejected here.
  static constexpr std::string_view kEndS[] = {"getty images", "reuters", "associated press"};
  static constexpr std::string_view kEndK[] = {"shutterstock", "istock"};
  static constexpr std::string_view kEndO[] = {"ap photo"};
  static constexpr std::string_view kEndP[] = {"afp"};
  static constexpr std::string_view kEndE[] = {"epa-efe"};
  static constexpr std::string_view kEndA[] = {"epa"};
  static constexpr std::string_view kEndY[] = {"alamy"};
  static constexpr std::string_view kEndL[] = {"pool"};
  std::span<const std::string_view> agencies;
  switch (Lower(line.back())) {
    case 's':
      agencies = kEndS;
      break;
    case 'k':
      agencies = kEndK;
      break;
    case 'o':
      agencies = kEndO;
      break;
    case 'p':
      agencies = kEndP;
      break;
    case 'e':
      agencies = kEndE;
      break;
    case 'a':
      agencies = kEndA;
      break;
    case 'y':
      agencies = kEndY;
      break;
    case 'l':
      agencies = kEndL;
      break;
    default:
      return false;
  }
  bool agency = false;
  for (auto a : agencies) {
    if (!EndsWithCI(line, a)) {
      continue;
    }
    std::string_view head = line.substr(0, line.size() - a.size());
    while (!head.empty() && head.back() == ' ') {
      head.remove_suffix(1);
    }
    if (head.empty()) {
      return false;
    }
    if (head.back() == '/' || head.back() == '|' || EndsWithCI(head, "\xC2\xA9") ||
        (EndsWithCI(head, " via") && head.find('/') != std::string_view::npos)) {
      agency = true;
      break;
    }
  }
  // A separator somewhere in the line, asked only once an agency ends it.
  return agency && (std::memchr(line.data(), '/', line.size()) ||
                    std::memchr(line.data(), '|', line.size()) ||
                    std::memchr(line.data(), '\xC2', line.size()));
}

// "© 2025 Example Media", "(c) 2025 ...", "Copyright 2025 ...", "Copyright © ...".
bool IsCopyrightLine(std::string_view line) {
  if (line.size() > kMaxCopyrightLine) {
    return false;
  }
  if (line.substr(0, 2) == "\xC2\xA9") {
    return true;
  }
  if (StartsWithCI(line, "(c) ") && line.size() > 4 && line[4] >= '0' && line[4] <= '9') {
    return true;
  }
  if (StartsWithCI(line, "copyright")) {
    std::string_view rest = line.substr(9);
    while (!rest.empty() && rest.front() == ' ') {
      rest.remove_prefix(1);
    }
    if (rest.empty()) {
      return true;
    }
    return rest.substr(0, 2) == "\xC2\xA9" || StartsWithCI(rest, "(c)") || rest[0] == ':' ||
           ((rest[0] == '1' || rest[0] == '2') && rest.size() >= 4 && rest[1] >= '0' &&
            rest[1] <= '9');
  }
  return false;
}

// "Example Media Group. All rights reserved." anywhere in the text.
bool EndsWithRightsReserved(std::string_view line) {
  while (!line.empty() && (line.back() == '.' || line.back() == ' ')) {
    line.remove_suffix(1);
  }
  return !line.empty() && Lower(line.back()) == 'd' && EndsWithCI(line, "all rights reserved");
}

// "ed. AB": an editor's initials right under a photo credit.
bool IsEditorInitialsLine(std::string_view line) {
  return line.size() <= 40 && (StartsWithCI(line, "ed. ") || StartsWithCI(line, "ed: "));
}

// "Related content", "Read more:", "See also": the header without its
// trailing colon, compared with kRelatedHeaders ("" for longer lines).
std::string_view RelatedHeaderText(std::string_view line) {
  if (line.size() > 40) {
    return {};
  }
  while (!line.empty() && (line.back() == ':' || line.back() == ' ')) {
    line.remove_suffix(1);
  }
  return line;
}

// A related list's item: a short headline-like line.
bool IsHeadlineLike(std::string_view line) {
  if (line.empty() || line.size() > kMaxRelatedItem) {
    return false;
  }
  unsigned char c = line[0];
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80 || c == '"' || c == '\'' ||
         c == '-' || c == '*';
}

// Scores a paragraph as a terms-of-use / licence notice: strong phrases count
// 2, weak ones 1; 3 or more is a notice. Only called on the document's tail.
constexpr std::string_view kNoticeStrong[] = {
    "prior written permission",
    "prior written consent",
    "prior and explicit consent",
    "prior consent",
    "may not be reproduced",
    "may not be published, broadcast",
    "may not be republished",
    "may not be copied",
    "without permission is prohibited",
    "this article is licensed",
    "is republished from",
    "republished with permission",
    "reprinted with permission",
    "under a creative commons",
    "under the creative commons",
    "terms of use",
    "terms of service",
    "unauthorized reproduction",
    "unauthorised reproduction",
    "reproduction in whole or in part",
    "any other use of content",
};
constexpr std::string_view kNoticeWeak[] = {
    "reproduc",       "redistribut",      "copyright",
    "licen",          "permission",       "consent",
    "this website",   "this site",        "terms and conditions",
    "privacy policy", "cookies",          "republish",
    "reprint",        "all content",      "content available",
    "owner of",       "machine learning", "search engines",
    "prohibited",     "storage",
};

// The notice phrases indexed by their first two bytes, for one pass over the
// paragraph instead of a search per phrase. Each phrase counts once however
// often it occurs; "all rights reserved" counts 3 (a notice by itself).
class NoticeTable {
 public:
  struct Phrase {
    std::string_view text;
    int weight;
  };
  NoticeTable() {
    Add("all rights reserved", 3);
    for (auto p : kNoticeStrong) {
      Add(p, 2);
    }
    for (auto p : kNoticeWeak) {
      Add(p, 1);
    }
  }
  // The phrases starting with bytes a, b: their indices (into phrases())
  // and their distinct first four bytes (all are longer).
  struct List {
    std::vector<uint8_t> phrases;
    std::vector<uint32_t> heads;
  };
  const List* Find(char a, char b) const {  // raw bytes, either case
    const uint8_t slot = pairs_.Get(a, b);
    return slot == 0 ? nullptr : &lists_[slot - 1];
  }
  const std::vector<Phrase>& phrases() const { return phrases_; }

  // The first position at or after `from` where a phrase of `line` may
  // start: a multiply and a load per byte of the text instead of a table
  // lookup and, for frequent pairs ("th", "re", "co"), a head compare.
  size_t NextStart(std::string_view line, size_t from) const { return heads_.Next(line, from); }

 private:
  void Add(std::string_view p, int weight) {
    if (pairs_.Get(p[0], p[1]) == 0) {
      lists_.emplace_back();
      pairs_.Set(p[0], p[1], static_cast<uint8_t>(lists_.size()));
    }
    List& list = lists_[pairs_.Get(p[0], p[1]) - 1];
    list.phrases.push_back(static_cast<uint8_t>(phrases_.size()));
    if (std::find(list.heads.begin(), list.heads.end(), Head(p)) == list.heads.end()) {
      list.heads.push_back(Head(p));
    }
    phrases_.push_back({p, weight});
    heads_.Add(p.substr(0, 4));
  }
  PairSlots pairs_;
  std::vector<List> lists_;
  std::vector<Phrase> phrases_;
  GramSet heads_;  // the first four bytes of each phrase
};

bool IsNoticeParagraph(std::string_view line) {
  if (line.size() < 15 || line.size() > kMaxNoticeParagraph) {
    return false;
  }
  // Blog feeds: "The post <title> appeared first on <site>."
  if (StartsWithCI(line, "the post ")) {
    char buf[kMaxNoticeParagraph];
    for (size_t i = 0; i < line.size(); ++i) {
      buf[i] = Lower(line[i]);
    }
    if (std::string_view(buf, line.size()).find(" appeared first on ") != std::string::npos) {
      return true;
    }
  }
  static const NoticeTable kTable;
  static_assert(std::size(kNoticeStrong) + std::size(kNoticeWeak) + 1 <= 64);
  static_assert(std::ranges::all_of(kNoticeStrong, [](auto p) { return p.size() >= 4; }) &&
                std::ranges::all_of(kNoticeWeak, [](auto p) { return p.size() >= 4; }));
  uint64_t seen = 0;
  int score = 0;
  // One pass over the line's raw bytes (the tables are read in any case):
  // the phrases are lower case, so a phrase found is compared with
  // StartsWithCI.
  // A phrase (four bytes or more) starts four bytes or more before the end.
  for (size_t i = 0; (i = kTable.NextStart(line, i)) != std::string_view::npos; ++i) {
    const NoticeTable::List* list = kTable.Find(line[i], line[i + 1]);
    if (!list) {
      continue;
    }
    // A phrase here has the four bytes from here (zeros past the end).
    const uint32_t head = Head(line.substr(i));
    if (std::find(list->heads.begin(), list->heads.end(), head) == list->heads.end()) {
      continue;
    }
    for (uint8_t k : list->phrases) {
      const NoticeTable::Phrase& p = kTable.phrases()[k];
      if ((seen >> k & 1) != 0 || !StartsWithCI(line.substr(i), p.text)) {
        continue;
      }
      seen |= uint64_t{1} << k;
      score += p.weight;
      if (score >= 3) {
        return true;
      }
    }
  }
  return false;
}

class SpanSet {
 public:
  explicit SpanSet(std::string_view text) : text_(text) {}

  void Add(size_t b, size_t e) {
    Trim(text_, b, e);
    if (b < e) {
      spans_.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
    }
  }

  // Sorts and merges spans that overlap or are separated by white space only.
  std::vector<Span> Finish() {
    std::sort(spans_.begin(), spans_.end());
    std::vector<Span> out;
    for (const Span& s : spans_) {
      if (!out.empty() && s.begin <= out.back().end) {
        out.back().end = std::max(out.back().end, s.end);
        continue;
      }
      if (!out.empty()) {
        size_t b = out.back().end, e = s.begin;
        Trim(text_, b, e);
        if (b >= e) {
          out.back().end = std::max(out.back().end, s.end);
          continue;
        }
      }
      out.push_back(s);
    }
    return out;
  }

 private:
  std::string_view text_;
  std::vector<Span> spans_;
};

struct Line {
  size_t begin = 0;  // trimmed (but by RawLineAt)
  size_t end = 0;
  size_t next = 0;  // start of the next line
  bool blank() const { return begin >= end; }
};

size_t LineEndAfter(std::string_view text, size_t pos) {
  const char* nl =
      static_cast<const char*>(std::memchr(text.data() + pos, '\n', text.size() - pos));
  return nl ? static_cast<size_t>(nl - text.data()) : text.size();
}

// The line at `start` as it stands, its indent and trailing spaces in it.
Line RawLineAt(std::string_view text, size_t start) {
  const size_t end = LineEndAfter(text, start);
  return {start, end, end < text.size() ? end + 1 : text.size()};
}

Line LineAt(std::string_view text, size_t start) {
  Line l = RawLineAt(text, start);
  Trim(text, l.begin, l.end);
  return l;
}

size_t LineStartBefore(std::string_view text, size_t pos) {
#if defined(__GLIBC__)
  const void* nl = memrchr(text.data(), '\n', pos);  // a GNU extension
  return nl ? static_cast<size_t>(static_cast<const char*>(nl) - text.data()) + 1 : 0;
#else
  while (pos > 0 && text[pos - 1] != '\n') {
    --pos;
  }
  return pos;
#endif
}

// The last three bytes of a line that IsAgencyCreditLine or
// EndsWithRightsReserved may hold for: those of an agency ("ges" of "Getty
// Images", "AFP", either case) and the ends of "all rights reserved" with or
// without the periods and spaces after it ("ved", "ed.", "d..", "d .", and
// three of those periods and spaces ending in a period, as a trimmed line
// does). A line ending otherwise that starts with no pattern of StartTable
// is passed over.
constexpr GramSet kLineEnds = [] {
  GramSet set;
  for (std::string_view a : {"getty images", "reuters", "associated press", "shutterstock",
                             "istock", "ap photo", "afp", "epa-efe", "epa", "alamy", "pool"}) {
    set.Add(a.substr(a.size() - 3));
  }
  for (std::string_view e : {"ved", "ed.", "d..", "d .", "...", ". .", " ..", "  ."}) {
    set.Add(e);
  }
  return set;
}();

// Whether IsAgencyCreditLine or EndsWithRightsReserved may hold for `line`.
bool MayEnd(std::string_view line) {
  return line.size() >= 4 && kLineEnds.HasThreeBefore(line.data() + line.size());
}

// Whether no line test can hold for the line [b, e) of `text` (untrimmed):
// true for most lines of prose, after one look at their first four bytes
// and their last three. False (ask the tests) for lines that need more
// than a paragraph's indent trimmed, shorter than four bytes or starting
// with a byte that may begin U+00A9 (0xC2).
bool PassOver(std::string_view text, size_t b, size_t e, const StartTable& starts) {
  while (b < e && text[b] == ' ') {  // a paragraph's indent
    ++b;
  }
  // Trimmed(text, b, e) as two loads: bit 1, a byte above the space that
  // begins no U+00A0; bit 2, one that ends none.
  static constexpr std::array<uint8_t, 256> kEdge = [] {
    std::array<uint8_t, 256> t{};
    for (int c = ' ' + 1; c < 256; ++c) {
      t[c] = static_cast<uint8_t>((c != 0xC2 ? 1 : 0) | (c != 0xA0 ? 2 : 0));
    }
    return t;
  }();
  if (e - b < 4) {
    return false;
  }
  const unsigned first_ok = kEdge[static_cast<unsigned char>(text[b])] & 1u;
  const unsigned last_ok = kEdge[static_cast<unsigned char>(text[e - 1])] >> 1;
  return (first_ok & last_ok) != 0 && !starts.MayStart(text.data() + b) &&
         !kLineEnds.HasThreeBefore(text.data() + e);
}

// Forward pass: one prefix test per line.
void MarkLines(std::string_view text, SpanSet& out) {
  static const StartTable kStarts;  // its guard asked once per text, not per line
  bool prev_credit = false;         // the previous non-blank line was a photo credit
  size_t pos = 0;
  while (pos < text.size()) {
    Line l = RawLineAt(text, pos);
    pos = l.next;
    if (PassOver(text, l.begin, l.end, kStarts)) {
      prev_credit = false;  // no pattern at either end: as the tests below would find
      continue;
    }
    Trim(text, l.begin, l.end);  // LineAt's, after the look that passes most lines over
    if (l.blank()) {
      continue;
    }
    // Not substr: l is inside the text, no bounds test needed.
    const std::string_view line(text.data() + l.begin, l.end - l.begin);
    if (line.size() > kMaxCopyrightLine) {  // prose: no line pattern is that long
      prev_credit = false;
      continue;
    }
    // A prefix (or header) that the line starts with has the line's head.
    uint32_t head = 0;
    const std::vector<StartTable::Entry>* entries = kStarts.Find(line, head);
    if (!entries && !MayEnd(line)) {
      prev_credit = false;  // no start pattern, and no end pattern can hold
      continue;
    }
    bool credit = false, other = false, related = false;
    if (entries) {
      const std::string_view header = RelatedHeaderText(line);
      for (const auto& e : *entries) {
        const bool head_matches = (head & e.head_mask) == e.head;
        switch (e.start) {
          case Start::kCredit:
            credit = credit || (head_matches && line.size() <= kMaxCreditLine &&
                                StartsWithCI(line, e.prefix));
            break;
          case Start::kFooter:
            other = other ||
                    (head_matches && line.size() <= kMaxCreditLine && StartsWithCI(line, e.prefix));
            break;
          case Start::kRelated:
            related = related || (head_matches && header.size() == e.prefix.size() &&
                                  StartsWithCI(header, e.prefix));
            break;
          case Start::kCopyright:
            other = other || IsCopyrightLine(line);
            break;
          case Start::kEditor:
            other = other || (prev_credit && IsEditorInitialsLine(line));
            break;
        }
      }
    }
    credit = credit || IsAgencyCreditLine(line);
    other = other || EndsWithRightsReserved(line);
    if (credit || other) {
      out.Add(l.begin, l.end);
    } else if (related) {
      out.Add(l.begin, l.end);
      // The list under the header: the next block of short headline-like
      // lines (blank lines right after the header are skipped). A block that
      // holds anything else is left alone.
      size_t p = pos;
      while (p < text.size()) {
        Line blank = LineAt(text, p);
        if (!blank.blank()) {
          break;
        }
        p = blank.next;
      }
      std::vector<Line> items;
      bool list = true;
      while (p < text.size()) {
        Line item = LineAt(text, p);
        if (item.blank()) {
          break;
        }
        if (items.size() == kMaxRelatedItems ||
            !IsHeadlineLike(text.substr(item.begin, item.end - item.begin))) {
          list = false;
          break;
        }
        items.push_back(item);
        p = item.next;
      }
      if (list && !items.empty()) {
        for (const Line& i : items) {
          out.Add(i.begin, i.end);
        }
        pos = items.back().next;
      }
    }
    prev_credit = credit;
  }
}

// "... © Example Agency" at the end of a caption line.
void MarkInline(std::string_view text, SpanSet& out) {
  const std::string_view kCopy = "\xC2\xA9";
  const char* p = text.data();
  const char* end = text.data() + text.size();
  while ((p = static_cast<const char*>(std::memchr(p, kCopy[0], end - p))) != nullptr) {
    if (p + 1 < end && p[1] == kCopy[1]) {
      size_t at = p - text.data();
      size_t line_end = LineEndAfter(text, at);
      if (line_end - at <= 120) {
        out.Add(at, line_end);
      }
    }
    ++p;
  }
  // "(Photo by Jane Doe/Example Agency)", "(AP Photo/Jane Doe)" inside a
  // caption line. A pattern ending in a letter must end a word there:
  // "(credit:" is a credit, "(creditors)" is not.
  static constexpr std::string_view kParen[] = {
      "(photo:",       "(photo by ",      "(photos:",       "(photos by ",  "(photograph by ",
      "(photo credit", "(photo courtesy", "(image:",        "(image by ",   "(image source:",
      "(image credit", "(image courtesy", "(picture:",      "(picture by ", "(credit:",
      "(ap photo",     "(afp photo",      "(reuters photo", "(pool photo",  "(file photo",
  };
  // The bytes after the '(' of a pattern, in either case: most parentheses
  // ("(1987)", "(the bank)") are passed over with one lookup.
  static constexpr std::array<bool, 256> kSecond = [] {
    std::array<bool, 256> t{};
    for (auto k : kParen) {
      t[static_cast<unsigned char>(k[1])] = true;
      t[static_cast<unsigned char>(Upper(k[1]))] = true;
    }
    return t;
  }();
  p = text.data();
  while ((p = static_cast<const char*>(std::memchr(p, '(', end - p))) != nullptr) {
    if (end - p < 2 || !kSecond[static_cast<unsigned char>(p[1])]) {
      ++p;
      continue;
    }
    std::string_view rest(p, std::min<size_t>(end - p, 20));
    bool hit = false;
    for (auto k : kParen) {
      if (!StartsWithCI(rest, k)) {
        continue;
      }
      char last = k.back();
      hit = last == ':' || last == ' ' || k.size() >= rest.size() ||
            !IsAlnumAscii(static_cast<unsigned char>(rest[k.size()]));
      if (hit) {
        break;
      }
    }
    if (hit) {
      size_t at = p - text.data();
      size_t limit = std::min(LineEndAfter(text, at), at + 200);
      size_t close = text.find(')', at);
      if (close != std::string_view::npos && close < limit) {
        out.Add(at, close + 1);
      }
    }
    ++p;
  }
}

// Backward pass over the last paragraphs: notices, and separators and
// headers between them, up to the first paragraph of prose.
void MarkTail(std::string_view text, const std::vector<Span>& marked, SpanSet& out) {
  auto is_marked = [&](size_t b, size_t e) {
    auto it =
        std::upper_bound(marked.begin(), marked.end(), Span{static_cast<uint32_t>(b), UINT32_MAX});
    if (it == marked.begin()) {
      return false;
    }
    --it;
    return it->begin <= b && e <= it->end;
  };
  size_t e = text.size();
  size_t tail_begin = text.size();
  bool found = false;
  while (e > 0) {
    size_t b = LineStartBefore(text, e);
    size_t tb = b, te = e;
    Trim(text, tb, te);
    size_t prev_end = b > 0 ? b - 1 : 0;  // the '\n' ending the line before
    if (tb < te) {
      std::string_view line = text.substr(tb, te - tb);
      // A marked line needs no notice test (the costly one: asked first,
      // it is asked only of the paragraph the walk stops at).
      if (is_marked(tb, te) || IsNoticeParagraph(line)) {
        found = true;
        tail_begin = tb;
      } else if (IsSymbolLine(line)) {
        // a separator: part of the tail if boilerplate comes before it
      } else {
        break;
      }
    }
    if (b == 0) {
      break;
    }
    e = prev_end;
  }
  if (found) {
    out.Add(tail_begin, text.size());
  }
}

}  // namespace

std::vector<Span> FindBoilerplate(std::string_view text) {
  if (text.empty() || text.size() > UINT32_MAX) {
    return {};
  }
  SpanSet set(text);
  MarkLines(text, set);
  MarkInline(text, set);
  std::vector<Span> first = set.Finish();
  SpanSet tail(text);
  for (const Span& s : first) {
    tail.Add(s.begin, s.end);
  }
  MarkTail(text, first, tail);
  return tail.Finish();
}

}  // namespace claimgraph::ingest
