// Internal to extract/: the lookup tables the entity tagger builds once from
// the knowledge base (ontology/kb/*.ttl): a gazetteer of names keyed by their
// normalised text, titles, pronouns, nominal heads, name heads and the
// military-unit and weapon vocabulary. Read-only after construction, so the
// tagger can share it between threads. Neighbour: entities.cc uses it.
#ifndef CLAIMGRAPH_EXTRACT_ENTITIES_LEXICON_H_
#define CLAIMGRAPH_EXTRACT_ENTITIES_LEXICON_H_

#include <atomic>
#include <cstdint>
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

// IRIs by their numbers (kb/entry_numbers.h), compared for equality only.
struct GazEntry {
  uint32_t kb_entry = 0;
  std::string label;    // the entry's canonical label (skos:prefLabel)
  std::string surface;  // the name as listed (a capital's own name for kCapital)
  model::EntityType type = model::EntityType::kOrganization;
  NameRole role = NameRole::kName;
  uint32_t country = 0;  // the country it belongs to (itself for countries), 0 for none
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
// Whether NameKey(text) == text: no curly apostrophe, tab or line break, and
// every space single, inside, and away from hyphens ("Kyrylo Budanov").
bool IsNameKey(std::string_view text);

// What a lowercase word can be, in one lookup (EntityLexicon::word_flags).
enum WordFlag : uint16_t {
  kTitleStart = 1 << 0,     // first word of some title ("lt.", "acting", "president")
  kTitlePrefix = 1 << 1,    // "deputy", "acting"
  kPersonPronoun = 1 << 2,  // "he", "her"
  kMilitaryHead = 1 << 3,   // "troops"
  kWeaponHead = 1 << 4,     // "missiles"
  kPersonNominal = 1 << 5,  // "official", "officials"
  kNominal = 1 << 6,        // any nominal head's first word ("agency", "spy")
  kMaybeNotAName = 1 << 7,  // lowercase form of a not_a_name entry (confirm case-sensitively)
  // These two sit at the bits the tagger's word bits give them (entities.cc:
  // kWordTitle, kWordNotName), so a lowercase word's bits are its flags masked.
  kTitleWord = 1 << 8,         // a one-word title also written capitalised ("president")
  kNotANameItself = 1 << 9,    // a kMaybeNotAName key that is itself a not_a_name entry
  kProductLower = 1 << 10,     // a key of products_lower ("macbook")
  kGazetteerFirst = 1 << 11,   // lowercase form of a gazetteer_first_words entry
  kGazetteerLonger = 1 << 12,  // begins a longer gazetteer key ("new", "amazon" of "Amazon.com")
  kLegalForm = 1 << 13,        // ASCII-lowercased legal form, or one without its final '.'
  kNotANameCap = 1 << 14,      // capitalised ("The"; letters only) it is a not_a_name entry
  // ASCII-lowercased name head ("agency", "inc.") or any part of one after
  // a space ("center" of "Convention Center"): a word without it is no
  // head, told without looking it up.
  kNameHead = 1 << 15,
};

// Flat open-addressing tables probed with string_views (base/string_table.h),
// so the tagger looks words up without building a std::string.
using StringSet = base::StringSetTable;
template <typename V>
using StringMap = base::StringTable<V>;

struct EntityLexicon {
  explicit EntityLexicon(const kb::KnowledgeBase& kb);

  const GazEntry* Find(std::string_view key) const {
    auto it = gazetteer.find(key);
    return it ? &it->second : nullptr;
  }

  // The WordFlag bits of a lowercase word. A document's words have them in
  // their records of the shared word table (words.h); this serves the words
  // read otherwise, as a possessive's stem ("lindby" of "Lindby's").
  uint16_t Flags(std::string_view lower) const {
    if (lower.size() > 8 && !long_word_heads.contains(lower.substr(0, 8))) {
      // A longer word is a key only when its first 8 bytes begin one: most
      // are told apart by one packed probe, without hashing the word.
      return 0;
    }
    const auto* flags = word_flags.find(lower);
    return flags ? flags->second : 0;
  }

  // This lexicon's number, unlike every other's made in the process (one
  // made where a destroyed one lay has another): what a per-thread cache of
  // what the lexicon says is kept for (DocTagger's notes of words).
  const uint64_t serial = NextSerial();
  static uint64_t NextSerial() {
    static std::atomic<uint64_t> next{1};
    return next.fetch_add(1, std::memory_order_relaxed);
  }

  StringMap<uint16_t> word_flags;  // lowercase word -> WordFlag bits
  // The first 8 bytes of every key of word_flags longer than 8.
  StringSet long_word_heads;
  StringMap<GazEntry> gazetteer;
  int gazetteer_max_words = 1;
  StringSet titles;  // LowerKey of person titles and ranks
  int title_max_words = 1;
  StringSet titles_lowercase_only;  // "executive", "head": roles written lowercase
  StringSet title_prefixes;         // "deputy", "acting" (lowercase)
  StringSet gazetteer_first_words;
  // Every prefix of every gazetteer key and of every (lowercase) title, so a
  // match grows word by word and stops as soon as nothing can follow; with
  // the entry a whole key names (else nullptr) and whether it is a whole
  // title, so one lookup answers both.
  StringMap<const GazEntry*> gazetteer_prefixes;
  StringMap<bool> title_key_prefixes;
  // Single-word product names by their lowercase form: "Macbook" for "MacBook".
  StringMap<const GazEntry*> products_lower;  // first word of every gazetteer key
  StringSet person_pronouns;                  // lowercase
  StringMap<model::EntityType> nominals;      // lowercase head -> type
  StringMap<model::EntityType> name_heads;    // "Agency" -> gov. organisation
  StringSet place_tails;                      // "region"
  StringSet military_heads;                   // "troops"
  StringSet military_modifiers;
  StringSet weapon_heads;       // "missiles"
  StringSet weapon_modifiers;   // "ballistic"
  StringSet event_heads;        // "Conference" (case-sensitive)
  StringSet designation_heads;  // "Class" of "Class A shares" (case-sensitive)
  StringSet org_descriptors;    // "automaker" (lowercase)
  StringSet legal_forms;        // "Inc.", "Corp." (case-sensitive)
  StringSet product_variants;   // "nano", "Pro"
  StringSet product_release_words;  // "new", "much-anticipated" (lowercase)
  StringSet not_a_name;         // "The", "However" (case-sensitive)
  // Persons by their relation to another ("critics", "residents"; the
  // attribution lexicon's cg:relationNoun, lowercase).
  StringSet relation_nouns;
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_ENTITIES_LEXICON_H_
