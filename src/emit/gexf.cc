// GEXF 1.3 writer: see gexf.h for what the file holds. Claims are folded into
// per-entity and per-edge accumulators as documents arrive (memory grows with
// entities and distinct edges, not with text); Write() has pugixml format a
// skeleton (root, meta, attribute declarations) and streams the nodes and
// edges into it in batches of pugixml-formatted elements.
#include "emit/gexf.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <pugixml.hpp>
#include <sstream>
#include <string_view>
#include <utility>

#include "emit/rdf_terms.h"

namespace claimgraph::emit {

namespace {

constexpr const char* kGexfNs = "http://gexf.net/1.3";
constexpr const char* kVizNs = "http://gexf.net/1.3/viz";
constexpr const char* kXsiNs = "http://www.w3.org/2001/XMLSchema-instance";
constexpr const char* kSchemaLocation = "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd";
constexpr uint32_t kNone = static_cast<uint32_t>(-1);
// A claim naming more entities than this adds "relates" edges for the first
// ones only (pairs grow quadratically; such contents are lists, not relations).
constexpr size_t kMaxRelated = 16;
constexpr size_t kClaimLabelCodePoints = 80;

struct Rgb {
  int r, g, b;
};

// Colour per model::EntityType (Tableau 10, distinct for colour-blind readers
// as far as ten colours go), then the claim nodes' colour.
constexpr Rgb kTypeColors[model::kEntityTypeCount] = {
    {225, 87, 89},    // Person: red
    {78, 121, 167},   // Organization: blue
    {89, 161, 79},    // GovernmentOrganization: green
    {176, 122, 161},  // NewsMediaOrganization: purple
    {237, 201, 72},   // Place: yellow
    {242, 142, 43},   // Country: orange
    {156, 117, 95},   // MilitaryUnit: brown
    {186, 176, 172},  // Product: grey
    {255, 157, 167},  // Weapon: pink
};
constexpr Rgb kClaimColor = {118, 183, 178};  // teal
constexpr Rgb kAssertsColor = {90, 90, 90};
constexpr Rgb kRelatesColor = {170, 170, 170};
constexpr Rgb kAboutColor = {140, 140, 140};

enum class EdgeKind : uint8_t { kAssertsAbout, kRelates, kAsserts, kAbout };

const char* EdgeKindName(EdgeKind k) {
  switch (k) {
    case EdgeKind::kAssertsAbout:
      return "asserts-about";
    case EdgeKind::kRelates:
      return "relates";
    case EdgeKind::kAsserts:
      return "asserts";
    case EdgeKind::kAbout:
      return "about";
  }
  return "relates";
}

// Earliest and latest of a set of YYYY-MM-DD dates (string order is date order).
struct DateRange {
  std::string first, last;
  bool empty() const { return first.empty(); }
  void Add(const std::string& d) {
    if (d.empty()) {
      return;
    }
    if (first.empty() || d < first) {
      first = d;
    }
    if (last.empty() || d > last) {
      last = d;
    }
  }
};

// Inserts `v` into the sorted, distinct `set`.
void InsertSorted(std::vector<uint32_t>& set, uint32_t v) {
  auto it = std::lower_bound(set.begin(), set.end(), v);
  if (it == set.end() || *it != v) {
    set.insert(it, v);
  }
}

struct NodeAcc {
  uint32_t mentions = 0;
  uint32_t claims_as_source = 0;
  uint32_t claims_about = 0;
  uint32_t documents = 0;
  uint32_t last_doc = kNone;      // documents counted once each
  std::vector<uint32_t> sources;  // named sources of claims about it, sorted
  DateRange seen;
};

struct EdgeKey {
  EdgeKind kind;
  uint32_t from, to;  // entity indices; for undirected kinds from < to
  friend auto operator<=>(const EdgeKey&, const EdgeKey&) = default;
};

struct EdgeAcc {
  uint32_t claims = 0;
  uint32_t documents = 0;
  uint32_t last_doc = kNone;
  std::vector<uint32_t> sources;  // entity indices, sorted, distinct
  DateRange seen;
  void Add(uint32_t doc, int32_t source, const std::string& date) {
    ++claims;
    if (last_doc != doc) {
      ++documents, last_doc = doc;
    }
    if (source >= 0) {
      InsertSorted(sources, static_cast<uint32_t>(source));
    }
    seen.Add(date);
  }
};

// One claim of the claim-level view.
struct ClaimNode {
  std::string id, label, document, cue, category, date;
  int32_t source = -1;
  std::vector<uint32_t> about;
  bool quote = false, negated = false;
};

// XML 1.0 forbids most C0 controls even escaped; labels also read better with
// runs of white space collapsed.
std::string CleanText(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (unsigned char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (c < 0x20 || c == 0x7f) {
      continue;
    }
    if (space) {
      out += ' ';
    }
    space = false;
    out += static_cast<char>(c);
  }
  return out;
}

// The first `max_cp` code points of `s`, with "…" when cut.
std::string Truncate(std::string s, size_t max_cp) {
  size_t cp = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) {
      continue;
    }
    if (cp++ == max_cp) {
      s.resize(i);
      return s + "\xE2\x80\xA6";
    }
  }
  return s;
}

// A GEXF 1.3 list value as Gephi writes it: [a, b]; an item holding a
// separator, quote, bracket or outer space is quoted with backslash escapes.
std::string ListValue(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) {
      out += ", ";
    }
    const std::string& s = items[i];
    const bool quote = s.empty() || s.front() == ' ' || s.back() == ' ' ||
                       s.find_first_of(",\"'\\[]|") != std::string::npos;
    if (!quote) {
      out += s;
      continue;
    }
    out += '"';
    for (char c : s) {
      if (c == '"' || c == '\\') {
        out += '\\';
      }
      out += c;
    }
    out += '"';
  }
  return out + "]";
}

std::string Fixed1(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

std::string SpanText(const model::Document& doc, const model::Span& s) {
  if (s.begin >= s.end || s.end > doc.text.size()) {
    return {};
  }
  return doc.text.substr(s.begin, s.size());
}

// Entity of mention `m`, following antecedents of unlinked nominals and
// pronouns a few steps; -1 when none.
int32_t EntityOf(const model::Extraction& x, const std::vector<int32_t>& mention_entity, int32_t m,
                 size_t entity_count) {
  for (int hops = 0; m >= 0 && hops < 8; ++hops) {
    auto i = static_cast<size_t>(m);
    if (i >= x.mentions.size()) {
      return -1;
    }
    if (i < mention_entity.size() && mention_entity[i] >= 0 &&
        static_cast<size_t>(mention_entity[i]) < entity_count) {
      return mention_entity[i];
    }
    m = x.mentions[i].antecedent;
  }
  return -1;
}

// The claim's statement date: its stated_on time value when a full date,
// else the document's published date when a full date, else "".
std::string ClaimDate(const model::Document& doc, const model::Extraction& x,
                      const model::Claim& c) {
  if (c.stated_on >= 0 && static_cast<size_t>(c.stated_on) < x.times.size()) {
    // "2025-01-24", or its date part: "2025-01-24TMO", "2025-01-24T10:00".
    const std::string& v = x.times[c.stated_on].value;
    if (IsFullDate(std::string_view(v).substr(0, 10)) && (v.size() == 10 || v[10] == 'T')) {
      return v.substr(0, 10);
    }
  }
  return IsFullDate(doc.published) ? doc.published : std::string();
}

void SetColor(pugi::xml_node el, Rgb c) {
  pugi::xml_node color = el.append_child("viz:color");
  color.append_attribute("r") = c.r;
  color.append_attribute("g") = c.g;
  color.append_attribute("b") = c.b;
}

void SetInterval(pugi::xml_node el, const std::string& start, const std::string& end) {
  if (start.empty()) {
    return;
  }
  el.append_attribute("start") = start.c_str();
  el.append_attribute("end") = end.c_str();
}

class AttValues {
 public:
  explicit AttValues(pugi::xml_node el) : el_(el) {}
  void Add(const char* id, const std::string& value) {
    if (!list_) {
      list_ = el_.append_child("attvalues");
    }
    pugi::xml_node v = list_.append_child("attvalue");
    v.append_attribute("for") = id;
    v.append_attribute("value") = value.c_str();
  }
  void Add(const char* id, uint32_t value) { Add(id, std::to_string(value)); }
  void AddIfSet(const char* id, const std::string& value) {
    if (!value.empty()) {
      Add(id, value);
    }
  }

 private:
  pugi::xml_node el_;
  pugi::xml_node list_;
};

void Declare(pugi::xml_node attributes, const char* id, const char* title, const char* type) {
  pugi::xml_node a = attributes.append_child("attribute");
  a.append_attribute("id") = id;
  a.append_attribute("title") = title;
  a.append_attribute("type") = type;
}

// Streams the children of one list (<nodes> or <edges>) to the file in
// batches, so the whole tree never sits in memory; pugixml formats every
// element (at `depth` levels of indentation, as in one tree).
class Batch {
 public:
  Batch(std::ostream& out, unsigned depth) : out_(out), depth_(depth) {}
  pugi::xml_node Append(const char* name) {
    if (++count_ % kBatchSize == 0) {
      Flush();
    }
    return doc_.append_child(name);
  }
  void Flush() {
    for (pugi::xml_node child : doc_.children()) {
      child.print(out_, "  ", pugi::format_default, pugi::encoding_utf8, depth_);
    }
    doc_.reset();
  }
  uint32_t count() const { return count_; }

 private:
  static constexpr uint32_t kBatchSize = 512;
  std::ostream& out_;
  unsigned depth_;
  uint32_t count_ = 0;
  pugi::xml_document doc_;
};

}  // namespace

bool IsFullDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') {
    return false;
  }
  int v[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8}, lens[3] = {4, 2, 2};
  for (int f = 0; f < 3; ++f) {
    for (int i = 0; i < lens[f]; ++i) {
      char c = s[starts[f] + i];
      if (c < '0' || c > '9') {
        return false;
      }
      v[f] = v[f] * 10 + (c - '0');
    }
  }
  const int year = v[0], month = v[1], day = v[2];
  if (year == 0 || month < 1 || month > 12 || day < 1) {
    return false;
  }
  static constexpr int kDays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (day > kDays[month - 1]) {
    return false;
  }
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return !(month == 2 && day == 29 && !leap);
}

struct GexfWriter::Impl {
  Options options;
  uint32_t docs = 0;
  std::vector<NodeAcc> nodes;        // by entity index
  std::map<EdgeKey, EdgeAcc> edges;  // entity view
  std::vector<ClaimNode> claims;     // claim view

  void AddClaim(const model::Document& doc, const model::Extraction& x,
                const std::vector<int32_t>& mention_entity, size_t ci);
  void AddEdge(EdgeKind kind, uint32_t from, uint32_t to, int32_t source, const std::string& date) {
    if (kind == EdgeKind::kRelates && to < from) {
      std::swap(from, to);
    }
    edges[EdgeKey{kind, from, to}].Add(docs, source, date);
  }
  void WriteEntityNodes(Batch& out, const model::EntityTable& table,
                        const std::vector<bool>& keep) const;
  void WriteClaimNodes(Batch& out, const model::EntityTable& table) const;
  void WriteEntityEdges(Batch& out, const model::EntityTable& table) const;
  void WriteClaimEdges(Batch& out, const model::EntityTable& table) const;
  uint32_t NodeCount(const std::vector<bool>& keep) const;
  uint32_t EdgeCount(const model::EntityTable& table) const;
  bool KeepEntityEdge(const EdgeKey& k, const EdgeAcc& e, const model::EntityTable& table) const {
    return KeepEdge(e) && k.from < table.entities.size() && k.to < table.entities.size();
  }
  std::vector<bool> KeptEntities(size_t entity_count) const;
  bool KeepEdge(const EdgeAcc& e) const { return e.claims >= options.gexf_min_weight; }
};

GexfWriter::GexfWriter(const Options& options) : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
}
GexfWriter::~GexfWriter() = default;

void GexfWriter::AddDocument(const model::Document& doc, const model::Extraction& x,
                             const std::vector<int32_t>& mention_entity,
                             const model::EntityTable& table) {
  Impl& im = *impl_;
  if (im.nodes.size() < table.entities.size()) {
    im.nodes.resize(table.entities.size());
  }
  const std::string published = IsFullDate(doc.published) ? doc.published : std::string();
  for (size_t m = 0; m < x.mentions.size() && m < mention_entity.size(); ++m) {
    const int32_t e = mention_entity[m];
    if (e < 0 || static_cast<size_t>(e) >= im.nodes.size()) {
      continue;
    }
    NodeAcc& n = im.nodes[e];
    ++n.mentions;
    if (n.last_doc != im.docs) {
      ++n.documents, n.last_doc = im.docs;
    }
    n.seen.Add(published);
  }
  for (size_t ci = 0; ci < x.claims.size(); ++ci) {
    im.AddClaim(doc, x, mention_entity, ci);
  }
  ++im.docs;
}

void GexfWriter::Impl::AddClaim(const model::Document& doc, const model::Extraction& x,
                                const std::vector<int32_t>& mention_entity, size_t ci) {
  const model::Claim& c = x.claims[ci];
  const std::string date = ClaimDate(doc, x, c);
  const int32_t source =
      c.unattributed ? -1 : EntityOf(x, mention_entity, c.source_mention, nodes.size());
  // The entities the claim is about: distinct, in table order, not the source.
  std::vector<uint32_t> about;
  for (int32_t m : c.about) {
    int32_t e = EntityOf(x, mention_entity, m, nodes.size());
    if (e >= 0 && e != source) {
      about.push_back(static_cast<uint32_t>(e));
    }
  }
  std::sort(about.begin(), about.end());
  about.erase(std::unique(about.begin(), about.end()), about.end());

  if (source >= 0) {
    ++nodes[source].claims_as_source;
    nodes[source].seen.Add(date);
  }
  for (uint32_t e : about) {
    ++nodes[e].claims_about;
    nodes[e].seen.Add(date);
    if (source >= 0) {
      InsertSorted(nodes[e].sources, static_cast<uint32_t>(source));
    }
  }
  if (options.gexf_claims) {
    ClaimNode n;
    n.id = "claim/" + doc.id + "/" + std::to_string(ci);
    std::string content;
    for (const model::Span& s : c.content) {
      if (!content.empty()) {
        content += " \xE2\x80\xA6 ";
      }
      content += SpanText(doc, s);
    }
    n.label = Truncate(CleanText(content), kClaimLabelCodePoints);
    if (n.label.empty()) {
      n.label = n.id;
    }
    n.document = doc.id;
    n.cue = c.cue_lemma;
    n.category = model::CueCategoryName(c.category);
    n.date = date;
    n.source = source;
    n.about = std::move(about);
    n.quote = c.direct_quote;
    n.negated = c.negated;
    claims.push_back(std::move(n));
    return;
  }
  if (source >= 0) {
    for (uint32_t e : about) {
      AddEdge(EdgeKind::kAssertsAbout, source, e, source, date);
    }
  }
  const size_t n = std::min(about.size(), kMaxRelated);
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) {
      AddEdge(EdgeKind::kRelates, about[i], about[j], source, date);
    }
  }
}

// Entities written as nodes: all of them, or with a minimum weight above 1
// those still on a kept edge or mentioned at least that often.
std::vector<bool> GexfWriter::Impl::KeptEntities(size_t entity_count) const {
  const uint32_t min = options.gexf_min_weight;
  std::vector<bool> keep(entity_count, min <= 1);
  if (min <= 1) {
    return keep;
  }
  for (size_t i = 0; i < entity_count && i < nodes.size(); ++i) {
    if (nodes[i].mentions >= min) {
      keep[i] = true;
    }
  }
  if (options.gexf_claims) {
    for (const ClaimNode& c : claims) {
      if (c.source >= 0) {
        keep[c.source] = true;
      }
      for (uint32_t e : c.about) {
        keep[e] = true;
      }
    }
    return keep;
  }
  for (const auto& [k, e] : edges) {
    if (KeepEdge(e)) {
      keep[k.from] = keep[k.to] = true;
    }
  }
  return keep;
}

void GexfWriter::Impl::WriteEntityNodes(Batch& out, const model::EntityTable& table,
                                        const std::vector<bool>& keep) const {
  static const NodeAcc kEmpty;
  for (size_t i = 0; i < table.entities.size(); ++i) {
    if (!keep[i]) {
      continue;
    }
    const model::Entity& ent = table.entities[i];
    const NodeAcc& acc = i < nodes.size() ? nodes[i] : kEmpty;
    pugi::xml_node node = out.Append("node");
    node.append_attribute("id") = ent.key.c_str();
    node.append_attribute("label") = CleanText(ent.label).c_str();
    SetInterval(node, acc.seen.first, acc.seen.last);
    AttValues att(node);
    att.Add("type", model::EntityTypeName(ent.type));
    std::vector<std::string> aliases;
    for (const std::string_view a : ent.aliases) {
      aliases.push_back(CleanText(a));
    }
    att.Add("aliases", ListValue(aliases));
    att.Add("mentionCount", acc.mentions);
    att.Add("claimCount", acc.claims_as_source);
    att.Add("claimsAbout", acc.claims_about);
    att.Add("sources", static_cast<uint32_t>(acc.sources.size()));
    att.Add("documents", acc.documents);
    att.AddIfSet("firstSeen", acc.seen.first);
    att.AddIfSet("lastSeen", acc.seen.last);
    att.AddIfSet("kb", ent.kb_iri);
    std::string iri = options.data_base + "entity/";
    AppendPathPart(iri, ent.key, /*keep_slash=*/true);
    att.Add("iri", iri);
    const auto t = static_cast<size_t>(ent.type);
    SetColor(node, t < model::kEntityTypeCount ? kTypeColors[t] : kTypeColors[1]);
    node.append_child("viz:size").append_attribute("value") =
        Fixed1(5.0 + 4.0 * std::log2(1.0 + acc.mentions)).c_str();
  }
}

void GexfWriter::Impl::WriteClaimNodes(Batch& out, const model::EntityTable& table) const {
  for (const ClaimNode& c : claims) {
    pugi::xml_node node = out.Append("node");
    node.append_attribute("id") = c.id.c_str();
    node.append_attribute("label") = c.label.c_str();
    SetInterval(node, c.date, c.date);
    AttValues att(node);
    att.Add("type", "Claim");
    att.AddIfSet("firstSeen", c.date);
    att.AddIfSet("lastSeen", c.date);
    att.Add("document", c.document);
    att.AddIfSet("cue", c.cue);
    att.Add("category", c.category);
    att.Add("quote", c.quote ? "true" : "false");
    att.Add("negated", c.negated ? "true" : "false");
    if (c.source >= 0) {
      att.Add("source", CleanText(table.entities[c.source].label));
    }
    SetColor(node, kClaimColor);
    node.append_child("viz:size").append_attribute("value") = "3.0";
  }
}

namespace {

struct EdgeOut {
  std::string id, source, target, kind;
  bool undirected = false;
  uint32_t claims = 1, documents = 1;
  std::vector<std::string> source_names;
  std::string first, last;
};

void AppendEdge(Batch& out, const EdgeOut& e) {
  pugi::xml_node edge = out.Append("edge");
  edge.append_attribute("id") = e.id.c_str();
  edge.append_attribute("source") = e.source.c_str();
  edge.append_attribute("target") = e.target.c_str();
  if (e.undirected) {
    edge.append_attribute("type") = "undirected";
  }
  edge.append_attribute("label") = e.kind.c_str();
  edge.append_attribute("kind") = e.kind.c_str();
  edge.append_attribute("weight") = e.claims;
  SetInterval(edge, e.first, e.last);
  AttValues att(edge);
  att.Add("kind", e.kind);
  att.Add("claims", e.claims);
  att.Add("sources", static_cast<uint32_t>(e.source_names.size()));
  att.Add("sourceNames", ListValue(e.source_names));
  att.Add("documents", e.documents);
  att.AddIfSet("firstSeen", e.first);
  att.AddIfSet("lastSeen", e.last);
  SetColor(edge, e.kind == "relates" ? kRelatesColor
                 : e.kind == "about" ? kAboutColor
                                     : kAssertsColor);
}

// An edge's interval inside both ends' intervals: its own dates, or for an
// undated edge the overlap of its ends (none when they do not overlap).
void EdgeInterval(const DateRange& own, const DateRange& a, const DateRange& b, EdgeOut& e) {
  if (!own.empty()) {
    e.first = own.first, e.last = own.last;
    return;
  }
  if (a.empty() || b.empty()) {
    return;
  }
  std::string first = std::max(a.first, b.first), last = std::min(a.last, b.last);
  if (first <= last) {
    e.first = std::move(first), e.last = std::move(last);
  }
}

}  // namespace

uint32_t GexfWriter::Impl::NodeCount(const std::vector<bool>& keep) const {
  auto n = static_cast<uint32_t>(std::count(keep.begin(), keep.end(), true));
  return options.gexf_claims ? n + static_cast<uint32_t>(claims.size()) : n;
}

uint32_t GexfWriter::Impl::EdgeCount(const model::EntityTable& table) const {
  uint32_t n = 0;
  if (options.gexf_claims) {
    for (const ClaimNode& c : claims) {
      n += (c.source >= 0 ? 1 : 0) + static_cast<uint32_t>(c.about.size());
    }
    return n;
  }
  for (const auto& [k, e] : edges) {
    n += KeepEntityEdge(k, e, table) ? 1 : 0;
  }
  return n;
}

void GexfWriter::Impl::WriteEntityEdges(Batch& batch, const model::EntityTable& table) const {
  static const NodeAcc kEmpty;
  auto acc = [&](uint32_t i) -> const NodeAcc& { return i < nodes.size() ? nodes[i] : kEmpty; };
  for (const auto& [k, e] : edges) {
    if (!KeepEntityEdge(k, e, table)) {
      continue;
    }
    EdgeOut out;
    out.kind = EdgeKindName(k.kind);
    out.source = table.entities[k.from].key;
    out.target = table.entities[k.to].key;
    out.id = out.kind + ":" + out.source + "->" + out.target;
    out.undirected = k.kind == EdgeKind::kRelates;
    out.claims = e.claims;
    out.documents = e.documents;
    for (uint32_t s : e.sources) {
      out.source_names.push_back(CleanText(table.entities[s].label));
    }
    EdgeInterval(e.seen, acc(k.from).seen, acc(k.to).seen, out);
    AppendEdge(batch, out);
  }
}

void GexfWriter::Impl::WriteClaimEdges(Batch& batch, const model::EntityTable& table) const {
  for (const ClaimNode& c : claims) {
    EdgeOut out;
    out.first = out.last = c.date;
    if (c.source >= 0) {
      out.source_names.push_back(CleanText(table.entities[c.source].label));
      out.kind = EdgeKindName(EdgeKind::kAsserts);
      out.source = table.entities[c.source].key;
      out.target = c.id;
      out.id = out.kind + ":" + out.source + "->" + out.target;
      AppendEdge(batch, out);
    }
    for (uint32_t e : c.about) {
      out.kind = EdgeKindName(EdgeKind::kAbout);
      out.source = c.id;
      out.target = table.entities[e].key;
      out.id = out.kind + ":" + out.source + "->" + out.target;
      AppendEdge(batch, out);
    }
  }
}

namespace {

constexpr const char* kNodesMark = "<!--@nodes@-->";
constexpr const char* kEdgesMark = "<!--@edges@-->";

// Splits the printed skeleton at the line holding `mark`: writes what comes
// before that line and returns the offset just after it.
size_t WriteUpTo(std::ostream& out, const std::string& skeleton, size_t from, const char* mark) {
  size_t at = skeleton.find(mark, from);
  size_t line = skeleton.rfind('\n', at) + 1;
  out.write(skeleton.data() + from, static_cast<std::streamsize>(line - from));
  return skeleton.find('\n', at) + 1;
}

}  // namespace

Status GexfWriter::Write(const std::string& path, const model::EntityTable& table) const {
  const Impl& im = *impl_;
  pugi::xml_document xml;
  pugi::xml_node decl = xml.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  pugi::xml_node gexf = xml.append_child("gexf");
  gexf.append_attribute("xmlns") = kGexfNs;
  gexf.append_attribute("xmlns:viz") = kVizNs;
  gexf.append_attribute("xmlns:xsi") = kXsiNs;
  gexf.append_attribute("xsi:schemaLocation") = kSchemaLocation;
  gexf.append_attribute("version") = "1.3";
  pugi::xml_node meta = gexf.append_child("meta");
  meta.append_child("creator").text() = "claimgraph";
  meta.append_child("description").text() =
      im.options.gexf_claims
          ? "Claim network: source -(asserts)-> claim -(about)-> entity"
          : "Entity network: edges aggregate reported claims (asserts-about: source to the "
            "entities its claims are about; relates: entities named in one claim), weight = claims";

  pugi::xml_node graph = gexf.append_child("graph");
  graph.append_attribute("defaultedgetype") = "directed";
  graph.append_attribute("mode") = "dynamic";
  graph.append_attribute("timeformat") = "date";

  pugi::xml_node node_attrs = graph.append_child("attributes");
  node_attrs.append_attribute("class") = "node";
  Declare(node_attrs, "type", "type", "string");
  Declare(node_attrs, "aliases", "aliases", "liststring");
  Declare(node_attrs, "mentionCount", "mentionCount", "integer");
  Declare(node_attrs, "claimCount", "claimCount", "integer");
  Declare(node_attrs, "claimsAbout", "claimsAbout", "integer");
  Declare(node_attrs, "sources", "sources", "integer");
  Declare(node_attrs, "documents", "documents", "integer");
  Declare(node_attrs, "firstSeen", "firstSeen", "string");
  Declare(node_attrs, "lastSeen", "lastSeen", "string");
  Declare(node_attrs, "kb", "kb", "anyURI");
  Declare(node_attrs, "iri", "iri", "anyURI");
  if (im.options.gexf_claims) {
    Declare(node_attrs, "document", "document", "string");
    Declare(node_attrs, "cue", "cue", "string");
    Declare(node_attrs, "category", "category", "string");
    Declare(node_attrs, "quote", "quote", "boolean");
    Declare(node_attrs, "negated", "negated", "boolean");
    Declare(node_attrs, "source", "source", "string");
  }
  pugi::xml_node edge_attrs = graph.append_child("attributes");
  edge_attrs.append_attribute("class") = "edge";
  Declare(edge_attrs, "kind", "kind", "string");
  Declare(edge_attrs, "claims", "claims", "integer");
  Declare(edge_attrs, "sources", "sources", "integer");
  Declare(edge_attrs, "sourceNames", "sourceNames", "liststring");
  Declare(edge_attrs, "documents", "documents", "integer");
  Declare(edge_attrs, "firstSeen", "firstSeen", "string");
  Declare(edge_attrs, "lastSeen", "lastSeen", "string");

  // The skeleton holds a marker where the nodes and the edges go; they are
  // streamed in batches between its parts.
  const std::vector<bool> keep = im.KeptEntities(table.entities.size());
  pugi::xml_node nodes = graph.append_child("nodes");
  nodes.append_attribute("count") = im.NodeCount(keep);
  nodes.append_child(pugi::node_comment).set_value("@nodes@");
  pugi::xml_node edges = graph.append_child("edges");
  edges.append_attribute("count") = im.EdgeCount(table);
  edges.append_child(pugi::node_comment).set_value("@edges@");
  std::ostringstream skeleton_out;
  xml.save(skeleton_out, "  ", pugi::format_default, pugi::encoding_utf8);
  const std::string skeleton = skeleton_out.str();

  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) {
    return Status::Error("cannot write " + path + ": check that the output folder is writable");
  }
  constexpr unsigned kListDepth = 3;  // gexf > graph > nodes|edges > node|edge
  size_t pos = WriteUpTo(out, skeleton, 0, kNodesMark);
  Batch node_batch(out, kListDepth);
  im.WriteEntityNodes(node_batch, table, keep);
  if (im.options.gexf_claims) {
    im.WriteClaimNodes(node_batch, table);
  }
  node_batch.Flush();
  pos = WriteUpTo(out, skeleton, pos, kEdgesMark);
  Batch edge_batch(out, kListDepth);
  if (im.options.gexf_claims) {
    im.WriteClaimEdges(edge_batch, table);
  } else {
    im.WriteEntityEdges(edge_batch, table);
  }
  edge_batch.Flush();
  out.write(skeleton.data() + pos, static_cast<std::streamsize>(skeleton.size() - pos));
  out.close();
  if (!out) {
    return Status::Error("cannot write " + path + ": write failed (disk full?)");
  }
  return Status::Ok();
}

}  // namespace claimgraph::emit
