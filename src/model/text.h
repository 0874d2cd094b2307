// The text layer: paragraphs, sentences and tokens of one document, as byte
// spans into Document::text.
#ifndef CLAIMGRAPH_MODEL_TEXT_H_
#define CLAIMGRAPH_MODEL_TEXT_H_

#include <cstdint>
#include <vector>

#include "model/document.h"

namespace claimgraph::model {

enum class TokenKind : uint8_t {
  kWord,        // letters, with inner apostrophes/hyphens/periods ("North's", "U.S.", "Il-hoon")
  kNumber,      // digits with separators: "1,100", "3.5"; "240mm" is kNumber "240" + kWord "mm"
  kPunct,       // . , ; : ! ? ( ) - – — …
  kOpenQuote,   // “ ‘ " (opening)
  kCloseQuote,  // ” ’ " (closing)
  kSymbol,      // anything else (%, $, /)
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
  bool space_before = false;  // whitespace precedes the token
};

struct Sentence {
  Span span;                 // from the first to the last token, inclusive
  uint32_t first_token = 0;  // index into TextLayer::tokens
  uint32_t end_token = 0;    // one past the last token
  uint32_t paragraph = 0;    // index into TextLayer::paragraphs
};

struct TextLayer {
  std::vector<Span> paragraphs;  // separated by blank lines or single line breaks
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
};

}  // namespace claimgraph::model

#endif  // CLAIMGRAPH_MODEL_TEXT_H_
