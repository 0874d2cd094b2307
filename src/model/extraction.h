// What the extractors find in one document: entity mentions, time
// expressions, quantities and attributed claims. All spans are byte spans
// into Document::text; cross references are indices into the vectors of the
// same Extraction.
// Adding a field? Encode it in pipeline/spool.cc too (spool_test round-trips
// every field), or it is lost between extraction and writing.
#ifndef CLAIMGRAPH_MODEL_EXTRACTION_H_
#define CLAIMGRAPH_MODEL_EXTRACTION_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/document.h"

namespace claimgraph::model {

enum class EntityType : uint8_t {
  kPerson,
  kOrganization,            // generic organisation, company, party, think tank
  kGovernmentOrganization,  // ministries, agencies, militaries' commands, "the JCS"
  kNewsMedia,               // newspapers, agencies, broadcasters, "The War Zone"
  kPlace,                   // regions, cities, "the Korean Peninsula", "Kursk region"
  kCountry,                 // sovereign states (also when used for their government)
  kMilitaryUnit,            // "North Korean troops", "missile and artillery units"
  kProduct,                 // products ("iPhone")
  kWeapon,                  // weapons and systems ("KN-23 short-range ballistic missiles")
};
inline constexpr int kEntityTypeCount = 9;
const char* EntityTypeName(EntityType t);  // "Person", "Organization", ... (ontology local names)

enum class MentionKind : uint8_t {
  kName,     // "Kyrylo Budanov", "JCS"
  kNominal,  // "the official", "the agency", "the North"
  kPronoun,  // "he", "it", "they"
};

struct Mention {
  Span span;
  EntityType type = EntityType::kOrganization;
  MentionKind kind = MentionKind::kName;
  // The knowledge-base entry the mention matched, by its number
  // (kb/entry_numbers.h: kb::EntryIri gives the IRI), else 0. A number, not
  // the IRI: nothing is copied or hashed per mention, and the IRI is looked
  // up where it is written.
  uint32_t kb_entry = 0;
  // The name without titles, determiners and possessive: "Kyrylo Budanov" for
  // "Lt. Gen. Kyrylo Budanov"; for a KB hit, the KB's canonical label.
  std::string label;
  // Titles and roles seen with the mention ("Lt. Gen.", "head of ...").
  std::string title;
  // For nominals and pronouns, and for a company's short name ("Norvane"
  // after "Norvane Optics Corp"): index of the mention it refers to (-1
  // unknown).
  int32_t antecedent = -1;
  // "an official from the JCS": index of the organisation the person acts for.
  int32_t acting_for = -1;
};

enum class TimexType : uint8_t { kDate, kTime, kDuration, kSet };

struct TimeExpr {
  Span span;
  TimexType type = TimexType::kDate;
  std::string value;  // TIMEX3 value: "2025-01-24", "2024-12", "2025", "P4M", "PRESENT_REF"
  std::string mod;    // TIMEX3 mod: "START", "MID", "END", "APPROX", "" ...
};

enum class QuantityQualifier : uint8_t {
  kExact,        // "12,000"
  kApproximate,  // "about 4,000"
  kLowerBound,   // "at least 1,100", "over 1,100"
  kUpperBound,   // "up to 12,000"
  kRange,        // "20,000-25,000", "between 20,000 and 25,000"
};

struct Quantity {
  Span span;                  // the whole expression, qualifier included: "up to 12,000"
  double value = 0;           // the number as written (a range's first number)
  std::optional<double> low;  // bounds the text states
  std::optional<double> high;
  QuantityQualifier qualifier = QuantityQualifier::kExact;
  std::string unit;    // "troops", "mm", "km", "percent", "USD"
  std::string counts;  // what it counts: head noun phrase and event ("North Korean troops killed or
                       // wounded")
  int32_t claim = -1;  // index of the claim whose content holds it
};

enum class CueCategory : uint8_t { kStatement, kEstimate, kWarning, kDenial, kBelief, kReport };
const char* CueCategoryName(CueCategory c);  // "statement", "estimate", ...

struct Claim {
  std::optional<Span> source;  // the source as written ("he", "South Korea's JCS"); none for hedges
  int32_t source_mention = -1;  // index of the mention at `source` (resolved through antecedent)
  std::optional<Span> cue;      // "said", "according to", "cited ... as saying" (first part)
  std::string cue_lemma;        // "say", "according to", "estimate"
  CueCategory category = CueCategory::kStatement;
  std::vector<Span> content;   // the reported material (several spans when discontinuous)
  bool direct_quote = false;   // the content is in quotation marks
  bool negated = false;        // denial / refusal: "declined to confirm or deny"
  bool unattributed = false;   // hedge with no source: "it is estimated that ..."
  int32_t stated_on = -1;      // index of the time expression governing the cue
  int32_t reported_by = -1;    // nested: index of the claim that reports this one
  std::optional<Span> via;     // the channel that relays the claim, as written: "The Gazette"
                               // in "The Gazette cited X as saying C" (X is the source)
  int32_t via_mention = -1;    // index of the mention at `via` (resolved through antecedent)
  std::vector<int32_t> about;  // mentions inside the content
  std::vector<int32_t> mentioned_times;  // time expressions inside the content
  std::vector<int32_t> quantities;       // quantities inside the content
};

struct Extraction {
  std::vector<Mention> mentions;  // sorted by span
  std::vector<TimeExpr> times;    // sorted by span
  std::vector<Quantity> quantities;
  std::vector<Claim> claims;  // sorted by first content span
};

}  // namespace claimgraph::model

#endif  // CLAIMGRAPH_MODEL_EXTRACTION_H_
