#include "emit/emit.h"

namespace claimgraph::emit {

// Placeholder until the writers land.
namespace {
class NullEmitter : public GraphEmitter {
 public:
  void AddDocument(const model::Document&, const model::Extraction&, const std::vector<int32_t>&,
                   const model::EntityTable&) override {}
  Status Finish(const model::EntityTable&) override { return Status::Ok(); }
  void Abort() override {}
  uint64_t triple_count() const override { return 0; }
  std::vector<std::string> files() const override { return {}; }
};
}  // namespace

Result<std::unique_ptr<GraphEmitter>> GraphEmitter::Open(const std::string&, const Options&) {
  return std::unique_ptr<GraphEmitter>(new NullEmitter());
}

}  // namespace claimgraph::emit
