#!/usr/bin/env python3
"""Draws two more unseen dev batches in the test part's corpus mix (X and Y).

Batches V and W measured the thirty-fifth stop's rules and are dev now, so the next
stop's rules are measured on more articles drawn as V and W were: 4 from each kind of
diplomacy.jsonl (all of a kind with fewer left: no joint statement is) and 3 from each
publisher of general.jsonl, the same 2,500-word cap, all for dev, annotated and scored
before the rules of the stop that draws them, and again after. Left out, besides every
earlier draw, the gold and the name recogniser's training data: the articles of every
corpus sample that rules were read from (SAMPLES), every article that the answer audit
cites (AUDITS), at 9bb72d8, and, new with this draw, every article that was read some other
way: the bundled samples that `go run .` loads (BUNDLED: V drew one of them, usdos-348238) and
every article whose id a tracked file of 9bb72d8 names outside the gold and its selection
(CITED, cited-before-xy.txt: tests, probes, READMEs, samples; W and V drew two such). The lines are printed in a random
order, so that each batch holds a mix: the first half (rounded up) is batch X, the rest
batch Y. Deterministic: the seed is fixed, and differs from the earlier draws'.

usage: sample_like_test_xy.py CORPUS_DIR SELECTION NER_TRAINING GOLD... > more.jsonl
"""
import os

from sample_gold import print_shuffled_top_up_leaving_out

SEED = 20261206 + 74
PER_DIPLOMACY_KIND = 4
GENERAL_PER_PUBLISHER = 3
DRAW = "like-test-xy"
EARLIER_DRAWS = (None, "meet", "test-more", "fresh", "meetings", "like-test", "like-test-h",
                 "several", "several-kl", "several-m", "several-no", "like-test-pq", "like-test-rs", "like-test-tu",
                 "like-test-vw")
SAMPLES = ("date-sample-10v.jsonl", "date-sample-10w.jsonl", "date-sample-10x.jsonl",
           "plan-sample-10b.jsonl", "held-sample-10d.jsonl", "question-sample-10.jsonl",
           "date-sample-10y.jsonl", "recall-sample-10.jsonl", "recall-sample-11.jsonl",
           "voice-sample-10.jsonl", "org-sample-11.jsonl", "org-sample-11-after.jsonl",
           "change-sample-35.jsonl")
AUDITS = ("audit-sample-10.jsonl",)
# The bundled samples, as a path from the selection (evaluate/testdata/selection.jsonl).
BUNDLED = os.path.join("..", "..", "samples", "articles.jsonl")
# The ids 9bb72d8's tracked files name, but for selection.jsonl, split.jsonl and gold-*.jsonl:
#   git grep -ohE '\b(usdos|whitehouse)-[0-9]+\b' 9bb72d8 -- . ':!evaluate/testdata/selection.jsonl' \
#     ':!evaluate/testdata/split.jsonl' ':!evaluate/testdata/gold-*.jsonl' | sed 's/^9bb72d8://' | sort -u
# Frozen in a file, so that later commits citing more articles do not change this draw.
CITED = "cited-before-xy.txt"

print_shuffled_top_up_leaving_out(CITED, BUNDLED, SEED, PER_DIPLOMACY_KIND, GENERAL_PER_PUBLISHER, DRAW, EARLIER_DRAWS,
                                  SAMPLES, AUDITS)
