#include "service/client.h"

#include <chrono>
#include <thread>
#include <utility>

#include <grpcpp/grpcpp.h>
#include <grpcpp/impl/client_unary_call.h>
#include <grpcpp/impl/rpc_method.h>

#include "absl/strings/str_cat.h"
#include "google/protobuf/wrappers.pb.h"
#include "proto/quotes_service.grpc.pb.h"
#include "proto/quotes_service.pb.h"
#include "service/service_options.h"

namespace factcheck {
namespace {

absl::Status FromGrpc(const grpc::Status& s, const std::string& target) {
  if (s.ok()) return absl::OkStatus();
  const auto code = static_cast<absl::StatusCode>(s.error_code());
  return absl::Status(code, absl::StrCat("server ", target, ": ",
                                         absl::StatusCodeToString(code), ": ",
                                         s.error_message()));
}

std::chrono::system_clock::time_point DeadlineAfter(absl::Duration d) {
  return absl::ToChronoTime(absl::Now() + d);
}

}  // namespace

struct QuoteClient::Stub {
  std::unique_ptr<quotes::v1::QuoteService::Stub> service;
  quotes::v1::AnalyzeOptions options;  // OptionsToProto(options_.analyzer)
};

QuoteClient::~QuoteClient() = default;

absl::StatusOr<std::unique_ptr<QuoteClient>> QuoteClient::Connect(
    const std::string& target, const ClientOptions& options) {
  std::unique_ptr<QuoteClient> client(new QuoteClient());
  client->target_ = target;
  client->options_ = options;
  grpc::ChannelArguments args;
  args.SetMaxReceiveMessageSize(options.max_message_bytes);
  args.SetMaxSendMessageSize(options.max_message_bytes);
  if (options.own_connection) args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
  std::shared_ptr<grpc::ChannelCredentials> credentials = grpc::InsecureChannelCredentials();
  if (!options.tls_ca_pem.empty()) {
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = options.tls_ca_pem;
    credentials = grpc::SslCredentials(ssl);
  }
  client->channel_ = grpc::CreateCustomChannel(target, credentials, args);
  if (!client->channel_->WaitForConnected(DeadlineAfter(options.connect_timeout))) {
    return absl::UnavailableError(
        absl::StrCat("cannot connect to the quotes server at ", target, " within ",
                     absl::FormatDuration(options.connect_timeout),
                     " (is `factcheck serve` running there?)"));
  }
  client->stub_ = std::make_unique<Stub>();
  client->stub_->service = quotes::v1::QuoteService::NewStub(client->channel_);
  client->stub_->options = OptionsToProto(options.analyzer);
  absl::Status health = client->CheckHealth();
  if (!health.ok()) return health;
  return client;
}

absl::Status QuoteClient::CheckHealth() const {
  // grpc.health.v1.HealthCheckRequest is {string service = 1} and
  // HealthCheckResponse {ServingStatus status = 1}: on the wire they are
  // google.protobuf.StringValue and Int32Value, which libprotobuf already has,
  // so the health proto need not be compiled here.
  static const grpc::internal::RpcMethod kCheck(
      "/grpc.health.v1.Health/Check", grpc::internal::RpcMethod::NORMAL_RPC);
  google::protobuf::StringValue request;
  request.set_value(kQuoteServiceName);
  google::protobuf::Int32Value response;
  grpc::ClientContext context;
  context.set_deadline(DeadlineAfter(options_.connect_timeout));
  grpc::Status s = grpc::internal::BlockingUnaryCall(channel_.get(), kCheck,
                                                     &context, request, &response);
  if (!s.ok()) {
    return absl::UnavailableError(absl::StrCat(
        "health check of ", target_, " failed: ", s.error_message()));
  }
  constexpr int kServing = 1;
  if (response.value() != kServing) {
    return absl::UnavailableError(absl::StrCat(
        "the server at ", target_, " is not SERVING (status ", response.value(), ")"));
  }
  return absl::OkStatus();
}

void QuoteClient::Authorize(grpc::ClientContext* context) const {
  if (!options_.token.empty()) {
    context->AddMetadata("authorization", "Bearer " + options_.token);
  }
}

absl::StatusOr<quotes::v1::ArticleAnalysis> QuoteClient::AnalyzeOrStatus(
    absl::string_view text, const quotes::v1::Article& hints) const {
  quotes::v1::AnalyzeRequest request;
  *request.mutable_article() = hints;
  request.mutable_article()->clear_text();
  request.set_raw_text(text.data(), text.size());
  *request.mutable_options() = stub_->options;
  grpc::ClientContext context;
  context.set_deadline(DeadlineAfter(options_.call_timeout));
  Authorize(&context);
  quotes::v1::ArticleAnalysis analysis;
  grpc::Status s = stub_->service->Analyze(&context, request, &analysis);
  if (!s.ok()) return FromGrpc(s, target_);
  // An empty raw_text reads as "use article.text" on the server, which was
  // also empty: the result is the same "no text" error record either way.
  return analysis;
}

quotes::v1::ArticleAnalysis QuoteClient::Analyze(
    absl::string_view text, const quotes::v1::Article& hints) const {
  absl::StatusOr<quotes::v1::ArticleAnalysis> analysis = AnalyzeOrStatus(text, hints);
  if (analysis.ok()) return *std::move(analysis);
  quotes::v1::ArticleAnalysis failed;
  *failed.mutable_article() = hints;
  failed.mutable_article()->clear_text();
  failed.mutable_error()->set_article_id(hints.id());
  failed.mutable_error()->set_message(std::string(analysis.status().message()));
  return failed;
}

absl::StatusOr<std::vector<quotes::v1::ArticleAnalysis>> QuoteClient::AnalyzeStream(
    const std::vector<quotes::v1::Article>& articles) const {
  grpc::ClientContext context;
  context.set_deadline(DeadlineAfter(options_.call_timeout));
  Authorize(&context);
  const quotes::AnalyzerOptions& o = options_.analyzer;
  context.AddMetadata(kStrictnessMetadata, StrictnessName(o.strictness));
  context.AddMetadata(kIncludeTextMetadata, o.include_text ? "true" : "false");
  context.AddMetadata(kExtractClaimsMetadata, o.extract_claims ? "true" : "false");
  std::unique_ptr<grpc::ClientReaderWriter<quotes::v1::Article,
                                           quotes::v1::ArticleAnalysis>>
      stream = stub_->service->AnalyzeStream(&context);
  // Writes and reads run side by side, so neither side's flow-control window
  // fills up while the other waits.
  std::thread writer([&stream, &articles] {
    for (const quotes::v1::Article& a : articles) {
      if (!stream->Write(a)) break;  // the call ended; Finish() says why
    }
    stream->WritesDone();
  });
  std::vector<quotes::v1::ArticleAnalysis> out;
  out.reserve(articles.size());
  quotes::v1::ArticleAnalysis analysis;
  while (stream->Read(&analysis)) out.push_back(std::move(analysis));
  writer.join();
  grpc::Status s = stream->Finish();
  if (!s.ok()) return FromGrpc(s, target_);
  if (out.size() != articles.size()) {
    return absl::InternalError(absl::StrCat("server ", target_, " answered ",
                                            out.size(), " of ", articles.size(),
                                            " articles"));
  }
  return out;
}

absl::StatusOr<quotes::v1::CrossCheckReport> QuoteClient::CrossCheck(
    const std::vector<quotes::v1::ArticleAnalysis>& analyses) const {
  quotes::v1::CrossCheckRequest request;
  request.mutable_analyses()->Reserve(static_cast<int>(analyses.size()));
  for (const quotes::v1::ArticleAnalysis& a : analyses) *request.add_analyses() = a;
  *request.mutable_options() = stub_->options;
  grpc::ClientContext context;
  context.set_deadline(DeadlineAfter(options_.call_timeout));
  Authorize(&context);
  quotes::v1::CrossCheckReport report;
  grpc::Status s = stub_->service->CrossCheck(&context, request, &report);
  if (!s.ok()) return FromGrpc(s, target_);
  return report;
}

}  // namespace factcheck
