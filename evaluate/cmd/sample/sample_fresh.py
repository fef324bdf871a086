#!/usr/bin/env python3
"""Draws a fresh, unseen random sample for the dev part, to measure the extractor before tuning.

The rules had been tuned on the dev part for many sessions, so dev no longer showed the
misses the test part had. 25 more articles are drawn at random (not for what the rules do),
as sample_dev_more.py draws: 3 from each kind of diplomacy.jsonl and 5 from each publisher
of general.jsonl, over the same strata and the same 2,500-word cap as sample_gold.py, all
for dev. They are annotated and scored with the unchanged extractor first (a second unseen
measurement), and only then read for rules. Left out: every article already in the gold, in
an earlier draw of the selection, or in the name recogniser's training data (a trained-on
article is not unseen). Each line is marked "draw": "fresh"; rerunning excludes only the
draws before it, so later draws appended to selection.jsonl do not change this one.
Deterministic: the seed is fixed.

usage: sample_fresh.py CORPUS_DIR SELECTION NER_TRAINING GOLD... > more.jsonl
"""
import sys

from sample_gold import drawn_before, gold_ids, print_top_up, strata

SEED = 20261204 + 30
PER_DIPLOMACY_KIND = 3
GENERAL_PER_PUBLISHER = 5
DRAW = "fresh"
EARLIER_DRAWS = (None, "meet", "test-more")

def main():
    corpus, selection, ner_training, gold = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    taken = gold_ids(gold) | gold_ids([ner_training]) | drawn_before(selection, EARLIER_DRAWS)
    print_top_up(strata(corpus, taken), SEED, PER_DIPLOMACY_KIND, GENERAL_PER_PUBLISHER, "dev", DRAW)

main()
