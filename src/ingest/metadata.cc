#include "ingest/metadata.h"

#include <nlohmann/json.hpp>

#include "base/utf8.h"
#include "ingest/dates.h"

namespace claimgraph::ingest {

Field* Record::Find(std::string_view key) {
  switch (key.size()) {
    case 2:
      return key == "id" ? &id : nullptr;
    case 3:
      return key == "url" ? &url : nullptr;
    case 4:
      return key == "text" ? &text : nullptr;
    case 5:
      return key == "title" ? &title : nullptr;
    case 6:
      return key == "author" ? &author : nullptr;
    case 8:
      return key == "language" ? &language : nullptr;
    case 9:
      return key == "publisher" ? &publisher : (key == "published" ? &published : nullptr);
    default:
      return nullptr;
  }
}

void RecordFromJson(const nlohmann::json& object, Record& record) {
  if (!object.is_object()) {
    return;
  }
  for (auto it = object.begin(); it != object.end(); ++it) {
    Field* f = record.Find(it.key());
    if (!f) {
      continue;
    }
    const auto& v = it.value();
    if (v.is_string()) {
      f->kind = Field::Kind::kString;
      f->value = v.get<std::string>();
    } else if (v.is_number()) {
      f->kind = Field::Kind::kNumber;
      f->value = v.dump();
      f->type = "number";
    } else {
      f->kind = Field::Kind::kOther;
      f->value.clear();
      f->type = v.type_name();
    }
  }
}

void ApplyMetadata(Record& r, model::Document& doc, const std::string& where,
                   const WarningSink& on_warning) {
  auto warn = [&](std::string message) {
    if (on_warning) {
      on_warning({where, std::move(message)});
    }
  };
  auto take = [&](Field& f, const char* key, std::string& into) {
    if (f.kind == Field::Kind::kAbsent) {
      return;
    }
    if (f.kind != Field::Kind::kString) {
      warn(std::string("\"") + key + "\" is a " + f.type + ", not a string; ignored");
      return;
    }
    into = std::move(f.value);
  };
  take(r.title, "title", doc.title);
  take(r.publisher, "publisher", doc.publisher);
  take(r.author, "author", doc.author);
  take(r.url, "url", doc.url);
  take(r.language, "language", doc.language);
  std::string published;
  take(r.published, "published", published);
  if (!published.empty()) {
    doc.published = NormaliseIsoDate(published);
    if (doc.published.empty()) {
      warn("\"published\" is not a date (YYYY-MM-DD): \"" + published + "\"; ignored");
    }
  }
}

namespace {

// SAX handler that accepts everything and remembers the first error.
struct ErrorFinder : nlohmann::json_sax<nlohmann::json> {
  size_t position = 0;
  std::string what;
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t pos, const std::string&,
                   const nlohmann::detail::exception& ex) override {
    position = pos;
    what = ex.what();
    return false;
  }
};

}  // namespace

bool ParseJsonObject(std::string_view json, nlohmann::json& out, std::string& error) {
  out = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
  if (!out.is_discarded()) {
    return true;
  }
  ErrorFinder finder;
  nlohmann::json::sax_parse(json.begin(), json.end(), &finder);
  // nlohmann's message reads "[json.exception.parse_error.101] parse error at
  // line 3, column 5: syntax error while parsing ..."; keep what follows the
  // position and give the position ourselves (1-based line and column).
  std::string detail = finder.what;
  size_t colon = detail.find(": ");
  if (colon != std::string::npos) {
    detail = detail.substr(colon + 2);
  }
  size_t at = finder.position > 0 ? finder.position - 1 : 0;
  auto lc = utf8::LocateByte(json, at);
  error =
      "line " + std::to_string(lc.line) + ", column " + std::to_string(lc.column) + ": " + detail;
  return false;
}

}  // namespace claimgraph::ingest
