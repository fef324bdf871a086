#!/usr/bin/env python3
"""Draws two more unseen dev batches in the test part's corpus mix (AD and AE).

Batches AB and AC measured the thirty-eighth stop's rules and are dev now, so the next
stop's rules are measured on more articles drawn as AB and AC were: 4 from each kind of
diplomacy.jsonl (all of a kind with fewer left: no joint statement is) and 3 from each
publisher of general.jsonl, the same 2,500-word cap, all for dev, annotated and scored
before the rules of the stop that draws them, and again after. Left out, besides every
earlier draw, the gold and the name recogniser's training data: the articles of every
corpus sample that rules were read from (SAMPLES, now with the entity and organisation
samples of the thirty-sixth stop and the plan and briefing samples of the thirty-eighth), every article that the answer audits cite (AUDITS), the
bundled samples that `go run .` loads (BUNDLED), and every article whose id a tracked file
of 6bfeaf2 names outside the gold and its selection, or quotes by its text (CITED,
cited-before-adae.txt: tests, probes, READMEs, samples, the earlier cited-before files' ids,
and the articles quoted_ids.py lists at 6bfeaf2). The lines are printed
in a random order, so that each batch holds a mix: the first half (rounded up) is batch AD,
the rest batch AE. Deterministic: the seed is fixed, and differs from the earlier draws'.

usage: sample_like_test_adae.py CORPUS_DIR SELECTION NER_TRAINING GOLD... > more.jsonl
"""
import os

from sample_gold import print_shuffled_top_up_leaving_out

SEED = 20261206 + 77
PER_DIPLOMACY_KIND = 4
GENERAL_PER_PUBLISHER = 3
DRAW = "like-test-adae"
EARLIER_DRAWS = (None, "meet", "test-more", "fresh", "meetings", "like-test", "like-test-h",
                 "several", "several-kl", "several-m", "several-no", "like-test-pq", "like-test-rs", "like-test-tu",
                 "like-test-vw", "like-test-xy", "like-test-zaa", "like-test-abac")
SAMPLES = ("date-sample-10v.jsonl", "date-sample-10w.jsonl", "date-sample-10x.jsonl",
           "plan-sample-10b.jsonl", "held-sample-10d.jsonl", "question-sample-10.jsonl",
           "date-sample-10y.jsonl", "recall-sample-10.jsonl", "recall-sample-11.jsonl",
           "voice-sample-10.jsonl", "org-sample-11.jsonl", "org-sample-11-after.jsonl",
           "change-sample-35.jsonl", "entity-sample-11.jsonl", "entity-sample-11-after.jsonl",
           "entity-sample-12.jsonl", "org-sample-12.jsonl", "entity-sample-13.jsonl",
           "entity-sample-13-after.jsonl", "stage-sample-37.jsonl", "plan-sample-38.jsonl",
           "briefing-month-sample-38.jsonl")
AUDITS = ("audit-sample-10.jsonl", "audit-sample-38.jsonl", "audit-sample-38-orgs.jsonl")
# The bundled samples, as a path from the selection (evaluate/testdata/selection.jsonl).
BUNDLED = os.path.join("..", "..", "samples", "articles.jsonl")
# The ids 6bfeaf2's tracked files name, but for selection.jsonl, split.jsonl and gold-*.jsonl:
#   git grep -ohE '\b(usdos|whitehouse)-[0-9]+\b' 6bfeaf2 -- . ':!evaluate/testdata/selection.jsonl' \
#     ':!evaluate/testdata/split.jsonl' ':!evaluate/testdata/gold-*.jsonl' | sed 's/^6bfeaf2://' | sort -u
# and the ids of the articles its files quote, by text:
#   python3 evaluate/cmd/sample/quoted_ids.py 6bfeaf2 CORPUS_DIR | awk '{print $1}'
# (the two lists joined, sorted and without repeats).
# Frozen in a file, so that later commits citing more articles do not change this draw.
CITED = "cited-before-adae.txt"

print_shuffled_top_up_leaving_out(CITED, BUNDLED, SEED, PER_DIPLOMACY_KIND, GENERAL_PER_PUBLISHER, DRAW, EARLIER_DRAWS,
                                  SAMPLES, AUDITS)
