// Internal to emit/: IRI minting and literal lexical forms, so every term the
// emitter writes is one that every parser reads back unchanged.
#ifndef CLAIMGRAPH_EMIT_RDF_TERMS_H_
#define CLAIMGRAPH_EMIT_RDF_TERMS_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace claimgraph::emit {

// Appends `s` percent-encoded as one IRI path part: A-Za-z0-9 - . _ ~ are
// kept (and '/' when `keep_slash`); every other byte becomes %XX (upper-case
// hex, UTF-8 bytes). A segment made only of dots ("." or "..") has its dots
// encoded, so no parser's dot-segment removal can change the IRI.
void AppendPathPart(std::string& out, std::string_view s, bool keep_slash);

// True when `s` is an absolute IRI a strict Turtle parser accepts as is:
// scheme ":" then no space, control, <>"{}|^`\ characters, and every '%'
// followed by two hex digits.
bool IsAbsoluteIri(std::string_view s);

// The XSD calendar datatype of a date by its shape: YYYY-MM-DD -> xsd:date,
// YYYY-MM -> xsd:gYearMonth, YYYY -> xsd:gYear; nullptr when `s` has none of
// these shapes or names no real day (2025-02-30, month 13).
// The returned pointer is one of vocab::kXsd* (comparable by address).
const char* CalendarDatatype(std::string_view s);

// The date part of a TIMEX3 value as a calendar literal: "2025-01-24" and
// "2025-01-24TMO" -> "2025-01-24" (xsd:date), "2024-12" (gYearMonth), "2025"
// (gYear); other values ("P4M", "PRESENT_REF", "2025-W04") give an empty
// view and nullptr.
const char* TimexCalendarValue(std::string_view timex, std::string_view& lexical);

// xsd:decimal lexical form without exponent: 4000, 1.5, 1500000, -0.25.
// False for NaN and infinities.
bool FormatDecimal(double v, std::string& out);

// Appends the decimal digits of `v`.
void AppendUint(std::string& out, uint64_t v);

}  // namespace claimgraph::emit

#endif  // CLAIMGRAPH_EMIT_RDF_TERMS_H_
