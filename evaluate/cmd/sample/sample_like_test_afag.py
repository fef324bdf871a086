#!/usr/bin/env python3
"""Draws two more unseen dev batches in the test part's corpus mix (AF and AG).

Batches AD and AE measured the thirty-ninth stop's rules and are dev now, so the fortieth
stop's rules are measured on more articles drawn as AD and AE were: 4 from each kind of
diplomacy.jsonl (all of a kind with fewer left) and 3 from each publisher of general.jsonl, the
same 2,500-word cap, all for dev, annotated and scored before the rules of the stop that draws
them, and again after. Left out, besides every earlier draw, the gold and the name recogniser's
training data: the articles of every corpus sample that rules were read from (SAMPLES, now with
the recall, plan, travel, summit and meeting samples of the thirty-ninth stop), every article that
the answer audits cite (AUDITS), the bundled samples that `go run .` loads (BUNDLED), and every
article that 5c98c7b cites (CITED, cited-before-afag.txt, made by cited_ids.py: ids its tracked
files or commit messages name, short "-NNNNN" forms after an id, and the articles its files quote
by text). The lines are printed
in a random order, so that each batch holds a mix: the first half (rounded up) is batch AF,
the rest batch AG. Deterministic: the seed is fixed, and differs from the earlier draws'.

usage: sample_like_test_afag.py CORPUS_DIR SELECTION NER_TRAINING GOLD... > more.jsonl
"""
import os

from sample_gold import print_shuffled_top_up_leaving_out

SEED = 20261206 + 78
PER_DIPLOMACY_KIND = 4
GENERAL_PER_PUBLISHER = 3
DRAW = "like-test-afag"
EARLIER_DRAWS = (None, "meet", "test-more", "fresh", "meetings", "like-test", "like-test-h",
                 "several", "several-kl", "several-m", "several-no", "like-test-pq", "like-test-rs", "like-test-tu",
                 "like-test-vw", "like-test-xy", "like-test-zaa", "like-test-abac", "like-test-adae")
SAMPLES = ("date-sample-10v.jsonl", "date-sample-10w.jsonl", "date-sample-10x.jsonl",
           "plan-sample-10b.jsonl", "held-sample-10d.jsonl", "question-sample-10.jsonl",
           "date-sample-10y.jsonl", "recall-sample-10.jsonl", "recall-sample-11.jsonl",
           "voice-sample-10.jsonl", "org-sample-11.jsonl", "org-sample-11-after.jsonl",
           "change-sample-35.jsonl", "entity-sample-11.jsonl", "entity-sample-11-after.jsonl",
           "entity-sample-12.jsonl", "org-sample-12.jsonl", "entity-sample-13.jsonl",
           "entity-sample-13-after.jsonl", "stage-sample-37.jsonl", "plan-sample-38.jsonl",
           "briefing-month-sample-38.jsonl", "recall-sample-39a.jsonl", "recall-sample-39b.jsonl",
           "plan-sample-39.jsonl", "travel-sample-39.jsonl", "summit-sample-39.jsonl", "meet-sample-39.jsonl")
AUDITS = ("audit-sample-10.jsonl", "audit-sample-38.jsonl", "audit-sample-38-orgs.jsonl")
# The bundled samples, as a path from the selection (evaluate/testdata/selection.jsonl).
BUNDLED = os.path.join("..", "..", "samples", "articles.jsonl")
# Every article 5c98c7b cites, frozen in a file so that later commits citing more do not change
# this draw (run from the repository's root):
#   python3 evaluate/cmd/sample/cited_ids.py 5c98c7b CORPUS_DIR > evaluate/testdata/cited-before-afag.txt
CITED = "cited-before-afag.txt"

print_shuffled_top_up_leaving_out(CITED, BUNDLED, SEED, PER_DIPLOMACY_KIND, GENERAL_PER_PUBLISHER, DRAW, EARLIER_DRAWS,
                                  SAMPLES, AUDITS)
