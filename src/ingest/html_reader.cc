// HTML pages: one article per page.
#include <optional>

#include "base/utf8.h"
#include "ingest/boilerplate.h"
#include "ingest/html_text.h"
#include "ingest/ingest.h"
#include "ingest/input_checks.h"

namespace claimgraph::ingest {

void ParseHtml(const std::string& name, std::string_view bytes, const DocumentSink& on_document,
               const SkipSink& on_skip, const WarningSink& on_warning,
               const ReaderOptions& options) {
  std::optional<std::string> converted;
  if (auto why = MarkupFileProblem(bytes, converted, options, "charset")) {
    on_skip({name, *why});
    return;
  }
  std::string_view html = StripBom(bytes);
  // HTML parsers recover from anything; what we can name is a page cut off
  // inside a tag, which loses the rest of the article.
  size_t lt = html.rfind('<');
  size_t gt = html.rfind('>');
  if (lt != std::string_view::npos && (gt == std::string_view::npos || gt < lt) && on_warning) {
    auto lc = utf8::LocateByte(bytes, lt + (bytes.size() - html.size()));
    on_warning({name + ":" + std::to_string(lc.line) + ":" + std::to_string(lc.column),
                "malformed HTML: the tag opened here is never closed (truncated file?); "
                "the text before it is read"});
  }
  HtmlArticle a = ExtractArticle(html);
  if (IsBlank(a.text)) {
    on_skip({name, "malformed or empty HTML: no article text found"});
    return;
  }
  model::Document d;
  d.id = FileStem(name);
  d.origin = name;
  d.format = "html";
  d.text = std::move(a.text);
  d.title = std::move(a.title);
  d.author = std::move(a.author);
  d.publisher = std::move(a.publisher);
  d.url = std::move(a.url);
  d.published = std::move(a.published);
  d.language = std::move(a.language);
  d.boilerplate = FindBoilerplate(d.text);
  on_document(std::move(d));
}

}  // namespace claimgraph::ingest
