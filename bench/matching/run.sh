#!/usr/bin/env bash
# Issue 15: the matching index at size, on PostgreSQL. Makes 10 000 000 indexed identifiers over
# 100 000 cases (100 each) in a database of its own, in the table of migration V10, then measures
#   - the index's size per identifier (table and indexes; goal <= 150 bytes),
#   - the matching lookup (one identifier -> the cases holding it) with pgbench, p50/p99 over
#     random identifiers (goal p99 <= 10 ms).
# Usage: bench/matching/run.sh [identifiers] [cases] [lookup seconds]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
identifiers="${1:-10000000}"
cases="${2:-100000}"
seconds="${3:-30}"
db=knutpunkt_bench_matching
host="${KNUTPUNKT_DB_HOST:-127.0.0.1}"
admin="${KNUTPUNKT_DB_ADMIN:-postgres}"
out="$root/target/bench-matching"; mkdir -p "$out"
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -h "$host" -U "$admin" -d "$db" "$@"; }

psql -X -q -h "$host" -U "$admin" -d postgres -c "drop database if exists $db with (force)" -c "create database $db"
# the table exactly as the migration makes it
sed -n '/^create table match_index/,/^);/p' \
  "$root/persistence/src/main/resources/db/migration/common/V10__misuse_flags_and_matching.sql" | psql_db
echo "generating $identifiers identifiers over $cases cases"
start=$(date +%s)
# identifier i is held by case i % cases; its key stands for the HMAC: 16 bytes of SHA-256 of i
psql_db -c "insert into match_index (match_key, case_id, holders)
  select substring(sha256(int8send(i)) from 1 for 16),
         md5((i % $cases)::text)::uuid, 1
  from generate_series(1, $identifiers) as i"
psql_db -c "vacuum analyze match_index"
echo "generated in $(( $(date +%s) - start )) s"
psql_db -At -c "select 'rows ' || count(*) from match_index" \
  -c "select 'table bytes ' || pg_relation_size('match_index')" \
  -c "select 'index bytes ' || pg_indexes_size('match_index')" \
  -c "select 'total bytes ' || pg_total_relation_size('match_index')" \
  -c "select 'bytes per identifier ' || round(pg_total_relation_size('match_index')::numeric / count(*), 1) from match_index" \
  | tee "$out/size.txt"

cat >"$out/lookup.sql" <<SQL
\set i random(1, $identifiers)
select case_id from match_index where match_key = substring(sha256(int8send(:i)) from 1 for 16);
SQL
rm -f "$out"/pgbench_log.*
(cd "$out" && pgbench -n -h "$host" -U "$admin" -c 4 -j 2 -T "$seconds" -f lookup.sql -l "$db" >pgbench.txt 2>&1)
grep -E 'tps|latency average' "$out/pgbench.txt"
python3 - "$out" <<'PY'
import glob, sys
lat = []
for f in glob.glob(sys.argv[1] + "/pgbench_log.*"):
    for line in open(f):
        lat.append(int(line.split()[2]) / 1000.0)   # microseconds -> ms
lat.sort()
q = lambda p: lat[max(0, int(p * len(lat)) - 1)]
size = dict(l.rsplit(" ", 1) for l in open(sys.argv[1] + "/size.txt").read().splitlines())
per = float(size["bytes per identifier"])
print(f"RESULT lookups={len(lat)} p50_ms={q(0.5):.3f} p99_ms={q(0.99):.3f} max_ms={lat[-1]:.3f} bytes_per_identifier={per}")
print(f"  lookup p99 {q(0.99):.3f} ms   goal <= 10   {'met' if q(0.99) <= 10 else 'MISSED'}")
print(f"  bytes per identifier {per}   goal <= 150   {'met' if per <= 150 else 'MISSED'}")
PY
