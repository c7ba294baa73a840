"""The notice benchmark's case: anna.pmy's case with PERSONS persons, each with one valid
samordningsnummer of its own. Prints the case id, then the identifiers, one per line.
Usage: seed.py PERSONS"""
import json, random, sys, urllib.parse, urllib.request

API = "http://127.0.0.1:8080/knutpunkt/api/v1"
TOKEN_URL = "http://127.0.0.1:8180/realms/knutpunkt/protocol/openid-connect/token"


def token(user):
    data = urllib.parse.urlencode({"client_id": "knutpunkt-cli", "grant_type": "password",
                                   "username": user, "password": "demo"}).encode()
    return json.load(urllib.request.urlopen(TOKEN_URL, data))["access_token"]


def call(method, path, bearer, body):
    req = urllib.request.Request(API + path, method=method, data=json.dumps(body).encode(),
                                 headers={"Authorization": "Bearer " + bearer,
                                          "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.load(r)


def luhn(digits):
    total = 0
    for i, c in enumerate(digits):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return (10 - total % 10) % 10


def samordningsnummer(rng):
    year, month, day = rng.randint(1950, 1999), rng.randint(1, 12), rng.randint(1, 28)
    base = f"{year % 100:02d}{month:02d}{day + 60:02d}{rng.randint(1, 999):03d}"
    return f"{year}{month:02d}{day + 60:02d}-{base[6:]}{luhn(base)}"


persons = int(sys.argv[1])
anna = token("anna.pmy")
case = call("POST", "/cases", anna, {"title": "Notistest", "type": "TIPS"})["id"]
rng = random.Random(15)
numbers = set()
while len(numbers) < persons:
    numbers.add(samordningsnummer(rng))
for n, number in enumerate(sorted(numbers)):
    call("POST", f"/cases/{case}/persons", anna, {"name": f"Person {n}", "identifiers": [{"value": number}]})
print(case)
for number in sorted(numbers):
    print(number)
