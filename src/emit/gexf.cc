#include "emit/gexf.h"

namespace claimgraph::emit {

// Placeholder until the GEXF writer lands.
struct GexfWriter::Impl {
  Options options;
};

GexfWriter::GexfWriter(const Options& options) : impl_(std::make_unique<Impl>()) {
  impl_->options = options;
}
GexfWriter::~GexfWriter() = default;

void GexfWriter::AddDocument(const model::Document&, const model::Extraction&,
                             const std::vector<int32_t>&, const model::EntityTable&) {}

Status GexfWriter::Write(const std::string&, const model::EntityTable&) const {
  return Status::Ok();
}

}  // namespace claimgraph::emit
