#!/usr/bin/env bash
# Issue 5 crash test: kill -9 Payara during a stream of audited writes, restart, and check that the
# log verifies and that every action the server confirmed (201) has its entry.
# Usage: bench/auditlog/crash-test.sh [seconds-before-kill]   (default 8; PostgreSQL, own database)
# Takes the launcher's lock, so it never runs beside ./knutpunkt test.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
export KNUTPUNKT_DB=postgresql KNUTPUNKT_DB_NAME=knutpunkt_crash
work="$root/target/crash-test"; rm -rf "$work"; mkdir -p "$work"
# a profile of its own (its Payara domain points at knutpunkt_crash), sharing the fetched servers
export KNUTPUNKT_VAR="$root/var/crash-test"
rm -rf "$KNUTPUNKT_VAR"; mkdir -p "$KNUTPUNKT_VAR" "$root/var/servers"
ln -s "$root/var/servers" "$KNUTPUNKT_VAR/servers"
exec 9>"${TMPDIR:-/tmp}/knutpunkt-test.lock"
flock 9
psql -X -q -h "${KNUTPUNKT_DB_HOST:-127.0.0.1}" -U "${KNUTPUNKT_DB_ADMIN:-postgres}" -d postgres \
  -c "drop database if exists $KNUTPUNKT_DB_NAME with (force)" >/dev/null
trap './knutpunkt stop >/dev/null 2>&1 || true' EXIT
./knutpunkt start >"$work/start-1.log" 2>&1 || { tail "$work/start-1.log"; exit 1; }

python3 - "$work" "${1:-8}" <<'PY' &
import json, sys, threading, time, urllib.request, urllib.parse
work, seconds = sys.argv[1], float(sys.argv[2])
def token(user):
    data = urllib.parse.urlencode({"client_id": "knutpunkt-cli", "grant_type": "password", "username": user, "password": "demo"}).encode()
    return json.load(urllib.request.urlopen("http://127.0.0.1:8180/realms/knutpunkt/protocol/openid-connect/token", data))["access_token"]
confirmed = open(f"{work}/confirmed.txt", "w"); lock = threading.Lock(); stop = time.time() + seconds + 6
def writer(n):
    while True:
        try:
            t = token("anna.pmy"); break
        except Exception:
            time.sleep(0.5)
    while time.time() < stop:
        req = urllib.request.Request("http://127.0.0.1:8080/knutpunkt/api/v1/cases", method="POST",
            data=json.dumps({"title": f"Krocktest {n}", "type": "TIPS"}).encode(),
            headers={"Authorization": "Bearer " + t, "Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=5) as r:
                if r.status == 201:
                    with lock: confirmed.write(json.load(r)["id"] + "\n"); confirmed.flush()
        except Exception:
            time.sleep(0.2)  # the server is gone; keep trying until the stream ends
threads = [threading.Thread(target=writer, args=(i,)) for i in range(4)]
[t.start() for t in threads]; [t.join() for t in threads]
PY
writers=$!
sleep "${1:-8}"
pid="$(cat "$KNUTPUNKT_VAR/run/domains/knutpunkt/config/pid")"
before=$(wc -l <"$work/confirmed.txt")
echo "kill -9 Payara (pid $pid) after $before confirmed case creations"
kill -9 "$pid"
wait "$writers" || true
total=$(wc -l <"$work/confirmed.txt")
echo "$total case creations confirmed (201) in all; restarting"
./knutpunkt stop >/dev/null 2>&1 || true
./knutpunkt start >"$work/start-2.log" 2>&1 || { tail "$work/start-2.log"; exit 1; }
sleep 1

status=0
./knutpunkt cli audit verify --user ivar.imy --password demo --state-dir "$work/verifier" || status=1
python3 - "$work" <<'PY' || status=1
import json, sys, urllib.request, urllib.parse
work = sys.argv[1]
data = urllib.parse.urlencode({"client_id": "knutpunkt-cli", "grant_type": "password", "username": "ivar.imy", "password": "demo"}).encode()
t = json.load(urllib.request.urlopen("http://127.0.0.1:8180/realms/knutpunkt/protocol/openid-connect/token", data))["access_token"]
missing = []
ids = [l.strip() for l in open(f"{work}/confirmed.txt") if l.strip()]
for case in ids:
    req = urllib.request.Request(f"http://127.0.0.1:8080/knutpunkt/api/v1/audit/entries?caseId={case}&action=case.create",
                                 headers={"Authorization": "Bearer " + t})
    if json.load(urllib.request.urlopen(req))["total"] < 1: missing.append(case)
print(f"{len(ids)} confirmed case creations, {len(missing)} without their audit entry {missing[:5]}")
sys.exit(1 if missing or not ids else 0)
PY
psql -X -q -h "${KNUTPUNKT_DB_HOST:-127.0.0.1}" -U "${KNUTPUNKT_DB_ADMIN:-postgres}" -d "$KNUTPUNKT_DB_NAME" -tAc \
  "select 'pending ' || count(*) from audit_pending; select 'leaves ' || count(*) from audit_leaf; select 'newest checkpoint ' || max(tree_size) from audit_checkpoint"
[ "$status" -eq 0 ] && echo "CRASH TEST PASSED" || echo "CRASH TEST FAILED"
exit "$status"
