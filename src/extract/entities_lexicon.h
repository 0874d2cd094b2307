// Internal to extract/: the lookup tables the entity tagger builds once from
// the knowledge base (ontology/kb/*.ttl): a gazetteer of names keyed by their
// normalised text, titles, pronouns, nominal heads, name heads and the
// military-unit and weapon vocabulary. Read-only after construction, so the
// tagger can share it between threads. Neighbour: entities.cc uses it.
#ifndef CLAIMGRAPH_EXTRACT_ENTITIES_LEXICON_H_
#define CLAIMGRAPH_EXTRACT_ENTITIES_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

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
  std::string label;  // the entry's canonical label (skos:prefLabel)
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

// What a lowercase word can be, in one lookup (EntityLexicon::word_flags).
enum WordFlag : uint16_t {
  kTitleStart = 1 << 0,      // first word of some title ("lt.", "acting", "president")
  kTitlePrefix = 1 << 1,     // "deputy", "acting"
  kPersonPronoun = 1 << 2,   // "he", "her"
  kMilitaryHead = 1 << 3,    // "troops"
  kWeaponHead = 1 << 4,      // "missiles"
  kPersonNominal = 1 << 5,   // "official", "officials"
  kNominal = 1 << 6,         // any nominal head's first word ("agency", "spy")
  kTitleWord = 1 << 7,       // a one-word title also written capitalised ("president")
  kMaybeNotAName = 1 << 8,   // lowercase form of a not_a_name entry (confirm case-sensitively)
};

struct EntityLexicon {
  explicit EntityLexicon(const kb::KnowledgeBase& kb);

  const GazEntry* Find(const std::string& key) const {
    auto it = gazetteer.find(key);
    return it == gazetteer.end() ? nullptr : &it->second;
  }

  uint16_t Flags(const std::string& lower) const {
    auto it = word_flags.find(lower);
    return it == word_flags.end() ? 0 : it->second;
  }

  std::unordered_map<std::string, uint16_t> word_flags;  // lowercase word -> WordFlag bits
  std::unordered_map<std::string, GazEntry> gazetteer;
  int gazetteer_max_words = 1;
  std::unordered_set<std::string> titles;  // LowerKey of person titles and ranks
  int title_max_words = 1;
  std::unordered_set<std::string> titles_lowercase_only;  // "executive", "head": roles written lowercase
  std::unordered_set<std::string> title_prefixes;  // "deputy", "acting" (lowercase)
  std::unordered_set<std::string> gazetteer_first_words;
  // Every prefix of every gazetteer key and of every (lowercase) title, so a
  // match grows word by word and stops as soon as nothing can follow.
  std::unordered_set<std::string> gazetteer_prefixes;
  std::unordered_set<std::string> title_key_prefixes;
  // Single-word product names by their lowercase form: "Macbook" for "MacBook".
  std::unordered_map<std::string, const GazEntry*> products_lower;  // first word of every gazetteer key
  std::unordered_set<std::string> person_pronouns;  // lowercase
  std::unordered_map<std::string, model::EntityType> nominals;  // lowercase head -> type
  std::unordered_map<std::string, model::EntityType> name_heads;  // "Agency" -> gov. organisation
  std::unordered_set<std::string> place_tails;       // "region"
  std::unordered_set<std::string> military_heads;    // "troops"
  std::unordered_set<std::string> military_modifiers;
  std::unordered_set<std::string> weapon_heads;      // "missiles"
  std::unordered_set<std::string> weapon_modifiers;  // "ballistic"
  std::unordered_set<std::string> event_heads;       // "Conference" (case-sensitive)
  std::unordered_set<std::string> org_descriptors;   // "automaker" (lowercase)
  std::unordered_set<std::string> legal_forms;       // "Inc.", "Corp." (case-sensitive)
  std::unordered_set<std::string> product_variants;  // "nano", "Pro"
  std::unordered_set<std::string> not_a_name;        // "The", "However" (case-sensitive)
};

}  // namespace claimgraph::extract

#endif  // CLAIMGRAPH_EXTRACT_ENTITIES_LEXICON_H_
