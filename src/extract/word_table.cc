#include "extract/word_table.h"

namespace claimgraph::extract {

WordRecord& WordTable::Add(std::string_view word) {
  if (base::ShortKey(word)) {
    auto [slot, inserted] = short_.Insert(base::PackKey(word), nullptr);
    if (inserted) {
      *slot = &records_.emplace_back();
    }
    return **slot;
  }
  auto [entry, inserted] = long_.emplace(word, nullptr);
  if (inserted) {
    entry->second = &records_.emplace_back();
    if (word.size() > 8) {
      heads_.Insert(base::PackKey(word.substr(0, 8)), 1);
    }
  }
  return *entry->second;
}

const WordRecord& WordTable::FindLong(std::string_view word) const {
  if (word.size() > 8 && heads_.Find(base::PackKey(word.substr(0, 8))) == nullptr) {
    return kEmpty;
  }
  return FindHashed(word);
}

const WordRecord& WordTable::FindHashed(std::string_view word) const {
  const auto* entry = long_.find(word);
  return entry != nullptr ? *entry->second : kEmpty;
}

}  // namespace claimgraph::extract
