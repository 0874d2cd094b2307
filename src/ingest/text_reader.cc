// NAME.txt with an optional NAME.meta.json sidecar.
#include <nlohmann/json.hpp>

#include "ingest/boilerplate.h"
#include "ingest/ingest.h"
#include "ingest/input_checks.h"
#include "ingest/metadata.h"

namespace claimgraph::ingest {
namespace {

// "seeds/a.txt" -> "seeds/a.meta.json": where sidecar messages point.
std::string SidecarName(const std::string& name) {
  std::string base = name;
  size_t slash = base.find_last_of('/');
  size_t dot = base.find_last_of('.');
  if (dot != std::string::npos && (slash == std::string::npos || dot > slash)) {
    base.resize(dot);
  }
  return base + ".meta.json";
}

}  // namespace

void ParseText(const std::string& name, std::string bytes, const std::string* sidecar_json,
               const DocumentSink& on_document, const SkipSink& on_skip,
               const WarningSink& on_warning, const ReaderOptions& options) {
  if (auto why = WholeFileProblem(bytes, options)) {
    on_skip({name, *why});
    return;
  }
  if (auto why = Utf8Reason(bytes)) {
    on_skip({name, *why});
    return;
  }
  model::Document d;
  d.id = FileStem(name);
  d.origin = name;
  d.format = "text";
  if (sidecar_json) {
    const std::string where = SidecarName(name);
    nlohmann::json j;
    std::string error;
    if (!ParseJsonObject(*sidecar_json, j, error)) {
      if (on_warning) {
        on_warning({where, "broken sidecar: " + error + "; " + d.id + " is read without metadata"});
      }
    } else if (!j.is_object()) {
      if (on_warning) {
        on_warning({where, std::string("sidecar is a JSON ") + j.type_name() + ", not an object; " +
                               d.id + " is read without metadata"});
      }
    } else {
      Record record;
      RecordFromJson(j, record);
      ApplyMetadata(record, d, where, on_warning);
    }
  }
  d.text = std::move(bytes);
  d.boilerplate = FindBoilerplate(d.text);
  on_document(std::move(d));
}

}  // namespace claimgraph::ingest
