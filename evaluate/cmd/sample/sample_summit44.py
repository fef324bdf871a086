# Draw of summit-sample-44 (issue 10, summit44): open articles (both corpus files) that report a multilateral
# gathering of leaders or ministers, found by a keyword census of sentences: a sentence holding a gathering word
# (summit, ministerial, leaders' meeting, foreign ministers' meeting, "2+2", dialogue) and a format's name (G7, G20,
# NATO, Quad, ASEAN, EU / U.S.-EU, APEC, the Americas, the UN General Assembly, GCC, I2U2, Negev, CARICOM, SICA,
# Pacific Islands, African Union / U.S.-Africa, OSCE, the Five Eyes; "2+2" or "trilateral" or "virtual summit"
# needs no name). Articles of at most 2,500 words (the test part's cap), outside evaluate.ClosedIDs (the input is
# the open corpus) and outside every earlier sample of whole articles (sampled, below). Prints the census
# (sentences and articles per format) to stderr and the seeded permutation of the pool (random.Random(44) over the
# pool sorted by id), one {"id", "words", "formats"} a line. The sample is the first n of the permutation that,
# read before the extractor ran on them, report a gathering of leaders or ministers of three parties or more, or a
# 2+2 (the census lets through remarks that only name a summit or a domestic "virtual summit"); the screen's
# verdicts are in summit-sample-44.jsonl's README line.
#   go run ./evaluate/cmd/datesample -corpus /work/shared/corpus -input > /tmp/open44.jsonl
#   python3 evaluate/cmd/sample/sample_summit44.py /tmp/open44.jsonl 200 evaluate/testdata
import collections, glob, json, random, re, sys

GATHERING = re.compile(r"\b(summits?|ministerials?|leaders[’']? (?:meeting|summit)|(?:foreign|defen[cs]e) ministers[’']? "
                       r"meeting|2\s*\+\s*2|dialogue)\b", re.I)
FORMATS = [
    ("G7", r"\bG-?7\b|\bGroup of Seven\b"), ("G20", r"\bG-?20\b|\bGroup of Twenty\b"), ("NATO", r"\bNATO\b"),
    ("Quad", r"\bQuad\b"), ("ASEAN", r"\bASEAN\b"), ("EU", r"\bEU\b|\bEuropean Union\b|\bEuropean Council\b"),
    ("APEC", r"\bAPEC\b"), ("Americas", r"\bSummit of the Americas\b|\bOAS\b"),
    ("UNGA", r"\bGeneral Assembly\b|\bUNGA\b"), ("GCC", r"\bGCC\b|\bGulf Cooperation Council\b"),
    ("I2U2", r"\bI2U2\b"), ("Negev", r"\bNegev\b"), ("CARICOM", r"\bCARICOM\b"), ("SICA", r"\bSICA\b"),
    ("Pacific", r"\bPacific Islands?\b"), ("Africa", r"\bAfrican Union\b|\bU\.S\.-Africa\b|\bAU\b"),
    ("OSCE", r"\bOSCE\b"), ("FiveEyes", r"\bFive Eyes\b"),
    ("2+2", r"\b2\s*\+\s*2\b"), ("trilateral", r"\btrilateral\b"), ("virtual", r"\bvirtual summit\b"),
]
SENTENCE = re.compile(r"(?<=[.!?])\s+")


def sampled(testdata):
    """The articles of every earlier sample of whole articles: the ids that lead a line of a file of testdata (the
    gold, its selection and split, every recall, summit, travel, meet, white, stage, pair and question sample). The
    samples of records (a date, a plan, a change, a role, an audit's answer) read one record of an article and are
    not left out: left out too, they leave 52 open articles of the census, too few to screen 40 from."""
    ids = set()
    for path in glob.glob(testdata + "/*.jsonl"):
        for line in open(path):
            m = re.match(r'\{"id": "([a-z]+-\d+)"', line)
            if m:
                ids.add(m.group(1))
    return ids


def formats(text):
    found = collections.Counter()
    for sentence in SENTENCE.split(text):
        if not GATHERING.search(sentence):
            continue
        for name, pattern in FORMATS:
            if re.search(pattern, sentence):
                found[name] += 1
    return found


def main(open_path, n, testdata):
    skip = sampled(testdata)
    sentences, articles, pool = collections.Counter(), collections.Counter(), []
    for line in open(open_path):
        a = json.loads(line)
        found = formats(a["text"])
        for name, count in found.items():
            sentences[name] += count
            articles[name] += 1
        if not found:
            continue
        words = len(a["text"].split())
        if a["id"] in skip or words > 2500:
            continue
        pool.append((a["id"], words, sorted(found)))
    for name, _ in FORMATS:
        print(f"{name}\t{sentences[name]} sentences\t{articles[name]} articles", file=sys.stderr)
    pool.sort()
    print(len(pool), "in the pool;", len(skip), "ids left out as sampled before", file=sys.stderr)
    for i, words, names in random.Random(44).sample(pool, min(len(pool), n)):
        print(json.dumps({"id": i, "words": words, "formats": names}))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
