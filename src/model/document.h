// A news article as read from any input format. Value type; depends on nothing.
#ifndef CLAIMGRAPH_MODEL_DOCUMENT_H_
#define CLAIMGRAPH_MODEL_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <vector>

namespace claimgraph::model {

// A byte range [begin, end) into Document::text (UTF-8). The emitters turn it
// into Unicode code-point offsets; nothing else in the pipeline does.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
  bool Overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
  friend bool operator==(const Span&, const Span&) = default;
  friend auto operator<=>(const Span&, const Span&) = default;
};

struct Document {
  std::string id;    // NAME for NAME.txt; jsonl `id`; feed guid/id/link; NITF doc-id
  std::string text;  // valid UTF-8, exactly as decoded (BOM and CRLF kept)
  std::string title;
  std::string publisher;
  std::string author;
  std::string url;
  std::string published;  // YYYY-MM-DD (or YYYY-MM, YYYY) or empty when unknown
  std::string language;   // BCP 47 tag or empty
  std::string origin;     // where it came from, for messages: "feeds/a.rss:item 3"
  std::string format;     // "text", "jsonl", "rss", "atom", "nitf", "html"
  // Spans of text that are site boilerplate (captions, credits, licence
  // notices) found by the reader; extractors produce nothing inside them.
  std::vector<Span> boilerplate;
};

}  // namespace claimgraph::model

#endif  // CLAIMGRAPH_MODEL_DOCUMENT_H_
