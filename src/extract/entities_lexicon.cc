#include "extract/entities_lexicon.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "base/ascii.h"
#include "kb/entry_numbers.h"

namespace claimgraph::extract {

namespace {

using model::EntityType;

int WordCount(std::string_view s) {
  int n = 1;
  for (char c : s) {
    n += c == ' ';
  }
  return n;
}

std::string Skos(std::string_view local) { return std::string(kb::kSkos) + std::string(local); }

// Class IRI local name -> entity type (ontology/kb uses the output classes).
bool TypeOf(std::string_view cls, EntityType& t) {
  static const std::pair<std::string_view, EntityType> kClasses[] = {
      {"Country", EntityType::kCountry},
      {"Place", EntityType::kPlace},
      {"Organization", EntityType::kOrganization},
      {"GovernmentOrganization", EntityType::kGovernmentOrganization},
      {"NewsMediaOrganization", EntityType::kNewsMedia},
      {"MilitaryUnit", EntityType::kMilitaryUnit},
      {"Product", EntityType::kProduct},
      {"Weapon", EntityType::kWeapon},
      {"Person", EntityType::kPerson},
  };
  for (const auto& [name, type] : kClasses) {
    if (cls == name) {
      t = type;
      return true;
    }
  }
  return false;
}

// Whether byte i of `text` stays as it is in NameKey(text), the bytes before
// it staying too.
inline bool KeepsByte(std::string_view text, size_t i) {
  const unsigned char c = static_cast<unsigned char>(text[i]);
  if (c > ' ' && c != 0xE2) {
    return true;  // '-' too: it changes nothing unless next to a space
  }
  if (c != ' ') {
    // A curly apostrophe, a tab or line break: changed. Other control bytes
    // are kept as they are.
    return !(c == 0xE2 || c == '\t' || c == '\n' || c == '\r');
  }
  // A space is kept only between two bytes that are neither a space nor a hyphen.
  return i > 0 && i + 1 < text.size() && text[i - 1] != ' ' && text[i - 1] != '-' &&
         text[i + 1] != ' ' && text[i + 1] != '-';
}

// The 8 bytes at p that may change, as the high bits of a mask: each byte
// below '!' (a space, a control byte) or equal to 0xE2 is marked (a byte
// after a marked one may be marked too, so each is then tested).
inline uint64_t MayChange(const char* p) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  uint64_t x;
  std::memcpy(&x, p, 8);
  const uint64_t below = (x - kOnes * 0x21) & ~x & kHigh;
  const uint64_t e2 = x ^ (kOnes * 0xE2);
  return ((e2 - kOnes) & ~e2 & kHigh) | below;
}

// Whether every marked byte of the 8 at `at` stays.
inline bool KeepsMarked(std::string_view text, size_t at, uint64_t marked) {
  static_assert(std::endian::native == std::endian::little);
  for (; marked != 0; marked &= marked - 1) {
    if (!KeepsByte(text, at + static_cast<size_t>(std::countr_zero(marked)) / 8)) {
      return false;
    }
  }
  return true;
}

// `text` with A-Z lowered byte for byte (no NameKey), as a word's `lower`
// is: how the tagger's words look up their flags.
std::string AsciiLowered(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    c = base::AsciiLower(c);
  }
  return out;
}

}  // namespace

bool IsNameKey(std::string_view text) {
  const size_t n = text.size();
  if (n < 8) {
    for (size_t i = 0; i < n; ++i) {
      if (!KeepsByte(text, i)) {
        return false;
      }
    }
    return true;
  }
  // Eight bytes at a time, the last eight overlapping the ones before.
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    if (!KeepsMarked(text, i, MayChange(text.data() + i))) {
      return false;
    }
  }
  return i == n || KeepsMarked(text, n - 8, MayChange(text.data() + n - 8));
}

void NameKeyInto(std::string_view text, std::string& out) {
  // Most names are keys as written ("Kyrylo Budanov"): copied as they are.
  if (IsNameKey(text)) {
    out.assign(text);
    return;
  }
  // Written through a raw buffer (the key is never longer than the text).
  out.resize(text.size());
  char* o = out.data();
  size_t n = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = text[i];
    // U+2019 RIGHT SINGLE QUOTATION MARK (E2 80 99) -> '
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        static_cast<unsigned char>(text[i + 2]) == 0x99) {
      o[n++] = '\'';
      i += 2;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (n > 0 && o[n - 1] != ' ' && o[n - 1] != '-') {
        o[n++] = ' ';
      }
      continue;
    }
    if (c == '-' && n > 0 && o[n - 1] == ' ') {
      --n;
    }
    o[n++] = static_cast<char>(c);
  }
  while (n > 0 && o[n - 1] == ' ') {
    --n;
  }
  out.resize(n);
}

void LowerKeyInto(std::string_view text, std::string& out) {
  NameKeyInto(text, out);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
}

std::string NameKey(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  NameKeyInto(text, out);
  return out;
}

std::string LowerKey(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  LowerKeyInto(text, out);
  return out;
}

EntityLexicon::EntityLexicon(const kb::KnowledgeBase& kb) {
  // Built in node-based tables first where the iteration order decides
  // (the first product of a lowercase form wins), then copied flat.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, GazEntry, Hash, std::equal_to<>> gazetteer;
  std::unordered_set<std::string, Hash, std::equal_to<>> titles_lowercase_only;
  std::vector<std::string> longer_prefixes;  // lowercase
  // Gazetteer: every typed subject with a skos label.
  const std::string pref = Skos("prefLabel");
  const std::string alt = Skos("altLabel");
  auto add = [&](const std::string& surface, GazEntry e) {
    std::string key = NameKey(surface);
    if (key.empty()) {
      return;
    }
    e.surface = surface;
    // The first entry wins (names before capitals before demonyms), so a
    // country's name is never shadowed by another entry's alias.
    if (gazetteer.emplace(key, std::move(e)).second) {
      gazetteer_max_words = std::max(gazetteer_max_words, WordCount(key));
    }
  };
  static const char* kTypes[] = {"Country",
                                 "Place",
                                 "GovernmentOrganization",
                                 "NewsMediaOrganization",
                                 "MilitaryUnit",
                                 "Organization",
                                 "Product",
                                 "Weapon",
                                 "Person"};
  std::vector<std::pair<std::string, GazEntry>> extra;  // capitals, demonyms, seats
  for (const char* cls : kTypes) {
    EntityType type{};
    TypeOf(cls, type);
    for (const auto& s : kb.SubjectsOfType(kb::Ns(cls))) {
      GazEntry e;
      e.kb_entry = kb::EntryNumber(s);
      e.type = type;
      auto labels = kb.Objects(s, pref);
      if (labels.empty()) {
        continue;
      }
      e.label = labels.front().value;
      if (type == EntityType::kCountry) {
        e.country = e.kb_entry;
      } else {
        auto c = kb.Objects(s, kb::Ns("country"));
        if (!c.empty()) {
          e.country = kb::EntryNumber(c.front().value);
        }
      }
      add(e.label, e);
      for (const auto& a : kb.Objects(s, alt)) {
        add(a.value, e);
      }
      auto role_of = [&](const char* pred, NameRole role) {
        for (const auto& v : kb.Objects(s, kb::Ns(pred))) {
          GazEntry r = e;
          r.role = role;
          extra.emplace_back(v.value, std::move(r));
        }
      };
      role_of("capital", NameRole::kCapital);
      role_of("seatOfGovernment", NameRole::kSeat);
      role_of("demonym", NameRole::kDemonym);
    }
  }
  for (auto& [surface, e] : extra) {
    add(surface, std::move(e));
  }

  const std::string titles_iri = std::string("https://w3id.org/claimgraph/kb/titles");
  const std::string lex = std::string("https://w3id.org/claimgraph/kb/lexicon");
  std::unordered_set<std::string> capitalised;
  for (const char* p : {"personTitle", "militaryRank"}) {
    for (const auto& t : kb.Objects(titles_iri, kb::Ns(p))) {
      std::string k = LowerKey(t.value);
      title_max_words = std::max(title_max_words, WordCount(k));
      if (!t.value.empty() && t.value[0] >= 'a' && t.value[0] <= 'z') {
        titles_lowercase_only.insert(k);
      } else {
        capitalised.insert(k);
      }
      titles.insert(std::move(k));
    }
  }
  for (const auto& k : capitalised) {
    titles_lowercase_only.erase(k);
  }
  for (const auto& k : titles_lowercase_only) {
    this->titles_lowercase_only.insert(k);
  }
  for (const auto& [key, e] : gazetteer) {
    this->gazetteer.emplace(key, e);
  }
  for (const auto& t : kb.Objects(titles_iri, kb::Ns("titlePrefix"))) {
    title_prefixes.insert(LowerKey(t.value));
  }
  for (const auto& [t, unused] : titles.entries()) {
    for (size_t n = 1; n <= t.size(); ++n) {
      title_key_prefixes.emplace(t.substr(0, n), false);
    }
  }
  for (const auto& [t, unused] : titles.entries()) {
    title_key_prefixes[t] = true;
  }
  for (const auto& [key, e] : gazetteer) {
    for (size_t n = 1; n <= key.size(); ++n) {
      gazetteer_prefixes.emplace(key.substr(0, n), nullptr);
    }
    if (e.type == EntityType::kProduct && key.find(' ') == std::string::npos) {
      products_lower.emplace(LowerKey(key), &this->gazetteer.at(key));
    }
    std::string first = key.substr(0, key.find_first_of(" -&/"));
    while (!first.empty() && first.back() == '.') {
      first.pop_back();  // "St." ~ "St" "."
    }
    gazetteer_first_words.insert(first);
    // Every prefix a longer match can grow from, up to a space or any byte
    // that is no ASCII letter or digit: "new" of "New York", "amazon" of
    // "Amazon.com".
    for (size_t p = 1; p < key.size(); ++p) {
      const char c = key[p];
      const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alnum) {
        longer_prefixes.push_back(LowerKey(key.substr(0, p)));
      }
    }
  }
  for (const auto& [key, e] : this->gazetteer.entries()) {
    gazetteer_prefixes[key] = &e;  // a whole key
  }
  auto words = [&](const char* pred, StringSet& into, bool lower) {
    for (const auto& t : kb.Objects(lex, kb::Ns(pred))) {
      into.insert(lower ? LowerKey(t.value) : NameKey(t.value));
    }
  };
  words("personPronoun", person_pronouns, true);
  words("placeTail", place_tails, true);
  words("militaryHead", military_heads, true);
  words("militaryModifier", military_modifiers, true);
  words("weaponHead", weapon_heads, true);
  words("weaponModifier", weapon_modifiers, true);
  words("notAName", not_a_name, false);
  words("legalForm", legal_forms, false);
  words("eventHead", event_heads, false);
  words("designationHead", designation_heads, false);
  words("organizationDescriptor", org_descriptors, true);
  for (const auto& [unused, o] : kb.Pairs(kb::Ns("relationNoun"))) {
    relation_nouns.insert(o.value);
  }
  words("productVariant", product_variants, false);
  words("productReleaseWord", product_release_words, true);
  auto typed = [&](const char* pred, EntityType t, StringMap<EntityType>& m, bool lower) {
    for (const auto& v : kb.Objects(lex, kb::Ns(pred))) {
      m.emplace(lower ? LowerKey(v.value) : NameKey(v.value), t);
    }
  };
  typed("governmentNominal", EntityType::kGovernmentOrganization, nominals, true);
  typed("organizationNominal", EntityType::kOrganization, nominals, true);
  typed("mediaNominal", EntityType::kNewsMedia, nominals, true);
  typed("personNominal", EntityType::kPerson, nominals, true);
  for (const auto& [t, unused] : titles.entries()) {
    std::string first(t.substr(0, t.find_first_of(" -")));
    word_flags[first] |= kTitleStart;
    while (!first.empty() && first.back() == '.') {
      first.pop_back();  // "Maj" "." ~ "Maj."
    }
    word_flags[first] |= kTitleStart;
  }
  for (const auto& [t, unused] : title_prefixes.entries()) {
    word_flags[t] |= kTitlePrefix;
  }
  for (const auto& [t, unused] : titles.entries()) {
    if (!titles_lowercase_only.count(t)) {
      word_flags[t] |= kTitleWord;
    }
  }
  for (const auto& [t, unused] : not_a_name.entries()) {
    word_flags[LowerKey(t)] |= kMaybeNotAName;
  }
  // A word written without capitals is its own lowercase key: this flag
  // answers for it without the case-sensitive lookup.
  for (const auto& [t, unused] : not_a_name.entries()) {
    if (auto* it = word_flags.find(t); it && (it->second & kMaybeNotAName)) {
      it->second |= kNotANameItself;
    }
  }
  // A word of ASCII letters written with one capital, its first ("The"),
  // is an entry when this flag is on its lowercase form: no case-sensitive
  // lookup for it either.
  for (const auto& [t, unused] : not_a_name.entries()) {
    bool title_case = !t.empty() && t[0] >= 'A' && t[0] <= 'Z';
    for (size_t k = 1; k < t.size() && title_case; ++k) {
      title_case = t[k] >= 'a' && t[k] <= 'z';
    }
    if (title_case) {
      word_flags[LowerKey(t)] |= kNotANameCap;
    }
  }
  for (const auto& [t, unused] : person_pronouns.entries()) {
    word_flags[t] |= kPersonPronoun;
  }
  for (const auto& [t, unused] : military_heads.entries()) {
    word_flags[t] |= kMilitaryHead;
  }
  for (const auto& [t, unused] : weapon_heads.entries()) {
    word_flags[t] |= kWeaponHead;
  }
  for (const auto& [t, type] : nominals.entries()) {
    word_flags[t.substr(0, t.find(' '))] |= kNominal;
    if (type == EntityType::kPerson) {
      word_flags[t] |= kPersonNominal;
      word_flags[std::string(t) + "s"] |= kPersonNominal;
    }
  }
  for (const auto& [t, unused] : products_lower.entries()) {
    word_flags[t] |= kProductLower;
  }
  for (const auto& [t, unused] : gazetteer_first_words.entries()) {
    word_flags[LowerKey(t)] |= kGazetteerFirst;
  }
  for (const auto& t : longer_prefixes) {
    word_flags[t] |= kGazetteerLonger;
  }
  // Lowercased byte for byte (no NameKey): a word's `lower` is its text so.
  for (const auto& [t, unused] : legal_forms.entries()) {
    std::string lower = AsciiLowered(t);
    word_flags[lower] |= kLegalForm;
    if (!lower.empty() && lower.back() == '.') {
      lower.pop_back();
      word_flags[lower] |= kLegalForm;
    }
  }
  typed("governmentHead", EntityType::kGovernmentOrganization, name_heads, false);
  typed("organizationHead", EntityType::kOrganization, name_heads, false);
  // A legal form ends an organisation's name with or without its period
  // ("Acme Corp.", newswire's "Acme Corp"): the lexicon lists it once.
  for (const auto& [t, unused] : legal_forms.entries()) {
    name_heads.emplace(NameKey(t), EntityType::kOrganization);
    if (t.size() > 1 && t.back() == '.') {
      name_heads.emplace(NameKey(t.substr(0, t.size() - 1)), EntityType::kOrganization);
    }
  }
  typed("mediaHead", EntityType::kNewsMedia, name_heads, false);
  typed("placeHead", EntityType::kPlace, name_heads, false);
  // Each head whole and each part of it after a space, lowercased byte for
  // byte as a word's `lower` is.
  for (const auto& [t, unused] : name_heads.entries()) {
    size_t from = 0;
    while (true) {
      word_flags[AsciiLowered(t.substr(from))] |= kNameHead;
      const size_t space = t.find(' ', from);
      if (space == std::string_view::npos) {
        break;
      }
      from = space + 1;
    }
  }
  for (const auto& [t, unused] : word_flags.entries()) {
    if (t.size() > 8) {
      long_word_heads.insert(t.substr(0, 8));
    }
  }
}

}  // namespace claimgraph::extract
