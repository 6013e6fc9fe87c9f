#!/usr/bin/env bash
# The whole newcomer path, as README's quick start describes it, in a private (0700) folder:
# clone, `npm ci`, `npm run dev` until the login page answers and the demo login works, Ctrl-C,
# no PostgreSQL left running, then one integration test file (its global setup starts a throwaway
# embedded PostgreSQL). Run as root it covers the case where the `postgres` OS user cannot enter
# the clone. Not part of `npm test` (it takes minutes: a fresh `npm ci`).
#
#   scripts/check-newcomer.sh [REPO] [COMMIT]    (defaults: this repository, its HEAD commit)
set -euo pipefail

repo=${1:-$(git rev-parse --show-toplevel)}
commit=${2:-$(git -C "$repo" rev-parse HEAD)}
work=$(mktemp -d) # mode 0700: nobody but its owner can enter it
clone="$work/claimdesk"
log="$work/dev.log"
dev_pid=
data_dir=

fail() { echo "FAIL: $*"; [ -f "$log" ] && { echo '--- npm run dev output (last 40 lines):'; tail -n 40 "$log"; }; exit 1; }
cleanup() {
  if [ -n "$dev_pid" ] && kill -0 "$dev_pid" 2>/dev/null; then kill -KILL -- "-$dev_pid" 2>/dev/null || true; fi
  # A database kept outside the clone (see scripts/lib/postgres-locations.ts) belongs to this run only.
  case "$data_dir" in /var/lib/claimdesk/*) rm -rf "$data_dir" ;; esac
  rm -rf "$work"
}
trap cleanup EXIT

echo "== clone $commit into $work (mode $(stat -c %a "$work"), user $(id -un))"
git clone -q --no-checkout "$repo" "$clone"
git -C "$clone" checkout -q "$commit"
cd "$clone"

echo '== npm ci'
npm ci --no-audit --no-fund >"$work/npm-ci.log" 2>&1 || { tail -n 30 "$work/npm-ci.log"; fail 'npm ci failed'; }

port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
echo "== npm run dev on port $port"
# Its own process group, so that Ctrl-C can be imitated the way a terminal sends it: to the whole group.
PORT=$port setsid npm run dev >"$log" 2>&1 &
dev_pid=$!

status=000
for _ in $(seq 1 180); do
  kill -0 "$dev_pid" 2>/dev/null || fail 'npm run dev exited before the app answered'
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login" || true)
  [ "$status" = 200 ] && break
  sleep 2
done
[ "$status" = 200 ] || fail "GET /login answered $status"
echo 'ok   GET /login answers 200'

login=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -H "Origin: http://localhost:$port" \
  -d '{"email":"admin@example.org","password":"admin-password"}' "http://localhost:$port/api/login")
[ "$login" = 200 ] || fail "POST /api/login answered $login"
echo 'ok   the demo login works'

data_dir=$(grep -o '/var/lib/claimdesk/[^ ,;)]*' "$log" | head -n 1 || true)
postmasters=$(pgrep -g "$dev_pid" -x postgres | wc -l)
[ "$postmasters" -gt 0 ] || fail 'no PostgreSQL process found in the dev process group'

echo '== Ctrl-C'
kill -INT -- "-$dev_pid"
for _ in $(seq 1 30); do kill -0 "$dev_pid" 2>/dev/null || break; sleep 1; done
kill -0 "$dev_pid" 2>/dev/null && fail 'npm run dev still running 30 s after Ctrl-C'
sleep 1
left=$(pgrep -g "$dev_pid" | tr '\n' ' ' || true)
[ -z "$left" ] || fail "processes left running after Ctrl-C: $left"
grep -q 'Error\|EACCES' "$log" && fail 'the dev log holds an error'
echo 'ok   stopped cleanly, no postmaster left'
dev_pid=

echo '== an integration test file (throwaway embedded PostgreSQL from the Vitest global setup)'
npx vitest run tests/integration/users-actions.test.ts >"$work/vitest.log" 2>&1 || { tail -n 40 "$work/vitest.log"; fail 'vitest failed'; }
tail -n 6 "$work/vitest.log"
echo 'PASS: the newcomer path works here'
