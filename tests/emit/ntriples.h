// A small N-Triples reader for tests: serdi's output, parsed back into
// strings so tests can compare literals byte for byte.
#ifndef CLAIMGRAPH_TESTS_EMIT_NTRIPLES_H_
#define CLAIMGRAPH_TESTS_EMIT_NTRIPLES_H_

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"

namespace claimgraph::emit::testing {

// One N-Triples statement, object literal unescaped (ECHAR and UCHAR).
struct NtTriple {
  std::string s, p, o;
  bool literal = false;
};

inline bool ParseHex(std::string_view h, char32_t& cp) {
  cp = 0;
  for (char c : h) {
    int d = (c >= '0' && c <= '9')   ? c - '0'
            : (c >= 'A' && c <= 'F') ? c - 'A' + 10
            : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                                     : -1;
    if (d < 0) return false;
    cp = cp * 16 + d;
  }
  return true;
}

inline bool ParseNtLine(std::string_view line, NtTriple& t) {
  auto iri = [&](size_t& i, std::string& out) {
    if (i >= line.size() || line[i] != '<') return false;
    size_t end = line.find('>', i);
    if (end == std::string_view::npos) return false;
    out.assign(line.substr(i + 1, end - i - 1));
    i = end + 2;
    return true;
  };
  size_t i = 0;
  if (!iri(i, t.s) || !iri(i, t.p)) return false;
  if (i < line.size() && line[i] == '<') {
    t.literal = false;
    return iri(i, t.o);
  }
  if (i >= line.size() || line[i] != '"') return false;
  t.literal = true;
  t.o.clear();
  for (++i; i < line.size() && line[i] != '"'; ++i) {
    if (line[i] != '\\') {
      t.o.push_back(line[i]);
      continue;
    }
    char e = line[++i];
    char32_t cp = 0;
    switch (e) {
      case 't':
        t.o.push_back('\t');
        break;
      case 'n':
        t.o.push_back('\n');
        break;
      case 'r':
        t.o.push_back('\r');
        break;
      case 'b':
        t.o.push_back('\b');
        break;
      case 'f':
        t.o.push_back('\f');
        break;
      case '"':
        t.o.push_back('"');
        break;
      case '\'':
        t.o.push_back('\'');
        break;
      case '\\':
        t.o.push_back('\\');
        break;
      case 'u':
        if (!ParseHex(line.substr(i + 1, 4), cp)) return false;
        utf8::Append(t.o, cp);
        i += 4;
        break;
      case 'U':
        if (!ParseHex(line.substr(i + 1, 8), cp)) return false;
        utf8::Append(t.o, cp);
        i += 8;
        break;
      default:
        return false;
    }
  }
  return i < line.size();
}

inline std::vector<NtTriple> ParseNt(const std::string& nt) {
  std::vector<NtTriple> out;
  std::istringstream in(nt);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    NtTriple t;
    EXPECT_TRUE(ParseNtLine(line, t)) << line;
    out.push_back(t);
  }
  return out;
}

}  // namespace claimgraph::emit::testing

#endif  // CLAIMGRAPH_TESTS_EMIT_NTRIPLES_H_
