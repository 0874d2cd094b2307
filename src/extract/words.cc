#include "extract/words.h"

#include "base/reuse.h"

namespace claimgraph::extract {

namespace {

std::string& SpareLowerText() {
  thread_local std::string spare;
  return spare;
}

}  // namespace

Words::Words(std::string_view text, const model::TextLayer& layer) : text_(text), layer_(layer) {
  base::HandOver(SpareLowerText(), lower_);
  lower_.assign(text);
  for (char& c : lower_) {  // branch-free, so it vectorises
    c = static_cast<char>(c | (static_cast<unsigned char>(c - 'A') < 26 ? 0x20 : 0));
  }
}

Words::~Words() { base::HandOver(lower_, SpareLowerText()); }

bool Words::Capitalized(size_t i) const {
  if (i >= size() || layer_.tokens[i].kind != model::TokenKind::kWord) {
    return false;
  }
  char c = text_[layer_.tokens[i].span.begin];
  return c >= 'A' && c <= 'Z';
}

}  // namespace claimgraph::extract
