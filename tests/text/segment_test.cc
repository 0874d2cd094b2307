#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "text/text.h"

namespace claimgraph::text {
namespace {

using model::TokenKind;

std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& s : Segment(text).sentences) {
    out.emplace_back(text.substr(s.span.begin, s.span.size()));
  }
  return out;
}

std::vector<std::string> Tokens(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& t : Segment(text).tokens) {
    out.emplace_back(text.substr(t.span.begin, t.span.size()));
  }
  return out;
}

std::vector<TokenKind> Kinds(std::string_view text) {
  std::vector<TokenKind> out;
  for (const auto& t : Segment(text).tokens) {
    out.push_back(t.kind);
  }
  return out;
}

TEST(Segment, EmptyAndBlankTextHaveNothing) {
  EXPECT_TRUE(Segment("").tokens.empty());
  auto blank = Segment("  \n\n \t ");
  EXPECT_TRUE(blank.tokens.empty());
  EXPECT_TRUE(blank.sentences.empty());
  EXPECT_TRUE(blank.paragraphs.empty());
}

TEST(Segment, WordsKeepInnerApostrophesHyphensAndAbbreviationPeriods) {
  EXPECT_EQ(Tokens("The North\u2019s Il-hoon didn't visit the U.S. base."),
            (std::vector<std::string>{"The", "North\u2019s", "Il-hoon", "didn't", "visit", "the",
                                      "U.S.", "base", "."}));
  EXPECT_EQ(Tokens("at 9 a.m. in the U.N. hall"),
            (std::vector<std::string>{"at", "9", "a.m.", "in", "the", "U.N.", "hall"}));
  EXPECT_EQ(Tokens("KN-23 missiles"), (std::vector<std::string>{"KN-23", "missiles"}));
}

TEST(Segment, NumbersKeepSeparatorsAndSplitFromUnits) {
  EXPECT_EQ(Tokens("1,100 troops, 3.5 km and 240mm shells"),
            (std::vector<std::string>{"1,100", "troops", ",", "3.5", "km", "and", "240", "mm",
                                      "shells"}));
  EXPECT_EQ(Kinds("240mm 55%"), (std::vector<TokenKind>{TokenKind::kNumber, TokenKind::kWord,
                                                        TokenKind::kNumber, TokenKind::kSymbol}));
  EXPECT_EQ(Tokens("in 2024, 20,000-25,000"),
            (std::vector<std::string>{"in", "2024", ",", "20,000", "-", "25,000"}));
}

TEST(Segment, QuotesHaveDirection) {
  std::string_view text = "\u201cWe are ready,\u201d he said. \"Not yet,\" she said.";
  auto layer = Segment(text);
  ASSERT_GE(layer.tokens.size(), 6u);
  EXPECT_EQ(layer.tokens[0].kind, TokenKind::kOpenQuote);
  EXPECT_EQ(layer.tokens[5].kind, TokenKind::kCloseQuote);
  std::vector<TokenKind> kinds = Kinds("said \"Not yet,\" she");
  EXPECT_EQ(kinds[1], TokenKind::kOpenQuote);
  EXPECT_EQ(kinds[5], TokenKind::kCloseQuote);
  kinds = Kinds("called it \u2018a lie\u2019 today");
  EXPECT_EQ(kinds[2], TokenKind::kOpenQuote);
  EXPECT_EQ(kinds[5], TokenKind::kCloseQuote);
}

TEST(Segment, DashesAndEllipsisArePunctuation) {
  EXPECT_EQ(Tokens("Kyiv \u2014 the city\u2013wide plan... ok\u2026"),
            (std::vector<std::string>{"Kyiv", "\u2014", "the", "city", "\u2013", "wide", "plan",
                                      "...", "ok", "\u2026"}));
  EXPECT_EQ(Kinds("a \u2014 b")[1], TokenKind::kPunct);
}

TEST(Segment, TokensRecordSpaceBefore) {
  auto layer = Segment("He said: \"go\".");
  ASSERT_EQ(layer.tokens.size(), 7u);
  EXPECT_FALSE(layer.tokens[0].space_before);
  EXPECT_TRUE(layer.tokens[1].space_before);
  EXPECT_FALSE(layer.tokens[2].space_before);
  EXPECT_TRUE(layer.tokens[3].space_before);
}

TEST(Segment, TitlesAndAbbreviationsDoNotEndSentences) {
  EXPECT_EQ(Sentences("Lt. Gen. Ivan Petrov told Mr. Lee and Dr. Park about it. They agreed."),
            (std::vector<std::string>{"Lt. Gen. Ivan Petrov told Mr. Lee and Dr. Park about it.",
                                      "They agreed."}));
  EXPECT_EQ(Sentences("The U.S. Army and the U.N. Security Council met on Jan. 5 in No. 10."),
            (std::vector<std::string>{
                "The U.S. Army and the U.N. Security Council met on Jan. 5 in No. 10."}));
  EXPECT_EQ(Sentences("Troops left the U.S. The move was planned."),
            (std::vector<std::string>{"Troops left the U.S.", "The move was planned."}));
}

TEST(Segment, InitialsAndDecimalsDoNotEndSentences) {
  EXPECT_EQ(Sentences("J. R. Smith scored 3.5 points. Fans cheered."),
            (std::vector<std::string>{"J. R. Smith scored 3.5 points.", "Fans cheered."}));
  EXPECT_EQ(Sentences("It was signed by George W. Bush in 2002."),
            (std::vector<std::string>{"It was signed by George W. Bush in 2002."}));
}

TEST(Segment, QuoteClosingAfterFullStopBelongsToTheSentence) {
  EXPECT_EQ(Sentences("\u201cWe will not retreat,\u201d he said. \u201cNever.\u201d Next came "
                      "a vote."),
            (std::vector<std::string>{"\u201cWe will not retreat,\u201d he said.",
                                      "\u201cNever.\u201d", "Next came a vote."}));
  EXPECT_EQ(Sentences("\"Are you sure?\" he asked. She was."),
            (std::vector<std::string>{"\"Are you sure?\" he asked.", "She was."}));
}

TEST(Segment, LineBreaksEndParagraphsAndHeadlines) {
  std::string_view text =
      "Troops Gather Near Border\nOfficials said on Friday that 1,000 troops arrived.\n\n"
      "More are expected.  Talks continue\r\nIn Geneva.";
  auto layer = Segment(text);
  ASSERT_EQ(layer.paragraphs.size(), 4u);
  EXPECT_EQ(text.substr(layer.paragraphs[0].begin, layer.paragraphs[0].size()),
            "Troops Gather Near Border");
  EXPECT_EQ(Sentences(text),
            (std::vector<std::string>{"Troops Gather Near Border",
                                      "Officials said on Friday that 1,000 troops arrived.",
                                      "More are expected.", "Talks continue", "In Geneva."}));
  EXPECT_EQ(layer.sentences[2].paragraph, 2u);
  EXPECT_EQ(layer.sentences[3].paragraph, 2u);
}

TEST(Segment, MissingSpaceAfterFullStopStillEndsSentence) {
  EXPECT_EQ(Sentences("Copying is forbidden by law.Further details follow."),
            (std::vector<std::string>{"Copying is forbidden by law.", "Further details follow."}));
  EXPECT_EQ(Sentences("See example.com for more."),
            (std::vector<std::string>{"See example.com for more."}));
}

TEST(Segment, LinesWithoutWordsAreNoSentences) {
  EXPECT_EQ(Sentences("Related content\n\u00b7\n\nNext story here."),
            (std::vector<std::string>{"Related content", "Next story here."}));
}

TEST(Segment, HardWrappedLinesContinueTheSentence) {
  std::string_view text = "The mayor regularly\nvisits the port, and\nnobody minds.\nNew Line Here";
  EXPECT_EQ(Sentences(text),
            (std::vector<std::string>{"The mayor regularly\nvisits the port, and\nnobody minds.",
                                      "New Line Here"}));
  EXPECT_EQ(Segment(text).paragraphs.size(), 2u);
  // A blank line always separates paragraphs.
  EXPECT_EQ(Segment("Headline without stop\n\nlowercase start").paragraphs.size(), 2u);
}

TEST(Segment, WrappedLinesBeforeCapitalsAndNumbersContinue) {
  // Lines wrapped near 60 columns; the next paragraph is indented.
  std::string_view text =
      "The harbour authority said cargo volumes rose 4.2 pct in\n"
      "March, and that handling fees would stay at 12.50 crowns from\n"
      "1,200 tonnes up, the level set by the Northern Shipping\n"
      "Council last year.\n"
      "    Dock workers said the new cranes were late.";
  auto layer = Segment(text);
  ASSERT_EQ(layer.paragraphs.size(), 2u);
  EXPECT_EQ(Sentences(text), (std::vector<std::string>{
                                 "The harbour authority said cargo volumes rose 4.2 pct in\n"
                                 "March, and that handling fees would stay at 12.50 crowns from\n"
                                 "1,200 tonnes up, the level set by the Northern Shipping\n"
                                 "Council last year.",
                                 "Dock workers said the new cranes were late."}));
  // A wrapped line goes on in a parenthesis: "the Harbour Workers Union\n(HWU)".
  EXPECT_EQ(Sentences("The pay offer was turned down by the Lindby Harbour Workers Union\n"
                      "(HWU), which called a strike."),
            (std::vector<std::string>{"The pay offer was turned down by the Lindby Harbour "
                                      "Workers Union\n(HWU), which called a strike."}));
  // A line ending in a number goes on before a lowercase word: "a 100\nmln
  // dlr bond" is one amount.
  EXPECT_EQ(Sentences("The harbour board is issuing a 100\nmln crown bond due in May, the bank "
                      "said."),
            (std::vector<std::string>{
                "The harbour board is issuing a 100\nmln crown bond due in May, the bank said."}));
  // A short line ending in a word that never ends a line goes on.
  EXPECT_EQ(Segment("Harbour officials expect a rise of\nTen pct in fees.").paragraphs.size(), 1u);
  // A line ending in a plural's possessive apostrophe goes on.
  EXPECT_EQ(Segment("The levy will fund the harbour workers'\ncanteen and the new cranes.")
                .paragraphs.size(),
            1u);
  // A line ending in a name's closing angle bracket goes on before a
  // lower-case word, and a line break inside the brackets goes on too.
  EXPECT_EQ(Segment("<Lindby Harbour Company>\nsaid it has ordered two new cranes.")
                .paragraphs.size(),
            1u);
  EXPECT_EQ(Segment("Lindby Corp said <Norvane\nShipping Ltd> will build two new cranes.")
                .paragraphs.size(),
            1u);
  // A wrapped line goes on at a company's name in newswire angle brackets.
  EXPECT_EQ(Sentences("The Lindby Harbour Company said it has agreed with its partner\n"
                      "<Norvane Shipping Ltd> to build two new cranes."),
            (std::vector<std::string>{"The Lindby Harbour Company said it has agreed with its "
                                      "partner\n<Norvane Shipping Ltd> to build two new cranes."}));
}

TEST(Segment, WrappedLineEndingInAMiddleInitialContinues) {
  // "Jane R.\nRoe": a name wrapped after its middle initial is one sentence.
  std::string_view text =
      "The harbour board named a new chief executive, replacing Jane R.\n"
      "Roe, who retired in May, the board said in a statement.\n"
      "    Dock workers welcomed the choice of Group B.\n"
      "The talks ended on Friday without an agreement on pay.";
  EXPECT_EQ(Sentences(text),
            (std::vector<std::string>{"The harbour board named a new chief executive, replacing "
                                      "Jane R.\nRoe, who retired in May, the board said in a "
                                      "statement.",
                                      "Dock workers welcomed the choice of Group B.",
                                      "The talks ended on Friday without an agreement on pay."}));
}

TEST(Segment, LinesThatEndOrStandAloneStillSplit) {
  auto count = [](std::string_view text) { return Segment(text).paragraphs.size(); };
  // Short lines: headlines, bylines, datelines, list lines.
  EXPECT_EQ(count("Port Fees Rise Again\nThe harbour authority raised its fees."), 2u);
  EXPECT_EQ(count("By Anna Lindqvist\nStockholm\nDock workers walked out on Monday."), 3u);
  EXPECT_EQ(count("Buy bread\nCheck tyres\nCall the plumber"), 3u);
  // A long line that ends a sentence, after a colon or a quote.
  EXPECT_EQ(count("The harbour authority raised its fees for the third time this year.\n"
                  "Shipping lines protested against the rise on Tuesday morning."),
            2u);
  EXPECT_EQ(count("The harbour authority gave the following figures for the month:\n"
                  "Containers handled rose to 12,000 from 10,500 a year ago."),
            2u);
  EXPECT_EQ(count("\u201cWe will not accept this rise in fees at all,\u201d a shipping agent said\n"
                  "\u201cNobody asked us,\u201d another added."),
            2u);
  // An indented line, a numbered item, a blank line.
  EXPECT_EQ(count("The harbour authority raised its fees for containers and\n"
                  "  Bulk cargo handlers said they would appeal."),
            2u);
  EXPECT_EQ(count("The harbour authority listed the reasons for the new fees and\n"
                  "2. Rising energy costs at the container terminal."),
            2u);
  EXPECT_EQ(count("The harbour authority raised its fees for containers and\n\n"
                  "Bulk cargo handlers said they would appeal."),
            2u);
  // One paragraph per line: lines far longer than a wrap width.
  EXPECT_EQ(
      count("The harbour authority raised its fees for containers, bulk cargo and "
            "passenger ferries, citing energy costs and the new cranes \u2015 Anna Lindqvist\n"
            "Shipping lines protested on Tuesday."),
      2u);
  // A heading of wrap length stands alone before a paragraph on one long
  // line: hard-wrapped text goes on in lines no longer than a wrap width.
  EXPECT_EQ(count("The harbour authority raised its fees again this year.\n"
                  "Shipping Lines' Answer to the Harbour Authority Fee Rises\n"
                  "In a joint letter sent on Tuesday, the four largest shipping lines said "
                  "they would move their container traffic to the northern terminal."),
            3u);
}

TEST(Segment, ShortFirstLineOfWrappedTextContinues) {
  auto count = [](std::string_view text) { return Segment(text).paragraphs.size(); };
  // The first line is short where a dateline was cut from it; the text
  // below is wrapped near 60 columns.
  std::string_view text =
      "Northern Harbour Holdings Ltd and Baltic Cranes\n"
      "Corp said they would form a venture to build cranes for the\n"
      "container terminal, the first such project in the region.\n"
      "    Dock workers said the new cranes were late.";
  EXPECT_EQ(count(text), 2u);
  EXPECT_EQ(Sentences(text).front(),
            "Northern Harbour Holdings Ltd and Baltic Cranes\n"
            "Corp said they would form a venture to build cranes for the\n"
            "container terminal, the first such project in the region.");
  // A name cut after a possessive or a comma, even in capitals.
  EXPECT_EQ(count("Northern Harbour Holdings Ltd's\n"
                  "Baltic Cranes unit said it would build cranes for the port\n"
                  "of Lindby by the end of next year."),
            1u);
  EXPECT_EQ(count("The Northern Harbour Board,\n"
                  "NHB, said it would raise fees on containers and bulk cargo\n"
                  "from the first of next month."),
            1u);
}

TEST(Segment, TitleTellsAShortFirstLineFromAHeadline) {
  auto count = [](std::string_view text, std::string_view title) {
    return Segment(text, title).paragraphs.size();
  };
  // Every word capitalized, but the title is another line: the name goes on.
  std::string_view cut =
      "Northern Harbour Cranes\n"
      "Holdings Inc said it would build a second terminal for the\n"
      "container trade by the end of next year.";
  EXPECT_EQ(count(cut, "NORTHERN HARBOUR <NHC> TO BUILD TERMINAL"), 1u);
  EXPECT_EQ(Segment(cut).paragraphs.size(), 2u);  // untitled: read as a headline
  // The first line is the title, in any case and punctuation: a headline.
  std::string_view headed =
      "Port Fees Rise Again\n"
      "The harbour authority raised its fees for containers and\n"
      "bulk cargo on Monday, the third rise this year.";
  EXPECT_EQ(count(headed, "Port fees rise again."), 2u);
  EXPECT_EQ(count(headed, "PORT FEES RISE AGAIN"), 2u);
  // A headline wrapped over two lines begins the title.
  EXPECT_EQ(count("Port Fees Rise Again as Cranes\n"
                  "Arrive Late at the Container Terminal in Lindby Harbour\n\n"
                  "The harbour authority raised its fees on Monday.",
                  "Port Fees Rise Again as Cranes Arrive Late at the Container Terminal in "
                  "Lindby Harbour"),
            3u);
}

TEST(Segment, ShortFirstLinesThatStandAloneStillSplit) {
  auto count = [](std::string_view text) { return Segment(text).paragraphs.size(); };
  // Headlines in capitals or with every word capitalized.
  EXPECT_EQ(count("Port Fees Rise Again\n"
                  "The harbour authority raised its fees for containers and\n"
                  "bulk cargo on Monday, the third rise this year."),
            2u);
  EXPECT_EQ(count("PORT FEES RISE AGAIN\n"
                  "The harbour authority raised its fees for containers and\n"
                  "bulk cargo on Monday, the third rise this year."),
            2u);
  // The next line ends a sentence: one paragraph per line.
  EXPECT_EQ(count("Port fees rise again\n"
                  "The harbour authority raised its fees for all containers.\n"
                  "Shipping lines protested against the rise on Tuesday."),
            3u);
  // The next line is short (a list) or far longer than a wrap width.
  EXPECT_EQ(count("Shopping for the weekend\nBread and milk\nTyres for the van"), 3u);
  EXPECT_EQ(count("Port fees rise again\n"
                  "The harbour authority raised its fees for containers, bulk cargo and "
                  "passenger ferries, citing energy costs and the new cranes\n"
                  "Shipping lines protested on Tuesday."),
            3u);
  // Indented, after a blank line, or the text's only other line.
  EXPECT_EQ(count("Port fees rise again\n"
                  "  The harbour authority raised its fees for containers and\n"
                  "bulk cargo on Monday."),
            2u);
  EXPECT_EQ(count("Port fees rise again\n\n"
                  "The harbour authority raised its fees for containers and\n"
                  "bulk cargo on Monday."),
            2u);
  // Not the first line: a short line inside the text still splits.
  EXPECT_EQ(count("Dock workers walked out on Monday.\n"
                  "Fees for the harbour\n"
                  "The harbour authority raised its fees for containers and\n"
                  "bulk cargo on Monday."),
            3u);
}

TEST(Segment, SentencesIndexTheirTokens) {
  std::string_view text = "One two. Three four!";
  auto layer = Segment(text);
  ASSERT_EQ(layer.sentences.size(), 2u);
  EXPECT_EQ(layer.sentences[0].first_token, 0u);
  EXPECT_EQ(layer.sentences[0].end_token, 3u);
  EXPECT_EQ(layer.sentences[1].first_token, 3u);
  EXPECT_EQ(layer.sentences[1].end_token, 6u);
}

TEST(Segment, QuestionAndExclamationBeforeLowercaseContinue) {
  EXPECT_EQ(Sentences("\u201cWhy now?\u201d asked one man. Nobody knew!"),
            (std::vector<std::string>{"\u201cWhy now?\u201d asked one man.", "Nobody knew!"}));
}

TEST(Segment, NonAsciiLettersAndSpaces) {
  EXPECT_EQ(Tokens("\xEF\xBB\xBFZelens\u02b9kyy met Kim\u00a0Jong\u00a0Un in Pyongy\u00e1ng."),
            (std::vector<std::string>{"Zelens\u02b9kyy", "met", "Kim", "Jong", "Un", "in",
                                      "Pyongy\u00e1ng", "."}));
}

TEST(Segment, ByteSpansAreValid) {
  std::string text;
  for (int i = 0; i < 200; ++i) {
    text += "Mr. \u00c9mile said \u201cyes.\u201d It\u2019s 1,5 \u2014 ok?! ";
  }
  auto layer = Segment(text);
  uint32_t last_end = 0;
  for (const auto& t : layer.tokens) {
    EXPECT_LE(last_end, t.span.begin);
    EXPECT_LT(t.span.begin, t.span.end);
    last_end = t.span.end;
  }
  EXPECT_EQ(layer.sentences.back().end_token, layer.tokens.size());
}

// Words of every length up to well past the 64 bytes the tokenizer
// classifies at a time, at every offset: each is one token, whole.
TEST(Segment, WordsOfAnyLengthAcrossClassifiedBlocks) {
  std::string text;
  std::vector<std::string> expected;
  for (int n = 1; n <= 150; ++n) {
    std::string word(static_cast<size_t>(n), 'a');
    for (int i = 0; i < n; ++i) {
      word[static_cast<size_t>(i)] = static_cast<char>("bcdkmz0123"[(i * 7 + n) % 10]);
    }
    word[0] = 'q';
    expected.push_back(word);
    text += word;
    text += n % 3 == 0 ? ", " : " ";
    if (n % 3 == 0) {
      expected.push_back(",");
    }
  }
  text += "zz";  // a word ending the text
  expected.push_back("zz");
  EXPECT_EQ(Tokens(text), expected);
}

// The punctuation that the tokenizer takes right after a word in its loop
// over words ("said," "rose." "talks;") is a token of its own, a full stop
// ends the sentence, and a period that begins an abbreviation stays in it.
TEST(Segment, PunctuationRightAfterWords) {
  const std::string_view text =
      "Prices rose. The U.S. said, at 9 a.m. talks; (x) ended: yes... OK.";
  const std::vector<std::string> expected = {
      "Prices", "rose", ".", "The", "U.S.",  "said", ",",   "at",  "9",  "a.m.", "talks",
      ";",      "(",    "x", ")",   "ended", ":",    "yes", "...", "OK", "."};
  EXPECT_EQ(Tokens(text), expected);
  const auto kinds = Kinds(text);
  EXPECT_EQ(kinds[2], TokenKind::kPunct);
  EXPECT_EQ(kinds[4], TokenKind::kWord);
  EXPECT_EQ(kinds[6], TokenKind::kPunct);
  EXPECT_EQ(Sentences(text),
            (std::vector<std::string>{"Prices rose.",
                                      "The U.S. said, at 9 a.m. talks; (x) ended: yes...", "OK."}));
  const auto layer = Segment(text);
  EXPECT_TRUE(layer.tokens[3].space_before);   // " The"
  EXPECT_FALSE(layer.tokens[2].space_before);  // "rose."
}

// The layer's structure without its byte offsets: each token's kind and
// space_before, each sentence's tokens and paragraph.
std::vector<uint32_t> Shape(std::string_view text) {
  const model::TextLayer layer = Segment(text);
  std::vector<uint32_t> out = {static_cast<uint32_t>(layer.paragraphs.size())};
  for (const auto& t : layer.tokens) {
    out.push_back(static_cast<uint32_t>(t.kind) * 2 + (t.space_before ? 1 : 0));
  }
  for (const auto& s : layer.sentences) {
    out.insert(out.end(), {s.first_token, s.end_token, s.paragraph});
  }
  return out;
}

// The loop over words takes a word followed by one space and a letter from
// the bits of its block, a number after a word and a space, and a line feed
// after a word or its punctuation (with an indent or none before a letter)
// without leaving; a second space or a space before the line feed sends
// each to the general path. Both
// ways give the same tokens, sentences and paragraphs.
TEST(Segment, WordLoopAndGeneralPathAgree) {
  std::string single;
  std::string doubled;
  for (int n = 0; n < 200; ++n) {
    // Words of 1 to 9 letters, and numbers after some ("of 155,221 bags").
    std::string word(static_cast<size_t>(1 + (n * 5) % 9), "abcXyz"[n % 6]);
    if (n % 7 == 3) {
      word = std::vector<std::string>{"155,221", "5.93", "240mm", "7", "1987."}[n % 5];
    }
    single += word + " ";
    doubled += word + "  ";
  }
  EXPECT_EQ(Shape(single), Shape(doubled));
  for (std::string_view line_end :
       {"said\nthe", "said\n   the", "said\nThe", "said\n  The", "said.\nThe", "said.\nthe",
        "said,\nthe", "said,\nThe", "said;\nthe", "said)\nthe", "said\n\nthe", "said\n9 of",
        "said\n\"The", "said\r\nthe"}) {
    const std::string wrapped =
        "Lindby Harbour Holdings Inc chairman Jane Roe " + std::string(line_end) + " port fees.";
    const size_t line_feed = wrapped.find_first_of("\r\n");
    ASSERT_NE(line_feed, std::string::npos);
    const std::string spaced = wrapped.substr(0, line_feed) + " " + wrapped.substr(line_feed);
    EXPECT_EQ(Shape(wrapped), Shape(spaced)) << line_end;
  }
}

// Each token's text, kind and space_before, in order.
std::vector<std::string> TokenRecords(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& t : Segment(text).tokens) {
    out.push_back(std::string(text.substr(t.span.begin, t.span.size())) + "|" +
                  std::to_string(static_cast<int>(t.kind)) + (t.space_before ? "s" : ""));
  }
  return out;
}

// The loop over words keeps the bits of its block from word to word while
// words follow one another with a space between; after every other way it
// goes on (a number, a line feed, punctuation, a word ScanWord reads) it
// takes them again from where it stands. A made-up text of every such way in turn, at every
// offset of the blocks, gives the tokens of the same text with each space
// doubled (which the general path takes).
TEST(Segment, WordLoopBlockBitsAgreeWithGeneralPath) {
  const std::vector<std::string_view> after = {" ",    " ",      ", ",  ". ",  "\n",  "\n  ", "; ",
                                               " 12 ", " 5.93 ", ".\n", ",\n", " \"", ") "};
  std::string single;
  uint32_t x = 12345;
  for (int n = 0; n < 3000; ++n) {
    x = x * 1103515245u + 12345u;
    std::string word(1 + (x >> 16) % 12, 'a');
    for (size_t i = 0; i < word.size(); ++i) {
      word[i] = "abcdefXYZ019"[(x >> (i % 16)) % 12];
    }
    word[0] = "aqT"[(x >> 8) % 3];
    if ((x >> 24) % 5 == 0) {  // a word ScanWord reads
      word = std::vector<std::string>{"U.S.",   "it's",    "Il-hoon", "a.m.",
                                      "Jones'", "ex-U.S.", "KN-23"}[(x >> 12) % 7];
    }
    single += word;
    single += after[(x >> 20) % after.size()];
  }
  std::string doubled;
  for (char c : single) {
    doubled += c;
    if (c == ' ') {
      doubled += ' ';
    }
  }
  EXPECT_EQ(TokenRecords(single), TokenRecords(doubled));
}

// A layer passed again (as the pipeline does, one per thread) holds exactly
// what a new one would: nothing of the longer document before is left.
TEST(Segment, ReusedLayerHoldsWhatANewOneWould) {
  const std::string longer =
      "Harbour officials said on Monday that fees would rise, by 5 pct.\n\n"
      "The U.S. port's board met. \"We agree,\" it said.\nMore follows.";
  const std::string shorter = "Prices fell.\n\nTraders said so.";
  model::TextLayer layer;
  Segment(longer, {}, layer);
  Segment(shorter, {}, layer);
  const model::TextLayer fresh = Segment(shorter);
  ASSERT_EQ(layer.tokens.size(), fresh.tokens.size());
  for (size_t i = 0; i < fresh.tokens.size(); ++i) {
    EXPECT_EQ(layer.tokens[i].span.begin, fresh.tokens[i].span.begin);
    EXPECT_EQ(layer.tokens[i].span.end, fresh.tokens[i].span.end);
    EXPECT_EQ(layer.tokens[i].kind, fresh.tokens[i].kind);
    EXPECT_EQ(layer.tokens[i].space_before, fresh.tokens[i].space_before);
  }
  ASSERT_EQ(layer.sentences.size(), fresh.sentences.size());
  for (size_t i = 0; i < fresh.sentences.size(); ++i) {
    EXPECT_EQ(layer.sentences[i].first_token, fresh.sentences[i].first_token);
    EXPECT_EQ(layer.sentences[i].end_token, fresh.sentences[i].end_token);
    EXPECT_EQ(layer.sentences[i].paragraph, fresh.sentences[i].paragraph);
  }
  ASSERT_EQ(layer.paragraphs.size(), fresh.paragraphs.size());
  for (size_t i = 0; i < fresh.paragraphs.size(); ++i) {
    EXPECT_EQ(layer.paragraphs[i].begin, fresh.paragraphs[i].begin);
    EXPECT_EQ(layer.paragraphs[i].end, fresh.paragraphs[i].end);
  }
}

}  // namespace
}  // namespace claimgraph::text
