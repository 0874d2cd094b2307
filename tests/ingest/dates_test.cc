#include "ingest/dates.h"

#include <gtest/gtest.h>

namespace claimgraph::ingest {
namespace {

TEST(NormaliseIsoDate, AcceptsDatesMonthsYearsAndDateTimes) {
  EXPECT_EQ(NormaliseIsoDate("2025-01-24"), "2025-01-24");
  EXPECT_EQ(NormaliseIsoDate(" 2025-01-24 "), "2025-01-24");
  EXPECT_EQ(NormaliseIsoDate("2024-12"), "2024-12");
  EXPECT_EQ(NormaliseIsoDate("2025"), "2025");
  EXPECT_EQ(NormaliseIsoDate("2025-01-24T09:30:00Z"), "2025-01-24");
  EXPECT_EQ(NormaliseIsoDate("2024-02-29"), "2024-02-29");
}

TEST(NormaliseIsoDate, RejectsImpossibleOrForeignFormats) {
  EXPECT_EQ(NormaliseIsoDate("2025-02-29"), "");  // not a leap year
  EXPECT_EQ(NormaliseIsoDate("2025-13-01"), "");
  EXPECT_EQ(NormaliseIsoDate("2025-04-31"), "");
  EXPECT_EQ(NormaliseIsoDate("24/01/2025"), "");
  EXPECT_EQ(NormaliseIsoDate("January 24, 2025"), "");
  EXPECT_EQ(NormaliseIsoDate("2025-1-24"), "");
  EXPECT_EQ(NormaliseIsoDate("2025-01-24x"), "");
  EXPECT_EQ(NormaliseIsoDate(""), "");
  EXPECT_EQ(NormaliseIsoDate("2025-00"), "");
  EXPECT_EQ(NormaliseIsoDate("2025-01-00"), "");
  // A date that reads as one is copied, not written again: the year, month
  // and day ranges still hold for each of the three forms.
  EXPECT_EQ(NormaliseIsoDate("0000"), "");
  EXPECT_EQ(NormaliseIsoDate("2025-13"), "");
  EXPECT_EQ(NormaliseIsoDate("0000-01-01"), "");
  EXPECT_EQ(NormaliseIsoDate("1900-02-29"), "");
  EXPECT_EQ(NormaliseIsoDate("2000-02-29 10:00"), "2000-02-29");
}

TEST(DateFromRfc822, ReadsRssPubDates) {
  EXPECT_EQ(DateFromRfc822("Tue, 21 Jan 2025 10:00:00 +0000"), "2025-01-21");
  EXPECT_EQ(DateFromRfc822("Mon, 23 Dec 2024 08:30:00 +0900"), "2024-12-23");
  EXPECT_EQ(DateFromRfc822("4 Feb 2025 10:00 GMT"), "2025-02-04");
  EXPECT_EQ(DateFromRfc822("Sat, 01 March 2025"), "2025-03-01");
  EXPECT_EQ(DateFromRfc822("Wed, 02 Oct 02 08:00:00 EST"), "2002-10-02");
  EXPECT_EQ(DateFromRfc822("Tue, 31 Feb 2025 10:00:00 +0000"), "");
  EXPECT_EQ(DateFromRfc822("yesterday"), "");
  EXPECT_EQ(DateFromRfc822("Mon, 00 Jan 2025"), "");
  EXPECT_EQ(DateFromRfc822("2025-01-21"), "");
}

TEST(DateFromIso8601, ReadsNitfNormAndIso) {
  EXPECT_EQ(DateFromIso8601("20250212T063000+0900"), "2025-02-12");
  EXPECT_EQ(DateFromIso8601("20250212"), "2025-02-12");
  EXPECT_EQ(DateFromIso8601("2025-02-01T14:20:00+02:00"), "2025-02-01");
  EXPECT_EQ(DateFromIso8601("20251312T000000"), "");
  EXPECT_EQ(DateFromIso8601("noon"), "");
  EXPECT_EQ(DateFromIso8601("20250100"), "");
}

}  // namespace
}  // namespace claimgraph::ingest
