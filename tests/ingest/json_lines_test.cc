// JSON Lines (ParseJsonLines, the flat fast path and its fallback).
#include "ingest/json_lines.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "collector.h"

namespace claimgraph::ingest {
namespace {

TEST(ParseJsonLines, ReadsRecordsWithIdsAndMetadata) {
  Collector c;
  std::string bytes =
      R"({"id": "w-1", "text": "The mayor said the library would open.", "title": "Library", "published": "2024-04-02", "publisher": "Gazette", "author": "Ana", "url": "https://example.org/1", "language": "en"})"
      "\n"
      R"({"text": "Fishermen said the catch had fallen.", "extra": {"nested": [1, 2]}})"
      "\n";
  ParseJsonLines("dir/wire.jsonl", bytes, c.doc_sink(), c.skip_sink(), c.warning_sink());
  ASSERT_EQ(c.docs.size(), 2u) << c.SkipText();
  EXPECT_EQ(c.docs[0].id, "w-1");
  EXPECT_EQ(c.docs[0].title, "Library");
  EXPECT_EQ(c.docs[0].published, "2024-04-02");
  EXPECT_EQ(c.docs[0].publisher, "Gazette");
  EXPECT_EQ(c.docs[0].author, "Ana");
  EXPECT_EQ(c.docs[0].url, "https://example.org/1");
  EXPECT_EQ(c.docs[0].language, "en");
  EXPECT_EQ(c.docs[0].origin, "dir/wire.jsonl:1");
  EXPECT_EQ(c.docs[0].format, "jsonl");
  EXPECT_EQ(c.docs[1].id, "wire-2");  // FILESTEM-LINENUMBER
  EXPECT_EQ(c.docs[1].text, "Fishermen said the catch had fallen.");
  EXPECT_TRUE(c.warnings.empty()) << c.WarningText();
}

TEST(ParseJsonLines, BadLinesAreSkippedWithFileAndLine) {
  Collector c;
  std::string bytes =
      "{\"id\": \"ok-1\", \"text\": \"First.\"}\n"
      "not json at all\n"
      "{\"id\": \"no-text\"}\n"
      "{\"id\": \"num\", \"text\": 12}\n"
      "\n"
      "[\"an\", \"array\"]\n"
      "{\"id\": \"trunc\", \"text\": \"cut off\n"
      "{\"id\": \"ok-2\", \"text\": \"Last.\"}";  // no final newline
  ParseJsonLines("feed.jsonl", bytes, c.doc_sink(), c.skip_sink(), c.warning_sink());
  ASSERT_EQ(c.docs.size(), 2u) << c.SkipText();
  EXPECT_EQ(c.docs[0].id, "ok-1");
  EXPECT_EQ(c.docs[1].id, "ok-2");
  EXPECT_EQ(c.docs[1].origin, "feed.jsonl:8");
  ASSERT_EQ(c.skips.size(), 5u) << c.SkipText();
  EXPECT_EQ(c.skips[0].where, "feed.jsonl:2");
  EXPECT_TRUE(Has(c.skips[0].reason, "invalid JSON: column 2")) << c.skips[0].reason;
  EXPECT_EQ(c.skips[1].where, "feed.jsonl:3");
  EXPECT_EQ(c.skips[1].reason, "no \"text\"");
  EXPECT_EQ(c.skips[2].where, "feed.jsonl:4");
  EXPECT_EQ(c.skips[2].reason, "\"text\" is a number, not a string");
  EXPECT_EQ(c.skips[3].where, "feed.jsonl:6");
  EXPECT_TRUE(Has(c.skips[3].reason, "not a JSON object"));
  EXPECT_EQ(c.skips[4].where, "feed.jsonl:7");
}

TEST(ParseJsonLines, EscapesAndSurrogatePairsDecode) {
  Collector c;
  std::string bytes =
      R"({"id": "e", "text": "Line\nbreak, tab\t, quote \" slash \/ \u00e9 \u2019 \ud83d\ude00"})";
  ParseJsonLines("e.jsonl", bytes, c.doc_sink(), c.skip_sink());
  ASSERT_EQ(c.docs.size(), 1u) << c.SkipText();
  EXPECT_EQ(c.docs[0].text,
            "Line\nbreak, tab\t, quote \" slash / \xC3\xA9 \xE2\x80\x99 \xF0\x9F\x98\x80");
}

TEST(ParseJsonLines, LoneSurrogateIsAnError) {
  Collector c;
  ParseJsonLines("s.jsonl", R"({"text": "bad \ud800 here"})", c.doc_sink(), c.skip_sink());
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.skips.size(), 1u);
  EXPECT_EQ(c.skips[0].where, "s.jsonl:1");
}

TEST(ParseJsonLines, NumericIdCrlfAndBom) {
  Collector c;
  std::string bytes =
      "\xEF\xBB\xBF{\"id\": 17, \"text\": \"A.\"}\r\n{\"id\": \"x\", \"text\": \"B.\"}\r\n";
  ParseJsonLines("n.jsonl", bytes, c.doc_sink(), c.skip_sink(), c.warning_sink());
  ASSERT_EQ(c.docs.size(), 2u) << c.SkipText();
  EXPECT_EQ(c.docs[0].id, "17");
  EXPECT_EQ(c.docs[1].id, "x");
  EXPECT_EQ(c.docs[1].text, "B.");
}

TEST(ParseJsonLines, InvalidUtf8LineNamesColumn) {
  Collector c;
  std::string bytes = "{\"text\": \"ok\"}\n{\"text\": \"caf\xE9\"}\n";
  ParseJsonLines("u.jsonl", bytes, c.doc_sink(), c.skip_sink());
  ASSERT_EQ(c.docs.size(), 1u);
  ASSERT_EQ(c.skips.size(), 1u);
  EXPECT_EQ(c.skips[0].where, "u.jsonl:2");
  EXPECT_EQ(c.skips[0].reason, "invalid UTF-8 at column 14");
}

TEST(ParseJsonLines, EmptyAndBlankFilesAreOneSkip) {
  Collector c;
  ParseJsonLines("empty.jsonl", "", c.doc_sink(), c.skip_sink());
  ParseJsonLines("blank.jsonl", "\n  \n", c.doc_sink(), c.skip_sink());
  ASSERT_EQ(c.skips.size(), 2u);
  EXPECT_EQ(c.skips[0].reason, "empty file");
  EXPECT_TRUE(Has(c.skips[1].reason, "no JSON records"));
}

TEST(ParseJsonLines, BinaryFileIsOneSkip) {
  Collector c;
  ParseJsonLines("b.jsonl",
                 std::string("\x7F"
                             "ELF\0\0\0\x01",
                             8),
                 c.doc_sink(), c.skip_sink());
  ASSERT_EQ(c.skips.size(), 1u);
  EXPECT_EQ(c.skips[0].where, "b.jsonl");
  EXPECT_TRUE(Has(c.skips[0].reason, "binary file"));
}

TEST(ParseJsonLines, LineOverTheLimitIsSkipped) {
  Collector c;
  ReaderOptions options;
  options.max_document_bytes = 64;
  std::string bytes = "{\"text\": \"" + std::string(100, 'a') + "\"}\n{\"text\": \"short\"}\n";
  ParseJsonLines("l.jsonl", bytes, c.doc_sink(), c.skip_sink(), nullptr, options);
  ASSERT_EQ(c.docs.size(), 1u);
  ASSERT_EQ(c.skips.size(), 1u);
  EXPECT_TRUE(Has(c.skips[0].reason, "over the limit"));
}

TEST(ParseJsonLines, FiftyMegabyteRecordIsOneDocument) {
  std::string text;
  while (text.size() < (50u << 20)) {
    text += "The agency said exports rose. \\\"Quoted.\\\" ";
  }
  std::string bytes = "{\"id\": \"big\", \"text\": \"" + text + "\"}\n";
  Collector c;
  ParseJsonLines("big.jsonl", bytes, c.doc_sink(), c.skip_sink());
  ASSERT_EQ(c.docs.size(), 1u) << c.SkipText();
  EXPECT_EQ(c.docs[0].id, "big");
  EXPECT_GT(c.docs[0].text.size(), 45u << 20);
  EXPECT_EQ(c.docs[0].text.substr(0, 40), "The agency said exports rose. \"Quoted.\" ");
}

TEST(ParseJsonLines, MetadataOfWrongTypeWarns) {
  Collector c;
  ParseJsonLines("m.jsonl", R"({"text": "T.", "title": ["a"], "published": "soon"})", c.doc_sink(),
                 c.skip_sink(), c.warning_sink());
  ASSERT_EQ(c.docs.size(), 1u);
  ASSERT_EQ(c.warnings.size(), 2u) << c.WarningText();
  EXPECT_EQ(c.warnings[0].where, "m.jsonl:1");
}

// Differential test: the fast path agrees with nlohmann on what it accepts.
TEST(ParseFlatObject, AgreesWithNlohmann) {
  const char* lines[] = {
      R"({"id":"a","text":"x"})",
      R"(  { "text" : "a\u0041\n" , "n" : -1.5e+3 , "b" : true , "z" : null }  )",
      "{\"text\": \"tab\tinside\"}",  // raw tab: invalid JSON
      R"({"text": "x",})",
      R"({"text": "x"} trailing)",
      R"({"text": 01})",
      R"({"text": "\x"})",
      R"({})",
      R"({"text": "ok", "text": "last wins"})",
      // ": " and ", " are taken in one step; anything else around them is
      // white space as usual, or an error.
      R"({"text": "x", "id": "a"})",
      R"({"text": "x",  "id":  "a"})",
      "{\"text\": \"x\",\t\"id\":\n\"a\"}",
      "{\"text\": \"x\", \x01\"id\": \"a\"}",
      R"({"text": "x", })",
      R"({"text": "x", )",
      R"({"text": "x", "id": )",
      R"({"text": "x", "id": })",
  };
  for (const char* line : lines) {
    Record r;
    bool fast = ParseFlatObject(line, r);
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (fast) {
      ASSERT_FALSE(j.is_discarded()) << line;
      if (j.contains("text") && j["text"].is_string()) {
        EXPECT_EQ(r.text.value, j["text"].get<std::string>()) << line;
      }
    } else {
      // The fast path may decline valid input (nested values) but never
      // accepts invalid input; here every declined line is invalid.
      EXPECT_TRUE(j.is_discarded()) << line;
    }
  }
}

// Long article text (read 64 and 16 bytes at a time, stored as it is read)
// with an escape at every offset across those blocks, and two escapes in a
// row: the same text as nlohmann's.
TEST(ParseFlatObject, LongTextWithEscapesAtEveryOffset) {
  const char* escapes[] = {R"(\n)", R"(\")", R"(\\)", R"(\u00e9)", R"(\t\n)", R"(\/)"};
  for (const char* escape : escapes) {
    for (size_t at = 0; at < 150; ++at) {
      std::string body(400, 'a');
      for (size_t i = 0; i < body.size(); ++i) {
        body[i] = static_cast<char>('a' + i % 26);
      }
      body.insert(at, escape);
      body.insert(at + 70, escape);  // a second escape further on
      const std::string line = R"({"id": "x", "text": ")" + body + R"("})";
      Record r;
      ASSERT_TRUE(ParseFlatObject(line, r)) << line;
      EXPECT_EQ(r.text.value, nlohmann::json::parse(line)["text"].get<std::string>()) << line;
    }
  }
}

}  // namespace
}  // namespace claimgraph::ingest
