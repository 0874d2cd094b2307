// Open-addressing hash tables keyed by strings, for the lookups in the hot
// loops (a few per token): one cheap hash over 8-byte words, a flat slot
// array with a 32-bit tag per slot (no node per entry, no pointer chase
// before the key compare) and string_view probes, so nothing is allocated
// to look a word up.
//
// StringTable<V> owns its keys (copied into one arena when it is built or
// inserted into); ViewSet stores views into text that outlives it (per
// document: the words of one document). Neither is ordered: iterate only
// where the order does not matter.
#ifndef CLAIMGRAPH_BASE_STRING_TABLE_H_
#define CLAIMGRAPH_BASE_STRING_TABLE_H_

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace claimgraph::base {

// 64-bit hash of a short string: 8 bytes at a time, multiply-xorshift mixed.
inline uint64_t HashString(std::string_view s) {
  const char* p = s.data();
  size_t n = s.size();
  uint64_t h = 0x9E3779B97F4A7C15ull ^ (n * 0xC2B2AE3D27D4EB4Full);
  while (n >= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
    h ^= h >> 31;
    p += 8;
    n -= 8;
  }
  uint64_t v = 0;
  if (n >= 4) {
    uint32_t a, b;
    std::memcpy(&a, p, 4);
    std::memcpy(&b, p + n - 4, 4);
    v = (static_cast<uint64_t>(a) << 32) | b;
  } else if (n > 0) {
    v = static_cast<uint64_t>(static_cast<unsigned char>(p[0])) |
        static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8 |
        static_cast<uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16;
  }
  h = (h ^ v) * 0x94D049BB133111EBull;
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ull;
  h ^= h >> 32;
  return h;
}

struct NoValue {};

template <typename V>
class StringTable {
 public:
  using value_type = std::pair<std::string_view, V>;

  StringTable() = default;
  StringTable(StringTable&&) noexcept = default;
  StringTable& operator=(StringTable&&) noexcept = default;
  StringTable(const StringTable&) = delete;
  StringTable& operator=(const StringTable&) = delete;

  // nullptr when absent (end() is nullptr too: `it != t.end()` reads as usual).
  const value_type* find(std::string_view key) const {
    if (entries_.empty()) {
      return nullptr;
    }
    return Find(key, Tag(key));
  }
  value_type* find(std::string_view key) {
    return const_cast<value_type*>(static_cast<const StringTable*>(this)->find(key));
  }
  const value_type* end() const { return nullptr; }
  size_t count(std::string_view key) const { return find(key) != nullptr; }
  bool contains(std::string_view key) const { return find(key) != nullptr; }
  const V& at(std::string_view key) const { return find(key)->second; }
  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

  // Inserts `key` (copied) unless present; returns the entry and whether it
  // was inserted. Entry addresses stay valid across later inserts.
  std::pair<value_type*, bool> emplace(std::string_view key, V value = V()) {
    const uint32_t tag = Tag(key);  // hashed once, for the look-up and the slot
    if (!entries_.empty()) {
      if (const value_type* e = Find(key, tag)) {
        return {const_cast<value_type*>(e), false};
      }
    }
    if ((entries_.size() + 1) * 2 > slots_.size()) {
      Grow();
    }
    entries_.emplace_back(StoreKey(key), std::move(value));
    Place(tag, static_cast<uint32_t>(entries_.size()));
    return {&entries_.back(), true};
  }
  std::pair<value_type*, bool> insert(std::string_view key) { return emplace(key); }
  V& operator[](std::string_view key) { return emplace(key).first->second; }

  // Every entry, in insertion order.
  const std::deque<value_type>& entries() const { return entries_; }

 private:
  // A key's slot tag, its hash's high half, which also gives its first slot:
  // a slot's position is known from its tag, so growing rehashes no key.
  struct Slot {
    uint32_t tag = 0;
    uint32_t entry = 0;  // entry index + 1; 0 = empty
  };
  static uint32_t Tag(std::string_view key) { return static_cast<uint32_t>(HashString(key) >> 32); }

  // Not empty.
  const value_type* Find(std::string_view key, uint32_t tag) const {
    const size_t mask = slots_.size() - 1;
    for (size_t i = tag & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.entry == 0) {
        return nullptr;
      }
      if (s.tag == tag) {
        const value_type& e = entries_[s.entry - 1];
        if (e.first.size() == key.size() &&
            (key.empty() || std::memcmp(e.first.data(), key.data(), key.size()) == 0)) {
          return &e;
        }
      }
    }
  }
  void Place(uint32_t tag, uint32_t entry) {
    const size_t mask = slots_.size() - 1;
    size_t i = tag & mask;
    while (slots_[i].entry != 0) {
      i = (i + 1) & mask;
    }
    slots_[i] = Slot{tag, entry};
  }
  void Grow() {
    size_t cap = slots_.empty() ? 16 : slots_.size() * 2;
    while ((entries_.size() + 1) * 2 > cap) {
      cap *= 2;
    }
    std::vector<Slot> old(cap, Slot{});
    old.swap(slots_);
    for (const Slot& s : old) {
      if (s.entry != 0) {
        Place(s.tag, s.entry);
      }
    }
  }

  // Keys are copied into blocks that never move (one allocation per block,
  // not per key), entries into a deque: views and addresses stay valid.
  std::string_view StoreKey(std::string_view key) {
    if (key.size() > block_left_) {
      // Blocks grow from small (per-document tables) to kBlock; not zeroed.
      block_size_ = std::min(kBlock, block_size_ * 2);
      const size_t size = std::max(block_size_, key.size());
      blocks_.push_back(std::unique_ptr<char[]>(new char[size]));
      block_next_ = blocks_.back().get();
      block_left_ = size;
    }
    if (!key.empty()) {
      std::memcpy(block_next_, key.data(), key.size());
    }
    std::string_view stored(block_next_, key.size());
    block_next_ += key.size();
    block_left_ -= key.size();
    return stored;
  }
  static constexpr size_t kBlock = 16384;
  size_t block_size_ = 128;
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* block_next_ = nullptr;
  size_t block_left_ = 0;
  std::deque<value_type> entries_;
  std::vector<Slot> slots_;
};

// The keys of at most 8 bytes of a StringTable<V>, each packed into one
// integer (its bytes, little-endian, zero-padded) in a flat table of
// integers: a lookup made for every word probes integers, with no string
// hashing or byte compare. Keys are non-empty and hold no NUL byte, so
// packing is one-to-one; a table with a short key holding NUL is not packed
// at all (complete() is false) and every lookup goes to the StringTable.
template <typename V>
class PackedKeys {
 public:
  void Build(const StringTable<V>& table) {
    size_t slots = 16;
    int bits = 4;
    while (slots < table.size() * 3) {
      slots *= 2, ++bits;
    }
    keys_.assign(slots, 0);
    values_.assign(slots, V());
    mask_ = slots - 1;
    shift_ = 64 - bits;
    complete_ = false;
    for (const auto& [key, value] : table.entries()) {
      if (Packable(key) && key.find('\0') != std::string_view::npos) {
        return;
      }
    }
    for (const auto& [key, value] : table.entries()) {
      if (!Packable(key)) {
        continue;
      }
      const uint64_t packed = Pack(key);
      size_t i = (packed * 0x9E3779B97F4A7C15ull) >> shift_;
      while (keys_[i] != 0) {
        i = (i + 1) & mask_;
      }
      keys_[i] = packed;
      values_[i] = value;
    }
    complete_ = true;
  }
  static bool Packable(std::string_view w) { return !w.empty() && w.size() <= 8; }
  static uint64_t Pack(std::string_view w) {  // Packable(w)
    const char* p = w.data();
    const size_t n = w.size();
    if constexpr (std::endian::native == std::endian::little) {
      // Two overlapping loads: the bytes they share are the same, so or-ing
      // them gives each byte at its place.
      if (n >= 4) {
        uint32_t a, b;
        std::memcpy(&a, p, 4);
        std::memcpy(&b, p + n - 4, 4);
        return static_cast<uint64_t>(a) | static_cast<uint64_t>(b) << (8 * (n - 4));
      }
      if (n >= 2) {
        uint16_t a, b;
        std::memcpy(&a, p, 2);
        std::memcpy(&b, p + n - 2, 2);
        return static_cast<uint64_t>(a) | static_cast<uint64_t>(b) << (8 * (n - 2));
      }
    }
    uint64_t x = 0;
    for (size_t k = 0; k < n; ++k) {
      x |= static_cast<uint64_t>(static_cast<unsigned char>(p[k])) << (8 * k);
    }
    return x;
  }
  // False when some short key held a NUL byte (then not packed at all).
  bool complete() const { return complete_; }
  // The value of `key` in `table` (the one this was built from), or nullptr:
  // a short key probes the packed integers, a long one the StringTable.
  const V* Find(std::string_view key, const StringTable<V>& table) const {
    if (Packable(key) && complete_) {
      // A key ending in a NUL byte packs like a shorter one; it is no key
      // (the same test as the packed value's byte width being the size).
      if (key.back() == '\0') {
        return nullptr;
      }
      return FindPacked(Pack(key));
    }
    const auto* it = table.find(key);
    return it ? &it->second : nullptr;
  }
  // The value of a key already packed as Pack packs it (a caller that has
  // the key's bytes in a register), or nullptr; only when complete().
  const V* FindPacked(uint64_t packed) const {
    for (size_t i = (packed * 0x9E3779B97F4A7C15ull) >> shift_;; i = (i + 1) & mask_) {
      if (keys_[i] == packed) {
        return &values_[i];
      }
      if (keys_[i] == 0) {
        return nullptr;
      }
    }
  }

 private:
  std::vector<uint64_t> keys_ = std::vector<uint64_t>(1, 0);  // 0: an empty slot
  std::vector<V> values_ = std::vector<V>(1, V());
  size_t mask_ = 0;
  int shift_ = 63;  // 64 - log2(slots)
  bool complete_ = false;
};

template <typename V>
using StringMapTable = StringTable<V>;
using StringSetTable = StringTable<NoValue>;

// Views (not owned) to values, cleared with its memory kept: for one
// document's words, reused from document to document. The first value given
// for a key stays. ViewSet is the set.
template <typename V>
class ViewMap {
  static_assert(std::is_trivially_copyable_v<V>, "cleared by memset");

 public:
  // True when `key` was new (and now holds `value`).
  bool insert(std::string_view key, V value = V{}) {
    if ((size_ + 1) * 2 > slots_.size()) {
      Grow();
    }
    const uint64_t h = HashString(key);
    Slot& s = Probe(key, h);
    if (s.data != nullptr) {
      return false;
    }
    s = Slot{key.data() ? key.data() : "", static_cast<uint32_t>(key.size()),
             static_cast<uint32_t>(h >> 32), value};
    ++size_;
    return true;
  }
  const V* find(std::string_view key) const {
    if (size_ == 0) {
      return nullptr;
    }
    const Slot& s = const_cast<ViewMap*>(this)->Probe(key, HashString(key));
    return s.data != nullptr ? &s.value : nullptr;
  }
  size_t count(std::string_view key) const { return find(key) != nullptr ? 1 : 0; }
  void clear() {
    if (size_ == 0) {
      return;
    }
    // A table grown once for a large document is cut back to room for twice
    // what this use held (its capacity kept, so nothing is freed), and the
    // next clear costs that, not the largest size ever reached.
    size_t fit = 64;
    while (fit < size_ * 4) {
      fit *= 2;
    }
    if (slots_.size() > fit) {
      slots_.assign(fit, Slot{});
    } else {
      // All-zero bytes are the empty Slot{}: one memset, not a loop of stores.
      std::memset(static_cast<void*>(slots_.data()), 0, slots_.size() * sizeof(Slot));
    }
    size_ = 0;
  }
  size_t size() const { return size_; }

 private:
  struct Slot {
    const char* data = nullptr;
    uint32_t size = 0;
    uint32_t tag = 0;
    [[no_unique_address]] V value{};
  };
  // The slot holding `key`, else the empty slot where it goes.
  Slot& Probe(std::string_view key, uint64_t h) {
    const uint32_t tag = static_cast<uint32_t>(h >> 32);
    const size_t mask = slots_.size() - 1;
    for (size_t i = static_cast<size_t>(h) & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (s.data == nullptr || (s.tag == tag && s.size == key.size() &&
                                std::memcmp(s.data, key.data(), key.size()) == 0)) {
        return s;
      }
    }
  }
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    for (const Slot& s : old) {
      if (s.data != nullptr) {
        const std::string_view key(s.data, s.size);
        Probe(key, HashString(key)) = s;
      }
    }
  }
  std::vector<Slot> slots_;
  size_t size_ = 0;
};
using ViewSet = ViewMap<NoValue>;

}  // namespace claimgraph::base

#endif  // CLAIMGRAPH_BASE_STRING_TABLE_H_
