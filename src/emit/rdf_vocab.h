// Internal to emit/: the IRIs of the output model. Every term written here is
// declared in ontology/claimgraph.ttl (cg:) or comes from a standard
// vocabulary (NIF 2.0, PROV-O, schema.org, SKOS, OWL, XSD).
#ifndef CLAIMGRAPH_EMIT_RDF_VOCAB_H_
#define CLAIMGRAPH_EMIT_RDF_VOCAB_H_

namespace claimgraph::emit::vocab {

#define CG_NS "https://w3id.org/claimgraph/ns#"
#define NIF_NS "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
#define PROV_NS "http://www.w3.org/ns/prov#"
#define SCHEMA_NS "https://schema.org/"
#define SKOS_NS "http://www.w3.org/2004/02/skos/core#"
#define OWL_NS "http://www.w3.org/2002/07/owl#"
#define RDF_NS "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define XSD_NS "http://www.w3.org/2001/XMLSchema#"

inline constexpr const char* kPrefixes[][2] = {
    {"cg", CG_NS},     {"nif", NIF_NS}, {"prov", PROV_NS}, {"schema", SCHEMA_NS},
    {"skos", SKOS_NS}, {"owl", OWL_NS}, {"xsd", XSD_NS},
};

// Each term is an inline array, one object program-wide, so a pointer to it
// (CalendarDatatype's result) compares equal in every translation unit; a
// `const char*` constant would be folded to a per-unit literal.

inline constexpr char kType[] = RDF_NS "type";

// Datatypes.
inline constexpr char kXsdInteger[] = XSD_NS "integer";
inline constexpr char kXsdDecimal[] = XSD_NS "decimal";
inline constexpr char kXsdBoolean[] = XSD_NS "boolean";
inline constexpr char kXsdDate[] = XSD_NS "date";
inline constexpr char kXsdGYearMonth[] = XSD_NS "gYearMonth";
inline constexpr char kXsdGYear[] = XSD_NS "gYear";

// Classes.
inline constexpr char kCgNs[] = CG_NS;
inline constexpr char kDocument[] = CG_NS "Document";
inline constexpr char kClaim[] = CG_NS "Claim";
inline constexpr char kMention[] = CG_NS "Mention";
inline constexpr char kTimeExpression[] = CG_NS "TimeExpression";
inline constexpr char kQuantity[] = CG_NS "Quantity";
inline constexpr char kMergeEvidence[] = CG_NS "MergeEvidence";
inline constexpr char kNifContext[] = NIF_NS "Context";
inline constexpr char kNifSentence[] = NIF_NS "Sentence";  // full profile
inline constexpr char kTextSpan[] = CG_NS "TextSpan";      // full profile

// Documents and their text.
inline constexpr char kDocId[] = CG_NS "docId";
inline constexpr char kHeadline[] = SCHEMA_NS "headline";
inline constexpr char kPublisherName[] = CG_NS "publisherName";
inline constexpr char kAuthor[] = SCHEMA_NS "author";
inline constexpr char kUrl[] = SCHEMA_NS "url";
inline constexpr char kDatePublished[] = SCHEMA_NS "datePublished";
inline constexpr char kInLanguage[] = SCHEMA_NS "inLanguage";
inline constexpr char kDocumentOf[] = CG_NS "document";
inline constexpr char kIsString[] = NIF_NS "isString";
inline constexpr char kBeginIndex[] = NIF_NS "beginIndex";
inline constexpr char kEndIndex[] = NIF_NS "endIndex";
inline constexpr char kAnchorOf[] = NIF_NS "anchorOf";
inline constexpr char kReferenceContext[] = NIF_NS "referenceContext";
inline constexpr char kSentenceOf[] = NIF_NS "sentence";        // full profile
inline constexpr char kNextSentence[] = NIF_NS "nextSentence";  // full profile

// Mentions.
inline constexpr char kRefersTo[] = CG_NS "refersTo";
inline constexpr char kMentionKind[] = CG_NS "mentionKind";
inline constexpr char kMentionType[] = CG_NS "mentionType";
inline constexpr char kActsFor[] = CG_NS "actsFor";

// Claims.
inline constexpr char kWasDerivedFrom[] = PROV_NS "wasDerivedFrom";
inline constexpr char kWasAttributedTo[] = PROV_NS "wasAttributedTo";
inline constexpr char kActedOnBehalfOf[] = PROV_NS "actedOnBehalfOf";
inline constexpr char kSource[] = CG_NS "source";
inline constexpr char kCue[] = CG_NS "cue";
inline constexpr char kCueLemma[] = CG_NS "cueLemma";
inline constexpr char kCueCategory[] = CG_NS "cueCategory";
inline constexpr char kContent[] = CG_NS "content";
inline constexpr char kStatedOn[] = CG_NS "statedOn";
inline constexpr char kAbout[] = CG_NS "about";
inline constexpr char kMentionsTime[] = CG_NS "mentionsTime";
inline constexpr char kDirectQuote[] = CG_NS "directQuote";
inline constexpr char kNegated[] = CG_NS "negated";
inline constexpr char kUnattributed[] = CG_NS "unattributed";
inline constexpr char kReportedBy[] = CG_NS "reportedBy";
inline constexpr char kVia[] = CG_NS "via";
inline constexpr char kViaAgent[] = CG_NS "viaAgent";

// Relations between claims (claim_relations.h).
inline constexpr char kClaimRelation[] = CG_NS "ClaimRelation";
inline constexpr char kConflictsWith[] = CG_NS "conflictsWith";
inline constexpr char kUpdates[] = CG_NS "updates";
inline constexpr char kRelationKind[] = CG_NS "relationKind";
inline constexpr char kFromClaim[] = CG_NS "fromClaim";
inline constexpr char kToClaim[] = CG_NS "toClaim";
inline constexpr char kFromFigure[] = CG_NS "fromFigure";
inline constexpr char kToFigure[] = CG_NS "toFigure";
inline constexpr char kMeasure[] = CG_NS "measure";
inline constexpr char kSubjectKey[] = CG_NS "subjectKey";
inline constexpr char kReason[] = CG_NS "reason";
inline constexpr char kDenies[] = CG_NS "denies";
inline constexpr char kSharedEntity[] = CG_NS "sharedEntity";
inline constexpr char kOverlapScore[] = CG_NS "overlapScore";

// Time expressions.
inline constexpr char kTimexValue[] = CG_NS "timexValue";
inline constexpr char kTimexType[] = CG_NS "timexType";
inline constexpr char kTimexMod[] = CG_NS "timexMod";
inline constexpr char kDate[] = CG_NS "date";

// Quantities.
inline constexpr char kValue[] = CG_NS "value";
inline constexpr char kLow[] = CG_NS "low";
inline constexpr char kHigh[] = CG_NS "high";
inline constexpr char kUnit[] = CG_NS "unit";
inline constexpr char kQualifier[] = CG_NS "qualifier";
inline constexpr char kCounts[] = CG_NS "counts";
inline constexpr char kInClaim[] = CG_NS "inClaim";

// Entities and merge evidence.
inline constexpr char kPrefLabel[] = SKOS_NS "prefLabel";
inline constexpr char kAltLabel[] = SKOS_NS "altLabel";
inline constexpr char kExactMatch[] = SKOS_NS "exactMatch";
inline constexpr char kSameAs[] = OWL_NS "sameAs";
inline constexpr char kMentionCount[] = CG_NS "mentionCount";
inline constexpr char kDocumentCount[] = CG_NS "documentCount";
inline constexpr char kMergedInto[] = CG_NS "mergedInto";
inline constexpr char kLeftLabel[] = CG_NS "leftLabel";
inline constexpr char kRightLabel[] = CG_NS "rightLabel";
inline constexpr char kLeftDocument[] = CG_NS "leftDocument";
inline constexpr char kRightDocument[] = CG_NS "rightDocument";
inline constexpr char kEvidenceKind[] = CG_NS "evidenceKind";
inline constexpr char kConfidence[] = CG_NS "confidence";

#undef CG_NS
#undef NIF_NS
#undef PROV_NS
#undef SCHEMA_NS
#undef SKOS_NS
#undef OWL_NS
#undef RDF_NS
#undef XSD_NS

}  // namespace claimgraph::emit::vocab

#endif  // CLAIMGRAPH_EMIT_RDF_VOCAB_H_
