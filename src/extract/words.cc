#include "extract/words.h"

#include "base/reuse.h"

namespace claimgraph::extract {

namespace {

std::string& SpareLowerText() {
  thread_local std::string spare;
  return spare;
}

std::vector<const WordRecord*>& SpareRecords() {
  thread_local std::vector<const WordRecord*> spare;
  return spare;
}

std::vector<uint32_t>& SpareTimeQuantity() {
  thread_local std::vector<uint32_t> spare;
  return spare;
}

const WordTable& NoWords() {
  static const WordTable* table = new WordTable();
  return *table;
}

}  // namespace

Words::Words(std::string_view text, const model::TextLayer& layer)
    : Words(text, layer, NoWords()) {}

Words::Words(std::string_view text, const model::TextLayer& layer, const WordTable& table)
    : text_(text), layer_(layer) {
  base::HandOver(SpareLowerText(), lower_);
  lower_.assign(text);
  for (char& c : lower_) {  // branch-free, so it vectorises
    c = static_cast<char>(c | (static_cast<unsigned char>(c - 'A') < 26 ? 0x20 : 0));
  }
  // One lookup per word token, through raw pointers held in locals.
  base::HandOver(SpareRecords(), records_);
  const size_t n = layer.tokens.size();
  records_.resize(n);
  const WordRecord** const out = records_.data();
  const model::Token* const tokens = layer.tokens.data();
  const char* const lower = lower_.data();
  const WordRecord* const empty = &WordTable::Empty();
  base::HandOver(SpareTimeQuantity(), time_quantity_);
  std::vector<uint32_t>& time_quantity = time_quantity_;
  for (size_t i = 0; i < n; ++i) {
    const model::Token& t = tokens[i];
    if (t.kind == model::TokenKind::kWord) {
      const WordRecord* r = &table.Find(std::string_view(lower + t.span.begin, t.span.size()));
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
  base::HandOver(lower_, SpareLowerText());
  base::HandOver(records_, SpareRecords());
  base::HandOver(time_quantity_, SpareTimeQuantity());
}

bool Words::Capitalized(size_t i) const {
  if (i >= size() || layer_.tokens[i].kind != model::TokenKind::kWord) {
    return false;
  }
  char c = text_[layer_.tokens[i].span.begin];
  return c >= 'A' && c <= 'Z';
}

}  // namespace claimgraph::extract
