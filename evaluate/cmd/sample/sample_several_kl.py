#!/usr/bin/env python3
"""Draws a second unseen dev batch of articles that tell several encounters (batches K and L).

Batch I of the first such draw scored held-meeting F1 0.704 unseen, near test (0.751), and
batch J 0.933, near dev; 12 articles each leave the stratum's score unsure (I's held
interval [0.440, 1.000]). This draw takes 24 more from the same stratum (sample_several.py:
the same text count, cap and exclusions, and now also leaving out the first draw), with
another seed. All are dev. The first half is batch K, the second batch L.

usage: sample_several_kl.py CORPUS_DIR SELECTION NER_TRAINING GOLD... > more.jsonl
"""
from sample_several import EARLIER_DRAWS, main

main(seed=20261206 + 1, draw="several-kl", earlier_draws=EARLIER_DRAWS + ("several",))
