// Internal to pipeline/: the state an incremental run (`--into OUT`) needs
// from the runs before it, kept in OUT/.claimgraph/:
//   state      every document with its extraction and the entity key each
//              mention had, so a later run re-links without re-extracting;
//   formers    entity keys that were merged away, with the key that now
//              stands for them (written as owl:sameAs, so old IRIs stay valid).
// Both are replaced atomically (temporary file, then rename) after the graph.
#ifndef CLAIMGRAPH_PIPELINE_STATE_H_
#define CLAIMGRAPH_PIPELINE_STATE_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "model/document.h"
#include "model/entity.h"
#include "model/extraction.h"
#include "pipeline/file_io.h"
#include "pipeline/spool.h"

namespace claimgraph::pipeline {

class StateFile {
 public:
  struct Entry {
    std::string doc_id;
    Spool::Record record;                   // the encoded document and extraction
    std::vector<std::string> mention_keys;  // entity key of each mention ("" unlinked)
  };

  // Opens OUT/.claimgraph/state for reading; an absent file is an empty state.
  // `each` sees every stored document once, in file order.
  static Result<std::unique_ptr<StateFile>> Open(
      const std::string& out_dir,
      const std::function<void(const model::Document&, const model::Extraction&)>& each);
  ~StateFile();

  const std::vector<Entry>& entries() const { return entries_; }
  const std::map<std::string, std::string>& formers() const { return formers_; }
  Status Read(const Spool::Record& r, model::Document& doc, model::Extraction& x) const;

 private:
  StateFile() = default;
  File file_;
  std::vector<Entry> entries_;
  std::map<std::string, std::string> formers_;
};

// Writes a new state next to the old one; Commit() renames it into place.
class StateWriter {
 public:
  static Result<std::unique_ptr<StateWriter>> Create(const std::string& out_dir);
  ~StateWriter();
  Status Append(const model::Document& doc, const model::Extraction& x,
                const std::vector<std::string>& mention_keys);
  Status Commit(const std::map<std::string, std::string>& formers);

 private:
  StateWriter() = default;
  std::string dir_;
  File file_;  // dir_/state.tmp
  AppendBuffer buffer_{64 << 10};
};

// Which entity each former key now stands for. `old_keys[d]` are the keys the
// mentions of document d had in the stored state (empty for new documents);
// `old_formers` the former -> key map stored before. Fills
// Entity::former_keys and returns the new former -> key map. A key still in
// use is never a former; when an old entity was split, its key goes to the
// new entity holding most of its mentions (ties: smallest key).
std::map<std::string, std::string> CarryFormerKeys(
    const std::vector<const std::vector<std::string>*>& old_keys,
    const std::map<std::string, std::string>& old_formers, model::EntityTable& table);

}  // namespace claimgraph::pipeline

#endif  // CLAIMGRAPH_PIPELINE_STATE_H_
