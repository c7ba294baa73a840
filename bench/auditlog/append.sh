#!/usr/bin/env bash
# Issue 5 benchmark: sustained audit append rate on PostgreSQL with the checkpointer running.
# KNUTPUNKT_DB=h2: the same on an H2 file database, with and without WRITE_DELAY=0 (issue 10).
# Usage: bench/auditlog/append.sh [rate/s] [seconds] [writers]   (default 5200 30 16)
# Makes (and afterwards drops) database knutpunkt_bench owned by the launcher's roles; needs psql
# access as the PostgreSQL superuser (KNUTPUNKT_DB_ADMIN, default postgres), like ./knutpunkt.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
out="$root/target/bench-auditlog"
mkdir -p "$out"
host="${KNUTPUNKT_DB_HOST:-127.0.0.1}" port="${KNUTPUNKT_DB_PORT:-5432}"
admin="${KNUTPUNKT_DB_ADMIN:-postgres}"
app="${KNUTPUNKT_DB_USER:-knutpunkt}" app_pw="${KNUTPUNKT_DB_PASSWORD:-knutpunkt}"
owner="${KNUTPUNKT_DB_OWNER:-knutpunkt_owner}" owner_pw="${KNUTPUNKT_DB_OWNER_PASSWORD:-knutpunkt}"
db=knutpunkt_bench

mvn -q -B -o -pl security,persistence,ejb -am install -DskipTests
for module in persistence ejb; do
  mvn -q -B -o -pl "$module" dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$out/classpath-$module.txt"
done
cp="$root/ejb/target/classes:$root/security/target/classes:$root/persistence/target/classes:$(cat "$out/classpath-persistence.txt"):$(cat "$out/classpath-ejb.txt")"
javac -d "$out/classes" -cp "$cp" bench/auditlog/src/AppendBench.java

lscpu | head -15
if [ "${KNUTPUNKT_DB:-postgresql}" = h2 ]; then
  # issue 10: the embedded database with the launcher's durable setting (WRITE_DELAY=0) and with
  # H2's default (WRITE_DELAY=500), one after the other; BENCH_H2_SETTINGS picks one
  echo "java: $(java -version 2>&1 | head -1); H2: $(ls "$HOME"/.m2/repository/com/h2database/h2/ | tail -1); memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
  for settings in ${BENCH_H2_SETTINGS:-";WRITE_DELAY=0" ";WRITE_DELAY=500"}; do
    rm -rf "$out/h2"; mkdir -p "$out/h2"
    echo "== H2 file database, URL settings '${settings:-(H2 defaults)}'"
    java -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "$out/classes:$cp" AppendBench "jdbc:h2:file:$out/h2/bench$settings" \
      knutpunkt knutpunkt knutpunkt knutpunkt "${1:-5200}" "${2:-30}" "${3:-16}"
  done
  exit 0
fi

psql_admin() { psql -X -q -v ON_ERROR_STOP=1 -h "$host" -p "$port" -U "$admin" "$@"; }
psql_admin -d postgres <<SQL
do \$\$ begin
  if not exists (select from pg_roles where rolname = '$owner') then create role $owner login password '$owner_pw'; end if;
  if not exists (select from pg_roles where rolname = '$app') then create role $app login password '$app_pw'; end if;
end \$\$;
drop database if exists $db with (force);
create database $db owner $owner;
SQL
trap 'psql_admin -d postgres -c "drop database if exists $db with (force)" >/dev/null' EXIT

echo "java: $(java -version 2>&1 | head -1); PostgreSQL: $(psql_admin -d postgres -tAc 'show server_version'); synchronous_commit: $(psql_admin -d postgres -tAc 'show synchronous_commit'); memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
java -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "$out/classes:$cp" AppendBench "jdbc:postgresql://$host:$port/$db" \
  "$app" "$app_pw" "$owner" "$owner_pw" "${1:-5200}" "${2:-30}" "${3:-16}"
