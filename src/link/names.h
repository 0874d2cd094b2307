// Internal to link/: name normalisation and comparison keys used by the
// linker's blocking and constraints. Neighbour: link.cc.
#ifndef CLAIMGRAPH_LINK_NAMES_H_
#define CLAIMGRAPH_LINK_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::link {

// Lowercase ASCII, curly apostrophes straightened, periods dropped ("U.S." ->
// "us"), a leading "the " dropped, spaces collapsed: "The U.S." -> "us".
std::string NormalName(std::string_view label);
// The same into `out` (cleared first), reusing its memory.
void NormalNameInto(std::string_view label, std::string& out);

// Words of a label (split at spaces).
std::vector<std::string_view> Words(std::string_view label);

// The first and last word of a label and how many words it has, without
// building the list: {"Kyrylo", "Budanov", 2} for "Kyrylo Budanov".
struct WordEnds {
  std::string_view first, last;
  size_t count = 0;
};
WordEnds FirstAndLastWord(std::string_view label);

// True when the label is an acronym: 2-6 capitals, optionally with periods.
bool IsAcronym(std::string_view label);

// Initials of the capitalised words of a multi-word label: "Joint Chiefs of
// Staff" -> "JCS"; empty for fewer than two capitalised words.
std::string Initials(std::string_view label);
// The same into `out` (cleared first), reusing its memory.
void InitialsInto(std::string_view label, std::string& out);

// A transliteration-tolerant key of a personal name: lowercase, hyphens and
// single-letter initials dropped, common romanisation variants folded
// ("dz"/"dzh"/"zh"/"j" -> "j", "kh" -> "h", "y" -> "i", "w" -> "v", "ph" -> "f",
// "c"/"q"/"ck" -> "k", doubled letters single): "Kim Dzong Un" and "Kim Jong Un"
// share "kim jong un"; "Zelensky" and "Zelenskyy" share "zelenski".
std::string PhoneticKey(std::string_view label);
// The same into `out` (overwritten), reusing its memory.
void PhoneticKeyInto(std::string_view label, std::string& out);

// Levenshtein distance, bounded: returns max_d + 1 as soon as it exceeds max_d.
int BoundedEditDistance(std::string_view a, std::string_view b, int max_d);

// Stable IRI local part: lowercase ASCII letters and digits, every other
// ASCII run -> "-", non-ASCII bytes kept: "North Korea" -> "north-korea".
std::string Slug(std::string_view s);
// The same, appended to `out`.
void AppendSlug(std::string_view s, std::string& out);

// "north"/"south"/"east"/"west" when the label holds that word, else empty.
std::string_view Compass(std::string_view label);

}  // namespace claimgraph::link

#endif  // CLAIMGRAPH_LINK_NAMES_H_
