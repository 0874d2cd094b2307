#include "pipeline/file_io.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <filesystem>
#include <limits>
#include <string>

#include "test_dir.h"

namespace claimgraph::pipeline {
namespace {

TEST(Varint, RoundTripsAtTheByteBoundaries) {
  const struct {
    uint64_t n;
    size_t bytes;
  } cases[] = {{0, 1},
               {127, 1},
               {128, 2},
               {(uint64_t{1} << 14) - 1, 2},
               {uint64_t{1} << 14, 3},
               {std::numeric_limits<uint32_t>::max(), 5},
               {std::numeric_limits<uint64_t>::max(), 10}};
  for (const auto& c : cases) {
    std::string out = "x";  // appends after what is there
    PutVarint(out, c.n);
    EXPECT_EQ(out.size(), 1 + c.bytes) << c.n;
    size_t pos = 1;
    uint64_t back = 1;
    EXPECT_TRUE(GetVarint(out, pos, back)) << c.n;
    EXPECT_EQ(back, c.n);
    EXPECT_EQ(pos, out.size());
    // Cut short by a byte: no value.
    pos = 1;
    EXPECT_FALSE(GetVarint(std::string_view(out).substr(0, out.size() - 1), pos, back)) << c.n;
  }
}

TEST(Varint, SeveralInARowAndAnOverlongOneIsRejected) {
  std::string out;
  for (const uint64_t n : {uint64_t{300}, uint64_t{0}, uint64_t{1} << 40}) {
    PutVarint(out, n);
  }
  size_t pos = 0;
  uint64_t n = 0;
  ASSERT_TRUE(GetVarint(out, pos, n));
  EXPECT_EQ(n, 300u);
  ASSERT_TRUE(GetVarint(out, pos, n));
  EXPECT_EQ(n, 0u);
  ASSERT_TRUE(GetVarint(out, pos, n));
  EXPECT_EQ(n, uint64_t{1} << 40);
  EXPECT_FALSE(GetVarint(out, pos, n));  // nothing left
  const std::string overlong(11, '\x80');
  pos = 0;
  EXPECT_FALSE(GetVarint(overlong, pos, n));
}

TEST(Fixed, LittleEndianRoundTrip) {
  std::string out;
  PutFixed32(out, 0x01020304u);
  PutFixed64(out, 0xF0E0D0C0B0A09080ull);
  ASSERT_EQ(out.size(), 12u);
  EXPECT_EQ(out[0], '\x04');
  EXPECT_EQ(out[3], '\x01');
  EXPECT_EQ(out[4], '\x80');
  EXPECT_EQ(GetFixed32(out.data()), 0x01020304u);
  EXPECT_EQ(GetFixed64(out.data() + 4), 0xF0E0D0C0B0A09080ull);
}

// A file that gives at most 3 bytes a call and is interrupted every other
// call: the loop still reads every byte, in place.
TEST(WholeIo, GoesOnAfterShortCountsAndInterruptedCalls) {
  const std::string file = "abcdefghijklmnopqrstuvwxyz";
  int calls = 0;
  auto fake_pread = [&](char* p, size_t n, uint64_t at) -> ssize_t {
    if (++calls % 2 == 1) {
      errno = EINTR;
      return -1;
    }
    if (at >= file.size()) {
      return 0;
    }
    const size_t got = std::min({n, size_t{3}, file.size() - static_cast<size_t>(at)});
    file.copy(p, got, at);
    return static_cast<ssize_t>(got);
  };
  std::string buf(20, '.');
  ASSERT_TRUE(WholeIo(fake_pread, buf.data(), buf.size(), 4));
  EXPECT_EQ(buf, file.substr(4, 20));
  EXPECT_EQ(calls, 14);  // 7 reads, each after an interrupted call
  // Past the end: false, errno 0.
  errno = EIO;
  EXPECT_FALSE(WholeIo(fake_pread, buf.data(), 10, 20));
  EXPECT_EQ(errno, 0);
  // A real error: false, its errno.
  auto failing = [](char*, size_t, uint64_t) -> ssize_t {
    errno = EIO;
    return -1;
  };
  EXPECT_FALSE(WholeIo(failing, buf.data(), 1, 0));
  EXPECT_EQ(errno, EIO);
}

TEST(File, WritesAndReadsAtOffsetsAndNamesItselfInFailures) {
  const std::string dir = TestDir("cg_file_io_test");
  auto f = File::Temporary(dir, "spool", "spool file", 8);
  ASSERT_TRUE(f.ok()) << f.status().message();
  EXPECT_TRUE(std::filesystem::is_empty(dir));  // unlinked at once
  ASSERT_TRUE(f->WriteAt(8, "hello", 5).ok());
  std::string got;
  ASSERT_TRUE(f->ReadAt(6, 6, got).ok());
  EXPECT_EQ(got, std::string("\0\0hell", 6));  // the first 8 bytes are a hole
  const Status past = f->ReadAt(10, 4, got);
  EXPECT_EQ(past.message(), "spool: read failed: unexpected end of file");

  const std::string missing = dir + "/no/such";
  EXPECT_EQ(File::Temporary(missing, "spool", "spool file").status().message(),
            missing + ": cannot create a spool file: No such file or directory");
  EXPECT_EQ(File::OpenForReading(missing).status().message(),
            missing + ": cannot open: No such file or directory");
  EXPECT_EQ(File::Create(missing).status().message(), missing + ": No such file or directory");

  auto made = File::Create(dir + "/state.tmp");
  ASSERT_TRUE(made.ok());
  ASSERT_TRUE(made->WriteAt(0, "abc", 3).ok());
  ASSERT_TRUE(made->Close().ok());
  EXPECT_FALSE(made->is_open());
  auto read_only = File::OpenForReading(dir + "/state.tmp", "state");
  ASSERT_TRUE(read_only.ok());
  EXPECT_EQ(read_only->name(), "state");
  ASSERT_TRUE(read_only->ReadAt(0, 3, got).ok());
  EXPECT_EQ(got, "abc");
  EXPECT_EQ(read_only->WriteAt(0, "x", 1).message(), "state: write failed: Bad file descriptor");
  std::filesystem::remove_all(dir);
}

TEST(AppendBuffer, WritesWholeBlocksAndTheRestOnFlush) {
  const std::string dir = TestDir("cg_append_buffer_test");
  auto f = File::Create(dir + "/log");
  ASSERT_TRUE(f.ok());
  AppendBuffer out(8);
  out.bytes() += "12345";
  ASSERT_TRUE(out.Appended(*f).ok());
  EXPECT_EQ(out.flushed(), 0u);  // less than a block: held
  EXPECT_EQ(out.end(), 5u);
  out.bytes() += "6789";
  ASSERT_TRUE(out.Appended(*f).ok());
  EXPECT_EQ(out.flushed(), 9u);
  EXPECT_TRUE(out.bytes().empty());
  out.bytes() += "ab";
  EXPECT_EQ(std::filesystem::file_size(dir + "/log"), 9u);
  ASSERT_TRUE(out.Flush(*f).ok());
  EXPECT_EQ(out.end(), 11u);
  auto in = File::OpenForReading(dir + "/log");
  std::string got;
  ASSERT_TRUE(in->ReadAt(0, 11, got).ok());
  EXPECT_EQ(got, "123456789ab");
  // A buffer that starts where a file's bytes end.
  AppendBuffer more(8, 11);
  more.bytes() += "cd";
  ASSERT_TRUE(more.Flush(*f).ok());
  ASSERT_TRUE(in->ReadAt(9, 4, got).ok());
  EXPECT_EQ(got, "abcd");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace claimgraph::pipeline
