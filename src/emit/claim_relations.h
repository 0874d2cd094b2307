// Internal to emit/: links between claims that disagree or update each other,
// across documents. A figure stated in a claim is filed under its measure and
// subject, both read from what the quantity counts ("North Korean soldiers
// killed or wounded" -> subject "north korean personnel", measure
// "killed-or-wounded"). Two figures under the same key with different values
// are linked: an update when one source restates its own figure at a later
// date, a conflict otherwise. False links are avoided by requiring both a
// subject (a nationality or named group) and a measure; figures without them
// are never compared, and a claim is never linked to itself. Two sources
// conflict only when the ranges their figures state are disjoint: "about
// 4,000" (3,600 to 4,400) and "at least 1,100" (1,100 or more) are compatible;
// and not when the figures may both have held at their dates (a toll that
// grew, a deployment that changed: MayBothHoldAtTheirDates).
// Measures: casualties ("killed", "wounded", "killed-or-wounded", "captured")
// and head counts sent somewhere ("deployed": "11,000 Lindbian troops
// deployed to Norvia", subject "lindbian personnel in norvia").
#ifndef CLAIMGRAPH_EMIT_CLAIM_RELATIONS_H_
#define CLAIMGRAPH_EMIT_CLAIM_RELATIONS_H_

#include <string>
#include <string_view>
#include <vector>

#include "emit/rdf_sink.h"
#include "model/extraction.h"

namespace claimgraph::emit {

struct FigureKey {
  std::string subject;  // "north korean personnel", "lindbian personnel in norvia"
  std::string measure;  // "killed", "wounded", "killed-or-wounded", "captured", "deployed"
  bool ok() const { return !subject.empty() && !measure.empty(); }
};

// A figure as stated: the number as written, its qualifier and, for a range,
// its upper end ("20,000-25,000": value 20000, high 25000).
struct FigureValue {
  double value = 0;
  double high = 0;  // kRange only
  model::QuantityQualifier qualifier = model::QuantityQualifier::kExact;
};
FigureValue FigureValueOf(const model::Quantity& q);

// The values a figure allows, [low, high]: "about" allows kApproximateShare
// either side ("about 4,000": 3,600 to 4,400), "at least 1,100" has no upper
// end, "up to 12,000" runs from 0; an exact figure is a single value.
inline constexpr double kApproximateShare = 0.1;
struct FigureRange {
  double low = 0;
  double high = 0;  // +infinity when unbounded
};
FigureRange RangeOf(const FigureValue& v);
// True when the two ranges share no value: only then do two figures conflict.
bool Disjoint(const FigureRange& a, const FigureRange& b);

// Days between two statements from which their figures may have changed.
inline constexpr int kChangeDays = 7;

// True when two sources' disjoint figures (of `measure`, stated on dates
// YYYY[-MM[-DD]]) may both have been true when stated, so that they do not
// conflict: one surely stated kChangeDays or more after the other, and
// either a deployment (which grows or shrinks) or a toll ("killed",
// "wounded", "captured": it only grows) whose later figure is higher.
// "About 3,000 killed" on 1 March and "about 4,000 killed" on 20 March may
// both hold; "about 4,000" on 1 March and "about 3,000" on 20 March cannot,
// nor can two figures stated days apart, or undated ones.
bool MayBothHoldAtTheirDates(std::string_view measure, std::string_view date_a,
                             const FigureValue& a, std::string_view date_b,
                             const FigureValue& b);

// Reads subject and measure from a quantity's `counts` and `unit`; empty
// fields when either is missing.
FigureKey KeyOfFigure(std::string_view counts, std::string_view unit);

// Appends one figures.tsv row (emit.h, FigureRow) when `key.ok()`.
void AppendFigureRow(std::string& out, std::string_view doc_id, const FigureKey& key,
                     std::string_view claim_iri, std::string_view quantity_iri,
                     int32_t source_local, std::string_view date, const FigureValue& value);

// BASE relation/HASH: a stable node IRI for the pair (a, b), FNV-1a over
// `salt` (empty for figure relations) and the two claim IRIs.
std::string RelationIri(const std::string& base, const std::string& a, const std::string& b,
                        std::string_view salt = {});

class ClaimRelations {
 public:
  // Files a figure of claim `claim_iri` by `source` (an entity IRI, or empty)
  // stated on `date` (YYYY[-MM[-DD]], statement date else publication date).
  void Add(const std::string& claim_iri, const std::string& quantity_iri, const std::string& source,
           const std::string& date, const model::Quantity& q);
  // Same, with the key already read (KeyOfFigure); ignored unless key.ok().
  void AddKeyed(FigureKey key, const std::string& claim_iri, const std::string& quantity_iri,
                const std::string& source, const std::string& date, const FigureValue& value);
  // Writes cg:conflictsWith (both directions, figures of different sources
  // whose ranges are disjoint) and cg:updates links (a source's later figure
  // with a new value), and one cg:ClaimRelation node per pair with its kind,
  // the two figures and the reason (with both ranges), under `base`.
  // Returns the number of pairs.
  size_t Write(TripleSink& sink, const std::string& base);

 private:
  struct Figure {
    std::string key;  // subject | measure
    std::string subject;
    std::string measure;
    std::string claim;
    std::string quantity;
    std::string source;
    std::string date;
    FigureValue value;
  };
  std::vector<Figure> figures_;
};

}  // namespace claimgraph::emit

#endif  // CLAIMGRAPH_EMIT_CLAIM_RELATIONS_H_
