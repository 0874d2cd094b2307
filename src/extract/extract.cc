#include "extract/extract.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/is_in.h"
#include "extract/attribution.h"
#include "extract/entities.h"
#include "extract/quantity.h"
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
  size_t e = b;
  while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e]))) {
    ++e;
  }
  return base::IsIn(lower.substr(b, e - b),
                    {"however", "but", "yet", "still", "meanwhile", "nevertheless", "nonetheless"});
}

// Some part of a claim (cue, source or content) marks sentence s: a part marks
// the sentences from the one holding its first byte to the one holding its
// last (none when either byte lies outside every sentence).
bool Claimed(const model::TextLayer& layer, const model::Extraction& x, int32_t s) {
  const model::Span sentence = layer.sentences[s].span;
  auto marks = [&](const model::Span& sp) {
    // Sentences are ordered and apart: a part that marks s overlaps it.
    if (sp.empty() || !sp.Overlaps(sentence)) {
      return false;
    }
    int32_t a = SentenceAt(layer, sp.begin);
    int32_t b = SentenceAt(layer, sp.end - 1);
    return a >= 0 && b >= 0 && a <= s && s <= b;
  };
  for (const auto& c : x.claims) {
    if ((c.cue && marks(*c.cue)) || (c.source && marks(*c.source))) {
      return true;
    }
    for (const auto& p : c.content) {
      if (marks(p)) {
        return true;
      }
    }
  }
  return false;
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
                       bool claims_sorted, int32_t s, const model::Span& q) {
  const auto& ss = layer.sentences;
  const int32_t n = static_cast<int32_t>(ss.size());
  auto in = [&](int32_t k, uint32_t at) {
    return k >= 0 && k < n && ss[k].span.begin <= at && at < ss[k].span.end;
  };
  size_t from = 0, to = x.claims.size();
  if (claims_sorted) {
    // Only the claims whose content starts from sentence s-1 to s+1.
    const uint32_t lo = ss[std::max(s - 1, 0)].span.begin;
    const uint32_t hi = ss[std::min(s + 1, n - 1)].span.end;
    auto starts_before = [](const model::Claim& c, uint32_t at) {
      return c.content.front().begin < at;
    };
    const auto& claims = x.claims;
    from = static_cast<size_t>(std::lower_bound(claims.begin(), claims.end(), lo, starts_before) -
                               claims.begin());
    to = static_cast<size_t>(std::lower_bound(claims.begin() + static_cast<ptrdiff_t>(from),
                                              claims.end(), hi, starts_before) -
                             claims.begin());
  }
  int32_t found = -1;
  for (size_t ci = from; ci < to; ++ci) {
    const model::Claim& c = x.claims[ci];
    if (c.content.empty() || !c.cue) {
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
};

TieScratch& Scratch() {
  thread_local TieScratch scratch;
  return scratch;
}

// Sets `out` to the indices, in order, of the items of `v` whose span lies in
// c's content (so within its `hull`). The first `sorted` items come sorted by
// start; `found` is scratch memory, so `out` is allocated once.
template <typename T>
void TieSpans(const model::Claim& c, model::Span hull, const std::vector<T>& v, size_t sorted,
              std::vector<int32_t>& found, std::vector<int32_t>& out) {
  found.clear();
  // Through raw pointers and a count read once: the stores of push_back may
  // alias the vector, whose size (a division by the item's size) would be
  // worked out again for every item.
  const T* const items = v.data();
  const size_t n = v.size();
  size_t i = 0;
  if (PartsApart(c.content)) {
    // Of the sorted items, only those starting inside a part can lie in it.
    const T* const end = items + sorted;
    for (const auto& p : c.content) {
      const T* it = std::lower_bound(items, end, p.begin,
                                     [](const T& a, uint32_t b) { return a.span.begin < b; });
      for (; it != end && it->span.begin <= p.end; ++it) {
        if (p.Contains(it->span)) {
          found.push_back(static_cast<int32_t>(it - items));
        }
      }
    }
    i = sorted;
  }
  for (; i < n; ++i) {
    if (hull.Contains(items[i].span) && InContent(c, items[i].span)) {
      found.push_back(static_cast<int32_t>(i));
    }
  }
  out.assign(found.begin(), found.end());
}

// Ties mentions, time expressions and quantities to the claims whose content
// holds them. A quantity belongs to the innermost (shortest) such claim; one
// outside every content may continue a claim's reported speech (ContinuedClaim).
void TieToClaims(const model::Document& doc, std::string_view lower, const model::TextLayer& layer,
                 model::Extraction& x) {
  TieScratch& scratch = Scratch();
  const size_t mentions_sorted = SortedPrefix(x.mentions);
  const size_t times_sorted = SortedPrefix(x.times);
  // Each claim's content hull: nothing outside it lies in the content.
  std::vector<model::Span>& hulls = scratch.hulls;
  hulls.assign(x.claims.size(), model::Span{UINT32_MAX, 0});
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
    TieSpans(c, hulls[ci], x.mentions, mentions_sorted, scratch.found, c.about);
    TieSpans(c, hulls[ci], x.times, times_sorted, scratch.found, c.mentioned_times);
  }
  std::vector<size_t>& loose = scratch.loose;
  loose.clear();
  const model::Claim* const claims = x.claims.data();  // read once, as in TieSpans
  const size_t claim_count = x.claims.size();
  for (size_t q = 0; q < x.quantities.size(); ++q) {
    const model::Span qs = x.quantities[q].span;
    int32_t best = -1;
    uint32_t best_size = 0;
    for (size_t ci = 0; ci < claim_count; ++ci) {
      const auto& c = claims[ci];
      if (!hulls[ci].Contains(qs) || !InContent(c, qs)) {
        continue;
      }
      uint32_t size = ContentSize(c);
      if (best < 0 || size < best_size) {
        best = static_cast<int32_t>(ci);
        best_size = size;
      }
    }
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
  // Claims come sorted by the start of their content (attribution.cc).
  const bool claims_sorted =
      std::all_of(x.claims.begin(), x.claims.end(),
                  [](const model::Claim& c) { return !c.content.empty(); }) &&
      std::is_sorted(x.claims.begin(), x.claims.end(),
                     [](const model::Claim& a, const model::Claim& b) {
                       return a.content.front().begin < b.content.front().begin;
                     });
  std::vector<std::pair<size_t, int32_t>>& ties = scratch.ties;
  ties.clear();
  for (size_t q : loose) {
    const model::Span qs = x.quantities[q].span;
    int32_t s = SentenceAt(layer, qs.begin);
    if (s < 0) {
      continue;
    }
    // A candidate is rare: only then is the sentence checked to be unclaimed.
    int32_t ci = ContinuedClaim(doc, lower, layer, x, claims_sorted, s, qs);
    if (ci >= 0 && !Claimed(layer, x, s)) {
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
