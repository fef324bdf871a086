#!/usr/bin/env python3
"""Draws two more unseen dev batches in the test part's corpus mix (V and W).

Batches T and U measured the thirty-fourth stop's rules and are dev now, so the next
stop's rules are measured on more articles drawn as T and U were: 4 from each kind of
diplomacy.jsonl (all of a kind with fewer left: no joint statement is) and 3 from each
publisher of general.jsonl, the same 2,500-word cap, all for dev, annotated and scored
before the rules of the stop that draws them, and again after. Left out, besides every
earlier draw, the gold and the name recogniser's training data: the articles of every
corpus sample that rules were read from (SAMPLES), and every article that the answer
audit cites (AUDITS), at b3d7810. The lines are printed in a random order, so that each
batch holds a mix: the first half (rounded up) is batch V, the rest batch W.
Deterministic: the seed is fixed, and differs from the earlier draws'.

usage: sample_like_test_vw.py CORPUS_DIR SELECTION NER_TRAINING GOLD... > more.jsonl
"""
from sample_gold import print_shuffled_top_up

SEED = 20261206 + 73
PER_DIPLOMACY_KIND = 4
GENERAL_PER_PUBLISHER = 3
DRAW = "like-test-vw"
EARLIER_DRAWS = (None, "meet", "test-more", "fresh", "meetings", "like-test", "like-test-h",
                 "several", "several-kl", "several-m", "several-no", "like-test-pq", "like-test-rs", "like-test-tu")
SAMPLES = ("date-sample-10v.jsonl", "date-sample-10w.jsonl", "date-sample-10x.jsonl",
           "plan-sample-10b.jsonl", "held-sample-10d.jsonl", "question-sample-10.jsonl",
           "date-sample-10y.jsonl", "recall-sample-10.jsonl")
AUDITS = ("audit-sample-10.jsonl",)

print_shuffled_top_up(SEED, PER_DIPLOMACY_KIND, GENERAL_PER_PUBLISHER, DRAW, EARLIER_DRAWS, SAMPLES, AUDITS)
