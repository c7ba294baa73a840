#!/usr/bin/env bash
# Issue 9: the request path, measured side by side in one run with wrk (-t2 -c50) on loopback:
#   Payara's own front page, an open endpoint (GET /audit/public-key), GET /me (Bearer) and
#   GET /cases/{id} of a case with 50 marked values read by erik.pmy, who sees two thirds of them.
# Prints requests/s, the three ratios the issue sets goals for, p95 and errors.
#
# Usage: bench/http/run.sh [seconds per run]            (default 20; KNUTPUNKT_DB=h2|postgresql)
# Starts the platform with ./knutpunkt start in a profile of its own (var/bench-http-<db>, database
# knutpunkt_bench_http on PostgreSQL), so your own data stays out of it, and stops it afterwards.
# BENCH_PLATFORM_ROOT=<checkout> measures another checkout's platform (e.g. an older commit).
# BENCH_JFR=1 records Payara with Java Flight Recorder during the case read (target/bench-http).
# Takes the launcher's lock, so it never shares the cores with ./knutpunkt test.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
platform="${BENCH_PLATFORM_ROOT:-$root}"
seconds="${1:-20}"
db="${KNUTPUNKT_DB:-h2}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
out="$root/target/bench-http"; mkdir -p "$out"
export KNUTPUNKT_DB="$db" KNUTPUNKT_DB_NAME=knutpunkt_bench_http
export KNUTPUNKT_VAR="$platform/var/bench-http-$db"
rm -rf "$KNUTPUNKT_VAR"; mkdir -p "$KNUTPUNKT_VAR" "$root/var/servers"
ln -s "$root/var/servers" "$KNUTPUNKT_VAR/servers"
exec 9>"${TMPDIR:-/tmp}/knutpunkt-test.lock"
flock 9
if [ "$db" = postgresql ]; then
  psql -X -q -h "${KNUTPUNKT_DB_HOST:-127.0.0.1}" -U "${KNUTPUNKT_DB_ADMIN:-postgres}" -d postgres \
    -c "drop database if exists $KNUTPUNKT_DB_NAME with (force)" >/dev/null
fi
trap '(cd "$platform" && ./knutpunkt stop >/dev/null 2>&1) || true' EXIT
(cd "$platform" && ./knutpunkt start) >"$out/start.log" 2>&1 || { tail -20 "$out/start.log"; exit 1; }

case_id="$(python3 "$root/bench/http/seed.py" 2>"$out/seed.log")"
echo "case $case_id: $(cat "$out/seed.log") (fields, values erik.pmy sees)"
token() {
  curl -s -d client_id=knutpunkt-cli -d grant_type=password -d username="$1" -d password=demo \
    http://127.0.0.1:8180/realms/knutpunkt/protocol/openid-connect/token |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}
api=http://127.0.0.1:8080/knutpunkt/api/v1

measure() { # measure NAME URL [TOKEN]: a warm-up, then the measured run
  local name="$1" url="$2" auth=()
  [ -n "${3:-}" ] && auth=(-H "Authorization: Bearer $3")
  wrk -t2 -c50 -d"$(( seconds / 2 ))s" --timeout 10s "${auth[@]}" -s "$root/bench/http/report.lua" "$url" >/dev/null
  wrk -t2 -c50 -d"${seconds}s" --timeout 10s "${auth[@]}" -s "$root/bench/http/report.lua" "$url" \
    | tee "$out/$name.txt" | grep '^RESULT' | sed "s/^RESULT/$name/"
}
field() { sed -n "s/.* $2=\([0-9.]*\).*/\1/p" "$out/$1.txt"; }

measure front http://127.0.0.1:8080/
measure open "$api/audit/public-key"
measure me "$api/me" "$(token erik.pmy)"
if [ -n "${BENCH_JFR:-}" ]; then
  # BENCH_JFR=1: a Java Flight Recording of Payara during the measured case-read run
  payara_pid="$(cat "$KNUTPUNKT_VAR/run/domains/knutpunkt/config/pid")"
  ( sleep $(( seconds / 2 + 2 )); jcmd "$payara_pid" JFR.start name=case settings=profile \
      duration="$(( seconds - 4 ))s" filename="$out/case-$db.jfr" >/dev/null ) &
fi
measure case "$api/cases/$case_id" "$(token erik.pmy)"

python3 - "$out" <<'PY'
import re, sys
out = sys.argv[1]
r = {}
for name in ("front", "open", "me", "case"):
    line = [l for l in open(f"{out}/{name}.txt") if l.startswith("RESULT")][0]
    r[name] = {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", line)}
def check(label, value, goal):
    print(f"  {label:40} {value:8.3f}   goal {goal}   {'met' if value >= goal else 'MISSED'}")
print()
check("open / front page (requests/s)", r["open"]["rps"] / r["front"]["rps"], 0.3)
check("/me / open (requests/s)", r["me"]["rps"] / r["open"]["rps"], 0.5)
check("case read / me (requests/s)", r["case"]["rps"] / r["me"]["rps"], 0.25)
p95 = r["case"]["p95_ms"]
print(f"  {'case read p95 (ms)':40} {p95:8.1f}   goal <= 150   {'met' if p95 <= 150 else 'MISSED'}")
errors = sum(r[n]["errors"] for n in r)
print(f"  {'errors (all runs)':40} {errors:8.0f}   goal 0        {'met' if errors == 0 else 'MISSED'}")
PY
