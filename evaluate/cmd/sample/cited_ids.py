#!/usr/bin/env python3
"""Lists every corpus article a commit has cited, for a later draw to leave out as read.

The draws of batches X to AE froze the ids that tracked files name (git grep) and, from AB on,
the articles they quote by text (quoted_ids.py). Batch AE and recall-sample-39 still drew
three articles rules had been read from: two named only in commit messages (ec3a063, 90bce42)
and one named in a README as a short form after another id ("whitehouse-51686, -46773").
This joins all four sources:
  1. ids that REV's tracked files name, but for selection.jsonl, split.jsonl and gold-*.jsonl;
  2. short forms "-NNNNN" on a line after a whole id, given that id's prefix;
  3. ids that the commit messages up to REV name;
  4. the articles REV's files quote by text (quoted_ids.py).
Only ids of corpus articles are printed (so a negative number in a benchmark file is no id),
sorted, one a line.

usage: cited_ids.py REV CORPUS_DIR > cited-before-NEXT.txt   (run inside the repository)
"""
import json, os, re, subprocess, sys

WHOLE = re.compile(r"\b(usdos|whitehouse)-([0-9]+)\b")
SHORT = re.compile(r"(?<![\w-])-([0-9]{5,6})\b")
SKIP = re.compile(r"^evaluate/testdata/(selection\.jsonl|split\.jsonl|gold-[^/]*\.jsonl)$")


def git(*args):
    # errors="replace": a file that is not UTF-8 throughout is still read for its ids, not passed over.
    return subprocess.run(["git", *args], capture_output=True, text=True, errors="replace", check=True).stdout


def ids_in_line(line):
    """The whole ids of a line, and its short forms given the prefix of the whole id before them."""
    out = set()
    wholes = [(m.start(), m.group(1)) for m in WHOLE.finditer(line)]
    for m in WHOLE.finditer(line):
        out.add(m.group(0))
    for m in SHORT.finditer(line):
        before = [prefix for start, prefix in wholes if start < m.start()]
        if before:
            out.add(f"{before[-1]}-{m.group(1)}")
    return out


def tracked_ids(rev):
    out = set()
    for name in git("ls-tree", "-r", "--full-tree", "--name-only", rev).split("\n"):
        if not name or SKIP.search(name):
            continue
        try:
            text = git("show", f"{rev}:{name}")
        except subprocess.CalledProcessError:
            continue
        for line in text.split("\n"):
            out |= ids_in_line(line)
    return out


def message_ids(rev):
    out = set()
    for line in git("log", "--format=%B", rev).split("\n"):
        out |= ids_in_line(line)
    return out


def quoted(rev, corpus):
    here = os.path.dirname(os.path.abspath(__file__))
    lines = subprocess.run([sys.executable, os.path.join(here, "quoted_ids.py"), rev, corpus],
                           capture_output=True, text=True, check=True).stdout
    return {line.split()[0] for line in lines.split("\n") if line.strip()}


def corpus_ids(corpus):
    out = set()
    for name in ("diplomacy.jsonl", "general.jsonl"):
        for line in open(os.path.join(corpus, name)):
            out.add(json.loads(line)["id"])
    return out


def main():
    rev, corpus = sys.argv[1], sys.argv[2]
    ids = (tracked_ids(rev) | message_ids(rev) | quoted(rev, corpus)) & corpus_ids(corpus)
    for i in sorted(ids):
        print(i)


if __name__ == "__main__":
    main()
