#include "model/extraction.h"

namespace claimgraph::model {

const char* EntityTypeName(EntityType t) {
  switch (t) {
    case EntityType::kPerson:
      return "Person";
    case EntityType::kOrganization:
      return "Organization";
    case EntityType::kGovernmentOrganization:
      return "GovernmentOrganization";
    case EntityType::kNewsMedia:
      return "NewsMediaOrganization";
    case EntityType::kPlace:
      return "Place";
    case EntityType::kCountry:
      return "Country";
    case EntityType::kMilitaryUnit:
      return "MilitaryUnit";
    case EntityType::kProduct:
      return "Product";
    case EntityType::kWeapon:
      return "Weapon";
  }
  return "Organization";
}

const char* CueCategoryName(CueCategory c) {
  switch (c) {
    case CueCategory::kStatement:
      return "statement";
    case CueCategory::kEstimate:
      return "estimate";
    case CueCategory::kWarning:
      return "warning";
    case CueCategory::kDenial:
      return "denial";
    case CueCategory::kBelief:
      return "belief";
    case CueCategory::kReport:
      return "report";
  }
  return "statement";
}

}  // namespace claimgraph::model
