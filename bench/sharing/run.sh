#!/usr/bin/env bash
# Issue 12: sharing reaching the open pages it concerns, on a platform of its own
# (var/bench-sharing; KNUTPUNKT_DB=h2 by default, or postgresql with database
# knutpunkt_bench_sharing): invitation -> the invited ID-SPOC's open inbox (news channel), the
# accept itself, revocation -> the invited member's open case page ("gone").
# Usage: bench/sharing/run.sh [rounds]   (default 60; the first 10 are a warm-up)
# Takes the launcher's lock, so it never shares the cores with ./knutpunkt test.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
rounds="${1:-60}"
out="$root/target/bench-sharing"; mkdir -p "$out"
export KNUTPUNKT_DB="${KNUTPUNKT_DB:-h2}" KNUTPUNKT_DB_NAME=knutpunkt_bench_sharing
export KNUTPUNKT_VAR="$root/var/bench-sharing"
rm -rf "$KNUTPUNKT_VAR"; mkdir -p "$KNUTPUNKT_VAR" "$root/var/servers"
ln -s "$root/var/servers" "$KNUTPUNKT_VAR/servers"
exec 9>"${TMPDIR:-/tmp}/knutpunkt-test.lock"
flock 9
if [ "$KNUTPUNKT_DB" = postgresql ]; then
  psql -X -q -h "${KNUTPUNKT_DB_HOST:-127.0.0.1}" -U "${KNUTPUNKT_DB_ADMIN:-postgres}" -d postgres \
    -c "drop database if exists $KNUTPUNKT_DB_NAME with (force)" >/dev/null
fi
trap '(cd "$root" && ./knutpunkt stop >/dev/null 2>&1) || true' EXIT
(cd "$root" && ./knutpunkt start) >"$out/start.log" 2>&1 || { tail -20 "$out/start.log"; exit 1; }
echo "database $KNUTPUNKT_DB; $(java -version 2>&1 | head -1); $(nproc) cores; $(date -u +%FT%TZ); commit $(git -C "$root" rev-parse --short HEAD)"
java "$root/bench/sharing/SharingBench.java" 10 >/dev/null   # warm-up
java "$root/bench/sharing/SharingBench.java" "$rounds" | tee "$out/result.txt"
