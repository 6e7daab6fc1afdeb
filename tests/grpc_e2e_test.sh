#!/bin/bash
# End to end over gRPC: `factcheck serve` on a free loopback port, then
# `factcheck extract --server` and `check --server` must print the same bytes
# and exit with the same code as local runs; SIGTERM and SIGINT stop the
# server cleanly.
set -u
BIN="$TEST_SRCDIR/$TEST_WORKSPACE/tools/factcheck"
SEEDS="$TEST_SRCDIR/$TEST_WORKSPACE/tests/testdata/seeds"
T="${TEST_TMPDIR:-$(mktemp -d)}"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

# start_server LOG [FLAGS...]: starts `factcheck serve --port=0` (a free
# port), sets PID and ADDR from its "listening on HOST:PORT" line.
start_server() {
  local log=$1
  shift
  "$BIN" serve --port=0 --shutdown_grace=5s "$@" 2>"$log" &
  PID=$!
  ADDR=""
  for _ in $(seq 1 200); do
    ADDR=$(sed -n 's/.*listening on \([0-9.]*:[0-9]*\).*/\1/p' "$log")
    [ -n "$ADDR" ] && return 0
    kill -0 "$PID" 2>/dev/null || break
    sleep 0.05
  done
  echo "server did not start:"; cat "$log"
  kill "$PID" 2>/dev/null
  exit 1
}

# same NAME ARGS...: `factcheck ARGS` locally and with --server give the same
# stdout and exit code.
same() {
  local name=$1; shift
  "$BIN" "$@" >"$T/local.out" 2>"$T/local.err"; local want=$?
  "$BIN" "$@" --server="$ADDR" >"$T/remote.out" 2>"$T/remote.err"; local got=$?
  [ "$got" = "$want" ] || fail "$name: exit $got with --server, $want locally; stderr: $(head -c 300 "$T/remote.err")"
  cmp -s "$T/local.out" "$T/remote.out" || {
    fail "$name: output differs from the local run"
    diff <(head -c 2000 "$T/local.out") <(head -c 2000 "$T/remote.out") | head -20
  }
  [ -s "$T/local.out" ] || fail "$name: no output at all"
}

start_server "$T/serve.log"
echo "server at $ADDR"

same "extract jsonl" extract "$SEEDS"/0*.txt
[ "$(grep -c . "$T/remote.out")" = 5 ] || fail "extract jsonl: want 5 records"
same "extract table" extract --format=table "$SEEDS"/0*.txt
same "extract textproto" extract --format=textproto "$SEEDS"/0*.txt
same "extract binary" extract --format=binary "$SEEDS"/0*.txt
same "extract json certain no text" extract --format=json --strictness=certain --include_text=false "$SEEDS"
same "check text" check "$SEEDS"/0*.txt
same "check json" check --format=json "$SEEDS"/0*.txt

# Inputs that fail: the same error records and exit 3 either way.
printf 'Good article. "We did it," she said.\n' >"$T/good.txt"
printf 'bad \xff\xfe bytes\n' >"$T/bad.txt"
: >"$T/empty.txt"
printf 'nul \0 byte\n' >"$T/nul.txt"
same "failed inputs" extract "$T/good.txt" "$T/bad.txt" "$T/empty.txt" "$T/nul.txt" "$T/missing.txt"
grep '"id":"bad.txt"' "$T/remote.out" | grep -q 'invalid UTF-8 at byte 4' || fail "bad utf8: no error record with its offset"

# JSONL on stdin.
printf '{"id":"j1","headline":"Talks","date":"2024-05-01","source":"Trend","text":"\\"We agreed,\\" Minister Ali Hasanov said on Monday."}\n' >"$T/in.jsonl"
"$BIN" extract - <"$T/in.jsonl" >"$T/local.out"
"$BIN" extract --server="$ADDR" - <"$T/in.jsonl" >"$T/remote.out"
cmp -s "$T/local.out" "$T/remote.out" || fail "jsonl stdin: output differs"

# A check larger than one message: 1,250 articles whose analyses make far
# more than the 1 MB either side accepts. Each article and its analysis
# travel in a message of their own and the analyses merge on the client, so
# the report is the local one, byte for byte.
MAIN_PID=$PID MAIN_ADDR=$ADDR
start_server "$T/serve_small.log" --max_message_mb=1
python3 - "$SEEDS"/0*.txt >"$T/many.jsonl" <<'PY'
import json, os, sys
texts = [(os.path.basename(p), open(p, encoding="utf-8").read()) for p in sys.argv[1:]]
for i in range(250):
    for name, text in texts:
        print(json.dumps({"id": f"copy{i}-{name}", "text": text}))
PY
[ "$(stat -c %s "$T/many.jsonl")" -gt 2000000 ] || fail "many: the input is too small to need several messages"
"$BIN" check --format=json "$T/many.jsonl" >"$T/local.out" 2>"$T/local.err"; want=$?
"$BIN" check --format=json --max_message_mb=1 --server="$ADDR" "$T/many.jsonl" >"$T/remote.out" 2>"$T/remote.err"; got=$?
[ "$got" = "$want" ] || fail "many: exit $got with --server, $want locally; stderr: $(head -c 300 "$T/remote.err")"
cmp -s "$T/local.out" "$T/remote.out" || fail "many: the report differs from the local one"
kill -TERM "$PID"; wait "$PID" 2>/dev/null
PID=$MAIN_PID ADDR=$MAIN_ADDR

# TLS and a token: the same bytes as a local run with both; a call without
# the token is refused (an error record, exit 3), and the warning for a
# plaintext server on every interface. The certificate is made here.
if command -v openssl >/dev/null; then
  openssl req -x509 -newkey rsa:2048 -nodes -keyout "$T/key.pem" -out "$T/cert.pem" -days 2 \
    -subj /CN=localhost -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" >/dev/null 2>&1 ||
    fail "tls: openssl could not make a certificate"
  echo "s3cret-token" >"$T/token"
  start_server "$T/serve_tls.log" --tls_cert="$T/cert.pem" --tls_key="$T/key.pem" --token_file="$T/token"
  "$BIN" check --format=json "$SEEDS"/0*.txt >"$T/local.out"
  "$BIN" check --format=json --server="$ADDR" --tls_ca="$T/cert.pem" --token_file="$T/token" \
    "$SEEDS"/0*.txt >"$T/remote.out" 2>"$T/remote.err" || fail "tls: exit $?: $(head -c 300 "$T/remote.err")"
  cmp -s "$T/local.out" "$T/remote.out" || fail "tls: the report differs from the local one"
  "$BIN" extract --server="$ADDR" --tls_ca="$T/cert.pem" "$SEEDS"/000_*.txt >"$T/out" 2>"$T/err"; rc=$?
  [ "$rc" = 3 ] || fail "no token: exit $rc, want 3"
  grep -q '"error":{[^}]*UNAUTHENTICATED: this server asks for a token' "$T/out" ||
    fail "no token: no error record saying so"
  kill -TERM "$PID"; wait "$PID" 2>/dev/null
  grep -q 'without TLS' "$T/serve_tls.log" && fail "tls: warned of plaintext"
  start_server "$T/serve_open.log" --address=0.0.0.0
  for _ in $(seq 1 100); do
    grep -q 'without TLS' "$T/serve_open.log" && break
    sleep 0.05
  done
  grep -q 'warning: listening on 0.0.0.0:[0-9]* without TLS' "$T/serve_open.log" ||
    fail "no warning for a plaintext server on every interface"
  kill -TERM "$PID"; wait "$PID" 2>/dev/null
  PID=$MAIN_PID ADDR=$MAIN_ADDR
else
  fail "openssl is missing (tools/setup.sh installs it)"
fi

# A port in use: one line saying so, not gRPC's own log.
"$BIN" serve --port="${ADDR##*:}" >/dev/null 2>"$T/inuse.err"; rc=$?
[ "$rc" = 2 ] || fail "port in use: exit $rc, want 2"
grep -q 'cannot listen on 127.0.0.1:[0-9]* (address in use' "$T/inuse.err" || fail "port in use: message: $(head -c 300 "$T/inuse.err")"
[ "$(grep -c . "$T/inuse.err")" = 1 ] || fail "port in use: more than our line: $(head -c 300 "$T/inuse.err")"

# No server there: a clear message, exit 3, no records.
"$BIN" extract --server=127.0.0.1:1 "$SEEDS"/0*.txt >"$T/out" 2>"$T/err"; rc=$?
[ "$rc" = 3 ] || fail "no server: exit $rc, want 3"
grep -q 'cannot connect to the quotes server at 127.0.0.1:1' "$T/err" || fail "no server: message: $(cat "$T/err")"
[ -s "$T/out" ] && fail "no server: printed records"

# serve takes no paths; bad flags are usage errors.
"$BIN" serve "$SEEDS" >/dev/null 2>&1; rc=$?
[ "$rc" = 2 ] || fail "serve PATH: exit $rc, want 2"
"$BIN" serve --port=70000 >/dev/null 2>&1; rc=$?
[ "$rc" = 2 ] || fail "serve --port=70000: exit $rc, want 2"
# A port in use: refused, not shared.
port=${ADDR##*:}
"$BIN" serve --port="$port" >/dev/null 2>"$T/err"; rc=$?
[ "$rc" = 2 ] || fail "port in use: exit $rc, want 2"

# SIGTERM: a clean stop, exit 0.
kill -TERM "$PID"; wait "$PID"; rc=$?
[ "$rc" = 0 ] || fail "SIGTERM: exit $rc, want 0"
grep -q 'SIGTERM: shutting down' "$T/serve.log" || fail "SIGTERM: not logged"
grep -q 'stopped after [1-9][0-9]* calls' "$T/serve.log" || fail "SIGTERM: no final count: $(cat "$T/serve.log")"

# SIGINT (Ctrl-C) too.
start_server "$T/serve2.log"
kill -INT "$PID"; wait "$PID"; rc=$?
[ "$rc" = 0 ] || fail "SIGINT: exit $rc, want 0"
grep -q 'SIGINT: shutting down' "$T/serve2.log" || fail "SIGINT: not logged"

[ "$fails" = 0 ] && echo "PASS" && exit 0
echo "$fails failure(s)"
exit 1
