#include "ingest/boilerplate.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace claimgraph::ingest {
namespace {

std::vector<std::string> Marked(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& s : FindBoilerplate(text)) {
    out.push_back(text.substr(s.begin, s.size()));
  }
  return out;
}

// The shape of a scraped page pasted into a .txt: caption lines, a photo
// credit with an editor's initials, the article, a "related" header and a
// site notice at the end.
const char kScraped[] =
    "Harbour strike enters second week\n"
    "\n"
    "Dock workers walked out again on Monday, the union said.\n"
    "\n"
    "Workers gather at the harbour gate.\n"
    "Images source: \xC2\xA9 Example Images | Contributor#4471\n"
    "ed. KLM\n"
    "\n"
    "The union said on Monday that talks with the port operator had failed. \"We are not going "
    "back without a deal,\" its chairwoman told reporters.\n"
    "\n"
    "Related content\n"
    "\n"
    "\xC2\xA9\xC2\xA0"
    "Example Daily\n"
    "\xC2\xB7\n"
    "\n"
    "Copying, republication or any other use of content available on this website requires the "
    "prior written consent of Example Media Ltd, the owner of this website, including for the "
    "training of machine learning systems. Details of this notice are available here.";

TEST(FindBoilerplate, MarksCreditAndTrailingNoticeButNotCaptionOrProse) {
  std::string text = kScraped;
  auto marked = Marked(text);
  ASSERT_EQ(marked.size(), 2u) << testing::PrintToString(marked);
  EXPECT_EQ(marked[0], "Images source: \xC2\xA9 Example Images | Contributor#4471\ned. KLM");
  EXPECT_EQ(marked[1].substr(0, 15), "Related content");
  EXPECT_EQ(text.substr(text.size() - 30), marked[1].substr(marked[1].size() - 30));
  for (const auto& m : marked) {
    EXPECT_EQ(m.find("union said"), std::string::npos);
    EXPECT_EQ(m.find("Workers gather"), std::string::npos);
  }
}

TEST(FindBoilerplate, SpansAreTrimmedAndInsideText) {
  std::string text = kScraped;
  for (const auto& s : FindBoilerplate(text)) {
    ASSERT_LE(s.end, text.size());
    ASSERT_LT(s.begin, s.end);
    EXPECT_NE(text[s.begin], ' ');
    EXPECT_NE(text[s.end - 1], '\n');
  }
}

TEST(FindBoilerplate, CreditAndCopyrightLines) {
  EXPECT_EQ(Marked("Officials said the bridge was safe.\nPhoto: Jane Doe / Example Agency\n"
                   "Traffic resumed at noon.\n"),
            std::vector<std::string>{"Photo: Jane Doe / Example Agency"});
  EXPECT_EQ(Marked("The minister spoke on Friday.\r\nCopyright 2024 Example News. All rights "
                   "reserved.\r\n"),
            std::vector<std::string>{"Copyright 2024 Example News. All rights reserved."});
  EXPECT_EQ(Marked("Text of the report.\n\xC2\xA9 2025 Example Group\n"),
            std::vector<std::string>{"\xC2\xA9 2025 Example Group"});
  EXPECT_EQ(Marked("The mayor visited the site.\nJane Doe/Getty Images\n"),
            std::vector<std::string>{"Jane Doe/Getty Images"});
}

TEST(FindBoilerplate, AllRightsReservedLineInTheMiddle) {
  std::string text =
      "First part of the story, the police said.\n"
      "Example Media Group 2024. All Rights Reserved.\n"
      "Second part of the story.\n";
  EXPECT_EQ(Marked(text),
            std::vector<std::string>{"Example Media Group 2024. All Rights Reserved."});
}

// The line tests are asked only of lines whose first or last two bytes may
// hold a pattern, read in either case: these must all still be asked.
TEST(FindBoilerplate, LinePatternsInAnyCase) {
  EXPECT_EQ(Marked("The mayor visited the site.\nJane Doe / GETTY IMAGES\nStaff | afp\n"
                   "Jane Doe/Ap PhotO\nJane Doe | Epa-EFE\nThe river rose.\n"),
            (std::vector<std::string>{"Jane Doe / GETTY IMAGES\nStaff | afp\n"
                                      "Jane Doe/Ap PhotO\nJane Doe | Epa-EFE"}));
  EXPECT_EQ(Marked("First part.\nExample Media. ALL RIGHTS RESERVED. .\nSecond part.\n"),
            std::vector<std::string>{"Example Media. ALL RIGHTS RESERVED. ."});
  EXPECT_EQ(Marked("First part.\nPHOTO: Jane Doe\nSecond part.\nREAD MORE:\nA headline\n\nEnd.\n"),
            (std::vector<std::string>{"PHOTO: Jane Doe", "READ MORE:\nA headline"}));
}

// Most lines are passed over after one look at their first four bytes and
// their last three (PassOver): a line that a test holds for must never be.
// These are the lines that look least like the rest: after an indent, with
// a bracket, the patterns shorter than four bytes ("(c) ", "copyright",
// "ed: " under a credit), an agency after "via", "reserved" before periods.
TEST(FindBoilerplate, PrefilterPassesOverNoLineATestHoldsFor) {
  // Lines between two lines of prose, and what of them is marked.
  const std::pair<const char*, const char*> kCases[] = {
      {"    Photo: Jane Doe", "Photo: Jane Doe"},
      {"[PHOTO: Jane Doe]", "[PHOTO: Jane Doe]"},
      {"(C) 2025 Example Media", "(C) 2025 Example Media"},
      {"COPYRIGHT: Example Media", "COPYRIGHT: Example Media"},
      {"Photo: Jane Doe\nEd: KLM", "Photo: Jane Doe\nEd: KLM"},
      {"File/Jane Doe viaAFP", "File/Jane Doe viaAFP"},
      {"Example Media, all rights reserved . .", "Example Media, all rights reserved . ."},
      {"Most Popular\nA headline\n", "Most Popular\nA headline"},
  };
  for (const auto& [lines, marked] : kCases) {
    EXPECT_EQ(Marked("The port reopened.\n" + std::string(lines) + "\nThe river rose.\n"),
              std::vector<std::string>{marked})
        << lines;
  }
  // And lines that start or end like a pattern but hold none stay prose.
  EXPECT_TRUE(Marked("Photographers came.\nCopying is allowed.\nEditors reserved\n").empty());
}

// The notice phrases and the inline credits are looked for through tables
// of raw bytes that hold every case: upper case is found as lower case is.
TEST(FindBoilerplate, TailNoticeAndInlineCreditInAnyCase) {
  EXPECT_EQ(Marked("The port reopened on Monday.\n\n"
                   "THIS ARTICLE MAY NOT BE REPRODUCED WITHOUT PRIOR WRITTEN PERMISSION.\n"),
            std::vector<std::string>{
                "THIS ARTICLE MAY NOT BE REPRODUCED WITHOUT PRIOR WRITTEN PERMISSION."});
  EXPECT_EQ(Marked("Crowds at the gate. (PHOTO BY Jane Doe/Example Images)\nThe gate shut.\n"),
            std::vector<std::string>{"(PHOTO BY Jane Doe/Example Images)"});
  EXPECT_TRUE(
      Marked("Costs (1987 prices) rose; (Reporters) were told (Photographs aside).\n").empty());
}

// The notice phrases are looked for five positions to an eight-byte read,
// then one by one in the last bytes: a phrase is found at any offset. (The
// digits before it start no phrase, so no near miss realigns the reads.)
TEST(FindBoilerplate, NoticePhrasesAtEveryOffset) {
  for (size_t k = 0; k < 40; ++k) {
    const std::string notice = std::string(k, '7') + "Terms of use; permission needed";
    EXPECT_EQ(Marked("The port reopened.\n\n" + notice), std::vector<std::string>{notice}) << k;
    const std::string weak = std::string(k, '7') + "Terms of use apply to the port";
    EXPECT_TRUE(Marked("The port reopened.\n\n" + weak).empty()) << k;
  }
}

TEST(FindBoilerplate, InlinePhotoCreditInCaption) {
  std::string text =
      "Rescue teams search the rubble on Sunday. (Photo by Jane Doe/Example Images)\n"
      "The fire service said three people were missing.\n";
  EXPECT_EQ(Marked(text), std::vector<std::string>{"(Photo by Jane Doe/Example Images)"});
}

TEST(FindBoilerplate, ParenthesisedWordsAreNotCredits) {
  std::string text =
      "Talks with its lenders (creditors) stalled, the firm (Credit Union Ltd) said.\n"
      "The report (photographs included) was published on Monday.\n";
  EXPECT_TRUE(Marked(text).empty()) << testing::PrintToString(Marked(text));
  EXPECT_EQ(Marked("Soldiers train near the border (AP Photo/Jane Doe)\n"),
            std::vector<std::string>{"(AP Photo/Jane Doe)"});
}

TEST(FindBoilerplate, WireFooterAndTailNotice) {
  std::string text =
      "The central bank kept rates on hold, its governor said.\n\n"
      "Reporting by Jane Doe; Editing by John Roe\n\n"
      "This article is republished from Example Review under a Creative Commons license.\n";
  auto marked = Marked(text);
  ASSERT_EQ(marked.size(), 1u) << testing::PrintToString(marked);
  EXPECT_EQ(marked[0].substr(0, 12), "Reporting by");
  EXPECT_NE(marked[0].find("Creative Commons license."), std::string::npos);
}

TEST(FindBoilerplate, FeedFooters) {
  std::string text =
      "The council approved the budget on Tuesday, the mayor said.\n\n"
      "Continue reading\n\n"
      "The post Council approves budget appeared first on Example Town News.";
  auto marked = Marked(text);
  ASSERT_EQ(marked.size(), 1u) << testing::PrintToString(marked);
  EXPECT_EQ(marked[0].substr(0, 16), "Continue reading");
}

TEST(FindBoilerplate, RelatedListUnderHeader) {
  std::string text =
      "The port reopened on Tuesday, officials said.\n\n"
      "Read more:\n"
      "Storm damage bill rises\n"
      "Ferry timetable changes\n\n"
      "Repairs will cost about 2 million euros, the council said.\n";
  auto marked = Marked(text);
  ASSERT_EQ(marked.size(), 1u) << testing::PrintToString(marked);
  EXPECT_EQ(marked[0], "Read more:\nStorm damage bill rises\nFerry timetable changes");
}

TEST(FindBoilerplate, LeavesOrdinaryProseAlone) {
  // Words that also occur in boilerplate, used as news.
  std::string text =
      "Photographs released by the ministry showed damaged tanks.\n"
      "Images of the convoy spread online, the agency said.\n"
      "Credit card fraud rose by 12 percent, the regulator said.\n"
      "Copyright laws will be reviewed next year, the minister said.\n"
      "The company said its terms of service banned the practice.\n";
  EXPECT_TRUE(Marked(text).empty()) << testing::PrintToString(Marked(text));
}

TEST(FindBoilerplate, ReprintNoteAtTheTopIsNotMarked) {
  // Where the article came from is provenance, kept with its names.
  std::string text =
      "This article was originally published by Example Radio and is reprinted with "
      "permission.\n\nOfficials said on Friday that the talks would resume.\n";
  EXPECT_TRUE(Marked(text).empty());
}

TEST(FindBoilerplate, LongSingleLineIsLinear) {
  std::string text(50u << 20, 'a');
  for (size_t i = 100; i < text.size(); i += 100) {
    text[i] = ' ';
  }
  EXPECT_TRUE(FindBoilerplate(text).empty());
}

}  // namespace
}  // namespace claimgraph::ingest
