# Draw of pair-sample-41 (issue 10, pair41): open articles of at most 2,500 words in which one pair of
# people the extractor finds, of two countries, is named in two or more sentences that carry different
# date cues ("today" and "last September", "on Monday" and "at the G20", "in March" and "2021"), so that
# the article may tell two encounters of the pair. Left out: every article the gold (selection.jsonl, which
# holds every gold-annotated-*.jsonl article, split.jsonl, gold-dev.jsonl, gold-seed.jsonl) and the
# whole-article samples hold, so that each is annotated afresh; the files are named, so that a sample added
# later does not move the draw. Open: outside evaluate.ClosedIDs, as datesample -input prints them. Cited
# articles are kept: this is a tuning sample, not an unseen measure.
# Only the people of `newsgraph extract`'s output are read (name and country), never its meetings, so the
# annotator sees no meeting record before writing the article's gold. A person is named in a sentence by
# the full name or the surname (the last word; the first for Chinese, Korean and Vietnamese names too).
# A sentence's date cues are its weekdays, months, years, relative periods ("yesterday", "last week",
# "earlier this month", "two weeks ago", "today", "next month") and named gatherings ("the G20", "APEC",
# "the NATO Summit"), lower-cased; two sentences carry different cues where both have some and their sets
# differ. Two tiers, since the brief's own filter is narrow (14 articles of the 2,555 open ones of at most
# 2,500 words outside the samples):
#   together: the two sentences each name both, or name one with a first- or second-person pronoun ("when
#     we spoke in March") while the other is named in the article's first three sentences (a transcript's
#     heading);
#   apart: each sentence names one of the two, and the article names both.
# Prints the whole together tier in a seeded order (random.Random(4141)), then the apart tier's articles
# in a seeded order (random.Random(4142)) up to n, one line an article: {"id", "line", "words", "tier",
# "pair"} (the first such pair by the people's order).
# The people are read from `newsgraph extract`'s output or from a file of tab-separated id, name, country, which
# `people` writes from that output (the articles whose people have two countries or more, the only ones that can
# pass); pair-sample-41-people.tsv is the one the draw read (main 86902a6), so that a later extractor does not
# move it.
#   go run ./evaluate/cmd/datesample -corpus /work/shared/corpus -input > /tmp/open.jsonl
#   newsgraph extract /tmp/open.jsonl > /tmp/ext.jsonl
#   python3 evaluate/cmd/sample/sample_pair41.py people /tmp/ext.jsonl > evaluate/testdata/pair-sample-41-people.tsv
#   python3 evaluate/cmd/sample/sample_pair41.py /work/shared/corpus /tmp/open.jsonl \
#       evaluate/testdata/pair-sample-41-people.tsv 40 evaluate/testdata
import itertools, json, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample_travel39 import annotated  # noqa: E402  (the ids a list of testdata files holds)

SAMPLES = ["selection.jsonl", "split.jsonl", "gold-dev.jsonl", "gold-seed.jsonl",
           "agreement-2-on-AB.jsonl", "agreement-2-on-D.jsonl", "agreement-A-on-B.jsonl",
           "recall-sample-10.jsonl", "recall-sample-11.jsonl", "recall-sample-39a.jsonl", "recall-sample-39b.jsonl",
           "stage-sample-37.jsonl", "travel-sample-39.jsonl", "summit-sample-39.jsonl", "meet-sample-39.jsonl",
           "white-sample-40.jsonl"]

MONTHS = r"January|February|March|April|June|July|August|September|October|November|December"
CUE = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|" + MONTHS + r"|"
    r"May(?=\s+\d)|(?<=in )May|(?<=last )May|(?<=this )May|(?<=since )May|(?<=of )May|"
    r"(?:19|20)\d\d|yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening|week|month|year)|"
    r"(?:last|next|past) (?:week|weekend|month|year|night|fall|spring|summer|winter)|"
    r"(?:earlier|later) this (?:week|month|year)|(?:a|one|two|three|four|five|six|few|several|\d+) "
    r"(?:days|weeks|months|years|day|week|month|year) ago|"
    r"G-?7|G-?20|APEC|UNGA|COP\s?\d+|General Assembly|[A-Z][\w-]* Summit|Summit of the Americas)\b")
FAMILY_FIRST = {"CN", "KP", "KR", "VN", "TW"}
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def name_pattern(person):
    """A pattern for a person's full name or surname (the first word too where the family name comes first)."""
    words = person["name"].split()
    forms = [re.escape(person["name"]), re.escape(words[-1])]
    if person.get("country") in FAMILY_FIRST and len(words) > 1:
        forms.append(re.escape(words[0]))
    return re.compile(r"\b(?:" + "|".join(forms) + r")\b")


def cues_of(sentence):
    return frozenset(m.group(0).lower() for m in CUE.finditer(sentence))


PRONOUN = re.compile(r"\b(?:[Ww]e|[Yy]ou|I|us|[Oo]ur)\b")


def names_pair(sentence, own, other, head, tier):
    """Whether a sentence names the pair by the tier's test, own being a pattern the sentence matches."""
    if other.search(sentence):
        return True
    if tier == "together":
        return bool(other.search(head) and PRONOUN.search(sentence))
    return bool(other.search(head))


def pair_of(text, people, tier):
    """The first pair of people of two countries named by the tier's test in two sentences of different
    date cues. The apart tier's head is the whole text: the other need only be named in the article."""
    sentences = [s for s in SENTENCE_END.split(text) if s.strip()]
    head = text if tier == "apart" else " ".join(sentences[:3])
    for a, b in itertools.combinations(people, 2):
        if not a.get("country") or not b.get("country") or a["country"] == b["country"]:
            continue
        pa, pb = name_pattern(a), name_pattern(b)
        cues = set()
        for s in sentences:
            if (pa.search(s) and names_pair(s, pa, pb, head, tier)) or (pb.search(s) and names_pair(s, pb, pa, head, tier)):
                cues.add(cues_of(s))
        cues.discard(frozenset())
        if len(cues) >= 2:
            return [a["name"], b["name"]]
    return None


def people_of(path):
    """The people of each article, {id: [{"name", "country"}]}, from extract's output or a people file."""
    people = {}
    for line in open(path, encoding="utf-8"):
        if path.endswith(".tsv"):
            i, name, country = line.rstrip("\n").split("\t")
            people.setdefault(i, []).append({"name": name, "country": country})
        else:
            a = json.loads(line)
            people[a["id"]] = a.get("people") or []
    return people


def print_people(extracted_path):
    """Prints extract's people with a country, of the articles whose people have two countries or more."""
    for i, ps in people_of(extracted_path).items():
        ps = [p for p in ps if p.get("country")]
        if len({p["country"] for p in ps}) >= 2:
            for p in ps:
                print(i + "\t" + p["name"] + "\t" + p["country"])


def pool_of(corpus, open_path, extracted_path, skip):
    """The open articles of at most 2,500 words outside skip with such a pair, sorted by id, by tier:
    {tier: [(id, line, words, pair)]}."""
    open_ids = {json.loads(line)["id"] for line in open(open_path)}
    people = people_of(extracted_path)
    tiers = {"together": [], "apart": []}
    for name in ("diplomacy.jsonl", "general.jsonl"):
        for number, line in enumerate(open(corpus + "/" + name), 1):
            a = json.loads(line)
            i, words = a["id"], len(a["text"].split())
            if i not in open_ids or i in skip or words > 2500:
                continue
            for tier in ("together", "apart"):
                pair = pair_of(a["text"], people.get(i, []), tier)
                if pair:
                    tiers[tier].append((i, name + ":" + str(number), words, pair))
                    break
    return {tier: sorted(rows) for tier, rows in tiers.items()}


def main(corpus, open_path, extracted_path, n, testdata):
    pool = pool_of(corpus, open_path, extracted_path, annotated(testdata, SAMPLES))
    print(len(pool["together"]), "together,", len(pool["apart"]), "apart in the pool", file=sys.stderr)
    drawn = [("together", r) for r in random.Random(4141).sample(pool["together"], len(pool["together"]))]
    drawn += [("apart", r) for r in random.Random(4142).sample(pool["apart"], len(pool["apart"]))]
    for tier, (i, line, words, pair) in drawn[:n]:
        print(json.dumps({"id": i, "line": line, "words": words, "tier": tier, "pair": pair}))


if __name__ == "__main__":
    if sys.argv[1] == "people":
        print_people(sys.argv[2])
    else:
        main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
