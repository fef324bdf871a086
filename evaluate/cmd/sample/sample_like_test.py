#!/usr/bin/env python3
"""Draws a fresh, unseen random dev batch in the test part's corpus mix (batch G).

Dev's held-meeting F1 (0.904) stayed far above test's (0.741) while the rules were tuned
on dev, so a third unseen measurement is drawn to look like test: the test part holds 65
articles from diplomacy.jsonl and 26 from general.jsonl, so this draw takes 4 from each
kind of diplomacy.jsonl (call, joint_statement, meeting, summit_dialogue_or_multilateral,
travel_or_preview) and 3 from each publisher of general.jsonl (usdos, whitehouse): 20 + 6,
the same 71/29 mix near enough. Same strata and the same 2,500-word cap as sample_gold.py,
all for dev. They are annotated and scored with the unchanged extractor first, and only
then read for rules. Left out: every article already in the gold, in an earlier draw of the
selection, or in the name recogniser's training data. Each line is marked "draw":
"like-test"; rerunning excludes only the draws before it. Deterministic: the seed is fixed.

usage: sample_like_test.py CORPUS_DIR SELECTION NER_TRAINING GOLD... > more.jsonl
"""
import sys

from sample_gold import drawn_before, gold_ids, print_top_up, strata

SEED = 20261204 + 50
PER_DIPLOMACY_KIND = 4
GENERAL_PER_PUBLISHER = 3
DRAW = "like-test"
EARLIER_DRAWS = (None, "meet", "test-more", "fresh", "meetings")

def main():
    corpus, selection, ner_training, gold = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    taken = gold_ids(gold) | gold_ids([ner_training]) | drawn_before(selection, EARLIER_DRAWS)
    print_top_up(strata(corpus, taken), SEED, PER_DIPLOMACY_KIND, GENERAL_PER_PUBLISHER, "dev", DRAW)

main()
