#!/usr/bin/env python3
"""Draws a third unseen dev batch of articles that tell several encounters (batch M).

Batches I and L of the earlier two draws scored held-meeting F1 0.704 and 0.746 unseen,
near test, and J 0.933; rules were then read from all of them. This draw, from the same
stratum (sample_several.py: the same text count, cap and exclusions, and now also leaving
out both earlier draws) with another seed, measures whether those rules hold on articles
of the kind they were never read from: it is scored with the extractor before and after
them. All are dev.

usage: sample_several_m.py CORPUS_DIR SELECTION NER_TRAINING GOLD... > more.jsonl
"""
import sample_several
from sample_several import EARLIER_DRAWS, main

sample_several.HOW_MANY = 12
main(seed=20261206 + 2, draw="several-m", earlier_draws=EARLIER_DRAWS + ("several", "several-kl"))
