// Date normalisation for the readers: every reader stores Document::published
// as "YYYY-MM-DD" (or "YYYY-MM", "YYYY"), whatever the input wrote.
// Internal to src/ingest.
#ifndef CLAIMGRAPH_INGEST_DATES_H_
#define CLAIMGRAPH_INGEST_DATES_H_

#include <string>
#include <string_view>

namespace claimgraph::ingest {

// "2025-01-24", "2025-01", "2025" (checked: month 1-12, day within the
// month); an ISO 8601 date-time ("2025-01-24T09:30:00Z") gives its date.
// Returns "" when `s` is none of these.
std::string NormaliseIsoDate(std::string_view s);

// RFC 822 / RFC 2822 dates as used by RSS pubDate:
// "Tue, 21 Jan 2025 10:00:00 +0000", "21 Jan 2025", "Tue, 21 January 2025".
// The calendar date as written (no time-zone shift). "" when not a date.
std::string DateFromRfc822(std::string_view s);

// NITF and compact ISO 8601: "20250121T100000+0000", "20250121", plus
// everything NormaliseIsoDate reads. "" when not a date.
std::string DateFromIso8601(std::string_view s);

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_INGEST_DATES_H_
