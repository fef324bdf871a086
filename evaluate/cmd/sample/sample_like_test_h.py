#!/usr/bin/env python3
"""Draws a fifth unseen random dev batch in the test part's corpus mix (batch H).

Batch G, drawn like test, scored held-meeting F1 0.894 unseen, before the rules that
followed it; test stood at 0.757. This draw measures again where the extractor is, the
way sample_like_test.py did: 4 from each kind of diplomacy.jsonl (call, joint_statement,
meeting, summit_dialogue_or_multilateral, travel_or_preview) and 3 from each publisher of
general.jsonl (usdos, whitehouse), the same 2,500-word cap, all for dev, annotated before
the extractor is run on them. Left out: every article already in the gold, in an earlier
draw of the selection (G's included), or in the name recogniser's training data. Each
line is marked "draw": "like-test-h"; rerunning excludes only the draws before it.
Deterministic: the seed is fixed, and differs from G's.

usage: sample_like_test_h.py CORPUS_DIR SELECTION NER_TRAINING GOLD... > more.jsonl
"""
import sys

from sample_gold import drawn_before, gold_ids, print_top_up, strata

SEED = 20261204 + 60
PER_DIPLOMACY_KIND = 4
GENERAL_PER_PUBLISHER = 3
DRAW = "like-test-h"
EARLIER_DRAWS = (None, "meet", "test-more", "fresh", "meetings", "like-test")

def main():
    corpus, selection, ner_training, gold = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    taken = gold_ids(gold) | gold_ids([ner_training]) | drawn_before(selection, EARLIER_DRAWS)
    print_top_up(strata(corpus, taken), SEED, PER_DIPLOMACY_KIND, GENERAL_PER_PUBLISHER, "dev", DRAW)

main()
