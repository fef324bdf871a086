#!/usr/bin/env python3
"""Issue 10's experiment: can a learned pair classifier find the held meetings the rules miss?

Reads `newsgraph extract` output for the dev articles, their inputs and their gold, and measures by
grouped cross-validation over articles (5 folds, fixed seed) two uses of a logistic-regression pair
classifier on top of the rules:

  add     candidates are pairs of people of different countries (or one unknown) mentioned in the
          same sentence (variant: or in adjacent sentences) that the rules did not already put in a
          held meeting together; label: the pair is held together in the gold. Pairs scored at or
          above a threshold are added as held bilateral meetings dated by their sentence (below).
  remove  candidates are the rules' held meetings; label: no pair of the meeting is held in the
          gold. Meetings scored at or above a threshold are dropped.

Each fold's articles are scored by a model trained on the other folds only, so every prediction is
out of fold; the predictions of all folds are then scored together with the project's scorer
(`score -gold GOLD PRED`, which weights pairs and checks dates), and each fold alone, for every
threshold. Dev only: the articles split.jsonl puts in test and batches N and O (selection.jsonl's
"several-no" draw, lines 343-365) are dropped before anything is extracted or read.

Needs scikit-learn and numpy (PyPI). Usage (numbers in docs/extraction-quality.md):

  go build -o /tmp/newsgraph . && go build -o /tmp/score ./evaluate/cmd/score
  python3 evaluate/cmd/pairlearn/pairlearn.py -newsgraph /tmp/newsgraph -score /tmp/score \
      [-adjacent] [-trainall] [-mode add|remove] [-date month|sentence|year] [-oracle] [-holdout DRAWS]
"""

import argparse
import collections
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score
from sklearn.model_selection import GroupKFold

SEED = 10
FOLDS = 5

MEET_WORDS = {
    "met", "meet", "meets", "meeting", "meetings", "call", "called", "calls", "spoke", "speak", "spoken",
    "talk", "talks", "talked", "hosted", "host", "hosts", "hosting", "welcomed", "welcome", "welcomes",
    "visit", "visited", "visits", "visiting", "discussed", "discuss", "discussion", "discussions", "joined",
    "dialogue", "consultations", "bilateral", "conversation", "summit", "sat", "received", "greeted",
    "trip", "travel", "travels", "traveled", "together", "counterpart", "session", "conference",
}
FUTURE_WORDS = {"will", "would", "plans", "plan", "planned", "forward", "upcoming", "next", "tomorrow",
                "expected", "scheduled", "to", "invite", "invited", "invitation", "later", "soon", "intends"}
NEG_WORDS = {"not", "no", "never", "n't", "without", "nor"}
PAST_WORDS = {"today", "yesterday", "earlier", "last", "ago", "recently", "this", "had", "has", "have"}
TITLE_WORDS = ("readout", "call", "meeting", "remarks", "briefing", "travel", "joint", "statement",
               "press", "availability", "interview", "visit", "trip", "fact", "sheet", "summit", "dialogue",
               "with", "and", "before", "after", "participates", "preview", "background")
MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d+")


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z ]", "", s.lower().replace("-", " ")).split()


def same_person(a, b):
    """Roughly the scorer's name match: same folded words in any order, or a shared surname with
    first names agreeing on their first two letters."""
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return False
    if sorted(fa) == sorted(fb):
        return True
    return fa[-1] == fb[-1] and fa[0][:2] == fb[0][:2]


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def each_held_pair(g):
    """Yields (name, name, date, weight) for every pair of every held gold meeting; a pair of a meeting
    of n weighs 1/(n-1), as the scorer weighs it."""
    for m in g.get("meetings") or []:
        if (m.get("status") or "").strip().lower() != "held":
            continue
        ps = m["participants"]
        for i in range(len(ps)):
            for j in range(i + 1, len(ps)):
                yield ps[i], ps[j], m.get("date"), 1 / (len(ps) - 1)


def gold_held_pairs(g):
    """Unordered pairs of gold names held together, with the meetings' dates."""
    out = collections.defaultdict(list)
    for a, b, date, _ in each_held_pair(g):
        out[frozenset((a, b))].append(date)
    return out


def resolve(name, gold_names):
    for gn in gold_names:
        if same_person(name, gn):
            return gn
    return None


def words(s):
    return [w.lower() for w in WORD.findall(s)]


def sentence_date(sent, pub):
    """The date the sentence gives, in the simple forms: "Month D(, YYYY)", "today", "yesterday";
    None where it gives none of them."""
    low = sent.lower()
    m = re.search(r"\b(" + "|".join(MONTHS) + r")\s+(\d{1,2})(?:,?\s+(\d{4}))?", low)
    if m:
        y = int(m.group(3)) if m.group(3) else pub.year
        try:
            return datetime.date(y, MONTHS[m.group(1)], int(m.group(2))).isoformat()
        except ValueError:
            return None
    if re.search(r"\btoday\b", low):
        return pub.isoformat()
    if re.search(r"\byesterday\b", low):
        return (pub - datetime.timedelta(days=1)).isoformat()
    return None


def pair_date(sent, pub, how):
    if how == "year":
        return f"{pub.year:04d}"
    if how == "sentence":
        d = sentence_date(sent, pub)
        if d:
            return d
    return f"{pub.year:04d}-{pub.month:02d}"


class Article:
    def __init__(self, inp, pred):
        self.id = inp["id"]
        self.title = inp.get("title") or ""
        self.text = inp["text"].encode("utf-8")
        self.pub = datetime.date.fromisoformat(inp["date"][:10])
        self.pred = pred
        self.people = {p["id"]: p for p in pred.get("people") or []}
        # mentions[id] = [(start, end, sentStart, sentEnd)]
        self.mentions = collections.defaultdict(list)
        sents = set()
        for e in pred.get("entities") or []:
            for m in e["mentions"]:
                sents.add((m["sentenceStart"], m["sentenceEnd"]))
                if e["type"] == "Person" and e["id"] in self.people:
                    self.mentions[e["id"]].append((m["start"], m["end"], m["sentenceStart"], m["sentenceEnd"]))
        self.sentences = sorted(sents)
        self.count = {pid: len(ms) for pid, ms in self.mentions.items()}
        self.first = {pid: min(m[0] for m in ms) for pid, ms in self.mentions.items()}
        self.held = set()
        self.planned = set()
        self.in_held = set()
        for m in pred.get("meetings") or []:
            ids = m.get("participantIds") or []
            target = self.held if m.get("status") == "held" else self.planned
            for i in range(len(ids)):
                if m.get("status") == "held":
                    self.in_held.add(ids[i])
                for j in range(i + 1, len(ids)):
                    target.add(frozenset((ids[i], ids[j])))
        tl = self.title.lower()
        self.title_people = {pid for pid, p in self.people.items()
                             if fold(p["name"]) and fold(p["name"])[-1] in fold(self.title)}
        self.title_feats = [w for w in TITLE_WORDS if re.search(r"\b" + w + r"\b", tl)]
        ranked = sorted(self.count, key=lambda k: (-self.count[k], self.first[k]))
        self.subject = ranked[0] if ranked else None

    def span(self, a, b):
        return self.text[a:b].decode("utf-8", "replace")

    def adjacent(self, s1, s2):
        """Whether sentence s2 follows s1 with only white space between."""
        return s1[1] <= s2[0] and self.span(s1[1], s2[0]).strip() == ""


def mark(f, prefix, ws):
    """Sets the indicator feature prefix+w for every word w of ws."""
    for w in ws:
        f[prefix + w] = 1.0


def different_parties(a, b):
    ca, cb = a.get("country"), b.get("country")
    return not ca or not cb or ca != cb


def pair_features(art, ida, ma, idb, mb):
    """Features of one co-mention: ma, mb are (start, end, sentStart, sentEnd); ma comes first."""
    f = {}
    same = ma[2] == mb[2]
    f["same_sentence"] = 1.0 if same else 0.0
    sent = art.span(ma[2], mb[3])
    between = words(art.span(ma[1], mb[0]))
    before = words(art.span(ma[2], ma[0]))[-6:]
    after = words(art.span(mb[1], mb[3]))[:6]
    mark(f, "btw=", between)
    mark(f, "bef=", before)
    mark(f, "aft=", after)
    sw = words(sent)
    sset = set(sw)
    mark(f, "meet=", sset & MEET_WORDS)
    f["any_meet"] = 1.0 if sset & MEET_WORDS else 0.0
    f["any_meet_between"] = 1.0 if set(between) & MEET_WORDS else 0.0
    mark(f, "fut=", sset & FUTURE_WORDS)
    low = sent.lower()
    for cue in ("to meet", "look forward", "looks forward", "looked forward", "will meet", "will travel",
                "will host", "will welcome", "plans to", "met with", "spoke with", "spoke by phone",
                "held talks", "on the margins", "on the sidelines", "joint statement", "discussed",
                "thanked", "welcomed", "hosted", "called on", "congratulated", "condolences"):
        if cue in low:
            f["cue=" + cue] = 1.0
    mark(f, "neg=", sset & NEG_WORDS)
    mark(f, "past=", sset & PAST_WORDS)
    n = len(between)
    f["dist=" + ("0-2" if n <= 2 else "3-5" if n <= 5 else "6-10" if n <= 10 else "11-20" if n <= 20 else "21+")] = 1.0
    pos = ma[2] / max(1, len(art.text))
    f["pos=" + str(min(4, int(pos * 5)))] = 1.0
    idx = next((i for i, s in enumerate(art.sentences) if s[0] == ma[2]), 0)
    f["sent_idx=" + ("0" if idx == 0 else "1-2" if idx <= 2 else "3-6" if idx <= 6 else "7+")] = 1.0
    mark(f, "title=", art.title_feats)
    pa, pb = art.people[ida], art.people[idb]
    ca, cb = pa.get("country"), pb.get("country")
    f["us_pair"] = 1.0 if "US" in (ca, cb) else 0.0
    f["unknown_country"] = 1.0 if not ca or not cb else 0.0
    nt = (ida in art.title_people) + (idb in art.title_people)
    f["in_title=" + str(nt)] = 1.0
    f["subject_in"] = 1.0 if art.subject in (ida, idb) else 0.0
    f["rule_planned_together"] = 1.0 if frozenset((ida, idb)) in art.planned else 0.0
    for who, p in (("a", pa), ("b", pb)):
        role = (p.get("role") or "").lower()
        for k in ("president", "minister", "secretary", "ambassador", "spokesperson", "envoy", "king",
                  "prime", "foreign", "deputy", "assistant", "senator", "chancellor"):
            if k in role:
                f["role=" + k] = 1.0
        if not role:
            f["role=none"] = 1.0
    c = min(art.count.get(ida, 0), art.count.get(idb, 0))
    f["min_mentions=" + ("1" if c <= 1 else "2-3" if c <= 3 else "4+")] = 1.0
    # people between the two (a list of names: "met A, B and C")
    others = 0
    for pid, ms in art.mentions.items():
        if pid in (ida, idb):
            continue
        others += sum(1 for m in ms if m[0] >= ma[1] and m[1] <= mb[0])
    f["others_between=" + str(min(others, 3))] = 1.0
    f["bias"] = 1.0
    return f, sent


def candidates(art, adjacent, with_held=False):
    """Co-mentioned pairs of different parties not held together by the rules (with_held: those too,
    marked "held"), one feature dict per pair: that of its closest co-mention."""
    ids = sorted(art.mentions)
    out = []
    for i in range(len(ids)):
        for j in range(i + 1, len(ids)):
            a, b = ids[i], ids[j]
            held = frozenset((a, b)) in art.held
            if (held and not with_held) or not different_parties(art.people[a], art.people[b]):
                continue
            best = None
            for ma in art.mentions[a]:
                for mb in art.mentions[b]:
                    x, y, ix, iy = (ma, mb, a, b) if ma[0] <= mb[0] else (mb, ma, b, a)
                    if x[2] == y[2]:
                        near = 0
                    elif adjacent and art.adjacent((x[2], x[3]), (y[2], y[3])):
                        near = 1
                    else:
                        continue
                    key = (near, y[0] - x[1])
                    if best is None or key < best[0]:
                        best = (key, ix, x, iy, y)
            if best:
                f, sent = pair_features(art, best[1], best[2], best[3], best[4])
                out.append({"a": a, "b": b, "feats": f, "sentence": sent, "sent_start": best[2][2],
                            "sent_end": best[4][3], "held": held})
    return out


def meeting_features(art, m):
    """Features of one rule-made held meeting, from its evidence sentence."""
    ev = m.get("evidence") or {}
    sent = ev.get("sentence") or ""
    f = {"bias": 1.0}
    sw = set(words(sent))
    mark(f, "w=", sw)
    mark(f, "fut=", sw & FUTURE_WORDS)
    mark(f, "neg=", sw & NEG_WORDS)
    f["kind=" + (m.get("kind") or "")] = 1.0
    f["n=" + str(min(len(m.get("participantIds") or []), 4))] = 1.0
    f["dated=" + str(len((m.get("date") or "").split("-")) if m.get("date") else 0)] = 1.0
    f["title_ev"] = 1.0 if ev.get("start") == 0 and ev.get("end") == 0 else 0.0
    mark(f, "title=", art.title_feats)
    ids = m.get("participantIds") or []
    f["subject_in"] = 1.0 if art.subject in ids else 0.0
    f["all_in_title"] = 1.0 if ids and all(i in art.title_people for i in ids) else 0.0
    f["pos=" + str(min(4, int((ev.get("start") or 0) / max(1, len(art.text)) * 5)))] = 1.0
    return f


def write_preds(path, arts, drop, add, how):
    """The rules' output with the held meetings in drop removed and the pairs in add appended."""
    with open(path, "w", encoding="utf-8") as out:
        for art in arts:
            d = json.loads(json.dumps(art.pred))
            d["meetings"] = [m for k, m in enumerate(d.get("meetings") or []) if (art.id, k) not in drop and "*" not in drop]
            for c in add.get(art.id, []):
                pa, pb = art.people[c["a"]], art.people[c["b"]]
                d["meetings"].append({
                    "participants": [pa["name"], pb["name"]], "participantIds": [c["a"], c["b"]],
                    "kind": "meeting", "status": "held", "issues": [],
                    "evidence": {"sentence": c["sentence"], "start": c["sent_start"], "end": c["sent_end"]},
                    "date": pair_date(c["sentence"], art.pub, how), "place": None, "placeCountry": None})
            out.write(json.dumps(d, ensure_ascii=False) + "\n")


HELD = re.compile(r"^meeting pairs, held\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", re.M)


def score(scorer, gold_path, pred_path):
    out = subprocess.run([scorer, "-gold", gold_path, pred_path], capture_output=True, text=True, check=True)
    m = HELD.search(out.stdout)
    return tuple(float(x) for x in m.groups())


def dev_articles(testdata, workdir, newsgraph):
    """Writes the dev part's inputs and gold to workdir and runs `newsgraph extract` on the inputs.
    Test articles (split.jsonl) and batches N and O (selection.jsonl's "several-no" draw) are left out
    before anything is read or extracted. Returns the paths of inputs, gold and predictions."""
    split = {d["id"]: d["split"] for d in read_jsonl(os.path.join(testdata, "split.jsonl"))}
    unseen = {d["id"] for d in read_jsonl(os.path.join(testdata, "selection.jsonl")) if d.get("draw") == "several-no"}
    if len(unseen) != 23:
        sys.exit(f"pairlearn: expected the 23 ids of batches N and O, found {len(unseen)}")
    keep = lambda i: split.get(i) == "dev" and i not in unseen
    paths = {k: os.path.join(workdir, f"dev-{k}.jsonl") for k in ("input", "gold", "pred")}
    with open(paths["input"], "w", encoding="utf-8") as out:
        for name in ("gold-dev-input.jsonl", "seed.jsonl", "gold-annotated-input.jsonl"):
            for line in open(os.path.join(testdata, name), encoding="utf-8"):
                if line.strip() and keep(json.loads(line)["id"]):
                    out.write(line)
    names = ["gold-dev.jsonl", "gold-seed.jsonl"] + sorted(
        n for n in os.listdir(testdata) if re.fullmatch(r"gold-annotated-[A-Z]\.jsonl", n))
    with open(paths["gold"], "w", encoding="utf-8") as out:
        for name in names:
            for line in open(os.path.join(testdata, name), encoding="utf-8"):
                if line.strip() and keep(json.loads(line)["id"]):
                    out.write(line)
    with open(paths["pred"], "w", encoding="utf-8") as out:
        subprocess.run([newsgraph, "extract", paths["input"]], stdout=out, check=True)
    return paths


def misses(arts, gold):
    """Splits the weight of the gold's held pairs that the rules never put in a held meeting together
    (whatever the date) by where the two are mentioned: the candidates' reach."""
    weight = collections.Counter()
    for art in arts:
        g = gold[art.id]
        gnames = [p["name"] for p in g.get("people") or []]
        ids = collections.defaultdict(list)
        for pid, p in art.people.items():
            gn = resolve(p["name"], gnames)
            if gn:
                ids[gn].append(pid)
        for a, b, _, w in each_held_pair(g):
            ia, ib = ids.get(a, []), ids.get(b, [])
            if any(frozenset((x, z)) in art.held for x in ia for z in ib):
                continue
            sa = {(q[2], q[3]) for x in ia for q in art.mentions[x]}
            sb = {(q[2], q[3]) for x in ib for q in art.mentions[x]}
            if not sa or not sb:
                where = "a person not found or never named"
            elif sa & sb:
                where = "same sentence"
            elif any(art.adjacent(u, v) or art.adjacent(v, u) for u in sa for v in sb):
                where = "adjacent sentences"
            else:
                where = "further apart"
            weight[where] += w
    for where, w in weight.most_common():
        print(f"{w:6.2f}  {where}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-newsgraph", required=True, help="a built newsgraph binary (its extractor is the rules)")
    ap.add_argument("-score", required=True, help="a built evaluate/cmd/score binary")
    ap.add_argument("-testdata", default=os.path.join(here, "..", "..", "testdata"))
    ap.add_argument("-work", help="directory for the dev inputs, gold and predictions (default: a temporary one)")
    ap.add_argument("-adjacent", action="store_true", help="also pairs in adjacent sentences")
    ap.add_argument("-mode", choices=("add", "remove"), default="add")
    ap.add_argument("-date", choices=("month", "sentence", "year"), default="sentence",
                    help="an added pair's date: the article's month, the sentence's date else the month, the year")
    ap.add_argument("-C", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("-unbalanced", action="store_true", help="no class weights (calibrated probabilities)")
    ap.add_argument("-thresholds", default="0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9")
    ap.add_argument("-trainall", action="store_true",
                    help="add mode: train on every co-mentioned pair, the rules' held ones too (only the others are added)")
    ap.add_argument("-holdout", help="comma-separated draws of selection.jsonl (e.g. several,several-kl,several-m): "
                    "train on the other dev articles, score these alone, instead of cross-validation")
    ap.add_argument("-alone", action="store_true",
                    help="with -trainall: the classifier's pairs instead of the rules' meetings, to see how it does alone")
    ap.add_argument("-oracle", action="store_true", help="the gold labels as the classifier's scores: the ceiling")
    ap.add_argument("-write", help="directory to keep the predictions of the scored articles in, one file a row")
    ap.add_argument("-misses", action="store_true",
                    help="only print where the gold's held pairs that the rules never hold together are mentioned")
    ap.add_argument("-dump", help="write the out-of-fold candidates with their scores here")
    args = ap.parse_args()

    work = args.work or tempfile.mkdtemp(prefix="pairlearn-")
    os.makedirs(work, exist_ok=True)
    paths = dev_articles(args.testdata, work, args.newsgraph)
    args.gold = paths["gold"]
    inputs = {d["id"]: d for d in read_jsonl(paths["input"])}
    gold = {d["id"]: d for d in read_jsonl(paths["gold"])}
    preds = read_jsonl(paths["pred"])
    arts = [Article(inputs[p["id"]], p) for p in preds if p["id"] in gold]
    if args.holdout:
        draws = set(args.holdout.split(","))
        held_out = {d["id"] for d in read_jsonl(os.path.join(args.testdata, "selection.jsonl")) if d.get("draw") in draws}
        args.holdout = os.path.join(work, "holdout-gold.jsonl")
        with open(args.holdout, "w", encoding="utf-8") as out:
            for art in arts:
                if art.id in held_out:
                    out.write(json.dumps(gold[art.id], ensure_ascii=False) + "\n")

    if args.misses:
        scored_ids = {d["id"] for d in read_jsonl(args.holdout or args.gold)}
        misses([a for a in arts if a.id in scored_ids], gold)
        return

    # Examples and labels.
    X, y, groups, refs = [], [], [], []
    for ai, art in enumerate(arts):
        g = gold[art.id]
        gnames = [p["name"] for p in g.get("people") or []]
        for m in g.get("meetings") or []:
            gnames += [q for q in m["participants"] if q not in gnames]
        held = gold_held_pairs(g)
        if args.mode == "add":
            for c in candidates(art, args.adjacent, args.trainall):
                ga = resolve(art.people[c["a"]]["name"], gnames)
                gb = resolve(art.people[c["b"]]["name"], gnames)
                label = 1 if ga and gb and ga != gb and frozenset((ga, gb)) in held else 0
                X.append(c["feats"]), y.append(label), groups.append(ai), refs.append(c)
        else:
            for k, m in enumerate(art.pred.get("meetings") or []):
                if m.get("status") != "held":
                    continue
                names = [resolve(n, gnames) for n in m["participants"]]
                good = any(names[i] and names[j] and frozenset((names[i], names[j])) in held
                           for i in range(len(names)) for j in range(i + 1, len(names)))
                X.append(meeting_features(art, m)), y.append(0 if good else 1), groups.append(ai)
                refs.append((art.id, k))
    y = np.array(y)
    usable = np.array([not (isinstance(r, dict) and r["held"]) for r in refs])
    print(f"articles {len(arts)}, candidates {len(y)}, positive {int(y.sum())}; "
          f"not already held by the rules {int(usable.sum())}, positive {int(y[usable].sum())}"
          if args.mode == "add" else
          f"articles {len(arts)}, rule-made held meetings {len(y)}, with no pair held in the gold {int(y.sum())}",
          file=sys.stderr)

    # Out-of-fold probabilities, grouped by article.
    prob = np.zeros(len(y))
    fold_of_article = {}
    folds, score_gold = FOLDS, args.gold
    if args.holdout:
        held_out = {d["id"] for d in read_jsonl(args.holdout)}
        for a, art in enumerate(arts):
            fold_of_article[a] = 0 if art.id in held_out else 1
        folds, score_gold = 1, args.holdout
    else:
        gkf = GroupKFold(n_splits=FOLDS, shuffle=True, random_state=SEED)
        art_groups = np.arange(len(arts))
        for k, (_, test_arts) in enumerate(gkf.split(art_groups, groups=art_groups)):
            for a in test_arts:
                fold_of_article[a] = k
    fold = np.array([fold_of_article[g] for g in groups])
    for k in range(folds):
        tr, te = fold != k, fold == k
        vec = DictVectorizer()
        Xtr = vec.fit_transform([X[i] for i in np.where(tr)[0]])
        clf = LogisticRegression(C=args.C, max_iter=2000, class_weight=None if args.unbalanced else "balanced")
        if len(set(y[tr])) < 2 or not te.any():
            continue
        clf.fit(Xtr, y[tr])
        prob[te] = clf.predict_proba(vec.transform([X[i] for i in np.where(te)[0]]))[:, 1]

    if args.oracle:
        prob = y.astype(float)
    if args.alone:
        usable[:] = True
    scored = usable & (fold < folds)
    if y[scored].any():
        print(f"out-of-fold average precision on the candidates that can change the output: "
              f"{average_precision_score(y[scored], prob[scored]):.3f} (positives {int(y[scored].sum())} of {int(scored.sum())})")

    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as out:
            for i in np.argsort(-prob):
                r = refs[i]
                if not usable[i]:
                    continue
                if args.mode == "add":
                    art = arts[groups[i]]
                    out.write(json.dumps({"id": art.id, "p": round(float(prob[i]), 3), "label": int(y[i]),
                                          "a": art.people[r["a"]]["name"], "b": art.people[r["b"]]["name"],
                                          "sentence": r["sentence"]}, ensure_ascii=False) + "\n")
                else:
                    out.write(json.dumps({"id": r[0], "meeting": r[1], "p": round(float(prob[i]), 3),
                                          "label": int(y[i])}) + "\n")

    # Score rules alone and rules + classifier at each threshold, all folds together and each fold.
    with tempfile.TemporaryDirectory() as tmp:
        fold_gold = []
        for k in range(folds):
            p = os.path.join(tmp, f"gold{k}.jsonl")
            with open(p, "w", encoding="utf-8") as out:
                for a, art in enumerate(arts):
                    if fold_of_article[a] == k:
                        out.write(json.dumps(gold[art.id], ensure_ascii=False) + "\n")
            fold_gold.append(p)

        def row(name, drop, add):
            path = os.path.join(tmp, "pred.jsonl")
            write_preds(path, arts, drop, add, args.date)
            if args.write:
                os.makedirs(args.write, exist_ok=True)
                keep = {json.loads(l)["id"] for l in open(score_gold, encoding="utf-8")}
                with open(os.path.join(args.write, name.replace(">= ", "") + ".jsonl"), "w", encoding="utf-8") as out:
                    out.writelines(l for l in open(path, encoding="utf-8") if json.loads(l)["id"] in keep)
            p, r, f = score(args.score, score_gold, path)
            per = [score(args.score, fg, path)[2] for fg in fold_gold]
            n = len(drop) + sum(len(v) for v in add.values())
            print(f"{name:>10} {n:5d}  P {p:.3f} R {r:.3f} F1 {f:.3f}   folds " + " ".join(f"{x:.3f}" for x in per))
            return f, per

        print(f"mode {args.mode}, adjacent {args.adjacent}, date {args.date}, C {args.C}")
        base, base_per = row("rules", set(), {})
        for t in [float(x) for x in args.thresholds.split(",")]:
            drop, add = set(), collections.defaultdict(list)
            for i in np.where((prob >= t) & usable & (fold < folds))[0]:
                if args.mode == "add":
                    add[arts[groups[i]].id].append(refs[i])
                else:
                    drop.add(refs[i])
            if args.alone:
                drop.add("*")
            f, per = row(f">= {t:.2f}", drop, add)
            print(f"{'':>10}        gain {f - base:+.3f}   folds " + " ".join(f"{a - b:+.3f}" for a, b in zip(per, base_per)))


if __name__ == "__main__":
    main()
