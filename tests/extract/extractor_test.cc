#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extract.h"
#include "extract/scan_limit.h"
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
        << c.reported_by << " " << Show(c.via) << " " << c.via_mention << " " << ShowList(c.about)
        << " " << ShowList(c.mentioned_times) << " " << ShowList(c.quantities) << "\n";
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

// Every lookup through its index (index_always) gives what the scans give,
// on the project's texts and on all of them joined into one document.
TEST(ExtractorTest, IndexesGiveWhatScansGive) {
  auto kb = kb::KnowledgeBase::LoadEmbedded();
  ASSERT_TRUE(kb.ok());
  const Extractor ex(*kb);
  std::vector<model::Document> docs = testing_texts::ProjectTexts();
  model::Document joined = docs.front();
  joined.id = "joined";
  joined.text.clear();
  for (const model::Document& d : docs) {
    joined.text += d.text + "\n\n";
  }
  docs.push_back(joined);
  size_t claims = 0;
  for (const model::Document& d : docs) {
    const model::TextLayer layer = text::Segment(d.text, d.title);
    const model::Extraction scanned = ex.Run(d, layer);
    index_always = true;
    const model::Extraction indexed = ex.Run(d, layer);
    index_always = false;
    EXPECT_EQ(Describe(indexed), Describe(scanned)) << d.id;
    claims += scanned.claims.size();
  }
  EXPECT_GT(claims, 150u);
}

// Each claim's mentions and times (Claim::about, Claim::mentioned_times) are
// the items whose span lies in a part of its content, in index order, as a
// look at every item finds them: TieToClaims finds them by start, from
// where the claim before left off (its contents come mostly in text order,
// not always: a follow-up quote adds a part further on).
TEST(ExtractorTest, ClaimsHoldTheItemsInsideTheirContent) {
  auto kb = kb::KnowledgeBase::LoadEmbedded();
  ASSERT_TRUE(kb.ok());
  const Extractor ex(*kb);
  std::vector<model::Document> docs = testing_texts::ProjectTexts();
  // The mayor's claim takes the quote after its sentence as a second part
  // (FollowUpQuotes), past the content of the claim after it.
  model::Document follow_up;
  follow_up.id = "follow-up";
  follow_up.text =
      "\"Mayor Anna Smith will win,\" the governor said on Monday, adding that John Jones met "
      "Peter Brown in Dover.\n\"Boats are waiting outside Lindby.\"\n";
  docs.push_back(follow_up);
  size_t tied = 0, out_of_order = 0;
  for (const model::Document& d : docs) {
    uint32_t last_part = 0;
    const model::Extraction x = ex.Run(d, text::Segment(d.text, d.title));
    auto inside = [](const model::Claim& c, const auto& items) {
      std::vector<int32_t> held;
      for (size_t i = 0; i < items.size(); ++i) {
        for (const model::Span& p : c.content) {
          if (p.Contains(items[i].span)) {
            held.push_back(static_cast<int32_t>(i));
            break;
          }
        }
      }
      return held;
    };
    for (const model::Claim& c : x.claims) {
      EXPECT_EQ(ShowList(c.about), ShowList(inside(c, x.mentions))) << d.id;
      EXPECT_EQ(ShowList(c.mentioned_times), ShowList(inside(c, x.times))) << d.id;
      tied += c.about.size() + c.mentioned_times.size();
      for (const model::Span& p : c.content) {
        out_of_order += p.begin < last_part;
        last_part = p.begin;
      }
    }
  }
  EXPECT_GT(tied, 100u);
  EXPECT_GT(out_of_order, 0u);  // some part starts before the one asked before it
}

// A quote standing alone after a claim ends its sentence goes on with that
// claim ("C1," she said. "C2."), unless another claim's content holds it
// already: there the quote is looked for among the claims one by one or,
// under index_always, through the sentences the contents touch
// (FollowUpQuotes). Both ways give the same, and the quote stays the other
// claim's.
TEST(ExtractorTest, AFollowUpQuoteAnotherClaimHoldsStaysItsOwn) {
  auto kb = kb::KnowledgeBase::LoadEmbedded();
  ASSERT_TRUE(kb.ok());
  const Extractor ex(*kb);
  model::Document d;
  d.id = "follow-up";
  d.text =
      "\"The harbour will reopen soon,\" the mayor said. \"Boats are waiting outside.\"\n\n"
      "\"The bridge is safe,\" the engineer said. \"Traffic can cross it again.\" "
      "This information comes from the coastguard, citing its divers.\n";
  const model::TextLayer layer = text::Segment(d.text, d.title);
  const model::Extraction scanned = ex.Run(d, layer);
  index_always = true;
  const model::Extraction indexed = ex.Run(d, layer);
  index_always = false;
  EXPECT_EQ(Describe(indexed), Describe(scanned));
  auto claim_of = [&](std::string_view cue_before) {
    const uint32_t at = static_cast<uint32_t>(d.text.find(cue_before));
    for (const model::Claim& c : scanned.claims) {
      if (c.source && c.source->begin == at) {
        return c;
      }
    }
    return model::Claim();
  };
  EXPECT_EQ(claim_of("the mayor").content.size(), 2u);     // "Boats are waiting outside"
  EXPECT_EQ(claim_of("the engineer").content.size(), 1u);  // the coastguard's quote
  EXPECT_EQ(claim_of("the coastguard").content.size(), 1u);
}

// A long document asks the taggers' position lookups (names by their first
// or end word, antecedents within their window, quantities against the
// claims around them, sentences some claim marks) through indexes, where a
// short one looks through every candidate. Each of the project's texts
// eight times over in one document: its first copy (nothing before it, and
// the same words after it) gets what the text gets alone, and every later
// copy (the same text before it) what the second gets.
TEST(ExtractorTest, ARepeatedTextInALongDocumentGetsWhatItGetsAlone) {
  auto kb = kb::KnowledgeBase::LoadEmbedded();
  ASSERT_TRUE(kb.ok());
  const Extractor ex(*kb);
  constexpr int kCopies = 8;
  size_t texts = 0, claims = 0, tied = 0, antecedents = 0;
  for (const model::Document& alone : testing_texts::ProjectTexts()) {
    const std::string part = alone.text + "\n\n";
    model::Document doc = alone;
    doc.text.clear();
    for (int c = 0; c < kCopies; ++c) {
      doc.text += part;
    }
    // Each copy's mentions, antecedents, claims and ties, at offsets within
    // the copy (another copy's: "other").
    auto describe = [&](const model::Document& d, int copies) {
      const model::TextLayer layer = text::Segment(d.text, d.title);
      const model::Extraction x = ex.Run(d, layer);
      const uint32_t size = static_cast<uint32_t>(part.size());
      auto copy_of = [&](uint32_t at) { return std::min<int>(at / size, copies - 1); };
      std::vector<std::vector<std::string>> per(copies);
      auto at = [&](int copy, uint32_t offset) {
        return copy_of(offset) == copy ? std::to_string(offset - copy * size) : "other";
      };
      // (Lines built by a stream: GCC 12 warns, wrongly, of overlapping
      // copies in long chains of string additions.)
      for (const model::Mention& m : x.mentions) {
        const int c = copy_of(m.span.begin);
        std::ostringstream line;
        line << "mention " << at(c, m.span.begin) << " " << m.span.size() << " " << m.label
             << " antecedent "
             << (m.antecedent >= 0 ? at(c, x.mentions[m.antecedent].span.begin) : "-");
        per[c].push_back(line.str());
      }
      for (const model::Claim& claim : x.claims) {
        const int c = copy_of(claim.cue ? claim.cue->begin : claim.content.front().begin);
        std::ostringstream line;
        line << "claim " << (claim.cue ? at(c, claim.cue->begin) : "-") << " source "
             << (claim.source ? at(c, claim.source->begin) : "-") << " quantities";
        for (const int32_t q : claim.quantities) {
          line << " " << at(c, x.quantities[q].span.begin);
        }
        per[c].push_back(line.str());
      }
      for (auto& lines : per) {
        std::sort(lines.begin(), lines.end());
      }
      return per;
    };
    const auto long_doc = describe(doc, kCopies);
    const auto short_doc = describe(alone, 1);
    EXPECT_EQ(long_doc[0], short_doc[0]) << alone.id;
    for (int c = 2; c < kCopies; ++c) {
      EXPECT_EQ(long_doc[c], long_doc[1]) << alone.id << " copy " << c;
    }
    ++texts;
    for (const std::string& line : short_doc[0]) {
      claims += line.starts_with("claim");
      tied += line.starts_with("claim") && !line.ends_with("quantities");
      antecedents += line.starts_with("mention") && !line.ends_with("antecedent -");
    }
  }
  EXPECT_GE(texts, 7u);
  EXPECT_GT(claims, 80u);
  EXPECT_GT(tied, 10u);
  EXPECT_GT(antecedents, 20u);
}

}  // namespace
}  // namespace claimgraph::extract
