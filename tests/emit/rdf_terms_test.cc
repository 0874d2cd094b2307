// IRI minting and literal lexical forms (src/emit/rdf_terms.h).
#include "emit/rdf_terms.h"

#include <gtest/gtest.h>

#include "emit/rdf_vocab.h"

namespace claimgraph::emit {
namespace {

std::string Path(std::string_view s, bool keep_slash) {
  std::string out;
  AppendPathPart(out, s, keep_slash);
  return out;
}

TEST(AppendPathPart, KeepsUnreservedCharacters) {
  EXPECT_EQ(Path("000_68a0-x.y~z", false), "000_68a0-x.y~z");
  EXPECT_EQ(Path("country/north-korea", true), "country/north-korea");
}

TEST(AppendPathPart, EncodesEverythingElseAsUtf8Bytes) {
  EXPECT_EQ(Path("a b", false), "a%20b");
  EXPECT_EQ(Path("a/b", false), "a%2Fb");
  EXPECT_EQ(Path("q\"<>\\{}|^`#?%", false), "q%22%3C%3E%5C%7B%7D%7C%5E%60%23%3F%25");
  EXPECT_EQ(Path("\x01\x7F", false), "%01%7F");
  EXPECT_EQ(Path("caf\xC3\xA9", false), "caf%C3%A9");          // é
  EXPECT_EQ(Path("\xF0\x9F\x98\x80", false), "%F0%9F%98%80");  // U+1F600
  EXPECT_EQ(Path("\xE2\x80\xAE", false), "%E2%80%AE");         // RTL override
}

TEST(AppendPathPart, PercentSignCannotCollideWithAnEncodedName) {
  // "%41" and "A" are different ids and must stay different IRIs.
  EXPECT_NE(Path("%41", false), Path("A", false));
}

TEST(AppendPathPart, DotSegmentsAreEncoded) {
  EXPECT_EQ(Path(".", false), "%2E");
  EXPECT_EQ(Path("..", false), "%2E%2E");
  EXPECT_EQ(Path("a/../b", true), "a/%2E%2E/b");
  EXPECT_EQ(Path("...x", false), "...x");  // not a dot segment
  EXPECT_EQ(Path("a//b", true), "a//b");
}

TEST(IsAbsoluteIri, AcceptsOrdinaryUrls) {
  EXPECT_TRUE(IsAbsoluteIri("https://example.org/a?b=c#d"));
  EXPECT_TRUE(IsAbsoluteIri("urn:isbn:0451450523"));
  EXPECT_TRUE(IsAbsoluteIri("https://example.org/caf%C3%A9"));
  EXPECT_TRUE(IsAbsoluteIri("https://example.org/caf\xC3\xA9"));
  EXPECT_TRUE(IsAbsoluteIri("https://example.org:8080/a;b?c=d&e=f#frag/?"));
  EXPECT_TRUE(IsAbsoluteIri("https://user:pw@example.org/"));
  EXPECT_TRUE(IsAbsoluteIri("mailto:desk@example.org"));
  EXPECT_TRUE(IsAbsoluteIri("https://example.org/\xF0\x9F\x98\x80"));  // U+1F600
}

// What Oxigraph's IRI parser (RFC 3987) refuses must never become an IRI.
TEST(IsAbsoluteIri, RejectsWhatRfc3987Rejects) {
  EXPECT_FALSE(IsAbsoluteIri("http://example.org/a\xC2\x85"));     // U+0085, not ucschar
  EXPECT_FALSE(IsAbsoluteIri("http://example.org/\xEF\xBF\xBE"));  // U+FFFE
  EXPECT_FALSE(IsAbsoluteIri("http://example.org/\xEE\x80\x80"));  // U+E000, private use
  EXPECT_FALSE(IsAbsoluteIri("http://example.org/a#b#c"));
  EXPECT_FALSE(IsAbsoluteIri("http://example.org:port/"));
  EXPECT_FALSE(IsAbsoluteIri("http://[::1/"));
  EXPECT_FALSE(IsAbsoluteIri("http://example.org/[a]"));
  EXPECT_FALSE(IsAbsoluteIri("http://example.org/\xC3"));  // invalid UTF-8
}

TEST(IsAbsoluteIri, RejectsWhatAStrictParserRejects) {
  EXPECT_FALSE(IsAbsoluteIri(""));
  EXPECT_FALSE(IsAbsoluteIri("example.org/a"));  // relative
  EXPECT_FALSE(IsAbsoluteIri("//example.org/a"));
  EXPECT_FALSE(IsAbsoluteIri("1http://x"));  // scheme starts with a letter
  EXPECT_FALSE(IsAbsoluteIri("http:"));
  EXPECT_FALSE(IsAbsoluteIri("http://a b"));
  EXPECT_FALSE(IsAbsoluteIri("http://a/<b>"));
  EXPECT_FALSE(IsAbsoluteIri("http://a/\"b"));
  EXPECT_FALSE(IsAbsoluteIri("http://a/b\\c"));
  EXPECT_FALSE(IsAbsoluteIri("http://a/b\nc"));
  EXPECT_FALSE(IsAbsoluteIri("http://a/b%zz"));
  EXPECT_FALSE(IsAbsoluteIri("http://a/b%4"));
}

TEST(CalendarDatatype, ByShape) {
  EXPECT_STREQ(CalendarDatatype("2025-01-24"), vocab::kXsdDate);
  EXPECT_STREQ(CalendarDatatype("2024-12"), vocab::kXsdGYearMonth);
  EXPECT_STREQ(CalendarDatatype("2025"), vocab::kXsdGYear);
  EXPECT_STREQ(CalendarDatatype("2024-02-29"), vocab::kXsdDate);  // leap year
}

TEST(CalendarDatatype, RejectsMalformedDates) {
  for (const char* bad :
       {"", "25", "2025-1-24", "2025-13", "2025-00-10", "2025-02-29", "1900-02-29", "2025-04-31",
        "2025-01-24T10:00", "0000", "2025/01/24", "Jan 2025", "2025-01-24 "}) {
    EXPECT_EQ(CalendarDatatype(bad), nullptr) << bad;
  }
}

TEST(TimexCalendarValue, TakesTheDayOfATime) {
  std::string_view lex;
  EXPECT_STREQ(TimexCalendarValue("2025-01-24TMO", lex), vocab::kXsdDate);
  EXPECT_EQ(lex, "2025-01-24");
  EXPECT_STREQ(TimexCalendarValue("2024-12", lex), vocab::kXsdGYearMonth);
  EXPECT_EQ(lex, "2024-12");
  for (const char* none : {"P4M", "PRESENT_REF", "2025-W04", "2025-SU", "XXXX-XX-XX", ""}) {
    EXPECT_EQ(TimexCalendarValue(none, lex), nullptr) << none;
    EXPECT_TRUE(lex.empty());
  }
}

TEST(FormatDecimal, NoExponentNoTrailingZeros) {
  std::string s;
  ASSERT_TRUE(FormatDecimal(4000, s));
  EXPECT_EQ(s, "4000");
  ASSERT_TRUE(FormatDecimal(1.5, s));
  EXPECT_EQ(s, "1.5");
  ASSERT_TRUE(FormatDecimal(1.5e6, s));
  EXPECT_EQ(s, "1500000");
  ASSERT_TRUE(FormatDecimal(12e9, s));
  EXPECT_EQ(s, "12000000000");
  ASSERT_TRUE(FormatDecimal(0.1, s));
  EXPECT_EQ(s, "0.1");
  ASSERT_TRUE(FormatDecimal(-0.25, s));
  EXPECT_EQ(s, "-0.25");
  ASSERT_TRUE(FormatDecimal(-0.0, s));
  EXPECT_EQ(s, "0");
  ASSERT_TRUE(FormatDecimal(1e22, s));
  EXPECT_EQ(s.find('e'), std::string::npos);
  EXPECT_FALSE(FormatDecimal(std::numeric_limits<double>::quiet_NaN(), s));
  EXPECT_FALSE(FormatDecimal(std::numeric_limits<double>::infinity(), s));
}

}  // namespace
}  // namespace claimgraph::emit
