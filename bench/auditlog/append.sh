#!/usr/bin/env bash
# Issue 5 benchmark: sustained audit append rate on PostgreSQL with the checkpointer running.
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

lscpu | head -15
echo "java: $(java -version 2>&1 | head -1); PostgreSQL: $(psql_admin -d postgres -tAc 'show server_version'); synchronous_commit: $(psql_admin -d postgres -tAc 'show synchronous_commit'); memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
java -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "$out/classes:$cp" AppendBench "jdbc:postgresql://$host:$port/$db" \
  "$app" "$app_pw" "$owner" "$owner_pw" "${1:-5200}" "${2:-30}" "${3:-16}"
