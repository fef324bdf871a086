#!/usr/bin/env python3
"""Draws a fresh, unseen random sample rich in meetings for the dev part.

The fresh dev draw (sample_fresh.py) held only 11 meetings, so dev still did not show the
meeting misses the test part had. 25 more articles are drawn at random (not for what the
rules do) from diplomacy.jsonl only, where meetings are reported: 5 from each kind (call,
joint_statement, meeting, summit_dialogue_or_multilateral, travel_or_preview), over the same
strata and the same 2,500-word cap as sample_gold.py, all for dev. They are annotated and
scored with the unchanged extractor first (a third unseen measurement), and only then read
for rules. Left out: every article already in the gold, in an earlier draw of the selection,
or in the name recogniser's training data. Each line is marked "draw": "meetings"; rerunning
excludes only the draws before it, so later draws appended to selection.jsonl do not change
this one. Deterministic: the seed is fixed.

usage: sample_meetings.py CORPUS_DIR SELECTION NER_TRAINING GOLD... > more.jsonl
"""
import sys

from sample_gold import drawn_before, gold_ids, print_top_up, strata

SEED = 20261204 + 40
PER_DIPLOMACY_KIND = 5
DRAW = "meetings"
EARLIER_DRAWS = (None, "meet", "test-more", "fresh")

def main():
    corpus, selection, ner_training, gold = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    taken = gold_ids(gold) | gold_ids([ner_training]) | drawn_before(selection, EARLIER_DRAWS)
    print_top_up(strata(corpus, taken), SEED, PER_DIPLOMACY_KIND, 0, "dev", DRAW)

main()
