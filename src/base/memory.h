// Memory kept for a whole run, and memory given back.
//
//   base::StringArena ids;              // one string per document, never moved
//   uint64_t h = ids.Add("doc-17");
//   ids.Get(h, 6);                      // "doc-17"
//   base::ReleaseFreedMemory();         // after a stage frees its large arrays
#ifndef CLAIMGRAPH_BASE_MEMORY_H_
#define CLAIMGRAPH_BASE_MEMORY_H_

#include <sys/mman.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <type_traits>
#include <vector>

#ifdef __GLIBC__  // defined by the headers above
#include <malloc.h>
#endif

namespace claimgraph::base {

// Strings that are only added and read back (document ids kept for a whole
// run): copied one after another into blocks that never move, so there is no
// string object, no hash table and no regrowth copy per string. The caller
// keeps each string's size beside its handle.
class StringArena {
 public:
  // A handle for Get.
  uint64_t Add(std::string_view s) {
    if (blocks_.empty() || used_ + s.size() > kBlock) {  // (a large string's block is full)
      blocks_.push_back(std::make_unique<char[]>(std::max(kBlock, s.size())));
      used_ = 0;
    }
    std::memcpy(blocks_.back().get() + used_, s.data(), s.size());
    const uint64_t handle = (blocks_.size() - 1) << 32 | used_;
    used_ += s.size();
    return handle;
  }
  std::string_view Get(uint64_t handle, size_t size) const {
    return {blocks_[handle >> 32].get() + (handle & 0xFFFFFFFFu), size};
  }
  // Where the string of `handle` begins (for records that carry their size).
  const char* Data(uint64_t handle) const {
    return blocks_[handle >> 32].get() + (handle & 0xFFFFFFFFu);
  }
  // Adds `s` and returns the copy: a view valid until Clear or destruction.
  std::string_view Keep(std::string_view s) { return Get(Add(s), s.size()); }
  // Forgets every string (their views dangle) but keeps the first block, so
  // an arena reused per document allocates nothing for a document's few
  // strings after the first document.
  void Clear() {
    if (blocks_.size() > 1) {
      blocks_.resize(1);  // (at least kBlock long, as every block)
    }
    used_ = 0;
  }

 private:
  static constexpr size_t kBlock = 64 << 10;
  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t used_ = 0;
};

// An array that is only appended to (rows kept for a whole run, until a
// stage seals them): in blocks of its own pages, so growing never copies
// (no moment with both the old and the doubled buffer of a std::vector),
// nothing is slack but the last block, elements never move, and a block's
// pages go back to the system as soon as it is freed. MoveTo hands the
// elements to one vector of exact size, freeing each block once copied, so
// memory holds little more than one copy throughout.
//
//   base::ChunkedArray<Row> rows;
//   rows.emplace_back().x = 1;
//   std::vector<Row> sealed;
//   rows.MoveTo(sealed);  // rows is empty
template <typename T>
class ChunkedArray {
  static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);

 public:
  ChunkedArray() = default;
  ChunkedArray(ChunkedArray&& o) noexcept : blocks_(std::move(o.blocks_)), size_(o.size_) {
    o.blocks_.clear();
    o.size_ = 0;
  }
  ChunkedArray& operator=(ChunkedArray&& o) noexcept {
    if (this != &o) {
      Clear();
      blocks_ = std::move(o.blocks_);
      size_ = o.size_;
      o.blocks_.clear();
      o.size_ = 0;
    }
    return *this;
  }
  ChunkedArray(const ChunkedArray&) = delete;
  ChunkedArray& operator=(const ChunkedArray&) = delete;
  ~ChunkedArray() { Clear(); }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T& operator[](size_t i) { return blocks_[i >> kBits][i & (kBlock - 1)]; }
  const T& operator[](size_t i) const { return blocks_[i >> kBits][i & (kBlock - 1)]; }
  T& emplace_back() {
    if ((size_ & (kBlock - 1)) == 0 && (size_ >> kBits) == blocks_.size()) {
      blocks_.push_back(NewBlock());
    }
    T* slot = &(*this)[size_++];
    return *new (slot) T();
  }
  void push_back(const T& v) { emplace_back() = v; }
  template <typename It>
  void append(It first, It last) {
    for (; first != last; ++first) {
      push_back(*first);
    }
  }
  // `out` = the elements; this array is left empty.
  void MoveTo(std::vector<T>& out) {
    std::vector<T>().swap(out);
    out.reserve(size_);
    for (size_t b = 0; b < blocks_.size(); ++b) {
      const size_t n = std::min(kBlock, size_ - b * kBlock);
      out.insert(out.end(), blocks_[b], blocks_[b] + n);
      FreeBlock(blocks_[b]);
      blocks_[b] = nullptr;
    }
    std::vector<T*>().swap(blocks_);
    size_ = 0;
  }
  void Clear() {
    for (T* b : blocks_) {
      FreeBlock(b);
    }
    std::vector<T*>().swap(blocks_);
    size_ = 0;
  }

 private:
  static constexpr size_t kBits = 14;
  static constexpr size_t kBlock = size_t{1} << kBits;
  static constexpr size_t kBytes = kBlock * sizeof(T);
  static T* NewBlock() {
    void* p = mmap(nullptr, kBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
      throw std::bad_alloc();
    }
    return static_cast<T*>(p);
  }
  static void FreeBlock(T* b) {
    if (b != nullptr) {
      munmap(b, kBytes);
    }
  }
  std::vector<T*> blocks_;
  size_t size_ = 0;
};

// Gives the pages of freed heap memory back to the system. After a stage
// frees its large arrays, malloc keeps them (its top cannot shrink past a
// live block, and after a large free it serves blocks of that size from the
// heap rather than new mappings), and they would stay in the resident set.
// A no-op outside glibc.
inline void ReleaseFreedMemory() {
#ifdef __GLIBC__
  malloc_trim(0);
#endif
}

}  // namespace claimgraph::base

#endif  // CLAIMGRAPH_BASE_MEMORY_H_
