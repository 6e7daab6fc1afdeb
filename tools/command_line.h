// factcheck's command line: which commands there are, which flags belong
// to which command (two tables, extended by adding rows), the flag parser
// and the help pages made from those tables.
//
// Flags are still defined with ABSL_FLAG where they are used; this file only
// says which command reads each one, so that `factcheck help CMD` lists that
// command's flags and nothing else, and parses the command line itself so
// that a bad or unknown flag is a usage error (exit 2), not absl's exit 1.
//
// Example:
//   std::vector<std::string> args;
//   if (absl::Status s = factcheck::ParseFlags(argc, argv, &args); !s.ok()) {
//     return Usage(s.message());  // exit 2
//   }
//   // args: the command and its paths, flags removed.
#ifndef TOOLS_COMMAND_LINE_H_
#define TOOLS_COMMAND_LINE_H_

#include <ostream>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace factcheck {

// Exit codes. When several apply, the first that applies in this order
// wins: a usage error (nothing was run), then failed inputs (the report is
// incomplete), then a conflict under --fail_on=conflict, then success.
inline constexpr int kExitOk = 0;
inline constexpr int kExitConflict = 1;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitSomeFailed = 3;

// One command of factcheck.
struct CommandInfo {
  const char* name;     // "check"
  const char* args;     // what follows the flags: "PATH..."
  const char* summary;  // one line: what it prints
};

// One flag and the commands that read it.
struct FlagUse {
  const char* flag;      // the ABSL_FLAG's name, without dashes
  const char* commands;  // the commands that read it, separated by spaces
};

// The tables, in the order help lists them.
const std::vector<CommandInfo>& Commands();
const std::vector<FlagUse>& FlagUses();

// The command named `name`, or nullptr.
const CommandInfo* FindCommand(absl::string_view name);

// Parses the flags of argv[1..argc) into the ABSL_FLAGs and appends what is
// not a flag (the command, the paths) to `*args` in order. Accepts
// --name=value, --name value (not for booleans), --name and --noname
// (booleans), one or two leading dashes, dashes for underscores in names
// ("--fail-on"), and "--" to end the flags ("-" is stdin, a path). An
// unknown flag or a value that does not parse is an InvalidArgumentError
// naming it. Help and version flags are for WantsHelp(), not parsed here.
absl::Status ParseFlags(int argc, char** argv, std::vector<std::string>* args);

// What the command line asks for before anything is run.
enum class HelpRequest { kNone, kHelp, kHelpAll, kVersion };

// kHelp for --help, -h or -help (or the command "help"), kHelpAll for
// --helpfull, kVersion for --version, among the flags before "--". Sets
// `*command` to the command the help is for: the first argument that is
// not a flag, or the one after "help" ("" for none).
HelpRequest WantsHelp(int argc, char** argv, std::string* command);

// The list of commands, the exit codes and how to get a command's flags.
void PrintCommandList(std::ostream* out);

// Usage and flags of one command (false, printing nothing, for an unknown
// command).
bool PrintCommandHelp(absl::string_view command, std::ostream* out);

}  // namespace factcheck

#endif  // TOOLS_COMMAND_LINE_H_
