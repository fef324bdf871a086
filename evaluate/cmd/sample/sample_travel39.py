# Draw of travel-sample-39 (issue 10, travel39): 50 open articles of diplomacy.jsonl's kind
# travel_or_preview (trip announcements, previews, trip reports) of at most 2,500 words, leaving out
# every article the gold (selection.jsonl, split.jsonl, gold-dev.jsonl, gold-seed.jsonl) and the whole-
# article samples that hold this kind (recall-sample-10, -39a, -39b) hold, so that each is annotated
# afresh; the files are named, so that a sample added later does not move the draw. Open: outside
# evaluate.ClosedIDs, as datesample -input prints them.
# Cited articles are kept: this is a tuning sample, not an unseen measure. Prints the seeded draw
# (random.Random(39) over the pool sorted by id), one line an article: {"id", "line", "words"}; a
# larger n continues the same draw (its first 30 are n 30's).
#   go run ./evaluate/cmd/datesample -corpus /work/shared/corpus -input > /tmp/open.jsonl
#   python3 evaluate/cmd/sample/sample_travel39.py /work/shared/corpus /tmp/open.jsonl 50 evaluate/testdata
import json, random, re, sys


ANNOTATED = ["selection.jsonl", "split.jsonl", "gold-dev.jsonl", "gold-seed.jsonl",
             "recall-sample-10.jsonl", "recall-sample-39a.jsonl", "recall-sample-39b.jsonl"]


def annotated(testdata, names=ANNOTATED):
    ids = set()
    for name in names:
        for line in open(testdata + "/" + name):
            m = re.match(r'\{"id": "([^"]+)"', line)
            if m:
                ids.add(m.group(1))
    return ids


def pool_of(corpus, open_path, skip, kind):
    """The open articles of diplomacy.jsonl's kind that may be drawn, of at most 2,500 words and outside
    skip, sorted by id: (id, line, words)."""
    open_ids = {json.loads(line)["id"] for line in open(open_path)}
    articles = (json.loads(line) for line in open(corpus + "/diplomacy.jsonl"))
    rows = ((a["id"], number, len(a["text"].split()), a.get("kind")) for number, a in enumerate(articles, 1))
    return sorted((i, number, words) for i, number, words, k in rows
                  if k == kind and i in open_ids and i not in skip and words <= 2500)


def print_draw(pool, seed, n):
    """Prints the seeded draw's first n of pool, one {"id", "line", "words"} a line."""
    print(len(pool), "in the pool", file=sys.stderr)
    for i, number, words in random.Random(seed).sample(pool, min(len(pool), n)):
        print(json.dumps({"id": i, "line": number, "words": words}))


def main(corpus, open_path, n, testdata):
    print_draw(pool_of(corpus, open_path, annotated(testdata), "travel_or_preview"), 39, n)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4])
