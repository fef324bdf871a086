"""Entity changes between two `newsgraph extract` runs over the open corpus,
compared by (name, type): every entity that goes, comes or changes type, and
a random draw of them to judge (ner44: a title word that opens a place's or a
body's name is kept in it).

usage: python3 sample_ner44.py BASE.jsonl NEW.jsonl ARTICLES.jsonl [N] [SEED]
"""
import collections, json, random, sys

base_path, new_path, art_path = sys.argv[1:4]
n = int(sys.argv[4]) if len(sys.argv) > 4 else 40
seed = sys.argv[5] if len(sys.argv) > 5 else "44"


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
    texts[d["id"]] = d.get("text") or d.get("body") or ""
changes, arts = [], set()
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
        old, nw = "/".join(sorted(bt[name])), "/".join(sorted(at[name]))
        kind = "type" if old and nw else "gone" if old else "come"
        kinds[kind] += 1
        changes.append({"id": aid, "name": name, "change": kind, "base": old, "new": nw})
print(f"articles changed {len(arts)}, entities changed {len(changes)}: " +
      ", ".join(f"{k} {c}" for k, c in kinds.most_common()), file=sys.stderr)
for c, k in collections.Counter((c["change"], c["name"], c["base"] or c["new"]) for c in changes).most_common():
    print(f"  {k} {c}", file=sys.stderr)
rng = random.Random(seed)
for i, c in enumerate(rng.sample(changes, min(n, len(changes)))):
    text = texts[c["id"]]
    j = text.find(c["name"])
    c["context"] = text[max(0, j - 200): j + len(c["name"]) + 200] if j >= 0 else ""
    print(json.dumps({"n": i + 1, **c}, ensure_ascii=False))
