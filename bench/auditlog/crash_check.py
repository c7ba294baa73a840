"""The crash test's check after a restart (bench/auditlog/crash-test.sh): what the writers of one
run saw confirmed must be there with its audit entry, and whatever of that run is there without
having been confirmed must have its entry too. Prints the counts as tab-separated columns:
cases_confirmed fields_confirmed cases_lost fields_lost without_entry unconfirmed_present
unlogged_present; exits 1 when anything was lost or is without its entry.
Usage: crash_check.py RUN_DIR"""
import json, sys, urllib.error, urllib.parse, urllib.request

run_dir = sys.argv[1]
run = run_dir.rstrip("/").rsplit("-", 1)[-1]
API = "http://127.0.0.1:8080/knutpunkt/api/v1"
TOKEN_URL = "http://127.0.0.1:8180/realms/knutpunkt/protocol/openid-connect/token"


def token(user):
    data = urllib.parse.urlencode({"client_id": "knutpunkt-cli", "grant_type": "password",
                                   "username": user, "password": "demo"}).encode()
    return json.load(urllib.request.urlopen(TOKEN_URL, data, timeout=10))["access_token"]


def get(path, bearer):
    req = urllib.request.Request(API + path, headers={"Authorization": "Bearer " + bearer})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, json.load(r)
    except urllib.error.HTTPError as e:
        return e.code, None


anna, ivar = token("anna.pmy"), token("ivar.imy")


def logged(case, action):
    status, page = get(f"/audit/entries?caseId={case}&action={action}", ivar)
    return status == 200 and page["total"] >= 1


confirmed_cases = [l.strip() for l in open(f"{run_dir}/cases-confirmed.txt") if l.strip()]
confirmed_fields = {}
for line in open(f"{run_dir}/fields-confirmed.txt"):
    if line.strip():
        case, version, value = line.rstrip("\n").split("\t")
        confirmed_fields[case] = (int(version), value)

lost_cases, lost_fields, without_entry = [], [], []
present = {}
for case in confirmed_cases:
    status, view = get(f"/cases/{case}", anna)
    if status != 200:
        lost_cases.append(case)
        continue
    present[case] = view
    if not logged(case, "case.create"):
        without_entry.append(("case.create", case))
for case, (version, value) in confirmed_fields.items():
    view = present.get(case)
    field = next((f for f in (view or {}).get("fields", []) if f["path"] == "overview.summary"), None)
    if field is None or int(field["version"]) < version or (int(field["version"]) == version and field.get("value") != value):
        lost_fields.append(case)
    elif not logged(case, "field.write"):
        without_entry.append(("field.write", case))

# what of this run is there although its answer never reached a writer
status, mine = get("/cases", anna)
unconfirmed, unlogged = [], []
for summary in mine if status == 200 else []:
    title = summary.get("title") or ""
    if title.startswith(f"Krocktest {run}/") and summary["id"] not in confirmed_cases:
        unconfirmed.append(summary["id"])
        if not logged(summary["id"], "case.create"):
            unlogged.append(("case.create", summary["id"]))
        s, view = get(f"/cases/{summary['id']}", anna)
        if s == 200 and any(f["path"] == "overview.summary" for f in view.get("fields", [])) \
                and not logged(summary["id"], "field.write"):
            unlogged.append(("field.write", summary["id"]))
for case in confirmed_cases:
    if case in present and case not in confirmed_fields:
        if any(f["path"] == "overview.summary" for f in present[case].get("fields", [])) \
                and not logged(case, "field.write"):
            unlogged.append(("field.write", case))

print("\t".join(str(x) for x in (len(confirmed_cases), len(confirmed_fields), len(lost_cases), len(lost_fields),
                                 len(without_entry), len(unconfirmed), len(unlogged))))
for what, items in (("lost case", lost_cases), ("lost field", lost_fields), ("without entry", without_entry),
                    ("unlogged", unlogged)):
    for item in items[:5]:
        print(f"{what}: {item}", file=sys.stderr)
sys.exit(1 if lost_cases or lost_fields or without_entry or unlogged or not confirmed_cases else 0)
