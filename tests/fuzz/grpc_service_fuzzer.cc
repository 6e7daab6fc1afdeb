// libFuzzer target for the gRPC service's request handling: any bytes, sent
// to an in-process QuoteServer over loopback as the raw request of a
// QuoteService method, get an answer (OK or an error status with a message)
// before the deadline, and the server goes on answering. The first byte
// picks the method and, for a stream, where the bytes are cut into
// messages; the metadata the stream reads its options from is fuzzed too.
//
// Built and run by tests/fuzz/run_fuzzers.sh (clang-14, -fsanitize=fuzzer).
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include <grpcpp/grpcpp.h>
#include <grpcpp/impl/client_unary_call.h>
#include <grpcpp/impl/codegen/sync_stream.h>
#include <grpcpp/impl/rpc_method.h>

#include "service/server.h"
#include "service/service_options.h"

namespace {

struct Fixture {
  std::unique_ptr<factcheck::QuoteServer> server;
  std::shared_ptr<grpc::Channel> channel;
};

Fixture& Get() {
  static Fixture* fixture = [] {
    auto* f = new Fixture;
    factcheck::ServerOptions options;
    options.max_message_bytes = 1 << 20;
    options.max_analyzers = 3;  // requests with options of their own evict
    absl::StatusOr<std::unique_ptr<factcheck::QuoteServer>> server =
        factcheck::QuoteServer::Start(options);
    if (!server.ok()) std::abort();
    f->server = *std::move(server);
    f->channel = grpc::CreateChannel(f->server->address(),
                                     grpc::InsecureChannelCredentials());
    return f;
  }();
  return *fixture;
}

grpc::ByteBuffer Bytes(const std::string& s) {
  grpc::Slice slice(s);
  return grpc::ByteBuffer(&slice, 1);
}

// An answer is OK or names its fault; a deadline passed on inputs this small
// means the server hung.
void CheckAnswer(const grpc::Status& s) {
  if (s.error_code() == grpc::StatusCode::DEADLINE_EXCEEDED) std::abort();
  if (!s.ok() && s.error_message().empty()) std::abort();
}

void SetDeadline(grpc::ClientContext* context) {
  context->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
}

void Unary(const char* method, const std::string& bytes) {
  grpc::internal::RpcMethod rpc(method, grpc::internal::RpcMethod::NORMAL_RPC);
  grpc::ByteBuffer request = Bytes(bytes), response;
  grpc::ClientContext context;
  SetDeadline(&context);
  CheckAnswer(grpc::internal::BlockingUnaryCall(Get().channel.get(), rpc, &context,
                                                request, &response));
}

// The bytes cut at every `cut` byte into stream messages; a message that
// starts with '@' is instead a metadata value of the call (the options
// the stream reads), sent before the stream opens.
void Stream(const std::string& bytes, char cut) {
  std::vector<std::string> pieces;
  std::string piece;
  for (char c : bytes) {
    if (c == cut) {
      pieces.push_back(piece);
      piece.clear();
    } else {
      piece.push_back(c);
    }
  }
  pieces.push_back(piece);
  static const char* const kKeys[] = {factcheck::kStrictnessMetadata,
                                      factcheck::kIncludeTextMetadata,
                                      factcheck::kExtractClaimsMetadata};
  grpc::ClientContext context;
  SetDeadline(&context);
  std::vector<std::string> messages;
  int key = 0;
  for (const std::string& p : pieces) {
    if (!p.empty() && p[0] == '@') {
      // Metadata values must be printable ASCII, or the client refuses them.
      std::string value;
      for (char c : p.substr(1)) {
        if (c >= 0x20 && c < 0x7f) value.push_back(c);
      }
      context.AddMetadata(kKeys[key++ % 3], value);
    } else {
      messages.push_back(p);
    }
  }
  grpc::internal::RpcMethod rpc("/quotes.v1.QuoteService/AnalyzeStream",
                                grpc::internal::RpcMethod::BIDI_STREAMING);
  std::unique_ptr<grpc::ClientReaderWriter<grpc::ByteBuffer, grpc::ByteBuffer>> stream(
      grpc::internal::ClientReaderWriterFactory<grpc::ByteBuffer, grpc::ByteBuffer>::Create(
          Get().channel.get(), rpc, &context));
  grpc::ByteBuffer out;
  size_t answered = 0;
  for (const std::string& m : messages) {
    if (!stream->Write(Bytes(m))) break;
    if (!stream->Read(&out)) break;
    ++answered;
  }
  stream->WritesDone();
  while (stream->Read(&out)) ++answered;
  const grpc::Status s = stream->Finish();
  CheckAnswer(s);
  // Every message is answered, or the call ends with an error.
  if (s.ok() && answered != messages.size()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 3) {
    case 0:
      Unary("/quotes.v1.QuoteService/Analyze", rest);
      break;
    case 1:
      Unary("/quotes.v1.QuoteService/CrossCheck", rest);
      break;
    default:
      Stream(rest, static_cast<char>(data[0] >> 2));
      break;
  }
  return 0;
}
