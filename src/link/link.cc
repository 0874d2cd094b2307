// The linker. Two levels:
//  1. Within a document (AddDocument): name mentions become local entities:
//     the same knowledge-base entry, the same normalised name, a surname or
//     given name after the full name ("Budanov" -> "Kyrylo Budanov"), an
//     acronym after its expansion ("JCS" -> "Joint Chiefs of Staff");
//     nominals and pronouns follow their antecedents.
//  2. Across documents (Resolve): local entities are the vertices of a
//     Boost.Graph candidate graph whose edges come from blocking keys (KB
//     entry, normalised name, acronym/expansion, transliteration key,
//     surname), each edge carrying its evidence. Edges are taken strongest
//     first and joined only where the cannot-link constraints hold (same
//     type class, no two different KB entries, no contrasting qualifiers
//     "North"/"South" or "South Korea's"/"U.S.", no two different full
//     personal names). Entities are the connected components of the accepted
//     edges.
// Documents are taken in document-id order and every tie is broken by
// content, so the result does not depend on the order of AddDocument calls.
#include "link/link.h"

#include <algorithm>
#include <array>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <functional>
#include <map>
#include <string>
#include <tuple>
#include <unordered_map>

#include "base/string_table.h"
#include "link/names.h"

namespace claimgraph::link {

namespace {

using model::EntityType;
using model::MentionKind;

// Types that may share an entity.
enum class TypeClass : uint8_t { kPerson, kOrganization, kPlace, kProduct };

TypeClass ClassOf(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return TypeClass::kPerson;
    case EntityType::kPlace:
    case EntityType::kCountry: return TypeClass::kPlace;
    case EntityType::kProduct:
    case EntityType::kWeapon: return TypeClass::kProduct;
    default: return TypeClass::kOrganization;
  }
}

const char* KeyPrefix(EntityType t) {
  switch (t) {
    case EntityType::kPerson: return "person";
    case EntityType::kOrganization: return "organization";
    case EntityType::kGovernmentOrganization: return "government-organization";
    case EntityType::kNewsMedia: return "news-media";
    case EntityType::kPlace: return "place";
    case EntityType::kCountry: return "country";
    case EntityType::kMilitaryUnit: return "military-unit";
    case EntityType::kProduct: return "product";
    case EntityType::kWeapon: return "weapon";
  }
  return "entity";
}

// A within-document entity (one vertex of the candidate graph) is the public
// LocalEntity of link.h, so shards hand it over as it is.
using Local = LocalEntity;

TypeClass ClassOf(const Local& l) {
  return static_cast<TypeClass>(std::min<uint8_t>(l.type_class, 3));
}

struct DocRecord {
  std::string id;
  uint32_t doc_index = 0;
  std::vector<Local> locals;
  std::vector<int32_t> mention_local;  // mention -> local or -1
  std::vector<LocalMerge> merges;      // within the document, by local
};

// Text between two mentions is only a possessive or spaces: "South Korea's
// Joint Chiefs", "U.S. Forces".
bool Adjacent(const std::string& text, uint32_t from, uint32_t to) {
  if (to < from || to - from > 5) return false;
  std::string_view gap(text.data() + from, to - from);
  if (gap.rfind("'s", 0) == 0) gap.remove_prefix(2);
  else if (gap.rfind("\xE2\x80\x99s", 0) == 0) gap.remove_prefix(4);
  for (char c : gap) {
    if (c != ' ') return false;
  }
  return true;
}

std::string Dotless(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != '.') out.push_back(c);
  }
  return out;
}

// Words(label).size() >= 2 without building the list.
bool TwoWordsOrMore(std::string_view label) {
  int runs = 0;
  bool in_word = false;
  for (char c : label) {
    if (c == ' ') {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      if (++runs == 2) return true;
    }
  }
  return false;
}

std::string SpacelessPhonetic(std::string_view label) {
  std::string k = PhoneticKey(label);
  k.erase(std::remove(k.begin(), k.end(), ' '), k.end());
  return k;
}

// Clusters one document's mentions into local entities.
class DocClusterer {
 public:
  DocClusterer(const model::Document& doc, const std::vector<model::Mention>& mentions,
               DocRecord& rec)
      : doc_(doc), ms_(mentions), rec_(rec) {}

  void Run() {
    rec_.mention_local.assign(ms_.size(), -1);
    std::vector<int32_t> raw(ms_.size(), -1);
    for (size_t i = 0; i < ms_.size(); ++i) {
      if (ms_[i].kind == MentionKind::kName && !ms_[i].label.empty()) {
        raw[i] = Place(i);
      }
    }
    // Nominals and pronouns: the local of their antecedent chain.
    for (size_t i = 0; i < ms_.size(); ++i) {
      if (ms_[i].kind == MentionKind::kName) continue;
      int32_t a = ms_[i].antecedent;
      for (int steps = 0; a >= 0 && steps < 8 && ms_[a].kind != MentionKind::kName; ++steps) {
        a = ms_[a].antecedent;
      }
      if (a >= 0 && static_cast<size_t>(a) < ms_.size() && raw[a] >= 0) raw[i] = raw[a];
    }
    // Compact the union-find into the record.
    std::vector<int32_t> id(tmp_.size(), -1);
    for (size_t i = 0; i < ms_.size(); ++i) {
      if (raw[i] < 0) continue;
      uint32_t r = Find(static_cast<uint32_t>(raw[i]));
      if (id[r] < 0) {
        id[r] = static_cast<int32_t>(rec_.locals.size());
        rec_.locals.emplace_back();
        rec_.locals.back().first_offset = ms_[i].span.begin;
      }
      Local& l = rec_.locals[id[r]];
      const auto& m = ms_[i];
      rec_.mention_local[i] = id[r];
      ++l.mentions;
      if (m.kind != MentionKind::kName) continue;
      ++l.type_votes[static_cast<int>(m.type)];
      if (std::find(l.names.begin(), l.names.end(), m.label) == l.names.end()) {
        l.names.push_back(m.label);
      }
      if (l.kb_iri.empty()) l.kb_iri = m.kb_iri;
      if (l.qualifier.empty()) l.qualifier = qualifier_[i];
    }
    for (size_t r = 0; r < tmp_.size(); ++r) {
      if (id[Find(static_cast<uint32_t>(r))] < 0) continue;
      Local& l = rec_.locals[id[Find(static_cast<uint32_t>(r))]];
      const Tmp& t = tmp_[r];
      l.type_class = static_cast<uint8_t>(t.cls);
      if (Better(t, l)) l.label = t.label;
      if (t.full_person) l.full_person = true;
    }
    for (auto& l : rec_.locals) std::sort(l.names.begin(), l.names.end());
    for (auto merge : pending_merges_) {
      int32_t target = id[Find(merge.local)];
      if (target < 0) continue;
      merge.local = static_cast<uint32_t>(target);
      rec_.merges.push_back(std::move(merge));
    }
  }

 private:
  struct Tmp {
    std::string label;
    TypeClass cls;
    bool full_person = false;
    uint32_t last_offset = 0;
  };

  // A local's label: a full personal name or an expansion beats a short form.
  static bool Better(const Tmp& t, const Local& l) {
    if (l.label.empty()) return true;
    auto score = [](std::string_view s) {
      return std::make_tuple(!IsAcronym(s), Words(s).size(), s.size());
    };
    return score(t.label) > score(l.label);
  }

  uint32_t Find(uint32_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Union(uint32_t a, uint32_t b, const std::string& left, const std::string& right,
             const char* kind, double confidence) {
    a = Find(a);
    b = Find(b);
    if (a == b) return;
    parent_[std::max(a, b)] = std::min(a, b);
    pending_merges_.push_back({std::min(a, b), left, right, kind, confidence});
  }
  uint32_t NewLocal(const std::string& key, const model::Mention& m, TypeClass cls) {
    uint32_t id = static_cast<uint32_t>(tmp_.size());
    tmp_.push_back({m.label, cls, cls == TypeClass::kPerson && TwoWordsOrMore(m.label),
                    m.span.begin});
    parent_.push_back(id);
    by_key_.emplace(key, id);
    return id;
  }

  int32_t Place(size_t i) {
    const model::Mention& m = ms_[i];
    const TypeClass cls = ClassOf(m.type);
    if (qualifier_.size() < ms_.size()) qualifier_.resize(ms_.size());
    // Qualifier: "South Korea's Joint Chiefs of Staff", "U.S. Forces".
    if (cls == TypeClass::kOrganization && i > 0) {
      for (size_t k = i; k-- > 0;) {
        const auto& p = ms_[k];
        if (p.span.end > m.span.begin) continue;
        if (p.type == EntityType::kCountry && !p.kb_iri.empty() &&
            Adjacent(doc_.text, p.span.end, m.span.begin)) {
          qualifier_[i] = p.kb_iri;
        }
        break;
      }
    }
    std::string& key = key_;  // reused: no allocation per mention
    if (!m.kb_iri.empty()) {
      key.assign("K|");
      key += m.kb_iri;
      auto it = by_key_.find(key);
      uint32_t id = it ? it->second : NewLocal(key, m, cls);
      return Touch(id, m);
    }
    key.assign("N|");
    key += std::to_string(static_cast<int>(cls));
    key += '|';
    key += NormalName(m.label);
    if (auto it = by_key_.find(key)) return Touch(it->second, m);
    // Name words only where a person's name is matched by its parts.
    const auto words = cls == TypeClass::kPerson ? Words(m.label) : std::vector<std::string_view>();
    if (cls == TypeClass::kPerson && words.size() == 1) {
      // "Budanov" after "Kyrylo Budanov": the most recent person with that
      // first or last name word.
      int32_t best = -1;
      for (uint32_t t = 0; t < tmp_.size(); ++t) {
        if (tmp_[t].cls != TypeClass::kPerson || !tmp_[t].full_person) continue;
        auto tw = Words(tmp_[t].label);
        if (tw.front() != words[0] && tw.back() != words[0]) continue;
        if (best < 0 || tmp_[Find(t)].last_offset > tmp_[Find(best)].last_offset) {
          best = static_cast<int32_t>(t);
        }
      }
      uint32_t id = NewLocal(key, m, cls);
      if (best >= 0) Union(static_cast<uint32_t>(best), id, tmp_[best].label, m.label, "surname", 0.9);
      return Touch(id, m);
    }
    uint32_t id = NewLocal(key, m, cls);
    if (cls == TypeClass::kPerson) {
      // A short form seen before the full name: "Zelenskyy ... Volodymyr Zelenskyy".
      for (uint32_t t = 0; t + 1 < tmp_.size(); ++t) {
        if (tmp_[t].cls != TypeClass::kPerson || tmp_[t].full_person) continue;
        if (Find(t) != t) continue;
        if (tmp_[t].label == words.back() || tmp_[t].label == words.front()) {
          Union(id, t, m.label, tmp_[t].label, "surname", 0.9);
        }
      }
    } else if (cls == TypeClass::kOrganization) {
      // Acronym and expansion in one document: "Joint Chiefs of Staff (JCS)".
      const bool acr = IsAcronym(m.label);
      const std::string mine = acr ? Dotless(m.label) : Initials(m.label);
      if (!mine.empty()) {
        for (uint32_t t = 0; t + 1 < tmp_.size(); ++t) {
          if (tmp_[t].cls != TypeClass::kOrganization) continue;
          const bool tacr = IsAcronym(tmp_[t].label);
          if (tacr == acr) continue;
          const std::string theirs = tacr ? Dotless(tmp_[t].label) : Initials(tmp_[t].label);
          if (theirs == mine) {
            Union(t, id, tmp_[t].label, m.label, "acronym", 0.9);
            break;
          }
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

  const model::Document& doc_;
  const std::vector<model::Mention>& ms_;
  DocRecord& rec_;
  std::vector<Tmp> tmp_;
  std::vector<uint32_t> parent_;
  base::StringTable<uint32_t> by_key_;
  std::string key_;  // scratch key of Place
  std::vector<std::string> qualifier_;
  std::vector<LocalMerge> pending_merges_;  // `local` is a union-find root until Run() ends
};

// Constraint state of one growing entity (kept at its union-find root).
// Views into the locals and the per-vertex keys, which outlive it: nothing
// allocated per component.
struct Component {
  TypeClass cls = TypeClass::kOrganization;
  std::string_view kb_iri;
  std::string_view qualifier;
  std::string_view compass;
  // Spaceless phonetic keys of full names, at most kMaxPersonKeys.
  static constexpr size_t kMaxPersonKeys = 8;
  std::array<std::string_view, kMaxPersonKeys> person_keys;
  uint32_t person_key_count = 0;
};

bool PersonKeysCompatible(const Component& a, const Component& b) {
  if (a.person_key_count == 0 || b.person_key_count == 0) return true;
  for (uint32_t i = 0; i < a.person_key_count; ++i) {
    for (uint32_t j = 0; j < b.person_key_count; ++j) {
      if (a.person_keys[i] == b.person_keys[j]) return true;
    }
  }
  return false;
}

bool CanJoin(const Component& a, const Component& b) {
  if (a.cls != b.cls) return false;
  if (!a.kb_iri.empty() && !b.kb_iri.empty() && a.kb_iri != b.kb_iri) return false;
  if (!a.qualifier.empty() && !b.qualifier.empty() && a.qualifier != b.qualifier) return false;
  if (!a.compass.empty() && !b.compass.empty() && a.compass != b.compass) return false;
  return PersonKeysCompatible(a, b);
}

void Absorb(Component& into, const Component& from) {
  if (into.kb_iri.empty()) into.kb_iri = from.kb_iri;
  if (into.qualifier.empty()) into.qualifier = from.qualifier;
  if (into.compass.empty()) into.compass = from.compass;
  for (uint32_t j = 0; j < from.person_key_count; ++j) {
    if (into.person_key_count >= Component::kMaxPersonKeys) break;
    const std::string_view k = from.person_keys[j];
    const auto end = into.person_keys.begin() + into.person_key_count;
    if (std::find(into.person_keys.begin(), end, k) == end) {
      into.person_keys[into.person_key_count++] = k;
    }
  }
}

struct Evidence {
  uint32_t u = 0, v = 0;
  const char* kind = "exact";
  double confidence = 1.0;
  bool accepted = false;
};

struct EdgeProps {
  uint32_t evidence = 0;
};

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
                                    boost::no_property, EdgeProps>;

}  // namespace

struct Linker::Impl {
  std::shared_ptr<const kb::KnowledgeBase> kb;
  std::vector<DocRecord> docs;
  std::vector<EntityOrigin>* origins = nullptr;  // filled by Resolve when set
};

Linker::Linker(std::shared_ptr<const kb::KnowledgeBase> kb) : impl_(std::make_unique<Impl>()) {
  impl_->kb = std::move(kb);
}
Linker::~Linker() = default;

void Linker::AddDocument(uint32_t doc_index, const model::Document& doc,
                         const std::vector<model::Mention>& mentions) {
  DocRecord rec;
  rec.id = doc.id;
  rec.doc_index = doc_index;
  DocClusterer(doc, mentions, rec).Run();
  impl_->docs.push_back(std::move(rec));
}

model::EntityTable Linker::Resolve() {
  auto& docs = impl_->docs;
  std::sort(docs.begin(), docs.end(), [](const DocRecord& a, const DocRecord& b) {
    return std::tie(a.id, a.doc_index) < std::tie(b.id, b.doc_index);
  });

  // Vertices: every local entity, in document-id order.
  struct VertexRef {
    uint32_t doc;
    uint32_t local;
  };
  std::vector<VertexRef> vref;
  std::vector<uint32_t> doc_base(docs.size());
  for (uint32_t d = 0; d < docs.size(); ++d) {
    doc_base[d] = static_cast<uint32_t>(vref.size());
    for (uint32_t l = 0; l < docs[d].locals.size(); ++l) vref.push_back({d, l});
  }
  const uint32_t n = static_cast<uint32_t>(vref.size());
  auto local = [&](uint32_t v) -> const Local& { return docs[vref[v].doc].locals[vref[v].local]; };

  // Candidate edges from blocking keys: each key chains its vertices (or
  // stars them on a representative), so the work is linear in the keys.
  Graph g(n);
  std::vector<Evidence> evidence;
  auto add_edge = [&](uint32_t u, uint32_t v, const char* kind, double conf) {
    if (u == v) return;
    evidence.push_back({u, v, kind, conf, false});
    boost::add_edge(u, v, EdgeProps{static_cast<uint32_t>(evidence.size() - 1)}, g);
  };
  // Chained keys keep the latest vertex of each constraint signature (so
  // "South Korea's JCS" ... "North Korea's JCS" ... "Seoul's JCS" still
  // finds its kin), at most kReps per key.
  constexpr size_t kReps = 6;
  struct Rep {
    size_t signature;
    uint32_t vertex;
  };
  struct Reps {
    std::array<Rep, kReps> rep;
    uint32_t size = 0;
  };
  // Flat tables keyed by the key text (base/string_table.h); one reused key
  // buffer, so no string is built per key.
  base::StringTable<uint32_t> last;  // key -> index into reps
  std::vector<Reps> reps_of;
  base::StringTable<uint32_t> first;  // starred keys
  std::string key;
  auto make_key = [&key](std::string_view a, std::string_view b, std::string_view c = {},
                         std::string_view d = {}) -> std::string_view {
    key.assign(a).append(b).append(c).append(d);
    return key;
  };
  // Per-vertex keys used twice (blocking and constraints), computed once.
  std::vector<std::string_view> compass(n);
  std::vector<std::string> phonetic(n);
  for (uint32_t v = 0; v < n; ++v) {
    const Local& l = local(v);
    compass[v] = Compass(l.label);
    if (ClassOf(l) == TypeClass::kPerson && l.full_person) phonetic[v] = SpacelessPhonetic(l.label);
  }
  static constexpr std::string_view kClassKey[] = {"N|0|", "N|1|", "N|2|", "N|3|"};
  for (uint32_t v = 0; v < n; ++v) {
    const Local& l = local(v);
    const std::string_view cls_key = kClassKey[static_cast<int>(ClassOf(l))];
    const std::hash<std::string_view> h;
    const size_t signature = h(l.kb_iri) ^ (h(l.qualifier) * 31) ^ (h(compass[v]) * 131) ^
                             (l.full_person ? h(l.label) * 1031 : 0);
    auto chain = [&](std::string_view k, const char* kind, double conf) {
      auto [entry, fresh] = last.emplace(k, static_cast<uint32_t>(reps_of.size()));
      if (fresh) reps_of.emplace_back();
      Reps& reps = reps_of[entry->second];
      bool replaced = false;
      for (uint32_t r = 0; r < reps.size; ++r) {
        add_edge(reps.rep[r].vertex, v, kind, conf);
        if (reps.rep[r].signature == signature) {
          reps.rep[r].vertex = v;
          replaced = true;
        }
      }
      if (!replaced && reps.size < kReps) reps.rep[reps.size++] = {signature, v};
    };
    if (!l.kb_iri.empty()) chain(make_key("K|", l.kb_iri), "kb-alias", 1.0);
    if (ClassOf(l) == TypeClass::kPerson) {
      if (l.full_person) {
        chain(make_key(cls_key, NormalName(l.label)), "exact", 0.95);
        chain(make_key("F|", phonetic[v]), "transliteration", 0.7);
        // Star on the surname for documents that name the person by surname only.
        first.emplace(make_key("S|", Words(l.label).back()), v);
      }
    } else {
      for (const auto& name : l.names) chain(make_key(cls_key, NormalName(name)), "exact", 0.95);
      if (ClassOf(l) == TypeClass::kOrganization) {
        for (const auto& name : l.names) {
          if (IsAcronym(name)) {
            first.emplace(make_key("A|", Dotless(name)), v);
          } else if (std::string ini = Initials(name); !ini.empty()) {
            first.emplace(make_key("E|", ini), v);
          }
        }
      }
    }
  }
  // Star edges: short forms to the first full form with the key.
  for (uint32_t v = 0; v < n; ++v) {
    const Local& l = local(v);
    if (ClassOf(l) == TypeClass::kPerson && !l.full_person) {
      auto it = first.find(make_key("S|", l.label));
      if (it != first.end()) add_edge(it->second, v, "surname", 0.6);
    }
    if (ClassOf(l) == TypeClass::kOrganization) {
      for (const auto& name : l.names) {
        if (IsAcronym(name)) {
          auto it = first.find(make_key("E|", Dotless(name)));
          if (it != first.end()) add_edge(it->second, v, "acronym", 0.8);
        } else if (std::string ini = Initials(name); !ini.empty()) {
          auto it = first.find(make_key("A|", ini));
          if (it != first.end()) add_edge(v, it->second, "acronym", 0.8);
        }
      }
    }
  }

  // Constrained union, strongest evidence first.
  std::vector<Component> comp(n);
  for (uint32_t v = 0; v < n; ++v) {
    const Local& l = local(v);
    comp[v].cls = ClassOf(l);
    comp[v].kb_iri = l.kb_iri;
    comp[v].qualifier = l.qualifier;
    comp[v].compass = compass[v];
    if (l.full_person) {
      if (ClassOf(l) != TypeClass::kPerson) phonetic[v] = SpacelessPhonetic(l.label);
      comp[v].person_keys[0] = phonetic[v];
      comp[v].person_key_count = 1;
    }
  }
  std::vector<uint32_t> parent(n);
  for (uint32_t v = 0; v < n; ++v) parent[v] = v;
  auto find = [&](uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  std::vector<uint32_t> order;
  order.reserve(boost::num_edges(g));
  for (auto [e, end] = boost::edges(g); e != end; ++e) order.push_back(g[*e].evidence);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    const Evidence& x = evidence[a];
    const Evidence& y = evidence[b];
    return std::make_tuple(-x.confidence, x.u, x.v) < std::make_tuple(-y.confidence, y.u, y.v);
  });
  for (uint32_t k : order) {
    Evidence& ev = evidence[k];
    uint32_t a = find(ev.u), b = find(ev.v);
    if (a == b) continue;
    if (!CanJoin(comp[a], comp[b])) continue;
    if (std::string_view(ev.kind) == "transliteration") {
      // Guard: the written names are close, not only their keys.
      const std::string x = NormalName(local(ev.u).label), y = NormalName(local(ev.v).label);
      const int max_d = std::max<int>(2, static_cast<int>(std::min(x.size(), y.size()) / 5));
      if (BoundedEditDistance(x, y, max_d) > max_d) continue;
    }
    if (std::string_view(ev.kind) == "exact" && local(ev.u).label != local(ev.v).label) {
      ev.kind = "normalised";
    }
    if (std::string_view(ev.kind) == "kb-alias" && local(ev.u).label == local(ev.v).label) {
      ev.kind = "exact";
    }
    ev.accepted = true;
    uint32_t root = std::min(a, b), other = std::max(a, b);
    parent[other] = root;
    Absorb(comp[root], comp[other]);
  }

  // Entities: connected components of the accepted edges.
  struct Accepted {
    const Graph* g = nullptr;
    const std::vector<Evidence>* evidence = nullptr;
    bool operator()(const Graph::edge_descriptor& e) const {
      return (*evidence)[(*g)[e].evidence].accepted;
    }
  };
  boost::filtered_graph<Graph, Accepted> fg(g, Accepted{&g, &evidence});
  std::vector<int> component(n);
  const int count = n ? boost::connected_components(fg, component.data()) : 0;

  struct Draft {
    model::Entity e;
    std::array<uint32_t, model::kEntityTypeCount> type_votes{};
    uint32_t first_doc = UINT32_MAX;  // position in document-id order
    uint32_t first_offset = 0;
    uint32_t last_doc = UINT32_MAX;
  };
  std::vector<Draft> drafts(count);
  // (component, label, mentions) and (component, alias) as views into the
  // locals, sorted once instead of a map per entity.
  std::vector<std::tuple<int, std::string_view, uint32_t>> label_votes;
  std::vector<std::pair<int, std::string_view>> aliases;
  label_votes.reserve(n);
  for (uint32_t v = 0; v < n; ++v) {
    Draft& d = drafts[component[v]];
    const Local& l = local(v);
    if (d.first_doc == UINT32_MAX ||
        std::tie(vref[v].doc, l.first_offset) < std::tie(d.first_doc, d.first_offset)) {
      d.first_doc = vref[v].doc;
      d.first_offset = l.first_offset;
    }
    if (d.last_doc != vref[v].doc) ++d.e.document_count, d.last_doc = vref[v].doc;
    d.e.mention_count += l.mentions;
    if (d.e.kb_iri.empty()) d.e.kb_iri = l.kb_iri;
    for (int t = 0; t < model::kEntityTypeCount; ++t) d.type_votes[t] += l.type_votes[t];
    for (const auto& name : l.names) aliases.emplace_back(component[v], name);
    label_votes.emplace_back(component[v], l.label, l.mentions);
  }
  std::sort(aliases.begin(), aliases.end());
  aliases.erase(std::unique(aliases.begin(), aliases.end()), aliases.end());
  for (const auto& [c, alias] : aliases) drafts[c].e.aliases.emplace_back(alias);
  std::sort(label_votes.begin(), label_votes.end());
  std::vector<std::string_view> best_label(count);
  {
    std::vector<std::tuple<bool, bool, uint32_t, size_t>> best_score(count);
    for (size_t k = 0; k < label_votes.size();) {
      const int c = std::get<0>(label_votes[k]);
      const std::string_view label = std::get<1>(label_votes[k]);
      uint32_t mentions = 0;
      for (; k < label_votes.size() && std::get<0>(label_votes[k]) == c &&
             std::get<1>(label_votes[k]) == label;
           ++k) {
        mentions += std::get<2>(label_votes[k]);
      }
      // Label: the KB's label, else a full name over short forms and
      // acronyms, then the most mentioned, then the longest, then the
      // smallest string (first in sorted order).
      std::tuple<bool, bool, uint32_t, size_t> score{
          !drafts[c].e.kb_iri.empty(), !IsAcronym(label) && label.find(' ') != std::string_view::npos,
          mentions, label.size()};
      if (best_label[c].empty() || score > best_score[c]) best_label[c] = label, best_score[c] = score;
    }
  }
  for (int c = 0; c < count; ++c) {
    Draft& d = drafts[c];
    const std::string best(best_label[c]);
    d.e.label = best;
    // Type: the most specific type with the most votes.
    int type = -1;
    for (int t = 0; t < model::kEntityTypeCount; ++t) {
      if (d.type_votes[t] == 0) continue;
      const bool generic = t == static_cast<int>(EntityType::kOrganization) ||
                           t == static_cast<int>(EntityType::kPlace);
      if (type < 0) {
        type = t;
        continue;
      }
      const bool type_generic = type == static_cast<int>(EntityType::kOrganization) ||
                                type == static_cast<int>(EntityType::kPlace);
      if ((type_generic && !generic) ||
          (type_generic == generic && d.type_votes[t] > d.type_votes[type])) {
        type = t;
      }
    }
    d.e.type = type < 0 ? EntityType::kOrganization : static_cast<EntityType>(type);
    d.e.key = std::string(KeyPrefix(d.e.type)) + "/" + Slug(d.e.label);
  }
  // Distinct keys: entities sharing a key are numbered by first appearance.
  std::vector<uint32_t> by_key(count);
  for (int c = 0; c < count; ++c) by_key[c] = static_cast<uint32_t>(c);
  std::sort(by_key.begin(), by_key.end(), [&](uint32_t a, uint32_t b) {
    return std::tie(drafts[a].e.key, drafts[a].first_doc, drafts[a].first_offset, drafts[a].e.label) <
           std::tie(drafts[b].e.key, drafts[b].first_doc, drafts[b].first_offset, drafts[b].e.label);
  });
  std::vector<std::string> base_keys;
  if (impl_->origins) {
    for (int c = 0; c < count; ++c) base_keys.push_back(drafts[c].e.key);
  }
  {
    std::map<std::string, int> seen;
    for (uint32_t c : by_key) {
      int k = ++seen[drafts[c].e.key];
      if (k > 1) drafts[c].e.key += "-" + std::to_string(k);
    }
  }
  std::sort(by_key.begin(), by_key.end(),
            [&](uint32_t a, uint32_t b) { return drafts[a].e.key < drafts[b].e.key; });
  std::vector<int32_t> entity_of_component(count);
  model::EntityTable table;
  table.entities.reserve(count);
  for (uint32_t i = 0; i < by_key.size(); ++i) {
    entity_of_component[by_key[i]] = static_cast<int32_t>(i);
    table.entities.push_back(std::move(drafts[by_key[i]].e));
  }
  if (impl_->origins) {
    impl_->origins->clear();
    for (uint32_t c : by_key) {
      impl_->origins->push_back({std::move(base_keys[c]), docs[drafts[c].first_doc].id,
                                 drafts[c].first_offset});
    }
  }

  // Mentions.
  uint32_t max_index = 0;
  for (const auto& d : docs) max_index = std::max(max_index, d.doc_index + 1);
  table.mention_entity.resize(max_index);
  for (uint32_t d = 0; d < docs.size(); ++d) {
    auto& out = table.mention_entity[docs[d].doc_index];
    out.resize(docs[d].mention_local.size(), -1);
    for (size_t m = 0; m < docs[d].mention_local.size(); ++m) {
      int32_t l = docs[d].mention_local[m];
      if (l >= 0) out[m] = entity_of_component[component[doc_base[d] + l]];
    }
  }

  // Evidence of every merge, within and across documents, one row per
  // distinct (entity, left, right, kind).
  std::vector<model::MergeEvidence> rows;
  std::unordered_map<size_t, uint32_t> seen_rows;  // hash -> first row with it
  seen_rows.reserve(evidence.size() / 4 + 16);
  auto add_row = [&](uint32_t entity, std::string_view left, std::string_view right,
                     std::string_view kind, double confidence, std::string_view left_doc,
                     std::string_view right_doc) {
    if (left > right) std::swap(left, right), std::swap(left_doc, right_doc);
    const std::hash<std::string_view> h;
    const size_t key = h(left) ^ (h(right) * 31) ^ (h(kind) * 131) ^ (entity * 1000003ULL);
    auto [it, fresh] = seen_rows.emplace(key, static_cast<uint32_t>(rows.size()));
    if (!fresh) {
      const auto& o = rows[it->second];
      // Equal rows are dropped; a hash collision keeps both.
      if (o.entity == entity && o.left == left && o.right == right && o.kind == kind) return;
    }
    model::MergeEvidence ev;
    ev.entity = entity;
    ev.left = left;
    ev.right = right;
    ev.kind = kind;
    ev.confidence = confidence;
    ev.left_doc = left_doc;
    ev.right_doc = right_doc;
    rows.push_back(std::move(ev));
  };
  for (uint32_t d = 0; d < docs.size(); ++d) {
    for (const auto& m : docs[d].merges) {
      const auto entity = static_cast<uint32_t>(
          entity_of_component[component[doc_base[d] + m.local]]);
      add_row(entity, m.left, m.right, m.kind, m.confidence, docs[d].id, docs[d].id);
    }
  }
  for (const auto& ev : evidence) {
    if (!ev.accepted) continue;
    add_row(static_cast<uint32_t>(entity_of_component[component[ev.u]]), local(ev.u).label,
            local(ev.v).label, ev.kind, ev.confidence, docs[vref[ev.u].doc].id,
            docs[vref[ev.v].doc].id);
  }
  std::sort(rows.begin(), rows.end(), [](const model::MergeEvidence& a, const model::MergeEvidence& b) {
    return std::tie(a.entity, a.left, a.right, a.kind) < std::tie(b.entity, b.left, b.right, b.kind);
  });
  table.merges = std::move(rows);
  return table;
}

// Shards and merges: the within-document step and the cross-document step
// apart (link.h). Conversions only; the clustering and linking are the ones
// above.
DocumentLocals ClusterDocument(const model::Document& doc,
                               const std::vector<model::Mention>& mentions) {
  DocRecord rec;
  rec.id = doc.id;
  DocClusterer(doc, mentions, rec).Run();
  DocumentLocals out;
  out.id = std::move(rec.id);
  out.locals = std::move(rec.locals);
  out.mention_local = std::move(rec.mention_local);
  out.merges = std::move(rec.merges);
  return out;
}

model::EntityTable Linker::Resolve(std::vector<EntityOrigin>* origins) {
  impl_->origins = origins;
  model::EntityTable table = Resolve();
  impl_->origins = nullptr;
  return table;
}

void Linker::AddLocals(uint32_t doc_index, DocumentLocals locals) {
  DocRecord rec;
  rec.id = std::move(locals.id);
  rec.doc_index = doc_index;
  rec.locals = std::move(locals.locals);
  rec.mention_local = std::move(locals.mention_local);
  for (auto& m : locals.merges) {
    if (m.local < rec.locals.size()) rec.merges.push_back(std::move(m));
  }
  impl_->docs.push_back(std::move(rec));
}

std::vector<std::string> BlockingKeys(const LocalEntity& l) {
  // The keys Resolve() chains or stars on (keep in step with it).
  std::vector<std::string> keys;
  const auto cls = ClassOf(l);
  const std::string c = std::to_string(static_cast<int>(cls));
  if (!l.kb_iri.empty()) keys.push_back("K|" + l.kb_iri);
  if (cls == TypeClass::kPerson) {
    if (l.full_person) {
      keys.push_back("N|" + c + "|" + NormalName(l.label));
      keys.push_back("F|" + SpacelessPhonetic(l.label));
      keys.push_back("S|" + std::string(Words(l.label).back()));
    } else if (!l.label.empty()) {
      keys.push_back("S|" + l.label);
    }
  } else {
    for (const auto& name : l.names) keys.push_back("N|" + c + "|" + NormalName(name));
    if (cls == TypeClass::kOrganization) {
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
