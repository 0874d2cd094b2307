// Proleptic Gregorian calendar arithmetic (days since 1970-01-01, weekdays,
// ISO weeks, TIMEX3 value strings): the time tagger's, and the claim
// stances' day distances (emit/claim_stances.cc).
#ifndef CLAIMGRAPH_BASE_CALENDAR_H_
#define CLAIMGRAPH_BASE_CALENDAR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace claimgraph::calendar {

struct Ymd {
  int y = 0;
  int m = 0;  // 1..12, 0 when unknown
  int d = 0;  // 1..31, 0 when unknown
};

int64_t DaysFromCivil(int y, int m, int d);
Ymd CivilFromDays(int64_t days);
int DaysInMonth(int y, int m);
inline Ymd AddDays(const Ymd& a, int64_t n) {
  return CivilFromDays(DaysFromCivil(a.y, a.m, a.d) + n);
}
// ISO weekday: 1 = Monday ... 7 = Sunday.
int Weekday(const Ymd& a);
// ISO 8601 week-numbering year and week of a date.
void IsoWeek(const Ymd& a, int* year, int* week);

// "2025-01-24", "2025-01", "2025" (the forms of Document::published); nullopt otherwise.
// Text after the form is ignored ("2025-01-24T10:30" is 2025-01-24).
std::optional<Ymd> ParseIso(std::string_view s);
// The same with nothing after the form: exactly "2025", "2025-01" or
// "2025-01-24" (a real month and day); nullopt for "2025-1", "2025-02-30".
std::optional<Ymd> ParseIsoExact(std::string_view s);

// TIMEX3 values.
std::string DateValue(int y, int m = 0, int d = 0);  // "2025", "2025-01", "2025-01-24"
std::string WeekValue(const Ymd& a);                 // "2025-W04"
std::string QuarterValue(int y, int q);              // "2025-Q1"

}  // namespace claimgraph::calendar

#endif  // CLAIMGRAPH_BASE_CALENDAR_H_
