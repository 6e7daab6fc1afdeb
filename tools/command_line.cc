// factcheck's commands, the flags each reads, the flag parser and help.
#include "tools/command_line.h"

#include <algorithm>

#include "absl/flags/commandlineflag.h"
#include "absl/flags/reflection.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "tools/version.h"

namespace factcheck {
namespace {

// The gRPC client flags every command that can send its work to a server
// reads.
constexpr char kAnalyzing[] = "extract check index serve";

}  // namespace

const std::vector<CommandInfo>& Commands() {
  static const auto* const kCommands = new std::vector<CommandInfo>{
      {"extract", "[flags] PATH...", "one quotes.v1.ArticleAnalysis per article"},
      {"check", "[flags] PATH...", "one quotes.v1.CrossCheckReport over all articles"},
      {"index", "--db=FILE [flags] PATH...", "store each article's analysis in an archive"},
      {"quotes", "--db=FILE --speaker=NAME [--match=WORDS]",
       "what one person said across an archive"},
      {"serve", "[flags]", "the gRPC service quotes.v1.QuoteService"},
      {"help", "[COMMAND]", "the commands, or one command's flags"},
  };
  return *kCommands;
}

const std::vector<FlagUse>& FlagUses() {
  static const auto* const kFlags = new std::vector<FlagUse>{
      {"format", "extract check index quotes"},
      {"db", "check index quotes"},
      {"db_batch", "index"},
      {"busy_timeout_ms", "check index quotes"},
      {"speaker", "quotes"},
      {"match", "quotes"},
      {"input_format", "extract check index"},
      {"verdict", "check"},
      {"fail_on", "check"},
      {"review_author", "check"},
      {"review_date", "check"},
      {"claims", kAnalyzing},
      {"strictness", kAnalyzing},
      {"lexicon", kAnalyzing},
      {"replace_lexicon", kAnalyzing},
      {"include_text", kAnalyzing},
      {"output", "extract check index quotes"},
      {"max_article_mb", "extract check index"},
      {"threads", "extract check index"},
      {"progress", "extract check index"},
      {"stats", "extract check index"},
      {"server", "extract check index"},
      {"rpc_timeout", "extract check index"},
      {"tls_ca", "extract check index"},
      {"token_file", kAnalyzing},
      {"max_message_mb", kAnalyzing},
      {"address", "serve"},
      {"port", "serve"},
      {"tls_cert", "serve"},
      {"tls_key", "serve"},
      {"shutdown_grace", "serve"},
  };
  return *kFlags;
}

const CommandInfo* FindCommand(absl::string_view name) {
  for (const CommandInfo& c : Commands()) {
    if (name == c.name) return &c;
  }
  return nullptr;
}

namespace {

bool IsHelpFlag(absl::string_view a) {
  return a == "--help" || a == "-help" || a == "-h";
}

// "--fail-on=x" -> name "fail_on", value "x", has_value true.
struct FlagArg {
  std::string name;
  std::string value;
  bool has_value = false;
};

FlagArg SplitFlag(absl::string_view arg) {
  FlagArg f;
  arg.remove_prefix(absl::StartsWith(arg, "--") ? 2 : 1);
  const size_t eq = arg.find('=');
  f.name = std::string(arg.substr(0, eq));
  std::replace(f.name.begin(), f.name.end(), '-', '_');
  if (eq != absl::string_view::npos) {
    f.value = std::string(arg.substr(eq + 1));
    f.has_value = true;
  }
  return f;
}

// `text` wrapped at `width` columns, each line after `indent` spaces.
std::string Wrap(absl::string_view text, size_t indent, size_t width) {
  std::string out, line;
  for (absl::string_view word : absl::StrSplit(text, ' ', absl::SkipEmpty())) {
    if (!line.empty() && indent + line.size() + 1 + word.size() > width) {
      absl::StrAppend(&out, std::string(indent, ' '), line, "\n");
      line.clear();
    }
    absl::StrAppend(&line, line.empty() ? "" : " ", word);
  }
  if (!line.empty()) absl::StrAppend(&out, std::string(indent, ' '), line, "\n");
  return out;
}

bool CommandReads(const FlagUse& use, absl::string_view command) {
  for (absl::string_view c : absl::StrSplit(use.commands, ' ', absl::SkipEmpty())) {
    if (c == command) return true;
  }
  return false;
}

}  // namespace

absl::Status ParseFlags(int argc, char** argv, std::vector<std::string>* args) {
  bool flags_done = false;
  for (int i = 1; i < argc; ++i) {
    const absl::string_view a = argv[i];
    if (flags_done || a.size() < 2 || a[0] != '-') {
      args->emplace_back(a);
      continue;
    }
    if (a == "--") {
      flags_done = true;
      continue;
    }
    FlagArg f = SplitFlag(a);
    absl::CommandLineFlag* flag = absl::FindCommandLineFlag(f.name);
    if (flag == nullptr && !f.has_value && absl::StartsWith(f.name, "no")) {
      // --noname sets a boolean false.
      absl::CommandLineFlag* negated = absl::FindCommandLineFlag(f.name.substr(2));
      if (negated != nullptr && negated->IsOfType<bool>()) {
        flag = negated;
        f.value = "false";
        f.has_value = true;
      }
    }
    if (flag == nullptr || flag->IsRetired()) {
      return absl::InvalidArgumentError(absl::StrCat("unknown flag ", a));
    }
    if (!f.has_value) {
      if (flag->IsOfType<bool>()) {
        f.value = "true";
      } else if (i + 1 < argc) {
        f.value = argv[++i];
      } else {
        return absl::InvalidArgumentError(absl::StrCat("flag ", a, " needs a value"));
      }
    }
    std::string error;
    if (!flag->ParseFrom(f.value, &error)) {
      return absl::InvalidArgumentError(
          absl::StrCat("bad value for --", flag->Name(), ": ", error));
    }
  }
  return absl::OkStatus();
}

HelpRequest WantsHelp(int argc, char** argv, std::string* command) {
  HelpRequest request = HelpRequest::kNone;
  command->clear();
  bool help_command = false;
  for (int i = 1; i < argc; ++i) {
    const absl::string_view a = argv[i];
    if (a == "--") break;
    if (a.size() > 1 && a[0] == '-') {
      if (IsHelpFlag(a)) request = HelpRequest::kHelp;
      if (a == "--helpfull" || a == "-helpfull") request = HelpRequest::kHelpAll;
      if ((a == "--version" || a == "-version") && request == HelpRequest::kNone) {
        request = HelpRequest::kVersion;
      }
      continue;
    }
    if (command->empty() && !help_command && a == "help") {
      help_command = true;
      if (request == HelpRequest::kNone) request = HelpRequest::kHelp;
      continue;
    }
    if (command->empty()) *command = std::string(a);
  }
  return request;
}

void PrintCommandList(std::ostream* out) {
  *out << "factcheck " << kVersion
       << ": who said what in news articles, and which of their facts agree.\n\n"
       << "usage: factcheck COMMAND [flags] [PATH...]\n\ncommands:\n";
  for (const CommandInfo& c : Commands()) {
    std::string head = absl::StrCat("  ", c.name, " ", c.args);
    head.resize(std::max<size_t>(head.size() + 2, 28), ' ');
    *out << head << c.summary << "\n";
  }
  *out << "\n"
       << Wrap("PATH: a text file, a .jsonl/.ndjson or .json file of records, a .pb "
               "stream of length-delimited records, any of them gzipped, a folder of "
               "them (recursively), or - for stdin; extract's own output (analyses) "
               "is read as such, and check does not analyse it again.",
               0, 76)
       << "\nexit codes (when several apply, the first listed here that applies "
          "wins):\n"
          "  2  usage error: a bad or unknown flag, command or value; nothing run\n"
          "  3  some inputs failed (each has an error record; stderr says how many)\n"
          "  1  check --fail_on=conflict found a conflict\n"
          "  0  every input processed\n\n"
          "factcheck help COMMAND (or factcheck COMMAND --help) lists a command's\n"
          "flags; factcheck --version prints the version.\n";
}

bool PrintCommandHelp(absl::string_view command, std::ostream* out) {
  const CommandInfo* c = FindCommand(command);
  if (c == nullptr) return false;
  *out << "usage: factcheck " << c->name << " " << c->args << "\n"
       << Wrap(c->summary, 2, 76);
  bool any = false;
  for (const FlagUse& use : FlagUses()) {
    if (!CommandReads(use, command)) continue;
    const absl::CommandLineFlag* flag = absl::FindCommandLineFlag(use.flag);
    if (flag == nullptr) continue;  // not linked into this binary
    if (!any) *out << "\nflags:\n";
    any = true;
    *out << "  --" << flag->Name();
    const std::string def = flag->DefaultValue();
    if (!def.empty()) *out << " (default: " << def << ")";
    *out << "\n" << Wrap(flag->Help(), 6, 76);
  }
  return true;
}

}  // namespace factcheck
