// The quantity tagger: a number (digits or words, with an optional scale),
// the qualifier before it ("about", "at least", "up to", "between"), a second
// number for ranges, and what follows: a currency, a percent sign, a
// measurement unit ("240mm", "40-kilometer") or the counted noun phrase.
#include "extract/quantity.h"

#include <algorithm>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/is_in.h"
#include "base/reuse.h"
#include "extract/lowercase_map.h"
#include "extract/quantity_numbers.h"
#include "extract/words.h"
#include "model/deployment.h"

namespace claimgraph::extract {

using literal_eq::operator==;  // words.h: a word tested against a literal, inlined
namespace {

using model::Quantity;
using model::QuantityQualifier;
using model::TokenKind;

using base::IsIn;

// Measurement units written after a number: "240mm", "40-kilometer", "2 GHz".
struct UnitWord {
  std::string_view word;
  std::string_view symbol;
};
constexpr UnitWord kUnits[] = {
    {"mm", "mm"},          {"millimeter", "mm"},  {"millimetre", "mm"}, {"millimeters", "mm"},
    {"millimetres", "mm"}, {"cm", "cm"},          {"centimeter", "cm"}, {"centimetre", "cm"},
    {"centimeters", "cm"}, {"centimetres", "cm"}, {"km", "km"},         {"kilometer", "km"},
    {"kilometre", "km"},   {"kilometers", "km"},  {"kilometres", "km"}, {"m", "m"},
    {"meter", "m"},        {"metre", "m"},        {"meters", "m"},      {"metres", "m"},
    {"mile", "mi"},        {"miles", "mi"},       {"kg", "kg"},         {"kilogram", "kg"},
    {"kilograms", "kg"},   {"ton", "t"},          {"tons", "t"},        {"tonne", "t"},
    {"tonnes", "t"},       {"foot", "ft"},        {"feet", "ft"},       {"ft", "ft"},
    {"inch", "in"},        {"inches", "in"},      {"gb", "GB"},         {"mb", "MB"},
    {"tb", "TB"},          {"ghz", "GHz"},        {"mhz", "MHz"},       {"mw", "MW"},
    {"kw", "kW"},          {"gw", "GW"},          {"kt", "kt"},         {"mph", "mph"},
    {"km/h", "km/h"},      {"kph", "km/h"},       {"hectares", "ha"},   {"hectare", "ha"},
    {"acres", "acre"},     {"acre", "acre"},      {"barrels", "bbl"},   {"litres", "L"},
    {"liters", "L"},       {"caliber", "mm"},     {"calibre", "mm"},    {"megawatts", "MW"},
    {"square", "sq"},      {"lb", "lb"},          {"lbs", "lb"},        {"pounds", "lb"},
};
std::string_view UnitSymbol(std::string_view w) {
  static const FilteredWordMap<std::string_view>* units = [] {
    auto* m = new FilteredWordMap<std::string_view>();
    for (const UnitWord& u : kUnits) {
      if (!m->Contains(u.word)) {
        m->Set(u.word, u.symbol);
      }
    }
    return m;
  }();
  const std::string_view* symbol = units->Find(w);
  return symbol == nullptr ? std::string_view() : *symbol;
}

// Currency written before the number: "$", "US$", "€", "£".
std::string_view CurrencySymbol(std::string_view s) {
  if (s == "$") {
    return "USD";
  }
  if (s == "\u20ac") {
    return "EUR";
  }
  if (s == "\u00a3") {
    return "GBP";
  }
  if (s == "\u00a5") {
    return "JPY";
  }
  if (s == "\u20a9") {
    return "KRW";
  }
  if (s == "\u20bd") {
    return "RUB";
  }
  if (s == "\u20b4") {
    return "UAH";
  }
  return {};
}

// Currency written after the number: "12 billion dollars", "500 euros".
constexpr std::pair<std::string_view, std::string_view> kCurrencyCodes[] = {
    {"dollars", "USD"},
    {"dollar", "USD"},
    {"usd", "USD"},
    {"euros", "EUR"},
    {"euro", "EUR"},
    {"eur", "EUR"},
    {"pounds sterling", "GBP"},
    {"gbp", "GBP"},
    {"stg", "GBP"},
    {"yen", "JPY"},
    {"jpy", "JPY"},
    {"won", "KRW"},
    {"krw", "KRW"},
    {"yuan", "CNY"},
    {"renminbi", "CNY"},
    {"cny", "CNY"},
    {"rubles", "RUB"},
    {"roubles", "RUB"},
    {"rub", "RUB"},
    {"hryvnias", "UAH"},
    {"hryvnia", "UAH"},
    {"uah", "UAH"}};
std::string_view CurrencyWord(std::string_view w) {
  static const FilteredWordMap<std::string_view>* words = [] {
    auto* m = new FilteredWordMap<std::string_view>();
    for (const auto& [k, code] : kCurrencyCodes) {
      if (!m->Contains(k)) {
        m->Set(k, code);
      }
    }
    return m;
  }();
  const std::string_view* code = words->Find(w);
  return code == nullptr ? std::string_view() : *code;
}

// A fixed set of lowercase words (each opening with a letter) as a flat
// table behind a filter.
const FilteredWordMap<bool>* MakeSet(std::initializer_list<std::string_view> list) {
  auto* m = new FilteredWordMap<bool>();
  for (std::string_view w : list) {
    m->Set(w, true);
  }
  return m;
}

// Bits of WordRecord::quantity_words: the word sets the reader tests at the
// tokens after a number, marked in the word table (AddQuantityStarters), so
// each test is a load of the token's record instead of a hashed lookup of
// its text ("troops were killed": "were" kEventAux, "killed" kEventWord).
enum QuantityWord : uint8_t {
  kStopWord = 1,         // kStopWords
  kEventAux = 2,         // kEventAuxWords
  kEventWord = 4,        // kEventWords
  kNeverHead = 8,        // kNeverHeadWords (NeverHead adds the verb forms)
  kStarterPartner = 16,  // kCommonStarterNext (CommonStarterAlone)
  kUnitWord = 32,        // kUnits (UnitSymbol)
  kCurrencyWord = 64,    // kCurrencyCodes (CurrencyWord)
  kChangeWord = 128,     // kChangeWords (ChangeBefore)
};

// Words between a number and its head noun: "additional troops", "separate
// occasions", "North Korean soldiers".
constexpr std::string_view kStopWords[] = {
    "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "the", "a", "an",
    "have", "has", "had", "were", "was", "are", "is", "be", "been", "being", "will", "would",
    "could", "may", "might", "that", "which", "who", "than", "as", "per", "since", "over", "into",
    "across", "during", "after", "before", "while", "when", "where", "its", "their", "his", "her",
    "this", "these", "those", "it", "they", "he", "she", "we", "said", "says", "according", "about",
    "each", "more", "less", "out", "up", "down", "so", "not", "also", "both", "either",
    // "12 mln vs 10 mln": no counted noun
    "vs", "versus",
    // "a 40 mln dlr bond due 1992", "50,407 compared with 47,592"
    "due", "compared",
    // prepositions end the phrase too: "a 40-km fence along the border"
    "along", "near", "toward", "towards", "through", "inside", "outside", "around", "behind",
    "beyond", "amid", "among", "against", "via", "under", "between", "within", "without", "onto",
    "upon", "beside", "below", "above", "throughout", "until", "despite"};

// Auxiliaries between a counted noun and its event: "have been killed".
constexpr std::string_view kEventAuxWords[] = {"have",       "has",     "had", "been",  "were",
                                               "was",        "are",     "is",  "being", "either",
                                               "reportedly", "already", "all", "now"};

constexpr std::string_view kEventWords[] = {"killed",   "wounded",   "injured",   "dead",
                                            "died",     "missing",   "captured",  "detained",
                                            "arrested", "displaced", "evacuated", "hurt"};

// Plurals without an s, which end a counted phrase as "troops" does: "26
// people died", "40 seamen walked out".
bool IsUnmarkedPlural(std::string_view w) {
  return IsIn(w, {"people", "men", "women", "children", "police", "cattle", "personnel"}) ||
         (w.size() > 5 && (w.ends_with("smen") || w.ends_with("women")));
}

// Nouns in -ing that head a counted phrase: "a zero rating", "the 15 mln
// ceiling" (other -ing words after a number are verbs or modifiers: "20
// existing shares", "32 making 58").
bool IsIngNoun(std::string_view w) {
  // A table: an IsIn list this long is copied onto the stack on every call.
  static const FilteredWordMap<bool>* words =
      MakeSet({"rating", "ceiling", "building", "meeting", "offering", "holding", "listing",
               "opening", "hearing", "ruling", "filing", "finding", "warning", "sitting",
               "sterling", "shilling", "string", "spring", "thing"});
  return words->Contains(w);
}

// Participles and past forms: "allotted", "self-propelled", "existing",
// "died"; not the -ing nouns.
bool IsVerbForm(std::string_view w) {
  if (w.size() > 4 && (w.ends_with("ed") || w.ends_with("ing"))) {
    return !IsIngNoun(w);
  }
  return w.size() == 4 && w.ends_with("ied");  // "died", "tied"
}

// Words that never head a counted phrase: verb forms ("17 mln allotted",
// "147 died", "the loan made to ...", "the two reaffirmed", "the period
// rose"), modals and adverbs ("the debt should", "seven earlier") and
// conjunctions ("912 mln if"). The verb forms by IsVerbForm, the others
// listed here.
constexpr std::string_view kNeverHeadWords[] = {
    "fled",    "held",   "made",     "came",       "went",    "began",       "brought",
    "saw",     "sold",   "took",     "gave",       "grew",    "rose",        "fell",
    "should",  "must",   "shall",    "there",      "here",    "again",       "only",
    "already", "later",  "earlier",  "previously", "instead", "immediately", "if",
    "because", "unless", "although", "though",     "remain",  "include",     "includes",
    "seek",    "seem",   "seems",    "relates",    "comes",   "brings",      "carries"};

// `w` with its record's QuantityWord bits.
bool NeverHead(std::string_view w, uint8_t bits) { return IsVerbForm(w) || (bits & kNeverHead); }

// A word with a capital letter anywhere: "Chapter", "iPhone", "iOS".
bool NameLike(const Words& w, size_t i) {
  if (w.kind(i) != TokenKind::kWord) {
    return false;
  }
  // A word of lowercase letters only ("the", "rose": most words before a
  // number) holds no capital: one load of the lowercase map's bits.
  const model::Span span = w.token(i).span;
  if (span.size() <= LowercaseMap::kMaxSize &&
      w.lowercase_map().AllLowercase(span.begin, span.size())) {
    return false;
  }
  // Lowercasing changes only the ASCII capitals: the word holds one exactly
  // when its text as written differs from its lowercased text (one memcmp
  // instead of a loop over its bytes).
  return w.raw(i) != w.lower(i);
}

// Words that may start a quantity: qualifiers, currency prefixes ("US$"),
// number words, shares of a whole ("half of", "one-third of"; "two-thirds"
// is read after a qualifier only: as a filter key it would let "twenty-two"
// through). Everything else is skipped without further tests.
constexpr std::string_view kStarters[] = {"about",
                                          "approximately",
                                          "around",
                                          "roughly",
                                          "nearly",
                                          "almost",
                                          "some",
                                          "circa",
                                          "approx",
                                          "estimated",
                                          "an",
                                          "close",
                                          "at",
                                          "more",
                                          "upwards",
                                          "greater",
                                          "over",
                                          "in",
                                          "no",
                                          "up",
                                          "fewer",
                                          "less",
                                          "as",
                                          "a",
                                          "under",
                                          "between",
                                          "us",
                                          "au",
                                          "c",
                                          "ca",
                                          "hk",
                                          "nz",
                                          "s",
                                          "nt",
                                          "one",
                                          "two",
                                          "three",
                                          "four",
                                          "five",
                                          "six",
                                          "seven",
                                          "eight",
                                          "nine",
                                          "ten",
                                          "eleven",
                                          "twelve",
                                          "thirteen",
                                          "fourteen",
                                          "fifteen",
                                          "sixteen",
                                          "seventeen",
                                          "eighteen",
                                          "nineteen",
                                          "twenty",
                                          "thirty",
                                          "forty",
                                          "fifty",
                                          "sixty",
                                          "seventy",
                                          "eighty",
                                          "ninety",
                                          "dozen",
                                          "zero",
                                          "dozens",
                                          "scores",
                                          "tens",
                                          "hundreds",
                                          "thousands",
                                          "millions",
                                          "billions",
                                          "several",
                                          "half",
                                          "one-half",
                                          "one-third",
                                          "one-quarter",
                                          "three-quarters",
                                          "three-fourths"};
const WordFilter& StarterFilter() {
  static const WordFilter* filter = [] {
    auto* f = new WordFilter();
    for (std::string_view w : kStarters) {
      f->Add(w);
    }
    return f;
  }();
  return *filter;
}
// The same words exactly: the filter also lets others through by chance
// ("their", "first"; "thousand" has the key of "thirteen").
const FilteredWordMap<bool>& Starters() {
  static const FilteredWordMap<bool>* starters = [] {
    auto* m = new FilteredWordMap<bool>();
    for (std::string_view w : kStarters) {
      m->Set(w, true);
    }
    return m;
  }();
  return *starters;
}

// A plural count word's size: "dozens" 12, "scores" 20, "tens" 10,
// "hundreds" 100, and ScaleWord's whole words with an s ("thousands" 1e3,
// "millions" 1e6 ...); 0 for other words.
double PluralScale(std::string_view w) {
  if (w.size() < 4 || w.back() != 's') {
    return 0;
  }
  const std::string_view one = w.substr(0, w.size() - 1);
  if (one == "score") {
    return 20;
  }
  if (one == "dozen" || one == "ten" || one == "hundred") {
    return CardinalWord(one);
  }
  return one.size() >= 7 ? ScaleWord(one, false) : 0;  // not "mlns", "bns"
}

// The commonest starters ("in", "a", "at", "as", "an", "up", "no", "more")
// open a quantity only before one of a few words: "in excess of", "a maximum
// of", "A$5", "a dozen", "a million", "at least", "at most", "as many as", "an
// estimated", "up to", "no fewer than", "no more than", "more than".
// Whether token i is one of them with none of those words after it (then
// Reader::At finds nothing there: no qualifier, no currency, no number).
constexpr std::string_view kCommonStarterNext[] = {
    "excess",   "least",    "most",    "many",  "maximum", "estimated", "$",    "dozen",
    "hundred",  "thousand", "million", "mln",   "mn",      "billion",   "bn",   "bln",
    "trillion", "tn",       "trn",     "to",    "fewer",   "less",      "more", "than",
    "few",      "couple",   "half",    "third", "quarter"};
// `next` is the word after `t` ("" at the document's end), `next_record`
// its record (kStarterPartner marks the words above).
bool CommonStarterAlone(std::string_view t, std::string_view next, const WordRecord& next_record) {
  switch (t.size()) {  // "a"; "in", "at", "as", "an", "up", "no"; "more"
    case 1:
      if (t[0] != 'a') {
        return false;
      }
      break;
    case 2:
      if (!(t == "in" || t == "at" || t == "as" || t == "an" || t == "up" || t == "no")) {
        return false;
      }
      break;
    case 4:
      if (t != "more") {
        return false;
      }
      break;
    default:
      return false;
  }
  // ("$" is a symbol: it has no record)
  return next != "$" && !(next_record.quantity_words & kStarterPartner);
}

// Verbs of change before an amount: "rose 2-1/4 to 101", "raised output 300
// tonnes to 400 tonnes" (the first amount a change, the second a level).
constexpr std::string_view kChangeWords[] = {
    "rose",     "rise",     "rises",     "rising",   "risen",     "fell",       "fall",
    "falls",    "falling",  "fallen",    "up",       "down",      "gained",     "gain",
    "lost",     "jumped",   "climbed",   "soared",   "dropped",   "slipped",    "eased",
    "declined", "advanced", "added",     "plunged",  "tumbled",   "slid",       "firmed",
    "rallied",  "surged",   "increased", "increase", "increases", "increasing", "decreased",
    "decrease", "raised",   "raise",     "raising",  "lowered",   "lower",      "cut",
    "cuts",     "cutting",  "reduced",   "reduce",   "reducing",  "boosted",    "boost",
    "lifted",   "grew",     "grow",      "growing",  "expanded",  "expand",     "trimmed",
    "revised",  "changed"};

// `found`, when set, moved into `q`: true; else false.
bool Take(std::optional<Quantity>&& found, Quantity& q) {
  if (!found) {
    return false;
  }
  q = std::move(*found);
  return true;
}

class Reader {
 public:
  Reader(const Words& w, const std::vector<uint8_t>& timed, size_t first, size_t last)
      : w_(w), timed_(timed), first_(first), last_(last) {}
  // Reads the quantity starting at token i into `q` (default-constructed:
  // the caller's slot, so a quantity found is not moved again) and sets
  // *end past it; false (`q` then to be dropped) when none starts there.
  bool At(size_t i, size_t* end, Quantity& q);

 private:
  // Through raw pointers to the tokens and the lowercased text (a sentence
  // ends at or before the last token): the words' own accessors test the
  // index against the token count again.
  std::string_view L(size_t i) const { return raw_.lower(i, last_); }
  TokenKind K(size_t i) const { return raw_.kind(i); }
  bool Touch(size_t i) const { return raw_.Touch(i, last_); }
  // The QuantityWord bits of token i's record (0 for a non-word, and at or
  // after the sentence's end, as L gives "").
  uint8_t Bits(size_t i) const { return i < last_ ? raw_.record(i).quantity_words : 0; }
  // UnitSymbol and CurrencyWord of token i ("" at or after the sentence's
  // end): the table is looked up only for a word whose record has the bit,
  // or for a token that is no word (which has no record). Most words after
  // a number are neither ("15 pct", "1.5 mln shares").
  std::string_view UnitAt(size_t i) const {
    return i < last_ && (K(i) != TokenKind::kWord || (Bits(i) & kUnitWord)) ? UnitSymbol(L(i))
                                                                            : std::string_view();
  }
  std::string_view CurrencyAt(size_t i) const {
    return i < last_ && (K(i) != TokenKind::kWord || (Bits(i) & kCurrencyWord))
               ? CurrencyWord(L(i))
               : std::string_view();
  }
  void Counts(size_t k, Quantity* q, bool with_event = true, bool with_noun = true,
              bool with_deployment = false) const;
  size_t DeploymentEnd(size_t e) const;
  bool BareAmount(size_t i, size_t k) const;
  // Whether a verb of change (kChangeWords) is among the four words before
  // token i in its clause ("raised its bid of 300 mln dlrs to 400 mln
  // dlrs"), or "by" or "from" is right before it ("rose by 300 tonnes to 400
  // tonnes", "from 300 tonnes to 400 tonnes"; but "ranged from" is a range).
  bool ChangeBefore(size_t i) const {
    if (i > first_ && (L(i - 1) == "by" || L(i - 1) == "from")) {
      return !(L(i - 1) == "from" && i > first_ + 1 &&
               IsIn(L(i - 2), {"range", "ranges", "ranged", "ranging", "vary", "varies", "varied",
                               "varying"}));
    }
    for (size_t p = i; p > first_ && p + 4 > i; --p) {
      if (K(p - 1) != TokenKind::kWord) {
        return false;
      }
      if (Bits(p - 1) & kChangeWord) {
        return true;
      }
    }
    return false;
  }
  std::optional<NumberPhrase> WordFraction(size_t i) const;
  // A fraction ("7-1/2", "5/8 pct") or else a number at token i.
  std::optional<NumberPhrase> ReadAmount(size_t i) const {
    if (K(i) == TokenKind::kNumber && i + 1 < last_ &&
        (Touch(i) || K(i + 1) == TokenKind::kNumber)) {
      if (std::optional<NumberPhrase> f = ReadFraction(w_, i, last_)) {
        return f;
      }
    }
    return ReadNumber(w_, i, last_);
  }
  std::optional<Quantity> Vague(size_t i, size_t* end) const;

  const Words& w_;
  const RawTokens raw_{w_};
  const std::vector<uint8_t>& timed_;  // token lies in a time expression
  size_t first_;
  size_t last_;
};

// A deployment right after the counted phrase: a participle, "to" or "in",
// and the named place, "[troops] deployed to North Lindby", "[soldiers]
// stationed in Lindby". Returns the end of the place (exclusive), or `e` when
// there is none ("sent to fight", "deployed to the border": no name).
size_t Reader::DeploymentEnd(size_t e) const {
  if (e + 2 >= last_ || K(e) != TokenKind::kWord || !model::IsDeploymentVerb(L(e)) ||
      !model::IsDeploymentPreposition(L(e + 1))) {
    return e;
  }
  size_t k = e + 2;
  while (k < last_ && k < e + 6 && K(k) == TokenKind::kWord && w_.Capitalized(k) &&
         !(Bits(k) & kStopWord)) {
    ++k;
  }
  return k;
}

// The counted noun phrase after a quantity and the event that follows it:
// "12,000 North Korean troops", "1,100 ... killed or wounded". Without
// `with_noun` the event only: "hundreds [were killed]". With
// `with_deployment`, a deployment with its place when no event follows:
// "11,000 troops deployed to Lindby".
void Reader::Counts(size_t k, Quantity* q, bool with_event, bool with_noun,
                    bool with_deployment) const {
  size_t start = k;
  size_t head = k;
  bool found = false;
  bool participle = false;  // a verb form before the head: "self-propelled howitzers"
  bool plural = false;      // the head is a plural
  for (size_t n = 0; with_noun && k < last_ && n < 5 && K(k) == TokenKind::kWord; ++k, ++n) {
    std::string_view t = L(k);
    if ((Bits(k) & kStopWord) || timed_[k]) {
      break;
    }
    if (t.ends_with("ly") && !found) {
      continue;  // "initially deployed troops"
    }
    // (a capitalised word is a name: "six Boeing 767 planes", "Sterling")
    const bool verbish = t.size() > 4 && (t.ends_with("ed") || t.ends_with("ing"));
    if (found && verbish) {
      break;  // "a 15 mln bpd ceiling", "a two mln share offering"
    }
    const bool capitalized = w_.Capitalized(k);
    if (!capitalized && NeverHead(t, Bits(k))) {
      if (found || !IsVerbForm(t)) {
        break;  // "the 1.5 bn loan made to", "the debt should"
      }
      participle = true;
      continue;
    }
    head = k;
    found = true;
    // ("basis", "bonus" before a plural are its modifiers: "50 basis points")
    const bool modifier = (t.ends_with("is") || t.ends_with("us")) && k + 1 < last_ &&
                          K(k + 1) == TokenKind::kWord && L(k + 1).ends_with("s") &&
                          !(Bits(k + 1) & kStopWord) && !w_.Capitalized(k + 1);
    if (!capitalized &&
        ((t.ends_with("s") && !t.ends_with("ss") && !modifier) || IsUnmarkedPlural(t))) {
      ++k;
      plural = true;
      break;  // a plural common noun ends the phrase
    }
  }
  // After a verb form only a plural closes a counted phrase: "21
  // underperforming restaurants", but "147 died Tuesday", "2,000 attended
  // mass" count no noun.
  if (participle && !plural) {
    found = false;
  }
  size_t e = start;
  if (found) {
    q->unit.assign(w_.raw(head));
    const char* b = w_.raw(start).data();
    std::string_view h = w_.raw(head);
    q->counts.assign(b, h.data() + h.size() - b);
    e = head + 1;
  }
  const size_t after_head = e;
  const size_t place_end = found && with_deployment ? DeploymentEnd(e) : e;
  auto append = [&](size_t from, size_t to) {  // tokens [from, to], as written
    std::string_view v0 = w_.raw(from);
    std::string_view v1 = w_.raw(to);
    if (!q->counts.empty()) {
      q->counts += ' ';
    }
    q->counts.append(v0.data(), v1.data() + v1.size() - v0.data());
  };
  auto append_deployment = [&] {
    if (place_end > after_head + 2) {
      append(after_head, place_end - 1);
    }
  };
  if (!with_event) {
    append_deployment();
    return;
  }
  // A reduced relative clause between the phrase and its event: "troops
  // sent to fight in Kursk had been killed": skip a participle and the words
  // after it (no punctuation, no new clause) up to an auxiliary.
  if (found && e < last_ && K(e) == TokenKind::kWord && !(Bits(e) & kEventAux) &&
      (L(e).ends_with("ed") || IsIn(L(e), {"sent", "fighting", "serving", "based"}))) {
    for (size_t k2 = e + 1; k2 < last_ && k2 <= e + 10 && K(k2) == TokenKind::kWord; ++k2) {
      std::string_view t = L(k2);
      if (IsIn(t, {"that", "which", "who", "while", "but", "and", "or", "said", "says"})) {
        break;
      }
      if (Bits(k2) & kEventAux) {
        e = k2;
        break;
      }
    }
  }
  // The event: "... have been either killed or wounded", "... were injured".
  size_t aux = 0;
  while (e < last_ && aux < 4 && (Bits(e) & kEventAux)) {
    ++e;
    ++aux;
  }
  auto event = [&](size_t v) {
    return (aux > 0 && L(v).size() > 3 && L(v).ends_with("ed")) || (Bits(v) & kEventWord);
  };
  if (e < last_ && K(e) == TokenKind::kWord && event(e)) {
    size_t last_verb = e;
    if (e + 2 < last_ && (L(e + 1) == "or" || L(e + 1) == "and") && event(e + 2)) {
      last_verb = e + 2;
    }
    append(e, last_verb);
  } else {
    append_deployment();
  }
}

// Nouns of time and repetition: "hundreds of years", "dozens of times" are
// no counts of things.
bool IsTimeNoun(std::string_view w) {
  return IsIn(w, {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour",
                  "hours", "minute", "minutes", "second", "seconds", "decade", "decades", "century",
                  "centuries", "times"});
}

// A plural scale at token i standing alone, its "of" phrase left out (token
// k follows it): as the subject of a verb ("hundreds were killed",
// "thousands gathered") or as the object of a participle before a
// preposition or the sentence's end ("killing dozens in the blast"). Not
// after a determiner or preposition ("by the hundreds", "in their
// thousands") nor in a name ("Thousand Oaks").
bool Reader::BareAmount(size_t i, size_t k) const {
  if (i > first_ && (NameLike(w_, i) ||
                     IsIn(L(i - 1), {"the", "their", "its", "his", "her", "our", "your", "my",
                                     "these", "those", "by", "in", "of", "to", "into", "for"}))) {
    return false;
  }
  if (k < last_ && K(k) == TokenKind::kWord && !w_.Capitalized(k)) {
    std::string_view v = L(k);
    if (IsIn(v, {"were", "are", "have", "had", "will", "would", "could", "may", "might", "remain",
                 "remained", "took", "fled", "came", "went", "lost", "gathered"}) ||
        (v.size() >= 4 && v.ends_with("ed"))) {
      return true;  // "hundreds were killed", "thousands marched"
    }
  }
  if (i == first_ || K(i - 1) != TokenKind::kWord || w_.Capitalized(i - 1)) {
    return false;
  }
  std::string_view before = L(i - 1);
  const bool participle = before.size() > 4 && (before.ends_with("ed") || before.ends_with("ing"));
  return participle && (k >= last_ || K(k) == TokenKind::kPunct ||
                        (K(k) == TokenKind::kWord && (Bits(k) & kStopWord)));
}

// Vague amounts of counted things, with the bounds the words imply (each
// plural or vague word at least two of its size):
//   "dozens of villages" low 24, "scores of" low 40, "hundreds of" low 200,
//   "thousands of" low 2,000, "tens of thousands of" low 20,000
//     -> lowerBound, value = low;
//   "several hundred troops", "a few thousand" -> range 200..900,
//     2,000..9,000, value = low;
//   "a couple of thousand", "a couple hundred" -> approximate 2,000, 200.
// Only where something is counted or measured (a noun phrase, a currency
// or a unit follows: "hundreds of miles" low 200 unit mi) or where a plural
// scale stands alone as a subject or object (BareAmount: "hundreds were
// killed"); "hundreds of the ..." and times ("hundreds of years") are not.
std::optional<Quantity> Reader::Vague(size_t i, size_t* end) const {
  std::string_view t = L(i);
  Quantity q;
  size_t k = i;
  double scale = 0;
  bool bare = false;  // a plural scale standing alone: "hundreds were killed"
  if (t == "several" || (t == "a" && L(i + 1) == "few") || (t == "a" && L(i + 1) == "couple")) {
    const bool couple = t == "a" && L(i + 1) == "couple";
    k = t == "several" ? i + 1 : i + 2;
    if (couple && L(k) == "of") {
      ++k;
    }
    std::string_view s = L(k);
    scale = s == "dozen" ? 12 : s == "hundred" ? 100 : ScaleWord(s, false);
    if (scale == 0) {
      return std::nullopt;
    }
    ++k;
    if (scale < 1e3 && k < last_) {
      if (double s2 = ScaleWord(L(k), false); s2 > 0) {  // "several hundred thousand"
        scale *= s2;
        ++k;
      }
    }
    q.value = 2 * scale;
    if (couple) {
      q.qualifier = QuantityQualifier::kApproximate;
    } else {
      q.qualifier = QuantityQualifier::kRange;
      q.low = 2 * scale;
      q.high = 9 * scale;
    }
  } else {
    scale = PluralScale(t);
    if (scale == 0) {
      return std::nullopt;
    }
    if (t == "scores" && i > first_ &&
        (IsIn(L(i - 1), {"the",     "their", "his",  "her",      "its",    "our",  "your",
                         "my",      "whose", "test", "exam",     "credit", "high", "low",
                         "average", "top",   "poll", "approval", "these",  "those"}) ||
         K(i - 1) == TokenKind::kNumber)) {
      return std::nullopt;  // "the test scores of pupils"
    }
    k = i + 1;
    // "tens of thousands of", "hundreds of millions of"
    while (k + 1 < last_ && L(k) == "of" && PluralScale(L(k + 1)) >= 1e3 &&
           PluralScale(L(k + 1)) > scale) {
      scale *= PluralScale(L(k + 1));
      k += 2;
    }
    if (L(k) != "of") {
      // "tens" and "scores" alone are no amounts ("in the tens", "the scores were level").
      bare = !(k == i + 1 && (t == "tens" || t == "scores")) && BareAmount(i, k);
      if (!bare) {
        return std::nullopt;
      }
    }
    q.value = 2 * scale;
    q.low = q.value;
    q.qualifier = QuantityQualifier::kLowerBound;
  }
  const size_t span_end = k;
  // "several hundred", "a few thousand" are amounts even where the noun they
  // count is left out ("the numbers fell to several hundred"); a plural
  // scale needs its "of" phrase ("hundreds of").
  const bool bare_ok = bare || (q.qualifier != QuantityQualifier::kLowerBound && L(k) != "of");
  size_t c = k;
  if (L(c) == "of") {
    ++c;
  }
  if (c < last_ && timed_[c]) {
    return std::nullopt;  // "several hundred years": a time
  }
  if (c >= last_ || K(c) != TokenKind::kWord) {
    if (!bare_ok) {
      return std::nullopt;
    }
    *end = span_end;
    return q;
  }
  // "figures in thousands of tonnes", "in millions of dollars": the unit of
  // a table, no amount.
  const bool table_unit = i > first_ && L(i - 1) == "in";
  if (std::string_view cur = CurrencyAt(c); !cur.empty() && L(c) != "won") {
    if (table_unit) {
      return std::nullopt;
    }
    q.unit.assign(cur);  // "millions of dollars"
  } else if (std::string_view unit = UnitAt(c); !unit.empty() && !bare) {
    if (L(c) == "pounds" || L(c).size() < 2 || table_unit) {
      return std::nullopt;  // "hundreds of pounds": money or weight
    }
    q.unit.assign(unit);  // a vague measure, "hundreds of miles"
  } else {
    Counts(c, &q, true, !bare);
    if (q.unit.empty() && !bare_ok) {
      return std::nullopt;  // nothing counted: "hundreds of the"
    }
    std::string head = q.unit;
    for (char& ch : head) {
      if (ch >= 'A' && ch <= 'Z') {
        ch = static_cast<char>(ch - 'A' + 'a');
      }
    }
    if (IsTimeNoun(head)) {
      return std::nullopt;
    }
  }
  *end = span_end;
  return q;
}

// A share of a whole in words, before "of": "half of the 300 workers" 0.5,
// "a third of", "one-quarter of" 0.25, "two-thirds of the votes", "three
// quarters of", "about a quarter, of its dealers". Not an ordinal's or a
// period's part ("the second half of", "one and a half", "a quarter of a
// century", "half of 1987") nor a share of nothing counted ("half of it").
std::optional<NumberPhrase> Reader::WordFraction(size_t i) const {
  std::string_view t = L(i);
  double value = 0;
  size_t k = i + 1;
  auto part = [](std::string_view w, bool plural) -> double {
    if (!plural && w == "half") {
      return 0.5;
    }
    if (w == (plural ? "thirds" : "third")) {
      return 1.0 / 3;
    }
    if (w == (plural ? "quarters" : "quarter") || w == (plural ? "fourths" : "fourth")) {
      return 0.25;
    }
    return 0;
  };
  if (t == "half") {
    value = 0.5;
  } else if (t == "a" || t == "one") {
    value = part(L(i + 1), false);
    k = i + 2;
  } else if (t == "two" || t == "three") {
    value = (t == "two" ? 2 : 3) * part(L(i + 1), true);  // "two thirds", "three quarters"
    k = i + 2;
  } else if (const size_t dash = t.size() > 7 ? t.find('-') : std::string_view::npos;
             dash != std::string_view::npos) {
    const int n = CardinalWord(t.substr(0, dash));  // "one-third", "two-thirds"
    value = n >= 1 && n <= 3 ? n * part(t.substr(dash + 1), n > 1) : 0;
  }
  if (value == 0) {
    return std::nullopt;
  }
  if (i > first_ && (IsIn(L(i - 1), {"the", "a", "first", "second", "third", "fourth", "last",
                                     "latter", "its", "their", "his", "her", "our", "by"}) ||
                     (t == "a" && L(i - 1) == "and"))) {  // "one and a half"
    return std::nullopt;
  }
  size_t of = k;
  if (L(of) == ",") {
    ++of;  // "about a quarter, of its dealers"
  }
  if (L(of) != "of" || of + 1 >= last_ || timed_[of + 1] || K(of + 1) != TokenKind::kWord ||
      IsIn(L(of + 1), {"it", "them", "this", "that", "a", "an", "one"})) {
    return std::nullopt;
  }
  for (size_t c = of + 1; c < last_ && c < of + 4; ++c) {
    if (timed_[c] || IsTimeNoun(L(c)) || IsIn(L(c), {"time", "way", "century", "distance"})) {
      return std::nullopt;  // "half of the year", "a third of the time"
    }
  }
  NumberPhrase p;
  p.value = value;
  p.end = k;
  return p;
}

bool Reader::At(size_t i, size_t* end, Quantity& q) {
  QuantityQualifier qualifier = QuantityQualifier::kExact;
  size_t j = i;
  std::string_view t = L(j);
  bool between = false;
  std::string_view currency;
  // A word the starter filter let through by chance ("their", "first")
  // names no qualifier or currency: a quantity starts there only as a
  // number in words or a plural count ("thousands of").
  if (K(i) == TokenKind::kWord && !Starters().Contains(t) &&
      !(CardinalOf(raw_.record(i)) >= 0 && t != "hundred") && PluralScale(t) == 0) {
    return false;
  }
  // A number opens with a digit: no qualifier word, no currency before it.
  if (K(i) == TokenKind::kNumber) {
    // the number itself
  } else if (IsIn(t, {"about", "approximately", "around", "roughly", "nearly", "almost", "some",
                      "circa", "approx", "estimated"})) {
    qualifier = QuantityQualifier::kApproximate;
    ++j;
  } else if ((t == "an" && L(j + 1) == "estimated") || (t == "close" && L(j + 1) == "to")) {
    qualifier = QuantityQualifier::kApproximate;
    j += 2;
  } else if ((t == "at" && L(j + 1) == "least") || (t == "more" && L(j + 1) == "than") ||
             (t == "upwards" && L(j + 1) == "of") || (t == "greater" && L(j + 1) == "than")) {
    qualifier = QuantityQualifier::kLowerBound;
    j += 2;
  } else if (t == "over") {
    qualifier = QuantityQualifier::kLowerBound;
    ++j;
  } else if ((t == "in" && L(j + 1) == "excess" && L(j + 2) == "of") ||
             (t == "no" && (L(j + 1) == "fewer" || L(j + 1) == "less") && L(j + 2) == "than")) {
    qualifier = QuantityQualifier::kLowerBound;
    j += 3;
  } else if ((t == "up" && L(j + 1) == "to") || (t == "at" && L(j + 1) == "most") ||
             (t == "fewer" && L(j + 1) == "than") || (t == "less" && L(j + 1) == "than")) {
    qualifier = QuantityQualifier::kUpperBound;
    j += 2;
  } else if ((t == "as" && L(j + 1) == "many" && L(j + 2) == "as") ||
             (t == "no" && L(j + 1) == "more" && L(j + 2) == "than") ||
             (t == "a" && L(j + 1) == "maximum" && L(j + 2) == "of")) {
    qualifier = QuantityQualifier::kUpperBound;
    j += 3;
  } else if (t == "under") {
    qualifier = QuantityQualifier::kUpperBound;
    ++j;
  } else if (t == "between") {
    between = true;
    ++j;
  }
  // Currency before the number: "$12bn", "US$14 billion", "€5".
  if (K(i) == TokenKind::kNumber) {
    // none
  } else if (j + 1 < last_ && K(j) == TokenKind::kWord && Touch(j) && L(j + 1) == "$" &&
             IsIn(L(j), {"us", "au", "a", "c", "ca", "hk", "nz", "s", "nt"})) {
    static constexpr std::pair<std::string_view, std::string_view> kDollars[] = {
        {"us", "USD"}, {"au", "AUD"}, {"a", "AUD"}, {"c", "CAD"}, {"ca", "CAD"},
        {"hk", "HKD"}, {"nz", "NZD"}, {"s", "SGD"}, {"nt", "TWD"}};
    for (auto [k, v] : kDollars) {
      if (k == L(j)) {
        currency = v;
      }
    }
    j += 2;
  } else if (j < last_ && K(j) == TokenKind::kSymbol && !CurrencySymbol(L(j)).empty()) {
    currency = CurrencySymbol(L(j));
    ++j;
  }
  if (j >= last_) {
    return false;
  }
  if (!currency.empty() && !Touch(j - 1)) {
    return false;
  }
  std::optional<NumberPhrase> num =
      K(j) == TokenKind::kWord ? WordFraction(j) : std::optional<NumberPhrase>();
  if (!num) {
    num = ReadAmount(j);
  }
  if (!num) {
    // No number: perhaps a vague amount ("hundreds of", "several hundred").
    if (j == i && K(i) == TokenKind::kWord) {
      return Take(Vague(i, end), q);
    }
    // "more than hundreds of people": a lower bound over a plural scale's
    // (its own lower bound) is that bound, the qualifier in the span.
    // Not after "over" alone, which may be a particle: "handed over millions".
    if (qualifier == QuantityQualifier::kLowerBound && j >= i + 2 && currency.empty() &&
        j < last_ && K(j) == TokenKind::kWord) {
      std::optional<Quantity> v = Vague(j, end);
      if (v && v->qualifier == QuantityQualifier::kLowerBound) {
        return Take(std::move(v), q);
      }
    }
    return false;
  }
  if (!num->digits && num->value == 1 && !num->has_scale) {
    return false;  // "one of them"
  }
  if (j > first_ && (L(j - 1) == "#" || L(j - 1) == "no." || L(j - 1) == "no")) {
    return false;
  }
  // Part of a name: "Chapter 11", "iPhone 4", "Ford Five Hundred".
  if (currency.empty() && qualifier == QuantityQualifier::kExact && !between && j > first_ &&
      j == i && (NameLike(w_, j - 1) || (!num->digits && w_.Capitalized(j))) &&
      !(j == first_ + 1 && !num->digits)) {
    return false;
  }
  // The second half of a fraction or a season: "1/[8]", "7-1/[2] pct",
  // "the 1985/[86] crop".
  if (num->digits && j >= first_ + 2 && Touch(j - 1) && Touch(j - 2) && L(j - 1) == "/" &&
      K(j - 2) == TokenKind::kNumber) {
    return false;
  }
  // The tail of a code: "555-1234".
  if (num->digits && j >= first_ + 2 && Touch(j - 1) && Touch(j - 2) && L(j - 1) == "-" &&
      K(j - 2) == TokenKind::kNumber) {
    return false;
  }
  size_t k = num->end;
  // Money scales written short: "$12bn", "$3m".
  if (!currency.empty() && k < last_ && !w_.token(k).space_before && K(k) == TokenKind::kWord) {
    if (double s = ScaleWord(L(k), true); s > 0 && !num->has_scale) {
      num->value *= s;
      ++k;
    }
  }
  // A clock time in a time zone: "at 1530 EST", "(0920 GMT)", "at 0620 hrs".
  if (num->digits && !num->has_scale && currency.empty() && k < last_ &&
      IsIn(L(k), {"gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet", "hrs"})) {
    return false;
  }
  // Ordinals ("5th") and codes glued to letters are no quantities.
  if (num->digits && k < last_ && !w_.token(k).space_before &&
      IsIn(L(k), {"st", "nd", "rd", "th"})) {
    return false;
  }
  // Phone numbers and identifiers: "555-1234-567", "12:30".
  if (num->digits && k + 1 < last_ && Touch(k - 1) && (L(k) == ":" || L(k) == "/")) {
    return false;
  }
  // A year the time tagger left ("NOTE: 1986 4th qtr"): four digits, 1900
  // to 2099, no separator, no scale.
  const bool year_like = num->digits && num->end == j + 1 && L(j).size() == 4 &&
                         L(j).find_first_not_of("0123456789") == std::string_view::npos &&
                         num->value >= 1900 && num->value <= 2099;
  q.qualifier = qualifier;
  q.value = num->value;
  // Ranges: "20,000-25,000", "20 to 25 percent", "between 20,000 and 25,000".
  bool range = false;
  if (k + 1 < last_ && num->digits && Touch(k - 1) && Touch(k) &&
      (L(k) == "-" || L(k) == "\u2013") && K(k + 1) == TokenKind::kNumber) {
    auto second = ReadNumber(w_, k + 1, last_);
    std::string_view a = L(k - 1);
    std::string_view b = L(k + 1);
    bool code = a.size() >= 3 && b.size() > a.size() &&
                a.find_first_of(",.") == std::string_view::npos;  // "555-1234"
    if (second && !code && second->value > q.value &&
        !(second->end < last_ && (L(second->end) == "-" || L(second->end) == "/"))) {
      q.low = q.value;
      q.high = second->value;
      k = second->end;
      range = true;
    } else {
      return false;  // "555-1234": an identifier
    }
  } else if (k + 1 < last_ &&
             ((between && L(k) == "and") ||
              (!between && L(k) == "to" && q.qualifier == QuantityQualifier::kExact))) {
    size_t s = k + 1;
    if (!currency.empty() && s < last_ && CurrencySymbol(L(s)) == currency) {
      ++s;
    }
    auto second = ReadAmount(s);
    // "profits for 1986 to 1.14 billion": a year, then the amount; "the
    // stock rose 2-1/4 to 101", "climbed 19 to 151-1/2", "Lindby 2-7/8 to
    // 97": a price's change, then its level (a range of prices or rates
    // written with fractions is narrow: "bid at 77-1/2 to 78").
    const bool change_verb = j == i && i > first_ && ((Bits(i - 1) & kChangeWord) || L(i - 1) == "was");
    const bool change_then_level = second && (num->fraction || second->fraction) &&
                                   !num->bare_fraction &&
                                   (change_verb || second->value > 2 * q.value);
    if (second && second->digits == num->digits && second->value > q.value &&
        !(year_like && second->has_scale) && !change_then_level) {
      q.low = q.value;
      q.high = second->value;
      k = second->end;
      range = true;
    }
  }
  // "between 300 tonnes and 400 tonnes", "between 10 pct and 12 pct", "300
  // tonnes to 400 tonnes a day": each bound with the same unit word. Not
  // after a change ("rose 300 tonnes to 400 tonnes", "from 300 tonnes to
  // 400 tonnes": a change by or from the first, to the second).
  if (!range && k + 2 < last_ &&
      (between || (L(k + 1) == "to" && qualifier == QuantityQualifier::kExact && j == i &&
                   !ChangeBefore(i)))) {
    const std::string_view unit = L(k);
    const bool unit_word = IsIn(unit, {"%", "percent", "pct"}) || !CurrencyAt(k).empty() ||
                           (K(k) == TokenKind::kWord && unit.size() > 1 && !UnitAt(k).empty());
    if (unit_word && L(k + 1) == (between ? "and" : "to")) {
      auto second = ReadAmount(k + 2);
      if (second && second->digits == num->digits && second->value > q.value &&
          second->end < last_ && L(second->end) == unit) {
        q.low = q.value;
        q.high = second->value;
        k = second->end;
        range = true;
      }
    }
  }
  if (between && !range) {
    return false;
  }
  if (range) {
    q.qualifier = QuantityQualifier::kRange;
  }
  // What follows: percent, currency word, measurement unit, counted noun.
  if (!currency.empty()) {
    q.unit.assign(currency);
    if (k < last_ && !CurrencyAt(k).empty()) {
      ++k;  // "$5 billion dollars"
    } else if (k < last_ && L(k) == "us" && L(k + 1) == "dollars") {
      k += 2;
    }
  } else if (k < last_ && (L(k) == "%" || L(k) == "percent" || L(k) == "pct")) {
    q.unit = "percent";
    ++k;
  } else if (k + 1 < last_ && L(k) == "per" && L(k + 1) == "cent") {
    q.unit = "percent";
    k += 2;
  } else if (k < last_ && !CurrencyAt(k).empty() && L(k) != "won") {
    q.unit.assign(CurrencyAt(k));
    ++k;
  } else if (k < last_ && K(k) == TokenKind::kWord && !w_.token(k).space_before &&
             !UnitAt(k).empty()) {
    q.unit.assign(UnitAt(k));  // "240mm"
    ++k;
  } else if (k + 1 < last_ && Touch(k - 1) && Touch(k) && L(k) == "-" && !UnitAt(k + 1).empty()) {
    q.unit.assign(UnitAt(k + 1));  // "40-kilometer"
    k += 2;
  } else if (k < last_ && K(k) == TokenKind::kWord && !UnitAt(k).empty() && L(k).size() > 1 &&
             L(k) != "pounds") {
    q.unit.assign(UnitAt(k));  // "3.5 km"
    ++k;
  } else if (num->digits && k < last_ && K(k) == TokenKind::kWord && !w_.token(k).space_before) {
    return false;  // "3D", "4x4"-like codes glued to letters
  }
  // A fraction alone is a quantity as a rate or a price change, "5/8 pct",
  // "3/16 point", "1/2 billion"; elsewhere it may be a date or a ratio, and
  // "2-1/2 years" is a time.
  if (num->bare_fraction && !num->has_scale && q.unit != "percent" && currency.empty() &&
      !IsIn(L(k), {"point", "points", "percentage"})) {
    return false;
  }
  // "6-1/4, 1/8 pct", "11-1/4 1/8 pct": the second of a bid and an offer,
  // the whole number left out.
  if (num->bare_fraction && j > first_ &&
      (K(j - 1) == TokenKind::kNumber ||
       (L(j - 1) == "," && j - 1 > first_ && K(j - 2) == TokenKind::kNumber))) {
    return false;
  }
  if (num->fraction && !num->has_scale && IsTimeNoun(L(k))) {
    return false;
  }
  *end = k;
  if (q.qualifier == QuantityQualifier::kLowerBound) {
    q.low = q.value;
  }
  // "over 32 occasions": "over" is the preposition of an occasion count.
  if (t == "over" && (IsIn(L(k), {"occasions", "times", "instances"}) ||
                      IsIn(L(k + 1), {"occasions", "times", "instances"}))) {
    return false;
  }
  if (q.qualifier == QuantityQualifier::kUpperBound) {
    q.high = q.value;
  }
  if (q.unit.empty()) {
    size_t c = k;
    if (c + 1 < last_ && L(c) == "of" && IsIn(L(c + 1), {"the", "them", "those", "its", "their"})) {
      // "About 4,000 of the up to 12,000 troops": the noun follows the second number.
      c += 2;
      for (size_t n = 0; n < 5 && c + n < last_; ++n) {
        if (K(c + n) == TokenKind::kNumber) {
          c += n + 1;
          break;
        }
      }
    }
    // The whole of a partition, "4,000 of the 12,000 troops ... killed": the
    // event belongs to the part, not to the whole; the deployment ("troops
    // deployed to Lindby") to the whole, not to the part.
    const bool part = c != k;
    bool whole = false;
    for (size_t b = i; b >= first_ + 2 && b + 4 > i; --b) {
      if (L(b - 1) == "the" && L(b - 2) == "of") {
        whole = b >= first_ + 3 && K(b - 3) == TokenKind::kNumber;
        break;
      }
    }
    Counts(c, &q, !whole, true, !part);
    // A year counting nothing: "for 1986 to ...", "NOTE: 1985 4th qtr".
    if (year_like && q.unit.empty() && !range && currency.empty() &&
        q.qualifier == QuantityQualifier::kExact) {
      return false;
    }
    // A duration written short, "Nine mths", "12 wks": a time, no quantity.
    if (q.unit.size() >= 3 && q.unit.size() <= 4) {
      char lower[4];  // the unit lower-cased, on the stack
      for (size_t c = 0; c < q.unit.size(); ++c) {
        const char ch = q.unit[c];
        lower[c] = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch;
      }
      if (IsIn(std::string_view(lower, q.unit.size()), {"mths", "mth", "wks", "yrs", "qtrs"})) {
        return false;
      }
    }
  } else if (k < last_ && K(k) == TokenKind::kWord && q.unit != "percent" && currency.empty()) {
    // A measured thing: "240mm rocket launchers" counts what it measures.
    Quantity tmp;
    Counts(k, &tmp);
    q.counts = std::move(tmp.counts);
  }
  return true;
}

}  // namespace

// Marks every word Reader::At reads as an opening word (a starter, a
// cardinal, a plural count), where the starter filter lets it through as
// the starts were found before the words had records: "twenty-five" stays
// unmarked, as the filter turned it away. Reader::At finds nothing at any
// other word, so no other needs its mark.
void AddQuantityStarters(WordTable& table) {
  auto mark = [&table](std::string_view w) {
    if (StarterFilter().MayContain(w)) {
      WordRecord& r = table.Add(w);
      r.quantity_start = true;
      r.time_quantity = true;
    }
  };
  for (std::string_view w : kStarters) {
    mark(w);
  }
  for (const std::string& w : CardinalWords()) {
    mark(w);
  }
  // The reader's word sets (QuantityWord).
  auto set = [&table](std::span<const std::string_view> words, QuantityWord bit) {
    for (std::string_view w : words) {
      table.Add(w).quantity_words |= bit;
    }
  };
  set(kStopWords, kStopWord);
  set(kEventAuxWords, kEventAux);
  set(kEventWords, kEventWord);
  set(kNeverHeadWords, kNeverHead);
  set(kCommonStarterNext, kStarterPartner);
  set(kChangeWords, kChangeWord);
  for (const UnitWord& u : kUnits) {
    table.Add(u.word).quantity_words |= kUnitWord;
  }
  for (const auto& [word, code] : kCurrencyCodes) {
    table.Add(word).quantity_words |= kCurrencyWord;
  }
  // PluralScale's words: "scores", "dozens", "thousands" ...
  for (std::string_view one :
       {"score", "dozen", "ten", "hundred", "thousand", "million", "billion", "trillion"}) {
    const std::string plural = std::string(one) + "s";
    if (PluralScale(plural) != 0) {
      mark(plural);
    }
  }
}

bool QuantityCommonWordStart(std::string_view t, std::string_view next,
                             const WordRecord& next_record) {
  return !CommonStarterAlone(t, next, next_record);
}

// A symbol starts a quantity only as a currency sign: "$12bn".
bool QuantitySymbolStart(std::string_view s) { return !CurrencySymbol(s).empty(); }

struct QuantityTagger::Impl {
  bool try_every_token = false;
  OwnWordTable own_words;  // for Tag without shared words
};

QuantityTagger::QuantityTagger(const kb::KnowledgeBase&, bool try_every_token)
    : impl_(std::make_unique<Impl>()) {
  impl_->try_every_token = try_every_token;
  StarterFilter();  // the tables are built once, before any thread tags
  Starters();
  UnitSymbol("");
  CurrencyWord("");
  IsIngNoun("");
}
QuantityTagger::~QuantityTagger() = default;

void QuantityTagger::AddWords(WordTable& table) const {
  AddQuantityStarters(table);
  AddNumberWordRecords(table);  // ReadNumber, CardinalOf
}

std::vector<model::Quantity> QuantityTagger::Tag(const model::Document& doc,
                                                 const model::TextLayer& layer,
                                                 const std::vector<model::TimeExpr>& times) const {
  const Words words(doc.text, layer, impl_->own_words.Get(*this));
  return Tag(doc, layer, times, words);
}

std::vector<model::Quantity> QuantityTagger::Tag(const model::Document& doc,
                                                 const model::TextLayer& layer,
                                                 const std::vector<model::TimeExpr>& times,
                                                 const Words& words,
                                                 const std::vector<uint32_t>* given,
                                                 const std::vector<TimexTokens>* time_tokens) const {
  std::vector<model::Quantity> out;
  size_t next_time = 0;
  thread_local std::vector<uint8_t> spare_timed;  // memory kept for the next document
  std::vector<uint8_t> timed;
  base::HandOver(spare_timed, timed);
  timed.assign(layer.tokens.size(), 0);
  const auto& toks = layer.tokens;
  bool ordered = true;  // times in text order, none overlapping the next (as TimeTagger gives them)
  for (size_t t = 1; t < times.size() && ordered && time_tokens == nullptr; ++t) {
    ordered = times[t - 1].span.end <= times[t].span.begin;
  }
  if (time_tokens != nullptr) {
    // The tokens each time holds, as the time tagger listed them: exactly
    // those its span overlaps (it starts at its first token's start and
    // ends inside its last, "Friday's" without "'s").
    for (const TimexTokens& r : *time_tokens) {
      std::fill(timed.begin() + r.first, timed.begin() + r.end, 1);
    }
  } else if (ordered) {
    // Each time marks the tokens it overlaps (found by binary search): a few
    // times per document, not a pass over every token.
    for (const model::TimeExpr& te : times) {
      auto it =
          std::upper_bound(toks.begin(), toks.end(), te.span.begin,
                           [](uint32_t b, const model::Token& tk) { return b < tk.span.end; });
      for (; it != toks.end() && it->span.begin < te.span.end; ++it) {
        if (te.span.Overlaps(it->span)) {
          timed[static_cast<size_t>(it - toks.begin())] = 1;
        }
      }
    }
  } else {
    for (size_t i = 0, t = 0; i < toks.size() && t < times.size(); ++i) {
      while (t < times.size() && times[t].span.end <= toks[i].span.begin) {
        ++t;
      }
      timed[i] = t < times.size() && times[t].span.Overlaps(toks[i].span);
    }
  }
  // The tokens that may open a quantity, in order, found in one tight pass
  // (raw pointers, no calls for most tokens; QuantityStartTest): digits,
  // currency signs and words passing the starter filter. The per-sentence loop below visits
  // only them.
  thread_local std::vector<uint32_t> spare_starts;
  std::vector<uint32_t> starts;
  base::HandOver(spare_starts, starts);
  if (given != nullptr && !impl_->try_every_token) {
    // listed by the caller's pass (QuantityStartTest of words.h)
  } else if (impl_->try_every_token) {
    for (size_t i = 0; i < toks.size(); ++i) {
      const TokenKind kind = toks[i].kind;
      if (kind == TokenKind::kNumber || kind == TokenKind::kWord || kind == TokenKind::kSymbol) {
        starts.push_back(static_cast<uint32_t>(i));
      }
    }
  } else {
    // Only the tokens the words' pass listed can pass the test.
    const QuantityStartTest may_start(RawTokens(words), toks.size());
    for (const uint32_t i : words.time_quantity_tokens()) {
      if (may_start.At(i)) {
        starts.push_back(i);
      }
    }
  }
  const std::vector<uint32_t>& from = given != nullptr && !impl_->try_every_token ? *given : starts;
  // Room for every quantity at once: each starts at a candidate of its
  // own, so there are at most as many as candidates (about twice as many as
  // quantities in Reuters news), and the vector never grows with a move of
  // every quantity (and its strings).
  if (!from.empty()) {
    out.reserve(from.size());
  }
  size_t c = 0;
  // The candidates through a pointer and a count read once: the stores into
  // `out` below may alias the vector, whose size would be read again for
  // every candidate.
  const uint32_t* const candidates = from.data();
  const size_t candidate_count = from.size();
  for (const model::Sentence& s : layer.sentences) {
    Reader reader(words, timed, s.first_token, s.end_token);
    c = FirstStartFrom(from, c, s.first_token);
    size_t next = s.first_token;  // tokens before it lie in a quantity found
    for (; c < candidate_count && candidates[c] < s.end_token; ++c) {
      const size_t i = candidates[c];
      if (i < next) {
        continue;
      }
      // A quantity starting inside a time expression would overlap it and
      // be dropped below: not read at all (Reader::At changes nothing).
      if (timed[i]) {
        continue;
      }
      size_t end = 0;
      // Read into its place at the end of `out`, dropped again when it is none.
      model::Quantity* q = &out.emplace_back();
      if (!reader.At(i, &end, *q) || end <= i) {
        out.pop_back();
        continue;
      }
      q->span = {layer.tokens[i].span.begin, layer.tokens[end - 1].span.end};
      // Times (years, dates, durations, clock times) are not quantities.
      while (next_time < times.size() && times[next_time].span.end <= q->span.begin) {
        ++next_time;
      }
      bool timed = next_time < times.size() && times[next_time].span.Overlaps(q->span);
      bool boiler = false;
      for (const model::Span& b : doc.boilerplate) {
        boiler = boiler || b.Overlaps(q->span);
      }
      if (timed || boiler) {
        out.pop_back();
        continue;
      }
      next = end;
    }
  }
  base::HandOver(starts, spare_starts);
  base::HandOver(timed, spare_timed);
  return out;
}

}  // namespace claimgraph::extract
