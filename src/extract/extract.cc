#include "extract/extract.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <ranges>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/is_in.h"
#include "extract/attribution.h"
#include "extract/entities.h"
#include "extract/quantity.h"
#include "extract/scan_limit.h"
#include "extract/timex.h"
#include "extract/words.h"

namespace claimgraph::extract {

struct Extractor::Impl {
  std::shared_ptr<const kb::KnowledgeBase> kb;
  EntityTagger entities;
  TimeTagger times;
  QuantityTagger quantities;
  AttributionExtractor attribution;
  // Every word of the taggers' lexicons with all their bits: a document's
  // words are looked up once, in Words.
  WordTable words;

  explicit Impl(std::shared_ptr<const kb::KnowledgeBase> k)
      : kb(std::move(k)), entities(*kb), times(*kb), quantities(*kb), attribution(*kb) {
    entities.AddWords(words);
    times.AddWords(words);
    quantities.AddWords(words);
    attribution.AddWords(words);
  }
};

Extractor::Extractor(std::shared_ptr<const kb::KnowledgeBase> kb)
    : impl_(std::make_unique<Impl>(std::move(kb))) {}
Extractor::~Extractor() = default;

namespace {

// Drops the sentences that overlap site boilerplate (captions, credits,
// licence notices), so no extractor sees them.
model::TextLayer WithoutBoilerplate(const model::Document& doc, const model::TextLayer& layer) {
  model::TextLayer out;
  out.paragraphs = layer.paragraphs;
  out.tokens = layer.tokens;
  for (const auto& s : layer.sentences) {
    bool inside = std::any_of(doc.boilerplate.begin(), doc.boilerplate.end(),
                              [&](const model::Span& b) { return b.Overlaps(s.span); });
    if (!inside) {
      out.sentences.push_back(s);
    }
  }
  return out;
}

bool InContent(const model::Claim& c, const model::Span& s) {
  return std::any_of(c.content.begin(), c.content.end(),
                     [&](const model::Span& p) { return p.Contains(s); });
}

uint32_t ContentSize(const model::Claim& c) {
  uint32_t n = 0;
  for (const auto& p : c.content) {
    n += p.size();
  }
  return n;
}

// The sentence holding byte offset `at`, or -1.
int32_t SentenceAt(const model::TextLayer& layer, uint32_t at) {
  const auto& ss = layer.sentences;
  auto it = std::upper_bound(ss.begin(), ss.end(), at,
                             [](uint32_t a, const model::Sentence& s) { return a < s.span.begin; });
  if (it == ss.begin()) {
    return -1;
  }
  --it;
  return at < it->span.end ? static_cast<int32_t>(it - ss.begin()) : -1;
}

// Only closing punctuation, quote marks and spaces in [from, to).
bool OnlyClosing(std::string_view text, uint32_t from, uint32_t to) {
  for (uint32_t i = from; i < to && i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      continue;  // curly quotes and other marks
    }
    if (!(std::ispunct(c) || std::isspace(c))) {
      return false;
    }
  }
  return true;
}

// The content opens with a connective that ties it to the sentence before:
// "However, the numbers fell to a few hundred, according to X." (`lower` is
// the text lower-cased, Words::lower_text).
bool OpensWithConnective(std::string_view text, std::string_view lower, const model::Claim& c) {
  if (c.content.empty()) {
    return false;
  }
  uint32_t b = c.content.front().begin;
  // Most contents fail on their first letter, before the word is read.
  switch (b < lower.size() ? lower[b] : '\0') {
    case 'h':
    case 'b':
    case 'y':
    case 's':
    case 'm':
    case 'n':
      break;
    default:
      return false;
  }
  size_t e = b;
  // A to Z and a to z, as std::isalpha in the C locale (the program never
  // sets another), with no call a letter.
  auto letter = [](char ch) { return static_cast<unsigned char>((ch | 0x20) - 'a') < 26; };
  while (e < text.size() && letter(text[e])) {
    ++e;
  }
  return base::IsIn(lower.substr(b, e - b),
                    {"however", "but", "yet", "still", "meanwhile", "nevertheless", "nonetheless"});
}

// Sets claimed[s] for each sentence s some part of a claim (cue, source or
// content) marks: a part marks the sentences from the one holding its first
// byte to the one holding its last (none when either byte lies outside every
// sentence). One pass over the parts, counting where each run of marked
// sentences starts and ends ("+1 at 3, -1 at 5" marks 3 and 4).
void ClaimedSentences(const model::TextLayer& layer, const model::Extraction& x,
                      std::vector<int32_t>& claimed) {
  claimed.assign(layer.sentences.size() + 1, 0);
  auto mark = [&](const model::Span& sp) {
    if (sp.empty()) {
      return;
    }
    int32_t a = SentenceAt(layer, sp.begin);
    int32_t b = SentenceAt(layer, sp.end - 1);
    if (a >= 0 && b >= a) {
      ++claimed[a];
      --claimed[b + 1];
    }
  };
  for (const auto& c : x.claims) {
    if (c.cue) {
      mark(*c.cue);
    }
    if (c.source) {
      mark(*c.source);
    }
    for (const auto& p : c.content) {
      mark(p);
    }
  }
  for (size_t s = 1; s < claimed.size(); ++s) {
    claimed[s] += claimed[s - 1];
  }
}

// A figure outside every claim's content that still belongs to a claim's
// reported speech (precision first: no other claim touches its sentence, and
// the two sentences share a paragraph):
//   "X reported at least 300 killed. Around 2,700 were wounded." : a figure
//   opening the sentence after a claim that reports figures and runs to its
//   sentence end;
//   "Y sent up to 900 workers. However, the number fell, according to X." :
//   the sentence before a claim with a trailing cue that opens with a
//   connective.
// The claim whose reported speech the figure at q in sentence s continues, or
// -1 (the caller checks that no claim marks s: Claimed). Only a claim whose
// content lies in the sentence before or after s can: its sentence is looked
// up there, not searched for.
int32_t ContinuedClaim(const model::Document& doc, std::string_view lower,
                       const model::TextLayer& layer, const model::Extraction& x,
                       const std::vector<uint32_t>& by_content, int32_t s, const model::Span& q) {
  const auto& ss = layer.sentences;
  const int32_t n = static_cast<int32_t>(ss.size());
  auto in = [&](int32_t k, uint32_t at) {
    return k >= 0 && k < n && ss[k].span.begin <= at && at < ss[k].span.end;
  };
  // Only the claims whose content starts from sentence s-1 to s+1.
  const uint32_t lo = ss[std::max(s - 1, 0)].span.begin;
  const uint32_t hi = ss[std::min(s + 1, n - 1)].span.end;
  auto starts_before = [&](uint32_t ci, uint32_t at) {
    return x.claims[ci].content.front().begin < at;
  };
  const auto from = std::lower_bound(by_content.begin(), by_content.end(), lo, starts_before);
  const auto to = std::lower_bound(from, by_content.end(), hi, starts_before);
  int32_t found = -1;
  for (auto it = from; it != to; ++it) {
    const uint32_t ci = *it;
    const model::Claim& c = x.claims[ci];
    if (!c.cue) {
      continue;
    }
    const model::Span first = c.content.front();
    const model::Span last = c.content.back();
    // The content's first and last bytes lie in one sentence, next to s.
    int32_t cs = in(s - 1, first.begin) ? s - 1 : in(s + 1, first.begin) ? s + 1 : -1;
    if (cs < 0 || !in(cs, last.end - 1)) {
      continue;
    }
    bool forward = cs + 1 == s && c.cue->end <= first.begin && !c.quantities.empty() &&
                   OnlyClosing(doc.text, last.end, ss[cs].span.end) &&
                   OnlyClosing(doc.text, ss[s].span.begin, q.begin);
    bool backward = cs == s + 1 && c.cue->begin >= last.end && in(cs, c.cue->begin) &&
                    OpensWithConnective(doc.text, lower, c) &&
                    OnlyClosing(doc.text, ss[cs].span.begin, first.begin);
    if (!forward && !backward) {
      continue;
    }
    if (ss[cs].paragraph != ss[s].paragraph) {
      continue;
    }
    if (found >= 0) {
      return -1;  // two candidates: leave it untied
    }
    found = static_cast<int32_t>(ci);
  }
  return found;
}

// The conditions of ContinuedClaim's two cases that lie in claim c alone: a
// cue before a content that holds figures already (the forward case), or a
// cue after a content that opens with a connective (the backward case).
bool MayBeContinued(std::string_view text, std::string_view lower, const model::Claim& c) {
  if (!c.cue || c.content.empty()) {
    return false;
  }
  return (c.cue->end <= c.content.front().begin && !c.quantities.empty()) ||
         (c.cue->begin >= c.content.back().end && OpensWithConnective(text, lower, c));
}

// How many items at the front of `v` come sorted by start (the attribution
// pass appends the mentions it finds at the end).
template <typename T>
size_t SortedPrefix(const std::vector<T>& v) {
  return static_cast<size_t>(
      std::is_sorted_until(v.begin(), v.end(),
                           [](const T& a, const T& b) { return a.span.begin < b.span.begin; }) -
      v.begin());
}

// The content's parts come in text order with a gap between each two: an
// item lies in at most one part, and the parts' items follow index order.
bool PartsApart(const std::vector<model::Span>& parts) {
  for (size_t k = 1; k < parts.size(); ++k) {
    if (parts[k - 1].end >= parts[k].begin) {
      return false;
    }
  }
  return true;
}

// Per-thread scratch memory of TieToClaims, kept from one document to the next.
struct TieScratch {
  std::vector<int32_t> found;
  std::vector<size_t> loose;
  std::vector<model::Span> hulls;
  std::vector<std::pair<size_t, int32_t>> ties;
  // InnermostClaims: its result, the quantities and claims by start, the
  // claims around the sweep's place.
  std::vector<int32_t> innermost;
  std::vector<uint32_t> by_start, claims_by_start, active;
  // The mentions and times after their sorted prefix, by start (TailByStart).
  std::vector<uint32_t> mention_tail, time_tail;
  std::vector<int32_t> claimed;  // ClaimedSentences
};

TieScratch& Scratch() {
  thread_local TieScratch scratch;
  return scratch;
}

// Sorts the indices `order` by key(index), ties by index. Most come in
// order already (items are found in text order): checked first, in one pass.
// (std::sort allocates nothing, std::stable_sort does.)
template <typename Key>
void SortIndices(std::vector<uint32_t>& order, Key key) {
  auto before = [&](uint32_t a, uint32_t b) {
    const uint32_t ka = key(a), kb = key(b);
    return ka != kb ? ka < kb : a < b;
  };
  if (!std::is_sorted(order.begin(), order.end(), before)) {
    std::sort(order.begin(), order.end(), before);
  }
}

// The indices of the items of `v` after its first `sorted`, ordered by start
// (ties by index).
template <typename T>
void TailByStart(const std::vector<T>& v, size_t sorted, std::vector<uint32_t>& out) {
  out.clear();
  for (size_t i = sorted; i < v.size(); ++i) {
    out.push_back(static_cast<uint32_t>(i));
  }
  SortIndices(out, [&](uint32_t i) { return v[i].span.begin; });
}

// out = found, with no call for an empty `found` (most claims hold no
// time, many no mention).
inline void AssignFound(const std::vector<int32_t>& found, std::vector<int32_t>& out) {
  if (found.empty()) {
    out.clear();
  } else {
    out.assign(found.begin(), found.end());
  }
}

// The first of `n` items sorted by start that starts at or after a place,
// for places asked mostly in ascending order (the parts of a document's
// claims, in text order): up to kSteps items on from the last answer when
// the place does not go back, else (or past them) a binary search. Parts
// at 120 and then 180, with items at 100, 130 and 190: the item at 130,
// then one step on to 190.
template <typename T>
class StartCursor {
 public:
  StartCursor(const T* items, size_t n) : items_(items), end_(items + n), at_(items) {}
  const T* FirstFrom(uint32_t place) {
    const T* from = items_;
    if (place >= place_) {
      for (int step = 0; step < kSteps && at_ != end_; ++step, ++at_) {
        if (at_->span.begin >= place) {
          place_ = place;
          return at_;
        }
      }
      from = at_;
    }
    at_ = std::lower_bound(from, end_, place,
                           [](const T& a, uint32_t b) { return a.span.begin < b; });
    place_ = place;
    return at_;
  }

 private:
  static constexpr int kSteps = 8;
  const T* items_;
  const T* end_;
  const T* at_;  // the answer for place_ (every item before it starts before place_)
  uint32_t place_ = 0;
};

// Sets `out` to the indices, in order, of the items of `v` whose span lies in
// c's content (so within its `hull`). The first `sorted` items come sorted by
// start (`cursor` finds the first in a part), and `tail` holds the indices
// of the others by start (TailByStart): the items starting inside a part
// are looked up, so a claim costs the items it holds, not every item of
// the document. `found` is scratch memory, so `out` is allocated once.
template <typename T>
void TieSpans(const model::Claim& c, model::Span hull, const std::vector<T>& v,
              StartCursor<T>& cursor, size_t sorted, const std::vector<uint32_t>& tail,
              std::vector<int32_t>& found, std::vector<int32_t>& out) {
  if (v.empty()) {  // (a document without times)
    out.clear();
    return;
  }
  found.clear();
  // Through raw pointers and a count read once: the stores of push_back may
  // alias the vector, whose size (a division by the item's size) would be
  // worked out again for every item.
  const T* const items = v.data();
  const size_t n = v.size();
  if (!PartsApart(c.content)) {
    for (size_t i = 0; i < n; ++i) {
      if (hull.Contains(items[i].span) && InContent(c, items[i].span)) {
        found.push_back(static_cast<int32_t>(i));
      }
    }
    AssignFound(found, out);
    return;
  }
  // Of the sorted items, only those starting inside a part can lie in it;
  // an item lies in one part at most, so the parts' items follow index order.
  const T* const end = items + sorted;
  for (const auto& p : c.content) {
    const T* it = cursor.FirstFrom(p.begin);
    for (; it != end && it->span.begin <= p.end; ++it) {
      if (p.Contains(it->span)) {
        found.push_back(static_cast<int32_t>(it - items));
      }
    }
  }
  // The others the same way, then in index order.
  const size_t from_tail = found.size();
  for (const auto& p : tail.empty() ? std::span<const model::Span>() : c.content) {
    auto it = std::lower_bound(tail.begin(), tail.end(), p.begin,
                               [&](uint32_t a, uint32_t b) { return items[a].span.begin < b; });
    for (; it != tail.end() && items[*it].span.begin <= p.end; ++it) {
      if (p.Contains(items[*it].span)) {
        found.push_back(static_cast<int32_t>(*it));
      }
    }
  }
  if (found.size() - from_tail > 1) {
    std::sort(found.begin() + static_cast<ptrdiff_t>(from_tail), found.end());
  }
  AssignFound(found, out);
}

// Sets scratch.innermost[q] to the innermost claim whose content holds
// quantity q (the least content; of equal sizes the first claim), or -1. A
// sweep along the text: a claim joins the active ones at its hull's start
// and leaves once a quantity starts after the hull's end, so a quantity is
// checked against the claims around it only, not against every claim of a
// long document.
constexpr size_t kFewPairs = 256;  // quantities x claims
void InnermostClaims(const model::Extraction& x, const std::vector<model::Span>& hulls,
                     TieScratch& scratch) {
  const size_t nq = x.quantities.size();
  scratch.innermost.assign(nq, -1);
  if (nq == 0 || x.claims.empty()) {
    return;
  }
  // The innermost of `claims` (indices, in any order) holding `span`. A
  // claim without a content has an empty hull, which holds nothing.
  auto innermost = [&](model::Span span, const auto& claims) {
    int32_t best = -1;
    uint32_t best_size = 0;
    for (const uint32_t ci : claims) {
      const model::Claim& c = x.claims[ci];
      if (!hulls[ci].Contains(span) || !InContent(c, span)) {
        continue;
      }
      const uint32_t size = ContentSize(c);
      if (best < 0 || size < best_size || (size == best_size && ci < static_cast<uint32_t>(best))) {
        best = static_cast<int32_t>(ci);
        best_size = size;
      }
    }
    return best;
  };
  if (nq * x.claims.size() <= ScanLimit(kFewPairs)) {
    // Few pairs (most documents): each quantity against each claim costs
    // less than ordering them for the sweep.
    const auto all = std::views::iota(uint32_t{0}, static_cast<uint32_t>(x.claims.size()));
    for (size_t q = 0; q < nq; ++q) {
      scratch.innermost[q] = innermost(x.quantities[q].span, all);
    }
    return;
  }
  // Quantities and claims (those with a content) by start.
  std::vector<uint32_t>& qs = scratch.by_start;
  qs.resize(nq);
  for (uint32_t q = 0; q < nq; ++q) {
    qs[q] = q;
  }
  SortIndices(qs, [&](uint32_t q) { return x.quantities[q].span.begin; });
  std::vector<uint32_t>& cs = scratch.claims_by_start;
  cs.clear();
  for (uint32_t ci = 0; ci < x.claims.size(); ++ci) {
    if (!x.claims[ci].content.empty()) {
      cs.push_back(ci);
    }
  }
  SortIndices(cs, [&](uint32_t ci) { return hulls[ci].begin; });
  std::vector<uint32_t>& active = scratch.active;
  active.clear();
  size_t next = 0;
  for (const uint32_t q : qs) {
    const model::Span span = x.quantities[q].span;
    for (; next < cs.size() && hulls[cs[next]].begin <= span.begin; ++next) {
      active.push_back(cs[next]);
    }
    // A hull ending before this start holds no later quantity either.
    std::erase_if(active, [&](uint32_t ci) { return hulls[ci].end < span.begin; });
    scratch.innermost[q] = innermost(span, active);
  }
}

// Ties mentions, time expressions and quantities to the claims whose content
// holds them. A quantity belongs to the innermost (shortest) such claim; one
// outside every content may continue a claim's reported speech (ContinuedClaim).
void TieToClaims(const model::Document& doc, std::string_view lower, const model::TextLayer& layer,
                 model::Extraction& x) {
  if (x.claims.empty()) {  // (a document without claims: every quantity loose, none continued)
    for (model::Quantity& q : x.quantities) {
      q.claim = -1;
    }
    return;
  }
  TieScratch& scratch = Scratch();
  const size_t mentions_sorted = SortedPrefix(x.mentions);
  const size_t times_sorted = SortedPrefix(x.times);
  TailByStart(x.mentions, mentions_sorted, scratch.mention_tail);
  TailByStart(x.times, times_sorted, scratch.time_tail);
  // Each claim's content hull: nothing outside it lies in the content.
  std::vector<model::Span>& hulls = scratch.hulls;
  hulls.assign(x.claims.size(), model::Span{UINT32_MAX, 0});
  StartCursor<model::Mention> mention_cursor(x.mentions.data(), mentions_sorted);
  StartCursor<model::TimeExpr> time_cursor(x.times.data(), times_sorted);
  for (size_t ci = 0; ci < x.claims.size(); ++ci) {
    model::Claim& c = x.claims[ci];
    c.about.clear();
    c.mentioned_times.clear();
    c.quantities.clear();
    if (c.content.empty()) {
      continue;
    }
    for (const auto& p : c.content) {
      hulls[ci].begin = std::min(hulls[ci].begin, p.begin);
      hulls[ci].end = std::max(hulls[ci].end, p.end);
    }
    TieSpans(c, hulls[ci], x.mentions, mention_cursor, mentions_sorted, scratch.mention_tail,
             scratch.found, c.about);
    TieSpans(c, hulls[ci], x.times, time_cursor, times_sorted, scratch.time_tail, scratch.found,
             c.mentioned_times);
  }
  std::vector<size_t>& loose = scratch.loose;
  loose.clear();
  InnermostClaims(x, hulls, scratch);
  for (size_t q = 0; q < x.quantities.size(); ++q) {
    const int32_t best = scratch.innermost[q];
    x.quantities[q].claim = best;
    if (best >= 0) {
      x.claims[best].quantities.push_back(static_cast<int32_t>(q));
    } else {
      loose.push_back(q);
    }
  }
  if (loose.empty() || x.claims.empty()) {
    return;
  }
  // The claims a loose figure may continue, by their content's start (most
  // come so from attribution.cc): only these can be ContinuedClaim's
  // candidates, and most documents have none.
  std::vector<uint32_t>& by_content = scratch.claims_by_start;
  by_content.clear();
  for (uint32_t ci = 0; ci < x.claims.size(); ++ci) {
    if (MayBeContinued(doc.text, lower, x.claims[ci])) {
      by_content.push_back(ci);
    }
  }
  if (by_content.empty()) {
    return;
  }
  SortIndices(by_content, [&](uint32_t ci) { return x.claims[ci].content.front().begin; });
  // Which sentences a claim marks, found when first asked.
  std::vector<int32_t>& claimed = scratch.claimed;
  claimed.clear();
  std::vector<std::pair<size_t, int32_t>>& ties = scratch.ties;
  ties.clear();
  for (size_t q : loose) {
    const model::Span qs = x.quantities[q].span;
    int32_t s = SentenceAt(layer, qs.begin);
    if (s < 0) {
      continue;
    }
    // A candidate is rare: only then is the sentence checked to be unclaimed.
    int32_t ci = ContinuedClaim(doc, lower, layer, x, by_content, s, qs);
    if (ci < 0) {
      continue;
    }
    if (claimed.empty()) {
      ClaimedSentences(layer, x, claimed);
    }
    if (claimed[s] == 0) {
      ties.emplace_back(q, ci);
    }
  }
  for (auto [q, ci] : ties) {
    x.quantities[q].claim = ci;
    x.claims[ci].quantities.push_back(static_cast<int32_t>(q));
  }
}

}  // namespace

model::Extraction Extractor::Run(const model::Document& doc, const model::TextLayer& layer) const {
  model::Extraction x;
  const Job job{&doc, &layer, &x};
  Run(std::span<const Job>(&job, 1));
  return x;
}

void Extractor::Run(std::span<const Job> jobs) const {
  if (jobs.size() > kGroup) {
    for (size_t i = 0; i < jobs.size(); i += kGroup) {
      Run(jobs.subspan(i, std::min(kGroup, jobs.size() - i)));
    }
    return;
  }
  const size_t n = jobs.size();
  // Per thread, their memory kept for the next group: for each document the
  // tokens where the time tagger saw quantities may start and the tokens of
  // its time expressions, which quantities do not overlap.
  struct Scratch {
    std::array<std::vector<uint32_t>, kGroup> quantity_starts;
    std::array<std::vector<TimexTokens>, kGroup> time_tokens;
  };
  thread_local Scratch scratch;
  // A layer without boilerplate for a document that has some (no copy otherwise).
  std::array<model::TextLayer, kGroup> trimmed;
  std::array<const model::TextLayer*, kGroup> layers;
  // One lower-cased copy of each text and one lookup per word for all the taggers.
  std::array<std::optional<Words>, kGroup> words;
  for (size_t i = 0; i < n; ++i) {
    const model::Document& doc = *jobs[i].doc;
    layers[i] = jobs[i].layer;
    if (!doc.boilerplate.empty()) {
      trimmed[i] = WithoutBoilerplate(doc, *jobs[i].layer);
      layers[i] = &trimmed[i];
    }
    words[i].emplace(doc.text, *layers[i], impl_->words);
    *jobs[i].out = model::Extraction();
  }
  for (size_t i = 0; i < n; ++i) {
    jobs[i].out->mentions = impl_->entities.Tag(*jobs[i].doc, *layers[i], *words[i]);
  }
  // The time tagger's pass over every token also lists where quantities may start.
  for (size_t i = 0; i < n; ++i) {
    jobs[i].out->times = impl_->times.Tag(*jobs[i].doc, *layers[i], *words[i],
                                          &scratch.quantity_starts[i], &scratch.time_tokens[i]);
  }
  for (size_t i = 0; i < n; ++i) {
    model::Extraction& x = *jobs[i].out;
    x.quantities = impl_->quantities.Tag(*jobs[i].doc, *layers[i], x.times, *words[i],
                                         &scratch.quantity_starts[i], &scratch.time_tokens[i]);
  }
  for (size_t i = 0; i < n; ++i) {
    model::Extraction& x = *jobs[i].out;
    x.claims = impl_->attribution.Extract(*jobs[i].doc, *layers[i], x.mentions, x.times, *words[i]);
  }
  for (size_t i = 0; i < n; ++i) {
    TieToClaims(*jobs[i].doc, words[i]->lower_text(), *layers[i], *jobs[i].out);
  }
}

}  // namespace claimgraph::extract
