"""Makes the benchmark's case: anna.pmy opens it (title and type, INTERNAL) and adds 24 notes, each
two marked values (the note and its text): 16 OPEN, 18 INTERNAL with title and type, 16
CONFIDENTIAL; adds erik.pmy (cleared INTERNAL: he sees two thirds, 34 of 50). Prints the id."""
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
levels = ["OPEN"] * 8 + ["INTERNAL"] * 8 + ["CONFIDENTIAL"] * 8
for i, level in enumerate(levels):
    marking = {"level": level}
    if level == "CONFIDENTIAL":
        marking["legalReference"] = "OSL 35 kap. 1 §"
    call("POST", f"/cases/{case}/items/notes", anna,
         {"marking": marking, "values": {"text": f"Anteckning {i} om ärendet, {level.lower()}"}})
call("POST", f"/cases/{case}/members", anna, {"username": "erik.pmy"})
erik_view = call("GET", f"/cases/{case}", token("erik.pmy"))
seen = sum(1 for f in erik_view["fields"] if "value" in f)
print(case, len(erik_view["fields"]), seen, file=sys.stderr)
print(case)
