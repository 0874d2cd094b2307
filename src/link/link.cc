// The linker. Two levels:
//  1. Within a document (AddDocument): name mentions become local entities:
//     the same knowledge-base entry, the same normalised name, a surname or
//     given name after the full name ("Budanov" -> "Kyrylo Budanov"), an
//     acronym after its expansion ("JCS" -> "Joint Chiefs of Staff"), a
//     company's short name the tagger tied to its full name ("Norvane" ->
//     "Norvane Optics Corp"); nominals and pronouns follow their antecedents.
//  2. Across documents (Resolve): the distinct signatures of local entities
//     (what the step reads of one: label, KB entry, qualifier, class, names;
//     the locals written alike in many documents share one) are the vertices
//     of a candidate graph whose edges come from blocking keys (KB entry,
//     normalised name, acronym/expansion, transliteration key, surname), each
//     edge carrying its evidence; a company name with a trailing legal form
//     is also keyed by its stem ("Norvane Optics Inc" meets "Norvane Optics"
//     and "Norvane Optics Corp.": "legal-form" evidence). Edges are taken
//     strongest first and joined only where the cannot-link constraints hold
//     (same type class, no two different KB entries, no contrasting
//     qualifiers "North"/"South" or "South Korea's"/"U.S.", no two different
//     full personal names; no "legal-form" edge between two different
//     legal forms, "Norvane Corp" and "Norvane AG").
//     Entities are the connected components of the accepted edges: the
//     Boost Graph Library's incremental components (boost::disjoint_sets,
//     union by rank with path compression) over flat arrays, one byte of
//     rank and one vertex id of parent per vertex.
// Between the two the linker keeps an index of flat tables (Index below):
// nothing per document (only the documents signatures and merge rows name
// are kept, with their ids); per signature its string ids and its counts
// summed over its locals as documents are added (mentions, type votes,
// documents, where it first appears in document-id order and its second
// document); the within-document merge rows, one per (signature, names,
// kind); one string pool, with the normal name and short key of each name
// by its string id (NameKeys: the clusterer interns a name mention's label
// once and finds its keys there, so a name repeated across documents is
// normalised once, and Resolve reads them on); nothing per local; per
// mention the number of its signature (none when the caller keeps the
// mention index itself), grown in blocks. So the index grows with the
// distinct signatures, not with the locals. Documents are taken in
// document-id order and every tie is broken by content, so the result does
// not depend on the order of AddDocument calls.
#include "link/link.h"

#include <algorithm>
#include <array>
#include <bit>
#include <boost/pending/disjoint_sets.hpp>
#include <cstring>
#include <functional>
#include <span>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "base/memory.h"
#include "base/permute.h"
#include "base/radix_sort.h"
#include "base/string_table.h"
#include "kb/entry_numbers.h"
#include "link/names.h"

namespace claimgraph::link {

namespace {

using model::EntityType;
using model::MentionKind;

// Types that may share an entity.
enum class TypeClass : uint8_t { kPerson, kOrganization, kPlace, kProduct };

TypeClass ClassOf(EntityType t) {
  switch (t) {
    case EntityType::kPerson:
      return TypeClass::kPerson;
    case EntityType::kPlace:
    case EntityType::kCountry:
      return TypeClass::kPlace;
    case EntityType::kProduct:
    case EntityType::kWeapon:
      return TypeClass::kProduct;
    default:
      return TypeClass::kOrganization;
  }
}

const char* KeyPrefix(EntityType t) {
  switch (t) {
    case EntityType::kPerson:
      return "person";
    case EntityType::kOrganization:
      return "organization";
    case EntityType::kGovernmentOrganization:
      return "government-organization";
    case EntityType::kNewsMedia:
      return "news-media";
    case EntityType::kPlace:
      return "place";
    case EntityType::kCountry:
      return "country";
    case EntityType::kMilitaryUnit:
      return "military-unit";
    case EntityType::kProduct:
      return "product";
    case EntityType::kWeapon:
      return "weapon";
  }
  return "entity";
}

// A within-document entity (one vertex of the candidate graph) is the public
// LocalEntity of link.h, so shards hand it over as it is.
using Local = LocalEntity;

TypeClass ClassOf(const Local& l) {
  return static_cast<TypeClass>(std::min<uint8_t>(l.type_class, 3));
}

// Text between two mentions is only a possessive or spaces: "South Korea's
// Joint Chiefs", "U.S. Forces".
bool Adjacent(const std::string& text, uint32_t from, uint32_t to) {
  if (to < from || to - from > 5) {
    return false;
  }
  std::string_view gap(text.data() + from, to - from);
  if (gap.rfind("'s", 0) == 0) {
    gap.remove_prefix(2);
  } else if (gap.rfind("\xE2\x80\x99s", 0) == 0) {
    gap.remove_prefix(4);
  }
  for (char c : gap) {
    if (c != ' ') {
      return false;
    }
  }
  return true;
}

std::string Dotless(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != '.') {
      out.push_back(c);
    }
  }
  return out;
}

std::string SpacelessPhonetic(std::string_view label) {
  std::string k(label.size(), '\0');
  k.resize(PhoneticKeyTo(label, k.data(), false));
  return k;
}

constexpr uint32_t kNone = UINT32_MAX;

// Every distinct string the linker keeps (labels, names, KB IRIs, qualifiers,
// merge kinds, and the normalised and phonetic keys derived from them),
// stored once; the tables below hold their ids. Id 0 is "". The bytes go to
// an arena, each id's place (12 bytes) to a chunked array, and the look-up
// table holds (hash tag, id) slots: no string object or node per string.
class StringPool {
 public:
  // The first string makes room for kInitialSlots / 2 at once: a megabyte
  // of news holds about ten thousand distinct ones, so no run pays for the
  // first rehashes (memory: 8 bytes a slot).
  static constexpr size_t kInitialSlots = size_t{1} << 15;
  StringPool() { entries_.push_back(Entry{}); }
  // Inline for the many empty strings (no KB entry, no qualifier).
  uint32_t Id(std::string_view s) { return s.empty() ? 0 : Intern(s); }
  std::string_view operator[](uint32_t id) const {
    const Entry& e = entries_[id];
    if (e.size == 0) {
      return {};
    }
    return bytes_.Get(uint64_t{e.block} << 32 | e.offset, e.size);
  }
  uint32_t size() const { return static_cast<uint32_t>(entries_.size()); }
  // Whether string `id` (not 0) is `s`: sizes first, then the bytes in place.
  bool Holds(uint32_t id, std::string_view s) const {
    const Entry& e = entries_[id];
    return e.size == s.size() &&
           SameBytes(bytes_.Data(uint64_t{e.block} << 32 | e.offset), s.data(), s.size());
  }
  // The bytes, taken away (to keep views into them); the pool is not to be
  // read after.
  base::StringArena TakeBytes() { return std::move(bytes_); }

 private:
  // Not empty. Kept out of line, so Id stays small.
  [[gnu::noinline]] uint32_t Intern(std::string_view s) {
    const auto tag = static_cast<uint32_t>(base::HashString(s) >> 32);
    size_t i = Probe(s, tag);
    if (!slots_.empty() && slots_[i].id != 0) {
      return slots_[i].id;
    }
    if ((entries_.size() + 1) * 2 > slots_.size()) {
      Grow();
      i = Probe(s, tag);
    }
    const auto id = static_cast<uint32_t>(entries_.size());
    const uint64_t handle = bytes_.Add(s);
    entries_.push_back(Entry{static_cast<uint32_t>(handle >> 32), static_cast<uint32_t>(handle),
                             static_cast<uint32_t>(s.size())});
    slots_[i] = Slot{tag, id};
    return id;
  }
  struct Entry {
    uint32_t block = 0, offset = 0, size = 0;  // a handle of bytes_, split
  };
  struct Slot {
    uint32_t tag = 0;
    uint32_t id = 0;  // 0: empty
  };
  // memcmp(a, b, n) == 0, inline up to 16 bytes (most names): two loads of
  // 8 bytes that overlap, or of 4, never past the n bytes. A call to memcmp
  // costs more than the compare.
  static bool SameBytes(const char* a, const char* b, size_t n) {
    if (n > 16) {
      return std::memcmp(a, b, n) == 0;
    }
    if (n >= 8) {
      return Load<uint64_t>(a) == Load<uint64_t>(b) &&
             Load<uint64_t>(a + n - 8) == Load<uint64_t>(b + n - 8);
    }
    if (n >= 4) {
      return Load<uint32_t>(a) == Load<uint32_t>(b) &&
             Load<uint32_t>(a + n - 4) == Load<uint32_t>(b + n - 4);
    }
    for (size_t k = 0; k < n; ++k) {
      if (a[k] != b[k]) {
        return false;
      }
    }
    return true;
  }
  template <typename T>
  static T Load(const char* p) {
    T v;
    std::memcpy(&v, p, sizeof(T));
    return v;
  }
  // The slot holding `s`, else the empty slot where it would go (slots_ not
  // empty).
  size_t Probe(std::string_view s, uint32_t tag) const {
    if (slots_.empty()) {
      return 0;
    }
    const size_t mask = slots_.size() - 1;
    size_t i = tag & mask;
    while (slots_[i].id != 0 && (slots_[i].tag != tag || !Holds(slots_[i].id, s))) {
      i = (i + 1) & mask;
    }
    return i;
  }
  void Grow() {
    std::vector<Slot> old(slots_.empty() ? kInitialSlots : slots_.size() * 2);
    old.swap(slots_);
    const size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.id == 0) {
        continue;
      }
      size_t i = s.tag & mask;
      while (slots_[i].id != 0) {
        i = (i + 1) & mask;
      }
      slots_[i] = s;
    }
  }
  base::StringArena bytes_;
  base::ChunkedArray<Entry> entries_;
  std::vector<Slot> slots_;
};

// Open addressing from 64-bit keys to 32-bit values, one flat slot array (no
// node per entry): blocking keys packed as (tag, string id), merge-row hashes.
class IntTable {
 public:
  // The entry of `key`, inserted with `value` when absent; second: inserted.
  // Inlined where it is called (per local, per blocking key); Grow is not.
  [[gnu::always_inline]] std::pair<uint32_t*, bool> Emplace(uint64_t key, uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) {
      Grow(slots_.empty() ? 64 : slots_.size() * 2);
    }
    Slot& s = slots_[Probe(key)];
    if (s.used) {
      return {&s.value, false};
    }
    s = Slot{key, value, 1};
    ++size_;
    return {&s.value, true};
  }
  const uint32_t* Find(uint64_t key) const {
    if (size_ == 0) {
      return nullptr;
    }
    const Slot& s = slots_[Probe(key)];
    return s.used ? &s.value : nullptr;
  }
  // Room for `n` entries without growing: one allocation, however far.
  void Reserve(size_t n) {
    if (n * 2 > slots_.size()) {
      Grow(std::bit_ceil(std::max<size_t>(n * 2, 64)));
    }
  }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = 0;
    uint32_t used = 0;
  };
  // A key's first slot: the top bits of one multiplication (Fibonacci
  // hashing; the keys are ids packed with a tag, or hashes already).
  size_t Home(uint64_t key) const { return (key * 0x9E3779B97F4A7C15ull) >> shift_; }
  size_t Probe(uint64_t key) const {
    const size_t mask = slots_.size() - 1;
    size_t i = Home(key);
    while (slots_[i].used && slots_[i].key != key) {
      i = (i + 1) & mask;
    }
    return i;
  }
  // To `size` slots, a power of two.
  [[gnu::noinline]] void Grow(size_t size) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(size, Slot{});
    shift_ = 64 - std::countr_zero(slots_.size());
    const size_t mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.used) {
        size_t i = Home(s.key);  // the keys are distinct: the first free slot
        while (slots_[i].used) {
          i = (i + 1) & mask;
        }
        slots_[i] = s;
      }
    }
  }
  std::vector<Slot> slots_;
  size_t size_ = 0;
  int shift_ = 64;
};

// The size to grow a memo by string id to when `id` is past its end: a
// quarter past the pool, which grows one string at a time (not one resize
// per new string).
size_t MemoSize(const StringPool& pool, uint32_t id) {
  return std::max<size_t>(pool.size(), id + 1) * 5 / 4 + 16;
}

// MemoById's first time for `id`: made, kept and returned. Out of line, so
// that the look-up of a key made before (most of them) is a few inline
// instructions, not a call.
template <class Make>
[[gnu::noinline]] uint32_t MakeMemo(std::vector<uint32_t>& memo, const StringPool& pool,
                                    uint32_t id, Make make) {
  if (id >= memo.size()) {
    memo.resize(MemoSize(pool, id), kNone);
  }
  const uint32_t made = make(pool[id]);
  memo[id] = made;
  return made;
}

// memo[id] (by string id of `pool`), made by make(the string of id) -> a
// string id the first time it is asked for.
template <class Make>
[[gnu::always_inline]] inline uint32_t MemoById(std::vector<uint32_t>& memo, const StringPool& pool,
                                                uint32_t id, Make make) {
  if (id < memo.size() && memo[id] != kNone) {
    return memo[id];
  }
  return MakeMemo(memo, pool, id, make);
}

// Keys derived from a name, made once per distinct string of a pool and kept
// by its id: the normal name (NormalName) and the short key (Dotless of an
// acronym, else Initials; kAcronymBit set for an acronym), each a string id
// of the same pool. The clusterer fills them as documents are added and
// Resolve reads them on, so a name that many documents repeat is normalised
// once. The makers write into scratch_: no string is made per name. Also, by
// a KB entry's number (a mention's kb_entry), the string id of the entry's
// IRI, interned the first time it is asked for, and of the label its last
// mention had: a mention's KB entry is one array read, not an IRI hashed,
// and its label (most often the entry's own, "Russia" for "the Russian
// Federation") one comparison.
class NameKeys {
 public:
  static constexpr uint32_t kAcronymBit = 1u << 31;
  // The string id of KB entry `entry`'s IRI (kb/entry_numbers.h); 0 for 0.
  uint32_t KbIri(StringPool& pool, uint32_t entry) {
    if (entry < kb_.size() && kb_[entry].iri != kNone) {
      return kb_[entry].iri;
    }
    return MakeKbIri(pool, entry);
  }
  // pool.Id(label), for the label of a mention of KB entry `entry` (not 0).
  uint32_t KbLabel(StringPool& pool, uint32_t entry, std::string_view label) {
    if (entry >= kb_.size()) {
      GrowKb(entry);
    }
    uint32_t& id = kb_[entry].label;
    if (id == 0 || !pool.Holds(id, label)) {
      id = pool.Id(label);
    }
    return id;
  }
  uint32_t Norm(StringPool& pool, uint32_t id) {
    return MemoById(norm_, pool, id, [&](std::string_view name) {
      return pool.Id(NormalNameTo(name, Scratch(name.size())));
    });
  }
  uint32_t ShortKey(StringPool& pool, uint32_t id) {
    return MemoById(short_, pool, id, [&](std::string_view name) {
      if (IsAcronym(name)) {
        return pool.Id(Dotless(name)) | kAcronymBit;
      }
      char* const out = Scratch(name.size());
      return pool.Id(std::string_view(out, InitialsTo(name, out)));
    });
  }
  void ReleaseShortKeys() { std::vector<uint32_t>().swap(short_); }
  void Release() {
    std::vector<uint32_t>().swap(norm_);
    std::vector<KbIds>().swap(kb_);
    ReleaseShortKeys();
  }

 private:
  struct KbIds {
    uint32_t iri = kNone;  // kNone until asked for
    uint32_t label = 0;    // 0 until a mention had one
  };
  // KbIri's first time for `entry` (out of line, as MakeMemo).
  [[gnu::noinline]] uint32_t MakeKbIri(StringPool& pool, uint32_t entry) {
    if (entry >= kb_.size()) {
      GrowKb(entry);
    }
    kb_[entry].iri = pool.Id(kb::EntryIri(entry));
    return kb_[entry].iri;
  }
  [[gnu::noinline]] void GrowKb(uint32_t entry) {
    kb_.resize(std::max<size_t>(kb_.size() * 2, entry + 1) + 16);
  }
  // Room for `size` bytes of a key being made (grown, never shrunk).
  char* Scratch(size_t size) {
    if (scratch_.size() < size) {
      scratch_.resize(size);
    }
    return scratch_.data();
  }
  std::vector<uint32_t> norm_, short_;
  std::vector<KbIds> kb_;  // by KB entry number
  std::string scratch_;
};

// One document's clustering keys, a tag byte and a string id (tag 'K' and a
// KB IRI, a class digit and a normal name) packed in one integer, to the
// local they name. Cleared and reused from document to document, so a
// document allocates nothing here once the arrays have grown.
class DocKeys {
 public:
  static uint64_t Key(char tag, uint32_t id) {
    return uint64_t{static_cast<unsigned char>(tag)} << 32 | id;
  }
  void Clear() {
    if (size_ == 0) {
      return;
    }
    if (slots_.size() > 1024) {
      slots_.assign(64, Slot{});
    } else {
      for (const uint32_t i : used_) {  // only the slots taken, not the whole table
        slots_[i] = Slot{};
      }
    }
    used_.clear();
    size_ = 0;
  }
  uint32_t Find(uint64_t key) const {
    if (size_ == 0) {
      return kNone;
    }
    const size_t mask = slots_.size() - 1;
    for (size_t i = Home(key) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.value == kNone || s.key == key) {
        return s.value;
      }
    }
  }
  // `key` must be absent. Inlined (per name), Grow is not.
  [[gnu::always_inline]] void Insert(uint64_t key, uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) {
      Grow();
    }
    const size_t mask = slots_.size() - 1;
    size_t i = Home(key) & mask;
    while (slots_[i].value != kNone) {
      i = (i + 1) & mask;
    }
    slots_[i] = Slot{key, value};
    used_.push_back(static_cast<uint32_t>(i));
    ++size_;
  }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = kNone;  // kNone: empty
  };
  static size_t Home(uint64_t key) { return (key * 0x9E3779B97F4A7C15ull) >> 40; }
  [[gnu::noinline]] void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    const size_t mask = slots_.size() - 1;
    used_.clear();
    for (const Slot& s : old) {
      if (s.value == kNone) {
        continue;
      }
      size_t i = Home(s.key) & mask;
      while (slots_[i].value != kNone) {
        i = (i + 1) & mask;
      }
      slots_[i] = s;
      used_.push_back(static_cast<uint32_t>(i));
    }
  }
  std::vector<Slot> slots_;
  std::vector<uint32_t> used_;  // the slots taken, for Clear
  size_t size_ = 0;
};

// Clusters one document's mentions into local entities. Names, KB IRIs and
// qualifiers are string ids of the pool given to Run (interned there, each
// name once per mention: its normal name and short key then come from the
// pool's NameKeys); a local's label is also a view into the mentions'
// strings, valid until the next Run. The scratch arrays are kept from
// document to document.
class DocClusterer {
 public:
  struct Local {
    std::string_view label;
    uint32_t label_id = 0, kb_iri = 0, qualifier = 0;
    uint32_t names = 0, name_count = 0;  // range of names()
    uint32_t first_name = 0;             // while Compact gathers them: the first
    std::array<uint32_t, model::kEntityTypeCount> type_votes{};
    uint32_t mentions = 0;
    uint32_t first_offset = 0;
    TypeClass cls = TypeClass::kOrganization;
    bool full_person = false;
    uint8_t voted_types = 0;  // how many type_votes are not 0
    uint8_t voted_type = 0;   // the last of them
  };
  struct Merge {
    uint32_t local = 0;
    uint32_t left = 0, right = 0;  // string ids
    const char* kind = "";
    double confidence = 1.0;
  };

  void Run(const model::Document& doc, const std::vector<model::Mention>& mentions,
           StringPool& pool, NameKeys& keys) {
    text_ = &doc.text;
    ms_ = &mentions;
    pool_ = &pool;
    name_keys_ = &keys;
    Reset();
    const auto& ms = mentions;
    std::vector<int32_t>& raw = raw_;
    const size_t count = ms.size();  // read once (stores below may alias it)
    // Each written below (no fill first).
    GrowTo(raw, count);
    GrowTo(ids_, count);
    for (size_t i = 0; i < count; ++i) {
      raw[i] = ms[i].kind == MentionKind::kName && !ms[i].label.empty() ? Place(i) : -1;
    }
    // One pass over the antecedents (the names are all placed, and neither
    // step reads what the other writes).
    for (size_t i = 0; i < count; ++i) {
      if (ms[i].kind == MentionKind::kName) {
        // A name the tagger found to be the short form of another in the
        // text ("Norvane" after "Norvane Optics Corp") points to it.
        const int32_t a = ms[i].antecedent;
        if (raw[i] < 0 || a < 0 || static_cast<size_t>(a) >= count ||
            ms[a].kind != MentionKind::kName || raw[a] < 0 || raw[a] == raw[i] ||
            ClassOf(ms[a].type) != ClassOf(ms[i].type)) {
          continue;
        }
        tmp_[raw[i]].short_name = true;
        Union(static_cast<uint32_t>(raw[a]), static_cast<uint32_t>(raw[i]), ids_[a].label,
              ids_[i].label, "short-name", 0.85);
        continue;
      }
      // Nominals and pronouns: the local of their antecedent chain.
      int32_t a = ms[i].antecedent;
      for (int steps = 0; a >= 0 && steps < 8 && ms[a].kind != MentionKind::kName; ++steps) {
        a = ms[a].antecedent;
      }
      if (a >= 0 && static_cast<size_t>(a) < count && raw[a] >= 0) {
        raw[i] = raw[a];
      }
    }
    Compact();
  }

  const std::vector<Local>& locals() const { return locals_; }
  const std::vector<uint32_t>& names() const { return names_; }
  const std::vector<Merge>& merges() const { return merges_; }
  // mention -> local or -1; taken by the caller.
  std::vector<int32_t>& mention_local() { return mention_local_; }

 private:
  struct Tmp {
    std::string_view label;
    std::string_view first_word, last_word;  // persons only
    uint32_t label_id = 0;
    TypeClass cls;
    bool full_person = false;
    bool acronym = false;
    bool short_name = false;  // a short form of another name: not a name across documents
    uint32_t last_offset = 0;
    uint32_t short_key = 0;  // organisations: Dotless or Initials (NameKeys::ShortKey), a string id
    uint32_t word_count = kNone;  // of label, kNone until asked for (LabelRank)
  };
  // A placed name mention's string ids (label, KB IRI, qualifier; 0 for none).
  struct MentionIds {
    uint32_t label = 0, kb_iri = 0, qualifier = 0;
  };

  // At least `n` elements in `v`, for arrays whose first n a document
  // writes before it reads them: grown, never cut, so that no document
  // fills or cuts what the next one overwrites anyway.
  template <class T>
  static void GrowTo(std::vector<T>& v, size_t n) {
    if (v.size() < n) {
      v.resize(n);
    }
  }

  void Reset() {
    if (index_.made) {
      index_.full_by_word.clear();
      index_.short_by_label.clear();
      index_.org_by_short_key.clear();
      index_.made = false;
    }
    tmp_.clear();
    parent_.clear();
    keys_.Clear();
    pending_merges_.clear();
    locals_.clear();
    names_.clear();
    merges_.clear();
  }

  // Locals in order of their first mention; names distinct and sorted.
  void Compact() {
    const auto& ms = *ms_;
    const StringPool& pool = *pool_;
    const size_t count = ms.size(), tmp_count = tmp_.size();  // read once
    // Each written below (no fill first).
    mention_local_.resize(count);
    std::vector<int32_t>& id = id_;
    id.assign(tmp_count, -1);
    // Every placed name's root at once: a parent is never larger than its
    // child (Union keeps the smaller root, Find halves paths), so in
    // ascending order a parent's root is known before its children's.
    std::vector<uint32_t>& root = root_;
    GrowTo(root, tmp_count);
    for (uint32_t r = 0; r < tmp_count; ++r) {
      root[r] = parent_[r] == r ? r : root[parent_[r]];
    }
    if (local_names_.size() < tmp_count) {
      local_names_.resize(tmp_count);
    }
    for (size_t i = 0; i < count; ++i) {
      if (raw_[i] < 0) {
        mention_local_[i] = -1;
        continue;
      }
      const uint32_t r = root[raw_[i]];
      if (id[r] < 0) {
        id[r] = static_cast<int32_t>(locals_.size());
        locals_.emplace_back();
        locals_.back().first_offset = ms[i].span.begin;
      }
      Local& l = locals_[id[r]];
      const auto& m = ms[i];
      mention_local_[i] = id[r];
      ++l.mentions;
      if (m.kind != MentionKind::kName) {
        continue;
      }
      if (l.type_votes[static_cast<int>(m.type)]++ == 0) {
        ++l.voted_types;
        l.voted_type = std::max(l.voted_type, static_cast<uint8_t>(m.type));
      }
      const MentionIds& mi = ids_[i];
      if (!tmp_[raw_[i]].short_name) {
        AddName(static_cast<uint32_t>(id[r]), mi.label);
      }
      if (l.kb_iri == 0) {
        l.kb_iri = mi.kb_iri;
      }
      if (l.qualifier == 0) {
        l.qualifier = mi.qualifier;
      }
    }
    GrowTo(label_tmp_, locals_.size());  // (each written before it is read)
    for (size_t r = 0; r < tmp_count; ++r) {
      const int32_t target = id[root[r]];
      if (target < 0) {
        continue;
      }
      Local& l = locals_[target];
      const Tmp& t = tmp_[r];
      l.cls = t.cls;
      if (t.label_id != l.label_id && (l.label.empty() || LabelRank(static_cast<uint32_t>(r)) >
                                                              LabelRank(label_tmp_[target]))) {
        l.label = t.label;
        l.label_id = t.label_id;
        label_tmp_[target] = static_cast<uint32_t>(r);
      }
      if (t.full_person) {
        l.full_person = true;
      }
    }
    for (size_t k = 0; k < locals_.size(); ++k) {
      Local& l = locals_[k];
      const auto at = static_cast<uint32_t>(names_.size());
      if (l.name_count == 1) {
        names_.push_back(l.first_name);
      } else if (l.name_count > 1) {
        auto& names = local_names_[k];
        if (names.size() == 2) {  // the usual many: one comparison
          if (pool[names[1]] < pool[names[0]]) {
            std::swap(names[0], names[1]);
          }
        } else {
          std::sort(names.begin(), names.end(),
                    [&](uint32_t a, uint32_t b) { return pool[a] < pool[b]; });
        }
        names_.insert(names_.end(), names.begin(), names.end());
      }
      l.names = at;
    }
    for (Merge merge : pending_merges_) {
      const int32_t target = id[root[merge.local]];
      if (target < 0) {
        continue;
      }
      merge.local = static_cast<uint32_t>(target);
      merges_.push_back(merge);
    }
  }

  // Name `name` (a string id) of local `local`, unless it has it. Most
  // locals have one name, repeated: it is kept in the local, and only a
  // second one opens the local's list (local_names_).
  void AddName(uint32_t local, uint32_t name) {
    Local& l = locals_[local];
    if (l.name_count == 0) {
      l.first_name = name;
      l.name_count = 1;
      return;
    }
    if (l.name_count == 1 && l.first_name == name) {
      return;
    }
    std::vector<uint32_t>& names = local_names_[local];
    if (l.name_count == 1) {
      names.assign({l.first_name, name});
      l.name_count = 2;
      return;
    }
    if (std::find(names.begin(), names.end(), name) == names.end()) {
      names.push_back(name);
      ++l.name_count;
    }
  }

  // A local's label: a full personal name or an expansion beats a short
  // form; the higher rank of two labels wins. The rank of placed name r's
  // label, its word count made once per name (a person's by NewLocal), not
  // at every comparison.
  std::tuple<bool, size_t, size_t> LabelRank(uint32_t r) {
    Tmp& t = tmp_[r];
    if (t.word_count == kNone) {
      t.word_count = static_cast<uint32_t>(FirstAndLastWord(t.label).count);
    }
    return {!IsAcronym(t.label), t.word_count, t.label.size()};
  }

  uint32_t Find(uint32_t x) {
    while (parent_[x] != x) {
      x = parent_[x] = parent_[parent_[x]];
    }
    return x;
  }
  void Union(uint32_t a, uint32_t b, uint32_t left, uint32_t right, const char* kind,
             double confidence) {
    a = Find(a);
    b = Find(b);
    if (a == b) {
      return;
    }
    parent_[std::max(a, b)] = std::min(a, b);
    pending_merges_.push_back({std::min(a, b), left, right, kind, confidence});
  }
  uint32_t NewLocal(const model::Mention& m, uint32_t label_id, TypeClass cls,
                    const WordEnds& words) {
    const auto id = static_cast<uint32_t>(tmp_.size());
    Tmp& t = tmp_.emplace_back();
    t.label = m.label;
    t.label_id = label_id;
    t.first_word = words.first;
    t.last_word = words.last;
    t.cls = cls;
    t.full_person = cls == TypeClass::kPerson && words.count >= 2;
    if (cls == TypeClass::kPerson) {
      t.word_count = static_cast<uint32_t>(words.count);
    }
    t.last_offset = m.span.begin;
    if (cls == TypeClass::kOrganization) {
      const uint32_t k = name_keys_->ShortKey(*pool_, label_id);
      t.acronym = (k & NameKeys::kAcronymBit) != 0;
      t.short_key = k & ~NameKeys::kAcronymBit;
    }
    parent_.push_back(id);
    if (tmp_.size() >= kIndexFrom) [[unlikely]] {
      Index(id);
    }
    return id;
  }
  // Place's rules through the index (a long document), apart so that Place
  // stays small: the same answers as its loops over every earlier local.
  // The full person before local `id` with `word` as first or last word
  // whose entity was mentioned last (of equal offsets the first), or -1.
  [[gnu::noinline]] int32_t IndexedFullPerson(uint32_t id, std::string_view word) {
    int32_t best = -1;
    uint32_t best_offset = 0;
    if (auto it = index_.full_by_word.find(word); it != index_.full_by_word.end()) {
      for (const uint32_t t : it->second) {  // in order: a tie keeps the first
        if (t >= id) {
          break;
        }
        if (const uint32_t offset = tmp_[Find(t)].last_offset; best < 0 || offset > best_offset) {
          best = static_cast<int32_t>(t);
          best_offset = offset;
        }
      }
    }
    return best;
  }
  // The persons before local `id` that are not full names, labelled with its
  // last or first word, in order.
  [[gnu::noinline]] const std::vector<uint32_t>& IndexedShortForms(uint32_t id,
                                                                   const WordEnds& words) {
    std::vector<uint32_t>& ts = index_.scratch;
    ts.clear();
    for (const std::string_view word : {words.last, words.first}) {
      if (auto it = index_.short_by_label.find(word); it != index_.short_by_label.end()) {
        for (const uint32_t t : it->second) {
          if (t < id) {
            ts.push_back(t);
          }
        }
      }
      if (words.first == words.last) {
        break;
      }
    }
    std::sort(ts.begin(), ts.end());
    ts.erase(std::unique(ts.begin(), ts.end()), ts.end());
    return ts;
  }
  // The first organisation before local `id` with its short key, one of the
  // two an acronym and the other not, or kNone.
  [[gnu::noinline]] uint32_t IndexedAcronymPair(uint32_t id) {
    const Tmp& mine = tmp_[id];
    if (auto it = index_.org_by_short_key.find(mine.short_key);
        it != index_.org_by_short_key.end()) {
      for (const uint32_t t : it->second) {
        if (t >= id) {
          break;
        }
        if (tmp_[t].acronym != mine.acronym) {
          return t;
        }
      }
    }
    return kNone;
  }
  // Local `id` (the last) in the index of the rules that look through the
  // earlier locals; with all before it when it makes the index.
  [[gnu::noinline]] void Index(uint32_t id) {
    if (!index_.made) {
      index_.made = true;
      for (uint32_t t = 0; t < id; ++t) {
        Index(t);
      }
    }
    const Tmp& x = tmp_[id];
    const uint32_t t = id;
    if (x.cls == TypeClass::kPerson && x.full_person) {
      index_.full_by_word[x.first_word].push_back(t);
      if (x.last_word != x.first_word) {
        index_.full_by_word[x.last_word].push_back(t);
      }
    } else if (x.cls == TypeClass::kPerson) {
      index_.short_by_label[x.label].push_back(t);
    } else if (x.cls == TypeClass::kOrganization && x.short_key != 0) {
      index_.org_by_short_key[x.short_key].push_back(t);
    }
  }

  int32_t Place(size_t i) {
    const auto& ms = *ms_;
    const model::Mention& m = ms[i];
    const TypeClass cls = ClassOf(m.type);
    MentionIds& mi = ids_[i];
    // A KB name's label, most often its entry's own, is compared, not hashed.
    const uint32_t label =
        m.kb_entry != 0 ? name_keys_->KbLabel(*pool_, m.kb_entry, m.label) : pool_->Id(m.label);
    mi = MentionIds{label, 0, 0};
    // Qualifier: "South Korea's Joint Chiefs of Staff", "U.S. Forces".
    if (cls == TypeClass::kOrganization && i > 0) {
      for (size_t k = i; k-- > 0;) {
        const auto& p = ms[k];
        if (p.span.end > m.span.begin) {
          continue;
        }
        if (p.type == EntityType::kCountry && p.kb_entry != 0 &&
            Adjacent(*text_, p.span.end, m.span.begin)) {
          mi.qualifier = name_keys_->KbIri(*pool_, p.kb_entry);
        }
        break;
      }
    }
    if (m.kb_entry != 0) {
      mi.kb_iri = name_keys_->KbIri(*pool_, m.kb_entry);
      const uint64_t key = DocKeys::Key('K', mi.kb_iri);
      uint32_t id = keys_.Find(key);
      if (id == kNone) {
        id = NewLocal(m, mi.label, cls,
                      cls == TypeClass::kPerson ? FirstAndLastWord(m.label) : WordEnds{});
        keys_.Insert(key, id);
      }
      return Touch(id, m);
    }
    const uint64_t key = DocKeys::Key(static_cast<char>('0' + static_cast<int>(cls)),
                                      name_keys_->Norm(*pool_, mi.label));
    if (const uint32_t id = keys_.Find(key); id != kNone) {
      return Touch(id, m);
    }
    // Words serve only persons (surnames, full names).
    const WordEnds words = cls == TypeClass::kPerson ? FirstAndLastWord(m.label) : WordEnds{};
    const uint32_t id = NewLocal(m, mi.label, cls, words);
    keys_.Insert(key, id);
    if (cls == TypeClass::kPerson && words.count == 1) {
      // "Budanov" after "Kyrylo Budanov": the most recent person with that
      // first or last name word.
      int32_t best = -1;
      // Of equal last offsets, the first local.
      if (index_.made) {
        best = IndexedFullPerson(id, words.first);
      } else {
        for (uint32_t t = 0; t < id; ++t) {
          if (tmp_[t].cls == TypeClass::kPerson && tmp_[t].full_person &&
              (tmp_[t].first_word == words.first || tmp_[t].last_word == words.first) &&
              (best < 0 || tmp_[Find(t)].last_offset > tmp_[Find(best)].last_offset)) {
            best = static_cast<int32_t>(t);
          }
        }
      }
      if (best >= 0) {
        Union(static_cast<uint32_t>(best), id, tmp_[best].label_id, mi.label, "surname", 0.9);
      }
      return Touch(id, m);
    }
    if (cls == TypeClass::kPerson && words.count > 0) {
      // A short form seen before the full name: "Zelenskyy ... Volodymyr Zelenskyy".
      auto join = [&](uint32_t t) {
        if (Find(t) == t) {
          Union(id, t, mi.label, tmp_[t].label_id, "surname", 0.9);
        }
      };
      if (index_.made) {
        for (const uint32_t t : IndexedShortForms(id, words)) {
          join(t);
        }
      } else {
        for (uint32_t t = 0; t < id; ++t) {
          if (tmp_[t].cls == TypeClass::kPerson && !tmp_[t].full_person &&
              (tmp_[t].label == words.last || tmp_[t].label == words.first)) {
            join(t);
          }
        }
      }
    } else if (cls == TypeClass::kOrganization) {
      // Acronym and expansion in one document: "Joint Chiefs of Staff (JCS)".
      const Tmp& mine = tmp_[id];
      if (mine.short_key != 0) {
        // The first organisation with the same short key, one an acronym
        // and the other not.
        auto pairs = [&](uint32_t t) {
          return tmp_[t].cls == TypeClass::kOrganization && tmp_[t].acronym != mine.acronym &&
                 tmp_[t].short_key == mine.short_key;
        };
        uint32_t match = kNone;
        if (index_.made) {
          match = IndexedAcronymPair(id);
        } else {
          for (uint32_t t = 0; t < id; ++t) {
            if (pairs(t)) {
              match = t;
              break;
            }
          }
        }
        if (match != kNone) {
          Union(match, id, tmp_[match].label_id, mi.label, "acronym", 0.9);
        }
      }
    }
    return Touch(id, m);
  }

  int32_t Touch(uint32_t id, const model::Mention& m) {
    tmp_[Find(id)].last_offset = m.span.begin;
    tmp_[id].last_offset = m.span.begin;
    return static_cast<int32_t>(id);
  }

  const std::string* text_ = nullptr;
  const std::vector<model::Mention>* ms_ = nullptr;
  StringPool* pool_ = nullptr;
  NameKeys* name_keys_ = nullptr;
  std::vector<Tmp> tmp_;
  // A long document's locals for the rules that look through the earlier
  // ones (a surname's full name, a short form's, an acronym's expansion),
  // by key, each key's locals in order: made once a document has
  // kIndexFrom locals. Below that the rules look through all of them,
  // which costs less than keeping the index; above it that would cost the
  // square of the locals.
  static constexpr size_t kIndexFrom = 256;
  struct {
    bool made = false;
    std::unordered_map<std::string_view, std::vector<uint32_t>>
        full_by_word;  // first and last words
    std::unordered_map<std::string_view, std::vector<uint32_t>> short_by_label;  // persons not full
    std::unordered_map<uint32_t, std::vector<uint32_t>> org_by_short_key;
    std::vector<uint32_t> scratch;
  } index_;
  std::vector<uint32_t> parent_;
  DocKeys keys_;
  std::vector<MentionIds> ids_;        // of the placed mentions (set by Place)
  std::vector<Merge> pending_merges_;  // `local` is a union-find root until Compact ends
  std::vector<int32_t> raw_, id_;
  std::vector<uint32_t> root_;       // of each placed name (Compact)
  std::vector<uint32_t> label_tmp_;  // of each local: the placed name its label is from (Compact)
  std::vector<std::vector<uint32_t>> local_names_;
  std::vector<Local> locals_;
  std::vector<uint32_t> names_;  // string ids
  std::vector<Merge> merges_;
  std::vector<int32_t> mention_local_;
};

// The index AddDocument builds and Resolve consumes. The vertices of the
// cross-document graph are signatures: what the cross-document step reads of
// a local entity (label, KB entry, qualifier, class, names; ids into one
// string pool), stored once for all the locals that share it, as many
// documents repeat the same local (a news agency, a capital). Each
// signature's counts are the sums over its locals (mentions, type votes,
// documents), gathered as documents are added, with where it first appears in
// document-id order (ties by doc_index) and its second document, so nothing
// of them depends on the order of AddDocument calls. The names of all
// signatures in one flat array. Within-document merge rows are kept once per
// (signature, left, right, kind), from the first document in id order. The
// documents these name (DocRef, with their ids); nothing per other document
// or per local. Per
// mention its signature's number, only for the documents whose caller does
// not keep that index (Index::mention_sig), to become its entity's number.
struct LocalSig {
  uint32_t label = 0, kb_iri = 0, qualifier = 0;
  uint32_t names = 0;  // first of its names in Index::names; they end where the next sig's begin
  uint8_t type_class = 1;
  bool full_person = false;
};
static_assert(sizeof(LocalSig) == 20);
constexpr uint8_t kSpreadVotes = 0xFF;
struct SigCounts {
  uint32_t mentions = 0;
  uint32_t votes = 0;  // the votes of vote_type, or (kSpreadVotes) its row of Index::spread_votes
  // Its first two documents in document-id order, as references
  // (Index::refs; positions in document-id order among them once Resolve
  // has put them in that order).
  uint32_t first_doc = kNone, second_doc = kNone;
  uint32_t first_local = 0;   // its first local's number in first_doc
  uint32_t first_offset = 0;  // in first_doc
  uint32_t doc_count = 0;     // of the documents whose caller keeps their mention index
  uint32_t last_doc = kNone;  // arrival number of the latest document that had it
  uint8_t vote_type = 0;
};
using TypeVotes = std::array<uint32_t, model::kEntityTypeCount>;
struct MergeRow {
  uint32_t sig = 0;
  uint32_t left = 0, right = 0, kind = 0;
  uint32_t doc = 0;  // a document reference, as SigCounts::first_doc
  double confidence = 1.0;
};
// A document that a signature's counts or a merge row name (its first or
// second document, a merge row's document): its id, to order documents, and
// its number. Only these documents are kept, not a row per document.
struct DocRef {
  uint64_t id = 0;  // handle in Index::ref_ids
  uint32_t id_size = 0;
  uint32_t doc_index = 0;
};
static_assert(sizeof(DocRef) == 16);
// A document whose mention index the linker keeps: its mentions are first in
// Index::mention_sig, and they end where the next one's begin.
struct KeptDoc {
  uint64_t mentions = 0;
  uint32_t doc_index = 0;
};

struct Index {
  StringPool strings;
  NameKeys name_keys;  // of strings, filled by the clusterer, read on by Resolve
  // The documents named by signatures and merge rows; those no longer
  // named are dropped (Collect) when the table has grown past next_collect.
  // In the order made; in document-id order in Resolve.
  std::vector<DocRef> refs;
  base::StringArena ref_ids;
  size_t next_collect = 1024;
  // The document being added: its arrival number, id, doc_index and
  // reference (kNone until something names it).
  uint32_t arrival = kNone;
  std::string_view doc_id;
  uint32_t doc_index = 0;
  uint32_t doc_ref = kNone;
  // The rows as documents are added, in blocks (no regrowth copies); Seal
  // moves them into the arrays below it, of exact size.
  base::ChunkedArray<KeptDoc> new_kept;
  base::ChunkedArray<MergeRow> new_merges;
  base::ChunkedArray<int32_t> new_mentions;
  std::vector<KeptDoc> kept;
  std::vector<LocalSig> sigs;
  std::vector<SigCounts> counts;  // of each signature
  std::vector<uint32_t> names;
  std::vector<TypeVotes> spread_votes;
  std::vector<MergeRow> merges;
  std::vector<int32_t> mention_sig;  // mention -> signature or -1
  IntTable sig_of_hash;              // content hash -> a signature with it
  IntTable merge_of_hash;            // hash (or the next free key after it) -> a merge row
  std::vector<uint32_t> scratch_names, doc_sigs;
  std::array<std::pair<const char*, uint32_t>, 4> kind_ids{};  // KindId's literals

  // A document from ClusterDocument or a shard's tables.
  void Add(uint32_t doc_index, DocumentLocals&& d) {
    const uint32_t arrival = BeginDocument(doc_index, d.id, true);
    for (const LocalEntity& l : d.locals) {
      scratch_names.clear();
      for (const std::string& name : l.names) {
        scratch_names.push_back(strings.Id(name));
      }
      AddLocal(arrival, true, strings.Id(l.label), strings.Id(l.kb_iri), strings.Id(l.qualifier),
               l.type_class, l.full_person, l.mentions, l.first_offset, l.type_votes, -1, 0,
               scratch_names);
    }
    for (const LocalMerge& m : d.merges) {
      if (m.local >= d.locals.size()) {
        continue;
      }
      AddMerge(doc_sigs[m.local], strings.Id(m.left), strings.Id(m.right), strings.Id(m.kind),
               m.confidence);
    }
    AddMentions(d.mention_local);
  }
  // A document as the clusterer left it (AddDocument, its strings interned
  // in this pool already). With keep_mentions false, the caller keeps the
  // mention index: c.mention_local() is made mention -> signature.
  void Add(uint32_t doc_index, std::string_view id, DocClusterer& c, bool keep_mentions) {
    const uint32_t arrival = BeginDocument(doc_index, id, keep_mentions);
    const std::vector<uint32_t>& all_names = c.names();
    for (const DocClusterer::Local& l : c.locals()) {
      AddLocal(arrival, keep_mentions, l.label_id, l.kb_iri, l.qualifier,
               static_cast<uint8_t>(l.cls), l.full_person, l.mentions, l.first_offset, l.type_votes,
               l.voted_types, l.voted_type, std::span(all_names.data() + l.names, l.name_count));
    }
    for (const DocClusterer::Merge& m : c.merges()) {
      AddMerge(doc_sigs[m.local], m.left, m.right, KindId(m.kind), m.confidence);
    }
    if (keep_mentions) {
      AddMentions(c.mention_local());
      return;
    }
    // (The clusterer's locals are -1 or one of doc_sigs: no bound to check.)
    for (int32_t& m : c.mention_local()) {
      m = m < 0 ? -1 : static_cast<int32_t>(doc_sigs[m]);
    }
  }
  // The string id of a merge kind, a literal of the clusterer's ("surname"):
  // the few literals are kept with their ids, so a merge row does not hash
  // its kind again.
  uint32_t KindId(const char* kind) {
    for (auto& [literal, id] : kind_ids) {
      if (literal == kind) {
        return id;
      }
      if (literal == nullptr) {
        literal = kind, id = strings.Id(kind);
        return id;
      }
    }
    return strings.Id(kind);
  }
  // The new document's arrival number. `id` stays valid until the next.
  uint32_t BeginDocument(uint32_t index, std::string_view id, bool keep_mentions) {
    if (refs.size() >= next_collect) {
      Collect();
    }
    if (arrival == kNone) {
      // Sized at once for the signatures and merge rows of a megabyte of
      // news (a few thousand each), as the pool is for its strings.
      sig_of_hash.Reserve(4096);
      merge_of_hash.Reserve(4096);
    }
    ++arrival;
    doc_id = id, doc_index = index, doc_ref = kNone;
    if (keep_mentions) {
      new_kept.push_back({new_mentions.size(), index});
    }
    doc_sigs.clear();
    return arrival;
  }
  // The reference of the document being added, made the first time it is
  // asked for.
  uint32_t DocRefNow() {
    if (doc_ref == kNone) {
      doc_ref = static_cast<uint32_t>(refs.size());
      refs.push_back({ref_ids.Add(doc_id), static_cast<uint32_t>(doc_id.size()), doc_index});
    }
    return doc_ref;
  }
  // Drops the references nothing names any more; the others keep their
  // order. The next collection waits until the table has doubled and grown
  // by an eighth of the signatures and merge rows (whose scan it costs).
  void Collect() {
    std::vector<uint32_t> renumber(refs.size(), kNone);
    auto mark = [&](uint32_t r) {
      if (r != kNone) {
        renumber[r] = 0;
      }
    };
    for (const SigCounts& c : counts) {
      mark(c.first_doc), mark(c.second_doc);
    }
    for (size_t k = 0; k < new_merges.size(); ++k) {
      mark(new_merges[k].doc);
    }
    std::vector<DocRef> live;
    base::StringArena live_ids;
    for (size_t r = 0; r < refs.size(); ++r) {
      if (renumber[r] == 0) {
        renumber[r] = static_cast<uint32_t>(live.size());
        const DocRef& d = refs[r];
        live.push_back({live_ids.Add(DocId(d)), d.id_size, d.doc_index});
      }
    }
    auto remap = [&](uint32_t& r) {
      if (r != kNone) {
        r = renumber[r];
      }
    };
    for (SigCounts& c : counts) {
      remap(c.first_doc), remap(c.second_doc);
    }
    for (size_t k = 0; k < new_merges.size(); ++k) {
      remap(new_merges[k].doc);
    }
    refs.swap(live);
    ref_ids = std::move(live_ids);
    next_collect =
        2 * refs.size() + std::max<size_t>(1024, (counts.size() + new_merges.size()) / 8);
  }
  // The mention -> local array of the document begun last, as mention ->
  // signature.
  void AddMentions(const std::vector<int32_t>& mention_local) {
    for (const int32_t m : mention_local) {
      new_mentions.push_back(m >= 0 && static_cast<size_t>(m) < doc_sigs.size()
                                 ? static_cast<int32_t>(doc_sigs[m])
                                 : -1);
    }
  }
  // Whether the document being added comes before document reference `r`
  // in document-id order (ties by doc_index).
  bool Before(uint32_t r) const {
    const int order = doc_id.compare(DocId(refs[r]));  // one pass over the ids
    return order != 0 ? order < 0 : doc_index < refs[r].doc_index;
  }
  // A local entity: string ids (its names distinct, sorted by their text).
  [[gnu::always_inline]] void AddLocal(uint32_t arrival, bool kept, uint32_t label, uint32_t kb_iri,
                                       uint32_t qualifier, uint8_t type_class, bool full_person,
                                       uint32_t mentions, uint32_t first_offset,
                                       const TypeVotes& type_votes, int voted_types, int voted_type,
                                       std::span<const uint32_t> local_names) {
    LocalSig sig;
    sig.label = label;
    sig.kb_iri = kb_iri;
    sig.qualifier = qualifier;
    sig.type_class = type_class;
    sig.full_person = full_person;
    const uint32_t s = InternSig(sig, local_names);
    const auto local = static_cast<uint32_t>(doc_sigs.size());
    doc_sigs.push_back(s);
    if (s == counts.size()) {
      counts.emplace_back();
    }
    SigCounts& c = counts[s];
    c.mentions += mentions;
    AddVotes(c, type_votes, voted_types, voted_type);
    if (c.last_doc != arrival && !kept) {
      ++c.doc_count;
    }
    if (c.first_doc == kNone) {
      c.first_doc = DocRefNow(), c.first_local = local, c.first_offset = first_offset;
      c.last_doc = arrival;
    } else if (c.last_doc == arrival) {
      if (c.first_doc == doc_ref) {
        c.first_offset = std::min(c.first_offset, first_offset);
      }
    } else {
      c.last_doc = arrival;
      // Most documents come after the second already: one comparison.
      if (c.second_doc != kNone && !Before(c.second_doc)) {
        return;
      }
      if (Before(c.first_doc)) {
        c.second_doc = c.first_doc;
        c.first_doc = DocRefNow(), c.first_local = local, c.first_offset = first_offset;
      } else {
        c.second_doc = DocRefNow();
      }
    }
  }
  // `voted_type` is the one type with votes when `voted_types` is 1 (else
  // they are looked for).
  void AddVotes(SigCounts& c, const TypeVotes& type_votes, int voted_types, int voted_type) {
    if (voted_types == 1) {
      AddVote(c, voted_type, type_votes[voted_type]);
      return;
    }
    for (int t = 0; t < model::kEntityTypeCount; ++t) {
      if (type_votes[t] != 0) {
        AddVote(c, t, type_votes[t]);
      }
    }
  }
  void AddVote(SigCounts& c, int t, uint32_t n) {
    if (c.vote_type == kSpreadVotes) {
      spread_votes[c.votes][t] += n;
    } else if (c.votes == 0 || c.vote_type == t) {
      c.vote_type = static_cast<uint8_t>(t);
      c.votes += n;
    } else {
      TypeVotes& v = spread_votes.emplace_back();
      v[c.vote_type] = c.votes;
      v[t] += n;
      c.vote_type = kSpreadVotes;
      c.votes = static_cast<uint32_t>(spread_votes.size() - 1);
    }
  }
  // A within-document merge row, unless one with the same signature, names
  // and kind is kept already (then the one of the earlier document stays).
  void AddMerge(uint32_t sig, uint32_t left, uint32_t right, uint32_t kind, double confidence) {
    const uint64_t hash = (uint64_t{left} << 32 | right) * 0x9E3779B97F4A7C15ull ^
                          (uint64_t{kind} << 32 | sig) * 0xC2B2AE3D27D4EB4Full;
    for (uint64_t key = hash;; ++key) {
      const auto [entry, fresh] =
          merge_of_hash.Emplace(key, static_cast<uint32_t>(new_merges.size()));
      if (fresh) {
        new_merges.push_back({sig, left, right, kind, DocRefNow(), confidence});
        return;
      }
      MergeRow& o = new_merges[*entry];
      if (o.sig == sig && o.left == left && o.right == right && o.kind == kind) {
        if (o.doc != doc_ref && Before(o.doc)) {
          o.doc = DocRefNow(), o.confidence = confidence;
        }
        return;
      }
    }
  }
  // The number of a signature equal to `sig` with `sig_names` as its
  // names, added when there is none. On a hash collision the second
  // signature is merely stored again.
  uint32_t InternSig(LocalSig sig, std::span<const uint32_t> sig_names) {
    uint64_t h = (static_cast<uint64_t>(sig.label) * 0x9E3779B97F4A7C15ull) ^
                 (static_cast<uint64_t>(sig.kb_iri) << 32 | sig.qualifier);
    h = h * 0xBF58476D1CE4E5B9ull + (sig.type_class << 1 | sig.full_person);
    for (uint32_t name : sig_names) {
      h = (h ^ name) * 0x94D049BB133111EBull;
    }
    h = h * 0xBF58476D1CE4E5B9ull + sig_names.size();
    const auto next = static_cast<uint32_t>(sigs.size());
    const auto [entry, fresh] = sig_of_hash.Emplace(h, next);
    if (!fresh) {
      const LocalSig& o = sigs[*entry];
      const auto [nb, ne] = SigNames(*entry);
      if (o.label == sig.label && o.kb_iri == sig.kb_iri && o.qualifier == sig.qualifier &&
          o.type_class == sig.type_class && o.full_person == sig.full_person &&
          std::equal(nb, ne, sig_names.begin(), sig_names.end())) {
        return *entry;
      }
    }
    sig.names = static_cast<uint32_t>(names.size());
    names.insert(names.end(), sig_names.begin(), sig_names.end());
    sigs.push_back(sig);
    return next;
  }
  // Before Resolve: no slack, no hash tables.
  void Seal() {
    new_kept.MoveTo(kept);
    sigs.shrink_to_fit();
    counts.shrink_to_fit();
    names.shrink_to_fit();
    spread_votes.shrink_to_fit();
    new_merges.MoveTo(merges);
    new_mentions.MoveTo(mention_sig);
    sig_of_hash = IntTable();
    merge_of_hash = IntTable();
    std::vector<uint32_t>().swap(scratch_names);
    std::vector<uint32_t>().swap(doc_sigs);
  }
  std::string_view DocId(const DocRef& d) const { return ref_ids.Get(d.id, d.id_size); }
  // The mentions of kept document k, in mention_sig.
  std::pair<uint64_t, uint64_t> Mentions(size_t k) const {
    return {kept[k].mentions, k + 1 < kept.size() ? kept[k + 1].mentions : mention_sig.size()};
  }
  // A signature's names.
  std::pair<const uint32_t*, const uint32_t*> SigNames(uint32_t sig) const {
    const uint32_t end =
        sig + 1 < sigs.size() ? sigs[sig + 1].names : static_cast<uint32_t>(names.size());
    return {names.data() + sigs[sig].names, names.data() + end};
  }
  void AddVotesTo(uint32_t sig, TypeVotes& sum) const {
    const SigCounts& c = counts[sig];
    if (c.vote_type != kSpreadVotes) {
      sum[c.vote_type] += c.votes;
      return;
    }
    for (int t = 0; t < model::kEntityTypeCount; ++t) {
      sum[t] += spread_votes[c.votes][t];
    }
  }
};

TypeClass ClassOf(const LocalSig& l) {
  return static_cast<TypeClass>(std::min<uint8_t>(l.type_class, 3));
}

// Compass(label) as a small code: 0 none, 1 north, 2 south, 3 east, 4 west.
uint8_t CompassCode(std::string_view label) {
  const std::string_view c = Compass(label);
  if (c.empty()) {
    return 0;
  }
  return c == "north" ? 1 : c == "south" ? 2 : c == "east" ? 3 : 4;
}

// Candidate edge kinds, with the confidence each is created with. An accepted
// "exact" edge between different labels is written "normalised", an accepted
// "kb-alias" edge between equal labels "exact" (the confidence stays).
// "legal-form": two company names alike but for a trailing legal form
// ("Norvane Optics" and "Norvane Optics Inc", "Norvane Corp" and "Norvane
// Corporation").
enum Kind : uint8_t {
  kKbAlias,
  kExact,
  kAcronym,
  kTransliteration,
  kSurname,
  kNormalised,
  kLegalForm
};
constexpr const char* kKindName[] = {"kb-alias", "exact",      "acronym",   "transliteration",
                                     "surname",  "normalised", "legal-form"};
constexpr double kKindConfidence[] = {1.0, 0.95, 0.8, 0.7, 0.6, 0.95, 0.85};
constexpr uint8_t kRejected = 0xF;

// Packed (9 bytes, not 12): a run keeps a few candidate edges per
// vertex. Read its fields by value (no reference binds to a packed field).
struct __attribute__((packed)) Edge {
  uint32_t v = 0, u = 0;  // v first: (u, v) is then one 64-bit word (VertexKey)
  Kind kind : 4 = kExact;
  uint8_t written : 4 = kRejected;  // the kind written when accepted
};
static_assert(sizeof(Edge) == 9);
uint64_t VertexKey(const Edge& e) { return uint64_t{e.u} << 32 | e.v; }

// Blocking keys as (tag, string id): "K|iri", "N|class|name" (four tags),
// "F|phonetic", "S|surname", "A|acronym", "E|initials" of the key texts.
enum Tag : uint64_t { kTagK = 1, kTagN = 2, kTagF = 6, kTagS = 7, kTagA = 8, kTagE = 9 };
uint64_t Key(uint64_t tag, uint32_t id) { return tag << 32 | id; }

// Constraint state of one growing entity (kept at its union-find root): ids
// into the pool; the first person key inline, up to kMaxPersonKeys - 1 more in
// a side table only for entities that gather several.
struct Component {
  static constexpr size_t kMaxPersonKeys = 8;
  uint32_t kb_iri = 0, qualifier = 0;
  uint32_t key0 = 0;      // spaceless phonetic key of a full name
  uint32_t more = kNone;  // index into the side table of further keys
  TypeClass cls = TypeClass::kOrganization;
  uint8_t compass = 0;
  uint8_t keys = 0;
  uint16_t legal_form = 0;  // a company name's forms (SplitLegalForm), the longest joined
  // An organisation's name (the stem of its label, without legal forms), 0
  // when it is known only by an acronym: two organisations of different
  // names do not join through a shared acronym ("Sagrell Corp" and "Salvik
  // Corp" are both "SC").
  uint32_t org_name = 0;
};
using MoreKeys = std::array<uint32_t, Component::kMaxPersonKeys - 1>;

// The first 8 bytes of `s` as one big-endian number, zero-padded ("ab" ->
// 0x6162000000000000): such numbers order as the strings' first 8 bytes do.
// One load and a byte swap for the usual string of 8 bytes or more.
uint64_t Head8(std::string_view s) {
  if (s.size() >= 8) {
    uint64_t v;
    std::memcpy(&v, s.data(), 8);
    if constexpr (std::endian::native == std::endian::little) {
      v = __builtin_bswap64(v);
    }
    return v;
  }
  uint64_t v = 0;
  for (size_t k = 0; k < s.size(); ++k) {
    v |= uint64_t{static_cast<unsigned char>(s[k])} << (56 - 8 * k);
  }
  return v;
}

// A label whose first word is plain: a capital and then only lowercase
// letters ("Harlow Corp", "Smith"), not a coined name with an inner capital
// or a digit ("NorVantis", "3Quay").
bool PlainWord(std::string_view label) {
  const std::string_view word = FirstAndLastWord(label).first;
  if (word.empty() || !(word[0] >= 'A' && word[0] <= 'Z')) {
    return false;
  }
  for (size_t i = 1; i < word.size(); ++i) {
    if (!(word[i] >= 'a' && word[i] <= 'z')) {
      return false;
    }
  }
  return true;
}

// The cross-document step over the index, in stages that each free what the
// next does not need.
class Resolver {
 public:
  Resolver(Index& index, std::vector<EntityOrigin>* origins, std::vector<int32_t>* sig_entity)
      : ix_(index), s_(index.strings), origins_(origins), sig_entity_(sig_entity) {}

  model::EntityTable Run() {
    Vertices();
    Candidates();
    Join();
    Components();
    Evidence();
    model::EntityTable table;
    Entities(table);
    Rows(table);
    // The merge rows' strings and the entities' labels and aliases are views
    // into the pool's bytes: the table keeps them; the rest of the pool is
    // freed.
    table.text.push_back(ix_.strings.TakeBytes());
    ix_.strings = StringPool();
    Mentions(table);
    return table;
  }

 private:
  // A vertex's signature, its counts and its names.
  const LocalSig& local(uint32_t v) const { return ix_.sigs[vertex_sig_[v]]; }
  const SigCounts& counts(uint32_t v) const { return ix_.counts[vertex_sig_[v]]; }
  std::pair<const uint32_t*, const uint32_t*> Names(uint32_t v) const {
    return ix_.SigNames(vertex_sig_[v]);
  }
  std::string_view str(uint32_t id) const { return s_[id]; }

  // Memoised per string id: its spaceless phonetic key and last word here;
  // its normal name and acronym key (NameKeys, begun by the clusterer) in
  // the index. The makers write into scratch_, so no string is made per
  // name.
  template <class Make>
  uint32_t Memo(std::vector<uint32_t>& memo, uint32_t id, Make make) {
    return MemoById(memo, s_, id, make);
  }
  uint32_t Norm(uint32_t id) { return ix_.name_keys.Norm(s_, id); }
  uint32_t Phonetic(uint32_t id) {
    return Memo(phonetic_key_, id, [this](std::string_view name) {
      // SpacelessPhonetic, into the scratch string.
      if (scratch_.size() < name.size()) {
        scratch_.resize(name.size());
      }
      return s_.Id(std::string_view(scratch_.data(), PhoneticKeyTo(name, scratch_.data(), false)));
    });
  }
  // The stem of a company name with a legal form (SplitLegalForm of its
  // normal name; 0 for none), its folded forms in legal_form_[id].
  uint32_t Stem(uint32_t id) {
    if (id >= stem_.size()) {
      stem_.resize(std::max<size_t>(s_.size(), id + 1), kNone);
      legal_form_.resize(stem_.size(), 0);
    }
    if (stem_[id] == kNone) {
      // The normal name, made already for a name of the candidate keys.
      const uint32_t norm = Norm(id);
      const LegalFormSplit split = SplitLegalForm(str(norm));
      legal_form_[id] = split.form;
      stem_[id] = 0;
      if (!split.stem.empty()) {
        scratch_.assign(split.stem);  // a view into the pool, which may grow
        stem_[id] = s_.Id(scratch_);
      }
    }
    return stem_[id];
  }
  // A name's stem, else its normal name.
  uint32_t NameStem(uint32_t id) {
    const uint32_t stem = Stem(id);
    return stem != 0 ? stem : Norm(id);
  }
  uint16_t LegalForm(uint32_t id) {
    Stem(id);
    return legal_form_[id];
  }
  uint32_t LastWord(uint32_t id) {
    return Memo(last_word_, id,
                [this](std::string_view name) { return s_.Id(FirstAndLastWord(name).last); });
  }
  static constexpr uint32_t kAcronymBit = NameKeys::kAcronymBit;
  uint32_t ShortKey(uint32_t id) { return ix_.name_keys.ShortKey(s_, id); }

  // Vertices: every signature, in the order of its first appearance
  // (documents in (id, index) order, then locals in document order). The
  // documents named (Index::refs) are first put in that order, in place:
  // from then on one is known by its position among them (SigCounts and
  // MergeRow numbers are rewritten), so no reference <-> position array
  // stays. Positions only order documents; every document is not there.
  void Vertices() {
    std::vector<uint32_t> order(ix_.refs.size());  // position -> reference
    {
      // An id's head: its 8 bytes after the prefix all ids share ("reuters-"),
      // big-endian, zero-padded. Heads order as ids do: sorted by head in
      // linear time, then only runs of equal heads compare the ids.
      size_t common = 0;
      if (!ix_.refs.empty()) {
        const std::string_view first = ix_.DocId(ix_.refs[0]);
        common = first.size();
        for (const DocRef& doc : ix_.refs) {
          const std::string_view id = ix_.DocId(doc);
          size_t k = 0;
          while (k < common && k < id.size() && id[k] == first[k]) {
            ++k;
          }
          common = k;
        }
      }
      std::vector<uint64_t> head(ix_.refs.size());  // by reference
      for (uint32_t d = 0; d < head.size(); ++d) {
        head[d] = Head8(ix_.DocId(ix_.refs[d]).substr(common));
        order[d] = d;
      }
      {
        std::vector<uint32_t> scratch;
        base::RadixSortByKey(order, scratch, [&](uint32_t d) { return head[d]; });
      }
      for (size_t i = 0; i < order.size();) {
        size_t j = i + 1;
        while (j < order.size() && head[order[j]] == head[order[i]]) {
          ++j;
        }
        if (j - i > 1) {
          std::sort(order.begin() + i, order.begin() + j, [&](uint32_t a, uint32_t b) {
            const std::string_view x = ix_.DocId(ix_.refs[a]);
            const std::string_view y = ix_.DocId(ix_.refs[b]);
            return x != y ? x < y : ix_.refs[a].doc_index < ix_.refs[b].doc_index;
          });
        }
        i = j;
      }
    }
    {
      std::vector<uint32_t> position(order.size());  // reference -> position
      for (uint32_t d = 0; d < order.size(); ++d) {
        position[order[d]] = d;
      }
      for (SigCounts& c : ix_.counts) {
        c.first_doc = position[c.first_doc];
        if (c.second_doc != kNone) {
          c.second_doc = position[c.second_doc];
        }
      }
      for (MergeRow& m : ix_.merges) {
        m.doc = position[m.doc];
      }
    }
    base::Permute(ix_.refs, order);
    std::vector<uint32_t>().swap(order);
    n_ = static_cast<uint32_t>(ix_.sigs.size());
    vertex_sig_.resize(n_);
    for (uint32_t s = 0; s < n_; ++s) {
      vertex_sig_[s] = s;
    }
    {
      std::vector<uint32_t> scratch;
      base::RadixSortByKey(vertex_sig_, scratch, [&](uint32_t s) {
        const SigCounts& c = ix_.counts[s];
        return uint64_t{c.first_doc} << 32 | c.first_local;
      });
    }
    sig_vertex_.resize(n_);
    for (uint32_t v = 0; v < n_; ++v) {
      sig_vertex_[vertex_sig_[v]] = v;
    }
  }
  // The position in doc-id order of the document where vertex v first
  // appears.
  uint32_t DocOf(uint32_t v) const { return counts(v).first_doc; }

  void AddEdge(uint32_t u, uint32_t v, Kind kind) {
    if (u != v) {
      Edge& e = new_edges_.emplace_back();
      e.u = u;
      e.v = v;
      e.kind = kind;
    }
  }

  uint8_t Compass(uint32_t label) {
    if (label >= compass_.size()) {
      compass_.resize(std::max<size_t>(s_.size(), label + 1), 0);
    }
    if (compass_[label] == 0) {
      compass_[label] = CompassCode(str(label)) + 1;
    }
    return compass_[label] - 1;
  }
  // The constraints of the set whose root is `root`.
  Component Comp(uint32_t root) {
    if (comp_of_[root] != kNone) {
      return comps_[comp_of_[root]];
    }
    const LocalSig& l = local(root);
    Component c;
    c.cls = ClassOf(l);
    c.kb_iri = l.kb_iri;
    c.qualifier = l.qualifier;
    c.compass = Compass(l.label);
    if (c.cls == TypeClass::kOrganization) {
      c.legal_form = LegalForm(l.label);
      if (!IsAcronym(str(l.label))) {
        c.org_name = NameStem(l.label);
      }
    }
    if (l.full_person) {
      c.key0 = Phonetic(l.label);
      c.keys = 1;
    }
    return c;
  }

  // Two vertices a chained key keeps apart as representatives.
  bool SameSignature(uint32_t u, uint32_t v) {
    const LocalSig &a = local(u), &b = local(v);
    return a.kb_iri == b.kb_iri && a.qualifier == b.qualifier &&
           Compass(a.label) == Compass(b.label) && a.full_person == b.full_person &&
           (!a.full_person || a.label == b.label);
  }

  // Candidate edges from blocking keys: each key chains its vertices (or
  // stars them on a representative), so the work is linear in the keys.
  void Candidates() {
    // Full names' phonetic keys first (they enter the pool in this order).
    for (uint32_t v = 0; v < n_; ++v) {
      const LocalSig& l = local(v);
      if (l.full_person) {
        Phonetic(l.label);
      }
    }
    // Chained keys keep the latest vertex of each constraint signature (so
    // "South Korea's JCS" ... "North Korea's JCS" ... "Seoul's JCS" still
    // finds its kin), at most kReps per key.
    constexpr uint32_t kReps = 6;
    // A vertex that came to a name key by its stem (SplitLegalForm) has its
    // bit in `stemmed`: an edge it makes or takes there is "legal-form".
    struct Reps {
      std::array<uint32_t, kReps> vertex;
      uint32_t size = 0;
      uint32_t stemmed = 0;
    };
    // One to two chained keys per vertex: sized for that once, not regrown.
    IntTable last;  // key -> index into reps
    last.Reserve(2 * n_);
    std::vector<Reps> reps;
    reps.reserve(n_);
    IntTable first;  // starred keys -> their first vertex
    first.Reserve(n_ / 2);
    for (uint32_t v = 0; v < n_; ++v) {
      const LocalSig& l = local(v);
      const TypeClass cls = ClassOf(l);
      const uint64_t name_tag = kTagN + static_cast<uint64_t>(cls);
      auto chain = [&](uint64_t key, Kind kind, bool stemmed = false) {
        const auto [entry, fresh] = last.Emplace(key, static_cast<uint32_t>(reps.size()));
        if (fresh) {
          reps.emplace_back();
        }
        Reps& r = reps[*entry];
        bool replaced = false;
        for (uint32_t k = 0; k < r.size; ++k) {
          const uint32_t bit = 1u << k;
          const bool rep_stemmed = (r.stemmed & bit) != 0;
          AddEdge(r.vertex[k], v, stemmed || rep_stemmed ? kLegalForm : kind);
          if (SameSignature(r.vertex[k], v)) {
            // The same vertex again keeps its exact name; another takes its place.
            const bool now = r.vertex[k] == v ? rep_stemmed && stemmed : stemmed;
            r.stemmed = now ? r.stemmed | bit : r.stemmed & ~bit;
            r.vertex[k] = v;
            replaced = true;
          }
        }
        if (!replaced && r.size < kReps) {
          if (stemmed) {
            r.stemmed |= 1u << r.size;
          }
          r.vertex[r.size++] = v;
        }
      };
      if (l.kb_iri != 0) {
        chain(Key(kTagK, l.kb_iri), kKbAlias);
      }
      if (cls == TypeClass::kPerson) {
        if (l.full_person) {
          chain(Key(name_tag, Norm(l.label)), kExact);
          chain(Key(kTagF, Phonetic(l.label)), kTransliteration);
          // Star on the surname for documents that name the person by surname only.
          if (const uint32_t w = LastWord(l.label); w != 0) {
            first.Emplace(Key(kTagS, w), v);
          }
        }
        continue;
      }
      const auto [begin, end] = Names(v);
      for (const uint32_t* name = begin; name != end; ++name) {
        chain(Key(name_tag, Norm(*name)), kExact);
      }
      if (cls != TypeClass::kOrganization) {
        continue;
      }
      // A company name with a legal form also on the name key of its stem:
      // "Norvane Optics Inc" meets "Norvane Optics" and "Norvane Optics Corp".
      for (const uint32_t* name = begin; name != end; ++name) {
        if (const uint32_t stem = Stem(*name); stem != 0) {
          chain(Key(name_tag, stem), kLegalForm, true);
        }
      }
      for (const uint32_t* name = begin; name != end; ++name) {
        const uint32_t k = ShortKey(*name);
        if (k & kAcronymBit) {
          first.Emplace(Key(kTagA, k & ~kAcronymBit), v);
        } else if (k != 0) {
          first.Emplace(Key(kTagE, k), v);
        }
      }
    }
    last = IntTable();
    std::vector<Reps>().swap(reps);
    // Star edges: short forms to the first full form with the key.
    for (uint32_t v = 0; v < n_; ++v) {
      const LocalSig& l = local(v);
      if (ClassOf(l) == TypeClass::kPerson && !l.full_person) {
        if (const uint32_t* u = first.Find(Key(kTagS, l.label))) {
          AddEdge(*u, v, kSurname);
        }
      }
      if (ClassOf(l) != TypeClass::kOrganization) {
        continue;
      }
      const auto [begin, end] = Names(v);
      for (const uint32_t* name = begin; name != end; ++name) {
        const uint32_t k = ShortKey(*name);
        if (k & kAcronymBit) {
          if (const uint32_t* u = first.Find(Key(kTagE, k & ~kAcronymBit))) {
            AddEdge(*u, v, kAcronym);
          }
        } else if (k != 0) {
          if (const uint32_t* u = first.Find(Key(kTagA, k))) {
            AddEdge(v, *u, kAcronym);
          }
        }
      }
    }
    first = IntTable();
    // Last words and short keys serve only the keys above.
    std::vector<uint32_t>().swap(last_word_);
    ix_.name_keys.ReleaseShortKeys();
  }

  uint32_t PersonKey(const Component& c, uint32_t j) const {
    return j == 0 ? c.key0 : more_keys_[c.more][j - 1];
  }
  bool CanJoin(const Component& a, const Component& b) const {
    if (a.cls != b.cls) {
      return false;
    }
    if (a.kb_iri != 0 && b.kb_iri != 0 && a.kb_iri != b.kb_iri) {
      return false;
    }
    if (a.qualifier != 0 && b.qualifier != 0 && a.qualifier != b.qualifier) {
      return false;
    }
    if (a.compass != 0 && b.compass != 0 && a.compass != b.compass) {
      return false;
    }
    if (a.org_name != 0 && b.org_name != 0 && a.org_name != b.org_name &&
        !(a.kb_iri != 0 && a.kb_iri == b.kb_iri)) {
      return false;  // two names, one acronym: two organisations
    }
    if (a.keys == 0 || b.keys == 0) {
      return true;
    }
    for (uint32_t i = 0; i < a.keys; ++i) {
      for (uint32_t j = 0; j < b.keys; ++j) {
        if (PersonKey(a, i) == PersonKey(b, j)) {
          return true;
        }
      }
    }
    return false;
  }
  void Absorb(Component& into, const Component& from) {
    if (into.kb_iri == 0) {
      into.kb_iri = from.kb_iri;
    }
    if (into.qualifier == 0) {
      into.qualifier = from.qualifier;
    }
    if (into.compass == 0) {
      into.compass = from.compass;
    }
    if (into.org_name == 0) {
      into.org_name = from.org_name;
    }
    if (into.legal_form == 0 || (into.legal_form >> 8 == 0 && from.legal_form >> 8 != 0 &&
                                 CompatibleLegalForms(into.legal_form, from.legal_form))) {
      into.legal_form = from.legal_form;  // "Quayside Co Ltd" over "Quayside Co"
    }
    for (uint32_t j = 0; j < from.keys; ++j) {
      if (into.keys >= Component::kMaxPersonKeys) {
        break;
      }
      const uint32_t k = PersonKey(from, j);
      bool seen = false;
      for (uint32_t i = 0; i < into.keys && !seen; ++i) {
        seen = PersonKey(into, i) == k;
      }
      if (seen) {
        continue;
      }
      if (into.keys == 0) {
        into.key0 = k;
      } else {
        if (into.more == kNone) {
          into.more = static_cast<uint32_t>(more_keys_.size());
          more_keys_.emplace_back();
        }
        more_keys_[into.more][into.keys - 1] = k;
      }
      ++into.keys;
    }
  }

  // Constrained union, strongest evidence first.
  void Join() {
    new_edges_.MoveTo(edges_);
    comp_of_.assign(n_, kNone);
    // BGL's incremental connected components: every vertex its own set.
    rank_.assign(n_, 0);
    parent_.resize(n_);
    Sets sets = NewSets();
    for (uint32_t v = 0; v < n_; ++v) {
      sets.make_set(v);
    }
    // Strongest first: kinds by falling confidence, then by vertices.
    // Bucketed by rank (a counting pass), each bucket sorted by vertices.
    static constexpr uint8_t kRank[] = {0, 1, 3, 4, 5, 1, 2};
    std::array<uint32_t, 7> bucket{};
    for (const Edge& e : edges_) {
      ++bucket[kRank[e.kind] + 1];
    }
    for (size_t r = 1; r < bucket.size(); ++r) {
      bucket[r] += bucket[r - 1];
    }
    std::vector<uint32_t> order(edges_.size());
    {
      std::array<uint32_t, 7> next = bucket;
      for (uint32_t k = 0; k < order.size(); ++k) {
        order[next[kRank[edges_[k].kind]]++] = k;
      }
    }
    for (size_t r = 0; r + 1 < bucket.size(); ++r) {
      std::sort(
          order.begin() + bucket[r], order.begin() + bucket[r + 1],
          [&](uint32_t a, uint32_t b) { return VertexKey(edges_[a]) < VertexKey(edges_[b]); });
    }
    for (uint32_t k : order) {
      Edge& e = edges_[k];
      const uint32_t a = sets.find_set(e.u), b = sets.find_set(e.v);
      if (a == b) {
        continue;
      }
      Component joined = Comp(a);
      const Component other = Comp(b);
      if (!CanJoin(joined, other)) {
        continue;
      }
      const LocalSig &lu = local(e.u), &lv = local(e.v);
      if (e.kind == kLegalForm && (!CompatibleLegalForms(joined.legal_form, other.legal_form) ||
                                   NameStem(lu.label) != NameStem(lv.label))) {
        // "Norvane AG" and "Norvane Inc" may be a parent and its subsidiary;
        // and the two labels differ only by their forms ("FMC Corp" is no
        // "Ford Motor Co" that a document also called "FMC").
        continue;
      }
      if (e.kind == kLegalForm && (LegalForm(lu.label) == 0 || LegalForm(lv.label) == 0) &&
          str(NameStem(lu.label)).find(' ') == std::string_view::npos && PlainWord(str(lu.label)) &&
          PlainWord(str(lv.label))) {
        // "Smith" is no "Smith Inc", "York" no "York Co": a plain one-word
        // name without a form may be a surname, a place or another firm's
        // short name; it joins only when both carry a form. A coined word
        // ("NorVantis", "3Quay") does.
        continue;
      }
      if (e.kind == kTransliteration) {
        // Guard: the written names are close, not only their keys.
        const std::string_view x = str(Norm(lu.label)), y = str(Norm(lv.label));
        const int max_d = std::max<int>(2, static_cast<int>(std::min(x.size(), y.size()) / 5));
        if (BoundedEditDistance(x, y, max_d) > max_d) {
          continue;
        }
      }
      e.written = e.kind;
      if (e.kind == kExact && lu.label != lv.label) {
        e.written = kNormalised;
      }
      if (e.kind == kKbAlias && lu.label == lv.label) {
        e.written = kExact;
      }
      // The joined constraints are those of the older set (the smaller
      // vertex) absorbing the newer, whichever root union by rank keeps.
      if (a < b) {
        Absorb(joined, other);
      } else {
        Component older = other;
        Absorb(older, joined);
        joined = older;
      }
      sets.link(a, b);
      const uint32_t root = sets.find_set(a);
      if (comp_of_[root] == kNone) {
        comp_of_[root] = static_cast<uint32_t>(comps_.size());
        comps_.push_back(joined);
      } else {
        comps_[comp_of_[root]] = joined;
      }
    }
    std::vector<uint32_t>().swap(order);
    std::vector<uint32_t>().swap(comp_of_);
    std::vector<Component>().swap(comps_);
    std::vector<MoreKeys>().swap(more_keys_);
    // Only the accepted edges are written (Evidence), in the order they were
    // made. Not shrunk: a copy would cost more than the slack until Evidence.
    edges_.erase(std::remove_if(edges_.begin(), edges_.end(),
                                [](const Edge& e) { return e.written == kRejected; }),
                 edges_.end());
  }

  // Entities: the disjoint sets (the connected components of the accepted
  // edges), numbered by their first vertex.
  void Components() {
    Sets sets = NewSets();
    component_.assign(n_, -1);
    count_ = 0;
    for (uint32_t v = 0; v < n_; ++v) {
      const uint32_t r = sets.find_set(v);
      if (component_[r] < 0) {
        component_[r] = count_++;
      }
      component_[v] = component_[r];
    }
    std::vector<uint8_t>().swap(rank_);
    std::vector<uint32_t>().swap(parent_);
  }

  // What an entity is while it is built: string ids and counts, its key the
  // one string. The model::Entity is made once, in key order (no entity is
  // moved by the sort).
  struct Draft {
    std::array<uint32_t, model::kEntityTypeCount> type_votes{};
    uint32_t first_doc = UINT32_MAX;  // position in document-id order
    uint32_t first_offset = 0;
    uint32_t last_doc = UINT32_MAX;
    uint32_t label = 0, kb_iri = 0;  // string ids (0: none)
    uint32_t mention_count = 0, document_count = 0;
    EntityType type = EntityType::kOrganization;
    std::string key;
  };

  void Entities(model::EntityTable& table) {
    std::vector<Draft> drafts(count_);
    // Vertices grouped by component (a counting sort, ascending within each):
    // labels and aliases are then gathered one entity at a time, so nothing
    // per vertex is kept but this order.
    std::vector<uint32_t> comp_begin(count_ + 1, 0);
    for (uint32_t v = 0; v < n_; ++v) {
      ++comp_begin[component_[v] + 1];
    }
    for (uint32_t c = 0; c < count_; ++c) {
      comp_begin[c + 1] += comp_begin[c];
    }
    std::vector<uint32_t> by_comp(n_);
    {
      std::vector<uint32_t> next(comp_begin.begin(), comp_begin.end() - 1);
      for (uint32_t v = 0; v < n_; ++v) {
        by_comp[next[component_[v]]++] = v;
      }
    }
    for (uint32_t v = 0; v < n_; ++v) {
      const auto c = static_cast<uint32_t>(component_[v]);
      Draft& d = drafts[c];
      const LocalSig& l = local(v);
      const SigCounts& k = counts(v);
      const uint32_t doc = k.first_doc;
      if (d.first_doc == UINT32_MAX ||
          std::tie(doc, k.first_offset) < std::tie(d.first_doc, d.first_offset)) {
        d.first_doc = doc;
        d.first_offset = k.first_offset;
      }
      d.mention_count += k.mentions;
      d.document_count += k.doc_count;
      if (d.kb_iri == 0) {
        d.kb_iri = l.kb_iri;
      }
      if (comp_begin[c + 1] - comp_begin[c] > 1) {  // (one vertex: its type, below)
        ix_.AddVotesTo(vertex_sig_[v], d.type_votes);
      }
    }
    // Documents: of those whose caller keeps the mention index, counted per
    // signature above (the same document counts twice where two signatures
    // of an entity meet in it); of the others, those with a mention of the
    // entity.
    for (size_t k = 0; k < ix_.kept.size(); ++k) {
      const auto [begin, end] = ix_.Mentions(k);
      for (uint64_t m = begin; m < end; ++m) {
        const int32_t sig = ix_.mention_sig[m];
        if (sig < 0 || static_cast<uint32_t>(sig) >= n_) {
          continue;
        }
        Draft& d = drafts[component_[sig_vertex_[sig]]];
        if (d.last_doc != k) {
          ++d.document_count, d.last_doc = static_cast<uint32_t>(k);
        }
      }
    }
    // Per entity: its label, the KB's label, else a full name over short
    // forms and acronyms, then the most mentioned, then the longest, then the
    // smallest string; an empty label only when there is no other. Then its
    // type and key.
    struct LabelVote {
      uint32_t label, mentions;
    };
    std::vector<LabelVote> label_votes;
    for (uint32_t c = 0; c < count_; ++c) {
      Draft& d = drafts[c];
      if (comp_begin[c + 1] - comp_begin[c] == 1) {
        // One vertex (most entities): its label, the only candidate, and
        // the type of its votes.
        const uint32_t v = by_comp[comp_begin[c]];
        d.label = local(v).label;
        TypeAndKey(d, TypeOfVotes(counts(v)));
        continue;
      }
      label_votes.clear();
      for (uint32_t k = comp_begin[c]; k < comp_begin[c + 1]; ++k) {
        const uint32_t v = by_comp[k];
        label_votes.push_back({local(v).label, counts(v).mentions});
      }
      std::sort(label_votes.begin(), label_votes.end(),
                [](const LabelVote& a, const LabelVote& b) { return a.label < b.label; });
      uint32_t best = kNone;
      std::tuple<bool, bool, uint32_t, size_t> best_score;
      for (size_t k = 0; k < label_votes.size();) {
        const uint32_t id = label_votes[k].label;
        uint32_t mentions = 0;
        for (; k < label_votes.size() && label_votes[k].label == id; ++k) {
          mentions += label_votes[k].mentions;
        }
        if (id == 0) {
          if (best == kNone) {
            best = 0;
          }
          continue;
        }
        const std::string_view label = str(id);
        const std::tuple<bool, bool, uint32_t, size_t> score{
            d.kb_iri != 0, !IsAcronym(label) && label.find(' ') != std::string_view::npos, mentions,
            label.size()};
        if (best == kNone || best == 0 || score > best_score ||
            (score == best_score && label < str(best))) {
          best = id, best_score = score;
        }
      }
      d.label = best == kNone ? 0 : best;
      TypeAndKey(d, MostSpecificType(d.type_votes));
    }
    std::vector<uint32_t> by_key = KeyOrder(drafts);
    entity_of_component_.resize(count_);
    for (uint32_t i = 0; i < by_key.size(); ++i) {
      entity_of_component_[by_key[i]] = static_cast<int32_t>(i);
    }
    // The entities in key order, each with its aliases: its distinct names,
    // sorted.
    std::vector<model::Entity>& ents = table.entities;
    ents.resize(count_);
    std::vector<uint32_t> names;
    std::vector<std::string_view> name_views;
    for (uint32_t i = 0; i < count_; ++i) {
      const uint32_t c = by_key[i];
      Draft& d = drafts[c];
      model::Entity& e = ents[i];
      e.key = std::move(d.key);
      e.label = str(d.label);  // the pool's bytes, as the aliases
      e.type = d.type;
      if (d.kb_iri != 0) {
        e.kb_iri.assign(str(d.kb_iri));
      }
      e.mention_count = d.mention_count;
      e.document_count = d.document_count;
      name_views.clear();
      for (uint32_t k = comp_begin[c]; k < comp_begin[c + 1]; ++k) {
        const auto [nb, ne] = Names(by_comp[k]);
        for (const uint32_t* name = nb; name != ne; ++name) {
          name_views.push_back(str(*name));
        }
      }
      // A signature's names are distinct and sorted (LocalEntity::names):
      // so are an entity's of one vertex, the most. Others are made so,
      // from their ids.
      if (std::adjacent_find(name_views.begin(), name_views.end(), std::greater_equal<>()) !=
          name_views.end()) {
        names.clear();
        for (uint32_t k = comp_begin[c]; k < comp_begin[c + 1]; ++k) {
          const auto [nb, ne] = Names(by_comp[k]);
          names.insert(names.end(), nb, ne);
        }
        std::sort(names.begin(), names.end());
        names.erase(std::unique(names.begin(), names.end()), names.end());
        // Sorted as views (no pool look-up per comparison).
        name_views.clear();
        for (const uint32_t name : names) {
          name_views.push_back(str(name));
        }
        std::sort(name_views.begin(), name_views.end());
      }
      // Views into the pool's bytes, which the table keeps (Run).
      e.aliases.assign(name_views.begin(), name_views.end());
    }
  }

  // An entity's type and key, once its label is chosen.
  void TypeAndKey(Draft& d, EntityType type) const {
    d.type = type;
    const std::string_view label = str(d.label);
    const std::string_view prefix = KeyPrefix(d.type);
    // "prefix/slug" written in place: one allocation, sized for the
    // longest slug, then cut to the slug written.
    d.key.resize(prefix.size() + 1 + SlugSize(label));
    char* const out = d.key.data();
    std::memcpy(out, prefix.data(), prefix.size());
    out[prefix.size()] = '/';
    d.key.resize(prefix.size() + 1 + SlugInto(label, out + prefix.size() + 1));
  }

  // The components in key order. Entities sharing a key are numbered by
  // first appearance (their keys become "KEY-2", ...; origins_ keeps each
  // key from before).
  std::vector<uint32_t> KeyOrder(std::vector<Draft>& drafts) {
    std::vector<uint32_t> by_key(count_);
    for (uint32_t c = 0; c < count_; ++c) {
      by_key[c] = c;
    }
    {
      // A key's head: the rank of its prefix among the prefixes in string
      // order, then the first 7 bytes of its slug. No prefix begins another,
      // so heads order as keys do; only equal heads compare the strings (the
      // same answers as comparing the strings alone, so the same order).
      std::array<uint64_t, model::kEntityTypeCount> rank{};
      for (int t = 0; t < model::kEntityTypeCount; ++t) {
        for (int o = 0; o < model::kEntityTypeCount; ++o) {
          if (std::string_view(KeyPrefix(static_cast<EntityType>(o))) <
              KeyPrefix(static_cast<EntityType>(t))) {
            ++rank[t];
          }
        }
      }
      std::vector<uint64_t> head(count_);
      for (uint32_t c = 0; c < count_; ++c) {
        const auto t = static_cast<size_t>(drafts[c].type);
        const std::string_view slug =
            std::string_view(drafts[c].key).substr(std::strlen(KeyPrefix(drafts[c].type)) + 1);
        head[c] = rank[t] << 56 | Head8(slug) >> 8;
      }
      // By head in linear time, then each run of equal heads by the rest.
      std::vector<uint32_t> scratch;
      base::RadixSortByKey(by_key, scratch, [&](uint32_t c) { return head[c]; });
      for (size_t i = 0; i < by_key.size();) {
        size_t j = i + 1;
        while (j < by_key.size() && head[by_key[j]] == head[by_key[i]]) {
          ++j;
        }
        if (j - i > 1) {
          std::sort(by_key.begin() + i, by_key.begin() + j, [&](uint32_t a, uint32_t b) {
            const Draft &x = drafts[a], &y = drafts[b];
            return std::tuple(std::string_view(x.key), x.first_doc, x.first_offset, str(x.label)) <
                   std::tuple(std::string_view(y.key), y.first_doc, y.first_offset, str(y.label));
          });
        }
        i = j;
      }
    }
    std::vector<std::string> base_keys;
    if (origins_) {
      for (uint32_t c = 0; c < count_; ++c) {
        base_keys.push_back(drafts[c].key);
      }
    }
    // The numbered ones leave the sorted order; the others keep it, so only
    // the numbered are sorted again and merged back.
    std::vector<uint32_t> numbered;
    {
      std::vector<std::string*> keys(by_key.size());
      for (size_t i = 0; i < by_key.size(); ++i) {
        keys[i] = &drafts[by_key[i]].key;
      }
      const std::vector<size_t> renamed = NumberSharedKeys(keys);
      size_t kept = 0;
      for (size_t i = 0, r = 0; i < by_key.size(); ++i) {
        if (r < renamed.size() && renamed[r] == i) {
          numbered.push_back(by_key[i]);
          ++r;
        } else {
          by_key[kept++] = by_key[i];
        }
      }
      by_key.resize(kept);
    }
    if (!numbered.empty()) {
      const auto by_key_text = [&](uint32_t a, uint32_t b) {
        return drafts[a].key < drafts[b].key;
      };
      std::sort(numbered.begin(), numbered.end(), by_key_text);
      std::vector<uint32_t> merged(by_key.size() + numbered.size());
      std::merge(by_key.begin(), by_key.end(), numbered.begin(), numbered.end(), merged.begin(),
                 by_key_text);
      by_key.swap(merged);
    }
    if (origins_) {
      origins_->clear();
      for (uint32_t c : by_key) {
        origins_->push_back({std::move(base_keys[c]),
                             std::string(ix_.DocId(ix_.refs[drafts[c].first_doc])),
                             drafts[c].first_offset});
      }
    }
    return by_key;
  }

  // MostSpecificType of one signature's votes: of one type, that type.
  EntityType TypeOfVotes(const SigCounts& c) const {
    if (c.vote_type == kSpreadVotes) {
      return MostSpecificType(ix_.spread_votes[c.votes]);
    }
    return c.votes > 0 ? static_cast<EntityType>(c.vote_type) : EntityType::kOrganization;
  }

  // Type: the most specific type with the most votes.
  static EntityType MostSpecificType(const std::array<uint32_t, model::kEntityTypeCount>& votes) {
    int type = -1;
    for (int t = 0; t < model::kEntityTypeCount; ++t) {
      if (votes[t] == 0) {
        continue;
      }
      const bool generic = t == static_cast<int>(EntityType::kOrganization) ||
                           t == static_cast<int>(EntityType::kPlace);
      if (type < 0) {
        type = t;
        continue;
      }
      const bool type_generic = type == static_cast<int>(EntityType::kOrganization) ||
                                type == static_cast<int>(EntityType::kPlace);
      if ((type_generic && !generic) || (type_generic == generic && votes[t] > votes[type])) {
        type = t;
      }
    }
    return type < 0 ? EntityType::kOrganization : static_cast<EntityType>(type);
  }

  int32_t EntityOfSig(int32_t sig) const {
    return sig >= 0 && static_cast<uint32_t>(sig) < n_
               ? entity_of_component_[component_[sig_vertex_[sig]]]
               : -1;
  }

  // Mentions: each kept document's mention -> signature array becomes its
  // mention -> entity array; the caller that kept the others' gets the
  // entity of each signature.
  void Mentions(model::EntityTable& table) {
    // Up to the last document whose index the linker keeps: nothing for the
    // others (past it, an absent entry is an empty one).
    uint32_t max_index = 0;
    for (const KeptDoc& k : ix_.kept) {
      max_index = std::max(max_index, k.doc_index + 1);
    }
    table.mention_entity.resize(max_index);
    for (size_t k = 0; k < ix_.kept.size(); ++k) {
      const auto [begin, end] = ix_.Mentions(k);
      std::vector<int32_t> out(ix_.mention_sig.begin() + static_cast<std::ptrdiff_t>(begin),
                               ix_.mention_sig.begin() + static_cast<std::ptrdiff_t>(end));
      for (int32_t& m : out) {
        m = EntityOfSig(m);
      }
      table.mention_entity[ix_.kept[k].doc_index] = std::move(out);
    }
    std::vector<int32_t>().swap(ix_.mention_sig);
    std::vector<KeptDoc>().swap(ix_.kept);
    if (sig_entity_) {
      sig_entity_->resize(n_);
      for (uint32_t sig = 0; sig < n_; ++sig) {
        (*sig_entity_)[sig] = EntityOfSig(static_cast<int32_t>(sig));
      }
    }
  }

  // Evidence of every merge, within and across documents, one row per
  // distinct (entity, left, right, kind): gathered as soon as the components
  // are known (Evidence), with a component for the entity, so the edges are
  // freed before the entities are built; written once they are (Rows).
  // Built as ids, written out as strings once sorted (no slack of a growing
  // array of string rows).
  struct Row {
    uint32_t entity, left, right, kind, left_doc, right_doc;  // docs: positions in id order
    double confidence;
  };
  void Evidence() {
    IntTable seen_rows;  // hash (or the next free key after it) -> a row with it
    seen_rows.Reserve(ix_.merges.size() + edges_.size() + n_ / 2);
    auto add_row = [&](uint32_t component, uint32_t left, uint32_t right, uint32_t kind,
                       double confidence, uint32_t left_doc, uint32_t right_doc) {
      if (left != right && str(left) > str(right)) {  // (one id: one string)
        std::swap(left, right), std::swap(left_doc, right_doc);
      }
      // Hashed by string ids (one id per distinct string): only equal rows
      // must meet, and no string is read.
      const uint64_t hash = (uint64_t{left} << 32 | right) * 0x9E3779B97F4A7C15ull ^
                            (uint64_t{kind} << 32 | component) * 0xC2B2AE3D27D4EB4Full;
      // Equal rows are dropped; past a different row with the same key, the
      // next key is tried.
      for (uint64_t key = hash;; ++key) {
        const auto [first, fresh] = seen_rows.Emplace(key, static_cast<uint32_t>(rows_.size()));
        if (fresh) {
          rows_.push_back({component, left, right, kind, left_doc, right_doc, confidence});
          return;
        }
        const Row& o = rows_[*first];
        if (o.entity == component && o.left == left && o.right == right && o.kind == kind) {
          return;
        }
      }
    };
    // Within-document merges, documents in id order (the merge rows are
    // one per signature already, from its first document).
    {
      std::vector<uint64_t> by_doc(ix_.merges.size());
      for (uint32_t k = 0; k < by_doc.size(); ++k) {
        by_doc[k] = uint64_t{ix_.merges[k].doc} << 32 | k;
      }
      std::vector<uint64_t> scratch;
      base::RadixSortByKey(by_doc, scratch, [](uint64_t x) { return x; });
      for (const uint64_t x : by_doc) {
        const MergeRow& m = ix_.merges[static_cast<uint32_t>(x)];
        const auto d = static_cast<uint32_t>(x >> 32);
        add_row(static_cast<uint32_t>(component_[sig_vertex_[m.sig]]), m.left, m.right, m.kind,
                m.confidence, d, d);
      }
    }
    uint32_t kind_id[std::size(kKindName)];
    for (size_t k = 0; k < std::size(kKindName); ++k) {
      kind_id[k] = s_.Id(kKindName[k]);
    }
    for (const Edge& e : edges_) {
      if (e.written == kRejected) {
        continue;
      }
      add_row(static_cast<uint32_t>(component_[e.u]), local(e.u).label, local(e.v).label,
              kind_id[e.written], kKindConfidence[e.kind], DocOf(e.u), DocOf(e.v));
    }
    // A signature seen in several documents: "exact" between its first two
    // (the edge that joined them when each local was a vertex of its own; of
    // a KB entry's, with the KB alias's confidence), unless an edge gave the
    // entity that row already.
    for (uint32_t v = 0; v < n_; ++v) {
      const SigCounts& k = counts(v);
      if (k.second_doc == kNone) {
        continue;
      }
      const LocalSig& l = local(v);
      add_row(static_cast<uint32_t>(component_[v]), l.label, l.label, kind_id[kExact],
              kKindConfidence[l.kb_iri != 0 ? kKbAlias : kExact], k.first_doc, k.second_doc);
    }
    // What only the candidate graph needed.
    seen_rows = IntTable();
    std::vector<Edge>().swap(edges_);
    for (std::vector<uint32_t>* memo : {&phonetic_key_, &last_word_, &stem_}) {
      std::vector<uint32_t>().swap(*memo);
    }
    std::vector<uint16_t>().swap(legal_form_);
    ix_.name_keys.Release();
    std::vector<uint8_t>().swap(compass_);
    std::vector<MergeRow>().swap(ix_.merges);
    base::ReleaseFreedMemory();
  }

  void Rows(model::EntityTable& table) {
    std::vector<Row>& rows = rows_;
    for (Row& r : rows) {
      r.entity = static_cast<uint32_t>(entity_of_component_[r.entity]);
    }
    // The rows are written as strings with the pool alone: what only the
    // vertices needed is freed first. (Mentions, the last stage, needs only
    // the documents, the kept mentions and the components.)
    std::vector<LocalSig>().swap(ix_.sigs);
    std::vector<SigCounts>().swap(ix_.counts);
    std::vector<uint32_t>().swap(ix_.names);
    std::vector<TypeVotes>().swap(ix_.spread_votes);
    base::ReleaseFreedMemory();
    std::vector<uint32_t> order(rows.size());
    for (uint32_t k = 0; k < order.size(); ++k) {
      order[k] = k;
    }
    // By entity in linear time, then each entity's few rows by their
    // strings. No two rows are equal (Evidence keeps one per entity and
    // string ids, and equal strings have one id), so this is the one order
    // the comparison gives.
    {
      std::vector<uint32_t> scratch;
      base::RadixSortByKey(order, scratch, [&](uint32_t k) { return uint64_t{rows[k].entity}; });
    }
    const auto by_strings = [&](uint32_t x, uint32_t y) {
      const Row &a = rows[x], &b = rows[y];
      if (a.left != b.left) {
        return str(a.left) < str(b.left);
      }
      if (a.right != b.right) {
        return str(a.right) < str(b.right);
      }
      return a.kind != b.kind && str(a.kind) < str(b.kind);
    };
    for (size_t i = 0; i < order.size();) {
      size_t j = i + 1;
      while (j < order.size() && rows[order[j]].entity == rows[order[i]].entity) {
        ++j;
      }
      if (j - i > 1) {
        std::sort(order.begin() + i, order.begin() + j, by_strings);
      }
      i = j;
    }
    table.merges.reserve(rows.size());
    for (uint32_t k : order) {
      const Row& r = rows[k];
      model::MergeEvidence& ev = table.merges.emplace_back();
      ev.entity = r.entity;
      // Views into the pool's and the ids' arenas, which the table takes
      // over at the end of Resolve (no copy of a string).
      ev.left = str(r.left);
      ev.right = str(r.right);
      ev.kind = str(r.kind);
      ev.confidence = r.confidence;
      ev.left_doc = ix_.DocId(ix_.refs[r.left_doc]);
      ev.right_doc = ix_.DocId(ix_.refs[r.right_doc]);
    }
    std::vector<Row>().swap(rows_);
  }

  Index& ix_;
  StringPool& s_;
  std::vector<EntityOrigin>* origins_;
  std::vector<int32_t>* sig_entity_;
  uint32_t n_ = 0;
  std::vector<uint32_t> vertex_sig_, sig_vertex_;  // vertex <-> signature
  std::vector<uint8_t> compass_;                   // memo by string id: CompassCode + 1, 0 not yet
  std::vector<uint32_t> phonetic_key_, last_word_, stem_;  // memos by string id
  std::vector<uint16_t> legal_form_;                       // memo by string id, beside stem_ (Stem)
  std::string scratch_;                                    // Phonetic's key, Stem's stem
  base::ChunkedArray<Edge> new_edges_;  // as Candidates makes them; edges_ from Join on
  std::vector<Edge> edges_;
  std::vector<Row> rows_;  // Evidence to Rows
  // The constraints of a set joined from several vertices, at its root
  // (comps_[comp_of_[root]]); a single vertex's are derived from it (Comp).
  std::vector<uint32_t> comp_of_;
  std::vector<Component> comps_;
  std::vector<MoreKeys> more_keys_;
  // The disjoint sets' storage; raw pointers are BGL property maps.
  using Sets = boost::disjoint_sets<uint8_t*, uint32_t*>;
  Sets NewSets() { return Sets(rank_.data(), parent_.data()); }
  std::vector<uint8_t> rank_;
  std::vector<uint32_t> parent_;
  std::vector<int32_t> component_;  // vertex -> component
  uint32_t count_ = 0;
  std::vector<int32_t> entity_of_component_;
};

}  // namespace

struct Linker::Impl {
  std::shared_ptr<const kb::KnowledgeBase> kb;
  DocClusterer clusterer;  // scratch of AddDocument
  Index index;
  std::vector<EntityOrigin>* origins = nullptr;  // filled by Resolve when set
  std::vector<int32_t>* sig_entity = nullptr;    // likewise
};

Linker::Linker(std::shared_ptr<const kb::KnowledgeBase> kb) : impl_(std::make_unique<Impl>()) {
  impl_->kb = std::move(kb);
}
Linker::~Linker() = default;

void Linker::AddDocument(uint32_t doc_index, const model::Document& doc,
                         const std::vector<model::Mention>& mentions) {
  Index& ix = impl_->index;
  impl_->clusterer.Run(doc, mentions, ix.strings, ix.name_keys);
  ix.Add(doc_index, doc.id, impl_->clusterer, true);
}

void Linker::AddDocument(uint32_t doc_index, const model::Document& doc,
                         const std::vector<model::Mention>& mentions,
                         std::vector<int32_t>& mention_sig) {
  Index& ix = impl_->index;
  impl_->clusterer.Run(doc, mentions, ix.strings, ix.name_keys);
  ix.Add(doc_index, doc.id, impl_->clusterer, false);
  mention_sig.swap(impl_->clusterer.mention_local());
}

void Linker::AddLocals(uint32_t doc_index, DocumentLocals locals) {
  impl_->index.Add(doc_index, std::move(locals));
}

model::EntityTable Linker::Resolve() {
  impl_->clusterer = DocClusterer();  // AddDocument's scratch
  impl_->index.Seal();
  base::ReleaseFreedMemory();
  model::EntityTable table = Resolver(impl_->index, impl_->origins, impl_->sig_entity).Run();
  // The merge rows' document ids are views into these.
  table.text.push_back(std::move(impl_->index.ref_ids));
  impl_->index = Index();  // consumed: Resolve gives each document's mentions away
  return table;
}

model::EntityTable Linker::Resolve(std::vector<EntityOrigin>* origins) {
  return Resolve(origins, nullptr);
}

model::EntityTable Linker::Resolve(std::vector<EntityOrigin>* origins,
                                   std::vector<int32_t>* sig_entity) {
  impl_->origins = origins;
  impl_->sig_entity = sig_entity;
  model::EntityTable table = Resolve();
  impl_->origins = nullptr;
  impl_->sig_entity = nullptr;
  return table;
}

// Shards and merges: the within-document step and the cross-document step
// apart (link.h).
DocumentLocals ClusterDocument(const model::Document& doc,
                               const std::vector<model::Mention>& mentions) {
  // The clusterer's pool and name keys are the thread's, kept from document
  // to document (a name is normalised once per thread) up to a bound on
  // their memory; its locals are copied out as strings.
  constexpr uint32_t kMaxPooled = 1 << 16;
  thread_local StringPool pool;
  thread_local NameKeys keys;
  if (pool.size() > kMaxPooled) {
    pool = StringPool();
    keys = NameKeys();
  }
  DocClusterer c;
  c.Run(doc, mentions, pool, keys);
  DocumentLocals out;
  out.id = doc.id;
  out.locals.reserve(c.locals().size());
  for (const DocClusterer::Local& l : c.locals()) {
    LocalEntity& e = out.locals.emplace_back();
    e.label = l.label;
    e.kb_iri = pool[l.kb_iri];
    e.qualifier = pool[l.qualifier];
    e.type_class = static_cast<uint8_t>(l.cls);
    e.names.reserve(l.name_count);
    for (uint32_t k = l.names; k < l.names + l.name_count; ++k) {
      e.names.emplace_back(pool[c.names()[k]]);
    }
    e.type_votes = l.type_votes;
    e.mentions = l.mentions;
    e.first_offset = l.first_offset;
    e.full_person = l.full_person;
  }
  out.mention_local = std::move(c.mention_local());
  for (const DocClusterer::Merge& m : c.merges()) {
    out.merges.push_back(
        {m.local, std::string(pool[m.left]), std::string(pool[m.right]), m.kind, m.confidence});
  }
  return out;
}

std::vector<size_t> NumberSharedKeys(const std::vector<std::string*>& keys) {
  // Only a key ending in "-" and digits can equal a numbered form: those
  // are the forms to pass over, with the numbered ones given so far.
  std::unordered_set<std::string> taken;
  auto numbered_shape = [](std::string_view k) {
    size_t d = k.size();
    while (d > 0 && k[d - 1] >= '0' && k[d - 1] <= '9') {
      --d;
    }
    return d < k.size() && d > 0 && k[d - 1] == '-';
  };
  for (const std::string* k : keys) {
    if (numbered_shape(*k)) {
      taken.insert(*k);
    }
  }
  std::vector<size_t> renamed;
  for (size_t i = 0; i < keys.size();) {
    size_t j = i + 1;
    while (j < keys.size() && *keys[j] == *keys[i]) {
      ++j;
    }
    int n = 1;
    for (size_t k = i + 1; k < j; ++k) {
      std::string candidate;
      do {
        candidate = *keys[i] + "-" + std::to_string(++n);
      } while (taken.contains(candidate));
      taken.insert(candidate);
      *keys[k] = std::move(candidate);
      renamed.push_back(k);
    }
    i = j;
  }
  return renamed;
}

std::vector<std::string> BlockingKeys(const LocalEntity& l) {
  // The keys Resolve() chains or stars on (keep in step with it).
  std::vector<std::string> keys;
  const auto cls = ClassOf(l);
  const std::string c = std::to_string(static_cast<int>(cls));
  if (!l.kb_iri.empty()) {
    keys.push_back("K|" + l.kb_iri);
  }
  if (cls == TypeClass::kPerson) {
    if (l.full_person) {
      keys.push_back("N|" + c + "|" + NormalName(l.label));
      keys.push_back("F|" + SpacelessPhonetic(l.label));
      keys.push_back("S|" + std::string(Words(l.label).back()));
    } else if (!l.label.empty()) {
      keys.push_back("S|" + l.label);
    }
  } else {
    for (const auto& name : l.names) {
      keys.push_back("N|" + c + "|" + NormalName(name));
    }
    if (cls == TypeClass::kOrganization) {
      for (const auto& name : l.names) {
        const std::string normal = NormalName(name);
        if (const LegalFormSplit split = SplitLegalForm(normal); !split.stem.empty()) {
          keys.push_back("N|" + c + "|" + std::string(split.stem));
        }
      }
      for (const auto& name : l.names) {
        if (IsAcronym(name)) {
          keys.push_back("A|" + Dotless(name));
        } else if (std::string ini = Initials(name); !ini.empty()) {
          keys.push_back("A|" + ini);
        }
      }
    }
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

}  // namespace claimgraph::link
