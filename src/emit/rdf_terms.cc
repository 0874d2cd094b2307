#include "emit/rdf_terms.h"

#include <charconv>
#include <cmath>

#include "emit/rdf_vocab.h"

namespace claimgraph::emit {

namespace {

bool IsUnreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

bool IsHex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

bool IsDigits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return !s.empty();
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2) {
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

void AppendEncoded(std::string& out, unsigned char c) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out.push_back('%');
  out.push_back(kHex[c >> 4]);
  out.push_back(kHex[c & 15]);
}

}  // namespace

void AppendPathPart(std::string& out, std::string_view s, bool keep_slash) {
  size_t seg_start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && !(keep_slash && s[i] == '/')) continue;
    std::string_view seg = s.substr(seg_start, i - seg_start);
    const bool all_dots = !seg.empty() && seg.find_first_not_of('.') == std::string_view::npos;
    for (char ch : seg) {
      auto c = static_cast<unsigned char>(ch);
      if (IsUnreserved(c) && !(all_dots && c == '.')) {
        out.push_back(ch);
      } else {
        AppendEncoded(out, c);
      }
    }
    if (i < s.size()) out.push_back('/');
    seg_start = i + 1;
  }
}

bool IsAbsoluteIri(std::string_view s) {
  // scheme ::= ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )   (RFC 3986, 3.1)
  size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  auto alpha = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  if (!alpha(s[0])) return false;
  for (size_t i = 1; i < colon; ++i) {
    char c = s[i];
    if (!alpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return false;
  }
  if (colon + 1 >= s.size()) return false;
  // IRIREF ::= '<' ([^#x00-#x20<>"{}|^`\] | UCHAR)* '>'   (Turtle [18])
  for (size_t i = colon + 1; i < s.size(); ++i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c <= 0x20 || c == 0x7F) return false;
    switch (c) {
      case '<': case '>': case '"': case '{': case '}': case '|': case '^': case '`': case '\\':
        return false;
      case '%':
        if (i + 2 >= s.size() || !IsHex(s[i + 1]) || !IsHex(s[i + 2])) return false;
        break;
      default:
        break;
    }
  }
  return true;
}

const char* CalendarDatatype(std::string_view s) {
  if (s.size() < 4 || !IsDigits(s.substr(0, 4)) || ToInt(s.substr(0, 4)) == 0) return nullptr;
  if (s.size() == 4) return vocab::kXsdGYear;
  if (s[4] != '-' || s.size() < 7 || !IsDigits(s.substr(5, 2))) return nullptr;
  int month = ToInt(s.substr(5, 2));
  if (month < 1 || month > 12) return nullptr;
  if (s.size() == 7) return vocab::kXsdGYearMonth;
  if (s.size() != 10 || s[7] != '-' || !IsDigits(s.substr(8, 2))) return nullptr;
  int day = ToInt(s.substr(8, 2));
  if (day < 1 || day > DaysInMonth(ToInt(s.substr(0, 4)), month)) return nullptr;
  return vocab::kXsdDate;
}

const char* TimexCalendarValue(std::string_view timex, std::string_view& lexical) {
  lexical = timex;
  // "2025-01-24TMO", "2025-01-24T10:30": a time on a known day.
  if (timex.size() > 10 && timex[10] == 'T') lexical = timex.substr(0, 10);
  const char* dt = CalendarDatatype(lexical);
  if (dt == nullptr || (lexical.size() != timex.size() && dt != vocab::kXsdDate)) {
    lexical = {};
    return nullptr;
  }
  return dt;
}

bool FormatDecimal(double v, std::string& out) {
  out.clear();
  if (!std::isfinite(v)) return false;
  if (v == 0) v = 0;  // no "-0"
  char buf[400];
  // Shortest round-trip digits in fixed notation: never an exponent.
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
  if (r.ec != std::errc()) return false;
  out.assign(buf, r.ptr);
  return true;
}

void AppendUint(std::string& out, uint64_t v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

}  // namespace claimgraph::emit
