#include "base/calendar.h"

#include <cstdio>

namespace claimgraph::calendar {

// Howard Hinnant's days_from_civil / civil_from_days.
int64_t DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Ymd CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

int DaysInMonth(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) {
    return 31;
  }
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

int Weekday(const Ymd& a) {
  int64_t z = DaysFromCivil(a.y, a.m, a.d);  // 1970-01-01 was a Thursday (4)
  int64_t w = (z % 7 + 7 + 3) % 7;           // 0 = Monday
  return static_cast<int>(w) + 1;
}

void IsoWeek(const Ymd& a, int* year, int* week) {
  // The week's Thursday decides the year.
  Ymd thursday = AddDays(a, 4 - Weekday(a));
  *year = thursday.y;
  int64_t jan1 = DaysFromCivil(thursday.y, 1, 1);
  *week = static_cast<int>((DaysFromCivil(thursday.y, thursday.m, thursday.d) - jan1) / 7 + 1);
}

namespace {
bool Digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') {
      return false;
    }
  }
  return !s.empty();
}
int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) {
    v = v * 10 + (c - '0');
  }
  return v;
}
}  // namespace

std::optional<Ymd> ParseIso(std::string_view s) {
  if (s.size() < 4 || !Digits(s.substr(0, 4))) {
    return std::nullopt;
  }
  Ymd r{ToInt(s.substr(0, 4)), 0, 0};
  if (s.size() >= 7 && s[4] == '-' && Digits(s.substr(5, 2))) {
    r.m = ToInt(s.substr(5, 2));
    if (r.m < 1 || r.m > 12) {
      return std::nullopt;
    }
    if (s.size() >= 10 && s[7] == '-' && Digits(s.substr(8, 2))) {
      r.d = ToInt(s.substr(8, 2));
      if (r.d < 1 || r.d > DaysInMonth(r.y, r.m)) {
        return std::nullopt;
      }
    }
  }
  return r;
}

std::optional<Ymd> ParseIsoExact(std::string_view s) {
  std::optional<Ymd> r = ParseIso(s);
  if (!r || (s.size() != 4 && s.size() != 7 && s.size() != 10) || (s.size() >= 7 && r->m == 0) ||
      (s.size() == 10 && r->d == 0)) {
    return std::nullopt;
  }
  return r;
}

std::string DateValue(int y, int m, int d) {
  char buf[32];
  if (y >= 0 && y <= 9999 && m >= 0 && m <= 99 && d >= 0 && d <= 99) {
    // The common case without printf: "2025", "2025-01", "2025-01-24".
    auto two = [](char* p, int v) {
      p[0] = static_cast<char>('0' + v / 10);
      p[1] = static_cast<char>('0' + v % 10);
    };
    two(buf, y / 100);
    two(buf + 2, y % 100);
    size_t n = 4;
    if (m != 0) {
      buf[4] = '-';
      two(buf + 5, m);
      n = 7;
      if (d != 0) {
        buf[7] = '-';
        two(buf + 8, d);
        n = 10;
      }
    }
    return std::string(buf, n);
  }
  if (m == 0) {
    std::snprintf(buf, sizeof buf, "%04d", y);
  } else if (d == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  }
  return buf;
}

namespace {
// The year's value (DateValue: "%04d"), then `tag` and `v` in at least
// `width` digits: "2025-W04", "2025-Q1". Without printf for 0 <= v <= 99.
std::string YearAndPart(int y, const char* tag, int v, int width) {
  if (v < 0 || v > 99) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%s%0*d", y, tag, width, v);
    return buf;
  }
  std::string out = DateValue(y);
  out += tag;
  if (v >= 10 || width == 2) {
    out += static_cast<char>('0' + v / 10);
  }
  out += static_cast<char>('0' + v % 10);
  return out;
}
}  // namespace

std::string WeekValue(const Ymd& a) {
  int y = 0;
  int w = 0;
  IsoWeek(a, &y, &w);
  return YearAndPart(y, "-W", w, 2);
}

std::string QuarterValue(int y, int q) { return YearAndPart(y, "-Q", q, 1); }

}  // namespace claimgraph::calendar
