# Counts and draw of date-sample-42 (issue 10, dates42): one encounter stored as several meeting nodes with
# different dates. Reads `newsgraph extract`'s output over the open corpus (outside evaluate.ClosedIDs, as
# datesample -input prints it) and the articles file, and takes the held meetings dated to a day.
#   count: prints, over every pair of participants that two or more held records share,
#     groups   the runs of the pair's records whose consecutive day dates lie at most 31 days apart and that hold
#              two dates or more (a run of one encounter told on several days, or of a series);
#     units    the pairs of records of two articles, one pair of participants in common, on two neighbouring
#              dates of that pair 1 to 31 days apart (no date of the pair between them): each a question "one
#              encounter or two?", with the records they cover and their articles;
#     undated  the held records with no date whose pair has a record dated to a day too.
#   draw N SEED: prints N units drawn at random (random.Random(SEED) over the sorted units), one line each:
#     {"n", "records": [{"article", "meeting", "articleDate", "weekday", "title", "participants", "kind",
#     "date", "place", "sentence"}]}, to be judged by GUIDELINES.md.
#   go run ./evaluate/cmd/datesample -corpus /work/shared/corpus -input > /tmp/open.jsonl
#   newsgraph extract /tmp/open.jsonl > /tmp/ext.jsonl
#   python3 evaluate/cmd/sample/sample_dates42.py count /tmp/open.jsonl /tmp/ext.jsonl
#   python3 evaluate/cmd/sample/sample_dates42.py draw /tmp/open.jsonl /tmp/ext.jsonl 40 42
# date-sample-42.jsonl is the draw at main 1d4b27d.
import collections
import datetime
import itertools
import json
import random
import sys


def day(d):
    try:
        return datetime.date.fromisoformat(d or "")
    except ValueError:
        return None


def held(ext):
    ms = {}
    for line in open(ext):
        a = json.loads(line)
        for i, m in enumerate(a.get("meetings") or []):
            if m["status"] == "held":
                ms[(a["id"], i)] = m
    return ms


def by_pair(ms):
    pairs = collections.defaultdict(list)
    for k, m in ms.items():
        for p in itertools.combinations(sorted(set(m["participantIds"])), 2):
            pairs[p].append(k)
    return pairs


def groups(ms, pairs):
    out = []
    for p, ks in pairs.items():
        dated = sorted((k for k in ks if day(ms[k].get("date"))), key=lambda k: ms[k]["date"])
        runs = []
        for k in dated:
            if runs and (day(ms[k]["date"]) - day(ms[runs[-1][-1]]["date"])).days <= 31:
                runs[-1].append(k)
            else:
                runs.append([k])
        out += [(p, r) for r in runs if len({ms[k]["date"] for k in r}) >= 2]
    return out


def units(ms, pairs):
    out = set()
    for p, ks in pairs.items():
        dated = [k for k in ks if day(ms[k].get("date"))]
        dates = sorted({ms[k]["date"] for k in dated})
        for a, b in zip(dates, dates[1:]):
            if (day(b) - day(a)).days > 31:
                continue
            for x in (k for k in dated if ms[k]["date"] == a):
                for y in (k for k in dated if ms[k]["date"] == b):
                    if x[0] != y[0]:
                        out.add((x, y))
    return sorted(out)


def undated(ms, pairs):
    out = set()
    for p, ks in pairs.items():
        if any(day(ms[k].get("date")) for k in ks):
            out |= {k for k in ks if not ms[k].get("date")}
    return out


def main():
    cmd, articles, ext = sys.argv[1:4]
    ms = held(ext)
    pairs = by_pair(ms)
    us = units(ms, pairs)
    if cmd == "count":
        gs = groups(ms, pairs)
        print(json.dumps({"heldRecords": len(ms), "groups": len(gs), "groupRecords": sum(len(r) for _, r in gs),
                          "units": len(us), "unitRecords": len({k for u in us for k in u}),
                          "unitArticles": len({k[0] for u in us for k in u}), "undated": len(undated(ms, pairs))}))
        return
    n, seed = int(sys.argv[4]), int(sys.argv[5])
    arts = {}
    for line in open(articles):
        a = json.loads(line)
        arts[a["id"]] = a
    for i, u in enumerate(random.Random(seed).sample(us, n)):
        recs = []
        for k in u:
            m, a = ms[k], arts[k[0]]
            recs.append({"article": k[0], "meeting": k[1], "articleDate": a["date"],
                         "weekday": day(a["date"]).strftime("%a"), "title": a["title"],
                         "participants": m["participants"], "kind": m["kind"], "date": m["date"],
                         "place": m.get("place"), "sentence": m["evidence"]["sentence"]})
        print(json.dumps({"n": i, "records": recs}, ensure_ascii=False))


main()
