#!/usr/bin/env python3
"""Draws two more unseen dev batches in the test part's corpus mix (Z and AA).

Batches X and Y measured the thirty-sixth stop's rules and are dev now, so the next
stop's rules are measured on more articles drawn as X and Y were: 4 from each kind of
diplomacy.jsonl (all of a kind with fewer left: no joint statement is) and 3 from each
publisher of general.jsonl, the same 2,500-word cap, all for dev, annotated and scored
before the rules of the stop that draws them, and again after. Left out, besides every
earlier draw, the gold and the name recogniser's training data: the articles of every
corpus sample that rules were read from (SAMPLES, now with the entity and organisation
samples of the thirty-sixth stop), every article that the answer audit cites (AUDITS), the
bundled samples that `go run .` loads (BUNDLED), and every article whose id a tracked file
of 378c412 names outside the gold and its selection (CITED, cited-before-zaa.txt: tests,
probes, READMEs, samples, and cited-before-xy.txt's ids with them). The lines are printed
in a random order, so that each batch holds a mix: the first half (rounded up) is batch Z,
the rest batch AA. Deterministic: the seed is fixed, and differs from the earlier draws'.

usage: sample_like_test_xy.py CORPUS_DIR SELECTION NER_TRAINING GOLD... > more.jsonl
"""
import os

from sample_gold import print_shuffled_top_up_leaving_out

SEED = 20261206 + 75
PER_DIPLOMACY_KIND = 4
GENERAL_PER_PUBLISHER = 3
DRAW = "like-test-zaa"
EARLIER_DRAWS = (None, "meet", "test-more", "fresh", "meetings", "like-test", "like-test-h",
                 "several", "several-kl", "several-m", "several-no", "like-test-pq", "like-test-rs", "like-test-tu",
                 "like-test-vw", "like-test-xy")
SAMPLES = ("date-sample-10v.jsonl", "date-sample-10w.jsonl", "date-sample-10x.jsonl",
           "plan-sample-10b.jsonl", "held-sample-10d.jsonl", "question-sample-10.jsonl",
           "date-sample-10y.jsonl", "recall-sample-10.jsonl", "recall-sample-11.jsonl",
           "voice-sample-10.jsonl", "org-sample-11.jsonl", "org-sample-11-after.jsonl",
           "change-sample-35.jsonl", "entity-sample-11.jsonl", "entity-sample-11-after.jsonl",
           "entity-sample-12.jsonl", "org-sample-12.jsonl")
AUDITS = ("audit-sample-10.jsonl",)
# The bundled samples, as a path from the selection (evaluate/testdata/selection.jsonl).
BUNDLED = os.path.join("..", "..", "samples", "articles.jsonl")
# The ids 378c412's tracked files name, but for selection.jsonl, split.jsonl and gold-*.jsonl:
#   git grep -ohE '\b(usdos|whitehouse)-[0-9]+\b' 378c412 -- . ':!evaluate/testdata/selection.jsonl' \
#     ':!evaluate/testdata/split.jsonl' ':!evaluate/testdata/gold-*.jsonl' | sed 's/^378c412://' | sort -u
# Frozen in a file, so that later commits citing more articles do not change this draw.
CITED = "cited-before-zaa.txt"

print_shuffled_top_up_leaving_out(CITED, BUNDLED, SEED, PER_DIPLOMACY_KIND, GENERAL_PER_PUBLISHER, DRAW, EARLIER_DRAWS,
                                  SAMPLES, AUDITS)
