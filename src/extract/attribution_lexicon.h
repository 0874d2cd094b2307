// Internal to attribution.cc: the cue lexicon (ontology/kb/cues.ttl) as hash
// tables built once. Lookups take lower-cased words; thread-safe after
// construction (read only).
#ifndef CLAIMGRAPH_EXTRACT_ATTRIBUTION_LEXICON_H_
#define CLAIMGRAPH_EXTRACT_ATTRIBUTION_LEXICON_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/string_table.h"
#include "extract/word_table.h"
#include "kb/kb.h"
#include "model/extraction.h"

namespace claimgraph::extract::attribution_internal {

// The complement a cue takes.
enum class CueFrame : uint8_t {
  kClause,  // "X said (that) C", "C, X said"
  kTell,    // "X told Y (that) C"
  kObject,  // "X criticized C": no inversion, needs a strong source
  kColon,   // "X continued: C": only before a colon or a quote
  kPrep,    // "according to X, C"
  kIntent,  // "X wants to C", "X pledged to C": content may start with "to"
  kNoun,    // "X's assessment that C"
  kHedge,   // "C reportedly D": no source
};

struct Cue {
  std::vector<std::string> words;  // lower-cased words of the form
  std::string lemma;
  model::CueCategory category = model::CueCategory::kStatement;
  CueFrame frame = CueFrame::kClause;
  bool participle = false;  // "-ing" form ("adding", "saying")
  // What else a noun cue takes besides "that C" (cg:nounComplement):
  // "his promise to C" or "her criticism of C".
  enum class NounComplement : uint8_t { kThatOnly, kTo, kPrep };
  NounComplement noun_complement = NounComplement::kThatOnly;
  // An adjective after a form of "be" (cg:CueAdjective): "X is convinced
  // that C", "X was critical of C"; "it is clear that C" has no source.
  bool adjective = false;
};

// Word classes the rules look at, as bits: of function words, and of the
// lexicon's nouns and auxiliaries (each of those starts with a letter, so only
// word tokens carry a bit).
enum WordFlag : uint32_t {
  kClauseW = 1,       // a leftward walk over a subject stops here ("that", "is", "with")
  kDeterminerW = 2,   // "the", "its", "some"
  kFillerW = 4,       // leading words dropped from a source ("But", "Meanwhile")
  kPrepositionW = 8,  // "of", "from", "in"
  kPronounW = 16,     // "he", "they"
  kSpeakerW = 32,     // IsSpeakerNoun: "ministry", "officials"
  kPersonW = 64,      // IsPersonNoun: "official", "mother"
  kAuxiliaryW = 128,  // IsAuxiliary: "has", "would"
  // A speaker or person noun with "s" added, of more than 3 bytes ("mothers"
  // of "mother"): the plural HeadIsSpeaker accepts.
  kPluralSpeakerW = 256,
  kAdjunctAdverbW = 512,   // skipped after a cue: "said again", "told reporters today"
  kNoContentW = 1024,      // after a cue, no clause: "said to", "said yes", "rose sharply"
  kCitingW = 2048,         // "citing", "quoting": "X, citing Y, reported C"
  kIrregularPastW = 4096,  // "rose", "fell", "made": a past verb not ending in "-ed"
  // A copula or auxiliary that cannot open a said clause ("is", "will"):
  // after a cue word that is also a noun, the word heads a subject.
  kCopulaW = 8192,
  kNounVerbW = 16384,   // a cue form that is also a noun: "estimate", "note", "report"
  kLegalFormW = 32768,  // a company's legal form, lowercased, no final '.' (lexicon legalForm)
  // "and", "but", "while", "whereas": may join a second claim to a content
  // (ClauseStop tests this bit before the words).
  kConjunctionW = 65536,
  kBeW = 1u << 17,  // a form of "be": "is", "were", "been" (not "'s")
  // Between an auxiliary and a participle cue: "is also stressing".
  kAuxAdverbW = 1u << 18,
  // Before a time phrase after a cue: "said on Friday", "said late Monday".
  kTimeLeadW = 1u << 19,
  // Opens an adjunct phrase after a cue: "said in a statement", "told of".
  kAdjunctPrepW = 1u << 20,
  // "dozens of", "a group of": the head of the phrase follows "of".
  kQuantityHeadW = 1u << 21,
  // An act or a medium of speaking: "in a statement", "on its website".
  kSpeakingNounW = 1u << 22,
  // After the head of a subject, before its preposition: "people familiar
  // with", "officials involved in", "analysts based in".
  kPostModifierW = 1u << 23,
  // In an object, gives it a clause of its own: "a nation that borders X
  // and has had D" (a subject, a relative or a finite verb).
  kObjectClauseW = 1u << 24,
  // A body that speaks, heading a lower-case subject: "the ministry
  // reported", "lawmakers said".
  kBodyW = 1u << 25,
  // Opens a clause: a subject phrase walked back to the clause start
  // stops after it.
  kClauseOpenerW = 1u << 26,
  // A function word that makes a source phrase a clause: "it is",
  // "what", "whether".
  kClauseFunctionW = 1u << 27,
  // An adverb before a cue verb: "X has long said", "X just announced".
  kVerbAdverbW = 1u << 28,
  // A verb before "to" whose subject is the infinitive's: "X went on to
  // say", "X vowed to".
  kRaisingVerbW = 1u << 29,
};

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
// Probed with string_views, nothing allocated (base/string_table.h).
using WordSet = base::StringSetTable;

class Lexicon {
 public:
  explicit Lexicon(const kb::KnowledgeBase& kb);
  // Cues whose first word is `w`, longest form first.
  const std::vector<Cue>* CuesStartingWith(std::string_view w) const;
  // Everything about one lower-cased word, which AddWords puts in its
  // record of the shared word table (the per-token lookup, words.h).
  struct WordInfo {
    uint32_t flags = 0;                      // WordFlag bits
    const std::vector<Cue>* cues = nullptr;  // as CuesStartingWith
    // A pronoun with a contracted auxiliary ("he's", "she’s", "they're"):
    // the bytes of the auxiliary, and flags and cues are the pronoun's. (A
    // "'s" counts only after a lower-case "s" as written, which the caller
    // tests: "HE'S" stays one word.) 0 for other words.
    uint8_t contraction = 0;
  };
  // Adds every word the lexicon knows, with its info, to `table`.
  void AddWords(WordTable& table) const;
  bool IsSpeakerNoun(std::string_view w) const { return speakers_.contains(w); }
  bool IsPersonNoun(std::string_view w) const { return persons_.contains(w); }
  // A person noun for a relation that is no agency: "resident", "friend".
  bool IsRelationNoun(std::string_view w) const { return relations_.contains(w); }
  bool IsAuxiliary(std::string_view w) const { return auxiliaries_.contains(w); }
  size_t size() const { return count_; }
  // Keys that do not start with an ASCII letter: none may, because the rules
  // look up word tokens only (text.cc makes every letter-initial token a
  // word), so such a key would never be found. Checked by a test.
  std::vector<std::string_view> KeysNotStartingWithALetter() const;

 private:
  std::unordered_map<std::string, std::vector<Cue>, StringHash, std::equal_to<>> by_first_;
  WordSet speakers_, persons_, relations_, auxiliaries_;
  base::StringTable<WordInfo> words_;  // cue first words, function words, nouns...
  size_t count_ = 0;
};

}  // namespace claimgraph::extract::attribution_internal

#endif  // CLAIMGRAPH_EXTRACT_ATTRIBUTION_LEXICON_H_
