#include "extract/quantity_numbers.h"

#include <array>
#include <utility>

namespace claimgraph::extract {

using literal_eq::operator==;  // words.h: a word tested against a literal, inlined

std::optional<double> ParseDigits(std::string_view s) {
  double whole = 0;
  double frac = 0;
  double scale = 1;
  bool in_frac = false;
  int commas = 0;
  size_t group = 0;  // digits since the last comma
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      if (in_frac) {
        scale /= 10;
        frac += (c - '0') * scale;
      } else {
        whole = whole * 10 + (c - '0');
      }
      ++group;
    } else if (c == ',') {
      if (in_frac || (commas > 0 && group != 3)) {
        return std::nullopt;
      }
      ++commas;
      group = 0;
    } else if (c == '.') {
      if (in_frac) {
        return std::nullopt;
      }
      if (commas > 0 && group != 3) {
        return std::nullopt;
      }
      in_frac = true;
    } else {
      return std::nullopt;
    }
  }
  if (commas > 0 && !in_frac && group != 3) {
    return std::nullopt;
  }
  return whole + frac;
}

namespace {

constexpr std::array<std::pair<std::string_view, int>, 30> kCardinals{{
    {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},      {"five", 5},
    {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},      {"ten", 10},
    {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},
    {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20},
    {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},    {"seventy", 70},
    {"eighty", 80},  {"ninety", 90},    {"dozen", 12},    {"hundred", 100}, {"zero", 0},
}};

constexpr std::array<std::pair<std::string_view, int>, 24> kOrdinals{{
    {"first", 1},        {"second", 2},      {"third", 3},       {"fourth", 4},
    {"fifth", 5},        {"sixth", 6},       {"seventh", 7},     {"eighth", 8},
    {"ninth", 9},        {"tenth", 10},      {"eleventh", 11},   {"twelfth", 12},
    {"thirteenth", 13},  {"fourteenth", 14}, {"fifteenth", 15},  {"sixteenth", 16},
    {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19}, {"twentieth", 20},
    {"thirtieth", 30},   {"fortieth", 40},   {"fiftieth", 50},   {"hundredth", 100},
}};

// One flat-table lookup instead of a scan: these run on every word of a
// document; the filter turns most words away before hashing.
using Index = WordMap<int>;
template <size_t N>
Index* MakeIndex(const std::array<std::pair<std::string_view, int>, N>& table) {
  auto* m = new Index();
  for (const auto& [k, v] : table) {
    m->Set(k, v);
  }
  return m;
}
int Find(const Index& index, std::string_view w) {
  const int* v = index.Find(w);
  return v == nullptr ? -1 : *v;
}
template <size_t N>
WordFilter* MakeFilter(const std::array<std::pair<std::string_view, int>, N>& table) {
  auto* f = new WordFilter();
  for (const auto& [k, v] : table) {
    f->Add(k);
  }
  return f;
}
const WordFilter& CardinalFilter() {
  static const WordFilter* filter = MakeFilter(kCardinals);
  return *filter;
}
const Index& CardinalIndex() {
  static const Index* index = MakeIndex(kCardinals);
  return *index;
}
const WordFilter& OrdinalFilter() {
  static const WordFilter* filter = MakeFilter(kOrdinals);
  return *filter;
}
const Index& OrdinalIndex() {
  static const Index* index = MakeIndex(kOrdinals);
  return *index;
}
inline int Lookup(std::string_view w, const decltype(kCardinals)&) {
  return CardinalFilter().MayContain(w) ? Find(CardinalIndex(), w) : -1;
}
inline int Lookup(std::string_view w, const decltype(kOrdinals)&) {
  return OrdinalFilter().MayContain(w) ? Find(OrdinalIndex(), w) : -1;
}

}  // namespace

const WordFilter& CardinalWordFilter() { return CardinalFilter(); }

int CardinalWord(std::string_view lower) {
  if (lower.empty() || lower.size() > 16) {
    return -1;
  }
  int v = Lookup(lower, kCardinals);
  if (v >= 0) {
    return v;
  }
  // "twenty-five"; none is shorter than "forty-one" (nine bytes)
  if (lower.size() < 9) {
    return -1;
  }
  size_t dash = lower.find('-');
  if (dash == std::string_view::npos) {
    return -1;
  }
  int tens = Lookup(lower.substr(0, dash), kCardinals);
  int units = Lookup(lower.substr(dash + 1), kCardinals);
  if (tens >= 20 && tens % 10 == 0 && tens <= 90 && units >= 1 && units <= 9) {
    return tens + units;
  }
  return -1;
}

std::vector<std::string> CardinalWords() {
  std::vector<std::string> out;
  for (const auto& [tens, tv] : kCardinals) {
    out.emplace_back(tens);
    if (tv >= 20 && tv % 10 == 0 && tv <= 90) {
      for (const auto& [unit, uv] : kCardinals) {
        if (uv >= 1 && uv <= 9) {
          out.push_back(std::string(tens) + "-" + std::string(unit));  // "twenty-five"
        }
      }
    }
  }
  return out;
}

int OrdinalWord(std::string_view lower) {
  if (lower.empty() || lower.size() > 16) {
    return -1;
  }
  int v = Lookup(lower, kOrdinals);
  if (v >= 0) {
    return v;
  }
  size_t dash = lower.find('-');  // "twenty-first"
  if (dash == std::string_view::npos) {
    return -1;
  }
  int tens = Lookup(lower.substr(0, dash), kCardinals);
  int units = Lookup(lower.substr(dash + 1), kOrdinals);
  if (tens >= 20 && tens % 10 == 0 && tens <= 90 && units >= 1 && units <= 9) {
    return tens + units;
  }
  return -1;
}

void AddNumberWordRecords(WordTable& table) {
  for (const std::string& w : CardinalWords()) {
    table.Add(w).number_word = static_cast<int8_t>(CardinalWord(w) + 1);
  }
  // The ordinals: "third", and "twenty-first" as OrdinalWord reads it.
  for (const auto& [w, v] : kOrdinals) {
    table.Add(w).number_word = static_cast<int8_t>(-v);
  }
  for (const auto& [tens, tv] : kCardinals) {
    if (tv >= 20 && tv % 10 == 0 && tv <= 90) {
      for (const auto& [unit, uv] : kOrdinals) {
        if (uv >= 1 && uv <= 9) {
          table.Add(std::string(tens) + "-" + std::string(unit)).number_word =
              static_cast<int8_t>(-(tv + uv));
        }
      }
    }
  }
}

double ScaleWord(std::string_view w, bool abbreviations) {
  if (w == "thousand") {
    return 1e3;
  }
  if (w == "million" || w == "mln" || w == "mn") {
    return 1e6;
  }
  if (w == "billion" || w == "bn" || w == "bln") {
    return 1e9;
  }
  if (w == "trillion" || w == "tn" || w == "trn") {
    return 1e12;
  }
  if (abbreviations) {
    if (w == "k") {
      return 1e3;
    }
    if (w == "m") {
      return 1e6;
    }
    if (w == "b") {
      return 1e9;
    }
  }
  return 0;
}

std::optional<NumberPhrase> ReadNumber(const Words& words, size_t i, size_t end) {
  if (i >= end) {
    return std::nullopt;
  }
  const RawTokens w(words);  // every index read below is under `end`
  NumberPhrase p;
  if (w.kind(i) == model::TokenKind::kNumber) {
    auto v = ParseDigits(w.lower(i));
    if (!v) {
      return std::nullopt;
    }
    p.value = *v;
    p.digits = true;
    p.end = i + 1;
  } else if (w.kind(i) == model::TokenKind::kWord) {
    std::string_view t = w.lower(i);
    int v = CardinalOf(w.record(i));
    size_t j = i + 1;
    if ((t == "a" || t == "an") && j < end) {  // "a dozen", "a hundred", "a million"
      std::string_view n = w.lower(j);
      if (n == "dozen" || n == "hundred") {
        v = n == "dozen" ? 12 : 100;
        ++j;
      } else if (double s = ScaleWord(n, false); s > 0) {
        p.value = s;
        p.end = j + 1;
        p.has_scale = true;
        return p;
      }
    }
    if (v < 0 || t == "hundred") {
      return std::nullopt;
    }
    p.value = v;
    // "twenty four"
    if (v >= 20 && v <= 90 && v % 10 == 0 && j < end) {
      int units = CardinalOf(w.record(j));
      if (units >= 1 && units <= 9) {
        p.value += units;
        ++j;
      }
    }
    // "two hundred", "three hundred and fifty"
    if (j < end && w.lower(j) == "hundred" && v < 100) {
      p.value *= 100;
      ++j;
      if (j + 1 < end && w.lower(j) == "and") {
        int rest = CardinalOf(w.record(j + 1));
        if (rest > 0 && rest < 100) {
          p.value += rest;
          j += 2;
        }
      }
    }
    p.end = j;
  } else {
    return std::nullopt;
  }
  // Scale: "1.5 million", "12bn", "three thousand".
  size_t j = p.end;
  if (j < end && w.kind(j) == model::TokenKind::kWord) {
    bool touching = !w.token(j).space_before;
    double s = ScaleWord(w.lower(j), false);
    if (s == 0 && touching && p.digits) {
      std::string_view t = w.lower(j);
      if (t == "bn" || t == "mn" || t == "tn") {
        s = ScaleWord(t, false);
      }
    }
    if (s > 0) {
      p.value *= s;
      p.has_scale = true;
      p.end = j + 1;
    }
  }
  return p;
}

namespace {

// A plain integer of at most `max_digits` digits: "7", "24"; -1 for "1,000", "2.5".
int PlainInt(std::string_view s, size_t max_digits) {
  if (s.empty() || s.size() > max_digits) {
    return -1;
  }
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') {
      return -1;
    }
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace

std::optional<NumberPhrase> ReadFraction(const Words& words, size_t i, size_t end) {
  const RawTokens w(words);
  auto number = [&](size_t k) { return k < end && w.kind(k) == model::TokenKind::kNumber; };
  if (!number(i)) {
    return std::nullopt;
  }
  NumberPhrase p;
  p.digits = true;
  p.fraction = true;
  size_t n = i;  // the numerator
  // "7-1/2": a whole number before the dash.
  if (i + 3 < end && w.Touch(i, end) && w.lower(i + 1) == "-" && w.Touch(i + 1, end) &&
      number(i + 2) && w.lower(i + 3) == "/") {
    const int whole = PlainInt(w.lower(i), 4);
    if (whole < 0) {
      return std::nullopt;
    }
    p.value = whole;
    n = i + 2;
  } else if (i + 3 < end && !w.Touch(i, end) && number(i + 1) && w.lower(i + 2) == "/") {
    // "11 3/4": the whole number apart.
    const int whole = PlainInt(w.lower(i), 3);
    if (whole < 0) {
      return std::nullopt;
    }
    p.value = whole;
    n = i + 1;
  } else {
    p.bare_fraction = true;
  }
  if (!(n + 2 < end && w.Touch(n, end) && w.lower(n + 1) == "/" && w.Touch(n + 1, end) &&
        number(n + 2))) {
    return std::nullopt;
  }
  const int num = PlainInt(w.lower(n), 2);
  const int den = PlainInt(w.lower(n + 2), 2);
  const bool newswire_denominator = den == 3 || (den >= 2 && den <= 64 && (den & (den - 1)) == 0);
  if (num <= 0 || num >= den || !newswire_denominator) {
    return std::nullopt;
  }
  p.end = n + 3;
  // "5/8/87", "1-1/2-2": a date or a code goes on.
  if (w.Touch(n + 2, end) && (w.lower(p.end, end) == "/" || w.lower(p.end, end) == "-")) {
    return std::nullopt;
  }
  p.value += static_cast<double>(num) / den;
  if (p.end < end && w.kind(p.end) == model::TokenKind::kWord) {
    if (double s = ScaleWord(w.lower(p.end), false); s > 0) {
      p.value *= s;
      p.has_scale = true;
      ++p.end;
    }
  }
  return p;
}

}  // namespace claimgraph::extract
