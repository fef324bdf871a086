#!/usr/bin/env python3
"""Draws the articles to annotate for the extraction gold, at random.

Stratified so that every kind of document is drawn: each `kind` of diplomacy.jsonl, and
general.jsonl by publisher. Articles over MAX_WORDS words are left out (long press
briefings cost an annotator hours; the cap is stated in the README). Articles already in
the gold are excluded. Within each stratum the draw alternates test/dev, so both parts
hold every kind. Deterministic: the seed is fixed.

usage: sample_gold.py CORPUS_DIR EXISTING_GOLD... > selection.jsonl
"""
import contextlib, hashlib, io, json, os, random, re, sys

SEED = 20261204
MAX_WORDS = 2500
PER_DIPLOMACY_KIND = 16   # 5 kinds -> 80
GENERAL_PER_PUBLISHER = 25  # whitehouse, usdos -> 50

def gold_ids(gold):
    """The ids of every article in the gold files."""
    taken = set()
    for g in gold:
        for line in open(g):
            taken.add(json.loads(line)["id"])
    return taken

def strata(corpus, taken):
    """The articles that may be drawn, by stratum: (file, kind or publisher) -> [(id, file, line)]."""
    out = {}
    for name in ("diplomacy.jsonl", "general.jsonl"):
        for n, line in enumerate(open(f"{corpus}/{name}"), 1):
            a = json.loads(line)
            if a["id"] in taken or len(a["text"].split()) > MAX_WORDS:
                continue
            key = (name, a.get("kind") or a["id"].split("-")[0])
            out.setdefault(key, []).append((a["id"], name, n))
    return out

def drawn_before(selection, draws):
    """The ids of the selection's lines whose draw is one of draws (None: the first sample).

    A top-up excludes only the draws made before it, so that draws appended later do not
    change what it reproduces."""
    taken = set()
    for line in open(selection):
        s = json.loads(line)
        if s.get("draw") in draws:
            taken.add(s["id"])
    return taken

def sample_ids(selection, names):
    """The ids of the corpus samples (files named names, beside the selection) that rules were
    read from when a draw was made."""
    here = os.path.dirname(selection)
    files = [os.path.join(here, name) for name in names]
    if missing := [f for f in files if not os.path.exists(f)]:
        sys.exit(f"no {', '.join(missing)}")
    return gold_ids(files)

def print_top_up(drawable, seed, per_diplomacy_kind, per_general_publisher, split, draw):
    """Prints a top-up's lines: per_diplomacy_kind articles from each kind of diplomacy.jsonl
    and per_general_publisher from each publisher of general.jsonl (all of a stratum that has
    fewer), drawn with seed."""
    rng = random.Random(seed)
    for key in sorted(drawable):
        want = per_diplomacy_kind if key[0] == "diplomacy.jsonl" else per_general_publisher
        if want == 0:
            continue
        for aid, name, n in rng.sample(sorted(drawable[key]), min(want, len(drawable[key]))):
            print(json.dumps({"id": aid, "file": name, "line": n, "stratum": key[1], "split": split, "draw": draw}))

def cited_ids(selection, names):
    """The ids of every article that the audit files (named names, beside the selection) cite
    as "article:ID": an audit shows its reader the evidence of each answer, so all are read."""
    here = os.path.dirname(selection)
    ids = set()
    for name in names:
        ids |= set(re.findall(r'"id": "article:([^"]+)"', open(os.path.join(here, name)).read()))
    return ids

def print_shuffled_top_up(seed, per_diplomacy_kind, per_general_publisher, draw, earlier_draws, samples,
                          audits=()):
    """Prints a dev top-up drawn like print_top_up from the articles that the gold, the name
    recogniser's training data, the earlier draws, the corpus samples rules were read from and
    the articles the audits cite leave, in an order shuffled with seed (so that each batch cut
    from it mixes the kinds). Reads its arguments as: CORPUS_DIR SELECTION NER_TRAINING GOLD..."""
    corpus, selection, ner_training, gold = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    taken = (gold_ids(gold) | gold_ids([ner_training]) | drawn_before(selection, earlier_draws)
             | sample_ids(selection, samples) | cited_ids(selection, audits))
    drawn = io.StringIO()
    with contextlib.redirect_stdout(drawn):
        print_top_up(strata(corpus, taken), seed, per_diplomacy_kind, per_general_publisher, "dev", draw)
    lines = drawn.getvalue().splitlines()
    random.Random(seed).shuffle(lines)
    for line in lines:
        print(line)

def print_shuffled_top_up_leaving_out(cited_list, bundled, seed, per_diplomacy_kind, per_general_publisher, draw,
                                      earlier_draws, samples, audits=()):
    """print_shuffled_top_up that also leaves out the bundled samples (bundled, a path from the
    selection) and the ids of cited_list (a frozen cited-before file beside the selection, one id a
    line). Both join the gold's ids: the bundled file is read as the gold files are (an "id" a
    line), and the cited ids are written as such lines to a file made for the purpose."""
    here = os.path.dirname(sys.argv[2])
    cited = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"cited-{os.getpid()}.jsonl")
    try:
        with open(cited, "w") as out:
            for line in open(os.path.join(here, cited_list)):
                print(json.dumps({"id": line.strip()}), file=out)
        sys.argv += [os.path.join(here, bundled), cited]
        print_shuffled_top_up(seed, per_diplomacy_kind, per_general_publisher, draw, earlier_draws, samples, audits)
    finally:
        os.remove(cited)

def main():
    corpus, gold = sys.argv[1], sys.argv[2:]
    drawable = strata(corpus, gold_ids(gold))
    rng = random.Random(SEED)
    out = []
    for key in sorted(drawable):
        items = sorted(drawable[key])
        want = PER_DIPLOMACY_KIND if key[0] == "diplomacy.jsonl" else GENERAL_PER_PUBLISHER
        for i, (aid, name, n) in enumerate(rng.sample(items, want)):
            out.append({"id": aid, "file": name, "line": n, "stratum": key[1],
                        "split": "test" if i % 2 == 0 else "dev"})
    for o in out:
        print(json.dumps(o))

if __name__ == "__main__":
    main()
