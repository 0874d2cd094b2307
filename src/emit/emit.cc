#include "emit/emit.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "emit/gexf.h"
#include "emit/rdf_graph.h"
#include "emit/rdf_sink.h"
#include "emit/rdf_terms.h"

namespace claimgraph::emit {

namespace {

namespace fs = std::filesystem;

// A file written under a temporary name beside its final name.
struct PendingFile {
  std::string final_path;
  std::string temp_path;
};

PendingFile Pending(const std::string& out_dir, const std::string& name) {
  // The process id keeps two concurrent runs on one folder apart; the name
  // ends in ".tmp" so nothing loading "*.ttl" picks a half-written file up.
  fs::path dir(out_dir);
  return {(dir / name).string(),
          (dir / ("." + name + "." + std::to_string(::getpid()) + ".tmp")).string()};
}

struct RdfRendered : RenderedDocument {
  RdfGraphWriter::Rendered r;
};

class RdfRenderer : public DocumentRenderer {
 public:
  RdfRenderer(const RdfGraphWriter& writer, std::unique_ptr<TripleSink> fork)
      : writer_(writer), fork_(std::move(fork)) {}
  std::unique_ptr<RenderedDocument> Render(const model::Document& doc, const model::Extraction& x,
                                           const std::vector<int32_t>& mention_entity,
                                           const model::EntityTable& table) override {
    auto out = std::make_unique<RdfRendered>();
    writer_.Render(*fork_, doc, x, mention_entity, table, out->r);
    return out;
  }

 private:
  const RdfGraphWriter& writer_;
  std::unique_ptr<TripleSink> fork_;
};

class RdfEmitter : public GraphEmitter {
 public:
  RdfEmitter(const Options& options, PendingFile graph, std::unique_ptr<TripleSink> sink,
             std::string gexf_dir)
      : options_(options),
        graph_(std::move(graph)),
        sink_(std::move(sink)),
        writer_(*sink_, options.data_base, options.profile == Profile::kFull),
        gexf_dir_(std::move(gexf_dir)) {
    writer_.WritePrefixes();
    if (options_.gexf) {
      gexf_ = std::make_unique<GexfWriter>(options_);
    }
  }
  ~RdfEmitter() override {
    if (!finished_) {
      Abort();
    }
  }

  void AddDocument(const model::Document& doc, const model::Extraction& x,
                   const std::vector<int32_t>& mention_entity,
                   const model::EntityTable& table) override {
    writer_.AddDocument(doc, x, mention_entity, table);
    if (gexf_) {
      gexf_->AddDocument(doc, x, mention_entity, table);
    }
  }

  std::unique_ptr<DocumentRenderer> NewRenderer(const model::EntityTable& table) override {
    std::unique_ptr<TripleSink> fork = sink_->Fork();
    if (fork == nullptr) {
      return nullptr;
    }
    writer_.Prepare(table);
    return std::make_unique<RdfRenderer>(writer_, std::move(fork));
  }

  void AddRendered(const model::Document& doc, const model::Extraction& x,
                   const std::vector<int32_t>& mention_entity, const model::EntityTable& table,
                   const RenderedDocument& r) override {
    writer_.Splice(static_cast<const RdfRendered&>(r).r);
    if (gexf_) {
      gexf_->AddDocument(doc, x, mention_entity, table);
    }
  }

  void AddFigure(const FigureRow& row, const std::string& source_iri) override {
    writer_.AddFigure(row.subject, row.measure, row.claim, row.quantity, source_iri, row.date,
                      {row.value, row.high, row.qualifier});
  }

  void AddStance(const StanceRow& row, const std::string& source_iri,
                 std::vector<std::string> about_iris) override {
    std::sort(about_iris.begin(), about_iris.end());
    about_iris.erase(std::unique(about_iris.begin(), about_iris.end()), about_iris.end());
    writer_.AddStance({row.claim, source_iri, row.date,
                       row.denial ? Polarity::kDenies : Polarity::kAsserts, std::move(about_iris),
                       row.words});
  }

  void AddGexfDocument(const model::Document& doc, const model::Extraction& x,
                       const std::vector<int32_t>& mention_entity,
                       const model::EntityTable& table) override {
    if (gexf_) {
      gexf_->AddDocument(doc, x, mention_entity, table);
    }
  }

  void SetTail(std::function<Result<uint64_t>(std::FILE*)> tail) override {
    tail_ = std::move(tail);
  }

  Status Finish(const model::EntityTable& table) override {
    writer_.WriteEntities(table);
    Status st = sink_->Finish();
    if (!st.ok()) {
      return st;
    }
    if (tail_) {
      std::FILE* f = std::fopen(graph_.temp_path.c_str(), "ab");
      if (f == nullptr) {
        return Status::Error(graph_.temp_path + ": " + std::strerror(errno));
      }
      auto appended = tail_(f);
      const bool closed = std::fclose(f) == 0;
      if (!appended.ok()) {
        return appended.status();
      }
      if (!closed) {
        return Status::Error(graph_.temp_path + ": write failed");
      }
      tail_count_ = *appended;
    }
    std::vector<PendingFile> done{graph_};
    if (gexf_) {
      PendingFile g = Pending(gexf_dir_, "graph.gexf");
      temps_.push_back(g.temp_path);
      st = gexf_->Write(g.temp_path, table);
      if (!st.ok()) {
        return st;
      }
      done.push_back(g);
    }
    for (const auto& f : done) {
      std::error_code ec;
      fs::rename(f.temp_path, f.final_path, ec);
      if (ec) {
        return Status::Error("cannot move " + f.temp_path + " to " + f.final_path + ": " +
                             ec.message());
      }
      files_.push_back(f.final_path);
    }
    finished_ = true;
    temps_.clear();
    return Status::Ok();
  }

  void Abort() override {
    if (sink_) {
      sink_->Finish();  // closes the file; its status no longer matters
    }
    std::error_code ec;
    fs::remove(graph_.temp_path, ec);
    for (const auto& t : temps_) {
      fs::remove(t, ec);
    }
    temps_.clear();
    finished_ = true;
  }

  uint64_t triple_count() const override { return sink_->count() + tail_count_; }
  std::vector<std::string> files() const override { return files_; }

 private:
  std::function<Result<uint64_t>(std::FILE*)> tail_;
  uint64_t tail_count_ = 0;
  Options options_;
  PendingFile graph_;
  std::unique_ptr<TripleSink> sink_;
  RdfGraphWriter writer_;
  std::string gexf_dir_;
  std::unique_ptr<GexfWriter> gexf_;
  std::vector<std::string> temps_;
  std::vector<std::string> files_;
  bool finished_ = false;
};

}  // namespace

Result<std::unique_ptr<GraphEmitter>> GraphEmitter::Open(const std::string& out_dir,
                                                         const Options& options) {
  if (!IsAbsoluteIri(options.data_base)) {
    return Status::Error("data base IRI '" + options.data_base +
                         "' is not an absolute IRI (example: https://example.org/data/)");
  }
  std::error_code ec;
  fs::create_directories(out_dir, ec);
  if (ec || !fs::is_directory(out_dir)) {
    return Status::Error("cannot create output folder " + out_dir + ": " +
                         (ec ? ec.message() : std::string("a file of that name exists")));
  }
  const bool nt = options.format == Format::kNTriples;
  PendingFile graph = Pending(out_dir, nt ? "graph.nt" : "graph.ttl");
  auto sink = OpenSerdFileSink(graph.temp_path, nt ? SerdSyntax::kNTriples : SerdSyntax::kTurtle);
  if (!sink.ok()) {
    return sink.status();
  }
  return std::unique_ptr<GraphEmitter>(
      new RdfEmitter(options, std::move(graph), std::move(*sink), out_dir));
}

}  // namespace claimgraph::emit
