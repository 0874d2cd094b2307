#include "kb/kb.h"

#include <serd/serd.h>
#include <sord/sord.h>

#include <algorithm>
#include <utility>

namespace claimgraph::kb {

const std::vector<std::pair<std::string_view, std::string_view>>& EmbeddedFiles();

namespace {

struct SordDeleter {
  void operator()(SordWorld* w) const { sord_world_free(w); }
  void operator()(SordModel* m) const { sord_free(m); }
  void operator()(SerdEnv* e) const { serd_env_free(e); }
  void operator()(SerdReader* r) const { serd_reader_free(r); }
};

struct ErrorState {
  std::string file;
  std::string message;
};

SerdStatus OnError(void* handle, const SerdError* e) {
  auto* st = static_cast<ErrorState*>(handle);
  if (st->message.empty()) {
    char buf[512];
    vsnprintf(buf, sizeof buf, e->fmt, *e->args);
    st->message =
        st->file + ":" + std::to_string(e->line) + ":" + std::to_string(e->col) + ": " + buf;
    while (!st->message.empty() && st->message.back() == '\n') {
      st->message.pop_back();
    }
  }
  return SERD_SUCCESS;
}

std::string NodeString(const SordNode* n) {
  return n ? reinterpret_cast<const char*>(sord_node_get_string(n)) : std::string();
}

Term ToTerm(const SordNode* n) {
  Term t;
  t.value = NodeString(n);
  t.is_iri = sord_node_get_type(n) == SORD_URI;
  if (const char* lang = sord_node_get_language(n)) {
    t.lang = lang;
  }
  return t;
}

bool TermLess(const Term& a, const Term& b) {
  return std::tie(a.value, a.is_iri, a.lang) < std::tie(b.value, b.is_iri, b.lang);
}

}  // namespace

struct KnowledgeBase::Impl {
  std::unique_ptr<SordWorld, SordDeleter> world{sord_world_new()};
  std::unique_ptr<SordModel, SordDeleter> model{
      sord_new(world.get(), SORD_SPO | SORD_OPS | SORD_PSO, false)};

  SordNode* Uri(std::string_view iri) const {
    std::string s(iri);
    return sord_new_uri(world.get(), reinterpret_cast<const uint8_t*>(s.c_str()));
  }
};

KnowledgeBase::KnowledgeBase() : impl_(std::make_unique<Impl>()) {}
KnowledgeBase::~KnowledgeBase() = default;

Result<std::shared_ptr<const KnowledgeBase>> KnowledgeBase::LoadEmbedded() {
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& [name, text] : EmbeddedFiles()) {
    files.emplace_back("ontology/kb/" + std::string(name), std::string(text));
  }
  return LoadTurtle(files);
}

Result<std::shared_ptr<const KnowledgeBase>> KnowledgeBase::LoadTurtle(
    const std::vector<std::pair<std::string, std::string>>& files) {
  std::shared_ptr<KnowledgeBase> kb(new KnowledgeBase());
  for (const auto& [name, text] : files) {
    SerdURI base_uri;
    std::string base = "file:///" + name;
    SerdNode base_node = serd_node_new_uri_from_string(
        reinterpret_cast<const uint8_t*>(base.c_str()), nullptr, &base_uri);
    std::unique_ptr<SerdEnv, SordDeleter> env(serd_env_new(&base_node));
    std::unique_ptr<SerdReader, SordDeleter> reader(
        sord_new_reader(kb->impl_->model.get(), env.get(), SERD_TURTLE, nullptr));
    ErrorState err{name, ""};
    serd_reader_set_error_sink(reader.get(), OnError, &err);
    SerdStatus st =
        serd_reader_read_string(reader.get(), reinterpret_cast<const uint8_t*>(text.c_str()));
    serd_node_free(&base_node);
    if (st != SERD_SUCCESS || !err.message.empty()) {
      return Status::Error(err.message.empty() ? name + ": could not parse Turtle" : err.message);
    }
  }
  return std::shared_ptr<const KnowledgeBase>(std::move(kb));
}

std::vector<std::string> KnowledgeBase::SubjectsOfType(std::string_view type_iri) const {
  SordNode* p = impl_->Uri(kRdfType);
  SordNode* o = impl_->Uri(type_iri);
  std::vector<std::string> out;
  SordIter* it = sord_search(impl_->model.get(), nullptr, p, o, nullptr);
  for (; it && !sord_iter_end(it); sord_iter_next(it)) {
    out.push_back(NodeString(sord_iter_get_node(it, SORD_SUBJECT)));
  }
  sord_iter_free(it);
  sord_node_free(impl_->world.get(), p);
  sord_node_free(impl_->world.get(), o);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<Term> KnowledgeBase::Objects(std::string_view subject_iri,
                                         std::string_view predicate_iri) const {
  SordNode* s = impl_->Uri(subject_iri);
  SordNode* p = impl_->Uri(predicate_iri);
  std::vector<Term> out;
  SordIter* it = sord_search(impl_->model.get(), s, p, nullptr, nullptr);
  for (; it && !sord_iter_end(it); sord_iter_next(it)) {
    out.push_back(ToTerm(sord_iter_get_node(it, SORD_OBJECT)));
  }
  sord_iter_free(it);
  sord_node_free(impl_->world.get(), s);
  sord_node_free(impl_->world.get(), p);
  std::sort(out.begin(), out.end(), TermLess);
  return out;
}

std::vector<std::pair<std::string, Term>> KnowledgeBase::Pairs(
    std::string_view predicate_iri) const {
  SordNode* p = impl_->Uri(predicate_iri);
  std::vector<std::pair<std::string, Term>> out;
  SordIter* it = sord_search(impl_->model.get(), nullptr, p, nullptr, nullptr);
  for (; it && !sord_iter_end(it); sord_iter_next(it)) {
    out.emplace_back(NodeString(sord_iter_get_node(it, SORD_SUBJECT)),
                     ToTerm(sord_iter_get_node(it, SORD_OBJECT)));
  }
  sord_iter_free(it);
  sord_node_free(impl_->world.get(), p);
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : TermLess(a.second, b.second);
  });
  return out;
}

size_t KnowledgeBase::TripleCount() const { return sord_num_quads(impl_->model.get()); }

}  // namespace claimgraph::kb
