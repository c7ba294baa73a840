#!/usr/bin/env bash
# Issue 5 benchmark: `audit verify` over 1 000 000 entries end to end through the API (goal <= 5 s),
# then issue 14's: the auditor's search over the same log, each filter (goal p95 <= 200 ms).
# Usage: bench/auditlog/verify-million.sh [entries]    (default 1000000; PostgreSQL, own database)
#
# Starts its own profile (var/verify-million, database knutpunkt_perf) under the launcher's lock,
# records the entries as pending events with binary COPY as the application's role, lets the
# running server's integrator move them into the log and sign checkpoints with the server's own
# key, then times `./knutpunkt cli audit verify` cold (no remembered state) and warm (the state
# the run before saved), twice. Drops the database and the profile afterwards.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
entries="${1:-1000000}"
export KNUTPUNKT_DB=postgresql KNUTPUNKT_DB_NAME=knutpunkt_perf
host="${KNUTPUNKT_DB_HOST:-127.0.0.1}" port="${KNUTPUNKT_DB_PORT:-5432}"
admin="${KNUTPUNKT_DB_ADMIN:-postgres}"
app="${KNUTPUNKT_DB_USER:-knutpunkt}" app_pw="${KNUTPUNKT_DB_PASSWORD:-knutpunkt}"
out="$root/target/verify-million"; rm -rf "$out"; mkdir -p "$out"
# a profile of its own (its Payara domain points at knutpunkt_perf), sharing the fetched servers
export KNUTPUNKT_VAR="$root/var/verify-million"
rm -rf "$KNUTPUNKT_VAR"; mkdir -p "$KNUTPUNKT_VAR" "$root/var/servers"
ln -s "$root/var/servers" "$KNUTPUNKT_VAR/servers"
psql_admin() { psql -X -q -h "$host" -p "$port" -U "$admin" "$@"; }

mvn -q -B -o install -DskipTests
mvn -q -B -o -pl ejb dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$out/classpath.txt"
cp="$root/security/target/classes:$(cat "$out/classpath.txt")"
javac -d "$out/classes" -cp "$cp" bench/auditlog/src/FillPending.java bench/auditlog/src/AuditLogBench.java \
  bench/auditlog/src/SearchBench.java

exec 9>"${TMPDIR:-/tmp}/knutpunkt-test.lock"
flock 9
psql_admin -d postgres -c "drop database if exists $KNUTPUNKT_DB_NAME with (force)" >/dev/null
cleanup() {
  ./knutpunkt stop >/dev/null 2>&1 || true
  psql_admin -d postgres -c "drop database if exists $KNUTPUNKT_DB_NAME with (force)" >/dev/null || true
  rm -rf "$KNUTPUNKT_VAR"
}
trap cleanup EXIT
echo "uptime before: $(uptime)"
./knutpunkt start >"$out/start.log" 2>&1 || { tail "$out/start.log"; exit 1; }

sql() { psql_admin -d "$KNUTPUNKT_DB_NAME" -tAc "$1"; }
java -cp "$out/classes:$cp" FillPending "jdbc:postgresql://$host:$port/$KNUTPUNKT_DB_NAME" \
  "$app" "$app_pw" "$entries"
started=$(date +%s.%N)
until [ "$(sql "select coalesce(max(tree_size), 0) from audit_checkpoint")" -ge "$entries" ] \
  && [ "$(sql "select count(*) from audit_pending")" -eq 0 ]; do
  sleep 1
done
echo "integrated by the server's checkpointer in $(echo "$(date +%s.%N) - $started" | bc | cut -c1-5) s:" \
  "$(sql "select 'newest checkpoint ' || max(tree_size) from audit_checkpoint") signed," \
  "$(sql "select count(*) from audit_checkpoint") checkpoints"
grep -h -o "rows added by [a-zA-Z -]*" "$KNUTPUNKT_VAR/run/domains/knutpunkt/logs/server.log" | head -1 || true
sql "vacuum analyze audit_leaf" >/dev/null 2>&1 || true # what autovacuum would have done by now

verify() {
  local t0 t1
  t0=$(date +%s.%N)
  ./knutpunkt cli audit verify --user ivar.imy --password demo --state-dir "$out/verifier"
  t1=$(date +%s.%N)
  echo "$1: $(echo "$t1 - $t0" | bc | cut -c1-5) s (whole command: JVM start, sign-in, fetch, verify, save state)"
}
echo "uptime before verifying: $(uptime)"
verify "audit verify, cold (no remembered state; first reads of the log since the server started)"
verify "audit verify, warm (remembered state of the run before)"
verify "audit verify, warm again"
ls -l "$out/verifier"/*/remembered.state

# Issue 14: the auditor's search over the same log, each filter, first page and page 20
echo "uptime before searching: $(uptime)"
java -cp "$out/classes" SearchBench http://127.0.0.1:8080/knutpunkt/api/v1 \
  http://127.0.0.1:8180/realms/knutpunkt/protocol/openid-connect/token \
  00000000-4b6e-7574-8000-000000000000 2026-11-23T08:01:00Z 2026-11-23T08:01:10Z
