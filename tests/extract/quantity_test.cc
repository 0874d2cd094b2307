#include "extract/quantity.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/extract.h"
#include "extract/quantity_numbers.h"
#include "extract/timex.h"
#include "extract/word_table.h"
#include "extract/words.h"
#include "project_texts.h"
#include "text/text.h"

namespace claimgraph::extract {
namespace {

using model::QuantityQualifier;

struct Found {
  std::string text;
  model::Quantity q;
};

class QuantityTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = kb::KnowledgeBase::LoadTurtle({});
    ASSERT_TRUE(loaded.ok());
    kb_ = new std::shared_ptr<const kb::KnowledgeBase>(*loaded);
  }
  std::vector<Found> Tag(std::string_view text) {
    model::Document doc;
    doc.published = "2025-01-24";
    doc.text = std::string(text);
    auto layer = text::Segment(doc.text);
    auto times = TimeTagger(**kb_).Tag(doc, layer);
    std::vector<Found> out;
    auto found = QuantityTagger(**kb_).Tag(doc, layer, times);
    ExpectSameAsEveryToken(doc, layer, times, found);
    ExpectSameWithStartsFromTimes(doc, layer, found);
    for (auto& q : found) {
      out.push_back({doc.text.substr(q.span.begin, q.span.size()), q});
    }
    return out;
  }
  // What each quantity found in `text` counts, in text order.
  std::vector<std::string> CountsOf(std::string_view text) {
    std::vector<std::string> counts;
    for (const Found& f : Tag(text)) {
      counts.push_back(f.q.counts);
    }
    return counts;
  }
  // Every case also checks that the filters passing over tokens change
  // nothing: the same quantities when every token is tried.
  static void ExpectSameAsEveryToken(const model::Document& doc, const model::TextLayer& layer,
                                     const std::vector<model::TimeExpr>& times,
                                     const std::vector<model::Quantity>& found) {
    auto all = QuantityTagger(**kb_, /*try_every_token=*/true).Tag(doc, layer, times);
    ExpectSame(doc, all, found);
  }
  // And the starts the time tagger's pass lists (as extract.cc hands them
  // over) give what the quantity tagger's own pass gives.
  static void ExpectSameWithStartsFromTimes(const model::Document& doc,
                                            const model::TextLayer& layer,
                                            const std::vector<model::Quantity>& found) {
    const TimeTagger tagger(**kb_);
    const QuantityTagger quantities(**kb_);
    WordTable table;  // as extract.cc's, of these two taggers' words here
    tagger.AddWords(table);
    quantities.AddWords(table);
    const Words words(doc.text, layer, table);
    std::vector<uint32_t> starts = {7, 3};  // stale: the time tagger replaces them
    std::vector<TimexTokens> time_tokens = {{1, 2}};
    auto times = tagger.Tag(doc, layer, words, &starts, &time_tokens);
    ASSERT_EQ(time_tokens.size(), times.size());
    auto handed = quantities.Tag(doc, layer, times, words, &starts);
    ExpectSame(doc, handed, found);
    auto with_time_tokens = quantities.Tag(doc, layer, times, words, &starts, &time_tokens);
    ExpectSame(doc, with_time_tokens, found);
  }
  static void ExpectSame(const model::Document& doc, const std::vector<model::Quantity>& all,
                         const std::vector<model::Quantity>& found) {
    ASSERT_EQ(all.size(), found.size()) << "in: " << doc.text;
    for (size_t i = 0; i < all.size(); ++i) {
      EXPECT_EQ(all[i].span.begin, found[i].span.begin) << doc.text;
      EXPECT_EQ(all[i].span.end, found[i].span.end) << doc.text;
      EXPECT_EQ(all[i].value, found[i].value) << doc.text;
      EXPECT_EQ(all[i].low, found[i].low) << doc.text;
      EXPECT_EQ(all[i].high, found[i].high) << doc.text;
      EXPECT_EQ(all[i].qualifier, found[i].qualifier) << doc.text;
      EXPECT_EQ(all[i].unit, found[i].unit) << doc.text;
      EXPECT_EQ(all[i].counts, found[i].counts) << doc.text;
    }
  }
  // A quantity written `text` with the value and unit given.
  static void ExpectRead(const Found& f, std::string_view text, double value,
                         std::string_view unit) {
    EXPECT_EQ(f.text, text);
    EXPECT_EQ(f.q.value, value) << f.text;
    EXPECT_EQ(f.q.unit, unit) << f.text;
  }
  // A vague amount's least: `text`, lowerBound with value = low = `low`, no high.
  static void ExpectAtLeast(const Found& f, std::string_view text, double low) {
    EXPECT_EQ(f.text, text);
    EXPECT_EQ(f.q.value, low) << f.text;
    EXPECT_EQ(f.q.low, low) << f.text;
    EXPECT_FALSE(f.q.high) << f.text;
    EXPECT_EQ(f.q.qualifier, QuantityQualifier::kLowerBound) << f.text;
  }
  static std::shared_ptr<const kb::KnowledgeBase>* kb_;
};
std::shared_ptr<const kb::KnowledgeBase>* QuantityTest::kb_ = nullptr;

TEST(Numbers, DigitsWithSeparators) {
  EXPECT_EQ(ParseDigits("1,100"), 1100);
  EXPECT_EQ(ParseDigits("3.5"), 3.5);
  EXPECT_EQ(ParseDigits("12,000,000"), 12000000);
  EXPECT_FALSE(ParseDigits("1,10").has_value());
  EXPECT_FALSE(ParseDigits("1.2.3").has_value());
}

TEST(Numbers, Words) {
  EXPECT_EQ(CardinalWord("four"), 4);
  EXPECT_EQ(CardinalWord("twenty-five"), 25);
  EXPECT_EQ(CardinalWord("troops"), -1);
  EXPECT_EQ(OrdinalWord("third"), 3);
}

// The number words in the word table's records (AddNumberWordRecords) are
// CardinalWord's and OrdinalWord's, for every number word, every compound
// ("twenty-five", "twenty-first") and words that are none.
TEST(Numbers, RecordsHoldTheNumberWords) {
  WordTable table;
  AddNumberWordRecords(table);
  std::vector<std::string> words = CardinalWords();
  const std::vector<std::string_view> ordinals = {
      "first",      "second",     "third",     "fourth",    "fifth",       "sixth",
      "seventh",    "eighth",     "ninth",     "tenth",     "eleventh",    "twelfth",
      "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
      "nineteenth", "twentieth",  "thirtieth", "fortieth",  "fiftieth",    "hundredth"};
  for (const std::string& tens : CardinalWords()) {
    for (std::string_view o : ordinals) {
      words.push_back(std::string(o));
      words.push_back(tens + "-" + std::string(o));  // "twenty-first", "two-third"
    }
  }
  for (std::string_view other : {"troops", "thirds", "two-thirds", "hundreds", "a", ""}) {
    words.push_back(std::string(other));
  }
  size_t cardinals = 0;
  size_t ordinal_words = 0;
  for (const std::string& w : words) {
    const WordRecord& r = table.Find(w);
    EXPECT_EQ(CardinalOf(r), CardinalWord(w)) << w;
    EXPECT_EQ(OrdinalOf(r), OrdinalWord(w)) << w;
    cardinals += CardinalWord(w) >= 0;
    ordinal_words += OrdinalWord(w) >= 0;
  }
  EXPECT_GT(cardinals, 90u);  // "zero" to "hundred" and the compounds
  EXPECT_GT(ordinal_words, 90u);
}

TEST(Numbers, WordMapFindsExactlyTheKeysSet) {
  WordMap<int> m;
  // Keys sharing their first eight bytes, prefixes of each other, one byte.
  const std::vector<std::string> keys = {"thousand", "thousands", "thousandth", "thou",
                                         "t",        "september", "septembe",   "a",
                                         "an",       "kilometres"};
  for (size_t i = 0; i < keys.size(); ++i) {
    m.Set(keys[i], static_cast<int>(i));
  }
  for (int i = 0; i < 200; ++i) {  // grows the table
    std::string w = std::to_string(i);
    w.insert(w.begin(), 'w');
    m.Set(w, 1000 + i);
  }
  m.Set("thou", 77);  // a later Set overwrites
  for (size_t i = 0; i < keys.size(); ++i) {
    const int* v = m.Find(keys[i]);
    ASSERT_NE(v, nullptr) << keys[i];
    EXPECT_EQ(*v, keys[i] == "thou" ? 77 : static_cast<int>(i)) << keys[i];
  }
  EXPECT_EQ(*m.Find("w199"), 1199);
  for (std::string_view miss :
       {"thousandths", "septembers", "th", "b", "", "kilometresx", "kilometrez", "w200"}) {
    EXPECT_EQ(m.Find(miss), nullptr) << miss;
  }
}

TEST_F(QuantityTest, QualifiersSetValueAndBoundsAsWritten) {
  auto f = Tag("About 4,000 of the up to 12,000 soldiers sent there were hurt.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].text, "About 4,000");
  EXPECT_EQ(f[0].q.value, 4000);
  EXPECT_EQ(f[0].q.qualifier, QuantityQualifier::kApproximate);
  EXPECT_FALSE(f[0].q.low.has_value());
  EXPECT_FALSE(f[0].q.high.has_value());
  EXPECT_EQ(f[0].q.unit, "soldiers");
  EXPECT_EQ(f[1].text, "up to 12,000");
  EXPECT_EQ(f[1].q.value, 12000);
  EXPECT_EQ(f[1].q.high, 12000);
  EXPECT_FALSE(f[1].q.low.has_value());

  f = Tag("At least 1,100 of them have been either killed or wounded.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text, "At least 1,100");
  EXPECT_EQ(f[0].q.low, 1100);
  EXPECT_FALSE(f[0].q.high.has_value());
  EXPECT_EQ(f[0].q.counts, "killed or wounded");

  f = Tag("Reports say over 900 recruits arrived.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].q.qualifier, QuantityQualifier::kLowerBound);
  EXPECT_EQ(f[0].q.low, 900);
}

// A preposition ends the counted phrase: what follows it is where the
// things are, not what is counted.
TEST_F(QuantityTest, PrepositionEndsCountedPhrase) {
  auto f = Tag("Engineers built a 35-kilometre wall along the river.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].q.counts, "wall");

  f = Tag("The police said 40 people inside were safe.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].q.counts, "people");
  EXPECT_EQ(f[0].q.unit, "people");

  f = Tag("The field pumped 90,000 bpd above its quota.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].q.counts, "bpd");
}

// "several hundred", "a few thousand" are amounts without their noun; a
// plural scale without its "of" phrase only as a verb's subject or a
// participle's object ("hundreds were waiting", "injuring dozens.").
TEST_F(QuantityTest, VagueAmountWithoutItsNoun) {
  auto f = Tag("The crowd at the pier shrank to several hundred by noon.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text, "several hundred");
  EXPECT_EQ(f[0].q.low, 200);
  EXPECT_EQ(f[0].q.high, 900);
  EXPECT_EQ(f[0].q.unit, "");
  f = Tag("The plant builds a few thousand.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text, "a few thousand");
  f = Tag("The guests left after several hundred were seated.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text, "several hundred");

  f = Tag("Hundreds were killed at the pier and thousands gathered in Lindby.");
  ASSERT_EQ(f.size(), 2u);
  ExpectAtLeast(f[0], "Hundreds", 200);
  EXPECT_EQ(f[0].q.unit, "");
  EXPECT_EQ(f[0].q.counts, "killed");
  ExpectAtLeast(f[1], "thousands", 2000);
  EXPECT_EQ(f[1].q.counts, "");
  f = Tag("The blast at the depot injured dozens, and tens of thousands fled.");
  ASSERT_EQ(f.size(), 2u);
  ExpectAtLeast(f[0], "dozens", 24);
  ExpectAtLeast(f[1], "tens of thousands", 20000);
  // After a determiner or preposition, in a name, or "tens" and "scores" alone: no amount.
  EXPECT_TRUE(Tag("They came by the hundreds and left in their thousands.").empty());
  EXPECT_TRUE(Tag("The hotel in Thousand Oaks lost tens, and the scores were level.").empty());
}

// A lower bound over a plural scale keeps the scale's bound: "more than
// hundreds" low 200, the qualifier in the span.
TEST_F(QuantityTest, LowerBoundOverAVagueAmount) {
  auto f = Tag("More than hundreds of workers joined, and at least thousands were hurt.");
  ASSERT_EQ(f.size(), 2u);
  ExpectAtLeast(f[0], "More than hundreds", 200);
  EXPECT_EQ(f[0].q.unit, "workers");
  ExpectAtLeast(f[1], "at least thousands", 2000);
  // "over" alone may be a particle: "handed over".
  f = Tag("The firm handed over millions of dollars.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text, "millions");
}

// The denominator of a fraction and the second year of a season are no
// quantities, nor is "1-3" before a slash a range.
TEST_F(QuantityTest, SeasonTailsAreNoQuantities) {
  auto f = Tag("The 1985/86 crop was 12 mln tonnes vs 10 mln tonnes.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].text, "12 mln tonnes");
  EXPECT_EQ(f[0].q.unit, "t");
}

// Fractions as newswire writes rates and prices: a whole number and a
// fraction ("7-1/2 pct" 7.5, "11 3/4 pct" 11.75, "1-1/2 billion" 1.5e9),
// or a fraction alone before a percent or point ("5/8 pct" 0.625).
TEST_F(QuantityTest, FractionsAreReadAsValues) {
  auto f = Tag("Norvane sold 7-1/2 pct notes and a 1-1/2 billion dlr loan; the fee is 5/8 pct.");
  ASSERT_EQ(f.size(), 3u);
  ExpectRead(f[0], "7-1/2 pct", 7.5, "percent");
  ExpectRead(f[1], "1-1/2 billion", 1.5e9, "loan");
  EXPECT_EQ(f[1].q.counts, "dlr loan");
  ExpectRead(f[2], "5/8 pct", 0.625, "percent");
  f = Tag("Lindby notes were bid at 77-1/2 to 78 and the base rate is 11 3/4 pct.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].text, "77-1/2 to 78");
  EXPECT_EQ(f[0].q.qualifier, QuantityQualifier::kRange);
  EXPECT_EQ(f[0].q.low, 77.5);
  EXPECT_EQ(f[0].q.high, 78);
  ExpectRead(f[1], "11 3/4 pct", 11.75, "percent");
  f = Tag("The yield is 1/8 point over the benchmark.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].q.value, 0.125);
}

// Shares of a whole in words before "of": "two-thirds of the votes" 2/3,
// "half of the 300 workers" 0.5 (and the 300 workers on their own), "about
// a quarter, of its dealers" 0.25; not a period's part ("the second half of
// 1987", "a third of the time") nor "one and a half".
TEST_F(QuantityTest, WordFractionsOfAWhole) {
  auto f =
      Tag("Norvane won more than two-thirds of the votes and half of the 300 workers left; "
          "Lindby shut 78, or about a quarter, of its dealers.");
  ASSERT_EQ(f.size(), 5u);
  ExpectRead(f[0], "more than two-thirds", 2.0 / 3, "votes");
  EXPECT_EQ(f[0].q.qualifier, QuantityQualifier::kLowerBound);
  ExpectRead(f[1], "half", 0.5, "workers");
  ExpectRead(f[2], "300", 300, "workers");
  ExpectRead(f[4], "about a quarter", 0.25, "");
  EXPECT_EQ(f[4].q.qualifier, QuantityQualifier::kApproximate);
  f =
      Tag("Sales rose in the second half of 1987, a third of the time it rained and one and a "
          "half of the members left.");
  EXPECT_TRUE(f.empty()) << f[0].text;
}

// A price's change and its level are two numbers, no range ("rose 1-3/8 to
// 26-1/2", "Lindby 2-7/8 to 97" with the verb left out); a bid's second
// half without its whole number ("6-1/4, 1/8 pct") is no value of its own;
// a fraction alone counting nothing ("3/4 of the board", "on 5/8") may be a
// ratio or a date, and "2-1/2 years" is a time.
TEST_F(QuantityTest, FractionsThatAreNoValuesOfTheirOwn) {
  auto f = Tag("Shares of Norvane rose 1-3/8 to 26-1/2 and Lindby shares 2-7/8 to 97.");
  ASSERT_EQ(f.size(), 4u);
  EXPECT_EQ(f[0].q.value, 1.375);
  EXPECT_EQ(f[0].q.qualifier, QuantityQualifier::kExact);
  EXPECT_EQ(f[1].q.value, 26.5);
  EXPECT_EQ(f[2].q.value, 2.875);
  EXPECT_FALSE(f[2].q.high);
  EXPECT_EQ(f[3].q.value, 97);
  // A level under twice the change: the verb of change before it decides.
  f = Tag("Shares of Norvane rose 25-1/4 to 30 in busy trading.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].q.value, 25.25);
  EXPECT_EQ(f[0].q.qualifier, QuantityQualifier::kExact);
  f = Tag("Rates eased to 6-1/4, 1/8 pct from 6-1/2.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].q.value, 6.25);
  EXPECT_EQ(f[1].q.value, 6.5);
  f = Tag("The vote on 5/8 split 3/4 of the board and the plan runs 2-1/2 years.");
  EXPECT_TRUE(f.empty()) << f[0].text;
}

// Newswire abbreviations: "stg" is sterling ("dlrs" stays as written: the
// dollars of the country reported on); a duration written short ("Nine
// mths") is a time, no quantity.
TEST_F(QuantityTest, NewswireAbbreviations) {
  auto f = Tag("Nine mths net was 12.5 mln dlrs and 40 mln stg.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].text, "12.5 mln");
  EXPECT_EQ(f[0].q.value, 12.5e6);
  EXPECT_EQ(f[0].q.unit, "dlrs");
  EXPECT_EQ(f[1].text, "40 mln stg");
  EXPECT_EQ(f[1].q.value, 40e6);
  EXPECT_EQ(f[1].q.unit, "GBP");
  EXPECT_TRUE(Tag("Results for 12 mths and six wks differ.").empty());
  EXPECT_TRUE(
      Tag("Norvane speaks at 1530 EST (2030 GMT) and the shift began at 0620 hrs.").empty());
}

// Where the counted phrase ends: not at a singular in -is or -us ("50
// basis points"), and before "due" and "compared" ("a 40 mln dlr bond due
// 1992", "sales of 5,407 compared with 4,592").
TEST_F(QuantityTest, CountedPhraseEndsRight) {
  auto f = Tag("Norvane cut its rate 50 basis points and paid 12 bonus shares.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].q.unit, "points");
  EXPECT_EQ(f[0].q.counts, "basis points");
  EXPECT_EQ(f[1].q.counts, "bonus shares");
  f = Tag("It sold a 40 mln dlr bond due 1992; sales were 5,407 compared with 4,592.");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].q.counts, "dlr bond");
  EXPECT_EQ(f[0].q.unit, "bond");
  EXPECT_EQ(f[1].q.unit, "");
  EXPECT_EQ(f[2].q.unit, "");
}

// Verbs are no counted nouns: the phrase ends before a verb after a plural
// without an s ("26 people died"), a participle heads nothing ("147 died",
// "17 mln allotted") unless a plural follows it ("21 underperforming
// restaurants"), and modals and adverbs end it ("the debt should").
TEST_F(QuantityTest, VerbsAreNoCountedNouns) {
  // Each text's quantities, in order: {unit, counts}.
  const std::pair<std::string_view, std::vector<std::pair<std::string, std::string>>> kCases[] = {
      {"At least 26 people died and another 147 died when a second ferry sank.",
       {{"people", "people died"}, {"", "died"}}},
      {"Norvane wrote off 17 mln allotted for bad debts and closed 21 underperforming "
       "company-owned restaurants.",
       {{"", ""}, {"restaurants", "underperforming company-owned restaurants"}}},
      {"Lindby said its 50 billion dlr foreign debt should be repaid; the two men saw no risk.",
       {{"debt", "dlr foreign debt"}, {"men", "men"}}},
      {"Output stayed below the 15.8 mln bpd ceiling; bonds with a zero rating rose.",
       {{"bpd", "bpd"}, {"rating", "rating"}}},
  };
  for (const auto& [text, want] : kCases) {
    auto f = Tag(text);
    ASSERT_EQ(f.size(), want.size()) << text;
    for (size_t k = 0; k < want.size(); ++k) {
      EXPECT_EQ(f[k].q.unit, want[k].first) << f[k].text;
      EXPECT_EQ(f[k].q.counts, want[k].second) << f[k].text;
    }
  }
}

// A year the time tagger does not read is no quantity either, nor the
// start of a range: "profits for 1986 to 1.2 billion".
TEST_F(QuantityTest, YearsCountingNothingAreNoQuantities) {
  auto f = Tag("Norvane raised profits for 1986 to 1.2 billion stg; 1985 4th qtr net fell.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text, "1.2 billion stg");
  f = Tag("The plant hired 1500 workers.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].q.unit, "workers");
}

// "vs" is no counted noun: "Net 5.2 mln vs 4.1 mln".
TEST_F(QuantityTest, VersusIsNoCountedNoun) {
  auto f = Tag("Net profit 5.2 mln vs 4.1 mln.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].text, "5.2 mln");
  EXPECT_EQ(f[0].q.unit, "");
  EXPECT_EQ(f[0].q.counts, "");
}

TEST_F(QuantityTest, Ranges) {
  auto f = Tag("The army may add 20,000-25,000 extra troops.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text, "20,000-25,000");
  EXPECT_EQ(f[0].q.value, 20000);
  EXPECT_EQ(f[0].q.low, 20000);
  EXPECT_EQ(f[0].q.high, 25000);
  EXPECT_EQ(f[0].q.qualifier, QuantityQualifier::kRange);
  EXPECT_EQ(f[0].q.counts, "extra troops");

  f = Tag("It could send between 300 and 500 engineers.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text, "between 300 and 500");
  EXPECT_EQ(f[0].q.low, 300);
  EXPECT_EQ(f[0].q.high, 500);
}

// A range whose bounds each carry the same unit word is one range, with
// "between ... and" or with "to" ("300 tonnes to 400 tonnes a day"), but
// not after a word of change: "rose 300 tonnes to 400 tonnes" is a change
// by the first amount to the second, "raised its bid of 300 mln dlrs to 400
// mln dlrs" and "from 300 tonnes to 400 tonnes" a start and a level.
TEST_F(QuantityTest, ARangeWhoseBoundsEachCarryTheUnit) {
  for (const char* range : {"Output will be between 300 tonnes and 400 tonnes.",
                            "The mill produced 300 tonnes to 400 tonnes a day."}) {
    auto f = Tag(range);
    ASSERT_EQ(f.size(), 1u) << range;
    EXPECT_EQ(f[0].q.qualifier, model::QuantityQualifier::kRange) << range;
    EXPECT_EQ(f[0].q.low, 300) << range;
    EXPECT_EQ(f[0].q.high, 400) << range;
    EXPECT_EQ(f[0].q.unit, "t") << range;
  }
  auto f =
      Tag("Rates were between 10-7/16 pct and 10-17/32 pct; yields ranged from 7 pct to 9 pct.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].text, "between 10-7/16 pct and 10-17/32 pct");
  EXPECT_EQ(f[0].q.unit, "percent");
  EXPECT_DOUBLE_EQ(*f[0].q.high, 10.53125);
  EXPECT_EQ(f[1].text, "7 pct to 9 pct");
  EXPECT_EQ(f[1].q.qualifier, model::QuantityQualifier::kRange);
  // Different units, or a change, are no range.
  for (const char* change :
       {"Output will be between 300 tonnes and 400 barrels.",
        "Output rose from 300 tonnes to 400 tonnes.", "Output rose 300 tonnes to 400 tonnes.",
        "Output rose by 300 tonnes to 400 tonnes.",
        "Lindby raised its bid of 300 mln dlrs to 400 mln dlrs."}) {
    f = Tag(change);
    ASSERT_EQ(f.size(), 2u) << change;
    for (const auto& x : f) {
      EXPECT_NE(x.q.qualifier, model::QuantityQualifier::kRange) << change;
    }
  }
}

TEST_F(QuantityTest, MoneyPercentAndMeasures) {
  auto f = Tag("The fund lost $12bn, or 55% of its value, and US$1.5 million more.");
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].text, "$12bn");
  EXPECT_EQ(f[0].q.value, 12e9);
  EXPECT_EQ(f[0].q.unit, "USD");
  EXPECT_EQ(f[1].text, "55%");
  EXPECT_EQ(f[1].q.value, 55);
  EXPECT_EQ(f[1].q.unit, "percent");
  EXPECT_EQ(f[2].text, "US$1.5 million");
  EXPECT_EQ(f[2].q.value, 1.5e6);

  f = Tag("It fields 240mm rocket launchers behind a 40-kilometer wall.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].text, "240mm");
  EXPECT_EQ(f[0].q.unit, "mm");
  EXPECT_EQ(f[0].q.counts, "rocket launchers");
  EXPECT_EQ(f[1].text, "40-kilometer");
  EXPECT_EQ(f[1].q.value, 40);
  EXPECT_EQ(f[1].q.unit, "km");
}

TEST_F(QuantityTest, NumberWords) {
  auto f = Tag("Pyongyang ran two missile tests and sent a dozen advisers.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].q.value, 2);
  EXPECT_EQ(f[0].q.unit, "tests");
  EXPECT_EQ(f[1].text, "a dozen");
  EXPECT_EQ(f[1].q.value, 12);
  EXPECT_TRUE(Tag("One of the officers spoke.").empty());
}

TEST_F(QuantityTest, VagueAmountsCarryTheBoundsTheWordsImply) {
  auto f = Tag("Hundreds of protesters marched while dozens of villages emptied.");
  ASSERT_EQ(f.size(), 2u);
  ExpectAtLeast(f[0], "Hundreds", 200);
  EXPECT_EQ(f[0].q.unit, "protesters");
  EXPECT_EQ(f[1].text, "dozens");
  EXPECT_EQ(f[1].q.low, 24);

  f = Tag("Tens of thousands of refugees crossed, and scores of farmers were injured.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].text, "Tens of thousands");
  EXPECT_EQ(f[0].q.value, 20000);
  EXPECT_EQ(f[0].q.low, 20000);
  EXPECT_EQ(f[1].q.low, 40);
  EXPECT_EQ(f[1].q.counts, "farmers injured");

  f = Tag("The army moved several hundred troops and thousands of people were evacuated.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].text, "several hundred");
  EXPECT_EQ(f[0].q.value, 200);
  EXPECT_EQ(f[0].q.low, 200);
  EXPECT_EQ(f[0].q.high, 900);
  EXPECT_EQ(f[0].q.qualifier, QuantityQualifier::kRange);
  EXPECT_EQ(f[0].q.unit, "troops");
  EXPECT_EQ(f[1].q.low, 2000);
  EXPECT_EQ(f[1].q.unit, "people");
  EXPECT_EQ(f[1].q.counts, "people evacuated");

  f =
      Tag("A few hundred sailors and a couple of thousand guards stayed; "
          "hundreds of thousands of voters and millions of dollars went elsewhere.");
  ASSERT_EQ(f.size(), 4u);
  EXPECT_EQ(f[0].text, "A few hundred");
  EXPECT_EQ(f[0].q.high, 900);
  EXPECT_EQ(f[1].text, "a couple of thousand");
  EXPECT_EQ(f[1].q.value, 2000);
  EXPECT_EQ(f[1].q.qualifier, QuantityQualifier::kApproximate);
  EXPECT_FALSE(f[1].q.low);
  EXPECT_EQ(f[2].q.low, 200000);
  EXPECT_EQ(f[3].q.low, 2e6);
  EXPECT_EQ(f[3].q.unit, "USD");
}

TEST_F(QuantityTest, VagueWordsCountingNothingAreNoQuantities) {
  EXPECT_TRUE(Tag("Hundreds of the guests left after the first were seated.").empty());
  EXPECT_TRUE(Tag("The river has flowed for hundreds of years and dozens of times.").empty());
  EXPECT_TRUE(Tag("The test scores of pupils rose and several came.").empty());
  EXPECT_TRUE(Tag("Hundreds of pounds were lost.").empty());  // money or weight
}

// A vague measure: "hundreds of miles" low 200 unit mi, nothing counted.
TEST_F(QuantityTest, VagueMeasures) {
  auto f = Tag("They walked hundreds of miles and several hundred kilometres more.");
  ASSERT_EQ(f.size(), 2u);
  ExpectAtLeast(f[0], "hundreds", 200);
  EXPECT_EQ(f[0].q.unit, "mi");
  EXPECT_EQ(f[0].q.counts, "");
  EXPECT_EQ(f[1].text, "several hundred");
  EXPECT_EQ(f[1].q.high, 900);
  EXPECT_EQ(f[1].q.unit, "km");
  // "in thousands of tonnes": the unit of a table.
  EXPECT_TRUE(Tag("Exports are shown in thousands of tonnes and in millions of dollars.").empty());
}

TEST_F(QuantityTest, TimesOrdinalsAndCodesAreNoQuantities) {
  EXPECT_TRUE(Tag("In 2024 the 5th brigade moved on January 24 for four months.").empty());
  EXPECT_TRUE(Tag("Photo: Agency | Contributor#8523328").empty());
  EXPECT_TRUE(Tag("Call 555-1234 at 10:30 a.m.").empty());
}

// A number after a word with a capital is part of a name ("Chapter 11",
// "iPhone 4", "B-52 bombers" ...); after a lowercase word (NameLike's
// lowercase map) or a number, it is read.
TEST_F(QuantityTest, NumbersInNamesAreNoQuantities) {
  auto f = Tag("After the Chapter 11 filing, the iPhone 4 and the SAFE-3 unit, sales fell 12 pct.");
  ASSERT_EQ(f.size(), 1u) << f[0].text;
  EXPECT_EQ(f[0].text, "12 pct");
  f = Tag("The firm sold 4 plants and mid-year 30 more.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[1].text, "30");
}

TEST_F(QuantityTest, TimesBlockTheQuantitiesTheyOverlap) {
  // Times in text order (as TimeTagger gives them), one of several tokens:
  // every quantity overlapping one is dropped.
  model::Document doc;
  doc.text = "They sent 300 troops, then 40 tanks and 7 drones.";
  auto layer = text::Segment(doc.text);
  auto span_of = [&](std::string_view w) {
    uint32_t b = static_cast<uint32_t>(doc.text.find(w));
    return model::Span{b, b + static_cast<uint32_t>(w.size())};
  };
  std::vector<model::TimeExpr> times{{span_of("sent 300"), model::TimexType::kDate, "0300", ""},
                                     {span_of("7 drones"), model::TimexType::kDate, "XXXX", ""}};
  std::vector<std::string> found;
  for (const auto& q : QuantityTagger(**kb_).Tag(doc, layer, times)) {
    found.push_back(doc.text.substr(q.span.begin, q.span.size()));
  }
  EXPECT_EQ(found, std::vector<std::string>{"40"});
}

TEST_F(QuantityTest, OverOccasionsIsAPreposition) {
  auto f = Tag("Balloons were launched over 32 separate occasions.");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].text, "32");
  EXPECT_EQ(f[0].q.qualifier, QuantityQualifier::kExact);
}

TEST_F(QuantityTest, EventAfterAReducedRelativeBelongsToThePartNotTheWhole) {
  auto found =
      Tag("Officials said some 900 of the 5,000 Russian conscripts moved to the front last spring "
          "have been killed or wounded.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].text, "some 900");
  EXPECT_EQ(found[0].q.counts, "Russian conscripts killed or wounded");
  EXPECT_EQ(found[1].text, "5,000");
  EXPECT_EQ(found[1].q.counts, "Russian conscripts");
}

TEST_F(QuantityTest, AHeadCountSentToANamedPlaceKeepsTheDeployment) {
  using Counts = std::vector<std::string>;
  EXPECT_EQ(CountsOf("Lindby said about 11,000 Norvanian troops deployed to North Varnia were on "
                     "alert."),
            Counts{"Norvanian troops deployed to North Varnia"});
  EXPECT_EQ(CountsOf("Up to 9,000 Norvanian soldiers stationed in Lindby."),
            Counts{"Norvanian soldiers stationed in Lindby"});
  // No named place: "sent to fight", "deployed to the border".
  EXPECT_EQ(CountsOf("Some 2,000 Norvanian troops sent to fight in Lindby arrived."),
            Counts{"Norvanian troops"});
  EXPECT_EQ(CountsOf("About 2,000 Norvanian troops deployed to the border."),
            Counts{"Norvanian troops"});
}

TEST_F(QuantityTest, TheDeploymentBelongsToTheWholeNotThePart) {
  using Counts = std::vector<std::string>;
  EXPECT_EQ(CountsOf("About 300 of the 12,000 Norvanian troops sent to Lindby have been killed or "
                     "wounded."),
            (Counts{"Norvanian troops killed or wounded", "Norvanian troops sent to Lindby"}));
  EXPECT_EQ(CountsOf("About 300 of the 12,000 Norvanian troops sent to Lindby are reservists."),
            (Counts{"Norvanian troops", "Norvanian troops sent to Lindby"}));
}

TEST_F(QuantityTest, ANewClauseStopsTheSearchForAnEvent) {
  auto found = Tag("About 200 soldiers deployed near the border said that civilians were wounded.");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].q.counts, "soldiers");
}

}  // namespace
}  // namespace claimgraph::extract

namespace claimgraph::extract {
namespace {

// The claim each quantity of `text` is tied to, as "figure -> content" ("-"
// when untied), through the whole extractor.
std::vector<std::string> Ties(std::string_view text) {
  auto loaded = kb::KnowledgeBase::LoadEmbedded();
  EXPECT_TRUE(loaded.ok());
  Extractor extractor(*loaded);
  model::Document doc;
  doc.published = "2025-01-24";
  doc.text = std::string(text);
  auto layer = text::Segment(doc.text);
  model::Extraction x = extractor.Run(doc, layer);
  std::vector<std::string> out;
  for (const auto& q : x.quantities) {
    std::string s = doc.text.substr(q.span.begin, q.span.size()) + " -> ";
    if (q.claim < 0) {
      s += "-";
    } else {
      const auto& c = x.claims[q.claim].content;
      s += doc.text.substr(c.front().begin, c.back().end - c.front().begin);
    }
    out.push_back(s);
  }
  return out;
}

TEST(TieToClaims, FigureOpeningTheNextSentenceContinuesTheReport) {
  EXPECT_EQ(Ties("The ministry reported at least 40 people killed. Around 120 were injured in "
                 "the blasts near the port."),
            (std::vector<std::string>{"at least 40 -> at least 40 people killed",
                                      "Around 120 -> at least 40 people killed"}));
}

TEST(TieToClaims, NarrativeFigureAfterAReportStaysUntied) {
  EXPECT_EQ(Ties("The ministry reported at least 40 people killed. The port has 120 berths."),
            (std::vector<std::string>{"at least 40 -> at least 40 people killed", "120 -> -"}));
}

TEST(TieToClaims, ConnectiveBeforeATrailingCueReachesBack) {
  auto ties = Ties(
      "The firm hired up to 900 workers at the mine in recent weeks. However, the "
      "number fell sharply over the weekend, according to the union.");
  ASSERT_EQ(ties.size(), 1u);
  EXPECT_EQ(ties[0], "up to 900 -> However, the number fell sharply over the weekend");
}

// The project's own articles and test inputs, read with the starter filters
// on and with every token tried: the same quantities.
TEST_F(QuantityTest, FiltersPassOverNothingInTheProjectsArticles) {
  const auto docs = testing_texts::ProjectTexts();
  ASSERT_GE(docs.size(), 5u);
  size_t quantities = 0;
  for (const model::Document& doc : docs) {
    auto layer = text::Segment(doc.text);
    auto times = TimeTagger(**kb_).Tag(doc, layer);
    auto found = QuantityTagger(**kb_).Tag(doc, layer, times);
    quantities += found.size();
    ExpectSameAsEveryToken(doc, layer, times, found);
    ExpectSameWithStartsFromTimes(doc, layer, found);
  }
  EXPECT_GE(quantities, 20u);
}

}  // namespace
}  // namespace claimgraph::extract
