# Draw of travel-sample-39 (issue 10, travel39): 30 open articles of diplomacy.jsonl's kind
# travel_or_preview (trip announcements, previews, trip reports) of at most 2,500 words, leaving out
# every article an annotated file in evaluate/testdata holds (the gold and the earlier samples), so
# that each is annotated afresh. Open: outside evaluate.ClosedIDs, as datesample -input prints them.
# Cited articles are kept: this is a tuning sample, not an unseen measure. Prints the seeded draw
# (random.Random(39) over the pool sorted by id), one line an article: {"id", "line", "words"}.
#   go run ./evaluate/cmd/datesample -corpus /work/shared/corpus -input > /tmp/open.jsonl
#   python3 evaluate/cmd/sample/sample_travel39.py /work/shared/corpus /tmp/open.jsonl 30 evaluate/testdata
import glob, json, random, re, sys


def annotated(testdata):
    ids = set()
    for f in glob.glob(testdata + "/*.jsonl"):
        if f.endswith("travel-sample-39.jsonl"):
            continue
        for line in open(f):
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
        if a.get("kind") != "travel_or_preview" or a["id"] not in open_ids or a["id"] in skip or words > 2500:
            continue
        pool.append((a["id"], number, words))
    pool.sort()
    print(len(pool), "in the pool", file=sys.stderr)
    for i, number, words in random.Random(39).sample(pool, min(len(pool), n)):
        print(json.dumps({"id": i, "line": number, "words": words}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4])
