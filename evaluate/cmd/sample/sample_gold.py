#!/usr/bin/env python3
"""Draws the articles to annotate for the extraction gold, at random.

Stratified so that every kind of document is drawn: each `kind` of diplomacy.jsonl, and
general.jsonl by publisher. Articles over MAX_WORDS words are left out (long press
briefings cost an annotator hours; the cap is stated in the README). Articles already in
the gold are excluded. Within each stratum the draw alternates test/dev, so both parts
hold every kind. Deterministic: the seed is fixed.

usage: sample_gold.py CORPUS_DIR EXISTING_GOLD... > selection.jsonl
"""
import hashlib, json, random, sys

SEED = 20261204
MAX_WORDS = 2500
PER_DIPLOMACY_KIND = 16   # 5 kinds -> 80
GENERAL_PER_PUBLISHER = 25  # whitehouse, usdos -> 50

def main():
    corpus, gold = sys.argv[1], sys.argv[2:]
    taken = set()
    for g in gold:
        for line in open(g):
            taken.add(json.loads(line)["id"])
    strata = {}
    for name in ("diplomacy.jsonl", "general.jsonl"):
        for n, line in enumerate(open(f"{corpus}/{name}"), 1):
            a = json.loads(line)
            if a["id"] in taken or len(a["text"].split()) > MAX_WORDS:
                continue
            key = (name, a.get("kind") or a["id"].split("-")[0])
            strata.setdefault(key, []).append((a["id"], name, n))
    rng = random.Random(SEED)
    out = []
    for key in sorted(strata):
        items = sorted(strata[key])
        want = PER_DIPLOMACY_KIND if key[0] == "diplomacy.jsonl" else GENERAL_PER_PUBLISHER
        for i, (aid, name, n) in enumerate(rng.sample(items, want)):
            out.append({"id": aid, "file": name, "line": n, "stratum": key[1],
                        "split": "test" if i % 2 == 0 else "dev"})
    for o in out:
        print(json.dumps(o))

main()
