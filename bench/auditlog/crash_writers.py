"""The crash test's writers (bench/auditlog/crash-test.sh): each creates a case, then writes one
field into it, and records what the server confirmed, line by line and flushed at once, so that
the record survives the crash it is written during.
Usage: crash_writers.py RUN_DIR WRITERS SECONDS"""
import json, sys, threading, time, urllib.error, urllib.parse, urllib.request

run_dir, writers, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
API = "http://127.0.0.1:8080/knutpunkt/api/v1"
TOKEN_URL = "http://127.0.0.1:8180/realms/knutpunkt/protocol/openid-connect/token"
run = run_dir.rstrip("/").rsplit("-", 1)[-1]
stop = time.time() + seconds
lock = threading.Lock()
cases = open(f"{run_dir}/cases-confirmed.txt", "w")
fields = open(f"{run_dir}/fields-confirmed.txt", "w")


def token(user):
    data = urllib.parse.urlencode({"client_id": "knutpunkt-cli", "grant_type": "password",
                                   "username": user, "password": "demo"}).encode()
    return json.load(urllib.request.urlopen(TOKEN_URL, data, timeout=5))["access_token"]


def call(method, path, body, bearer):
    req = urllib.request.Request(API + path, method=method, data=json.dumps(body).encode(),
                                 headers={"Authorization": "Bearer " + bearer,
                                          "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=5) as r:
        return r.status, json.load(r)


def record(out, line):
    with lock:
        out.write(line + "\n")
        out.flush()


def writer(n):
    bearer = None
    count = 0
    while time.time() < stop:
        try:
            bearer = bearer or token("anna.pmy")
            count += 1
            status, made = call("POST", "/cases", {"title": f"Krocktest {run}/{n}/{count}", "type": "TIPS"}, bearer)
            if status != 201:
                continue
            record(cases, made["id"])
            value = f"Krocktest {run}/{n}/{count} sammanfattning"
            status, written = call("PUT", f"/cases/{made['id']}/fields/overview.summary",
                                   {"value": value, "baseVersion": 0}, bearer)
            if status == 200:
                record(fields, f"{made['id']}\t{written['version']}\t{value}")
        except Exception:
            time.sleep(0.2)  # a server is gone; keep trying until the stream ends


threads = [threading.Thread(target=writer, args=(i,)) for i in range(writers)]
[t.start() for t in threads]
[t.join() for t in threads]
