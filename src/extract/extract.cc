#include "extract/extract.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

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

  explicit Impl(std::shared_ptr<const kb::KnowledgeBase> k)
      : kb(std::move(k)), entities(*kb), times(*kb), quantities(*kb), attribution(*kb) {}
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
// "However, the numbers fell to a few hundred, according to X."
bool OpensWithConnective(std::string_view text, const model::Claim& c) {
  if (c.content.empty()) {
    return false;
  }
  uint32_t b = c.content.front().begin;
  size_t e = b;
  while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e]))) {
    ++e;
  }
  std::string w(text.substr(b, e - b));
  for (char& ch : w) {
    ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  }
  return w == "however" || w == "but" || w == "yet" || w == "still" || w == "meanwhile" ||
         w == "nevertheless" || w == "nonetheless";
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
// The sentences of a claim with a cue and content (-1: none).
struct ClaimSentences {
  int32_t first = -1;  // of the content's first byte
  int32_t last = -1;   // of the content's last byte
  int32_t cue = -1;
};

std::vector<ClaimSentences> SentencesOfClaims(const model::TextLayer& layer,
                                              const model::Extraction& x) {
  std::vector<ClaimSentences> out(x.claims.size());
  for (size_t ci = 0; ci < x.claims.size(); ++ci) {
    const model::Claim& c = x.claims[ci];
    if (c.content.empty() || !c.cue) {
      continue;
    }
    out[ci] = {SentenceAt(layer, c.content.front().begin),
               SentenceAt(layer, c.content.back().end - 1), SentenceAt(layer, c.cue->begin)};
  }
  return out;
}

int32_t ContinuedClaim(const model::Document& doc, const model::TextLayer& layer,
                       const model::Extraction& x, const std::vector<ClaimSentences>& at,
                       const std::vector<uint8_t>& claimed, const model::Span& q) {
  int32_t s = SentenceAt(layer, q.begin);
  if (s < 0 || claimed[s]) {
    return -1;
  }
  const auto& ss = layer.sentences;
  int32_t found = -1;
  for (size_t ci = 0; ci < x.claims.size(); ++ci) {
    const model::Claim& c = x.claims[ci];
    if (c.content.empty() || !c.cue) {
      continue;
    }
    const model::Span first = c.content.front();
    const model::Span last = c.content.back();
    int32_t cs = at[ci].first;
    if (cs < 0 || at[ci].last != cs) {
      continue;
    }
    bool forward = cs + 1 == s && c.cue->end <= first.begin && !c.quantities.empty() &&
                   OnlyClosing(doc.text, last.end, ss[cs].span.end) &&
                   OnlyClosing(doc.text, ss[s].span.begin, q.begin);
    bool backward = cs == s + 1 && c.cue->begin >= last.end && at[ci].cue == cs &&
                    OpensWithConnective(doc.text, c) &&
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

template <typename T>
bool SortedByBegin(const std::vector<T>& v) {
  return std::is_sorted(v.begin(), v.end(),
                        [](const T& a, const T& b) { return a.span.begin < b.span.begin; });
}

// Appends, in index order, the items of `v` whose span lies in c's content.
template <typename T>
void TieSpans(const model::Claim& c, const std::vector<T>& v, bool sorted,
              std::vector<int32_t>& out) {
  size_t i = 0, n = v.size();
  if (sorted) {
    uint32_t lo = c.content.front().begin, hi = c.content.front().end;
    for (const auto& p : c.content) {
      lo = std::min(lo, p.begin);
      hi = std::max(hi, p.end);
    }
    i = static_cast<size_t>(
        std::lower_bound(v.begin(), v.end(), lo,
                         [](const T& a, uint32_t b) { return a.span.begin < b; }) -
        v.begin());
    n = static_cast<size_t>(
        std::upper_bound(v.begin() + i, v.end(), hi,
                         [](uint32_t b, const T& a) { return b < a.span.begin; }) -
        v.begin());
  }
  for (; i < n; ++i) {
    if (InContent(c, v[i].span)) {
      out.push_back(static_cast<int32_t>(i));
    }
  }
}

// Ties mentions, time expressions and quantities to the claims whose content
// holds them. A quantity belongs to the innermost (shortest) such claim; one
// outside every content may continue a claim's reported speech (ContinuedClaim).
void TieToClaims(const model::Document& doc, const model::TextLayer& layer, model::Extraction& x) {
  // Mentions and times come sorted by start: only those starting inside a
  // claim's content hull can lie in its content (same order, same result).
  const bool mentions_sorted = SortedByBegin(x.mentions);
  const bool times_sorted = SortedByBegin(x.times);
  for (auto& c : x.claims) {
    c.about.clear();
    c.mentioned_times.clear();
    c.quantities.clear();
    if (c.content.empty()) {
      continue;
    }
    TieSpans(c, x.mentions, mentions_sorted, c.about);
    TieSpans(c, x.times, times_sorted, c.mentioned_times);
  }
  std::vector<size_t> loose;
  for (size_t q = 0; q < x.quantities.size(); ++q) {
    int32_t best = -1;
    for (size_t ci = 0; ci < x.claims.size(); ++ci) {
      const auto& c = x.claims[ci];
      if (!InContent(c, x.quantities[q].span)) {
        continue;
      }
      if (best < 0 || ContentSize(c) < ContentSize(x.claims[best])) {
        best = static_cast<int32_t>(ci);
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
  // Sentences that hold any part of a claim (cue, source or content).
  std::vector<uint8_t> claimed(layer.sentences.size(), 0);
  auto mark = [&](const model::Span& sp) {
    if (sp.empty()) {
      return;
    }
    int32_t a = SentenceAt(layer, sp.begin);
    int32_t b = SentenceAt(layer, sp.end - 1);
    if (a < 0 || b < 0) {
      return;
    }
    for (int32_t i = a; i <= b; ++i) {
      claimed[i] = 1;
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
  const std::vector<ClaimSentences> at = SentencesOfClaims(layer, x);
  std::vector<std::pair<size_t, int32_t>> ties;
  for (size_t q : loose) {
    int32_t ci = ContinuedClaim(doc, layer, x, at, claimed, x.quantities[q].span);
    if (ci >= 0) {
      ties.emplace_back(q, ci);
    }
  }
  for (auto [q, ci] : ties) {
    x.quantities[q].claim = ci;
    x.claims[ci].quantities.push_back(static_cast<int32_t>(q));
  }
}

}  // namespace

model::Extraction Extractor::Run(const model::Document& doc, const model::TextLayer& full) const {
  // Only a document with boilerplate needs its own layer (no copy otherwise).
  model::TextLayer trimmed;
  if (!doc.boilerplate.empty()) {
    trimmed = WithoutBoilerplate(doc, full);
  }
  const model::TextLayer& layer = doc.boilerplate.empty() ? full : trimmed;
  // One lower-cased copy of the text for all the taggers.
  const Words words(doc.text, layer);
  model::Extraction x;
  x.mentions = impl_->entities.Tag(doc, layer, words);
  x.times = impl_->times.Tag(doc, layer, words);
  x.quantities = impl_->quantities.Tag(doc, layer, x.times, words);
  x.claims = impl_->attribution.Extract(doc, layer, x.mentions, x.times, words);
  TieToClaims(doc, layer, x);
  return x;
}

}  // namespace claimgraph::extract
