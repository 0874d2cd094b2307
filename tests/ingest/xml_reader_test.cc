// RSS 2.0, RSS 1.0, Atom and NITF (ParseXml).
#include <gtest/gtest.h>

#include "collector.h"
#include "ingest/ingest.h"

namespace claimgraph::ingest {
namespace {

const char kRss[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Harbour Notes</title>
    <language>en-gb</language>
    <item>
      <title>Pier &amp; quay repairs</title>
      <link>https://example.org/pier</link>
      <guid>harbour-pier</guid>
      <pubDate>Wed, 06 Mar 2024 09:00:00 GMT</pubDate>
      <author>desk@example.org (Lee Park)</author>
      <description>&lt;p&gt;The port authority said on Wednesday that repairs were finished.&lt;/p&gt;&lt;p&gt;Ferries will return on Friday.&lt;/p&gt;</description>
    </item>
    <item>
      <title>Second</title>
      <link>https://example.org/second</link>
      <dc:creator>Mia Cole</dc:creator>
      <description>Short summary.</description>
      <content:encoded><![CDATA[<p>The full text, said the council.</p><figure><img src="x.jpg"><figcaption>A caption. Photo: Someone</figcaption></figure><script>var x = 1;</script>]]></content:encoded>
    </item>
    <item>
      <description>Plain text with no id or link.</description>
    </item>
    <item>
      <title>No body</title>
    </item>
  </channel>
</rss>)";

TEST(ParseXml, RssItemsBecomeDocuments) {
  Collector c;
  ParseXml("feeds/harbour.rss", kRss, c.doc_sink(), c.skip_sink(), c.warning_sink());
  ASSERT_EQ(c.docs.size(), 3u) << c.SkipText();
  const auto& a = c.docs[0];
  EXPECT_EQ(a.id, "harbour-pier");
  EXPECT_EQ(a.title, "Pier & quay repairs");
  EXPECT_EQ(a.text,
            "The port authority said on Wednesday that repairs were finished.\n\n"
            "Ferries will return on Friday.");
  EXPECT_EQ(a.published, "2024-03-06");
  EXPECT_EQ(a.author, "Lee Park");
  EXPECT_EQ(a.publisher, "Harbour Notes");
  EXPECT_EQ(a.language, "en-gb");
  EXPECT_EQ(a.url, "https://example.org/pier");
  EXPECT_EQ(a.format, "rss");
  EXPECT_EQ(a.origin, "feeds/harbour.rss:item 1");
  // No guid: the link; content:encoded wins over description; figure and
  // script dropped.
  EXPECT_EQ(c.docs[1].id, "https://example.org/second");
  EXPECT_EQ(c.docs[1].text, "The full text, said the council.");
  EXPECT_EQ(c.docs[1].author, "Mia Cole");
  // Neither guid nor link: FILESTEM-N.
  EXPECT_EQ(c.docs[2].id, "harbour-3");
  EXPECT_EQ(c.docs[2].text, "Plain text with no id or link.");
  ASSERT_EQ(c.skips.size(), 1u);
  EXPECT_EQ(c.skips[0].where, "feeds/harbour.rss:item 4");
  EXPECT_TRUE(Has(c.skips[0].reason, "no text"));
  EXPECT_TRUE(c.warnings.empty()) << c.WarningText();
}

TEST(ParseXml, RssBadPubDateWarns) {
  Collector c;
  ParseXml("f.rss",
           "<rss><channel><item><guid>g</guid><pubDate>last Tuesday</pubDate>"
           "<description>Text.</description></item></channel></rss>",
           c.doc_sink(), c.skip_sink(), c.warning_sink());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].published, "");
  ASSERT_EQ(c.warnings.size(), 1u);
  EXPECT_EQ(c.warnings[0].where, "f.rss:item 1");
}

TEST(ParseXml, Rss1ItemsBesideChannel) {
  Collector c;
  ParseXml(
      "r1.rdf.xml",
      R"(<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
  <channel><title>Old Feed</title></channel>
  <item><title>One</title><link>https://example.org/one</link><description>First item.</description></item>
</rdf:RDF>)",
      c.doc_sink(), c.skip_sink());
  ASSERT_EQ(c.docs.size(), 1u) << c.SkipText();
  EXPECT_EQ(c.docs[0].id, "https://example.org/one");
  EXPECT_EQ(c.docs[0].publisher, "Old Feed");
}

TEST(ParseXml, AtomEntries) {
  Collector c;
  ParseXml("notes.atom", R"(<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Frontline Notes</title>
  <author><name>Desk</name></author>
  <entry>
    <id>tag:example.org,2025:1</id>
    <title type="html">Budanov &lt;em&gt;estimate&lt;/em&gt;</title>
    <link rel="edit" href="https://example.org/edit/1"/>
    <link rel="alternate" href="https://example.org/1"/>
    <published>2025-02-01T14:20:00+02:00</published>
    <author><name>Taras Koval</name></author>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First paragraph.</p><p>Second <b>bold</b> paragraph.</p></div></content>
  </entry>
  <entry>
    <title>Summary only</title>
    <link href="https://example.org/2"/>
    <updated>2025-02-03T09:00:00Z</updated>
    <summary>Lawmakers were briefed on Monday, an MP said.</summary>
  </entry>
  <entry><id>empty</id><title>Nothing</title></entry>
</feed>)",
           c.doc_sink(), c.skip_sink(), c.warning_sink());
  ASSERT_EQ(c.docs.size(), 2u) << c.SkipText();
  EXPECT_EQ(c.docs[0].id, "tag:example.org,2025:1");
  EXPECT_EQ(c.docs[0].title, "Budanov estimate");
  EXPECT_EQ(c.docs[0].url, "https://example.org/1");
  EXPECT_EQ(c.docs[0].published, "2025-02-01");
  EXPECT_EQ(c.docs[0].author, "Taras Koval");
  EXPECT_EQ(c.docs[0].publisher, "Frontline Notes");
  EXPECT_EQ(c.docs[0].language, "en");
  EXPECT_EQ(c.docs[0].text, "First paragraph.\n\nSecond bold paragraph.");
  EXPECT_EQ(c.docs[0].format, "atom");
  EXPECT_EQ(c.docs[1].id, "https://example.org/2");
  EXPECT_EQ(c.docs[1].published, "2025-02-03");
  EXPECT_EQ(c.docs[1].author, "Desk");
  EXPECT_EQ(c.docs[1].text, "Lawmakers were briefed on Monday, an MP said.");
  ASSERT_EQ(c.skips.size(), 1u);
  EXPECT_EQ(c.skips[0].where, "notes.atom:entry 3");
}

TEST(ParseXml, Nitf) {
  Collector c;
  ParseXml("story.xml", R"(<?xml version="1.0"?>
<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">
<nitf xml:lang="en">
  <head>
    <title>Head title</title>
    <docdata>
      <doc-id id-string="nitf-001"/>
      <date.issue norm="20250212T063000+0900"/>
      <doc.copyright holder="Harbourside Press"/>
    </docdata>
  </head>
  <body>
    <body.head>
      <hedline><hl1>Units rotate, Seoul says</hl1></hedline>
      <byline>By Seo-yeon Cho</byline>
    </body.head>
    <body.content>
      <p>First   paragraph,
         wrapped.</p>
      <block><p>Second paragraph in a block.</p></block>
      <media media-type="image"><media-caption>Not text.</media-caption></media>
      <p>Third.</p>
    </body.content>
  </body>
</nitf>)",
           c.doc_sink(), c.skip_sink(), c.warning_sink());
  ASSERT_EQ(c.docs.size(), 1u) << c.SkipText();
  const auto& d = c.docs[0];
  EXPECT_EQ(d.id, "nitf-001");
  EXPECT_EQ(d.title, "Units rotate, Seoul says");
  EXPECT_EQ(d.published, "2025-02-12");
  EXPECT_EQ(d.author, "Seo-yeon Cho");
  EXPECT_EQ(d.publisher, "Harbourside Press");
  EXPECT_EQ(d.language, "en");
  EXPECT_EQ(d.format, "nitf");
  EXPECT_EQ(d.text, "First paragraph, wrapped.\n\nSecond paragraph in a block.\n\nThird.");
  EXPECT_TRUE(c.warnings.empty()) << c.WarningText();
}

TEST(ParseXml, NitfWithoutDocIdUsesFileStem) {
  Collector c;
  ParseXml("dir/fallback.nitf",
           "<nitf><body><body.content><p>Text.</p></body.content></body></nitf>", c.doc_sink(),
           c.skip_sink());
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "fallback");
}

TEST(ParseXml, MalformedXmlNamesLineAndColumn) {
  Collector c;
  ParseXml("broken.xml", "<rss>\n  <channel>\n    <item><title>x</item>\n", c.doc_sink(),
           c.skip_sink());
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.skips.size(), 1u);
  EXPECT_EQ(c.skips[0].where, "broken.xml:3:21");
  EXPECT_TRUE(Has(c.skips[0].reason, "malformed XML: Start-end tags mismatch"))
      << c.skips[0].reason;
}

TEST(ParseXml, UnknownRootEmptyAndFeedWithoutItems) {
  Collector c;
  ParseXml("svg.xml", "<svg><g/></svg>", c.doc_sink(), c.skip_sink());
  ParseXml("empty.xml", "", c.doc_sink(), c.skip_sink());
  ParseXml("noitems.rss", "<rss><channel><title>T</title></channel></rss>", c.doc_sink(),
           c.skip_sink());
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.skips.size(), 3u);
  EXPECT_TRUE(Has(c.skips[0].reason, "root element <svg>"));
  EXPECT_EQ(c.skips[1].reason, "empty file");
  EXPECT_TRUE(Has(c.skips[2].reason, "without items"));
}

TEST(ParseXml, DeclaredLatin1FeedIsConverted) {
  Collector c;
  ParseXml("l1.rss",
           "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss><channel><item>"
           "<guid>l1</guid><description>Z\xFCrich officials said so.</description></item>"
           "</channel></rss>",
           c.doc_sink(), c.skip_sink());
  ASSERT_EQ(c.docs.size(), 1u) << c.SkipText();
  EXPECT_EQ(c.docs[0].text, "Z\xC3\xBCrich officials said so.");
}

TEST(ParseXml, InvalidUtf8IsSkippedBeforeParsing) {
  Collector c;
  ParseXml("l1.xml", "<rss>\n<channel>\xE9</channel></rss>", c.doc_sink(), c.skip_sink());
  ASSERT_EQ(c.skips.size(), 1u);
  EXPECT_TRUE(Has(c.skips[0].reason, "invalid UTF-8 at byte 15 (line 2, column 10)"))
      << c.skips[0].reason;
}

}  // namespace
}  // namespace claimgraph::ingest
