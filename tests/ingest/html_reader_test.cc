// HTML pages (ParseHtml).
#include <gtest/gtest.h>

#include "collector.h"
#include "ingest/ingest.h"

namespace claimgraph::ingest {
namespace {

const char kPage[] = R"(<!DOCTYPE html>
<html lang="en-GB">
<head>
  <title>Lighthouse reopens | Coastal Gazette</title>
  <meta property="og:site_name" content="Coastal Gazette">
  <meta name="author" content="By Jo Smith">
  <meta property="article:published_time" content="2024-03-09T08:00:00Z">
  <link rel="canonical" href="https://example.org/lighthouse">
  <script>var tracking = "said the tracker";</script>
</head>
<body>
  <header><a href="/">Coastal Gazette</a><nav><a href="/news">News</a></nav></header>
  <div class="layout-with-sidebar">
    <article class="teaser"><p>A short teaser about another story.</p></article>
    <article class="story">
      <h1>Lighthouse reopens</h1>
      <p class="byline">By Jo Smith</p>
      <figure><img src="l.jpg"><figcaption>The lighthouse at dusk. Photo: Example Images</figcaption></figure>
      <p>The lighthouse reopened to visitors on Saturday, the trust that runs it said.</p>
      <p>"It is a great day for the town," the trust's director, <b>Ana Ruiz</b>, told
         reporters.<br>Tickets cost five pounds.</p>
      <div class="social-share"><a href="#">Share</a></div>
      <ul class="related-links"><li>Pier repairs finished</li></ul>
      <blockquote>Visitors must book in advance, the trust said.</blockquote>
      <p class="copyright">&copy; 2024 Coastal Gazette</p>
    </article>
    <aside><h2>Most read</h2><p>Something else entirely said somebody.</p></aside>
  </div>
  <footer><p>Terms of use</p></footer>
</body>
</html>)";

TEST(ParseHtml, ExtractsArticleWithoutPageFurniture) {
  Collector c;
  ParseHtml("pages/lighthouse.html", kPage, c.doc_sink(), c.skip_sink(), c.warning_sink());
  ASSERT_EQ(c.docs.size(), 1u) << c.SkipText();
  const auto& d = c.docs[0];
  EXPECT_EQ(d.id, "lighthouse");
  EXPECT_EQ(d.format, "html");
  EXPECT_EQ(d.text,
            "Lighthouse reopens\n\n"
            "The lighthouse reopened to visitors on Saturday, the trust that runs it said.\n\n"
            "\"It is a great day for the town,\" the trust's director, Ana Ruiz, told reporters.\n"
            "Tickets cost five pounds.\n\n"
            "Visitors must book in advance, the trust said.");
  EXPECT_EQ(d.title, "Lighthouse reopens");
  EXPECT_EQ(d.publisher, "Coastal Gazette");
  EXPECT_EQ(d.author, "Jo Smith");
  EXPECT_EQ(d.published, "2024-03-09");
  EXPECT_EQ(d.url, "https://example.org/lighthouse");
  EXPECT_EQ(d.language, "en-GB");
  EXPECT_TRUE(c.warnings.empty()) << c.WarningText();
}

TEST(ParseHtml, WithoutArticleTakesTheDensestParagraphBlock) {
  Collector c;
  ParseHtml("p.htm", R"(<html><head><meta property="og:title" content="OG title"></head><body>
<div class="menu"><p>Home</p></div>
<div id="content">
  <p>The council said on Monday it would review the bus timetable after complaints.</p>
  <p>A decision is expected in April, a spokesperson said.</p>
</div>
<div><p>Short.</p></div>
<p><time datetime="2024-03-04">4 March</time></p>
</body></html>)",
            c.doc_sink(), c.skip_sink());
  ASSERT_EQ(c.docs.size(), 1u) << c.SkipText();
  EXPECT_EQ(c.docs[0].title, "OG title");
  EXPECT_EQ(c.docs[0].published, "2024-03-04");
  EXPECT_EQ(c.docs[0].text,
            "The council said on Monday it would review the bus timetable after complaints.\n\n"
            "A decision is expected in April, a spokesperson said.");
}

TEST(ParseHtml, DoubleBreaksSeparateParagraphs) {
  Collector c;
  ParseHtml("br.html",
            "<html><body><div>First paragraph, said the mayor.<br><br>Second paragraph."
            "<br>Same paragraph, new line.</div></body></html>",
            c.doc_sink(), c.skip_sink());
  ASSERT_EQ(c.docs.size(), 1u) << c.SkipText();
  EXPECT_EQ(c.docs[0].text,
            "First paragraph, said the mayor.\n\nSecond paragraph.\nSame paragraph, new line.");
}

TEST(ParseHtml, DeclaredLatin1PageIsConverted) {
  Collector c;
  ParseHtml("l1.html",
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
            "charset=ISO-8859-1\"></head><body><p>The caf\xE9 owner said \x93no\x94.</p>"
            "</body></html>",
            c.doc_sink(), c.skip_sink());
  ASSERT_EQ(c.docs.size(), 1u) << c.SkipText();
  EXPECT_EQ(c.docs[0].text, "The caf\xC3\xA9 owner said \xE2\x80\x9Cno\xE2\x80\x9D.");
}

TEST(ParseHtml, UndeclaredInvalidUtf8IsSkipped) {
  Collector c;
  ParseHtml("bad.html", "<html><body><p>caf\xE9</p></body></html>", c.doc_sink(), c.skip_sink());
  ASSERT_EQ(c.skips.size(), 1u);
  EXPECT_TRUE(Has(c.skips[0].reason, "invalid UTF-8 at byte 18")) << c.skips[0].reason;
}

TEST(ParseHtml, TruncatedPageWarnsAndKeepsText) {
  Collector c;
  ParseHtml("cut.html", "<html><body><p>The mayor said the road would reopen.</p>\n<p class=\"x",
            c.doc_sink(), c.skip_sink(), c.warning_sink());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "The mayor said the road would reopen.");
  ASSERT_EQ(c.warnings.size(), 1u);
  EXPECT_EQ(c.warnings[0].where, "cut.html:2:1");
  EXPECT_TRUE(Has(c.warnings[0].message, "malformed HTML"));
}

TEST(ParseHtml, PageWithoutTextIsSkipped) {
  Collector c;
  ParseHtml("nav.html",
            "<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>",
            c.doc_sink(), c.skip_sink());
  ParseHtml("empty.html", "", c.doc_sink(), c.skip_sink());
  ParseHtml("bin.html", std::string("<html>\0\0", 8), c.doc_sink(), c.skip_sink());
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.skips.size(), 3u) << c.SkipText();
  EXPECT_TRUE(Has(c.skips[0].reason, "no article text"));
  EXPECT_EQ(c.skips[1].reason, "empty file");
  EXPECT_TRUE(Has(c.skips[2].reason, "binary file"));
}

TEST(ParseHtml, DeeplyNestedMarkupDoesNotCrash) {
  std::string html = "<html><body>";
  for (int i = 0; i < 5000; ++i) {
    html += "<div>";
  }
  html += "<p>Deep text.</p></body></html>";
  Collector c;
  ParseHtml("deep.html", html, c.doc_sink(), c.skip_sink());
  EXPECT_EQ(c.docs.size() + c.skips.size(), 1u);
}

}  // namespace
}  // namespace claimgraph::ingest
