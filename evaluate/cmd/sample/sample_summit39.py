# Draw of summit-sample-39 (issue 10, summit39): open diplomacy.jsonl articles of kind
# summit_dialogue_or_multilateral under the test part's cap of 2,500 words, leaving out the gold's articles
# (selection.jsonl's and gold-dev.jsonl's ids) and the unseen recall39 halves; articles cited before are kept
# (a tuning sample). The input is the open corpus (evaluate.ClosedIDs left out). Prints the seeded permutation's
# first n (random.Random(39) over the ids in corpus order); see evaluate/testdata/README.md.
#   go run ./evaluate/cmd/datesample -corpus /work/shared/corpus -input > /tmp/open.jsonl
#   python3 evaluate/cmd/sample/sample_summit39.py /tmp/open.jsonl 30 evaluate/testdata
import json, random, re, sys

LEFT_OUT = ["selection.jsonl", "gold-dev.jsonl", "recall-sample-39a.jsonl", "recall-sample-39b.jsonl"]


def left_out(testdata):
    ids = set()
    for name in LEFT_OUT:
        for line in open(testdata + "/" + name):
            m = re.match(r'\{"id": "([^"]+)"', line)
            if m:
                ids.add(m.group(1))
    return ids


def main(corpus, n, testdata):
    skip = left_out(testdata)
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
