// Attributed claims by rules over tokens, one sentence at a time (quotes may
// run across sentences). Each cue found by the lexicon is tried against the
// constructions below; the first that fits yields a claim:
//
//   "according to X, C" / "C, according to X"            AccordingTo
//   "X said (that) C", "X told Y C", "X said: “C”"       Leading
//   "C, X said", "“C,” X said", "“C1,” X said, “C2”"     Trailing
//   "C, said X"                                          Inverted
//   "..., adding (that) C" (source of the clause)        Participle
//   "X cited Y as saying C"                              Leading (source Y)
//   "Y said C, X reported", "C, Y said, according to X"  TrailingChannels (Y, via X)
//   "X, citing Y, reported C"                            CitedSources (X; Y's claim
//                                                        reported by X's)
//   "X's assessment that C"                              Noun
//   "it is estimated that C", "C reportedly D"           Hedge (no source)
//
// A content ends where the speaker's next act or the writer's frame begins:
// "X said C and warned D" (ClauseStop, ConjoinedSpeechVerb), "C, though Y
// admitted D", "X praised C in a statement on Friday" (SpeakingEventAt),
// "But C, X said" (SkipConnective), "While X suggested C, Y D" (TryLeading),
// "C, prompting calls for D" (WritersAside).
//
// Everything is linear in tokens: each cue looks at a bounded window.
#include "extract/attribution.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "base/ascii.h"
#include "base/is_in.h"
#include "base/reuse.h"
#include "extract/attribution_lexicon.h"
#include "extract/scan_limit.h"
#include "extract/words.h"

namespace claimgraph::extract {

using namespace std::string_view_literals;
using attribution_internal::Cue;
using attribution_internal::CueFrame;
using attribution_internal::Lexicon;
using model::Span;
using model::TokenKind;

struct AttributionExtractor::Impl {
  Lexicon lex;
  OwnWordTable own_words;  // for Extract without shared words
  explicit Impl(const kb::KnowledgeBase& kb) : lex(kb) {}
};

AttributionExtractor::AttributionExtractor(const kb::KnowledgeBase& kb)
    : impl_(std::make_unique<Impl>(kb)) {}
AttributionExtractor::~AttributionExtractor() = default;

void AttributionExtractor::AddWords(WordTable& table) const { impl_->lex.AddWords(table); }

namespace {

constexpr int kMaxSourceTokens = 12;

using base::EndsWith;
using base::IsIn;

// A test of a word against a literal, inlined at every call like IsIn (GCC
// leaves string_view's compare out of line in the large rule functions).
[[gnu::always_inline]] inline bool Is(std::string_view w, std::string_view literal) {
  return IsIn(w, {literal});
}

using attribution_internal::InTimeSearch;
using attribution_internal::kAdjunctAdverbW;
using attribution_internal::kAdjunctPrepW;
using attribution_internal::kAuxAdverbW;
using attribution_internal::kAuxiliaryW;
using attribution_internal::kBeW;
using attribution_internal::kBodyW;
using attribution_internal::kCitingW;
using attribution_internal::kClauseFunctionW;
using attribution_internal::kClauseOpenerW;
using attribution_internal::kClauseW;
using attribution_internal::kConjunctionW;
using attribution_internal::kCopulaW;
using attribution_internal::kDeterminerW;
using attribution_internal::kFillerW;
using attribution_internal::kIrregularPastW;
using attribution_internal::kLegalFormW;
using attribution_internal::kNoContentW;
using attribution_internal::kNounVerbW;
using attribution_internal::kObjectClauseW;
using attribution_internal::kPersonW;
using attribution_internal::kPluralSpeakerW;
using attribution_internal::kPostModifierW;
using attribution_internal::kPrepositionW;
using attribution_internal::kPronounW;
using attribution_internal::kQuantityHeadW;
using attribution_internal::kRaisingVerbW;
using attribution_internal::kSpeakerW;
using attribution_internal::kSpeakingNounW;
using attribution_internal::kTimeLeadW;
using attribution_internal::kVerbAdverbW;
using attribution_internal::WalkTimes;

// Prepositions that look like participles.
bool IsPrepositionIng(std::string_view w) {
  return IsIn(w, {"during", "including", "according", "regarding", "concerning", "following",
                  "notwithstanding", "excluding", "barring", "pending"});
}

// "someone asked C", "no one expected C": indefinite people as a source
// ("whether anyone disclosed C" asks).
bool IsIndefinitePerson(std::string_view w) {
  return IsIn(w, {"someone", "somebody", "everyone", "everybody", "nobody"});
}

bool IsPersonPronoun(std::string_view w) { return IsIn(w, {"he", "she", "i", "we", "you", "who"}); }

// A word with a possessive ending: "the ministry's", "the Joneses'".
// Inlined, with the last byte tested first: most words end in none of the
// endings' last bytes ('s', an apostrophe, the last byte of "\xE2\x80\x99").
[[gnu::always_inline]] inline bool IsPossessive(std::string_view raw) {
  if (raw.empty() || (raw.back() != 's' && raw.back() != '\'' && raw.back() != '\x99')) {
    return false;
  }
  return EndsWith(raw, "'s") || EndsWith(raw, "\xE2\x80\x99s") || EndsWith(raw, "s'") ||
         EndsWith(raw, "s\xE2\x80\x99");
}

size_t PossessiveLen(std::string_view raw) {
  if (EndsWith(raw, "\xE2\x80\x99s")) {
    return 4;
  }
  if (EndsWith(raw, "'s")) {
    return 2;
  }
  if (EndsWith(raw, "s\xE2\x80\x99")) {
    return 3;
  }
  if (EndsWith(raw, "s'")) {
    return 1;
  }
  return 0;
}

bool IsDoubleQuoteText(std::string_view raw) {
  return raw == "\"" || raw == "\xE2\x80\x9C" || raw == "\xE2\x80\x9D" || raw == "\xC2\xAB" ||
         raw == "\xC2\xBB";
}

// 32 bytes, which Prepare writes for every token (48 with the token's text
// as written beside `low`: DocRun::RawOf derives that). `low` holds the
// same bytes as the text as written wherever it has no ASCII letter, so
// punctuation is tested on `low`: "," "(" "\xE2\x80\x9D".
struct Tok {
  std::string_view low;                    // the token lower-cased ("he's": "he")
  const std::vector<Cue>* cues = nullptr;  // cues whose first word this is
  uint32_t flags = 0;                      // WordFlag bits of a word; 0 for other tokens
  TokenKind kind;
  bool cap;
  uint8_t cut = 0;  // the bytes of the token that low leaves out ("he's": 2)
  // One byte of bits, so that the small fields fill a single word (the
  // token pass writes them with one store):
  bool contracted : 1 = false;  // "he's", "she's": low is the pronoun
  // Set by Prepare after the token pass:
  uint8_t dq : 2 = 0;         // double quote: 1 opening, 2 closing, 3 a '' pair's second
  bool in_quote : 1 = false;  // inside a paired (or paragraph-long) double quote
  bool used : 1 = false;      // already serving as a cue (DoSentence)
  bool in_time : 1 = false;   // inside a date or time expression (DocRun::InTime)
  bool close_dq : 1 = false;  // closes a double quote (DocRun::IsCloseDq), set by Prepare

  // Sets kind and cap, and cut and the bits above to 0, with one 4-byte
  // store (GCC writes them field by field: four stores, and a load, a mask
  // and a store for the bits).
  void SetKind(TokenKind k, bool c) {
    const uint32_t small = static_cast<uint32_t>(k) | static_cast<uint32_t>(c) << 8;
    std::memcpy(&kind, &small, sizeof(small));
  }
};
static_assert(sizeof(Tok) == 32 && offsetof(Tok, kind) == 28 && offsetof(Tok, cut) == 30,
              "Tok::SetKind writes kind, cap, cut and the bits: the last 4 bytes");

// A per-token array of one run, which Prepare writes in place with no
// per-element initialisation; its memory is handed on like the vectors'.
template <typename T>
class ScratchArray {
 public:
  size_t size() const { return size_; }
  T& operator[](size_t i) { return data_[i]; }
  const T& operator[](size_t i) const { return data_[i]; }
  // Room for n elements, to be written (their values are left over).
  T* Resize(size_t n) {
    if (n > capacity_) {
      data_ = std::make_unique<T[]>(n);
      capacity_ = n;
    }
    size_ = n;
    return data_.get();
  }
  void clear() { size_ = 0; }
  void swap(ScratchArray& other) {
    data_.swap(other.data_);
    std::swap(size_, other.size_);
    std::swap(capacity_, other.capacity_);
  }

 private:
  std::unique_ptr<T[]> data_;
  size_t size_ = 0, capacity_ = 0;
};
using TokArray = ScratchArray<Tok>;

struct TokenRange {
  int b = 0, e = 0;  // tokens [b, e)
  bool empty() const { return e <= b; }
};

struct FoundClaim {
  FoundClaim() = default;
  // (A constructor, not parenthesised aggregate initialisation, which
  // clang 14, the fuzzers' compiler, does not have.)
  FoundClaim(model::Claim&& c, TokenRange s, int r, int t)
      : claim(std::move(c)), source(s), reporter(r), cue_token(t) {}
  model::Claim claim;
  TokenRange source;  // tokens of the source (empty: none)
  int reporter = -1;  // nested: found_ index of the claim that reports this one
  // The first token of claim.cue, when Emit set it (no search for it
  // again); -1 for the claims CitedSources adds.
  int cue_token = -1;
};

// The per-token containers of one run, handed on to the next document on
// the same thread (base/reuse.h): a run then allocates little.
struct RunBuffers {
  TokArray tok;
  std::vector<FoundClaim> found;
  ScratchArray<int32_t> sent_of;
  std::vector<int32_t> quote_match, time_start, cue_tokens, quote_tokens, dq_tokens;
  std::vector<uint8_t> drop;

  static RunBuffers& ForThisThread() {
    thread_local RunBuffers buffers;
    return buffers;
  }
};

// The claims whose content may overlap a span, for FollowUpQuotes on a
// long document: found by where the span lies among the sentences instead
// of by a look at every claim. The text's bytes fall into slots, in order:
// those before sentence 0 are slot 0, sentence s is slot 2s+1, the bytes
// after it up to sentence s+1 slot 2s+2. Each content part is listed in
// every slot it touches, and a span asks the slots it touches: "A said C1.
// 'C2.'" lists C1's claim in sentence 0's slot, which a quote in sentence
// 1 does not ask. Two spans sharing a byte share that byte's slot (a slot
// grows with the byte), so every claim with a part overlapping the span is
// asked (some more than once, and some that touch a slot only).
class ContentSlots {
 public:
  // The slots need the sentences in text order, none overlapping the next.
  static bool Usable(const std::vector<model::Sentence>& ss) {
    for (size_t s = 1; s < ss.size(); ++s) {
      if (ss[s].span.begin < ss[s - 1].span.end || ss[s - 1].span.end < ss[s - 1].span.begin) {
        return false;
      }
    }
    return true;
  }
  explicit ContentSlots(const std::vector<model::Sentence>& ss)
      : ss_(ss), head_(2 * ss.size() + 1, -1) {}
  // Lists claim g's content part p (an empty part at its place).
  void Add(int32_t g, Span p) {
    const auto [first, last] = SlotsOf(p);
    for (size_t s = first; s <= last; ++s) {
      next_.push_back(head_[s]);
      claim_.push_back(g);
      head_[s] = static_cast<int32_t>(next_.size() - 1);
    }
  }
  // Whether `test` holds for a claim listed in a slot that `sp` touches.
  template <typename Test>
  bool Any(Span sp, Test test) const {
    const auto [first, last] = SlotsOf(sp);
    for (size_t s = first; s <= last; ++s) {
      for (int32_t k = head_[s]; k >= 0; k = next_[k]) {
        if (test(claim_[k])) {
          return true;
        }
      }
    }
    return false;
  }

 private:
  size_t Slot(uint32_t at) const {
    const size_t k = static_cast<size_t>(
        std::upper_bound(ss_.begin(), ss_.end(), at,
                         [](uint32_t a, const model::Sentence& x) { return a < x.span.begin; }) -
        ss_.begin());  // sentences starting at or before `at`
    return k > 0 && at < ss_[k - 1].span.end ? 2 * k - 1 : 2 * k;
  }
  // The slots of p's bytes (of its place when empty; Span::Overlaps counts
  // an empty span inside another as overlapping it).
  std::pair<size_t, size_t> SlotsOf(Span p) const {
    const uint32_t lo = std::min(p.begin, p.end), hi = std::max(p.begin, p.end);
    return {Slot(lo), Slot(hi > lo ? hi - 1 : lo)};
  }

  const std::vector<model::Sentence>& ss_;
  std::vector<int32_t> head_, next_, claim_;  // lists through next_, latest first
};

// One run over one document.
class DocRun {
 public:
  // `words`: of `doc` and `layer`, looked up in a table `lex` added its
  // words to (Lexicon::AddWords).
  DocRun(const Lexicon& lex, const model::Document& doc, const model::TextLayer& layer,
         std::vector<model::Mention>& mentions, const std::vector<model::TimeExpr>& times,
         const Words& words)
      : lex_(lex),
        doc_(doc),
        layer_(layer),
        mentions_(mentions),
        times_(times),
        lower_(words.lower_text()),
        records_(words.records()) {
    Exchange(RunBuffers::ForThisThread(), true);
  }
  ~DocRun() { Exchange(RunBuffers::ForThisThread(), false); }
  DocRun(const DocRun&) = delete;
  DocRun& operator=(const DocRun&) = delete;

  std::vector<model::Claim> Run();

 private:
  using Range = TokenRange;
  using Found = FoundClaim;

  // Takes the buffers' memory (`take`) or gives it back.
  void Exchange(RunBuffers& b, bool take);
  void Prepare();
  void DoSentence(int si);
  // "MAYOR: We will rebuild.": a speaker's label opening the paragraph that
  // sentence si opens.
  // b: the label's first token, k: its colon (LabelColon).
  void SpeakerLabel(int si, int b, int k);
  // The colon of a label opening the paragraph at token a (sentence end
  // e): up to four capitalised words after any opening quotes, then ":",
  // the first word at *b. -1 without one. Inline, apart from the rest of
  // SpeakerLabel: most paragraphs fail it within a token or two, in fewer
  // instructions than a call takes.
  [[gnu::always_inline]] int LabelColon(int a, int e, int* b) const {
    int f = a;
    while (f < e && tok_[f].kind == TokenKind::kOpenQuote) {
      ++f;
    }
    int k = f;
    while (k < e && k - f < 4 && IsWord(k) && tok_[k].cap) {
      ++k;
    }
    *b = f;
    return k == f || k >= e || !IsPunct(k, ":") ? -1 : k;
  }
  void SourcedAfter(int si);
  void DashSignatures();
  void FollowUpQuotes();
  // Up to this many claims, FollowUpQuotes compares a quote with each;
  // more are looked up by where their contents lie (ContentSlots).
  static constexpr size_t kFewFollowUps = 64;
  void DropChannels();
  // Removes the claims marked in `drop` (one flag per found_ entry), in order,
  // and renumbers the reporters of those left (a dropped reporter: none).
  // `at`, when given, receives each old index's new one (-1: dropped).
  void DropMarked(const std::vector<uint8_t>& drop, std::vector<int>* at = nullptr);
  void DropReportedStances();
  // "X, citing Y, reported C", "X reported C, citing Y", "Citing Y, X said
  // C": Y's claim of C, reported by X's claim (Claim::reported_by) and
  // relayed through X (Claim::via). Runs after the last drop.
  void CitedSources();
  // "Y said C, X reported": Y's claim, the trailing reporter its channel.
  void TrailingChannels();
  // The cited phrase [b, e) after "citing" names a speaker: a person noun
  // ("an official", "sources") or a tagged person or organisation.
  bool CitedSource(int b, int e) const;
  // Sets c's channel (Claim::via) to the phrase [b, e).
  void SetVia(Range r, model::Claim& c);
  bool TryCue(int si, int i, const Cue& cue, int n);

  bool TryAccordingTo(int si, int i, int n);
  // `from`: where to look for the content, when not right after the cue.
  bool TryLeading(int si, int i, const Cue& cue, int n, int src_b, int src_e, bool negated,
                  int from = -1);
  // The source is tokens [src_b, src_e); its phrase, which the content
  // ends before, begins at phrase_b (before src_b for a name in apposition
  // to a description: FindSubject's `described`).
  bool TryTrailing(int si, int i, const Cue& cue, int n, int phrase_b, int src_b, int src_e,
                   bool negated);
  bool TryInverted(int si, int i, const Cue& cue, int n);
  bool NameOfOrganisation(int b, int e, int end) const;
  bool TryParticiple(int si, int i, const Cue& cue, int n);
  bool TryOpeningParticiple(int si, int i, const Cue& cue, int n);
  bool TryNoun(int si, int i, const Cue& cue, int n);
  // "amid growing fears that C", "despite warnings from the bank that C":
  // a noun cue without a possessor after a preposition; the "from" phrase
  // is the source, else nobody is named.
  bool TryBareNoun(int si, int i, const Cue& cue, int n);
  bool TryHedge(int si, int i, const Cue& cue, int n);
  // The source phrase r holds a subject and a finite verb: no source.
  bool ClauseInSource(Range r) const;
  // "In a poll by X, C": X's finding.
  bool TryInPoll(int si, int i, int n);
  // "X is expected to C": TryHedge's raised subject, at the auxiliary p.
  bool TryRaised(int si, int i, const Cue& cue, int n, int p);
  bool TryPassive(int si, int i, const Cue& cue, int n);
  // "X has been accused of C", "X was criticized for C": a charge whose
  // makers go unnamed; the content is X and C. j: the form of "be".
  bool TryPassiveCharge(int si, int i, const Cue& cue, int n, int j, bool negated);
  // "X was quoted (by Y) as saying C", "C, X was quoted as saying": X's
  // claim, relayed by Y. i: the participle after "as".
  bool TryQuotedAs(int si, int i, const Cue& cue, int n);
  // "X has been called C by Y", "X was described as C by Y", "X is being
  // criticized as C": the namer's claim that X is C. j: the form of "be".
  bool TryPassiveNaming(int si, int i, const Cue& cue, int n, int j, bool negated);
  // "Asked whether C, X said D", "When asked about C, X said D", "X was
  // asked how C": a question put with no asker named. j: the form of "be"
  // of a passive, or -1.
  bool TryAskedQuestion(int si, int i, const Cue& cue, int n, int j);
  // The subject of a passive whose "be" is at j: back over auxiliaries and
  // adverbs to the clause start; empty when it is no plain phrase.
  Range PassiveSubject(int si, int j) const;
  // "The Gazette cited X as saying C": X's claim `c` (source at token `sb`)
  // is relayed by the subject of "cited", its channel (Claim::via).
  void Relay(int si, int sb, model::Claim& c);

  // Helpers over tokens.
  // The token as written: "He's" where low is "he".
  std::string_view RawOf(const Tok& t) const {
    return {doc_.text.data() + (t.low.data() - lower_.data()), t.low.size() + t.cut};
  }
  std::string_view Raw(int i) const { return RawOf(tok_[i]); }
  bool IsWord(int i) const { return tok_[i].kind == TokenKind::kWord; }
  [[gnu::always_inline]] bool IsPunct(int i, std::string_view p) const {
    return Is(tok_[i].low, p);
  }
  [[gnu::always_inline]] bool IsComma(int i) const { return IsPunct(i, ","); }
  bool IsDash(int i) const {
    return IsIn(tok_[i].low, {"-", "\xE2\x80\x93", "\xE2\x80\x94", "\xE2\x80\x95", "--"});
  }
  // Quote tests answer false outside the tokens: callers look one token past
  // a clause ("a comma before a closing quote") that may end the text.
  bool InTokens(int i) const { return i >= 0 && i < static_cast<int>(tok_.size()); }
  bool IsOpenDq(int i) const { return InTokens(i) && tok_[i].dq == 1; }
  bool IsCloseDq(int i) const { return InTokens(i) && tok_[i].close_dq; }
  int QuoteBody(int open) const { return tok_[open + 1].dq == 3 ? open + 2 : open + 1; }
  bool IsEndPunct(int i) const { return IsIn(tok_[i].low, {".", "!", "?", "\xE2\x80\xA6", "..."}); }
  // Content end: drops final punctuation and closing quotes of the sentence.
  int TrimEnd(int b, int e) const;
  int TrimBegin(int b, int e) const;
  // Ends c's first content span at the first unquoted comma after token
  // `from` (before `e`): "Despite fears that C, X ...", "accused of C,
  // reflecting D". False when nothing is left before that comma.
  bool EndAtComma(int from, int e, model::Claim& c) const;
  // "said in a statement it would D": after "in" or "on" at k, a speaking
  // event ("a statement", "an interview", "its annual report") followed by
  // the clause said, without "that". Returns the clause's first token, or
  // k when there is no such event.
  int SpeakingEventEnd(int k, int e) const;
  // "insisted for weeks that C", "said again and again that C": after k, the
  // end of a span of time between a cue and its content (at "that" for a
  // "for" phrase), or k when there is none.
  int SpanOfTimeEnd(int k, int e) const;
  // Ends c's first content span (which starts at token cb) at the comma
  // where a main clause begins, its subject right after the comma: "While
  // X suggested C, the mayor D", "Despite his claim that C, the council D".
  void EndAtMainClause(int cb, int e, model::Claim& c) const;
  // "Roe, who said C, left the talks", "The panel, which found C, has
  // D": the relative clause holding the cue ends at the comma before the
  // main clause's verb; c's content from cb.
  // Only C's first comma may close it ("who said the plant, its largest,
  // would close, cut D" keeps C whole).
  void EndRelativeClause(int cb, int e, model::Claim& c) const;
  // "The union's claim that the mill was unsafe was rejected": C (from cb)
  // ends before a verb group that follows C's own verb and a word after it,
  // with no comma, quote, pronoun or clause word between.
  void EndBeforeSecondVerb(int cb, int e, model::Claim& c) const;
  // Whether the words from a (the sentence's first token) to sb make a
  // short opening phrase: "Despite", "Contrary to", "In spite of".
  bool OpeningPhraseBefore(int a, int sb) const;
  // Past a sentence-opening connective of the writer's: "But", "However,",
  // "In addition,", "As for the budget,". Returns b when there is none.
  int SkipConnective(int b, int e) const;
  // Past a dateline opening the sentence at b ("WASHINGTON — C"), or b.
  int SkipDateline(int b, int e) const;
  // The span of a source phrase without a trailing possessive ("the
  // agency's" -> "the agency").
  Span SourceSpanOf(Range r) const {
    Span sp = SpanOf(r.b, r.e);
    if (size_t pl = PossessiveLen(Raw(r.e - 1)); pl && sp.size() > pl) {
      sp.end -= static_cast<uint32_t>(pl);
    } else if (const Tok& t = tok_[r.e - 1]; t.contracted && RawOf(t).size() > t.low.size()) {
      sp.end -= static_cast<uint32_t>(RawOf(t).size() - t.low.size());  // "They're": "They"
    }
    return sp;
  }
  Span SpanOf(int b, int e) const {
    return {layer_.tokens[b].span.begin, layer_.tokens[e - 1].span.end};
  }

  // "Officials and analysts said", "The mayor and the governor said": the
  // "and" at k joins two speakers' nouns opening the sentence (the second
  // ending at j), so the walk of SubjectStart goes on past it.
  bool SpeakersOpeningSentence(int k, int j, int a) const;
  // Walks left from token j (inclusive) over a subject noun phrase; returns
  // its first token, or -1 when there is none.
  int SubjectStart(int j, int a) const;
  // The end (exclusive) of a noun phrase starting at k, or k when none.
  int ObjectNpEnd(int k, int e) const;
  // "told the dairy farmers that C": where the addressee noun phrase
  // starting at k ends, at "that" or at a time phrase before it; -1 when k
  // opens no such phrase. Without `tell` ("warned voters that C") the
  // phrase must name a person or group.
  int AddresseeEnd(int k, int e, bool tell) const;
  // Whether the -ing word at p (after k) is a noun: "the same meeting".
  bool IngNoun(int p, int k) const;
  // The end (exclusive) of a source phrase read rightwards from k: "Rep. G.K.
  // Butterfield (D-N.C.)", "officials in Seoul", "a report by the agency".
  int NpForward(int k, int e) const;
  // A noun phrase that can be a source: a name, a pronoun or a speaker noun.
  // `lenient` lets a capitalised sentence-initial word count as a name.
  bool PlausibleSource(int b, int e, bool lenient = false) const;
  bool HeadIsSpeaker(int b, int e) const;
  // Whether a hyphenated word is a speaker's title: a speaker noun with a
  // title's suffix or a rank's prefix ("director-general", "editor-in-chief",
  // "vice-chairman", "ex-minister"); not "post-traumatic".
  bool HyphenatedSpeaker(std::string_view w) const;
  // Skips adjuncts after a cue ("on Friday", "in a statement", "that").
  // `keep_to`: "to" starts the content ("wants to leave"), not an adjunct.
  int SkipAdjuncts(int k, int e, int32_t* stated_on, bool* saw_that, bool keep_to = false) const;
  // Past a cue of n tokens at i: its addressee ("told reporters") and its
  // adjuncts ("on Friday", "in a statement"), whose date goes to c.
  int PastCue(int i, int n, const Cue& cue, int e, model::Claim& c, bool* saw_that) const {
    int k = i + n;
    if (cue.frame == CueFrame::kTell) {
      k = ObjectNpEnd(k, e);
    }
    return SkipAdjuncts(k, e, &c.stated_on, saw_that);
  }
  int TimeStartingAt(int k) const;
  int DateStartingAt(int k) const;  // the same, for dates and times of day only
  // The relative pronoun in [b, e) that is the subject of a cue at e ("X,
  // who said", "X, head of Y, which reported", "a group that says"), or -1.
  int RelativeSubject(int b, int e) const;
  // "the bridge, which he said would open", "Poets, she said, can rock":
  // the part of a leading content that stands before its speaker `src`,
  // given the cue and the content's first token; empty when there is none
  // (or no speaker).
  Range ContentHead(int si, const Cue& cue, Range src, int content_b) const;
  // A mention of the tagger starts at token k (only the tagger's count as
  // names: the ones added here are guesses). Searched when asked, as the
  // rules ask about a few tokens only (marking every mention's first token
  // took a walk over the tokens from one mention to the next).
  bool MentionStartsAt(int k) const;
  // Whether tokens [nb, ne), an apposition after the description [db, de),
  // are a person's tagged name and the description holds a word in lower
  // case ("The chief executive of Harlow Bank, Tom Baker, said").
  bool DescribedPersonNamed(int db, int de, int nb, int ne) const;
  // Calls f(index) for every mention whose span lies inside `span`: a binary
  // search over the tagger's sorted mentions, then the few added here.
  template <class F>
  void ForMentionsWithin(Span span, F f) const {
    size_t lo = 0;
    if (sorted_) {
      auto it = std::lower_bound(
          mentions_.begin(), mentions_.begin() + static_cast<std::ptrdiff_t>(tagged_count_),
          span.begin, [](const model::Mention& m, uint32_t b) { return m.span.begin < b; });
      lo = static_cast<size_t>(it - mentions_.begin());
    }
    for (size_t m = lo; m < tagged_count_; ++m) {
      if (sorted_ && mentions_[m].span.begin >= span.end) {
        break;
      }
      if (span.Contains(mentions_[m].span)) {
        f(m);
      }
    }
    if (mentions_.size() - tagged_count_ <= ScanLimit(kFewAdded)) {
      for (size_t m = tagged_count_; m < mentions_.size(); ++m) {
        if (span.Contains(mentions_[m].span)) {
          f(m);
        }
      }
      return;
    }
    // Many added (a long document): those starting inside the span, found
    // by start, then taken in index order.
    const std::vector<uint32_t>& by_start = AddedByStart();
    std::vector<uint32_t> within;
    for (auto it =
             std::lower_bound(by_start.begin(), by_start.end(), span.begin,
                              [&](uint32_t m, uint32_t b) { return mentions_[m].span.begin < b; });
         it != by_start.end() && mentions_[*it].span.begin < span.end; ++it) {
      if (span.Contains(mentions_[*it].span)) {
        within.push_back(*it);
      }
    }
    std::sort(within.begin(), within.end());
    for (const uint32_t m : within) {
      f(m);
    }
  }
  // Up to this many mentions added here are looked through one by one;
  // more are looked up by their start.
  static constexpr size_t kFewAdded = 32;
  // The mentions added here, by start (ties by index): those added since
  // the last call put in their places (most go at the end).
  const std::vector<uint32_t>& AddedByStart() const {
    for (size_t m = tagged_count_ + added_by_start_.size(); m < mentions_.size(); ++m) {
      auto before = [&](uint32_t a, uint32_t b) {
        return mentions_[a].span.begin != mentions_[b].span.begin
                   ? mentions_[a].span.begin < mentions_[b].span.begin
                   : a < b;
      };
      const auto at = std::upper_bound(added_by_start_.begin(), added_by_start_.end(),
                                       static_cast<uint32_t>(m), before);
      added_by_start_.insert(at, static_cast<uint32_t>(m));
    }
    return added_by_start_;
  }
  int TokenAtOrAfter(uint32_t byte) const;
  // The same, knowing that no token before `from` qualifies, for a byte
  // likely a few tokens on (walks).
  int TokenAtOrAfter(uint32_t byte, int from) const;
  // Tokens a..k are a sentence-opening date phrase: "On Wednesday", "Last week".
  bool OpensSentence(int k, int a) const {
    for (int x = a; x <= k; ++x) {
      if (!InTime(x) && !(x == a && (tok_[x].flags & kPrepositionW))) {
        return false;
      }
    }
    return true;
  }
  // Token k lies inside a date or time expression (times_ is sorted by
  // span); sets ("daily") and durations do not count. Prepare marks those
  // tokens (Tok::in_time) when the times come sorted, the rules asking
  // about many more tokens than the times hold; else a search.
  bool InTime(int k) const {
    return times_sorted_ ? tok_[k].in_time : InTimeSearch(times_, layer_.tokens[k].span.begin);
  }
  int QuoteEndFor(int open) const { return quote_match_[open]; }
  // A title-case headline: nearly every word of four letters or more is
  // capitalised.
  bool TitleCase(int a, int e) const {
    int long_words = 0, caps = 0;
    for (int k = a; k < e; ++k) {
      if (IsWord(k) && Raw(k).size() >= 4) {
        ++long_words;
        caps += tok_[k].cap ? 1 : 0;
      }
    }
    return long_words >= 4 && caps * 10 >= long_words * 9;
  }

  // Content from token k to the sentence end; follows a direct quote opened
  // at k past the sentence. Stops at ", adding ..." and ", according to".
  void ContentAfter(int si, int k, model::Claim& c) const;
  // Content before the source ending at the comma/quote at `stop`.
  bool ContentBefore(int si, int stop, model::Claim& c) const;
  int ClauseStop(int k, int e) const;
  // ClauseStop looks further at token t: a conjunction ("and", "but",
  // "while", "whereas") or a comma or semicolon. (A token that is no word
  // has no flags.)
  static bool MayEndClause(const Tok& t) {
    return (t.flags & kConjunctionW) || (t.low.size() == 1 && (t.low[0] == ',' || t.low[0] == ';'));
  }
  bool IsClauseParticiple(std::string_view w) const;
  // At q, after a comma: the writer's aside on the reported event's
  // consequence or setting, no part of what was said: "C, prompting calls
  // for D", "C, sending shares lower", "C, amid reports of D", "C, even as
  // D", "C, consistent with D".
  bool WritersAside(int q, int e) const;
  // Where a noun-phrase content from k ends at the speaker's next act:
  // "signaled willingness to change the law but has met opposition". A
  // clause word or a quote in the phrase keeps `stop` (its own verbs).
  int NounPhraseAnd(int k, int stop) const;
  // Where an object opening with a name at k ends before the verb's own
  // adjunct: "criticized Ruiz because D", "attacked Ruiz during the vote".
  // `stop` when none follows.
  int NameThenAdjunct(int k, int stop) const;
  // Where an infinitive content opening with "to" at k ends before the
  // writer's next clause: "agreed to lend $5 million, and the union also
  // stepped in", "wants to end the tax break, which helps D". `stop` when
  // none follows.
  int InfinitiveEnd(int k, int stop) const;
  // Whether [b, e), after a subject's first word, holds an auxiliary or a
  // past verb: "(and the union) also stepped in", "(but her plan) would
  // need"; not "(and a 16 pct) interest in Y", "(and a stake) owned by Y".
  bool VerbAfterSubject(int b, int e) const;
  // At p: a phrase placing the act of speaking, which ends an object
  // content: "in a tweet", "at a rally", "on Friday" (k: where the object
  // starts).
  bool SpeakingEventAt(int p, int k, int stop) const;
  // At q: a short subject and a past-tense cue verb ("Unions accused").
  // `comma`: a comma precedes the conjunction, which then joins clauses
  // rather than noun phrases ("the mayor and her aides support C").
  bool ConjoinedAttribution(int q, int e, bool comma) const;
  // "she said," / "the mayor added." / "said Ortiz,": a speech tag starting
  // at q that ends at a comma or the sentence's end.
  bool SpeechTagAt(int q, int e) const;
  // A bare verb after "to" or a modal ("would formally declare"): no verb
  // with a subject of its own.
  bool AfterModal(int q) const {
    auto modal = [&](int r) {
      return r >= 0 && IsIn(tok_[r].low, {"to", "would", "will", "could", "should", "may", "might",
                                          "must", "can", "cannot"});
    };
    return modal(q - 1) || (q >= 2 && EndsWith(tok_[q - 1].low, "ly") && modal(q - 2));
  }
  // A lower-case cue verb among the tokens [b, e): another claim's verb.
  // (A whole cue phrase: "went after" is one, "went bankrupt" none; nor is
  // the "in" of "in a poll, C".)
  bool HasCue(int b, int e) const {
    for (int q = b; q < e; ++q) {
      if (!tok_[q].cap && CueAt(q, /*verb=*/true)) {
        return true;
      }
    }
    return false;
  }
  // After a comma in an object: the "and" (or "or") ending a list of noun
  // phrases that starts at q ("Clinton, Ryan and Pence"), or -1.
  int ListAnd(int q, int stop) const;
  // After a comma in an object: the end of a name starting at q that
  // closes the object or is set off by another comma ("Dayton, Ohio,", "the
  // curator, Ana Ruiz of the gallery"), or -1.
  int NameApposition(int q, int stop) const;
  // A subject pronoun or a finite verb among the tokens [b, e): "prices
  // rose", "he left" are clauses, "the rise in prices" a noun phrase.
  bool LooksFinite(int b, int e) const;
  // After an object: "during the debate", "since the debate", "since he
  // left", or a bare day or week ("Wednesday", "this past week"): when X
  // spoke, not what about.
  bool TimeOfSpeaking(int p, int stop) const;
  // "“C,” she said, looking at the crowd": a participle at q describing
  // the speaking (not "including D", nor the gerund subject of "replacing
  // him would be D").
  bool MannerParticiple(int q, int e) const;
  // A finite verb phrase without a subject at q ("did not object",
  // "has since resigned", "vowed to"): after "and" or "but" it shares the
  // subject of the clause before.
  bool FiniteVerbAt(int q, int e) const;
  // At q, after "and"/"but": a second speech verb of the same subject, in
  // the past tense ("C and warned D", "C but did not deny D").
  bool ConjoinedSpeechVerb(int q, int e) const;
  // "see X as Y": from k, a short object, then "as" and a phrase that is not
  // a comparison ("as high as") or a clause ("as it was").
  bool SeeAs(int k, int e) const;
  // A one-word cue of speaking ("said", "told", "added") starts at q.
  bool SpeechVerbAt(int q) const;
  // Some cue of the lexicon matches all its words from k on (with `verb`,
  // a cue that is neither a noun nor a preposition). Inline, as most
  // words start no cue and the scans call it for every word.
  bool CueAt(int k, bool verb = false) const {
    return IsWord(k) && tok_[k].cues && CueMatchesAt(k, verb);
  }
  // CueAt for a word that starts some cue.
  bool CueMatchesAt(int k, bool verb) const;
  // The subject ending at token j: skips "X, a spokesman for Y," appositions
  // and "X, who" relatives. Returns false when there is none.
  // The subject ending at token j. `described`, when given, is set to the
  // first token of a description the subject (a name) stands in apposition
  // to ("the governor of the Bank of Lindby, Tom Baker, said": "the"), else
  // left.
  bool FindSubject(int si, int j, Range* out, int* described = nullptr) const;
  // Whether tokens b..e (a comma before them, then words from a on) are a
  // state or country after a place: "based in Lindby, Calif.", "from
  // Lindby, Alabama" (no person's name: "of Lindby, Jane Roe").
  bool PlaceAfterPlace(int b, int e, int a) const;
  // Newswires mark a company's name or its ticker with angle brackets:
  // "<Lindby Inc> said", "Lindby Inc <LIND> said". For the token j before a
  // verb: the name's last token ("Inc" in both), setting *name_b to its
  // first one when the brackets enclose it; j itself (and *name_b -1)
  // without such brackets.
  int NameBeforeMarkup(int j, int a, int* name_b) const;
  // Whether the phrase sb..se after a cue is a clause said rather than an
  // inverted speaker: "..., said it acquired Z".
  bool ClauseAfterCue(int sb, int se) const;
  // "C, X said as lead manager.", "C, said X as he left.": an "as" phrase
  // at k closing the sentence (at end) after a trailing cue tells X's role
  // or the moment, no content. Returns end for such a phrase, else k.
  int AsTail(int k, int end) const;
  // "As X put it (in a letter to Y in July), C": for the speaker at src_b
  // opening the sentence after "as" (and a connective), the comma that
  // ends the clause (found from k, words only before it), or -1.
  int OpeningAsComma(int si, int src_b, int k) const;
  // "C, X told a news conference.", "C, X told political leaders in
  // Lindby.": the rest of a trailing telling verb's addressee (ObjectNpEnd
  // takes one word of a lower-case phrase), from k to the sentence's end
  // at end: words, none a verb or a clause's. Returns end for it, else k.
  int AddresseeTail(int k, int end) const;
  Range SentenceSource(int si, int before) const;
  // Up to this many claims found, SentenceSource looks through them all;
  // more are looked up by sentence.
  static constexpr size_t kFewFound = 64;
  // found_ by sentence, for SentenceSource: each sentence's claims by their
  // source (a list through source_prev, latest first) and the claims whose
  // content overlaps it (a list of content_found through content_next).
  // Brought up to date when asked: the claims added since (found_ only grows
  // while the sentences are read, but for one pop_back, after which it is
  // made again).
  struct FoundIndex {
    size_t count = 0;  // found_ entries in it
    uint64_t generation = 0;
    std::vector<int> source_head, source_prev, content_head, content_next, content_found;
  };
  const FoundIndex& FoundBySentence() const;
  // "Jane Roe, 59, of Dover, who saw it, said": the first named phrase of a
  // comma-separated run ending at the comma j.
  Range FarSubject(int si, int j) const;
  // "A poll released in late August found": the phrase before a participle.
  Range ReducedRelative(int si, int j) const;
  // "Senator Lee praised the bill and said ...": a name opening the sentence.
  // speaker_noun: also "The ministry filed a report" (SpeakerNounSubject),
  // for a participle after the clause.
  Range SentenceSubject(int si, int before, bool speaker_noun = false) const;
  Range SpeakerNounSubject(int sb, int before) const;
  // "He toured the town and promised C", "The company reviewed its books
  // and found C": a subject pronoun or a speaker-noun phrase opening the
  // sentence, when its verb runs on to the "and" at j with no other clause
  // opening between.
  Range CoordinatedSubject(int si, int j) const;
  // "Experts on trade and tariffs said", "Those close to him say",
  // "research conducted by the institute found": the whole noun phrase from
  // the clause start to the cue at j+1. Sets *weak when only a plural common
  // noun makes it a source ("environmentalists worry that C").
  Range ClauseSubject(int si, int j, bool* weak) const;

  int32_t ResolveSource(Range r);
  // The mention a claim is attributed to: the mention itself, or for an
  // unnamed person acting for an organisation, that organisation.
  int32_t Representative(int32_t m) const;
  // The end of m's antecedent chain (m itself without one; -1 for -1).
  int32_t FinalAntecedent(int32_t m) const {
    for (int guard = 0; guard < 8 && m >= 0 && mentions_[m].antecedent >= 0; ++guard) {
      m = mentions_[m].antecedent;
    }
    return m;
  }
  int32_t FindAntecedent(int before_tok, bool person, bool claims_only = false) const;
  model::EntityType GuessType(Range r) const;
  // The role noun's token where r is a role noun's phrase with its "of" or
  // "for" object ("the head of the Lindby council", "a member of the board",
  // "the heads of both agencies": a person or persons described by a role,
  // no anaphor), or -1.
  int RoleOfPhrase(Range r) const;
  // The relation noun's token when the source opens with one and its "of"
  // object ("a friend of Jane Roe", "critics of the plan"), else -1.
  int RelationOfPhrase(Range r) const;
  void Emit(int si, const Cue& cue, int cue_b, int cue_e, Range src, model::Claim&& c);

  const Lexicon& lex_;
  const model::Document& doc_;
  const model::TextLayer& layer_;
  std::vector<model::Mention>& mentions_;
  const std::vector<model::TimeExpr>& times_;

  std::string_view lower_;            // doc_.text with ASCII letters lower-cased
  const WordRecord* const* records_;  // each token's (Words::records)
  TokArray tok_;
  std::vector<int32_t> quote_match_;   // open dq -> close dq token, or paragraph end token
  ScratchArray<int32_t> sent_of_;      // token -> its sentence, or -1
  std::vector<int32_t> cue_tokens_;    // the words some cue starts with, in order
  size_t next_cue_ = 0;                // DoSentence: those before lie before its sentence
  std::vector<int32_t> quote_tokens_;  // the quote marks, in order
  std::vector<int32_t> dq_tokens_;     // the tokens with Tok::dq set, in order
  std::vector<Found> found_;
  std::vector<uint8_t> drop_;    // DropChannels, DropReportedStances: a flag per found_ entry
  bool tagged_ = false;          // the entity tagger gave mentions
  bool weak_source_ = false;     // the source is only a described thing: "the fund"
  bool object_content_ = false;  // ContentAfter reads an object noun phrase
  bool citing_ = false;          // some word is "citing" or "quoting" (CitedSources)

  size_t tagged_count_ = 0;
  mutable std::vector<uint32_t> added_by_start_;  // AddedByStart
  mutable FoundIndex found_index_;                // FoundBySentence
  uint64_t found_generation_ = 0;                 // counts found_'s pop_backs
  bool sorted_ = true;                            // the tagger's mentions are sorted by begin
  // Token -> the first time expression starting at it, or -1; filled when
  // the times come sorted by begin (else TimeStartingAt searches).
  std::vector<int32_t> time_start_;
  bool times_sorted_ = false;
};

void DocRun::Exchange(RunBuffers& b, bool take) {
  auto hand = [take](auto& buffer, auto& member) {
    take ? base::HandOver(buffer, member) : base::HandOver(member, buffer);
  };
  hand(b.tok, tok_);
  hand(b.found, found_);
  hand(b.quote_match, quote_match_);
  hand(b.sent_of, sent_of_);
  hand(b.time_start, time_start_);
  hand(b.cue_tokens, cue_tokens_);
  hand(b.quote_tokens, quote_tokens_);
  hand(b.dq_tokens, dq_tokens_);
  hand(b.drop, drop_);
}

void DocRun::Prepare() {
  const auto& ts = layer_.tokens;
  const size_t n = ts.size();
  Tok* const out = tok_.Resize(n);
  uint32_t all_flags = 0;  // the flags of every word, or-ed (kCitingW for citing_)
  // Held in locals: the compiler cannot tell the token writes from them and
  // would load them again for every token.
  const model::Token* const tokens = ts.data();
  const char* const text = doc_.text.data();
  const char* const lower = lower_.data();
  const WordRecord* const* const records = records_;
  for (size_t i = 0; i < n; ++i) {
    const auto& t = tokens[i];
    const TokenKind kind = t.kind;  // (read once: the stores below may alias it)
    std::string_view raw(text + t.span.begin, t.span.size());
    std::string_view low(lower + t.span.begin, t.span.size());
    const unsigned char c0 = raw.empty() ? 0 : static_cast<unsigned char>(raw[0]);
    Tok& x = out[i];
    x.low = low;
    x.SetKind(kind, c0 >= 'A' && c0 <= 'Z');
    if (kind == TokenKind::kWord) {
      const WordRecord& r = *records[i];
      Lexicon::WordInfo info{r.attribution_flags, r.cues, r.contraction};
      if (info.contraction != 0) [[unlikely]] {
        // "He's said", "they're convinced": the pronoun's info. "HE'S" (an
        // upper-case "S" as written) is no contraction and no key.
        if (low.back() == 's' && raw.back() != 's') {
          info = {};
        } else {
          low.remove_suffix(info.contraction);
          x.low = low;
          x.cut = info.contraction;
          x.contracted = true;
        }
      }
      x.flags = info.flags;
      x.cues = info.cues;
      all_flags |= info.flags;
      if (info.cues) {
        cue_tokens_.push_back(static_cast<int32_t>(i));
      }
    } else {
      x.flags = 0;
      x.cues = nullptr;
      if (kind == TokenKind::kOpenQuote || kind == TokenKind::kCloseQuote) {
        quote_tokens_.push_back(static_cast<int32_t>(i));
      }
    }
  }
  citing_ = (all_flags & kCitingW) != 0;
  const auto& quotes = quote_tokens_;
  for (size_t q = 0; q < quotes.size(); ++q) {
    const size_t i = static_cast<size_t>(quotes[q]);
    const Tok& t = tok_[i];
    if (IsDoubleQuoteText(t.low)) {
      tok_[i].dq = t.kind == TokenKind::kOpenQuote ? 1 : 2;
      // ”Like this.” : a right quote opening a paragraph, glued to a word.
      if (tok_[i].dq == 2 && Is(t.low, "\xE2\x80\x9D") && i + 1 < n && !ts[i + 1].space_before &&
          tok_[i + 1].kind == TokenKind::kWord &&
          (i == 0 || doc_.text[ts[i].span.begin - 1] == '\n')) {
        tok_[i].dq = 1;
      }
      dq_tokens_.push_back(static_cast<int32_t>(i));
    } else if ((Is(t.low, "'") || Is(t.low, "\xE2\x80\x99") || Is(t.low, "\xE2\x80\x98")) &&
               i + 1 < n && tok_[i + 1].low == t.low && !ts[i + 1].space_before) {
      // ''Like this,'' said the writer: two apostrophes as a double quote.
      bool open = (i == 0 || ts[i].space_before || tok_[i - 1].kind == TokenKind::kOpenQuote) &&
                  i + 2 < n && !ts[i + 2].space_before;
      tok_[i].dq = open ? 1 : 2;
      tok_[i + 1].dq = 3;
      dq_tokens_.push_back(static_cast<int32_t>(i));
      dq_tokens_.push_back(static_cast<int32_t>(i + 1));
      if (q + 1 < quotes.size() && static_cast<size_t>(quotes[q + 1]) == i + 1) {
        ++q;  // the second half, a quote token too
      }
    }
  }
  // The closing quotes, which the rules ask about at many tokens: a closing
  // mark, or a '' pair's second half after a closing first.
  for (const int32_t i : dq_tokens_) {
    const uint8_t dq = tok_[i].dq;
    tok_[i].close_dq = dq == 2 || (dq == 3 && i > 0 && tok_[i - 1].dq == 2);
  }
  sorted_ = std::is_sorted(
      mentions_.begin(), mentions_.begin() + static_cast<ptrdiff_t>(tagged_count_),
      [](const model::Mention& a, const model::Mention& b) { return a.span.begin < b.span.begin; });
  times_sorted_ = std::is_sorted(times_.begin(), times_.end(),
                                 [](const model::TimeExpr& a, const model::TimeExpr& b) {
                                   return a.span.begin < b.span.begin;
                                 });
  time_start_.assign(n, -1);
  if (times_sorted_) {
    // Each time's first token (the first time starting there), and the
    // tokens InTime finds inside a date or a time.
    WalkTimes(
        ts, times_,
        [&](size_t t, size_t k) {
          if (k < n && ts[k].span.begin == times_[t].span.begin && time_start_[k] < 0) {
            time_start_[k] = static_cast<int32_t>(t);
          }
        },
        [out](size_t k) { out[k].in_time = true; });
  }
  quote_match_.assign(n, -1);
  // Each token's sentence, written once: the sentences' tokens below, the
  // tokens before, between and after them -1.
  int32_t* const sent_of = sent_of_.Resize(n);
  uint32_t covered = 0;  // the tokens before it are written
  // Pairs double quotes within each paragraph; an unclosed quote runs to the
  // paragraph's end (news style for multi-paragraph quotes).
  const auto& ss = layer_.sentences;
  size_t s = 0;
  while (s < ss.size()) {
    size_t p_end = s;
    while (p_end < ss.size() && ss[p_end].paragraph == ss[s].paragraph) {
      ++p_end;
    }
    int open = -1;
    int last = static_cast<int>(ss[p_end - 1].end_token);
    for (size_t k = s; k < p_end; ++k) {
      const uint32_t first = ss[k].first_token, end = ss[k].end_token;
      if (first >= end) {
        continue;
      }
      if (first > covered) {
        std::fill(sent_of + covered, sent_of + first, -1);
      }
      std::fill(sent_of + first, sent_of + end, static_cast<int32_t>(k));
      covered = std::max(covered, end);
      // Only the tokens with dq set can open or close a quote.
      for (auto it =
               std::lower_bound(dq_tokens_.begin(), dq_tokens_.end(), static_cast<int32_t>(first));
           it != dq_tokens_.end() && static_cast<uint32_t>(*it) < end; ++it) {
        const uint32_t i = static_cast<uint32_t>(*it);
        if (IsOpenDq(static_cast<int>(i))) {
          if (open >= 0) {
            quote_match_[open] = -1;
          }
          open = static_cast<int>(i);
        } else if (IsCloseDq(static_cast<int>(i)) && open >= 0) {
          quote_match_[open] = static_cast<int32_t>(i);
          quote_match_[i] = open;
          for (uint32_t q = open + 1; q < i; ++q) {
            tok_[q].in_quote = true;
          }
          open = -1;
        }
      }
    }
    if (open >= 0 && last > open + 1) {
      quote_match_[open] = last;  // one past the paragraph's last token
      for (int q = open + 1; q < last; ++q) {
        tok_[q].in_quote = true;
      }
    }
    s = p_end;
  }
  if (covered < n) {
    std::fill(sent_of + covered, sent_of + n, -1);
  }
}

bool DocRun::MentionStartsAt(int k) const {
  const uint32_t b = layer_.tokens[k].span.begin;
  const auto first = mentions_.begin(), end = first + static_cast<ptrdiff_t>(tagged_count_);
  auto at_b = [b](const model::Mention& m) { return m.span.begin == b; };
  if (!sorted_) {
    return std::any_of(first, end, at_b);
  }
  const auto it = std::lower_bound(
      first, end, b, [](const model::Mention& m, uint32_t x) { return m.span.begin < x; });
  return it != end && at_b(*it);
}

void DocRun::EndAtMainClause(int cb, int e, model::Claim& c) const {
  // ("If X decides, however, to C": a comma within the first words sets
  // off an adverb.)
  for (int p = cb + 3; p < e && layer_.tokens[p].span.begin < c.content[0].end; ++p) {
    // The main clause opens with its subject: a pronoun, a determiner or a
    // name ("research, conservation and forestry" is a list).
    if (IsComma(p) && !tok_[p].in_quote && p + 1 < e && IsWord(p + 1) &&
        (tok_[p + 1].cap || (tok_[p + 1].flags & (kDeterminerW | kPronounW)))) {
      const int ce = TrimEnd(cb, p);
      if (ce > cb) {
        c.content[0].end = layer_.tokens[ce - 1].span.end;
      }
      return;
    }
  }
}

void DocRun::EndRelativeClause(int cb, int e, model::Claim& c) const {
  for (int p = cb + 1; p + 1 < e && layer_.tokens[p].span.begin < c.content[0].end; ++p) {
    if (!IsComma(p) || tok_[p].in_quote) {
      continue;
    }
    // The main clause's verb after the comma: "has", "held talks", "left".
    if (FiniteVerbAt(p + 1, e) ||
        (IsWord(p + 1) && !tok_[p + 1].cap && (tok_[p + 1].flags & kIrregularPastW) &&
         !Is(tok_[p + 2].low, "by"))) {
      const int ce = TrimEnd(cb, p);
      if (ce > cb) {
        c.content[0].end = layer_.tokens[ce - 1].span.end;
      }
    }
    return;
  }
}

void DocRun::EndBeforeSecondVerb(int cb, int e, model::Claim& c) const {
  bool verb_seen = false, gap = false;
  for (int p = cb; p < e && layer_.tokens[p].span.begin < c.content[0].end; ++p) {
    const Tok& t = tok_[p];
    if (!IsWord(p) || t.in_quote || (t.flags & kPronounW) ||
        IsIn(t.low, {"and",     "or",      "but",   "that",  "which",  "who",   "whom",
                     "because", "if",      "when",  "while", "as",     "since", "although",
                     "though",  "whether", "than",  "after", "before", "until", "unless",
                     "once",    "so",      "where", "what",  "how"})) {
      return;  // a comma, a quote or another clause: where C ends is unsure
    }
    const std::string_view w = t.low;
    const bool verb =
        !t.cap &&
        ((t.flags & (kAuxiliaryW | kBeW | kIrregularPastW)) ||
         (w.size() > 4 && EndsWith(w, "ed") && p > cb && !(tok_[p - 1].flags & kDeterminerW)));
    if (verb && verb_seen && gap) {
      const int ce = TrimEnd(cb, p);
      if (ce > cb) {
        c.content[0].end = layer_.tokens[ce - 1].span.end;
      }
      return;
    }
    verb_seen = verb_seen || verb;
    gap = verb_seen && !verb;
  }
}

bool DocRun::EndAtComma(int from, int e, model::Claim& c) const {
  for (int p = from + 1; p < e && layer_.tokens[p].span.begin < c.content[0].end; ++p) {
    if (IsComma(p) && !tok_[p].in_quote) {
      const int xe = TrimEnd(from, p);
      if (xe <= from) {
        return false;
      }
      c.content[0].end = layer_.tokens[xe - 1].span.end;
      return true;
    }
  }
  return true;
}

int DocRun::TrimEnd(int b, int e) const {
  while (e > b &&
         (IsEndPunct(e - 1) || IsComma(e - 1) || IsPunct(e - 1, ";") || IsPunct(e - 1, ":") ||
          IsDash(e - 1) || tok_[e - 1].kind == TokenKind::kCloseQuote ||
          tok_[e - 1].kind == TokenKind::kOpenQuote)) {
    --e;
  }
  return e;
}

int DocRun::TrimBegin(int b, int e) const {
  while (b < e &&
         (tok_[b].kind == TokenKind::kOpenQuote || IsComma(b) || IsPunct(b, ":") || IsDash(b))) {
    ++b;
  }
  return b;
}

int DocRun::SkipDateline(int b, int e) const {
  // "WASHINGTON — C", "NEW YORK, March 3 - C": the place the story was
  // filed from opens the paragraph; it is no part of what was said.
  int k = b;
  bool caps = false;
  while (k < e && k - b < 8) {
    const std::string_view r = Raw(k);
    if (IsWord(k) && r.size() >= 2 &&
        std::all_of(r.begin(), r.end(), [](char ch) { return ch < 'a' || ch > 'z'; })) {
      caps = true;
      ++k;
    } else if (caps && (IsComma(k) || Is(r, ".") || tok_[k].kind == TokenKind::kNumber ||
                        (IsWord(k) && tok_[k].cap))) {
      ++k;  // ", March 3", "D.C."
    } else {
      break;
    }
  }
  // A dash set off by spaces: not "U.S.-Canada talks".
  if (!caps || k + 2 >= e || !IsDash(k) || !layer_.tokens[k].space_before ||
      !layer_.tokens[k + 1].space_before) {
    return b;
  }
  const auto& s = layer_.sentences[sent_of_[b]];
  if (static_cast<int>(s.first_token) != b) {
    return b;
  }
  return k + 1;
}

int DocRun::SkipConnective(int b, int e) const {
  if (b + 2 >= e || !tok_[b].cap || tok_[b].in_quote || tok_[b].kind == TokenKind::kOpenQuote) {
    return b;
  }
  const std::string_view w = tok_[b].low;
  int k = b;
  if ((tok_[b].flags & kFillerW) &&
      IsIn(w, {"and", "but", "yet", "meanwhile", "still", "also", "instead", "indeed", "thus"})) {
    // "Still more", "Yet another": part of the clause. ("However, C" and
    // "So C" stay: they may be the speaker's own turn of argument.)
    if (IsIn(tok_[b + 1].low, {"is", "was", "of"}) ||
        (IsIn(w, {"still", "yet"}) && IsIn(tok_[b + 1].low, {"more", "another"}))) {
      return b;  // and "Instead of C" (but "And more than half of C")
    }
    if (Is(w, "also") && !IsComma(b + 1)) {
      return b;  // "Also suggested was a deal": an inverted clause
    }
    k = b + 1;
  } else if (Is(w, "in") && Is(tok_[b + 1].low, "addition") && IsComma(b + 2)) {
    k = b + 2;  // "In addition, C"
  } else if (Is(w, "as") && Is(tok_[b + 1].low, "for")) {
    // "As for the budget, C": the topic phrase up to its comma.
    int q = b + 2;
    while (q < e && q - b <= 8 && IsWord(q)) {
      ++q;
    }
    if (q >= e || !IsComma(q)) {
      return b;
    }
    k = q;
  } else {
    return b;
  }
  if (k < e && IsComma(k)) {
    ++k;
  }
  // What is left must still be a clause of a few words.
  return k + 2 < e && IsWord(k) ? k : b;
}

int DocRun::TokenAtOrAfter(uint32_t byte) const {
  // std::lower_bound without its branches: the range [base, base + n]
  // holds the answer and halves at each step by a compare and a
  // conditional move (fewer instructions a step, no mispredicted jumps).
  const model::Token* const first = layer_.tokens.data();
  const model::Token* base = first;
  size_t n = layer_.tokens.size();
  if (n == 0) {
    return 0;
  }
  while (n > 1) {
    const size_t half = n / 2;
    base = base[half].span.begin < byte ? base + half : base;
    n -= half;
  }
  return static_cast<int>(base - first) + (base->span.begin < byte ? 1 : 0);
}

int DocRun::TokenAtOrAfter(uint32_t byte, int from) const {
  const model::Token* t = layer_.tokens.data() + from;
  const model::Token* const end = layer_.tokens.data() + layer_.tokens.size();
  // Nine tokens at a time while the ninth still starts before byte (the
  // next mention or time of a document, Prepare), then one at a time.
  while (end - t > 8 && t[8].span.begin < byte) {
    t += 9;
  }
  while (t != end && t->span.begin < byte) {
    ++t;
  }
  return static_cast<int>(t - layer_.tokens.data());
}

int DocRun::RelativeSubject(int b, int e) const {
  for (int k = e - 1; k >= b && k >= e - 6; --k) {
    if (IsComma(k) || IsDash(k) || tok_[k].in_quote ||
        (tok_[k].kind != TokenKind::kWord && tok_[k].kind != TokenKind::kNumber)) {
      return -1;  // "who in 2010 said" goes on
    }
    if (IsIn(tok_[k].low, {"who", "which"})) {
      // Restrictive right after the source, or after a comma.
      return k == b || (k > b && IsComma(k - 1)) ? k : -1;
    }
    if (Is(tok_[k].low, "that")) {
      return k == b ? k : -1;  // "a group that says C"
    }
  }
  return -1;
}

DocRun::Range DocRun::ContentHead(int si, const Cue& cue, Range src, int content_b) const {
  const int a = static_cast<int>(layer_.sentences[si].first_token);
  const int p = src.b - 1;
  // Said or meant clauses only: in "what he called a disgrace" the
  // content is the name.
  if (src.empty() || p < a || tok_[p].in_quote || content_b >= static_cast<int>(tok_.size()) ||
      (cue.frame != CueFrame::kClause && cue.frame != CueFrame::kIntent)) {
    return {};
  }
  // The content opens with its verb: its subject stands before the speaker.
  const bool verb_first = IsWord(content_b) && (tok_[content_b].flags & kCopulaW);
  // "the plan, which officials said would fail", "what the senators said was
  // a mistake", "which he says he will keep": a relative word right before
  // the speaker opens the content. "that" and "who" only where the content
  // has no subject of its own ("the road that he said would close", "a man
  // who police said was armed"): in "said that he said C" "that" is a
  // complement. After a preposition the relative word names the occasion
  // ("the debate, in which she said C"), and the speaker must open a noun
  // phrase (in "Jim Hale, who founded the firm, said C" a verb is none).
  const Tok& sb = tok_[src.b];
  const bool np =
      sb.cap || sb.kind == TokenKind::kNumber ||
      (sb.flags & (kDeterminerW | kPronounW | kSpeakerW | kPersonW | kPluralSpeakerW | kBodyW));
  if (np &&
      (IsIn(tok_[p].low, {"which", "what", "whom"}) ||
       (IsIn(tok_[p].low, {"that", "who"}) && verb_first)) &&
      !(p > a && ((tok_[p - 1].flags & kPrepositionW) || Is(tok_[p - 1].low, "to")))) {
    return {p, p + 1};
  }
  // "Poets, she said, can rock like drummers": a short noun phrase opening
  // the sentence, cut off from its verb by the speech tag.
  // ("Prices, she said, rose in May": a verb in the past tense too.)
  const Tok& v = tok_[content_b];
  const bool past = IsWord(content_b) && !v.cap &&
                    ((v.flags & kIrregularPastW) || (v.low.size() > 4 && EndsWith(v.low, "ed")));
  // After "that" the content is a whole clause: in "Overall, the fund
  // predicted that advanced economies D" the opening word is the writer's.
  if (!(verb_first || past) || !IsComma(p) || p - a < 1 || p - a > 6 ||
      Is(tok_[content_b - 1].low, "that")) {
    return {};
  }
  // (After a sentence the splitter closed with no full stop, the phrase
  // may be the tail of a wrapped line.)
  if (a > 0 && !IsEndPunct(a - 1) && !IsCloseDq(a - 1)) {
    return {};
  }
  for (int k = a; k < p; ++k) {
    if (!IsWord(k) || (tok_[k].flags & (kClauseW | kPrepositionW | kFillerW | kPronounW)) ||
        CueAt(k)) {
      return {};
    }
  }
  return LooksFinite(a, p) ? Range{} : Range{a, p};
}

int DocRun::DateStartingAt(int k) const {
  int tx = TimeStartingAt(k);
  if (tx < 0) {
    return -1;
  }
  auto type = times_[tx].type;
  return type == model::TimexType::kDate || type == model::TimexType::kTime ? tx : -1;
}

int DocRun::TimeStartingAt(int k) const {
  if (k >= static_cast<int>(tok_.size())) {
    return -1;
  }
  if (times_sorted_) {
    return time_start_[k];
  }
  uint32_t b = layer_.tokens[k].span.begin;
  auto it = std::lower_bound(times_.begin(), times_.end(), b,
                             [](const model::TimeExpr& t, uint32_t x) { return t.span.begin < x; });
  if (it != times_.end() && it->span.begin == b) {
    return static_cast<int>(it - times_.begin());
  }
  return -1;
}

bool DocRun::SpeakersOpeningSentence(int k, int j, int a) const {
  // The left one: a speaker's noun, after at most a determiner and a
  // modifier from the sentence's start (past "But", "Meanwhile").
  int f = a;
  while (f < k && (tok_[f].flags & kFillerW)) {
    ++f;
  }
  if (k - 1 < f || k - 1 - f > 2 || !HeadIsSpeaker(f, k)) {
    return false;
  }
  for (int q = f; q < k; ++q) {
    if (!IsWord(q) || (tok_[q].flags & (kClauseW | kPrepositionW | kPronounW))) {
      return false;
    }
  }
  // The right one: a speaker's noun right before the cue's subject end j.
  return k + 1 <= j && IsWord(k + 1) && HeadIsSpeaker(k + 1, j + 1) &&
         (tok_[j].flags & (kSpeakerW | kPersonW | kPluralSpeakerW));
}

int DocRun::SubjectStart(int j, int a) const {
  // "in Kent and": a place phrase ends right before the "and" at k.
  auto place_before = [&](int k) {
    for (int q = k - 1; q >= a && q >= k - 4; --q) {
      if (tok_[q].flags & kPrepositionW) {
        return q < k - 1;
      }
      if (!IsWord(q) || !(tok_[q].cap || (tok_[q].flags & kDeterminerW))) {
        return false;
      }
    }
    return false;
  };
  int s = j + 1;
  int count = 0;
  int before_abbrev = -1;  // s before "(JCS) in": see below
  for (int k = j; k >= a && count < kMaxSourceTokens; --k, ++count) {
    const Tok& t = tok_[k];
    if (t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber) {
      // The word tests below ask a lexicon flag first, which fails most
      // words, before the string: "of" is a kPrepositionW word, "to" a
      // kNoContentW one, "and" a kConjunctionW one.
      const bool quantity_of = (t.flags & kPrepositionW) && Is(t.low, "of") && s <= j && k > a &&
                               (tok_[k - 1].flags & kQuantityHeadW);
      // "C, the Joint Chiefs of Staff (JCS) in Seoul said": a name's
      // abbreviation before a place phrase (kept only for a source set off
      // by a comma, checked below).
      auto after_abbrev = [&] { return k - 2 > a && Is(tok_[k - 1].low, ")") && tok_[k - 2].cap; };
      if (quantity_of ||
          (((t.flags & kPrepositionW) || ((t.flags & kNoContentW) && Is(t.low, "to"))) && s <= j &&
           k > a &&
           (tok_[k - 1].cap || HeadIsSpeaker(k - 1, k) || after_abbrev() ||
            (k - 2 >= a && (tok_[k - 1].flags & kPostModifierW) && HeadIsSpeaker(k - 2, k - 1)) ||
            HyphenatedSpeaker(tok_[k - 1].low)) &&
           (tok_[s].cap || (tok_[s].flags & kDeterminerW)))) {
        if (!tok_[k - 1].cap && before_abbrev < 0 && after_abbrev()) {
          before_abbrev = s;
        }
        s = k;  // "officials from South Korea", "an official of the ministry", "dozens of"
        continue;
      }
      if ((t.flags & kPrepositionW) && s <= j && k - 2 >= a && Is(tok_[k - 1].low, "and") &&
          place_before(k - 1) && (tok_[s].cap || (tok_[s].flags & kDeterminerW))) {
        s = k;  // "farmers in Kent and in Essex": the "and" below joins them
        continue;
      }
      if ((t.flags & kClauseW) || (t.flags & kPrepositionW)) {
        break;
      }
      if (s <= j && InTime(k) && OpensSentence(k, a)) {
        break;  // "On Wednesday The New York Times wrote": the date is no part of it
      }
      if ((t.flags & kConjunctionW) && Is(t.low, "and")) {
        // "Russia and North Korea said", "RT and its defenders say".
        // "farmers in Kent and across the region": two places.
        const bool place = ((tok_[s].flags & kPrepositionW) ||
                            IsIn(tok_[s].low, {"around", "across", "throughout", "beyond"})) &&
                           place_before(k);
        if ((k - 1 < a || !tok_[k - 1].cap || s > j ||
             !(tok_[s].cap || (tok_[s].flags & kDeterminerW) || place)) &&
            !SpeakersOpeningSentence(k, j, a)) {
          break;
        }
      }
      if (t.cues && !t.cap && k != j) {
        // Another cue verb: "X said Y warned" stops at "said".
        // "the report", "campaign-finance reports shows": nouns.
        bool noun_like = k > a && ((tok_[k - 1].flags & kDeterminerW) ||
                                   ((t.flags & kSpeakerW) && IsWord(k - 1) &&
                                    !(tok_[k - 1].flags & (kClauseW | kPronounW))));
        if (!noun_like) {
          break;
        }
      }
      s = k;
      continue;
    }
    if (Is(t.low, ".") && !layer_.tokens[k].space_before && k > a && IsWord(k - 1) &&
        Raw(k - 1).size() <= 4 && s <= j && (tok_[s].cap || Is(tok_[s].low, "."))) {
      s = k;  // "Mr. Podesta", "Lt. Gen. Budanov", "G.K. Butterfield"
      continue;
    }
    if (Is(t.low, "-") && s == k + 1 && s <= j && k > a && !layer_.tokens[k].space_before &&
        !layer_.tokens[k + 1].space_before && tok_[k - 1].kind == TokenKind::kNumber) {
      s = k;  // "the 34-year-old teacher": a number joined by a hyphen
      continue;
    }
    if (Is(t.low, ")")) {
      // "the Joint Chiefs of Staff (JCS) said": skip the parenthesis.
      int p = k - 1;
      while (p >= a && p > k - 8 && !Is(tok_[p].low, "(")) {
        --p;
      }
      if (p < a || !Is(tok_[p].low, "(")) {
        break;
      }
      k = p;
      s = p;
      continue;
    }
    break;
  }
  if (before_abbrev >= 0 && !(s > a && IsComma(s - 1))) {
    s = before_abbrev;
  }
  if (s > j) {
    return -1;
  }
  while (s <= j && (tok_[s].flags & kFillerW)) {
    ++s;
  }
  if (s > j) {
    return -1;
  }
  return s;
}

int DocRun::ObjectNpEnd(int k, int e) const {
  // "told reporters", "told The Associated Press", "told him".
  int p = k;
  bool head = false;
  while (p < e && p - k < 6 && IsWord(p)) {
    const Tok& t = tok_[p];
    if ((t.flags & kDeterminerW) && (p == k || IsPossessive(Raw(p - 1)))) {
      ++p;
      continue;
    }
    if (head && Is(t.low, "and") && p + 2 < e && tok_[p - 1].cap && tok_[p + 1].cap &&
        IsWord(p + 1) && !(IsWord(p + 2) && !tok_[p + 2].cap)) {
      // "told the Securities and Exchange Commission it D": one name (not
      // "told American and Tanzanian workers", adjectives of a noun).
      ++p;
      continue;
    }
    if (t.cap || IsPossessive(RawOf(t))) {
      ++p;
      head = head || t.cap;
      if (!IsPossessive(RawOf(t))) {
        continue;
      }
      // "told Channel 5's “Morning Desk” that C": a quoted programme name.
      if (p < e && IsOpenDq(p) && quote_match_[p] > p && quote_match_[p] - p <= 8 &&
          quote_match_[p] + 1 < e) {
        p = quote_match_[p] + 1;
        if (p < e && tok_[p].dq == 3) {
          ++p;
        }
        head = true;
        break;
      }
      continue;
    }
    if (!head && !(t.flags & kClauseW) && !Is(t.low, "that")) {
      ++p;
      head = true;
    }
    break;
  }
  return head ? p : k;
}

int DocRun::AddresseeEnd(int k, int e, bool tell) const {
  if (k >= e || !IsWord(k) || IsIn(tok_[k].low, {"that", "to"})) {
    return -1;
  }
  int commas = 0;
  int time_at = -1;
  for (int p = k; p < e && p - k < 16; ++p) {
    const Tok& t = tok_[p];
    if (t.in_quote || (p > k && Is(t.low, "to"))) {
      return -1;
    }
    if (tell && p > k + 1 && IsIn(t.low, {"how", "why", "whether", "what"})) {
      // "told the show's host on Thursday how C": a question's clause.
      return time_at >= 0 ? time_at : p;
    }
    if (p > k && Is(t.low, "that")) {
      if (IsComma(p - 1) && commas != 2) {
        return -1;
      }
      // Without "told", "warned measures that would hurt trade could
      // backfire" has a relative clause: a person must come before "that".
      const Tok& h = tok_[p - 1];
      bool person = tell || tok_[k].cap || HeadIsSpeaker(k, p) ||
                    IsIn(h.low, {"him", "her", "them", "us"}) || EndsWith(h.low, "ers") ||
                    EndsWith(h.low, "ors");  // "creditors", "lenders"
      if (!person) {
        return -1;
      }
      // "told reporters on Friday that C": SkipAdjuncts reads the date.
      return time_at >= 0 ? time_at : p;
    }
    if (p > k) {
      const bool prep = (t.flags & kPrepositionW) && TimeStartingAt(p + 1) >= 0;
      if (const int tx = TimeStartingAt(prep ? p + 1 : p); tx >= 0) {
        const int after = TokenAtOrAfter(times_[tx].span.end, p);
        // A date before "that", a place or a comma closes the addressee;
        // "Morning Radio Hour host" has a word of a name.
        const bool closes = after >= e || !IsWord(after) || (tok_[after].flags & kPrepositionW) ||
                            IsIn(tok_[after].low, {"that", "how", "why", "whether", "what"});
        time_at = time_at < 0 && closes ? p : time_at;
        p = std::max(p, after - 1);
        continue;
      }
    }
    if (tell && p > k + 1 && (IsOpenDq(p) || (IsComma(p) && p + 1 < e && IsOpenDq(p + 1)))) {
      return time_at >= 0 ? time_at : p;  // "told his audience on Monday, “C”"
    }
    if (IsComma(p)) {
      // "told Ana Ruiz, the moderator, that C": an apposition.
      if (++commas > 2 || p == k) {
        return -1;
      }
      continue;
    }
    if (IsWord(p) || t.kind == TokenKind::kNumber) {
      if ((t.flags & (kClauseW | kAuxiliaryW | kPronounW)) &&
          !(t.flags & (kPrepositionW | kDeterminerW)) && !(p == k && (t.flags & kPronounW))) {
        return -1;  // "told them the plan was dead": a clause, no addressee
      }
      if (p > k && t.cues && !t.cap && !(t.flags & (kSpeakerW | kPersonW | kPluralSpeakerW)) &&
          (EndsWith(t.low, "ed") || EndsWith(t.low, "s"))) {
        return -1;  // a verb: "told reporters prices rose"
      }
      if (!t.cap && t.low.size() > 5 && EndsWith(t.low, "ing") && !IngNoun(p, k)) {
        return -1;  // "the committees probing the episode that ...": a clause
      }
      continue;
    }
    if (IsPossessive(RawOf(t)) || Is(t.low, ".") || Is(t.low, "-")) {
      continue;  // "Channel 5's", "Mr.", "co-host"
    }
    return -1;
  }
  return -1;
}

bool DocRun::IngNoun(int p, int k) const {
  // "told the same Lindby meeting that C", "told Tuesday's hearing that C":
  // after a determiner, a possessive, a name or "same" an -ing word is a noun.
  if (p <= k) {
    return false;
  }
  const Tok& h = tok_[p - 1];
  return (h.flags & kDeterminerW) || IsPossessive(RawOf(h)) || (h.cap && IsWord(p - 1)) ||
         Is(h.low, "same");
}

int DocRun::NpForward(int k, int e) const {
  // A phrase opening with a preposition or a clause word is no source.
  if (k >= e || (tok_[k].flags & (kPrepositionW | kClauseW))) {
    return k;
  }
  int p = k;
  while (p < e && p - k < kMaxSourceTokens) {
    const Tok& t = tok_[p];
    if (t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber) {
      if (p > k && TimeStartingAt(p) >= 0) {
        break;
      }
      if ((t.flags & kPrepositionW) && p + 1 < e && TimeStartingAt(p + 1) >= 0) {
        break;
      }
      if ((t.flags & kPrepositionW) && p > k && p + 1 < e &&
          (tok_[p + 1].cap || (tok_[p + 1].flags & kDeterminerW)) &&
          (tok_[p - 1].cap || (tok_[p - 1].flags & kSpeakerW))) {
        ++p;
        continue;
      }
      if ((t.flags & kClauseW) || IsIn(t.low, {"has", "have", "had", "will", "would", "and"})) {
        break;
      }
      if (p > k && t.cues && !t.cap && !(t.flags & kSpeakerW)) {
        break;
      }
      ++p;
      continue;
    }
    if (Is(t.low, ".") && !layer_.tokens[p].space_before && p > k && IsWord(p - 1) &&
        Raw(p - 1).size() <= 4 && p + 1 < e && IsWord(p + 1) &&
        (tok_[p + 1].cap || !layer_.tokens[p + 1].space_before)) {
      ++p;
      continue;
    }
    if (Is(t.low, "-") && p > k && tok_[p - 1].kind == TokenKind::kNumber && p + 1 < e &&
        IsWord(p + 1) && !layer_.tokens[p].space_before && !layer_.tokens[p + 1].space_before) {
      ++p;  // "a 12-count complaint": a number joined to its noun by a hyphen
      continue;
    }
    if (Is(t.low, "/") && p > k && tok_[p - 1].kind == TokenKind::kNumber && p + 1 < e &&
        tok_[p + 1].kind == TokenKind::kNumber && !layer_.tokens[p].space_before) {
      ++p;  // "a 7/7 survivor": a date written with a slash
      continue;
    }
    if (Is(t.low, "(") && p > k) {
      int q = p + 1;
      while (q < e && q - p < 8 && !Is(tok_[q].low, ")") && !Is(tok_[q].low, "(")) {
        ++q;
      }
      if (q < e && Is(tok_[q].low, ")")) {
        p = q + 1;
        continue;
      }
    }
    break;
  }
  while (p > k && (Is(tok_[p - 1].low, ".") || (tok_[p - 1].flags & kPrepositionW))) {
    --p;
  }
  return p;
}

bool DocRun::PlausibleSource(int b, int e, bool lenient) const {
  if (b < 0 || e <= b || e - b > kMaxSourceTokens) {
    return false;
  }
  const Tok& head = tok_[e - 1];
  if (e - b == 1 && ((head.flags & kPronounW) || Is(head.low, "who"))) {
    return true;
  }
  if ((e - b == 1 && IsIndefinitePerson(head.low)) ||
      (e - b == 2 && Is(tok_[b].low, "no") && Is(head.low, "one"))) {
    return true;
  }
  if (e - b == 1 && head.low.size() > 4 && EndsWith(head.low, "ing")) {
    return false;  // "Having said that, ...": a participle, not a name
  }
  if (e - b == 1 && IsIn(head.low, {"despite", "amid", "amidst", "after", "before", "over"})) {
    return false;  // "Despite fears that C, ...": a preposition opening the sentence
  }
  if (!IsWord(e - 1) && !Is(tok_[e - 1].low, ")")) {
    return false;
  }
  // "a mother of three": a count after "of" ends a described person.
  const bool count_of =
      e - b >= 3 && Is(tok_[e - 2].low, "of") &&
      IsIn(head.low, {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"});
  if (((head.flags & kDeterminerW) && !count_of) || (head.flags & kFillerW)) {
    return false;
  }
  int sent_first = static_cast<int>(layer_.sentences[sent_of_[b]].first_token);
  for (int k = b; k < e; ++k) {
    if (!tok_[k].cap || !IsWord(k)) {
      continue;
    }
    if (k == sent_first && ((tok_[k].flags & kDeterminerW) || (tok_[k].flags & kFillerW))) {
      continue;
    }
    if (k == sent_first && tagged_ && !lenient && !MentionStartsAt(k)) {
      continue;
    }
    if (TimeStartingAt(k) >= 0) {
      continue;
    }
    return true;
  }
  return HeadIsSpeaker(b, e);
}

bool DocRun::HyphenatedSpeaker(std::string_view w) const {
  const size_t first = w.find('-');
  if (first == std::string_view::npos) {
    return false;
  }
  const std::string_view head = w.substr(0, first);
  const std::string_view tail = w.substr(w.rfind('-') + 1);
  auto speaker = [&](std::string_view part) {
    return lex_.IsSpeakerNoun(part) || lex_.IsPersonNoun(part);
  };
  // A title's suffix after the noun ("director-general", "editor-in-chief",
  // "president-elect"), or a rank's prefix before it ("vice-chairman",
  // "co-founder", "ex-minister"); not "post-traumatic", "general-manager"
  // (whose noun is unknown), "pro-government".
  return (speaker(head) && IsIn(tail, {"general", "chief", "elect", "designate"})) ||
         (speaker(tail) &&
          IsIn(head, {"vice", "co", "ex", "deputy", "assistant", "acting", "under", "former"}));
}

bool DocRun::HeadIsSpeaker(int b, int e) const {
  if (e <= b) {
    return false;
  }
  // "documents from his tax return": the head comes before the preposition,
  // except after a quantity: "dozens of mayors", "a group of economists".
  for (int k = b + 1; k + 1 < e; ++k) {
    if ((tok_[k].flags & kPrepositionW)) {
      // "nine of 10 nurses", "seven in 10 parents", "40 percent of voters"
      const bool number = tok_[k - 1].kind == TokenKind::kNumber || Is(tok_[k - 1].low, "percent");
      if ((Is(tok_[k].low, "of") && ((tok_[k - 1].flags & kQuantityHeadW) || number)) ||
          (Is(tok_[k].low, "in") && (number || (tok_[k - 1].flags & kQuantityHeadW)) && k + 1 < e &&
           tok_[k + 1].kind == TokenKind::kNumber)) {
        continue;
      }
      e = k;
      // "people familiar with", "officials involved in", "analysts based
      // in": a modifier after the head.
      if (e - 1 > b && !(tok_[e - 1].flags & (kSpeakerW | kPersonW | kPluralSpeakerW)) &&
          (tok_[e - 1].flags & kPostModifierW)) {
        --e;
      }
      break;
    }
  }
  const Tok& head = tok_[e - 1];
  std::string_view h = head.low;
  if (!head.contracted) {  // "he's": low is already the pronoun
    h.remove_suffix(PossessiveLen(RawOf(head)));
  }
  if (h.size() == head.low.size()) {  // the word itself: its flags tell
    return head.flags & (kSpeakerW | kPersonW | kPluralSpeakerW);
  }
  if (lex_.IsSpeakerNoun(h) || lex_.IsPersonNoun(h)) {
    return true;
  }
  if (h.size() > 3 && h.back() == 's') {
    std::string_view sg = h.substr(0, h.size() - 1);
    if (lex_.IsSpeakerNoun(sg) || lex_.IsPersonNoun(sg)) {
      return true;
    }
  }
  return false;
}

int DocRun::SpanOfTimeEnd(int k, int e) const {
  const std::string_view w = tok_[k].low;
  if (k + 3 < e && Is(tok_[k + 1].low, "and") &&
      ((Is(w, "again") && Is(tok_[k + 2].low, "again")) ||
       (Is(w, "over") && Is(tok_[k + 2].low, "over")) ||
       (Is(w, "time") && Is(tok_[k + 2].low, "again")))) {
    return k + 3;  // "again and again", "over and over", "time and again"
  }
  if (!Is(w, "for")) {
    return k;
  }
  // "for weeks", "for the past two years", "for some time", "for the
  // first time" up to "that" (the unit of time the phrase's last word).
  int p = k + 1;
  while (p < e && p - k <= 5 && IsWord(p) && !Is(tok_[p].low, "that")) {
    ++p;
  }
  if (p >= e || p == k + 1 || !Is(tok_[p].low, "that") ||
      !IsIn(tok_[p - 1].low, {"years", "months", "weeks", "days", "decades", "time", "while"})) {
    return k;
  }
  return p;
}

int DocRun::SpeakingEventEnd(int k, int e) const {
  if (!IsIn(tok_[k].low, {"in", "on", "at"})) {
    return k;
  }
  int q = k + 1;
  while (q < e && q - k <= 3 && IsWord(q) && !(tok_[q].flags & kSpeakingNounW) && !tok_[q].cap &&
         !(tok_[q].flags & (kPronounW | kClauseW))) {
    ++q;
  }
  if (q + 3 >= e || q == k + 1 || !(tok_[q].flags & kSpeakingNounW)) {
    return k;
  }
  // "in a statement on Friday C", "in a statement yesterday C": when it was
  // made.
  int r = q + 1;
  if (const int tx = TimeStartingAt(r + (IsIn(tok_[r].low, {"on", "in"}) ? 1 : 0)); tx >= 0) {
    r = TokenAtOrAfter(times_[tx].span.end);
  }
  // C opens with its subject: a pronoun, a determiner, a name, a number,
  // "there", or a plain noun ("in a statement consultants found D"); not a
  // participle or a preposition ("in a statement issued by X", "in an
  // interview with X").
  const Tok& t = tok_[r];
  const std::string_view w = t.low;
  const bool subject =
      r + 2 < e && !Is(w, "that") &&
      ((IsWord(r) &&
        ((t.flags & (kPronounW | kDeterminerW)) || t.cap || Is(w, "there") ||
         (!(t.flags & (kClauseW | kPrepositionW | kIrregularPastW | kAuxiliaryW | kAdjunctPrepW)) &&
          !EndsWith(w, "ed") && !EndsWith(w, "ing") && !EndsWith(w, "ly") && !t.cues))) ||
       t.kind == TokenKind::kNumber);
  if (!subject || r > q + 4) {
    return k;
  }
  q = r - 1;
  // A relative clause on the noun ("in a statement the firm issued on
  // Friday that C") has its "that" close by.
  for (int p = q + 2; p < e && p <= q + 8; ++p) {
    if (Is(tok_[p].low, "that")) {
      return k;
    }
  }
  return q + 1;
}

int DocRun::SkipAdjuncts(int k, int e, int32_t* stated_on, bool* saw_that, bool keep_to) const {
  for (int guard = 0; guard < 8 && k < e; ++guard) {
    const Tok& t = tok_[k];
    int tx = TimeStartingAt(k);
    if (tx < 0 && (t.flags & kTimeLeadW)) {
      tx = TimeStartingAt(k + 1);
    } else if (tx < 0 && Is(t.low, "over")) {
      // "said over the weekend that C"; "over the next two years" is the
      // content's.
      tx = DateStartingAt(k + 1);
    }
    if (tx >= 0) {
      int nk = TokenAtOrAfter(times_[tx].span.end);
      if (nk <= k) {
        nk = k + 1;
      }
      // "praised Monday's vote": a possessive date opens the object.
      if (IsPossessive(Raw(nk - 1)) ||
          (nk < e && IsPossessive(Raw(nk)) && !IsWord(nk) && !tok_[nk].in_quote)) {
        break;
      }
      if (*stated_on < 0 && DateStartingAt(TokenAtOrAfter(times_[tx].span.begin)) == tx) {
        *stated_on = tx;
      }
      k = nk;
      continue;
    }
    if (const int d = SpanOfTimeEnd(k, e); d > k) {
      k = d;  // "insisted for weeks that C", "said again and again that C"
      continue;
    }
    if ((t.flags & kAdjunctPrepW) &&
        !(Is(t.low, "to") && (keep_to || (k + 1 < e && IsIn(tok_[k + 1].low, {"be", "have"}))))) {
      // "said in a statement that", "said at a news conference, ..."
      int p = k + 1;
      int end = TrimEnd(k, e);
      // "said at a news conference announcing that C": the participle has
      // its own clause, so "that" is not the cue's.
      while (p < e && p - k < 8 && IsWord(p) && !Is(tok_[p].low, "that") &&
             !(keep_to && Is(tok_[p].low, "to")) &&
             !(CueAt(p) && !tok_[p].cap && EndsWith(tok_[p].low, "ing"))) {
        ++p;
      }
      if (keep_to && p < e && p - k < 8 && Is(tok_[p].low, "to")) {
        k = p;  // "told them at a rally to go home": the infinitive is content
        break;
      }
      if (p < e && p - k < 8 && (Is(tok_[p].low, "that") || IsComma(p) || IsPunct(p, ":"))) {
        k = p;
        continue;
      }
      // (Before the test below: "said in a statement prices would rise"
      // has fewer than 8 words after "in".)
      if (const int q = SpeakingEventEnd(k, e); q > k) {
        k = q;  // "said in a statement it would close the plant"
        break;
      }
      if (p >= end && p - k < 8) {
        return end;
      }
      if (IsIn(t.low, {"in", "on", "at", "during"})) {
        // "said in a letter to the board in July that C": a chain of phrases
        // too long for the test below, up to "that" (no verb, no second cue).
        p = k + 1;
        bool chain = false;
        auto verb_cue = [&](int q) {
          bool verb = false;
          if (tok_[q].cues) {
            for (const auto& c : *tok_[q].cues) {
              verb = verb || (c.words.size() == 1 && c.frame != CueFrame::kNoun &&
                              c.frame != CueFrame::kPrep && c.frame != CueFrame::kHedge);
            }
          }
          return verb;
        };
        // ("in a note to ...": a cue word after a determiner is a noun.)
        while (p < e && p - k <= 16 && IsWord(p) &&
               !(verb_cue(p) && !(tok_[p - 1].flags & kDeterminerW)) && !Is(tok_[p].low, "that") &&
               !(tok_[p].flags & (kAuxiliaryW | kPronounW)) &&
               !IsIn(tok_[p].low, {"is", "are", "was", "were", "be", "been", "who", "which"})) {
          chain = chain || (p > k + 2 && IsIn(tok_[p].low, {"in", "on", "at", "during", "to"}));
          ++p;
        }
        if (chain && p - k >= 8 && p < e && Is(tok_[p].low, "that")) {
          for (int q = k + 3; q < p && *stated_on < 0; ++q) {
            if (const int tq = TimeStartingAt(q);
                tq >= 0 && (tok_[q - 1].flags & kPrepositionW) && DateStartingAt(q) == tq) {
              *stated_on = tq;
            }
          }
          k = p;
          continue;
        }
      }
      break;
    }
    if (IsComma(k) && k + 3 < e && Is(tok_[k + 1].low, "as")) {
      // "X cautioned, as did Y, that C", "X warned, as it has before, that
      // C": a parenthesis of an auxiliary standing for the cue.
      int p = k + 2;
      bool aux = false;
      while (p < e && p - k < 12 && !IsComma(p) && IsWord(p)) {
        aux = aux || IsIn(tok_[p].low, {"did", "does", "do", "has", "have", "had"});
        ++p;
      }
      if (aux && p < e && IsComma(p)) {
        k = p + 1;
        continue;
      }
    }
    if (IsComma(k) && !*saw_that) {
      // "insisted, most recently in an interview, that C", "said at a stop
      // in Dayton, Ohio, that C": a parenthesis closed by ", that".
      // Not ", adding, that C": a verb cue in it is the speaker's next act.
      int q = k + 1;
      while (q < e && q - k <= 16 && (IsWord(q) || IsComma(q)) && !tok_[q].in_quote &&
             !Is(tok_[q].low, "that") && !(CueAt(q, true) && !(tok_[q - 1].flags & kDeterminerW))) {
        ++q;
      }
      if (q < e && q - k <= 16 && q > k + 2 && IsComma(q - 1) && Is(tok_[q].low, "that")) {
        k = q;
        continue;
      }
    }
    if (IsComma(k) || IsPunct(k, ":")) {
      ++k;
      continue;
    }
    if (IsWord(k) && !t.cap && t.low.size() > 4 && EndsWith(t.low, "ly") && k + 1 < e &&
        Is(tok_[k + 1].low, "that") && k > 0 && CueAt(k - 1)) {
      ++k;  // "complained bitterly that C": a manner adverb after the verb
      continue;
    }
    if (t.flags & kAdjunctAdverbW) {  // "also", "again", "publicly", "today"...
      ++k;
      continue;
    }
    if (Is(t.low, "that") && !*saw_that) {
      *saw_that = true;
      ++k;
      break;
    }
    break;
  }
  return k;
}

int DocRun::ClauseStop(int k, int e) const {
  // Whether [k, scanned) holds a word opening a subordinate clause or a
  // speech verb (below): the range only grows with p, so each "and" scans
  // on from where the last one stopped.
  int scanned = k;
  bool subordinate = false;
  for (int p = k; p + 1 < e; ++p) {
    // Most tokens can end no clause: a word without the conjunction flag, a
    // mark other than "," and ";" (every test below continues past them).
    // Passed over in a loop of their own, of two tests a token.
    while (!MayEndClause(tok_[p])) {
      if (++p + 1 >= e) {
        return e;
      }
    }
    if (IsWord(p)) {
      if (!(tok_[p].flags & kConjunctionW) || p <= k + 2 || tok_[p].in_quote) {
        continue;  // no conjunction joining a second claim (the flag fails most words)
      }
      if (!IsComma(p - 1) && ConjoinedAttribution(p + 1, e, false)) {
        return p;  // "C and unions accused D": the second source's own claim
      }
      if (IsIn(tok_[p].low, {"and", "but"}) && ConjoinedSpeechVerb(p + 1, e)) {
        // "X said C and warned D": the speaker's next claim. But in "C
        // when police found him and told him D" the verbs share the
        // subordinate clause's subject.
        // Nor after a speech verb inside C ("X said Y told Z C and
        // signaled D"): the second verb may be Y's.
        for (; scanned < p && !subordinate; ++scanned) {
          const int q = scanned;
          subordinate = IsIn(tok_[q].low, {"when", "which", "who", "whom", "because", "after",
                                           "before", "if", "until", "since", "whose"}) ||
                        (IsWord(q) && !tok_[q].cap && SpeechVerbAt(q) && !AfterModal(q));
        }
        if (!subordinate) {
          return p;
        }
      }
      continue;  // the rest looks at punctuation
    }
    if (IsPunct(p, ";") && !tok_[p].in_quote && p > k) {
      return p;  // "C; the institute estimates D"
    }
    // A comma closing a quote ("a “strong leader,” comparing him ...")
    // ends the clause as one outside it does.
    const bool quote_comma = IsComma(p) && tok_[p].in_quote && p + 2 < e && IsCloseDq(p + 1);
    if (!IsComma(p) || (tok_[p].in_quote && !quote_comma)) {
      continue;
    }
    int nx = quote_comma ? p + 2 : p + 1;
    if (quote_comma && tok_[nx].dq == 3) {
      ++nx;
    }
    if (nx >= e) {
      break;
    }
    if (WritersAside(nx, e)) {
      return p;  // "C, prompting calls for D": the writer's, not the speaker's
    }
    // ", even suggesting D": an adverb before the participle.
    if (IsIn(tok_[nx].low, {"even", "also", "then", "again", "later"}) && nx + 1 < e) {
      ++nx;
    }
    const Tok& n = tok_[nx];
    if (Is(n.low, "according") && nx + 1 < e && Is(tok_[nx + 1].low, "to")) {
      return p;
    }
    if (IsClauseParticiple(n.low) ||
        (CueAt(nx) && !n.cap && n.low.size() > 5 && EndsWith(n.low, "ing"))) {
      return p;  // ", adding that D", ", citing D", ", calling for D": a new claim
    }
    if (SpeechTagAt(nx, e)) {
      return p;  // "C,” she said, ...": the speaker's tag closes C
    }
    if (!n.in_quote && !(n.flags & kPronounW) && ConjoinedAttribution(nx, e, true)) {
      // "X agreed C, the senator noted that D": another source's claim (a
      // pronoun may be the same source going on: "According to her, after
      // D, she insisted that E").
      for (int q = nx + 2; q < e && q <= nx + 6; ++q) {
        if (Is(tok_[q].low, "that") && CueAt(q - 1)) {
          return p;
        }
      }
    }
    if (quote_comma && IsIn(n.low, {"and", "but", "yet"}) && FiniteVerbAt(nx + 1, e)) {
      return p;  // "X said they want “C,” but pledged to D": the quote closed C
    }
    if (quote_comma && !IsIn(n.low, {"while", "whereas", "though", "although"})) {
      continue;  // "“false” or “absurd,” compared to D": the clause goes on
    }
    if (CueAt(nx) && !n.cap && !(n.flags & kSpeakerW) &&
        (EndsWith(n.low, "ed") || IsIn(n.low, {"said", "told", "wrote", "says", "tells"}))) {
      // "X, who understood that C, told Y D": the relative clause ends.
      return p;
    }
    if (p > k && IsIn(n.low, {"though", "although"})) {
      // ", though she acknowledged D", ", although analysts expect D",
      // ", although President Jane Roe said D": a short subject (or a name
      // with its title) and a cue verb (not "though it was confirmed").
      int last = nx + 4;
      for (int c = nx + 1; c < e && c <= nx + 6 && IsWord(c) && tok_[c].cap; ++c) {
        last = std::max(last, c + 1);
      }
      for (int q = nx + 2; q < e && q <= last && IsWord(q) && !tok_[q].in_quote; ++q) {
        if (!tok_[q].cap && CueAt(q) && !(tok_[q - 1].flags & kDeterminerW) &&
            !IsIn(tok_[q - 1].low, {"be", "been", "being", "is", "was", "are", "were"})) {
          for (const auto& c : *tok_[q].cues) {
            if (c.frame == CueFrame::kClause || c.frame == CueFrame::kTell) {
              return p;
            }
          }
        }
      }
    }
    if (!quote_comma && IsIn(n.low, {"and", "but"}) && ConjoinedAttribution(nx + 1, e, true)) {
      return p;  // "C, and farmers want D": the second source's own claim
    }
    if (IsIn(n.low, {"while", "whereas", "but", "and", "with", "as"})) {
      // ", while Ukraine said ...", ", with analysts saying ...": a new
      // attribution starts within a few words.
      for (int q = p + 2; q < e && q < p + 30; ++q) {
        if (IsEndPunct(q) || IsPunct(q, ";") || tok_[q].in_quote) {
          break;
        }
        if (tok_[q].cap || !IsWord(q)) {
          continue;
        }
        if (const auto* cues = tok_[q].cues) {
          // ", and he urged them to D", ", but she refuses to D": after a
          // subject pronoun any cue verb opens a claim of its own.
          const bool pronoun =
              q == p + 3 && IsIn(tok_[p + 2].low, {"he", "she", "they", "we", "i"});
          bool verb = false;
          for (const auto& c : *cues) {
            verb = verb || (c.frame == CueFrame::kClause || c.frame == CueFrame::kTell) ||
                   (pronoun && c.frame != CueFrame::kNoun && c.frame != CueFrame::kHedge);
          }
          // "the report", but "the mother of three replied": a number
          // or quantifier before the verb ends a noun phrase.
          const bool det = (tok_[q - 1].flags & kDeterminerW) &&
                           !IsIn(tok_[q - 1].low, {"one", "two", "three", "all", "both", "most",
                                                   "some", "many", "several"});
          if (verb && q > p + 2 && !det) {
            return p;
          }
        }
      }
    }
  }
  return e;
}

bool DocRun::WritersAside(int q, int e) const {
  if (q + 1 >= e || !IsWord(q) || tok_[q].cap || tok_[q].in_quote) {
    return false;
  }
  const std::string_view w = tok_[q].low;
  const std::string_view nx = tok_[q + 1].low;
  // The participles of an effect on others ("sparking protests", "sending
  // shares lower"); "leading", "raising" and "dealing" only where they name
  // one ("leading to D", "raising fears", "dealing a blow": not "raising
  // its stake to 12 pct", "dealing fees"). Not "forcing": "C, forcing
  // exporters to cut jobs" is as often the speaker's own reasoning.
  return IsIn(w, {"prompting", "sparking", "triggering", "fueling", "fuelling", "sending",
                  "contradicting", "underscoring", "amid"}) ||
         (Is(w, "leading") && Is(nx, "to")) || (Is(w, "dealing") && IsIn(nx, {"a", "another"})) ||
         (Is(w, "raising") && IsIn(nx, {"concerns", "questions", "fears", "doubts"})) ||
         (Is(w, "even") && Is(nx, "as")) || (Is(w, "consistent") && Is(nx, "with"));
}

int DocRun::NounPhraseAnd(int k, int stop) const {
  // Only where C opens as a noun phrase does: "a veto", "its willingness",
  // "willingness to D" (not "negotiations continue", "Lindby owns D").
  if (k + 1 >= stop || tok_[k].cap ||
      !((tok_[k].flags & kDeterminerW) || Is(tok_[k + 1].low, "to"))) {
    return stop;
  }
  for (int p = k + 1; p + 1 < stop; ++p) {
    const Tok& t = tok_[p];
    if (t.in_quote || t.kind == TokenKind::kOpenQuote || (t.flags & kObjectClauseW)) {
      return stop;  // "the bill that passed and has gone to the Senate"
    }
    // "reported the firm holds $2 billion and would owe D": a present-tense
    // verb with its object makes the content a clause.
    if (p > k && IsWord(p) && !t.cap && EndsWith(t.low, "s") && !EndsWith(t.low, "ss") &&
        !(tok_[p - 1].flags & kDeterminerW) &&
        (tok_[p + 1].kind == TokenKind::kNumber || IsPunct(p + 1, "$") ||
         (tok_[p + 1].flags & (kDeterminerW | kPronounW | kPrepositionW | kAdjunctAdverbW)))) {
      return stop;
    }
    if (p > k + 1 && IsIn(t.low, {"and", "but", "yet"}) && FiniteVerbAt(p + 1, stop)) {
      // The speaker's act: a past or perfect verb ("and said", "but also
      // had to D"), not a modal going on with the content ("and would owe").
      int r = p + 1;
      while (r + 1 < stop && r - p <= 2 &&
             (EndsWith(tok_[r].low, "ly") ||
              IsIn(tok_[r].low,
                   {"also", "then", "later", "since", "never", "not", "again", "still"}))) {
        ++r;
      }
      const std::string_view v = tok_[r].low;
      const bool past = IsIn(v, {"has", "had", "have", "said", "told"}) || EndsWith(v, "ed") ||
                        (tok_[r].flags & kIrregularPastW);
      return past && !LooksFinite(k, p) ? p : stop;  // "said prices rose and have stayed high"
    }
  }
  return stop;
}

int DocRun::NameThenAdjunct(int k, int stop) const {
  int q = k;
  while (q < stop && q - k < 4 && IsWord(q) && tok_[q].cap && !tok_[q].in_quote) {
    ++q;
  }
  // A name takes no clause or time phrase of its own; "when" may open an
  // indirect question ("asked Ruiz when D").
  if (q == k || q + 1 >= stop || tok_[q].in_quote ||
      !IsIn(tok_[q].low, {"because", "since", "during", "after", "before", "while", "although",
                          "though", "until", "unless", "whereas"})) {
    return stop;
  }
  return q;
}

bool DocRun::VerbAfterSubject(int b, int e) const {
  for (int r = b; r < e; ++r) {
    const Tok& t = tok_[r];
    if (!IsWord(r) || t.cap || t.in_quote || (tok_[r - 1].flags & (kDeterminerW | kPrepositionW))) {
      continue;
    }
    if ((t.flags & (kAuxiliaryW | kCopulaW | kIrregularPastW)) ||
        (EndsWith(t.low, "ed") && !(r + 1 < e && Is(tok_[r + 1].low, "by")))) {
      return true;
    }
  }
  return false;
}

int DocRun::InfinitiveEnd(int k, int stop) const {
  for (int p = k + 2; p + 2 < stop; ++p) {
    if (!IsComma(p) || tok_[p].in_quote) {
      continue;
    }
    const Tok& n = tok_[p + 1];
    const Tok& n2 = tok_[p + 2];
    int q = p + 2;
    while (q < stop && !IsComma(q)) {
      ++q;
    }
    // ", and the union stepped in", ", but her plan would need D", ", but
    // was treated as D": a clause of the writer's (not ", and to D", nor
    // a list: "to buy a stake in X, a bank, and a 16 pct interest in Y").
    if (IsIn(n.low, {"and", "but"}) && IsWord(p + 2) &&
        ((((n2.flags & (kDeterminerW | kPronounW)) || n2.cap) && !Is(n2.low, "to") &&
          VerbAfterSubject(p + 3, q)) ||
         (Is(n.low, "but") && FiniteVerbAt(p + 2, stop)))) {
      return p;
    }
    // ", which helps D" closing the sentence: the writer's comment on the
    // thing named ("to buy Lindby Inc, which makes valves, for $5 mln"
    // goes on). A modal makes it the plan's own outcome: "to boost demand,
    // which would help imports".
    if (Is(n.low, "which") && q >= stop) {
      bool modal = false;
      for (int r = p + 2; r < stop && !modal; ++r) {
        modal = IsIn(tok_[r].low, {"would", "will", "could", "can", "may", "might", "should"});
      }
      if (!modal) {
        return p;
      }
    }
  }
  return stop;
}

bool DocRun::CueMatchesAt(int k, bool verb) const {
  for (const auto& c : *tok_[k].cues) {
    bool match = k + static_cast<int>(c.words.size()) <= static_cast<int>(tok_.size()) &&
                 !(verb && (c.frame == CueFrame::kPrep || c.frame == CueFrame::kNoun));
    for (size_t w = 1; w < c.words.size() && match; ++w) {
      match = tok_[k + w].low == c.words[w];
    }
    if (match) {
      return true;
    }
  }
  return false;
}

bool DocRun::ConjoinedAttribution(int q, int e, bool comma) const {
  // A short subject (a name, a pronoun, a noun phrase headed by a speaker)
  // and a cue verb in the past tense: "Unions accused", "the mayor said";
  // or in the present, agreeing with the subject: "the mayor argues",
  // "farmers want", "they say".
  const int b = q;
  bool plural = false;
  const bool pronoun = q < e && (tok_[q].flags & kPronounW);
  if (pronoun) {
    plural = IsIn(tok_[q].low, {"they", "we", "i", "you"});
    if (!IsPersonPronoun(tok_[q].low) && !IsIn(tok_[q].low, {"they", "it"})) {
      return false;
    }
    ++q;
  } else {
    int stops = 0;  // "Mr. Doe", "Jane Z. Roe": the full stop of a short abbreviation
    while (q < e && q - b - stops < 4) {
      const bool abbreviation = Is(tok_[q].low, ".") && q > b && tok_[q - 1].cap &&
                                Raw(q - 1).size() <= 3 && !layer_.tokens[q].space_before;
      stops += abbreviation ? 1 : 0;
      if (!abbreviation && !(IsWord(q) && !CueAt(q) &&
                             (tok_[q].cap || (q == b && (tok_[q].flags & kDeterminerW)) ||
                              (tok_[q].flags & kSpeakerW) || (tok_[q].flags & kPersonW)))) {
        break;
      }
      ++q;
    }
    if (q == b || !(tok_[q - 1].cap || HeadIsSpeaker(b, q))) {
      return false;
    }
    // "Republicans", "officials": a plural head (not "U.S.", "Congress").
    const std::string_view head = tok_[q - 1].low;
    plural = (tok_[q - 1].flags & kPluralSpeakerW) ||
             (head.size() > 3 && EndsWith(head, "s") && !EndsWith(head, "ss"));
  }
  // "and workers complained." reports nothing of its own: the verb needs
  // a complement.
  if (q + 1 >= e || !IsWord(q) || tok_[q].cap || !tok_[q].cues ||
      !(IsWord(q + 1) || IsOpenDq(q + 1))) {
    return false;
  }
  const std::string_view w = tok_[q].low;
  const bool past = EndsWith(w, "ed") || IsIn(w, {"said", "told", "wrote", "thought"});
  // A present verb agrees with its subject: "argues" after one speaker,
  // "argue" after several (an "-s" word after a plural is a noun, as in
  // "and union leaders' claims").
  // Without a comma only a pronoun shows that a clause begins: "C and
  // they expect D", but "that the mayor and her aides support D".
  const bool present = !past && !EndsWith(w, "ing") && (comma || pronoun) &&
                       (plural ? !EndsWith(w, "s") : EndsWith(w, "s"));
  if (!past && !present) {
    return false;
  }
  for (const auto& c : *tok_[q].cues) {
    if (c.words.size() == 1 &&
        (c.frame == CueFrame::kClause || c.frame == CueFrame::kTell ||
         c.frame == CueFrame::kObject || (present && c.frame == CueFrame::kIntent))) {
      return true;
    }
  }
  return false;
}

bool DocRun::SpeechTagAt(int q, int e) const {
  auto tag_end = [&](int r) { return r >= e || IsComma(r) || IsEndPunct(r) || IsPunct(r, ";"); };
  if (q >= e || !IsWord(q) || tok_[q].in_quote) {
    return false;
  }
  if (!tok_[q].cap && SpeechVerbAt(q)) {
    // "said Ortiz,": a verb, then a name.
    int r = q + 1;
    while (r < e && r - q <= 4 && IsWord(r) && tok_[r].cap) {
      ++r;
    }
    return r > q + 1 && tag_end(r);
  }
  int r = q;
  if (tok_[r].flags & kPronounW) {
    ++r;
  } else {
    while (r < e && r - q < 5 && IsWord(r) && !CueAt(r) &&
           (tok_[r].cap || (r == q && (tok_[r].flags & kDeterminerW)) ||
            (tok_[r].flags & (kSpeakerW | kPersonW)))) {
      ++r;
    }
    if (r == q || !(tok_[r - 1].cap || HeadIsSpeaker(q, r))) {
      return false;
    }
  }
  return r < e && IsWord(r) && !tok_[r].cap && SpeechVerbAt(r) && tag_end(r + 1);
}

bool DocRun::MannerParticiple(int q, int e) const {
  const std::string_view w = tok_[q].low;
  if (Is(w, "going") && q + 2 < e && Is(tok_[q + 1].low, "on") && Is(tok_[q + 2].low, "to")) {
    return true;  // "C, X said, going on to say D": the speaker's next act
  }
  if (!IsWord(q) || tok_[q].cap || w.size() <= 5 || !EndsWith(w, "ing") || IsPrepositionIng(w)) {
    return false;
  }
  const int stop = ClauseStop(q, e);
  for (int r = q + 1; r < stop; ++r) {
    if (IsIn(tok_[r].low, {"would", "will", "is", "was", "are", "were", "could", "can", "has",
                           "have", "had", "may", "might", "must", "should"})) {
      return false;
    }
  }
  return true;
}

bool DocRun::LooksFinite(int b, int e) const {
  for (int r = b; r < e; ++r) {
    if (!IsWord(r) || tok_[r].in_quote) {
      continue;
    }
    const std::string_view w = tok_[r].low;
    if ((tok_[r].flags & (kPronounW | kAuxiliaryW | kClauseW)) &&
        !(tok_[r].flags & kPrepositionW) &&
        !IsIn(w, {"this", "these", "those", "to", "about", "into", "like", "without", "since",
                  "after", "before", "until"})) {
      return true;  // "he", "has", "is", "that", "which", ...
    }
    if (tok_[r].cap || r == b) {
      continue;
    }
    // A verb form after a noun: "prices rose", "imports in 1986 fell".
    if ((CueAt(r) || (tok_[r].flags & kIrregularPastW) || EndsWith(w, "ed")) &&
        (IsWord(r - 1) || tok_[r - 1].kind == TokenKind::kNumber) &&
        !(tok_[r - 1].flags & (kDeterminerW | kPrepositionW)) && !IsPossessive(Raw(r - 1))) {
      return true;
    }
  }
  return false;
}

int DocRun::ListAnd(int q, int stop) const {
  for (int r = q; r < stop && r - q < 10; ++r) {
    const Tok& t = tok_[r];
    if (t.in_quote || IsOpenDq(r)) {
      return -1;
    }
    if (IsIn(t.low, {"and", "or"})) {
      // An item before it and one after it, of a word or more, and no verb
      // after that ("as the US, Britain and France support D" is a clause).
      if (r == q || IsComma(q) || r + 1 >= stop || !IsWord(r + 1) ||
          (tok_[r + 1].flags & kPronounW) || CueAt(r + 1)) {
        return -1;
      }
      for (int v = r + 2; v < stop && v < r + 8; ++v) {
        const Tok& w = tok_[v];
        // "delays in Dover, Calais and other ports that she blamed on D": a
        // relative clause after the last item has verbs of its own.
        if (IsComma(v) || IsEndPunct(v) || IsIn(w.low, {"that", "which", "who", "whom"})) {
          break;
        }
        if (IsWord(v) && !w.cap &&
            ((CueAt(v) && !(w.flags & (kSpeakerW | kPersonW))) || EndsWith(w.low, "ed") ||
             IsIn(w.low, {"is", "was", "are", "were", "has", "have", "had", "will", "would"}))) {
          return -1;
        }
      }
      return r;
    }
    if (IsComma(r) || IsPossessive(RawOf(t)) || Is(t.low, ".")) {
      continue;
    }
    if (!IsWord(r) || ((t.flags & (kClauseW | kAuxiliaryW | kPronounW)) &&
                       !(t.flags & (kPrepositionW | kDeterminerW)))) {
      return -1;
    }
    if (!t.cap && (CueAt(r) || EndsWith(t.low, "ed") || EndsWith(t.low, "ing"))) {
      return -1;  // a verb: "praised the union, citing D"
    }
  }
  return -1;
}

int DocRun::NameApposition(int q, int stop) const {
  int r = q;
  while (r < stop && r - q < 8 &&
         ((IsWord(r) && tok_[r].cap && !(tok_[r].flags & (kDeterminerW | kPronounW))) ||
          (Is(tok_[r].low, ".") && r > q) ||
          (Is(tok_[r].low, "of") && r > q && r + 1 < stop && tok_[r + 1].cap))) {
    ++r;
  }
  if (r == q || TimeStartingAt(q) >= 0) {
    return -1;
  }
  // Then the object's end or another comma: not "the plan, Ortiz wrote".
  return r >= stop || IsComma(r) || IsEndPunct(r) ? r : -1;
}

bool DocRun::TimeOfSpeaking(int p, int stop) const {
  if (p + 1 >= stop || tok_[p].in_quote) {
    return false;
  }
  const Tok& t = tok_[p];
  if (IsIn(t.low, {"during", "since"})) {
    // "during the debate", "since the debate", "since he left"; "growth
    // during March", "the decline since 2008" and "during the next five
    // years" are the object's.
    const Tok& n = tok_[p + 1];
    if (TimeStartingAt(p + 1) >= 0 || (p + 2 < stop && TimeStartingAt(p + 2) >= 0) ||
        (IsIn(n.low, {"the", "this", "that"}) && p + 2 < stop &&
         IsIn(tok_[p + 2].low, {"next", "past", "last", "coming", "same", "period", "year", "month",
                                "week", "season", "quarter"}))) {
      return false;
    }
    return Is(t.low, "during") || (IsWord(p + 1) && (n.flags & (kDeterminerW | kPronounW)));
  }
  // A bare day closing the object: "rejected the offer last Friday",
  // "blasted X as a “disgrace” Wednesday"; not "payable to holders of
  // record March 13", "a gap created Friday", "next Wednesday".
  const std::string_view pw = tok_[p - 1].low;
  if (!IsWord(p) || IsPossessive(RawOf(t)) || EndsWith(pw, "ed") || EndsWith(pw, "ing") ||
      (tok_[p - 1].flags & (kPrepositionW | kDeterminerW)) ||
      IsIn(pw, {"over", "through", "until", "to", "from", "of", "within", "around", "about",
                "record", "effective", "payable", "before", "after", "by"}) ||
      !IsIn(t.low, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                    "today", "yesterday", "tonight", "last", "this", "earlier"})) {
    return false;
  }
  // "the launch as Pyongyang fired missiles Monday": the clause's day.
  for (int q = p - 1; q >= 0 && q > p - 12; --q) {
    if (IsIn(tok_[q].low, {"as", "when", "after", "before", "while", "because", "since", "that",
                           "which", "who"})) {
      return false;
    }
  }
  const int tx = DateStartingAt(p);
  if (tx < 0) {
    return false;
  }
  // Nothing after the day but the end of the object.
  const int after = TokenAtOrAfter(times_[tx].span.end, p);
  if (TrimEnd(after, stop) > after) {
    return false;
  }
  const std::string& v = times_[tx].value;
  return (v.size() == 10 && v[4] == '-' && v[7] == '-') ||
         (v.size() >= 7 && v[4] == '-' && v[5] == 'W');
}

bool DocRun::FiniteVerbAt(int q, int e) const {
  int r = q;
  while (r < e && r - q < 2 &&
         IsIn(tok_[r].low, {"also", "then", "later", "since", "repeatedly", "never", "not", "again",
                            "still", "subsequently", "previously", "quickly", "publicly", "once",
                            "eventually", "immediately"})) {
    ++r;
  }
  if (r + 1 >= e || !IsWord(r) || tok_[r].cap || tok_[r].in_quote) {
    return false;
  }
  const std::string_view w = tok_[r].low;
  const Tok& nx = tok_[r + 1];
  if (IsIn(w, {"has", "had", "have", "did", "does", "was", "is", "were", "are", "will", "would",
               "could", "can", "may", "might", "must", "should", "cannot"})) {
    return IsWord(r + 1) && !nx.cap && !(nx.flags & kDeterminerW);  // "has since resigned"
  }
  if (IsIn(w, {"says", "said", "told"})) {
    return true;
  }
  if (!(EndsWith(w, "ed") ||
        IsIn(w, {"made", "took", "gave", "sent", "left", "kept", "met", "won", "lost", "held",
                 "paid", "sought", "brought", "thought", "found", "put", "set", "cut", "spoke"}))) {
    return false;
  }
  // "and fired them", "but vowed to", "and named it": an object or a
  // complement follows; "and elected officials" is a noun phrase.
  return r > q || IsOpenDq(r + 1) ||
         (IsWord(r + 1) && ((nx.flags & (kDeterminerW | kPronounW)) ||
                            IsIn(nx.low, {"to", "that", "him", "her", "them", "us", "me", "as",
                                          "off", "out", "up", "short"})));
}

bool DocRun::SpeakingEventAt(int p, int k, int stop) const {
  if (tok_[p].in_quote || p + 1 >= stop || !IsIn(tok_[p].low, {"in", "at", "on"})) {
    return false;
  }
  // Only a phrase that closes the content: in "urged voters at a rally to
  // D" or "criticized X on Tuesday for D" the complement goes on.
  for (int q = p + 1; q < stop; ++q) {
    if (IsIn(tok_[q].low, {"to", "for", "as", "that", "of"}) || IsOpenDq(q) ||
        (IsWord(q) && !tok_[q].cap && SpeechVerbAt(q) && !(tok_[q].flags & kSpeakingNounW))) {
      return false;
    }
  }
  // "the talks it abandoned in 2009", "prices if output rises in May": a
  // clause inside the object owns the phrase; so may a long object.
  if (p - k > 10) {
    return false;
  }
  for (int q = k + 1; q < p; ++q) {
    if (IsIn(tok_[q].low, {"it", "he", "she", "they", "we", "i", "you", "who", "which", "that",
                           "if", "when", "whether", "because"})) {
      return false;
    }
  }
  // "criticized the bill on Friday": a day, when the speaking happened;
  // a year or a month ("growth in 1987", "bonds in June") is the object's.
  if (const int tx = DateStartingAt(p + 1); tx >= 0) {
    const std::string& v = times_[tx].value;
    if (v.size() == 10 && v[4] == '-' && v[7] == '-') {
      return true;
    }
    if (Is(tok_[p].low, "in") || v.size() <= 7) {
      return false;  // "in 1987", "in June"
    }
  }
  // "in a statement", "at a campaign rally": a few modifiers, then a noun
  // naming the act of speaking.
  for (int q = p + 1; q < stop && q <= p + 6 && (IsWord(q) || Is(tok_[q].low, "-")); ++q) {
    if (tok_[q].flags & kSpeakingNounW) {
      return true;
    }
    if (q > p + 1 && (tok_[q].flags & kPrepositionW)) {
      break;
    }
  }
  return false;
}

bool DocRun::SeeAs(int k, int e) const {
  for (int q = k + 1; q + 1 < e && q - k <= 8; ++q) {
    if (!IsWord(q) && tok_[q].kind != TokenKind::kNumber && !IsPossessive(Raw(q))) {
      return false;
    }
    if (!Is(tok_[q].low, "as")) {
      if (tok_[q].flags & kClauseW && !(tok_[q].flags & kPrepositionW)) {
        return false;
      }
      continue;
    }
    const Tok& t = tok_[q + 1];
    if (!IsWord(q + 1) || (t.flags & kPronounW) ||
        IsIn(t.low, {"well", "if", "though", "soon", "long", "much", "many", "far", "such"}) ||
        (q + 2 < e && Is(tok_[q + 2].low, "as"))) {
      return false;
    }
    return true;
  }
  return false;
}

bool DocRun::SpeechVerbAt(int q) const {
  if (!tok_[q].cues) {
    return false;
  }
  for (const auto& c : *tok_[q].cues) {
    if (c.words.size() == 1 && (c.frame == CueFrame::kClause || c.frame == CueFrame::kTell) &&
        c.category == model::CueCategory::kStatement) {
      return true;
    }
  }
  return false;
}

bool DocRun::ConjoinedSpeechVerb(int q, int e) const {
  // "also", "later", "then" and a negated auxiliary may come first: "C and
  // later told D", "C but did not say D".
  for (int skip = 0; q < e && skip < 2; ++skip) {
    if (!IsIn(tok_[q].low,
              {"also", "later", "then", "did", "not", "didn't", "didn\xE2\x80\x99t", "never"})) {
      break;
    }
    ++q;
  }
  if (q + 1 >= e || !IsWord(q) || tok_[q].cap || !tok_[q].cues || tok_[q].in_quote) {
    return false;
  }
  const std::string_view w = tok_[q].low;
  const bool base = q > 0 && IsIn(tok_[q - 1].low, {"did", "not", "didn't", "didn\xE2\x80\x99t"});
  if (!(base || EndsWith(w, "ed") || IsIn(w, {"said", "told", "wrote", "says", "tells"}))) {
    return false;
  }
  // "was arrested and charged with fraud", "and told by aides": a passive
  // participle, not the speaker's verb.
  const std::string_view nx = tok_[q + 1].low;
  if (IsIn(nx, {"by", "with"})) {
    return false;
  }
  // Speech acts only: "estimated", "reported" and "expected" also modify
  // nouns ("and estimated revenues"); before "that" any clause cue is a
  // verb ("and suggested that D").
  const bool that_next = Is(nx, "that");
  for (const auto& c : *tok_[q].cues) {
    if (c.words.size() == 1 && (c.frame == CueFrame::kClause || c.frame == CueFrame::kTell) &&
        (that_next || c.category == model::CueCategory::kStatement ||
         c.category == model::CueCategory::kWarning || c.category == model::CueCategory::kDenial)) {
      // "said prices rose and warned of cuts"; a complement follows.
      return IsWord(q + 1) || IsOpenDq(q + 1) || IsPunct(q + 1, ":");
    }
    // "said C but declined to give details", "but refused to say D": the
    // speaker's refusal; not after "and" ("Guards say the man ran off and
    // refused to stop" is his), nor "declined to 3 pct", a figure.
    if (c.frame == CueFrame::kIntent && IsIn(c.lemma, {"decline", "refuse"}) && Is(nx, "to") &&
        Is(tok_[q - 1].low, "but") && q + 2 < e && IsWord(q + 2) && !tok_[q + 2].cap &&
        !(tok_[q + 2].flags & (kDeterminerW | kPronounW | kPrepositionW))) {
      return true;
    }
  }
  return false;
}

bool DocRun::IsClauseParticiple(std::string_view w) const {
  if (const auto* cues = lex_.CuesStartingWith(w)) {
    for (const auto& c : *cues) {
      if (c.participle && (c.frame == CueFrame::kClause || c.frame == CueFrame::kTell ||
                           c.frame == CueFrame::kIntent)) {
        return true;
      }
    }
  }
  return false;
}

void DocRun::ContentAfter(int si, int k, model::Claim& c) const {
  const auto& s = layer_.sentences[si];
  int e = static_cast<int>(s.end_token);
  int n = static_cast<int>(tok_.size());
  while (k < n && k < e && IsPunct(k, ":")) {
    ++k;
  }
  if (k < n && IsOpenDq(k) && quote_match_[k] > k) {
    int close = quote_match_[k];
    int after = close + 1;
    if (after < n && tok_[after].dq == 3) {
      ++after;
    }
    // A quote that closes before the sentence ends and is followed by more
    // words is mixed: take the rest of the sentence too.
    // "said “budget reforms” and the collection of taxes would help": a
    // quoted phrase coordinated inside the clause, not "said “C” and left".
    const bool coordinated = after + 1 < e && IsIn(tok_[after].low, {"and", "but"}) &&
                             IsWord(after + 1) && !(tok_[after + 1].flags & kPronounW) &&
                             !FiniteVerbAt(after + 1, e) && !ConjoinedSpeechVerb(after + 1, e) &&
                             !IsEndPunct(close - 1) && !LooksFinite(QuoteBody(k), close) &&
                             LooksFinite(after + 1, ClauseStop(after + 1, e));
    bool mixed = after < e && TrimEnd(after, e) > after && !IsComma(after) &&
                 !(close > 0 && IsComma(close - 1)) &&
                 (!IsIn(tok_[after].low, {"and", "but"}) || coordinated);
    int b = QuoteBody(k);
    int ce = mixed ? TrimEnd(after, ClauseStop(after, e)) : TrimEnd(b, close);
    if (ce > b) {
      c.content.push_back(SpanOf(b, ce));
      c.direct_quote = !mixed;
      // "told reporters “C1,” and “C2”": a second quote joined to the
      // first.
      int q = after < e && IsComma(after) ? after + 1 : after;
      if (!mixed && q + 1 < e && IsIn(tok_[q].low, {"and", "but"}) && IsOpenDq(q + 1) &&
          quote_match_[q + 1] > q + 1) {
        const int qb = QuoteBody(q + 1);
        const int qe = TrimEnd(qb, quote_match_[q + 1]);
        if (qe > qb) {
          c.content.push_back(SpanOf(qb, qe));
        }
      }
    }
    return;
  }
  if (k >= e) {
    return;
  }
  int stop = ClauseStop(k, e);
  if (object_content_ && IsWord(k)) {
    stop = NameThenAdjunct(k, stop);
  }
  if (!object_content_ && IsWord(k) && !(tok_[k].flags & kClauseW)) {
    stop = NounPhraseAnd(k, stop);
  }
  if (Is(tok_[k].low, "to") && k + 1 < stop && IsWord(k + 1) && !tok_[k + 1].cap) {
    stop = InfinitiveEnd(k, stop);
  }
  if (!object_content_ && IsWord(k) && !(tok_[k].flags & kClauseW) && !LooksFinite(k, stop)) {
    // "X noted the mayor's comments on its website", "X has not mentioned
    // the toll since the debate": a noun phrase after a clause cue ends
    // where the speaking event begins, as an object does.
    for (int p = k + 2; p < stop; ++p) {
      if (tok_[p].kind == TokenKind::kOpenQuote || IsOpenDq(p)) {
        break;  // "growth during May “had slowed”": the quote may hold the verb
      }
      // Only a preposition, "during", "since" or a date can open the phrase.
      const Tok& t = tok_[p];
      if (!(t.flags & kPrepositionW) && !Is(t.low, "during") && !Is(t.low, "since") &&
          TimeStartingAt(p) < 0) {
        continue;
      }
      if (EndsWith(tok_[p - 1].low, "ed") || EndsWith(tok_[p - 1].low, "ing")) {
        continue;  // "based on March 1", "reached over the weekend"
      }
      if (TimeOfSpeaking(p, stop) || SpeakingEventAt(p, k, stop)) {
        stop = p;
        break;
      }
    }
  }
  if (object_content_) {
    // "called the bank's conduct “outrageous” and called for D", "a
    // “rant,” a series of posts": the object ends at a comma or at "and"
    // before another cue verb.
    bool clause_in_object = false;
    bool infinitive = false;
    int name_end = -1;  // the comma closing a name in apposition
    for (int p = k + 1; p < stop; ++p) {
      if (tok_[p].in_quote) {
        continue;
      }
      if (IsComma(p) && p == name_end && p + 1 < stop && IsWord(p + 1) && !tok_[p + 1].cap &&
          !CueAt(p + 1) && !EndsWith(tok_[p + 1].low, "ing") &&
          !(tok_[p + 1].flags & (kPrepositionW | kDeterminerW | kPronounW | kClauseW | kFillerW |
                                 kAuxiliaryW | kCopulaW)) &&
          !IsIn(tok_[p + 1].low, {"and", "or", "but", "who", "which", "where", "when"})) {
        // "criticized Salem, Ore., bus drivers for D": the place and
        // its state modify the noun after them.
        continue;
      }
      if (IsComma(p)) {
        // "asked Channel 5's Ana Ruiz, the moderator, to check C": an
        // apposition inside the object; the complement goes on after it.
        int q = p + 1;
        while (q < stop && q - p < 14 && !IsComma(q) && !IsEndPunct(q)) {
          ++q;
        }
        if (q < stop && IsComma(q) && q + 1 < stop &&
            IsIn(tok_[q + 1].low, {"to", "of", "as", "for", "about", "over", "with"})) {
          p = q;
          continue;
        }
        // "Obama, Clinton and Ryan", "a quack, a fraud and a cheat": a list
        // goes on to its "and".
        if (const int l = ListAnd(p + 1, stop); l > p) {
          p = l - 1;
          continue;
        }
        // "the gallery's curator, Ana Ruiz", "Dayton, Ohio": a name
        // in apposition, closing the object.
        if (const int r = NameApposition(p + 1, stop); r > p) {
          name_end = r;
          p = r - 1;
          continue;
        }
      }
      // "a nation that borders X and has had D": a clause inside the object
      // has verbs of its own.
      clause_in_object = clause_in_object || (tok_[p].flags & kObjectClauseW) ||
                         (IsWord(p) && !tok_[p].cap && tok_[p].low.size() > 5 &&
                          EndsWith(tok_[p].low, "ing") && !IsPrepositionIng(tok_[p].low));
      // "asked Y to check X during the debate": the infinitive's phrase.
      infinitive = infinitive ||
                   (Is(tok_[p].low, "to") && p + 1 < stop && IsWord(p + 1) && !tok_[p + 1].cap &&
                    !(tok_[p + 1].flags & (kDeterminerW | kPronounW | kPrepositionW)));
      // ", describing them as D" elaborates the object: it stays.
      // So do examples and a narrowing: ", such as D", ", especially D".
      const bool elaboration =
          IsComma(p) && p + 1 < stop && IsWord(p + 1) && !tok_[p + 1].cap &&
          ((tok_[p + 1].low.size() > 5 && EndsWith(tok_[p + 1].low, "ing")) ||
           IsIn(tok_[p + 1].low, {"especially", "particularly", "notably"}) ||
           (Is(tok_[p + 1].low, "such") && p + 2 < stop && Is(tok_[p + 2].low, "as")));
      // "called her a disgrace after she attacked D": a subordinate clause
      // ends the object.
      // (Not "her work after the 2001 attacks", "imports until July 1": a
      // phrase of time without a verb is the object's.)
      const bool subordinate =
          p > k + 1 &&
          IsIn(tok_[p].low, {"after", "because", "while", "although", "though", "until", "unless",
                             "whereas", "when"}) &&
          !(IsIn(tok_[p].low, {"after", "until"}) && p + 1 < stop && IsWord(p + 1) &&
            !(tok_[p + 1].flags & kPronounW) && !EndsWith(tok_[p + 1].low, "ing") &&
            !VerbAfterSubject(p + 2, std::min(stop, p + 6)));
      if ((IsComma(p) && !(p > k && IsCloseDq(p + 1)) && !elaboration) || IsPunct(p, ";") ||
          subordinate || (p > k + 1 && SpeakingEventAt(p, k, stop)) ||
          (IsIn(tok_[p].low, {"and", "but"}) && p + 1 < stop && IsWord(p + 1) && !tok_[p + 1].cap &&
           CueAt(p + 1) && !(tok_[p + 1].flags & kSpeakerW)) ||
          (IsIn(tok_[p].low, {"and", "but"}) && p + 1 < stop &&
           IsIn(tok_[p + 1].low, {"he", "she", "they", "we", "i", "it"})) ||
          (p > k && IsIn(tok_[p].low, {"and", "but", "yet"}) && !clause_in_object &&
           FiniteVerbAt(p + 1, stop)) ||
          (p > k + 1 && !clause_in_object && !infinitive && TimeOfSpeaking(p, stop))) {
        stop = p;
        break;
      }
    }
  }
  int b = TrimBegin(k, stop);
  int ce = TrimEnd(b, stop);
  if (ce > b) {
    c.content.push_back(SpanOf(b, ce));
    c.direct_quote = false;
  }
}

bool DocRun::ContentBefore(int si, int stop, model::Claim& c) const {
  const auto& s = layer_.sentences[si];
  int a = static_cast<int>(s.first_token);
  int close = -1;
  if (IsCloseDq(stop)) {
    close = stop;
  } else if (stop > a && IsCloseDq(stop - 1)) {
    close = stop - 1;
  }
  if (close >= 0 && tok_[close].dq == 3) {
    --close;
  }
  if (close >= 0 && quote_match_[close] >= 0 && quote_match_[close] < close) {
    int open = quote_match_[close];
    int b = QuoteBody(open);
    int e = TrimEnd(b, close);
    if (e <= b) {
      return false;
    }
    // "Whatever the aim, the tax “is a poor tool,” she said": a quote that
    // completes the sentence's own clause takes the clause with it.
    int lead = SkipConnective(TrimBegin(a, open), open);
    bool plain = open > a && lead < open && !tok_[lead].in_quote;
    int lead_words = 0;
    for (int k = lead; plain && k < open; ++k) {
      plain = !tok_[k].used && !IsOpenDq(k) && !IsCloseDq(k) && !CueAt(k) && !IsPunct(k, ":") &&
              !IsPunct(k, ";");
      lead_words += IsWord(k) ? 1 : 0;
    }
    if (plain && lead_words >= 2) {
      c.content.push_back(SpanOf(lead, e));
      return true;
    }
    // "He said “C,” the agency said": keep only the quote.
    c.content.push_back(SpanOf(b, e));
    c.direct_quote = open >= a || true;
    return true;
  }
  int b = SkipConnective(SkipDateline(TrimBegin(a, stop), stop), stop);
  int e = TrimEnd(b, stop);
  int words = 0;  // up to 2, all the test below asks
  for (int k = b; k < e && words < 2; ++k) {
    words += IsWord(k) ? 1 : 0;
  }
  if (words < 2) {
    return false;
  }
  c.content.push_back(SpanOf(b, e));
  return true;
}

int DocRun::NameBeforeMarkup(int j, int a, int* name_b) const {
  *name_b = -1;
  if (!Is(tok_[j].low, ">")) {
    return j;
  }
  for (int p = j - 1; p >= a && p >= j - 10; --p) {
    if (tok_[p].kind == TokenKind::kOpenQuote || tok_[p].kind == TokenKind::kCloseQuote ||
        Is(tok_[p].low, ">")) {
      return j;  // (a comma may stand inside: "<Kidder, Peabody and Co>")
    }
    if (Is(tok_[p].low, "<")) {
      if (p + 1 == j || !IsWord(p + 1)) {
        return j;
      }
      // A ticker has no lower-case letter ("<LIND.L>"); a name has.
      bool lower = false;
      for (int q = p + 1; q < j && !lower; ++q) {
        const std::string_view raw = Raw(q);
        lower = std::any_of(raw.begin(), raw.end(), [](char c) { return c >= 'a' && c <= 'z'; });
      }
      if (lower) {
        *name_b = p + 1;  // "The <Lindby Exchange>", "Privately-held <Lindby Corp>"
        return j - 1;
      }
      if (p > a && IsWord(p - 1) && tok_[p - 1].cap) {
        return p - 1;  // the ticker after the name
      }
      return j;  // a ticker alone names no one
    }
  }
  return j;
}

bool DocRun::PlaceAfterPlace(int b, int e, int a) const {
  // The words before b: a comma after a capitalised place opened by a
  // preposition ("based in Lindby,", "from North Lindby,").
  if (e <= b || e - b > 4 || b < a + 3 || !IsComma(b - 1)) {
    return false;
  }
  int q = b - 2;
  while (q > a && b - 2 - q < 3 && tok_[q].cap && IsWord(q)) {
    --q;
  }
  if (q == b - 2 || !IsIn(tok_[q].low, {"in", "of", "from", "near"})) {
    return false;
  }
  // The words from b: a tagged place or country, or one capitalised word
  // ("Calif.", "R.I."), not a person's name ("The mayor of Lindby, Jane
  // Roe, said" names the mayor).
  int words = 0;
  for (int k = b; k < e; ++k) {
    if (!((IsWord(k) && tok_[k].cap) || Is(tok_[k].low, "."))) {
      return false;
    }
    words += IsWord(k) && (k == b || !Is(tok_[k - 1].low, ".")) ? 1 : 0;
  }
  bool person = false, place = false;
  ForMentionsWithin(SpanOf(b, e), [&](size_t m) {
    const auto t = mentions_[m].type;
    person = person || t == model::EntityType::kPerson;
    place = place || t == model::EntityType::kPlace || t == model::EntityType::kCountry;
  });
  return !person && (place || words == 1);
}

bool DocRun::FindSubject(int si, int j, Range* out, int* described) const {
  int a = static_cast<int>(layer_.sentences[si].first_token);
  if (j < a) {
    return false;
  }
  // "<Lindby Inc> said C": the name inside the brackets; "Lindby Inc <LIND>
  // said C": the subject ends before the ticker.
  int name_b = -1;
  j = NameBeforeMarkup(j, a, &name_b);
  if (name_b >= 0) {
    *out = {name_b, j + 1};
    return true;
  }
  bool relative = IsIn(tok_[j].low, {"who", "which"});
  if (relative) {
    --j;
    if (j < a) {
      return false;
    }
    if (IsDash(j) && j > a && !tok_[j + 1].contracted) {
      // "the audit -- which finds C": the phrase and its relative pronoun.
      int sb = SubjectStart(j - 1, a);
      if (sb < 0) {
        return false;
      }
      *out = {sb, j + 2};
      return true;
    }
    if (IsComma(j)) {
      // "the agency, which reported": the phrase right before the comma;
      // "Budanov, head of the agency, who said": the name before an apposition.
      int sb = SubjectStart(j - 1, a);
      if (sb < 0) {
        return false;
      }
      if (sb - 2 >= a && IsComma(sb - 1) && !tok_[sb].cap) {
        int sb2 = SubjectStart(sb - 2, a);
        if (sb2 >= 0 && PlausibleSource(sb2, sb - 1) && tok_[sb2].cap) {
          *out = {sb2, sb - 1};
          return true;
        }
      }
      *out = {sb, j};
      return true;
    }
  }
  if (IsComma(j) || IsDash(j)) {
    // "X, a spokesman for Y, said", "X -- a writer -- said": the phrase
    // before the apposition.
    const bool dash = IsDash(j);
    int p = j - 1;
    while (p > a && p > j - 20 && !(dash ? IsDash(p) : IsComma(p))) {
      --p;
    }
    if (p <= a || !(dash ? IsDash(p) : IsComma(p))) {
      return false;
    }
    // "The company, based in Lindby, Calif., said", "Jane Roe, an investor
    // from Lindby, Alabama, said": a place's state or country set off by
    // commas closes a place phrase; the subject comes before it.
    if (!dash && PlaceAfterPlace(p + 1, j, a) && FindSubject(si, p, out)) {
      return true;
    }
    // "<Lindby Inc>, a unit of Norvane Corp, said": the name in brackets.
    const int pe = NameBeforeMarkup(p - 1, a, &name_b);
    int sb = name_b >= 0 ? name_b : SubjectStart(pe, a);
    if (sb < 0) {
      return false;
    }
    // "Russia's envoy, Andrey Belyousov, said": a described speaker named in
    // the apposition; the name is the source. A description ending in a name
    // ("The chief executive of Harlow Bank, Tom Baker, said") only where the
    // apposition is a person's tagged name and the description holds a word
    // in lower case: not "Jane Roe, Chairman, said", "Harlow Bank, Tom
    // Baker, said".
    bool named =
        !dash && p + 1 < j && (!tok_[pe].cap || DescribedPersonNamed(sb, pe + 1, p + 1, j));
    for (int k = p + 1; named && k < j; ++k) {
      named = (tok_[k].kind == TokenKind::kWord && tok_[k].cap) ||
              (k > p + 1 && IsPunct(k, "."));  // "Lt. Gen. Kyrylo Budanov"
    }
    if (named) {
      *out = {p + 1, j};
      if (described != nullptr) {
        *described = sb;
      }
      return true;
    }
    // "“C,” Ann Roe, the mayor of Lindby, one of the towns affected,
    // said": two appositions; the name before the first is the source.
    if (!dash && sb - 2 > a && IsComma(sb - 1) && !tok_[sb].cap) {
      const int sb2 = SubjectStart(sb - 2, a);
      if (sb2 >= 0 && tok_[sb2].cap && PlausibleSource(sb2, sb - 1) &&
          (sb2 == a || !(tok_[sb2 - 1].flags & kPrepositionW)) && MentionStartsAt(sb2)) {
        *out = {sb2, sb - 1};
        return true;
      }
    }
    *out = {sb, pe + 1};
    return true;
  }
  int sb = SubjectStart(j, a);
  if (sb < 0) {
    return false;
  }
  // "One of the nurses who sent the complaint called C", "Firms that had
  // insured the mines agreed to C": the phrase ends a relative clause; the
  // subject as written runs from its head.
  if (sb - 2 >= a && IsIn(tok_[sb - 1].low, {"who", "that"}) && IsWord(sb) && !tok_[sb].cap &&
      ((tok_[sb].flags & kIrregularPastW) || IsIn(tok_[sb].low, {"had", "has", "have"}) ||
       (tok_[sb].low.size() > 4 && EndsWith(tok_[sb].low, "ed")))) {
    const int sb2 = SubjectStart(sb - 2, a);
    if (sb2 >= 0 && sb2 <= sb - 2 && PlausibleSource(sb2, sb - 1)) {
      *out = {sb2, j + 1};
      return true;
    }
  }
  // "a visit to Pyongyang showed": the object of a preposition is no subject,
  // but "In an interview with the Herald Jane Roe said": a name of its own
  // (a tagged mention) right before the cue is.
  if (sb > a && ((tok_[sb - 1].flags & kPrepositionW) || Is(tok_[sb - 1].low, "to"))) {
    const uint32_t end = layer_.tokens[j].span.end;
    int best = -1;
    ForMentionsWithin(SpanOf(sb, j + 1), [&](size_t m) {
      if (m < tagged_count_ && mentions_[m].span.end == end) {
        int mb = TokenAtOrAfter(mentions_[m].span.begin);
        if (mb > sb + 1 && IsWord(mb - 1) && !IsPossessive(Raw(mb - 1)) &&
            !(tok_[mb - 1].flags & (kDeterminerW | kPrepositionW)) && (best < 0 || mb < best)) {
          best = mb;
        }
      }
    });
    if (best < 0) {
      return false;
    }
    sb = best;
  }
  *out = {sb, j + 1};
  return true;
}

bool DocRun::DescribedPersonNamed(int db, int de, int nb, int ne) const {
  bool lower = false;
  for (int k = db; k < de && !lower; ++k) {
    lower = IsWord(k) && !tok_[k].cap;
  }
  if (!lower) {
    return false;
  }
  const Span name = SpanOf(nb, ne);
  bool person = false;
  ForMentionsWithin(name, [&](size_t m) {
    person = person || (m < tagged_count_ && mentions_[m].type == model::EntityType::kPerson &&
                        mentions_[m].span.begin == name.begin && mentions_[m].span.end == name.end);
  });
  return person;
}

DocRun::Range DocRun::ReducedRelative(int si, int j) const {
  int a = static_cast<int>(layer_.sentences[si].first_token);
  int cs = j;
  while (cs > a && j - cs < 20 && !IsComma(cs - 1) && !IsPunct(cs - 1, ":") &&
         tok_[cs - 1].kind != TokenKind::kOpenQuote && !Is(tok_[cs - 1].low, "that") &&
         !(tok_[cs - 1].cues && !tok_[cs - 1].cap && !(tok_[cs - 1].flags & kSpeakerW))) {
    --cs;
  }
  while (cs < j && (tok_[cs].flags & kFillerW)) {
    ++cs;
  }
  int np = NpForward(cs, j + 1);
  if (np <= cs || np > j) {
    return {};
  }
  std::string_view part = tok_[np].low;
  // "A study released in May found", "A study that appeared in X found"
  if (!(part.size() >= 5 && EndsWith(part, "ed")) && !IsIn(part, {"that", "which"})) {
    return {};
  }
  for (int k = np; k <= j; ++k) {
    if (!IsWord(k) && tok_[k].kind != TokenKind::kNumber) {
      return {};
    }
  }
  if (!PlausibleSource(cs, np)) {
    return {};
  }
  return {cs, np};
}

DocRun::Range DocRun::FarSubject(int si, int j) const {
  int a = static_cast<int>(layer_.sentences[si].first_token);
  if (j - a > 48) {
    return {};
  }
  int cs = a;
  while (cs < j) {
    while (cs < j && ((tok_[cs].flags & kFillerW) || tok_[cs].kind == TokenKind::kOpenQuote)) {
      ++cs;
    }
    int ce = cs;
    while (ce < j && !IsComma(ce)) {
      ++ce;
    }
    int np = NpForward(cs, ce);
    if (np == ce && ce - cs <= 8 && ce > cs && !(tok_[cs].flags & kPrepositionW)) {
      bool name = false;
      for (int k = cs; k < ce; ++k) {
        name = name || (tok_[k].cap && (k > a || MentionStartsAt(k)));
      }
      if (name && TimeStartingAt(cs) < 0) {
        return {cs, ce};
      }
    }
    // Only the first phrase of the sentence or one after an opening phrase.
    if (cs > a && ce - cs > 6) {
      return {};
    }
    cs = ce + 1;
  }
  return {};
}

DocRun::Range DocRun::SentenceSource(int si, int before) const {
  // "Brazil's announcement of C gave ... and confirmed D": a possessor
  // is no subject of a later verb.
  auto possessor = [&](const Found& f) {
    const Tok& last = tok_[f.source.e - 1];
    return IsPossessive(RawOf(last)) || IsIn(last.low, {"his", "her", "its", "their", "my", "our"});
  };
  if (found_.size() > ScanLimit(kFewFound)) {
    // Many claims found (a long document): the sentence's sources and the
    // contents touching it, by sentence (FoundBySentence), latest first as
    // below.
    const FoundIndex& index = FoundBySentence();
    for (int k = index.source_head[si]; k >= 0; k = index.source_prev[k]) {
      const Found& f = found_[k];
      if (f.source.b >= before || possessor(f)) {
        continue;
      }
      const uint32_t sb = layer_.tokens[f.source.b].span.begin;
      bool nested = false;
      for (int p = index.content_head[si]; p >= 0 && !nested; p = index.content_next[p]) {
        const int g = index.content_found[p];
        for (const auto& c : found_[g].claim.content) {
          nested = nested || (g != k && c.begin <= sb && sb < c.end);
        }
      }
      if (!nested) {
        return f.source;
      }
    }
    return {};
  }
  for (auto it = found_.rbegin(); it != found_.rend(); ++it) {
    if (it->source.empty() || sent_of_[it->source.b] != si || it->source.b >= before ||
        possessor(*it)) {
      continue;
    }
    // "X told them that she believes C, saying D": a source inside another
    // claim's content speaks only within it.
    const uint32_t sb = layer_.tokens[it->source.b].span.begin;
    bool nested = false;
    for (const auto& f : found_) {
      for (const auto& c : f.claim.content) {
        nested = nested || (&f != &*it && c.begin <= sb && sb < c.end);
      }
    }
    if (nested) {
      continue;
    }
    return it->source;
  }
  return {};
}

const DocRun::FoundIndex& DocRun::FoundBySentence() const {
  FoundIndex& index = found_index_;
  const auto& ss = layer_.sentences;
  if (index.count > found_.size() || index.generation != found_generation_ ||
      index.source_head.size() != ss.size()) {
    index.count = 0;
    index.generation = found_generation_;
    index.source_head.assign(ss.size(), -1);
    index.content_head.assign(ss.size(), -1);
    index.source_prev.clear();
    index.content_next.clear();
    index.content_found.clear();
  }
  for (; index.count < found_.size(); ++index.count) {
    const int k = static_cast<int>(index.count);
    const Found& f = found_[k];
    index.source_prev.push_back(-1);
    if (!f.source.empty() && sent_of_[f.source.b] >= 0) {
      index.source_prev[k] = index.source_head[sent_of_[f.source.b]];
      index.source_head[sent_of_[f.source.b]] = k;
    }
    // Each part in every sentence it overlaps.
    for (const auto& c : f.claim.content) {
      auto first =
          std::upper_bound(ss.begin(), ss.end(), c.begin,
                           [](uint32_t b, const model::Sentence& x) { return b < x.span.end; });
      for (auto x = first; x != ss.end() && x->span.begin < c.end; ++x) {
        const auto s = static_cast<size_t>(x - ss.begin());
        index.content_next.push_back(index.content_head[s]);
        index.content_found.push_back(k);
        index.content_head[s] = static_cast<int>(index.content_next.size() - 1);
      }
    }
  }
  return index;
}

bool DocRun::TryAccordingTo(int si, int i, int n) {
  const auto& s = layer_.sentences[si];
  int a = static_cast<int>(s.first_token), e = static_cast<int>(s.end_token);
  int sb = i + n, se = NpForward(sb, e);
  if (se <= sb) {
    return false;
  }
  // "According to a complaint by the port and a lawsuit by the town, C":
  // the sources joined up to the comma ("the Securities and Exchange
  // Commission and a lawsuit").
  for (int q = se, joins = 0;
       joins < 3 && q + 1 < e && IsIn(tok_[q].low, {"and", "or"}) && IsWord(q + 1); ++joins) {
    q = NpForward(q + 1, e);
    if (q < e && IsComma(q)) {
      se = q;
      break;
    }
  }
  model::Claim c;
  int before_end = TrimEnd(a, i);
  int before_b = TrimBegin(a, before_end);
  int words_before = 0;
  for (int k = before_b; k < before_end; ++k) {
    words_before += IsWord(k) ? 1 : 0;
  }
  int after_b = se < e && IsComma(se) ? se + 1 : se;
  int after_e = TrimEnd(after_b, ClauseStop(after_b, e));
  if (words_before >= 2 && !found_.empty()) {
    // "Reports indicate that C, according to X": X's claim of C; the
    // unnamed inner source is only the channel.
    Found& in = found_.back();
    uint32_t bb = layer_.tokens[before_b].span.begin;
    uint32_t be = layer_.tokens[before_end - 1].span.end;
    bool inside = !in.source.empty() && in.source.b == before_b && in.claim.content.size() == 1 &&
                  in.claim.content[0].begin >= bb && in.claim.content[0].end <= be;
    bool named = false;
    for (int k = in.source.b; inside && k < in.source.e; ++k) {
      named = named || (tok_[k].cap && (k > a || MentionStartsAt(k)));
    }
    if (inside && !named) {
      c.content = in.claim.content;
      c.stated_on = in.claim.stated_on;
      found_.pop_back();
      ++found_generation_;  // FoundBySentence starts again
    }
  }
  if (!c.content.empty()) {
    // taken from the inner claim above
  } else if (words_before >= 2) {
    ContentBefore(si, before_end < i ? before_end : i, c);
    if (c.content.empty()) {
      c.content.push_back(SpanOf(before_b, before_end));
    }
    // "The plan, according to X, will fail": the clause goes on after the
    // source; so does "C, according to X, and D". After a whole clause
    // ("C, according to X, a former aide") the rest describes X or
    // comments on C.
    if (se < e && IsComma(se) && after_e - after_b >= 2 &&
        (!LooksFinite(before_b, before_end) ||
         IsIn(tok_[after_b].low, {"and", "but", "or", "while", "whereas"}))) {
      c.content.push_back(SpanOf(after_b, after_e));
    }
  } else if (after_e - after_b >= 2) {
    c.content.push_back(SpanOf(after_b, after_e));
  }
  if (c.content.empty()) {
    return false;
  }
  Cue cue;
  cue.lemma = "according to";
  cue.category = model::CueCategory::kReport;
  Emit(si, cue, i, i + n, {sb, se}, std::move(c));
  return true;
}

bool DocRun::TryInPoll(int si, int i, int n) {
  // "In the latest poll by the Ledger, C": a poll, survey or study opening
  // the sentence is the source of the clause after the comma.
  const auto& s = layer_.sentences[si];
  int a = static_cast<int>(s.first_token), e = static_cast<int>(s.end_token);
  if (i != a) {
    return false;
  }
  int se = i + n;
  bool poll = false;
  while (se < e && se - i <= 14 && !IsComma(se) && !IsEndPunct(se)) {
    poll = poll || IsIn(tok_[se].low, {"poll", "polls", "survey", "surveys", "study", "studies"});
    ++se;
  }
  if (!poll || se >= e || !IsComma(se)) {
    return false;
  }
  model::Claim c;
  int cb = se + 1;
  if (cb + 1 < e && IsWord(cb) && !tok_[cb].cap &&
      (EndsWith(tok_[cb].low, "ed") || IsIn(tok_[cb].low, {"taken", "done", "run"}))) {
    // "In the latest poll, conducted in May, C": the poll's participle
    // phrase up to its comma.
    int q = cb + 1;
    while (q < e && q - cb <= 12 && !IsComma(q) && !IsEndPunct(q) && !tok_[q].in_quote) {
      ++q;
    }
    if (q < e && q - cb <= 12 && IsComma(q)) {
      cb = q + 1;
    }
  }
  int ce = TrimEnd(cb, ClauseStop(cb, e));
  if (ce - cb < 3) {
    return false;
  }
  c.content.push_back(SpanOf(cb, ce));
  Cue cue;
  cue.lemma = "in";
  cue.category = model::CueCategory::kReport;
  Emit(si, cue, i, i + n, {i + n, se}, std::move(c));
  return true;
}

bool DocRun::TryTrailing(int si, int i, const Cue& cue, int n, int phrase_b, int src_name_b,
                         int src_e, bool negated) {
  // Below, src_b bounds the content: the phrase's start.
  const int src_b = phrase_b;
  const auto& s = layer_.sentences[si];
  int a = static_cast<int>(s.first_token), e = static_cast<int>(s.end_token);
  // "“Why now?” Ortiz said." may be split after the question mark: the
  // quote then closes the previous sentence of the paragraph.
  const bool split_quote = src_b == a && a > 0 && IsCloseDq(a - 1) && si > 0 &&
                           layer_.sentences[si - 1].paragraph == s.paragraph;
  if (src_b <= a && !split_quote) {
    return false;
  }
  int stop = src_b - 1;
  if (!(IsComma(stop) || IsCloseDq(stop) || IsDash(stop))) {
    return false;
  }
  if (cue.frame == CueFrame::kObject || cue.frame == CueFrame::kPrep ||
      cue.frame == CueFrame::kIntent) {
    return false;
  }
  if ((weak_source_ || cue.frame == CueFrame::kColon) && !IsCloseDq(stop)) {
    return false;  // "“Why now?” she asked": colon cues trail only quotes
  }
  {
    // "Asked whether C, X said D": the question is put to X; D is X's.
    int q = a;
    while (q < src_b && (tok_[q].flags & kFillerW)) {
      ++q;
    }
    if (q < src_b && !IsCloseDq(stop) &&
        (IsIn(tok_[q].low, {"asked", "pressed", "questioned"}) ||
         (Is(tok_[q].low, "when") && q + 1 < src_b &&
          IsIn(tok_[q + 1].low, {"asked", "pressed"})))) {
      return false;
    }
    // "..., and when pressed on C, X replied D": the same, after an
    // earlier clause.
    for (int r = q, end = IsCloseDq(stop) ? q : src_b - 2; r < end; ++r) {
      // ("when", the rarest, tested first.)
      if (Is(tok_[r + 1].low, "when") && (IsComma(r) || Is(tok_[r].low, "and")) &&
          IsIn(tok_[r + 2].low, {"asked", "pressed", "questioned"})) {
        return false;
      }
    }
  }
  model::Claim c;
  c.negated = negated;
  bool saw_that = false;
  int k = PastCue(i, n, cue, e, c, &saw_that);
  if (saw_that) {
    // "“C,” she told reporters after the meeting that ran late": after a
    // quote, a "that" past a time phrase ("after", "before", "during") opens
    // a relative clause, not the cue's content.
    bool relative = false;
    if (IsCloseDq(stop) || (stop > a && IsCloseDq(stop - 1))) {
      for (int q = i + n; q + 1 < k; ++q) {
        if (IsIn(tok_[q].low, {"after", "before", "during"})) {
          relative = true;
          break;
        }
      }
    }
    if (!relative) {
      return false;
    }
    k = e;
  }
  while (k > i + n && IsComma(k - 1)) {
    --k;
  }
  int end = TrimEnd(k, e);
  k = AsTail(k, end);
  if (cue.frame == CueFrame::kTell) {
    k = AddresseeTail(k, end);
  }
  int cont_open = -1;
  if (k < end) {
    // "“C1,” he said, “C2.”" continues the quote after the cue.
    int p = k;
    while (p < end && IsComma(p)) {
      ++p;
    }
    if (p < e && IsOpenDq(p) && quote_match_[p] > p) {
      cont_open = p;
    } else if (IsComma(k) && k + 1 < end) {
      // "The troops, he said, were tired": the content goes on.
      std::string_view w = tok_[k + 1].low;
      bool clause =
          IsClauseParticiple(w) || ClauseStop(k, e) == k ||
          IsIn(w, {"and",       "but",       "while",  "whereas", "as",    "because", "though",
                   "although",  "who",       "which",  "when",    "after", "before",  "so",
                   "or",        "without",   "with",   "in",      "on",    "at",      "noting",
                   "referring", "according", "if",     "until",   "since", "even",    "then",
                   "not",       "under",     "during", "amid"}) ||
          MannerParticiple(k + 1, e) || !IsWord(k + 1);
      if (!clause) {
        cont_open = -2 - (k + 1);
      } else if (IsIn(w, {"and", "but"}) && k + 2 < end && IsOpenDq(k + 2) &&
                 quote_match_[k + 2] > k + 2) {
        cont_open = k + 2;  // "“C1,” he said, but “C2”": more of the quote
      } else if (IsIn(w, {"until", "since", "because"}) && k + 4 < end && IsWord(k + 2) &&
                 LooksFinite(k + 2, ClauseStop(k + 2, e)) && !HasCue(k + 2, ClauseStop(k + 2, e))) {
        // "C1, X said, because it is undervalued": the reason or the limit
        // X gave goes with C1.
        cont_open = -2 - (k + 1);
      } else if (MannerParticiple(k + 1, e)) {
        // "“C1,” X said, referring to Y, “C2”": the quote resumes after the
        // participle's phrase.
        int q = k + 2;
        while (q < end && q < k + 16 && !IsComma(q) && !IsOpenDq(q) && !IsEndPunct(q)) {
          ++q;
        }
        if (q + 1 < end && IsComma(q) && IsOpenDq(q + 1) && quote_match_[q + 1] > q + 1) {
          cont_open = q + 1;
        }
      }
    } else if (!(IsCloseDq(stop) || (stop > a && IsCloseDq(stop - 1)))) {
      // After a quote, what follows the cue describes the speaking:
      // "“C,” she said after the vote." Otherwise it must end the clause.
      return false;
    } else {
      // ... but "On “Face the Nation,” Ryan said the vote failed" goes on
      // with a clause of its own: that is leading content.
      int words = 0;
      for (int q = k; q < end; ++q) {
        words += IsWord(q) ? 1 : 0;
      }
      bool adjunct =
          (tok_[k].flags & (kPrepositionW | kClauseW)) || IsComma(k) || TimeStartingAt(k) >= 0;
      if (words > 3 && !adjunct) {
        return false;
      }
    }
  }
  if (!ContentBefore(si, stop, c)) {
    return false;
  }
  if (cont_open != -1 && !c.direct_quote && c.content.size() == 1 &&
      !(stop > a && IsCloseDq(stop - 1))) {
    // "In a statement, X said, C", "Speaking by telephone, X said: “C”",
    // "As a bell rang, X said, “It is late”": what opens the sentence
    // before the tag sets the scene of the speaking. But a clause the tag
    // cuts in two is content: "The troops, he said, were tired", "If the
    // bill passes, X said, prices will rise", "So when Y left, X said,
    // “we were floored”".
    const int pb = TokenAtOrAfter(c.content[0].begin, a);
    const int pe = TokenAtOrAfter(c.content[0].end, pb);
    const std::string_view w = tok_[pb].low;
    // "Speaking by telephone", "Referring to the talks": a participle and
    // its complement (not "Beijing, he said, ...").
    bool scene = (w.size() > 5 && EndsWith(w, "ing") && !IsPrepositionIng(w) && pb + 1 < pe &&
                  IsWord(pb + 1) && !tok_[pb + 1].cap && !MentionStartsAt(pb)) ||
                 Is(w, "asked") ||
                 (IsIn(w, {"when", "as"}) && pb + 1 < pe && CueAt(pb + 1) &&
                  EndsWith(tok_[pb + 1].low, "ed"));
    if (tok_[pb].flags & kPrepositionW) {
      // "In a statement", "In remarks to reporters", "In a radio interview"
      for (int q = pb + 1; q < pe && q <= pb + 6 && !scene; ++q) {
        scene = (tok_[q].flags & kSpeakingNounW) || Is(tok_[q].low, "remarks");
      }
    }
    if (cont_open >= 0) {
      // A quote opening with a capital after the tag is whole.
      const int qb = QuoteBody(cont_open);
      // But a clause before "and “C2”" is content too: "Many were older,
      // she said, and “I had to step back”".
      const bool joined = cont_open > 0 && IsIn(tok_[cont_open - 1].low, {"and", "but"});
      scene = scene || (qb < e && IsWord(qb) && tok_[qb].cap && (!joined || !LooksFinite(pb, pe)));
    }
    if (scene) {
      c.content.clear();
    } else if (cont_open <= -2) {
      // "And the troops, he said, were tired": the writer's connective
      // opening the first part, as before a trailing tag ("Yet, he said,
      // C": then C is all of it).
      const int nb = SkipConnective(pb, e);
      if (nb >= pe) {
        c.content.clear();
      } else if (nb > pb) {
        c.content[0].begin = layer_.tokens[nb].span.begin;
      }
    }
  }
  if (cont_open >= 0) {
    int close = quote_match_[cont_open];
    int qb = QuoteBody(cont_open);
    int ce = TrimEnd(qb, close);
    if (ce > qb) {
      c.content.push_back(SpanOf(qb, ce));
    }
  } else if (cont_open <= -2) {
    int b = -2 - cont_open;
    int ce = TrimEnd(b, ClauseStop(b, e));
    if (ce - b >= 2) {
      c.content.push_back(SpanOf(b, ce));
    }
  }
  if (c.content.empty()) {
    return false;
  }
  Emit(si, cue, i, i + n, {src_name_b, src_e}, std::move(c));
  return true;
}

bool DocRun::TryLeading(int si, int i, const Cue& cue, int n, int src_b, int src_e, bool negated,
                        int from) {
  const auto& s = layer_.sentences[si];
  int e = static_cast<int>(s.end_token);
  model::Claim c;
  c.negated = negated;
  int k = from >= 0 ? from : i + n;
  if (const int ce = from < 0 ? OpeningAsComma(si, src_b, i + n) : -1; ce >= 0) {
    // "As X put it in a letter to Y in July, C", "As X observed, in the
    // early days C": the opening clause ends at its comma; C is the rest.
    ContentAfter(si, ce + 1, c);
    if (c.content.empty()) {
      return false;
    }
    Emit(si, cue, i, i + n, {src_b, src_e}, std::move(c));
    return true;
  }
  // "X told the dairy farmers that C", "X warned voters that C": the
  // addressee is no part of the content. (In "X told his aides to D" it
  // is: see below.)
  int addressee = -1;
  if (from < 0 &&
      (cue.frame == CueFrame::kTell ||
       (cue.frame == CueFrame::kClause && cue.category == model::CueCategory::kWarning))) {
    addressee = AddresseeEnd(k, e, cue.frame == CueFrame::kTell);
  }
  if (cue.frame == CueFrame::kTell && from < 0 && k + 1 < e && Is(tok_[k].low, "that") && i > 0 &&
      tok_[i - 1].contracted) {
    // "He's convinced that C", "They're convinced that C" (is, are
    // convinced): the adjective's reading, tried next.
    return false;
  }
  if (cue.frame == CueFrame::kTell && from < 0 && k + 1 < e && Is(tok_[k].low, "that") &&
      (tok_[k + 1].cap || tok_[k + 1].kind == TokenKind::kNumber ||
       (tok_[k + 1].flags & (kDeterminerW | kPronounW))) &&
      LooksFinite(k + 1, ClauseStop(k + 1, e))) {
    // "He assured that C": "that" opening a clause right after a telling
    // verb names no addressee.
  } else if (cue.frame == CueFrame::kTell) {
    int h = ObjectNpEnd(k, e);
    if (h == k) {
      return false;
    }
    k = std::max(h, addressee);
  } else if (addressee > k) {
    k = addressee;
  }
  bool saw_that = false;
  k = SkipAdjuncts(k, e, &c.stated_on, &saw_that,
                   cue.frame == CueFrame::kIntent || cue.frame == CueFrame::kTell);
  if (saw_that && cue.frame == CueFrame::kObject && k + 1 < e && IsWord(k) && !tok_[k].cap &&
      !(tok_[k].flags & (kDeterminerW | kPronounW)) && Is(tok_[k - 1].low, "that") &&
      (!EndsWith(tok_[k].low, "s") || EndsWith(tok_[k].low, "ss")) &&
      (IsComma(k + 1) || IsEndPunct(k + 1) || Is(tok_[k + 1].low, "and") ||
       (tok_[k + 1].flags & kPrepositionW))) {
    // "rejected that argument in a ruling", "praised that decision.": after
    // a cue taking an object, "that" before a lone singular noun is its
    // determiner ("proposed that banks in Europe D" is a clause).
    --k;
    saw_that = false;
  }
  if (weak_source_ && !saw_that && !(k < static_cast<int>(tok_.size()) && IsOpenDq(k)) &&
      !(k > i + n && IsPunct(k - 1, ":"))) {
    return false;
  }
  if (k < e && !saw_that) {
    std::string_view w = tok_[k].low;
    bool number_next = k + 1 < e && (tok_[k + 1].kind == TokenKind::kNumber ||
                                     IsIn(tok_[k + 1].low, {"least", "most", "more", "less"}));
    // "said no decision was made" is a clause; "said no (to it)" a reply.
    const bool no_clause = Is(w, "no") && k + 3 < e && IsWord(k + 1) && IsWord(k + 2) &&
                           !IsIn(tok_[k + 1].low, {"to", "more", "comment", "and", "or", "thanks"});
    // "expressed concern over C", "voiced concerns regarding C": the
    // preposition after the cue's noun, like "about", is neither's.
    const bool concern_prep = IsIn(cue.lemma, {"express concern", "express doubt"}) &&
                              IsIn(w, {"over", "regarding", "at", "for", "with", "on"});
    // "X decided against raising rates": an intent's "against" too.
    const bool topic_prep = ((IsIn(w, {"about", "against"}) || concern_prep) &&
                             (cue.frame == CueFrame::kClause || cue.frame == CueFrame::kObject)) ||
                            (Is(w, "against") && cue.frame == CueFrame::kIntent);
    if (topic_prep && k + 1 < e && IsWord(k + 1) && !(tok_[k + 1].flags & kPronounW)) {
      // "X complained about C", "X wrote about C": the topic is the content;
      // "X warned against C", "the court ruled against C": so is the thing
      // opposed.
      ++k;
      w = tok_[k].low;
    }
    if ((cue.frame == CueFrame::kIntent || (cue.frame == CueFrame::kTell && k > i + n)) &&
        Is(w, "to")) {
      // "X wants to ...", "X pledged to ...", "X told them to ...": the
      // content keeps "to".
    } else if (no_clause) {
      // the clause goes on below
    } else if ((tok_[k].flags & kNoContentW) && !number_next) {
      return false;
    } else if ((tok_[k].flags & kCopulaW) && !Is(w, "should") && c.stated_on >= 0 &&
               TokenAtOrAfter(times_[c.stated_on].span.end, i + n) == k) {
      // "Norvane Mining said 1986 was a poor year", "bankers say next year could see
      // C": the time is the subject of the content, not the statement's
      // date.
      // (Not "two weeks ago": "the posts Norvane said two weeks ago were at
      // risk", the statement's date.)
      const int tb = TokenAtOrAfter(times_[c.stated_on].span.begin, i + n);
      if (tb >= i + n && tb < k && !IsIn(tok_[tb].low, {"a", "an"}) &&
          !Is(tok_[k - 1].low, "ago")) {
        k = tb;
        c.stated_on = -1;
      }
    }
    // "Sales declined slightly", "voted on the bill": "decline" and "vote"
    // report only with "to".
    if ((cue.lemma == "decline"sv || cue.lemma == "vote"sv) && !Is(w, "to")) {
      return false;
    }
  }
  if (cue.frame == CueFrame::kColon && !(k > i + n && (IsPunct(k - 1, ":") || IsComma(k - 1))) &&
      !(k < static_cast<int>(tok_.size()) && IsOpenDq(k))) {
    return false;
  }
  const auto& ss = layer_.sentences;
  if (k >= e && k > i + n && IsPunct(k - 1, ":") && static_cast<size_t>(si) + 1 < ss.size() &&
      ss[si + 1].paragraph != s.paragraph) {
    // "The governor added:" closing a paragraph: the next paragraph is the
    // quoted material.
    size_t last = si + 1;
    while (last + 1 < ss.size() && ss[last + 1].paragraph == ss[si + 1].paragraph) {
      ++last;
    }
    int pb =
        TrimBegin(static_cast<int>(ss[si + 1].first_token), static_cast<int>(ss[last].end_token));
    int pe = TrimEnd(pb, static_cast<int>(ss[last].end_token));
    if (pe - pb >= 3) {
      c.content.push_back(SpanOf(pb, pe));
      c.direct_quote = true;
      Emit(si, cue, i, i + n, {src_b, src_e}, std::move(c));
      return true;
    }
  }
  object_content_ = cue.frame == CueFrame::kObject;
  // "X told his aides to D": the addressee belongs to the directive.
  const int content_k =
      cue.frame == CueFrame::kTell && k < e && Is(tok_[k].low, "to") && from < 0 && k > i + n
          ? i + n
          : k;
  ContentAfter(si, content_k, c);
  object_content_ = false;
  if (c.content.empty()) {
    return false;
  }
  if (!c.direct_quote && c.content.size() == 1) {
    // "While X suggested C, the mayor D": a subordinate clause opening the
    // sentence ends at its comma, where the main clause begins.
    // ("After X said C, Y D", "Once X has said C, Y D" too.)
    int o = static_cast<int>(s.first_token);
    while (o < src_b && (tok_[o].flags & kFillerW) && !(tok_[o].flags & kClauseW)) {
      ++o;
    }
    if (o + 1 == src_b &&
        IsIn(tok_[o].low, {"while", "although", "though", "because", "since", "whereas", "if",
                           "unless", "when", "after", "before", "until", "once"})) {
      EndAtMainClause(TokenAtOrAfter(c.content[0].begin, content_k), e, c);
    }
  }
  if (!c.direct_quote && c.content.size() == 1 && src_e + 1 < i && IsComma(src_e) &&
      IsIn(tok_[src_e + 1].low, {"who", "which"})) {
    // (Not "X, which owns Y, said C": the clause closes before the cue.)
    bool closed = false;
    for (int q = src_e + 2; q < i; ++q) {
      closed = closed || IsComma(q);
    }
    if (!closed) {
      EndRelativeClause(TokenAtOrAfter(c.content[0].begin, content_k), e, c);
    }
  }
  // The content starts at content_k or after it.
  const int content_b = TokenAtOrAfter(c.content[0].begin, content_k);
  int words = 0;  // counted up to 2: all the test below needs
  for (int p = content_b; words < 2 && p < static_cast<int>(tok_.size()) &&
                          layer_.tokens[p].span.end <= c.content[0].end;
       ++p) {
    words += IsWord(p) ? 1 : 0;
  }
  bool one_name =
      words == 1 && cue.frame == CueFrame::kObject && tok_[content_b].cap;  // "Hale endorsed Moe"
  if (words < 2 && !one_name) {
    return false;
  }
  const Range head = ContentHead(si, cue, {src_b, src_e}, content_b);
  const size_t emitted = found_.size();
  Emit(si, cue, i, i + n, {src_b, src_e}, std::move(c));
  if (!head.empty() && found_.size() > emitted) {
    // (Added once the claim is made: Emit reads the content from the cue
    // on, and a head before the speaker would look like a trailing tag's.)
    auto& content = found_.back().claim.content;
    content.insert(content.begin(), SpanOf(head.b, head.e));
  }
  return true;
}

int DocRun::OpeningAsComma(int si, int src_b, int k) const {
  const auto& s = layer_.sentences[si];
  const int a = static_cast<int>(s.first_token), e = static_cast<int>(s.end_token);
  int o = a;
  while (o < src_b && ((tok_[o].flags & kFillerW) || IsComma(o)) && !(tok_[o].flags & kClauseW)) {
    ++o;
  }
  if (o + 1 != src_b || !Is(tok_[o].low, "as") || k >= e) {
    return -1;
  }
  // Nothing but adjuncts before the comma: "As the mayor announced the plan,
  // protesters gathered" is a time clause with an object.
  const Tok& t = tok_[k];
  if (!(IsComma(k) || (t.flags & (kPrepositionW | kAdjunctPrepW | kAdjunctAdverbW)) ||
        TimeStartingAt(k) >= 0)) {
    return -1;
  }
  for (int q = k; q < e && q < k + 16; ++q) {
    if (IsComma(q)) {
      return q + 3 < e && !tok_[q].in_quote ? q : -1;
    }
    if (!(IsWord(q) || tok_[q].kind == TokenKind::kNumber || Is(tok_[q].low, ".")) ||
        Is(tok_[q].low, "that") || tok_[q].in_quote) {
      return -1;
    }
  }
  return -1;
}

bool DocRun::NameOfOrganisation(int b, int e, int end) const {
  // "..., said Ann Moe of Harbour Street Securities Inc.": a name of two to
  // four capitalised words, "of", "at" or "with" and an organisation (tagged,
  // ending in a legal form of the lexicon, or of three capitalised words) that
  // ends the sentence or is followed by its relative clause ("..., said Ann
  // Moe of Harbour Oil Information Services, which tracks rigs").
  const bool relative =
      e + 1 < end && IsComma(e) && IsIn(tok_[e + 1].low, {"which", "who", "whose"});
  if ((TrimEnd(e, end) != e && !relative) || (tok_[b].flags & kDeterminerW)) {
    return false;
  }
  int p = b;
  while (p < e && p - b < 4 && IsWord(p) && tok_[p].cap && !(tok_[p].flags & kPrepositionW)) {
    ++p;
  }
  if (p - b < 2 || p + 1 >= e || !IsIn(tok_[p].low, {"of", "at", "with"})) {
    return false;
  }
  int ob = p + 1;
  if (Is(tok_[ob].low, "the")) {
    ++ob;
  }
  if (ob >= e || !IsWord(e - 1) || !tok_[e - 1].cap) {
    return false;
  }
  for (int q = ob; q < e; ++q) {
    const bool ok = IsWord(q) ? (tok_[q].cap || IsIn(tok_[q].low, {"of", "and"}))
                              : (Is(tok_[q].low, ".") || Is(tok_[q].low, "&"));
    if (!ok) {
      return false;
    }
  }
  if ((tok_[e - 1].flags & kLegalFormW) || e - ob >= 3) {
    return true;
  }
  const uint32_t ob0 = layer_.tokens[ob].span.begin;
  const uint32_t oe0 = layer_.tokens[e - 1].span.end;
  bool org = false;
  ForMentionsWithin(SpanOf(ob, e), [&](size_t m) {
    org = org || (m < tagged_count_ && mentions_[m].type == model::EntityType::kOrganization &&
                  mentions_[m].span.begin == ob0 && mentions_[m].span.end == oe0);
  });
  return org;
}

int DocRun::AddresseeTail(int k, int end) const {
  if (k >= end || end - k > 6) {
    return k;
  }
  for (int q = k; q < end; ++q) {
    const Tok& t = tok_[q];
    if (!IsWord(q) || t.in_quote ||
        ((t.flags & (kClauseW | kPronounW | kAuxiliaryW)) && !(t.flags & kPrepositionW)) ||
        (!t.cap && ((t.flags & kIrregularPastW) || (t.low.size() > 4 && EndsWith(t.low, "ed"))))) {
      return k;
    }
  }
  return end;
}

int DocRun::AsTail(int k, int end) const {
  if (k >= end || !Is(tok_[k].low, "as") || end - k > 8) {
    return k;
  }
  for (int q = k + 1; q < end; ++q) {
    if (!(IsWord(q) || tok_[q].kind == TokenKind::kNumber || Is(tok_[q].low, "-")) ||
        tok_[q].in_quote) {
      return k;
    }
  }
  return end;
}

bool DocRun::ClauseAfterCue(int sb, int se) const {
  if (se - sb >= 2 && IsIn(tok_[sb].low, {"he", "she", "it", "they", "we", "i"})) {
    return true;  // "X, a unit of Y, said it acquired Z" ("..., said he." is one word)
  }
  // "..., said the group planned to D": a past tense after the phrase's
  // noun, with words after it ("said the armed forces", "said a newly
  // appointed aide", "said an official involved" are phrases), before any
  // parenthesis ("said Ann Roe (a view echoed by others)").
  for (int k = sb + 2; k + 1 < se && !Is(tok_[k - 1].low, "("); ++k) {
    const Tok& t = tok_[k];
    const Tok& prev = tok_[k - 1];
    if (IsWord(k) && !t.cap &&
        ((t.flags & kIrregularPastW) || (t.low.size() > 4 && EndsWith(t.low, "ed"))) &&
        IsWord(k - 1) && !(prev.flags & kDeterminerW) && !EndsWith(prev.low, "ly")) {
      return true;
    }
  }
  return false;
}

bool DocRun::TryInverted(int si, int i, const Cue& cue, int n) {
  if (cue.frame != CueFrame::kClause && cue.frame != CueFrame::kTell) {
    return false;
  }
  // "A study of ports opened since May, 2020, shows C": evidence is never
  // inverted ("C, shows X" is no English).
  if (IsIn(cue.lemma, {"show", "find", "indicate", "reveal", "suggest", "demonstrate"})) {
    return false;
  }
  const auto& s = layer_.sentences[si];
  int e = static_cast<int>(s.end_token);
  int sb = i + n, se = NpForward(sb, e);
  if (!PlausibleSource(sb, se) || ClauseAfterCue(sb, se)) {
    return false;
  }
  for (int k = sb; k < se; ++k) {
    // "..., said Ivanka's statement didn't clarify": a clause, not a speaker;
    // a capital inside the name is none ("said Ann Moe of First Quay Corp").
    if (((tok_[k].flags & kAuxiliaryW) && !(k > sb && tok_[k].cap)) ||
        EndsWith(tok_[k].low, "n't") || EndsWith(tok_[k].low, "n\xE2\x80\x99t")) {
      return false;
    }
  }
  const bool after_quote = IsCloseDq(i - 1) || (i - 2 >= 0 && IsCloseDq(i - 2));
  if (!after_quote && se - sb > 6 && !NameOfOrganisation(sb, se, e)) {
    return false;
  }
  if (!after_quote && IsComma(i - 1)) {
    // "Ann Moe, who ran the port, said Roe left": a subject and its relative
    // clause before the cue, not a clause said.
    const int a = static_cast<int>(s.first_token);
    int c1 = a;
    while (c1 < i - 1 && !IsComma(c1) && !tok_[c1].in_quote) {
      ++c1;
    }
    if (c1 > a && c1 < i - 1 && IsIn(tok_[c1 + 1].low, {"who", "whose", "which"}) &&
        NpForward(a, c1) == c1) {
      int c2 = c1 + 1;
      while (c2 < i - 1 && !IsComma(c2)) {
        ++c2;
      }
      if (c2 == i - 1) {
        return false;
      }
    }
  }
  if (!after_quote && cue.frame == CueFrame::kTell) {
    return false;  // "X, who knew C, told her aides to D": "told" has a subject
  }
  model::Claim c;
  bool saw_that = false;
  int k = SkipAdjuncts(se, e, &c.stated_on, &saw_that);
  int end = TrimEnd(k, e);
  k = AsTail(k, end);
  // "..., said Kim Il-hoon, a spokesman for the ministry, who ..."
  if (k < end && !IsComma(se) && !(se < e && (IsDash(se) || Is(tok_[se].low, "(")))) {
    bool after_quote = IsCloseDq(i - 1) || (i - 2 >= 0 && IsCloseDq(i - 2));
    if (!after_quote) {
      return false;
    }
  }
  if (!ContentBefore(si, i - 1, c)) {
    return false;
  }
  Emit(si, cue, i, i + n, {sb, se}, std::move(c));
  return true;
}

bool DocRun::TryParticiple(int si, int i, const Cue& cue, int n) {
  // ", adding that C": the source of the clause the participle hangs on.
  const int a = static_cast<int>(layer_.sentences[si].first_token);
  Range src = SentenceSource(si, i);
  if (!src.empty() && src.e - src.b == 1 && IsIn(tok_[src.b].low, {"who", "which"})) {
    // "X defended not paying a builder who said C, saying D": the
    // participle hangs on the main clause, not on the relative one.
    src = {};
  }
  if (cue.lemma == "cite"sv) {
    // "X said C, citing D" goes on from X's claim, "X blocked the plan,
    // citing D" from X's act; "The Times, citing an official, reported C"
    // only names a channel.
    const int e = static_cast<int>(layer_.sentences[si].end_token);
    for (int q = i + n; q + 1 < e; ++q) {
      if (IsComma(q) && !tok_[q].in_quote) {
        if (IsWord(q + 1) && !tok_[q + 1].cap && CueAt(q + 1)) {
          return false;
        }
        break;
      }
    }
  }
  if (src.empty()) {
    src = SentenceSubject(si, i, /*speaker_noun=*/true);
  }
  if (src.empty()) {
    // "She began by saying C", "He opened the meeting, saying C": a subject
    // pronoun opening the sentence and its past tense.
    int sb = a;
    while (sb < i && (tok_[sb].flags & kFillerW) && !(tok_[sb].flags & kPronounW)) {
      ++sb;
    }
    if (sb + 2 < i && IsIn(tok_[sb].low, {"he", "she", "they", "we", "i"}) && IsWord(sb + 1) &&
        !tok_[sb + 1].cap &&
        ((tok_[sb + 1].flags & kIrregularPastW) ||
         (tok_[sb + 1].low.size() > 4 && EndsWith(tok_[sb + 1].low, "ed")))) {
      src = {sb, sb + 1};
      // Not past another clause's subject: "He left because the guards
      // came, saying C".
      for (int q = sb + 2; q < i && !src.empty(); ++q) {
        if (IsIn(tok_[q].low,
                 {"because", "when", "after", "before", "as", "while", "since", "if", "that", "who",
                  "which", "until", "although", "though", "he", "she", "they", "we", "i"})) {
          src = {};
        }
      }
    }
  }
  if (src.empty()) {
    return false;
  }
  return TryLeading(si, i, cue, n, src.b, src.e, false);
}

bool DocRun::TryOpeningParticiple(int si, int i, const Cue& cue, int n) {
  // "Citing a new poll, Roe told reporters D", "Lamenting the “broken
  // contract,” she accused C": the participle's clause, up to the comma, is
  // what the subject of the main clause said or did.
  if (cue.frame != CueFrame::kClause && cue.frame != CueFrame::kObject &&
      cue.frame != CueFrame::kIntent) {
    return false;
  }
  const int e = static_cast<int>(layer_.sentences[si].end_token);
  int comma = -1;
  for (int p = i + n; p < e && p < i + n + 30; ++p) {
    if (IsComma(p) && (!tok_[p].in_quote || (p + 1 < e && IsCloseDq(p + 1)))) {
      comma = p;
      break;
    }
    // ("Citing a poll in May, X said D": the "in" of "in a poll, C" is no
    // verb, nor the "went" of "went bankrupt".)
    const bool verb = CueAt(p, /*verb=*/true);
    if (IsPunct(p, ";") || IsPunct(p, ":") || IsEndPunct(p) || verb) {
      return false;  // a second cue verb: the clause is no plain complement
    }
  }
  if (comma < 0) {
    return false;
  }
  int sb = comma + 1;
  while (sb < e && (IsCloseDq(sb) || tok_[sb].dq == 3)) {
    ++sb;
  }
  if (sb + 1 >= e || !IsWord(sb)) {
    return false;
  }
  int se = -1;
  if (IsPersonPronoun(tok_[sb].low) || IsIn(tok_[sb].low, {"they", "it"})) {
    se = sb + 1;
  } else if (MentionStartsAt(sb)) {
    const uint32_t b0 = layer_.tokens[sb].span.begin;
    uint32_t end = 0;
    ForMentionsWithin(SpanOf(sb, e), [&](size_t m) {
      if (m < tagged_count_ && mentions_[m].span.begin == b0 && mentions_[m].span.end > end) {
        end = mentions_[m].span.end;
      }
    });
    se = TokenAtOrAfter(end);
  } else {
    Range r = SpeakerNounSubject(sb, e);
    se = r.empty() ? -1 : r.e;
  }
  // The subject's verb follows: "Roe told", "he repeatedly accused".
  int v = se;
  while (v > 0 && v < e && IsWord(v) && !tok_[v].cap && tok_[v].low.size() > 4 &&
         EndsWith(tok_[v].low, "ly")) {
    ++v;
  }
  if (se <= sb || v >= e || !IsWord(v) || tok_[v].cap ||
      (tok_[v].flags & (kPrepositionW | kDeterminerW)) ||
      IsIn(tok_[v].low, {"and", "or", "but", "who", "which", "that", "whose"})) {
    return false;
  }
  int cb = TrimBegin(i + n, comma);
  if (cb < comma && Is(tok_[cb].low, "to") && cue.frame == CueFrame::kClause) {
    // "After explaining to the captain that C": the addressee is no content.
    for (int q = cb + 1; q < comma && q <= cb + 5 && IsWord(q); ++q) {
      if (Is(tok_[q].low, "that")) {
        cb = q;
        break;
      }
    }
  }
  if (cb < comma && Is(tok_[cb].low, "that") && cue.frame == CueFrame::kClause) {
    ++cb;  // "admitting that C"
  }
  int ce = TrimEnd(cb, comma);
  int words = 0;
  for (int k = cb; k < ce; ++k) {
    words += IsWord(k) ? 1 : 0;
  }
  if (words < 2) {
    return false;
  }
  model::Claim c;
  c.content.push_back(SpanOf(cb, ce));
  Emit(si, cue, i, i + n, {sb, se}, std::move(c));
  return true;
}

DocRun::Range DocRun::SentenceSubject(int si, int before, bool speaker_noun) const {
  int a = static_cast<int>(layer_.sentences[si].first_token);
  int sb = a;
  while (sb < before && (tok_[sb].flags & kFillerW)) {
    ++sb;
  }
  if (sb > a && sb + 1 < before && IsComma(sb)) {
    ++sb;  // "However, Moe visited C, saying D"
  }
  {
    // "In August, the ministry filed a report, saying C": a date first.
    int q = sb;
    if (q < before && IsIn(tok_[q].low, {"in", "on", "at", "during", "since", "by"})) {
      ++q;
    }
    const int tx = TimeStartingAt(q);
    if (tx >= 0) {
      const int te = TokenAtOrAfter(times_[tx].span.end);
      if (te + 1 < before && IsComma(te)) {
        sb = te + 1;
        // "On Friday, however, X ..."
        if (sb + 2 < before && (tok_[sb].flags & kFillerW) && IsComma(sb + 1)) {
          sb += 2;
        }
      }
    }
  }
  if (speaker_noun && sb < before && !MentionStartsAt(sb)) {
    Range r = SpeakerNounSubject(sb, before);
    if (!r.empty()) {
      return r;
    }
  }
  int se = NpForward(sb, before);
  // "Party leader Ann Moe visited C, saying D": a title in lower-case words
  // before the tagged name, headed by a person or speaker noun, opens the
  // subject; the name's test below applies from the name on.
  int mb = sb;
  if (sb < before && !MentionStartsAt(sb)) {
    for (int k = sb; k < before && k - sb < 4; ++k) {
      const Tok& t = tok_[k];
      if (!IsWord(k) || t.cues || (t.flags & (kPrepositionW | kClauseW | kPronounW)) ||
          (k > sb && (t.flags & kDeterminerW)) || (k > sb && t.cap)) {
        break;
      }
      if (k + 1 < before && MentionStartsAt(k + 1) && (t.flags & (kPersonW | kSpeakerW)) &&
          !PossessiveLen(RawOf(t))) {
        mb = k + 1;
        break;
      }
    }
  }
  if (mb < before && MentionStartsAt(mb)) {
    // "Moe revised his plan, promising C", "Hale, a former governor,
    // poked at X, tweeting C": the tagged name opening the sentence, when a
    // verb follows it (after its apposition, if any).
    const uint32_t b0 = layer_.tokens[mb].span.begin;
    uint32_t end = 0;
    ForMentionsWithin(SpanOf(sb, before), [&](size_t m) {
      if (m < tagged_count_ && mentions_[m].span.begin == b0 && mentions_[m].span.end > end) {
        end = mentions_[m].span.end;
      }
    });
    int me = TokenAtOrAfter(end);
    int v = me;
    if (v < before && IsComma(v)) {
      int q = v + 1;
      while (q < before && q - v < 20 && !IsComma(q)) {
        ++q;
      }
      v = q < before ? q + 1 : before;
    }
    while (v + 1 < before && IsIn(tok_[v].low, {"then", "also", "later", "again", "first"})) {
      ++v;  // "Hale, a doctor, then appeared"
    }
    if (me > mb && v < before && IsWord(v) && !tok_[v].cap &&
        !(tok_[v].flags & (kPrepositionW | kClauseW | kDeterminerW)) &&
        !IsIn(tok_[v].low, {"and", "or", "nor"}) && !PossessiveLen(Raw(me - 1)) &&
        layer_.tokens[me - 1].span.end == end) {
      return {sb, me};
    }
    // "Ann Moe appeared on a show and began by saying C": the name, above,
    // even when the phrase runs on past the verb; otherwise the phrase below.
    if (se <= sb || se >= before) {
      return {};
    }
  }
  if (se <= sb || se >= before || !PlausibleSource(sb, se)) {
    return {};
  }
  bool name = se - sb == 1 && (tok_[sb].flags & kPronounW);
  for (int k = sb; k < se; ++k) {
    name = name || (tok_[k].cap && (k > a || MentionStartsAt(k)));
  }
  if (!name) {
    return {};
  }
  if (!tok_[se - 1].cap && !(tok_[se - 1].flags & kPronounW) && !HeadIsSpeaker(sb, se)) {
    return {};
  }
  // The phrase must be followed by a verb-like word, not a preposition.
  if ((tok_[se].flags & kPrepositionW) || IsComma(se)) {
    return {};
  }
  return {sb, se};
}

DocRun::Range DocRun::SpeakerNounSubject(int sb, int before) const {
  // "The ministry issued a report, saying C", "Two senators toured the
  // site, adding C", "A group of doctors sent a letter, calling for C": a
  // short phrase of lower-case words headed by a speaker noun, then a verb in
  // the past or present tense.
  for (int k = sb + 1; k < before && k - sb <= 5; ++k) {
    const Tok& t = tok_[k];
    if (!IsWord(k) || t.cap) {
      return {};
    }
    // People and bodies speak; "The video angered them" names no speaker.
    const bool head = HeadIsSpeaker(sb, k) && !(tok_[k - 1].flags & kPrepositionW) &&
                      ((tok_[k - 1].flags & kPersonW) ||
                       (EndsWith(tok_[k - 1].low, "s") &&
                        lex_.IsPersonNoun(tok_[k - 1].low.substr(0, tok_[k - 1].low.size() - 1))) ||
                       (tok_[k - 1].flags & kBodyW));
    std::string_view w = t.low;
    const bool verb =
        !(t.flags & (kPrepositionW | kClauseW | kDeterminerW | kPronounW)) &&
        !(t.flags & (kSpeakerW | kPersonW | kAuxiliaryW)) &&
        ((w.size() > 4 && EndsWith(w, "ed")) ||
         IsIn(w, {"sent",  "made",  "took",    "gave",   "went",   "put",    "held",
                  "wrote", "spoke", "met",     "left",   "came",   "began",  "ran",
                  "led",   "set",   "brought", "sought", "struck", "fought", "drew",
                  "chose", "hit",   "cut",     "kept",   "stood",  "rose",   "fell"}));
    if (head && verb) {
      return {sb, k};
    }
    if ((t.flags & (kClauseW | kPronounW)) || t.cues) {
      return {};
    }
  }
  return {};
}

DocRun::Range DocRun::CoordinatedSubject(int si, int j) const {
  int a = static_cast<int>(layer_.sentences[si].first_token);
  int sb = a;
  while (sb < j && (tok_[sb].flags & kFillerW) &&
         (!(tok_[sb].flags & kClauseW) || Is(tok_[sb].low, "but"))) {
    ++sb;
  }
  if (sb >= j) {
    return {};
  }
  Range r;
  if (IsIn(tok_[sb].low, {"he", "she", "they", "we", "i"})) {
    r = {sb, sb + 1};
  } else if (!MentionStartsAt(sb)) {
    r = SpeakerNounSubject(sb, j);
  }
  if (r.empty() || r.e >= j || j - r.e > 20) {
    return {};
  }
  // The subject's verb: a lower-case word that opens no other phrase.
  const Tok& v = tok_[r.e];
  if (!IsWord(r.e) || v.cap ||
      (v.flags & (kPrepositionW | kClauseW | kDeterminerW | kPronounW | kFillerW))) {
    return {};
  }
  for (int q = r.e + 1; q < j; ++q) {
    const Tok& t = tok_[q];
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) {
      return {};  // a comma, a quote, a dash, a parenthesis
    }
    if (IsIn(t.low, {"that",   "which",   "who", "whom",  "whose",  "when",  "where",
                     "while",  "because", "if",  "after", "before", "since", "although",
                     "though", "whether", "but", "or",    "so",     "than",  "as",
                     "until",  "what",    "how", "why",   "he",     "she",   "they",
                     "we",     "i",       "you", "said",  "says",   "told"})) {
      return {};
    }
  }
  return r;
}

DocRun::Range DocRun::ClauseSubject(int si, int j, bool* weak) const {
  constexpr int kMaxPhrase = 16;
  int a = static_cast<int>(layer_.sentences[si].first_token);
  // "a series of tweets", "disparaging remarks", "continue to show": the
  // word before is no head of a subject, so the cue is a noun or infinitive.
  const bool quantifier =
      IsIn(tok_[j].low, {"some", "many", "others", "most", "few", "several", "all", "both",
                         "everyone", "someone", "nobody", "everybody"});
  if (j < a || !IsWord(j) || (tok_[j].flags & kPrepositionW) ||
      ((tok_[j].flags & kDeterminerW) && !quantifier) || Is(tok_[j].low, "to") ||
      (!tok_[j].cap && (EndsWith(tok_[j].low, "ing") || EndsWith(tok_[j].low, "ed")))) {
    return {};
  }
  // Back to the clause start: punctuation, or a word that opens a clause.
  int cs = j;
  while (cs > a && j - cs < kMaxPhrase) {
    const int p = cs - 1;
    const Tok& t = tok_[p];
    if (IsComma(p) || IsPunct(p, ";") || IsPunct(p, ":") || IsDash(p) ||
        t.kind == TokenKind::kOpenQuote || t.kind == TokenKind::kCloseQuote) {
      break;
    }
    if (IsWord(p) && !t.cap &&
        ((((t.flags & kClauseW) || Is(t.low, "and") || Is(t.low, "whereas") ||
           Is(t.low, "unless")) &&
          ((t.flags & kClauseOpenerW) || IsIn(t.low, {"is", "are", "was", "were", "be", "not"}))) ||
         (t.flags & kAuxiliaryW))) {
      // "close to him" and "of whom" stay inside: only words that cannot
      // sit in a noun phrase end it.
      // "Experts on Russia and arms control said": "and" after a name joins
      // two parts of the phrase.
      const bool joins = Is(t.low, "and") && p > a && tok_[p - 1].cap && !IsComma(p - 1);
      if (!joins &&
          (!(Is(t.low, "who") || Is(t.low, "which")) || p == a || !Is(tok_[p - 1].low, "of"))) {
        break;
      }
    }
    --cs;
  }
  while (cs < j && (tok_[cs].flags & kFillerW) && !(tok_[cs].flags & kDeterminerW)) {
    ++cs;
  }
  if (j - cs >= kMaxPhrase || cs > j || (tok_[cs].flags & kPrepositionW) || InTime(cs) ||
      Is(tok_[cs].low, "to")) {
    return {};
  }
  // Only noun-phrase material: no verb, clause word or second subject.
  bool cap = false, relative_of = false;
  for (int k = cs; k <= j; ++k) {
    const Tok& t = tok_[k];
    if (t.kind == TokenKind::kNumber) {
      continue;
    }
    if (!IsWord(k)) {
      if (Is(t.low, ".") || Is(t.low, "(") || Is(t.low, ")") || Is(t.low, "&") || Is(t.low, "/")) {
        continue;
      }
      return {};
    }
    if ((t.flags & kAuxiliaryW) && !IsIn(t.low, {"last", "first", "earlier", "later"})) {
      return {};
    }
    const bool function_word = (t.flags & (kClauseW | kPronounW)) || Is(t.low, "them");
    if (function_word && (t.flags & kClauseFunctionW)) {
      return {};
    }
    if (function_word && (Is(t.low, "whom") || Is(t.low, "which") || Is(t.low, "them")) && k > cs &&
        Is(tok_[k - 1].low, "of")) {
      relative_of = true;
      continue;
    }
    if (function_word && IsIn(t.low, {"who", "whom", "which", "whose"})) {
      return {};
    }
    if ((t.flags & kPronounW) && k == cs && k < j) {
      return {};  // "he told ..." is a clause, not a noun phrase
    }
    if (t.cues && !t.cap && !(t.flags & kSpeakerW) &&
        !(k > cs && t.low.size() > 4 && EndsWith(t.low, "ed"))) {
      return {};  // another cue verb: "X said Y warned"
    }
    if (t.cap && (k > a || MentionStartsAt(k)) && !(t.flags & (kDeterminerW | kFillerW)) &&
        TimeStartingAt(k) < 0) {
      cap = true;
    }
  }
  *weak = false;
  if (relative_of || (Is(tok_[cs].low, "those") && j > cs) || (j == cs && quantifier)) {
    return {cs, j + 1};  // "many of whom say", "Some believe"
  }
  if (HeadIsSpeaker(cs, j + 1) || cap) {
    return {cs, j + 1};
  }
  // The head noun: the word before the first preposition or participle.
  int h = j;
  for (int k = cs + 1; k <= j; ++k) {
    if ((tok_[k].flags & kPrepositionW) || Is(tok_[k].low, "to") ||
        (tok_[k].low.size() > 4 && EndsWith(tok_[k].low, "ed"))) {
      h = k - 1;
      break;
    }
  }
  std::string_view hw = tok_[h].low;
  if (!tok_[h].cap && hw.size() > 4 && hw.back() == 's' && !EndsWith(hw, "ss") &&
      !EndsWith(hw, "us") && !EndsWith(hw, "is") && !(tok_[h].flags & (kDeterminerW | kPronounW))) {
    *weak = true;
    return {cs, j + 1};
  }
  return {};
}

bool DocRun::TryBareNoun(int si, int i, const Cue& cue, int n) {
  const auto& s = layer_.sentences[si];
  int a = static_cast<int>(s.first_token), e = static_cast<int>(s.end_token);
  // Up to two determiners or modifiers back to the preposition: "amid
  // the growing fears", "on renewed hopes".
  auto opens = [&](int k) {
    return IsIn(tok_[k].low,
                {"amid", "despite", "on", "over", "by", "with", "after", "following", "amidst"});
  };
  int q = i - 1;
  for (int m = 0; m < 2 && q > a && IsWord(q) && !tok_[q].cap && !opens(q) &&
                  !(tok_[q].flags & (kPrepositionW | kClauseW | kPronounW));
       ++m) {
    --q;
  }
  if (q < a || !opens(q)) {
    return false;
  }
  int k = i + n;
  Range src;
  if (k < e && Is(tok_[k].low, "from")) {
    const int sb = k + 1, se = NpForward(sb, e);
    if (!PlausibleSource(sb, se)) {
      return false;
    }
    src = {sb, se};
    k = se;
  }
  if (k + 2 >= e || !Is(tok_[k].low, "that")) {
    return false;
  }
  // A complement clause opens with its subject; "the warnings that were
  // issued" is a relative clause.
  const int f = k + 1;
  const Tok& t = tok_[f];
  if (!((IsWord(f) && (t.cap || (t.flags & (kDeterminerW | kPronounW)))) ||
        t.kind == TokenKind::kNumber) ||
      (tok_[f + 1].flags & kAuxiliaryW && (t.flags & kDeterminerW) && Is(t.low, "that"))) {
    return false;
  }
  model::Claim c;
  ContentAfter(si, f, c);
  if (c.content.empty()) {
    return false;
  }
  if (TrimBegin(a, q + 1) == q) {
    // "Despite fears that C, X ...": the opening phrase ends at its comma.
    if (!EndAtComma(f, e, c)) {
      return false;
    }
  }
  int words = 0;  // "despite the warnings that he issued": too short a clause
  for (int p = f; p < e && layer_.tokens[p].span.end <= c.content[0].end; ++p) {
    words += IsWord(p) || tok_[p].kind == TokenKind::kNumber ? 1 : 0;
  }
  if (words < 3) {
    return false;
  }
  c.unattributed = src.empty();
  Emit(si, cue, i, i + n, src, std::move(c));
  return true;
}

bool DocRun::OpeningPhraseBefore(int a, int sb) const {
  int o = TrimBegin(a, sb);
  while (o < sb && (tok_[o].flags & kFillerW) && !(tok_[o].flags & kClauseW)) {
    ++o;
  }
  if (o >= sb || sb - o > 3 ||
      !IsIn(tok_[o].low, {"despite", "contrary", "unlike", "given", "amid", "notwithstanding",
                          "following", "after", "before", "in", "with", "since", "because"})) {
    return false;
  }
  for (int q = o + 1; q < sb; ++q) {
    if (!IsWord(q)) {
      return false;
    }
  }
  return true;
}

bool DocRun::TryNoun(int si, int i, const Cue& cue, int n) {
  // "the ministry's assessment that C", "his promise to C", "the mayor's
  // criticism of C"
  const auto& s = layer_.sentences[si];
  int a = static_cast<int>(s.first_token), e = static_cast<int>(s.end_token);
  if (i <= a || i + n >= e) {
    return false;
  }
  using NC = Cue::NounComplement;
  // "his comments Tuesday on C", "its announcement on Friday that C": a
  // time between the noun and its complement.
  int after = i + n;
  const int at = after + (IsIn(tok_[after].low, {"on", "in"}) ? 1 : 0);
  if (const int tx = at + 2 < e ? TimeStartingAt(at) : -1; tx >= 0) {
    const int te = TokenAtOrAfter(times_[tx].span.end);
    if (te > after && te + 1 < e &&
        (Is(tok_[te].low, "that") ||
         (cue.noun_complement == NC::kPrep && IsIn(tok_[te].low, {"of", "about", "on"})))) {
      after = te;
    } else if (at > after) {
      return false;  // "her comments on Monday drew": a date, no complement
    }
  }
  // "The mayor's view is that C", "His fear was that C": the copula
  // before "that" (with a possessor only, below).
  const bool copula =
      after + 2 < e && IsIn(tok_[after].low, {"is", "was"}) && Is(tok_[after + 1].low, "that");
  if (copula) {
    ++after;
  }
  const std::string_view next = tok_[after].low;
  const bool that = Is(next, "that");
  const bool to = Is(next, "to") && cue.noun_complement == NC::kTo;
  // (Words said take what they are about: "comments with the court" are
  // papers.)
  const bool said = IsIn(cue.lemma, {"comment", "remark", "announcement", "statement"});
  bool prep = cue.noun_complement == NC::kPrep &&
              (said ? IsIn(next, {"of", "about", "on"})
                    : IsIn(next, {"of", "about", "on", "over", "for", "with"}));
  if (prep && Is(cue.lemma, "statement")) {
    // "her statement about not seeking a third term", "his statement on
    // how the plant would be sold": only a clause is what was stated; "his
    // statement about the budget" names a topic.
    const int k = after + 1;
    const std::string_view w = k < e ? tok_[k].low : std::string_view();
    prep = IsIn(w, {"not", "never", "how", "why", "whether"}) ||
           (w.size() > 5 && EndsWith(w, "ing") &&
            !IsIn(w, {"during", "nothing", "something", "anything", "everything"}));
  }
  if (!that && !to && !prep) {
    return Is(next, "from") && TryBareNoun(si, i, cue, n);
  }
  // The possessor, before at most two modifiers ("his long-standing ideas
  // about C", "the senator's own admission that C").
  int pos = i - 1;
  auto possessor = [&](int k) {
    return IsPossessive(Raw(k)) || IsIn(tok_[k].low, {"his", "her", "their", "its"});
  };
  for (int m = 0; m < 2 && pos > a && !possessor(pos) && IsWord(pos) && !tok_[pos].cap &&
                  !CueAt(pos) && !(tok_[pos].flags & (kClauseW | kDeterminerW | kPrepositionW));
       ++m) {
    --pos;
  }
  if (!possessor(pos)) {
    return !copula && TryBareNoun(si, i, cue, n);
  }
  int sb = pos, se = pos + 1;
  if (IsPossessive(Raw(pos))) {
    sb = SubjectStart(pos, a);
    // "Few trusted the mayor's claim": the possessor starts at its determiner.
    for (int k = pos; sb >= 0 && k > sb; --k) {
      if (tok_[k].flags & kDeterminerW) {
        sb = k;
        break;
      }
    }
    if (sb < 0 || !PlausibleSource(sb, se)) {
      return false;
    }
  }
  model::Claim c;
  object_content_ = prep;
  ContentAfter(si, to ? after : after + 1, c);
  object_content_ = false;
  if (c.content.empty()) {
    return false;
  }
  if (!c.direct_quote && c.content.size() == 1 && OpeningPhraseBefore(a, sb)) {
    // "Despite the mayor's claim that C, the council D", "Contrary to his
    // promise to C, he D": the opening phrase ends where the main clause
    // begins.
    EndAtMainClause(TokenAtOrAfter(c.content[0].begin, after), e, c);
  }
  if (that && !copula && !c.direct_quote && c.content.size() == 1 && TrimBegin(a, sb) == sb) {
    // "The union's claim that the mill was unsafe was rejected": the phrase
    // is the sentence's subject; C ends before the main clause's verb.
    EndBeforeSecondVerb(after + 1, e, c);
  }
  if (prep && !c.direct_quote && TrimBegin(a, sb) == sb) {
    // "The mayor's comments on the shooting came as ...": the phrase is
    // the sentence's subject; its complement ends at the verb.
    for (int p = after + 2; p < e && layer_.tokens[p].span.begin < c.content[0].end; ++p) {
      const std::string_view w = tok_[p].low;
      if (IsWord(p) && !tok_[p].cap && !tok_[p].in_quote &&
          ((tok_[p].flags & kAuxiliaryW) ||
           IsIn(w,
                {"is",     "are",   "was",     "were", "came", "drew",     "made",   "took", "gave",
                 "left",   "led",   "brought", "sent", "set",  "fell",     "rose",   "won",  "lost",
                 "became", "began", "got",     "kept", "held", "prompted", "sparked"}) ||
           (w.size() > 4 && EndsWith(w, "ed") && !(tok_[p - 1].flags & kDeterminerW)))) {
        const int xe = TrimEnd(after + 1, p);
        if (xe <= after + 1) {
          return false;
        }
        c.content[0].end = layer_.tokens[xe - 1].span.end;
        break;
      }
    }
  }
  Emit(si, cue, i, i + n, {sb, se}, std::move(c));
  return true;
}

bool DocRun::TryHedge(int si, int i, const Cue& cue, int n) {
  const auto& s = layer_.sentences[si];
  int a = static_cast<int>(s.first_token), e = static_cast<int>(s.end_token);
  model::Claim c;
  c.unattributed = true;
  if (cue.frame == CueFrame::kHedge) {
    // "C reportedly D": the whole clause, unless a claim already found in
    // the sentence holds it ("X said C seemed D").
    if (!found_.empty() && found_.back().claim.cue &&
        sent_of_[TokenAtOrAfter(found_.back().claim.cue->begin)] == si) {
      return false;
    }
    // "X seems to think C" is X's belief, read at "think".
    if (i + n + 1 < e && Is(tok_[i + n].low, "to") && CueAt(i + n + 1)) {
      return false;
    }
    // "Still, C seems D": the writer's connective opens the sentence;
    // "C reportedly D, prompting E": the writer's aside closes it.
    int b = SkipConnective(SkipDateline(TrimBegin(a, e), e), e);
    int end = e;
    for (int p = b + 1; p + 1 < e; ++p) {
      if (IsComma(p) && !tok_[p].in_quote && WritersAside(p + 1, e)) {
        end = p;
        break;
      }
    }
    int ce = TrimEnd(b, end);
    if (ce - b < 4) {
      return false;
    }
    Range holder;
    if (cue.lemma == "seem"sv) {
      // "The war seemed far away to most voters": whom it seemed so to.
      for (int q = i + n; q + 1 < ce && q < i + n + 8; ++q) {
        if (!Is(tok_[q].low, "to") || !IsWord(q + 1)) {
          continue;
        }
        int he = q + 2;
        if (!IsIn(tok_[q + 1].low, {"me", "us", "him", "her", "them", "you"})) {
          he = NpForward(q + 1, ce);
          if (he <= q + 1 || !HeadIsSpeaker(q + 1, he)) {
            break;
          }
        }
        if (he == ce || (he < e && (IsComma(he) || IsEndPunct(he)))) {
          holder = {q + 1, he};
        }
        break;
      }
    }
    // "The war may once have seemed far away to most voters": the subject
    // and the complement, without the verb, its auxiliaries or whom it
    // seemed so to (not "C reportedly D", whose adverb stays inside).
    int vb = i;
    while (cue.lemma == "seem"sv && vb - 1 > b &&
           ((tok_[vb - 1].flags & (kAuxiliaryW | kCopulaW)) ||
            IsIn(tok_[vb - 1].low, {"once", "never", "also", "still", "often", "sometimes"}))) {
      --vb;
    }
    const int se = TrimEnd(b, vb);
    const int ae = holder.empty() ? ce : TrimEnd(i + n, holder.b - 1);
    if (cue.lemma == "seem"sv && se > b && ae > i + n) {
      c.content.push_back(SpanOf(b, se));
      c.content.push_back(SpanOf(i + n, ae));
    } else {
      c.content.push_back(SpanOf(b, ce));
    }
    if (!holder.empty()) {
      c.unattributed = false;
    }
    Emit(si, cue, i, i + n, holder, std::move(c));
    return true;
  }
  // "it is estimated that C", "it was reported that C"; "X is widely
  // expected to D", "X is not thought to D": adverbs after the copula.
  int bf = i - 1;
  while (bf > a && i - bf <= 2 && IsWord(bf) && !tok_[bf].cap &&
         (IsIn(tok_[bf].low, {"not", "widely", "generally", "commonly", "also", "still", "now",
                              "long", "largely", "broadly", "originally", "initially"}))) {
    --bf;
  }
  if (bf < a + 1 || !IsIn(tok_[bf].low, {"is", "was", "are", "were", "been", "be"})) {
    return false;
  }
  for (int q = bf + 1; q < i; ++q) {
    c.negated = c.negated || Is(tok_[q].low, "not");
  }
  int p = bf - 1;
  while (p > a && (tok_[p].flags & kAuxiliaryW)) {
    --p;
  }
  if (!Is(tok_[p].low, "it")) {
    return TryRaised(si, i, cue, n, p);
  }
  if (i + n >= e || !Is(tok_[i + n].low, "that")) {
    return false;
  }
  if (!IsIn(cue.lemma, {"estimate", "believe", "report", "say", "think", "expect", "fear",
                        "suspect", "claim", "allege", "assess"})) {
    return false;
  }
  ContentAfter(si, i + n + 1, c);
  if (c.content.empty()) {
    return false;
  }
  Emit(si, cue, p, i + n, {}, std::move(c));
  return true;
}

bool DocRun::TryRaised(int si, int i, const Cue& cue, int n, int p) {
  // "The vote is expected to pass", "Two ships were believed to be lost":
  // the raised subject and the infinitive are the content; nobody is named.
  const auto& s = layer_.sentences[si];
  int a = static_cast<int>(s.first_token), e = static_cast<int>(s.end_token);
  if (i + n + 1 >= e || !Is(tok_[i + n].low, "to") || !IsWord(i + n + 1) ||
      !IsIn(cue.lemma, {"expect", "believe", "think", "say", "report", "estimate", "know", "allege",
                        "predict", "forecast", "suspect", "fear", "project"})) {
    return false;
  }
  // The subject: back from the auxiliaries to the clause start (a comma,
  // colon or semicolon outside quotes, or a clause word).
  // "... veto the bill and Congress is expected to", "... but that the
  // venture is not expected to": a clause joined by "and" (a name after a
  // lower-case word) or "that" before a determiner starts there ("Britain
  // and France", "the agreement and other actions" are one subject).
  if (IsIn(tok_[p].low, {"and", "but", "or", "that", "which", "who"})) {
    return false;
  }
  int sb = a;
  for (int q = p; q >= a; --q) {
    if ((IsComma(q) && !tok_[q].in_quote) || IsPunct(q, ";") || IsPunct(q, ":") ||
        (q < p && (tok_[q].flags & kClauseW) && !(tok_[q].flags & kDeterminerW) &&
         !(tok_[q].flags & kPrepositionW)) ||
        (q < p && Is(tok_[q].low, "that") && (tok_[q + 1].flags & kDeterminerW)) ||
        (q < p && q > a && Is(tok_[q].low, "and") && IsWord(q - 1) && !tok_[q - 1].cap &&
         tok_[q + 1].cap)) {
      sb = q + 1;
      break;
    }
  }
  sb = TrimBegin(sb, p + 1);
  int se = TrimEnd(sb, p + 1);
  if (se <= sb || p + 1 - sb > 10 || Is(tok_[sb].low, "it") || Is(tok_[sb].low, "there") ||
      (se - sb == 1 && IsIn(tok_[sb].low, {"which", "who", "that"}))) {
    return false;
  }
  for (int q = sb; q < se; ++q) {
    if (tok_[q].cues) {
      return false;  // "they say the rules are expected to": no plain subject
    }
  }
  // "X said the vote was expected to pass": part of X's content.
  if (!found_.empty()) {
    const uint32_t cb = layer_.tokens[i].span.begin;
    for (const auto& fc : found_.back().claim.content) {
      if (fc.begin <= cb && cb < fc.end) {
        return false;
      }
    }
  }
  model::Claim c;
  c.unattributed = true;
  for (int q = p + 1; q < i; ++q) {
    c.negated = c.negated || Is(tok_[q].low, "not");  // "X is not thought to D"
  }
  c.content.push_back(SpanOf(sb, se));
  ContentAfter(si, i + n, c);
  if (c.content.size() < 2) {
    return false;
  }
  if (sb > a && IsIn(tok_[sb - 1].low, {"although", "though", "while", "because", "if", "when",
                                        "since", "unless", "whereas"})) {
    // "Although X is thought to D, Y ...": the subordinate clause ends at
    // its comma.
    for (int q = i + n + 1; q < e && layer_.tokens[q].span.begin < c.content[1].end; ++q) {
      if (IsComma(q) && !tok_[q].in_quote) {
        const int xe = TrimEnd(i + n, q);
        c.content[1].end = layer_.tokens[xe - 1].span.end;
        break;
      }
    }
  }
  Emit(si, cue, i - 1, i + n, {}, std::move(c));
  return true;
}

bool DocRun::TryPassive(int si, int i, const Cue& cue, int n) {
  // "The plan was first reported by the Ledger", "C has been endorsed by X":
  // the subject is the content, the agent after "by" the source.
  const auto& s = layer_.sentences[si];
  int a = static_cast<int>(s.first_token), e = static_cast<int>(s.end_token);
  // (The "by" first: it fails most cues.)
  if (i + n + 1 >= e || !Is(tok_[i + n].low, "by") || cue.participle ||
      cue.frame == CueFrame::kTell || cue.frame == CueFrame::kPrep || cue.lemma == "call"sv) {
    return false;
  }
  int k = i - 1;
  bool be = false;
  while (k > a && i - k <= 5) {
    std::string_view w = tok_[k].low;
    if (IsIn(w, {"is", "are", "was", "were", "been", "be", "being"})) {
      be = true;
    } else if (!(lex_.IsAuxiliary(w) ||
                 IsIn(w, {"first", "also", "widely", "previously", "later", "since", "then", "now",
                          "already", "publicly", "once"}) ||
                 (w.size() > 4 && EndsWith(w, "ly")))) {
      break;
    }
    --k;
  }
  if (!be || !IsWord(k)) {
    return false;
  }
  int cb = a;
  for (int p = k; p >= a; --p) {
    if ((IsComma(p) && !tok_[p].in_quote) || IsPunct(p, ";") || IsPunct(p, ":")) {
      cb = p + 1;
      break;
    }
  }
  cb = TrimBegin(cb, k + 1);
  int ce = TrimEnd(cb, k + 1);
  if (ce <= cb || k + 1 - cb > 12 || (tok_[cb].flags & (kPronounW | kClauseW))) {
    return false;
  }
  int sb = i + n + 1, se = NpForward(sb, e);
  // "X was accused by Y of C", "X was blamed by Y for C": the agent ends
  // before what the charge is about, which joins the content.
  int about = -1;
  if (IsIn(cue.lemma, {"accuse", "blame", "criticize"})) {
    for (int q = sb + 1; q < se; ++q) {
      if (Is(tok_[q].low, cue.lemma == "accuse"sv ? "of" : "for")) {
        about = q + 1;
        se = q;
        break;
      }
    }
  }
  if (se <= sb || !PlausibleSource(sb, se)) {
    return false;
  }
  model::Claim c;
  c.content.push_back(SpanOf(cb, ce));
  if (about >= 0) {
    object_content_ = true;
    ContentAfter(si, about, c);
    object_content_ = false;
  }
  Emit(si, cue, i, i + n, {sb, se}, std::move(c));
  return true;
}

DocRun::Range DocRun::PassiveSubject(int si, int j) const {
  int a = static_cast<int>(layer_.sentences[si].first_token);
  int k = j;
  while (k > a &&
         ((tok_[k - 1].flags & kAuxiliaryW) ||
          IsIn(tok_[k - 1].low,
               {"not", "never", "often", "sometimes", "also", "long", "already", "once", "since",
                "now", "even", "is", "are", "was", "were", "be", "been"}) ||
          (!tok_[k - 1].cap && tok_[k - 1].low.size() > 4 && EndsWith(tok_[k - 1].low, "ly")))) {
    --k;
  }
  int cb = a;
  for (int p = k - 1; p >= a; --p) {
    // ("X said (that) the firm had been criticized for C": the subject
    // starts after the cue.)
    if ((IsComma(p) && !tok_[p].in_quote) || IsPunct(p, ";") || IsPunct(p, ":") ||
        IsIn(tok_[p].low, {"and", "but", "although", "though", "because", "while", "after", "if",
                           "since", "when", "as", "that", "which", "who"}) ||
        (CueAt(p) && !tok_[p].cap)) {
      cb = p + 1;
      break;
    }
  }
  cb = TrimBegin(cb, k);
  const int ce = TrimEnd(cb, k);
  if (ce <= cb || ce - cb > 12 || !IsWord(cb) || (tok_[cb].flags & kClauseW) ||
      (tok_[ce - 1].flags & (kPrepositionW | kDeterminerW))) {
    return {};
  }
  return {cb, ce};
}

bool DocRun::TryPassiveNaming(int si, int i, const Cue& cue, int n, int j, bool negated) {
  const auto& s = layer_.sentences[si];
  int e = static_cast<int>(s.end_token);
  if (cue.participle || n != 1 || i + 2 >= e) {
    return false;
  }
  // "described as C"; "called C", "branded C".
  const bool as_form = IsIn(cue.lemma, {"describe", "characterize", "criticize", "denounce",
                                        "condemn", "dismiss", "praise"});
  const bool bare = IsIn(cue.lemma, {"call", "brand"});
  int k = i + 1;
  if (as_form) {
    if (!Is(tok_[k].low, "as")) {
      return false;
    }
    ++k;
  } else if (!bare) {
    return false;
  }
  if (k >= e || !(IsWord(k) || IsOpenDq(k)) || (IsWord(k) && (tok_[k].flags & kNoContentW)) ||
      TimeStartingAt(k) >= 0 || IsIn(tok_[k].low, {"upon", "off", "back", "up"})) {
    return false;
  }
  // What X is called runs to "by", a comma or a clause word.
  int x = k;
  while (x < e && x - k < 16 && !IsComma(x) && !IsEndPunct(x) && !IsPunct(x, ";") &&
         !(IsWord(x) && !tok_[x].in_quote && x > k &&
           IsIn(tok_[x].low,
                {"by", "for", "because", "after", "when", "while", "since", "and", "but"}))) {
    x = IsOpenDq(x) && quote_match_[x] > x ? quote_match_[x] + 1 : x + 1;
  }
  const int xe = TrimEnd(k, x);
  if (xe <= k) {
    return false;
  }
  Range src;
  if (x + 1 < e && Is(tok_[x].low, "by")) {
    const int sb = x + 1, se = NpForward(sb, e);
    if (PlausibleSource(sb, se)) {
      src = {sb, se};
    }
  }
  // Without its namer "was called C" mostly names ("The company will be
  // called Acme"): only judgements stand alone.
  if (src.empty() && !IsIn(cue.lemma, {"criticize", "denounce", "condemn", "dismiss"})) {
    return false;
  }
  const Range subj = PassiveSubject(si, j);
  if (subj.empty()) {
    return false;
  }
  model::Claim c;
  c.negated = negated;
  c.unattributed = src.empty();
  c.content.push_back(SpanOf(subj.b, subj.e));
  c.content.push_back(SpanOf(k, xe));
  Emit(si, cue, i, k, src, std::move(c));
  return true;
}

bool DocRun::TryQuotedAs(int si, int i, const Cue& cue, int n) {
  const auto& s = layer_.sentences[si];
  int a = static_cast<int>(s.first_token), e = static_cast<int>(s.end_token);
  // Back from "as": "quoted", or "quoted by Y".
  int q = i - 2;
  Range channel;
  if (!IsIn(tok_[q].low, {"quoted", "cited"})) {
    int by = q;
    while (by > a && q - by < 8 && !Is(tok_[by].low, "by")) {
      --by;
    }
    if (by <= a + 1 || !Is(tok_[by].low, "by") || !IsIn(tok_[by - 1].low, {"quoted", "cited"})) {
      return false;
    }
    const int ce = NpForward(by + 1, i - 1);
    if (ce != i - 1 || !PlausibleSource(by + 1, ce)) {
      return false;
    }
    channel = {by + 1, ce};
    q = by - 1;
  }
  // The passive: a form of "be" (and adverbs) before "quoted".
  int be = q - 1;
  while (be > a && IsIn(tok_[be].low, {"also", "widely", "later", "earlier", "again"})) {
    --be;
  }
  if (be <= a || !IsIn(tok_[be].low, {"was", "were", "is", "are", "been", "being"})) {
    return false;
  }
  int j = be - 1;
  while (j > a && (tok_[j].flags & kAuxiliaryW)) {
    --j;
  }
  Range subj;
  if (!FindSubject(si, j, &subj)) {
    return false;
  }
  // As with "said", a described person will do: "the harbour master".
  const bool described = subj.e - subj.b <= 6 && IsIn(tok_[subj.b].low, {"the", "a", "an"}) &&
                         IsWord(subj.e - 1) && !(tok_[subj.e - 1].flags & kDeterminerW) &&
                         !ClauseInSource(subj);
  if (!PlausibleSource(subj.b, subj.e, true) && !described) {
    return false;
  }
  model::Claim c;
  bool saw_that = false;
  int k = SkipAdjuncts(i + n, e, &c.stated_on, &saw_that);
  if (k < e && (IsIn(tok_[k].low, {"in", "by"}) || TimeStartingAt(k) >= 0)) {
    // "..., X was quoted as saying in press reports." ends the sentence
    int r = k;
    while (r < e && IsWord(r)) {
      ++r;
    }
    if (r >= e || IsEndPunct(r)) {
      k = e;
    }
  }
  if (k < e && TrimEnd(k, e) > k) {
    ContentAfter(si, k, c);
  } else {
    // "C, a senior banker was quoted as saying."
    int stop = subj.b - 1;
    if (stop <= a || !(IsComma(stop) || IsCloseDq(stop))) {
      return false;
    }
    if (!ContentBefore(si, stop, c)) {
      return false;
    }
  }
  if (c.content.empty()) {
    return false;
  }
  const size_t before = found_.size();
  Emit(si, cue, i - 1, i + n, subj, std::move(c));
  if (found_.size() > before && !channel.empty()) {
    SetVia(channel, found_.back().claim);
  }
  return true;
}

bool DocRun::TryPassiveCharge(int si, int i, const Cue& cue, int n, int j, bool negated) {
  const auto& s = layer_.sentences[si];
  int e = static_cast<int>(s.end_token);
  if (cue.participle || n != 1 || i + n + 1 >= e) {
    return false;
  }
  // The charge and the word that introduces what it is about.
  const std::string_view prep = tok_[i + 1].low;
  const bool fits =
      cue.lemma == "accuse"sv
          ? Is(prep, "of")
          : IsIn(cue.lemma, {"criticize", "blame", "fault", "condemn"}) && Is(prep, "for");
  // ("criticized for months": a time, not a charge.)
  if (!fits || !IsWord(i + 2) || (tok_[i + 2].flags & kNoContentW) || TimeStartingAt(i + 2) >= 0 ||
      IsIn(tok_[i + 2].low, {"years", "months", "weeks", "days", "decades", "hours", "long"})) {
    return false;
  }
  const Range subj = PassiveSubject(si, j);
  if (subj.empty()) {
    return false;
  }
  const int cb = subj.b, ce = subj.e;
  model::Claim c;
  c.negated = negated;
  c.unattributed = true;
  object_content_ = true;
  ContentAfter(si, i + 2, c);
  object_content_ = false;
  if (c.content.empty()) {
    return false;
  }
  // What the charge is about ends at a comma: "..., reflecting D".
  if (!EndAtComma(i + 2, e, c)) {
    return false;
  }
  c.content.insert(c.content.begin(), SpanOf(cb, ce));
  Emit(si, cue, i, i + 2, {}, std::move(c));
  return true;
}

bool DocRun::TryAskedQuestion(int si, int i, const Cue& cue, int n, int j) {
  const auto& s = layer_.sentences[si];
  const int a = static_cast<int>(s.first_token), e = static_cast<int>(s.end_token);
  if (cue.frame != CueFrame::kObject || n != 1 || !Is(tok_[i].low, "asked") || i + 2 >= e) {
    return false;
  }
  const std::string_view w = tok_[i + 1].low;
  const bool about = Is(w, "about");
  const bool to = Is(w, "to");
  if (!about && !to && !IsIn(w, {"whether", "if", "how", "why", "what", "when", "who"})) {
    return false;  // "asked him about C", "asked by reporters": an asker named
  }
  Range subj;
  bool when = false;
  if (j >= 0) {
    // "The senator was asked how C"; not "Shareholders will be asked to
    // approve C", a request, nor "asked about C", an object.
    if (to || about) {
      return false;
    }
    subj = PassiveSubject(si, j);
    if (subj.empty()) {
      return false;
    }
  } else {
    // "Asked whether C, X said D" and "But asked about C, ...": the
    // sentence opens with it; "When asked about C, X said D" and "..., X
    // said when asked about C" may stand anywhere.
    int p = i - 1;
    when = p >= a && Is(tok_[p].low, "when");
    if (when) {
      --p;
    }
    while (p >= a && (tok_[p].flags & kFillerW)) {
      --p;
    }
    // ("..., when asked to do so by police": a request; "Asked to
    // describe C, X said D" opens the sentence.)
    if (p >= a && (to || !(when && (IsComma(p) || IsWord(p))))) {
      return false;
    }
  }
  // What was asked ends at a comma, or at the answer's speech tag without
  // one: "Asked whether the plant would close, the manager said D",
  // "Asked about the delay he said D".
  const int k = about ? i + 2 : i + 1;
  int end = e;
  for (int p = k + 1; p < e; ++p) {
    if ((IsComma(p) && !tok_[p].in_quote) ||
        ((tok_[p].flags & kPronounW) && p + 1 < e && CueAt(p + 1, /*verb=*/true))) {
      end = p;
      break;
    }
  }
  if (end == e && j < 0 && !when) {
    return false;  // "Asked whether C" with no answer after it: a headline
  }
  const int ce = TrimEnd(k, end);
  int words = 0;
  for (int q = k; q < ce; ++q) {
    words += IsWord(q) ? 1 : 0;
  }
  // ("Asked to comment, X said": no question.)
  if (words < (to ? 3 : about ? 1 : 2)) {
    return false;
  }
  model::Claim c;
  c.unattributed = true;
  if (!subj.empty()) {
    c.content.push_back(SpanOf(subj.b, subj.e));
  }
  c.content.push_back(SpanOf(k, ce));
  Emit(si, cue, i, i + n, {}, std::move(c));
  return true;
}

bool DocRun::TryCue(int si, int i, const Cue& cue, int n) {
  const auto& s = layer_.sentences[si];
  int a = static_cast<int>(s.first_token), e = static_cast<int>(s.end_token);
  // "the Harbour Report", "an editor at the Quay Review": a capitalised cue
  // word after a capitalised word ends a name, unless the sentence is a
  // headline in title case ("Ferries Will Run, Mayor Says").
  if (i > a && tok_[i].cap && IsWord(i - 1) && tok_[i - 1].cap && !tok_[i].in_quote &&
      (i + n >= e || !IsWord(i + n) || !tok_[i + n].cap)) {
    int words = 0, caps = 0;
    for (int k = a; k < e; ++k) {
      if (IsWord(k) && !(tok_[k].flags & (kPrepositionW | kDeterminerW))) {
        ++words;
        caps += tok_[k].cap ? 1 : 0;
      }
    }
    if (caps * 4 < words * 3) {
      return false;
    }
  }
  // "the official estimate is not yet available", "each bond note will
  // carry C": a cue word that is also a noun, straight before a copula or
  // an auxiliary, heads the subject; only after a pronoun or in a relative
  // clause is it a verb ("which he estimates is needed").
  if (n == 1 && i + 1 < e && i > a && (tok_[i].flags & kNounVerbW) &&
      (tok_[i + 1].flags & kCopulaW) && IsWord(i + 1) && !(tok_[i - 1].flags & kPronounW)) {
    // ("a stake which analysts estimate has grown": a relative clause.)
    bool relative = false;
    for (int q = i - 2; q >= a && q >= i - 4; --q) {
      relative = relative || IsIn(tok_[q].low, {"which", "that", "what", "whom"});
    }
    if (!relative) {
      return false;
    }
  }
  // "the new capital rules", "under trade rules": "rules" is a verb only
  // after a speaker ("the court rules that C").
  if (cue.lemma == "rule"sv && Is(tok_[i].low, "rules") &&
      (i == a || !(tok_[i - 1].flags & (kSpeakerW | kPersonW | kPronounW)))) {
    return false;
  }
  if (cue.frame == CueFrame::kPrep) {
    return cue.lemma == "in"sv ? TryInPoll(si, i, n) : TryAccordingTo(si, i, n);
  }
  if (cue.frame == CueFrame::kNoun) {
    return TryNoun(si, i, cue, n);
  }
  if (cue.frame == CueFrame::kHedge) {
    return TryHedge(si, i, cue, n);
  }
  if (Is(tok_[i].low, "asked") && TryAskedQuestion(si, i, cue, n, -1)) {
    return true;
  }
  if (i > a && Is(tok_[i - 1].low, "as")) {
    if (i + 1 < e && Is(tok_[i + 1].low, "by")) {
      // "C, as reported by X" and "As noted by X, C"
      int sb = i + 2, se = NpForward(sb, e);
      if (!PlausibleSource(sb, se)) {
        return false;
      }
      model::Claim c;
      if (i - 1 == a) {
        if (se >= e || !IsComma(se)) {
          return false;
        }
        ContentAfter(si, se + 1, c);
        if (c.content.empty()) {
          return false;
        }
      } else {
        // "C, according to X, as reported by Y": Y only relays X's claim,
        // as its channel; "as reported by Y" is no part of C.
        if (!found_.empty() && found_.back().claim.cue &&
            sent_of_[TokenAtOrAfter(found_.back().claim.cue->begin)] == si) {
          model::Claim& fc = found_.back().claim;
          const uint32_t as_at = layer_.tokens[i - 1].span.begin;
          if (fc.content.size() > 1 && fc.content.back().begin == as_at) {
            fc.content.pop_back();
          }
          if (!fc.via && !found_.back().source.empty() &&
              IsIn(tok_[i].low, {"reported", "quoted", "cited", "published", "carried"})) {
            SetVia({sb, se}, fc);
          }
          return false;
        }
        int stop = i - 1;
        while (stop > a && (IsComma(stop - 1) || IsCloseDq(stop - 1))) {
          --stop;
        }
        if (!ContentBefore(si, stop, c)) {
          return false;
        }
      }
      Emit(si, cue, i - 1, i + 2, {sb, se}, std::move(c));
      return true;
    }
    if (cue.participle && i - 2 >= a && TryQuotedAs(si, i, cue, n)) {
      return true;
    }
    if (cue.participle && i - 2 >= a) {
      // "X cited Y as saying C": Y's claim.
      Range subj;
      if (!FindSubject(si, i - 2, &subj)) {
        return false;
      }
      // "The spokesman quoted Wallis as saying C": Wallis, not the phrase
      // from the sentence start.
      for (int q = subj.e - 2; q >= subj.b; --q) {
        if (IsIn(tok_[q].low, {"quoted", "cited", "quotes", "cites"})) {
          subj.b = q + 1;
          break;
        }
      }
      // ("The agency quoted him as saying C": an object pronoun.)
      const bool object_pronoun = subj.e - subj.b == 1 && subj.b > a &&
                                  IsIn(tok_[subj.b - 1].low, {"quoted", "cited"}) &&
                                  IsIn(tok_[subj.b].low, {"him", "her", "them"});
      // ("quoted the harbour master as saying": a described person.)
      const bool described = subj.b > a && IsIn(tok_[subj.b - 1].low, {"quoted", "cited"}) &&
                             subj.e - subj.b <= 6 && IsIn(tok_[subj.b].low, {"the", "a", "an"}) &&
                             IsWord(subj.e - 1) && !(tok_[subj.e - 1].flags & kDeterminerW);
      if (!object_pronoun && !described && !PlausibleSource(subj.b, subj.e)) {
        return false;
      }
      int sb = subj.b;
      model::Claim c;
      int k = i + n;
      if (cue.frame == CueFrame::kTell) {
        // "quoted X as telling Y that C": past the hearer to "that" (where
        // the hearer ends is unknown without it).
        int h = k;
        while (h < e && h - k < 12 && !Is(tok_[h].low, "that") && !IsComma(h)) {
          ++h;
        }
        if (h >= e || !Is(tok_[h].low, "that")) {
          return false;
        }
        k = h;
      }
      bool saw_that = false;
      k = SkipAdjuncts(k, e, &c.stated_on, &saw_that);
      ContentAfter(si, k, c);
      if (c.content.empty()) {
        return false;
      }
      const size_t before = found_.size();
      Emit(si, cue, i - 1, i + n, {sb, subj.e}, std::move(c));
      if (found_.size() > before) {
        Relay(si, sb, found_.back().claim);
      }
      return true;
    }
    return false;
  }
  if (IsIn(cue.lemma, {"cite", "quote"})) {
    // "X cited Y as saying C" is Y's claim (found at "as saying").
    for (int q = i + n; q < e && q < i + n + 24; ++q) {
      if (Is(tok_[q].low, "as") && q + 1 < e && IsClauseParticiple(tok_[q + 1].low)) {
        return false;
      }
    }
  }
  if (cue.lemma == "report on"sv && TimeStartingAt(i + n) >= 0) {
    return false;
  }
  if (cue.lemma == "see"sv && !SeeAs(i + n, e)) {
    return false;  // "saw a rise in sales": perception, not a judgement
  }
  // "critics would call it a tax": the bare form of "call" names only after
  // a modal; "Critics call it “a tax,” as X said" is X's quote.
  if (Is(tok_[i].low, "call") && cue.lemma == "call"sv &&
      (i == a || !IsIn(tok_[i - 1].low, {"would", "could", "can", "might", "may", "will"}))) {
    return false;
  }
  // (TryPassive's first test, inline: most cues have no "by" after them,
  // and the call costs more than the test.)
  if (i + n + 1 < e && Is(tok_[i + n].low, "by") && TryPassive(si, i, cue, n)) {
    return true;
  }
  // "a weeklong show", "his late-night tweets", "enormous support": a
  // form that is also a noun, after an adjective, is the noun.
  if (i > a && IsWord(i - 1) && !tok_[i - 1].cap && !cue.participle &&
      IsIn(tok_[i].low, {"show", "shows", "support", "report", "reports", "rules", "demands",
                         "remarks", "tweets", "claims", "plans", "fears", "hopes", "warns"})) {
    std::string_view w = tok_[i - 1].low;
    if (w.find('-') != std::string_view::npos ||
        (w.size() > 5 && (EndsWith(w, "ous") || EndsWith(w, "ive") || EndsWith(w, "ful") ||
                          EndsWith(w, "long") || EndsWith(w, "stop") || EndsWith(w, "ical")))) {
      return false;
    }
    if (EndsWith(tok_[i].low, "s") && !Is(tok_[i].low, "warns")) {
      // "recent reports", "damage claims": a plural after a word naming
      // its kind is the noun; "denounced press reports C", "rejected
      // claims that C", "making remarks viewed as D": so after a verb,
      // whose object it is ("the newspaper reports C" stays a verb).
      if (IsIn(w, {"damage", "insurance", "injury", "weekend", "recent", "unconfirmed",
                   "conflicting", "persistent", "widespread", "initial", "false"})) {
        return false;
      }
      int v = i - 1;
      if (v > a &&
          IsIn(w, {"press", "media", "newspaper", "news", "television", "radio", "wire"})) {
        --v;
      }
      // ("X announced plans to D" is left to the intent's reading.)
      const std::string_view pv = tok_[v].low;
      if (IsWord(v) && !tok_[v].cap && pv.size() > 4 && !Is(tok_[i].low, "plans") &&
          (EndsWith(pv, "ed") || (tok_[v].flags & kIrregularPastW) ||
           (EndsWith(pv, "ing") && !IsPrepositionIng(pv)))) {
        return false;
      }
    }
  }
  // "a set of rules could lead to", "the agency's reports are", "local
  // media reports said C": a plural noun before a modal, an auxiliary or
  // a speech verb, not a verb.
  if (tok_[i].low.size() > 3 && EndsWith(tok_[i].low, "s") && i + n < e && !cue.participle &&
      IsIn(tok_[i + n].low, {"would", "will", "could", "can", "may", "might", "should", "must",
                             "are", "were", "have", "had", "do", "did", "said", "say"})) {
    return false;
  }
  // "is (also, once again) stressing": the auxiliary before a few adverbs.
  int be = i - 1;
  while (be > a && i - be <= 3 && (tok_[be].flags & kAuxAdverbW)) {
    --be;
  }
  const bool contracted = be >= a && tok_[be].contracted;
  const bool progressive =
      cue.participle && (be > a || contracted) &&
      (contracted ||
       IsIn(tok_[be].low, {"is", "are", "was", "were", "been", "isn't", "aren't", "wasn't",
                           "weren't", "isn\xE2\x80\x99t", "wasn\xE2\x80\x99t"})) &&
      (cue.frame == CueFrame::kIntent || !(i + n < e && Is(tok_[i + n].low, "to")));
  // "Citing C, X ...", "After saying C, X ...", "Despite admitting C, X ..."
  if (cue.participle && !progressive &&
      (i == a || (i == a + 1 && IsIn(tok_[a].low, {"after", "before", "while", "when", "despite",
                                                   "since", "by", "in", "without"}))) &&
      TryOpeningParticiple(si, i, cue, n)) {
    return true;
  }
  if (cue.participle && !progressive) {
    // ", adding that C", ", promising to C"
    // Participles of demands and verdicts on people: ", calling for talks".
    // Judgements of what was just said ("voiced concern over C,
    // characterizing them as D") elaborate a claim already found in the
    // sentence; they stand alone only after a clause with none.
    const bool claim_in_sentence = !found_.empty() && found_.back().claim.cue &&
                                   sent_of_[TokenAtOrAfter(found_.back().claim.cue->begin)] == si;
    const bool object_after_comma =
        cue.frame == CueFrame::kObject && i > a && (IsComma(i - 1) || Is(tok_[i - 1].low, "by")) &&
        (IsIn(cue.lemma, {"call for", "call on", "urge", "encourage", "criticize", "condemn",
                          "praise", "accuse", "blame", "denounce", "question", "cite", "refer to",
                          "reference", "speak of", "point to"}) ||
         (!claim_in_sentence &&
          IsIn(cue.lemma,
               {"liken", "blast", "mock", "attack", "lament", "fault", "characterize", "describe",
                "dismiss", "reject", "promote", "applaud", "endorse", "brand", "make the case"})));
    if (object_after_comma && IsIn(cue.lemma, {"refer to", "reference"})) {
      // "..., she said, referring to the town's old name": a gloss on
      // a word just used, not a stance.
      for (int q = i + n; q < e && q < i + n + 8 && IsWord(q); ++q) {
        if (IsIn(tok_[q].low, {"name", "names", "term", "word", "phrase", "acronym", "abbreviation",
                               "nickname", "initials"})) {
          return false;
        }
      }
    }
    if (cue.frame == CueFrame::kObject && !object_after_comma && i - 1 > a) {
      // ", with France backing the plan": a named or speaking subject
      // of "with" takes the stance.
      int sb = SubjectStart(i - 1, a);
      bool strong = sb > a && (HeadIsSpeaker(sb, i) || MentionStartsAt(sb) ||
                               (i - sb == 1 && (tok_[sb].flags & kPronounW)));
      if (strong && Is(tok_[sb - 1].low, "with") && PlausibleSource(sb, i)) {
        return TryLeading(si, i, cue, n, sb, i, false);
      }
    }
    if (cue.frame != CueFrame::kClause && cue.frame != CueFrame::kTell &&
        cue.frame != CueFrame::kIntent && !object_after_comma) {
      return false;
    }
    // (The comma may sit inside a closing quote: "X said: “C1,” adding C2".)
    if (i > a && (IsComma(i - 1) || (i - 1 > a && IsComma(i - 2) &&
                                     (IsCloseDq(i - 1) ||
                                      IsIn(tok_[i - 1].low, {"even", "also", "then", "again"}))))) {
      // ", adding that C"; ", calling for new talks"; ", even suggesting C"
      return TryParticiple(si, i, cue, n);
    }
    if (i > a && IsIn(tok_[i - 1].low, {"by", "and", "while"})) {
      // "She responded by saying C", "touting it and saying C"
      return TryParticiple(si, i, cue, n);
    }
    auto event_noun = [&](int k) {
      return IsIn(tok_[k].low, {"conference", "briefing", "interview", "speech", "statement",
                                "letter", "post", "tweet", "video", "rally", "appearance",
                                "message", "email", "address", "hearing", "memo"});
    };
    // "sent a letter to the council warning that C", "issued a statement on
    // Friday saying C": a short phrase may follow the noun.
    int ev = i - 1;
    for (int q = i - 2; ev == i - 1 && q > a && q >= i - 5 && IsWord(q) && !event_noun(ev); --q) {
      // (Not "of": "a video of the mayor saying C" is the mayor's.)
      if (event_noun(q) && !Is(tok_[q + 1].low, "of") &&
          ((tok_[q + 1].flags & kPrepositionW) || Is(tok_[q + 1].low, "to") ||
           TimeStartingAt(q + 1) >= 0)) {
        ev = q;
      }
    }
    if (i > a && event_noun(ev)) {
      // "she said at a news conference announcing C": the speaker of the
      // sentence's claim speaks at the event.
      Range src = SentenceSource(si, i);
      if (src.empty() && i - 2 > a) {
        // "The ministry issued a statement saying C", "Lee sent a letter
        // calling for C": the subject of the verb that issues it.
        src = SentenceSubject(si, ev + 1, /*speaker_noun=*/true);
        for (int q = src.e; !src.empty() && q < ev; ++q) {
          if (IsComma(q) || IsPunct(q, ";") || IsIn(tok_[q].low, {"that", "which", "who"})) {
            src = {};  // another clause between
          }
        }
        if (src.empty()) {
          src = CoordinatedSubject(si, i);  // "He sent a letter calling for C"
        }
      }
      return !src.empty() && TryLeading(si, i, cue, n, src.b, src.e, false);
    }
    // ", with analysts saying that C"; "footage of Jane Roe asking, “C”"
    int sb = SubjectStart(i - 1, a);
    if (sb > a &&
        (Is(tok_[sb - 1].low, "with") ||
         (Is(tok_[sb - 1].low, "of") && sb - 2 >= a &&
          IsIn(tok_[sb - 2].low, {"footage", "video", "videos", "clip", "clips", "recording",
                                  "recordings", "tape", "tapes", "audio"}))) &&
        PlausibleSource(sb, i)) {
      return TryLeading(si, i, cue, n, sb, i, false);
    }
    return false;
  }
  if (i > a && (IsComma(i - 1) || IsCloseDq(i - 1)) && TryInverted(si, i, cue, n)) {
    return true;
  }
  if (i == a && tok_[i].cap && cue.frame == CueFrame::kClause) {
    // "Said the mayor: “...”"
    int se = NpForward(i + n, e);
    if (se < e && IsPunct(se, ":") && PlausibleSource(i + n, se, true)) {
      return TryLeading(si, i, cue, n, i + n, se, false, se + 1);
    }
    return false;
  }
  int j = i - 1;
  if (progressive) {
    // "Ortiz is stressing that C"; "He's claiming C" has it in the pronoun
    j = contracted ? be : be - 1;
  }
  bool negated = cue.category == model::CueCategory::kDenial ||
                 (progressive && !contracted &&
                  (EndsWith(tok_[be].low, "n't") || EndsWith(tok_[be].low, "n\xE2\x80\x99t")));
  // "X has long said", "X sharply criticized", "X just announced": adverbs.
  auto adverb = [&](int k) {
    std::string_view w = tok_[k].low;
    return IsWord(k) && !tok_[k].cap &&
           ((w.size() > 5 && EndsWith(w, "ly") && !lex_.IsSpeakerNoun(w) && !lex_.IsPersonNoun(w) &&
             !IsIn(w, {"family", "assembly", "supply", "ally", "rally", "july"})) ||
            (tok_[k].flags & kVerbAdverbW));
  };
  // "not", "never" and negated auxiliaries ("didn't", "can't", "won’t").
  auto negation = [&](int k) {
    std::string_view w = tok_[k].low;
    return IsIn(w, {"not", "never"}) ||
           (w.size() <= 9 && (EndsWith(w, "n't") || EndsWith(w, "n\xE2\x80\x99t")));
  };
  int quantifier = -1;  // "all", "both", "each" skipped: "they all said"
  while (j >= a && ((tok_[j].flags & kAuxiliaryW) || IsIn(tok_[j].low, {"all", "both", "each"}) ||
                    (adverb(j) && j > a) || negation(j))) {
    if (negation(j)) {
      negated = true;
    }
    if (IsIn(tok_[j].low, {"all", "both", "each"})) {
      quantifier = j;
    }
    --j;
  }
  if (quantifier >= 0 && (j < a || IsComma(j)) &&
      (cue.frame == CueFrame::kClause || cue.frame == CueFrame::kTell)) {
    // "In the end, all agreed that C": the quantifier is the
    // subject (of people spoken of before).
    return TryLeading(si, i, cue, n, quantifier, quantifier + 1, negated);
  }
  if (j < a) {
    return false;
  }
  // "X on Friday said C", "X, who in 2010 said C": a time phrase between
  // the subject and the cue (Emit takes its date as the statement date).
  for (int q = j; q > a && q > j - 6; --q) {
    // (TimeStartingAt's table read here, without its call, for sorted times.)
    const int tx = times_sorted_ ? time_start_[q] : TimeStartingAt(q);
    if (tx < 0) {
      continue;
    }
    if (TokenAtOrAfter(times_[tx].span.end, q) == j + 1) {  // (the time starts at q)
      int p = q;
      if (IsIn(tok_[p - 1].low, {"on", "in", "at", "during", "since"})) {
        --p;
      }
      if (p > a && IsWord(p - 1)) {
        j = p - 1;
      }
    }
    break;
  }
  if (cue.adjective) {
    // "X is (not) convinced that C", "X has been critical of C": the
    // adjective needs its copula; past it lies the subject.
    const bool inverted_it =
        Is(tok_[j].low, "it") && j > a && IsIn(tok_[j - 1].low, {"is", "was", "isn't", "wasn't"});
    if (!inverted_it &&
        !IsIn(tok_[j].low,
              {"is", "are", "was", "were", "be", "been", "being", "'s", "\xE2\x80\x99s", "'re",
               "\xE2\x80\x99re", "isn't", "wasn't", "aren't", "weren't"}) &&
        !tok_[j].contracted) {
      return false;
    }
    if (EndsWith(tok_[j].low, "n't")) {
      negated = true;
    }
    int q = j - 1;
    while (q >= a && ((tok_[q].flags & kAuxiliaryW) || IsIn(tok_[q].low, {"not", "never"}))) {
      negated = negated || IsIn(tok_[q].low, {"not", "never"});
      --q;
    }
    if (tok_[j].contracted || inverted_it) {
      q = j;  // "they're convinced": the pronoun carries the copula
    }
    if (q < a) {
      return false;
    }
    if (Is(tok_[q].low, "it") && (q == a || !IsWord(q - 1) || (tok_[q - 1].flags & kClauseW))) {
      // "it is clear that C", "Nor is it clear whether C": nobody is named.
      if (cue.frame != CueFrame::kClause || i + n >= e ||
          !IsIn(tok_[i + n].low, {"that", "whether"})) {
        return false;
      }
      model::Claim c;
      c.unattributed = true;
      c.negated = negated;
      ContentAfter(si, i + n + (Is(tok_[i + n].low, "that") ? 1 : 0), c);
      if (c.content.empty()) {
        return false;
      }
      Emit(si, cue, j, i + n, {}, std::move(c));
      return true;
    }
    if (Is(tok_[q].low, "it")) {
      return false;  // "the series made it clear": no adjective's subject
    }
    j = q;
  } else if (tok_[j].flags & kBeW) {
    if (TryPassiveCharge(si, i, cue, n, j, negated) ||
        TryPassiveNaming(si, i, cue, n, j, negated) || TryAskedQuestion(si, i, cue, n, j)) {
      return true;
    }
    return TryHedge(si, i, cue, n);
  }
  Range subj;
  if (Is(tok_[j].low, "to") && j - 1 > a) {
    // "X went on to explain C", "X tried to blame C": the subject of the
    // verb the infinitive completes.
    int v = j - 1;
    if (Is(tok_[v].low, "on") && v - 1 > a &&
        IsIn(tok_[v - 1].low, {"went", "goes", "go", "going"})) {
      --v;
    }
    // ("C, X said, going on to say D": the participle's subject is the
    // sentence's speaker.)
    if ((tok_[v].flags & kRaisingVerbW) || Is(tok_[v].low, "going")) {
      subj = SentenceSource(si, v);
      if (subj.empty() && v - 1 > a && (tok_[v - 1].flags & kPronounW) &&
          IsIn(tok_[v - 2].low, {"after", "before", "when", "as", "because", "while", "since",
                                 "and", "but", "that"})) {
        subj = {v - 1, v};  // "after she appeared to suggest C"
      }
      if (subj.empty()) {
        int sb = a;
        while (sb < v && (tok_[sb].flags & kFillerW)) {
          ++sb;
        }
        // The whole phrase before the verb must be the subject.
        int se = v;
        while (se > sb && (tok_[se - 1].flags & kAuxiliaryW)) {
          --se;
        }
        if (se > sb && NpForward(sb, se) == se && PlausibleSource(sb, se)) {
          subj = {sb, se};
        }
      }
      if (subj.empty() && v - 1 > a && Is(tok_[v - 1].low, "and")) {
        // "X agreed with Y and seemed to think C": the first verb's subject.
        subj = SentenceSubject(si, v - 1);
        if (subj.empty()) {
          subj = CoordinatedSubject(si, v - 1);
        }
      }
      if (!subj.empty() && subj.e <= v) {
        return TryLeading(si, i, cue, n, subj.b, subj.e, negated);
      }
    }
    return false;
  }
  if (IsIn(tok_[j].low, {"and", "but"})) {
    // "X said C and confirmed D": the subject of the first cue. But in "X
    // tried to come out and support D" the verb is an infinitive's.
    const std::string_view form = tok_[i].low;
    const bool base_form = !EndsWith(form, "ed") && !EndsWith(form, "s") &&
                           !IsIn(form, {"said", "told", "wrote", "thought", "knew", "saw", "found",
                                        "spoke", "felt", "taught", "gave", "made"});
    for (int q = j - 1; base_form && q > a && q >= j - 4; --q) {
      if (IsComma(q) || CueAt(q)) {
        break;
      }
      if (Is(tok_[q].low, "to")) {
        return false;
      }
    }
    if (j - 2 >= a && IsWord(j - 1) && !CueAt(j - 1) &&
        IsIn(tok_[j - 2].low, {"i", "he", "she", "we", "they"})) {
      // "when his aide raised it, he laughed and said C": the subject
      // pronoun right before the first verb, not an earlier clause's source.
      subj = {j - 2, j - 1};
    }
    if (subj.empty()) {
      subj = SentenceSource(si, j);
    }
    if (subj.empty()) {
      subj = SentenceSubject(si, j);
    }
    if (subj.empty()) {
      subj = CoordinatedSubject(si, j);
    }
    if (subj.empty()) {
      // "protesters, who marched downtown and called for C": the relative
      // pronoun opening the clause is the subject of both verbs.
      for (int q = j - 1; q > a && j - q <= 16; --q) {
        if (IsComma(q) || IsPunct(q, ";") || CueAt(q)) {
          if (IsComma(q) && IsIn(tok_[q + 1].low, {"who", "which"})) {
            subj = {q + 1, q + 2};
          }
          break;
        }
      }
    }
    if (subj.empty()) {
      return false;
    }
    return TryLeading(si, i, cue, n, subj.b, subj.e, negated);
  }
  int described = -1;
  const bool plausible_subject =
      FindSubject(si, j, &subj, &described) && PlausibleSource(subj.b, subj.e);
  if (!plausible_subject) {
    Range alt = IsComma(j) ? FarSubject(si, j) : ReducedRelative(si, j);
    if (alt.empty() && Is(tok_[j].low, "who")) {
      alt = {j, j + 1};  // "a lawyer who said C"
    }
    if (!alt.empty()) {
      subj = alt;
    }
    if (subj.empty() && (cue.frame == CueFrame::kClause || cue.frame == CueFrame::kTell) &&
        !IsComma(j)) {
      bool weak = false;
      subj = ClauseSubject(si, j, &weak);
    }
    if (subj.empty() && (cue.frame == CueFrame::kObject || cue.frame == CueFrame::kIntent) &&
        !IsComma(j)) {
      // "A union for flight attendants endorsed Jane Roe": a speaker noun
      // heads the phrase whose preposition's object stands before the cue
      // ("a visit to Lindby showed C" has no speaker at its head). The
      // phrase opens the sentence or a clause ("unless a union of pilots
      // agreed to C"), not a role ("her term as minister of finance cited
      // C"), and has no verb in it ("The Lindby Administration sent to
      // Congress proposed C", "the first firm to qualify for the fund called C").
      bool weak = false;
      const Range whole = ClauseSubject(si, j, &weak);
      bool noun_phrase =
          !whole.empty() && HeadIsSpeaker(whole.b, whole.e) &&
          (whole.b == a || !IsWord(whole.b - 1) ||
           IsIn(tok_[whole.b - 1].low, {"that", "and", "but", "while", "when", "because", "after",
                                        "before", "unless", "if", "although", "though", "since"}));
      for (int q = whole.b; noun_phrase && q < whole.e; ++q) {
        noun_phrase =
            tok_[q].cap || (!Is(tok_[q].low, "to") && !(tok_[q].flags & kIrregularPastW) &&
                            !(tok_[q].low.size() > 4 && EndsWith(tok_[q].low, "ed")));
      }
      if (noun_phrase) {
        subj = whole;
      }
    }
    if (subj.empty()) {
      return false;
    }
  }
  int src_b = subj.b, src_e = subj.e;
  // "Brandt believes that C": a clause cue with "that" makes a capitalised
  // word opening the sentence a name, as a speech verb does.
  const bool speech = IsIn(cue.lemma, {"say", "tell", "add", "write", "explain", "insist"}) ||
                      (cue.frame == CueFrame::kClause && i + n < e && Is(tok_[i + n].low, "that"));
  // (Asked again only for a new range: the answer depends on nothing else.
  // A subject plausible without leniency is plausible with it.)
  bool plausible = plausible_subject || PlausibleSource(src_b, src_e, speech && src_e - src_b <= 4);
  if (!plausible && IsComma(j)) {
    Range far = FarSubject(si, j);
    if (!far.empty()) {
      src_b = far.b;
      src_e = far.e;
      plausible = PlausibleSource(src_b, src_e, speech && src_e - src_b <= 4);
    }
  }
  weak_source_ = false;
  if (!plausible) {
    // "The coach said: ...": a speech verb makes any described person a
    // source; other clause cues need "that", a colon or a quote after them.
    bool weak = false;
    Range whole;
    if ((!speech && cue.frame != CueFrame::kClause) || src_e - src_b > 6 ||
        !IsIn(tok_[src_b].low, {"the", "a", "an", "one"}) || !IsWord(src_e - 1) ||
        (tok_[src_e - 1].flags & kDeterminerW)) {
      if ((cue.frame != CueFrame::kClause && cue.frame != CueFrame::kTell) || IsComma(j)) {
        return false;
      }
      whole = ClauseSubject(si, j, &weak);
      if (whole.empty()) {
        return false;
      }
      src_b = whole.b;
      src_e = whole.e;
      // "remarks", "tweets", "rules" after a phrase are mostly nouns: such
      // forms need "that", a colon or a quote after them.
      weak_source_ = (weak || EndsWith(tok_[i].low, "s")) &&
                     !IsIn(cue.lemma, {"say", "tell", "write", "insist"});
    } else {
      weak_source_ = !speech;
    }
  }
  if ((cue.frame == CueFrame::kObject || cue.frame == CueFrame::kIntent) && i + n < e &&
      IsIn(tok_[i + n].low, {"would", "will", "is", "was", "are", "were", "has", "had", "could",
                             "can", "may", "might", "should", "must", "of", "for"})) {
    return false;  // "the new plans would ...": a noun
  }
  // "what analysts described as C", "a blast that the mayor described as
  // C": the object went before the subject; C is what follows "as".
  const bool fronted_as = cue.frame == CueFrame::kObject && i + n + 1 < e &&
                          Is(tok_[i + n].low, "as") && src_b > a &&
                          IsIn(tok_[src_b - 1].low, {"what", "that", "which"}) &&
                          IsIn(cue.lemma, {"describe", "characterize", "brand", "dismiss", "reject",
                                           "criticize", "denounce", "condemn", "praise", "view"});
  if (fronted_as) {
    return TryLeading(si, i, cue, n, src_b, src_e, negated, i + n + 1);
  }
  // "X rejected what Y called C": Y names the thing, a claim of Y's own.
  // ("X warned that what Y called C rose": a subject, where C ends is
  // unknown.)
  const bool named_what = src_b - 1 > a && Is(tok_[src_b - 1].low, "what") && IsWord(src_b - 2) &&
                          !Is(tok_[src_b - 2].low, "that") &&
                          IsIn(cue.lemma, {"call", "describe", "characterize", "brand"});
  if (cue.frame == CueFrame::kObject && !found_.empty() && !named_what) {
    // "X confirmed that North Korea has expressed its intention": the inner
    // act is what X reported, part of X's content, not a claim of its own.
    const uint32_t cb = layer_.tokens[i].span.begin;
    for (const auto& c : found_.back().claim.content) {
      if (c.begin <= cb && cb < c.end && !found_.back().claim.direct_quote) {
        return false;
      }
    }
  }
  if (cue.frame == CueFrame::kObject || cue.frame == CueFrame::kIntent) {
    // Object cues need a name or pronoun as source: "North Korea criticized C".
    bool strong =
        (src_e - src_b == 1 &&
         ((tok_[src_b].flags & kPronounW) || IsIndefinitePerson(tok_[src_b].low))) ||
        (src_e - src_b == 2 && Is(tok_[src_b].low, "no") && Is(tok_[src_b + 1].low, "one"));
    for (int k = src_b; k < src_e; ++k) {
      strong = strong || (tok_[k].cap && k > a);
    }
    if (src_b == a && tok_[a].cap && !(tok_[a].flags & kDeterminerW)) {
      strong = true;
    }
    if (!strong && !HeadIsSpeaker(src_b, src_e)) {
      return false;
    }
    // "..., as the city defends its budget": an event running in the
    // background of a subordinate clause (present tense, or "defend", which
    // is mostly an act), not an attribution; the narrated past ("as she
    // called for C", "as he praised C") reports a stance.
    if (src_b > a && (Is(tok_[src_b - 1].low, "whether") ||
                      (IsIn(tok_[src_b - 1].low, {"as", "while", "when"}) &&
                       (EndsWith(tok_[i].low, "s") || cue.lemma == "defend"sv)))) {
      return false;
    }
  }
  const bool after_as = src_b > a && Is(tok_[src_b - 1].low, "as");
  // The comma before "as" may sit inside a closing quote: "“C,” as X said".
  const bool comma_as =
      after_as && src_b - 1 > a &&
      (IsComma(src_b - 2) || (IsCloseDq(src_b - 2) && src_b - 2 > a && IsComma(src_b - 3)));
  if (comma_as && (cue.frame == CueFrame::kClause || cue.frame == CueFrame::kTell)) {
    // "C, as the mayor put it (in a letter)." and "C, as she said.": the
    // clause before the comma, when the cue ends the sentence.
    model::Claim c;
    c.negated = negated;
    bool saw_that = false;
    int k = PastCue(i, n, cue, e, c, &saw_that);
    if (saw_that) {
      return false;
    }
    // "The bridge, as the engineer noted, was built in haste": a
    // parenthesis inside the clause, whose two parts are the content.
    int rest_b = -1, rest_e = -1;
    if (TrimEnd(k, e) > k) {
      // The comma closing the parenthesis (PastCue may have passed it).
      const int comma = IsComma(k) ? k : k - 1;
      if (comma < i + n || !IsComma(comma) || tok_[comma].in_quote || !IsComma(src_b - 2)) {
        return false;
      }
      rest_b = comma + 1;
      rest_e = TrimEnd(rest_b, e);
      int words = 0;
      bool plain = true;
      for (int q = rest_b; q < rest_e; ++q) {
        words += IsWord(q) ? 1 : 0;
        plain = plain && !tok_[q].used && !IsOpenDq(q) && !IsCloseDq(q);
      }
      // The part before is a plain subject: no comma, no other claim.
      for (int q = a; q < src_b - 2 && plain; ++q) {
        plain = !tok_[q].used && !IsComma(q) && !IsOpenDq(q) && !IsCloseDq(q);
      }
      const bool after_connective =
          src_b - 3 == a && (tok_[a].flags & kFillerW) && !(tok_[a].flags & kClauseW);
      if (words < 3 || !plain || !IsWord(rest_b) || (tok_[rest_b].cap && !after_connective)) {
        return false;
      }
    }
    int stop = src_b - 2;
    if (rest_b >= 0) {
      // The subject may be one word: "Norway, as X noted, has no ports".
      const int pb = TrimBegin(a, stop);
      const int pe = TrimEnd(pb, stop);
      // After a connective alone ("Yet, as X observed, C") C is all of it.
      const bool connective = pe - pb == 1 && (tok_[pb].flags & kFillerW);
      if (pe <= pb || (pe - pb == 1 && (tok_[pb].flags & kClauseW) && !connective)) {
        return false;
      }
      if (!connective) {
        c.content.push_back(SpanOf(pb, pe));
      }
      c.content.push_back(SpanOf(rest_b, rest_e));
    } else if (!ContentBefore(si, stop, c)) {
      return false;
    }
    Emit(si, cue, i, i + n, {src_b, src_e}, std::move(c));
    return true;
  }
  if (cue.lemma == "agree with"sv) {
    // "X agreed with Y that C" / "about C": only with the shared judgement.
    bool topic = false;
    for (int q = i + n + 1; q < e && q < i + n + 7 && !topic; ++q) {
      topic = IsIn(tok_[q].low, {"that", "about", "on"});
    }
    if (!topic) {
      return false;
    }
  }
  if (cue.lemma == "put it"sv && !after_as) {
    return false;  // "She put it on the table": only "as X put it" reports
  }
  if ((cue.frame == CueFrame::kClause || cue.frame == CueFrame::kTell) && i + n < e &&
      (IsIn(tok_[i + n].low, {"so", "yes", "no"}) ||
       (Is(tok_[i + n].low, "as") && i + n + 1 < e && Is(tok_[i + n + 1].low, "much")))) {
    // "She said as much on Friday", "He does not think so", "They said
    // yes": the pro-form is the content (what it stands for was said before).
    int pe = Is(tok_[i + n].low, "as") ? i + n + 2 : i + n + 1;
    while (pe + 1 < e && IsComma(pe) && tok_[pe + 1].low == tok_[i + n].low &&
           !Is(tok_[pe + 1].low, "so")) {
      pe += 2;  // "yes, yes, yes"
    }
    if (pe >= e || !IsWord(pe) || (tok_[pe].flags & kPrepositionW) || TimeStartingAt(pe) >= 0) {
      model::Claim c;
      c.negated = negated;
      c.content.push_back(SpanOf(i + n, pe));
      Emit(si, cue, i, i + n, {src_b, src_e}, std::move(c));
      return true;
    }
  }
  if ((cue.frame == CueFrame::kClause || cue.frame == CueFrame::kTell) && src_b > a &&
      Is(tok_[src_b - 1].low, "what") &&
      (i + n >= e || !IsWord(i + n) ||
       IsIn(tok_[i + n].low, {"when", "after", "before", "in", "on", "at", "during", "about"}))) {
    // "That was what the minister said when she resigned": the fronted
    // "what" is the content.
    model::Claim c;
    c.negated = negated;
    c.content.push_back(SpanOf(src_b - 1, src_b));
    Emit(si, cue, i, i + n, {src_b, src_e}, std::move(c));
    return true;
  }
  // (TryTrailing's first test, inline: it needs words before the source,
  // or a quote closing just before the sentence; most sources open it.)
  // A trailing content ends before the description a named source stands
  // in apposition to: "C, the governor of the Bank of Lindby, Tom Baker,
  // said" is Tom Baker's C.
  // (Only a description set off whole: in "C, director-general of the
  // institute, Jane Roe, said" the phrase found starts at "general".)
  const int phrase_b =
      described > a && src_b == subj.b &&
              (IsComma(described - 1) || IsCloseDq(described - 1) || IsDash(described - 1))
          ? described
          : src_b;
  if ((phrase_b > a || (phrase_b == a && IsCloseDq(a - 1))) &&
      TryTrailing(si, i, cue, n, phrase_b, src_b, src_e, negated)) {
    return true;
  }
  return TryLeading(si, i, cue, n, src_b, src_e, negated);
}

void DocRun::DoSentence(int si) {
  const auto& s = layer_.sentences[si];
  int a = static_cast<int>(s.first_token), e = static_cast<int>(s.end_token);
  // Sentences come in order: the search goes on from the last sentence's
  // cue words.
  auto it = cue_tokens_.begin() + static_cast<std::ptrdiff_t>(next_cue_);
  if (it != cue_tokens_.begin() && *(it - 1) >= a) {
    it = std::lower_bound(cue_tokens_.begin(), cue_tokens_.end(), a);
  }
  while (it != cue_tokens_.end() && *it < a) {
    ++it;
  }
  next_cue_ = static_cast<size_t>(it - cue_tokens_.begin());
  for (; it != cue_tokens_.end() && *it < e; ++it) {
    const int i = *it;
    if (tok_[i].used) {
      continue;
    }
    const auto* cues = tok_[i].cues;
    // Cue verbs are lower case, except "According to" opening a sentence.
    // A title-case headline may end in one: "Prices Will Fall, Minister Says".
    // Inside one: "Mayor Says Bridge Will Reopen" (a verb after a name).
    // (Both headline tests run only for a capitalised word, and only when
    // the cheap tests have not settled it.)
    auto headline_end = [&] { return i > a && tok_[i - 1].cap && TrimEnd(i, e) == i + 1; };
    auto headline_verb = [&] {
      return i > a && tok_[i - 1].cap && IsWord(i - 1) && !IsPossessive(Raw(i - 1)) &&
             !(tok_[i - 1].flags & kAuxiliaryW) &&
             !IsIn(tok_[i].low,
                   {"rules", "claims", "reports", "plans", "fears", "hopes", "questions", "attacks",
                    "demands", "estimates", "forecasts", "projects", "findings", "doubts",
                    "worries", "promises", "threats"}) &&
             TitleCase(a, e);
    };
    if (tok_[i].cap &&
        !(i == a || Is(tok_[i].low, "according") || tok_[i - 1].kind == TokenKind::kOpenQuote ||
          headline_end() || headline_verb())) {
      continue;
    }
    // "Putin's state visit": a word after a possessive is a noun; but a
    // past tense opening a clause follows a name ending in "'s": "Moody's
    // said the loss ...", not "the firm's estimated loss".
    const bool after_possessive =
        i > a && IsPossessive(Raw(i - 1)) && !tok_[i - 1].contracted &&
        !(tok_[i - 1].cap && i + 1 < e &&
          (EndsWith(tok_[i].low, "ed") || IsIn(tok_[i].low, {"said", "told", "wrote"})) &&
          IsIn(tok_[i + 1].low, {"that", "the", "a", "an", "its", "it", "he", "she", "they"}));
    for (const auto& cue : *cues) {
      if (after_possessive && cue.frame != CueFrame::kNoun) {
        continue;
      }
      int n = static_cast<int>(cue.words.size());
      if (i + n > e) {
        continue;
      }
      bool match = true;
      for (int w = 1; w < n && match; ++w) {
        match = tok_[i + w].low == cue.words[w];
      }
      if (!match && n >= 2 && !cue.participle && i + n < e) {
        // "called Friday for C", "spoke emotionally of C", "spoke out
        // Tuesday about C": a date or an adverb inside a phrasal cue.
        int gap = 0;
        match = true;
        for (int w = 1; w < n && match; ++w) {
          const int p = i + w + gap;
          if (p < e && tok_[p].low == cue.words[w]) {
            continue;
          }
          if (gap > 0 || p >= e) {
            match = false;
            break;
          }
          const int tx = TimeStartingAt(p);
          if (tx >= 0) {
            // (It starts at p: a walk from p finds its end.)
            gap = TokenAtOrAfter(times_[tx].span.end, p) - p;
          } else if (IsWord(p) && !tok_[p].cap && tok_[p].low.size() > 4 &&
                     EndsWith(tok_[p].low, "ly")) {
            gap = 1;
          }
          match = gap > 0 && gap <= 3 && i + n + gap <= e && tok_[p + gap].low == cue.words[w];
        }
        if (match) {
          n += gap;
        }
      }
      if (!match) {
        continue;
      }
      if (tok_[i].in_quote && cue.frame != CueFrame::kPrep) {
        break;
      }
      // "In a poll by X, C" opens its sentence (TryInPoll): TryCue turns any
      // other "in" away, a third of the cue words it is given.
      if (cue.frame == CueFrame::kPrep && i != a && cue.lemma == "in"sv) {
        continue;
      }
      if (TryCue(si, i, cue, n)) {
        for (int w = 0; w < n; ++w) {
          tok_[i + w].used = true;
        }
        break;
      }
    }
  }
}

int DocRun::RoleOfPhrase(Range r) const {
  // A determiner, up to two lowercase modifiers ("the former deputy head
  // of"), the role noun, then "of" or "for" and its object. A singular role
  // needs the determiner: a bare one is a title ("CEO of Lindby Inc Jane
  // Roe") or a headline's reference to a person the text names ("CEO of
  // Lindby Inc quits"); a capitalised one follows the determiner ("The
  // Chairman of Lindby Inc", not "the Joint Chiefs of Staff").
  const bool determiner = (tok_[r.b].flags & kDeterminerW) != 0;
  const int first = r.b + determiner;
  for (int k = first; k + 2 < r.e && k <= first + 2; ++k) {
    if (!IsWord(k) || (tok_[k].flags & (kDeterminerW | kPrepositionW))) {
      return -1;
    }
    const std::string_view w = tok_[k].low;
    const bool plural =
        w.size() > 3 && w.back() == 's' && lex_.IsPersonNoun(w.substr(0, w.size() - 1));
    if (!IsIn(tok_[k + 1].low, {"of", "for"}) || !(plural || (tok_[k].flags & kPersonW))) {
      if (tok_[k].cap) {
        return -1;
      }
      continue;
    }
    // Kin, neighbours and followers do not act for the object ("residents
    // of Lindby"), and "the parent of Lindby Inc" is a company.
    if ((!determiner && !plural) || (tok_[k].cap && (k != first || plural)) ||
        lex_.IsRelationNoun(w)) {
      return -1;
    }
    return k;
  }
  return -1;
}

int DocRun::RelationOfPhrase(Range r) const {
  // "A friend of Jane Roe", "critics of the Lindby council", "residents of
  // Lindby": an optional determiner and up to two lowercase modifiers ("a
  // longtime friend of"), a relation noun, then "of"; a sentence's first
  // word is capitalised ("Critics of the Lindby council said"). Not "the
  // parent of Lindby Inc", most often a company.
  const int first = r.b + ((tok_[r.b].flags & kDeterminerW) != 0);
  const int sentence_first = static_cast<int>(layer_.sentences[sent_of_[r.b]].first_token);
  for (int k = first; k + 2 < r.e && k <= first + 2; ++k) {
    if (!IsWord(k) || (tok_[k].cap && k != sentence_first) ||
        (tok_[k].flags & (kDeterminerW | kPrepositionW))) {
      return -1;
    }
    if (Is(tok_[k + 1].low, "of") && lex_.IsRelationNoun(tok_[k].low)) {
      return IsIn(tok_[k].low, {"parent", "parents"}) ? -1 : k;
    }
  }
  return -1;
}

model::EntityType DocRun::GuessType(Range r) const {
  std::string_view head = tok_[r.e - 1].low;
  if (r.e - r.b == 1 && IsPersonPronoun(head)) {
    return model::EntityType::kPerson;
  }
  if (tok_[r.e - 1].flags & kPersonW) {
    return model::EntityType::kPerson;
  }
  for (int k = r.b; k + 1 < r.e; ++k) {
    // "Russian envoy Andrey Belyousov", "Mr. Podesta"
    if (((tok_[k].flags & kPersonW) ||
         IsIn(tok_[k].low,
              {"mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "president",
               "minister", "prime", "secretary", "general", "senator"})) &&
        tok_[k + 1].cap) {
      return model::EntityType::kPerson;
    }
  }
  return model::EntityType::kOrganization;
}

int32_t DocRun::FindAntecedent(int before_tok, bool person, bool claims_only) const {
  // The most recent claim source of the right kind, within a few sentences.
  int si = sent_of_[before_tok];
  for (auto it = found_.rbegin(); it != found_.rend(); ++it) {
    if (it->claim.source_mention < 0 || it->source.empty()) {
      continue;
    }
    if (si - sent_of_[it->source.b] > 6) {
      break;
    }
    int32_t m = it->claim.source_mention;
    if (m < 0) {
      continue;
    }
    bool is_person = mentions_[m].type == model::EntityType::kPerson;
    // "An official from the JCS said ... The official added": a person
    // described by a noun, whose claims stand for the organisation.
    for (int k = it->source.b; !is_person && k < it->source.e; ++k) {
      is_person = (tok_[k].flags & kPersonW) && !tok_[k].cap;
    }
    if (is_person != person) {
      continue;
    }
    if (mentions_[m].kind != model::MentionKind::kPronoun) {
      return m;
    }
    m = FinalAntecedent(m);
    if (m >= 0 && mentions_[m].kind != model::MentionKind::kPronoun) {
      return m;
    }
  }
  if (claims_only) {
    return -1;
  }
  // Else the nearest preceding name of the right kind.
  uint32_t at = layer_.tokens[before_tok].span.begin;
  if (!sorted_) {
    return -1;
  }
  auto it = std::lower_bound(mentions_.begin(),
                             mentions_.begin() + static_cast<std::ptrdiff_t>(tagged_count_), at,
                             [](const model::Mention& m, uint32_t b) { return m.span.begin < b; });
  for (size_t m = static_cast<size_t>(it - mentions_.begin()), steps = 0; m > 0 && steps < 400;
       --m, ++steps) {
    const auto& x = mentions_[m - 1];
    if (x.kind != model::MentionKind::kName) {
      continue;
    }
    if ((x.type == model::EntityType::kPerson) == person) {
      return static_cast<int32_t>(m - 1);
    }
  }
  return -1;
}

int32_t DocRun::Representative(int32_t m) const {
  // "An official from the JCS said", "The official added": an unnamed person
  // speaking for an organisation; the claim is the organisation's.
  const int32_t start = m;
  for (int guard = 0; guard < 8 && m >= 0; ++guard) {
    const auto& x = mentions_[m];
    if (x.kind == model::MentionKind::kName) {
      return start;
    }
    if (x.antecedent >= 0) {
      m = x.antecedent;
      continue;
    }
    if (x.acting_for >= 0 && x.type == model::EntityType::kPerson) {
      return x.acting_for;
    }
    return start;
  }
  return start;
}

int32_t DocRun::ResolveSource(Range r) {
  Span span = SourceSpanOf(r);
  // An existing mention ending where the source ends is its head; a closing
  // parenthesis ("Joint Chiefs of Staff (JCS)") is no part of the head.
  // So is a place after it: "the Joint Chiefs of Staff (JCS) in Seoul".
  int close = r.e - 1;
  for (int q = r.b + 2; q + 1 < r.e; ++q) {
    if (Is(tok_[q].low, ")") && (tok_[q + 1].flags & kPrepositionW)) {
      close = q;
      break;
    }
  }
  if (close - r.b >= 2 && Is(tok_[close].low, ")")) {
    int p = close - 1;
    while (p > r.b && !Is(tok_[p].low, "(")) {
      --p;
    }
    if (p > r.b) {
      Span inner_span = SpanOf(r.b, p);
      int32_t found = -1;
      ForMentionsWithin(inner_span, [&](size_t m) {
        if (found < 0 && mentions_[m].span.end == inner_span.end) {
          found = static_cast<int32_t>(m);
        }
      });
      if (found >= 0) {
        return found;
      }
    }
  }
  // "The head of the Lindby council": the role's object, after "of" or
  // "for" up to the next preposition ("the Lindby Bank in Norvia").
  const int role_word = RoleOfPhrase(r);
  uint32_t object_begin = UINT32_MAX, name_begin = UINT32_MAX, object_end = 0;
  if (role_word >= 0) {
    const int o = role_word + 2;
    int e = o + 1;
    while (e < r.e && !(tok_[e].flags & kPrepositionW)) {
      ++e;
    }
    object_begin = layer_.tokens[o].span.begin;
    name_begin = Is(tok_[o].low, "the") ? layer_.tokens[o + 1].span.begin : object_begin;
    object_end = layer_.tokens[e - 1].span.end;
  }
  // One pass over the mentions within the source finds what the
  // person-of-firm test, the role test and the head test below look for.
  int32_t person = -1, org = -1;  // a person's name, and a firm's name ending the source
  int32_t head = -1, inner = -1;  // the mention ending the source, and the one ending last before
  int32_t opening = -1, closing = -1;  // the longest body's names opening and closing the object
  ForMentionsWithin(span, [&](size_t m) {
    const auto& x = mentions_[m];
    if (x.kind == model::MentionKind::kName) {
      if (x.type != model::EntityType::kPerson && x.type < model::EntityType::kProduct) {
        auto longest = [&](int32_t& best) {
          if (best < 0 || x.span.size() > mentions_[best].span.size()) {
            best = static_cast<int32_t>(m);
          }
        };
        if (x.span.begin == object_begin || x.span.begin == name_begin) {
          longest(opening);
        }
        if (x.span.end == object_end) {
          longest(closing);
        }
      }
      if (x.type == model::EntityType::kPerson) {
        if (person < 0 || x.span.size() > mentions_[person].span.size()) {
          person = static_cast<int32_t>(m);
        }
      } else if (x.span.end == span.end && (x.type == model::EntityType::kOrganization ||
                                            x.type == model::EntityType::kGovernmentOrganization ||
                                            x.type == model::EntityType::kNewsMedia)) {
        org = static_cast<int32_t>(m);
      }
    }
    if (x.span.end == span.end) {
      // The longest name ending the source is its head ("Russian envoy Jane
      // Roe" -> "Jane Roe"); a description only when no name ends there.
      auto rank = [&](int32_t i) {
        return std::make_pair(mentions_[i].kind == model::MentionKind::kName,
                              mentions_[i].span.size());
      };
      if (head < 0 || rank(static_cast<int32_t>(m)) > rank(head)) {
        head = static_cast<int32_t>(m);
      }
    } else if (inner < 0 || x.span.end > mentions_[inner].span.end) {
      inner = static_cast<int32_t>(m);
    }
  });
  // "Jane Roe of Norvane Analytics Inc said", "Jane Roe of the Harlow
  // Museum": the person, acting for the body named after "of" (the tagger
  // tags the two apart; the body's mention may hold "the").
  if (person >= 0 && org >= 0 && mentions_[person].span.end < mentions_[org].span.begin) {
    const int k = TokenAtOrAfter(mentions_[person].span.end);
    int o = k + 1;
    if (o < r.e && Is(tok_[o].low, "the") &&
        layer_.tokens[o].span.begin != mentions_[org].span.begin) {
      ++o;
    }
    if (k < r.e && Is(tok_[k].low, "of") && o < r.e &&
        layer_.tokens[o].span.begin == mentions_[org].span.begin) {
      if (mentions_[person].acting_for < 0) {
        mentions_[person].acting_for = org;
      }
      return person;
    }
  }
  // "The director of the Harlow Museum said", "the head of the Lindby
  // council": a person acting for the body the role's object names, by the
  // name closing it ("the leader of the Norvian party Lindby First", "a
  // spokesman for the Lindby Bank in Norvia") or else opening it; none
  // where no name does ("the commander of a Norvian rebel force"). A name
  // holding the role word makes it no role ("the Lindby Chiefs of Staff").
  const bool role =
      role_word >= 0 && (head < 0 || mentions_[head].kind != model::MentionKind::kName ||
                         mentions_[head].span.begin > layer_.tokens[role_word].span.begin);
  if (role && (head < 0 || (mentions_[head].kind == model::MentionKind::kName &&
                            mentions_[head].type != model::EntityType::kPerson))) {
    head = -1;
    inner = closing >= 0 ? closing : opening;
  }
  // "A friend of Jane Roe said C", "Critics of the plan said C": the
  // relation's persons speak, for nobody; the name in the object is not the
  // source (kin, neighbours and followers do not act for it).
  const int relation_word = role_word >= 0 ? -1 : RelationOfPhrase(r);
  if (relation_word >= 0 &&
      (head < 0 || mentions_[head].span.begin > layer_.tokens[relation_word].span.begin)) {
    head = -1;
    inner = -1;
  }
  const bool described = role || relation_word >= 0;
  if (head >= 0 && (mentions_[head].span == span || inner < 0 ||
                    mentions_[head].span.begin <= mentions_[inner].span.begin ||
                    mentions_[head].kind == model::MentionKind::kName)) {
    auto& hm = mentions_[head];
    if (hm.kind == model::MentionKind::kNominal && hm.type == model::EntityType::kPerson &&
        hm.acting_for < 0) {
      // "The official said": the official quoted last, when there is one,
      // unless the tagger found a person described by the same noun ("an
      // official from the JCS"), whoever was quoted in between.
      const int32_t given = hm.antecedent;
      const bool described = given >= 0 && mentions_[given].kind == model::MentionKind::kNominal &&
                             mentions_[given].acting_for >= 0 &&
                             base::EqualsAsciiLower(mentions_[given].title, tok_[r.e - 1].low);
      int32_t a = described ? -1 : FindAntecedent(r.b, true, /*claims_only=*/true);
      if (a >= 0 && a != head) {
        hm.antecedent = a;
      }
    }
    return head;
  }
  model::Mention nm;
  nm.span = span;
  nm.type = described ? model::EntityType::kPerson : GuessType(r);
  std::string_view first = tok_[r.b].low;
  const uint32_t first_flags = tok_[r.b].flags;
  bool pronoun = r.e - r.b == 1 && ((first_flags & kPronounW) || Is(first, "who"));
  bool has_name = false;
  const int sent_first = static_cast<int>(layer_.sentences[sent_of_[r.b]].first_token);
  for (int k = r.b; k < r.e; ++k) {
    if (k == sent_first && (tagged_ || (first_flags & kDeterminerW))) {
      continue;  // "Recent reports"
    }
    has_name = has_name || tok_[k].cap;
  }
  if (pronoun) {
    nm.kind = model::MentionKind::kPronoun;
    nm.type =
        IsPersonPronoun(first) ? model::EntityType::kPerson : model::EntityType::kOrganization;
    nm.antecedent = FindAntecedent(r.b, nm.type == model::EntityType::kPerson);
    if (nm.antecedent >= 0) {
      nm.type = mentions_[nm.antecedent].type;
    }
  } else if (inner >= 0) {
    // "an official from the JCS", "South Korea's spy agency"
    nm.kind = model::MentionKind::kNominal;
    nm.acting_for = inner;
  } else if (!has_name && !described && IsIn(first, {"the", "this", "that", "these", "those"})) {
    // "the official", "the agency": the last source of the same kind ("the
    // head of the delegation" names its own).
    nm.kind = model::MentionKind::kNominal;
    nm.antecedent = FindAntecedent(r.b, nm.type == model::EntityType::kPerson);
    if (nm.antecedent >= 0) {
      nm.type = mentions_[nm.antecedent].type;
    }
  } else {
    nm.kind = has_name && !described ? model::MentionKind::kName : model::MentionKind::kNominal;
  }
  int lb = r.b;
  while (lb < r.e - 1 && (tok_[lb].flags & kDeterminerW)) {
    ++lb;
  }
  Span ls{layer_.tokens[lb].span.begin, span.end};
  nm.label = std::string(doc_.text.data() + ls.begin, ls.size());
  mentions_.push_back(std::move(nm));
  return static_cast<int32_t>(mentions_.size() - 1);
}

bool DocRun::ClauseInSource(Range r) const {
  // "Trump received 38 percent support", "He enacted rules", "Clinton
  // doesn't show": a cue word read as a verb after a phrase that already
  // has one (a name or pronoun and a finite verb); the "source" is a clause.
  bool name_so_far = true;  // [r.b, k) is a name or a pronoun
  for (int k = r.b + 1; k < r.e; ++k) {
    std::string_view w = tok_[k].low;
    name_so_far = name_so_far && (tok_[k - 1].cap || (tok_[k - 1].flags & kPronounW));
    const bool after_subject = name_so_far;
    if (!IsWord(k) || tok_[k].cap || tok_[k - 1].kind == TokenKind::kOpenQuote) {
      continue;
    }
    if (EndsWith(w, "n't") || EndsWith(w, "n\xE2\x80\x99t")) {
      return true;
    }
    if ((tok_[k].flags & kPostModifierW) && k + 1 < r.e && (tok_[k + 1].flags & kPrepositionW)) {
      continue;  // "Officials involved in the talks"
    }
    if (after_subject && IsWord(k - 1) &&
        ((w.size() > 4 && EndsWith(w, "ed") && !EndsWith(w, "eed") && w.find('-') == w.npos) ||
         IsIn(w, {"has", "have", "had"}))) {
      return true;
    }
  }
  return false;
}

void DocRun::Relay(int si, int sb, model::Claim& c) {
  const int a = static_cast<int>(layer_.sentences[si].first_token);
  for (int q = sb - 1; q > a; --q) {
    if (!IsIn(tok_[q].low, {"cited", "cites", "quoted", "quotes"})) {
      continue;
    }
    // The channel opens the sentence: "The Gazette cited", "The Gazette, a
    // weekly, cited" (an apposition between commas).
    int b = a;
    while (b < q && (tok_[b].flags & kFillerW)) {
      ++b;
    }
    const int e = NpForward(b, q);
    const bool apposition = e < q && IsComma(e) && IsComma(q - 1) && q - 1 > e;
    if (e <= b || (e != q && !apposition) || !PlausibleSource(b, e)) {
      return;
    }
    SetVia({b, e}, c);
    return;
  }
}

void DocRun::Emit(int si, const Cue& cue, int cue_b, int cue_e, Range src, model::Claim&& c) {
  if (!src.empty() && src.e - src.b >= 3 && IsWord(src.b) && !tok_[src.b].cap &&
      tok_[src.b].low.size() > 5 && EndsWith(tok_[src.b].low, "ing") &&
      !IsPrepositionIng(tok_[src.b].low) && !(tok_[src.b].flags & kSpeakingNounW) &&
      !(tok_[src.b].flags & (kSpeakerW | kPersonW))) {
    // "... -- tampering the senator said is meant to D", "seizing upon
    // a Times report that C": a participle and its preposition opening the
    // phrase are no part of the source; the determiner starts it.
    int b = src.b + 1;
    if ((tok_[b].flags & kPrepositionW) || Is(tok_[b].low, "upon")) {
      ++b;
    }
    if (b + 1 < src.e && IsIn(tok_[b].low, {"the", "a", "an"})) {
      src.b = b;
    }
  }
  if (!src.empty() && src.e - src.b >= 2 && Is(tok_[src.b].low, "including") && src.b >= 2 &&
      IsComma(src.b - 1)) {
    // "Some analysts, including Jane Roe, said": the group is the source,
    // the named member its head.
    const int a = static_cast<int>(layer_.sentences[sent_of_[src.b]].first_token);
    const int nb = SubjectStart(src.b - 2, a);
    if (nb >= a && nb < src.b - 1) {
      src.b = nb;
    }
  }
  if (!src.empty() && src.e - src.b >= 4 && (tok_[src.e - 1].flags & kSpeakingNounW) &&
      !tok_[src.e - 1].cap) {
    // "X in a statement said C", "“C,” X in a joint statement said": where
    // X spoke, between X and the cue, is no part of X.
    for (int p = src.e - 2; p > src.b && p >= src.e - 4; --p) {
      if (IsIn(tok_[p].low, {"in", "at", "during"})) {
        if (tok_[p + 1].flags & kDeterminerW) {
          src.e = p;
        }
        break;
      }
      if (!IsWord(p) || tok_[p].cap) {
        break;
      }
    }
  }
  if (!src.empty() && src.e - src.b >= 2 && ClauseInSource(src)) {
    return;
  }
  c.cue = SpanOf(cue_b, cue_e);
  c.cue_lemma = cue.lemma;
  c.category = cue.category;
  if (c.category == model::CueCategory::kDenial) {
    c.negated = true;
  }
  // The same content twice (two cues of one clause): keep the first. Claims
  // come in text order, so only the last few can share it.
  for (size_t x = found_.size(), steps = 0; x > 0 && steps < 16; --x, ++steps) {
    if (found_[x - 1].claim.content[0] == c.content[0]) {
      return;
    }
  }
  if (src.e - src.b == 1 && (tok_[src.b].flags & kPronounW)) {
    // "The agency said it believed C": the same speaker, one claim.
    uint32_t at = layer_.tokens[src.b].span.begin;
    for (size_t x = found_.size(), steps = 0; x > 0 && steps < 16; --x, ++steps) {
      if (found_[x - 1].claim.content[0].begin == at) {
        return;
      }
    }
  }
  if (!src.empty()) {
    // "Nobody believes C", "no one expected C": nobody holds it.
    if ((src.e - src.b == 1 && Is(tok_[src.b].low, "nobody")) ||
        (src.e - src.b == 2 && Is(tok_[src.b].low, "no") && Is(tok_[src.b + 1].low, "one"))) {
      c.negated = true;
    }
    // "Moody's said C": a name's own "'s" stays (a possessor's, as in "the
    // agency's assessment", does not).
    const bool name_s = src.e == cue_b && cue.frame != CueFrame::kNoun &&
                        !tok_[src.e - 1].contracted && IsPossessive(Raw(src.e - 1));
    c.source = name_s ? SpanOf(src.b, src.e) : SourceSpanOf(src);
    int32_t sm = ResolveSource(src);
    if (sm >= 0 && mentions_[sm].kind == model::MentionKind::kPronoun && !c.content.empty()) {
      // "C, including its chairman Jane Roe, he said": the speaker is not a
      // person named inside what he said; look before the content instead.
      auto in_content = [&](const Span& x) {
        return std::any_of(c.content.begin(), c.content.end(),
                           [&](const Span& sp) { return sp.Contains(x); });
      };
      const int32_t fin = FinalAntecedent(sm);
      if (fin != sm && in_content(mentions_[fin].span)) {
        const int32_t a = FindAntecedent(TokenAtOrAfter(c.content[0].begin),
                                         mentions_[sm].type == model::EntityType::kPerson);
        mentions_[sm].antecedent = a >= 0 && !in_content(mentions_[a].span) ? a : -1;
      }
    }
    c.source_mention = Representative(sm);
    c.unattributed = false;
    if (int rel = RelativeSubject(src.e, cue_b); rel >= 0) {
      // "Jane Roe, who chairs the board, said" is Roe's as written; in "Jane
      // Roe, who said C" the source as written runs to the relative pronoun
      // (the subject of the cue, like "she"), and Roe is the entity meant.
      c.source->end = layer_.tokens[rel].span.end;
    }
  } else {
    c.unattributed = true;
  }
  if (c.stated_on < 0 && !src.empty()) {
    // "X on Friday said C"
    for (int k = src.e; k < cue_b; ++k) {
      if (int tx = DateStartingAt(k); tx >= 0) {
        c.stated_on = tx;
        break;
      }
    }
  }
  const auto& sent = layer_.sentences[si];
  const int a = static_cast<int>(sent.first_token), e = static_cast<int>(sent.end_token);
  if (c.stated_on < 0 && c.content[0].end <= layer_.tokens[cue_b].span.begin) {
    // "C, X said, on Friday." / "C, according to X on Wednesday.": a time in
    // the attribution's own tail.
    int k = std::max(cue_e, src.empty() ? cue_e : src.e);
    int stop = ClauseStop(k, e);
    for (; k < stop; ++k) {
      if (tok_[k].in_quote || IsOpenDq(k)) {
        break;
      }
      if (int tx = DateStartingAt(k); tx >= 0) {
        c.stated_on = tx;
        break;
      }
    }
  }
  int first = std::min(cue_b, src.empty() ? cue_b : src.b);
  if (c.stated_on < 0 && first > a && OpensSentence(first - 1, a) &&
      layer_.tokens[first].span.begin <= c.content[0].begin) {
    // "On Wednesday The Daily Courier wrote C": a date phrase opening the
    // sentence right before the source.
    for (int k = a; k < first; ++k) {
      if (int tx = DateStartingAt(k); tx >= 0) {
        c.stated_on = tx;
        break;
      }
    }
  }
  if (c.stated_on < 0 && first > a && IsComma(first - 1) &&
      layer_.tokens[first].span.begin <= c.content[0].begin) {
    // "On Friday, X said C", "When asked on Thursday, X said C"
    for (int k = a; k < first - 1; ++k) {
      if (tok_[k].in_quote) {
        break;
      }
      if (int tx = DateStartingAt(k); tx >= 0) {
        c.stated_on = tx;
      }
    }
  }
  // Built in its slot, the claim moved in once: a temporary FoundClaim
  // would be moved again, then destroyed.
  found_.emplace_back(std::move(c), src, -1, cue_b);
}

void DocRun::SpeakerLabel(int si, int b, int k) {
  // "MAYOR: We will rebuild." and "Jane Roe: Why I Ran" open a paragraph.
  const auto& ss = layer_.sentences;
  bool upper = true;
  for (int q = b; q < k; ++q) {
    for (char ch : Raw(q)) {
      upper = upper && !(ch >= 'a' && ch <= 'z');
    }
  }
  upper = upper && Raw(b).size() >= 2;
  // "Poll: Voters back the levy" — a headline naming a poll or study.
  bool named = k - b >= 2 || MentionStartsAt(b) ||
               (k - b == 1 && IsIn(tok_[b].low, {"poll", "survey", "study"}));
  if (!upper && !named) {
    return;
  }
  if (IsIn(tok_[b].low, {"update", "note", "editor", "photo", "source", "related", "watch", "read",
                         "breaking", "correction", "clarification", "disclosure"})) {
    return;
  }
  for (int q = b; q < k; ++q) {
    // "The Briefing: ...", "Storms Over Harbour: ...": a headline or a
    // section title, not a speaker's name.
    if (IsIn(tok_[q].low, {"the", "a", "an", "of", "on", "over", "in", "for", "to", "with", "at",
                           "by", "from", "and", "or", "but"})) {
      return;
    }
  }
  // The content runs to the paragraph's end.
  size_t last = si;
  while (last + 1 < ss.size() && ss[last + 1].paragraph == ss[si].paragraph) {
    ++last;
  }
  int pe = static_cast<int>(ss[last].end_token);
  int cb = TrimBegin(k + 1, pe);
  int ce = TrimEnd(cb, pe);
  int words = 0;
  for (int q = cb; q < ce && words < 3; ++q) {
    words += IsWord(q) ? 1 : 0;
  }
  if (words < 3) {
    return;
  }
  model::Claim c;
  c.content.push_back(SpanOf(cb, ce));
  Cue cue;
  cue.lemma = "say";
  Emit(si, cue, k, k + 1, {b, k}, std::move(c));
}

void DocRun::DashSignatures() {
  // "“We will win.” ― Jane Roe": a quote signed with a dash and a name.
  int n = static_cast<int>(tok_.size());
  for (const int q : dq_tokens_) {
    if (tok_[q].dq != 2) {  // a closing quote (not the second half of a '' pair)
      continue;
    }
    int open = quote_match_[q];
    if (open < 0 || open >= q) {
      continue;
    }
    int d = q + 1;
    while (d < n && (IsPunct(d, ".") || IsComma(d))) {
      ++d;
    }
    if (d >= n || !IsDash(d) || Is(tok_[d].low, "-")) {
      continue;
    }
    int sb = d + 1;
    int se = sb;
    while (se < n && se - sb < 5 && IsWord(se) && tok_[se].cap) {
      ++se;
    }
    if (se == sb || se - sb > 4) {
      continue;
    }
    if (sent_of_[sb] < 0 || (se < n && IsWord(se) && sent_of_[se] == sent_of_[sb])) {
      continue;  // outside every sentence, or more words: no signature
    }
    int b = QuoteBody(open);
    int ce = TrimEnd(b, q);
    if (ce - b < 2) {
      continue;
    }
    model::Claim c;
    c.content.push_back(SpanOf(b, ce));
    c.direct_quote = true;
    Cue cue;
    cue.lemma = "say";
    Emit(sent_of_[sb], cue, d, d + 1, {sb, se}, std::move(c));
  }
}

void DocRun::DropMarked(const std::vector<uint8_t>& drop, std::vector<int>* at) {
  if (at == nullptr && std::none_of(drop.begin(), drop.end(), [](uint8_t d) { return d != 0; })) {
    return;  // most calls: nothing dropped, nothing moves
  }
  size_t w = 0;
  bool nested = false;
  for (size_t x = 0; x < found_.size(); ++x) {
    if (drop[x]) {
      continue;
    }
    nested = nested || found_[x].reporter >= 0;
    if (w != x) {
      found_[w] = std::move(found_[x]);
    }
    ++w;
  }
  found_.resize(w);
  if (!nested && at == nullptr) {
    return;  // most documents: no index to renumber
  }
  std::vector<int> local;
  std::vector<int>& to = at != nullptr ? *at : local;
  to.assign(drop.size(), -1);
  for (size_t x = 0, k = 0; x < drop.size(); ++x) {
    if (!drop[x]) {
      to[x] = static_cast<int>(k++);
    }
  }
  for (auto& f : found_) {
    f.reporter = f.reporter >= 0 ? to[f.reporter] : -1;
  }
}

void DocRun::DropChannels() {
  // "According to a statement from her office, Jane Roe stressed C": Roe's
  // claim; the statement is only its channel.
  std::vector<uint8_t>& drop = drop_;
  drop.assign(found_.size(), 0);
  for (size_t x = 0; x < found_.size(); ++x) {
    const auto& A = found_[x];
    if (A.claim.cue_lemma != "according to"sv || A.claim.content.empty()) {
      continue;
    }
    for (size_t y = x > 8 ? x - 8 : 0; y < found_.size() && y < x + 8; ++y) {
      const auto& B = found_[y];
      if (y == x || B.source.empty() || !B.claim.source) {
        continue;
      }
      if (B.claim.source->begin != A.claim.content[0].begin) {
        continue;
      }
      bool named = false;
      for (int k = B.source.b; k < B.source.e; ++k) {
        named = named || tok_[k].cap;
      }
      if (named) {
        drop[x] = 1;
      }
    }
  }
  DropMarked(drop);
}

void DocRun::DropReportedStances() {
  // "The mayor said residents want a new bridge", "Roe said the data show C":
  // a belief or a finding inside another claim's content is what that
  // claim's source reports, not a claim of its own. So is any other claim
  // whose subject opens that content, unless it quotes its source: "Roe said
  // the board planned to D", "X notes that the agency announced C".
  std::vector<uint8_t>& drop = drop_;
  drop.assign(found_.size(), 0);
  // Each claim's content hull, from its spans' first begin to their last
  // end, side by side: a cue inside some span lies inside the hull, so the
  // window below reads a claim's spans only when its hull holds the cue
  // (8 bytes a claim, where the spans lie behind a pointer of a claim).
  thread_local std::vector<Span> hulls;
  hulls.resize(found_.size());
  for (size_t y = 0; y < found_.size(); ++y) {
    Span h{UINT32_MAX, 0};  // holds nothing: no content
    for (const auto& c : found_[y].claim.content) {
      h = {std::min(h.begin, c.begin), std::max(h.end, c.end)};
    }
    hulls[y] = h;
  }
  for (size_t x = 0; x < found_.size(); ++x) {
    const auto& A = found_[x].claim;
    const bool stance = A.category == model::CueCategory::kBelief || A.cue_lemma == "show"sv;
    if (!A.cue || !(stance || !A.direct_quote)) {
      continue;
    }
    // (In locals: the compiler would load them again for every span.)
    const uint32_t cue_begin = A.cue->begin, cue_end = A.cue->end;
    bool dropped = false;
    const size_t end = std::min(found_.size(), x + 8);
    for (size_t y = x > 8 ? x - 8 : 0; y < end && !dropped; ++y) {
      if (y == x || hulls[y].begin > cue_begin || cue_end > hulls[y].end) {
        continue;
      }
      for (const auto& c : found_[y].claim.content) {
        if (c.begin <= cue_begin && cue_end <= c.end) {
          // Later in a long content it may be a claim of its own.
          const int t0 = TokenAtOrAfter(c.begin);
          // "X rejected what Y called C": Y's naming is Y's own claim.
          const bool named_what = !found_[x].source.empty() && found_[x].source.b == t0 + 1 &&
                                  Is(tok_[t0].low, "what") && t0 > 0 && IsWord(t0 - 1) &&
                                  !Is(tok_[t0 - 1].low, "that") &&
                                  IsIn(A.cue_lemma, {"call", "describe", "characterize", "brand"});
          dropped =
              !named_what && (stance || (!found_[x].source.empty() && found_[x].source.b >= t0 &&
                                         found_[x].source.b - t0 <= 1));
          // "Roe said C, Roe's office said in a statement": Roe's claim as
          // the trailing reporter relays it, nested in the office's claim.
          const auto& R = found_[y].claim;
          // (Not "Lindby, which said C, had produced less": a relative clause.)
          auto relative = [&] {
            for (int k = t0; k < found_[x].cue_token; ++k) {
              if (IsIn(tok_[k].low, {"who", "which", "that"})) {
                return true;
              }
            }
            return false;
          };
          if (dropped && !stance && found_[y].reporter < 0 && found_[x].source.b == t0 && R.cue &&
              R.cue->begin >= c.end && R.content.size() == 1 && A.cue_lemma == "say"sv &&
              A.content.size() == 1 && A.content[0].end <= c.end && !relative()) {
            dropped = false;
            found_[x].reporter = static_cast<int>(y);
            if (!found_[y].source.empty()) {
              SetVia(found_[y].source, found_[x].claim);  // the office relays Roe's claim
            }
          }
          break;
        }
      }
    }
    drop[x] = dropped;
  }
  DropMarked(drop);
}

bool DocRun::CitedSource(int b, int e) const {
  if (e <= b || e - b > 8 || NpForward(b, e) != e) {
    return false;
  }
  std::string_view h = tok_[e - 1].low;
  if (IsWord(e - 1) && !tok_[e - 1].cap &&
      (lex_.IsPersonNoun(h) ||
       (h.size() > 3 && h.back() == 's' && lex_.IsPersonNoun(h.substr(0, h.size() - 1))))) {
    return true;  // "an unnamed official", "two county officials", "sources"
  }
  // "citing Reuters", "quoting Jane Roe": a tagged name that ends the phrase.
  const Span sp = SpanOf(b, e);
  bool name = false;
  ForMentionsWithin(sp, [&](size_t m) {
    const auto& x = mentions_[m];
    name = name ||
           (x.span.end == sp.end && x.kind == model::MentionKind::kName &&
            (x.type == model::EntityType::kPerson || x.type == model::EntityType::kOrganization ||
             x.type == model::EntityType::kGovernmentOrganization ||
             x.type == model::EntityType::kNewsMedia));
  });
  return name;
}

void DocRun::SetVia(Range r, model::Claim& c) {
  c.via = SourceSpanOf(r);
  c.via_mention = Representative(ResolveSource(r));
}

void DocRun::CitedSources() {
  // Most documents cite no one: without the word "citing" or "quoting"
  // (Prepare), nothing below applies.
  if (found_.empty() || !citing_) {
    return;
  }
  const size_t n = found_.size();
  std::vector<uint8_t> drop(n, 0);
  std::vector<Found> cited;
  for (size_t x = 0; x < n; ++x) {
    const Found& F = found_[x];
    const model::Claim& fc = F.claim;
    // A claim reported by another ("Roe said C, Roe's office said") reports
    // none itself: nesting is one level deep.
    if (F.source.empty() || !fc.cue || fc.content.empty() || fc.negated || F.reporter >= 0 ||
        fc.category == model::CueCategory::kDenial || fc.category == model::CueCategory::kBelief ||
        IsIn(fc.cue_lemma, {"cite", "quote"})) {
      continue;
    }
    const int si = sent_of_[F.source.b];
    const int a = static_cast<int>(layer_.sentences[si].first_token);
    const int e = static_cast<int>(layer_.sentences[si].end_token);
    const int cue_b = TokenAtOrAfter(fc.cue->begin);
    if (sent_of_[cue_b] != si || F.source.e > cue_b) {
      continue;  // only "X ... cue": the reporter is the subject of the cue
    }
    auto citing = [&](int k) {
      return k >= a && k < e && IsWord(k) && !tok_[k].in_quote &&
             IsIn(tok_[k].low, {"citing", "quoting"});
    };
    int p = -1, yb = -1, ye = -1;
    int trim_at = -1;  // a comma inside the content where ", citing Y" begins
    if (F.source.e + 2 < cue_b && IsComma(F.source.e) && citing(F.source.e + 1)) {
      // "X, citing Y, reported C": Y up to the comma before the cue.
      p = F.source.e + 1;
      int c = p + 1;
      while (c < cue_b && !IsComma(c)) {
        ++c;
      }
      bool plain = c < cue_b;
      for (int k = c + 1; plain && k < cue_b; ++k) {
        plain = IsWord(k) && !tok_[k].cap;  // "X, citing Y, also reported"
      }
      if (plain) {
        yb = p + 1;
        ye = c;
      }
    } else if (F.source.b > a + 2 && IsComma(F.source.b - 1)) {
      // "Citing Y, X said C" opens the sentence.
      int q = a;
      while (q < F.source.b && (tok_[q].flags & kFillerW)) {
        ++q;
      }
      if (citing(q) || (q < e && tok_[q].cap && IsIn(tok_[q].low, {"citing", "quoting"}))) {
        p = q;
        yb = q + 1;
        ye = F.source.b - 1;
      }
    }
    if (p < 0) {
      // "X reported C, citing Y.": the phrase closes the sentence.
      const Span last = fc.content.back();
      const int cb = TokenAtOrAfter(last.begin);
      int end = e;
      while (end > cb && (IsEndPunct(end - 1) || IsCloseDq(end - 1))) {
        --end;
      }
      for (int c = cb + 2; c + 2 < end; ++c) {
        if (IsComma(c) && citing(c + 1) && layer_.tokens[c].span.begin >= last.begin) {
          p = c + 1;
          yb = c + 2;
          ye = end;
          if (layer_.tokens[c].span.begin < last.end) {
            trim_at = c;
          }
          break;
        }
      }
    }
    if (p < 0 || yb < 0 || !CitedSource(yb, ye)) {
      continue;
    }
    Found y;
    y.source = {yb, ye};
    y.reporter = static_cast<int>(x);
    model::Claim& c = y.claim;
    c.content = fc.content;
    if (trim_at >= 0) {
      const int cb = TokenAtOrAfter(c.content.back().begin);
      const int ce = TrimEnd(cb, trim_at);
      if (ce <= cb) {
        continue;
      }
      c.content.back().end = layer_.tokens[ce - 1].span.end;
      found_[x].claim.content.back().end = c.content.back().end;
    }
    c.cue = SpanOf(p, p + 1);
    c.cue_lemma = Is(tok_[p].low, "quoting") ? "quote" : "cite";
    c.category = model::CueCategory::kReport;
    c.direct_quote = fc.direct_quote;
    c.source = SourceSpanOf(y.source);
    // Only a mention already found ("citing Jane Roe"): an unnamed official
    // is no entity of its own.
    const Span ys = *c.source;
    ForMentionsWithin(ys, [&](size_t m) {
      if (mentions_[m].span.end == ys.end &&
          (c.source_mention < 0 ||
           mentions_[m].span.size() > mentions_[c.source_mention].span.size())) {
        c.source_mention = static_cast<int32_t>(m);
      }
    });
    c.source_mention = Representative(c.source_mention);
    c.via = fc.source;
    c.via_mention = fc.source_mention;
    // The participle read as a claim of its own ("X reported C, citing Y"
    // as X citing Y) is this one.
    for (size_t z = x > 8 ? x - 8 : 0; z < n && z < x + 8; ++z) {
      if (z != x && found_[z].claim.cue && found_[z].claim.cue->begin == c.cue->begin) {
        drop[z] = 1;
      }
    }
    cited.push_back(std::move(y));
  }
  if (cited.empty()) {
    return;
  }
  // Reporter indices shift as marked claims go.
  std::vector<int> at;
  DropMarked(drop, &at);
  for (auto& y : cited) {
    y.reporter = at[y.reporter];
    if (y.reporter >= 0) {
      found_.push_back(std::move(y));
    }
  }
}

void DocRun::TrailingChannels() {
  // "Y said C, the weekly X reported.", "Y told reporters that C, X wrote on
  // Monday.", "C, Y said, according to X": Y's claim of C; X only relays it
  // (Claim::via). Read either as X's claim whose content holds Y's (dropped
  // here), or as Y's claim whose content runs on into ", X reported"
  // (trimmed here).
  auto report_verb = [&](int v) {
    return IsWord(v) && !tok_[v].in_quote &&
           IsIn(tok_[v].low, {"reported", "reports", "wrote", "writes"});
  };
  // The reporter [sb, se) before the verb at v, after a comma.
  auto reporter = [&](int lo, int v, Range* r) {
    int sb = v;
    while (sb > lo && !IsComma(sb - 1) && v - sb < 10) {
      --sb;
    }
    if (sb <= lo + 2 || !IsComma(sb - 1) || tok_[sb - 1].in_quote) {
      return false;
    }
    int se = v;
    if (IsIn(tok_[se - 1].low, {"has", "have", "had", "also", "first"})) {
      --se;
    }
    bool plain = se > sb && PlausibleSource(sb, se) && !ClauseInSource({sb, se});
    for (int k = sb; plain && k < se; ++k) {
      plain = !tok_[k].in_quote && (IsWord(k) || tok_[k].kind == TokenKind::kNumber);
    }
    *r = {sb, se};
    return plain;
  };
  const size_t n = found_.size();
  std::vector<uint8_t> drop;  // sized on the first claim dropped
  auto mark = [&](size_t z) {
    drop.resize(n, 0);
    drop[z] = 1;
  };
  auto dropped = [&](size_t z) { return !drop.empty() && drop[z]; };
  for (size_t x = 0; x < n; ++x) {
    Found& F = found_[x];
    model::Claim& fc = F.claim;
    if (F.source.empty() || !fc.cue || fc.content.empty() || fc.via || fc.direct_quote) {
      continue;
    }
    const bool according = fc.cue_lemma == "according to"sv;
    bool reporting = fc.content.size() == 1 && fc.content[0].end <= fc.cue->begin &&
                     (according || fc.cue_lemma == "report"sv || fc.cue_lemma == "write"sv);
    if (reporting) {
      // The report closes the sentence: "..., X reported (on Monday)."
      const int cue_b = F.cue_token;
      int tail = according ? F.source.e : cue_b + 1;
      const int send = static_cast<int>(layer_.sentences[sent_of_[cue_b]].end_token);
      while (tail < send && (InTime(tail) || (tok_[tail].flags & kPrepositionW))) {
        ++tail;
      }
      reporting = (tail >= send || IsEndPunct(tail) || IsCloseDq(tail)) &&
                  (according || report_verb(cue_b));
    }
    if (reporting) {
      // X's claim "Y said C, X reported", "C, Y said, according to X": Y's
      // claim lies inside X's content.
      const Span xc = fc.content[0];
      for (size_t y = x > 8 ? x - 8 : 0; y < n && y < x + 8; ++y) {
        Found& G = found_[y];
        model::Claim& gc = G.claim;
        if (y == x || dropped(y) || G.source.empty() || !gc.source || !gc.cue || gc.direct_quote ||
            gc.via || gc.content.empty() || gc.source->begin < xc.begin ||
            gc.source->end > xc.end || gc.cue->begin < xc.begin || gc.cue->end > xc.end ||
            gc.content.front().begin < xc.begin || gc.content.back().begin >= xc.end ||
            gc.cue_lemma == "according to"sv ||
            (according &&
             (gc.category == model::CueCategory::kBelief || gc.cue_lemma == "show"sv))) {
          continue;
        }
        if (gc.content.back().end > xc.end) {
          gc.content.back().end = xc.end;
        }
        SetVia(F.source, gc);
        mark(x);
        break;
      }
      continue;
    }
    if (fc.cue->end > fc.content.front().begin) {
      continue;  // Y's claim must be leading: "Y said C"
    }
    const Span last = fc.content.back();
    const int cb = TokenAtOrAfter(last.begin);
    const int si = sent_of_[cb];
    const int e = static_cast<int>(layer_.sentences[si].end_token);
    int v = e;
    while (v > cb && (IsEndPunct(v - 1) || IsCloseDq(v - 1))) {
      --v;
    }
    while (v > cb && InTime(v - 1)) {
      --v;  // "reported on Wednesday"
    }
    if (v > cb && (tok_[v - 1].flags & kPrepositionW)) {
      --v;
    }
    --v;
    Range r;
    if (v <= cb + 3 || layer_.tokens[v].span.end > last.end || !report_verb(v) ||
        !reporter(cb, v, &r)) {
      continue;
    }
    const int ce = TrimEnd(cb, r.b - 1);
    if (ce - cb < 3) {
      continue;
    }
    fc.content.back().end = layer_.tokens[ce - 1].span.end;
    SetVia(r, fc);
    // The reporter's own claim of "Y said C" is this one.
    const uint32_t at = layer_.tokens[v].span.begin;
    for (size_t z = x > 8 ? x - 8 : 0; z < n && z < x + 8; ++z) {
      if (z != x && found_[z].claim.cue && found_[z].claim.cue->begin == at) {
        mark(z);
      }
    }
  }
  if (!drop.empty()) {
    DropMarked(drop);
  }
}

void DocRun::FollowUpQuotes() {
  // “C1,” she said. “C2.” : the next quote in the paragraph is hers too.
  const auto& ss = layer_.sentences;
  // Past kFewFollowUps claims a quote is looked up by slots (made when first
  // asked) instead of compared with every claim.
  const bool by_slots = found_.size() > ScanLimit(kFewFollowUps) && ContentSlots::Usable(ss);
  std::optional<ContentSlots> slots;
  for (auto& f : found_) {
    if (f.source.empty() || !f.claim.cue) {
      continue;
    }
    int si = sent_of_[f.cue_token];
    if (si < 0 || si + 1 >= static_cast<int>(ss.size())) {
      continue;
    }
    // The claim must end its sentence: no further content after the cue.
    uint32_t send = ss[si].span.end;
    bool ends = true;
    for (const auto& p : f.claim.content) {
      ends = ends && p.end <= send;
    }
    if (!ends) {
      continue;
    }
    const auto& nx = ss[si + 1];
    // After a quote tagged at its end (“C1,” she said.) a quote making up
    // the whole next paragraph goes on too.
    const bool next_paragraph = nx.paragraph != ss[si].paragraph;
    if (next_paragraph &&
        (nx.paragraph != ss[si].paragraph + 1 || !f.claim.direct_quote ||
         f.claim.content.size() != 1 || f.claim.cue->begin < f.claim.content[0].end)) {
      continue;
    }
    int o = static_cast<int>(nx.first_token);
    // The splitter may leave an opening quote at the end of the sentence
    // before ("said. ''We ...": the two apostrophes stay behind).
    if (!IsOpenDq(o) && o >= 2 && tok_[o - 1].dq == 3 && IsOpenDq(o - 2)) {
      o -= 2;
    } else if (!IsOpenDq(o) && o >= 1 && IsOpenDq(o - 1)) {
      o -= 1;
    }
    if (!IsOpenDq(o) || quote_match_[o] <= o) {
      continue;
    }
    int close = quote_match_[o];
    int after = close + 1;
    if (after < static_cast<int>(tok_.size()) && tok_[after].dq == 3) {
      ++after;
    }
    // The quote must stand alone: nothing but punctuation after it.
    // (A token outside every sentence, such as a "..." opening a line,
    // belongs to none: no follow-up then.)
    const int sc = sent_of_[std::min<int>(close, static_cast<int>(tok_.size()) - 1)];
    if (sc < 0) {
      continue;
    }
    int se = static_cast<int>(ss[sc].end_token);
    if (TrimEnd(after, se) > after) {
      continue;
    }
    if (next_paragraph &&
        (o != static_cast<int>(nx.first_token) || !IsCloseDq(close) ||
         (sc + 1 < static_cast<int>(ss.size()) && ss[sc + 1].paragraph == nx.paragraph))) {
      continue;  // the quote opens and closes the paragraph
    }
    bool taken = false;
    for (int q = o; q < close && !taken; ++q) {
      taken = tok_[q].used;
    }
    if (taken) {
      continue;
    }
    int b = QuoteBody(o);
    int ce = TrimEnd(b, close);
    if (ce - b < 2) {
      continue;
    }
    Span add = SpanOf(b, ce);
    auto overlaps = [&](const Found& g) {
      // Claims are in text order; only those near the quote can overlap it.
      if (g.claim.content[0].begin > add.end + 4096 ||
          g.claim.content.back().end + 4096 < add.begin) {
        return false;
      }
      bool any = false;
      for (const auto& p : g.claim.content) {
        any = any || p.Overlaps(add);
      }
      return any;
    };
    if (!by_slots) {
      for (const auto& g : found_) {
        taken = taken || overlaps(g);
      }
    } else {
      // Many claims (a long document): only those with a part in the
      // quote's slots can overlap it.
      if (!slots) {
        slots.emplace(ss);
        for (size_t g = 0; g < found_.size(); ++g) {
          for (const Span& p : found_[g].claim.content) {
            slots->Add(static_cast<int32_t>(g), p);
          }
        }
      }
      taken = slots->Any(add, [&](int32_t g) { return overlaps(found_[g]); });
    }
    if (taken) {
      continue;
    }
    f.claim.content.push_back(add);
    if (slots) {
      slots->Add(static_cast<int32_t>(&f - found_.data()), add);
    }
  }
}

void DocRun::SourcedAfter(int si) {
  // "C. This information comes from X, citing D.": the sentence before is
  // X's claim, when nothing attributes it already.
  const auto& ss = layer_.sentences;
  if (si == 0 || ss[si - 1].paragraph != ss[si].paragraph) {
    return;
  }
  const int a = static_cast<int>(ss[si].first_token), e = static_cast<int>(ss[si].end_token);
  if (e - a < 6 || !IsIn(tok_[a].low, {"this", "that", "the"}) ||
      !IsIn(tok_[a + 1].low, {"information", "report", "assessment", "estimate", "figure",
                              "figures", "claim", "account", "news", "data", "intelligence"}) ||
      !IsIn(tok_[a + 2].low, {"comes", "came"}) || !Is(tok_[a + 3].low, "from")) {
    return;
  }
  // The source: up to a comma or the end, a few words, a name or a noun
  // phrase ("the coastguard", "Harbour Police", "sources close to the talks").
  const int sb = a + 4;
  int se = sb;
  while (se < e && IsWord(se) && se - sb < 8 && !(tok_[se].flags & kClauseW)) {
    ++se;
  }
  if (se == sb || (se < e && !IsComma(se) && !IsPunct(se, ".")) ||
      !(tok_[sb].cap || (tok_[sb].flags & kDeterminerW) ||
        (tok_[sb].flags & (kSpeakerW | kPluralSpeakerW)))) {
    return;
  }
  const int pa = static_cast<int>(ss[si - 1].first_token);
  const int pe = static_cast<int>(ss[si - 1].end_token);
  const int cb = TrimBegin(pa, pe);
  const int ce = TrimEnd(cb, pe);
  if (ce - cb < 4) {
    return;
  }
  const Span content = SpanOf(cb, ce);
  for (size_t x = found_.size(), steps = 0; x > 0 && steps < 16; --x, ++steps) {
    for (const Span& sp : found_[x - 1].claim.content) {
      if (sp.begin < content.end && content.begin < sp.end) {
        return;  // already someone's claim
      }
    }
  }
  model::Claim c;
  c.content.push_back(content);
  Cue cue;
  cue.lemma = "come from";
  cue.category = model::CueCategory::kReport;
  Emit(si, cue, a + 2, a + 4, {sb, se}, std::move(c));
}

std::vector<model::Claim> DocRun::Run() {
  if (layer_.tokens.empty()) {
    return {};
  }
  tagged_ = !mentions_.empty();
  tagged_count_ = mentions_.size();
  Prepare();
  const auto& ss = layer_.sentences;
  for (size_t si = 0; si < ss.size(); ++si) {
    if (ss[si].end_token > ss[si].first_token) {
      if (si == 0 || ss[si - 1].paragraph != ss[si].paragraph) {
        int b = 0;
        const int k = LabelColon(static_cast<int>(ss[si].first_token),
                                 static_cast<int>(ss[si].end_token), &b);
        if (k >= 0) {
          SpeakerLabel(static_cast<int>(si), b, k);
        }
      }
      DoSentence(static_cast<int>(si));
      // After the sentence's own cues: "This information comes from X,
      // citing D" leaves the participle to the clause's subject, no speaker.
      SourcedAfter(static_cast<int>(si));
    }
  }
  DashSignatures();
  FollowUpQuotes();
  DropChannels();
  TrailingChannels();
  DropReportedStances();
  CitedSources();
  std::vector<model::Claim> out;
  out.reserve(found_.size());
  auto by_content = [](const model::Claim& x, const model::Claim& y) {
    return x.content.front().begin < y.content.front().begin;
  };
  if (std::none_of(found_.begin(), found_.end(), [](const Found& f) { return f.reporter >= 0; })) {
    for (auto& f : found_) {
      out.push_back(std::move(f.claim));
    }
    if (!std::is_sorted(out.begin(), out.end(), by_content)) {  // mostly in order already
      std::stable_sort(out.begin(), out.end(), by_content);
    }
    return out;
  }
  // Claims in content order; a reporter index follows its claim.
  std::vector<int> order(found_.size());
  for (size_t x = 0; x < order.size(); ++x) {
    order[x] = static_cast<int>(x);
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](int x, int y) { return by_content(found_[x].claim, found_[y].claim); });
  std::vector<int32_t> pos(found_.size());
  for (size_t k = 0; k < order.size(); ++k) {
    pos[order[k]] = static_cast<int32_t>(k);
  }
  for (int x : order) {
    Found& f = found_[x];
    f.claim.reported_by = f.reporter >= 0 ? pos[f.reporter] : -1;
    out.push_back(std::move(f.claim));
  }
  return out;
}

}  // namespace

namespace attribution_internal {

bool InTimeSearch(const std::vector<model::TimeExpr>& times, uint32_t b) {
  // The first time starting after b; the one before it, the last starting
  // at or before b, is the one asked about.
  const auto after =
      std::upper_bound(times.begin(), times.end(), b,
                       [](uint32_t x, const model::TimeExpr& t) { return x < t.span.begin; });
  if (after == times.begin() || after[-1].span.end <= b) {
    return false;
  }
  const auto type = after[-1].type;
  return type == model::TimexType::kDate || type == model::TimexType::kTime;
}

}  // namespace attribution_internal

std::vector<model::Claim> AttributionExtractor::Extract(
    const model::Document& doc, const model::TextLayer& layer,
    std::vector<model::Mention>& mentions, const std::vector<model::TimeExpr>& times) const {
  const Words words(doc.text, layer, impl_->own_words.Get(*this));
  return Extract(doc, layer, mentions, times, words);
}

std::vector<model::Claim> AttributionExtractor::Extract(const model::Document& doc,
                                                        const model::TextLayer& layer,
                                                        std::vector<model::Mention>& mentions,
                                                        const std::vector<model::TimeExpr>& times,
                                                        const Words& words) const {
  DocRun run(impl_->lex, doc, layer, mentions, times, words);
  return run.Run();
}

}  // namespace claimgraph::extract
