// HTML to article text, through gumbo (the only place gumbo is used).
// Internal to src/ingest: html_reader.cc reads pages, xml_reader.cc reduces
// HTML in feed descriptions.
#ifndef CLAIMGRAPH_INGEST_HTML_TEXT_H_
#define CLAIMGRAPH_INGEST_HTML_TEXT_H_

#include <string>
#include <string_view>

namespace claimgraph::ingest {

// What a page yields: the article text (paragraphs separated by blank
// lines) and the metadata found in <head> and the article.
struct HtmlArticle {
  std::string text;
  std::string title;      // og:title, else <title>, else the first <h1>
  std::string author;     // meta author / article:author
  std::string publisher;  // og:site_name
  std::string url;        // canonical link, else og:url
  std::string published;  // article:published_time, datePublished, <time datetime>
  std::string language;   // <html lang>
};

// The article of a whole page: the <article> (or the element holding most
// paragraph text) without navigation, headers and footers, asides, forms,
// scripts, figures and captions, share/related/newsletter/copyright blocks.
HtmlArticle ExtractArticle(std::string_view html);

// The text of an HTML fragment (an RSS description): block elements become
// paragraphs separated by blank lines; the same elements as above dropped.
std::string HtmlFragmentToText(std::string_view html);

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_INGEST_HTML_TEXT_H_
