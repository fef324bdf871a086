# Draw of summit-sample-39 (issue 10, summit39): open diplomacy.jsonl articles of kind
# summit_dialogue_or_multilateral under the test part's cap of 2,500 words, leaving out the gold's articles
# (selection.jsonl's and gold-dev.jsonl's ids) and the unseen recall39 halves; articles cited before are kept
# (a tuning sample). The input is the open corpus (evaluate.ClosedIDs left out). Prints the seeded permutation's
# first n (random.Random(39) over the ids in corpus order); see evaluate/testdata/README.md.
#   go run ./evaluate/cmd/datesample -corpus /work/shared/corpus -input > /tmp/open.jsonl
#   python3 evaluate/cmd/sample/sample_summit39.py /tmp/open.jsonl 30 evaluate/testdata
import json, os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample_travel39 import annotated  # noqa: E402  (the ids a list of testdata files holds)

LEFT_OUT = ["selection.jsonl", "gold-dev.jsonl", "recall-sample-39a.jsonl", "recall-sample-39b.jsonl"]


def main(corpus, n, testdata):
    skip = annotated(testdata, LEFT_OUT)
    pool = []
    for line in open(corpus):
        a = json.loads(line)
        if a.get("kind") != "summit_dialogue_or_multilateral" or a["id"] in skip:
            continue
        if len(a["text"].split()) > 2500:
            continue
        pool.append(a["id"])
    print(len(pool), "in the pool", file=sys.stderr)
    for i in random.Random(39).sample(pool, min(len(pool), n)):
        print(json.dumps({"id": i}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
