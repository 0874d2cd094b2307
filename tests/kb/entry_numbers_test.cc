// KB entry numbers: one per distinct IRI, the IRI back from its number, 0 for
// none, the same from every thread.
#include "kb/entry_numbers.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace claimgraph::kb {
namespace {

TEST(EntryNumbers, SameIriSameNumber) {
  const uint32_t ukraine = EntryNumber("https://example.org/kb/test/ukraine");
  const uint32_t poland = EntryNumber("https://example.org/kb/test/poland");
  EXPECT_NE(ukraine, 0u);
  EXPECT_NE(poland, ukraine);
  EXPECT_EQ(EntryNumber(std::string("https://example.org/kb/test/") + "ukraine"), ukraine);
}

TEST(EntryNumbers, IriBackFromItsNumber) {
  const uint32_t n = EntryNumber("https://example.org/kb/test/norvane");
  EXPECT_EQ(EntryIri(n), "https://example.org/kb/test/norvane");
}

TEST(EntryNumbers, EmptyIsZero) {
  EXPECT_EQ(EntryNumber(""), 0u);
  EXPECT_EQ(EntryIri(0), "");
}

TEST(EntryNumbers, ThreadsAgree) {
  constexpr int kIris = 500;
  std::vector<uint32_t> a(kIris), b(kIris);
  auto number_all = [](std::vector<uint32_t>& out, bool backwards) {
    for (int k = 0; k < kIris; ++k) {
      const int i = backwards ? kIris - 1 - k : k;
      out[i] = EntryNumber("https://example.org/kb/threads/" + std::to_string(i));
    }
  };
  std::thread t1(number_all, std::ref(a), false);
  std::thread t2(number_all, std::ref(b), true);
  t1.join();
  t2.join();
  EXPECT_EQ(a, b);
  for (int i = 0; i < kIris; ++i) {
    EXPECT_EQ(EntryIri(a[i]), "https://example.org/kb/threads/" + std::to_string(i));
  }
}

}  // namespace
}  // namespace claimgraph::kb
