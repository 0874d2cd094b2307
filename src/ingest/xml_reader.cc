// RSS 2.0 (and RSS 1.0), Atom and NITF through pugixml. Each feed item or
// entry is one document; a NITF file is one document.
#include <optional>
#include <pugixml.hpp>
#include <sstream>

#include "base/utf8.h"
#include "ingest/boilerplate.h"
#include "ingest/dates.h"
#include "ingest/html_text.h"
#include "ingest/ingest.h"
#include "ingest/input_checks.h"

namespace claimgraph::ingest {
namespace {

std::string_view LocalName(const char* name) {
  std::string_view n(name);
  size_t colon = n.find(':');
  return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

// The first child element with this local name, whatever its prefix
// ("content:encoded", "atom:title"), preferring an unprefixed one.
pugi::xml_node Child(pugi::xml_node n, std::string_view local) {
  pugi::xml_node prefixed;
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) {
      continue;
    }
    std::string_view name(c.name());
    if (name == local) {
      return c;
    }
    if (!prefixed && LocalName(c.name()) == local) {
      prefixed = c;
    }
  }
  return prefixed;
}

// A child with exactly this (prefixed) name, e.g. "dc:creator".
pugi::xml_node Exact(pugi::xml_node n, const char* name) { return n.child(name); }

void AppendNodeText(pugi::xml_node n, std::string& out, int depth) {
  if (depth > 200) {
    return;
  }
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      out += c.value();
    } else if (c.type() == pugi::node_element) {
      AppendNodeText(c, out, depth + 1);
    }
  }
}

// All character data under `n`, concatenated.
std::string NodeText(pugi::xml_node n) {
  std::string out;
  if (n) {
    AppendNodeText(n, out, 0);
  }
  return out;
}

bool IsSpace(char c) { return IsMarkupSpace(c); }
std::string Collapse(std::string_view s) { return CollapseSpace(s); }

std::string Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) {
    s.remove_prefix(1);
  }
  while (!s.empty() && IsSpace(s.back())) {
    s.remove_suffix(1);
  }
  return std::string(s);
}

// Feed text that may hold HTML ("<p>...</p>", "&nbsp;") becomes plain text;
// plain text is kept with its line breaks, trimmed.
std::string FeedText(std::string_view s) {
  if (s.find('<') != std::string_view::npos || s.find('&') != std::string_view::npos) {
    return HtmlFragmentToText(s);
  }
  return Trim(s);
}

// Atom text constructs: type="text" (default), "html", or "xhtml" (a div).
std::string AtomText(pugi::xml_node n) {
  if (!n) {
    return "";
  }
  std::string_view type = n.attribute("type").value();
  if (type == "xhtml") {
    std::ostringstream ss;
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
      c.print(ss, "", pugi::format_raw);
    }
    return HtmlFragmentToText(ss.str());
  }
  if (type == "html" || type == "text/html") {
    return HtmlFragmentToText(NodeText(n));
  }
  return Trim(NodeText(n));
}

// "jane@example.org (Jane Doe)" -> "Jane Doe"; anything else collapsed.
std::string RssAuthor(std::string_view s) {
  std::string a = Collapse(s);
  size_t open = a.find('(');
  if (a.find('@') != std::string::npos && open != std::string::npos && a.back() == ')') {
    return Trim(a.substr(open + 1, a.size() - open - 2));
  }
  return a;
}

std::string StripBy(std::string s) {
  if (s.size() > 3 &&
      (s.rfind("By ", 0) == 0 || s.rfind("by ", 0) == 0 || s.rfind("BY ", 0) == 0)) {
    s = s.substr(3);
  }
  return s;
}

struct Context {
  const std::string& name;
  std::string stem;
  const DocumentSink& on_document;
  const SkipSink& on_skip;
  const WarningSink& on_warning;
  const ReaderOptions& options;

  void Warn(const std::string& where, std::string message) const {
    if (on_warning) {
      on_warning({where, std::move(message)});
    }
  }
  // Final checks shared by all XML formats, then delivery.
  void Deliver(model::Document&& d, const std::string& what) const {
    if (IsBlank(d.text)) {
      on_skip({d.origin, "no text (" + what + ")"});
      return;
    }
    if (d.text.size() > options.max_document_bytes) {
      on_skip({d.origin, "text of " + std::to_string(d.text.size()) +
                             " bytes is over the limit of " +
                             std::to_string(options.max_document_bytes) + " bytes"});
      return;
    }
    d.boilerplate = FindBoilerplate(d.text);
    on_document(std::move(d));
  }
};

void ReadRss(pugi::xml_node root, const Context& cx) {
  pugi::xml_node channel = Child(root, "channel");
  const std::string publisher = Collapse(NodeText(Child(channel, "title")));
  const std::string language = Trim(NodeText(Child(channel, "language")));
  // RSS 2.0 nests items in <channel>; RSS 1.0 (rdf:RDF) puts them beside it.
  pugi::xml_node holder = Child(channel, "item") ? channel : root;
  int index = 0;
  for (pugi::xml_node item = holder.first_child(); item; item = item.next_sibling()) {
    if (item.type() != pugi::node_element || LocalName(item.name()) != "item") {
      continue;
    }
    ++index;
    model::Document d;
    d.origin = cx.name + ":item " + std::to_string(index);
    d.format = "rss";
    d.publisher = publisher;
    d.language = language;
    d.url = Trim(NodeText(Child(item, "link")));
    std::string guid = Trim(NodeText(Child(item, "guid")));
    d.id = !guid.empty() ? guid : !d.url.empty() ? d.url : cx.stem + "-" + std::to_string(index);
    d.title = Collapse(FeedText(NodeText(Child(item, "title"))));
    pugi::xml_node body = Exact(item, "content:encoded");
    if (!body || IsBlank(NodeText(body))) {
      body = Child(item, "description");
    }
    d.text = FeedText(NodeText(body));
    if (pugi::xml_node date = Child(item, "pubDate")) {
      std::string raw = Trim(NodeText(date));
      d.published = DateFromRfc822(raw);
      if (d.published.empty()) {
        d.published = DateFromIso8601(raw);
      }
      if (d.published.empty()) {
        cx.Warn(d.origin, "pubDate is not an RFC 822 date: \"" + raw + "\"; ignored");
      }
    } else if (pugi::xml_node dc = Exact(item, "dc:date")) {
      d.published = DateFromIso8601(NodeText(dc));
    }
    pugi::xml_node creator = Exact(item, "dc:creator");
    d.author = creator ? Collapse(NodeText(creator)) : RssAuthor(NodeText(Child(item, "author")));
    cx.Deliver(std::move(d), "neither description nor content:encoded");
  }
  if (index == 0) {
    cx.on_skip({cx.name, "RSS feed without items"});
  }
}

std::string AtomAuthor(pugi::xml_node n) {
  return Collapse(NodeText(Child(Child(n, "author"), "name")));
}

std::string AtomLink(pugi::xml_node entry) {
  std::string fallback;
  for (pugi::xml_node l = entry.first_child(); l; l = l.next_sibling()) {
    if (l.type() != pugi::node_element || LocalName(l.name()) != "link") {
      continue;
    }
    std::string_view rel = l.attribute("rel").value();
    if (rel == "alternate" || rel.empty()) {
      return l.attribute("href").value();
    }
    if (fallback.empty()) {
      fallback = l.attribute("href").value();
    }
  }
  return fallback;
}

void ReadAtom(pugi::xml_node root, const Context& cx) {
  const std::string publisher = Collapse(AtomText(Child(root, "title")));
  const std::string feed_author = AtomAuthor(root);
  const std::string feed_lang = root.attribute("xml:lang").value();
  int index = 0;
  for (pugi::xml_node entry = root.first_child(); entry; entry = entry.next_sibling()) {
    if (entry.type() != pugi::node_element || LocalName(entry.name()) != "entry") {
      continue;
    }
    ++index;
    model::Document d;
    d.origin = cx.name + ":entry " + std::to_string(index);
    d.format = "atom";
    d.publisher = publisher;
    d.url = AtomLink(entry);
    std::string id = Trim(NodeText(Child(entry, "id")));
    d.id = !id.empty() ? id : !d.url.empty() ? d.url : cx.stem + "-" + std::to_string(index);
    d.title = Collapse(AtomText(Child(entry, "title")));
    pugi::xml_node body = Child(entry, "content");
    if (!body || IsBlank(NodeText(body))) {
      body = Child(entry, "summary");
    }
    d.text = AtomText(body);
    pugi::xml_node date = Child(entry, "published");
    if (!date) {
      date = Child(entry, "updated");
    }
    if (date) {
      std::string raw = Trim(NodeText(date));
      d.published = DateFromIso8601(raw);
      if (d.published.empty()) {
        cx.Warn(d.origin,
                std::string(date.name()) + " is not an ISO 8601 date: \"" + raw + "\"; ignored");
      }
    }
    d.author = AtomAuthor(entry);
    if (d.author.empty()) {
      d.author = feed_author;
    }
    std::string_view lang = entry.attribute("xml:lang").value();
    d.language = !lang.empty() ? std::string(lang) : feed_lang;
    cx.Deliver(std::move(d), "neither content nor summary");
  }
  if (index == 0) {
    cx.on_skip({cx.name, "Atom feed without entries"});
  }
}

// NITF body.content: paragraphs (<p>, subheads <hl2>, list items) in order.
void NitfParagraphs(pugi::xml_node n, std::string& out, int depth) {
  if (depth > 200) {
    return;
  }
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) {
      continue;
    }
    std::string_view name = LocalName(c.name());
    if (name == "p" || name == "hl2" || name == "li" || name == "pre") {
      std::string para = Collapse(NodeText(c));
      if (para.empty()) {
        continue;
      }
      if (!out.empty()) {
        out += "\n\n";
      }
      out += para;
    } else if (name != "media" && name != "table" && name != "note") {
      NitfParagraphs(c, out, depth + 1);
    }
  }
}

void ReadNitf(pugi::xml_node root, const Context& cx) {
  pugi::xml_node head = Child(root, "head");
  pugi::xml_node docdata = Child(head, "docdata");
  pugi::xml_node body = Child(root, "body");
  pugi::xml_node body_head = Child(body, "body.head");
  model::Document d;
  d.origin = cx.name;
  d.format = "nitf";
  d.id = Trim(Child(docdata, "doc-id").attribute("id-string").value());
  if (d.id.empty()) {
    d.id = cx.stem;
  }
  d.title = Collapse(NodeText(Child(Child(body_head, "hedline"), "hl1")));
  if (d.title.empty()) {
    d.title = Collapse(NodeText(Child(head, "title")));
  }
  if (pugi::xml_node date = Child(docdata, "date.issue")) {
    std::string raw = date.attribute("norm").value();
    d.published = DateFromIso8601(raw);
    if (d.published.empty() && !raw.empty()) {
      cx.Warn(d.origin, "date.issue norm is not an ISO 8601 date: \"" + raw + "\"; ignored");
    }
  }
  pugi::xml_node byline = Child(body_head, "byline");
  std::string person = Collapse(NodeText(Child(byline, "person")));
  d.author = !person.empty() ? person : StripBy(Collapse(NodeText(byline)));
  d.publisher = Collapse(Child(docdata, "doc.copyright").attribute("holder").value());
  if (d.publisher.empty()) {
    d.publisher = Collapse(Child(head, "pubdata").attribute("name").value());
  }
  d.language = root.attribute("xml:lang").value();
  if (d.language.empty()) {
    d.language = body.attribute("xml:lang").value();
  }
  pugi::xml_node content = Child(body, "body.content");
  NitfParagraphs(content, d.text, 0);
  if (d.text.empty()) {
    d.text = Collapse(NodeText(content));
  }
  cx.Deliver(std::move(d), "nothing in body.content");
}

}  // namespace

void ParseXml(const std::string& name, std::string_view bytes, const DocumentSink& on_document,
              const SkipSink& on_skip, const WarningSink& on_warning,
              const ReaderOptions& options) {
  std::optional<std::string> converted;
  if (auto why = MarkupFileProblem(bytes, converted, options, "encoding")) {
    on_skip({name, *why});
    return;
  }
  pugi::xml_document doc;
  pugi::xml_parse_result r =
      doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!r) {
    auto lc = utf8::LocateByte(bytes, static_cast<size_t>(r.offset));
    on_skip({name + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.column),
             std::string("malformed XML: ") + r.description()});
    return;
  }
  pugi::xml_node root = doc.document_element();
  std::string_view root_name = LocalName(root.name());
  Context cx{name, FileStem(name), on_document, on_skip, on_warning, options};
  if (root_name == "rss" || root_name == "RDF") {
    ReadRss(root, cx);
  } else if (root_name == "feed") {
    ReadAtom(root, cx);
  } else if (root_name == "nitf") {
    ReadNitf(root, cx);
  } else {
    on_skip({name, "unknown XML document: root element <" + std::string(root.name()) +
                       "> (expected <rss>, <feed> or <nitf>)"});
  }
}

}  // namespace claimgraph::ingest
