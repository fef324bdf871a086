#!/usr/bin/env python3
"""Draws two more unseen dev batches in the test part's corpus mix (R and S).

Batches P and Q measured the thirty-second stop's rules and are dev now, so the next
stop's rules are measured on 25 more articles drawn as P and Q were: 4 from each kind of
diplomacy.jsonl (only 3 joint statements were left) and 3 from each publisher of
general.jsonl, the same 2,500-word cap, all
for dev, annotated and scored before the rules of the stop that draws them, and again
after. Left out, besides every earlier draw, the gold and the name recogniser's training
data: the articles of every corpus sample that rules were read from (SAMPLES: the
date-, plan-, held- and question-sample files beside the selection when it drew, at
7bc30bf; a sample written since does not move the draw). The 25 lines are printed in a
random order, so that each batch holds a mix: the first 13 are batch R, the last 12
batch S.
Deterministic: the seed is fixed, and differs from the earlier draws'.

usage: sample_like_test_rs.py CORPUS_DIR SELECTION NER_TRAINING GOLD... > more.jsonl
"""
from sample_gold import print_shuffled_top_up

SEED = 20261206 + 71
PER_DIPLOMACY_KIND = 4
GENERAL_PER_PUBLISHER = 3
DRAW = "like-test-rs"
EARLIER_DRAWS = (None, "meet", "test-more", "fresh", "meetings", "like-test", "like-test-h",
                 "several", "several-kl", "several-m", "several-no", "like-test-pq")
SAMPLES = ("date-sample-10v.jsonl", "date-sample-10w.jsonl", "date-sample-10x.jsonl",
           "plan-sample-10b.jsonl", "held-sample-10d.jsonl", "question-sample-10.jsonl")

print_shuffled_top_up(SEED, PER_DIPLOMACY_KIND, GENERAL_PER_PUBLISHER, DRAW, EARLIER_DRAWS, SAMPLES)
