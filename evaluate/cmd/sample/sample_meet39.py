# Draw of meet-sample-39 (issue 10, meet39): open articles of diplomacy.jsonl's kind meeting
# (readouts, remarks before or after a meeting) of at most 2,500 words, leaving out every article the
# gold (selection.jsonl, split.jsonl, gold-dev.jsonl, gold-seed.jsonl) and the whole-article samples
# (recall-sample-10, -11, -39a, -39b, stage-sample-37, travel-sample-39) hold, so that each is annotated
# afresh; the files are named, so that a sample added later does not move the draw. Open: outside
# evaluate.ClosedIDs, as datesample -input prints them.
# Cited articles are kept: this is a tuning sample, not an unseen measure. Prints the seeded draw
# (random.Random(3939) over the pool sorted by id), one line an article: {"id", "line", "words"}; a
# larger n continues the same draw (its first 30 are n 30's).
#   go run ./evaluate/cmd/datesample -corpus /work/shared/corpus -input > /tmp/open.jsonl
#   python3 evaluate/cmd/sample/sample_meet39.py /work/shared/corpus /tmp/open.jsonl 30 evaluate/testdata
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample_travel39 import annotated, pool_of, print_draw  # noqa: E402  (the ids a list of testdata files holds, the kind's pool, the draw)

ANNOTATED = ["selection.jsonl", "split.jsonl", "gold-dev.jsonl", "gold-seed.jsonl",
             "recall-sample-10.jsonl", "recall-sample-11.jsonl", "recall-sample-39a.jsonl", "recall-sample-39b.jsonl",
             "stage-sample-37.jsonl", "travel-sample-39.jsonl"]


def main(corpus, open_path, n, testdata):
    print_draw(pool_of(corpus, open_path, annotated(testdata, ANNOTATED), "meeting"), 3939, n)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4])
