// ingest: turns input paths into Documents. The one door of the stage.
//
//   ingest::Reader reader(options);
//   reader.Read({"seeds/"}, [](model::Document&& d) { ... }, [](const ingest::Skip& s) { ... });
//
// Inputs are files or folders (recursive, visited in sorted path order,
// hidden dot-names skipped) or "-" (JSON Lines on stdin). Formats by
// extension: NAME.txt (+ optional NAME.meta.json sidecar), *.jsonl,
// *.xml/*.rss/*.atom/*.nitf (RSS 2.0, Atom or NITF by root element),
// *.html/*.htm. In folders, other files (*.meta.json, *.md, *.json, unknown
// extensions) are not inputs and are ignored silently; named on the command
// line they are skipped with a message.
//
// A bad input (binary, invalid UTF-8, malformed XML, empty, too large,
// unreadable, nonexistent, duplicate id) is reported through `on_skip` with
// a message naming the file and line or byte, and reading goes on. Problems
// that do not stop a document (a broken sidecar, a malformed date, a
// metadata key of the wrong type) are warnings. Every input unit (a file, a
// JSON line, a feed item) is either delivered or skipped, never both.
//
// Input must be UTF-8; HTML and XML that declare Latin-1 / Windows-1252 are
// converted (their text is rebuilt from the markup anyway), plain text and
// JSON Lines never are. Readers keep texts as decoded (no normalisation; a
// .txt keeps its BOM and CRLF) and record site boilerplate they find in the text (photo credits,
// copyright and licence notices, "related" lists) in Document::boilerplate.
#ifndef CLAIMGRAPH_INGEST_INGEST_H_
#define CLAIMGRAPH_INGEST_INGEST_H_

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace claimgraph::ingest {

struct Skip {
  std::string where;   // "seeds/bad.txt", "corpus.jsonl:17", "feed.xml:item 3", "feed.xml:4:12"
  std::string reason;  // "invalid UTF-8 at byte 1234 (line 7, column 3)"
};

struct Warning {
  std::string where;
  std::string message;  // e.g. a broken sidecar; the document is still read
};

struct ReaderOptions {
  uint64_t max_document_bytes = 256ull << 20;  // larger documents are skipped
  // false: Reader delivers documents whose id it delivered before, and the
  // caller checks (the pipeline, in its index of ids on disk, so no copy of
  // them is kept in memory).
  bool check_duplicate_ids = true;
};

// Where documents were read ("corpus.jsonl:12346"), numbered in the order
// added, kept for a whole run in about the bytes one does not share with the
// one before: an origin is stored as the length of the prefix it shares with
// the previous one and the rest (3 bytes after "corpus.jsonl:12345", not the
// whole path again), in full every kRestart origins, so Get decodes at most
// kRestart of them. No string per origin, no copy when the log grows. For
// "duplicate id ... (first read from ORIGIN)".
class OriginLog {
 public:
  void Add(std::string_view origin);
  std::string Get(uint64_t n) const;  // origin number n (n < size())
  uint64_t size() const { return count_; }

 private:
  static constexpr uint64_t kRestart = 16;
  std::deque<char> bytes_;
  std::vector<uint64_t> restarts_;  // where origin k * kRestart begins in bytes_
  std::string last_;                // the origin added last
  uint64_t count_ = 0;
};

// The message of a document skipped because its id was read before.
std::string DuplicateIdReason(std::string_view id, std::string_view first_origin);

using DocumentSink = std::function<void(model::Document&&)>;
using SkipSink = std::function<void(const Skip&)>;
using WarningSink = std::function<void(const Warning&)>;

class Reader {
 public:
  explicit Reader(ReaderOptions options = {});
  ~Reader();
  // Reads every input; returns the number of bytes read. Duplicate ids
  // (across all inputs of this call and earlier calls) are skipped, unless
  // the options leave that to the caller.
  uint64_t Read(const std::vector<std::string>& inputs, const DocumentSink& on_document,
                const SkipSink& on_skip, const WarningSink& on_warning = nullptr);

 private:
  // Every document id read, and where (for the duplicate check): kept for
  // the whole run, so flat (ingest.cc).
  class SeenIds;
  ReaderOptions options_;
  std::unique_ptr<SeenIds> seen_;
};

// Parses one of the formats from memory (used by Reader, tests and fuzzers):
// pure functions, bytes in, callbacks out; they never throw and do not check
// duplicate ids (Reader does). `name` is used for ids and messages.
//
// NAME.txt: the id is NAME (the file stem of `name`); `sidecar_json` is the
// content of NAME.meta.json or nullptr when there is none.
void ParseText(const std::string& name, std::string bytes, const std::string* sidecar_json,
               const DocumentSink& on_document, const SkipSink& on_skip,
               const WarningSink& on_warning = nullptr, const ReaderOptions& options = {});
// JSON Lines: one object per line with `text` and optional `id` (default
// FILESTEM-LINENUMBER) and metadata; a bad line is skipped as "NAME:LINE".
void ParseJsonLines(const std::string& name, std::string_view bytes,
                    const DocumentSink& on_document, const SkipSink& on_skip,
                    const WarningSink& on_warning = nullptr, const ReaderOptions& options = {});
// RSS 2.0 / RSS 1.0, Atom or NITF, chosen by the root element.
void ParseXml(const std::string& name, std::string_view bytes, const DocumentSink& on_document,
              const SkipSink& on_skip, const WarningSink& on_warning = nullptr,
              const ReaderOptions& options = {});
// An HTML page: its article text and metadata; the id is the file stem.
void ParseHtml(const std::string& name, std::string_view bytes, const DocumentSink& on_document,
               const SkipSink& on_skip, const WarningSink& on_warning = nullptr,
               const ReaderOptions& options = {});

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_INGEST_INGEST_H_
