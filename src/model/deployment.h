// The words of a deployment phrase ("troops deployed to Lindby", "soldiers
// stationed in Norvia"), shared by the quantity tagger, which writes such a
// phrase into a quantity's counted noun phrase (extract/quantity.cc), and the
// claim relations, which read it back from there to key a "deployed" figure
// (emit/claim_relations.cc): one list, so the two cannot drift apart.
#ifndef CLAIMGRAPH_MODEL_DEPLOYMENT_H_
#define CLAIMGRAPH_MODEL_DEPLOYMENT_H_

#include <string_view>

#include "base/is_in.h"

namespace claimgraph::model {

// The participle: "deployed", "sent", "stationed" (lowercase).
inline bool IsDeploymentVerb(std::string_view w) {
  return base::IsIn(w, {"deployed", "dispatched", "sent", "stationed", "based", "posted"});
}

// The preposition before the place: "to", "in", "into".
inline bool IsDeploymentPreposition(std::string_view w) {
  return base::IsIn(w, {"to", "in", "into"});
}

}  // namespace claimgraph::model

#endif  // CLAIMGRAPH_MODEL_DEPLOYMENT_H_
