#include "extract/extract.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "ingest/boilerplate.h"
#include "kb/kb.h"
#include "project_texts.h"
#include "text/text.h"

namespace claimgraph::extract {
namespace {

std::string Show(const model::Span& s) {
  return std::to_string(s.begin) + "-" + std::to_string(s.end);
}

template <typename T>
std::string Show(const std::optional<T>& v) {
  return v ? Show(*v) : std::string("none");
}

std::string Show(double v) {
  std::ostringstream out;
  out << v;
  return out.str();
}

template <typename T>
std::string ShowList(const std::vector<T>& v) {
  std::string s = "[";
  for (const T& x : v) {
    if constexpr (std::is_arithmetic_v<T>) {
      s += std::to_string(x);
    } else {
      s += Show(x);
    }
    s += " ";
  }
  return s + "]";
}

// Every field of an extraction, one line per item, for comparing two runs.
std::string Describe(const model::Extraction& x) {
  std::ostringstream out;
  for (const model::Mention& m : x.mentions) {
    out << "mention " << Show(m.span) << " " << static_cast<int>(m.type) << " "
        << static_cast<int>(m.kind) << " " << m.label << " " << m.kb_entry << " " << m.title << " "
        << m.antecedent << " " << m.acting_for << "\n";
  }
  for (const model::TimeExpr& t : x.times) {
    out << "time " << Show(t.span) << " " << static_cast<int>(t.type) << " " << t.value << " "
        << t.mod << "\n";
  }
  for (const model::Quantity& q : x.quantities) {
    out << "quantity " << Show(q.span) << " " << Show(q.value) << " "
        << (q.low ? Show(*q.low) : "-") << " " << (q.high ? Show(*q.high) : "-") << " "
        << static_cast<int>(q.qualifier) << " " << q.unit << " " << q.counts << " " << q.claim
        << "\n";
  }
  for (const model::Claim& c : x.claims) {
    out << "claim " << Show(c.source) << " " << c.source_mention << " " << Show(c.cue) << " "
        << c.cue_lemma << " " << static_cast<int>(c.category) << " " << ShowList(c.content) << " "
        << c.direct_quote << c.negated << c.unattributed << " " << c.stated_on << " "
        << c.reported_by << " " << Show(c.via) << " " << c.via_mention << " "
        << ShowList(c.about) << " " << ShowList(c.mentioned_times) << " "
        << ShowList(c.quantities) << "\n";
  }
  return out.str();
}

TEST(ExtractorTest, AGroupOfDocumentsGivesWhatEachDocumentGivesAlone) {
  auto kb = kb::KnowledgeBase::LoadEmbedded();
  ASSERT_TRUE(kb.ok());
  const Extractor ex(*kb);
  // The project's texts five times over: more than one group, groups that
  // start in the middle of the list, a document with boilerplate (captions
  // and a licence notice, which get a layer of their own) in each.
  std::vector<model::Document> docs;
  for (int copy = 0; copy < 5; ++copy) {
    for (model::Document& d : testing_texts::ProjectTexts()) {
      d.boilerplate = ingest::FindBoilerplate(d.text);
      docs.push_back(std::move(d));
    }
  }
  ASSERT_GT(docs.size(), Extractor::kGroup + 1);
  size_t with_boilerplate = 0;
  std::vector<model::TextLayer> layers;
  for (const model::Document& d : docs) {
    layers.push_back(text::Segment(d.text, d.title));
    with_boilerplate += !d.boilerplate.empty();
  }
  EXPECT_GE(with_boilerplate, 3u);

  std::vector<model::Extraction> grouped(docs.size());
  std::vector<Extractor::Job> jobs;
  for (size_t i = 0; i < docs.size(); ++i) {
    jobs.push_back({&docs[i], &layers[i], &grouped[i]});
  }
  ex.Run(jobs);
  size_t claims = 0;
  for (size_t i = 0; i < docs.size(); ++i) {
    const model::Extraction alone = ex.Run(docs[i], layers[i]);
    EXPECT_EQ(Describe(grouped[i]), Describe(alone)) << docs[i].id;
    claims += alone.claims.size();
  }
  EXPECT_GT(claims, 100u);  // real work: the seeds alone hold over a hundred claims
}

}  // namespace
}  // namespace claimgraph::extract
