# Draw of stage-sample-37 (issue 10, stage37): open White House and State Department remarks or
# transcripts whose title names a summit, plenary, ministerial, launch, leaders' meeting, event, forum,
# conference (not a press conference), session or dinner, and whose text names a foreign head of state
# or government or a minister (a title before a capitalised name that is no US president's), leaving
# out every article the gold and earlier samples in evaluate/testdata hold. Prints the seeded
# permutation (random.Random(37)); the annotator read them in order and kept the first 20 whose text
# and title fit (see evaluate/testdata/README.md).
#   go run ./evaluate/cmd/datesample -corpus /work/shared/corpus -input > /tmp/open.jsonl
#   python3 evaluate/cmd/sample/sample_stage37.py /tmp/open.jsonl 100 evaluate/testdata
import glob, json, random, re, sys

EVENT = re.compile(r"\b(summit|plenary|ministerial|launch|leaders|event|forum|conference|session|dinner|heads of state)\b", re.I)
NOT_KIND = re.compile(r"Readout|Fact Sheet|Joint Statement|Press Briefing|Background|Press Conference")
US = {"Biden", "Harris", "Trump", "Obama", "Bush", "Clinton", "Carter", "Reagan", "Kennedy", "Lincoln",
      "Roosevelt", "Washington", "Joe", "Joseph", "Kamala", "Barack", "Donald", "George", "Truman",
      "Eisenhower", "Lyndon", "Nixon", "Ford", "Jefferson"}
FOREIGN = re.compile(r"(?<!Vice )\b(President|Prime Minister|Chancellor|King|Queen|Emir|Crown Prince|Sultan|"
                     r"Taoiseach|Foreign Minister|Minister)\s+((?:von der |bin |al-)?[A-Z][\w'\u00C0-\u024F-]+)")


def foreign_leader(text):
    for m in FOREIGN.finditer(text):
        if m.group(1) == "President" and m.group(2) in US:
            continue
        if m.group(2) in ("of", "Of", "The", "And"):
            continue
        return m.group(0)
    return None


def annotated(testdata):
    ids = set()
    for f in glob.glob(testdata + "/*.jsonl"):
        if f.endswith("stage-sample-37.jsonl"):
            continue
        for line in open(f):
            m = re.match(r'\{"id": "([^"]+)"', line)
            if m:
                ids.add(m.group(1))
    return ids


def main(corpus, n, testdata):
    gold = annotated(testdata)
    pool = []
    for line in open(corpus):
        a = json.loads(line)
        t, i = a["title"], a["id"]
        if i in gold or not (i.startswith("whitehouse-") or i.startswith("usdos-")):
            continue
        remarks = "Remarks" in t or "Transcript" in t or (i.startswith("usdos-") and re.search(r"\b(at|At) (the|a)\b", t))
        if not remarks or not EVENT.search(t) or NOT_KIND.search(t):
            continue
        hit = foreign_leader(a["text"])
        if hit:
            pool.append((i, t, hit))
    pool.sort()
    print(len(pool), "in the pool", file=sys.stderr)
    for i, t, h in random.Random(37).sample(pool, min(len(pool), n)):
        print(json.dumps({"id": i, "title": t, "cue": h}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
