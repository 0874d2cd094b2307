#include "ingest/dates.h"

namespace claimgraph::ingest {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// Reads exactly `n` digits at `s[pos]`; -1 when they are not all digits.
int Digits(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) {
    return -1;
  }
  int v = 0;
  for (size_t i = 0; i < n; ++i) {
    if (!IsDigit(s[pos + i])) {
      return -1;
    }
    v = v * 10 + (s[pos + i] - '0');
  }
  return v;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) {
    return 29;
  }
  return kDays[month - 1];
}

// Writes `value` as `width` digits at `out`.
void PutDigits(char* out, int value, int width) {
  for (int i = width - 1; i >= 0; --i) {
    out[i] = static_cast<char>('0' + value % 10);
    value /= 10;
  }
}

// Whether Format below writes the date (a month 0: a year; a day 0: a month).
bool InRange(int year, int month, int day) {
  return year >= 1 && year <= 9999 && (month == 0 || (month >= 1 && month <= 12)) &&
         (month == 0 || day == 0 || (day >= 1 && day <= DaysInMonth(year, month)));
}

// "YYYY", "YYYY-MM" (day 0) or "YYYY-MM-DD"; "" when out of range. Written
// into a buffer and made a string once (within the short-string buffer).
std::string Format(int year, int month, int day) {
  if (!InRange(year, month, day)) {
    return "";
  }
  char buf[10];
  PutDigits(buf, year, 4);
  if (month == 0) {
    return std::string(buf, 4);
  }
  buf[4] = '-';
  PutDigits(buf + 5, month, 2);
  if (day == 0) {
    return std::string(buf, 7);
  }
  buf[7] = '-';
  PutDigits(buf + 8, day, 2);
  return std::string(buf, 10);
}

// After a date, only a time part may follow: "T...", " 10:00", or nothing.
bool TimeOrEnd(std::string_view s, size_t pos) {
  return pos == s.size() || s[pos] == 'T' || s[pos] == 't' ||
         (s[pos] == ' ' && pos + 1 < s.size() && IsDigit(s[pos + 1]));
}

int MonthFromName(std::string_view w) {
  static constexpr const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                            "jul", "aug", "sep", "oct", "nov", "dec"};
  if (w.size() < 3) {
    return 0;
  }
  char low[3];
  for (int i = 0; i < 3; ++i) {
    low[i] = static_cast<char>(w[i] | 0x20);
  }
  for (int m = 0; m < 12; ++m) {
    if (low[0] == kMonths[m][0] && low[1] == kMonths[m][1] && low[2] == kMonths[m][2]) {
      return m + 1;
    }
  }
  return 0;
}

}  // namespace

std::string NormaliseIsoDate(std::string_view s) {
  s = Trim(s);
  int year = Digits(s, 0, 4);
  if (year < 0) {
    return "";
  }
  // The date is written as it was read, "YYYY", "YYYY-MM" or "YYYY-MM-DD"
  // (Format would write the same digits): a copy of the bytes read.
  if (s.size() == 4) {
    return InRange(year, 0, 0) ? std::string(s) : "";
  }
  if (s[4] != '-') {
    return "";
  }
  int month = Digits(s, 5, 2);
  if (month < 1) {
    return "";
  }
  if (s.size() == 7) {
    return InRange(year, month, 0) ? std::string(s) : "";
  }
  if (s.size() < 10 || s[7] != '-') {
    return "";
  }
  int day = Digits(s, 8, 2);
  if (day < 1 || !TimeOrEnd(s, 10)) {
    return "";
  }
  return InRange(year, month, day) ? std::string(s.substr(0, 10)) : "";
}

std::string DateFromIso8601(std::string_view s) {
  s = Trim(s);
  // Compact form: YYYYMMDD, optionally followed by a time.
  if (s.size() >= 8 && Digits(s, 0, 8) >= 0 && TimeOrEnd(s, 8)) {
    int month = Digits(s, 4, 2), day = Digits(s, 6, 2);
    if (month < 1 || day < 1) {
      return "";
    }
    return Format(Digits(s, 0, 4), month, day);
  }
  return NormaliseIsoDate(s);
}

std::string DateFromRfc822(std::string_view s) {
  s = Trim(s);
  // [ day-name "," ] day month year [ time zone ]
  size_t comma = s.find(',');
  if (comma != std::string_view::npos && comma < 12) {
    s = Trim(s.substr(comma + 1));
  }
  size_t pos = 0;
  int day = 0;
  size_t nd = 0;
  while (pos < s.size() && IsDigit(s[pos]) && nd < 2) {
    day = day * 10 + (s[pos++] - '0');
    ++nd;
  }
  if (nd == 0 || day == 0 || pos >= s.size() || s[pos] != ' ') {
    return "";
  }
  while (pos < s.size() && s[pos] == ' ') {
    ++pos;
  }
  size_t mstart = pos;
  while (pos < s.size() && ((s[pos] | 0x20) >= 'a' && (s[pos] | 0x20) <= 'z')) {
    ++pos;
  }
  int month = MonthFromName(s.substr(mstart, pos - mstart));
  if (month == 0) {
    return "";
  }
  while (pos < s.size() && s[pos] == ' ') {
    ++pos;
  }
  int year = Digits(s, pos, 4);
  if (year < 0) {
    // Two-digit years (RFC 822 proper): 70-99 -> 19xx, else 20xx.
    int y2 = Digits(s, pos, 2);
    if (y2 < 0 || (pos + 2 < s.size() && IsDigit(s[pos + 2]))) {
      return "";
    }
    year = y2 >= 70 ? 1900 + y2 : 2000 + y2;
  }
  return Format(year, month, day);
}

}  // namespace claimgraph::ingest
