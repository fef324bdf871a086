#!/usr/bin/env python3
"""Draws more articles for the test part, at random, from diplomacy.jsonl only.

The test part held only ~27 held meeting pairs, so one pair moved test held-meeting F1 by
~0.03 and the test score could not tell whether the meeting rules generalise. Meetings are
reported in diplomacy.jsonl, so 5 articles are drawn from each of its kinds (call,
joint_statement, meeting, summit_dialogue_or_multilateral, travel_or_preview), over the
same strata and the same 2,500-word cap as sample_gold.py, all for test. Left out: every
article already in the gold, in an earlier draw of the selection, or in the name
recogniser's training data (its test would fail, and a test article must be unseen).
Each line is marked "draw": "test-more"; rerunning excludes only the draws before it (the
first selection and "meet"), so later draws appended to selection.jsonl do not change this one.
Deterministic: the seed is fixed.

usage: sample_test_more.py CORPUS_DIR SELECTION NER_TRAINING GOLD... > more.jsonl
"""
import sys

from sample_gold import drawn_before, gold_ids, print_top_up, strata

SEED = 20261204 + 20
PER_DIPLOMACY_KIND = 5
DRAW = "test-more"
EARLIER_DRAWS = (None, "meet")

def main():
    corpus, selection, ner_training, gold = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    taken = gold_ids(gold) | gold_ids([ner_training]) | drawn_before(selection, EARLIER_DRAWS)
    print_top_up(strata(corpus, taken), SEED, PER_DIPLOMACY_KIND, 0, "test", DRAW)

main()
