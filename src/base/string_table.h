// Open-addressing hash tables keyed by strings, for the lookups in the hot
// loops (a few per token): a flat slot array, no node per entry, and
// string_view probes, so nothing is allocated to look a word up.
//
// Most words are short, so a key of 1 to 8 bytes (ShortKey) is packed into
// one integer (PackKey) and kept in a table of integers (PackedIndex): its
// lookup is a multiply and integer compares, with no string hashing or byte
// compare. Longer keys (and the empty key, and keys ending in a NUL byte)
// are hashed (HashString) into slots with a 32-bit tag each, compared
// bytewise only when the tags agree. Both paths are inside the containers:
// callers just find.
//
// StringTable<V> owns its keys (copied into one arena when it is built or
// inserted into); ViewMap and ViewSet store views into text that outlives
// them (per document: the words of one document). Neither is ordered:
// iterate only where the order does not matter.
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

// The bytes of a key of 1 to 8 bytes in one integer, byte k at bits 8k
// (little-endian), zero-padded.
inline uint64_t PackKey(std::string_view key) {
  const char* p = key.data();
  const size_t n = key.size();
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

// Whether the containers keep `key` packed: 1 to 8 bytes, the last not NUL.
// Then its packed integer's highest non-zero byte is its last, so packing
// is one to one among such keys, and never 0.
inline bool ShortKey(std::string_view key) { return key.size() - 1 < 8 && key.back() != '\0'; }

// An open-addressing table from packed short keys (PackKey of a ShortKey;
// 0 marks an empty slot) to values T, probed linearly from a multiplicative
// hash. At most a quarter full: most words looked up are no key, and a miss
// ends at the first empty slot. The short-key path of the containers below.
template <typename T>
class PackedIndex {
  static_assert(std::is_trivially_copyable_v<T>, "kept in slots, cleared by memset");

 public:
  PackedIndex() = default;
  // A moved-from index is empty (and finds nothing: see slots_).
  PackedIndex(PackedIndex&& other) noexcept { Swap(other); }
  PackedIndex& operator=(PackedIndex&& other) noexcept {
    PackedIndex taken(std::move(other));
    Swap(taken);  // this index's old slots are freed with `taken`
    return *this;
  }
  PackedIndex(const PackedIndex&) = delete;
  PackedIndex& operator=(const PackedIndex&) = delete;

  // The value of `key` (PackKey of a ShortKey), or nullptr.
  const T* Find(uint64_t key) const {
    for (size_t i = Home(key);; i = (i + 1) & mask_) {
      if (slots_[i].key == key) {
        return &slots_[i].value;
      }
      if (slots_[i].key == 0) {
        return nullptr;
      }
    }
  }
  // Inserts `key` with `value` unless present; returns its value and
  // whether it was inserted.
  std::pair<T*, bool> Insert(uint64_t key, T value) {
    if ((size_ + 1) * 4 > storage_.size()) {
      Resize(storage_.empty() ? 16 : storage_.size() * 2);
    }
    Slot& s = Probe(key);
    if (s.key != 0) {
      return {&s.value, false};
    }
    s = Slot{key, value};
    ++size_;
    return {&s.value, true};
  }
  // Empties the index, its memory kept: one grown once for a large document
  // is cut back to room for twice what this use held, so the next clear
  // costs that, not the largest size ever reached.
  void Clear() {
    if (size_ == 0) {
      return;
    }
    size_t fit = 64;
    while (fit < size_ * 8) {
      fit *= 2;
    }
    if (storage_.size() > fit) {
      Allocate(fit);
    } else {
      // All-zero bytes are the empty Slot{}: one memset, not a loop of stores.
      std::memset(static_cast<void*>(storage_.data()), 0, storage_.size() * sizeof(Slot));
    }
    size_ = 0;
  }
  size_t size() const { return size_; }

 private:
  struct Slot {
    uint64_t key = 0;
    [[no_unique_address]] T value{};
  };
  size_t Home(uint64_t key) const { return (key * 0x9E3779B97F4A7C15ull) >> shift_; }
  Slot& Probe(uint64_t key) {  // the slot holding `key`, else the empty one where it goes
    for (size_t i = Home(key);; i = (i + 1) & mask_) {
      Slot& s = storage_[i];
      if (s.key == key || s.key == 0) {
        return s;
      }
    }
  }
  // A fresh array of `slots` (a power of 2, at least 16) empty slots.
  void Allocate(size_t slots) {
    storage_.assign(slots, Slot{});
    slots_ = storage_.data();
    mask_ = slots - 1;
    shift_ = 64 - std::countr_zero(slots);
  }
  // The same with the entries re-placed.
  void Resize(size_t slots) {
    std::vector<Slot> old = std::move(storage_);
    Allocate(slots);
    for (const Slot& s : old) {
      if (s.key != 0) {
        Probe(s.key) = s;
      }
    }
  }
  void Swap(PackedIndex& other) noexcept {
    std::swap(storage_, other.storage_);  // the arrays keep their addresses
    std::swap(slots_, other.slots_);
    std::swap(mask_, other.mask_);
    std::swap(shift_, other.shift_);
    std::swap(size_, other.size_);
  }
  // Before the first insert slots_ is a shared array of two empty slots, so
  // Find needs no test for an empty index.
  static constexpr Slot kNoSlots[2] = {};
  std::vector<Slot> storage_;
  const Slot* slots_ = kNoSlots;
  size_t mask_ = 1;
  int shift_ = 63;  // 64 - log2(slots)
  size_t size_ = 0;
};

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
    return ShortKey(key) ? FindPacked(PackKey(key)) : FindLong(key);
  }
  value_type* find(std::string_view key) {
    return const_cast<value_type*>(static_cast<const StringTable*>(this)->find(key));
  }
  // The same for a ShortKey the caller has already packed (PackKey).
  const value_type* FindPacked(uint64_t packed) const {
    value_type* const* e = short_.Find(packed);
    return e ? *e : nullptr;
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
    if (ShortKey(key)) {
      auto [e, inserted] = short_.Insert(PackKey(key), nullptr);
      if (inserted) {
        *e = &entries_.emplace_back(StoreKey(key), std::move(value));
      }
      return {*e, inserted};
    }
    const uint32_t tag = Tag(key);  // hashed once, for the look-up and the slot
    if (!slots_.empty()) {
      if (const value_type* e = Find(key, tag)) {
        return {const_cast<value_type*>(e), false};
      }
    }
    if ((long_count_ + 1) * 2 > slots_.size()) {
      Grow();
    }
    value_type* e = &entries_.emplace_back(StoreKey(key), std::move(value));
    Place(tag, e);
    ++long_count_;
    return {e, true};
  }
  std::pair<value_type*, bool> insert(std::string_view key) { return emplace(key); }
  V& operator[](std::string_view key) { return emplace(key).first->second; }

  // Every entry, in insertion order.
  const std::deque<value_type>& entries() const { return entries_; }

 private:
  // The other keys: a slot tag, the key's hash's high half, which also gives
  // its first slot: a slot's position is known from its tag, so growing
  // rehashes no key.
  struct Slot {
    uint32_t tag = 0;
    value_type* entry = nullptr;  // nullptr = empty
  };
  static uint32_t Tag(std::string_view key) { return static_cast<uint32_t>(HashString(key) >> 32); }

  // Out of line: find, inlined where it is called, is then the short path.
  [[gnu::noinline]] const value_type* FindLong(std::string_view key) const {
    return slots_.empty() ? nullptr : Find(key, Tag(key));
  }
  // slots_ not empty.
  const value_type* Find(std::string_view key, uint32_t tag) const {
    const size_t mask = slots_.size() - 1;
    for (size_t i = tag & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.entry == nullptr) {
        return nullptr;
      }
      if (s.tag == tag) {
        const value_type& e = *s.entry;
        if (e.first.size() == key.size() &&
            (key.empty() || std::memcmp(e.first.data(), key.data(), key.size()) == 0)) {
          return &e;
        }
      }
    }
  }
  void Place(uint32_t tag, value_type* entry) {
    const size_t mask = slots_.size() - 1;
    size_t i = tag & mask;
    while (slots_[i].entry != nullptr) {
      i = (i + 1) & mask;
    }
    slots_[i] = Slot{tag, entry};
  }
  void Grow() {
    size_t cap = slots_.empty() ? 16 : slots_.size() * 2;
    std::vector<Slot> old(cap, Slot{});
    old.swap(slots_);
    for (const Slot& s : old) {
      if (s.entry != nullptr) {
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
  PackedIndex<value_type*> short_;  // the ShortKey keys
  std::vector<Slot> slots_;         // the others
  size_t long_count_ = 0;
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
    return ShortKey(key) ? short_.Insert(PackKey(key), value).second : InsertLong(key, value);
  }
  const V* find(std::string_view key) const {
    return ShortKey(key) ? short_.Find(PackKey(key)) : FindLong(key);
  }
  // The same, for changing the value in place.
  V* find(std::string_view key) {
    return const_cast<V*>(static_cast<const ViewMap*>(this)->find(key));
  }
  size_t count(std::string_view key) const { return find(key) != nullptr ? 1 : 0; }
  void clear() {
    short_.Clear();
    if (size_ == 0) {
      return;
    }
    // As PackedIndex::Clear: cut back to room for twice what this use held.
    size_t fit = 64;
    while (fit < size_ * 4) {
      fit *= 2;
    }
    if (slots_.size() > fit) {
      slots_.assign(fit, Slot{});
    } else {
      std::memset(static_cast<void*>(slots_.data()), 0, slots_.size() * sizeof(Slot));
    }
    size_ = 0;
  }
  size_t size() const { return short_.size() + size_; }

 private:
  // The keys that are no ShortKey.
  struct Slot {
    const char* data = nullptr;
    uint32_t size = 0;
    uint32_t tag = 0;
    [[no_unique_address]] V value{};
  };
  // Out of line, as StringTable::FindLong.
  [[gnu::noinline]] bool InsertLong(std::string_view key, V value) {
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
  [[gnu::noinline]] const V* FindLong(std::string_view key) const {
    if (size_ == 0) {
      return nullptr;
    }
    const Slot& s = const_cast<ViewMap*>(this)->Probe(key, HashString(key));
    return s.data != nullptr ? &s.value : nullptr;
  }
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
  PackedIndex<V> short_;  // the ShortKey keys
  std::vector<Slot> slots_;
  size_t size_ = 0;
};
using ViewSet = ViewMap<NoValue>;

}  // namespace claimgraph::base

#endif  // CLAIMGRAPH_BASE_STRING_TABLE_H_
