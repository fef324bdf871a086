# Draw of white-sample-40 (issue 10, white40): open White House articles of general.jsonl (remarks,
# statements, fact sheets, briefings, readouts filed outside diplomacy.jsonl) of at most 2,500 words
# that tell an encounter between named people by a word filter, leaving out every article the gold
# (selection.jsonl, which holds every gold-annotated-*.jsonl article, split.jsonl, gold-dev.jsonl,
# gold-seed.jsonl) and the whole-article samples (agreement-*, recall-sample-10,
# -11, -39a, -39b, stage-sample-37, travel-sample-39, summit-sample-39, meet-sample-39) hold, so that each
# is annotated afresh; the files are named, so that a sample added later does not move the draw. Open:
# outside evaluate.ClosedIDs, as datesample -input prints them.
# The filter: some sentence (split after . ! ? and at line ends) has a word of an encounter (ENCOUNTER)
# and either a titled name after "with" or "by" ("spoke today with President Guillermo Lasso", "hosted
# by Prime Minister Jacinda Ardern") or two titled names with different names ("President Biden and
# President Yoon"); most White House articles are fact sheets, proclamations and nominations that tell
# none. 43 of the 1,371 open White House articles of at most 2,500 words outside the samples pass.
# Cited articles are kept: this is a tuning sample, not an unseen measure. Prints the seeded draw
# (random.Random(4040) over the pool sorted by id), one line an article: {"id", "line", "words"}; a
# larger n continues the same draw (its first 30 are n 30's).
#   go run ./evaluate/cmd/datesample -corpus /work/shared/corpus -input > /tmp/open.jsonl
#   python3 evaluate/cmd/sample/sample_white40.py /work/shared/corpus /tmp/open.jsonl 30 evaluate/testdata
import json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample_travel39 import annotated, print_draw  # noqa: E402  (the ids a list of testdata files holds, the draw)

SAMPLES = ["selection.jsonl", "split.jsonl", "gold-dev.jsonl", "gold-seed.jsonl",
           "agreement-2-on-AB.jsonl", "agreement-2-on-D.jsonl", "agreement-A-on-B.jsonl",
           "recall-sample-10.jsonl", "recall-sample-11.jsonl", "recall-sample-39a.jsonl", "recall-sample-39b.jsonl",
           "stage-sample-37.jsonl", "travel-sample-39.jsonl", "summit-sample-39.jsonl", "meet-sample-39.jsonl"]

ENCOUNTER = re.compile(r"\b(met|meet|meets|meeting|call|called|spoke|speak|talks|talked|visit|visited|visits|"
                       r"summit|hosted|hosts|host|welcomed|conversation|bilateral)\b", re.I)
TITLE = r"(?:President|Prime Minister|Chancellor|King|Queen|Emir|Premier|Crown Prince|Sultan|Minister|Secretary|Secretary-General|Secretary General|Taoiseach)"
TITLED = re.compile(r"\b" + TITLE + r"\s+([A-Z][\w'’-]+)")
WITH_TITLED = re.compile(r"\b(?:with|by)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}?" + TITLE + r"\s+[A-Z]")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def tells_encounter(text):
    """Whether a sentence of text has an encounter word and a titled name after "with", or two titled names."""
    for sentence in SENTENCE_END.split(text):
        if not ENCOUNTER.search(sentence):
            continue
        if WITH_TITLED.search(sentence) or len(set(TITLED.findall(sentence))) >= 2:
            return True
    return False


def pool_of(corpus, open_path, skip):
    """The open White House articles of general.jsonl that tell an encounter, of at most 2,500 words and
    outside skip, sorted by id: (id, line, words)."""
    open_ids = {json.loads(line)["id"] for line in open(open_path)}
    rows = []
    for number, line in enumerate(open(corpus + "/general.jsonl"), 1):
        a = json.loads(line)
        i, words = a["id"], len(a["text"].split())
        if i.startswith("whitehouse-") and i in open_ids and i not in skip and words <= 2500 and tells_encounter(a["text"]):
            rows.append((i, number, words))
    return sorted(rows)


def main(corpus, open_path, n, testdata):
    print_draw(pool_of(corpus, open_path, annotated(testdata, SAMPLES)), 4040, n)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4])
