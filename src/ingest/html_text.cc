#include "ingest/html_text.h"

#include <gumbo.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <unordered_map>
#include <vector>

#include "ingest/dates.h"
#include "ingest/input_checks.h"

namespace claimgraph::ingest {
namespace {

// Deeper content is ignored: bounded recursion whatever the input.
constexpr int kMaxDepth = 400;

// RAII for a gumbo parse.
class GumboDoc {
 public:
  explicit GumboDoc(std::string_view html)
      : output_(gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size())) {}
  ~GumboDoc() {
    if (output_) {
      gumbo_destroy_output(&kGumboDefaultOptions, output_);
    }
  }
  GumboDoc(const GumboDoc&) = delete;
  GumboDoc& operator=(const GumboDoc&) = delete;
  const GumboNode* root() const { return output_ ? output_->root : nullptr; }

 private:
  GumboOutput* output_;
};

std::string_view Attr(const GumboNode* n, const char* name) {
  if (n->type != GUMBO_NODE_ELEMENT) {
    return {};
  }
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

const GumboVector& Children(const GumboNode* n) {
  static const GumboVector kEmpty = {nullptr, 0, 0};
  if (n->type == GUMBO_NODE_ELEMENT) {
    return n->v.element.children;
  }
  if (n->type == GUMBO_NODE_DOCUMENT) {
    return n->v.document.children;
  }
  return kEmpty;
}

template <typename F>
void ForEachChild(const GumboNode* n, F&& f) {
  const GumboVector& c = Children(n);
  for (unsigned i = 0; i < c.length; ++i) {
    f(static_cast<const GumboNode*>(c.data[i]));
  }
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c | 0x20);
    }
  }
  return out;
}

bool IsSpace(char c) { return IsMarkupSpace(c); }
std::string Collapse(std::string_view s) { return CollapseSpace(s); }

// Elements that are never article text.
bool IsExcludedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IMG:
      return true;
    default:
      return false;
  }
}

// class/id tokens of page furniture: "related-stories", "share-bar",
// "photo-caption", "copyright", "newsletter-signup", "site-nav" ...
bool IsFurnitureToken(const std::string& t) {
  static constexpr std::string_view kContains[] = {
      "related",    "share",      "sharing",   "social",          "caption",
      "credit",     "copyright",  "licen",     "newsletter",      "advert",
      "promo",      "breadcrumb", "comment",   "subscribe",       "cookie",
      "sidebar",    "byline",     "footer",    "masthead",        "navbar",
      "navigation", "menu",       "recommend", "more-stories",    "read-more",
      "readmore",   "sponsor",    "widget",    "popup",           "modal",
      "toolbar",    "signup",     "sr-only",   "visually-hidden", "screen-reader",
      "skip-link",  "outbrain",   "taboola",   "trending",        "most-read",
      "mostread",
  };
  static constexpr std::string_view kExact[] = {"nav",   "ad",     "ads",    "tags",      "hidden",
                                                "tools", "topics", "header", "print-only"};
  for (auto k : kExact) {
    if (t == k) {
      return true;
    }
  }
  for (auto k : kContains) {
    if (t.find(k) != std::string::npos) {
      return true;
    }
  }
  return t.rfind("nav-", 0) == 0 || (t.size() > 4 && t.compare(t.size() - 4, 4, "-nav") == 0) ||
         t.rfind("ad-", 0) == 0;
}

bool HasFurnitureClass(const GumboNode* n) {
  for (const char* attr : {"class", "id"}) {
    std::string v = Lower(Attr(n, attr));
    size_t i = 0;
    while (i < v.size()) {
      while (i < v.size() && IsSpace(v[i])) {
        ++i;
      }
      size_t j = i;
      while (j < v.size() && !IsSpace(v[j])) {
        ++j;
      }
      if (j > i && IsFurnitureToken(v.substr(i, j - i))) {
        return true;
      }
      i = j;
    }
  }
  return false;
}

bool IsExcluded(const GumboNode* n, bool by_class) {
  if (n->type != GUMBO_NODE_ELEMENT) {
    return false;
  }
  if (IsExcludedTag(n->v.element.tag)) {
    return true;
  }
  if (n->v.element.tag == GUMBO_TAG_UNKNOWN) {
    // Elements gumbo 0.10 does not know: <picture>, <dialog>.
    std::string_view raw(n->v.element.original_tag.data, n->v.element.original_tag.length);
    std::string low = Lower(raw.substr(0, 9));
    if (low.rfind("<picture", 0) == 0 || low.rfind("<dialog", 0) == 0) {
      return true;
    }
  }
  if (gumbo_get_attribute(&n->v.element.attributes, "hidden")) {
    return true;
  }
  if (Attr(n, "aria-hidden") == "true") {
    return true;
  }
  std::string role = Lower(Attr(n, "role"));
  if (role == "navigation" || role == "banner" || role == "contentinfo" ||
      role == "complementary" || role == "search" || role == "menu" || role == "menubar" ||
      role == "dialog" || role == "alert") {
    return true;
  }
  return by_class && HasFurnitureClass(n);
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_HGROUP:
      return true;
    default:
      return false;
  }
}

// Builds text with collapsed white space: blocks are separated by blank
// lines, <br> by a line break.
class TextBuilder {
 public:
  void Text(std::string_view s) {
    for (char c : s) {
      if (IsSpace(c)) {
        pending_ = std::max(pending_, kSpace);
        continue;
      }
      if (!out_.empty()) {
        if (pending_ == kPara) {
          out_ += "\n\n";
        } else if (pending_ == kLine) {
          out_ += '\n';
        } else if (pending_ == kSpace) {
          out_ += ' ';
        }
      }
      pending_ = kNone;
      out_ += c;
    }
  }
  void Block() { pending_ = kPara; }
  // <br>; two in a row ("<br><br>") separate paragraphs.
  void LineBreak() { pending_ = pending_ >= kLine ? kPara : kLine; }
  std::string Take() { return std::move(out_); }

 private:
  enum Break { kNone, kSpace, kLine, kPara };
  std::string out_;
  Break pending_ = kNone;
};

void AppendText(const GumboNode* n, bool by_class, int depth, TextBuilder& b) {
  if (depth > kMaxDepth) {
    return;
  }
  switch (n->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_CDATA:
    case GUMBO_NODE_WHITESPACE:
      b.Text(n->v.text.text);
      return;
    case GUMBO_NODE_ELEMENT: {
      if (IsExcluded(n, by_class)) {
        return;
      }
      GumboTag tag = n->v.element.tag;
      if (tag == GUMBO_TAG_BR) {
        b.LineBreak();
        return;
      }
      bool block = IsBlockTag(tag);
      if (block) {
        b.Block();
      }
      ForEachChild(n, [&](const GumboNode* c) { AppendText(c, by_class, depth + 1, b); });
      if (block) {
        b.Block();
      }
      return;
    }
    case GUMBO_NODE_DOCUMENT:
      ForEachChild(n, [&](const GumboNode* c) { AppendText(c, by_class, depth + 1, b); });
      return;
    default:
      return;
  }
}

// Text of a subtree with exclusions; when class-based exclusion removes
// everything (a wrapper named "with-sidebar"), tags alone decide.
std::string SubtreeText(const GumboNode* n) {
  TextBuilder b;
  ForEachChild(n, [&](const GumboNode* c) { AppendText(c, true, 1, b); });
  std::string text = b.Take();
  if (!text.empty()) {
    return text;
  }
  TextBuilder plain;
  ForEachChild(n, [&](const GumboNode* c) { AppendText(c, false, 1, plain); });
  return plain.Take();
}

size_t TextLength(const GumboNode* n, int depth) {
  if (depth > kMaxDepth) {
    return 0;
  }
  if (n->type == GUMBO_NODE_TEXT) {
    return std::strlen(n->v.text.text);
  }
  if (n->type != GUMBO_NODE_ELEMENT || IsExcludedTag(n->v.element.tag)) {
    return 0;
  }
  size_t total = 0;
  ForEachChild(n, [&](const GumboNode* c) { total += TextLength(c, depth + 1); });
  return total;
}

// One walk over the page collects what the extraction needs.
struct PageScan {
  const GumboNode* html = nullptr;
  const GumboNode* body = nullptr;
  const GumboNode* title = nullptr;
  const GumboNode* first_h1 = nullptr;
  const GumboNode* article_body = nullptr;  // itemprop="articleBody"
  const GumboNode* main = nullptr;          // <main> or role="main"
  std::vector<const GumboNode*> articles;
  std::vector<const GumboNode*> paragraphs;
  std::vector<const GumboNode*> metas;
  std::vector<const GumboNode*> times;
  std::string canonical;
};

void Scan(const GumboNode* n, int depth, PageScan& s) {
  if (depth > kMaxDepth || n->type != GUMBO_NODE_ELEMENT) {
    if (n->type == GUMBO_NODE_DOCUMENT) {
      ForEachChild(n, [&](const GumboNode* c) { Scan(c, depth + 1, s); });
    }
    return;
  }
  switch (n->v.element.tag) {
    case GUMBO_TAG_HTML:
      if (!s.html) {
        s.html = n;
      }
      break;
    case GUMBO_TAG_BODY:
      if (!s.body) {
        s.body = n;
      }
      break;
    case GUMBO_TAG_TITLE:
      if (!s.title) {
        s.title = n;
      }
      break;
    case GUMBO_TAG_H1:
      if (!s.first_h1) {
        s.first_h1 = n;
      }
      break;
    case GUMBO_TAG_ARTICLE:
      s.articles.push_back(n);
      break;
    case GUMBO_TAG_MAIN:
      if (!s.main) {
        s.main = n;
      }
      break;
    case GUMBO_TAG_P:
      s.paragraphs.push_back(n);
      break;
    case GUMBO_TAG_META:
      s.metas.push_back(n);
      break;
    case GUMBO_TAG_TIME:
      s.times.push_back(n);
      break;
    case GUMBO_TAG_LINK:
      if (Lower(Attr(n, "rel")) == "canonical" && s.canonical.empty()) {
        s.canonical = std::string(Attr(n, "href"));
      }
      break;
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE:
      return;
    default:
      break;
  }
  if (!s.article_body && Attr(n, "itemprop") == "articleBody") {
    s.article_body = n;
  }
  if (!s.main && Lower(Attr(n, "role")) == "main") {
    s.main = n;
  }
  ForEachChild(n, [&](const GumboNode* c) { Scan(c, depth + 1, s); });
}

bool Contains(const GumboNode* outer, const GumboNode* n) {
  for (; n; n = n->parent) {
    if (n == outer) {
      return true;
    }
  }
  return false;
}

// Paragraph text under `n` (only <p> elements count).
size_t ParagraphText(const GumboNode* n, const PageScan& s) {
  size_t total = 0;
  for (const GumboNode* p : s.paragraphs) {
    if (Contains(n, p)) {
      total += TextLength(p, 0);
    }
  }
  return total;
}

// itemprop=articleBody, else the <article> with most paragraph text, else
// <main>, else the element whose <p> children hold most text, else <body>.
const GumboNode* ChooseContainer(const PageScan& s) {
  if (s.article_body && TextLength(s.article_body, 0) > 0) {
    return s.article_body;
  }
  const GumboNode* best = nullptr;
  size_t best_len = 0;
  for (const GumboNode* a : s.articles) {
    size_t len = ParagraphText(a, s);
    if (len > best_len) {
      best = a;
      best_len = len;
    }
  }
  if (best) {
    return best;
  }
  if (s.main && ParagraphText(s.main, s) > 0) {
    return s.main;
  }
  std::unordered_map<const GumboNode*, size_t> parents;
  for (const GumboNode* p : s.paragraphs) {
    if (p->parent) {
      parents[p->parent] += TextLength(p, 0);
    }
  }
  for (const GumboNode* p : s.paragraphs) {  // document order: the first best wins
    auto it = parents.find(p->parent);
    if (it != parents.end() && it->second > best_len) {
      best = it->first;
      best_len = it->second;
    }
  }
  if (best) {
    return best;
  }
  return s.main ? s.main : s.body;
}

std::string StripBy(std::string s) {
  s = Collapse(s);
  if (s.size() > 3 &&
      (s.rfind("By ", 0) == 0 || s.rfind("by ", 0) == 0 || s.rfind("BY ", 0) == 0)) {
    s = s.substr(3);
  }
  return s;
}

std::string NormaliseAnyDate(std::string_view s) {
  std::string d = DateFromIso8601(s);
  return d.empty() ? DateFromRfc822(s) : d;
}

void ReadMetas(const PageScan& s, HtmlArticle& a) {
  std::string og_title, tw_title, site, app, og_url;
  for (const GumboNode* m : s.metas) {
    std::string key = Lower(Attr(m, "property"));
    if (key.empty()) {
      key = Lower(Attr(m, "name"));
    }
    if (key.empty()) {
      key = Lower(Attr(m, "itemprop"));
    }
    std::string content = Collapse(Attr(m, "content"));
    if (key.empty() || content.empty()) {
      continue;
    }
    if (key == "og:title") {
      og_title = content;
    } else if (key == "twitter:title") {
      tw_title = content;
    } else if (key == "og:site_name") {
      site = content;
    } else if (key == "application-name") {
      app = content;
    } else if (key == "og:url") {
      og_url = content;
    } else if (key == "author" || key == "article:author" || key == "byl" || key == "dc.creator" ||
               key == "parsely-author" || key == "sailthru.author") {
      if (a.author.empty() && content.rfind("http", 0) != 0) {
        a.author = StripBy(content);
      }
    } else if (key == "article:published_time" || key == "datepublished" || key == "pubdate" ||
               key == "publishdate" || key == "date" || key == "dc.date" ||
               key == "dc.date.issued" || key == "parsely-pub-date" || key == "sailthru.date") {
      if (a.published.empty()) {
        a.published = NormaliseAnyDate(content);
      }
    }
  }
  a.publisher = !site.empty() ? site : app;
  a.url = !s.canonical.empty() ? s.canonical : og_url;
  if (!og_title.empty()) {
    a.title = og_title;
  } else if (!tw_title.empty()) {
    a.title = tw_title;
  } else if (s.title) {
    a.title = Collapse(SubtreeText(s.title));
    // "Headline | Site" -> "Headline" when the site is known.
    for (std::string_view sep : {" | ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 "}) {
      std::string suffix = std::string(sep) + a.publisher;
      if (!a.publisher.empty() && a.title.size() > suffix.size() &&
          a.title.compare(a.title.size() - suffix.size(), suffix.size(), suffix) == 0) {
        a.title.resize(a.title.size() - suffix.size());
      }
    }
  }
  if (a.title.empty() && s.first_h1) {
    TextBuilder b;
    AppendText(s.first_h1, false, 0, b);
    a.title = Collapse(b.Take());
  }
  if (s.html) {
    a.language = std::string(Attr(s.html, "lang"));
  }
}

}  // namespace

HtmlArticle ExtractArticle(std::string_view html) {
  HtmlArticle a;
  GumboDoc doc(html);
  if (!doc.root()) {
    return a;
  }
  PageScan s;
  Scan(doc.root(), 0, s);
  ReadMetas(s, a);
  const GumboNode* container = ChooseContainer(s);
  if (container) {
    a.text = SubtreeText(container);
  }
  if (a.published.empty()) {
    // <time datetime> in the article first, then anywhere.
    for (int pass = 0; pass < 2 && a.published.empty(); ++pass) {
      for (const GumboNode* t : s.times) {
        if (pass == 0 && !(container && Contains(container, t))) {
          continue;
        }
        a.published = NormaliseAnyDate(Attr(t, "datetime"));
        if (!a.published.empty()) {
          break;
        }
      }
    }
  }
  return a;
}

std::string HtmlFragmentToText(std::string_view html) {
  GumboDoc doc(html);
  if (!doc.root()) {
    return "";
  }
  TextBuilder b;
  AppendText(doc.root(), true, 0, b);
  std::string text = b.Take();
  if (!text.empty()) {
    return text;
  }
  TextBuilder plain;
  AppendText(doc.root(), false, 0, plain);
  return plain.Take();
}

}  // namespace claimgraph::ingest
