// Command splitpeople lists the person ids of newsgraph extract's output
// that name one person (evaluate.SplitPeople: a title, a suffix, an Arabic
// article, a transliteration, a family name after a patronymic, a middle
// initial, or a list row and its alias apart), with the articles and meeting records each id holds, and
// exits 1 when a pair of a listed official is left, since the lists own
// those ids:
//
//	go run ./evaluate/cmd/datesample -corpus /work/shared/corpus -input > open.jsonl
//	newsgraph extract open.jsonl > extracted.jsonl
//	go run ./evaluate/cmd/splitpeople extracted.jsonl
//
// Each pair is a tab-separated line: kind, listed or not, the two ids and
// names, and articles(A)/articles(B)/articles(both) and meetings(A)/
// meetings(B). A summary by kind goes to stderr.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"newsgraph/evaluate"
	"newsgraph/internal/jsonl"
	"newsgraph/loader/extract"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		fmt.Fprintln(stderr, "usage: splitpeople EXTRACTED.jsonl")
		return 2
	}
	results, err := readResults(args[0])
	if err != nil {
		fmt.Fprintln(stderr, "splitpeople:", err)
		return 2
	}
	pairs := evaluate.SplitPeople(results)
	w := bufio.NewWriter(stdout)
	byKind := map[string][4]int{} // pairs, listed pairs, articles split, meetings split
	listed := 0
	for _, p := range pairs {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%d/%d/%d\t%d/%d\n", p.Kind, listedWord(p.Listed), p.A, p.B,
			p.NameA, p.NameB, p.ArticlesA, p.ArticlesB, p.ArticlesBoth, p.MeetingsA, p.MeetingsB)
		c := byKind[p.Kind]
		c[0]++
		if p.Listed {
			c[1]++
			if p.Kind != evaluate.SplitInitials {
				listed++
			}
		}
		c[2] += min(p.ArticlesA, p.ArticlesB)
		c[3] += min(p.MeetingsA, p.MeetingsB)
		byKind[p.Kind] = c
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(stderr, "splitpeople:", err)
		return 2
	}
	for _, k := range []string{evaluate.SplitSpelling, evaluate.SplitTitle, evaluate.SplitSuffix, evaluate.SplitParticle, evaluate.SplitTranslit, evaluate.SplitFamily, evaluate.SplitList, evaluate.SplitInitials} {
		c := byKind[k]
		fmt.Fprintf(stderr, "%-16s %3d pairs, %3d of a listed official; the smaller side holds %d articles, %d meeting records\n", k, c[0], c[1], c[2], c[3])
	}
	if listed > 0 {
		fmt.Fprintf(stderr, "splitpeople: %d pairs of a listed official (not counting middle initials) have two ids\n", listed)
		return 1
	}
	return 0
}

func listedWord(b bool) string {
	if b {
		return "listed"
	}
	return "unlisted"
}

func readResults(path string) ([]extract.Result, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []extract.Result
	for line, err := range jsonl.Lines(f) {
		if err != nil {
			return nil, err
		}
		var r extract.Result
		if err := json.Unmarshal(line.Bytes, &r); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line.Number, err)
		}
		out = append(out, r)
	}
	return out, nil
}
