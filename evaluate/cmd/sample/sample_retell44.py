# Draw of retell-sample-44 (issue 10, encounter44): held meeting records whose sentence tells a past encounter in
# passing (a retelling: "when they met in Geneva last June", "since the summit", "as agreed at ..."), to be dated
# and typed by GUIDELINES.md before the extractor's date and status are read.
# Reads `newsgraph extract`'s output over the open corpus (outside evaluate.ClosedIDs, as datesample -input prints
# it) and the articles file. A candidate is a held record whose evidence sentence holds a retelling cue (RETELL
# below), outside the gold's articles and dupe-sample-43's. Each drawn record says which earlier samples that
# judged meetings hold it too ("earlier": their line for the article holds its sentence or all its participants):
# at main afcd3f8 the cue holds 151 held records, 52 outside the gold and dupe-sample-43, and only 10 of those in no
# earlier sample (the open corpus's held records are nearly all read by now), so the draw is all 52.
#   count: prints the candidates, their articles, those in no earlier sample and the cues' counts.
#   draw N SEED BLIND HIDDEN: draws N candidates at random (random.Random(SEED) over the sorted candidates; all where
#     fewer) and writes BLIND, one line each {"n", "article", "meeting", "articleDate", "weekday", "title",
#     "participants", "kind", "sentence", "paragraph", "cue", "earlier"} for the reader, and HIDDEN, the same keys
#     with the extractor's "date", "status" and "place", read only once BLIND is judged.
#   go run ./evaluate/cmd/datesample -corpus /work/shared/corpus -input > /tmp/open44.jsonl
#   newsgraph extract /tmp/open44.jsonl > /tmp/ext44.jsonl
#   python3 evaluate/cmd/sample/sample_retell44.py count /tmp/open44.jsonl /tmp/ext44.jsonl
#   python3 evaluate/cmd/sample/sample_retell44.py draw /tmp/open44.jsonl /tmp/ext44.jsonl 60 44 blind.jsonl hidden.jsonl
import datetime
import glob
import json
import os
import random
import re
import sys

MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
RETELL = re.compile(
    r"\bwhen (?:he|she|they|i|we|the (?:president|secretary|two leaders|leaders)|[A-Z]\w+) "
    r"(?:first |last |recently )?(?:met|spoke|visited|hosted|talked|traveled|travelled)\b"
    r"|\bsince (?:the|their|his|her|our|my|last|president|secretary)\b[^.;]{0,60}?"
    r"\b(?:summit|meeting|call|visit|talks|conversation|met|spoke)\b"
    r"|\bas (?:agreed|discussed|announced|committed|pledged) (?:at|during|in|by)\b"
    r"|\blast (?:week|month|year|" + MONTHS + r"|spring|summer|fall|autumn|winter)(?:'s)?\b"
    r"|\b(?:earlier this (?:year|month|week)|(?:weeks|months|years|days) ago)\b"
    r"|\b(?:their|his|her|our|my) (?:first|last|previous|recent|earlier|prior) "
    r"(?:meeting|summit|call|conversation|visit|talks|discussion)\b"
    r"|\b(?:previous|prior|earlier) (?:meeting|summit|call|conversation|visit|talks)\b"
    r"|\b(?:built|builds|building|follow(?:s|ed|ing)? up|followed) on (?:the|their|his|her|our|my)\b"
    r"|\b(?:has|have|had) (?:already |previously |recently |also )?(?:met|spoken|visited|hosted|talked)\b"
    r"|\b(?:previously|again)\b"
    r"|\b(?:at|during|in|after|following|from) (?:the|their|his|her|our|my) (?:" + MONTHS + r"|[12][0-9]{3})\b"
    r"|\b(?:in|since) (?:" + MONTHS + r")(?: [12][0-9]{3})?\b(?! [0-9])"
    r"|\bin [12][0-9]{3}\b",
    re.I)


def day(d):
    try:
        return datetime.date.fromisoformat(d or "")
    except ValueError:
        return None


TESTDATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "testdata")
IDS = re.compile(r"\b(?:usdos|whitehouse)-[0-9]+\b")
# Samples that judged no meeting record (people, roles, organisations) or list every article (the draws, the split).
NO_MEETINGS = re.compile(r"^(roles-sample|entity-sample|org-sample|affil-sample|office-sample|adversary-census"
                         r"|change-sample-(cutbody43|ner43b|roles43)|selection|split)")


def excluded():
    """The gold's articles (dev and test) and dupe-sample-43's."""
    out = set()
    for f in glob.glob(os.path.join(TESTDATA, "gold-*.jsonl")) + [os.path.join(TESTDATA, "dupe-sample-43.jsonl")]:
        out |= set(IDS.findall(open(f, encoding="utf-8").read()))
    return out


def earlier_lines():
    """Each article's lines in the earlier samples that judged meetings."""
    out = {}
    for f in sorted(glob.glob(os.path.join(TESTDATA, "*.jsonl"))):
        name = os.path.basename(f)
        if NO_MEETINGS.match(name) or name.startswith("gold-") or name.startswith("retell-sample-44"):
            continue
        for line in open(f, encoding="utf-8"):
            for i in set(IDS.findall(line)):
                out.setdefault(i, []).append((name, line))
    return out


def earlier(lines, article, m):
    """The earlier samples whose line for the article holds the record (its sentence or all its participants)."""
    return sorted({f for f, l in lines.get(article, []) if m["evidence"]["sentence"][:50] in l
                   or all(p in l for p in m["participants"])})


def paragraph(text, sentence):
    for p in text.split("\n"):
        if sentence[:60] in p:
            return p
    return ""


def candidates(articles, ext, exclude):
    arts = {}
    for line in open(articles):
        a = json.loads(line)
        arts[a["id"]] = a
    out = []
    for line in open(ext):
        a = json.loads(line)
        if a["id"] in exclude:
            continue
        for i, m in enumerate(a.get("meetings") or []):
            if m["status"] != "held":
                continue
            s = m["evidence"]["sentence"]
            c = RETELL.search(s)
            if c:
                out.append(((a["id"], i), m, arts[a["id"]], c.group(0)))
    out.sort(key=lambda x: x[0])
    return out


def main():
    cmd, articles, ext = sys.argv[1:4]
    cs = candidates(articles, ext, excluded())
    lines = earlier_lines()
    if cmd == "count":
        cues = {}
        for _, _, _, c in cs:
            k = c.lower().split()[0]
            cues[k] = cues.get(k, 0) + 1
        fresh = [k for k, m, _, _ in cs if not earlier(lines, k[0], m)]
        print(json.dumps({"candidates": len(cs), "articles": len({k[0] for k, _, _, _ in cs}),
                          "inNoEarlierSample": len(fresh), "cues": cues}))
        return
    n, seed, blind, hidden = int(sys.argv[4]), int(sys.argv[5]), sys.argv[6], sys.argv[7]
    with open(blind, "w") as b, open(hidden, "w") as h:
        for j, (k, m, a, c) in enumerate(random.Random(seed).sample(cs, min(n, len(cs)))):
            rec = {"n": j, "article": k[0], "meeting": k[1], "articleDate": a["date"],
                   "weekday": day(a["date"]).strftime("%a"), "title": a["title"],
                   "participants": m["participants"], "kind": m["kind"], "sentence": m["evidence"]["sentence"],
                   "paragraph": paragraph(a["text"], m["evidence"]["sentence"]), "cue": c,
                   "earlier": earlier(lines, k[0], m)}
            b.write(json.dumps(rec, ensure_ascii=False) + "\n")
            rec.update({"date": m.get("date"), "status": m["status"], "place": m.get("place")})
            h.write(json.dumps(rec, ensure_ascii=False) + "\n")


main()
