# Draw and count of dupe-sample-43 (issue 10, dupes43): how many meeting nodes one encounter is. Reads the
# meetings a server answers (`newsgraph serve` over a store loaded with the open corpus, as datesample -input
# prints it), through GraphQL.
#   dump URL: prints every meeting, one JSON line each: {"id", "date", "status", "kind", "participants":
#     [{"name", "person": {"id"}}], "place", "sources": [{"article": {"id", "date"}, "sentence"}]}.
#   draw MEETINGS: prints the pairs of people to judge, one line each ({"pair", "draw", "nodes"}): the 30 pairs
#     with the most meeting nodes ("top"; ties by name), and 30 drawn at random (random.Random(43)) from the
#     other pairs with 2 nodes or more ("random").
#   show MEETINGS PAIRS: prints each drawn pair's nodes, ordered by date and id, with their first two sources,
#     to be judged by GUIDELINES.md.
#   count JUDGED MEETINGS: nodes per encounter of the judged pairs, as judged and in MEETINGS (another load).
#   go run ./evaluate/cmd/datesample -corpus /work/shared/corpus -input > /tmp/open.jsonl
#   newsgraph load --data /tmp/d /tmp/open.jsonl && newsgraph serve --data /tmp/d --no-samples --addr 127.0.0.1:18743 &
#   python3 evaluate/cmd/sample/sample_dupes43.py dump http://127.0.0.1:18743/graphql > /tmp/meetings.jsonl
#   python3 evaluate/cmd/sample/sample_dupes43.py draw /tmp/meetings.jsonl > /tmp/pairs.jsonl
# dupe-sample-43.jsonl is the draw at main 6fdb302 and its verdicts.
import collections
import itertools
import json
import random
import sys
import urllib.request

QUERY = ('{ meetings(first: 100%s) { pageInfo { hasNextPage endCursor } nodes { id date status kind '
         'participants { name person { id } } place { name } sources { article { id date } sentence } } } }')


def dump(url):
    after = None
    while True:
        q = QUERY % (", after: %s" % json.dumps(after) if after else "")
        req = urllib.request.Request(url, json.dumps({"query": q}).encode(), {"content-type": "application/json"})
        page = json.load(urllib.request.urlopen(req))["data"]["meetings"]
        for n in page["nodes"]:
            print(json.dumps(n, ensure_ascii=False))
        if not page["pageInfo"]["hasNextPage"]:
            return
        after = page["pageInfo"]["endCursor"]


def read(path):
    return [json.loads(line) for line in open(path)]


def pairs(meetings):
    out = collections.defaultdict(list)
    for m in meetings:
        for a, b in itertools.combinations(sorted(p["name"] for p in m["participants"]), 2):
            out[(a, b)].append(m)
    return out


def draw(meetings):
    by = pairs(meetings)
    ranked = sorted(by.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    top = [k for k, _ in ranked[:30]]
    rest = sorted(k for k, v in ranked[30:] if len(v) >= 2)
    for k in top:
        print(json.dumps({"pair": list(k), "draw": "top", "nodes": len(by[k])}, ensure_ascii=False))
    for k in random.Random(43).sample(rest, 30):
        print(json.dumps({"pair": list(k), "draw": "random", "nodes": len(by[k])}, ensure_ascii=False))


def of_pair(meetings, pair):
    sel = [m for m in meetings if set(pair) <= {p["name"] for p in m["participants"]}]
    return sorted(sel, key=lambda m: (m["date"] or "0", m["id"]))


def show(meetings, drawn):
    for r in drawn:
        sel = of_pair(meetings, r["pair"])
        print("## %s | %s  (%d)" % (r["pair"][0], r["pair"][1], len(sel)))
        for i, m in enumerate(sel):
            print(" [%d] %s %s %s n=%d" % (i, m["date"] or "-", m["status"], m["kind"], len(m["participants"])))
            for s in m["sources"][:2]:
                print("      %s@%s: %s" % (s["article"]["id"], s["article"]["date"], s["sentence"][:200]))


def count(judged, meetings):
    tot = collections.Counter()
    for r in judged:
        d = r["draw"]
        tot[d, "encounters"] += r["encounters"]
        tot[d, "judged"] += r["nodes"]
        tot[d, "now"] += len(of_pair(meetings, r["pair"]))
    for d in ("top", "random", "all"):
        g = lambda k: tot[d, k] if d != "all" else tot["top", k] + tot["random", k]
        print("%-6s encounters %3d  nodes judged %3d (%.3f a encounter)  now %3d (%.3f)" % (
            d, g("encounters"), g("judged"), g("judged") / g("encounters"), g("now"), g("now") / g("encounters")))


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "dump":
        dump(sys.argv[2])
    elif cmd == "draw":
        draw(read(sys.argv[2]))
    elif cmd == "show":
        show(read(sys.argv[2]), read(sys.argv[3]))
    elif cmd == "count":
        count(read(sys.argv[2]), read(sys.argv[3]))
