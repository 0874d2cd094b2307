#include "extract/attribution_lexicon.h"

#include <algorithm>
#include <map>

namespace claimgraph::extract::attribution_internal {

namespace {

model::CueCategory CategoryOf(std::string_view s) {
  using C = model::CueCategory;
  if (s == "estimate") return C::kEstimate;
  if (s == "warning") return C::kWarning;
  if (s == "denial") return C::kDenial;
  if (s == "belief") return C::kBelief;
  if (s == "report") return C::kReport;
  return C::kStatement;
}

CueFrame FrameOf(std::string_view s) {
  if (s == "tell") return CueFrame::kTell;
  if (s == "object") return CueFrame::kObject;
  if (s == "colon") return CueFrame::kColon;
  if (s == "prep") return CueFrame::kPrep;
  if (s == "intent") return CueFrame::kIntent;
  return CueFrame::kClause;
}

std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::string Literal(const kb::KnowledgeBase& kb, const std::string& subject, const char* pred) {
  auto objs = kb.Objects(subject, kb::Ns(pred));
  return objs.empty() ? std::string() : objs.front().value;
}

}  // namespace

Lexicon::Lexicon(const kb::KnowledgeBase& kb) {
  auto add_kind = [&](const char* type, CueFrame forced, bool use_frame) {
    for (const auto& s : kb.SubjectsOfType(kb::Ns(type))) {
      Cue proto;
      proto.lemma = Literal(kb, s, "cueLemma");
      proto.category = CategoryOf(Literal(kb, s, "cueCategory"));
      proto.frame = use_frame ? FrameOf(Literal(kb, s, "cueFrame")) : forced;
      for (const auto& f : kb.Objects(s, kb::Ns("cueForm"))) {
        Cue c = proto;
        c.words = SplitWords(f.value);
        if (c.words.empty()) continue;
        const std::string& w0 = c.words.front();
        c.participle = w0.size() > 4 && w0.ends_with("ing");
        by_first_[w0].push_back(std::move(c));
        ++count_;
      }
    }
  };
  add_kind("CueVerb", CueFrame::kClause, true);
  add_kind("CueNoun", CueFrame::kNoun, false);
  add_kind("CueHedge", CueFrame::kHedge, false);
  for (auto& [w, v] : by_first_) {
    std::stable_sort(v.begin(), v.end(),
                     [](const Cue& a, const Cue& b) { return a.words.size() > b.words.size(); });
  }
  for (const auto& [s, o] : kb.Pairs(kb::Ns("speakerNoun"))) speakers_.insert(o.value);
  for (const auto& [s, o] : kb.Pairs(kb::Ns("personNoun"))) persons_.insert(o.value);
  for (const auto& [s, o] : kb.Pairs(kb::Ns("cueAuxiliary"))) auxiliaries_.insert(o.value);
}

const std::vector<Cue>* Lexicon::CuesStartingWith(std::string_view w) const {
  auto it = by_first_.find(w);
  return it == by_first_.end() ? nullptr : &it->second;
}

}  // namespace claimgraph::extract::attribution_internal
