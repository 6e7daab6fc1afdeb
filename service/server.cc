#include "service/server.h"

#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <ostream>
#include <utility>
#include <vector>

#include <grpcpp/grpcpp.h>
#include <grpcpp/health_check_service_interface.h>
#include <grpcpp/support/proto_buffer_reader.h>
#include <grpcpp/support/proto_buffer_writer.h>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "absl/synchronization/mutex.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "proto/quotes.pb.h"
#include "proto/quotes_service.grpc.pb.h"
#include "proto/quotes_service.pb.h"
#include "quotes/crosscheck/cross_check.h"
#include "service/service_options.h"

namespace factcheck {
namespace {

// How long Shutdown keeps the connections open after the last call is done,
// for clients to read its status (within the grace Shutdown is given).
constexpr absl::Duration kLinger = absl::Milliseconds(100);

// Every method takes and returns raw bytes, so that parsing is ours: gRPC's
// own parsing turns a malformed request into INTERNAL with no message, and in
// a stream cannot tell it from the end of the stream.
using RawService = quotes::v1::QuoteService::WithRawCallbackMethod_Analyze<
    quotes::v1::QuoteService::WithRawCallbackMethod_AnalyzeStream<
        quotes::v1::QuoteService::WithRawCallbackMethod_CrossCheck<
            quotes::v1::QuoteService::Service>>>;

grpc::Status ToGrpc(const absl::Status& s) {
  if (s.ok()) return grpc::Status::OK;
  return grpc::Status(static_cast<grpc::StatusCode>(s.code()),
                      std::string(s.message()));
}

// Parses `buffer` as a `T`; `what` names it in the error.
template <typename T>
grpc::Status Parse(const grpc::ByteBuffer& buffer, const std::string& what,
                   T* message) {
  grpc::ByteBuffer copy(buffer);  // shares the slices; the reader needs non-const
  grpc::ProtoBufferReader reader(&copy);
  if (!reader.status().ok() || !message->ParseFromZeroCopyStream(&reader)) {
    return grpc::Status(
        grpc::StatusCode::INVALID_ARGUMENT,
        absl::StrCat(what, " (", buffer.Length(), " bytes) is not a valid ",
                     T::descriptor()->full_name(),
                     ": malformed protobuf, or invalid UTF-8 in a string field "
                     "(send text that may not be UTF-8 in AnalyzeRequest.raw_text)"));
  }
  return grpc::Status::OK;
}

grpc::Status Serialize(const google::protobuf::Message& message, int max_bytes,
                       const std::string& what, grpc::ByteBuffer* out) {
  const size_t size = message.ByteSizeLong();
  if (size > static_cast<size_t>(max_bytes)) {
    return grpc::Status(
        grpc::StatusCode::RESOURCE_EXHAUSTED,
        absl::StrCat(what, " is ", size, " bytes, over the server's maximum of ",
                     max_bytes, " (ask with include_text false, send fewer "
                     "articles, or raise factcheck serve --max_message_mb)"));
  }
  grpc::ProtoBufferWriter writer(out, grpc::kProtoBufferWriterMaxBufferLength,
                                 static_cast<int>(size));
  if (!message.SerializeToZeroCopyStream(&writer)) {
    return grpc::Status(grpc::StatusCode::INTERNAL,
                        absl::StrCat("cannot serialize ", what));
  }
  return grpc::Status::OK;
}

// DEADLINE_EXCEEDED or CANCELLED when the call should stop before `what`.
grpc::Status CheckAlive(grpc::CallbackServerContext* context,
                        const std::string& what) {
  if (context->IsCancelled()) {
    return grpc::Status(grpc::StatusCode::CANCELLED,
                        absl::StrCat("call cancelled before ", what));
  }
  if (std::chrono::system_clock::now() > context->deadline()) {
    return grpc::Status(grpc::StatusCode::DEADLINE_EXCEEDED,
                        absl::StrCat("deadline passed before ", what));
  }
  return grpc::Status::OK;
}

std::string ArticleName(const quotes::v1::Article& article, int64_t index) {
  return article.id().empty() ? absl::StrCat("article #", index)
                              : absl::StrCat("article '", article.id(), "'");
}

// Whether "host:port" listens on this machine's loopback interface only.
bool IsLoopback(absl::string_view address) {
  const size_t colon = address.rfind(':');
  absl::string_view host = address.substr(0, colon);
  if (absl::ConsumePrefix(&host, "[")) absl::ConsumeSuffix(&host, "]");
  return host == "localhost" || host == "::1" || absl::StartsWith(host, "127.");
}

}  // namespace

class QuoteServiceImpl : public RawService {
 public:
  explicit QuoteServiceImpl(const ServerOptions& options)
      : defaults_(OptionsToProto(options.defaults)),
        max_bytes_(options.max_message_bytes),
        max_analyzers_(options.max_analyzers),
        token_(options.token) {}

  // Builds the default analyzer, so a bad default lexicon fails at start.
  absl::Status Init() {
    return GetAnalyzer(quotes::v1::AnalyzeOptions()).status();
  }

  grpc::ServerUnaryReactor* Analyze(grpc::CallbackServerContext* context,
                                    const grpc::ByteBuffer* request,
                                    grpc::ByteBuffer* response) override {
    calls_.fetch_add(1, std::memory_order_relaxed);
    auto* reactor = new UnaryReactor(this);
    grpc::Status allowed = Admit(*context);
    reactor->Finish(allowed.ok() ? DoAnalyze(context, *request, response) : allowed);
    return reactor;
  }

  // Refuses new calls from now on (UNAVAILABLE); calls under way go on.
  void StopAdmitting() {
    absl::MutexLock lock(&flight_mu_);
    draining_ = true;
  }

  // Waits until no call is under way or `deadline` passes; true when none is.
  bool AwaitIdle(absl::Time deadline) {
    absl::MutexLock lock(&flight_mu_);
    auto idle = [this]() ABSL_EXCLUSIVE_LOCKS_REQUIRED(flight_mu_) {
      return in_flight_ == 0;
    };
    return flight_mu_.AwaitWithDeadline(absl::Condition(&idle), deadline);
  }

  // Authenticate(), and UNAVAILABLE once the server is shutting down.
  grpc::Status Admit(const grpc::CallbackServerContext& context) {
    {
      absl::MutexLock lock(&flight_mu_);
      if (draining_) {
        return grpc::Status(grpc::StatusCode::UNAVAILABLE,
                            "the server is shutting down");
      }
    }
    return Authenticate(context);
  }

  grpc::ServerBidiReactor<grpc::ByteBuffer, grpc::ByteBuffer>* AnalyzeStream(
      grpc::CallbackServerContext* context) override {
    calls_.fetch_add(1, std::memory_order_relaxed);
    return new StreamReactor(this, context);
  }

  grpc::ServerUnaryReactor* CrossCheck(grpc::CallbackServerContext* context,
                                       const grpc::ByteBuffer* request,
                                       grpc::ByteBuffer* response) override {
    calls_.fetch_add(1, std::memory_order_relaxed);
    auto* reactor = new UnaryReactor(this);
    grpc::Status allowed = Admit(*context);
    reactor->Finish(allowed.ok() ? DoCrossCheck(context, *request, response) : allowed);
    return reactor;
  }

  // OK when the server asks for no token or the call carries it.
  grpc::Status Authenticate(const grpc::CallbackServerContext& context) const {
    if (token_.empty()) return grpc::Status::OK;
    const auto& metadata = context.client_metadata();
    auto it = metadata.find("authorization");
    const std::string want = absl::StrCat("Bearer ", token_);
    if (it != metadata.end() &&
        absl::string_view(it->second.data(), it->second.size()) == want) {
      return grpc::Status::OK;
    }
    return grpc::Status(grpc::StatusCode::UNAUTHENTICATED,
                        it == metadata.end()
                            ? "this server asks for a token (factcheck --token_file)"
                            : "the token is not this server's");
  }

  int64_t calls() const { return calls_.load(std::memory_order_relaxed); }
  int64_t articles() const { return articles_.load(std::memory_order_relaxed); }

 private:
  // Counts a call as under way from its start until gRPC is done with it,
  // its status sent: Shutdown waits for that count to reach zero before it
  // closes the connections.
  void Enter() {
    absl::MutexLock lock(&flight_mu_);
    ++in_flight_;
  }
  void Leave() {
    absl::MutexLock lock(&flight_mu_);
    --in_flight_;
  }

  class UnaryReactor : public grpc::ServerUnaryReactor {
   public:
    explicit UnaryReactor(QuoteServiceImpl* service) : service_(service) {
      service_->Enter();
    }
    void OnDone() override {
      service_->Leave();
      delete this;
    }

   private:
    QuoteServiceImpl* service_;
  };

  // One article of a stream in, its analysis out, in order; the next read
  // starts when the write is done, so a slow reader slows its own stream and
  // nothing piles up in memory.
  class StreamReactor
      : public grpc::ServerBidiReactor<grpc::ByteBuffer, grpc::ByteBuffer> {
   public:
    StreamReactor(QuoteServiceImpl* service, grpc::CallbackServerContext* context)
        : service_(service), context_(context) {
      service_->Enter();
      if (grpc::Status allowed = service->Admit(*context); !allowed.ok()) {
        Finish(allowed);
        return;
      }
      quotes::v1::AnalyzeOptions request;
      for (const auto& [key, value] : context->client_metadata()) {
        absl::Status s = ApplyMetadata(absl::string_view(key.data(), key.size()),
                                       absl::string_view(value.data(), value.size()),
                                       &request);
        if (!s.ok()) {
          Finish(ToGrpc(s));
          return;
        }
      }
      absl::StatusOr<std::shared_ptr<const quotes::Analyzer>> analyzer =
          service->GetAnalyzer(request);
      if (!analyzer.ok()) {
        Finish(ToGrpc(analyzer.status()));
        return;
      }
      analyzer_ = *analyzer;
      StartRead(&in_);
    }

    void OnReadDone(bool ok) override {
      if (!ok) {  // the client closed its side, or the call is over
        Finish(grpc::Status::OK);
        return;
      }
      quotes::v1::Article article;
      const std::string what = absl::StrCat("stream message #", count_);
      grpc::Status s = Parse(in_, what, &article);
      in_.Clear();
      if (s.ok()) s = CheckAlive(context_, ArticleName(article, count_));
      if (!s.ok()) {
        Finish(s);
        return;
      }
      std::string text = std::move(*article.mutable_text());
      article.clear_text();
      quotes::v1::ArticleAnalysis analysis = analyzer_->Analyze(text, article);
      service_->articles_.fetch_add(1, std::memory_order_relaxed);
      out_.Clear();
      s = Serialize(analysis, service_->max_bytes_,
                    absl::StrCat("the analysis of ", ArticleName(article, count_)),
                    &out_);
      ++count_;
      if (!s.ok()) {
        Finish(s);
        return;
      }
      StartWrite(&out_);
    }

    void OnWriteDone(bool ok) override {
      if (!ok) {
        Finish(grpc::Status(grpc::StatusCode::CANCELLED,
                            "the client stopped reading"));
        return;
      }
      StartRead(&in_);
    }

    void OnDone() override {
      service_->Leave();
      delete this;
    }

   private:
    QuoteServiceImpl* service_;
    grpc::CallbackServerContext* context_;
    std::shared_ptr<const quotes::Analyzer> analyzer_;
    grpc::ByteBuffer in_;
    grpc::ByteBuffer out_;
    int64_t count_ = 0;
  };

  grpc::Status DoAnalyze(grpc::CallbackServerContext* context,
                         const grpc::ByteBuffer& request_bytes,
                         grpc::ByteBuffer* response) {
    quotes::v1::AnalyzeRequest request;
    grpc::Status s = Parse(request_bytes, "the request", &request);
    if (!s.ok()) return s;
    if (!request.has_article()) {
      return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT,
                          "AnalyzeRequest.article is missing: it carries the "
                          "text and the metadata hints");
    }
    absl::StatusOr<std::shared_ptr<const quotes::Analyzer>> analyzer =
        GetAnalyzer(request.options());
    if (!analyzer.ok()) return ToGrpc(analyzer.status());
    quotes::v1::Article* article = request.mutable_article();
    const std::string name = ArticleName(*article, 0);
    s = CheckAlive(context, name);
    if (!s.ok()) return s;
    std::string text = request.raw_text().empty()
                           ? std::move(*article->mutable_text())
                           : std::move(*request.mutable_raw_text());
    article->clear_text();
    quotes::v1::ArticleAnalysis analysis = (*analyzer)->Analyze(text, *article);
    articles_.fetch_add(1, std::memory_order_relaxed);
    return Serialize(analysis, max_bytes_, absl::StrCat("the analysis of ", name),
                     response);
  }

  grpc::Status DoCrossCheck(grpc::CallbackServerContext* context,
                            const grpc::ByteBuffer& request_bytes,
                            grpc::ByteBuffer* response) {
    quotes::v1::CrossCheckRequest request;
    grpc::Status s = Parse(request_bytes, "the request", &request);
    if (!s.ok()) return s;
    if (request.articles_size() == 0 && request.analyses_size() == 0) {
      return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT,
                          "CrossCheckRequest has no articles and no analyses");
    }
    quotes::v1::AnalyzeOptions options = request.options();
    options.set_extract_claims(true);
    // The report holds claims, not texts: do not copy texts around.
    options.set_include_text(false);
    absl::StatusOr<std::shared_ptr<const quotes::Analyzer>> analyzer = GetAnalyzer(options);
    if (!analyzer.ok()) return ToGrpc(analyzer.status());
    std::vector<quotes::v1::ArticleAnalysis> analyses;
    analyses.reserve(request.articles_size() + request.analyses_size());
    for (int i = 0; i < request.articles_size(); ++i) {
      quotes::v1::Article* article = request.mutable_articles(i);
      s = CheckAlive(context, ArticleName(*article, i));
      if (!s.ok()) return s;
      std::string text = std::move(*article->mutable_text());
      article->clear_text();
      analyses.push_back((*analyzer)->Analyze(text, *article));
      // Only what the check reads is kept while the other articles are
      // analysed (a third of an analysis).
      quotes::internal::TrimForCrossCheck(&analyses.back());
      articles_.fetch_add(1, std::memory_order_relaxed);
    }
    for (quotes::v1::ArticleAnalysis& a : *request.mutable_analyses()) {
      analyses.push_back(std::move(a));
    }
    s = CheckAlive(context, "cross-checking");
    if (!s.ok()) return s;
    quotes::v1::CrossCheckReport report = (*analyzer)->CrossCheck(analyses);
    return Serialize(report, max_bytes_, "the report", response);
  }

  // The analyzer for `request` over the server's defaults, built on first
  // use and kept for the next calls with the same options. At most
  // max_analyzers_ are kept: one more drops the least recently used (never
  // the defaults'), and a call still using it keeps it alive until it ends.
  absl::StatusOr<std::shared_ptr<const quotes::Analyzer>> GetAnalyzer(
      const quotes::v1::AnalyzeOptions& request) {
    absl::StatusOr<quotes::AnalyzerOptions> options =
        ResolveOptions(defaults_, request);
    if (!options.ok()) return options.status();
    // The resolved options, fully set, serialize to one key per option set.
    std::string key;
    OptionsToProto(*options).SerializeToString(&key);
    {
      absl::MutexLock lock(&mu_);
      auto it = analyzers_.find(key);
      if (it != analyzers_.end()) {
        it->second.last_used = ++clock_;
        return it->second.analyzer;
      }
    }
    // Built without the lock: a new lexicon takes a while to compile, and
    // calls with other options go on meanwhile.
    absl::StatusOr<std::unique_ptr<quotes::Analyzer>> made =
        quotes::Analyzer::Create(*options);
    if (!made.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat("options: ", made.status().message()));
    }
    absl::MutexLock lock(&mu_);
    if (analyzers_.empty()) default_key_ = key;  // Init() asks for it first
    auto [it, inserted] = analyzers_.try_emplace(key);
    if (inserted) {
      it->second.analyzer = std::shared_ptr<const quotes::Analyzer>(*std::move(made));
      EvictBeyondLimit(key);
    }
    it->second.last_used = ++clock_;
    return it->second.analyzer;
  }

  // Drops least recently used analyzers, other than the defaults' and
  // `keep`'s, until at most max_analyzers_ are kept.
  void EvictBeyondLimit(const std::string& keep) ABSL_EXCLUSIVE_LOCKS_REQUIRED(mu_) {
    while (static_cast<int>(analyzers_.size()) > std::max(max_analyzers_, 2)) {
      auto oldest = analyzers_.end();
      for (auto it = analyzers_.begin(); it != analyzers_.end(); ++it) {
        if (it->first == default_key_ || it->first == keep) continue;
        if (oldest == analyzers_.end() || it->second.last_used < oldest->second.last_used) {
          oldest = it;
        }
      }
      if (oldest == analyzers_.end()) return;
      analyzers_.erase(oldest);
      ++evicted_;
    }
  }

  struct CachedAnalyzer {
    std::shared_ptr<const quotes::Analyzer> analyzer;
    uint64_t last_used = 0;
  };

  const quotes::v1::AnalyzeOptions defaults_;
  const int max_bytes_;
  const int max_analyzers_;
  const std::string token_;
  std::atomic<int64_t> calls_{0};
  std::atomic<int64_t> articles_{0};
  absl::Mutex mu_;
  std::map<std::string, CachedAnalyzer> analyzers_ ABSL_GUARDED_BY(mu_);
  std::string default_key_ ABSL_GUARDED_BY(mu_);
  uint64_t clock_ ABSL_GUARDED_BY(mu_) = 0;
  int64_t evicted_ ABSL_GUARDED_BY(mu_) = 0;
  absl::Mutex flight_mu_;
  int in_flight_ ABSL_GUARDED_BY(flight_mu_) = 0;
  bool draining_ ABSL_GUARDED_BY(flight_mu_) = false;
};

absl::StatusOr<std::unique_ptr<QuoteServer>> QuoteServer::Start(
    const ServerOptions& options) {
  if (options.max_message_bytes <= 0) {
    return absl::InvalidArgumentError("max_message_bytes must be positive");
  }
  std::unique_ptr<QuoteServer> qs(new QuoteServer());
  qs->service_ = std::make_unique<QuoteServiceImpl>(options);
  absl::Status s = qs->service_->Init();
  if (!s.ok()) return s;

  if (options.tls_cert_pem.empty() != options.tls_key_pem.empty()) {
    return absl::InvalidArgumentError(
        "TLS needs both a certificate and its private key");
  }
  std::shared_ptr<grpc::ServerCredentials> credentials = grpc::InsecureServerCredentials();
  if (!options.tls_cert_pem.empty()) {
    grpc::SslServerCredentialsOptions ssl;
    ssl.pem_key_cert_pairs.push_back({options.tls_key_pem, options.tls_cert_pem});
    credentials = grpc::SslServerCredentials(ssl);
  }
  grpc::EnableDefaultHealthCheckService(true);
  grpc::ServerBuilder builder;
  builder.AddListeningPort(options.address, credentials, &qs->port_);
  // Without this gRPC sets SO_REUSEPORT, and a second server on a port in use
  // would start and share it silently instead of failing.
  builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
  builder.SetMaxReceiveMessageSize(options.max_message_bytes);
  builder.SetMaxSendMessageSize(options.max_message_bytes);
  builder.RegisterService(qs->service_.get());
  qs->server_ = builder.BuildAndStart();
  if (qs->server_ == nullptr || qs->port_ == 0) {
    return absl::UnavailableError(
        absl::StrCat("cannot listen on ", options.address,
                     " (address in use, or not an address of this machine?)"));
  }
  const size_t colon = options.address.rfind(':');
  qs->address_ = absl::StrCat(options.address.substr(0, colon), ":", qs->port_);
  qs->tls_ = !options.tls_cert_pem.empty();
  qs->server_->GetHealthCheckService()->SetServingStatus(kQuoteServiceName, true);
  return qs;
}

QuoteServer::~QuoteServer() {
  if (server_ != nullptr) Shutdown(absl::ZeroDuration());
}

void QuoteServer::Shutdown(absl::Duration grace) {
  absl::MutexLock lock(&shutdown_mu_);
  if (shut_down_) return;
  shut_down_ = true;
  const absl::Time deadline = absl::Now() + grace;
  server_->GetHealthCheckService()->SetServingStatus(false);
  // Calls under way finish while the connections stay open. gRPC's own
  // Shutdown closes a connection as soon as its last call is done; a client
  // frame still unread then turns the close into a reset, and the client's
  // kernel drops the status it had not read yet (the call failed with
  // "Connection reset by peer" though the server had answered it). So new
  // calls are refused, the ones under way drained, and the connections
  // kept a moment longer for their clients to read the last status.
  service_->StopAdmitting();
  if (service_->AwaitIdle(deadline)) {
    absl::SleepFor(std::min(kLinger, std::max(deadline - absl::Now(), absl::ZeroDuration())));
  }
  server_->Shutdown(absl::ToChronoTime(deadline));
  server_->Wait();
}

int64_t QuoteServer::calls() const { return service_->calls(); }
int64_t QuoteServer::articles() const { return service_->articles(); }

absl::Status ServeUntilSignalled(const ServerOptions& options,
                                 absl::Duration grace, std::ostream* log) {
  // Block the signals before gRPC starts its threads, which inherit the mask;
  // this thread then takes them with sigwait, outside any signal handler, and
  // may shut the server down normally.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  absl::StatusOr<std::unique_ptr<QuoteServer>> server = QuoteServer::Start(options);
  if (!server.ok()) return server.status();
  *log << "factcheck: serving " << kQuoteServiceName << " and grpc.health.v1.Health; "
       << "listening on " << (*server)->address() << std::endl;
  if (!IsLoopback(options.address) && !(*server)->tls()) {
    *log << "factcheck: warning: listening on " << (*server)->address()
         << " without TLS: anyone who can reach this port reads the articles and "
            "their analyses"
         << (options.token.empty() ? " and may call the service" : ", and the token")
         << "; give --tls_cert and --tls_key" << std::endl;
  }
  int signal = 0;
  while (sigwait(&signals, &signal) != 0) {
  }
  *log << "factcheck: " << (signal == SIGTERM ? "SIGTERM" : "SIGINT")
       << ": shutting down, in-flight calls have " << absl::FormatDuration(grace)
       << std::endl;
  (*server)->Shutdown(grace);
  *log << "factcheck: stopped after " << (*server)->calls() << " calls, "
       << (*server)->articles() << " articles" << std::endl;
  return absl::OkStatus();
}

}  // namespace factcheck
