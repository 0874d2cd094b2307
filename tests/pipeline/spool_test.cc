#include "pipeline/spool.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <string_view>

#include "kb/entry_numbers.h"

namespace claimgraph::pipeline {
namespace {

model::Document SampleDocument() {
  model::Document d;
  d.id =
      "doc-\xE2\x80\x9C"
      "1";
  d.text =
      "\xEF\xBB\xBF"
      "Officials said on Monday that 300 soldiers were hurt.\r\n";
  d.title = "Title";
  d.publisher = "Wire";
  d.published = "2025-01-20";
  d.origin = "in/doc.txt";
  d.format = "text";
  d.boilerplate = {{10, 20}};
  return d;
}

model::Extraction SampleExtraction() {
  model::Extraction x;
  model::Mention m;
  m.span = {3, 12};
  m.type = model::EntityType::kGovernmentOrganization;
  m.kind = model::MentionKind::kNominal;
  m.label = "officials";
  m.kb_entry = kb::EntryNumber("https://example.org/kb/spool-test/ministry");
  m.antecedent = -1;
  m.acting_for = 7;
  x.mentions.push_back(m);
  x.times.push_back({{18, 27}, model::TimexType::kDate, "2025-01-20", "MID"});
  model::Quantity q;
  q.span = {33, 45};
  q.value = 300.5;
  q.high = 1e9;
  q.qualifier = model::QuantityQualifier::kUpperBound;
  q.unit = "soldiers";
  q.counts = "soldiers hurt";
  q.claim = 0;
  x.quantities.push_back(q);
  model::Claim c;
  c.source = model::Span{3, 12};
  c.source_mention = 0;
  c.cue = model::Span{13, 17};
  c.cue_lemma = "say";
  c.category = model::CueCategory::kDenial;
  c.content = {{33, 50}, {51, 55}};
  c.negated = true;
  c.unattributed = true;
  c.stated_on = 0;
  c.reported_by = -1;
  c.about = {0};
  c.quantities = {0};
  x.claims.push_back(c);
  return x;
}

TEST(Spool, EncodingRoundTripsEveryField) {
  std::string bytes;
  Encode(SampleDocument(), SampleExtraction(), bytes);
  model::Document d;
  model::Extraction x;
  ASSERT_TRUE(Decode(bytes, d, x));
  std::string again;
  Encode(d, x, again);
  EXPECT_EQ(bytes, again);
  EXPECT_EQ(d.text, SampleDocument().text);
  EXPECT_EQ(x.mentions[0].acting_for, 7);
  EXPECT_EQ(x.mentions[0].kb_entry, SampleExtraction().mentions[0].kb_entry);
  EXPECT_EQ(*x.quantities[0].high, 1e9);
  EXPECT_FALSE(x.quantities[0].low.has_value());
  EXPECT_TRUE(x.claims[0].negated);
  EXPECT_FALSE(x.claims[0].direct_quote);
  EXPECT_EQ(x.claims[0].content.size(), 2u);
}

// A file for later runs holds a mention's KB entry as its IRI; the spool, read
// back by the same process only, holds the process's number for it.
TEST(Spool, KbEntriesAsIrisOrNumbers) {
  const std::string_view iri = "https://example.org/kb/spool-test/ministry";
  for (const KbEntries kb : {KbEntries::kIris, KbEntries::kNumbers}) {
    std::string bytes;
    Encode(SampleDocument(), SampleExtraction(), bytes, kb);
    EXPECT_EQ(bytes.find(iri) != std::string::npos, kb == KbEntries::kIris);
    model::Document d;
    model::Extraction x;
    ASSERT_TRUE(Decode(bytes, d, x, kb));
    EXPECT_EQ(kb::EntryIri(x.mentions[0].kb_entry), iri);
  }
}

TEST(Spool, RejectsTruncatedRecords) {
  std::string bytes;
  Encode(SampleDocument(), SampleExtraction(), bytes);
  for (size_t cut : {size_t{0}, size_t{5}, bytes.size() / 2, bytes.size() - 1}) {
    model::Document d;
    model::Extraction x;
    EXPECT_FALSE(Decode(std::string_view(bytes).substr(0, cut), d, x)) << cut;
  }
}

TEST(Spool, ReadsRecordsBackInAnyOrder) {
  auto dir = std::filesystem::temp_directory_path();
  auto spool = Spool::Create(dir.string());
  ASSERT_TRUE(spool.ok()) << spool.status().message();
  std::vector<Spool::Record> recs;
  for (int i = 0; i < 50; ++i) {
    auto d = SampleDocument();
    d.id = "doc" + std::to_string(i);
    const std::vector<int32_t> mention_local(static_cast<size_t>(i % 4), i);
    auto r = spool->Append(d, SampleExtraction(), mention_local);
    ASSERT_TRUE(r.ok());
    recs.push_back(*r);
  }
  ASSERT_TRUE(spool->Flush().ok());
  for (int i = 49; i >= 0; i -= 7) {
    model::Document d;
    model::Extraction x;
    std::vector<int32_t> mention_local;
    ASSERT_TRUE(spool->Read(recs[i], d, x, mention_local).ok());
    EXPECT_EQ(d.id, "doc" + std::to_string(i));
    EXPECT_EQ(mention_local, std::vector<int32_t>(static_cast<size_t>(i % 4), i));
  }
}

// Records of many sizes, from a few bytes to more than a megabyte, and more
// than one buffer of record ends: every one found by its number where Append
// put it.
TEST(Spool, FindsEveryRecordByItsNumber) {
  const auto dir = std::filesystem::temp_directory_path() / "cg_spool_find_test";
  std::filesystem::create_directories(dir);
  auto spool = Spool::Create(dir.string());
  ASSERT_TRUE(spool.ok());
  std::vector<Spool::Record> want;
  for (uint64_t i = 0; i < 9000; ++i) {
    model::Document d;
    d.id = "d" + std::to_string(i);
    d.text.assign(i % 1000 == 7 ? (i * 1237) % (3u << 20) : i % 50, 'x');
    auto r = spool->Append(d, model::Extraction{}, {});
    ASSERT_TRUE(r.ok());
    want.push_back(*r);
  }
  ASSERT_TRUE(spool->Flush().ok());
  for (uint64_t k = 0; k < want.size(); ++k) {
    auto r = spool->Find(k);
    ASSERT_TRUE(r.ok()) << k;
    EXPECT_EQ(r->offset, want[k].offset) << k;
    EXPECT_EQ(r->size, want[k].size) << k;
  }
  model::Document d;
  model::Extraction x;
  std::vector<int32_t> sig;
  ASSERT_TRUE(spool->Read(*spool->Find(8007), d, x, sig).ok());
  EXPECT_EQ(d.id, "d8007");
  EXPECT_FALSE(spool->Find(want.size()).ok());
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace claimgraph::pipeline
