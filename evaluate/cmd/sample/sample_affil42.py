#!/usr/bin/env python3
"""affil42's draw: 60 (person, country, role, date) records of `newsgraph extract` over the open corpus.

Every record of `people` is a line; 40 are drawn from the records of people who are a participant of one of
their article's meetings (the ones `meetings`' country pairs stand on), then 20 from the rest, each with
random.Random(42).sample over the records sorted by (article, person id). Drawing records, not people, weights
each person by how often the extraction (and so an analyst) meets them.
usage: python3 evaluate/cmd/sample/sample_affil42.py EXTRACT.jsonl INPUT.jsonl > sample.jsonl
"""
import json, random, sys

def main():
    dates = {}
    for line in open(sys.argv[2]):
        a = json.loads(line)
        dates[a["id"]] = a.get("date")
    inmeet, rest = [], []
    for line in open(sys.argv[1]):
        a = json.loads(line)
        ps = set()
        for m in a.get("meetings") or []:
            ps.update(m.get("participantIds") or [])
        for p in a.get("people") or []:
            rec = {"article": a["id"], "date": dates.get(a["id"]), "person": p["name"], "id": p["id"],
                   "country": p.get("country"), "role": p.get("role"),
                   "evidence": (p.get("evidence") or {}).get("sentence"), "inMeeting": p["id"] in ps}
            (inmeet if rec["inMeeting"] else rest).append(rec)
    key = lambda r: (r["article"], r["id"])
    inmeet.sort(key=key); rest.sort(key=key)
    rng = random.Random(42)
    draw = rng.sample(inmeet, 40) + rng.sample(rest, 20)
    for r in draw:
        print(json.dumps(r, ensure_ascii=False))

main()
