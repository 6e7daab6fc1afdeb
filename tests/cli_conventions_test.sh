#!/bin/bash
# factcheck's command-line conventions: help per command, --version, and the
# exit code of each kind of outcome, with their precedence when several
# apply. Table-driven: each row is a name, the exit code wanted and the
# arguments.
source "$TEST_SRCDIR/$TEST_WORKSPACE/tests/cli_test_lib.sh"
run() { "$BIN" "$@" >"$T/out" 2>"$T/err"; echo $?; }

printf 'Good article. "We did it," she said.\n' >"$T/good.txt"
printf 'bad \xff\xfe bytes\n' >"$T/bad.txt"
printf ' date 2024-03-02 LISBON, Portugal, March 2. The Third Ocean Summit is attended by 50 delegates from 12 countries, Lusa reports.\n' >"$T/sum_a.txt"
printf ' date 2024-03-02 LISBON, Portugal, March 2. The Third Ocean Summit is attended by 80 delegates from 12 countries, Reuters reports.\n' >"$T/sum_b.txt"

# name | exit code | arguments (word-split; paths under $T)
while IFS='|' read -r name want args; do
  [ -z "$name" ] && continue
  args="${args//@/$T/}"
  # shellcheck disable=SC2086
  rc=$(run $args)
  [ "$rc" = "$want" ] || fail "$name: exit $rc, want $want; stderr: $(head -c 300 "$T/err")"
done <<'TABLE'
ok|0|extract @good.txt
ok_dashed_flag|0|extract --include-text=false @good.txt
ok_flag_value_apart|0|extract --format json @good.txt
ok_no_bool|0|extract --noclaims @good.txt
help_flag|0|--help
help_command|0|help check
command_help_flag|0|extract --help
version|0|--version
conflict|1|check --fail_on=conflict @sum_a.txt @sum_b.txt
conflict_not_asked|0|check @sum_a.txt @sum_b.txt
unknown_flag|2|extract --no_such_flag @good.txt
bad_int_value|2|extract --threads=many @good.txt
bad_bool_value|2|extract --claims=maybe @good.txt
flag_missing_value|2|extract @good.txt --format
unknown_command|2|frobnicate @good.txt
help_unknown_command|2|help frobnicate
no_command|2|
no_paths|2|check
bad_format|2|extract --format=yaml @good.txt
bad_verdict|2|check --verdict=MAYBE @good.txt
verdict_for_extract|2|extract --verdict=CONFLICT @good.txt
replace_lexicon_alone|2|extract --replace_lexicon @good.txt
failed_input|3|extract @good.txt @bad.txt
usage_before_failed|2|extract --threads=-1 @bad.txt
failed_before_conflict|3|check --fail_on=conflict @sum_a.txt @sum_b.txt @bad.txt
TABLE

# Each command's help lists its own flags and no other command's.
# command | flags it must list | flags it must not list
while IFS='|' read -r cmd has hasnt; do
  for how in "help $cmd" "$cmd --help" "$cmd -h"; do
    # shellcheck disable=SC2086
    [ "$(run $how)" = 0 ] || fail "$how: not exit 0"
    grep -q "^usage: factcheck $cmd " "$T/out" || fail "$how: no usage line"
    for f in $has; do grep -q -- "^  --$f\b" "$T/out" || fail "$how: --$f not listed"; done
    for f in $hasnt; do grep -q -- "^  --$f\b" "$T/out" && fail "$how: --$f listed"; done
    grep -q "UNKNOWN" "$T/out" && fail "$how: an UNKNOWN line"
  done
done <<'TABLE'
extract|format input_format claims threads output server|fail_on verdict port address tls_cert
check|format fail_on verdict threads server|port address tls_cert
serve|port address tls_cert shutdown_grace strictness|format fail_on verdict threads output
TABLE

# The command list names every command and the exit codes.
run --help >/dev/null
for c in extract check serve help; do
  grep -q "^  $c " "$T/out" || fail "--help: command $c not listed"
done
for code in 0 1 2 3; do grep -q "^  $code  " "$T/out" || fail "--help: exit code $code not explained"; done
grep -q "UNKNOWN" "$T/out" "$T/err" && fail "--help: an UNKNOWN line"

# --version prints the one version constant.
run --version >/dev/null
want=$(sed -n 's/.*kVersion\[\] = "\([^"]*\)".*/\1/p' "$ROOT/tools/version.h")
[ -n "$want" ] || fail "version.h holds no kVersion"
[ "$(cat "$T/out")" = "factcheck $want" ] || fail "--version: '$(cat "$T/out")', want 'factcheck $want'"

# A bad flag and a failed input say what happened on stderr.
run extract --no_such_flag "$T/good.txt" >/dev/null
grep -q "unknown flag --no_such_flag" "$T/err" || fail "unknown flag: not named: $(cat "$T/err")"
run extract "$T/good.txt" "$T/bad.txt" "$T/bad.txt" >/dev/null
grep -q "2 of 3 inputs failed" "$T/err" || fail "failed inputs: not counted on stderr: $(cat "$T/err")"

# Every flag the front end defines is in the table of which command reads
# it, so that some command's help lists it: a flag without a row would be
# read by no command and shown by none.
for src in "$ROOT"/tools/factcheck.cc "$ROOT"/tools/remote_command.cc \
           "$ROOT"/tools/archive_command.cc; do
  [ -f "$src" ] || { fail "source not found: $src"; continue; }
  for flag in $(sed -n 's/^ABSL_FLAG([^,]*, *\([a-z_0-9]*\),.*/\1/p' "$src"); do
    found=0
    for cmd in extract check index quotes serve; do
      "$BIN" help "$cmd" 2>/dev/null | grep -q -- "^  --$flag\b" && { found=1; break; }
    done
    [ "$found" = 1 ] || fail "flag --$flag ($(basename "$src")) is in no command's help"
  done
done
[ "$(sed -n 's/^ABSL_FLAG([^,]*, *\([a-z_0-9]*\),.*/\1/p' "$ROOT"/tools/*.cc | wc -l)" -gt 25 ] ||
  fail "fewer flags read from the sources than factcheck has"

finish "CLI convention"
