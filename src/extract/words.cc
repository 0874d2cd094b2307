#include "extract/words.h"


namespace claimgraph::extract {

namespace {

// Memory handed on from one Words to the next on this thread: a stack of
// spare buffers of each kind, since Extractor::Run(jobs) keeps a Words for
// every document of a group alive at once.
template <typename Container>
std::vector<Container>& Spares() {
  thread_local std::vector<Container> spares;
  return spares;
}

// `c` (empty) takes a spare buffer's memory, if there is one.
template <typename Container>
void TakeSpare(Container& c) {
  std::vector<Container>& spares = Spares<Container>();
  if (!spares.empty()) {
    c.swap(spares.back());
    spares.pop_back();
  }
}

// `c`'s memory goes back to the spares.
template <typename Container>
void GiveSpare(Container& c) {
  c.clear();
  Spares<Container>().push_back(std::move(c));
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
  TakeSpare(lower_);
  lower_.assign(text);
  for (char& c : lower_) {  // branch-free, so it vectorises
    c = static_cast<char>(c | (static_cast<unsigned char>(c - 'A') < 26 ? 0x20 : 0));
  }
  // One lookup per word token, through raw pointers held in locals.
  TakeSpare(records_);
  const size_t n = layer.tokens.size();
  records_.resize(n);
  const WordRecord** const out = records_.data();
  const model::Token* const tokens = layer.tokens.data();
  const char* const lower = lower_.data();
  const WordRecord* const empty = &WordTable::Empty();
  TakeSpare(time_quantity_);
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
  GiveSpare(lower_);
  GiveSpare(records_);
  GiveSpare(time_quantity_);
}

bool Words::Capitalized(size_t i) const {
  if (i >= size() || layer_.tokens[i].kind != model::TokenKind::kWord) {
    return false;
  }
  char c = text_[layer_.tokens[i].span.begin];
  return c >= 'A' && c <= 'Z';
}

}  // namespace claimgraph::extract
