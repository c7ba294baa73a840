"""Makes the benchmark's case: anna.pmy opens it and writes 50 marked values (17 OPEN, 17 INTERNAL
with the title, 16 CONFIDENTIAL), adds erik.pmy (cleared INTERNAL: he sees two thirds). Prints the id."""
import json, sys, urllib.request, urllib.parse

API = "http://127.0.0.1:8080/knutpunkt/api/v1"
TOKEN_URL = "http://127.0.0.1:8180/realms/knutpunkt/protocol/openid-connect/token"

def token(user):
    data = urllib.parse.urlencode({"client_id": "knutpunkt-cli", "grant_type": "password",
                                   "username": user, "password": "demo"}).encode()
    return json.load(urllib.request.urlopen(TOKEN_URL, data))["access_token"]

def call(method, path, tok, body=None):
    req = urllib.request.Request(API + path, method=method, data=json.dumps(body).encode() if body else None,
                                 headers={"Authorization": "Bearer " + tok, "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.load(r) if r.status != 204 else None

anna = token("anna.pmy")
case = call("POST", "/cases", anna, {"title": "Prestandamätning", "type": "TIPS"})["id"]
levels = ["OPEN"] * 17 + ["INTERNAL"] * 16 + ["CONFIDENTIAL"] * 16
for i, level in enumerate(levels):
    marking = {"level": level}
    if level == "CONFIDENTIAL":
        marking["legalReference"] = "OSL 35 kap. 1 §"
    call("PUT", f"/cases/{case}/fields/notes.n{i:02d}.text", anna,
         {"value": f"Anteckning {i} om ärendet, {level.lower()}", "baseVersion": 0, "marking": marking})
call("POST", f"/cases/{case}/members", anna, {"username": "erik.pmy"})
erik_view = call("GET", f"/cases/{case}", token("erik.pmy"))
seen = sum(1 for f in erik_view["fields"] if "value" in f)
print(case, len(erik_view["fields"]), seen, file=sys.stderr)
print(case)
