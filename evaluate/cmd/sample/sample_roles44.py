#!/usr/bin/env python3
"""roles44's draw: 40 fresh people whose timelines (`person { affiliations { role since until } }`) are judged.

Records of `newsgraph extract` over the open corpus, sorted by (article, person id), are shuffled with
random.Random(43) and read in that order: first those of people who are a participant of one of their
article's meetings, until 30 distinct people are drawn, then the rest, until 10 more. Reading records, not
people, draws a person as often as the extraction (and so an analyst) meets them.
As roles43's draw (sample_roles43.py), with random.Random(SEED) and none of the people of the EXCLUDE files
(earlier draws), so the sample is unseen by the rules tuned on those.
Each person's timeline is then asked of a server that has loaded the open corpus whole.
usage: python3 evaluate/cmd/sample/sample_roles44.py EXTRACT.jsonl URL SEED IN OUT [EXCLUDE.jsonl…] > sample.jsonl
(roles44: SEED 44, IN 30, OUT 10, EXCLUDE roles-sample-43.jsonl)
"""
import json, random, sys, urllib.request

Q = """query($id: ID!) { node(id: $id) { ... on Person { id name affiliations { role organization { id name }
  since until evidence { article { id date } sentence } } } } }"""

def ask(url, pid):
    body = json.dumps({"query": Q, "variables": {"id": pid}}).encode()
    req = urllib.request.Request(url, body, {"content-type": "application/json"})
    return json.load(urllib.request.urlopen(req))["data"]["node"]

def main():
    inmeet, rest = [], []
    for line in open(sys.argv[1]):
        a = json.loads(line)
        ps = set()
        for m in a.get("meetings") or []:
            ps.update(m.get("participantIds") or [])
        for p in a.get("people") or []:
            (inmeet if p["id"] in ps else rest).append((a["id"], p["id"]))
    inmeet.sort(); rest.sort()
    seed, nin, nout = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    seen = set()
    for f in sys.argv[6:]:
        seen.update(json.loads(l)["id"] for l in open(f))
    rng = random.Random(seed)
    rng.shuffle(inmeet); rng.shuffle(rest)
    drawn = []
    for recs, n in ((inmeet, nin), (rest, nout)):
        want = len(drawn) + n
        for _, pid in recs:
            if len(drawn) == want:
                break
            if pid not in drawn and pid not in seen:
                drawn.append(pid)
    for i, pid in enumerate(drawn):
        p = ask(sys.argv[2], pid)
        rec = {"n": i + 1, "inMeeting": i < nin, "id": pid, "name": p["name"], "affiliations": [
            {"role": a["role"], "party": a["organization"]["id"], "since": a["since"], "until": a["until"],
             "evidence": [{"article": e["article"]["id"].removeprefix("article:"), "sentence": e["sentence"]}
                          for e in a["evidence"]], "verdict": None, "why": None}
            for a in p["affiliations"]]}
        print(json.dumps(rec, ensure_ascii=False))

main()
