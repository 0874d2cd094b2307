#include "extract/attribution_lexicon.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace claimgraph::extract::attribution_internal {

namespace {

model::CueCategory CategoryOf(std::string_view s) {
  using C = model::CueCategory;
  if (s == "estimate") {
    return C::kEstimate;
  }
  if (s == "warning") {
    return C::kWarning;
  }
  if (s == "denial") {
    return C::kDenial;
  }
  if (s == "belief") {
    return C::kBelief;
  }
  if (s == "report") {
    return C::kReport;
  }
  return C::kStatement;
}

CueFrame FrameOf(std::string_view s) {
  if (s == "tell") {
    return CueFrame::kTell;
  }
  if (s == "object") {
    return CueFrame::kObject;
  }
  if (s == "colon") {
    return CueFrame::kColon;
  }
  if (s == "prep") {
    return CueFrame::kPrep;
  }
  if (s == "intent") {
    return CueFrame::kIntent;
  }
  return CueFrame::kClause;
}

std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') {
      ++i;
    }
    size_t j = i;
    while (j < s.size() && s[j] != ' ') {
      ++j;
    }
    if (j > i) {
      out.emplace_back(s.substr(i, j - i));
    }
    i = j;
  }
  return out;
}

// Function words by class: grammar, not knowledge about the world.
struct FunctionWordList {
  uint32_t flag;
  std::initializer_list<std::string_view> words;
};

const base::StringTable<uint32_t>& FunctionWordTable() {
  static const auto* table = [] {
    auto* t = new base::StringTable<uint32_t>();
    auto add = [t](uint32_t f, std::initializer_list<std::string_view> ws) {
      for (auto w : ws) {
        (*t)[w] |= f;
      }
    };
    add(kPronounW, {"he", "she", "they", "it", "we", "i", "you"});
    add(kClauseW,
        {"that",  "which", "who",   "whom",   "whose", "when",     "where",  "while",   "because",
         "as",    "if",    "after", "before", "since", "although", "though", "whether", "but",
         "or",    "so",    "than",  "is",     "are",   "was",      "were",   "be",      "been",
         "being", "to",    "not",   "what",   "how",   "why",      "this",   "these",   "those",
         "there", "here",  "then",  "said",   "says",  "told",     "with",   "for",     "by",
         "in",    "on",    "at",    "into",   "about", "without",  "like",   "until",   "once",
         "even",  "just",  "only"});
    add(kFillerW, {"and", "but", "yet", "so", "however", "meanwhile", "still", "also", "now",
                   "then", "instead", "separately", "later", "earlier", "indeed", "thus"});
    add(kDeterminerW, {"the",   "a",       "an",    "this", "that", "these", "those", "its",
                       "his",   "her",     "their", "our",  "my",   "some",  "many",  "several",
                       "other", "another", "both",  "all",  "most", "two",   "three", "one"});
    add(kPrepositionW, {"of", "from", "for", "at", "by", "in", "with", "on"});
    add(kAdjunctAdverbW,
        {"also",       "again",     "repeatedly", "publicly", "recently", "earlier", "today",
         "yesterday",  "privately", "separately", "flatly",   "later",    "then",    "further",
         "previously", "once",      "simply",     "tonight",  "bluntly",  "firmly"});
    add(kNoContentW,
        {"to",      "by",    "as",    "so",     "in",        "for",     "of",       "with",
         "and",     "or",    "but",   "yes",    "no",        "nothing", "anything", "something",
         "goodbye", "hello", "sorry", "thanks", "about",     "at",      "on",       "up",
         "out",     "off",   "into",  "from",   "goodnight", "which",   "slightly", "sharply"});
    add(kCitingW, {"citing", "quoting"});
    add(kConjunctionW, {"and", "but", "while", "whereas"});
    add(kBeW, {"is", "are", "was", "were", "be", "been", "being"});
    add(kAuxAdverbW, {"also", "again", "once", "now", "still", "repeatedly", "publicly", "openly",
                      "increasingly", "already", "even", "actively"});
    add(kTimeLeadW, {"on", "in", "at", "during", "late", "early", "earlier", "last"});
    add(kAdjunctPrepW, {"in", "on", "at", "during", "via", "through", "throughout", "after",
                        "before", "from", "to", "of"});
    add(kQuantityHeadW,
        {"dozens", "hundreds", "thousands", "scores",  "many",    "some",   "most",    "several",
         "all",    "group",    "majority",  "number",  "handful", "couple", "few",     "none",
         "one",    "two",      "three",     "chorus",  "four",    "five",   "six",     "seven",
         "eight",  "nine",     "ten",       "half",    "third",   "thirds", "quarter", "quarters",
         "each",   "either",   "neither",   "minority"});
    add(kSpeakingNounW,
        {"statement", "statements", "tweet",      "tweets",     "interview", "interviews",
         "speech",    "speeches",   "conference", "briefing",   "rally",     "post",
         "posts",     "letter",     "video",      "appearance", "message",   "email",
         "address",   "hearing",    "remarks",    "article",    "op-ed",     "column",
         "editorial", "broadcast",  "podcast",    "testimony",  "website",   "diatribe",
         "ruling",    "forum",      "tirade",     "posting",    "postings",  "report"});
    add(kPostModifierW,
        {"familiar", "close", "knowledgeable", "loyal", "opposed", "responsible", "active",
         "present", "involved", "based", "briefed", "working", "speaking", "participating"});
    add(kObjectClauseW,
        {"that", "which", "who",  "whom",  "when",  "if",  "because", "he",   "she", "they",
         "we",   "it",    "i",    "is",    "was",   "are", "were",    "said", "has", "had",
         "have", "did",   "will", "would", "could", "can", "may",     "must"});
    add(kBodyW,
        {"ministry",       "firm",        "company",     "companies",  "group",       "groups",
         "campaign",       "council",     "committee",   "government", "agency",      "department",
         "office",         "union",       "unions",      "party",      "board",       "coalition",
         "organization",   "panel",       "association", "commission", "court",       "police",
         "army",           "authorities", "institute",   "foundation", "bank",        "banks",
         "senators",       "lawmakers",   "officials",   "democrats",  "republicans", "firms",
         "administration", "military",    "prosecutors", "critics"});
    add(kClauseOpenerW,
        {"that",   "because", "while", "although", "though", "whereas", "but",    "and",
         "if",     "since",   "when",  "as",       "so",     "after",   "before", "until",
         "unless", "where",   "why",   "how",      "what",   "which",   "who"});
    add(kClauseFunctionW, {"is", "are", "was", "were", "be", "been", "not", "that", "what", "it",
                           "there", "if", "than", "when", "where", "why", "how", "whether"});
    add(kVerbAdverbW, {"just",    "now",    "together",  "long",    "often",  "only",   "never",
                       "ever",    "too",    "even",      "already", "also",   "still",  "soon",
                       "quickly", "truly",  "duly",      "oddly",   "almost", "nearly", "quite",
                       "always",  "fairly", "sometimes", "usually", "seldom"});
    add(kRaisingVerbW,
        {"went",    "goes",  "continued", "continues", "began",  "begins", "tried",   "tries",
         "sought",  "seeks", "appeared",  "appears",   "seemed", "seems",  "decided", "decides",
         "hoped",   "hopes", "attempted", "managed",   "failed", "rushed", "moved",   "promised",
         "pledged", "vowed", "wanted",    "wants",     "used",   "needs"});
    add(kCopulaW, {"is", "was", "are", "were", "will", "would", "has", "have", "had", "can",
                   "could", "may", "might", "should"});
    add(kNounVerbW,
        {"note",    "notes",   "estimate", "estimates", "demand", "demands",  "report",
         "reports", "project", "projects", "show",      "shows",  "forecast", "forecasts",
         "plan",    "plans",   "claim",    "claims",    "survey", "surveys"});
    add(kIrregularPastW,
        {"rose", "fell", "made",  "took",  "gave",    "won",    "lost",  "saw",    "grew",
         "came", "went", "began", "left",  "kept",    "held",   "paid",  "sought", "found",
         "knew", "got",  "ran",   "met",   "sold",    "bought", "spent", "sent",   "put",
         "set",  "cut",  "hit",   "spoke", "thought", "brought"});
    return t;
  }();
  return *table;
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
      proto.adjective = std::string_view(type) == "CueAdjective";
      proto.lemma = Literal(kb, s, "cueLemma");
      proto.category = CategoryOf(Literal(kb, s, "cueCategory"));
      proto.frame = use_frame ? FrameOf(Literal(kb, s, "cueFrame")) : forced;
      const std::string complement = Literal(kb, s, "nounComplement");
      if (complement == "to") {
        proto.noun_complement = Cue::NounComplement::kTo;
      } else if (complement == "prep") {
        proto.noun_complement = Cue::NounComplement::kPrep;
      }
      for (const auto& f : kb.Objects(s, kb::Ns("cueForm"))) {
        Cue c = proto;
        c.words = SplitWords(f.value);
        if (c.words.empty()) {
          continue;
        }
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
  add_kind("CueAdjective", CueFrame::kClause, true);
  for (auto& [w, v] : by_first_) {
    std::stable_sort(v.begin(), v.end(),
                     [](const Cue& a, const Cue& b) { return a.words.size() > b.words.size(); });
  }
  for (const auto& [s, o] : kb.Pairs(kb::Ns("speakerNoun"))) {
    speakers_.insert(o.value);
  }
  for (const auto& [s, o] : kb.Pairs(kb::Ns("personNoun"))) {
    persons_.insert(o.value);
  }
  for (const auto& [s, o] : kb.Pairs(kb::Ns("relationNoun"))) {
    relations_.insert(o.value);
  }
  for (const auto& [s, o] : kb.Pairs(kb::Ns("cueAuxiliary"))) {
    auxiliaries_.insert(o.value);
  }
  // One table for the per-token lookup: cue first words, function words,
  // speaker and person nouns (and their plurals) and auxiliaries.
  std::unordered_map<std::string, WordInfo> all;
  for (const auto& [w, v] : by_first_) {
    all[w].cues = &v;
  }
  for (const auto& [w, f] : FunctionWordTable().entries()) {
    all[std::string(w)].flags |= f;
  }
  auto add_nouns = [&all](const WordSet& nouns, uint32_t flag) {
    for (const auto& [w, unused] : nouns.entries()) {
      all[std::string(w)].flags |= flag;
      if (std::string plural = std::string(w) + "s"; plural.size() > 3) {
        all[plural].flags |= kPluralSpeakerW;
      }
    }
  };
  add_nouns(speakers_, kSpeakerW);
  add_nouns(persons_, kPersonW);
  for (const auto& [w, unused] : auxiliaries_.entries()) {
    all[std::string(w)].flags |= kAuxiliaryW;
  }
  for (const auto& [s, o] : kb.Pairs(kb::Ns("legalForm"))) {
    std::string w = o.value;  // "Inc.", "GmbH" -> "inc", "gmbh"
    for (char& c : w) {
      c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    if (!w.empty() && w.back() == '.') {
      w.pop_back();
    }
    all[w].flags |= kLegalFormW;
  }
  // "He's said", "they're convinced": the pronoun with a contracted
  // auxiliary (after ' or ’), not a possessive, looked up in the same probe
  // as any word, with the pronoun's info.
  struct Contraction {
    std::string_view pronoun, aux;
  };
  for (const auto& [pronoun, aux] : std::initializer_list<Contraction>{
           {"he", "s"}, {"she", "s"}, {"who", "s"}, {"they", "re"}, {"we", "re"}}) {
    const auto it = all.find(std::string(pronoun));
    const WordInfo of_pronoun = it == all.end() ? WordInfo{} : it->second;
    for (std::string_view apostrophe : {"'", "\xE2\x80\x99"}) {
      WordInfo info = of_pronoun;
      info.contraction = static_cast<uint8_t>(apostrophe.size() + aux.size());
      all[std::string(pronoun) + std::string(apostrophe) + std::string(aux)] = info;
    }
  }
  for (const auto& [w, info] : all) {
    words_.emplace(w, info);
  }
}

void Lexicon::AddWords(WordTable& table) const {
  for (const auto& [w, info] : words_.entries()) {
    WordRecord& r = table.Add(w);
    r.attribution_flags = info.flags;
    r.cues = info.cues;
    r.contraction = info.contraction;
  }
}

std::vector<std::string_view> Lexicon::KeysNotStartingWithALetter() const {
  std::vector<std::string_view> out;
  for (const auto& [w, unused] : words_.entries()) {
    const char c = w.empty() ? '\0' : static_cast<char>(w[0] | 0x20);
    if (c < 'a' || c > 'z') {
      out.push_back(w);
    }
  }
  return out;
}

const std::vector<Cue>* Lexicon::CuesStartingWith(std::string_view w) const {
  auto it = by_first_.find(w);
  return it == by_first_.end() ? nullptr : &it->second;
}

}  // namespace claimgraph::extract::attribution_internal
