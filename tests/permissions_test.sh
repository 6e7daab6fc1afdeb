#!/bin/bash
# An unreadable subfolder costs one error record naming it; the files beside
# it are read. The permission must hold for the reader, so as root the
# command runs as `nobody` (setpriv). That needs a real user switch, which
# Bazel's sandbox does not map: the test is tagged no-sandbox, and the tree
# and a copy of the binary go to a fresh folder under /tmp, which any user
# can enter (the test's own folders are under root's home).
set -u
BIN="$TEST_SRCDIR/$TEST_WORKSPACE/tools/factcheck"
T="${TEST_TMPDIR:-$(mktemp -d)}"
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }

P="$(mktemp -d /tmp/factcheck_perm.XXXXXX)"
trap 'chmod -R u+rwx "$P" 2>/dev/null; rm -rf "$P"' EXIT
mkdir -p "$P/tree/locked"
cp "$BIN" "$P/factcheck"
printf 'The bridge opens in May, the mayor said.\n' >"$P/tree/a.txt"
cp "$P/tree/a.txt" "$P/tree/locked/b.txt"
cp "$P/tree/a.txt" "$P/tree/z.txt"
chmod -R a+rX "$P"
chmod 000 "$P/tree/locked"
as_reader=()
if [ "$(id -u)" = 0 ]; then
  command -v setpriv >/dev/null || { echo "setpriv (util-linux) is missing"; exit 1; }
  as_reader=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
fi
"${as_reader[@]}" "$P/factcheck" extract --claims=false "$P/tree" >"$T/out" 2>"$T/err"
rc=$?
[ "$rc" = 3 ] || fail "exit $rc, want 3; stderr: $(head -c 300 "$T/err")"
[ "$(grep -c . "$T/out")" = 3 ] || fail "want 3 records: a.txt, the folder's error, z.txt"
sed -n 2p "$T/out" | grep -q '"id":"locked".*"error":{[^}]*cannot read folder [^"]*locked: Permission denied' ||
  fail "no error record naming the unreadable folder"
sed -n 3p "$T/out" | grep -q '"id":"z.txt"' || fail "the file after the folder is lost"
grep -q 'locked: cannot read folder' "$T/err" || fail "stderr does not name the folder"
[ "$fails" = 0 ] || { echo "$fails failure(s)"; cat "$T/out" | cut -c1-200; exit 1; }
echo PASS
