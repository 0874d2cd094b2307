// The time tagger: token patterns over each sentence, longest match first,
// normalised to TIMEX3 against the publication date. Extents follow
// TempEval-3: prepositions ("on", "in", "since", "within") stay outside,
// determiners and modifiers that belong to the expression stay inside ("the
// past two months", "last year", "early next year", "about four months").
#include "extract/timex.h"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "base/calendar.h"
#include "base/is_in.h"
#include "base/reuse.h"
#include "extract/quantity_numbers.h"
#include "extract/words.h"

namespace claimgraph::extract {

using literal_eq::operator==;  // words.h: a word tested against a literal, inlined
namespace {

using calendar::DateValue;
using calendar::Ymd;
using model::TimeExpr;
using model::TimexType;
using model::TokenKind;

// ------------------------------------------------------------------ lexicon

enum class Cat : uint8_t {
  kNone,
  kMonth,      // v = 1..12
  kMonthAbbr,  // "Jan", "Sept": v = 1..12
  kWeekday,    // v = 1 (Monday) .. 7
  kUnit,       // v = Unit
  kSeason,     // v = Season
  kPartOfDay,  // v = PartOfDay
  kDayRef,     // today 0, yesterday -1, tomorrow +1; tonight 2
  kPresentRef,
  kPastRef,
  kFutureRef,
  kSet,         // v = Unit of the period: "daily"
  kRelative,    // this 0, last/past/previous -1, next/coming/upcoming +1
  kPosition,    // early 1 (START), mid 2 (MID), late 3 (END)
  kApprox,      // about, approximately ...
  kNumberWord,  // cardinals and ordinals, "noon", "future": may start or hold an expression
  kHint,        // "the", "a", "more", "at": starts one only before a stronger word
  kHoliday,     // v = Holiday
};

enum Holiday : int8_t { kChristmas, kThanksgiving, kHalloween };

enum Unit : int8_t {
  kSecond,
  kMinute,
  kHour,
  kDay,
  kWeek,
  kFortnight,
  kMonth,
  kQuarterUnit,
  kYear,
  kDecade,
  kCentury,
  kWeekend
};
enum Season : int8_t { kSpring, kSummer, kFall, kWinter };
enum PartOfDay : int8_t { kMorning, kAfternoon, kEvening, kNight };

struct Entry {
  Cat cat = Cat::kNone;
  int8_t v = 0;
  bool plural = false;
};

// Built as a hash map (insertion order decides duplicates), then frozen into
// a flat WordMap for the per-token lookups.
const std::unordered_map<std::string_view, Entry>& LexiconSource() {
  static const auto* lex = [] {
    auto* m = new std::unordered_map<std::string_view, Entry>();
    const char* months[] = {"january", "february", "march",     "april",   "may",      "june",
                            "july",    "august",   "september", "october", "november", "december"};
    for (int i = 0; i < 12; ++i) {
      (*m)[months[i]] = {Cat::kMonth, static_cast<int8_t>(i + 1)};
    }
    const std::pair<const char*, int> abbr[] = {{"jan", 1},  {"feb", 2},  {"mar", 3},  {"apr", 4},
                                                {"jun", 6},  {"jul", 7},  {"aug", 8},  {"sep", 9},
                                                {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}};
    for (auto [k, v] : abbr) {
      (*m)[k] = {Cat::kMonthAbbr, static_cast<int8_t>(v)};
    }
    const char* days[] = {"monday", "tuesday",  "wednesday", "thursday",
                          "friday", "saturday", "sunday"};
    for (int i = 0; i < 7; ++i) {
      (*m)[days[i]] = {Cat::kWeekday, static_cast<int8_t>(i + 1)};
    }
    const std::pair<const char*, Unit> units[] = {
        {"second", kSecond}, {"minute", kMinute},       {"hour", kHour},          {"day", kDay},
        {"week", kWeek},     {"fortnight", kFortnight}, {"month", kMonth},        {"year", kYear},
        {"decade", kDecade}, {"weekend", kWeekend},     {"quarter", kQuarterUnit}};
    static std::string plurals[std::size(units)];
    for (size_t i = 0; i < std::size(units); ++i) {
      (*m)[units[i].first] = {Cat::kUnit, units[i].second, false};
      plurals[i] = std::string(units[i].first) + "s";
      (*m)[plurals[i]] = {Cat::kUnit, units[i].second, true};
    }
    (*m)["century"] = {Cat::kUnit, kCentury, false};
    (*m)["centuries"] = {Cat::kUnit, kCentury, true};
    (*m)["spring"] = {Cat::kSeason, kSpring};
    (*m)["summer"] = {Cat::kSeason, kSummer};
    (*m)["autumn"] = {Cat::kSeason, kFall};
    (*m)["fall"] = {Cat::kSeason, kFall};
    (*m)["winter"] = {Cat::kSeason, kWinter};
    (*m)["morning"] = {Cat::kPartOfDay, kMorning};
    (*m)["afternoon"] = {Cat::kPartOfDay, kAfternoon};
    (*m)["evening"] = {Cat::kPartOfDay, kEvening};
    (*m)["night"] = {Cat::kPartOfDay, kNight};
    (*m)["today"] = {Cat::kDayRef, 0};
    (*m)["yesterday"] = {Cat::kDayRef, -1};
    (*m)["tomorrow"] = {Cat::kDayRef, 1};
    (*m)["tonight"] = {Cat::kDayRef, 2};
    for (const char* w : {"now", "currently", "nowadays", "presently", "current"}) {
      (*m)[w] = {Cat::kPresentRef};
    }
    for (const char* w : {"recently", "recent"}) {
      (*m)[w] = {Cat::kPastRef};
    }
    (*m)["soon"] = {Cat::kFutureRef};
    (*m)["christmas"] = {Cat::kHoliday, kChristmas};
    (*m)["thanksgiving"] = {Cat::kHoliday, kThanksgiving};
    (*m)["halloween"] = {Cat::kHoliday, kHalloween};
    (*m)["daily"] = {Cat::kSet, kDay};
    (*m)["weekly"] = {Cat::kSet, kWeek};
    (*m)["monthly"] = {Cat::kSet, kMonth};
    (*m)["annually"] = {Cat::kSet, kYear};
    (*m)["yearly"] = {Cat::kSet, kYear};
    (*m)["hourly"] = {Cat::kSet, kHour};
    (*m)["nightly"] = {Cat::kSet, kDay};
    (*m)["this"] = {Cat::kRelative, 0};
    (*m)["last"] = {Cat::kRelative, -1};
    (*m)["past"] = {Cat::kRelative, -1};
    (*m)["previous"] = {Cat::kRelative, -1};
    (*m)["next"] = {Cat::kRelative, 1};
    (*m)["coming"] = {Cat::kRelative, 1};
    (*m)["upcoming"] = {Cat::kRelative, 1};
    (*m)["early"] = {Cat::kPosition, 1};
    (*m)["mid"] = {Cat::kPosition, 2};
    (*m)["late"] = {Cat::kPosition, 3};
    // "just", "only" stay outside: "[just] [a decade ago]" (TempEval).
    for (const char* w :
         {"about", "approximately", "around", "roughly", "nearly", "almost", "some"}) {
      (*m)[w] = {Cat::kApprox};
    }
    for (const char* w :
         {"one",    "two",    "three",    "four",      "five",    "six",    "seven",  "eight",
          "nine",   "ten",    "eleven",   "twelve",    "fifteen", "twenty", "thirty", "forty",
          "fifty",  "sixty",  "hundred",  "first",     "second",  "third",  "fourth", "noon",
          "midday", "future", "midnight", "overnight", "term"}) {
      if (!m->count(w)) {
        (*m)[w] = {Cat::kNumberWord};
      }
    }
    for (const char* w :
         {"the",   "a",      "an",      "more", "less",  "fewer", "at",     "up",    "earlier",
          "later", "few",    "several", "many", "every", "each",  "fiscal", "end",   "beginning",
          "start", "middle", "latest",  "same", "that",  "near",  "couple", "these", "very"}) {
      if (!m->count(w)) {
        (*m)[w] = {Cat::kHint};
      }
    }
    return m;
  }();
  return *lex;
}

// Strips a possessive: "friday's" -> "friday".
std::string_view Stem(std::string_view w) {
  if (w.ends_with("'s")) {
    return w.substr(0, w.size() - 2);
  }
  if (w.ends_with("\u2019s")) {
    return w.substr(0, w.size() - 4);
  }
  return w;
}

const WordMap<Entry>& Lexicon() {
  static const WordMap<Entry>* lex = [] {
    auto* m = new WordMap<Entry>();
    for (const auto& [k, v] : LexiconSource()) {
      m->Set(k, v);
    }
    return m;
  }();
  return *lex;
}

const WordFilter& LexiconFilter() {
  static const WordFilter* filter = [] {
    auto* f = new WordFilter();
    for (const auto& [k, v] : LexiconSource()) {
      f->Add(k);
    }
    return f;
  }();
  return *filter;
}

// The lexicon entry of a word together with whether it is a cardinal or
// ordinal word above zero: one lookup per token instead of three.
struct WordInfo {
  Entry entry;
  bool number = false;
};

const WordMap<WordInfo>& WordInfos() {
  static const WordMap<WordInfo>* infos = [] {
    auto* m = new WordMap<WordInfo>();
    for (const auto& [k, v] : LexiconSource()) {
      m->Set(k, {v, false});
    }
    return m;
  }();
  return *infos;
}

// Every cardinal and ordinal word CardinalWord and OrdinalWord know.
constexpr std::string_view kNumberWords[] = {
    "one",        "two",        "three",     "four",      "five",        "six",        "seven",
    "eight",      "nine",       "ten",       "eleven",    "twelve",      "thirteen",   "fourteen",
    "fifteen",    "sixteen",    "seventeen", "eighteen",  "nineteen",    "twenty",     "thirty",
    "forty",      "fifty",      "sixty",     "seventy",   "eighty",      "ninety",     "dozen",
    "hundred",    "zero",       "first",     "second",    "third",       "fourth",     "fifth",
    "sixth",      "seventh",    "eighth",    "ninth",     "tenth",       "eleventh",   "twelfth",
    "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    "twentieth",  "thirtieth",  "fortieth",  "fiftieth",  "hundredth"};

// Registers the number words (needs CardinalWord/OrdinalWord, so called once
// from the tagger's constructor with kNumberWords).
void AddNumberWords(std::span<const std::string_view> words) {
  auto& m = const_cast<WordMap<WordInfo>&>(WordInfos());
  for (std::string_view w : words) {
    if (CardinalWord(w) <= 0 && OrdinalWord(w) <= 0) {
      continue;
    }
    const WordInfo* old = m.Find(w);
    m.Set(w, {old ? old->entry : Entry{}, true});
  }
}

Entry Look(std::string_view w) {
  w = Stem(w);
  if (w.empty() || w.size() > 16 || !LexiconFilter().MayContain(w)) {
    return {};
  }
  const Entry* e = Lexicon().Find(w);
  return e == nullptr ? Entry{} : *e;
}

const char* kPositionMods[] = {"", "START", "MID", "END"};

char UnitLetter(Unit u) {
  switch (u) {
    case kSecond:
      return 'S';
    case kMinute:
      return 'M';
    case kHour:
      return 'H';
    case kDay:
      return 'D';
    case kWeek:
    case kFortnight:
      return 'W';
    case kMonth:
      return 'M';
    case kQuarterUnit:
      return 'Q';
    case kWeekend:
      return 'D';
    default:
      return 'Y';
  }
}

bool IsClockUnit(Unit u) { return u == kSecond || u == kMinute || u == kHour; }

std::string FormatAmount(double n) {
  if (n == static_cast<int64_t>(n)) {
    return std::to_string(static_cast<long long>(n));  // "%lld", without printf
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", n);
  return buf;
}

// "P4M", "PT3H", "P10Y" (a decade), "PXW" (n < 0: unknown amount).
std::string DurationValue(double n, Unit u) {
  // A half of the next smaller unit: "P2Y6M", "PT5H30M", "PT1M30S", "P3DT12H".
  if (n > 0 && n - static_cast<int64_t>(n) == 0.5 &&
      (u == kYear || u == kHour || u == kMinute || u == kDay)) {
    // Appended, not added ("P" + whole + ...), on which GCC 12 inlines its
    // way to a false -Wrestrict warning.
    std::string value = u == kYear || u == kDay ? "P" : "PT";
    value += FormatAmount(static_cast<double>(static_cast<int64_t>(n)));
    value += u == kYear ? "Y6M" : u == kHour ? "H30M" : u == kMinute ? "M30S" : "DT12H";
    return value;
  }
  if (u == kDecade) {
    return n < 0 ? "PXDE" : "P" + FormatAmount(n * 10) + "Y";
  }
  if (u == kCentury) {
    return n < 0 ? "PXCE" : "P" + FormatAmount(n * 100) + "Y";
  }
  if (u == kFortnight) {
    return n < 0 ? "PXW" : "P" + FormatAmount(n * 2) + "W";
  }
  if (u == kQuarterUnit) {
    return n < 0 ? "PXQ" : "P" + FormatAmount(n * 3) + "M";
  }
  std::string amount = n < 0 ? "X" : FormatAmount(n);
  return (IsClockUnit(u) ? "PT" : "P") + amount + UnitLetter(u);
}

const char* kSeasonCodes[] = {"SP", "SU", "FA", "WI"};
const char* kPartCodes[] = {"MO", "AF", "EV", "NI"};

// ------------------------------------------------------------------ tense

enum Dir : int8_t { kPast = -1, kUnknown = 0, kFuture = 1 };

using base::IsIn;

// Tense words: future markers, past forms, and "-ed" words that are no past.
// "plan" is no marker ("announced the plan Friday"), nor "planned" ("the
// planned trip"); "could not" is checked in Governing.
constexpr std::string_view kFutureWords[] = {
    "will",     "shall",     "won't", "going",    "plans",   "planning", "expected", "expects",
    "expect",   "scheduled", "due",   "upcoming", "intends", "aims",     "hopes",    "would",
    "tomorrow", "should",    "must",  "might",    "could",   "payable",  "effective"};
constexpr std::string_view kPastWords[] = {
    "said",    "was",     "were",   "had",    "did",    "told",   "ago",        "went",
    "came",    "took",    "gave",   "met",    "saw",    "began",  "fell",       "rose",
    "left",    "sent",    "held",   "lost",   "won",    "made",   "got",        "struck",
    "spoke",   "wrote",   "led",    "fought", "flew",   "became", "began",      "found",
    "thought", "brought", "bought", "sold",   "paid",   "ran",    "knew",       "hit",
    "shot",    "broke",   "chose",  "drew",   "grew",   "stood",  "understood", "heard",
    "felt",    "kept",    "caught", "taught", "sought", "told",   "yesterday",  "earlier"};
constexpr std::string_view kNotPastWords[] = {
    "need",      "speed",      "indeed",    "united",   "hundred",  "proceed", "exceed",
    "succeed",   "embed",      "breed",     "bleed",    "feed",     "seed",    "shed",
    "based",     "expected",   "scheduled", "planned",  "supposed", "related", "armed",
    "concerned", "interested", "limited",   "advanced", "allied",   "alleged"};
// Words before "to" that look ahead: "plans to", "is to", "set to", "agreed to".
constexpr std::string_view kIntentWords[] = {
    "plan",    "plans",    "planning",  "planned",  "intend", "intends", "intended", "expect",
    "expects", "expected", "hope",      "hopes",    "hoped",  "aim",     "aims",     "aimed",
    "set",     "due",      "scheduled", "going",    "is",     "are",     "am",       "agreed",
    "agree",   "agrees",   "decided",   "promised", "vowed",  "pledged", "prepared", "preparing",
    "ready",   "likely",   "poised",    "want",     "wants",  "wanted"};

// Bits of WordRecord::time_tense, set by TimeTagger::AddWords from the lists
// above, so that the tense of a word is read off the record its token was
// looked up with instead of a lookup of its own. One of the first three
// (the first list that names a word decides: "expected" is a future marker),
// and kIntentMark.
enum TenseMark : uint8_t {
  kFutureMark = 1,
  kPastMark = 2,
  kNotPastMark = 4,
  kTenseMarks = kFutureMark | kPastMark | kNotPastMark,
  kIntentMark = 8,
};

// The tense word `w` marks (its record `r`): "will" the future, "said" and
// "rallied" the past, "need" and "weekend" none.
Dir TenseOf(std::string_view w, const WordRecord& r) {
  const uint8_t t = r.time_tense & kTenseMarks;
  if (t == kFutureMark) {
    return kFuture;
  }
  if (w.size() > 3 && (w.ends_with("'ll") || w.ends_with("\u2019ll"))) {
    return kFuture;
  }
  if (t == kPastMark) {
    return kPast;
  }
  if (w.size() > 4 && w.ends_with("ed") && t == 0) {
    return kPast;
  }
  return kUnknown;
}

// A word before "to" that looks ahead (kIntentWords), by its record.
bool IntentBeforeTo(const WordRecord& r) { return (r.time_tense & kIntentMark) != 0; }

// The tense marker d of word k corrected by the word after it: "could not be
// reached" and "would have gone" are past; "plans" is a verb only before "to"
// ("vacation plans" is none).
Dir InContext(const Words& w, size_t k, Dir d) {
  if (d != kFuture) {
    return d;
  }
  std::string_view word = w.lower(k);
  std::string_view next = w.lower(k + 1);
  if (IsIn(word, {"could", "would", "should", "might", "must"}) &&
      (next == "have" || (word == "could" && IsIn(next, {"not", "n't"})))) {
    return kPast;
  }
  if (word == "plans" && next != "to") {
    return kUnknown;
  }
  // "had been due to expire Friday": a plan in the past
  if (w.lower(k - 1) == "been" && k >= 2 && w.lower(k - 2) == "had") {
    return kPast;
  }
  return d;
}

// Whether the "-ed" word at k stands after a determiner (or a determiner and
// an adverb): an adjective, no past verb.
bool EdAdjectiveAfter(const Words& w, size_t first, size_t k) {
  auto determiner = [](std::string_view x) {
    return IsIn(
        x, {"a", "an", "the", "its", "their", "his", "her", "our", "this", "these", "those", "no"});
  };
  std::string_view p = w.lower(k - 1);
  if (determiner(p)) {
    return true;
  }
  return k >= first + 2 && (p.ends_with("ly") || IsIn(p, {"still", "yet", "newly"})) &&
         determiner(w.lower(k - 2));
}

// The tense of the verb that governs tokens [i, end): the nearest tense
// marker before them in the sentence, else just after them; past by default
// (news reports events that happened).
Dir Governing(const Words& w, size_t first, size_t i, size_t end, size_t last) {
  if (i > first &&
      (w.lower(i - 1) == "since" || (i > first + 1 && w.lower(i - 2) == "since" &&
                                     IsIn(w.lower(i - 1), {"early", "mid", "late"})))) {
    return kPast;  // "since May", "since late May"
  }
  // "postponed until Friday", "as early as Tuesday": a deadline ahead (not a
  // sentence-opening "Until Friday, they had ...").
  if (i > first + 1 && IsIn(w.lower(i - 1), {"until", "till"})) {
    return kFuture;
  }
  if (i > first + 1 && w.lower(i - 1) == "as" && IsIn(w.lower(i - 2), {"early", "soon"})) {
    return kFuture;
  }
  size_t scanned = 0;
  for (size_t k = i, n = 0; k > first && n < 12; ++n, ++scanned) {
    --k;
    if (w.kind(k) != TokenKind::kWord) {
      std::string_view p = w.lower(k);
      if (p == ";" || p == ":" || w.kind(k) == TokenKind::kOpenQuote) {
        break;
      }
      continue;
    }
    std::string_view word = w.lower(k);
    if (word == "to" && k > first && IntentBeforeTo(w.record(k - 1))) {
      return InContext(w, k - 1, kFuture);
    }
    Dir d = TenseOf(word, w.record(k));
    d = InContext(w, k, d);
    // An "-ed" word after a determiner is an adjective: "a still
    // unspecified date", "the revised plan".
    if (d == kPast && k > first && word.ends_with("ed") && EdAdjectiveAfter(w, first, k)) {
      continue;
    }
    // A passive participle after "be" takes the tense of what comes before:
    // "will be moved", "would still be held" (looked up at once, so that a
    // long phrase after the participle does not use up the window).
    if (d == kPast && k > first && IsIn(w.lower(k - 1), {"be", "been", "being", "to"})) {
      for (size_t b = k - 1, m = 0; b > first && m < 2; ++m) {
        --b;
        if (w.lower(b) == "to" && b > first && IntentBeforeTo(w.record(b - 1))) {
          return InContext(w, b - 1, kFuture);  // "is hoped to be presented"
        }
        if (Dir before = InContext(w, b, TenseOf(w.lower(b), w.record(b))); before != kUnknown) {
          return before;
        }
      }
      continue;
    }
    if (d != kUnknown) {
      return d;
    }
  }
  // Nothing before (a sentence-opening "On Tuesday, ..."): the verb comes after.
  size_t ahead = scanned < 3 ? 12 : 6;
  for (size_t k = end, n = 0; k < last && n < ahead; ++k, ++n) {
    if (w.kind(k) != TokenKind::kWord) {
      continue;
    }
    if (Dir d = InContext(w, k, TenseOf(w.lower(k), w.record(k))); d != kUnknown) {
      return d;
    }
  }
  // No verb to read: "by" sets a deadline ahead ("to repay the loan by March"),
  // unless it names an agent ("made worse by December's rush").
  const std::string_view tail = w.lower(end - 1);
  const bool possessive = tail.ends_with("'s") || tail.ends_with("\u2019s");
  return i > first && w.lower(i - 1) == "by" && !possessive ? kFuture : kUnknown;
}

// ------------------------------------------------------------------ matching

struct Hit {
  size_t end = 0;
  TimexType type = TimexType::kDate;
  std::string value;
  // Always a string literal ("START", "APPROX"): a view, so that a hit moved
  // from matcher to caller moves one string, not two.
  std::string_view mod;
  bool takes_the = false;   // may be preceded by "the" inside the extent
  bool names_year = false;  // a year the next "that year" refers to ("in 1995", "that year")
};

bool IsSmallInt(std::string_view s, int lo, int hi, int* out) {
  if (s.empty() || s.size() > 4) {
    return false;
  }
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') {
      return false;
    }
    v = v * 10 + (c - '0');
  }
  if (v < lo || v > hi) {
    return false;
  }
  *out = v;
  return true;
}

// A word between "a" and a unit that leaves the amount one: "an additional
// year", "an extra week".
bool IsExtra(std::string_view w) { return w == "additional" || w == "extra" || w == "further"; }

// A word between a count of days and its unit: "eight trading days", "five
// business days".
bool IsDayKind(std::string_view w) { return w == "trading" || w == "business" || w == "working"; }

// How far after a number its time word may come: "12 to 18 more months".
constexpr size_t kNumberReach = 6;

class Matcher {
 public:
  // `openers` receives the tokens that are strong or hints, in order: only
  // they can open an expression. `quantity_starts` (when not null) receives
  // from the same pass the tokens where a quantity may start (QuantityStartTest, words.h).
  Matcher(const Words& w, std::optional<Ymd> anchor, std::vector<uint32_t>* openers,
          std::vector<uint32_t>* quantity_starts)
      : w_(w), anchor_(anchor) {
    // The last document's vector: grown when short, then zeroed up to n
    // (kNone, not strong) in one memset.
    info_.swap(Spare());
    const size_t n = w.size();
    if (info_.size() < n) {
      info_.resize(n);
    }
    if (n > 0) {
      std::memset(info_.data(), 0, n * sizeof(TokenInfo));
    }
    n_ = n;
    std::vector<uint32_t>* const qs = quantity_starts;
    const WordRecord* const* const records = w.records();
    const std::string_view text = w.lower_text();
    // Raw pointers: the one-byte stores below may alias anything, so the
    // vectors' pointers would be reloaded for every token.
    TokenInfo* const info = info_.data();
    const RawTokens raw(w);
    const QuantityStartTest quantity_start(raw, n);
    // Only the numbers, symbols and time or quantity words the words' own
    // pass listed; every other token stays kNone and opens nothing.
    for (const uint32_t i : w.time_quantity_tokens()) {
      const model::Token& tk = raw.token(i);
      if (tk.kind == TokenKind::kNumber) {
        info[i].strong = true;
        openers->push_back(i);
        if (qs != nullptr) {
          qs->push_back(i);
        }
        continue;
      }
      if (tk.kind != TokenKind::kWord) {
        if (qs != nullptr && QuantityStartTest::Symbol(raw.lower(i))) {
          qs->push_back(i);
        }
        continue;
      }
      // The word's record: its quantity_start mark and its WordInfos entry
      // (TimeTagger::AddWords; a possessive has its stem's).
      const WordRecord& found = *records[i];
      if (qs != nullptr && found.quantity_start && quantity_start.Word(i, raw.lower(i), found)) {
        qs->push_back(i);
      }
      if (found.time_cat != 0 || found.time_number) {
        // cat, v, plural and strong, kept in this order by the record.
        std::memcpy(&info[i], &found.time_cat, sizeof(TokenInfo));
        if (found.time_strong || static_cast<Cat>(found.time_cat) == Cat::kHint) {
          openers->push_back(i);
        }
      }
    }
    // Hyphenated words ("mid-January", "four-day") are checked by the
    // matchers: each word holding a '-' is strong. Hyphens are rare: find
    // each in the text and the token holding it, instead of scanning every word.
    const model::Token* toks = raw.tokens();
    // The new openers go at the end, in text order, and are merged into the
    // others' order once (an insertion each would move the list's tail: the
    // square of a long document's length).
    const size_t listed = openers->size();
    for (size_t p = n == 0 ? std::string_view::npos : text.find('-');
         p != std::string_view::npos;) {
      const model::Token* it = std::upper_bound(
          toks, toks + n, p, [](size_t a, const model::Token& t) { return a < t.span.begin; });
      if (it == toks || p >= std::prev(it)->span.end) {  // between tokens
        p = text.find('-', p + 1);
        continue;
      }
      const size_t i = static_cast<size_t>(std::prev(it) - toks);
      if (toks[i].kind == TokenKind::kWord) {
        if (!info_[i].strong && info_[i].cat != Cat::kHint) {  // a new opener (rare)
          openers->push_back(static_cast<uint32_t>(i));
        }
        SetLex(i, Look(w.lower(i)));
        info_[i].strong = true;
      }
      p = text.find('-', toks[i].span.end);
    }
    const size_t added = openers->size() - listed;
    if (added > kFewAdded) {
      std::inplace_merge(openers->begin(), openers->begin() + static_cast<ptrdiff_t>(listed),
                         openers->end());
    } else if (added > 0) {
      // A few (most documents: "mid-January", "four-day"): held aside and
      // merged from the back, with no buffer taken as inplace_merge takes
      // one. Openers 3 9 and new 5: 3 9 5 -> 3 5 9.
      uint32_t aside[kFewAdded];
      std::copy(openers->begin() + static_cast<ptrdiff_t>(listed), openers->end(), aside);
      uint32_t* const first = openers->data();
      uint32_t* to = first + openers->size();
      const uint32_t* from = first + listed;
      for (size_t k = added; k > 0;) {
        *--to = from != first && from[-1] > aside[k - 1] ? *--from : aside[--k];
      }
    }
  }
  ~Matcher() { info_.swap(Spare()); }
  Matcher(const Matcher&) = delete;
  Matcher& operator=(const Matcher&) = delete;

  // Whether token i can carry an expression: a number or a time word
  // ("-" words are checked by the matchers: "mid-January", "four-day").
  bool Strong(size_t i) const { return i < n_ && info_[i].strong; }
  // Whether token i (below `last`, a sentence's end) can open an
  // expression there: a strong token, or a hint with a strong token one to
  // three tokens on, before `last` ("the [next] year", "the [first] two
  // months") or "the end of the year". Through a raw pointer: most openers
  // are hints ("the") tested here and turned away.
  bool MayOpen(size_t i, size_t last) const {
    const TokenInfo* const info = info_.data();
    if (info[i].strong) {
      return true;
    }
    if (info[i].cat != Cat::kHint) {
      return false;
    }
    for (size_t k = i + 1; k < last && k <= i + 3; ++k) {
      if (info[k].strong) {
        return true;
      }
    }
    // "the end of the year"
    return i + 4 < last && info[i + 4].strong && DocL(i + 2) == "of" &&
           IsIn(DocL(i + 1), {"end", "beginning", "start", "middle"});
  }

  // Whether the number at token i can open an expression: a year or a
  // numeric date in one token ("1986", "24.01.2025"), or a number with a
  // time word or a date or clock separator close after it ("15 March",
  // "90-day", "12 months", "1/24/2025", "10:30", "3 p.m.", "the 70s"). Most
  // numbers in news count money, shares or percent ("15 pct", "1.5 billion
  // dlrs", "12.5", "1,250,000"): they are passed over without trying every
  // pattern. (Only YearToken and Calendar's one-token dates read a number
  // alone: four digits, or ten characters with '.' third and sixth; every
  // other pattern needs one of the tokens the loop below looks for.)
  bool NumberMayOpen(size_t i, size_t last) const {
    std::string_view t = DocL(i);
    auto digit = [&](size_t k) { return t[k] >= '0' && t[k] <= '9'; };
    if ((t.size() == 4 && digit(0) && digit(1) && digit(2) && digit(3)) ||
        (t.size() == 10 && t[2] == '.' && t[5] == '.')) {
      return true;
    }
    // Every other pattern reads a given token right after the number: a
    // clock's ":" or "p.m.", a decade's "s", an ordinal's "th", a date's
    // month, "of", "-" or "/", a duration's unit, "1" ("2 1/2 years") or
    // "more" ("20 more years"). Most numbers have none ("15 pct").
    if (i + 1 >= last) {
      return false;
    }
    const Cat next = info_[i + 1].cat;
    if (next != Cat::kUnit && next != Cat::kMonth && next != Cat::kMonthAbbr) {
      std::string_view n = DocL(i + 1);
      if (!(n == ":" || n == "-" || n == "/" || n == "s" || n == "1" || n == "of" || n == "more" ||
            IsDayKind(n) || IsIn(n, {"st", "nd", "rd", "th"}) ||
            IsIn(n, {"a.m.", "p.m.", "am", "pm", "a.m", "p.m"}))) {
        return false;
      }
    }
    for (size_t k = i + 1; k < last && k <= i + kNumberReach; ++k) {
      if (raw_.kind(k) == TokenKind::kWord) {
        Cat c = info_[k].cat;
        if (info_[k].strong && c != Cat::kNumberWord && c != Cat::kApprox) {
          return true;
        }
        std::string_view n = DocL(k);
        if (n == "s" || IsIn(n, {"a.m.", "p.m.", "am", "pm", "a.m", "p.m"})) {
          return true;
        }
      } else if (std::string_view n = DocL(k); n == "/" || n == ":") {
        return true;
      }
    }
    return false;
  }
  // Whether token i is a hint that opens nothing before the word after it:
  // "at" and "up" open only "at least", "at most", "up to"; "more", "less",
  // "fewer" only "... than"; "a" and "an" only "a few", "a couple of" and "a
  // week"-like units. (Every matcher fails on these words themselves.)
  bool HintAlone(size_t i) const {
    std::string_view t = DocL(i);
    if (t.empty() || t.size() > 5) {
      return false;
    }
    std::string_view next = DocL(i + 1);
    if (t == "at") {
      return next != "least" && next != "most";
    }
    if (t == "up") {
      return next != "to";
    }
    if (t == "very") {
      return next != "soon";
    }
    if (t == "more" || t == "less" || t == "fewer") {
      return next != "than";
    }
    if (t == "a" || t == "an") {
      return next != "few" && next != "couple" && Lex(i + 1).cat != Cat::kUnit &&
             !(IsExtra(next) && Lex(i + 2).cat == Cat::kUnit);
    }
    return false;
  }
  // Whether the strong word at token i is a cardinal ("one", "three",
  // "hundred"; not "nineteen", "eighteen", which open years in words, nor
  // "two" before "thousand", nor a dashed one) with no time unit in the ten
  // tokens after it, or an
  // ordinal not before "quarter" or "half": then it opens nothing. Only
  // DurationAt reads a cardinal ("three more weeks", "five 1/2 years"): the
  // unit lies at most ten tokens on; only QuarterAt and the half-years in
  // Core read an ordinal.
  bool CardinalAlone(size_t i) const {
    const Cat cat = info_[i].cat;
    if (cat != Cat::kNone && cat != Cat::kNumberWord) {
      return false;
    }
    std::string_view t = DocL(i);
    if ((t == "two" && DocL(i + 1) == "thousand") || t == "nineteen" || t == "eighteen" ||
        t.find('-') != std::string_view::npos) {
      return false;
    }
    const WordRecord& r = raw_.record(i);
    if (CardinalOf(r) < 0) {
      // An ordinal ("first", "third") opens only "the third quarter" and
      // "the first half of 2010".
      return OrdinalOf(r) >= 1 && DocL(i + 1) != "quarter" && DocL(i + 1) != "half";
    }
    for (size_t k = i + 1; k < n_ && k <= i + 10; ++k) {
      if (info_[k].cat == Cat::kUnit) {
        return false;
      }
    }
    return true;
  }
  // Whether the expression [i, end) is part of a title: a unit word written
  // with a capital inside a sentence, as in a programme's name ("appeared on
  // \"Meet The Week\"", "the \"90 Minutes\" show"). Dates never capitalise
  // their unit; a sentence opening with one ("Last week, ...") capitalises only
  // its first word, and text in capitals ("OVER PAST 72 HOURS") every word.
  bool NamesATitle(size_t i, size_t end) const {
    for (size_t k = std::max(i, first_ + 1); k < end; ++k) {
      // (After a holiday the unit is part of its name: "Thanksgiving Day".)
      if (info_[k].cat == Cat::kUnit && info_[k - 1].cat != Cat::kHoliday && w_.Capitalized(k)) {
        std::string_view word = w_.raw(k);
        return word.size() > 1 && word[1] >= 'a' && word[1] <= 'z';
      }
    }
    return false;
  }
  // The lowercased text of token i anywhere in the document ("" past its
  // end), through the raw pointers.
  std::string_view DocL(size_t i) const { return raw_.lower(i, n_); }
  // The lexicon entry of token i (kNone for non-words).
  Entry Lex(size_t i) const { return i < n_ ? EntryOf(i) : Entry{}; }

  void SetSentence(size_t first, size_t last) {
    first_ = first;
    last_ = last;
  }

  std::optional<Hit> At(size_t i);
  void SetAnchor(std::optional<Ymd> anchor) { anchor_ = anchor; }

 private:
  // Through raw pointers to the tokens and the lowercased text (sentences
  // end at or before the last token): the words' own accessors test the
  // index against the token count again.
  [[gnu::always_inline]] std::string_view L(size_t i) const { return raw_.lower(i, last_); }
  TokenKind K(size_t i) const { return raw_.kind(i); }
  Entry E(size_t i) const { return i < last_ ? EntryOf(i) : Entry{}; }
  bool Touch(size_t i) const { return raw_.Touch(i, last_); }
  Dir Tense(size_t i, size_t end) const { return Governing(w_, first_, i, end, last_); }
  // The tense word i marks (TenseOf; none at or after the sentence's end).
  Dir TenseAt(size_t i) const { return i < last_ ? TenseOf(L(i), raw_.record(i)) : kUnknown; }

  bool NewspaperAt(size_t j) const;
  std::optional<Hit> Core(size_t j, bool* the_ok);
  std::optional<Hit> Calendar(size_t j);
  std::optional<Hit> MonthAt(size_t j);
  std::optional<Hit> WeekdayAt(size_t j);
  std::optional<Hit> RelativeAt(size_t j);
  std::optional<Hit> DurationAt(size_t j);
  std::optional<Hit> QuarterAt(size_t j);
  size_t YearBackAt(size_t k) const;
  std::optional<Hit> ClockAt(size_t j);
  std::optional<Hit> WordAt(size_t j);
  std::optional<Hit> PositionAt(size_t j);
  // PositionAt's opening tests, inlined where it is tried (most tokens fail
  // them): a word of position ("early"), one that starts with "mid-",
  // "early-" or "late-", or "[the] end/beginning/start/middle of".
  bool PositionMayOpen(size_t j) const {
    if (E(j).cat == Cat::kPosition) {
      return true;
    }
    std::string_view t = L(j);
    if ((t.starts_with("mid-") || t.starts_with("early-") || t.starts_with("late-")) &&
        K(j) == TokenKind::kWord) {
      return true;
    }
    return L(t == "the" ? j + 2 : j + 1) == "of";
  }

  // Month token at j ("January", "Jan.", "Sept"): its number and where it ends.
  int MonthToken(size_t j, size_t* end) const;
  std::optional<int> YearToken(size_t j) const;
  int SpelledDay(size_t k) const;
  // A year in words ("nineteen ninety-six", "the year two thousand"): the
  // year, and where it ends in *end.
  std::optional<int> SpelledYear(size_t j, size_t* end) const;
  // Whether token j is a word that may be the noun of a phrase ("the long
  // term [debt]"): a word that is no pronoun, conjunction, auxiliary or
  // preposition ("in the long term [we] ...", "over the near term [and]").
  bool NounAfter(size_t j) const {
    return j < last_ && K(j) == TokenKind::kWord &&
           !IsIn(L(j),
                 {"we",     "i",    "you",    "he",       "she",    "it",   "they",    "and",
                  "but",    "or",   "is",     "are",      "was",    "were", "will",    "would",
                  "could",  "can",  "may",    "might",    "should", "as",   "because", "if",
                  "than",   "that", "the",    "a",        "to",     "in",   "on",      "at",
                  "for",    "of",   "with",   "by",       "there",  "this", "when",    "while",
                  "unless", "so",   "though", "although", "said",   "says"});
  }
  // Whether "March" at j (ending at e) names a march: after an article, an
  // adjective of the event or an opening quote, before what it is for or
  // where it goes ("the annual March for Peace", "\"March of the Mothers\"").
  // (A month keeps its year there: "the March of 1990", "in March for a week".)
  bool MarchNamed(size_t j, size_t e) const {
    std::string_view before = L(j - 1);
    std::string_view after = L(e);
    return (IsIn(before, {"the", "a", "annual", "`", "``", "\""}) ||
            K(j - 1) == TokenKind::kOpenQuote) &&
           (IsIn(after, {"for", "on", "against", "to"}) || (after == "of" && L(e + 1) == "the"));
  }
  // Resolves a month (and day) without a year to the occurrence the tense points to.
  int YearFor(int m, int d, Dir dir) const;
  // The same with the tense of tokens [i, end) (Tense), looked up only when
  // it decides: a date up to two months ahead of the anchor, or (with a day)
  // up to a month behind it, falls in the anchor's year whatever the tense.
  int YearForTense(int m, int d, size_t i, size_t end) const {
    const Ymd& a = *anchor_;
    const int diff = (m * 32 + d) - (a.m * 32 + (d ? a.d : 0));
    if ((diff >= 0 && diff <= 64) || (d && diff < 0 && diff >= -32)) {
      return a.y;
    }
    return YearFor(m, d, Tense(i, end));
  }
  std::string WeekdayValue(int wd, Dir dir, bool strict) const;
  std::string Shift(Unit u, int k) const;
  std::string AgoValue(double n, Unit u) const;
  int QuarterYear(int q, Dir dir) const;
  // Records a quarter the report is about: one already begun at publication
  // ("the third quarter" in October), never one ahead ("the fourth quarter"),
  // nor one before a quarter recorded ("third-quarter profit rose after a
  // flat second quarter": the third).
  void NoteQuarter(const std::string& q);
  // The reported quarter shifted by `years` ("a year ago": -1); `fallback`
  // when no quarter was named.
  std::string ReportedQuarter(int years, const std::string& fallback) const;
  // The month ("YYYY-MM", no day) named last in the sentence before token
  // j, shifted by `years`; "" when there is none.
  std::string MonthBefore(size_t j, int years, size_t* at = nullptr);
  std::string FirstMonthBefore(size_t j, int years);

  const Words& w_;
  const RawTokens raw_{w_};
  std::optional<Ymd> anchor_;
  // Per token: its lexicon entry and whether it can carry an expression.
  // Trivial (no member initialisers), so a resize zeroes it in one sweep.
  struct TokenInfo {
    Cat cat;
    int8_t v;
    bool plural;
    uint8_t strong;
  };
  static_assert(std::is_trivial_v<TokenInfo>);
  static_assert(sizeof(TokenInfo) == 4 &&
                    offsetof(WordRecord, time_v) == offsetof(WordRecord, time_cat) + 1 &&
                    offsetof(WordRecord, time_plural) == offsetof(WordRecord, time_cat) + 2 &&
                    offsetof(WordRecord, time_strong) == offsetof(WordRecord, time_cat) + 3,
                "the constructor copies a record's time fields as one TokenInfo");
  Entry EntryOf(size_t i) const {
    const TokenInfo& t = info_[i];
    return {t.cat, t.v, t.plural};
  }
  void SetLex(size_t i, Entry e) {
    info_[i].cat = e.cat;
    info_[i].v = e.v;
    info_[i].plural = e.plural;
  }
  // Up to this many hyphenated openers the constructor merges into the
  // list by hand.
  static constexpr size_t kFewAdded = 8;
  std::vector<TokenInfo> info_;  // its first n_ entries are this document's
  size_t n_ = 0;
  // The per-token vector's memory, kept per thread for the next document.
  static std::vector<TokenInfo>& Spare() {
    thread_local std::vector<TokenInfo> spare;
    return spare;
  }
  size_t first_ = 0;
  size_t last_ = 0;

 public:
  std::string last_quarter;     // the latest quarter value seen in the document
  int last_year = 0;            // the year of the latest date written with its year ("in 1995")
  bool quarter_in_text = true;  // the lower-cased text holds "quarter"
};

int Matcher::MonthToken(size_t j, size_t* end) const {
  Entry e = E(j);
  if (e.cat != Cat::kMonth && e.cat != Cat::kMonthAbbr) {
    return 0;
  }
  if (!w_.Capitalized(j)) {
    return 0;
  }
  *end = j + 1;
  if (e.cat == Cat::kMonthAbbr) {
    if (*end < last_ && L(*end) == "." && w_.Touch(j)) {
      ++*end;
    } else if (!(*end < last_ && K(*end) == TokenKind::kNumber)) {
      return 0;
    }
  }
  return e.v;
}

std::optional<int> Matcher::YearToken(size_t j) const {
  int y = 0;
  if (j < last_ && K(j) == TokenKind::kNumber && L(j).size() == 4 &&
      IsSmallInt(L(j), 1000, 2199, &y)) {
    return y;
  }
  return std::nullopt;
}

std::optional<int> Matcher::SpelledYear(size_t j, size_t* end) const {
  if (j + 1 >= last_ || K(j) != TokenKind::kWord) {
    return std::nullopt;
  }
  std::string_view a = L(j);
  if (a == "nineteen" || a == "eighteen") {
    int rest = CardinalWord(L(j + 1));
    if (rest < 10 || rest > 99) {
      return std::nullopt;
    }
    *end = j + 2;
    return (a == "nineteen" ? 1900 : 1800) + rest;
  }
  if (a == "two" && L(j + 1) == "thousand" && j > first_ && L(j - 1) == "year") {
    *end = j + 2;
    return 2000;
  }
  return std::nullopt;
}

int Matcher::YearFor(int m, int d, Dir dir) const {
  const Ymd& a = *anchor_;
  int here = a.m * 32 + (d ? a.d : 0);
  int there = m * 32 + d;
  // Past: the latest occurrence, except that a date a few weeks ahead is the
  // coming one even in a past-tense report ("asked it to respond by Oct. 31").
  if (dir == kPast) {
    return there <= here || there - here <= (d ? 64 : 2 * 32) ? a.y : a.y - 1;
  }
  if (dir == kFuture) {
    // A day a few weeks back stays this year's ("would rebuild after the
    // Aug. 7 blast" on Aug. 18).
    return there >= here || (d && here - there <= 32) ? a.y : a.y + 1;
  }
  // Unknown: the occurrence from nine months back to six months ahead (half
  // a year ahead is the past one, news reports what happened; "a low in
  // March" written in October is this year's, "pay June 30" written in
  // March too).
  int diff = there - here;
  if (diff >= 6 * 32) {
    return a.y - 1;
  }
  if (diff < -9 * 32) {
    return a.y + 1;
  }
  return a.y;
}

std::string Matcher::WeekdayValue(int wd, Dir dir, bool strict) const {
  Ymd a = *anchor_;
  if (a.d == 0) {
    return "XXXX-WXX-" + std::to_string(wd);
  }
  int today = calendar::Weekday(a);
  int back = (today - wd + 7) % 7;
  int ahead = (wd - today + 7) % 7;
  if (strict) {
    if (back == 0) {
      back = 7;
    }
    if (ahead == 0) {
      ahead = 7;
    }
  }
  Ymd r = dir == kFuture ? calendar::AddDays(a, ahead) : calendar::AddDays(a, -back);
  return DateValue(r.y, r.m, r.d);
}

// "this/last/next <unit>".
std::string Matcher::Shift(Unit u, int k) const {
  const Ymd& a = *anchor_;
  switch (u) {
    case kYear:
      return DateValue(a.y + k);
    case kDecade:
      return std::to_string((a.y / 10) + k);
    case kCentury:
      return std::to_string((a.y / 100) + k);
    case kMonth: {
      if (a.m == 0) {
        return "";
      }
      int idx = a.y * 12 + (a.m - 1) + k;
      return DateValue(idx / 12, idx % 12 + 1);
    }
    case kQuarterUnit: {
      if (a.m == 0) {
        return "";
      }
      int idx = a.y * 4 + (a.m - 1) / 3 + k;
      return calendar::QuarterValue(idx / 4, idx % 4 + 1);
    }
    case kWeek:
    case kFortnight:
      if (a.d == 0) {
        return "";
      }
      return calendar::WeekValue(calendar::AddDays(a, 7 * k));
    case kWeekend: {
      if (a.d == 0) {
        return "";
      }
      // The weekend before (or after) the anchor; "this weekend" looks ahead
      // on a weekday.
      int today = calendar::Weekday(a);
      Ymd sat;
      if (k < 0 || (k == 0 && today == 1)) {
        sat = calendar::AddDays(a, -((today - 6 + 7) % 7 == 0 ? 7 : (today - 6 + 7) % 7));
      } else {
        sat = calendar::AddDays(a, (6 - today + 7) % 7 + (k > 0 && today >= 6 ? 7 : 0));
      }
      if (today == 7 && k == 0) {
        sat = calendar::AddDays(a, -1);
      }
      return calendar::WeekValue(sat) + "-WE";
    }
    case kDay: {
      if (a.d == 0) {
        return "";
      }
      Ymd r = calendar::AddDays(a, k);
      return DateValue(r.y, r.m, r.d);
    }
    default:
      return "";
  }
}

// "three years ago": the date n units before the anchor at the unit's granularity.
std::string Matcher::AgoValue(double n, Unit u) const {
  const Ymd& a = *anchor_;
  int k = static_cast<int>(n);
  if (k != n || k < 0) {
    return "";
  }
  switch (u) {
    case kYear:
      return DateValue(a.y - k);
    case kDecade:
      return DateValue(a.y - 10 * k);
    case kCentury:
      return DateValue(a.y - 100 * k);
    case kMonth:
    case kQuarterUnit: {
      if (a.m == 0) {
        return DateValue(a.y - k / 12);
      }
      int idx = a.y * 12 + (a.m - 1) - k * (u == kMonth ? 1 : 3);
      return DateValue(idx / 12, idx % 12 + 1);
    }
    case kWeek:
    case kFortnight:
      if (a.d == 0) {
        return "";
      }
      return calendar::WeekValue(calendar::AddDays(a, -7 * k * (u == kWeek ? 1 : 2)));
    case kDay:
    case kHour:
    case kMinute:
    case kSecond: {
      if (a.d == 0) {
        return "";
      }
      Ymd r = calendar::AddDays(a, u == kDay ? -k : 0);
      return DateValue(r.y, r.m, r.d);
    }
    default:
      return "";
  }
}

void Matcher::NoteQuarter(const std::string& q) {
  if (q.size() == 7 && q[5] == 'Q' && q < Shift(kQuarterUnit, 0) && q > last_quarter) {
    last_quarter = q;
  }
}

std::string Matcher::ReportedQuarter(int years, const std::string& fallback) const {
  if (last_quarter.empty()) {
    return fallback;
  }
  return std::to_string(std::stoi(last_quarter.substr(0, 4)) + years) + last_quarter.substr(4);
}

std::string Matcher::MonthBefore(size_t j, int years, size_t* at) {
  for (size_t k = j; k > first_;) {
    --k;
    const Cat c = E(k).cat;
    if (c == Cat::kUnit || L(k) == "half" || L(k).ends_with("-quarter")) {
      return "";  // "the nine months to March", "the third quarter": a period, no month
    }
    if (c != Cat::kMonth && c != Cat::kMonthAbbr) {
      continue;
    }
    // The end of a period ("the six months to March") or a span of months
    // ("January and February"): no one month.
    if (k > first_ && IsIn(L(k - 1), {"to", "through", "ended", "ending", "until", "and", "-"})) {
      return "";
    }
    std::optional<Hit> h = MonthAt(k);
    if (!h || h->value.size() != 7 || h->value[4] != '-') {
      return "";  // the nearest month has a day or is no month ("may")
    }
    if (at) {
      *at = k;
    }
    return std::to_string(std::stoi(h->value.substr(0, 4)) + years) + h->value.substr(4);
  }
  return "";
}

// The period a comparison goes back from is the sentence's first month, not
// the months compared on the way ("1,800 in January, from 1,700 in December
// and 1,300 a year earlier": January), unless the month comes right before
// ("in February a year ago"). A first month that is itself a point of
// comparison ("rose after a rise in January", "lower than January's") leaves
// the period unnamed.
std::string Matcher::FirstMonthBefore(size_t j, int years) {
  size_t at = j;
  std::string month = MonthBefore(at, years, &at);
  if (month.empty() || at + 1 == j) {
    return month;
  }
  for (std::string earlier; !(earlier = MonthBefore(at, years, &at)).empty();) {
    month = earlier;
  }
  for (size_t k = at, n = 0; k > first_ && n < 6; ++n) {
    if (IsIn(L(--k), {"after", "than", "from", "against", "as", "revised", "previous"})) {
      return "";
    }
  }
  return month;
}

int Matcher::QuarterYear(int q, Dir dir) const {
  const Ymd& a = *anchor_;
  if (a.m == 0) {
    return a.y;
  }
  int now = (a.m - 1) / 3 + 1;
  if (q <= now) {
    return a.y;
  }
  return dir == kFuture ? a.y : a.y - 1;
}

// ---- dates written out: "January 24, 2025", "24 January 2025", "Jan. 24",
// "January 2025", "January of this year", "2025-01-24", "1/24/2025", "1950", "the 1990s".
// "payable April nine to holders", "no later than March one.": a day from
// one to nine in words after a month, where no noun follows that the number
// counts ("in March two companies merged").
int Matcher::SpelledDay(size_t k) const {
  if (k >= last_ || K(k) != TokenKind::kWord) {
    return 0;
  }
  int n = CardinalWord(L(k));
  if (n < 1 || n > 9) {
    return 0;
  }
  return k + 1 >= last_ || K(k + 1) != TokenKind::kWord ||
                 IsIn(L(k + 1), {"to", "unless", "and", "by", "that", "from", "will", "for",
                                 "instead", "on", "with", "when", "through", "whether", "it"})
             ? n
             : 0;
}

std::optional<Hit> Matcher::MonthAt(size_t j) {
  size_t e = 0;
  int m = MonthToken(j, &e);
  if (m == 0) {
    return std::nullopt;
  }
  const int spelled_day = SpelledDay(e);
  if (m == 5 && L(j) == "may") {
    // "May" the modal: only with a day, a year or a temporal preposition before it.
    bool number_next = (e < last_ && K(e) == TokenKind::kNumber) || spelled_day;
    bool prep_before =
        j > first_ &&
        IsIn(L(j - 1), {"in",    "since", "until",   "by",   "of", "early",   "mid",    "late",
                        "last",  "this",  "next",    "from", "to", "through", "during", "before",
                        "after", "till",  "between", "and",  "or", "mid-"});
    if (!number_next && !prep_before) {
      return std::nullopt;
    }
  }
  if (m == 3 && L(j) == "march" && j > first_ && MarchNamed(j, e)) {
    return std::nullopt;
  }
  Hit h;
  int day = 0;
  int year = 0;
  size_t k = e;
  const bool numeric_day =
      k < last_ && K(k) == TokenKind::kNumber && L(k).size() <= 2 && IsSmallInt(L(k), 1, 31, &day);
  if (numeric_day || spelled_day) {
    day = numeric_day ? day : spelled_day;
    ++k;
    if (numeric_day && k < last_ && Touch(k - 1) && IsIn(L(k), {"st", "nd", "rd", "th"})) {
      ++k;
    }
    size_t y = k;
    if (y < last_ && L(y) == ",") {
      ++y;
    }
    if (auto yr = YearToken(y)) {
      year = *yr;
      k = y + 1;
    }
  } else if (auto yr = YearToken(k)) {
    year = *yr;
    ++k;
  } else if (k + 1 < last_ && L(k) == "," && YearToken(k + 1)) {
    year = *YearToken(k + 1);  // "in July, 1984"
    k += 2;
  } else if (auto spelled = SpelledYear(k, &k)) {
    year = *spelled;  // "January nineteen ninety-seven"
  } else if (k + 1 < last_ && L(k) == "of") {
    if (auto yr2 = YearToken(k + 1)) {
      year = *yr2;
      k += 2;
    }
  }
  if (day && day > calendar::DaysInMonth(year ? year : 2000, m)) {
    return std::nullopt;
  }
  // "January of this year", "November last year"
  size_t r = k;
  if (year == 0 && r < last_ && L(r) == "of") {
    ++r;
  }
  if (year == 0 && r + 1 < last_ && L(r + 1) == "year" && E(r).cat == Cat::kRelative && anchor_) {
    int shift = E(r).v;
    if (L(r) != "past") {
      year = anchor_->y + shift;
      k = r + 2;
    }
  }
  if (year == 0) {
    if (!anchor_) {
      h.value = day ? "XXXX-" + DateValue(2000, m, day).substr(5)
                    : "XXXX-" + DateValue(2000, m).substr(5);
    } else {
      year = YearForTense(m, day, j, k);
    }
  }
  if (year) {
    h.value = DateValue(year, m, day);
  }
  h.end = k;
  return h;
}

std::optional<Hit> Matcher::Calendar(size_t j) {
  if (auto h = MonthAt(j)) {
    return h;
  }
  if (K(j) != TokenKind::kNumber) {
    // Only "nineteen", "eighteen" or "two" can open a year in words.
    size_t e = 0;
    std::optional<int> spelled;
    if (K(j) == TokenKind::kWord && (L(j).size() == 8 || L(j).size() == 3)) {
      spelled = SpelledYear(j, &e);
    }
    if (!spelled) {
      return std::nullopt;
    }
    // "nineteen ninety troops" is a count
    std::string_view n = L(e);
    if (e < last_ && K(e) == TokenKind::kWord && n.size() > 3 && n.back() == 's' &&
        !w_.Capitalized(e) && !IsIn(n, {"was", "has", "does"})) {
      return std::nullopt;
    }
    Hit h;
    h.end = e;
    h.value = DateValue(*spelled);
    return h;
  }
  std::string_view t = L(j);
  int a = 0;
  // "the '80s", "the 70s and 80s": decades of the 1900s, TIMEX3 "198".
  if (t.size() == 2 && t[1] == '0' && t[0] >= '2' && t[0] <= '9' && Touch(j) && L(j + 1) == "s" &&
      j > first_ &&
      (((L(j - 1) == "'" || L(j - 1) == "\u2019") && Touch(j - 1)) ||
       IsIn(L(j - 1), {"the", "and", "early", "late", "mid"}))) {
    Hit h;
    h.end = j + 2;
    h.value = std::string("19") + t[0];
    return h;
  }
  // "the 20th century": TIMEX3 writes its first two digits, "19".
  if (t.size() <= 2 && IsSmallInt(t, 1, 21, &a) && Touch(j) &&
      IsIn(L(j + 1), {"st", "nd", "rd", "th"}) && Stem(L(j + 2)) == "century") {
    Hit h;
    h.end = j + 3;
    h.value = (a <= 10 ? "0" : "") + std::to_string(a - 1);
    h.takes_the = true;
    return h;
  }
  // "24 January 2025", "24th January"
  if (t.size() <= 2 && IsSmallInt(t, 1, 31, &a)) {
    size_t k = j + 1;
    if (k < last_ && Touch(j) && IsIn(L(k), {"st", "nd", "rd", "th"})) {
      ++k;
    }
    if (k < last_ && L(k) == "of") {
      ++k;
    }
    size_t e = 0;
    int m = MonthToken(k, &e);
    if (m && a <= calendar::DaysInMonth(2000, m)) {
      Hit h;
      int year = 0;
      if (auto yr = YearToken(e)) {
        year = *yr;
        ++e;
      } else if (e + 1 < last_ && L(e) == "," && YearToken(e + 1)) {
        year = *YearToken(e + 1);
        e += 2;
      }
      if (!year && anchor_) {
        year = YearForTense(m, a, j, e);
      }
      h.value = year ? DateValue(year, m, a) : "XXXX-" + DateValue(2000, m, a).substr(5);
      h.end = e;
      return h;
    }
  }
  // "2025-01-24"
  if (t.size() == 4 && j + 4 < last_ && Touch(j) && Touch(j + 1) && Touch(j + 2) && Touch(j + 3) &&
      L(j + 1) == "-" && L(j + 3) == "-") {
    int y = 0, m = 0, d = 0;
    if (IsSmallInt(t, 1000, 2199, &y) && L(j + 2).size() == 2 && IsSmallInt(L(j + 2), 1, 12, &m) &&
        L(j + 4).size() == 2 && IsSmallInt(L(j + 4), 1, calendar::DaysInMonth(y, m), &d)) {
      Hit h;
      h.value = DateValue(y, m, d);
      h.end = j + 5;
      return h;
    }
  }
  // "1/24/2025", "24/1/2025"
  if (t.size() <= 2 && j + 4 < last_ && Touch(j) && Touch(j + 1) && Touch(j + 2) && Touch(j + 3) &&
      L(j + 1) == "/" && L(j + 3) == "/") {
    int x = 0, y2 = 0, yr = 0;
    std::string_view ys = L(j + 4);
    if (IsSmallInt(t, 1, 31, &x) && L(j + 2).size() <= 2 && IsSmallInt(L(j + 2), 1, 31, &y2) &&
        (ys.size() == 4 || ys.size() == 2) && IsSmallInt(ys, 0, 2199, &yr)) {
      if (ys.size() == 2) {
        yr += yr < 50 ? 2000 : 1900;
      }
      int m = x, d = y2;
      if (m > 12) {
        std::swap(m, d);
      }
      if (m <= 12 && d <= calendar::DaysInMonth(yr, m)) {
        Hit h;
        h.value = DateValue(yr, m, d);
        h.end = j + 5;
        return h;
      }
    }
  }
  // "24.01.2025" (one token)
  if (t.size() == 10 && t[2] == '.' && t[5] == '.') {
    int d = 0, m = 0, y = 0;
    if (IsSmallInt(t.substr(0, 2), 1, 31, &d) && IsSmallInt(t.substr(3, 2), 1, 12, &m) &&
        IsSmallInt(t.substr(6, 4), 1000, 2199, &y) && d <= calendar::DaysInMonth(y, m)) {
      Hit h;
      h.value = DateValue(y, m, d);
      h.end = j + 1;
      return h;
    }
  }
  // Years: "1950", "in 2024", "the 1990s".
  if (auto yr = YearToken(j)) {
    if (j > first_ && IsIn(L(j - 1), {"$", "\u20ac", "\u00a3", "no", "number", "flight", "route",
                                      "resolution", "article", "#", "-", "+", "x"})) {
      return std::nullopt;
    }
    Hit h;
    h.end = j + 1;
    if (anchor_) {
      // "the 1988 third quarter"; "the 1988 period" (the quarter reported on)
      int q = h.end < last_ ? OrdinalOf(raw_.record(h.end)) : -1;
      if (q >= 1 && q <= 4 && Stem(L(h.end + 1)) == "quarter") {
        h.end += 2;
        h.value = calendar::QuarterValue(*yr, q);
        h.takes_the = true;
        return h;
      }
      if (j > first_ && L(j - 1) == "the" && !last_quarter.empty() &&
          IsIn(Stem(L(h.end)), {"quarter", "period"})) {
        h.end += 1;
        h.value = calendar::QuarterValue(*yr, last_quarter.back() - '0');
        h.takes_the = true;
        return h;
      }
    }
    if (h.end < last_ && Touch(j) && L(h.end) == "s") {  // "1990s"
      h.value = std::to_string(*yr / 10) + "X";          // TempEval writes decades "199X"
      h.end++;
      h.takes_the = true;
      return h;
    }
    if (h.end < last_) {
      std::string_view n = L(h.end);
      if (n == "%" || n == "percent" || K(h.end) == TokenKind::kNumber ||
          (Touch(j) && K(h.end) == TokenKind::kWord) ||
          (n == "to" && !YearToken(h.end + 1) &&
           !(j > first_ && IsIn(L(j - 1), {"in", "from", "since", "between", "by", "until"}))) ||
          n == "people" || n == "troops" || n == "soldiers" || n == "km" || n == "kilometers" ||
          n == "kilometres" || n == "miles" || n == "meters" || n == "metres" || n == "feet" ||
          n == "tons" || n == "tonnes" || n == "units" || n == "cases" || n == "times" ||
          // "by 1530 hrs", "at 1630 EST/2130 gmt": a clock on the 24 hours
          IsIn(n, {"hrs", "hours", "gmt", "utc", "est", "edt", "cet", "bst", "pst", "pdt"})) {
        return std::nullopt;
      }
    }
    if (*yr < 1900 &&
        !(j > first_ && IsIn(L(j - 1), {"in", "since", "by", "from", "until", "of", "before",
                                        "after", "during", "year", "to", "fiscal"}))) {
      return std::nullopt;
    }
    h.value = DateValue(*yr);
    return h;
  }
  return std::nullopt;
}

// "Friday", "Friday night", "Thursday, April 6".
std::optional<Hit> Matcher::WeekdayAt(size_t j) {
  Entry e = E(j);
  if (e.cat != Cat::kWeekday) {
    return std::nullopt;
  }
  if (!w_.Capitalized(j)) {
    return std::nullopt;
  }
  size_t k = j + 1;
  if (k + 1 < last_ && L(k) == ",") {
    if (auto h = MonthAt(k + 1)) {
      return h;  // the date says it all
    }
  }
  if (auto h = MonthAt(k)) {
    return h;
  }
  Hit h;
  int part = -1;
  if (k < last_ && E(k).cat == Cat::kPartOfDay) {
    part = E(k++).v;
  }
  h.end = k;
  h.value = anchor_ ? WeekdayValue(e.v, Tense(j, k), false) : "XXXX-WXX-" + std::to_string(e.v);
  // "Friday evening": TempEval marks evenings with the part of the day and
  // leaves mornings and nights at the date more often than not.
  if (part == kEvening && h.value[4] == '-') {
    h.value += "TEV";
    h.type = TimexType::kTime;
  }
  return h;
}

// "this year", "last week", "next month", "last Friday", "last December",
// "this summer", "the past two months", "the coming weeks", "this morning".
std::optional<Hit> Matcher::RelativeAt(size_t j) {
  Entry r = E(j);
  if (r.cat != Cat::kRelative) {
    return std::nullopt;
  }
  size_t k = j + 1;
  if (k >= last_) {
    return std::nullopt;
  }
  std::string_view rel = L(j);
  Entry e = E(k);
  Hit h;
  h.takes_the = rel != "this";
  // "the past two months", "the next 12 months", "the last few years"
  if (auto num = ReadNumber(w_, k, last_); num && !num->has_scale) {
    Entry u = E(num->end);
    if (u.cat == Cat::kUnit) {
      h.end = num->end + 1;
      h.type = TimexType::kDuration;
      h.value = DurationValue(num->value, static_cast<Unit>(u.v));
      return h;
    }
  }
  if (IsIn(L(k), {"few", "several", "many"}) && E(k + 1).cat == Cat::kUnit && E(k + 1).plural) {
    h.end = k + 2;
    h.type = TimexType::kDuration;
    h.value = DurationValue(-1, static_cast<Unit>(E(k + 1).v));
    return h;
  }
  if (!anchor_) {
    // No publication date: "last year" stays relative, as TempEval does.
    size_t me = 0;
    bool known = (e.cat == Cat::kUnit && !e.plural && e.v >= kDay) || e.cat == Cat::kWeekday ||
                 e.cat == Cat::kSeason || MonthToken(k, &me);
    if (!known) {
      return std::nullopt;
    }
    h.end = me ? me : k + 1;
    h.value = r.v < 0 ? "PAST_REF" : r.v > 0 ? "FUTURE_REF" : "PRESENT_REF";
    return h;
  }
  if (e.cat == Cat::kUnit && !e.plural) {
    Unit u = static_cast<Unit>(e.v);
    if (u == kSecond || u == kMinute || u == kHour) {
      return std::nullopt;
    }
    h.end = k + 1;
    if (rel == "past" && u == kDecade) {  // "over the past decade": ten years up to now
      h.type = TimexType::kDuration;
      h.value = "P10Y";
      return h;
    }
    h.value = Shift(u, r.v);
    if (u == kYear && L(k) != "year" && Stem(L(k)) == "year") {
      // "this year's third quarter", "last year's quarter"
      int q = OrdinalWord(L(k + 1));
      if (q >= 1 && q <= 4 && Stem(L(k + 2)) == "quarter") {
        h.end = k + 3;
        h.value = calendar::QuarterValue(anchor_->y + r.v, q);
        return h;
      }
      if (IsIn(Stem(L(k + 1)), {"quarter", "period"}) && !last_quarter.empty()) {
        h.end = k + 2;
        h.value = std::to_string(anchor_->y + r.v) + last_quarter.substr(4);
        return h;
      }
    }
    if (u == kQuarterUnit) {
      NoteQuarter(h.value);  // "last quarter"
    }
    if (h.value.empty()) {
      return std::nullopt;
    }
    // "this year's"
    if (h.end < last_ && (L(h.end) == "'s" || L(h.end) == "\u2019s")) {
    }
    return h;
  }
  if (e.cat == Cat::kUnit && e.plural) {  // "the coming weeks", "the past months"
    h.end = k + 1;
    h.type = TimexType::kDuration;
    h.value = DurationValue(-1, static_cast<Unit>(e.v));
    return h;
  }
  if (rel == "past" || rel == "coming" || rel == "upcoming") {
    return std::nullopt;
  }
  if (e.cat == Cat::kWeekday) {
    h.end = k + 1;
    if (h.end < last_ && E(h.end).cat == Cat::kPartOfDay) {
      ++h.end;
    }
    Dir dir = r.v < 0 ? kPast : r.v > 0 ? kFuture : Tense(j, k + 1);
    h.value = WeekdayValue(e.v, dir, r.v != 0);
    return h;
  }
  size_t me = 0;
  if (int m = MonthToken(k, &me)) {
    h.end = me;
    const Ymd& a = *anchor_;
    // "last Oct. 23": the day, in the year of its last (next) occurrence.
    int day = 0;
    if (me < last_ && K(me) == TokenKind::kNumber && L(me).size() <= 2 &&
        IsSmallInt(L(me), 1, calendar::DaysInMonth(2000, m), &day)) {
      h.end = me + 1;
    }
    const int there = m * 32 + day;
    const int here = a.m * 32 + (day ? a.d : 0);
    int y = a.y;
    if (r.v < 0) {
      y = there < here ? a.y : a.y - 1;
    }
    if (r.v > 0) {
      y = there > here ? a.y : a.y + 1;
    }
    h.value = DateValue(y, m, day);
    return h;
  }
  if (e.cat == Cat::kSeason) {
    h.end = k + 1;
    const Ymd& a = *anchor_;
    int y = a.y + r.v;
    if (r.v < 0 && e.v != kWinter && a.m >= 10) {
      y = a.y;  // "last summer" said in November
    }
    h.value = std::to_string(y) + "-" + kSeasonCodes[e.v];
    return h;
  }
  if (e.cat == Cat::kPartOfDay && rel == "last" && e.v == kNight && anchor_->d) {  // "last night"
    Ymd y = calendar::AddDays(*anchor_, -1);
    h.end = k + 1;
    h.type = TimexType::kTime;
    h.value = DateValue(y.y, y.m, y.d) + "TNI";
    return h;
  }
  if (e.cat == Cat::kPartOfDay && rel == "this") {
    h.end = k + 1;
    h.type = TimexType::kTime;
    if (anchor_->d == 0) {
      return std::nullopt;
    }
    h.value = DateValue(anchor_->y, anchor_->m, anchor_->d) + "T" + kPartCodes[e.v];
    return h;
  }
  return std::nullopt;
}

// "four months", "approximately three weeks", "a decade", "10-hour",
// "four-day", "three years ago", "several weeks", "recent months".
std::optional<Hit> Matcher::DurationAt(size_t j) {
  Hit h;
  h.type = TimexType::kDuration;
  h.takes_the = true;
  std::string_view t = L(j);
  // Hyphenated word: "four-day", "two-week", "day-long".
  if (K(j) == TokenKind::kWord && t.find('-') != std::string_view::npos) {
    size_t dash = t.find('-');
    std::string_view a = t.substr(0, dash);
    std::string_view b = t.substr(dash + 1);
    if (b.find('-') != std::string_view::npos) {
      return std::nullopt;  // "two-year-old"
    }
    int n = CardinalWord(a);
    Entry u = Look(b);
    if (n > 0 && u.cat == Cat::kUnit && !u.plural) {
      h.end = j + 1;
      h.value = DurationValue(n, static_cast<Unit>(u.v));
      return h;
    }
    Entry ua = Look(a);
    if (ua.cat == Cat::kUnit && !ua.plural && b == "long") {
      h.end = j + 1;
      h.value = DurationValue(1, static_cast<Unit>(ua.v));
      return h;
    }
    // "a decades-long dispute", "months-long talks": some number of them
    // (decades counted in years, as TempEval writes them).
    if (ua.cat == Cat::kUnit && ua.plural && ua.v != kWeekend && b == "long") {
      h.end = j + 1;
      h.value = ua.v == kDecade ? "PXY" : DurationValue(-1, static_cast<Unit>(ua.v));
      return h;
    }
    return std::nullopt;
  }
  // "10-hour", "30-year"
  if (K(j) == TokenKind::kNumber && j + 2 < last_ && Touch(j) && Touch(j + 1) && L(j + 1) == "-") {
    Entry u = E(j + 2);
    auto v = ParseDigits(t);
    if (v && u.cat == Cat::kUnit && !u.plural && !(j + 3 < last_ && L(j + 3) == "-")) {
      h.end = j + 3;
      h.value = DurationValue(*v, static_cast<Unit>(u.v));
      return h;
    }
    return std::nullopt;
  }
  // "over the years", "over the months": a stretch up to now of some number of them.
  if (K(j) == TokenKind::kWord && E(j).cat == Cat::kUnit && E(j).plural && E(j).v != kWeekend &&
      j > first_ + 1 && L(j - 1) == "the" && L(j - 2) == "over" &&
      !(j + 1 < last_ && (K(j + 1) == TokenKind::kNumber ||
                          IsIn(L(j + 1), {"of", "ago", "later", "earlier", "ahead"})))) {
    h.end = j + 1;
    h.value = DurationValue(-1, static_cast<Unit>(E(j).v));
    return h;
  }
  double n = -1;
  size_t k = j;
  if (IsIn(t, {"few", "several", "many", "some"})) {
    k = j + 1;
  } else if (t == "a" && L(j + 1) == "few") {
    k = j + 2;
  } else if (t == "a" && L(j + 1) == "couple" && L(j + 2) == "of") {
    n = 2;
    k = j + 3;
  } else if (t == "recent" || t == "coming") {
    // "in recent years": an open stretch up to now, PXY as TempEval and
    // MEANTIME mostly write it; "coming weeks" the one ahead.
    k = j + 1;
    Entry u = E(k);
    if (u.cat != Cat::kUnit || !u.plural) {
      return std::nullopt;
    }
    h.end = k + 1;
    if (t == "recent" && u.v != kWeekend) {
      h.value = DurationValue(-1, static_cast<Unit>(u.v));
      if (u.v == kQuarterUnit) {
        h.value = "PXM";
      }
      return h;
    }
    h.type = TimexType::kDate;
    h.value = t == "recent" ? "PAST_REF" : "FUTURE_REF";
    return h;
  } else if (K(j) == TokenKind::kWord && E(j).cat == Cat::kUnit && E(j).plural && j > first_ &&
             IsIn(L(j - 1), {"for", "over", "within", "in"}) &&
             !IsIn(L(j + 1), {"of", "ago", "later", "earlier"})) {
    // "for years", "over months"
    h.end = j + 1;
    h.value = DurationValue(-1, static_cast<Unit>(E(j).v));
    h.takes_the = false;
    return h;
  } else if (t == "a" || t == "an" || t == "one") {
    n = 1;
    k = j + 1;
    if (IsExtra(L(k)) && E(k + 1).cat == Cat::kUnit) {
      ++k;  // "an additional year", "an extra week"
    }
  } else if (K(j) == TokenKind::kNumber && E(j + 1).cat != Cat::kUnit && L(j + 1) != "1" &&
             L(j + 1) != "more" && !IsDayKind(L(j + 1))) {
    // Digits with no unit, "1/2" or "more" next: no duration (a scale word
    // after them is refused below anyway), so the number is not read.
    return std::nullopt;
  } else if (auto num = K(j) == TokenKind::kNumber || CardinalWordFilter().MayContain(t)
                            ? ReadNumber(w_, j, last_)
                            : std::nullopt) {
    // (a word reaches here without a dash, so only a cardinal passing the
    // filter can be a number)
    if (num->has_scale || num->value > 1000) {
      return std::nullopt;
    }
    n = num->value;
    k = num->end;
    // "2 1/2 years"
    if (n >= 1 && n == static_cast<int>(n) && L(k) == "1" && L(k + 1) == "/" && L(k + 2) == "2" &&
        Touch(k) && Touch(k + 1)) {
      n += 0.5;
      k += 3;
    }
    // "20 more years", "two more weeks"
    if (L(k) == "more" && E(k + 1).cat == Cat::kUnit) {
      ++k;
    }
    // "eight trading days"
    if (IsDayKind(L(k)) && E(k + 1).cat == Cat::kUnit && E(k + 1).v == kDay) {
      ++k;
    }
  } else {
    return std::nullopt;
  }
  Entry u = E(k);
  if (u.cat != Cat::kUnit) {
    return std::nullopt;
  }
  Unit unit = static_cast<Unit>(u.v);
  if (unit == kWeekend) {
    return std::nullopt;
  }
  if (n == 1 && u.plural) {
    return std::nullopt;
  }
  h.end = k + 1;
  std::string_view after = L(h.end);
  // "a second vote", "a second group": the ordinal, not the unit.
  if (unit == kSecond && !u.plural && (t == "a" || t == "one") && h.end < last_ &&
      K(h.end) == TokenKind::kWord &&
      !IsIn(after, {"later", "earlier", "ago", "or", "and", "before", "after", "of"})) {
    return std::nullopt;
  }
  if (after == "old" || after == "-") {
    return std::nullopt;  // ages: "four years old"
  }
  if ((after == "ago" || after == "earlier") && n < 0) {  // "several years ago"
    h.value = "PAST_REF";
    h.type = TimexType::kDate;
    h.end++;
    h.takes_the = false;
    return h;
  }
  if ((after == "ago" || after == "earlier") && anchor_ && n >= 0) {
    std::string month;
    if (unit == kYear && n == 1 && j >= first_ + 2 && L(j - 1) == "month" &&
        IsIn(L(j - 2), {"same", "corresponding", "comparable"})) {
      month = MonthBefore(j - 2, -1);  // "in March, ... the same month a year ago"
    } else if (unit == kYear && n == 1) {
      month = FirstMonthBefore(j, -1);  // "sales in February rose from a year earlier"
    }
    if (!month.empty()) {
      h.value = month;
    } else if (unit == kYear && n == 1 && !last_quarter.empty()) {
      h.value = ReportedQuarter(-1, "");
    } else {
      h.value = AgoValue(n, unit);
    }
    if (h.value.empty()) {
      return std::nullopt;
    }
    h.type = TimexType::kDate;
    h.end++;
    h.takes_the = false;
    return h;
  }
  if ((t == "a" || t == "an") && unit == kQuarterUnit) {
    return std::nullopt;
  }
  if (unit == kQuarterUnit && n < 0) {
    return std::nullopt;
  }
  if ((t == "a" || t == "an") && j > first_) {
    if (IsIn(L(j - 1), {"once", "twice", "times", "per"})) {
      h.type = TimexType::kSet;
    }
    // "$5 a year", "10 percent a year": a rate, not a time.
    if (K(j - 1) == TokenKind::kNumber || L(j - 1) == "cents" || L(j - 1) == "percent" ||
        L(j - 1) == "%") {
      return std::nullopt;
    }
  }
  // "a minute and a half"
  if (n >= 1 && L(h.end) == "and" && L(h.end + 1) == "a" && L(h.end + 2) == "half") {
    n += 0.5;
    h.end += 3;
  }
  h.value = DurationValue(n, unit);
  return h;
}

// Where "last year", "a year ago", "a year earlier" starting at k ends; 0 if
// none starts there.
size_t Matcher::YearBackAt(size_t k) const {
  if (L(k) == "last" && Stem(L(k + 1)) == "year") {
    return k + 2;
  }
  if (L(k) == "of" && L(k + 1) == "last" && Stem(L(k + 2)) == "year") {
    return k + 3;
  }
  if (IsIn(L(k), {"a", "one"}) && L(k + 1) == "year" &&
      IsIn(L(k + 2), {"ago", "earlier", "before"})) {
    return k + 3;
  }
  return 0;
}

// "the third quarter", "fourth-quarter", "the quarter", "a year earlier".
std::optional<Hit> Matcher::QuarterAt(size_t j) {
  if (!anchor_ || K(j) == TokenKind::kNumber) {
    return std::nullopt;  // starts with a word
  }
  std::string_view t = L(j);
  Hit h;
  h.takes_the = true;
  size_t k = j;
  if (t == "fiscal") {
    ++k;
  }
  int q = 0;
  if (L(k + 1) == "quarter") {  // the ordinal is looked up only before "quarter"
    q = OrdinalWord(L(k));
    if (L(k) == "final" || L(k) == "last") {
      q = 4;  // "the final quarter of 2009"
    }
  }
  size_t qend = 0;
  if (q >= 1 && q <= 4 && L(k + 1) == "quarter") {
    qend = k + 2;
  } else if (K(k) == TokenKind::kWord && L(k).ends_with("-quarter")) {
    q = OrdinalWord(L(k).substr(0, L(k).size() - 8));
    if (q < 1 || q > 4) {
      return std::nullopt;
    }
    qend = k + 1;
  } else if ((IsIn(t, {"latest", "current", "same", "that", "corresponding", "comparable"}) &&
              Stem(L(j + 1)) == "quarter") ||
             (IsIn(t, {"latest", "same", "corresponding", "comparable"}) &&
              Stem(L(j + 1)) == "period") ||
             (t == "quarter" && j > first_ && L(j - 1) == "the")) {
    // "the latest quarter", "the latest period": the quarter reported on.
    h.end = t == "quarter" ? j + 1 : j + 2;
    if (t == "current") {
      h.value = Shift(kQuarterUnit, 0);
    } else if (size_t back = YearBackAt(h.end); back && t != "latest") {
      h.end = back;  // "the same period last year", "the comparable quarter a year ago"
      // After a month named in the sentence ("rose in March compared to the
      // same period last year"), that month a year back.
      std::string month = Stem(L(j + 1)) == "period" ? MonthBefore(j, -1) : std::string();
      h.value = !month.empty() ? month : ReportedQuarter(-1, DateValue(anchor_->y - 1));
    } else {
      h.value = ReportedQuarter(0, Shift(kQuarterUnit, -1));
    }
    return h;
  } else if (IsIn(t, {"year-earlier", "year-ago"})) {
    int q2 = OrdinalWord(L(j + 1));
    if (q2 >= 1 && q2 <= 4 && Stem(L(j + 2)) == "quarter") {  // "the year-ago third quarter"
      h.end = j + 3;
      int y = last_quarter.empty() ? anchor_->y : std::stoi(last_quarter.substr(0, 4));
      h.value = calendar::QuarterValue(y - 1, q2);
      return h;
    }
    if (Stem(L(j + 1)) == "quarter" || Stem(L(j + 1)) == "period") {
      ++k;
    }
    h.end = k + 1;
    h.value = ReportedQuarter(-1, DateValue(anchor_->y - 1));
    return h;
  } else {
    return std::nullopt;
  }
  int year = 0;
  if (L(qend) == "of" && YearToken(qend + 1)) {
    year = *YearToken(qend + 1);
    qend += 2;
  } else if (L(qend) == "of" && L(qend + 2) == "year" && E(qend + 1).cat == Cat::kRelative &&
             L(qend + 1) != "past") {
    year = anchor_->y + E(qend + 1).v;  // "the first quarter of last year"
    qend += 3;
  } else if (auto yr = YearToken(qend)) {
    year = *yr;
    ++qend;
  }
  if (!year) {
    year = QuarterYear(q, Tense(j, qend));
  }
  h.end = qend;
  h.value = calendar::QuarterValue(year, q);
  NoteQuarter(h.value);
  return h;
}

// "10:35 a.m.", "3 p.m.", "noon".
std::optional<Hit> Matcher::ClockAt(size_t j) {
  int hh = -1, mm = 0;
  bool zulu = false;  // "12:00 UTC": TIMEX3 writes the zone as Z
  size_t k = j;
  if (L(j) == "noon" || L(j) == "midday") {
    hh = 12;
    k = j + 1;
  } else if (K(j) == TokenKind::kNumber && L(j).size() <= 2 && IsSmallInt(L(j), 0, 24, &hh)) {
    k = j + 1;
    if (k + 1 < last_ && Touch(j) && Touch(k) && L(k) == ":" && L(k + 1).size() == 2 &&
        IsSmallInt(L(k + 1), 0, 59, &mm)) {
      k += 2;
    } else if (!(k < last_ && IsIn(L(k), {"a.m.", "p.m.", "am", "pm", "a.m", "p.m"}))) {
      return std::nullopt;
    }
    if (k < last_ && IsIn(L(k), {"a.m.", "p.m.", "am", "pm", "a.m", "p.m"})) {
      if (L(k)[0] == 'p' && hh < 12) {
        hh += 12;
      }
      if (L(k)[0] == 'a' && hh == 12) {
        hh = 0;
      }
      ++k;
    }
    if (k < last_ && IsIn(L(k), {"gmt", "utc", "est", "edt", "pst", "pdt", "cet", "kst", "bst"})) {
      zulu = L(k) == "gmt" || L(k) == "utc";
      ++k;
    } else if (k + 1 < last_ && L(k) == "local" && L(k + 1) == "time") {
      k += 2;
    }
  } else {
    return std::nullopt;
  }
  Hit h;
  // "5 p.m. EST Nov. 9", "5 p.m., Nov. 6": the date's day with the clock time.
  if (k + 1 < last_ &&
      (E(k).cat == Cat::kMonth || E(k).cat == Cat::kMonthAbbr ||
       (L(k) == "," && (E(k + 1).cat == Cat::kMonth || E(k + 1).cat == Cat::kMonthAbbr)))) {
    std::optional<Hit> day = MonthAt(L(k) == "," ? k + 1 : k);
    if (day && day->value.size() == 10 && day->value[4] == '-') {
      char clock[16];
      std::snprintf(clock, sizeof clock, "T%02d:%02d%s", hh, mm, zulu ? "Z" : "");
      day->value += clock;
      day->type = TimexType::kTime;
      return day;
    }
  }
  if (k < last_ && (E(k).cat == Cat::kWeekday || E(k).cat == Cat::kDayRef)) {
    // "noon Thursday", "10 p.m. yesterday": the day's date with the clock time.
    std::optional<Hit> day = E(k).cat == Cat::kWeekday ? WeekdayAt(k) : WordAt(k);
    if (day && E(k).cat == Cat::kWeekday && anchor_ && anchor_->d && j > first_ &&
        IsIn(L(j - 1), {"until", "till"})) {
      day->value = WeekdayValue(E(k).v, kFuture, false);  // "until 10 a.m. Thursday": ahead
    }
    if (day && day->value.size() >= 10 && day->value[4] == '-') {
      char clock[16];
      std::snprintf(clock, sizeof clock, "T%02d:%02d%s", hh, mm, zulu ? "Z" : "");
      day->value = day->value.substr(0, 10) + clock;
      day->type = TimexType::kTime;
      return day;
    }
  }
  h.type = TimexType::kTime;
  h.end = k;
  char buf[16];
  std::snprintf(buf, sizeof buf, "T%02d:%02d%s", hh, mm, zulu ? "Z" : "");
  if (anchor_ && anchor_->d) {
    h.value = DateValue(anchor_->y, anchor_->m, anchor_->d) + buf;
  } else {
    h.value = std::string("XXXX-XX-XX") + buf;
  }
  return h;
}

// "the business daily Nikkei said", "the weekly Der Spiegel in", "the Lindby
// Daily", "the daily reported": the frequency word j names a newspaper. A
// name that a noun follows is a modifier: "three daily Lindby flights".
bool Matcher::NewspaperAt(size_t j) const {
  auto reports = [&](size_t k) {
    return IsIn(L(k), {"said", "says", "reported", "reports", "quoted", "wrote"});
  };
  if (j > first_ && w_.Capitalized(j)) {
    return true;  // "the Lindby Daily"
  }
  if (j + 1 >= last_) {
    return false;
  }
  if (reports(j + 1)) {
    return true;  // "the daily said"
  }
  size_t k = j + 1;
  for (size_t n = 0; k < last_ && n < 5 && w_.Capitalized(k); ++n) {
    ++k;
  }
  if (k == j + 1) {
    return false;
  }
  // After the name a verb in the past, of reporting, or a preposition.
  return k == last_ || K(k) != TokenKind::kWord || reports(k) || L(k).ends_with("ed") ||
         IsIn(L(k), {"quoting", "in", "on", "that", "there", "yesterday", "today"});
}

// Single words and fixed phrases: "today", "yesterday morning", "now",
// "currently", "recently", "the future", "daily", "every week", seasons.
std::optional<Hit> Matcher::WordAt(size_t j) {
  if (j < last_ && K(j) == TokenKind::kNumber) {
    return std::nullopt;  // words only
  }
  Entry e = E(j);
  std::string_view t = L(j);
  Hit h;
  h.end = j + 1;
  switch (e.cat) {
    case Cat::kDayRef: {
      if (!anchor_ || anchor_->d == 0) {
        h.value = e.v == 2   ? "PRESENT_REF"
                  : e.v == 0 ? "PRESENT_REF"
                  : e.v < 0  ? "PAST_REF"
                             : "FUTURE_REF";
        return h;
      }
      Ymd r = calendar::AddDays(*anchor_, e.v == 2 ? 0 : e.v);
      h.value = DateValue(r.y, r.m, r.d);
      if (e.v == 2) {
        h.value += "TNI";
        h.type = TimexType::kTime;
      } else if (E(j + 1).cat == Cat::kPartOfDay) {
        h.value += std::string("T") + kPartCodes[E(j + 1).v];
        h.type = TimexType::kTime;
        h.end++;
      }
      return h;
    }
    case Cat::kPresentRef:
      if (t == "current" && anchor_ &&
          (L(j + 1) == "year" || (L(j + 1) == "fiscal" && L(j + 2) == "year"))) {
        h.end = L(j + 1) == "year" ? j + 2 : j + 3;  // "the current fiscal year"
        h.value = DateValue(anchor_->y);
        h.takes_the = true;
        return h;
      }
      // "the current account", "current accounts": the balance of payments
      if (t == "current" &&
          (E(j + 1).cat == Cat::kUnit || IsIn(L(j + 1), {"account", "accounts"}))) {
        return std::nullopt;
      }
      h.value = "PRESENT_REF";
      return h;
    case Cat::kPastRef:
      if (t == "recent") {
        return std::nullopt;  // "recent reports": an adjective
      }
      h.value = "PAST_REF";
      return h;
    case Cat::kFutureRef:
      // "will soon decide", "expects sales to soon grow": a time ahead; not
      // a link between two events ("as soon as", "soon after") nor a step in
      // a past story ("was soon released", "soon became").
      if (t == "soon" &&
          ((j > first_ &&
            (IsIn(L(j - 1), {"as", "so", "too", "how"}) || TenseAt(j - 1) == kPast)) ||
           IsIn(L(j + 1), {"as", "after", "afterwards", "thereafter", "before", "enough"}) ||
           TenseAt(j + 1) == kPast)) {
        return std::nullopt;
      }
      h.value = "FUTURE_REF";
      return h;
    case Cat::kSet:
      if (NewspaperAt(j)) {
        return std::nullopt;
      }
      h.type = TimexType::kSet;
      h.value = DurationValue(1, static_cast<Unit>(e.v));
      return h;
    case Cat::kSeason: {
      // Bare seasons need a temporal preposition: "in the summer", "since spring".
      if (!anchor_ || j == first_) {
        return std::nullopt;
      }
      size_t p = j - 1;
      if (L(p) == "the" && p > first_) {
        --p;
      }
      if (!IsIn(L(p), {"in", "since", "until", "by", "during", "this", "over", "through", "before",
                       "after", "early", "late", "mid"})) {
        return std::nullopt;
      }
      int y = anchor_->y;
      size_t ye = 0;
      if (L(j + 1) == "of" && YearToken(j + 2)) {
        y = *YearToken(j + 2);
        h.end = j + 3;
      } else if (auto spelled = L(j + 1) == "of" ? SpelledYear(j + 2, &ye) : std::nullopt) {
        y = *spelled;  // "the winter of nineteen ninety-four"
        h.end = ye;
      } else if (auto yr = YearToken(j + 1)) {
        y = *yr;
        h.end = j + 2;
      }
      h.value = std::to_string(y) + "-" + kSeasonCodes[e.v];
      h.takes_the = true;
      return h;
    }
    default:
      break;
  }
  if (e.cat == Cat::kHoliday && anchor_ && w_.Capitalized(j)) {
    // "Christmas", "Christmas Eve", "Thanksgiving Day": the occurrence the tense points to.
    int m = e.v == kChristmas ? 12 : e.v == kThanksgiving ? 11 : 10;
    int d = e.v == kChristmas ? 25 : 31;
    if (L(j + 1) == "eve") {
      d = 24;
      h.end++;
    } else if (L(j + 1) == "day") {
      h.end++;
    }
    int y = YearForTense(m, e.v == kThanksgiving ? 25 : d, j, h.end);
    if (e.v == kThanksgiving) {  // the fourth Thursday of November
      int first = calendar::Weekday({y, 11, 1});
      d = 1 + (4 - first + 7) % 7 + 21;
    }
    h.value = DateValue(y, m, d);
    return h;
  }
  if (t == "year" && j > first_ && L(j - 1) == "the") {
    // "the year 2000", "the year two thousand": the year, with its noun.
    size_t e = 0;
    std::optional<int> y = YearToken(j + 1);
    if (!y) {
      y = SpelledYear(j + 1, &e);
    }
    if (y) {
      h.end = e ? e : j + 2;
      h.value = DateValue(*y);
      h.takes_the = true;
      return h;
    }
  }
  if (t == "fiscal" && L(j + 1) == "year" && j > first_ + 1 && L(j - 1) == "the" &&
      IsIn(L(j - 2), {"during", "over", "throughout"}) && !NounAfter(j + 2) &&
      !(j + 2 < last_ && (K(j + 2) == TokenKind::kNumber || L(j + 2) == "ago" ||
                          L(j + 2) == "earlier" || L(j + 2) == "before"))) {
    // "throughout the fiscal year": a year-long span ("for the fiscal year"
    // is as often the year itself: left out).
    h.end = j + 2;
    h.type = TimexType::kDuration;
    h.value = "P1Y";
    h.takes_the = true;
    return h;
  }
  if (t == "year" && j > first_ + 1 && L(j - 1) == "the" && anchor_ &&
      !(j + 1 < last_ && (K(j + 1) == TokenKind::kNumber || L(j + 1) == "ago" ||
                          L(j + 1) == "earlier" || L(j + 1) == "before"))) {
    // "earlier in the year" is this year; "for the year" a year-long span.
    std::string_view p = L(j - 2);
    if (IsIn(p, {"for", "during", "over", "throughout"})) {
      h.type = TimexType::kDuration;
      h.value = "P1Y";
    } else if (p == "in") {
      h.value = DateValue(anchor_->y);
    } else {
      return std::nullopt;
    }
    h.takes_the = true;
    return h;
  }
  if (t == "full" && L(j + 1) == "year" && j > first_ && L(j - 1) == "the" && anchor_) {
    h.end = j + 2;  // "for the full year": this year
    h.value = DateValue(anchor_->y);
    h.takes_the = true;
    return h;
  }
  if ((t == "every" || t == "each") && E(j + 1).cat == Cat::kMonth && w_.Capitalized(j + 1)) {
    h.type = TimexType::kSet;  // "each July"
    h.end = j + 2;
    h.value = "XXXX-" + DateValue(2000, E(j + 1).v).substr(5);
    return h;
  }
  if ((t == "every" || t == "each") && E(j + 1).cat == Cat::kUnit && !E(j + 1).plural) {
    h.type = TimexType::kSet;
    h.end = j + 2;
    h.value = DurationValue(1, static_cast<Unit>(E(j + 1).v));
    return h;
  }
  if ((t == "every" || t == "each") && E(j + 1).cat == Cat::kWeekday) {
    h.type = TimexType::kSet;
    h.end = j + 2;
    h.value = "XXXX-WXX-" + std::to_string(E(j + 1).v);
    return h;
  }
  if (t == "future" || (t == "near" && L(j + 1) == "future")) {
    if (j == first_ || L(j - 1) != "the") {
      return std::nullopt;
    }
    h.end = t == "near" ? j + 2 : j + 1;
    h.value = "FUTURE_REF";
    h.takes_the = true;
    return h;
  }
  // "in the short term", "over the long term", "the near term": the time
  // ahead, as "the future"; not the adjective of "the long term debt".
  if (IsIn(t, {"short", "near", "long", "longer"}) && L(j + 1) == "term" && j > first_ &&
      L(j - 1) == "the" && !NounAfter(j + 2)) {
    h.end = j + 2;
    h.value = "FUTURE_REF";
    h.takes_the = true;
    return h;
  }
  // "In 1995 she moved; that year ...", "... and the following year": the
  // year of the date written last, or the one after it.
  if (last_year != 0 && L(j + 1) == "year" &&
      (t == "that" || (t == "following" && j > first_ && L(j - 1) == "the")) &&
      !(j + 2 < last_ && (L(j + 2) == "-" || L(j + 2) == "ago" || L(j + 2) == "earlier"))) {
    h.end = j + 2;
    h.value = DateValue(last_year + (t == "following" ? 1 : 0));
    h.takes_the = true;
    h.names_year = true;
    return h;
  }
  // "the week of March 6": the week holding that day.
  if (t == "week" && L(j + 1) == "of" && j > first_ && L(j - 1) == "the" &&
      (E(j + 2).cat == Cat::kMonth || E(j + 2).cat == Cat::kMonthAbbr)) {
    std::optional<Hit> day = MonthAt(j + 2);
    std::optional<Ymd> ymd = day ? calendar::ParseIsoExact(day->value) : std::nullopt;
    if (ymd && ymd->d != 0) {
      h.end = day->end;
      h.value = calendar::WeekValue(*ymd);
      h.takes_the = true;
      return h;
    }
  }
  if (t == "these" && L(j + 1) == "days") {  // "prices are higher these days"
    h.end = j + 2;
    h.value = "PRESENT_REF";
    return h;
  }
  // "in the weeks ahead", "the months ahead": an open stretch from now.
  if (e.cat == Cat::kUnit && e.plural && e.v != kWeekend && L(j + 1) == "ahead" && j > first_ &&
      L(j - 1) == "the") {
    h.end = j + 2;
    h.type = TimexType::kDuration;
    h.value = DurationValue(-1, static_cast<Unit>(e.v));
    h.takes_the = true;
    return h;
  }
  if (t == "past" && j > first_ && L(j - 1) == "the" &&
      !(j + 1 < last_ && (K(j + 1) == TokenKind::kNumber || E(j + 1).cat == Cat::kUnit ||
                          CardinalWord(L(j + 1)) > 0))) {
    h.value = "PAST_REF";
    h.takes_the = true;
    return h;
  }
  if (Stem(t) == "weekend" && j > first_ && L(j - 1) == "the" && anchor_ && anchor_->d) {
    h.value = Shift(kWeekend, Tense(j, j + 1) == kFuture ? 1 : -1);
    h.takes_the = true;
    return h;
  }
  if (t == "earlier" && j == first_ && L(j + 1) == ",") {  // "Earlier, ..."
    h.value = "PAST_REF";
    return h;
  }
  if ((t == "moment" || t == "present") && j > first_ + 0 && j >= 2 && L(j - 1) == "the" &&
      L(j - 2) == "at") {
    h.value = "PRESENT_REF";
    h.takes_the = true;
    return h;
  }
  // "by year-end", "since year end": the last day of this year (of the last
  // one after "since"), as TimeBank writes it.
  if ((t == "year-end" || (t == "year" && L(j + 1) == "end")) && anchor_ && j > first_ &&
      IsIn(L(j - 1), {"by", "since", "until", "before"})) {
    // ("at year-end" in a report is mostly last year's: left out.)
    h.end = t == "year" ? j + 2 : j + 1;
    int y = anchor_->y - (L(j - 1) == "since" ? 1 : 0);
    if (std::optional<int> named = YearToken(h.end)) {
      y = *named;  // "by year-end 1988"
      ++h.end;
    }
    h.value = DateValue(y, 12, 31);
    return h;
  }
  if (t == "year-end" || t == "year-ago" || t == "year-earlier") {
    return std::nullopt;
  }
  return std::nullopt;
}

// "early", "mid", "late", "the end of", "the beginning of", "mid-January".
std::optional<Hit> Matcher::PositionAt(size_t j) {
  if (j < last_ && K(j) == TokenKind::kNumber) {
    return std::nullopt;  // words only
  }
  std::string_view t = L(j);
  int pos = 0;
  size_t k = j;
  if (E(j).cat == Cat::kPosition) {
    pos = E(j).v;
    k = j + 1;
    if (k < last_ && L(k) == "-" && Touch(j)) {
      ++k;
    }
  } else if (K(j) == TokenKind::kWord &&
             (t.starts_with("mid-") || t.starts_with("early-") || t.starts_with("late-"))) {
    // "mid-January", "mid-1996", "late-November": one token.
    std::string_view rest = t.substr(t.find('-') + 1);
    Hit h;
    h.end = j + 1;
    h.mod = t[0] == 'm' ? "MID" : t[0] == 'e' ? "START" : "END";
    Entry e = Look(rest);
    if (e.cat == Cat::kMonth && anchor_) {
      h.value = DateValue(YearForTense(e.v, 0, j, j + 1), e.v);
      return h;
    }
    int y = 0;
    if (rest.size() == 4 && IsSmallInt(rest, 1000, 2199, &y)) {
      h.value = DateValue(y);
      return h;
    }
    // "the mid-1990s": a decade, TIMEX3 "199" as "the '80s" and "the last
    // decade" are written ("in his mid-30s", "a rate in the mid-30s" are ages
    // and amounts).
    if (rest.size() == 5 && rest.substr(3) == "0s" &&
        IsSmallInt(rest.substr(0, 4), 1000, 2199, &y)) {
      h.value = std::to_string(y / 10);
      h.takes_the = true;
      return h;
    }
    return std::nullopt;
  } else {
    size_t s = j;
    if (t == "the") {
      ++s;
    }
    std::string_view x = L(s);
    if (L(s + 1) != "of") {
      return std::nullopt;
    }
    if (x == "end") {
      pos = 3;
    } else if (x == "beginning" || x == "start") {
      pos = 1;
    } else if (x == "middle") {
      pos = 2;
    } else {
      return std::nullopt;
    }
    k = s + 2;
    // "the end of the year" / "the end of this year": the year with the
    // modifier (TIMEX3, as "the end of 1990"), or the month itself when the
    // anchor already lies in the part named ("the end of the year" written
    // in December, "the beginning of the year" in January).
    size_t y = k;
    if (L(y) == "the" || L(y) == "this") {
      ++y;
    }
    if (anchor_ && (L(y) == "year" || L(y) == "month" || L(y) == "week")) {
      Hit h;
      h.end = y + 1;
      h.mod = kPositionMods[pos];
      if (L(y) == "year") {
        // END in December, START in January (kPositionMods[3], [1]).
        const int in = pos == 3 ? 12 : pos == 1 ? 1 : 0;
        h.value = in != 0 && anchor_->m == in ? DateValue(anchor_->y, in) : DateValue(anchor_->y);
      } else {
        h.value = Shift(L(y) == "month" ? kMonth : kWeek, 0);
      }
      return h;
    }
  }
  if (k >= last_) {
    return std::nullopt;
  }
  std::optional<Hit> core;
  if (MonthToken(k, &j) || YearToken(k)) {
    core = Calendar(k);
  }
  if (!core) {
    core = RelativeAt(k);  // "early next year", "late last month"
  }
  if (!core && E(k).cat == Cat::kDayRef) {
    core = WordAt(k);
  }
  if (!core && E(k).cat == Cat::kSeason) {
    core = WordAt(k);
  }
  if (!core || core->type == TimexType::kDuration) {
    return std::nullopt;
  }
  core->mod = kPositionMods[pos];
  return core;
}

std::optional<Hit> Matcher::Core(size_t j, bool* the_ok) {
  // Each result is constructed in place (no optional move-assignments).
  // Each matcher is called only when the test it opens with passes (the
  // same test, hoisted here): most tokens fail all but one or two.
  *the_ok = false;
  const bool number = j < last_ && K(j) == TokenKind::kNumber;
  const Cat cat = E(j).cat;
  if (!number && PositionMayOpen(j)) {
    if (auto h = PositionAt(j)) {
      *the_ok = h->takes_the;  // "the late 1970s", "the early summer"
      return h;
    }
  }
  if (cat == Cat::kWeekday) {
    if (auto h = WeekdayAt(j)) {
      return h;
    }
  }
  if (auto h = ClockAt(j)) {
    return h;
  }
  // A date opens with a month, a number or a year in words ("nineteen", "two").
  if (cat == Cat::kMonth || cat == Cat::kMonthAbbr || K(j) == TokenKind::kNumber ||
      (K(j) == TokenKind::kWord && (L(j).size() == 8 || L(j).size() == 3))) {
    if (auto h = Calendar(j)) {
      *the_ok = h->takes_the;
      return h;
    }
  }
  // "the first half of 2010", "the second half of last year": the half-year.
  if (anchor_ && L(j + 1) == "half" && L(j + 2) == "of" &&
      IsIn(L(j), {"first", "second", "last", "latter"})) {
    int year = 0;
    size_t end = 0;
    if (auto yr = YearToken(j + 3)) {
      year = *yr;
      end = j + 4;
    } else if (L(j + 4) == "year" && E(j + 3).cat == Cat::kRelative && L(j + 3) != "past") {
      year = anchor_->y + E(j + 3).v;  // "of last year", "of this year"
      end = j + 5;
    }
    if (year != 0) {
      Hit h;
      h.end = end;
      h.value = std::to_string(year) + (L(j) == "first" ? "-H1" : "-H2");
      *the_ok = true;
      return h;
    }
  }
  // Without "quarter" in the text only "the same period", "the year-ago
  // ..." can name a quarter.
  if (anchor_ && K(j) != TokenKind::kNumber &&
      (quarter_in_text || L(j + 1).starts_with("period") || L(j).starts_with("year-"))) {
    if (auto h = QuarterAt(j)) {
      *the_ok = true;
      return h;
    }
  }
  if (cat == Cat::kRelative) {
    if (auto h = RelativeAt(j)) {
      *the_ok = h->takes_the;
      return h;
    }
  }
  if (auto h = DurationAt(j)) {
    *the_ok = true;
    return h;
  }
  if (!number) {
    if (auto h = WordAt(j)) {
      *the_ok = h->takes_the;
      return h;
    }
  }
  return std::nullopt;
}

std::optional<Hit> Matcher::At(size_t i) {
  size_t j = i;
  std::string_view mod;  // a literal: no string made and freed per call
  // Approximation and bounds before a duration: "about four months", "more
  // than four decades ago", "at least the past 18 months", "up to 100 days".
  std::string_view t = L(j);
  if (E(j).cat == Cat::kApprox) {
    mod = "APPROX";
    ++j;
  } else if ((t == "more" || t == "less" || t == "fewer") && L(j + 1) == "than") {
    mod = t == "more" ? "MORE_THAN" : "LESS_THAN";
    j += 2;
  } else if (t == "at" && (L(j + 1) == "least" || L(j + 1) == "most")) {
    mod = L(j + 1) == "least" ? "EQUAL_OR_MORE" : "EQUAL_OR_LESS";
    j += 2;
  } else if (t == "up" && L(j + 1) == "to") {
    mod = "EQUAL_OR_LESS";
    j += 2;
  } else if (t == "very" && L(j + 1) == "soon") {
    ++j;  // "very soon": the adverb's modifier inside (TempEval)
  } else if ((t == "earlier" || t == "later") &&
             (L(j + 1) == "this" || L(j + 1) == "last" || L(j + 1) == "next" ||
              (L(j + 1) == "that" && L(j + 2) == "year") || E(j + 1).cat == Cat::kDayRef)) {
    ++j;  // "earlier this year", "earlier today": the year, the day ("Earlier
          // [Friday]" leaves it out in TempEval)
  }
  if (j >= last_) {
    return std::nullopt;
  }
  // "fiscal 1989": the company's year, named by the calendar year it ends in.
  if (t == "fiscal" && mod.empty() && YearToken(j + 1)) {
    std::optional<Hit> y = Calendar(j + 1);
    if (y && y->value.size() == 4) {
      return y;
    }
  }
  bool the = L(j) == "the";
  bool the_ok = false;
  // "the first nine months", "the latest six months": the stretch counted
  // from the start of a period, the ordinal inside (TempEval).
  if (the && Strong(j + 2) && mod.empty() && IsIn(L(j + 1), {"first", "latest"}) &&
      (K(j + 2) == TokenKind::kNumber || CardinalWord(L(j + 2)) > 1)) {
    if (std::optional<Hit> d = DurationAt(j + 2); d && d->type == TimexType::kDuration) {
      return d;
    }
  }
  std::optional<Hit> h = Core(the ? j + 1 : j, &the_ok);
  // A hyphenated adjective ("the third-quarter loss", "the 30-day period")
  // leaves "the" to the noun it qualifies; a decade keeps it ("the mid-1990s").
  if (the && h &&
      ((h->end == j + 2 && L(j + 1).find('-') != std::string_view::npos &&
        !L(j + 1).ends_with("0s")) ||
       (h->end == j + 4 && L(j + 2) == "-" && Touch(j + 2)))) {
    return std::nullopt;
  }
  if (the && !(h && the_ok)) {
    if (!mod.empty()) {
      return std::nullopt;
    }
    h = PositionMayOpen(j) ? PositionAt(j) : std::nullopt;  // "the end of ..."
    if (!h) {
      return std::nullopt;
    }
  }
  if (!h) {
    return std::nullopt;
  }
  if (!mod.empty()) {
    if (h->type != TimexType::kDuration &&
        !(h->type == TimexType::kDate && L(h->end - 1) == "ago")) {
      return std::nullopt;
    }
    h->mod = mod;
  }
  return h;
}

}  // namespace

struct TimeTagger::Impl {
  bool try_every_token = false;
  OwnWordTable own_words;  // for Tag without shared words
};

TimeTagger::TimeTagger(const kb::KnowledgeBase&, bool try_every_token)
    : impl_(std::make_unique<Impl>()) {
  impl_->try_every_token = try_every_token;
  LexiconFilter();  // built once, before any thread tags
  Lexicon();
  static const bool number_words = [] {
    AddNumberWords(kNumberWords);
    return true;
  }();
  (void)number_words;
}
TimeTagger::~TimeTagger() = default;

void TimeTagger::AddWords(WordTable& table) const {
  auto set = [&table](std::string_view w, Entry e, bool number) {
    WordRecord& r = table.Add(w);
    r.time_cat = static_cast<uint8_t>(e.cat);
    r.time_v = e.v;
    r.time_plural = e.plural;
    r.time_number = number;
    // "latest" carries "the latest period" (a hint elsewhere)
    r.time_strong = (e.cat != Cat::kNone && e.cat != Cat::kHint) || number || w == "latest";
    r.time_quantity = true;
  };
  for (const auto& [w, unused] : LexiconSource()) {
    const WordInfo& info = *WordInfos().Find(w);
    set(w, info.entry, info.number);
    // The possessive ("friday's", "today\u2019s") has its stem's entry (Look)
    // and is no number word, so the pass over the document's tokens reads
    // it off the record like any other word.
    for (std::string_view s : {"'s", "\u2019s"}) {
      std::string possessive(w);
      possessive.append(s);
      set(possessive, info.entry, false);
    }
  }
  for (std::string_view w : kNumberWords) {
    if (const WordInfo* info = WordInfos().Find(w)) {
      set(w, info->entry, info->number);
    }
  }
  // The tense words (TenseMark): the first list that names a word decides.
  auto mark = [&table](std::span<const std::string_view> words, TenseMark m) {
    for (std::string_view w : words) {
      WordRecord& r = table.Add(w);
      if (m == kIntentMark || (r.time_tense & kTenseMarks) == 0) {
        r.time_tense |= m;
      }
    }
  };
  mark(kFutureWords, kFutureMark);
  mark(kPastWords, kPastMark);
  mark(kNotPastWords, kNotPastMark);
  mark(kIntentWords, kIntentMark);
  AddNumberWordRecords(table);  // ReadNumber, CardinalOf, OrdinalOf
}

std::vector<model::TimeExpr> TimeTagger::Tag(const model::Document& doc,
                                             const model::TextLayer& layer) const {
  const Words words(doc.text, layer, impl_->own_words.Get(*this));
  return Tag(doc, layer, words);
}

std::vector<model::TimeExpr> TimeTagger::Tag(const model::Document& doc,
                                             const model::TextLayer& layer, const Words& words,
                                             std::vector<uint32_t>* quantity_starts,
                                             std::vector<TimexTokens>* time_tokens) const {
  std::vector<model::TimeExpr> out;
  std::optional<Ymd> anchor = calendar::ParseIso(doc.published);
  thread_local std::vector<uint32_t> spare_openers;
  std::vector<uint32_t> openers;
  base::HandOver(spare_openers, openers);
  if (quantity_starts != nullptr) {
    quantity_starts->clear();
  }
  if (time_tokens != nullptr) {
    time_tokens->clear();
  }
  Matcher m(words, anchor, &openers, quantity_starts);
  // A publication date that is missing or unreadable ("03-02-2009": day or
  // month first?): the dateline's full date near the top stands for it.
  if (!anchor) {
    constexpr size_t kDatelineTokens = 60;
    for (const model::Sentence& s : layer.sentences) {
      if (s.first_token >= kDatelineTokens || anchor) {
        break;
      }
      m.SetSentence(s.first_token, s.end_token);
      for (size_t c = FirstStartFrom(openers, 0, s.first_token);
           c < openers.size() && openers[c] < std::min<size_t>(s.end_token, kDatelineTokens); ++c) {
        std::optional<Hit> h = m.At(openers[c]);
        if (h && h->type == TimexType::kDate && h->value.size() == 10 && h->value[0] != 'X') {
          anchor = calendar::ParseIso(h->value);
          m.SetAnchor(anchor);
          break;
        }
      }
    }
  }
  // Financial reports compare with "a year earlier" before naming the
  // quarter: the first quarter named anywhere sets the context.
  // Only tokens holding "quarter" can match: found by searching the text
  // (the tokens holding each occurrence, in order) instead of testing every token.
  const std::string_view lowered = words.lower_text();
  const auto& toks = layer.tokens;
  const size_t first_quarter = anchor ? lowered.find("quarter") : std::string_view::npos;
  const bool every = impl_->try_every_token;
  m.quarter_in_text = every || first_quarter != std::string_view::npos;
  if (every) {  // every word and number, not only the openers found
    openers.clear();
    for (size_t i = 0; i < words.size(); ++i) {
      if (words.kind(i) == TokenKind::kWord || words.kind(i) == TokenKind::kNumber) {
        openers.push_back(static_cast<uint32_t>(i));
      }
    }
  }
  for (size_t p = first_quarter; p != std::string_view::npos;) {
    auto it = std::upper_bound(toks.begin(), toks.end(), p,
                               [](size_t a, const model::Token& tk) { return a < tk.span.begin; });
    if (it == toks.begin() || p >= std::prev(it)->span.end) {  // between tokens
      p = lowered.find("quarter", p + 1);
      continue;
    }
    const size_t i = static_cast<size_t>(std::prev(it) - toks.begin());
    std::string_view t = words.lower(i);
    if (t.ends_with("-quarter") ||
        (t == "quarter" && i > 0 && OrdinalWord(words.lower(i - 1)) > 0)) {
      size_t start = t == "quarter" ? i - 1 : i;
      m.SetSentence(start, words.size());
      m.At(start);  // records the quarter
      break;
    }
    p = lowered.find("quarter", toks[i].span.end);
  }
  // Room for the expressions of most documents (3.9 a document in Reuters
  // news) at once, instead of growing 1, 2, 4, 8 with a move of every
  // expression (and its strings) at each step.
  if (!openers.empty()) {
    out.reserve(8);
  }
  size_t c = 0;
  for (const model::Sentence& s : layer.sentences) {
    m.SetSentence(s.first_token, s.end_token);
    c = FirstStartFrom(openers, c, s.first_token);
    size_t next = s.first_token;  // tokens before it lie in an expression found
    for (; c < openers.size() && openers[c] < s.end_token; ++c) {
      const size_t i = openers[c];
      if (i < next) {
        continue;
      }
      const size_t last = s.end_token;
      if (!m.MayOpen(i, last)) {
        continue;
      }
      const TokenKind tk = toks[i].kind;
      if (!every && tk == TokenKind::kNumber && !m.NumberMayOpen(i, last)) {
        continue;
      }
      if (!every && tk == TokenKind::kWord &&
          (m.HintAlone(i) || (m.Strong(i) && m.CardinalAlone(i)))) {
        continue;
      }
      std::optional<Hit> h = m.At(i);
      if (!h || h->value.empty() || h->end <= i) {
        continue;
      }
      if (m.NamesATitle(i, h->end)) {
        next = h->end;
        continue;
      }
      model::Span span{layer.tokens[i].span.begin, layer.tokens[h->end - 1].span.end};
      std::string_view tail = words.lower(h->end - 1);
      if (tail != Stem(tail)) {
        span.end -= static_cast<uint32_t>(tail.size() - Stem(tail).size());
      }
      bool boiler = false;
      for (const model::Span& b : doc.boilerplate) {
        boiler = boiler || b.Overlaps(span);
      }
      if (h->type == TimexType::kDate && h->value.size() >= 4 &&
          std::all_of(h->value.begin(), h->value.begin() + 4,
                      [](char ch) { return ch >= '0' && ch <= '9'; })) {
        for (size_t k = i; k < h->end && !h->names_year; ++k) {  // written out: "May 22, 1995"
          h->names_year = words.kind(k) == TokenKind::kNumber && words.lower(k).size() == 4;
        }
        // "the lowest since 1974": a point of comparison, not the year told of.
        const bool compared = i > s.first_token && IsIn(words.lower(i - 1), {"since", "than"});
        if (h->names_year && !compared) {
          // Its four digits read in place (no substring, no std::stoi).
          IsSmallInt(std::string_view(h->value).substr(0, 4), 0, 9999, &m.last_year);
        }
      }
      if (!boiler) {
        // Built in place (no parenthesised aggregate initialisation: clang
        // 14, the fuzzers' compiler, does not have it).
        model::TimeExpr& t = out.emplace_back();
        t.span = span;
        t.type = h->type;
        t.value = std::move(h->value);
        t.mod = h->mod;
        if (time_tokens != nullptr) {
          time_tokens->push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(h->end)});
        }
      }
      next = h->end;
    }
  }
  base::HandOver(openers, spare_openers);
  return out;
}

}  // namespace claimgraph::extract
