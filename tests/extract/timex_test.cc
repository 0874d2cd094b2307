#include "extract/timex.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "base/calendar.h"
#include "project_texts.h"
#include "text/text.h"

namespace claimgraph::extract {
namespace {

struct Found {
  std::string text;
  std::string value;
  model::TimexType type;
  std::string mod;
};

class TimexTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = kb::KnowledgeBase::LoadTurtle({});
    ASSERT_TRUE(loaded.ok());
    kb_ = new std::shared_ptr<const kb::KnowledgeBase>(*loaded);
  }
  std::vector<Found> Tag(std::string_view published, std::string_view text) {
    model::Document doc;
    doc.published = std::string(published);
    doc.text = std::string(text);
    TimeTagger tagger(**kb_);
    auto layer = text::Segment(doc.text);
    std::vector<Found> out;
    auto found = tagger.Tag(doc, layer);
    for (const auto& t : found) {
      out.push_back({doc.text.substr(t.span.begin, t.span.size()), t.value, t.type, t.mod});
    }
    // Every case also checks that the filters passing over tokens change
    // nothing: the same expressions when every token is tried.
    ExpectSameAsEveryToken(doc, layer, found);
    return out;
  }
  static void ExpectSameAsEveryToken(const model::Document& doc, const model::TextLayer& layer,
                                     const std::vector<model::TimeExpr>& found) {
    TimeTagger every(**kb_, /*try_every_token=*/true);
    auto all = every.Tag(doc, layer);
    ASSERT_EQ(all.size(), found.size()) << "in: " << doc.text;
    for (size_t i = 0; i < all.size(); ++i) {
      EXPECT_EQ(all[i].span.begin, found[i].span.begin) << doc.text;
      EXPECT_EQ(all[i].span.end, found[i].span.end) << doc.text;
      EXPECT_EQ(all[i].value, found[i].value) << doc.text;
      EXPECT_EQ(all[i].mod, found[i].mod) << doc.text;
      EXPECT_EQ(all[i].type, found[i].type) << doc.text;
    }
  }
  // The value of the only expression found, or "" when there is not exactly one.
  std::string One(std::string_view published, std::string_view text, std::string* span = nullptr) {
    auto found = Tag(published, text);
    if (found.size() != 1) {
      return "";
    }
    if (span) {
      *span = found[0].text;
    }
    return found[0].value;
  }
  // The value of the last of exactly `count` expressions found, or "".
  std::string Last(std::string_view published, std::string_view text, size_t count) {
    auto found = Tag(published, text);
    EXPECT_EQ(found.size(), count) << text;
    return found.size() == count ? found.back().value : "";
  }
  // Expects exactly one expression in text, with this value and extent.
  void ExpectOne(std::string_view published, std::string_view text, std::string_view value,
                 std::string_view extent) {
    std::string span;
    EXPECT_EQ(One(published, text, &span), value) << text;
    EXPECT_EQ(span, extent) << text;
  }
  static std::shared_ptr<const kb::KnowledgeBase>* kb_;
};
std::shared_ptr<const kb::KnowledgeBase>* TimexTest::kb_ = nullptr;

TEST(Calendar, WeekdaysAndIsoWeeks) {
  EXPECT_EQ(calendar::Weekday({2025, 1, 24}), 5);  // a Friday
  EXPECT_EQ(calendar::WeekValue({2025, 1, 24}), "2025-W04");
  EXPECT_EQ(calendar::WeekValue({2021, 1, 2}), "2020-W53");
  calendar::Ymd d = calendar::AddDays({2024, 12, 30}, 3);
  EXPECT_EQ(calendar::DateValue(d.y, d.m, d.d), "2025-01-02");
  EXPECT_FALSE(calendar::ParseIso("24/01/2025").has_value());
  EXPECT_EQ(calendar::ParseIso("2025-02")->m, 2);
}

TEST(Calendar, ExactIsoFormsOnly) {
  EXPECT_EQ(calendar::ParseIsoExact("2025")->m, 0);
  EXPECT_EQ(calendar::ParseIsoExact("2025-02")->m, 2);
  EXPECT_EQ(calendar::ParseIsoExact("2024-02-29")->d, 29);
  for (const char* bad : {"", "2025-", "2025-1", "2025-13", "2025-02-30", "2025-02-1",
                          "2025-01-24T10:30", "2025x", "25-01-24"}) {
    EXPECT_FALSE(calendar::ParseIsoExact(bad).has_value()) << bad;
  }
  // The lenient form reads the date before a time.
  EXPECT_EQ(calendar::ParseIso("2025-01-24T10:30")->d, 24);
}

TEST_F(TimexTest, WrittenDatesInEveryCommonForm) {
  EXPECT_EQ(One("2025-03-01", "The talks began on January 24, 2025 in Geneva."), "2025-01-24");
  EXPECT_EQ(One("2025-03-01", "The talks began on 24 January 2025 in Geneva."), "2025-01-24");
  EXPECT_EQ(One("2025-03-01", "The talks began on Jan. 24 in Geneva."), "2025-01-24");
  EXPECT_EQ(One("2025-03-01", "The log is dated 2025-01-24 at the top."), "2025-01-24");
  EXPECT_EQ(One("2025-03-01", "The log is dated 1/24/2025 at the top."), "2025-01-24");
  EXPECT_EQ(One("2025-03-01", "The war of 1950 left scars."), "1950");
  EXPECT_EQ(One("2025-03-01", "Prices fell in the 1990s."), "199X");
}

TEST_F(TimexTest, WeekdaysFollowTheTenseOfTheirVerb) {
  // 2025-01-24 is a Friday.
  std::string span;
  EXPECT_EQ(One("2025-01-22", "Officials said on Friday that the convoy left.", &span),
            "2025-01-17");
  EXPECT_EQ(span, "Friday");  // "on" stays outside, as in TempEval
  EXPECT_EQ(One("2025-01-22", "The convoy will arrive on Friday, officials hope."), "2025-01-24");
  EXPECT_EQ(One("2025-01-24", "The ministry announced the deal on Friday."), "2025-01-24");
  EXPECT_EQ(One("2025-01-24", "The ministry announced the deal Wednesday."), "2025-01-22");
}

// The tense words are read off the word table's records (TenseMark bits
// that TimeTagger::AddWords sets from its lists): each list, the first list
// naming a word deciding, and a word in none.
TEST_F(TimexTest, TenseWordsFromTheirRecords) {
  // 2025-01-22 is a Wednesday.
  EXPECT_EQ(One("2025-01-22", "The vote is expected Friday."), "2025-01-24");  // future first
  EXPECT_EQ(One("2025-01-22", "The convoy rallied Friday."), "2025-01-17");    // "-ed", no list
  EXPECT_EQ(One("2025-01-22", "The convoy left Friday."), "2025-01-17");       // a past form
  EXPECT_EQ(One("2025-01-22", "The troops will join allied units Friday."), "2025-01-24");
  EXPECT_EQ(One("2025-01-22", "The crew is ready to sail Friday."), "2025-01-24");  // intent
  EXPECT_EQ(One("2025-01-22", "The crew is keen to sail Friday."), "2025-01-17");
}

TEST_F(TimexTest, TenseMarkersInContext) {
  // 2025-01-22 is a Wednesday.
  EXPECT_EQ(One("2025-01-22", "The ferry is to resume its crossings from the port Friday."),
            "2025-01-24");
  EXPECT_EQ(One("2025-01-22", "The council agreed to hold a second vote Friday."), "2025-01-24");
  EXPECT_EQ(One("2025-01-22", "The mayor could not be reached for comment Tuesday."), "2025-01-21");
  EXPECT_EQ(One("2025-01-22", "On Monday, the union plans to stage a walkout at the plant."),
            "2025-01-27");
  EXPECT_EQ(One("2025-01-22", "On Monday, the union set aside its vacation plans for the strike."),
            "2025-01-20");
  EXPECT_EQ(One("2025-01-22", "The hearing was postponed until Thursday."), "2025-01-23");
  EXPECT_EQ(One("2025-01-22", "He said she could have left Monday."), "2025-01-20");
  EXPECT_EQ(One("2025-01-22", "The permit had been due to expire Friday evening."),
            "2025-01-17TEV");
  // Month and day: a dividend is paid ahead, a plan was announced behind.
  EXPECT_EQ(One("1999-10-26", "The dividend is payable Jan. 3 to holders."), "2000-01-03");
  EXPECT_EQ(One("1999-10-26", "The bank announced the plan Aug. 19."), "1999-08-19");
  EXPECT_EQ(One("1999-02-10", "A summit would still be held in the capital on April 24."),
            "1999-04-24");
}

TEST_F(TimexTest, MonthsAndModifiers) {
  EXPECT_EQ(One("2025-01-24", "The unit was moved in December."), "2024-12");
  EXPECT_EQ(One("2025-01-24", "The unit will be moved in March."), "2025-03");
  auto found = Tag("2025-02-14", "Losses mounted in mid-January, the report said.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "2025-01");
  EXPECT_EQ(found[0].mod, "MID");
  found = Tag("2024-12-23", "No balloons were sent since late November.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "late November");
  EXPECT_EQ(found[0].value, "2024-11");
  EXPECT_EQ(found[0].mod, "END");
  EXPECT_EQ(One("2025-01-24", "Two tests were held in January of this year."), "2025-01");
  EXPECT_EQ(One("2024-12-23", "A fence is planned towards the end of the year."), "2024-12");
}

TEST_F(TimexTest, MonthCommaYear) {
  ExpectOne("1999-10-26", "Sales fell the most since July, 1984.", "1984-07", "July, 1984");
  ExpectOne("1999-10-26", "The bond is due by May, 2003.", "2003-05", "May, 2003");
}

TEST_F(TimexTest, AYearEarlierThanTheMonthOfTheSentence) {
  EXPECT_EQ(Last("1999-03-12", "Sales in February rose four pct from a year earlier.", 2),
            "1998-02");
  EXPECT_EQ(Last("1999-03-12", "Exports fell in January from December and from a year earlier.", 3),
            "1998-01");
  EXPECT_EQ(
      Last("1999-03-12", "Orders were flat in January, above those in February a year ago.", 3),
      "1998-02");
  EXPECT_EQ(
      Last("1999-03-12", "Output rose after a fall in January and was flat from a year ago.", 2),
      "1998");
}

TEST_F(TimexTest, DayInWordsAfterAMonth) {
  ExpectOne("1999-03-02", "The dividend is payable April nine to holders.", "1999-04-09",
            "April nine");
  ExpectOne("1999-03-02", "Bids are due no later than March one.", "1999-03-01", "March one");
  ExpectOne("1999-03-02", "In March two companies merged.", "1999-03", "March");
}

TEST_F(TimexTest, ModalMayIsNoMonth) {
  EXPECT_TRUE(Tag("2025-01-24", "The North may send more troops, analysts warn.").empty());
  EXPECT_EQ(One("2024-12-23", "Launches have continued since May, the military said."), "2024-05");
}

TEST_F(TimexTest, RelativeYearsMonthsAndDays) {
  std::string span;
  EXPECT_EQ(One("2025-01-24", "He visited Pyongyang last year.", &span), "2024");
  EXPECT_EQ(span, "last year");
  EXPECT_EQ(One("2024-12-23", "More launches are expected next year."), "2025");
  EXPECT_EQ(One("2024-12-23", "The pact took effect this month."), "2024-12");
  EXPECT_EQ(One("2025-01-24", "The report came out yesterday."), "2025-01-23");
  EXPECT_EQ(One("2025-01-24", "Troops are now in Kursk."), "PRESENT_REF");
  EXPECT_EQ(One("2025-01-24", "Missiles were tested by 2025, he said."), "2025");
  EXPECT_EQ(One("2024-03-15", "The plant closed last week."), "2024-W10");
}

TEST_F(TimexTest, Durations) {
  std::string span;
  EXPECT_EQ(One("2025-01-24", "The fighting lasted four months."), "P4M");
  EXPECT_EQ(One("2025-01-24", "They fought for approximately three weeks.", &span), "P3W");
  EXPECT_EQ(span, "approximately three weeks");
  EXPECT_EQ(One("2025-01-24", "More are expected within the next two months.", &span), "P2M");
  EXPECT_EQ(span, "the next two months");
  EXPECT_EQ(One("2025-01-24", "The border stayed shut for a decade."), "P10Y");
  EXPECT_EQ(One("2025-01-24", "It was a four-day visit."), "P4D");
  EXPECT_EQ(One("2025-01-24", "A 10-hour search followed."), "PT10H");
}

TEST_F(TimexTest, HalvesMoreAndCenturies) {
  std::string span;
  EXPECT_EQ(One("2001-05-02", "The camp stood for 3 1/2 years."), "P3Y6M");
  EXPECT_EQ(One("2001-05-02", "The search took 4 1/2 hours."), "PT4H30M");
  EXPECT_EQ(One("2001-05-02", "It lasted a minute and a half.", &span), "PT1M30S");
  EXPECT_EQ(span, "a minute and a half");
  EXPECT_EQ(One("2001-05-02", "The lease runs for ten more years.", &span), "P10Y");
  EXPECT_EQ(span, "ten more years");
  EXPECT_EQ(One("2001-05-02", "A 12th century chapel was restored."), "11");
  EXPECT_EQ(One("2001-05-02", "It shaped the 19th century, he wrote."), "18");
}

TEST_F(TimexTest, RecentStretchesPastDecadeAndShortDecades) {
  EXPECT_EQ(One("2009-05-02", "Sales have slipped in recent years."), "PXY");
  EXPECT_EQ(One("2009-05-02", "Prices climbed in recent weeks."), "PXW");
  EXPECT_EQ(One("2009-05-02", "Crime fell over the past decade."), "P10Y");
  EXPECT_EQ(One("2009-05-02", "Crime fell in the last decade."), "199");
  ExpectOne("2009-05-02", "Crime fell in the mid-1990s.", "199", "the mid-1990s");
  EXPECT_TRUE(Tag("2009-05-02", "Unemployment is in the mid-30s, he said.").empty());
  auto found = Tag("2009-05-02", "Their songs of the '70s and 80s still sell. She is in her 80s.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].value, "197");
  EXPECT_EQ(found[1].value, "198");
}

TEST_F(TimexTest, YearsInWords) {
  EXPECT_EQ(One("1998-02-27", "In nineteen eighty-two the mill closed."), "1982");
  EXPECT_EQ(One("1998-02-27", "It reopened in March nineteen ninety-one."), "1991-03");
  EXPECT_EQ(One("1998-02-27", "They aim to finish by the year two thousand."), "2000");
  EXPECT_TRUE(Tag("1998-02-27", "About nineteen ninety tons were shipped.").empty());
}

TEST_F(TimexTest, AgoCountsBackFromPublication) {
  std::string span;
  EXPECT_EQ(One("2025-01-24", "The base opened three years ago.", &span), "2022");
  EXPECT_EQ(span, "three years ago");
}

TEST_F(TimexTest, QuartersSeasonsAndClockTimes) {
  EXPECT_EQ(One("1999-10-30", "Profit rose in the third quarter."), "1999-Q3");
  EXPECT_EQ(One("1999-10-30", "Third-quarter profit rose."), "1999-Q3");
  EXPECT_EQ(One("1999-10-30", "The deal closes this summer, the firm said."), "1999-SU");
  EXPECT_EQ(One("1999-10-30", "The blast happened at 10:35 a.m. local time."), "1999-10-30T10:35");
}

TEST_F(TimexTest, FinancialPeriodsFollowTheReportedQuarter) {
  // Published in the fourth quarter, reporting on the third.
  auto found = Tag("1999-10-28",
                   "Profit rose in the third quarter. The latest period was strong, and sales "
                   "beat those of the same period last year. In the year-ago second quarter "
                   "the firm lost money. This year's first quarter was weak. The 1998 period "
                   "was better than the 1998 fourth quarter.");
  std::vector<std::string> values;
  for (const auto& f : found) {
    values.push_back(f.text + "=" + f.value);
  }
  EXPECT_EQ(values, (std::vector<std::string>{
                        "the third quarter=1999-Q3", "The latest period=1999-Q3",
                        "the same period last year=1998-Q3", "the year-ago second quarter=1998-Q2",
                        "This year's first quarter=1999-Q1", "The 1998 period=1998-Q3",
                        "the 1998 fourth quarter=1998-Q4"}));
  // An earlier quarter named after the reported one does not replace it.
  found = Tag("1999-11-01",
              "Lindby's third-quarter profit rose after a flat second quarter. Costs were lower "
              "than a year ago.");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[2].value, "1998-Q3");
  // A quarter still ahead is no reference for "a year ago": the year stays.
  found = Tag("1999-10-28", "Sales should rise in the fourth quarter from a year ago.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].value, "1998");
}

TEST_F(TimexTest, CurrentAndFullYearsAndYearlyMonths) {
  std::string span;
  EXPECT_EQ(One("1999-10-28", "The firm sees growth in the current fiscal year.", &span), "1999");
  EXPECT_EQ(span, "the current fiscal year");
  EXPECT_EQ(One("1999-10-28", "Margins held for the full year.", &span), "1999");
  EXPECT_EQ(span, "the full year");
  EXPECT_EQ(One("1999-10-28", "Pilgrims gather there each August."), "XXXX-08");
}

TEST_F(TimexTest, WithoutPublicationDateRelativeValuesStayOpen) {
  EXPECT_EQ(One("", "The convoy left on Friday."), "XXXX-WXX-5");
  EXPECT_EQ(One("", "The war of 1950 left scars."), "1950");
  EXPECT_EQ(One("", "It lasted four months."), "P4M");
  EXPECT_EQ(One("", "Prices rose last year."), "PAST_REF");
  EXPECT_EQ(One("", "The plant opens next month."), "FUTURE_REF");
}

TEST_F(TimexTest, NumbersThatAreNotYearsOrTimes) {
  EXPECT_TRUE(Tag("2025-01-24", "About 2000 troops and 1,100 tanks moved.").empty());
  EXPECT_TRUE(Tag("2025-01-24", "It costs $5 a year, or 1500 euros.").empty());
}

TEST_F(TimexTest, HolidaysNightsAndYearRanges) {
  EXPECT_EQ(One("1999-11-20", "Families will gather on Thanksgiving Day."), "1999-11-25");
  EXPECT_EQ(One("1999-11-20", "Shops expect crowds before Christmas."), "1999-12-25");
  EXPECT_EQ(One("1998-09-07", "Shots were heard last night."), "1998-09-06TNI");
  auto found = Tag("1998-09-07", "He drove from 1991 to 1997 without a licence.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].value, "1991");
  EXPECT_EQ(found[1].value, "1997");
  EXPECT_EQ(One("1998-12-07", "Talks collapsed in late-November."), "1998-11");
}

TEST_F(TimexTest, ClockTimeWithADay) {
  std::string span;
  EXPECT_EQ(One("1998-02-13", "The vote is set for noon Thursday.", &span), "1998-02-12T12:00");
  EXPECT_EQ(span, "noon Thursday");
}

TEST_F(TimexTest, ClockTimeWithADate) {
  std::string span;
  EXPECT_EQ(One("1999-11-02", "Bids close at 5 p.m. EST Nov. 9, the bank said.", &span),
            "1999-11-09T17:00");
  EXPECT_EQ(span, "5 p.m. EST Nov. 9");
}

TEST_F(TimexTest, PossessiveStaysOutsideTheSpan) {
  std::string span;
  EXPECT_EQ(One("1989-10-30", "But Friday's trading was calm, they said.", &span), "1989-10-27");
  EXPECT_EQ(span, "Friday");
}

// The project's own articles and test inputs, tagged with the filters on and
// with every token tried: the same expressions (a pattern that a filter
// hides would show here first).
TEST_F(TimexTest, FiltersPassOverNothingInTheProjectsArticles) {
  const auto docs = testing_texts::ProjectTexts();
  ASSERT_GE(docs.size(), 5u);
  size_t expressions = 0;
  for (const model::Document& doc : docs) {
    auto layer = text::Segment(doc.text);
    auto found = TimeTagger(**kb_).Tag(doc, layer);
    expressions += found.size();
    ExpectSameAsEveryToken(doc, layer, found);
  }
  EXPECT_GE(expressions, 20u);
}

// Hedged spans open with a word that is passed over elsewhere ("at", "up",
// "more", "a"): they must still be found, with their modifiers.
TEST_F(TimexTest, HedgedDurationsOpenWithTheirHedge) {
  auto found = Tag("2024-05-10",
                   "The talks lasted at least three weeks. Prices hold for at most 90 days. "
                   "The fund has up to two years left and ran more than six months late. "
                   "It took less than a week, a few days, a couple of hours and about a month. "
                   "At least one quarter was lost, the third quarter, he said at noon.");
  std::vector<std::string> spans;
  for (const auto& f : found) {
    spans.push_back(f.text + "=" + f.value + (f.mod.empty() ? "" : "/" + f.mod));
  }
  const std::vector<std::string> expected = {"at least three weeks=P3W/EQUAL_OR_MORE",
                                             "at most 90 days=P90D/EQUAL_OR_LESS",
                                             "up to two years=P2Y/EQUAL_OR_LESS",
                                             "more than six months=P6M/MORE_THAN",
                                             "less than a week=P1W/LESS_THAN",
                                             "a few days=PXD",
                                             "a couple of hours=PT2H",
                                             "about a month=P1M/APPROX",
                                             "At least one quarter=P3M/EQUAL_OR_MORE",
                                             "the third quarter=2023-Q3",
                                             "noon=2024-05-10T12:00"};
  EXPECT_EQ(spans, expected);
}

TEST_F(TimexTest, ExtentsOfFiscalYearsOrdinalStretchesAndAdjectives) {
  std::string span;
  EXPECT_EQ(One("2001-11-02", "Sales rose 4% in fiscal 2000, the bakery said.", &span), "2000");
  EXPECT_EQ(span, "fiscal 2000");
  EXPECT_EQ(One("2001-11-02", "Profit doubled in the first six months.", &span), "P6M");
  EXPECT_EQ(span, "the first six months");
  EXPECT_EQ(One("2001-11-02", "The bakery posted the third-quarter loss.", &span), "2001-Q3");
  EXPECT_EQ(span, "third-quarter");
  EXPECT_EQ(One("2001-11-02", "Workers began the 30-day strike.", &span), "P30D");
  EXPECT_EQ(span, "30-day");
  EXPECT_EQ(One("2001-11-02", "Debts are to halve by the year two thousand.", &span), "2000");
  EXPECT_EQ(span, "the year two thousand");
  EXPECT_EQ(One("2001-11-02", "Debts are to halve by the year 2005.", &span), "2005");
  EXPECT_EQ(span, "the year 2005");
  EXPECT_EQ(One("2001-11-02", "The sale should close by year-end.", &span), "2001-12-31");
  EXPECT_EQ(span, "year-end");
  EXPECT_EQ(One("2001-11-02", "Sales are up 3% since year end.", &span), "2000-12-31");
  EXPECT_EQ(span, "year end");
  EXPECT_TRUE(Tag("2001-11-02", "The year-end bonus was cut.").empty());
  EXPECT_EQ(One("2001-11-02", "Debt fell by year-end 1999.", &span), "1999-12-31");
  EXPECT_EQ(span, "year-end 1999");
  EXPECT_EQ(One("2001-11-02", "The ovens ran for only six hours.", &span), "PT6H");
  EXPECT_EQ(span, "six hours");
  auto found = Tag("2001-11-02", "The mill will close at the end of the year.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "the end of the year");
  EXPECT_EQ(found[0].value, "2001");
  EXPECT_EQ(found[0].mod, "END");
  // The year with its modifier, as "the end of 2002"; the month only when
  // the anchor already lies in the part named.
  found = Tag("2003-05-12", "Prices fell at the beginning of the year, traders said.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].value, "2003");
  EXPECT_EQ(found[0].mod, "START");
  EXPECT_EQ(One("2003-05-12", "The plant should reopen by the end of this year."), "2003");
  EXPECT_EQ(One("2003-01-09", "Prices fell at the start of the year."), "2003-01");
}

TEST_F(TimexTest, HalfYears) {
  std::string span;
  EXPECT_EQ(One("2011-04-20", "Copper output fell in the first half of 2009.", &span), "2009-H1");
  EXPECT_EQ(span, "the first half of 2009");
  EXPECT_EQ(One("2011-04-20", "Output should rise in the second half of this year.", &span),
            "2011-H2");
  EXPECT_EQ(span, "the second half of this year");
  EXPECT_EQ(One("2011-04-20", "Output rose in the last half of last year."), "2010-H2");
  EXPECT_TRUE(Tag("2011-04-20", "The first half of the match was dull.").empty());
}

TEST_F(TimexTest, SamePeriodAfterAMonth) {
  // "the same period last year" after a month named in the sentence: that
  // month a year back; after a quarter, the quarter; otherwise the year.
  auto found = Tag("2011-04-20", "Tin exports rose 8% in March from the same period last year.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].text, "the same period last year");
  EXPECT_EQ(found[1].value, "2010-03");
  found = Tag("2011-04-20", "Tin exports rose in March against the same month a year earlier.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].value, "2010-03");
  found =
      Tag("2011-04-20", "Tin exports in the six months to March beat the same period last year.");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[2].value, "2010");
  found = Tag("2011-04-20", "Tin exports in January and February beat the same period last year.");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[2].value, "2010");
}

TEST_F(TimexTest, TenseBeyondAdjectivesAndPassives) {
  // An "-ed" adjective is no past verb: the payment lies ahead.
  EXPECT_EQ(One("2001-10-26", "It would be paid on a still unannounced date in January."),
            "2002-01");
  // A passive with a long object still takes the modal before "be".
  EXPECT_EQ(One("2001-03-05",
                "The pilot will be named captain of the new long-range survey ship for a "
                "voyage in December."),
            "2001-12");
  // A day a week back after a weak future marker stays this year's.
  EXPECT_EQ(One("2001-08-18", "They would rebuild the bridge that the Aug. 9 flood swept away."),
            "2001-08-09");
  // "since late May" lies behind.
  EXPECT_EQ(One("2001-12-20", "Barges have sailed empty since late May."), "2001-05");
  // A deadline with a clock time lies ahead; the next quarter is this year's.
  EXPECT_EQ(One("2001-04-02", "The bank has until 10 a.m. Thursday to answer."),
            "2001-04-05T10:00");
  EXPECT_EQ(One("2001-03-12", "The plan is hoped to be approved by the council in October."),
            "2001-10");
}

// A number opens an expression only with the token its pattern reads right
// after it; the filter that passes over the others ("15 pct", "two of them")
// finds what trying every token finds (Tag checks it).
TEST_F(TimexTest, NumbersOpenOnlyBeforeTheirPatternsNextToken) {
  auto found = Tag("2025-01-24",
                   "Sales rose 15 pct in the 12 months to 10:30 on the 24th of January, after "
                   "two of the 3 plants closed at 4 p.m. for 20 more years, then a 10-hour "
                   "shift on 1/24/2025 and 2 1/2 days in the 70s; two weeks, two thousand.");
  std::vector<std::string> texts;
  for (const auto& f : found) {
    texts.push_back(f.text);
  }
  EXPECT_EQ(texts, (std::vector<std::string>{"the 12 months", "10:30", "24th of January", "4 p.m.",
                                             "20 more years", "10-hour", "1/24/2025", "2 1/2 days",
                                             "70s", "two weeks"}));
}

TEST_F(TimexTest, AnUnreadablePublicationDateGivesWayToTheDateline) {
  auto found = Tag("05-04-2003",
                   "Ferry traffic halted\n\nApril 05, 2003\n\nThe ferries stopped last month, "
                   "and the port reopens in June.");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].value, "2003-04-05");
  EXPECT_EQ(found[1].value, "2003-03");
  EXPECT_EQ(found[2].value, "2003-06");
}

TEST_F(TimexTest, VagueStretchesAheadAndNow) {
  std::string span;
  // "the short term" as a noun phrase is the time ahead; as an adjective it is none.
  EXPECT_EQ(One("2025-01-24", "Lindby will gain in the short term, Jane Roe said.", &span),
            "FUTURE_REF");
  EXPECT_EQ(span, "the short term");
  EXPECT_EQ(One("2025-01-24", "Norvane Optics Corp will stay in Lindby for the long term.", &span),
            "FUTURE_REF");
  EXPECT_EQ(span, "the long term");
  EXPECT_TRUE(Tag("2025-01-24", "Norvane Optics Corp repaid the long term debt.").empty());
  EXPECT_TRUE(Tag("2025-01-24", "Norvane Optics Corp sold its long-term bonds.").empty());
  EXPECT_EQ(One("2025-01-24", "Ferries to Lindby are full these days.", &span), "PRESENT_REF");
  EXPECT_EQ(span, "these days");
  EXPECT_EQ(One("2025-01-24", "Lindby expects more rain in the weeks ahead.", &span), "PXW");
  EXPECT_EQ(span, "the weeks ahead");
  EXPECT_EQ(One("2025-01-24", "Sales should rise throughout the fiscal year.", &span), "P1Y");
  EXPECT_EQ(span, "the fiscal year");
  EXPECT_TRUE(Tag("2025-01-24", "Taxes rise over the fiscal year period ahead.").empty());
}

TEST_F(TimexTest, ThatYearIsTheYearWrittenLast) {
  auto found = Tag("2025-01-24",
                   "Jane Roe joined Norvane Optics Corp in March 2019 and left the following "
                   "year. Sales doubled that year. She came back later that year.");
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[1].text, "the following year");
  EXPECT_EQ(found[1].value, "2020");
  EXPECT_EQ(found[2].text, "that year");
  EXPECT_EQ(found[2].value, "2020");
  EXPECT_EQ(found[3].text, "later that year");
  EXPECT_EQ(found[3].value, "2020");
  // A year of comparison is not the one told of.
  found =
      Tag("2025-01-24", "Lindby grew in 1984, the most since 1974. It fell the following year.");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[2].value, "1985");
  // Without a year written before it, "that year" is left out.
  EXPECT_TRUE(Tag("2025-01-24", "Sales in Lindby doubled that year.").empty());
}

TEST_F(TimexTest, PluralUnitLongIsAnOpenDuration) {
  std::string span;
  EXPECT_EQ(One("2025-01-24", "Lindby ended its decades-long feud with Norvane.", &span), "PXY");
  EXPECT_EQ(span, "decades-long");
  EXPECT_EQ(One("2025-01-24", "The months-long strike in Lindby ended.", &span), "PXM");
  EXPECT_EQ(span, "months-long");
  EXPECT_EQ(One("2025-01-24", "Over the years, Lindby grew.", &span), "PXY");
  EXPECT_EQ(span, "the years");
  EXPECT_EQ(One("2025-01-24", "Lindby grew over the years 2001 to 2004.", &span), "");
}

TEST_F(TimexTest, MonthWithoutTenseIsTheLatestOneUnlessCloseAhead) {
  // No verb to read: a month well behind publication is this year's, not
  // next year's; one just ahead stays this year's.
  EXPECT_EQ(One("2025-10-28", "From a low in March, prices in Lindby climb to a high."), "2025-03");
  EXPECT_EQ(One("2025-10-20", "Lindby's new ferry in November: a first for the town."), "2025-11");
  // "by" with no verb to read sets a deadline ahead.
  EXPECT_EQ(One("2025-10-30", "Lindby's goal is a smaller loan by May."), "2026-05");
  // A possessive after "by" is an agent, no deadline.
  EXPECT_EQ(One("2025-03-11", "The shortage has been made worse by December's rush."), "2024-12");
}

TEST_F(TimexTest, PlannedToLooksAhead) {
  // 2025-09-30 is a Tuesday.
  EXPECT_EQ(One("2025-09-30", "The team planned to leave Lindby on Thursday."), "2025-10-02");
}

TEST_F(TimexTest, CapitalisedUnitsAndMarchesAreNames) {
  EXPECT_TRUE(Tag("2025-01-24", "The minister spoke on \"This Week\" about the budget.").empty());
  EXPECT_TRUE(Tag("2025-01-24", "She told the \"90 Minutes\" show she would run.").empty());
  EXPECT_TRUE(Tag("2025-05-24", "Thousands joined the annual March for Peace in Lindby.").empty());
  EXPECT_TRUE(Tag("2025-05-24", "They led the \"March of the Farmers\" to Lindby.").empty());
  EXPECT_EQ(One("2025-05-24", "Prices in Lindby rose in March for the third month."), "2025-03");
  EXPECT_EQ(One("2025-01-24", "This week the council met."), "2025-W04");
  EXPECT_EQ(One("2025-01-24", "The ferry sank on Thanksgiving Day."), "2024-11-28");
  EXPECT_EQ(One("2025-01-24", "RAIN FELL IN LINDBY OVER THE PAST 72 HOURS."), "PT72H");
}

TEST_F(TimexTest, DailyBeforeANameIsANewspaper) {
  EXPECT_TRUE(Tag("2025-01-24", "The business daily Lindby Post quoted the minister.").empty());
  EXPECT_TRUE(Tag("2025-01-24", "The tax rises, the daily said, would hit farmers.").empty());
  EXPECT_TRUE(Tag("2025-01-24", "The news weekly Rundschau printed the letter.").empty());
  ExpectOne("2025-01-24", "The ferry crosses to Lindby daily.", "P1D", "daily");
  ExpectOne("2025-01-24", "Farmers gather daily outside the mill.", "P1D", "daily");
  EXPECT_TRUE(Tag("2025-01-24", "The minister told the Lindby Daily he would stay.").empty());
  ExpectOne("2025-01-24", "The airline will fly three daily Lindby flights.", "P1D", "daily");
  ExpectOne("2025-01-24", "The bond pays interest annually in cash.", "P1Y", "annually");
}

TEST_F(TimexTest, CurrentAccountsAndTwentyFourHourClocksAreNoTimes) {
  EXPECT_TRUE(Tag("2025-01-24", "Lindby posted a current account surplus.").empty());
  EXPECT_TRUE(Tag("2025-01-24", "Orders must arrive by 1530 hrs.").empty());
  EXPECT_TRUE(Tag("2025-01-24", "The offer expires at 1630 EST/2130 gmt.").empty());
  EXPECT_EQ(One("2025-01-24", "The current talks are stalled."), "PRESENT_REF");
  EXPECT_EQ(One("2025-01-24", "The bridge opened in 1990 to traffic."), "1990");
}

TEST_F(TimexTest, SoonIsATimeAheadOnlyAlone) {
  ExpectOne("2025-01-24", "The council will soon decide on the bridge.", "FUTURE_REF", "soon");
  ExpectOne("2025-01-24", "The mayor wants a vote \"very soon\".", "FUTURE_REF", "very soon");
  EXPECT_TRUE(Tag("2025-01-24", "The ferry leaves as soon as the bridge opens.").empty());
  EXPECT_TRUE(Tag("2025-01-24", "The mayor was soon released by the police.").empty());
  EXPECT_TRUE(Tag("2025-01-24", "The protest soon became a riot.").empty());
  EXPECT_TRUE(Tag("2025-01-24", "Soon after the vote, the council resigned.").empty());
}

// Extents and values of single expressions: "the" before a position,
// "earlier"/"later" before a day word, a relative month with its day, the
// week of a day, counted trading days and "an additional year".
TEST_F(TimexTest, ExtentsOfPositionsDayWordsWeeksOfADayAndCountedDays) {
  struct Case {
    const char* published;
    const char* text;
    const char* value;
    const char* extent;
  };
  const Case cases[] = {
      {"2025-01-24", "Lindby grew fast in the late 1970s.", "197X", "the late 1970s"},
      {"2025-10-24", "Orders rose from the lows of the early summer.", "2025-SU",
       "the early summer"},
      {"2025-01-24", "The council met earlier today in Lindby.", "2025-01-24", "earlier today"},
      {"2025-01-24", "Later yesterday the council met again.", "2025-01-23", "Later yesterday"},
      {"1999-04-19", "The plant in Lindby closed last Oct. 23 after a fire.", "1998-10-23",
       "last Oct. 23"},
      {"2025-02-24", "The case may be heard the week of March 6.", "2025-W10",
       "the week of March 6"},
      {"2025-02-24", "Eight trading days later the index had recovered.", "P8D",
       "Eight trading days"},
      {"2025-02-24", "Payment follows within 5 business days.", "P5D", "5 business days"},
      {"2025-02-24", "The loan may be extended for an additional year.", "P1Y",
       "an additional year"},
  };
  for (const Case& c : cases) {
    ExpectOne(c.published, c.text, c.value, c.extent);
  }
}

}  // namespace
}  // namespace claimgraph::extract
