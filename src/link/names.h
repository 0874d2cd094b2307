// Internal to link/: name normalisation and comparison keys used by the
// linker's blocking and constraints. Neighbour: link.cc.
#ifndef CLAIMGRAPH_LINK_NAMES_H_
#define CLAIMGRAPH_LINK_NAMES_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::link {

// Lowercase ASCII, curly apostrophes straightened, periods dropped ("U.S." ->
// "us"), a leading "the " dropped, spaces collapsed: "The U.S." -> "us".
std::string NormalName(std::string_view label);
// The same, written at `out` (room for label.size() bytes) without a string
// to resize: returns the normal name, a view into `out` that begins past a
// dropped "the " ("The U.S." -> "us" at out + 4).
std::string_view NormalNameTo(std::string_view label, char* out);

// A company name's trailing legal forms (lexicon.ttl's cg:legalForm but
// "Group", "Holding" and "Holdings", which often name another company of the
// same family), read off a normal name (NormalName's output):
// "norvane optics corp" -> stem "norvane optics", form "corp"; "quayside co
// ltd" -> "quayside", forms "co" then "ltd". Forms are folded: "corp" and
// "corporation", "co" and "company", "inc" and "incorporated", "ltd" and
// "limited", "oy" and "oyj" give the same code. A comma before the forms goes
// with them ("norvane, inc"). The stem is empty (form 0) when the name has no
// legal form, or when what is left has no distinctive part: a single letter,
// or one common word that names many companies or a trade ("general",
// "national", "first", "bank", "group", "petroleum", "sugar" ...).
struct LegalFormSplit {
  std::string_view stem;  // a view into the name
  // The first two forms after the stem, folded codes 1.. (0: none), the
  // first in the low byte: "co ltd" is co | ltd << 8.
  uint16_t form = 0;
};
LegalFormSplit SplitLegalForm(std::string_view normal_name);

// Whether two companies with the forms `a` and `b` (LegalFormSplit::form) may
// be one: either has none, or one's forms begin or end the other's
// ("Quayside Co" and "Quayside Co Ltd", "Quayside Ltd" and "Quayside Co
// Ltd"), or each is one American form ("Norvane Corp" and "Norvane Inc");
// not "Norvane AG" and "Norvane Inc", nor "Norvane Co Ltd" and "Norvane
// Inc": a parent and its subsidiary abroad.
bool CompatibleLegalForms(uint16_t a, uint16_t b);

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
// The same, written at `out` (room for label.size() bytes); returns its
// size.
size_t InitialsTo(std::string_view label, char* out);

// A transliteration-tolerant key of a personal name: lowercase, hyphens and
// single-letter initials dropped, common romanisation variants folded
// ("dz"/"dzh"/"zh"/"j" -> "j", "kh" -> "h", "y" -> "i", "w" -> "v", "ph" -> "f",
// "c"/"q"/"ck" -> "k", doubled letters single): "Kim Dzong Un" and "Kim Jong Un"
// share "kim jong un"; "Zelensky" and "Zelenskyy" share "zelenski".
std::string PhoneticKey(std::string_view label);
// The same, written at `out` (room for label.size() bytes); returns its
// size. Without `spaces`, the words' keys are written one after the other:
// "kim jong un" -> "kimjongun", the linker's blocking key.
size_t PhoneticKeyTo(std::string_view label, char* out, bool spaces);

// Levenshtein distance, bounded: returns max_d + 1 as soon as it exceeds max_d.
int BoundedEditDistance(std::string_view a, std::string_view b, int max_d);

// Stable IRI local part: lowercase ASCII letters and digits, every other
// ASCII run -> "-", non-ASCII bytes kept: "North Korea" -> "north-korea".
std::string Slug(std::string_view s);
// The same, appended to `out`.
void AppendSlug(std::string_view s, std::string& out);
// The most bytes Slug(s) can have: the slug is never longer than `s`, or
// than "unnamed".
inline size_t SlugSize(std::string_view s) { return std::max<size_t>(s.size(), 7); }
// The same, written at `out` (room for SlugSize(s) bytes); returns its size.
size_t SlugInto(std::string_view s, char* out);

// "north"/"south"/"east"/"west" when the label holds that word, else empty.
std::string_view Compass(std::string_view label);

}  // namespace claimgraph::link

#endif  // CLAIMGRAPH_LINK_NAMES_H_
