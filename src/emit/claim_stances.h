// Internal to emit/: links a denial to another source's claim of the matter
// it denies ("Lindby's ministry denied that its troops crossed into Norvia"
// against "Norvia said Lindbian troops crossed into Norvia"). Only strong
// evidence links: different source entities, a statement date within
// kMaxDays of each other, every entity the denial is about also one the
// claim is about, and content words overlapping (at least kMinSharedWords,
// and at least kMinOverlap of the shorter content's words). No link is better than a
// wrong one: refusals ("declined to confirm") and claims that are only
// negated ("did not say") are no denials, and claims without a source entity,
// an entity they are about or a full date are never compared.
//
// Streaming: a claim is compared with the claims of opposite polarity among
// the kWindow claims filed before it (document order, then claim order), so
// memory stays bounded and the work linear in the corpus; a denial far from
// its claim in document order is missed, never wrongly linked.
#ifndef CLAIMGRAPH_EMIT_CLAIM_STANCES_H_
#define CLAIMGRAPH_EMIT_CLAIM_STANCES_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "emit/rdf_sink.h"
#include "model/document.h"
#include "model/extraction.h"

namespace claimgraph::emit {

enum class Polarity : uint8_t { kNone, kAsserts, kDenies };

// kDenies for the denial of a proposition in `text`, the claim's document:
// "denied that C", "denial that C", "rejected (dismissed, disputed, refuted)
// reports (claims, allegations) that C"; kAsserts for a statement, report or
// estimate that is not negated, not a hedge and whose content has no
// negation ("not", "n't", "never", "no"); kNone otherwise (refusals,
// "did not deny", "denied the motion", "rejected the offer", warnings,
// beliefs, negated statements).
Polarity PolarityOf(const model::Claim& c, std::string_view text);

// The content words of `spans` in `text`, lowercased, sorted, unique: words
// of four or more letters, not capitalised (names are compared through the
// entities) and not function words ("crossed", "border", "troops").
std::vector<std::string> ContentWords(std::string_view text, const std::vector<model::Span>& spans);

// A claim as the polarity links see it.
struct Stance {
  std::string claim;   // IRI
  std::string source;  // entity IRI
  std::string date;    // YYYY-MM-DD
  Polarity polarity = Polarity::kNone;
  std::vector<std::string> about;  // entity IRIs, sorted, unique
  std::vector<std::string> words;  // ContentWords
};

// Appends one figures.tsv stance row (emit.h, StanceRow).
void AppendStanceRow(std::string& out, std::string_view doc_id, std::string_view claim_iri,
                     int32_t source_local, std::string_view date, bool denial,
                     const std::vector<int32_t>& about_locals,
                     const std::vector<std::string>& words);

class ClaimStances {
 public:
  static constexpr size_t kWindow = 4096;
  static constexpr int kMaxDays = 7;
  static constexpr size_t kMinSharedWords = 4;
  static constexpr double kMinOverlap = 0.6;

  // Files `s` (ignored unless it has a polarity, a source, an entity it is
  // about and a full date) and pairs it with the earlier claims of the other
  // polarity in the window.
  void Add(Stance s);
  // Writes `denial cg:denies claim` and one cg:ClaimRelation node per pair
  // (kind "denial", the shared entities, the overlap score, the reason),
  // under `base`. Returns the number of pairs.
  size_t Write(TripleSink& sink, const std::string& base);

 private:
  struct Filed {
    Stance s;
    int32_t day = 0;  // days since 1970-01-01
    uint64_t seq = 0;  // order filed in
  };
  struct Pair {
    std::string denial, claim;
    std::string denial_date, claim_date;
    std::vector<std::string> shared;
    size_t shared_words = 0, fewer_words = 0;
  };
  void Compare(const Filed& denial, const Filed& claim);

  // The window, one queue per polarity: a claim is compared only with the
  // other polarity's (denials are few), each queue holding its claims among
  // the last kWindow filed.
  std::deque<Filed> asserts_, denials_;
  uint64_t filed_ = 0;
  std::vector<Pair> pairs_;
};

}  // namespace claimgraph::emit

#endif  // CLAIMGRAPH_EMIT_CLAIM_STANCES_H_
