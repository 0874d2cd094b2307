#include "ingest/json_lines.h"

#include <array>
#include <bit>
#include <charconv>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <nlohmann/json.hpp>

#include "base/utf8.h"
#include "ingest/boilerplate.h"
#include "ingest/input_checks.h"

namespace claimgraph::ingest {
namespace {

// A JSON reader for one flat object (RFC 8259 grammar, UTF-8 already
// validated by the caller).
class FlatReader {
 public:
  explicit FlatReader(std::string_view s) : p_(s.data()), end_(s.data() + s.size()) {}

  // object = ws "{" ws [ member *( ws "," ws member ) ] ws "}" ws
  bool Object(Record& record) {
    SkipWs();
    if (!Eat('{')) {
      return false;
    }
    SkipWs();
    if (Eat('}')) {
      return AtEnd();
    }
    std::string_view key;
    for (;;) {
      if (!PlainString(key) && !String(key_, key)) {
        return false;
      }
      if (!Separator(':')) {
        return false;
      }
      Field* f = record.Find(key);
      if (!Value(f, f == &record.text)) {
        return false;
      }
      if (Separator(',')) {
        continue;
      }
      if (!Eat('}')) {
        return false;
      }
      return AtEnd();
    }
  }

 private:
  bool AtEnd() {
    SkipWs();
    return p_ == end_;
  }
  void SkipWs() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\r' || *p_ == '\n')) {
      ++p_;
    }
  }
  // ws c ws; false when c is not there (with the white space before it
  // read). Writers put ": " and ", " between members, and no more: those
  // are taken in one test, not four of white space.
  bool Separator(char c) {
    if (end_ - p_ >= 3 && p_[0] == c && p_[1] == ' ' && static_cast<unsigned char>(p_[2]) > ' ') {
      p_ += 2;
      return true;
    }
    SkipWs();
    if (!Eat(c)) {
      return false;
    }
    SkipWs();
    return true;
  }
  bool Eat(char c) {
    if (p_ < end_ && *p_ == c) {
      ++p_;
      return true;
    }
    return false;
  }
  bool Literal(std::string_view word) {
    if (static_cast<size_t>(end_ - p_) < word.size() ||
        std::memcmp(p_, word.data(), word.size()) != 0) {
      return false;
    }
    p_ += word.size();
    return true;
  }

#if defined(__SSE2__)
  // Bit i set: byte i of `v` is a '"', '\\' or control byte.
  static unsigned SpecialMask(__m128i v) {
    const __m128i special = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
        _mm_cmplt_epi8(_mm_xor_si128(v, _mm_set1_epi8(static_cast<char>(0x80))),
                       _mm_set1_epi8(0x20 - 0x80)));
    return static_cast<unsigned>(_mm_movemask_epi8(special));
  }
#endif

  // A string without escapes (the usual key and short value), as a view of
  // the line; false with nothing read for any other string (or none).
  bool PlainString(std::string_view& out) {
    if (p_ >= end_ || *p_ != '"') {
      return false;
    }
    const char* b = p_ + 1;
    const char* q = b;
    bool found = false;  // q is at the '"', '\\' or control byte
#if defined(__SSE2__)
    for (; end_ - q >= 16; q += 16) {
      const unsigned mask = SpecialMask(_mm_loadu_si128(reinterpret_cast<const __m128i*>(q)));
      if (mask != 0) {
        q += __builtin_ctz(mask);
        found = true;
        break;
      }
    }
#endif
    while (!found && q < end_ && *q != '"' && *q != '\\' &&
           static_cast<unsigned char>(*q) >= 0x20) {
      ++q;
    }
    if (q >= end_ || *q != '"') {
      return false;
    }
    out = std::string_view(b, static_cast<size_t>(q - b));
    p_ = q + 1;
    return true;
  }

  // Any string, unescaped into `buffer`; `out` views it.
  bool String(std::string& buffer, std::string_view& out) {
    buffer.clear();
    if (!String(buffer)) {
      return false;
    }
    out = buffer;
    return true;
  }

  // value (flat only): string / number / true / false / null.
  bool Value(Field* f, bool is_text) {
    if (p_ >= end_) {
      return false;
    }
    const char c = *p_;
    if (c == '"') {
      if (!f) {
        std::string_view ignored;
        return PlainString(ignored) || String(scratch_, ignored);
      }
      f->kind = Field::Kind::kString;
      if (!(is_text && end_ - p_ > 256)) {
        std::string_view plain;
        if (PlainString(plain)) {
          f->value.assign(plain);
          return true;
        }
      }
      f->value.clear();
      // The article text is most of the line: one allocation, not log(n),
      // and written through a pointer, not appended piece by piece. No JSON
      // string is longer unescaped than the rest of the line holding it.
      if (is_text && end_ - p_ > 256) {
        f->value.resize(static_cast<size_t>(end_ - p_));
        BufferSink sink{f->value.data()};
        bool ok = String(sink);
        f->value.resize(static_cast<size_t>(sink.w - f->value.data()));
        return ok;
      }
      return String(f->value);
    }
    const char* start = p_;
    bool ok;
    const char* type;
    if (c == 't') {
      ok = Literal("true");
      type = "boolean";
    } else if (c == 'f') {
      ok = Literal("false");
      type = "boolean";
    } else if (c == 'n') {
      ok = Literal("null");
      type = "null";
    } else {
      ok = Number();
      type = "number";
    }
    if (!ok) {
      return false;
    }
    if (f) {
      f->kind = type[0] == 'n' && type[2] == 'm' ? Field::Kind::kNumber : Field::Kind::kOther;
      f->type = type;
      f->value.assign(start, p_);
    }
    return true;
  }

  // number = [ "-" ] int [ frac ] [ exp ]
  bool Number() {
    Eat('-');
    if (p_ >= end_) {
      return false;
    }
    if (*p_ == '0') {
      ++p_;
    } else if (*p_ >= '1' && *p_ <= '9') {
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') {
        ++p_;
      }
    } else {
      return false;
    }
    if (Eat('.')) {
      if (p_ >= end_ || *p_ < '0' || *p_ > '9') {
        return false;
      }
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') {
        ++p_;
      }
    }
    if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
      ++p_;
      if (p_ < end_ && (*p_ == '+' || *p_ == '-')) {
        ++p_;
      }
      if (p_ >= end_ || *p_ < '0' || *p_ > '9') {
        return false;
      }
      while (p_ < end_ && *p_ >= '0' && *p_ <= '9') {
        ++p_;
      }
    }
    return true;
  }

  static bool HasSpecial(uint64_t w) {
    // Any byte that is '"', '\\' or < 0x20 (may report false positives, which
    // only send us to the byte loop).
    constexpr uint64_t kOnes = 0x0101010101010101ULL;
    constexpr uint64_t kHigh = 0x8080808080808080ULL;
    uint64_t q = w ^ (kOnes * '"');
    uint64_t b = w ^ (kOnes * '\\');
    uint64_t has_q = (q - kOnes) & ~q & kHigh;
    uint64_t has_b = (b - kOnes) & ~b & kHigh;
    uint64_t has_c = (w - kOnes * 0x20) & ~w & kHigh;
    return (has_q | has_b | has_c) != 0;
  }

  int Hex4() {
    if (end_ - p_ < 4) {
      return -1;
    }
    int v = 0;
    for (int i = 0; i < 4; ++i) {
      char c = p_[i];
      int d = (c >= '0' && c <= '9')   ? c - '0'
              : (c >= 'a' && c <= 'f') ? c - 'a' + 10
              : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                       : -1;
      if (d < 0) {
        return -1;
      }
      v = v * 16 + d;
    }
    p_ += 4;
    return v;
  }

  // Where String writes: a string appended to, or a buffer known to be
  // large enough.
  struct StringSink {
    static constexpr bool kStores = false;
    std::string& s;
    // Appends [b, e); [b, stored) was already written (none here).
    void Append(const char* b, const char* /*stored*/, const char* e) { s.append(b, e); }
    void Push(char c) { s += c; }
    void Code(char32_t cp) { utf8::Append(s, cp); }
  };
  struct BufferSink {
    // The scan stores each 16-byte block it reads at the matching place
    // after w (ahead of w by no more than it is ahead in the input, so
    // within the buffer); Append then copies only what came after.
    static constexpr bool kStores = true;
    char* w;
    void Append(const char* b, const char* stored, const char* e) {
      w += stored - b;
      std::memcpy(w, stored, static_cast<size_t>(e - stored));
      w += e - stored;
    }
    void Push(char c) { *w++ = c; }
    void Code(char32_t cp) {
      std::string bytes;
      utf8::Append(bytes, cp);
      std::memcpy(w, bytes.data(), bytes.size());
      w += bytes.size();
    }
  };

  bool String(std::string& out) {
    StringSink sink{out};
    return String(sink);
  }

  // What the one-character escapes \" \\ \/ \b \f \n \r \t stand for (0: none).
  static constexpr std::array<char, 256> kSimpleEscapes = [] {
    std::array<char, 256> t{};
    t['"'] = '"';
    t['\\'] = '\\';
    t['/'] = '/';
    t['b'] = '\b';
    t['f'] = '\f';
    t['n'] = '\n';
    t['r'] = '\r';
    t['t'] = '\t';
    return t;
  }();

  // The body of a long string into a buffer: 64 or 16 bytes at a time, each
  // block stored where it goes, one-character escapes ("\n" in article text)
  // written without leaving the loop. Stops short of the closing quote, any
  // other escape, a control byte or the last 16 bytes of the line, which the
  // general loop of String takes.
  void StoreRun(BufferSink& out) {
#if defined(__SSE2__)
    const char* p = p_;
    char* w = out.w;
    // 64 bytes at a time while they last, with one test of their four
    // masks (the article text runs 60 bytes and more between escapes), then
    // 16 at a time.
    if (StoreBlocks<4>(p, w, end_)) {
      StoreBlocks<1>(p, w, end_);
    }
    p_ = p;
    out.w = w;
#else
    (void)out;
#endif
  }

#if defined(__SSE2__)
  // StoreRun's loop, 16 * kBlocks bytes at a time up to `end`: false when it
  // stopped at a byte it does not take. `end` is a copy of end_, which the
  // stores through `w` might otherwise change as far as the compiler knows.
  template <int kBlocks>
  static bool StoreBlocks(const char*& p, char*& w, const char* const end) {
    while (end - p >= 16 * kBlocks) {
      uint64_t mask = 0;
      for (int i = 0; i < kBlocks; ++i) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * i));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(w + 16 * i), v);
        mask |= static_cast<uint64_t>(SpecialMask(v)) << (16 * i);
      }
      if (mask == 0) {
        p += 16 * kBlocks;
        w += 16 * kBlocks;
        continue;
      }
      const int k = std::countr_zero(mask);
      p += k;
      w += k;
      if (*p != '\\' || end - p < 2) {
        return false;
      }
      const char e = kSimpleEscapes[static_cast<unsigned char>(p[1])];
      if (e == 0) {
        return false;
      }
      *w++ = e;
      p += 2;
    }
    return true;
  }
#endif

  // string = quotation-mark *char quotation-mark
  template <typename Sink>
  bool String(Sink& out) {
    if (!Eat('"')) {
      return false;
    }
    for (;;) {
      if constexpr (Sink::kStores) {
        StoreRun(out);
      }
      const char* run = p_;
      bool found = false;  // p_ is at the '"', '\\' or control byte
#if defined(__SSE2__)
      // 16 bytes at a time: stop at the first '"', '\\' or control byte.
      while (end_ - p_ >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p_));
        if constexpr (Sink::kStores) {
          _mm_storeu_si128(reinterpret_cast<__m128i*>(out.w + (p_ - run)), v);
        }
        if (const unsigned mask = SpecialMask(v); mask != 0) {
          p_ += __builtin_ctz(mask);
          found = true;
          break;
        }
        p_ += 16;
      }
      const char* stored = Sink::kStores ? p_ : run;
#else
      const char* stored = run;
#endif
      if (!found) {
        while (end_ - p_ >= 8) {
          uint64_t w;
          std::memcpy(&w, p_, 8);
          if (HasSpecial(w)) {
            break;
          }
          p_ += 8;
        }
        while (p_ < end_ && *p_ != '"' && *p_ != '\\' && static_cast<unsigned char>(*p_) >= 0x20) {
          ++p_;
        }
      }
      out.Append(run, stored, p_);
      if (p_ >= end_) {
        return false;
      }
      const char c = *p_++;
      if (c == '"') {
        return true;
      }
      if (c != '\\') {
        if (static_cast<unsigned char>(c) < 0x20) {
          return false;  // raw control character
        }
        continue;
      }
      if (p_ >= end_) {
        return false;
      }
      switch (*p_++) {
        case '"':
          out.Push('"');
          break;
        case '\\':
          out.Push('\\');
          break;
        case '/':
          out.Push('/');
          break;
        case 'b':
          out.Push('\b');
          break;
        case 'f':
          out.Push('\f');
          break;
        case 'n':
          out.Push('\n');
          break;
        case 'r':
          out.Push('\r');
          break;
        case 't':
          out.Push('\t');
          break;
        case 'u': {
          int cp = Hex4();
          if (cp < 0) {
            return false;
          }
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (!Literal("\\u")) {
              return false;
            }
            int lo = Hex4();
            if (lo < 0xDC00 || lo > 0xDFFF) {
              return false;
            }
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return false;
          }
          out.Code(static_cast<char32_t>(cp));
          break;
        }
        default:
          return false;
      }
    }
  }

  const char* p_;
  const char* end_;
  std::string key_;  // a key with escapes, unescaped
  std::string scratch_;
};

}  // namespace

bool ParseFlatObject(std::string_view line, Record& record) {
  FlatReader reader(line);
  return reader.Object(record);
}

JsonLinesParser::JsonLinesParser(std::string name, const DocumentSink& on_document,
                                 const SkipSink& on_skip, const WarningSink& on_warning,
                                 uint64_t max_document_bytes)
    : name_(std::move(name)),
      stem_(FileStem(name_)),
      on_document_(on_document),
      on_skip_(on_skip),
      on_warning_(on_warning),
      max_document_bytes_(max_document_bytes) {}

void JsonLinesParser::Line(std::string_view line, uint64_t line_number) {
  if (line_number == 1) {
    line = StripBom(line);
  }
  if (!line.empty() && line.back() == '\r') {
    line.remove_suffix(1);
  }
  if (IsBlank(line)) {
    return;
  }
  ++records_;
  // "FILE:LINE", the document's origin: one allocation (name_ + ":" and then
  // the number made two, and freed one).
  char number[24];
  const auto digits = std::to_chars(number, number + sizeof number, line_number);
  std::string where;
  where.reserve(name_.size() + 1 + static_cast<size_t>(digits.ptr - number));
  where.append(name_).append(1, ':').append(number, digits.ptr);
  auto skip = [&](std::string reason) { on_skip_({where, std::move(reason)}); };
  if (line.size() > max_document_bytes_) {
    skip("line of " + std::to_string(line.size()) + " bytes is over the limit of " +
         std::to_string(max_document_bytes_) + " bytes");
    return;
  }
  size_t bad = utf8::FindInvalid(line);
  if (bad != utf8::kValid) {
    skip("invalid UTF-8 at column " + std::to_string(bad + 1));
    return;
  }
  Record record;
  if (!ParseFlatObject(line, record)) {
    record = Record();
    nlohmann::json j;
    std::string error;
    if (!ParseJsonObject(line, j, error)) {
      // "line 1, column C: ..." -> "column C: ..." (the line is ours).
      if (error.rfind("line 1, ", 0) == 0) {
        error = error.substr(8);
      }
      skip("invalid JSON: " + error);
      return;
    }
    if (!j.is_object()) {
      skip(std::string("not a JSON object (a ") + j.type_name() + ")");
      return;
    }
    RecordFromJson(j, record);
  }
  if (record.text.kind == Field::Kind::kAbsent) {
    skip("no \"text\"");
    return;
  }
  if (record.text.kind != Field::Kind::kString) {
    skip(std::string("\"text\" is a ") + record.text.type + ", not a string");
    return;
  }
  if (IsBlank(record.text.value)) {
    skip("\"text\" is empty");
    return;
  }
  model::Document doc;
  if ((record.id.kind == Field::Kind::kString && !IsBlank(record.id.value)) ||
      record.id.kind == Field::Kind::kNumber) {
    doc.id = std::move(record.id.value);
  } else {
    if (record.id.kind != Field::Kind::kAbsent && on_warning_) {
      on_warning_({where, "\"id\" is not a usable string; using " + stem_ + "-" +
                              std::to_string(line_number)});
    }
    doc.id = stem_ + "-" + std::to_string(line_number);
  }
  doc.text = std::move(record.text.value);
  doc.format = "jsonl";
  ApplyMetadata(record, doc, where, on_warning_);
  doc.origin = std::move(where);  // its last use
  doc.boilerplate = FindBoilerplate(doc.text);
  on_document_(std::move(doc));
}

void ScanJsonLines(std::string_view bytes, JsonLinesParser& parser,
                   const std::function<void(size_t)>& on_progress) {
  constexpr size_t kProgressEvery = 1u << 20;
  const char* begin = bytes.data();
  const char* p = begin;
  const char* end = begin + bytes.size();
  size_t next_progress = kProgressEvery;
  uint64_t line_number = 0;
  while (p < end) {
    const char* nl = static_cast<const char*>(std::memchr(p, '\n', end - p));
    const char* line_end = nl ? nl : end;
    parser.Line(std::string_view(p, line_end - p), ++line_number);
    p = nl ? nl + 1 : end;
    if (on_progress && static_cast<size_t>(p - begin) >= next_progress) {
      on_progress(p - begin);
      next_progress = (p - begin) + kProgressEvery;
    }
  }
}

void ParseJsonLines(const std::string& name, std::string_view bytes,
                    const DocumentSink& on_document, const SkipSink& on_skip,
                    const WarningSink& on_warning, const ReaderOptions& options) {
  if (bytes.empty()) {
    on_skip({name, "empty file"});
    return;
  }
  if (auto why = BinaryReason(bytes.substr(0, kBinarySniffBytes))) {
    on_skip({name, *why});
    return;
  }
  JsonLinesParser parser(name, on_document, on_skip, on_warning, options.max_document_bytes);
  ScanJsonLines(bytes, parser);
  if (parser.records() == 0) {
    on_skip({name, "no JSON records (blank lines only)"});
  }
}

}  // namespace claimgraph::ingest
