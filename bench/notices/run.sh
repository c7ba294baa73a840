#!/usr/bin/env bash
# Issue 15: flag -> notice on an open WebSocket at size. A platform of its own on PostgreSQL
# (var/bench-notices, database knutpunkt_bench_notices): the matching index filled with
# IDENTIFIERS keyed identifiers over 100 000 cases (default 10 000 000, as bench/matching), anna's
# case with PERSONS identifiers of its own (default 50); anna holds it open over the live channel
# while maria.mig flags each of them, INTERVAL ms apart; p95 from maria's 201 to anna's frame.
# Usage: bench/notices/run.sh [identifiers] [persons] [interval-ms]
# Takes the launcher's lock, so it never shares the cores with ./knutpunkt test.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
identifiers="${1:-10000000}" persons="${2:-50}" interval="${3:-300}"
out="$root/target/bench-notices"; mkdir -p "$out"
export KNUTPUNKT_DB=postgresql KNUTPUNKT_DB_NAME=knutpunkt_bench_notices
export KNUTPUNKT_VAR="$root/var/bench-notices"
rm -rf "$KNUTPUNKT_VAR"; mkdir -p "$KNUTPUNKT_VAR" "$root/var/servers"
ln -s "$root/var/servers" "$KNUTPUNKT_VAR/servers"
exec 9>"${TMPDIR:-/tmp}/knutpunkt-test.lock"
flock 9
psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h "${KNUTPUNKT_DB_HOST:-127.0.0.1}" -U "${KNUTPUNKT_DB_ADMIN:-postgres}" "$@"; }
psql_admin -d postgres -c "drop database if exists $KNUTPUNKT_DB_NAME with (force)" >/dev/null
trap '(cd "$root" && ./knutpunkt stop >/dev/null 2>&1) || true' EXIT
(cd "$root" && ./knutpunkt start) >"$out/start.log" 2>&1 || { tail -20 "$out/start.log"; exit 1; }

started=$(date +%s)
# filler: keys as the HMAC would give them (16 random-looking bytes), cases as UUIDs
psql_admin -d "$KNUTPUNKT_DB_NAME" -c "insert into match_index (match_key, case_id, holders)
  select decode(md5('filler-' || i), 'hex'), md5('case-' || (i % 100000))::uuid, 1
  from generate_series(1, $identifiers) i" >/dev/null
psql_admin -d "$KNUTPUNKT_DB_NAME" -c "analyze match_index" >/dev/null
echo "matching index: $(psql_admin -d "$KNUTPUNKT_DB_NAME" -tAc 'select count(*) from match_index') rows ($(( $(date +%s) - started )) s to fill)"

python3 "$root/bench/notices/seed.py" "$persons" >"$out/seed.txt"
case_id="$(head -1 "$out/seed.txt")"
echo "case $case_id with $persons identifiers; java: $(java -version 2>&1 | head -1)"
mapfile -t numbers < <(tail -n +2 "$out/seed.txt")
java "$root/bench/notices/NoticeBench.java" "$case_id" "$interval" "${numbers[@]:0:5}" >/dev/null   # warm-up
java "$root/bench/notices/NoticeBench.java" "$case_id" "$interval" "${numbers[@]:5}" | tee "$out/result.txt"
