#!/usr/bin/env python3
"""Draws two unseen dev batches in the test part's corpus mix (P and Q).

The several-encounters stratum is used up (batches I-O), and its articles are dev now. So
the next rules are measured on articles drawn the way batches G and H were, in the test
part's mix: 4 from each kind of diplomacy.jsonl and 3 from each publisher of general.jsonl,
the same 2,500-word cap, all for dev, annotated and scored before the rules of the session
that draws them, and again after. Left out, besides every earlier draw, the gold and the
name recogniser's training data: the articles of the corpus samples that rules were read
from (SAMPLES: the date-sample-*.jsonl and plan-sample-*.jsonl beside the selection when it
drew, at 5845ea9; a sample written since does not move the draw). The 26 lines are printed
in a random order, so that each batch holds a mix: the first 13 are batch P, the last 13
batch Q.
Deterministic: the seed is fixed, and differs from G's and H's.

usage: sample_like_test_pq.py CORPUS_DIR SELECTION NER_TRAINING GOLD... > more.jsonl
"""
from sample_gold import print_shuffled_top_up

SEED = 20261206 + 70
PER_DIPLOMACY_KIND = 4
GENERAL_PER_PUBLISHER = 3
DRAW = "like-test-pq"
EARLIER_DRAWS = (None, "meet", "test-more", "fresh", "meetings", "like-test", "like-test-h",
                 "several", "several-kl", "several-m", "several-no")
SAMPLES = ("date-sample-10v.jsonl", "date-sample-10w.jsonl", "plan-sample-10b.jsonl")

print_shuffled_top_up(SEED, PER_DIPLOMACY_KIND, GENERAL_PER_PUBLISHER, DRAW, EARLIER_DRAWS, SAMPLES)
