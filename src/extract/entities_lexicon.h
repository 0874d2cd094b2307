// Internal to extract/: the lookup tables the entity tagger builds once from
// the knowledge base (ontology/kb/*.ttl): a gazetteer of names keyed by their
// normalised text, titles, pronouns, nominal heads, name heads and the
// military-unit and weapon vocabulary. Read-only after construction, so the
// tagger can share it between threads. Neighbour: entities.cc uses it.
#ifndef CLAIMGRAPH_EXTRACT_ENTITIES_LEXICON_H_
#define CLAIMGRAPH_EXTRACT_ENTITIES_LEXICON_H_

#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "base/string_table.h"
#include "kb/kb.h"
#include "model/extraction.h"

namespace claimgraph::extract {

// How a gazetteer name refers to its entry.
enum class NameRole : uint8_t {
  kName,     // the entry's own name: "North Korea", "Reuters"
  kCapital,  // a country's capital, standing for the state: "Pyongyang"
  kDemonym,  // "North Korean": nationality adjective
  kSeat,     // a seat of government: "Kremlin"
};

struct GazEntry {
  std::string kb_iri;
  std::string label;    // the entry's canonical label (skos:prefLabel)
  std::string surface;  // the name as listed (a capital's own name for kCapital)
  model::EntityType type = model::EntityType::kOrganization;
  NameRole role = NameRole::kName;
  std::string country;  // the country IRI it belongs to (itself for countries)
};

// Normalised lookup key of a name as written: curly apostrophes made
// straight, runs of spaces collapsed to one, spaces around hyphens dropped
// ("Wal - Mart" -> "Wal-Mart"), trailing possessive kept out by the caller.
std::string NameKey(std::string_view text);
// ASCII-lowercased NameKey, for titles and nominal heads.
std::string LowerKey(std::string_view text);
// The same into a reused buffer (cleared first), so hot loops do not allocate.
void NameKeyInto(std::string_view text, std::string& out);
void LowerKeyInto(std::string_view text, std::string& out);

// What a lowercase word can be, in one lookup (EntityLexicon::word_flags).
enum WordFlag : uint16_t {
  kTitleStart = 1 << 0,        // first word of some title ("lt.", "acting", "president")
  kTitlePrefix = 1 << 1,       // "deputy", "acting"
  kPersonPronoun = 1 << 2,     // "he", "her"
  kMilitaryHead = 1 << 3,      // "troops"
  kWeaponHead = 1 << 4,        // "missiles"
  kPersonNominal = 1 << 5,     // "official", "officials"
  kNominal = 1 << 6,           // any nominal head's first word ("agency", "spy")
  kTitleWord = 1 << 7,         // a one-word title also written capitalised ("president")
  kMaybeNotAName = 1 << 8,     // lowercase form of a not_a_name entry (confirm case-sensitively)
  kProductLower = 1 << 9,      // a key of products_lower ("macbook")
  kGazetteerFirst = 1 << 10,   // lowercase form of a gazetteer_first_words entry
  kGazetteerLonger = 1 << 11,  // begins a longer gazetteer key ("new", "amazon" of "Amazon.com")
};

// Flat open-addressing tables probed with string_views (base/string_table.h),
// so the tagger looks words up without building a std::string.
using StringSet = base::StringSetTable;
template <typename V>
using StringMap = base::StringTable<V>;

// The word flags of keys of at most 8 bytes, each key packed into one
// integer (its bytes, little-endian, zero-padded): the lookup made for every
// word probes integers, with no string hashing or compare. Keys are
// non-empty and hold no NUL byte, so packing is one-to-one.
class PackedWordFlags {
 public:
  void Build(const base::StringTable<uint16_t>& flags);
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
  uint16_t Find(uint64_t packed) const {
    for (size_t i = (packed * 0x9E3779B97F4A7C15ull) >> shift_;; i = (i + 1) & mask_) {
      if (keys_[i] == packed) {
        return values_[i];
      }
      if (keys_[i] == 0) {
        return 0;
      }
    }
  }

 private:
  std::vector<uint64_t> keys_ = std::vector<uint64_t>(1, 0);  // 0: an empty slot
  std::vector<uint16_t> values_ = std::vector<uint16_t>(1, 0);
  size_t mask_ = 0;
  int shift_ = 63;  // 64 - log2(slots)
  bool complete_ = false;
};

struct EntityLexicon {
  explicit EntityLexicon(const kb::KnowledgeBase& kb);

  const GazEntry* Find(std::string_view key) const {
    auto it = gazetteer.find(key);
    return it ? &it->second : nullptr;
  }

  uint16_t Flags(std::string_view lower) const {
    if (PackedWordFlags::Packable(lower) && short_word_flags.complete()) {
      const uint64_t packed = PackedWordFlags::Pack(lower);
      // A word ending in NUL bytes packs like a shorter key; it is no key.
      if ((std::bit_width(packed) + 7) / 8 != lower.size()) {
        return 0;
      }
      return short_word_flags.Find(packed);
    }
    auto it = word_flags.find(lower);
    return it ? it->second : 0;
  }

  StringMap<uint16_t> word_flags;    // lowercase word -> WordFlag bits
  PackedWordFlags short_word_flags;  // the packable keys of word_flags
  StringMap<GazEntry> gazetteer;
  int gazetteer_max_words = 1;
  StringSet titles;  // LowerKey of person titles and ranks
  int title_max_words = 1;
  StringSet titles_lowercase_only;  // "executive", "head": roles written lowercase
  StringSet title_prefixes;         // "deputy", "acting" (lowercase)
  StringSet gazetteer_first_words;
  // Every prefix of every gazetteer key and of every (lowercase) title, so a
  // match grows word by word and stops as soon as nothing can follow.
  StringSet gazetteer_prefixes;
  StringSet title_key_prefixes;
  // Single-word product names by their lowercase form: "Macbook" for "MacBook".
  StringMap<const GazEntry*> products_lower;  // first word of every gazetteer key
  StringSet person_pronouns;                  // lowercase
  StringMap<model::EntityType> nominals;      // lowercase head -> type
  StringMap<model::EntityType> name_heads;    // "Agency" -> gov. organisation
  StringSet place_tails;                      // "region"
  StringSet military_heads;                   // "troops"
  StringSet military_modifiers;
  StringSet weapon_heads;      // "missiles"
  StringSet weapon_modifiers;  // "ballistic"
  StringSet event_heads;       // "Conference" (case-sensitive)
  StringSet org_descriptors;   // "automaker" (lowercase)
  StringSet legal_forms;       // "Inc.", "Corp." (case-sensitive)
  StringSet product_variants;  // "nano", "Pro"
  StringSet not_a_name;        // "The", "However" (case-sensitive)
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_ENTITIES_LEXICON_H_
