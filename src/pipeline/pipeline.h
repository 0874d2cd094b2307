// pipeline: ingest -> text -> extract -> link -> emit, wired in one place.
//
//   pipeline::Options o; o.inputs = {"seeds/"}; o.out_dir = "out";
//   auto summary = pipeline::Run(o, std::cerr);
//
// Documents are read and extracted in a streaming pass (in parallel with
// --jobs, results kept in input order), linked once all mentions are known,
// and written in doc-id order so output bytes do not depend on input order
// or thread count.
#ifndef CLAIMGRAPH_PIPELINE_PIPELINE_H_
#define CLAIMGRAPH_PIPELINE_PIPELINE_H_

#include <cstdint>
#include <cstdio>
#include <ostream>
#include <string>
#include <vector>

#include "base/status.h"
#include "emit/emit.h"

namespace claimgraph::pipeline {

struct Options {
  std::vector<std::string> inputs{"seeds/"};
  std::string out_dir = "out";
  emit::Options emit;
  unsigned jobs = 1;
  // --into: add the inputs to the graph in out_dir. Documents of earlier
  // --into runs (out_dir/.claimgraph/state) are re-linked, not re-extracted;
  // entity IRIs that a merge or rename retires stay valid through owl:sameAs.
  bool incremental = false;
  // shard: extract only; write out_dir/.claimgraph/state and no graph.
  bool shard = false;
  // merge: also take the documents stored in these shard folders.
  std::vector<std::string> merge_from;
  // merge of table shards: false writes OUT's graph with only what needs
  // every shard (entities, merge evidence, claim relations) and, into each
  // shard folder, SHARD/entity-map.tsv for `claimgraph rewrite SHARD`.
  bool rewrite_shards = true;
  // merge of table shards, linking keyed by blocking key in `partitions`
  // partitions (0: 4 per --jobs thread). With link_partition = K >= 0, only
  // partition K is linked, into OUT/partition-K-of-P.tsv, and nothing else is
  // written (one node's share); with from_partitions, the merge reads every
  // OUT/partition-K-of-P.tsv instead of linking. Same SHARD list, same order.
  unsigned partitions = 0;
  int link_partition = -1;
  bool from_partitions = false;
  bool quiet = false;     // no summary, no warnings (errors still printed)
  bool progress = false;  // progress line on stderr (the CLI sets it for a terminal)
};

struct SkippedInput {
  std::string where;
  std::string reason;
};

struct Summary {
  uint64_t inputs_seen = 0;       // processed + skipped
  uint64_t documents = 0;         // processed in this run
  uint64_t stored_documents = 0;  // already in the graph (--into)
  std::vector<SkippedInput> skipped;
  uint64_t bytes = 0;
  uint64_t mentions = 0;
  uint64_t claims = 0;
  uint64_t entities = 0;
  uint64_t times = 0;
  uint64_t quantities = 0;
  uint64_t triples = 0;
  double seconds = 0;
  std::vector<std::string> files;
};

Result<Summary> Run(const Options& options, std::ostream& log);

// `claimgraph rewrite SHARD` (after `merge --no-rewrite`): the shard's
// triples with every placeholder mapped by SHARD/entity-map.tsv, to `out`
// (a per-line map, so a distributed engine runs it per shard). Returns the
// lines written.
Result<uint64_t> RewriteShard(const std::string& shard_dir, std::FILE* out);

}  // namespace claimgraph::pipeline

#endif  // CLAIMGRAPH_PIPELINE_PIPELINE_H_
