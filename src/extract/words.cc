#include "extract/words.h"

#include <bit>
#include <cstring>

#include "base/reuse.h"

namespace claimgraph::extract {

namespace {

base::SparePool<Words::LowerVector>& SpareLowerText() {
  thread_local base::SparePool<Words::LowerVector> spares;
  return spares;
}

base::SparePool<LowercaseMap>& SpareLowercaseMap() {
  thread_local base::SparePool<LowercaseMap> spares;
  return spares;
}

base::SparePool<Words::RecordVector>& SpareRecords() {
  thread_local base::SparePool<Words::RecordVector> spares;
  return spares;
}

base::SparePool<std::vector<uint32_t>>& SpareTimeQuantity() {
  thread_local base::SparePool<std::vector<uint32_t>> spares;
  return spares;
}

// kFirstBytes[k]: the mask of a little-endian integer's first k bytes.
constexpr uint64_t kFirstBytes[9] = {
    0,
    0xFF,
    0xFFFF,
    0xFF'FFFF,
    0xFFFF'FFFF,
    0xFF'FFFF'FFFF,
    0xFFFF'FFFF'FFFF,
    0xFF'FFFF'FFFF'FFFF,
    0xFFFF'FFFF'FFFF'FFFF,
};
static_assert(std::endian::native == std::endian::little, "PackKey's byte order");

const WordTable& NoWords() {
  static const WordTable* table = new WordTable();
  return *table;
}

}  // namespace

Words::Words(std::string_view text, const model::TextLayer& layer)
    : Words(text, layer, NoWords()) {}

Words::Words(std::string_view text, const model::TextLayer& layer, const WordTable& table)
    : text_(text), layer_(layer) {
  SpareLowerText().Take(lower_);
  // The text's bytes lowered in the pass that maps them (LowercaseMap), then
  // the padding's NULs.
  lower_.resize(text.size() + kPadding);
  SpareLowercaseMap().Take(lowercase_map_);
  lowercase_map_.Make(text, lower_.data());
  std::memset(lower_.data() + text.size(), 0, kPadding);
  // One lookup per word token, through raw pointers held in locals.
  SpareRecords().Take(records_);
  const size_t n = layer.tokens.size();
  records_.resize(n);
  const WordRecord** const out = records_.data();
  const model::Token* const tokens = layer.tokens.data();
  const char* const lower = lower_.data();
  const WordRecord* const empty = &WordTable::Empty();
  SpareTimeQuantity().Take(time_quantity_);
  std::vector<uint32_t>& time_quantity = time_quantity_;
  for (size_t i = 0; i < n; ++i) {
    const model::Token& t = tokens[i];
    if (t.kind == model::TokenKind::kWord) {
      const size_t size = t.span.size();
      const char* const word = lower + t.span.begin;
      // A word of 1 to 8 bytes packed as WordTable keys are (base::PackKey)
      // from its first 8 bytes loaded at once (the padding is there past
      // the text's end), the bytes past it masked off: "said" loads "said
      // mor" and keeps "said". A last byte NUL (the key no greater than the
      // bytes before it) is no packed key: the table's own Find takes it.
      // A longer word is looked up by those 8 bytes first.
      const WordRecord* r;
      uint64_t packed;
      std::memcpy(&packed, word, 8);
      if (size - 1 < 8) [[likely]] {
        packed &= kFirstBytes[size];
        r = packed > kFirstBytes[size - 1] ? &table.FindPacked(packed)
                                           : &table.Find(std::string_view(word, size));
      } else {
        r = &table.FindLong(std::string_view(word, size), packed);
      }
      out[i] = r;
      if (r->time_quantity) {
        time_quantity.push_back(static_cast<uint32_t>(i));
      }
    } else {
      out[i] = empty;
      if (t.kind == model::TokenKind::kNumber || t.kind == model::TokenKind::kSymbol) {
        time_quantity.push_back(static_cast<uint32_t>(i));
      }
    }
  }
}

Words::~Words() {
  SpareLowerText().Give(lower_);
  SpareLowercaseMap().Give(lowercase_map_);
  SpareRecords().Give(records_);
  SpareTimeQuantity().Give(time_quantity_);
}

}  // namespace claimgraph::extract
