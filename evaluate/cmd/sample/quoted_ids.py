#!/usr/bin/env python3
"""Lists the corpus articles whose own text a commit's tracked files quote.

A draw leaves out the articles whose ids tracked files name (cited-before-*.txt), but a
test or a README can quote an article's sentence without its id: batch AA drew two such
(whitehouse-18245 and whitehouse-51854, probes of extractor tests). This finds them by
text: every 50-character stretch that starts at a word of a tracked source or document
file (the gold, its inputs, the selection and the corpus samples left out, since they
copy whole articles on purpose) is looked up in each corpus article, and an article is
listed where at least two stretches that no other corpus article holds are found, so
that boilerplate ("The below is attributable to Spokesperson Ned Price:") does not count.
Prints "id count first-stretch" lines; a later draw can freeze the ids beside its cited
ones.

usage: quoted_ids.py REV CORPUS_DIR > quoted.txt   (run inside the repository)
"""
import collections, json, os, re, subprocess, sys

WIDTH = 50
# Files that copy corpus articles whole, or list ids: not quotations.
COPIES = re.compile(r"(evaluate/testdata/(selection|split|gold-.*|.*sample.*)\.jsonl|samples/articles\.jsonl"
                    r"|ner/testdata/.*\.jsonl|cited-before-.*\.txt)$")
TEXT = re.compile(r"\.(go|md|txt|jsonl|graphqls|tsv|py)$")
WORD_START = re.compile(r"(?<![\w])\w")


def stretches(text):
    text = re.sub(r"\s+", " ", text)
    for m in WORD_START.finditer(text):
        s = text[m.start():m.start() + WIDTH]
        if len(s) == WIDTH:
            yield s


def tracked_stretches(rev):
    names = subprocess.run(["git", "ls-tree", "-r", "--full-tree", "--name-only", rev],
                           capture_output=True, text=True, check=True).stdout.split()
    found = set()
    for name in names:
        if COPIES.search(name) or not TEXT.search(name):
            continue
        blob = subprocess.run(["git", "show", f"{rev}:{name}"], capture_output=True, check=True).stdout
        found.update(stretches(blob.decode("utf-8", "replace")))
    return found


def main():
    rev, corpus = sys.argv[1], sys.argv[2]
    quoted = tracked_stretches(rev)
    hits, owners = {}, collections.Counter()
    for name in ("diplomacy.jsonl", "general.jsonl"):
        with open(os.path.join(corpus, name)) as f:
            for line in f:
                article = json.loads(line)
                got = {s for s in stretches(article["text"]) if s in quoted}
                hits[article["id"]] = got
                owners.update(got)
    for aid, got in hits.items():
        own = sorted(s for s in got if owners[s] == 1)
        if len(own) >= 2:
            print(aid, len(own), json.dumps(own[0]))


if __name__ == "__main__":
    main()
