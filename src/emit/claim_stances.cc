#include "emit/claim_stances.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <optional>
#include <tuple>

#include "base/ascii.h"
#include "base/calendar.h"
#include "base/is_in.h"
#include "base/string_table.h"
#include "emit/claim_relations.h"
#include "emit/rdf_vocab.h"

namespace claimgraph::emit {

namespace v = vocab;
using base::IsIn;

namespace {

// Days since 1970-01-01 of "YYYY-MM-DD"; false unless `date` is a full date.
bool DayOf(std::string_view date, int32_t& day) {
  const std::optional<calendar::Ymd> ymd = calendar::ParseIsoExact(date);
  if (!ymd || ymd->d == 0) {
    return false;
  }
  day = static_cast<int32_t>(calendar::DaysFromCivil(ymd->y, ymd->m, ymd->d));
  return true;
}

// Function words of four or more letters, which say nothing of the matter.
bool FunctionWord(std::string_view w) {
  // A table, not an IsIn list: asked for every content word of every claim.
  static const base::StringSetTable kWords = [] {
    base::StringSetTable t;
    for (std::string_view f :
         {"about", "after",   "also",   "been",     "before", "being", "could",  "does",       "from",
          "have",  "having",  "into",   "just",     "more",   "most",  "much",   "only",       "other",
          "over",  "said",    "says",   "should",   "some",   "such",  "than",   "that",       "their",
          "them",  "then",    "there",  "these",    "they",   "this",  "those",  "under",      "very",
          "were",  "what",    "when",   "where",    "which",  "while", "will",   "with",       "would",
          "your",  "reports", "report", "reported", "claims", "claim", "saying", "allegations"}) {
      t.insert(f);
    }
    return t;
  }();
  return kWords.contains(w);
}

// Lowercased ASCII copy of text[b, e), clamped to the text.
std::string Lower(std::string_view text, size_t b, size_t e) {
  std::string s(text.substr(std::min(b, text.size()), e > b ? e - b : 0));
  for (char& ch : s) {
    ch = base::AsciiLower(ch);
  }
  return s;
}

// A denial of a proposition, not of a request or an offer: "X denied that
// C"; "X rejected reports that C", "dismissed claims that C". Not "did not
// deny", nor "denied the motion", "rejected the offer".
bool DeniesAProposition(const model::Claim& c, std::string_view text) {
  if (!c.cue || c.content.empty() || c.cue->end > c.content[0].begin) {
    return false;
  }
  const std::string before = Lower(text, c.cue->begin >= 8 ? c.cue->begin - 8 : 0, c.cue->begin);
  if (before.ends_with("not ") || before.ends_with("n't ") || before.ends_with("never ")) {
    return false;
  }
  const std::string gap = Lower(text, c.cue->end, c.content[0].begin + 5);
  const bool clause = gap.find("that ") != std::string::npos;
  if (IsIn(c.cue_lemma, {"deny", "denial"})) {
    return clause;
  }
  if (!IsIn(c.cue_lemma, {"reject", "dismiss", "dispute", "refute"})) {
    return false;
  }
  for (std::string_view noun : {"report", "claim", "allegation", "accusation", "suggestion"}) {
    if (gap.find(noun) != std::string::npos) {
      return clause;
    }
  }
  return false;
}

}  // namespace

Polarity PolarityOf(const model::Claim& c, std::string_view text) {
  if (c.category == model::CueCategory::kDenial) {
    return DeniesAProposition(c, text) ? Polarity::kDenies : Polarity::kNone;
  }
  using C = model::CueCategory;
  if (c.negated || c.unattributed ||
      (c.category != C::kStatement && c.category != C::kReport && c.category != C::kEstimate)) {
    return Polarity::kNone;
  }
  // A content that negates ("X said Lindby had not moved troops") asserts
  // no proposition a denial could contradict.
  for (const model::Span& sp : c.content) {
    const std::string s = " " + Lower(text, sp.begin, sp.end) + " ";
    for (std::string_view neg : {" not ", "n't ", "n\xE2\x80\x99t ", " never ", " no "}) {
      if (s.find(neg) != std::string::npos) {
        return Polarity::kNone;
      }
    }
  }
  return Polarity::kAsserts;
}

std::vector<std::string> ContentWords(std::string_view text,
                                      const std::vector<model::Span>& spans) {
  std::vector<std::string> words;
  std::string w;
  bool name = false;  // a capitalised word: a name, compared through the entities
  auto flush = [&] {
    if (w.size() >= 4 && !name && !FunctionWord(w)) {
      words.push_back(w);
    }
    w.clear();
    name = false;
  };
  for (const model::Span& sp : spans) {
    if (sp.end > text.size() || sp.empty()) {
      continue;
    }
    for (char c : text.substr(sp.begin, sp.size())) {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        name = name || (w.empty() && c >= 'A' && c <= 'Z');
        w += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      } else {
        flush();
      }
    }
    flush();
  }
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

void ClaimStances::Add(Stance s) {
  Filed f;
  if (s.polarity == Polarity::kNone || s.source.empty() || s.about.empty() ||
      !DayOf(s.date, f.day)) {
    return;
  }
  f.s = std::move(s);
  f.seq = filed_++;
  // The kWindow claims filed before this one, of either polarity.
  const uint64_t oldest = f.seq > kWindow ? f.seq - kWindow : 0;
  for (std::deque<Filed>* q : {&asserts_, &denials_}) {
    while (!q->empty() && q->front().seq < oldest) {
      q->pop_front();
    }
  }
  if (f.s.polarity == Polarity::kDenies) {
    for (const Filed& earlier : asserts_) {
      Compare(f, earlier);
    }
    denials_.push_back(std::move(f));
  } else {
    for (const Filed& earlier : denials_) {
      Compare(earlier, f);
    }
    asserts_.push_back(std::move(f));
  }
}

void ClaimStances::Compare(const Filed& denial, const Filed& claim) {
  const Stance& d = denial.s;
  const Stance& c = claim.s;
  if (d.source == c.source || std::abs(denial.day - claim.day) > kMaxDays) {
    return;
  }
  // Every entity the denial is about is one the claim is about too.
  if (!std::includes(c.about.begin(), c.about.end(), d.about.begin(), d.about.end())) {
    return;
  }
  Pair p;
  p.shared = d.about;
  std::vector<std::string_view> common;
  std::set_intersection(d.words.begin(), d.words.end(), c.words.begin(), c.words.end(),
                        std::back_inserter(common));
  p.shared_words = common.size();
  p.fewer_words = std::min(d.words.size(), c.words.size());
  if (p.shared_words < kMinSharedWords ||
      static_cast<double>(p.shared_words) < kMinOverlap * static_cast<double>(p.fewer_words)) {
    return;
  }
  p.denial = d.claim;
  p.claim = c.claim;
  p.denial_date = d.date;
  p.claim_date = c.date;
  pairs_.push_back(std::move(p));
}

size_t ClaimStances::Write(TripleSink& sink, const std::string& base) {
  std::sort(pairs_.begin(), pairs_.end(), [](const Pair& x, const Pair& y) {
    return std::tie(x.denial, x.claim) < std::tie(y.denial, y.claim);
  });
  pairs_.erase(std::unique(pairs_.begin(), pairs_.end(),
                           [](const Pair& x, const Pair& y) {
                             return x.denial == y.denial && x.claim == y.claim;
                           }),
               pairs_.end());
  auto iri = [](std::string_view s) { return Term::Iri(s); };
  char num[32];
  for (const Pair& p : pairs_) {
    const std::string node = RelationIri(base, p.denial, p.claim, "denial");
    const double score = static_cast<double>(p.shared_words) /
                         static_cast<double>(std::max<size_t>(1, p.fewer_words));
    std::snprintf(num, sizeof num, "%.2f", score);
    std::string entities;
    for (const std::string& e : p.shared) {
      entities += (entities.empty() ? "" : ", ") + e.substr(e.rfind('/') + 1);
    }
    const std::string reason = "a denial (" + p.denial_date + ") against another source's claim (" +
                               p.claim_date + "): both about " + entities + "; " +
                               std::to_string(p.shared_words) + " of " +
                               std::to_string(p.fewer_words) + " content words shared";
    sink.Triple(iri(p.denial), iri(v::kDenies), iri(p.claim));
    sink.Triple(iri(node), iri(v::kType), iri(v::kClaimRelation));
    sink.Triple(iri(node), iri(v::kRelationKind), Term::Literal("denial", {}));
    sink.Triple(iri(node), iri(v::kFromClaim), iri(p.denial));
    sink.Triple(iri(node), iri(v::kToClaim), iri(p.claim));
    for (const std::string& e : p.shared) {
      sink.Triple(iri(node), iri(v::kSharedEntity), iri(e));
    }
    sink.Triple(iri(node), iri(v::kOverlapScore), Term::Literal(num, v::kXsdDecimal));
    sink.Triple(iri(node), iri(v::kReason), Term::Literal(reason, {}));
  }
  return pairs_.size();
}

}  // namespace claimgraph::emit
