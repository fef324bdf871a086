"""Entity changes between two `newsgraph extract` runs over the open corpus,
compared by (name, type), and a random draw of the type changes to judge
(ner43b: the span-level typer with the head-word guards).

usage: python3 sample_ner43b.py BASE.jsonl NEW.jsonl ARTICLES.jsonl [N] [SEED]
"""
import collections, json, random, sys

base_path, new_path, art_path = sys.argv[1:4]
n = int(sys.argv[4]) if len(sys.argv) > 4 else 40
seed = sys.argv[5] if len(sys.argv) > 5 else "43b"


def ents(path):
    out = {}
    for line in open(path):
        d = json.loads(line)
        out[d["id"]] = {(e["name"], e["type"]) for e in d.get("entities") or []}
    return out


base, new = ents(base_path), ents(new_path)
texts = {}
for line in open(art_path):
    d = json.loads(line)
    texts[d["id"]] = d
changes, gone, come, arts = [], 0, 0, set()
kinds = collections.Counter()
for aid in sorted(base):
    b, a = base[aid], new.get(aid, set())
    if a == b:
        continue
    arts.add(aid)
    bt, at = collections.defaultdict(set), collections.defaultdict(set)
    for name, t in b - a:
        bt[name].add(t)
    for name, t in a - b:
        at[name].add(t)
    for name in sorted(set(bt) | set(at)):
        if bt[name] and at[name]:
            old, nw = "/".join(sorted(bt[name])), "/".join(sorted(at[name]))
            kinds[old + " -> " + nw] += 1
            changes.append({"id": aid, "name": name, "before": old, "after": nw})
        elif bt[name]:
            gone += 1
        else:
            come += 1
print(f"articles changed {len(arts)}, entities changed {len(changes) + gone + come}: "
      f"type changes {len(changes)}, gone {gone}, come {come}", file=sys.stderr)
for k, c in kinds.most_common():
    print(f"  {k}: {c}", file=sys.stderr)
rng = random.Random(seed)
for c in rng.sample(changes, min(n, len(changes))):
    text = texts[c["id"]].get("text") or texts[c["id"]].get("body") or ""
    i = text.find(c["name"])
    c["context"] = text[max(0, i - 200): i + len(c["name"]) + 200] if i >= 0 else ""
    print(json.dumps(c, ensure_ascii=False))
