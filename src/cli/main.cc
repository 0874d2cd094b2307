// claimgraph command line: flags in, exit code out. No logic beyond parsing.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/pipeline.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitSkipped = 1;
constexpr int kExitUsage = 2;
constexpr int kExitFatal = 3;

constexpr const char* kVersion = "claimgraph 0.1.0";

constexpr const char* kHelp =
    R"(claimgraph: who asserted what about whom, and when, as an RDF knowledge graph

Usage:
  claimgraph build [INPUT...] [options]
  claimgraph shard [INPUT...] -o SHARD      one part of a distributed run: SHARD/graph.nt
                                           (entities as placeholders) and text tables
  claimgraph merge SHARD... -o OUT [options] link the shards' tables once, write the graph
                                           (the same as build over all parts)
  claimgraph rewrite SHARD...                a shard's final N-Triples on stdout (after
                                           merge --no-rewrite)
  claimgraph --help | --version

INPUT is a file or folder (read recursively), or - for JSON Lines on stdin.
Default: seeds/. Formats: NAME.txt (+ NAME.meta.json), *.jsonl, RSS 2.0,
Atom and NITF XML (*.xml, *.rss, *.atom, *.nitf), HTML (*.html, *.htm).

Options:
  -o, --out DIR           output folder (default out/)
      --into DIR          add the inputs to the graph in DIR: documents of earlier
                          --into runs are re-linked, not re-extracted (state in
                          DIR/.claimgraph/); retired entity IRIs get owl:sameAs
  -f, --format FORMAT     turtle (default; OUT/graph.ttl) or ntriples (OUT/graph.nt)
      --profile PROFILE   lean (default) or full: full adds sentence nodes
                          (nif:Sentence, nif:sentence links), span types and
                          contexts, name mention kinds and false flags
      --no-gexf           do not write OUT/graph.gexf
      --gexf-claims       GEXF claim-level view: claim nodes between source and subject
      --gexf-min-weight N drop GEXF edges aggregating fewer than N claims (default 1)
      --base IRI          base IRI for data (default https://w3id.org/claimgraph/data/)
      --no-rewrite        merge: write only the entities, merge evidence and claim
                          relations, and SHARD/entity-map.tsv for `claimgraph rewrite`
      --partition K/P     merge: link only partition K (0..P-1) of the blocking-key
                          components into OUT/partition-K-of-P.tsv (one node's share)
      --from-partitions P merge: take the links from OUT/partition-*-of-P.tsv
  -j, --jobs N            extract and write on N threads (default 1; output is identical)
  -q, --quiet             no summary and no warnings (errors are still printed)
      --progress          force the progress line (default: only on a terminal)
      --no-progress       never show the progress line
  -h, --help              this text
      --version           version

Exit codes:
  0  every input was processed
  1  the graph was written, but some inputs were skipped (each named on stderr)
  2  usage error (unknown option, bad value)
  3  fatal error (output folder not writable, internal error); nothing written
)";

int Usage(const std::string& message) {
  std::cerr << "claimgraph: " << message << "\nTry 'claimgraph --help'.\n";
  return kExitUsage;
}

bool ParseUnsigned(std::string_view s, unsigned& out) {
  if (s.empty() || s.size() > 6) {
    return false;
  }
  unsigned v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') {
      return false;
    }
    v = v * 10 + static_cast<unsigned>(c - '0');
  }
  out = v;
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    return Usage("missing command");
  }
  if (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
    std::cout << kHelp;
    return kExitOk;
  }
  if (args[0] == "--version") {
    std::cout << kVersion << "\n";
    return kExitOk;
  }
  const std::string command = args[0];
  if (command == "rewrite") {
    // A pure per-line map over each shard's graph.nt; no options.
    if (args.size() < 2) {
      return Usage("rewrite needs at least one shard folder");
    }
    for (size_t i = 1; i < args.size(); ++i) {
      if (args[i] == "-h" || args[i] == "--help") {
        std::cout << kHelp;
        return kExitOk;
      }
      if (args[i].size() > 1 && args[i][0] == '-') {
        return Usage("unknown option '" + args[i] + "'");
      }
    }
    for (size_t i = 1; i < args.size(); ++i) {
      auto n = claimgraph::pipeline::RewriteShard(args[i], stdout);
      if (!n.ok()) {
        std::cerr << "claimgraph: error: " << n.status().message() << "\n";
        return kExitFatal;
      }
    }
    return std::fflush(stdout) == 0 ? kExitOk : kExitFatal;
  }
  if (command != "build" && command != "shard" && command != "merge") {
    return Usage("unknown command '" + command + "'");
  }

  claimgraph::pipeline::Options o;
  o.shard = command == "shard";
  o.progress = isatty(STDERR_FILENO);
  std::vector<std::string> inputs;
  for (size_t i = 1; i < args.size(); ++i) {
    const std::string& a = args[i];
    auto value = [&](std::string& out) {
      if (i + 1 >= args.size()) {
        return false;
      }
      out = args[++i];
      return true;
    };
    std::string v;
    if (a == "-h" || a == "--help") {
      std::cout << kHelp;
      return kExitOk;
    } else if (a == "-o" || a == "--out") {
      if (!value(o.out_dir) || o.out_dir.empty()) {
        return Usage(a + " needs a folder");
      }
    } else if (a == "--into") {
      if (!value(o.out_dir) || o.out_dir.empty()) {
        return Usage(a + " needs a folder");
      }
      o.incremental = true;
    } else if (a == "-f" || a == "--format") {
      if (!value(v)) {
        return Usage(a + " needs turtle or ntriples");
      }
      if (v == "turtle" || v == "ttl") {
        o.emit.format = claimgraph::emit::Format::kTurtle;
      } else if (v == "ntriples" || v == "nt") {
        o.emit.format = claimgraph::emit::Format::kNTriples;
      } else {
        return Usage("unknown format '" + v + "' (turtle or ntriples)");
      }
    } else if (a == "--profile") {
      if (!value(v)) {
        return Usage(a + " needs lean or full");
      }
      if (v == "lean") {
        o.emit.profile = claimgraph::emit::Profile::kLean;
      } else if (v == "full") {
        o.emit.profile = claimgraph::emit::Profile::kFull;
      } else {
        return Usage("unknown profile '" + v + "' (lean or full)");
      }
    } else if (a == "--no-rewrite" && command == "merge") {
      o.rewrite_shards = false;
    } else if (a == "--partition" && command == "merge") {
      unsigned k, p;
      const auto slash = value(v) ? v.find('/') : std::string::npos;
      if (slash == std::string::npos || !ParseUnsigned(v.substr(0, slash), k) ||
          !ParseUnsigned(v.substr(slash + 1), p) || p == 0 || k >= p) {
        return Usage(a + " needs K/P with K < P (e.g. 0/8)");
      }
      o.link_partition = static_cast<int>(k);
      o.partitions = p;
    } else if (a == "--from-partitions" && command == "merge") {
      unsigned p;
      if (!value(v) || !ParseUnsigned(v, p) || p == 0) {
        return Usage(a + " needs a number >= 1");
      }
      o.from_partitions = true;
      o.partitions = p;
    } else if (a == "--no-gexf") {
      o.emit.gexf = false;
    } else if (a == "--gexf-claims") {
      o.emit.gexf_claims = true;
    } else if (a == "--gexf-min-weight") {
      unsigned n;
      if (!value(v) || !ParseUnsigned(v, n) || n == 0) {
        return Usage(a + " needs a number >= 1");
      }
      o.emit.gexf_min_weight = n;
    } else if (a == "--base") {
      if (!value(o.emit.data_base) || o.emit.data_base.find(':') == std::string::npos) {
        return Usage("--base needs an absolute IRI");
      }
    } else if (a == "-j" || a == "--jobs") {
      unsigned n;
      if (!value(v) || !ParseUnsigned(v, n) || n == 0 || n > 256) {
        return Usage(a + " needs a number from 1 to 256");
      }
      o.jobs = n;
    } else if (a == "-q" || a == "--quiet") {
      o.quiet = true;
    } else if (a == "--progress") {
      o.progress = true;
    } else if (a == "--no-progress") {
      o.progress = false;
    } else if (a.size() > 1 && a[0] == '-') {
      return Usage("unknown option '" + a + "'");
    } else {
      inputs.push_back(a);
    }
  }
  if (command == "merge") {
    if (inputs.empty()) {
      return Usage("merge needs at least one shard folder");
    }
    o.merge_from = inputs;
    o.inputs.clear();
  } else if (!inputs.empty()) {
    o.inputs = inputs;
  }
  if (o.shard && o.incremental) {
    return Usage("shard writes a new shard folder; --into is for build");
  }
  if (o.quiet) {
    o.progress = false;
  }

  auto result = claimgraph::pipeline::Run(o, std::cerr);
  if (!result.ok()) {
    std::cerr << "claimgraph: error: " << result.status().message() << "\n";
    return kExitFatal;
  }
  const auto& s = *result;
  if (!o.quiet) {
    std::fprintf(
        stderr,
        "claimgraph: %llu inputs: %llu documents processed, %zu skipped; %llu claims, "
        "%llu entities, %llu mentions, %llu time expressions, %llu quantities; %llu "
        "triples; %.2f MB in %.2f s\n",
        static_cast<unsigned long long>(s.inputs_seen),
        static_cast<unsigned long long>(s.documents), s.skipped.size(),
        static_cast<unsigned long long>(s.claims), static_cast<unsigned long long>(s.entities),
        static_cast<unsigned long long>(s.mentions), static_cast<unsigned long long>(s.times),
        static_cast<unsigned long long>(s.quantities), static_cast<unsigned long long>(s.triples),
        s.bytes / 1e6, s.seconds);
    if (s.stored_documents > 0) {
      std::fprintf(stderr, "claimgraph: %llu stored documents (%s) linked without re-extraction\n",
                   static_cast<unsigned long long>(s.stored_documents),
                   command == "merge" ? "from the shards" : "from earlier --into runs");
    }
    for (const auto& sk : s.skipped) {
      std::fprintf(stderr, "claimgraph:   skipped %s: %s\n", sk.where.c_str(), sk.reason.c_str());
    }
    for (const auto& f : s.files) {
      std::fprintf(stderr, "claimgraph: wrote %s\n", f.c_str());
    }
  }
  return s.skipped.empty() ? kExitOk : kExitSkipped;
}
