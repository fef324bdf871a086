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
import sys

from sample_gold import drawn_before, gold_ids, print_top_up, strata

SEED = 20261204 + 10
PER_DIPLOMACY_KIND = 3
GENERAL_PER_PUBLISHER = 5

def main():
    corpus, selection, gold = sys.argv[1], sys.argv[2], sys.argv[3:]
    drawable = strata(corpus, gold_ids(gold) | drawn_before(selection, (None,)))
    print_top_up(drawable, SEED, PER_DIPLOMACY_KIND, GENERAL_PER_PUBLISHER, "dev", "meet")

main()
