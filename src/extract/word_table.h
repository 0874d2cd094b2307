// Internal to extract/: one table of every lower-case word the taggers'
// lexicons know, each with one record holding what every tagger needs of it,
// so a document's words are looked up once (Words) and each tagger reads its
// bits from the record instead of probing a table of its own. Built once,
// before any document, from the lexicons, which stay the source of their
// word lists (each tagger's AddWords); read-only after that, so threads
// share it. Neighbours: words.h fills the per-token records, entities.cc,
// attribution.cc, timex.cc and words.h's QuantityStartTest read them.
//
//   WordTable table;
//   table.Add("said").attribution_flags |= ...;   // building
//   table.Find("said").attribution_flags;          // any later lookup
#ifndef CLAIMGRAPH_EXTRACT_WORD_TABLE_H_
#define CLAIMGRAPH_EXTRACT_WORD_TABLE_H_

#include <cstdint>
#include <deque>
#include <mutex>
#include <string_view>
#include <vector>

#include "base/string_table.h"

namespace claimgraph::extract {

namespace attribution_internal {
struct Cue;
}  // namespace attribution_internal

// Everything the lexicons say of one lower-case word; all zero (the empty
// record) for a word none of them holds.
struct WordRecord {
  // The attribution lexicon (attribution_lexicon.h, Lexicon::WordInfo): the
  // cues whose first word this is, the WordFlag bits, and the bytes of a
  // contracted auxiliary ("he's": 2).
  const std::vector<attribution_internal::Cue>* cues = nullptr;
  uint32_t attribution_flags = 0;
  // The entity lexicon's WordFlag bits (entities_lexicon.h).
  uint16_t entity_flags = 0;
  uint8_t contraction = 0;
  // The time lexicon (timex.cc): the entry's category, value and plural;
  // whether the word can carry a time expression (TimeTagger's strong
  // tokens: a time word but no hint ("the", "a"), a number word, or
  // "latest"); whether it is a cardinal or ordinal above zero. The first
  // four in the order of the time tagger's per-token record, which copies
  // them at once (Matcher).
  uint8_t time_cat = 0;
  int8_t time_v = 0;
  bool time_plural = false;
  bool time_strong = false;
  bool time_number = false;
  // The time tagger's tense marks (timex.cc, TenseMark bits): "will" a
  // future marker, "said" a past form, "need" an "-ed" word that is no
  // past, "plans" a word before "to" that looks ahead.
  uint8_t time_tense = 0;
  // The number a number word names (quantity_numbers.h, AddNumberWordRecords;
  // read with CardinalOf and OrdinalOf): the cardinal plus one ("zero" 1,
  // "two" 3, "twenty-five" 26), the ordinal negated ("third" -3), 0 for
  // any other word. One byte for both: no word is both.
  int8_t number_word = 0;
  // A word that may open a quantity (QuantityStartTest, words.h): a
  // qualifier, a currency prefix or a number in words ("about", "us",
  // "seven", "thousands").
  bool quantity_start = false;
  // The quantity reader's word sets this word is in (QuantityWord bits,
  // quantity.cc): "of" a stop word, "were" an auxiliary, "killed" an event.
  uint8_t quantity_words = 0;
  // Any of the time or quantity fields above is set: Words lists the token
  // (Words::time_quantity_tokens), so those taggers visit no other word.
  bool time_quantity = false;
  // The entity tagger's note of the word written in lowercase letters only
  // ("said"): its Word's flags and bits as MakeWords stores them, in one
  // load, XOR those of a word the entity lexicon does not hold, so that the
  // empty record's 0 is right (entities.cc, EntityTagger::AddWords).
  uint32_t entity_lowercase = 0;
  // The same of the word written with a capital, then lowercase letters
  // ("Said", "Seoul"), and the lists that take it.
  uint32_t entity_titlecase = 0;
  uint8_t entity_titlecase_lists = 0;
};

class WordTable {
 public:
  WordTable() = default;
  WordTable(const WordTable&) = delete;
  WordTable& operator=(const WordTable&) = delete;

  // The record of `word` (lower-case), made empty when new, for a lexicon
  // to fill in while the table is built. Its address stays valid.
  WordRecord& Add(std::string_view word);
  // The record of `word`, or the empty record.
  [[gnu::always_inline]] const WordRecord& Find(std::string_view word) const {
    if (base::ShortKey(word)) {  // 1 to 8 bytes: one probe of packed integers
      const WordRecord* const* r = short_.Find(base::PackKey(word));
      return r != nullptr ? **r : kEmpty;
    }
    return FindLong(word);
  }
  // The record of a word of 1 to 8 bytes, the last not NUL (base::ShortKey),
  // given as its base::PackKey: for a caller that packed it on its own
  // (Words, from a padded text).
  [[gnu::always_inline]] const WordRecord& FindPacked(uint64_t packed) const {
    const WordRecord* const* r = short_.Find(packed);
    return r != nullptr ? **r : kEmpty;
  }
  // The record of a word of more than 8 bytes whose first 8 are `head`
  // (their PackKey): most such words are no key, told by `head` alone.
  [[gnu::always_inline]] const WordRecord& FindLong(std::string_view word, uint64_t head) const {
    return heads_.Find(head) == nullptr ? kEmpty : FindHashed(word);
  }
  size_t size() const { return records_.size(); }
  static const WordRecord& Empty() { return kEmpty; }

 private:
  // Longer words: most are no key, told by their first 8 bytes (heads_)
  // before the string is hashed.
  [[gnu::noinline]] const WordRecord& FindLong(std::string_view word) const;
  [[gnu::noinline]] const WordRecord& FindHashed(std::string_view word) const;

  static constexpr WordRecord kEmpty{};
  std::deque<WordRecord> records_;  // addresses stay valid as it grows
  base::PackedIndex<WordRecord*> short_;
  base::StringTable<WordRecord*> long_;
  base::PackedIndex<uint8_t> heads_;  // PackKey of the first 8 bytes of long_'s keys
};

// A tagger's table of its own words only, built on first use by its
// AddWords(WordTable&): for the tagger's entry points that make their own
// Words (tests, the stage bench); the pipeline shares one table of all.
class OwnWordTable {
 public:
  template <typename Tagger>
  const WordTable& Get(const Tagger& tagger) const {
    std::call_once(once_, [&] { tagger.AddWords(table_); });
    return table_;
  }

 private:
  mutable std::once_flag once_;
  mutable WordTable table_;
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_WORD_TABLE_H_
