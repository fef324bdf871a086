#!/usr/bin/env python3
"""roles43's draw: 40 people whose timelines (`person { affiliations { role since until } }`) are judged.

Records of `newsgraph extract` over the open corpus, sorted by (article, person id), are shuffled with
random.Random(43) and read in that order: first those of people who are a participant of one of their
article's meetings, until 30 distinct people are drawn, then the rest, until 10 more. Reading records, not
people, draws a person as often as the extraction (and so an analyst) meets them.
Each person's timeline is then asked of a server that has loaded the open corpus whole.
It is sample_roles44.py's draw with seed 43, 30 and 10, and no earlier draw left out.
usage: python3 evaluate/cmd/sample/sample_roles43.py EXTRACT.jsonl URL > sample.jsonl
"""
import os, runpy, sys

sys.argv[3:] = ["43", "30", "10"]
runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "sample_roles44.py"), run_name="__main__")
