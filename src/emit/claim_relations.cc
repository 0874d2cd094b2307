#include "emit/claim_relations.h"

#include <algorithm>
#include <cstdio>
#include <limits>
#include <tuple>

#include "base/calendar.h"
#include "base/is_in.h"
#include "emit/rdf_vocab.h"
#include "model/deployment.h"

namespace claimgraph::emit {

namespace v = vocab;

namespace {

std::vector<std::string> LowerWords(std::string_view s) {
  std::vector<std::string> words;
  std::string w;
  for (char c : s) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' ||
        (static_cast<unsigned char>(c) >= 0x80)) {
      w += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    } else if (!w.empty()) {
      words.push_back(w);
      w.clear();
    }
  }
  if (!w.empty()) {
    words.push_back(w);
  }
  return words;
}

using base::IsIn;

// Heads that count people who can be sent somewhere: "troops", "soldiers".
bool DeployableHead(std::string_view w) {
  return IsIn(w, {"troops", "soldiers", "servicemen", "personnel", "forces", "fighters", "men"});
}

// Heads that count people under arms: the deployable ones, and the units,
// casualties and prisoners they count as.
bool PersonnelHead(std::string_view w) {
  return DeployableHead(w) ||
         IsIn(w, {"combatants", "units", "casualties", "deaths", "dead", "prisoners"});
}

// Words of a group qualifier ("north korean", "russian"): capitalised in the
// text; here a small closed set of words that never qualify a group is
// excluded instead, so any nationality or named group passes.
bool QualifierWord(std::string_view w) {
  return !IsIn(w,
               {"the",    "a",      "an",      "of",        "up",         "to",      "about",
                "some",   "more",   "than",    "at",        "least",      "over",    "nearly",
                "almost", "around", "roughly", "estimated", "additional", "further", "new",
                "other",  "its",    "their",   "his",       "her",        "those",   "these",
                "such",   "many",   "all",     "killed",    "wounded",    "injured", "captured",
                "or",     "and",    "dead",    "deaths",    "casualties", "sent",    "deployed"});
}


// Words that make a head count an increment, not a total: "3,000 more
// troops", "additional soldiers".
bool IncrementWord(std::string_view w) {
  return IsIn(w, {"additional", "further", "more", "new", "extra", "another", "fresh"});
}

// The place of a deployment after the head at `head`: "[troops] deployed to
// north lindby" -> "north lindby" (quantity.cc writes only a named place
// there); empty when the words after the head are no deployment.
std::string DeployedTo(const std::vector<std::string>& w, size_t head) {
  std::string place;
  if (head + 3 > w.size() || !DeployableHead(w[head]) ||
      !model::IsDeploymentVerb(w[head + 1]) || !model::IsDeploymentPreposition(w[head + 2])) {
    return place;
  }
  for (size_t i = 0; i < head; ++i) {
    if (IncrementWord(w[i])) {
      return place;
    }
  }
  // Up to a possessive: "Lindby's north" -> "lindby".
  for (size_t i = head + 3; i < w.size() && w[i] != "s"; ++i) {
    std::string_view word = w[i];
    const bool possessive = word.ends_with("\xE2\x80\x99s");
    if (possessive) {
      word.remove_suffix(4);
    }
    if (!place.empty()) {
      place += ' ';
    }
    place += word;
    if (possessive) {
      break;
    }
  }
  return place;
}

std::string Number(double d) {
  char num[64];
  std::snprintf(num, sizeof num, "%.15g", d);
  return num;
}

// "about 4000 [3600 to 4400]", "at least 1100", "up to 12000", "20000 to 25000".
std::string RangeText(const FigureValue& v) {
  const FigureRange r = RangeOf(v);
  switch (v.qualifier) {
    case model::QuantityQualifier::kApproximate:
      return "about " + Number(v.value) + " [" + Number(r.low) + " to " + Number(r.high) + "]";
    case model::QuantityQualifier::kLowerBound:
      return "at least " + Number(r.low);
    case model::QuantityQualifier::kUpperBound:
      return "up to " + Number(r.high);
    case model::QuantityQualifier::kRange:
      return Number(r.low) + " to " + Number(r.high);
    case model::QuantityQualifier::kExact:
      break;
  }
  return Number(v.value);
}

// The days a date value covers ("2025-01-24" one day, "2025-01" its month,
// "2025" its year); false when the value is empty or unreadable.
bool DaysOf(std::string_view date, int64_t* first, int64_t* last) {
  const std::optional<calendar::Ymd> d = calendar::ParseIsoExact(date);
  if (!d) {
    return false;
  }
  const int last_month = d->m != 0 ? d->m : 12;
  *first = calendar::DaysFromCivil(d->y, d->m != 0 ? d->m : 1, d->d != 0 ? d->d : 1);
  *last = calendar::DaysFromCivil(d->y, last_month,
                                  d->d != 0 ? d->d : calendar::DaysInMonth(d->y, last_month));
  return true;
}

}  // namespace

bool MayBothHoldAtTheirDates(std::string_view measure, std::string_view date_a,
                             const FigureValue& a, std::string_view date_b,
                             const FigureValue& b) {
  int64_t a_first = 0, a_last = 0, b_first = 0, b_last = 0;
  if (!DaysOf(date_a, &a_first, &a_last) || !DaysOf(date_b, &b_first, &b_last)) {
    return false;  // undated: no time between them is known
  }
  const FigureValue* early = nullptr;
  const FigureValue* late = nullptr;
  if (a_last + kChangeDays <= b_first) {
    early = &a;
    late = &b;
  } else if (b_last + kChangeDays <= a_first) {
    early = &b;
    late = &a;
  } else {
    return false;  // stated within days of each other (or not surely apart)
  }
  if (measure == "deployed") {
    return true;  // a deployment grows or shrinks from week to week
  }
  // A toll only grows: a later, higher figure may be the same count later.
  return RangeOf(*late).low > RangeOf(*early).high;
}

std::string RelationIri(const std::string& base, const std::string& a, const std::string& b,
                        std::string_view salt) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : salt) {
    h = (h ^ c) * 1099511628211ULL;
  }
  for (const std::string* s : {&a, &b}) {
    for (unsigned char c : *s) {
      h = (h ^ c) * 1099511628211ULL;
    }
    h = (h ^ '|') * 1099511628211ULL;
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
  return base + "relation/" + hex;
}

FigureValue FigureValueOf(const model::Quantity& q) {
  FigureValue v;
  v.value = q.value;
  v.qualifier = q.qualifier;
  if (q.qualifier == model::QuantityQualifier::kRange && q.high) {
    v.high = *q.high;
  }
  return v;
}

FigureRange RangeOf(const FigureValue& v) {
  constexpr double kUnbounded = std::numeric_limits<double>::infinity();
  switch (v.qualifier) {
    case model::QuantityQualifier::kApproximate:
      return {v.value - v.value * kApproximateShare, v.value + v.value * kApproximateShare};
    case model::QuantityQualifier::kLowerBound:
      return {v.value, kUnbounded};
    case model::QuantityQualifier::kUpperBound:
      return {0, v.value};
    case model::QuantityQualifier::kRange:
      return {v.value, std::max(v.value, v.high)};
    case model::QuantityQualifier::kExact:
      break;
  }
  return {v.value, v.value};
}

bool Disjoint(const FigureRange& a, const FigureRange& b) {
  return a.high < b.low || b.high < a.low;
}

FigureKey KeyOfFigure(std::string_view counts, std::string_view unit) {
  FigureKey k;
  std::vector<std::string> w = LowerWords(counts);
  if (w.empty()) {
    w = LowerWords(unit);
  }
  bool killed = false, wounded = false, captured = false, casualties = false;
  size_t head = w.size();
  for (size_t i = 0; i < w.size(); ++i) {
    const std::string& x = w[i];
    if (IsIn(x, {"killed", "dead", "deaths", "died", "fatalities"})) {
      killed = true;
    }
    if (IsIn(x, {"wounded", "injured", "injuries"})) {
      wounded = true;
    }
    if (IsIn(x, {"captured", "prisoners", "surrendered"})) {
      captured = true;
    }
    if (x == "casualties") {
      casualties = true;
    }
    if (head == w.size() && PersonnelHead(x)) {
      head = i;
    }
  }
  if (head == w.size()) {
    return k;  // no personnel head: not a comparable figure
  }
  std::string place;  // of a deployment
  if (casualties || (killed && wounded)) {
    k.measure = "killed-or-wounded";
  } else if (killed) {
    k.measure = "killed";
  } else if (wounded) {
    k.measure = "wounded";
  } else if (captured) {
    k.measure = "captured";
  } else if (place = DeployedTo(w, head); !place.empty()) {
    k.measure = "deployed";
  } else {
    // A bare head count ("12,000 troops") may be a part of a larger whole
    // ("2 of the soldiers"), or sent to many places: too easily a false
    // conflict, so not compared.
    return k;
  }
  // The qualifier: the words before the head ("north korean").
  std::string q;
  for (size_t i = 0; i < head; ++i) {
    if (!QualifierWord(w[i])) {
      q.clear();
      continue;
    }
    if (!q.empty()) {
      q += ' ';
    }
    q += w[i];
  }
  if (!q.empty()) {
    k.subject = q + " personnel";
    if (!place.empty()) {
      k.subject += " in " + place;
    }
  }
  return k;
}

void ClaimRelations::Add(const std::string& claim_iri, const std::string& quantity_iri,
                         const std::string& source, const std::string& date,
                         const model::Quantity& q) {
  AddKeyed(KeyOfFigure(q.counts, q.unit), claim_iri, quantity_iri, source, date, FigureValueOf(q));
}

void ClaimRelations::AddKeyed(FigureKey k, const std::string& claim_iri,
                              const std::string& quantity_iri, const std::string& source,
                              const std::string& date, const FigureValue& value) {
  if (!k.ok() || claim_iri.empty()) {
    return;
  }
  Figure f;
  f.key = k.subject + "|" + k.measure;
  f.subject = std::move(k.subject);
  f.measure = std::move(k.measure);
  f.claim = claim_iri;
  f.quantity = quantity_iri;
  f.source = source;
  f.date = date;
  f.value = value;
  figures_.push_back(std::move(f));
}

size_t ClaimRelations::Write(TripleSink& sink, const std::string& base) {
  std::sort(figures_.begin(), figures_.end(), [](const Figure& a, const Figure& b) {
    return std::tie(a.key, a.date, a.claim, a.value.value) <
           std::tie(b.key, b.date, b.claim, b.value.value);
  });
  struct Pair {
    const Figure* a;
    const Figure* b;
    bool update;
  };
  std::vector<Pair> pairs;
  constexpr size_t kWindow = 64;  // a figure is compared with its 64 neighbours in date order
  for (size_t i = 0; i < figures_.size(); ++i) {
    for (size_t j = i + 1; j < figures_.size() && j <= i + kWindow; ++j) {
      const Figure& a = figures_[i];
      const Figure& b = figures_[j];
      if (a.key != b.key) {
        break;
      }
      if (a.claim == b.claim || a.value.value == b.value.value) {
        continue;
      }
      const bool same_source = !a.source.empty() && a.source == b.source;
      if (same_source && a.date == b.date) {
        continue;  // two figures of one statement
      }
      if (!same_source && !Disjoint(RangeOf(a.value), RangeOf(b.value))) {
        continue;  // "up to 12,000" and "about 11,000" may both be true
      }
      if (!same_source && MayBothHoldAtTheirDates(a.measure, a.date, a.value, b.date, b.value)) {
        continue;  // "about 3,000 killed" in March, "about 4,000" in April
      }
      pairs.push_back({&a, &b, same_source});
    }
  }
  std::sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) {
    return std::tie(x.a->claim, x.b->claim, x.a->value.value, x.b->value.value) <
           std::tie(y.a->claim, y.b->claim, y.a->value.value, y.b->value.value);
  });
  pairs.erase(std::unique(pairs.begin(), pairs.end(),
                          [](const Pair& x, const Pair& y) {
                            return x.a->claim == y.a->claim && x.b->claim == y.b->claim;
                          }),
              pairs.end());
  auto iri = [](std::string_view s) { return Term::Iri(s); };
  auto lit = [](std::string_view s) { return Term::Literal(s, {}); };
  for (const Pair& p : pairs) {
    const std::string node = RelationIri(base, p.a->claim, p.b->claim);
    const std::string reason =
        p.b->measure + " of " + p.b->subject + ": " + RangeText(p.a->value) + " (" +
        (p.a->date.empty() ? "undated" : p.a->date) + ") vs " + RangeText(p.b->value) + " (" +
        (p.b->date.empty() ? "undated" : p.b->date) + ")" +
        (p.update ? ", same source restating its figure"
                  : ", different sources, the ranges they state do not overlap");
    if (p.update) {
      sink.Triple(iri(p.b->claim), iri(v::kUpdates), iri(p.a->claim));
    } else {
      sink.Triple(iri(p.a->claim), iri(v::kConflictsWith), iri(p.b->claim));
      sink.Triple(iri(p.b->claim), iri(v::kConflictsWith), iri(p.a->claim));
    }
    sink.Triple(iri(node), iri(v::kType), iri(v::kClaimRelation));
    sink.Triple(iri(node), iri(v::kRelationKind), lit(p.update ? "update" : "conflict"));
    sink.Triple(iri(node), iri(v::kFromClaim), iri(p.a->claim));
    sink.Triple(iri(node), iri(v::kToClaim), iri(p.b->claim));
    if (!p.a->quantity.empty()) {
      sink.Triple(iri(node), iri(v::kFromFigure), iri(p.a->quantity));
    }
    if (!p.b->quantity.empty()) {
      sink.Triple(iri(node), iri(v::kToFigure), iri(p.b->quantity));
    }
    sink.Triple(iri(node), iri(v::kMeasure), lit(p.b->measure));
    sink.Triple(iri(node), iri(v::kSubjectKey), lit(p.b->subject));
    sink.Triple(iri(node), iri(v::kReason), lit(reason));
  }
  return pairs.size();
}

}  // namespace claimgraph::emit
