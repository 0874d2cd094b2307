// libFuzzer target for text -> extract -> link -> emit on one document whose
// text is the input (when it is valid UTF-8). Checks that every span the
// extractors produce lies inside the text, on code-point boundaries.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "base/utf8.h"
#include "emit/emit.h"
#include "extract/extract.h"
#include "kb/kb.h"
#include "link/link.h"
#include "text/text.h"

namespace {

using namespace claimgraph;

bool Boundary(const std::string& t, uint32_t pos) {
  return pos == t.size() || (pos < t.size() && (static_cast<unsigned char>(t[pos]) & 0xC0) != 0x80);
}

void CheckSpan(const std::string& t, const model::Span& s) {
  if (s.begin > s.end || s.end > t.size() || !Boundary(t, s.begin) || !Boundary(t, s.end)) {
    __builtin_trap();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto kb = kb::KnowledgeBase::LoadEmbedded();
  static extract::Extractor extractor(*kb);
  model::Document doc;
  doc.id = "fuzz";
  doc.text.assign(reinterpret_cast<const char*>(data), size);
  if (utf8::FindInvalid(doc.text) != utf8::kValid) return 0;
  doc.published = "2025-01-24";
  // Half the inputs are titled with their first line, or with its first
  // word: the headline test then compares lines with the title.
  if (size > 0 && (data[0] & 1) != 0) {
    doc.title = doc.text.substr(0, doc.text.find('\n'));
    if ((data[0] & 2) != 0) {
      doc.title = doc.title.substr(0, doc.title.find(' '));
    }
  }
  model::TextLayer layer = text::Segment(doc.text, doc.title);
  for (const auto& tok : layer.tokens) CheckSpan(doc.text, tok.span);
  for (const auto& s : layer.sentences) CheckSpan(doc.text, s.span);
  model::Extraction x = extractor.Run(doc, layer);
  for (const auto& m : x.mentions) CheckSpan(doc.text, m.span);
  for (const auto& t : x.times) CheckSpan(doc.text, t.span);
  for (const auto& q : x.quantities) CheckSpan(doc.text, q.span);
  for (size_t ci = 0; ci < x.claims.size(); ++ci) {
    const auto& c = x.claims[ci];
    for (const auto& s : c.content) CheckSpan(doc.text, s);
    // A reported claim points at another claim that is not itself reported.
    if (c.reported_by >= 0 && (c.reported_by >= static_cast<int32_t>(x.claims.size()) ||
                               static_cast<size_t>(c.reported_by) == ci ||
                               x.claims[c.reported_by].reported_by >= 0 || !c.via)) {
      __builtin_trap();
    }
    if (c.source) CheckSpan(doc.text, *c.source);
    if (c.cue) CheckSpan(doc.text, *c.cue);
    if (c.source_mention >= static_cast<int32_t>(x.mentions.size())) __builtin_trap();
    if (c.via) CheckSpan(doc.text, *c.via);
    if (c.via_mention >= static_cast<int32_t>(x.mentions.size())) __builtin_trap();
  }
  link::Linker linker(*kb);
  linker.AddDocument(0, doc, x.mentions);
  model::EntityTable table = linker.Resolve();
  table.mention_entity.resize(1);
  emit::Options eo;
  auto em = emit::GraphEmitter::Open("/tmp/claimgraph-fuzz-out", eo);
  if (em.ok()) {
    (*em)->AddDocument(doc, x, table.mention_entity[0], table);
    (*em)->Abort();
  }
  return 0;
}
