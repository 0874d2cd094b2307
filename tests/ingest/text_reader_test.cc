// NAME.txt + NAME.meta.json (ParseText).
#include <gtest/gtest.h>

#include <chrono>

#include "collector.h"
#include "ingest/ingest.h"

namespace claimgraph::ingest {
namespace {

TEST(ParseText, IdIsFileStemAndTextIsUnchanged) {
  Collector c;
  // BOM, CRLF and a non-NFC sequence (e + combining acute) must all survive.
  std::string bytes = "\xEF\xBB\xBFThe minister said on Friday:\r\n\r\nCafe\xCC\x81 closed.\r\n";
  ParseText("in/2024-05-report.txt", bytes, nullptr, c.doc_sink(), c.skip_sink(), c.warning_sink());
  ASSERT_EQ(c.docs.size(), 1u) << c.SkipText();
  EXPECT_EQ(c.docs[0].id, "2024-05-report");
  EXPECT_EQ(c.docs[0].text, bytes);
  EXPECT_EQ(c.docs[0].format, "text");
  EXPECT_EQ(c.docs[0].origin, "in/2024-05-report.txt");
  EXPECT_TRUE(c.warnings.empty());
}

TEST(ParseText, SidecarFillsMetadataAndIgnoresUnknownKeys) {
  Collector c;
  std::string sidecar = R"({"title": "Port reopens", "publisher": "Coastal Gazette",
    "author": "Ana Ruiz", "url": "https://example.org/p", "published": "2024-03-05",
    "language": "en", "id": "ignored", "wordcount": 512})";
  ParseText("a.txt", "The port reopened.", &sidecar, c.doc_sink(), c.skip_sink(), c.warning_sink());
  ASSERT_EQ(c.docs.size(), 1u);
  const auto& d = c.docs[0];
  EXPECT_EQ(d.id, "a");
  EXPECT_EQ(d.title, "Port reopens");
  EXPECT_EQ(d.publisher, "Coastal Gazette");
  EXPECT_EQ(d.author, "Ana Ruiz");
  EXPECT_EQ(d.url, "https://example.org/p");
  EXPECT_EQ(d.published, "2024-03-05");
  EXPECT_EQ(d.language, "en");
  EXPECT_TRUE(c.warnings.empty()) << c.WarningText();
}

TEST(ParseText, BrokenSidecarWarnsWithLineAndColumnAndKeepsDocument) {
  Collector c;
  std::string sidecar = "{\n  \"title\": \"Port reopens\",\n}\n";
  ParseText("dir/a.txt", "The port reopened.", &sidecar, c.doc_sink(), c.skip_sink(),
            c.warning_sink());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_TRUE(c.docs[0].title.empty());
  ASSERT_EQ(c.warnings.size(), 1u);
  EXPECT_EQ(c.warnings[0].where, "dir/a.meta.json");
  EXPECT_TRUE(Has(c.warnings[0].message, "line 3, column 1")) << c.warnings[0].message;
  EXPECT_TRUE(Has(c.warnings[0].message, "broken sidecar"));
}

TEST(ParseText, SidecarThatIsNotAnObjectWarns) {
  Collector c;
  std::string sidecar = "[1, 2]";
  ParseText("a.txt", "Text.", &sidecar, c.doc_sink(), c.skip_sink(), c.warning_sink());
  ASSERT_EQ(c.docs.size(), 1u);
  ASSERT_EQ(c.warnings.size(), 1u);
  EXPECT_TRUE(Has(c.warnings[0].message, "not an object"));
}

TEST(ParseText, MalformedPublishedIsDroppedWithWarning) {
  Collector c;
  std::string sidecar = R"({"title": "T", "published": "24 January 2025", "author": 7})";
  ParseText("a.txt", "Text.", &sidecar, c.doc_sink(), c.skip_sink(), c.warning_sink());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].title, "T");
  EXPECT_EQ(c.docs[0].published, "");
  EXPECT_EQ(c.docs[0].author, "");
  ASSERT_EQ(c.warnings.size(), 2u) << c.WarningText();
  EXPECT_TRUE(Has(c.WarningText(), "\"published\" is not a date"));
  EXPECT_TRUE(Has(c.WarningText(), "\"author\" is a number"));
}

TEST(ParseText, EmptyAndWhitespaceFilesAreSkipped) {
  Collector c;
  ParseText("e.txt", "", nullptr, c.doc_sink(), c.skip_sink());
  ParseText("w.txt", " \r\n\t\n", nullptr, c.doc_sink(), c.skip_sink());
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.skips.size(), 2u);
  EXPECT_EQ(c.skips[0].where, "e.txt");
  EXPECT_EQ(c.skips[0].reason, "empty file");
  EXPECT_TRUE(Has(c.skips[1].reason, "white space only"));
}

TEST(ParseText, BinaryFileIsSkippedNamingTheByte) {
  Collector c;
  std::string bytes = "PK\x03\x04";
  bytes += std::string("\0\0\x14\x00", 4);
  bytes += "more";
  ParseText("archive.txt", bytes, nullptr, c.doc_sink(), c.skip_sink());
  ASSERT_EQ(c.skips.size(), 1u);
  EXPECT_EQ(c.skips[0].reason, "binary file: NUL byte at byte 4 (line 1)");
}

TEST(ParseText, ControlCharacterSoupIsBinary) {
  Collector c;
  std::string bytes;
  for (int i = 0; i < 400; ++i) {
    bytes += static_cast<char>(1 + i % 8);
  }
  ParseText("blob.txt", bytes, nullptr, c.doc_sink(), c.skip_sink());
  ASSERT_EQ(c.skips.size(), 1u);
  EXPECT_TRUE(Has(c.skips[0].reason, "control characters")) << c.skips[0].reason;
}

TEST(ParseText, Utf16IsNamed) {
  Collector c;
  std::string bytes("\xFF\xFEH\0i\0", 6);
  ParseText("u16.txt", bytes, nullptr, c.doc_sink(), c.skip_sink());
  ASSERT_EQ(c.skips.size(), 1u);
  EXPECT_TRUE(Has(c.skips[0].reason, "UTF-16"));
}

TEST(ParseText, InvalidUtf8NamesByteLineAndColumn) {
  Collector c;
  std::string bytes = "First line.\nSecond \xE9t\xE9 line.\n";  // Latin-1, not UTF-8
  ParseText("latin1.txt", bytes, nullptr, c.doc_sink(), c.skip_sink());
  ASSERT_EQ(c.skips.size(), 1u);
  EXPECT_EQ(c.skips[0].where, "latin1.txt");
  EXPECT_EQ(c.skips[0].reason, "invalid UTF-8 at byte 19 (line 2, column 8)");
}

TEST(ParseText, OverlongAndSurrogateEncodingsAreInvalid) {
  Collector c;
  ParseText("overlong.txt", "a\xC0\xAF", nullptr, c.doc_sink(), c.skip_sink());
  ParseText("surrogate.txt", "a\xED\xA0\x80", nullptr, c.doc_sink(), c.skip_sink());
  EXPECT_TRUE(c.docs.empty());
  EXPECT_EQ(c.skips.size(), 2u);
}

TEST(ParseText, FiftyMegabyteOneLineFileIsReadFast) {
  Collector c;
  std::string line;
  line.reserve(50u << 20);
  while (line.size() < (50u << 20)) {
    line += "The ministry said the figures were accurate. ";
  }
  auto start = std::chrono::steady_clock::now();
  ParseText("big.txt", line, nullptr, c.doc_sink(), c.skip_sink());
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_EQ(c.docs.size(), 1u) << c.SkipText();
  EXPECT_EQ(c.docs[0].text.size(), line.size());
  EXPECT_LT(seconds, 2.0);  // ~0.1 s on one core; generous for busy machines
}

TEST(ParseText, DocumentOverTheLimitIsSkipped) {
  Collector c;
  ReaderOptions options;
  options.max_document_bytes = 1000;
  ParseText("big.txt", std::string(2000, 'x'), nullptr, c.doc_sink(), c.skip_sink(), nullptr,
            options);
  ASSERT_EQ(c.skips.size(), 1u);
  EXPECT_TRUE(Has(c.skips[0].reason, "over the limit of 1000 bytes"));
}

TEST(ParseText, BoilerplateIsRecordedWithoutChangingText) {
  Collector c;
  std::string bytes = "Officials said the dam held.\nPhoto: Example Agency\n";
  ParseText("a.txt", bytes, nullptr, c.doc_sink(), c.skip_sink());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, bytes);
  ASSERT_EQ(c.docs[0].boilerplate.size(), 1u);
  EXPECT_EQ(c.docs[0].boilerplate[0].begin, bytes.find("Photo:"));
}

}  // namespace
}  // namespace claimgraph::ingest
