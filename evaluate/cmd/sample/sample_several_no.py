#!/usr/bin/env python3
"""Draws two more unseen dev batches of articles that tell several encounters (N and O).

Batch M, drawn after rules were read from batches I-L, scored the same with and without
them (held-meeting F1 0.782 both), so those rules did not carry to articles they were
never read from. This draw, from the same stratum (sample_several.py: the same text count,
cap and exclusions, and now also leaving out batch M) with another seed, takes all 23 articles left in it (in random order),
that the next rules are never read from: they are annotated and scored before those rules
and again after them. The first 12 lines are batch N, the last 11 batch O. All are dev.

usage: sample_several_no.py CORPUS_DIR SELECTION NER_TRAINING GOLD... > more.jsonl
"""
import sample_several
from sample_several import EARLIER_DRAWS, main

sample_several.HOW_MANY = 23
main(seed=20261206 + 3, draw="several-no", earlier_draws=EARLIER_DRAWS + ("several", "several-kl", "several-m"))
