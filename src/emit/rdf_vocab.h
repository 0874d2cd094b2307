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

inline constexpr const char* kType = RDF_NS "type";

// Datatypes.
inline constexpr const char* kXsdInteger = XSD_NS "integer";
inline constexpr const char* kXsdDecimal = XSD_NS "decimal";
inline constexpr const char* kXsdBoolean = XSD_NS "boolean";
inline constexpr const char* kXsdDate = XSD_NS "date";
inline constexpr const char* kXsdGYearMonth = XSD_NS "gYearMonth";
inline constexpr const char* kXsdGYear = XSD_NS "gYear";

// Classes.
inline constexpr const char* kCgNs = CG_NS;
inline constexpr const char* kDocument = CG_NS "Document";
inline constexpr const char* kClaim = CG_NS "Claim";
inline constexpr const char* kMention = CG_NS "Mention";
inline constexpr const char* kTimeExpression = CG_NS "TimeExpression";
inline constexpr const char* kQuantity = CG_NS "Quantity";
inline constexpr const char* kMergeEvidence = CG_NS "MergeEvidence";
inline constexpr const char* kNifContext = NIF_NS "Context";

// Documents and their text.
inline constexpr const char* kDocId = CG_NS "docId";
inline constexpr const char* kHeadline = SCHEMA_NS "headline";
inline constexpr const char* kPublisherName = CG_NS "publisherName";
inline constexpr const char* kAuthor = SCHEMA_NS "author";
inline constexpr const char* kUrl = SCHEMA_NS "url";
inline constexpr const char* kDatePublished = SCHEMA_NS "datePublished";
inline constexpr const char* kInLanguage = SCHEMA_NS "inLanguage";
inline constexpr const char* kDocumentOf = CG_NS "document";
inline constexpr const char* kIsString = NIF_NS "isString";
inline constexpr const char* kBeginIndex = NIF_NS "beginIndex";
inline constexpr const char* kEndIndex = NIF_NS "endIndex";
inline constexpr const char* kAnchorOf = NIF_NS "anchorOf";
inline constexpr const char* kReferenceContext = NIF_NS "referenceContext";

// Mentions.
inline constexpr const char* kRefersTo = CG_NS "refersTo";
inline constexpr const char* kMentionKind = CG_NS "mentionKind";
inline constexpr const char* kMentionType = CG_NS "mentionType";
inline constexpr const char* kActsFor = CG_NS "actsFor";

// Claims.
inline constexpr const char* kWasDerivedFrom = PROV_NS "wasDerivedFrom";
inline constexpr const char* kWasAttributedTo = PROV_NS "wasAttributedTo";
inline constexpr const char* kSource = CG_NS "source";
inline constexpr const char* kCue = CG_NS "cue";
inline constexpr const char* kCueLemma = CG_NS "cueLemma";
inline constexpr const char* kCueCategory = CG_NS "cueCategory";
inline constexpr const char* kContent = CG_NS "content";
inline constexpr const char* kStatedOn = CG_NS "statedOn";
inline constexpr const char* kAbout = CG_NS "about";
inline constexpr const char* kMentionsTime = CG_NS "mentionsTime";
inline constexpr const char* kDirectQuote = CG_NS "directQuote";
inline constexpr const char* kNegated = CG_NS "negated";
inline constexpr const char* kUnattributed = CG_NS "unattributed";
inline constexpr const char* kReportedBy = CG_NS "reportedBy";

// Relations between claims (claim_relations.h).
inline constexpr const char* kClaimRelation = CG_NS "ClaimRelation";
inline constexpr const char* kConflictsWith = CG_NS "conflictsWith";
inline constexpr const char* kUpdates = CG_NS "updates";
inline constexpr const char* kRelationKind = CG_NS "relationKind";
inline constexpr const char* kFromClaim = CG_NS "fromClaim";
inline constexpr const char* kToClaim = CG_NS "toClaim";
inline constexpr const char* kFromFigure = CG_NS "fromFigure";
inline constexpr const char* kToFigure = CG_NS "toFigure";
inline constexpr const char* kMeasure = CG_NS "measure";
inline constexpr const char* kSubjectKey = CG_NS "subjectKey";
inline constexpr const char* kReason = CG_NS "reason";

// Time expressions.
inline constexpr const char* kTimexValue = CG_NS "timexValue";
inline constexpr const char* kTimexType = CG_NS "timexType";
inline constexpr const char* kTimexMod = CG_NS "timexMod";
inline constexpr const char* kDate = CG_NS "date";

// Quantities.
inline constexpr const char* kValue = CG_NS "value";
inline constexpr const char* kLow = CG_NS "low";
inline constexpr const char* kHigh = CG_NS "high";
inline constexpr const char* kUnit = CG_NS "unit";
inline constexpr const char* kQualifier = CG_NS "qualifier";
inline constexpr const char* kCounts = CG_NS "counts";
inline constexpr const char* kInClaim = CG_NS "inClaim";

// Entities and merge evidence.
inline constexpr const char* kPrefLabel = SKOS_NS "prefLabel";
inline constexpr const char* kAltLabel = SKOS_NS "altLabel";
inline constexpr const char* kExactMatch = SKOS_NS "exactMatch";
inline constexpr const char* kSameAs = OWL_NS "sameAs";
inline constexpr const char* kMentionCount = CG_NS "mentionCount";
inline constexpr const char* kDocumentCount = CG_NS "documentCount";
inline constexpr const char* kMergedInto = CG_NS "mergedInto";
inline constexpr const char* kLeftLabel = CG_NS "leftLabel";
inline constexpr const char* kRightLabel = CG_NS "rightLabel";
inline constexpr const char* kLeftDocument = CG_NS "leftDocument";
inline constexpr const char* kRightDocument = CG_NS "rightDocument";
inline constexpr const char* kEvidenceKind = CG_NS "evidenceKind";
inline constexpr const char* kConfidence = CG_NS "confidence";

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
