#include "emit/rdf_graph.h"

#include <algorithm>
#include <numeric>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "base/utf8.h"
#include "emit/emit.h"
#include "emit/rdf_terms.h"
#include "emit/rdf_vocab.h"
#include "text/text.h"

namespace claimgraph::emit {

namespace v = vocab;

namespace {

const char* MentionKindName(model::MentionKind k) {
  switch (k) {
    case model::MentionKind::kName:
      return "name";  // not written: the default
    case model::MentionKind::kNominal:
      return "nominal";
    case model::MentionKind::kPronoun:
      return "pronoun";
  }
  return "name";
}

const char* TimexTypeName(model::TimexType t) {
  switch (t) {
    case model::TimexType::kDate:
      return "DATE";
    case model::TimexType::kTime:
      return "TIME";
    case model::TimexType::kDuration:
      return "DURATION";
    case model::TimexType::kSet:
      return "SET";
  }
  return "DATE";
}

const char* QualifierName(model::QuantityQualifier q) {
  switch (q) {
    case model::QuantityQualifier::kExact:
      return "exact";
    case model::QuantityQualifier::kApproximate:
      return "approximate";
    case model::QuantityQualifier::kLowerBound:
      return "lowerBound";
    case model::QuantityQualifier::kUpperBound:
      return "upperBound";
    case model::QuantityQualifier::kRange:
      return "range";
  }
  return "exact";
}

// cg:Person, cg:Organization, ... (the class of an entity type).
const std::string& TypeIri(model::EntityType t) {
  static const std::vector<std::string> kIris = [] {
    std::vector<std::string> iris;
    iris.reserve(model::kEntityTypeCount);
    for (int i = 0; i < model::kEntityTypeCount; ++i) {
      iris.push_back(std::string(v::kCgNs) +
                     model::EntityTypeName(static_cast<model::EntityType>(i)));
    }
    return iris;
  }();
  return kIris[static_cast<size_t>(t)];
}

// Writes the triples of one subject; the subject IRI is copied so the caller
// may reuse its buffers while writing.
class Subject {
 public:
  Subject(TripleSink& sink, std::string_view iri) : sink_(sink), iri_(iri) {}
  void Type(std::string_view cls) { Iri(v::kType, cls); }
  void Iri(std::string_view p, std::string_view o) {
    sink_.Triple(Term::Iri(iri_), Term::Iri(p), Term::Iri(o));
  }
  void Lit(std::string_view p, std::string_view text, std::string_view datatype = {}) {
    sink_.Triple(Term::Iri(iri_), Term::Iri(p), Term::Literal(text, datatype));
  }
  // A plain string, only when non-empty.
  void Str(std::string_view p, std::string_view text) {
    if (!text.empty()) {
      Lit(p, text);
    }
  }
  void Int(std::string_view p, uint64_t n) {
    num_.clear();
    AppendUint(num_, n);
    Lit(p, num_, v::kXsdInteger);
  }
  void Decimal(std::string_view p, double d) {
    if (FormatDecimal(d, num_)) {
      Lit(p, num_, v::kXsdDecimal);
    }
  }
  void Bool(std::string_view p, bool b) { Lit(p, b ? "true" : "false", v::kXsdBoolean); }

 private:
  TripleSink& sink_;
  std::string iri_;
  std::string num_;
};

// A byte span usable in output: non-empty, inside the text, on code-point
// boundaries.
bool Usable(const model::Span& s, std::string_view text) {
  auto boundary = [&](uint32_t b) {
    return b == text.size() || (static_cast<unsigned char>(text[b]) & 0xC0) != 0x80;
  };
  return s.begin < s.end && s.end <= text.size() && boundary(s.begin) && boundary(s.end);
}

// The date a claim was made: its statement date where the text gives a
// calendar date, else the publication date (YYYY[-MM[-DD]]).
std::string StatementDate(const model::Document& doc, const model::Extraction& x,
                          const model::Claim& cl) {
  std::string_view lex;
  if (cl.stated_on >= 0 && static_cast<size_t>(cl.stated_on) < x.times.size() &&
      TimexCalendarValue(x.times[cl.stated_on].value, lex) != nullptr) {
    return std::string(lex);
  }
  return doc.published;
}

// Indices of the items with usable spans, in span order, the first of each
// span only: one node per IRI whatever order the extractor produced.
template <typename T>
std::vector<uint32_t> UniqueBySpan(const std::vector<T>& items, std::string_view text) {
  std::vector<uint32_t> idx;
  idx.reserve(items.size());
  for (uint32_t i = 0; i < items.size(); ++i) {
    if (Usable(items[i].span, text)) {
      idx.push_back(i);
    }
  }
  auto by_span = [&](uint32_t a, uint32_t b) { return items[a].span < items[b].span; };
  if (!std::is_sorted(idx.begin(), idx.end(), by_span)) {
    std::stable_sort(idx.begin(), idx.end(), by_span);
  }
  idx.erase(std::unique(idx.begin(), idx.end(),
                        [&](uint32_t a, uint32_t b) { return items[a].span == items[b].span; }),
            idx.end());
  return idx;
}

}  // namespace

// Everything about the document being written.
struct RdfGraphWriter::DocState {
  const model::Document& doc;
  const model::Extraction& x;
  const std::vector<int32_t>& mention_entity;
  utf8::OffsetMap offsets;
  std::string doc_iri;
  std::string prefix;  // doc_iri + "/"
  std::string context_iri;
  std::string iri;  // scratch
  // Full profile: the sentences (byte spans, in order) and their IRIs.
  bool full = false;
  std::vector<model::Span> sentences;
  std::vector<std::string> sentence_iris;

  DocState(const model::Document& d, const model::Extraction& ex, const std::vector<int32_t>& me)
      : doc(d), x(ex), mention_entity(me), offsets(d.text) {}

  uint32_t Cp(uint32_t byte) const { return offsets.ToCodePoint(byte); }
  std::string_view Text(const model::Span& s) const {
    return std::string_view(doc.text).substr(s.begin, s.size());
  }
  // prefix + kind + "/" + BEGIN-END in code points, into `out`.
  void SpanIri(std::string& out, std::string_view kind, const model::Span& s) const {
    out.assign(prefix);
    out.append(kind);
    out.push_back('/');
    AppendUint(out, Cp(s.begin));
    out.push_back('-');
    AppendUint(out, Cp(s.end));
  }
  // Offsets and anchor of a string node, and its context where nothing else
  // leads to the document (a cue or content span is reached from its claim);
  // the full profile always names the context, and the sentence the span
  // begins in.
  void WriteString(Subject& subj, const model::Span& s, bool with_context = true) const {
    subj.Int(v::kBeginIndex, Cp(s.begin));
    subj.Int(v::kEndIndex, Cp(s.end));
    subj.Lit(v::kAnchorOf, Text(s));
    if (with_context || full) {
      subj.Iri(v::kReferenceContext, context_iri);
    }
    if (const std::string* sentence = SentenceOf(s)) {
      subj.Iri(v::kSentenceOf, *sentence);
    }
  }
  // The IRI of the sentence `s` begins in; null when none (or lean).
  const std::string* SentenceOf(const model::Span& s) const {
    auto after = std::upper_bound(
        sentences.begin(), sentences.end(), s.begin,
        [](uint32_t pos, const model::Span& sentence) { return pos < sentence.begin; });
    if (after == sentences.begin() || s.begin >= (after - 1)->end) {
      return nullptr;
    }
    const std::string& out = sentence_iris[after - 1 - sentences.begin()];
    return out.empty() ? nullptr : &out;
  }
  // The entity a mention refers to: its own link, else the first linked
  // mention along its antecedent chain; -1 when none.
  int32_t EntityOf(int32_t m) const {
    const int32_t n = static_cast<int32_t>(x.mentions.size());
    for (int32_t steps = 0; m >= 0 && m < n && steps <= n; ++steps) {
      if (static_cast<size_t>(m) < mention_entity.size() && mention_entity[m] >= 0) {
        return mention_entity[m];
      }
      m = x.mentions[m].antecedent;
    }
    return -1;
  }
  // The organisation a person mention speaks for ("an official from the JCS",
  // "Jane Roe of Norvane Inc", "the official" after either), along its
  // antecedent chain; -1 when none.
  int32_t ActingFor(int32_t m) const {
    const int32_t n = static_cast<int32_t>(x.mentions.size());
    if (m < 0 || m >= n || x.mentions[m].type != model::EntityType::kPerson) {
      return -1;
    }
    for (int32_t steps = 0; m >= 0 && m < n && steps <= n; ++steps) {
      const int32_t org = x.mentions[m].acting_for;
      if (org >= 0 && org != m) {
        return EntityOf(org);
      }
      m = x.mentions[m].antecedent;
    }
    return -1;
  }
  // The agent a claim is attributed to: the source mention's entity, else
  // the organisation an unnamed source speaks for ("an official from the
  // JCS" -> the JCS, prov:actedOnBehalfOf), along the antecedent chain.
  int32_t SourceEntityOf(int32_t m) const {
    const int32_t n = static_cast<int32_t>(x.mentions.size());
    for (int32_t steps = 0; m >= 0 && m < n && steps <= n; ++steps) {
      if (static_cast<size_t>(m) < mention_entity.size() && mention_entity[m] >= 0) {
        return mention_entity[m];
      }
      const int32_t org = x.mentions[m].acting_for;
      if (org != m) {
        if (int32_t e = EntityOf(org); e >= 0) {
          return e;
        }
      }
      m = x.mentions[m].antecedent;
    }
    return -1;
  }
};

RdfGraphWriter::RdfGraphWriter(TripleSink& sink, std::string data_base, bool full)
    : sink_(sink), base_(std::move(data_base)), full_(full) {
  // "https://example.org/data" would glue "doc/..." onto its last segment.
  if (!base_.empty() && base_.back() != '/' && base_.back() != '#') {
    base_.push_back('/');
  }
}

void RdfGraphWriter::WritePrefixes() {
  for (const auto& p : v::kPrefixes) {
    sink_.Prefix(p[0], p[1]);
  }
}

std::string RdfGraphWriter::EntityIri(const std::string& key) const {
  std::string out = base_ + "entity/";
  AppendPathPart(out, key, /*keep_slash=*/true);
  return out;
}

std::string RdfGraphWriter::DocumentIri(std::string_view id) const {
  std::string out = base_ + "doc/";
  AppendPathPart(out, id, /*keep_slash=*/false);
  return out;
}

void RdfGraphWriter::Prepare(const model::EntityTable& table) {
  if (entity_iris_.size() == table.entities.size()) {
    return;
  }
  entity_iris_.clear();
  entity_iris_.reserve(table.entities.size());
  for (const auto& ent : table.entities) {
    entity_iris_.push_back(EntityIri(ent.key));
  }
}

// Shard mode: placeholders for the document's local entities, and the
// figure rows being written.
struct RdfGraphWriter::ShardDoc {
  std::vector<std::string> iris;  // LocalEntityIri of each local
  std::string* figure_rows = nullptr;
};

void RdfGraphWriter::AddDocument(const model::Document& doc, const model::Extraction& x,
                                 const std::vector<int32_t>& mention_entity,
                                 const model::EntityTable& table) {
  Prepare(table);
  Rendered kept;
  WriteDocument(sink_, doc, x, mention_entity, &table, nullptr, &kept);
  File(kept);
}

void RdfGraphWriter::Render(TripleSink& fork, const model::Document& doc,
                            const model::Extraction& x, const std::vector<int32_t>& mention_entity,
                            const model::EntityTable& table, Rendered& out) const {
  out.figures.clear();
  out.stances.clear();
  WriteDocument(fork, doc, x, mention_entity, &table, nullptr, &out);
  out.part = fork.TakeBytes();
}

void RdfGraphWriter::Splice(const Rendered& r) {
  sink_.Splice(r.part);
  File(r);
}

void RdfGraphWriter::File(const Rendered& kept) {
  for (const auto& f : kept.figures) {
    relations_.AddKeyed(f.key, f.claim, f.quantity, f.source, f.date, f.value);
  }
  for (const Stance& s : kept.stances) {
    stances_.Add(s);
  }
}

void RdfGraphWriter::AddStance(Stance s) { stances_.Add(std::move(s)); }

void RdfGraphWriter::AddShardDocument(const model::Document& doc, const model::Extraction& x,
                                      const std::vector<int32_t>& mention_local, uint32_t locals,
                                      std::string& figure_rows) {
  ShardDoc shard;
  shard.iris.reserve(locals);
  for (uint32_t l = 0; l < locals; ++l) {
    shard.iris.push_back(LocalEntityIri(doc.id, l));
  }
  shard.figure_rows = &figure_rows;
  WriteDocument(sink_, doc, x, mention_local, nullptr, &shard, nullptr);
}

void RdfGraphWriter::AddFigure(std::string subject, std::string measure,
                               const std::string& claim_iri, const std::string& quantity_iri,
                               const std::string& source, const std::string& date,
                               const FigureValue& value) {
  relations_.AddKeyed({std::move(subject), std::move(measure)}, claim_iri, quantity_iri, source,
                      date, value);
}

void RdfGraphWriter::WriteDocument(TripleSink& sink, const model::Document& doc,
                                   const model::Extraction& x,
                                   const std::vector<int32_t>& mention_entity,
                                   const model::EntityTable* table, ShardDoc* shard,
                                   Rendered* kept) const {
  DocState st(doc, x, mention_entity);
  st.doc_iri = DocumentIri(doc.id);
  st.prefix = st.doc_iri + "/";
  st.context_iri = st.prefix + "text";
  const std::string_view text = doc.text;
  const int32_t n_entities =
      static_cast<int32_t>(shard ? shard->iris.size() : table->entities.size());
  auto entity_iri = [&](int32_t e) -> const std::string* {
    if (e < 0 || e >= n_entities) {
      return nullptr;
    }
    return shard ? &shard->iris[e] : &entity_iris_[e];
  };

  // The document and its text.
  {
    Subject d(sink, st.doc_iri);
    d.Type(v::kDocument);
    d.Lit(v::kDocId, doc.id);
    d.Str(v::kHeadline, doc.title);
    d.Str(v::kPublisherName, doc.publisher);
    d.Str(v::kAuthor, doc.author);
    if (IsAbsoluteIri(doc.url)) {
      d.Iri(v::kUrl, doc.url);
    } else {
      d.Str(v::kUrl, doc.url);
    }
    if (const char* dt = CalendarDatatype(doc.published)) {
      d.Lit(v::kDatePublished, doc.published, dt);
    }
    d.Str(v::kInLanguage, doc.language);
  }
  {
    Subject c(sink, st.context_iri);
    c.Type(v::kNifContext);
    c.Lit(v::kIsString, text);
    c.Int(v::kBeginIndex, 0);
    c.Int(v::kEndIndex, st.Cp(static_cast<uint32_t>(text.size())));
    c.Iri(v::kDocumentOf, st.doc_iri);
  }
  if (full_) {
    // Sentences, in order, each with the next one: the full profile only.
    // Segmented again here, on request only: the spool keeps no text layer,
    // and the lean default needs none.
    st.full = true;
    for (const model::Sentence& sentence : text::Segment(text, doc.title).sentences) {
      st.sentences.push_back(sentence.span);
      st.sentence_iris.emplace_back();
      if (Usable(sentence.span, text)) {
        st.SpanIri(st.sentence_iris.back(), "s", sentence.span);
      }
    }
    for (size_t i = 0; i < st.sentences.size(); ++i) {
      if (st.sentence_iris[i].empty()) {
        continue;
      }
      Subject s(sink, st.sentence_iris[i]);
      s.Type(v::kNifSentence);
      s.Int(v::kBeginIndex, st.Cp(st.sentences[i].begin));
      s.Int(v::kEndIndex, st.Cp(st.sentences[i].end));
      s.Lit(v::kAnchorOf, st.Text(st.sentences[i]));
      s.Iri(v::kReferenceContext, st.context_iri);
      for (size_t j = i + 1; j < st.sentences.size(); ++j) {
        if (!st.sentence_iris[j].empty()) {
          s.Iri(v::kNextSentence, st.sentence_iris[j]);
          break;
        }
      }
    }
  }

  // Mentions (one node per span).
  std::vector<model::Span> mention_spans;
  const std::vector<uint32_t> mention_order = UniqueBySpan(x.mentions, text);
  mention_spans.reserve(mention_order.size());
  for (uint32_t m : mention_order) {
    const model::Mention& men = x.mentions[m];
    mention_spans.push_back(men.span);
    st.SpanIri(st.iri, "m", men.span);
    Subject s(sink, st.iri);
    s.Type(v::kMention);
    st.WriteString(s, men.span);
    // Names are the common case: only nominals and pronouns say their kind.
    if (men.kind != model::MentionKind::kName || full_) {
      s.Lit(v::kMentionKind, MentionKindName(men.kind));
    }
    const int32_t e = st.EntityOf(static_cast<int32_t>(m));
    if (const std::string* eiri = entity_iri(e)) {
      s.Iri(v::kRefersTo, *eiri);
    }
    // The person the mention describes acts for an organisation (PROV-O):
    // said of the mention, since a person may speak for another one
    // elsewhere and an unnamed official has no entity of its own.
    if (const std::string* org = entity_iri(st.ActingFor(static_cast<int32_t>(m)))) {
      s.Iri(v::kActedOnBehalfOf, *org);
    }
    if (shard && e >= 0 && e < n_entities) {
      // Written only when the entity's final type differs: the merge decides.
      s.Iri(v::kMentionType, LocalTypeIri(shard->iris[e], men.type));
    } else if (e < 0 || e >= n_entities || table->entities[e].type != men.type) {
      s.Iri(v::kMentionType, TypeIri(men.type));
    }
  }
  auto is_mention = [&](const model::Span& sp) {
    return std::binary_search(mention_spans.begin(), mention_spans.end(), sp);
  };

  // Time expressions (one node per span; every index keeps its node's IRI).
  std::vector<std::string> time_iris(x.times.size());
  for (size_t t = 0; t < x.times.size(); ++t) {
    if (Usable(x.times[t].span, text)) {
      st.SpanIri(time_iris[t], "t", x.times[t].span);
    }
  }
  for (uint32_t t : UniqueBySpan(x.times, text)) {
    const model::TimeExpr& te = x.times[t];
    Subject s(sink, time_iris[t]);
    s.Type(v::kTimeExpression);
    st.WriteString(s, te.span);
    s.Str(v::kTimexValue, te.value);
    s.Lit(v::kTimexType, TimexTypeName(te.type));
    s.Str(v::kTimexMod, te.mod);
    std::string_view lex;
    if (TimexCalendarValue(te.value, lex) == v::kXsdDate) {
      s.Lit(v::kDate, lex, v::kXsdDate);
    }
  }

  // Claim IRIs first: quantities and nested claims point at them.
  std::vector<std::string> claim_iris(x.claims.size());
  {
    std::unordered_map<std::string, int> seen;
    for (size_t c = 0; c < x.claims.size(); ++c) {
      const model::Claim& cl = x.claims[c];
      model::Span key{0, 0};
      for (const auto& sp : cl.content) {
        if (Usable(sp, text)) {
          key = sp;
          break;
        }
      }
      if (key.empty()) {
        continue;  // a claim without content is not written
      }
      std::string& iri = claim_iris[c];
      iri.assign(st.prefix).append("claim/");
      AppendUint(iri, st.Cp(key.begin));
      iri.push_back('-');
      AppendUint(iri, st.Cp(key.end));
      int n = ++seen[iri];
      if (n > 1) {
        iri.push_back('-');
        AppendUint(iri, n);
      }
    }
  }
  auto claim_iri = [&](int32_t c) -> const std::string* {
    return c >= 0 && static_cast<size_t>(c) < claim_iris.size() && !claim_iris[c].empty()
               ? &claim_iris[c]
               : nullptr;
  };

  // Quantities.
  for (uint32_t qi : UniqueBySpan(x.quantities, text)) {
    const model::Quantity& q = x.quantities[qi];
    st.SpanIri(st.iri, "q", q.span);
    Subject s(sink, st.iri);
    s.Type(v::kQuantity);
    st.WriteString(s, q.span);
    s.Decimal(v::kValue, q.value);
    if (q.low) {
      s.Decimal(v::kLow, *q.low);
    }
    if (q.high) {
      s.Decimal(v::kHigh, *q.high);
    }
    s.Str(v::kUnit, q.unit);
    s.Lit(v::kQualifier, QualifierName(q.qualifier));
    s.Str(v::kCounts, q.counts);
    if (const std::string* c = claim_iri(q.claim)) {
      s.Iri(v::kInClaim, *c);
    }
  }

  // Claims. Cue, content and non-mention source spans become span nodes,
  // written once each after the claims.
  std::vector<model::Span> span_nodes;
  std::vector<const std::string*> about;
  // A party as written: its mention's IRI, or a text span written below.
  auto party_iri = [&](const model::Span& sp) -> const std::string& {
    const bool mention = is_mention(sp);
    if (!mention) {
      span_nodes.push_back(sp);
    }
    st.SpanIri(st.iri, mention ? "m" : "span", sp);
    return st.iri;
  };
  for (size_t c = 0; c < x.claims.size(); ++c) {
    const model::Claim& cl = x.claims[c];
    if (claim_iris[c].empty()) {
      continue;
    }
    Subject s(sink, claim_iris[c]);
    s.Type(v::kClaim);
    s.Iri(v::kWasDerivedFrom, st.doc_iri);
    if (cl.source && Usable(*cl.source, text)) {
      s.Iri(v::kSource, party_iri(*cl.source));
    }
    if (const std::string* e = entity_iri(st.SourceEntityOf(cl.source_mention))) {
      s.Iri(v::kWasAttributedTo, *e);
    }
    if (cl.via && Usable(*cl.via, text)) {
      // The channel that relays the claim: "The Gazette cited X as saying C".
      s.Iri(v::kVia, party_iri(*cl.via));
      if (const std::string* e = entity_iri(st.SourceEntityOf(cl.via_mention))) {
        s.Iri(v::kViaAgent, *e);
      }
    }
    if (cl.cue && Usable(*cl.cue, text)) {
      span_nodes.push_back(*cl.cue);
      st.SpanIri(st.iri, "span", *cl.cue);
      s.Iri(v::kCue, st.iri);
    }
    s.Str(v::kCueLemma, cl.cue_lemma);
    s.Lit(v::kCueCategory, model::CueCategoryName(cl.category));
    for (const auto& sp : cl.content) {
      if (!Usable(sp, text)) {
        continue;
      }
      span_nodes.push_back(sp);
      st.SpanIri(st.iri, "span", sp);
      s.Iri(v::kContent, st.iri);
    }
    if (cl.stated_on >= 0 && static_cast<size_t>(cl.stated_on) < x.times.size()) {
      std::string_view lex;
      if (const char* dt = TimexCalendarValue(x.times[cl.stated_on].value, lex)) {
        s.Lit(v::kStatedOn, lex, dt);
      }
    }
    about.clear();
    for (int32_t m : cl.about) {
      const std::string* e = entity_iri(st.EntityOf(m));
      if (e != nullptr && std::find(about.begin(), about.end(), e) == about.end()) {
        about.push_back(e);
        s.Iri(v::kAbout, *e);
      }
    }
    for (int32_t t : cl.mentioned_times) {
      if (t >= 0 && static_cast<size_t>(t) < time_iris.size() && !time_iris[t].empty()) {
        s.Iri(v::kMentionsTime, time_iris[t]);
      }
    }
    if (cl.direct_quote || full_) {
      s.Bool(v::kDirectQuote, cl.direct_quote);
    }
    if (cl.negated || full_) {
      s.Bool(v::kNegated, cl.negated);
    }
    if (cl.unattributed || full_) {
      s.Bool(v::kUnattributed, cl.unattributed);
    }
    if (static_cast<size_t>(cl.reported_by) != c) {
      if (const std::string* r = claim_iri(cl.reported_by)) {
        s.Iri(v::kReportedBy, *r);
      }
    }
  }
  // Figures stated in claims, for the links between claims that disagree.
  for (const model::Quantity& q : x.quantities) {
    const std::string* c = claim_iri(q.claim);
    if (c == nullptr) {
      continue;
    }
    const model::Claim& cl = x.claims[q.claim];
    const int32_t src_entity = st.SourceEntityOf(cl.source_mention);
    const std::string* src = entity_iri(src_entity);
    std::string date = StatementDate(doc, x, cl);
    std::string q_iri;
    st.SpanIri(q_iri, "q", q.span);
    if (shard) {
      AppendFigureRow(*shard->figure_rows, doc.id, KeyOfFigure(q.counts, q.unit), *c, q_iri,
                      src ? src_entity : -1, date, FigureValueOf(q));
    } else {
      kept->figures.push_back({KeyOfFigure(q.counts, q.unit), *c, std::move(q_iri),
                               src ? *src : std::string(), std::move(date), FigureValueOf(q)});
    }
  }
  // Claims for or against a matter, for the polarity links (claim_stances.h).
  for (size_t c = 0; c < x.claims.size(); ++c) {
    const model::Claim& cl = x.claims[c];
    const Polarity polarity = PolarityOf(cl, text);
    const int32_t src_entity = st.SourceEntityOf(cl.source_mention);
    const std::string* src = entity_iri(src_entity);
    if (polarity == Polarity::kNone || claim_iris[c].empty() || src == nullptr) {
      continue;
    }
    std::vector<int32_t> about;
    for (int32_t m : cl.about) {
      if (entity_iri(st.EntityOf(m)) != nullptr) {
        about.push_back(st.EntityOf(m));
      }
    }
    if (about.empty()) {
      continue;
    }
    std::string date = StatementDate(doc, x, cl);
    std::vector<std::string> words = ContentWords(text, cl.content);
    if (shard) {
      AppendStanceRow(*shard->figure_rows, doc.id, claim_iris[c], src_entity, date,
                      polarity == Polarity::kDenies, about, words);
      continue;
    }
    Stance s{claim_iris[c], *src, std::move(date), polarity, {}, std::move(words)};
    for (int32_t e : about) {
      s.about.push_back(*entity_iri(e));
    }
    std::sort(s.about.begin(), s.about.end());
    s.about.erase(std::unique(s.about.begin(), s.about.end()), s.about.end());
    kept->stances.push_back(std::move(s));
  }
  std::sort(span_nodes.begin(), span_nodes.end());
  span_nodes.erase(std::unique(span_nodes.begin(), span_nodes.end()), span_nodes.end());
  for (const auto& sp : span_nodes) {
    st.SpanIri(st.iri, "span", sp);
    Subject s(sink, st.iri);
    if (full_) {
      s.Type(v::kTextSpan);
    }
    st.WriteString(s, sp, /*with_context=*/false);
  }
}

void RdfGraphWriter::WriteEntities(const model::EntityTable& table) {
  Prepare(table);
  std::vector<uint32_t> order(table.entities.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return table.entities[a].key < table.entities[b].key;
  });
  // Merge evidence grouped by entity, in table order.
  std::vector<std::vector<uint32_t>> merges(table.entities.size());
  for (uint32_t i = 0; i < table.merges.size(); ++i) {
    if (table.merges[i].entity < merges.size()) {
      merges[table.merges[i].entity].push_back(i);
    }
  }
  std::vector<std::string_view> aliases;
  std::string iri;
  for (uint32_t e : order) {
    const model::Entity& ent = table.entities[e];
    const std::string& eiri = entity_iris_[e];
    {
      Subject s(sink_, eiri);
      s.Type(TypeIri(ent.type));
      s.Lit(v::kPrefLabel, ent.label.empty() ? std::string_view(ent.key) : ent.label);
      aliases = ent.aliases;
      std::sort(aliases.begin(), aliases.end());
      aliases.erase(std::unique(aliases.begin(), aliases.end()), aliases.end());
      for (const auto& a : aliases) {
        if (a != ent.label) {
          s.Str(v::kAltLabel, a);
        }
      }
      s.Int(v::kMentionCount, ent.mention_count);
      s.Int(v::kDocumentCount, ent.document_count);
      if (IsAbsoluteIri(ent.kb_iri)) {
        s.Iri(v::kExactMatch, ent.kb_iri);
      }
      std::vector<std::string> former = ent.former_keys;
      std::sort(former.begin(), former.end());
      former.erase(std::unique(former.begin(), former.end()), former.end());
      for (const auto& k : former) {
        if (k != ent.key) {
          s.Iri(v::kSameAs, EntityIri(k));
        }
      }
    }
    uint32_t n = 0;
    for (uint32_t mi : merges[e]) {
      const model::MergeEvidence& me = table.merges[mi];
      iri.assign(eiri).append("/merge/");
      AppendUint(iri, ++n);
      Subject s(sink_, iri);
      s.Type(v::kMergeEvidence);
      s.Iri(v::kMergedInto, eiri);
      s.Str(v::kLeftLabel, me.left);
      s.Str(v::kRightLabel, me.right);
      s.Str(v::kEvidenceKind, me.kind);
      s.Decimal(v::kConfidence, me.confidence);
      if (!me.left_doc.empty()) {
        s.Iri(v::kLeftDocument, DocumentIri(me.left_doc));
      }
      if (!me.right_doc.empty()) {
        s.Iri(v::kRightDocument, DocumentIri(me.right_doc));
      }
    }
  }
  relations_.Write(sink_, base_);
  stances_.Write(sink_, base_);
}

}  // namespace claimgraph::emit
