#!/usr/bin/env bash
# Issues 5 and 10, the crash test: concurrent writers create cases and write a field into each
# through the API; at a random moment a server is killed with kill -9; the platform is started
# again by the README's commands; then
#   - every write the server confirmed (201 for a case, 200 for a field) is there, field values
#     at least at the confirmed version with the confirmed value,
#   - every confirmed action has its audit entry (case.create, field.write),
#   - every case that exists but was never confirmed (the answer was lost in the crash) has its
#     case.create entry too: nothing exists that the log does not know of,
#   - the log verifies (./knutpunkt cli audit verify, with the verifier's state kept across runs,
#     so that a log that forgot or rewrote entries between runs is caught as well).
#
# Usage: bench/auditlog/crash-test.sh [runs] [writers]       (default 10 runs, 6 writers)
#        KNUTPUNKT_DB=h2|postgresql (default h2)
# Each run kills one of: Payara (most runs), Keycloak, or both, 3-11 s into confirmed writing; odd runs
# restart with './knutpunkt stop' and './knutpunkt start', even runs with './knutpunkt start' alone.
# Results: target/crash-test/<db>/results.tsv (one line per run) and a summary at the end.
# A profile of its own (var/crash-test-<db>; database knutpunkt_crash on PostgreSQL), made afresh
# at the first run and kept across runs. Takes the launcher's lock: never beside ./knutpunkt test.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
runs="${1:-10}" writers="${2:-6}"
db="${KNUTPUNKT_DB:-h2}"
export KNUTPUNKT_DB="$db" KNUTPUNKT_DB_NAME=knutpunkt_crash
work="$root/target/crash-test/$db"; rm -rf "$work"; mkdir -p "$work"
export KNUTPUNKT_VAR="$root/var/crash-test-$db"
rm -rf "$KNUTPUNKT_VAR"; mkdir -p "$KNUTPUNKT_VAR" "$root/var/servers"
ln -s "$root/var/servers" "$KNUTPUNKT_VAR/servers"
exec 9>"${TMPDIR:-/tmp}/knutpunkt-test.lock"
flock 9
if [ "$db" = postgresql ]; then
  psql -X -q -h "${KNUTPUNKT_DB_HOST:-127.0.0.1}" -U "${KNUTPUNKT_DB_ADMIN:-postgres}" -d postgres \
    -c "drop database if exists $KNUTPUNKT_DB_NAME with (force)" >/dev/null
fi
trap './knutpunkt stop >/dev/null 2>&1 || true' EXIT
./knutpunkt start >"$work/start-0.log" 2>&1 || { tail "$work/start-0.log"; exit 1; }
printf 'run\tkilled\trestart\tcases_confirmed\tfields_confirmed\tcases_lost\tfields_lost\twithout_entry\tunconfirmed_present\tunlogged_present\tlog_verifies\trestart_seconds\n' >"$work/results.tsv"

failures=0
for run in $(seq 1 "$runs"); do
  case $(( run % 5 )) in 2) target=keycloak ;; 4) target=both ;; *) target=payara ;; esac
  if [ $(( run % 2 )) -eq 1 ]; then restart="stop+start"; else restart="start"; fi
  seconds=$(( 3 + RANDOM % 9 ))
  mkdir -p "$work/run-$run"
  python3 "$root/bench/auditlog/crash_writers.py" "$work/run-$run" "$writers" "$(( seconds + 40 ))" &
  load=$!
  # the kill falls at a random moment 3-11 s into a stream of confirmed writes
  for _ in $(seq 1 300); do [ -s "$work/run-$run/fields-confirmed.txt" ] && break; sleep 0.1; done
  sleep "$seconds"
  payara="$(cat "$KNUTPUNKT_VAR/run/domains/knutpunkt/config/pid")"
  keycloak="$(cat "$KNUTPUNKT_VAR/run/keycloak.pid")"   # the leader of Keycloak's own session
  case "$target" in
    payara) kill -9 "$payara" ;;
    keycloak) pkill -9 -s "$keycloak" ;;
    both) kill -9 "$payara"; pkill -9 -s "$keycloak" ;;
  esac
  echo "run $run: kill -9 $target after ${seconds}s"
  sleep 4   # the writers keep trying against the dead server for a while, then give up
  kill "$load" 2>/dev/null || true
  wait "$load" || true
  started="$(date +%s)"
  restarted=yes
  if [ "$restart" = "stop+start" ]; then ./knutpunkt stop >"$work/run-$run/stop.log" 2>&1 || restarted=no; fi
  ./knutpunkt start >"$work/run-$run/start.log" 2>&1 || restarted=no
  took=$(( $(date +%s) - started ))
  if [ "$restarted" = no ]; then
    echo "run $run: RESTART FAILED ($restart); see $work/run-$run/start.log"; tail -5 "$work/run-$run/start.log"
    printf '%s\t%s\t%s\t-\t-\t-\t-\t-\t-\t-\tno restart\t%s\n' "$run" "$target" "$restart" "$took" >>"$work/results.tsv"
    failures=$(( failures + 1 )); break
  fi
  verifies=yes
  ./knutpunkt cli audit verify --user ivar.imy --password demo --state-dir "$work/verifier" \
    >"$work/run-$run/verify.log" 2>&1 || verifies=no
  counts="$(python3 "$root/bench/auditlog/crash_check.py" "$work/run-$run")" || verifies="$verifies, check failed"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$run" "$target" "$restart" "$counts" "$verifies" "$took" >>"$work/results.tsv"
  echo "run $run: $counts verifies=$verifies restart=${took}s"
  if [ "$verifies" != yes ]; then failures=$(( failures + 1 )); fi
done

column -t -s $'\t' "$work/results.tsv"
[ "$failures" -eq 0 ] && echo "CRASH TEST PASSED ($runs runs on $db)" || echo "CRASH TEST FAILED ($failures of $runs runs on $db)"
exit $(( failures > 0 ))
