// Checks every reader runs on raw bytes before parsing: binary content and
// UTF-8 validity, each giving one message that names the byte and line.
// Internal to src/ingest.
#ifndef CLAIMGRAPH_INGEST_INPUT_CHECKS_H_
#define CLAIMGRAPH_INGEST_INPUT_CHECKS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "ingest/ingest.h"

namespace claimgraph::ingest {

// How much of a file the control-character count looks at.
constexpr size_t kBinarySniffBytes = size_t{64} << 10;

// Why `bytes` is not text ("binary file: NUL byte at byte 17", "UTF-16 text
// (byte-order mark FF FE): convert it to UTF-8", "binary file: 40% control
// characters in the first 4096 bytes"), or nothing. Looks for NUL in the
// whole buffer (memchr) and counts control characters in the first 64 KiB.
std::optional<std::string> BinaryReason(std::string_view bytes);

// "invalid UTF-8 at byte 1234 (line 7, column 12)", or nothing when valid.
std::optional<std::string> Utf8Reason(std::string_view bytes);

// For markup only (HTML, XML), whose text is rebuilt anyway: when the first
// 1 KiB declares a Latin-1 / Windows-1252 charset ("charset=iso-8859-1",
// encoding="windows-1252"), the bytes converted to UTF-8; else nothing.
// Plain text is never converted (its offsets must stay those of the file).
std::optional<std::string> DeclaredLatin1ToUtf8(std::string_view bytes);

// True when `bytes` holds nothing but white space.
bool IsBlank(std::string_view bytes);

// Removes a leading UTF-8 byte-order mark.
std::string_view StripBom(std::string_view bytes);

// The file name without folders and without the last extension:
// "feeds/a.rss" -> "a". For "NAME.txt" that is the document id.
std::string FileStem(std::string_view path);

// The checks every whole-file reader makes first: empty or white space only,
// over options.max_document_bytes, binary. The skip reason, or nothing.
std::optional<std::string> WholeFileProblem(std::string_view bytes, const ReaderOptions& options);

// Markup (HTML, XML) that is not UTF-8 but declares Latin-1 / Windows-1252 is
// converted into `storage` and `bytes` pointed at it. Returns the skip reason
// when it is neither; `declared` names the declaration ("charset", "encoding").
std::optional<std::string> MarkupToUtf8(std::string_view& bytes,
                                        std::optional<std::string>& storage, const char* declared);

// Both of the above for a markup file: the skip reason, or nothing (with
// `bytes` then valid UTF-8, possibly pointing into `storage`).
std::optional<std::string> MarkupFileProblem(std::string_view& bytes,
                                             std::optional<std::string>& storage,
                                             const ReaderOptions& options, const char* declared);

// XML/HTML white space, and runs of it collapsed to one space (trimmed).
inline bool IsMarkupSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
std::string CollapseSpace(std::string_view s);

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_INGEST_INPUT_CHECKS_H_
