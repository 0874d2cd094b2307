#include "emit/claim_relations.h"

#include <algorithm>
#include <cstdio>
#include <tuple>

#include "base/is_in.h"
#include "emit/rdf_vocab.h"

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

// Heads that count people under arms.
bool PersonnelHead(std::string_view w) {
  return IsIn(w, {"troops", "soldiers", "servicemen", "personnel", "forces", "fighters",
                  "combatants", "men", "units", "casualties", "deaths", "dead", "prisoners"});
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

}  // namespace

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
  if (casualties || (killed && wounded)) {
    k.measure = "killed-or-wounded";
  } else if (killed) {
    k.measure = "killed";
  } else if (wounded) {
    k.measure = "wounded";
  } else if (captured) {
    k.measure = "captured";
  } else {
    // A bare head count ("12,000 troops") may be a part of a larger whole
    // ("2 of the soldiers"): too easily a false conflict, so not compared.
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
  }
  return k;
}

void ClaimRelations::Add(const std::string& claim_iri, const std::string& quantity_iri,
                         const std::string& source, const std::string& date,
                         const model::Quantity& q) {
  AddKeyed(KeyOfFigure(q.counts, q.unit), claim_iri, quantity_iri, source, date, q.value,
           q.qualifier);
}

void ClaimRelations::AddKeyed(FigureKey k, const std::string& claim_iri,
                              const std::string& quantity_iri, const std::string& source,
                              const std::string& date, double value,
                              model::QuantityQualifier qualifier) {
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
  f.qualifier = qualifier;
  figures_.push_back(std::move(f));
}

size_t ClaimRelations::Write(TripleSink& sink, const std::string& base) {
  std::sort(figures_.begin(), figures_.end(), [](const Figure& a, const Figure& b) {
    return std::tie(a.key, a.date, a.claim, a.value) < std::tie(b.key, b.date, b.claim, b.value);
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
      if (a.claim == b.claim || a.value == b.value) {
        continue;
      }
      const bool same_source = !a.source.empty() && a.source == b.source;
      if (same_source && a.date == b.date) {
        continue;  // two figures of one statement
      }
      pairs.push_back({&a, &b, same_source});
    }
  }
  std::sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) {
    return std::tie(x.a->claim, x.b->claim, x.a->value, x.b->value) <
           std::tie(y.a->claim, y.b->claim, y.a->value, y.b->value);
  });
  pairs.erase(std::unique(pairs.begin(), pairs.end(),
                          [](const Pair& x, const Pair& y) {
                            return x.a->claim == y.a->claim && x.b->claim == y.b->claim;
                          }),
              pairs.end());
  auto iri = [](std::string_view s) { return Term::Iri(s); };
  auto lit = [](std::string_view s) { return Term::Literal(s, {}); };
  char num[64];
  auto fmt = [&](double d) {
    std::snprintf(num, sizeof num, "%.15g", d);
    return std::string(num);
  };
  for (const Pair& p : pairs) {
    // Stable node IRI from the two claim IRIs (FNV-1a, 64 bits).
    uint64_t h = 1469598103934665603ULL;
    for (const std::string* s : {&p.a->claim, &p.b->claim}) {
      for (unsigned char c : *s) {
        h = (h ^ c) * 1099511628211ULL;
      }
      h = (h ^ '|') * 1099511628211ULL;
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    const std::string node = base + "relation/" + hex;
    const std::string reason =
        p.b->measure + " of " + p.b->subject + ": " + fmt(p.a->value) + " (" +
        (p.a->date.empty() ? "undated" : p.a->date) + ") vs " + fmt(p.b->value) + " (" +
        (p.b->date.empty() ? "undated" : p.b->date) + ")" +
        (p.update ? ", same source restating its figure" : ", different sources");
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
