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
import json, random, re, sys


ANNOTATED = ["selection.jsonl", "split.jsonl", "gold-dev.jsonl", "gold-seed.jsonl",
             "recall-sample-10.jsonl", "recall-sample-11.jsonl", "recall-sample-39a.jsonl", "recall-sample-39b.jsonl",
             "stage-sample-37.jsonl", "travel-sample-39.jsonl"]


def annotated(testdata):
    ids = set()
    for name in ANNOTATED:
        for line in open(testdata + "/" + name):
            m = re.match(r'\{"id": "([^"]+)"', line)
            if m:
                ids.add(m.group(1))
    return ids


def main(corpus, open_path, n, testdata):
    open_ids = {json.loads(line)["id"] for line in open(open_path)}
    skip = annotated(testdata)
    pool = []
    for number, line in enumerate(open(corpus + "/diplomacy.jsonl"), 1):
        a = json.loads(line)
        words = len(a["text"].split())
        if a.get("kind") != "meeting" or a["id"] not in open_ids or a["id"] in skip or words > 2500:
            continue
        pool.append((a["id"], number, words))
    pool.sort()
    print(len(pool), "in the pool", file=sys.stderr)
    for i, number, words in random.Random(3939).sample(pool, min(len(pool), n)):
        print(json.dumps({"id": i, "line": number, "words": words}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4])
