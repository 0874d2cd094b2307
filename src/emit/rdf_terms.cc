#include "emit/rdf_terms.h"

#include <charconv>
#include <cmath>
#include <optional>

#include "base/calendar.h"
#include "base/utf8.h"
#include "emit/rdf_vocab.h"

namespace claimgraph::emit {

namespace {

bool IsUnreserved(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~';
}

bool IsHex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

void AppendEncoded(std::string& out, unsigned char c) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  out.push_back('%');
  out.push_back(kHex[c >> 4]);
  out.push_back(kHex[c & 15]);
}

}  // namespace

void AppendPathPart(std::string& out, std::string_view s, bool keep_slash) {
  size_t seg_start = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && !(keep_slash && s[i] == '/')) {
      continue;
    }
    std::string_view seg = s.substr(seg_start, i - seg_start);
    const bool all_dots = !seg.empty() && seg.find_first_not_of('.') == std::string_view::npos;
    for (char ch : seg) {
      auto c = static_cast<unsigned char>(ch);
      if (IsUnreserved(c) && !(all_dots && c == '.')) {
        out.push_back(ch);
      } else {
        AppendEncoded(out, c);
      }
    }
    if (i < s.size()) {
      out.push_back('/');
    }
    seg_start = i + 1;
  }
}

namespace {

// ucschar (RFC 3987, 2.2): the non-ASCII code points an IRI may hold outside
// its query (iprivate is left out: such a URL is kept as a string).
bool IsUcschar(char32_t c) {
  if (c >= 0xA0 && c <= 0xD7FF) {
    return true;
  }
  if (c >= 0xF900 && c <= 0xFDCF) {
    return true;
  }
  if (c >= 0xFDF0 && c <= 0xFFEF) {
    return true;
  }
  if (c >= 0x10000 && c <= 0xEFFFD) {
    const char32_t low = c & 0xFFFF;
    return low <= 0xFFFD && !(c >= 0xE0000 && c < 0xE1000);
  }
  return false;
}

bool IsSubDelim(char c) {
  switch (c) {
    case '!':
    case '$':
    case '&':
    case '\'':
    case '(':
    case ')':
    case '*':
    case '+':
    case ',':
    case ';':
    case '=':
      return true;
    default:
      return false;
  }
}

// Checks that every character of `part` is iunreserved, pct-encoded,
// sub-delims or one of `extra`.
bool AllIriChars(std::string_view part, std::string_view extra) {
  for (size_t i = 0; i < part.size();) {
    const auto c = static_cast<unsigned char>(part[i]);
    if (c >= 0x80) {
      if (!IsUcschar(utf8::Decode(part, i))) {
        return false;
      }
      continue;
    }
    if (c == '%') {
      if (i + 2 >= part.size() || !IsHex(part[i + 1]) || !IsHex(part[i + 2])) {
        return false;
      }
      i += 3;
      continue;
    }
    if (!IsUnreserved(c) && !IsSubDelim(static_cast<char>(c)) &&
        extra.find(static_cast<char>(c)) == std::string_view::npos) {
      return false;
    }
    ++i;
  }
  return true;
}

}  // namespace

bool IsAbsoluteIri(std::string_view s) {
  if (utf8::FindInvalid(s) != utf8::kValid) {
    return false;
  }
  // scheme ::= ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )   (RFC 3986, 3.1)
  size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon == 0) {
    return false;
  }
  auto alpha = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  if (!alpha(s[0])) {
    return false;
  }
  for (size_t i = 1; i < colon; ++i) {
    char c = s[i];
    if (!alpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
      return false;
    }
  }
  std::string_view rest = s.substr(colon + 1);
  if (rest.empty()) {
    return false;
  }
  // ifragment ::= *( ipchar / "/" / "?" ), after the first '#' (no second '#').
  if (size_t hash = rest.find('#'); hash != std::string_view::npos) {
    if (!AllIriChars(rest.substr(hash + 1), ":@/?")) {
      return false;
    }
    rest = rest.substr(0, hash);
  }
  // "//" iauthority: [ iuserinfo "@" ] ihost [ ":" port ]; IP literals ("[...]")
  // are left to strings.
  if (rest.substr(0, 2) == "//") {
    size_t end = rest.find_first_of("/?", 2);
    std::string_view authority = rest.substr(2, end == std::string_view::npos ? end : end - 2);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end);
    if (size_t at = authority.rfind('@'); at != std::string_view::npos) {
      if (!AllIriChars(authority.substr(0, at), ":")) {
        return false;
      }
      authority = authority.substr(at + 1);
    }
    if (size_t port = authority.rfind(':'); port != std::string_view::npos) {
      for (char c : authority.substr(port + 1)) {
        if (c < '0' || c > '9') {
          return false;
        }
      }
      authority = authority.substr(0, port);
    }
    if (!AllIriChars(authority, "")) {
      return false;
    }
  }
  // ipath-* and iquery: ipchar / "/" / "?".
  return AllIriChars(rest, ":@/?");
}

const char* CalendarDatatype(std::string_view s) {
  const std::optional<calendar::Ymd> d = calendar::ParseIsoExact(s);
  if (!d || d->y == 0) {
    return nullptr;
  }
  return d->d != 0 ? vocab::kXsdDate : d->m != 0 ? vocab::kXsdGYearMonth : vocab::kXsdGYear;
}

const char* TimexCalendarValue(std::string_view timex, std::string_view& lexical) {
  lexical = timex;
  // "2025-01-24TMO", "2025-01-24T10:30": a time on a known day.
  if (timex.size() > 10 && timex[10] == 'T') {
    lexical = timex.substr(0, 10);
  }
  const char* dt = CalendarDatatype(lexical);
  if (dt == nullptr || (lexical.size() != timex.size() && dt != vocab::kXsdDate)) {
    lexical = {};
    return nullptr;
  }
  return dt;
}

bool FormatDecimal(double v, std::string& out) {
  out.clear();
  if (!std::isfinite(v)) {
    return false;
  }
  if (v == 0) {
    v = 0;  // no "-0"
  }
  char buf[400];
  // Shortest round-trip digits in fixed notation: never an exponent.
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
  if (r.ec != std::errc()) {
    return false;
  }
  out.assign(buf, r.ptr);
  return true;
}

void AppendUint(std::string& out, uint64_t v) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

}  // namespace claimgraph::emit
