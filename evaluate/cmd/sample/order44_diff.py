"""Load-order differences of the meeting graph (issue 10, order44).

Reads what `ORDER44_MEASURE=DIR go test -count=1 -run 'TestMeasure' ./loader/`
writes to DIR (the corpus loaded on the embedded store in file order, in
reverse and in two seeded shuffles, each order's file and graph dump, and
every meeting report as the extractor gives it), and prints for each order
against file order: whether the nodes and edges outside meetings are the
same, the meeting report groups that differ and their root cause (the
reports of a kind that, dropped from both sides, make the groups equal),
the groups under another id, and the meeting properties that differ.

    python3 evaluate/cmd/sample/order44_diff.py DIR
"""
import json, sys, collections
D = sys.argv[1] if len(sys.argv) > 1 else '/tmp/order44'
names =  ['file','reverse','shuffle1','shuffle2']
rep = {}
for l in open(D + '/reports.jsonl'):
    r = json.loads(l)
    key = (r['article'], '+'.join(sorted(r['who'])), r['sentence'])
    rep[key] = r
def load(name):
    nodes, other_nodes, other_edges = {}, set(), set()
    reports = collections.defaultdict(list)  # meeting id -> report keys
    who = collections.defaultdict(list)
    edges_m = []
    for l in open(D+'/%s.dump' % name):
        o = json.loads(l)
        if 'label' in o:
            if o['label'] == 'Meeting': nodes[o['id']] = o
            else: other_nodes.add(l)
        else:
            if o['from'].startswith('meeting:') or o['to'].startswith('meeting:'):
                edges_m.append(o)
            else: other_edges.add(l)
    for e in edges_m:
        if e['type'] == 'ATTENDED': who[e['to']].append(e['from'])
    for e in edges_m:
        if e['type'] == 'REPORTS':
            p = '+'.join(sorted(who[e['to']]))
            for ev in e['evidence']:
                reports[e['to']].append((ev['article'], p, ev['sentence']))
    return nodes, other_nodes, other_edges, reports
data = {n: load(n) for n in names}
base = names[0]
bn, bo, be, br = data[base]
def groups(reports):
    g = {}
    for mid, rs in reports.items():
        fs = frozenset(rs)
        for r in rs: g[r] = (mid, fs)
    return g
bg = groups(br)
def kindof(k):
    r = rep.get(k)
    if r is None: return '?'
    d = r['props'].get('date','')
    st = r['props'].get('status','')
    if d == '': return 'undated-' + st
    if len(d) == 4: return 'year'
    if len(d) == 7: return 'month-' + st
    return 'day-' + st
print('base', base, 'meeting nodes', len(bn), 'reports', sum(len(v) for v in br.values()), 'known reports', len(rep))
for n in names[1:]:
    on, oo, oe, orr = data[n]
    print('\n==', n, 'meeting nodes', len(on), 'other nodes identical', oo == bo, 'other edges identical', oe == be, len(oo ^ bo), len(oe ^ be))
    og = groups(orr)
    diffgroups = set()
    idonly = 0
    propdiff = 0
    for mid, rs in br.items():
        fs = frozenset(rs)
        # same group in other?
        r0 = rs[0]
        omid, ofs = og.get(r0, (None, None))
        if ofs == fs:
            if omid != mid: idonly += 1
            elif json.dumps(on[omid], sort_keys=True) != json.dumps(bn[mid], sort_keys=True): propdiff += 1
            continue
        diffgroups.add(fs)
    # differing components: union of base groups and other groups for reports involved
    involved = set().union(*diffgroups) if diffgroups else set()
    # connected components across both partitions
    parent = {}
    def find(x):
        while parent.setdefault(x, x) != x: x = parent[x]
        return x
    def union(a, b): parent[find(a)] = find(b)
    for r in involved:
        for g in (bg, og):
            if r in g:
                for s in g[r][1]: union(r, s)
    comps = collections.defaultdict(set)
    for r in list(parent): comps[find(r)].add(r)
    cause = collections.Counter()
    ex = collections.defaultdict(list)
    for c in comps.values():
        kinds = sorted(set(kindof(k) for k in c))
        label = ','.join(kinds)
        cause[label] += 1
        ex[label].append(sorted(c))
    print('same group, other id:', idonly, ' same group+id, other props:', propdiff, ' differing components:', len(comps), 'reports in them', len(parent))
    for k, v in cause.most_common():
        print('  %3d %s' % (v, k))
    if n == names[1]:
        json.dump({k: v[:3] for k, v in ex.items()}, open(D + '/examples-%s.json' % n, 'w'), indent=1, default=list)

print('\n-- reports whose companions differ, by kind of report')
for n in names[1:]:
    og = groups(data[n][3])
    c = collections.Counter()
    for r, (mid, fs) in bg.items():
        o = og.get(r)
        if o is None or o[1] != fs:
            c[kindof(r)] += 1
    print(n, dict(c.most_common()))
print('\n-- meeting props differing (same group and id), by field, file vs reverse')
on = data['reverse'][0]; og = groups(data['reverse'][3]); c = collections.Counter(); shown=set()
for mid, rs in br.items():
    o = og.get(rs[0])
    if o and o[1] == frozenset(rs) and o[0] == mid and on[mid] != bn[mid]:
        for f in ('name','props'):
            if on[mid].get(f) != bn[mid].get(f):
                if f == 'props':
                    for p in set(on[mid]['props']) | set(bn[mid]['props']):
                        if on[mid]['props'].get(p) != bn[mid]['props'].get(p):
                            c['props.'+p] += 1
                            if p not in shown: shown.add(p); print(p, bn[mid]['props'].get(p), '|', on[mid]['props'].get(p))
                else: c[f] += 1
print(c)

print('\n-- differing components by root cause (reports of a kind dropped from both sides until equal)')
def part(reports, drop):
    out = set()
    for mid, rs in reports.items():
        fs = frozenset(r for r in rs if not drop(r))
        if fs: out.add(fs)
    return out
steps = [('undated', lambda r: kindof(r).startswith('undated')),
         ('undated+month', lambda r: kindof(r).startswith('undated') or kindof(r).startswith('month')),
         ('undated+month+day-planned', lambda r: kindof(r) != 'day-held')]
for n in names[1:]:
    orr = data[n][3]
    res = collections.Counter()
    # components: compute as before
    og = groups(orr)
    parent = {}
    def find(x):
        while parent.setdefault(x, x) != x: x = parent[x]
        return x
    for r, (mid, fs) in bg.items():
        o = og.get(r)
        if o is None or o[1] != fs:
            for g in (bg, og):
                if r in g:
                    for s in g[r][1]: parent[find(s)] = find(r)
    comps = collections.defaultdict(set)
    for r in list(parent): comps[find(r)].add(r)
    for c in comps.values():
        sub_b = {k: [r for r in v if r in c] for k, v in br.items()}
        sub_o = {k: [r for r in v if r in c] for k, v in orr.items()}
        cause = 'day-held only'
        for name, drop in steps:
            if part(sub_b, drop) == part(sub_o, drop):
                cause = name; break
        res[cause] += 1
    print(n, dict(res))

print('\n-- examples of day-held-only components, file vs reverse')
n='reverse'; orr=data[n][3]; og=groups(orr)
shown=0
for mid, rs in sorted(br.items()):
    fs=frozenset(rs)
    if all(kindof(r)=='day-held' for r in rs) and og.get(rs[0]) and og[rs[0]][1]!=fs:
        members=set(fs)|set(og[rs[0]][1])
        if not all(kindof(r)=='day-held' for r in members): continue
        print('file node', mid, [(r[0], rep[r]['props'].get('date'), rep[r]['adate']) for r in rs])
        for r in members:
            print('   reverse:', r[0], rep[r]['props'].get('date'), '->', og[r][0])
        shown+=1
        if shown>=3: break
