#!/usr/bin/env python3
"""Draws a second, smaller random sample of articles to annotate, all for the dev part.

The meeting rules' dev errors had run out, so 25 more articles were drawn at random (not
for what the rules do) and annotated by GUIDELINES.md: 3 from each kind of diplomacy.jsonl
and 5 from each publisher of general.jsonl, over the same strata and the same 2,500-word cap
as sample_gold.py, leaving out every article already in the gold or in the first selection.
Each line is marked "draw": "meet"; rerunning excludes only the first selection (lines with
no "draw"), so later draws appended to selection.jsonl do not change this one.
Deterministic: the seed is fixed.

usage: sample_dev_more.py CORPUS_DIR SELECTION GOLD... > more.jsonl
"""
import json, random, sys

from sample_gold import gold_ids, strata

SEED = 20261204 + 10
PER_DIPLOMACY_KIND = 3
GENERAL_PER_PUBLISHER = 5

def main():
    corpus, selection, gold = sys.argv[1], sys.argv[2], sys.argv[3:]
    taken = gold_ids(gold)
    for line in open(selection):
        s = json.loads(line)
        if "draw" not in s:
            taken.add(s["id"])
    drawable = strata(corpus, taken)
    rng = random.Random(SEED)
    for key in sorted(drawable):
        want = PER_DIPLOMACY_KIND if key[0] == "diplomacy.jsonl" else GENERAL_PER_PUBLISHER
        for aid, name, n in rng.sample(sorted(drawable[key]), want):
            print(json.dumps({"id": aid, "file": name, "line": n, "stratum": key[1], "split": "dev", "draw": "meet"}))

main()
