#!/usr/bin/env bash
# Issue 11 benchmarks, in one run on a platform this script starts (./knutpunkt start, its own
# profile var/bench-live-<db>; KNUTPUNKT_DB=h2|postgresql):
#   1. propagation: one edit to 20 open WebSocket viewers of mixed clearance, p95 from the writer's
#      200 to the last viewer's frame (goal <= 300 ms), 200 edits 250 ms apart;
#   2. the case read of issue 9 (wrk -t2 -c50, as erik.pmy) on a case of 50 fields, 10 persons and
#      20 notes while 20 viewers hold it open and one edit a second is made: /me and the open
#      endpoint beside it, so that the issue-9 ratios can be checked under that load.
# Usage: bench/live/run.sh [seconds per wrk run]      (default 20)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
seconds="${1:-20}"
db="${KNUTPUNKT_DB:-h2}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
out="$root/target/bench-live"; mkdir -p "$out"
export KNUTPUNKT_DB="$db" KNUTPUNKT_DB_NAME=knutpunkt_bench_live
export KNUTPUNKT_VAR="$root/var/bench-live-$db"
rm -rf "$KNUTPUNKT_VAR"; mkdir -p "$KNUTPUNKT_VAR" "$root/var/servers"
ln -s "$root/var/servers" "$KNUTPUNKT_VAR/servers"
exec 9>"${TMPDIR:-/tmp}/knutpunkt-test.lock"
flock 9
if [ "$db" = postgresql ]; then
  psql -X -q -h "${KNUTPUNKT_DB_HOST:-127.0.0.1}" -U "${KNUTPUNKT_DB_ADMIN:-postgres}" -d postgres \
    -c "drop database if exists $KNUTPUNKT_DB_NAME with (force)" >/dev/null
fi
trap '(cd "$root" && ./knutpunkt stop >/dev/null 2>&1) || true' EXIT
(cd "$root" && ./knutpunkt start) >"$out/start.log" 2>&1 || { tail -20 "$out/start.log"; exit 1; }

case_id="$(python3 "$root/bench/live/seed.py" 2>"$out/seed.log")"
echo "case $case_id: $(cat "$out/seed.log") (values, values erik.pmy sees)"
bench="java $root/bench/live/LiveBench.java"

echo "== 1. propagation to 20 viewers"
$bench "$case_id" 20 40 250 >/dev/null   # warm-up
$bench "$case_id" 20 200 250 | tee "$out/propagation.txt"

echo "== 2. case read while 20 viewers follow the case and it is edited once a second"
token() {
  curl -s -d client_id=knutpunkt-cli -d grant_type=password -d username="$1" -d password=demo \
    http://127.0.0.1:8180/realms/knutpunkt/protocol/openid-connect/token |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}
api=http://127.0.0.1:8080/knutpunkt/api/v1
$bench "$case_id" 20 0 $(( seconds * 4 + 30 )) >"$out/background.txt" &
background=$!
sleep 5
measure() { # measure NAME URL [TOKEN]
  local name="$1" url="$2" auth=()
  [ -n "${3:-}" ] && auth=(-H "Authorization: Bearer $3")
  wrk -t2 -c50 -d"$(( seconds / 2 ))s" --timeout 10s "${auth[@]}" -s "$root/bench/http/report.lua" "$url" >/dev/null
  wrk -t2 -c50 -d"${seconds}s" --timeout 10s "${auth[@]}" -s "$root/bench/http/report.lua" "$url" \
    | tee "$out/$name.txt" | grep '^RESULT' | sed "s/^RESULT/$name/"
}
erik="$(token erik.pmy)"
measure open "$api/audit/public-key"
measure me "$api/me" "$erik"
measure case "$api/cases/$case_id" "$erik"
wait "$background" || true
python3 - "$out" <<'PY'
import re, sys
out = sys.argv[1]
r = {}
for name in ("open", "me", "case", "propagation"):
    line = [l for l in open(f"{out}/{name}.txt") if l.startswith("RESULT")][0]
    r[name] = {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", line)}
def check(label, value, goal, at_most=False):
    ok = value <= goal if at_most else value >= goal
    print(f"  {label:52} {value:8.3f}   goal {'<=' if at_most else '>='} {goal}   {'met' if ok else 'MISSED'}")
print()
check("propagation p95, writer's 200 to last of 20 frames (ms)", r["propagation"]["p95_ms"], 300, True)
check("confidential values in frames to erik.pmy", r["propagation"]["leaks"], 0, True)
check("case read / me under live load (requests/s)", r["case"]["rps"] / r["me"]["rps"], 0.25)
check("case read p95 under live load (ms)", r["case"]["p95_ms"], 150, True)
check("/me / open (requests/s)", r["me"]["rps"] / r["open"]["rps"], 0.5)
errors = sum(r[n]["errors"] for n in ("open", "me", "case"))
check("errors (all wrk runs)", errors, 0, True)
PY
