// Internal to extract/: reading numbers as news English writes them, shared
// by the time and quantity taggers. Digits with separators ("1,100", "3.5"),
// cardinal words ("two", "twenty-five", "a dozen"), scale words ("1.5
// million", "12bn") and ordinals ("third", "24th").
#ifndef CLAIMGRAPH_EXTRACT_QUANTITY_NUMBERS_H_
#define CLAIMGRAPH_EXTRACT_QUANTITY_NUMBERS_H_

#include <cstdint>
#include <cstring>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/words.h"
#include "model/text.h"

namespace claimgraph::extract {

// A small read-only map from lowercase words to values: open addressing over
// a flat table keyed by a word's first eight bytes packed into an integer
// (and its length), so one lookup costs a few dozen instructions, compares
// integers (bytes past the eighth with memcmp) and allocates nothing. Later
// Set() calls overwrite.
template <typename V>
class WordMap {
 public:
  WordMap() : slots_(64) {}
  void Set(std::string_view k, V v) {
    if ((count_ + 1) * 4 > slots_.size()) {
      Grow();
    }
    Slot& s = Probe(slots_, k);
    if (!s.used) {
      s.used = true;
      s.head = Head(k);
      s.key = std::string(k);
      ++count_;
    }
    s.value = v;
    if (k.size() > max_len_) {
      max_len_ = k.size();
    }
  }
  const V* Find(std::string_view w) const {
    if (w.empty() || w.size() > max_len_) {
      return nullptr;
    }
    const uint64_t head = Head(w);
    size_t mask = slots_.size() - 1;
    for (size_t i = Hash(head, w.size()) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (!s.used) {
        return nullptr;
      }
      if (s.head == head && s.key.size() == w.size() &&
          (w.size() <= 8 || std::memcmp(s.key.data() + 8, w.data() + 8, w.size() - 8) == 0)) {
        return &s.value;
      }
    }
  }
  bool Contains(std::string_view w) const { return Find(w) != nullptr; }

 private:
  struct Slot {
    bool used = false;
    uint64_t head = 0;  // Head(key)
    std::string key;
    V value{};
  };
  // The first eight bytes (fewer for a shorter word), little-endian, zero-padded.
  static uint64_t Head(std::string_view w) {
    const char* p = w.data();
    const size_t n = w.size() < 8 ? w.size() : 8;
    if (n == 8) {
      uint64_t x;
      std::memcpy(&x, p, 8);
      return x;
    }
    // Two loads that overlap for short words (a byte read twice lands in
    // the same place), instead of a loop over the bytes.
    if (n >= 4) {
      uint32_t lo;
      uint32_t hi;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + n - 4, 4);
      return lo | static_cast<uint64_t>(hi) << (8 * (n - 4));
    }
    if (n == 0) {
      return 0;
    }
    auto byte = [p](size_t k) { return static_cast<uint64_t>(static_cast<unsigned char>(p[k])); };
    return byte(0) | byte(n / 2) << (8 * (n / 2)) | byte(n - 1) << (8 * (n - 1));
  }
  static size_t Hash(uint64_t head, size_t size) {
    uint64_t h = (head ^ (size * 0xC2B2AE3D27D4EB4Full)) * 0x9E3779B97F4A7C15ull;
    return static_cast<size_t>(h ^ (h >> 29));
  }
  static Slot& Probe(std::vector<Slot>& slots, std::string_view k) {
    size_t mask = slots.size() - 1;
    for (size_t i = Hash(Head(k), k.size()) & mask;; i = (i + 1) & mask) {
      if (!slots[i].used || slots[i].key == k) {
        return slots[i];
      }
    }
  }
  void Grow() {
    std::vector<Slot> bigger(slots_.size() * 2);
    for (Slot& s : slots_) {
      if (s.used) {
        Probe(bigger, s.key) = std::move(s);
      }
    }
    slots_ = std::move(bigger);
  }
  std::vector<Slot> slots_;
  size_t count_ = 0;
  size_t max_len_ = 0;
};

// A WordMap behind a WordFilter of its keys: a word the filter turns away
// (most words of a text) is not hashed. Every key opens with a letter a-z
// (the filter holds no other).
template <typename V>
class FilteredWordMap {
 public:
  void Set(std::string_view k, V v) {
    filter_.Add(k);
    map_.Set(k, v);
  }
  const V* Find(std::string_view w) const { return filter_.MayContain(w) ? map_.Find(w) : nullptr; }
  bool Contains(std::string_view w) const { return Find(w) != nullptr; }

 private:
  WordFilter filter_;
  WordMap<V> map_;
};

// "1,100" -> 1100, "3.5" -> 3.5, "240" -> 240; nullopt for "1.2.3" and the like.
std::optional<double> ParseDigits(std::string_view s);

// "two" -> 2, "twenty" -> 20, "dozen" -> 12, "hundred" -> 100; -1 when not a cardinal word.
int CardinalWord(std::string_view lower);
// Every word CardinalWord knows: "two", "dozen", "twenty-five".
std::vector<std::string> CardinalWords();

// The one-word cardinals ("two", "dozen"; not "twenty-five") as a
// WordFilter: a word it turns away is no cardinal unless it holds a dash.
const WordFilter& CardinalWordFilter();

// "first" -> 1, "third" -> 3, "twentieth" -> 20; -1 when not an ordinal word.
int OrdinalWord(std::string_view lower);

// Sets WordRecord::number_word in `table` for every word CardinalWord or
// OrdinalWord knows, so that a token's number word is read off the record
// it was looked up with (CardinalOf, OrdinalOf) instead of looked up again.
void AddNumberWordRecords(WordTable& table);
// CardinalWord and OrdinalWord of the word whose record `r` is, in a table
// AddNumberWordRecords filled: "two" -> 2 and -1, "third" -> -1 and 3.
inline int CardinalOf(const WordRecord& r) { return r.number_word > 0 ? r.number_word - 1 : -1; }
inline int OrdinalOf(const WordRecord& r) { return r.number_word < 0 ? -r.number_word : -1; }

// "thousand" -> 1e3, "million"/"mn"/"m" -> 1e6, "billion"/"bn"/"b" -> 1e9,
// "trillion"/"tn" -> 1e12; 0 when not a scale word. `abbreviations` admits
// the one-letter forms ("12m", "3b") that are only scales right after digits.
double ScaleWord(std::string_view lower, bool abbreviations);

struct NumberPhrase {
  size_t end = 0;  // one past the last token
  double value = 0;
  bool digits = false;  // written with digits
  bool has_scale = false;
  bool fraction = false;       // written with a fraction: "7-1/2", "5/8"
  bool bare_fraction = false;  // a fraction with no whole number before it: "5/8"
};

// The number starting at token i: digits with an optional scale ("1.5
// million", "12bn"), or number words ("two", "twenty-five", "three thousand",
// "a dozen"). nullopt when token i starts no number. Reads tokens below
// `end` only (at most the token count: a sentence's end).
std::optional<NumberPhrase> ReadNumber(const Words& w, size_t i, size_t end);

// The fraction starting at token i, as newswire writes prices and rates:
// a whole number, a dash or a space and a fraction ("7-1/2" 7.5,
// "101-24/32" 101.75, "11 3/4" 11.75) or a fraction alone ("5/8" 0.625,
// bare_fraction), with an
// optional scale ("1-1/2 billion" 1.5e9). The parts are plain integers
// written touching, the denominator 2, 3, 4, 8, 16, 32 or 64 and greater
// than the numerator, and no "/" or "-" follows ("5/8/87" is a date,
// "0/92" a programme's name). nullopt when token i starts none. Reads
// tokens below `end` only. (ReadNumber reads "7" of "7-1/2": the time
// tagger relies on that.)
std::optional<NumberPhrase> ReadFraction(const Words& w, size_t i, size_t end);

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_QUANTITY_NUMBERS_H_
