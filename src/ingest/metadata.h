// Article records as JSON: the keys a sidecar (NAME.meta.json) or a JSON
// Lines record may carry, and how they become Document fields. Internal to
// src/ingest; json_lines.cc and text_reader.cc share it.
#ifndef CLAIMGRAPH_INGEST_METADATA_H_
#define CLAIMGRAPH_INGEST_METADATA_H_

#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>

#include "ingest/ingest.h"

namespace claimgraph::ingest {

// One known key of a record: absent, a string (decoded), or another JSON
// type (`type` names it for messages; numbers keep their literal in `value`).
struct Field {
  enum class Kind { kAbsent, kString, kNumber, kOther };
  Kind kind = Kind::kAbsent;
  std::string value;
  const char* type = "";  // "number", "object", "array", "boolean", "null"
};

// The keys readers know; every other key is ignored.
struct Record {
  Field id, text, title, publisher, author, url, published, language;
  // The field for `key`, or nullptr when the key is not one of the above.
  Field* Find(std::string_view key);
};

// Fills a record from a parsed JSON object (non-object: nothing is filled).
void RecordFromJson(const nlohmann::json& object, Record& record);

// Copies title, publisher, author, url, published (normalised to
// YYYY-MM-DD) and language into `doc`. A key of the wrong type or a
// malformed date is dropped with a warning at `where`.
void ApplyMetadata(Record& record, model::Document& doc, const std::string& where,
                   const WarningSink& on_warning);

// Parses a sidecar; on a syntax error returns false and sets `error` to
// "line L, column C: <what the parser expected>".
bool ParseJsonObject(std::string_view json, nlohmann::json& out, std::string& error);

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_INGEST_METADATA_H_
