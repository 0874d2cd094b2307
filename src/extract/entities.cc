// Entity mention tagger. Four passes over one document's tokens:
//   1. names: knowledge-base gazetteer (longest match), titles before a name,
//      capitalised runs typed by their head word or context;
//   2. single-word names, typed once the whole document is known ("Budanov"
//      after "Kyrylo Budanov"; sentence-initial words only when confirmed);
//   3. military units and weapons by head-noun patterns;
//   4. nominals and pronouns with their antecedents, and "an official from X".
// Everything is token-level with hash lookups; no regular expressions.
#include "extract/entities.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "base/ascii.h"
#include "base/is_in.h"
#include "base/memory.h"
#include "base/permute.h"
#include "base/utf8.h"
#include "extract/entities_lexicon.h"
#include "extract/lowercase_map.h"
#include "extract/scan_limit.h"
#include "extract/words.h"

namespace claimgraph::extract {

using literal_eq::operator==;  // words.h: a word tested against a literal, inlined

namespace {

using model::EntityType;
using model::Mention;
using model::MentionKind;
using model::Span;
using model::TokenKind;

// What a Word is, as bits of Word::bits.
constexpr uint16_t kWordIsWord = 1 << 0;
constexpr uint16_t kWordNumber = 1 << 1;      // "240", "1,100"
constexpr uint16_t kWordCap = 1 << 2;         // first letter upper case: "Seoul", "U.S."
constexpr uint16_t kWordAllCaps = 1 << 3;     // "JCS", "SEOUL", "U.N."
constexpr uint16_t kWordCamel = 1 << 4;       // "iPhone", "eBay"
constexpr uint16_t kWordDigit = 1 << 5;       // contains a digit: "KN-23"
constexpr uint16_t kWordPossessive = 1 << 6;  // "Lindby's"
constexpr uint16_t kWordInitial = 1 << 7;     // "T."
constexpr uint16_t kWordTitle = 1 << 8;       // a capitalised one-word title: "President"
constexpr uint16_t kWordNotName = 1 << 9;     // "The", "However"
constexpr uint16_t kWordHyphen = 1 << 10;     // holds a '-'
constexpr uint16_t kWordCut = 1 << 11;        // holds a '-', '&' or '/' (ends a name's first word)
constexpr uint16_t kWordNonAscii = 1 << 12;   // holds a multi-byte character
// No ASCII capital letter: Lower(w) has the bytes of `text`.
constexpr uint16_t kWordNoCapital = 1 << 13;
constexpr uint16_t kWordMayStart = 1 << 14;  // cap, camel or all_caps: a name may start here
// Only while MakeWords tells a word's bits (never in Word::bits): ASCII
// letters with one capital, the first ("The"). Carried in the bits so the
// word's case travels in one register.
constexpr uint16_t kWordTitleCase = 1 << 15;

// The flags that give a lowercase word its bits, at those bits (NoteWord).
constexpr uint16_t kLowercaseWordBits = kTitleWord | kNotANameItself;
static_assert(kTitleWord == kWordTitle && kNotANameItself == kWordNotName);

// A word of lowercase letters only ("said", "president"): its Word's flags
// and bits as one number, flags | bits << 16 (Word keeps bits right after
// flags), which MakeWords copies into the Word with one store. Kept in the
// word's record XOR the number of a word without flags
// (WordRecord::entity_lowercase: 0 in the empty record).
constexpr uint32_t kLowercasePlain = uint32_t{kWordIsWord | kWordNoCapital} << 16;
constexpr uint32_t LowercaseNote(uint16_t flags) {
  return (flags | uint32_t{static_cast<uint16_t>(kWordIsWord | kWordNoCapital |
                                                 (flags & kLowercaseWordBits))}
                      << 16) ^
         kLowercasePlain;
}
static_assert(LowercaseNote(0) == 0);

// The bits MakeWords finds of a capital and lowercase letters ("Seoul"),
// which NoteOf makes the note of such a word (WordRecord::entity_titlecase,
// XOR the number of a word without flags, kTitleCasePlain, so that the
// empty record's 0 is right). Its lists, WordRecord::entity_titlecase_lists:
// kNoteNoNameStart when no_name_starts_ takes it rather than name_starts_,
// kNoteListWord when ListWord takes it (0 for a word without flags).
constexpr uint16_t kTitleCaseBits = kWordIsWord | kWordCap | kWordMayStart | kWordTitleCase;
constexpr uint32_t kTitleCasePlain = uint32_t{kWordIsWord | kWordCap | kWordMayStart} << 16;
constexpr uint8_t kNoteNoNameStart = 1, kNoteListWord = 2;

// One token as the tagger sees it, in 32 bytes: what it is are bits
// (kWord...) read through the accessors, so MakeWords writes each word with a
// few stores, not one per property.
struct Word {
  // Leaves every field unset: MakeWords writes them all, and a resized
  // vector of Words then costs no pass that zeroes it first.
  Word() {}  // NOLINT(modernize-use-equals-default): "= default" would let resize zero them

  bool is_word() const { return (bits & kWordIsWord) != 0; }
  bool number() const { return (bits & kWordNumber) != 0; }
  bool cap() const { return (bits & kWordCap) != 0; }
  bool all_caps() const { return (bits & kWordAllCaps) != 0; }
  bool camel() const { return (bits & kWordCamel) != 0; }
  bool digit() const { return (bits & kWordDigit) != 0; }
  bool possessive() const { return (bits & kWordPossessive) != 0; }
  bool initial() const { return (bits & kWordInitial) != 0; }
  bool title_word() const { return (bits & kWordTitle) != 0; }
  bool not_name() const { return (bits & kWordNotName) != 0; }
  bool hyphen() const { return (bits & kWordHyphen) != 0; }
  bool cut() const { return (bits & kWordCut) != 0; }
  bool non_ascii() const { return (bits & kWordNonAscii) != 0; }
  bool no_capital() const { return (bits & kWordNoCapital) != 0; }
  bool may_start() const { return (bits & kWordMayStart) != 0; }

  Span span;              // the whole token
  uint32_t name_end;      // where `text` ends (it begins with the token)
  uint16_t flags;         // WordFlag bits of the lower-cased text (DocTagger::Lower)
  uint16_t bits;          // kWord... bits
  std::string_view text;  // the token without a possessive 's / ’s / trailing '
};
static_assert(sizeof(Word) == 32);
// LowercaseNote's number, stored at flags, sets flags and bits.
static_assert(offsetof(Word, bits) == offsetof(Word, flags) + 2 &&
              std::endian::native == std::endian::little);

bool IsUpper(char32_t c) {
  if (c < 128) {
    return c >= 'A' && c <= 'Z';
  }
  return utf8proc_isupper(static_cast<utf8proc_int32_t>(c));
}
bool IsLower(char32_t c) {
  if (c < 128) {
    return c >= 'a' && c <= 'z';
  }
  return utf8proc_islower(static_cast<utf8proc_int32_t>(c));
}

using base::EndsWith;

// Byte classes for MakeWord, with counters: the low byte holds class bits
// (digit, '-', a byte that cuts a name's first word, part of a multi-byte
// character); the upper-case letters are counted from bit 8 and all letters
// from bit 36, so one addition per byte counts both.
constexpr uint64_t kDigitBit = 1, kHyphenBit = 2, kCutBit = 4, kHighBit = 8;
constexpr int kUpperShift = 8, kLetterShift = 36;
constexpr std::array<uint64_t, 256> kByteClass = [] {
  std::array<uint64_t, 256> t{};
  for (int c = 'A'; c <= 'Z'; ++c) {
    t[c] = uint64_t{1} << kUpperShift | uint64_t{1} << kLetterShift;
  }
  for (int c = 'a'; c <= 'z'; ++c) {
    t[c] = uint64_t{1} << kLetterShift;
  }
  for (int c = '0'; c <= '9'; ++c) {
    t[c] = kDigitBit;
  }
  t['-'] = kHyphenBit | kCutBit;
  t['&'] = kCutBit;
  t['/'] = kCutBit;
  for (int c = 0x80; c < 0x100; ++c) {
    t[c] = kHighBit;
  }
  return t;
}();

// The last bytes of a possessive: "'s", "'S", "'", "\xE2\x80\x99s", "\xE2\x80\x99".
constexpr std::array<bool, 256> kPossessiveEnd = [] {
  std::array<bool, 256> t{};
  t['s'] = t['S'] = t['\''] = t[0x99] = true;
  return t;
}();

// The first '-' in a word, by a plain loop (shorter than a memchr call for
// the few bytes of a word).
inline size_t FindHyphen(std::string_view w) {
  for (size_t k = 0; k < w.size(); ++k) {
    if (w[k] == '-') {
      return k;
    }
  }
  return std::string_view::npos;
}

// NameKey(text) as a view: `text` itself when it needs no normalising
// (IsNameKey: "Kyrylo Budanov"), else normalised into `buf`.
std::string_view NameKeyView(std::string_view text, std::string& buf) {
  if (IsNameKey(text)) {
    return text;
  }
  NameKeyInto(text, buf);
  return buf;
}

// kLowBytes[n]: the low n bytes of a 64-bit word set (n from 0 to 8); one
// load where a shift needs the count computed first.
constexpr std::array<uint64_t, 9> kLowBytes = [] {
  std::array<uint64_t, 9> t{};
  for (int n = 1; n <= 8; ++n) {
    t[n] = ~uint64_t{0} >> (64 - 8 * n);
  }
  return t;
}();

// Whether the n (1 to 8) bytes at p are all ASCII letters, and then which
// are capitals (`caps`: 0x20 in each capital's byte, the bit a capital
// lacks). Reads 8 bytes at p (the text holds them). A byte or-ed with 0x20
// is in 'a'..'z' exactly when the byte is a letter: 'A'..'Z' become
// 'a'..'z', and no other byte lands there ('@' becomes '`', '[' '{').
[[gnu::always_inline]] inline bool PureLetters(const char* p, size_t n, uint64_t& caps) {
  static_assert(std::endian::native == std::endian::little, "byte k at bits 8k");
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  uint64_t x;
  std::memcpy(&x, p, 8);
  const uint64_t keep = kLowBytes[n];
  x &= keep;
  const uint64_t folded = (x | kOnes * 0x20) & keep;
  // High bit of each folded byte in 'a'..'z'; exact for bytes below 0x80
  // (no carries), and a byte from 0x80 fails the test anyway.
  const uint64_t letters =
      (folded + kOnes * (0x80 - 'a')) & ~(folded + kOnes * (0x7F - 'z')) & kHigh;
  if (((letters ^ (keep & kHigh)) | (x & kHigh)) != 0) {
    return false;  // a byte no letter, or a multi-byte character's
  }
  caps = folded ^ x;
  return true;
}

// The case bits of a word: kWordCap, kWordCamel, kWordAllCaps and
// kWordMayStart when any of them is set.
inline uint16_t CaseFlags(bool cap, bool camel, bool all_caps) {
  return (cap ? kWordCap : 0) | (camel ? kWordCamel : 0) | (all_caps ? kWordAllCaps : 0) |
         (cap || camel || all_caps ? kWordMayStart : 0);
}

// The case bits of a word of n (1 to 8) ASCII letters from PureLetters'
// `caps` (0x20 in byte k for a capital at k; not 0), with kWordTitleCase
// for its first letter the only capital ("The").
inline uint16_t CaseBits(uint64_t caps, size_t n) {
  const uint64_t all = 0x2020202020202020ull >> (64 - 8 * n);
  const bool cap = (caps & 0x20) != 0;
  const bool camel = !cap && (caps & 0x2000) != 0 && n >= 3;
  const bool all_caps = caps == all && n >= 2;
  return CaseFlags(cap, camel, all_caps) | (caps == 0x20 ? kWordTitleCase : 0);
}

// Fills `w`'s span, name_end and text and returns its kWord... bits (but
// kWordTitle and kWordNotName, which its flags tell: NoteWord), for a word
// token MakeWords does not tell itself: one with a capital and more than 8
// bytes, or a byte no letter ("Lindby's", "KN-23", "Zoë"). With
// kWordTitleCase for a word of ASCII letters with one capital, its first
// ("Washington").
[[gnu::noinline]] uint16_t MakeOtherWord(std::string_view text, const model::Token& t, Word& w) {
  w.span = t.span;
  uint32_t name_end = t.span.end;
  std::string_view s(text.data() + t.span.begin, t.span.size());  // spans lie in the text
  uint64_t caps = 0, more = 0;
  uint16_t bits = kWordIsWord;
  size_t strip = 0;
  const char last = s.back();  // most words end in none of these
  if (kPossessiveEnd[static_cast<unsigned char>(last)]) {
    if (s.size() > 2 && (EndsWith(s, "'s") || EndsWith(s, "'S"))) {
      strip = 2;
    } else if (s.size() > 4 && EndsWith(s, "\xE2\x80\x99s")) {
      strip = 4;
    } else if (s.size() > 1 && last == '\'') {
      strip = 1;
    } else if (s.size() > 3 && EndsWith(s, "\xE2\x80\x99")) {
      strip = 3;
    }
  }
  if (strip) {
    bits |= kWordPossessive;
    name_end -= static_cast<uint32_t>(strip);
    s.remove_suffix(strip);
  }
  w.name_end = name_end;
  w.text = s;
  if (s.empty()) {
    return bits;
  }
  // Letters only, and at most 8 bytes (after a possessive is stripped):
  // counted at once.
  if (strip > 0 && s.size() <= 8 && t.span.begin + 8 <= text.size() &&
      PureLetters(s.data(), s.size(), caps)) {
    return bits | (caps == 0 ? kWordNoCapital : CaseBits(caps, s.size()));
  }
  if (s.size() > 8 && s.size() <= 16 && t.span.begin + 16 <= text.size() &&
      PureLetters(s.data(), 8, caps) && PureLetters(s.data() + 8, s.size() - 8, more)) {
    // Letters only in 9 to 16 bytes: two such tests.
    if ((caps | more) == 0) {
      return bits | kWordNoCapital;
    }
    // As CaseBits, over the two halves.
    const uint64_t all = 0x2020202020202020ull;
    const bool cap = (caps & 0x20) != 0;
    const bool camel = !cap && (caps & 0x2000) != 0;
    const bool all_caps = caps == all && more == all >> (64 - 8 * (s.size() - 8));
    return bits | CaseFlags(cap, camel, all_caps) |
           (caps == 0x20 && more == 0 ? kWordTitleCase : 0);
  }
  // One pass over the bytes: class bits or-ed, counts summed.
  uint64_t seen = 0, counts = 0;
  for (char ch : s) {
    const uint64_t c = kByteClass[static_cast<unsigned char>(ch)];
    seen |= c;
    counts += c;
  }
  constexpr uint64_t kCountMask = (uint64_t{1} << (kLetterShift - kUpperShift)) - 1;
  int uppers = static_cast<int>((counts >> kUpperShift) & kCountMask);
  int letters = static_cast<int>(counts >> kLetterShift);
  bits |= (uppers == 0 ? kWordNoCapital : 0) | ((seen & kDigitBit) ? kWordDigit : 0) |
          ((seen & kHyphenBit) ? kWordHyphen : 0) | ((seen & kCutBit) ? kWordCut : 0);
  if (!(seen & kHighBit)) {
    // ASCII only, as most words: the case tests on bytes, the rarest first.
    const unsigned b0 = static_cast<unsigned char>(s[0]);
    const unsigned b1 = s.size() > 1 ? static_cast<unsigned char>(s[1]) : 0;
    const bool cap = b0 - 'A' < 26u;
    const bool camel = !cap && b1 - 'A' < 26u && b0 - 'a' < 26u && s.size() >= 3;
    const bool all_caps = uppers >= 2 && uppers == letters;
    const bool initial = cap && s.size() == 2 && b1 == '.';
    return bits | CaseFlags(cap, camel, all_caps) | (initial ? kWordInitial : 0);
  }
  // Other code points decoded: their case counts too.
  size_t pos = 0;
  const char32_t first = utf8::Decode(s, pos);
  const char32_t second = pos < s.size() ? utf8::Decode(s, pos) : 0;
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const char32_t c = utf8::Decode(s, i);
    if (IsUpper(c)) {
      ++uppers, ++letters;
    } else if (IsLower(c)) {
      ++letters;
    }
  }
  const bool cap = IsUpper(first);
  const bool camel = !cap && IsLower(first) && IsUpper(second) && s.size() >= 3;
  const bool all_caps = uppers >= 2 && uppers == letters;
  const bool initial = s.size() == 2 && cap && s[1] == '.';
  return bits | kWordNonAscii | CaseFlags(cap, camel, all_caps) | (initial ? kWordInitial : 0);
}

// "Korean", "Western", "Islamic": adjectives and group words, no names alone.
// Endings: -ian -ean -can -ern -ese -ish -ic -ism -ist -ists -ans (so -ians, -eans).
bool AdjectivalEnding(std::string_view w) {
  if (w.empty()) {
    return false;
  }
  switch (w.back()) {
    case 'n':
      return EndsWith(w, "ian") || EndsWith(w, "ean") || EndsWith(w, "can") || EndsWith(w, "ern");
    case 'e':
      return EndsWith(w, "ese");
    case 'h':
      return EndsWith(w, "ish");
    case 'c':
      return EndsWith(w, "ic");
    case 'm':
      return EndsWith(w, "ism");
    case 't':
      return EndsWith(w, "ist");
    case 's':
      return EndsWith(w, "ists") || EndsWith(w, "ans");
    default:
      return false;
  }
}

// "Korea-U.S.", "Russian-Ukrainian": a compound of names used as a modifier;
// "Russian-sounding", "Kremlin-backed": an adjective.
bool IsNameCompound(std::string_view w) {
  size_t h = w.find('-');
  if (h == std::string_view::npos || h + 1 >= w.size()) {
    return false;
  }
  for (char c : w) {
    if (c >= '0' && c <= '9') {
      return false;
    }
  }
  return true;
}

// An upper-case letter inside a word that is not all capitals and not a
// Mc/Mac/O' surname: "DaimlerChrysler".
bool InnerCapital(std::string_view w) {
  if (w.size() < 4 || w.rfind("Mc", 0) == 0 || w.rfind("Mac", 0) == 0 || w.rfind("O'", 0) == 0) {
    return false;
  }
  bool lower_seen = false;
  for (size_t k = 1; k < w.size(); ++k) {
    if (w[k] >= 'a' && w[k] <= 'z') {
      lower_seen = true;
    }
    if (w[k] >= 'A' && w[k] <= 'Z' && lower_seen && w[k - 1] != '-') {
      return true;
    }
  }
  return false;
}

// The words that join parts of one organisation name: "Chiefs of Staff".
bool IsConnector(std::string_view s) {
  return s.size() <= 3 &&
         (s == "of" || s == "for" || s == "the" || s == "de" || s == "al" || s == "bin" ||
          s == "von" || s == "van" || s == "der" || s == "la" || s == "&");
}

bool IsSpeechVerb(std::string_view s) {
  static const StringSet kVerbs = [] {
    StringSet t;
    for (std::string_view w :
         {"said", "says", "told", "added", "stated", "noted", "wrote", "argued", "explained",
          "warned", "claimed", "insisted", "asked", "replied", "announced", "believes", "thinks"}) {
      t.insert(w);
    }
    return t;
  }();
  return kVerbs.count(s) > 0;
}

// Inline (as IsThe below): asked of many names' neighbours.
[[gnu::always_inline]] inline bool IsDeterminer(std::string_view s) {
  return s.size() <= 3 &&
         (s == "a" || s == "an" || s == "A" || s == "An" || s == "one" || s == "One");
}

// Inline: asked of most names' neighbours.
[[gnu::always_inline]] inline bool IsThe(std::string_view s) {
  return s.size() == 3 && (s == "the" || s == "The");
}
bool IsOpeningQuote(std::string_view s) { return s == "\"" || s == "\u201C" || s == "\u2018"; }
bool IsClosingQuote(std::string_view s) { return s == "\"" || s == "\u201D" || s == "\u2019"; }

// Words after a name that leave a preceding "the" with the name ("the United
// States said"), unlike a noun that makes the name a modifier ("the U.S. military").
bool IsFunctionWord(std::string_view w);

bool EndsNounPhrase(const Word& w) {
  if (!w.is_word()) {
    // "the U.S.'s", "the Beatles' label": the determiner belongs to the owned noun.
    return w.text != "'s" && w.text != "\xE2\x80\x99s" && w.text != "'" && w.text != "-";
  }
  if (w.cap()) {
    return false;  // "the US Bankruptcy Court": a modifier of another name
  }
  // A following verb or adverb ends the name's noun phrase ("the iPhone
  // features", "the Senate narrowly"); a following noun does not ("the
  // iPhone launch").
  return IsFunctionWord(w.text) || EndsWith(w.text, "ed") || EndsWith(w.text, "ly") ||
         (EndsWith(w.text, "s") && !EndsWith(w.text, "ss"));
}

bool IsFunctionWord(std::string_view w) {
  static const StringSet kFunction = [] {
    StringSet t;
    for (std::string_view w :
         {"of", "in", "on", "at", "for", "to", "and", "or", "but", "is", "was", "are", "were",
          "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "said",
          "says", "that", "which", "who", "with", "by", "from", "as", "than", "into", "over",
          "after", "before", "since", "during", "about", "also", "did", "does", "do", "not", "this",
          "being", "first", "down", "up", "now", "still", "already", "never", "again", "yet",
          "itself", "outside", "inside", "near", "across", "through", "under", "without", "within",
          "against", "between", "among", "until", "despite", "because", "while", "when", "where",
          "if", "so", "then", "too", "only", "even", "just", "here", "there", "today", "yesterday",
          "tomorrow", "last", "next", "will", "must", "cannot", "can't", "won't", "isn't", "wasn't",
          "doesn't", "didn't", "hasn't", "haven't", "had", "be", "been", "whose", "whom", "what",
          "how", "why",
          // irregular past tenses: "the United States rose 43%"
          "rose", "fell", "grew", "made", "took", "gave", "saw", "went", "came", "became", "began",
          "won", "lost", "sold", "bought", "paid", "told", "led", "left", "held", "kept", "met",
          "sent", "spent", "built", "brought", "thought", "found", "stood", "ran", "set", "put",
          "cut", "hit", "let", "struck", "chose", "drove", "knew", "got", "wrote", "spoke", "broke",
          "fought", "sought", "meant", "felt", "dropped", "remains", "remained"}) {
      t.insert(w);
    }
    return t;
  }();
  return kFunction.count(w) > 0;
}

// A mention while the tagger works on it: model::Mention with views for its
// strings, into the text ("Budanov"), the lexicon's entries (a KB label:
// they outlive the run) or DocTagger::owned_ (a key made here: "acme
// corp"). Copied into a model::Mention once, at output, so that making,
// moving and copying a candidate copies no string.
struct CandMention {
  Span span;
  EntityType type = EntityType::kOrganization;
  MentionKind kind = MentionKind::kName;
  uint32_t kb_entry = 0;          // as model::Mention's
  std::string_view label, title;  // as model::Mention's
};

struct Cand {
  CandMention m;
  uint32_t first_word = 0;  // word range of the mention's name
  uint32_t end_word = 0;
  int32_t antecedent = -1;  // index into the candidate vector
  int32_t acting_for = -1;
  bool weak = false;                 // typed by default, not by evidence
  uint32_t title_word = UINT32_MAX;  // first word of the title before the name
  bool dropped = false;              // absorbed into another mention
};

// Candidates [0, n) by one word position each (their first or end word):
// those at a position, in index order, in O(log n) plus the hits. A pass
// that asks "which name ends at this word?" for each of n names would else
// scan all n candidates each time, and a long document with many names
// would cost n^2 ("a JCS official" looks for the name ending before
// "official"; "Ford Taurus" for the name starting after "Ford").
class CandsAt {
 public:
  // Indexes cands[0, n) by key(cand), a word position.
  template <typename Key>
  void Build(const std::vector<Cand>& cands, size_t n, Key key) {
    keys_.resize(n);
    for (size_t k = 0; k < n; ++k) {
      keys_[k] = uint64_t{key(cands[k])} << 32 | k;
    }
    // A few (most documents) are looked through in index order, which costs
    // less than ordering them; more are sorted, most already in order
    // (candidates by span): checked in one pass first.
    sorted_ = n > ScanLimit(kFew);
    if (sorted_ && !std::is_sorted(keys_.begin(), keys_.end())) {
      std::sort(keys_.begin(), keys_.end());
    }
  }
  // The first index (the least) at position `at` for which ok(index) holds,
  // or -1.
  template <typename Ok>
  int32_t First(uint32_t at, Ok ok) const {
    int32_t first = -1;
    ForEach(at, [&](uint32_t k) {
      if (first < 0 && ok(k)) {
        first = static_cast<int32_t>(k);
      }
    });
    return first;
  }
  // The last index (the greatest) at position `at` for which ok(index)
  // holds, or -1.
  template <typename Ok>
  int32_t Last(uint32_t at, Ok ok) const {
    int32_t last = -1;
    ForEach(at, [&](uint32_t k) {
      if (ok(k)) {
        last = static_cast<int32_t>(k);
      }
    });
    return last;
  }
  // Calls f(index) for each index at position `at`, in index order.
  template <typename F>
  void ForEach(uint32_t at, F f) const {
    if (!sorted_) {
      for (const uint64_t key : keys_) {
        if (key >> 32 == at) {
          f(static_cast<uint32_t>(key));
        }
      }
      return;
    }
    for (auto it = std::lower_bound(keys_.begin(), keys_.end(), uint64_t{at} << 32);
         it != keys_.end() && *it >> 32 == at; ++it) {
      f(static_cast<uint32_t>(*it));
    }
  }
  // Of the positions in [from, before) holding an index for which ok(index)
  // holds, the greatest; there, the first such index. -1 for none.
  template <typename Ok>
  int32_t LatestBefore(uint32_t before, uint32_t from, Ok ok) const {
    if (!sorted_) {
      int32_t best = -1;
      uint32_t best_at = 0;
      for (const uint64_t key : keys_) {
        const uint32_t at = static_cast<uint32_t>(key >> 32);
        if (at >= from && at < before && (best < 0 || at > best_at) &&
            ok(static_cast<uint32_t>(key))) {
          best = static_cast<int32_t>(static_cast<uint32_t>(key));
          best_at = at;
        }
      }
      return best;
    }
    auto end = std::lower_bound(keys_.begin(), keys_.end(), uint64_t{before} << 32);
    while (end != keys_.begin()) {
      const uint32_t at = static_cast<uint32_t>(end[-1] >> 32);
      if (at < from) {
        break;
      }
      const auto group = std::lower_bound(keys_.begin(), end, uint64_t{at} << 32);
      for (auto it = group; it != end; ++it) {
        if (ok(static_cast<uint32_t>(*it))) {
          return static_cast<int32_t>(static_cast<uint32_t>(*it));
        }
      }
      end = group;
    }
    return -1;
  }

 private:
  static constexpr size_t kFew = 32;
  // position << 32 | index: in index order for a few, else sorted.
  std::vector<uint64_t> keys_;
  bool sorted_ = false;
};

// A one-word name left for ClassifySingles, with the title before it.
struct Single {
  uint32_t word;
  uint32_t sentence;
  std::string_view title;  // a view into the text
  uint32_t title_word = UINT32_MAX;
};

class DocTagger {
 public:
  // The tagger of this thread, reused from document to document: its
  // containers keep their capacity (cleared per document), so tagging a
  // document allocates little.
  static DocTagger& ForThisThread() {
    thread_local DocTagger tagger;
    return tagger;
  }
  DocTagger(const DocTagger&) = delete;
  DocTagger& operator=(const DocTagger&) = delete;
  // Writes the notes MakeWords reads from the record of a word the lexicon
  // `lex` holds with `flags` (`lower`, its lowercase form): as written in
  // lowercase letters (LowercaseNote) and, for a word of letters only, with
  // a capital first (TitleCaseNote).
  static void NoteInRecord(const EntityLexicon& lex, std::string_view lower, uint16_t flags,
                           WordRecord& record);

  // Mentions of one document sorted by span; `words`: its lower-cased
  // words of `doc` and `layer`, each word's record in a table `lex` added its
  // words to (EntityTagger::AddWords). All four outlive the call.
  std::vector<Mention> Run(const EntityLexicon& lex, const model::Document& doc,
                           const model::TextLayer& layer, const Words& words);

 private:
  std::string_view Text(uint32_t a, uint32_t b) const {  // words [a, b): name text
    return {text_.data() + words_[a].span.begin, words_[b - 1].name_end - words_[a].span.begin};
  }
  // The same bytes ASCII-lowercased; NameKeyView of it is LowerKey(Text(a, b)).
  std::string_view LowerText(uint32_t a, uint32_t b) const {
    return {lower_text_.data() + words_[a].span.begin,
            words_[b - 1].name_end - words_[a].span.begin};
  }
  // Whether Text(a, b) is its own key (IsNameKey) by what the words say:
  // ASCII words, each after no gap or one blank that touches no hyphen (as
  // MatchGazetteerAt tells as its match grows). False sends the text to
  // NameKeyInto, which looks at it byte by byte.
  bool PlainKey(uint32_t a, uint32_t b) const {
    for (uint32_t k = a; k < b; ++k) {
      const Word& w = words_[k];
      if (!w.is_word() || w.non_ascii()) {
        return false;
      }
      if (k > a) {
        const uint32_t gap = words_[k - 1].span.end;
        if (w.span.begin != gap && !(w.span.begin == gap + 1 && text_[gap] == ' ' &&
                                     text_[gap - 1] != '-' && text_[gap + 1] != '-')) {
          return false;
        }
      }
    }
    return true;
  }
  // A word's text ASCII-lowercased (empty for punctuation and numbers).
  std::string_view Lower(const Word& w) const {
    return w.is_word()
               ? std::string_view(lower_text_.data() + w.span.begin, w.name_end - w.span.begin)
               : std::string_view();
  }
  bool IsNameStart(uint32_t i, uint32_t end) const {
    if (i >= end) {
      return false;
    }
    const Word& w = words_[i];
    if (!w.is_word() || !(w.cap() || w.camel()) || w.digit()) {
      return false;
    }
    // No title, no word of not_a_name and no hyphen (most capitalised
    // words): IsNameStartAt's only other test is inline.
    if (!(w.bits & (kWordTitle | kWordNotName | kWordHyphen))) {
      return !(Attached(i) && words_[i - 1].number());
    }
    return IsNameStartAt(i);
  }
  bool IsNameStartAt(uint32_t i) const;
  // Word k follows word k - 1 with no space between: "Inc" ".", "3" "G".
  bool Attached(uint32_t k) const {
    return k > 0 && words_[k].span.begin == words_[k - 1].span.end;
  }
  uint32_t ExtendOrganization(uint32_t j, uint32_t end, bool& legal_only, bool heads) const;
  void ExtendProduct(Cand& c, uint32_t end);
  void NestOwnedProducts();
  void PlacesWithTheirRegion();
  // Per word, the first of the first `n` candidates starting there that
  // `keep` holds, else -1, into `index`: made once where a pass would
  // otherwise scan every candidate for each word it asks about.
  template <typename Keep>
  void IndexFirstAt(size_t n, Keep keep, std::vector<int32_t>& index) const {
    index.assign(words_.size(), -1);
    for (size_t k = n; k-- > 0;) {
      if (keep(cands_[k])) {
        index[cands_[k].first_word] = static_cast<int32_t>(k);
      }
    }
  }
  void GovernmentsOfPlaces();
  void WithDeterminer(Cand& c);
  bool WithProductDeterminer(Cand& c);
  void Descriptions();
  void AppositiveTitles();
  // The cheap tests that rule out most words are inline; the matchers
  // proper (MatchGazetteerAt, MatchTitleAt) are out of line.
  const GazEntry* MatchGazetteer(uint32_t i, uint32_t end, uint32_t& j) const {
    const Word& w = words_[i];
    if (!w.is_word() || !(w.cap() || w.camel() || w.all_caps())) {
      return nullptr;
    }
    // A plain word (ASCII, no '-', '&', '/' or final '.') is its own first
    // key and its own lowercase key: unless its flags name it the first word
    // of an entry or a product, and unless it is in capitals (a dateline's
    // "SEOUL"), MatchGazetteerAt finds nothing.
    if (!(w.flags & (kGazetteerFirst | kProductLower)) && !w.cut() && !w.non_ascii() &&
        !w.all_caps() && w.text.back() != '.') {
      return nullptr;
    }
    return MatchGazetteerAt(i, end, j);
  }
  const GazEntry* MatchGazetteerAt(uint32_t i, uint32_t end, uint32_t& j) const;
  uint32_t MatchTitle(uint32_t i, uint32_t end) const {
    return words_[i].flags & (kTitleStart | kTitlePrefix) ? MatchTitleAt(i, end) : 0;
  }
  uint32_t MatchTitleAt(uint32_t i, uint32_t end, bool name_after = true) const;
  bool TitleBeforeOf(uint32_t i, uint32_t j, uint32_t end) const;
  // Whether the run [i, j), ending in a word of an adjective's form, is
  // a person's name (SpeakersName in entities.cc).
  bool SpeakersName(uint32_t i, uint32_t j, uint32_t end) const;
  // A key of the words [a, b)'s texts (in run_key_, until the next call).
  std::string_view RunKey(uint32_t a, uint32_t b) const;
  // Fills legal_runs_ (SpeakersName, in a long document).
  void LegalFormRuns() const;
  // Whether a speech verb follows word i, or "also" and one: "Roe said",
  // "Roe also told".
  bool SpeechVerbAfter(uint32_t i, uint32_t end) const {
    uint32_t k = i + 1;
    if (k + 1 < end && words_[k].text == "also") {
      ++k;
    }
    return k < end && words_[k].is_word() && IsSpeechVerb(words_[k].text);
  }
  // Whether a title's key can start with word k, followed by more words:
  // false only when the key's first word is plainly the word itself (one
  // blank after it, no hyphen, possessive or multi-byte character) and it
  // starts no title.
  bool MayStartTitle(uint32_t k) const {
    const Word& w = words_[k];
    if (w.flags & kTitleStart) {
      return true;
    }
    if (w.hyphen() || w.possessive() || w.non_ascii() || k + 1 >= words_.size()) {
      return true;
    }
    const uint32_t gap = w.span.end;
    if (words_[k + 1].span.begin != gap + 1) {
      return true;
    }
    const char c = text_[gap];
    return !(c == ' ' || c == '\t' || c == '\n' || c == '\r');
  }
  uint32_t GatherRun(uint32_t i, uint32_t end) const;
  bool TitleOpensCompany(uint32_t t, uint32_t end) const;
  bool SpeakerAfterLegalForm(uint32_t j, uint32_t end) const;
  bool PortfolioOfTitle(uint32_t i, uint32_t j, uint32_t end) const {
    // Asked of every run; most neither end in nor stand before a word of
    // the length of "Minister" or "Secretary": told inline.
    auto title_length = [&](uint32_t k) { return (words_[k].text.size() | 1) == 9; };
    return (title_length(j - 1) || (j < end && title_length(j))) && PortfolioOfTitleAt(i, j, end);
  }
  bool PortfolioOfTitleAt(uint32_t i, uint32_t j, uint32_t end) const;
  bool ModelEvidence(uint32_t i, uint32_t j, uint32_t end) const {
    // Most runs have neither a word of the length of "model" or "models"
    // after them nor a number before them: told inline.
    return ((j < end && words_[j].text.size() - 5 < 2) || (i >= 2 && words_[i - 1].number())) &&
           ModelEvidenceAt(i, j, end);
  }
  bool ModelEvidenceAt(uint32_t i, uint32_t j, uint32_t end) const;
  bool WordBeforeOfIsNoName(uint32_t i) const;
  bool PersonBeforeOf(uint32_t i, uint32_t j, uint32_t end) const;
  uint32_t MediaOfPlace(uint32_t i, uint32_t end) const;
  bool Designation(uint32_t i, uint32_t j) const;
  bool IsAbbreviatedLegalForm(const Word& w) const {
    // No legal form, with or without a period, in any case: most words.
    return (!w.is_word() || (w.flags & kLegalForm)) && IsAbbreviatedLegalFormAt(w);
  }
  bool IsAbbreviatedLegalFormAt(const Word& w) const;
  // "Inc", "Corp.", "AG", "Group": a legal form of the lexicon, with or
  // without its period.
  bool IsLegalForm(const Word& w) const {
    return (w.flags & kLegalForm) != 0 &&
           (lex_->legal_forms.count(w.text) ||
            lex_->legal_forms.count(misc_key_.assign(w.text).append(".")));
  }
  bool RunConfirmed(uint32_t a, uint32_t b) const;
  // lex_->name_heads.find(w.text), not looked up for a word its flags say is
  // no head (kNameHead); punctuation is looked up.
  const StringMap<EntityType>::value_type* NameHead(const Word& w) const {
    return w.is_word() && !(w.flags & kNameHead) ? nullptr : lex_->name_heads.find(w.text);
  }
  // The same of the two words k and k + 1 (Text(k, k + 2)): when they stand
  // one blank apart, the second is "center" of a head "Convention Center"
  // only when its flags say it ends one.
  const StringMap<EntityType>::value_type* TwoWordNameHead(uint32_t k) const {
    const Word& second = words_[k + 1];
    const uint32_t gap = words_[k].span.end;
    if (second.is_word() && !(second.flags & kNameHead) && second.span.begin == gap + 1 &&
        text_[gap] == ' ') {
      return nullptr;
    }
    return lex_->name_heads.find(Text(k, k + 2));
  }
  // Whether `word` is written capitalised mid-sentence somewhere in the
  // document. The few such words of most documents are compared one by one
  // (cheaper than hashing them all for the few questions asked); a document
  // with many hashes them into a set once, when first asked.
  bool Confirmed(std::string_view word) const {
    constexpr size_t kCompared = 64;
    if (confirmed_words_.size() <= kCompared) {
      // The first bytes first: most words of the same length differ there,
      // which spares the memcmp call.
      for (const std::string_view c : confirmed_words_) {
        if (c.size() == word.size() && (word.empty() || c[0] == word[0]) &&
            std::memcmp(c.data(), word.data(), word.size()) == 0) {
          return true;
        }
      }
      return false;
    }
    if (!confirmed_set_made_) {
      for (const std::string_view c : confirmed_words_) {
        confirmed_.insert(c);
      }
      confirmed_set_made_ = true;
    }
    return confirmed_.count(word) > 0;
  }
  // Words of a name that count for its length: not punctuation, initials, "Jr".
  uint32_t NameWords(uint32_t a, uint32_t b) const {
    uint32_t n = 0;
    for (uint32_t k = a; k < b; ++k) {
      const Word& w = words_[k];
      n += w.is_word() && w.text.size() > 1 && !w.initial() && w.text != "Jr" && w.text != "Sr";
    }
    return n;
  }
  void MarkAbbreviationBefore(size_t number);
  void MakeWords();
  // MakeWords' pass: with kNotesFromRecords, a word of lowercase letters
  // or a capital and lowercase letters takes its note from its record,
  // else every word's note is made (notes_made_always).
  template <bool kNotesFromRecords>
  void FillWords();
  // What NoteOf tells of a word: its bits and the lists that take it.
  struct Note {
    enum List : uint8_t { kNoList, kNameStarts, kNoNameStarts };
    uint16_t bits;
    List list;       // name_starts_ or no_name_starts_
    bool list_word;  // ListWord takes it
  };
  Note NoteOf(const Word& w, uint16_t bits, uint16_t flags) const {
    return NoteOf(*lex_, w.text, bits, flags);
  }
  // The same of a word's text, with the lexicon of its flags: for the notes
  // kept in the word table (EntityTagger::AddWords).
  static Note NoteOf(const EntityLexicon& lex, std::string_view text, uint16_t bits,
                     uint16_t flags);
  void TakeNote(Word& w, uint32_t k, const Note& note, uint16_t flags);
  // Word k (`w`), with the bits MakeWords found and its flags: NoteOf, then
  // TakeNote.
  void NoteWord(Word& w, uint32_t k, uint16_t bits, uint16_t flags) {
    TakeNote(w, k, NoteOf(w, bits, flags), flags);
  }
  // The notes of capitalised words of 1 to 8 ASCII letters ("Seoul",
  // "The", "NATO"), which repeat from document to document: MakeWords finds
  // a repeat's bits, flags and lists here instead of making them again. One
  // entry per hash of the word's 8 bytes (key: those bytes, the rest
  // masked off, 0 in an empty entry); a word whose entry another holds is
  // made as if new and takes the entry over, so no input makes a lookup
  // cost more than one probe. Per thread (DocTagger is), emptied when the
  // lexicon changes (its flags are in the notes), told by its serial, not
  // its address (a new lexicon may take a destroyed one's).
  struct CapMemo {
    uint64_t key = 0;
    Note note{};
    uint16_t flags = 0;
  };
  static constexpr int kCapMemoBits = 10;
  std::array<CapMemo, size_t{1} << kCapMemoBits> cap_memo_{};
  // The same of MakeOtherWord's words of 1 to 16 bytes ("Washington",
  // "Lindby's"), keyed by their bytes and length, with the length of the
  // possessive each ends in.
  struct OtherMemo {
    uint64_t head = 0, tail = 0;  // bytes 0-7 and 8-15, those past the word 0
    uint8_t size = 0;             // 0 in an empty entry
    uint8_t strip = 0;
    uint16_t flags = 0;
    Note note{};
  };
  static constexpr int kOtherMemoBits = 9;
  std::array<OtherMemo, size_t{1} << kOtherMemoBits> other_memo_{};
  [[gnu::noinline]] void NoteOtherWord(Word& w, uint32_t k, const WordRecord& record);
  uint64_t cap_memo_lexicon_ = 0;  // the serial of the lexicon the notes are of
  // Adds word k to the lists other than name_starts_ it belongs to
  // (head_words_, nominal_words_, hyphen_words_): out of line, for the few
  // words that belong to one.
  [[gnu::noinline]] void ListWord(uint32_t k, uint16_t bits, uint16_t flags);
  void ModelsOfCompanies();
  void Authors();
  void NamePass(uint32_t sentence);
  void AddGazetteer(const GazEntry& e, uint32_t i, uint32_t j, uint32_t sentence_first,
                    uint32_t end);
  // `label` (when given; lasting as CandMention asks) instead of the name's
  // own key.
  void AddName(EntityType type, uint32_t i, uint32_t j, std::string_view title,
               std::optional<std::string_view> label = std::nullopt);
  uint32_t SplitCompound(uint32_t i, uint32_t end);
  void AddSpan(const GazEntry& e, Span span, uint32_t first_word, uint32_t end_word);
  void ClassifySingles();
  // Whether a word in [a, b) holds a '-'. NamePass asks with `a` growing, so
  // a cursor walks on through hyphen_words_ (FirstStartFrom, words.h).
  bool HyphenIn(uint32_t a, uint32_t b) {
    next_hyphen_ = FirstStartFrom(hyphen_words_, next_hyphen_, a);
    return next_hyphen_ < hyphen_words_.size() && hyphen_words_[next_hyphen_] < b;
  }
  void AdoptTypes();
  // A name typed a person by default only that the document treats as a
  // company becomes an organisation, with its other default-typed mentions
  // (CompanyEvidence says what counts).
  void CompaniesByEvidence();
  bool CompanyEvidence(const Cand& c) const;
  void LegalStems() const;
  void MilitaryAndWeapons();
  void Anaphora();
  // "Vice Chairman of Norvane Optics Corp Tom Baker": a person named right
  // after "of" and a company's name that ends in its legal form acts for it.
  void PersonsAfterCompanies();
  // The candidates' indices into `order`, sorted by `key` of their spans
  // (a number whose order is the spans' wanted order). Sorted as (key,
  // index) pairs: std::sort makes the same comparisons and moves whatever
  // it sorts, so the order is the one sorting the indices by comparing the
  // candidates' spans gives (ties too), but each comparison is of two
  // numbers at hand instead of two spans loaded through the index.
  template <typename Key>
  void SortBySpan(std::vector<uint32_t>& order, Key key) {
    const uint32_t n = static_cast<uint32_t>(cands_.size());
    std::vector<std::pair<uint64_t, uint32_t>>& keyed = sort_keys_;
    keyed.resize(n);
    for (uint32_t k = 0; k < n; ++k) {
      keyed[k] = {key(cands_[k].m.span), k};
    }
    std::sort(keyed.begin(), keyed.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    order.resize(n);
    for (uint32_t k = 0; k < n; ++k) {
      order[k] = keyed[k].second;
    }
  }
  // where_[order[k]] = k: each candidate's place once sorted by `order`.
  const std::vector<int32_t>& PlacesOf(const std::vector<uint32_t>& order) {
    where_.resize(order.size());
    for (uint32_t k = 0; k < order.size(); ++k) {
      where_[order[k]] = static_cast<int32_t>(k);
    }
    return where_;
  }
  // The most recent candidate ending at or before word `before` and starting
  // at or after word `min_word` for which ok(candidate) holds (the latest
  // start; of the candidates with that start, the first); -1 for none.
  // `indexed` holds cands_[0, fixed) by first word; those after come in the
  // order of their first words (Anaphora adds them word by word). So only
  // the candidates within the window are looked at, not every candidate of
  // the document for every pronoun.
  template <typename Ok>
  int32_t FindAntecedent(const CandsAt& indexed, size_t fixed, uint32_t before, uint32_t min_word,
                         Ok ok) const {
    auto fits = [&](const Cand& c) { return c.end_word <= before && ok(c); };
    int32_t best = -1;
    // The added ones, from the last: a fit, then any fit before it with the
    // same first word (an earlier index).
    for (size_t k = cands_.size(); k > fixed;) {
      const Cand& c = cands_[--k];
      if (c.first_word < min_word || (best >= 0 && c.first_word < cands_[best].first_word)) {
        break;
      }
      if (fits(c)) {
        best = static_cast<int32_t>(k);
      }
    }
    // An indexed one wins with a later first word or the same (its index
    // comes first).
    const int32_t old =
        indexed.LatestBefore(before, min_word, [&](uint32_t k) { return fits(cands_[k]); });
    if (old >= 0 && (best < 0 || cands_[old].first_word >= cands_[best].first_word)) {
      return old;
    }
    return best;
  }
  // Whether c is a person introduced as described by the noun `head`
  // (lowercase, plural "s" dropped: "official"): "an official from the JCS".
  bool DescribedAs(const Cand& c, std::string_view head) const;
  // "The Harbour Ledger, a regional news site, reported", "the Lindby news
  // agency said": a name typed as a person (or an organisation, for a
  // medium) that an appositive "a/an ... NOUN" or a medium's head noun right
  // after it describes as an organisation or a news medium (a typed nominal
  // head of the lexicon: "news site", "company") takes that type, with the
  // name's other mentions. Names from the knowledge base keep theirs.
  void TypeByApposition();
  // For a long document's TypeByApposition: the candidates `keep` holds
  // chained by label, in index order (same_label_first_ to the first,
  // same_label_next_ on to the next, -1 at the end): "Ferry Watch" at 3
  // and 9 gives first["Ferry Watch"] = 3, next[3] = 9, next[9] = -1.
  template <typename Keep>
  void LabelChains(Keep keep);

  DocTagger() = default;
  // Points the tagger at one document and empties what the last one left.
  void Start(const EntityLexicon& lex, const model::Document& doc, const model::TextLayer& layer,
             const Words& words);
  std::vector<Mention> Tag();

  const EntityLexicon* lex_ = nullptr;
  std::string_view text_;
  std::string_view author_;      // the document's author metadata, "" when none
  std::string_view lower_text_;  // text_ with ASCII letters lowercased (same offsets)
  const WordRecord* const* records_ = nullptr;  // each token's (Words::records)
  const model::TextLayer* layer_ = nullptr;
  // Every token's Word: the first words_.size() of words_store_, which
  // only grows, so a document's Words are written without a pass that
  // constructs them first.
  std::span<Word> words_;
  std::vector<Word> words_store_;
  // The Words' map of text_ (Words::lowercase_map), for MakeWords.
  const LowercaseMap* lowercase_ = nullptr;
  std::vector<uint32_t> sentence_of_;  // word -> sentence index
  std::vector<uint8_t> covered_;       // word is inside a name mention
  // The few words the later passes start from, in text order: military and
  // weapon heads; nominals, pronouns and "North"/"South".
  std::vector<uint32_t> head_words_, nominal_words_;
  // The words NamePass stops at, in text order: capitalised, camel-case or
  // all-capitals words and the first words of titles. No name, title or
  // acronym starts at any other word ("the", "said").
  std::vector<uint32_t> name_starts_;
  size_t next_start_ = 0;  // NamePass' position in name_starts_
  // The capitalised words no name starts at ("The", "However"; NoteWord
  // tells which), in text order: for the confirmed words, not NamePass.
  std::vector<uint32_t> no_name_starts_;
  std::vector<uint32_t> hyphen_words_;  // the words holding a '-', in text order
  size_t next_hyphen_ = 0;              // HyphenIn's position in hyphen_words_
  // Sorting scratch: candidate indices in span order, and each one's place.
  std::vector<uint32_t> order_;
  std::vector<int32_t> where_;
  std::vector<std::pair<uint64_t, uint32_t>> sort_keys_;  // SortBySpan's
  // Candidates by their first and by their end word, for the passes that
  // look names up by position (scratch: built by each pass that uses them),
  // and by first word for Anaphora's antecedents.
  CandsAt by_first_, by_end_, antecedents_;
  // The capitalised words written mid-sentence (confirmed names), in text
  // order; with repeats.
  std::vector<std::string_view> confirmed_words_;
  // Their texts as a set, made when first asked in a document with many
  // (Confirmed).
  mutable base::ViewSet confirmed_;
  mutable bool confirmed_set_made_ = false;
  std::vector<uint8_t> headline_;  // sentence -> a title-case line
  std::vector<Cand> cands_;
  std::vector<Single> singles_;
  std::vector<std::string> event_acronyms_;  // rare: a vector, nothing allocated per document
  // Per-document sets of ClassifySingles and AdoptTypes, cleared before use.
  base::ViewSet person_parts_, product_parts_;
  base::ViewMap<uint32_t> org_firsts_;  // views into the text: first value given
  base::ViewSet org_firsts_shared_;
  // CompaniesByEvidence's: organisations' labels less their legal forms, and
  // the default-typed person names shown to be companies' (views of labels).
  mutable base::ViewSet legal_stems_;
  mutable bool legal_stems_made_ = false;
  // WordBeforeOfIsNoName's, in a long document: the persons' last words,
  // each with the least end word of its persons, and how many candidates
  // they have seen.
  mutable base::ViewMap<uint32_t> surname_end_;
  base::ViewMap<int32_t> same_label_first_;  // LabelChains'
  // SpeakersName's, past a few questions: the RunKey of every run of two
  // or three words that capitalised words and a legal form follow.
  mutable base::ViewSet legal_runs_;
  mutable bool legal_runs_made_ = false;
  mutable size_t legal_runs_scanned_ = 0;  // words the scans have visited
  mutable std::string run_key_;
  mutable base::StringArena run_keys_;  // legal_runs_' keys
  std::vector<int32_t> same_label_next_;
  mutable size_t surnames_seen_ = 0;
  static constexpr size_t kFewCands = 32;
  // WordBeforeOfIsNoName's: the texts of the words without a capital.
  mutable base::ViewSet uncapped_;
  mutable bool uncapped_made_ = false;
  mutable uint32_t uncapped_asked_ = 0;
  base::ViewSet company_labels_;
  base::ViewMap<uint8_t> strong_types_;  // views into the text: first value given
  base::ViewMap<EntityType> initials_;   // views into initials_text_: first value given
  std::string initials_text_;
  // The keys made for candidates' labels (CandMention), per document.
  base::StringArena owned_;
  // Scratch key buffers for the matchers (never live across a nested call).
  mutable std::string gaz_key_, title_key_, misc_key_;
};

bool ClassIsOrganization(EntityType t) {
  return t == EntityType::kOrganization || t == EntityType::kGovernmentOrganization ||
         t == EntityType::kNewsMedia || t == EntityType::kMilitaryUnit;
}

bool DocTagger::IsNameStartAt(uint32_t i) const {
  const Word& w = words_[i];
  if (Attached(i) && words_[i - 1].number()) {
    return false;  // "3G", "30GB"
  }
  if (w.title_word()) {
    return false;  // "President", "Officer": a title, not a name
  }
  if (size_t h = w.hyphen() ? FindHyphen(w.text) : std::string_view::npos;
      h != std::string_view::npos && h + 1 < w.text.size() &&
      IsLower(static_cast<unsigned char>(w.text[h + 1])) &&
      (EndsWith(w.text, "ed") || EndsWith(w.text, "ing"))) {
    return false;  // "Intel-based", "Kremlin-backed"
  }
  return !w.not_name();
}

const GazEntry* DocTagger::MatchGazetteerAt(uint32_t i, uint32_t end, uint32_t& j) const {
  const Word& w = words_[i];
  size_t cut = 0;  // up to the first '-', '&' or '/' (a loop: words are short)
  if (!w.cut()) {
    cut = w.text.size();
  } else {
    while (cut < w.text.size() && w.text[cut] != '-' && w.text[cut] != '&' && w.text[cut] != '/') {
      ++cut;
    }
  }
  std::string_view first = w.text.substr(0, cut);
  while (!first.empty() && first.back() == '.') {
    first.remove_suffix(1);
  }
  std::string& key = gaz_key_;
  // Only a curly apostrophe needs normalising in a word cut before any '-'.
  const std::string_view first_key = w.non_ascii() ? NameKeyView(first, key) : first;
  // A whole word as its own key is looked up only when its lowercase form
  // is flagged as some entry's first word.
  const bool whole_word = first_key.data() == w.text.data() && first_key.size() == w.text.size();
  // A plain word that is a whole key is its own first word, so in
  // gazetteer_first_words: when no longer key can start with it, the
  // gazetteer alone is asked (one lookup, not two).
  const bool alone = whole_word && !(w.flags & kGazetteerLonger);
  if (whole_word && !(w.flags & kGazetteerFirst)) {
    // Not the first word of any entry.
  } else if (alone || lex_->gazetteer_first_words.count(first_key)) {
    const GazEntry* best = nullptr;
    if (alone) {
      // Every entry with this first word is the word itself: "Reuters".
      best = lex_->Find(first_key);
      if (best) {
        j = i + 1;
      }
    } else {
      // Grow the match word by word while it is a prefix of some entry; keep
      // the longest full entry.
      const uint32_t limit = std::min<uint32_t>(end, i + lex_->gazetteer_max_words * 3);
      // Whether Text(i, k) is known to be its own key (IsNameKey) without
      // looking at it again: ASCII words, each after no gap or one blank
      // that touches no hyphen (PlainKey, word by word). Else NameKeyView
      // looks.
      bool plain = true;
      for (uint32_t k = i + 1; k <= limit; ++k) {
        if (k - 1 > i && words_[k - 2].possessive()) {
          break;
        }
        const Word& added = words_[k - 1];
        plain = plain && added.is_word() && !added.non_ascii();
        if (plain && k - 1 > i) {
          const uint32_t gap = words_[k - 2].span.end;
          plain = added.span.begin == gap || (added.span.begin == gap + 1 && text_[gap] == ' ' &&
                                              text_[gap - 1] != '-' && text_[gap + 1] != '-');
        }
        const std::string_view text = Text(i, k);
        const auto* prefix = lex_->gazetteer_prefixes.find(plain ? text : NameKeyView(text, key));
        if (!prefix) {
          break;
        }
        const Word& last = words_[k - 1];
        if (!last.is_word() && last.text != ")" && !(last.text == "." && Attached(k - 1))) {
          continue;
        }
        if (const GazEntry* e = prefix->second) {  // a whole key
          best = e;
          j = k;
        }
      }
    }
    if (best) {
      return best;
    }
  }
  if (!w.all_caps()) {
    // A plain word is its own key: its flags say whether to look it up.
    const std::string_view lower_key =
        w.hyphen() || w.non_ascii() ? NameKeyView(Lower(w), key) : Lower(w);
    auto it = lower_key.data() != Lower(w).data() || (w.flags & kProductLower)
                  ? lex_->products_lower.find(lower_key)
                  : lex_->products_lower.end();
    if (it != lex_->products_lower.end()) {
      j = i + 1;
      return it->second;
    }
  }
  if (w.all_caps() && w.text.size() >= 4) {
    // Upper-case datelines: "SEOUL (Reuters)".
    key.assign(w.text);
    for (size_t k = 1; k < key.size(); ++k) {
      if (key[k] >= 'A' && key[k] <= 'Z') {
        key[k] = static_cast<char>(key[k] - 'A' + 'a');
      }
    }
    if (const GazEntry* e = lex_->Find(key)) {
      j = i + 1;
      return e;
    }
  }
  return nullptr;
}

// Length in words of a person title starting at `i` and followed by a name
// ("Lt. Gen. Kyrylo", "acting president Han"), or 0. Without `name_after`,
// of the title alone ("Vice Chairman" of "Vice Chairman of Lindby Bank").
uint32_t DocTagger::MatchTitleAt(uint32_t i, uint32_t end, bool name_after) const {
  // Prefixes ("deputy", "acting", "chief") may start the title or be part of it.
  uint32_t last_start = i;
  while (last_start < end && words_[last_start].is_word() && !words_[last_start].possessive() &&
         (words_[last_start].flags & kTitlePrefix)) {
    ++last_start;
  }
  for (uint32_t start = i; start <= last_start && start < end; ++start) {
    // The longest title from `start`, grown word by word.
    uint32_t best = 0;
    std::string& key = title_key_;
    std::string_view best_key;  // a key of the lexicon's (it keeps them)
    const uint32_t limit = std::min<uint32_t>(end - 1, start + lex_->title_max_words * 2);
    for (uint32_t k = start + 1; k <= limit; ++k) {
      if (words_[k - 1].possessive()) {
        break;
      }
      // Lower-casing keeps what PlainKey looks at: the text is its own key.
      const std::string_view text = LowerText(start, k);
      const auto* prefix =
          lex_->title_key_prefixes.find(PlainKey(start, k) ? text : NameKeyView(text, key));
      if (!prefix) {
        break;
      }
      if (prefix->second) {  // a whole title
        best = k, best_key = prefix->first;
      }
    }
    if (best == 0) {
      continue;
    }
    // "executive", "head": a role only when written lowercase.
    if (words_[start].cap() && lex_->titles_lowercase_only.count(best_key)) {
      continue;
    }
    if (!name_after) {
      return best - i;
    }
    if (!IsNameStart(best, end) || words_[best].all_caps()) {
      return 0;
    }
    uint32_t g = 0;
    if (const GazEntry* e = MatchGazetteer(best, end, g); e && e->type != EntityType::kPerson) {
      return 0;
    }
    return best - i;
  }
  return 0;
}

// Whether the text marks the capitalised run [i, j) as a product's model
// name: a model number before it after a determiner ("the 944 Turbo", "the
// 911 Targa", "a 300 Sport") or "model" after it ("the Lindby Sport
// model"). Where no such evidence is, an unknown run stays a person's name.
bool DocTagger::ModelEvidenceAt(uint32_t i, uint32_t j, uint32_t end) const {
  // Title-case words only: "a 2 GHz chip", "the 64 GB model" name units.
  auto title_case = [&] {
    for (uint32_t k = i; k < j; ++k) {
      const std::string_view t = words_[k].text;
      if (!words_[k].is_word() || !words_[k].cap() ||
          t.substr(1).find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != std::string_view::npos) {
        return false;
      }
    }
    return true;
  };
  if (j < end && words_[j].is_word() && (words_[j].text == "model" || words_[j].text == "models")) {
    return title_case();
  }
  // A model's name is a word or two: "the 300 Sixth Avenue Building" is an address.
  if (i < 2 || j > i + 2 || !words_[i - 1].number() || words_[i - 1].possessive()) {
    return false;
  }
  const std::string_view d = words_[i - 2].text;
  if (!(d == "the" || d == "The" || d == "a" || d == "A")) {
    return false;
  }
  // Not a year ("the 1986 Tokyo Summit"), a count ("the 20,000 Lindby
  // shares") nor a plural ("the 12 Senators").
  const std::string_view n = words_[i - 1].text;
  const bool year = n.size() == 4 && (n.starts_with("19") || n.starts_with("20"));
  return !year && n.find_first_not_of("0123456789") == std::string_view::npos &&
         !EndsWith(words_[j - 1].text, "s") && title_case();
}

// Whether the capitalised run [i, j) is the portfolio of a minister or
// secretary, part of the title, no organisation's name: "Finance" of
// "Finance Minister Jane Roe", "Oil Minister" of "Lindby's Oil Minister
// said", "Agriculture Secretary". Not an acronym ("USDA Secretary" names
// its department) nor, before "Secretary", a run ending in a name head or
// legal form ("Lindby Bank Secretary": a company's secretary; ministers
// serve governments: "Primary Industries Minister").
bool DocTagger::PortfolioOfTitleAt(uint32_t i, uint32_t j, uint32_t end) const {
  auto portfolio_title = [&](uint32_t k) {
    return words_[k].is_word() && (words_[k].text == "Minister" || words_[k].text == "Secretary");
  };
  uint32_t last = j - 1;  // the run's last word before the title
  uint32_t t = j;         // the title
  if (portfolio_title(j - 1) && j - i >= 2) {
    last = j - 2;
    t = j - 1;
  } else if (!(j < end && portfolio_title(j))) {
    return false;
  }
  for (uint32_t k = i; k <= last; ++k) {
    if (words_[k].all_caps() || words_[k].possessive() || words_[k].digit() || !words_[k].cap()) {
      return false;
    }
  }
  return words_[t].text == "Minister" || (!IsLegalForm(words_[last]) && !NameHead(words_[last]));
}

// "Inc", "LLC", "Co": a legal form written short, which closes a company's
// name (the period, if any, is part of it).
bool DocTagger::IsAbbreviatedLegalFormAt(const Word& w) const {
  const std::string_view t = w.text;
  if (!lex_->legal_forms.count(t) && !lex_->legal_forms.count(misc_key_.assign(t).append("."))) {
    return false;
  }
  return t != "Group" && t != "Holdings" && t != "Holding" && t != "Company" &&
         t != "Corporation" && t != "Limited" && t != "Incorporated";
}

// End (exclusive) of the capitalised run starting at `i`.
uint32_t DocTagger::GatherRun(uint32_t i, uint32_t end) const {
  uint32_t j = i;
  while (j < end) {
    const Word& w = words_[j];
    if (!w.is_word() || !(w.cap() || w.camel() || w.initial()) || w.digit()) {
      break;
    }
    if (j > i && w.cap() && MatchTitle(j, end) > 0 && !TitleOpensCompany(j, end)) {
      break;  // "Apple CEO Steve Jobs"
    }
    ++j;
    // An initial split from its period: "Xavier T. Brunson".
    const bool abbrev = w.text.size() == 1 || w.text == "St" || w.text == "Mt" || w.text == "Ft";
    if (abbrev && w.cap() && j + 1 < end && words_[j].text == "." && IsNameStart(j + 1, end)) {
      ++j;
      continue;
    }
    if ((w.text == "Jr" || w.text == "Sr") && j < end && words_[j].text == "." && Attached(j)) {
      ++j;
      break;
    }
    if (w.possessive()) {
      break;
    }
    // "Acme LLC Jane Doe", "Acme Corp. Jane Doe": an abbreviated legal form
    // ends a company's name ("Acme Corp International" goes on).
    if (j > i + 1 && IsAbbreviatedLegalForm(w) &&
        ((j < end && words_[j].text == "." && Attached(j)) || w.text == "LLC" || w.text == "Inc" ||
         w.text == "Ltd" || w.text == "plc" || w.text == "PLC" || w.text == "GmbH" ||
         SpeakerAfterLegalForm(j, end)) &&
        !(j < end && lex_->legal_forms.count(words_[j].text))) {
      break;
    }
    // "Chiefs of Staff", "Ministry of National Defense": cross a connector
    // when the part after it ends in a name head.
    uint32_t k = j;
    while (k < end && words_[k].is_word() && IsConnector(words_[k].text)) {
      ++k;
    }
    // "Merck and Co Inc", "Dillon, Read and Co": "and Co" goes on with the
    // firm's name (as "&" does), where "and" otherwise ends it.
    if (k == j && k + 1 < end && words_[k].text == "and" &&
        (words_[k + 1].text == "Co" || words_[k + 1].text == "Company")) {
      ++k;
    }
    if (k == j + 1 && j == i + 1) {
      if (const uint32_t m = MediaOfPlace(i, end)) {
        return m;  // "The Times of Lindby"
      }
    }
    if (k > j && words_[j].text == "of" &&
        ((k == j + 1 && (PersonBeforeOf(i, j, end) || TitleBeforeOf(i, j, end))) ||
         (j == i + 1 && WordBeforeOfIsNoName(i)))) {
      // "Jane Roe of Norvane Analytics Inc", "Roe of Norvane Analytics Inc",
      // "Critics of the Harlow Museum"
      break;
    }
    if (k > j && k < end && IsNameStart(k, end)) {
      uint32_t e = k;
      while (e < end && words_[e].is_word() && words_[e].cap() && !words_[e].digit()) {
        ++e;
        if (words_[e - 1].possessive()) {
          break;
        }
      }
      // "Cerberus Capital Management for US": a known place after the
      // connector is not part of the name.
      uint32_t g = 0;
      const GazEntry* after = MatchGazetteer(k, end, g);
      const bool place_after =
          after && g == e &&
          (after->type == EntityType::kCountry || after->type == EntityType::kPlace);
      if ((NameHead(words_[e - 1]) || NameHead(words_[j - 1])) && !place_after) {
        j = k;
      }
    }
  }
  return j;
}

// Whether words from `j`, after a legal form that may go on ("Corp", "Co":
// "Norvane Corp International"), are a person's name instead: two or three
// title-case words, none a legal form, name head, title or known non-person
// name, then a speech verb or a comma ("Vice Chairman of Norvane Optics Corp
// Tom Baker said", "Lindby Co Jane Roe, who ...").
bool DocTagger::SpeakerAfterLegalForm(uint32_t j, uint32_t end) const {
  uint32_t k = j;
  while (k < end && k < j + 4 && words_[k].is_word() && words_[k].cap() &&
         !words_[k].possessive()) {
    const Word& w = words_[k];
    if (w.all_caps() || w.camel() || w.digit() || w.hyphen() || (w.flags & kLegalForm) ||
        NameHead(w) || (w.flags & (kTitleStart | kTitlePrefix | kPersonNominal))) {
      return false;
    }
    ++k;
  }
  if (k - j < 2 || k - j > 3 ||
      !(SpeechVerbAfter(k - 1, end) || (k < end && words_[k].text == ","))) {
    return false;
  }
  uint32_t g = 0;
  const GazEntry* e = MatchGazetteer(j, k, g);
  return !(e && e->type != EntityType::kPerson);
}

// Whether the capitalised one-word title at `t` opens a company's name: the
// capitalised words after it end in a legal form ("General Norvane Corp",
// "Lindby General Corp"), so it is no person's title.
bool DocTagger::TitleOpensCompany(uint32_t t, uint32_t end) const {
  if (!words_[t].cap() || MatchTitle(t, end) != 1) {
    return false;
  }
  uint32_t k = t + 1;
  while (k < end && words_[k].is_word() && words_[k].cap() && !words_[k].digit() &&
         !words_[k].possessive()) {
    ++k;
  }
  return k > t + 1 && IsLegalForm(words_[k - 1]);
}

// Whether words [i, j), followed by "of", read as a person's name rather
// than the start of a company's: "Jane Roe of Norvane Analytics Inc",
// "analyst Jane Roe of ...", but "Norvane Optics of Lindby Inc" (a place
// after "of"), "Bank of Lindby" (a name head), "the Norvane Fund of ..."
// (a determiner), "Joint Chiefs of Staff" (a title word, one word after
// "of"). Two or three capitalised words, none a name head, legal form, title
// word after the first or known non-person name, before a firm's name of two
// words or more.
bool DocTagger::PersonBeforeOf(uint32_t i, uint32_t j, uint32_t end) const {
  const uint32_t n = NameWords(i, j);
  if (n < 2 || n > 3 ||
      (i > 0 && (IsThe(words_[i - 1].text) || IsDeterminer(words_[i - 1].text)))) {
    return false;
  }
  for (uint32_t k = i; k < j; ++k) {
    const Word& w = words_[k];
    if (!w.is_word()) {
      if (w.text != ".") {
        return false;
      }
      continue;
    }
    if (!w.cap() || w.camel() || w.digit() || w.hyphen() ||
        (w.all_caps() && !w.initial() && w.text.size() > 1) || (w.flags & kLegalForm) ||
        NameHead(w) || (k > i && (w.flags & (kTitleStart | kTitlePrefix | kPersonNominal)))) {
      return false;  // "Joint Chiefs of Staff"
    }
    uint32_t g = 0;
    if (const GazEntry* e = MatchGazetteer(k, j, g); e && e->type != EntityType::kPerson) {
      return false;
    }
  }
  // The firm's name after "of" has two words or more: "Chemical Bank".
  if (j + 2 >= end || !words_[j + 2].is_word() || !words_[j + 2].cap()) {
    return false;
  }
  uint32_t g = 0;
  const GazEntry* after = MatchGazetteer(j + 1, end, g);
  return !(after && (after->type == EntityType::kCountry || after->type == EntityType::kPlace));
}

// Whether words [i, j), followed by "of", are a person's title and no part
// of an organisation's name: "Vice Chairman of Norvane Optics Corp" (the
// title of a person named before or after it), also where the run starts
// after the title's first word ("Chief" of "Chief Executive Officer of ...",
// which starts no name). A title that goes on past "of" ("Secretary of
// State") is read whole elsewhere.
bool DocTagger::TitleBeforeOf(uint32_t i, uint32_t j, uint32_t end) const {
  if ((words_[i].flags & (kTitleStart | kTitlePrefix)) && MatchTitleAt(i, end, false) == j - i) {
    return true;
  }
  return i > 0 && words_[i - 1].is_word() && words_[i - 1].cap() && MayStartTitle(i - 1) &&
         MatchTitleAt(i - 1, end, false) == j - i + 1;
}

// Whether the run [i, j), ending in a word of an adjective's form, is
// nonetheless a person's name: two or three title-case words, the last not
// a plural, before a speech verb ("Jane Petrosian said", "Dragan Petrovic
// told"; an adjective such as "Social Democratic" does not stand there),
// that open no company's name in the document ("Norvane Pacific said" after
// "Norvane Pacific Corp").
bool DocTagger::SpeakersName(uint32_t i, uint32_t j, uint32_t end) const {
  const uint32_t n = j - i;
  if (n < 2 || n > 3 || EndsWith(words_[j - 1].text, "s") || !SpeechVerbAfter(j - 1, end)) {
    return false;
  }
  for (uint32_t k = i; k < j; ++k) {
    const Word& w = words_[k];
    if (!w.is_word() || !w.cap() || w.all_caps() || w.possessive() ||
        (k + 1 < j && AdjectivalEnding(w.text))) {
      return false;
    }
  }
  // The same words followed by more capitalised words and a legal form:
  // looked for in every word while the document's scans have visited fewer
  // than kRunScanBudget words (a news article asks a few times, if at all),
  // then in the set of such runs, made once (a long document asks often).
  const uint32_t words = static_cast<uint32_t>(words_.size());
  constexpr size_t kRunScanBudget = size_t{1} << 14;
  legal_runs_scanned_ += words;
  if (!legal_runs_made_ && legal_runs_scanned_ <= ScanLimit(kRunScanBudget)) {
    for (uint32_t p = 0; p + n < words; ++p) {
      uint32_t k = 0;
      while (k < n && words_[p + k].text == words_[i + k].text) {
        ++k;
      }
      if (k < n) {
        continue;
      }
      for (uint32_t e = p + n; e < words && e < p + n + 4 && words_[e].is_word() && words_[e].cap();
           ++e) {
        if (IsLegalForm(words_[e])) {
          return false;
        }
      }
    }
    return true;
  }
  if (!legal_runs_made_) {
    LegalFormRuns();
    legal_runs_made_ = true;
  }
  return !legal_runs_.count(RunKey(i, j));
}

// Each word's text after its length (4 bytes), so that no two runs share a
// key: "Norvane Electric" -> [7] "Norvane" [8] "Electric".
std::string_view DocTagger::RunKey(uint32_t a, uint32_t b) const {
  run_key_.clear();
  for (uint32_t k = a; k < b; ++k) {
    const std::string_view t = words_[k].text;
    const auto size = static_cast<uint32_t>(t.size());
    run_key_.append(reinterpret_cast<const char*>(&size), sizeof size).append(t);
  }
  return run_key_;
}

// The runs of two and three words SpeakersName's scan would find followed
// by a legal form: for a legal form at e after capitalised words from q on
// (e - q at most 3), the two and three words before q. "Norvane Electric
// Power Corp": q at "Corp" gives "Electric Power" and "Norvane Electric
// Power", q at "Power" gives "Norvane Electric" and the word before it with
// those two, and so on while the words before are capitalised.
void DocTagger::LegalFormRuns() const {
  legal_runs_.clear();
  run_keys_.Clear();
  const uint32_t words = static_cast<uint32_t>(words_.size());
  auto cap_word = [&](uint32_t k) { return words_[k].is_word() && words_[k].cap(); };
  for (uint32_t e = 0; e < words; ++e) {
    if (!cap_word(e) || !IsLegalForm(words_[e])) {
      continue;
    }
    for (uint32_t q = e; q + 3 >= e && cap_word(q); --q) {
      for (uint32_t n = 2; n <= 3 && n <= q; ++n) {
        if (const std::string_view key = RunKey(q - n, q); !legal_runs_.count(key)) {
          legal_runs_.insert(run_keys_.Keep(key));
        }
      }
      if (q == 0) {
        break;
      }
    }
  }
}

// Whether the one capitalised word at `i`, before "of", starts no
// organisation's name, on the document's evidence: the surname of a person
// named before ("Jane Roe ... said Roe of Norvane Analytics Inc") or a common
// word opening the sentence that the document writes in lower case
// elsewhere ("Shares of Norvane Corp rose ... its shares"), or a noun of
// persons by their relation opening the sentence ("Critics of the Harlow
// Museum said", "Residents of Lindby Park"; not "Friends of", which names
// clubs and charities). Without such evidence "Monfort of Lindby Inc" stays
// one company's name.
bool DocTagger::WordBeforeOfIsNoName(uint32_t i) const {
  const Word& w = words_[i];
  if (!w.cap() || w.all_caps() || w.possessive() || NameHead(w)) {
    return false;  // "Bank of Lindby"
  }
  // A person named before with this word last ("Jane Harlow ... Harlow of").
  auto surname = [&](const Cand& c) {
    return c.m.type == EntityType::kPerson && c.m.kind == MentionKind::kName &&
           c.end_word >= c.first_word + 2;
  };
  if (cands_.size() <= ScanLimit(kFewCands)) {
    for (const Cand& c : cands_) {
      if (surname(c) && c.end_word <= i && words_[c.end_word - 1].text == w.text) {
        return true;
      }
    }
  } else {
    // Many names (a long document): each such person's last word with the
    // least end word of its persons, taken in as NamePass adds them (it only
    // adds candidates, and fixes their words and types as it does: this is
    // asked from NamePass alone).
    for (; surnames_seen_ < cands_.size(); ++surnames_seen_) {
      const Cand& c = cands_[surnames_seen_];
      if (!surname(c)) {
        continue;
      }
      const std::string_view last = words_[c.end_word - 1].text;
      if (!surname_end_.insert(last, c.end_word)) {
        uint32_t& end = *surname_end_.find(last);
        end = std::min(end, c.end_word);
      }
    }
    if (const uint32_t* end = surname_end_.find(w.text); end != nullptr && *end <= i) {
      return true;
    }
  }
  if (i != layer_->sentences[sentence_of_[i]].first_token) {
    return false;
  }
  const std::string_view lower = Lower(w);
  if (lex_->relation_nouns.contains(lower) && !lower.starts_with("friend")) {
    return true;
  }
  // The document's words written without a capital: looked through the
  // first few times a document asks (most find one soon), then as a set,
  // made once (a long document asks often: not a scan of every word each time).
  if (!uncapped_made_ && ++uncapped_asked_ <= 4) {
    for (uint32_t k = 0; k < words_.size(); ++k) {
      if (words_[k].is_word() && !words_[k].cap() && words_[k].text == lower) {
        return true;
      }
    }
    return false;
  }
  if (!uncapped_made_) {
    for (const Word& word : words_) {
      if (word.is_word() && !word.cap()) {
        uncapped_.insert(word.text);
      }
    }
    uncapped_made_ = true;
  }
  return uncapped_.count(lower) > 0;
}

// End of a newspaper's name "the <media head> of <place>": "The Times of
// Lindby", "the Herald of South Lindby County" (a known place); else 0. A
// place unknown to the gazetteer is one capitalised word: "the Herald of
// Free Enterprise" is no newspaper's name.
uint32_t DocTagger::MediaOfPlace(uint32_t i, uint32_t end) const {
  if (i == 0 || i + 2 >= end || !IsThe(words_[i - 1].text) || words_[i + 1].text != "of") {
    return 0;
  }
  const auto h = NameHead(words_[i]);
  if (h == lex_->name_heads.end() || h->second != EntityType::kNewsMedia ||
      !IsNameStart(i + 2, end)) {
    return 0;
  }
  uint32_t g = 0;
  if (const GazEntry* p = MatchGazetteer(i + 2, end, g);
      p && (p->type == EntityType::kCountry || p->type == EntityType::kPlace) &&
      p->role == NameRole::kName) {
    return g;
  }
  const uint32_t e = i + 3;
  const bool one_word = !words_[i + 2].all_caps() && (e >= end || !words_[e].is_word() ||
                                                      !(words_[e].cap() || words_[e].camel()));
  return one_word ? e : 0;
}

// Whether words [i, j) are a designation head and a letter naming one of a
// series: "Class A shares", "Series B preferred", "System X": no person's
// name ("Jane R" of a message cut short is), and not the same as "Class B". A letter with a period
// is an initial
// ("Jane R. Roe" cut at a line break); Roman numerals may end a company's
// name ("Mark IV Industries").
bool DocTagger::Designation(uint32_t i, uint32_t j) const {
  if (j != i + 2 || !lex_->designation_heads.count(words_[i].text)) {
    return false;
  }
  const Word& w = words_[i + 1];
  if (!w.is_word() || w.possessive() || (w.name_end < text_.size() && text_[w.name_end] == '.')) {
    return false;
  }
  return w.text.size() == 1 && w.text[0] >= 'A' && w.text[0] <= 'Z';
}

bool DocTagger::RunConfirmed(uint32_t a, uint32_t b) const {
  for (uint32_t k = a; k < b; ++k) {
    if (words_[k].cap() && !Confirmed(words_[k].text)) {
      return false;
    }
  }
  return true;
}

void DocTagger::AddName(EntityType type, uint32_t i, uint32_t j, std::string_view title,
                        std::optional<std::string_view> label) {
  Cand& c = cands_.emplace_back();
  c.m.span = {words_[i].span.begin, words_[j - 1].name_end};
  c.m.type = type;
  c.m.kind = MentionKind::kName;
  if (label) {
    c.m.label = *label;
  } else if (PlainKey(i, j)) {
    c.m.label = Text(i, j);
  } else {
    NameKeyInto(Text(i, j), misc_key_);
    c.m.label = owned_.Keep(misc_key_);
  }
  c.m.title = title;
  c.first_word = i;
  c.end_word = j;
  for (uint32_t k = i; k < j; ++k) {
    covered_[k] = 1;
  }
  WithDeterminer(c);
}

// A determiner right before a name that ends its noun phrase is part of the
// mention: "the United States said", but "the U.S. military", "the Canadian".
void DocTagger::WithDeterminer(Cand& c) {
  const uint32_t i = c.first_word, j = c.end_word;
  if (c.m.type == EntityType::kPerson || i == 0 || EndsWith(words_[j - 1].text, "an")) {
    return;
  }
  if (c.m.type == EntityType::kProduct && WithProductDeterminer(c)) {
    return;
  }
  if (!words_[i - 1].is_word() || !IsThe(words_[i - 1].text) ||
      sentence_of_[i - 1] != sentence_of_[i]) {
    return;
  }
  if (words_[j - 1].possessive()) {
    return;
  }
  // A one-word place takes no article ("the Denver and Boston plants": the
  // article is the plants'). Known places get their IRI later, so this holds
  // for them too; "the Netherlands" is a country.
  if (c.m.type == EntityType::kPlace && c.m.kb_entry == 0 && j - i == 1) {
    return;
  }
  // A product keeps its determiner even as a modifier: "the iPhone 4 antenna".
  if (c.m.type != EntityType::kProduct && j < words_.size() && !EndsNounPhrase(words_[j])) {
    return;
  }
  c.m.span.begin = words_[i - 1].span.begin;
}

// A product's noun phrase holds its determiner and the words that describe the
// release (cg:productReleaseWord) before the name: "its new Lindby 5", "the
// much-anticipated Lindby Pad", "an Orvane Pad". Returns whether the mention
// now starts there.
bool DocTagger::WithProductDeterminer(Cand& c) {
  static const StringSet kDeterminers = [] {
    StringSet t;
    for (std::string_view w : {"the", "a", "an", "its", "their", "his", "her", "our", "your"}) {
      t.insert(w);
    }
    return t;
  }();
  const uint32_t first = c.first_word;
  uint32_t k = first;
  // At most three describing words: "the brand new Lindby Pad".
  while (k > 0 && first - k < 3 && words_[k - 1].is_word() && words_[k - 1].no_capital() &&
         sentence_of_[k - 1] == sentence_of_[first] &&
         lex_->product_release_words.count(Lower(words_[k - 1])) > 0) {
    --k;
  }
  if (k == 0 || !words_[k - 1].is_word() || sentence_of_[k - 1] != sentence_of_[first] ||
      kDeterminers.count(Lower(words_[k - 1])) == 0) {
    return false;
  }
  // "the" alone is WithDeterminer's; a capitalised "Its" or "An" begins a sentence too.
  if (k == first && IsThe(words_[k - 1].text)) {
    return false;
  }
  // Before a head noun the determiner and the describing words are the
  // head's: "the new Lindby Pad line", "their Lindby Pad library", "an
  // Orvane - compatible phone". A following article, also after a dash, ends
  // the phrase: "gave owners of its new Lindby 5 a free case", "the new Lindby
  // Pad - a tablet".
  const uint32_t j = c.end_word;
  auto article = [&](uint32_t w) {
    return w < words_.size() && words_[w].is_word() &&
           (IsThe(words_[w].text) || IsDeterminer(words_[w].text));
  };
  if (j < words_.size() && !EndsNounPhrase(words_[j]) && !article(j) &&
      !(words_[j].text == "-" && article(j + 1))) {
    return false;
  }
  c.m.span.begin = words_[k - 1].span.begin;
  return true;
}

void DocTagger::AddGazetteer(const GazEntry& e, uint32_t i, uint32_t j, uint32_t sentence_first,
                             uint32_t end) {
  EntityType type = e.type;
  bool link = true;
  std::string_view label = e.label;  // or a key of its own, when the name is not the entry's
  if (e.role == NameRole::kCapital) {
    // "Taipei, Taiwan", "central London", "a London court": the city itself.
    uint32_t g = 0;
    const GazEntry* after =
        j + 1 < end && words_[j].text == "," ? MatchGazetteer(j + 1, end, g) : nullptr;
    bool city = (after && after->kb_entry == e.country) ||
                (i > sentence_first && words_[i - 1].is_word() &&
                 (words_[i - 1].text == "central" || words_[i - 1].text == "downtown" ||
                  IsDeterminer(words_[i - 1].text)));
    if (city) {
      type = EntityType::kPlace;
      link = false;
      label = e.surface;
    }
  }
  // A contrasting country before an agency: "Ukraine's Defense Intelligence
  // Agency" is not the American one.
  if (link && e.country != 0 && e.type != EntityType::kCountry && !cands_.empty()) {
    const Cand& prev = cands_.back();
    if (prev.end_word == i && words_[i - 1].possessive() && prev.m.kb_entry != 0 &&
        prev.m.type == EntityType::kCountry && prev.m.kb_entry != e.country) {
      link = false;
      NameKeyInto(Text(i, j), misc_key_);
      label = owned_.Keep(misc_key_);
    }
  }
  // "Apple Inc." keeps the entry; "Apple Corps" is another organisation.
  if (ClassIsOrganization(type) && e.role == NameRole::kName) {
    bool legal_only = true;
    uint32_t k = ExtendOrganization(j, end, legal_only, type == EntityType::kOrganization);
    // "Acme Canada", "Acme Europe": a company's national or regional arm,
    // when the place ends the capitalised run.
    if (uint32_t g = 0; type == EntityType::kOrganization && k < end && words_[k].cap() &&
                        !words_[k - 1].possessive() &&
                        words_[k].span.begin > words_[k - 1].span.end) {
      const GazEntry* p = MatchGazetteer(k, end, g);
      if (p && p->role == NameRole::kName &&
          (p->type == EntityType::kCountry || p->type == EntityType::kPlace) &&
          !words_[g - 1].possessive() && (g >= end || !words_[g].is_word() || !words_[g].cap())) {
        k = g;
        legal_only = false;
      }
    }
    if (k > j) {
      if (!legal_only) {
        link = false;
        NameKeyInto(Text(i, k), misc_key_);
        label = owned_.Keep(misc_key_);
      }
      j = k;
    }
  }
  AddName(type, i, j, {}, label);
  Cand& c = cands_.back();
  if (link) {
    c.m.kb_entry = e.kb_entry;
  }
  if (type == EntityType::kProduct) {
    ExtendProduct(c, end);
  }
}

// Words after a known organisation that belong to its name: legal forms
// ("Inc.", "Group SpA") and organisation heads ("Corps").
uint32_t DocTagger::ExtendOrganization(uint32_t j, uint32_t end, bool& legal_only,
                                       bool heads) const {
  uint32_t k = j;
  while (k < end && words_[k].is_word() && words_[k].cap() && !words_[k - 1].possessive()) {
    const std::string_view t = words_[k].text;
    // Only a word flagged kLegalForm can be one, with or without a period.
    const bool legal_word = (words_[k].flags & kLegalForm) != 0;
    auto dotted_legal = [&] {
      return lex_->legal_forms.count(misc_key_.assign(t).append(".")) > 0;
    };
    if (legal_word && (lex_->legal_forms.count(t) || (k + 1 < end && words_[k + 1].text == "." &&
                                                      Attached(k + 1) && dotted_legal()))) {
    } else if (const auto* head = heads ? NameHead(words_[k]) : nullptr;
               head && head->second != EntityType::kPlace) {
      legal_only = false;
    } else {
      break;
    }
    ++k;
    if (legal_word && k < end && words_[k].text == "." && Attached(k) && dotted_legal()) {
      ++k;
    }
  }
  return k;
}

// "iPhone 4", "iPod nano", "MacBook Pro", "the 30GB iPod", "3G iPhone",
// "iTunes Music Store": a product name with its model, size or variant.
void DocTagger::ExtendProduct(Cand& c, uint32_t end) {
  uint32_t k = c.end_word;
  while (k < end && !words_[k - 1].possessive()) {
    const Word& w = words_[k];
    bool take = false;
    if (w.number() && !words_[k - 1].number()) {
      take = true;  // "iPhone 4", "iPhone 2.0"
    } else if (w.is_word() && w.digit() && w.span.size() <= 5) {
      take = true;  // "3GS"
    } else if (w.is_word() && Attached(k) && words_[k - 1].number()) {
      take = true;  // "3G" after "iPhone 3"
    } else if (w.is_word() && lex_->product_variants.count(w.text)) {
      take = true;
    } else if (w.is_word() && k + 1 < end && lex_->product_variants.count(Text(k, k + 2))) {
      take = true;  // "Music Store"
      ++k;
    } else if (w.is_word() && w.cap() && (!w.all_caps() || w.text.size() <= 4) &&
               !lex_->not_a_name.count(w.text) &&
               (w.possessive() || k + 1 >= end || !words_[k + 1].is_word() ||
                !words_[k + 1].cap())) {
      take = lex_->gazetteer_first_words.count(NameKeyView(w.text, misc_key_)) == 0;  // "OS X Lion"
    }
    if (!take) {
      break;
    }
    ++k;
  }
  // A size or generation before it: "30GB iPod", "3G iPhone".
  uint32_t b = c.first_word;
  if (b >= 2 && words_[b - 1].is_word() && Attached(b - 1) && words_[b - 2].number() &&
      words_[b - 1].span.size() <= 3) {
    b -= 2;
  } else if (b >= 1 && words_[b - 1].is_word() && words_[b - 1].digit() &&
             words_[b - 1].span.size() <= 5) {
    b -= 1;
  }
  if (k == c.end_word && b == c.first_word) {
    return;
  }
  c.m.span.begin = words_[b].span.begin;
  c.m.span.end = words_[k - 1].name_end;
  for (uint32_t x = b; x < k; ++x) {
    covered_[x] = 1;
  }
  c.first_word = b;
  c.end_word = k;
  WithDeterminer(c);
}

// "Apple's iTunes", "Ford Taurus": the owner's name belongs to the product's
// name; added as a mention of the product around both.
// "Ford Taurus", "the Chrysler Aspen": a company's name followed by an
// unknown capitalised word is one of its products (the company stays a
// mention of its own).
void DocTagger::ModelsOfCompanies() {
  const size_t n = cands_.size();
  // Whether some unknown name typed by default may be a model to drop.
  const bool any_weak = std::any_of(cands_.begin(), cands_.end(),
                                    [](const Cand& c) { return c.weak && c.m.kb_entry == 0; });
  if (any_weak) {
    by_first_.Build(cands_, n, [](const Cand& c) { return c.first_word; });
  }
  auto unknown_weak = [&](uint32_t i) {
    const Cand& c = cands_[i];
    return c.m.kb_entry == 0 && c.weak && !c.dropped;
  };
  for (size_t a = 0; a < n; ++a) {
    const Cand& org = cands_[a];
    if (org.m.type != EntityType::kOrganization || org.m.kb_entry == 0) {
      continue;
    }
    uint32_t k = org.end_word;
    const uint32_t end = layer_->sentences[sentence_of_[org.first_word]].end_token;
    if (words_[k - 1].possessive() || words_[k - 1].text == "." ||
        IsAbbreviatedLegalForm(words_[k - 1])) {
      continue;  // "Acme Inc. Jane Doe", "Norvale LLC Sam Roe"
    }
    // "Ford Five Hundred": an unknown name right after the company is its model.
    if (const int32_t b = any_weak ? by_first_.First(k, unknown_weak) : -1; b >= 0) {
      Cand& next = cands_[b];
      next.dropped = true;
      for (uint32_t x = next.first_word; x < next.end_word; ++x) {
        covered_[x] = 0;
      }
    }
    while (k < end && !covered_[k] && IsNameStart(k, end) && !words_[k].all_caps() &&
           !NameHead(words_[k]) && !lex_->legal_forms.count(words_[k].text) &&
           !lex_->gazetteer_first_words.count(NameKeyView(words_[k].text, misc_key_)) &&
           MatchTitle(k, end) == 0) {
      ++k;
      if (words_[k - 1].possessive()) {
        break;
      }
    }
    if (k == org.end_word) {
      continue;
    }
    Cand c;
    c.m.span = {words_[org.first_word].span.begin, words_[k - 1].name_end};
    c.m.type = EntityType::kProduct;
    c.m.kind = MentionKind::kName;
    NameKeyInto(Text(org.first_word, k), misc_key_);
    c.m.label = owned_.Keep(misc_key_);
    c.first_word = org.first_word;
    c.end_word = k;
    for (uint32_t x = org.end_word; x < k; ++x) {
      covered_[x] = 1;
    }
    cands_.push_back(std::move(c));
    WithDeterminer(cands_.back());
  }
}

void DocTagger::NestOwnedProducts() {
  if (std::none_of(cands_.begin(), cands_.end(),
                   [](const Cand& c) { return c.m.type == EntityType::kProduct; })) {
    return;  // the usual case: nothing to nest
  }
  const size_t n = cands_.size();
  by_first_.Build(cands_, n, [](const Cand& c) { return c.first_word; });
  for (size_t a = 0; a < n; ++a) {
    const Cand& org = cands_[a];
    if (org.m.kind != MentionKind::kName || !ClassIsOrganization(org.m.type)) {
      continue;
    }
    // The first product starting where the organisation's name ends.
    const int32_t b = by_first_.First(
        org.end_word, [&](uint32_t k) { return cands_[k].m.type == EntityType::kProduct; });
    if (b < 0) {
      continue;
    }
    Cand c = cands_[b];
    c.m.span.begin = org.m.span.begin;
    c.first_word = org.first_word;
    cands_.push_back(std::move(c));
  }
}

void DocTagger::NamePass(uint32_t s) {
  const auto& sent = layer_->sentences[s];
  uint32_t i = sent.first_token;
  const uint32_t end = sent.end_token;
  std::string_view title;  // a view into the text
  uint32_t title_start = 0;
  uint32_t gazetteer_only_until = 0;
  // Where the sentence before left off in name_starts_ (sentences come in
  // order); searched afresh when a start before it lies at or after `i`.
  size_t next_start = next_start_;
  if (next_start > 0 && name_starts_[next_start - 1] >= i) {
    next_start = static_cast<size_t>(std::lower_bound(name_starts_.begin(), name_starts_.end(), i) -
                                     name_starts_.begin());
  }
  while (i < end) {
    // Skip to the next word a name or title may start at: the words in
    // between end any title (inside a gazetteer_only_until stretch the title
    // is empty anyway).
    while (next_start < name_starts_.size() && name_starts_[next_start] < i) {
      ++next_start;
    }
    if (const uint32_t stop =
            next_start < name_starts_.size() ? std::min(name_starts_[next_start], end) : end;
        stop > i) {
      title = {};
      i = stop;
      if (i == end) {
        break;
      }
      // Now at name_starts_[next_start]: on with it, not round the loop.
    }
    const Word& w = words_[i];
    uint32_t j = 0;
    if (uint32_t k = w.cap() ? SplitCompound(i, end) : 0) {  // "South Korea-U.S. alliance"
      title = {};
      i = k;
      continue;
    }
    const GazEntry* e = MatchGazetteer(i, end, j);
    if (e && (e->type == EntityType::kPlace || e->role == NameRole::kCapital) && j < end &&
        words_[j].cap() && IsNameStart(j, end)) {
      // "Asian Development Bank", "Chicago Mercantile Exchange", "Tokyo Metals
      // Bank": a region's adjective, a place or a capital opening a company's
      // or institution's name is part of it. A country and its adjective stay
      // apart ("the Japanese Finance Ministry"), and so does a place before a
      // public body, its jurisdiction ("the Springfield Police Department").
      const uint32_t r = GatherRun(i, end);
      const auto h = r > j ? NameHead(words_[r - 1]) : lex_->name_heads.end();
      const bool company =
          h != lex_->name_heads.end() && h->second != EntityType::kPlace &&
          (h->second != EntityType::kGovernmentOrganization || e->role == NameRole::kDemonym);
      if (company && !words_[r - 1].possessive()) {
        e = nullptr;
      }
    }
    if (e && words_[j - 1].name_end < text_.size() && text_[words_[j - 1].name_end] == '$') {
      title = {};  // "US$": a currency, no name
      i = j;
      continue;
    }
    if (!e && i < gazetteer_only_until) {
      ++i;
      continue;
    }
    if (e) {
      if (e->type == EntityType::kPerson) {
        AddName(EntityType::kPerson, i, j, title, e->label);
        if (!title.empty()) {
          cands_.back().title_word = title_start;
        }
        cands_.back().m.kb_entry = e->kb_entry;
      } else {
        AddGazetteer(*e, i, j, sent.first_token, end);
        j = std::max(j, cands_.back().end_word);
      }
      title = {};
      i = j;
      continue;
    }
    if (uint32_t n = MatchTitle(i, end)) {
      title = Text(i, i + n);
      title_start = i;
      i += n;
      continue;
    }
    const bool acronym = w.all_caps() && !w.digit() && !w.not_name() && w.text.size() >= 2 &&
                         !(Attached(i) && words_[i - 1].number()) &&
                         !(w.name_end < text_.size() && text_[w.name_end] == '$');  // "AU$"
    if (!IsNameStart(i, end) && !acronym) {
      title = {};
      ++i;
      continue;
    }
    j = GatherRun(i, end);
    if (j == i) {
      j = i + 1;
    }
    // A title's key starts with a word flagged kTitleStart, unless its first
    // word is cut by a hyphen, holds a curly apostrophe or runs on into an
    // attached token.
    const bool may_be_title =
        (w.flags & kTitleStart) || w.hyphen() || w.non_ascii() || (i + 1 < j && Attached(i + 1));
    bool bare_title =
        may_be_title && lex_->titles.count(NameKeyView(LowerText(i, j), gaz_key_)) > 0;
    if (may_be_title && !bare_title && j - i == 1) {
      bare_title = lex_->titles.count(NameKeyView(Lower(w), gaz_key_)) > 0;
    }
    // "the Chief Executive Officer": the capitalised word before the run,
    // skipped as no name start, begins the title.
    if (!bare_title && i > sent.first_token && words_[i - 1].is_word() && words_[i - 1].cap() &&
        MayStartTitle(i - 1) &&
        lex_->titles.count(NameKeyView(LowerText(i - 1, j), gaz_key_)) > 0) {
      bare_title = true;
    }
    if (bare_title || PortfolioOfTitle(i, j, end)) {  // a bare "President", "Oil Minister"
      title = {};
      // "Finance Minister Jane Roe": the portfolio opens the title before the name.
      if (const uint32_t n = !bare_title && j < end ? MatchTitle(j, end) : 0) {
        title = Text(i, j + n);
        title_start = i;
        j += n;
      }
      i = j;
      continue;
    }
    if (j - i == 1) {
      const uint32_t title_word = title.empty() ? UINT32_MAX : title_start;
      singles_.push_back({i, s, title, title_word});
      title = {};
      i = j;
      continue;
    }
    if (lex_->event_heads.count(words_[j - 1].text)) {
      // "Worldwide Developers Conference (WWDC)": an event, and so is its acronym.
      std::string acr;
      for (uint32_t k = i; k < j; ++k) {
        if (words_[k].cap()) {
          acr.push_back(words_[k].text[0]);
        }
      }
      event_acronyms_.push_back(std::move(acr));
      title = {};
      gazetteer_only_until = j;
      ++i;
      continue;
    }
    bool compound = false;
    for (uint32_t k = i; k < j; ++k) {
      if (!words_[k].hyphen()) {
        continue;
      }
      std::string_view t = words_[k].text;
      size_t h = t.find('-');
      if (h != std::string_view::npos && h + 1 < t.size() &&
          IsUpper(static_cast<unsigned char>(t[h + 1]))) {
        compound = true;
      }
    }
    if ((headline_[s] && !RunConfirmed(i, j)) || compound || (title.empty() && Designation(i, j)) ||
        (title.empty() && AdjectivalEnding(words_[j - 1].text) && !SpeakersName(i, j, end))) {
      // Rejected as a whole; known names inside it still count:
      // "Strengthening Ties Between North Korea and Russia".
      title = {};
      gazetteer_only_until = j;
      ++i;
      continue;
    }
    // Type from the head word, the connectors, the context.
    std::string_view head = words_[j - 1].text;
    if (j < end && (!words_[j - 1].is_word() || (words_[j - 1].flags & kLegalForm)) &&
        words_[j].text == "." && Attached(j) &&
        lex_->legal_forms.count(misc_key_.assign(head).append("."))) {
      ++j;  // "Acme Motors Co."
      head = misc_key_;
    }
    EntityType type = EntityType::kPerson;
    bool has_connector = false;
    bool all_alpha = true;
    for (uint32_t k = i; k < j; ++k) {
      if (words_[k].is_word() && !words_[k].cap() && !words_[k].initial()) {
        has_connector = true;
      }
      if (words_[k].all_caps()) {
        all_alpha = false;
      }
    }
    // A two-word head first: "Convention Center" is a place, "Center" alone an
    // organisation.
    auto h = j - i >= 2 ? TwoWordNameHead(j - 2) : lex_->name_heads.end();
    if (h == lex_->name_heads.end()) {
      // `head` is word j - 1's text but after a legal form's period ("Co.").
      h = head.data() == words_[j - 1].text.data() && head.size() == words_[j - 1].text.size()
              ? NameHead(words_[j - 1])
              : lex_->name_heads.find(head);
    }
    const bool cap_the = i > sent.first_token + 1 && words_[i - 1].text == "The";
    if (!title.empty() && title_start + 1 == i && TitleOpensCompany(title_start, end)) {
      type = EntityType::kOrganization;  // "General Norvane Corp": no general's name
      i = title_start;
      title = {};
    } else if (!title.empty()) {
      type = EntityType::kPerson;
    } else if (words_[i].camel()) {
      type = EntityType::kProduct;  // "iPhone Software Development Kit"
    } else if (MediaOfPlace(i, end) == j) {
      type = EntityType::kNewsMedia;  // "The Times of Lindby"
    } else if (cap_the && h == lex_->name_heads.end()) {
      type = EntityType::kOrganization;  // "told The War Zone": a title of a publication
    } else if (h != lex_->name_heads.end() &&
               // "Jim Press" is a person; "the Daily Press", "Detroit Free Press" are media.
               (h->second != EntityType::kNewsMedia || NameWords(i, j) >= 3 ||
                (i > sent.first_token && IsThe(words_[i - 1].text)))) {
      type = h->second;
    } else if (const auto f = NameHead(words_[i]);
               f != lex_->name_heads.end() && (f->second == EntityType::kOrganization ||
                                               f->second == EntityType::kGovernmentOrganization)) {
      type =
          f->second;  // an institution's word opening the name: "Automobile Kolos", "Bank Harvell"
    } else if (has_connector || NameWords(i, j) >= 4 || !all_alpha) {
      type = EntityType::kOrganization;
    } else if (j < end && words_[j].is_word() && lex_->place_tails.count(Lower(words_[j]))) {
      type = EntityType::kPlace;
    } else if (uint32_t g = 0; j + 1 < end && words_[j].text == "," && [&] {
                 const GazEntry* p = MatchGazetteer(j + 1, end, g);
                 return p && (p->type == EntityType::kPlace || p->type == EntityType::kCountry) &&
                        p->role == NameRole::kName && !words_[g - 1].possessive() &&
                        (g >= end || !words_[g].is_word());
               }()) {
      type = EntityType::kPlace;  // "San Jose, California"
    }
    // A person only by default, in quotes: the name of a plan, a work or a
    // nickname ("called \"Fresh Start\"", "the \"Big Four\" banks"), no person.
    if (type == EntityType::kPerson && title.empty() && i > sent.first_token && j < end &&
        IsOpeningQuote(words_[i - 1].text) && IsClosingQuote(words_[j].text)) {
      gazetteer_only_until = j;
      ++i;
      continue;
    }
    if (type == EntityType::kPerson && title.empty() && ModelEvidence(i, j, end)) {
      type = EntityType::kProduct;  // "the 911 Turbo Coupe", "the Lindby Sport model"
    }
    // Sentence-initial generic words: "Officials Said" never reach here; a
    // sentence-initial run must hold at least one confirmed word.
    if (i == sent.first_token && !Confirmed(words_[i].text) && !Confirmed(words_[j - 1].text)) {
      title = {};
      gazetteer_only_until = j;
      ++i;
      continue;
    }
    AddName(type, i, j, title);
    if (!title.empty()) {
      cands_.back().title_word = title_start;
    }
    if (cap_the) {
      cands_.back().m.span.begin = words_[i - 1].span.begin;
    }
    // A person only by default (no title, head or context): may take the
    // type the same name has elsewhere in the document.
    cands_.back().weak = title.empty() && type == EntityType::kPerson;
    title = {};
    i = j;
  }
  next_start_ = next_start;
}

void DocTagger::AddSpan(const GazEntry& e, Span span, uint32_t first_word, uint32_t end_word) {
  Cand c;
  c.m.span = span;
  c.m.type = e.type;
  c.m.kind = MentionKind::kName;
  c.m.label = e.label;
  c.m.kb_entry = e.kb_entry;
  c.first_word = first_word;
  c.end_word = end_word;
  for (uint32_t k = first_word; k < end_word; ++k) {
    covered_[k] = 1;
  }
  cands_.push_back(std::move(c));
}

// Known names joined by a hyphen inside one token: "South Korea-U.S.",
// "Russia-Ukraine". Returns the word after the compound, or 0.
uint32_t DocTagger::SplitCompound(uint32_t i, uint32_t end) {
  const uint32_t limit = std::min<uint32_t>(end, i + lex_->gazetteer_max_words);
  if (!HyphenIn(i, limit)) {
    return 0;  // the loop below would find no hyphen
  }
  for (uint32_t k = i; k < limit; ++k) {
    const Word& w = words_[k];
    if (!w.is_word() || (!w.cap() && k == i)) {
      return 0;
    }
    const size_t h = w.hyphen() ? FindHyphen(w.text) : std::string_view::npos;
    if (h == std::string_view::npos) {
      if (w.possessive()) {
        return 0;
      }
      continue;
    }
    if (h + 1 >= w.text.size() || !IsUpper(static_cast<unsigned char>(w.text[h + 1]))) {
      return 0;
    }
    const uint32_t hyphen = w.span.begin + static_cast<uint32_t>(h);
    const GazEntry* left =
        lex_->Find(NameKey(text_.substr(words_[i].span.begin, hyphen - words_[i].span.begin)));
    const GazEntry* right = lex_->Find(NameKey(text_.substr(hyphen + 1, w.name_end - hyphen - 1)));
    if (!left || !right) {
      return 0;
    }
    if (left->role == NameRole::kName || left->role == NameRole::kCapital) {
      AddSpan(*left, {words_[i].span.begin, hyphen}, i, k + 1);
    }
    if (right->role == NameRole::kName || right->role == NameRole::kCapital) {
      AddSpan(*right, {hyphen + 1, w.name_end}, k, k + 1);
    }
    return k + 1;
  }
  return 0;
}

// A default-typed name takes the type the same name has elsewhere in the
// document: "The War Zone cited ..." after "publication The War Zone".
void DocTagger::AdoptTypes() {
  const size_t weak = static_cast<size_t>(
      std::count_if(cands_.begin(), cands_.end(), [](const Cand& c) { return c.weak; }));
  if (weak == 0) {
    return;
  }
  auto strong_named = [](const Cand& c) { return !c.weak && c.m.kind == MentionKind::kName; };
  if (weak * cands_.size() <= 1024) {
    // Few: each default-typed name scans for the first strong one with its label.
    for (auto& c : cands_) {
      if (!c.weak) {
        continue;
      }
      for (const auto& s : cands_) {
        if (strong_named(s) && s.m.label == c.m.label) {
          c.m.type = s.m.type;
          break;
        }
      }
    }
    return;
  }
  // Else a table of the strong names' labels (they stay in place meanwhile).
  base::ViewMap<uint8_t>& strong = strong_types_;
  strong.clear();
  for (const auto& c : cands_) {
    if (strong_named(c)) {
      strong.insert(c.m.label, static_cast<uint8_t>(c.m.type));
    }
  }
  for (auto& c : cands_) {
    if (!c.weak) {
      continue;
    }
    if (const uint8_t* type = strong.find(c.m.label)) {
      c.m.type = static_cast<EntityType>(*type);
    }
  }
}

// Whether the document shows the default-typed person's name `c` is a
// company's, at this mention or by a longer name: a company's noun after its
// possessive ("Harlow Bream's profit", "... 's subsidiary"), "its" after its
// speech verb ("Harlow Bream said its profit rose"), ", which" or an
// organisation's noun in apposition after it ("Harlow Bream, the investment
// bank,"), "analysts at Harlow Bream", "a Harlow Bream economist", or the
// same words before a legal form elsewhere ("Harlow Bream Inc", "Harlow
// Bream and Co").
bool DocTagger::CompanyEvidence(const Cand& c) const {
  static const StringSet kCompanyNouns = [] {
    StringSet t;
    for (std::string_view w :
         {"profit", "profits", "earnings", "revenue", "revenues", "shareholders", "stockholders",
          "subsidiary", "subsidiaries", "unit", "units", "division", "divisions"}) {
      t.insert(w);
    }
    return t;
  }();
  static const StringSet kMarketAnalysts = [] {
    StringSet t;
    for (std::string_view w :
         {"analyst", "analysts", "economist", "economists", "strategist", "strategists"}) {
      t.insert(w);
    }
    return t;
  }();
  const uint32_t n = static_cast<uint32_t>(words_.size());
  const uint32_t e = c.end_word;
  if (e < n && words_[e].is_word() && !words_[e].cap()) {
    const std::string_view next = Lower(words_[e]);
    if (words_[e - 1].possessive() ? kCompanyNouns.count(next) > 0
                                   : kMarketAnalysts.count(next) > 0) {
      return true;
    }
    const uint32_t its = words_[e].text == "also" ? e + 2 : e + 1;
    if (its < n && SpeechVerbAfter(e - 1, n) && Lower(words_[its]) == "its") {
      return true;
    }
  }
  if (e + 2 < n && words_[e].text == ",") {
    if (Lower(words_[e + 1]) == "which") {
      return true;  // "Harlow Bream, which makes tools,"
    }
    // "Harlow Bream, the investment bank,": an organisation's head noun.
    uint32_t k = e + 2;
    while (k < n && k < e + 6 && words_[k].is_word() && !words_[k].cap() &&
           !words_[k].possessive()) {
      ++k;
    }
    if (Lower(words_[e + 1]) == "the" && k > e + 2 && k < n && words_[k].text == ",") {
      const auto* head = lex_->nominals.find(Lower(words_[k - 1]));
      if (head && head->second == EntityType::kOrganization) {
        return true;
      }
    }
  }
  const uint32_t b = c.first_word;
  if (b >= 2 && words_[b - 1].text == "at" && kMarketAnalysts.count(Lower(words_[b - 2]))) {
    return true;
  }
  // The same words before a legal form: "Harlow Bream Inc" of "Harlow Bream"
  // (the set made when first asked: most names are settled above).
  if (!legal_stems_made_) {
    LegalStems();
    legal_stems_made_ = true;
  }
  return legal_stems_.count(c.m.label) > 0;
}

// The labels of the document's organisations less their legal forms: "Harlow
// Bream" of "Harlow Bream Inc" and of "Harlow Bream & Co", into legal_stems_.
void DocTagger::LegalStems() const {
  legal_stems_.clear();
  for (const Cand& o : cands_) {
    if (o.m.type != EntityType::kOrganization) {
      continue;
    }
    // Words from the end while each is a legal form, "&" or "and"; each
    // space before such a tail holding a legal form ends a stem.
    const std::string_view l = o.m.label;
    bool legal = false;
    for (size_t end = l.size(); end > 0;) {
      const size_t space = l.rfind(' ', end - 1);
      if (space == std::string_view::npos || space == 0) {
        break;
      }
      const std::string_view w = l.substr(space + 1, end - space - 1);
      if (lex_->legal_forms.count(w) || lex_->legal_forms.count(misc_key_.assign(w).append("."))) {
        legal = true;
      } else if (w != "&" && w != "and") {
        break;
      }
      if (legal) {
        legal_stems_.insert(l.substr(0, space));
      }
      end = space;
    }
  }
}

void DocTagger::CompaniesByEvidence() {
  auto default_person = [](const Cand& c) {
    return c.weak && c.m.type == EntityType::kPerson && c.m.kind == MentionKind::kName &&
           c.m.kb_entry == 0;
  };
  if (std::none_of(cands_.begin(), cands_.end(), default_person)) {
    return;
  }
  legal_stems_made_ = false;
  // The labels shown to be companies, then every default-typed mention of
  // them: one pass each, not one over the candidates per label.
  base::ViewSet& companies = company_labels_;
  companies.clear();
  bool any = false;
  for (const Cand& c : cands_) {
    if (default_person(c) && !companies.count(c.m.label) && CompanyEvidence(c)) {
      companies.insert(c.m.label);
      any = true;
    }
  }
  if (!any) {
    return;
  }
  for (Cand& o : cands_) {
    if (default_person(o) && companies.count(o.m.label)) {
      o.m.type = EntityType::kOrganization;
    }
  }
}

void DocTagger::ClassifySingles() {
  if (singles_.empty()) {
    return;  // the sets below serve the singles alone
  }
  // Parts of the document's multi-word person names: "Budanov", "Kim".
  base::ViewSet& person_parts = person_parts_;
  person_parts.clear();
  for (const auto& c : cands_) {
    if (c.m.type != EntityType::kPerson || c.end_word - c.first_word < 2) {
      continue;
    }
    person_parts.insert(words_[c.first_word].text);
    person_parts.insert(words_[c.end_word - 1].text);
  }
  // Initials of the document's multi-word organisation names: "JCS"; built
  // when the first all-capitals word needs them, from the names found so far.
  // Keys are views into initials_text, which is reserved for all of them
  // first, so it never moves while they are added.
  base::ViewMap<EntityType>& initials = initials_;
  std::string& initials_text = initials_text_;
  bool initials_made = false;
  const size_t names = cands_.size();
  auto build_initials = [&] {
    initials_made = true;
    initials.clear();
    size_t room = 0;
    for (size_t n = 0; n < names; ++n) {
      room += cands_[n].end_word - cands_[n].first_word;
    }
    initials_text.clear();
    initials_text.reserve(room);
    for (size_t n = 0; n < names; ++n) {
      const Cand& c = cands_[n];
      if (c.m.type == EntityType::kPerson || c.end_word - c.first_word < 2) {
        continue;
      }
      const size_t from = initials_text.size();
      for (uint32_t k = c.first_word; k < c.end_word; ++k) {
        if (words_[k].cap()) {
          initials_text.push_back(words_[k].text[0]);
        }
      }
      if (initials_text.size() - from >= 2) {
        initials.insert(std::string_view(initials_text).substr(from), c.m.type);
      } else {
        initials_text.resize(from);
      }
    }
  };
  // First words of the document's company names (ending in a legal form),
  // to the name: "Norvane" is "Norvane Optics Corp" where no other
  // company's name begins so, or the one name that is the word and a legal
  // form ("Norvane" is "Norvane AB", not "Norvane Lasers Inc"). Bare names
  // (word and legal form) first, then the others.
  base::ViewMap<uint32_t>& org_firsts = org_firsts_;
  base::ViewSet& org_firsts_shared = org_firsts_shared_;
  org_firsts.clear();
  org_firsts_shared.clear();
  // The name's first and last word, past a determiner and before a period.
  auto name_words = [&](const Cand& c) {
    uint32_t first = c.first_word;
    while (first < c.end_word && IsDeterminer(words_[first].text)) {
      ++first;
    }
    uint32_t last = c.end_word - 1;
    if (last > first && words_[last].text == ".") {
      --last;  // "Corp."
    }
    return std::pair{first, last};
  };
  for (const bool bare_pass : {true, false}) {
    for (const auto& c : cands_) {
      if (!ClassIsOrganization(c.m.type) || c.m.kind != MentionKind::kName) {
        continue;
      }
      const auto [first, last] = name_words(c);
      if (last <= first || (last == first + 1) != bare_pass || !words_[first].cap() ||
          words_[first].all_caps() || person_parts.count(words_[first].text) ||
          !IsLegalForm(words_[last])) {
        continue;
      }
      if (first >= 2 && (words_[first - 1].text == "and" || words_[first - 1].text == "&") &&
          words_[first - 2].cap()) {
        continue;  // likely the end of a longer name: "Dune Salt and Chemical Corp"
      }
      const std::string_view word = words_[first].text;
      if (!org_firsts.insert(word, static_cast<uint32_t>(&c - cands_.data()))) {
        const Cand& known = cands_[*org_firsts.find(word)];
        const auto [known_first, known_last] = name_words(known);
        const bool known_bare = known_last == known_first + 1;
        if (known.m.label != c.m.label && (bare_pass || !known_bare)) {
          org_firsts_shared.insert(word);
        }
      }
    }
  }
  // Model words of the document's products: "Tiger" after "Mac OS X Tiger".
  base::ViewSet& product_parts = product_parts_;  // lowercase: "nano"
  product_parts.clear();
  for (const auto& c : cands_) {
    if (c.m.type != EntityType::kProduct) {
      continue;
    }
    for (uint32_t k = c.first_word + 1; k < c.end_word; ++k) {
      if (words_[k].is_word() && !words_[k].digit() && words_[k].text.size() > 2) {
        product_parts.insert(Lower(words_[k]));
      }
    }
  }
  for (const auto& sg : singles_) {
    const uint32_t i = sg.word;
    const Word& w = words_[i];
    const auto& sent = layer_->sentences[sg.sentence];
    const uint32_t end = sent.end_token;
    // After an opening quote, a colon or a dash a word is sentence-initial too.
    const bool initial =
        i == sent.first_token ||
        (!words_[i - 1].is_word() && words_[i - 1].text != "," && words_[i - 1].text != "(");
    EntityType type = EntityType::kOrganization;
    int32_t full_name = -1;  // the candidate this name is the short form of
    const std::string_view key = w.text;
    if (key == "North" || key == "South" || key == "East" || key == "West") {
      continue;
    }
    if (w.text.size() == 1) {
      continue;  // a bare letter: "Plan F"
    }
    if (w.name_end < text_.size() && text_[w.name_end] == '$') {
      continue;  // "AU$15 million", "C$": a currency, no name
    }
    if (person_parts.count(w.text) || !sg.title.empty()) {
      type = EntityType::kPerson;
    } else if ((initial || headline_[sg.sentence]) && !Confirmed(w.text) &&
               !ModelEvidence(i, i + 1, end)) {  // (a number before it is no sentence start)
      // "Norvane Optics Corp ... Norvane said C": the first word of a
      // company's name in the document, opening a sentence before a speech
      // verb, is the company's short name.
      const uint32_t* org = initial ? org_firsts.find(w.text) : nullptr;
      if (org == nullptr || org_firsts_shared.count(w.text) || !SpeechVerbAfter(i, end)) {
        continue;
      }
      type = cands_[*org].m.type;
      full_name = static_cast<int32_t>(*org);
    } else if (IsNameCompound(w.text) && !w.all_caps()) {
      continue;
    } else if (i > 0 && covered_[i - 1] && !words_[i - 1].possessive() && !w.camel() &&
               words_[i].span.begin > words_[i - 1].span.end) {
      continue;  // "U.N. Charter": a name part after a known name
    } else if (w.all_caps()) {
      if (w.text.size() > 6 || w.digit() ||
          std::find(event_acronyms_.begin(), event_acronyms_.end(), w.text) !=
              event_acronyms_.end()) {
        continue;
      }
      type = EntityType::kOrganization;
      std::string bare;
      for (char ch : w.text) {
        if (ch != '.') {
          bare.push_back(ch);
        }
      }
      if (!initials_made) {
        build_initials();
      }
      if (const EntityType* t = initials.find(bare)) {
        type = *t;
      }
      // "(JCS)" right after its expansion takes the expansion's type.
      if (i >= 1 && words_[i - 1].text == "(" && !cands_.empty()) {
        for (auto it = cands_.rbegin(); it != cands_.rend(); ++it) {
          if (it->end_word + 1 == i) {
            type = it->m.type;
            break;
          }
          if (it->end_word < i) {
            break;
          }
        }
      }
    } else if (w.camel() || product_parts.count(Lower(w))) {
      type = EntityType::kProduct;
    } else if (InnerCapital(w.text)) {
      type = EntityType::kOrganization;  // "DaimlerChrysler", "PepsiCo"
    } else if (auto h = NameHead(w); h != lex_->name_heads.end()) {
      // "the Senate", "the Pentagon"; a bare "Agency" or "Ministry" is no name.
      if (h->second != EntityType::kGovernmentOrganization || i == 0 ||
          !IsThe(words_[i - 1].text) ||
          (i + 1 < end && words_[i + 1].is_word() && words_[i + 1].cap())) {
        continue;
      }
      type = h->second;
    } else if (i + 1 < end && words_[i + 1].is_word() &&
               lex_->place_tails.count(Lower(words_[i + 1]))) {
      type = EntityType::kPlace;
    } else if (AdjectivalEnding(key)) {
      continue;  // adjectives and group nouns: "Islamic", "Christians"
    } else if (const uint32_t* org = org_firsts.find(w.text);
               org != nullptr && !org_firsts_shared.count(w.text)) {
      type = cands_[*org].m.type;  // a company's short name
      full_name = static_cast<int32_t>(*org);
    } else if (i > sent.first_token && words_[i - 1].is_word() &&
               (words_[i - 1].text == "in" || words_[i - 1].text == "near")) {
      type = EntityType::kPlace;
    } else if (i + 1 < end && words_[i + 1].is_word() && IsSpeechVerb(words_[i + 1].text) &&
               !(i > sent.first_token && words_[i - 1].is_word() &&
                 (words_[i - 1].text == "of" || words_[i - 1].text == "for" ||
                  (!words_[i - 1].cap() && lex_->org_descriptors.count(words_[i - 1].text))))) {
      // "Roe said" names a person; "the government of Lindby said" does not:
      // the speaker is the phrase the name ends, and "the oil company
      // Norvane said" names a company.
      type = EntityType::kPerson;
    } else if (ModelEvidence(i, i + 1, end)) {
      type = EntityType::kProduct;  // "the 911 Targa"
    }
    AddName(type, i, i + 1, sg.title);
    cands_.back().antecedent = full_name;
    if (!sg.title.empty()) {
      cands_.back().title_word = sg.title_word;
    }
    if (type == EntityType::kProduct) {
      ExtendProduct(cands_.back(), end);
    }
  }
}

// "North Korean troops", "missile and artillery units", "KN-23 short-range
// ballistic missiles", "240mm multiple rocket launchers", "suicide drones".
void DocTagger::MilitaryAndWeapons() {
  auto lower = [&](uint32_t k) -> std::string_view { return Lower(words_[k]); };
  bool made_index = false;  // by_end_, made when first asked
  uint32_t next = 0;        // the word after the last mention found
  for (const uint32_t k : head_words_) {
    const Word& w = words_[k];
    if (k < next || w.cap() || covered_[k]) {
      continue;
    }
    const auto& sent = layer_->sentences[sentence_of_[k]];
    const uint32_t first = sent.first_token, end = sent.end_token;
    if (k < first || k >= end) {
      continue;  // outside every sentence
    }
    const bool mil = (w.flags & kMilitaryHead) != 0;
    const bool weapon = (w.flags & kWeaponHead) != 0;
    if (!mil && !weapon) {
      continue;
    }
    // Extend right over further heads: "rocket launchers".
    uint32_t e = k + 1;
    while (e < end && words_[e].is_word() && !words_[e].cap() &&
           lex_->weapon_heads.count(lower(e)) && weapon && !words_[e - 1].possessive()) {
      ++e;
    }
    // Extend left over modifiers, sizes and designations.
    uint32_t b = k;
    int modifiers = 0;
    const Cand* demonym = nullptr;
    while (b > first) {
      const Word& p = words_[b - 1];
      if (p.possessive()) {
        break;
      }
      const std::string_view lp = Lower(p);
      if (p.is_word() &&
          (weapon ? lex_->weapon_modifiers.count(lp) : lex_->military_modifiers.count(lp))) {
        --b, ++modifiers;
        continue;
      }
      if (weapon && p.is_word() && p.digit() && (p.cap() || p.all_caps())) {  // "KN-23"
        --b, ++modifiers;
        continue;
      }
      if (weapon && p.number() && k > b && words_[b].text == "mm") {  // "240mm"
        --b, ++modifiers;
        continue;
      }
      if (!weapon && p.is_word() && lp == "and" && b - 1 > first &&
          lex_->military_modifiers.count(lower(b - 2))) {  // "missile and artillery"
        b -= 2;
        ++modifiers;
        continue;
      }
      if (!weapon && covered_[b - 1]) {  // "North Korean troops"
        // The last country ending here (this pass adds no country).
        if (!made_index) {
          by_end_.Build(cands_, cands_.size(), [](const Cand& c) { return c.end_word; });
          made_index = true;
        }
        if (const int32_t d = by_end_.Last(
                b, [&](uint32_t i) { return cands_[i].m.type == EntityType::kCountry; });
            d >= 0) {
          demonym = &cands_[d];
        }
        if (demonym) {
          b = demonym->first_word;
          ++modifiers;
        }
      }
      break;
    }
    if (modifiers == 0) {
      continue;
    }
    if (mil && !weapon && !demonym && b == k) {
      continue;
    }
    Cand c;
    c.m.span = {words_[b].span.begin, words_[e - 1].name_end};
    c.m.type = weapon ? EntityType::kWeapon : EntityType::kMilitaryUnit;
    c.m.kind = MentionKind::kName;
    std::string label = LowerKey(text_.substr(c.m.span.begin, c.m.span.size()));
    if (demonym) {
      label = NameKey(text_.substr(words_[demonym->first_word].span.begin,
                                   words_[demonym->end_word - 1].name_end -
                                       words_[demonym->first_word].span.begin)) +
              " " +
              LowerKey(text_.substr(words_[demonym->end_word - 1].name_end,
                                    c.m.span.end - words_[demonym->end_word - 1].name_end));
    }
    // Singular head: "missiles" -> "missile".
    if (weapon && label.size() > 3 && label.back() == 's' && label[label.size() - 2] != 's') {
      label.pop_back();
    }
    c.m.label = owned_.Keep(label);
    c.first_word = b;
    c.end_word = e;
    cands_.push_back(std::move(c));
    next = e;
  }
}

bool SameType(const Cand& c, EntityType want) {
  if (c.m.kind != MentionKind::kName) {
    // "an official from the JCS ... The official said": a described person.
    return want == EntityType::kPerson && c.m.kind == MentionKind::kNominal && c.acting_for >= 0;
  }
  switch (want) {
    case EntityType::kPerson:
      return c.m.type == EntityType::kPerson;
    case EntityType::kGovernmentOrganization:
      return c.m.type == EntityType::kGovernmentOrganization ||
             c.m.type == EntityType::kMilitaryUnit;
    case EntityType::kOrganization:
      return c.m.type == EntityType::kOrganization;
    case EntityType::kNewsMedia:
      return c.m.type == EntityType::kNewsMedia;
    default:
      return c.m.type == want;
  }
}

// A plural's "s" dropped: "officials" and "official" describe alike.
std::string_view NounStem(std::string_view w) {
  return w.size() > 1 && w.back() == 's' ? w.substr(0, w.size() - 1) : w;
}

bool DocTagger::DescribedAs(const Cand& c, std::string_view head) const {
  if (c.m.kind != MentionKind::kNominal || c.acting_for < 0 || c.m.type != EntityType::kPerson ||
      !base::EqualsAsciiLower(NounStem(c.m.title), head)) {
    return false;
  }
  // Introduced here ("an official from the JCS"), not itself a reference
  // back ("the Norvane executive", who may be the person named before).
  const std::string_view det = Lower(words_[c.first_word]);
  return det == "a" || det == "an" || det == "another";
}

void DocTagger::TypeByApposition() {
  const uint32_t n = static_cast<uint32_t>(words_.size());
  auto nominal = [&](uint32_t b, uint32_t e) -> const EntityType* {
    // The head of words [b, e): its last two words, else its last.
    if (e - b >= 2) {
      std::string& two = misc_key_;
      two.assign(Lower(words_[e - 2])).append(" ").append(Lower(words_[e - 1]));
      if (const auto* hit = lex_->nominals.find(two)) {
        return &hit->second;
      }
    }
    const auto* hit = lex_->nominals.find(Lower(words_[e - 1]));
    return hit ? &hit->second : nullptr;
  };
  // The candidates a retyping reaches: names not from the knowledge base
  // (which of them it reaches stays fixed here, only types change).
  auto retyped = [](const Cand& o) { return o.m.kind == MentionKind::kName && o.m.kb_entry == 0; };
  bool made = false;  // same_label_first_ and same_label_next_
  const size_t count = cands_.size();
  for (size_t x = 0; x < count; ++x) {
    const Cand& c = cands_[x];
    const uint32_t e = c.end_word;
    if (c.m.kind != MentionKind::kName || c.m.kb_entry != 0 || c.dropped || e >= n || e == 0 ||
        (c.m.type != EntityType::kPerson && c.m.type != EntityType::kOrganization)) {
      continue;
    }
    const Word& next = words_[e];
    const EntityType* type = nullptr;
    if (next.text == "," && e + 2 < n &&
        (Lower(words_[e + 1]) == "a" || Lower(words_[e + 1]) == "an")) {
      // The head: the last of up to five lowercase words, before a comma or
      // the sentence's end ("a defence news site," -> "news site").
      uint32_t end = e + 2;
      while (end < n && end < e + 7 && words_[end].is_word() && !words_[end].cap()) {
        ++end;
      }
      if (end == e + 2 || end >= n ||
          (words_[end].text != "," && words_[end].text != "." && words_[end].text != ";")) {
        continue;
      }
      type = nominal(e + 2, end);
      if (type != nullptr && c.m.type == EntityType::kOrganization &&
          *type != EntityType::kNewsMedia) {
        continue;
      }
    } else if (next.is_word() && !next.cap() && (next.flags & kNominal) &&
               !words_[e - 1].possessive() && next.span.begin > words_[e - 1].span.end) {
      // A medium's head noun right after the name: "the Lindby news agency
      // said". Only a medium: "the Reagan administration", "the Roe group"
      // are a person's; nor "daily" or "weekly", adverbs too ("leaves Lindby
      // daily"); nor after a possessive ("Roe's company").
      uint32_t end = e + 1;
      if (end < n && words_[end].is_word() && !words_[end].cap()) {
        ++end;  // room for a two-word head
      }
      // "the Communist Party newspaper Pravda": the name after the head is
      // the medium, the one before it its owner.
      if (end < n && words_[end].cap()) {
        continue;
      }
      type = end - e == 2 ? nominal(e, end) : nullptr;
      if (type == nullptr || *type != EntityType::kNewsMedia) {
        const auto* hit = lex_->nominals.find(Lower(next));
        type = hit ? &hit->second : nullptr;
      }
      if (type == nullptr || *type != EntityType::kNewsMedia || Lower(next) == "daily" ||
          Lower(next) == "weekly") {
        continue;
      }
    } else {
      continue;
    }
    if (type == nullptr || *type == EntityType::kPerson || *type == c.m.type) {
      continue;
    }
    const EntityType to = *type;
    const std::string_view label = c.m.label;  // (lasting: cands_ may not move it)
    if (count <= ScanLimit(kFewCands)) {
      for (Cand& o : cands_) {
        if (retyped(o) && o.m.label == label) {
          o.m.type = to;
        }
      }
      continue;
    }
    // Many names (a long document): through chains of the candidates by
    // label, made at the first retyping, in index order as the scan.
    if (!made) {
      LabelChains(retyped);
      made = true;
    }
    for (int32_t k = *same_label_first_.find(label); k >= 0; k = same_label_next_[k]) {
      cands_[k].m.type = to;
    }
  }
}

template <typename Keep>
void DocTagger::LabelChains(Keep keep) {
  same_label_first_.clear();
  same_label_next_.assign(cands_.size(), -1);
  for (size_t k = cands_.size(); k-- > 0;) {
    const Cand& c = cands_[k];
    if (!keep(c)) {
      continue;
    }
    if (!same_label_first_.insert(c.m.label, static_cast<int32_t>(k))) {
      int32_t& first = *same_label_first_.find(c.m.label);
      same_label_next_[k] = first;
      first = static_cast<int32_t>(k);
    }
  }
}

void DocTagger::Anaphora() {
  {
    // Sorted through an index (the same comparisons, so the same order as
    // sorting the candidates themselves), then each candidate moved once.
    std::vector<uint32_t>& order = order_;
    SortBySpan(order, [](const Span& x) { return uint64_t{x.begin} << 32 | x.end; });
    // Room for a mention per nominal word here and for Descriptions()
    // without a move.
    const size_t room = (cands_.size() + nominal_words_.size()) * 3 + 8;
    cands_.reserve(room);
    // Short names point to their full names (ClassifySingles): renumbered.
    const std::vector<int32_t>& where = PlacesOf(order);
    // Each candidate moved once; those already in span order (most: the
    // names found in text order) not at all.
    base::Permute(cands_, order);
    for (Cand& c : cands_) {
      if (c.antecedent >= 0) {
        c.antecedent = where[c.antecedent];
      }
    }
  }
  const size_t names = cands_.size();
  // The names by their first and their end word, made when first asked.
  bool made_first = false, made_end = false;
  auto names_at_first = [&]() -> const CandsAt& {
    if (!made_first) {
      by_first_.Build(cands_, names, [](const Cand& c) { return c.first_word; });
      made_first = true;
    }
    return by_first_;
  };
  auto names_at_end = [&]() -> const CandsAt& {
    if (!made_end) {
      by_end_.Build(cands_, names, [](const Cand& c) { return c.end_word; });
      made_end = true;
    }
    return by_end_;
  };
  auto window_start = [&](uint32_t word, uint32_t back) {
    uint32_t s = sentence_of_[word];
    s = s >= back ? s - back : 0;
    return layer_->sentences[s].first_token;
  };
  // Countries in the document named "North X" / "South X", for "the North",
  // listed when first asked (so that many "the North" do not each look at
  // every name).
  std::vector<uint32_t> compass;
  bool made_compass = false;
  auto compass_country = [&](std::string_view dir, uint32_t word) -> int32_t {
    if (!made_compass) {
      for (uint32_t k = 0; k < names; ++k) {
        const Cand& c = cands_[k];
        if (c.m.type == EntityType::kCountry && c.m.kb_entry != 0 &&
            (c.m.label.starts_with("North ") || c.m.label.starts_with("South "))) {
          compass.push_back(k);
        }
      }
      made_compass = true;
    }
    int32_t best = -1;
    for (const uint32_t k : compass) {
      const Cand& c = cands_[k];
      std::string_view l = c.m.label;
      if (l.size() <= dir.size() || l.substr(0, dir.size()) != dir || l[dir.size()] != ' ') {
        continue;
      }
      if (best < 0 || (c.first_word < word && c.first_word > cands_[best].first_word) ||
          (cands_[best].first_word > word && c.first_word < cands_[best].first_word)) {
        best = static_cast<int32_t>(k);
      }
    }
    return best;
  };
  // "an official from the JCS", "a JCS official": a person acting for an
  // organisation.
  for (const uint32_t k : nominal_words_) {
    const Word& w = words_[k];
    if (k == 0 || w.cap()) {
      continue;
    }
    if (!(w.flags & kPersonNominal)) {
      continue;
    }
    std::string_view lw = Lower(w);
    if (lw.size() > 1 && lw.back() == 's' && !lex_->nominals.count(lw)) {
      lw.remove_suffix(1);
    }
    auto nom = lex_->nominals.find(lw);
    if (nom == lex_->nominals.end() || nom->second != EntityType::kPerson) {
      continue;
    }
    const uint32_t s = sentence_of_[k];
    const uint32_t send = layer_->sentences[s].end_token;
    auto is_org = [](const Cand& c) {
      return c.m.kind == MentionKind::kName &&
             (c.m.type == EntityType::kGovernmentOrganization ||
              c.m.type == EntityType::kOrganization || c.m.type == EntityType::kNewsMedia ||
              c.m.type == EntityType::kMilitaryUnit);
    };
    int32_t org = -1;
    uint32_t b = k, e = k + 1;
    // "An official from X" (also "of", "at", "with"); "the chairman of X"
    // and "a spokesman for X" only where no comma sets them in apposition to
    // a name ("Jane Roe, a spokesman for X," is Jane Roe).
    const std::string_view prep = k + 1 < send && words_[k + 1].is_word() ? words_[k + 1].text : "";
    const bool indefinite = IsDeterminer(words_[k - 1].text);
    const bool apposition = k >= 2 && (words_[k - 2].text == "," || words_[k - 2].text == "(");
    if ((indefinite && (prep == "from" || prep == "of" || prep == "at" || prep == "with")) ||
        ((indefinite || IsThe(words_[k - 1].text)) && !apposition &&
         (prep == "of" || prep == "for"))) {
      uint32_t o = k + 2;
      if (o < send && IsThe(words_[o].text)) {
        ++o;
      }
      org = names_at_first().Last(o, [&](uint32_t c) { return is_org(cands_[c]); });
      if (org >= 0) {
        b = k - 1, e = cands_[org].end_word;
      }
    } else {
      if (!words_[k - 1].possessive()) {
        org = names_at_end().Last(k, [&](uint32_t c) { return is_org(cands_[c]); });
      }
      if (org >= 0 && k + 1 < words_.size()) {
        // "USFK commander Xavier Brunson": the title of a named person.
        bool named = false;
        names_at_first().ForEach(k + 1, [&](uint32_t c) {
          if (cands_[c].m.type == EntityType::kPerson) {
            cands_[c].acting_for = org;
            named = true;
          }
        });
        if (named) {
          continue;
        }
      }
      if (org >= 0) {
        b = cands_[org].first_word;
        if (b > 0 && (IsDeterminer(words_[b - 1].text) || IsThe(words_[b - 1].text))) {
          --b;
        }
      }
    }
    if (org < 0) {
      continue;
    }
    Cand c;
    c.m.span = {words_[b].span.begin, words_[e - 1].name_end};
    c.m.type = EntityType::kPerson;
    c.m.kind = MentionKind::kNominal;
    c.m.label = w.text;
    c.m.title = w.text;
    c.first_word = b;
    c.end_word = e;
    c.acting_for = org;
    cands_.push_back(std::move(c));
  }
  // The mentions below are added word by word, in the order of their first
  // words (k - 1 or k); those before them are indexed for FindAntecedent
  // when first asked.
  const size_t fixed = cands_.size();
  bool made_antecedents = false;
  auto antecedent = [&](uint32_t k, uint32_t back, auto ok) {
    if (!made_antecedents) {
      antecedents_.Build(cands_, fixed, [](const Cand& c) { return c.first_word; });
      made_antecedents = true;
    }
    return FindAntecedent(antecedents_, fixed, k, window_start(k, back), ok);
  };
  for (const uint32_t k : nominal_words_) {
    const Word& w = words_[k];
    if (covered_[k]) {
      continue;
    }
    const uint32_t s = sentence_of_[k];
    const uint32_t send = layer_->sentences[s].end_token;
    if (!(w.flags & (kPersonPronoun | kNominal)) && w.text != "North" && w.text != "South") {
      continue;
    }
    const std::string_view lw = Lower(w);
    // "the North", "the South" for North and South Korea.
    if ((w.text == "North" || w.text == "South") &&
        (k + 1 >= send || !words_[k + 1].is_word() || !words_[k + 1].cap()) && k > 0 &&
        IsThe(words_[k - 1].text)) {
      int32_t a = compass_country(w.text, k);
      if (a >= 0) {
        Cand c;
        c.m.span = {words_[k - 1].span.begin, w.name_end};
        c.m.type = EntityType::kCountry;
        c.m.kind = MentionKind::kNominal;
        c.m.label = cands_[a].m.label;
        c.m.kb_entry = cands_[a].m.kb_entry;
        c.first_word = k - 1;
        c.end_word = k + 1;
        c.antecedent = a;
        cands_.push_back(std::move(c));
      }
      continue;
    }
    if (w.cap() && !(k == layer_->sentences[s].first_token)) {
      continue;
    }
    // he / she / his / her -> the most recent person in this or the two
    // previous sentences.
    if (w.flags & kPersonPronoun) {
      int32_t a = antecedent(k, 2, [](const Cand& c) { return SameType(c, EntityType::kPerson); });
      if (a < 0) {
        continue;
      }
      Cand c;
      c.m.span = w.span;
      c.m.type = EntityType::kPerson;
      c.m.kind = MentionKind::kPronoun;
      c.m.label = cands_[a].m.label;
      c.first_word = k;
      c.end_word = k + 1;
      c.antecedent = a;
      cands_.push_back(std::move(c));
      continue;
    }
    // "the agency", "The ministry", "the company's".
    if (k == 0 || !IsThe(words_[k - 1].text) || sentence_of_[k - 1] != s) {
      continue;
    }
    uint32_t e = k + 1;
    auto nom = lex_->nominals.find(lw);
    if (!w.possessive() && e < send && words_[e].is_word() && (w.flags & kNominal)) {
      std::string& two_words = misc_key_;
      two_words.assign(lw).append(" ").append(Lower(words_[e]));
      auto two = lex_->nominals.find(two_words);
      if (two != lex_->nominals.end()) {
        nom = two, ++e;
      }
    }
    if (nom == lex_->nominals.end()) {
      continue;
    }
    if (!words_[e - 1].possessive() && e < send && words_[e].is_word() &&
        (words_[e].text == "of" || words_[e].cap())) {
      continue;  // "the ministry of defence", "the agency Reuters"
    }
    // "An official from the JCS told reporters ... Kim Jong Un called for ...
    // The official said": a person described by a noun is the last person
    // described by the same noun, over a nearer person named otherwise.
    int32_t a = -1;
    if ((w.flags & kPersonNominal) && nom->second == EntityType::kPerson) {
      const std::string_view head = NounStem(lw);
      a = antecedent(k, 6, [&](const Cand& c) { return DescribedAs(c, head); });
    }
    if (a < 0) {
      const EntityType want = nom->second;
      a = antecedent(k, 3, [want](const Cand& c) { return SameType(c, want); });
    }
    if (a < 0) {
      continue;
    }
    Cand c;
    c.m.span = {words_[k - 1].span.begin, words_[e - 1].name_end};
    c.m.type = cands_[a].m.type;
    c.m.kind = MentionKind::kNominal;
    c.m.label = cands_[a].m.label;
    c.m.kb_entry = cands_[a].m.kb_entry;
    c.first_word = k - 1;
    c.end_word = e;
    c.antecedent = a;
    cands_.push_back(std::move(c));
  }
}

void DocTagger::PersonsAfterCompanies() {
  // The names are in span order (Anaphora), so the company is one of the
  // two candidates before the person (the second where one nests in it).
  for (size_t x = 1; x < cands_.size(); ++x) {
    Cand& p = cands_[x];
    if (p.m.kind != MentionKind::kName || p.m.type != EntityType::kPerson || p.acting_for >= 0) {
      continue;
    }
    for (size_t back = 1; back <= 2 && back <= x; ++back) {
      const size_t y = x - back;
      const Cand& o = cands_[y];
      // The title's "of" before the company ("renamed Norvane Corp. Tom
      // Baker, its president, ..." is a sentence cut short), in one sentence.
      if (o.end_word == p.first_word && o.m.kind == MentionKind::kName &&
          ClassIsOrganization(o.m.type) && o.end_word - o.first_word >= 2 && o.first_word > 0 &&
          words_[o.first_word - 1].text == "of" &&
          sentence_of_[o.end_word - 1] == sentence_of_[p.first_word] &&
          !words_[o.end_word - 1].possessive() &&
          (IsLegalForm(words_[o.end_word - 1]) ||
           (words_[o.end_word - 1].text == "." && IsLegalForm(words_[o.end_word - 2])))) {
        p.acting_for = static_cast<int32_t>(y);
        break;
      }
    }
  }
}

// A place named with the region of the same country it lies in is one
// mention, the region a mention of its own too: "San Jose, California" in
// "Lindby opened a store in San Jose, California on Monday". Not a list of
// places ("Boston, Chicago and Denver"), nor a country after the comma
// ("Lindby, Norvia": a dateline names the city alone).
void DocTagger::PlacesWithTheirRegion() {
  const size_t n = cands_.size();
  // Indexes by word, made at the first place before a comma (most documents
  // have none): the first known place name starting at each word, and
  // whether a place or country name ends there. Each test is then one
  // lookup, not a scan of every candidate.
  std::vector<int32_t> place_at;
  std::vector<uint8_t> place_end;
  auto index = [&] {
    IndexFirstAt(
        n,
        [](const Cand& c) {
          return c.m.kind == MentionKind::kName && c.m.type == EntityType::kPlace &&
                 c.m.kb_entry != 0;
        },
        place_at);
    place_end.assign(words_.size() + 1, 0);
    for (size_t k = 0; k < n; ++k) {
      const Cand& c = cands_[k];
      if (c.m.kind == MentionKind::kName &&
          (c.m.type == EntityType::kPlace || c.m.type == EntityType::kCountry)) {
        place_end[c.end_word] = 1;
      }
    }
  };
  // The candidate of the known place name at `first` when the gazetteer's
  // entry there covers it exactly (its entry in `e`), else -1.
  auto place_name_at = [&](uint32_t first, const GazEntry*& e) -> int32_t {
    const int32_t k = place_at[first];
    if (k < 0) {
      return -1;
    }
    const Cand& c = cands_[k];
    const uint32_t end = layer_->sentences[sentence_of_[first]].end_token;
    uint32_t j = 0;
    e = MatchGazetteer(first, std::min<uint32_t>(end, words_.size()), j);
    return e && j == c.end_word && e->type == EntityType::kPlace && e->role == NameRole::kName &&
                   e->country != 0
               ? k
               : -1;
  };
  // ", Denver", ", Deleware": a comma and a capitalised word, known or not.
  auto comma_then_name = [&](uint32_t k) {
    return k + 1 < words_.size() && words_[k].text == "," && words_[k + 1].is_word() &&
           words_[k + 1].cap();
  };
  auto conjunction = [&](uint32_t k) {
    return k < words_.size() && words_[k].is_word() &&
           (words_[k].text == "and" || words_[k].text == "or");
  };
  for (size_t a = 0; a < n; ++a) {
    const uint32_t i = cands_[a].first_word, j = cands_[a].end_word;
    if (cands_[a].m.type != EntityType::kPlace || cands_[a].m.kind != MentionKind::kName ||
        j + 1 >= words_.size() || words_[j].text != "," || sentence_of_[j + 1] != sentence_of_[i]) {
      continue;
    }
    if (place_at.empty()) {
      index();
    }
    const GazEntry* city = nullptr;
    const GazEntry* region = nullptr;
    if (place_name_at(i, city) != static_cast<int32_t>(a)) {
      continue;
    }
    const int32_t b = place_name_at(j + 1, region);
    if (b < 0 || region->country != city->country || region->kb_entry == city->kb_entry) {
      continue;
    }
    // A list: "Boston, Chicago and Denver", "Denver, Boston, Chicago".
    const uint32_t e = cands_[b].end_word;
    const bool comma_after = e < words_.size() && words_[e].text == ",";
    if (conjunction(e) || (comma_after && conjunction(e + 1)) || comma_then_name(e) ||
        (i >= 2 && words_[i - 1].text == "," && place_end[i - 1])) {
      continue;
    }
    cands_[a].m.span.end = cands_[b].m.span.end;
  }
}

// A country or place stands for its government (EntityType::kCountry), so
// "the government of" before its name is part of its mention: "loans from
// the government of Norvia", "the provincial government of Lindby", "the
// governments of Norvia and Lindby" (the first conjunct's).
void DocTagger::GovernmentsOfPlaces() {
  static const StringSet kLevels = [] {
    StringSet t;
    for (std::string_view w :
         {"federal", "provincial", "state", "national", "central", "regional", "local"}) {
      t.insert(w);
    }
    return t;
  }();
  for (Cand& c : cands_) {
    if (c.m.kind != MentionKind::kName ||
        (c.m.type != EntityType::kCountry && c.m.type != EntityType::kPlace)) {
      continue;
    }
    uint32_t k = c.first_word;  // "of the United States": the article is in the span
    if (k > 0 && words_[k - 1].span.begin == c.m.span.begin) {
      --k;
    }
    if (k < 3 || Lower(words_[k - 1]) != "of" ||
        (Lower(words_[k - 2]) != "government" && Lower(words_[k - 2]) != "governments")) {
      continue;
    }
    uint32_t d = k - 3;
    if (d > 0 && kLevels.count(Lower(words_[d])) > 0) {
      --d;
    }
    if (!IsThe(words_[d].text) || sentence_of_[d] != sentence_of_[c.first_word]) {
      continue;
    }
    c.m.span.begin = words_[d].span.begin;
  }
}

// A title of an organisation or place in apposition after a person's name
// is a description of the person: "Jane Roe, Prime Minister of Lindby,",
// "Jane Roe, the chief executive of Norvane Optics Corp." gives the person
// mentions "Prime Minister of Lindby" and "the chief executive of Norvane
// Optics Corp", and the whole apposition; the organisation or place stays
// its own mention. Only where the title's object closes the phrase: not
// "Jane Roe, the chairman of Lindby and Norvane".
void DocTagger::AppositiveTitles() {
  const size_t n = cands_.size();
  const uint32_t words = static_cast<uint32_t>(words_.size());
  // The indexes (IndexFirstAt) are made at the first title in apposition:
  // most documents have none.
  auto first_at = [&](std::vector<int32_t>& index, uint32_t word, auto keep) -> int32_t {
    if (index.empty()) {
      IndexFirstAt(
          n, [&](const Cand& c) { return !c.dropped && keep(c); }, index);
    }
    return index[word];
  };
  // An organisation, place or country name.
  std::vector<int32_t> name_at;
  auto name_starting_at = [&](uint32_t word) {
    return first_at(name_at, word, [](const Cand& c) {
      return c.m.kind == MentionKind::kName &&
             (c.m.type == EntityType::kCountry || c.m.type == EntityType::kPlace ||
              ClassIsOrganization(c.m.type));
    });
  };
  // A person nominal ("the chief").
  std::vector<int32_t> role_at;
  auto role_starting_at = [&](uint32_t word) {
    return first_at(role_at, word, [](const Cand& c) {
      return c.m.kind == MentionKind::kNominal && c.m.type == EntityType::kPerson;
    });
  };
  for (size_t k = 0; k < n; ++k) {
    if (cands_[k].m.kind != MentionKind::kName || cands_[k].m.type != EntityType::kPerson ||
        cands_[k].dropped) {
      continue;
    }
    const uint32_t comma = cands_[k].end_word;
    if (comma + 2 >= words || words_[comma].text != "," ||
        sentence_of_[comma] != sentence_of_[comma + 1]) {
      continue;
    }
    const uint32_t b = comma + 1;
    const uint32_t t = b + (words_[b].text == "the");
    // A title before a name ("Jane Roe, the Vice Chairman Jim Poe") is no apposition.
    if (!(words_[t].flags & (kTitleStart | kTitlePrefix)) || MatchTitleAt(t, words) != 0) {
      continue;
    }
    const uint32_t len = MatchTitleAt(t, words, false);
    const uint32_t of = t + len;
    if (len == 0 || of + 1 >= words || words_[of].text != "of" || words_[of - 1].possessive()) {
      continue;
    }
    const uint32_t x_word = of + 1 + IsThe(words_[of + 1].text);
    const int32_t x = x_word < words ? name_starting_at(x_word) : -1;
    if (x < 0) {
      continue;
    }
    const uint32_t x_end = cands_[x].end_word;
    // The phrase ends with the object: a comma, period or sentence end after it.
    if (words_[x_end - 1].possessive() ||
        (x_end < words && sentence_of_[x_end] == sentence_of_[x_end - 1] &&
         !(words_[x_end].text == "," || words_[x_end].text == "." || words_[x_end].text == ";"))) {
      continue;
    }
    // A place's region or a company's description may follow the comma:
    // "president of Lindby, Calif.-based Norvane", "chairman of the Lindby,
    // Ohio, maker of lenses".
    if (x_end + 1 < words && words_[x_end].text == "," && words_[x_end + 1].cap() &&
        sentence_of_[x_end + 1] == sentence_of_[x_end]) {
      continue;
    }
    const uint32_t first = cands_[k].first_word;
    const uint32_t span_end = words_[x_end - 1].name_end;
    for (const uint32_t from : {b, first}) {
      Cand c;
      c.m.span = {words_[from].span.begin, span_end};
      c.m.type = EntityType::kPerson;
      c.m.kind = MentionKind::kNominal;
      c.m.label = cands_[k].m.label;
      c.m.kb_entry = cands_[k].m.kb_entry;
      c.m.title = cands_[k].m.title;
      c.first_word = from;
      c.end_word = x_end;
      c.antecedent = static_cast<int32_t>(k);
      // A role word's mention at the title's start ("the chief" of "the
      // chief executive officer of Norvane Optics Corp") is this mention,
      // cut short: it becomes the whole title in its place (its index
      // stays, for any reference to it).
      const int32_t inner = from == b ? role_starting_at(b) : -1;
      if (inner >= 0 && cands_[inner].end_word <= of) {
        cands_[inner] = std::move(c);
        continue;
      }
      cands_.push_back(std::move(c));
    }
  }
}

// Descriptions that name an entity together with its title or kind, kept as
// mentions of it: "Australian Prime Minister John Howard", "Chrysler Chief
// Executive Robert Nardelli", "U.S. automaker GM", "the American computer
// company Apple". The name itself stays a mention of its own.
void DocTagger::Descriptions() {
  const size_t n = cands_.size();
  cands_.reserve(n * 3 + 8);  // at most two descriptions per name: references stay valid
  bool made_index = false;
  auto mention_ending_at = [&](uint32_t word, bool org_or_country) -> int32_t {
    if (!made_index) {
      by_end_.Build(cands_, n, [](const Cand& c) { return c.end_word; });
      made_index = true;
    }
    return by_end_.First(word, [&](uint32_t k) {
      const Cand& c = cands_[k];
      return c.m.kind == MentionKind::kName &&
             (!org_or_country || c.m.type == EntityType::kCountry || ClassIsOrganization(c.m.type));
    });
  };
  for (size_t k = 0; k < n; ++k) {
    const Cand& name = cands_[k];
    if (name.m.kind != MentionKind::kName) {
      continue;
    }
    uint32_t b = name.first_word;
    if (name.m.type == EntityType::kPerson && name.title_word < name.first_word) {
      b = name.title_word;
      // "U.S. President", "Chrysler Chief Executive": the qualified title is
      // a description of the person on its own too.
      int32_t q = mention_ending_at(b, true);
      // "Finance Minister Jane Roe": the portfolio's title is a description too.
      const bool portfolio = q < 0 && b + 1 < name.first_word &&
                             PortfolioOfTitle(b, name.first_word - 1, name.first_word);
      if ((q >= 0 && !words_[b - 1].possessive()) || portfolio) {
        b = q >= 0 ? cands_[q].first_word : b;
        Cand t;
        t.m.span = {words_[b].span.begin, words_[name.first_word - 1].name_end};
        t.m.type = EntityType::kPerson;
        t.m.kind = MentionKind::kNominal;
        t.m.label = name.m.label;
        t.m.title = name.m.title;
        t.first_word = b;
        t.end_word = name.first_word;
        t.antecedent = static_cast<int32_t>(k);
        if (words_[name.first_word - 1].is_word()) {
          cands_.push_back(std::move(t));
        }
      }
    } else if (ClassIsOrganization(name.m.type) && b > 0 && words_[b - 1].is_word() &&
               lex_->org_descriptors.count(Lower(words_[b - 1])) &&
               sentence_of_[b - 1] == sentence_of_[b]) {
      b -= 1;
      const uint32_t first = layer_->sentences[sentence_of_[b]].first_token;
      for (int steps = 0; steps < 6 && b > first; ++steps) {
        const Word& p = words_[b - 1];
        if (!p.is_word()) {
          break;
        }
        if (int32_t q = mention_ending_at(b, true); q >= 0) {
          b = cands_[q].first_word;  // "U.S. automaker", "The United States's largest"
          if (b > first && IsThe(words_[b - 1].text)) {
            --b;
          }
          continue;
        }
        if (p.possessive()) {
          break;
        }
        const std::string_view lp = Lower(p);
        if (lp == "and" && b - 1 > first && words_[b - 2].is_word() && !words_[b - 2].cap()) {
          b -= 2;  // "computer and electronics maker"
          continue;
        }
        const bool function = IsThe(p.text) || IsDeterminer(p.text) || IsFunctionWord(lp) ||
                              lp == "against" || lp == "versus" || lp == "like" || lp == "its" ||
                              lp == "his" || lp == "her" || lp == "their";
        if (IsThe(p.text)) {
          --b;
          break;
        }
        if (function || (p.cap() && b - 1 != first) || EndsWith(lp, "ed") || EndsWith(lp, "ly")) {
          break;
        }
        --b;
      }
    } else {
      continue;
    }
    if (b >= name.first_word) {
      continue;
    }
    Cand c;
    c.m.span = {words_[b].span.begin, name.m.span.end};
    c.m.type = name.m.type;
    c.m.kind = MentionKind::kNominal;
    c.m.label = name.m.label;
    c.m.kb_entry = name.m.kb_entry;
    c.m.title = name.m.title;
    c.first_word = b;
    c.end_word = name.end_word;
    c.antecedent = static_cast<int32_t>(k);
    cands_.push_back(std::move(c));
  }
}

// Abbreviations listed with their period ("Jan.", "Sept.") are split from
// it by the tokenizer: "Jan. 24" is a date, never a name. `number` is the
// number's word; the two words before it are complete.
void DocTagger::MarkAbbreviationBefore(size_t number) {
  Word& w = words_[number - 2];
  if (!w.is_word() || !w.cap() || w.not_name() || w.possessive()) {
    return;
  }
  const Word& dot = words_[number - 1];
  if (dot.text != "." || dot.span.begin != w.span.end) {
    return;
  }
  std::string& dotted = misc_key_;
  dotted.assign(w.text).push_back('.');
  if (lex_->not_a_name.count(dotted)) {
    w.bits |= kWordNotName;
  }
}

// The author metadata names people: where the text writes an author's name
// ("By Mara Lindqvist" in a byline) it is a person, even when the words are
// no known names. Only personal names: two to four capitalised words, none a
// word of a newsroom ("Staff", "Desk", "Press").
void DocTagger::Authors() {
  std::string_view rest = author_;
  while (!rest.empty()) {
    size_t cut = std::min({rest.find(','), rest.find(';'), rest.find(" and ")});
    std::string_view name = rest.substr(0, cut);
    rest = cut == std::string_view::npos
               ? std::string_view()
               : rest.substr(cut + (rest.compare(cut, 5, " and ") == 0 ? 5 : 1));
    while (!name.empty() && name.front() == ' ') {
      name.remove_prefix(1);
    }
    while (!name.empty() && name.back() == ' ') {
      name.remove_suffix(1);
    }
    if (name.size() > 3 && (name.substr(0, 3) == "By " || name.substr(0, 3) == "by ")) {
      name.remove_prefix(3);  // a byline copied whole
    }
    if (name.size() < 5 || name.size() > 60) {
      continue;
    }
    int words = 0;
    bool personal = true;
    for (size_t b = 0; b < name.size() && personal;) {
      size_t e = name.find(' ', b);
      e = e == std::string_view::npos ? name.size() : e;
      const std::string_view w = name.substr(b, e - b);
      std::string lower(w);
      for (char& ch : lower) {
        ch = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
      }
      personal = !w.empty() && w[0] >= 'A' && w[0] <= 'Z' &&
                 !base::IsIn(lower, {"staff",    "desk",      "team",          "board",
                                     "newsroom", "press",     "agency",        "news",
                                     "reporter", "reporters", "correspondent", "correspondents",
                                     "service",  "wire",      "bureau",        "editor",
                                     "editors",  "editorial", "writers",       "contributors"});
      ++words;
      b = e + 1;
    }
    if (!personal || words < 2 || words > 4) {
      continue;
    }
    for (size_t at = text_.find(name); at != std::string_view::npos;
         at = text_.find(name, at + 1)) {
      // Whole words only: the first word starts at `at`, the last ends at
      // the name's end.
      auto first = std::lower_bound(words_.begin(), words_.end(), at,
                                    [](const Word& w, size_t pos) { return w.span.begin < pos; });
      if (first == words_.end() || first->span.begin != at) {
        continue;
      }
      const uint32_t i = static_cast<uint32_t>(first - words_.begin());
      uint32_t j = i;
      while (j < words_.size() && words_[j].name_end < at + name.size()) {
        ++j;
      }
      if (j == words_.size() || words_[j].name_end != at + name.size()) {
        continue;
      }
      ++j;
      bool free = true;
      for (uint32_t k = i; k < j; ++k) {
        free = free && !covered_[k];
      }
      if (free) {
        AddName(EntityType::kPerson, i, j, {});
      }
    }
  }
}

// The tagger's view of every token, and the few words the passes start from
// (name_starts_, head_words_, nominal_words_, hyphen_words_).
void DocTagger::MakeWords() {
  if (notes_made_always) {
    FillWords<false>();
  } else {
    FillWords<true>();
  }
}

template <bool kNotesFromRecords>
void DocTagger::FillWords() {
  const auto& toks = layer_->tokens;
  const uint32_t n = static_cast<uint32_t>(toks.size());
  if (words_store_.size() < n) {
    words_store_.resize(n);
  }
  words_ = std::span<Word>(words_store_.data(), n);
  // Filled in place through raw pointers held in locals: a store into a
  // Word may alias any member, which would else be loaded again. Each Word
  // is written whole.
  Word* const words = words_.data();
  const model::Token* const tokens = toks.data();
  const std::string_view text = text_;
  const WordRecord* const* const records = records_;
  const char* const text_data = text.data();
  const LowercaseMap::Reader lowercase = lowercase_->reader();
  const model::Token* const tokens_end = tokens + n;
  Word* w = words;
  const WordRecord* const* record = records;
  // The flags of a lowercase word that put it on a list (NoteWord, ListWord).
  constexpr uint16_t kListedLowercase = kTitleStart | kTitlePrefix | kMilitaryHead | kWeaponHead |
                                        kPersonNominal | kPersonPronoun | kNominal;
  // Through pointers: the token's index is needed only for the few words a
  // list takes.
  for (const model::Token* t = tokens; t != tokens_end; ++t, ++w, ++record) {
    const uint32_t begin = t->span.begin, size = t->span.end - begin;
    // Every token's span and text as written (MakeOtherWord cuts off a
    // possessive).
    w->span = t->span;
    w->name_end = t->span.end;
    w->text = std::string_view(text_data + begin, size);
    uint64_t caps = 0;
    uint16_t flags;
    // Most tokens are words of lowercase letters ("said"), told by the map
    // at once; most others words of at most 8 ASCII letters ("Seoul"),
    // which hold no possessive, digit or hyphen either: told here, in a few
    // instructions; the rest by MakeOtherWord.
    if (kNotesFromRecords && t->kind == TokenKind::kWord && size <= LowercaseMap::kMaxSize &&
        lowercase.AllLowercase(begin, size)) {
      // No name starts here, nor has it a hyphen: of NoteWord's tests only
      // those of its flags apply ("the" is no name even capitalised), and
      // those flags are at the bits they give (kNotANameItself is set only
      // with kMaybeNotAName): so its flags and bits are the word's alone,
      // kept in its record (LowercaseNote) and copied with one store.
      // Written without a branch on the flags (half the lowercase words have
      // some, in no pattern a predictor learns): one branch, rarely taken,
      // for the words a list takes.
      const uint32_t note = (*record)->entity_lowercase ^ kLowercasePlain;
      std::memcpy(reinterpret_cast<char*>(w) + offsetof(Word, flags), &note, sizeof note);
      flags = static_cast<uint16_t>(note);
      if (!(flags & kListedLowercase)) [[likely]] {
        continue;
      }
      if (flags & (kTitleStart | kTitlePrefix)) {
        name_starts_.push_back(static_cast<uint32_t>(t - tokens));
      }
      if (flags & (kMilitaryHead | kWeaponHead | kPersonNominal | kPersonPronoun | kNominal)) {
        ListWord(static_cast<uint32_t>(t - tokens), w->bits, flags);
      }
      continue;
    } else if (kNotesFromRecords && t->kind == TokenKind::kWord && size <= LowercaseMap::kMaxSize &&
               static_cast<unsigned>(static_cast<unsigned char>(text_data[begin]) - 'A') < 26u &&
               lowercase.AllLowercase(begin + 1, size - 1)) {
      // A capital, then lowercase letters ("Seoul", "The"): its note is the
      // word's alone too, kept in its record (TitleCaseNote), but for the
      // token's index in its lists.
      const WordRecord& r = **record;
      const uint32_t note = r.entity_titlecase ^ kTitleCasePlain;
      std::memcpy(reinterpret_cast<char*>(w) + offsetof(Word, flags), &note, sizeof note);
      const auto k = static_cast<uint32_t>(t - tokens);
      if (!(r.entity_titlecase_lists & kNoteNoNameStart)) [[likely]] {
        name_starts_.push_back(k);
      } else {
        no_name_starts_.push_back(k);
      }
      if (r.entity_titlecase_lists & kNoteListWord) [[unlikely]] {
        ListWord(k, static_cast<uint16_t>(note >> 16), static_cast<uint16_t>(note));
      }
      continue;
    } else if (t->kind == TokenKind::kWord && size <= 8 && begin + 8 <= text.size() &&
               PureLetters(text_data + begin, size, caps)) {
      // Letters only: a word seen before has its note in cap_memo_ (the
      // bytes its key), a new one is noted there.
      uint64_t key;
      std::memcpy(&key, text_data + begin, 8);
      key &= kLowBytes[size];
      CapMemo& memo = cap_memo_[(key * 0x9E3779B97F4A7C15ull) >> (64 - kCapMemoBits)];
      if (memo.key != key) {
        memo.flags = (*record)->entity_flags;
        memo.note = NoteOf(*w, kWordIsWord | (caps == 0 ? kWordNoCapital : CaseBits(caps, size)),
                           memo.flags);
        memo.key = key;
      }
      w->flags = memo.flags;
      TakeNote(*w, static_cast<uint32_t>(t - tokens), memo.note, memo.flags);
      continue;
    } else if (t->kind != TokenKind::kWord) {
      // Punctuation, a number or a symbol: its span and text, nothing more.
      w->flags = 0;
      w->bits = t->kind == TokenKind::kNumber ? kWordNumber : 0;
      if (t->kind == TokenKind::kNumber && t - tokens >= 2) {
        MarkAbbreviationBefore(static_cast<size_t>(t - tokens));
      }
      continue;
    } else {
      NoteOtherWord(*w, static_cast<uint32_t>(t - tokens), **record);
    }
  }
}

// Any other word ("Washington", "Lindby's", "KN-23"): made by MakeOtherWord
// and noted, or, one of 1 to 16 bytes seen before, found in other_memo_,
// with the length of the possessive it ends in (with 16 bytes of the text
// from it, MakeOtherWord tells every such word the same way wherever it
// stands). Out of line: MakeWords' loop, for most tokens, stays short.
void DocTagger::NoteOtherWord(Word& w, uint32_t k, const WordRecord& record) {
  const model::Token& t = layer_->tokens[k];
  const uint32_t begin = t.span.begin, size = t.span.end - begin;
  const char* const p = text_.data() + begin;
  OtherMemo* memo = nullptr;
  uint64_t head = 0, tail = 0;
  if (size - 1 < 16 && begin + 16 <= text_.size()) {
    std::memcpy(&head, p, 8);
    std::memcpy(&tail, p + 8, 8);
    head &= kLowBytes[std::min<uint32_t>(size, 8)];
    tail &= kLowBytes[size > 8 ? size - 8 : 0];
    memo = &other_memo_[((head ^ tail * 0xC2B2AE3D27D4EB4Full) * 0x9E3779B97F4A7C15ull) >>
                        (64 - kOtherMemoBits)];
    if (memo->head == head && memo->tail == tail && memo->size == size) {
      w.name_end = t.span.end - memo->strip;
      w.text = std::string_view(p, size - memo->strip);
      w.flags = memo->flags;
      TakeNote(w, k, memo->note, memo->flags);
      return;
    }
  }
  const uint16_t bits = MakeOtherWord(text_, t, w);
  // The word's record holds the flags of its whole text; a possessive
  // ("Lindby's") is looked up without its ending.
  const uint16_t flags =
      !(bits & kWordPossessive)
          ? record.entity_flags
          : lex_->Flags(std::string_view(lower_text_.data() + begin, w.name_end - begin));
  w.flags = flags;
  const Note note = NoteOf(w, bits, flags);
  if (memo != nullptr) {
    const auto strip = static_cast<uint8_t>(t.span.end - w.name_end);
    *memo = {head, tail, static_cast<uint8_t>(size), strip, flags, note};
  }
  TakeNote(w, k, note, flags);
}

// A word's final bits, given those MakeWords found (`bits`, with
// kWordTitleCase) and its flags, and the lists that take it: NamePass'
// starts (most of the words listed), or the no-name starts, and the others
// in ListWord. All told by the word's text alone (`w`'s, with `bits` and
// `flags` made of it), so a word's note serves its every repeat (CapMemo).
[[gnu::always_inline]] inline DocTagger::Note DocTagger::NoteOf(const EntityLexicon& lex,
                                                                std::string_view text,
                                                                uint16_t bits, uint16_t flags) {
  const bool title_case = (bits & kWordTitleCase) != 0;
  bits &= ~kWordTitleCase;
  Note note{bits, Note::kNoList, false};
  if (flags == 0 && !(bits & (kWordMayStart | kWordHyphen))) {
    return note;  // a plain word ("about"): no list takes it
  }
  bits |= flags & kTitleWord;  // kWordTitle
  if ((flags & kMaybeNotAName) && ((bits & kWordNoCapital) ? (flags & kNotANameItself) != 0
                                   : title_case            ? (flags & kNotANameCap) != 0
                                                           : lex.not_a_name.count(text) > 0)) {
    bits |= kWordNotName;
  }
  note.bits = bits;
  if ((bits & kWordMayStart) || (flags & (kTitleStart | kTitlePrefix))) {
    // A capitalised word that is no name ("The", "However", "He") and
    // begins no gazetteer entry, product or title, written plainly (ASCII,
    // no '-', '&' or '/', no final '.', not in capitals, no digit or
    // possessive), is a start where NamePass finds nothing: none of its
    // matchers' flags, and IsNameStart says no. Such words (about one
    // sentence start in two) are listed apart, for the confirmed-word
    // walk only, so NamePass does not stop at them.
    constexpr uint16_t kAsked = kWordNotName | kWordCap | kWordAllCaps | kWordCamel | kWordCut |
                                kWordHyphen | kWordNonAscii | kWordDigit | kWordPossessive;
    constexpr uint16_t kMatcherFlags = kGazetteerFirst | kProductLower | kTitleStart | kTitlePrefix;
    note.list = (bits & kAsked) == (kWordNotName | kWordCap) && !(flags & kMatcherFlags) &&
                        text.back() != '.'
                    ? Note::kNoNameStarts
                    : Note::kNameStarts;
  }
  note.list_word =
      (flags & (kMilitaryHead | kWeaponHead | kPersonNominal | kPersonPronoun | kNominal)) ||
      (bits & kWordHyphen) || ((bits & kWordCap) && (text == "North" || text == "South"));
  return note;
}

// Word k takes its note (NoteOf).
[[gnu::always_inline]] inline void DocTagger::TakeNote(Word& w, uint32_t k, const Note& note,
                                                       uint16_t flags) {
  w.bits = note.bits;
  if (note.list == Note::kNameStarts) {
    name_starts_.push_back(k);
  } else if (note.list == Note::kNoNameStarts) {
    no_name_starts_.push_back(k);
  }
  if (note.list_word) {
    ListWord(k, note.bits, flags);
  }
}

void DocTagger::ListWord(uint32_t k, uint16_t bits, uint16_t flags) {
  if (flags & (kMilitaryHead | kWeaponHead)) {
    head_words_.push_back(k);
  }
  if (bits & kWordHyphen) {
    hyphen_words_.push_back(k);
  }
  const std::string_view text = words_[k].text;
  if ((flags & (kPersonNominal | kPersonPronoun | kNominal)) ||
      ((bits & kWordCap) && (text == "North" || text == "South"))) {
    nominal_words_.push_back(k);
  }
}

void DocTagger::NoteInRecord(const EntityLexicon& lex, std::string_view lower, uint16_t flags,
                             WordRecord& record) {
  record.entity_lowercase = LowercaseNote(flags);
  std::string title(lower);
  bool letters = !title.empty();
  for (const char c : title) {
    letters = letters && c >= 'a' && c <= 'z';
  }
  if (!letters) {
    return;  // no token of a capital and lowercase letters has this key
  }
  title[0] = static_cast<char>(title[0] - 'a' + 'A');
  const Note note = NoteOf(lex, title, kTitleCaseBits, flags);
  record.entity_titlecase = (flags | uint32_t{note.bits} << 16) ^ kTitleCasePlain;
  record.entity_titlecase_lists = (note.list == Note::kNoNameStarts ? kNoteNoNameStart : 0) |
                                  (note.list_word ? kNoteListWord : 0);
}

std::vector<Mention> DocTagger::Run(const EntityLexicon& lex, const model::Document& doc,
                                    const model::TextLayer& layer, const Words& words) {
  Start(lex, doc, layer, words);
  return Tag();
}

void DocTagger::Start(const EntityLexicon& lex, const model::Document& doc,
                      const model::TextLayer& layer, const Words& words) {
  lex_ = &lex;
  if (cap_memo_lexicon_ != lex.serial) {
    cap_memo_.fill(CapMemo{});
    other_memo_.fill(OtherMemo{});
    cap_memo_lexicon_ = lex.serial;
  }
  text_ = doc.text;
  author_ = doc.author;
  lower_text_ = words.lower_text();
  records_ = words.records();
  lowercase_ = &words.lowercase_map();
  layer_ = &layer;
  words_ = {};
  sentence_of_.clear();
  covered_.clear();
  head_words_.clear();
  nominal_words_.clear();
  name_starts_.clear();
  next_start_ = 0;
  no_name_starts_.clear();
  hyphen_words_.clear();
  next_hyphen_ = 0;
  confirmed_words_.clear();
  confirmed_.clear();
  confirmed_set_made_ = false;
  surname_end_.clear();
  surnames_seen_ = 0;
  uncapped_.clear();
  uncapped_made_ = false;
  uncapped_asked_ = 0;
  legal_runs_made_ = false;
  legal_runs_scanned_ = 0;
  headline_.clear();
  cands_.clear();
  singles_.clear();
  event_acronyms_.clear();
  owned_.Clear();
}

std::vector<Mention> DocTagger::Tag() {
  const auto& toks = layer_->tokens;
  cands_.reserve(toks.size() / 4 + 8);
  singles_.reserve(toks.size() / 16 + 8);
  MakeWords();
  covered_.assign(words_.size(), 0);
  sentence_of_.assign(words_.size(), 0);
  headline_.assign(layer_->sentences.size(), 0);
  for (uint32_t s = 0; s < layer_->sentences.size(); ++s) {
    const auto& sent = layer_->sentences[s];
    const uint32_t stop = std::min<uint32_t>(sent.end_token, static_cast<uint32_t>(words_.size()));
    // A plain loop through a raw pointer, which the compiler vectorises
    // (std::fill here stored one element at a time).
    uint32_t* const of = sentence_of_.data();
    for (uint32_t k = sent.first_token; k < stop; ++k) {
      of[k] = s;
    }
    // A title-case line without a closing full stop: "Strengthening Ties Between Two Allies".
    const std::string_view last_tok =
        sent.end_token > sent.first_token ? words_[sent.end_token - 1].text : std::string_view();
    const bool closed = last_tok == "." || last_tok == "?" || last_tok == "!";
    if (closed) {
      continue;  // most sentences: no headline, whatever their words
    }
    int n = 0, caps = 0;
    for (uint32_t k = sent.first_token; k < stop; ++k) {
      if (!words_[k].is_word()) {
        continue;
      }
      ++n;
      caps += words_[k].cap();
    }
    headline_[s] = n >= 3 && caps * 10 >= n * 7;
  }
  // Capitalised words after a word, a comma or a parenthesis, outside
  // headlines: confirmed as written mid-sentence (after an opening quote or
  // a colon a word is sentence-initial too).
  auto confirm = [&](uint32_t k) {
    const Word& w = words_[k];
    const Word& p = words_[k - 1];
    if (w.is_word() && w.cap() && (p.is_word() || p.text == "," || p.text == "(")) {
      confirmed_words_.push_back(w.text);
    }
  };
  bool in_order = true;  // sentences one after another, as text::Segment makes them
  for (uint32_t s = 0, after = 0; s < layer_->sentences.size(); ++s) {
    const auto& sent = layer_->sentences[s];
    in_order = in_order && sent.first_token >= after && sent.end_token >= sent.first_token;
    after = sent.end_token;
  }
  if (in_order && !layer_->sentences.empty()) {
    // Then each word is in one sentence at most: only the capitalised
    // words, among the name starts and the words listed as none, need a
    // look (in any order: Confirmed asks only whether a word is there).
    // Each list ascends, as the sentences do, so one walk pairs each start
    // with its sentence (no sentence_of_ lookups).
    for (const std::vector<uint32_t>* list : {&name_starts_, &no_name_starts_}) {
      const uint32_t* start = list->data();
      const uint32_t* const starts_end = start + list->size();
      for (uint32_t s = 0; s < layer_->sentences.size() && start != starts_end; ++s) {
        const auto& sent = layer_->sentences[s];
        while (start != starts_end && *start <= sent.first_token) {
          ++start;  // before the sentence, or its first word
        }
        if (headline_[s]) {
          continue;
        }
        for (; start != starts_end && *start < sent.end_token; ++start) {
          if (words_[*start].cap()) {
            confirm(*start);
          }
        }
      }
    }
  } else {
    for (uint32_t s = 0; s < layer_->sentences.size(); ++s) {
      if (headline_[s]) {
        continue;
      }
      const auto& sent = layer_->sentences[s];
      for (uint32_t k = sent.first_token + 1; k < sent.end_token; ++k) {
        confirm(k);
      }
    }
  }
  for (uint32_t s = 0; s < layer_->sentences.size(); ++s) {
    NamePass(s);
  }
  Authors();
  ModelsOfCompanies();
  // Drop absorbed mentions; nothing refers to them yet.
  cands_.erase(
      std::remove_if(cands_.begin(), cands_.end(), [](const Cand& c) { return c.dropped; }),
      cands_.end());
  CompaniesByEvidence();
  ClassifySingles();
  AdoptTypes();
  NestOwnedProducts();
  PlacesWithTheirRegion();
  GovernmentsOfPlaces();
  MilitaryAndWeapons();
  Anaphora();
  PersonsAfterCompanies();
  Descriptions();
  AppositiveTitles();
  TypeByApposition();

  // Sort by span (the longer first among those beginning alike) and remap
  // the cross references.
  std::vector<uint32_t>& order = order_;
  SortBySpan(order, [](const Span& x) { return uint64_t{x.begin} << 32 | (UINT32_MAX - x.end); });
  const std::vector<int32_t>& where = PlacesOf(order);
  std::vector<Mention> out;
  // Room for the source mentions attribution adds after these ("the
  // official"), so that adding them moves none of these.
  out.reserve(cands_.size() + cands_.size() / 4 + 8);
  // Most titles are empty: skipping those skips a library call.
  // Appending to the new, empty string is assigning, by a shorter path
  // (basic_string::_M_append, not _M_replace, which handles overlaps).
  auto copy = [](std::string& to, std::string_view from) {
    if (!from.empty()) {
      to.append(from);
    }
  };
  for (uint32_t k : order) {
    const CandMention& c = cands_[k].m;
    Mention& m = out.emplace_back();
    m.span = c.span;
    m.type = c.type;
    m.kind = c.kind;
    copy(m.label, c.label);
    m.kb_entry = c.kb_entry;
    copy(m.title, c.title);
    m.antecedent = cands_[k].antecedent >= 0 ? where[cands_[k].antecedent] : -1;
    m.acting_for = cands_[k].acting_for >= 0 ? where[cands_[k].acting_for] : -1;
  }
  // Duplicates (same span) can arise from a demonym and its unit: keep one.
  return out;
}

}  // namespace

struct EntityTagger::Impl {
  explicit Impl(const kb::KnowledgeBase& kb) : lex(kb) {}
  EntityLexicon lex;
  OwnWordTable own_words;  // for Tag without shared words
};

EntityTagger::EntityTagger(const kb::KnowledgeBase& kb) : impl_(std::make_unique<Impl>(kb)) {}
EntityTagger::~EntityTagger() = default;

void EntityTagger::AddWords(WordTable& table) const {
  for (const auto& [word, flags] : impl_->lex.word_flags.entries()) {
    WordRecord& record = table.Add(word);
    record.entity_flags = flags;
    DocTagger::NoteInRecord(impl_->lex, word, flags, record);
  }
  // "North" and "South" are listed by their text (NoteOf), whatever their
  // flags.
  for (const std::string_view word : {"north", "south"}) {
    if (impl_->lex.word_flags.find(word) == nullptr) {
      DocTagger::NoteInRecord(impl_->lex, word, 0, table.Add(word));
    }
  }
}

std::vector<model::Mention> EntityTagger::Tag(const model::Document& doc,
                                              const model::TextLayer& layer) const {
  if (layer.tokens.empty()) {
    return {};
  }
  const Words words(doc.text, layer, impl_->own_words.Get(*this));
  return Tag(doc, layer, words);
}

std::vector<model::Mention> EntityTagger::Tag(const model::Document& doc,
                                              const model::TextLayer& layer,
                                              const Words& words) const {
  if (layer.tokens.empty()) {
    return {};
  }
  std::vector<model::Mention> mentions =
      DocTagger::ForThisThread().Run(impl_->lex, doc, layer, words);
  // The document's own publisher, named in its text (a dateline's "(Eastgate
  // Wire)", a credit line), is a news organisation whatever its words suggest.
  if (!doc.publisher.empty()) {
    const std::string_view text = doc.text;
    for (auto& m : mentions) {
      if (m.kind != model::MentionKind::kName) {
        continue;
      }
      if (m.label == doc.publisher ||
          text.substr(m.span.begin, m.span.end - m.span.begin) == doc.publisher) {
        m.type = EntityType::kNewsMedia;
      }
    }
  }
  return mentions;
}

}  // namespace claimgraph::extract
