"""Makes the live benchmark's case: the case of bench/http (title, type and 24 notes: 50 marked
values), 10 persons each with a name, a role and a personnummer, and 20 more notes, marked in turn
OPEN, INTERNAL and CONFIDENTIAL; adds erik.pmy (INTERNAL) and petter.pmy (STRICT). Prints the id."""
import json, sys, urllib.request, urllib.parse

API = "http://127.0.0.1:8080/knutpunkt/api/v1"
TOKEN_URL = "http://127.0.0.1:8180/realms/knutpunkt/protocol/openid-connect/token"
LEVELS = ["OPEN", "INTERNAL", "CONFIDENTIAL"]

def token(user):
    data = urllib.parse.urlencode({"client_id": "knutpunkt-cli", "grant_type": "password",
                                   "username": user, "password": "demo"}).encode()
    return json.load(urllib.request.urlopen(TOKEN_URL, data))["access_token"]

def call(method, path, tok, body=None):
    req = urllib.request.Request(API + path, method=method, data=json.dumps(body).encode() if body else None,
                                 headers={"Authorization": "Bearer " + tok, "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.load(r) if r.status != 204 else None

def marking(level):
    m = {"level": level}
    if level == "CONFIDENTIAL":
        m["legalReference"] = "OSL 35 kap. 1 §"
    return m

def personnummer(n):
    """A valid personnummer of someone born 1980-01-(n+1) (Luhn check digit)."""
    digits = f"8001{n + 1:02d}{100 + n:03d}"
    total = 0
    for i, d in enumerate(digits):
        p = int(d) * (2 if i % 2 == 0 else 1)
        total += p // 10 + p % 10
    return "19" + digits + str((10 - total % 10) % 10)

anna = token("anna.pmy")
case = call("POST", "/cases", anna, {"title": "Live-mätning", "type": "IDENTITETSMISSBRUK"})["id"]
for i, level in enumerate(["OPEN"] * 8 + ["INTERNAL"] * 8 + ["CONFIDENTIAL"] * 8):
    call("POST", f"/cases/{case}/items/notes", anna,
         {"marking": marking(level), "values": {"text": f"Anteckning {i} om ärendet, {level.lower()}"}})
for i in range(10):
    call("POST", f"/cases/{case}/persons", anna,
         {"name": f"Person {i}", "role": "UTNYTTJAD", "marking": marking(LEVELS[i % 3]),
          "identifiers": [{"value": personnummer(i)}]})
for i in range(20):
    call("POST", f"/cases/{case}/items/notes", anna,
         {"marking": marking(LEVELS[i % 3]), "values": {"text": f"Fler anteckningar {i}"}})
for user in ("erik.pmy", "petter.pmy"):
    call("POST", f"/cases/{case}/members", anna, {"username": user})
erik_view = call("GET", f"/cases/{case}", token("erik.pmy"))
seen = sum(1 for f in erik_view["fields"] if "value" in f)
print(case, len(erik_view["fields"]), seen, file=sys.stderr)
print(case)
