#include "extract/attribution.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "extract/attribution_lexicon.h"
#include "extract/extract.h"
#include "extract/timex.h"
#include "kb/kb.h"
#include "text/text.h"

namespace claimgraph::extract {
namespace {

// A claim as text, for readable expectations.
struct Seen {
  std::string source;  // "" when none
  std::string cue;
  std::string lemma;
  std::vector<std::string> content;
  model::CueCategory category;
  bool direct = false;
  bool negated = false;
  bool unattributed = false;
  std::string stated_on;  // TIMEX3 value or ""
  int32_t source_mention = -1;
  std::string via;           // the channel that relays the claim, as written; "" when none
  int32_t reported_by = -1;  // index of the claim that reports this one
};

class AttributionTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = kb::KnowledgeBase::LoadEmbedded();
    ASSERT_TRUE(loaded.ok());
    kb_ = new std::shared_ptr<const kb::KnowledgeBase>(*loaded);
    extractor_ = new AttributionExtractor(**kb_);
  }
  static void TearDownTestSuite() {
    delete extractor_;
    delete kb_;
  }

  // `names`: person names the entity tagger would find (first occurrence each,
  // given in text order).
  std::vector<Seen> Run(std::string_view text, std::string_view published = "2025-01-24",
                        const std::vector<std::string>& names = {}) {
    doc_ = model::Document();
    doc_.text = std::string(text);
    doc_.published = std::string(published);
    auto layer = text::Segment(doc_.text);
    TimeTagger timex(**kb_);
    auto times = timex.Tag(doc_, layer);
    mentions_.clear();
    for (const auto& n : names) {
      model::Mention m;
      auto at = static_cast<uint32_t>(doc_.text.find(n));
      m.span = {at, at + static_cast<uint32_t>(n.size())};
      m.type = model::EntityType::kPerson;
      m.label = n;
      mentions_.push_back(m);
    }
    auto claims = extractor_->Extract(doc_, layer, mentions_, times);
    std::vector<Seen> out;
    for (const auto& c : claims) {
      Seen s;
      if (c.source) {
        s.source = Text(*c.source);
      }
      if (c.cue) {
        s.cue = Text(*c.cue);
      }
      s.lemma = c.cue_lemma;
      for (const auto& p : c.content) {
        s.content.push_back(Text(p));
      }
      s.category = c.category;
      s.direct = c.direct_quote;
      s.negated = c.negated;
      s.unattributed = c.unattributed;
      if (c.stated_on >= 0) {
        s.stated_on = times[c.stated_on].value;
      }
      s.source_mention = c.source_mention;
      if (c.via) {
        s.via = Text(*c.via);
      }
      s.reported_by = c.reported_by;
      out.push_back(std::move(s));
    }
    return out;
  }
  // The whole extractor (entity tagger, times, attribution) over `text`,
  // kept in doc_.
  model::Extraction RunAll(std::string_view text) {
    doc_ = model::Document();
    doc_.text = std::string(text);
    doc_.published = "2025-01-24";
    return Extractor(*kb_).Run(doc_, text::Segment(doc_.text));
  }
  std::string Text(const model::Span& s) const { return doc_.text.substr(s.begin, s.size()); }
  // Each claim's source and its one content piece, in order (a claim
  // without a source, or in pieces, fails the test).
  std::vector<std::pair<std::string, std::string>> SourcesAndContents(
      const model::Extraction& x) const {
    std::vector<std::pair<std::string, std::string>> got;
    for (const auto& c : x.claims) {
      EXPECT_TRUE(c.source.has_value());
      EXPECT_EQ(c.content.size(), 1u);
      if (c.source.has_value() && c.content.size() == 1) {
        got.emplace_back(Text(*c.source), Text(c.content[0]));
      }
    }
    return got;
  }
  // The entity a source mention resolves to, as its label.
  std::string Resolved(int32_t m) const {
    for (int guard = 0; guard < 8 && m >= 0 && mentions_[m].antecedent >= 0; ++guard) {
      m = mentions_[m].antecedent;
    }
    return m < 0 ? "" : Text(mentions_[m].span);
  }

  static std::shared_ptr<const kb::KnowledgeBase>* kb_;
  static AttributionExtractor* extractor_;
  model::Document doc_;
  std::vector<model::Mention> mentions_;
};

std::shared_ptr<const kb::KnowledgeBase>* AttributionTest::kb_ = nullptr;
AttributionExtractor* AttributionTest::extractor_ = nullptr;

using Strings = std::vector<std::string>;

TEST_F(AttributionTest, LeadingCueWithThatAndDate) {
  auto c = Run("The harbour authority said on Monday that two ferries had been cancelled.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The harbour authority");
  EXPECT_EQ(c[0].cue, "said");
  EXPECT_EQ(c[0].lemma, "say");
  EXPECT_EQ(c[0].category, model::CueCategory::kStatement);
  EXPECT_EQ(c[0].content, (Strings{"two ferries had been cancelled"}));
  EXPECT_EQ(c[0].stated_on, "2025-01-20");
  EXPECT_FALSE(c[0].direct);
}

TEST_F(AttributionTest, TrailingCueDropsDatePhrase) {
  auto c =
      Run("Rainfall in the valley doubled over the winter, the weather office said on Friday.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "the weather office");
  EXPECT_EQ(c[0].content, (Strings{"Rainfall in the valley doubled over the winter"}));
  EXPECT_EQ(c[0].stated_on, "2025-01-24");
}

TEST_F(AttributionTest, InvertedCueWithTitledSpeaker) {
  auto c = Run("\u201CWe will rebuild the bridge by spring,\u201D said Mayor Lena Ortiz.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Mayor Lena Ortiz");
  EXPECT_EQ(c[0].content, (Strings{"We will rebuild the bridge by spring"}));
  EXPECT_TRUE(c[0].direct);
}

TEST_F(AttributionTest, AccordingToBeforeAndAfter) {
  auto c =
      Run("According to the port agency, exports fell by a third. "
          "Imports rose sharply, according to customs data.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].source, "the port agency");
  EXPECT_EQ(c[0].cue, "According to");
  EXPECT_EQ(c[0].content, (Strings{"exports fell by a third"}));
  EXPECT_EQ(c[1].source, "customs data");
  EXPECT_EQ(c[1].content, (Strings{"Imports rose sharply"}));
  EXPECT_EQ(c[1].category, model::CueCategory::kReport);
}

TEST_F(AttributionTest, ToldSkipsTheHearer) {
  auto c = Run("The minister told reporters that the budget would be cut.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The minister");
  EXPECT_EQ(c[0].lemma, "tell");
  EXPECT_EQ(c[0].content, (Strings{"the budget would be cut"}));
}

TEST_F(AttributionTest, QuoteAcrossSentencesBeforeSpeaker) {
  auto c =
      Run("\u201CThe river is rising. We expect more rain tonight,\u201D the fire chief said.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "the fire chief");
  EXPECT_EQ(c[0].content, (Strings{"The river is rising. We expect more rain tonight"}));
  EXPECT_TRUE(c[0].direct);
}

TEST_F(AttributionTest, SplitQuoteIsDiscontinuous) {
  auto c = Run("\u201CThe talks failed,\u201D the envoy said, \u201Cbut we will try again.\u201D");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"The talks failed", "but we will try again"}));
}

TEST_F(AttributionTest, ColonIntroducedQuote) {
  auto c = Run("The coach said: \u201COur players gave everything tonight.\u201D");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The coach");
  EXPECT_EQ(c[0].content, (Strings{"Our players gave everything tonight"}));
  EXPECT_TRUE(c[0].direct);
}

TEST_F(AttributionTest, FollowUpPronounResolvesToSpeaker) {
  auto c =
      Run("Senator Maria Olsen said the vote would be close. "
          "She added that several members were still undecided.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[1].source, "She");
  EXPECT_EQ(c[1].lemma, "add");
  EXPECT_EQ(c[1].content, (Strings{"several members were still undecided"}));
  EXPECT_EQ(Resolved(c[1].source_mention), "Senator Maria Olsen");
}

TEST_F(AttributionTest, AppositionAndParticiple) {
  auto c =
      Run("Tom Reyes, a spokesman for the union, said the strike would go ahead, "
          "adding that talks had collapsed.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].source, "Tom Reyes");
  EXPECT_EQ(c[0].content, (Strings{"the strike would go ahead"}));
  EXPECT_EQ(c[1].source, "Tom Reyes");
  EXPECT_EQ(c[1].cue, "adding");
  EXPECT_EQ(c[1].content, (Strings{"talks had collapsed"}));
}

TEST_F(AttributionTest, NameBeforeTwoAppositionsIsTheSource) {
  // "C, NAME, APPOSITION, APPOSITION, said": the name, not the first
  // apposition, is the source, and it stays out of C.
  auto c =
      Run("“The levy is an invasion of our waters,” Ann Roe, the chief lawyer of Dover, one of "
          "the ports suing the board, said on Monday.",
          "2025-01-24", {"Ann Roe"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Ann Roe");
  EXPECT_EQ(c[0].content, (Strings{"The levy is an invasion of our waters"}));
  auto d =
      Run("Tom Reyes, an analyst at the bank, a former trader, said the strike would go ahead.",
          "2025-01-24", {"Tom Reyes"});
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].source, "Tom Reyes");
  // A place after a preposition opening the sentence is no name for it.
  for (const auto& s :
       Run("In Dover, the mayor's spokesman, a former sailor, said the quay would reopen.",
           "2025-01-24", {"Dover"})) {
    EXPECT_NE(s.source, "Dover");
  }
}

TEST_F(AttributionTest, PlaceAndStateBeforeANounStayInTheObject) {
  // "criticized Dover, Del., harbour officials for C": the place and its
  // state, set off by commas, modify the noun after them.
  auto c = Run("The governor criticized Dover, Del., harbour officials for the late ferries.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"Dover, Del., harbour officials for the late ferries"}));
  // A relative clause or a participle after the comma still ends it.
  auto d = Run("The governor criticized Dover, Delaware, which had raised the fees.");
  ASSERT_GE(d.size(), 1u);
  EXPECT_EQ(d[0].content, (Strings{"Dover, Delaware"}));
}

TEST_F(AttributionTest, RelativeClauseAfterAListStaysInTheObject) {
  // "cited delays in Dover, Calais and other ports that she blamed on D": the
  // list goes on to its last item and the relative clause on it.
  auto c = Run(
      "The minister cited delays in Dover, Calais and other ports that she blamed on the strike.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content,
            (Strings{"delays in Dover, Calais and other ports that she blamed on the strike"}));
}

TEST_F(AttributionTest, ExamplesAndNarrowingStayInTheObject) {
  // ", such as D", ", especially D" after an object name its examples.
  auto c = Run("The union cited late payments, especially in the ferry and harbour trades.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"late payments, especially in the ferry and harbour trades"}));
  auto d =
      Run("The mayor called for taxing second homes, such as holiday flats, at a higher rate.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].content, (Strings{"taxing second homes, such as holiday flats"}));
}

TEST_F(AttributionTest, ParticipleOpeningTheSourceIsNoPartOfIt) {
  // "... -- flooding the county senator said was caused by D": the
  // participle (and its preposition) before the determiner is left out.
  auto c =
      Run("The board warned of storm damage -- flooding the county senator said was caused by "
          "the broken sluice.");
  bool found = false;
  for (const auto& s : c) {
    if (s.cue == "said") {
      found = true;
      EXPECT_EQ(s.source, "the county senator");
    }
  }
  EXPECT_TRUE(found);
}

TEST_F(AttributionTest, RelativeClauseBeforeTheCueJoinsTheSource) {
  // "One of the nurses who sent the complaint called C": the subject runs
  // from its head through the relative clause (was "sent the complaint").
  auto c = Run("One of the nurses who sent the complaint called the ferry plan a fraud.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "One of the nurses who sent the complaint");
  auto d = Run("Insurers that had covered the old quay agreed to pay for the repairs.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].source, "Insurers that had covered the old quay");
  EXPECT_EQ(d[0].content, (Strings{"to pay for the repairs"}));
  // Not after a modal: "a rule that would cut the price support levels"
  // has no cue verb.
  EXPECT_TRUE(Run("The bill includes a rule that would cut minimum price support levels for rice.")
                  .empty());
}

TEST_F(AttributionTest, ThatRightAfterATellingVerbNamesNoAddressee) {
  // "He's convinced that C" is the adjective ("is convinced"), "He assured
  // that C" a clause: "that the" is no addressee, and "the" stays in C.
  auto c = Run("He's convinced that the ferry fares will fall.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "He");
  EXPECT_EQ(c[0].content, (Strings{"the ferry fares will fall"}));
  auto d = Run("The harbour board assured that the ferries would run all winter.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].content, (Strings{"the ferries would run all winter"}));
  // "that" as a determiner opens the addressee.
  auto t = Run("He told that reporter the ferry fares would fall.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].content, (Strings{"the ferry fares would fall"}));
  EXPECT_TRUE(Run("She told that story twice.").empty());
}

TEST_F(AttributionTest, TheyreIsThePronounAndItsCopula) {
  // "They're convinced that C": the pronoun is the source as written, the
  // adjective the cue, and C whole (was "They're" and "will rise").
  auto c = Run("They're convinced that ferry fares will rise.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "They");
  EXPECT_EQ(c[0].content, (Strings{"ferry fares will rise"}));
  auto d = Run("We\u2019re convinced that ferry fares will rise.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].source, "We");
}

TEST_F(AttributionTest, PhrasalParticipleAfterClaim) {
  // ", speaking of C" and ", referring to C" add what the speaker meant.
  auto c =
      Run("“Nobody will pay for this,” the harbour master said, speaking of the broken crane.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[1].source, "the harbour master");
  EXPECT_EQ(c[1].cue, "speaking of");
  EXPECT_EQ(c[1].content, (Strings{"the broken crane"}));
  c = Run("The mayor said the town was broke, referring to the pension fund.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[1].cue, "referring to");
  EXPECT_EQ(c[1].content, (Strings{"the pension fund"}));
  // A gloss on a word just used is no stance.
  c = Run("“We will visit Eastport,” she said, referring to the town's old name.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].cue, "said");
}

TEST_F(AttributionTest, AsParenthesisInsideTheClause) {
  // "S, as X noted, P": both parts of the clause are the content.
  auto c = Run("The old ferry, as the harbour master noted, was never insured.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "the harbour master");
  EXPECT_EQ(c[0].cue, "noted");
  EXPECT_EQ(c[0].content, (Strings{"The old ferry", "was never insured"}));
  // A one-word subject; after a connective alone the rest is all of it.
  c = Run("Iceland, as one of the ferry's owners pointed out, rarely sees such storms.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"Iceland", "rarely sees such storms"}));
  c = Run("Still, as Ann Berg observed, fares rose in the spring.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Ann Berg");
  EXPECT_EQ(c[0].content, (Strings{"fares rose in the spring"}));
  // Not when the part before holds another claim.
  c = Run("Fares may rise, pilots say, since the fuel, as Ann Berg noted, costs more now.");
  for (const auto& claim : c) {
    EXPECT_NE(claim.source, "Ann Berg");
  }
}

TEST_F(AttributionTest, HyphenatedNumberInSource) {
  // "the 52-year-old pilot": the number joined by a hyphen is part of it.
  auto c = Run("The 52-year-old pilot said the runway was icy.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The 52-year-old pilot");
  // (The question put to the board is a claim of its own, with no asker.)
  c = Run("Asked about the delay, the 12-member board replied, “We need more time.”");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[1].source, "the 12-member board");
  c = Run("According to a 12-page report, the port lost money.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "a 12-page report");
  EXPECT_EQ(c[0].content, (Strings{"the port lost money"}));
}

TEST_F(AttributionTest, CountAfterOfEndsADescribedSpeaker) {
  // "a father of two said": the count closes the phrase.
  auto c = Run("A father of two said the school bus was always late.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "A father of two");
  // A question put to the speaker after an earlier clause is not the content.
  c =
      Run("He said the bus was late, and when pressed on the cost, the father of three "
          "replied, “Nobody has paid for it.”");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].content, (Strings{"the bus was late"}));
  EXPECT_EQ(c[1].source, "the father of three");
  EXPECT_EQ(c[1].content, (Strings{"Nobody has paid for it"}));
}

TEST_F(AttributionTest, SaidYesOrNo) {
  // "said yes/no" answers: the answer is the content; "no one" is no answer.
  auto c = Run("The council said no, and the pool stayed closed.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"no"}));
  c = Run("The twins said yes, yes, yes, all afternoon.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"yes, yes, yes"}));
  c = Run("The coach said no player would be dropped.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"no player would be dropped"}));
}

TEST_F(AttributionTest, NestedCiteAsSaying) {
  auto c = Run("The Harbour Gazette cited Admiral Jon Berg as saying the fleet would sail in May.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Admiral Jon Berg");
  EXPECT_EQ(c[0].cue, "as saying");
  EXPECT_EQ(c[0].content, (Strings{"the fleet would sail in May"}));
  EXPECT_EQ(c[0].via, "The Harbour Gazette");
  // The channel with an apposition; a plain claim has none.
  c =
      Run("The Harbour Gazette, a weekly paper, cited Admiral Jon Berg as saying the fleet "
          "would sail.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Admiral Jon Berg");
  EXPECT_EQ(c[0].via, "The Harbour Gazette");
  c = Run("Admiral Jon Berg said the fleet would sail in May.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].via, "");
}

TEST_F(AttributionTest, DescribedSpeakerNamedInApposition) {
  auto c = Run("The port's harbour master, Ola Nordmann, said on Monday that the quay was closed.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Ola Nordmann");
  EXPECT_EQ(c[0].content, (Strings{"the quay was closed"}));
  auto d =
      Run("The Harbour Gazette cited the navy's chief, Rear Adm. Jon Berg, as saying the "
          "fleet would sail.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].source, "Rear Adm. Jon Berg");
  EXPECT_EQ(d[0].via, "The Harbour Gazette");
}

TEST_F(AttributionTest, LeadingDateIsNoPartOfTheSource) {
  auto c = Run("On Tuesday The Harbour Gazette wrote that the fleet would sail in May.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The Harbour Gazette");
  EXPECT_EQ(c[0].lemma, "write");
  EXPECT_EQ(c[0].stated_on, "2025-01-21");  // the opening date governs the cue
}

TEST_F(AttributionTest, CitingInsideAppositionKeepsReporter) {
  // The reporter's claim as written, and the cited official's claim of the
  // same content, reported by it and relayed through the paper.
  auto c =
      Run("The Daily Courier, citing an unnamed official, reported that the plant would close.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].source, "The Daily Courier");
  EXPECT_EQ(c[0].lemma, "report");
  EXPECT_EQ(c[0].category, model::CueCategory::kReport);
  EXPECT_EQ(c[0].content, (Strings{"the plant would close"}));
  EXPECT_EQ(c[0].reported_by, -1);
  EXPECT_EQ(c[0].via, "");
  EXPECT_EQ(c[1].source, "an unnamed official");
  EXPECT_EQ(c[1].cue, "citing");
  EXPECT_EQ(c[1].lemma, "cite");
  EXPECT_EQ(c[1].content, (Strings{"the plant would close"}));
  EXPECT_EQ(c[1].via, "The Daily Courier");
  EXPECT_EQ(c[1].reported_by, 0);
}

TEST_F(AttributionTest, CitedSourceAfterTheContentOrOpeningTheSentence) {
  // "X reported C, citing Y": the phrase leaves the content; no claim of X
  // citing Y.
  auto c =
      Run("The Valley Herald reported on Tuesday that the mill would shut in June, citing two "
          "county officials.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].source, "The Valley Herald");
  EXPECT_EQ(c[0].content, (Strings{"the mill would shut in June"}));
  EXPECT_EQ(c[0].stated_on, "2025-01-21");
  EXPECT_EQ(c[1].source, "two county officials");
  EXPECT_EQ(c[1].content, (Strings{"the mill would shut in June"}));
  EXPECT_EQ(c[1].via, "The Valley Herald");
  EXPECT_EQ(c[1].reported_by, 0);
  EXPECT_EQ(c[1].stated_on, "");  // the date is the report's
  c = Run("The Valley Herald wrote that the mill would shut, quoting a union spokesman.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].content, (Strings{"the mill would shut"}));
  EXPECT_EQ(c[1].source, "a union spokesman");
  EXPECT_EQ(c[1].lemma, "quote");
  EXPECT_EQ(c[1].reported_by, 0);
  // After a quote: "“C,” X reported, citing Y."
  c = Run("“The talks have failed,” the Valley Herald reported, citing two senior diplomats.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].source, "the Valley Herald");
  EXPECT_EQ(c[0].content, (Strings{"The talks have failed"}));
  EXPECT_EQ(c[1].source, "two senior diplomats");
  EXPECT_EQ(c[1].content, (Strings{"The talks have failed"}));
  EXPECT_TRUE(c[1].direct);
  EXPECT_EQ(c[1].reported_by, 0);
  // A tagged name is a speaker too; the claim is attributed to that person.
  c = Run("The Valley Herald reported that the talks had failed, quoting Lena Ortiz.", "2025-01-24",
          {"Lena Ortiz"});
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[1].source, "Lena Ortiz");
  EXPECT_EQ(Resolved(c[1].source_mention), "Lena Ortiz");
  EXPECT_EQ(c[1].reported_by, 0);
  // "Citing Y, X said C"
  c = Run("Citing a senior diplomat, the Valley Herald said the talks had failed.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].source, "the Valley Herald");
  EXPECT_EQ(c[0].content, (Strings{"the talks had failed"}));
  EXPECT_EQ(c[1].source, "a senior diplomat");
  EXPECT_EQ(c[1].via, "the Valley Herald");
  EXPECT_EQ(c[1].reported_by, 0);
}

TEST_F(AttributionTest, CitingAReasonNamesNoSource) {
  // A reason, a document or a thing cited is no second speaker.
  auto c = Run("The council closed the bridge, citing a risk to walkers.");
  for (const auto& x : c) {
    EXPECT_EQ(x.reported_by, -1);
    EXPECT_EQ(x.via, "");
  }
  c = Run("Citing the storm damage, the mayor said the bridge would stay shut.");
  for (const auto& x : c) {
    EXPECT_EQ(x.reported_by, -1);
    EXPECT_NE(x.source, "the storm damage");
  }
  c = Run("The mayor said the bridge would stay shut, citing the storm damage.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].content, (Strings{"the bridge would stay shut"}));
  EXPECT_EQ(c[1].cue, "citing");
  EXPECT_EQ(c[1].content, (Strings{"the storm damage"}));
  EXPECT_EQ(c[1].reported_by, -1);
}

TEST_F(AttributionTest, TrailingReporterIsTheChannel) {
  // "Y said C, X reported": Y's claim of C, relayed by X.
  auto c =
      Run("The harbour chief said the quay would reopen in March, the shipping weekly Port News "
          "reported.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The harbour chief");
  EXPECT_EQ(c[0].content, (Strings{"the quay would reopen in March"}));
  EXPECT_EQ(c[0].via, "the shipping weekly Port News");
  c =
      Run("Mayor Ann Holt told reporters that the quay would reopen, the Valley Herald wrote on "
          "Monday.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Mayor Ann Holt");
  EXPECT_EQ(c[0].content, (Strings{"the quay would reopen"}));
  EXPECT_EQ(c[0].via, "the Valley Herald");
  // "C, according to Y, as reported by X"
  c =
      Run("The quay will reopen in March, according to the port authority, as reported by the "
          "Valley Herald.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "the port authority");
  EXPECT_EQ(c[0].content, (Strings{"The quay will reopen in March"}));
  EXPECT_EQ(c[0].via, "the Valley Herald");
  // "C, Y said, according to X"; a leading "according to" opens the next
  // clause and reports nothing.
  c = Run("The plant will close in May, the county board said, according to the Valley Herald.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "the county board");
  EXPECT_EQ(c[0].content, (Strings{"The plant will close in May"}));
  EXPECT_EQ(c[0].via, "the Valley Herald");
  // A trailing source with an abbreviation and a place: the name before
  // the parenthesis is the entity meant.
  c =
      Run("The plant will close in May, the Joint Board (JB) in the county said, according to "
          "the Valley Herald.",
          "2025-01-24", {"Joint Board"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "the Joint Board (JB) in the county");
  EXPECT_EQ(Resolved(c[0].source_mention), "Joint Board");
  EXPECT_EQ(c[0].content, (Strings{"The plant will close in May"}));
  EXPECT_EQ(c[0].via, "the Valley Herald");
  // Not set off by a comma, the phrase before the parenthesis is no source.
  c =
      Run("The clerks noted that the role of the Joint Board (JB) in the county could indicate "
          "that the plant will close.");
  for (const auto& x : c) {
    EXPECT_EQ(x.source.find("(JB)"), std::string::npos);
  }
  c =
      Run("The board said the plant had been sold and according to its lawyers the sale was "
          "legal.");
  for (const auto& x : c) {
    EXPECT_EQ(x.via, "");
  }
  // "as requested by X" names no channel.
  c =
      Run("The board said it would reopen talks with the union, as requested by Governor Ann "
          "Holt.");
  for (const auto& x : c) {
    EXPECT_EQ(x.via, "");
  }
  // A clause that is no reporter stays in the content.
  c = Run("The harbour chief said the quay would reopen once the crane it reported was fixed.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].via, "");
}

TEST_F(AttributionTest, CategoriesAndDenial) {
  auto c =
      Run("The agency warned that the dam could fail. "
          "Economists estimated that prices would rise. "
          "The two governments declined to confirm or deny the deal.");
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].category, model::CueCategory::kWarning);
  EXPECT_EQ(c[1].category, model::CueCategory::kEstimate);
  EXPECT_EQ(c[2].category, model::CueCategory::kDenial);
  EXPECT_EQ(c[2].cue, "declined to confirm or deny");
  EXPECT_TRUE(c[2].negated);
  EXPECT_EQ(c[2].content, (Strings{"the deal"}));
}

TEST_F(AttributionTest, UnattributedHedges) {
  auto c = Run("It is estimated that a thousand homes lost power.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_TRUE(c[0].unattributed);
  EXPECT_EQ(c[0].source, "");
  EXPECT_EQ(c[0].source_mention, -1);
  EXPECT_EQ(c[0].content, (Strings{"a thousand homes lost power"}));
}

TEST_F(AttributionTest, PossessiveNounCue) {
  auto c = Run("The ministry's assessment that inflation had peaked surprised traders.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The ministry");
  EXPECT_EQ(c[0].lemma, "assessment");
}

TEST_F(AttributionTest, NoClaimWithoutAttribution) {
  EXPECT_TRUE(Run("The reported damage was repaired. The noted author arrived.").empty());
  EXPECT_TRUE(
      Run("Officials visited the state capital during the president's state visit.").empty());
  EXPECT_TRUE(Run("\u201CWe said no,\u201D").empty());
  EXPECT_TRUE(Run("").empty());
}

TEST_F(AttributionTest, SourceMentionsAreCreatedWithTypes) {
  auto c = Run("The spokeswoman said the office would reopen.");
  ASSERT_EQ(c.size(), 1u);
  ASSERT_GE(c[0].source_mention, 0);
  const auto& m = mentions_[c[0].source_mention];
  EXPECT_EQ(Text(m.span), "The spokeswoman");
  EXPECT_EQ(m.type, model::EntityType::kPerson);
  EXPECT_EQ(m.kind, model::MentionKind::kNominal);
}

TEST_F(AttributionTest, ExistingMentionIsReused) {
  doc_ = model::Document();
  doc_.text = "Acme Corp said profits doubled.";
  auto layer = text::Segment(doc_.text);
  std::vector<model::Mention> mentions(1);
  mentions[0].span = {0, 9};
  mentions[0].label = "Acme Corp";
  auto claims = extractor_->Extract(doc_, layer, mentions, {});
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].source_mention, 0);
  EXPECT_EQ(mentions.size(), 1u);
}

TEST_F(AttributionTest, DashSignedQuote) {
  auto c = Run("\u201CThe schools need more teachers.\u201D \u2015 Ana Silva\n");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Ana Silva");
  EXPECT_EQ(c[0].content, (Strings{"The schools need more teachers"}));
  EXPECT_TRUE(c[0].direct);
}

TEST_F(AttributionTest, SpeakerLabelOpensParagraph) {
  auto c = Run("HOST: Welcome back to the show tonight.\n\nGUEST: Thanks for having me here.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].source, "HOST");
  EXPECT_EQ(c[0].cue, ":");
  EXPECT_EQ(c[0].content, (Strings{"Welcome back to the show tonight"}));
  EXPECT_EQ(c[1].source, "GUEST");
}

// The sentence splits after the question mark, so the speaker opens a
// sentence of their own: TryTrailing still takes the quote closing the one
// before (TryCue's inline test lets such a source through).
TEST_F(AttributionTest, TrailingCueAfterQuoteSplitOff) {
  auto c = Run("The mayor spoke at the harbour.\n\n\u201CWhy now?\u201D Ortiz said.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Ortiz");
  EXPECT_EQ(c[0].content, (Strings{"Why now"}));
}

// Mid-sentence "in" starts no poll's claim (TryInPoll takes a sentence's
// first token only; DoSentence no longer asks it about any other).
TEST_F(AttributionTest, InMidSentenceIsNoPoll) {
  EXPECT_TRUE(Run("Voters in the latest county poll, held in May, favour the levy.").empty());
}

TEST_F(AttributionTest, FollowUpQuoteJoinsTheClaim) {
  auto c =
      Run("\u201CWe will appeal,\u201D the lawyer said. \u201CThe ruling ignores the facts.\u201D");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"We will appeal", "The ruling ignores the facts"}));
}

TEST_F(AttributionTest, TwoApostrophesAsQuotes) {
  auto c = Run("''Taxes will rise,'' said Mr. Holt, an economist at the institute.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Mr. Holt");
  EXPECT_EQ(c[0].content, (Strings{"Taxes will rise"}));
}

TEST_F(AttributionTest, UnnamedOfficialStandsForOrganisation) {
  doc_ = model::Document();
  doc_.text = "An official from the Ports Authority said the dock would close.";
  auto layer = text::Segment(doc_.text);
  std::vector<model::Mention> mentions(1);
  const auto at = static_cast<uint32_t>(doc_.text.find("the Ports Authority"));
  mentions[0].span = {at, at + 19};
  mentions[0].label = "Ports Authority";
  auto claims = extractor_->Extract(doc_, layer, mentions, {});
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(Text(*claims[0].source), "An official from the Ports Authority");
  EXPECT_EQ(claims[0].source_mention, 0);
}

TEST_F(AttributionTest, SubordinateEventIsNoClaim) {
  EXPECT_TRUE(Run("Prices rose as Acme Corp defended its pricing.").empty());
}

TEST_F(AttributionTest, SpeakerAfterQuestionQuote) {
  auto c = Run("\u201CWhy did nobody warn us?\u201D Mayor Ruiz said.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Mayor Ruiz");
  EXPECT_EQ(c[0].content, (Strings{"Why did nobody warn us"}));
}

TEST_F(AttributionTest, IntentKeepsTo) {
  auto c = Run("Governor Ann Lee pledged to cut the sales tax.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].lemma, "pledge");
  EXPECT_EQ(c[0].content, (Strings{"to cut the sales tax"}));
}

TEST_F(AttributionTest, InvertedSpeakerIsNoClause) {
  auto c =
      Run("Pat Moe, who teaches law at the college, said the court's ruling didn't settle it.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Pat Moe");
  EXPECT_EQ(c[0].content, (Strings{"the court's ruling didn't settle it"}));
}

TEST_F(AttributionTest, AsSourcePutIt) {
  auto c = Run("The levy is a tax on work, as the union leader put it in a letter.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].lemma, "put it");
  EXPECT_EQ(c[0].source, "the union leader");
  EXPECT_EQ(c[0].content, (Strings{"The levy is a tax on work"}));
  auto q = Run("Critics call it \u201Ca tax on work,\u201D as Mayor Ruiz said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].source, "Mayor Ruiz");
  EXPECT_EQ(q[0].content, (Strings{"a tax on work"}));
  auto l = Run("As one senator put it, the bill is dead on arrival.");
  ASSERT_EQ(l.size(), 1u);
  EXPECT_EQ(l[0].content, (Strings{"the bill is dead on arrival"}));
}

TEST_F(AttributionTest, PutItWithoutAsIsNoCue) {
  EXPECT_TRUE(Run("The clerk put it on the table after lunch.").empty());
}

TEST_F(AttributionTest, ContractedPronounSubject) {
  auto c = Run("He\u2019s claiming that the count was rigged.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].lemma, "claim");
  EXPECT_EQ(c[0].source, "He");
  EXPECT_EQ(c[0].content, (Strings{"the count was rigged"}));
  auto p = Run("She's said she will run again.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].source, "She");
  EXPECT_EQ(p[0].content, (Strings{"she will run again"}));
  EXPECT_TRUE(Run("He's the mayor's brother.").empty());
  // A contracted relative inside dashes: its pronoun is checked as a head
  // (this used to cut the already-short word again).
  EXPECT_TRUE(Run("The levy is now an issue, with Mayor Ann Moe \u2014 who\u2019s called for a "
                  "tax on hotels \u2014 criticizing the plan.")
                  .empty());
}

TEST_F(AttributionTest, ProgressiveStanceAfterAdverbs) {
  auto c = Run("Senator Ann Moe is once again questioning the vote count.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].lemma, "question");
  EXPECT_EQ(c[0].source, "Senator Ann Moe");
  EXPECT_EQ(c[0].content, (Strings{"the vote count"}));
  auto e = Run("The governor is also encouraging residents to vote early.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].lemma, "encourage");
  EXPECT_EQ(e[0].content, (Strings{"residents to vote early"}));
}

TEST_F(AttributionTest, SaidNoStartsAClause) {
  auto c = Run("The fire chief said no one was hurt in the blaze.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The fire chief");
  EXPECT_EQ(c[0].content, (Strings{"no one was hurt in the blaze"}));
  EXPECT_TRUE(Run("The fire chief said no to the new budget.").empty());
}

TEST_F(AttributionTest, TimePhraseBetweenSubjectAndCue) {
  auto c = Run("Ann Moe on Friday said the plan had failed.", "2025-01-27");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Ann Moe");
  EXPECT_EQ(c[0].content, (Strings{"the plan had failed"}));
  EXPECT_EQ(c[0].stated_on, "2025-01-24");
  auto r = Run("It was the senator who in 2010 said the levy was unfair.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].source, "the senator who");
  EXPECT_EQ(r[0].content, (Strings{"the levy was unfair"}));
  EXPECT_EQ(r[0].stated_on, "2010");
}

TEST_F(AttributionTest, QuotedQuestionAsked) {
  auto c = Run("\u201CWho will pay for the bridge?\u201D Mayor Ruiz asked.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].lemma, "ask");
  EXPECT_EQ(c[0].source, "Mayor Ruiz");
  EXPECT_EQ(c[0].content, (Strings{"Who will pay for the bridge"}));
  auto l = Run("She asked: \u201CWho will pay for the bridge?\u201D");
  ASSERT_EQ(l.size(), 1u);
  EXPECT_EQ(l[0].source, "She");
  EXPECT_TRUE(Run("The bridge is late, the mayor asked.").empty());
}

TEST_F(AttributionTest, DemandParticipleAfterComma) {
  auto c = Run("Ann Moe spoke at the rally on Friday, calling for new talks with the union.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].lemma, "call for");
  EXPECT_EQ(c[0].source, "Ann Moe");
  EXPECT_EQ(c[0].content, (Strings{"new talks with the union"}));
  EXPECT_TRUE(Run("The report traced the losses, underscoring the risk to the fund.").empty());
}

TEST_F(AttributionTest, PassiveWithAgent) {
  auto c = Run("The housing deal was first reported by the Capital Ledger.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].lemma, "report");
  EXPECT_EQ(c[0].source, "the Capital Ledger");
  EXPECT_EQ(c[0].content, (Strings{"The housing deal"}));
  auto p = Run("In March, the toll road was criticized by Mayor Ruiz.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].source, "Mayor Ruiz");
  EXPECT_EQ(p[0].content, (Strings{"the toll road"}));
  EXPECT_TRUE(Run("He was told by doctors to rest.").empty());
}

TEST_F(AttributionTest, QuantityOfSpeakers) {
  auto c = Run("A group of economists said the tariff would slow growth.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "A group of economists");
  EXPECT_EQ(c[0].content, (Strings{"the tariff would slow growth"}));
  auto p = Run("The toll road has been endorsed by dozens of mayors.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].source, "dozens of mayors");
  EXPECT_EQ(p[0].content, (Strings{"The toll road"}));
}

TEST_F(AttributionTest, AgreeThatClause) {
  auto c = Run("The three economists agreed that the levy would raise prices.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].lemma, "agree");
  EXPECT_EQ(c[0].content, (Strings{"the levy would raise prices"}));
  EXPECT_TRUE(Run("The mayor agreed with the council.").empty());
}

TEST_F(AttributionTest, PossessiveNounThatClause) {
  auto c = Run("Few residents trusted the mayor's insistence that the bridge was safe.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].lemma, "insistence");
  EXPECT_EQ(c[0].source, "the mayor");
  EXPECT_EQ(c[0].content, (Strings{"the bridge was safe"}));
  EXPECT_TRUE(Run("The mayor's views on taxes are well known.").empty());
}

TEST_F(AttributionTest, WholeNounPhraseSubject) {
  auto c = Run("Specialists on Canada and fishing policy said the quota would be cut again.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Specialists on Canada and fishing policy");
  EXPECT_EQ(c[0].content, (Strings{"the quota would be cut again"}));
  auto r = Run("In 2019, research carried out by the Rural Transport Trust found bus use fell.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].source, "research carried out by the Rural Transport Trust");
  auto t = Run("Those close to the governor say that she will not run again.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].source, "Those close to the governor");
  EXPECT_EQ(t[0].content, (Strings{"she will not run again"}));
}

TEST_F(AttributionTest, QuantifierAndPluralSubjects) {
  auto c = Run("Some believe the new bypass will empty the high street.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Some");
  EXPECT_EQ(c[0].content, (Strings{"the new bypass will empty the high street"}));
  auto p = Run("But beekeepers worry that the spraying could wipe out their hives.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].source, "beekeepers");
  EXPECT_EQ(p[0].content, (Strings{"the spraying could wipe out their hives"}));
  auto w = Run("Tenants, many of whom say the rent rise is unlawful, marched on Saturday.");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].source, "many of whom");
  // A plural noun before a verb-like noun is no source without "that".
  auto n = Run("The mayor cited disparaging remarks the rival had made about farmers.");
  ASSERT_EQ(n.size(), 1u);
  EXPECT_EQ(n[0].cue, "cited");
  EXPECT_TRUE(Run("In the north, sweeping curfews add fuel to the unrest.").empty());
}

TEST_F(AttributionTest, AdverbBetweenSubjectAndCue) {
  auto c = Run("The harbour board sharply criticized the new ferry timetable.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The harbour board");
  EXPECT_EQ(c[0].cue, "criticized");
  auto j = Run("Northwind Airlines just announced it would drop the route in March.");
  ASSERT_EQ(j.size(), 1u);
  EXPECT_EQ(j[0].source, "Northwind Airlines");
  EXPECT_EQ(j[0].content, (Strings{"it would drop the route in March"}));
}

TEST_F(AttributionTest, TitleCaseHeadlineVerb) {
  auto c = Run("Harbour Master Says Ferry Service Will Resume Next Week");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Harbour Master");
  EXPECT_EQ(c[0].cue, "Says");
  EXPECT_EQ(c[0].content, (Strings{"Ferry Service Will Resume Next Week"}));
  // A plural noun in a headline is no verb.
  EXPECT_TRUE(Run("New Parking Rules Face Early Legal Challenge").empty());
}

TEST_F(AttributionTest, ToldQuotedProgramme) {
  auto c = Run("The senator told NBC's \u201CEvening Desk\u201D that the vote would be close.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The senator");
  EXPECT_EQ(c[0].content, (Strings{"the vote would be close"}));
}

TEST_F(AttributionTest, TrailingCueThenParticipleClause) {
  auto c =
      Run("\u201CWe will keep the clinic open,\u201D she said at a news conference announcing "
          "that the county had found new money.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].source, "she");
  EXPECT_EQ(c[0].content, (Strings{"We will keep the clinic open"}));
  EXPECT_TRUE(c[0].direct);
}

TEST_F(AttributionTest, MoreVerbsOfSpeechAndAttitude) {
  auto d = Run("The port authority declined to comment on the collision.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].lemma, "decline");
  EXPECT_EQ(d[0].category, model::CueCategory::kDenial);
  EXPECT_EQ(d[0].content, (Strings{"to comment on the collision"}));
  auto c = Run("Senator Ruiz charges that the contractor inflated its bills.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].lemma, "charge");
  EXPECT_EQ(c[0].content, (Strings{"the contractor inflated its bills"}));
  auto u = Run("Governor Hale unveiled a plan to rebuild the northern rail line.");
  ASSERT_EQ(u.size(), 1u);
  EXPECT_EQ(u[0].source, "Governor Hale");
  EXPECT_EQ(u[0].content, (Strings{"a plan to rebuild the northern rail line"}));
}

TEST_F(AttributionTest, InnerActInsideReportedClauseIsNoClaim) {
  auto c = Run("The ministry confirmed that Norland has expressed its wish to join the pact.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The ministry");
  EXPECT_EQ(c[0].content, (Strings{"Norland has expressed its wish to join the pact"}));
}

TEST_F(AttributionTest, ClauseStopsBeforeSecondSpeakerAfterNumber) {
  auto c = Run(
      "She said tenants would not qualify, and when asked why, the mother of three replied that "
      "the rules were unfair.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].source, "She");
  EXPECT_EQ(c[0].content, (Strings{"tenants would not qualify"}));
}

TEST_F(AttributionTest, SentenceInitialNameBeforeThatClause) {
  auto c = Run("The vote is close. Okafor believes that the council will back the plan.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Okafor");
  EXPECT_EQ(c[0].content, (Strings{"the council will back the plan"}));
}

TEST_F(AttributionTest, InfinitiveAfterControlVerb) {
  auto c = Run("Senator Ruiz went on to explain that the bridge tolls would rise in May.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Senator Ruiz");
  EXPECT_EQ(c[0].cue, "explain");
  EXPECT_EQ(c[0].content, (Strings{"the bridge tolls would rise in May"}));
  // Only the subject of a verb the infinitive completes: not "asked him to".
  auto t = Run("The council asked him to explain the delay.");
  for (const auto& x : t) {
    EXPECT_NE(x.cue, "explain");
  }
}

TEST_F(AttributionTest, TopicAfterAbout) {
  auto c = Run("Mayor Lena Ortiz complained about the state of the northern ring road.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Mayor Lena Ortiz");
  EXPECT_EQ(c[0].content, (Strings{"the state of the northern ring road"}));
}

TEST_F(AttributionTest, NegatedProgressive) {
  auto c = Run("Governor Hale isn't saying whether she will sign the budget.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Governor Hale");
  EXPECT_TRUE(c[0].negated);
}

TEST_F(AttributionTest, NounAndNumberReadingsAreNoCues) {
  EXPECT_TRUE(Run("Ticket sales declined slightly from 40 percent to 38 percent.").empty());
  EXPECT_TRUE(Run("A set of Clean Water Act rules could close hundreds of farms.").empty());
  auto c = Run("The mayor urged residents to come out and support the levy in May.");
  for (const auto& x : c) {
    EXPECT_NE(x.cue, "support");  // an infinitive's verb, not the mayor's act
  }
  auto s = Run("Envoy Ana Silva urged both sides to talk and warned that sanctions would follow.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[1].cue, "warned");
  EXPECT_EQ(s[1].source, "Envoy Ana Silva");
}

TEST_F(AttributionTest, ColonClosingParagraphIntroducesNextOne) {
  auto c =
      Run("The mayor spoke for an hour. The governor added:\n\nWe will not close the port. The "
          "workers deserve better than this.\n\nThe meeting ended at noon.");
  ASSERT_GE(c.size(), 1u);
  const Seen* added = nullptr;
  for (const auto& x : c) {
    if (x.cue == "added") {
      added = &x;
    }
  }
  ASSERT_NE(added, nullptr);
  EXPECT_EQ(added->source, "The governor");
  EXPECT_EQ(added->content,
            (Strings{"We will not close the port. The workers deserve better than this"}));
}

TEST_F(AttributionTest, AskedClauseIsNotContent) {
  // The answer's content leaves the question out; the question is a claim
  // of its own (AskedQuestionWithoutAsker).
  auto c = Run(
      "Asked whether the mine would reopen, Director Ana Silva said, \u201CNot this year.\u201D");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[1].source, "Director Ana Silva");
  EXPECT_EQ(c[1].content, (Strings{"Not this year"}));
}

TEST_F(AttributionTest, SpeakersRefusalAfterButEndsContent) {
  // "X said C but declined to D": the refusal is the speaker's next act.
  auto c = Run("The ferry line said fares would rise but declined to give figures.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The ferry line");
  EXPECT_EQ(c[0].content, (Strings{"fares would rise"}));
  c = Run("The ferry line said fares would rise, but refused to say by how much.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"fares would rise"}));
  // After "and" it may be the content's subject's; a figure is no refusal.
  c = Run("Police say the driver sped off and refused to stop.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the driver sped off and refused to stop"}));
  c = Run("The ferry line said fares rose to 5 dlrs but declined to 3 dlrs.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"fares rose to 5 dlrs but declined to 3 dlrs"}));
}

TEST_F(AttributionTest, TwoSpeakersJoinedByAndOpeningTheSentence) {
  // "Officials and analysts said C", "The mayor and the governor said C":
  // both are the source, not the second alone.
  auto c = Run("Officials and analysts said the harbour would reopen.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Officials and analysts");
  c = Run("But the mayor and the port authority said the harbour would reopen.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "the mayor and the port authority");
  // Not past a clause: "X rejected the plan and officials said C".
  c = Run("The council rejected the plan and officials said the harbour would reopen.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c.back().source, "officials");
}

TEST_F(AttributionTest, SpeakingEventBetweenSourceAndCueIsNoPartOfSource) {
  // "X in a statement said C": where X spoke is no part of X, before a
  // content or after one.
  auto c = Run("The mayor in a statement on Friday said the quay was closed.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The mayor");
  c = Run("“The quay is closed,” Mayor Tom Lund in a telephone interview said.", "2025-01-24",
          {"Tom Lund"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Mayor Tom Lund");
  // ("The Harbour Statement said C": a name, not an event.)
  c = Run("The Harbour Statement said the quay was closed.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The Harbour Statement");
}

TEST_F(AttributionTest, SpeakingEventBeforeShortContentWithoutThat) {
  // "X said in a statement C" without "that": the event is no content, also
  // when C is short, after a time, or opens with a plain noun or "there".
  auto c = Run("The ferry line said in a statement prices would rise.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The ferry line");
  EXPECT_EQ(c[0].content, (Strings{"prices would rise"}));
  c = Run("The ferry line said in a statement yesterday a small loss was expected.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"a small loss was expected"}));
  c = Run("The harbour master said at a news conference there is no danger to ships.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"there is no danger to ships"}));
  // A participle or a preposition after the noun is the event's own.
  c = Run("The ferry line said in a statement issued on Friday that prices would rise.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"prices would rise"}));
  c = Run("The ferry line said in a statement.");
  EXPECT_TRUE(c.empty());
}

TEST_F(AttributionTest, DegreeAdverbBeforeCueIsNoPartOfSource) {
  // "X almost universally condemned C", "X nearly always says C": the
  // adverbs between the subject and the cue are no part of the source.
  auto c = Run("Harbour pilots almost universally condemned the new tolls.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Harbour pilots");
  c = Run("Officials nearly always say the ferry will run on time.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Officials");
  c = Run("The mayor will almost certainly explain the plan to the council.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The mayor");
}

TEST_F(AttributionTest, NounOfSayingAsSubjectEndsBeforeMainVerb) {
  // "X's assurance that C did D": assurances, acknowledgments and
  // pronouncements are said; the phrase is the sentence's subject, so C
  // ends before the main clause's verb.
  auto c = Run("The mayor's assurance that the bridge is safe did not calm residents.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The mayor");
  EXPECT_EQ(c[0].cue, "assurance");
  EXPECT_EQ(c[0].content, (Strings{"the bridge is safe"}));
  c = Run("The union's claim that the mill was unsafe was rejected last year.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the mill was unsafe"}));
  c = Run("The board's acknowledgment that profits had fallen in May surprised investors.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"profits had fallen in May"}));
  // Another clause inside C: where C ends is unsure, so it runs on.
  c = Run("The firm's claim that workers were paid less than women earned was false.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"workers were paid less than women earned was false"}));
  c = Run("Despite official pronouncements that the crisis was over, prices kept rising.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "");
  EXPECT_EQ(c[0].content, (Strings{"the crisis was over"}));
}

TEST_F(AttributionTest, PluralCueNounAfterVerbIsNoVerb) {
  // "rejected claims that C": the plural is the object of the verb before
  // it, not "X claims C" (the mayor denies C here).
  for (auto text : {"The mayor rejected claims that the bridge is unsafe.",
                    "The mayor denounced press reports that the bridge is unsafe.",
                    "The council scrutinized reports like the annual audit."}) {
    for (const auto& c : Run(text)) {
      EXPECT_NE(c.cue, "claims") << text;
      EXPECT_NE(c.cue, "reports") << text;
    }
  }
  // After a word naming their kind too: "damage claims", "media reports said".
  for (const auto& c : Run("The city agreed to pay for damage claims the owners filed.")) {
    EXPECT_NE(c.cue, "claims");
  }
  auto c = Run("Local media reports said the mill had closed.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Local media reports");
  EXPECT_EQ(c[0].cue, "said");
  // A subject before the verb keeps it: "the newspaper reports that C".
  c = Run("The newspaper reports that the mill had closed.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].cue, "reports");
}

TEST_F(AttributionTest, RelativeClauseCueEndsBeforeMainVerb) {
  // "X, who said C, D": the relative clause ends at the comma before the
  // main clause's verb, which is no part of C.
  auto c = Run("The mayor, who has said the bridge is unsafe, closed the road on Friday.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the bridge is unsafe"}));
  c = Run("The panel, which found that the dam was weak, has asked for more money.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the dam was weak"}));
  // Only C's first comma may close the clause: "the plant, its oldest,
  // would close" is C's own apposition and verb.
  c = Run("The owner, who said the plant, its oldest, would close soon.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the plant, its oldest, would close soon"}));
  // The clause closed before the cue: C runs on as before.
  c = Run("The firm, which owns the mill, said its manager, Tom Lund, was hired by the union.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"its manager, Tom Lund, was hired by the union"}));
}

TEST_F(AttributionTest, AskedQuestionWithoutAsker) {
  // "Asked whether C, X said D": the question, put by nobody named, is C;
  // "about" is no part of it.
  auto c = Run("Asked whether the ferry would run, the captain said it would.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_TRUE(c[0].unattributed);
  EXPECT_EQ(c[0].source, "");
  EXPECT_EQ(c[0].cue, "Asked");
  EXPECT_EQ(c[0].content, (Strings{"whether the ferry would run"}));
  EXPECT_EQ(c[1].source, "the captain");
  EXPECT_EQ(c[1].content, (Strings{"it would"}));
  c = Run("The mayor spoke briefly. When asked about the toll increase, she said nothing.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].cue, "asked");
  EXPECT_EQ(c[0].content, (Strings{"the toll increase"}));
  // Without a comma the question ends at the answer's speech tag.
  c = Run("Asked about the flooding he said the dam would hold.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the flooding"}));
  // A passive's subject is the one asked: "X was asked how C".
  c = Run("The governor was once asked how the bridge would be paid for.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_TRUE(c[0].unattributed);
  EXPECT_EQ(c[0].content, (Strings{"The governor", "how the bridge would be paid for"}));
  // A request is no question, nor is "asked to comment" alone.
  EXPECT_TRUE(Run("Shareholders will be asked to approve the merger.").empty());
  EXPECT_TRUE(Run("The driver stopped when asked to do so by the police officers.").empty());
  c = Run("Asked to comment, the owner said the shop would stay open.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "the owner");
}

TEST_F(AttributionTest, RightQuoteOpeningSignedQuote) {
  auto c =
      Run("\u201DThe river is our livelihood and we will defend it.\u201D \u2015 Maria Delgado\n");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Maria Delgado");
  EXPECT_EQ(c[0].content, (Strings{"The river is our livelihood and we will defend it"}));
}

TEST_F(AttributionTest, ObjectContentEndsAtCommaOrNextVerb) {
  auto c = Run("Mayor Lena Ortiz called the plan \u201Creckless\u201D and called for a new vote.");
  ASSERT_GE(c.size(), 2u);
  EXPECT_EQ(c[0].cue, "called");
  // The closing quote mark is trimmed like any trailing punctuation.
  EXPECT_EQ(c[0].content, (Strings{"the plan \u201Creckless"}));
  auto a = Run("Senator Ruiz accused the port's director, Tom Hale, of hiding the losses.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].content, (Strings{"the port's director, Tom Hale, of hiding the losses"}));
}

TEST_F(AttributionTest, ProgressiveIntent) {
  auto c = Run("Governor Hale is promising to reopen the rail line by spring.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Governor Hale");
  EXPECT_EQ(c[0].content, (Strings{"to reopen the rail line by spring"}));
}

TEST_F(AttributionTest, CitingAfterAClaimIsAClaimOfItsOwn) {
  auto c = Run(
      "Trade analysts said tariffs had hurt farmers, citing the fall in soybean exports to Asia.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].content, (Strings{"tariffs had hurt farmers"}));
  EXPECT_EQ(c[1].cue, "citing");
  EXPECT_EQ(c[1].source, "Trade analysts");
  EXPECT_EQ(c[1].content, (Strings{"the fall in soybean exports to Asia"}));
  // A channel named in an apposition is no claim of the earlier speaker.
  auto n =
      Run("The mayor said little, but The Harbour Gazette, citing a port official, reported that "
          "the dock would close.");
  for (const auto& x : n) {
    // Only the cited official's own claim, reported by the paper's.
    EXPECT_TRUE(x.cue != "citing" || (x.source == "a port official" && x.reported_by >= 0));
  }
}

TEST_F(AttributionTest, ClauseEndsAtSemicolonAndFiniteCue) {
  auto c = Run(
      "The Fiscal Council estimates that the levy would raise $4 billion; the treasury puts the "
      "figure lower.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the levy would raise $4 billion"}));
  auto r = Run(
      "Governor Hale, who knew that the vote would fail, told her aides to prepare a new bill.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(r[0].cue, "knew");
  EXPECT_EQ(r[0].content, (Strings{"the vote would fail"}));
  auto p = Run("The coach complained about the pitch, even suggesting it had been sabotaged.");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0].content, (Strings{"the pitch"}));
  EXPECT_EQ(p[1].cue, "suggesting");
  EXPECT_EQ(p[1].source, "The coach");
  EXPECT_EQ(p[1].content, (Strings{"it had been sabotaged"}));
}

TEST_F(AttributionTest, ToldAddresseeToDoSomething) {
  auto c = Run("Mayor Lena Ortiz told residents at a town meeting to boil their water.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Mayor Lena Ortiz");
  EXPECT_EQ(c[0].content, (Strings{"residents at a town meeting to boil their water"}));
}

TEST_F(AttributionTest, PollLabelHeadline) {
  auto c = Run("Poll: Most voters back the new harbour levy\n\nThe survey was taken in May.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Poll");
  EXPECT_EQ(c[0].content, (Strings{"Most voters back the new harbour levy"}));
  EXPECT_TRUE(Run("Video: Watch the harbour parade\n\nIt was sunny.").empty());
}

TEST_F(AttributionTest, TaggedNameOpeningTheSentenceIsTheParticiplesSource) {
  // The tagger's name, not the phrase running on past the verb ("Ann Moe
  // appeared on a radio show").
  auto c =
      Run("Ann Moe appeared on a radio show and began by saying she would never judge a patient "
          "from afar.",
          "2025-01-24", {"Ann Moe"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Ann Moe");
  EXPECT_EQ(c[0].content, (Strings{"she would never judge a patient from afar"}));
  auto t =
      Run("Ann Moe, a surgeon, then appeared on a radio show and began by saying the fine was "
          "unfair.",
          "2025-01-24", {"Ann Moe"});
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].source, "Ann Moe");
  // A possessive name is no subject.
  EXPECT_TRUE(Run("Ann Moe's lawyer appeared on a radio show and began by saying the fine was "
                  "unfair.",
                  "2025-01-24", {"Ann Moe"})
                  .empty());
}

TEST_F(AttributionTest, OpeningPronounAndPastTenseIsTheParticiplesSource) {
  // "She began by saying C": a subject pronoun opening the sentence and its
  // past tense ("began", "opened") carry the participle.
  auto c = Run("She began by saying the ferry fares would fall in spring.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "She");
  EXPECT_EQ(c[0].cue, "saying");
  EXPECT_EQ(c[0].content, (Strings{"the ferry fares would fall in spring"}));
  auto t = Run("But he opened the harbour meeting, saying fewer ships would dock this year.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].source, "he");
  // Past another clause and its subject the participle may be theirs.
  EXPECT_TRUE(
      Run("He left the quay because the guards came, saying that the gates were locked.").empty());
}

TEST_F(AttributionTest, LowerCaseTitleBeforeTheTaggedNameOpensTheParticiplesSource) {
  // A title in lower-case words, headed by a person noun, before the
  // tagger's name: the whole phrase is the subject the participle hangs on.
  auto c =
      Run("Harbour guild leader Ann Moe toured the quay on Monday, saying that the "
          "ferries should run all winter.",
          "2025-01-24", {"Ann Moe"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Harbour guild leader Ann Moe");
  EXPECT_EQ(c[0].content, (Strings{"the ferries should run all winter"}));
  // A connective and its comma open the sentence.
  auto h = Run("However, Ann Moe toured the quay, saying that the ferries should run all winter.",
               "2025-01-24", {"Ann Moe"});
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].source, "Ann Moe");
  // Words that are no title ("near the quay") do not reach the name.
  EXPECT_TRUE(Run("Near the quay Ann Moe's dog barked, saying nothing.", "2025-01-24", {"Ann Moe"})
                  .empty());
}

TEST_F(AttributionTest, CapitalisedCueWordEndingANameIsNoCue) {
  // "Report" in a publication's name is no cue; the speaker's "said" is.
  auto c =
      Run("\"The ferries will run all winter,\" said Ann Moe, an editor at the Harbour "
          "Report.",
          "2025-01-24", {"Ann Moe"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].cue, "said");
  EXPECT_EQ(c[0].source, "Ann Moe");
  EXPECT_TRUE(Run("The survey ran in the Quay Review and the Harbour Report.").empty());
  // A headline in title case keeps its cue.
  auto h = Run("Ferries Will Run All Winter, Harbour Pilot Ann Moe Says.\n\nThe quay was quiet.",
               "2025-01-24", {"Ann Moe"});
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].cue, "Says");
  EXPECT_EQ(h[0].content, (Strings{"Ferries Will Run All Winter"}));
}

TEST_F(AttributionTest, RulesIsAVerbOnlyAfterASpeaker) {
  EXPECT_TRUE(Run("Under existing guild rules the ferries must stop at midnight.").empty());
  EXPECT_TRUE(Run("Banks must meet new capital rules set by the board.").empty());
  EXPECT_TRUE(
      Run("The harbour board rejected new mooring rules that would double the fees.").size() <= 1u);
  for (const auto& c :
       Run("The harbour board rejected new mooring rules that would double the fees.")) {
    EXPECT_NE(c.cue, "rules");
  }
  auto c = Run("The court rules that the ferry fare is lawful.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The court");
  EXPECT_EQ(c[0].cue, "rules");
  EXPECT_EQ(c[0].content, (Strings{"the ferry fare is lawful"}));
}

TEST_F(AttributionTest, ChainOfPhrasesBeforeThatIsSkipped) {
  // "in a note to the board in the town" runs past the one-phrase test; up
  // to "that" it is the cue's adjuncts, its date the statement date.
  auto c =
      Run("Ann Moe wrote in a note to the harbour board on Monday that the ferries are "
          "the lifeblood of the town.",
          "2025-01-24", {"Ann Moe"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Ann Moe");
  EXPECT_EQ(c[0].content, (Strings{"the ferries are the lifeblood of the town"}));
  EXPECT_EQ(c[0].stated_on, "2025-01-20");
  auto t =
      Run("Ann Moe told reporters at a briefing in the capital on the eve of the vote that "
          "the ferries would run.",
          "2025-01-24", {"Ann Moe"});
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].content, (Strings{"the ferries would run"}));
  // A clause before "that" ends the phrases: no chain.
  for (const auto& x : Run("Ann Moe toured the quay, saying at the time she was ready to sail in "
                           "exchange for pledges that the ferries would run.",
                           "2025-01-24", {"Ann Moe"})) {
    EXPECT_NE(x.content, (Strings{"the ferries would run"}));
  }
  for (const auto& x : Run("Ann Moe said at the meeting on the quay the plan would fail and that "
                           "the ferries would run.",
                           "2025-01-24", {"Ann Moe"})) {
    EXPECT_NE(x.content, (Strings{"the ferries would run"}));
  }
}

TEST_F(AttributionTest, SubjectWithRelativeClauseIsNoInvertedContent) {
  // The name after the cue opens the content; the subject with its relative
  // clause is the speaker, not what was said.
  auto c = Run("Ann Moe, who ran the harbour board from 2012 until last year, said Roe left.",
               "2025-01-24", {"Ann Moe"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Ann Moe");
  EXPECT_EQ(c[0].content, (Strings{"Roe left"}));
  // A clause before the relative one stays the content of "C, said X".
  auto t = Run("The ferries have a new timetable, which will start in May, said Ann Moe.",
               "2025-01-24", {"Ann Moe"});
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].source, "Ann Moe");
  EXPECT_EQ(t[0].content, (Strings{"The ferries have a new timetable, which will start in May"}));
}

TEST_F(AttributionTest, InvertedSourceOfACompanyMayBeLong) {
  // "C, said NAME of ORG" with the organisation ending the sentence is one
  // speaker however long; the whole phrase is the source, as before the cue.
  auto c =
      Run("The rise is likely to please the central bank, said Ann Moe of Harbour Street "
          "Securities Inc.",
          "2025-01-24", {"Ann Moe"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Ann Moe of Harbour Street Securities Inc");
  EXPECT_EQ(c[0].content, (Strings{"The rise is likely to please the central bank"}));
  auto w =
      Run("Ferry fares will rise again in the spring, said Tom Reyes with the Quay Street "
          "Brothers Trading Co.",
          "2025-01-24", {"Tom Reyes"});
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].source, "Tom Reyes with the Quay Street Brothers Trading Co");
  // "First" in a company's name is no auxiliary ending the speaker.
  auto f =
      Run("\"The quay is calm,\" said Dan Pike of First Harbour Corp.", "2025-01-24", {"Dan Pike"});
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].source, "Dan Pike of First Harbour Corp");
  // An apposition after the name keeps the name as the source.
  auto a =
      Run("Ferry fares will rise again in the spring, said Tom Reyes, chief economist at "
          "Harbour Street Securities in London.",
          "2025-01-24", {"Tom Reyes"});
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].source, "Tom Reyes");
  EXPECT_EQ(a[0].content, (Strings{"Ferry fares will rise again in the spring"}));
  // No organisation at the end, or more words after it: no long source.
  for (const auto& x : Run("The fares rose, said Ann Moe of the harbour board and the ferry "
                           "company.",
                           "2025-01-24", {"Ann Moe"})) {
    EXPECT_NE(x.source, "Ann Moe of the harbour board and the ferry company");
  }
  for (const auto& x : Run("The fares rose, said Ann Moe of Harbour Street Securities Inc to the "
                           "board on the quay.",
                           "2025-01-24", {"Ann Moe"})) {
    EXPECT_EQ(x.source.find("Securities"), std::string::npos);
  }
}

TEST_F(AttributionTest, ShortAdverbBeforeTheCueIsNoPartOfTheSource) {
  auto c = Run("I truly believed the harbour would reopen in spring.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "I");
  EXPECT_EQ(c[0].content, (Strings{"the harbour would reopen in spring"}));
}

TEST_F(AttributionTest, CueNounBeforeACopulaIsNoVerb) {
  // "estimate", "note", "report" heading the subject of "is", "will".
  EXPECT_TRUE(Run("The final harbour estimate is not yet available.").empty());
  EXPECT_TRUE(Run("Each 10,000 crown ferry note will carry a coupon of five pct.").empty());
  EXPECT_TRUE(Run("The weekly quay report is expected to show a drop in landings.").empty());
  // A pronoun before it, or a relative clause, keeps the verb.
  auto c = Run("The guild owns a stake which analysts estimate is worth ten mln crowns.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "analysts");
  EXPECT_EQ(c[0].cue, "estimate");
}

TEST_F(AttributionTest, EvidenceVerbIsNeverInverted) {
  // The phrase after "shows" is its content, not a speaker.
  EXPECT_TRUE(Run("A Quay Weekly review of ferry firms that earned 2 mln crowns or more since "
                  "Feb. 3, 2021, shows Harbour Party groups outpacing rivals in recent weeks.")
                  .empty());
}

TEST_F(AttributionTest, FollowUpQuoteClosingOutsideEverySentence) {
  // A quote left open across lines up to a line opening with "...": its
  // closing token lies in no sentence; the first claim stands, nothing is read
  // out of range.
  auto c =
      Run("    \"The harbour will reopen this spring, I believe, which is sooner\nthan we hoped,\" "
          "Mayor Ann Ruiz said. \"I am sure the ferries will return\nby summer\n... And the "
          "cranes as well.\"\n    The mayor spoke in Dover on Friday.");
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(c[0].cue, "said");
  EXPECT_EQ(c[0].source, "Mayor Ann Ruiz");
}

// attr8: cues we did not find at all.

TEST_F(AttributionTest, CoordinatedVerbSharesOpeningSubject) {
  // A pronoun or a speaker-noun phrase opening the sentence is the subject
  // of a cue verb conjoined to its own verb.
  auto c = Run("He toured the flooded valley and promised that new levees would be built.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "He");
  EXPECT_EQ(c[0].cue, "promised");
  EXPECT_EQ(c[0].content, (Strings{"new levees would be built"}));
  c = Run("The company reviewed its ledgers last year and found that costs had doubled.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The company");
  EXPECT_EQ(c[0].content, (Strings{"costs had doubled"}));
  c = Run("But they met in March and agreed that the merger was dead.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "they");
  // Another clause between the verb and "and": its subject may be the one
  // who speaks, so nothing is found.
  c = Run("He left the hall because the guards came and warned that the doors were locked.");
  for (const auto& s : c) {
    EXPECT_NE(s.cue, "warned");
  }
}

TEST_F(AttributionTest, FrontedObjectOfNamingCue) {
  // "what/that X described as C": C follows "as".
  auto c =
      Run("Nine people were hurt in a blast that the fire chief described as deliberate arson.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "the fire chief");
  EXPECT_EQ(c[0].cue, "described");
  EXPECT_EQ(c[0].content, (Strings{"deliberate arson"}));
  // Inside another stance, the naming is the namer's own claim.
  c = Run("The union rejected what it described as a humiliating offer.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].source, "The union");
  EXPECT_EQ(c[0].content, (Strings{"what it described as a humiliating offer"}));
  EXPECT_EQ(c[1].source, "it");
  EXPECT_EQ(c[1].content, (Strings{"a humiliating offer"}));
  c = Run("The senator denounced what she called a sham inquiry.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[1].source, "she");
  EXPECT_EQ(c[1].cue, "called");
  EXPECT_EQ(c[1].content, (Strings{"a sham inquiry"}));
  // As a subject ("that what it called C rose") its end is unknown: only the
  // outer claim.
  c = Run("The institute warned that what it called cheap credit would fuel inflation.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].cue, "warned");
}

TEST_F(AttributionTest, ParticipleAfterCommaInsideQuote) {
  // The comma before "adding" closes the quote: "X said: “C1,” adding C2".
  auto c = Run(
      "The brewery said: \u201CSales grew in every region,\u201D adding that prices would rise.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[1].source, "The brewery");
  EXPECT_EQ(c[1].cue, "adding");
  EXPECT_EQ(c[1].content, (Strings{"prices would rise"}));
}

TEST_F(AttributionTest, PassiveChargeWithoutAgent) {
  // "X has been accused of C": nobody named makes the charge; the content
  // is X and C.
  auto c = Run("The wardens have often been accused of mistreating the prisoners.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_TRUE(c[0].unattributed);
  EXPECT_EQ(c[0].source, "");
  EXPECT_EQ(c[0].cue, "accused of");
  EXPECT_EQ(c[0].lemma, "accuse");
  EXPECT_EQ(c[0].content, (Strings{"The wardens", "mistreating the prisoners"}));
  c = Run(
      "The airline was often criticized for being slow to refund tickets, reflecting its size.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"The airline", "being slow to refund tickets"}));
  // Inside another claim the subject starts after its cue.
  c = Run("The director said the mill had been blamed for polluting the river.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].source, "The director");
  EXPECT_EQ(c[1].content, (Strings{"the mill", "polluting the river"}));
  // "criticized for" needs what the charge is about.
  c = Run("The plan was criticized for months.");
  EXPECT_TRUE(c.empty() || c[0].cue != "criticized for");
}

TEST_F(AttributionTest, RaisedSubjectAfterAdverbOrNegation) {
  // "X is widely expected to D", "X is not thought to D".
  auto c = Run("The ferry company is widely expected to cut its winter timetable.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_TRUE(c[0].unattributed);
  EXPECT_EQ(c[0].content, (Strings{"The ferry company", "to cut its winter timetable"}));
  // A subordinate clause ends at its comma.
  c = Run("Although the rebels are not thought to hold the airport, the roads are closed.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_TRUE(c[0].negated);
  EXPECT_EQ(c[0].content, (Strings{"the rebels", "to hold the airport"}));
  // The subject starts at a clause joined by "and": a name after a
  // lower-case word.
  c = Run("The mayor will sign the order and Parliament is not expected to block it.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"Parliament", "to block it"}));
  c = Run("The pact and other measures are expected to lift exports.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"The pact and other measures", "to lift exports"}));
  // A relative pronoun is no subject to report.
  c = Run("The plant was sold to a local firm, which is expected to reopen it.");
  EXPECT_TRUE(c.empty());
}

TEST_F(AttributionTest, NounCueWithoutPossessorAfterPreposition) {
  // "amid fears that C", "on reports that C": nobody named.
  auto c = Run("Shares fell on reports that the Dutch insurer would sell its bank.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_TRUE(c[0].unattributed);
  EXPECT_EQ(c[0].cue, "reports");
  EXPECT_EQ(c[0].lemma, "report");
  EXPECT_EQ(c[0].content, (Strings{"the Dutch insurer would sell its bank"}));
  // "despite warnings from X that C": X's warning.
  c = Run("The dam was built despite repeated warnings from the engineers that the rock was weak.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "the engineers");
  EXPECT_EQ(c[0].content, (Strings{"the rock was weak"}));
  // An opening phrase ends at its comma.
  c = Run("Despite fears that the harvest would fail, grain prices held steady.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the harvest would fail"}));
  // A relative clause is no content.
  c = Run("The plan stalled despite the warnings that he issued.");
  EXPECT_TRUE(c.empty());
  c = Run("The plan stalled despite warnings that were ignored by the board.");
  for (const auto& s : c) {
    EXPECT_NE(s.cue, "warnings");
  }
}

TEST_F(AttributionTest, SeeAsIsAJudgement) {
  auto c = Run("Many farmers see the new quota as a threat to their income.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Many farmers");
  EXPECT_EQ(c[0].lemma, "see");
  EXPECT_EQ(c[0].category, model::CueCategory::kBelief);
  EXPECT_EQ(c[0].content, (Strings{"the new quota as a threat to their income"}));
  // Perception and comparisons are no judgement.
  EXPECT_TRUE(Run("The port saw a sharp rise in traffic last year.").empty());
  EXPECT_TRUE(Run("Traders saw prices as high as 30 dollars.").empty());
  EXPECT_TRUE(Run("She saw him as he left the station.").empty());
}

TEST_F(AttributionTest, SubjectHeadBeforeAPostModifier) {
  // "officials involved in C", "people familiar with C": the head is the
  // noun before the modifier, and "involved" is no verb of a clause.
  auto c = Run("Officials involved in the merger talks said that a deal was near.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Officials involved in the merger talks");
  EXPECT_EQ(c[0].content, (Strings{"a deal was near"}));
  c = Run("People familiar with the plan said the ferry would be sold.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "People familiar with the plan");
  c = Run("A shipping agency based in Rotterdam said prices would rise.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "A shipping agency based in Rotterdam");
}

TEST_F(AttributionTest, PassiveNamingWithItsNamer) {
  // "X has been called C by Y": Y's claim that X is C.
  auto c = Run("The new stadium has been called a white elephant by local critics.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "local critics");
  EXPECT_EQ(c[0].cue, "called");
  EXPECT_EQ(c[0].content, (Strings{"The new stadium", "a white elephant"}));
  c = Run("The budget was described as reckless by two former ministers.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "two former ministers");
  EXPECT_EQ(c[0].content, (Strings{"The budget", "reckless"}));
  // A judgement stands without its maker; a name does not.
  c = Run("The levy is being criticized as a tax on the poor.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_TRUE(c[0].unattributed);
  EXPECT_EQ(c[0].content, (Strings{"The levy", "a tax on the poor"}));
  EXPECT_TRUE(Run("The merged company will be called Northern Mills.").empty());
}

TEST_F(AttributionTest, PossessiveNounOfSpeechWithTopic) {
  // "X's comments on C", "X's announcement (in 2014) of C": as subject of
  // the sentence the complement ends at its verb.
  auto c = Run("The governor's comments on the flooding angered farmers.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The governor");
  EXPECT_EQ(c[0].cue, "comments");
  EXPECT_EQ(c[0].content, (Strings{"the flooding"}));
  c = Run("The ministry's announcement in 2019 of a new tariff surprised traders.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"a new tariff"}));
  // A date after the noun is no complement; papers filed are no topic.
  EXPECT_TRUE(Run("Her remarks on Saturday struck a warmer tone.").empty());
  EXPECT_TRUE(Run("The utility will file its comments with the court.").empty());
}

TEST_F(AttributionTest, IndefinitePeopleAsSource) {
  auto c = Run("Then someone asked how the council could pay for the bridge.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "someone");
  EXPECT_EQ(c[0].content, (Strings{"how the council could pay for the bridge"}));
  // "no one expected C": nobody holds it.
  c = Run("No one expected a quick end to the strike.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "No one");
  EXPECT_TRUE(c[0].negated);
  // "whether anyone disclosed C" asks.
  c = Run("The agency will check whether anyone disclosed the tax files.");
  for (const auto& s : c) {
    EXPECT_NE(s.source, "anyone");
  }
}

TEST_F(AttributionTest, QuotedAsSaying) {
  // "X was quoted (by Y) as saying C": X's claim, relayed by Y.
  auto c = Run("The harbour master was quoted as saying the ferries would run again.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The harbour master");
  EXPECT_EQ(c[0].content, (Strings{"the ferries would run again"}));
  c = Run("The harbour master was quoted by the Gazette as saying the ferries would run again.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The harbour master");
  EXPECT_EQ(c[0].via, "the Gazette");
  // Trailing: the content comes before.
  c = Run("The ferries will run again, the harbour master was quoted as saying.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "the harbour master");
  EXPECT_EQ(c[0].content, (Strings{"The ferries will run again"}));
  // Active: the quoted person, not the phrase from the sentence start.
  c = Run("The Gazette quoted the harbour master as saying the ferries would run again.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "the harbour master");
  EXPECT_EQ(c[0].via, "The Gazette");
  c = Run("The agency quoted him as saying the talks had gone well.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "him");
}

TEST_F(AttributionTest, ParticipleAfterIssuedStatement) {
  // "X issued a statement saying C": the subject of the verb that issues it.
  auto c = Run("The water board issued a statement saying the reservoir was safe.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The water board");
  EXPECT_EQ(c[0].cue, "saying");
  EXPECT_EQ(c[0].content, (Strings{"the reservoir was safe"}));
  // Another clause between: nothing.
  c = Run(
      "The board, which issued a statement saying the reservoir was safe, declined to comment.");
  for (const auto& s : c) {
    EXPECT_NE(s.cue, "saying");
  }
}

TEST_F(AttributionTest, WarnOfAndWorriedAdjectives) {
  auto c = Run("The health agency warned of a sharp rise in flu cases.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The health agency");
  EXPECT_EQ(c[0].cue, "warned of");
  EXPECT_EQ(c[0].category, model::CueCategory::kWarning);
  EXPECT_EQ(c[0].content, (Strings{"a sharp rise in flu cases"}));
  c = Run("Farmers are worried that the drought will last into spring.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Farmers");
  EXPECT_EQ(c[0].category, model::CueCategory::kBelief);
  EXPECT_EQ(c[0].content, (Strings{"the drought will last into spring"}));
  c = Run("Economists were sceptical that the tariff would help.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the tariff would help"}));
  EXPECT_TRUE(Run("The company is concerned.").empty());
}

TEST_F(AttributionTest, PassiveChargeWithAgent) {
  // "X was accused by Y of C": Y's charge; the agent ends before "of".
  auto c = Run("The mill was accused by the union of breaking the wage deal.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "the union");
  EXPECT_EQ(c[0].content, (Strings{"The mill", "breaking the wage deal"}));
  c = Run("The merger was endorsed by the board of directors.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "the board of directors");
}

TEST_F(AttributionTest, QuantifierAsSubject) {
  // "In the end, all agreed that C": "all" is the subject; in
  // "They all said C" it floats after it.
  auto c = Run("To some extent, all agreed that the levy would hurt exporters.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "all");
  EXPECT_EQ(c[0].content, (Strings{"the levy would hurt exporters"}));
  c = Run("They both said the levy would hurt exporters.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "They");
}

TEST_F(AttributionTest, AsDidParenthesisBeforeThat) {
  auto c = Run("Several bankers cautioned, as did the regulator itself, that fees might rise.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Several bankers");
  EXPECT_EQ(c[0].content, (Strings{"fees might rise"}));
  c = Run("The bank warned, as it has before, that rates could rise.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"rates could rise"}));
}

TEST_F(AttributionTest, FollowingStatementBeforeColon) {
  auto c = Run("The port authority issued the following statement: \u201CThe quay is safe.\u201D");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The port authority");
  EXPECT_EQ(c[0].content, (Strings{"The quay is safe"}));
  // Only before a colon or a quote.
  EXPECT_TRUE(Run("The port authority issued the following statement on Monday.").empty());
}

TEST_F(AttributionTest, AddresseeWithAnIngNounIsSkipped) {
  // "told the same Lindby meeting that C": "meeting" is a noun, not a clause.
  auto c = Run("Karl Menke told the same Lindby meeting that a cut in staff was necessary.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Karl Menke");
  EXPECT_EQ(c[0].content, (Strings{"a cut in staff was necessary"}));
}

TEST_F(AttributionTest, InvertedCueWithALongOrganisationAndItsRelativeClause) {
  // "C, said X of Y Z Services, which ...": the speaker of the inverted cue,
  // not the place before the comma of C.
  auto c =
      Run("Only 12 rigs were drilling in Lindby last week, compared to about 40 last year, said "
          "Jane Roe of Norvane Oil Information Services, which tracks the fleet.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Jane Roe of Norvane Oil Information Services");
  EXPECT_EQ(
      c[0].content,
      (Strings{"Only 12 rigs were drilling in Lindby last week, compared to about 40 last year"}));
}

TEST_F(AttributionTest, LeadingClaimInsideATrailingReportersContentIsNested) {
  // "Roe said C, Roe's office said in a statement": the office's claim as
  // written, and Roe's own claim of C, reported by it.
  auto c = Run(
      "Roe said Lindby must act on the tariffs, warning that the talks could fail, Roe's office "
      "said in a statement.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].source, "Roe's office");
  EXPECT_EQ(
      c[0].content,
      (Strings{"Roe said Lindby must act on the tariffs, warning that the talks could fail"}));
  EXPECT_EQ(c[0].reported_by, -1);
  EXPECT_EQ(c[1].source, "Roe");
  EXPECT_EQ(c[1].cue, "said");
  EXPECT_EQ(c[1].content, (Strings{"Lindby must act on the tariffs"}));
  EXPECT_EQ(c[1].reported_by, 0);
}

// "raised" only starts a cue ("raised concerns about"): alone it is the
// verb of the content, not a cue that ends it.
TEST_F(AttributionTest, FirstWordOfCuePhraseIsNoCue) {
  auto c =
      Run("Lindby officials said the storm, coupled with the flood, raised the cost of repairs.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Lindby officials");
  EXPECT_EQ(c[0].content,
            (Strings{"the storm, coupled with the flood, raised the cost of repairs"}));
}

// An object cue after a subject with a prepositional phrase: the speaker
// noun heads the phrase, so the whole phrase is the source.
TEST_F(AttributionTest, ObjectCueAfterSpeakerWithPrepositionalPhrase) {
  auto c = Run("A union for ferry pilots endorsed the plan to extend the harbour.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "A union for ferry pilots");
  EXPECT_EQ(c[0].cue, "endorsed");
  EXPECT_EQ(c[0].content, (Strings{"the plan to extend the harbour"}));
  c = Run("The weavers expected a strike, unless a council of elders opposed the walkout.");
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(c.back().source, "a council of elders");
  EXPECT_EQ(c.back().cue, "opposed");
}

// Not a speaker at the head, a verb inside the phrase, or a role after
// "as": the phrase before the object cue is no source.
TEST_F(AttributionTest, ObjectCueAfterPhraseThatIsNoSpeaker) {
  EXPECT_TRUE(Run("A visit to the ferry pilots endorsed the plan to extend the harbour.").empty());
  EXPECT_TRUE(
      Run("The Lindby Administration sent to Congress proposed legislation that would cap fares.")
          .empty());
  EXPECT_TRUE(
      Run("Critics of her term as minister of finance have cited the deficit as proof of waste.")
          .empty());
}

}  // namespace
TEST_F(AttributionTest, RelativePronounIsTheSourceAsWritten) {
  // "X, who said C": the source as written runs to "who" (the cue's subject,
  // like "she"); X is the entity meant.
  auto c = Run("The vote was delayed by Senator Ann Hale, who said the tax would fall next year.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Senator Ann Hale, who");
  EXPECT_EQ(Resolved(c[0].source_mention), "Senator Ann Hale");
  EXPECT_EQ(c[0].content, (Strings{"the tax would fall next year"}));
  auto w = Run(
      "Delays were blamed on the harbour authority, which reported that two cranes had failed.");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].source, "the harbour authority, which");
  EXPECT_EQ(Resolved(w[0].source_mention), "the harbour authority");
  // A relative clause closed by a comma leaves the name as the source.
  auto r =
      Run("Pat Moe, who teaches law at the college, said the court's ruling didn't settle it.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].source, "Pat Moe");
}

TEST_F(AttributionTest, RestrictiveThatRunsTheSourceToTheRelative) {
  auto c =
      Run("The money went to Ruiz Action, a group that plans to attack the governor with mailers.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "a group that");
  EXPECT_EQ(c[0].content, (Strings{"to attack the governor with mailers"}));
  // A "that" after the cue opens the content; it is no relative pronoun.
  auto d = Run("Mayor Ruiz said that the levy would be cut.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].source, "Mayor Ruiz");
}

TEST_F(AttributionTest, MoreClauseCuesOfSayingAndThinking) {
  auto c =
      Run("The harbour master hinted that the quay would reopen in March. "
          "Fishermen shouted that the nets were ruined. "
          "The engineers countered that the crane was safe.");
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].source, "The harbour master");
  EXPECT_EQ(c[0].lemma, "hint");
  EXPECT_EQ(c[0].content, (Strings{"the quay would reopen in March"}));
  EXPECT_EQ(c[1].source, "Fishermen");
  EXPECT_EQ(c[1].lemma, "chant");
  EXPECT_EQ(c[2].lemma, "counter");
  EXPECT_EQ(c[2].content, (Strings{"the crane was safe"}));
}

TEST_F(AttributionTest, MoreObjectCuesOfStanceAndJudgement) {
  auto c =
      Run("Ada Vance detailed a plan to rebuild the dams. "
          "The mayor lamented the slow pace of repairs. "
          "The union pushed for higher wages.",
          "2025-01-24", {"Ada Vance"});
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].lemma, "detail");
  EXPECT_EQ(c[0].content, (Strings{"a plan to rebuild the dams"}));
  EXPECT_EQ(c[1].source, "The mayor");
  EXPECT_EQ(c[1].lemma, "lament");
  EXPECT_EQ(c[1].content, (Strings{"the slow pace of repairs"}));
  EXPECT_EQ(c[2].source, "The union");
  EXPECT_EQ(c[2].lemma, "advocate");
  EXPECT_EQ(c[2].content, (Strings{"higher wages"}));
}

TEST_F(AttributionTest, AssumingAnOfficeIsNoBelief) {
  // "assumed" as taking office, and "signals" with a thing as subject.
  auto c =
      Run("She assumed the role of treasurer in May. "
          "The drop in orders signals trouble for the mill.");
  EXPECT_TRUE(c.empty());
}

TEST_F(AttributionTest, NarratedStanceInAsClauseButNotBackgroundEvent) {
  auto c = Run("The crowd cheered as the senator called for a new bridge.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "the senator");
  EXPECT_EQ(c[0].content, (Strings{"a new bridge"}));
  auto d = Run("Tension grew as the council defends its budget cuts.");
  EXPECT_TRUE(d.empty());
}

TEST_F(AttributionTest, RaisedSubjectOfExpectedIsAnUnattributedClaim) {
  auto c = Run("The new ferry is expected to enter service in June.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_TRUE(c[0].unattributed);
  EXPECT_EQ(c[0].source, "");
  EXPECT_EQ(c[0].cue, "is expected");
  EXPECT_EQ(c[0].content, (Strings{"The new ferry", "to enter service in June"}));
  // Inside a reported clause it is part of the speaker's content.
  auto d = Run("The port authority said the ferry was expected to sail in June.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].source, "The port authority");
}

TEST_F(AttributionTest, JudgementParticipleStandsAloneOnlyWithoutAnEarlierClaim) {
  auto c = Run("Ada Vance toured the valley on Monday, promoting her plan for new dams.",
               "2025-01-24", {"Ada Vance"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Ada Vance");
  EXPECT_EQ(c[0].lemma, "promote");
  EXPECT_EQ(c[0].content, (Strings{"her plan for new dams"}));
  auto d = Run("The mayor voiced concern over the closures, characterizing them as reckless.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].lemma, "express concern");
}

TEST_F(AttributionTest, AttitudeVerbsAndSeemHedge) {
  auto c = Run("The farmers resented the new grazing fees.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The farmers");
  EXPECT_EQ(c[0].lemma, "love");
  EXPECT_EQ(c[0].content, (Strings{"the new grazing fees"}));
  auto d = Run("The rescue plan seems unlikely to pass before winter.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_TRUE(d[0].unattributed);
  EXPECT_EQ(d[0].lemma, "seem");
  // "seems to think": the belief of the subject, read at "think".
  auto e = Run("The mayor seems to think that the levy will pass.");
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0].source, "The mayor");
  EXPECT_EQ(e[0].lemma, "think");
}

TEST_F(AttributionTest, PossessedNounCuesTakeToAndOfComplements) {
  auto c = Run("Voters cheered the governor's promise to repair every bridge.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "the governor");
  EXPECT_EQ(c[0].cue, "promise");
  EXPECT_EQ(c[0].content, (Strings{"to repair every bridge"}));
  auto d = Run("Few economists share his long-standing ideas about tariffs and quotas.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].source, "his");
  EXPECT_EQ(d[0].lemma, "idea");
  EXPECT_EQ(d[0].content, (Strings{"tariffs and quotas"}));
  // A plan or a decision names an act, not a claim.
  EXPECT_TRUE(Run("The council's plan to widen the road was shelved.").empty());
}

TEST_F(AttributionTest, RelativeThatAfterTimePhraseLeavesTheQuoteAsContent) {
  auto c =
      Run("\u201CWe are in a hard spot after the vote,\u201D the chancellor told reporters after "
          "the long meeting that ended late.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "the chancellor");
  EXPECT_EQ(c[0].content, (Strings{"We are in a hard spot after the vote"}));
}

TEST_F(AttributionTest, VotedToAndWouldLikeAreIntents) {
  auto c =
      Run("The city council voted to close the old library. The mayor would like to keep it open.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].source, "The city council");
  EXPECT_EQ(c[0].cue, "voted");
  // The decision keeps its "to", as any intent's does.
  EXPECT_EQ(c[0].content, (Strings{"to close the old library"}));
  EXPECT_EQ(c[1].source, "The mayor");
  EXPECT_EQ(c[1].content, (Strings{"to keep it open"}));
  // A date between the verb and "to" is the vote's.
  auto d = Run("The harbour board voted on Tuesday to raise the mooring fees.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].content, (Strings{"to raise the mooring fees"}));
  // Without "to" a vote reports nothing.
  EXPECT_TRUE(Run("The harbour board voted on the mooring fees.").empty());
  EXPECT_TRUE(Run("The harbour board voted unanimously.").empty());
}

TEST_F(AttributionTest, ProFormsAndFrontedWhatAreTheContent) {
  auto c = Run("The harbour master said as much on Friday.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"as much"}));
  auto d = Run("The engineers do not think so.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].content, (Strings{"so"}));
  EXPECT_TRUE(d[0].negated);
  auto w = Run("That was what the minister said when she resigned.");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].source, "the minister");
  EXPECT_EQ(w[0].content, (Strings{"what"}));
}

TEST_F(AttributionTest, RelativePronounIsSubjectOfTheSecondConjunct) {
  auto c =
      Run("The video angered the fishermen, who marched through the port and called for the "
          "footage to be released.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "who");
  EXPECT_EQ(c[0].content, (Strings{"the footage to be released"}));
}

TEST_F(AttributionTest, JudgementAndReportVerbsTakeAnObject) {
  auto c =
      Run("The inspector downplayed the risk of floods. "
          "The report examined the state of the levees. "
          "The petition reads: \u201CSave the old mill.\u201D");
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].lemma, "downplay");
  EXPECT_EQ(c[0].content, (Strings{"the risk of floods"}));
  EXPECT_EQ(c[1].source, "The report");
  EXPECT_EQ(c[1].content, (Strings{"the state of the levees"}));
  EXPECT_EQ(c[2].source, "The petition");
  EXPECT_EQ(c[2].content, (Strings{"Save the old mill"}));
}

TEST_F(AttributionTest, MoreFormsOfKnownCues) {
  auto c =
      Run("Several farmers question the wisdom of the new canal. "
          "The mayor is hoping that the bridge will open in May.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].lemma, "question");
  EXPECT_EQ(c[0].content, (Strings{"the wisdom of the new canal"}));
  EXPECT_EQ(c[1].source, "The mayor");
  EXPECT_EQ(c[1].content, (Strings{"the bridge will open in May"}));
}

TEST_F(AttributionTest, AdjectivesOfBeliefAfterACopula) {
  auto c =
      Run("The engineers are convinced that the dam will hold. "
          "The union has been critical of the new shift rules. "
          "It is unclear whether the ferry will run in winter.");
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].source, "The engineers");
  EXPECT_EQ(c[0].cue, "convinced");
  EXPECT_EQ(c[0].content, (Strings{"the dam will hold"}));
  EXPECT_EQ(c[1].source, "The union");
  EXPECT_EQ(c[1].content, (Strings{"the new shift rules"}));
  EXPECT_TRUE(c[2].unattributed);
  EXPECT_EQ(c[2].content, (Strings{"whether the ferry will run in winter"}));
  // Without a copula the adjective reports nothing.
  EXPECT_TRUE(Run("A convinced voter walked in.").empty());
}

TEST_F(AttributionTest, PollOpeningTheSentenceIsTheSource) {
  auto c = Run("In the latest county poll, the mayor leads her rival by six points.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "the latest county poll");
  EXPECT_EQ(c[0].cue, "In");
  EXPECT_EQ(c[0].content, (Strings{"the mayor leads her rival by six points"}));
  EXPECT_TRUE(Run("In the old town, the mayor opened a new library.").empty());
}

TEST_F(AttributionTest, SubordinateClauseEndsTheObjectAndKeepsItsPronoun) {
  auto c = Run("Protesters called the mayor a coward after she attacked the union leaders.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].content, (Strings{"the mayor a coward"}));
  EXPECT_EQ(c[1].source, "she");
  EXPECT_EQ(c[1].content, (Strings{"the union leaders"}));
  auto d = Run("The mayor drew fire after she appeared to suggest that farmers were lazy.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].source, "she");
  EXPECT_EQ(d[0].content, (Strings{"farmers were lazy"}));
  auto b = Run("Like the mayor, I believe in the good sense of the voters.");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].content, (Strings{"the good sense of the voters"}));
}

TEST_F(AttributionTest, NegatedModalBeforeTheCueIsNoPartOfTheSource) {
  auto c = Run("The council can't blame this on the drought.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The council");
  EXPECT_TRUE(c[0].negated);
  auto d = Run("The mayor made fun of the new logo.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].lemma, "mock");
  EXPECT_EQ(d[0].content, (Strings{"the new logo"}));
}

TEST_F(AttributionTest, AClauseIsNoSource) {
  // "support" is a noun here; "Roe received" is no speaker.
  EXPECT_TRUE(Run("Jane Roe received 38 percent support in the county.", "2025-01-24", {"Jane Roe"})
                  .empty());
  // A relative clause without "that" stays part of the source.
  auto c = Run("All the farmers I interviewed said the canal had helped them.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "All the farmers I interviewed");
}

TEST_F(AttributionTest, IgnoringAndTakingOffenseAreStances) {
  auto c =
      Run("The senator ignored the question of the budget. The mayor took offense at the remark.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].lemma, "ignore");
  EXPECT_EQ(c[0].content, (Strings{"the question of the budget"}));
  EXPECT_EQ(c[1].source, "The mayor");
  EXPECT_EQ(c[1].content, (Strings{"the remark"}));
}

TEST_F(AttributionTest, AGuaranteeIsNoSpeech) {
  // "guaranteed" is a financial undertaking, not a cue: the passive agent
  // after "by" is no source.
  EXPECT_TRUE(Run("The ten-year note is guaranteed by Harbour Trust Bank.").empty());
  EXPECT_TRUE(Run("Each deposit was guaranteed by the state fund until 2020.").empty());
}

TEST_F(AttributionTest, ParticipleAfterASpeakerNounSubject) {
  // ", saying C" hangs on a subject headed by a speaker noun, not only a name.
  auto c = Run("The ministry filed a report in May, saying that grain exports had doubled.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The ministry");
  EXPECT_EQ(c[0].content, (Strings{"grain exports had doubled"}));
  c = Run("A group of nurses sent a letter, calling for longer breaks.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "A group of nurses");
}

TEST_F(AttributionTest, AProportionOfPeopleIsASource) {
  auto c = Run("Nearly seven of 10 parents say the school day is too long.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Nearly seven of 10 parents");
  EXPECT_EQ(c[0].content, (Strings{"the school day is too long"}));
}

TEST_F(AttributionTest, HopeTakesAnInfinitive) {
  auto c = Run("The harbour board hopes to finish the new pier by spring.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].lemma, "hope");
  EXPECT_EQ(c[0].content, (Strings{"to finish the new pier by spring"}));
}

TEST_F(AttributionTest, PlacesJoinedByAndStayInTheSource) {
  auto c = Run("Teachers in Leeds and across the region say the exam came too early.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Teachers in Leeds and across the region");
  // "met X and in the end said": no place phrase before "and".
  for (const auto& s : Run("Officials met Jane Roe and in the end said they would wait.")) {
    EXPECT_EQ(s.source.find("met"), std::string::npos) << s.source;
  }
}

TEST_F(AttributionTest, DateOpeningTheSentenceIsNoPartOfTheSubject) {
  auto c = Run("In March, two tenant groups filed a complaint, saying the rent rise was unlawful.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "two tenant groups");
  EXPECT_EQ(c[0].content, (Strings{"the rent rise was unlawful"}));
}

TEST_F(AttributionTest, SlashDateInAnInvertedSource) {
  auto c = Run("\u201CWe were never told,\u201D said 7/7 survivor Jane Roe.", "2025-01-24",
               {"Jane Roe"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "7/7 survivor Jane Roe");
}

TEST_F(AttributionTest, CitingAfterAnActNamesTheActor) {
  auto c = Run("In 2004, Jane Roe closed the old pier, citing a risk to swimmers.", "2025-01-24",
               {"Jane Roe"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Jane Roe");
  EXPECT_EQ(c[0].content, (Strings{"a risk to swimmers"}));
  c = Run("The Ledger, citing a clerk, reported that the pier had closed.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The Ledger");
}

TEST_F(AttributionTest, DateOrAdverbInsideAPhrasalCue) {
  auto c = Run("The union called Monday for an inquiry into the closure.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].lemma, "call for");
  EXPECT_EQ(c[0].content, (Strings{"an inquiry into the closure"}));
  c = Run("The mayor spoke warmly of the volunteers at the shelter.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].cue, "spoke warmly of");
  EXPECT_EQ(c[0].content, (Strings{"the volunteers at the shelter"}));
  c = Run("The council has commented on the cause of the fire.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the cause of the fire"}));
}

TEST_F(AttributionTest, ABeliefInsideAClaimIsNoClaimOfItsOwn) {
  // The mayor reports what residents want; the residents asserted nothing here.
  auto c = Run("The mayor said residents want a second bridge over the river.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The mayor");
  EXPECT_EQ(c[0].content, (Strings{"residents want a second bridge over the river"}));
  c = Run("The minister said the new figures show that exports rose in June.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The minister");
}

TEST_F(AttributionTest, RespondToTakesAnObject) {
  auto c = Run("The port authority did not immediately respond to requests for comment.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].lemma, "respond");
  EXPECT_TRUE(c[0].negated);
  EXPECT_EQ(c[0].content, (Strings{"requests for comment"}));
}

TEST_F(AttributionTest, FollowUpQuoteInDoubledApostrophes) {
  // ''C1,'' she said. ''C2.'' : the opening apostrophes of C2 may end the
  // sentence before; C2 is still hers.
  auto c = Run("''The ferry is late again,'' Jane Roe said. ''Nobody told us why.''", "2025-01-24",
               {"Jane Roe"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"The ferry is late again", "Nobody told us why"}));
}

TEST_F(AttributionTest, QuoteCompletingTheClauseTakesTheClause) {
  auto c =
      Run("Whatever the aim, raising the ferry toll \u201Cis a poor tool,\u201D said Jane Roe.",
          "2025-01-24", {"Jane Roe"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content,
            (Strings{"Whatever the aim, raising the ferry toll \u201Cis a poor tool"}));
}

TEST_F(AttributionTest, ConjoinedAttributionEndsTheFirstContent) {
  auto c = Run("Farmers said the canal was too shallow and the ministry blamed the dry summer.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].source, "Farmers");
  EXPECT_EQ(c[0].content, (Strings{"the canal was too shallow"}));
  EXPECT_EQ(c[1].source, "the ministry");
  EXPECT_EQ(c[1].content, (Strings{"the dry summer"}));
  // No second speaker: the content runs on.
  c = Run("The mayor said prices rose sharply and workers complained.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"prices rose sharply and workers complained"}));
}

TEST_F(AttributionTest, ConjoinedPresentTenseAttributionEndsTheFirstContent) {
  // A present verb agreeing with its subject after ", and"/", but".
  auto c = Run("The mayor says the bridge is sound, and officials want a second inspection.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].content, (Strings{"the bridge is sound"}));
  EXPECT_EQ(c[1].source, "officials");
  EXPECT_EQ(c[1].content, (Strings{"a second inspection"}));
  // Without a comma only after a pronoun.
  c = Run("The board said the quarry lost money last year and it expects a loss again.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].content, (Strings{"the quarry lost money last year"}));
  EXPECT_EQ(c[1].source, "it");
  // Two nouns joined by "and": one claim.
  c = Run("Roe said the flyer suggests that the council and its clerks support the levy.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content,
            (Strings{"the flyer suggests that the council and its clerks support the levy"}));
  // A participle is no present verb.
  c = Run("Roe said the town sent a letter to the agency, and member towns calling for a vote.");
  ASSERT_EQ(c.size(), 1u);
}

TEST_F(AttributionTest, QuoteParagraphAfterATaggedQuoteGoesOn) {
  auto c =
      Run("\u201CThe ferry will sail again,\u201D the captain said.\n\n\u201CWe only need a "
          "new engine.\u201D\n");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"The ferry will sail again", "We only need a new engine"}));
  // Not after an indirect claim, nor when the paragraph goes on after the
  // quote.
  c =
      Run("The captain said the ferry would sail again.\n\n\u201CWe only need a new "
          "engine.\u201D\n");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the ferry would sail again"}));
  c =
      Run("\u201CThe ferry will sail again,\u201D the captain said.\n\n\u201CWe only need a "
          "new engine.\u201D The crew disagreed.\n");
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(c[0].content, (Strings{"The ferry will sail again"}));
}

TEST_F(AttributionTest, OpeningParticipleBelongsToTheMainSubject) {
  auto c = Run("Citing an old survey, Jane Roe told reporters that the pier was unsafe.",
               "2025-01-24", {"Jane Roe"});
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].lemma, "cite");
  EXPECT_EQ(c[0].source, "Jane Roe");
  EXPECT_EQ(c[0].content, (Strings{"an old survey"}));
  EXPECT_EQ(c[1].content, (Strings{"the pier was unsafe"}));
  c = Run("Despite admitting that the plan had flaws, Jane Roe voted for it.", "2025-01-24",
          {"Jane Roe"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Jane Roe");
  EXPECT_EQ(c[0].content, (Strings{"the plan had flaws"}));
  // No subject and verb after the comma: nothing.
  EXPECT_TRUE(Run("Citing an old survey, the pier was closed in the spring of 2020.").empty());
}

TEST_F(AttributionTest, WithSubjectTakesAnObjectStance) {
  auto c = Run("The vote failed again, with farmers opposing the new quota.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "farmers");
  EXPECT_EQ(c[0].content, (Strings{"the new quota"}));
}

TEST_F(AttributionTest, ParticipleAfterAnEventNoun) {
  auto c = Run(
      "\u201CWe are ready,\u201D she said at a briefing announcing that the port would reopen.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[1].lemma, "announce");
  EXPECT_EQ(c[1].source, "she");
  EXPECT_EQ(c[1].content, (Strings{"the port would reopen"}));
}

TEST_F(AttributionTest, SeemToNamesWhoseImpressionItIs) {
  auto c = Run("The old quarrel seemed trivial to most residents, at least until the flood.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "most residents");
  EXPECT_FALSE(c[0].unattributed);
  // The subject and the complement, without the verb, its auxiliaries or
  // the holder.
  EXPECT_EQ(c[0].content, (Strings{"The old quarrel", "trivial"}));
  c = Run("The old quarrel may once have seemed trivial, at least until the flood.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content,
            (Strings{"The old quarrel", "trivial, at least until the flood"}));
  c = Run("The old quarrel seemed to fade after the flood in the spring.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_TRUE(c[0].unattributed);
}

TEST_F(AttributionTest, NounFormAfterAnAdjectiveIsNoCue) {
  EXPECT_TRUE(Run("The two hosts taped a daylong show that aired on Sunday night.").empty());
  EXPECT_TRUE(Run("Her late-night tweets about the ferry were deleted on Monday.").empty());
  auto c = Run("Officials show little interest in the ferry dispute.");
  EXPECT_EQ(c.size(), 1u);
}

TEST_F(AttributionTest, ProgressiveOfAPhrasalStance) {
  auto c =
      Run("Jane Roe is raising questions about the ferry contract.", "2025-01-24", {"Jane Roe"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Jane Roe");
  EXPECT_EQ(c[0].content, (Strings{"the ferry contract"}));
}

TEST_F(AttributionTest, RelativePronounAfterADash) {
  auto c = Run("The audit -- which notes that nine depots overspent -- went to the board.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The audit -- which");
  EXPECT_EQ(c[0].lemma, "note");
}

TEST_F(AttributionTest, AgreeWithNeedsTheSharedJudgement) {
  auto c = Run("The judge agreed with the tenant that the notice came too late.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The judge");
  EXPECT_EQ(c[0].lemma, "agree with");
  EXPECT_TRUE(Run("The mayor agreed with the council.").empty());
}

TEST_F(AttributionTest, ObjectContentEndingTheTextInAComma) {
  // Fuzz finding (tests/fuzz/regressions/pipeline/object-content-comma-at-end.txt):
  // an object content whose clause ends in the text's last token, a comma,
  // made ContentAfter look for a closing quote past the tokens (ASan). The
  // text is taken as it is, with no read outside it.
  EXPECT_TRUE(Run("N cite>,").empty());
  const auto c = Run("The senator cited the new budget figures,");
  for (const auto& claim : c) {
    EXPECT_EQ(claim.source, "The senator");
  }
}

TEST_F(AttributionTest, ParticipleSkipsASourceInsideAnotherClaim) {
  auto c =
      Run("Jane Roe told the rally audience that she believes we must keep funding repairs "
          "that help the older depots, saying that the roofs still leak in winter.",
          "2025-01-24", {"Jane Roe"});
  bool saw = false;
  for (const auto& claim : c) {
    if (claim.lemma == "say") {
      saw = true;
      EXPECT_EQ(claim.source, "Jane Roe");
    }
  }
  EXPECT_TRUE(saw);
}

TEST_F(AttributionTest, PronounBeforeTheFirstOfTwoVerbsIsTheSubject) {
  auto c =
      Run("When his aide mentioned the ferry plan, he laughed and said that it would never "
          "sail.");
  bool saw = false;
  for (const auto& claim : c) {
    if (claim.lemma == "say") {
      saw = true;
      EXPECT_EQ(claim.source, "he");
    }
  }
  EXPECT_TRUE(saw);
}

TEST_F(AttributionTest, PlanOpeningAReportedContentIsNoClaimOfItsOwn) {
  auto c =
      Run("The mayor said the harbour board planned to rebuild the pier before the winter "
          "storms.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The mayor");
  EXPECT_EQ(c[0].lemma, "say");
  c = Run("Jane Roe says that Lee promised to keep the depot open through the summer.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].lemma, "say");
  // On its own the pledge is a claim.
  c = Run("Lee promised to keep the depot open through the summer.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Lee");
}

TEST_F(AttributionTest, ReportOpeningAReportedContentIsNoClaimOfItsOwn) {
  auto c =
      Run("Jane Roe notes that the harbour agency announced on Friday that the pier would "
          "close.",
          "2025-01-24", {"Jane Roe"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Jane Roe");
  EXPECT_EQ(c[0].lemma, "note");
  c = Run("Jane Roe said the harbour agency told tenants the pier would close.", "2025-01-24",
          {"Jane Roe"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].lemma, "say");
}

TEST_F(AttributionTest, ConjoinedPronounClauseEndsTheContent) {
  auto c =
      Run("Jane Roe called for swift repairs to the pier, and she urged the board to close "
          "the depot.",
          "2025-01-24", {"Jane Roe"});
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].content, (Strings{"swift repairs to the pier"}));
  EXPECT_EQ(c[1].source, "she");
  c = Run("Roe said the depot is safe, but he refuses to open the accounts.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].content, (Strings{"the depot is safe"}));
  EXPECT_EQ(c[1].source, "he");
}

TEST_F(AttributionTest, HeadlineOrNoticeBeforeAColonIsNoSpeaker) {
  EXPECT_TRUE(Run("The Briefing: The harbour board reopens the northern pier this week.").empty());
  EXPECT_TRUE(Run("Storms Over Harbour: The northern pier stays closed for a month.").empty());
  EXPECT_TRUE(
      Run("CLARIFICATION: An earlier version of this story gave the wrong date for the vote.")
          .empty());
  auto c = Run("MAYOR: We will rebuild the northern pier before the winter.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "MAYOR");
}

TEST_F(AttributionTest, ParticipleSkipsARelativeClauseSource) {
  auto c =
      Run("Roe was similarly defensive when forced to defend not paying a builder who said "
          "he was stiffed after he repaired the depot roof, saying, \"Maybe he didn't do a "
          "good job.\"",
          "2025-01-24", {"Roe"});
  bool saw = false;
  for (const auto& claim : c) {
    if (claim.lemma == "say" && claim.source != "who") {
      saw = true;
      EXPECT_EQ(claim.source, "Roe");
    }
  }
  EXPECT_TRUE(saw);
}

TEST_F(AttributionTest, ConjoinedSpeechVerbEndsTheFirstContent) {
  // "X said C and warned D": D is the speaker's next claim, not part of C.
  auto c = Run(
      "The port authority said the ferry would resume in March and warned that fares would rise.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].content, (Strings{"the ferry would resume in March"}));
  EXPECT_EQ(c[1].cue, "warned");
  EXPECT_EQ(c[1].content, (Strings{"fares would rise"}));
  // Before "that" a belief verb is the speaker's too: "and suggested that D".
  auto b =
      Run("Premier Ana Ruiz said the province would leave the pact by March and suggested that it "
          "would seek a new one.");
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0].content, (Strings{"the province would leave the pact by March"}));
  EXPECT_EQ(b[1].cue, "suggested");
  EXPECT_EQ(b[1].source, "Premier Ana Ruiz");
  EXPECT_EQ(b[1].content, (Strings{"it would seek a new one"}));
  auto d = Run("Governor Hale declined to name a buyer but said the sale would close soon.");
  ASSERT_GE(d.size(), 1u);
  EXPECT_EQ(d[0].content, (Strings{"to name a buyer"}));
  // A passive participle ("arrested and charged with") or an adjective-like
  // form ("and estimated costs") goes on with C.
  auto p = Run("Police said the driver was arrested and charged with speeding on the bridge.");
  ASSERT_GE(p.size(), 1u);
  EXPECT_EQ(p[0].content,
            (Strings{"the driver was arrested and charged with speeding on the bridge"}));
  auto e = Run("The mill said the revisions in output and estimated costs came from lower prices.");
  ASSERT_GE(e.size(), 1u);
  EXPECT_EQ(e[0].content,
            (Strings{"the revisions in output and estimated costs came from lower prices"}));
  // Inside a subordinate clause, or after a speech verb within C, the
  // second verb has its own subject.
  auto w =
      Run("The clerk said the bill was late when the inspector called him and told him to pay.");
  ASSERT_GE(w.size(), 1u);
  EXPECT_EQ(w[0].content,
            (Strings{"the bill was late when the inspector called him and told him to pay"}));
  auto n = Run("Aides said the mayor told the council the plan was sound and urged a quick vote.");
  ASSERT_GE(n.size(), 1u);
  EXPECT_EQ(n[0].content,
            (Strings{"the mayor told the council the plan was sound and urged a quick vote"}));
}

TEST_F(AttributionTest, ThoughWithACueEndsTheContent) {
  auto c = Run(
      "The union said the strike would go ahead, though its leader admitted talks could resume.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].content, (Strings{"the strike would go ahead"}));
  EXPECT_EQ(c[1].cue, "admitted");
  // "though it was confirmed": a passive, no speaker of its own.
  auto p = Run(
      "Traders said the ruling, though effective at once, would have to be confirmed by a court.");
  ASSERT_GE(p.size(), 1u);
  EXPECT_EQ(
      p[0].content,
      (Strings{"the ruling, though effective at once, would have to be confirmed by a court"}));
  // Right after "that" the concession belongs to the content.
  auto t = Run(
      "He said that, although he had heard higher forecasts, the board would make no estimate.");
  ASSERT_GE(t.size(), 1u);
  EXPECT_EQ(t[0].cue, "said");
}

TEST_F(AttributionTest, ObjectContentEndsBeforeTheSpeakingEvent) {
  // "X praised C in a statement on Friday": where and when X spoke.
  auto c = Run("Mayor Lena Ortiz praised the volunteers in a statement on Friday.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the volunteers"}));
  auto r = Run("Senator Ruiz criticized the toll plan at a town hall rally.");
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].content, (Strings{"the toll plan"}));
  // A year or month belongs to the object; so does a phrase followed by
  // a complement ("on Tuesday for D").
  auto y = Run("The ministry supported the rise in interest rates in March.");
  ASSERT_GE(y.size(), 1u);
  EXPECT_EQ(y[0].content, (Strings{"the rise in interest rates in March"}));
  auto f = Run("Senator Ruiz criticized the director on Tuesday for hiding the losses.");
  ASSERT_GE(f.size(), 1u);
  EXPECT_EQ(f[0].content, (Strings{"the director on Tuesday for hiding the losses"}));
}

TEST_F(AttributionTest, WritersConnectiveOpensNoContent) {
  // "But C, X said": the connective ties C to the writer's last sentence.
  auto c = Run("But the ferry will not run this winter, the port authority said.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the ferry will not run this winter"}));
  auto a = Run("In addition, the mill will close two lines, the company said.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].content, (Strings{"the mill will close two lines"}));
  // "Instead of", "Still more", an inverted "Also noted was" and a quote
  // keep their first word.
  auto i = Run("Instead of a toll, the city will raise parking fees, the mayor said.");
  ASSERT_EQ(i.size(), 1u);
  EXPECT_EQ(i[0].content, (Strings{"Instead of a toll, the city will raise parking fees"}));
  auto q = Run("\u201CBut we will not give up,\u201D the mayor said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, (Strings{"But we will not give up"}));
}

TEST_F(AttributionTest, OpeningSubordinateClauseEndsAtItsComma) {
  // "While X suggested C, Y D": the main clause after the comma is no part
  // of C.
  auto c = Run("While his aides have suggested the tour is over, the mayor plans two more stops.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].cue, "suggested");
  EXPECT_EQ(c[0].content, (Strings{"the tour is over"}));
  auto l =
      Run("If the board decides to sell its timber, coal, grain and wool, other towns will bid.");
  ASSERT_GE(l.size(), 1u);
  EXPECT_EQ(l[0].content, (Strings{"to sell its timber, coal, grain and wool"}));
  auto i = Run("If the board decides to sell the mill, the town will buy it.");
  ASSERT_GE(i.size(), 1u);
  EXPECT_EQ(i[0].content, (Strings{"to sell the mill"}));
  // "After the vote the council decided upon C, involving D": "after" with
  // a noun phrase is a preposition; the content goes on.
  auto a =
      Run("After the vote the council decided upon a new toll, involving higher fees for trucks.");
  ASSERT_GE(a.size(), 1u);
  EXPECT_EQ(a[0].content, (Strings{"upon a new toll, involving higher fees for trucks"}));
}

TEST_F(AttributionTest, AddresseeBeforeThatIsNoContent) {
  // "X told the dairy farmers that C", "X warned local voters that C": the
  // addressee, however long, is whom X spoke to.
  auto t =
      Run("The mayor told the dairy farmers in the old town hall that the clinic would reopen.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].content, (Strings{"the clinic would reopen"}));
  auto w = Run("The mayor warned local voters that the bridge would close.");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].content, (Strings{"the bridge would close"}));
  auto a = Run("Ortiz told the harbour master, a friend of hers, that the pier was unsafe.");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].content, (Strings{"the pier was unsafe"}));
  // The date closing the addressee is when X spoke; "how" opens the
  // question X answered.
  auto d = Run("Ortiz told reporters on Friday in Paris that prices rose.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].content, (Strings{"prices rose"}));
  EXPECT_EQ(d[0].stated_on, "2025-01-24");
  auto h = Run("Ortiz told Harbour Daily host Ana Ruiz on Thursday how surprised she was.");
  ASSERT_EQ(h.size(), 1u);
  EXPECT_EQ(h[0].content, (Strings{"how surprised she was"}));
  // A clause after the verb is the content itself.
  auto c = Run("The mayor warned the bridge would close on Friday.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the bridge would close on Friday"}));
}

TEST_F(AttributionTest, SpeechTagOrSecondVerbEndsTheContent) {
  // "X said C, she said, ...": a speech tag is no part of C.
  auto t =
      Run("Ortiz said the plan would \u201Cbring the harbour back to life,\u201D she said, looking "
          "at the crowd.");
  ASSERT_GE(t.size(), 1u);
  EXPECT_EQ(t[0].content, (Strings{"the plan would \u201Cbring the harbour back to life"}));
  // "X said they want “C,” but pledged to D": the quote closed C; the
  // second verb is X's next act.
  auto q = Run("Ortiz said residents want \u201Ca safer harbour,\u201D but pledged to stay calm.");
  ASSERT_GE(q.size(), 1u);
  EXPECT_EQ(q[0].content, (Strings{"residents want \u201Ca safer harbour"}));
  // "X chastised Y for C but did not D": the object ends before X's next
  // verb; "the tax and related fees" is one noun phrase, and a clause
  // inside the object keeps its own verbs.
  auto o =
      Run("Governor Hale chastised the mayor for the late report but did not recommend charges.");
  ASSERT_GE(o.size(), 1u);
  EXPECT_EQ(o[0].content, (Strings{"the mayor for the late report"}));
  auto n = Run("Senator Ruiz criticized the toll and related fees.");
  ASSERT_GE(n.size(), 1u);
  EXPECT_EQ(n[0].content, (Strings{"the toll and related fees"}));
  auto r = Run("Senator Ruiz praised a town that borders the river and has built new docks.");
  ASSERT_GE(r.size(), 1u);
  EXPECT_EQ(r[0].content, (Strings{"a town that borders the river and has built new docks"}));
}

TEST_F(AttributionTest, ObjectEndsBeforeWhenItWasSaid) {
  // "during the debate", "since the debate", a bare day closing the object
  // and a medium of speaking ("in late-night posts", "on its website")
  // tell when or where X spoke.
  auto d = Run("Senator Ruiz supported the union during his time on the council.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].content, (Strings{"the union"}));
  auto t = Run("Senator Ruiz attacked the mayor in late-night posts.");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].content, (Strings{"the mayor"}));
  auto w = Run("Senator Ruiz rejected the harbour offer last Friday.");
  ASSERT_EQ(w.size(), 1u);
  EXPECT_EQ(w[0].content, (Strings{"the harbour offer"}));
  auto n = Run("Senator Ruiz has not mentioned the toll since the budget debate.");
  ASSERT_EQ(n.size(), 1u);
  EXPECT_EQ(n[0].content, (Strings{"the toll"}));
  // A period of the object's own stays: "since 2008", "during the next
  // five years", and a day after a participle.
  auto y = Run("Senator Ruiz criticized the decline since 2008.");
  ASSERT_EQ(y.size(), 1u);
  EXPECT_EQ(y[0].content, (Strings{"the decline since 2008"}));
  auto g = Run("The ministry expects solid export growth during the next five years.");
  ASSERT_GE(g.size(), 1u);
  EXPECT_EQ(g[0].content, (Strings{"solid export growth during the next five years"}));
}

TEST_F(AttributionTest, SceneBeforeTheTagIsNoContent) {
  // "In a statement, X said: “C”", "Speaking by telephone, X said, C": the
  // opening sets the scene of the speaking.
  auto q = Run("In a statement, Governor Hale said: \u201CThe mill will reopen in May.\u201D");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].content, (Strings{"The mill will reopen in May"}));
  auto s = Run("Speaking by telephone, Governor Hale said, the mill will reopen in May.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].content, (Strings{"the mill will reopen in May"}));
  auto b = Run("As the bell rang, Governor Hale said, \u201CIt is time to go home.\u201D");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].content, (Strings{"It is time to go home"}));
  // A clause the tag cuts in two stays whole.
  auto i = Run("If the levy passes, Governor Hale said, the mill will reopen in May.");
  ASSERT_EQ(i.size(), 1u);
  EXPECT_EQ(i[0].content, (Strings{"If the levy passes", "the mill will reopen in May"}));
}

TEST_F(AttributionTest, ObjectListAndNameAppositionGoOnPastTheComma) {
  // "criticized Ortiz, Hale and Ruiz", "praised the museum director, Lena
  // Ortiz": the comma is inside the object.
  auto l = Run("Senator Ruiz called the mayor a fraud, a cheat and a liar.");
  ASSERT_EQ(l.size(), 1u);
  EXPECT_EQ(l[0].content, (Strings{"the mayor a fraud, a cheat and a liar"}));
  auto n = Run("Senator Ruiz praised the museum director, Lena Ortiz.");
  ASSERT_EQ(n.size(), 1u);
  EXPECT_EQ(n[0].content, (Strings{"the museum director, Lena Ortiz"}));
  // But a clause after the comma ends the object.
  auto c = Run("Senator Ruiz backed the council as the mayor, the union and the port oppose it.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].content.size(), 1u);
  EXPECT_EQ(c[0].content[0].find("oppose"), std::string::npos);
}

TEST_F(AttributionTest, QuoteResumesAfterTheTag) {
  // "“C1,” X said, referring to Y, “C2”" and "“C1,” X said, but “C2”":
  // the quote goes on after the tag.
  auto r =
      Run("\u201CEach new delay costs the town,\u201D Ortiz said, referring to the toll, \u201Cthe "
          "critics know it.\u201D");
  ASSERT_GE(r.size(), 1u);
  EXPECT_EQ(r[0].content, (Strings{"Each new delay costs the town", "the critics know it"}));
  auto b =
      Run("\u201CI like Larry,\u201D Ortiz said, but \u201Che has a history of bad deals.\u201D");
  ASSERT_GE(b.size(), 1u);
  EXPECT_EQ(b[0].content, (Strings{"I like Larry", "he has a history of bad deals"}));
  // "C1, X said, because D": the reason X gave.
  auto c = Run("Prices will rise, Ortiz said, because the harbour fees are too low.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"Prices will rise", "because the harbour fees are too low"}));
}

TEST_F(AttributionTest, AfterAccordingToAWholeClauseIsDone) {
  // "C, according to X, a former aide": the rest describes X.
  auto d =
      Run("Most families would pay more under the plan, according to Lena Ortiz, a former aide now "
          "teaching at a university.");
  ASSERT_GE(d.size(), 1u);
  EXPECT_EQ(d[0].content, (Strings{"Most families would pay more under the plan"}));
  // "The plan, according to X, will fail" and "C, according to X, and D":
  // the clause goes on.
  auto p = Run("The harbour plan, according to the auditors, will fail.");
  ASSERT_GE(p.size(), 1u);
  EXPECT_EQ(p[0].content, (Strings{"The harbour plan", "will fail"}));
  auto a = Run("Fees rose 4 percent, according to the auditors, and wages fell 2 percent.");
  ASSERT_GE(a.size(), 1u);
  EXPECT_EQ(a[0].content, (Strings{"Fees rose 4 percent", "and wages fell 2 percent"}));
}

TEST_F(AttributionTest, DatelineIsNoContent) {
  auto d = Run("PORTSMOUTH \u2014 The harbour will close in May, the mayor said.");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].content, (Strings{"The harbour will close in May"}));
  auto u = Run("U.S.-Canada talks will resume in May, the mayor said.");
  ASSERT_EQ(u.size(), 1u);
  EXPECT_EQ(u[0].content, (Strings{"U.S.-Canada talks will resume in May"}));
}

TEST_F(AttributionTest, SecondSpeechVerbAfterAnInfinitiveSpeechVerb) {
  // "X said Y would declare C and suggested D": "declare" after "would"
  // has no subject of its own, so "suggested" is X's next act.
  auto c = Run(
      "Ortiz said the city would formally declare its plan by March and suggested that the port "
      "would close.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].content, (Strings{"the city would formally declare its plan by March"}));
  EXPECT_EQ(c[1].cue, "suggested");
  EXPECT_EQ(c[1].content, (Strings{"the port would close"}));
}

TEST_F(AttributionTest, QuotedPhraseCoordinatedInsideTheClause) {
  // "said “budget reforms” and the fees would pay for it": the quote is a
  // phrase of the clause, which goes on after it.
  auto c =
      Run("Ortiz said \u201Cbudget reforms\u201D and the harbour fees would pay for the plan.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].content,
            (Strings{"budget reforms\u201D and the harbour fees would pay for the plan"}));
  // A whole quoted utterance is not: "said “What curfew?” and kept going".
  auto u = Run("The driver said \u201CWhat curfew?\u201D and kept going until dawn.");
  ASSERT_GE(u.size(), 1u);
  EXPECT_EQ(u[0].content, (Strings{"What curfew"}));
}

TEST_F(AttributionTest, SecondQuoteJoinedByAnd) {
  auto c =
      Run("Ortiz told a news conference \u201Cthe fee is still too low,\u201D and \u201Ccould rise "
          "another 10 percent.\u201D");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the fee is still too low", "could rise another 10 percent"}));
}

TEST_F(AttributionTest, PossessiveDateOpensTheContent) {
  // "condemned Friday's vote": the date is the object's, not when X spoke.
  auto c = Run("Senator Ruiz condemned Friday's vote as reckless.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"Friday's vote as reckless"}));
  EXPECT_EQ(c[0].stated_on, "");
  auto s = Run("Senator Ruiz said today's vote was reckless.");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].content, (Strings{"today's vote was reckless"}));
}

// The per-token lookup flags word tokens only: a lexicon key that starts
// with anything but a letter would silently never match.
TEST_F(AttributionTest, EveryLexiconKeyStartsWithALetter) {
  attribution_internal::Lexicon lexicon(**kb_);
  EXPECT_GT(lexicon.size(), 100u);
  EXPECT_EQ(lexicon.KeysNotStartingWithALetter(), std::vector<std::string_view>{});
}

TEST_F(AttributionTest, PronounSourceIsNoPersonInsideItsOwnContent) {
  // "C, he said" where C names a person: the tagger's nearest person is in C;
  // the speaker is looked for before C.
  doc_ = model::Document();
  doc_.text =
      "Sam Ortiz runs the fund. The offers came from two directors, including its chairman, "
      "Jane Roe, he said.";
  doc_.published = "2025-01-24";
  auto layer = text::Segment(doc_.text);
  TimeTagger timex(**kb_);
  auto times = timex.Tag(doc_, layer);
  mentions_.clear();
  auto add = [&](std::string_view surface, model::MentionKind kind, int32_t antecedent) {
    model::Mention m;
    const auto at = static_cast<uint32_t>(doc_.text.rfind(surface));
    m.span = {at, at + static_cast<uint32_t>(surface.size())};
    m.type = model::EntityType::kPerson;
    m.kind = kind;
    m.label = std::string(surface);
    m.antecedent = antecedent;
    mentions_.push_back(m);
  };
  add("Sam Ortiz", model::MentionKind::kName, -1);
  add("Jane Roe", model::MentionKind::kName, -1);
  add("he", model::MentionKind::kPronoun, 1);  // the nearest person before it
  auto claims = extractor_->Extract(doc_, layer, mentions_, times);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(Resolved(claims[0].source_mention), "Sam Ortiz");
}

TEST_F(AttributionTest, TimeAsTheSubjectOfTheContent) {
  // "X said 1986 was a poor year": the year is what the content is about,
  // not the statement's date.
  auto c = Run("Norvane Mining said 1986 was a poor year for copper producers.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"1986 was a poor year for copper producers"}));
  EXPECT_EQ(c[0].stated_on, "");
  c = Run("Bankers say next year could see more mergers.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"next year could see more mergers"}));
  // A date the statement was made on stays one.
  c = Run("The 200 posts Norvane said two weeks ago were at risk are safe.");
  for (const auto& x : c) {
    EXPECT_NE(x.content.front().substr(0, 9), "two weeks");
  }
}

TEST_F(AttributionTest, OverTheWeekendIsTheStatementsDate) {
  auto c = Run("The ferry company said over the weekend that it would cut fares.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"it would cut fares"}));
  EXPECT_NE(c[0].stated_on, "");
  // A span of time ahead belongs to the content.
  c = Run("The ferry company said over the next two years it would cut fares.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"over the next two years it would cut fares"}));
}

TEST_F(AttributionTest, GroupIncludingAMemberIsTheSource) {
  auto c = Run(
      "Some harbour pilots, including Jane Roe, head of the pilots' guild, said the channel was "
      "too shallow.",
      "2025-01-24", {"Jane Roe"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Some harbour pilots, including Jane Roe");
  EXPECT_EQ(c[0].content, (Strings{"the channel was too shallow"}));
}

TEST_F(AttributionTest, StatementAboutAClause) {
  // "X's statement about C" where C is a clause: a gerund, "not", "how".
  auto c =
      Run("The council has kept the fuel tax, despite the governor's earlier statement about not "
          "raising fuel taxes.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "the governor");
  EXPECT_EQ(c[0].lemma, "statement");
  EXPECT_EQ(c[0].content, (Strings{"not raising fuel taxes"}));
  c = Run("The ferry stopped in May, despite the mayor's statement about keeping it running.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"keeping it running"}));
  // A noun phrase after "about" or "on" is a topic, not what was stated.
  EXPECT_TRUE(Run("The port budget grew, despite his statement about port policy.").empty());
  EXPECT_TRUE(Run("The budget passed after the governor's statement on the deficit.").empty());
}

TEST_F(AttributionTest, SourceNamedInTheNextSentence) {
  // "C. This information comes from X.": the sentence before is X's claim.
  auto c =
      Run("The coastguard is preparing to close the northern channel. This information comes from "
          "the harbour police, who spoke to reporters.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].source, "the harbour police");
  EXPECT_EQ(c[0].lemma, "come from");
  EXPECT_EQ(c[0].content, (Strings{"The coastguard is preparing to close the northern channel"}));
  c = Run("Fuel prices will rise again in May. The estimate came from Norvane Analytics.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Norvane Analytics");
  // Already attributed: no second claim. Other nouns, or another paragraph:
  // none.
  c = Run("The mayor said the bridge would reopen. The news came from her office.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The mayor");
  EXPECT_TRUE(Run("The bridge was closed for a week. The money came from the county.").empty());
  EXPECT_TRUE(Run("The bridge was closed for a week.\n\nThe report came from the county.").empty());
}

TEST_F(AttributionTest, ConcessiveClauseWithItsOwnSpeakerEndsTheContent) {
  // ", although President Jane Roe said D": a titled name of any length
  // before the cue opens the second speaker's claim.
  auto c =
      Run("The council has not said whether it would raise taxes, although Mayor Jane "
          "Alice Roe said earlier that she would not rule it out.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].content, (Strings{"whether it would raise taxes"}));
  EXPECT_EQ(c[1].source, "Mayor Jane Alice Roe");
  EXPECT_EQ(c[1].content, (Strings{"she would not rule it out"}));
}

TEST_F(AttributionTest, PersonOfAFirmSpeaksForTheFirm) {
  // "Jane Roe of Norvane Analytics Inc said C": the person is the source,
  // acting for the firm named after "of".
  model::Extraction x = RunAll(
      "Analysts were cautious. Julius Roe of Norvane Analytics Inc said the deal would "
      "give the airline stability.");
  ASSERT_EQ(x.claims.size(), 1u);
  const int32_t m = x.claims[0].source_mention;
  ASSERT_GE(m, 0);
  EXPECT_EQ(x.mentions[m].label, "Julius Roe");
  EXPECT_EQ(x.mentions[m].type, model::EntityType::kPerson);
  ASSERT_GE(x.mentions[m].acting_for, 0);
  EXPECT_EQ(x.mentions[x.mentions[m].acting_for].label, "Norvane Analytics Inc");
}

TEST_F(AttributionTest, SurnameOfABodyWithTheSpeaksForTheBody) {
  // "Ms. Roe of the Harlow Museum said C" after "Jane Roe": the surname is
  // no part of the body's name, and the body's mention holds "the".
  model::Extraction x =
      RunAll("Jane Roe joined in May. Ms. Roe of the Harlow Museum said the wing would reopen.");
  ASSERT_EQ(x.claims.size(), 1u);
  const int32_t m = x.claims[0].source_mention;
  ASSERT_GE(m, 0);
  EXPECT_EQ(x.mentions[m].type, model::EntityType::kPerson);
  ASSERT_GE(x.mentions[m].acting_for, 0);
  EXPECT_EQ(x.mentions[x.mentions[m].acting_for].label, "Harlow Museum");
}

// "The head of the Lindby council said C": a role noun with its "of" or
// "for" object is a person acting for the body the object names (its name
// closing the object, else opening it), not the body; with no body named it
// is a person acting for none, and no anaphor ("the head of state").
TEST_F(AttributionTest, RoleOfABodyIsAPersonActingForIt) {
  model::Extraction x = RunAll(
      "Lindby voted on Monday. The head of the Lindby council said the roads would be repaired. "
      "The director of the Harlow Museum said the wing would reopen. A spokesman for the "
      "Norvane Bank in Lindby said rates would hold. Jane Roe arrived later. The head of state "
      "said the law was signed. The heads of the two agencies said they would meet.");
  // The person mention of a claim's source (the claim itself is the body's).
  auto source_of = [&](std::string_view source) -> const model::Mention* {
    for (const auto& c : x.claims) {
      if (!c.source || Text(*c.source) != source) {
        continue;
      }
      for (const auto& m : x.mentions) {
        if (m.span == *c.source) {
          return &m;
        }
      }
    }
    return nullptr;
  };
  const struct {
    const char* source;
    const char* body;  // "" for none
  } cases[] = {{"The head of the Lindby council", "Lindby"},
               {"The director of the Harlow Museum", "Harlow Museum"},
               {"A spokesman for the Norvane Bank in Lindby", "Norvane Bank"},
               {"The head of state", ""},
               {"The heads of the two agencies", ""}};
  for (const auto& k : cases) {
    const model::Mention* m = source_of(k.source);
    ASSERT_NE(m, nullptr) << k.source;
    EXPECT_EQ(m->type, model::EntityType::kPerson) << k.source;
    EXPECT_EQ(m->kind, model::MentionKind::kNominal) << k.source;
    EXPECT_LT(m->antecedent, 0) << k.source;
    if (*k.body == '\0') {
      EXPECT_LT(m->acting_for, 0) << k.source;
    } else {
      ASSERT_GE(m->acting_for, 0) << k.source;
      EXPECT_EQ(x.mentions[m->acting_for].label, k.body) << k.source;
    }
  }
}

// "A friend of Jane Roe said C": kin and friends speak for nobody, so the
// name in the "of" object is not the claim's source; the source is a
// person nominal of its own, with no antecedent and no body. So for
// critics, opponents and supporters, also opening a sentence ("Critics of
// the Lindby council said C": they oppose the council, not speak for it).
TEST_F(AttributionTest, RelationOfAPersonIsNotThatPerson) {
  model::Extraction x = RunAll(
      "Jane Roe was charged in May. A friend of Jane Roe said she was calm. Tom Lund left "
      "town. The wife of Tom Lund said the family would appeal. Critics of the Lindby council "
      "said the plan would raise taxes. Supporters of the Harlow Museum said the wing would "
      "reopen.");
  for (const char* source : {"A friend of Jane Roe", "The wife of Tom Lund",
                             "Critics of the Lindby council", "Supporters of the Harlow Museum"}) {
    const model::Claim* found = nullptr;
    for (const auto& c : x.claims) {
      if (c.source && Text(*c.source) == source) {
        found = &c;
      }
    }
    ASSERT_NE(found, nullptr) << source;
    ASSERT_GE(found->source_mention, 0) << source;
    const model::Mention& m = x.mentions[found->source_mention];
    EXPECT_EQ(Text(m.span), source);
    EXPECT_EQ(m.type, model::EntityType::kPerson) << source;
    EXPECT_EQ(m.kind, model::MentionKind::kNominal) << source;
    EXPECT_LT(m.antecedent, 0) << source;
    EXPECT_LT(m.acting_for, 0) << source;
  }
}

// "The official said" after another person was quoted: the official is the
// one introduced as "an official from X", speaking for X, not the person
// quoted in between (the entity tagger finds the antecedent, attribution
// keeps it).
TEST_F(AttributionTest, DescribedSourceIsThePersonIntroducedByTheSameNoun) {
  model::Extraction x = RunAll(
      "The dock will close in May, an official from the Harbour Authority told reporters.\n\n"
      "Mayor Anna Berg called for a new ferry line and for more buses.\n\n"
      "Traffic on the bridge has doubled since the spring. Tolls are expected to rise.\n\n"
      "The official said the repairs would take two years.");
  std::vector<std::string> seen;  // source as written -> the mention it resolves to
  for (const auto& c : x.claims) {
    int32_t m = c.source_mention;
    for (int guard = 0; guard < 8 && m >= 0 && x.mentions[m].antecedent >= 0; ++guard) {
      m = x.mentions[m].antecedent;
    }
    if (c.source && m >= 0) {
      seen.push_back(Text(*c.source) + " -> " + Text(x.mentions[m].span));
    }
  }
  EXPECT_EQ(seen,
            (Strings{"an official from the Harbour Authority -> the Harbour Authority",
                     "Mayor Anna Berg -> Anna Berg", "The official -> the Harbour Authority"}));
}

TEST_F(AttributionTest, ContentOpensBeforeItsSpeaker) {
  // "the bridge, which he said would open in May": the relative word is the
  // content's subject (or object) and opens it.
  auto c = Run("The mayor toured the bridge, which he said would open in May.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "he");
  EXPECT_EQ(c[0].content, (Strings{"which", "would open in May"}));
  // The content's own time is no date of the saying.
  c = Run("The mayor toured the bridge, which he said must reopen by next year.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"which", "must reopen by next year"}));
  EXPECT_EQ(c[0].stated_on, "");
  c = Run("The council paid what the auditors said was a fair price.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"what", "was a fair price"}));
  c = Run("She keeps the old mill, which she says she will never sell.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"which", "she will never sell"}));
  // "that" and "who" only where the content has no subject of its own.
  c = Run("The road that officials said would close is still open.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content.front(), "that");
  c = Run("The mayor said that officials said the road would close.");
  ASSERT_GE(c.size(), 1u);
  for (const auto& x : c) {
    EXPECT_NE(x.content.front(), "that");
  }
  // After a preposition the relative word names the occasion; a name
  // calls the thing named.
  c = Run("It was a long debate, in which she said the levy was too high.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the levy was too high"}));
  c = Run("The board rejected what the mayor called a fair deal.");
  for (const auto& x : c) {
    EXPECT_NE(x.content.front(), "what");
  }
  // "Poets, she said, can rock": a short phrase opening the sentence is
  // the subject the speech tag cuts off from its verb.
  c = Run("Jane Roe is a poet. Poets, she said, can rock like drummers.", "2025-01-24",
          {"Jane Roe"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "she");
  EXPECT_EQ(c[0].content, (Strings{"Poets", "can rock like drummers"}));
  c = Run("Jane Roe runs the port. Prices, she said, rose in May.", "2025-01-24", {"Jane Roe"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"Prices", "rose in May"}));
}

TEST_F(AttributionTest, GoingOnToAfterATagIsTheSpeakersNextAct) {
  // "“C,” X said, going on to D": what X went on to do is no part of C.
  auto c =
      Run("“We are looking at the needs of the people,” Jane Roe said, going on to contrast "
          "the two plans.",
          "2025-01-24", {"Jane Roe"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Jane Roe");
  EXPECT_EQ(c[0].content, (Strings{"We are looking at the needs of the people"}));
  c =
      Run("The port is losing money, Jane Roe said, going on to say that the town had spent "
          "too much on it.",
          "2025-01-24", {"Jane Roe"});
  // What X goes on to say is a claim of X's own.
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].content, (Strings{"The port is losing money"}));
  EXPECT_EQ(c[1].source, "Jane Roe");
  EXPECT_EQ(c[1].lemma, "say");
  EXPECT_EQ(c[1].content, (Strings{"the town had spent too much on it"}));
}

TEST_F(AttributionTest, LimitAfterAMidSentenceTagGoesOn) {
  // "C1, X said, until C2": the limit X gave goes with C1, though C2 holds a
  // word that opens a cue phrase ("went after", the "in" of "in a poll").
  auto c = Run("The mill was a giant, Jane Roe said, until it closed in 1999.", "2025-01-24",
               {"Jane Roe"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"The mill was a giant", "until it closed in 1999"}));
  c = Run("The mill was a giant, Jane Roe said, until it went broke.", "2025-01-24", {"Jane Roe"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"The mill was a giant", "until it went broke"}));
  // Another speaker's verb in C2 keeps it out.
  c = Run("The mill was a giant, Jane Roe said, until rivals accused it of fraud.", "2025-01-24",
          {"Jane Roe"});
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"The mill was a giant"}));
}

TEST_F(AttributionTest, OpeningParticipleClauseWithAPrepositionOrAnAddressee) {
  // "Citing a poll in May, X told D": the "in" that opens the cue "in a
  // poll, C" is no second verb in the participle's clause.
  auto c = Run("Citing a new poll in May, Jane Roe told reporters the levy would fail.",
               "2025-01-24", {"Jane Roe"});
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].source, "Jane Roe");
  EXPECT_EQ(c[0].lemma, "cite");
  EXPECT_EQ(c[0].content, (Strings{"a new poll in May"}));
  EXPECT_EQ(c[1].content, (Strings{"the levy would fail"}));
  // "After explaining to the captain that C, the men D": the addressee is
  // no part of C.
  c =
      Run("After explaining to the captain that the crew faced a year in jail, the men went "
          "back to work.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "the men");
  EXPECT_EQ(c[0].content, (Strings{"the crew faced a year in jail"}));
}

TEST_F(AttributionTest, WritersAsideAfterTheContentIsNoPartOfIt) {
  // "C, prompting D", "C, amid D", "C, even as D": the writer's word on
  // the reported event's effect or setting closes the content.
  auto c =
      Run("The port authority said the crane had failed twice, prompting calls for an "
          "inquiry.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the crane had failed twice"}));
  c = Run("The ferry line said it would cut two routes, amid reports of falling fares.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"it would cut two routes"}));
  c = Run("The mayor said the pier was safe, even as divers found cracks in its piles.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the pier was safe"}));
  // Also after a hedge's clause; "raising" only with a concern it names.
  c = Run("Harbour pilots are reportedly refusing night shifts, raising fears of delays.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"Harbour pilots are reportedly refusing night shifts"}));
  c = Run("Brokers said dealing fees fell, dealing a blow to small traders.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"dealing fees fell"}));
  c = Run("The fund said it bought 40,000 shares, raising its stake to 12 percent.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"it bought 40,000 shares, raising its stake to 12 percent"}));
}

TEST_F(AttributionTest, ConnectiveOpeningAHedgedClauseIsNoPartOfIt) {
  // "Still, C seems D", "But C reportedly D": the writer's connective, as
  // before a trailing cue.
  auto c = Run("Still, the lack of buyers seems to be a real problem for the yard.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the lack of buyers", "to be a real problem for the yard"}));
  c = Run("But the harbour has reportedly raised its mooring rates.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the harbour has reportedly raised its mooring rates"}));
  // "And more than half of C": "and" is the connective; in "Yet another
  // ferry sank" the word belongs to the clause.
  c = Run("And more than half of the pilots are reportedly leaving.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"more than half of the pilots are reportedly leaving"}));
  c = Run("Yet another ferry sank, the coast guard said.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"Yet another ferry sank"}));
}

TEST_F(AttributionTest, AdverbOrParenthesisBeforeThatIsNoPartOfTheContent) {
  // "complained bitterly that C": a manner adverb after the cue verb.
  auto c = Run("Shipowners complain bitterly that the harbour dues are too high.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the harbour dues are too high"}));
  // "insisted, most recently in D, that C", "said at E in Dayton, Ohio,
  // that C": a parenthesis closed by ", that".
  c =
      Run("The mayor insisted, most recently in an interview with a local paper, that the pier "
          "was safe.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the pier was safe"}));
  c = Run("Jane Roe said at a campaign stop in Dayton, Ohio, that the levy would fail.",
          "2025-01-24", {"Jane Roe"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the levy would fail"}));
  // A cue verb in it is the speaker's next act, with a content of its own.
  c = Run("The fares will rise, the company said, adding, that the ferry may close.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].content, (Strings{"The fares will rise"}));
  EXPECT_EQ(c[1].content, (Strings{"the ferry may close"}));
}

TEST_F(AttributionTest, PollsParticiplePhraseIsNoPartOfTheContent) {
  // "In the latest poll, conducted in May, C": the participle describes
  // the poll.
  auto c =
      Run("In the latest Harbour Ledger poll, conducted in early May, Roe led Doe by five "
          "points.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"Roe led Doe by five points"}));
}

TEST_F(AttributionTest, SpeakersNextActEndsANounPhraseContent) {
  // "signaled willingness to D but has met opposition", "promised a veto
  // and attempted to D": the source's own next act after a noun phrase.
  auto c =
      Run("The ministry has signaled willingness to change the levy but has been met with "
          "opposition.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"willingness to change the levy"}));
  c = Run("The council promised a veto and attempted to delay the vote.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"a veto"}));
  // A clause goes on with its own subject: "and have stayed", "and would".
  c = Run("The port said fares rose and have stayed high.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"fares rose and have stayed high"}));
  c = Run("Auditors reported the yard holds 20 million dollars abroad and would owe taxes on it.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content,
            (Strings{"the yard holds 20 million dollars abroad and would owe taxes on it"}));
}

TEST_F(AttributionTest, PrepositionAfterAConcernIsNoPartOfTheContent) {
  // "expressed concern over C", "voiced concerns regarding C".
  auto c = Run("The mayor expressed concern over the cracks found in the pier.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].cue, "expressed concern");
  EXPECT_EQ(c[0].content, (Strings{"the cracks found in the pier"}));
  c = Run("The board expressed particular concern regarding the cost of the new crane.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the cost of the new crane"}));
  // So after doubts, misgivings and reservations, and a "deep" concern.
  c = Run("Several farmers have expressed misgivings about the new levy.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the new levy"}));
  c = Run("The mayor voiced doubts over the timing of the vote.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the timing of the vote"}));
  c = Run("The unions have expressed deep concern about the closures.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the closures"}));
}

TEST_F(AttributionTest, PrepositionOfOppositionIsNoPartOfTheContent) {
  // "X warned against C", "the court ruled against C": like "about".
  auto c = Run("The mayor warned against swimming near the new pier.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"swimming near the new pier"}));
  // "X decided against D": an intent's too.
  c = Run("The board decided against raising the mooring fees.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"raising the mooring fees"}));
}

TEST_F(AttributionTest, AdjunctAfterANamedObjectIsNoPartOfTheContent) {
  // "criticized Ruiz because D", "attacked Ruiz during the vote": a name
  // takes no such clause or phrase; the verb does.
  auto c = Run("The union criticized Ruiz because the depot will close in May.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"Ruiz"}));
  c = Run("The mayor attacked Ruiz during the vote on the budget.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"Ruiz"}));
  // "asked Ruiz when D": an indirect question goes on.
  c = Run("The reporter asked Ruiz when the depot would close.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"Ruiz when the depot would close"}));
}

TEST_F(AttributionTest, TimePhraseAfterAnObjectStaysInIt) {
  // "praised her work after the 2001 floods": "after" with a noun phrase
  // is the object's; with a clause ("after she cut D", "after touring D")
  // it is the verb's and ends the object.
  auto c = Run("The union criticized the ferry cuts after the storms of 2019.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the ferry cuts after the storms of 2019"}));
  c = Run("The union criticized the ferry cuts after she closed the depot.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the ferry cuts"}));
  c = Run("The union criticized the ferry cuts after touring the depot.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the ferry cuts"}));
}

TEST_F(AttributionTest, AccordingToTwoSourcesJoinedByAnd) {
  // "According to a complaint by X and a lawsuit by Y, C": both are the
  // source, C starts after the comma.
  auto c = Run("According to a civil complaint by the port authority and a lawsuit by the town, "
               "the developers hid the losses.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "a civil complaint by the port authority and a lawsuit by the town");
  EXPECT_EQ(c[0].content, (Strings{"the developers hid the losses"}));
}

TEST_F(AttributionTest, InfinitiveContentEndsBeforeTheWritersNextClause) {
  // "agreed to lend D, and the union stepped in": the writer's clause.
  auto c = Run("The bank agreed to lend the club $5 million, and the town also stepped in.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"to lend the club $5 million"}));
  c = Run("The governor wants to end the fuel rebate, but her plan would need a vote.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"to end the fuel rebate"}));
  c = Run("The council wants to scrap the levy, which funds the night buses.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"to scrap the levy"}));
  // ", and to D" goes on; so does a relative clause closed by a comma or
  // telling the plan's outcome with a modal.
  c = Run("The council wants to scrap the levy, which would cut fares by a third.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"to scrap the levy, which would cut fares by a third"}));
  c = Run("The council wants to scrap the levy, and to sell the depot.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"to scrap the levy, and to sell the depot"}));
  c = Run("Lindby Corp agreed to buy a stake in Norvane Inc, a bank, and a 16 pct interest in "
          "Orbis Mining, raising its holding to 51 pct.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"to buy a stake in Norvane Inc, a bank, and a 16 pct interest "
                                   "in Orbis Mining, raising its holding to 51 pct"}));
  c = Run("Lindby Corp agreed to buy Norvane Inc, which makes valves, for $5 mln.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"to buy Norvane Inc, which makes valves, for $5 mln"}));
}

TEST_F(AttributionTest, ConnectiveOpeningAClauseCutByTheTagIsNoPartOfIt) {
  // "And the ferry, he said, could help": the writer's connective; "In
  // addition, he said, C": then C is all of it.
  auto c = Run("And the ferry, he said, could help the town.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the ferry", "could help the town"}));
  c = Run("In addition, he said, the ferry could help the town.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the ferry could help the town"}));
}

TEST_F(AttributionTest, AdverbBeforeTheSourceOfAThatClauseIsNoPartOfIt) {
  // "Overall, X predicted that C": after "that" the clause is whole; the
  // opening word (before a content whose first word looks like a past
  // verb) is the writer's.
  auto c = Run("Overall, the fund predicted that advanced economies would grow 1.6 percent.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"advanced economies would grow 1.6 percent"}));
}

TEST_F(AttributionTest, AnotherSourcesThatClauseAfterACommaEndsTheContent) {
  // "X agreed C, the senator noted that D": a new source with its own
  // "that" clause; a title's full stop is part of the name ("Mr. Doe").
  auto c = Run("A panel agreed Roe won the debate, the senator noted that her manner was calm.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].content, (Strings{"Roe won the debate"}));
  EXPECT_EQ(c[1].source, "the senator");
  c = Run("Roe said the levy failed, Mr. Doe said that the vote was close.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].content, (Strings{"the levy failed"}));
  EXPECT_EQ(c[1].content, (Strings{"the vote was close"}));
  // A pronoun may be the first source going on: no cut after a phrase.
  c =
      Run("According to her account, after checking the log, she insisted that the flaps "
          "were set.");
  ASSERT_EQ(c.size(), 2u);
  EXPECT_EQ(c[0].source, "her account");
  EXPECT_EQ(c[0].content,
            (Strings{"after checking the log, she insisted that the flaps were set"}));
}

TEST_F(AttributionTest, ThatBeforeALoneNounAfterAnObjectCueIsItsDeterminer) {
  // "rejected that argument in a ruling": the object keeps "that"; a
  // plural after it opens a clause ("proposed that ports in the north D").
  auto c = Run("The judge rejected that argument in a ruling released Thursday.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"that argument"}));
  c = Run("The minister proposed that ports in the north be closed.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"ports in the north be closed"}));
}

TEST_F(AttributionTest, NameInAngleBracketsIsTheSource) {
  // Newswire markup: "<Lindby Inc> said C" (the company's name in angle
  // brackets) and "Lindby Inc <LIND> said C" (its ticker after the name).
  auto c = Run("<Lindby Hospitality Inc> said it acquired a hotel in Dover.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Lindby Hospitality Inc");
  EXPECT_EQ(c[0].content, (Strings{"it acquired a hotel in Dover"}));
  c = Run("Lindby Hospitality Inc <LHI> said it acquired a hotel in Dover.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Lindby Hospitality Inc");
  c = Run("The <Lindby Stock Exchange> said it has started option trading.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Lindby Stock Exchange");
  c = Run("<Kidder, Lindby and Co> said profits would rise.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Kidder, Lindby and Co");
  c = Run("<Lindby Hospitality Inc>, a unit of Norvane Corp, said profits would rise.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Lindby Hospitality Inc");
  EXPECT_EQ(c[0].content, (Strings{"profits would rise"}));
}

TEST_F(AttributionTest, ClauseAfterACommaAndCueIsNoInvertedSpeaker) {
  // "X, a unit of Y, said it acquired Z": the clause after "said" is what
  // X said, not the speaker of "X, a unit of Y" ("..., said he." is one).
  auto c = Run("Lindby Hospitality Inc, a unit of Norvane Corp, said it acquired Dover Inns Ltd.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Lindby Hospitality Inc");
  EXPECT_EQ(c[0].content, (Strings{"it acquired Dover Inns Ltd"}));
  c = Run("Lindby Hospitality Inc, a unit of Norvane Corp, said the group bought Dover Inns Ltd.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Lindby Hospitality Inc");
  EXPECT_EQ(c[0].content, (Strings{"the group bought Dover Inns Ltd"}));
  c = Run("Profits will rise this year, said a newly appointed aide.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "a newly appointed aide");
  c = Run("\u201CProfits will rise,\u201D said Ann Roe (a view echoed by her rivals).",
          "2025-01-24", {"Ann Roe"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"Profits will rise"}));
}

TEST_F(AttributionTest, OpeningClauseOrPhraseEndsWhereTheMainClauseBegins) {
  // "After X said C, Y D": the subordinate clause's content ends at its comma.
  auto c = Run("After the mayor said the bridge was safe, the council voted to reopen it.");
  ASSERT_GE(c.size(), 1u);
  EXPECT_EQ(c[0].source, "the mayor");
  EXPECT_EQ(c[0].content, (Strings{"the bridge was safe"}));
  // "Despite X's claim that C, Y D": so does a noun cue's in an opening phrase.
  c = Run("Despite the mayor's claim that the bridge was safe, the council closed it.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the bridge was safe"}));
  c = Run("Contrary to his claim that voters would learn nothing, the files show a lot.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"voters would learn nothing"}));
}

TEST_F(AttributionTest, SpeakingEventBeforeAClauseWithoutThat) {
  // "X said in a statement C": the speaking event, then the clause said.
  auto c = Run("The harbour authority said in a statement it would close the dock.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The harbour authority");
  EXPECT_EQ(c[0].content, (Strings{"it would close the dock"}));
  // A relative clause on the noun is no clause said.
  c = Run(
      "The authority said in a statement the board issued on Friday that the dock would close.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the dock would close"}));
}

TEST_F(AttributionTest, NameEndingInApostropheSBeforeAVerb) {
  // "Moody's said C": a past tense opening a clause after a name ending in
  // "'s" is the name's verb, and the "'s" is part of the source as written.
  auto c = Run("Lindby's said the loss had weakened its position.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Lindby's");
  EXPECT_EQ(c[0].content, (Strings{"the loss had weakened its position"}));
  // "the firm's estimated loss": an adjective before a noun.
  c = Run("Lindby's estimated loss was small, the firm said.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "the firm");
}

TEST_F(AttributionTest, AsPhraseAfterATrailingCueIsNoContent) {
  // "C, X said as lead manager": the speaker's role closes the sentence.
  auto c = Run("Lindby Corp is issuing a 100 mln dlr bond, Norvane Bank Ltd said as lead manager.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Norvane Bank Ltd");
  EXPECT_EQ(c[0].content, (Strings{"Lindby Corp is issuing a 100 mln dlr bond"}));
  c = Run("Lindby Corp is issuing a 100 mln dlr bond, said Norvane Bank Ltd as co-lead manager.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Norvane Bank Ltd");
}

TEST_F(AttributionTest, TrailingTellingVerbWithALongerAddressee) {
  // "C, X told a news conference.": the addressee runs to the end.
  auto c = Run("The split would help small savers, Jane Roe told a news conference.", "2025-01-24",
               {"Jane Roe"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Jane Roe");
  EXPECT_EQ(c[0].content, (Strings{"The split would help small savers"}));
  c = Run("The split would help, Jane Roe told a press conference in Lindby.", "2025-01-24",
          {"Jane Roe"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"The split would help"}));
}

TEST_F(AttributionTest, AddresseeNameWithAnd) {
  // "X told the Securities and Exchange Commission it D": one name.
  auto c = Run("Jane Roe told the Harbour and Canal Commission she had acquired 5,000 shares.",
               "2025-01-24", {"Jane Roe"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"she had acquired 5,000 shares"}));
}

TEST_F(AttributionTest, StateAfterAPlaceInAnAppositionIsNoSource) {
  // "X, based in Lindby, Calif., said C": the state closes the place
  // phrase; the subject comes before it.
  auto c = Run("The company, based in Lindby, Calif., said it acquired 5 pct of the firm.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The company");
  c = Run("Jane Roe, an investor from Lindby, Alabama, said she acquired 5 pct of the firm.",
          "2025-01-24", {"Jane Roe"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Jane Roe");
}

TEST_F(AttributionTest, SpanOfTimeBetweenCueAndContent) {
  // "X has insisted for weeks that C", "X said again and again that C".
  auto c = Run("The mayor has insisted for weeks that the dam is safe.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the dam is safe"}));
  c = Run("The mayor said again and again that the dam was safe.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the dam was safe"}));
  c = Run("The mayor insisted throughout the campaign that the dam was safe.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the dam was safe"}));
}

TEST_F(AttributionTest, ParticipleAfterASpeakingEventAndAPhrase) {
  // "X sent a letter to the council warning that C": the noun of the
  // speaking event, then a short phrase, then the participle.
  auto c = Run("The ministry sent a letter to the council warning that the dam could fail.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The ministry");
  EXPECT_EQ(c[0].content, (Strings{"the dam could fail"}));
  c = Run("The ministry issued a statement on Friday saying the dam is safe.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"the dam is safe"}));
}

TEST_F(AttributionTest, OpeningAsClauseEndsAtItsComma) {
  // "As X put it in a letter to Y in July, C": the clause ends at its comma.
  auto c = Run("As Ms. Hale put it in a letter to the board in July, the plan is a disaster.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Ms. Hale");
  EXPECT_EQ(c[0].content, (Strings{"the plan is a disaster"}));
  // C may open with a phrase of its own.
  c = Run("As Mr. Moe observed, in the first days of a new council the rules are unclear.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].content, (Strings{"in the first days of a new council the rules are unclear"}));
}

TEST_F(AttributionTest, RaisingVerbConjoinedToTheFirstVerb) {
  // "X agreed with Y and seemed to think C": the first verb's subject.
  auto c = Run("Pat Moe largely agreed with the council and seemed to think the plan was phony.",
               "2025-01-24", {"Pat Moe"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Pat Moe");
  EXPECT_EQ(c[0].content, (Strings{"the plan was phony"}));
}

TEST_F(AttributionTest, FootageOfASpeaker) {
  // "a clip of X saying C": X speaks, not the clip's maker.
  auto c = Run("The ad features a clip of Jane Hale saying, \u201CI will never raise taxes.\u201D",
               "2025-01-24", {"Jane Hale"});
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "Jane Hale");
  EXPECT_EQ(c[0].content, (Strings{"I will never raise taxes"}));
  c = Run("The council released a video of the mayor saying the dam is safe.");
  for (const auto& x : c) {
    EXPECT_NE(x.source, "The council");
  }
}

TEST_F(AttributionTest, PossessedNounCueWithCopulaBeforeThat) {
  // "The mayor's view is that C", "His fear was that C".
  auto c = Run("The mayor's view is that the dam is safe.");
  ASSERT_EQ(c.size(), 1u);
  EXPECT_EQ(c[0].source, "The mayor");
  EXPECT_EQ(c[0].lemma, "view");
  EXPECT_EQ(c[0].content, (Strings{"the dam is safe"}));
  // Without a possessor nobody holds it here.
  EXPECT_TRUE(Run("The fear is that the dam will fail.").empty());
}

// "The chief executive of Harlow Bank, Tom Baker, said C": a description
// ending in a name, then a person's name in apposition: the person is the
// source, as after a description in lower case ("Lindby's envoy, Tom Baker,
// said"). After the content the description is no part of it: "C, the
// governor of the Bank of Lindby, Jane Roe, said" is Jane Roe's C. A title
// in apposition is no name ("Mark Lund, Chairman, said").
TEST_F(AttributionTest, NameInAppositionToADescriptionEndingInAName) {
  model::Extraction x = RunAll(
      "The chief executive of Harlow Bank, Tom Baker, said the bank would cut jobs. Rates will "
      "fall, the governor of the Bank of Lindby, Jane Roe, said. Exports will rise, Lindby's "
      "envoy, Lena Voss, said. Mark Lund, Chairman, said profits rose.");
  const std::vector<std::pair<std::string, std::string>> want = {
      {"Tom Baker", "the bank would cut jobs"},
      {"Jane Roe", "Rates will fall"},
      {"Lena Voss", "Exports will rise"},
      {"Mark Lund", "profits rose"}};
  EXPECT_EQ(SourcesAndContents(x), want);
}

// A hyphenated title is a speaker's head like the noun it is made of: "C,
// the director-general of the Lindby institute, Jane Roe, said" ends C
// before the description, as "the governor of X" does, and so do
// "editor-in-chief" and "vice-chairman".
TEST_F(AttributionTest, HyphenatedTitleIsASpeakerHead) {
  model::Extraction x = RunAll(
      "The reactor will restart in May, the director-general of the Lindby Energy Institute, "
      "Jane Roe, said. Fares would rise, the editor-in-chief of the Harlow Courier, Tom Baker, "
      "said. The vice-chairman of Norvane Bank, Ann Lee, said rates would fall.");
  const std::vector<std::pair<std::string, std::string>> want = {
      {"Jane Roe", "The reactor will restart in May"},
      {"Tom Baker", "Fares would rise"},
      {"Ann Lee", "rates would fall"}};
  EXPECT_EQ(SourcesAndContents(x), want);
}

// WalkTimes, by which Prepare marks the tokens DocRun::InTime finds and each
// time's first token, against the searches it replaces (InTimeSearch per
// token, std::lower_bound per time): random documents whose times overlap,
// nest, share a start, begin between tokens or past the last one.
TEST(AttributionTimes, WalkTimesAgreesWithTheSearches) {
  std::mt19937 rng(19);
  for (int round = 0; round < 3000; ++round) {
    std::vector<model::Token> tokens(rng() % 40);
    uint32_t at = 0;
    for (auto& t : tokens) {
      at += static_cast<uint32_t>(rng() % 3);  // 0: no space before
      t.span = {at, at + 1 + static_cast<uint32_t>(rng() % 4)};
      at = t.span.end;
    }
    std::vector<model::TimeExpr> times(rng() % 8);
    for (auto& x : times) {
      const uint32_t b = static_cast<uint32_t>(rng() % (at + 3));
      x.span = {b, b + 1 + static_cast<uint32_t>(rng() % 12)};
      x.type = static_cast<model::TimexType>(rng() % 4);
    }
    std::stable_sort(times.begin(), times.end(),
                     [](const auto& a, const auto& b) { return a.span.begin < b.span.begin; });
    std::vector<size_t> starts;
    std::vector<bool> covered(tokens.size());
    size_t last = 0;
    attribution_internal::WalkTimes(
        tokens, times,
        [&](size_t t, size_t k) {
          EXPECT_EQ(t, starts.size());
          starts.push_back(k);
        },
        [&](size_t q) {
          EXPECT_FALSE(covered[q]) << "token " << q << " twice, round " << round;
          EXPECT_GE(q, last);
          covered[q] = true;
          last = q;
        });
    ASSERT_EQ(starts.size(), times.size());
    for (size_t t = 0; t < times.size(); ++t) {
      const auto first =
          std::lower_bound(tokens.begin(), tokens.end(), times[t].span.begin,
                           [](const model::Token& tk, uint32_t b) { return tk.span.begin < b; });
      EXPECT_EQ(starts[t], static_cast<size_t>(first - tokens.begin())) << "round " << round;
    }
    for (size_t k = 0; k < tokens.size(); ++k) {
      EXPECT_EQ(covered[k], attribution_internal::InTimeSearch(times, tokens[k].span.begin))
          << "token " << k << ", round " << round;
    }
  }
}

}  // namespace claimgraph::extract
