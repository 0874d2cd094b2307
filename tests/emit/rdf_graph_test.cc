// The output model (src/emit/rdf_graph.h): model values in, triples out,
// through the in-memory sink.
#include "emit/rdf_graph.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <tuple>

#include "emit/rdf_vocab.h"
#include "sample.h"

namespace claimgraph::emit {
namespace {

namespace v = vocab;
using testing::Find;
using testing::MakeSample;

const std::string kBase = "https://w3id.org/claimgraph/data/";
const std::string kDoc = kBase + "doc/sample-1";
const std::string kCg = v::kCgNs;

// Code-point index of byte `b` of `text`, counted independently of utf8.h.
uint32_t Cp(std::string_view text, uint32_t b) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < b; ++i) {
    n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  }
  return n;
}

std::string SpanIri(const testing::Sample& s, std::string_view kind, model::Span sp) {
  return kDoc + "/" + std::string(kind) + "/" + std::to_string(Cp(s.doc.text, sp.begin)) + "-" +
         std::to_string(Cp(s.doc.text, sp.end));
}

MemorySink Write(const testing::Sample& s, bool full = false) {
  MemorySink sink;
  RdfGraphWriter w(sink, kBase, full);
  w.WritePrefixes();
  w.AddDocument(s.doc, s.x, s.table.mention_entity[0], s.table);
  w.WriteEntities(s.table);
  return sink;
}

TEST(RdfGraph, DocumentCarriesItsMetadataAndText) {
  auto s = MakeSample();
  MemorySink g = Write(s);
  EXPECT_EQ(g.Object(kDoc, v::kType), v::kDocument);
  EXPECT_EQ(g.Object(kDoc, v::kDocId), "sample-1");
  EXPECT_EQ(g.Object(kDoc, v::kHeadline), s.doc.title);
  EXPECT_EQ(g.Object(kDoc, v::kPublisherName), "The Example Herald");
  auto url = g.Objects(kDoc, v::kUrl);
  ASSERT_EQ(url.size(), 1u);
  EXPECT_FALSE(url[0]->o_literal) << "an absolute URL is an IRI";
  auto date = g.Objects(kDoc, v::kDatePublished);
  ASSERT_EQ(date.size(), 1u);
  EXPECT_EQ(date[0]->o, "2024-03-15");
  EXPECT_EQ(date[0]->datatype, v::kXsdDate);

  const std::string ctx = kDoc + "/text";
  EXPECT_EQ(g.Object(ctx, v::kType), v::kNifContext);
  EXPECT_EQ(g.Object(ctx, v::kIsString), s.doc.text) << "the text as read, BOM included";
  EXPECT_EQ(g.Object(ctx, v::kBeginIndex), "0");
  EXPECT_EQ(g.Object(ctx, v::kEndIndex), std::to_string(Cp(s.doc.text, s.doc.text.size())));
  EXPECT_EQ(g.Object(ctx, v::kDocumentOf), kDoc);
}

TEST(RdfGraph, OffsetsAreCodePointsNotBytes) {
  auto s = MakeSample();
  MemorySink g = Write(s);
  // BOM and both curly quotes (3 bytes, one code point each) come first:
  // "Maria Olsen" starts at byte 42 but at code point 36.
  model::Span olsen = Find(s.doc.text, "Maria Olsen");
  ASSERT_EQ(olsen.begin, 42u);
  const std::string m = kDoc + "/m/36-47";
  EXPECT_EQ(g.Object(m, v::kBeginIndex), "36");
  EXPECT_EQ(g.Object(m, v::kEndIndex), "47");
  EXPECT_EQ(g.Object(m, v::kAnchorOf), "Maria Olsen");
  // After the emoji (4 bytes, one code point).
  model::Span she = Find(s.doc.text, "She");
  const std::string m2 = SpanIri(s, "m", she);
  EXPECT_EQ(m2, kDoc + "/m/61-64");
  EXPECT_EQ(g.Object(m2, v::kAnchorOf), "She");
  for (const auto& t : g.triples()) {
    if (t.p == v::kBeginIndex || t.p == v::kEndIndex) {
      EXPECT_EQ(t.datatype, v::kXsdInteger);
    }
  }
}

TEST(RdfGraph, MentionsLinkToEntitiesThroughAntecedents) {
  auto s = MakeSample();
  MemorySink g = Write(s);
  const std::string olsen = kBase + "entity/person/maria-olsen";
  EXPECT_EQ(g.Object(kDoc + "/m/36-47", v::kRefersTo), olsen);
  // "She" is not linked itself; its antecedent is.
  EXPECT_EQ(g.Object(kDoc + "/m/61-64", v::kRefersTo), olsen);
  EXPECT_EQ(g.Object(kDoc + "/m/61-64", v::kMentionKind), "pronoun");
  // Same type as the entity: no per-mention type.
  EXPECT_TRUE(g.Objects(kDoc + "/m/36-47", v::kMentionType).empty());
  EXPECT_TRUE(g.Objects(kDoc + "/m/36-47", v::kMentionKind).empty()) << "a name is the default";
  EXPECT_EQ(g.Object(kDoc + "/m/36-47", v::kReferenceContext), kDoc + "/text");
}

TEST(RdfGraph, MentionTypeWhenUnlinkedOrTypedDifferently) {
  auto s = MakeSample();
  s.table.mention_entity[0][2] = -1;  // Eastport unlinked
  s.x.mentions[3].type =
      model::EntityType::kGovernmentOrganization;  // "Northland" for its government
  MemorySink g = Write(s);
  const std::string eastport = SpanIri(s, "m", Find(s.doc.text, "Eastport"));
  EXPECT_TRUE(g.Objects(eastport, v::kRefersTo).empty());
  EXPECT_EQ(g.Object(eastport, v::kMentionType), kCg + "Place");
  const std::string northland = SpanIri(s, "m", s.x.mentions[3].span);
  EXPECT_EQ(g.Object(northland, v::kRefersTo), kBase + "entity/country/northland");
  EXPECT_EQ(g.Object(northland, v::kMentionType), kCg + "GovernmentOrganization");
}

TEST(RdfGraph, ClaimHasSourceCueContentAndDate) {
  auto s = MakeSample();
  MemorySink g = Write(s);
  const std::string quote = SpanIri(s, "claim", s.x.claims[0].content[0]);
  EXPECT_EQ(g.Object(quote, v::kType), v::kClaim);
  EXPECT_EQ(g.Object(quote, v::kWasDerivedFrom), kDoc);
  // The source as written ("Gen. Maria Olsen") is wider than the mention: a span node.
  const std::string src = SpanIri(s, "span", Find(s.doc.text, "Gen. Maria Olsen"));
  EXPECT_EQ(g.Object(quote, v::kSource), src);
  EXPECT_EQ(g.Object(src, v::kAnchorOf), "Gen. Maria Olsen");
  EXPECT_EQ(g.Object(quote, v::kWasAttributedTo), kBase + "entity/person/maria-olsen");
  const std::string cue = SpanIri(s, "span", Find(s.doc.text, "said"));
  EXPECT_EQ(g.Object(quote, v::kCue), cue);
  EXPECT_EQ(g.Object(cue, v::kAnchorOf), "said");
  EXPECT_TRUE(g.Objects(cue, v::kReferenceContext).empty()) << "reached through the claim";
  EXPECT_EQ(g.Object(quote, v::kCueLemma), "say");
  auto stated = g.Objects(quote, v::kStatedOn);
  ASSERT_EQ(stated.size(), 1u);
  EXPECT_EQ(stated[0]->o, "2024-03-15");
  EXPECT_EQ(stated[0]->datatype, v::kXsdDate);
  EXPECT_EQ(g.Object(quote, v::kDirectQuote), "true");
  EXPECT_TRUE(g.Objects(quote, v::kNegated).empty()) << "false flags are not written";
  EXPECT_TRUE(g.Objects(quote, v::kUnattributed).empty());
}

TEST(RdfGraph, PronounSourceIsTheMentionAndResolvesToThePerson) {
  auto s = MakeSample();
  MemorySink g = Write(s);
  const std::string est = SpanIri(s, "claim", s.x.claims[1].content[0]);
  EXPECT_EQ(g.Object(est, v::kSource), kDoc + "/m/61-64");
  EXPECT_EQ(g.Object(est, v::kWasAttributedTo), kBase + "entity/person/maria-olsen");
  EXPECT_EQ(g.Object(est, v::kCueCategory), "estimate");
  EXPECT_TRUE(g.Objects(est, v::kStatedOn).empty()) << "no time governs the cue";
  // about: deduplicated entity IRIs.
  auto about = g.Objects(est, v::kAbout);
  ASSERT_EQ(about.size(), 1u);
  EXPECT_EQ(about[0]->o, kBase + "entity/place/eastport");
  EXPECT_EQ(g.Object(est, v::kMentionsTime), SpanIri(s, "t", Find(s.doc.text, "March 2024")));
}

TEST(RdfGraph, UnnamedSourceIsAttributedToTheOrganisationItSpeaksFor) {
  auto s = MakeSample();
  // "She" stands for an unnamed official acting for the ministry: no
  // antecedent, no entity of her own.
  s.x.mentions[1].antecedent = -1;
  s.x.mentions[1].acting_for = 4;
  MemorySink g = Write(s);
  const std::string est = SpanIri(s, "claim", s.x.claims[1].content[0]);
  EXPECT_EQ(g.Object(est, v::kWasAttributedTo),
            kBase + "entity/government-organization/northland-defence-ministry");
  // The mention itself does not become the ministry.
  EXPECT_TRUE(g.Objects(kDoc + "/m/61-64", v::kRefersTo).empty());
}

TEST(RdfGraph, DiscontinuousContentGivesSeveralSpans) {
  auto s = MakeSample();
  s.x.claims[0].content = {Find(s.doc.text, "We will"), Find(s.doc.text, "hold the line")};
  MemorySink g = Write(s);
  const std::string quote = SpanIri(s, "claim", s.x.claims[0].content[0]);
  auto content = g.Objects(quote, v::kContent);
  ASSERT_EQ(content.size(), 2u);
  EXPECT_EQ(g.Object(content[0]->o, v::kAnchorOf), "We will");
  EXPECT_EQ(g.Object(content[1]->o, v::kAnchorOf), "hold the line");
}

TEST(RdfGraph, ClaimIrisStayDistinctOnCollision) {
  auto s = MakeSample();
  model::Claim twin = s.x.claims[1];
  twin.cue = Find(s.doc.text, "according to");
  s.x.claims.push_back(twin);
  s.x.claims.push_back(twin);
  s.x.claims[3].reported_by = 2;
  MemorySink g = Write(s);
  const std::string base = SpanIri(s, "claim", twin.content[0]);
  EXPECT_EQ(g.Object(base, v::kType), v::kClaim);
  EXPECT_EQ(g.Object(base + "-2", v::kType), v::kClaim);
  EXPECT_EQ(g.Object(base + "-3", v::kType), v::kClaim);
  EXPECT_EQ(g.Object(base + "-3", v::kReportedBy), base + "-2");
  EXPECT_EQ(g.Subjects(v::kType, v::kClaim).size(), 4u);
}

TEST(RdfGraph, ClaimWithoutUsableContentIsNotWritten) {
  auto s = MakeSample();
  s.x.claims[1].content = {{5000, 5010}};  // outside the text
  MemorySink g = Write(s);
  EXPECT_EQ(g.Subjects(v::kType, v::kClaim).size(), 1u);
  const std::string q = SpanIri(s, "q", s.x.quantities[0].span);
  EXPECT_EQ(g.Object(q, v::kType), v::kQuantity);
  EXPECT_TRUE(g.Objects(q, v::kInClaim).empty()) << "no link to a claim that is not there";
}

TEST(RdfGraph, SpansOffTheTextOrInsideACharacterAreSkipped) {
  auto s = MakeSample();
  model::Mention inside = s.x.mentions[0];
  inside.span = {1, 5};  // byte 1 is inside the BOM
  model::Mention past = s.x.mentions[0];
  past.span = {0, static_cast<uint32_t>(s.doc.text.size() + 1)};
  model::Mention empty = s.x.mentions[0];
  empty.span = {10, 10};
  s.x.mentions.insert(s.x.mentions.begin(), {inside, past, empty});
  s.table.mention_entity[0].insert(s.table.mention_entity[0].begin(), {-1, -1, -1});
  for (auto& c : s.x.claims) {
    c.source_mention += 3;
    for (auto& a : c.about) {
      a += 3;
    }
  }
  s.x.mentions[4].antecedent += 3;
  MemorySink g = Write(s);
  EXPECT_EQ(g.Subjects(v::kType, v::kMention).size(), 5u);
  for (const auto& t : g.triples()) {
    EXPECT_EQ(t.s.find("/m/0-"), std::string::npos);
    EXPECT_EQ(t.s.find("/m/1-"), std::string::npos);
  }
}

TEST(RdfGraph, DuplicateSpansInAnyOrderGiveOneNodeEach) {
  auto s = MakeSample();
  // A second "Eastport" mention with the same span, appended out of order.
  s.x.mentions.push_back(s.x.mentions[2]);
  s.table.mention_entity[0].push_back(-1);
  s.x.quantities.push_back(s.x.quantities[0]);
  s.x.times.insert(s.x.times.begin(), s.x.times[1]);  // "March 2024" first, twice
  s.x.claims[1].mentioned_times = {0};
  MemorySink g = Write(s);
  const std::string eastport = SpanIri(s, "m", Find(s.doc.text, "Eastport"));
  EXPECT_EQ(g.Objects(eastport, v::kType).size(), 1u);
  EXPECT_EQ(g.Objects(eastport, v::kRefersTo).size(), 1u);
  EXPECT_EQ(g.Subjects(v::kType, v::kQuantity).size(), 1u);
  EXPECT_EQ(g.Subjects(v::kType, v::kTimeExpression).size(), 2u);
  EXPECT_EQ(g.Object(SpanIri(s, "claim", s.x.claims[1].content[0]), v::kMentionsTime),
            SpanIri(s, "t", Find(s.doc.text, "March 2024")));
}

TEST(RdfGraph, QuantityValuesAndBounds) {
  auto s = MakeSample();
  model::Quantity range;
  range.span = Find(s.doc.text, "4,000");
  range.value = 20000;
  range.low = 20000;
  range.high = 25000.5;
  range.qualifier = model::QuantityQualifier::kRange;
  s.x.quantities.push_back(range);
  MemorySink g = Write(s);
  const std::string approx = SpanIri(s, "q", s.x.quantities[0].span);
  auto value = g.Objects(approx, v::kValue);
  ASSERT_EQ(value.size(), 1u);
  EXPECT_EQ(value[0]->o, "4000");
  EXPECT_EQ(value[0]->datatype, v::kXsdDecimal);
  EXPECT_TRUE(g.Objects(approx, v::kLow).empty());
  EXPECT_TRUE(g.Objects(approx, v::kHigh).empty());
  EXPECT_EQ(g.Object(approx, v::kQualifier), "approximate");
  EXPECT_EQ(g.Object(approx, v::kInClaim), SpanIri(s, "claim", s.x.claims[1].content[0]));
  const std::string r = SpanIri(s, "q", range.span);
  EXPECT_EQ(g.Object(r, v::kLow), "20000");
  EXPECT_EQ(g.Object(r, v::kHigh), "25000.5");
  EXPECT_EQ(g.Object(r, v::kQualifier), "range");
}

TEST(RdfGraph, TimeExpressions) {
  auto s = MakeSample();
  s.x.times[1].mod = "START";
  MemorySink g = Write(s);
  const std::string friday = SpanIri(s, "t", Find(s.doc.text, "Friday"));
  EXPECT_EQ(g.Object(friday, v::kTimexValue), "2024-03-15");
  EXPECT_EQ(g.Object(friday, v::kTimexType), "DATE");
  EXPECT_EQ(g.Object(friday, v::kDate), "2024-03-15");
  const std::string march = SpanIri(s, "t", Find(s.doc.text, "March 2024"));
  EXPECT_EQ(g.Object(march, v::kTimexValue), "2024-03");
  EXPECT_EQ(g.Object(march, v::kTimexMod), "START");
  EXPECT_TRUE(g.Objects(march, v::kDate).empty()) << "only a full date is a cg:date";
}

TEST(RdfGraph, MetadataThatIsNotWellFormedIsNotTyped) {
  auto s = MakeSample();
  s.doc.url = "news.example.org/no scheme";
  s.doc.published = "2024-02-30";
  s.doc.title.clear();
  MemorySink g = Write(s);
  auto url = g.Objects(kDoc, v::kUrl);
  ASSERT_EQ(url.size(), 1u);
  EXPECT_TRUE(url[0]->o_literal);
  EXPECT_TRUE(g.Objects(kDoc, v::kDatePublished).empty());
  EXPECT_TRUE(g.Objects(kDoc, v::kHeadline).empty());
}

TEST(RdfGraph, EntitiesWithLabelsCountsAndMergeEvidence) {
  auto s = MakeSample();
  std::swap(s.table.entities[0], s.table.entities[3]);  // out of key order
  for (auto& e : s.table.mention_entity[0]) {
    if (e == 0) {
      e = 3;
    } else if (e == 3) {
      e = 0;
    }
  }
  MemorySink g = Write(s);
  const std::string olsen = kBase + "entity/person/maria-olsen";
  EXPECT_EQ(g.Object(olsen, v::kType), kCg + "Person");
  EXPECT_EQ(g.Object(olsen, v::kPrefLabel), "Maria Olsen");
  auto alt = g.Objects(olsen, v::kAltLabel);
  ASSERT_EQ(alt.size(), 1u) << "the preferred label is no alternative";
  EXPECT_EQ(alt[0]->o, "Gen. Maria Olsen");
  EXPECT_EQ(g.Object(olsen, v::kMentionCount), "2");
  EXPECT_EQ(g.Object(olsen, v::kSameAs), kBase + "entity/person/olsen");
  const std::string merge = olsen + "/merge/1";
  EXPECT_EQ(g.Object(merge, v::kType), v::kMergeEvidence);
  EXPECT_EQ(g.Object(merge, v::kMergedInto), olsen);
  EXPECT_EQ(g.Object(merge, v::kEvidenceKind), "surname");
  EXPECT_EQ(g.Object(merge, v::kConfidence), "0.9");
  EXPECT_EQ(g.Object(merge, v::kLeftDocument), kDoc);
  // Entities come out sorted by key.
  std::vector<std::string> order;
  for (const auto& t : g.triples()) {
    if (t.p == v::kPrefLabel) {
      order.push_back(t.s);
    }
  }
  EXPECT_TRUE(std::is_sorted(order.begin(), order.end()));
  EXPECT_EQ(order.size(), 4u);
  // The swapped table still links mentions to the right entity.
  EXPECT_EQ(g.Object(SpanIri(s, "m", Find(s.doc.text, "Eastport")), v::kRefersTo),
            kBase + "entity/place/eastport");
}

TEST(RdfGraph, HostileIdsBecomeSafeIris) {
  auto s = MakeSample();
  s.doc.id = "a \"b\"\\<c>/d\n\xE2\x80\xAE\xF0\x9F\x98\x80";
  s.table.entities[2].key = "person/o'neil <x>";
  MemorySink g = Write(s);
  const std::string doc = kBase + "doc/a%20%22b%22%5C%3Cc%3E%2Fd%0A%E2%80%AE%F0%9F%98%80";
  EXPECT_EQ(g.Object(doc, v::kDocId), s.doc.id) << "the literal keeps the id as is";
  EXPECT_EQ(g.Object(doc + "/m/36-47", v::kRefersTo), kBase + "entity/person/o%27neil%20%3Cx%3E");
}

TEST(RdfGraph, DataBaseGetsASeparator) {
  MemorySink sink;
  RdfGraphWriter slash(sink, "https://example.org/kg");
  EXPECT_EQ(slash.DocumentIri("a"), "https://example.org/kg/doc/a");
  RdfGraphWriter hash(sink, "https://example.org/kg#");
  EXPECT_EQ(hash.EntityIri("person/x"), "https://example.org/kg#entity/person/x");
}

TEST(RdfGraph, EveryNodeIsAnIriUnderTheBase) {
  auto s = MakeSample();
  MemorySink g = Write(s);
  std::set<std::string> subjects;
  for (const auto& t : g.triples()) {
    EXPECT_EQ(t.s.rfind(kBase, 0), 0u) << t.s;
    subjects.insert(t.s);
    if (!t.o_literal && t.p != v::kType && t.p != v::kMentionType && t.p != v::kUrl) {
      EXPECT_EQ(t.o.rfind(kBase, 0), 0u) << t.p << " " << t.o;
    }
  }
  // Every IRI object under the base is described (no dangling references).
  for (const auto& t : g.triples()) {
    if (!t.o_literal && t.o.rfind(kBase, 0) == 0 && t.p != v::kSameAs) {
      EXPECT_TRUE(subjects.count(t.o)) << t.o;
    }
  }
}

TEST(RdfGraph, SubjectsArriveGrouped) {
  auto s = MakeSample();
  MemorySink g = Write(s);
  std::set<std::string> done;
  std::string current;
  for (const auto& t : g.triples()) {
    if (t.s != current) {
      EXPECT_TRUE(done.insert(t.s).second) << t.s << " appears in two runs";
      current = t.s;
    }
  }
}

TEST(RdfGraph, SameInputSameTriples) {
  auto s = MakeSample();
  MemorySink a = Write(s), b = Write(s);
  ASSERT_EQ(a.triples().size(), b.triples().size());
  for (size_t i = 0; i < a.triples().size(); ++i) {
    EXPECT_EQ(a.triples()[i].s, b.triples()[i].s);
    EXPECT_EQ(a.triples()[i].p, b.triples()[i].p);
    EXPECT_EQ(a.triples()[i].o, b.triples()[i].o);
  }
  EXPECT_EQ(a.count(), a.triples().size());
}

TEST(RdfGraph, FullProfileKeepsEveryLeanTriple) {
  auto s = MakeSample();
  MemorySink lean = Write(s), full = Write(s, /*full=*/true);
  std::set<std::tuple<std::string, std::string, std::string>> in_full;
  for (const auto& t : full.triples()) {
    in_full.emplace(t.s, t.p, t.o);
  }
  for (const auto& t : lean.triples()) {
    EXPECT_TRUE(in_full.count({t.s, t.p, t.o})) << t.s << " " << t.p << " " << t.o;
  }
  EXPECT_GT(full.triples().size(), lean.triples().size());
  EXPECT_TRUE(lean.Subjects(v::kType, v::kNifSentence).empty()) << "no sentences when lean";
}

TEST(RdfGraph, FullProfileWritesSentencesInOrderWithCodePointOffsets) {
  auto s = MakeSample();
  MemorySink g = Write(s, /*full=*/true);
  std::vector<std::string> sentences = g.Subjects(v::kType, v::kNifSentence);
  ASSERT_GE(sentences.size(), 2u);
  // The chain of nif:nextSentence visits every sentence once, in text order.
  std::string first;
  for (const auto& sen : sentences) {
    if (g.Subjects(v::kNextSentence, sen).empty()) {
      EXPECT_TRUE(first.empty()) << "one first sentence";
      first = sen;
    }
    EXPECT_EQ(g.Object(sen, v::kReferenceContext), kDoc + "/text");
  }
  size_t visited = 0;
  int previous_end = -1;
  for (std::string at = first; !at.empty(); at = g.Object(at, v::kNextSentence)) {
    ++visited;
    const int begin = std::stoi(g.Object(at, v::kBeginIndex));
    const int end = std::stoi(g.Object(at, v::kEndIndex));
    EXPECT_LT(begin, end);
    EXPECT_LE(previous_end, begin);
    previous_end = end;
    EXPECT_EQ(at, kDoc + "/s/" + std::to_string(begin) + "-" + std::to_string(end));
  }
  EXPECT_EQ(visited, sentences.size());

  // "Maria Olsen" (code points 36-47, after a BOM and a curly quote) lies in
  // the first sentence, whose text is the quote and its speaker.
  const std::string olsen = kDoc + "/m/36-47";
  const std::string olsen_sentence = g.Object(olsen, v::kSentenceOf);
  EXPECT_EQ(olsen_sentence, first);
  const std::string anchor = g.Object(first, v::kAnchorOf);
  EXPECT_NE(anchor.find("said Gen. Maria Olsen on Friday."), std::string::npos) << anchor;
  EXPECT_EQ(anchor.find("estimated"), std::string::npos) << anchor;
  EXPECT_LE(std::stoi(g.Object(first, v::kBeginIndex)), 36);
  EXPECT_GE(std::stoi(g.Object(first, v::kEndIndex)), 47);
  // The estimate's content is in a later sentence.
  const std::string content =
      SpanIri(s, "span", Find(s.doc.text, "about 4,000 troops had reached Eastport by March 2024"));
  const std::string later = g.Object(content, v::kSentenceOf);
  EXPECT_FALSE(later.empty());
  EXPECT_NE(later, first);
  EXPECT_NE(g.Object(later, v::kAnchorOf).find("She estimated"), std::string::npos);
}

TEST(RdfGraph, FullProfileTypesSpansAndWritesDefaults) {
  auto s = MakeSample();
  MemorySink g = Write(s, /*full=*/true);
  const std::string cue = SpanIri(s, "span", Find(s.doc.text, "estimated"));
  EXPECT_EQ(g.Object(cue, v::kType), v::kTextSpan);
  EXPECT_EQ(g.Object(cue, v::kReferenceContext), kDoc + "/text");
  EXPECT_EQ(g.Object(kDoc + "/m/36-47", v::kMentionKind), "name");
  const std::string quote = g.Subjects(v::kDirectQuote, "true").at(0);
  EXPECT_EQ(g.Object(quote, v::kNegated), "false");
  EXPECT_EQ(g.Object(quote, v::kUnattributed), "false");
  const std::string estimate = g.Subjects(v::kCue, cue).at(0);
  EXPECT_EQ(g.Object(estimate, v::kDirectQuote), "false");
  MemorySink lean = Write(s);
  EXPECT_EQ(lean.Object(cue, v::kType), "");
  EXPECT_EQ(lean.Object(estimate, v::kDirectQuote), "");
}

}  // namespace
}  // namespace claimgraph::emit
